"""Small made-up lineages to draw: for the pages' tests, the browser test and the benchmark.

`fanout_968_articles()` holds the facts of the Prime Minister's Công điện 968/CĐ-TTg (16/10/2023)
and three provincial responses — Đồng Nai's Chỉ thị 12/CT-UBND (25/10/2023), Hà Tĩnh's Công văn
6466/UBND-NC2 (15/11/2023), Quảng Nam's Công văn 983/UBND-NCKS (06/02/2024) — plus two invented
follow-ups below them (a district plan in Đồng Nai, a department letter in Hà Tĩnh; numbered
from 9000 up, as the project marks illustrative documents) and a cited
decree. The evidence sentences are written here for the purpose, not taken from any article.
`hostile=True` adds a document whose title and evidence try to inject markup into the page.

`generated_fanout(n)` makes an n-document fan-out without a store, for the benchmark.
"""

from __future__ import annotations

import hashlib

from lineage.graph.ids import body_id, document_id
from lineage.graph.model import (
    ArticleGraph,
    BodyRecord,
    Document,
    DocumentRecord,
    EdgeRecord,
    Evidence,
    Level,
    LineageEdge,
    Province,
    Relation,
    SourceRecord,
)
from lineage.viz.network import LineageView

HOSTILE_TITLE = '<img src=x onerror="window.__pwned=1"></script><script>window.__pwned=2</script><!--'
HOSTILE_EVIDENCE = "Theo </script><svg onload=window.__pwned=3> và \u2028 <!-- cuối"

ROOT_968 = document_id("Công điện", "968", "CĐ-TTg", 2023)

# The provinces the sample touches, for stores created without the full table.
SAMPLE_PROVINCES = [
    Province("dong-nai", "Đồng Nai", "both", "Đồng Nai"),
    Province("ha-tinh", "Hà Tĩnh", "both", "Hà Tĩnh"),
    Province("quang-nam", "Quảng Nam", "pre2025", "Đà Nẵng"),
    Province("da-nang", "Đà Nẵng", "both", "Đà Nẵng"),
    Province("son-la", "Sơn La", "both", "Sơn La"),
]


def _body(name: str, level: Level, province: str | None = None) -> BodyRecord:
    display = f"{name} {province}" if province and not name.endswith(province) else name
    return BodyRecord(body_id(name, province), name, display, level, province)


def _doc(doc_type, number, symbol, date, body: BodyRecord, title=None) -> DocumentRecord:
    year = int(date[:4])
    province = body.province
    return DocumentRecord(
        id=document_id(doc_type, number, symbol, year, province=province),
        doc_type=doc_type, number=number, symbol=symbol, year=year, date=date,
        issuer=body.name, body_id=body.id, province=province,
        scope="central" if body.level is Level.CENTRAL else "local", title=title,
    )


def _article(uri: str, published: str, bodies, documents, links) -> ArticleGraph:
    """`links`: (source record, target record, relation, trigger, sentence)."""
    digest = hashlib.sha256(uri.encode()).hexdigest()
    edges = [
        EdgeRecord(src.id, dst.id, rel, Evidence(uri, digest, 0, len(sentence), trigger, sentence,
                                                  "viz-sample", 0.9))
        for src, dst, rel, trigger, sentence in links
    ]
    return ArticleGraph(SourceRecord(digest, uri, published, None), list(bodies), list(documents),
                        edges, [d.id for d in documents])


def fanout_968_articles(hostile: bool = False) -> list[ArticleGraph]:
    pm = _body("Thủ tướng Chính phủ", Level.CENTRAL)
    gov = _body("Chính phủ", Level.CENTRAL)
    dong_nai = _body("UBND tỉnh", Level.PROVINCIAL, "Đồng Nai")
    ha_tinh = _body("UBND tỉnh", Level.PROVINCIAL, "Hà Tĩnh")
    quang_nam = _body("UBND tỉnh", Level.PROVINCIAL, "Quảng Nam")
    bien_hoa = _body("UBND thành phố Biên Hòa", Level.DISTRICT, "Đồng Nai")
    snv_ha_tinh = _body("Sở Nội vụ", Level.DEPARTMENT, "Hà Tĩnh")

    cd968 = _doc("Công điện", "968", "CĐ-TTg", "2023-10-16", pm,
                 "tiếp tục chấn chỉnh kỷ luật, kỷ cương hành chính")
    nd30 = _doc("Nghị định", "30", "2020/NĐ-CP", "2020-03-05", gov, "công tác văn thư")
    ct12 = _doc("Chỉ thị", "12", "CT-UBND", "2023-10-25", dong_nai)
    cv6466 = _doc("Công văn", "6466", "UBND-NC2", "2023-11-15", ha_tinh)
    cv983 = _doc("Công văn", "983", "UBND-NCKS", "2024-02-06", quang_nam)
    kh_bien_hoa = _doc("Kế hoạch", "9341", "KH-UBND", "2023-11-08", bien_hoa)
    cv_snv = _doc("Công văn", "9520", "SNV-TCBC", "2023-11-27", snv_ha_tinh)

    implements = Relation.IMPLEMENTS
    articles = [
        _article("sample://dong-nai", "2023-10-26", [pm, dong_nai], [cd968, ct12],
                 [(ct12, cd968, implements, "Thực hiện",
                   "Tỉnh Đồng Nai ra chỉ thị mới để thực hiện công điện của Thủ tướng.")]),
        _article("sample://ha-tinh", "2023-11-16", [pm, gov, ha_tinh], [cd968, cv6466, nd30],
                 [(cv6466, cd968, implements, "triển khai",
                   "Hà Tĩnh gửi công văn triển khai công điện tới các sở, ngành."),
                  (cv6466, nd30, Relation.CITES, "theo",
                   "Văn bản được trình bày theo quy định về công tác văn thư.")]),
        _article("sample://quang-nam", "2024-02-07", [pm, quang_nam], [cd968, cv983],
                 [(cv983, cd968, implements, "thực hiện",
                   "Quảng Nam nhắc các đơn vị tiếp tục thực hiện công điện.")]),
        _article("sample://bien-hoa", "2023-11-09", [dong_nai, bien_hoa], [ct12, kh_bien_hoa],
                 [(kh_bien_hoa, ct12, implements, "cụ thể hóa",
                   "Thành phố lập kế hoạch cụ thể hóa chỉ thị của tỉnh.")]),
        _article("sample://so-noi-vu-ha-tinh", "2023-11-28", [ha_tinh, snv_ha_tinh],
                 [cv6466, cv_snv],
                 [(cv_snv, cv6466, implements, "Thực hiện",
                   "Sở Nội vụ hướng dẫn các phòng thực hiện công văn của tỉnh.")]),
    ]
    if hostile:
        hostile_doc = _doc("Công văn", "77", "UBND-VP", "2023-12-01", quang_nam, HOSTILE_TITLE)
        articles.append(
            _article("sample://hostile", "2023-12-02", [pm, quang_nam], [cd968, hostile_doc],
                     [(hostile_doc, cd968, implements, "Thực hiện", HOSTILE_EVIDENCE)])
        )
    return articles


# --- a large generated fan-out, for the benchmark ----------------------------------------------

_PROVINCES = [f"Tỉnh {i:02d}" for i in range(1, 64)]


def _generated_doc(doc_id: str, number: int, symbol: str, level: Level, province: str | None,
                   day: int) -> Document:
    return Document(
        id=doc_id, doc_type="Công văn", number=str(number), symbol=symbol, year=2023,
        date=f"2023-{10 + day // 28:02d}-{1 + day % 28:02d}", issuer=None, body_id=None,
        body_name=f"UBND {province}" if province else "Thủ tướng Chính phủ", level=level,
        province=province, province_now=province, scope="local" if province else "central",
        title=None,
    )


def generated_fanout(n: int) -> LineageView:
    """A fan-out of `n` documents: one root, the 63 provinces, and departments, districts and
    communes below them, each implementing its parent."""
    root = _generated_doc("root", 968, "CĐ-TTg", Level.CENTRAL, None, 0)
    documents = {root.id: root}
    edges = []
    # Parents available per (row, province): provinces answer the root, departments and
    # districts their province, communes a district or department of their own province.
    parents: dict[tuple[int, str | None], list[str]] = {}
    lower_levels = [Level.DEPARTMENT, Level.DISTRICT, Level.COMMUNE]
    for i in range(1, n):
        if i <= len(_PROVINCES):
            level, row, province = Level.PROVINCIAL, 1, _PROVINCES[i - 1]
        else:
            level = lower_levels[i % 3]
            row = 3 if level is Level.COMMUNE else 2
            province = _PROVINCES[(i // 3) % len(_PROVINCES)]
        candidates = parents.get((row - 1, province)) or parents.get((row - 2, province)) or [root.id]
        parent = candidates[i % len(candidates)]
        doc = _generated_doc(f"doc-{i}", i, "UBND-VP", level, province, i % 90)
        documents[doc.id] = doc
        parents.setdefault((row, province), []).append(doc.id)
        edges.append(LineageEdge(doc.id, parent, Relation.IMPLEMENTS, []))
    lags = {doc_id: 3 + int(doc_id.split("-")[1]) % 90 for doc_id in documents if doc_id != "root"}
    return LineageView("fanout", root, documents, edges, lags)
