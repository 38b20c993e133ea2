"""`miner similar`, `GET /similar` and the evaluation's metrics."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from miner.cli import main
from miner.similar import update_index
from miner.similar.evaluate import (
    JUDGEMENTS,
    evaluate_corpus,
    goal_matches,
    load_judgements,
    ndcg_at,
    precision_at,
    summarise,
)
from miner.similar.synthetic import example_corpus


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("similar-cli")
    update_index(out, example_corpus(), [])
    return out


def test_json_is_a_list_of_hits_with_why(out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["similar", "--out", str(out), "--text", "arbete och sysselsättning", "-k", "3",
                 "--municipality", "Åmål", "--format", "json"])
    assert code == 0
    hits = json.loads(capsys.readouterr().out)
    assert isinstance(hits, list) and len(hits) == 3
    h = hits[0]
    assert {"score", "doc_id", "title", "municipality", "doc_type", "year", "why"} <= set(h)
    assert {"text", "structure", "shared_articles", "shared_actor_kinds", "key_terms", "passage",
            "municipality"} <= set(h["why"])
    assert {"text", "page", "start", "end"} <= set(h["why"]["passage"])
    assert h["why"]["municipality"]["same_group"] is True
    assert [x["score"] for x in hits] == sorted((x["score"] for x in hits), reverse=True)


def test_filters_and_goal_level_from_the_command_line(out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["similar", "--out", str(out), "--text", "tillgänglig information", "--level", "goal",
                 "--county", "Norrbottens län", "--from", "2020", "--format", "json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits and all(h["doc_id"] == "kiruna-riktlinje-information-2023" and h["goal"]["id"] for h in hits)


def test_table_output_names_what_a_person_checks(out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["similar", "--out", str(out), "--doc", "amal-program-arbete-2024", "-k", "2"]) == 0
    table = capsys.readouterr().out
    assert "Uppsala" in table and "B3" in table and "programme" in table and "p. 2" in table


@pytest.mark.parametrize("args, code, message", [
    (["--doc", "no-such-document"], 2, "unknown document 'no-such-document'"),
    (["--goal", "amal-program-arbete-2024#g42"], 2, "unknown goal id"),
    (["--text", "arbete", "--group", "X1"], 2, "unknown kommungrupp"),
])
def test_errors_are_one_line(out: Path, capsys: pytest.CaptureFixture[str], args: list[str], code: int,
                             message: str) -> None:
    assert main(["similar", "--out", str(out), *args]) == code
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_no_index_tells_to_build(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["similar", "--out", str(tmp_path), "--text", "arbete"]) == 1
    assert "run 'miner build" in capsys.readouterr().err


def test_http_similar(out: Path) -> None:
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from miner.serve.similar_api import router

    app = FastAPI()
    app.state.out = out
    app.include_router(router)
    client = TestClient(app)
    r = client.get("/similar", params={"text": "arbete och sysselsättning", "municipality": "Mellerud", "k": 2,
                                       "type": ["programme", "plan"]})
    assert r.status_code == 200
    hits = r.json()
    assert [h["doc_id"] for h in hits] == ["amal-program-arbete-2024", "uppsala-program-arbete-2022"]
    assert hits[0]["why"]["passage"]["page"] == 2
    r = client.get("/similar", params={"doc": "/etc/passwd"})
    assert r.status_code == 400 and "unknown document" in r.json()["error"]  # files are never read over HTTP
    assert client.get("/similar", params={"text": "x", "group": "Q7"}).status_code == 400
    app.state.out = out / "nothing-here"
    assert client.get("/similar", params={"text": "arbete"}).status_code == 503


# ------------------------------------------------------------------ evaluation


def test_metrics() -> None:
    assert precision_at([2, 0, 1, 0, 0, 2]) == pytest.approx(0.4)
    assert precision_at([1]) == pytest.approx(0.2)  # fewer than five results: missing ones are misses
    assert ndcg_at([2, 1, 0], [2, 1]) == pytest.approx(1.0)
    assert ndcg_at([1, 2], [2, 1]) < 1.0
    assert ndcg_at([0, 0], [2]) == 0.0 and ndcg_at([0], []) == 0.0
    assert goal_matches("Fler personer med funktionsnedsättning ska ha ett arbete.",
                        "fler personer med funktionsnedsättning ska ha ett arbete")
    assert goal_matches("Delmål 2. Invånare får information och service som de kan ta del av.",
                        "Invånare får information och service som de kan ta del av")
    assert not goal_matches("Alla skolor ska ha en elevhälsa.", "Alla lokaler ska vara tillgängliga.")


def test_judgements_are_well_formed() -> None:
    js = load_judgements(JUDGEMENTS)
    assert len(js) >= 25 and len({j["id"] for j in js}) == len(js)
    for j in js:
        assert j["corpus"] in ("sample", "real") and j["level"] in ("document", "goal")
        assert len(j["query"]) == 1 and set(j["query"]) <= {"text", "doc", "goal"}
        grades = j["grades"].values() if j["level"] == "document" else [g["grade"] for g in j["goal_grades"]]
        assert grades and all(g in (0, 1, 2) for g in grades) and 2 in grades
        if j["corpus"] == "real":  # ids and grades only: no text of the real documents
            assert "text" not in j["query"] or len(j["query"]["text"]) < 120
            assert j["level"] == "document"


def _built_sample() -> Path | None:
    for cand in (os.environ.get("MINER_SIMILAR_SAMPLE_OUT"), "outputs/eval-similar/sample", "outputs"):
        if cand and (Path(cand) / "index" / "manifest.json").exists():
            ids = json.loads((Path(cand) / "index" / "manifest.json").read_text())["documents"]
            if "uppsala-program-full-delaktighet-2022" in ids:
                return Path(cand)
    return None


@pytest.mark.slow
def test_combined_ranking_beats_plain_tfidf_on_the_sample(built_sample) -> None:
    out = _built_sample() or built_sample
    rows = evaluate_corpus(out, [j for j in load_judgements() if j["corpus"] == "sample"])
    s = summarise(rows)
    assert s["combined"]["ndcg@10"] > s["baseline"]["ndcg@10"]
    assert s["combined"]["p@5"] >= s["baseline"]["p@5"]
