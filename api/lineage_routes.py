"""Lineage routes: a document's ancestors, descendants and fan-out, and paths between two documents.

The answers come from `lineage.graph.lineage`, as for the CLI; this module only bounds the
parameters, pages the answer and adds links.

Two choices made by measurement (BENCHMARKS.md, "API"):

* A page of ancestors or descendants loads only what it shows. `lineage.reach` gives the ids, hop
  counts and edge keys of the whole answer (cached by the embedded store until the next new edge);
  the page's 50 documents and its edges' evidence are then read by id. Reading all 3 843
  documents and their evidence of a depth-3 telegram tree cost about 200 ms a request.
* The large answers (ancestors, descendants, fan-out) are written as JSON from plain dicts by
  pydantic-core's serialiser, and returned as a ready `Response`. Building a pydantic model per
  document and letting FastAPI validate and serialise them took longer than reading the
  documents. The routes still declare `response_model`, so /openapi.json documents the same
  schemas, and tests/test_api_fuzz.py checks every answer against them.
* Those answers are kept whole until the store changes (api/answer_cache.py), so asking the
  same question again costs a dictionary lookup and one cheap "has anything been written?"
  query.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from lineage.api.answer_cache import cached_json
from lineage.api.deps import get_store
from lineage.api.documents import (
    DEFAULT_PAGE,
    LOOKUP_RESPONSES,
    MAX_PAGE,
    Cursor,
    DocId,
    decode_cursor,
    encode_cursor,
    links_dict,
    lookup,
    next_link,
    resolve_one,
    summary_fields,
)
from lineage.api.schemas import (
    EdgeOut,
    FanOutOut,
    LineagePage,
    PathOut,
    PathsOut,
)
from lineage.graph import lineage
from lineage.graph.model import Document, RelationFilter
from lineage.graph.store import GraphStore

router = APIRouter(tags=["lineage"])

MAX_DEPTH = 10  # beyond this a traversal reaches most of a large graph and says little

Depth = Annotated[int, Query(ge=1, le=MAX_DEPTH, description="Hops to follow, 1 to 10")]
RelationParam = Annotated[
    RelationFilter, Query(description="Which edges to follow: implements, cites or all")
]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE)]


def _cursor_key(hops: int, doc_id: str) -> str:
    # Zero-padded so that the string order of keys is the (hops, id) order of the page.
    return f"{hops:03d}:{doc_id}"


def _document_dict(request: Request, doc: Document) -> dict:
    """A `DocumentOut` as plain data."""
    return {**summary_fields(doc), "sources": list(doc.sources), "links": links_dict(request, doc.id)}


def _lineage_page(
    request: Request,
    store: GraphStore,
    root: Document,
    direction: Literal["ancestors", "descendants"],
    depth: int,
    relation: RelationFilter,
    limit: int,
    cursor: str | None,
) -> dict:
    """A `LineagePage` as plain data: the page after `cursor` of the answer's documents in
    (hops, id) order."""
    shape = lineage.reach(store, root.id, depth, relation, direction=direction)
    ordered = shape.ordered
    after = decode_cursor(cursor)
    start = 0
    if after is not None:
        # Cursor keys sort as the (hops, id) pairs they encode, so the page starts after the
        # last key not above the cursor.
        start = bisect_right(ordered, after, key=lambda item: _cursor_key(*item))
    page = ordered[start : start + limit]
    documents = store.get_documents([doc_id for _, doc_id in page])
    items = [
        {**summary_fields(documents[doc_id]), "hops": hops, "links": links_dict(request, doc_id)}
        for hops, doc_id in page
    ]
    # Each edge is listed once, on the page of whichever end comes later in page order, so the
    # other end is already known to a client walking the pages.
    on_page = {doc_id for _, doc_id in page}
    order = shape.depth
    keys = [
        (source, target, relation_)
        for source, target, relation_ in shape.edges
        if max((order[source], source), (order[target], target))[1] in on_page
    ]
    edges = [
        {
            "source": e.source,
            "target": e.target,
            "relation": e.relation,
            "evidence": [ev.__dict__ for ev in e.evidence],
        }
        for e in store.edges_with_evidence(keys)
    ]
    more = start + limit < len(ordered)
    return {
        "root": _document_dict(request, root),
        "direction": direction,
        "depth": depth,
        "relation": relation.value,
        "total": len(ordered),
        "items": items,
        "edges": edges,
        "next": next_link(request, encode_cursor(_cursor_key(*page[-1]))) if more else None,
    }


@router.get(
    "/documents/{doc_id:path}/ancestors",
    response_model=LineagePage,
    summary="What a document carries out or cites, transitively",
    responses=LOOKUP_RESPONSES,
)
def ancestors(
    request: Request,
    doc_id: DocId,
    store: Annotated[GraphStore, Depends(get_store)],
    depth: Depth = 3,
    relation: RelationParam = RelationFilter.ALL,
    limit: Limit = DEFAULT_PAGE,
    cursor: Cursor = None,
) -> Response:
    def build() -> dict:
        doc = lookup(request, store, doc_id, "/ancestors")
        return _lineage_page(request, store, doc, "ancestors", depth, relation, limit, cursor)

    return cached_json(request, store, build)


@router.get(
    "/documents/{doc_id:path}/descendants",
    response_model=LineagePage,
    summary="The documents that carry a document out or cite it, transitively",
    responses=LOOKUP_RESPONSES,
)
def descendants(
    request: Request,
    doc_id: DocId,
    store: Annotated[GraphStore, Depends(get_store)],
    depth: Depth = 3,
    relation: RelationParam = RelationFilter.ALL,
    limit: Limit = DEFAULT_PAGE,
    cursor: Cursor = None,
) -> Response:
    def build() -> dict:
        doc = lookup(request, store, doc_id, "/descendants")
        return _lineage_page(request, store, doc, "descendants", depth, relation, limit, cursor)

    return cached_json(request, store, build)


@router.get(
    "/documents/{doc_id:path}/fanout",
    response_model=FanOutOut,
    summary="Which provinces responded to a document, how fast, and which did not",
    responses=LOOKUP_RESPONSES,
)
def fanout(
    request: Request,
    doc_id: DocId,
    store: Annotated[GraphStore, Depends(get_store)],
    depth: Depth = 3,
    relation: RelationParam = RelationFilter.ALL,
) -> Response:
    def build() -> dict:
        doc = lookup(request, store, doc_id, "/fanout")
        fan = lineage.fanout(store, doc.id, depth, relation)
        by_province: dict[str, dict] = {}
        # `fan.responses` comes earliest first, so each province's first entry has its first lag.
        for response in fan.responses:
            group = by_province.setdefault(
                response.province,
                {
                    "province": response.province,
                    "province_now": response.province_now,
                    "first_lag_days": response.lag_days,
                    "documents": [],
                },
            )
            group["documents"].append({
                **summary_fields(response.document),
                "lag_days": response.lag_days,
                "hops": response.depth,
                "links": links_dict(request, response.document.id),
            })
        root_links = links_dict(request, doc.id)
        return {
            "root": _document_dict(request, fan.root),
            "depth": depth,
            "relation": relation.value,
            "provinces": list(by_province.values()),
            "no_response": list(fan.no_response),
            "links": {
                "self": root_links["self"] + "/fanout",
                "viz": root_links["viz"] + "/fanout" if root_links["viz"] else None,
            },
        }

    return cached_json(request, store, build)


@router.get(
    "/paths",
    response_model=PathsOut,
    summary="Lineage paths from a newer document to an older one",
    responses={k: v for k, v in LOOKUP_RESPONSES.items() if k != 307},
)
def paths(
    request: Request,
    store: Annotated[GraphStore, Depends(get_store)],
    from_ref: Annotated[str, Query(
        alias="from", min_length=1, max_length=300,
        description="The newer document: id or reference",
        examples=["chi-thi-12-ct-ubnd-2023-dong-nai"])],
    to_ref: Annotated[str, Query(
        alias="to", min_length=1, max_length=300,
        description="The older document: id or reference",
        examples=["Công điện số 968/CĐ-TTg"])],
    max_depth: Depth = 6,
    relation: RelationParam = RelationFilter.ALL,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> PathsOut:
    source = resolve_one(request, store, from_ref)
    target = resolve_one(request, store, to_ref)
    found = lineage.paths(store, source.id, target.id, max_depth, relation, limit)
    return PathsOut(
        from_id=source.id,
        to_id=target.id,
        max_depth=max_depth,
        relation=relation.value,
        paths=[
            PathOut(
                length=len(path),
                documents=[path[0].source, *(edge.target for edge in path)] if path else [],
                edges=[EdgeOut.model_validate(edge) for edge in path],
            )
            for path in found
        ],
    )
