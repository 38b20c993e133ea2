"""The HTTP endpoint, driven by a standard client (SPARQLWrapper) against a server this test starts."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import rdflib
from SPARQLWrapper import CSV, JSON, POST, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from miner.graph import vocab, write_graph
from miner.graph.examples import example_corpus
from miner.serve import create_app
from miner.serve.negotiation import negotiate, parse_accept

SELECT = "SELECT ?n WHERE { ?a sty:articleNumber ?n } ORDER BY ?n LIMIT 3"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(out: Path, **kw) -> tuple[str, object, threading.Thread]:
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(out, **kw), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 30
    while not server.started:
        assert time.time() < deadline, "server did not start"
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}/sparql", server, thread


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("serve")
    write_graph(folder, example_corpus(), [], dump=False)
    return folder


@pytest.fixture(scope="module")
def endpoint(out: Path) -> Iterator[str]:
    url, server, thread = _start(out, workers=1, timeout=5)
    yield url
    server.should_exit = True
    thread.join(timeout=30)


def _client(url: str, query: str, fmt: str, method: str | None = None) -> SPARQLWrapper:
    sw = SPARQLWrapper(url)
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    if method:
        sw.setMethod(method)
    return sw


def test_select_in_every_results_format(endpoint: str) -> None:
    res = _client(endpoint, SELECT, JSON).query().convert()
    assert [b["n"]["value"] for b in res["results"]["bindings"]] == ["1", "2", "3"]
    assert _client(endpoint, SELECT, CSV).query().convert().decode().split() == ["n", "1", "2", "3"]
    assert _client(endpoint, SELECT, TSV).query().convert().decode().split()[0] == "?n"
    xml = _client(endpoint, SELECT, XML).query().convert()
    assert len(xml.getElementsByTagName("result")) == 3
    posted = _client(endpoint, SELECT, JSON, POST).query().convert()
    assert len(posted["results"]["bindings"]) == 3


def test_ready_query_answer_over_http(endpoint: str) -> None:
    from miner.queries import get

    res = _client(endpoint, get("never-article-27").sparql, JSON).query().convert()
    assert [b["kommunkod"]["value"] for b in res["results"]["bindings"]] == ["2584", "0380"]


def test_construct_as_turtle_and_jsonld(endpoint: str) -> None:
    construct = "CONSTRUCT { ?a skos:notation ?n } WHERE { ?a sty:articleNumber ?n } LIMIT 4"
    g = _client(endpoint, construct, TURTLE).query().convert()
    assert len(rdflib.Graph().parse(data=g, format="turtle")) == 4
    r = httpx.get(endpoint, params={"query": construct}, headers={"Accept": "application/ld+json"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/ld+json")
    assert len(rdflib.Graph().parse(data=r.text, format="json-ld")) == 4
    r = httpx.post(endpoint, content=construct, headers={"Content-Type": "application/sparql-query",
                                                         "Accept": "application/n-triples"})
    assert r.status_code == 200 and r.text.count(" .\n") == 4


def test_ask_and_dataset_restriction(endpoint: str) -> None:
    ask = "ASK { ?g a sty:Goal }"
    assert _client(endpoint, ask, JSON).query().convert()["boolean"] is True
    r = httpx.get(endpoint, params={"query": ask, "default-graph-uri": vocab.reference_graph()},
                  headers={"Accept": "application/sparql-results+json"})
    assert r.json()["boolean"] is False  # no goals in the reference graph


def test_updates_are_refused(endpoint: str) -> None:
    update = "INSERT DATA { <http://example.org/a> <http://example.org/b> 1 }"
    assert httpx.post(endpoint, data={"update": update}).status_code == 403
    assert httpx.post(endpoint, content=update, headers={"Content-Type": "application/sparql-update"}).status_code == 403
    r = httpx.get(endpoint, params={"query": update})
    assert r.status_code == 403 and "read-only" in r.text
    sw = _client(endpoint, "DELETE WHERE { ?s ?p ?o }", JSON)
    sw.setMethod(POST)
    with pytest.raises(Exception, match="403"):
        sw.query()
    assert _client(endpoint, "ASK { ?s ?p ?o }", JSON).query().convert()["boolean"] is True


def test_bad_query_is_400_with_the_parsers_message(endpoint: str) -> None:
    r = httpx.get(endpoint, params={"query": "SELECT * WHERE {\n ?s ?p }"})
    assert r.status_code == 400 and "line 2, column" in r.text
    with pytest.raises(QueryBadFormed):
        _client(endpoint, "SELECT * WHERE { ?s ?p }", JSON).query()
    assert httpx.post(endpoint, content="x", headers={"Content-Type": "text/plain"}).status_code == 415


def test_service_description_and_cors(endpoint: str) -> None:
    r = httpx.get(endpoint, headers={"Origin": "http://yasgui.example"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    assert r.headers["access-control-allow-origin"] == "*"
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    assert (rdflib.URIRef(endpoint), rdflib.RDF.type, vocab.SD.Service) in g


def test_runaway_query_is_stopped_and_the_server_recovers(out: Path) -> None:
    url, server, thread = _start(out, workers=1, timeout=1)
    try:
        t0 = time.time()
        r = httpx.get(url, params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"},
                      timeout=60)
        assert r.status_code == 503 and "stopped" in r.text and time.time() - t0 < 30
        r = httpx.get(url, params={"query": "ASK { ?s ?p ?o }"}, timeout=60,
                      headers={"Accept": "application/sparql-results+json"})
        assert r.status_code == 200 and r.json()["boolean"] is True
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def test_in_process_engine(out: Path) -> None:
    url, server, thread = _start(out, workers=0, timeout=5)
    try:
        res = _client(url, SELECT, JSON).query().convert()
        assert len(res["results"]["bindings"]) == 3
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def test_negotiation() -> None:
    assert parse_accept("text/csv;q=0.5, application/sparql-results+json") == [
        "application/sparql-results+json", "text/csv"]
    assert negotiate("text/csv;q=0.9, text/turtle") == ("csv", "ttl")
    assert negotiate("application/ld+json, application/sparql-results+xml;q=0.8") == ("xml", "jsonld")
    assert negotiate(None) == ("json", "ttl")
    assert negotiate("text/html", "csv") == ("csv", "ttl")
