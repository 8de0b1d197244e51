"""Moving a lineage graph between stores, and out of them into files.

`sync(src, dst)` copies everything (documents, bodies, edges with their evidence, sources) by
replaying the source store as articles through `dst.add_articles`, so it inherits every write
guarantee: idempotent (a source already in `dst` is skipped), whole articles only, fields merged
the usual way. `export(store, out_dir, "graphml" | "csv")` writes files: GraphML for networkx,
Gephi or yEd; CSV in the layout `neo4j-admin database import full` reads (docs/NEO4J.md).

Both start from `read_content(store)`: everything a store holds, as plain records.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import networkx as nx

from lineage.graph import neo4j_rows as rows
from lineage.graph.model import (
    ArticleGraph,
    BodyRecord,
    DocumentRecord,
    EdgeRecord,
    Evidence,
    LineageEdge,
    Province,
    Relation,
    SourceRecord,
)
from lineage.graph.store import GraphStore, StoreError
from lineage.ingest.normalize import fold_key

FORMATS = ("graphml", "csv")


@dataclass
class StoreContent:
    """Everything a store holds. `sources` pairs each source with the ids it mentions."""

    sources: list[tuple[SourceRecord, list[str]]]
    documents: list[DocumentRecord]
    bodies: list[BodyRecord]
    provinces: list[Province]
    edges: list[LineageEdge]


@dataclass(frozen=True)
class SyncResult:
    articles: int  # sources read from the source store
    written: int  # of them new to the destination
    skipped: int  # already there


# --- reading a store whole -------------------------------------------------------------------


def read_content(store: GraphStore) -> StoreContent:
    """Everything in `store`: its own `content()` where it has one, the embedded store's tables,
    or else its `export_articles()` folded back together."""
    if hasattr(store, "content"):
        return store.content()
    from lineage.graph.embedded import EmbeddedStore

    if isinstance(store, EmbeddedStore):
        return _embedded_content(store)
    try:
        return _content_from_articles(store.export_articles(), store.list_provinces())
    except NotImplementedError as exc:
        raise StoreError(f"{type(store).__name__} cannot list its content for export") from exc


def _embedded_content(store) -> StoreContent:
    """The embedded store's tables (graph/embedded_schema.py), read in one snapshot.

    The public interface cannot give source hashes or which source mentions what, so this reads
    the SQLite tables directly; it belongs in `EmbeddedStore.export_articles` in time.
    """
    doc_columns = ", ".join(rows.DOCUMENT_FIELDS)
    with store._lock:
        conn = store._conn
        conn.execute("BEGIN")
        try:
            mentions: dict[str, list[str]] = {}
            for doc_id, source_hash in conn.execute(
                "SELECT doc_id, source_hash FROM mentions ORDER BY doc_id"
            ):
                mentions.setdefault(source_hash, []).append(doc_id)
            sources = [
                (SourceRecord(*row), mentions.get(row[0], []))
                for row in conn.execute(
                    "SELECT content_hash, uri, published, title FROM sources ORDER BY content_hash"
                )
            ]
            documents = [
                DocumentRecord(*row)
                for row in conn.execute(f"SELECT {doc_columns} FROM documents ORDER BY id")
            ]
            evidence: dict[tuple[str, str, str], list[Evidence]] = {}
            for row in conn.execute(
                "SELECT e.source, e.target, e.relation, v.source_uri, v.source_hash, v.start, "
                'v."end", v.trigger, v.sentence, v.extractor_version, v.confidence '
                "FROM edges e JOIN evidence v ON v.edge_id = e.id "
                "ORDER BY e.source, e.target, e.relation, v.source_hash"
            ):
                evidence.setdefault(row[:3], []).append(Evidence(*row[3:]))
        finally:
            conn.execute("COMMIT")
    edges = [LineageEdge(s, t, Relation(r), ev) for (s, t, r), ev in evidence.items()]
    return StoreContent(sources, documents, store.list_bodies(), store.list_provinces(), edges)


def _content_from_articles(articles: Iterable[ArticleGraph], provinces: list[Province]) -> StoreContent:
    sources, documents, bodies = [], {}, {}
    evidence: dict[tuple[str, str, Relation], dict[str, Evidence]] = {}
    for article in articles:
        mentioned = dict.fromkeys([d.id for d in article.documents] + list(article.mentioned))
        sources.append((article.source, sorted(mentioned)))
        documents.update({d.id: d for d in article.documents})
        bodies.update({b.id: b for b in article.bodies})
        for edge in article.edges:
            by_hash = evidence.setdefault((edge.source, edge.target, Relation(edge.relation)), {})
            by_hash.setdefault(edge.evidence.source_hash, edge.evidence)
    edges = [
        LineageEdge(s, t, rel, sorted(ev.values(), key=lambda e: e.source_hash))
        for (s, t, rel), ev in sorted(evidence.items(), key=lambda item: (item[0][0], item[0][1], item[0][2].value))
    ]
    return StoreContent(
        sources,
        [documents[i] for i in sorted(documents)],
        [bodies[i] for i in sorted(bodies)],
        provinces,
        edges,
    )


def articles_from_content(content: StoreContent) -> Iterator[ArticleGraph]:
    """The store's content as one article per source, which rebuild it through `add_articles`.

    Each article carries the merged (final) records of the documents its source mentions, the
    bodies that issued them, and one edge per evidence entry of its source. Writing final records
    is safe in any order, because a merge only fills empty fields. An edge end its source does not
    mention is carried by that article only when no earlier article defined it (ingest never
    produces such an edge, but a hand-built store might).
    """
    docs = {d.id: d for d in content.documents}
    bodies = {b.id: b for b in content.bodies}
    hashes = {src.content_hash for src, _ in content.sources}
    edges_by_hash: dict[str, list[EdgeRecord]] = {}
    for edge in content.edges:
        for ev in edge.evidence:
            # Evidence whose source is not stored (not produced by ingest) rides on the first article.
            key = ev.source_hash if ev.source_hash in hashes else None
            edges_by_hash.setdefault(key, []).append(EdgeRecord(edge.source, edge.target, edge.relation, ev))

    defined: set[str] = set()
    used_bodies: set[str] = set()
    planned: list[ArticleGraph] = []
    for index, (source, mentioned) in enumerate(content.sources):
        edges = edges_by_hash.get(source.content_hash, [])
        if index == 0:
            edges = edges + edges_by_hash.get(None, [])
        ids = dict.fromkeys(i for i in mentioned if i in docs)
        ids.update((i, None) for e in edges for i in (e.source, e.target) if i not in defined and i in docs)
        defined.update(ids)
        documents = [docs[i] for i in ids]
        body_ids = sorted({d.body_id for d in documents if d.body_id in bodies})
        used_bodies.update(body_ids)
        planned.append(
            ArticleGraph(
                source=source,
                bodies=[bodies[b] for b in body_ids],
                documents=documents,
                edges=edges,
                mentioned=[i for i in mentioned if i in docs],
            )
        )
    if planned:
        # Documents and bodies no source names (not produced by ingest) ride on the first article.
        first = planned[0]
        first.documents.extend(docs[i] for i in docs if i not in defined)
        first.bodies.extend(bodies[b] for b in bodies if b not in used_bodies)
    yield from planned


# --- sync -------------------------------------------------------------------------------------


def sync(src: GraphStore, dst: GraphStore) -> SyncResult:
    """Copy everything in `src` into `dst`; running it again adds nothing."""
    results = dst.add_articles(articles_from_content(read_content(src)))
    written = sum(not r.skipped for r in results)
    return SyncResult(articles=len(results), written=written, skipped=len(results) - written)


# --- export -----------------------------------------------------------------------------------


def export(store: GraphStore, out_dir: str | Path, format: str = "graphml") -> list[Path]:
    """Write the store's content to `out_dir` as GraphML or import-ready CSV; the paths written."""
    if format not in FORMATS:
        raise StoreError(f"unknown export format {format!r}: choose one of {', '.join(FORMATS)}")
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create export directory {out}: {exc.strerror}") from exc
    content = read_content(store)
    if format == "graphml":
        path = out / "lineage.graphml"
        nx.write_graphml(to_networkx(content), path)
        return [path]
    return write_csv(content, out)


def _province_ids(content: StoreContent) -> dict[str, str]:
    return {fold_key(p.name): p.id for p in content.provinces}


def to_networkx(content: StoreContent) -> nx.MultiDiGraph:
    """The whole graph; nodes are "Label:id" with a `label` attribute, None values left out
    (GraphML has no null) and evidence kept as a JSON list."""
    graph = nx.MultiDiGraph()

    def add(label: str, key: str, props: dict) -> None:
        graph.add_node(f"{label}:{key}", label=label, **{k: v for k, v in props.items() if v is not None})

    for p in content.provinces:
        add("Province", p.id, asdict(p))
    for b in content.bodies:
        add("Body", b.id, rows.body_props(b))
    for d in content.documents:
        add("Document", d.id, asdict(d))
    for source, _ in content.sources:
        add("Source", source.content_hash, asdict(source))

    province_ids = _province_ids(content)
    for p in content.provinces:
        now_id = province_ids.get(fold_key(p.now))
        if now_id and now_id != p.id:
            graph.add_edge(f"Province:{p.id}", f"Province:{now_id}", type="MERGED_INTO")
    for b in content.bodies:
        if b.province and fold_key(b.province) in province_ids:
            graph.add_edge(f"Body:{b.id}", f"Province:{province_ids[fold_key(b.province)]}", type="IN_PROVINCE")
    body_ids = {b.id for b in content.bodies}
    for d in content.documents:
        if d.body_id in body_ids:
            graph.add_edge(f"Document:{d.id}", f"Body:{d.body_id}", type="ISSUED_BY")
    for source, mentioned in content.sources:
        for doc_id in mentioned:
            graph.add_edge(f"Source:{source.content_hash}", f"Document:{doc_id}", type="MENTIONS")
    for e in content.edges:
        evidence = json.dumps([asdict(ev) for ev in e.evidence], ensure_ascii=False)
        graph.add_edge(f"Document:{e.source}", f"Document:{e.target}", type=e.relation.value, evidence=evidence)
    return graph


# Node files: (file, header, label). The first column is the node's id in its own ID space, and is
# also stored as the property before the colon. Typed columns say their type after a colon;
# arrays are `;`-separated, the import tool's default --array-delimiter.
_DOCUMENT_HEADER = [
    "id:ID(Document)", ":LABEL", "doc_type", "number", "symbol", "year:int", "date", "issuer",
    "body_id", "province", "scope", "title", "doc_type_key", "number_key", "symbol_key",
    "issuer_key", "province_key", "search_text",
]
_BODY_HEADER = ["id:ID(Body)", ":LABEL", "name", "display_name", "level", "province", "province_key"]
_PROVINCE_HEADER = ["id:ID(Province)", ":LABEL", "name", "kind", "now", "key", "now_key"]
_SOURCE_HEADER = ["hash:ID(Source)", ":LABEL", "uri", "published", "title"]
_LINEAGE_HEADER = [
    ":START_ID(Document)", ":END_ID(Document)", ":TYPE", "evidence_hashes:string[]", "evidence:string[]",
]


def _property_names(header: list[str]) -> list[str]:
    return [column.split(":")[0] for column in header[2:]]


def write_csv(content: StoreContent, out: Path) -> list[Path]:
    """One file per label and relationship type, holding exactly the properties Neo4jStore
    writes, so an imported database is a working store (docs/NEO4J.md has the command)."""
    written: list[Path] = []

    def write(name: str, header: list[str], data: Iterable[list]) -> None:
        path = out / name
        with path.open("w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(header)
            writer.writerows(data)
        written.append(path)

    def node_rows(header: list[str], label: str, props_list: Iterable[dict]) -> Iterator[list]:
        names = _property_names(header)
        key = header[0].split(":")[0]
        for props in props_list:
            yield [props[key], label, *(props.get(n) for n in names)]

    province_ids = _province_ids(content)
    body_ids = {b.id for b in content.bodies}
    write("documents.csv", _DOCUMENT_HEADER,
          node_rows(_DOCUMENT_HEADER, "Document", (rows.document_props(asdict(d)) for d in content.documents)))
    write("bodies.csv", _BODY_HEADER, node_rows(_BODY_HEADER, "Body", map(rows.body_props, content.bodies)))
    write("provinces.csv", _PROVINCE_HEADER,
          node_rows(_PROVINCE_HEADER, "Province", map(rows.province_props, content.provinces)))
    write("sources.csv", _SOURCE_HEADER,
          node_rows(_SOURCE_HEADER, "Source",
                    ({"hash": s.content_hash, **asdict(s)} for s, _ in content.sources)))
    write("lineage.csv", _LINEAGE_HEADER, (
        [e.source, e.target, e.relation.value,
         ";".join(ev.source_hash for ev in e.evidence),
         ";".join(rows.evidence_json(ev) for ev in e.evidence)]
        for e in content.edges
    ))
    write("issued_by.csv", [":START_ID(Document)", ":END_ID(Body)", ":TYPE"], (
        [d.id, d.body_id, "ISSUED_BY"] for d in content.documents if d.body_id in body_ids
    ))
    write("in_province.csv", [":START_ID(Body)", ":END_ID(Province)", ":TYPE"], (
        [b.id, province_ids[fold_key(b.province)], "IN_PROVINCE"]
        for b in content.bodies if b.province and fold_key(b.province) in province_ids
    ))
    write("merged_into.csv", [":START_ID(Province)", ":END_ID(Province)", ":TYPE"], (
        [p.id, province_ids[fold_key(p.now)], "MERGED_INTO"]
        for p in content.provinces if province_ids.get(fold_key(p.now), p.id) != p.id
    ))
    write("mentions.csv", [":START_ID(Source)", ":END_ID(Document)", ":TYPE"], (
        [s.content_hash, doc_id, "MENTIONS"] for s, mentioned in content.sources for doc_id in mentioned
    ))
    return written
