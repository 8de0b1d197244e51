"""Whole pages: offline, script-safe, with a CSP; served by the API and written by `lineage viz`."""

from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from lineage.cli.main import app as cli_app
from lineage.graph.embedded import EmbeddedStore
from lineage.viz import assets
from lineage.viz.pages import render_fanout, render_neighbourhood
from lineage.viz.sample import (
    HOSTILE_EVIDENCE,
    HOSTILE_TITLE,
    ROOT_968,
    SAMPLE_PROVINCES,
    fanout_968_articles,
)

DATA_BLOCK = re.compile(r'<script type="application/json" id="lineage-data">(.*?)</script>', re.S)


@pytest.fixture()
def store_dir(tmp_path):
    directory = tmp_path / "store"
    with EmbeddedStore(directory, provinces=SAMPLE_PROVINCES) as graph:
        graph.add_articles(fanout_968_articles(hostile=True))
    return directory


@pytest.fixture()
def store(store_dir):
    with EmbeddedStore(store_dir, create=False) as graph:
        yield graph


def _data(page: str) -> dict:
    return json.loads(DATA_BLOCK.search(page).group(1))


def test_page_needs_no_network(store):
    page = render_fanout(store, ROOT_968)
    assert assets.external_references(page) == []
    assert "cdn.jsdelivr" not in page and "bootstrap" not in page and "cdnjs" not in page
    assert assets.vis_network_js()[:2000] in page  # vis-network itself is inlined


def test_reference_check_finds_what_it_should():
    planted = ('<script src="https://cdn.example/x.js"></script><link href="//fonts.example/a.css">'
               '<style>@import "http://x.example/y.css"; b { background: url(https://i.example/i.png) }</style>')
    assert len(assets.external_references(planted)) == 4
    assert assets.external_references('<a href="/viz/documents/x">') == []


def test_hostile_text_cannot_leave_the_data_block(store):
    page = render_fanout(store, ROOT_968)
    # Exactly our three scripts: the data block, vis-network and the page's own (vis-network's
    # code mentions "<script" in a string, so it is left out of the count).
    ours = page.replace(assets.vis_network_js(), "")
    assert ours.count("<script") == 3 and ours.count("</script>") == 3
    block = DATA_BLOCK.search(page).group(1)
    for raw in ("<", ">", "\u2028", "<!--"):
        assert raw not in block
    titles = " ".join(node["title"] for node in _data(page)["nodes"])
    # What the browser parses back is the escaped tooltip, not live markup.
    assert "&lt;img src=x onerror=" in titles and "<img" not in titles
    assert HOSTILE_TITLE not in page and HOSTILE_EVIDENCE not in page


def test_script_safe_json_round_trips():
    value = {"t": HOSTILE_TITLE, "e": HOSTILE_EVIDENCE, "amp": "a & b > c", "sep": "\u2028\u2029"}
    text = assets.script_safe_json(value)
    assert not re.search(r"[<>&\u2028\u2029]", text)
    assert json.loads(text) == value


def test_page_has_a_nonce_csp_covering_its_scripts(store):
    page = render_fanout(store, ROOT_968, nonce="n0nce")
    assert "script-src &#39;nonce-n0nce&#39;" in page
    assert "unsafe-inline" not in page.split("<style", 1)[0]
    assert page.count('<script nonce="n0nce">') == 2


def test_page_has_legend_notes_and_escaped_heading(store):
    page = render_fanout(store, ROOT_968)
    assert 'id="lineage-legend"' in page
    assert "implements (solid)" in page and "cites (dashed)" in page
    assert "Fan-out of Công điện 968/CĐ-TTg" in page
    assert "No response found" in page and "Sơn La" in page


def test_neighbourhood_page_of_a_hostile_document_escapes_its_heading(store):
    page = render_neighbourhood(store, "cong-van-77-ubnd-vp-2023-quang-nam", 1)
    heading = re.search(r"<h1>(.*?)</h1>", page, re.S).group(1)
    assert heading == "Lineage of Công văn 77/UBND-VP"
    assert len(_data(page)["nodes"]) == 2


def test_grouped_page_says_what_was_collapsed(store):
    page = render_fanout(store, ROOT_968, node_limit=3)
    assert 'class="note"' in page and "more than the 3-node limit" in page


# --- served pages ------------------------------------------------------------------------------


@pytest.fixture()
def client(store):
    from lineage.api.app import create_app

    with TestClient(create_app(store)) as test_client:
        yield test_client


def test_served_fanout_page_links_documents_and_sends_csp(client):
    response = client.get(f"/viz/documents/{ROOT_968}/fanout")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    csp = response.headers["content-security-policy"]
    nonce = re.search(r"'nonce-([^']+)'", csp).group(1)
    assert f'<script nonce="{nonce}">' in response.text and "frame-ancestors 'none'" in csp
    hrefs = {n["id"]: n["href"] for n in _data(response.text)["nodes"]}
    assert hrefs[ROOT_968] == f"/viz/documents/{ROOT_968}?depth=2&relation=all"


def test_served_neighbourhood_page_keeps_depth_and_relation(client):
    response = client.get("/viz/documents/chi-thi-12-ct-ubnd-2023-dong-nai",
                          params={"depth": 1, "relation": "implements"})
    assert response.status_code == 200
    nodes = _data(response.text)["nodes"]
    assert {n["href"] for n in nodes} >= {f"/viz/documents/{ROOT_968}?depth=1&relation=implements"}
    # A new nonce for every page.
    again = client.get("/viz/documents/chi-thi-12-ct-ubnd-2023-dong-nai")
    assert again.headers["content-security-policy"] != response.headers["content-security-policy"]


def test_served_pages_refuse_unknown_ids_and_bad_parameters(client):
    assert client.get("/viz/documents/no-such-doc").status_code == 404
    assert client.get(f"/viz/documents/{ROOT_968}/fanout", params={"depth": 0}).status_code == 422
    assert client.get(f"/viz/documents/{ROOT_968}", params={"relation": "x"}).status_code == 422


# --- lineage viz -------------------------------------------------------------------------------


def test_cli_writes_an_offline_page(store_dir, tmp_path):
    out = tmp_path / "pages" / "968.html"
    result = CliRunner().invoke(cli_app, ["viz", ROOT_968, "-o", str(out), "--fanout",
                                          "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert assets.external_references(page) == []
    assert len(_data(page)["nodes"]) == 7
    assert not any("href" in n for n in _data(page)["nodes"])  # a lone file links nowhere


def test_cli_unknown_reference_is_one_line_and_writes_nothing(store_dir, tmp_path):
    out = tmp_path / "x.html"
    result = CliRunner().invoke(cli_app, ["viz", "no-such-doc", "-o", str(out),
                                          "--store", str(store_dir)])
    assert result.exit_code == 1
    assert "no document matches 'no-such-doc'" in result.output
    assert not out.exists() and list(tmp_path.glob(".x.html*")) == []
