"""The pydantic models of every request and response body, so that /openapi.json documents the API.

Models mirror the plain records of `lineage.graph.model` and are built from them with
`model_validate(record)` (attributes are read directly), so the API adds links and paging but never
renames a field the rest of the project uses.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from lineage.graph.model import Level, Relation

EXAMPLE_ID = "cong-dien-968-cd-ttg-2023"
EXAMPLE_LOCAL_ID = "chi-thi-12-ct-ubnd-2023-dong-nai"


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_only(value: object) -> object:
    # pydantic would also take "0" or 1697414400 as a date (a Unix time): the API documents
    # yyyy-mm-dd and accepts nothing else.
    if isinstance(value, str) and not _ISO_DATE.fullmatch(value):
        raise ValueError("use an ISO date, yyyy-mm-dd")
    if not isinstance(value, (str, dt.date)):
        raise ValueError("use an ISO date string, yyyy-mm-dd")
    return value


IsoDate = Annotated[dt.date, BeforeValidator(_iso_only)]


class _Record(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class Problem(BaseModel):
    """An RFC 9457 problem document; every error response has this shape."""

    type: str = Field(examples=["/problems/not-found"])
    title: str = Field(examples=["Not Found"])
    status: int = Field(examples=[404])
    detail: str = Field(examples=["No document is known as 'cong-dien-999-cd-ttg-2023'."])
    instance: str = Field(examples=["/documents/cong-dien-999-cd-ttg-2023"])
    errors: list[dict[str, str]] | None = Field(
        default=None, description="For 422: each invalid parameter and what is wrong with it."
    )
    candidates: list[DocumentSummary] | None = Field(
        default=None, description="For an ambiguous reference: the documents it may mean."
    )


class DocumentLinks(BaseModel):
    self: str = Field(examples=[f"/documents/{EXAMPLE_ID}"])
    viz: str | None = Field(
        default=None,
        description="The document's page in the viewer, when the viewer is installed.",
        examples=[f"/viz/documents/{EXAMPLE_ID}"],
    )


class DocumentSummary(_Record):
    """A document as lists show it."""

    id: str = Field(examples=[EXAMPLE_ID])
    label: str = Field(examples=["Công điện 968/CĐ-TTg"])
    doc_type: str = Field(examples=["Công điện"])
    number: str | None = Field(examples=["968"])
    symbol: str | None = Field(examples=["CĐ-TTg"])
    year: int | None = Field(examples=[2023])
    date: str | None = Field(description="ISO date of issue", examples=["2023-10-16"])
    issuer: str | None = Field(examples=["Thủ tướng Chính phủ"])
    body_id: str | None = Field(examples=["thu-tuong-chinh-phu"])
    body_name: str | None = Field(examples=["Thủ tướng Chính phủ"])
    level: Level | None = Field(examples=["central"])
    province: str | None = Field(
        description="Province at the time of writing (one of the 63 before July 2025)",
        examples=["Quảng Nam"],
    )
    province_now: str | None = Field(
        description="The unit it belongs to since 1 July 2025", examples=["Đà Nẵng"]
    )
    scope: str | None = Field(examples=["central"])
    title: str | None = Field(
        examples=["về tiếp tục chấn chỉnh kỷ luật, kỷ cương hành chính"]
    )


class DocumentOut(DocumentSummary):
    """One document with the articles it was read from."""

    sources: list[str] = Field(
        description="URIs of the articles that mention it",
        examples=[["https://baodongnai.com.vn/chinh-tri/202310/chi-thi-12-ct-ubnd"]],
    )
    links: DocumentLinks


class DocumentPage(BaseModel):
    items: list[DocumentOut]
    next: str | None = Field(
        description="URL of the next page, absent on the last page",
        examples=["/documents?q=968&limit=50&cursor=Y29uZy1kaWVuLTk2OC1jZC10dGctMjAyMw"],
    )


class EvidenceOut(_Record):
    """Where an article states an edge, and how sure the extractor is."""

    source_uri: str = Field(examples=["data/samples/articles/dong-nai-chi-thi-12.txt"])
    source_hash: str
    start: int
    end: int
    trigger: str | None = Field(examples=["Thực hiện"])
    sentence: str = Field(
        examples=["Thực hiện Công điện số 968/CĐ-TTg, UBND tỉnh yêu cầu các sở chấn chỉnh kỷ cương."]
    )
    extractor_version: str
    confidence: float = Field(ge=0, le=1, examples=[0.9])


class EdgeOut(_Record):
    """`source` (the newer document) implements or cites `target`."""

    source: str = Field(examples=[EXAMPLE_LOCAL_ID])
    target: str = Field(examples=[EXAMPLE_ID])
    relation: Relation
    evidence: list[EvidenceOut]


class LineageDocument(DocumentSummary):
    hops: int = Field(description="Shortest number of edges from the root", ge=1, examples=[1])
    links: DocumentLinks


class LineagePage(BaseModel):
    """One page of a document's ancestors or descendants, nearest first."""

    root: DocumentOut
    direction: Literal["ancestors", "descendants"]
    depth: int = Field(examples=[3])
    relation: Literal["implements", "cites", "all"]
    total: int = Field(description="Documents in the whole answer, the root excluded")
    items: list[LineageDocument]
    edges: list[EdgeOut] = Field(
        description="The followed edges whose later end (in page order) is on this page: "
        "walking every page lists every edge once"
    )
    next: str | None


class FanOutDocument(DocumentSummary):
    lag_days: int | None = Field(
        description="Days from the root's date to this document's; null if either is unknown",
        examples=[9],
    )
    hops: int = Field(description="Edges from the root: 1 for a direct response", examples=[1])
    links: DocumentLinks


class ProvinceResponse(BaseModel):
    """One province's documents that carry out or cite the root, earliest first."""

    province: str = Field(description="Name at the time of writing", examples=["Quảng Nam"])
    province_now: str | None = Field(description="Its unit since July 2025", examples=["Đà Nẵng"])
    first_lag_days: int | None = Field(
        description="Lag of the province's earliest dated response", examples=[113]
    )
    documents: list[FanOutDocument]


class FanOutOut(BaseModel):
    """How a document spread: responses grouped by province (fastest province first), and the
    provinces with no known response (the 63 for a root before July 2025, else the 34)."""

    root: DocumentOut
    depth: int
    relation: Literal["implements", "cites", "all"]
    provinces: list[ProvinceResponse]
    no_response: list[str] = Field(
        description="Provinces with no known response", examples=[["Bạc Liêu", "Sơn La"]]
    )
    links: DocumentLinks


class PathOut(BaseModel):
    length: int = Field(examples=[1])
    documents: list[str] = Field(
        description="Ids along the path, from the newer document to the older one",
        examples=[[EXAMPLE_LOCAL_ID, EXAMPLE_ID]],
    )
    edges: list[EdgeOut]


class PathsOut(BaseModel):
    from_id: str = Field(examples=[EXAMPLE_LOCAL_ID])
    to_id: str = Field(examples=[EXAMPLE_ID])
    max_depth: int
    relation: Literal["implements", "cites", "all"]
    paths: list[PathOut]


class ResolveOut(BaseModel):
    ref: str = Field(examples=["Công điện số 968/CĐ-TTg"])
    ambiguous: bool = Field(description="True when several documents match")
    candidates: list[DocumentOut]


class BodyLinks(BaseModel):
    self: str = Field(examples=["/bodies/ubnd-tinh-dong-nai"])
    documents: str = Field(examples=["/documents?issuer=UBND+t%E1%BB%89nh&province=%C4%90%E1%BB%93ng+Nai"])


class BodyOut(_Record):
    id: str = Field(examples=["ubnd-tinh-dong-nai"])
    name: str = Field(examples=["UBND tỉnh"])
    display_name: str = Field(examples=["UBND tỉnh Đồng Nai"])
    level: Level
    province: str | None = Field(examples=["Đồng Nai"])
    links: BodyLinks


class ProvinceOut(_Record):
    id: str = Field(examples=["quang-nam"])
    name: str = Field(examples=["Quảng Nam"])
    kind: str = Field(
        description='"pre2025" (one of the 63), "post2025" (one of the 34) or "both"',
        examples=["pre2025"],
    )
    now: str = Field(description="The unit it belongs to since 1 July 2025", examples=["Đà Nẵng"])


class StatsOut(_Record):
    documents: int
    bodies: int
    provinces: int
    sources: int
    implements_edges: int
    cites_edges: int


class HealthOut(BaseModel):
    status: Literal["ok"]
    store: str = Field(description="The store backend's class", examples=["EmbeddedStore"])
    documents: int


class _IngestBase(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: str | None = Field(
        default=None, min_length=1, max_length=2048,
        description="Where the article was published; names it in evidence",
        examples=["https://example.gov.vn/tin-tuc/chi-thi-12"],
    )
    published: IsoDate | None = Field(
        default=None, description="The article's own date, when known", examples=["2023-10-26"]
    )


class IngestText(_IngestBase):
    """An article as plain text."""

    text: str = Field(
        min_length=1,
        examples=["Ngày 25/10/2023, Chủ tịch UBND tỉnh Đồng Nai ban hành Chỉ thị số 12/CT-UBND "
                  "để thực hiện Công điện số 968/CĐ-TTg ngày 16 tháng 10 năm 2023 của Thủ tướng Chính phủ."],
    )


class IngestHtml(_IngestBase):
    """An article as the HTML page it stands in; menus and footers are dropped."""

    html: str = Field(
        min_length=1,
        examples=["<html><body><article><p>UBND tỉnh Hà Tĩnh ban hành Công văn số "
                  "6466/UBND-NC2 triển khai Công điện số 968/CĐ-TTg.</p></article></body></html>"],
    )


# Exactly one of "text" and "html": extra fields are forbidden, so a body with both matches
# neither model, and the JSON schema (anyOf) says so too.
IngestRequest = IngestText | IngestHtml


class IngestOut(BaseModel):
    """What the article added; all zero (and `skipped`) when it had been ingested before."""

    uri: str = Field(examples=["https://example.gov.vn/tin-tuc/chi-thi-12"])
    skipped: bool = Field(description="True when the same text was ingested before")
    references_found: int = Field(examples=[2])
    documents_added: int = Field(examples=[1])
    documents_updated: int = Field(examples=[1])
    edges_added: int = Field(examples=[1])
    evidence_added: int = Field(examples=[1])
    documents: list[str] = Field(
        description="Ids of the documents the article mentions",
        examples=[[EXAMPLE_LOCAL_ID, EXAMPLE_ID]],
    )
    problems: list[str] = Field(
        description="References the extractor could not fully resolve",
        examples=[["Chỉ thị 12: no province known for a local document"]],
    )
