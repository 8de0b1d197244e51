"""Query commands: `show`, `ancestors`, `descendants`, `paths`, `fanout`.

    lineage show "968/CĐ-TTg"
    lineage descendants "Công điện 968" --depth 2 --relation implements
    lineage fanout cong-dien-968-cd-ttg-2023 --json
    lineage paths chi-thi-12-ct-ubnd-2023-dong-nai cong-dien-968-cd-ttg-2023

A REF is a canonical id or a citation as people write it; graph/resolve.py decides. Every command
reads the embedded store at --store (env LINEAGE_STORE) or, with --neo4j, the server at NEO4J_URI.
`--json` prints the same data the API serves (graph/lineage.py's converters).

Exit codes: 0 done; 1 unknown reference or unusable store (one line on stderr); 2 ambiguous
reference (the candidates are listed).
"""

from __future__ import annotations

import json

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from lineage.cli.options import (
    DepthOption,
    JsonOption,
    Neo4jOption,
    RelationOption,
    StoreOption,
    opened_store,
    resolve,
)
from lineage.graph import lineage
from lineage.graph.model import LineageEdge, RelationFilter, Subgraph

def print_json(data: object) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _cells(*values: object) -> list[Text]:
    # Text, not str: rich would read "[…]" inside a document title as markup.
    return [Text("" if v is None else str(v)) for v in values]


def _table(title: str, columns: tuple[str, ...]) -> Table:
    table = Table(title=Text(title))
    for column in columns:
        short = column in ("depth", "date", "lag days")
        # Fold long ids onto more lines rather than cutting them: they are meant to be copied.
        table.add_column(column, no_wrap=short, overflow="fold", justify="right" if column in ("depth", "lag days") else "left")
    return table


def _edge_text(edge: LineageEdge) -> str:
    return f"{edge.source} -[{edge.relation.value}]-> {edge.target}"


# --- commands ----------------------------------------------------------------------------------


def show(
    ref: str = typer.Argument(..., help="Document id or citation, e.g. '968/CĐ-TTg'."),
    store: str = StoreOption,
    neo4j: bool = Neo4jOption,
    as_json: bool = JsonOption,
) -> None:
    """Show one document: its fields and the articles that mention it."""
    with opened_store(store, neo4j) as graph:
        doc = resolve(graph, ref)
    data = lineage.document_to_dict(doc)
    if as_json:
        return print_json(data)
    table = Table(title=Text(doc.label), show_header=False)
    table.add_column("field", style="bold")
    table.add_column("value")
    for name, value in data.items():
        if name not in ("sources", "label"):
            table.add_row(*_cells(name, value))
    table.add_row(*_cells("sources", "\n".join(doc.sources) or "-"))
    Console().print(table)


def _print_subgraph(sub: Subgraph, heading: str) -> None:
    console = Console()
    table = _table(heading, ("depth", "id", "document", "issuer", "province", "date"))
    for doc in sorted(sub.documents.values(), key=lambda d: (sub.depth[d.id], d.id)):
        table.add_row(*_cells(sub.depth[doc.id], doc.id, doc.label, doc.body_name or doc.issuer, doc.province, doc.date))
    console.print(table)
    console.print(Text(f"{len(sub.edges)} edges:"))
    for edge in sub.edges:
        console.print(Text(f"  {_edge_text(edge)}  ({len(edge.evidence)} sources)"))


def ancestors(
    ref: str = typer.Argument(..., help="Document id or citation."),
    depth: int = DepthOption,
    relation: RelationFilter = RelationOption,
    store: str = StoreOption,
    neo4j: bool = Neo4jOption,
    as_json: bool = JsonOption,
) -> None:
    """What a document carries out or cites, up to --depth hops."""
    with opened_store(store, neo4j) as graph:
        sub = lineage.ancestors(graph, resolve(graph, ref).id, depth, relation)
    if as_json:
        return print_json(lineage.subgraph_to_dict(sub))
    _print_subgraph(sub, f"Ancestors of {sub.documents[sub.root].label}")


def descendants(
    ref: str = typer.Argument(..., help="Document id or citation."),
    depth: int = DepthOption,
    relation: RelationFilter = RelationOption,
    store: str = StoreOption,
    neo4j: bool = Neo4jOption,
    as_json: bool = JsonOption,
) -> None:
    """The documents that carry a document out or cite it, down to --depth hops."""
    with opened_store(store, neo4j) as graph:
        sub = lineage.descendants(graph, resolve(graph, ref).id, depth, relation)
    if as_json:
        return print_json(lineage.subgraph_to_dict(sub))
    _print_subgraph(sub, f"Descendants of {sub.documents[sub.root].label}")


def paths(
    from_ref: str = typer.Argument(..., metavar="FROM", help="The newer document."),
    to_ref: str = typer.Argument(..., metavar="TO", help="The older document it leads to."),
    max_depth: int = typer.Option(6, "--max-depth", min=1, help="Longest path, in edges."),
    relation: RelationFilter = RelationOption,
    limit: int = typer.Option(20, "--limit", min=1, help="At most this many paths."),
    store: str = StoreOption,
    neo4j: bool = Neo4jOption,
    as_json: bool = JsonOption,
) -> None:
    """The routes from a newer document up to an older one, shortest first."""
    with opened_store(store, neo4j) as graph:
        source, target = resolve(graph, from_ref), resolve(graph, to_ref)
        found = lineage.paths(graph, source.id, target.id, max_depth, relation, limit)
    if as_json:
        return print_json({"from": source.id, "to": target.id, "paths": lineage.paths_to_list(found)})
    console = Console()
    if not found:
        console.print(Text(f"No path from {source.label} to {target.label} within {max_depth} edges."))
        return
    for number, path in enumerate(found, 1):
        hops = "".join(f" -[{e.relation.value}]-> {e.target}" for e in path)
        console.print(Text(f"{number}. {path[0].source}{hops}"))


def fanout(
    ref: str = typer.Argument(..., help="Document id or citation."),
    depth: int = DepthOption,
    relation: RelationFilter = RelationOption,
    store: str = StoreOption,
    neo4j: bool = Neo4jOption,
    as_json: bool = JsonOption,
) -> None:
    """Which provinces answered a document, how many days later, and which did not."""
    with opened_store(store, neo4j) as graph:
        fan = lineage.fanout(graph, resolve(graph, ref).id, depth, relation)
    if as_json:
        return print_json(lineage.fanout_to_dict(fan))
    console = Console()
    table = _table(
        f"Responses to {fan.root.label} ({fan.root.date or 'date unknown'})",
        ("province", "province now", "document", "issuer", "date", "lag days", "depth"),
    )
    for r in fan.responses:
        doc = r.document
        table.add_row(*_cells(r.province, r.province_now, doc.label, doc.body_name or doc.issuer, doc.date, r.lag_days, r.depth))
    console.print(table)
    console.print(Text(f"No known response from {len(fan.no_response)} provinces: {', '.join(fan.no_response) or '-'}"))


def register(app: typer.Typer) -> None:
    """Add the query commands to the `lineage` app."""
    for command in (show, ancestors, descendants, paths, fanout):
        app.command(command.__name__)(command)
