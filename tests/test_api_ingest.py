"""POST /sources: the API key rules, ingesting text and HTML, re-posting, and bodies refused
whole (too large, malformed) without writing anything."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from test_api import assert_problem
from test_api_graphs import CD968, build_store

from lineage.api.app import MAX_BODY_BYTES, create_app

KEY = "s3cret-key-for-tests"

# Our own short report of a provincial response to the telegram (Hà Tĩnh, a new number).
ARTICLE = (
    "Hà Tĩnh siết kỷ cương công vụ\n"
    "Ngày 20/11/2023, UBND tỉnh Hà Tĩnh ban hành Công văn số 7001/UBND-NC2 gửi các sở, ban, "
    "ngành. Để thực hiện Công điện số 968/CĐ-TTg ngày 16 tháng 10 năm 2023 của Thủ tướng Chính phủ, tỉnh "
    "giao Sở Nội vụ theo dõi việc chấp hành giờ giấc của cán bộ."
)
NEW_DOC = "cong-van-7001-ubnd-nc2-2023-ha-tinh"

HTML_ARTICLE = (
    "<html><head><title>Đồng Nai kiểm tra công vụ</title></head><body>"
    "<nav>Trang chủ | Tin tức</nav><article><h1>Đồng Nai kiểm tra công vụ</h1>"
    "<p>Ngày 02/12/2023, UBND tỉnh Đồng Nai ban hành Kế hoạch số 150/KH-UBND về kiểm tra công "
    "vụ. Kế hoạch nhằm triển khai Công điện số 968/CĐ-TTg ngày 16 tháng 10 năm 2023 của Thủ tướng Chính "
    "phủ tại các sở và địa phương trong tỉnh.</p></article><footer>Bản quyền</footer>"
    "</body></html>"
)


@pytest.fixture
def store(tmp_path):
    with build_store(tmp_path / "store") as store:
        yield store


@pytest.fixture
def client(store, monkeypatch):
    monkeypatch.delenv("LINEAGE_API_KEY", raising=False)
    with TestClient(create_app(store, api_key=KEY)) as client:
        yield client


def post(client, body, key: str | None = KEY, **kwargs):
    headers = {"X-API-Key": key} if key is not None else {}
    return client.post("/sources", json=body, headers=headers, **kwargs)


def test_without_a_configured_key_every_write_is_refused(store, monkeypatch):
    monkeypatch.delenv("LINEAGE_API_KEY", raising=False)
    with TestClient(create_app(store)) as client:
        for headers in ({}, {"X-API-Key": KEY}, {"Authorization": "Bearer "}):
            response = client.post("/sources", json={"text": ARTICLE}, headers=headers)
            body = assert_problem(response, 403)
            assert "no API key configured" in body["detail"]
    assert store.get_document(NEW_DOC) is None


def test_the_key_comes_from_the_environment(store, monkeypatch):
    monkeypatch.setenv("LINEAGE_API_KEY", "from-env")
    with TestClient(create_app(store)) as client:
        assert_problem(post(client, {"text": ARTICLE}), 401)
        assert post(client, {"text": ARTICLE}, key="from-env").status_code == 201


@pytest.mark.parametrize("headers", [{}, {"X-API-Key": ""}, {"X-API-Key": KEY[:-1]},
                                     {"X-API-Key": KEY + "x"}, {"Authorization": f"Basic {KEY}"},
                                     {"Authorization": "Bearer wrong"}])
def test_missing_or_wrong_key_is_401(client, store, headers):
    response = client.post("/sources", json={"text": ARTICLE}, headers=headers)
    assert_problem(response, 401)
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert store.get_document(NEW_DOC) is None


def test_the_key_is_checked_before_the_body(client):
    assert_problem(client.post("/sources", json={"nonsense": 1}), 401)


def test_posted_text_is_ingested_and_queryable(client, store):
    before = store.stats()
    response = post(client, {"text": ARTICLE, "url": "https://example.gov.vn/ht-7001",
                             "published": "2023-11-21"})
    assert response.status_code == 201, response.text
    report = response.json()
    assert report["uri"] == "https://example.gov.vn/ht-7001" and not report["skipped"]
    assert report["documents_added"] == 1 and report["edges_added"] == 1
    assert {NEW_DOC, CD968} <= set(report["documents"])
    assert store.stats().documents == before.documents + 1
    # The new response shows in the telegram's fan-out, under its province, with its lag.
    fan = client.get(f"/documents/{CD968}/fanout").json()
    ha_tinh = next(p for p in fan["provinces"] if p["province"] == "Hà Tĩnh")
    assert (NEW_DOC, 35) in {(d["id"], d["lag_days"]) for d in ha_tinh["documents"]}


def test_posting_the_same_article_again_adds_nothing(client, store):
    assert post(client, {"text": ARTICLE}).status_code == 201
    after_first = store.stats()
    again = post(client, {"text": ARTICLE})
    assert again.status_code == 200
    assert again.json()["skipped"] is True and again.json()["documents_added"] == 0
    assert store.stats() == after_first


def test_html_page_with_bearer_key(client, store):
    response = client.post("/sources", json={"html": HTML_ARTICLE},
                           headers={"Authorization": f"Bearer {KEY}"})
    assert response.status_code == 201, response.text
    assert response.json()["uri"].startswith("urn:lineage:posted:")
    (plan,) = [d for d in response.json()["documents"] if d != CD968]
    assert plan.startswith("ke-hoach-150-kh-ubnd") and plan.endswith("dong-nai")
    ancestors = client.get(f"/documents/{plan}/ancestors").json()
    assert CD968 in {d["id"] for d in ancestors["items"]}


def test_non_ascii_key_sent_as_utf8(store, monkeypatch):
    monkeypatch.delenv("LINEAGE_API_KEY", raising=False)
    with TestClient(create_app(store, api_key="khóa-bí-mật")) as client:
        response = client.post("/sources", json={"text": ARTICLE},
                               headers={"X-API-Key": "khóa-bí-mật".encode()})
        assert response.status_code == 201, response.text


@pytest.mark.parametrize(
    "body",
    [
        {"text": ARTICLE, "html": HTML_ARTICLE},  # both
        {"url": "https://example.gov.vn/x"},  # neither
        {"text": ARTICLE, "published": "20/11/2023"},
        {"text": ARTICLE, "author": "someone"},  # unknown field
        {"text": ""},
        {"text": " \n\t "},  # only white space: nothing to read
        ["not", "an", "object"],
    ],
)
def test_malformed_bodies_are_422_and_write_nothing(client, store, body):
    before = store.stats()
    assert_problem(post(client, body), 422)
    assert store.stats() == before


def test_invalid_json_is_422(client):
    response = client.post("/sources", content=b"{not json",
                           headers={"X-API-Key": KEY, "Content-Type": "application/json"})
    assert_problem(response, 422)


def test_too_large_body_is_413_and_writes_nothing(client, store):
    before = store.stats()
    huge = ARTICLE + " " + "x" * MAX_BODY_BYTES
    body = assert_problem(post(client, {"text": huge}), 413)
    assert "MB" in body["detail"]

    def chunks():  # no Content-Length: the limit must hold while reading too
        for _ in range(6):
            yield b"x" * (1024 * 1024)

    response = client.post("/sources", content=chunks(),
                           headers={"X-API-Key": KEY, "Content-Type": "application/json"})
    assert_problem(response, 413)
    assert store.stats() == before
