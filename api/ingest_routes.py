"""`POST /sources`: ingest one posted article (plain text or an HTML page) into the graph.

Writing needs the server's API key (see deps.require_api_key); the body is capped by
app.BodySizeLimit before it is parsed. The article goes through the same pipeline as
`lineage ingest`, so it is written whole or not at all, and posting it twice adds nothing.
"""

from __future__ import annotations

import dataclasses
import hashlib
from typing import Annotated

from fastapi import APIRouter, Depends, Response

from lineage.api.deps import get_store, require_api_key
from lineage.api.errors import ProblemError
from lineage.api.schemas import IngestOut, IngestRequest, Problem
from lineage.graph.store import GraphStore

router = APIRouter(tags=["ingest"])


def _report_fields(report: object) -> dict:
    """The report's fields that `IngestOut` knows, whatever else the pipeline reports."""
    data = dataclasses.asdict(report) if dataclasses.is_dataclass(report) else vars(report)
    return {name: data[name] for name in IngestOut.model_fields if name in data}


@router.post(
    "/sources",
    response_model=IngestOut,
    status_code=201,
    summary="Ingest an article (text or HTML); needs the API key",
    dependencies=[Depends(require_api_key)],
    responses={
        200: {"model": IngestOut, "description": "Already ingested: nothing was added"},
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

    body = article.text if article.text is not None else article.html
    assert body is not None  # IngestRequest guarantees exactly one of text and html
    # Without a URL the article is named by its content, so the same text gets the same name.
    uri = article.url or "urn:lineage:posted:" + hashlib.sha256(body.encode()).hexdigest()[:16]
    try:
        report = ingest_text(
            store, body, uri=uri, html=article.html is not None, published=article.published
        )
    except ValueError as exc:  # the pipeline's way of saying the input cannot be read
        raise ProblemError(422, f"Cannot ingest this article: {exc}", kind="unreadable-article")
    out = IngestOut.model_validate({"uri": uri, **_report_fields(report)})
    if out.skipped:
        response.status_code = 200  # nothing was created
    return out
