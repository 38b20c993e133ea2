"""The one RDF/SPARQL-result → networkx conversion every view goes through."""

from __future__ import annotations

from decimal import Decimal

import networkx as nx
import pyoxigraph as ox
import pytest

from miner.graph.store import GraphStore
from miner.views.convert import attribute_value, local_name, to_networkx

S = "https://w3id.org/styrdok/"
TTL = f"""
@prefix sty: <https://w3id.org/styrdok/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix eli: <http://data.europa.eu/eli/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<{S}doc/a> a sty:PolicyDocument , eli:LegalResource ; dcterms:title "Plan för delaktighet"@sv ;
    sty:pageCount 12 ; eli:is_about <{S}crpd/article/9> , <{S}crpd/article/27> ; sty:involves <{S}actor/x> .
<{S}doc/b> a sty:PolicyDocument ; dcterms:title "Strategi för tillgänglighet"@sv ; eli:is_about <{S}crpd/article/9> .
<{S}crpd/article/9> a sty:ConventionArticle ; skos:prefLabel "Tillgänglighet"@sv , "Accessibility"@en ;
    sty:articleNumber 9 .
<{S}crpd/article/27> a sty:ConventionArticle ; skos:prefLabel "Arbete och sysselsättning"@sv ; sty:articleNumber 27 .
<{S}actor/x> a sty:Actor ; skos:prefLabel "Socialnämnden"@sv ; sty:confidence "0.85"^^xsd:decimal .
"""


@pytest.fixture(scope="module")
def store() -> GraphStore:
    s = GraphStore.in_memory()
    s.store.load(TTL.encode(), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(f"{S}graph/a"))
    return s


def test_select_rows_become_weighted_edges_with_typed_attributes(store: GraphStore) -> None:
    res = store.query("""SELECT ?doc ?a (COUNT(*) AS ?weight) (MAX(?n) AS ?number) (true AS ?explicit)
                         WHERE { ?doc eli:is_about ?a . ?a sty:articleNumber ?n } GROUP BY ?doc ?a""")
    g = to_networkx(res)
    assert isinstance(g, nx.Graph) and not g.is_directed()
    assert g.number_of_nodes() == 4 and g.number_of_edges() == 3
    e = g.edges[f"{S}doc/a", f"{S}crpd/article/27"]
    assert e == {"weight": 1, "number": 27, "explicit": True}
    assert isinstance(e["number"], int) and isinstance(e["explicit"], bool)
    node = g.nodes[f"{S}doc/a"]
    assert node["iri"] == f"{S}doc/a" and node["label"] == "data:doc/a"  # no node result: the compact IRI


def test_repeated_pairs_add_up_and_relations_are_listed(store: GraphStore) -> None:
    res = store.query("""SELECT ?doc ?a ?relation WHERE {
        { ?doc eli:is_about ?a BIND("about" AS ?relation) } UNION { ?doc eli:is_about ?a BIND("cites" AS ?relation) }
        FILTER(?doc = <https://w3id.org/styrdok/doc/b>) }""")
    g = to_networkx(res)
    ((_u, _v, d),) = g.edges(data=True)
    assert d["weight"] == 2 and set(d["relation"].split("; ")) == {"about", "cites"}


def test_weight_variable_by_name_and_lone_nodes_from_unbound_targets(store: GraphStore) -> None:
    res = store.query("""SELECT ?a ?doc ?n WHERE { ?a sty:articleNumber ?n OPTIONAL { ?doc eli:is_about ?a
                         FILTER(?doc = <https://w3id.org/styrdok/doc/zzz>) } }""")
    g = to_networkx(res, weight="n")
    assert g.number_of_edges() == 0 and set(g) == {f"{S}crpd/article/9", f"{S}crpd/article/27"}
    res = store.query("SELECT ?doc ?a ?n WHERE { ?doc eli:is_about ?a . ?a sty:articleNumber ?n }")
    g = to_networkx(res, weight="n", directed=True)
    assert g.is_directed() and g.edges[f"{S}doc/a", f"{S}crpd/article/27"]["weight"] == 27
    with pytest.raises(ValueError, match="no variable"):
        to_networkx(res, weight="nope")
    res = store.query("SELECT ?doc ?a ?t WHERE { ?doc eli:is_about ?a ; dcterms:title ?t }")
    g = to_networkx(res, weight="t")  # not a number: kept as an attribute, the edge weighs 1
    e = g.edges[f"{S}doc/b", f"{S}crpd/article/9"]
    assert e == {"weight": 1, "t": "Strategi för tillgänglighet"}


def test_node_results_describe_and_add_nodes(store: GraphStore) -> None:
    edges = store.query("SELECT ?doc ?a WHERE { ?doc eli:is_about ?a }")
    nodes = store.query("""SELECT ?node ?label ?kind ?pages WHERE { ?node dcterms:title ?label
                           OPTIONAL { ?node sty:pageCount ?pages } BIND("document" AS ?kind) }""")
    extra = store.query(f"SELECT ?node ?kind WHERE {{ VALUES ?node {{ <{S}actor/x> }} BIND(\"actor\" AS ?kind) }}")
    g = to_networkx(edges, [nodes, extra])
    assert g.nodes[f"{S}doc/a"] == {"iri": f"{S}doc/a", "label": "Plan för delaktighet", "kind": "document",
                                    "pages": 12}
    assert g.nodes[f"{S}actor/x"]["kind"] == "actor" and f"{S}actor/x" in g  # node rows add their nodes
    # a graph can be extended by a later result
    to_networkx(store.query("SELECT ?doc ?actor WHERE { ?doc sty:involves ?actor }"), graph=g)
    assert g.has_edge(f"{S}doc/a", f"{S}actor/x")


def test_construct_triples_edges_literals_attributes_types_kinds(store: GraphStore) -> None:
    res = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    g = to_networkx(res)
    doc = g.nodes[f"{S}doc/a"]
    assert doc["kind"] == "PolicyDocument"  # the project's class before eli:LegalResource; no class nodes
    assert f"{vocab_sty()}PolicyDocument" not in g
    assert doc["label"] == "Plan för delaktighet" and doc["pageCount"] == 12
    art = g.nodes[f"{S}crpd/article/9"]
    assert art["label"] == "Tillgänglighet" and art["label_en"] == "Accessibility" and art["articleNumber"] == 9
    assert isinstance(g.nodes[f"{S}actor/x"]["confidence"], float)  # xsd:decimal → float for GraphML
    e = g.edges[f"{S}doc/a", f"{S}crpd/article/9"]
    assert e["predicate"] == "eli:is_about" and e["label"] == "is_about" and e["weight"] == 1
    assert g.number_of_edges() == 4  # 3 × is_about, 1 × involves


def test_ask_is_refused_and_values_are_plain(store: GraphStore) -> None:
    with pytest.raises(ValueError, match="ASK"):
        to_networkx(store.query("ASK { ?s ?p ?o }"))
    assert attribute_value(Decimal("0.5")) == 0.5 and attribute_value(None) is None
    assert local_name("http://purl.org/dc/terms/title") == "title" and local_name(f"{vocab_sty()}Goal") == "Goal"


def vocab_sty() -> str:
    return "https://w3id.org/styrdok/ontology#"
