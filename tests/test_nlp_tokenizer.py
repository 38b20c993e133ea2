"""The Swedish tokenizer keeps the abbreviations of municipal text whole."""

from __future__ import annotations

import pytest

from miner.nlp import load


@pytest.fixture(scope="module")
def nlp():
    return load()


def words(nlp, text: str) -> list[str]:
    return [t.text for t in nlp.make_doc(text) if not t.is_space]


@pytest.mark.parametrize("abbr", [
    "enl.", "ca.", "avd.", "dnr.", "tfn.", "jfr.", "nr.", "st.", "prop.", "tkr.", "mnkr.", "SFS.", "t.ex.",
    "bl.a.", "m.m.", "o.s.v.", "dvs.", "fr.o.m.", "t.o.m.", "kap.", "resp.", "s.k.", "inkl.", "exkl.", "ev.",
    "f.d.", "p.g.a.", "pga.", "osv.", "etc.", "mfl.", "m.fl.", "art.", "Dnr.", "Enl.", "bil.", "fig.", "kl.",
])
def test_abbreviation_is_one_token(nlp, abbr):
    assert abbr in words(nlp, f"Se {abbr} 3 och mer."), words(nlp, f"Se {abbr} 3 och mer.")


def test_abbreviations_in_a_municipal_sentence(nlp):
    text = ("Enl. beslut i KS (dnr. KS 2024/112) avsätts ca. 3 mnkr. till bl.a. ramper, hissar m.m. "
            "fr.o.m. 2025, jfr. prop. 2016/17:188 och 5 kap. 7 § SoL.")
    toks = words(nlp, text)
    for abbr in ("Enl.", "dnr.", "ca.", "mnkr.", "bl.a.", "m.m.", "fr.o.m.", "jfr.", "prop.", "kap."):
        assert abbr in toks
    assert "2016/17:188" in toks  # a proposition number stays whole


def test_paragraph_signs_and_a_plain_full_stop(nlp):
    assert "§§" in words(nlp, "Enligt 9 §§ LSS gäller detta.")
    assert words(nlp, "Planen gäller till 2027.")[-2:] == ["2027", "."]
