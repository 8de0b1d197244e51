"""Load benchmark of the HTTP API: a real `lineage serve` (uvicorn) on loopback over a generated
embedded store, driven from this process by an async httpx client with N concurrent workers.

    .venv/bin/python benchmarks/bench_api.py                        # 100 000 documents, 10 s a cell
    .venv/bin/python benchmarks/bench_api.py --store /tmp/bench-api --duration 5

For each endpoint and each concurrency (1, 10, 100 clients) it reports requests per second and
p50/p99 latency over a fixed duration, after a warm-up that builds the server's in-memory graph.
The store is built from `bench_store.synthetic_articles` (ArticleGraphs written directly, no
extraction): trees of a telegram, 63 provincial responses, 10 district letters under each and 5
commune letters under each district. `--store` reuses a store built by an earlier run.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_store import synthetic_articles  # noqa: E402  (benchmarks/ is not a package)

from lineage.data import load_provinces  # noqa: E402
from lineage.graph.embedded import EmbeddedStore  # noqa: E402

ENDPOINTS = {
    "descendants depth 3 (page of 50 of 3,843)": "/documents/cd-1/descendants?depth=3",
    "fanout depth 1 (63 provinces)": "/documents/cd-1/fanout?depth=1",
    "fanout depth 3 (3,843 responses)": "/documents/cd-1/fanout?depth=3",
}


def build_store(directory: Path, documents: int) -> None:
    provinces = load_provinces()
    names = [p.name for p in provinces if p.kind != "post2025"]
    with EmbeddedStore(directory, provinces=provinces) as store:
        if store.stats().documents >= documents:
            return
        started = time.perf_counter()
        for article in synthetic_articles(documents, names):
            store.add_article(article)
        print(f"built {store.stats().documents:,} documents in "
              f"{time.perf_counter() - started:,.0f} s", file=sys.stderr)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(store: Path, port: int, workers: int) -> subprocess.Popen:
    env = {**os.environ, "LINEAGE_API_KEY": ""}
    return subprocess.Popen(
        [sys.executable, "-m", "lineage.cli.main", "serve", "--store", str(store),
         "--port", str(port), "--log-level", "warning", "--workers", str(workers)],
        env=env,
    )


def wait_healthy(base: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/healthz", timeout=5).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"server at {base} did not become healthy in {timeout:.0f} s")


async def load(base: str, path: str, clients: int, duration: float) -> dict:
    """`clients` workers each sending `path` back to back for `duration` seconds."""
    latencies: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:
        deadline = time.perf_counter() + duration

        async def worker() -> None:
            nonlocal errors
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                response = await client.get(path)
                await response.aread()
                elapsed = time.perf_counter() - started
                if response.status_code == 200:
                    latencies.append(elapsed)
                else:
                    errors += 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        wall = time.perf_counter() - started
    latencies.sort()
    return {
        "requests": len(latencies),
        "rps": len(latencies) / wall,
        "p50": statistics.median(latencies) * 1000 if latencies else float("nan"),
        "p99": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000
        if latencies else float("nan"),
        "errors": errors,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--store", type=Path, default=None,
                        help="store directory, built if missing (default: a temp dir)")
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per cell")
    parser.add_argument("--clients", default="1,10,100", help="concurrency levels")
    parser.add_argument("--workers", type=int, default=1, help="server processes (lineage serve --workers)")
    args = parser.parse_args()

    store = args.store or Path(tempfile.mkdtemp(prefix="bench-api-")) / "store"
    build_store(store, args.documents)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(store, port, args.workers)
    try:
        wait_healthy(base)
        # Warm-up: the first traversal in each worker builds its graph mirror. Connections are
        # spread over the workers by the kernel, so send enough to reach every one.
        for path in ENDPOINTS.values():
            for _ in range(4 * args.workers):
                httpx.get(base + path, timeout=300).raise_for_status()
        print("| endpoint | clients | requests | req/s | p50 ms | p99 ms | errors |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        for name, path in ENDPOINTS.items():
            for clients in (int(c) for c in args.clients.split(",")):
                r = asyncio.run(load(base, path, clients, args.duration))
                print(f"| {name} | {clients} | {r['requests']:,} | {r['rps']:,.1f} | "
                      f"{r['p50']:,.1f} | {r['p99']:,.1f} | {r['errors']} |", flush=True)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    print(f"(store {store}; {args.workers} server process(es); {args.duration:g} s a cell; "
          "client and server share the machine)")


if __name__ == "__main__":
    main()
