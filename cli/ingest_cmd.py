"""`lineage ingest`: read articles into a store, with a progress bar and a final summary."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from lineage.cli.options import JsonOption, Neo4jOption, StoreOption, opened_store
from lineage.ingest import sources as reading
from lineage.ingest.pipeline import IngestReport, ingest_sources

err = Console(stderr=True)


def ingest(
    paths: list[Path] = typer.Argument(..., help="Files or folders: .txt, .md, .html pages, .docx and .pdf documents, .jsonl crawls; folders are walked recursively."),
    store: str = StoreOption,
    neo4j: bool = Neo4jOption,
    as_json: bool = JsonOption,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Extract document lineage from articles and add it to the graph.

    Each article is written whole or not at all; articles already in the store are skipped, so
    an interrupted ingest can simply be run again. Unreadable files are reported and skipped.
    Exits 1 when nothing could be ingested.
    """
    with opened_store(store, neo4j, create=True) as graph:
        report = _run(graph, paths, quiet or as_json)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print_summary(report)
    if report.sources_read == 0 or (report.ingested == 0 and report.sources_failed > 0):
        raise typer.Exit(1)


def _run(graph, paths: list[Path], quiet: bool) -> IngestReport:
    total = reading.count_sources(paths)
    with Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.fields[current]}", style="dim"),
        console=err,
        disable=quiet,
        transient=True,
    ) as progress:
        task = progress.add_task("ingest", total=total or None, current="")

        def advance(uri: str) -> None:
            progress.update(task, advance=1, current=Path(uri).name[-40:])

        return ingest_sources(graph, reading.iter_sources(paths), on_progress=advance)


def _print_summary(report: IngestReport) -> None:
    out = Console()
    out.print(
        f"[bold]{report.sources_read}[/] sources read "
        f"({report.sources_skipped} already in the store, {report.sources_failed} unreadable); "
        f"[bold]{report.references_found}[/] references found; "
        f"[bold]{report.documents_added}[/] documents added, {report.documents_updated} updated; "
        f"[bold]{report.edges_added}[/] edges added."
    )
    if report.problems:
        out.print(f"[yellow]{len(report.problems)} problems:[/]")
        for problem in report.problems[:50]:
            out.print(f"  {problem}", markup=False, highlight=False)
        if len(report.problems) > 50:
            out.print(f"  … and {len(report.problems) - 50} more (use --json for all)")


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
