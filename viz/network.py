"""The pure step of every lineage page: a `Subgraph` or a `FanOut` in, a pyvis `Network` out.

No store, no I/O: `lineage_network` only decides nodes, edges and layout options, so tests can
check the picture without a browser and pages (viz/pages.py) only serialise what it built.

Layout: rows by the issuing body's level (central 0, provincial 1, department/district 2,
commune 3) with x/y positions computed in viz/layout.py, and physics off, so the picture is drawn
once and never drifts. Above `node_limit` documents, documents below the provinces are
grouped per province and level (and, if that is not enough, the provincial ones too); the network
records what it collapsed in `notes` so the page can say so.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pyvis.network import Network

from lineage.graph.model import Document, Level, LineageEdge, Relation, Subgraph
from lineage.viz import layout, style

DEFAULT_NODE_LIMIT = 300

# A function giving the page a document links to when clicked, or None for no link.
Linker = Callable[[str], "str | None"]


@dataclass
class LineageView:
    """What a page shows, whichever query produced it."""

    kind: str  # "neighbourhood" or "fanout"
    root: Document
    documents: dict[str, Document]
    edges: list[LineageEdge]
    lag: dict[str, int] = field(default_factory=dict)  # days after the root, where dates are known
    no_response: list[str] = field(default_factory=list)  # provinces without a response (fan-out)


class LineageNetwork(Network):
    """A pyvis `Network` that also remembers what it shows, for the page around it."""

    def __init__(self, view: LineageView) -> None:
        super().__init__(height="100%", width="100%", directed=True, cdn_resources="in_line")
        self.view = view
        self.notes: list[str] = []  # what was collapsed, in words
        self.collapsed = False


def view_from_subgraph(subgraph: Subgraph, kind: str = "neighbourhood") -> LineageView:
    root = subgraph.documents[subgraph.root]
    lags = {}
    for doc_id, doc in subgraph.documents.items():
        lag = style.lag_days(root, doc)
        if lag is not None:
            lags[doc_id] = lag
    return LineageView(kind, root, dict(subgraph.documents), list(subgraph.edges), lags)


def merge_subgraphs(first: Subgraph, second: Subgraph) -> Subgraph:
    """Ancestors and descendants of one root as one picture (the neighbourhood page)."""
    documents = {**first.documents, **second.documents}
    depth = {**second.depth, **first.depth}
    seen = set()
    edges = []
    for edge in [*first.edges, *second.edges]:
        key = (edge.source, edge.target, edge.relation)
        if key not in seen:
            seen.add(key)
            edges.append(edge)
    return Subgraph(first.root, documents, depth, edges)


def view_from_fanout(fanout: Any, edges: list[LineageEdge] | None = None) -> LineageView:
    """A `graph.lineage.FanOut` as a view. Its edges come from `fanout.edges` when it has them,
    else from `edges` (the descendants query the fan-out was built from)."""
    documents = {fanout.root.id: fanout.root}
    lags: dict[str, int] = {}
    for response in fanout.responses:
        documents[response.document.id] = response.document
        if response.lag_days is not None:
            lags[response.document.id] = response.lag_days
    given = getattr(fanout, "edges", None) or edges or []
    kept = [e for e in given if e.source in documents and e.target in documents]
    return LineageView("fanout", fanout.root, documents, kept, lags, list(fanout.no_response))


def as_view(source: Subgraph | LineageView | Any) -> LineageView:
    if isinstance(source, LineageView):
        return source
    if isinstance(source, Subgraph):
        return view_from_subgraph(source)
    if hasattr(source, "responses") and hasattr(source, "root"):
        return view_from_fanout(source)
    raise TypeError(f"cannot draw a {type(source).__name__}: expected a Subgraph or a FanOut")


def descendant_counts(view: LineageView) -> dict[str, int]:
    """How many documents of the view carry each one out, directly or further down."""
    carried_by: dict[str, set[str]] = defaultdict(set)
    for edge in view.edges:
        carried_by[edge.target].add(edge.source)
    counts = {}
    for doc_id in view.documents:
        seen: set[str] = set()
        queue = deque(carried_by.get(doc_id, ()))
        while queue:
            current = queue.popleft()
            if current in seen or current == doc_id:
                continue
            seen.add(current)
            queue.extend(carried_by.get(current, ()))
        counts[doc_id] = len(seen)
    return counts


def evidence_sentences(view: LineageView) -> dict[str, str]:
    """For each document, the sentence of its own edge (implements first) that put it here."""
    best: dict[str, tuple[int, str]] = {}
    for edge in view.edges:
        if not edge.evidence:
            continue
        rank = 0 if edge.relation is Relation.IMPLEMENTS else 1
        if edge.source not in best or rank < best[edge.source][0]:
            best[edge.source] = (rank, edge.evidence[0].sentence)
    return {doc_id: sentence for doc_id, (_, sentence) in best.items()}


# --- grouping above the node limit -------------------------------------------------------------


def _province_key(doc: Document) -> str:
    return doc.province_now or doc.province or "unknown province"


# Collapsing stages, tried in order until the picture fits: (lowest row collapsed, group key,
# what the page says was collapsed).
_STAGES = (
    (2, "province+level", "department, district and commune documents are grouped per province and level"),
    (1, "province", "every local document is grouped per province"),
    (0, "level", "all documents but the root are grouped per level only"),
)


def group_members(view: LineageView, node_limit: int) -> tuple[dict[str, str], list[str]]:
    """Map each document to the node that stands for it (itself or a group) and say what was
    collapsed. Groups are per 2025 province and level; the root always stays itself."""
    node_of = {doc_id: doc_id for doc_id in view.documents}
    if len(view.documents) <= node_limit:
        return node_of, []
    for lowest_row, key, described in _STAGES:
        node_of = {doc_id: doc_id for doc_id in view.documents}
        for doc_id, doc in view.documents.items():
            row = style.row_of(doc)
            if doc_id == view.root.id or row < lowest_row:
                continue
            level = style.level_of(doc)
            level_key = level.value if level else "unknown"
            if key == "level":
                place = "all provinces" if row else "centre"
            else:
                place = _province_key(doc) if row else "centre"
                level_key = "all levels" if key == "province" and row else level_key
            node_of[doc_id] = f"group:{place}:{level_key}"
        if len(set(node_of.values())) <= node_limit:
            break
    group_sizes: dict[str, int] = defaultdict(int)
    for doc_id, node in node_of.items():
        if node != doc_id:
            group_sizes[node] += 1
    note = (
        f"{len(view.documents)} documents are more than the {node_limit}-node limit: {described} "
        f"into {len(group_sizes)} groups holding {sum(group_sizes.values())} documents; "
        "a group's label and tooltip give its count."
    )
    return node_of, [note]


# --- the network ---------------------------------------------------------------------------


def layout_options() -> dict:
    """vis-network options: positions come with the nodes (viz/layout.py), no physics, hover
    tooltips. vis's own hierarchical layout stays off: it takes seconds on a few hundred nodes."""
    return {
        "layout": {"hierarchical": {"enabled": False}, "improvedLayout": False},
        "physics": {"enabled": False},
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": True},
        "nodes": {
            "shape": "dot",
            # A light box behind labels keeps them legible where edges cross them.
            "font": {"size": 15, "face": "sans-serif", "background": "rgba(255,255,255,0.85)"},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "smooth": {"enabled": True, "type": "cubicBezier", "forceDirection": "vertical"},
        },
    }


def _place(net: LineageNetwork) -> None:
    """Give every node its x/y: rows by level, a tidy tree within them."""
    rows = {node["id"]: node["level"] for node in net.nodes}
    links = [(edge["from"], edge["to"]) for edge in net.edges]
    positions = layout.tree_positions(rows, links, net.view.root.id)
    for node in net.nodes:
        node["x"], node["y"] = positions[node["id"]]


def lineage_network(
    source: Subgraph | LineageView | Any,
    *,
    node_limit: int = DEFAULT_NODE_LIMIT,
    link: Linker | None = None,
) -> LineageNetwork:
    """Build the pyvis network of a neighbourhood (`Subgraph`) or a fan-out (`FanOut`).

    `link(doc_id)` gives the page a click on a document opens (None: clicking only selects).
    """
    view = as_view(source)
    net = LineageNetwork(view)
    net.options = layout_options()
    node_of, net.notes = group_members(view, node_limit)
    net.collapsed = bool(net.notes)
    counts = descendant_counts(view)
    evidence = evidence_sentences(view)

    members: dict[str, list[Document]] = defaultdict(list)
    for doc_id, node in node_of.items():
        if node == doc_id:
            _add_document(net, view, view.documents[doc_id], counts, evidence, link)
        else:
            members[node].append(view.documents[doc_id])
    for group_id, docs in sorted(members.items()):
        _add_group(net, group_id, docs)
    _add_edges(net, view, node_of)
    _place(net)
    return net


def _add_document(net, view, doc, counts, evidence, link) -> None:
    level = style.level_of(doc)
    colour = style.colour_of(level)
    is_root = doc.id == view.root.id
    extra = {"href": link(doc.id)} if link else {}
    net.add_node(
        doc.id,
        label=style.node_label(doc),
        title=style.tooltip_html(doc, view.lag.get(doc.id), evidence.get(doc.id)),
        color={"background": colour, "border": "#1b2631" if is_root else colour},
        borderWidth=4 if is_root else 1,
        size=style.node_size(counts.get(doc.id, 0)),
        level=style.row_of(doc),
        shape="star" if is_root else "dot",
        **extra,
    )


def _add_group(net: LineageNetwork, group_id: str, docs: list[Document]) -> None:
    _, place, level_key = group_id.split(":", 2)
    level = Level(level_key) if level_key in Level._value2member_map_ else None
    row = min(style.row_of(d) for d in docs)
    if level_key == "all levels":  # a whole province: drawn on the provinces' row, in their colour
        level = Level.PROVINCIAL
    title = f"{place}: {len(docs)} documents, {level_key}"
    net.add_node(
        group_id,
        label=f"{place}\n{len(docs)} × {level_key}",
        title=style.group_tooltip_html(title, sorted(d.label for d in docs), len(docs)),
        color={"background": "#ffffff", "border": style.colour_of(level)},
        borderWidth=3,
        shape="box",
        level=row,
        group_size=len(docs),
    )


def _add_edges(net: LineageNetwork, view: LineageView, node_of: dict[str, str]) -> None:
    """One vis edge per (from node, to node, relation); grouped edges carry their count."""
    bundles: dict[tuple[str, str, Relation], list[LineageEdge]] = defaultdict(list)
    for edge in view.edges:
        source, target = node_of.get(edge.source), node_of.get(edge.target)
        if source is None or target is None or source == target:
            continue
        bundles[(source, target, edge.relation)].append(edge)
    for (source, target, relation), edges in bundles.items():
        options = dict(style.RELATION_STYLE[relation])
        options["relation"] = relation.value
        if len(edges) > 1:
            options["width"] = options["width"] + min(6, len(edges) // 5)
            options["label"] = str(len(edges))
            options["title"] = f"{len(edges)} × {relation.value.lower()}"
        elif edges[0].evidence:
            options["title"] = style.edge_tooltip_html(relation, edges[0].evidence[0].sentence)
        net.add_edge(source, target, **options)
