"""Scoring the extractor against a gold file: `evaluate_file("gold.jsonl")`.

The pieces live beside this module and are re-exported here: `evaluate_gold` reads and checks the
gold file, `evaluate_score` compares predictions with it. This module only runs the extractor over
the gold texts in between.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from lineage.ingest.evaluate_gold import GoldCase, GoldError, GoldReference, load_gold, parse_case
from lineage.ingest.evaluate_score import FIELDS, Detail, Report, document_key, edge_keys, match_spans, score
from lineage.ingest.models import Extraction, Source
from lineage.ingest.sources_text import content_hash, first_line_title, host_of

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
    """The `Source` the extractor would have read for this case, built as the readers build one
    (hash, title, site), except that the text is kept exactly as annotated: gold offsets point
    into it, so not even line endings may change. The date is the gold's `published`."""
    return Source(
        uri=case.source or case.id,
        text=case.text,
        content_hash=content_hash(case.text),
        published=case.published,
        title=first_line_title(case.text),
        site=host_of(case.url),
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
