"""Benchmark of the embedded store: ingest throughput, the cost of one article on an empty versus
a large store, and traversal latency (cold, including the in-memory graph build, and warm).

    .venv/bin/python benchmarks/bench_store.py                  # 100 000 documents
    .venv/bin/python benchmarks/bench_store.py --documents 1000000

The synthetic graph is a forest of telegram trees shaped like the real lineage: a central
telegram, one response from each of the 63 provinces, ten district letters under each response and
five commune letters under each district (3 844 documents a tree), every document arriving in its
own article with an IMPLEMENTS edge to its parent and, for districts, a CITES edge to the telegram.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from lineage.data import load_provinces
from lineage.graph.embedded import EmbeddedStore
from lineage.graph.lineage import ancestors, descendants, fanout
from lineage.graph.model import (
    ArticleGraph,
    DocumentRecord,
    EdgeRecord,
    Evidence,
    Relation,
    RelationFilter,
    SourceRecord,
)

DISTRICTS_PER_PROVINCE = 10
COMMUNES_PER_DISTRICT = 5


def _doc(doc_id: str, doc_type: str, number: int, date: str, province: str | None) -> DocumentRecord:
    return DocumentRecord(
        id=doc_id, doc_type=doc_type, number=str(number), symbol="UBND-VP" if province else "CĐ-TTg",
        year=int(date[:4]), date=date, issuer="UBND tỉnh" if province else "Thủ tướng Chính phủ",
        body_id=None, province=province, scope="local" if province else "central",
    )


def _article(tag: str, new: DocumentRecord, links: list[tuple[DocumentRecord, Relation]]) -> ArticleGraph:
    source = SourceRecord(content_hash=f"hash-{tag}", uri=f"synthetic/{tag}.txt", published=new.date, title=None)
    edges = [
        EdgeRecord(new.id, parent.id, relation,
                   Evidence(source.uri, source.content_hash, 0, 20, "Thực hiện", "synthetic", "bench", 0.9))
        for parent, relation in links
    ]
    return ArticleGraph(source, [], [new] + [p for p, _ in links], edges)


def synthetic_articles(documents: int, provinces: list[str]) -> Iterator[ArticleGraph]:
    """Articles adding about `documents` documents, tree after tree."""
    made = tree = 0
    while made < documents:
        root = _doc(f"cd-{tree}", "Công điện", tree + 1, "2023-10-16", None)
        yield _article(f"{tree}", root, [])
        made += 1
        for p, province in enumerate(provinces):
            resp = _doc(f"cv-{tree}-{p}", "Công văn", p + 1, f"2023-{11 + p % 2:02d}-{1 + p % 28:02d}", province)
            yield _article(f"{tree}-{p}", resp, [(root, Relation.IMPLEMENTS)])
            made += 1
            for d in range(DISTRICTS_PER_PROVINCE):
                dist = _doc(f"cv-{tree}-{p}-{d}", "Công văn", d + 1, "2023-12-01", province)
                yield _article(f"{tree}-{p}-{d}", dist, [(resp, Relation.IMPLEMENTS), (root, Relation.CITES)])
                made += 1
                for c in range(COMMUNES_PER_DISTRICT):
                    com = _doc(f"cv-{tree}-{p}-{d}-{c}", "Công văn", c + 1, "2023-12-15", province)
                    yield _article(f"{tree}-{p}-{d}-{c}", com, [(dist, Relation.IMPLEMENTS)])
                    made += 1
                    if made >= documents:
                        return
        tree += 1


class Clock:
    """Wall and CPU time of a block. On a shared machine the CPU time is the steadier figure."""

    def __enter__(self) -> Clock:
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self._wall
        self.cpu = time.process_time() - self._cpu


def median_ms(fn, repeats: int = 5) -> str:
    """ "wall / cpu" medians of `fn()` in milliseconds."""
    walls, cpus = [], []
    for _ in range(repeats):
        with Clock() as clock:
            fn()
        walls.append(clock.wall)
        cpus.append(clock.cpu)
    return f"{statistics.median(walls) * 1000:,.2f} / {statistics.median(cpus) * 1000:,.2f} ms"


def one_article(store: EmbeddedStore, tag: str, repeats: int = 200) -> str:
    """Median time to add one fresh article (a new letter implementing telegram cd-0)."""
    root = _doc("cd-0", "Công điện", 1, "2023-10-16", None)
    probes = iter(range(repeats))

    def add_one() -> None:
        i = next(probes)
        new = _doc(f"probe-{tag}-{i}", "Công văn", i + 1, "2024-01-01", "Sơn La")
        store.add_article(_article(f"probe-{tag}-{i}", new, [(root, Relation.IMPLEMENTS)]))

    return median_ms(add_one, repeats)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000, help="size of the large store")
    parser.add_argument("--dir", type=Path, default=None, help="where to build the stores (default: a temp dir)")
    args = parser.parse_args()
    provinces = load_provinces()
    province_names = [p.name for p in provinces if p.kind != "post2025"]
    work = args.dir or Path(tempfile.mkdtemp(prefix="bench-store-"))
    rows: list[tuple[str, str]] = []

    with EmbeddedStore(work / "empty", provinces=provinces) as empty:
        empty.add_article(_article("seed", _doc("cd-0", "Công điện", 1, "2023-10-16", None), []))
        empty_one = one_article(empty, "empty")

    large = EmbeddedStore(work / "large", provinces=provinces)
    articles = edges = 0
    with Clock() as ingest:
        for article in synthetic_articles(args.documents, province_names):
            large.add_article(article)
            articles += 1
            edges += len(article.edges)
    stats = large.stats()
    rows.append(("documents in large store", f"{stats.documents:,}"))
    rows.append(("edges in large store", f"{stats.implements_edges + stats.cites_edges:,}"))
    rows.append(("ingest time (wall / cpu)", f"{ingest.wall:,.1f} / {ingest.cpu:,.1f} s"))
    rows.append(("ingest throughput (by wall time)",
                 f"{articles / ingest.wall:,.0f} articles/s, {edges / ingest.wall:,.0f} edges/s"))
    rows.append(("ingest throughput (by cpu time)",
                 f"{articles / ingest.cpu:,.0f} articles/s, {edges / ingest.cpu:,.0f} edges/s"))
    rows.append(("one article, empty store (median of 200)", empty_one))
    rows.append(("one article, large store (median of 200)", one_article(large, "large")))
    large.close()

    with EmbeddedStore(work / "large") as store:  # a fresh object: the first query builds the graph
        rows.append(("descendants cd-0 depth 3, cold (graph build)", median_ms(lambda: descendants(store, "cd-0", 3), 1)))
        size = len(descendants(store, "cd-0", 3).documents)
        rows.append((f"descendants cd-0 depth 3, warm ({size:,} docs)", median_ms(lambda: descendants(store, "cd-0", 3))))
        rows.append(("descendants cd-0 depth 1 implements, warm",
                     median_ms(lambda: descendants(store, "cd-0", 1, RelationFilter.IMPLEMENTS))))
        rows.append(("fanout cd-0 depth 3, warm", median_ms(lambda: fanout(store, "cd-0", 3))))
        rows.append(("fanout cd-0 depth 1, warm", median_ms(lambda: fanout(store, "cd-0", 1))))
        leaf = "cv-0-0-0-0"
        rows.append(("ancestors of a commune letter, warm", median_ms(lambda: ancestors(store, leaf, 3))))
    rows.append(("peak memory (RSS)", f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB"))
    size_mb = sum(f.stat().st_size for f in (work / "large").iterdir()) / 1e6
    rows.append(("store size on disk", f"{size_mb:,.0f} MB"))

    width = max(len(name) for name, _ in rows)
    print(f"{'measure':<{width}}  value (latencies: wall / cpu)")
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    print(f"(stores in {work}; python {sys.version.split()[0]})")


if __name__ == "__main__":
    main()
