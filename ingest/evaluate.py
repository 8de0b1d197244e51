"""Scoring the extractor against a gold file: `evaluate_file("gold.jsonl")`.

The pieces live beside this module and are re-exported here: `evaluate_gold` reads and checks the
gold file, `evaluate_score` compares predictions with it. This module only runs the extractor over
the gold texts in between.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from lineage.ingest.evaluate_gold import GoldCase, GoldError, GoldReference, load_gold, parse_case
from lineage.ingest.evaluate_score import FIELDS, Detail, Report, document_key, edge_keys, match_spans, score
from lineage.ingest.models import Extraction, Source

__all__ = [
    "FIELDS",
    "Detail",
    "ExtractorError",
    "GoldCase",
    "GoldError",
    "GoldReference",
    "Report",
    "document_key",
    "edge_keys",
    "evaluate_file",
    "load_gold",
    "match_spans",
    "parse_case",
    "score",
    "source_of",
]

Extractor = Callable[[Source], Extraction]


class ExtractorError(RuntimeError):
    """The extractor failed on a gold case (or could not be imported); the message names the case."""


def source_of(case: GoldCase) -> Source:
    """The `Source` the extractor would have read for this case."""
    return Source(
        uri=case.source or case.id,
        text=case.text,
        content_hash=hashlib.sha256(unicodedata.normalize("NFC", case.text).encode("utf-8")).hexdigest(),
        published=case.published,
        site=urlsplit(case.url).hostname if case.url else None,
    )


def evaluate_file(path: str | Path, extractor: Extractor | None = None) -> Report:
    """Load a gold file, run `extractor` (default: the project's) on every case, and score it.

    Raises `GoldError` for a bad gold file and `ExtractorError` when the extractor fails.
    """
    cases = load_gold(path)
    if extractor is None:
        extractor = _default_extractor()
    predictions = []
    for case in cases:
        try:
            predictions.append(extractor(source_of(case)))
        except Exception as exc:  # noqa: BLE001 — any failure is reported with the case that caused it
            raise ExtractorError(f"{path} line {case.line} ({case.id}): extractor failed: {exc!r}") from exc
    return score(cases, predictions)


def _default_extractor() -> Extractor:
    # Imported here, not at the top: the scorer must work (and be tested) without the extractor.
    try:
        from lineage.ingest.extract import extract
    except ImportError as exc:
        raise ExtractorError(f"the extractor is not available: {exc}") from exc
    return extract
