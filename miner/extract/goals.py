"""Goal statements, their level and hierarchy, from the document's structure and its sentences.

A municipal plan states its goals in a few recognisable places: sentences
under goal headings ("Övergripande mål", "Delmål", "Åtgärder"), bullet lists
under them or after a lead-in ("Målet med policyn är att:"), statements such
as "Målet är att ...", "Syftet med planen är att ..." or "Kommunen ska ...",
headings that are goals themselves ("Mål 2: Tillgänglighet"), and action
tables with Ansvarig / Tidplan / Indikator columns. Each rule below yields a
candidate with a *rule strength* (``RULES``): the share of its candidates that
were real goals when the rules were measured on the sample and real gold
(``miner eval extract --by-rule``). Candidates below :data:`MIN_CONFIDENCE`
are dropped.

What is *not* the document's own goal: background prose (no commitment cue),
table-of-contents lines, quotes of the law ("Enligt 4 kap. 1 § SoL ska
...") and of the national disability-policy goal. The latter are kept as
goals with ``national_goal=True`` (rule ``national-goal``), so that the graph
can link the document to the national goal with evidence; they never get a
parent or children and evaluation leaves them out.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Block, DocType, Document, Goal, Table
from ..nlp.goals import Cue, find_cues

DATA_DIR = Path(__file__).resolve().parent / "data"

#: Rule → (default level or None for "from context", strength). Strengths are measured precisions, rounded.
RULES: dict[str, float] = {
    # structure: measured precision (sample + real + real excerpts, smoothed towards 0.7 for rare rules)
    "table-row": 0.95,
    "labelled": 0.95,
    "caps-verb": 0.95,
    "list-after-goal": 0.95,
    "list-under-goal-heading": 0.9,
    "list-after-lead-in": 0.9,
    "vision": 0.9,
    "goal-heading": 0.8,
    "heading-statement": 0.8,
    "goal-phrase": 0.75,
    "purpose": 0.6,
    "list-after-lead-in-verb": 0.55,
    "imperative-under-action-heading": 0.7,
    "paragraph-under-goal-heading": 0.45,
    "modal-under-goal-heading": 0.45,
    "assignment": 0.75,  # in plans and programmes; in reports and decisions (genre "rules") 0.35: 0/2 measured
    "purpose-other": 0.25,
    "imperative": 0.1,
    # "ska" statements: a base strength that subject, aspiration, negation and genre shift (modal_strength)
    "modal": 0.45,
    "modal-procedural": 0.05,
    "modal-background": 0.05,
    "national-goal": 0.8,
}
#: Candidates weaker than this are not reported: a statement is a goal when its rule finds real goals
#: at least as often as not.
MIN_CONFIDENCE = 0.5

# ------------------------------------------------------------------ headings

_NUM = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2}){0,4}\.?\)?|[A-Z]\.|[IVX]{1,4}\.)\s+")
_H_TOC = re.compile(r"^(?:innehåll|innehållsförteckning)\b", re.I)
_H_OVERALL = re.compile(
    r"^(?:övergripande\s+(?:mål|målsättning|syfte)|vår\s+vision|vision(?:en)?|huvudmål|målbild|långsiktiga?\s+mål"
    r"|mål\s+för\s+(?:programmet|planen|policyn|strategin|arbetet))(?![\w])", re.I)
_H_AREA_CONTAINER = re.compile(
    r"^(?:(?:mål|fokus|insats|utvecklings|prioriterade|strategiska|våra|sju|fem|fyra|tre|sex)\s*)?områden(?![\w])", re.I)
_H_AREA = re.compile(
    r"^(?:(?:mål|fokus|insats|utvecklings|strategiskt|prioriterat)område|område|tema|perspektiv)\s*\d*\s*[:.–-]?(?![\w])", re.I)
_H_ACTION = re.compile(
    r"(?<![\w])(?:åtgärd(?:er|en|erna)?|aktivitet(?:er|erna)?|handlingsplan(?:en)?|så\s+gör\s+vi"
    r"|det\s+här\s+gör\s+vi|vi\s+gör|att\s+göra|så\s+här\s+arbetar\s+vi|så\s+arbetar\s+vi|vi\s+arbetar|det\s+här\s+gör\s+vi"
    r"|uppdrag(?:\s+till)?)(?![\w])", re.I)
_H_GOAL = re.compile(
    r"(?<![\w])(?:[\wåäö]*mål(?:en|et)?|målsättning(?:ar|en|arna)?|ställningstaganden|åtaganden|prioriteringar"
    r"|inriktning(?:ar)?|vi\s+ska|vi\s+vill|vill\s+vi\s+uppnå|vi\s+vill\s+uppnå|ambition(?:er)?|krav|kravnivå"
    r"|vad\s+vill\s+vi)(?![\w])", re.I)
_H_GOAL_NOT = re.compile(r"(?<![\w])(?:nationella|nationellt|regeringens|riksdagens|fn:s|agenda\s+2030)(?![\w])", re.I)
_H_PURPOSE = re.compile(r"^(?:syfte(?:t)?|syfte\s+och\s+mål|syfte\s+och\s+målgrupp)(?![\w])", re.I)
_H_BACKGROUND = re.compile(
    r"^(?:bakgrund|förord|sammanfattning|om\s+(?:dokumentet|planen|programmet|policyn|riktlinjen)|lagstiftning|lagar"
    r"|styrdokument|styrande\s+dokument|nationell|internationell|konventionen|fn:s|definitioner|begrepp|ordlista"
    r"|ordförklaringar|bilag|referenser|källor|kunskapsläge|nuläge|nulägesanalys|omvärldsanalys|statistik\b|historik"
    r"|regelverk|kontakt|lagar\s+och|relaterade\s+dokument|koppling\s+till|beskrivning|vad\s+är|målgrupp)",
    re.I)
_H_FOLLOWUP = re.compile(
    r"^(?:uppföljning|utvärdering|revidering|implementering|genomförande\s+och\s+uppföljning|ansvar\s+och\s+uppföljning"
    r"|ansvarsfördelning|organisation\s+och\s+ansvar|ansvar\s+och\s+roller|roller\s+och\s+ansvar|så\s+följs"
    r"|uppföljning\s+och|giltighet|revision)", re.I)
_H_NATIONAL = re.compile(
    r"(?<![\w])(?:nationella?|regeringens|riksdagens|funktionshinderspolitiken|fn:s\s+konvention|konventionen\s+om"
    r"|agenda\s+2030)(?![\w])", re.I)
#: A heading that is itself a goal: "Mål 2: Tillgänglighet", "Delmål 1.3 Alla ska ...".
_HEADING_GOAL = re.compile(
    r"^(?P<label>(?:övergripande\s+)?(?:del|inriktnings|effekt|resultat|strategiskt|verksamhets)?mål)\s*"
    r"(?P<num>\d{1,2}(?:\.\d{1,2})*[a-z]?)?\s*[:.–-]\s*(?P<text>\S.*)$", re.I)


@dataclass
class Section:
    title: str
    level: int
    kind: str  # overall | subgoal | action | area | area-container | purpose | background | national | toc | neutral
    parent: Section | None
    start: int
    index: int
    children_goal_kinds: set[str] = field(default_factory=set)

    def ancestors(self) -> list[Section]:
        out, s = [], self
        while s is not None:
            out.append(s)
            s = s.parent
        return out


def heading_title(text: str) -> str:
    return _NUM.sub("", text).strip()


def classify_heading(title: str) -> str:
    """The role of a section, from its heading."""
    t = title.strip().rstrip(":").strip()
    if _H_TOC.match(t):
        return "toc"
    if _H_OVERALL.match(t):
        return "overall"
    if _H_PURPOSE.match(t):
        return "purpose"
    if _H_AREA_CONTAINER.match(t):
        return "area-container"
    if _H_AREA.match(t):
        return "area"
    if _H_NATIONAL.search(t) and not re.match(r"^(?:mål|delmål|åtgärd)", t, re.I):
        return "national"
    if _H_BACKGROUND.match(t):
        return "background"
    if _H_FOLLOWUP.match(t):
        return "followup"
    if _H_ACTION.search(t):
        return "action"
    if _H_GOAL.search(t) and not _H_GOAL_NOT.search(t):
        return "subgoal"
    return "neutral"


def build_sections(doc: Document) -> tuple[list[Section | None], list[Section]]:
    """For each block, the innermost section holding it; and the list of sections."""
    per_block: list[Section | None] = []
    sections: list[Section] = []
    stack: list[Section] = []
    first_heading = True
    for i, b in enumerate(doc.blocks):
        if b.kind == "heading":
            title = heading_title(doc.text[b.start : b.end])
            level = b.level or 1
            while stack and stack[-1].level >= level:
                stack.pop()
            kind = classify_heading(title)
            if first_heading and kind in ("action", "subgoal", "neutral") and i < 6:
                kind = "neutral"  # the document title ("Handlingsplan för ...") is not a section role
            first_heading = False
            parent = stack[-1] if stack else None
            if parent is not None and parent.kind == "area-container" and kind in ("neutral", "subgoal"):
                kind = "area"
            sec = Section(title, level, kind, parent, b.start, len(sections))
            sections.append(sec)
            stack.append(sec)
            per_block.append(sec)
            # a goal heading makes its ancestors candidates for being a goal area
            if kind in ("subgoal", "action", "overall"):
                for anc in sec.ancestors()[1:]:
                    anc.children_goal_kinds.add(kind)
        else:
            per_block.append(stack[-1] if stack else None)
    # neutral headings whose subsections are goal sections are goal areas ("Tillgänglighet" > "Delmål")
    for sec in sections:
        if (sec.kind == "neutral" and sec.children_goal_kinds and sec.parent is not None) or (
            sec.kind == "neutral" and sec.children_goal_kinds and sec.level >= 2
        ):
            sec.kind = "area"
    return per_block, sections


def section_context(sec: Section | None) -> tuple[str | None, Section | None, bool, bool]:
    """(goal kind of the innermost goal section, the goal area, in background, in national section).

    The goal area is the innermost heading marked as an area ("Målområde 2: ...", a heading under
    "Målområden", a heading whose subsections are goal sections), or a plain heading that sits inside
    a goal section ("Krav på kommunens kommunikation" > "Skriftlig information").
    """
    goal_kind = None
    area = None
    neutral_inside: Section | None = None
    background = national = False
    chain = sec.ancestors() if sec else []
    for s in chain:
        if goal_kind is None and s.kind in ("overall", "subgoal", "action", "purpose"):
            goal_kind = s.kind
        if area is None and s.kind == "area":
            area = s
        if s.kind == "neutral" and goal_kind is None and neutral_inside is None:
            neutral_inside = s
        if s.kind == "background" and goal_kind is None:
            background = True
        if s.kind == "national" and goal_kind is None:
            national = True
    if area is None and neutral_inside is not None and goal_kind in ("subgoal", "action") and any(
            s.kind in ("subgoal", "action") and s.level < neutral_inside.level for s in chain):
        area = neutral_inside
    return goal_kind, area, background, national


# --------------------------------------------------------------- sentences

_LIST_LEAD = re.compile(r"^\s*(?:[•●○◦▪■□►✓✔·\-–—*]|\d{1,2}[.)]|[a-zåäö][.)])\s+")
_TOC_LIKE = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?[^.!?]{2,90}?(?:\s*[.·…_]{3,}\s*|\s+)\d{1,3}\s*$")
_ABBREV_END = re.compile(
    r"(?:\b(?:t\.ex|bl\.a|m\.m|s\.k|o\.s\.v|osv|etc|enl|ca|jfr|resp|inkl|exkl|dvs|d\.v\.s|kap|st|nr|prop|fr\.o\.m"
    r"|t\.o\.m|m\.fl|mfl|bl|ev|p\.g\.a|pga|f\.d|dnr|tel|tfn|avd|Ds|SOU)|\b[A-ZÅÄÖ]|\d)\.$")


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Fallback sentence splitter for one line of clean text (the spaCy pipeline is used when present)."""
    out = []
    start = 0
    for m in re.finditer(r"[.!?](?=\s+[\"'”»(]?[A-ZÅÄÖ0-9])", text):
        if _ABBREV_END.search(text[max(start, m.start() - 8) : m.end()]):
            continue
        out.append((start, m.end()))
        start = m.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        out.append((start, len(text)))
    return [(s + offset, e + offset) for s, e in out if text[s:e].strip()]


class Sentences:
    """Sentence spans of the clean text, from the spaCy doc when there is one."""

    def __init__(self, doc: Document, sdoc=None) -> None:
        self.doc = doc
        self.spans: list[tuple[int, int]] | None = None
        if sdoc is not None:
            try:
                self.spans = [(s.start_char, s.end_char) for s in sdoc.sents]
            except (ValueError, AttributeError):
                self.spans = None
        self.starts = [s for s, _ in self.spans] if self.spans else []

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        if self.spans is None:
            return split_sentences(self.doc.text[start:end], start)
        i = max(bisect.bisect_right(self.starts, start) - 1, 0)
        out = []
        while i < len(self.spans) and self.spans[i][0] < end:
            s, e = self.spans[i]
            s, e = max(s, start), min(e, end)
            if e > s and self.doc.text[s:e].strip():
                out.append((s, e))
            i += 1
        return out or [(start, end)]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip whitespace, list markers and a trailing colon from the span ``[start, end)`` of ``text``."""
    m = _LIST_LEAD.match(text, start, end) if start < end else None
    if m:
        start = m.end()
    while start < end and text[start] in " \t\n\"'”»•·":
        start += 1
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    return start, end


#: Imperatives that are also common nouns opening a noun phrase ("Beslut om insats", "Test av ...").
_NOUN_STEMS = frozenset({"beslut", "test", "start", "lyft", "plan", "vis", "samverk", "stöd", "utbild", "ordn",
                         "besök", "bygg", "lägg"})


@functools.cache
def _verbs() -> tuple[frozenset[str], frozenset[str]]:
    """(single-word verb forms, two-word verb forms) that open an action."""
    single: set[str] = set()
    double: set[str] = set()
    for line in (DATA_DIR / "goals_verbs.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip().casefold()
        if not line or line.startswith("#"):
            continue
        words = line.split()
        forms = {words[0]}
        if words[0].endswith("a") and len(words[0]) > 3:
            forms.add(words[0][:-1])
        forms -= _NOUN_STEMS
        for f in forms:
            if len(words) == 1:
                single.add(f)
            else:
                double.add(f + " " + " ".join(words[1:]))
    return frozenset(single), frozenset(double)


def starts_with_action_verb(text: str) -> bool:
    words = re.findall(r"[\wåäöÅÄÖ]+", text[:60])
    if not words:
        return False
    first = words[0].casefold()
    if first == "att" and len(words) > 1:
        first = words[1].casefold()
        words = words[1:]
    single, double = _verbs()
    if len(words) > 1 and f"{first} {words[1].casefold()}" in double:
        return True
    return first in single


_SUBORD = {"att", "om", "när", "eftersom", "innan", "tills", "ifall", "medan", "hur", "vad", "varför", "vilket",
           "vilka", "såvida", "trots"}
_PROCEDURAL_START = re.compile(
    r"^(?:om|när|vid|innan|efter|i\s+de\s+fall|i\s+det\s+fall|då|inför|ifall|för\s+att|beslut|ansökan|handläggaren"
    r"|den\s+enskilde|utredningen|utredning|dokumentation|journal|avgift|blanketten|ärendet)(?![\w])", re.I)


def main_clause_modal(sentence: str, cues: Iterable[Cue], offset: int) -> bool:
    """True when some "ska/skall" of the sentence is the finite verb of its main clause."""
    for c in cues:
        if c.label not in ("modal", "must"):
            continue
        rel = c.start - offset
        before = sentence[:rel]
        clause = re.split(r"[,;:–(]\s", before)[-1]
        words = re.findall(r"[\wåäöÅÄÖ]+", clause.casefold())
        if not words:
            continue  # "Ska ...?" opens a question
        if words[-1] == "som":
            continue
        if any(w in _SUBORD for w in words):
            continue  # "... betyder att en person ... ska kunna": the verb of a subordinate clause
        return True
    return False


# ----------------------------------------------------------------- candidates


@dataclass
class Candidate:
    start: int
    end: int
    level: str
    rule: str
    confidence: float
    section: Section | None
    area: Section | None
    block: int
    national: bool = False
    list_level: int = 0
    parent_hint: Candidate | None = None  # explicit parent (table row's goal cell, outer list item)
    deadline: str | None = None
    indicator: str | None = None
    responsible_cells: list[tuple[int, int]] = field(default_factory=list)
    article_cells: list[tuple[int, int]] = field(default_factory=list)
    from_table: bool = False
    area_title: str | None = None  # an area named inline ("Hälso- och sjukvård: ..."), overriding the heading


_RECURRING = re.compile(r"(?<![\w])(?:varje\s+år|per\s+år|årligen|en\s+gång\s+(?:om|per|i)\s+året)(?![\w])", re.I)
_WITHIN = re.compile(r"(?<![\w])inom\s+(?P<d>\d{1,3}\s+(?:veckor|dagar|arbetsdagar|månader))(?![\w])", re.I)
_DEADLINE = re.compile(
    r"(?<![\w])(?:senast|till|före|under|inom|innan|fram\s+till|till\s+och\s+med|t\.o\.m\.?|år)\s+(?:år\s+|utgången\s+av\s+)?"
    r"(?P<d>(?:19|20)\d\d(?:-\d\d(?:-\d\d)?)?)(?![\d])", re.I)
_KV = re.compile(
    r"^(?P<key>ansvarig(?:\s+(?:nämnd|förvaltning|för\s+genomförande))?|ansvar|huvudansvar|tidplan|tidsplan|tid|klart|när"
    r"|deadline|indikator(?:er)?|mått|nyckeltal|uppföljning|målvärde|koppling\s+till\s+artikel|artikel|crpd)\s*:\s*(?P<val>\S.*)$",
    re.I)


def _cue_labels(cues: list[Cue]) -> set[str]:
    return {c.label for c in cues}


class _CueIndex:
    def __init__(self, cues: list[Cue]) -> None:
        self.cues = cues
        self.starts = [c.start for c in cues]

    def within(self, start: int, end: int) -> list[Cue]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.cues) and self.cues[i].start < end:
            if self.cues[i].end <= end:
                out.append(self.cues[i])
            i += 1
        return out


def _level_for(goal_kind: str | None, default: str = "subgoal") -> str:
    return {"overall": "overall", "action": "action", "subgoal": "subgoal", "purpose": "overall"}.get(
        goal_kind or "", default)


def _is_pseudo_list(text: str) -> bool:
    return bool(re.match(r"^\s*[•●○◦▪■□►✓✔·*]\s+\S", text))


def _toc_like(doc: Document, b: Block) -> bool:
    t = doc.text[b.start : b.end]
    return bool(_TOC_LIKE.match(t)) and not re.search(r"[.!?]\s", t) and len(t) < 100


_LABEL = re.compile(
    r"^(?P<label>(?:[A-ZÅÄÖ][\wåäö]+s\s+)?(?:övergripande\s+)?(?:mål(?:sättning)?|delmål|inriktningsmål|effektmål"
    r"|resultatmål|vision|inriktning|målbild|fokus|ambition"
    r"|åtgärd|aktivitet|insats)(?:\s+\d{1,2}(?:\.\d{1,2})*|\s+\d{4})?)\s*:\s+(?=\S)", re.I)
_DOC_NOUN = re.compile(
    r"(?:riktlinje|rutin|policy|plan|program|strategi|dokument|reglemente|föreskrift|handbok|vägledning"
    r"|denna|detta|dessa|arbetet|uppdraget|projektet|satsningen|skrift|^\s*$)", re.I)
_CAPS_VERB = re.compile(r"^(?:ATT\s+)?([A-ZÅÄÖ]{4,})(?=\s+[A-ZÅÄÖa-zåäö0-9\s,&-]*[a-zåäö])")
_TOC_SENT = re.compile(r"\.{3,}\s*(?:sid\.?\s*)?\d|(?:\.\s){4,}|(?:sid\.|SID\.)\s*\d+.*(?:sid\.|SID\.)\s*\d", re.I)

_COMMIT_SUBJ = re.compile(
    r"(?<![\w])(?:kommunen|kommunens|staden|stadens|regionen|regionens|[\wåäö]*nämnden?s?|[\wåäö]*förvaltning\w*"
    r"|verksamhet\w*|alla|var\s+och\s+en|ingen|samtliga|medarbetare\w*|personal\w*|chefer\w*|vi|invånar\w*"
    r"|medborgar\w*|personer|barn\w*|elever|äldre|anhörig\w*|brukar\w*|individen|människor\w*|insatser\w*"
    r"|arbetet|informationen|lokaler\w*|miljö\w*|servicen|[A-ZÅÄÖ][\wåäö]+\s+(?:kommun|stad|region))(?![\w])", re.I)
_PROC_SUBJ = re.compile(
    r"(?<![\w])(?:beslut\w*|ansökan|ansökningar\w*|handläggare\w*|utredning\w*|akte[nr]\w*|handling\w*"
    r"|dokumentation\w*|överklag\w*|du|man|uppdraget|redovisning\w*|rapporte[nr]\w*|blankett\w*|journal\w*"
    r"|avgift\w*|faktur\w*|underlag\w*|yttrande\w*|protokoll\w*|kallelse\w*|ärende\w*|lägesrapport\w*"
    r"|utredaren|sökanden?|intyg\w*|resor|resan|tillstånd\w*|bidrag\w*|ersättning\w*|rådet|forumet|ordförande\w*"
    r"|ledamot|ledamöter\w*|ersättare\w*|mötet|möten|sammanträde\w*|kallelse\w*|protokollet)(?![\w])", re.I)
_META_SUBJ = re.compile(
    r"^(?:\w+\s+){0,3}?(?:planen|programmet|policyn|strategin|riktlinje\w*|dokumentet|rutinen|reglementet"
    r"|handlingsplanen|policydokumentet|[a-zåäö]+(?:planen|programmet|policyn|strategin|riktlinjen))(?![\w])", re.I)
_NEG = re.compile(r"(?<![\w])(?:ska|skall)\s+(?:\w+\s+)?(?:inte|ej|aldrig|icke)(?![\w])|(?<![\w])(?:ska|skall)"
                  r"\s+(?:endast|bara)(?![\w])", re.I)
_ASPIRE = re.compile(
    r"(?<![\w])(?:känna|uppleva|ha\s+möjlighet|ges\s+möjlighet|få\s+möjlighet|ha\s+rätt|ha\s+tillgång|präglas"
    r"|genomsyras|genomsyra|bygga\s+på|sträva|strävan|verka\s+för|arbeta\s+för|främja|stärka|öka|utveckla"
    r"|förbättra|säkerställa|bidra|tillgänglig\w*|delaktig\w*|jämlik\w*|jämställd\w*|trygg\w*|självständig\w*"
    r"|likvärdig\w*|inkluder\w*|respekt|värdighet|kunna\s+delta|ses\s+som|lika\s+villkor|stödja|värna|trygga"
    r"|underlätta|förebygga|motverka|möjliggöra|tillförsäkra|tillgodose|ha\s+(?:en\s+)?möjlighet)(?![\w])", re.I)
_RULES_GENRE = re.compile(
    r"(?<![\w])(?:riktlinje[rn]?|riktlinjerna|rutin(?:en)?|regler|reglemente|föreskrift(?:er)?|anvisning(?:ar)?"
    r"|instruktion|handbok|protokoll|protokollsutdrag|kallelse|rapport|promemoria|proposition|utredning|pm"
    r"|regeringsbeslut|tjänsteskrivelse|pressmeddelande|yttrande|remiss|revisionsrapport)(?![\w])", re.I)


_COMMITMENT_TYPES = {"strategy", "programme", "plan", "policy"}


def document_genre(doc: Document, doc_type: DocType | None = None) -> str:
    """"rules" for documents whose "ska" states procedure (guidelines, routines, reports, minutes, web
    pages), "commitment" for policies, programmes, plans and strategies, "" when nothing tells.

    The document type from :mod:`miner.classify` decides when it is given; otherwise the words of the
    title and stated type.
    """
    if doc_type is not None and doc_type.confidence >= 0.5:
        return "commitment" if doc_type.label in _COMMITMENT_TYPES else "rules"
    words = []
    for f in (doc.metadata.stated_type, doc.metadata.title):
        if f is not None and f.value:
            words.append(f.value)
    heads = [b for b in doc.blocks[:8] if b.kind == "heading"]
    if heads:
        words.append(doc.text[heads[0].start : heads[0].end])
    joined = " ".join(words)
    if re.search(r"(?<![\w])(?:policy|program|plan|strategi|vision)\w*", joined, re.I) and not re.search(
            r"(?<![\w])(?:riktlinje|rutin|reglemente|föreskrift)", joined, re.I):
        return "commitment"
    if _RULES_GENRE.search(joined):
        return "rules"
    return ""


def modal_strength(sentence: str, rel_modal: int, genre: str, background: bool, followup: bool,
                   goal_kind: str | None) -> tuple[str, float]:
    """Rule name and strength of a main-clause "ska" sentence.

    The modal verb alone says little: it states procedure in a guideline ("Ansökan ska lämnas på blankett")
    and commitment in a programme ("Alla ska ha tillgång till ..."). The subject around the verb, a
    negation, words of aspiration and the document's genre shift the strength.
    """
    if background:
        return "modal-background", RULES["modal-background"]
    if goal_kind in ("overall", "subgoal", "action"):
        base = RULES["modal-under-goal-heading"]
        rule = "modal-under-goal-heading"
    else:
        base = RULES["modal"]
        rule = "modal"
    if followup:
        return "modal-followup", 0.4
    head = sentence[: rel_modal + 40]
    if _PROCEDURAL_START.match(sentence) or _PROC_SUBJ.search(head[: rel_modal + 1]):
        return "modal-procedural", RULES["modal-procedural"]
    if _META_SUBJ.match(sentence):
        if re.match(r"^\s*(?:ska|skall)\s+(?:\w+\s+)?(?:säkerställa|bidra|ge|skapa|främja|stärka|öka|leda\s+till"
                    r"|tydliggöra|underlätta|förbättra)(?![\w])", sentence[rel_modal:], re.I):
            return "purpose", RULES["purpose"]  # "Riktlinjerna ska säkerställa att ...": the document's aim
        return "modal-meta", 0.45
    conf = base
    if _COMMIT_SUBJ.search(head[: rel_modal + 30]):
        conf += 0.05
    if _NEG.search(sentence):
        conf -= 0.15
    if _ASPIRE.search(sentence):
        conf += 0.15
        rule = rule + "-aspiration" if rule == "modal" else rule
    if genre == "rules":
        conf -= 0.15
    elif genre == "commitment":
        conf += 0.05
    return rule, round(conf, 3)


def _purpose_about_document(sentence: str, cue: Cue, offset: int) -> bool:
    """Whether a purpose statement is the document's own ("Syftet med riktlinjen är att") rather than
    the purpose of something it describes ("Syftet med ledsagarservice är att", "Konventionen har till syfte")."""
    cue_text = sentence[cue.start - offset : cue.end - offset]
    about = re.search(r"(?:med|för)\s+(.+?)\s+(?:är|var)\s", cue_text, re.I)
    if about:
        return bool(_DOC_NOUN.search(about.group(1)))
    before = sentence[: cue.start - offset]
    words = re.findall(r"[\wåäö]+", before)
    if not words:
        return True  # "Syftet är att ..."
    return bool(_DOC_NOUN.search(" ".join(words[-3:]))) or (
        len(words) <= 2 and re.search(r"(?:ernas|ens|ets|ns)$", words[-1]) is not None
        and bool(_DOC_NOUN.search(words[-1])))


#: Statements about the document rather than goals: "Programmet anger vad kommunen vill uppnå",
#: "Visionen ska nås genom ...", "Under varje målområde beskrivs hur nämnderna ska arbeta".
_ABOUT_DOCUMENT = re.compile(
    r"(?<![\w])(?:vad|hur)\s+(?:\w+\s+){0,2}?(?:vill|ska|skall)\s|(?<![\w])var\s+vi\s+vill\s"
    r"|^\s*(?:\w+\s+){0,3}?(?:programmet|planen|strategin|policyn|dokumentet|riktlinjerna|handlingsplanen)\s+"
    r"(?:anger|visar|pekar|beskriver|innehåller|redovisar|består|utgår)"
    r"|(?<![\w])(?:målet|målen|visionen|inriktningarna|målsättningen)\s+ska\s+(?:\w+\s+)?(?:nås|uppnås|förverkligas|"
    r"inte\s+ses|ses\s+som)"
    r"|(?<![\w])(?:för\s+varje|under\s+varje|inom\s+varje)\s+(?:\w+\s+)?(?:område|målområde)", re.I)
_WH_FRAGMENT = re.compile(r"^(?:vem|vilka|vilket|vilken|när|hur|om|varför|var|att\s+det|som)\s", re.I)


def _genre_adjust(conf: float, genre: str) -> float:
    """Commitment documents (policy, programme, plan, strategy) state goals; rule documents state procedure."""
    return round(conf + {"commitment": 0.05, "rules": -0.15}.get(genre, 0.0), 3)


_IMPLICATION = re.compile(r"^(?:det|detta|vilket)\s+(?:innebär|betyder)\s+(?:bland\s+annat\s+)?att\s*:?$"
                          r"|följande\s+(?:mål|åtgärder|aktiviteter|insatser)\s*:$", re.I)
_ITEM_LABEL = re.compile(r"^(?P<label>[A-ZÅÄÖ][^:.!?]{1,40}?)\s*:\s+(?=\S)")
_BULLET_ONLY = re.compile(r"\s*[•●○◦▪■□►✓✔·*\-–]\s*")


#: Goals stated as goals (not merely with "ska"): a list right after one of them elaborates it.
_STATED_GOAL_RULES = {"labelled", "goal-phrase", "vision", "goal-heading", "paragraph-under-goal-heading",
                      "list-after-lead-in"}


def _below(level: str) -> str:
    return {"overall": "subgoal", "subgoal": "action"}.get(level, "action")


@dataclass
class _LeadIn:
    level: str
    confidence: float
    strength: str  # "strong": every item is a goal; "weak": only items that are actions or commitments
    parent: Candidate | None = None


def sentence_candidates(doc: Document, sents: Sentences, cues: _CueIndex,
                        per_block: list[Section | None], genre: str = "") -> list[Candidate]:
    """Goal candidates from headings, paragraphs and list items, walking the blocks in reading order."""
    out: list[Candidate] = []
    text = doc.text
    lead: _LeadIn | None = None  # after "Målet med policyn är att:" / "Det innebär att:"
    last_goal: Candidate | None = None  # the goal stated just before (a list after it elaborates it)
    vision_next = False  # the sentence after "... vår vision för 2030:" is the vision
    quoting_law = False
    outer_items: dict[int, Candidate] = {}
    blocks = doc.blocks
    prev_text = ""
    for bi, b in enumerate(blocks):
        sec = per_block[bi]
        goal_kind, area, background, national = section_context(sec)
        followup = any(x.kind == "followup" for x in (sec.ancestors() if sec else []))
        btext = text[b.start : b.end]
        after_bullet = _BULLET_ONLY.fullmatch(prev_text) is not None
        prev_text = btext
        if b.kind in ("toc", "table"):
            continue
        if b.kind == "heading":
            title = heading_title(btext)
            outer_items = {}
            vision_next = False
            quoting_law = False
            if _IMPLICATION.match(title.rstrip(".")):
                lead = _LeadIn(_below(last_goal.level) if last_goal else _level_for(goal_kind),
                               RULES["list-after-lead-in"], "strong", last_goal)
                continue
            lead = None
            last_goal = None
            caps = _CAPS_VERB.match(title)
            if caps and starts_with_action_verb(caps.group(1)) and not background and not national:
                s, e = _trim(text, b.start + max(btext.find(title), 0), b.end)
                out.append(Candidate(s, e, "action", "caps-verb", RULES["caps-verb"], sec, area, bi))
                continue
            hcues = cues.within(b.start, b.end)
            if (len(title.split()) >= 4 and not (background or national) and not title.endswith("?")
                    and main_clause_modal(btext, hcues, b.start) and not _cue_labels(hcues) & {"law", "national"}):
                # a heading that is itself a commitment: "Alla ska kunna använda kommunen"
                s, e = _trim(text, b.start + max(btext.find(title), 0), b.end)
                cand = Candidate(s, e, _level_for(goal_kind), "heading-statement", RULES["heading-statement"],
                                 sec, area, bi)
                out.append(cand)
                last_goal = cand
                continue
            hm = _HEADING_GOAL.match(title)
            if hm and not _H_GOAL_NOT.search(title):
                s = b.start + btext.find(title) if title in btext else b.start
                s, e = _trim(text, s, b.end)
                level = "overall" if hm.group("label").casefold().startswith("övergripande") else "subgoal"
                cand = Candidate(s, e, level, "goal-heading", RULES["goal-heading"], sec, area, bi)
                out.append(cand)
                last_goal = cand
            continue
        if _BULLET_ONLY.fullmatch(btext):
            continue  # a bullet on a line of its own: the next block is the item
        if _toc_like(doc, b) or _TOC_SENT.search(btext):
            continue
        is_list = b.kind == "list_item" or _is_pseudo_list(btext) or after_bullet
        if not is_list:
            outer_items = {}
        spans = sents.within(b.start, b.end)
        body = _trim_text(btext)
        caps = _CAPS_VERB.match(body)
        if caps and starts_with_action_verb(caps.group(1)) and not national:
            s, e = _trim(text, b.start, b.end)
            fs, fe = _trim(text, *sents.within(s, e)[0])
            out.append(Candidate(fs, fe, "action", "caps-verb", RULES["caps-verb"], sec, area, bi))
            lead = None  # the list after an action in capitals explains it
            last_goal = None
            continue
        if vision_next and not is_list:
            vision_next = False
            s, e = _trim(text, *spans[0])
            if e - s > 10:
                cand = Candidate(s, e, "overall", "vision", RULES["vision"], sec, area, bi)
                out.append(cand)
                last_goal = cand
                continue
        if not is_list:
            quoting_law = False
        elif quoting_law:
            continue
        elaborated = last_goal if last_goal is not None and last_goal.rule in _STATED_GOAL_RULES else None
        if is_list and not national and (lead is not None or elaborated is not None
                                         or goal_kind in ("overall", "subgoal", "action")):
            _list_item(doc, b, bi, sents, cues, sec, goal_kind, area, background, genre, lead,
                       elaborated or last_goal, outer_items, out)
            continue
        if is_list and lead is None and last_goal is None:
            pass  # an ordinary list: its sentences are judged one by one below
        found_goal = False
        law_seen = False  # "Diskrimineringslagen kräver ... Arbetet ska bedrivas i fyra steg:" restates the law
        for ss, se in spans:
            s, e = _trim(text, ss, se)
            if e - s < 6:
                continue
            sent = text[s:e]
            label = _LABEL.match(sent)
            label_level = None
            if label:
                label_level = _label_level(label.group("label"), goal_kind)
                s = s + label.end()
                sent = text[s:e]
            cs = cues.within(s, e)
            labels = _cue_labels(cs)
            law_seen = law_seen or "law" in labels
            if sent.rstrip().endswith(":"):
                lead, vision_next = _lead_in(sent, s, cs, labels, goal_kind, background or national or law_seen,
                                             last_goal)
                quoting_law = law_seen  # the list after "Lagen kräver ... i fyra steg:" enumerates the law
                found_goal = found_goal or lead is not None
                continue
            if not is_list:
                lead = None
            if ("law" in labels and _quotes_law(sent, cs, s)) or _TOC_SENT.search(sent):
                continue
            own_first = next((c for c in cs if c.label in ("goal", "purpose")), None)
            nat_first = next((c for c in cs if c.label == "national"), None)
            if nat_first is not None and own_first is not None and own_first.start < nat_first.start and \
                    not re.search(r"jämlikhet\s+i\s+levnadsvillkor", sent, re.I):
                labels = labels - {"national"}  # "Syftet med strategin är att följa upp ... det nationella målet"
            if "national" in labels:
                if labels & {"goal", "purpose"} or re.search(r"jämlikhet\s+i\s+levnadsvillkor", sent, re.I):
                    out.append(Candidate(s, e, "overall", "national-goal", RULES["national-goal"], sec, area, bi,
                                         national=True))
                continue
            if sent.endswith("?") or _ABOUT_DOCUMENT.search(sent):
                continue
            cand = None
            if label_level is not None and not background:
                cand = Candidate(s, e, label_level, "labelled", RULES["labelled"], sec, area, bi)
            elif "goal" in labels:
                lvl = "overall" if (goal_kind in (None, "overall", "purpose") and not area) else _level_for(goal_kind)
                if re.search(r"övergripande|vision|långsiktig", sent[:80], re.I):
                    lvl = "overall"
                conf = RULES["goal-phrase"] - (0.15 if background else 0)
                cand = Candidate(s, e, lvl, "goal-phrase", conf, sec, area, bi)
            elif "assignment" in labels and not (background or national):
                conf = RULES["assignment"] if genre != "rules" else 0.35
                cand = Candidate(s, e, "action", "assignment", conf, sec, area, bi)
            elif "vision" in labels and len(sent.split()) >= 4 and (
                    goal_kind == "overall" or re.match(r"^\s*(?:vår\s+)?vision", sent, re.I)):
                cand = Candidate(s, e, "overall", "vision", RULES["vision"], sec, area, bi)
            elif "purpose" in labels:
                pc = next(c for c in cs if c.label == "purpose")
                own = _purpose_about_document(sent, pc, s)
                if own and re.match(r"^\s*syftet\s+är", sent, re.I) and goal_kind != "purpose" and \
                        s > min(4000, len(text) // 5):
                    own = False  # a bare "Syftet är att ..." deep in the text is the purpose of what it describes
                rule = "purpose" if own else "purpose-other"
                cand = Candidate(s, e, "overall", rule, RULES[rule], sec, area, bi)
            elif labels & {"modal", "must"} and main_clause_modal(sent, cs, s):
                rel = next(c.start for c in cs if c.label in ("modal", "must")) - s
                rule, conf = modal_strength(sent, rel, genre, background or national, followup, goal_kind)
                if sec is not None and sec.kind == "area" and sec.children_goal_kinds and goal_kind is None:
                    rule, conf = "modal-area-intro", 0.4  # the area's introduction; its goals follow below
                lvl = _level_for(goal_kind)
                if goal_kind is None and re.match(r"^\s*alla\s", sent, re.I) and not area:
                    lvl = "overall"
                cand = Candidate(s, e, lvl, rule, conf, sec, area, bi)
            elif starts_with_action_verb(sent) and not (background or national) and (is_list or s == b.start):
                conf = _genre_adjust(RULES["imperative"], genre) - (0 if is_list else 0.05)
                cand = Candidate(s, e, "action", "imperative", round(conf, 3), sec, area, bi)
            elif goal_kind in ("overall", "subgoal") and not is_list and b.kind == "paragraph" \
                    and _first_paragraph_of_section(blocks, bi) and len(spans) == 1 \
                    and len(sent.split()) >= 6 and sent.endswith("."):
                cand = Candidate(s, e, _level_for(goal_kind), "paragraph-under-goal-heading",
                                 RULES["paragraph-under-goal-heading"], sec, area, bi)
            if cand is not None:
                d = _DEADLINE.search(sent)
                if d:
                    cand.deadline = d.group("d")
                out.append(cand)
                if cand.confidence >= MIN_CONFIDENCE:
                    last_goal = cand
                    found_goal = True
        if not found_goal and not is_list:
            last_goal = None
    return out


def _quotes_law(sent: str, cs: list[Cue], offset: int) -> bool:
    """Whether a sentence with a law reference restates the law ("Enligt 3 kap. 1 § SoL ska nämnden ...",
    "Socialnämnden ska enligt LSS ...") rather than citing it after its own commitment ("Kommunen ska
    erbjuda ... enligt artikel 19")."""
    modal = next((c for c in cs if c.label in ("modal", "assignment", "goal")), None)
    if modal is None:
        return True
    for c in cs:
        if c.label != "law":
            continue
        if c.start < modal.end or len(sent[modal.end - offset : c.start - offset].split()) <= 3:
            return True
    return False


def _label_level(label: str, goal_kind: str | None) -> str:
    lab = label.casefold()
    owner = re.match(r"^([\wåäö]+s)\s+(?=(?:övergripande\s+)?mål)", lab)
    if owner:  # "Kommunfullmäktiges mål:" is the top of the hierarchy, "Nämndens mål:" below it
        return "overall" if "fullmäktige" in owner.group(1) else _level_for(goal_kind)
    if lab.startswith(("övergripande", "vision")):
        return "overall"
    if lab.startswith(("åtgärd", "aktivitet", "insats")):
        return "action"
    if lab.startswith(("delmål", "inriktning", "effekt", "resultat", "målbild", "fokus")):
        return "subgoal"
    return _level_for(goal_kind)


def _lead_in(sent: str, s: int, cs: list[Cue], labels: set[str], goal_kind: str | None, background: bool,
             last_goal: Candidate | None) -> tuple[_LeadIn | None, bool]:
    """What a sentence ending in ":" announces: (the lead-in for the list after it, whether a vision follows)."""
    if labels & {"law", "national"} or re.search(r"(?<![\w])(?:skala|kategorier|definieras|betyder|står\s+för)(?![\w])",
                                                 sent, re.I):
        return None, False
    if _IMPLICATION.search(sent.strip()):
        return _LeadIn(_below(last_goal.level) if last_goal else _level_for(goal_kind), RULES["list-after-lead-in"],
                       "strong", last_goal), False
    if re.search(r"(?<![\w])vision(?:en)?(?:\s+(?:år\s+)?\d{4})?\s*:$", sent.strip(), re.I):
        return None, True
    if labels & {"goal", "vision"} or ("purpose" in labels and _purpose_about_document(
            sent, next(c for c in cs if c.label == "purpose"), s)):
        return _LeadIn("overall" if goal_kind in (None, "overall", "purpose") else _level_for(goal_kind),
                       RULES["list-after-lead-in"], "strong"), False
    if goal_kind in ("overall", "subgoal", "action") and not background:
        return _LeadIn(_level_for(goal_kind), RULES["list-under-goal-heading"], "strong"), False
    if ("modal" in labels or re.search(r"(?:fokus(?:era)?|prioritera\w*|satsa\w*|genom)\s+(?:på\s+)?att:?$",
                                       sent, re.I)) and not background:
        lvl = "action" if re.search(r"genom\s+att|åtgärder|aktiviteter|insatser|fokus", sent, re.I) else \
            _level_for(goal_kind)
        return _LeadIn(lvl, RULES["list-after-lead-in-verb"], "weak"), False
    return None, False


def _list_item(doc: Document, b: Block, bi: int, sents: Sentences, cues: _CueIndex, sec: Section | None,
               goal_kind: str | None, area: Section | None, background: bool, genre: str, lead: _LeadIn | None,
               last_goal: Candidate | None, outer_items: dict[int, Candidate], out: list[Candidate]) -> None:
    """A list item as a goal: under a goal heading, after a lead-in, or elaborating the goal just stated."""
    text = doc.text
    s, e = _trim(text, b.start, b.end)
    item_sents = sents.within(s, e)
    first = item_sents[0] if item_sents else (s, e)
    if len(item_sents) > 1:
        chosen = [x for x in item_sents if _cue_labels(cues.within(*x)) & {"modal", "goal", "purpose"}] or [first]
    else:
        chosen = [first]
    nest = b.level or 1
    for cs, ce in chosen:
        cs, ce = _trim(text, cs, ce)
        item_area = None
        lab = _ITEM_LABEL.match(text, cs, ce)
        if lab and len(lab.group("label").split()) <= 5 and not starts_with_action_verb(lab.group("label")):
            item_area = lab.group("label").strip()
            cs = lab.end()
        item = text[cs:ce]
        ilabels = _cue_labels(cues.within(cs, ce))
        if ce - cs < 4 or ilabels & {"law", "national"} or _WH_FRAGMENT.match(item):
            continue
        if _REFERENCE_ITEM.search(item) and not (ilabels & {"modal", "goal"} or starts_with_action_verb(item)):
            continue  # a pointer to material ("Film: länk på sidan ... (mediaflow.com)"), not a goal
        parent = outer_items.get(nest - 1)
        if nest > 1 and parent is None and lead is not None and lead.strength == "strong" and outer_items:
            continue
        if nest > 1 and parent is not None and not (ilabels & {"modal", "goal"} or starts_with_action_verb(item)):
            continue  # a sub-item explaining the goal above it
        if lead is not None:
            level, conf, rule = lead.level, lead.confidence, "list-after-lead-in"
            if level == "subgoal" and starts_with_action_verb(item):
                level = "action"  # "Det innebär att kommunen ska: – ställa krav på ..."
            parent = parent or lead.parent
            if lead.strength == "weak":
                # after "Kommunen ska:" only items that are actions or commitments themselves
                if starts_with_action_verb(item):
                    level, rule = "action", "list-after-lead-in-verb"
                elif not (ilabels & {"modal", "goal"} or _ASPIRE.search(item)):
                    continue
                conf = _genre_adjust(RULES["list-after-lead-in-verb"], genre)
        elif goal_kind in ("overall", "subgoal", "action"):
            level = _level_for(goal_kind)
            rule = "list-under-goal-heading"
            conf = RULES[rule]
            if goal_kind == "action" and starts_with_action_verb(item):
                rule, conf = "imperative-under-action-heading", RULES["imperative-under-action-heading"]
            parent = parent or (last_goal if last_goal is not None and last_goal.section is sec else None)
        else:  # last_goal: the list elaborates the goal stated just before it
            if background:
                continue
            level, rule, conf = _below(last_goal.level), "list-after-goal", RULES["list-after-goal"]
            if last_goal.level == "subgoal" and not starts_with_action_verb(item):
                level = "subgoal"
            parent = parent or last_goal
        cand = Candidate(cs, ce, level, rule, conf, sec, area, bi, list_level=nest)
        if parent is not None and parent is not cand:
            cand.parent_hint = parent
        if item_area:
            cand.area_title = item_area
        d = _DEADLINE.search(item)
        if d:
            cand.deadline = d.group("d")
        out.append(cand)
        outer_items[nest] = cand


#: List items that point to material elsewhere: links, web addresses, "Läs mer", "Se även", "Bilaga".
_REFERENCE_ITEM = re.compile(
    r"https?://|www\.|(?<![\w])[\w-]+\.(?:se|com|nu|org|net|eu)(?![\w])|^(?:film|länk|läs\s+mer|se\s+även|bilaga)\b",
    re.I)


def _trim_text(t: str) -> str:
    m = _LIST_LEAD.match(t)
    return t[m.end():] if m else t.lstrip()


def _first_paragraph_of_section(blocks: list[Block], bi: int) -> bool:
    j = bi - 1
    while j >= 0 and blocks[j].kind not in ("heading",):
        if blocks[j].kind in ("paragraph", "list_item", "table"):
            return False
        j -= 1
    return True


# --------------------------------------------------------------------- tables

_COL_GOAL = ("mål", "delmål", "effektmål", "inriktningsmål", "målsättning", "resultatmål", "strategiskt mål")
_COL_ACTION = ("åtgärd", "aktivitet", "insats", "vad ska göras", "vad", "uppdrag", "handling", "genomförande")
_COL_RESP = ("ansvar", "ansvarig", "vem", "huvudansvar", "utförare", "ansvarar")
_COL_TIME = ("tidplan", "tidsplan", "tid", "när", "klart", "datum", "deadline", "period", "år", "genomförs",
             "start", "slutdatum")
_COL_IND = ("indikator", "mått", "nyckeltal", "mätetal", "uppföljning", "målvärde", "resultatmått", "målnivå",
            "hur mäts", "mäts")
_COL_ART = ("koppling till artikel", "artikel", "crpd", "konvention", "koppling till konvention")
_COL_AREA = ("målområde", "fokusområde", "område", "insatsområde")


def _col(table: Table, names: tuple[str, ...], exclude: set[int] = frozenset()) -> int | None:
    for i, h in enumerate(table.header):
        hh = h.strip().casefold()
        if i in exclude or not hh:
            continue
        for n in names:
            if hh == n or hh.startswith(n + " ") or hh.startswith(n + "/") or hh.startswith(n + ":") or (
                len(n) > 4 and hh.startswith(n)
            ):
                return i
    return None


def table_candidates(doc: Document, per_block: list[Section | None],
                     stated: list[Candidate] = ()) -> list[Candidate]:
    """Goals and actions in the rows of goal and action tables; ``stated`` are the goals found in the
    text, which indicator tables attach their indicators to."""
    out: list[Candidate] = []
    block_of_table: dict[int, int] = {}
    for bi, b in enumerate(doc.blocks):
        if b.kind == "table" and b.table is not None and b.table not in block_of_table:
            block_of_table[b.table] = bi
    for ti, table in enumerate(doc.tables):
        if not table.header:
            continue
        bi = block_of_table.get(ti, 0)
        sec = per_block[bi] if per_block else None
        goal_kind, area_sec, background, national = section_context(sec)
        if national or background:
            continue
        heads = [h.strip().casefold() for h in table.header]
        if heads and re.match(r"^(?:indikator|nyckeltal|mått|mätetal|verksamhetsmått|resultatmått)", heads[0]):
            _indicator_table(doc, table, sec, list(stated))
            continue
        if any(re.match(r"^(?:status|utfall|kommentar|resultat|genomfört|läge)", h) for h in heads) and not any(
                re.match(r"^(?:tidplan|tidsplan|när|klart|deadline)", h) for h in heads):
            continue  # a follow-up of actions decided elsewhere, not the document's own actions
        c_action = _col(table, _COL_ACTION)
        c_goal = _goal_col(table, {c_action} if c_action is not None else set())
        c_resp = _col(table, _COL_RESP)
        c_time = _col(table, _COL_TIME)
        c_ind = _col(table, _COL_IND)
        c_art = _col(table, _COL_ART)
        c_area = _col(table, _COL_AREA)
        support = sum(x is not None for x in (c_resp, c_time, c_ind, c_art))
        if c_action is None and c_goal is None:
            if support >= 1 and goal_kind in ("subgoal", "action", "overall"):
                used = {c_resp, c_time, c_ind, c_art, c_area}
                c_action = next((i for i in range(len(table.header)) if i not in used), None)
            else:
                continue
        if c_action is not None and c_goal is not None:
            pass
        elif support == 0 and goal_kind not in ("subgoal", "action", "overall"):
            continue
        current_goal: Candidate | None = None
        current_goal_text = ""
        for row in table.rows:
            def cell(i: int | None, row=row):
                return row[i] if i is not None and i < len(row) and row[i].text.strip() else None

            area_cell = cell(c_area)
            gcell = cell(c_goal)
            if gcell is not None and gcell.text.strip() != current_goal_text:
                level = "subgoal" if c_action is not None else _level_for(goal_kind)
                current_goal = Candidate(gcell.start, gcell.end, level, "table-row", RULES["table-row"], sec,
                                         area_sec, bi, from_table=True)
                current_goal_text = gcell.text.strip()
                if area_cell is not None:
                    current_goal.area = None
                    current_goal.indicator = None
                out.append(current_goal)
            target = None
            acell = cell(c_action)
            if acell is not None:
                level = "action" if (c_goal is not None or goal_kind != "subgoal") else "subgoal"
                if c_goal is None and _looks_like_goal_header(table.header[c_action]):
                    level = "subgoal"
                target = Candidate(acell.start, acell.end, level, "table-row", RULES["table-row"], sec, area_sec, bi,
                                   parent_hint=current_goal if c_goal is not None else None, from_table=True)
                out.append(target)
            elif gcell is not None:
                target = current_goal
            if target is None:
                continue
            rc, tc, ic, ac = cell(c_resp), cell(c_time), cell(c_ind), cell(c_art)
            if rc is not None:
                target.responsible_cells.append((rc.start, rc.end))
            if tc is not None:
                target.deadline = normalise_deadline(tc.text) or (
                    "årligen" if _RECURRING.search(tc.text) else None)
            if ic is not None:
                target.indicator = ic.text.strip()
            if ac is not None:
                target.article_cells.append((ac.start, ac.end))
    return out


def _goal_col(table: Table, exclude: set[int]) -> int | None:
    """The column holding goal statements: "Mål", "Delmål", "Nämndens mål" (not "Mål 2027", a target value)."""
    for i, h in enumerate(table.header):
        hh = h.strip().casefold()
        if i in exclude or not hh or re.search(r"\d", hh):
            continue
        if re.match(r"^(?:[\wåäö]+s\s+)?(?:del|effekt|inriktnings|resultat|strategiska?|övergripande\s+)?mål(?:en|et)?"
                    r"(?:sättning(?:ar)?)?$", hh):
            return i
    return None


def _indicator_table(doc: Document, table: Table, sec: Section | None, out: list[Candidate]) -> None:
    """An indicator table measures the goals of its section, in order: give each goal its indicator."""
    goals = [c for c in out if c.section is sec and not c.from_table and c.indicator is None and not c.national
             and c.confidence >= MIN_CONFIDENCE]
    rows = [r[0].text.strip() for r in table.rows if r and r[0].text.strip()]
    for cand, ind in zip(goals, rows, strict=False):
        cand.indicator = ind


_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d(?:-[01]\d(?:-[0-3]\d)?)?)(?!\d)")


def normalise_deadline(text: str) -> str | None:
    """The deadline a time-plan cell states: its last date or year ("2024–2026" → "2026"); None for
    "Löpande", "Årligen" and other recurring or open-ended plans."""
    years = _YEAR.findall(text or "")
    return years[-1] if years else None


def _looks_like_goal_header(h: str) -> bool:
    return bool(re.match(r"^(?:del|effekt|inriktnings|resultat)?mål", h.strip(), re.I))


# ------------------------------------------------------------- key: value lines


def attach_key_values(doc: Document, cands: list[Candidate]) -> None:
    """"Ansvarig: Socialnämnden" / "Tidplan: 2025" lines right after a goal belong to it."""
    if not cands:
        return
    by_block: dict[int, Candidate] = {}
    for c in cands:
        by_block[c.block] = c  # the last candidate of each block
    current: Candidate | None = None
    for bi, b in enumerate(doc.blocks):
        if bi in by_block:
            current = by_block[bi]
            continue
        if b.kind == "heading":
            current = None
            continue
        if current is None or b.kind not in ("paragraph", "list_item"):
            continue
        t = doc.text[b.start : b.end]
        m = _KV.match(t)
        if not m:
            if bi - current.block > 1:
                current = None
            continue
        key = m.group("key").casefold()
        vs, ve = b.start + m.start("val"), b.start + m.end("val")
        if key.startswith(("ansvar", "huvudansvar")):
            current.responsible_cells.append((vs, ve))
        elif key.startswith(("tid", "klart", "när", "deadline")):
            current.deadline = m.group("val").strip()
        elif key.startswith(("indikator", "mått", "nyckeltal", "uppföljning", "målvärde")):
            current.indicator = m.group("val").strip()
        else:
            current.article_cells.append((vs, ve))


# ------------------------------------------------------------------ assemble


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


def extract_goals(doc: Document, sdoc=None, doc_type: DocType | None = None) -> tuple[list[Goal], dict[str, Candidate]]:
    """The document's goals in reading order, and the candidate each came from (for linking)."""
    per_block, _sections = build_sections(doc)
    sents = Sentences(doc, sdoc)
    cue_list: list[Cue] | None = None
    if sdoc is not None and "goal_cues" in getattr(sdoc, "spans", {}):
        cue_list = [Cue(s.start_char, s.end_char, s.label_) for s in sdoc.spans["goal_cues"]]
    if cue_list is None:
        cue_list = find_cues(doc.text)
    cues = _CueIndex(sorted(cue_list, key=lambda c: (c.start, c.end)))
    stated = sentence_candidates(doc, sents, cues, per_block, document_genre(doc, doc_type))
    cands = table_candidates(doc, per_block, stated) + stated
    cands.sort(key=lambda c: (c.start, -c.end))
    attach_key_values(doc, [c for c in cands if not c.from_table])
    # one candidate per span and per text; the strongest rule wins
    kept: list[Candidate] = []
    seen_text: dict[str, int] = {}
    last_end = -1
    for c in cands:
        if c.confidence < MIN_CONFIDENCE:
            continue
        if c.start < last_end and kept and not c.from_table:
            prev = kept[-1]
            if c.confidence > prev.confidence and not prev.from_table:
                kept[-1] = c
                last_end = c.end
            continue
        key = _norm(doc.text[c.start : c.end])
        if not key:
            continue
        if key in seen_text:
            j = seen_text[key]
            if c.confidence > kept[j].confidence:
                kept[j].confidence = c.confidence
            continue
        seen_text[key] = len(kept)
        kept.append(c)
        last_end = max(last_end, c.end)
    return _to_goals(doc, kept)


def _to_goals(doc: Document, cands: list[Candidate]) -> tuple[list[Goal], dict[str, Candidate]]:
    goals: list[Goal] = []
    by_id: dict[str, Candidate] = {}
    id_of: dict[int, str] = {}
    how: dict[str, str] = {}  # goal id → how its parent was found
    subs_in_section: dict[int, int] = {}
    for c in cands:
        if c.level == "subgoal" and c.section is not None and not c.national:
            subs_in_section[c.section.index] = subs_in_section.get(c.section.index, 0) + 1
    latest_overall: Goal | None = None
    latest_sub: dict[int | None, tuple[Goal, Candidate]] = {}  # area index → (goal, candidate)
    for c in cands:
        gid = f"g{len(goals) + 1}"
        id_of[id(c)] = gid
        area = c.area_title or (c.area.title if c.area else None)
        g = Goal(id=gid, text=doc.text[c.start : c.end], level=c.level,
                 evidence=doc.evidence(c.start, c.end, f"rule:goal-{c.rule}", c.confidence),
                 area=area, deadline=c.deadline, indicator=c.indicator, national_goal=c.national)
        if not c.national:
            if c.parent_hint is not None and id(c.parent_hint) in id_of:
                g.parent, how[gid] = id_of[id(c.parent_hint)], "structure"
            elif c.level == "action":
                prev = latest_sub.get(c.area.index if c.area else None)
                relation = _related(prev[1], c, subs_in_section) if prev is not None else ""
                if relation:
                    g.parent, how[gid] = prev[0].id, relation
                elif latest_overall is not None and latest_overall.area in (None, area):
                    g.parent, how[gid] = latest_overall.id, "overall"
            elif c.level == "subgoal" and latest_overall is not None and latest_overall.area in (None, area):
                g.parent, how[gid] = latest_overall.id, "overall"
            if c.level == "overall":
                latest_overall = g
            elif c.level == "subgoal":
                latest_sub[c.area.index if c.area else None] = (g, c)
        goals.append(g)
        by_id[gid] = c
    _parents_by_similarity(goals, by_id, how)
    _areas_from_structure(goals, by_id)
    _deadlines(doc, goals, by_id)
    return goals, by_id


def document_end_year(doc: Document) -> str | None:
    """The last year the document covers: "Gäller till 2026-12-31", "2024–2027", a period in the title."""
    md = doc.metadata
    for f in (md.valid_until, md.validity):
        if f is not None and f.value:
            years = re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", f.value)
            if years:
                return years[-1]
    if md.title is not None and md.title.value:
        m = re.search(r"(?<!\d)(?:19|20)\d\d\s*[-–—]\s*((?:19|20)\d\d)(?!\d)", md.title.value)
        if m:
            return m.group(1)
    return None


def _deadlines(doc: Document, goals: list[Goal], sources: dict[str, Candidate]) -> None:
    """Deadlines stated in the goal ("senast 2026", "inom 8 veckor", "varje år" → "årligen"); the goal
    stated under "Övergripande mål" without one runs to the end of the document's period."""
    for g in goals:
        if g.deadline is None:
            w = _WITHIN.search(g.text)
            if w:
                g.deadline = w.group("d")
            elif _RECURRING.search(g.text):
                g.deadline = "årligen"
    end = document_end_year(doc)
    for g in goals:
        c = sources[g.id]
        if g.deadline is None and end and g.level == "overall" and c.section is not None and \
                c.section.kind == "overall":
            g.deadline = end  # the goal under "Övergripande mål" is the programme's, for its whole period


def _areas_from_structure(goals: list[Goal], sources: dict[str, Candidate]) -> None:
    """A goal stated under a plain sub-heading ("Fysisk miljö" > "Målsättning: ...") has that heading as
    its area; goals under a goal without an area of their own share their parent's."""
    for g in goals:
        c = sources[g.id]
        if g.area is None and not g.national_goal and c.rule in ("labelled", "goal-heading") and c.section is not None \
                and c.section.kind == "neutral" and c.section.level >= 2 and c.section.parent is not None:
            g.area = c.section.title
    by_id = {g.id: g for g in goals}
    for g in goals:
        seen = set()
        p = by_id.get(g.parent) if g.parent else None
        while g.area is None and p is not None and p.id not in seen:
            seen.add(p.id)
            if p.level == "overall":
                break
            g.area = p.area
            p = by_id.get(p.parent) if p.parent else None


def _stems(text: str) -> set[str]:
    """Crude Swedish stems for comparing goals: content words cut to their first six letters."""
    return {w[:6] for w in re.findall(r"[a-zåäöé]{4,}", text.casefold()) if w not in _STOP}


_STOP = frozenset("""alla andra annan bara både därför eller enligt efter från genom hela inom innan inte kommer kunna
mellan många med mot också samt sina sitt sådan till under utan vara varje vilka vilken ska skall finnas ställa ställs
kommunen kommunens stadens regionen samtliga olika fler öka ökad""".split())


def _parents_by_similarity(goals: list[Goal], sources: dict[str, Candidate], how: dict[str, str]) -> None:
    """Actions whose place in the text does not tell which sub-goal they serve (an action table in a
    chapter of its own, after the goal areas) get the sub-goal they share most words with."""
    subs = [g for g in goals if g.level == "subgoal" and not g.national_goal and g.evidence.confidence >= 0.75]
    if len(subs) < 2:
        return
    df: dict[str, int] = {}
    stems = {g.id: _stems(g.text) for g in subs}
    for st in stems.values():
        for w in st:
            df[w] = df.get(w, 0) + 1
    for g in goals:
        if g.level != "action" or g.national_goal or how.get(g.id) in ("structure", "sibling"):
            continue
        mine = _stems(g.text)
        best, best_score = None, 0.0
        for sgoal in subs:
            shared = mine & stems[sgoal.id]
            score = sum(1.0 / df[w] for w in shared)
            if score > best_score:
                best, best_score = sgoal, score
        if best is not None and best_score >= 0.5:
            g.parent = best.id
            if g.area is None:
                g.area = best.area


def _related(sub: Candidate, action: Candidate, subs_in_section: dict[int, int]) -> str:
    """How an action relates to the sub-goal seen last: "structure" when they share a section or the
    sub-goal's section encloses the action's; "sibling" when the action's section follows a sibling
    section holding that one sub-goal only; "" otherwise."""
    if sub.section is None or action.section is None:
        return "structure" if sub.section is action.section else ""
    if sub.section is action.section or sub.section in action.section.ancestors():
        return "structure"
    if sub.section.parent is action.section.parent and subs_in_section.get(sub.section.index, 0) == 1:
        return "sibling"
    return ""


__all__ = ["MIN_CONFIDENCE", "RULES", "Candidate", "build_sections", "classify_heading", "extract_goals",
           "main_clause_modal", "split_sentences", "starts_with_action_verb"]
