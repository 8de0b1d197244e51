"""`POST /sources`: ingest one posted article (plain text or an HTML page) into the graph.

Writing needs the server's API key (see deps.require_api_key); the body is capped by
app.BodySizeLimit before it is parsed. The article goes through the same pipeline as
`lineage ingest`, so it is written whole or not at all, and posting it twice adds nothing.
"""

from __future__ import annotations

import hashlib
from typing import Annotated

from fastapi import APIRouter, Depends, Response

from lineage.api.deps import get_store, require_api_key
from lineage.api.errors import ProblemError
from lineage.api.schemas import IngestHtml, IngestOut, IngestRequest, Problem
from lineage.graph.store import GraphStore
from lineage.ingest.sources_text import SourceError

router = APIRouter(tags=["ingest"])


@router.post(
    "/sources",
    response_model=IngestOut,
    status_code=201,
    summary="Ingest an article (text or HTML); needs the API key",
    dependencies=[Depends(require_api_key)],
    responses={
        200: {"model": IngestOut, "description": "Already ingested: nothing was added"},
        400: {"model": Problem, "description": "The body could not be parsed (not JSON, or not UTF-8)"},
        401: {"model": Problem, "description": "Missing or wrong API key"},
        403: {"model": Problem, "description": "The server has no API key configured"},
        413: {"model": Problem, "description": "The body is larger than the server accepts"},
        422: {"model": Problem, "description": "The body is not a valid article"},
        503: {"model": Problem, "description": "The graph store is unreachable"},
    },
)
def post_source(
    article: IngestRequest,
    store: Annotated[GraphStore, Depends(get_store)],
    response: Response,
) -> IngestOut:
    from lineage.ingest.pipeline import ingest_text  # the extractor loads on first write only

    is_html = isinstance(article, IngestHtml)
    body = article.html if is_html else article.text
    # Without a URL the article is named by its content, so the same text gets the same name.
    uri = article.url or "urn:lineage:posted:" + hashlib.sha256(body.encode()).hexdigest()[:16]
    try:
        report = ingest_text(
            store, body, uri=uri, html=is_html, published=article.published
        )
    except SourceError as exc:  # empty text, a page with no article in it
        raise ProblemError(
            422, f"Cannot ingest this article: {exc}", kind="unreadable-article"
        ) from None
    if report.sources_failed:
        raise ProblemError(422, "; ".join(report.problems), kind="unreadable-article")
    skipped = report.sources_skipped > 0
    if skipped:
        response.status_code = 200  # nothing was created
    return IngestOut(
        uri=uri,
        skipped=skipped,
        references_found=report.references_found,
        documents_added=report.documents_added,
        documents_updated=report.documents_updated,
        edges_added=report.edges_added,
        evidence_added=report.evidence_added,
        documents=report.added_documents,
        problems=report.problems,
    )
