"""Fixtures shared by the test modules. A module's own fixtures stay in that module."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    """The sample corpus shipped in data/samples (the project's own texts)."""
    return REPO_ROOT / "data" / "samples"


# --- graph stores ------------------------------------------------------------------------------

NEO4J_SKIP_REASON = "NEO4J_URI is not set: the Neo4j leg of the contract suite needs a Neo4j 5 server"

STORE_BACKENDS = [
    pytest.param("embedded", id="embedded"),
    pytest.param(
        "neo4j",
        id="neo4j",
        marks=[
            pytest.mark.neo4j,
            pytest.mark.skipif(not os.environ.get("NEO4J_URI"), reason=NEO4J_SKIP_REASON),
        ],
    ),
]


def _open_backend(backend: str, tmp_path: Path):
    """A fresh, empty store of `backend` seeded with the test provinces."""
    from graph_corpora import TEST_PROVINCES

    from lineage.graph import open_store

    if backend == "embedded":
        return open_store(tmp_path / "store", provinces=TEST_PROVINCES)
    opened = open_store(os.environ["NEO4J_URI"], provinces=TEST_PROVINCES)
    # Empty whatever the database held; `clear()` seeds again the provinces the store was opened
    # with, so that it holds the test provinces even if the database had others.
    opened.clear()
    return opened


@pytest.fixture(params=STORE_BACKENDS)
def store(request, tmp_path):
    """A fresh empty store on every backend available: embedded always, Neo4j with NEO4J_URI."""
    opened = _open_backend(request.param, tmp_path)
    try:
        yield opened
    finally:
        if hasattr(opened, "clear"):
            opened.clear()  # leave the Neo4j database we were lent as we found it: empty
        opened.close()


@pytest.fixture(params=STORE_BACKENDS)
def corpus_store(request, tmp_path):
    """A store of every available backend holding tests/graph_corpora.py's 968 corpus."""
    from graph_corpora import corpus_968

    opened = _open_backend(request.param, tmp_path)
    try:
        opened.add_articles(corpus_968())
        yield opened
    finally:
        if hasattr(opened, "clear"):
            opened.clear()
        opened.close()
