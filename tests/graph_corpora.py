"""Small hand-made graphs for the store tests, built directly as `ArticleGraph`s.

The 968 corpus mirrors the shape of the real lineage (CONVENTIONS.md, "The seeds' lineage"):
the Prime Minister's telegram, three provincial responses with their real dates, a district and a
department one level further down, plus the awkward cases a store must get right: one edge
reported by two sources (and by the same source twice), two relations between one pair, a cycle,
a diamond, same number with different symbols, fields that one article knows and another not, and
a root dated after the 2025 merger.
"""

from __future__ import annotations

import hashlib

from lineage.graph.ids import body_id, document_id
from lineage.graph.model import (
    ArticleGraph,
    BodyRecord,
    DocumentRecord,
    EdgeRecord,
    Evidence,
    Level,
    Province,
    Relation,
    SourceRecord,
)

# A slice of the province table: unchanged provinces ("both"), old ones merged into a unit
# ("pre2025"), and a renamed unit (Thừa Thiên Huế -> Huế).
TEST_PROVINCES = [
    Province("dong-nai", "Đồng Nai", "both", "Đồng Nai"),
    Province("binh-phuoc", "Bình Phước", "pre2025", "Đồng Nai"),
    Province("ha-tinh", "Hà Tĩnh", "both", "Hà Tĩnh"),
    Province("da-nang", "Đà Nẵng", "both", "Đà Nẵng"),
    Province("quang-nam", "Quảng Nam", "pre2025", "Đà Nẵng"),
    Province("ca-mau", "Cà Mau", "both", "Cà Mau"),
    Province("bac-lieu", "Bạc Liêu", "pre2025", "Cà Mau"),
    Province("son-la", "Sơn La", "both", "Sơn La"),
    Province("thua-thien-hue", "Thừa Thiên Huế", "pre2025", "Huế"),
    Province("hue", "Huế", "post2025", "Huế"),
]

PM = BodyRecord(body_id("Thủ tướng Chính phủ"), "Thủ tướng Chính phủ", "Thủ tướng Chính phủ", Level.CENTRAL, None)
SECRETARIAT = BodyRecord(body_id("Ban Bí thư"), "Ban Bí thư", "Ban Bí thư", Level.CENTRAL, None)


def ubnd(province: str) -> BodyRecord:
    return BodyRecord(body_id("UBND tỉnh", province), "UBND tỉnh", f"UBND tỉnh {province}", Level.PROVINCIAL, province)


def source(name: str, published: str | None = None) -> SourceRecord:
    digest = hashlib.sha256(name.encode()).hexdigest()
    return SourceRecord(content_hash=digest, uri=f"articles/{name}.txt", published=published, title=None)


def doc(
    doc_type: str,
    number: str | None,
    symbol: str | None,
    date: str | None,
    *,
    year: int | None = None,
    issuer: str | None = None,
    body: BodyRecord | None = None,
    province: str | None = None,
    title: str | None = None,
) -> DocumentRecord:
    year = year or (int(date[:4]) if date else None)
    return DocumentRecord(
        id=document_id(doc_type, number, symbol, year, province=province, issuer=issuer),
        doc_type=doc_type,
        number=number,
        symbol=symbol,
        year=year,
        date=date,
        issuer=issuer,
        body_id=body.id if body else None,
        province=province,
        scope="local" if province else "central",
        title=title,
    )


def edge(src: SourceRecord, newer: DocumentRecord, older: DocumentRecord, relation: Relation,
         start: int = 0, trigger: str | None = None) -> EdgeRecord:
    evidence = Evidence(
        source_uri=src.uri, source_hash=src.content_hash, start=start, end=start + 10,
        trigger=trigger, sentence=f"{newer.id} -> {older.id}", extractor_version="test-1",
        confidence=0.9,
    )
    return EdgeRecord(newer.id, older.id, relation, evidence)


def article(src: SourceRecord, bodies, documents, edges, mentioned=()) -> ArticleGraph:
    return ArticleGraph(src, list(bodies), list(documents), list(edges), list(mentioned))


# --- the documents -----------------------------------------------------------------------------

# The telegram as each article knows it: one gives the date, another the title.
CD968_DATED = doc("Công điện", "968", "CĐ-TTg", "2023-10-16", issuer="Thủ tướng Chính phủ", body=PM)
CD968_TITLED = doc("Công điện", "968", "CĐ-TTg", None, year=2023, issuer="Thủ tướng Chính phủ",
                   body=PM, title="chấn chỉnh kỷ luật, kỷ cương hành chính")
CT26_TW = doc("Chỉ thị", "26", "CT/TW", "2023-11-09", issuer="Ban Bí thư", body=SECRETARIAT)
CT26_TTG = doc("Chỉ thị", "26", "CT-TTg", "2023-06-28", issuer="Thủ tướng Chính phủ", body=PM)

DN = ubnd("Đồng Nai")
HT = ubnd("Hà Tĩnh")
QN = ubnd("Quảng Nam")
SL = ubnd("Sơn La")
DN_SNV = BodyRecord(body_id("Sở Nội vụ", "Đồng Nai"), "Sở Nội vụ", "Sở Nội vụ Đồng Nai", Level.DEPARTMENT, "Đồng Nai")
QN_DISTRICT = BodyRecord("ubnd-huyen-que-son-quang-nam", "UBND huyện", "UBND huyện Quế Sơn", Level.DISTRICT, "Quảng Nam")

CT12_DN = doc("Chỉ thị", "12", "CT-UBND", "2023-10-25", issuer="UBND tỉnh", body=DN, province="Đồng Nai")
CV6466_HT = doc("Công văn", "6466", "UBND-NC2", "2023-11-15", issuer="UBND tỉnh", body=HT, province="Hà Tĩnh")
CV983_QN = doc("Công văn", "983", "UBND-NCKS", "2024-02-06", issuer="UBND tỉnh", body=QN, province="Quảng Nam")
CV45_QS = doc("Công văn", "45", "UBND", "2024-02-20", issuer="UBND huyện", body=QN_DISTRICT, province="Quảng Nam")
KH7_SNV = doc("Kế hoạch", "7", "KH-SNV", None, year=2023, issuer="Sở Nội vụ", body=DN_SNV, province="Đồng Nai")
# Bạc Liêu's Party directive 12 of 2018: same theme and number as Đồng Nai's, another document.
CT12_BL = doc("Chỉ thị", "12", None, "2018-03-12", issuer="Ban Thường vụ Tỉnh ủy", province="Bạc Liêu")

# A cycle (each cites the other) and a diamond, in Sơn La.
CV1273_SL = doc("Công văn", "1273", "UBND-NV", "2022-04-08", issuer="UBND tỉnh", body=SL, province="Sơn La")
KH50_SL = doc("Kế hoạch", "50", "KH-UBND", "2022-03-01", issuer="UBND tỉnh", body=SL, province="Sơn La")
DIAMOND_TOP = doc("Quyết định", "1", "QĐ-UBND", "2022-01-05", issuer="UBND tỉnh", body=SL, province="Sơn La")
DIAMOND_LEFT = doc("Quyết định", "2", "QĐ-UBND", "2022-01-10", issuer="UBND tỉnh", body=SL, province="Sơn La")
DIAMOND_RIGHT = doc("Quyết định", "3", "QĐ-UBND", "2022-01-12", issuer="UBND tỉnh", body=SL, province="Sơn La")
DIAMOND_BOTTOM = doc("Quyết định", "4", "QĐ-UBND", "2022-01-20", issuer="UBND tỉnh", body=SL, province="Sơn La")

# A telegram after the merger, answered under a new unit's name and under an old one.
CD99_2025 = doc("Công điện", "99", "CĐ-TTg", "2025-08-01", issuer="Thủ tướng Chính phủ", body=PM)
CV5_HUE = doc("Công văn", "5", "UBND-VP", "2025-08-04", issuer="UBND thành phố", province="Huế")
CV8_BP = doc("Công văn", "8", "UBND-KT", "2025-08-11", issuer="UBND tỉnh", province="Bình Phước")

# --- the articles ------------------------------------------------------------------------------

S_DN = source("dong-nai-ct12", "2023-10-26")
S_HT = source("ha-tinh-6466", "2023-11-16")
S_HT_REPORT = source("ha-tinh-6466-second-site", "2023-11-17")
S_QN = source("quang-nam-983", "2024-02-07")
S_QS = source("que-son-45", "2024-02-21")
S_SNV = source("dong-nai-snv-kh7")
S_BL = source("bac-lieu-ct12-2018", "2018-03-13")
S_SL = source("son-la-1273", "2022-04-09")
S_SL_DIAMOND = source("son-la-diamond")
S_2025 = source("after-merger-99", "2025-08-12")


def corpus_968() -> list[ArticleGraph]:
    """The 968 fan-out and its neighbours, in ingest order."""
    return [
        article(S_DN, [PM, DN], [CD968_DATED, CT12_DN, CT26_TW],
                [edge(S_DN, CT12_DN, CD968_DATED, Relation.IMPLEMENTS, 40, "Thực hiện"),
                 edge(S_DN, CT12_DN, CT26_TW, Relation.CITES, 90, "Căn cứ")]),
        article(S_HT, [PM, HT], [CD968_TITLED, CV6466_HT, CT26_TTG],
                [edge(S_HT, CV6466_HT, CD968_TITLED, Relation.IMPLEMENTS, 12, "triển khai"),
                 # The same edge stated twice in one article keeps one evidence entry.
                 edge(S_HT, CV6466_HT, CD968_TITLED, Relation.IMPLEMENTS, 300, "thực hiện"),
                 edge(S_HT, CV6466_HT, CT26_TTG, Relation.CITES, 200, "theo")]),
        # A second site reports Hà Tĩnh's letter: one more evidence entry, and a CITES edge
        # beside the IMPLEMENTS one between the same two documents.
        article(S_HT_REPORT, [HT], [CD968_TITLED, CV6466_HT],
                [edge(S_HT_REPORT, CV6466_HT, CD968_TITLED, Relation.IMPLEMENTS, 20, "triển khai"),
                 edge(S_HT_REPORT, CV6466_HT, CD968_TITLED, Relation.CITES, 400, "theo")]),
        article(S_QN, [QN], [CD968_DATED, CV983_QN],
                [edge(S_QN, CV983_QN, CD968_DATED, Relation.IMPLEMENTS, 30, "Thực hiện")]),
        # The district's letter is known with its parent only by id: `mentioned` names it.
        article(S_QS, [QN_DISTRICT], [CV45_QS],
                [edge(S_QS, CV45_QS, CV983_QN, Relation.IMPLEMENTS, 15, "triển khai")],
                mentioned=[CV983_QN.id]),
        article(S_SNV, [DN_SNV], [KH7_SNV, CT12_DN],
                [edge(S_SNV, KH7_SNV, CT12_DN, Relation.IMPLEMENTS, 5, "cụ thể hóa")]),
        article(S_BL, [], [CT12_BL], []),
        article(S_SL, [SL], [CV1273_SL, KH50_SL],
                [edge(S_SL, CV1273_SL, KH50_SL, Relation.CITES, 10),
                 edge(S_SL, KH50_SL, CV1273_SL, Relation.CITES, 60)]),
        article(S_SL_DIAMOND, [SL], [DIAMOND_TOP, DIAMOND_LEFT, DIAMOND_RIGHT, DIAMOND_BOTTOM],
                [edge(S_SL_DIAMOND, DIAMOND_BOTTOM, DIAMOND_LEFT, Relation.IMPLEMENTS),
                 edge(S_SL_DIAMOND, DIAMOND_BOTTOM, DIAMOND_RIGHT, Relation.CITES),
                 edge(S_SL_DIAMOND, DIAMOND_LEFT, DIAMOND_TOP, Relation.IMPLEMENTS),
                 edge(S_SL_DIAMOND, DIAMOND_RIGHT, DIAMOND_TOP, Relation.IMPLEMENTS)]),
        article(S_2025, [PM], [CD99_2025, CV5_HUE, CV8_BP],
                [edge(S_2025, CV5_HUE, CD99_2025, Relation.IMPLEMENTS),
                 edge(S_2025, CV8_BP, CD99_2025, Relation.IMPLEMENTS)]),
    ]


CD968 = CD968_DATED.id
