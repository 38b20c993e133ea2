"""Explicit article references and the instrument each belongs to."""

from __future__ import annotations

import pytest

from miner.nlp.articles import document_instrument, find_article_refs, parse_numbers

CRPD_DOC = "Planen utgår från FN:s konvention om rättigheter för personer med funktionsnedsättning.\n"


def refs(text: str):
    return [(r.articles, r.instrument) for r in find_article_refs(text)]


@pytest.mark.parametrize(("text", "numbers"), [
    ("Detta följer av artikel 9.", (9,)),
    ("Se art. 19 om att leva självständigt.", (19,)),
    ("Artiklarna 24 och 27 handlar om utbildning och arbete.", (24, 27)),
    ("Området berörs av artikel 5–7.", (5, 6, 7)),
    ("Se artiklar 9, 19 och 21.", (9, 19, 21)),
    ("Enligt konventionens artikel 30 ska alla kunna delta i kulturlivet.", (30,)),
    ("Kommunen ska främja arbete (art 27).", (27,)),
    ("Artikel 24.2 kräver rimlig anpassning.", (24,)),
])
def test_explicit_references(text, numbers):
    found = find_article_refs(CRPD_DOC + text)
    assert [r.articles for r in found] == [numbers]
    assert found[0].instrument == "crpd"


@pytest.mark.parametrize(("text", "instrument"), [
    ("Barnets rätt att komma till tals följer av artikel 12 i barnkonventionen.", "crc"),
    ("Enligt barnkonventionens artikel 3 ska barnets bästa komma i främsta rummet.", "crc"),
    ("Rätten till integritet skyddas av artikel 9 i EU-stadgan.", "eu"),
    ("Behandlingen har stöd i artikel 6 i dataskyddsförordningen.", "gdpr"),
    ("Artikel 19 FEUF ger unionen befogenhet att bekämpa diskriminering.", "eu"),
    ("Rätten till privatliv följer av artikel 8 i Europakonventionen.", "echr"),
    ("Enligt artikel 9 i FN:s konvention om rättigheter för personer med funktionsnedsättning ska lokaler vara "
     "tillgängliga.", "crpd"),
    ("Funktionsrättskonventionens artikel 21 gäller information.", "crpd"),
])
def test_instrument_named_near_the_reference(text, instrument):
    assert refs(CRPD_DOC + text)[0][1] == instrument


def test_paragraphs_of_law_are_not_articles():
    assert refs(CRPD_DOC + "Insatser enligt LSS 9 § och 5 kap. 7 § socialtjänstlagen beviljas efter utredning.") == []


def test_unnamed_reference_takes_the_documents_subject():
    assert refs(CRPD_DOC + "Åtgärden bidrar till artikel 9.")[0] == ((9,), "crpd")
    assert refs("Barnkonventionen är svensk lag sedan 2020.\nSe artikel 12 om barnets åsikter.")[0] == ((12,), "crc")
    # A disability document that names no convention: the CRPD.
    assert refs("Plan för personer med funktionsnedsättning.\nÅtgärden bidrar till artikel 19.")[0][1] == "crpd"
    # A text about nothing of the kind: undecided.
    assert refs("Avtalet följer artikel 3 i ramavtalet.")[0][1] in ("", "eu")


def test_document_instrument():
    assert document_instrument(CRPD_DOC) == "crpd"
    assert document_instrument("Om barnkonventionen och barnets rättigheter.") == "crc"
    assert document_instrument("Riktlinje för mutor och jäv.") == ""


def test_parse_numbers_keeps_convention_range():
    assert parse_numbers("9, 21 och 24") == (9, 21, 24)
    assert parse_numbers("2006") == ()
    assert parse_numbers("5–7") == (5, 6, 7)
