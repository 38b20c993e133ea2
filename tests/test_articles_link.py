"""CRPD article links: explicit references, article columns, topic links for goals and documents, traps."""

from __future__ import annotations

from miner.extract.articles import document_articles, link_articles
from miner.model import Goal
from miner.nlp import parse
from miner.parse import parse_text

HEAD = ("# Plan för delaktighet för personer med funktionsnedsättning\n"
        "Planen utgår från FN:s konvention om rättigheter för personer med funktionsnedsättning.\n\n")


def run(text: str, goals: list[Goal] | None = None):
    doc = parse_text(text)
    goals = goals or []
    return doc, link_articles(doc, parse(doc), goals)


def goal_at(doc, text: str, gid: str = "g1", level: str = "subgoal") -> Goal:
    start = doc.text.index(text)
    return Goal(id=gid, text=text, level=level, evidence=doc.evidence(start, start + len(text), "test", 0.9))


def explicit(links) -> set[int]:
    return document_articles(links, explicit=True)


def test_explicit_references_with_evidence():
    text = HEAD + ("Kommunen ska arbeta med tillgänglighet enligt artikel 9 och med arbete enligt art. 27.\n"
                   "Artiklarna 24 och 30 berörs också.\n")
    doc, links = run(text)
    assert {9, 24, 27, 30} <= explicit(links)
    link = next(x for x in links if x.article == 27 and x.goal is None)
    ev = link.evidence[0]
    assert ev.page == 1 and doc.text[ev.start:ev.end] == ev.quote == "art. 27"
    assert link.explicit and link.confidence >= 0.8  # instrument from the document: 0.85, named nearby: 0.95


def test_ranges_and_lists():
    _doc, links = run(HEAD + "Insatserna bidrar till artikel 5–7 och till artiklar 19, 20 och 21.\n")
    assert explicit(links) >= {5, 6, 7, 19, 20, 21}


def test_other_instruments_are_not_crpd():
    text = HEAD + ("Barn har rätt att uttrycka sina åsikter enligt artikel 12 i barnkonventionen.\n"
                   "Barnkonventionens artikel 3 säger att barnets bästa ska komma i främsta rummet.\n"
                   "Personuppgifter behandlas med stöd av artikel 6 i dataskyddsförordningen.\n"
                   "Unionen får bekämpa diskriminering enligt artikel 19 FEUF.\n"
                   "Insatser ges enligt LSS 9 § och 5 kap. 7 § socialtjänstlagen.\n")
    _doc, links = run(text)
    assert not explicit(links) & {3, 6, 12, 19}


def test_bare_reference_under_a_heading_naming_another_convention():
    text = HEAD + "## Barnkonventionen\nAlla barn har rätt att komma till tals, se artikel 12.\n"
    _doc, links = run(text)
    assert 12 not in explicit(links)


def test_article_column_links_document_and_goal():
    text = HEAD + ("| Åtgärd | Ansvarig | Koppling till artikel |\n|---|---|---|\n"
                   "| Inventera enkelt avhjälpta hinder i publika lokaler | Fastighetsnämnden | 9, 21 |\n"
                   "| Erbjuda praktikplatser i kommunens verksamheter | Personalutskottet | Art. 27 |\n")
    doc = parse_text(text)
    g1 = goal_at(doc, "Inventera enkelt avhjälpta hinder i publika lokaler", "g1", "action")
    g2 = goal_at(doc, "Erbjuda praktikplatser i kommunens verksamheter", "g2", "action")
    links = link_articles(doc, parse(doc), [g1, g2])
    assert explicit(links) >= {9, 21, 27}
    assert {9, 21} <= set(g1.articles) and 27 not in g1.articles
    assert 27 in g2.articles and 21 not in g2.articles
    row_link = next(x for x in links if x.goal == "g2" and x.article == 27)
    assert row_link.explicit and row_link.evidence[0].quote == "Art. 27"


def test_goal_topic_links_set_goal_articles():
    text = HEAD + ("## Fysisk tillgänglighet\n"
                   "Alla kommunens lokaler ska vara tillgängliga och fria från enkelt avhjälpta hinder.\n"
                   "## Arbete och sysselsättning\n"
                   "Fler personer med funktionsnedsättning ska få anställning i kommunen.\n"
                   "## Kultur och fritid\n"
                   "Utbudet av fritidsaktiviteter för barn och unga med funktionsnedsättning ska öka.\n")
    doc = parse_text(text)
    g1 = goal_at(doc, "Alla kommunens lokaler ska vara tillgängliga och fria från enkelt avhjälpta hinder.", "g1")
    g2 = goal_at(doc, "Fler personer med funktionsnedsättning ska få anställning i kommunen.", "g2")
    g3 = goal_at(doc, "Utbudet av fritidsaktiviteter för barn och unga med funktionsnedsättning ska öka.", "g3")
    links = link_articles(doc, parse(doc), [g1, g2, g3])
    assert 9 in g1.articles and 27 in g2.articles and 30 in g3.articles
    assert 27 not in g1.articles and 9 not in g2.articles
    assert {9, 27, 30} <= document_articles(links)
    goal_link = next(x for x in links if x.goal == "g2" and x.article == 27)
    assert not goal_link.explicit and goal_link.evidence[0].quote == g2.text
    assert all(0 < x.confidence <= 1 for x in links)


def test_school_mentioned_once_is_not_article_24():
    text = HEAD + (
        "## Tillgänglighet\n"
        "Kommunens lokaler ska vara tillgängliga för alla invånare.\n"
        "Enkelt avhjälpta hinder i publika lokaler ska åtgärdas.\n"
        "Hörslingor ska finnas i alla möteslokaler och i receptionen.\n"
        "Ramper och automatiska dörröppnare installeras vid entréerna.\n"
        "Inventeringen omfattar även lokaler som hyrs ut till föreningar, till exempel en skola.\n"
        "## Information\n"
        "Information från kommunen ska finnas på lättläst svenska och på teckenspråk.\n"
        + "Kommunen ska följa upp planen och redovisa resultatet för kommunstyrelsen.\n" * 3
    )
    _doc, links = run(text)
    arts = document_articles(links)
    assert 9 in arts and 21 in arts
    assert 24 not in arts


def test_document_not_about_disability_needs_more_than_a_mention():
    text = ("# Kostpolicy\n"
            "Måltiderna i förskola och skola ska vara goda, näringsriktiga och bidra till god hälsa.\n"
            "Specialkost serveras efter intyg.\n"
            "Matsvinnet ska minska.\n"
            "Råvarorna ska i första hand vara ekologiska.\n")
    _doc, links = run(text)
    assert not document_articles(links) & {24, 25}


def test_quote_of_the_national_goal_is_not_a_topic():
    text = HEAD + ("Det nationella målet är att uppnå jämlikhet i levnadsvillkor och full delaktighet för personer "
                   "med funktionsnedsättning i en samhällsgemenskap med mångfald som grund. Målet ska bidra till "
                   "ökad jämställdhet och till att barnperspektivet beaktas.\n"
                   "Kommunens lokaler ska vara tillgängliga.\n")
    _doc, links = run(text)
    arts = document_articles(links)
    assert 6 not in arts and 7 not in arts


def test_no_goals_and_empty_document_are_fine():
    _doc, links = run("Protokoll fört vid sammanträde.")
    assert links == []
