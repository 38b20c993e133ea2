"""Every ready query, run on the example corpus, returns the rows a researcher would expect."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from miner import Corpus
from miner.errors import UsageError
from miner.graph import vocab, write_graph
from miner.graph.examples import example_corpus, uppsala_programme
from miner.queries import get as get_query
from miner.queries import ready_queries

UPPSALA_PROGRAMME = "uppsala-program-delaktighet-2021"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    out = tmp_path_factory.mktemp("ready")
    write_graph(out, example_corpus(), [], dump=False)
    with Corpus(out) as c:
        yield c


def _col(rows: list[dict], name: str) -> list:
    return [r[name] for r in rows]


def test_every_query_documents_itself_and_its_parameters() -> None:
    queries = ready_queries()
    assert len(queries) >= 12
    for q in queries.values():
        assert q.title and q.description, q.name
        for p in q.params:
            assert re.search(r"VALUES\s+\?" + p.name + r"\s*\{\s*UNDEF\s*\}", q.sparql), (q.name, p.name)
        assert "https://w3id.org/styrdok/" not in q.sparql.replace(str(vocab.STY), ""), (
            f"{q.name}: instance IRIs depend on the base IRI setting; match by code or number instead")


def test_every_query_runs_without_duplicate_rows(corpus: Corpus) -> None:
    for name in ready_queries():
        rows = corpus.run(name).rows
        keys = [tuple(sorted(map(str, r.items()))) for r in rows]
        assert len(keys) == len(set(keys)), name


def test_documents_by_type(corpus: Corpus) -> None:
    rows = corpus.run("documents-by-type").rows
    assert [(r["municipality"], r["type"]) for r in rows] == [
        ("Kiruna kommun", "strategy"), ("Malmö stad", "plan"),
        ("Uppsala kommun", "guideline"), ("Uppsala kommun", "programme")]
    assert rows[1]["kommungrupp"] == "Storstäder" and rows[0]["kommunkod"] == "2584"
    assert _col(corpus.run("documents-by-type", kommun="uppsala").rows, "type") == ["guideline", "programme"]
    assert _col(corpus.run("documents-by-type", type="plan").rows, "municipality") == ["Malmö stad"]


def test_articles_by_municipality(corpus: Corpus) -> None:
    rows = corpus.run("articles-by-municipality").rows
    assert {(r["municipality"], r["article"]) for r in rows} == {
        ("Kiruna kommun", 9), ("Kiruna kommun", 30), ("Malmö stad", 27),
        ("Uppsala kommun", 9), ("Uppsala kommun", 19), ("Uppsala kommun", 30)}
    art19 = next(r for r in rows if r["article"] == 19)
    assert (art19["documents"], art19["goals"], art19["explicit"]) == (2, 3, 1)
    assert len(corpus.run("articles-by-municipality", kommun="1280").rows) == 1


def test_municipalities_never_addressing_article_27(corpus: Corpus) -> None:
    assert _col(corpus.run("never-article-27").rows, "municipality") == ["Kiruna kommun", "Uppsala kommun"]
    assert _col(corpus.run("never-article-27", article=19).rows, "municipality") == ["Kiruna kommun", "Malmö stad"]


def test_goals_of_a_committee(corpus: Corpus) -> None:
    rows = corpus.run("committee-goals", committee="Socialnämnden").rows
    assert [(r["municipality"], r["level"], r["page"]) for r in rows] == [
        ("Uppsala kommun", "subgoal", 4), ("Uppsala kommun", "overall", 2)]
    assert rows[0]["text"].startswith("Socialnämnden ska öka andelen bostäder")
    kfn = corpus.run("committee-goals", committee="kultur- och fritidsnämnden", kommun="Kiruna").rows
    assert [r["goal"] for r in kfn] == [vocab.goal("kiruna-strategi-tillganglighet-2020", "g2")]
    assert len(corpus.run("committee-goals").rows) == 6


def test_adopted_by_kommunfullmaktige_after_2020(corpus: Corpus) -> None:
    rows = corpus.run("adopted-by-kf-after-2020").rows
    assert [(r["municipality"], r["adopted"].isoformat()) for r in rows] == [
        ("Malmö stad", "2022-02-24"), ("Uppsala kommun", "2021-03-29")]
    assert len(corpus.run("adopted-by-kf-after-2020", year=2019).rows) == 3  # Kiruna 2020 too; never Socialnämnden


def test_national_directions(corpus: Corpus) -> None:
    rows = corpus.run("national-directions").rows
    assert [(r["direction"], r["documents"], r["municipalities"]) for r in rows] == [
        (1, 1, 1), (2, 2, 2), (3, 1, 1), (4, 1, 1)]
    assert float(rows[1]["percentOfMunicipalities"]) == pytest.approx(66.7)


def test_goal_provenance_leads_to_page_quote_and_offsets(corpus: Corpus) -> None:
    a = uppsala_programme()
    rows = corpus.provenance(vocab.goal(UPPSALA_PROGRAMME, "g2"))
    assert len(rows) == 1
    r = rows[0]
    assert r["page"] == 4 and r["extractor"] == "rule:goal-heading" and float(r["confidence"]) == 0.86
    assert r["quote"] == a.document.text[r["start"]:r["end"]]
    assert a.document.page_at(r["start"]) == 4
    assert r["source"] == a.document.source
    by_words = corpus.run("goal-provenance", contains="bostäder").rows
    assert [x["goal"] for x in by_words] == [vocab.goal(UPPSALA_PROGRAMME, "g2")]


def test_headline_culture_and_leisure_article_30(corpus: Corpus) -> None:
    rows = corpus.run("culture-leisure-article-30").rows
    assert [(r["municipality"], r["link"], r["page"]) for r in rows] == [
        ("Uppsala kommun", "goal", 5), ("Uppsala kommun", "goal", 5)]
    assert {r["goal"].rsplit("/", 1)[-1] for r in rows} == {"g3", "g4"}
    # Kiruna's committee has the same commitment, but in a strategy
    assert _col(corpus.run("culture-leisure-article-30", type="strategy").rows, "municipality") == ["Kiruna kommun"]


def test_other_ready_queries(corpus: Corpus) -> None:
    coverage = {r["article"]: r for r in corpus.run("article-coverage").rows}
    assert len(coverage) == 50 and coverage[27]["documents"] == 1 and coverage[1]["documents"] == 0
    assert coverage[9]["municipalities"] == 2 and coverage[49]["part"] == "procedural"

    groups = {r["code"]: r for r in corpus.run("kommungrupp-article", article=30, type="strategy").rows}
    assert groups["C6"]["documents"] == 1 and groups["B3"]["documents"] == 0
    assert groups["A1"]["municipalitiesWithDocuments"] == 1

    ladder = corpus.run("participation-ladder").rows
    assert [(r["municipality"], r["highestStep"], r["rank"]) for r in ladder] == [
        ("Malmö stad", "Inflytande", 4), ("Uppsala kommun", "Dialog", 3)]

    low = corpus.run("review-low-confidence", threshold="0.61").rows
    assert [(float(r["confidence"]), r["quote"]) for r in low] == [
        (0.58, "idrottsanläggningar"), (0.6, "tillgänglig för alla invånare")]

    tree = corpus.run("goal-hierarchy", doc=UPPSALA_PROGRAMME).rows
    assert [(r["id"], r["level"], r["parent"]) for r in tree] == [
        ("g1", "overall", None), ("g2", "subgoal", "g1"), ("g3", "subgoal", None), ("g4", "action", "g3")]
    assert tree[3]["deadline"] == "2023" and tree[3]["responsible"] == "Kultur- och fritidsnämnden"

    actors = corpus.run("document-actors", kommun="Uppsala").rows
    riktlinjer = [r for r in actors if r["doc"].endswith("uppsala-riktlinjer-lss-boende-2019")]
    assert [(r["actor"], r["roles"], r["goals"]) for r in riktlinjer] == [("Socialnämnden", "adopting, responsible", 1)]


def test_parameters_are_checked() -> None:
    q = get_query("never-article-27")
    with pytest.raises(UsageError, match="integer"):
        q.bind(article="tjugosju")
    with pytest.raises(UsageError, match="no parameter"):
        q.bind(artikel=27)
    assert 'VALUES ?committee { "Kultur- och \\"fritid\\"" }' in get_query("committee-goals").bind(
        committee='Kultur- och "fritid"')
    with pytest.raises(UsageError, match="did you mean never-article-27"):
        get_query("never-article27")


def test_ready_query_files_are_packaged() -> None:
    assert all(Path(q.path).suffix == ".rq" for q in ready_queries().values())


def test_portable_forms_are_plain_sparql_11() -> None:
    from rdflib.plugins.sparql import prepareQuery

    for q in ready_queries().values():
        text = q.portable()
        assert "LATERAL" not in text
        prepareQuery(text)  # raises on anything rdflib's SPARQL 1.1 parser does not accept


def test_switched_on_lines_narrow_early_and_agree(corpus: Corpus) -> None:
    low = corpus.run("review-low-confidence", threshold="0.7", kommun="Kiruna").rows
    assert {r["doc"] for r in low} == {vocab.doc("kiruna-strategi-tillganglighet-2020")}
    assert len(corpus.run("review-low-confidence", threshold="0.7").rows) > len(low)
    bound = get_query("committee-goals").bind(committee="x")
    assert "#{committee}{!kommun}" not in bound  # the committee anchors the query...
    assert "#{committee}{kommun}" in bound and "#{kommun}  {" in bound  # ...unless a municipality does
    both = get_query("committee-goals").bind(committee="x", kommun="0380")
    assert "#{committee}{!kommun}" in both and "#{kommun}" not in both
