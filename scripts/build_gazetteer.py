"""Build the gazetteer (data/places.csv) and the site table (data/sites.csv).

Development tool, not part of the installed package: the project reads only the CSV files this
script writes. The facts come from the PyPI package `vietnam-provinces` (GPL-3.0-or-later code; its
data is the General Statistics Office's public catalogue of administrative units, see
data/README.md). Its wheels are read as zip files, never installed or imported.

    pip download --no-deps -d /tmp/vp vietnam-provinces==0.2 vietnam-provinces==0.4.3 \\
        vietnam-provinces==0.6.0 vietnam-provinces==2025.10.1
    python scripts/build_gazetteer.py /tmp/vp/vietnam_provinces-*.whl

Names are written with the project's spelling (`fold`: "Hoà Bình" -> "Hòa Bình"), so that
catalogue versions that differ only in tone placement give one row.

Wheels of versions 0.x carry the 63 provinces with districts and communes (0.2: GSO catalogue of
2020-02-25, 0.4.3: 2021-02-03, 0.6.0: 2025-01-04); taking their union keeps the district and
commune names that mergers between 2020 and 2025 retired, which older articles still use. Wheels
of versions 2025.x carry the 34 units with their communes since 1 July 2025 (no district level).

data/places.csv, one row per unit and era:
    era       "pre" (before 2025-07-01) or "post" (since)
    level     "district" or "commune"
    kind      huyện | quận | thị xã | thành phố | xã | phường | thị trấn | đặc khu
    name      the name without its kind: "Vĩnh Lợi"
    district  for pre-2025 communes, the district's "kind name": "huyện Vĩnh Lợi"; empty otherwise
    province  pre-2025 province (era pre) or 2025 unit (era post), as named in data/provinces.json

data/sites.csv (host, province, kind) lists each province's portal and Party newspaper hosts from
data/provinces.json, so that the table can be read and extended without reading code.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

from lineage.ingest.normalize import fold

DATA = Path(__file__).resolve().parent.parent / "data"

# Longest first, so that "thị trấn" wins over "thị" and "thành phố" is not read as "thành".
KINDS = ("thành phố", "thị trấn", "thị xã", "đặc khu", "huyện", "quận", "phường", "xã")
_KIND_RE = re.compile(r"^(%s)\s+(.+)$" % "|".join(KINDS), re.IGNORECASE)


def split_kind(full_name: str) -> tuple[str, str]:
    """ "Huyện Vĩnh Lợi" -> ("huyện", "Vĩnh Lợi"), in the new tone placement ("Hoà" -> "Hòa")."""
    full_name = fold(full_name).strip()
    match = _KIND_RE.match(full_name)
    if not match:
        raise ValueError(f"unit name without a known kind: {full_name!r}")
    return match.group(1).lower(), match.group(2).strip()


def read_divisions(wheel: Path) -> tuple[str, list[dict]]:
    """The wheel's version and its nested-divisions.json."""
    version = wheel.name.split("-")[1]
    with zipfile.ZipFile(wheel) as archive:
        with archive.open("vietnam_provinces/data/nested-divisions.json") as handle:
            return version, json.load(handle)


def province_tables() -> tuple[dict[int, str], dict[str, str]]:
    """GSO code -> pre-2025 name, and folded 2025 unit name -> 2025 unit name."""
    table = json.loads((DATA / "provinces.json").read_text(encoding="utf-8"))
    by_code = {p["code"]: p["name"] for p in table["pre2025"]}
    post = {p["name"].casefold(): p["name"] for p in table["post2025"]}
    return by_code, post


def pre_rows(divisions: list[dict], by_code: dict[int, str]) -> set[tuple[str, ...]]:
    rows = set()
    for province in divisions:
        name = by_code[province["code"]]
        for district in province["districts"]:
            d_kind, d_name = split_kind(district["name"])
            rows.add(("pre", "district", d_kind, d_name, "", name))
            for ward in district["wards"]:
                w_kind, w_name = split_kind(ward["name"])
                rows.add(("pre", "commune", w_kind, w_name, f"{d_kind} {d_name}", name))
    return rows


def post_rows(divisions: list[dict], post: dict[str, str]) -> set[tuple[str, ...]]:
    rows = set()
    for unit in divisions:
        bare = re.sub(r"^(Thành phố|Tỉnh)\s+", "", unicodedata.normalize("NFC", unit["name"]))
        name = post[bare.casefold()]
        for ward in unit["wards"]:
            w_kind, w_name = split_kind(ward["name"])
            rows.add(("post", "commune", w_kind, w_name, "", name))
    return rows


def write_places(wheels: list[Path]) -> int:
    by_code, post = province_tables()
    rows: set[tuple[str, ...]] = set()
    for wheel in wheels:
        version, divisions = read_divisions(wheel)
        if version.startswith("0."):
            rows |= pre_rows(divisions, by_code)
        else:
            rows |= post_rows(divisions, post)
        print(f"{wheel.name}: {len(rows)} rows so far", file=sys.stderr)
    with open(DATA / "places.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["era", "level", "kind", "name", "district", "province"])
        writer.writerows(sorted(rows, key=lambda r: (r[0], r[5], r[1], r[4], r[2], r[3])))
    return len(rows)


def write_sites() -> int:
    table = json.loads((DATA / "provinces.json").read_text(encoding="utf-8"))
    rows = []
    for province in table["pre2025"]:
        rows += [(host, province["name"], "portal") for host in province["portals"]]
        rows += [(host, province["name"], "newspaper") for host in province["newspapers"]]
    with open(DATA / "sites.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["host", "province", "kind"])
        writer.writerows(rows)
    return len(rows)


def main(argv: list[str]) -> int:
    wheels = [Path(a) for a in argv]
    if not wheels:
        print("usage: build_gazetteer.py WHEEL... (vietnam-provinces wheels)", file=sys.stderr)
        return 2
    missing = [str(w) for w in wheels if not w.is_file()]
    if missing:
        print(f"error: no such wheel: {', '.join(missing)}", file=sys.stderr)
        return 2
    print(f"places.csv: {write_places(wheels)} rows; sites.csv: {write_sites()} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
