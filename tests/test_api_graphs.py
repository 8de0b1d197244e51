"""A small lineage graph built by hand for the API tests (no extractor involved), with the
shape of the project's facts: the Prime Minister's Công điện 968/CĐ-TTg (16/10/2023) carried out
by Đồng Nai (9 days), Hà Tĩnh (30 days) and Quảng Nam (113 days), a department carrying out
Đồng Nai's directive, a Decree the telegram cites, and two unrelated "Chỉ thị 12" so that a bare
"Chỉ thị 12" is ambiguous. Imported by tests/test_api*.py; holds no tests itself.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from lineage.graph.ids import body_id, document_id
from lineage.graph.model import (
    ArticleGraph,
    BodyRecord,
    DocumentRecord,
    EdgeRecord,
    Evidence,
    Level,
    Relation,
    SourceRecord,
)

CD968 = document_id("Công điện", "968", "CĐ-TTg", 2023)
ND30 = document_id("Nghị định", "30", "2020/NĐ-CP", 2020)
DONG_NAI_12 = document_id("Chỉ thị", "12", "CT-UBND", 2023, province="Đồng Nai")
HA_TINH_6466 = document_id("Công văn", "6466", "UBND-NC2", 2023, province="Hà Tĩnh")
QUANG_NAM_983 = document_id("Công văn", "983", "UBND-NCKS", 2024, province="Quảng Nam")
DONG_NAI_SO_NOI_VU = document_id("Kế hoạch", "88", "KH-SNV", 2023, province="Đồng Nai")
BAC_LIEU_12 = document_id(
    "Chỉ thị", "12", None, 2018, province="Bạc Liêu", issuer="Ban Thường vụ Tỉnh ủy"
)

PM = BodyRecord(body_id("Thủ tướng Chính phủ"), "Thủ tướng Chính phủ", "Thủ tướng Chính phủ",
                Level.CENTRAL, None)
GOV = BodyRecord(body_id("Chính phủ"), "Chính phủ", "Chính phủ", Level.CENTRAL, None)


def _body(name: str, province: str, level: Level = Level.PROVINCIAL) -> BodyRecord:
    return BodyRecord(body_id(name, province), name, f"{name} {province}", level, province)


def _doc(doc_id: str, doc_type: str, number: str, symbol: str | None, date: str,
         body: BodyRecord, title: str | None = None) -> DocumentRecord:
    return DocumentRecord(
        id=doc_id, doc_type=doc_type, number=number, symbol=symbol, year=int(date[:4]),
        date=date, issuer=body.name, body_id=body.id, province=body.province,
        scope="local" if body.province else "central", title=title,
    )


CD968_RECORD = _doc(CD968, "Công điện", "968", "CĐ-TTg", "2023-10-16", PM,
                    "về tiếp tục chấn chỉnh kỷ luật, kỷ cương hành chính")
ND30_RECORD = _doc(ND30, "Nghị định", "30", "2020/NĐ-CP", "2020-03-05", GOV,
                   "về công tác văn thư")


def _article(uri: str, own: DocumentRecord, bodies: list[BodyRecord],
             cited: list[tuple[DocumentRecord, Relation, str]], published: str) -> ArticleGraph:
    """An article whose own document `own` carries out or cites each of `cited`."""
    text = f"{uri}: {own.doc_type} {own.number} " + " ".join(c.id for c, _, _ in cited)
    digest = hashlib.sha256(text.encode()).hexdigest()
    edges = [
        EdgeRecord(
            own.id, target.id, relation,
            Evidence(uri, digest, 0, 10, trigger,
                     f"{trigger} {target.doc_type} số {target.number}, {own.issuer} giao việc.",
                     "test-1", 0.9),
        )
        for target, relation, trigger in cited
    ]
    return ArticleGraph(
        source=SourceRecord(digest, uri, published, f"{own.doc_type} {own.number}"),
        bodies=bodies,
        documents=[own, *(c for c, _, _ in cited)],
        edges=edges,
        mentioned=[own.id, *(c.id for c, _, _ in cited)],
    )


def sample_articles() -> list[ArticleGraph]:
    dong_nai = _body("UBND tỉnh", "Đồng Nai")
    ha_tinh = _body("UBND tỉnh", "Hà Tĩnh")
    quang_nam = _body("UBND tỉnh", "Quảng Nam")
    so_noi_vu = _body("Sở Nội vụ", "Đồng Nai", Level.DEPARTMENT)
    bac_lieu = _body("Ban Thường vụ Tỉnh ủy", "Bạc Liêu")
    dn12 = _doc(DONG_NAI_12, "Chỉ thị", "12", "CT-UBND", "2023-10-25", dong_nai,
                "về chấn chỉnh kỷ luật, kỷ cương hành chính")
    return [
        _article("https://example.gov.vn/cong-dien-968", CD968_RECORD, [PM, GOV],
                 [(ND30_RECORD, Relation.CITES, "Căn cứ")], "2023-10-17"),
        _article("https://example.gov.vn/dong-nai-chi-thi-12", dn12, [PM, dong_nai],
                 [(CD968_RECORD, Relation.IMPLEMENTS, "Thực hiện")], "2023-10-26"),
        _article("https://example.gov.vn/ha-tinh-6466",
                 _doc(HA_TINH_6466, "Công văn", "6466", "UBND-NC2", "2023-11-15", ha_tinh),
                 [PM, ha_tinh], [(CD968_RECORD, Relation.IMPLEMENTS, "triển khai")],
                 "2023-11-16"),
        _article("https://example.gov.vn/quang-nam-983",
                 _doc(QUANG_NAM_983, "Công văn", "983", "UBND-NCKS", "2024-02-06", quang_nam),
                 [PM, quang_nam], [(CD968_RECORD, Relation.IMPLEMENTS, "Thực hiện")],
                 "2024-02-07"),
        _article("https://example.gov.vn/dong-nai-so-noi-vu-88",
                 _doc(DONG_NAI_SO_NOI_VU, "Kế hoạch", "88", "KH-SNV", "2023-11-02", so_noi_vu),
                 [dong_nai, so_noi_vu], [(dn12, Relation.IMPLEMENTS, "Thực hiện")],
                 "2023-11-03"),
        _article("https://example.gov.vn/bac-lieu-chi-thi-12",
                 _doc(BAC_LIEU_12, "Chỉ thị", "12", None, "2018-03-12", bac_lieu,
                      "về tăng cường kỷ luật, kỷ cương"),
                 [bac_lieu], [], "2018-03-13"),
    ]


def build_store(directory: Path):
    """An embedded store in `directory` holding `sample_articles()`."""
    from lineage.graph import open_store

    store = open_store(str(directory))
    store.add_articles(sample_articles())
    return store
