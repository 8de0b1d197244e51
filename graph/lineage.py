"""Lineage queries for the CLI and the API, written against `GraphStore` only, so that every
backend gives the same answers.

* `ancestors` / `descendants`: what a document carries out, and what carries it out.
* `paths`: the routes from a newer document to an older one.
* `fanout`: which provinces answered a document, how fast, and which have no known answer.
* `reach`: the ids, hop counts and edge keys of an ancestors/descendants answer, without its
  documents and evidence, for callers that show one page of it (the API): loading every document
  and edge of a depth-3 telegram tree costs about 200 ms, a page of 50 a few ms.

And JSON-ready converters (`document_to_dict`, `subgraph_to_dict`, `paths_to_list`,
`fanout_to_dict`) that the CLI's `--json` and the API share.

    with open_store(path) as store:
        fan = fanout(store, "cong-dien-968-cd-ttg-2023")
        [(r.province, r.lag_days) for r in fan.responses]  # [("Đồng Nai", 9), ("Hà Tĩnh", 30), …]

Unknown ids raise `DocumentNotFound`; negative depths raise ValueError.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Literal

from lineage.graph.model import Document, LineageEdge, Province, RelationFilter, Subgraph
from lineage.graph.store import DocumentNotFound, GraphStore, Reach
from lineage.ingest.normalize import fold_key

# Resolution 202/2025/QH15: the 34 units replace the 63 provinces on this day.
MERGER_DATE = "2025-07-01"


@dataclass
class Response:
    """One descendant of a fan-out root issued in a province."""

    province: str  # name at the time of writing
    province_now: str | None  # its 2025 unit
    document: Document
    lag_days: int | None  # days from the root's date to this document's; None if either is unknown
    depth: int  # hops from the root: 1 for a direct response


@dataclass
class FanOut:
    root: Document
    responses: list[Response]
    no_response: list[str]  # provinces with no known response, by province id


def _require(store: GraphStore, doc_id: str) -> Document:
    doc = store.get_document(doc_id)
    if doc is None:
        raise DocumentNotFound(doc_id)
    return doc


def _check_depth(name: str, value: int) -> None:
    if value < 0:
        raise ValueError(f"{name} must be 0 or more, not {value}")


def ancestors(
    store: GraphStore, doc_id: str, depth: int = 3, relation: RelationFilter = RelationFilter.ALL
) -> Subgraph:
    """The documents `doc_id` carries out or cites, at most `depth` hops up."""
    _check_depth("depth", depth)
    _require(store, doc_id)
    return store.ancestors(doc_id, depth, RelationFilter(relation))


def descendants(
    store: GraphStore, doc_id: str, depth: int = 3, relation: RelationFilter = RelationFilter.ALL
) -> Subgraph:
    """The documents that carry out or cite `doc_id`, at most `depth` hops down."""
    _check_depth("depth", depth)
    _require(store, doc_id)
    return store.descendants(doc_id, depth, RelationFilter(relation))


def reach(
    store: GraphStore,
    doc_id: str,
    depth: int = 3,
    relation: RelationFilter = RelationFilter.ALL,
    *,
    direction: Literal["ancestors", "descendants"],
) -> Reach:
    """The shape of `ancestors` or `descendants`: ids by hop count, and edge keys."""
    _check_depth("depth", depth)
    return store.reach(doc_id, depth, RelationFilter(relation), forward=direction == "ancestors")


def paths(
    store: GraphStore,
    from_id: str,
    to_id: str,
    max_depth: int = 6,
    relation: RelationFilter = RelationFilter.ALL,
    limit: int = 20,
) -> list[list[LineageEdge]]:
    """Routes from the newer `from_id` up to the older `to_id`, shortest first."""
    _check_depth("max_depth", max_depth)
    _require(store, from_id)
    _require(store, to_id)
    return store.paths(from_id, to_id, max_depth, RelationFilter(relation), limit)


def lag_days(root: Document, doc: Document) -> int | None:
    if not root.date or not doc.date:
        return None
    return (date.fromisoformat(doc.date) - date.fromisoformat(root.date)).days


def fanout(
    store: GraphStore, doc_id: str, depth: int = 3, relation: RelationFilter = RelationFilter.ALL
) -> FanOut:
    """Which provinces responded to `doc_id` (its descendants that have a province), and which
    did not: the 63 provinces for a root dated before 1 July 2025 (or undated), else the 34 units,
    a unit counting as answered when any of its old provinces answered."""
    # The documents only: a fan-out shows no edges, and their evidence is most of the cost of
    # a full `descendants` answer.
    shape = reach(store, doc_id, depth, relation, direction="descendants")
    documents = store.get_documents(list(shape.depth))
    root = documents[doc_id]
    responses = [
        Response(doc.province, doc.province_now, doc, lag_days(root, doc), shape.depth[doc.id])
        for doc in documents.values()
        if doc.id != doc_id and doc.province
    ]
    responses.sort(
        key=lambda r: (r.lag_days is None, r.lag_days or 0, r.province, r.depth, r.document.id)
    )
    return FanOut(root, responses, _no_response(root, responses, store.list_provinces()))


def _no_response(root: Document, responses: list[Response], provinces: list[Province]) -> list[str]:
    if root.date is None or root.date < MERGER_DATE:
        candidates = [p for p in provinces if p.kind in ("pre2025", "both")]
        answered_names = {r.province for r in responses}
    else:
        candidates = [p for p in provinces if p.kind in ("post2025", "both")]
        answered_names = {r.province_now or r.province for r in responses}
    answered = {fold_key(name) for name in answered_names}  # fold each name once, not per response
    return [p.name for p in sorted(candidates, key=lambda p: p.id) if fold_key(p.name) not in answered]


# --- JSON-ready converters ---------------------------------------------------------------------


def document_to_dict(doc: Document) -> dict:
    """Every field of the document, enums as their values, plus its human `label`."""
    data = asdict(doc)
    data["level"] = doc.level.value if doc.level else None
    data["label"] = doc.label
    return data


def edge_to_dict(edge: LineageEdge) -> dict:
    return {
        "source": edge.source,
        "target": edge.target,
        "relation": edge.relation.value,
        "evidence": [asdict(ev) for ev in edge.evidence],
    }


def subgraph_to_dict(sub: Subgraph) -> dict:
    """{"root", "documents": [{…document, "depth"}] by (depth, id), "edges": [...]}."""
    ordered = sorted(sub.documents.values(), key=lambda d: (sub.depth[d.id], d.id))
    return {
        "root": sub.root,
        "documents": [{**document_to_dict(d), "depth": sub.depth[d.id]} for d in ordered],
        "edges": [edge_to_dict(e) for e in sub.edges],
    }


def paths_to_list(found: list[list[LineageEdge]]) -> list[list[dict]]:
    return [[edge_to_dict(e) for e in path] for path in found]


def fanout_to_dict(fan: FanOut) -> dict:
    return {
        "root": document_to_dict(fan.root),
        "responses": [
            {
                "province": r.province,
                "province_now": r.province_now,
                "document": document_to_dict(r.document),
                "lag_days": r.lag_days,
                "depth": r.depth,
            }
            for r in fan.responses
        ],
        "no_response": list(fan.no_response),
    }
