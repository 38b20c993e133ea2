"""Metadata rules: labelled blocks, labels and values on separate lines, adoption sentences, dates."""

from __future__ import annotations

import pytest

from miner.parse import parse_text
from miner.parse.metadata import canonical_body, parse_date


def meta(text: str):
    doc = parse_text(text)
    return doc, doc.metadata


def test_labelled_cover_block() -> None:
    doc, m = meta(
        "Uppsala kommun\n\nPlan för delaktighet och tillgänglighet 2024–2027\n\n"
        "Dokumenttyp: Plan\nFastställd av: Kommunfullmäktige\nBeslutsdatum: 2024-02-26, § 31\n"
        "Diarienummer: KSN-2023-01234\nGiltighetstid: 2024–2027\nDokumentansvarig: Kommunledningskontoret\n")
    assert m.stated_type.value == "Plan"
    assert m.adopted_by.value == "Kommunfullmäktige"
    assert m.adopted_date.value == "2024-02-26"
    assert m.diarienummer.value == "KSN-2023-01234"
    assert m.validity.value == "2024–2027"
    assert m.organisation.value == "Uppsala kommun" and m.kommunkod.value == "0380"
    assert m.title.value == "Plan för delaktighet och tillgänglighet 2024–2027"
    # Every value keeps the span it came from.
    for f in (m.stated_type, m.adopted_by, m.diarienummer, m.organisation, m.title):
        assert f.start is not None and f.page == 1
    assert doc.text[m.diarienummer.start:m.diarienummer.end] == "KSN-2023-01234"
    assert doc.text[m.adopted_date.start:m.adopted_date.end] == "2024-02-26"


def test_label_and_value_on_separate_lines() -> None:
    _, m = meta("Riktlinjer för bostadsanpassning\n\nBeslutad av\nSocialnämnden\n\nDatum för beslut\n"
                "den 13 december 2022\n\nDnr\nSN 2022/145\n\nGäller till\n2026-12-31\n")
    assert m.adopted_by.value == "Socialnämnden"
    assert m.adopted_date.value == "2022-12-13"
    assert m.diarienummer.value == "SN 2022/145"
    assert m.valid_until.value == "2026-12-31"


def test_adoption_sentence() -> None:
    _, m = meta("Kostpolicy för Botkyrka kommun\n\nAntagen av kommunfullmäktige § 117, 2011-06-16\n\n"
                "Vision\nAlla matgäster ska känna trygghet.")
    assert m.adopted_by.value == "Kommunfullmäktige"
    assert m.adopted_date.value == "2011-06-16"
    assert m.kommunkod.value == "0127"


def test_dokumentet_ar_beslutat_av_variant() -> None:
    _, m = meta("Vård- och omsorgsförvaltningen\nDokumentet är beslutat av: Vård- och omsorgsnämnden\n"
                "Dokumentet beslutades den: den 13 december 2022\nDokumentet gäller till den: Tills vidare\n")
    assert m.adopted_by.value == "Vård- och omsorgsnämnden"
    assert m.adopted_date.value == "2022-12-13"
    assert m.valid_until.value == "tills vidare"


@pytest.mark.parametrize(
    ("text", "iso"),
    [("2023-05-22", "2023-05-22"), ("22 maj 2023", "2023-05-22"), ("den 3 sept. 2021", "2021-09-03"),
     ("Beslutad 2019-1-7", "2019-01-07")],
)
def test_parse_date(text: str, iso: str) -> None:
    assert parse_date(text)[0] == iso


@pytest.mark.parametrize(
    ("text", "body"),
    [("kommunfullmäktige § 117", "Kommunfullmäktige"), ("KF 2020-03-12", "Kommunfullmäktige"),
     ("Kultur- och fritidsnämnden", "Kultur- och fritidsnämnden"), ("Social- och omsorgsnämnden", "Social- och omsorgsnämnden"),
     ("regionfullmäktige", "Regionfullmäktige")],
)
def test_canonical_body(text: str, body: str) -> None:
    assert canonical_body(text) == body


@pytest.mark.parametrize("dnr", ["KS 2023/0412", "KS-2024-00123", "VON/2022:00276", "Dnr 2023/87", "UF/2011:71"])
def test_diarienummer_formats(dnr: str) -> None:
    _, m = meta(f"Policy för lika villkor\n\nDiarienummer: {dnr}\n")
    assert m.diarienummer.value == dnr.removeprefix("Dnr ")


def test_template_type_list_is_not_the_title() -> None:
    _, m = meta("Strategi Program Plan Policy Riktlinjer Regler\n\nRiktlinjer för tillgänglig kommunikation\n\n"
                "Beslutad av: Kommunstyrelsen\n")
    assert m.title.value == "Riktlinjer för tillgänglig kommunikation"


def test_region_as_organisation() -> None:
    _, m = meta("Region Skåne\n\nFunktionshinderspolitiskt program 2024–2030\n\nAntaget av regionfullmäktige 2023-11-28.")
    assert m.organisation.value == "Region Skåne" and m.kommunkod.value == "12"
    assert m.adopted_by.value == "Regionfullmäktige" and m.adopted_date.value == "2023-11-28"


def test_long_committee_names_do_not_hang_the_parser() -> None:
    import time

    t = time.perf_counter()
    _, m = meta("Policy för kost\nAntagen av gymnasie- och vuxenutbildningsnämnden 2016-10-02\n\nText.")
    assert time.perf_counter() - t < 2
    assert m.adopted_by.value == "Gymnasie- och vuxenutbildningsnämnden"
    _, m = meta("Riktlinjer\nBeslutad av: Barn-, utbildnings- och kulturnämnden\n")
    assert m.adopted_by.value == "Barn-, utbildnings- och kulturnämnden"


def test_adoption_of_a_replaced_document_is_not_this_documents_adoption() -> None:
    _, m = meta("Tjänsteskrivelse\n\nProgram för delaktighet 2025–2030\n\nFörslag till beslut\n"
                "Kommunstyrelsen föreslår kommunfullmäktige besluta att anta programmet,\n"
                "att upphäva Handikappolitiskt program, antaget av kommunfullmäktige 2012-09-24, § 103.\n")
    assert m.adopted_date is None
