"""Placeholder until its owner fills it in: registers no command yet."""

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to the `lineage` app."""
