"""Writers: a view's networkx graph as GraphML, GEXF, Cytoscape.js JSON, CSV, or its RDF as Turtle/JSON-LD.

Attributes are typed for the tools that read the files: ints stay ints and
floats floats (GraphML ``long``/``double``, GEXF ``long``/``double``), booleans
are ``true``/``false``, an attribute whose values mix types across nodes is
written as text (Gephi and Cytoscape refuse a column of mixed types). Labels
are Swedish (``label``; ``label_en`` beside it). GEXF carries colour, size and
position (``viz``) so that Gephi opens the view looking like the pictures.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

import networkx as nx
import pyoxigraph as ox
from networkx.readwrite.graphml import GraphMLWriter

from ..graph import vocab
from .style import color_of, layout, node_sizes, rgb

__all__ = [
    "edges_path", "typed_copy", "write_csv", "write_cyjs", "write_gexf", "write_graphml", "write_matrix", "write_rdf",
]

_SCALARS = (bool, int, float, str)
#: Node attributes first in tables, in this order; the rest follow alphabetically.
_FIRST = ("label", "kind", "kind_label", "iri", "label_en")


def _type_name(v: Any) -> str:
    return "bool" if isinstance(v, bool) else "num" if isinstance(v, int | float) else "str"


def _unify(items: Iterable[dict[str, Any]]) -> dict[str, type]:
    """The one Python type per attribute: int, float (ints mixed with floats), bool, or str (anything mixed)."""
    seen: dict[str, set[type]] = {}
    for data in items:
        for k, v in data.items():
            if v is None:
                continue
            seen.setdefault(k, set()).add(bool if isinstance(v, bool) else type(v) if isinstance(v, _SCALARS) else str)
    out: dict[str, type] = {}
    for k, types in seen.items():
        if types <= {int}:
            out[k] = int
        elif types <= {int, float}:
            out[k] = float
        elif types == {bool}:
            out[k] = bool
        else:
            out[k] = str
    return out


def _cast(v: Any, t: type) -> Any:
    if t is str:
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, float) and v.is_integer():
            return str(int(v))
        return str(v) if isinstance(v, _SCALARS) else json.dumps(v, ensure_ascii=False)
    return t(v)


#: Attribute names the formats use for themselves (GEXF and Cytoscape.js read a node's "id", an edge's ends).
_NODE_RESERVED = ("id", "viz")
_EDGE_RESERVED = ("id", "source", "target", "key")


def _safe(name: str, reserved: tuple[str, ...]) -> str:
    """An attribute name that cannot be taken for the element's own id or ends (a SPARQL ``?source``...)."""
    return f"{name}_value" if name in reserved else name


def typed_copy(g: nx.Graph, *, keep: tuple[str, ...] = ()) -> nx.Graph:
    """A copy whose node, edge and graph attributes have one scalar type each (None dropped, lists joined)."""
    h = g.__class__()
    ntypes = _unify(d for _, d in g.nodes(data=True))
    etypes = _unify(d for *_e, d in g.edges(data=True))
    for n, d in g.nodes(data=True):
        h.add_node(str(n), **{_safe(k, _NODE_RESERVED): _cast(v, ntypes[k]) for k, v in d.items()
                              if v is not None and k in ntypes},
                   **{k: d[k] for k in keep if k in d})
    for u, v, d in g.edges(data=True):
        h.add_edge(str(u), str(v), **{_safe(k, _EDGE_RESERVED): _cast(x, etypes[k]) for k, x in d.items()
                                      if x is not None and k in etypes})
    for k, v in g.graph.items():
        if v is None or v == "" or v == []:
            continue
        h.graph[k] = "; ".join(map(str, v)) if isinstance(v, list | tuple) else v if isinstance(v, _SCALARS) else str(v)
    return h


# ----------------------------------------------------------------- graph files


class _Writer(GraphMLWriter):
    """networkx's GraphML writer with booleans written as the schema spells them (``true``, not ``True``)."""

    def add_data(self, name: str, element_type: Any, value: Any, scope: str = "all", default: Any = None) -> Any:
        element = super().add_data(name, element_type, value, scope, default)
        if element_type is bool:  # the value arrives as str(value): "True"
            element.text = str(value).lower()
        return element


def write_graphml(g: nx.Graph, fh: IO[bytes]) -> None:
    """GraphML for Gephi, Cytoscape, yEd: typed keys, ``label`` (Swedish), ``name`` (the same, for Cytoscape)."""
    h = typed_copy(g)
    for _, d in h.nodes(data=True):
        d.setdefault("name", d.get("label", ""))
    writer = _Writer(encoding="utf-8", prettyprint=True, named_key_ids=False)
    writer.add_graph_element(h)
    writer.dump(fh)


#: Above this many nodes files carry no positions: Gephi and Cytoscape lay out large graphs better and faster.
MAX_LAYOUT = 1000


def write_gexf(g: nx.Graph, fh: IO[bytes], positions: dict[Any, tuple[float, float]] | None = None) -> None:
    """GEXF 1.2 for Gephi, with colour by kind, size by degree and the layout's positions (``viz``)."""
    pos = positions if positions is not None else layout(g) if len(g) <= MAX_LAYOUT else {}
    sizes = node_sizes(g, 4.0, 24.0)
    h = typed_copy(g)
    for n, d in g.nodes(data=True):
        r, gg, b = rgb(color_of(d.get("kind")))
        viz: dict[str, Any] = {"color": {"r": r, "g": gg, "b": b, "a": 1.0}, "size": round(sizes[n], 2)}
        if n in pos:
            viz["position"] = {"x": round(pos[n][0] * 500, 2), "y": round(pos[n][1] * 500, 2), "z": 0.0}
        h.nodes[str(n)]["viz"] = viz
    nx.write_gexf(h, fh, version="1.2draft")


def cyjs_data(g: nx.Graph, positions: dict[Any, tuple[float, float]] | None = None, scale: float = 600.0,
              ) -> dict[str, Any]:
    """The graph as Cytoscape.js elements (``elements.nodes/edges`` with ``data``), positions when given."""
    h = typed_copy(g)
    nodes = []
    for n, d in h.nodes(data=True):
        data = {"id": n, "name": d.get("label", n), **d}
        item: dict[str, Any] = {"data": data}
        if positions is not None and n in positions:
            x, y = positions[n]
            item["position"] = {"x": round(x * scale, 1), "y": round(-y * scale, 1)}
        nodes.append(item)
    edges = []
    for i, (u, v, d) in enumerate(h.edges(data=True)):
        edges.append({"data": {"id": f"e{i}", "source": u, "target": v, **d}})
    return {"format_version": "1.0", "generated_by": "styrdok-miner", "target_cytoscapejs_version": "~3.30",
            "data": dict(h.graph), "elements": {"nodes": nodes, "edges": edges}}


def write_cyjs(g: nx.Graph, fh: IO[str]) -> None:
    """Cytoscape.js JSON (also what Cytoscape Desktop imports as .cyjs), with the layout's positions."""
    json.dump(cyjs_data(g, layout(g) if len(g) <= MAX_LAYOUT else None), fh, ensure_ascii=False, indent=1)
    fh.write("\n")


# ----------------------------------------------------------------------- tables


def edges_path(path: Path) -> Path:
    """Where the edge table of ``nodes.csv`` goes: ``nodes.edges.csv`` (``FILE`` → ``FILE.edges``)."""
    if path.suffix:
        return path.with_name(f"{path.stem}.edges{path.suffix}")
    return path.with_name(path.name + ".edges")


def _columns(items: Iterable[dict[str, Any]], first: tuple[str, ...]) -> list[str]:
    keys: dict[str, None] = {}
    for d in items:
        keys.update(dict.fromkeys(d))
    return [k for k in first if k in keys] + sorted(k for k in keys if k not in first)


def _cell(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return f"{v:.4g}" if not v.is_integer() else str(int(v))
    return v


def write_csv(g: nx.Graph, nodes_fh: IO[str] | None, edges_fh: IO[str]) -> None:
    """A node table (``id`` first) and an edge table (``source``, ``target``, their labels, ``weight``...).

    The column names are what Gephi's and Cytoscape's table import recognise.
    With ``nodes_fh`` None only the edge table is written (it names both ends).
    """
    h = typed_copy(g)
    if nodes_fh is not None:
        cols = _columns((d for _, d in h.nodes(data=True)), _FIRST)
        w = csv.writer(nodes_fh, lineterminator="\n")
        w.writerow(["id", *cols])
        for n, d in h.nodes(data=True):
            w.writerow([n, *(_cell(d.get(c)) for c in cols)])
    cols = _columns((d for *_e, d in h.edges(data=True)), ("weight",))
    w = csv.writer(edges_fh, lineterminator="\n")
    w.writerow(["source", "target", "source_label", "target_label", *cols])
    for u, v, d in h.edges(data=True):
        w.writerow([u, v, h.nodes[u].get("label", u), h.nodes[v].get("label", v), *(_cell(d.get(c)) for c in cols)])


def coverage_matrix(g: nx.Graph) -> tuple[list[str], list[str], list[list[int]]]:
    """Rows (units), columns (articles by number) and cell values (edge weights, 0 without an edge)."""
    cols = sorted((n for n, d in g.nodes(data=True) if d.get("kind") == "article"),
                  key=lambda n: g.nodes[n].get("number", 0))
    rows = sorted((n for n, d in g.nodes(data=True) if d.get("kind") != "article"),
                  key=lambda n: (str(g.nodes[n].get("kommunkod") or g.nodes[n].get("lanskod") or
                                     g.nodes[n].get("code") or ""), str(g.nodes[n].get("label", n))))
    values = [[int(g.edges[r, c].get("weight", 0)) if g.has_edge(r, c) else 0 for c in cols] for r in rows]
    return rows, cols, values


def write_matrix(g: nx.Graph, fh: IO[str]) -> None:
    """The coverage matrix as CSV: one row per municipality (county, group), one column per article."""
    rows, cols, values = coverage_matrix(g)
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["id", "code", "name", "kind", "county", "kommungrupp", "documents", "articles_addressed",
                *(g.nodes[c].get("label", c) for c in cols)])
    for r, vals in zip(rows, values, strict=True):
        d = g.nodes[r]
        code = d.get("kommunkod") or d.get("lanskod") or d.get("code") or ""
        w.writerow([d.get("iri", r), code, d.get("label", r), d.get("kind", ""), d.get("county", ""),
                    d.get("group", ""), d.get("documents", ""), sum(1 for v in vals if v), *vals])


# -------------------------------------------------------------------------- RDF


def write_rdf(triples: list[ox.Triple], fmt: str, fh: IO[bytes]) -> None:
    """Turtle (Oxigraph's serialiser, with the project's prefixes) or compact JSON-LD (rdflib, same prefixes)."""
    prefixes = vocab.prefixes()
    if fmt == "ttl":
        ox.serialize(triples, fh, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
        return
    if fmt != "jsonld":
        raise ValueError(f"not an RDF format: {fmt}")
    from ..graph.convert import to_rdflib_graph

    rg = to_rdflib_graph(triples)
    for name, ns in prefixes.items():
        rg.bind(name, ns, override=True)
    text = rg.serialize(format="json-ld", context=dict(prefixes), indent=1, auto_compact=True)
    fh.write(text.encode("utf-8") if isinstance(text, str) else text)


def text_of(write: Any, g: nx.Graph) -> str:
    """What a text writer writes, as a string (tests, previews)."""
    buf = io.StringIO()
    write(g, buf)
    return buf.getvalue()
