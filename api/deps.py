"""What routes share: the graph store (opened lazily) and the API key check.

The store may be handed over ready (tests) or opened from a spec on first use (the server), so a
server started before its Neo4j is reachable answers 503 until it is, instead of failing to start.
Routes are plain `def`s run on FastAPI's thread pool; the backends are safe to share between
threads (the embedded store serialises on its own lock, the Neo4j driver pools sessions).
"""

from __future__ import annotations

import hmac
import threading

from fastapi import Request, Security
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from lineage.api.errors import ProblemError
from lineage.graph.store import GraphStore, StoreError


class StoreHolder:
    """The app's store: given at creation, or opened from `spec` on first use."""

    def __init__(self, store: GraphStore | None, spec: str | None) -> None:
        self._store = store
        self._spec = spec
        self._owned = store is None  # close only what we opened
        self._open_lock = threading.Lock()

    def get(self) -> GraphStore:
        if self._store is not None:
            return self._store
        if self._spec is None:
            raise StoreError("no store is configured: set LINEAGE_STORE or use `lineage serve --store PATH`")
        with self._open_lock:
            if self._store is None:
                from lineage.graph import open_store  # the backends load only when needed

                self._store = open_store(self._spec)
        return self._store

    def close(self) -> None:
        if self._owned and self._store is not None:
            self._store.close()
            self._store = None


def get_store(request: Request) -> GraphStore:
    """The app's store; a StoreError here (store unreachable) becomes a 503 problem."""
    return request.app.state.store_holder.get()


# auto_error=False: a missing key is answered by `require_api_key` as a problem document, and
# declaring both schemes here makes /openapi.json say how to authenticate.
_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="The server's API key")
_bearer = HTTPBearer(auto_error=False, description="The server's API key as a bearer token")


def require_api_key(
    request: Request,
    header_key: str | None = Security(_key_header),
    bearer: HTTPAuthorizationCredentials | None = Security(_bearer),
) -> None:
    """Let the request through only with the configured key; refuse everything when none is set."""
    configured: str | None = request.app.state.api_key
    if not configured:
        raise ProblemError(
            403,
            "This server has no API key configured, so it accepts no writes; "
            "start it with LINEAGE_API_KEY set.",
            kind="no-api-key-configured",
        )
    given = header_key or (bearer.credentials if bearer else None)
    challenge = {"WWW-Authenticate": 'Bearer realm="lineage"'}
    if not given:
        raise ProblemError(
            401, "An API key is required: send it as X-API-Key or Authorization: Bearer.",
            kind="missing-api-key", headers=challenge,
        )
    # Compare bytes: compare_digest refuses non-ASCII str. Starlette decodes header bytes as
    # latin-1, so encoding back gives the bytes sent; a configured key is read as UTF-8.
    if not hmac.compare_digest(given.encode("latin-1"), configured.encode("utf-8")):
        raise ProblemError(401, "The API key is wrong.", kind="wrong-api-key", headers=challenge)
