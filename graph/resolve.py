"""Free-form references to canonical ids: what a user types into the CLI or the API.

"cong-dien-968-cd-ttg-2023", "968/CĐ-TTg", "Công điện số 968", "Chỉ thị 12 (2018)" and
"Công văn 6466/UBND-NC2" all resolve through the extractor's own reading of citations, so the
CLI understands exactly what the ingest jobs understand. The answer is a list: empty when
nothing is known, several documents when the reference is ambiguous ("Chỉ thị 12" names one
document per province and year).
"""

from __future__ import annotations

import re

from lineage.graph.model import Document
from lineage.graph.store import DocumentKey, GraphStore
from lineage.ingest import resolve as fields
from lineage.ingest.find import find_mentions
from lineage.ingest.normalize import fold

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_BARE_NUMBER = re.compile(r"^\s*(?:(?i:số)\s*)?(\d{1,5})\s*$")


def reference_key(ref: str) -> DocumentKey | None:
    """The identity a free-form reference gives (None fields are unknown).

    >>> reference_key("Công điện số 968/CĐ-TTg")
    DocumentKey(doc_type='Công điện', number='968', symbol='CĐ-TTg', year=None, province=None)
    >>> reference_key("Chỉ thị 12 (2018)").year
    2018
    """
    text = fold(ref)
    bare = _BARE_NUMBER.match(text)
    if bare:
        return DocumentKey(number=bare.group(1))
    mentions = find_mentions(text)
    if not mentions:
        return None
    raw = mentions[0]
    symbol = fields.canonical_symbol(raw.raw_symbol, raw.symbol_sep) if raw.raw_symbol else None
    date, _ = fields.parse_date(raw.date_match, None)
    year = symbol.year if symbol and symbol.year else (date.year if date else None)
    if year is None:
        rest = _YEAR.search(text, raw.core_end)
        year = int(rest.group(1)) if rest else None
    return DocumentKey(
        doc_type=fields.doc_type_for(raw, symbol),
        number=raw.number,
        symbol=symbol.text if symbol else None,
        year=year,
    )


def resolve_reference(store: GraphStore, ref: str) -> list[Document]:
    """Documents `ref` may mean, ordered by id: one when it is clear, several when ambiguous."""
    ref = ref.strip()
    if not ref:
        return []
    exact = store.get_document(ref)
    if exact is not None:
        return [exact]
    key = reference_key(ref)
    if key is None or key.number is None:
        return []
    found = store.find_by_key(key)
    if not found and key.symbol and key.doc_type:
        # The type word may be generic or wrong ("Văn bản 6466/UBND-NC2"); the symbol is not.
        found = store.find_by_key(DocumentKey(number=key.number, symbol=key.symbol, year=key.year))
    return found
