"""The project's place knowledge: provinces before and after the 2025 merger, the district and
commune gazetteer, the web sites of provinces, and who led each province when.

Every table is a file in this folder (see data/README.md for sources and licences), read once and
cached. Names are the project's spelling (new tone placement: "Hòa Bình", "Thanh Hóa").

>>> province_now("Bạc Liêu")
'Cà Mau'
>>> canonical_province("TP.HCM")
'Hồ Chí Minh'
>>> province_at("Quảng Nam", date(2025, 9, 1))
'Đà Nẵng'
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from importlib.resources import files

from lineage.graph.ids import province_id, slugify
from lineage.graph.model import Province
from lineage.ingest.normalize import fold, fold_key

# Resolution 202/2025/QH15: the 34 units replace the 63 provinces on this day.
MERGER_DATE = date(2025, 7, 1)
# Thừa Thiên Huế became the centrally-run city of Huế on this day, six months before the merger.
HUE_CITY_DATE = date(2025, 1, 1)
_OLD_HUE, _HUE = "Thừa Thiên Huế", "Huế"

# Words that may stand before a province's name and are not part of it.
_UNIT_PREFIX = re.compile(r"^(?:(?:tỉnh|tinh|thành phố|thanh pho)\s+|tp\.?\s*)", re.IGNORECASE)


def _read_text(name: str) -> str:
    return files(__name__).joinpath(name).read_text(encoding="utf-8")


def _read_csv(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(_read_text(name).splitlines()))


@cache
def _province_table() -> dict:
    return json.loads(_read_text("provinces.json"))


@cache
def load_provinces() -> list[Province]:
    """The 63 pre-2025 provinces and the 34 units since 1 July 2025, one record per name.

    A name in both lists ("Đồng Nai") has kind "both"; only "Thừa Thiên Huế" (pre2025, now "Huế")
    and "Huế" (post2025) differ in name."""
    table = _province_table()
    post_names = {p["name"] for p in table["post2025"]}
    provinces = [
        Province(
            id=province_id(p["name"]),
            name=p["name"],
            kind="both" if p["name"] in post_names else "pre2025",
            now=p["now"],
        )
        for p in table["pre2025"]
    ]
    pre_names = {p["name"] for p in table["pre2025"]}
    provinces += [
        Province(id=province_id(p["name"]), name=p["name"], kind="post2025", now=p["name"])
        for p in table["post2025"]
        if p["name"] not in pre_names
    ]
    return provinces


def pre2025_names() -> list[str]:
    """The 63 provinces and centrally-run cities before 1 July 2025."""
    return [p["name"] for p in _province_table()["pre2025"]]


def post2025_names() -> list[str]:
    """The 34 units since 1 July 2025."""
    return [p["name"] for p in _province_table()["post2025"]]


def merged_from(unit: str) -> list[str]:
    """The pre-2025 provinces a 2025 unit was formed from, the one it is named after first."""
    name = canonical_province(unit)
    for p in _province_table()["post2025"]:
        if p["name"] == name:
            return list(p["from"])
    raise ValueError(f"not one of the 34 units since 1 July 2025: {unit!r}")


@cache
def _alias_index() -> dict[str, str]:
    """Folded name, alias or slug -> canonical name. Canonical names win over aliases."""
    table = _province_table()
    index: dict[str, str] = {}
    for entry in table["pre2025"] + table["post2025"]:
        for alias in entry["aliases"]:
            index.setdefault(_alias_key(alias), entry["name"])
            index.setdefault(slugify(alias), entry["name"])
    for entry in table["pre2025"] + table["post2025"]:
        index[_alias_key(entry["name"])] = entry["name"]
        index[slugify(entry["name"])] = entry["name"]
    return index


def province_aliases() -> dict[str, tuple[str, ...]]:
    """Canonical name -> the name and its aliases as written ("Hồ Chí Minh" -> (…, "TP.HCM", …))."""
    table = _province_table()
    names: dict[str, tuple[str, ...]] = {}
    for entry in table["pre2025"] + table["post2025"]:
        known = names.get(entry["name"], (entry["name"],))
        names[entry["name"]] = known + tuple(a for a in entry["aliases"] if a not in known)
    return names


def _alias_key(name: str) -> str:
    key = fold_key(name)
    stripped = _UNIT_PREFIX.sub("", key)
    # "TP.HCM" is an alias as a whole; "Thành phố Cần Thơ" is the name "Cần Thơ" with its kind.
    return stripped or key


def canonical_province(name_or_alias: str) -> str | None:
    """The canonical name of a province or 2025 unit, from any spelling, alias or slug; None if
    the name is not a province. "Tỉnh Hoà Bình" -> "Hòa Bình", "Huế" -> "Huế" (the 2025 unit),
    "Thừa Thiên - Huế" -> "Thừa Thiên Huế"."""
    index = _alias_index()
    key = _alias_key(name_or_alias)
    return index.get(key) or index.get(fold_key(name_or_alias)) or index.get(slugify(name_or_alias))


def _require(name: str) -> str:
    canonical = canonical_province(name)
    if canonical is None:
        raise ValueError(f"not a Vietnamese province or city: {name!r}")
    return canonical


@cache
def _now_map() -> dict[str, str]:
    table = _province_table()
    now = {p["name"]: p["now"] for p in table["pre2025"]}
    now.update({p["name"]: p["name"] for p in table["post2025"]})
    return now


def province_now(name: str) -> str:
    """The 2025 unit a province belongs to since 1 July 2025 ("Quảng Nam" -> "Đà Nẵng")."""
    return _now_map()[_require(name)]


@lru_cache(maxsize=4096)
def province_at(name: str, on_date: date | None) -> str:
    """The name of the province that holds `name`'s territory, as used on `on_date`: the 2025
    unit from 1 July 2025, "Huế" for Thừa Thiên Huế from 1 January 2025, the pre-2025 province
    before (Huế's pre-2025 name is Thừa Thiên Huế). Without a date the name is kept as given."""
    canonical = _require(name)
    if on_date is None:
        return canonical
    if on_date >= MERGER_DATE:
        return _now_map()[canonical]
    if canonical in (_OLD_HUE, _HUE):
        return _HUE if on_date >= HUE_CITY_DATE else _OLD_HUE
    return canonical


def is_centrally_run(name: str, on_date: date | None = None) -> bool:
    """Whether the province is a "thành phố trực thuộc trung ương" on `on_date` (today's status
    without a date): Hà Nội, Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ, and Huế from 2025."""
    canonical = province_at(name, on_date)
    table = _province_table()
    for entry in table["post2025"] + table["pre2025"]:
        if entry["name"] == canonical:
            return entry["centrally_run"] or canonical == _HUE
    return False


@dataclass(frozen=True)
class Place:
    """A row of the gazetteer (data/places.csv)."""

    era: str  # "pre" (before 2025-07-01) or "post"
    level: str  # "district" or "commune"
    kind: str  # huyện, quận, thị xã, thành phố, xã, phường, thị trấn, đặc khu
    name: str  # without its kind: "Vĩnh Lợi"
    district: str  # "huyện Vĩnh Lợi" for pre-2025 communes, else ""
    province: str  # pre-2025 province (era pre) or 2025 unit (era post)


@cache
def load_places() -> tuple[Place, ...]:
    rows = csv.reader(_read_text("places.csv").splitlines())
    header = next(rows)
    if header != ["era", "level", "kind", "name", "district", "province"]:
        raise ValueError(f"data/places.csv: unexpected columns {header}")
    return tuple(Place(*row) for row in rows)


@cache
def load_sites() -> dict[str, str]:
    """Web host -> pre-2025 province, for the provincial portals and Party newspapers."""
    return {row["host"]: row["province"] for row in _read_csv("sites.csv")}


@dataclass(frozen=True)
class Officeholder:
    """Who held a provincial office; `start`/`end` are "yyyy-mm" or "yyyy", None when unknown."""

    province: str  # as named at the time of the term (the 2025 unit for terms from July 2025)
    office: str  # "Chủ tịch UBND", "Chủ tịch HĐND", "Bí thư Tỉnh ủy"
    name: str
    start: str | None
    end: str | None
    source_url: str

    def first_day(self) -> date | None:
        """The earliest day the term may have started (the month or year's first day)."""
        if not self.start:
            return None
        year, _, month = self.start.partition("-")
        return date(int(year), int(month or 1), 1)

    def last_day(self) -> date | None:
        """The latest day the term may have ended (the month or year's last day)."""
        if not self.end:
            return None
        year, _, month = self.end.partition("-")
        if not month:
            return date(int(year), 12, 31)
        following = date(int(year) + (month == "12"), int(month) % 12 + 1, 1)
        return date.fromordinal(following.toordinal() - 1)


@cache
def load_officeholders() -> tuple[Officeholder, ...]:
    return tuple(
        Officeholder(
            province=row["province"],
            office=row["office"],
            name=fold(row["name"]),
            start=row["start"] or None,
            end=row["end"] or None,
            source_url=row["source_url"],
        )
        for row in _read_csv("officeholders.csv")
    )
