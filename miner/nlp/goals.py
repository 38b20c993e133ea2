"""The ``goal_cues`` component: the words that make a sentence a commitment, or disqualify it.

A Swedish policy states its goals with a small set of constructions: "Målet
är att ...", "Syftet med planen är att ...", "Kommunen ska ...", "Vi vill
...". The same modal verbs also appear where the document is *not* speaking
for itself: quoting the law ("Enligt 5 kap. 7 § SoL ska kommunen ..."), the
national disability-policy goal, or the convention. The component marks both
kinds, so that :mod:`miner.extract.goals` can weigh them per sentence.

Cue labels (``doc.spans["goal_cues"]``):

``goal``      "målet är att", "har som mål", "vi vill", "ska verka för" — a goal stated as such
``purpose``   "syftet med ... är att", "syftar till" — a purpose (documents state their aims this way)
``vision``    "visionen är", "vår vision"
``assignment`` "får i uppdrag att", "uppdras att" — an assignment, i.e. an action
``modal``     "ska" / "skall" — a commitment when it is the main verb of a statement
``must``      "måste"
``future``    "kommer att"
``national``  the national disability-policy goal, or a decision of the Riksdag or the government
``law``       a reference to a law, paragraph or the convention as the source of an obligation
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

SPAN_KEY = "goal_cues"

_W = r"[\wåäöÅÄÖ]"
_ABOUT = r"(?:\s+(?:med|för|inom|i)\s+[^.:;!?\n]{1,90}?)?"

CUE_PATTERNS: dict[str, str] = {
    "goal": (
        r"(?<!\w)(?:(?:det|vårt|kommunens|stadens|regionens|ett|vår|våra)\s+)?"
        r"(?:(?:övergripande|långsiktiga|långsiktig|främsta|huvudsakliga|gemensamma|yttersta|första|andra|tredje)\s+)?"
        r"(?:mål(?:et|en)?|målsättning(?:en|ar(?:na)?)?|ambition(?:en)?|strävan|inriktning(?:en)?|huvudmål(?:et)?)"
        + _ABOUT + r"\s+(?:är|var|blir)\s*(?:att|:|en|ett|full|ökad|ökade|god|goda|alla)(?!\w)"
        r"|(?<!\w)har\s+som\s+(?:mål|målsättning|ambition|inriktning)(?!\w)"
        r"|(?<!\w)(?:vi|kommunen|staden|regionen|nämnden)\s+(?:vill|strävar|ska\s+sträva|ska\s+verka|verkar|ska\s+arbeta\s+för|arbetar\s+för|åtar\s+oss|åtar\s+sig)(?!\w)"
        r"|(?<!\w)(?:ska|skall)\s+(?:verka|sträva|arbeta\s+aktivt|aktivt\s+arbeta)\s+(?:för|efter)(?!\w)"
        r"|(?<!\w)(?:Målet|Mål|Delmål|Målsättning)\s*:"
    ),
    "purpose": (
        r"(?<!\w)(?:(?:det\s+)?(?:övergripande\s+|huvudsakliga\s+)?syfte(?:t|na)?)" + _ABOUT
        + r"\s+(?:är|var)\s+(?:även\s+|också\s+)?(?:att|:)(?!\w)"
        r"|(?<!\w)syftar\s+(?:\w+\s+)?till(?!\w)|(?<!\w)har\s+(?:även\s+|också\s+)?(?:till\s+)?syfte(?:t)?\s+att(?!\w)"
    ),
    "vision": (r"(?<!\w)(?:vår\s+vision|visionen|vision)(?:\s+\d{4})?(?:\s+(?:är|för\s+[^.:;\n]{1,60}?\s+är)(?=\s)|\s*[:–]"
               r"(?=\s))"),
    "assignment": (r"(?<!\w)(?:får|ges)\s+(?:\w+\s+){0,2}?(?:i\s+)?uppdrag(?:et)?\s+att(?!\w)"
                   r"|(?<!\w)uppdras\s+(?:\w+\s+){0,2}?att(?!\w)"),
    "modal": r"(?<!\w)(?:ska|skall)(?!\w)",
    "must": r"(?<!\w)måste(?!\w)",
    "future": r"(?<!\w)kommer\s+(?:\w+\s+)?att(?!\w)",
    "national": (
        r"(?<!\w)(?:det\s+)?nationella\s+mål(?:et|en)?(?!\w)"
        r"|(?<!\w)funktionshinderspolitikens\s+(?:övergripande\s+|nationella\s+)?mål"
        r"|(?<!\w)(?:riksdagen|regeringen)\s+(?:har\s+)?(?:beslutat|antagit|fastställt|föreslagit|slagit\s+fast)"
        r"|jämlikhet\s+i\s+levnadsvillkor\s+och\s+full\s+delaktighet"
        r"|(?<!\w)nationella\s+(?:funktionshinders|handikapp)politiken?s?\s+mål"
        r"|(?<!\w)(?:den\s+)?nationella\s+handlingsplanen"
    ),
    "law": (
        r"(?<!\w)(?:enligt|i\s+enlighet\s+med|med\s+stöd\s+av|jfr\.?|se)\s+(?:\d+\s*(?:kap\.?|§)|(?-i:[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,3}[A-ZÅÄÖ])(?!\w)"
        r"|lagen|socialtjänstlagen|plan-\s+och\s+bygglagen|[a-zåäö]+lagen|förordningen|[a-zåäö]+förordningen|konventionen|artikel|[a-zåäö]*balken)"
        r"|(?<!\w)\d+\s*(?:kap\.?\s*\d+\s*)?§"
        r"|(?<!\w)(?:lagen|socialtjänstlagen|[a-zåäö]+lagen|LSS|SoL|HSL|PBL|förordningen|konventionen|artikel\s+\d+)"
        r"\s+(?:säger|anger|föreskriver|stadgar|reglerar|slår\s+fast|innebär|kräver|fastställer)"
        r"|(?<!\w)konventionsstaterna(?!\w)|(?<!\w)staten\s+ska(?!\w)"
        r"|(?<!\w)av\s+(?:lagen|[a-zåäö]+lagen|LSS|SoL|HSL|förarbetena|konventionen)\s+framgår"
    ),
}


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    label: str


@functools.cache
def _compiled() -> list[tuple[str, re.Pattern[str]]]:
    return [(label, re.compile(p, re.IGNORECASE)) for label, p in CUE_PATTERNS.items()]


#: Words every cue of a kind contains (case-folded): each pattern runs only on the lines holding one.
CUE_HEADS: dict[str, tuple[str, ...]] = {
    "goal": ("mål", "ambition", "strävan", "inriktning", "vill", "sträv", "verka", "arbeta", "åtar", "har som"),
    "purpose": ("syft",),
    "vision": ("vision",),
    "assignment": ("uppdra",),
    "future": ("kommer",),
    "national": ("nationell", "funktionshinderspolitik", "riksdag", "regering", "jämlikhet"),
    "law": ("enligt", "enlighet", "stöd av", "jfr", "se ", "§", "lag", "lss", "sol", "hsl", "pbl", "förordning",
            "konvention", "artikel", "staten", "framgår", "balk"),
}


def find_cues(text: str, offset: int = 0) -> list[Cue]:
    """Every goal cue in ``text`` (offsets shifted by ``offset``), in order."""
    from .actors import LineIndex

    lines = LineIndex(text) if len(text) > 20000 else None
    out = []
    for label, pat in _compiled():
        heads = CUE_HEADS.get(label)
        if lines is None or not heads:
            out.extend(Cue(m.start() + offset, m.end() + offset, label) for m in pat.finditer(text))
            continue
        for i in lines.containing(heads):
            off, line = lines.line(i)
            out.extend(Cue(m.start() + off + offset, m.end() + off + offset, label) for m in pat.finditer(line))
    return sorted(out, key=lambda c: (c.start, c.end))


class GoalCues:
    """spaCy component: goal cue spans in ``doc.spans["goal_cues"]`` (label = cue kind)."""

    def __init__(self, nlp: Language, name: str = "goal_cues", span_key: str = SPAN_KEY) -> None:
        self.name = name
        self.span_key = span_key
        _compiled()

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for cue in find_cues(doc.text):
            span = doc.char_span(cue.start, cue.end, label=cue.label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.span_key] = spans
        return doc


@Language.factory("goal_cues", default_config={"span_key": SPAN_KEY})
def make_goal_cues(nlp: Language, name: str, span_key: str) -> GoalCues:
    return GoalCues(nlp, name, span_key)


__all__ = ["CUE_PATTERNS", "Cue", "GoalCues", "find_cues"]
