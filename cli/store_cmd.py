"""`lineage sync` and `lineage export`: move a lineage graph between stores, or out into files.

    lineage sync --from ./lineage-store --to bolt://localhost:7687     # embedded -> Neo4j
    lineage sync --from neo4j://localhost:7687 --to ./copy              # and back
    lineage export --store ./lineage-store --format csv -o ./import     # for neo4j-admin import
    lineage export --store bolt://localhost:7687 --format graphml -o ./out

A store SPEC is a directory (embedded store) or a neo4j:// / bolt:// URI, whose user, password
and database come from NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE (docs/NEO4J.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from lineage.graph.store import StoreError


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code=1)


def sync(
    source: Annotated[str, typer.Option("--from", help="Store to copy from (directory or neo4j:// URI)")],
    destination: Annotated[str, typer.Option("--to", help="Store to copy into; created if a new directory")],
) -> None:
    """Copy every document, body, edge (with evidence) and source from one store into another.

    Running it again adds nothing: sources already in the destination are skipped.
    """
    from lineage.graph import open_store
    from lineage.graph.transfer import sync as sync_stores

    if source == destination:
        _fail("--from and --to name the same store")
    try:
        # The source must exist: a mistyped directory would otherwise sync an empty new store.
        with open_store(source, create=False) as src, open_store(destination) as dst:
            result = sync_stores(src, dst)
            stats = dst.stats()
    except StoreError as exc:
        _fail(str(exc))
    typer.echo(
        f"{result.written} sources copied, {result.skipped} already there; {destination} now holds "
        f"{stats.documents} documents, {stats.implements_edges + stats.cites_edges} edges"
    )


def export(
    store: Annotated[str, typer.Option(help="Store to export (directory or neo4j:// URI)")],
    out: Annotated[Path, typer.Option("-o", "--out", help="Directory to write the files into")],
    format: Annotated[str, typer.Option(help="graphml (one file) or csv (neo4j-admin import files)")] = "graphml",
) -> None:
    """Write a store's whole graph as GraphML, or as CSV files that `neo4j-admin database import`
    reads."""
    from lineage.graph import open_store
    from lineage.graph.transfer import FORMATS
    from lineage.graph.transfer import export as export_store

    if format not in FORMATS:
        _fail(f"unknown format {format!r}: choose one of {', '.join(FORMATS)}")
    try:
        with open_store(store, create=False) as opened:
            paths = export_store(opened, out, format)
    except StoreError as exc:
        _fail(str(exc))
    for path in paths:
        typer.echo(str(path))


def register(app: typer.Typer) -> None:
    """Add `sync` and `export` to the `lineage` app."""
    app.command("sync")(sync)
    app.command("export")(export)
