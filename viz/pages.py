"""Whole interactive pages: a pyvis network (viz/network.py) inside a page that works offline.

pyvis's own template pulls bootstrap from a CDN and writes node data straight into JavaScript, so
pages use the template below instead: vis-network's files inlined from the pyvis package, the
network's nodes, edges and options as script-safe JSON in a non-executed
<script type="application/json">, and a Content-Security-Policy (meta tag, and a header where the
page is served) that lets only this page's own scripts run, by nonce.

Tooltips are HTML escaped on the server (viz/style.py); the page parses them inertly through a
<template> element and hands vis-network DOM elements, so only the <b>/<br> markup written by us
is live. Clicking a document follows its `href` when the network has links (served pages link to
/viz/documents/{id}; files written by `lineage viz` link nowhere, as they have no sibling pages).
"""

from __future__ import annotations

import secrets
from typing import Any

from jinja2 import Environment

from lineage.graph.model import Level, Relation, RelationFilter
from lineage.graph import lineage as queries
from lineage.graph.store import GraphStore
from lineage.viz import assets, style
from lineage.viz.network import (
    DEFAULT_NODE_LIMIT,
    LineageNetwork,
    Linker,
    lineage_network,
    merge_subgraphs,
    view_from_fanout,
)


def content_security_policy(nonce: str) -> str:
    """Only scripts and styles carrying this page's nonce; images only from data: URIs (the
    navigation buttons' icons); nothing fetched, no forms, no <base>."""
    return (
        f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def new_nonce() -> str:
    return secrets.token_urlsafe(18)


_PAGE_CSS = """
html, body { margin: 0; height: 100%; font-family: system-ui, sans-serif; color: #1b2631; }
header { padding: 8px 16px; border-bottom: 1px solid #d5d8dc; }
h1 { font-size: 20px; margin: 4px 0; }
.subtitle { margin: 2px 0; color: #566573; }
.note { margin: 4px 0; padding: 4px 8px; background: #fef9e7; border-left: 4px solid #d68910; }
#lineage-layout { display: flex; height: calc(100% - 110px); min-height: 420px; }
#lineage-network { flex: 1; position: relative; }
#lineage-legend { width: 270px; padding: 8px 12px; border-left: 1px solid #d5d8dc;
  overflow-y: auto; font-size: 13px; }
#lineage-legend h2 { font-size: 15px; margin: 4px 0; }
#lineage-legend h3 { font-size: 13px; margin: 10px 0 4px; }
#lineage-legend ul { list-style: none; padding: 0; margin: 0; }
#lineage-legend li { margin: 3px 0; display: flex; align-items: center; gap: 6px; }
.swatch { display: inline-block; width: 14px; height: 14px; border-radius: 7px; flex: none; }
.lineage-tip { white-space: normal; max-width: 420px; font-size: 13px; line-height: 1.35; }
div.vis-tooltip { white-space: normal; font-family: system-ui, sans-serif; }
"""

_PAGE_JS = """
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("lineage-data").textContent);
  // Tooltip markup is escaped by the server; a <template> parses it without running anything,
  // and vis-network shows an Element as it is instead of as text.
  function tip(markup) {
    var parser = document.createElement("template");
    parser.innerHTML = markup;
    var box = document.createElement("div");
    box.className = "lineage-tip";
    box.appendChild(parser.content);
    return box;
  }
  [data.nodes, data.edges].forEach(function (items) {
    items.forEach(function (item) {
      if (typeof item.title === "string") { item.title = tip(item.title); }
    });
  });
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("lineage-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  network.once("afterDrawing", function () {
    window.lineageDrawnAt = performance.now();
    document.body.setAttribute("data-drawn", "yes");
  });
  network.on("click", function (params) {
    if (params.nodes.length !== 1) { return; }
    var node = nodes.get(params.nodes[0]);
    if (node && typeof node.href === "string" && node.href.charAt(0) === "/") {
      window.location.assign(node.href);
    }
  });
  window.lineageNetwork = network;
})();
"""

_TEMPLATE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{{ csp }}">
<link rel="icon" href="data:,">
<title>{{ title }}</title>
<style nonce="{{ nonce }}">{{ vis_css | safe }}</style>
<style nonce="{{ nonce }}">{{ page_css | safe }}
{% for key, colour in swatches %}.sw-{{ key }} { background: {{ colour }}; }
{% endfor %}</style>
</head>
<body>
<header>
<h1>{{ title }}</h1>
<p class="subtitle">{{ subtitle }}</p>
{% for note in notes %}<p class="note">{{ note }}</p>
{% endfor %}</header>
<div id="lineage-layout">
<div id="lineage-network"></div>
<aside id="lineage-legend">
<h2>Legend</h2>
<h3>Colour: level of the issuing body</h3>
<ul>{% for key, colour, name in levels %}
<li><span class="swatch sw-{{ key }}"></span>{{ name }}</li>{% endfor %}
</ul>
<h3>Line: relation (arrow points at the older document)</h3>
<ul>{% for dashes, colour, name in relations %}
<li><svg width="44" height="10" aria-hidden="true"><line x1="0" y1="5" x2="44" y2="5" stroke="{{ colour }}" stroke-width="2"{% if dashes %} stroke-dasharray="6 4"{% endif %}/></svg>{{ name }}</li>{% endfor %}
</ul>
<h3>Shape and size</h3>
<ul>
<li>★ the document this page is about</li>
<li>● size grows with the number of documents carrying it out</li>
<li>▭ a group of collapsed documents, with its count</li>
</ul>
<h3>Rows</h3>
<p>Top to bottom: centre, provinces, departments and districts, communes.</p>
<h3>Clicking</h3>
<p>{{ click_help }}</p>
{% if no_response %}<h3>No response found ({{ no_response | length }})</h3>
<p>{{ no_response | join(", ") }}</p>{% endif %}
</aside>
</div>
<script type="application/json" id="lineage-data">{{ data_json | safe }}</script>
<script nonce="{{ nonce }}">{{ vis_js | safe }}</script>
<script nonce="{{ nonce }}">{{ page_js | safe }}</script>
</body>
</html>
"""

_ENV = Environment(autoescape=True, keep_trailing_newline=True)
_PAGE = _ENV.from_string(_TEMPLATE)


def page_html(net: LineageNetwork, *, nonce: str | None = None) -> str:
    """The complete offline page of a network built by `lineage_network`."""
    nonce = nonce or new_nonce()
    view = net.view
    nodes, edges, _, _, _, _ = net.get_network_data()
    data = {"nodes": nodes, "edges": edges, "options": net.options}
    root = view.root
    if view.kind == "fanout":
        title = f"Fan-out of {root.label}"
        responded = len(view.documents) - 1
        subtitle = f"{responded} documents carry it out"
    else:
        title = f"Lineage of {root.label}"
        subtitle = f"{len(view.documents)} documents, {len(view.edges)} links"
    issued = ", ".join(p for p in (root.body_name or root.issuer, root.date) if p)
    if issued:
        subtitle = f"{issued} · {subtitle}"
    linked = any("href" in node for node in nodes)
    levels = [(lvl.value, style.LEVEL_COLOUR[lvl], style.LEVEL_NAME[lvl]) for lvl in Level]
    levels.append(("unknown", style.UNKNOWN_LEVEL_COLOUR, "level unknown"))
    return _PAGE.render(
        csp=content_security_policy(nonce),
        nonce=nonce,
        title=title,
        subtitle=subtitle,
        notes=net.notes,
        swatches=[(key, colour) for key, colour, _ in levels],
        levels=levels,
        relations=[
            (bool(style.RELATION_STYLE[r]["dashes"]), style.RELATION_STYLE[r]["color"]["color"],
             style.RELATION_NAME[r])
            for r in Relation
        ],
        click_help=(
            "Click a document to open its own page." if linked
            else "Click a document to select it and its links; hover for details."
        ),
        no_response=view.no_response,
        vis_css=assets.vis_network_css(),
        page_css=_PAGE_CSS,
        vis_js=assets.vis_network_js(),
        page_js=_PAGE_JS,
        data_json=assets.script_safe_json(data),
    )


def neighbourhood_network(
    store: GraphStore, doc_id: str, depth: int = 2,
    relation: RelationFilter = RelationFilter.ALL, *, link: Linker | None = None,
    node_limit: int = DEFAULT_NODE_LIMIT,
) -> LineageNetwork:
    """Ancestors and descendants of `doc_id` to `depth` hops, as a network."""
    up = queries.ancestors(store, doc_id, depth, relation)
    down = queries.descendants(store, doc_id, depth, relation)
    return lineage_network(merge_subgraphs(up, down), link=link, node_limit=node_limit)


def fanout_network(
    store: GraphStore, doc_id: str, depth: int = 3,
    relation: RelationFilter = RelationFilter.ALL, *, link: Linker | None = None,
    node_limit: int = DEFAULT_NODE_LIMIT,
) -> LineageNetwork:
    """The fan-out of a directive (root, provincial responses, their own followers) as a network."""
    fanout: Any = queries.fanout(store, doc_id, depth, relation)
    edges = getattr(fanout, "edges", None)
    if not edges:  # the fan-out lists documents; the edges between them come from descendants
        edges = queries.descendants(store, doc_id, depth, relation).edges
    return lineage_network(view_from_fanout(fanout, edges), link=link, node_limit=node_limit)


def render_neighbourhood(
    store: GraphStore, doc_id: str, depth: int = 2,
    relation: RelationFilter = RelationFilter.ALL, *, link: Linker | None = None,
    node_limit: int = DEFAULT_NODE_LIMIT, nonce: str | None = None,
) -> str:
    """The neighbourhood page of one document (HTML). Raises `graph.store.DocumentNotFound`."""
    net = neighbourhood_network(store, doc_id, depth, relation, link=link, node_limit=node_limit)
    return page_html(net, nonce=nonce)


def render_fanout(
    store: GraphStore, doc_id: str, depth: int = 3,
    relation: RelationFilter = RelationFilter.ALL, *, link: Linker | None = None,
    node_limit: int = DEFAULT_NODE_LIMIT, nonce: str | None = None,
) -> str:
    """The fan-out page of a central directive (HTML). Raises `graph.store.DocumentNotFound`."""
    net = fanout_network(store, doc_id, depth, relation, link=link, node_limit=node_limit)
    return page_html(net, nonce=nonce)
