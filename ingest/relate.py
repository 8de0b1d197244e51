"""Read the article's structure: sentences, its own new document, and the role of every mention.

- The *self* document is the one the text reports as newly issued: a mention right after an
  issuing verb ("vừa ký ban hành Công văn số 983/UBND-NCKS"), right before a passive one ("… được
  ban hành"), or in an official text's "Số: 12/CT-UBND" header. Every mention of that same
  document is self too (a headline naming it, a later "Chỉ thị 12").
- Other mentions take their role from the nearest trigger before them in their sentence:
  "Thực hiện", "triển khai", "quán triệt", "cụ thể hóa" make it *implements*; "Căn cứ", "theo",
  "quy định tại" make it *cites*; no trigger means *cites*.
- A trigger inside a cited document's subject ("Công văn số 2463/UBND-TH … về việc triển khai
  thực hiện Công điện số 280/CĐ-TTg") states an edge between those two documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lineage.ingest.vocab import CITE_TRIGGERS, IMPLEMENT_TRIGGERS

# Sentence ends: a newline, or "." "!" "?" before a capital, a quote, a digit or the end. A full
# stop after an abbreviation that precedes a capitalised name ("TP. Biên Hòa", "TS. …") or after
# a single capital ("M.Đ") does not end one.
_END_CANDIDATE = re.compile(r"\n+|[.!?]+")
_NEXT_CHAR = re.compile(r"\s*(\S|$)")


def _starts_sentence(text: str, position: int) -> bool:
    """After a full stop: a capital (any Vietnamese one: "Ở", "Ủy", …), a digit, a quote or the end."""
    if position < len(text) and not text[position].isspace():
        return False  # "3.5", "TP.HCM": no space after the stop
    following = _NEXT_CHAR.match(text, position).group(1)
    return following == "" or following.isupper() or following.isdigit() or following in "\"“(["
_ABBREVIATION = re.compile(r"(?:\b(?:TP|Tp|TS|ThS|GS|PGS)|\b[A-ZĐ])$")


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence, covering the whole text."""
    bounds = []
    start = 0
    for m in _END_CANDIDATE.finditer(text):
        if m.group(0)[0] != "\n":
            if not _starts_sentence(text, m.end()):
                continue
            if _ABBREVIATION.search(text, max(0, m.start() - 4), m.start()):
                continue
        bounds.append((start, m.end()))
        start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    kind: str  # "implements" | "cites"
    phrase: str


def _trigger_regex() -> re.Pattern[str]:
    words = sorted([*IMPLEMENT_TRIGGERS, *CITE_TRIGGERS], key=len, reverse=True)
    # "theo dõi" (monitor), "theo đó" (accordingly), "theo sát", "theo hướng" (towards) are not
    # citations; "theo hướng dẫn tại" (following the guidance in) is.
    exceptions = {
        # "theo dõi", "theo đó", "theo hướng"; "Theo Cục Quản lý công sản, …" (according to a body
        # or a person) cites nothing.
        "theo": r"(?!\s+(?:dõi|đó|sát|hướng(?! dẫn)|thời gian|Cục|Tổng cục|Bộ|Sở|Viện|ông|bà|đồng chí"
        r"|lãnh đạo|đánh giá|thống kê|số liệu)\b)",
        "chấp hành": r"(?<![Bb]an chấp hành)(?!\s+(?:Đảng bộ|Trung ương)\b)",  # a body: "Ban Chấp hành …"
        "thi hành": r"(?!\s+kỷ luật\b)",  # "thi hành kỷ luật": disciplining, not carrying out
    }
    exceptions["theo"] = r"(?<!tiếp theo)" + exceptions["theo"]  # "những năm tiếp theo" (following)
    alternatives = "|".join(re.escape(w) + exceptions.get(w, "") for w in words)
    return re.compile(r"(?<!\w)(?i:" + alternatives + r")(?!\w)")


_TRIGGER = _trigger_regex()
_IMPLEMENT = {w.casefold() for w in IMPLEMENT_TRIGGERS}


# "sau một năm thực hiện Công điện 968", "qua hai năm triển khai …", "nhìn lại …": a look back at
# how a document was carried out is background, not the article's own act.
_LOOKING_BACK = re.compile(
    r"(?<!\w)(?:(?i:sau|qua)(?:\s+(?i:hơn|gần|gần\s+tròn))?\s+(?:\d+|(?i:một|hai|ba|bốn|năm|sáu|mười|nhiều|mấy))"
    r"\s+(?i:năm|tháng|tuần|ngày|quý)|(?i:nhìn lại|đánh giá|tổng kết|sơ kết)(?:\s+\S+){0,4}"
    r"|(?i:vừa qua|năm trước|năm ngoái),?)\s+$"
)


def find_triggers(text: str) -> list[Trigger]:
    found = []
    for m in _TRIGGER.finditer(text):
        phrase = m.group(0)
        kind = "implements" if phrase.casefold() in _IMPLEMENT else "cites"
        if kind == "implements" and _LOOKING_BACK.search(text, max(0, m.start() - 40), m.start()):
            kind = "cites"
        found.append(Trigger(m.start(), m.end(), kind, phrase))
    return found


# Issuing verbs just before a mention, with at most a few words between ("vừa ký ban hành
# Công văn", "đã ban hành Chỉ thị", "ban hành Kế hoạch số …", "có Công văn số …").
# Whole words only: "đăng ký" (register), "đề ra"/"đưa ra" (set out) and "ban hành kèm theo"
# (attached to an older decision) do not issue anything new. A Council "thông qua" (passes) its
# resolutions.
_ISSUED_BEFORE = re.compile(
    r"(?<!\w)(?:(?i:ban hành|phát hành|vừa gửi|thông qua)|(?i:(?:vừa|đã|cũng) có)|(?<!đăng )(?i:ký)"
    r"|(?<!đề )(?<!đưa )(?<!nêu )(?i:ra))"
    r"\s+(?:(?i:văn bản)\s+)?$"
)
# "UBND tỉnh có Công văn số …": a bare "có" issues only with a body as its subject ("trong đó có
# Quyết định số …" merely lists).
_BODY_HAS = re.compile(r"(?i:ubnd|ủy ban nhân dân|tỉnh ủy|thành ủy|huyện ủy|sở|bộ|văn phòng|chủ tịch|ban|thủ tướng|chính phủ"
                       r"|phòng|chi cục|tổng cục|cục|trung tâm)"
                       r"[^,.;:\n]{0,70} (?i:có)\s+(?:(?i:văn bản)\s+)?$")
# "… được ban hành", "… vừa được ký", "Công văn số 6466/UBND-NC2 mà Chủ tịch UBND tỉnh ký ngày …"
_ISSUED_AFTER = re.compile(
    r"[^.;\n]{0,40}?(?:(?i:(?:vừa|đã|mới)\s+)?(?i:được)\s+(?i:ký\s+)?(?i:ban hành|phát hành|ký)"
    r"|(?i:\bmà|\bdo)\s[^.;\n]{0,50}?(?<!\w)(?i:ký|ban hành|gửi)(?!\w))"
)
# The "Số: 12/CT-UBND" line of an official text (Party texts write "Số 42-CT/TU"), alone on its
# line or first in a header cell.
NUMBER_HEADER = re.compile(r"(?:(?i:số ký hiệu|số hiệu|số)\s*:|Số|SỐ)\s*\d")


def issued_here(text: str, start: int, end_of_mention: int, sentence_start: int) -> bool:
    """Does the text report the document at [start, end) as being issued now?"""
    if _ISSUED_BEFORE.search(text, max(sentence_start, start - 40), start):
        return True
    if _BODY_HAS.search(text, max(sentence_start, start - 100), start):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if NUMBER_HEADER.match(text, start) and text[line_start:start].strip(" \t|") == "":
        return True
    return bool(_ISSUED_AFTER.match(text, end_of_mention, end_of_mention + 80))


# Where a news page's trailing links begin: what follows is other articles, not this one.
RELATED_LINKS = re.compile(
    r"^[^\S\n]*(?i:tin liên quan|bài viết liên quan|bài liên quan|tin cùng chuyên mục|bài viết cùng chuyên mục"
    r"|các tin đã đưa(?: ngày)?|các tin khác|tin khác|xem thêm|đọc thêm)"
    r"[^\S\n]*:?[^\S\n]*$",
    re.MULTILINE,
)

# A new clause with a subject of its own ("…, các cơ quan phải …") ends a trigger's reach.
CLAUSE_BREAK = re.compile(
    # Not "địa phương", "cơ quan", "đơn vị" alone: "tại các bộ, ngành, địa phương năm 2024" lists.
    r",\s+(?i:các|những|mọi|toàn bộ|ubnd|ủy ban|sở|chủ tịch|giám đốc)"
    r"\b[^,;]{0,60}?\b(?i:phải|cần|được|yêu cầu|đề nghị|chịu|có trách nhiệm|không)\b"
    r"|,\s+(?i:đồng thời|trong đó|bên cạnh đó)\b"  # "…, đồng thời quán triệt …": a second clause
    r"|;\s+(?i:ubnd|ủy ban|chủ tịch|sở|tỉnh ủy|thành ủy|ban thường vụ|hđnd)\b[^,;]{0,60}?\b(?i:ban hành|ký|có)\b"
)

# Bullets that continue a list whose head ends with ":" ("Thực hiện các văn bản sau:").
BULLET = re.compile(r"\s*(?:[-+•*–]|[a-zđ]\)|\d{1,2}[.)]|\|?\s*\d{1,3}\s*\|)\s")  # "| 1 | …": a table row


_TITLE_START = re.compile(r"\s*,?\s*(?:(?i:về việc|về|v/v)\b)")


def in_subject_of(text: str, mention_end: int, position: int) -> bool:
    """Is `position` inside the "về việc …" subject that follows a mention ending at mention_end?"""
    head = _TITLE_START.match(text, mention_end)
    if not head:
        return False
    between = text[head.end():position]
    return ";" not in between and "\n" not in between
