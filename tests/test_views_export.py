"""Views and their formats: each file parses back with a real reader; counts match SPARQL counts of the view."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from rdflib.compare import isomorphic

from miner import Corpus
from miner.errors import UsageError
from miner.graph import vocab
from miner.views import FORMATS, export, view_graph
from miner.views.writers import edges_path

from .views_corpus import example_out


@pytest.fixture(scope="module")
def out() -> Path:
    return example_out()


def count(out: Path, sparql: str) -> int:
    with Corpus(out) as c:
        (row,) = c.query(sparql).rows
    return int(row["n"])


# SPARQL counts of each view, written independently of the views' own queries
DOC_ARTICLE_PAIRS = """?doc a sty:PolicyDocument . { ?doc sty:articleLink ?l } UNION { ?goal dcterms:isPartOf ?doc ; sty:articleLink ?l }
                       ?l sty:article ?a ."""


#: Both ends of a pair (?x ?y) as ?z, for counting nodes.
BOTH = "VALUES ?end { 1 2 } BIND(IF(?end = 1, ?x, ?y) AS ?z)"


def expected_documents_articles(out: Path) -> tuple[int, int]:
    nodes = count(out, f"SELECT (COUNT(DISTINCT ?z) AS ?n) WHERE {{ {DOC_ARTICLE_PAIRS} BIND(?doc AS ?x) BIND(?a AS ?y) {BOTH} }}")
    edges = count(out, f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?doc ?a WHERE {{ {DOC_ARTICLE_PAIRS} }} }}")
    return nodes, edges


def test_documents_articles_counts_and_attributes(out: Path) -> None:
    g = view_graph(out, "documents-articles")
    assert (len(g), g.number_of_edges()) == expected_documents_articles(out) == (8, 7)
    kinds = {d["kind"] for _, d in g.nodes(data=True)}
    assert kinds == {"document", "article"}
    e = g.edges[vocab.doc("malmo-handlingsplan-arbete-2022"), vocab.article(27)]
    assert e["weight"] == 1 and e["explicit"] is True and e["links"] == 2 and e["goals"] == 1
    assert e["confidence_max"] == pytest.approx(0.97) and "s. " in e["evidence"] and "artikel 27" in e["evidence"]
    doc = g.nodes[vocab.doc("kiruna-strategi-tillganglighet-2020")]
    assert doc["label"].endswith("(Kiruna)") and doc["type"] == "strategy" and doc["year"] == 2020
    art = g.nodes[vocab.article(27)]
    assert art["label"] == "Art. 27 Arbete och sysselsättning" and art["label_en"] == "Art. 27 Work and employment"


def test_documents_articles_by_municipality_and_filters(out: Path) -> None:
    g = view_graph(out, "documents-articles", by="municipality")
    edges = count(out, f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?m ?a WHERE {{ {DOC_ARTICLE_PAIRS} "
                       "?doc dcterms:publisher ?m } }")
    assert g.number_of_edges() == edges == 6 and len(g) == 3 + 4
    uppsala = g.nodes[vocab.municipality("0380")]
    assert uppsala["label"] == "Uppsala" and uppsala["kind"] == "municipality" and uppsala["group"] == "B3"
    assert g.edges[vocab.municipality("0380"), vocab.article(19)]["documents"] == 2
    only = view_graph(out, "documents-articles", municipality="Uppsala", article="19, 30")
    labels = sorted(d["label"][:7] for _, d in only.nodes(data=True) if d["kind"] == "article")
    assert labels == ["Art. 19", "Art. 30"] and only.number_of_edges() == 3  # two documents × 19, one × 30
    assert view_graph(out, "documents-articles", type="strategi", year=2020).number_of_nodes() == 3
    assert view_graph(out, "documents-articles", county="Norrbotten", by="county").number_of_edges() == 2
    assert len(view_graph(out, "documents-articles", group="C", from_year=2021)) == 0  # Kiruna's is from 2020


def test_automatic_aggregation_and_top_n_are_announced(out: Path) -> None:
    g = view_graph(out, "documents-articles", max_nodes=7)  # 8 with documents, 7 with municipalities
    assert g.graph["level"] == "municipality" and len(g) == 7
    assert "aggregated to municipalities" in g.graph["note_en"] and "sammanslaget till kommuner" in g.graph["note"]
    g = view_graph(out, "documents-articles", by="document", max_nodes=4)
    assert len(g) == 4 and "highest weighted degree" in g.graph["note_en"]


def test_coverage_matrix_counts(out: Path) -> None:
    g = view_graph(out, "coverage")
    munis = count(out, "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?d a sty:PolicyDocument ; dcterms:publisher ?m }")
    cells = count(out, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?m ?a WHERE { ?d dcterms:publisher ?m . "
                       "{ ?d eli:is_about ?a } UNION { ?goal dcterms:isPartOf ?d ; dcterms:subject ?a } "
                       "?a a sty:ConventionArticle } }")
    assert len(g) == munis + 50 and g.number_of_edges() == cells
    assert g.edges[vocab.municipality("0380"), vocab.article(19)]["weight"] == 2  # two Uppsala documents
    assert g.nodes[vocab.municipality("0380")]["documents"] == 2
    county = view_graph(out, "coverage", by="county")
    assert {d["label"] for _, d in county.nodes(data=True) if d["kind"] == "county"} == {
        "Uppsala län", "Skåne län", "Norrbottens län"}


def test_actors_counts(out: Path) -> None:
    g = view_graph(out, "actors")
    actors = count(out, "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?g a sty:Goal ; sty:responsibleActor ?a }")
    goals = count(out, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { ?g a sty:Goal ; sty:responsibleActor ?a }")
    pairs = count(out, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?a ?g WHERE { ?g a sty:Goal ; "
                       "sty:responsibleActor ?a } }")
    shared = count(out, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?a ?b WHERE { ?g a sty:Goal ; "
                        "sty:responsibleActor ?a , ?b FILTER(STR(?a) < STR(?b)) } }")
    assert (len(g), g.number_of_edges()) == (actors + goals, pairs + shared)
    kinds = {d["kind"] for _, d in g.nodes(data=True)}
    assert kinds == {"actor", "goal"}
    goal = next(d for _, d in g.nodes(data=True) if d["kind"] == "goal")
    assert goal["page"] >= 1 and goal["quote"] and goal["level_label"] in ("Övergripande mål", "Delmål", "Åtgärd")
    names = view_graph(out, "actors", by="name")
    assert "aktör:kultur- och fritidsnämnden" in names  # Uppsala's and Kiruna's merged by name
    assert names.nodes["aktör:kultur- och fritidsnämnden"]["municipalities"] == 2
    kinds_view = view_graph(out, "actors", by="kind")
    assert kinds_view.nodes["aktörstyp:committee"]["label"] == "Nämnd eller styrelse"


def test_municipality_ego_counts(out: Path) -> None:
    g = view_graph(out, "municipality", municipality="0380")
    m = f"<{vocab.municipality('0380')}>"
    pair_patterns = f"""
      {{ ?doc dcterms:publisher {m} . BIND({m} AS ?x) BIND(?doc AS ?y) }}
      UNION {{ ?doc dcterms:publisher {m} . ?y dcterms:isPartOf ?doc ; a sty:Goal .
               OPTIONAL {{ ?y sty:parentGoal ?p }} BIND(COALESCE(?p, ?doc) AS ?x) }}
      UNION {{ ?doc dcterms:publisher {m} . ?x dcterms:isPartOf ?doc ; sty:responsibleActor ?y }}
      UNION {{ ?doc dcterms:publisher {m} ; sty:involves ?y . BIND(?doc AS ?x) }}
      UNION {{ ?doc dcterms:publisher {m} . ?x dcterms:isPartOf ?doc ; dcterms:subject ?y }}
      UNION {{ ?doc dcterms:publisher {m} ; sty:articleLink/sty:article ?y . BIND(?doc AS ?x) }}"""
    edges = count(out, f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?t WHERE {{ {pair_patterns} "
                       "BIND(IF(STR(?x) < STR(?y), ?x, ?y) AS ?s) BIND(IF(STR(?x) < STR(?y), ?y, ?x) AS ?t) } }")
    nodes = count(out, f"SELECT (COUNT(DISTINCT ?z) AS ?n) WHERE {{ {pair_patterns} {BOTH} }}")
    assert (len(g), g.number_of_edges()) == (nodes, edges)
    assert g.nodes[vocab.municipality("0380")]["kind"] == "municipality"
    assert g.graph["title"].startswith("Uppsala:")
    sub = vocab.goal("uppsala-program-delaktighet-2021", "g2")
    assert g.has_edge(vocab.goal("uppsala-program-delaktighet-2021", "g1"), sub)  # the goal tree
    with pytest.raises(UsageError, match="exactly one municipality"):
        view_graph(out, "municipality")
    collapsed = view_graph(out, "municipality", municipality="Uppsala", by="document")
    assert not any(d["kind"] == "goal" for _, d in collapsed.nodes(data=True))


def test_sparql_view_select_and_construct(out: Path) -> None:
    g = view_graph(out, "sparql", query="SELECT ?doc ?actor WHERE { ?doc sty:involves ?actor }")
    pairs = count(out, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?d ?a WHERE { ?d sty:involves ?a } }")
    assert g.number_of_edges() == pairs
    assert g.nodes[vocab.actor("0380/socialnamnden")]["label"] == "Socialnämnden"  # labels looked up
    g = view_graph(out, "sparql", query="SELECT ?m ?a (COUNT(?d) AS ?docs) WHERE { ?d dcterms:publisher ?m ; "
                                        "eli:is_about ?a } GROUP BY ?m ?a")
    assert g.edges[vocab.municipality("0380"), vocab.article(19)]["weight"] == 2  # the third variable
    g = view_graph(out, "sparql", query="CONSTRUCT { ?d eli:is_about ?a . ?a skos:prefLabel ?l } WHERE { "
                                        "?d eli:is_about ?a . ?a skos:prefLabel ?l FILTER(LANG(?l) = 'sv') }")
    about = count(out, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?d ?a WHERE { ?d eli:is_about ?a } }")
    ends = count(out, f"SELECT (COUNT(DISTINCT ?z) AS ?n) WHERE {{ ?x eli:is_about ?y {BOTH} }}")
    assert (len(g), g.number_of_edges()) == (ends, about)  # triples with IRI objects are edges, labels attributes
    art = g.nodes[vocab.article(27)]  # described like in every other view once its class says what it is
    assert art["label"] == "Art. 27 Arbete och sysselsättning" and art["kind"] == "article" and art["number"] == 27
    assert g.nodes[vocab.doc("malmo-handlingsplan-arbete-2022")]["kind"] == "document"
    for bad in ("ASK { ?s ?p ?o }", "SELECT ?x WHERE { ?x a sty:Goal }", ""):
        with pytest.raises(UsageError):
            view_graph(out, "sparql", query=bad)


# ---------------------------------------------------------------------- formats


@pytest.mark.parametrize("view,filters", [
    ("documents-articles", {}), ("coverage", {"by": "county"}), ("actors", {}),
    ("municipality", {"municipality": "Uppsala"}),
    ("sparql", {"query": "SELECT ?doc ?actor WHERE { ?doc sty:involves ?actor }"}),
])
def test_graph_formats_parse_back(out: Path, tmp_path: Path, view: str, filters: dict) -> None:
    g = view_graph(out, view, **filters)
    n, m = len(g), g.number_of_edges()

    s = export(out, view, "graphml", tmp_path / "v.graphml", **filters)
    h = nx.read_graphml(tmp_path / "v.graphml")
    assert (s.nodes, s.edges, len(h), h.number_of_edges()) == (n, m, n, m)
    node = next(iter(h.nodes.values()))
    assert {"label", "kind", "iri"} <= set(node)
    if m and any("weight" in d for *_e, d in g.edges(data=True)):
        assert all(isinstance(d["weight"], int | float) for *_e, d in h.edges(data=True))

    export(out, view, "gexf", tmp_path / "v.gexf", **filters)
    h = nx.read_gexf(tmp_path / "v.gexf")
    assert (len(h), h.number_of_edges()) == (n, m)
    some = next(iter(h.nodes.values()))
    assert some["label"] and "viz" in some and {"r", "g", "b"} <= set(some["viz"]["color"])

    export(out, view, "cyjs", tmp_path / "v.cyjs", **filters)
    data = json.loads((tmp_path / "v.cyjs").read_text(encoding="utf-8"))
    assert len(data["elements"]["nodes"]) == n and len(data["elements"]["edges"]) == m
    assert all("position" in e for e in data["elements"]["nodes"])
    if m:
        e = data["elements"]["edges"][0]["data"]
        assert {"id", "source", "target"} <= set(e)

    if view != "coverage":
        export(out, view, "csv", tmp_path / "v.csv", **filters)
        nodes = list(csv.DictReader((tmp_path / "v.csv").open(encoding="utf-8")))
        edges = list(csv.DictReader(edges_path(tmp_path / "v.csv").open(encoding="utf-8")))
        assert len(nodes) == n and len(edges) == m and nodes[0]["id"] and "label" in nodes[0]
        if m:
            assert {"source", "target", "source_label", "target_label"} <= set(edges[0])


def test_graphml_types_and_swedish_labels(out: Path, tmp_path: Path) -> None:
    export(out, "documents-articles", "graphml", tmp_path / "d.graphml")
    text = (tmp_path / "d.graphml").read_text(encoding="utf-8")
    assert 'attr.name="weight" attr.type="long"' in text
    assert 'attr.name="confidence_max" attr.type="double"' in text
    assert 'attr.name="explicit" attr.type="boolean"' in text and ">True<" not in text
    h = nx.read_graphml(tmp_path / "d.graphml")
    e = h.edges[vocab.doc("malmo-handlingsplan-arbete-2022"), vocab.article(27)]
    assert e["weight"] == 1 and isinstance(e["confidence_max"], float) and e["explicit"] is True
    assert h.nodes[vocab.article(27)]["label"] == "Art. 27 Arbete och sysselsättning"
    assert h.graph["title"].startswith("Dokument och CRPD-artiklar")


def test_coverage_csv_is_the_matrix(out: Path, tmp_path: Path) -> None:
    s = export(out, "coverage", "csv", tmp_path / "c.csv")
    rows = list(csv.reader((tmp_path / "c.csv").open(encoding="utf-8")))
    header, body = rows[0], rows[1:]
    assert header[:8] == ["id", "code", "name", "kind", "county", "kommungrupp", "documents", "articles_addressed"]
    assert len(header) == 8 + 50 and header[8] == "Art. 1 Syfte"
    uppsala = next(r for r in body if r[1] == "0380")
    assert uppsala[2] == "Uppsala" and uppsala[header.index("Art. 19 Rätt att leva självständigt och att delta i "
                                                           "samhället")] == "2"
    assert len(body) == 3 and s.paths == [str(tmp_path / "c.csv")]


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
def test_rdf_formats_parse_back(out: Path, tmp_path: Path) -> None:
    for view, filters in (("documents-articles", {}), ("actors", {}), ("municipality", {"municipality": "Kiruna"}),
                          ("coverage", {"article": 27})):
        s = export(out, view, "ttl", tmp_path / "v.ttl", **filters)
        g = rdflib.Graph().parse(tmp_path / "v.ttl", format="turtle")
        assert len(g) == s.triples > 0
        export(out, view, "jsonld", tmp_path / "v.jsonld", **filters)
        j = rdflib.Graph().parse(tmp_path / "v.jsonld", format="json-ld")
        assert len(j) == len(g) and isomorphic(g, j)
    g = rdflib.Graph().parse(tmp_path / "v.ttl", format="turtle")  # coverage of article 27: Malmö only
    sty = rdflib.Namespace(str(vocab.STY))
    assert {int(o) for o in g.objects(None, sty.articleNumber)} == {27}
    export(out, "documents-articles", "ttl", tmp_path / "d.ttl")
    d = rdflib.Graph().parse(tmp_path / "d.ttl", format="turtle")
    quotes = {str(o) for o in d.objects(None, rdflib.URIRef("http://www.w3.org/ns/oa#exact"))}
    assert "artikel 27" in quotes  # the evidence behind the links travels with them


def test_stdout_and_streams(out: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    buf = io.StringIO()
    export(out, "documents-articles", "csv", buf)
    assert buf.getvalue().startswith("source,target,source_label,target_label,weight")
    raw = io.BytesIO()
    export(out, "documents-articles", "gexf", raw)
    assert nx.read_gexf(io.BytesIO(raw.getvalue())).number_of_edges() == 7
    export(out, "actors", "ttl", "-")
    assert b"@prefix sty:" in capsysbinary.readouterr().out
    with pytest.raises(UsageError, match="binary"):
        export(out, "actors", "png", "-")


def test_errors(out: Path, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="unknown view"):
        view_graph(out, "nope")
    with pytest.raises(UsageError, match="unknown format"):
        export(out, "actors", "pdf", tmp_path / "x.pdf")
    with pytest.raises(UsageError, match="--by county does not apply"):
        view_graph(out, "actors", by="county")
    with pytest.raises(UsageError, match="did you mean 'Uppsala'"):
        view_graph(out, "coverage", municipality="Upsala")
    assert set(FORMATS) == {"graphml", "gexf", "cyjs", "csv", "ttl", "jsonld", "html", "png", "svg"}


def test_attribute_names_the_formats_reserve(out: Path, tmp_path: Path) -> None:
    q = "SELECT ?doc ?a ?n ?source WHERE { ?doc eli:is_about ?a . ?a sty:articleNumber ?n BIND(STR(?doc) AS ?source) }"
    export(out, "sparql", "cyjs", tmp_path / "s.cyjs", query=q)
    data = json.loads((tmp_path / "s.cyjs").read_text(encoding="utf-8"))
    edge = data["elements"]["edges"][0]["data"]
    assert edge["source"] in {n["data"]["id"] for n in data["elements"]["nodes"]}  # the real end, not ?source
    assert edge["source_value"].startswith("https://")
    export(out, "sparql", "gexf", tmp_path / "s.gexf", query=q)
    assert nx.read_gexf(tmp_path / "s.gexf").number_of_edges() == len(data["elements"]["edges"])
    with pytest.raises(UsageError, match="filters do not apply"):
        view_graph(out, "sparql", query=q, municipality="Uppsala")
