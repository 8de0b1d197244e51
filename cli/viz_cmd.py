"""`lineage viz`: write a document's lineage as one interactive HTML page that works offline.

    lineage viz "Công điện 968/CĐ-TTg" -o 968.html --fanout --store ./lineage-store
    lineage viz chi-thi-12-ct-ubnd-2023-dong-nai -o ct12.html --depth 2 --relation implements

The page is a single file (scripts and styles inlined), so clicking a document selects it and its
links but opens nothing: there are no sibling pages beside it. `lineage serve` has the linked
pages at /viz/documents/{id}.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from lineage.graph.model import Document, RelationFilter
from lineage.graph.store import GraphStore, StoreError

DEFAULT_NEO4J_URI = "neo4j://localhost:7687"


def _store_spec(store: Path | None, neo4j: bool) -> str:
    if neo4j:
        if store is not None:
            raise typer.BadParameter("give --store or --neo4j, not both")
        return os.environ.get("NEO4J_URI") or DEFAULT_NEO4J_URI
    from lineage.graph import DEFAULT_STORE

    directory = store or Path(os.environ.get("LINEAGE_STORE") or DEFAULT_STORE)
    if not directory.is_dir():
        raise typer.BadParameter(f"no store at {directory}", param_hint="--store")
    return str(directory)


def _resolve(store: GraphStore, ref: str) -> Document:
    """The one document `ref` names: a canonical id, or a reference as texts write it."""
    doc = store.get_document(ref)
    if doc is not None:
        return doc
    try:
        from lineage.graph.resolve import resolve_reference
    except ImportError:
        found: list[Document] = []
    else:
        found = resolve_reference(store, ref)
    if not found:
        raise StoreError(f"no document matches {ref!r}")
    if len(found) > 1:
        ids = ", ".join(d.id for d in found[:5])
        raise StoreError(f"{ref!r} matches {len(found)} documents ({ids}); give an id")
    return found[0]


def _write_atomically(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename: never a half-written page."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def viz(
    ref: Annotated[str, typer.Argument(help="Document id or reference, e.g. 'Công điện 968/CĐ-TTg'")],
    output: Annotated[Path, typer.Option("-o", "--output", help="HTML file to write")],
    fanout: Annotated[bool, typer.Option(
        "--fanout", help="Draw the fan-out (responses by province) instead of the neighbourhood")] = False,
    depth: Annotated[int, typer.Option(min=1, max=10, help="Hops to follow")] = 2,
    relation: Annotated[RelationFilter, typer.Option(help="Edges to follow")] = RelationFilter.ALL,
    node_limit: Annotated[int, typer.Option(
        min=10, help="Above this many documents, group them per province and level")] = 300,
    store: Annotated[Path | None, typer.Option(
        help="Directory of an embedded store (default: $LINEAGE_STORE, else ./lineage-store)")] = None,
    neo4j: Annotated[bool, typer.Option("--neo4j", help="Use the Neo4j store at $NEO4J_URI")] = False,
) -> None:
    """Write an interactive, offline HTML page of a document's lineage."""
    from lineage.graph import open_store
    from lineage.viz import pages

    spec = _store_spec(store, neo4j)
    try:
        with open_store(spec, **({} if neo4j else {"create": False})) as graph:
            doc = _resolve(graph, ref)
            build = pages.fanout_network if fanout else pages.neighbourhood_network
            net = build(graph, doc.id, depth, relation, node_limit=node_limit)
            html = pages.page_html(net)
    except StoreError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    try:
        _write_atomically(output, html)
    except OSError as exc:
        typer.echo(f"error: cannot write {output}: {exc.strerror or exc}", err=True)
        raise typer.Exit(1) from None
    shown = len(net.view.documents)
    grouped = " (grouped: see the note on the page)" if net.collapsed else ""
    typer.echo(f"wrote {output}: {doc.label}, {shown} documents{grouped}")


def register(app: typer.Typer) -> None:
    """Add `lineage viz` to the `lineage` app."""
    app.command("viz")(viz)
