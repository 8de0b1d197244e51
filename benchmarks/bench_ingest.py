"""Extraction throughput (MB/s of text, one core) and ingest throughput (articles/s) on a
generated corpus, plus how well the extractor recovers the lineage the generator wrote.

    .venv/bin/python benchmarks/bench_ingest.py --articles 10000

Extraction runs in this process only (one core). Ingest writes every article into a fresh
embedded store in a temporary directory, through the same pipeline `lineage ingest` uses.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_corpus import generate  # noqa: E402

from lineage.graph import open_store  # noqa: E402
from lineage.ingest.extract import extract  # noqa: E402
from lineage.ingest.models import Role  # noqa: E402
from lineage.ingest.pipeline import ingest_sources  # noqa: E402
from lineage.ingest.sources import source_from_text  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--extract-articles", type=int, default=3_000, help="articles timed for extraction alone")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    corpus = list(generate(args.articles, args.seed))
    sources = [source_from_text(f"gen/{name}", text) for name, text, _ in corpus]
    total_bytes = sum(len(s.text.encode("utf-8")) for s in sources)
    print(f"corpus: {len(sources)} articles, {total_bytes / 1e6:.1f} MB of text")

    sample = sources[: args.extract_articles]
    sample_bytes = sum(len(s.text.encode("utf-8")) for s in sample)
    extract(sources[0])  # load the place tables once; a long job pays this a single time
    started, cpu = time.perf_counter(), time.process_time()
    extractions = [extract(s) for s in sample]
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"extraction: {len(sample)} articles, {sample_bytes / 1e6:.2f} MB in {elapsed:.2f} s wall / {cpu:.2f} s CPU "
          f"= {sample_bytes / 1e6 / cpu:.2f} MB/s, {len(sample) / cpu:.0f} articles/s per CPU-second (one core)")

    found = expected = hit = 0
    for extraction, (_, _, truth) in zip(extractions, corpus):
        want = {(truth["self"], t) for t in truth.get("implements", [])}
        got_numbers = {m.number for m in extraction.mentions if m.role == Role.IMPLEMENTS}
        expected += len(want)
        hit += sum(1 for _, t in want if truth["documents"][t]["number"] in got_numbers)
        found += sum(1 for m in extraction.mentions if m.role == Role.SELF)
    print(f"implements recovered (by number): {hit}/{expected}; articles with a self document: "
          f"{sum(1 for e in extractions if e.self_index is not None)}/{len(extractions)}")

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "store")
        started, cpu = time.perf_counter(), time.process_time()
        report = ingest_sources(store, sources)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        stats = store.stats()
        store.close()
    edges = stats.implements_edges + stats.cites_edges
    print(f"ingest: {report.sources_read} articles in {elapsed:.1f} s wall / {cpu:.1f} s CPU = "
          f"{report.sources_read / elapsed:.0f} articles/s by wall, {report.sources_read / cpu:.0f} by CPU; "
          f"{stats.documents} documents, {edges} edges ({edges / cpu:.0f} edges per CPU-second)")


if __name__ == "__main__":
    main()
