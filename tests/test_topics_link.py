"""National directions and participation-ladder steps, with evidence."""

from __future__ import annotations

from miner.extract.topics import link_topics
from miner.nlp import parse
from miner.parse import parse_text

HEAD = "# Program för delaktighet för personer med funktionsnedsättning\n"


def concepts(text: str) -> dict[str, object]:
    doc = parse_text(text)
    return {t.concept: t for t in link_topics(doc, parse(doc), [])}


def test_directions():
    out = concepts(HEAD + (
        "Nya lokaler och tjänster ska följa principen om universell utformning.\n"
        "Befintliga brister i tillgängligheten ska åtgärdas, till exempel enkelt avhjälpta hinder.\n"
        "Den enskilde ska få individuellt stöd och hjälpmedel som ger självständighet i vardagen.\n"
        "Kommunen ska förebygga och motverka diskriminering av personer med funktionsnedsättning.\n"))
    assert {"direction:1", "direction:2", "direction:3", "direction:4"} <= set(out)
    ev = out["direction:1"].evidence[0]
    assert "universell utformning" in ev.quote and ev.page == 1


def test_ladder_steps_need_a_party():
    out = concepts(HEAD + (
        "Kommunala funktionshinderrådet ska få information om planen.\n"
        "Förslaget har skickats på remiss till funktionsrättsorganisationerna, som lämnat synpunkter.\n"
        "Planen har tagits fram i dialog med rådet för funktionshinderfrågor.\n"
        "Funktionsrättsorganisationerna ska ha inflytande och kunna påverka beslut som rör dem.\n"
        "Brukarrådet och nämnden fattar beslut tillsammans om verksamhetens inriktning.\n"))
    assert {"ladder:information", "ladder:konsultation", "ladder:dialog", "ladder:inflytande",
            "ladder:medbestammande"} <= set(out)


def test_information_without_participation_is_no_ladder_step():
    out = concepts(HEAD + "Information om öppettider finns på webbplatsen.\nBiblioteket har ny information.\n")
    assert not any(k.startswith("ladder:") for k in out)


def test_quote_of_the_four_directions_tags_them_with_lower_confidence():
    quote = ("Arbetet ska inriktas mot principen om universell utformning, befintliga brister i tillgängligheten, "
             "individuella stöd och lösningar för individens självständighet samt att förebygga och motverka "
             "diskriminering.\n")
    quoted = concepts(HEAD + quote)
    own = concepts(HEAD + "Nya lokaler ska följa principen om universell utformning.\n"
                          "Alla nya tjänster ska utformas enligt universell utformning.\n")
    assert "direction:1" in quoted and "direction:1" in own
    assert quoted["direction:1"].confidence < own["direction:1"].confidence


def test_nothing_in_unrelated_text():
    assert concepts("# Riktlinje för mutor och jäv\nAnställda får inte ta emot gåvor.\n") == {}
