"""The extractor on hard cases first: every pitfall of how Vietnamese texts cite documents.

The texts are written for these tests (short, in the register of provincial news and official
letters); the facts they carry are the real ones of the 968 lineage where a real fact fits.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from datetime import date

import pytest

from lineage.ingest.extract import extract
from lineage.ingest.models import Role, Source


def run(text: str, published: date | None = None, uri: str = "test"):
    return extract(Source(uri=uri, text=text, content_hash="h", published=published))


def by_number(result, number: str):
    found = [m for m in result.mentions if m.number == number]
    assert found, f"no mention of {number} in {[m.surface for m in result.mentions]}"
    return found


# --- finding mentions and their fields ---------------------------------------------------------


def test_full_citation_fields_and_offsets():
    text = ("Các sở, ngành cần quán triệt Công điện số 968/CĐ-TTg ngày 16 tháng 10 năm 2023 của Thủ tướng "
            "Chính phủ về tiếp tục chấn chỉnh kỷ luật, kỷ cương.")
    (m,) = run(text).mentions
    assert (m.doc_type, m.number, m.symbol, m.date) == ("Công điện", "968", "CĐ-TTg", date(2023, 10, 16))
    assert (m.issuer, m.scope) == ("Thủ tướng Chính phủ", "central")
    assert text[m.start:m.end] == m.surface
    assert m.surface.startswith("Công điện số 968/CĐ-TTg") and m.surface.endswith("Chính phủ")
    assert m.title.startswith("tiếp tục chấn chỉnh")


def test_party_and_state_documents_with_one_number_stay_apart():
    text = ("Triển khai Chỉ thị số 26-CT/TW ngày 23 tháng 11 năm 2023 của Ban Bí thư và Chỉ thị số 26/CT-TTg "
            "ngày 20 tháng 10 năm 2023 của Thủ tướng Chính phủ; Chỉ thị 30/CT-TTg và Chỉ thị 30-CT/TU.")
    result = run(text)
    symbols = [(m.number, m.symbol, m.issuer) for m in result.mentions]
    assert symbols == [
        ("26", "CT/TW", "Ban Bí thư"),
        ("26", "CT-TTg", "Thủ tướng Chính phủ"),
        ("30", "CT-TTg", "Thủ tướng Chính phủ"),
        ("30", "CT/TU", "Ban Thường vụ Tỉnh ủy"),
    ]
    assert len({m.document for m in result.mentions}) == 4


@pytest.mark.parametrize(
    ("written", "symbol"),
    [
        ("Chỉ thị số 22/CT-TW", "CT/TW"),  # Party issuer written with state separators
        ("Chỉ thị số 04 -CT/TU", "CT/TU"),  # space before the hyphen
        ("Công điện số 541/CD-TTg", "CĐ-TTg"),  # ASCII CD for CĐ
        ("Công điện số 541/C\u00d0-TTg", "CĐ-TTg"),  # Ð look-alike (U+00D0)
        ("Công điện số 541/CĐ\u2013TTg", "CĐ-TTg"),  # en dash
        ("Nghị định số 30/2020/NĐ-CP", "2020/NĐ-CP"),  # year inside the symbol
        ("Thông tư số 01/2011/TT-BNV", "2011/TT-BNV"),
        ("Quyết định số 349-QĐ/TU", "QĐ/TU"),
        ("Công văn số 6466/UBND-NC2", "UBND-NC2"),
    ],
)
def test_symbols_are_canonical_whatever_the_spelling(written, symbol):
    (m,) = run(f"Theo {written} đã nêu.").mentions
    assert m.symbol == symbol


def test_year_in_symbol_gives_the_year():
    (m,) = run("Căn cứ Nghị định số 30/2020/NĐ-CP của Chính phủ về công tác văn thư.").mentions
    assert m.year == 2020 and m.date is None and m.issuer == "Chính phủ"


def test_nfd_text_keeps_offsets_into_the_original():
    text = unicodedata.normalize("NFD", "Thực hiện Chỉ thị số 12/CT-UBND ngày 25 tháng 10 năm 2023 của UBND tỉnh Đồng Nai.")
    (m,) = run(text).mentions
    assert text[m.start:m.end] == m.surface
    assert unicodedata.normalize("NFC", m.surface).startswith("Chỉ thị số 12/CT-UBND")
    assert m.symbol == "CT-UBND" and m.issuer == "UBND tỉnh"


def test_non_breaking_spaces_and_old_tone_placement_in_issuer():
    text = "Quán triệt Chỉ thị số 46-CT/TU ngày 6 tháng 12 năm 2023 của\u00a0Ban Thường vụ\u00a0Tỉnh uỷ về Tết."
    (m,) = run(text).mentions
    assert m.issuer == "Ban Thường vụ Tỉnh ủy"
    assert m.surface.endswith("Tỉnh uỷ")


def test_list_with_type_in_its_head():
    text = ("Thực hiện các Nghị định của Chính phủ: số 78/2025/NĐ-CP ngày 01/4/2025 quy định chi tiết "
            "một số điều; số 187/2025/NĐ-CP ngày 01/7/2025 sửa đổi quy định trước đó.")
    mentions = run(text).mentions
    assert [(m.doc_type, m.number, m.symbol) for m in mentions] == [
        ("Nghị định", "78", "2025/NĐ-CP"),
        ("Nghị định", "187", "2025/NĐ-CP"),
    ]


def test_list_item_without_type_code_takes_the_previous_type():
    text = "Theo Công văn số 1273/UBND-NV và số 1290/UBND-NV của UBND tỉnh Sơn La."
    mentions = run(text).mentions
    assert [m.doc_type for m in mentions] == ["Công văn", "Công văn"]
    assert mentions[0].issuer == mentions[1].issuer == "UBND tỉnh"


def test_one_issuer_phrase_for_two_documents():
    text = ("Người đứng đầu nêu gương theo Quyết định số 349-QĐ/TU ngày 17 tháng 3 năm 2022 và Quyết định số "
            "889-QĐ/TU ngày 28 tháng 5 năm 2021 của Ban Thường vụ Tỉnh ủy.")
    first, second = run(text).mentions
    assert first.issuer == second.issuer == "Ban Thường vụ Tỉnh ủy"
    assert (first.date, second.date) == (date(2022, 3, 17), date(2021, 5, 28))


def test_issuer_named_before_the_document():
    text = "Tham mưu thực hiện các chỉ đạo của Chính phủ tại Nghị quyết số 01/NQ-CP ngày 5 tháng 1 năm 2024."
    (m,) = run(text).mentions
    assert m.issuer == "Chính phủ" and m.surface.startswith("Nghị quyết số 01/NQ-CP")


# Implements says what the article's own document does: texts that test it issue one first.
OWN = "UBND tỉnh vừa ban hành Công văn số 9901/UBND-VP. "


def test_issuer_before_the_document_of_the_prime_minister():
    text = OWN + "Thực hiện nghiêm các chỉ đạo của Thủ tướng tại Công điện số 280/CĐ-TTg ngày 19 tháng 4 năm 2023."
    (_, m) = run(text).mentions
    assert m.issuer == "Thủ tướng Chính phủ" and m.role == Role.IMPLEMENTS


@pytest.mark.parametrize(
    ("written", "published", "expected"),
    [
        ("ngày 16 tháng 10 năm 2023", None, date(2023, 10, 16)),
        ("ngày 6/2/2024", None, date(2024, 2, 6)),
        ("ngày 06-02-2024", None, date(2024, 2, 6)),
        ("ngày 15/11", date(2023, 11, 16), date(2023, 11, 15)),
        ("ngày 28/12", date(2024, 1, 3), date(2023, 12, 28)),  # the year before the article
    ],
)
def test_dates_in_every_written_form(written, published, expected):
    (m,) = run(f"Căn cứ Kế hoạch số 45/KH-UBND {written} của UBND tỉnh.", published).mentions
    assert m.date == expected


def test_year_that_cannot_be_known_is_null_and_reported():
    (m,) = run("Căn cứ Kế hoạch số 45/KH-UBND ngày 15/11 của UBND tỉnh.").mentions
    assert m.date is None and any("no year" in p for p in m.problems)


def test_malformed_date_is_reported_and_the_mention_kept():
    (m,) = run("Căn cứ Kế hoạch số 45/KH-UBND ngày 32/13/2023 của UBND tỉnh.").mentions
    assert m.number == "45" and m.date is None
    assert any("malformed date" in p for p in m.problems)


def test_loose_mentions():
    result = run("Tỉnh tiếp tục thực hiện Công điện 968 và Chỉ thị 12 của Ban Thường vụ Tỉnh ủy.")
    assert [(m.doc_type, m.number, m.symbol) for m in result.mentions] == [
        ("Công điện", "968", None),
        ("Chỉ thị", "12", None),
    ]
    assert result.mentions[1].issuer == "Ban Thường vụ Tỉnh ủy"


def test_laws_cited_by_name():
    text = "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015 và Luật số 80/2015/QH13."
    first, second = run(text).mentions
    assert (first.doc_type, first.number, first.symbol, first.date) == ("Luật", None, None, date(2015, 6, 25))
    assert first.issuer == "Quốc hội" and first.title == "Ngân sách nhà nước"
    assert (second.doc_type, second.number, second.symbol) == ("Luật", "80", "2015/QH13")


@pytest.mark.parametrize(
    "text",
    [
        "Các cơ quan triển khai nghiêm Chỉ thị này.",
        "Quán triệt các nghị quyết của Trung ương về xây dựng Đảng.",
        "Thực hiện Nghị quyết Đại hội XIII của Đảng.",
        "Tỉnh xây dựng Kế hoạch 5 năm và Chương trình 3 nội dung trọng tâm.",
        "Gọi tổng đài 0251.1022 hoặc 0251.3822.518 để được hỗ trợ 24/7.",
        "Ngày 16/10/2023, phòng chống COVID-19 vẫn được duy trì.",
        "Luật sư của công ty cho biết quy định tại Hiến pháp 2013 vẫn hiệu lực.",
    ],
)
def test_vague_mentions_and_lookalikes_are_not_references(text):
    assert [m.surface for m in run(text).mentions if m.doc_type != "Hiến pháp"] == []


# --- the article's own document and the roles of the others ------------------------------------


def test_self_document_after_an_issuing_verb_and_its_date_before_it():
    text = ("Ngày 15/11, Chủ tịch UBND tỉnh Hà Tĩnh ký ban hành Công văn số 6466/UBND-NC2 về chấn chỉnh "
            "kỷ luật hành chính.\nThực hiện Công điện số 968/CĐ-TTg ngày 16 tháng 10 năm 2023 của Thủ tướng Chính "
            "phủ; căn cứ Kết luận số 29-KL/TU ngày 22 tháng 7 năm 2021 của Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh yêu cầu…")
    result = run(text, published=date(2023, 11, 16))
    own, telegram, conclusion = result.mentions
    assert own.role == Role.SELF and own.date == date(2023, 11, 15) and own.issuer == "UBND tỉnh"
    assert telegram.role == Role.IMPLEMENTS and conclusion.role == Role.CITES
    assert result.province.name == "Hà Tĩnh"
    assert {(r.source, r.target, r.relation) for r in result.relations} == {(0, 1, "implements"), (0, 2, "cites")}


def test_semicolon_list_keeps_the_trigger_and_theo_switches_to_cites():
    text = (OWN + "Tổ chức quán triệt thực hiện nghiêm Chỉ thị số 30/CT-TTg ngày 15 tháng 12 năm 2023 của Thủ tướng Chính phủ; "
            "Công điện số 968/CĐ-TTg ngày 16 tháng 10 năm 2023 của Thủ tướng Chính phủ về kỷ luật, kỷ cương; trên cơ sở "
            "đó xây dựng kế hoạch thực hiện nhiệm vụ đã đề ra theo Nghị quyết số 36-NQ/TU ngày 8 tháng 12 năm 2023 của Tỉnh ủy.")
    roles = [m.role for m in run(text).mentions]
    assert roles == [Role.SELF, Role.IMPLEMENTS, Role.IMPLEMENTS, Role.CITES]


def test_theo_doi_is_not_a_citation_trigger():
    text = OWN + "Giao Sở Nội vụ theo dõi, đôn đốc việc triển khai Chỉ thị số 12/CT-UBND của UBND tỉnh."
    (_, m) = run(text).mentions
    assert m.role == Role.IMPLEMENTS and m.trigger.lower() == "triển khai"


def test_headline_and_body_mentions_of_the_self_document_share_fields():
    text = ("Chỉ thị 12 của Ban Thường vụ Tỉnh ủy: siết chặt kỷ cương\n\n"
            "Ngày 12/3/2018, Ban Thường vụ (BTV) Tỉnh ủy ký ban hành Chỉ thị 12 nhằm siết kỷ luật hành chính "
            "tại xã Châu Thới, huyện Vĩnh Lợi.")
    result = run(text, published=date(2018, 3, 14))
    headline, body = result.mentions
    assert headline.role == body.role == Role.SELF
    assert headline.date == body.date == date(2018, 3, 12)
    assert headline.issuer == body.issuer == "Ban Thường vụ Tỉnh ủy"
    assert headline.document == body.document == 0


def test_official_text_number_header_is_the_self_document():
    text = ("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI\nSố: 12/CT-UBND\nĐồng Nai, ngày 25 tháng 10 năm 2023\n"
            "CHỈ THỊ\nVề tăng cường kỷ luật, kỷ cương\n"
            "Thực hiện Công điện số 968/CĐ-TTg ngày 16 tháng 10 năm 2023 của Thủ tướng Chính phủ, …")
    result = run(text)
    own = result.mentions[0]
    assert (own.role, own.number, own.symbol) == (Role.SELF, "12", "CT-UBND")
    assert result.mentions[1].role == Role.IMPLEMENTS


def test_a_retold_central_telegram_is_not_the_article_own_document():
    text = ("Ngày 16/10/2023, Thủ tướng Chính phủ ban hành Công điện số 968/CĐ-TTg về kỷ luật hành chính. "
            "Thực hiện Công điện trên, UBND tỉnh Đồng Nai đã ban hành Chỉ thị số 12/CT-UBND ngày 25 tháng 10 năm 2023.")
    result = run(text)
    telegram, own = result.mentions
    assert own.role == Role.SELF and telegram.role != Role.SELF


def test_an_article_about_a_central_document_has_no_province():
    text = ("Thủ tướng Chính phủ vừa ký ban hành Công điện số 968/CĐ-TTg ngày 16 tháng 10 năm 2023 yêu cầu các bộ, "
            "ngành, địa phương chấn chỉnh kỷ luật. Căn cứ Luật Cán bộ, công chức, …")
    result = run(text)
    assert result.mentions[0].role == Role.SELF and result.mentions[0].scope == "central"
    assert result.province.name is None


def test_self_document_without_a_number_is_its_type_word():
    text = ("UBND tỉnh Sơn La vừa ban hành Kế hoạch triển khai Công điện số 968/CĐ-TTg ngày 16 tháng 10 năm 2023 "
            "của Thủ tướng Chính phủ trên địa bàn tỉnh.")
    result = run(text)
    own = result.mentions[0]
    assert (own.surface, own.number, own.role) == ("Kế hoạch", None, Role.SELF)
    assert result.mentions[1].role == Role.IMPLEMENTS


def test_lineage_stated_inside_a_citation():
    text = ("Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 2463/UBND-TH ngày 24/4/2023 về việc triển "
            "khai thực hiện Công điện số 280/CĐ-TTg ngày 19 tháng 4 năm 2023 của Thủ tướng Chính phủ, Sở Nội vụ "
            "vừa ban hành Kế hoạch số 77/KH-SNV.")
    result = run(text)
    letter, telegram, plan = result.mentions
    assert plan.role == Role.SELF
    assert letter.role == Role.IMPLEMENTS
    assert (0, 1, "implements") in {(r.source, r.target, r.relation) for r in result.relations}


# --- forms seen in real texts beyond the first articles -----------------------------------------


def test_official_header_date_line_dates_the_self_document():
    text = "UBND TỈNH HÀ TĨNH\nSố: 6466/UBND-NC2\nHà Tĩnh, ngày 15 tháng 11 năm 2023\nV/v chấn chỉnh kỷ luật"
    own = run(text).mentions[0]
    assert own.role == Role.SELF and own.date == date(2023, 11, 15)


def test_self_document_signed_by_a_named_chairman_after_the_mention():
    text = ("Công văn số 6466/UBND-NC2 mà Chủ tịch UBND tỉnh Võ Trọng Hải ký ngày 15/11/2023 yêu cầu các sở "
            "chấn chỉnh kỷ luật. Văn bản nhằm thực hiện Công điện số 968/CD-TTg của Thủ tướng.")
    own, telegram = run(text).mentions
    assert own.role == Role.SELF and own.date == date(2023, 11, 15)
    assert (telegram.role, telegram.symbol) == (Role.IMPLEMENTS, "CĐ-TTg")


def test_has_issued_with_co():
    text = "UBND tỉnh Lâm Đồng có Công văn số 1234/UBND-TH gửi các sở về thực hiện Chỉ thị số 26/CT-TTg."
    own, directive = run(text).mentions
    assert own.role == Role.SELF and directive.role == Role.IMPLEMENTS


def test_law_name_with_a_comma_keeps_its_date():
    (law,) = run("Xử lý theo Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008 và các văn bản hướng dẫn.").mentions
    assert law.title == "Cán bộ, công chức" and law.date == date(2008, 11, 13)


def test_bulleted_list_takes_the_trigger_of_its_head():
    text = ("Sở Tư pháp vừa ban hành Kế hoạch số 15/KH-STP. Kế hoạch nhằm triển khai các văn bản sau:\n"
            "- Chỉ thị số 26/CT-TTg ngày 20 tháng 10 năm 2023 của Thủ tướng Chính phủ;\n"
            "- Công điện số 968/CĐ-TTg ngày 16 tháng 10 năm 2023 của Thủ tướng Chính phủ.")
    roles = [m.role for m in run(text).mentions]
    assert roles == [Role.SELF, Role.IMPLEMENTS, Role.IMPLEMENTS]


def test_a_trigger_inside_a_subject_does_not_govern_the_next_item():
    text = (OWN + "Quán triệt Chỉ thị số 05-CT/TW ngày 15 tháng 5 năm 2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo "
            "tư tưởng, đạo đức, phong cách Hồ Chí Minh; Kết luận số 01-KL/TW ngày 18 tháng 5 năm 2021 của Bộ Chính trị.")
    _, first, second = run(text).mentions
    assert first.role == second.role == Role.IMPLEMENTS


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Công văn số 3456/VPCP-V.I", ("Công văn", "VPCP-V.I", "Văn phòng Chính phủ")),
        ("Hướng dẫn số 25-HD/BTCTW", ("Hướng dẫn", "HD/BTCTW", "Ban Tổ chức Trung ương")),
        ("Thông báo kết luận số 12/TB-VPCP", ("Thông báo", "TB-VPCP", "Văn phòng Chính phủ")),
        ("Quy định số 08-QĐi/TW", ("Quy định", "QĐi/TW", "Bộ Chính trị")),
        ("Thông tư liên tịch số 03/2023/TTLT-BNV-BTC", ("Thông tư liên tịch", "2023/TTLT-BNV-BTC", "Bộ Nội vụ; Bộ Tài chính")),
    ],
)
def test_symbols_of_other_bodies(written, expected):
    (m,) = run(f"Căn cứ {written} (ngày 02/3/2023).").mentions
    assert (m.doc_type, m.symbol, m.issuer) == expected
    assert m.date == date(2023, 3, 2)


def test_province_named_with_a_dash():
    (m,) = run("Căn cứ Chỉ thị số 05/CT-UBND ngày 2 tháng 2 năm 2024 của UBND tỉnh Bà Rịa - Vũng Tàu.").mentions
    assert m.issuer == "UBND tỉnh" and m.province == "Bà Rịa – Vũng Tàu"


@pytest.mark.parametrize(
    "text",
    [
        "Các đơn vị làm việc theo Quy chế ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 5 tháng 1 năm 2020 của UBND tỉnh.",
        "Mỗi cán bộ đăng ký Kế hoạch số 3/KH-CĐ của công đoàn cơ sở.",
        "Các nhiệm vụ đề ra Kế hoạch số 45/KH-UBND ngày 2/3/2023 của UBND tỉnh đã hoàn thành.",
    ],
)
def test_words_that_look_like_issuing_do_not_make_a_self_document(text):
    assert [m.role for m in run(text).mentions] == [Role.CITES]


def test_a_whole_official_decision():
    """An official text: national header, "Số:" line, place-date line, "Căn cứ" preamble, articles."""
    path = Path(__file__).parent / "fixtures_extract" / "quyet-dinh-nghe-an.txt"
    result = run(path.read_text(encoding="utf-8"))
    summary = [(m.number, m.symbol, m.role) for m in result.mentions]
    assert summary == [
        ("1520", "QĐ-UBND", Role.SELF),
        ("26", "CT-TTg", Role.IMPLEMENTS),  # "Ban hành Kế hoạch thực hiện Chỉ thị số 26/CT-TTg"
        (None, None, Role.CITES),  # Luật Tổ chức chính quyền địa phương
        ("30", "2020/NĐ-CP", Role.CITES),
        ("26", "CT-TTg", Role.CITES),  # "Căn cứ Chỉ thị số 26/CT-TTg"
        ("456", "TTr-SNV", Role.CITES),  # "Theo đề nghị … tại Tờ trình số 456/TTr-SNV"
        ("26", "CT-TTg", Role.IMPLEMENTS),
        ("2011", "QĐ-UBND", Role.CITES),  # "Bãi bỏ Quyết định số 2011/QĐ-UBND"
    ]
    own = result.mentions[0]
    assert own.date == date(2024, 5, 8) and own.issuer == "UBND tỉnh"
    assert result.province.name == "Nghệ An"
    assert result.mentions[5].issuer == "Sở Nội vụ"


# --- forms found by the held-out set -----------------------------------------------------------


def test_links_under_related_news_are_citations_only():
    text = ("Ngày 4/12, Chủ tịch UBND tỉnh ký Công văn số 3815/UBND-KT về hồ sơ đất đai.\n"
            "Tin liên quan\n- Triển khai Nghị định số 101/2024/NĐ-CP về cấp giấy chứng nhận")
    own, decree = run(text, published=date(2024, 12, 5)).mentions
    assert own.role == Role.SELF and (decree.role, decree.trigger) == (Role.CITES, None)


def test_a_new_clause_ends_the_reach_of_a_trigger():
    text = (OWN + "Văn bản yêu cầu thực hiện Công văn số 7345/VPCP-NN ngày 21/10/2024 của Văn phòng Chính phủ "
            "về thủ tục đất đai, các cơ quan phải công khai danh mục đã công bố tại Quyết định số "
            "2158/QĐ-UBND ngày 30/8/2024 của UBND tỉnh.")
    _, letter, decision = run(text).mentions
    assert (letter.role, decision.role) == (Role.IMPLEMENTS, Role.CITES)


def test_the_body_signed_for_is_the_issuer():
    text = ("Thay mặt Ban Thường vụ Thành ủy, Phó Bí thư Thường trực Thành ủy Hà Nội đã ký ban hành "
            "Chỉ thị số 27-CT/TU ngày 2 tháng 11 năm 2023 về tăng cường kỷ luật.")
    (own,) = run(text, published=date(2023, 11, 3)).mentions
    assert own.role == Role.SELF and own.issuer == "Ban Thường vụ Thành ủy"


def test_a_plenum_of_the_central_committee_issues_as_the_committee():
    (m,) = run("Quán triệt Kết luận số 21-KL/TW ngày 25 tháng 10 năm 2021 của Hội nghị Trung ương 4 khóa XIII.").mentions
    assert m.issuer == "Ban Chấp hành Trung ương"


def test_laws_with_a_number_and_amending_laws_are_one_mention_each():
    text = ("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15; Luật sửa đổi, bổ sung một số điều "
            "của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019.")
    named, amending = run(text).mentions
    assert (named.doc_type, named.number, named.symbol) == ("Luật", "72", "2025/QH15")
    assert amending.number is None and amending.date == date(2019, 11, 22)
    assert amending.title.startswith("sửa đổi, bổ sung")


def test_a_year_alone_keeps_documents_apart_and_old_acts_are_not_the_article_own():
    text = ("Chủ tịch UBND tỉnh Đồng Nai ký Chỉ thị số 12/CT-UBND ngày 25 tháng 10 năm 2023 về kỷ luật. "
            "Ở khối Đảng, Ban Thường vụ Tỉnh ủy Bạc Liêu đã có Chỉ thị 12 từ năm 2018.")
    state, party = run(text, published=date(2024, 2, 20)).mentions
    assert state.document != party.document
    assert party.year == 2018 and party.issuer == "Ban Thường vụ Tỉnh ủy"
    assert Role.SELF not in (state.role, party.role)


def test_an_article_without_a_document_of_its_own_has_no_province():
    text = "Nhìn lại một năm thực hiện Chỉ thị số 12/CT-UBND ngày 25 tháng 10 năm 2023 của UBND tỉnh Đồng Nai."
    result = run(text, published=date(2024, 11, 1))
    assert result.self_index is None and result.province.name is None
    assert result.mentions[0].province == "Đồng Nai"  # the citation is still placed


def test_listing_with_co_is_not_issuing():
    text = "Tỉnh có nhiều văn bản, trong đó có Quyết định số 35/2021/QĐ-UBND ngày 10 tháng 9 năm 2021 của UBND tỉnh."
    assert [m.role for m in run(text).mentions] == [Role.CITES]


def test_party_number_line_without_a_colon():
    text = "TỈNH ỦY QUẢNG BÌNH\nSố 42-CT/TU\nĐồng Hới, ngày 18 tháng 6 năm 2024\nCHỈ THỊ\nVề công tác cán bộ"
    own = run(text).mentions[0]
    assert (own.role, own.symbol, own.date) == (Role.SELF, "CT/TU", date(2024, 6, 18))


def test_dates_in_brackets_and_after_the_issuer():
    text = ("Các tỉnh đã triển khai Công điện 968/CĐ-TTg (16/10/2023) và Chỉ thị số 26/CT-TTg của Thủ tướng "
            "Chính phủ ban hành ngày 20/10/2023.")
    telegram, directive = run(text).mentions
    assert (telegram.date, directive.date) == (date(2023, 10, 16), date(2023, 10, 20))


def test_unnumbered_own_plan_in_headline_and_body():
    text = ("Trảng Bom ra kế hoạch thực hiện Chỉ thị 12 về kỷ luật\n\n"
            "Ngày 10/1/2024, UBND huyện Trảng Bom ban hành Kế hoạch kiểm tra công vụ năm 2024, nhằm triển "
            "khai Chỉ thị 12 của Chủ tịch UBND tỉnh. Việc ra chỉ thị riêng ở cấp xã chưa cần thiết.")
    mentions = run(text, published=date(2024, 1, 12)).mentions
    assert [(m.surface, m.role) for m in mentions] == [
        ("kế hoạch", Role.SELF), ("Chỉ thị 12", Role.IMPLEMENTS),
        ("Kế hoạch", Role.SELF), ("Chỉ thị 12 của Chủ tịch UBND tỉnh", Role.IMPLEMENTS),
    ]
    assert mentions[2].date == date(2024, 1, 10) and mentions[2].issuer == "UBND huyện"


def test_the_article_own_subject_line_states_what_it_implements():
    text = ("UBND TỈNH LÂM ĐỒNG\nSố: 1187/UBND-KGVX\nV/v triển khai thực hiện Công điện số 1482/CĐ-TTg "
            "ngày 08/11/2024 của Thủ tướng Chính phủ\nLâm Đồng, ngày 14 tháng 11 năm 2024")
    own, telegram = run(text).mentions
    assert own.role == Role.SELF and telegram.role == Role.IMPLEMENTS


# --- forms found by the second, blind held-out set ------------------------------------------


def test_a_decision_issuing_rules_is_not_a_new_document():
    text = ("Cán bộ thực hiện các Quyết định của Thủ tướng Chính phủ: số 129/2007/QĐ-TTg ngày 2/8/2007 ban "
            "hành Quy chế văn hóa công sở; số 1847/QĐ-TTg ngày 27/12/2018.")
    result = run(text, published=date(2024, 5, 2))
    assert [m.number for m in result.mentions] == ["129", "1847"] and result.self_index is None


def test_looking_back_at_implementation_is_background():
    text = ("Bộ Nội vụ vừa có Công văn số 5120/BNV-CCVC. Theo Bộ, sau hơn một năm thực hiện Công điện 968, "
            "kỷ luật đã chuyển biến.")
    own, telegram = run(text, published=date(2024, 11, 2)).mentions
    assert own.role == Role.SELF and telegram.role == Role.CITES


def test_a_repeat_without_a_trigger_keeps_its_document_role():
    text = ("UBND tỉnh vừa ban hành Công văn số 4100/UBND-NC để triển khai Công điện số 968/CĐ-TTg. "
            "Các sở nêu gương, kỷ luật tốt như tinh thần của Công điện 968 đã nêu.")
    own, first, repeat = run(text, published=date(2023, 10, 30)).mentions
    assert first.role == repeat.role == Role.IMPLEMENTS


def test_a_text_that_issues_nothing_only_cites():
    text = "Nhiều nơi việc thực hiện Chỉ thị 27-CT/TW ngày 10/01/2019 của Bộ Chính trị còn hình thức."
    (m,) = run(text, published=date(2024, 6, 1)).mentions
    assert m.role == Role.CITES


def test_boards_and_joint_issuers():
    text = ("Căn cứ Công điện số 07/CĐ-QG ngày 04/9/2024 của Ban Chỉ đạo quốc gia về phòng, chống thiên tai, "
            "Kết luận số 127-KL/TW ngày 28/2/2025 của Bộ Chính trị, Ban Bí thư và Công điện số 03/CĐ-PCTT "
            "của Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh.")
    board, conclusion, command = run(text).mentions
    assert board.issuer == "Ban Chỉ đạo quốc gia về phòng, chống thiên tai" and board.scope == "central"
    assert conclusion.issuer == "Bộ Chính trị; Ban Bí thư"
    assert command.issuer == "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh"


def test_a_council_passes_its_resolutions_and_discipline_is_no_law():
    text = ("Chiều 8/12, HĐND tỉnh thông qua Nghị quyết số 12/2023/NQ-HĐND về giá đất. Tỉnh thi hành "
            "kỷ luật 24 tổ chức đảng trong năm.")
    (own,) = run(text, published=date(2023, 12, 9)).mentions
    assert own.role == Role.SELF and own.date == date(2023, 12, 8)


def test_a_date_inside_another_citation_is_not_the_own_document_date():
    text = ("Thực hiện Công điện số 81/CĐ-TTg ngày 18/8/2024 của Thủ tướng Chính phủ, Bộ Y tế vừa có "
            "Công điện số 1198/CĐ-BYT gửi các địa phương.")
    telegram, own = run(text, published=date(2024, 8, 22)).mentions
    assert own.role == Role.SELF and own.date is None and telegram.role == Role.IMPLEMENTS


def test_a_decree_subject_without_ve_keeps_its_triggers():
    text = (OWN + "Căn cứ Nghị định số 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định chi tiết thi hành "
            "một số điều của Luật Đất đai.")
    _, decree, law = run(text).mentions
    assert decree.role == law.role == Role.CITES
    assert decree.title.startswith("quy định chi tiết")


def test_a_shared_date_and_a_law_year_after_its_name():
    text = (OWN + "Theo các Nghị quyết của Chính phủ số 01/NQ-CP và số 02/NQ-CP ngày 05 tháng 01 năm 2024; "
            "Luật Đất đai 2024 và Luật Phòng, chống thiên tai.")
    _, first, second, land, disasters = run(text).mentions
    assert first.date == second.date == date(2024, 1, 5)
    assert (land.title, land.year) == ("Đất đai", 2024)
    assert disasters.title == "Phòng, chống thiên tai"


# --- forms found by the fourth and fifth blind sets (long news, official texts) ---------------


def test_two_documents_issued_together_are_both_the_article_own():
    text = ("Ngày 15/1/2025, UBND tỉnh Bình Định ban hành Quyết định số 187/QĐ-UBND về kế hoạch cải cách "
            "và Chỉ thị số 02/CT-UBND về kỷ luật công vụ. Thực hiện Công điện 968, các sở rà soát.")
    decision, directive, telegram = run(text, published=date(2025, 1, 16)).mentions
    assert decision.role == directive.role == Role.SELF
    assert decision.date == directive.date == date(2025, 1, 15)
    assert telegram.role == Role.IMPLEMENTS


def test_an_old_loose_directive_is_not_news():
    text = "Ông cho biết Ban Thường vụ Tỉnh ủy cũng đã có Chỉ thị 21 về việc này, nay cần làm nghiêm."
    assert [m.role for m in run(text, published=date(2024, 3, 1)).mentions] == [Role.CITES]


def test_list_items_take_the_issuer_and_date_of_their_head():
    text = ("Các báo cáo viên truyền đạt các nghị quyết của Ban Chấp hành Trung ương ngày 24/11/2023: "
            "số 44-NQ/TW về quốc phòng; số 45-NQ/TW về trí thức.")
    first, second = run(text).mentions
    assert first.issuer == second.issuer == "Ban Chấp hành Trung ương"
    assert first.date == second.date == date(2023, 11, 24)


def test_an_attached_file_name_is_not_a_citation():
    assert run("Văn bản đính kèm: 156-KH-UBND.pdf").mentions == []


def test_the_body_in_an_official_header_issues_the_text():
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN THỌ XUÂN\nSố: 112/KH-UBND\nThọ Xuân, ngày 5 tháng 3 năm 2024\n"
            "KẾ HOẠCH\nThực hiện Kế hoạch số 41/KH-UBND của UBND tỉnh")
    own = run(text).mentions[0]
    assert (own.role, own.issuer, own.date) == (Role.SELF, "UBND huyện", date(2024, 3, 5))


def test_more_written_dates():
    text = ("Thủ tướng Chính phủ có Công điện số 968/CĐ-TTg, đề ngày 16/10/2023. Hôm 24/9/2024, Thủ tướng "
            "vừa ký Công điện số 102/CĐ-TTg về bão.")
    telegram, storm = run(text, published=date(2024, 9, 25)).mentions
    assert telegram.date == date(2023, 10, 16) and storm.date == date(2024, 9, 24)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("QĐ số 1847/QĐ-TTg", ("Quyết định", "1847", "QĐ-TTg")),
        ("NQ 57", ("Nghị quyết", "57", None)),
        ("CT 16", ("Chỉ thị", "16", None)),
        ("CV 123/UBND-KT", ("Công văn", "123", "UBND-KT")),
        ("NĐ 30/2020/NĐ-CP", ("Nghị định", "30", "2020/NĐ-CP")),
    ],
)
def test_abbreviated_type_words(written, expected):
    (m,) = run(f"Các đơn vị quán triệt {written} của cấp trên.").mentions
    assert (m.doc_type, m.number, m.symbol) == expected


def test_lower_case_abbreviations_are_not_types():
    assert run("Tổ ct 16 người và kh 20 hộ được hỗ trợ.").mentions == []


def test_a_table_row_gives_the_date_and_issuer_of_its_document():
    text = ("STT | Văn bản | Ngày ban hành | Cơ quan\n"
            "1 | Công điện số 968/CĐ-TTg | 16/10/2023 | Thủ tướng Chính phủ\n"
            "2 | Chỉ thị số 23-CT/TU | 05/12/2023 | Ban Thường vụ Tỉnh ủy")
    telegram, directive = run(text).mentions
    assert (telegram.date, telegram.issuer) == (date(2023, 10, 16), "Thủ tướng Chính phủ")
    assert (directive.date, directive.issuer) == (date(2023, 12, 5), "Ban Thường vụ Tỉnh ủy")


def test_table_rows_under_a_trigger_head_are_carried_out():
    text = (OWN + "UBND tỉnh yêu cầu thực hiện nghiêm các văn bản chỉ đạo sau:\n"
            "STT | Văn bản | Ngày ban hành\n1 | Công điện số 968/CĐ-TTg | 16/10/2023\n"
            "2 | Chỉ thị số 26/CT-TTg | 20/10/2023")
    _, telegram, directive = run(text).mentions
    assert telegram.role == directive.role == Role.IMPLEMENTS


# --- forms found by the sixth and seventh blind sets (many sites; the Party side) -------------


@pytest.mark.parametrize(
    ("written", "symbol", "issuer"),
    [
        ("Hướng dẫn số 112-HD/BTGTU", "HD/BTGTU", "Ban Tuyên giáo Tỉnh ủy"),
        ("Thông báo số 214-TB/UBKTTU", "TB/UBKTTU", "Ủy ban Kiểm tra Tỉnh ủy"),
        ("Kế hoạch số 150-KH/TWĐTN-PTTN", "KH/TWĐTN-PTTN", "Ban Bí thư Trung ương Đoàn"),
        ("Kế hoạch số 210-KH/TĐTN", "KH/TĐTN", "Ban Thường vụ Tỉnh đoàn"),
    ],
)
def test_party_layout_symbols_of_boards_and_mass_organisations(written, symbol, issuer):
    (m,) = run(f"Căn cứ {written} về công tác tuyên truyền.").mentions
    assert (m.symbol, m.issuer) == (symbol, issuer)


def test_bodies_beside_the_committee_and_the_central_committee_named_shortly():
    text = ("Theo Kế hoạch số 88/KH-BCH của Bộ Chỉ huy Quân sự tỉnh, Nghị quyết 43 của Trung ương và "
            "Chương trình số 5/CTr-MTTQ của Ủy ban MTTQ Việt Nam tỉnh.")
    plan, resolution, programme = run(text).mentions
    assert plan.issuer == "Bộ Chỉ huy Quân sự tỉnh"
    assert (resolution.issuer, resolution.scope) == ("Ban Chấp hành Trung ương", "central")
    assert programme.issuer == "Ủy ban MTTQ Việt Nam tỉnh"


def test_a_plan_of_a_year_and_no_symbol_across_a_line():
    text = "Triển khai Kế hoạch 268 năm 2024 của Tỉnh đoàn.\nKết quả năm 2023\n- UBND tỉnh ban hành Kế hoạch mới."
    mentions = run(text).mentions
    assert [(m.number, m.year) for m in mentions if m.number] == [("268", 2024)]


def test_body_names_and_discipline_are_not_triggers():
    text = (OWN + "Căn cứ Nghị quyết số 12-NQ/HU của Ban Chấp hành Đảng bộ huyện; Ủy ban Kiểm tra thi hành "
            "kỷ luật đảng viên vi phạm Quy định số 37-QĐ/TW.")
    _, resolution, rule = run(text).mentions
    assert resolution.role == rule.role == Role.CITES


def test_a_document_in_the_own_subject_is_not_a_second_own_document():
    text = ("Ban Bí thư vừa ban hành Thông báo kết luận số 182-TB/TW về tiếp tục thực hiện Chỉ thị số "
            "42-CT/TW ngày 24/3/2015.")
    notice, directive = run(text, published=date(2025, 3, 5)).mentions
    assert notice.role == Role.SELF and directive.role == Role.IMPLEMENTS


def test_a_list_head_gives_its_type():
    text = "Quán triệt các Quy định của Bộ Chính trị: số 55-QĐ/TW ngày 19/12/2016; số 114-QĐ/TW ngày 11/7/2023."
    first, second = run(text).mentions
    assert first.doc_type == second.doc_type == "Quy định"


def test_bodies_of_the_2025_structure():
    text = ("Đảng ủy UBND tỉnh Tuyên Quang vừa ban hành Chương trình số 09-CTr/ĐU. Căn cứ Hướng dẫn số "
            "03-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy và Nghị quyết số 41/NQ-HĐBCQG.")
    own, guidance, resolution = run(text, published=date(2025, 9, 2)).mentions
    assert own.issuer == "Đảng ủy UBND tỉnh"
    assert guidance.issuer == "Ban Tuyên giáo và Dân vận Tỉnh ủy"
    assert (resolution.issuer, resolution.scope) == ("Hội đồng bầu cử quốc gia", "central")


def test_central_chains_two_decisions_signed_together_and_according_to():
    text = ("Thủ tướng Chính phủ vừa ký Quyết định số 21/2024/QĐ-TTg ban hành Quy chế làm việc, đồng thời ký "
            "Quyết định số 1412/QĐ-TTg về tổ công tác. Theo Cục Quản lý công sản, Quyết định 1580/QĐ-BTC "
            "và Chỉ thị số 01/CT-VKSTC vẫn có hiệu lực.")
    first, second, finance, procuracy = run(text, published=date(2024, 11, 20)).mentions
    assert first.role == second.role == Role.SELF
    assert (finance.symbol, finance.issuer, finance.role) == ("QĐ-BTC", "Bộ Tài chính", Role.CITES)
    assert procuracy.issuer == "Viện kiểm sát nhân dân tối cao"


# --- forms found by the tenth and eleventh blind sets (sectors; the South) --------------------


def test_sector_bodies_issue_and_are_cited():
    text = ("Phòng Giáo dục và Đào tạo huyện Hoằng Hóa (tỉnh Thanh Hoá) có Công văn số 312/PGDĐT-TH ngày "
            "12/9/2024 thực hiện Công văn số 5982/TCT-CS của Tổng cục Thuế và Kế hoạch số 18/KH-BCĐ của "
            "Chi cục Thủy sản.")
    own, tax, plan = run(text, published=date(2024, 9, 13)).mentions
    assert (own.role, own.issuer) == (Role.SELF, "Phòng Giáo dục và Đào tạo huyện")
    assert (tax.issuer, tax.scope) == ("Tổng cục Thuế", "central")
    assert plan.issuer == "Chi cục Thủy sản"


def test_an_amended_decree_in_a_subject_is_only_cited_and_the_list_goes_on():
    text = (OWN + "Hướng dẫn nhằm triển khai Nghị định 76/2024/NĐ-CP của Chính phủ sửa đổi, bổ sung một số "
            "điều của Nghị định số 20/2021/NĐ-CP quy định chính sách trợ giúp xã hội; Công văn số "
            "2975/LĐTBXH-BTXH của Bộ Lao động - Thương binh và Xã hội và những năm tiếp theo; Quyết định "
            "số 2390/QĐ-UBND của UBND tỉnh.")
    _, decree, amended, letter, decision = run(text).mentions
    assert (decree.role, amended.role) == (Role.IMPLEMENTS, Role.CITES)
    assert letter.role == decision.role == Role.IMPLEMENTS
    assert letter.issuer == "Bộ Lao động - Thương binh và Xã hội"


def test_de_an_with_a_bare_number_is_a_nickname():
    assert run("Các xã đẩy mạnh chuyển đổi số gắn với Đề án 06 của Chính phủ.").mentions == []
