"""Positions for the drawn nodes, computed here so the browser only draws.

vis-network's own hierarchical layout takes seconds on a few hundred nodes (measured in
benchmarks/bench_viz.py), so pages carry x/y positions instead: the row (y) comes from the
issuing body's level, and x from a tidy tree drawing — each node hangs under one parent (the
first document it carries out or cites on a higher row), leaves take consecutive slots, and a
parent sits above the middle of its children. Subtrees take disjoint slot ranges, so two nodes of
one row never overlap. Documents with no higher neighbour start their own tree.
"""

from __future__ import annotations

from collections import defaultdict

ROW_HEIGHT = 170
SLOT_WIDTH = 150


def tree_positions(rows: dict[str, int], links: list[tuple[str, str]], first: str) -> dict[str, tuple[int, int]]:
    """x/y per node. `rows`: node -> row; `links`: (newer, older) pairs; `first`: the page's root,
    whose tree is laid out first (leftmost)."""
    parent: dict[str, str] = {}
    for newer, older in sorted(links):
        if newer not in parent and rows[older] < rows[newer]:
            parent[newer] = older
    children: dict[str, list[str]] = defaultdict(list)
    for child, up in sorted(parent.items()):
        children[up].append(child)
    tops = sorted((n for n in rows if n not in parent), key=lambda n: (n != _top_of(first, parent), rows[n], n))

    x: dict[str, float] = {}
    next_slot = 0
    for top in tops:
        # Iterative post-order: a deep chain must not hit Python's recursion limit.
        stack = [(top, False)]
        while stack:
            node, expanded = stack.pop()
            kids = children.get(node, [])
            if not kids:
                x[node] = next_slot
                next_slot += 1
            elif expanded:
                x[node] = (x[kids[0]] + x[kids[-1]]) / 2
            else:
                stack.append((node, True))
                stack.extend((kid, False) for kid in reversed(kids))
    middle = (next_slot - 1) / 2
    return {n: (round((x[n] - middle) * SLOT_WIDTH), rows[n] * ROW_HEIGHT) for n in rows}


def _top_of(node: str, parent: dict[str, str]) -> str:
    while node in parent:
        node = parent[node]
    return node
