"""The Oxigraph store: per-document replacement, shared entities, reference data, dumps, read-only access."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from miner.errors import MinerError, NotBuiltError, UsageError
from miner.graph import vocab
from miner.graph.build import analysis_quads
from miner.graph.examples import example_corpus, kiruna_strategy, malmo_plan, uppsala_programme
from miner.graph.store import GraphStore, format_syntax_error, is_update, query_form


def _graph(store: GraphStore, doc_id: str) -> set[str]:
    return {str(q) for q in store.document_quads(doc_id)}


def test_replacing_one_document_leaves_the_others_untouched(tmp_path: Path) -> None:
    with GraphStore(tmp_path) as store:
        store.ensure_reference()
        store.add_documents({a.document.id: analysis_quads(a) for a in example_corpus()})
        others = {d: _graph(store, d) for d in store.document_ids() if d != "malmo-handlingsplan-arbete-2022"}
        reference = {str(q) for q in store.graph_quads(vocab.reference_graph())}

        changed = malmo_plan()
        changed.goals[1].text = "Arbetsmarknads- och socialförvaltningen ska erbjuda 50 praktikplatser per år."
        changed.goals = changed.goals[:1]
        changed.articles = changed.articles[:1]
        store.replace_document(changed.document.id, analysis_quads(changed))

        assert {d: _graph(store, d) for d in others} == others
        assert {str(q) for q in store.graph_quads(vocab.reference_graph())} == reference
        after = store.query("SELECT ?g WHERE { ?g a sty:Goal ; dcterms:isPartOf ?d . ?d dcterms:identifier "
                            "'malmo-handlingsplan-arbete-2022' }").rows
        assert [r["g"].rsplit("/", 1)[-1] for r in after] == ["g1"]
        assert len(store.document_ids()) == 4

        store.remove_document("kiruna-strategi-tillganglighet-2020")
        store.prune_entities()
        assert "kiruna-strategi-tillganglighet-2020" not in store.document_ids()
        kiruna = vocab.municipality("2584")
        assert not store.query(f"ASK {{ ?a sty:kind ?k ; sty:municipality <{kiruna}> }}").boolean


def test_shared_entities_are_stored_once(tmp_path: Path) -> None:
    store = GraphStore.in_memory()
    store.ensure_reference()
    for a in example_corpus():
        store.replace_document(a.document.id, analysis_quads(a))
    # no triple in two graphs: Oxigraph's union default graph would return it twice
    triples = [str(q.triple) for q in store.store]
    assert len(triples) == len(set(triples))
    social = vocab.actor("0380/socialnamnden")
    labels = store.query(f"SELECT ?l WHERE {{ <{social}> skos:prefLabel ?l }}").rows
    assert labels == [{"l": "Socialnämnden"}]  # named by two documents, described once
    in_doc = store.query(f"ASK {{ GRAPH <{vocab.doc_graph('uppsala-riktlinjer-lss-boende-2019')}> "
                         f"{{ <{social}> ?p ?o }} }}").boolean
    assert not in_doc
    # the latest document describing an actor gives its description
    a = uppsala_programme()
    next(x for x in a.actors if x.id == "0380/socialnamnden").name = "Socialnämnden i Uppsala"
    store.replace_document(a.document.id, analysis_quads(a))
    assert store.query(f"SELECT ?l WHERE {{ <{social}> skos:prefLabel ?l }}").rows == [{"l": "Socialnämnden i Uppsala"}]


def test_reference_loaded_once_and_rebased(tmp_path: Path, monkeypatch) -> None:
    store = GraphStore.in_memory()
    assert store.ensure_reference() is True
    n = len(store)
    assert store.ensure_reference() is False and len(store) == n
    monkeypatch.setenv("MINER_BASE_IRI", "https://data.example.se/")
    assert store.ensure_reference() is True
    assert store.query("ASK { <https://data.example.se/municipality/0380> skos:prefLabel 'Uppsala kommun'@sv }").boolean
    assert not store.query("ASK { GRAPH <https://data.example.se/dataset/graph/reference> "
                           "{ <https://w3id.org/styrdok/municipality/0380> ?p ?o } }").boolean


def test_dumps_hold_every_graph(tmp_path: Path) -> None:
    with GraphStore(tmp_path) as store:
        store.ensure_reference()
        store.add_documents({a.document.id: analysis_quads(a) for a in example_corpus()})
        paths = store.dump(tmp_path)
        total = len(store)
    ds = rdflib.Dataset()
    ds.parse(paths["nq"], format="nquads")
    assert len(ds) == total
    trig = rdflib.Dataset()
    trig.parse(paths["trig"], format="trig")
    assert len(trig) == total
    union = rdflib.Graph().parse(paths["ttl"], format="turtle")
    assert len(union) == total  # no triple is said in two graphs, so the union loses none
    assert (rdflib.URIRef(vocab.doc("malmo-handlingsplan-arbete-2022")), None, None) in union


def test_read_only_and_not_built(tmp_path: Path) -> None:
    with pytest.raises(NotBuiltError):
        GraphStore(tmp_path / "nothing", read_only=True)
    with GraphStore(tmp_path) as store:
        store.replace_document("a", analysis_quads(kiruna_strategy())[:0])
        store.replace_document(kiruna_strategy().document.id, analysis_quads(kiruna_strategy()))
    ro = GraphStore(tmp_path, read_only=True)
    assert ro.document_ids() == {"kiruna-strategi-tillganglighet-2020"}
    with pytest.raises(MinerError, match="read-only"):
        ro.remove_document("kiruna-strategi-tillganglighet-2020")


def test_second_writer_gets_a_clear_message(tmp_path: Path) -> None:
    GraphStore(tmp_path).close()
    code = ("import sys\nfrom pathlib import Path\nfrom miner.graph.store import GraphStore\nfrom miner.errors import "
            "MinerError\ntry:\n    GraphStore(Path(sys.argv[1]))\nexcept MinerError as e:\n    print(e)\n")
    with GraphStore(tmp_path):
        out = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert "in use by another writer" in out.stdout


def test_quads_outside_the_documents_graph_are_refused() -> None:
    store = GraphStore.in_memory()
    quads = analysis_quads(kiruna_strategy())
    with pytest.raises(ValueError):
        store.replace_document("another-id", quads)


def test_query_checks() -> None:
    assert is_update("PREFIX x: <http://x/>\nINSERT DATA { x:a x:b x:c }")
    assert is_update("DELETE WHERE { ?s ?p ?o }")
    assert not is_update("SELECT ?insert WHERE { ?s <http://x/delete> 'DROP' } # LOAD")
    assert query_form("PREFIX a: <http://a/> CONSTRUCT WHERE { ?s ?p ?o }") == "graph"
    assert query_form("ask {}") == "ask"
    msg = format_syntax_error("SELECT ?x WHERE {\n  ?x a sty:Goal\n  FILTR(?x) }", "error at 3:11: expected OPTIONAL")
    assert msg.startswith("invalid SPARQL at line 3, column 11") and "\n" not in msg
    store = GraphStore.in_memory()
    with pytest.raises(UsageError, match="line 1, column"):
        store.query("SELECT * WHERE { ?s ?p }")
    with pytest.raises(UsageError, match="updates"):
        store.query("CLEAR ALL")
    with pytest.raises(UsageError, match="SERVICE"):
        store.query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    store.store.add(ox.Quad(ox.NamedNode("http://x/a"), ox.NamedNode("http://x/b"), ox.Literal("1"),
                            ox.NamedNode("http://x/g")))
    assert store.query("SELECT ?o WHERE { ?s ?p ?o }").rows == [{"o": "1"}]  # union default graph
