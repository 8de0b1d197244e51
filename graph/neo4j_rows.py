"""Python-side half of the Neo4j backend: records to Cypher parameter rows and back.

Kept apart from the driver code so it can be tested without a server, and shared with the CSV
export, whose files must hold exactly the properties the store writes.

Stored properties besides the record fields, all computed here with `fold_key()` so that reads
compare the way the embedded store does (case, tone placement and Đ look-alikes folded):
`doc_type_key`, `number_key` ("01" = "1"), `symbol_key`, `issuer_key`, `province_key` and
`search_text` (the folded id, type, number, symbol, title and full number, one per line, so that a
text match never spans two fields).

Evidence on an edge: Neo4j properties cannot hold maps, so an edge carries two parallel lists,
`evidence_hashes` (the source hash of each entry) and `evidence` (each entry as one JSON string).
The hash list makes "one entry per source" a plain list-membership test in Cypher; the JSON keeps
each entry whole, so no eight parallel lists have to be kept in step. `;` inside the JSON is
written as the escape `\\u003b`, which JSON decodes back to `;`, so the strings survive the
`;`-delimited arrays of `neo4j-admin database import` unchanged.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, fields

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
)
from lineage.ingest.normalize import fold_key

DOCUMENT_FIELDS = [f.name for f in fields(DocumentRecord)]
_MERGED_FIELDS = [name for name in DOCUMENT_FIELDS if name != "id"]


# --- evidence --------------------------------------------------------------------------------


def evidence_json(evidence: Evidence) -> str:
    """One evidence entry as the JSON string stored on the edge (see the module docstring)."""
    text = json.dumps(asdict(evidence), ensure_ascii=False, sort_keys=True)
    return text.replace(";", "\\u003b")


def evidence_from_json(text: str) -> Evidence:
    return Evidence(**json.loads(text))


def evidence_list(stored: Iterable[str] | None) -> list[Evidence]:
    """The stored entries, ordered by source hash as every backend returns them."""
    return sorted((evidence_from_json(s) for s in stored or ()), key=lambda e: e.source_hash)


def lineage_edge(source: str, target: str, relation: str, evidence: Iterable[str] | None) -> LineageEdge:
    return LineageEdge(source, target, Relation(relation), evidence_list(evidence))


# --- derived, folded properties ----------------------------------------------------------------


def fold_or_none(text: str | None) -> str | None:
    return None if text is None else fold_key(text)


def number_key(number: str | None) -> str | None:
    """ "01" and "1" are the same number."""
    if number is None:
        return None
    return str(int(number)) if number.isdigit() else fold_key(number)


def search_text(doc: Mapping[str, object]) -> str:
    parts = [doc["id"], doc["doc_type"], doc["number"], doc["symbol"], doc["title"]]
    if doc["number"]:
        parts.append(full_number(doc["number"], doc["symbol"]))
    return "\n".join(fold_key(p) for p in parts if p)


def document_props(doc: Mapping[str, object]) -> dict[str, object]:
    """Every property a Document node holds: the record's fields plus the folded keys."""
    props = {name: doc[name] for name in DOCUMENT_FIELDS}
    props.update(
        doc_type_key=fold_key(doc["doc_type"]),
        number_key=number_key(doc["number"]),
        symbol_key=fold_or_none(doc["symbol"]),
        issuer_key=fold_or_none(doc["issuer"]),
        province_key=fold_or_none(doc["province"]),
        search_text=search_text(doc),
    )
    return props


def body_props(body: BodyRecord) -> dict[str, object]:
    return {
        "id": body.id,
        "name": body.name,
        "display_name": body.display_name,
        "level": Level(body.level).value,
        "province": body.province,
        "province_key": fold_or_none(body.province),
    }


def province_props(province: Province) -> dict[str, object]:
    return {
        "id": province.id,
        "name": province.name,
        "kind": province.kind,
        "now": province.now,
        "key": fold_key(province.name),
        "now_key": fold_key(province.now),
    }


# --- reading back ----------------------------------------------------------------------------


def document_record(props: Mapping[str, object]) -> DocumentRecord:
    return DocumentRecord(**{name: props.get(name) for name in DOCUMENT_FIELDS})


def body_record(props: Mapping[str, object]) -> BodyRecord:
    return BodyRecord(
        id=props["id"],
        name=props["name"],
        display_name=props["display_name"],
        level=Level(props["level"]),
        province=props.get("province"),
    )


def province_record(props: Mapping[str, object]) -> Province:
    return Province(id=props["id"], name=props["name"], kind=props["kind"], now=props["now"])


def document(
    props: Mapping[str, object],
    body: Mapping[str, object] | None,
    province_now: Mapping[str, str],
    sources: Iterable[str],
) -> Document:
    """A query's `Document` from a node's properties, its body's and its sources' URIs;
    `province_now` maps folded province names to their 2025 unit."""
    province = props.get("province")
    level = body.get("level") if body else None
    return Document(
        **{name: props.get(name) for name in DOCUMENT_FIELDS},
        body_name=body.get("display_name") if body else None,
        level=Level(level) if level else None,
        province_now=province_now.get(fold_key(province)) if province else None,
        sources=sorted(set(sources)),
    )


# --- planning one article's writes -----------------------------------------------------------


class ArticlePlan:
    """What writing one article changes, worked out in Python from the stored state it merges
    into, so that the statements send one row per distinct node or edge.

    Records are merged in article order, exactly as the embedded store applies them one by one:
    a new document counts as added, a known one as updated each time a record fills a gap.
    """

    def __init__(
        self,
        article: ArticleGraph,
        stored_documents: Mapping[str, Mapping[str, object]],
        stored_bodies: Mapping[str, Mapping[str, object]],
    ) -> None:
        self.documents_added = 0
        self.documents_updated = 0
        self.bodies_added = 0

        docs: dict[str, dict[str, object]] = {k: dict(v) for k, v in stored_documents.items()}
        touched: dict[str, None] = {}
        for record in article.documents:
            incoming = asdict(record)
            known = docs.get(record.id)
            if known is None:
                docs[record.id] = incoming
                self.documents_added += 1
            else:
                gaps = {k: v for k in _MERGED_FIELDS if known.get(k) is None and (v := incoming[k]) is not None}
                if not gaps:
                    continue
                known.update(gaps)
                self.documents_updated += 1
            touched[record.id] = None
        self.document_rows = [document_props(docs[i]) for i in touched]

        bodies: dict[str, dict[str, object]] = {}
        for body in article.bodies:
            if body.id in bodies or body.id in stored_bodies:
                known = bodies.get(body.id) or dict(stored_bodies[body.id])
                if known.get("province") is None and body.province is not None:
                    known.update(province=body.province, province_key=fold_key(body.province))
                    bodies[body.id] = known
                continue
            bodies[body.id] = body_props(body)
            self.bodies_added += 1
        self.body_rows = list(bodies.values())

        # One row per distinct edge; per edge, the first entry of each source hash.
        grouped: dict[tuple[str, str, str], dict[str, dict[str, str]]] = {}
        for edge in article.edges:
            key = (edge.source, edge.target, Relation(edge.relation).value)
            entries = grouped.setdefault(key, {})
            entries.setdefault(
                edge.evidence.source_hash,
                {"hash": edge.evidence.source_hash, "json": evidence_json(edge.evidence)},
            )
        self.edge_rows: dict[str, list[dict[str, object]]] = {rel.value: [] for rel in Relation}
        for (source, target, relation), entries in grouped.items():
            self.edge_rows[relation].append(
                {"source": source, "target": target, "evidence": list(entries.values())}
            )

        own = {d.id for d in article.documents}
        self.mentioned = list(dict.fromkeys([d.id for d in article.documents] + list(article.mentioned)))
        endpoints = dict.fromkeys(x for e in article.edges for x in (e.source, e.target))
        # Documents the article refers to without defining them: they must already be stored.
        self.outside_ids = [i for i in dict.fromkeys([*self.mentioned, *endpoints]) if i not in own]
        self.document_ids = [d.id for d in article.documents]
        self.body_ids = [b.id for b in article.bodies]
