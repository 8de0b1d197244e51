"""The embedded store's traversals: an in-memory networkx mirror of the SQLite edge table.

The mirror is built on the first read that needs it, not on open and never on write, so ingest
stays cheap. Because edges are only ever inserted, their rowids come in commit order: before each
traversal the mirror reads the edge rows after the last one it has seen, which picks up writes
made through this object and by other processes alike, at the cost of one indexed query.

Edges point from the newer document to the older one; an edge attribute `rel` is a bit mask of
the relations that connect the pair, so IMPLEMENTS and CITES between the same two documents share
one networkx edge.

Answers of `reach` (ids, hop counts and edge keys of an ancestors/descendants query) are kept in a
small LRU cache, because a client walking the pages of a large answer asks for the same traversal
again and again. An answer depends on the edges only, and edges are only ever added, so the cache
is emptied whenever `sync` finds a new edge row: a cached answer is never older than the last
committed write (documents and evidence are not cached; callers read them per page).

Threads share one mirror: `sync` and every traversal run under `lock`, since networkx's dicts must
not change while another thread walks them. A warm traversal takes milliseconds, so the lock is
held briefly; the slow part of a request (reading documents from SQLite) runs outside it.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Iterator
from itertools import product

import networkx as nx

from lineage.graph.model import Relation, RelationFilter
from lineage.graph.store import Reach

# Bounds of the reach cache: answers, and ids plus edge keys held over all of them (a depth-3
# answer over a telegram tree is about 8 000 of those, so this keeps the last few hundred such
# answers in some tens of MB).
CACHE_ANSWERS = 256
CACHE_ITEMS = 2_000_000

RELATION_BITS = {Relation.IMPLEMENTS: 1, Relation.CITES: 2}
_RELATIONS_IN_ORDER = (Relation.CITES, Relation.IMPLEMENTS)  # by value, as results are sorted


def mask_of(relation: RelationFilter) -> int:
    mask = 0
    for rel in relation.relations():
        mask |= RELATION_BITS[rel]
    return mask


def relations_in(mask: int) -> list[Relation]:
    return [rel for rel in _RELATIONS_IN_ORDER if RELATION_BITS[rel] & mask]


class EdgeMirror:
    """The edge table as a `networkx.DiGraph`, kept current by `sync()`."""

    def __init__(self) -> None:
        self.graph = nx.DiGraph()
        self.lock = threading.RLock()
        self._last_edge_id = 0
        self._cache: OrderedDict[tuple, Reach] = OrderedDict()
        self._cached_items = 0

    def sync(self, conn: sqlite3.Connection) -> None:
        """Add the edges committed since the last sync (all of them the first time)."""
        with self.lock:
            rows = conn.execute(
                "SELECT id, source, target, relation FROM edges WHERE id > ? ORDER BY id",
                (self._last_edge_id,),
            ).fetchall()
            if not rows:
                return
            self._cache.clear()  # every cached answer may have grown
            self._cached_items = 0
            succ = self.graph._succ
            for edge_id, source, target, relation in rows:
                bit = RELATION_BITS[Relation(relation)]
                if source in succ and target in succ[source]:
                    succ[source][target]["rel"] |= bit
                else:
                    self.graph.add_edge(source, target, rel=bit)
                self._last_edge_id = edge_id

    def reach(self, root: str, depth: int, mask: int, *, forward: bool) -> Reach:
        """`reachable` and `edges_among` as one `Reach`, cached until the next new edge.
        Call `sync` first."""
        key = (root, depth, mask, forward)
        with self.lock:
            found = self._cache.get(key)
            if found is not None:
                self._cache.move_to_end(key)
                return found
            dist = self.reachable(root, depth, mask, forward=forward)
            found = Reach(root=root, depth=dist, edges=self.edges_among(dist, mask))
            self._remember(key, found)
            return found

    def _remember(self, key: tuple, answer: Reach) -> None:
        size = len(answer.depth) + len(answer.edges)
        if size > CACHE_ITEMS // 4:
            return  # one huge answer would push out everything else
        self._cache[key] = answer
        self._cached_items += size
        while len(self._cache) > CACHE_ANSWERS or self._cached_items > CACHE_ITEMS:
            _, old = self._cache.popitem(last=False)
            self._cached_items -= len(old.depth) + len(old.edges)

    def reachable(self, root: str, depth: int, mask: int, *, forward: bool) -> dict[str, int]:
        """Shortest hop counts from `root` (included at 0), at most `depth` hops, following
        edges forwards (ancestors) or backwards (descendants) whose relation is in `mask`."""
        # The raw dict-of-dicts behind the views: the views cost a wrapper object per lookup,
        # which triples the time of a traversal over thousands of documents.
        adjacency = self.graph._succ if forward else self.graph._pred
        dist = {root: 0}
        frontier = [root]
        for hops in range(1, depth + 1):
            next_frontier = []
            for node in frontier:
                for neighbour, attrs in adjacency.get(node, {}).items():
                    if attrs["rel"] & mask and neighbour not in dist:
                        dist[neighbour] = hops
                        next_frontier.append(neighbour)
            if not next_frontier:
                break
            frontier = next_frontier
        return dist

    def edges_among(self, nodes: dict[str, int] | set[str], mask: int) -> list[tuple[str, str, Relation]]:
        """Every (source, target, relation) in `mask` with both ends in `nodes`, sorted."""
        found = []
        succ = self.graph._succ
        for source in nodes:
            for target, attrs in succ.get(source, {}).items():
                if target in nodes:
                    found.extend((source, target, rel) for rel in relations_in(attrs["rel"] & mask))
        found.sort(key=lambda e: (e[0], e[1], e[2].value))
        return found

    def simple_paths(
        self, from_id: str, to_id: str, max_depth: int, mask: int
    ) -> Iterator[list[tuple[str, str, Relation]]]:
        """Every simple path from `from_id` to `to_id` of at most `max_depth` edges, one per
        choice of relation on each hop, in no particular order."""
        if from_id == to_id or max_depth < 1:
            return
        ahead = self.reachable(from_id, max_depth, mask, forward=True)
        if to_id not in ahead:
            return
        behind = self.reachable(to_id, max_depth, mask, forward=False)
        # Only documents on some short enough route can lie on a path: search that region only.
        region = {n for n, d in ahead.items() if n in behind and d + behind[n] <= max_depth}
        view = nx.DiGraph()
        view.add_edges_from(
            (s, t, {"rel": a["rel"] & mask})
            for s in region
            for t, a in self.graph.succ[s].items()
            if t in region and a["rel"] & mask
        )
        for nodes in nx.all_simple_paths(view, from_id, to_id, cutoff=max_depth):
            hops = list(zip(nodes, nodes[1:]))
            choices = [relations_in(view.succ[s][t]["rel"]) for s, t in hops]
            for rels in product(*choices):
                yield [(s, t, rel) for (s, t), rel in zip(hops, rels)]
