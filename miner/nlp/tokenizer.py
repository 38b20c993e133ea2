"""Tokenizer for Swedish municipal text: spaCy's Swedish rules plus the abbreviations they split.

``spacy.blank("sv")`` splits many abbreviations that steering documents use all
the time ("enl.", "ca.", "dnr.", "jfr.", "prop.", "mnkr.", "art."), and every
split abbreviation is a false sentence end. The special cases below keep them
whole; :mod:`miner.nlp.sentences` then knows which of them may still end a
sentence ("m.m.", "osv.", "mnkr.") and which never do ("t.ex.", "enl.", "nr.").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import registry

#: Abbreviations that are followed by more of the same sentence: a capital after them is a name, not a
#: new sentence ("enl. Socialtjänstlagen", "jfr. MFD:s rapport", "dnr. KS 2024/12").
NON_FINAL: tuple[str, ...] = (
    "adr.", "alt.", "ang.", "anm.", "ansv.", "avd.", "avs.", "bet.", "bl.a.", "d.v.s.", "dir.",
    "dnr.", "dvs.", "e.d.", "enl.", "ev.", "exkl.", "f.d.", "f.n.", "f.ö.", "fig.", "fr.", "fr.o.m.", "gm.",
    "hänv.", "i.o.m.", "ibl.", "inkl.", "jfr.", "kap.", "kl.", "m.a.o.", "max.", "mom.", "nr.", "o.",
    "obs.", "ordf.", "p.", "p.g.a.", "pga.", "prop.", "ref.", "resp.", "s.", "s.k.", "sid.", "sekr.", "sk.",
    "skr.", "stk.", "t.ex.", "t.f.", "t.h.", "t.o.m.", "t.v.", "tab.", "tel.", "tf.", "tfn.", "tillf.", "u.a.",
    "v.", "vard.", "vv.", "äv.", "ö.h.", "ca.", "bf.", "bfn.", "förv.", "handl.",
    "avdelningsch.", "ekon.", "jmf.", "jmfr.", "lagr.", "rskr.", "sfs.", "SOU.", "Ds.", "ex.",
)

#: Abbreviations that may close a sentence: after them a capital does start a new one
#: ("... kultur, fritid m.m. Nämnden ska ...", "Budgeten är 3 mnkr. Uppföljning sker ...").
MAY_END: tuple[str, ...] = (
    "etc.", "m.fl.", "mfl.", "m.m.", "mm.", "o.s.v.", "osv.", "o.dyl.", "o.d.", "m.a.", "st.", "tkr.", "mnkr.",
    "mkr.", "kr.", "ggr.", "bil.", "art.", "forts.", "a.a.", "ff.", "min.", "uppl.", "vol.", "jan.", "feb.", "febr.",
    "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "okt.", "nov.", "dec.", "fre.", "lör.", "sön.",
    "mån.", "tis.", "ons.", "tors.", "tim.", "sek.", "milj.", "proc.",
)

#: Tokens that are never split either, without a full stop of their own.
OTHER: tuple[str, ...] = ("§§", "FN:s", "EU:s", "SKR:s", "MFD:s", "LSS:s", "t.ex", "bl.a", "m.m", "m.fl", "o.s.v")


def _variants(abbr: str) -> Iterable[str]:
    yield abbr
    if abbr[:1].islower():
        yield abbr[:1].upper() + abbr[1:]
        # "T.Ex." is not written, but "SFS." and "T.o.m." are; upper-case forms only for the short ones.
        if len(abbr) <= 5:
            yield abbr.upper()


def abbreviations() -> set[str]:
    """Every surface form that the tokenizer keeps as one token ending in a full stop."""
    return {v for a in (*NON_FINAL, *MAY_END) for v in _variants(a)}


def _sentence_final_forms() -> frozenset[str]:
    return frozenset(v.casefold() for a in MAY_END for v in _variants(a))


#: Casefolded abbreviations after which a capital letter starts a new sentence.
MAY_END_FOLDED = _sentence_final_forms()
#: Casefolded abbreviations that never end a sentence.
NON_FINAL_FOLDED = frozenset(v.casefold() for a in NON_FINAL for v in _variants(a)) - MAY_END_FOLDED


def add_special_cases(tokenizer: Tokenizer) -> None:
    """Teach ``tokenizer`` the municipal abbreviations (idempotent)."""
    for form in sorted(abbreviations() | set(OTHER)):
        tokenizer.add_special_case(form, [{ORTH: form}])


@registry.tokenizers("miner.swedish_tokenizer.v1")
def create_swedish_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy's Swedish tokenizer with the special cases above; the rules are saved with the pipeline."""
    base = registry.tokenizers.get("spacy.Tokenizer.v1")()

    def make(nlp: Language) -> Tokenizer:
        tokenizer = base(nlp)
        add_special_cases(tokenizer)
        return tokenizer

    return make


__all__ = ["MAY_END", "MAY_END_FOLDED", "NON_FINAL", "NON_FINAL_FOLDED", "abbreviations", "add_special_cases"]
