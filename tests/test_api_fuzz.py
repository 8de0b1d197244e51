"""Schemathesis over the API's own OpenAPI schema: generated requests (valid and invalid) to every
operation must never produce a 500, and every response must match what the schema documents
(status code, content type, body schema). Bounded by examples per operation, not by time.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from test_api_graphs import build_store

from lineage.api.app import create_app

KEY = "fuzz-key"
# Enough to reach every parameter's edge cases; 14 operations keep the module under a minute.
EXAMPLES_PER_OPERATION = 25


# The schema is read at collection time, so the app exists at import; its store is opened on
# first request, from a directory the module fixture fills first and removes afterwards.
STORE_DIR = Path(tempfile.mkdtemp(prefix="lineage-fuzz-")) / "store"
schema = schemathesis.openapi.from_asgi(
    "/openapi.json", create_app(store_spec=str(STORE_DIR), api_key=KEY)
)


@pytest.fixture(scope="module", autouse=True)
def sample_store():
    build_store(STORE_DIR).close()
    yield
    shutil.rmtree(STORE_DIR.parent, ignore_errors=True)


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,  # the same cases every run: a failure here is reproducible
)
def test_no_server_errors_and_responses_match_the_schema(case):
    # Every case carries the key, so POST /sources is exercised past the key check too.
    case.call_and_validate(headers={"X-API-Key": KEY})
