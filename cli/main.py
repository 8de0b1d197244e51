"""The `lineage` command: one Typer app whose sub-commands live beside this file, a module each.

    lineage demo                      # the sample corpus and the 968 fan-out
    lineage ingest ARTICLES/ --store ./lineage-store
    lineage show | ancestors | descendants | fanout | paths REF …
    lineage evaluate GOLD.jsonl
    lineage serve | viz | sync | export …

Each module exposes `register(app)`, so a new command is a new module plus one line here.
"""

from __future__ import annotations

from importlib.metadata import version

import typer

from lineage.cli import demo_cmd, evaluate_cmd, ingest_cmd, query_cmd, serve_cmd, store_cmd, viz_cmd

app = typer.Typer(
    name="lineage",
    help="Trace how Vietnamese directives propagate: ingest articles, query the lineage graph.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for module in (demo_cmd, ingest_cmd, query_cmd, evaluate_cmd, serve_cmd, viz_cmd, store_cmd):
    module.register(app)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"lineage {version('directive-lineage')}")
        raise typer.Exit()


@app.callback()
def main(
    show_version: bool = typer.Option(
        False, "--version", callback=_print_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Trace how Vietnamese directives propagate: ingest articles, query the lineage graph."""


if __name__ == "__main__":
    app()
