"""sync between stores and export to GraphML / neo4j-admin CSV, on embedded stores (offline)."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from graph_corpora import CD968, CV45_QS, TEST_PROVINCES, corpus_968
from typer.testing import CliRunner

from lineage.cli.main import app
from lineage.graph import lineage
from lineage.graph.embedded import EmbeddedStore
from lineage.graph.model import RelationFilter
from lineage.graph.store import DocumentQuery, StoreError
from lineage.graph.transfer import articles_from_content, export, read_content, sync


@pytest.fixture
def filled(tmp_path):
    with EmbeddedStore(tmp_path / "filled", provinces=TEST_PROVINCES) as store:
        store.add_articles(corpus_968())
        yield store


@pytest.fixture
def empty(tmp_path):
    with EmbeddedStore(tmp_path / "empty", provinces=TEST_PROVINCES) as store:
        yield store


def _answers(store) -> dict:
    return {
        "descendants": lineage.subgraph_to_dict(store.descendants(CD968, 5, RelationFilter.ALL)),
        "ancestors": lineage.subgraph_to_dict(store.ancestors(CV45_QS.id, 5, RelationFilter.ALL)),
        "documents": [lineage.document_to_dict(d) for d in store.search_documents(DocumentQuery(limit=100))],
        "bodies": store.list_bodies(),
        "stats": store.stats(),
    }


# --- sync --------------------------------------------------------------------------------------


def test_sync_copies_everything(filled, empty):
    result = sync(filled, empty)
    assert (result.articles, result.written, result.skipped) == (len(corpus_968()), len(corpus_968()), 0)
    assert read_content(empty) == read_content(filled)
    assert _answers(empty) == _answers(filled)


def test_sync_again_adds_nothing(filled, empty):
    sync(filled, empty)
    before = read_content(empty)
    result = sync(filled, empty)
    assert result.written == 0 and result.skipped == len(corpus_968())
    assert read_content(empty) == before


def test_sync_completes_a_store_that_has_part_of_the_corpus(filled, empty):
    empty.add_articles(corpus_968()[:4])
    result = sync(filled, empty)
    assert (result.written, result.skipped) == (len(corpus_968()) - 4, 4)
    assert read_content(empty) == read_content(filled)


def test_replayed_articles_carry_each_evidence_entry_once(filled):
    content = read_content(filled)
    entries = Counter((e.source, e.target, e.relation, ev.source_hash) for e in content.edges for ev in e.evidence)
    replayed = Counter(
        (e.source, e.target, e.relation, e.evidence.source_hash)
        for a in articles_from_content(content) for e in a.edges
    )
    assert replayed == entries
    assert all(e.evidence.source_hash == a.source.content_hash for a in articles_from_content(content) for e in a.edges)


# --- export: CSV for neo4j-admin database import -------------------------------------------------

# The header grammar the import tool reads: name:ID(space), :LABEL, :START_ID(space), :END_ID(space),
# :TYPE, or a property `name` / `name:type` / `name:type[]`.
HEADER_FIELD = re.compile(
    r"^(?:(?P<idname>\w+)?:ID\((?P<space>\w+)\)|:LABEL|:START_ID\((?P<start>\w+)\)|:END_ID\((?P<end>\w+)\)|:TYPE"
    r"|(?P<prop>\w+)(?::(?P<type>int|long|float|double|boolean|string|date|datetime)(?P<array>\[\])?)?)$"
)


def _read(path: Path) -> tuple[list[str], list[list[str]]]:
    with path.open(encoding="utf-8", newline="") as f:
        header, *body = list(csv.reader(f))
    return header, body


def test_csv_headers_follow_the_import_tool_format(filled, tmp_path):
    paths = export(filled, tmp_path / "csv", "csv")
    id_columns: dict[str, dict[str, int]] = {}  # ID space -> ids
    relationship_files = []
    for path in paths:
        header, body = _read(path)
        matches = [HEADER_FIELD.match(h) for h in header]
        assert all(matches), (path.name, header)
        assert all(len(row) == len(header) for row in body), path.name
        spaces = [m["space"] for m in matches if m["space"]]
        if spaces:  # a node file: one ID column, a label column
            assert len(spaces) == 1 and ":LABEL" in header, path.name
            column = next(i for i, m in enumerate(matches) if m["space"])
            ids = [row[column] for row in body]
            assert len(ids) == len(set(ids)), f"duplicate ids in {path.name}"
            id_columns.setdefault(spaces[0], {}).update(dict.fromkeys(ids, 0))
        else:  # a relationship file: start, end, type
            assert [m["start"] for m in matches if m["start"]] and [m["end"] for m in matches if m["end"]], path.name
            assert ":TYPE" in header, path.name
            relationship_files.append((path, header, body, matches))
    assert set(id_columns) == {"Document", "Body", "Province", "Source"}
    for path, header, body, matches in relationship_files:
        start = next(i for i, m in enumerate(matches) if m["start"])
        end = next(i for i, m in enumerate(matches) if m["end"])
        for row in body:  # every relationship joins nodes the node files define
            assert row[start] in id_columns[matches[start]["start"]], (path.name, row[start])
            assert row[end] in id_columns[matches[end]["end"]], (path.name, row[end])


def test_csv_holds_the_whole_graph(filled, tmp_path):
    export(filled, tmp_path / "csv", "csv")
    content = read_content(filled)
    _, documents = _read(tmp_path / "csv" / "documents.csv")
    assert sorted(r[0] for r in documents) == sorted(d.id for d in content.documents)
    header, lineage_rows = _read(tmp_path / "csv" / "lineage.csv")
    assert header == [":START_ID(Document)", ":END_ID(Document)", ":TYPE", "evidence_hashes:string[]", "evidence:string[]"]
    assert Counter(r[2] for r in lineage_rows) == Counter(e.relation.value for e in content.edges)
    for row in lineage_rows:
        hashes, entries = row[3].split(";"), row[4].split(";")  # the import tool's array delimiter
        assert len(hashes) == len(entries) >= 1
        assert [json.loads(e)["source_hash"] for e in entries] == hashes
    _, mentions = _read(tmp_path / "csv" / "mentions.csv")
    assert len(mentions) == sum(len(m) for _, m in content.sources)
    _, merged = _read(tmp_path / "csv" / "merged_into.csv")
    assert ["quang-nam", "da-nang", "MERGED_INTO"] in merged and not any(r[0] == r[1] for r in merged)


# --- export: GraphML ------------------------------------------------------------------------------


def test_graphml_reads_back_with_every_node_and_edge(filled, tmp_path):
    [path] = export(filled, tmp_path / "g", "graphml")
    graph = nx.read_graphml(path)
    content = read_content(filled)
    labels = Counter(label for _, label in graph.nodes(data="label"))
    assert labels == {
        "Document": len(content.documents), "Body": len(content.bodies),
        "Province": len(content.provinces), "Source": len(content.sources),
    }
    lineage_edges = [(u, v, d) for u, v, d in graph.edges(data=True) if d["type"] in ("IMPLEMENTS", "CITES")]
    assert len(lineage_edges) == len(content.edges)
    u, v, data = next(e for e in lineage_edges if e[0] == f"Document:{CV45_QS.id}")
    assert json.loads(data["evidence"])[0]["source_hash"]
    assert graph.nodes[f"Document:{CD968}"]["date"] == "2023-10-16"


def test_unknown_format_is_refused(filled, tmp_path):
    with pytest.raises(StoreError, match="unknown export format"):
        export(filled, tmp_path / "x", "xml")
    assert not (tmp_path / "x").exists()


# --- the commands ---------------------------------------------------------------------------------


def test_sync_and_export_commands(filled, tmp_path):
    runner = CliRunner()
    copy = tmp_path / "copy"
    first = runner.invoke(app, ["sync", "--from", str(filled.directory), "--to", str(copy)])
    assert first.exit_code == 0, first.output
    assert f"{len(corpus_968())} sources copied, 0 already there" in first.output
    again = runner.invoke(app, ["sync", "--from", str(filled.directory), "--to", str(copy)])
    assert f"0 sources copied, {len(corpus_968())} already there" in again.output
    out = runner.invoke(app, ["export", "--store", str(copy), "--format", "csv", "-o", str(tmp_path / "csv")])
    assert out.exit_code == 0 and (tmp_path / "csv" / "lineage.csv").exists()


def test_commands_fail_in_one_line_on_a_missing_store(tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["sync", "--from", str(tmp_path / "nope"), "--to", str(tmp_path / "b")])
    assert result.exit_code == 1
    assert "error: no store at" in result.output
    assert not (tmp_path / "b").exists() and not (tmp_path / "nope").exists()
