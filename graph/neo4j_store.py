"""The Neo4j backend: the lineage graph in a Neo4j 5 server (Community or Enterprise, 5.3 on).

Configured by NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE (default "neo4j"), or the
same as constructor arguments; every call names the database. On connect it checks the server,
creates its constraints and indexes (idempotent) and seeds the province table once.

Writes go through managed transactions (`Session.execute_write`), so the driver retries transient
failures (leader switch, deadlock) by re-running the whole transaction function. One article is
always wholly inside one transaction; `add_articles` puts `batch_size` whole articles in each.
Reads go through `execute_read` / `execute_query(routing_=READ)` so a cluster serves them from
followers. The Cypher lives in neo4j_cypher.py, the record conversions in neo4j_rows.py; answers
are the embedded store's, ordering included (tests/test_store_contract.py).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import islice

import neo4j
from neo4j import GraphDatabase, RoutingControl
from neo4j.exceptions import (
    AuthError,
    ClientError,
    ConfigurationError,
    DriverError,
    Forbidden,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
)

from lineage.graph import neo4j_cypher as q
from lineage.graph import neo4j_rows as rows
from lineage.graph.model import (
    ArticleGraph,
    BodyRecord,
    Document,
    LineageEdge,
    Province,
    RelationFilter,
    SourceRecord,
    Subgraph,
    WriteResult,
)
from lineage.graph.store import (
    MAX_SEARCH_LIMIT,
    DocumentKey,
    DocumentNotFound,
    DocumentQuery,
    GraphStore,
    StoreError,
    StoreStats,
)
from lineage.ingest.normalize import fold_key

# Articles per write transaction in `add_articles`. A commit costs a disk flush on the server, so
# batching pays until one transaction's state grows large; benchmarks/bench_neo4j.py sweeps it.
DEFAULT_BATCH_SIZE = 50
DEFAULT_DATABASE = "neo4j"
DELETE_BATCH = 5000  # nodes per transaction in clear(): bounded memory on large graphs


class _RejectedArticle(StoreError):
    """An article refers to documents nobody defines; its transaction is rolled back."""


class Neo4jStore(GraphStore):
    """A lineage graph in Neo4j. None arguments fall back to the NEO4J_* environment variables.

    `provinces` seeds the province table when the database has none (default:
    `lineage.data.load_provinces()`). `connection_timeout` (seconds) bounds how long a dead
    server can stall the first call.
    """

    def __init__(
        self,
        uri: str | None = None,
        user: str | None = None,
        password: str | None = None,
        database: str | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        *,
        provinces: Sequence[Province] | None = None,
        connection_timeout: float = 10.0,
        create: bool = True,  # accepted for open_store's sake: a Neo4j database is never created
    ) -> None:
        self.uri = uri or os.environ.get("NEO4J_URI")
        if not self.uri:
            raise StoreError("no Neo4j URI: pass one or set NEO4J_URI (e.g. bolt://localhost:7687)")
        self.user = user or os.environ.get("NEO4J_USER") or "neo4j"
        password = password if password is not None else os.environ.get("NEO4J_PASSWORD")
        self.database = database or os.environ.get("NEO4J_DATABASE") or DEFAULT_DATABASE
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, not {batch_size}")
        self.batch_size = batch_size
        try:
            self._driver = GraphDatabase.driver(
                self.uri,
                auth=(self.user, password) if password is not None else None,
                connection_timeout=connection_timeout,
            )
        except (ConfigurationError, ValueError) as exc:
            raise StoreError(f"not a usable Neo4j URI {self.uri!r}: {_first_line(exc)}") from exc
        try:
            with self._errors():
                try:
                    self._driver.verify_connectivity()
                except ValueError as exc:  # the driver's way of saying "bad port" or similar
                    raise StoreError(f"not a usable Neo4j URI {self.uri!r}: {_first_line(exc)}") from exc
                self._ensure_schema()
                self._provinces = provinces
                self._seed_provinces()
        except BaseException:
            self._driver.close()
            raise

    @classmethod
    def from_env(cls, **kwargs) -> Neo4jStore:
        """A store configured entirely by NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE."""
        return cls(None, **kwargs)

    # --- plumbing ------------------------------------------------------------------------------

    @contextmanager
    def _errors(self) -> Iterator[None]:
        """Turn the driver's exceptions into a `StoreError` with one line a user can act on."""
        try:
            yield
        except StoreError:
            raise
        except (ServiceUnavailable, SessionExpired) as exc:
            raise StoreError(
                f"cannot reach Neo4j at {self.uri}: {_reason(exc)} — is the server running?"
            ) from exc
        except AuthError as exc:
            raise StoreError(
                f"Neo4j at {self.uri} refused user {self.user!r}: check NEO4J_USER and NEO4J_PASSWORD"
            ) from exc
        except Forbidden as exc:
            raise StoreError(
                f"user {self.user!r} may not do this on Neo4j database {self.database!r}: "
                f"{_first_line(exc)}"
            ) from exc
        except ClientError as exc:
            if exc.code == "Neo.ClientError.Database.DatabaseNotFound":
                raise StoreError(
                    f"Neo4j at {self.uri} has no database {self.database!r}: set NEO4J_DATABASE "
                    f"to an existing one (Community edition has only {DEFAULT_DATABASE!r})"
                ) from exc
            raise StoreError(f"Neo4j rejected a statement ({exc.code}): {_first_line(exc)}") from exc
        except Neo4jError as exc:
            raise StoreError(f"Neo4j failed ({exc.code}): {_first_line(exc)}") from exc
        except DriverError as exc:
            raise StoreError(f"Neo4j driver error talking to {self.uri}: {_first_line(exc)}") from exc

    def _read_all(self, query: str, **params) -> list[neo4j.Record]:
        with self._errors():
            records, _, _ = self._driver.execute_query(
                query, params, routing_=RoutingControl.READ, database_=self.database
            )
        return records

    def _session(self, **config) -> neo4j.Session:
        # Sessions share execute_query's bookmark manager, so on a cluster every read sees every
        # write this store made before it, whichever of the two APIs made it.
        return self._driver.session(
            database=self.database,
            bookmark_manager=self._driver.execute_query_bookmark_manager,
            **config,
        )

    def _read_tx(self, work, *args):
        """Run `work(tx, *args)` in one read transaction: a traversal sees one snapshot."""
        with self._errors(), self._session(default_access_mode=neo4j.READ_ACCESS) as session:
            return session.execute_read(work, *args)

    def _write_tx(self, work, *args):
        with self._errors(), self._session() as session:
            return session.execute_write(work, *args)

    def _ensure_schema(self) -> None:
        # Schema statements cannot share a transaction with data writes: one each.
        for statement in q.SCHEMA:
            self._driver.execute_query(statement, database_=self.database)

    def _seed_provinces(self) -> None:
        """Seed the province table unless the graph has one (it keeps the table it was seeded
        with), then cache the folded name -> 2025 unit map that reads use."""
        if not self._read_all(q.COUNT_LABEL["Province"])[0]["n"]:
            props = [rows.province_props(p) for p in self._provinces or _default_provinces()]

            def seed(tx) -> None:
                tx.run(q.SEED_PROVINCES, {"rows": props}).consume()
                tx.run(q.SEED_MERGERS, {"rows": props}).consume()

            self._write_tx(seed)
        self._province_now = {fold_key(p.name): p.now for p in self.list_provinces()}

    # --- writing -------------------------------------------------------------------------------

    def add_article(self, article: ArticleGraph) -> WriteResult:
        return self._write_tx(_write_articles, [article])[0]

    def add_articles(self, articles: Iterable[ArticleGraph]) -> list[WriteResult]:
        """Write `batch_size` whole articles per transaction. When an article in a batch is
        rejected, the batch is rolled back and rewritten one article at a time, so the articles
        before the bad one are kept, as `add_article` in a loop would keep them."""
        results: list[WriteResult] = []
        iterator = iter(articles)
        while batch := list(islice(iterator, self.batch_size)):
            try:
                results.extend(self._write_tx(_write_articles, batch))
            except _RejectedArticle:
                for article in batch:
                    results.append(self.add_article(article))  # raises at the bad one
        return results

    def has_source(self, content_hash: str) -> bool:
        return bool(self._read_all(q.SOURCE_EXISTS, hash=content_hash)[0]["n"])

    # --- single lookups ------------------------------------------------------------------------

    def get_document(self, doc_id: str) -> Document | None:
        return self._documents([doc_id]).get(doc_id)

    def get_documents(self, ids: Sequence[str]) -> dict[str, Document]:
        """The documents with these ids, by id, in one query (GraphStore's default asks per id)."""
        return self._documents(list(dict.fromkeys(ids)))

    def _documents(self, ids: Sequence[str]) -> dict[str, Document]:
        return self._read_tx(self._documents_tx, list(ids))

    def _documents_tx(self, tx, ids: list[str]) -> dict[str, Document]:
        found = {}
        for record in tx.run(q.DOCUMENTS_BY_ID, {"ids": ids}):
            doc = rows.document(record["doc"], record["body"], self._province_now, record["sources"])
            found[doc.id] = doc
        return found

    def _ordered_documents(self, ids: list[str]) -> list[Document]:
        docs = self._documents(ids)
        return [docs[i] for i in ids]

    def find_by_key(self, key: DocumentKey) -> list[Document]:
        """Fields compare folded (case, tone marks), numbers as integers ("01" = "1")."""
        records = self._read_all(
            q.FIND_BY_KEY,
            doc_type=rows.fold_or_none(key.doc_type),
            number=rows.number_key(key.number),
            symbol=rows.fold_or_none(key.symbol),
            year=key.year,
            province=rows.fold_or_none(key.province),
        )
        return self._ordered_documents([r["id"] for r in records])

    def search_documents(self, query: DocumentQuery) -> list[Document]:
        provinces = None
        if query.province:
            wanted = fold_key(query.province)
            provinces = sorted(
                {wanted} | {old for old, now in self._province_now.items() if fold_key(now) == wanted}
            )
        records = self._read_all(
            q.SEARCH_DOCUMENTS,
            after=query.after,
            text=(fold_key(query.text) or None) if query.text else None,
            doc_type=fold_key(query.doc_type) if query.doc_type else None,
            issuer=fold_key(query.issuer) if query.issuer else None,
            provinces=provinces,
            date_from=query.date_from or None,
            date_to=query.date_to or None,
            limit=max(0, min(query.limit, MAX_SEARCH_LIMIT)),
        )
        return self._ordered_documents([r["id"] for r in records])

    def get_body(self, body_id: str) -> BodyRecord | None:
        records = self._read_all(q.GET_BODY, id=body_id)
        return rows.body_record(records[0]["body"]) if records else None

    def list_bodies(self) -> list[BodyRecord]:
        return [rows.body_record(r["body"]) for r in self._read_all(q.LIST_BODIES)]

    def list_provinces(self) -> list[Province]:
        """Ordered by id."""
        return [rows.province_record(r["province"]) for r in self._read_all(q.LIST_PROVINCES)]

    def stats(self) -> StoreStats:
        def count(tx, query: str) -> int:
            return tx.run(query).single()["n"]

        def work(tx) -> StoreStats:
            return StoreStats(
                documents=count(tx, q.COUNT_LABEL["Document"]),
                bodies=count(tx, q.COUNT_LABEL["Body"]),
                provinces=count(tx, q.COUNT_LABEL["Province"]),
                sources=count(tx, q.COUNT_LABEL["Source"]),
                implements_edges=count(tx, q.COUNT_RELATION["IMPLEMENTS"]),
                cites_edges=count(tx, q.COUNT_RELATION["CITES"]),
            )

        return self._read_tx(work)

    # --- traversals ----------------------------------------------------------------------------

    def ancestors(self, doc_id: str, depth: int, relation: RelationFilter) -> Subgraph:
        return self._neighbourhood(doc_id, depth, relation, q.ANCESTOR_DEPTHS)

    def descendants(self, doc_id: str, depth: int, relation: RelationFilter) -> Subgraph:
        return self._neighbourhood(doc_id, depth, relation, q.DESCENDANT_DEPTHS)

    def _neighbourhood(self, doc_id: str, depth: int, relation: RelationFilter, template: str) -> Subgraph:
        types = _types(relation)
        # Depth 0 or less reaches only the root, as the embedded store answers; anything else
        # goes through the validated bound.
        statement = _bounded(template, depth) if _checked_int(depth) >= 1 else None

        def work(tx) -> Subgraph:
            documents = self._documents_tx(tx, [doc_id])
            if doc_id not in documents:
                raise DocumentNotFound(doc_id)
            dist = {doc_id: 0}
            if statement is not None:
                for record in tx.run(statement, {"id": doc_id, "types": types}):
                    dist[record["id"]] = record["depth"]
            documents.update(self._documents_tx(tx, [i for i in dist if i != doc_id]))
            edges = [
                rows.lineage_edge(r["source"], r["target"], r["relation"], r["evidence"])
                for r in tx.run(q.EDGES_AMONG, {"ids": list(dist), "types": types})
            ]
            return Subgraph(root=doc_id, documents=documents, depth=dist, edges=edges)

        return self._read_tx(work)

    def paths(
        self, from_id: str, to_id: str, max_depth: int, relation: RelationFilter, limit: int = 20
    ) -> list[list[LineageEdge]]:
        types = _types(relation)
        wanted = _checked_int(max_depth) >= 1 and _checked_int(limit) >= 1 and from_id != to_id
        statement = _bounded(q.PATHS, max_depth) if wanted else None

        def work(tx) -> list[list[LineageEdge]]:
            known = {r["id"] for r in tx.run(q.EXISTING_IDS, {"ids": [from_id, to_id]})}
            for doc_id in (from_id, to_id):
                if doc_id not in known:
                    raise DocumentNotFound(doc_id)
            if statement is None:
                return []
            params = {"from_id": from_id, "to_id": to_id, "types": types, "limit": limit}
            return [
                [rows.lineage_edge(e["source"], e["target"], e["relation"], e["evidence"]) for e in r["edges"]]
                for r in tx.run(statement, params)
            ]

        return self._read_tx(work)

    # --- enumerating (graph/transfer.py) -------------------------------------------------------

    def export_articles(self) -> Iterator[ArticleGraph]:
        from lineage.graph.transfer import articles_from_content

        return articles_from_content(self.content())

    def content(self):
        """Everything stored, as a `transfer.StoreContent`, read in one transaction."""
        from lineage.graph.transfer import StoreContent

        def work(tx) -> StoreContent:
            sources = [
                (
                    SourceRecord(
                        content_hash=r["source"]["hash"],
                        uri=r["source"]["uri"],
                        published=r["source"].get("published"),
                        title=r["source"].get("title"),
                    ),
                    sorted(r["mentioned"]),
                )
                for r in tx.run(q.ALL_SOURCES)
            ]
            documents = [rows.document_record(r["doc"]) for r in tx.run(q.ALL_DOCUMENTS)]
            bodies = [rows.body_record(r["body"]) for r in tx.run(q.LIST_BODIES)]
            provinces = [rows.province_record(r["province"]) for r in tx.run(q.LIST_PROVINCES)]
            edges = [
                rows.lineage_edge(r["source"], r["target"], r["relation"], r["evidence"])
                for r in tx.run(q.ALL_EDGES)
            ]
            return StoreContent(sources, documents, bodies, provinces, edges)

        return self._read_tx(work)

    # --- lifecycle -----------------------------------------------------------------------------

    def clear(self) -> None:
        """Delete every node this project wrote (in bounded batches), then seed the provinces
        again, leaving the database as a fresh store finds it. Constraints and indexes stay."""

        def delete_batch(tx) -> int:
            return tx.run(q.DELETE_BATCH, {"batch": DELETE_BATCH}).single()["deleted"]

        while self._write_tx(delete_batch):
            pass
        self._seed_provinces()

    def close(self) -> None:
        self._driver.close()


# --- the write transaction ---------------------------------------------------------------------


def _write_articles(tx, articles: Sequence[ArticleGraph]) -> list[WriteResult]:
    """The transaction function: the driver may run it more than once, so it keeps no state."""
    return [_write_article(tx, article) for article in articles]


def _write_article(tx, article: ArticleGraph) -> WriteResult:
    source = article.source
    if tx.run(q.SOURCE_EXISTS, {"hash": source.content_hash}).single()["n"]:
        return WriteResult(skipped=True)
    stored_docs = {
        r["doc"]["id"]: r["doc"]
        for r in tx.run(q.EXISTING_DOCUMENTS, {"ids": [d.id for d in article.documents]})
    }
    stored_bodies = {
        r["body"]["id"]: r["body"]
        for r in tx.run(q.EXISTING_BODIES, {"ids": [b.id for b in article.bodies]})
    }
    plan = rows.ArticlePlan(article, stored_docs, stored_bodies)
    if plan.outside_ids:
        known = {r["id"] for r in tx.run(q.EXISTING_IDS, {"ids": plan.outside_ids})}
        missing = [i for i in plan.outside_ids if i not in known]
        if missing:
            raise _RejectedArticle(
                f"article {source.uri} refers to document {missing[0]!r}, which neither the "
                "article nor the store defines; nothing was written"
            )

    bodies_added = documents_added = edges_added = evidence_added = 0
    if plan.body_rows:
        bodies_added = tx.run(q.MERGE_BODIES, {"rows": plan.body_rows}).consume().counters.nodes_created
        tx.run(q.LINK_BODY_PROVINCES, {"ids": plan.body_ids}).consume()
    if plan.document_rows:
        counters = tx.run(q.MERGE_DOCUMENTS, {"rows": plan.document_rows}).consume().counters
        documents_added = counters.nodes_created
    if plan.document_ids:
        tx.run(q.LINK_ISSUERS, {"ids": plan.document_ids}).consume()
    for relation, edge_rows in plan.edge_rows.items():
        if not edge_rows:
            continue
        result = tx.run(q.MERGE_EDGES[relation], {"rows": edge_rows})
        record = result.single()
        edges_added += result.consume().counters.relationships_created
        evidence_added += record["evidence_added"]
    tx.run(
        q.CREATE_SOURCE,
        {
            "hash": source.content_hash,
            "uri": source.uri,
            "published": source.published,
            "title": source.title,
            "mentioned": plan.mentioned,
        },
    ).consume()
    return WriteResult(
        skipped=False,
        documents_added=documents_added,
        documents_updated=plan.documents_updated,
        bodies_added=bodies_added,
        edges_added=edges_added,
        evidence_added=evidence_added,
    )


# --- helpers -----------------------------------------------------------------------------------


def _types(relation: RelationFilter) -> list[str]:
    return [rel.value for rel in RelationFilter(relation).relations()]


def _bounded(template: str, depth: int) -> str:
    try:
        return q.with_depth(template, depth)
    except ValueError as exc:
        raise StoreError(str(exc)) from exc


def _checked_int(value: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"expected an integer, not {value!r}")
    return value


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]


def _reason(exc: BaseException) -> str:
    """The useful part of a connection failure: "connection refused", "unknown host", …"""
    text = str(exc)
    for needle, reason in (
        ("Connection refused", "connection refused"),
        ("DNS resolve", "unknown host"),
        ("timed out", "connection timed out"),
        ("routing information", "no routing information (refused, or not a Neo4j server)"),
    ):
        if needle in text:
            return reason
    return _first_line(exc)


def _default_provinces() -> list[Province]:
    try:
        from lineage.data import load_provinces
    except ImportError as exc:
        raise StoreError(
            "cannot seed the province table: lineage.data.load_provinces is missing"
        ) from exc
    return load_provinces()
