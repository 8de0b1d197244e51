"""The pure network step: levels, colours, edge styles, sizes, labels, tooltips and grouping."""

from __future__ import annotations

import html

import pytest

from lineage.graph.embedded import EmbeddedStore
from lineage.graph.model import (
    Document,
    Evidence,
    Level,
    LineageEdge,
    Relation,
    RelationFilter,
    Subgraph,
)
from lineage.viz import layout, style
from lineage.viz.network import lineage_network, view_from_fanout
from lineage.viz.pages import fanout_network, neighbourhood_network
from lineage.viz.sample import (
    HOSTILE_EVIDENCE,
    HOSTILE_TITLE,
    ROOT_968,
    SAMPLE_PROVINCES,
    fanout_968_articles,
    generated_fanout,
)


@pytest.fixture()
def store(tmp_path):
    with EmbeddedStore(tmp_path / "store", provinces=SAMPLE_PROVINCES) as graph:
        graph.add_articles(fanout_968_articles(hostile=True))
        yield graph


def _doc(doc_id, number, symbol, level, province=None, date="2023-10-20", title=None):
    return Document(doc_id, "Công văn", number, symbol, 2023, date, None, None, "body", level,
                    province, province, "local" if province else "central", title)


def _evidence(sentence):
    return Evidence("uri", "hash", 0, 1, "Thực hiện", sentence, "test", 0.9)


def _four_levels() -> Subgraph:
    docs = {
        "c": _doc("c", "1", "CĐ-TTg", Level.CENTRAL, date="2023-10-01"),
        "p": _doc("p", "2", "UBND-VP", Level.PROVINCIAL, "Hà Tĩnh", date="2023-10-11"),
        "d": _doc("d", "3", "SNV-VP", Level.DEPARTMENT, "Hà Tĩnh"),
        "h": _doc("h", "4", "KH-UBND", Level.DISTRICT, "Hà Tĩnh"),
        "x": _doc("x", "5", "UBND", Level.COMMUNE, "Hà Tĩnh"),
    }
    edges = [
        LineageEdge("p", "c", Relation.IMPLEMENTS, [_evidence("p carries out c")]),
        LineageEdge("d", "p", Relation.IMPLEMENTS, []),
        LineageEdge("h", "p", Relation.CITES, [_evidence("h cites p")]),
        LineageEdge("x", "h", Relation.IMPLEMENTS, []),
    ]
    return Subgraph("c", docs, {"c": 0, "p": 1, "d": 2, "h": 2, "x": 3}, edges)


def _nodes(net):
    return {node["id"]: node for node in net.nodes}


def test_rows_follow_the_issuing_body_level():
    nodes = _nodes(lineage_network(_four_levels()))
    assert {k: n["level"] for k, n in nodes.items()} == {"c": 0, "p": 1, "d": 2, "h": 2, "x": 3}


def test_colour_by_level_and_each_level_its_own_colour():
    nodes = _nodes(lineage_network(_four_levels()))
    assert nodes["c"]["color"]["background"] == style.LEVEL_COLOUR[Level.CENTRAL]
    assert nodes["x"]["color"]["background"] == style.LEVEL_COLOUR[Level.COMMUNE]
    assert len({n["color"]["background"] for n in nodes.values()}) == 5


def test_implements_is_solid_and_cites_dashed():
    edges = {(e["from"], e["to"]): e for e in lineage_network(_four_levels()).edges}
    assert edges[("p", "c")]["dashes"] is False
    assert edges[("h", "p")]["dashes"]  # a dash pattern
    assert edges[("p", "c")]["width"] > edges[("h", "p")]["width"]


def test_size_grows_with_descendants():
    nodes = _nodes(lineage_network(_four_levels()))
    # c has 4 documents below it, p 3, h 1, x none.
    assert nodes["c"]["size"] > nodes["p"]["size"] > nodes["h"]["size"] > nodes["x"]["size"]


def test_layout_is_precomputed_by_row_and_never_simulated():
    net = lineage_network(_four_levels())
    assert net.options["physics"]["enabled"] is False
    assert net.options["layout"]["hierarchical"]["enabled"] is False  # positions come with nodes
    nodes = _nodes(net)
    assert all(n["y"] == n["level"] * layout.ROW_HEIGHT for n in nodes.values())
    # p sits above the middle of its two children d and h; x sits under h.
    assert nodes["p"]["x"] == (nodes["d"]["x"] + nodes["h"]["x"]) / 2
    assert nodes["x"]["x"] == nodes["h"]["x"] and nodes["d"]["x"] != nodes["h"]["x"]


def test_no_two_nodes_of_a_row_share_a_place():
    net = lineage_network(generated_fanout(900), node_limit=1000)
    places = [(n["x"], n["y"]) for n in net.nodes]
    assert len(set(places)) == len(places) == 900


def test_labels_are_short_numbers_with_the_province_for_local_documents(store):
    nodes = _nodes(fanout_network(store, ROOT_968))
    assert nodes[ROOT_968]["label"] == "968/CĐ-TTg"
    assert nodes["chi-thi-12-ct-ubnd-2023-dong-nai"]["label"] == "12/CT-UBND\nĐồng Nai"
    assert nodes["cong-van-6466-ubnd-nc2-2023-ha-tinh"]["label"].startswith("6466/UBND-NC2")


def test_fanout_holds_root_responses_and_their_followers(store):
    net = fanout_network(store, ROOT_968)
    nodes = _nodes(net)
    assert len(nodes) == 7  # root, 4 provincial answers (one hostile), a district and a department
    assert nodes["ke-hoach-9341-kh-ubnd-2023-dong-nai"]["level"] == 2
    pairs = {(e["from"], e["to"]) for e in net.edges}
    assert ("ke-hoach-9341-kh-ubnd-2023-dong-nai", "chi-thi-12-ct-ubnd-2023-dong-nai") in pairs
    assert "Sơn La" in net.view.no_response


def test_tooltip_has_type_number_date_body_province_lag_and_evidence(store):
    title = _nodes(fanout_network(store, ROOT_968))["cong-van-983-ubnd-ncks-2024-quang-nam"]["title"]
    for part in ("Công văn", "983/UBND-NCKS", "2024-02-06", "UBND tỉnh Quảng Nam",
                 "Quảng Nam (now Đà Nẵng)", "113 days", "Quảng Nam nhắc các đơn vị"):
        assert part in title


def test_untrusted_text_is_escaped_in_tooltips(store):
    net = fanout_network(store, ROOT_968)
    hostile = _nodes(net)["cong-van-77-ubnd-vp-2023-quang-nam"]["title"]
    assert html.escape(HOSTILE_TITLE) in hostile
    assert html.escape(HOSTILE_EVIDENCE) in hostile
    every_title = " ".join(n["title"] for n in net.nodes) + " ".join(e.get("title", "") for e in net.edges)
    for raw in ("<img", "<script", "</script", "<svg", "<!--"):
        assert raw not in every_title


def test_neighbourhood_has_ancestors_and_descendants(store):
    ids = set(_nodes(neighbourhood_network(store, "cong-van-6466-ubnd-nc2-2023-ha-tinh", 2)))
    assert "nghi-dinh-30-2020-nd-cp" in ids  # cited above it
    assert ROOT_968 in ids  # carried out above it
    assert "cong-van-9520-snv-tcbc-2023-ha-tinh" in ids  # carries it out below


def test_relation_filter_drops_citations(store):
    ids = set(_nodes(neighbourhood_network(
        store, "cong-van-6466-ubnd-nc2-2023-ha-tinh", 2, RelationFilter.IMPLEMENTS)))
    assert "nghi-dinh-30-2020-nd-cp" not in ids and ROOT_968 in ids


def test_links_only_when_asked(store):
    plain = fanout_network(store, ROOT_968)
    linked = fanout_network(store, ROOT_968, link=lambda i: f"/viz/documents/{i}")
    assert not any("href" in n for n in plain.nodes)
    assert _nodes(linked)[ROOT_968]["href"] == f"/viz/documents/{ROOT_968}"


def test_no_grouping_at_or_below_the_limit():
    view = generated_fanout(300)
    net = lineage_network(view, node_limit=300)
    assert len(net.nodes) == 300 and not net.collapsed and net.notes == []


def test_grouping_above_the_limit_keeps_every_document_counted():
    view = generated_fanout(1200)
    net = lineage_network(view, node_limit=300)
    assert net.collapsed and len(net.nodes) <= 300
    groups = [n for n in net.nodes if n["id"].startswith("group:")]
    singles = [n for n in net.nodes if not n["id"].startswith("group:")]
    assert groups and sum(g["group_size"] for g in groups) + len(singles) == 1200
    assert "1200 documents" in net.notes[0] and "grouped per province and level" in net.notes[0]
    # The root and the 63 provincial answers stay themselves; lower levels are grouped.
    assert {n["level"] for n in singles} == {0, 1} and {g["level"] for g in groups} == {2, 3}
    # Every edge joins two drawn nodes.
    drawn = {n["id"] for n in net.nodes}
    assert all(e["from"] in drawn and e["to"] in drawn for e in net.edges)


def test_grouping_goes_up_to_whole_provinces_then_levels_when_needed():
    per_province = lineage_network(generated_fanout(1200), node_limit=100)
    assert "grouped per province" in per_province.notes[0] and len(per_province.nodes) <= 100
    groups = [n for n in per_province.nodes if n["id"].startswith("group:")]
    assert len(groups) == 63 and {g["level"] for g in groups} == {1}

    per_level = lineage_network(generated_fanout(1200), node_limit=20)
    assert "grouped per level only" in per_level.notes[0] and len(per_level.nodes) <= 20
    singles = [n["id"] for n in per_level.nodes if not n["id"].startswith("group:")]
    assert singles == ["root"]


def test_fanout_view_without_edges_takes_the_descendant_edges(store):
    from lineage.graph import lineage

    fan = lineage.fanout(store, ROOT_968)
    sub = lineage.descendants(store, ROOT_968)
    view = view_from_fanout(fan, sub.edges)
    assert len(view.edges) == len(sub.edges)
    assert view.lag["chi-thi-12-ct-ubnd-2023-dong-nai"] == 9
