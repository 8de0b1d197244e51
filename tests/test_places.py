"""Place knowledge: the province tables, the gazetteer, and the province inferred for an article.

Every text here is written for these tests; the facts (who chaired which province when, which
commune lies in which district) are real and come from the project's data tables.
"""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from lineage.data import (
    canonical_province,
    is_centrally_run,
    load_officeholders,
    load_places,
    load_provinces,
    load_sites,
    merged_from,
    post2025_names,
    pre2025_names,
    province_at,
    province_now,
)
from lineage.ingest.places import SignerBook, find_places, infer_province, province_of_site

BEFORE = date(2023, 11, 20)
AFTER = date(2025, 9, 10)


# --- province tables -------------------------------------------------------------------------


def test_63_provinces_before_and_34_units_after_the_merger():
    assert len(set(pre2025_names())) == 63
    assert len(set(post2025_names())) == 34
    kinds = [p.kind for p in load_provinces()]
    assert kinds.count("post2025") == 1  # Huế, called Thừa Thiên Huế before 2025
    assert {p.now for p in load_provinces()} == set(post2025_names())
    # every pre-2025 province belongs to exactly one unit, and the units cover all 63
    covered = [name for unit in post2025_names() for name in merged_from(unit)]
    assert sorted(covered) == sorted(pre2025_names())


@pytest.mark.parametrize(
    "old, new",
    [
        ("Bạc Liêu", "Cà Mau"),
        ("Quảng Nam", "Đà Nẵng"),
        ("Bình Phước", "Đồng Nai"),
        ("Bà Rịa – Vũng Tàu", "Hồ Chí Minh"),
        ("Hòa Bình", "Phú Thọ"),
        ("Thừa Thiên Huế", "Huế"),
        ("Hà Tĩnh", "Hà Tĩnh"),
        ("Sơn La", "Sơn La"),
    ],
)
def test_merger_map(old, new):
    assert province_now(old) == new
    assert old in merged_from(new)


@pytest.mark.parametrize(
    "alias, canonical",
    [
        ("Hoà Bình", "Hòa Bình"),
        ("Tỉnh Thanh Hoá", "Thanh Hóa"),
        ("Đắc Lắk", "Đắk Lắk"),
        ("Kontum", "Kon Tum"),
        ("BR-VT", "Bà Rịa – Vũng Tàu"),
        ("Bà Rịa - Vũng Tàu", "Bà Rịa – Vũng Tàu"),
        ("TP.HCM", "Hồ Chí Minh"),
        ("Thành phố Hồ Chí Minh", "Hồ Chí Minh"),
        ("thành phố Cần Thơ", "Cần Thơ"),
        ("ha-tinh", "Hà Tĩnh"),
        ("Thừa Thiên - Huế", "Thừa Thiên Huế"),
    ],
)
def test_aliases(alias, canonical):
    assert canonical_province(alias) == canonical


def test_not_a_province():
    assert canonical_province("Bộ Nội vụ") is None
    with pytest.raises(ValueError, match="not a Vietnamese province"):
        province_now("Atlantis")


def test_names_follow_the_calendar():
    assert province_at("Quảng Nam", date(2024, 2, 6)) == "Quảng Nam"
    assert province_at("Quảng Nam", date(2025, 7, 1)) == "Đà Nẵng"
    assert province_at("Huế", date(2022, 5, 1)) == "Thừa Thiên Huế"
    assert province_at("Thừa Thiên Huế", date(2025, 3, 1)) == "Huế"
    assert province_at("Bạc Liêu", None) == "Bạc Liêu"
    assert not is_centrally_run("Thừa Thiên Huế", date(2024, 6, 1))
    assert is_centrally_run("Huế", date(2025, 3, 1))
    assert is_centrally_run("Cần Thơ", BEFORE) and not is_centrally_run("Đồng Nai", BEFORE)


def test_data_tables_name_only_known_provinces():
    canonical = set(pre2025_names()) | set(post2025_names())
    assert {p.province for p in load_places()} <= canonical
    assert set(load_sites().values()) <= canonical
    assert {row.province for row in load_officeholders()} <= canonical
    districts = {p.province for p in load_places() if p.era == "pre" and p.level == "district"}
    assert districts == set(pre2025_names())


def test_officeholder_terms():
    rows = load_officeholders()
    assert len(rows) > 400 and all(row.source_url.startswith("http") for row in rows)
    for row in rows:
        if row.first_day() and row.last_day():
            assert row.first_day() <= row.last_day(), row
    thanh = [r for r in rows if r.name == "Lê Trí Thanh" and r.office == "Chủ tịch UBND"]
    assert thanh and thanh[0].province == "Quảng Nam"
    assert thanh[0].first_day() <= date(2024, 2, 6) <= thanh[0].last_day()


# --- gazetteer ---------------------------------------------------------------------------------


def test_commune_and_district_identify_bac_lieu():
    text = "Ảnh chụp tại xã Châu Thới (huyện Vĩnh Lợi) trong buổi ra quân."
    places = find_places(text)
    assert [(m.surface, m.kind, m.province) for m in places] == [
        ("xã Châu Thới", "commune", "Bạc Liêu"),
        ("huyện Vĩnh Lợi", "district", "Bạc Liêu"),
    ]
    assert text[places[1].start : places[1].end] == "huyện Vĩnh Lợi"


def test_shared_district_name_gives_candidates_not_a_province():
    (mention,) = find_places("Đoàn công tác làm việc với huyện Châu Thành.")
    assert mention.province is None and len(mention.candidates) > 3


def test_commune_narrowed_by_its_district():
    # Both "xã Bình Hòa" and "huyện Châu Thành" exist in several provinces; together, one.
    mentions = find_places("Hội nghị diễn ra ở xã Bình Hòa, huyện Châu Thành.")
    assert mentions[0].province == "An Giang"


def test_bare_city_name():
    (mention,) = find_places("Người dân Biên Hòa đón nhận chủ trương mới.")
    assert (mention.kind, mention.province, mention.prefixed) == ("city", "Đồng Nai", False)


def test_lowercase_common_words_are_not_provinces():
    assert find_places("Mọi người mong muốn hòa bình và an ninh.") == []
    (mention,) = find_places("Đoàn đến thăm tỉnh Hòa Bình.")
    assert mention.province == "Hòa Bình"


def test_names_that_only_contain_a_province():
    assert find_places("Tàu vượt Thái Bình Dương.") == []
    assert find_places("Học tập và làm theo tư tưởng Hồ Chí Minh.") == []
    assert [m.province for m in find_places("Đoàn khảo sát tại TP.HCM")] == ["Hồ Chí Minh"]


def test_nfd_text_with_old_tones_and_nbsp_keeps_original_offsets():
    text = unicodedata.normalize("NFD", "Kết luận của Ban Thường vụ Tỉnh\u00a0uỷ Bạc Liêu về nề nếp")
    (mention,) = find_places(text)
    assert mention.province == "Bạc Liêu" and mention.issuer
    assert unicodedata.normalize("NFC", text[mention.start : mention.end]) == "Tỉnh\u00a0uỷ Bạc Liêu"


def test_bodies_are_recognised():
    (ubnd,) = find_places("Ủy ban nhân dân tỉnh Sơn La yêu cầu các sở thực hiện.")
    assert ubnd.issuer and ubnd.body == "Ủy ban nhân dân"
    (agency,) = find_places("Sở Nội vụ tỉnh Đồng Nai hướng dẫn.")
    assert agency.body == "Sở Nội vụ" and not agency.issuer
    (plain,) = find_places("Nhiều tỉnh như tỉnh Nghệ An đã làm.")
    assert plain.body is None


# --- sites ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "host, province",
    [
        ("dongnai.gov.vn", "Đồng Nai"),
        ("sonoivu.dongnai.gov.vn", "Đồng Nai"),
        ("https://www.baohatinh.vn/bai-viet/1", "Hà Tĩnh"),
        ("baoquangnam.vn", "Quảng Nam"),
        ("baobaclieu.vn", "Bạc Liêu"),
        ("sonla.gov.vn", "Sơn La"),
        ("baria-vungtau.gov.vn", "Bà Rịa – Vũng Tàu"),
        ("baokiengiang.com.vn", "Kiên Giang"),  # by the pattern, not the table
        ("baochinhphu.vn", None),
        ("dangcongsan.vn", None),
    ],
)
def test_province_of_site(host, province):
    assert province_of_site(host) == province


# --- inference ---------------------------------------------------------------------------------


def test_body_named_with_its_province():
    guess = infer_province("Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải đã ký văn bản chỉ đạo.", on_date=BEFORE)
    assert guess.name == "Hà Tĩnh"
    assert "UBND tỉnh Hà Tĩnh" in guess.evidence and guess.confidence > 0.8


def test_headline_prefix():
    text = "Sơn La: siết chặt giờ giấc làm việc\n\nCác cơ quan được yêu cầu báo cáo hằng tháng."
    guess = infer_province(text, on_date=date(2022, 4, 26))
    assert guess.name == "Sơn La" and guess.evidence.startswith("headline")


def test_place_only_article():
    text = "Ban Thường vụ Tỉnh ủy vừa ra chỉ thị. Ảnh: cán bộ xã Châu Thới, huyện Vĩnh Lợi họp dân."
    guess = infer_province(text, on_date=date(2018, 3, 14))
    assert guess.name == "Bạc Liêu" and "Vĩnh Lợi" in guess.evidence


def test_bare_city_places_an_article():
    guess = infer_province("Chủ tịch UBND tỉnh yêu cầu các phường ở Biên Hòa chấn chỉnh.", on_date=BEFORE)
    assert guess.name == "Đồng Nai"


def test_province_mentioned_in_passing_loses_to_the_issuer():
    text = (
        "UBND tỉnh Hà Tĩnh vừa ban hành văn bản về kỷ cương hành chính. "
        + "Nội dung văn bản rất dài. " * 40
        + "Trước đó, tỉnh Nghệ An và tỉnh Quảng Bình cũng đã có văn bản tương tự; Nghệ An làm sớm."
    )
    guess = infer_province(text, on_date=BEFORE)
    assert guess.name == "Hà Tĩnh"
    assert guess.confidence > infer_province("UBND tỉnh Hà Tĩnh và tỉnh Nghệ An", on_date=BEFORE).confidence - 0.5


def test_site_alone_and_site_against_a_body():
    alone = infer_province("Chủ tịch UBND tỉnh yêu cầu các sở chấn chỉnh.", on_date=BEFORE, site="baodongnai.com.vn")
    assert alone.name == "Đồng Nai" and alone.evidence == "site baodongnai.com.vn"
    other = infer_province(
        "UBND tỉnh Bình Phước vừa ban hành chỉ thị về kỷ luật.", on_date=BEFORE, site="baodongnai.com.vn"
    )
    assert other.name == "Bình Phước"
    assert "Đồng Nai" in other.candidates


def test_signer_from_the_officeholders_table():
    text = "Chủ tịch UBND tỉnh Lê Trí Thanh vừa ký công văn yêu cầu các sở chấn chỉnh."
    guess = infer_province(text, on_date=date(2024, 2, 6))
    assert guess.name == "Quảng Nam"
    assert guess.evidence.startswith("signer Lê Trí Thanh (Chủ tịch UBND, Quảng Nam")
    # After his term the name says nothing.
    assert infer_province(text, on_date=date(2024, 12, 1)).name is None


def test_rotation_the_date_decides():
    text = "Chủ tịch UBND Trần Văn Lâu chủ trì cuộc họp về cải cách hành chính."
    assert infer_province(text, on_date=date(2023, 5, 1)).name == "Sóc Trăng"
    assert infer_province(text, on_date=date(2025, 8, 1)).name == "Cần Thơ"


def test_rotation_without_a_date_reports_candidates():
    guess = infer_province("Chủ tịch UBND Trần Văn Lâu chủ trì cuộc họp.", on_date=None)
    assert guess.name is None
    assert {"Sóc Trăng", "Cần Thơ"} <= set(guess.candidates)


def test_namesakes_at_the_same_date_are_ambiguous():
    # Two chairmen called Nguyễn Văn Quang with open terms: Vĩnh Long and Hòa Bình.
    guess = infer_province("Chủ tịch UBND tỉnh Nguyễn Văn Quang chỉ đạo.", on_date=date(2022, 3, 1))
    assert guess.name is None and {"Vĩnh Long", "Hòa Bình"} <= set(guess.candidates)


def test_merger_naming():
    assert infer_province("UBND tỉnh Cà Mau vừa ban hành kế hoạch.", on_date=AFTER).name == "Cà Mau"
    assert infer_province("UBND tỉnh Bạc Liêu vừa ban hành kế hoạch.", on_date=date(2023, 3, 1)).name == "Bạc Liêu"
    assert infer_province("UBND tỉnh Quảng Nam ban hành kế hoạch.", on_date=AFTER).name == "Đà Nẵng"
    assert infer_province("Cán bộ huyện Vĩnh Lợi (cũ) làm việc.", on_date=AFTER).name == "Cà Mau"


def test_no_signal():
    guess = infer_province("Thủ tướng Chính phủ yêu cầu các bộ, ngành tăng cường kỷ luật.", on_date=BEFORE)
    assert guess.name is None and guess.confidence == 0.0 and guess.candidates == []


def test_upper_case_heading():
    assert infer_province("UBND TỈNH HÀ TĨNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", on_date=BEFORE).name == "Hà Tĩnh"


def test_a_list_of_offices_is_not_a_signer():
    book = SignerBook()
    assert book.learn("Thực hiện việc do Chủ tịch UBND tỉnh, Phó Chủ tịch UBND tỉnh giao.", "Hà Tĩnh", BEFORE) == 0


def test_signer_book_learns_across_two_texts():
    first = "Phó Chủ tịch UBND tỉnh Hà Tĩnh Trần Minh Khoa dự hội nghị sơ kết."
    later = "Phó Chủ tịch UBND tỉnh Trần Minh Khoa ký văn bản chỉ đạo các sở."
    assert infer_province(later, on_date=BEFORE).name is None
    book = SignerBook()
    assert book.learn(first, "Hà Tĩnh", date(2023, 9, 1)) == 1
    assert book.learn(first, "Hà Tĩnh", date(2023, 9, 1)) == 0  # nothing new the second time
    guess = infer_province(later, on_date=BEFORE, signer_book=book)
    assert guess.name == "Hà Tĩnh" and "Trần Minh Khoa" in guess.evidence
    # Facts fade: ten years later the book says nothing about him.
    assert book.lookup("Trần Minh Khoa", date(2033, 9, 1)) == []
    assert [f.province for f in book.lookup("trần minh khoa", BEFORE)] == ["Hà Tĩnh"]


def test_signer_book_learns_a_placeless_signer_only_beside_an_issuer():
    text_with_body = "UBND tỉnh Quảng Ngãi họp. Phó Chủ tịch UBND tỉnh Đinh Thị Hồng Yên kết luận."
    text_without = "Phó Chủ tịch UBND tỉnh Lâm Quang Vũ kết luận cuộc họp."
    book = SignerBook()
    assert book.learn(text_with_body, "Quảng Ngãi", BEFORE) == 1
    assert book.learn(text_without, "Quảng Ngãi", BEFORE) == 0
    assert [f.province for f in book.lookup("Đinh Thị Hồng Yên", BEFORE)] == ["Quảng Ngãi"]
