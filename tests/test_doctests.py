"""The worked examples in module docstrings are tests too: they must stay true."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "lineage.graph.ids",
    "lineage.graph.resolve",
    "lineage.ingest.normalize",
    "lineage.ingest.resolve",
    "lineage.ingest.extract",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0, f"{name} has no examples left"
    assert result.failed == 0
