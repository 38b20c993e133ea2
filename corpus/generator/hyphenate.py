"""Manual hyphenation of long Swedish compounds.

Swedish typesetting breaks long compounds at their joints ("funktions-
nedsättning", "bostadsanpassnings-bidrag"). ReportLab breaks a word only where
it holds a soft hyphen (U+00AD) when ``embeddedHyphenation`` is on, and drops
the soft hyphens it does not use, so inserting them at compound joints gives
PDFs whose text layer has real line-end hyphens exactly where a typesetter
would put them. The stems below carry the joints; a word is broken with the
longest stem it starts with.
"""

from __future__ import annotations

import re

SHY = "\u00ad"

# Each stem is a word beginning with its joints marked by "|". It matches every word that starts with it.
_STEMS = """
funktions|nedsättning funktions|hinder funktions|hinders|politik funktions|hinders|politisk
funktions|hinder|råd funktions|hinders|organisation funktions|rätt funktions|rätts|råd
funktions|rätts|organisation funktions|rätts|rörelse funktions|rätts|förening funktions|hinders|perspektiv
funktions|hinders|område funktions|hinders|frågor funktions|rätts|frågor funktions|hinders|råd
tillgänglighets|anpassning tillgänglighets|anpassad tillgänglighets|arbete tillgänglighets|policy
tillgänglighets|perspektiv tillgänglighets|inventering tillgänglighets|krav tillgänglighets|redogörelse
tillgänglighets|direktiv tillgänglighets|databas tillgänglighets|samordnare tillgänglighets|frågor
delaktighets|arbete delaktighets|perspektiv delaktighets|plan delaktighets|trappa
verksamhets|plan verksamhets|planering verksamhets|utveckling verksamhets|område verksamhets|chef
verksamhets|uppföljning samhälls|byggnad samhälls|planering samhälls|information samhälls|bygg
samhälls|livet samhälls|service bostads|anpassnings|bidrag bostads|anpassning bostads|försörjning
bostads|bolag bostads|marknad kommun|full|mäktige kommun|styrelse kommun|lednings|förvaltning
kommun|lednings|kontor kommun|direktör kommun|koncern kommun|övergripande kommun|invånare
social|nämnd social|förvaltning social|tjänst|lag social|tjänst social|tjänste|lag social|sekreterare
utbildnings|nämnd utbildnings|förvaltning utbildnings|insats utbildnings|material
fritids|nämnd fritids|förvaltning fritids|verksamhet fritids|aktivitet fritids|gård fritids|utbud
stads|byggnads|nämnd stads|byggnads|förvaltning stads|lednings|förvaltning stads|kontor stads|miljö
omsorgs|nämnd omsorgs|förvaltning arbets|marknads|nämnd arbets|marknads|förvaltning arbets|marknads|åtgärd
arbets|marknad arbets|givare arbets|platser arbets|miljö arbets|träning diskriminerings|grund
diskriminerings|lag diskriminerings|ombudsman kommunikations|plan kommunikations|stöd kommunikations|enhet
kommunikations|avdelning kommunikatör|nätverk informations|material informations|insats handlings|plan
uppföljnings|rapport uppföljnings|arbete rättighets|perspektiv rättighets|baserat myndighets|utövning
kollektiv|trafik färd|tjänst besluts|fattande besluts|underlag besluts|process fastighets|bolag
fastighets|förvaltning fastighets|ägare fastighets|nämnd lokal|försörjning ledsagar|service kontakt|person
korttids|vistelse korttids|boende grupp|bostad service|bostad barn|konvention habiliterings|insats
sjuk|vårds|förvaltning hälso|främjande kompetens|utveckling kunskaps|höjande medborgar|dialog
medborgar|service evenemangs|arrangör samlings|lokal upphandlings|krav upphandlings|dokument samverkans|forum
samverkans|avtal teckenspråks|tolk webb|tillgänglighets|direktiv ansvars|fördelning levnads|villkor
levnads|förhållanden jämlikhets|perspektiv förvaltnings|över|gripande förvaltnings|chef syssel|sättning
sysselsättnings|grad anhörig|stöd äldre|omsorg bistånds|handläggare bistånds|bedömning personal|grupp
medarbetar|undersökning intresse|organisation intresse|förening brukar|organisation brukar|undersökning
mötes|lokal lek|plats lek|miljö idrotts|anläggning idrotts|förening kultur|arrangemang kultur|utbud
kultur|verksamhet kultur|skola skol|förvaltning grundskole|förvaltning grund|särskola gymnasie|skola
gymnasie|särskola elev|hälsa stöd|insats stöd|behov hjälp|medel kognitions|stöd informations|tillgänglighet
digitaliserings|strategi välfärds|teknik trafik|nämnd trafik|miljö gatu|miljö park|förvaltning
miljö|förvaltning bygglovs|handläggning byggnads|nämnd planerings|skede projekterings|skede inventerings|arbete
ekonomi|styrning mål|uppfyllelse resultat|indikator nyckel|tal ansvars|område
region|styrelse region|fullmäktige sjukvårds|nämnd primär|vård vård|central habiliterings|verksamhet
rehabiliterings|insats tolk|central hjälp|medels|verksamhet patient|säkerhet service|resor
""".split()


def _parse(stem: str) -> tuple[str, tuple[int, ...]]:
    parts = stem.split("|")
    cuts, pos = [], 0
    for p in parts[:-1]:
        pos += len(p)
        cuts.append(pos)
    return "".join(parts).casefold(), tuple(cuts)


_TABLE = sorted((_parse(s) for s in _STEMS), key=lambda x: -len(x[0]))
_WORD = re.compile(r"[A-Za-zÅÄÖåäöÉéÜü]+(?:-[A-Za-zÅÄÖåäöÉéÜü]+)*")


def joints(word: str) -> tuple[int, ...]:
    """Offsets inside ``word`` where it may be broken (at least 4 letters either side)."""
    low = word.casefold()
    for stem, cuts in _TABLE:
        if low.startswith(stem):
            return tuple(c for c in cuts if c >= 4 and len(word) - c >= 4)
    return ()


def soft_hyphenate(text: str, min_len: int = 11) -> str:
    """``text`` with soft hyphens at the compound joints of its long words."""

    def fix(m: re.Match[str]) -> str:
        w = m.group(0)
        if len(w) < min_len or "-" in w:
            return w
        cuts = joints(w)
        if not cuts:
            return w
        out, last = [], 0
        for c in cuts:
            out.append(w[last:c])
            last = c
        out.append(w[last:])
        return SHY.join(out)

    return _WORD.sub(fix, text)


def breakable_words(text: str, min_len: int = 11) -> set[str]:
    """The words of ``text`` that :func:`soft_hyphenate` would make breakable (case-folded)."""
    return {m.group(0).casefold() for m in _WORD.finditer(text)
            if len(m.group(0)) >= min_len and "-" not in m.group(0) and joints(m.group(0))}
