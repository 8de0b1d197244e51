"""Fixtures shared by the test modules. A module's own fixtures stay in that module."""

from __future__ import annotations

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
