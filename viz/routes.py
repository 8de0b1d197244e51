"""The served pages: a document's neighbourhood and a directive's fan-out, as interactive HTML.

    GET /viz/documents/{id}?depth=2&relation=all         ancestors + descendants of one document
    GET /viz/documents/{id}/fanout?depth=3&relation=all  root, provincial responses and below

The API app includes `router`; the store comes from the API's `get_store` dependency, so an
unknown id is the API's 404 problem and an unreachable store its 503. Each page gets a fresh
nonce, sent in a Content-Security-Policy header as well as the page's own meta tag, and a click on
a document opens that document's neighbourhood page with the same depth and relation.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import HTMLResponse

from lineage.api.deps import get_store
from lineage.graph.model import RelationFilter
from lineage.graph.store import GraphStore
from lineage.viz import pages

router = APIRouter(prefix="/viz", tags=["viz"])

MAX_DEPTH = 6  # deeper pages collapse into groups anyway and take long to build

DocId = Annotated[str, Path(min_length=1, max_length=300, description="Canonical document id")]
Relation = Annotated[RelationFilter, Query(description="Which edges to follow")]


def _linker(depth: int, relation: RelationFilter):
    query = urlencode({"depth": depth, "relation": relation.value})

    def link(doc_id: str) -> str:
        return f"/viz/documents/{quote(doc_id, safe='')}?{query}"

    return link


def _page(html: str, nonce: str) -> HTMLResponse:
    headers = {
        # The header adds frame-ancestors, which a meta-tag policy cannot carry.
        "Content-Security-Policy": pages.content_security_policy(nonce) + "; frame-ancestors 'none'",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
    }
    return HTMLResponse(html, headers=headers)


@router.get("/documents/{doc_id}/fanout", response_class=HTMLResponse,
            summary="The fan-out of a directive as an interactive page")
def fanout_page(
    doc_id: DocId,
    store: Annotated[GraphStore, Depends(get_store)],
    depth: Annotated[int, Query(ge=1, le=MAX_DEPTH)] = 3,
    relation: Relation = RelationFilter.ALL,
) -> HTMLResponse:
    nonce = pages.new_nonce()
    html = pages.render_fanout(store, doc_id, depth, relation, link=_linker(2, relation),
                               nonce=nonce)
    return _page(html, nonce)


@router.get("/documents/{doc_id}", response_class=HTMLResponse,
            summary="A document's ancestors and descendants as an interactive page")
def neighbourhood_page(
    doc_id: DocId,
    store: Annotated[GraphStore, Depends(get_store)],
    depth: Annotated[int, Query(ge=1, le=MAX_DEPTH)] = 2,
    relation: Relation = RelationFilter.ALL,
) -> HTMLResponse:
    nonce = pages.new_nonce()
    html = pages.render_neighbourhood(store, doc_id, depth, relation,
                                      link=_linker(depth, relation), nonce=nonce)
    return _page(html, nonce)
