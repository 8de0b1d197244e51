"""The embedded graph store: one SQLite file for durable truth, networkx for traversals.

Why this shape:

* Durable truth is an SQLite database (`lineage.sqlite`) in the store directory, in WAL journal
  mode. Each article is written in one `BEGIN IMMEDIATE … COMMIT` transaction, so an article is
  all-or-nothing: a crash, a `kill -9` or bad input in the middle of an article leaves the store
  as it was after the previous article. Two processes writing at once are serialised by SQLite's
  lock (writers wait up to `BUSY_TIMEOUT_SECONDS`), never corrupting each other.
* Ingest cost does not grow with the store: every write is an indexed upsert (see
  embedded_schema.py), nothing rewrites the store and nothing loads the whole graph on ingest.
  Adding one article to a store of a million documents costs about what it costs on an empty one
  (BENCHMARKS.md, "Embedded store").
* Traversals (ancestors, descendants, paths) run on a networkx mirror of the edge table built on
  the first read that needs it and brought up to date incrementally before each traversal
  (embedded_graph.py). Documents and evidence of a result are then read from SQLite by id.
* Reads do not queue behind each other. Writes go through one connection under `_lock`; reads
  borrow one of a few reader connections (`_ReaderPool`), which WAL lets read in parallel with each
  other and with the writer. Before this, one lock serialised every request of the API, so its
  throughput did not grow with concurrency (BENCHMARKS.md, "API").
* A page needs little of a large answer: `reach` gives the ids, hop counts and edge keys of a
  traversal (cached by the mirror until the next new edge), and `get_documents` /
  `edges_with_evidence` load the documents and evidence of one page. Materialising all 3 843
  documents and their evidence of a depth-3 telegram tree cost about 200 ms; a page of 50 costs a
  few ms.

Merging rules (shared by every backend, checked by tests/test_store_contract.py): a document
merges by id, a stored field keeps its value and only None fields are filled, so a date from one
article fills the gap in another; a body merges the same way; an edge merges by (source, target,
relation) and gains one evidence entry per source hash, the first the article gives. A source
whose content hash is stored is skipped whole. A document's `sources` are the URIs of the articles
whose `documents` or `mentioned` name it; its `province_now` comes from the province table, which
is seeded once, when the store is created.
"""

from __future__ import annotations

import os
import queue
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path

from lineage.graph.embedded_graph import EdgeMirror, mask_of
from lineage.graph.embedded_schema import connect, connect_reader
from lineage.graph.ids import full_number
from lineage.graph.model import (
    ArticleGraph,
    BodyRecord,
    Document,
    DocumentRecord,
    Evidence,
    Level,
    LineageEdge,
    Province,
    Relation,
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
    EdgeKey,
    GraphStore,
    Reach,
    StoreError,
    StoreStats,
)
from lineage.ingest.normalize import fold_key

_DOC_FIELDS = [f.name for f in fields(DocumentRecord) if f.name != "id"]
_CHUNK = 500  # ids per `IN (…)` query, well under SQLite's variable limit
# Reader connections per store. Python runs one thread at a time, so more than a few buys nothing;
# the point is that a reader never waits for another reader or for a write.
READERS = 4
_DOC_SELECT = (
    "SELECT d.id, d.doc_type, d.number, d.symbol, d.year, d.date, d.issuer, d.body_id, "
    "b.display_name, b.level, d.province, d.scope, d.title "
    "FROM documents d LEFT JOIN bodies b ON b.id = d.body_id"
)


def _key(text: str | None) -> str | None:
    return None if text is None else fold_key(text)


def _number_key(number: str | None) -> str | None:
    """ "01" and "1" are the same number."""
    if number is None:
        return None
    return str(int(number)) if number.isdigit() else fold_key(number)


def _search_text(doc: dict) -> str:
    """The folded fields a text search looks in, one per line so that no match spans two."""
    parts = [doc["id"], doc["doc_type"], doc["number"], doc["symbol"], doc["title"]]
    if doc["number"]:
        parts.append(full_number(doc["number"], doc["symbol"]))
    return "\n".join(fold_key(p) for p in parts if p)


def _key_columns(doc: dict) -> dict:
    return {
        "doc_type_key": fold_key(doc["doc_type"]),
        "number_key": _number_key(doc["number"]),
        "symbol_key": _key(doc["symbol"]),
        "issuer_key": _key(doc["issuer"]),
        "province_key": _key(doc["province"]),
        "search_text": _search_text(doc),
    }


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


class EmbeddedStore(GraphStore):
    """A lineage graph in a directory on disk. See the module docstring for the design.

    `provinces` seeds the province table when the store is created (default:
    `lineage.data.load_provinces()`); an existing store keeps the table it was created with.
    `create=False` refuses to make a new store where none exists.
    """

    def __init__(
        self,
        directory: str | os.PathLike,
        *,
        provinces: Sequence[Province] | None = None,
        create: bool = True,
    ) -> None:
        self.directory = Path(directory)
        self._conn = connect(self.directory, create=create)
        # The writing connection, one thread at a time; reads use `_readers` (module docstring).
        self._lock = threading.RLock()
        self._readers = _ReaderPool(self.directory, READERS)
        self._commits = 0  # articles committed through this object, for `change_token`
        self._mirror = EdgeMirror()
        try:
            self._seed_provinces(provinces)
            self._province_now = {
                fold_key(p.name): p.now for p in self._list_provinces(self._conn)
            }
            self._now_by_spelling: dict[str, str | None] = {}
        except BaseException:
            self._readers.close()
            self._conn.close()
            raise

    # --- setup -------------------------------------------------------------------------------

    def _seed_provinces(self, provinces: Sequence[Province] | None) -> None:
        with self._lock, self._transaction():
            if self._conn.execute("SELECT 1 FROM provinces LIMIT 1").fetchone():
                return
            if provinces is None:
                provinces = _default_provinces()
            self._conn.executemany(
                "INSERT INTO provinces (id, name, kind, now) VALUES (?, ?, ?, ?)",
                [(p.id, p.name, p.kind, p.now) for p in provinces],
            )

    def _transaction(self):
        return _Transaction(self._conn)

    @contextmanager
    def _reading(self, conn: sqlite3.Connection | None = None) -> Iterator[sqlite3.Connection]:
        """`conn` when given (a caller reading inside its own snapshot), else a reader."""
        if conn is not None:
            yield conn
        else:
            with self._readers.connection() as reader:
                yield reader

    # --- writing -----------------------------------------------------------------------------

    def add_article(self, article: ArticleGraph) -> WriteResult:
        with self._lock:
            try:
                with self._transaction():
                    result = self._write(article)
                self._commits += 1
                return result
            except (sqlite3.Error, ValueError) as exc:
                # ValueError: a relation or level outside the enums. Nothing was written.
                raise StoreError(f"cannot write article {article.source.uri}: {exc}") from exc

    def add_articles(self, articles: Iterable[ArticleGraph]) -> list[WriteResult]:
        return [self.add_article(a) for a in articles]

    def _write(self, article: ArticleGraph) -> WriteResult:
        conn = self._conn
        src = article.source
        if conn.execute("SELECT 1 FROM sources WHERE content_hash = ?", (src.content_hash,)).fetchone():
            return WriteResult(skipped=True)
        conn.execute(
            "INSERT INTO sources (content_hash, uri, published, title) VALUES (?, ?, ?, ?)",
            (src.content_hash, src.uri, src.published, src.title),
        )
        bodies_added = sum(self._merge_body(b) for b in article.bodies)
        added = updated = 0
        for record in article.documents:
            outcome = self._merge_document(record)
            added += outcome == "added"
            updated += outcome == "updated"
        mentioned = dict.fromkeys([d.id for d in article.documents] + list(article.mentioned))
        self._require_documents(mentioned, article, "mentions")
        conn.executemany(
            "INSERT OR IGNORE INTO mentions (doc_id, source_hash) VALUES (?, ?)",
            [(doc_id, src.content_hash) for doc_id in mentioned],
        )
        endpoints = dict.fromkeys(x for e in article.edges for x in (e.source, e.target))
        self._require_documents(endpoints, article, "has an edge to")
        edges_added = evidence_added = 0
        for edge in article.edges:
            new_edge, new_evidence = self._merge_edge(edge.source, edge.target, Relation(edge.relation), edge.evidence)
            edges_added += new_edge
            evidence_added += new_evidence
        return WriteResult(
            skipped=False,
            documents_added=added,
            documents_updated=updated,
            bodies_added=bodies_added,
            edges_added=edges_added,
            evidence_added=evidence_added,
        )

    def _require_documents(self, ids: Iterable[str], article: ArticleGraph, what: str) -> None:
        for doc_id in ids:
            if not self._conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone():
                raise StoreError(
                    f"article {article.source.uri} {what} document {doc_id!r}, which neither "
                    "the article nor the store defines; nothing was written"
                )

    def _merge_body(self, body: BodyRecord) -> bool:
        row = self._conn.execute("SELECT province FROM bodies WHERE id = ?", (body.id,)).fetchone()
        if row is None:
            self._conn.execute(
                "INSERT INTO bodies (id, name, display_name, level, province) VALUES (?, ?, ?, ?, ?)",
                (body.id, body.name, body.display_name, Level(body.level).value, body.province),
            )
            return True
        if row[0] is None and body.province is not None:
            self._conn.execute("UPDATE bodies SET province = ? WHERE id = ?", (body.province, body.id))
        return False

    def _merge_document(self, record: DocumentRecord) -> str:
        """Insert the document, or fill the stored one's None fields; says which happened."""
        cols = ", ".join(_DOC_FIELDS)
        row = self._conn.execute(f"SELECT {cols} FROM documents WHERE id = ?", (record.id,)).fetchone()
        incoming = {name: getattr(record, name) for name in _DOC_FIELDS}
        if row is None:
            doc = {"id": record.id, **incoming}
            outcome = "added"
        else:
            stored = dict(zip(_DOC_FIELDS, row))
            gaps = {k: v for k, v in incoming.items() if stored[k] is None and v is not None}
            if not gaps:
                return "unchanged"
            doc = {"id": record.id, **stored, **gaps}
            outcome = "updated"
        doc.update(_key_columns(doc))
        names = list(doc)
        self._conn.execute(
            f"INSERT OR REPLACE INTO documents ({', '.join(names)}) "
            f"VALUES ({', '.join('?' * len(names))})",
            [doc[n] for n in names],
        )
        return outcome

    def _merge_edge(self, source: str, target: str, relation: Relation, ev: Evidence) -> tuple[bool, bool]:
        conn = self._conn
        row = conn.execute(
            "SELECT id FROM edges WHERE source = ? AND target = ? AND relation = ?",
            (source, target, relation.value),
        ).fetchone()
        if row is None:
            edge_id = conn.execute(
                "INSERT INTO edges (source, target, relation) VALUES (?, ?, ?)",
                (source, target, relation.value),
            ).lastrowid
        else:
            edge_id = row[0]
        cursor = conn.execute(
            'INSERT OR IGNORE INTO evidence (edge_id, source_hash, source_uri, start, "end", '
            "trigger, sentence, extractor_version, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (edge_id, ev.source_hash, ev.source_uri, ev.start, ev.end, ev.trigger, ev.sentence,
             ev.extractor_version, ev.confidence),
        )
        return row is None, cursor.rowcount == 1

    def has_source(self, content_hash: str) -> bool:
        with self._reading() as conn:
            return conn.execute(
                "SELECT 1 FROM sources WHERE content_hash = ?", (content_hash,)
            ).fetchone() is not None

    def change_token(self) -> tuple[int, int]:
        """Commits made through this object, and SQLite's `data_version` of the writing
        connection, which changes whenever another connection (another process) commits."""
        with self._lock:
            return self._commits, self._conn.execute("PRAGMA data_version").fetchone()[0]

    # --- single lookups ----------------------------------------------------------------------

    def get_document(self, doc_id: str) -> Document | None:
        found = self._documents([doc_id])
        return found.get(doc_id)

    def get_documents(self, ids: Sequence[str]) -> dict[str, Document]:
        """The documents with these ids, by id (unknown ids are left out): two queries a chunk."""
        return self._documents(list(dict.fromkeys(ids)))

    def _documents(self, ids: Sequence[str]) -> dict[str, Document]:
        """The documents with these ids (unknown ids are left out), sources included."""
        docs: dict[str, Document] = {}
        uris: dict[str, set[str]] = {}
        with self._reading() as conn:
            for chunk in _chunks(list(ids)):
                marks = ", ".join("?" * len(chunk))
                for row in conn.execute(f"{_DOC_SELECT} WHERE d.id IN ({marks})", chunk):
                    docs[row[0]] = self._document(row)
                for doc_id, uri in conn.execute(
                    "SELECT m.doc_id, s.uri FROM mentions m JOIN sources s "
                    f"ON s.content_hash = m.source_hash WHERE m.doc_id IN ({marks})",
                    chunk,
                ):
                    uris.setdefault(doc_id, set()).add(uri)  # two sources may share a URI
        for doc_id, found in uris.items():
            docs[doc_id].sources = sorted(found)
        return docs

    def _document(self, row: tuple) -> Document:
        (doc_id, doc_type, number, symbol, year, date, issuer, body_id, body_name, level,
         province, scope, title) = row
        return Document(
            id=doc_id, doc_type=doc_type, number=number, symbol=symbol, year=year, date=date,
            issuer=issuer, body_id=body_id, body_name=body_name,
            level=Level(level) if level else None, province=province,
            province_now=self._now_of(province),
            scope=scope, title=title,
        )

    def _now_of(self, province: str | None) -> str | None:
        """The 2025 unit of a province name as written; remembered per spelling, because folding
        every name of a large result costs more than the rest of building it."""
        if province is None:
            return None
        if province not in self._now_by_spelling:
            self._now_by_spelling[province] = self._province_now.get(fold_key(province))
        return self._now_by_spelling[province]

    def _select_documents(self, where: list[str], params: list, limit: int | None = None) -> list[Document]:
        sql = "SELECT d.id FROM documents d"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY d.id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        with self._reading() as conn:
            ids = [r[0] for r in conn.execute(sql, params)]
        docs = self._documents(ids)
        return [docs[i] for i in ids]

    def find_by_key(self, key: DocumentKey) -> list[Document]:
        """Fields compare folded (case, tone marks), numbers as integers ("01" = "1")."""
        where, params = [], []
        for column, value in (
            ("doc_type_key", _key(key.doc_type)),
            ("number_key", _number_key(key.number)),
            ("symbol_key", _key(key.symbol)),
            ("year", key.year),
            ("province_key", _key(key.province)),
        ):
            if value is not None:
                where.append(f"d.{column} = ?")
                params.append(value)
        return self._select_documents(where, params)

    def search_documents(self, query: DocumentQuery) -> list[Document]:
        where, params = [], []
        if query.text and fold_key(query.text):
            where.append("instr(d.search_text, ?) > 0")
            params.append(fold_key(query.text))
        if query.doc_type:
            where.append("d.doc_type_key = ?")
            params.append(fold_key(query.doc_type))
        if query.issuer:
            where.append("d.issuer_key = ?")
            params.append(fold_key(query.issuer))
        if query.province:
            names = self._province_names_matching(query.province)
            where.append(f"d.province_key IN ({', '.join('?' * len(names))})")
            params.extend(names)
        if query.date_from:
            where.append("d.date >= ?")
            params.append(query.date_from)
        if query.date_to:
            where.append("d.date <= ?")
            params.append(query.date_to)
        if query.after is not None:
            where.append("d.id > ?")
            params.append(query.after)
        limit = max(0, min(query.limit, MAX_SEARCH_LIMIT))
        return self._select_documents(where, params, limit)

    def _province_names_matching(self, name: str) -> list[str]:
        """Folded province names whose document matches a filter on `name`: the name itself, and
        every old province whose 2025 unit is `name`."""
        wanted = fold_key(name)
        names = {wanted}
        names.update(old for old, now in self._province_now.items() if fold_key(now) == wanted)
        return sorted(names)

    def get_body(self, body_id: str) -> BodyRecord | None:
        with self._reading() as conn:
            row = conn.execute(
                "SELECT id, name, display_name, level, province FROM bodies WHERE id = ?", (body_id,)
            ).fetchone()
        return _body(row) if row else None

    def list_bodies(self) -> list[BodyRecord]:
        return self._list_bodies()

    def _list_bodies(self, conn: sqlite3.Connection | None = None) -> list[BodyRecord]:
        with self._reading(conn) as reader:
            rows = reader.execute(
                "SELECT id, name, display_name, level, province FROM bodies ORDER BY id"
            ).fetchall()
        return [_body(r) for r in rows]

    def list_provinces(self) -> list[Province]:
        """Ordered by id."""
        return self._list_provinces()

    def _list_provinces(self, conn: sqlite3.Connection | None = None) -> list[Province]:
        with self._reading(conn) as reader:
            rows = reader.execute("SELECT id, name, kind, now FROM provinces ORDER BY id").fetchall()
        return [Province(*r) for r in rows]

    def stats(self) -> StoreStats:
        with self._reading() as conn:
            def count(sql: str) -> int:
                return conn.execute(sql).fetchone()[0]

            return StoreStats(
                documents=count("SELECT count(*) FROM documents"),
                bodies=count("SELECT count(*) FROM bodies"),
                provinces=count("SELECT count(*) FROM provinces"),
                sources=count("SELECT count(*) FROM sources"),
                implements_edges=count("SELECT count(*) FROM edges WHERE relation = 'IMPLEMENTS'"),
                cites_edges=count("SELECT count(*) FROM edges WHERE relation = 'CITES'"),
            )

    # --- traversals --------------------------------------------------------------------------

    def _synced_mirror(self, conn: sqlite3.Connection) -> EdgeMirror:
        """The mirror, with every edge committed before this call."""
        self._mirror.sync(conn)
        return self._mirror

    @staticmethod
    def _require(conn: sqlite3.Connection, doc_id: str) -> None:
        if not conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone():
            raise DocumentNotFound(doc_id)

    def ancestors(self, doc_id: str, depth: int, relation: RelationFilter) -> Subgraph:
        return self._neighbourhood(self.reach(doc_id, depth, relation, forward=True))

    def descendants(self, doc_id: str, depth: int, relation: RelationFilter) -> Subgraph:
        return self._neighbourhood(self.reach(doc_id, depth, relation, forward=False))

    def reach(self, doc_id: str, depth: int, relation: RelationFilter, *, forward: bool) -> Reach:
        """Ids, hop counts and edge keys of a traversal; cached until the next new edge."""
        mask = mask_of(RelationFilter(relation))
        with self._reading() as conn:
            self._require(conn, doc_id)
            return self._synced_mirror(conn).reach(doc_id, depth, mask, forward=forward)

    def _neighbourhood(self, reach: Reach) -> Subgraph:
        documents = self._documents(list(reach.depth))
        edges = self._edges(reach.edges)
        # Copies: the reach may be cached and shared, a Subgraph belongs to its caller.
        return Subgraph(root=reach.root, documents=documents, depth=dict(reach.depth), edges=edges)

    def edges_with_evidence(self, keys: Sequence[EdgeKey]) -> list[LineageEdge]:
        """The stored edges among `keys` with their evidence, in the order given."""
        wanted = list(dict.fromkeys(keys))
        found = {(e.source, e.target, e.relation): e for e in self._edges(wanted, only_stored=True)}
        return [found[k] for k in wanted if k in found]

    def paths(
        self, from_id: str, to_id: str, max_depth: int, relation: RelationFilter, limit: int = 20
    ) -> list[list[LineageEdge]]:
        mask = mask_of(RelationFilter(relation))
        with self._reading() as conn:
            self._require(conn, from_id)
            self._require(conn, to_id)
            mirror = self._synced_mirror(conn)
            with mirror.lock:
                found = list(mirror.simple_paths(from_id, to_id, max_depth, mask))
        found.sort(key=lambda p: (len(p), [e[0] for e in p] + [p[-1][1]], [e[2].value for e in p]))
        found = found[: max(0, limit)]
        triples = sorted({hop for path in found for hop in path})
        edges = dict(zip(triples, self._edges(triples)))
        return [[edges[hop] for hop in path] for path in found]

    def _edges(
        self, triples: Sequence[EdgeKey], conn: sqlite3.Connection | None = None, *,
        only_stored: bool = False,
    ) -> list[LineageEdge]:
        """LineageEdges with their evidence (sorted by source hash) for these triples; with
        `only_stored`, triples naming no stored edge are left out instead of given no evidence.
        `conn` reads inside a caller's snapshot; by default a reader connection is used."""
        evidence: dict[tuple[str, str, str], list[Evidence]] = {}
        sources = sorted({t[0] for t in triples})
        with self._reading(conn) as reader:
            for chunk in _chunks(sources):
                marks = ", ".join("?" * len(chunk))
                for row in reader.execute(
                    "SELECT e.source, e.target, e.relation, v.source_uri, v.source_hash, v.start, "
                    'v."end", v.trigger, v.sentence, v.extractor_version, v.confidence '
                    "FROM edges e JOIN evidence v ON v.edge_id = e.id "
                    f"WHERE e.source IN ({marks}) ORDER BY v.source_hash",
                    chunk,
                ):
                    evidence.setdefault(row[:3], []).append(Evidence(*row[3:]))
        return [
            LineageEdge(s, t, rel, evidence.get((s, t, rel.value), []))
            for s, t, rel in triples
            if not only_stored or (s, t, rel.value) in evidence
        ]

    # --- enumerating (graph/transfer.py) -------------------------------------------------------

    def content(self):
        """Everything stored, as a `transfer.StoreContent`, read in one snapshot."""
        from lineage.graph.transfer import StoreContent

        doc_columns = ", ".join(["id", *_DOC_FIELDS])
        with self._lock:
            self._conn.execute("BEGIN")  # a read transaction: one consistent snapshot
            try:
                mentions: dict[str, list[str]] = {}
                for doc_id, source_hash in self._conn.execute(
                    "SELECT doc_id, source_hash FROM mentions ORDER BY doc_id"
                ):
                    mentions.setdefault(source_hash, []).append(doc_id)
                sources = [
                    (SourceRecord(*row), mentions.get(row[0], []))
                    for row in self._conn.execute(
                        "SELECT content_hash, uri, published, title FROM sources ORDER BY content_hash"
                    )
                ]
                documents = [
                    DocumentRecord(*row)
                    for row in self._conn.execute(f"SELECT {doc_columns} FROM documents ORDER BY id")
                ]
                triples = [
                    (s, t, Relation(r))
                    for s, t, r in self._conn.execute(
                        "SELECT source, target, relation FROM edges ORDER BY source, target, relation"
                    )
                ]
                edges = self._edges(triples, self._conn)
                bodies, provinces = self._list_bodies(self._conn), self._list_provinces(self._conn)
            finally:
                self._conn.execute("COMMIT")
        return StoreContent(sources, documents, bodies, provinces, edges)

    def export_articles(self):
        """The store as one article per source, which rebuild it through `add_articles`."""
        from lineage.graph.transfer import articles_from_content

        return articles_from_content(self.content())

    # --- lifecycle ---------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            self._readers.close()
            self._conn.close()
            self._mirror = EdgeMirror()  # drop the graph; a closed store reads nothing more


def _body(row: tuple) -> BodyRecord:
    return BodyRecord(id=row[0], name=row[1], display_name=row[2], level=Level(row[3]), province=row[4])


def _default_provinces() -> list[Province]:
    try:
        from lineage.data import load_provinces
    except ImportError as exc:
        raise StoreError(
            "cannot seed a new store: the province table (lineage.data.load_provinces) is missing"
        ) from exc
    return load_provinces()


class _ReaderPool:
    """At most `size` reader connections, each used by one thread at a time and kept for reuse.

    A thread asking for a reader while all are busy waits for one to come back.
    """

    def __init__(self, directory: Path, size: int) -> None:
        self._directory = directory
        self._size = size
        self._slots = threading.BoundedSemaphore(size)
        self._idle: queue.LifoQueue[sqlite3.Connection] = queue.LifoQueue()
        self._closed = False

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        with self._slots:
            if self._closed:
                raise StoreError(f"the store at {self._directory} is closed")
            try:
                conn = self._idle.get_nowait()
            except queue.Empty:
                conn = connect_reader(self._directory)
            try:
                yield conn
            finally:
                self._idle.put(conn)

    def close(self) -> None:
        """Close every reader, waiting for those in use to come back."""
        for _ in range(self._size):
            self._slots.acquire()
        try:
            self._closed = True
            while True:
                try:
                    self._idle.get_nowait().close()
                except queue.Empty:
                    break
        finally:
            for _ in range(self._size):
                self._slots.release()


class _Transaction:
    """`BEGIN IMMEDIATE … COMMIT`, rolled back on any exception (including KeyboardInterrupt).

    IMMEDIATE takes the write lock at the start, so two writers queue instead of failing midway.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __enter__(self) -> None:
        self._conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self._conn.execute("COMMIT")
        else:
            self._conn.execute("ROLLBACK")
