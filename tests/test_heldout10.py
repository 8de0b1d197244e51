"""The extractor on a tenth blind held-out gold set: sector governance, one text per sector.

tests/fixtures_extract/heldout10.jsonl holds 10 Vietnamese texts written and annotated by hand before
the extractor or its fixtures were read or run; build_heldout10.py beside it holds the texts and
annotations and computes the offsets. Each text is a response to central documents whose own
document comes from below the provincial People's Committee or a ministry: a Tổng cục Thuế letter
in official layout (taxes, central, "Số: N/TCT-CS" under "BỘ TÀI CHÍNH / TỔNG CỤC THUẾ"); a Sở Tài
nguyên và Môi trường plan on plastic waste with a list head "các Quyết định của Thủ tướng Chính
phủ: số …; số …" (Khánh Hòa); a Chi cục Thủy sản letter on IUU fishing citing a provincial Ban Chỉ
đạo IUU plan (Cà Mau); a Sở Văn hóa, Thể thao và Du lịch plan (Hà Giang, before the merger); a Ban
An toàn giao thông tỉnh plan citing the Cục Đường bộ Việt Nam and the national traffic safety
committee (Nghệ An); a Phòng Giáo dục và Đào tạo huyện letter (Thanh Hóa, before 2025); a Sở Y tế
letter citing the provincial CDC (Đồng Tháp); a Sở Lao động - Thương binh và Xã hội guidance
(Bình Định); a Sở Công Thương letter (Hải Dương); a Sở Thông tin và Truyền thông plan (Lâm Đồng).
Citation forms vary (full, loose repeats, issuer before the document, one date and issuer phrase
for two circulars, years implied by the article's date, dates as "05-01-2024" and "ngày 15 tháng
7"), and so does the spelling ("sô", "CD-BYT", "QÐ" with U+00D0, an en dash in "NĐ–CP", "23 -CT/TW",
a no-break space, NFD, "Thuỷ", "hoá", "Sở Công thương").

Measured on first contact (`lineage evaluate tests/fixtures_extract/heldout10.jsonl --json`, at
commit 31846c1): mentions P 0.989, R 1.000, F1 0.994 (86 of 87 predicted, 86 gold); doc_type
1.000, number 1.000, symbol 1.000, date 0.965, issuer 0.872, scope 0.895, role 0.849; province
0.800 (8/10); edges P 0.839, R 0.770, F1 0.803 (47 of 56 predicted, 61 gold). What it got wrong:
issuing bodies the vocabulary does not know (Tổng cục Thuế, Chi cục Thủy sản, Ban An toàn giao
thông tỉnh, Cục Đường bộ Việt Nam, Ủy ban An toàn giao thông Quốc gia, Trung tâm Kiểm soát bệnh
tật tỉnh, "Bộ LĐ-TB&XH", Phòng Giáo dục và Đào tạo huyện), so two own documents lost their issuer
and their province (one took the Prime Minister's, the other was not found as own at all, losing
all seven edges of its text); the ministry line "BỘ TÀI CHÍNH" of a two-line header taken for the
issuer of the general department's letter; roles (a trigger reaching only the first items of a
list after a long title, a loose repeat or background first mention not taking its document's
role, "thực hiện" inside a cited letter's subject and "thực hiện đúng Luật …" read as carrying
out); a long law name losing its date; and "Đề án 06" taken for a document. The floors are those
figures rounded down to two decimals, minus 0.03: regression guards, not targets; raise them when
a change raises a score.

After its report the vocabulary learnt sector bodies (Tổng cục Thuế, Cục Đường bộ Việt Nam, the
traffic-safety committees, Trung tâm Kiểm soát bệnh tật, Chi cục …, Phòng Giáo dục và Đào tạo,
LĐTBXH, "có" after a district office), "tiếp theo" no longer cites, a decree amended in a subject
is only cited, and "Đề án 06" is a nickname: mentions 1.000; issuer 0.988, role 0.930, the rest
1.000; province 1.000; edges P 0.919, R 0.934, F1 0.927. The floors follow those, minus 0.03.
"""

from __future__ import annotations

import unicodedata

import pytest

from gold_sets import FIXTURES, Floors, check_floors, check_well_formed, load_builder
from lineage.ingest.evaluate import evaluate_file

HELDOUT10 = FIXTURES / "heldout10.jsonl"

FLOORS = Floors(
    mentions={"precision": 0.97, "recall": 0.97, "f1": 0.97},
    fields={"doc_type": 0.97, "number": 0.97, "symbol": 0.97, "date": 0.97, "issuer": 0.95, "scope": 0.97, "role": 0.90},
    province=0.97,
    edges={"precision": 0.88, "recall": 0.90, "f1": 0.89},
)

# The body below the People's Committee or ministry that issues each text's own document.
OWN_ISSUERS = {
    "h10-01-tct-giam-thue-gtgt": "Tổng cục Thuế",
    "h10-02-stnmt-khanh-hoa-nhua": "Sở Tài nguyên và Môi trường",
    "h10-03-ccts-ca-mau-iuu": "Chi cục Thủy sản",
    "h10-04-svhttdl-ha-giang-du-lich": "Sở Văn hóa, Thể thao và Du lịch",
    "h10-05-batgt-nghe-an": "Ban An toàn giao thông tỉnh",
    "h10-06-pgddt-hoang-hoa": "Phòng Giáo dục và Đào tạo huyện",
    "h10-07-syt-dong-thap-sxh": "Sở Y tế",
    "h10-08-sldtbxh-binh-dinh": "Sở Lao động - Thương binh và Xã hội",
    "h10-09-sct-hai-duong-tiet-kiem-dien": "Sở Công Thương",
    "h10-10-stttt-lam-dong-de-an-06": "Sở Thông tin và Truyền thông",
}


@pytest.fixture(scope="module")
def report():
    return evaluate_file(HELDOUT10)


@pytest.fixture(scope="module")
def cases():
    return check_well_formed(HELDOUT10, cases=10, text_length=(800, 3000))


def test_file_is_well_formed(cases):
    """load_gold accepts every line, and each surface is the text at its span (checked inside)."""
    assert [case.id for case in cases] == list(OWN_ISSUERS)


def test_file_is_what_its_builder_writes():
    """The committed JSONL and the hand annotations of its builder must not drift apart."""
    builder = load_builder("build_heldout10")
    assert HELDOUT10.read_text(encoding="utf-8") == builder.to_jsonl(builder.build_cases())


def test_scores_stay_above_their_floors(report):
    check_floors(report, FLOORS)


def test_each_text_has_one_own_document_from_its_sector_body(cases):
    """One own document per text, issued by the sector body; only the general department's is central,
    and only that text has no province."""
    for case in cases:
        selves = {(ref.doc_type, ref.number, ref.issuer, ref.scope) for ref in case.references if ref.role == "self"}
        assert len(selves) == 1, case.id
        (_, _, issuer, scope), = selves
        assert issuer == OWN_ISSUERS[case.id], case.id
        assert (case.province is None) == (scope == "central") == (case.id == "h10-01-tct-giam-thue-gtgt"), case.id


def test_every_own_document_carries_out_something(cases):
    """The set is about responses: each own document implements another document, and all but the
    district letter (which carries out its department's and district's) implement a central one."""
    for case in cases:
        implemented = {ref.scope for ref in case.references if ref.role == "implements"}
        assert implemented, case.id
        assert ("central" in implemented) == (case.id != "h10-06-pgddt-hoang-hoa"), case.id


def test_loose_repeats_take_their_documents_date_and_issuer(cases):
    """'Chỉ thị 32', 'Kế hoạch 412', 'Công văn 312' …: no symbol, but the date and issuer of the
    full citation of the same type and number earlier in the text."""
    loose = 0
    for case in cases:
        for position, ref in enumerate(case.references):
            if ref.symbol is not None or ref.number is None:
                continue
            full = [earlier for earlier in case.references[:position]
                    if earlier.symbol and (earlier.doc_type, int(earlier.number)) == (ref.doc_type, int(ref.number))]
            assert full, (case.id, ref.surface)
            assert (ref.date, ref.issuer, ref.role) == (full[0].date, full[0].issuer, full[0].role), (case.id, ref.surface)
            loose += 1
    assert loose >= 5


def test_the_set_holds_the_noise_it_was_written_for(cases):
    """The spelling noise the set promises is really in the texts, and the gold folds it away."""
    text = "\n".join(case.text for case in cases)
    for noise in ("Thông tư sô ", "/CD-BYT", "QÐ-TTg", "NĐ–CP", "23 -CT/TW", "của\u00a0Bộ Y tế", "Thuỷ sản",
                  "Sở Công thương", "05-01-2024", "ngày 15 tháng 7 của"):
        assert noise in text, noise
    assert text != unicodedata.normalize("NFC", text)  # one citation is written in NFD
    symbols = {ref.symbol for case in cases for ref in case.references}
    assert {"CĐ-BYT", "QĐ-TTg", "2024/NĐ-CP", "CT/TW", "CCTS-KTTS", "CĐBVN-QLBTĐB", "PGDĐT-TH"} <= symbols
    assert not any("Ð" in (ref.symbol or "") or "–" in (ref.symbol or "") for case in cases for ref in case.references)
