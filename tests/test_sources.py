"""Reading sources: every format, encodings, dates, boilerplate, and problems that never stop a batch."""

from __future__ import annotations

import codecs
import json
import shutil
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lineage.ingest import sources as sources_module
from lineage.ingest.models import Source
from lineage.ingest.sources import (
    SourceProblem,
    count_sources,
    iter_sources,
    read_html,
    read_jsonl,
    read_text_file,
)
from lineage.ingest.sources_dates import parse_date_value, published_from_text
from lineage.ingest.sources_html import visible_text
from lineage.ingest.sources_text import content_hash

FIXTURES = Path(__file__).parent / "fixtures_sources"

TITLE = "Gia Lai siết chặt giờ giấc làm việc của công chức"
PARAGRAPHS = [
    "Ngày 20/11/2023, Chủ tịch UBND tỉnh Gia Lai đã ký Công văn số 4321/UBND-NC gửi các sở, ngành.",
    "Văn bản yêu cầu thủ trưởng các đơn vị kiểm tra việc chấp hành nội quy và xử lý nghiêm vi phạm.",
    "Kết quả kiểm tra được gửi về Sở Nội vụ trước khi tổng hợp báo cáo UBND tỉnh.",
]


def results(paths) -> tuple[list[Source], list[SourceProblem]]:
    found = list(iter_sources(paths))
    return (
        [r for r in found if isinstance(r, Source)],
        [r for r in found if isinstance(r, SourceProblem)],
    )


def only_source(paths) -> Source:
    found = list(iter_sources(paths))
    assert len(found) == 1 and isinstance(found[0], Source), found
    return found[0]


def only_problem(paths) -> SourceProblem:
    found = list(iter_sources(paths))
    assert len(found) == 1 and isinstance(found[0], SourceProblem), found
    return found[0]


def to_cp1258(text: str) -> bytes:
    """Windows-1258 keeps â, ê, ô, ơ, ư, ă, đ precomposed and writes tones as combining marks."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", char)
            # Put the vowel modifier (circumflex, breve, horn) back on the base letter.
            for modifier in [m for m in marks if m in "\u0302\u0306\u031b"]:
                base = unicodedata.normalize("NFC", base + modifier)
                marks.remove(modifier)
            out += (base + "".join(marks)).encode("cp1258")
    return bytes(out)


# --- plain text ---------------------------------------------------------------------------------


def test_text_file_gives_title_date_and_the_text_as_read(tmp_path):
    path = tmp_path / "bai.txt"
    path.write_bytes(f"{TITLE}\r\nThứ năm, 23/11/2023 16:45\r\n\r\n{PARAGRAPHS[0]}\r\n".encode())
    source = read_text_file(path)
    assert source.title == TITLE
    assert source.published == date(2023, 11, 23)
    assert "\r" not in source.text
    assert source.text.startswith(f"{TITLE}\nThứ năm, 23/11/2023 16:45\n\n{PARAGRAPHS[0]}")
    assert source.uri == str(path)
    assert source.site is None


def test_markdown_markup_is_stripped_and_offsets_point_into_the_result():
    source = only_source([FIXTURES / "tree" / "sub" / "b_tin.md"])
    assert source.title == "Kon Tum quán triệt kỷ cương hành chính"
    assert source.published == date(2024, 1, 9)
    for markup in ("#", "**", "](", "https://example.vn"):
        assert markup not in source.text
    start = source.text.index("Công điện số 968/CĐ-TTg")
    assert source.text[start : start + 23] == "Công điện số 968/CĐ-TTg"
    # Numbered instructions keep their numbers.
    assert "1. Các sở rà soát quy chế làm việc." in source.text
    assert "2. UBND cấp huyện tự kiểm tra giờ giấc." in source.text


# --- HTML ---------------------------------------------------------------------------------------


def test_html_keeps_the_article_and_drops_navigation_comments_related_links_and_footer():
    source = only_source([FIXTURES / "news_page.html"])
    assert source.title == "Bình Phước yêu cầu chấn chỉnh tác phong công vụ"
    assert source.text.startswith(source.title)
    for sentence in (
        "Chiều 31/10/2023, lãnh đạo UBND tỉnh Bình Phước đã ký văn bản",
        "không để công chức rời vị trí trong giờ hành chính",
        "Tỉnh cũng giao Sở Nội vụ lập đoàn kiểm tra đột xuất",
    ):
        assert sentence in source.text
    for boilerplate in (
        "Trang chủ",
        "Liên hệ quảng cáo",
        "Ý kiến bình luận",
        "Viết bình luận",
        "Gửi bình luận",
        "Tin liên quan",
        "Nghệ An đẩy mạnh cải cách",
        "Bản quyền thuộc về",
        "Giấy phép hoạt động",
    ):
        assert boilerplate not in source.text
    # Paragraphs stay apart, one per line.
    lines = source.text.split("\n")
    assert any(line.startswith("Theo văn bản, người đứng đầu") for line in lines)


def test_html_scripts_and_styles_never_reach_the_text():
    html = (FIXTURES / "news_page.html").read_text(encoding="utf-8")
    for text in (read_html(html, "trang.html").text, visible_text(html)):
        assert "MA_THEO_DOI_KHONG_DUOC_HIEN" not in text
        assert "DOAN_MA_TRONG_BAI_KHONG_HIEN" not in text
        assert "MA_STYLE_KHONG_HIEN" not in text
        assert "dataLayer" not in text


def test_html_metadata_gives_date_site_and_site_name():
    source = only_source([FIXTURES / "news_page.html"])
    assert source.published == date(2023, 11, 2)  # article:published_time, not the 2016 header
    assert source.site == "baomau.example.vn"  # from og:url / canonical, "www." dropped
    assert source.site_name == "Báo Mẫu Điện Tử"


def test_html_url_given_by_the_caller_names_the_site():
    html = (FIXTURES / "news_page.html").read_text(encoding="utf-8")
    source = read_html(html, "https://binhphuoc.gov.vn/tin/123")
    assert source.site == "binhphuoc.gov.vn"
    assert source.uri == "https://binhphuoc.gov.vn/tin/123"


def test_html_date_from_json_ld():
    html = f"""<html><head><title>{TITLE}</title>
    <script type="application/ld+json">
    {{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "{TITLE}",
      "datePublished": "2023-11-21T07:00:00+07:00"}}
    </script></head><body><article><h1>{TITLE}</h1>
    {"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</article></body></html>"""
    source = read_html(html, "gia-lai.html")
    assert source.published == date(2023, 11, 21)
    assert "@context" not in source.text


def test_html_without_metadata_skips_a_stale_header_date_for_the_article_date_line():
    html = (FIXTURES / "news_page.html").read_text(encoding="utf-8")
    no_meta = html.replace('content="2023-11-02T09:30:00+07:00"', 'content=""')
    assert no_meta != html
    assert read_html(no_meta, "trang.html").published == date(2023, 11, 2)
    no_date_line = no_meta.replace("Thứ Năm, 02/11/2023 | 09:30 GMT+7", "")
    # Only the header's 1/7/2016 is left, and the body reports a document of 31/10/2023.
    assert read_html(no_date_line, "trang.html").published is None


def test_html_header_today_stamp_is_not_the_article_date():
    html = (FIXTURES / "news_page.html").read_text(encoding="utf-8")
    stamped = (
        html.replace('content="2023-11-02T09:30:00+07:00"', 'content=""')
        .replace('<div class="top-bar">Thứ 6, Ngày 1/7/2016</div>',
                 '<div class="date-now">Thứ Sáu, 21/6/2024</div>')
    )  # fmt: skip
    assert "21/6/2024" in stamped and "2023-11-02T" not in stamped
    assert read_html(stamped, "trang.html").published == date(2023, 11, 2)
    only_stamp = stamped.replace("Thứ Năm, 02/11/2023 | 09:30 GMT+7", "")
    assert read_html(only_stamp, "trang.html").published is None


def test_tiny_page_still_gives_its_text():
    html = (
        "<html><head><style>p{margin:0}</style></head><body>"
        "<script>alert('KHONG_HIEN')</script><p>Thông báo nghỉ Tết.</p></body></html>"
    )
    source = read_html(html, "ngan.html")
    assert "Thông báo nghỉ Tết." in source.text
    assert "KHONG_HIEN" not in source.text and "margin" not in source.text


def test_visible_text_puts_blocks_on_their_own_lines():
    html = "<html><body><div>Dòng một</div><p>Dòng <b>hai</b></p>Dòng ba<br>Dòng bốn</body></html>"
    assert visible_text(html).split("\n") == ["Dòng một", "Dòng hai", "Dòng ba", "Dòng bốn"]


# --- JSON Lines ---------------------------------------------------------------------------------


def test_jsonl_bad_lines_are_reported_by_number_and_do_not_stop_the_file(tmp_path):
    page = f"<html><body><article><h1>{TITLE}</h1><p>{PARAGRAPHS[1]}</p></article></body></html>"
    lines = [
        json.dumps({"url": "https://www.sonla.gov.vn/a", "text": PARAGRAPHS[0], "published": "2023-11-20"}),
        "{ đây không phải JSON",
        "",
        json.dumps({"url": "https://x.vn/b", "published": "20/11/2023"}),
        json.dumps(["một", "mảng"]),
        json.dumps({"url": "https://x.vn/c", "text": "   "}),
        json.dumps({"url": "https://baoxyz.vn/d", "html": page, "published": "21/11/2023 08:00",
                    "title": "Tiêu đề từ bản ghi", "tac_gia": "khóa thừa được bỏ qua"}),
    ]
    path = tmp_path / "crawl.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = list(read_jsonl(path))
    assert [type(r).__name__ for r in found] == [
        "Source", "SourceProblem", "SourceProblem", "SourceProblem", "SourceProblem", "Source",
    ]  # fmt: skip
    first, bad_json, no_body, not_object, empty, html_record = found
    assert (first.uri, first.site, first.published) == ("https://www.sonla.gov.vn/a", "sonla.gov.vn", date(2023, 11, 20))
    assert first.text == PARAGRAPHS[0]
    assert bad_json == SourceProblem(str(path), "line 2: not valid JSON")
    assert no_body == SourceProblem(str(path), "line 4: neither 'text' nor 'html'")
    assert not_object.message == "line 5: not a JSON object"
    assert empty.message == "line 6: empty"
    assert html_record.published == date(2023, 11, 21)
    assert html_record.title == "Tiêu đề từ bản ghi"
    assert html_record.site == "baoxyz.vn"
    assert PARAGRAPHS[1] in html_record.text
    assert count_sources([path]) == 6  # the blank line gives nothing


def test_jsonl_record_without_url_gets_a_uri_naming_the_line(tmp_path):
    path = tmp_path / "ban_ghi.ndjson"
    path.write_text(json.dumps({"text": PARAGRAPHS[2]}) + "\n", encoding="utf-8")
    source = only_source([path])
    assert source.uri == f"{path}#line=1"
    assert source.published is None


def test_jsonl_line_that_is_not_utf8_is_reported(tmp_path):
    path = tmp_path / "hong.jsonl"
    good = json.dumps({"url": "https://x.vn/1", "text": PARAGRAPHS[0]}).encode()
    path.write_bytes(b'{"text": "\xff\xfe"}\n' + good + b"\n")
    found = list(iter_sources([path]))
    assert found[0] == SourceProblem(str(path), "line 1: not valid UTF-8")
    assert isinstance(found[1], Source) and found[1].uri == "https://x.vn/1"


# --- folders, counting, problems ----------------------------------------------------------------


def test_folder_is_walked_recursively_in_sorted_order_skipping_hidden_and_other_files(tmp_path):
    tree = tmp_path / "tree"
    shutil.copytree(FIXTURES / "tree", tree)
    (tree / ".an.txt").write_text("Tệp ẩn.", encoding="utf-8")
    (tree / ".cache").mkdir()
    (tree / ".cache" / "x.txt").write_text("Thư mục ẩn.", encoding="utf-8")
    sources, problems = results([tree])
    assert problems == []
    assert [Path(s.uri).relative_to(tree).as_posix() for s in sources] == [
        "a_thong_bao.txt",
        "sub/b_tin.md",
        "sub/deeper/c_trang.html",
    ]
    assert count_sources([tree]) == 3


def test_explicit_unsupported_or_missing_paths_are_problems(tmp_path):
    sheet = FIXTURES / "tree" / "sub" / "bien_ban.xlsx"
    missing = tmp_path / "khong_co.txt"
    found = list(iter_sources([sheet, missing, FIXTURES / "header_date.txt"]))
    assert isinstance(found[0], SourceProblem) and "unsupported file type '.xlsx'" in found[0].message
    assert found[1] == SourceProblem(str(missing), "no such file or directory")
    assert isinstance(found[2], Source)
    assert count_sources([sheet, missing, FIXTURES / "header_date.txt"]) == 3


def test_a_failing_reader_becomes_a_problem_and_the_batch_goes_on(tmp_path, monkeypatch):
    def broken_parser(*args, **kwargs):
        raise RuntimeError("trình phân tích hỏng")

    monkeypatch.setattr(sources_module, "read_html", broken_parser)
    sources, problems = results([FIXTURES / "tree"])
    assert [Path(s.uri).name for s in sources] == ["a_thong_bao.txt", "b_tin.md"]
    assert len(problems) == 1
    assert problems[0].uri.endswith("c_trang.html")
    assert problems[0].message == "unexpected RuntimeError: trình phân tích hỏng"


# --- encodings ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-8"),
        lambda t: t.encode("utf-8-sig"),
        lambda t: t.encode("utf-16"),  # with BOM
        lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
        to_cp1258,
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "cp1258"],
)
def test_encodings_decode_to_the_same_article(tmp_path, encode):
    article = "\n\n".join([TITLE, *PARAGRAPHS]) + "\n"
    path = tmp_path / "bai.txt"
    path.write_bytes(encode(article))
    source = only_source([path])
    assert unicodedata.normalize("NFC", source.text) == article
    assert source.content_hash == content_hash(article)
    assert source.title is not None and unicodedata.normalize("NFC", source.title) == TITLE


def test_cp1258_text_keeps_its_combining_marks_as_read(tmp_path):
    path = tmp_path / "cu.txt"
    path.write_bytes(to_cp1258(PARAGRAPHS[1]))
    text = only_source([path]).text
    assert not unicodedata.is_normalized("NFC", text)  # tones stay combining marks
    assert unicodedata.normalize("NFC", text) == PARAGRAPHS[1]


def test_binary_file_is_a_problem(tmp_path):
    path = tmp_path / "anh.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    problem = only_problem([path])
    assert problem.message == "binary data, not text"


def test_tcvn3_mojibake_is_refused_with_advice(tmp_path):
    # A sentence in TCVN3 (ABC), which stores Vietnamese letters in 0xA1-0xFF: "Ủy ban nhân dân
    # tỉnh vừa ban hành Chỉ thị về tăng cường kỷ luật, kỷ cương hành chính …", shown as the
    # mojibake a Western code page makes of it. No Python codec reads TCVN3.
    mojibake = (
        "Uû ban nh©n d©n tØnh võa ban hµnh ChØ thÞ vÒ t¨ng c\u00adêng kû luËt, "
        "kû c\u00ad¬ng hµnh chÝnh trong c¸c c¬ quan nhµ n\u00adíc. "
    )
    words = mojibake.encode("latin-1")
    path = tmp_path / "abc.txt"
    path.write_bytes(words * 3)
    problem = only_problem([path])
    assert "TCVN3" in problem.message


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n", "  \n".encode("utf-16")])
def test_empty_files_are_problems(tmp_path, content):
    path = tmp_path / "rong.txt"
    path.write_bytes(content)
    assert only_problem([path]) == SourceProblem(str(path), "empty")


# --- Unicode form and content hash ---------------------------------------------------------------


def test_nfd_text_stays_nfd_and_hashes_like_nfc(tmp_path):
    article = "\n\n".join([TITLE, *PARAGRAPHS])
    nfd = unicodedata.normalize("NFD", article)
    assert nfd != article
    (tmp_path / "nfd.txt").write_text(nfd, encoding="utf-8")
    (tmp_path / "nfc.txt").write_text(article, encoding="utf-8")
    from_nfc, from_nfd = results([tmp_path])[0]  # sorted: nfc.txt, nfd.txt
    assert from_nfd.uri.endswith("nfd.txt")
    assert from_nfd.text == nfd  # offsets point into the text as read
    assert from_nfc.text == article
    assert from_nfd.content_hash == from_nfc.content_hash


def test_the_same_article_hashes_alike_in_every_format(tmp_path):
    body_html = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = (
        f"<html><head><title>{TITLE}</title></head><body>"
        f"<nav><a href='/'>Trang chủ</a> <a href='/tin'>Tin tức</a></nav>"
        f"<article><h1>{TITLE}</h1>{body_html}</article>"
        f"<footer>Bản quyền thuộc về cổng thông tin mẫu.</footer></body></html>"
    )
    (tmp_path / "a.txt").write_text("\n\n".join([TITLE, *PARAGRAPHS]) + "\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("\n\n".join([f"# {TITLE}", *PARAGRAPHS]), encoding="utf-8")
    (tmp_path / "c.html").write_text(page, encoding="utf-8")
    records = [
        {"url": "https://x.vn/1", "text": "\n".join([TITLE, *PARAGRAPHS])},
        {"url": "https://x.vn/2", "html": page},
    ]
    (tmp_path / "d.jsonl").write_text("\n".join(map(json.dumps, records)), encoding="utf-8")
    sources, problems = results([tmp_path])
    assert problems == [] and len(sources) == 5
    assert {s.content_hash for s in sources} == {content_hash(sources[0].text)}
    # A changed word is a changed article.
    assert content_hash(sources[0].text.replace("nghiêm", "nhẹ")) != sources[0].content_hash


@given(st.text(alphabet="aăâđeêioôơuưy ÀÁẢÃẠàáảãạ\n\t\r", min_size=1))
def test_hash_ignores_unicode_form_and_whitespace_layout(text):
    nfd = unicodedata.normalize("NFD", text)
    relaid = "  " + "\r\n".join(text.split()) + "\n"
    assert content_hash(nfd) == content_hash(text)
    assert content_hash(relaid) == content_hash(" ".join(text.split()))


# --- publication dates --------------------------------------------------------------------------


def test_header_date_older_than_the_reported_document_is_rejected():
    source = only_source([FIXTURES / "header_date.txt"])
    assert source.published is None
    assert source.title == "Quảng Ngãi tăng cường kỷ luật trong các cơ quan hành chính"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Thứ Tư, 14/03/2018 | 15:53 G3T+7", date(2018, 3, 14)),
        ("Thứ năm, 16/11/2023 16:45", date(2023, 11, 16)),
        ("Thứ Ba, 26/04/2022, 14:28 [GMT+7]", date(2022, 4, 26)),
        ("Cập nhật: 08:10 ngày 06/02/2024", date(2024, 2, 6)),
        ("Ngày đăng: 12/03/2018", date(2018, 3, 12)),
        ("Chủ nhật, 05-11-2023 07:00", date(2023, 11, 5)),
        ("Cập nhật 09:20, Thứ Tư, 14/3/2018", date(2018, 3, 14)),
        ("15:53 | Thứ Tư, ngày 14/03/2018 (GMT+7)", date(2018, 3, 14)),
        ("Thứ\u00a0Hai,\u00a006/11/2023", date(2023, 11, 6)),
        ("Thứ Hai, 32/13/2023 10:00", None),  # impossible date: ignored
    ],
)
def test_date_lines(line, expected):
    text = f"Tiêu đề bài báo\n{line}\nNội dung bài viết về công tác cán bộ."
    assert published_from_text(text) == expected


def test_sentence_starting_with_a_date_is_not_a_date_line():
    text = "Tiêu đề\nNgày 25/10/2023, Chủ tịch UBND tỉnh ký ban hành chỉ thị mới."
    assert published_from_text(text) is None


def test_date_line_equal_to_the_reported_document_is_kept():
    text = "Tiêu đề\nNgày đăng: 25/10/2023\nNgày 25/10/2023, UBND tỉnh ban hành chỉ thị."
    assert published_from_text(text) == date(2023, 10, 25)


def test_dates_in_words_count_as_reported_documents():
    text = "Tiêu đề\nThứ Hai, 02/10/2023\nChỉ thị ký ngày 16 tháng 10 năm 2023 có hiệu lực ngay."
    assert published_from_text(text) is None


def test_deadlines_do_not_reject_the_date_line():
    text = (
        "Tiêu đề\nThứ năm, 16/11/2023 16:45\n"
        "Ngày 15/11/2023, UBND tỉnh ban hành công văn; các sở báo cáo trước ngày 31/12/2023, "
        "quy chế mới có hiệu lực từ ngày 01/01/2024."
    )
    assert published_from_text(text) == date(2023, 11, 16)


def test_date_line_far_below_the_top_is_not_the_article_date():
    filler = "\n".join(f"Đoạn văn số {i} nói về việc khác." for i in range(20))
    assert published_from_text(f"Tiêu đề\n{filler}\nThứ Hai, 06/11/2023") is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-11-16", date(2023, 11, 16)),
        ("2023-11-16T16:45:00+07:00", date(2023, 11, 16)),
        ("16/11/2023", date(2023, 11, 16)),
        ("16/11/2023 16:45", date(2023, 11, 16)),
        ("ngày 16 tháng 11 năm 2023", date(2023, 11, 16)),
        ("32/13/2023", None),
        ("2023-02-30", None),
        ("hôm qua", None),
        (20231116, None),
        (None, None),
    ],
)
def test_metadata_date_values(value, expected):
    assert parse_date_value(value) == expected


def test_jsonl_malformed_published_falls_back_to_the_text(tmp_path):
    path = tmp_path / "c.jsonl"
    record = {"url": "https://x.vn/e", "published": "32/13/2023",
              "text": f"{TITLE}\nThứ Ba, 21/11/2023 08:00\n{PARAGRAPHS[0]}"}  # fmt: skip
    path.write_text(json.dumps(record), encoding="utf-8")
    assert only_source([path]).published == date(2023, 11, 21)


def test_a_today_stamp_does_not_hide_the_article_date():
    from lineage.ingest.sources_dates import published_from_text

    text = ("Tin địa phương\n\nHôm nay: 22/7/2021\n\n22/12/2019 20:11\n\n"
            "Ngày 20/12, UBND huyện ban hành công văn về kỷ luật. Triển khai Công văn số 4395/UBND-NCKS "
            "ngày 13 tháng 12 năm 2019 của UBND tỉnh, các đơn vị tập trung thực hiện.")
    assert published_from_text(text) == date(2019, 12, 22)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Thanh Hà - 14:20 05/03/2024", date(2024, 3, 5)),
        ("Minh Anh (TTXVN) - 10:05, 03/03/2024", date(2024, 3, 3)),
        ("Thứ Ba, 12/11/2024 | Đăng nhập | Đăng ký", date(2024, 11, 12)),
        ("Ngày 12/3/2018, Ban Thường vụ Tỉnh ủy đã ban hành chỉ thị", None),
    ],
)
def test_bylines_and_menus_around_a_date_line(line, expected):
    from lineage.ingest.sources_dates import date_of_line

    assert date_of_line(line) == expected
