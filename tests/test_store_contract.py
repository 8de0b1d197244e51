"""The contract every graph backend keeps: one suite, run on each backend (`store` and
`corpus_store` fixtures in conftest.py: embedded always, Neo4j when NEO4J_URI is set).

Expected answers are worked out by hand from tests/graph_corpora.py, whose docstring describes
the corpus; comparing through the JSON converters makes "the same answer" mean the same plain data.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import replace

import pytest
from graph_corpora import (
    CD968,
    CD99_2025,
    CT12_BL,
    CT12_DN,
    CT26_TTG,
    CT26_TW,
    CV45_QS,
    CV983_QN,
    CV1273_SL,
    CV5_HUE,
    CV6466_HT,
    CV8_BP,
    DIAMOND_BOTTOM,
    DIAMOND_LEFT,
    DIAMOND_RIGHT,
    DIAMOND_TOP,
    KH7_SNV,
    KH50_SL,
    S_DN,
    S_HT,
    S_HT_REPORT,
    S_QN,
    S_QS,
    S_SNV,
    TEST_PROVINCES,
    article,
    corpus_968,
    edge,
    source,
)

from lineage.graph import lineage
from lineage.graph.model import Relation, RelationFilter, WriteResult
from lineage.graph.store import MAX_SEARCH_LIMIT, DocumentKey, DocumentNotFound, DocumentQuery, StoreError

ALL, IMPLEMENTS, CITES = RelationFilter.ALL, RelationFilter.IMPLEMENTS, RelationFilter.CITES


def ids(docs) -> list[str]:
    return [d.id for d in docs]


def depths(sub) -> dict[str, int]:
    return dict(sub.depth)


def triples(sub) -> list[tuple[str, str, str]]:
    return [(e.source, e.target, e.relation.value) for e in sub.edges]


# --- writing -----------------------------------------------------------------------------------


def test_ingest_counts_what_each_article_adds(store):
    results = store.add_articles(corpus_968())
    dong_nai, ha_tinh, second_site = results[:3]
    assert dong_nai == WriteResult(False, documents_added=3, bodies_added=2, edges_added=2, evidence_added=2)
    # Hà Tĩnh's article adds two documents, gives 968 its title, and states one edge twice.
    assert ha_tinh == WriteResult(False, documents_added=2, documents_updated=1, bodies_added=1,
                                  edges_added=2, evidence_added=2)
    # The second site adds nothing new but a CITES edge and one evidence entry per edge.
    assert second_site == WriteResult(False, edges_added=1, evidence_added=2)


def test_reingest_adds_nothing(store):
    store.add_articles(corpus_968())
    before = store.stats()
    again = store.add_articles(corpus_968())
    assert all(r == WriteResult(skipped=True) for r in again)
    assert store.stats() == before
    assert store.has_source(S_DN.content_hash)
    assert not store.has_source("0" * 64)


def test_stats_count_the_corpus(corpus_store):
    stats = corpus_store.stats()
    assert (stats.documents, stats.bodies, stats.sources) == (18, 7, 10)
    assert (stats.implements_edges, stats.cites_edges) == (10, 6)
    assert stats.provinces == len(TEST_PROVINCES)


def test_fields_merge_filling_gaps_only(store):
    store.add_articles(corpus_968())
    telegram = store.get_document(CD968)
    # The date came from Đồng Nai's article, the title from Hà Tĩnh's; neither overwrote the other.
    assert telegram.date == "2023-10-16"
    assert telegram.title == "chấn chỉnh kỷ luật, kỷ cương hành chính"
    # A later article with another date for a known document does not change it.
    late = source("late-conflicting-date")
    store.add_article(article(late, [], [replace(CT12_DN, date="2023-12-31", title="mới")], []))
    merged = store.get_document(CT12_DN.id)
    assert merged.date == "2023-10-25"
    assert merged.title == "mới"


def test_documents_list_the_sources_that_mention_them(corpus_store):
    assert corpus_store.get_document(CD968).sources == sorted([S_DN.uri, S_HT.uri, S_HT_REPORT.uri, S_QN.uri])
    # 983 is named by its own article and, through `mentioned`, by the district's.
    assert corpus_store.get_document(CV983_QN.id).sources == sorted([S_QN.uri, S_QS.uri])
    assert corpus_store.get_document(CT12_DN.id).sources == sorted([S_DN.uri, S_SNV.uri])


def test_evidence_grows_once_per_source(corpus_store):
    sub = lineage.descendants(corpus_store, CD968, depth=1, relation=IMPLEMENTS)
    [implements] = [e for e in sub.edges if e.source == CV6466_HT.id]
    assert sorted(ev.source_hash for ev in implements.evidence) == sorted([S_HT.content_hash, S_HT_REPORT.content_hash])
    first = next(ev for ev in implements.evidence if ev.source_hash == S_HT.content_hash)
    assert (first.start, first.trigger) == (12, "triển khai")  # the first statement, not the repeat


def test_bad_article_is_refused_whole(store):
    store.add_articles(corpus_968()[:1])
    before = store.stats()
    broken_src = source("broken")
    broken = article(broken_src, [], [CV6466_HT], [edge(broken_src, CV6466_HT, CD99_2025, Relation.IMPLEMENTS)])
    with pytest.raises(StoreError, match="cong-dien-99"):
        store.add_article(broken)
    assert store.stats() == before
    assert store.get_document(CV6466_HT.id) is None
    assert not store.has_source(broken_src.content_hash)


def test_same_number_different_symbol_stay_apart(corpus_store):
    assert ids(corpus_store.find_by_key(DocumentKey(doc_type="Chỉ thị", number="26"))) == sorted([CT26_TW.id, CT26_TTG.id])
    assert ids(corpus_store.find_by_key(DocumentKey(number="26", symbol="ct/tw"))) == [CT26_TW.id]
    twelves = corpus_store.find_by_key(DocumentKey(doc_type="chỉ thị", number="012"))
    assert ids(twelves) == sorted([CT12_DN.id, CT12_BL.id])
    assert ids(corpus_store.find_by_key(DocumentKey(number="12", province="Bạc Liêu"))) == [CT12_BL.id]
    assert corpus_store.find_by_key(DocumentKey(number="12", year=2020)) == []


def test_document_fields_come_back_whole(corpus_store):
    doc = corpus_store.get_document(CT12_DN.id)
    as_dict = lineage.document_to_dict(doc)
    assert as_dict["body_name"] == "UBND tỉnh Đồng Nai"
    assert as_dict["level"] == "provincial"
    assert as_dict["province_now"] == "Đồng Nai"
    assert as_dict["label"] == "Chỉ thị 12/CT-UBND"
    assert corpus_store.get_document(CV983_QN.id).province_now == "Đà Nẵng"
    assert corpus_store.get_document(CT26_TW.id).body_name is None  # its body was never ingested
    assert corpus_store.get_document("no-such-document") is None


def test_bodies_and_provinces(corpus_store):
    bodies = corpus_store.list_bodies()
    assert ids(bodies) == sorted(ids(bodies)) and len(bodies) == 7
    district = corpus_store.get_body("ubnd-huyen-que-son-quang-nam")
    assert (district.level.value, district.province) == ("district", "Quảng Nam")
    assert corpus_store.get_body("nobody") is None
    assert corpus_store.list_provinces() == sorted(TEST_PROVINCES, key=lambda p: p.id)


# --- traversals --------------------------------------------------------------------------------


def test_descendants_of_968(corpus_store):
    sub = lineage.descendants(corpus_store, CD968, depth=3)
    assert depths(sub) == {CD968: 0, CT12_DN.id: 1, CV6466_HT.id: 1, CV983_QN.id: 1, CV45_QS.id: 2, KH7_SNV.id: 2}
    assert triples(sub) == sorted([
        (CT12_DN.id, CD968, "IMPLEMENTS"), (CV6466_HT.id, CD968, "CITES"),
        (CV6466_HT.id, CD968, "IMPLEMENTS"), (CV983_QN.id, CD968, "IMPLEMENTS"),
        (CV45_QS.id, CV983_QN.id, "IMPLEMENTS"), (KH7_SNV.id, CT12_DN.id, "IMPLEMENTS"),
    ])
    assert set(sub.documents) == set(sub.depth)


def test_depth_and_relation_limit_traversals(corpus_store):
    assert set(lineage.descendants(corpus_store, CD968, depth=1).depth) == {CD968, CT12_DN.id, CV6466_HT.id, CV983_QN.id}
    assert depths(lineage.descendants(corpus_store, CD968, depth=0)) == {CD968: 0}
    cites = lineage.descendants(corpus_store, CD968, depth=3, relation=CITES)
    assert depths(cites) == {CD968: 0, CV6466_HT.id: 1}
    assert triples(cites) == [(CV6466_HT.id, CD968, "CITES")]
    with pytest.raises(ValueError):
        lineage.descendants(corpus_store, CD968, depth=-1)


def test_ancestors(corpus_store):
    sub = lineage.ancestors(corpus_store, KH7_SNV.id, depth=3)
    assert depths(sub) == {KH7_SNV.id: 0, CT12_DN.id: 1, CD968: 2, CT26_TW.id: 2}
    assert triples(sub) == sorted([
        (KH7_SNV.id, CT12_DN.id, "IMPLEMENTS"), (CT12_DN.id, CD968, "IMPLEMENTS"),
        (CT12_DN.id, CT26_TW.id, "CITES"),
    ])
    assert set(lineage.ancestors(corpus_store, KH7_SNV.id, relation=IMPLEMENTS).depth) == {KH7_SNV.id, CT12_DN.id, CD968}
    assert depths(lineage.ancestors(corpus_store, CV6466_HT.id, relation=CITES)) == {CV6466_HT.id: 0, CT26_TTG.id: 1, CD968: 1}


def test_cycles_terminate(corpus_store):
    for query in (lineage.ancestors, lineage.descendants):
        sub = query(corpus_store, CV1273_SL.id, depth=10)
        assert depths(sub) == {CV1273_SL.id: 0, KH50_SL.id: 1}
        assert triples(sub) == sorted([(CV1273_SL.id, KH50_SL.id, "CITES"), (KH50_SL.id, CV1273_SL.id, "CITES")])
    assert [[e.target for e in p] for p in lineage.paths(corpus_store, CV1273_SL.id, KH50_SL.id)] == [[KH50_SL.id]]


def test_paths_through_a_diamond(corpus_store):
    found = lineage.paths(corpus_store, DIAMOND_BOTTOM.id, DIAMOND_TOP.id)
    assert [[(e.source, e.target, e.relation.value) for e in p] for p in found] == [
        [(DIAMOND_BOTTOM.id, DIAMOND_LEFT.id, "IMPLEMENTS"), (DIAMOND_LEFT.id, DIAMOND_TOP.id, "IMPLEMENTS")],
        [(DIAMOND_BOTTOM.id, DIAMOND_RIGHT.id, "CITES"), (DIAMOND_RIGHT.id, DIAMOND_TOP.id, "IMPLEMENTS")],
    ]
    assert len(lineage.paths(corpus_store, DIAMOND_BOTTOM.id, DIAMOND_TOP.id, relation=IMPLEMENTS)) == 1
    assert lineage.paths(corpus_store, DIAMOND_BOTTOM.id, DIAMOND_TOP.id, max_depth=1) == []
    assert lineage.paths(corpus_store, DIAMOND_TOP.id, DIAMOND_BOTTOM.id) == []  # older to newer


def test_paths_order_and_limit(corpus_store):
    # Two relations between one pair are two one-hop paths, CITES before IMPLEMENTS.
    both = lineage.paths(corpus_store, CV6466_HT.id, CD968)
    assert [p[0].relation.value for p in both] == ["CITES", "IMPLEMENTS"]
    assert len(both[1][0].evidence) == 2
    assert lineage.paths(corpus_store, CV6466_HT.id, CD968, limit=1) == both[:1]
    two_hops = lineage.paths(corpus_store, CV45_QS.id, CD968)
    assert [[e.target for e in p] for p in two_hops] == [[CV983_QN.id, CD968]]


def test_unknown_ids_raise_document_not_found(corpus_store):
    for call in (
        lambda: lineage.descendants(corpus_store, "nope"),
        lambda: lineage.ancestors(corpus_store, "nope"),
        lambda: lineage.fanout(corpus_store, "nope"),
        lambda: lineage.paths(corpus_store, CD968, "nope"),
    ):
        with pytest.raises(DocumentNotFound, match="nope"):
            call()


# --- fan-out -----------------------------------------------------------------------------------


def test_fanout_of_968(corpus_store):
    fan = lineage.fanout_to_dict(lineage.fanout(corpus_store, CD968))
    assert fan["root"]["id"] == CD968
    rows = [(r["province"], r["province_now"], r["document"]["id"], r["lag_days"], r["depth"]) for r in fan["responses"]]
    assert rows == [
        ("Đồng Nai", "Đồng Nai", CT12_DN.id, 9, 1),
        ("Hà Tĩnh", "Hà Tĩnh", CV6466_HT.id, 30, 1),
        ("Quảng Nam", "Đà Nẵng", CV983_QN.id, 113, 1),
        ("Quảng Nam", "Đà Nẵng", CV45_QS.id, 127, 2),
        ("Đồng Nai", "Đồng Nai", KH7_SNV.id, None, 2),  # undated: last
    ]
    document = fan["responses"][0]["document"]
    assert {"id", "doc_type", "number", "symbol", "date", "issuer"} <= set(document)
    assert (document["number"], document["symbol"], document["issuer"]) == ("12", "CT-UBND", "UBND tỉnh")
    # Before the merger the 63 provinces count; of this slice, three answered.
    assert fan["no_response"] == ["Bạc Liêu", "Bình Phước", "Cà Mau", "Đà Nẵng", "Sơn La", "Thừa Thiên Huế"]


def test_fanout_depth_limits_responses(corpus_store):
    fan = lineage.fanout(corpus_store, CD968, depth=1)
    assert [r.document.id for r in fan.responses] == [CT12_DN.id, CV6466_HT.id, CV983_QN.id]


def test_fanout_after_the_merger_counts_the_new_units(corpus_store):
    fan = lineage.fanout_to_dict(lineage.fanout(corpus_store, CD99_2025.id))
    rows = [(r["province"], r["province_now"], r["lag_days"]) for r in fan["responses"]]
    assert rows == [("Huế", "Huế", 3), ("Bình Phước", "Đồng Nai", 10)]
    # Bình Phước's answer counts for Đồng Nai, the unit it belongs to since July 2025.
    assert fan["no_response"] == ["Cà Mau", "Đà Nẵng", "Hà Tĩnh", "Sơn La"]


# --- search ------------------------------------------------------------------------------------


def search(store, **fields):
    return ids(store.search_documents(DocumentQuery(**fields)))


def test_search_text_is_folded(corpus_store):
    assert search(corpus_store, text="968") == [CD968]
    assert search(corpus_store, text="CĐ-TTG") == sorted([CD968, CD99_2025.id])
    assert search(corpus_store, text="968/cđ-ttg") == [CD968]  # the number as printed
    assert search(corpus_store, text=unicodedata.normalize("NFD", "KỶ LUẬT")) == [CD968]  # title
    assert search(corpus_store, text="kỉ luật") == []  # folding is not spelling correction


def test_search_filters(corpus_store):
    assert search(corpus_store, doc_type="công văn") == sorted(
        [CV6466_HT.id, CV983_QN.id, CV45_QS.id, CV1273_SL.id, CV5_HUE.id, CV8_BP.id])
    assert search(corpus_store, issuer="ubnd huyện") == [CV45_QS.id]
    assert search(corpus_store, province="Quảng Nam") == sorted([CV983_QN.id, CV45_QS.id])
    # A 2025 unit matches the documents of every old province merged into it.
    assert search(corpus_store, province="Đà Nẵng") == sorted([CV983_QN.id, CV45_QS.id])
    assert search(corpus_store, province="đồng nai") == sorted([CT12_DN.id, KH7_SNV.id, CV8_BP.id])
    assert search(corpus_store, province="Bình Phước") == [CV8_BP.id]
    assert search(corpus_store, date_from="2023-10-01", date_to="2023-11-30") == sorted(
        [CD968, CT26_TW.id, CT12_DN.id, CV6466_HT.id])
    assert search(corpus_store, doc_type="Công văn", province="Sơn La", date_to="2022-12-31") == [CV1273_SL.id]


def test_search_pages_with_a_cursor(corpus_store):
    everything = search(corpus_store, limit=100)
    assert len(everything) == 18 and everything == sorted(everything)
    pages, after = [], None
    while True:
        page = search(corpus_store, limit=4, after=after)
        if not page:
            break
        assert len(page) <= 4
        pages.extend(page)
        after = page[-1]
    assert pages == everything
    assert search(corpus_store, limit=0) == []
    assert len(corpus_store.search_documents(DocumentQuery(limit=MAX_SEARCH_LIMIT * 10))) == 18


# --- backends agree ----------------------------------------------------------------------------


@pytest.mark.neo4j
@pytest.mark.skipif(not os.environ.get("NEO4J_URI"), reason="NEO4J_URI is not set: nothing to compare with")
def test_backends_give_identical_answers(tmp_path):
    from conftest import _open_backend

    stores = [_open_backend(name, tmp_path) for name in ("embedded", "neo4j")]
    try:
        answers = []
        for store in stores:
            store.add_articles(corpus_968())
            answers.append({
                "descendants": lineage.subgraph_to_dict(lineage.descendants(store, CD968, depth=5)),
                "ancestors": lineage.subgraph_to_dict(lineage.ancestors(store, CV45_QS.id, depth=5)),
                "paths": lineage.paths_to_list(lineage.paths(store, DIAMOND_BOTTOM.id, DIAMOND_TOP.id)),
                "fanout": lineage.fanout_to_dict(lineage.fanout(store, CD968)),
                "fanout_2025": lineage.fanout_to_dict(lineage.fanout(store, CD99_2025.id)),
                "search": [lineage.document_to_dict(d) for d in store.search_documents(DocumentQuery(limit=100))],
                "stats": store.stats(),
            })
        assert answers[0] == answers[1]
    finally:
        for store in stores:
            if hasattr(store, "clear"):
                store.clear()
            store.close()
