"""The HTTP API through TestClient (no sockets) on a hand-built store (tests/test_api_graphs.py).

Covers every route, paging to the end, reference redirects, and every error as a problem
document. POST /sources is in tests/test_api_ingest.py.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from test_api_graphs import (
    BAC_LIEU_12,
    CD968,
    DONG_NAI_12,
    DONG_NAI_SO_NOI_VU,
    HA_TINH_6466,
    ND30,
    QUANG_NAM_983,
    build_store,
)

from lineage.api.app import create_app
from lineage.graph.embedded import EmbeddedStore
from lineage.graph.store import StoreError

PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with build_store(tmp_path_factory.mktemp("api-store")) as store:
        yield store


@pytest.fixture(scope="module")
def client(store):
    # raise_server_exceptions stays on: any unexpected exception fails the test outright.
    with TestClient(create_app(store)) as client:
        yield client


def assert_problem(response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body = response.json()
    assert body["status"] == status
    assert body["type"].startswith("/problems/")
    assert body["title"] and body["detail"]
    assert body["instance"] == response.request.url.path
    return body


def walk_pages(client: TestClient, url: str) -> list[dict]:
    """Every item of a paged answer, following `next` links to the end."""
    items: list[dict] = []
    while url:
        response = client.get(url)
        assert response.status_code == 200, response.text
        page = response.json()
        items.extend(page["items"])
        url = page["next"]
    return items


# --- health and reference data --------------------------------------------------------------


def test_healthz_reports_the_store(client, store):
    body = client.get("/healthz").json()
    assert body == {"status": "ok", "store": "EmbeddedStore", "documents": store.stats().documents}


def test_stats_count_what_was_written(client):
    stats = client.get("/stats").json()
    assert stats["documents"] == 7
    assert stats["sources"] == 6
    assert stats["implements_edges"] == 4
    assert stats["cites_edges"] == 1


def test_provinces_list_both_maps(client):
    provinces = client.get("/provinces").json()
    by_name = {p["name"]: p for p in provinces}
    assert by_name["Quảng Nam"]["now"] == "Đà Nẵng"
    assert by_name["Quảng Nam"]["kind"] == "pre2025"
    old = [p for p in provinces if p["kind"] in ("pre2025", "both")]
    new = [p for p in provinces if p["kind"] in ("post2025", "both")]
    assert (len(old), len(new)) == (63, 34)


def test_bodies_list_filter_and_lookup(client):
    bodies = client.get("/bodies").json()
    assert "ubnd-tinh-dong-nai" in {b["id"] for b in bodies}
    central = client.get("/bodies", params={"level": "central"}).json()
    assert {b["id"] for b in central} == {"thu-tuong-chinh-phu", "chinh-phu"}
    body = client.get("/bodies/so-noi-vu-dong-nai").json()
    assert body["display_name"] == "Sở Nội vụ Đồng Nai"
    assert body["level"] == "department"
    # The body's documents link leads to a search that finds what it issued.
    found = client.get(body["links"]["documents"]).json()["items"]
    assert DONG_NAI_SO_NOI_VU in {d["id"] for d in found}


def test_unknown_body_is_a_404_problem(client):
    assert_problem(client.get("/bodies/ubnd-tinh-atlantis"), 404)


# --- documents ------------------------------------------------------------------------------


def test_document_has_body_province_dates_and_sources(client):
    doc = client.get(f"/documents/{QUANG_NAM_983}").json()
    assert doc["label"] == "Công văn 983/UBND-NCKS"
    assert doc["body_name"] == "UBND tỉnh Quảng Nam"
    assert (doc["province"], doc["province_now"]) == ("Quảng Nam", "Đà Nẵng")
    assert doc["date"] == "2024-02-06"
    assert doc["sources"] == ["https://example.gov.vn/quang-nam-983"]
    assert doc["links"]["self"] == f"/documents/{QUANG_NAM_983}"


def test_percent_encoded_canonical_id_is_the_same_document(client):
    encoded = "".join(f"%{b:02X}" for b in CD968.encode())
    response = client.get(f"/documents/{encoded}", follow_redirects=False)
    assert response.status_code == 200
    assert response.json()["id"] == CD968


def test_search_pages_through_every_document_once(client, store):
    items = walk_pages(client, "/documents?limit=2")
    ids = [d["id"] for d in items]
    assert ids == sorted(ids)
    assert len(ids) == len(set(ids)) == store.stats().documents


def test_next_link_keeps_the_filters(client):
    first = client.get("/documents", params={"type": "Công văn", "limit": 1}).json()
    assert "type=" in first["next"]
    rest = walk_pages(client, first["next"])
    assert [d["id"] for d in first["items"] + rest] == sorted([HA_TINH_6466, QUANG_NAM_983])


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"q": "968/CĐ-TTg"}, {CD968}),
        ({"type": "Chỉ thị"}, {DONG_NAI_12, BAC_LIEU_12}),
        ({"province": "Đà Nẵng"}, {QUANG_NAM_983}),  # the 2025 unit finds the old province
        ({"province": "Đồng Nai", "type": "Kế hoạch"}, {DONG_NAI_SO_NOI_VU}),
        ({"date_from": "2023-10-20", "date_to": "2023-11-30"},
         {DONG_NAI_12, DONG_NAI_SO_NOI_VU, HA_TINH_6466}),
        ({"issuer": "Thủ tướng Chính phủ"}, {CD968}),
    ],
)
def test_search_filters(client, params, expected):
    assert {d["id"] for d in walk_pages(client, "/documents?" + _query(params))} == expected


def _query(params: dict) -> str:
    return "&".join(f"{k}={quote(v)}" for k, v in params.items())


@pytest.mark.parametrize(
    "query, field",
    [
        ("limit=0", "limit"),
        ("limit=201", "limit"),
        ("limit=ten", "limit"),
        ("date_from=16/10/2023", "date_from"),
        ("cursor=not-hex", "cursor"),
    ],
)
def test_bad_search_parameters_are_422_problems(client, query, field):
    body = assert_problem(client.get(f"/documents?{query}"), 422)
    if field:
        assert any(e["location"].endswith(field) for e in body["errors"])


def test_unknown_document_is_a_404_problem(client):
    body = assert_problem(client.get("/documents/cong-dien-999-cd-ttg-2023"), 404)
    assert "cong-dien-999-cd-ttg-2023" in body["detail"]


def test_reference_redirects_to_the_canonical_id(client):
    ref = quote("Công điện số 968/CĐ-TTg", safe="")
    response = client.get(f"/documents/{ref}", follow_redirects=False)
    assert response.status_code in (307, 308)
    assert response.headers["location"] == f"/documents/{CD968}"
    assert client.get(f"/documents/{ref}").json()["id"] == CD968


def test_redirect_keeps_the_route_and_its_query(client):
    ref = quote("968/CĐ-TTg", safe="")  # "/" percent-encoded inside the path
    response = client.get(f"/documents/{ref}/descendants?depth=2", follow_redirects=False)
    assert response.status_code in (307, 308)
    assert response.headers["location"] == f"/documents/{CD968}/descendants?depth=2"


def test_ambiguous_reference_lists_the_candidates(client):
    body = assert_problem(client.get("/documents/" + quote("Chỉ thị 12", safe="")), 300)
    ids = {c["id"] for c in body["candidates"]}
    assert {DONG_NAI_12, BAC_LIEU_12} <= ids


# --- resolve --------------------------------------------------------------------------------


def test_resolve_one_several_none(client):
    one = client.get("/resolve", params={"ref": "Công điện số 968/CĐ-TTg"}).json()
    assert (one["ambiguous"], [c["id"] for c in one["candidates"]]) == (False, [CD968])
    several = client.get("/resolve", params={"ref": "Chỉ thị 12"}).json()
    assert several["ambiguous"] and len(several["candidates"]) >= 2
    none = client.get("/resolve", params={"ref": "Công điện số 1/CĐ-XYZ"}).json()
    assert none == {"ref": "Công điện số 1/CĐ-XYZ", "ambiguous": False, "candidates": []}


def test_resolve_needs_a_ref(client):
    assert_problem(client.get("/resolve"), 422)


# --- lineage --------------------------------------------------------------------------------


def test_ancestors_follow_relations_and_depth(client):
    page = client.get(f"/documents/{DONG_NAI_SO_NOI_VU}/ancestors", params={"depth": 3}).json()
    hops = {d["id"]: d["hops"] for d in page["items"]}
    assert hops == {DONG_NAI_12: 1, CD968: 2, ND30: 3}
    assert page["root"]["id"] == DONG_NAI_SO_NOI_VU and page["total"] == 3
    only_implements = client.get(
        f"/documents/{DONG_NAI_SO_NOI_VU}/ancestors", params={"depth": 3, "relation": "implements"}
    ).json()
    assert {d["id"] for d in only_implements["items"]} == {DONG_NAI_12, CD968}
    shallow = client.get(f"/documents/{DONG_NAI_SO_NOI_VU}/ancestors", params={"depth": 1}).json()
    assert [d["id"] for d in shallow["items"]] == [DONG_NAI_12]


def test_edges_carry_their_evidence(client):
    page = client.get(f"/documents/{DONG_NAI_12}/ancestors", params={"depth": 1}).json()
    (edge,) = page["edges"]
    assert (edge["source"], edge["target"], edge["relation"]) == (DONG_NAI_12, CD968, "IMPLEMENTS")
    (evidence,) = edge["evidence"]
    assert evidence["trigger"] == "Thực hiện"
    assert evidence["source_uri"] == "https://example.gov.vn/dong-nai-chi-thi-12"


def test_descendants_page_nearest_first_with_edges_per_page(client):
    url = f"/documents/{CD968}/descendants?depth=2&limit=1"
    first = client.get(url).json()
    assert first["total"] == 4
    items = walk_pages(client, url)
    assert [d["hops"] for d in items] == [1, 1, 1, 2]
    assert {d["id"] for d in items} == {DONG_NAI_12, HA_TINH_6466, QUANG_NAM_983, DONG_NAI_SO_NOI_VU}
    # Walking the pages lists every edge of the answer once.
    edges = []
    while url:
        page = client.get(url).json()
        edges.extend((e["source"], e["target"], e["relation"]) for e in page["edges"])
        url = page["next"]
    whole = client.get(f"/documents/{CD968}/descendants?depth=2&limit=200").json()
    assert sorted(edges) == sorted((e["source"], e["target"], e["relation"]) for e in whole["edges"])
    assert len(edges) == len(set(edges)) == 4


@pytest.mark.parametrize("query", ["depth=0", "depth=11", "relation=mentions", "limit=500"])
def test_bad_lineage_parameters_are_422_problems(client, query):
    assert_problem(client.get(f"/documents/{CD968}/descendants?{query}"), 422)


def test_lineage_of_unknown_document_is_404(client):
    assert_problem(client.get("/documents/chi-thi-99-ct-ubnd-2030/ancestors"), 404)


def test_fanout_groups_by_province_fastest_first(client):
    fan = client.get(f"/documents/{CD968}/fanout").json()
    order = [(p["province"], p["first_lag_days"]) for p in fan["provinces"]]
    assert order == [("Đồng Nai", 9), ("Hà Tĩnh", 30), ("Quảng Nam", 113)]
    dong_nai = fan["provinces"][0]["documents"]
    assert [(d["id"], d["hops"], d["lag_days"]) for d in dong_nai] == [
        (DONG_NAI_12, 1, 9),
        (DONG_NAI_SO_NOI_VU, 2, 17),
    ]
    assert fan["provinces"][2]["province_now"] == "Đà Nẵng"
    # A 2023 root is answered by the 63 provinces of the time, three of which responded.
    assert len(fan["no_response"]) == 60
    assert {"Bạc Liêu", "Sơn La"} <= set(fan["no_response"])
    assert not {"Đồng Nai", "Hà Tĩnh", "Quảng Nam"} & set(fan["no_response"])


def test_fanout_depth_one_leaves_out_second_hops(client):
    fan = client.get(f"/documents/{CD968}/fanout", params={"depth": 1}).json()
    assert [d["id"] for d in fan["provinces"][0]["documents"]] == [DONG_NAI_12]


def test_paths_from_a_department_plan_to_the_telegram(client):
    found = client.get("/paths", params={"from": DONG_NAI_SO_NOI_VU, "to": CD968}).json()
    (path,) = found["paths"]
    assert path["documents"] == [DONG_NAI_SO_NOI_VU, DONG_NAI_12, CD968]
    assert path["length"] == len(path["edges"]) == 2


def test_paths_accept_references(client):
    found = client.get(
        "/paths", params={"from": DONG_NAI_12, "to": "Công điện số 968/CĐ-TTg"}
    ).json()
    assert found["to_id"] == CD968
    assert [p["documents"] for p in found["paths"]] == [[DONG_NAI_12, CD968]]


def test_paths_errors(client):
    assert_problem(client.get("/paths", params={"from": DONG_NAI_12}), 422)
    assert_problem(client.get("/paths", params={"from": DONG_NAI_12, "to": "no-such-doc"}), 404)


# --- routing and failures -------------------------------------------------------------------


def test_unknown_route_and_wrong_method_are_problems(client):
    assert_problem(client.get("/nowhere"), 404)
    assert_problem(client.delete(f"/documents/{CD968}"), 405)


def test_unreachable_store_is_503(tmp_path):
    # An unknown URI scheme makes open_store fail the way an unreachable server does.
    with TestClient(create_app(store_spec="gremlin://127.0.0.1:1")) as client:
        body = assert_problem(client.get("/healthz"), 503)
        assert "gremlin" in body["detail"]
        assert_problem(client.get(f"/documents/{CD968}/fanout"), 503)


def test_no_store_configured_is_503(monkeypatch):
    monkeypatch.delenv("LINEAGE_STORE", raising=False)
    with TestClient(create_app()) as client:
        body = assert_problem(client.get("/stats"), 503)
        assert "LINEAGE_STORE" in body["detail"]


class _BrokenStore(EmbeddedStore):
    """A store whose search fails the way a lost connection does, and whose stats has a bug."""

    def search_documents(self, query):
        raise StoreError("connection to the store was lost")

    def stats(self):
        raise RuntimeError("a bug")


def test_store_failure_mid_request_is_503_and_a_bug_is_a_500_problem(tmp_path):
    app = create_app(_BrokenStore(tmp_path / "broken"))
    with TestClient(app, raise_server_exceptions=False) as client:
        assert "lost" in assert_problem(client.get("/documents"), 503)["detail"]
        body = assert_problem(client.get("/stats"), 500)
        assert "bug" not in body["detail"]  # no internals leak to the client


def test_openapi_documents_every_route_with_models(client):
    schema = client.get("/openapi.json").json()
    for route in ("/documents", "/documents/{doc_id}", "/documents/{doc_id}/ancestors",
                  "/documents/{doc_id}/descendants", "/documents/{doc_id}/fanout", "/paths",
                  "/resolve", "/bodies", "/bodies/{body_id}", "/provinces", "/stats",
                  "/healthz", "/sources"):
        operations = schema["paths"][route]
        for operation in operations.values():
            ok = next(v for k, v in operation["responses"].items() if k.startswith("2"))
            assert "$ref" in str(ok["content"]["application/json"]["schema"]), route
    assert "Công điện số 968/CĐ-TTg" in str(schema)
    assert "cong-dien-968-cd-ttg-2023" in str(schema)


def test_viz_links_when_the_viewer_is_installed(client):
    pytest.importorskip("lineage.viz.routes")
    doc = client.get(f"/documents/{CD968}").json()
    viz = doc["links"]["viz"]
    assert viz == f"/viz/documents/{CD968}"
    page = client.get(viz)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    fan = client.get(f"/documents/{CD968}/fanout").json()
    assert fan["links"]["viz"] == f"/viz/documents/{CD968}/fanout"
