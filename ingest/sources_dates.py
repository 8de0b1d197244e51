"""The article's publication date: from a metadata value, or from a date line near the top.

Vietnamese news pages print a date line under the headline:

>>> published_from_text("Tiêu đề\\nThứ Tư, 14/03/2018 | 15:53 GMT+7\\nNội dung bài viết.")
datetime.date(2018, 3, 14)
>>> published_from_text("Tiêu đề\\nCập nhật: 08:10 ngày 06/02/2024\\nNội dung.")
datetime.date(2024, 2, 6)

A page header can carry a date that is not the article's (a stale "Thứ 6, Ngày 1/7/2016" above an
article about documents of October 2023). An article cannot be published before the documents it
reports, so a date line earlier than the latest full date in the body is rejected, and the next
date line is tried; when none survives the answer is None and a later stage falls back to the
article's own document date:

>>> published_from_text("Thứ 6, Ngày 1/7/2016\\nNgày 25/10/2023, UBND tỉnh ban hành chỉ thị.")

Dates that only look forward — deadlines ("trước ngày 31/12/2023") and effective dates ("có
hiệu lực từ ngày …") — are not documents the article reports and do not take part in that rule.
Impossible dates ("32/13/2023") are ignored.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import date, datetime
from itertools import islice

from lineage.ingest.normalize import fold

# Years a Vietnamese directive article can carry; anything else is a number that looks like a date.
MIN_YEAR, MAX_YEAR = 1945, 2100
# A date line stands "near the top": within this many non-empty lines.
TOP_LINES = 12
# A date line is short; a sentence that starts with a date ("Ngày 25/10/2023, UBND tỉnh …") is not.
MAX_DATE_LINE = 80

_DMY = r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)"
_DMY_WORDS = r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\d)"
_FULL_DATE = re.compile(f"{_DMY}|{_DMY_WORDS}", re.IGNORECASE)
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})")

# What may stand before the date on a date line: a weekday, a label such as "Cập nhật:", a time,
# "ngày"/"lúc". After the date only a time and a time zone may follow.
_LABEL = (
    r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật"
    r"|ngày\s+cập\s+nhật|cập\s+nhật(?:\s+lúc)?|ngày\s+đăng|đăng\s+ngày|đăng\s+lúc"
    r"|ngày\s+xuất\s+bản|xuất\s+bản|thời\s+gian\s+đăng)"
)
_TIME = r"\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?"
# Labels, times and "ngày"/"lúc" come in any order: "Cập nhật 09:20, Thứ Tư, 14/3/2018".
_DATE_LINE = re.compile(
    rf"^\s*(?:(?:{_LABEL}|{_TIME}|ngày|lúc)\s*[:,|\-]?\s*){{0,4}}{_DMY}(?P<rest>.*)$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-zà-ỹđ]{2,}")  # a lowercase word: the line goes on as a sentence
_BYLINE = re.compile(r"^\s*[A-ZĐ][\w.]*(?:\s+[A-ZĐ][\w.]*){0,4}(?:\s*\([^)]{1,20}\))?\s+[-–|]\s+(?=\d)")
_MENU_TAIL = re.compile(r"^\s*(?:\|\s*[^|]{1,20}\s*)+$")

# Words just before a date that make it a deadline or a start date rather than a past document.
_FORWARD = re.compile(
    r"(?<!\w)(?:trước|đến|hết|chậm\s+nhất|hạn|hiệu\s+lực|từ|kể\s+từ)(?:\s+ngày)?\s*$", re.IGNORECASE
)
FORWARD_WINDOW = 25  # characters looked at before the date
# A page's "today" stamp ("Hôm nay: 22/7/2021") says when the page was fetched, not what it reports.
_STAMP = re.compile(r"(?<!\w)(?:hôm\s+nay|cập\s+nhật|truy\s+cập|hiện\s+tại)\s*:?\s*$", re.IGNORECASE)


def make_date(day: int | str, month: int | str, year: int | str) -> date | None:
    """A date, or None when the parts are impossible or out of range."""
    try:
        value = date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None
    return value if MIN_YEAR <= value.year <= MAX_YEAR else None


def parse_date_value(value: object) -> date | None:
    """A metadata date: date/datetime, ISO ("2023-11-16", "2023-11-16T16:45:00+07:00"),
    "16/11/2023 16:45" or "ngày 16 tháng 11 năm 2023"; None for anything else."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    iso = _ISO.match(value)
    if iso:
        return make_date(iso.group(3), iso.group(2), iso.group(1))
    match = _FULL_DATE.search(_fold(value))
    return _date_of(match) if match else None


def published_from_text(text: str) -> date | None:
    """The first date line near the top that the body's latest full date does not contradict."""
    folded = _fold(text)
    lines = folded.split("\n")
    candidates: list[tuple[int, date]] = []  # (line index, date)
    for index, line in top_lines(lines):
        found = date_of_line(line)
        if found:
            candidates.append((index, found))
    if not candidates:
        return None
    date_lines = {index for index, _ in candidates}
    body = "\n".join("" if i in date_lines else line for i, line in enumerate(lines))
    latest = latest_reported_date(body)
    for _, found in candidates:
        if latest is None or found >= latest:
            return found
    return None


def top_lines(lines: list[str]) -> Iterator[tuple[int, str]]:
    """The first TOP_LINES non-blank lines with their indexes: where a header's date line stands."""
    non_blank = ((index, line) for index, line in enumerate(lines) if line.strip())
    return islice(non_blank, TOP_LINES)


def latest_reported_date(text: str) -> date | None:
    """The latest full date in the text, leaving out deadlines and effective dates."""
    text = _fold(text)
    latest = None
    for match in _FULL_DATE.finditer(text):
        before = text[max(0, match.start() - FORWARD_WINDOW) : match.start()]
        if _FORWARD.search(before) or _STAMP.search(before):
            continue
        found = _date_of(match)
        if found and (latest is None or found > latest):
            latest = found
    return latest


def date_of_line(line: str) -> date | None:
    """The date of a date line ("Thứ năm, 16/11/2023 16:45"); None for any other line."""
    line = _fold(line)
    if len(line.strip()) > MAX_DATE_LINE:
        return None
    # A byline before the date ("Thanh Hà - 14:20 05/03/2024", "Minh Anh (TTXVN) - 10:05, 03/03/2024").
    line = _BYLINE.sub("", line, count=1)
    match = _DATE_LINE.match(line)
    if not match:
        return None
    # After the date only a time and a zone, or a page's menu ("… | Đăng nhập | Đăng ký").
    rest = match.group("rest")
    if _WORD.search(rest) and not _MENU_TAIL.match(rest):
        return None
    return make_date(match.group(1), match.group(2), match.group(3))


def _date_of(match: re.Match[str]) -> date | None:
    day, month, year = (g for g in match.groups()[:6] if g is not None)
    return make_date(day, month, year)


def _fold(text: str) -> str:
    # NFC so that "tháng" typed in NFD still matches; fold() also turns odd spaces into spaces.
    return fold(unicodedata.normalize("NFC", text))
