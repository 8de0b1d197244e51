"""The lineage graph: records (model.py), the store interface (store.py), its backends
(embedded.py, neo4j_store.py) and the queries over it (lineage.py).

Open a store with `open_store`:

    with open_store("./lineage-store") as store: ...        # embedded, in that directory
    with open_store("bolt://localhost:7687") as store: ...  # Neo4j
"""

from __future__ import annotations

import os

from lineage.graph.store import GraphStore, StoreError

DEFAULT_STORE = "./lineage-store"
NEO4J_SCHEMES = ("neo4j://", "neo4j+s://", "neo4j+ssc://", "bolt://", "bolt+s://", "bolt+ssc://")


def open_store(spec: str | os.PathLike | None = None, **options) -> GraphStore:
    """Open the store `spec` names: a `neo4j://`/`bolt://` URI opens Neo4j, anything else is the
    directory of an embedded store (created if missing, unless `create=False` is passed).

    `spec=None` means the environment variable LINEAGE_STORE, else "./lineage-store". `options`
    go to the backend (`provinces=`, `create=` for the embedded store). Raises `StoreError` with a
    one-line message when the store cannot be opened.
    """
    if spec is None:
        spec = os.environ.get("LINEAGE_STORE") or DEFAULT_STORE
    if isinstance(spec, str) and spec.startswith(NEO4J_SCHEMES):
        try:
            # Imported here so that the embedded store never needs the neo4j driver loaded.
            from lineage.graph.neo4j_store import Neo4jStore
        except ImportError as exc:
            raise StoreError(f"the Neo4j backend is not available: {exc}") from exc
        return Neo4jStore(spec, **options)
    if isinstance(spec, str) and "://" in spec:
        raise StoreError(f"unknown store URI scheme in {spec!r}: use a directory or neo4j://, bolt://")
    from lineage.graph.embedded import EmbeddedStore

    return EmbeddedStore(spec, **options)
