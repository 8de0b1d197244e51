"""Whole JSON answers of the lineage routes, kept until the store changes.

A research API is asked the same few questions over and over (the fan-out of one telegram, the
first pages of its descendants), and the largest of them cost hundreds of milliseconds to build:
a depth-3 fan-out of a telegram reads 3 843 documents and writes 1.5 MB of JSON. So each answer
is kept, as bytes, under the request's path and query, together with the store's
`change_token()` read *before* the answer was built. An answer is served again only while the
token is unchanged, so no answer is ever served after a write committed by this process or
another one; a backend whose token is None (Neo4j) is never cached.

The cache is bounded by bytes (LRU); `LINEAGE_ANSWER_CACHE_MB=0` turns it off.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

import pydantic_core
from fastapi import Request
from fastapi.responses import Response

from lineage.graph.store import GraphStore

CACHE_ENV = "LINEAGE_ANSWER_CACHE_MB"
DEFAULT_CACHE_MB = 64


class AnswerCache:
    """JSON bodies by key, valid for one change token; at most `max_bytes` in all."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._entries: OrderedDict[tuple, bytes] = OrderedDict()
        self._token: object | None = None
        self._size = 0
        self._lock = threading.Lock()

    def get(self, key: tuple, token: object) -> bytes | None:
        with self._lock:
            if token != self._token:
                return None
            body = self._entries.get(key)
            if body is not None:
                self._entries.move_to_end(key)
            return body

    def put(self, key: tuple, token: object, body: bytes) -> None:
        if len(body) > self.max_bytes // 4:
            return  # one huge answer would push out everything else
        with self._lock:
            if token != self._token:
                # The store changed: everything kept belongs to an older state. (An answer built
                # under an older token than the one seen last is simply not kept.)
                if self._token is not None and _older(token, self._token):
                    return
                self._entries.clear()
                self._size = 0
                self._token = token
            old = self._entries.pop(key, None)
            self._size -= len(old) if old is not None else 0
            self._entries[key] = body
            self._size += len(body)
            while self._size > self.max_bytes:
                _, dropped = self._entries.popitem(last=False)
                self._size -= len(dropped)


def _older(token: object, than: object) -> bool:
    # Tokens are opaque; when both are tuples of counters they can be ordered, which keeps a
    # slow request that started before a write from evicting the answers built after it.
    try:
        return token < than  # type: ignore[operator]
    except TypeError:
        return False


def json_response(content: dict) -> Response:
    """`content` as JSON, without FastAPI's validation and serialisation of the response."""
    return Response(pydantic_core.to_json(content), media_type="application/json")


def cached_json(request: Request, store: GraphStore, build: Callable[[], dict]) -> Response:
    """The answer `build()` gives, from the cache when the store has not changed since it was
    built. `build` may raise (404, redirect): nothing is cached then."""
    cache: AnswerCache | None = request.app.state.answer_cache
    token = store.change_token() if cache is not None else None
    if token is None:
        return json_response(build())
    key = (request.url.path, request.url.query)
    body = cache.get(key, token)
    if body is None:
        body = pydantic_core.to_json(build())
        cache.put(key, token, body)
    return Response(body, media_type="application/json")
