"""benchmarks/generate_corpus.py: same seed same corpus, the size asked for, a manifest that
agrees with the texts, era-correct province names, and a fan-out when asked."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from lineage.graph.ids import document_id

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))
import generate_corpus  # noqa: E402  (benchmarks/ is not a package)

MERGER = "2025-07-01"


@pytest.fixture(scope="module")
def sample() -> list[tuple[str, str, dict]]:
    return list(generate_corpus.generate(600, seed=11))


@pytest.fixture(scope="module")
def province_names(repo_root) -> dict[str, set[str]]:
    table = json.loads((repo_root / "data" / "provinces.json").read_text(encoding="utf-8"))
    return {era: {p["name"] for p in table[key]} for era, key in (("pre", "pre2025"), ("post", "post2025"))}


def test_same_seed_same_corpus_other_seed_other_corpus():
    first = list(generate_corpus.generate(200, seed=7))
    again = list(generate_corpus.generate(200, seed=7))
    other = list(generate_corpus.generate(200, seed=8))
    assert first == again
    assert [text for _, text, _ in first] != [text for _, text, _ in other]


def test_generates_the_number_asked_with_unique_names(sample):
    assert len(sample) == 600
    assert len({name for name, _, _ in sample}) == 600


def test_each_text_names_its_own_and_its_parent_documents(sample):
    for name, text, truth in sample:
        docs = truth["documents"]
        own = docs[truth["self"]]
        assert f"{own['doc_type']} số {own['number']}" in text, name
        for parent in truth["implements"]:
            assert docs[parent]["number"] in text, (name, parent)
        for cited in truth["cites"]:
            marker = docs[cited]["number"] or docs[cited]["title"]
            assert marker in text, (name, cited)


def test_ids_are_the_shared_canonical_ids(sample):
    for _, _, truth in sample:
        for doc_id, doc in truth["documents"].items():
            expected = document_id(
                doc["doc_type"], doc["number"], doc["symbol"], doc["year"],
                province=doc["province"], title=doc["title"] if doc["number"] is None else None,
            )
            assert doc_id == expected


def test_lineage_runs_forward_in_time_and_up_the_levels(sample):
    rank = {"central": 0, "provincial": 1, "department": 2, "district": 2, "commune": 2}
    seen_levels = set()
    for _, _, truth in sample:
        docs = truth["documents"]
        own = docs[truth["self"]]
        seen_levels.add(own["level"])
        for parent_id in truth["implements"]:
            parent = docs[parent_id]
            assert parent["date"] <= own["date"]
            assert rank[parent["level"]] < rank[own["level"]]
            if parent["province"] is not None:
                assert parent["province"] == own["province"]
    assert {"central", "provincial", "department"} <= seen_levels
    assert seen_levels & {"district", "commune"}


def test_province_names_follow_the_2025_merger(sample, province_names):
    eras_seen = set()
    for _, text, truth in sample:
        for doc in truth["documents"].values():
            if doc["province"] is None:
                continue
            era = "pre" if doc["date"] < MERGER else "post"
            eras_seen.add(era)
            assert doc["province"] in province_names[era], doc
            if era == "post":
                assert doc["level"] != "district", "no district level after July 2025"
        if truth["province"]:
            assert truth["province"] in text
    assert eras_seen == {"pre", "post"}


def test_manifest_agrees_with_the_articles(tmp_path):
    manifest = generate_corpus.write_corpus(tmp_path, 250, seed=3, fmt="txt")
    files = sorted(tmp_path.glob("*.txt"))
    assert len(files) == manifest["article_count"] == len(manifest["articles"]) == 250
    on_disk = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert on_disk == manifest
    documents = manifest["documents"]
    stated = set()
    for article in manifest["articles"]:
        assert (tmp_path / f"{article['name']}.txt").is_file()
        assert article["self"] in documents
        stated |= {(article["self"], t, "IMPLEMENTS") for t in article["implements"]}
        stated |= {(article["self"], t, "CITES") for t in article["cites"]}
    edges = {tuple(edge) for edge in manifest["edges"]}
    assert len(edges) == len(manifest["edges"]), "edges are listed once"
    assert edges == stated
    assert all(source in documents and target in documents for source, target, _ in edges)


def test_jsonl_format_writes_crawl_records(tmp_path):
    generate_corpus.write_corpus(tmp_path, 40, seed=5, fmt="jsonl")
    records = [json.loads(line) for line in (tmp_path / "corpus.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(records) == 40
    assert all(set(r) == {"url", "text", "published"} and r["text"] for r in records)
    assert not list(tmp_path.glob("*.txt"))


def test_fanout_makes_one_root_very_wide():
    articles = list(generate_corpus.generate(401, seed=2, fanout=400))
    root = articles[0][2]["self"]
    carriers = [truth for _, _, truth in articles if root in truth["implements"]]
    assert len(carriers) == 400
    assert len({truth["self"] for truth in carriers}) == 400, "every carrier is its own document"


def test_bad_sizes_are_refused_with_a_message(tmp_path, capsys):
    with pytest.raises(ValueError):
        list(generate_corpus.generate(0))
    with pytest.raises(ValueError, match="fan-out"):
        list(generate_corpus.generate(10, fanout=10))
    assert generate_corpus.main(["--articles", "0", "--out", str(tmp_path / "x")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and "\n" not in err
    assert not (tmp_path / "x" / "manifest.json").exists()
