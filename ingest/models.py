"""What the ingest pipeline passes from stage to stage.

read (sources.py) -> `Source`; find + resolve + relate (extract.py) -> `Extraction` with its
`Mention`s and `StatedRelation`s; load.py turns an `Extraction` into a `graph.model.ArticleGraph`.
Offsets always point into `Source.text`, the text as read (after HTML boilerplate removal), never
into a normalised copy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Source:
    """One article as read from a file, a page or a crawl record."""

    uri: str  # the file path, or the URL of a page or crawl record
    text: str  # the article's text; mention offsets point into it
    content_hash: str  # sha256 of the NFC, whitespace-folded text (sources_text.content_hash)
    published: date | None = None  # the article's own date, not a page-header date
    title: str | None = None
    site: str | None = None  # host name of the URL where known ("dongnai.gov.vn")
    site_name: str | None = None  # the site's own name from page metadata ("Báo Đồng Nai")


class Role:
    SELF = "self"  # the document the article reports as newly issued
    IMPLEMENTS = "implements"  # the self document carries it out
    CITES = "cites"  # any other mention


@dataclass
class Mention:
    """One mention of a document, as `../shared/README.md` (the gold format) defines it."""

    start: int
    end: int
    surface: str
    doc_type: str
    number: str | None
    symbol: str | None  # canonical: "CĐ-TTg", "CT/TU", "2020/NĐ-CP"
    date: date | None = None
    issuer: str | None = None  # national form: "Thủ tướng Chính phủ", "UBND tỉnh"
    scope: str | None = None  # "central" | "local"
    role: str = Role.CITES
    title: str | None = None  # "về …" subject where given
    trigger: str | None = None  # phrase that decided the role: "Thực hiện", "Căn cứ", …
    sentence: str = ""
    province: str | None = None  # for local documents, once known
    level: str | None = None  # graph.model.Level value of the issuing body
    body_place: str | None = None  # the district or commune of a body below the province
    document: int = -1  # index of the first mention of the same document in this article
    year_hint: int | None = None  # a year the text gives without a date ("Chỉ thị 12 từ năm 2018")
    problems: list[str] = field(default_factory=list)  # why it could not be fully resolved

    @property
    def year(self) -> int | None:
        from lineage.graph.ids import year_in_symbol

        return year_in_symbol(self.symbol) or (self.date.year if self.date else None) or self.year_hint


@dataclass(frozen=True)
class StatedRelation:
    """A lineage edge the text states between two mentions (indices into `Extraction.mentions`).

    Mostly self -> cited document, but also inside a citation: "Công văn số 2463/UBND-TH … về
    việc triển khai thực hiện Công điện số 280/CĐ-TTg" states 2463 -> 280.
    """

    source: int
    target: int
    relation: str  # Role.IMPLEMENTS or Role.CITES
    trigger: str | None
    confidence: float


@dataclass
class ProvinceGuess:
    name: str | None  # pre-2025 name when the article predates July 2025
    evidence: str | None  # what decided it: "place name 'huyện Vĩnh Lợi'", "signer Lê Trí Thanh"
    confidence: float = 0.0
    candidates: list[str] = field(default_factory=list)  # when ambiguous


@dataclass
class Extraction:
    source: Source
    mentions: list[Mention]
    relations: list[StatedRelation]
    province: ProvinceGuess
    self_index: int | None  # index of the first mention of the article's own document
    problems: list[str] = field(default_factory=list)
