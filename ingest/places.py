"""Where an article comes from: place names in a text, and the province whose bodies issued the
article's own document.

Local bodies are named without their province ("UBND tỉnh", "Tỉnh ủy"), so the province has to
come from context. `infer_province` weighs every clue the text and its page give; each clue adds
its weight to one province, repeated clues of one kind count less each time (1, 1/2, 1/3, …) so
that many passing mentions do not outvote one body. Weights, strongest first, and why:

    body       5.0  "UBND tỉnh Hà Tĩnh", "Tỉnh ủy Bạc Liêu": the issuers themselves, named with
                    their province; an article names its own issuer far more than anyone else's.
    signer     4.5  "Chủ tịch UBND tỉnh Lê Trí Thanh", looked up in the officeholders table on the
                    article's date (3.0 when a bound of the term is unknown).
    headline   4.0  "Sơn La: …" — provincial news puts its province before the colon.
    org        3.5  "Sở Nội vụ tỉnh Đồng Nai", "Công an tỉnh …": the province's own agencies.
    site       3.0  the page's host (dongnai.gov.vn, baohatinh.vn): a strong prior, but provincial
                    papers also report on their neighbours, so one body outweighs it.
    book       3.0  a signer the `SignerBook` learnt from an earlier article of the batch.
    district   2.0  "huyện Vĩnh Lợi", "UBND huyện Trảng Bom" (2.5 with a body), only when the name
                    with its kind belongs to one province; "xã Châu Thới, huyện Vĩnh Lợi" pairs too.
    province   2.0  "tỉnh Hà Tĩnh", "thành phố Đà Nẵng" without a body: also used for neighbours.
    city       1.5  a bare district-level city or town name unique to one province ("Biên Hòa").
    commune    1.5  "xã Châu Thới" when the name with its kind belongs to one province.
    name       1.0  a bare province name ("Hà Tĩnh"), capitalised: "hòa bình" (peace) is not one.

Clues in the first fifth of the text (at least its first 600 characters) weigh 1.25 times more:
an article states its own province early and mentions others in passing later.

Names are returned as used on the article's date (`lineage.data.province_at`): "Quảng Nam" for
a 2024 article, "Đà Nẵng" for one after 1 July 2025. Matching runs on `normalize.fold`ed text
(NFD, old tone placement, non-breaking spaces), with offsets mapped back to the original.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from lineage.data import province_at
from lineage.ingest.models import ProvinceGuess
from lineage.ingest.normalize import normalize
from lineage.ingest.places_scan import (
    NAME,
    Found,
    Signer,
    find_signers,
    gazetteer,
    name_key,
    officeholders_at,
    province_of_site,
)

__all__ = [
    "PlaceMention",
    "SignerBook",
    "SignerFact",
    "find_places",
    "infer_province",
    "province_of_site",
]

WEIGHTS = {
    "body": 5.0,
    "signer": 4.5,
    "signer-open": 3.0,
    "headline": 4.0,
    "org": 3.5,
    "site": 3.0,
    "book": 3.0,
    "district-body": 2.5,
    "district": 2.0,
    "province": 2.0,
    "city": 1.5,
    "commune": 1.5,
    "name": 1.0,
}
EARLY_FACTOR = 1.25
EARLY_MIN_CHARS = 600
# Candidates reported beside the guess: provinces whose score reaches this share of the best.
CANDIDATE_SHARE = 0.25
# How far apart in time a SignerBook fact may be from the article: terms last five years and
# officials rotate (many did in 2025), so a fact older than this says little.
SIGNER_MEMORY_DAYS = 3 * 365

_HEADLINE = re.compile(rf"^[ \t]*(?P<name>{NAME})[ \t]*:")
_HEADLINE_LINES = 3


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a text; offsets into the original text."""

    start: int
    end: int
    province: str | None  # the province it identifies, as named on the date; None if several fit
    kind: str  # "province", "district", "commune" or "city" (a bare district-level city name)
    surface: str
    candidates: tuple[str, ...] = ()  # every province the name fits, when more than one
    body: str | None = None  # the body named with it: "UBND", "Sở Nội vụ", "Tỉnh ủy", …
    prefixed: bool = True  # False for a bare name: "Hà Tĩnh" rather than "tỉnh Hà Tĩnh"
    issuer: bool = False  # the body is an issuer (UBND, HĐND, Tỉnh ủy), not an agency


def find_places(text: str, *, on_date: date | None = None) -> list[PlaceMention]:
    """Every place the text names that the gazetteer knows, in order.

    >>> [(m.surface, m.province) for m in find_places("Tại xã Châu Thới, huyện Vĩnh Lợi")]
    [('xã Châu Thới', 'Bạc Liêu'), ('huyện Vĩnh Lợi', 'Bạc Liêu')]
    """
    norm = normalize(text)
    mentions = []
    for found in gazetteer().scan(norm.folded, on_date):
        if not found.provinces:
            continue
        start, end = norm.original_span(found.start, found.end)
        body = None
        if found.body_start is not None:
            body_start, body_end = norm.original_span(found.body_start, found.body_end)
            body = " ".join(text[body_start:body_end].split())
        provinces = tuple(province_at(p, on_date) for p in found.provinces)
        provinces = tuple(dict.fromkeys(provinces))
        mentions.append(
            PlaceMention(
                start=start,
                end=end,
                province=provinces[0] if len(provinces) == 1 else None,
                kind=found.kind,
                surface=text[start:end],
                candidates=provinces if len(provinces) > 1 else (),
                body=body,
                prefixed=found.prefixed,
                issuer=found.issuer,
            )
        )
    return mentions


@dataclass(frozen=True)
class SignerFact:
    """"`name` held `office` in `province`", as one article said it on `seen`."""

    name: str
    office: str
    province: str  # as named on `seen`
    seen: date | None


class SignerBook:
    """What a batch of articles taught about who leads which province.

    An article that names a person with the province ("Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải")
    teaches it; a later article that names only the person ("Chủ tịch UBND tỉnh Võ Trọng Hải")
    is then placed. The ingest pipeline fills one book across a batch.
    """

    def __init__(self) -> None:
        self._facts: dict[str, list[SignerFact]] = defaultdict(list)

    def __len__(self) -> int:
        return sum(len(facts) for facts in self._facts.values())

    def learn(self, text: str, province: str | None = None, on_date: date | None = None) -> int:
        """Learn from `text`; returns how many new facts it gave.

        People named with their province are learnt as the text says. People named with an office
        but no place are learnt under `province` only when the text itself names one of that
        province's issuing bodies (so a guess from weaker clues is never learnt)."""
        folded = normalize(text).folded
        explicit_home = None
        if province is not None:
            home = province_at(province, on_date)
            found = gazetteer().scan(folded, on_date)
            if any(f.issuer and home in {province_at(p, on_date) for p in f.provinces} for f in found):
                explicit_home = home
        added = 0
        for signer in find_signers(folded):
            place = province_at(signer.place, on_date) if signer.place else explicit_home
            if place is None:
                continue
            fact = SignerFact(signer.name, signer.office, place, on_date)
            facts = self._facts[name_key(signer.name)]
            if fact not in facts:
                facts.append(fact)
                added += 1
        return added

    def lookup(self, name: str, on_date: date | None = None) -> list[SignerFact]:
        """Facts about `name`, nearest in time first; facts further than SIGNER_MEMORY_DAYS from
        `on_date` are left out (all facts when either date is unknown)."""
        facts = self._facts.get(name_key(name), [])
        if on_date is None:
            return list(facts)

        def distance(fact: SignerFact) -> int:
            return 0 if fact.seen is None else abs((fact.seen - on_date).days)

        return sorted((f for f in facts if distance(f) <= SIGNER_MEMORY_DAYS), key=distance)


@dataclass
class _Clue:
    province: str  # as named on the article's date
    kind: str  # a key of WEIGHTS
    weight: float
    evidence: str


def infer_province(
    text: str,
    *,
    on_date: date | None,
    site: str | None = None,
    signer_book: SignerBook | None = None,
) -> ProvinceGuess:
    """The province whose bodies issued the article's own document, as named on `on_date`.

    Returns `ProvinceGuess(name=None, …)` when nothing points to a province; whether the article's
    own document is central is the caller's to know. `candidates` lists the provinces in contention
    (best first), including every province an ambiguous signer could belong to.

    >>> infer_province("UBND tỉnh Hà Tĩnh vừa có văn bản mới.", on_date=date(2023, 11, 16)).name
    'Hà Tĩnh'
    """
    norm = normalize(text)
    folded = norm.folded
    early_end = max(EARLY_MIN_CHARS, len(folded) // 5)
    clues: list[_Clue] = []
    ambiguous: list[str] = []

    def surface(start: int, end: int) -> str:
        o_start, o_end = norm.original_span(start, end)
        return " ".join(text[o_start:o_end].split())

    def add(province: str, kind: str, at: int | None, evidence: str) -> None:
        factor = EARLY_FACTOR if at is not None and at < early_end else 1.0
        clues.append(_Clue(province, kind, WEIGHTS[kind] * factor, evidence))

    for found in gazetteer().scan(folded, on_date):
        provinces = list(dict.fromkeys(province_at(p, on_date) for p in found.provinces))
        if len(provinces) != 1:
            continue  # a name several provinces share says nothing on its own
        start = found.body_start if found.body_start is not None else found.start
        kind = _clue_kind(found)
        label = "body" if kind in ("body", "org", "district-body") else "place"
        if kind == "name":
            label = "name"
        add(provinces[0], kind, found.start, f"{label} '{surface(start, found.end)}'")

    for province, at, evidence in _headlines(folded, on_date):
        add(province, "headline", at, evidence)

    if site:
        province = province_of_site(site)
        if province:
            add(province_at(province, on_date), "site", None, f"site {site}")

    for signer in find_signers(folded):
        if signer.place:
            continue  # the place beside the name is already a body clue
        _signer_clues(signer, on_date, signer_book, add, ambiguous)

    return _decide(clues, ambiguous)


def _clue_kind(found: Found) -> str:
    if found.kind == "province":
        if found.issuer:
            return "body"
        if found.body_start is not None:
            return "org"
        return "province" if found.prefixed else "name"
    if found.kind == "district" and found.body_start is not None:
        return "district-body"
    return found.kind  # district, commune, city


def _headlines(folded: str, on_date: date | None):
    """"Sơn La: …" in one of the first lines."""
    table = gazetteer()
    offset = 0
    seen_lines = 0
    for line in folded.split("\n"):
        if line.strip():
            match = _HEADLINE.match(line)
            if match:
                province = table.province_named(match.group("name"))
                if province:
                    at = offset + match.start("name")
                    yield province_at(province, on_date), at, f"headline '{match.group(0).strip()}'"
            seen_lines += 1
            if seen_lines >= _HEADLINE_LINES:
                return
        offset += len(line) + 1


def _signer_clues(signer: Signer, on_date, signer_book, add, ambiguous: list[str]) -> None:
    rows = officeholders_at(signer.name, signer.office, on_date)
    provinces = list(dict.fromkeys(province_at(r.province, on_date) for r in rows))
    if len(provinces) == 1:
        row = rows[0]
        term = f"{row.start or '?'}–{row.end or '?'}"
        known = all(r.start and r.end for r in rows) and on_date is not None
        evidence = f"signer {signer.name} ({row.office}, {row.province} {term})"
        add(provinces[0], "signer" if known else "signer-open", signer.start, evidence)
        return
    if len(provinces) > 1:
        ambiguous.extend(provinces)
        return
    if signer_book is None:
        return
    facts = signer_book.lookup(signer.name, on_date)
    book_provinces = list(dict.fromkeys(province_at(f.province, on_date) for f in facts))
    if len(book_provinces) == 1:
        fact = facts[0]
        seen = fact.seen.isoformat() if fact.seen else "undated"
        add(book_provinces[0], "book", signer.start, f"signer {signer.name} ({fact.office}, {fact.province}, seen {seen})")
    elif book_provinces:
        ambiguous.extend(book_provinces)


def _decide(clues: list[_Clue], ambiguous: list[str]) -> ProvinceGuess:
    by_kind: dict[tuple[str, str], list[_Clue]] = defaultdict(list)
    for clue in clues:
        by_kind[(clue.province, clue.kind)].append(clue)
    scores: dict[str, float] = defaultdict(float)
    best_clue: dict[str, _Clue] = {}
    for (province, _), group in by_kind.items():
        group.sort(key=lambda c: -c.weight)
        # 1, 1/2, 1/3, …: repetition helps, but slowly.
        scores[province] += sum(c.weight / (i + 1) for i, c in enumerate(group))
        if province not in best_clue or group[0].weight > best_clue[province].weight:
            best_clue[province] = group[0]
    ranked = sorted(scores, key=lambda p: -scores[p])
    if not ranked:
        return ProvinceGuess(None, None, 0.0, list(dict.fromkeys(ambiguous)))
    top = ranked[0]
    second = scores[ranked[1]] if len(ranked) > 1 else 0.0
    candidates = [p for p in ranked if scores[p] >= CANDIDATE_SHARE * scores[top]]
    candidates += [p for p in dict.fromkeys(ambiguous) if p not in candidates]
    confidence = _confidence(scores[top], second)
    return ProvinceGuess(top, best_clue[top].evidence, confidence, candidates if len(candidates) > 1 else [])


def _confidence(top: float, second: float) -> float:
    """Share of the evidence times its strength: one early body (6.25) gives about 0.88, one bare
    name (1.0) about 0.28, a tie halves it."""
    strength = 1.0 - math.exp(-top / 3.0)
    return round(min(0.99, strength * top / (top + second)), 3)

