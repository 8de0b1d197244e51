"""The one interface every graph backend implements: the embedded store and Neo4j.

Writes take a whole article (`ArticleGraph`) and commit it in one transaction, so a batch is never
half written, and a source whose content hash is already stored is skipped, so re-ingest adds
nothing. Reads are the primitives the lineage module (graph/lineage.py) builds on; they must give
identical answers on every backend, which tests/test_store_contract.py checks.

Open a store with `graph.open_store(spec)`, where `spec` is a directory (embedded) or a
`neo4j://` / `bolt://` URI.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from lineage.graph.model import (
    ArticleGraph,
    BodyRecord,
    Document,
    LineageEdge,
    Province,
    RelationFilter,
    Subgraph,
    WriteResult,
)


class StoreError(Exception):
    """A store cannot do what was asked: unreachable, refused credentials, corrupt files.

    The message is one line a user can act on; the CLI prints it and exits non-zero.
    """


class DocumentNotFound(StoreError):
    """A query named a document id the store does not hold."""

    def __init__(self, doc_id: str) -> None:
        super().__init__(f"no document with id {doc_id!r} in the store")
        self.doc_id = doc_id


# The most documents one `search_documents` call returns, whatever `DocumentQuery.limit` asks:
# pages are walked with the `after` cursor, never fetched whole.
MAX_SEARCH_LIMIT = 1000


@dataclass(frozen=True)
class DocumentQuery:
    """Search and filter for `GraphStore.search_documents`. None means "any"."""

    text: str | None = None  # matched, folded (case, tone marks), against id, number, symbol, title
    doc_type: str | None = None
    issuer: str | None = None
    province: str | None = None  # matches the old name or the 2025 unit
    date_from: str | None = None  # ISO, inclusive
    date_to: str | None = None
    after: str | None = None  # cursor: results have ids greater than this
    limit: int = 50


@dataclass(frozen=True)
class DocumentKey:
    """A partial identity for `GraphStore.find_by_key`; None fields match anything."""

    doc_type: str | None = None
    number: str | None = None
    symbol: str | None = None
    year: int | None = None
    province: str | None = None


@dataclass(frozen=True)
class StoreStats:
    documents: int
    bodies: int
    provinces: int
    sources: int
    implements_edges: int
    cites_edges: int


class GraphStore(ABC):
    """A lineage graph. Use as a context manager, or call `close()`."""

    # --- writing -----------------------------------------------------------------------------

    @abstractmethod
    def add_article(self, article: ArticleGraph) -> WriteResult:
        """Write one article's bodies, documents and edges atomically.

        Skips the article (returns `WriteResult(skipped=True)`) when its source hash is stored.
        Documents merge by id, each field keeping the value already known unless it was None.
        Edges merge by (source, target, relation); their evidence lists grow by one entry per
        source, never by repetition.
        """

    def add_articles(self, articles: Iterable[ArticleGraph]) -> list[WriteResult]:
        """Write several articles, each in its own transaction (backends may batch)."""
        return [self.add_article(a) for a in articles]

    @abstractmethod
    def has_source(self, content_hash: str) -> bool: ...

    # --- single lookups ----------------------------------------------------------------------

    @abstractmethod
    def get_document(self, doc_id: str) -> Document | None: ...

    @abstractmethod
    def find_by_key(self, key: DocumentKey) -> list[Document]:
        """Documents whose fields equal every non-None field of `key` (ordered by id)."""

    @abstractmethod
    def search_documents(self, query: DocumentQuery) -> list[Document]:
        """Filtered documents ordered by id, at most `query.limit`, after the cursor."""

    @abstractmethod
    def get_body(self, body_id: str) -> BodyRecord | None: ...

    @abstractmethod
    def list_bodies(self) -> list[BodyRecord]: ...

    @abstractmethod
    def list_provinces(self) -> list[Province]: ...

    @abstractmethod
    def stats(self) -> StoreStats: ...

    # --- traversals --------------------------------------------------------------------------

    @abstractmethod
    def ancestors(self, doc_id: str, depth: int, relation: RelationFilter) -> Subgraph:
        """Documents `doc_id` reaches by following edges forwards, at most `depth` hops.

        `Subgraph.depth` holds the shortest hop count; `edges` holds every followed edge whose
        two ends are both in the subgraph. The root is included at depth 0.
        """

    @abstractmethod
    def descendants(self, doc_id: str, depth: int, relation: RelationFilter) -> Subgraph:
        """As `ancestors`, following edges backwards: the documents that carry `doc_id` out."""

    @abstractmethod
    def paths(
        self, from_id: str, to_id: str, max_depth: int, relation: RelationFilter, limit: int = 20
    ) -> list[list[LineageEdge]]:
        """Simple directed paths from `from_id` to `to_id` (newer to older), shortest first,
        then by the ids along them; at most `limit` paths of at most `max_depth` edges."""

    # --- enumerating (sync and export, graph/transfer.py) -------------------------------------

    def export_articles(self) -> Iterator[ArticleGraph]:
        """Everything stored, as one `ArticleGraph` per stored source, such that writing them
        with `add_articles` into an empty store rebuilds this one. Optional: a backend that
        lacks it is read by `graph.transfer.read_content` some other way, or not at all."""
        raise NotImplementedError(f"{type(self).__name__} does not export its content")

    # --- lifecycle ---------------------------------------------------------------------------

    def close(self) -> None:
        """Release connections and files."""

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
