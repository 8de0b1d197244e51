"""Partial reads for paging large answers (`GraphStore.reach`, `get_documents`,
`edges_with_evidence`) and the caches built on them: they must give exactly what the full
traversals give, on every backend and through GraphStore's default implementations, and must
never answer from before a write.
"""

from __future__ import annotations

from dataclasses import asdict

import pytest
from fastapi.testclient import TestClient
from graph_corpora import (
    CD968,
    CT12_DN,
    CV45_QS,
    DIAMOND_BOTTOM,
    TEST_PROVINCES,
    article,
    doc,
    edge,
    source,
)

from lineage.api.app import create_app
from lineage.graph import lineage
from lineage.graph.embedded import EmbeddedStore
from lineage.graph.model import Relation, RelationFilter
from lineage.graph.store import DocumentNotFound, GraphStore

QUERIES = [
    (root, depth, relation, forward)
    for root in (CD968, CV45_QS.id, DIAMOND_BOTTOM.id)
    for depth in (0, 1, 2, 5)
    for relation in RelationFilter
    for forward in (True, False)
]


class Delegating(GraphStore):
    """Another store's abstract methods only, so the partial reads come from GraphStore's
    defaults: they must agree with the backend's own."""

    def __init__(self, inner: GraphStore) -> None:
        self.inner = inner

    def add_article(self, article):
        return self.inner.add_article(article)

    def has_source(self, content_hash):
        return self.inner.has_source(content_hash)

    def get_document(self, doc_id):
        return self.inner.get_document(doc_id)

    def find_by_key(self, key):
        return self.inner.find_by_key(key)

    def search_documents(self, query):
        return self.inner.search_documents(query)

    def get_body(self, body_id):
        return self.inner.get_body(body_id)

    def list_bodies(self):
        return self.inner.list_bodies()

    def list_provinces(self):
        return self.inner.list_provinces()

    def stats(self):
        return self.inner.stats()

    def ancestors(self, doc_id, depth, relation):
        return self.inner.ancestors(doc_id, depth, relation)

    def descendants(self, doc_id, depth, relation):
        return self.inner.descendants(doc_id, depth, relation)

    def paths(self, from_id, to_id, max_depth, relation, limit=20):
        return self.inner.paths(from_id, to_id, max_depth, relation, limit)


def edge_keys(sub):
    return [(e.source, e.target, e.relation) for e in sub.edges]


@pytest.mark.parametrize("delegate", [False, True], ids=["backend", "defaults"])
def test_reach_is_the_shape_of_the_full_answer(corpus_store, delegate):
    store = Delegating(corpus_store) if delegate else corpus_store
    for root, depth, relation, forward in QUERIES:
        full = (corpus_store.ancestors if forward else corpus_store.descendants)(root, depth, relation)
        shape = store.reach(root, depth, relation, forward=forward)
        assert shape.root == root
        assert shape.depth == full.depth, (root, depth, relation, forward)
        assert shape.edges == edge_keys(full)
        assert shape.ordered == sorted((h, d) for d, h in full.depth.items() if d != root)


@pytest.mark.parametrize("delegate", [False, True], ids=["backend", "defaults"])
def test_documents_and_evidence_by_id_match_the_full_answer(corpus_store, delegate):
    store = Delegating(corpus_store) if delegate else corpus_store
    full = corpus_store.descendants(CD968, 5, RelationFilter.ALL)
    wanted = sorted(full.documents, reverse=True)
    found = store.get_documents(wanted + wanted[:1] + ["cong-van-0-xx-1999"])
    assert found == full.documents  # duplicates once, the unknown id left out
    keys = edge_keys(full)[::-1]
    edges = store.edges_with_evidence(keys + [(CD968, CT12_DN.id, Relation.CITES)])
    assert edges == full.edges[::-1]  # in the order asked; the key naming no edge left out
    assert all(e.evidence for e in edges)


@pytest.mark.parametrize("delegate", [False, True], ids=["backend", "defaults"])
def test_reach_of_an_unknown_id_raises(corpus_store, delegate):
    store = Delegating(corpus_store) if delegate else corpus_store
    with pytest.raises(DocumentNotFound):
        store.reach("cong-van-0-xx-1999", 2, RelationFilter.ALL, forward=False)


def _new_response(name: str, parent=CT12_DN):
    """An article with a new Đồng Nai letter implementing `parent`."""
    src = source(name, "2024-03-01")
    letter = doc("Công văn", "77", "UBND-" + name.upper()[:4], "2024-03-01", issuer="UBND tỉnh",
                 province="Đồng Nai")
    return letter, article(src, [], [letter, parent], [edge(src, letter, parent, Relation.IMPLEMENTS)])


def test_a_write_shows_in_the_next_traversal(corpus_store):
    before = corpus_store.reach(CD968, 3, RelationFilter.ALL, forward=False)
    assert corpus_store.reach(CD968, 3, RelationFilter.ALL, forward=False) == before
    letter, new = _new_response("reply-one")
    corpus_store.add_article(new)
    after = corpus_store.reach(CD968, 3, RelationFilter.ALL, forward=False)
    assert after.depth == {**before.depth, letter.id: 2}
    assert (letter.id, CT12_DN.id, Relation.IMPLEMENTS) in after.edges
    assert letter.id in {r.document.id for r in lineage.fanout(corpus_store, CD968).responses}


def test_a_write_by_another_store_object_shows_in_the_next_traversal(tmp_path):
    from graph_corpora import corpus_968

    with EmbeddedStore(tmp_path / "s", provinces=TEST_PROVINCES) as reader:
        reader.add_articles(corpus_968())
        before = reader.reach(CD968, 3, RelationFilter.ALL, forward=False)
        with EmbeddedStore(tmp_path / "s") as writer:  # as another process would
            letter, new = _new_response("reply-two")
            writer.add_article(new)
        after = reader.reach(CD968, 3, RelationFilter.ALL, forward=False)
        assert set(after.depth) == set(before.depth) | {letter.id}


def test_api_pages_give_the_whole_answer_and_see_writes(corpus_store):
    client = TestClient(create_app(corpus_store))
    url = f"/documents/{CD968}/descendants?depth=5&limit=2"
    items, edges = [], []
    while url:
        page = client.get(url).json()
        items += [(d["hops"], d["id"], d["title"], d["province_now"]) for d in page["items"]]
        edges += page["edges"]
        url = page["next"]
    full = lineage.descendants(corpus_store, CD968, 5)
    assert items == sorted(
        (full.depth[d.id], d.id, d.title, d.province_now) for d in full.documents.values() if d.id != CD968
    )
    whole = lineage.subgraph_to_dict(full)["edges"]
    assert sorted(edges, key=repr) == sorted(whole, key=repr)

    fan = client.get(f"/documents/{CD968}/fanout").json()
    letter, new = _new_response("reply-three")
    corpus_store.add_article(new)
    fan_after = client.get(f"/documents/{CD968}/fanout").json()
    ids_before = {d["id"] for p in fan["provinces"] for d in p["documents"]}
    ids_after = {d["id"] for p in fan_after["provinces"] for d in p["documents"]}
    assert ids_after == ids_before | {letter.id}
    page = client.get(f"/documents/{CD968}/descendants?depth=5&limit=200").json()
    assert letter.id in {d["id"] for d in page["items"]}
    assert page["total"] == len(items) + 1


def test_api_answer_shows_a_field_filled_by_a_later_article(corpus_store):
    """Documents are read per request: a title learnt after a page was served shows at once."""
    client = TestClient(create_app(corpus_store))
    url = f"/documents/{CD968}/fanout"
    first = client.get(url).json()
    (dong_nai,) = [p for p in first["provinces"] if p["province"] == "Đồng Nai"]
    assert {d["id"]: d["title"] for d in dong_nai["documents"]}[CT12_DN.id] is None
    stored = corpus_store.get_document(CT12_DN.id)
    assert stored.title is None
    src = source("dong-nai-ct12-with-title", "2024-03-02")
    titled = doc("Chỉ thị", "12", "CT-UBND", "2023-10-25", issuer="UBND tỉnh", province="Đồng Nai",
                 title="về chấn chỉnh kỷ cương")
    assert titled.id == CT12_DN.id
    corpus_store.add_article(article(src, [], [titled], []))
    again = client.get(url).json()
    titles = {d["id"]: d["title"] for p in again["provinces"] for d in p["documents"]}
    assert titles[CT12_DN.id] == "về chấn chỉnh kỷ cương"
    assert asdict(corpus_store.get_document(CT12_DN.id))["title"] == "về chấn chỉnh kỷ cương"


def test_api_answers_see_a_write_by_another_process(tmp_path):
    """The answer cache keys on SQLite's data_version, which another connection's commit
    changes: a second store object on the same directory stands in for another process."""
    from graph_corpora import corpus_968

    with EmbeddedStore(tmp_path / "s", provinces=TEST_PROVINCES) as served:
        served.add_articles(corpus_968())
        client = TestClient(create_app(served))
        url = f"/documents/{CT12_DN.id}/descendants?depth=1"
        first = client.get(url).json()
        assert client.get(url).json() == first  # from the cache, same answer
        with EmbeddedStore(tmp_path / "s") as other:
            letter, new = _new_response("reply-four")
            other.add_article(new)
        after = client.get(url).json()
        assert after["total"] == first["total"] + 1
        assert letter.id in {d["id"] for d in after["items"]}


def test_answer_cache_keeps_one_state_and_a_bounded_size():
    from lineage.api.answer_cache import AnswerCache

    cache = AnswerCache(max_bytes=100)
    cache.put(("a", ""), (1, 1), b"x" * 20)
    assert cache.get(("a", ""), (1, 1)) == b"x" * 20
    assert cache.get(("a", ""), (1, 2)) is None  # another state of the store
    cache.put(("b", ""), (1, 2), b"y" * 20)
    assert cache.get(("a", ""), (1, 1)) is None  # the new state emptied the old one
    cache.put(("c", ""), (1, 1), b"z" * 20)  # built before the last write: not kept
    assert cache.get(("c", ""), (1, 1)) is None and cache.get(("b", ""), (1, 2)) == b"y" * 20
    for name in "defgi":  # 120 bytes with "b": over the bound
        cache.put((name, ""), (1, 2), b"w" * 20)
    assert cache.get(("b", ""), (1, 2)) is None  # least recently used, dropped for size
    assert cache.get(("g", ""), (1, 2)) == b"w" * 20
    cache.put(("h", ""), (1, 2), b"v" * 30)  # over a quarter of the bound: never kept
    assert cache.get(("h", ""), (1, 2)) is None
