"""`lineage demo`: the main job in one command — ingest the sample corpus, print the 968 fan-out.

The sample corpus ships inside the package (data/samples/articles), so this works from a fresh
install with no other files: it is what the README's first command runs.
"""

from __future__ import annotations

from importlib.resources import as_file, files

import typer

from lineage.cli import ingest_cmd, query_cmd
from lineage.cli.options import StoreOption
from lineage.graph.model import RelationFilter

ROOT_REFERENCE = "Công điện 968/CĐ-TTg"


def demo(
    store: str = StoreOption,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Ingest the sample corpus into the embedded store and show how Công điện 968/CĐ-TTg
    (16/10/2023) reached the provinces."""
    with as_file(files("lineage.data") / "samples" / "articles") as articles:
        ingest_cmd.ingest(paths=[articles], store=store, neo4j=False, as_json=False, quiet=quiet)
    typer.echo("")
    query_cmd.fanout(ref=ROOT_REFERENCE, store=store, neo4j=False, as_json=False, depth=3,
                     relation=RelationFilter.ALL)


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)
