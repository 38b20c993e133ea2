"""Sentences respect abbreviations and never run across a block (line) of the clean text."""

from __future__ import annotations

from miner.nlp import parse
from miner.parse import parse_text


def sentences(text: str) -> list[str]:
    sdoc = parse(parse_text(text))
    return [s.text.strip() for s in sdoc.sents if s.text.strip()]


def test_abbreviations_do_not_end_sentences():
    out = sentences("Kommunen ska enl. beslut i KS arbeta med t.ex. ramper och hissar. Nämnden följer upp arbetet.")
    assert out == ["Kommunen ska enl. beslut i KS arbeta med t.ex. ramper och hissar.", "Nämnden följer upp arbetet."]


def test_abbreviation_that_may_end_a_sentence():
    out = sentences("Stödet gäller kultur, fritid m.m. Nämnden ansvarar. Budgeten är 3 mnkr. Uppföljning sker årligen.")
    assert out == ["Stödet gäller kultur, fritid m.m.", "Nämnden ansvarar.", "Budgeten är 3 mnkr.",
                   "Uppföljning sker årligen."]


def test_names_after_non_final_abbreviations():
    out = sentences("Arbetet sker bl.a. i samverkan med Socialstyrelsen, jfr. MFD:s rapport, dnr. KS 2023/45.")
    assert len(out) == 1


def test_blocks_are_never_joined():
    text = ("# Tillgänglighet\n"
            "Kommunens lokaler ska vara tillgängliga\n"
            "- Alla entréer ska ha dörröppnare\n"
            "- Hörslingor i alla möteslokaler\n\n"
            "Arbetet leds av kommunstyrelsen.")
    assert sentences(text) == ["Tillgänglighet", "Kommunens lokaler ska vara tillgängliga",
                               "Alla entréer ska ha dörröppnare", "Hörslingor i alla möteslokaler",
                               "Arbetet leds av kommunstyrelsen."]


def test_table_cells_are_separate_sentences():
    text = ("| Aktivitet | Ansvarig | Tidplan |\n|---|---|---|\n"
            "| Inventera lokaler | Fastighetsnämnden | 2025 |\n")
    out = sentences(text)
    assert "Inventera lokaler |" in out and "Fastighetsnämnden |" in out


def test_numbered_label_is_not_a_sentence():
    out = sentences("Mål 1. Alla verksamheter ska vara tillgängliga.")
    assert out == ["Mål 1. Alla verksamheter ska vara tillgängliga."]


def test_offsets_are_clean_text_offsets():
    doc = parse_text("# Plan\nKommunen ska arbeta för ökad tillgänglighet. Rådet ska få information.")
    sdoc = parse(doc)
    assert sdoc.text == doc.text
    for sent in sdoc.sents:
        assert doc.text[sent.start_char:sent.end_char] == sent.text
