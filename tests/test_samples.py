"""The sample corpus in data/samples is well-formed and agrees with its hand annotation.

These tests check the corpus, not the pipeline: every file decodes, every annotated mention is
really in the article where the annotation puts it, gold.jsonl is what build_gold.py makes of
expected.json, and the HTML pages carry boilerplate for the reader to remove.
"""

from __future__ import annotations

import html
import importlib.util
import json
import re
from pathlib import Path

import pytest

from lineage.ingest.normalize import fold

ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".jsonl"}


@pytest.fixture(scope="module")
def expected(samples_dir: Path) -> dict:
    return json.loads((samples_dir / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def gold(samples_dir: Path) -> list[dict]:
    lines = (samples_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def build_gold(samples_dir: Path):
    spec = importlib.util.spec_from_file_location("build_gold", samples_dir / "build_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def article_files(samples_dir: Path) -> list[Path]:
    return sorted(p for p in (samples_dir / "articles").iterdir() if p.suffix in ARTICLE_SUFFIXES)


def crawl_records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_every_article_file_decodes_as_utf8(samples_dir):
    files = article_files(samples_dir)
    assert len(files) >= 8
    for path in files:
        text = path.read_bytes().decode("utf-8")  # strict: raises on a bad byte
        assert text.strip(), f"{path.name} is empty"


def test_corpus_has_the_promised_formats(samples_dir):
    suffixes = [p.suffix for p in article_files(samples_dir)]
    assert suffixes.count(".html") >= 2
    assert ".md" in suffixes and ".jsonl" in suffixes
    assert suffixes.count(".txt") > suffixes.count(".html")


def test_crawl_records_have_url_body_and_date(samples_dir):
    for path in (samples_dir / "articles").glob("*.jsonl"):
        records = crawl_records(path)
        assert 2 <= len(records) <= 3
        for record in records:
            assert record["url"].startswith("https://")
            assert ("text" in record) != ("html" in record), "a record has text or html, not both"
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", record["published"])


def test_every_article_is_annotated_once(samples_dir, expected):
    annotated = {(a["source"], a.get("record")) for a in expected["articles"]}
    assert len(annotated) == len(expected["articles"])
    on_disk = set()
    for path in article_files(samples_dir):
        source = f"articles/{path.name}"
        if path.suffix == ".jsonl":
            on_disk.update((source, i) for i in range(len(crawl_records(path))))
        else:
            on_disk.add((source, None))
    assert annotated == on_disk


def test_gold_is_built_from_the_annotation(expected, gold, build_gold):
    # gold.jsonl is generated; if this fails, run `python data/samples/build_gold.py`.
    assert build_gold.gold_cases(expected) == gold


def test_gold_offsets_point_at_their_surfaces(gold):
    assert gold
    for case in gold:
        previous = 0
        for ref in case["references"]:
            assert case["text"][ref["start"] : ref["end"]] == ref["surface"], (case["id"], ref)
            assert ref["start"] >= previous, f"{case['id']}: references out of order"
            previous = ref["start"]


def test_plain_text_gold_is_the_file_itself(samples_dir, gold):
    for case in gold:
        path = samples_dir / case["source"].removeprefix("samples/")
        if path.suffix in {".txt", ".md"}:
            assert case["text"] == path.read_text(encoding="utf-8")


def raw_source(samples_dir: Path, article: dict) -> str:
    """The article as stored, HTML entities decoded, before any boilerplate removal."""
    path = samples_dir / article["source"]
    if "record" in article:
        record = crawl_records(path)[article["record"]]
        return html.unescape(record.get("text") or record["html"])
    return html.unescape(path.read_text(encoding="utf-8"))


def test_every_mention_is_in_the_stored_article(samples_dir, expected):
    for article in expected["articles"]:
        raw = fold(raw_source(samples_dir, article))
        for ref in article["references"]:
            assert fold(ref["surface"]) in raw, (article["source"], ref["surface"])


def test_self_implements_cites_agree_with_the_mentions(expected):
    documents = expected["documents"]
    for article in expected["articles"]:
        by_role: dict[str, set[str]] = {"self": set(), "implements": set(), "cites": set()}
        for ref in article["references"]:
            assert ref["doc"] in documents, ref
            by_role[ref["role"]].add(ref["doc"])
        assert by_role["self"] == {article["self"]}, article["source"]
        assert set(article["implements"]) == by_role["implements"]
        assert set(article["cites"]) == by_role["cites"] - by_role["implements"]
        assert article["self"] not in by_role["implements"] | by_role["cites"]


def test_every_document_is_mentioned_somewhere(expected):
    mentioned = {ref["doc"] for a in expected["articles"] for ref in a["references"]}
    assert mentioned == set(expected["documents"])


def test_the_968_lineage_is_in_the_corpus(expected):
    cd968 = "cong-dien-968-cd-ttg-2023"
    carriers = {a["self"] for a in expected["articles"] if cd968 in a["implements"]}
    provinces = {expected["documents"][d]["province"] for d in carriers}
    assert {"Đồng Nai", "Hà Tĩnh", "Quảng Nam"} <= provinces
    # Bạc Liêu's 2018 directive and Đồng Nai's 12/CT-UBND share a number, never an id.
    twelves = [d for d, doc in expected["documents"].items() if doc["number"] == "12"]
    assert len(twelves) == 2 and len({expected["documents"][d]["province"] for d in twelves}) == 2


def test_illustrative_documents_are_marked_and_listed(expected, samples_dir):
    readme = (samples_dir.parent / "README.md").read_text(encoding="utf-8")
    illustrative = [doc for doc in expected["documents"].values() if doc["illustrative"]]
    assert illustrative
    for doc in expected["documents"].values():
        high_number = doc["number"] is not None and int(doc["number"]) >= 9000
        assert doc["illustrative"] == high_number, doc
    for doc in illustrative:
        line = next(
            (l for l in readme.splitlines() if f"{doc['number']}/{doc['symbol']}" in l and "illustrative (not a real document)" in l),
            None,
        )
        assert line, f"{doc['number']}/{doc['symbol']} is not listed as illustrative in data/README.md"


def test_each_local_article_shows_its_province(gold):
    for case in gold:
        if case["province"] is None:
            continue
        quoted = re.findall(r"'([^']+)'", case["province_evidence"])
        assert quoted, case["id"]
        folded_text = fold(case["text"])
        for phrase in quoted:
            assert fold(phrase) in folded_text, (case["id"], phrase)


def test_html_pages_carry_boilerplate_the_gold_text_leaves_out(samples_dir, expected, gold):
    pages = 0
    for article, case in zip(expected["articles"], gold):
        raw = raw_source(samples_dir, article)
        if "<html" not in raw:
            continue
        pages += 1
        assert re.search(r"<nav|class=\"(main-)?menu", raw), article["source"]
        assert "<form" in raw and re.search(r"<footer|id=\"footer\"", raw)
        assert re.search(r"Tin liên quan|Các tin khác|Tin cùng chuyên mục", raw)
        for chrome in ("Trang chủ", "Họ và tên", "Họ tên", "Bản quyền", "Gửi"):
            assert chrome not in case["text"], (article["source"], chrome)
        # The page header shows a date that is not the article's.
        header_dates = re.findall(r"Thứ \w+, (?:ngày )?(\d{1,2})/(\d{1,2})/(\d{4})", raw)
        assert header_dates, article["source"]
        day, month, year = (int(x) for x in header_dates[0])
        assert f"{year:04d}-{month:02d}-{day:02d}" != case["published"]
    assert pages >= 3
