"""`lineage evaluate GOLD.jsonl [--json] [--details]`: score the extractor against gold annotations.

Scores are reported, not thresholded: the command exits 0 whatever they are, 2 when the gold file
is bad (one line saying where), 1 when the extractor fails.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from lineage.ingest.evaluate import FIELDS, ExtractorError, GoldError, Report, evaluate_file


def register(app: typer.Typer) -> None:
    """Add `evaluate` to the `lineage` app."""
    app.command("evaluate")(evaluate)


def evaluate(
    gold: Path = typer.Argument(..., help="Gold annotations, one JSON case per line (see README)."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    details: bool = typer.Option(
        False,
        "--details",
        help="Also list each missed or spurious mention and edge, and each wrong field or province.",
    ),
) -> None:
    """Run the extractor on every gold case and report precision, recall and field accuracy."""
    err = Console(stderr=True)
    try:
        report = evaluate_file(gold)
    except GoldError as exc:
        err.print(escape(str(exc)), highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    except ExtractorError as exc:
        err.print(escape(str(exc)), highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    if as_json:
        payload = report.to_dict()
        if details:
            payload["details"] = [asdict(d) for d in report.details]
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    out = Console()
    out.print(scores_table(report))
    if details:
        out.print(details_table(report) if report.details else "No errors.")


def scores_table(report: Report) -> Table:
    """The scores with the counts they come from."""
    table = Table(title=_count(report.cases, "gold case"), title_justify="left")
    for column in ("measure", "score", "counts"):
        table.add_column(column, justify="right" if column != "measure" else "left")
    m = report.mentions
    table.add_row(
        "mentions P / R / F1",
        f"{m['precision']:.3f} / {m['recall']:.3f} / {m['f1']:.3f}",
        f"{report.matched} of {report.predicted_mentions} pred., {report.gold_mentions} gold",
    )
    for name in FIELDS:
        share = f"{report.field_correct[name]}/{report.matched}"
        table.add_row(f"  {name}", f"{report.fields[name]:.3f}", share)
    table.add_row("province", f"{report.province:.3f}", f"{report.province_correct}/{report.cases}")
    e = report.edges
    table.add_row(
        "edges P / R / F1",
        f"{e['precision']:.3f} / {e['recall']:.3f} / {e['f1']:.3f}",
        f"{report.matched_edges} of {report.predicted_edges} pred., {report.gold_edges} gold",
    )
    return table


def details_table(report: Report) -> Table:
    """Every error, case by case, so that a researcher can look each one up in the text."""
    table = Table(title=_count(len(report.details), "error"), title_justify="left")
    for column in ("case", "kind", "span", "surface", "field", "gold", "predicted"):
        table.add_column(column)
    for d in report.details:
        span = "" if d.start is None else f"{d.start}-{d.end}"
        # Texts are untrusted: escape so that "[…]" in an article is not read as rich markup.
        gold, predicted = _shown(d.gold, d.kind), _shown(d.predicted, d.kind)
        cells = (d.case, d.kind, span, d.surface, d.field or "", gold, predicted)
        table.add_row(*(escape(cell) for cell in cells))
    return table


def _shown(value: str | None, kind: str) -> str:
    if value is None:
        # A wrong value may be null; a missed or spurious mention has no values to show.
        return "null" if kind in ("field", "province") else ""
    return value


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
