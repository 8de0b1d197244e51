"""`lineage serve`: run the HTTP API (lineage.api) under uvicorn.

    lineage serve --store ./lineage-store            # http://127.0.0.1:8000/docs
    LINEAGE_API_KEY=… lineage serve --neo4j           # NEO4J_URI, default neo4j://localhost:7687

It binds 127.0.0.1 unless `--host` says otherwise. The API key that guards `POST /sources` comes
from the environment only, so it never shows in the process list.

`--workers N` runs N server processes on the one port. Python answers one request at a time per
process, so this is how the API uses more than one core (BENCHMARKS.md, "API"). Each worker opens
the store itself: for an embedded store each builds its own in-memory graph on its first
traversal (memory grows with N), and SQLite's WAL lets them all read while one writes.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

DEFAULT_NEO4J_URI = "neo4j://localhost:7687"


def _store_spec(store: Path | None, neo4j: bool) -> str:
    if neo4j:
        if store is not None:
            raise typer.BadParameter("give --store or --neo4j, not both")
        return os.environ.get("NEO4J_URI") or DEFAULT_NEO4J_URI
    from lineage.graph import DEFAULT_STORE

    directory = store or Path(os.environ.get("LINEAGE_STORE") or DEFAULT_STORE)
    # Serving a mistyped path would create and serve an empty store: refuse instead.
    if not directory.is_dir():
        raise typer.BadParameter(
            f"no store at {directory}: build one with `lineage ingest … --store {directory}`",
            param_hint="--store",
        )
    return str(directory)


def serve(
    host: Annotated[str, typer.Option(help="Address to bind; 0.0.0.0 exposes the API to the network")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="TCP port (0 picks a free one)")] = 8000,
    store: Annotated[Path | None, typer.Option(
        help="Directory of an embedded store (default: $LINEAGE_STORE, else ./lineage-store)")] = None,
    neo4j: Annotated[bool, typer.Option(
        "--neo4j", help="Serve the Neo4j store at $NEO4J_URI instead")] = False,
    log_level: Annotated[str, typer.Option(help="uvicorn log level")] = "info",
    workers: Annotated[int, typer.Option(
        min=1, max=64, help="Server processes; more than one uses more cores")] = 1,
) -> None:
    """Serve the lineage API (JSON; documentation at /docs) until interrupted."""
    import uvicorn

    from lineage.api.app import API_KEY_ENV, STORE_ENV, create_app

    spec = _store_spec(store, neo4j)
    app = create_app(store_spec=spec)
    writes = "enabled" if app.state.api_key else f"disabled (set {API_KEY_ENV} to enable)"
    typer.echo(f"Serving {spec} on http://{host}:{port}/ — POST /sources {writes}", err=True)
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level=log_level)
        return
    # Worker processes import the app by name and build it from the environment.
    os.environ[STORE_ENV] = spec
    uvicorn.run("lineage.api.app:create_app", factory=True, host=host, port=port,
                log_level=log_level, workers=workers)


def register(app: typer.Typer) -> None:
    """Add `lineage serve` to the `lineage` app."""
    app.command("serve")(serve)
