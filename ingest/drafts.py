"""A mention while its fields are being decided, and the steps that fill them from its neighbours.

find.py gives raw spans; `draft_mention` reads what stands right at a mention (symbol, type, date,
issuer phrase, "về …" subject, a year alone). The other steps look across mentions: a subject ends
where the next mention begins; one issuer phrase serves coordinated mentions; an issuer may stand
before its document; a list item takes the type of the item before it; mentions of one document
are grouped (`cluster`) and share what each knows (`share_fields`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from lineage.ingest import relate, resolve
from lineage.ingest.find import DATE_RE, TYPE_RE, RawMention
from lineage.ingest.models import Role

# "… của UBND tỉnh ngày 25/10/2023", "… của Thủ tướng Chính phủ ban hành ngày 20/10/2023".
_DATE_AFTER_ISSUER = re.compile(
    r"[^\S\n]*[,(]?[^\S\n]*(?:(?i:ban hành|ký)\s+)?(?i:ngày)\s+" + DATE_RE + r"(?!\d)\)?"
)

# A table row flattened into text: the cell after the document's holds its date, the next its
# issuer.
_NEXT_CELLS = re.compile(r"[^|\n]{0,120}\|[^\S\n]*(?:(?i:ngày)\s+)?" + DATE_RE + r"[^\S\n]*(?P<cell>\|[^\S\n]*)")

# "Chỉ thị 12 từ năm 2018": a year without a date still tells documents apart.
_YEAR_AFTER = re.compile(r"[^\S\n]+(?i:(?:từ|trong|vào|của)\s+)?(?i:năm)\s+((?:19|20)\d{2})(?!\d)")

# "Luật Đất đai 2024": a law's year written straight after its name.
_BARE_YEAR = re.compile(r"[^\S\n]+((?:19|20)\d{2})(?![\d/])")

# Nothing but a list separator between two mentions.
_COORDINATION = re.compile(r"^\s*(?:,|;|(?i:và)|(?i:,\s*và))?\s*$")

# "… về việc …", "V/v …": a document's subject, up to the end of its clause or the next item.
# Decrees and circulars often state theirs without "về": "… quy định chi tiết thi hành …",
# "… hướng dẫn …", "… sửa đổi, bổ sung …", "… phê duyệt …".
_SUBJECT = re.compile(
    r"[^\S\n]*,?\s*(?:(?i:về việc|về|v/v)\s+|(?=(?:quy định|hướng dẫn|sửa đổi|phê duyệt|ban hành)[\s,]))"
    r"(?P<title>[^;\n]{3,240}?)(?=;|\n|\.\s|\.$|,\s*(?:(?i:" + TYPE_RE + r")|số)|$)"
)

_LAW_ISSUER = {
    "Luật": "Quốc hội",
    "Bộ luật": "Quốc hội",
    "Hiến pháp": "Quốc hội",
    "Pháp lệnh": "Ủy ban Thường vụ Quốc hội",
}


@dataclass
class Draft:
    """A mention while its fields are being decided (offsets into the folded text)."""

    raw: RawMention
    sentence: int
    symbol: resolve.Symbol | None
    doc_type: str | None
    date: date | None = None
    issuer: resolve.Issuer | None = None
    issuer_from_text: bool = False
    role: str = Role.CITES
    trigger: relate.Trigger | None = None
    title: str | None = None
    title_span: tuple[int, int] | None = None  # the "về việc …" subject after the mention
    year_hint: int | None = None  # "Chỉ thị 12 từ năm 2018": a year without a date
    problems: list[str] = field(default_factory=list)
    cluster: int = -1

    @property
    def start(self) -> int:
        return self.raw.start

    @property
    def year(self) -> int | None:
        return (
            (self.symbol.year if self.symbol else None)
            or (self.date.year if self.date else None)
            or self.year_hint
        )

    @property
    def end(self) -> int:
        return self.raw.end


def draft_mention(text: str, raw: RawMention, sentence: int, published: date | None) -> Draft:
    symbol = resolve.canonical_symbol(raw.raw_symbol, raw.symbol_sep) if raw.raw_symbol else None
    work = Draft(raw, sentence, symbol, resolve.doc_type_for(raw, symbol))
    if raw.kind == "law":
        work.doc_type = "Bộ luật" if raw.type_word.lower() == "bộ luật" else raw.type_word.capitalize()
        work.title = raw.name
        work.issuer = resolve.Issuer(
            _LAW_ISSUER.get(work.doc_type, "Quốc hội"), "central", "central", None, -1, -1
        )
    phrase = resolve.issuer_after(text, raw)
    coded = resolve.issuer_from_code(symbol, work.doc_type)
    if phrase and resolve.compatible(phrase, coded):
        work.issuer, work.issuer_from_text = phrase, True
        raw.end = phrase.end
        if raw.date_match is None:  # "… của UBND tỉnh ngày 25/10/2023"
            late_date = _DATE_AFTER_ISSUER.match(text, raw.end)
            if late_date:
                raw.date_match, raw.end = late_date, late_date.end()
    elif work.issuer is None:
        work.issuer = coded
    work.date, problem = resolve.parse_date(raw.date_match, published)
    if problem:
        work.problems.append(problem)
    if work.date is None:
        cell = _NEXT_CELLS.match(text, raw.end)  # "| Công điện số 968/CĐ-TTg | 16/10/2023 | Thủ tướng … |"
        if cell:
            work.date, _ = resolve.parse_date(cell, published)
            if work.issuer is None or not work.issuer_from_text:
                in_cell = resolve.match_issuer(text, cell.end("cell"))
                if in_cell and resolve.compatible(in_cell, coded):
                    work.issuer, work.issuer_from_text = in_cell, True
    hint = _YEAR_AFTER.match(text, raw.end) or (_BARE_YEAR.match(text, raw.end) if raw.kind == "law" else None)
    if hint:
        work.year_hint = int(hint.group(1))
    subject = _SUBJECT.match(text, raw.end)
    if subject:
        start, end = subject.span("title")
        clause = relate.CLAUSE_BREAK.search(text, start, end)  # "về …, các cơ quan phải …"
        end = clause.start() if clause else end
        work.title_span = (start, end)
        if work.title is None:
            work.title = text[start:end].strip(" ,")
    return work


def clip_subjects(text: str, works: list[Draft]) -> None:
    """A subject ends where the next mention begins ("… về việc X và Chỉ thị số 46-CT/TU …")."""
    for work, following in zip(works, works[1:]):
        if work.title_span and work.title_span[1] > following.start:
            start = work.title_span[0]
            end = max(start, following.start)
            work.title_span = (start, end)
            title = re.sub(r"\s+(?:và|cùng)$", "", text[start:end].strip(" ,;"))
            work.title = title.strip(" ,;") or None


def share_issuers(text: str, works: list[Draft]) -> None:
    """ "Quyết định … ngày 17/3/2022 và Quyết định … ngày 28/5/2021 của Ban Thường vụ Tỉnh ủy":
    one issuer phrase after coordinated mentions of one type covers them all; so does one date."""
    for i in range(len(works) - 2, -1, -1):
        left, right = works[i], works[i + 1]
        same_family = left.symbol is not None and right.symbol is not None and left.symbol.party == right.symbol.party
        if left.sentence != right.sentence or left.raw.kind == "law" or not (left.doc_type == right.doc_type or same_family):
            continue  # "Luật Đầu tư công … và Nghị quyết số 45/NQ-HĐND … của HĐND tỉnh"
        if not _COORDINATION.match(text[left.end : right.start]):
            continue
        if left.date is None and right.date is not None and left.year in (None, right.date.year) \
                and left.doc_type == right.doc_type:
            left.date = right.date  # "số 01/NQ-CP và số 02/NQ-CP ngày 05 tháng 01 năm 2024"
        if left.issuer_from_text or not right.issuer_from_text:
            continue
        coded = resolve.issuer_from_code(left.symbol, left.doc_type)
        if resolve.compatible(right.issuer, coded):
            left.issuer, left.issuer_from_text = right.issuer, True


def issuers_before(text: str, works: list[Draft], sentences: list[tuple[int, int]]) -> None:
    """ "các chỉ đạo của Thủ tướng tại Công điện số 280/CĐ-TTg" """
    previous_end = 0
    for work in works:
        if not work.issuer_from_text:
            floor = max(previous_end, sentences[work.sentence][0])
            found = resolve.issuer_before(text, work.raw, floor)
            if found and resolve.compatible(found, resolve.issuer_from_code(work.symbol, work.doc_type)):
                work.issuer, work.issuer_from_text = found, True
        previous_end = work.end


def inherit_types(text: str, works: list[Draft]) -> None:
    """A list item without a type word ("…, số 889/UBND-NV") has the type of the item before it
    when its symbol carries no type code of its own."""
    for prev, work in zip(works, works[1:]):
        if work.raw.type_word is None and work.symbol is not None and work.symbol.type_code is None:
            if prev.sentence == work.sentence and prev.doc_type and len(text[prev.end : work.start]) < 200:
                work.doc_type = prev.doc_type


# A list head: "các nghị quyết của Ban Chấp hành Trung ương ngày 24/11/2023: số 44-NQ/TW …; số 45-NQ/TW …".
_LIST_HEAD = re.compile(r"(?i:các)\s+(?P<type>" + TYPE_RE + r")(?P<rest>[^:;.\n]{0,160}):[^\S\n]*$")
_CAC = re.compile(r"(?<!\w)(?i:các)\s")
_HEAD_DATE = re.compile(r"(?i:ngày)\s+" + DATE_RE + r"(?!\d)")


def inherit_from_list_heads(text: str, works: list[Draft], sentences, published: date | None) -> None:
    """Items of a list whose head names the issuer and the date take them, when they give none."""
    for work in works:
        if work.raw.type_word is not None:
            continue
        sentence_start = sentences[work.sentence][0]
        colon = text.rfind(":", sentence_start, work.start)
        if colon < 0:
            continue
        # The head nearest the colon: "các báo cáo viên truyền đạt … các nghị quyết của …:" is
        # headed by "các nghị quyết".
        heads = (_LIST_HEAD.match(text, m.start(), colon + 1) for m in _CAC.finditer(text, sentence_start, colon))
        head = next((h for h in reversed(list(heads)) if h), None)
        if head is None:
            continue
        rest_start = head.start("rest")
        headed = resolve.doc_type_for(RawMention(0, 0, "head", head.group("type"), None, None, None), None)
        if headed and work.symbol is not None and work.symbol.type_code in (None, "QĐ"):
            work.doc_type = headed  # "các Quy định của Bộ Chính trị: số 55-QĐ/TW …": Quy định, not Quyết định
        if not work.issuer_from_text:
            of = resolve.OF.search(text, rest_start, head.end("rest"))
            issuer = resolve.match_issuer(text, of.end()) if of else None
            if issuer and resolve.compatible(issuer, resolve.issuer_from_code(work.symbol, work.doc_type)):
                work.issuer, work.issuer_from_text = issuer, True
        if work.date is None:
            when = _HEAD_DATE.search(text, rest_start, head.end("rest"))
            if when:
                work.date, _ = resolve.parse_date(when, published)


def same_document(a: Draft, b: Draft) -> bool:
    if a.doc_type != b.doc_type or a.raw.number is None or b.raw.number is None:
        return a.raw.kind == b.raw.kind == "law" and a.title == b.title
    if int(a.raw.number) != int(b.raw.number):
        return False
    if a.symbol and b.symbol and a.symbol.text != b.symbol.text:
        return False
    if a.year and b.year and a.year != b.year:
        return False
    if (
        a.issuer
        and b.issuer
        and resolve.issuer_category(a.issuer.name) != resolve.issuer_category(b.issuer.name)
    ):
        return False
    return True


def cluster(works: list[Draft]) -> None:
    """Group mentions of one document, then share what each knows. Only mentions of one type and
    number (or one law's name) can be one document, so each is compared with those alone."""
    candidates: dict[tuple, list[Draft]] = {}
    for i, work in enumerate(works):
        by_name = work.raw.kind == "law" or work.raw.number is None  # laws group by their name
        key = (work.doc_type, work.title) if by_name else (work.doc_type, int(work.raw.number))
        earlier = candidates.setdefault(key, [])
        work.cluster = next((other.cluster for other in earlier if same_document(other, work)), i)
        earlier.append(work)
    share_fields(works)


def share_fields(works: list[Draft]) -> None:
    """Date, issuer and subject travel between mentions of one document; the symbol does not:
    the gold format's symbol is "null when the text gives only a number", so a loose "Công điện
    968" stays as written (the graph still gets one node: load.py groups by document)."""
    known: dict[int, dict] = {}  # per document, the first value each field has in the text
    for work in works:
        fields = known.setdefault(work.cluster, {})
        for name, value in (("date", work.date), ("title", work.title), ("issuer", work.issuer)):
            if value is not None:
                fields.setdefault(name, value)
        if work.issuer_from_text:
            fields.setdefault("stated", work.issuer)
    for work in works:
        fields = known[work.cluster]
        if work.date is None:
            work.date = fields.get("date")
        if work.issuer is None or not work.issuer_from_text:
            work.issuer = fields.get("stated") or work.issuer or fields.get("issuer")
        if work.title is None:
            work.title = fields.get("title")
