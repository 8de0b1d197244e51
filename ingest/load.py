"""Turn one article's extraction into the records the graph stores (`graph.model.ArticleGraph`).

Each group of mentions of one document becomes one `DocumentRecord` with a canonical id
(graph/ids.py); each issuer a `BodyRecord`; each stated relation an `EdgeRecord` carrying its
evidence. A mention that lacks part of its identity — "Công điện 968" with no symbol, "Chỉ thị
số 12/CT-UBND" with no date — is linked to the document the store already knows when exactly
one fits; otherwise it becomes a node of its own and the article reports the gap.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from lineage.graph import ids
from lineage.graph.model import (
    ArticleGraph,
    BodyRecord,
    Document,
    DocumentRecord,
    EdgeRecord,
    Evidence,
    Level,
    Relation,
    SourceRecord,
)
from lineage.graph.store import DocumentKey
from lineage.ingest.extract import EXTRACTOR_VERSION
from lineage.ingest.models import Extraction, Mention, Role

Lookup = Callable[[DocumentKey], list[Document]]


@dataclass
class LoadResult:
    article: ArticleGraph
    unresolved: list[str]  # mentions kept with a partial identity, for the ingest summary
    partial: bool = False  # some numbered document lacks its symbol or year (a lookup may help)


def article_graph(extraction: Extraction, lookup: Lookup | None = None) -> LoadResult:
    source = extraction.source
    published = source.published
    groups: dict[int, list[Mention]] = {}
    for mention in extraction.mentions:
        groups.setdefault(mention.document, []).append(mention)

    documents: dict[int, DocumentRecord] = {}
    bodies: dict[str, BodyRecord] = {}
    unresolved: list[str] = []
    for first, mentions in groups.items():
        record, body, problem = _document(mentions, published.year if published else None, lookup)
        documents[first] = record
        if body is not None:
            bodies.setdefault(body.id, body)
        if problem:
            unresolved.append(f"{mentions[0].surface}: {problem}")

    edges = _edges(extraction, documents)
    graph = ArticleGraph(
        source=SourceRecord(
            content_hash=source.content_hash,
            uri=source.uri,
            published=published.isoformat() if published else None,
            title=source.title,
        ),
        bodies=list(bodies.values()),
        documents=list({d.id: d for d in documents.values()}.values()),
        edges=edges,
        mentioned=sorted({d.id for d in documents.values()}),
    )
    partial = any(d.number is not None and (d.symbol is None or d.year is None) for d in graph.documents)
    return LoadResult(graph, unresolved, partial)


def _document(mentions: list[Mention], published_year: int | None, lookup: Lookup | None):
    """One DocumentRecord from the mentions of one document (fields: the first known value)."""
    def first(attr: str):
        return next((getattr(m, attr) for m in mentions if getattr(m, attr) is not None), None)

    head = mentions[0]
    symbol = first("symbol")
    number = head.number
    issuer = first("issuer")
    scope = first("scope")
    province = first("province") if scope == "local" else None
    date = first("date")
    year = ids.year_in_symbol(symbol) or (date.year if date else None) or first("year_hint")
    if year is None and head.role == Role.SELF and published_year:
        year = published_year  # "vừa ban hành": a newly issued document is of the article's year
    problem = None
    if scope == "local" and province is None:
        problem = "local document whose province is unknown"

    doc_id = ids.document_id(head.doc_type, number, symbol, year, province=province,
                             issuer=issuer, title=first("title") if number is None else None)
    if lookup is not None and number is not None and (symbol is None or year is None):
        matches = lookup(DocumentKey(doc_type=head.doc_type, number=number, symbol=symbol, year=year,
                                     province=province))
        if published_year is not None and year is None:
            matches = [d for d in matches if d.year is None or d.year <= published_year]
        if len(matches) > 1:
            # A partial node made earlier (no year, no symbol) must not hide the full one.
            complete = [d for d in matches if d.year is not None and d.symbol is not None]
            matches = complete if len(complete) == 1 else matches
        if len(matches) == 1:
            found = matches[0]
            doc_id, symbol, year = found.id, symbol or found.symbol, year or found.year
        elif len(matches) > 1:
            problem = f"could be any of {len(matches)} known documents; kept apart"
        elif symbol is None or year is None:
            problem = problem or ("no symbol" if symbol is None else "no year")

    body = None
    body_id = None
    if issuer:
        # "UBND huyện" names one body per district: its place is part of its identity.
        place = first("body_place")
        named = f"{issuer} {place}" if place else issuer
        body_id = ids.body_id(named, province)
        body = BodyRecord(
            id=body_id,
            name=issuer,
            display_name=f"{named} ({province})" if place and province else (f"{named} {province}" if province else named),
            level=Level(first("level") or ("central" if scope == "central" else "provincial")),
            province=province,
        )
    record = DocumentRecord(
        id=doc_id,
        doc_type=head.doc_type,
        number=number,
        symbol=symbol,
        year=year,
        date=date.isoformat() if date else None,
        issuer=issuer,
        body_id=body_id,
        province=province,
        scope=scope,
        title=first("title"),
    )
    return record, body, problem


def _edges(extraction: Extraction, documents: dict[int, DocumentRecord]) -> list[EdgeRecord]:
    """One edge per (source, target, relation); implements wins over cites for the same pair."""
    source = extraction.source
    chosen: dict[tuple[str, str], EdgeRecord] = {}
    for stated in extraction.relations:
        from_doc = documents[extraction.mentions[stated.source].document]
        target_mention = extraction.mentions[stated.target]
        to_doc = documents[target_mention.document]
        if from_doc.id == to_doc.id:
            continue
        relation = Relation.IMPLEMENTS if stated.relation == Role.IMPLEMENTS else Relation.CITES
        key = (from_doc.id, to_doc.id)
        if key in chosen and (chosen[key].relation == Relation.IMPLEMENTS or relation == Relation.CITES):
            continue
        chosen[key] = EdgeRecord(
            source=from_doc.id,
            target=to_doc.id,
            relation=relation,
            evidence=Evidence(
                source_uri=source.uri,
                source_hash=source.content_hash,
                start=target_mention.start,
                end=target_mention.end,
                trigger=stated.trigger,
                sentence=target_mention.sentence,
                extractor_version=EXTRACTOR_VERSION,
                confidence=stated.confidence,
            ),
        )
    return list(chosen.values())
