"""Find every mention of a document in a folded text.

A mention is one of:
  full      "Công điện số 968/CĐ-TTg", "Chỉ thị 26-CT/TW", "Văn bản số 1273/UBND-NV"
  loose     "Chỉ thị 12", "Công điện số 968" (a type word and a bare number)
  list item "số 187/2025/NĐ-CP", "Số: 12/CT-UBND", "968/CĐ-TTg" (a numbered symbol, no type word)
  by name   "Luật Ngân sách nhà nước", "Bộ luật Lao động" (laws and codes cited by name)

This stage only finds spans and their raw parts; resolve.py turns them into fields and relate.py
decides roles. All offsets are into the folded text (see normalize.py), which for NFC input are
the original offsets too.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from lineage.ingest.vocab import DOC_TYPES, NOT_A_NUMBER_AFTER

# Type words, longest first so that "Thông tư liên tịch" wins over "Thông tư".
_TYPE_WORDS = sorted([*DOC_TYPES, "Văn bản"], key=len, reverse=True)
TYPE_RE = r"(?i:" + "|".join(re.escape(t) for t in _TYPE_WORDS) + r")"
# Type words abbreviated as in symbols, written in a hurry before a number ("QĐ số 1847/QĐ-TTg",
# "CT 16", "NQ 57"): capitals only, so "ct" or "kh" in running text are never taken for them.
ABBREVIATED_TYPES = ("QĐ", "QD", "NQ", "CT", "KH", "CV", "TB", "NĐ", "ND", "CĐ", "CD", "KL", "HD", "TT")
_ABBREVIATED_RE = r"(?-i:" + "|".join(ABBREVIATED_TYPES) + r")"

# A symbol after the number. Segments start with a capital (so "3/các" is not a symbol), may
# carry a year ("2020/NĐ-CP"); the first separator may stand between spaces ("04 -CT/TU"),
# inner ones may not, so a symbol never runs into the words after it.
_SEG = r"[A-ZĐ][A-Za-zĐđ0-9]*(?:\.[A-ZĐ0-9][A-Za-zĐđ0-9]*)*"  # "V.I" in 123/VPCP-V.I
SYMBOL_RE = (
    r"(?P<sep>[^\S\n]?[-/][^\S\n]?)"  # never across a line: "…năm 2023\n- UBND tỉnh …"
    r"(?P<sym>(?:(?:19|20)\d{2}/)?" + _SEG + r"(?:[-/]" + _SEG + r")*)"
    r"(?![\w/-]|\.(?i:pdf|docx?|xlsx?|zip|rar)\b)"  # "156-KH-UBND.pdf" is a file name
)
NUMBER_RE = r"(?P<num>\d{1,5})(?!\d|[.,]\d)"

_NUMBER_WORD = r"(?:(?i:số ký hiệu|số hiệu|số)(?:\s?:)?\s*)"
# A type word, a number, and a symbol when there is one: full and loose mentions in one pass.
# The lookahead on first letters lets the engine skip most positions without trying 27 words.
_FIRST_LETTERS = "".join(sorted({c for t in _TYPE_WORDS for c in (t[0].lower(), t[0].upper())}))
_TYPED = re.compile(
    r"(?<![\w])(?=[" + _FIRST_LETTERS + r"])(?P<type>" + TYPE_RE + r"|" + _ABBREVIATED_RE + r"(?![\w-]))\s+(?P<so>"
    + _NUMBER_WORD + r")?"
    + NUMBER_RE + r"(?:" + SYMBOL_RE + r")?"
)
# After a loose number, a separator and more text would be a symbol the regex refused.
_LOOSE_END = re.compile(r"[\w/-]|\s?[-/]\s?\w")
_BARE = re.compile(r"(?<![\w/.-])(?P<so>" + _NUMBER_WORD + r")?" + NUMBER_RE + SYMBOL_RE)
# Laws by name: "Luật Đất đai", "Bộ luật Lao động"; a name may hold one comma ("Luật Cán bộ,
# công chức ngày 13 tháng 11 năm 2008") when what follows it is the law's date or number.
# "và" ends a law's name only before a capital: "Luật A và Luật B", but "Luật Sử dụng năng lượng
# tiết kiệm và hiệu quả".
_LAW_STOP = r"(?!(?i:ngày|năm|số|của|và(?= (?-i:[A-ZĐ]))|đã|được|về|theo|tại|do|trong|nhằm|để|có|là|quy định|hiện hành|này|đó|sửa đổi|các|những)\b|(?:19|20)\d\d\b)"
# "Phòng, chống" (prevention and control) is one phrase inside a law's name.
_LAW_WORDS = r"(?:(?: |, (?=chống ))" + _LAW_STOP + r"[\w-]+){1,10}"
_LAW_NUMBER = r"(?:[^\S\n]+(?i:số)[^\S\n]*" + NUMBER_RE + SYMBOL_RE + r")?"  # "… số 72/2025/QH15"
_LAW = re.compile(
    r"(?<![\w])(?P<type>Bộ luật|Luật|Pháp lệnh|Hiến pháp)"
    r"(?P<name>" + _LAW_WORDS + r"(?:," + _LAW_WORDS + r"(?= (?i:ngày|năm \d|số)\b))?)" + _LAW_NUMBER
)
# An amending law names the laws it amends: one document, "Luật sửa đổi, bổ sung một số điều của
# Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương".
_AMENDING_LAW = re.compile(
    r"(?<![\w])(?P<type>Luật|Pháp lệnh)(?P<name> sửa đổi, bổ sung (?:một số điều (?:của )?)?"
    r"(?:(?:Bộ luật|Luật|Pháp lệnh) )?[^;.\n]{3,200}?)(?=[^\S\n]+(?i:ngày|năm \d|số)\b|[;.\n]|$)" + _LAW_NUMBER
)

# A date written after a mention: "ngày 16/10/2023", "ngày 16 tháng 10 năm 2023", "ngày 15/11".
DATE_RE = (
    r"(?P<d>\d{1,2})\s?(?:[/.-]\s?(?P<m>\d{1,2})(?:\s?[/.-]\s?(?P<y>\d{4}))?"
    r"|\s+tháng\s+(?P<m2>\d{1,2})(?:\s*(?:năm|,)\s*(?P<y2>\d{4}))?)"
)
# "_" stands for horizontal space: a date never belongs to a mention across a line break (the
# next paragraph's "Ngày 3/4/2024, …" is not the headline citation's date).
_H = r"[^\S\n]"
_DATE_AFTER = re.compile(
    (r"_*[,(]?_*(?:(?i:ban hành|ký|đề)_+)?(?i:ngày|hôm)_+" + DATE_RE + r"(?!\d)\)?"
     r"|_*\(_*" + DATE_RE.replace("?P<", "?P<p") + r"_*\)").replace("_", _H)  # "Công điện 968/CĐ-TTg (16/10/2023)"
)
_NOT_A_NUMBER = re.compile(
    # "Kế hoạch 5 năm" is a quantity; "Kế hoạch 268 năm 2024" is a plan of 2024.
    r"[^\S\n]*(?:" + "|".join(re.escape(w) for w in NOT_A_NUMBER_AFTER) + r")(?!\w)(?!\s+\d{4}\b)", re.IGNORECASE
)


@dataclass
class RawMention:
    """A found span and its raw parts, before any field is decided."""

    start: int
    end: int
    kind: str  # "full" | "loose" | "bare" | "law"
    type_word: str | None  # as written: "Công điện", "văn bản", None for a bare symbol
    number: str | None
    raw_symbol: str | None  # as written, before canonicalisation
    symbol_sep: str | None  # the separator after the number: "/" or "-" (spaces stripped)
    name: str | None = None  # laws cited by name
    date_match: re.Match[str] | None = None
    has_so: bool = False  # written with "số" before the number

    @property
    def core_end(self) -> int:
        """End of the number/symbol (or name) part, before any date was attached."""
        return self._core_end

    def __post_init__(self) -> None:
        self._core_end = self.end


def _is_year_like(number: str) -> bool:
    return len(number) == 4 and 1945 <= int(number) <= 2100


def find_mentions(text: str) -> list[RawMention]:
    """All mentions in `text` (folded), in order, none overlapping another."""
    found: list[RawMention] = []
    taken: list[tuple[int, int]] = []  # spans found so far, sorted and apart

    def free(start: int, end: int) -> bool:
        k = bisect.bisect_left(taken, (start, start))
        return (k == len(taken) or end <= taken[k][0]) and (k == 0 or taken[k - 1][1] <= start)

    def add(m: RawMention) -> None:
        found.append(m)
        bisect.insort(taken, (m.start, m.end))

    for match in _TYPED.finditer(text):
        number, has_so = match.group("num"), bool(match.group("so"))
        if match.group("sym"):
            add(RawMention(match.start(), match.end(), "full", match.group("type"), number,
                           match.group("sym"), match.group("sep").strip(), has_so=has_so))
            continue
        if _LOOSE_END.match(text, match.end()) or _NOT_A_NUMBER.match(text, match.end()):
            continue
        if _is_year_like(number) and not has_so:
            continue  # "Hiến pháp 2013", "Bộ luật Lao động 2019": a year, not a number
        if match.group("type").lower() == "văn bản" and not has_so:
            continue  # "văn bản 2" is too vague to be a citation
        if match.group("type").lower() in ("luật", "bộ luật", "lệnh") and not match.group("type")[0].isupper():
            continue  # "thi hành kỷ luật 24 tổ chức": discipline, not a law
        if match.group("type").lower() == "đề án":
            continue  # "Đề án 06" is a programme's nickname (approved by Quyết định 06/QĐ-TTg), not its number
        add(RawMention(match.start(), match.end(), "loose", match.group("type"), number, None, None,
                       has_so=has_so))
    for regex in (_AMENDING_LAW, _LAW):
        for match in regex.finditer(text):
            if not free(match.start(), match.end()):
                continue
            if regex is _LAW and not match.group("name")[1:2].isupper():
                continue  # "Luật sư", "Luật quy định …": a law's name starts with a capital
            add(RawMention(match.start(), match.end(), "law", match.group("type"), match.group("num"),
                           match.group("sym"), (match.group("sep") or "").strip() or None,
                           name=match.group("name").strip()))
    for match in _BARE.finditer(text):
        if not free(match.start(), match.end()):
            continue
        add(RawMention(match.start(), match.end(), "bare", None, match.group("num"),
                       match.group("sym"), match.group("sep").strip(), has_so=bool(match.group("so"))))

    found.sort(key=lambda m: m.start)
    for m in found:
        m._core_end = m.end
        date = _DATE_AFTER.match(text, m.end)
        if date:
            m.date_match = date
            m.end = date.end()
    return found
