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

from ..model import Block, Document, Goal, Table
from ..nlp.goals import Cue, find_cues

DATA_DIR = Path(__file__).resolve().parent / "data"

#: Rule → (default level or None for "from context", strength). Strengths are measured precisions, rounded.
RULES: dict[str, float] = {
    "table-row": 0.9,
    "goal-heading": 0.8,
    "goal-phrase": 0.85,
    "vision": 0.8,
    "purpose": 0.75,
    "list-under-goal-heading": 0.8,
    "list-after-lead-in": 0.8,
    "imperative-under-action-heading": 0.85,
    "imperative": 0.6,
    "modal-under-goal-heading": 0.75,
    "modal": 0.55,
    "modal-procedural": 0.35,
    "modal-background": 0.3,
    "paragraph-under-goal-heading": 0.6,
    "national-goal": 0.8,
}
#: Candidates weaker than this are not reported.
MIN_CONFIDENCE = 0.5

# ------------------------------------------------------------------ headings

_NUM = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2}){0,4}\.?\)?|[A-Z]\.|[IVX]{1,4}\.)\s+")
_H_TOC = re.compile(r"^(?:innehåll|innehållsförteckning)\b", re.I)
_H_OVERALL = re.compile(
    r"^(?:övergripande\s+(?:mål|målsättning|syfte)|vår\s+vision|vision(?:en)?|huvudmål|målbild|långsiktiga?\s+mål"
    r"|mål\s+för\s+(?:programmet|planen|policyn|strategin|arbetet))(?![\w])", re.I)
_H_AREA_CONTAINER = re.compile(r"^(?:mål|fokus|insats|utvecklings|prioriterade|strategiska)?områden(?![\w])", re.I)
_H_AREA = re.compile(
    r"^(?:(?:mål|fokus|insats|utvecklings|strategiskt|prioriterat)område|område|tema|perspektiv)\s*\d*\s*[:.–-]?(?![\w])", re.I)
_H_ACTION = re.compile(
    r"(?<![\w])(?:åtgärd(?:er|en|erna)?|aktivitet(?:er|erna)?|insatser(?:na)?|handlingsplan(?:en)?|så\s+gör\s+vi"
    r"|det\s+här\s+gör\s+vi|vi\s+gör|att\s+göra|genomförande|arbetssätt)(?![\w])", re.I)
_H_GOAL = re.compile(
    r"(?<![\w])(?:[\wåäö]*mål(?:en|et)?|målsättning(?:ar|en|arna)?|ställningstaganden|åtaganden|prioriteringar"
    r"|inriktning(?:ar)?|vi\s+ska|vi\s+vill|ambition(?:er)?)(?![\w])", re.I)
_H_GOAL_NOT = re.compile(r"(?<![\w])(?:nationella|nationellt|regeringens|riksdagens|fn:s|agenda\s+2030)(?![\w])", re.I)
_H_PURPOSE = re.compile(r"^(?:syfte(?:t)?|syfte\s+och\s+mål|syfte\s+och\s+målgrupp)(?![\w])", re.I)
_H_BACKGROUND = re.compile(
    r"^(?:bakgrund|förord|sammanfattning|om\s+(?:dokumentet|planen|programmet|policyn|riktlinjen)|lagstiftning|lagar"
    r"|styrdokument|styrande\s+dokument|nationell|internationell|konventionen|fn:s|definitioner|begrepp|ordlista"
    r"|ordförklaringar|bilag|referenser|källor|kunskapsläge|nuläge|nulägesanalys|omvärld|statistik|fakta|historik"
    r"|regelverk|kontakt|lagar\s+och|relaterade\s+dokument|koppling\s+till|beskrivning|vad\s+är|målgrupp)",
    re.I)
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
        if sec.kind == "neutral" and sec.children_goal_kinds and sec.parent is not None or (
            sec.kind == "neutral" and sec.children_goal_kinds and sec.level >= 2
        ):
            sec.kind = "area"
    return per_block, sections


def section_context(sec: Section | None) -> tuple[str | None, Section | None, bool, bool]:
    """(goal kind of the innermost goal section, the area section, in background, in national section)."""
    goal_kind = None
    area = None
    background = national = False
    for s in sec.ancestors() if sec else []:
        if goal_kind is None and s.kind in ("overall", "subgoal", "action", "purpose"):
            goal_kind = s.kind
        if area is None and s.kind == "area":
            area = s
        if s.kind == "background" and goal_kind is None:
            background = True
        if s.kind == "national" and goal_kind is None:
            national = True
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
           "vilka", "var", "då", "såvida", "fast", "trots", "än"}
_PROCEDURAL_START = re.compile(
    r"^(?:om|när|vid|innan|efter|i\s+de\s+fall|i\s+det\s+fall|då|inför|ifall|för\s+att|beslut|ansökan|handläggaren"
    r"|den\s+enskilde|utredningen|utredning|dokumentation|journal|avgift|blanketten|ärendet)(?![\w])", re.I)


def main_clause_modal(sentence: str, cues: Iterable[Cue], offset: int) -> bool:
    """True when some "ska/skall" of the sentence is the finite verb of its main clause."""
    for c in cues:
        if c.label != "modal":
            continue
        rel = c.start - offset
        before = sentence[:rel]
        clause = re.split(r"[,;:–(]\s", before)[-1]
        words = re.findall(r"[\wåäöÅÄÖ]+", clause.casefold())
        if not words:
            continue  # "Ska ...?" opens a question
        if words[-1] == "som":
            continue
        if any(w in _SUBORD for w in words[-4:]):
            continue
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


def sentence_candidates(doc: Document, sents: Sentences, cues: _CueIndex,
                        per_block: list[Section | None]) -> list[Candidate]:
    out: list[Candidate] = []
    text = doc.text
    lead_in: tuple[str, float, int] | None = None  # (level, strength, block index) after "... är att:"
    lead_list_level: dict[int, Candidate] = {}
    blocks = doc.blocks
    for bi, b in enumerate(blocks):
        sec = per_block[bi]
        goal_kind, area, background, national = section_context(sec)
        btext = text[b.start : b.end]
        if b.kind in ("toc", "table"):
            continue
        if b.kind == "heading":
            lead_in = None
            lead_list_level = {}
            title = heading_title(btext)
            hm = _HEADING_GOAL.match(title)
            if hm and len(hm.group("text").split()) >= 1 and not _H_GOAL_NOT.search(title):
                s = b.start + btext.find(title) if title in btext else b.start
                s, e = _trim(text, s, b.end)
                level = "overall" if hm.group("label").casefold().startswith("övergripande") else "subgoal"
                out.append(Candidate(s, e, level, "goal-heading", RULES["goal-heading"], sec, area, bi))
            continue
        if _toc_like(doc, b):
            continue
        is_list = b.kind == "list_item" or _is_pseudo_list(btext)
        if not is_list:
            lead_list_level = {}
        spans = sents.within(b.start, b.end)
        # A list item under a goal heading or after a lead-in is a goal as a whole (its first sentence
        # when it runs on with explanations).
        if is_list and (lead_in or goal_kind in ("overall", "subgoal", "action")) and not national:
            s, e = _trim(text, b.start, b.end)
            item_sents = [x for x in sents.within(s, e)]
            first = item_sents[0] if item_sents else (s, e)
            # keep the whole item unless it runs on with prose; then the sentences with cues
            if len(item_sents) > 1:
                chosen = [x for x in item_sents if _cue_labels(cues.within(*x)) & {"modal", "goal", "purpose"}]
                chosen = chosen or [first]
            else:
                chosen = [first]
            for cs, ce in chosen:
                cs, ce = _trim(text, cs, ce)
                if ce - cs < 4 or _cue_labels(cues.within(cs, ce)) & {"law", "national"}:
                    continue
                if lead_in:
                    level, conf, rule = lead_in[0], lead_in[1], "list-after-lead-in"
                else:
                    level = _level_for(goal_kind)
                    rule = "list-under-goal-heading"
                    conf = RULES[rule]
                    if goal_kind == "action" and starts_with_action_verb(text[cs:ce]):
                        rule, conf = "imperative-under-action-heading", RULES["imperative-under-action-heading"]
                cand = Candidate(cs, ce, level, rule, conf, sec, area, bi, list_level=b.level or 1)
                outer = lead_list_level.get((b.level or 1) - 1)
                if outer is not None:
                    cand.parent_hint = outer
                out.append(cand)
                lead_list_level[b.level or 1] = cand
            continue
        for ss, se in spans:
            s, e = _trim(text, ss, se)
            if e - s < 6:
                continue
            sent = text[s:e]
            cs = cues.within(s, e)
            labels = _cue_labels(cs)
            ends_colon = sent.rstrip().endswith(":")
            if ends_colon:
                # "Målet med policyn är att:" / "Kommunen ska:" opens a list of goals
                if labels & {"goal", "purpose", "vision"}:
                    lead_in = ("overall" if goal_kind in (None, "overall", "purpose") else _level_for(goal_kind),
                               RULES["list-after-lead-in"], bi)
                elif "modal" in labels or goal_kind in ("overall", "subgoal", "action"):
                    lvl = "action" if re.search(r"genom\s+att|åtgärder|aktiviteter|insatser", sent, re.I) else \
                        _level_for(goal_kind)
                    lead_in = (lvl, RULES["list-after-lead-in"] - (0.05 if goal_kind is None else 0), bi)
                else:
                    lead_in = None
                continue
            if not is_list:
                lead_in = None
            if "law" in labels:
                continue
            if "national" in labels:
                if labels & {"goal", "purpose"} or re.search(r"jämlikhet\s+i\s+levnadsvillkor", sent, re.I):
                    out.append(Candidate(s, e, "overall", "national-goal", RULES["national-goal"], sec, area, bi,
                                         national=True))
                continue
            if sent.endswith("?"):
                continue
            cand = None
            if "goal" in labels:
                lvl = "overall" if (goal_kind in (None, "overall", "purpose") and not area) else _level_for(goal_kind)
                if re.search(r"övergripande|vision|långsiktig", sent[:80], re.I):
                    lvl = "overall"
                cand = Candidate(s, e, lvl, "goal-phrase", RULES["goal-phrase"], sec, area, bi)
            elif "vision" in labels and (goal_kind == "overall" or re.match(r"^\s*(?:vår\s+)?vision", sent, re.I)):
                cand = Candidate(s, e, "overall", "vision", RULES["vision"], sec, area, bi)
            elif "purpose" in labels:
                cand = Candidate(s, e, "overall", "purpose", RULES["purpose"], sec, area, bi)
            elif "modal" in labels and main_clause_modal(sent, cs, s):
                if background or national:
                    rule = "modal-background"
                elif _PROCEDURAL_START.match(sent):
                    rule = "modal-procedural"
                elif goal_kind in ("overall", "subgoal", "action"):
                    rule = "modal-under-goal-heading"
                else:
                    rule = "modal"
                lvl = _level_for(goal_kind)
                if goal_kind is None and re.match(r"^\s*alla\s", sent, re.I) and not area:
                    lvl = "overall"
                cand = Candidate(s, e, lvl, rule, RULES[rule], sec, area, bi)
            elif is_list and starts_with_action_verb(sent) and not background:
                cand = Candidate(s, e, "action", "imperative", RULES["imperative"], sec, area, bi)
            elif goal_kind in ("overall", "subgoal") and not is_list and b.kind == "paragraph" \
                    and _first_paragraph_of_section(blocks, bi) and len(sent.split()) <= 30 and len(spans) == 1:
                cand = Candidate(s, e, _level_for(goal_kind), "paragraph-under-goal-heading",
                                 RULES["paragraph-under-goal-heading"], sec, area, bi)
            if cand is not None:
                d = _DEADLINE.search(sent)
                if d:
                    cand.deadline = d.group("d")
                out.append(cand)
    return out


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


def table_candidates(doc: Document, per_block: list[Section | None]) -> list[Candidate]:
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
        c_action = _col(table, _COL_ACTION)
        c_goal = _col(table, _COL_GOAL, {c_action} if c_action is not None else set())
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
            def cell(i: int | None):
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
                target.deadline = tc.text.strip()
            if ic is not None:
                target.indicator = ic.text.strip()
            if ac is not None:
                target.article_cells.append((ac.start, ac.end))
    return out


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


def extract_goals(doc: Document, sdoc=None) -> tuple[list[Goal], dict[str, Candidate]]:
    """The document's goals in reading order, and the candidate each came from (for linking)."""
    per_block, _sections = build_sections(doc)
    sents = Sentences(doc, sdoc)
    cue_list: list[Cue] | None = None
    if sdoc is not None and "goal_cues" in getattr(sdoc, "spans", {}):
        cue_list = [Cue(s.start_char, s.end_char, s.label_) for s in sdoc.spans["goal_cues"]]
    if cue_list is None:
        cue_list = find_cues(doc.text)
    cues = _CueIndex(sorted(cue_list, key=lambda c: (c.start, c.end)))
    cands = table_candidates(doc, per_block) + sentence_candidates(doc, sents, cues, per_block)
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
    latest_overall: Goal | None = None
    latest_sub: dict[int | None, tuple[Goal, Candidate]] = {}  # area index → (goal, candidate)
    for c in cands:
        gid = f"g{len(goals) + 1}"
        id_of[id(c)] = gid
        area = c.area.title if c.area else None
        g = Goal(id=gid, text=doc.text[c.start : c.end], level=c.level,
                 evidence=doc.evidence(c.start, c.end, f"rule:goal-{c.rule}", c.confidence),
                 area=area, deadline=c.deadline, indicator=c.indicator, national_goal=c.national)
        if not c.national:
            if c.parent_hint is not None and id(c.parent_hint) in id_of:
                g.parent = id_of[id(c.parent_hint)]
            elif c.level == "action":
                prev = latest_sub.get(c.area.index if c.area else None)
                if prev is not None and _related(prev[1], c):
                    g.parent = prev[0].id
                elif latest_overall is not None and latest_overall.area in (None, area):
                    g.parent = latest_overall.id
            elif c.level == "subgoal" and latest_overall is not None and latest_overall.area in (None, area):
                g.parent = latest_overall.id
            if c.level == "overall":
                latest_overall = g
            elif c.level == "subgoal":
                latest_sub[c.area.index if c.area else None] = (g, c)
        goals.append(g)
        by_id[gid] = c
    return goals, by_id


def _related(sub: Candidate, action: Candidate) -> bool:
    """Whether an action plausibly serves the sub-goal seen last: same section, or the sub-goal's section
    (or the heading that is the sub-goal) encloses the action's section."""
    if sub.section is None or action.section is None:
        return sub.section is action.section
    if sub.section is action.section:
        return True
    return sub.section in action.section.ancestors() or (
        sub.section.parent is not None and sub.section.parent is action.section.parent
    )


__all__ = ["MIN_CONFIDENCE", "RULES", "Candidate", "build_sections", "classify_heading", "extract_goals",
           "main_clause_modal", "split_sentences", "starts_with_action_verb"]
