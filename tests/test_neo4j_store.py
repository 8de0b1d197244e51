"""The Neo4j backend: what can be checked without a server always runs (connection failures,
error messages, the Python half of the writes); the rest needs NEO4J_URI.

The shared answers (traversals, search, merging) are checked by tests/test_store_contract.py on
both backends; this file covers what is particular to Neo4j.
"""

from __future__ import annotations

import json
import os
import socket
from dataclasses import replace

import pytest
from graph_corpora import (
    CD968,
    CD968_DATED,
    CD968_TITLED,
    CT12_DN,
    CV6466_HT,
    DN,
    PM,
    S_DN,
    TEST_PROVINCES,
    article,
    corpus_968,
    edge,
    source,
)
from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable

from lineage.graph import neo4j_rows as rows
from lineage.graph.model import Evidence, Relation, RelationFilter
from lineage.graph.neo4j_store import Neo4jStore
from lineage.graph.store import StoreError

NEEDS_SERVER = [
    pytest.mark.neo4j,
    pytest.mark.skipif(not os.environ.get("NEO4J_URI"), reason="NEO4J_URI is not set: needs a Neo4j 5 server"),
]


def _closed_port() -> int:
    """A local port nothing listens on: bind one, note it, release it."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- without a server --------------------------------------------------------------------------


@pytest.mark.parametrize("scheme", ["bolt", "neo4j"])
def test_unreachable_server_is_a_one_line_store_error(scheme):
    uri = f"{scheme}://127.0.0.1:{_closed_port()}"
    with pytest.raises(StoreError) as raised:
        Neo4jStore(uri, "neo4j", "secret", connection_timeout=1.0, provinces=TEST_PROVINCES)
    message = str(raised.value)
    assert message.startswith(f"cannot reach Neo4j at {uri}: ")
    assert "is the server running?" in message and "\n" not in message
    assert isinstance(raised.value.__cause__, ServiceUnavailable)


def test_missing_uri_says_which_variable(monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    with pytest.raises(StoreError, match="NEO4J_URI"):
        Neo4jStore.from_env()


@pytest.mark.parametrize("uri", ["bolt://localhost:7687?policy=eu", "http2://localhost", "bolt://localhost:notaport"])
def test_unusable_uri_is_a_store_error(uri):
    with pytest.raises(StoreError, match="not a usable Neo4j URI"):
        Neo4jStore(uri, "neo4j", "secret", connection_timeout=1.0)


def test_environment_fills_what_arguments_leave_out(monkeypatch):
    uri = f"bolt://127.0.0.1:{_closed_port()}"
    monkeypatch.setenv("NEO4J_URI", uri)
    monkeypatch.setenv("NEO4J_USER", "reader")
    # The message names the URI taken from the environment.
    with pytest.raises(StoreError, match=f"cannot reach Neo4j at {uri}"):
        Neo4jStore.from_env(connection_timeout=1.0)


def _bare_store() -> Neo4jStore:
    """A store object without a connection, to exercise its error translation alone."""
    store = object.__new__(Neo4jStore)
    store.uri, store.user, store.database = "bolt://db.example:7687", "alice", "lineage"
    return store


@pytest.mark.parametrize(
    "code,expected",
    [
        ("Neo.ClientError.Security.Unauthorized", "refused user 'alice': check NEO4J_USER and NEO4J_PASSWORD"),
        ("Neo.ClientError.Database.DatabaseNotFound", "has no database 'lineage'"),
        ("Neo.ClientError.Security.Forbidden", "may not do this on Neo4j database 'lineage'"),
        ("Neo.ClientError.Statement.SyntaxError", "rejected a statement (Neo.ClientError.Statement.SyntaxError)"),
        ("Neo.DatabaseError.General.UnknownError", "Neo4j failed"),
    ],
)
def test_server_errors_become_one_line_store_errors(code, expected):
    # The driver builds these from the server's FAILURE message; build one the same way.
    error = Neo4jError._hydrate_neo4j(code=code, message="first line\nsecond line")
    with pytest.raises(StoreError) as raised, _bare_store()._errors():
        raise error
    assert expected in str(raised.value)
    assert "\n" not in str(raised.value)
    assert raised.value.__cause__ is error


def test_auth_error_class_is_recognised():
    error = Neo4jError._hydrate_neo4j(code="Neo.ClientError.Security.Unauthorized", message="bad")
    assert isinstance(error, AuthError)  # the driver maps the code to this class


# --- the Python half of a write (neo4j_rows) ------------------------------------------------------


def test_evidence_json_round_trips_and_hides_semicolons():
    ev = Evidence("a.txt", "h1", 3, 9, "Thực hiện", "Căn cứ A; thực hiện B; và C", "v1", 0.75)
    text = rows.evidence_json(ev)
    assert ";" not in text  # survives the ;-delimited arrays of neo4j-admin import
    assert rows.evidence_from_json(text) == ev
    assert json.loads(text)["sentence"] == ev.sentence


def test_plan_merges_documents_in_article_order():
    # The store knows 968 with its date; the article brings it with a title, twice.
    stored = {CD968: rows.document_props(vars(CD968_DATED))}
    art = article(source("plan"), [PM], [CD968_TITLED, CD968_TITLED, CT12_DN], [])
    plan = rows.ArticlePlan(art, stored, {})
    assert plan.documents_added == 1  # CT12
    assert plan.documents_updated == 1  # the title fills a gap once; the repeat fills nothing
    merged = {r["id"]: r for r in plan.document_rows}
    assert merged[CD968]["date"] == "2023-10-16" and merged[CD968]["title"] == CD968_TITLED.title
    assert "chấn chỉnh" in merged[CD968]["search_text"]
    assert merged[CD968]["number_key"] == "968"


def test_plan_keeps_one_evidence_entry_per_source_and_edge():
    src = source("plan-edges")
    twice = [edge(src, CT12_DN, CD968_DATED, Relation.IMPLEMENTS, 10), edge(src, CT12_DN, CD968_DATED, Relation.IMPLEMENTS, 99)]
    other = edge(source("other"), CT12_DN, CD968_DATED, Relation.IMPLEMENTS, 5)
    cites = edge(src, CT12_DN, CD968_DATED, Relation.CITES, 50)
    plan = rows.ArticlePlan(article(src, [], [CD968_DATED, CT12_DN], [*twice, other, cites]), {}, {})
    [implements] = plan.edge_rows["IMPLEMENTS"]
    assert [e["hash"] for e in implements["evidence"]] == [src.content_hash, other.evidence.source_hash]
    assert rows.evidence_from_json(implements["evidence"][0]["json"]).start == 10  # the first one wins
    assert len(plan.edge_rows["CITES"]) == 1


def test_plan_lists_documents_the_article_only_refers_to():
    src = source("plan-outside")
    art = article(src, [], [CT12_DN], [edge(src, CT12_DN, CD968_DATED, Relation.IMPLEMENTS)], mentioned=["x-1"])
    plan = rows.ArticlePlan(art, {}, {})
    assert plan.outside_ids == ["x-1", CD968]
    assert plan.mentioned == [CT12_DN.id, "x-1"]


def test_plan_fills_a_body_province_only_when_unknown():
    stored = {DN.id: {**rows.body_props(DN), "province": None, "province_key": None}}
    plan = rows.ArticlePlan(article(source("b"), [DN, PM], [], []), {}, stored)
    assert plan.bodies_added == 1  # PM is new, DN is known
    assert {r["id"]: r["province"] for r in plan.body_rows} == {DN.id: "Đồng Nai", PM.id: None}


# --- against a server ----------------------------------------------------------------------------


@pytest.fixture
def neo4j_store():
    store = Neo4jStore.from_env(provinces=TEST_PROVINCES)
    store.clear()
    try:
        yield store
    finally:
        store.clear()
        store.close()


def _server(fn):
    """Mark a test as needing the server at NEO4J_URI (skipped, with the reason, without one)."""
    for mark in NEEDS_SERVER:
        fn = mark(fn)
    return fn


@_server
def test_schema_is_created_once_and_reopening_is_harmless(neo4j_store):
    again = Neo4jStore.from_env(provinces=TEST_PROVINCES)
    try:
        records, _, _ = again._driver.execute_query("SHOW CONSTRAINTS YIELD name RETURN name", database_=again.database)
        names = {r["name"] for r in records}
        assert {"lineage_document_id", "lineage_body_id", "lineage_province_id", "lineage_source_hash"} <= names
        assert again.stats().provinces == len(TEST_PROVINCES)  # not seeded twice
    finally:
        again.close()


@_server
def test_batched_writes_equal_one_by_one_writes(neo4j_store):
    one_by_one = [neo4j_store.add_article(a) for a in corpus_968()]
    stats = neo4j_store.stats()
    neo4j_store.clear()
    neo4j_store.batch_size = 3
    assert neo4j_store.add_articles(corpus_968()) == one_by_one
    assert neo4j_store.stats() == stats
    assert all(r.skipped for r in neo4j_store.add_articles(corpus_968()))
    assert neo4j_store.stats() == stats


@_server
def test_a_bad_article_in_a_batch_keeps_the_ones_before_it(neo4j_store):
    bad_src = source("bad-in-batch")
    bad = article(bad_src, [], [CV6466_HT], [edge(bad_src, CV6466_HT, replace(CD968_DATED, id="nowhere"), Relation.CITES)])
    good = corpus_968()[:2]
    neo4j_store.batch_size = 10
    with pytest.raises(StoreError, match="nowhere"):
        neo4j_store.add_articles([*good, bad, corpus_968()[2]])
    assert neo4j_store.has_source(good[1].source.content_hash)
    assert not neo4j_store.has_source(bad_src.content_hash)
    assert not neo4j_store.has_source(corpus_968()[2].source.content_hash)


@_server
def test_evidence_is_stored_as_parallel_lists(neo4j_store):
    neo4j_store.add_articles(corpus_968())
    records, _, _ = neo4j_store._driver.execute_query(
        "MATCH (:Document {id: $a})-[r:IMPLEMENTS]->(:Document {id: $b}) RETURN r.evidence_hashes AS h, r.evidence AS e",
        {"a": CV6466_HT.id, "b": CD968}, database_=neo4j_store.database,
    )
    [record] = records
    assert len(record["h"]) == len(set(record["h"])) == len(record["e"]) == 2
    assert [rows.evidence_from_json(e).source_hash for e in record["e"]] == record["h"]


@_server
def test_depth_beyond_the_bound_is_refused(neo4j_store):
    neo4j_store.add_articles(corpus_968()[:1])
    with pytest.raises(StoreError, match="depth"):
        neo4j_store.descendants(CD968, 1000, RelationFilter.ALL)
    assert neo4j_store.descendants(CD968, 0, RelationFilter.ALL).depth == {CD968: 0}


@_server
def test_wrong_password_is_a_store_error():
    with pytest.raises(StoreError, match="refused user"):
        Neo4jStore(None, password="certainly-not-the-password", provinces=TEST_PROVINCES)


@_server
def test_missing_database_is_a_store_error():
    with pytest.raises(StoreError, match="no database 'no-such-lineage-db'"):
        Neo4jStore(None, database="no-such-lineage-db", provinces=TEST_PROVINCES)


@_server
def test_sync_round_trip_through_neo4j(neo4j_store, tmp_path):
    from lineage.graph.embedded import EmbeddedStore
    from lineage.graph.transfer import read_content, sync

    with EmbeddedStore(tmp_path / "a", provinces=TEST_PROVINCES) as a, EmbeddedStore(tmp_path / "b", provinces=TEST_PROVINCES) as b:
        a.add_articles(corpus_968())
        sync(a, neo4j_store)
        sync(neo4j_store, b)
        assert read_content(neo4j_store) == read_content(a) == read_content(b)
        assert S_DN.content_hash in {s.content_hash for s, _ in read_content(b).sources}


# --- the statements get exactly the parameters they name (a recording transaction) ------------------


class _Result:
    def __init__(self, records: list[dict], counters: dict | None = None) -> None:
        self._records, self._counters = records, counters or {}

    def __iter__(self):
        return iter(self._records)

    def single(self):
        return self._records[0] if self._records else None

    def consume(self):
        counters = {"nodes_created": 0, "relationships_created": 0, **self._counters}
        return type("Summary", (), {"counters": type("Counters", (), counters)})


class _RecordingTx:
    """Stands in for a managed transaction: checks each statement's $parameters against the
    values passed, and answers as an empty database would."""

    def __init__(self) -> None:
        self.statements: list[str] = []

    def run(self, query, parameters=None, **kwparameters):
        import re

        params = {**(parameters or {}), **kwparameters}
        named = set(re.findall(r"\$(\w+)", query))
        assert named == set(params), f"statement names {sorted(named)}, got {sorted(params)}:\n{query}"
        assert "{depth}" not in query
        self.statements.append(query)
        from lineage.graph import neo4j_cypher as q

        if query == q.SOURCE_EXISTS:
            return _Result([{"n": 0}])
        if query == q.EXISTING_IDS:
            return _Result([{"id": i} for i in params["ids"]])
        if query == q.DOCUMENTS_BY_ID:
            return _Result([{"doc": {"id": i, "doc_type": "Công điện"}, "body": None, "sources": []} for i in params["ids"]])
        if query in q.MERGE_EDGES.values():
            return _Result([{"matched": len(params["rows"]), "evidence_added": 1}], {"relationships_created": 1})
        if "RETURN count(" in query and "AS n" in query:
            return _Result([{"n": 0}])
        if query == q.MERGE_DOCUMENTS:
            return _Result([], {"nodes_created": len(params["rows"])})
        return _Result([])


def test_every_write_statement_gets_the_parameters_it_names():
    from lineage.graph.neo4j_store import _write_articles

    tx = _RecordingTx()
    results = _write_articles(tx, corpus_968())
    assert len(results) == len(corpus_968()) and not any(r.skipped for r in results)
    from lineage.graph import neo4j_cypher as q

    ran = set(tx.statements)
    assert {q.SOURCE_EXISTS, q.MERGE_BODIES, q.MERGE_DOCUMENTS, q.CREATE_SOURCE, *q.MERGE_EDGES.values()} <= ran


def test_every_read_statement_gets_the_parameters_it_names():
    from lineage.graph.store import DocumentKey, DocumentQuery

    tx = _RecordingTx()
    store = _bare_store()
    store._province_now = {"bình phước": "Đồng Nai"}
    store._read_tx = lambda work, *args: work(tx, *args)
    store._read_all = lambda query, **params: list(tx.run(query, params))
    store.search_documents(DocumentQuery(text="968", province="Đồng Nai", date_from="2023-01-01", after="a"))
    store.search_documents(DocumentQuery())
    store.find_by_key(DocumentKey(doc_type="Công điện", number="0968"))
    store.ancestors(CD968, 3, RelationFilter.IMPLEMENTS)
    store.descendants(CD968, 2, RelationFilter.ALL)
    store.paths(CT12_DN.id, CD968, 4, RelationFilter.ALL, limit=5)
    store.stats(), store.list_bodies(), store.list_provinces(), store.get_body("x"), store.has_source("h")
    store.content()
    assert len(set(tx.statements)) >= 15
