"""Ingest jobs: read sources, extract, and write each article into a store as one transaction.

Sources are processed in chunks. Within a chunk, every article is extracted first so that a
signer named with his province in one text (the `SignerBook` learns it) can place another text
that names only the person; then each article is written on its own, so an interrupted job
leaves only whole articles behind and can simply be run again (stored sources are skipped).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from lineage.graph.model import Document, DocumentRecord
from lineage.graph.store import DocumentKey, GraphStore
from lineage.ingest import sources as reading
from lineage.ingest.extract import extract
from lineage.ingest.load import LoadResult, article_graph
from lineage.ingest.models import Extraction, Source
from lineage.ingest.places import SignerBook

# Articles extracted before any is written: large enough for the signer book to learn across
# texts, small enough that memory stays flat on a million-article crawl.
CHUNK_SIZE = 500


@dataclass
class IngestReport:
    sources_read: int = 0
    sources_skipped: int = 0  # already in the store
    sources_failed: int = 0
    references_found: int = 0
    documents_added: int = 0
    documents_updated: int = 0
    edges_added: int = 0
    evidence_added: int = 0
    problems: list[str] = field(default_factory=list)
    added_documents: list[str] = field(default_factory=list)  # ids, for callers that show them

    @property
    def ingested(self) -> int:
        return self.sources_read - self.sources_skipped

    def to_dict(self) -> dict:
        return {
            "sources_read": self.sources_read,
            "sources_skipped": self.sources_skipped,
            "sources_failed": self.sources_failed,
            "references_found": self.references_found,
            "documents_added": self.documents_added,
            "documents_updated": self.documents_updated,
            "edges_added": self.edges_added,
            "evidence_added": self.evidence_added,
            "problems": self.problems,
        }


# How many placed articles are kept for the signer book to learn from when a later one needs
# them: learning scans a whole text, so it is done only when an unplaced article appears.
SIGNER_MEMORY = 5_000


class _Signers:
    """Places articles that name only a signer, from what other articles of the batch taught."""

    def __init__(self) -> None:
        self.book = SignerBook()
        self.unlearned: deque[tuple[str, str, date | None]] = deque(maxlen=SIGNER_MEMORY)

    def place(self, extractions: list[Extraction]) -> list[Extraction]:
        for extraction in extractions:
            guess = extraction.province
            if guess.name and guess.confidence >= 0.8:
                self.unlearned.append((extraction.source.text, guess.name, _article_date(extraction)))
        if not any(_needs_place(e) for e in extractions):
            return extractions
        while self.unlearned:
            self.book.learn(*self.unlearned.popleft())
        return [extract(e.source, signer_book=self.book) if _needs_place(e) else e for e in extractions]


def ingest_sources(
    store: GraphStore,
    results: Iterable[Source | reading.SourceProblem],
    *,
    on_progress: Callable[[str], None] | None = None,
) -> IngestReport:
    """Ingest already-read sources (and record the problems of those that could not be read)."""
    report = IngestReport()
    signers = _Signers()
    chunk: list[Source] = []
    for result in results:
        if isinstance(result, reading.SourceProblem):
            report.sources_failed += 1
            report.problems.append(f"{result.uri}: {result.message}")
            if on_progress:
                on_progress(result.uri)
            continue
        chunk.append(result)
        if len(chunk) >= CHUNK_SIZE:
            _ingest_chunk(store, chunk, signers, report, on_progress)
            chunk = []
    if chunk:
        _ingest_chunk(store, chunk, signers, report, on_progress)
    return report


def _ingest_chunk(store, chunk: list[Source], signers: _Signers, report: IngestReport, on_progress) -> None:
    pending: list[Source] = []
    for source in chunk:
        report.sources_read += 1
        if store.has_source(source.content_hash):
            report.sources_skipped += 1
            if on_progress:
                on_progress(source.uri)
        else:
            pending.append(source)
    extractions = signers.place([extract(source, signer_book=signers.book) for source in pending])
    lookup = _ChunkLookup(store, extractions)
    for extraction, draft in zip(extractions, lookup.drafts, strict=True):
        # Only an article with partly cited documents needs the lookup to finish its records.
        loaded = article_graph(extraction, lookup=lookup) if draft.partial else draft
        _write(store, extraction, loaded, report)
        if on_progress:
            on_progress(extraction.source.uri)


class _ChunkLookup:
    """Finds the full identity of a partly cited document ("Công văn số 6466/UBND-NC2" with no
    date) in the store and in the other articles of the chunk, so that the order in which a
    chunk's articles are written does not decide whether mentions merge."""

    def __init__(self, store: GraphStore, extractions: list[Extraction]) -> None:
        self.store = store
        self.complete: dict[tuple[str, int], list[DocumentRecord]] = {}
        self.drafts = [article_graph(extraction) for extraction in extractions]
        for draft in self.drafts:
            for record in draft.article.documents:
                if record.number is not None and record.symbol and record.year:
                    self.complete.setdefault((record.doc_type, int(record.number)), []).append(record)

    def __call__(self, key: DocumentKey) -> list[Document]:
        found = {d.id: d for d in self.store.find_by_key(key)}
        for record in self.complete.get((key.doc_type, int(key.number)), []):
            if all(
                wanted is None or wanted == have
                for wanted, have in ((key.symbol, record.symbol), (key.year, record.year), (key.province, record.province))
            ):
                found.setdefault(record.id, _as_document(record))
        return [found[k] for k in sorted(found)]


def _as_document(record: DocumentRecord) -> Document:
    return Document(
        id=record.id, doc_type=record.doc_type, number=record.number, symbol=record.symbol,
        year=record.year, date=record.date, issuer=record.issuer, body_id=record.body_id,
        body_name=None, level=None, province=record.province, province_now=None,
        scope=record.scope, title=record.title,
    )


def _needs_place(extraction: Extraction) -> bool:
    return extraction.province.name is None and any(m.scope == "local" for m in extraction.mentions)


def _article_date(extraction: Extraction) -> date | None:
    if extraction.source.published:
        return extraction.source.published
    if extraction.self_index is not None:
        return extraction.mentions[extraction.self_index].date
    return None


def _write(store: GraphStore, extraction: Extraction, loaded: LoadResult, report: IngestReport) -> None:
    result = store.add_article(loaded.article)
    report.references_found += len(extraction.mentions)
    if result.skipped:  # the same text twice in one batch
        report.sources_skipped += 1
        return
    report.documents_added += result.documents_added
    report.documents_updated += result.documents_updated
    report.edges_added += result.edges_added
    report.evidence_added += result.evidence_added
    report.added_documents.extend(loaded.article.mentioned)
    report.problems.extend(f"{extraction.source.uri}: {p}" for p in loaded.unresolved)


def ingest_paths(store: GraphStore, paths: Iterable[str | Path], **kwargs) -> IngestReport:
    """Read files and folders (recursively) and ingest what they hold."""
    return ingest_sources(store, reading.iter_sources(paths), **kwargs)


def ingest_text(
    store: GraphStore, text: str, *, uri: str, html: bool = False, published: date | None = None
) -> IngestReport:
    """Ingest one posted text or HTML page (the API's POST /sources)."""
    source = reading.read_html(text, uri, published_hint=published) if html else reading.source_from_text(
        uri, text, published=published
    )
    return ingest_sources(store, [source])
