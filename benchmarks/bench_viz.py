"""How long a 5,000-document fan-out page takes: to build in Python, and to draw in chromium.

    .venv/bin/python benchmarks/bench_viz.py [--documents 5000] [--runs 3]

Two pages of the same generated fan-out (viz/sample.py: one root, 63 provinces, departments,
districts and communes below them): as served, grouped above the 300-node limit, and with every
document drawn (node limit lifted). "draw" is the time from navigation start until vis-network's
first "afterDrawing" event (window.lineageDrawnAt, set by the page), in Debian's headless
chromium; physics is off, so the first drawing is the final picture. Pages are written to
benchmarks/out/ (gitignored).
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

from lineage.viz.network import lineage_network
from lineage.viz.pages import page_html
from lineage.viz.sample import generated_fanout

OUT = Path(__file__).resolve().parent / "out"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def build(documents: int, node_limit: int) -> tuple[str, float, int]:
    started = time.perf_counter()
    net = lineage_network(generated_fanout(documents), node_limit=node_limit)
    html = page_html(net)
    return html, time.perf_counter() - started, len(net.nodes)


def draw_seconds(browser, path: Path) -> float:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_function("window.lineageDrawnAt !== undefined", timeout=120_000)
    drawn_ms = page.evaluate("window.lineageDrawnAt")
    context.close()
    if errors:
        raise RuntimeError(f"page errors: {errors}")
    return drawn_ms / 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    OUT.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for name, limit in (("grouped (limit 300)", 300), ("every document", args.documents + 1)):
            builds, draws = [], []
            for _ in range(args.runs):
                html, seconds, nodes = build(args.documents, limit)
                builds.append(seconds)
                path = OUT / f"fanout_{args.documents}_{limit}.html"
                path.write_text(html, encoding="utf-8")
                draws.append(draw_seconds(browser, path))
            size_mb = len(html.encode("utf-8")) / 1e6
            print(f"{args.documents} documents, {name}: {nodes} nodes drawn, page {size_mb:.1f} MB, "
                  f"build median {statistics.median(builds):.2f} s, "
                  f"draw median {statistics.median(draws):.2f} s "
                  f"(runs: {', '.join(f'{d:.2f}' for d in draws)})")
        browser.close()
    print(f"load average after the runs: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
