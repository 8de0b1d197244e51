"""How a lineage page looks: rows, colours, edge styles, node sizes, labels and tooltips.

Everything that decides the picture lives here so that the network builder (viz/network.py) only
wires documents to these rules. Tooltips are HTML built from untrusted article text: every piece of
source text goes through `html.escape`, and only the markup written here (<b>, <br>) stays live.
"""

from __future__ import annotations

import html
import math
from datetime import date

from lineage.graph.ids import full_number
from lineage.graph.model import Document, Level, Relation

# Row of the hierarchical layout, from the centre down: the picture reads top to bottom.
LEVEL_ROW: dict[Level | None, int] = {
    Level.CENTRAL: 0,
    Level.PROVINCIAL: 1,
    Level.DEPARTMENT: 2,
    Level.DISTRICT: 2,
    Level.COMMUNE: 3,
}
UNKNOWN_LEVEL_COLOUR = "#95a5a6"
LEVEL_COLOUR: dict[Level, str] = {
    Level.CENTRAL: "#c0392b",
    Level.PROVINCIAL: "#2e86c1",
    Level.DEPARTMENT: "#27ae60",
    Level.DISTRICT: "#8e44ad",
    Level.COMMUNE: "#d68910",
}
LEVEL_NAME: dict[Level, str] = {
    Level.CENTRAL: "central (Prime Minister, Government, ministries, Party centre)",
    Level.PROVINCIAL: "provincial (UBND tỉnh, Tỉnh ủy, HĐND tỉnh)",
    Level.DEPARTMENT: "department (sở, ban, ngành)",
    Level.DISTRICT: "district (huyện, thị xã, thành phố thuộc tỉnh)",
    Level.COMMUNE: "commune (xã, phường, thị trấn)",
}

# vis-network edge options per relation: carrying out is the main story, so it is solid and dark;
# a mere citation is dashed and light.
RELATION_STYLE: dict[Relation, dict] = {
    Relation.IMPLEMENTS: {"dashes": False, "width": 2, "color": {"color": "#34495e"}},
    Relation.CITES: {"dashes": [6, 6], "width": 1, "color": {"color": "#7f8c8d"}},
}
RELATION_NAME = {Relation.IMPLEMENTS: "implements (solid)", Relation.CITES: "cites (dashed)"}

MAX_EVIDENCE_CHARS = 300


def level_of(doc: Document) -> Level | None:
    """The issuing body's level; a document without one but known to be central counts as central."""
    if doc.level is not None:
        return doc.level
    if doc.scope == "central":
        return Level.CENTRAL
    return None


def row_of(doc: Document) -> int:
    """Layout row; unknown local documents sit with the provinces, the most common case."""
    level = level_of(doc)
    if level is None:
        return 0 if doc.scope == "central" else 1
    return LEVEL_ROW[level]


def colour_of(level: Level | None) -> str:
    return LEVEL_COLOUR.get(level, UNKNOWN_LEVEL_COLOUR) if level else UNKNOWN_LEVEL_COLOUR


def short_number(doc: Document) -> str:
    """ "968/CĐ-TTg", "26-CT/TW", "12" — the number as printed, or the label for unnumbered laws."""
    if doc.number is None:
        return doc.label
    return full_number(doc.number, doc.symbol)


def node_label(doc: Document) -> str:
    """Short number, with the province under it for local documents (provinces reuse numbers)."""
    label = short_number(doc)
    province = doc.province or doc.province_now
    return f"{label}\n{province}" if province and row_of(doc) > 0 else label


def node_size(descendant_count: int) -> float:
    """Grows with the square root of the descendants so one hub does not dwarf the page."""
    return round(12 + 6 * math.sqrt(descendant_count), 1)


def lag_days(root: Document, doc: Document) -> int | None:
    if not root.date or not doc.date or root.id == doc.id:
        return None
    try:
        return (date.fromisoformat(doc.date) - date.fromisoformat(root.date)).days
    except ValueError:
        return None


def _row(name: str, value: object) -> str:
    return f"<b>{name}:</b> {html.escape(str(value))}"


def tooltip_html(doc: Document, lag: int | None, evidence: str | None) -> str:
    """The hover text: type, number, date, body, province, lag from the root, evidence sentence."""
    lines = [f"<b>{html.escape(doc.label)}</b>"]
    if doc.title:
        lines.append(html.escape(doc.title))
    lines.append(_row("Type", doc.doc_type))
    if doc.number is not None:
        lines.append(_row("Number", short_number(doc)))
    lines.append(_row("Date", doc.date or "unknown"))
    lines.append(_row("Body", doc.body_name or doc.issuer or "unknown"))
    if doc.province:
        now = doc.province_now
        place = doc.province if not now or now == doc.province else f"{doc.province} (now {now})"
        lines.append(_row("Province", place))
    if lag is not None:
        lines.append(_row("Lag from root", f"{lag} days"))
    if evidence:
        clipped = evidence if len(evidence) <= MAX_EVIDENCE_CHARS else evidence[:MAX_EVIDENCE_CHARS] + "…"
        lines.append(_row("Evidence", f"“{clipped}”"))
    return "<br>".join(lines)


def group_tooltip_html(title: str, labels: list[str], total: int) -> str:
    """Hover text of a collapsed group: what it stands for and the first few members."""
    shown = "<br>".join(html.escape(label) for label in labels[:8])
    more = f"<br>… and {total - 8} more" if total > 8 else ""
    return f"<b>{html.escape(title)}</b><br>{total} documents<br>{shown}{more}"


def edge_tooltip_html(relation: Relation, sentence: str) -> str:
    clipped = sentence if len(sentence) <= MAX_EVIDENCE_CHARS else sentence[:MAX_EVIDENCE_CHARS] + "…"
    return f"<b>{html.escape(relation.value.lower())}</b><br>“{html.escape(clipped)}”"
