"""Goal rules: what is a goal, at which level, under which parent and area, and what is not."""

from __future__ import annotations

import pytest

from miner.extract.goals import (
    classify_heading,
    extract_goals,
    main_clause_modal,
    normalise_deadline,
    split_sentences,
    starts_with_action_verb,
)
from miner.nlp.goals import find_cues
from miner.parse import parse_text

PROGRAM = """\
# Program för full delaktighet 2024–2030

## Innehåll

Inledning ........ 2
Övergripande mål ........ 3
Målområden ........ 4

## Bakgrund

Kommunen har under flera år arbetat med tillgänglighet i lokaler och på webben. Enligt 3 kap. 1 § SoL ska \
socialnämnden verka för goda levnadsförhållanden. Det nationella målet för funktionshinderspolitiken är att \
uppnå jämlikhet i levnadsvillkor och full delaktighet i samhället för personer med funktionsnedsättning.

## Övergripande mål

Alla invånare ska kunna delta i samhällslivet på lika villkor senast 2030.

## Målområden

### Fysisk tillgänglighet

#### Delmål

- Kommunens publika lokaler ska vara tillgängliga för alla.

#### Åtgärder

- Inventera alla publika lokaler.
- Åtgärda enkelt avhjälpta hinder i entréer.

### Information

Mål: Kommunens information ska vara lätt att förstå.

## Uppföljning

Planen ska följas upp årligen av kommunstyrelsen.
"""


@pytest.fixture(scope="module")
def program():
    doc = parse_text(PROGRAM)
    goals, sources = extract_goals(doc)
    return doc, goals, sources


def _by_text(goals, start: str):
    found = [g for g in goals if g.text.startswith(start)]
    assert found, f"no goal starting {start!r} in {[g.text for g in goals]}"
    return found[0]


def test_goal_heading_paragraph_is_overall_goal_with_deadline(program):
    _, goals, _ = program
    g = _by_text(goals, "Alla invånare ska kunna delta")
    assert g.level == "overall"
    assert g.deadline == "2030"
    assert g.parent is None


def test_list_under_delmal_heading_is_subgoal_in_area(program):
    _, goals, _ = program
    g = _by_text(goals, "Kommunens publika lokaler ska vara tillgängliga")
    assert g.level == "subgoal"
    assert g.area == "Fysisk tillgänglighet"
    assert g.parent == _by_text(goals, "Alla invånare").id


def test_actions_under_atgarder_heading_serve_the_subgoal(program):
    _, goals, _ = program
    sub = _by_text(goals, "Kommunens publika lokaler")
    for start in ("Inventera alla publika lokaler", "Åtgärda enkelt avhjälpta hinder"):
        g = _by_text(goals, start)
        assert g.level == "action"
        assert g.parent == sub.id
        assert g.area == "Fysisk tillgänglighet"


def test_inline_label_is_not_part_of_the_goal_text(program):
    _, goals, _ = program
    g = _by_text(goals, "Kommunens information ska vara lätt att förstå")
    assert not g.text.startswith("Mål")
    assert g.area == "Information"


def test_background_law_quote_and_toc_are_not_goals(program):
    _, goals, _ = program
    texts = " | ".join(g.text for g in goals if not g.national_goal)
    assert "arbetat med tillgänglighet" not in texts  # background prose
    assert "SoL" not in texts  # a quote of the law
    assert "........" not in texts and "Inledning" not in texts  # table of contents
    assert "följas upp årligen" not in texts  # follow-up arrangements are not goals


def test_national_goal_quote_is_flagged_not_the_documents_own(program):
    _, goals, _ = program
    national = [g for g in goals if g.national_goal]
    assert len(national) == 1
    assert "jämlikhet i levnadsvillkor" in national[0].text
    assert national[0].parent is None
    assert all(g.parent != national[0].id for g in goals)


def test_evidence_spans_exactly_the_goal_text(program):
    doc, goals, _ = program
    for g in goals:
        assert doc.text[g.evidence.start : g.evidence.end] == g.text == g.evidence.quote
        assert g.evidence.page == 1
        assert 0 < g.evidence.confidence <= 1


ACTION_PLAN = """\
# Handlingsplan för tillgänglighet

## Mål

Målsättning: Stadens digitala tjänster ska vara tillgängliga för alla.

Målsättning: Stadens lokaler ska vara tillgängliga och användbara.

## Aktiviteter

| Aktivitet | Ansvarig | Tidplan | Koppling till artikel |
|---|---|---|---|
| Granska stadens webbplatser och e-tjänster mot kraven på digital tillgänglighet | Stadskontoret | 2024–2026 | Art. 9, 21 |
| Inventera stadens lokaler och åtgärda hinder i entréer | Tekniska nämnden | Löpande | Art. 9 |
"""


def test_action_table_rows_are_actions_with_deadline_and_parent():
    doc = parse_text(ACTION_PLAN)
    goals, sources = extract_goals(doc)
    web = _by_text(goals, "Granska stadens webbplatser")
    rooms = _by_text(goals, "Inventera stadens lokaler")
    assert web.level == rooms.level == "action"
    assert web.deadline == "2026"  # the end of the time plan
    assert rooms.deadline is None  # "Löpande" is no deadline
    assert web.parent == _by_text(goals, "Stadens digitala tjänster").id
    assert rooms.parent == _by_text(goals, "Stadens lokaler ska").id
    assert web.evidence.extractor == "rule:goal-table-row"
    cells = sources[web.id].responsible_cells
    assert [doc.text[s:e] for s, e in cells] == ["Stadskontoret"]


def test_follow_up_table_is_not_a_list_of_goals():
    doc = parse_text("# Uppföljning av handlingsplanen\n\n| Åtgärd | Ansvarig | Status | Kommentar |\n|---|---|---|---|\n"
                     "| Inventera lokaler | Tekniska nämnden | Klar | Genomförd 2023 |\n")
    goals, _ = extract_goals(doc)
    assert goals == []


def test_lead_in_opens_a_list_of_goals_but_procedure_lists_do_not():
    doc = parse_text("# Idrottspolicy\n\nMålet med idrottspolicyn är att:\n\n- fler barn ska röra sig varje dag\n"
                     "- öka tillgången till anpassad idrott\n\n# Ansökan\n\nAv ansökan ska framgå:\n\n"
                     "- vem som söker bidraget\n- vilka aktiviteter som planeras\n")
    goals, _ = extract_goals(doc)
    texts = [g.text for g in goals]
    assert "fler barn ska röra sig varje dag" in texts
    assert "öka tillgången till anpassad idrott" in texts
    assert not any("söker" in t or "planeras" in t for t in texts)


def test_purpose_of_the_document_is_a_goal_purpose_of_other_things_is_not():
    doc = parse_text("# Riktlinje för ledsagarservice\n\nSyftet med riktlinjen är att handläggningen blir likvärdig i "
                     "hela kommunen.\n\nSyftet med ledsagarservice är att den enskilde kan delta i fritidsaktiviteter.\n")
    goals, _ = extract_goals(doc)
    assert [g.text[:20] for g in goals] == ["Syftet med riktlinje"]


def test_heading_that_is_a_goal():
    doc = parse_text("# Funktionshinderplan\n\n## Mål 2: Tillgänglighet\n\nKommunen arbetar med frågan.\n")
    goals, _ = extract_goals(doc)
    assert [g.text for g in goals] == ["Mål 2: Tillgänglighet"]
    assert goals[0].level == "subgoal"


def test_caps_verb_statements_are_actions():
    doc = parse_text("# Näringslivsstrategi\n\nUnder perioden lägger vi särskild vikt vid att:\n\n"
                     "STÄRKA samverkan mellan skola och lokala företag\n\n"
                     "- Många elever saknar i dag kontakt med arbetslivet.\n")
    goals, _ = extract_goals(doc)
    assert [g.text for g in goals] == ["STÄRKA samverkan mellan skola och lokala företag"]
    assert goals[0].level == "action"


def test_assignment_is_an_action():
    doc = parse_text("# Strategisk plan\n\nSocialnämnden får i uppdrag att minska väntetiden till bostad med "
                     "särskild service.\n")
    goals, _ = extract_goals(doc)
    assert len(goals) == 1 and goals[0].level == "action"


def test_guideline_procedure_is_weaker_than_programme_commitment():
    rule = parse_text("# Riktlinjer för handläggning\n\nAnsökan ska lämnas på kommunens blankett.\n")
    commit = parse_text("# Program för delaktighet\n\nAlla barn ska ha tillgång till en meningsfull fritid.\n")
    assert extract_goals(rule)[0] == []
    assert [g.text[:9] for g in extract_goals(commit)[0]] == ["Alla barn"]


# ------------------------------------------------------------------ helpers


def test_heading_roles():
    assert classify_heading("Övergripande mål") == "overall"
    assert classify_heading("Delmål") == "subgoal"
    assert classify_heading("Åtgärder 2024") == "action"
    assert classify_heading("Så här arbetar vi") == "action"
    assert classify_heading("Målområde 1: Tillgänglighet") == "area"
    assert classify_heading("Bakgrund") == "background"
    assert classify_heading("Det nationella målet för funktionshinderspolitiken") == "national"
    assert classify_heading("Innehållsförteckning") == "toc"
    assert classify_heading("Uppföljning") == "followup"


def test_main_clause_modal():
    s = "Kommunen ska verka för att alla ska kunna delta."
    assert main_clause_modal(s, find_cues(s), 0)
    s = "Lokalen byggdes om för att alla ska kunna delta."
    assert not main_clause_modal(s, find_cues(s), 0)
    s = "Personer som har en funktionsnedsättning ska ha samma möjligheter som andra."
    assert main_clause_modal(s, find_cues(s), 0)


def test_action_verbs_and_deadlines():
    assert starts_with_action_verb("Förbered en informationsinsats i god tid")  # imperative of förbereda
    assert starts_with_action_verb("Se över lokalerna")
    assert starts_with_action_verb("Att utveckla rutiner för tolk")
    assert not starts_with_action_verb("Beslut om insats")
    assert normalise_deadline("2024–2026") == "2026"
    assert normalise_deadline("Senast 2025-06-30") == "2025-06-30"
    assert normalise_deadline("Löpande") is None


def test_fallback_sentence_splitter_keeps_abbreviations():
    text = "Insatser enl. beslut t.ex. ledsagning ska ges. Nästa mening börjar här."
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["Insatser enl. beslut t.ex. ledsagning ska ges.",
                                             "Nästa mening börjar här."]


def test_list_enumerating_the_law_is_not_goals():
    doc = parse_text("# Policy för lika villkor\n\n## Så arbetar vi med aktiva åtgärder\n\nDiskrimineringslagen kräver att "
                     "arbetsgivare arbetar förebyggande. Arbetet ska bedrivas i fyra steg:\n\n"
                     "- Undersöka om det finns risker för diskriminering.\n- Analysera orsakerna till riskerna.\n\n"
                     "## Åtgärder\n\n- Genomföra en lönekartläggning varje år.\n")
    goals, _ = extract_goals(doc)
    assert [(g.text, g.level, g.deadline) for g in goals] == [
        ("Genomföra en lönekartläggning varje år.", "action", "årligen")]


def test_list_items_pointing_to_material_are_not_goals() -> None:
    from miner.extract import extract
    from miner.parse import parse_text

    doc = parse_text("Handlingsplan vid värmebölja\n\n## Åtgärder\n\n"
                     "- Gör tillsammans Folkhälsomyndighetens e-utbildningar (folkhalsomyndigheten.se)\n"
                     "- Film Länk på sidan Värmeböljor – vägledning (exempel.com)\n")
    texts = [g.text for g in extract(doc).goals]
    assert any(t.startswith("Gör tillsammans") for t in texts)
    assert not any(t.startswith("Film") for t in texts)
