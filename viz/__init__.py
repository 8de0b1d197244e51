"""Interactive lineage pages drawn with pyvis (vis-network), working offline.

    from lineage.viz.pages import render_neighbourhood, render_fanout  # store + id -> HTML
    from lineage.viz.network import lineage_network                    # Subgraph/FanOut -> Network
    from lineage.viz.routes import router                              # GET /viz/documents/{id}[/fanout]

Modules: network.py (the pure network step and grouping), layout.py (positions), style.py
(colours, labels, escaped tooltips), assets.py (inlined vis-network, script-safe JSON), pages.py
(the page and its CSP), routes.py (served pages), sample.py (made-up lineages for tests/benchmarks).
"""
