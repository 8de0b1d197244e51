"""Stage one of ingest: files, folders and crawl records become `Source`s.

    for result in iter_sources(["articles/", "crawl.jsonl"]):
        if isinstance(result, SourceProblem):
            print(result)            # "crawl.jsonl: line 7: not valid JSON"
        else:
            extract(result)          # a lineage.ingest.models.Source

Readers by extension: .txt; .md/.markdown (markup stripped, see sources_markdown); .html/.htm
(boilerplate removed with trafilatura, see sources_html); .docx and .pdf official texts (see
sources_office; an old Word .doc is reported with advice, in folder walks too, so the user knows
what was left out); .jsonl/.ndjson (one crawl record per line: {"url", "text" or "html",
"published", optional "title"}; other keys are ignored). Folders
are walked recursively in sorted order, skipping hidden entries and other extensions; a file with
another extension named explicitly is reported. Every problem — an unreadable file, an empty one,
a bad JSONL line — becomes a `SourceProblem` and the batch goes on.

Source.text is the text as read (line endings normalised to "\\n", Unicode form untouched), so
mention offsets point into it. Source.content_hash is described in sources_text.
"""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from lineage.ingest.models import Source
from lineage.ingest.sources_dates import parse_date_value, published_from_text
from lineage.ingest.sources_decode import decode_bytes
from lineage.ingest.sources_html import read_html
from lineage.ingest.sources_markdown import markdown_to_text
from lineage.ingest.sources_office import read_docx, read_pdf, refuse_doc
from lineage.ingest.sources_text import (
    SourceError,
    content_hash,
    first_line_title,
    host_of,
    normalise_newlines,
    require_text,
)

KINDS = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
    ".pdf": "pdf",
    ".doc": "doc",  # read only to be reported: see sources_office.refuse_doc
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}


_OFFICE_READERS = {"docx": read_docx, "pdf": read_pdf, "doc": refuse_doc}


@dataclass(frozen=True)
class SourceProblem:
    """A file or record that gave no Source, and why, in one line."""

    uri: str
    message: str

    def __str__(self) -> str:
        return f"{self.uri}: {self.message}"


SourceResult = Source | SourceProblem


def iter_sources(paths: Iterable[str | Path]) -> Iterator[SourceResult]:
    """Every Source in the given files and folders, with a SourceProblem for each failure."""
    for path, problem in _expand(paths):
        if problem:
            yield SourceProblem(str(path), problem)
        else:
            yield from _read_guarded(path)


def count_sources(paths: Iterable[str | Path]) -> int:
    """How many results iter_sources will give, cheaply: files are not decoded, JSONL lines
    are counted (blank lines, which give nothing, are not)."""
    total = 0
    for path, problem in _expand(paths):
        if problem or _kind(path) != "jsonl":
            total += 1
            continue
        try:
            with open(path, "rb") as handle:
                total += sum(1 for line in handle if line.strip())
        except OSError:
            total += 1
    return total


def read_text_file(path: str | Path) -> Source:
    """A .txt or .md file; markdown markup is stripped. Raises SourceError or OSError."""
    path = Path(path)
    text = decode_bytes(path.read_bytes())
    if _kind(path) == "markdown":
        text = require_text(markdown_to_text(text))
    return source_from_text(str(path), text)


def read_file(path: str | Path) -> Source:
    """One .txt, .md, .html, .docx or .pdf file. Raises SourceError or OSError."""
    path = Path(path)
    kind = _kind(path)
    if kind == "html":
        return read_html(decode_bytes(path.read_bytes()), uri=str(path))
    if kind in _OFFICE_READERS:
        return _OFFICE_READERS[kind](path)
    return read_text_file(path)


def read_jsonl(path: str | Path) -> Iterator[SourceResult]:
    """One Source per record line; a bad line gives a SourceProblem naming the line, and the
    lines after it are still read. Raises OSError when the file cannot be opened."""
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if number == 1:
                raw = raw.removeprefix(codecs.BOM_UTF8)
            if not raw.strip():
                continue
            try:
                yield _record_source(raw, path, number)
            except Exception as error:  # one bad record must not end the file; see _problem_text
                yield SourceProblem(str(path), f"line {number}: {_problem_text(error)}")


def _record_source(raw: bytes, path: str | Path, number: int) -> Source:
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise SourceError("not valid UTF-8") from None
    except json.JSONDecodeError:
        raise SourceError("not valid JSON") from None
    if not isinstance(record, dict):
        raise SourceError("not a JSON object")
    url = _string(record.get("url"))
    uri = url or f"{path}#line={number}"
    published = parse_date_value(record.get("published"))
    title = _string(record.get("title"))
    text, html = _string(record.get("text")), _string(record.get("html"))
    if text:
        source = source_from_text(uri, text, published)
        source = replace(source, site=host_of(url))
    elif html:
        source = read_html(html, uri, published_hint=published)
    elif "text" in record or "html" in record:
        raise SourceError("empty")
    else:
        raise SourceError("neither 'text' nor 'html'")
    return replace(source, title=title) if title else source


def source_from_text(uri: str, text: str, published: date | str | None = None) -> Source:
    """A Source from text already in hand (a posted article, a crawl record). `published` (a
    date or a metadata string) wins over a date line in the text. Raises SourceError("empty")."""
    text = require_text(normalise_newlines(text))
    return Source(
        uri=uri,
        text=text,
        content_hash=content_hash(text),
        published=parse_date_value(published) or published_from_text(text),
        title=first_line_title(text),
    )


def _expand(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str | None]]:
    """Each file to read, with the problem that stops it from being read (None when there is
    none): folders are walked, missing paths and unknown extensions reported."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for file in _walk(path):
                yield file, None
        elif not path.exists():
            yield path, "no such file or directory"
        elif _kind(path) is None:
            known = ", ".join(sorted(KINDS))
            yield path, f"unsupported file type {path.suffix or '(none)'!r}; expected one of {known}"
        else:
            yield path, None


def _walk(folder: Path) -> Iterator[Path]:
    """Supported files under `folder`, sorted, hidden files and folders skipped."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            file = Path(root) / name
            if not name.startswith(".") and _kind(file):
                yield file


def _read_guarded(path: Path) -> Iterator[SourceResult]:
    try:
        if _kind(path) == "jsonl":
            yield from read_jsonl(path)
        else:
            yield read_file(path)
    except Exception as error:  # one bad file must not end the batch; see _problem_text
        yield SourceProblem(str(path), _problem_text(error))


def _problem_text(error: Exception) -> str:
    """Our own errors speak for themselves; OS errors and surprises from third-party parsers
    (lxml, trafilatura on hostile pages) are caught too, so a batch is never cut short."""
    if isinstance(error, SourceError):
        return str(error)
    if isinstance(error, OSError):
        return f"cannot read: {error.strerror or error}"
    return f"unexpected {type(error).__name__}: {error}"


def _kind(path: Path) -> str | None:
    return KINDS.get(path.suffix.lower())


def _string(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
