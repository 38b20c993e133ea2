"""Actor rules: finding bodies, normalising variants, scoping ids, kinds and roles."""

from __future__ import annotations

from miner.extract.actors import extract_actors, key_name, slug
from miner.extract.goals import extract_goals
from miner.nlp.actors import find_actor_mentions, normalise_name
from miner.parse import parse_text


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.kind) for m in find_actor_mentions(text)]


def _actors(text: str, **kw):
    doc = parse_text(text)
    goals, sources = extract_goals(doc)
    return doc, goals, {a.id: a for a in extract_actors(doc, None, goals, sources, **kw)}


def test_committee_variants_normalise_to_one_name():
    found = _names("Socialnämnden (SN) ansvarar för stödet. Det är socialnämndens uppgift, och SN:s beslut gäller. "
                   "Social- och omsorgsnämnden har ett annat ansvar.")
    assert found == [("Socialnämnden", "committee")] * 4 + [("Social- och omsorgsnämnden", "committee")]


def test_suspended_compounds_and_adjective_committees():
    assert _names("Kultur-, fritids- och idrottsnämnden och tekniska nämnden samt Barn- och utbildningsnämnden.") == [
        ("Kultur-, fritids- och idrottsnämnden", "committee"), ("Tekniska nämnden", "committee"),
        ("Barn- och utbildningsnämnden", "committee")]


def test_generic_words_are_not_actors():
    assert _names("Varje nämnd ansvarar för sin del. Området är stort och förvaltningen av medel sköts av "
                  "statsförvaltningen. Målgruppen är barn.") == []


def test_departments_councils_and_companies():
    assert _names("Gatukontoret, trafikavdelningen och kommunledningsförvaltningen samråder med "
                  "Kommunala funktionshinderrådet, pensionärsrådet och Rådet för funktionshinderfrågor. "
                  "Uppsalahem AB och Hyresbostäder i Norrköping AB bygger.") == [
        ("Gatukontoret", "department"), ("Trafikavdelningen", "department"),
        ("Kommunledningsförvaltningen", "department"), ("Kommunala funktionshinderrådet", "council"),
        ("Pensionärsrådet", "council"), ("Rådet för funktionshinderfrågor", "council"),
        ("Uppsalahem AB", "company"), ("Hyresbostäder i Norrköping AB", "company")]


def test_agencies_former_names_resolve_to_current():
    found = {(m.key, m.name) for m in find_actor_mentions(
        "Handisam, numera MFD, och Myndigheten för delaktighet samt SKL:s rapport och Sveriges Kommuner och "
        "Landsting.")}
    assert found == {("agency/mfd", "Myndigheten för delaktighet"), ("agency/skr", "Sveriges Kommuner och Regioner")}


def test_disability_organisations_and_local_branches():
    found = _names("Funktionsrätt Sverige, Funktionsrätt Uppsala län, DHR Åmål, FUB, SRF, Autism- och "
                   "Aspergerförbundet och handikapporganisationerna deltog.")
    assert found == [("Funktionsrätt Sverige", "civil-society"), ("Funktionsrätt Uppsala län", "civil-society"),
                     ("DHR Åmål", "civil-society"), ("FUB", "civil-society"),
                     ("Synskadades Riksförbund", "civil-society"), ("Autism- och Aspergerförbundet", "civil-society"),
                     ("Funktionshinderorganisationerna", "civil-society")]


def test_un_convention_is_not_the_un_acting():
    assert _names("Planen utgår från FN:s konvention om rättigheter för personer med funktionsnedsättning.") == []
    assert _names("FN:s generalförsamling antog konventionen 2006.") == [("FN:s generalförsamling", "agency")]


def test_normalise_name_forms():
    assert normalise_name("socialnämndens", "committee") == "Socialnämnden"
    assert normalise_name("Socialnämnd", "committee") == "Socialnämnden"
    assert normalise_name("Kommunstyrelsens arbetsutskott", "committee") == "Kommunstyrelsens arbetsutskott"
    assert normalise_name("enhetscheferna", "role") == "Enhetschef"
    assert normalise_name("SOCIALFÖRVALTNINGEN", "department") == "Socialförvaltningen"
    assert key_name("Kommunala funktionshinderrådet") == "funktionshinderrådet"
    assert slug("Social- och omsorgsnämnden") == "social-och-omsorgsnamnden"


UPPSALA = """\
# Program för delaktighet

Beslutad av: Kommunfullmäktige
Dokumentansvarig: Kommunledningskontoret

Uppsala kommun har tagit fram programmet i samråd med kommunala funktionshinderrådet.

## Mål

Socialnämnden ska erbjuda fler bostäder med särskild service. Socialnämndens arbete följs upp av kommunstyrelsen.
"""

MALMO = """\
# Handlingsplan för tillgänglighet

Malmö stad arbetar för ett tillgängligt Malmö.

Socialnämnden ansvarar för att planen genomförs.
"""


def test_municipal_bodies_are_scoped_to_the_documents_municipality():
    _, _, uppsala = _actors(UPPSALA)
    _, _, malmo = _actors(MALMO)
    assert "0380/socialnamnden" in uppsala
    assert "1280/socialnamnden" in malmo
    assert uppsala["0380/socialnamnden"].kommunkod == "0380"
    assert uppsala["0380/socialnamnden"].name == "Socialnämnden"
    assert len(uppsala["0380/socialnamnden"].mentions) == 2  # "Socialnämnden" and "Socialnämndens"


def test_document_roles():
    doc, goals, actors = _actors(UPPSALA)
    assert actors["0380/kommunfullmaktige"].roles == ["adopting"]
    assert "owner" in actors["0380/kommunledningskontoret"].roles
    assert "consulted" in actors["0380/funktionshinderradet"].roles
    assert "follows-up" in actors["0380/kommunstyrelsen"].roles
    assert "responsible" in actors["0380/socialnamnden"].roles
    goal = next(g for g in goals if g.text.startswith("Socialnämnden ska"))
    assert goal.actors == ["0380/socialnamnden"]
    for a in actors.values():
        for ev in a.mentions:
            assert doc.text[ev.start : ev.end] == ev.quote


def test_municipality_named_in_passing_is_not_an_actor():
    _, _, actors = _actors(MALMO)
    assert "1280/kommun" not in actors
    assert "1280/socialnamnden" in actors and actors["1280/socialnamnden"].roles == ["responsible"]


def test_body_named_with_another_municipality_is_scoped_there():
    _, _, actors = _actors("# Yttrande\n\nUppsala kommun har tagit del av Malmö stads funktionshinderråds synpunkter "
                           "och socialnämndens svar.\n")
    assert "1280/funktionshinderradet" in actors
    assert "0380/socialnamnden" in actors


def test_unknown_municipality_scopes_to_the_document():
    _, _, actors = _actors("# Riktlinje\n\nSocialnämnden ansvarar för handläggningen.\n")
    (aid,) = [a for a in actors if a.endswith("/socialnamnden")]
    assert aid.startswith("doc-")


def test_action_table_responsible_cells_make_goal_actors():
    text = ("# Handlingsplan\n\nGenomförs i Uppsala kommun.\n\n## Åtgärder\n\n| Åtgärd | Ansvarig | Tidplan |\n"
            "|---|---|---|\n| Inventera publika lokaler | Fastighetskontoret, Uppsalahem AB | 2025 |\n"
            "| Publicera lättläst information | Samtliga nämnder | 2024 |\n")
    _, goals, actors = _actors(text)
    first = next(g for g in goals if g.text.startswith("Inventera"))
    second = next(g for g in goals if g.text.startswith("Publicera"))
    assert first.actors == ["0380/fastighetskontoret", "company/uppsalahem-ab"]
    assert second.actors == ["0380/samtliga-namnder"]
    assert actors["company/uppsalahem-ab"].roles == ["responsible"]


def test_roles_need_a_task_to_be_reported():
    _, _, actors = _actors("# Rutin\n\nVid frågor kan du kontakta din handläggare. Enhetschefen ansvarar för att "
                           "rutinen följs. Nästa år ska verksamhetschefen se över rutinen.\n")
    roles = {a.name: a.roles for a in actors.values() if a.kind == "role"}
    assert roles == {"Enhetschef": ["responsible"], "Verksamhetschef": ["responsible"]}
