"""What every `lineage` command shares: the store options, opening a store, naming a document.

A store is the directory `--store` (env LINEAGE_STORE, default ./lineage-store) or, with
`--neo4j`, the server at NEO4J_URI. Any `StoreError` becomes one line on stderr and exit code 1;
a reference that names no document exits 1, one that names several lists them and exits 2.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

import typer

from lineage.graph import DEFAULT_STORE, open_store
from lineage.graph.model import Document, RelationFilter
from lineage.graph.resolve import resolve_reference
from lineage.graph.store import GraphStore, StoreError

EXIT_NOT_FOUND = 1
EXIT_AMBIGUOUS = 2

StoreOption = typer.Option(
    DEFAULT_STORE, "--store", envvar="LINEAGE_STORE", help="Directory of the embedded store."
)
Neo4jOption = typer.Option(False, "--neo4j", help="Use the Neo4j server at NEO4J_URI instead.")
JsonOption = typer.Option(False, "--json", help="Print JSON for scripts instead of tables.")
DepthOption = typer.Option(3, "--depth", min=0, help="How many hops to follow.")
RelationOption = typer.Option(
    RelationFilter.ALL, "--relation", case_sensitive=False, help="Which edges to follow."
)


def fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def store_spec(store: str, neo4j: bool) -> str:
    """The spec `open_store` takes for these options."""
    if not neo4j:
        return store
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        raise StoreError("--neo4j needs the environment variable NEO4J_URI (e.g. bolt://localhost:7687)")
    return uri


@contextmanager
def opened_store(store: str, neo4j: bool, *, create: bool = False) -> Iterator[GraphStore]:
    """The store the options name. Only writing commands create an embedded store: a query on
    a mistyped directory must say so, not answer from a new empty store."""
    try:
        with open_store(store_spec(store, neo4j), create=create) as graph:
            yield graph
    except StoreError as exc:
        raise fail(str(exc)) from None


def resolve(graph: GraphStore, ref: str) -> Document:
    """The one document `ref` names, or exit: 1 when none, 2 (listing them) when several."""
    candidates = resolve_reference(graph, ref)
    if not candidates:
        raise fail(f"no document matches {ref!r}", EXIT_NOT_FOUND)
    if len(candidates) > 1:
        typer.echo(f"{ref!r} matches {len(candidates)} documents; name one by its id:", err=True)
        for doc in candidates:
            details = ", ".join(x for x in (doc.issuer, doc.province, doc.date) if x)
            typer.echo(f"  {doc.id}  {doc.label}  ({details})", err=True)
        raise typer.Exit(EXIT_AMBIGUOUS)
    return candidates[0]
