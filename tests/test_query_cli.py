"""`miner query` and `miner validate` as a researcher uses them: formats, ready queries, errors as one line."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib

from miner.cli import main
from miner.graph import write_graph
from miner.graph.examples import example_corpus


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    write_graph(folder, example_corpus(), [], dump=False)
    return folder


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


SELECT_TYPES = "SELECT ?id ?type WHERE { ?d dcterms:identifier ?id ; eli:type_document/skos:notation ?type } ORDER BY ?id"


def test_select_as_json_csv_tsv_and_table(out: Path, capsys) -> None:
    code, data, _ = _run(capsys, "query", "--out", str(out), "--format", "json", SELECT_TYPES)
    assert code == 0
    bindings = json.loads(data)["results"]["bindings"]
    assert [(b["id"]["value"], b["type"]["value"]) for b in bindings][:2] == [
        ("kiruna-strategi-tillganglighet-2020", "strategy"), ("malmo-handlingsplan-arbete-2022", "plan")]

    code, data, _ = _run(capsys, "query", "--out", str(out), "-f", "csv", SELECT_TYPES)
    rows = list(csv.DictReader(io.StringIO(data)))
    assert code == 0 and len(rows) == 4 and rows[3]["type"] == "guideline"

    code, data, _ = _run(capsys, "query", "--out", str(out), "-f", "tsv", SELECT_TYPES)
    assert data.splitlines()[0] == "?id\t?type" and len(data.splitlines()) == 5

    code, data, err = _run(capsys, "query", "--out", str(out), SELECT_TYPES)
    assert code == 0 and "uppsala-program-delaktighet-2021" in data and "4 row(s)" in err


def test_ask_construct_describe(out: Path, capsys) -> None:
    code, data, _ = _run(capsys, "query", "--out", str(out), "ASK { ?g sty:level sty:action }")
    assert (code, data.strip()) == (0, "true")
    construct = "CONSTRUCT { ?g dcterms:description ?t } WHERE { ?g sty:level sty:action ; dcterms:description ?t }"
    code, data, _ = _run(capsys, "query", "--out", str(out), "-f", "ttl", construct)
    assert code == 0 and len(rdflib.Graph().parse(data=data, format="turtle")) == 2
    code, data, _ = _run(capsys, "query", "--out", str(out), "-f", "jsonld", construct)
    assert code == 0 and len(rdflib.Graph().parse(data=data, format="json-ld")) == 2
    code, data, _ = _run(capsys, "query", "--out", str(out), "-f", "nt",
                         "DESCRIBE ?a WHERE { ?a sty:articleNumber 27 }")
    assert code == 0 and "Arbete och sysselsättning" in data


def test_ready_queries_from_the_command_line(out: Path, capsys, tmp_path: Path) -> None:
    code, data, _ = _run(capsys, "query", "--out", str(out), "--list", "-f", "csv")
    names = [r["name"] for r in csv.DictReader(io.StringIO(data))]
    assert code == 0 and "never-article-27" in names and "culture-leisure-article-30" in names

    code, data, _ = _run(capsys, "query", "--out", str(out), "never-article-27", "-f", "csv")
    assert [r["kommunkod"] for r in csv.DictReader(io.StringIO(data))] == ["2584", "0380"]

    code, data, _ = _run(capsys, "query", "--out", str(out), "committee-goals", "-p", "committee=Socialnämnden",
                         "-p", "kommun=0380", "-f", "csv")
    assert code == 0 and [r["page"] for r in csv.DictReader(io.StringIO(data))] == ["4", "2"]

    code, data, _ = _run(capsys, "query", "--show", "never-article-27", "-p", "article=9")
    assert code == 0 and "VALUES ?article { 9 }" in data

    rq = tmp_path / "mine.rq"
    rq.write_text("# Goals in one municipality\n# @param kommun string  the kommunkod\n"
                  "SELECT ?g WHERE { VALUES ?kommun { UNDEF } ?g dcterms:isPartOf/dcterms:publisher/sty:kommunkod "
                  "?kommun }\n", encoding="utf-8")
    code, data, _ = _run(capsys, "query", "--out", str(out), "--file", str(rq), "-p", "kommun=1280", "-f", "csv")
    assert code == 0 and len(data.splitlines()) == 3


@pytest.mark.parametrize("argv, message", [
    (["SELECT ?x WHERE {\n  ?x a sty:Goal\n  FILTR(?x) }"], "invalid SPARQL at line 3, column"),
    (["INSERT DATA { <http://a/b> <http://a/c> 1 }"], "updates are not accepted"),
    (["never-article-27", "-p", "article=tjugosju"], "must be an integer"),
    (["nevr-article-27"], "did you mean never-article-27"),
    (["-f", "ttl", "SELECT * WHERE { ?s ?p ?o }"], "CONSTRUCT and DESCRIBE"),
    (["-p", "a=b", "SELECT * WHERE { ?s ?p ?o }"], "--param is for ready queries"),
])
def test_usage_errors_exit_2_with_one_line(out: Path, capsys, argv: list[str], message: str) -> None:
    code, data, err = _run(capsys, "query", "--out", str(out), *argv)
    assert code == 2 and data == ""
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_bad_sparql_in_a_real_process(out: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "miner", "query", "--out", str(out), "SELECT * WHERE { ?s ?p }"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.startswith("miner query: error: invalid SPARQL at line 1, column")
    assert len(proc.stderr.strip().splitlines()) == 1


def test_timeout_stops_a_runaway_query(out: Path, capsys) -> None:
    # a cross product streaming tens of millions of rows: stopped at the limit, its thread at the next row
    runaway = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"
    code, data, err = _run(capsys, "query", "--out", str(out), "--timeout", "0.5", runaway)
    assert code == 1 and data == "" and "did not finish within 0.5 s" in err


def test_not_built(tmp_path: Path, capsys) -> None:
    code, _, err = _run(capsys, "query", "--out", str(tmp_path), "never-article-27")
    assert code == 1 and "run 'miner build" in err


def test_validate_command(out: Path, capsys) -> None:
    code, data, err = _run(capsys, "validate", "--out", str(out))
    assert code == 0 and data == "" and "conforms" in err
