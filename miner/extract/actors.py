"""Actors: one per organisation, scoped to its municipality, with its roles in the document and per goal.

The ``actor_ruler`` component (:mod:`miner.nlp.actors`) finds mentions and
normalises their surface ("socialnämndens" → "Socialnämnden"). This module
decides *which* organisation a mention is:

- national agencies and organisations have national ids ("agency/mfd",
  "org/fub"); former names resolve to the current body (Handisam → MFD,
  SKL → SKR);
- municipal bodies are scoped to the document's municipality
  (``doc.metadata.kommunkod``): Uppsala's socialnämnd is ``0380/socialnamnden``,
  Malmö's ``1280/socialnamnden``; a body named with another municipality
  ("Malmö stads funktionshinderråd") is scoped to that one; region bodies to
  the county code; bodies of a document with no known municipality to the
  document (``doc-<sha8>/...``), so they never merge across documents;
- companies, local branches of organisations and universities are named
  uniquely and get unscoped ids ("company/uppsalahem-ab").

Roles per document come from where and how an actor is named: the adopting
body from the metadata, owners from document-control lines and the
letterhead, responsible actors from "Ansvarig" cells and "X ansvarar för"
sentences, consulted ones from "i samråd med X", those that follow up from
"följs upp av X"; every other actor is "mentioned".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..model import Actor, Document, Evidence, Goal
from ..nlp.actors import ActorMention, find_actor_mentions, gazetteer, normalise_name
from ..reference import regions

#: How sure each matching rule is that the span names that actor (rule strength).
RULE_CONFIDENCE = {
    "gazetteer": 0.95, "abbrev": 0.85, "defined-abbrev": 0.85, "municipality": 0.95, "region": 0.95,
    "region-bare": 0.7, "fullmaktige": 0.95, "styrelse": 0.95, "namnd": 0.9, "utskott": 0.85, "beredning": 0.8,
    "revisorer": 0.8, "forvaltning": 0.85, "kontor": 0.85, "avdelning": 0.75, "enhet": 0.7, "adj-unit": 0.7,
    "sektor": 0.75, "stab": 0.7, "departement": 0.9, "arkiv": 0.8, "rad": 0.9, "radet-for": 0.9,
    "samarbetsorgan": 0.85, "company": 0.8, "ab": 0.8, "verk": 0.75, "statens": 0.8, "universitet": 0.8,
    "lansstyrelse": 0.9, "domstol": 0.85, "funktionsratt-lokal": 0.85, "forening": 0.65, "organisationer": 0.75,
    "org-branch": 0.85, "role": 0.65, "company-short": 0.7, "collective": 0.7, "grupp": 0.6, "team": 0.6,
    "utredning": 0.7, "adj-namnd": 0.85, "kf-ks": 0.8, "table-cell": 0.6, "metadata": 0.8,
}

#: Kinds reported only when they play a role: a municipality named in passing is context, not an actor
#: of the document (the document's own municipality is its ``kommunkod``), and a job title named in
#: passing ("handläggaren", "enhetschefen") is not an organisational actor unless given a task.
QUIET_KINDS = {"municipality", "role"}
#: Rules whose mentions name a class of bodies ("samtliga nämnder"): reported only with a role.
QUIET_RULES = {"collective", "organisationer"}

#: Kinds that belong to a municipality (or region) and are scoped by its code.
SCOPED_KINDS = {"committee", "department", "council", "role", "municipality", "region"}


def slug(text: str) -> str:
    """ASCII slug for ids: "Social- och omsorgsnämnden" → "social-och-omsorgsnamnden"."""
    t = text.casefold().replace("æ", "ae").replace("ø", "o")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


_STRIP_ADJ = re.compile(r"^(?:kommunala|kommunens|lokala|centrala|regionala|de|den|det|stadens|förtroendevalda)\s+",
                        re.I)


def key_name(name: str) -> str:
    """The part of a name that identifies the body: "Kommunala funktionshinderrådet" → "funktionshinderrådet"."""
    n = re.sub(r"\s+", " ", name.strip())
    n = re.sub(r"\s*\([^)]*\)\s*", " ", n).strip()
    prev = None
    while prev != n:
        prev = n
        n = _STRIP_ADJ.sub("", n)
    return n


# ------------------------------------------------------------------ resolution


@dataclass
class Resolved:
    id: str
    name: str
    kind: str
    kommunkod: str | None
    mention: ActorMention


def _doc_code(doc: Document) -> str | None:
    f = doc.metadata.kommunkod
    return f.value if f and f.value else None


def _county(code: str | None) -> str | None:
    if not code:
        return None
    return code[:2]


def _county_by_name(place: str) -> str | None:
    p = place.casefold().removesuffix(" län").strip()
    for r in regions().values():
        county = r.county.casefold().removesuffix(" län")
        if county == p or county.removesuffix("s") == p:
            return r.lanskod
    return None


def _municipality_code(place: str) -> str | None:
    from ..reference import municipalities

    p = place.casefold()
    for m in municipalities().values():
        if m.name.casefold() == p:
            return m.kommunkod
    return None


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def resolve(m: ActorMention, doc_code: str | None, doc_scope: str) -> Resolved | None:
    """The organisation a mention names, as (id, name, kind, kommunkod)."""
    if m.key:
        e = gazetteer().get(m.key)
        return Resolved(m.key, e.name if e else m.name, m.kind, None, m)
    if m.rule == "municipality":
        return Resolved(f"{m.scope}/kommun", m.name, "municipality", m.scope, m)
    if m.rule == "region":
        return Resolved(f"{m.scope}/region", m.name, "region", m.scope, m)
    if m.rule == "region-bare":
        named = re.search(r"\si\s+(.+?)(?:\s+län)?$", m.text)
        lan = _county_by_name(named.group(1)) if named else _county(doc_code)
        if not lan or lan not in regions():
            name = _cap(m.text.rstrip("s") if m.text.endswith("ets") or m.text.endswith("ens") else m.text)
            return Resolved(f"{doc_scope}/{slug(name)}", name, "region", None, m)
        return Resolved(f"{lan}/region", regions()[lan].name, "region", lan, m)
    if m.rule == "lansstyrelse":
        mm = re.search(r"\si\s+(.+?)(?:\s+län)?$", m.name)
        lan = _county_by_name(mm.group(1)) if mm else _county(doc_code)
        if lan and lan in regions():
            county = regions()[lan].county
            return Resolved(f"agency/lansstyrelsen-{lan}", f"Länsstyrelsen i {county}", "agency", None, m)
        return Resolved("agency/lansstyrelsen", "Länsstyrelsen", "agency", None, m)
    name = m.name
    if m.rule in ("ab", "company", "company-short"):
        return Resolved(f"company/{slug(name)}", name, "company", None, m)
    if m.kind == "civil-society" and not m.generic:
        return Resolved(f"org/{slug(name)}", name, m.kind, None, m)
    if m.kind == "agency" or m.rule == "departement":
        return Resolved(f"agency/{slug(name)}", name, m.kind, None, m)
    # municipal bodies: scope
    scope = m.scope
    base, sep, place = name.partition(" i ")
    if sep and m.kind in ("committee", "council", "department"):
        code = _municipality_code(place)
        if code:
            scope, name = code, base
    low = name.casefold()
    if low.startswith(("region", "landstings")) and m.kind == "committee":
        scope = _county(scope or doc_code)
    if not scope:
        scope = doc_code or doc_scope
    kommunkod = scope if scope and scope[:1].isdigit() else None
    return Resolved(f"{scope}/{slug(key_name(name))}", name, m.kind, kommunkod, m)


# ----------------------------------------------------------------------- roles

_RESP_AFTER = re.compile(
    r"^\s*(?:\([^)]{1,40}\)\s*)?(?:(?:är|blir|har|får)\s+)?(?:\w+\s+){0,2}?"
    r"(?:ansvarar|ansvarig[a]?|har\s+(?:det\s+)?(?:\w+\s+)?ansvar(?:et)?|(?:\w+)?ansvar(?:et)?\s+för|äger\s+frågan"
    r"|leder\s+arbetet|samordnar|ska\s+(?:ansvara|leda|samordna|ta\s+fram|genomföra|se\s+till|säkerställa))(?![\w])",
    re.I)
_RESP_BEFORE = re.compile(
    r"(?:ansvaret\s+(?:för\s+[^.;]{0,80}?\s+)?(?:ligger|vilar)\s+(?:hos|på)|ansvarig(?:a)?\s+(?:är|blir)|ansvarig[a]?\s*:"
    r"|ansvar\s*:|uppdrar\s+(?:åt|till)|ger\s+(?:i\s+uppdrag\s+)?(?:till\s+)?|uppdraget\s+(?:går|ges)\s+till"
    r"|huvudansvar(?:ig)?\s*:?)\s*$", re.I)
_CONSULT_BEFORE = re.compile(
    r"(?:i\s+samråd\s+med|efter\s+samråd\s+med|samråd(?:ats|s|a)?\s+med|i\s+dialog\s+med|dialog\s+med"
    r"|i\s+samverkan\s+med|tillsammans\s+med|remitter(?:ats|as|at)\s+(?:till)?|remiss\s+(?:till|hos)"
    r"|synpunkter\s+(?:från|har\s+inhämtats\s+från)|yttrande\s+från|i\s+samarbete\s+med|samverkar\s+med"
    r"|har\s+tagits\s+fram\s+(?:i\s+samråd\s+|tillsammans\s+)?med)\s+(?:[\w-]+\s+){0,3}?$", re.I)
_CONSULT_AFTER = re.compile(
    r"^\s*(?:\([^)]{1,40}\)\s*)?(?:har\s+)?(?:getts\s+möjlighet|fått\s+(?:möjlighet|tillfälle)|lämnat\s+synpunkter"
    r"|yttrat\s+sig|deltagit|medverkat|varit\s+delaktig|bidragit|involverats|varit\s+remissinstans|har\s+fått\s+lämna"
    r"|ska\s+(?:ges\s+möjlighet|få\s+möjlighet|involveras|delta|höras|konsulteras)|konsulteras|tillfrågas|remitteras)",
    re.I)
_FOLLOW_BEFORE = re.compile(
    r"(?:följs\s+upp\s+(?:\w+\s+){0,2}?av|rapporteras\s+(?:\w+\s+){0,2}?till|redovisas\s+(?:\w+\s+){0,2}?(?:för|till)"
    r"|återrapporteras\s+(?:\w+\s+){0,2}?till|uppföljning(?:en)?\s+(?:görs|sker|genomförs)\s+(?:\w+\s+){0,2}?(?:av|i)"
    r"|utvärderas\s+(?:\w+\s+){0,2}?av)\s+$", re.I)
_FOLLOW_AFTER = re.compile(
    r"^\s*(?:\([^)]{1,40}\)\s*)?(?:\w+\s+){0,2}?(?:följer\s+upp|ska\s+följa\s+upp|ansvarar\s+för\s+(?:att\s+)?"
    r"(?:\w+\s+){0,2}?(?:uppföljning|följa\s+upp|följs\s+upp|utvärdering|utvärdera)|utvärderar|ska\s+utvärdera"
    r"|får\s+(?:årligen\s+)?(?:en\s+)?återrapport)", re.I)
_OWNER_LINE = re.compile(
    r"^\s*(?:dokumentansvarig(?:\s+är)?|dokumentägare|ägare|ansvarig\s+för\s+dokumentet|ansvarig\s+förvaltning"
    r"|ansvarig\s+enhet|utgivare|framtagen\s+av|framtaget\s+av|upprättad\s+av|upprättat\s+av|processägare"
    r"|för\s+revidering\s+(?:av\s+dokumentet\s+)?ansvarar|ansvarig\s+för\s+revidering|dokumentet\s+gäller\s+för"
    r"|avsändare|utfärdad\s+av|utfärdat\s+av)\s*:", re.I)
_FOLLOW_LINE = re.compile(r"^\s*(?:för\s+uppföljning\s+(?:av\s+dokumentet\s+)?ansvarar|ansvarig\s+för\s+uppföljning"
                          r"|uppföljning\s+ansvarar)\s*:?", re.I)
_COUNCIL_DIALOGUE = re.compile(r"samråd|remiss|dialog|synpunkter|delaktig|involver|konsult|yttra", re.I)
_GENERIC_CELL = re.compile(r"^(?:alla|samtliga|respektive|berörda?|varje|övriga|ev\.?|ej|nej|ja|x|-|–|klart|pågår"
                           r"|löpande|vid\s+behov)(?![\w])", re.I)


@dataclass
class _Acc:
    actor: Actor
    roles: set[str] = field(default_factory=set)
    rules: set[str] = field(default_factory=set)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The line-internal sentence around ``[start, end)`` (sentences never cross clean-text lines)."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    s = ls
    for m in re.finditer(r"[.!?]\s+(?=[A-ZÅÄÖ\"'(])", text[ls:start]):
        s = ls + m.end()
    m = re.search(r"[.!?](?:\s|$)", text[end:le])
    e = end + m.end() if m else le
    return s, e


def mention_roles(text: str, m: ActorMention, kind: str) -> set[str]:
    """Roles the sentence around one mention gives the actor."""
    s, e = _sentence_bounds(text, m.start, m.end)
    before = text[max(s, m.start - 160) : m.start]
    after = text[m.end : min(e, m.end + 160)]
    roles: set[str] = set()
    if _RESP_BEFORE.search(before) or _RESP_AFTER.match(after) or (
            kind in ("role", "committee", "department") and _MODAL_BEFORE.search(before)):
        roles.add("responsible")  # "... ansvarar", "ansvarig: X", "Nästa år ska enhetschefen ..."
    elif text[s : m.start].strip().casefold() in _SUBJECT_LEAD and _TASK_AFTER.match(after) and not (
            m.text.endswith("s") and not m.name.casefold().endswith("s")):
        roles.add("responsible")  # "Enhetschefen ska se till att ...": the subject of a task
    elif kind == "role" and (
            (text[s : m.start].strip().casefold() in _SUBJECT_LEAD and _VERB_AFTER.match(after)
             and not m.text.endswith("s"))
            or (m.text.endswith("s") and re.match(r"^\s*(?:\w+\s+)?(?:uppdrag|roll|ansvar|uppgift)", after, re.I))):
        roles.add("responsible")  # "Enhetschefen leder arbetet ...", "Tillgänglighetssamordnarens uppdrag är ..."
    if _CONSULT_BEFORE.search(before) or _CONSULT_AFTER.match(after):
        roles.add("consulted")
    if kind == "council" and _COUNCIL_DIALOGUE.search(text[s:e]):
        roles.add("consulted")
    if _FOLLOW_BEFORE.search(before) or _FOLLOW_AFTER.match(after):
        roles.add("follows-up")
    line_start = text.rfind("\n", 0, m.start) + 1
    line_head = text[line_start : m.start]
    if _OWNER_LINE.match(line_head):
        roles.add("owner")
    if _FOLLOW_LINE.match(line_head):
        roles.add("follows-up")
    return roles


_VERB_AFTER = re.compile(
    r"^\s*(?:\([^)]{1,40}\)\s*)?(?:ska|skall|bör|får|kan|måste|har|[a-zåäö]+(?:ar|er|ir|or|ur|yr|år|är|ör))(?![\w])")
_MODAL_BEFORE = re.compile(r"(?<![\w])(?:ska|skall|måste|bör)\s+(?:\w+\s+)?$", re.I)
_TASK_AFTER = re.compile(
    r"^\s*(?:\([^)]{1,40}\)\s*)?(?:och\s+[\wåäö-]+\s+)?(?:ska|skall|måste|bör|beslutar|utser|fattar\s+beslut"
    r"|har\s+till\s+uppgift|har\s+(?:det\s+)?(?:\w+\s+)?ansvar)(?![\w])", re.I)
_SUBJECT_LEAD = {"", "alla", "varje", "även", "samtliga", "dessutom", "därför", "också"}


def _subject_actors(text: str, gs: int, ge: int, inside: list[tuple[ActorMention, str]]) -> list[str]:
    """Actors that are the grammatical subject opening a goal: "Socialnämnden och omsorgsnämnden utvecklar
    ...", "Kommunstyrelsen får i uppdrag att ...", "Uppsalahem ska öka ..." — they carry it out."""
    if not inside:
        return []
    first = inside[0][0]
    if text[gs : first.start].strip().casefold() not in _SUBJECT_LEAD:
        return []
    chain = [inside[0]]
    for m, aid in inside[1:]:
        gap = text[chain[-1][0].end : m.start]
        if re.fullmatch(r"\s*(?:,|och|samt|&)\s*", gap):
            chain.append((m, aid))
        else:
            break
    last = chain[-1][0]
    if last.text.endswith(("s", ":s")) and not last.name.casefold().endswith("s") and last.rule != "kf-ks":
        return []  # a genitive ("Socialnämndens verksamhet ska ...") is not the subject
    if not _VERB_AFTER.match(text[last.end : ge]):
        return []
    return [aid for _m, aid in chain]


def _area_responsibility(doc: Document, goals: list[Goal],
                         mentions: list[tuple[ActorMention, str]]) -> dict[str, list[str]]:
    """Goal area (casefolded title) → responsible actors, from a table with an area and an Ansvarig column
    ("Målområde | ... | Ansvarig nämnd") or a sentence naming both ("... ansvarar för målområdet Bostad")."""
    areas = {g.area.casefold(): g.area for g in goals if g.area}
    if not areas:
        return {}
    out: dict[str, list[str]] = {}
    text = doc.text

    def in_span(s: int, e: int) -> list[tuple[ActorMention, str]]:
        return [(m, a) for m, a in mentions if s <= m.start and m.end <= e]

    for table in doc.tables:
        c_area = table.column("målområde", "område", "fokusområde", "insatsområde")
        c_resp = table.column("ansvar", "huvudansvar", "ansvarig")
        if c_area is None or c_resp is None:
            continue
        for row in table.rows:
            if max(c_area, c_resp) >= len(row):
                continue
            key = row[c_area].text.strip().casefold()
            if key in areas:
                out.setdefault(key, []).extend(a for _m, a in in_span(row[c_resp].start, row[c_resp].end))
    folded = text.casefold() if len(text.casefold()) == len(text) else text.lower()
    for key in areas:
        if key in out:
            continue
        for hit in re.finditer(re.escape(key), folded):
            s, e = _sentence_bounds(text, hit.start(), hit.end())
            sentence = folded[s:e]
            if "ansvar" not in sentence or len(sentence) > 500:
                continue
            # "X och Y ansvarar för målområdet A, Z för B": the actors between the previous area and this one
            prev = s
            for other in areas:
                if other == key:
                    continue
                for o in re.finditer(re.escape(other), folded[s:hit.start()]):
                    prev = max(prev, s + o.end())
            found = [a for m, a in in_span(prev, hit.start())]
            if found:
                out.setdefault(key, []).extend(found)
                break
    return {k: list(dict.fromkeys(v)) for k, v in out.items()}


def _letterhead_owners(doc: Document, mentions: list[ActorMention]) -> set[int]:
    """Mentions that are a whole line among the first lines of page 1: the sender, i.e. the owner."""
    first_page_end = doc.pages[0].end if doc.pages else len(doc.text)
    limit = min(first_page_end, 1500)
    out = set()
    for i, m in enumerate(mentions):
        if m.start > limit:
            break
        if m.kind not in ("department", "committee"):
            continue
        ls = doc.text.rfind("\n", 0, m.start) + 1
        le = doc.text.find("\n", m.end)
        le = len(doc.text) if le < 0 else le
        if doc.text[ls:m.start].strip() == "" and doc.text[m.end:le].strip(" .,") == "":
            out.add(i)
    return out


def _cell_actors(text: str, start: int, end: int, doc_code: str | None, doc_scope: str) -> list[Resolved]:
    """Actors named in a cell with no recognised mention ("Kommunikationsenheten", "HR"): take the parts as names."""
    out = []
    cell = text[start:end]
    pos = 0
    for part in re.split(r"\s*(?:[,;/&+]|\boch\b|\bsamt\b)\s*", cell):
        idx = cell.find(part, pos)
        pos = idx + len(part) if idx >= 0 else pos
        p = part.strip(" .()")
        if not p or len(p.split()) > 5 or _GENERIC_CELL.match(p) or re.search(r"\d{3}", p):
            continue
        if not (p[:1].isupper() or p.isupper()):
            continue
        s = start + (idx if idx >= 0 else 0)
        kind = "role" if re.search(r"(chef|samordnare|handläggare|ansvarig|strateg)$", p, re.I) else "department"
        m = ActorMention(s, s + len(part), part, kind, normalise_name(p, kind), "", "table-cell")
        r = resolve(m, doc_code, doc_scope)
        if r:
            out.append(r)
    return out


# ------------------------------------------------------------------- extract


def mentions_from(doc: Document, sdoc=None) -> list[ActorMention]:
    """Mentions from the spaCy doc's ``actors`` spans, or found directly when the pipeline lacks the ruler."""
    if sdoc is not None and "actors" in getattr(sdoc, "spans", {}):
        found = [s._.actor for s in sdoc.spans["actors"] if getattr(s._, "actor", None) is not None]
        return sorted(found, key=lambda m: m.start)
    return find_actor_mentions(doc.text)


def extract_actors(doc: Document, sdoc=None, goals: Iterable[Goal] = (), goal_sources: dict | None = None) -> list[Actor]:
    """All actors of a document with roles and evidence; sets ``goal.actors`` for responsible actors."""
    text = doc.text
    doc_code = _doc_code(doc)
    doc_scope = f"doc-{(doc.sha256 or slug(doc.source))[:8]}"
    mentions = mentions_from(doc, sdoc)
    toc_spans = [(b.start, b.end) for b in doc.blocks if b.kind == "toc"]
    accs: dict[str, _Acc] = {}
    mention_ids: list[tuple[ActorMention, str]] = []

    def add(r: Resolved, roles: set[str], rule: str | None = None, span: tuple[int, int] | None = None) -> str:
        acc = accs.get(r.id)
        if acc is None:
            acc = accs[r.id] = _Acc(Actor(id=r.id, name=r.name, kind=r.kind, kommunkod=r.kommunkod))
        s, e = span or (r.mention.start, r.mention.end)
        if e > s and not any(ev.start == s and ev.end == e for ev in acc.actor.mentions):
            rule = rule or r.mention.rule
            acc.actor.mentions.append(doc.evidence(s, e, f"rule:actor-{rule}", RULE_CONFIDENCE.get(rule, 0.6)))
        acc.roles |= roles
        acc.rules.add(rule or r.mention.rule)
        return r.id

    letterhead = _letterhead_owners(doc, mentions)
    for i, m in enumerate(mentions):
        if any(s <= m.start < e for s, e in toc_spans):
            continue
        r = resolve(m, doc_code, doc_scope)
        if r is None:
            continue
        roles = mention_roles(text, m, r.kind)
        if i in letterhead:
            roles.add("owner")
        mention_ids.append((m, add(r, roles)))

    # the adopting body, from the metadata
    adopted = doc.metadata.adopted_by
    if adopted and adopted.value:
        found = find_actor_mentions(adopted.value)
        if not found:
            found = [ActorMention(0, len(adopted.value), adopted.value, "committee",
                                  normalise_name(adopted.value, "committee"), "", "metadata")]
        for m in found[:1]:
            r = resolve(m, doc_code, doc_scope)
            if r is None:
                continue
            span = (adopted.start, adopted.end) if adopted.start is not None and adopted.end is not None else None
            if span is not None:
                add(r, {"adopting"}, "metadata", span)
            else:
                acc = accs.get(r.id)
                if acc is None:
                    accs[r.id] = _Acc(Actor(id=r.id, name=r.name, kind=r.kind, kommunkod=r.kommunkod),
                                      {"adopting"})
                else:
                    acc.roles.add("adopting")

    # responsible actors per goal
    goal_sources = goal_sources or {}
    by_pos = sorted(mention_ids, key=lambda x: x[0].start)
    starts = [m.start for m, _ in by_pos]
    import bisect

    def mentions_in(s: int, e: int) -> list[tuple[ActorMention, str]]:
        i = bisect.bisect_left(starts, s)
        out = []
        while i < len(by_pos) and by_pos[i][0].start < e:
            if by_pos[i][0].end <= e:
                out.append(by_pos[i])
            i += 1
        return out

    for g in goals:
        if g.national_goal:
            continue
        src = goal_sources.get(g.id)
        ids: list[str] = []
        for cs, ce in getattr(src, "responsible_cells", []) or []:
            inside = mentions_in(cs, ce)
            if inside:
                for _m, aid in inside:
                    ids.append(aid)
                    accs[aid].roles.add("responsible")
            else:
                for r in _cell_actors(text, cs, ce, doc_code, doc_scope):
                    ids.append(add(r, {"responsible"}))
        gs, ge = g.evidence.start, g.evidence.end
        inside = mentions_in(gs, ge)
        for aid in _subject_actors(text, gs, ge, inside):
            ids.append(aid)
            accs[aid].roles.add("responsible")
        for m, aid in inside:
            if "responsible" in mention_roles(text, m, accs[aid].actor.kind):
                ids.append(aid)
                accs[aid].roles.add("responsible")
        g.actors = list(dict.fromkeys(ids))

    # goals with no responsible actor of their own: the actors responsible for their goal area
    area_actors = _area_responsibility(doc, [g for g in goals if g.area], by_pos)
    by_id = {g.id: g for g in goals}
    for g in goals:
        if g.actors or g.national_goal or not g.area:
            continue
        parent = by_id.get(g.parent) if g.parent else None
        if parent is not None and parent.area == g.area:
            continue  # only the top goals of an area; the goals under them have their own actors
        ids = area_actors.get(g.area.casefold(), [])
        g.actors = list(dict.fromkeys(ids))
        for aid in ids:
            if aid in accs:
                accs[aid].roles.add("responsible")

    actors = []
    for acc in accs.values():
        roles = [r for r in ("adopting", "owner", "responsible", "consulted", "follows-up") if r in acc.roles]
        if acc.actor.kind in ("municipality", "region") and acc.actor.kommunkod and doc_code and (
                acc.actor.kommunkod == doc_code):
            continue  # the document's own municipality or region is its organisation, not an actor in it
        if not roles and (acc.actor.kind in QUIET_KINDS or acc.rules <= QUIET_RULES):
            continue
        acc.actor.roles = roles or ["mentioned"]
        actors.append(acc.actor)
    actors.sort(key=lambda a: (a.mentions[0].start if a.mentions else -1))
    reported = {a.id for a in actors}
    for g in goals:
        g.actors = [a for a in g.actors if a in reported]
    return actors


def first_mention(actor: Actor) -> Evidence | None:
    return actor.mentions[0] if actor.mentions else None


__all__ = ["RULE_CONFIDENCE", "extract_actors", "key_name", "mention_roles", "mentions_from", "resolve", "slug"]
