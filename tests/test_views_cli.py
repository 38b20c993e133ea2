"""`miner export`: the command line over miner.views, and the filters users type."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest

from miner import Corpus
from miner.cli import main
from miner.errors import UsageError
from miner.views.filters import resolve_filters

from .views_corpus import example_out


@pytest.fixture(scope="module")
def out() -> Path:
    return example_out()


def test_export_gexf_with_filters(out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dest = tmp_path / "uppsala.gexf"
    code = main(["export", "documents-articles", "--out", str(out), "--municipality", "Uppsala", "--article", "19",
                 "-o", str(dest)])
    assert code == 0
    err = capsys.readouterr().err
    assert "documents-articles (document) as gexf: 3 nodes, 2 edges" in err and str(dest) in err
    g = nx.read_gexf(dest)
    assert sorted(d["label"][:7] for d in g.nodes.values()) == ["Art. 19", "Program", "Riktlin"]


def test_export_csv_pair_and_stdout(out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "actors", "--out", str(out), "-o", str(tmp_path / "a.csv")]) == 0
    assert (tmp_path / "a.csv").exists() and (tmp_path / "a.edges.csv").exists()
    capsys.readouterr()
    assert main(["export", "coverage", "--out", str(out), "--format", "csv", "-o", "-", "--by", "county"]) == 0
    captured = capsys.readouterr()
    rows = list(csv.reader(captured.out.splitlines()))
    assert rows[0][:3] == ["id", "code", "name"] and {r[2] for r in rows[1:]} == {
        "Uppsala län", "Skåne län", "Norrbottens län"}
    assert captured.err == ""  # stdout is data only; no chatter when it is the data channel


def test_export_sparql_query_file_and_summary(out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    q = tmp_path / "q.rq"
    q.write_text("# who is involved where\nSELECT ?doc ?actor WHERE { ?doc sty:involves ?actor }", encoding="utf-8")
    assert main(["export", "sparql", "--out", str(out), "--query-file", str(q), "-o", str(tmp_path / "q.cyjs"),
                 "--json"]) == 0
    err = capsys.readouterr().err
    summary = json.loads(err[err.index("{"):])
    with Corpus(out) as c:
        pairs = len(c.query("SELECT DISTINCT ?d ?a WHERE { ?d sty:involves ?a }"))
    assert summary["view"] == "sparql" and summary["format"] == "cyjs" and summary["edges"] == pairs
    data = json.loads((tmp_path / "q.cyjs").read_text(encoding="utf-8"))
    assert len(data["elements"]["edges"]) == pairs


def test_aggregation_is_said_on_stderr(out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "documents-articles", "--out", str(out), "--max-nodes", "7",
                 "-o", str(tmp_path / "d.graphml")]) == 0
    err = capsys.readouterr().err
    assert "note: 8 nodes with documents is more than 7: aggregated to municipalities" in err
    g = nx.read_graphml(tmp_path / "d.graphml")
    assert "aggregated to municipalities" in g.graph["note_en"]


@pytest.mark.parametrize("argv,message", [
    (["export", "nope"], None),
    (["export", "actors", "-o", "x.pdf"], "cannot tell the format"),
    (["export", "actors", "--format", "png", "-o", "-"], "binary"),
    (["export", "municipality"], "exactly one municipality"),
    (["export", "coverage", "--group", "Z9"], "unknown kommungrupp"),
    (["export", "coverage", "--year", "20x1"], "--year wants a year"),
    (["export", "sparql", "--query", "SELECT ?x WHERE {"], "invalid SPARQL"),
    (["export", "actors", "--size", "huge", "-o", "a.png"], "--size"),
])
def test_usage_errors_exit_2(out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str],
                             message: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    if message is None:
        with pytest.raises(SystemExit) as exc:
            main(argv)
        assert exc.value.code == 2
        return
    assert main([*argv[:2], "--out", str(out), *argv[2:]]) == 2
    assert message in capsys.readouterr().err


def test_missing_store_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "coverage", "--out", str(tmp_path / "none"), "-o", str(tmp_path / "c.csv")]) == 1
    assert "run 'miner build" in capsys.readouterr().err


def test_filters_resolve_names_and_codes() -> None:
    f = resolve_filters(municipality="Uppsala, 2584", county="Norrbottens län", group="c", type="handlingsplan",
                        article="art. 27, 9", from_year="2019", to_year=2024)
    assert f.municipalities == ("0380", "2584") and f.counties == ("25",)
    assert set(f.groups) == {"C6", "C7", "C8", "C9"} and f.types == ("plan",) and f.articles == (27, 9)
    assert (f.year_from, f.year_to) == (2019, 2024)
    assert f.publishers() == ["https://w3id.org/styrdok/municipality/2584"]  # Uppsala is not in Norrbotten
    assert "Uppsala, Kiruna" in f.describe() and "2019–2024" in f.describe()
    assert resolve_filters(county="03").publishers()[-1] == "https://w3id.org/styrdok/region/03"  # region's own
    assert resolve_filters(group="Större stad").groups == ("B3",)
    assert resolve_filters(type="Riktlinjer").types == ("guideline",)
    assert resolve_filters().empty and resolve_filters().publishers() is None
    for bad in ({"article": "51"}, {"type": "roman"}, {"county": "Atlantis"}, {"year": 2020, "from_year": 2019},
                {"from_year": 2024, "to_year": 2020}, {"municipality": "9999"}, {"colour": "red"}):
        with pytest.raises(UsageError):
            resolve_filters(**bad)
