"""Ingest end to end on the embedded store: the sample corpus, re-ingest, interruptions, the CLI."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from lineage.cli.main import app
from lineage.graph import lineage, open_store
from lineage.graph.model import RelationFilter
from lineage.graph.resolve import resolve_reference
from lineage.ingest.pipeline import ingest_paths

runner = CliRunner()


@pytest.fixture()
def sample_store(tmp_path, samples_dir):
    store = open_store(tmp_path / "store")
    report = ingest_paths(store, [samples_dir / "articles"])
    assert report.sources_failed == 0
    yield store
    store.close()


def one(store, ref: str):
    found = resolve_reference(store, ref)
    assert len(found) == 1, f"{ref!r} resolves to {[d.id for d in found]}"
    return found[0]


def test_sample_corpus_gives_the_968_fanout(sample_store):
    root = one(sample_store, "968/CĐ-TTg")
    fan = lineage.fanout(sample_store, root.id)
    responses = {(r.province, r.document.number, r.document.symbol): r.lag_days for r in fan.responses}
    assert responses[("Đồng Nai", "12", "CT-UBND")] == 9
    assert responses[("Hà Tĩnh", "6466", "UBND-NC2")] == 30
    assert responses[("Quảng Nam", "983", "UBND-NCKS")] == 113
    assert "Đồng Nai" not in fan.no_response and "Sơn La" in fan.no_response
    quang_nam = next(r for r in fan.responses if r.province == "Quảng Nam")
    assert quang_nam.province_now == "Đà Nẵng"


@pytest.mark.parametrize("provincial", ["Công văn 6466/UBND-NC2", "Chỉ thị 12/CT-UBND"])
def test_two_level_lineage_reaches_below_the_province(sample_store, provincial):
    directive = one(sample_store, provincial)
    below = lineage.descendants(sample_store, directive.id, depth=2, relation=RelationFilter.IMPLEMENTS)
    levels = {doc.level.value for doc_id, doc in below.documents.items() if doc_id != directive.id}
    assert levels & {"department", "district"}, levels
    path = lineage.paths(sample_store, next(iter(set(below.documents) - {directive.id})), directive.id)
    assert path and path[0][-1].target == directive.id


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("26-CT/TW", "26/CT-TTg"),
        ("30/CT-TTg", "30-CT/TU"),
        ("chi-thi-12-ban-thuong-vu-tinh-uy-2018-bac-lieu", "chi-thi-12-ct-ubnd-2023-dong-nai"),
    ],
)
def test_documents_sharing_a_number_stay_apart(sample_store, first, second):
    assert one(sample_store, first).id != one(sample_store, second).id


def test_loose_mentions_across_articles_merge_into_one_node(sample_store):
    telegram = one(sample_store, "Công điện 968")
    assert telegram.date == "2023-10-16" and telegram.issuer == "Thủ tướng Chính phủ"
    assert len(telegram.sources) >= 4


def test_reingest_adds_nothing(sample_store, samples_dir):
    before = sample_store.stats()
    report = ingest_paths(sample_store, [samples_dir / "articles"])
    assert report.sources_skipped == report.sources_read > 0
    assert report.documents_added == report.edges_added == 0
    assert sample_store.stats() == before


def test_an_interrupted_ingest_leaves_whole_articles_and_can_be_rerun(tmp_path, samples_dir):
    store = open_store(tmp_path / "store")
    real_add = store.add_article
    calls = {"n": 0}

    def failing_add(article):
        calls["n"] += 1
        if calls["n"] == 4:
            raise KeyboardInterrupt  # a user pressing Ctrl-C in the middle of the batch
        return real_add(article)

    store.add_article = failing_add
    with pytest.raises(KeyboardInterrupt):
        ingest_paths(store, [samples_dir / "articles"])
    assert store.stats().sources == 3
    store.add_article = real_add
    ingest_paths(store, [samples_dir / "articles"])

    fresh = open_store(tmp_path / "fresh")
    ingest_paths(fresh, [samples_dir / "articles"])
    assert store.stats() == fresh.stats()


def test_cli_ingest_reports_a_broken_file_and_keeps_the_rest(tmp_path, samples_dir):
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "good.txt").write_text(
        (samples_dir / "articles" / "ha-tinh_cong-van-6466.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (articles / "broken.txt").write_bytes(b"\xff\xfe\x00\xd8" * 10 + b"\x00\x01\x02")
    (articles / "crawl.jsonl").write_text('{"url": "u", "text": "Căn cứ Chỉ thị 1"}\nnot json\n', encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(articles), "--store", str(tmp_path / "s"), "--json", "-q"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["sources_read"] == 2 and summary["sources_failed"] == 2
    assert any("broken.txt" in p for p in summary["problems"])
    assert any("line 2" in p for p in summary["problems"])


def test_cli_ingest_fails_when_nothing_could_be_ingested(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path / "empty.txt"), "--store", str(tmp_path / "s"), "-q"])
    assert result.exit_code == 1
    missing = runner.invoke(app, ["ingest", str(tmp_path / "nowhere"), "--store", str(tmp_path / "s"), "-q"])
    assert missing.exit_code == 1


def test_cli_main_flow(tmp_path, samples_dir):
    store = str(tmp_path / "s")
    assert runner.invoke(app, ["ingest", str(samples_dir / "articles"), "--store", store, "-q"]).exit_code == 0
    shown = runner.invoke(app, ["show", "Công điện 968/CĐ-TTg", "--store", store, "--json"])
    assert json.loads(shown.stdout)["id"] == "cong-dien-968-cd-ttg-2023"
    ancestors = runner.invoke(app, ["ancestors", "Công văn 6466/UBND-NC2", "--store", store, "--json"])
    assert "cong-dien-968-cd-ttg-2023" in ancestors.stdout
    fan = json.loads(runner.invoke(app, ["fanout", "968/CĐ-TTg", "--store", store, "--json"]).stdout)
    assert {"root", "responses", "no_response"} <= set(fan)
    assert {"province", "province_now", "document", "lag_days", "depth"} <= set(fan["responses"][0])


def test_a_signer_named_with_his_province_places_an_article_that_names_only_him(tmp_path):
    from lineage.ingest.pipeline import ingest_sources
    from lineage.ingest.sources import source_from_text

    # An invented chairman, so that only the batch itself can teach where he works; the article
    # that needs him comes first.
    unplaced = ("Chủ tịch UBND tỉnh Trịnh Văn Khải vừa ký ban hành Công văn số 7701/UBND-VP ngày 3/3/2024 "
                "về giờ làm việc. Thực hiện Công điện số 968/CĐ-TTg, các sở rà soát kỷ luật.")
    placed = ("Ngày 2/2/2024, Chủ tịch UBND tỉnh Lạng Sơn Trịnh Văn Khải ký ban hành Công văn số "
              "7600/UBND-VP về tiếp dân. UBND tỉnh Lạng Sơn giao Sở Nội vụ theo dõi.")
    with open_store(tmp_path / "store") as store:
        ingest_sources(store, [source_from_text("a", unplaced, published=date(2024, 3, 4)),
                               source_from_text("b", placed, published=date(2024, 2, 3))])
        letter = resolve_reference(store, "7701/UBND-VP")
        assert [d.province for d in letter] == ["Lạng Sơn"]


def test_cli_prints_its_version_and_help_for_every_command():
    from importlib.metadata import version

    assert runner.invoke(app, ["--version"]).stdout.strip() == f"lineage {version('directive-lineage')}"
    for command in ("demo", "ingest", "show", "ancestors", "descendants", "paths", "fanout", "evaluate",
                    "serve", "viz", "sync", "export"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "Usage" in result.stdout, command
