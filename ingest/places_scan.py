"""The scanning half of `ingest.places`: the gazetteer compiled once into regexes and dictionaries,
and the passes that find places, signers and sites in folded text.

A place is found in two passes over the text, each one regex `finditer` with dictionary look-ups:

1. prefixed names — a kind word ("tỉnh", "huyện", "xã", "Tỉnh ủy", "TP.") followed by capitalised
   words, matched longest first against the units of that kind;
2. bare names — runs of capitalised words (outside the prefixed matches) matched against province
   names and the names of district-level cities unique to one province.

Names are matched case-sensitively (capitalised or upper case), so "hòa bình" (peace) is never
the province Hòa Bình; kind words and issuer words match in any case. Offsets are into the folded
text (`normalize.fold`), which the callers map back.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from urllib.parse import urlsplit

from lineage.data import (
    MERGER_DATE,
    Officeholder,
    canonical_province,
    is_centrally_run,
    load_officeholders,
    load_places,
    load_sites,
    pre2025_names,
    province_aliases,
    province_at,
    province_now,
)
from lineage.graph.ids import slugify
from lineage.ingest.normalize import fold_key

# Capital letters of Vietnamese (Latin, Latin-1, Latin Extended A/B, Latin Extended Additional).
_UPPER = "".join(
    chr(c)
    for start, end in ((0x41, 0x5A), (0xC0, 0x24F), (0x1E00, 0x1EFF))
    for c in range(start, end + 1)
    if chr(c).isupper()
)
# One capitalised word ("Hà", "HÀ", "H'Drai"), or a number standing as a name ("Quận 1").
_WORD = rf"(?:[{_UPPER}]\w*(?:['’]\w+)?)"
_SEP = r"(?:[ ]*-[ ]*|[ ]+)"
NAME = rf"(?:{_WORD}(?:{_SEP}{_WORD}){{0,5}}|\d+(?![\d/]))"
_WORD_RE = re.compile(rf"{_WORD}|\d+")

# Kind words: longest first so that "thị trấn" is not read as "thị", "Tỉnh ủy" not as "tỉnh".
_PREFIX_KIND = {
    "tỉnh ủy": ("province", True),
    "thành ủy": ("thành phố", True),
    "huyện ủy": ("huyện", True),
    "quận ủy": ("quận", True),
    "thị ủy": ("thị xã", True),
    "thành phố": ("thành phố", False),
    "thị trấn": ("thị trấn", False),
    "thị xã": ("thị xã", False),
    "đặc khu": ("đặc khu", False),
    "phường": ("phường", False),
    "huyện": ("huyện", False),
    "quận": ("quận", False),
    "tỉnh": ("province", False),
    "xã": ("xã", False),
}
_DISTRICT_KINDS = {"huyện", "quận", "thị xã", "thành phố"}
_DISTRICT_KINDS_LONGEST_FIRST = sorted(_DISTRICT_KINDS, key=len, reverse=True)
_PREFIXED = re.compile(
    r"(?<!\w)(?P<prefix>(?i:%s)[ ]+|(?i:tp)(?:\.[ ]*|[ ]+|(?=[%s])))(?P<name>%s)"
    % ("|".join(_PREFIX_KIND), _UPPER, NAME)
)
_BARE = re.compile(NAME)
# A commune followed by its district: "xã Châu Thới, huyện Vĩnh Lợi", "xã X (huyện Y)".
_PAIR_GAP = re.compile(r"^[ ]*[,(-]?[ ]*(?:thuộc[ ]+)?$")

# Bodies named right before a place. Issuers and their chairs are case-insensitive (running text
# writes "ủy ban nhân dân" too); agencies must be capitalised, which keeps out "báo cáo tỉnh".
_HEADS = re.compile(
    r"(?<!\w)(?:(?P<issuer>(?i:(?:Chủ tịch |Thường trực |Văn phòng )?(?:UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân)))"
    r"|Sở|Ban(?! hành)|Văn phòng|Công an|Thanh tra|Đảng bộ|Đoàn(?! kết)|Ủy ban|Mặt trận"
    r"|Bộ Chỉ huy|Chi cục|Cục|Trung tâm|Cổng|Tổng đài|Báo(?! cáo)|Đài|Hội(?! nghị)|Liên đoàn"
    r"|Kho bạc|Tòa án|Viện kiểm sát|Bảo hiểm xã hội)(?!\w)"
)
# Between an agency's head word and its place: at most eight words, no punctuation
# ("Sở Nông nghiệp và Phát triển nông thôn tỉnh …"); an issuer stands right before its place.
_AGENCY_GAP = re.compile(r"(?:[ ]+[^\s,.;:!?()\"“”]+){0,8}?[ ]*")

# "Hồ Chí Minh" alone is far more often the president ("tư tưởng Hồ Chí Minh") than the city,
# which texts write "TP. Hồ Chí Minh" or "TP.HCM".
_NOT_BARE = {"hồ chí minh"}
# Capitalised phrases that contain a province name but are not places.
_NOT_PLACES = {"thái bình dương", "ấn độ dương"}
# A bare name right after one of these words is part of a person's name ("Nguyễn Tân An").
_NAME_WORDS = {
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ",
    "hồ", "ngô", "dương", "lý", "đinh", "trương", "lương", "lâm", "mai", "tô", "đoàn", "cao",
    "chu", "vương", "trịnh", "đào", "lưu", "tạ", "triệu", "quách", "lữ", "lại", "kiều", "văn",
    "thị", "đình", "hữu", "công", "ngọc", "quốc", "minh",
}  # fmt: skip


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Matching key of a place or person name: folded, lower case, one spelling of the dash,
    numbers without leading zeros ("Phường 01" = "phường 1")."""
    key = re.sub(r"\s*-\s*", "-", fold_key(name))
    return str(int(key)) if key.isdigit() else key


def _table_key(name: str) -> str:
    """`name_key` of a gazetteer name, which data/places.csv already stores folded: cheaper."""
    key = name.casefold()
    if "-" in key:
        key = re.sub(r"\s*-\s*", "-", key)
    return str(int(key)) if key.isdigit() else key


def era_of(on_date: date | None) -> str:
    return "post" if on_date is not None and on_date >= MERGER_DATE else "pre"


@dataclass
class Found:
    """A place found in folded text; `provinces` are canonical names (2025 units after the merger)."""

    start: int
    end: int
    kind: str  # "province", "district", "commune", "city"
    provinces: tuple[str, ...]
    prefixed: bool
    unit_kind: str = ""  # "huyện", "xã", …; "" for provinces
    name_start: int = 0  # where the name begins, after its kind word
    body_start: int | None = None
    body_end: int | None = None
    issuer: bool = False


@dataclass
class Gazetteer:
    """Look-up tables, per era ("pre", "post"), built once from lineage.data."""

    provinces: dict[str, str]  # key of a name or alias (kind word stripped) -> canonical name
    bare: dict[str, dict[str, tuple[str, str]]]  # era -> key -> (province, "name" | "city")
    units: dict[str, dict[tuple[str, str], frozenset[str]]]  # era -> (kind, key) -> provinces
    pairs: dict[str, dict[tuple[str, str, str, str], frozenset[str]]] = field(default_factory=dict)

    def province_named(self, name: str) -> str | None:
        """A province named as a headline names it: bare name, alias, or with its kind word."""
        key = name_key(name)
        if key in self.bare["pre"] and self.bare["pre"][key][1] == "name":
            return self.bare["pre"][key][0]
        if re.match(r"(?i:tỉnh|thành phố|tp)\b", name):
            return canonical_province(name)
        return None

    def scan(self, folded: str, on_date: date | None) -> list[Found]:
        era = era_of(on_date)
        found = self._prefixed(folded, on_date, era)
        masked = list(folded)
        for item in found:
            masked[item.start : item.end] = "#" * (item.end - item.start)
        found += self._bare("".join(masked), era)
        found.sort(key=lambda f: f.start)
        self._pair_communes(folded, found, era)
        heads = list(_HEADS.finditer(folded))
        head_ends = [h.end() for h in heads]
        for item in found:
            if item.kind in ("province", "district") and item.body_start is None:
                _attach_body(folded, item, heads, head_ends)
        return found

    def _prefixed(self, folded: str, on_date: date | None, era: str) -> list[Found]:
        found = []
        for match in _PREFIXED.finditer(folded):
            prefix = " ".join(match.group("prefix").split()).lower().rstrip(".")
            kind, party = _PREFIX_KIND.get(prefix, ("thành phố", False))  # "tp"
            run_start = match.start("name")
            words = list(_WORD_RE.finditer(folded, run_start, match.end("name")))
            item = None
            for n in range(len(words), 0, -1):
                text = folded[run_start : words[n - 1].end()]
                item = self._resolve(kind, text, on_date, era)
                if item is not None:
                    item.start, item.end, item.name_start = match.start(), words[n - 1].end(), run_start
                    break
            if item is None:
                # Unknown or shared names still hide their words from the bare pass: the "Hòa
                # Bình" in "xã Hòa Bình" is a commune, not the province.
                item = Found(match.start(), match.end(), "unknown", (), True)
            if party:
                item.body_start, item.body_end, item.issuer = match.start(), match.end("prefix"), True
            found.append(item)
        return found

    def _resolve(self, kind: str, text: str, on_date: date | None, era: str) -> Found | None:
        key = name_key(text)
        if kind in ("province", "thành phố"):
            province = self.provinces.get(key)
            if province is not None:
                if kind == "province" or is_centrally_run(province, on_date):
                    return Found(0, 0, "province", (province,), True)
                # "thành phố Hà Tĩnh": the district-level city that gives its province its name.
                home = province_now(province) if era == "post" else province
                return Found(0, 0, "district", (home,), True, unit_kind="thành phố")
            if kind == "province":
                return None
        provinces = self.units[era].get((kind, key))
        if provinces is None and era == "pre" and on_date is None:
            provinces = self.units["post"].get((kind, key))
        if provinces is None:
            return None
        level = "district" if kind in _DISTRICT_KINDS else "commune"
        return Found(0, 0, level, tuple(sorted(provinces)), True, unit_kind=kind)

    def _bare(self, masked: str, era: str) -> list[Found]:
        table = self.bare[era]
        found = []
        for run in _BARE.finditer(masked):
            words = list(_WORD_RE.finditer(masked, run.start(), run.end()))
            i = 0
            while i < len(words):
                step = 1
                after_name_word = i > 0 and words[i - 1].group().lower() in _NAME_WORDS
                for n in range(min(5, len(words) - i), 0, -1):
                    key = name_key(masked[words[i].start() : words[i + n - 1].end()])
                    if key in _NOT_PLACES:
                        step = n
                        break
                    if key in table and not after_name_word:
                        province, kind = table[key]
                        kind = "province" if kind == "name" else "city"
                        end = words[i + n - 1].end()
                        found.append(Found(words[i].start(), end, kind, (province,), False))
                        step = n
                        break
                i += step
        return found

    def _pair_communes(self, folded: str, found: list[Found], era: str) -> None:
        """Narrow a commune's provinces by the district named right after it."""
        for commune, district in zip(found, found[1:]):
            if commune.kind != "commune" or district.kind != "district":
                continue
            if not _PAIR_GAP.match(folded[commune.end : district.start]):
                continue
            commune_name = folded[commune.name_start : commune.end]
            district_name = folded[district.name_start : district.end]
            key = (commune.unit_kind, name_key(commune_name), district.unit_kind, name_key(district_name))
            provinces = self.pairs[era].get(key)
            if provinces:
                commune.provinces = tuple(sorted(provinces))


def _attach_body(folded: str, item: Found, heads: list[re.Match], head_ends: list[int]) -> None:
    """Mark `item` as named with a body when the nearest body head before it leads up to it."""
    i = bisect_right(head_ends, item.start) - 1
    if i < 0:
        return
    head = heads[i]
    gap = folded[head.end() : item.start]
    issuer = head.group("issuer") is not None
    if (issuer and gap.strip(" ") == "") or (not issuer and _AGENCY_GAP.fullmatch(gap)):
        item.body_start, item.body_end, item.issuer = head.start(), item.start - (len(gap) - len(gap.rstrip(" "))), issuer


@cache
def gazetteer() -> Gazetteer:
    """The tables, built on first use (about 16,000 gazetteer rows) and kept for the process."""
    provinces: dict[str, str] = {}
    bare_names: dict[str, str] = {}
    for canonical, names in province_aliases().items():
        for name in names:
            key = name_key(name)
            stripped = name_key(re.sub(r"^(?i:tỉnh|thành phố|tp)\.?\s*", "", name))
            provinces.setdefault(stripped, canonical)
            if stripped == key and key not in _NOT_BARE:
                bare_names.setdefault(key, canonical)
    for canonical in province_aliases():  # canonical names win over aliases
        provinces[name_key(canonical)] = canonical

    units: dict[str, dict[tuple[str, str], set[str]]] = {"pre": {}, "post": {}}
    pairs: dict[str, dict[tuple[str, str, str, str], set[str]]] = {"pre": {}, "post": {}}
    pre_by_key: dict[str, set[str]] = {}  # any pre-2025 unit name -> provinces
    now_of = {name: province_now(name) for name in pre2025_names()}
    for place in load_places():
        key = _table_key(place.name)
        now = place.province if place.era == "post" else now_of[place.province]
        units["post"].setdefault((place.kind, key), set()).add(now)
        if place.era == "pre":
            units["pre"].setdefault((place.kind, key), set()).add(place.province)
            pre_by_key.setdefault(key, set()).add(place.province)
            if place.district:
                d_kind, d_name = _split_district(place.district)
                pair = (place.kind, key, d_kind, _table_key(d_name))
                pairs["pre"].setdefault(pair, set()).add(place.province)
                pairs["post"].setdefault(pair, set()).add(now)

    bare: dict[str, dict[str, tuple[str, str]]] = {"pre": {}, "post": {}}
    for key, canonical in bare_names.items():
        bare["pre"][key] = (canonical, "name")
        bare["post"][key] = (canonical, "name")
    for place in load_places():
        if place.era != "pre" or place.kind not in ("thành phố", "thị xã"):
            continue
        key = _table_key(place.name)
        if (
            len(key.split()) >= 2
            and key not in provinces
            and len(pre_by_key[key]) == 1
        ):
            bare["pre"][key] = (place.province, "city")
            bare["post"][key] = (now_of[place.province], "city")

    freeze = lambda table: {k: frozenset(v) for k, v in table.items()}  # noqa: E731
    return Gazetteer(
        provinces=provinces,
        bare=bare,
        units={era: freeze(t) for era, t in units.items()},
        pairs={era: freeze(t) for era, t in pairs.items()},
    )


def _split_district(district: str) -> tuple[str, str]:
    for kind in _DISTRICT_KINDS_LONGEST_FIRST:
        if district.startswith(kind + " "):
            return kind, district[len(kind) + 1 :]
    raise ValueError(f"district without a known kind: {district!r}")


# --- signers ---------------------------------------------------------------------------------

_OFFICE = (
    r"(?P<deputy>(?i:phó)[ ]+)?(?:(?i:chủ tịch)(?:[ ]+(?P<council>(?i:UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân)))?"
    r"|(?P<party>(?i:bí thư)[ ]+(?i:tỉnh|thành)[ ]+(?i:ủy)))"
)
_UNIT = r"(?P<unit>[ ]+(?i:tỉnh|thành phố|tp\.?))?"
_HONORIFIC = r"(?:(?i:ông|bà|đồng chí)[ ]+)?"
# A comma after the office ends it ("Chủ tịch UBND tỉnh, Phó Chủ tịch …" lists offices); a dash
# may stand between office and name ("Chủ tịch UBND tỉnh Hà Tĩnh – Võ Trọng Hải").
_SIGNER_FORWARD = re.compile(rf"(?<!\w){_OFFICE}{_UNIT}[ ]*(?:-[ ]*)?{_HONORIFIC}(?P<run>{NAME})")
_SIGNER_BACKWARD = re.compile(
    rf"(?<!\w)(?i:ông|bà|đồng chí)[ ]+(?P<person>{NAME})[ ]*[,-][ ]*{_OFFICE}{_UNIT}(?:[ ]+(?P<run>{NAME}))?"
)


@dataclass(frozen=True)
class Signer:
    """A person named with a provincial office: "Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải"."""

    start: int
    end: int
    name: str  # "Võ Trọng Hải"
    office: str  # "Chủ tịch UBND", "Chủ tịch HĐND", "Bí thư Tỉnh ủy", "Phó Chủ tịch UBND", …
    place: str | None  # the province named with the office, canonical; None when not named


def find_signers(folded: str) -> list[Signer]:
    signers: dict[tuple[str, str, str | None], Signer] = {}
    for match in _SIGNER_FORWARD.finditer(folded):
        if not (match.group("council") or match.group("party") or match.group("unit")):
            continue  # "Chủ tịch Hồ Chí Minh", "Chủ tịch nước": not a provincial office
        place, rest = _split_place(match.group("run"))
        _keep(signers, match, rest, place)
    for match in _SIGNER_BACKWARD.finditer(folded):
        place = _split_place(match.group("run"))[0] if match.group("run") else None
        _keep(signers, match, match.group("person"), place)
    return sorted(signers.values(), key=lambda s: s.start)


def _keep(signers: dict, match: re.Match, person: str, place: str | None) -> None:
    name = _person_name(person)
    if name is None:
        return
    council = (match.group("council") or "").lower()
    if match.group("party"):
        office = "Bí thư Tỉnh ủy"
    elif council.startswith(("hđnd", "hội đồng")):
        office = "Chủ tịch HĐND"
    else:
        office = "Chủ tịch UBND"  # "Chủ tịch tỉnh" is the People's Committee's chair too
    if match.group("deputy"):
        office = "Phó " + office
    signers.setdefault((name_key(name), office, place), Signer(match.start(), match.end(), name, office, place))


def _split_place(run: str) -> tuple[str | None, str]:
    """ "Hà Tĩnh - Võ Trọng Hải" -> ("Hà Tĩnh", "Võ Trọng Hải"); no province first -> (None, run)."""
    words = list(_WORD_RE.finditer(run))
    table = gazetteer().provinces
    for n in range(min(4, len(words)), 0, -1):
        province = table.get(name_key(run[: words[n - 1].end()]))
        if province is not None:
            rest = run[words[n - 1].end() :]
            return province, re.sub(r"^[ ]*-?[ ]*", "", rest)
    return None, run


def _person_name(run: str) -> str | None:
    """Two to four capitalised words. A name the officeholders table knows wins over a longer
    run ("Lê Trí Thanh Ký …"); otherwise the run's first four words are the name."""
    words = [w.group() for w in _WORD_RE.finditer(run) if not w.group().isdigit()]
    if len(words) < 2 or any(w.casefold() in _OFFICE_WORDS for w in words[:2]):
        return None
    known = _holders_by_name()
    for n in range(min(4, len(words)), 1, -1):
        if name_key(" ".join(words[:n])) in known:
            return " ".join(words[:n])
    return " ".join(words[:4])


# Words that start an office or a body, never a person's name.
_OFFICE_WORDS = {"phó", "chủ", "bí", "giám", "trưởng", "ủy", "ubnd", "hđnd", "sở", "ban", "tỉnh"}


@cache
def _holders_by_name() -> dict[str, list[Officeholder]]:
    table: dict[str, list[Officeholder]] = {}
    for row in load_officeholders():
        table.setdefault(name_key(row.name), []).append(row)
    return table


def officeholders_at(name: str, office: str, on_date: date | None) -> list[Officeholder]:
    """Rows of the officeholders table that may describe `name` on `on_date`.

    Rows of the same office first, any office of the person otherwise (a "Bí thư" article about a
    former chairman still places him). A term with an unknown end is taken to have ended when
    the person's next term elsewhere began: nobody leads two provinces at once. Deputies are not
    in the table."""
    if office.startswith("Phó "):
        return []
    rows = _holders_by_name().get(name_key(name), [])
    valid = [r for r in rows if _covers(r, on_date)]
    same_office = [r for r in valid if r.office == office]
    valid = same_office or valid
    if on_date is None:
        return valid
    return [r for r in valid if not _superseded(r, rows, on_date)]


def _covers(row: Officeholder, on_date: date | None) -> bool:
    if on_date is None:
        return True
    first, last = row.first_day(), row.last_day()
    return (first is None or first <= on_date) and (last is None or on_date <= last)


def _superseded(row: Officeholder, rows: list[Officeholder], on_date: date) -> bool:
    if row.end is not None:
        return False
    began = row.first_day() or date.min
    home = province_at(row.province, on_date)
    return any(
        other.first_day() is not None
        and began < other.first_day() <= on_date
        and province_at(other.province, on_date) != home
        for other in rows
    )


# --- sites -----------------------------------------------------------------------------------


@cache
def _compact_slugs() -> dict[str, str]:
    """ "dongnai" -> "Đồng Nai": how provincial hosts spell their province."""
    table = {slugify(name).replace("-", ""): name for name in pre2025_names()}
    table["hue"] = "Thừa Thiên Huế"
    return table


def province_of_site(host: str) -> str | None:
    """The pre-2025 province of a provincial portal or newspaper host, else None.

    Exact hosts and their subdomains come from data/sites.csv ("sonoivu.dongnai.gov.vn" ->
    Đồng Nai); other hosts by the provinces' naming patterns: "<province>.gov.vn",
    "bao<province>.*", "tinhuy<province>.*".

    >>> province_of_site("https://www.baohatinh.vn/tin/123")
    'Hà Tĩnh'
    """
    host = host.strip().lower()
    host = (urlsplit(host).hostname or "") if "://" in host else host.split("/")[0].split(":")[0]
    host = host.removeprefix("www.")
    sites = load_sites()
    if host in sites:
        return sites[host]
    for known, province in sites.items():
        if host.endswith("." + known):
            return province
    labels = host.split(".")
    compact = _compact_slugs()
    if len(labels) >= 3 and labels[-2] in ("gov", "dcs") and labels[-1] == "vn":
        if labels[-3] in compact:
            return compact[labels[-3]]
    for lead in ("bao", "tinhuy", "thanhuy"):
        if labels[0].startswith(lead) and labels[0][len(lead) :] in compact:
            return compact[labels[0][len(lead) :]]
    return None
