"""Scoring against gold: hand-made cases and predictions whose scores were worked out by hand."""

from __future__ import annotations

import json
import sys
import types
import unicodedata
from datetime import date

import pytest
import typer
from typer.testing import CliRunner

from lineage.cli import evaluate_cmd
from lineage.ingest.evaluate import (
    ExtractorError,
    GoldCase,
    GoldError,
    evaluate_file,
    load_gold,
    parse_case,
    score,
    source_of,
)
from lineage.ingest.models import Extraction, Mention, ProvinceGuess, Source

# An invented article: a provincial directive carrying out a telegram, with a decree as its basis.
TEXT = (
    "Ngày 3/4/2024, Chủ tịch UBND tỉnh ký Chỉ thị số 05/CT-UBND về siết chặt giờ làm việc. "
    "Chỉ thị nhằm thực hiện Công điện số 1015/CĐ-TTg ngày 2/11/2023 của Thủ tướng Chính phủ "
    "và căn cứ Nghị định số 30/2020/NĐ-CP của Chính phủ."
)
SELF = "Chỉ thị số 05/CT-UBND"
TELEGRAM = "Công điện số 1015/CĐ-TTg ngày 2/11/2023 của Thủ tướng Chính phủ"
DECREE = "Nghị định số 30/2020/NĐ-CP"


def ref(text: str, surface: str, **fields) -> dict:
    """A gold reference (or a prediction) at the first occurrence of `surface`."""
    start = text.index(surface)
    base = {"surface": surface, "start": start, "end": start + len(surface), "doc_type": "Chỉ thị",
            "number": None, "symbol": None, "date": None, "issuer": None, "scope": None, "role": "cites"}
    return base | fields


def article_refs() -> list[dict]:
    return [
        ref(TEXT, SELF, number="05", symbol="CT-UBND", date="2024-04-03", issuer="UBND tỉnh",
            scope="local", role="self"),
        ref(TEXT, TELEGRAM, doc_type="Công điện", number="1015", symbol="CĐ-TTg", date="2023-11-02",
            issuer="Thủ tướng Chính phủ", scope="central", role="implements"),
        ref(TEXT, DECREE, doc_type="Nghị định", number="30", symbol="2020/NĐ-CP", issuer="Chính phủ",
            scope="central", role="cites"),
    ]


def record(case_id: str = "a", text: str = TEXT, references: list[dict] | None = None, **extra) -> dict:
    return {"id": case_id, "text": text, "province": "Lạng Sơn",
            "references": article_refs() if references is None else references} | extra


def case(**kwargs) -> GoldCase:
    return parse_case(record(**kwargs))


def predicted(references: list[dict], province: str | None = "Lạng Sơn") -> dict:
    return {"mentions": references, "province": province}


def changed(reference: dict, **fields) -> dict:
    return reference | fields


# --- mentions ------------------------------------------------------------------------------------


def test_perfect_prediction_scores_one_everywhere():
    report = score([case()], [predicted(article_refs())])
    assert report.to_dict() == {
        "cases": 1,
        "mentions": {"precision": 1.0, "recall": 1.0, "f1": 1.0},
        "fields": dict.fromkeys(("doc_type", "number", "symbol", "date", "issuer", "scope", "role"), 1.0),
        "province": 1.0,
        "edges": {"precision": 1.0, "recall": 1.0, "f1": 1.0},
    }
    assert report.details == []


def test_an_extraction_is_scored_like_its_mentions():
    gold = case()
    mentions = [
        Mention(r["start"], r["end"], r["surface"], r["doc_type"], r["number"], r["symbol"],
                date=date.fromisoformat(r["date"]) if r["date"] else None, issuer=r["issuer"],
                scope=r["scope"], role=r["role"])
        for r in article_refs()
    ]
    extraction = Extraction(source_of(gold), mentions, [], ProvinceGuess("Lạng Sơn", None), 0)
    assert score([gold], [extraction]).to_dict() == score([gold], [gold]).to_dict()
    extraction.province = ProvinceGuess(None, None)
    assert score([gold], [extraction]).province == 0.0


def test_a_missed_mention_lowers_recall_only():
    refs = article_refs()
    report = score([case()], [predicted(refs[:2])])
    assert report.mentions == {"precision": 1.0, "recall": 2 / 3, "f1": pytest.approx(0.8)}
    missed = [d for d in report.details if d.kind == "missed"]
    assert [(d.case, d.surface, d.start) for d in missed] == [("a", DECREE, TEXT.index(DECREE))]


def test_a_spurious_mention_lowers_precision_only():
    extra = ref(TEXT, "giờ làm việc", doc_type="Quyết định", number="1")
    report = score([case()], [predicted(article_refs() + [extra])])
    assert report.mentions["precision"] == 3 / 4
    assert report.mentions["recall"] == 1.0
    assert report.mentions["f1"] == pytest.approx(2 * 0.75 / 1.75)
    assert [d.surface for d in report.details if d.kind == "spurious"] == ["giờ làm việc"]


def test_overlapping_spans_match_but_touching_spans_do_not():
    refs = article_refs()
    short = "Công điện số 1015/CĐ-TTg"  # without the date and issuer that gold includes
    refs[1] = refs[1] | {"surface": short, "end": refs[1]["start"] + len(short)}
    assert score([case()], [predicted(refs)]).mentions["recall"] == 1.0

    # A span ending exactly where the decree's starts shares no character with it.
    decree_start = TEXT.index(DECREE)
    refs[2] = refs[2] | {"start": decree_start - 8, "end": decree_start}
    report = score([case()], [predicted(refs)])
    assert report.matched == 2
    assert report.mentions["recall"] == 2 / 3 and report.mentions["precision"] == 2 / 3


def test_one_prediction_over_two_gold_references_counts_once():
    refs = article_refs()
    # One span from the telegram to the end of the decree: it overlaps all of both.
    wide = dict(refs[1], end=refs[2]["end"])
    report = score([case()], [predicted([refs[0], wide])])
    assert report.matched == 2
    assert report.mentions["precision"] == 1.0 and report.mentions["recall"] == 2 / 3
    # It is matched with the telegram (larger overlap): the decree is the one missed.
    assert [d.surface for d in report.details if d.kind == "missed"] == [DECREE]


def test_two_predictions_over_one_gold_reference_count_once():
    refs = article_refs()
    half = dict(refs[1], end=refs[1]["start"] + 10)
    report = score([case()], [predicted(refs + [half])])
    assert report.matched == 3
    assert report.mentions["precision"] == 3 / 4 and report.mentions["recall"] == 1.0


def test_matching_takes_as_many_pairs_as_possible_not_the_greedy_largest_overlap():
    refs = article_refs()
    # P1 covers all of the telegram and the decree; P2 covers only the telegram's first characters.
    # Greedy by largest overlap would pair P1 with the telegram and leave P2 and the decree alone.
    p1 = dict(refs[1], end=refs[2]["end"])
    p2 = dict(refs[1], end=refs[1]["start"] + 5)
    report = score([case(references=refs[1:])], [predicted([p1, p2])])
    assert report.matched == 2
    assert report.mentions == {"precision": 1.0, "recall": 1.0, "f1": 1.0}


# --- fields and folding --------------------------------------------------------------------------

FOLDING = [
    ("issuer", "Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh uỷ", True),  # old tone placement
    ("issuer", "UBND tỉnh", "ubnd TỈNH", True),
    ("issuer", "Thủ tướng Chính phủ", unicodedata.normalize("NFD", "Thủ tướng Chính phủ"), True),
    ("issuer", "Thủ tướng Chính phủ", "Thủ tướng\u00a0Chính  phủ", True),  # space characters
    ("issuer", "HĐND tỉnh", "Hội đồng nhân dân tỉnh", False),  # abbreviations are not forgiven
    ("issuer", "UBND tỉnh", "UBND thành phố", False),
    ("number", "01", "1", True),
    ("number", "968", "986", False),
    ("number", "12", None, False),
    ("symbol", "CĐ-TTg", "C\u00d0-TTg", True),  # Ð U+00D0 looks like Đ
    ("symbol", "CĐ-TTg", "C\u0189-TTg", True),  # Ɖ U+0189 too
    ("symbol", "CĐ-TTg", "CD-TTg", False),  # the ASCII D is a different letter
    ("symbol", "CT-UBND", "CT\u2013UBND", True),  # en dash
    ("symbol", "CT/TU", "ct/tu", True),
    ("symbol", "CT/TU", "CT-TU", False),
    ("symbol", "CT-UBND", "CT - UBND", False),  # not canonical: spaces are not folded away
    ("doc_type", "Công điện", "công Điện", True),
    ("doc_type", "Chỉ thị", "Chi thi", False),
    ("date", "2023-10-16", "2023-10-17", False),
    ("date", "2023-10-16", None, False),
    ("date", None, None, True),
    ("scope", "local", None, False),
    ("role", "implements", "cites", False),
]


@pytest.mark.parametrize(("name", "gold_value", "predicted_value", "same"), FOLDING)
def test_field_folding(name, gold_value, predicted_value, same):
    gold_ref = ref(TEXT, SELF, number="5", role="self") | {name: gold_value}
    report = score([case(references=[gold_ref])], [predicted([gold_ref | {name: predicted_value}])])
    assert report.fields[name] == (1.0 if same else 0.0)
    wrong = [(d.field, d.gold, d.predicted) for d in report.details if d.kind == "field"]
    assert wrong == ([] if same else [(name, gold_value, predicted_value)])


def test_field_shares_are_over_matched_mentions_only():
    refs = article_refs()
    guesses = [
        changed(refs[0], number="5", issuer="ubnd tỉnh"),  # all right after folding
        changed(refs[1], symbol="CD-TTg", date="2023-11-01"),  # symbol and date wrong
        changed(refs[2], scope=None),  # scope wrong
    ]
    elsewhere = ref(TEXT, "giờ làm việc", doc_type="Luật", role="self")  # unmatched: not in the shares
    report = score([case()], [predicted(guesses + [elsewhere])])
    assert report.fields == {"doc_type": 1.0, "number": 1.0, "symbol": 2 / 3, "date": 2 / 3,
                             "issuer": 1.0, "scope": 2 / 3, "role": 1.0}


def test_province_share_counts_null_as_a_value():
    cases = [case(case_id="a"), case(case_id="b", province=None), case(case_id="c", province="Hòa Bình"),
             case(case_id="d", province="Quảng Nam")]
    guesses = ["Lạng Sơn", None, "Hoà Bình", "Đà Nẵng"]
    report = score(cases, [predicted(article_refs(), province=p) for p in guesses])
    assert report.province == 3 / 4
    assert [(d.case, d.gold, d.predicted) for d in report.details if d.kind == "province"] == [
        ("d", "Quảng Nam", "Đà Nẵng")
    ]


# --- edges ---------------------------------------------------------------------------------------


def test_edges_compare_documents_by_type_number_symbol_and_year_of_date():
    refs = article_refs()
    guesses = [
        changed(refs[0], number="5"),
        changed(refs[1], date="2022-11-02"),  # the wrong year: a different document
        changed(refs[2], doc_type="nghị định"),  # no date: the year inside the symbol, 2020, counts
    ]
    report = score([case()], [predicted(guesses)])
    assert (report.gold_edges, report.predicted_edges, report.matched_edges) == (2, 2, 1)
    assert report.edges == {"precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert [d.kind for d in report.details if "edge" in d.kind] == ["missed edge", "spurious edge"]


def test_an_edge_needs_the_year_but_not_the_day():
    refs = article_refs()
    same_year = [refs[0], changed(refs[1], date="2023-05-01"), refs[2]]
    assert score([case()], [predicted(same_year)]).edges["f1"] == 1.0
    no_date = [refs[0], changed(refs[1], date=None), refs[2]]
    assert score([case()], [predicted(no_date)]).edges == {"precision": 0.5, "recall": 0.5, "f1": 0.5}


def test_without_a_date_the_year_inside_the_symbol_counts():
    refs = article_refs()  # gold gives the decree no date; its symbol says 2020
    dated = [refs[0], refs[1], changed(refs[2], date="2020-02-24")]
    report = score([case()], [predicted(dated)])
    assert report.edges["f1"] == 1.0
    assert report.fields["date"] == 2 / 3  # the date itself is still scored as wrong
    wrong_year = [refs[0], refs[1], changed(refs[2], date="2021-02-24")]
    assert score([case()], [predicted(wrong_year)]).matched_edges == 1


def test_a_wrong_role_or_wrong_self_document_breaks_edges():
    refs = article_refs()
    wrong_role = [refs[0], changed(refs[1], role="cites"), refs[2]]
    assert score([case()], [predicted(wrong_role)]).matched_edges == 1
    # The self document's year comes from its date too: without it every edge differs.
    undated_self = [changed(refs[0], date=None), refs[1], refs[2]]
    report = score([case()], [predicted(undated_self)])
    assert (report.predicted_edges, report.matched_edges) == (2, 0)


def test_the_first_self_mention_is_the_self_document():
    text = TEXT + " Sở Nội vụ theo dõi việc thi hành Chỉ thị 05 và báo cáo hằng tháng."
    later = ref(text, "Chỉ thị 05 và", number="05", issuer="UBND tỉnh", scope="local", role="self")
    gold = case(text=text, references=article_refs() + [later])
    # The prediction dates the later mention; only the first one decides the edges' self document.
    guesses = article_refs() + [changed(later, date="2024-04-03")]
    report = score([gold], [predicted(guesses)])
    assert report.edges == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert report.fields["date"] == 3 / 4


def test_without_a_self_document_there_are_no_edges():
    refs = article_refs()
    report = score([case()], [predicted([changed(refs[0], role="cites"), refs[1], refs[2]])])
    assert report.predicted_edges == 0
    assert report.edges == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


def test_documents_without_a_number_and_repeated_mentions_add_no_edges():
    text = TEXT + " Công điện số 1015/CĐ-TTg được nhắc lại; Luật Cán bộ, công chức vẫn áp dụng."
    refs = [r | {} for r in article_refs()]
    again = ref(text, "Công điện số 1015/CĐ-TTg được", doc_type="Công điện", number="1015",
                symbol="CĐ-TTg", date="2023-11-02", role="implements")
    law = ref(text, "Luật Cán bộ, công chức", doc_type="Luật", issuer="Quốc hội", scope="central")
    gold = case(text=text, references=refs + [again, law])
    report = score([gold], [gold])
    assert (report.gold_edges, report.matched_edges) == (2, 2)
    assert report.gold_mentions == 5


# --- empty denominators ------------------------------------------------------------------------


def test_nothing_in_gold_and_nothing_predicted_is_perfect():
    report = score([case(references=[])], [predicted([])])
    assert report.mentions == report.edges == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert set(report.fields.values()) == {1.0}


def test_nothing_predicted_against_gold_scores_zero():
    report = score([case()], [predicted([])])
    assert report.mentions == report.edges == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert set(report.fields.values()) == {0.0}
    assert len([d for d in report.details if d.kind == "missed"]) == 3


def test_predictions_must_pair_with_cases():
    with pytest.raises(ValueError, match="2 gold cases but 1 predictions"):
        score([case(case_id="a"), case(case_id="b")], [predicted([])])


# --- reading gold: offsets from surfaces ---------------------------------------------------------

REPEATS = "Công văn 7 giao Sở Nội vụ theo dõi. Kế hoạch 9 kèm theo Công văn 7. Sở báo cáo theo Công văn 7."
CV, KH = "Công văn 7", "Kế hoạch 9"


def occurrences(text: str, surface: str) -> list[int]:
    found, position = [], text.find(surface)
    while position >= 0:
        found.append(position)
        position = text.find(surface, position + 1)
    return found


def placed(text: str, *references: str | dict) -> list[int]:
    refs = [{"surface": r, "doc_type": "Công văn", "role": "cites"} if isinstance(r, str) else r
            for r in references]
    return [r.start for r in parse_case(record(text=text, references=refs)).references]


def test_references_without_offsets_follow_the_surface_rule():
    first, second, third = occurrences(REPEATS, CV)
    plan = REPEATS.index(KH)
    assert placed(REPEATS, CV, CV, CV) == [first, second, third]
    assert placed(REPEATS, CV, KH, CV) == [first, plan, second]
    assert placed(REPEATS, KH, CV, CV) == [plan, second, third]
    explicit = {"surface": CV, "start": second, "end": second + len(CV), "doc_type": "Công văn", "role": "cites"}
    assert placed(REPEATS, explicit, CV) == [second, third]


def test_the_surface_rule_may_land_inside_the_previous_reference():
    # Taken literally, the rule searches from the previous reference's start, so a short surface
    # that also occurs inside the previous (longer) one resolves there.
    text = "Chỉ thị 12 của Ban Thường vụ Tỉnh ủy được triển khai; sau đó Chỉ thị 12 được sơ kết."
    assert placed(text, "Chỉ thị 12 của Ban Thường vụ Tỉnh ủy", "Chỉ thị 12") == [0, 0]


def test_a_surface_not_found_is_an_error():
    _, second, third = occurrences(REPEATS, CV)
    with pytest.raises(ValueError) as error:
        placed(REPEATS, KH, CV, CV, CV)
    assert str(error.value) == f"reference 4 surface 'Công văn 7' not found at or after offset {third} (needed occurrence 2)"
    with pytest.raises(ValueError, match=rf"^reference 2 surface 'Kế hoạch 9' not found at or after offset {second}$"):
        placed(REPEATS, {"surface": CV, "start": second, "end": second + len(CV), "doc_type": "Công văn",
                         "role": "cites"}, KH)


# --- reading gold: errors ------------------------------------------------------------------------


def write_gold(tmp_path, *lines: str | dict):
    path = tmp_path / "GOLD.jsonl"
    text = "\n".join(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines)
    path.write_text(text + "\n", encoding="utf-8")
    return path


def bad_reference(**fields) -> dict:
    refs = article_refs()
    refs[1] = refs[1] | fields
    return record(case_id="bad", references=refs)


def without(mapping: dict, key: str) -> dict:
    return {k: v for k, v in mapping.items() if k != key}


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "x" "text": ""}', "not valid JSON (Expecting ',' delimiter"),
        ('["a list"]', "expected a JSON object, got a list"),
        (without(record(case_id="bad"), "text"), "missing 'text'"),
        (without(record(case_id="bad"), "references"), "missing 'references'"),
        (bad_reference(start=900, end=905), f"reference 2 has start 900 beyond the text (length {len(TEXT)})"),
        (bad_reference(end=len(TEXT) + 1), f"reference 2 has end {len(TEXT) + 1} beyond the text (length {len(TEXT)})"),
        (bad_reference(end=TEXT.index(TELEGRAM)), "reference 2 has an empty span"),
        (bad_reference(start=-1), "reference 2 'start' -1 is not a non-negative integer"),
        (bad_reference(surface="Công điện số 208"), "reference 2 surface 'Công điện số 208' does not match the text at"),
        (bad_reference(role="implement"), "reference 2 has unknown role 'implement' (expected one of self, implements, cites)"),
        (bad_reference(scope="province"), "reference 2 has unknown scope 'province' (expected central, local or null)"),
        (bad_reference(date="19/4/2023"), "reference 2 'date' '19/4/2023' is not yyyy-mm-dd"),
        (bad_reference(date="2023-02-30"), "reference 2 'date' '2023-02-30' is not a calendar date"),
        (bad_reference(doc_type=None), "reference 2 missing 'doc_type'"),
        (bad_reference(number=["280"]), "reference 2 'number' is a list (expected a string or null)"),
        (record(case_id="bad", province=12), "'province' is a number (expected a string or null)"),
        (record(case_id="bad", published="16-11-2023"), "'published' '16-11-2023' is not yyyy-mm-dd"),
        (record(case_id="ok"), "duplicate id 'ok' (first on line 1)"),
    ],
)
def test_bad_gold_lines_name_the_file_line_and_problem(tmp_path, line, message):
    path = write_gold(tmp_path, record(case_id="ok"), "", line)
    with pytest.raises(GoldError) as error:
        load_gold(path)
    text = str(error.value)
    assert text.startswith(f"{path} line 3: {message}")
    assert "\n" not in text


def test_a_surface_missing_from_the_text_is_reported_with_its_line(tmp_path):
    refs = article_refs()
    refs[1] = {"surface": "Công văn số 9", "doc_type": "Công văn", "role": "cites"}
    path = write_gold(tmp_path, record(case_id="one"), record(case_id="two", references=refs))
    with pytest.raises(GoldError) as error:
        load_gold(path)
    assert str(error.value) == (
        f"{path} line 2: reference 2 surface 'Công văn số 9' not found at or after offset {TEXT.index(SELF)}"
    )


def test_empty_and_undecodable_gold_files_are_errors(tmp_path):
    path = write_gold(tmp_path, "", "  ")
    with pytest.raises(GoldError, match="no gold cases"):
        load_gold(path)
    path.write_bytes(json.dumps(record()).encode() + b"\n\xff\xfe\n")
    with pytest.raises(GoldError, match=r"line 2: not UTF-8"):
        load_gold(path)
    with pytest.raises(GoldError, match="cannot read"):
        load_gold(tmp_path / "missing.jsonl")


def test_load_gold_reads_every_field(tmp_path):
    path = write_gold(tmp_path, "\ufeff" + json.dumps(record(published="2024-04-05", url="https://langson.gov.vn/a")))
    (gold,) = load_gold(path)
    assert (gold.id, gold.province, gold.published, gold.line) == ("a", "Lạng Sơn", date(2024, 4, 5), 1)
    assert [r.surface for r in gold.references] == [SELF, TELEGRAM, DECREE]
    assert gold.references[1].date == date(2023, 11, 2)
    assert gold.references[2].date is None


# --- running the extractor -----------------------------------------------------------------------


def telegram_finder(source: Source, *, signer_book=None) -> Extraction:
    """A stand-in extractor: finds "Công điện số N/CĐ-TTg" and nothing else."""
    import re

    mentions = [
        Mention(m.start(), m.end(), m.group(0), "Công điện", m.group(1), "CĐ-TTg", role="implements")
        for m in re.finditer(r"Công điện số (\d+)/CĐ-TTg", source.text)
    ]
    return Extraction(source, mentions, [], ProvinceGuess(None, None), None)


EXPECTED_FOR_FINDER = {
    "cases": 1,
    "mentions": {"precision": 1.0, "recall": 1 / 3, "f1": 0.5},
    # One matched mention: type, number, symbol and role right; no date, issuer or scope.
    "fields": {"doc_type": 1.0, "number": 1.0, "symbol": 1.0, "date": 0.0, "issuer": 0.0, "scope": 0.0,
               "role": 1.0},
    "province": 0.0,
    "edges": {"precision": 0.0, "recall": 0.0, "f1": 0.0},  # no self document predicted
}


def test_evaluate_file_builds_sources_from_cases(tmp_path):
    path = write_gold(tmp_path, record(published="2024-04-05", url="https://langson.gov.vn/tin/1", source="a.txt"),
                      record(case_id="b"))
    seen: list[Source] = []

    def recording(source: Source) -> Extraction:
        seen.append(source)
        return telegram_finder(source)

    report = evaluate_file(path, recording)
    assert [(s.uri, s.published, s.site) for s in seen] == [
        ("a.txt", date(2024, 4, 5), "langson.gov.vn"),
        ("b", None, None),
    ]
    assert seen[0].text == TEXT and seen[0].content_hash == seen[1].content_hash
    assert report.cases == 2 and report.matched == 2


def test_evaluate_file_names_the_case_the_extractor_failed_on(tmp_path):
    path = write_gold(tmp_path, record(case_id="first"), record(case_id="second"))

    def fragile(source: Source) -> Extraction:
        if source.uri == "second":
            raise KeyError("boom")
        return telegram_finder(source)

    with pytest.raises(ExtractorError, match=r"line 2 \(second\): extractor failed: KeyError"):
        evaluate_file(path, fragile)


@pytest.fixture
def cli(monkeypatch):
    """The evaluate command in an app of its own, with the stand-in as the project's extractor."""
    module = types.ModuleType("lineage.ingest.extract")
    module.extract = telegram_finder
    monkeypatch.setitem(sys.modules, "lineage.ingest.extract", module)
    app = typer.Typer()
    app.callback()(lambda: None)  # a group, so that the command is called by name as in `lineage`
    evaluate_cmd.register(app)
    runner = CliRunner()
    # Wide enough that rich does not wrap the surfaces in the details table.
    return lambda *args: runner.invoke(app, ["evaluate", *map(str, args)], env={"COLUMNS": "250"})


def test_cli_prints_scores_as_json(cli, tmp_path):
    result = cli(write_gold(tmp_path, record()), "--json")
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores.keys() == EXPECTED_FOR_FINDER.keys()
    for key, expected in EXPECTED_FOR_FINDER.items():
        assert scores[key] == (pytest.approx(expected) if isinstance(expected, dict) else expected), key


def test_cli_json_details_list_the_errors(cli, tmp_path):
    result = cli(write_gold(tmp_path, record()), "--json", "--details")
    details = json.loads(result.stdout)["details"]
    assert {(d["kind"], d["surface"]) for d in details if d["kind"] in ("missed", "spurious")} == {
        ("missed", SELF), ("missed", DECREE)
    }
    assert {d["field"] for d in details if d["kind"] == "field"} == {"date", "issuer", "scope"}


def test_cli_table_and_details_for_humans(cli, tmp_path):
    result = cli(write_gold(tmp_path, record()), "--details")
    assert result.exit_code == 0, result.output
    assert "0.333" in result.stdout and "1 of 1 pred., 3 gold" in result.stdout
    assert DECREE in result.stdout and "missed" in result.stdout


def test_cli_exits_2_with_one_line_on_bad_gold(cli, tmp_path):
    path = write_gold(tmp_path, record(), bad_reference(role="carries out"))
    result = cli(path, "--json")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        f"{path} line 2: reference 2 has unknown role 'carries out' (expected one of self, implements, cites)"
    ]


def test_details_table_shows_article_text_literally():
    from rich.console import Console

    from lineage.ingest.evaluate_score import Detail, Report

    report = Report(details=[Detail("c", "missed", "Công văn [bold]số 9[/bold]", 0, 26)])
    console = Console(width=200, record=True)
    console.print(evaluate_cmd.details_table(report))
    assert "Công văn [bold]số 9[/bold]" in console.export_text()
