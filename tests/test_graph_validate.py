"""SHACL: the example graph conforms; broken analyses are reported readably, per document."""

from __future__ import annotations

import pytest

from miner.graph.examples import example_corpus, kiruna_strategy, malmo_plan, uppsala_programme
from miner.graph.validate import validate_analyses
from miner.model import ArticleLink, Field, TopicLink


def test_example_corpus_conforms() -> None:
    report = validate_analyses(example_corpus())
    assert report.conforms, report.lines(10)
    assert report.documents == 4 and report.triples > 1000


def _messages(analysis) -> list[str]:
    report = validate_analyses([analysis])
    assert not report.conforms
    return report.lines()


def test_article_outside_the_convention() -> None:
    a = malmo_plan()
    a.articles.append(ArticleLink(51, 0.9, True, a.articles[0].evidence))
    lines = _messages(a)
    assert any(line.startswith("malmo-handlingsplan-arbete-2022: ") and "convention article" in line for line in lines)


def test_unknown_municipality_and_topic() -> None:
    a = kiruna_strategy()
    a.document.metadata.kommunkod = Field(value="9999")
    a.topics.append(TopicLink("direction:7", 0.5, a.topics[0].evidence))
    text = "\n".join(_messages(a))
    assert "known municipality" in text
    assert "national direction" in text


def test_goal_level_parent_and_unknown_actor() -> None:
    a = uppsala_programme()
    a.goals[1].level = "vision"
    a.goals[2].parent = "g99"
    a.goals[3].actors.append("0380/okand-namnd")
    text = "\n".join(_messages(a))
    assert "level must be overall, subgoal or action" in text
    assert "parent must be a goal" in text
    assert "actor needs a name" in text


def test_bad_offsets_and_link_to_missing_goal() -> None:
    a = malmo_plan()
    ev = a.goals[0].evidence
    ev.start, ev.end = ev.end, ev.start
    a.articles.append(ArticleLink(27, 0.8, False, [a.goals[1].evidence], goal="g42"))
    text = "\n".join(_messages(a))
    assert "start <= end" in text
    assert "unknown goal id" in text


def test_missing_evidence_for_a_link() -> None:
    a = kiruna_strategy()
    a.articles[0].evidence = []
    assert any("article link must point to its evidence" in line for line in _messages(a))


@pytest.mark.parametrize("label", ["memo"])
def test_unknown_document_type(label: str) -> None:
    a = malmo_plan()
    a.doc_type.label = label
    assert any("six types" in line for line in _messages(a))
