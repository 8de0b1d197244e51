"""Benchmark of the Neo4j store: ingest throughput (documents/s, edges/s) at several batch sizes,
and the latency of descendants / fan-out queries, on the same synthetic forest of telegram trees
as benchmarks/bench_store.py (so the figures compare with the embedded store's).

    NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=secret \\
        .venv/bin/python benchmarks/bench_neo4j.py --documents 20000 --batch-sizes 1,10,50,200

It CLEARS the database it is pointed at (every Document, Body, Province and Source node): point it
at a scratch database. The batch-size sweep is what picks neo4j_store.DEFAULT_BATCH_SIZE.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_store import Clock, median_ms, synthetic_articles  # noqa: E402

from lineage.data import load_provinces  # noqa: E402
from lineage.graph.lineage import descendants, fanout  # noqa: E402
from lineage.graph.model import RelationFilter  # noqa: E402
from lineage.graph.store import StoreError  # noqa: E402


def ingest(store, articles, batch_size: int) -> str:
    store.clear()
    store.batch_size = batch_size
    with Clock() as clock:
        results = store.add_articles(articles)
    documents = sum(r.documents_added for r in results)
    edges = sum(r.edges_added for r in results)
    return (
        f"batch {batch_size:>4}: {len(results):,} articles, {documents:,} documents, {edges:,} edges in "
        f"{clock.wall:.1f} s = {documents / clock.wall:,.0f} documents/s, {edges / clock.wall:,.0f} edges/s "
        f"(client CPU {clock.cpu:.1f} s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=20_000)
    parser.add_argument("--batch-sizes", default="1,10,50,200", help="comma-separated articles per transaction")
    args = parser.parse_args()
    if not os.environ.get("NEO4J_URI"):
        sys.exit(
            "NEO4J_URI is not set: this benchmark needs a Neo4j 5 server, e.g.\n"
            "  docker run -p7474:7474 -p7687:7687 -e NEO4J_AUTH=neo4j/secret neo4j:5.3-community\n"
            "  NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=secret python benchmarks/bench_neo4j.py"
        )
    from lineage.graph.neo4j_store import Neo4jStore

    provinces = load_provinces()
    names = [p.name for p in provinces if p.kind != "post2025"]
    articles = list(synthetic_articles(args.documents, names))
    try:
        store = Neo4jStore.from_env(provinces=provinces)
    except StoreError as exc:
        sys.exit(f"error: {exc}")
    with store:
        print(f"Neo4j at {store.uri}, database {store.database!r}; corpus: {len(articles):,} articles")
        for batch_size in (int(b) for b in args.batch_sizes.split(",")):
            print(ingest(store, articles, batch_size))
        print(f"re-ingest (all skipped): {median_ms(lambda: store.add_articles(articles[:1000]), 3)} per 1,000 articles")
        for depth in (1, 2, 3):
            sub = descendants(store, "cd-0", depth, RelationFilter.ALL)
            print(f"descendants(cd-0, depth {depth}): {len(sub.documents):,} documents, {len(sub.edges):,} edges, "
                  f"median {median_ms(lambda: descendants(store, 'cd-0', depth, RelationFilter.ALL))} (wall / client cpu)")
        fan = fanout(store, "cd-0", 1)
        print(f"fanout(cd-0): {len(fan.responses)} responses, median {median_ms(lambda: fanout(store, 'cd-0', 1))}")
        store.clear()


if __name__ == "__main__":
    main()
