"""What only the embedded store has to show: it persists, survives a killed writer with whole
articles only, lets two processes write at once, and refuses paths it cannot use."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from graph_corpora import CD968, CV983_QN, TEST_PROVINCES, corpus_968

from lineage.graph import open_store
from lineage.graph.embedded import EmbeddedStore
from lineage.graph.lineage import descendants, fanout, subgraph_to_dict
from lineage.graph.store import StoreError

TESTS_DIR = Path(__file__).resolve().parent

# A writer process: article k adds documents k-0 … k-4 chained by four edges, so a store holding
# article k holds exactly those five documents and four edges, or none of them.
WRITER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {tests_dir!r})
    from graph_corpora import TEST_PROVINCES, article, doc, edge, source
    from lineage.graph.embedded import EmbeddedStore
    from lineage.graph.model import Relation

    prefix, count = sys.argv[1], int(sys.argv[2])
    store = EmbeddedStore(sys.argv[3], provinces=TEST_PROVINCES)
    for k in range(count):
        src = source(f"{{prefix}}-{{k}}")
        docs = [doc("Công văn", str(k * 10 + i), f"{{prefix}}-X", "2024-01-01", province="Sơn La")
                for i in range(5)]
        edges = [edge(src, docs[i + 1], docs[i], Relation.IMPLEMENTS) for i in range(4)]
        store.add_article(article(src, [], docs, edges))
        print(k, flush=True)
    store.close()
    """
)


def run_writer(tmp_path: Path, prefix: str, count: int, store_dir: Path) -> subprocess.Popen:
    script = tmp_path / "writer.py"
    script.write_text(WRITER.format(tests_dir=str(TESTS_DIR)), encoding="utf-8")
    return subprocess.Popen(
        [sys.executable, str(script), prefix, str(count), str(store_dir)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def test_store_persists_across_reopen(tmp_path):
    with EmbeddedStore(tmp_path / "s", provinces=TEST_PROVINCES) as store:
        store.add_articles(corpus_968())
        before = subgraph_to_dict(descendants(store, CD968))
        stats = store.stats()
    # Reopened without a province list: the stored table is used, nothing is reseeded.
    with open_store(tmp_path / "s") as again:
        assert again.stats() == stats
        assert subgraph_to_dict(descendants(again, CD968)) == before
        assert again.get_document(CV983_QN.id).province_now == "Đà Nẵng"


def test_failure_inside_the_transaction_writes_nothing(tmp_path, monkeypatch):
    store = EmbeddedStore(tmp_path / "s", provinces=TEST_PROVINCES)
    articles = corpus_968()
    store.add_articles(articles[:1])
    before = store.stats()

    def explode(*args):
        raise KeyboardInterrupt  # as if the user pressed Ctrl-C while edges were being written

    monkeypatch.setattr(store, "_merge_edge", explode)
    with pytest.raises(KeyboardInterrupt):
        store.add_article(articles[1])  # its documents were already written when edges failed
    assert store.stats() == before
    assert not store.has_source(articles[1].source.content_hash)
    monkeypatch.undo()
    assert store.add_article(articles[1]).documents_added == 2  # and it can be written later
    store.close()


def test_killed_writer_leaves_whole_articles(tmp_path):
    store_dir = tmp_path / "s"
    EmbeddedStore(store_dir, provinces=TEST_PROVINCES).close()
    writer = run_writer(tmp_path, "kill", 100_000, store_dir)
    try:
        for _ in range(50):  # let it commit a few dozen articles, then kill it mid-stream
            writer.stdout.readline()
        os.kill(writer.pid, signal.SIGKILL)
    finally:
        writer.wait()
    assert writer.returncode == -signal.SIGKILL
    with EmbeddedStore(store_dir) as store:
        stats = store.stats()
        assert stats.sources >= 50
        assert (stats.documents, stats.implements_edges) == (5 * stats.sources, 4 * stats.sources)
    db = sqlite3.connect(store_dir / "lineage.sqlite")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


def test_two_processes_write_at_once(tmp_path):
    store_dir = tmp_path / "s"
    EmbeddedStore(store_dir, provinces=TEST_PROVINCES).close()
    writers = [run_writer(tmp_path, name, 40, store_dir) for name in ("one", "two")]
    for writer in writers:
        _, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
    with EmbeddedStore(store_dir) as store:
        stats = store.stats()
    assert (stats.sources, stats.documents, stats.implements_edges) == (80, 400, 320)


def test_traversals_see_writes_from_another_process(tmp_path):
    store_dir = tmp_path / "s"
    reader = EmbeddedStore(store_dir, provinces=TEST_PROVINCES)
    articles = corpus_968()
    reader.add_articles(articles[:1])
    assert len(descendants(reader, CD968).documents) == 2  # builds the in-memory graph
    with EmbeddedStore(store_dir) as writer:  # another connection, as another process would be
        writer.add_articles(articles[1:])
    assert len(descendants(reader, CD968).documents) == 6
    reader.close()


def test_concurrent_creation_and_reopen_are_safe(tmp_path):
    # Two objects creating the same new store: the second finds the first's schema and provinces.
    first = EmbeddedStore(tmp_path / "s", provinces=TEST_PROVINCES)
    second = EmbeddedStore(tmp_path / "s", provinces=TEST_PROVINCES[:2])
    assert second.list_provinces() == first.list_provinces()
    assert len(first.list_provinces()) == len(TEST_PROVINCES)
    first.close()
    second.close()


def test_open_store_refuses_unusable_paths(tmp_path):
    a_file = tmp_path / "file"
    a_file.write_text("not a store")
    with pytest.raises(StoreError, match="is a file"):
        open_store(a_file)
    corrupt = tmp_path / "corrupt"
    corrupt.mkdir()
    (corrupt / "lineage.sqlite").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a readable lineage store"):
        open_store(corrupt)
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    db = sqlite3.connect(foreign / "lineage.sqlite")
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="not a lineage store"):
        open_store(foreign)
    with pytest.raises(StoreError, match="no store at"):
        open_store(tmp_path / "missing", create=False)
    assert not (tmp_path / "missing").exists()
    with pytest.raises(StoreError, match="unknown store URI"):
        open_store("http://localhost:7474")


def test_open_store_defaults_to_lineage_store_env(tmp_path, monkeypatch):
    monkeypatch.setenv("LINEAGE_STORE", str(tmp_path / "from-env"))
    with open_store(provinces=TEST_PROVINCES) as store:
        assert isinstance(store, EmbeddedStore)
    assert (tmp_path / "from-env" / "lineage.sqlite").is_file()
    monkeypatch.delenv("LINEAGE_STORE")
    monkeypatch.chdir(tmp_path)
    with open_store(provinces=TEST_PROVINCES):
        pass
    assert (tmp_path / "lineage-store" / "lineage.sqlite").is_file()


def test_store_usable_from_threads(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    with EmbeddedStore(tmp_path / "s", provinces=TEST_PROVINCES) as store:
        store.add_articles(corpus_968())
        expected = subgraph_to_dict(descendants(store, CD968))
        with ThreadPoolExecutor(4) as pool:
            answers = list(pool.map(lambda _: subgraph_to_dict(descendants(store, CD968)), range(20)))
    assert all(a == expected for a in answers)


def test_exported_articles_rebuild_the_same_store(tmp_path):
    with EmbeddedStore(tmp_path / "a", provinces=TEST_PROVINCES) as original:
        original.add_articles(corpus_968())
        with EmbeddedStore(tmp_path / "b", provinces=TEST_PROVINCES) as copy:
            copy.add_articles(original.export_articles())
            assert copy.content() == original.content()
            assert subgraph_to_dict(descendants(copy, CD968)) == subgraph_to_dict(descendants(original, CD968))


def test_new_store_is_seeded_with_the_shipped_province_table(tmp_path):
    with open_store(tmp_path / "s") as store:
        provinces = store.list_provinces()
        store.add_articles(corpus_968())
        fan = fanout(store, CD968)
    assert sum(p.kind != "post2025" for p in provinces) == 63
    assert sum(p.kind != "pre2025" for p in provinces) == 34
    # With the real table the 968 fan-out lists every other one of the 63 as silent.
    assert len(fan.no_response) == 60
    assert {"Đồng Nai", "Hà Tĩnh", "Quảng Nam"}.isdisjoint(fan.no_response)

