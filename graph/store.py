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
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from lineage.graph.model import (
    ArticleGraph,
    BodyRecord,
    Document,
    LineageEdge,
    Province,
    Relation,
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


EdgeKey = tuple[str, str, Relation]  # (source, target, relation): an edge without its evidence


@dataclass(frozen=True)
class Reach:
    """The shape of an ancestors/descendants answer without its contents: which documents, at how
    many hops, joined by which edges. Cheap to compute and to keep, so that a caller showing one
    page of a large answer loads the documents and evidence of that page only
    (`GraphStore.get_documents`, `GraphStore.edges_with_evidence`).

    A backend may hand the same (cached) object to several callers: treat it as read-only."""

    root: str
    depth: dict[str, int]  # shortest hop count from the root; the root is included at 0
    edges: list[EdgeKey]  # every followed edge with both ends in `depth`, sorted

    @cached_property
    def ordered(self) -> list[tuple[int, str]]:
        """(hops, id) of every document but the root, nearest first, then by id: page order."""
        return sorted((hops, doc_id) for doc_id, hops in self.depth.items() if doc_id != self.root)


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

    # --- partial reads, for paging large answers --------------------------------------------
    # Optional: the defaults below are built on the methods above and give the same answers;
    # a backend overrides them when it can do less work (the embedded store does).

    def get_documents(self, ids: Sequence[str]) -> dict[str, Document]:
        """The documents with these ids, by id; unknown ids are left out."""
        found = {}
        for doc_id in dict.fromkeys(ids):
            doc = self.get_document(doc_id)
            if doc is not None:
                found[doc_id] = doc
        return found

    def reach(self, doc_id: str, depth: int, relation: RelationFilter, *, forward: bool) -> Reach:
        """What `ancestors` (forward) or `descendants` (backwards) would answer, as ids, hop
        counts and edge keys only. Raises `DocumentNotFound` for an unknown id."""
        sub = self.ancestors(doc_id, depth, relation) if forward else self.descendants(doc_id, depth, relation)
        edges = sorted(((e.source, e.target, e.relation) for e in sub.edges), key=_edge_order)
        return Reach(root=sub.root, depth=dict(sub.depth), edges=edges)

    def edges_with_evidence(self, keys: Sequence[EdgeKey]) -> list[LineageEdge]:
        """The stored edges among `keys`, with their evidence, in the order given; keys that name
        no stored edge are left out."""
        wanted = list(dict.fromkeys(keys))
        found: dict[EdgeKey, LineageEdge] = {}
        for source in dict.fromkeys(s for s, _, _ in wanted):
            # One hop up from `source` holds every edge that leaves it.
            for edge in self.ancestors(source, 1, RelationFilter.ALL).edges:
                found[(edge.source, edge.target, edge.relation)] = edge
        return [found[k] for k in wanted if k in found]

    def change_token(self) -> object | None:
        """A hashable value that differs once any write has been committed since it was read
        (by this object or another process), or None when the backend cannot tell. Read it
        before computing an answer to cache under it: a cached answer is then never served
        after a write. The default, None, means "do not cache"."""
        return None

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


def _edge_order(key: EdgeKey) -> tuple[str, str, str]:
    return key[0], key[1], key[2].value
