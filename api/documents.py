"""Document routes: search, one document, and the helpers every document route shares.

A path may name a document by its canonical id ("cong-dien-968-cd-ttg-2023") or by a reference
as texts write it ("Công điện số 968/CĐ-TTg", percent-encoded in the URL, slashes included). A
reference that resolves to one document redirects to the canonical URL, so that clients and caches
see one address per document; one that resolves to several answers 300 with the candidates.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import RedirectResponse, Response

from lineage.api.deps import get_store
from lineage.api.errors import ProblemError
from lineage.api.schemas import (
    DocumentLinks,
    DocumentOut,
    DocumentPage,
    IsoDate,
    Problem,
    ResolveOut,
)
from lineage.graph.model import Document
from lineage.graph.store import DocumentQuery, GraphStore

router = APIRouter(tags=["documents"])

MAX_PAGE = 200  # a page of full documents stays well under a megabyte
DEFAULT_PAGE = 50

# The `{doc_id:path}` converter takes slashes, so "968/CĐ-TTg" reaches the route whole.
DocId = Annotated[
    str,
    Path(
        description="Canonical id, or a reference as texts write it (percent-encoded)",
        examples=["cong-dien-968-cd-ttg-2023", "Công điện số 968/CĐ-TTg"],
        min_length=1,
        max_length=300,
    ),
]

# A position in a paged answer, as the previous page's `next` link hands it out.
Cursor = Annotated[
    str | None,
    Query(description="From the previous page's `next` link", pattern="^(?:[0-9a-fA-F]{2})+$",
          max_length=1000),
]

LOOKUP_RESPONSES: dict[int | str, dict] = {
    300: {"model": Problem, "description": "The reference matches several documents"},
    307: {"description": "The reference names one document: redirect to its canonical id"},
    404: {"model": Problem, "description": "No document matches"},
    422: {"model": Problem, "description": "Invalid parameters"},
    503: {"model": Problem, "description": "The graph store is unreachable"},
}


class CanonicalRedirect(Exception):
    """Raised by `lookup` when the path named a document by a reference, not its id."""

    def __init__(self, location: str) -> None:
        super().__init__(location)
        self.location = location


async def on_canonical_redirect(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, CanonicalRedirect)
    return RedirectResponse(exc.location, status_code=307)


def document_path(doc_id: str) -> str:
    return "/documents/" + quote(doc_id, safe="")


def document_links(request: Request, doc_id: str) -> DocumentLinks:
    return DocumentLinks(**links_dict(request, doc_id))


def links_dict(request: Request, doc_id: str) -> dict[str, str | None]:
    """A document's `DocumentLinks` as plain data, for answers built without models."""
    quoted = quote(doc_id, safe="")
    viz = "/viz/documents/" + quoted if request.app.state.viz_enabled else None
    return {"self": "/documents/" + quoted, "viz": viz}


def document_out(request: Request, doc: Document) -> DocumentOut:
    return DocumentOut.model_validate(
        {**summary_fields(doc), "sources": list(doc.sources), "links": document_links(request, doc.id)}
    )


def summary_fields(doc: Document) -> dict:
    """The summary fields of `doc` as a dict, to extend with route-specific ones."""
    return {
        name: getattr(doc, name)
        for name in (
            "id", "doc_type", "number", "symbol", "year", "date", "issuer", "body_id",
            "body_name", "level", "province", "province_now", "scope", "title", "label",
        )
    }


def candidates_problem(request: Request, ref: str, docs: list[Document]) -> ProblemError:
    return ProblemError(
        300,
        f"'{ref}' may mean {len(docs)} documents; pick one by its id.",
        kind="ambiguous-reference",
        extra={"candidates": [document_out(request, d).model_dump(mode="json") for d in docs]},
    )


def candidates(store: GraphStore, ref: str) -> list[Document]:
    """The documents `ref` may name: itself when it is an id, else what the resolver finds."""
    doc = store.get_document(ref)
    if doc is not None:
        return [doc]
    from lineage.graph.resolve import resolve_reference

    return resolve_reference(store, ref)


def resolve_one(request: Request, store: GraphStore, ref: str) -> Document:
    """The document `ref` names, by id or by reference; 404 or 300 problems otherwise."""
    found = candidates(store, ref)
    if not found:
        raise ProblemError(404, f"No document is known as '{ref}'.", kind="unknown-document")
    if len(found) > 1:
        raise candidates_problem(request, ref, found)
    return found[0]


def lookup(request: Request, store: GraphStore, ref: str, suffix: str = "") -> Document:
    """The document a path names; redirects when the path used a reference instead of its id.

    `suffix` is the rest of the route after the id ("/ancestors"), kept in the redirect along
    with the query string.
    """
    doc = resolve_one(request, store, ref)
    if doc.id != ref:
        location = document_path(doc.id) + suffix
        if request.url.query:
            location += "?" + request.url.query
        raise CanonicalRedirect(location)
    return doc


def encode_cursor(key: str) -> str:
    """An opaque cursor for the position `key`: hex, so that it needs no escaping in a URL and
    every string the documented pattern admits is a position (there is no malformed cursor)."""
    return key.encode("utf-8").hex()


def decode_cursor(cursor: str | None) -> str | None:
    if cursor is None:
        return None
    return bytes.fromhex(cursor).decode("utf-8", errors="replace")


def next_link(request: Request, cursor: str | None) -> str | None:
    """This request's URL (path and query) with the cursor replaced, or None on the last page."""
    if cursor is None:
        return None
    url = request.url.include_query_params(cursor=cursor)
    return f"{url.path}?{url.query}"


@router.get(
    "/documents",
    response_model=DocumentPage,
    summary="Search and filter documents",
    responses={422: {"model": Problem}, 503: {"model": Problem}},
)
def search_documents(
    request: Request,
    store: Annotated[GraphStore, Depends(get_store)],
    q: Annotated[str | None, Query(
        description="Text matched against id, number, symbol and title (case and tone marks "
        "folded)", examples=["968/CĐ-TTg"], max_length=300)] = None,
    type: Annotated[str | None, Query(examples=["Công điện"], max_length=100)] = None,
    issuer: Annotated[str | None, Query(examples=["UBND tỉnh"], max_length=200)] = None,
    province: Annotated[str | None, Query(
        description="Old name or 2025 unit", examples=["Quảng Nam"], max_length=100)] = None,
    date_from: Annotated[IsoDate | None, Query(examples=["2023-10-01"])] = None,
    date_to: Annotated[IsoDate | None, Query(examples=["2024-03-31"])] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
    cursor: Cursor = None,
) -> DocumentPage:
    query = DocumentQuery(
        text=q or None,
        doc_type=type or None,
        issuer=issuer or None,
        province=province or None,
        date_from=date_from.isoformat() if date_from else None,
        date_to=date_to.isoformat() if date_to else None,
        after=decode_cursor(cursor),
        limit=limit + 1,  # one more than asked tells whether a next page exists
    )
    docs = store.search_documents(query)
    page = docs[:limit]
    more = len(docs) > limit
    return DocumentPage(
        items=[document_out(request, d) for d in page],
        next=next_link(request, encode_cursor(page[-1].id)) if more else None,
    )


@router.get(
    "/documents/{doc_id:path}",
    response_model=DocumentOut,
    summary="One document, by id or by reference",
    responses=LOOKUP_RESPONSES,
)
def get_document(
    request: Request, doc_id: DocId, store: Annotated[GraphStore, Depends(get_store)]
) -> DocumentOut:
    return document_out(request, lookup(request, store, doc_id))


@router.get(
    "/resolve",
    response_model=ResolveOut,
    summary="The documents a reference, as texts write it, may mean",
    responses={422: {"model": Problem}, 503: {"model": Problem}},
)
def resolve(
    request: Request,
    store: Annotated[GraphStore, Depends(get_store)],
    ref: Annotated[str, Query(
        min_length=1, max_length=300,
        examples=["Công điện số 968/CĐ-TTg", "Chỉ thị 12", "cong-dien-968-cd-ttg-2023"])],
) -> ResolveOut:
    found = candidates(store, ref)
    return ResolveOut(
        ref=ref, ambiguous=len(found) > 1, candidates=[document_out(request, d) for d in found]
    )
