"""Reading a gold file: hand annotations of articles, one JSON case per line.

The format is the one `Mention` follows (every mention of a document, in order of appearance, with
its character span, fields and role). `load_gold` checks every line and stops at the first bad one
with a `GoldError` that names the file, the line and what is wrong, so a researcher can fix their
annotations without reading a traceback:

    GOLD.jsonl line 5: reference 2 has start 900 beyond the text (length 812)

Offsets may be left out of a reference; then it is placed by its surface (see `_place`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROLES = ("self", "implements", "cites")
SCOPES = ("central", "local")

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Shown in messages; longer values are cut so that an error stays one readable line.
_MAX_SHOWN = 60


class GoldError(ValueError):
    """A gold file that cannot be read; the message names the file and line."""


@dataclass(frozen=True)
class GoldReference:
    """One annotated mention of a document (README "Gold format")."""

    start: int
    end: int
    surface: str
    doc_type: str
    number: str | None
    symbol: str | None
    date: date | None
    issuer: str | None
    scope: str | None  # "central" | "local" | None
    role: str  # "self" | "implements" | "cites"
    note: str | None = None


@dataclass(frozen=True)
class GoldCase:
    """One annotated article."""

    id: str
    text: str
    references: tuple[GoldReference, ...]
    province: str | None  # None is a value: "central or unknown"
    published: date | None = None
    url: str | None = None
    source: str | None = None
    line: int = 0  # line in the gold file, for messages


def load_gold(path: str | Path) -> list[GoldCase]:
    """All cases of a gold file; raises `GoldError` at the first bad line. Blank lines are skipped."""
    name = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise GoldError(f"{name}: cannot read ({exc.strerror or exc})") from None
    cases: list[GoldCase] = []
    first_line_of: dict[str, int] = {}
    for number, line_bytes in enumerate(raw.splitlines(), start=1):
        where = f"{name} line {number}"
        try:
            # utf-8-sig: editors on Windows put a byte-order mark in front of the first line.
            line = line_bytes.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            raise GoldError(f"{where}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{where}: not valid JSON ({exc})") from None
        try:
            case = parse_case(record, line=number)
        except ValueError as exc:
            raise GoldError(f"{where}: {exc}") from None
        if case.id in first_line_of:
            raise GoldError(f"{where}: duplicate id {case.id!r} (first on line {first_line_of[case.id]})")
        first_line_of[case.id] = number
        cases.append(case)
    if not cases:
        raise GoldError(f"{name}: no gold cases")
    return cases


def parse_case(record: object, *, line: int = 0) -> GoldCase:
    """One case from its decoded JSON; raises ValueError with a message that fits after "line N: "."""
    if not isinstance(record, dict):
        raise ValueError(f"expected a JSON object, got {_json_type(record)}")
    for key in ("id", "text", "references"):
        if key not in record:
            raise ValueError(f"missing {key!r}")
    case_id = record["id"]
    if not isinstance(case_id, str) or not case_id:
        raise ValueError("'id' must be a non-empty string")
    text = _string(record, "text", required=True)
    raw_references = record["references"]
    if not isinstance(raw_references, list):
        raise ValueError(f"'references' must be a list, got {_json_type(raw_references)}")
    references: list[GoldReference] = []
    for index, raw in enumerate(raw_references, start=1):
        previous = references[-1].start if references else 0
        references.append(_parse_reference(raw, index, text, previous, references))
    return GoldCase(
        id=case_id,
        text=text,
        references=tuple(references),
        province=_string(record, "province"),
        published=_date(record, "published"),
        url=_string(record, "url"),
        source=_string(record, "source"),
        line=line,
    )


def _parse_reference(
    raw: object, index: int, text: str, previous_start: int, earlier: list[GoldReference]
) -> GoldReference:
    label = f"reference {index}"
    if not isinstance(raw, dict):
        raise ValueError(f"{label} must be a JSON object, got {_json_type(raw)}")
    try:
        surface = _string(raw, "surface")
        start, end = _span(raw, surface, text, previous_start, earlier)
        role = _string(raw, "role", required=True)
        if role not in ROLES:
            raise ValueError(f"has unknown role {role!r} (expected one of {', '.join(ROLES)})")
        scope = _string(raw, "scope")
        if scope is not None and scope not in SCOPES:
            raise ValueError(f"has unknown scope {scope!r} (expected central, local or null)")
        number = raw.get("number")
        if isinstance(number, int) and not isinstance(number, bool):
            number = str(number)  # a number typed without quotes means the same
        elif number is not None and not isinstance(number, str):
            raise ValueError(f"'number' is {_json_type(number)} (expected a string or null)")
        return GoldReference(
            start=start,
            end=end,
            surface=text[start:end],
            doc_type=_string(raw, "doc_type", required=True),
            number=number,
            symbol=_string(raw, "symbol"),
            date=_date(raw, "date"),
            issuer=_string(raw, "issuer"),
            scope=scope,
            role=role,
            note=_string(raw, "note"),
        )
    except ValueError as exc:
        # Every message here is phrased to read on after "reference 2 ".
        raise ValueError(f"{label} {exc}") from None


def _span(
    raw: dict, surface: str | None, text: str, previous_start: int, earlier: list[GoldReference]
) -> tuple[int, int]:
    has_start, has_end = "start" in raw and raw["start"] is not None, "end" in raw and raw["end"] is not None
    if has_start != has_end:
        raise ValueError("has only one of 'start' and 'end'")
    if not has_start:
        if not surface:
            raise ValueError("has neither offsets nor a 'surface'")
        start = _place(surface, text, previous_start, earlier)
        return start, start + len(surface)
    start, end = raw["start"], raw["end"]
    for key, value in (("start", start), ("end", end)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ValueError(f"'{key}' {value!r} is not a non-negative integer")
    if start >= len(text):
        raise ValueError(f"has start {start} beyond the text (length {len(text)})")
    if end > len(text):
        raise ValueError(f"has end {end} beyond the text (length {len(text)})")
    if end <= start:
        raise ValueError(f"has an empty span (start {start}, end {end})")
    if surface is not None and text[start:end] != surface:
        raise ValueError(
            f"surface {_shown(surface)} does not match the text at {start}-{end} ({_shown(text[start:end])})"
        )
    return start, end


def _place(surface: str, text: str, previous_start: int, earlier: list[GoldReference]) -> int:
    """Where a reference without offsets stands (README "Gold format"): the k-th reference with a
    given surface is the k-th occurrence of that surface at or after the previous reference's start.

    k counts the references with this surface that already stand at or after that start (normally
    only the previous reference itself, when it has the same surface), plus this one. So "A … A"
    annotated twice gives both occurrences, not the first one twice. Occurrences may overlap.
    """
    k = 1 + sum(1 for ref in earlier if ref.surface == surface and ref.start >= previous_start)
    position = previous_start - 1
    for _ in range(k):
        position = text.find(surface, position + 1)
        if position < 0:
            occurrence = "" if k == 1 else f" (needed occurrence {k})"
            raise ValueError(
                f"surface {_shown(surface)} not found at or after offset {previous_start}{occurrence}"
            )
    return position


def _string(record: dict, key: str, *, required: bool = False) -> str | None:
    if key not in record or record[key] is None:
        if required:
            raise ValueError(f"missing {key!r}")
        return None
    value = record[key]
    if not isinstance(value, str):
        expected = "a string" if required else "a string or null"
        raise ValueError(f"{key!r} is {_json_type(value)} (expected {expected})")
    if required and not value.strip():
        raise ValueError(f"{key!r} is empty")
    return value


def _date(record: dict, key: str) -> date | None:
    value = _string(record, key)
    if value is None:
        return None
    if not _ISO_DATE.match(value):
        raise ValueError(f"{key!r} {value!r} is not yyyy-mm-dd (nor null)")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{key!r} {value!r} is not a calendar date") from None


def _shown(text: str) -> str:
    return repr(text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…")


def _json_type(value: object) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean", int: "a number",
            float: "a number", type(None): "null"}.get(type(value), type(value).__name__)
