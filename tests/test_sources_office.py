"""Reading official texts from Word (.docx) and PDF files, and refusing old Word .doc files.

The .docx files are built here with python-docx. The PDF is a committed fixture
(fixtures_sources/office/cong_van_1234.pdf, made by make_pdf_fixture.py from LETTER below with
fpdf2 and the DejaVu Sans font), so no font is needed when the tests run; scanned, encrypted and
broken PDFs are made here with pypdf.
"""

from __future__ import annotations

import unicodedata
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import docx
import pypdf
import pytest

from lineage.ingest.extract import extract
from lineage.ingest.models import Role, Source
from lineage.ingest.sources import SourceProblem, count_sources, iter_sources
from lineage.ingest.sources_office import (
    NO_TEXT_LAYER_MESSAGE,
    OLD_DOC_MESSAGE,
    official_published,
    read_docx,
    read_pdf,
)
from lineage.ingest.sources_text import content_hash

OFFICE = Path(__file__).parent / "fixtures_sources" / "office"
PDF_FIXTURE = OFFICE / "cong_van_1234.pdf"

# An invented official letter in the usual layout: the header table's two cells, then the body.
HEADER_LEFT = ["ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", "Số: 1234/UBND-VP",
               "V/v siết chặt giờ giấc và tác phong của công chức"]  # fmt: skip
HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Gia Lai, ngày 20 tháng 10 năm 2023"]  # fmt: skip
BODY = [
    "Kính gửi: Thủ trưởng các sở, ban, ngành và Chủ tịch UBND các huyện, thị xã, thành phố.",
    "Thực hiện Công điện số 968/CĐ-TTg mà Thủ tướng Chính phủ ký ngày 16/10/2023, Chủ tịch UBND "
    "tỉnh giao các cơ quan, đơn vị mấy việc dưới đây.",
    "1. Mỗi người đứng đầu tự soát lại nội quy cơ quan mình, nhất là giờ đến, giờ về và cách "
    "tiếp dân của công chức thuộc quyền.",
    "2. Sở Nội vụ lập đoàn đi kiểm tra không báo trước và gửi kết quả về UBND tỉnh trước ngày "
    "30/11/2023.",
]
PAGE_TWO = [
    "3. Đơn vị nào để xảy ra vi phạm thì người đứng đầu phải giải trình bằng văn bản.",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
]
# Written into the PDF in NFD (combining tone marks), as some converters do.
NFD_LINE = unicodedata.normalize("NFD", "Văn bản này được gửi kèm bản điện tử qua hệ thống.")
LETTER = {"left": HEADER_LEFT, "right": HEADER_RIGHT, "body": BODY, "page_two": PAGE_TWO, "nfd": NFD_LINE}


def letter_docx(path: Path, *, header: bool = True, body: list[str] = BODY,
                created: datetime = datetime(2023, 10, 18, 8, 0, tzinfo=UTC), title: str = "") -> Path:  # fmt: skip
    """The letter as Word would save it: a borderless two-column header table, then paragraphs.
    The default "created" date is the day a clerk opened the template, before the letter's date."""
    document = docx.Document()
    if header:
        table = document.add_table(rows=1, cols=2)
        for cell, lines in zip(table.rows[0].cells, (HEADER_LEFT, HEADER_RIGHT), strict=True):
            cell.paragraphs[0].text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
        document.add_paragraph("")  # the blank spacing paragraphs official texts are full of
    for paragraph in body:
        document.add_paragraph(paragraph)
    document.core_properties.created = created
    document.core_properties.title = title
    document.save(path)
    return path


def blank_pdf(path: Path) -> Path:
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.write(path)
    return path


def one(paths) -> Source | SourceProblem:
    found = list(iter_sources(paths))
    assert len(found) == 1, found
    return found[0]


def self_and_implements(source: Source) -> tuple[str | None, list[tuple[str | None, str | None]]]:
    """The symbol of the self document and (source, target) symbols of implements edges."""
    extraction = extract(source)
    mentions = extraction.mentions
    for mention in mentions:  # offsets point into the text as read
        assert source.text[mention.start : mention.end] == mention.surface
    self_symbol = None if extraction.self_index is None else mentions[extraction.self_index].symbol
    edges = [
        (mentions[r.source].symbol, mentions[r.target].symbol)
        for r in extraction.relations
        if r.relation == Role.IMPLEMENTS
    ]
    return self_symbol, edges


# --- .docx --------------------------------------------------------------------------------------


def test_docx_header_table_cells_come_out_as_lines_left_before_right(tmp_path):
    source = one([letter_docx(tmp_path / "cong_van.docx")])
    assert isinstance(source, Source)
    assert source.text.split("\n") == HEADER_LEFT + HEADER_RIGHT + BODY  # no blank lines kept
    assert source.title == "ỦY BAN NHÂN DÂN"
    assert source.published == date(2023, 10, 20)  # the header's place-date line, not "created"
    assert source.uri == str(tmp_path / "cong_van.docx")


def test_docx_gives_the_self_document_and_the_implements_edge(tmp_path):
    source = read_docx(letter_docx(tmp_path / "cong_van.docx"))
    self_symbol, edges = self_and_implements(source)
    assert self_symbol == "UBND-VP"
    assert ("UBND-VP", "CĐ-TTg") in edges


def test_docx_reading_order_keeps_tables_between_paragraphs_and_merged_cells_once(tmp_path):
    document = docx.Document()
    document.add_paragraph("Trước bảng.")
    table = document.add_table(rows=2, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 1))  # spans two grid columns
    merged.text = "Ô gộp ngang"
    table.cell(0, 2).text = "Ô phải"
    tall = table.cell(1, 0).merge(table.cell(1, 2))
    tall.text = "Hàng dưới"
    inner = table.cell(0, 2).add_table(rows=1, cols=2)  # a table inside a cell
    inner.cell(0, 0).text = "Bảng con trái"
    inner.cell(0, 1).text = "Bảng con phải"
    document.add_paragraph("Sau bảng.")
    path = tmp_path / "thu_tu.docx"
    document.save(path)
    assert read_docx(path).text.split("\n") == [
        "Trước bảng.", "Ô gộp ngang", "Ô phải", "Bảng con trái", "Bảng con phải", "Hàng dưới", "Sau bảng.",
    ]  # fmt: skip


def test_docx_metadata_date_and_title_serve_only_when_the_text_gives_none(tmp_path):
    long_first = "Về việc " + "rà soát quy chế làm việc " * 20  # too long to be a title
    body = [long_first, "Các cơ quan báo cáo kết quả rà soát quy chế làm việc."]
    path = letter_docx(tmp_path / "khong_ngay.docx", header=False, body=body,
                       created=datetime(2023, 11, 2, 7, 30), title="Công văn rà soát quy chế")  # fmt: skip
    source = read_docx(path)
    assert source.published == date(2023, 11, 2)
    assert source.title == "Công văn rà soát quy chế"
    # With its header, the letter's own place-date line and first line win over the metadata.
    with_header = read_docx(letter_docx(tmp_path / "co_tieu_de.docx", title="Tiêu đề trong tệp"))
    assert (with_header.published, with_header.title) == (date(2023, 10, 20), "ỦY BAN NHÂN DÂN")


def test_docx_metadata_date_earlier_than_a_reported_document_is_not_the_publication_date(tmp_path):
    # No header, so no place-date line: only the metadata date is left, and the letter carries
    # out a telegram of 16/10/2023. A template created in 2019 did not publish it.
    body = ["Thông báo nội bộ", BODY[1]]
    old = read_docx(letter_docx(tmp_path / "mau_cu.docx", header=False, body=body, created=datetime(2019, 3, 1)))
    assert old.published is None
    new = read_docx(letter_docx(tmp_path / "moi.docx", header=False, body=body, created=datetime(2023, 10, 21)))
    assert new.published == date(2023, 10, 21)


@pytest.mark.parametrize(
    ("header_line", "expected"),
    [
        ("Gia Lai, ngày 20 tháng 10 năm 2023", date(2023, 10, 20)),
        ("TP. Hồ Chí Minh, ngày 20/10/2023", date(2023, 10, 20)),
        # A PDF's two header columns side by side on one extracted line.
        ("Số: 1234/UBND-VP Gia Lai, ngày 20 tháng 10 năm 2023", date(2023, 10, 20)),
        # A sentence ending in a date is not a place-date line.
        ("Báo cáo gửi về Sở Nội vụ trước đó, ngày 20 tháng 10 năm 2023", None),
        # A header date earlier than the telegram the letter carries out is a typo, not its date.
        ("Gia Lai, ngày 20 tháng 10 năm 2022", None),
    ],
)
def test_place_date_line_of_an_official_header(header_line, expected):
    text = "\n".join(["ỦY BAN NHÂN DÂN TỈNH GIA LAI", header_line, *BODY[1:]])
    assert official_published(text) == expected


def test_the_same_text_hashes_alike_from_txt_and_docx(tmp_path):
    letter_docx(tmp_path / "a.docx")
    lines = HEADER_LEFT + HEADER_RIGHT + BODY
    (tmp_path / "b.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    from_docx, from_txt = one([tmp_path / "a.docx"]), one([tmp_path / "b.txt"])
    assert from_docx.content_hash == from_txt.content_hash
    assert from_docx.content_hash != content_hash(from_docx.text.replace("1234", "1243"))


def test_docx_keeps_the_unicode_form_as_written(tmp_path):
    nfd = unicodedata.normalize("NFD", BODY[1])
    document = docx.Document()
    document.add_paragraph(nfd)
    document.save(tmp_path / "nfd.docx")
    source = read_docx(tmp_path / "nfd.docx")
    assert source.text == nfd
    assert source.content_hash == content_hash(BODY[1])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"PK\x03\x04 not a real package", "not a .docx file (no Word document package inside)"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),
         "not a .docx inside: an old Word .doc renamed, or a password-protected document"),
    ],
    ids=["junk", "ole2"],
)  # fmt: skip
def test_a_file_that_is_not_a_docx_is_a_problem(tmp_path, content, message):
    path = tmp_path / "hong.docx"
    path.write_bytes(content)
    assert one([path]) == SourceProblem(str(path), message)


def test_a_docx_package_without_its_document_part_is_a_problem(tmp_path):
    whole = letter_docx(tmp_path / "nguyen.docx")
    with zipfile.ZipFile(whole) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    damaged = tmp_path / "thieu.docx"
    with zipfile.ZipFile(damaged, "w") as package:
        for name, data in parts.items():
            if name != "word/document.xml":
                package.writestr(name, data)
    problem = one([damaged])
    assert isinstance(problem, SourceProblem)
    assert problem.message.startswith("broken .docx: ") and "word/document.xml" in problem.message


def test_an_empty_docx_is_a_problem(tmp_path):
    path = tmp_path / "rong.docx"
    document = docx.Document()
    document.add_paragraph("   ")
    document.save(path)
    assert one([path]) == SourceProblem(str(path), "empty")


# --- .pdf ---------------------------------------------------------------------------------------


def test_pdf_fixture_is_small():
    assert PDF_FIXTURE.stat().st_size < 50_000


def test_pdf_gives_every_page_in_order():
    source = one([PDF_FIXTURE])
    assert isinstance(source, Source)
    text = source.text
    positions = [text.index(line) for line in HEADER_LEFT + HEADER_RIGHT]
    assert positions == sorted(positions)  # left header column, then right, as drawn
    for paragraph in BODY:
        assert " ".join(paragraph.split()) in " ".join(text.split())
    # Page two follows page one.
    assert text.index(BODY[-1][:40]) < text.index(PAGE_TWO[0][:40]) < text.index("PHÓ CHỦ TỊCH")
    assert source.title == "ỦY BAN NHÂN DÂN"
    assert source.published == date(2023, 10, 20)


def test_pdf_text_is_not_nfc_normalised():
    text = read_pdf(PDF_FIXTURE).text
    assert NFD_LINE in text  # combining marks as the PDF holds them
    assert unicodedata.normalize("NFC", NFD_LINE) not in text


def test_pdf_gives_the_self_document_and_the_implements_edge():
    self_symbol, edges = self_and_implements(read_pdf(PDF_FIXTURE))
    assert self_symbol == "UBND-VP"
    assert ("UBND-VP", "CĐ-TTg") in edges


def test_pdf_and_docx_of_the_same_letter_agree_on_its_documents(tmp_path):
    from_pdf = extract(read_pdf(PDF_FIXTURE))
    from_docx = extract(read_docx(letter_docx(tmp_path / "cong_van.docx")))
    def documents(extraction):
        return sorted({(m.number, m.symbol) for m in extraction.mentions})

    assert documents(from_pdf) == documents(from_docx)
    assert ("968", "CĐ-TTg") in documents(from_pdf)


def test_scanned_pdf_without_text_layer_is_a_problem(tmp_path):
    path = blank_pdf(tmp_path / "ban_chup.pdf")
    assert one([path]) == SourceProblem(str(path), NO_TEXT_LAYER_MESSAGE)


def test_pdf_with_a_user_password_is_a_problem_and_owner_only_lock_is_read(tmp_path):
    def encrypted(name: str, user_password: str) -> Path:
        writer = pypdf.PdfWriter(clone_from=PDF_FIXTURE)
        writer.encrypt(user_password=user_password, owner_password="chu-so-huu", algorithm="RC4-128")
        writer.write(tmp_path / name)
        return tmp_path / name

    locked = encrypted("khoa.pdf", "mat-khau")
    assert one([locked]) == SourceProblem(str(locked), "encrypted PDF: it needs a password to open")
    owner_only = one([encrypted("chi_cam_sua.pdf", "")])
    assert isinstance(owner_only, Source)
    assert owner_only.content_hash == read_pdf(PDF_FIXTURE).content_hash


BROKEN_PDFS = {
    "junk": lambda: b"%PDF-1.4 not really a pdf\n",
    "truncated": lambda: PDF_FIXTURE.read_bytes()[:1500],
    "zero-bytes": lambda: b"",
}


@pytest.mark.parametrize("kind", sorted(BROKEN_PDFS))
def test_broken_pdf_is_a_one_line_problem_and_the_batch_goes_on(tmp_path, kind):
    broken = tmp_path / "a_hong.pdf"
    broken.write_bytes(BROKEN_PDFS[kind]())
    (tmp_path / "b_tot.txt").write_text("\n".join(BODY), encoding="utf-8")
    found = list(iter_sources([tmp_path]))
    assert [type(r).__name__ for r in found] == ["SourceProblem", "Source"]
    problem = found[0]
    assert problem.uri == str(broken)
    assert problem.message.startswith(("broken PDF: ", "empty"))
    assert "\n" not in problem.message


# --- old Word .doc and folder walks -------------------------------------------------------------


def test_old_word_doc_is_refused_with_advice_when_named(tmp_path):
    path = tmp_path / "cu.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    assert one([path]) == SourceProblem(str(path), OLD_DOC_MESSAGE)


def test_folder_walk_reads_docx_and_pdf_and_reports_doc(tmp_path):
    letter_docx(tmp_path / "a_cong_van.docx")
    (tmp_path / "b_cong_van.pdf").write_bytes(PDF_FIXTURE.read_bytes())
    sub = tmp_path / "cu"
    sub.mkdir()
    (sub / "c_to_trinh.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    (sub / "d_bang.xlsx").write_bytes(b"PK\x03\x04")  # other extensions are still skipped
    found = list(iter_sources([tmp_path]))
    assert [Path(r.uri).name for r in found] == ["a_cong_van.docx", "b_cong_van.pdf", "c_to_trinh.doc"]
    assert [type(r).__name__ for r in found] == ["Source", "Source", "SourceProblem"]
    assert found[2].message == OLD_DOC_MESSAGE
    assert count_sources([tmp_path]) == 3
