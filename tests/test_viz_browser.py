"""The 968 fan-out page in a real browser: Debian's chromium, headless, driven by playwright.

Checks what only a browser can: the network is drawn (pixels on the canvas), holds the expected
documents, logs no errors (CSP violations included), and hostile text neither runs nor renders as
markup, also once its tooltip is shown. Screenshots go to tests/artifacts/ (gitignored).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

from lineage.graph import lineage
from lineage.graph.embedded import EmbeddedStore
from lineage.ingest.pipeline import ingest_paths, ingest_text
from lineage.viz.pages import render_fanout

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
ROOT_968 = "cong-dien-968-cd-ttg-2023"
# A hostile page: its subject ends up in a node's title and tooltip through the real pipeline.
HOSTILE_TITLE = '<script>window.__pwned=1</script></script><!-- <img src=x onerror="window.__pwned=2">'
HOSTILE_TEXT = (
    "Ngày 20/11/2023, Chủ tịch UBND tỉnh Quảng Nam ký ban hành Công văn số 9077/UBND-VP về "
    + HOSTILE_TITLE + ".\nThực hiện Công điện số 968/CĐ-TTg ngày 16 tháng 10 năm 2023 của Thủ tướng Chính phủ, "
    "các sở, ngành rà soát việc chấp hành kỷ luật."
)
HOSTILE_ID = "cong-van-9077-ubnd-vp-2023-quang-nam"

# CI sets LINEAGE_REQUIRE_BROWSER so that a missing browser fails the run instead of skipping.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists() and not os.environ.get("LINEAGE_REQUIRE_BROWSER"),
                       reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)"),
]


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    """The sample corpus, ingested as `lineage ingest` does, plus one hostile article."""
    directory = tmp_path_factory.mktemp("viz-browser") / "store"
    samples = Path(__file__).resolve().parent.parent / "data" / "samples" / "articles"
    with EmbeddedStore(directory) as graph:
        assert ingest_paths(graph, [samples]).sources_failed == 0
        assert ingest_text(graph, HOSTILE_TEXT, uri="https://hostile.example/bai-viet").documents_added
        assert HOSTILE_TITLE in graph.get_document(HOSTILE_ID).title
    return directory


def _expected_nodes(store_dir) -> int:
    """The fan-out page draws the root and every provincial response (as graph/lineage.py says)."""
    with EmbeddedStore(store_dir, create=False) as graph:
        return 1 + len(lineage.fanout(graph, ROOT_968).responses)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    opened = context.new_page()
    opened.problems = []  # console errors and uncaught exceptions
    opened.on("console", lambda m: m.type == "error" and opened.problems.append(m.text))
    opened.on("pageerror", lambda e: opened.problems.append(str(e)))
    yield opened
    context.close()


def _wait_drawn(page) -> None:
    page.wait_for_function("document.body.getAttribute('data-drawn') === 'yes'", timeout=15000)


def _inked_pixels(page) -> int:
    """Pixels on the network's canvas that are not background."""
    return page.evaluate("""() => {
        const canvas = document.querySelector('#lineage-network canvas');
        const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let inked = 0;
        for (let i = 0; i < pixels.length; i += 4) {
            if (pixels[i + 3] > 0 && (pixels[i] < 240 || pixels[i + 1] < 240 || pixels[i + 2] < 240)) inked++;
        }
        return inked;
    }""")


def _hover_node(page, node_id: str) -> None:
    box = page.evaluate("""(id) => {
        const net = window.lineageNetwork;
        const at = net.canvasToDOM(net.getPositions([id])[id]);
        const rect = document.querySelector('#lineage-network').getBoundingClientRect();
        return {x: rect.left + at.x, y: rect.top + at.y};
    }""", node_id)
    page.mouse.move(box["x"] - 40, box["y"] - 40)
    page.mouse.move(box["x"], box["y"], steps=5)


def test_fanout_page_from_a_file(store_dir, page):
    with EmbeddedStore(store_dir, create=False) as graph:
        html = render_fanout(graph, ROOT_968)
    path = ARTIFACTS / "viz_fanout_968.html"
    ARTIFACTS.mkdir(exist_ok=True)
    path.write_text(html, encoding="utf-8")

    page.goto(path.as_uri())
    _wait_drawn(page)
    assert page.evaluate("window.lineageNetwork.body.data.nodes.length") == _expected_nodes(store_dir) >= 7
    assert _inked_pixels(page) > 2000
    page.screenshot(path=str(ARTIFACTS / "viz_fanout_968.png"))

    _hover_node(page, HOSTILE_ID)
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5000)
    # The hostile title shows as text, and made no element of its own.
    assert HOSTILE_TITLE in tooltip.text_content()
    assert tooltip.locator("img, script, svg").count() == 0
    page.screenshot(path=str(ARTIFACTS / "viz_fanout_968_tooltip.png"))
    page.wait_for_timeout(300)  # give an injected onerror/onload the time to fire
    assert page.evaluate("window.__pwned") is None
    assert page.problems == []


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture()
def server(store_dir):
    import uvicorn

    from lineage.api.app import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(store_spec=str(store_dir)), host="127.0.0.1", port=port,
                            log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not running.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert running.started, "the test server did not start"
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


def test_served_page_draws_under_its_csp_and_clicks_through(server, store_dir, page):
    page.goto(f"{server}/viz/documents/{ROOT_968}/fanout")
    _wait_drawn(page)
    assert page.evaluate("window.lineageNetwork.body.data.nodes.length") == _expected_nodes(store_dir)
    assert _inked_pixels(page) > 2000
    assert page.evaluate("window.__pwned") is None

    # A click on Đồng Nai's directive opens its own page: the directive, the plan under it, 968.
    target = "chi-thi-12-ct-ubnd-2023-dong-nai"
    _hover_node(page, target)
    page.mouse.down()
    page.mouse.up()
    page.wait_for_url(f"**/viz/documents/{target}?depth=2&relation=all", timeout=10000)
    _wait_drawn(page)
    ids = set(page.evaluate("window.lineageNetwork.body.data.nodes.getIds()"))
    assert {target, ROOT_968, "ke-hoach-9001-kh-ubnd-2023-dong-nai"} <= ids
    assert page.problems == []
