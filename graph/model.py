"""The records the graph holds, shared by every store backend and by the ingest jobs that fill it.

Ingest turns one article into one `ArticleGraph` (documents, bodies, edges with their evidence) and
hands it to a store, which writes it whole or not at all. Queries answer with `Document`,
`LineageEdge` and `Subgraph`. Everything here is plain data: no backend-specific types leak out.

Edge direction follows the text: the newer document points at the older one it carries out or
cites, so `(Chỉ thị 12/CT-UBND) -[:IMPLEMENTS]-> (Công điện 968/CĐ-TTg)`. Ancestors follow edges
forwards, descendants follow them backwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from lineage.graph.ids import full_number


class Relation(str, Enum):
    """A lineage edge's kind. The value is the relationship type used in Neo4j."""

    IMPLEMENTS = "IMPLEMENTS"  # thực hiện, triển khai, quán triệt, cụ thể hóa
    CITES = "CITES"  # căn cứ, theo, any other mention


class RelationFilter(str, Enum):
    """Which lineage edges a query follows (the CLI's and API's `relation` parameter)."""

    IMPLEMENTS = "implements"
    CITES = "cites"
    ALL = "all"

    def relations(self) -> tuple[Relation, ...]:
        if self is RelationFilter.IMPLEMENTS:
            return (Relation.IMPLEMENTS,)
        if self is RelationFilter.CITES:
            return (Relation.CITES,)
        return (Relation.IMPLEMENTS, Relation.CITES)


class Level(str, Enum):
    """How high an issuing body stands; the pages colour nodes by it."""

    CENTRAL = "central"
    PROVINCIAL = "provincial"
    DEPARTMENT = "department"  # sở, ban, ngành of a province
    DISTRICT = "district"  # huyện, thị xã, thành phố thuộc tỉnh (until July 2025)
    COMMUNE = "commune"  # xã, phường, thị trấn


@dataclass(frozen=True)
class Evidence:
    """Why an edge exists: where the text says so, and how sure the extractor is."""

    source_uri: str  # path or URL of the article
    source_hash: str  # sha256 of the article's text; evidence is kept once per source
    start: int  # character span of the cited document's mention in the source text
    end: int
    trigger: str | None  # the phrase that decided the relation: "Thực hiện", "Căn cứ", …
    sentence: str  # the sentence the mention stands in
    extractor_version: str
    confidence: float  # 0..1


@dataclass(frozen=True)
class BodyRecord:
    """An issuing body: "Thủ tướng Chính phủ", or "UBND tỉnh" of one province."""

    id: str  # canonical id, e.g. "ubnd-tinh-dong-nai", "thu-tuong-chinh-phu"
    name: str  # as named at national level, without the place: "UBND tỉnh", "Ban Thường vụ Tỉnh ủy"
    display_name: str  # with the place: "UBND tỉnh Đồng Nai"
    level: Level
    province: str | None  # province name at the time of writing; None for central bodies


@dataclass(frozen=True)
class DocumentRecord:
    """One document as an article knows it. Fields an article does not give are None; the store
    merges records of the same id so that each field holds the best value known."""

    id: str  # canonical id, see graph.ids.document_id
    doc_type: str  # "Công điện", "Chỉ thị", "Công văn", "Luật", …
    number: str | None  # "968"; None for laws cited by name
    symbol: str | None  # canonical symbol after the number: "CĐ-TTg", "CT/TU", "2020/NĐ-CP"
    year: int | None
    date: str | None  # ISO yyyy-mm-dd
    issuer: str | None  # national form: "Thủ tướng Chính phủ", "UBND tỉnh"
    body_id: str | None
    province: str | None  # for local documents: the province (name at the time of writing)
    scope: str | None  # "central" or "local"
    title: str | None = None  # the "về việc …" subject where the text gives it


@dataclass(frozen=True)
class EdgeRecord:
    """`source` (the newer document) implements or cites `target`."""

    source: str
    target: str
    relation: Relation
    evidence: Evidence


@dataclass(frozen=True)
class SourceRecord:
    """An ingested article. Its content hash is what makes re-ingest a no-op."""

    content_hash: str
    uri: str
    published: str | None  # ISO date
    title: str | None


@dataclass
class ArticleGraph:
    """Everything one article adds to the graph; a store writes it in one transaction."""

    source: SourceRecord
    bodies: list[BodyRecord] = field(default_factory=list)
    documents: list[DocumentRecord] = field(default_factory=list)
    edges: list[EdgeRecord] = field(default_factory=list)
    # Documents the article mentions (ids), so that a document can list the sources it comes from.
    mentioned: list[str] = field(default_factory=list)


@dataclass
class Document:
    """A document node as queries return it: merged fields plus what surrounds it."""

    id: str
    doc_type: str
    number: str | None
    symbol: str | None
    year: int | None
    date: str | None
    issuer: str | None
    body_id: str | None
    body_name: str | None  # display name of the body: "UBND tỉnh Đồng Nai"
    level: Level | None
    province: str | None  # name at the time of writing
    province_now: str | None  # the unit it belongs to since 1 July 2025
    scope: str | None
    title: str | None
    sources: list[str] = field(default_factory=list)  # URIs of articles that mention it

    @property
    def label(self) -> str:
        """A short human label: "Công điện 968/CĐ-TTg", "Chỉ thị 12 (2018)"."""
        if self.number is None:
            return f"{self.doc_type} {self.title or ''}".strip()
        if self.symbol:
            return f"{self.doc_type} {full_number(self.number, self.symbol)}"
        head = f"{self.doc_type} {self.number}"
        return f"{head} ({self.year})" if self.year else head


@dataclass(frozen=True)
class LineageEdge:
    source: str
    target: str
    relation: Relation
    evidence: list[Evidence]


@dataclass
class Subgraph:
    """The answer to an ancestors/descendants query: documents with their distance from the root."""

    root: str
    documents: dict[str, Document]
    depth: dict[str, int]  # shortest number of hops from the root
    edges: list[LineageEdge]


@dataclass(frozen=True)
class Province:
    id: str  # slug: "dong-nai"
    name: str  # "Đồng Nai"
    kind: str  # "pre2025" (one of the 63) or "post2025" (one of the 34) or "both" (unchanged)
    now: str  # the 2025 unit it belongs to; itself for the 34


@dataclass(frozen=True)
class WriteResult:
    """What one `add_article` changed; all zero when the source was already ingested."""

    skipped: bool  # True when the source's content hash was already in the store
    documents_added: int = 0
    documents_updated: int = 0
    bodies_added: int = 0
    edges_added: int = 0
    evidence_added: int = 0
