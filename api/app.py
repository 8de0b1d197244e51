"""The app factory: `create_app()` builds the whole HTTP API around one graph store.

Tests drive the app without sockets (`TestClient(create_app(store))`); `lineage serve` runs the
same app under uvicorn. Routes live in a module per resource (documents, lineage_routes, meta,
ingest_routes); errors are problem documents (errors.py); /docs and /openapi.json describe it all.

>>> # from fastapi.testclient import TestClient
>>> # client = TestClient(create_app(open_store("./lineage-store")))
>>> # client.get("/documents/cong-dien-968-cd-ttg-2023/fanout").json()["provinces"][0]["province"]
"""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from lineage.api import documents, ingest_routes, lineage_routes, meta
from lineage.api.answer_cache import CACHE_ENV, DEFAULT_CACHE_MB, AnswerCache
from lineage.api.deps import StoreHolder
from lineage.api.errors import PROBLEM_MEDIA_TYPE, install_error_handlers, problem_response
from lineage.api.schemas import Problem
from lineage.graph.store import GraphStore

log = logging.getLogger("lineage.api")

MAX_BODY_BYTES = 5 * 1024 * 1024  # a long news page is a few hundred kB; 5 MB leaves room
API_KEY_ENV = "LINEAGE_API_KEY"
STORE_ENV = "LINEAGE_STORE"

DESCRIPTION = """\
Query the lineage of Vietnamese directives: which documents carry out the Prime Minister's
**Công điện số 968/CĐ-TTg** (`cong-dien-968-cd-ttg-2023`), in which provinces, and how fast.

Documents can be named by canonical id or by a reference as texts write it
(`/documents/C%C3%B4ng%20%C4%91i%E1%BB%87n%20968%2FC%C4%90-TTg` redirects to the id).
Errors are `application/problem+json` (RFC 9457).
"""


class BodySizeLimit:
    """Refuse request bodies larger than `max_bytes` with a 413 problem, before anything parses
    them; the body is buffered (at most `max_bytes`) and replayed to the app."""

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self._refuse(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._refuse(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": b"".join(chunks), "more_body": False}

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = problem_response(
            Request(scope),
            413,
            f"The request body is larger than the {self.max_bytes // (1024 * 1024)} MB "
            "this server accepts.",
            kind="body-too-large",
        )
        await response(scope, receive, send)


def _viz_router():
    """The viewer's pages, when lineage.viz provides them; the API works without them."""
    try:
        from lineage.viz.routes import router
    except ImportError as exc:
        log.info("viz pages not available: %s", exc)
        return None
    return router


def _problem_media_type(app: FastAPI) -> None:
    """Document error bodies as application/problem+json, the type they are sent with; FastAPI
    files every response model under application/json."""
    build = app.openapi

    def openapi() -> dict:
        schema = build()  # cached by FastAPI, so the rewrite below runs on the first call only
        for operations in schema.get("paths", {}).values():
            for operation in operations.values():
                for response in operation.get("responses", {}).values():
                    content = response.get("content", {})
                    for media_type, body in list(content.items()):
                        if body.get("schema", {}).get("$ref", "").endswith("/Problem"):
                            content[PROBLEM_MEDIA_TYPE] = content.pop(media_type)
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def _cache_mb_from_env() -> int:
    value = os.environ.get(CACHE_ENV, "").strip()
    if not value:
        return DEFAULT_CACHE_MB
    if not value.isdigit():
        raise ValueError(f"{CACHE_ENV} must be a whole number of megabytes, not {value!r}")
    return int(value)


def create_app(
    store: GraphStore | None = None,
    *,
    store_spec: str | None = None,
    api_key: str | None = None,
    answer_cache_mb: int | None = None,
) -> FastAPI:
    """The API over `store`, or over the store `store_spec` names (opened on first use; default:
    the LINEAGE_STORE environment variable, so `uvicorn --factory lineage.api.app:create_app`
    works too).

    `api_key` guards `POST /sources`; it defaults to the LINEAGE_API_KEY environment variable.
    With neither, the server refuses every write.

    `answer_cache_mb` bounds the cache of whole lineage answers (api/answer_cache.py); it
    defaults to LINEAGE_ANSWER_CACHE_MB, else 64; 0 turns the cache off.
    """
    if store is None and store_spec is None:
        store_spec = os.environ.get(STORE_ENV) or None
    holder = StoreHolder(store, store_spec)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        holder.close()

    app = FastAPI(
        title="Directive Lineage API",
        version="0.1.0",
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.state.store_holder = holder
    app.state.api_key = api_key if api_key is not None else os.environ.get(API_KEY_ENV) or None
    if answer_cache_mb is None:
        answer_cache_mb = _cache_mb_from_env()
    app.state.answer_cache = AnswerCache(answer_cache_mb * 1024 * 1024) if answer_cache_mb > 0 else None

    install_error_handlers(app)
    app.add_exception_handler(documents.CanonicalRedirect, documents.on_canonical_redirect)
    app.add_middleware(BodySizeLimit, max_bytes=MAX_BODY_BYTES)

    # Lineage routes first: "/documents/{id:path}" would otherwise swallow ".../ancestors".
    app.include_router(lineage_routes.router)
    app.include_router(documents.router)
    app.include_router(meta.router)
    app.include_router(ingest_routes.router)

    viz = _viz_router()
    app.state.viz_enabled = viz is not None
    if viz is not None:
        # The pages fail the way the API does (via get_store and lineage); say so in the schema.
        app.include_router(viz, responses={
            404: {"model": Problem, "description": "No document with this id"},
            422: {"model": Problem, "description": "Invalid parameters"},
            503: {"model": Problem, "description": "The graph store is unreachable"},
        })
    _problem_media_type(app)
    return app
