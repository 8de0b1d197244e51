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

from lineage.cli.options import Neo4jOption, StoreOption, fail, opened_store, resolve
from lineage.graph.model import RelationFilter

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
    store: str = StoreOption,
    neo4j: bool = Neo4jOption,
) -> None:
    """Write an interactive, offline HTML page of a document's lineage."""
    from lineage.viz import pages

    with opened_store(store, neo4j) as graph:
        doc = resolve(graph, ref)
        build = pages.fanout_network if fanout else pages.neighbourhood_network
        net = build(graph, doc.id, depth, relation, node_limit=node_limit)
        html = pages.page_html(net)
    try:
        _write_atomically(output, html)
    except OSError as exc:
        raise fail(f"cannot write {output}: {exc.strerror or exc}") from None
    shown = len(net.view.documents)
    grouped = " (grouped: see the note on the page)" if net.collapsed else ""
    typer.echo(f"wrote {output}: {doc.label}, {shown} documents{grouped}")


def register(app: typer.Typer) -> None:
    """Add `lineage viz` to the `lineage` app."""
    app.command("viz")(viz)
