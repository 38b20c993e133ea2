"""The Python API: `from miner import Corpus`."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from miner import Corpus
from miner.errors import NotBuiltError, UsageError
from miner.graph import QueryTimeout, write_graph
from miner.graph.examples import example_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    out = tmp_path_factory.mktemp("corpus")
    write_graph(out, example_corpus(), [], dump=False)
    with Corpus(out) as c:
        yield c


def test_documents(corpus: Corpus) -> None:
    docs = {d["id"]: d for d in corpus.documents()}
    assert set(docs) == corpus.document_ids() and len(docs) == 4
    d = docs["uppsala-program-delaktighet-2021"]
    assert d["type"] == "programme" and d["kommunkod"] == "0380" and d["goals"] == 4 and d["pages"] == 5
    assert d["adopted"] == dt.date(2021, 3, 29) and d["adoptedBy"] == "Kommunfullmäktige"


def test_query_rows_are_python_values(corpus: Corpus) -> None:
    result = corpus.query("""
        SELECT ?n ?c ?explicit ?label WHERE {
          ?link sty:article ?a ; sty:confidence ?c ; sty:explicit ?explicit .
          ?a sty:articleNumber ?n ; skos:prefLabel ?label . FILTER(LANG(?label) = "en")
        } ORDER BY DESC(?c) LIMIT 1""")
    assert result.variables == ["n", "c", "explicit", "label"]
    (row,) = list(result)
    assert row == {"n": 27, "c": Decimal("0.97"), "explicit": True, "label": "Work and employment"}
    assert corpus.query("ASK { ?g sty:level sty:overallGoal }").boolean is True
    graph = corpus.query("CONSTRUCT { ?a skos:notation ?n } WHERE { ?a sty:articleNumber ?n } LIMIT 3")
    assert graph.kind == "graph" and len(graph) == 3 and b"skos:notation" in graph.serialize_graph("ttl")


def test_ready_queries_and_parameters(corpus: Corpus) -> None:
    assert "committee-goals" in corpus.ready_queries()
    rows = corpus.run("committee-goals", committee="kultur- och fritidsnämnden").rows
    assert {r["municipality"] for r in rows} == {"Uppsala kommun", "Kiruna kommun"}
    with pytest.raises(UsageError):
        corpus.run("committee-goals", nämnd="x")


def test_errors(corpus: Corpus, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="line 1"):
        corpus.query("SELECT ?x WHERE { ?x }")
    with pytest.raises(NotBuiltError):
        Corpus(tmp_path).documents()


def test_timeout_returns_control() -> None:
    from miner.graph.store import run_with_timeout

    def slow(cancel) -> int:
        cancel.wait(5)
        return 1

    with pytest.raises(QueryTimeout, match=r"0\.2 s"):
        run_with_timeout(slow, 0.2)
    assert run_with_timeout(lambda cancel: 7, 1) == 7
