"""The self-contained interactive page: Cytoscape.js and the view's graph inlined in one HTML file.

The page works offline and fetches nothing: the library (vendored in
``static/``, MIT licence header kept), the viewer, the styles and the data are
all inside the file; there is no ``src=``/``href=`` to anywhere. IRIs appear
only as text in the data. The layout is the one the pictures use (preset
positions), so the page opens looking like the report's figure; "Ny layout"
runs Cytoscape's force layout in the browser.
"""

from __future__ import annotations

import functools
import html
import json
from importlib import resources
from string import Template
from typing import Any

import networkx as nx

from .style import MAX_COLUMN, bipartite_sides, color_of, layout, node_sizes, strength
from .writers import cyjs_data

__all__ = ["page"]

#: Nodes labelled at every zoom level (the rest get their label when zoomed in, selected or found),
#: and the few of them labelled in bold.
HUBS = 30
TOP = 8


@functools.cache
def _static(name: str) -> str:
    return resources.files(__package__).joinpath("static", name).read_text(encoding="utf-8")


def _script_json(obj: Any) -> str:
    """JSON safe inside ``<script type="application/json">``: no ``</script>`` or ``<!--`` can end it early."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def page_data(g: nx.Graph) -> dict[str, Any]:
    """The Cytoscape.js elements with what the viewer draws: colour, size, edge width, hubs, display label."""
    pos = layout(g)
    sides = bipartite_sides(g)
    columns = sides is not None and max(len(sides[0]), len(sides[1])) <= MAX_COLUMN
    # room for the largest node (56 px) between neighbours: rows of a column, or the spread of a network
    scale = max(500.0, 36.0 * max(len(sides[0]), len(sides[1]))) if columns and sides else \
        max(500.0, 90.0 * len(g) ** 0.5)
    data = cyjs_data(g, pos, scale=scale)
    sizes = node_sizes(g, 10.0, 56.0)
    strong = strength(g)
    ranked = sorted(g, key=lambda n: (-strong[n], -g.degree(n), str(n)))
    hubs, top = set(ranked[:HUBS]), set(ranked[:TOP])
    ids = {str(n): n for n in g}
    for item in data["elements"]["nodes"]:
        d = item["data"]
        n = ids[d["id"]]
        d["color"] = color_of(d.get("kind"))
        d["size"] = round(sizes[n], 1)
        d["fontsize"] = 26 if columns else 10  # rows of a column are 72 px apart: labels as tall as a third
        d["display"] = d.get("label", d["id"])
        classes = ["top" if n in top else "hub" if n in hubs or len(g) <= 60 else ""]
        if columns:  # labels beside the columns, away from the edges
            classes.append("left" if pos[n][0] < 0 else "right")
        if any(classes):
            item["classes"] = " ".join(c for c in classes if c)
    weights = [e["data"].get("weight", 1) for e in data["elements"]["edges"]]
    top = max((w for w in weights if isinstance(w, int | float)), default=1) or 1
    for e, w in zip(data["elements"]["edges"], weights, strict=True):
        w = w if isinstance(w, int | float) and not isinstance(w, bool) else 1
        e["data"]["width"] = round(0.8 + 5.0 * (w / top) ** 0.5, 2)
    return data


def page(g: nx.Graph) -> str:
    """The whole page as one string."""
    title = g.graph.get("title") or "Graf"
    note = g.graph.get("note") or ""
    return Template(_static("page.html")).substitute(
        title=html.escape(title), note=html.escape(note),
        description=html.escape(f"{title}. {len(g)} noder, {g.number_of_edges()} kanter."),
        css=_static("viewer.css"), data=_script_json(page_data(g)),
        cytoscape=_static("cytoscape.min.js"), viewer=_static("viewer.js"),
    )
