"""Turn raw mentions into fields: canonical symbol, type, date, issuer, scope.

>>> canonical_symbol("CT-TW").text, canonical_symbol("CD-TTg").text, canonical_symbol("2020/ND-CP").text
('CT/TW', 'CĐ-TTg', '2020/NĐ-CP')

The issuer comes, in order of trust, from a phrase after the mention ("… của Ban Bí thư"), a
phrase shared by coordinated mentions ("Quyết định … và Quyết định … của Ban Thường vụ Tỉnh
ủy"), a phrase before it ("chỉ đạo của Thủ tướng tại Công điện số 280/CĐ-TTg"), and
last from the symbol's issuer code (TTg, CP, TU, UBND, …).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from lineage.ingest.find import RawMention
from lineage.ingest.normalize import fold_key
from lineage.ingest.vocab import (
    ASCII_CODES,
    CANONICAL_TYPE,
    CENTRAL_CODES,
    DOC_TYPES,
    ISSUER_PATTERNS,
    LOCAL_CODES,
    PARTY_CENTRE_DEFAULT,
    PARTY_ISSUERS,
    PARTY_PROVINCE_DEFAULT,
    TYPE_BY_CODE,
)

_TYPE_BY_FOLDED = {fold_key(t): t for t in DOC_TYPES}


@dataclass(frozen=True)
class Symbol:
    text: str  # canonical: "CĐ-TTg", "CT/TW", "UBND-NC2", "2020/NĐ-CP"
    type_code: str | None  # "CĐ", "CT"; None for correspondence ("UBND-NC2")
    issuer_code: str | None  # "TTg", "TW", "UBND"
    party: bool
    year: int | None
    joint_codes: tuple[str, ...] = ()  # every issuer of a joint act: TTLT-BNV-BTC -> (BNV, BTC)


def _code(segment: str) -> str:
    return ASCII_CODES.get(segment, segment)


def canonical_symbol(raw: str, separator: str | None = None) -> Symbol:
    """Canonical form of the part after the number, whatever separators the text used.

    `separator` is what stood between number and symbol. A Party symbol is TYPE/ISSUER with a Party
    issuer; written "22/CT-TW" it is still the Party's 22-CT/TW. With "/" after the number and more
    than two parts it is a state symbol whatever its last part ("5263/CĐ-BNN-ĐĐ").
    """
    compact = re.sub(r"\s+", "", raw)
    year = None
    head = re.match(r"((?:19|20)\d{2})/", compact)
    if head:
        year = int(head.group(1))
        compact = compact[head.end():]
    segments = [_code(s) for s in re.split(r"[-/]", compact) if s]
    party = (
        year is None and len(segments) >= 2 and segments[-1] in PARTY_ISSUERS
        and (separator != "/" or len(segments) == 2)
    )
    # "112-HD/BTGTU", "150-KH/TWĐTN-PTTN": a hyphen after the number and TYPE/ISSUER is the
    # layout of Party and mass-organisation documents, whatever the issuer's code.
    laid_out = year is None and separator == "-" and compact.find("/") > 0 and len(segments) >= 2
    if party or laid_out:
        type_code = segments[0] if segments[0] in TYPE_BY_CODE else None
        issuer = next((s for s in segments[1:] if s in PARTY_ISSUERS), segments[1])
        return Symbol(f"{segments[0]}/{'-'.join(segments[1:])}", type_code, issuer, True, None)
    type_code = segments[0] if segments[0] in TYPE_BY_CODE and len(segments) > 1 else None
    issuer_code = segments[1] if type_code else re.sub(r"\d+$", "", segments[0])
    text = "-".join(segments)
    joint = tuple(segments[1:]) if type_code and len(segments) > 2 else ()
    return Symbol(f"{year}/{text}" if year else text, type_code, issuer_code, False, year, joint)


def doc_type_for(raw: RawMention, symbol: Symbol | None) -> str | None:
    """The type the document really has: the type word when specific, else the symbol's code."""
    if raw.type_word:
        written = _TYPE_BY_FOLDED.get(fold_key(raw.type_word))
        if written:
            return CANONICAL_TYPE.get(written, written)
        abbreviation = ASCII_CODES.get(raw.type_word, raw.type_word)  # "QĐ số …", "NQ 57"
        if abbreviation in TYPE_BY_CODE:
            return TYPE_BY_CODE[abbreviation]
    if symbol is not None:
        if symbol.type_code:
            return TYPE_BY_CODE[symbol.type_code]
        if symbol.year and symbol.issuer_code == "QH":
            return "Luật"
        return "Công văn"  # N/ISSUER-UNIT: correspondence has no type part
    return None


def parse_date(match: re.Match[str] | None, reference: date | None) -> tuple[date | None, str | None]:
    """A date from find.DATE_RE; a missing year is the reference's (or the year before, when
    the day would fall after the reference). Returns (date, problem)."""
    if match is None:
        return None, None
    groups = {k.removeprefix("p"): v for k, v in match.groupdict().items() if v is not None}
    day = int(groups["d"])
    month = int(groups.get("m") or groups["m2"])
    year_text = groups.get("y") or groups.get("y2")
    if year_text:
        year = int(year_text)
    elif reference is not None:
        year = reference.year
        try:
            if date(year, month, day) > reference:
                year -= 1
        except ValueError:
            pass
    else:
        return None, f"date '{match.group(0).strip()}' has no year and the article has no date"
    try:
        return date(year, month, day), None
    except ValueError:
        return None, f"malformed date '{match.group(0).strip()}'"


@dataclass(frozen=True)
class Issuer:
    name: str  # national form
    scope: str
    level: str
    place: str | None  # the place named with it: "Sơn La" in "UBND tỉnh Sơn La"
    start: int
    end: int


# A place name: capitalised words, possibly joined by a dash ("Bà Rịa - Vũng Tàu").
_PLACE = r"(?P<place>[A-ZĐ][\w]*(?:(?: ?- ?| )[A-ZĐ][\w]*){0,3})"  # never across a line
# Body words match in any case ("Ủy ban nhân dân", "ủy ban nhân dân"); the place after them must
# be capitalised, which is what tells a name from the words that follow.
_COMPILED = [
    (re.compile(r"(?i:" + p.pattern + r")(?: +" + _PLACE + r")?"), p) for p in ISSUER_PATTERNS
]
# Where a body's name may begin: the first words of ISSUER_PATTERNS. Scanning for these first
# keeps the search for a sentence's subject from trying every pattern at every character.
ISSUER_START = re.compile(
    r"(?<!\w)(?i:ban|bộ|btv|bch|quốc|chủ|phó|thủ|ttg|văn|chính|thanh|ngân|tỉnh|thành|huyện|"
    r"hội|hđnd|thường|ủy|ubnd|sở|bcđ|đảng|tổng|cục|chi|phòng|trung|tư|kho|công)(?!\w)"
)
_CENTRAL_CITY_UNITS = {"thành phố", "tp", "tp."}


def _unit_name(unit: str | None) -> str:
    unit = (unit or "tỉnh").lower().rstrip(".")
    return "thành phố" if unit in _CENTRAL_CITY_UNITS else unit


def match_issuer(text: str, pos: int) -> Issuer | None:
    """The issuing body named exactly at `pos`, if any."""
    for regex, pat in _COMPILED:
        m = regex.match(text, pos)
        if not m:
            continue
        groups = m.groupdict()
        unit = _unit_name(groups.get("unit"))
        place = groups.get("place")
        if place and not place[:1].isupper():
            place = None
        if place:
            place = _trim_place(place, unit)
        if pat.issuer in ("Sở", "Bộ", "Ban Chỉ đạo", "Ban Chỉ huy", "Tổng cục", "Chi cục"):
            # These patterns capture the body's own name: "Sở Nội vụ", "Bộ Tài chính".
            end = m.start("place") if groups.get("place") else m.end()
            name = re.sub(r"\s+(tỉnh|thành phố)$", "", " ".join(text[m.start():end].split()))
        else:
            name = pat.issuer.replace("{unit}", unit)
        level = pat.level
        if unit in ("huyện", "quận", "thị xã") or (unit == "thành phố" and place and not _is_province(place)):
            level = "district"
        elif unit in ("xã", "phường", "thị trấn"):
            level = "commune"
        # A place that is not a province (a district, a commune) still tells the reader where.
        return Issuer(name, pat.scope, level, place, m.start(), m.end())
    return None


def _is_province(place: str) -> bool:
    from lineage.data import canonical_province  # data tables load on first use, not on import

    return canonical_province(place) is not None


def _trim_place(place: str, unit: str) -> str:
    """ "Hà Tĩnh Võ Trọng" -> "Hà Tĩnh": a name is followed by a signer's name often enough."""
    words = place.split()
    if unit in ("tỉnh", "thành phố"):
        for n in range(min(4, len(words)), 0, -1):
            candidate = " ".join(words[:n])
            if _is_province(candidate):
                return candidate
    return " ".join(words[:2])


OF = re.compile(r"[^\S\n]*,?[^\S\n]*(?:(?i:của|do))[^\S\n]+")
_OF_BEFORE = re.compile(r"(?i:của|do)\s+$")
_BEFORE_LINK = re.compile(r"\s+(?i:tại|theo|trong|ở)\s+$")


_PLENUM_AFTER = re.compile(r"[^\S\n]*,?[^\S\n]*(?=(?i:hội nghị)\s)")
_JOINED = re.compile(r"[^\S\n]*(?:,|và)[^\S\n]*")


def issuer_after(text: str, mention: RawMention) -> Issuer | None:
    """ "… ngày 16/10/2023 của Thủ tướng Chính phủ"; a joint act's bodies are joined by "; "
    ("… của Bộ Chính trị, Ban Bí thư" -> "Bộ Chính trị; Ban Bí thư")."""
    of = OF.match(text, mention.end)
    found = match_issuer(text, of.end()) if of else None
    if found is None:
        plenum = _PLENUM_AFTER.match(text, mention.end)  # "… ngày 16/6/2022 Hội nghị lần thứ năm …"
        found = match_issuer(text, plenum.end()) if plenum else None
    while found is not None:
        joined = _JOINED.match(text, found.end)
        partner = match_issuer(text, joined.end()) if joined else None
        if partner is None or issuer_category(partner.name) != issuer_category(found.name) or partner.scope != "central":
            break
        found = Issuer(f"{found.name}; {partner.name}", found.scope, found.level, found.place, found.start, partner.end)
    return found


def issuer_before(text: str, mention: RawMention, floor: int) -> Issuer | None:
    """ "các chỉ đạo của Thủ tướng tại Công điện số 280/CĐ-TTg" """
    link = _BEFORE_LINK.search(text, max(floor, mention.start - 12), mention.start)
    if not link:
        return None
    window_start = max(floor, link.start() - 80)
    for of in OF.finditer(text, window_start, link.start()):
        found = match_issuer(text, of.end())
        if found and found.end == link.start():
            return found
    return None


def issuer_from_code(symbol: Symbol | None, doc_type: str | None) -> Issuer | None:
    """The issuer a symbol's code implies, when the text names none."""
    if symbol is None or symbol.issuer_code is None:
        return None
    code = symbol.issuer_code
    type_code = symbol.type_code or ""
    if code == "TW":
        name = PARTY_CENTRE_DEFAULT.get(type_code, "Ban Chấp hành Trung ương")
        return Issuer(name, "central", "central", None, -1, -1)
    if code in ("TU", "ThU"):
        name = PARTY_PROVINCE_DEFAULT.get(type_code, "Tỉnh ủy")
        if code == "ThU":
            name = name.replace("Tỉnh ủy", "Thành ủy")
        return Issuer(name, "local", "provincial", None, -1, -1)
    known = {**LOCAL_CODES, **CENTRAL_CODES}
    if symbol.joint_codes and all(c in known for c in symbol.joint_codes):
        # Joint acts list their issuers joined by "; ": "Bộ Nội vụ; Bộ Tài chính".
        names = "; ".join(known[c] for c in symbol.joint_codes)
        central = all(c in CENTRAL_CODES for c in symbol.joint_codes)
        return Issuer(names, "central" if central else "local", "central" if central else "department", None, -1, -1)
    if code in CENTRAL_CODES:
        return Issuer(CENTRAL_CODES[code], "central", "central", None, -1, -1)
    if code in LOCAL_CODES:
        level = "department" if code.startswith("S") or code == "VP" else (
            "district" if code in ("HU", "QU") else "provincial")
        return Issuer(LOCAL_CODES[code], "local", level, None, -1, -1)
    if code.startswith("B") and len(code) >= 3:  # another ministry: Bộ + initials
        return None
    return None


def issuer_category(name: str) -> str:
    """Bodies that may issue a symbol's code fall in one category: phrase and code must agree."""
    if all(part in ("Ban Bí thư", "Bộ Chính trị", "Ban Chấp hành Trung ương") for part in name.split("; ")):
        return "party-centre"
    if name.endswith("ủy"):
        return "party-local"
    for prefix in ("UBND", "HĐND", "Sở", "Bộ", "Thủ tướng", "Văn phòng", "Ban Chỉ đạo", "Ban Chỉ huy", "Chi cục", "Tổng cục"):
        if name.startswith(prefix):
            return prefix
    return name


def compatible(phrase: Issuer, coded: Issuer | None) -> bool:
    return coded is None or issuer_category(phrase.name) == issuer_category(coded.name)
