"""Oxigraph terms to rdflib and Python values, the one place the two libraries meet.

Oxigraph stores and answers queries; rdflib is used where its ecosystem helps
(pyshacl validation, notebooks). Datasets go through N-Quads, which both
parse natively; graphs and single terms are converted directly.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import pyoxigraph as ox
import rdflib

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER_TYPES = {_XSD + t for t in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
    "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte")}


def to_rdflib_dataset(quads: Iterable[ox.Quad]) -> rdflib.Dataset:
    """An rdflib Dataset holding ``quads`` (named graphs kept)."""
    ds = rdflib.Dataset()
    data = ox.serialize(list(quads), format=ox.RdfFormat.N_QUADS)
    if data:
        ds.parse(data=data.decode("utf-8"), format="nquads")
    return ds


def to_rdflib_graph(quads: Iterable[ox.Quad | ox.Triple]) -> rdflib.Graph:
    """An rdflib Graph of the union of ``quads`` (graph names dropped).

    Terms are converted directly, each distinct term once: twice as fast as
    serialising to N-Triples and parsing them again, which mattered for SHACL
    validation of every build.
    """
    g = rdflib.Graph()
    seen: dict[Any, rdflib.term.Node] = {}

    def term(t: Any) -> rdflib.term.Node:
        node = seen.get(t)
        if node is None:
            node = seen[t] = to_rdflib_term(t)  # type: ignore[assignment]
        return node

    add = g.add
    for q in quads:
        add((term(q.subject), term(q.predicate), term(q.object)))
    return g


def to_rdflib_term(term: Any) -> rdflib.term.Node | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD + "string":  # RDF 1.1: the same literal; rdflib keeps them apart
            return rdflib.Literal(term.value)
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))
    raise TypeError(f"cannot convert {term!r} to rdflib")


def to_oxigraph_term(term: rdflib.term.Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, rdflib.Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot convert {term!r} to Oxigraph")


def python_value(term: Any) -> Any:
    """A plain Python value for a query result term.

    IRIs become ``str``, numbers ``int``/``float``/``Decimal``, booleans ``bool``,
    dates ``datetime.date``/``datetime.datetime``, other literals their lexical
    form; unbound becomes None.
    """
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype else ""
        v = term.value
        try:
            if dt in _INTEGER_TYPES:
                return int(v)
            if dt == _XSD + "decimal":
                return Decimal(v)
            if dt in (_XSD + "double", _XSD + "float"):
                return float(v)
            if dt == _XSD + "boolean":
                return v in ("true", "1")
            if dt == _XSD + "date":
                return _dt.date.fromisoformat(v)
            if dt == _XSD + "dateTime":
                return _dt.datetime.fromisoformat(v.replace("Z", "+00:00"))
        except ValueError:
            return v
        return v
    if isinstance(term, ox.Triple):
        return (python_value(term.subject), python_value(term.predicate), python_value(term.object))
    return term
