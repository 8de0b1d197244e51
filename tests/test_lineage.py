"""graph/lineage.py beyond the backend contract: the fan-out's rules at their edges, the JSON
converters' shape, and traversal depths checked against networkx on random graphs."""

from __future__ import annotations

import tempfile

import networkx as nx
import pytest
from graph_corpora import PM, TEST_PROVINCES, article, doc, edge, source
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lineage.graph import lineage, open_store
from lineage.graph.model import Relation

ROOT_UNDATED = doc("Công điện", "1", "CĐ-TTg", None, year=2024, issuer="Thủ tướng Chính phủ", body=PM)
ROOT_DATED = doc("Công điện", "2", "CĐ-TTg", "2024-03-01", issuer="Thủ tướng Chính phủ", body=PM)
# Same lag, different provinces, and one province answering twice at different depths.
A1 = doc("Công văn", "10", "UBND-VP", "2024-03-11", province="Sơn La")
A2 = doc("Công văn", "11", "UBND-VP", "2024-03-11", province="Cà Mau")
A3 = doc("Công văn", "12", "UBND-VP", "2024-03-11", province="Sơn La")
CENTRAL_CHILD = doc("Thông báo", "3", "TB-VPCP", "2024-03-05", issuer="Văn phòng Chính phủ")


@pytest.fixture
def store(tmp_path):
    s = source("lineage-rules")
    with open_store(tmp_path / "store", provinces=TEST_PROVINCES) as graph:
        graph.add_article(article(s, [PM], [ROOT_UNDATED, ROOT_DATED, A1, A2, A3, CENTRAL_CHILD], [
            edge(s, A1, ROOT_DATED, Relation.IMPLEMENTS),
            edge(s, A2, ROOT_DATED, Relation.IMPLEMENTS),
            edge(s, CENTRAL_CHILD, ROOT_DATED, Relation.CITES),
            edge(s, A3, CENTRAL_CHILD, Relation.IMPLEMENTS),
            edge(s, A1, ROOT_UNDATED, Relation.CITES),
        ]))
        yield graph


def test_responses_sort_by_lag_then_province_then_depth(store):
    fan = lineage.fanout(store, ROOT_DATED.id)
    assert [(r.province, r.lag_days, r.depth, r.document.id) for r in fan.responses] == [
        ("Cà Mau", 10, 1, A2.id), ("Sơn La", 10, 1, A1.id), ("Sơn La", 10, 2, A3.id),
    ]
    # The central notice in between is followed but is not a provincial response.
    assert CENTRAL_CHILD.id not in {r.document.id for r in fan.responses}


def test_relation_filter_narrows_the_fanout(store):
    fan = lineage.fanout(store, ROOT_DATED.id, relation="implements")
    assert [r.document.id for r in fan.responses] == [A2.id, A1.id]


def test_undated_root_has_unknown_lags_and_the_63_list(store):
    fan = lineage.fanout(store, ROOT_UNDATED.id)
    assert [(r.document.id, r.lag_days) for r in fan.responses] == [(A1.id, None)]
    pre_2025 = [p.name for p in sorted(TEST_PROVINCES, key=lambda p: p.id) if p.kind != "post2025"]
    assert fan.no_response == [name for name in pre_2025 if name != "Sơn La"]
    assert "Huế" not in fan.no_response


def test_lag_days_needs_both_dates(store):
    root, child = store.get_document(ROOT_DATED.id), store.get_document(A1.id)
    assert lineage.lag_days(root, child) == 10
    assert lineage.lag_days(child, root) == -10
    assert lineage.lag_days(store.get_document(ROOT_UNDATED.id), child) is None


def test_converters_shape(store):
    fan = lineage.fanout_to_dict(lineage.fanout(store, ROOT_DATED.id))
    assert set(fan) == {"root", "responses", "no_response"}
    assert set(fan["responses"][0]) == {"province", "province_now", "document", "lag_days", "depth"}
    assert {"id", "doc_type", "number", "symbol", "date", "issuer"} <= set(fan["responses"][0]["document"])
    sub = lineage.subgraph_to_dict(lineage.descendants(store, ROOT_DATED.id))
    assert [d["id"] for d in sub["documents"]][0] == ROOT_DATED.id
    assert [d["depth"] for d in sub["documents"]] == sorted(d["depth"] for d in sub["documents"])
    assert set(sub["edges"][0]) == {"source", "target", "relation", "evidence"}
    assert set(sub["edges"][0]["evidence"][0]) >= {"source_uri", "source_hash", "start", "end", "sentence"}


def test_negative_depths_are_refused(store):
    with pytest.raises(ValueError, match="depth"):
        lineage.ancestors(store, A1.id, depth=-2)
    with pytest.raises(ValueError, match="max_depth"):
        lineage.paths(store, A1.id, ROOT_DATED.id, max_depth=-1)


# --- traversal depths against networkx --------------------------------------------------------

edge_lists = st.lists(
    st.tuples(st.integers(0, 11), st.integers(0, 11), st.sampled_from(list(Relation))), max_size=30
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edges=edge_lists, depth=st.integers(0, 5), root=st.integers(0, 11))
def test_depths_match_networkx_shortest_paths(edges, depth, root):
    docs = [doc("Công văn", str(i + 1), "UBND-X", "2024-01-01", province="Sơn La") for i in range(12)]
    s = source("random-graph")
    reference = nx.DiGraph()
    reference.add_nodes_from(d.id for d in docs)
    implements_only = nx.DiGraph()
    implements_only.add_nodes_from(d.id for d in docs)
    for a, b, rel in edges:
        if a != b:
            reference.add_edge(docs[a].id, docs[b].id)
            if rel is Relation.IMPLEMENTS:
                implements_only.add_edge(docs[a].id, docs[b].id)
    with tempfile.TemporaryDirectory() as tmp, open_store(tmp, provinces=TEST_PROVINCES) as graph:
        graph.add_article(article(s, [], docs, [edge(s, docs[a], docs[b], rel) for a, b, rel in edges if a != b]))
        root_id = docs[root].id
        up = lineage.ancestors(graph, root_id, depth)
        assert up.depth == nx.single_source_shortest_path_length(reference, root_id, cutoff=depth)
        down = lineage.descendants(graph, root_id, depth, relation="implements")
        assert down.depth == nx.single_source_shortest_path_length(
            implements_only.reverse(), root_id, cutoff=depth
        )
        # Every returned edge joins two returned documents and has the followed relation.
        assert all(e.source in down.depth and e.target in down.depth for e in down.edges)
        assert {e.relation for e in down.edges} <= {Relation.IMPLEMENTS}
