"""SPARQL results to networkx: the one conversion every view goes through.

A view is a few SPARQL queries run in Oxigraph; :func:`to_networkx` turns their
results into a networkx graph with typed, writer-friendly attributes. Two
shapes of result are understood:

* **SELECT** (an edge result): each row is an edge from the first variable to the
  second; every other bound variable becomes an edge attribute (the one named
  ``weight``, or the variable given as ``weight=``, becomes ``weight``). A row
  whose second variable is unbound adds its first as a lone node, so an
  ``OPTIONAL`` keeps nodes that have no edge. Rows repeating a pair add up their
  weights (1 per row when there is no weight variable); other attributes keep
  their first value, except ``relation`` (and ``predicate``, ``label``,
  ``roles``), which lists every value: ``publishes; involves``.
* **CONSTRUCT/DESCRIBE** (a graph result): every triple whose object is an IRI or
  blank node becomes an edge (``predicate`` attribute, compact form; repeated
  pairs add up their ``weight`` and list every predicate); a literal object becomes an attribute of its
  subject named by the predicate's local name (``@en`` literals get ``_en``;
  ``skos:prefLabel``/``rdfs:label``/``dcterms:title`` give ``label``);
  ``rdf:type`` gives the ``kind`` attribute (the class's local name) instead of
  an edge, so that classes do not become hubs.

Node results (SELECT, ``nodes=``): the first variable names the node, the others
are its attributes; every row adds its node (that is how a view keeps rows of a
matrix that have no edge) and its values replace what edges or triples implied
(a node result is what the graph says of the node itself).

Values become what GraphML and GEXF type correctly: ``int``, ``float``,
``bool`` or ``str`` (decimals → float, dates → ISO text); unbound values are
left out instead of written as empty strings. Nodes are keyed by IRI (literals
by their text) and always carry ``iri`` (for IRIs) and ``label``.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import networkx as nx
import pyoxigraph as ox

from ..graph import vocab
from ..graph.convert import python_value
from ..graph.store import QueryResult

__all__ = ["attribute_value", "local_name", "to_networkx"]

_RDF_TYPE = str(vocab.RDF.type)
#: Edge attributes that name what joins two nodes: a second row or triple adds its value ("publishes; involves").
_JOINED = ("relation", "predicate", "label", "roles")
#: Predicates whose literal is a node's label, best first.
_LABELS = (str(vocab.SKOS.prefLabel), str(vocab.RDFS.label), str(vocab.DCTERMS.title), str(vocab.SKOS.altLabel))


def attribute_value(value: Any) -> int | float | bool | str | None:
    """A plain value GraphML/GEXF writers type correctly (``None`` stays None: leave the attribute out)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, _dt.date | _dt.datetime):
        return value.isoformat()
    return str(value)


def local_name(iri: str) -> str:
    """``sty:PolicyDocument`` → ``PolicyDocument``; the last path segment when there is no fragment."""
    for sep in ("#", "/"):
        if sep in iri.rstrip(sep):
            return iri.rstrip(sep).rsplit(sep, 1)[-1]
    return iri


def _node_key(term: Any) -> tuple[str, dict[str, Any]] | None:
    """The node id of a result term and the attributes every node of that term carries."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value, {"iri": term.value}
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}", {}
    if isinstance(term, ox.Literal):
        return term.value, {"kind": "literal"}
    value = python_value(term)
    return str(value), {}


def _add_node(g: nx.Graph, key: str, attrs: dict[str, Any]) -> None:
    if key not in g:
        g.add_node(key)
    data = g.nodes[key]
    for k, v in attrs.items():
        if v is not None and k not in data:
            data[k] = v


def _add_edge(g: nx.Graph, u: str, v: str, attrs: dict[str, Any], weight: float) -> None:
    if g.is_multigraph():
        g.add_edge(u, v, weight=weight, **{k: x for k, x in attrs.items() if x is not None})
        return
    if g.has_edge(u, v):
        data = g.edges[u, v]
        data["weight"] = data.get("weight", 0) + weight
        for k, x in attrs.items():
            if x is None:
                continue
            if k not in data:
                data[k] = x
            elif k in _JOINED and isinstance(x, str) and x not in str(data[k]).split("; "):
                data[k] = f"{data[k]}; {x}"
        return
    g.add_edge(u, v, weight=weight, **{k: x for k, x in attrs.items() if x is not None})


def _select_edges(g: nx.Graph, result: QueryResult, weight: str | None) -> None:
    names = result.variables
    if len(names) < 2:
        raise ValueError("an edge result needs at least two variables (source and target)")
    wname = weight if weight is not None else ("weight" if "weight" in names else None)
    if wname is not None and wname not in names:
        raise ValueError(f"no variable {wname!r} in the result (variables: {', '.join(names)})")
    for row in result.terms:
        src, dst = _node_key(row[0]), _node_key(row[1])
        if src is None and dst is None:
            continue
        if src is None or dst is None:
            key, attrs = src or dst  # type: ignore[misc]
            _add_node(g, key, attrs)
            continue
        _add_node(g, src[0], src[1])
        _add_node(g, dst[0], dst[1])
        attrs: dict[str, Any] = {}
        w: float = 1
        for name, term in zip(names[2:], row[2:], strict=True):
            value = attribute_value(python_value(term))
            if name == wname and isinstance(value, int | float) and not isinstance(value, bool):
                w = value
            else:  # a weight that is not a number stays what it is: an attribute
                attrs[name] = value
        _add_edge(g, src[0], dst[0], attrs, w)


def _graph_triples(g: nx.Graph, triples: Iterable[ox.Triple]) -> None:
    labels: dict[str, dict[str, tuple[int, str]]] = {}  # node -> {"label"/"label_en": (rank, text)}
    for t in triples:
        s = _node_key(t.subject)
        if s is None:
            continue
        _add_node(g, s[0], s[1])
        p = t.predicate.value
        o = t.object
        if p == _RDF_TYPE and isinstance(o, ox.NamedNode):
            data = g.nodes[s[0]]
            name = local_name(o.value)
            # the project's own class names the kind (sty:PolicyDocument before eli:LegalResource)
            if "kind" not in data or (o.value.startswith(str(vocab.STY)) and not data.get("_sty_kind")):
                data["kind"] = name
                data["_sty_kind"] = o.value.startswith(str(vocab.STY))
            data["types"] = " ".join(filter(None, [data.get("types"), vocab.compact(o.value)]))
            continue
        if isinstance(o, ox.Literal):
            lang = (o.language or "").lower()
            key = local_name(p) + ("_en" if lang == "en" else "")
            data = g.nodes[s[0]]
            if p in _LABELS:
                slot = "label_en" if lang == "en" else "label"
                rank = _LABELS.index(p) * 2 + (0 if lang in ("sv", "") else 1)
                best = labels.setdefault(s[0], {}).get(slot)
                if best is None or rank < best[0]:
                    labels[s[0]][slot] = (rank, o.value)
            if key not in data:
                data[key] = attribute_value(python_value(o))
            continue
        d = _node_key(o)
        if d is None:
            continue
        _add_node(g, d[0], d[1])
        _add_edge(g, s[0], d[0], {"predicate": vocab.compact(p), "label": local_name(p)}, 1)
    for node, slots in labels.items():
        for slot, (_rank, text) in slots.items():
            g.nodes[node][slot] = text
    for _, data in g.nodes(data=True):
        data.pop("_sty_kind", None)


def _node_rows(g: nx.Graph, result: QueryResult) -> None:
    if result.kind != "select" or not result.variables:
        raise ValueError("a node result is a SELECT whose first variable is the node")
    names = result.variables
    for row in result.terms:
        key = _node_key(row[0])
        if key is None:
            continue
        attrs = dict(key[1])
        for name, term in zip(names[1:], row[1:], strict=True):
            attrs[name] = attribute_value(python_value(term))
        _add_node(g, key[0], {})
        data = g.nodes[key[0]]
        # a node result is what the graph says of the node: it overrides what edges or triples implied
        data.update({k: v for k, v in attrs.items() if v is not None and k not in ("iri", "kind")})
        # a node result says what the node is: its kind wins over one guessed from the term or a class
        if attrs.get("kind") is not None:
            data["kind"] = attrs["kind"]
        if "iri" in attrs:
            data.setdefault("iri", attrs["iri"])


def to_networkx(result: QueryResult | None, nodes: Iterable[QueryResult] = (), *, graph: nx.Graph | None = None,
                directed: bool = False, weight: str | None = None) -> nx.Graph:
    """The networkx graph of a SPARQL result (and of node results describing its nodes).

    ``result`` is a SELECT (rows → edges) or a CONSTRUCT/DESCRIBE (triples → edges
    and attributes), or None when only ``nodes`` are given; ``graph`` extends an
    existing graph instead of making a new ``Graph``/``DiGraph``. ``weight``
    names the SELECT variable that holds the edge weight (default: ``weight``
    when there is one). ASK results are refused. Every node ends up with a
    ``label`` (its compact IRI when nothing better was said).
    """
    g = graph if graph is not None else (nx.DiGraph() if directed else nx.Graph())
    if result is not None:
        if result.kind == "select":
            _select_edges(g, result, weight)
        elif result.kind == "graph":
            _graph_triples(g, result.triples)
        else:
            raise ValueError("an ASK result has no graph: use SELECT (two variables) or CONSTRUCT")
    for res in nodes:
        _node_rows(g, res)
    for node, data in g.nodes(data=True):
        if not data.get("label"):
            data["label"] = vocab.compact(data["iri"]) if "iri" in data else str(node)
    return g
