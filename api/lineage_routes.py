"""Lineage routes: a document's ancestors, descendants and fan-out, and paths between two documents.

The answers come from `lineage.graph.lineage`, as for the CLI; this module only bounds the
parameters, pages the answer and adds links.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request

from lineage.api.deps import get_store
from lineage.api.documents import (
    DEFAULT_PAGE,
    LOOKUP_RESPONSES,
    MAX_PAGE,
    Cursor,
    DocId,
    decode_cursor,
    document_links,
    document_out,
    encode_cursor,
    lookup,
    next_link,
    resolve_one,
    summary_fields,
)
from lineage.api.schemas import (
    DocumentLinks,
    EdgeOut,
    FanOutDocument,
    FanOutOut,
    LineageDocument,
    LineagePage,
    PathOut,
    PathsOut,
    ProvinceResponse,
)
from lineage.graph import lineage
from lineage.graph.model import RelationFilter, Subgraph
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


def _lineage_page(
    request: Request,
    subgraph: Subgraph,
    direction: Literal["ancestors", "descendants"],
    depth: int,
    relation: RelationFilter,
    limit: int,
    cursor: str | None,
) -> LineagePage:
    after = decode_cursor(cursor)
    ordered = sorted(
        (hops, doc_id) for doc_id, hops in subgraph.depth.items() if doc_id != subgraph.root
    )
    if after is not None:
        ordered = [(h, d) for h, d in ordered if _cursor_key(h, d) > after]
    page = ordered[:limit]
    on_page = {doc_id for _, doc_id in page}
    items = [
        LineageDocument.model_validate(
            {
                **summary_fields(subgraph.documents[doc_id]),
                "hops": hops,
                "links": document_links(request, doc_id),
            }
        )
        for hops, doc_id in page
    ]
    # Each edge is listed once, on the page of whichever end comes later in page order, so the
    # other end is already known to a client walking the pages.
    order = subgraph.depth
    edges = [
        EdgeOut.model_validate(e)
        for e in subgraph.edges
        if max((order[e.source], e.source), (order[e.target], e.target))[1] in on_page
    ]
    more = len(ordered) > limit
    return LineagePage(
        root=document_out(request, subgraph.documents[subgraph.root]),
        direction=direction,
        depth=depth,
        relation=relation.value,
        total=len(subgraph.depth) - 1,
        items=items,
        edges=edges,
        next=next_link(request, encode_cursor(_cursor_key(*page[-1]))) if more else None,
    )


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
) -> LineagePage:
    doc = lookup(request, store, doc_id, "/ancestors")
    subgraph = lineage.ancestors(store, doc.id, depth, relation)
    return _lineage_page(request, subgraph, "ancestors", depth, relation, limit, cursor)


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
) -> LineagePage:
    doc = lookup(request, store, doc_id, "/descendants")
    subgraph = lineage.descendants(store, doc.id, depth, relation)
    return _lineage_page(request, subgraph, "descendants", depth, relation, limit, cursor)


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
) -> FanOutOut:
    doc = lookup(request, store, doc_id, "/fanout")
    fan = lineage.fanout(store, doc.id, depth, relation)
    by_province: dict[str, ProvinceResponse] = {}
    # `fan.responses` comes earliest first, so each province's first entry has its first lag.
    for response in fan.responses:
        group = by_province.setdefault(
            response.province,
            ProvinceResponse(
                province=response.province,
                province_now=response.province_now,
                first_lag_days=response.lag_days,
                documents=[],
            ),
        )
        group.documents.append(
            FanOutDocument.model_validate(
                {
                    **summary_fields(response.document),
                    "lag_days": response.lag_days,
                    "hops": response.depth,
                    "links": document_links(request, response.document.id),
                }
            )
        )
    root_links = document_links(request, doc.id)
    return FanOutOut(
        root=document_out(request, fan.root),
        depth=depth,
        relation=relation.value,
        provinces=list(by_province.values()),
        no_response=list(fan.no_response),
        links=DocumentLinks(
            self=root_links.self + "/fanout",
            viz=root_links.viz + "/fanout" if root_links.viz else None,
        ),
    )


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
