"""The query commands (cli/query_cmd.py) on a store built from tests/graph_corpora.py."""

from __future__ import annotations

import json

import pytest
from graph_corpora import (
    CD968,
    CT12_BL,
    CT12_DN,
    CV45_QS,
    CV983_QN,
    DIAMOND_BOTTOM,
    DIAMOND_TOP,
    S_BL,
    TEST_PROVINCES,
    article,
    corpus_968,
    doc,
)
from typer.testing import CliRunner

from lineage.cli.main import app
from lineage.graph import lineage, open_store

WIDE = {"COLUMNS": "250"}  # rich folds table cells to the terminal width


@pytest.fixture
def store_dir(tmp_path):
    path = tmp_path / "store"
    with open_store(path, provinces=TEST_PROVINCES) as store:
        store.add_articles(corpus_968())
    return path


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(app, [str(a) for a in args], env={**WIDE, **(env or {})})


def test_show_json_prints_the_document(store_dir):
    result = run("show", CD968, "--store", store_dir, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["id"] == CD968
    assert (data["date"], data["level"], data["label"]) == ("2023-10-16", "central", "Công điện 968/CĐ-TTg")
    assert len(data["sources"]) == 4


def test_show_table_prints_untrusted_text_literally(tmp_path):
    path = tmp_path / "store"
    odd = doc("Chỉ thị", "5", "CT-UBND", "2023-01-01", province="Sơn La", title="[bold red]not markup[/]")
    with open_store(path, provinces=TEST_PROVINCES) as store:
        store.add_article(article(S_BL, [], [odd], []))
    result = run("show", odd.id, "--store", path)
    assert result.exit_code == 0, result.output
    assert "[bold red]not markup[/]" in result.stdout
    assert "articles/bac-lieu-ct12-2018.txt" in result.stdout


def test_descendants_json_follows_depth_and_relation(store_dir):
    result = run("descendants", CD968, "--store", store_dir, "--depth", "1", "--relation", "implements", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["root"] == CD968
    assert [d["depth"] for d in data["documents"]] == [0, 1, 1, 1]
    assert {e["relation"] for e in data["edges"]} == {"IMPLEMENTS"}
    deeper = json.loads(run("descendants", CD968, "--store", store_dir, "--json").stdout)
    assert CV45_QS.id in {d["id"] for d in deeper["documents"]}


def test_ancestors_table(store_dir):
    result = run("ancestors", CV45_QS.id, "--store", store_dir)
    assert result.exit_code == 0, result.output
    for expected in (CV45_QS.id, CV983_QN.id, CD968, "Ancestors of Công văn 45/UBND", "2 edges"):
        assert expected in result.stdout


def test_paths(store_dir):
    result = run("paths", DIAMOND_BOTTOM.id, DIAMOND_TOP.id, "--store", store_dir, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["from"], data["to"], len(data["paths"])) == (DIAMOND_BOTTOM.id, DIAMOND_TOP.id, 2)
    text = run("paths", DIAMOND_BOTTOM.id, DIAMOND_TOP.id, "--store", store_dir, "--relation", "implements").stdout
    assert text.startswith("1. ") and "2. " not in text
    none = run("paths", DIAMOND_TOP.id, DIAMOND_BOTTOM.id, "--store", store_dir)
    assert none.exit_code == 0 and "No path" in none.stdout


def test_fanout_json_matches_the_lineage_module(store_dir):
    result = run("fanout", CD968, "--store", store_dir, "--json")
    assert result.exit_code == 0, result.output
    with open_store(store_dir) as store:
        expected = lineage.fanout_to_dict(lineage.fanout(store, CD968))
    assert json.loads(result.stdout) == expected
    assert [r["lag_days"] for r in expected["responses"]] == [9, 30, 113, 127, None]


def test_fanout_table(store_dir):
    result = run("fanout", CD968, "--store", store_dir)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    dong_nai = next(line for line in lines if "Chỉ thị 12/CT-UBND" in line)
    assert "Đồng Nai" in dong_nai and "2023-10-25" in dong_nai and " 9 " in dong_nai
    assert "No known response from 6 provinces: Bạc Liêu, Bình Phước" in result.stdout


def test_store_from_environment(store_dir):
    result = run("show", CT12_DN.id, "--json", env={"LINEAGE_STORE": str(store_dir)})
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["province_now"] == "Đồng Nai"


def test_unknown_reference_is_one_line_and_exit_1(store_dir):
    result = run("fanout", "Công điện 12345", "--store", store_dir)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == ["error: no document matches 'Công điện 12345'"]
    assert result.stdout == ""


def test_ambiguous_reference_lists_candidates_and_exits_2(store_dir):
    # Đồng Nai's Chỉ thị 12 (2023) and Bạc Liêu's Party Chỉ thị 12 (2018) are both "Chỉ thị 12".
    result = run("show", "Chỉ thị 12", "--store", store_dir)
    assert result.exit_code == 2, result.output
    assert "matches 2 documents" in result.stderr
    assert CT12_DN.id in result.stderr and CT12_BL.id in result.stderr
    assert result.stdout == ""


def test_citations_resolve_to_documents(store_dir):
    result = run("show", "Công điện số 968/CĐ-TTg", "--store", store_dir, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["id"] == CD968


def test_missing_store_is_an_error_not_a_new_store(tmp_path):
    missing = tmp_path / "nowhere"
    result = run("show", CD968, "--store", missing)
    assert result.exit_code == 1
    assert result.stderr.startswith("error: no store at") and "Traceback" not in result.output
    assert not missing.exists()


def test_neo4j_flag_needs_the_uri(store_dir, monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    result = run("show", CD968, "--neo4j")
    assert result.exit_code == 1
    assert "NEO4J_URI" in result.stderr


def test_bad_relation_is_a_usage_error(store_dir):
    result = run("descendants", CD968, "--store", store_dir, "--relation", "quotes")
    assert result.exit_code == 2
    assert "quotes" in result.stderr
