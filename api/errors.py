"""Every error the API returns is an RFC 9457 problem document (`application/problem+json`).

Routes raise `ProblemError` (or let a `StoreError` escape); the handlers installed by
`install_error_handlers` turn those, FastAPI's validation errors, Starlette's HTTP errors and any
unexpected exception into a problem with `type`, `title`, `status`, `detail` and `instance`.
An unexpected exception is logged with its traceback and answered with a generic 500 problem, so a
client never sees a stack trace.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from lineage.graph.store import DocumentNotFound, StoreError

log = logging.getLogger("lineage.api")

PROBLEM_MEDIA_TYPE = "application/problem+json"
# Problem types are relative URIs under the API; they name the kind of error, not the instance.
PROBLEM_TYPE_BASE = "/problems/"


class ProblemError(Exception):
    """An error a route wants returned as a problem document."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        kind: str | None = None,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.kind = kind or _default_kind(status)
        self.headers = headers
        self.extra = extra or {}


def _default_kind(status: int) -> str:
    try:
        return HTTPStatus(status).phrase.lower().replace(" ", "-")
    except ValueError:
        return "error"


def problem_response(
    request: Request,
    status: int,
    detail: str,
    *,
    kind: str | None = None,
    headers: dict[str, str] | None = None,
    extra: dict[str, Any] | None = None,
) -> JSONResponse:
    """A problem+json response about `request`."""
    try:
        title = HTTPStatus(status).phrase
    except ValueError:
        title = "Error"
    body: dict[str, Any] = {
        "type": PROBLEM_TYPE_BASE + (kind or _default_kind(status)),
        "title": title,
        "status": status,
        "detail": detail,
        "instance": str(request.url.path),
    }
    body.update(extra or {})
    return JSONResponse(body, status_code=status, headers=headers, media_type=PROBLEM_MEDIA_TYPE)


def _validation_detail(exc: RequestValidationError) -> tuple[str, list[dict[str, Any]]]:
    """One readable line plus the list of (location, message) pairs, without echoing input."""
    errors = []
    for error in exc.errors():
        location = ".".join(str(part) for part in error.get("loc", ()))
        errors.append({"location": location, "message": str(error.get("msg", "invalid"))})
    summary = "; ".join(f"{e['location']}: {e['message']}" for e in errors[:5])
    return summary or "The request is not valid.", errors


async def _on_problem(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ProblemError)
    return problem_response(
        request, exc.status, exc.detail, kind=exc.kind, headers=exc.headers, extra=exc.extra
    )


async def _on_validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    detail, errors = _validation_detail(exc)
    return problem_response(
        request, 422, detail, kind="invalid-parameters", extra={"errors": errors}
    )


async def _on_http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    return problem_response(request, exc.status_code, str(exc.detail), headers=exc.headers)


async def _on_unknown_document(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DocumentNotFound)
    return problem_response(
        request, 404, f"No document is known as '{exc.doc_id}'.", kind="unknown-document"
    )


async def _on_store_error(request: Request, exc: Exception) -> JSONResponse:
    log.warning("store unavailable for %s: %s", request.url.path, exc)
    return problem_response(
        request, 503, f"The graph store is unavailable: {exc}", kind="store-unavailable"
    )


async def _on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error on %s %s", request.method, request.url.path)
    return problem_response(
        request, 500, "The server met an unexpected error; it has been logged.",
        kind="internal-error",
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ProblemError, _on_problem)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    # DocumentNotFound is a StoreError; Starlette picks the handler of the most specific class.
    app.add_exception_handler(DocumentNotFound, _on_unknown_document)
    app.add_exception_handler(StoreError, _on_store_error)
    # Starlette gives an `Exception` handler to its outermost middleware: it answers with this
    # problem and then re-raises so that the server logs the error too.
    app.add_exception_handler(Exception, _on_unexpected)
