"""The ``actor_ruler`` component: finds the organisations, bodies and roles a document names.

Swedish bodies are compounds whose head tells the kind ("socialnämnden" is a
committee, "gatukontoret" a department, "pensionärsrådet" a council), so
besides a gazetteer of national agencies and organisations
(``miner/extract/data/actors_gazetteer.csv``) the ruler matches compound
heads with regular expressions over the text. Regular expressions rather than
token patterns because the compounds span tokens in ways the tokenizer does
not see ("Kultur-, fritids- och idrottsnämnden").

Every match becomes an :class:`ActorMention` with a normalised name
("socialnämndens" → "Socialnämnden") and, for gazetteer entries, a national
id ("agency/mfd"). Scoping to a municipality and the roles an actor plays are
decided later, in :mod:`miner.extract.actors`, which knows the document.
The component stores the mentions in ``doc.spans["actors"]`` (label = kind,
``kb_id_`` = gazetteer id or normalised name) and on ``span._.actor``.
"""

from __future__ import annotations

import bisect
import csv
import functools
import re
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

DATA_DIR = Path(__file__).resolve().parent.parent / "extract" / "data"
GAZETTEER_FILE = DATA_DIR / "actors_gazetteer.csv"
SPAN_KEY = "actors"


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One mention of an actor in a text, with character offsets into that text."""

    start: int
    end: int
    text: str
    kind: str  # one of miner.model.ACTOR_KINDS
    name: str  # normalised display name: "Socialnämnden", "Myndigheten för delaktighet"
    key: str = ""  # gazetteer id ("agency/mfd") for national actors; "" for local ones
    rule: str = ""  # which rule found it, e.g. "gazetteer", "committee", "abbrev"
    scope: str | None = None  # kommunkod/county code named with it ("Malmö stads funktionshinderråd")
    generic: bool = False  # a class of actors ("funktionshinderorganisationerna"), not one body


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    id: str
    kind: str
    name: str
    aliases: tuple[str, ...]
    abbrevs: tuple[str, ...]  # matched case-sensitively


@functools.cache
def gazetteer() -> dict[str, GazetteerEntry]:
    out: dict[str, GazetteerEntry] = {}
    with open(GAZETTEER_FILE, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            split = lambda s: tuple(x.strip() for x in (s or "").split("|") if x.strip())  # noqa: E731
            out[row["id"]] = GazetteerEntry(row["id"], row["kind"], row["name"], split(row["aliases"]),
                                            split(row["abbrevs"]))
    return out


# ------------------------------------------------------------------- patterns

_L = r"a-zåäöéüæø"  # lower-case letters
_U = r"A-ZÅÄÖÉÜÆØ"
_B = r"(?<![\w-])"  # left word boundary (a hyphen joins words in Swedish compounds)
_E = r"(?![\w])"  # right word boundary
#: Suspended compound parts before the head: "Kultur-, fritids- och ", "Barn- och ", "Social- samt ".
_SUSP = (rf"(?:(?:[{_U}{_L}]+-,?\s+)*[{_U}{_L}]+-\s+(?:och|samt|&|eller)\s+"
         r"|(?:Vård|Kultur|Barn|Social|Miljö|Hälso|Fritids|Utbildnings|Stads|Samhälls|Bygg|Plan|Gatu|Idrotts"
         r"|Arbetsmarknads|Omsorgs|Teknik|Service)\s+och\s+)?")
_PREFIX = rf"[{_U}{_L}][{_L}]*"  # the compound part glued to the head

#: (kind, rule, pattern); the ``head`` group is the part a bare generic word must not be alone.
_PATTERNS: list[tuple[str, str, str]] = [
    ("committee", "fullmaktige",
     rf"{_B}(?:(?:[Kk]ommun|[Rr]egion|[Ll]andstings|[Ss]tads|[Kk]yrko)fullmäktige|[Ff]ullmäktige)(?:s)?{_E}"),
    ("committee", "styrelse",
     rf"{_B}(?:[Kk]ommun|[Rr]egion|[Ll]andstings|[Ss]tadsdels)styrelse(?:n|ns)?{_E}"),
    ("committee", "utskott",
     rf"{_B}(?:(?:[{_U}{_L}]+(?:nämndens|styrelsens)\s+)[{_L}]*utskott(?:et|ets)?"
     rf"|{_SUSP}{_PREFIX}utskott(?:et|ets)){_E}"),
    ("committee", "namnd",
     rf"{_B}{_SUSP}{_PREFIX}nämnd(?:en|ens|s)?(?:\s+i\s+(?:[Nn]orra\s+|[Ss]ödra\s+|[Vv]ästra\s+|[Öö]stra\s+)?[{_U}][{_L}]+)?{_E}"),
    ("committee", "adj-namnd",
     rf"{_B}(?:[{_U}][{_L}]+a|[Tt]ekniska)\s+nämnd(?:en|ens){_E}"),
    ("committee", "kf-ks", r"(?<![\w-])(?:KF|KS|KSAU)(?::s)?(?![\w-])"),
    ("council", "grupp",
     rf"{_B}(?:(?:[Ss]tyr|[Rr]eferens|[Ss]amråds|[Pp]arlamentariska?\s+)grupp(?:en|ens)?|[{_U}][{_L}]+gruppen){_E}"),
    ("department", "team", rf"{_B}[{_U}][{_L}]+teamet{_E}"),
    ("agency", "utredning", rf"{_B}(?:[{_U}][\w]*-|[{_U}][{_L}]+)utredningen(?:\s+för\s+[{_L}]+)?{_E}"),
    ("committee", "beredning",
     rf"{_B}(?:[Bb]eredningen\s+för\s+[{_L}]+(?:\s+[{_L}]+)?|{_PREFIX}beredning(?:en|ens)){_E}"),
    ("committee", "revisorer", rf"{_B}(?:(?:de\s+)?förtroendevalda\s+)?[Rr]evisorerna{_E}"),
    ("department", "forvaltning", rf"{_B}{_SUSP}{_PREFIX}förvaltning(?:en|ens)?{_E}"),
    ("department", "kontor", rf"{_B}{_SUSP}{_PREFIX}kontor(?:et|ets){_E}"),
    ("department", "avdelning", rf"{_B}{_SUSP}{_PREFIX}avdelning(?:en|ens){_E}"),
    ("department", "enhet", rf"{_B}[{_U}][{_L}]*(?:enhet(?:en|ens))(?:\s+[{_U}][{_L}]+)?{_E}"),
    ("department", "adj-unit", rf"{_B}[{_U}][{_L}]+a\s+(?:enheten|avdelningen|staben){_E}"),
    ("department", "sektor",
     rf"{_B}[Ss]ektorn\s+(?:för\s+)?[{_U}][{_L}]+(?:\s+(?:och|&)\s+[{_L}]+)?{_E}"),
    ("department", "stab", rf"{_B}(?:[{_U}][{_L}]+s\s+stab|[{_U}{_L}][{_L}]+staben){_E}"),
    ("department", "departement", rf"{_B}[{_U}][{_L}-]*departementet(?:s)?{_E}"),
    ("department", "arkiv", rf"{_B}[Kk]ommunarkivet(?:s)?{_E}"),
    ("council", "rad",
     rf"{_B}(?:(?:[Kk]ommunala|[Ll]okala|[Cc]entrala|[Rr]egionala)\s+)?{_SUSP}[{_U}{_L}]*?"
     rf"(?i:funktionshinders?|handikapp|funktionsrätts|pensionärs|tillgänglighets|folkhälso|brukar"
     rf"|senior|äldre|delaktighets|samarbets|funktionshindrades\s+samarbets)råd(?:et|ets|s)?"
     rf"(?:\s+i\s+[{_U}][{_L}]+(?!\s+(?:kommun|stad|län)))?{_E}"),
    ("council", "radet-for",
     rf"{_B}[Rr]ådet\s+för\s+(?:[{_L}]+-\s+och\s+)?[{_L}]*(?:frågor|funktionshinder|tillgänglighet){_E}"),
    ("council", "samarbetsorgan",
     rf"{_B}(?:[Hh]andikappföreningarnas|[Hh]andikapporganisationernas|[Ff]unktionshinderorganisationernas"
     rf"|[Ff]unktionsrättsorganisationernas)\s+samarbetsorgan(?:\s+i\s+[{_U}][{_L}]+)?{_E}"),
    ("company", "ab",
     rf"{_B}(?:(?:AB|Aktiebolaget|Bostads\s+AB)\s+[{_U}][\w&-]+"
     rf"|[{_U}][\w&-]*(?:\s+(?!(?:och|samt|med|för|som|är|ska|har|till|av|på|att|den|det|de|en|ett|eller|vid|om)\s)"
     rf"(?:[{_U}][\w&-]*|i\s+[{_U}][{_L}]+|[{_L}][\w-]+)){{0,3}}\s+AB){_E}"),
    ("agency", "verk",
     rf"{_B}[{_U}][{_L}]+(?:verket|myndigheten|inspektionen|ombudsmannen|kollegiet|institutet)(?:s)?{_E}"),
    ("agency", "statens",
     rf"{_B}Statens\s+[{_L}]+(?:institut|verk|råd|nämnd|styrelse|myndighet|inspektion|museer){_E}"),
    ("agency", "universitet",
     rf"{_B}(?:[{_U}][{_L}]+\s+universitet(?:et)?|[{_U}][{_L}]*universitetet|Högskolan\s+i\s+[{_U}][{_L}]+"
     rf"|[{_U}][{_L}]+\s+högskola){_E}"),
    ("agency", "lansstyrelse",
     rf"{_B}[Ll]änsstyrelse(?:n|ns|rna)(?:\s+i\s+[{_U}][{_L}]+(?:\s+(?:län|[{_U}][{_L}]+\s+län))?)?{_E}"),
    ("committee", "collective",
     rf"{_B}(?:[Ss]amtliga|[Aa]lla|[Vv]arje|[Rr]espektive)\s+(?:nämnder|förvaltningar|bolag|nämnd|förvaltning)"
     rf"(?:\s+(?:och|samt)\s+(?:de\s+)?(?:kommunala\s+)?(?:bolag|bolagen|förvaltningar|nämnder))?{_E}"),
    ("agency", "domstol",
     rf"{_B}(?:[Ff]örvaltningsrätten|[Tt]ingsrätten|[Kk]ammarrätten)(?:\s+i\s+[{_U}][{_L}]+)?{_E}"),
    ("civil-society", "funktionsratt-lokal", rf"{_B}Funktionsrätt\s+(?P<place>[{_U}][{_L}]+)(?:\s+län)?{_E}"),
    ("civil-society", "forening",
     rf"{_B}[{_U}][{_L}]+(?:föreningen|förbundet)(?:s)?(?:\s+i\s+[{_U}][{_L}]+)?{_E}"),
    ("civil-society", "organisationer",
     rf"{_B}(?:funktionshinders?|handikapp|funktionsrätts|brukar|pensionärs)"
     rf"(?:organisation(?:en|er|erna|ernas)?|föreningar(?:na|nas)?|förbunden|rörelsen|rörelsens){_E}"),
    ("role", "role",
     rf"{_B}(?:medicinskt\s+ansvarig\s+sjuksköterska|[{_U}{_L}]*?(?i:chef|direktör)(?:en|er|erna|ens)?"
     rf"|[{_U}{_L}]*?(?i:samordnare|handläggare|utvecklare|sekreterare)(?:n|na|ns)?"
     rf"|[{_U}{_L}]*?(?i:konsulent|strateg|jurist|coach)(?:en|er|erna|ens)?"
     rf"|[{_U}{_L}]+ombud(?:et|en)?)"
     rf"(?:\s+(?:[{_U}]{{2,6}}(?:-[{_L}]+)?|LSS-[{_L}]+))?{_E}"),
]

#: Compound prefixes that make a generic word, not a named body ("statsförvaltningen", "huvudkontoret").
_GENERIC_PREFIXES = {
    "forvaltning": {"", "stats", "offentlig", "e", "egen", "själv", "kapital", "fastighets", "resurs",
                    "medels", "dokument"},
    "kontor": {"", "huvud", "kommun", "lokal", "regions", "region", "hem", "lands", "läns"},
    "avdelning": {"", "vård", "sjukhus", "under"},
    "namnd": {"", "varje", "respektive", "ansvarig", "berörd", "denna"},
    "utskott": {"", "arbets"},
    "enhet": {"", "varje", "denna", "egen", "Varje", "Denna", "Egen"},
    "beredning": {"", "ärende", "budget"},
    "rad": {""},
    "stab": {"", "general"},
    "role": {"god", "till", "på", "företags", "personal", "arbets", "över", "under", "be", "projekt",
             "avsnitt", "ut", "in", "sam", "rektor", "chef"},
    "forening": {"", "sam", "intresse", "bostadsrätts", "ideella"},
    "grupp": {"målgruppen", "åldersgruppen", "riskgruppen", "grupp", "gruppen", "Målgruppen", "Åldersgruppen",
              "Riskgruppen", "Undergruppen", "Personalgruppen", "Brukargruppen", "Elevgruppen", "Barngruppen",
              "Yrkesgruppen", "Yrkesgrupperna", "Kontrollgruppen", "Befolkningsgruppen"},
    "adj-namnd": {"Denna", "Varje", "Berörda", "Ansvariga", "Samtliga", "Respektive", "Båda", "Alla", "Flera",
                  "Andra", "Övriga", "Olika", "Egna", "Nya", "Gamla", "Sådana", "Dessa", "Vissa", "Enstaka"},
    "verk": {"", "Samverket", "Nätverket", "Hantverket", "Regelverket", "Ramverket", "Verket", "Myndigheten",
             "Inspektionen", "Kollegiet", "Ombudsmannen", "Arbetsverket", "Underverket"},
}

_HEAD_RULE = {"forvaltning": "förvaltning", "kontor": "kontor", "avdelning": "avdelning", "namnd": "nämnd",
              "utskott": "utskott", "enhet": "enhet", "beredning": "beredning", "stab": "stab",
              "forening": "förening|förbund"}

_ROLE_WORDS = ("chef", "direktör", "samordnare", "handläggare", "utvecklare", "sekreterare", "konsulent",
               "strateg", "jurist", "coach", "ombud")


def _trie_regex(words) -> str:
    """One regular expression for many (lower-case) names, factored by common prefixes so that matching
    does not try every name at every position; spaces match any whitespace (names broken over lines)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = []
        end = "" in node
        for ch in sorted(k for k in node if k):
            piece = r"\s+" if ch == " " else re.escape(ch)
            alts.append(piece + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


@functools.cache
def _gazetteer_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str], dict[str, str]]:
    """(case-insensitive names, case-sensitive abbreviations, form → id maps)."""
    names: dict[str, str] = {}
    abbrevs: dict[str, str] = {}
    for e in gazetteer().values():
        for form in (e.name, *e.aliases):
            names.setdefault(form.casefold(), e.id)
        for a in e.abbrevs:
            abbrevs.setdefault(a, e.id)
    alt = _trie_regex(names)
    abbr = "|".join(re.escape(a) for a in sorted(abbrevs, key=len, reverse=True))
    name_re = re.compile(rf"{_B}(?:{alt})(?::?s)?{_E}", re.IGNORECASE)
    abbr_re = re.compile(rf"{_B}(?:{abbr})(?::s|s)?(?![\w-])")
    return name_re, abbr_re, names, abbrevs


#: Words every match of a pattern contains (case-folded; "=" marks a case-sensitive word): a pattern
#: runs only on the lines that contain one of them, which keeps long documents fast.
_PATTERN_HEADS: dict[str, tuple[str, ...]] = {
    "fullmaktige": ("fullmäktige",), "styrelse": ("styrelse",), "utskott": ("utskott",), "namnd": ("nämnd",),
    "adj-namnd": ("nämnd",), "kf-ks": ("=KF", "=KS"), "grupp": ("grupp",), "team": ("teamet",),
    "utredning": ("utredningen",), "beredning": ("beredning",), "revisorer": ("revisorerna",),
    "forvaltning": ("förvaltning",), "kontor": ("kontor",), "avdelning": ("avdelning",), "enhet": ("enhet",),
    "adj-unit": ("enheten", "avdelningen", "staben"), "sektor": ("sektorn",), "stab": ("stab",),
    "departement": ("departement",), "arkiv": ("arkivet",), "rad": ("råd",), "radet-for": ("rådet",),
    "samarbetsorgan": ("samarbetsorgan",), "collective": ("nämnd", "förvaltning", "bolag"),
    "ab": ("=AB", "=Aktiebolaget"), "lansstyrelse": ("länsstyrelse",),
    "verk": ("verket", "myndigheten", "inspektionen", "ombudsmannen", "kollegiet", "institutet"),
    "statens": ("=Statens",), "universitet": ("universitet", "högskola"), "domstol": ("rätten",),
    "funktionsratt-lokal": ("=Funktionsrätt",), "forening": ("förening", "förbund"),
    "organisationer": ("organisation", "förening", "förbunden", "rörelse"),
    "role": ("chef", "direktör", "samordnare", "handläggare", "utvecklare", "sekreterare", "konsulent", "strateg",
             "jurist", "coach", "ombud", "sjuksköterska"),
}


class LineIndex:
    """The lines of a text, and which lines contain a word, found with one scan per word list."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = text.casefold() if len(text.casefold()) == len(text) else None
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line(self, i: int) -> tuple[int, str]:
        s = self.starts[i]
        e = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else len(self.text)
        return s, self.text[s:e]

    def containing(self, heads: tuple[str, ...]) -> list[int]:
        folded = [re.escape(h) for h in heads if not h.startswith("=")]
        exact = [re.escape(h[1:]) for h in heads if h.startswith("=")]
        found: set[int] = set()
        for words, hay, flags in ((folded, self.folded, 0), (exact, self.text, 0)):
            if not words:
                continue
            if hay is None:  # case folding changed the length: fall back to a case-insensitive scan
                hay, flags = self.text, re.IGNORECASE
            for m in re.finditer("|".join(words), hay, flags):
                found.add(bisect.bisect_right(self.starts, m.start()) - 1)
        return sorted(found)


class _LineMatch:
    """A match found in one line, with offsets into the whole text."""

    __slots__ = ("_m", "_off")

    def __init__(self, m: re.Match[str], off: int) -> None:
        self._m, self._off = m, off

    def start(self) -> int:
        return self._m.start() + self._off

    def end(self) -> int:
        return self._m.end() + self._off

    def group(self, g=0):
        return self._m.group(g)


def _finditer_lines(pat: re.Pattern[str], rule: str, text: str, lines: LineIndex):
    heads = _PATTERN_HEADS.get(rule)
    if not heads:
        yield from pat.finditer(text)
        return
    for i in lines.containing(heads):
        off, line = lines.line(i)
        for m in pat.finditer(line):
            yield _LineMatch(m, off)


@functools.cache
def _compiled() -> list[tuple[str, str, re.Pattern[str]]]:
    return [(kind, rule, re.compile(p)) for kind, rule, p in _PATTERNS]


# -------------------------------------------------------------- normalisation

_GENITIVE = [
    ("nämndens", "nämnden"), ("förvaltningens", "förvaltningen"), ("kontorets", "kontoret"),
    ("avdelningens", "avdelningen"), ("enhetens", "enheten"), ("utskottets", "utskottet"), ("rådets", "rådet"),
    ("styrelsens", "styrelsen"), ("fullmäktiges", "fullmäktige"), ("beredningens", "beredningen"),
    ("departementets", "departementet"), ("arkivets", "arkivet"), ("rörelsens", "rörelsen"),
    ("råds", "rådet"), ("nämnds", "nämnden"), ("förbundets", "förbundet"), ("föreningens", "föreningen"), ("institutets", "institutet"),
    ("gruppens", "gruppen"), ("teamets", "teamet"), ("utredningens", "utredningen"),
    ("organisationernas", "organisationerna"), ("föreningarnas", "föreningarna"),
]
_INDEFINITE = [("nämnd", "nämnden"), ("förvaltning", "förvaltningen"), ("råd", "rådet"),
               ("styrelse", "styrelsen"), ("utskott", "utskottet"), ("beredning", "beredningen")]
_ROLE_SING = re.compile(
    r"(chef|direktör|konsulent|strateg|jurist|coach)(?:erna|ernas|ens|en|er)$"
    r"|(samordnare|handläggare|utvecklare|sekreterare)(?:rna|ns|n|na)$|(ombud)(?:et|en)$"
)
_ORG_FAMILY = [
    (re.compile(r"^(funktionshinders?|handikapp|funktionsrätts)"), "Funktionshinderorganisationerna"),
    (re.compile(r"^pensionärs"), "Pensionärsorganisationerna"),
    (re.compile(r"^brukar"), "Brukarorganisationerna"),
]


def _cap(text: str) -> str:
    if text.isupper() and len(text) > 6:
        text = text.lower()
    return text[:1].upper() + text[1:]


def normalise_name(text: str, kind: str, rule: str = "") -> str:
    """The display name of a local actor: capitalised, nominative, definite singular (roles: indefinite)."""
    name = re.sub(r"\s+", " ", text.strip())
    name = re.sub(r"(?<=[a-zåäö])-(?=(?:departement|förvaltning|nämnd|kontor|avdelning))", "", name)
    if name.isupper() and len(name) > 6:
        name = name.lower()
    low = name.casefold()
    if rule == "organisationer":
        for pat, canon in _ORG_FAMILY:
            if pat.match(low):
                return canon
    if kind == "role":
        words = name.split(" ")
        head = words[0] if not name.casefold().startswith("medicinskt") else name
        m = _ROLE_SING.search(head.casefold())
        if m:
            head = head[: m.start()] + head[m.start() : m.start() + len(m.group(1) or m.group(2) or m.group(3))]
        words[0] = head
        return _cap(" ".join(words) if not name.casefold().startswith("medicinskt") else head)
    # genitive and indefinite forms of the head (the last word before any " i Place")
    main, sep, place = name.partition(" i ")
    low_main = main.casefold()
    # "kommunstyrelsens arbetsutskott": after a genitive the head stays indefinite
    owned = len(main.split(" ")) > 1 and main.split(" ")[-2].endswith("s") and kind == "committee"
    for gen, nom in _GENITIVE:
        if low_main.endswith(gen):
            main = main[: len(main) - len(gen)] + nom
            break
    else:
        for indef, definite in _INDEFINITE:
            if low_main.endswith(indef) and not owned:
                main = main[: len(main) - len(indef)] + definite
                break
        else:
            if (low_main.endswith(("ens", "ets")) and kind in ("department", "agency")) or (low_main.endswith("s") and rule in ("verk", "departement", "fullmaktige")):
                main = main[:-1]
    if rule == "fullmaktige" and main.casefold() == "fullmäktige":
        main = "kommunfullmäktige"
    return _cap(main + (sep + place if sep else ""))


def _prefix_before_head(text: str, rule: str) -> str:
    """The compound part glued to the head word ("social" in "socialnämnden"), lower-cased."""
    head = _HEAD_RULE.get(rule)
    last = re.split(r"\s+", text.split(" i ")[0].strip())[-1]
    if rule == "role":
        low = last.casefold()
        for w in _ROLE_WORDS:
            i = low.find(w)
            if i >= 0:
                return low[:i]
        return low
    if rule == "verk":
        return last
    if rule == "rad":
        return "x"
    if not head:
        return "x"
    m = re.search(rf"(?:{head})", last, re.IGNORECASE)
    return last[: m.start()].casefold() if m else last.casefold()


# ---------------------------------------------------------------- the finder


def _municipal_genitive(text: str) -> list[tuple[int, int, str]]:
    """Spans like "Malmö stads " / "Uppsala kommuns " that scope the actor after them."""
    from ..reference import find_organisations

    out = []
    for org in find_organisations(text):
        surface = text[org.start : org.end]
        if surface.endswith("s") and org.kind in ("municipality", "region"):
            out.append((org.start, org.end, org.code))
    return out


_INSTRUMENT = re.compile(r"\s*(?:-)?(?:konvention|standardregl|barnkonvention|deklaration|allmänna\s+förklaring"
                         r"|s\s+konvention|:s\s+(?:konvention|standardregl|barnkonvention|deklaration|allmänna))",
                         re.IGNORECASE)


_BROKEN = re.compile(r"(?<=[a-zåäö])-(?=[a-zåäö])")


def _broken_windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text (whole lines) around words broken by a hyphen, merged when they overlap."""
    out: list[tuple[int, int]] = []
    for m in _BROKEN.finditer(text):
        s = text.rfind("\n", 0, max(0, m.start() - 80)) + 1
        e = text.find("\n", m.end() + 80)
        e = len(text) if e < 0 else e
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _dehyphenate(text: str) -> tuple[str, list[int]]:
    """``text`` without hyphens inside words, and for each of its characters the offset in ``text``."""
    out, index = [], []
    last = 0
    for m in _BROKEN.finditer(text):
        out.append(text[last : m.start()])
        index.extend(range(last, m.start()))
        last = m.end()
    out.append(text[last:])
    index.extend(range(last, len(text)))
    return "".join(out), index


def find_actor_mentions(text: str) -> list[ActorMention]:
    """Every actor mention in ``text``, non-overlapping, in order (longest, most specific match wins)."""
    from ..reference import find_organisations

    cands: list[tuple[int, int, int, ActorMention]] = []  # (start, -len, priority, mention)
    name_re, abbr_re, names, abbrevs = _gazetteer_patterns()
    gaz = gazetteer()
    for m in name_re.finditer(text):
        surface = m.group(0)
        if _INSTRUMENT.match(text, m.end()) and surface.casefold().startswith(("fn", "förenta")):
            continue  # "FN:s konvention": the name of an instrument, not the UN acting
        key = re.sub(r"\s+", " ", surface.casefold())
        eid = names.get(key) or names.get(re.sub(r":?s$", "", key))
        if not eid:
            continue
        e = gaz[eid]
        cands.append((m.start(), -(m.end() - m.start()), 0,
                      ActorMention(m.start(), m.end(), surface, e.kind, e.name, e.id, "gazetteer")))
    for window in _broken_windows(text):
        # easy-to-read texts break long words at compound joints: "Försäkrings-kassan"
        ws = window[0]
        joined, index = _dehyphenate(text[ws : window[1]])
        for m in name_re.finditer(joined):
            s0, e0 = ws + index[m.start()], ws + index[m.end() - 1] + 1
            if "-" not in text[s0:e0]:
                continue
            eid = names.get(re.sub(r"\s+", " ", m.group(0).casefold())) or names.get(
                re.sub(r":?s$", "", re.sub(r"\s+", " ", m.group(0).casefold())))
            if eid:
                e = gaz[eid]
                cands.append((s0, -(e0 - s0), 0,
                              ActorMention(s0, e0, text[s0:e0], e.kind, e.name, e.id, "gazetteer")))
    for m in abbr_re.finditer(text):
        surface = m.group(0)
        if _INSTRUMENT.match(text, m.end()) and surface.startswith("FN"):
            continue
        eid = abbrevs.get(surface) or abbrevs.get(re.sub(r":?s$", "", surface))
        if not eid:
            continue
        e = gaz[eid]
        cands.append((m.start(), -(m.end() - m.start()), 0,
                      ActorMention(m.start(), m.end(), surface, e.kind, e.name, e.id, "abbrev")))
    for org in find_organisations(text):
        surface = text[org.start : org.end]
        if org.kind == "municipality":
            cands.append((org.start, -(org.end - org.start), 1,
                          ActorMention(org.start, org.end, surface, "municipality", org.name, "", "municipality",
                                       scope=org.code)))
        else:
            cands.append((org.start, -(org.end - org.start), 1,
                          ActorMention(org.start, org.end, surface, "region", org.name, "", "region",
                                       scope=org.code)))
    lines = LineIndex(text)
    for kind, rule, pat in _compiled():
        for m in _finditer_lines(pat, rule, text, lines):
            surface = m.group(0)
            generic_prefixes = _GENERIC_PREFIXES.get(rule if rule != "namnd" else "namnd", set())
            prefix = _prefix_before_head(surface, rule)
            short = len(prefix) < 2 and rule in _HEAD_RULE
            if rule in _GENERIC_PREFIXES and (prefix in generic_prefixes or short) and not (
                    rule == "utskott" and " " in surface.strip()):
                continue
            if rule == "verk" and surface.rstrip("s") in generic_prefixes:
                continue
            if rule == "grupp" and surface.split()[-1] in generic_prefixes:
                continue
            if rule == "adj-namnd" and surface.split()[0] in generic_prefixes:
                continue
            if rule == "funktionsratt-lokal" and m.group("place") not in _place_names():
                continue
            if rule == "collective":
                words = surface.casefold().split()
                plural = {"nämnd": "nämnder", "förvaltning": "förvaltningar", "bolagen": "bolag"}
                nouns = [plural.get(w, w) for w in words[1:]
                         if w in ("nämnd", "nämnder", "förvaltning", "förvaltningar", "bolag", "bolagen")]
                if words[0] in ("alla", "varje", "respektive") and len(nouns) == 1:
                    generic_name = None  # "varje nämnd" in passing; "Samtliga nämnder" is a named collective
                else:
                    generic_name = "Samtliga " + " och ".join(nouns)
                if generic_name:
                    kind = ("department" if "förvaltning" in words[1] else "company" if words[1] == "bolag"
                            else "committee")
                    cands.append((m.start(), -(m.end() - m.start()), 2,
                                  ActorMention(m.start(), m.end(), surface, kind, generic_name, "", rule, generic=True)))
                continue
            if rule == "kf-ks":
                kind, surface_name = "committee", {"KF": "Kommunfullmäktige", "KS": "Kommunstyrelsen",
                                                   "KSAU": "Kommunstyrelsens arbetsutskott"}[surface.split(":")[0]]
                cands.append((m.start(), -(m.end() - m.start()), 2,
                              ActorMention(m.start(), m.end(), surface, kind, surface_name, "", rule)))
                continue
            name = normalise_name(surface, kind, rule)
            cands.append((m.start(), -(m.end() - m.start()), 2,
                          ActorMention(m.start(), m.end(), surface, kind, name, "", rule,
                                       generic=rule == "organisationer")))
    # bare "landstinget"/"regionen": the county's region, resolved later with the document's code
    for m in re.finditer(rf"{_B}(?:[Ll]andstinget|[Rr]egionen)(?:s)?(?:\s+i\s+[{_U}][{_L}]+(?:\s+län)?)?{_E}", text):
        cands.append((m.start(), -(m.end() - m.start()), 3,
                      ActorMention(m.start(), m.end(), m.group(0), "region", "", "", "region-bare")))
    cands.sort(key=lambda c: (c[0], c[1], c[2]))
    kept: list[ActorMention] = []
    last_end = -1
    for start, _neg, _prio, mention in cands:
        if start < last_end:
            continue
        kept.append(mention)
        last_end = mention.end
    kept = _company_short_names(text, kept)
    kept = _local_branches(text, kept)
    kept = _apply_scope_prefixes(text, kept)
    return _add_defined_abbreviations(text, kept)


def _company_short_names(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Once "Uppsalahem AB" is named, a bare "Uppsalahem" names the same company."""
    shorts = {}
    for m in mentions:
        if m.rule == "ab" and m.text.endswith(" AB"):
            short = m.text[:-3].strip()
            if len(short) >= 4 and " " not in short:
                shorts[short] = m
    if not shorts:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    extra = []
    pat = re.compile(r"(?<![\w-])(" + "|".join(re.escape(k) for k in shorts) + r")(?::?s)?(?![\w-])")
    for hit in pat.finditer(text):
        if any(s < hit.end() and hit.start() < e for s, e in taken):
            continue
        src = shorts[hit.group(1)]
        extra.append(replace(src, start=hit.start(), end=hit.end(), text=hit.group(0), rule="company-short"))
    return sorted(mentions + extra, key=lambda m: m.start)


@functools.cache
def _place_names() -> frozenset[str]:
    from ..reference import municipalities, regions

    names = {m.name for m in municipalities().values()}
    names |= {r.county.removesuffix(" län") for r in regions().values()}
    names |= {"Älvsborg", "Skaraborg", "Dalsland", "Bohuslän", "Norrbotten", "Västerbotten", "Sörmland",
              "Sjuhärad", "Fyrbodal", "Göteborgsregionen"}
    return frozenset(names)


_BRANCH_PLACE = re.compile(rf"(\s+(?:i\s+)?((?:[Nn]orra\s+|[Ss]ödra\s+|[Vv]ästra\s+|[Öö]stra\s+)?([{_U}][{_L}]+))(?:\s+län)?){_E}")


def _local_branches(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """"DHR Åmål", "SRF Älvsborg", "FUB i Uppsala": a national organisation's local branch is its own actor."""
    out = []
    for m in mentions:
        if m.kind == "civil-society" and m.key.startswith("org/"):
            nxt = _BRANCH_PLACE.match(text, m.end)
            if nxt and nxt.group(3) in _place_names():
                surface = text[m.start : nxt.end()]
                base = m.text if m.rule == "abbrev" else m.name
                out.append(replace(m, end=nxt.end(), text=surface, name=f"{base}{nxt.group(1)}".strip()
                                   + (" län" if nxt.group(0).endswith("län") else ""),
                                   key="", rule="org-branch"))
                continue
        out.append(m)
    return out


def _apply_scope_prefixes(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """"Malmö stads funktionshinderråd": scope the council to Malmö and drop the municipality mention."""
    out: list[ActorMention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            nxt is not None
            and m.kind in ("municipality", "region")
            and m.text.endswith("s")
            and text[m.end : nxt.start].strip() == ""
            and nxt.start - m.end <= 2
            and nxt.kind not in ("municipality", "region", "agency")
            and not nxt.key
        ):
            out.append(replace(nxt, start=m.start, text=text[m.start : nxt.end], scope=m.scope))
            i += 2
            continue
        out.append(m)
        i += 1
    return out


_DEF_AFTER = re.compile(r"\s*[(,]\s*(?:förkortat\s+|förkortning\s+)?([A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,7})\s*[),]")
_DEF_BEFORE = re.compile(r"(?<![\w-])([A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,7})\s*\(\s*$")


def _is_acronym(s: str) -> bool:
    return sum(ch.isupper() for ch in s) >= 2 and len(s) <= 8


def _add_defined_abbreviations(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Acronyms the text defines for an actor ("Socialnämnden (SN)", "KFR (kommunala funktionshinderrådet)")."""
    defined: dict[str, ActorMention] = {}
    for m in mentions:
        if m.kind == "municipality" or m.rule == "abbrev":
            continue
        after = _DEF_AFTER.match(text, m.end)
        if after and _is_acronym(after.group(1)):
            defined.setdefault(after.group(1), m)
            continue
        before = _DEF_BEFORE.search(text, max(0, m.start - 12), m.start)
        if before and _is_acronym(before.group(1)) and text[m.end : m.end + 2].lstrip().startswith(")"):
            defined.setdefault(before.group(1), m)
    if not defined:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    extra = []
    pat = re.compile(r"(?<![\w-])(" + "|".join(re.escape(a) for a in defined) + r")(?::s)?(?![\w-])")
    for hit in pat.finditer(text):
        if any(s < hit.end() and hit.start() < e for s, e in taken):
            continue
        src = defined[hit.group(1)]
        extra.append(replace(src, start=hit.start(), end=hit.end(), text=hit.group(0), rule="defined-abbrev"))
    return sorted(mentions + extra, key=lambda m: m.start)


# ---------------------------------------------------------------- component

if not Span.has_extension("actor"):
    Span.set_extension("actor", default=None)


class ActorRuler:
    """spaCy component: actor mentions → ``doc.spans["actors"]`` (label = kind) with ``span._.actor``.

    The rules come from the package (gazetteer CSV and the patterns above), not
    from the saved pipeline, so the component has nothing to serialise.
    """

    def __init__(self, nlp: Language, name: str = "actor_ruler", span_key: str = SPAN_KEY) -> None:
        self.name = name
        self.span_key = span_key
        _gazetteer_patterns()  # fail at construction, not on the first document

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for m in find_actor_mentions(doc.text):
            span = doc.char_span(m.start, m.end, label=m.kind, kb_id=m.key or m.name, alignment_mode="expand")
            if span is None:
                continue
            span._.actor = m
            spans.append(span)
        doc.spans[self.span_key] = spans
        return doc


@Language.factory("actor_ruler", default_config={"span_key": SPAN_KEY})
def make_actor_ruler(nlp: Language, name: str, span_key: str) -> ActorRuler:
    return ActorRuler(nlp, name, span_key)


__all__ = ["ActorMention", "ActorRuler", "GazetteerEntry", "LineIndex", "find_actor_mentions", "gazetteer", "normalise_name"]
