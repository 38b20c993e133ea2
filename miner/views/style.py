"""What a view looks like wherever it is drawn: colours by kind, node sizes, a deterministic layout.

Pictures, the interactive page and GEXF (``viz`` attributes Gephi reads) use the
same colours and the same positions, so a node is found in the same place in
all three.
"""

from __future__ import annotations

import hashlib
import math
from typing import Any

import networkx as nx

__all__ = ["color_of", "layout", "node_sizes", "size_basis"]

#: Colour per node kind (colour-blind-safe hues from the Okabe–Ito and Tableau palettes).
KIND_COLORS: dict[str, str] = {
    "document": "#0072B2",
    "article": "#E69F00",
    "municipality": "#009E73",
    "region": "#56B4E9",
    "county": "#009E73",
    "kommungrupp": "#009E73",
    "goal": "#CC79A7",
    "actor": "#D55E00",
    "actor-name": "#D55E00",
    "actor-kind": "#D55E00",
    "literal": "#999999",
}
_EXTRA = ["#4E79A7", "#F28E2B", "#59A14F", "#B07AA1", "#76B7B2", "#EDC948", "#FF9DA7", "#9C755F", "#BAB0AC", "#E15759"]


def color_of(kind: str | None) -> str:
    """The colour of a kind; unknown kinds (classes of a SPARQL view) get a stable colour of their own."""
    if not kind:
        return "#999999"
    if kind in KIND_COLORS:
        return KIND_COLORS[kind]
    return _EXTRA[int(hashlib.sha1(kind.encode()).hexdigest(), 16) % len(_EXTRA)]


def rgb(color: str) -> tuple[int, int, int]:
    c = color.lstrip("#")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)


def strength(g: nx.Graph) -> dict[Any, float]:
    """Weighted degree (sum of edge weights; 1 for an edge without weight)."""
    out: dict[Any, float] = dict.fromkeys(g, 0.0)
    for u, v, d in g.edges(data=True):
        w = d.get("weight", 1)
        w = float(w) if isinstance(w, int | float) and not isinstance(w, bool) else 1.0
        out[u] += w
        out[v] += w
    return out


#: Node attributes that say how big a node is when it has no edges to say it (actors merged by name or kind).
SIZE_ATTRIBUTES = ("goals", "documents", "actors")


def size_basis(g: nx.Graph) -> str:
    """What node sizes show: ``degree``, or a count attribute when no node has an edge."""
    if g.number_of_edges():
        return "degree"
    for name in SIZE_ATTRIBUTES:
        if any(isinstance(d.get(name), int) and d.get(name) for _, d in g.nodes(data=True)):
            return name
    return "degree"


def node_sizes(g: nx.Graph, smallest: float = 1.0, largest: float = 6.0) -> dict[Any, float]:
    """A size per node from its degree, or from :func:`size_basis`'s count (square-root scaled, so hubs
    do not swallow the picture)."""
    basis = size_basis(g)
    if basis == "degree":
        value = dict(g.degree())
    else:
        value = {n: d.get(basis) if isinstance(d.get(basis), int) else 0 for n, d in g.nodes(data=True)}
    top = max(value.values(), default=0)
    if not top:
        return {n: (smallest + largest) / 3 for n in g}
    return {n: smallest + (largest - smallest) * math.sqrt(value[n] / top) for n in g}


#: A two-kind graph with at most this many nodes on its larger side is drawn as two columns.
MAX_COLUMN = 70


def bipartite_sides(g: nx.Graph) -> tuple[list[Any], list[Any]] | None:
    """The two sides of a view that joins articles to one other kind only (documents, municipalities...)."""
    kinds = {d.get("kind") for _, d in g.nodes(data=True)}
    if len(kinds) != 2 or "article" not in kinds:
        return None
    right = [n for n, d in g.nodes(data=True) if d.get("kind") == "article"]
    left = [n for n, d in g.nodes(data=True) if d.get("kind") != "article"]
    if any(g.nodes[u].get("kind") == g.nodes[v].get("kind") for u, v in g.edges()):
        return None
    return left, right


def _columns(g: nx.Graph, left: list[Any], right: list[Any]) -> dict[Any, tuple[float, float]]:
    """Two columns ordered by the barycentre heuristic (a few sweeps), so that edges cross less."""
    order = {n: i for i, n in enumerate(sorted(left, key=lambda n: str(g.nodes[n].get("label", n))))}
    order.update({n: i for i, n in enumerate(sorted(right, key=lambda n: (g.nodes[n].get("number", 0), str(n))))})
    for _ in range(8):
        for side, other in ((right, left), (left, right)):
            def bary(n: Any, other_side: list[Any] = other) -> tuple[float, int]:
                nbrs = [order[m] for m in g.neighbors(n)]
                return (sum(nbrs) / len(nbrs) if nbrs else len(other_side) / 2, order[n])
            for i, n in enumerate(sorted(side, key=bary)):
                order[n] = i
    pos = {}
    for side, x in ((left, -1.0), (right, 1.0)):
        count = len(side)
        for n in side:
            pos[n] = (x, 1.0 - 2.0 * (order[n] + 0.5) / count if count else 0.0)
    return pos


def layout(g: nx.Graph, seed: int = 7) -> dict[Any, tuple[float, float]]:
    """Positions in [-1, 1]²: two columns for a small article view, else spring layouts per component.

    A view of documents (or municipalities) and articles reads best as two
    columns with every label beside its node. Otherwise: one spring layout over
    a graph of many small components pushes them to the rim and crushes the big
    one; laying each out on its own and packing them by size keeps every part
    readable. Deterministic for a given graph.
    """
    if len(g) == 0:
        return {}
    sides = bipartite_sides(g)
    if sides is not None and max(len(sides[0]), len(sides[1])) <= MAX_COLUMN:
        return _columns(g, *sides)
    comps = sorted((sorted(c, key=str) for c in nx.connected_components(g.to_undirected(as_view=True))),
                   key=lambda c: (-len(c), str(c[0])))
    pos: dict[Any, tuple[float, float]] = {}
    boxes: list[tuple[list[Any], dict[Any, tuple[float, float]], float]] = []
    for comp in comps:
        sub = g.subgraph(comp)
        if len(comp) == 1:
            local = {comp[0]: (0.0, 0.0)}
        elif len(comp) == 2:
            local = {comp[0]: (0.0, 0.5), comp[1]: (0.0, -0.5)}
        else:
            k = 1.6 / math.sqrt(len(comp))
            raw = nx.spring_layout(sub, k=k, iterations=120 if len(comp) < 400 else 60, seed=seed, weight=None)
            local = {n: (float(x), float(y)) for n, (x, y) in raw.items()}
        # side of the square a component gets: grows with the square root of its size
        boxes.append((comp, local, math.sqrt(len(comp))))
    # shelf packing: big components first, rows of roughly equal total width
    row_width = max(boxes[0][2], math.sqrt(sum(b[2] ** 2 for b in boxes)) * 1.1)
    x = y = row_h = 0.0
    for _comp, local, side in boxes:
        if x > 0 and x + side > row_width:
            x, y = 0.0, y + row_h
            row_h = 0.0
        xs = [p[0] for p in local.values()]
        ys = [p[1] for p in local.values()]
        w = (max(xs) - min(xs)) or 1.0
        h = (max(ys) - min(ys)) or 1.0
        scale = 0.62 * side / max(w, h)
        cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        for n, (px, py) in local.items():
            pos[n] = (x + side / 2 + (px - cx) * scale, -(y + side / 2) - (py - cy) * scale)
        x += side
        row_h = max(row_h, side)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    mx, my = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {n: (2 * (px - mx) / span, 2 * (py - my) / span) for n, (px, py) in pos.items()}
