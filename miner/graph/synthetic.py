"""Synthetic analysed documents at country scale, for benchmarks of the graph and its queries.

``synthetic_corpus(docs_per_municipality=10)`` makes, for each of the 290
municipalities, documents shaped like the real ones (a handful to forty goals,
five to ten actors, a few article and topic links, evidence with real offsets
into a generated text), deterministically from a seed. They go through the
same :func:`~miner.graph.build.analysis_quads` as real documents.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from .. import reference as ref
from ..fsutil import sha256_text
from ..model import (
    DOC_LABELS,
    Actor,
    Analysis,
    ArticleLink,
    DocType,
    Document,
    Evidence,
    Field,
    Goal,
    Metadata,
    Page,
    TopicLink,
)
from . import vocab

_STATED = {"strategy": "Strategi", "programme": "Program", "plan": "Handlingsplan", "policy": "Policy",
           "guideline": "Riktlinjer", "other": "Rapport"}
_SUBJECTS = ["tillgänglighet", "delaktighet", "arbete och sysselsättning", "boende", "kultur och fritid",
             "utbildning", "information och kommunikation", "fysisk miljö", "bemötande", "idrott"]
_COMMITTEES = ["Kommunstyrelsen", "Socialnämnden", "Kultur- och fritidsnämnden", "Utbildningsnämnden",
               "Tekniska nämnden", "Vård- och omsorgsnämnden", "Arbetsmarknadsnämnden", "Byggnadsnämnden"]
_DEPARTMENTS = ["Socialförvaltningen", "Kultur- och fritidsförvaltningen", "Stadsbyggnadsförvaltningen",
                "Utbildningsförvaltningen"]
_AGENCIES = [("agency/mfd", "Myndigheten för delaktighet"), ("agency/socialstyrelsen", "Socialstyrelsen"),
             ("agency/boverket", "Boverket")]
_CIVIL = [("civil-society/funktionsratt-sverige", "Funktionsrätt Sverige"), ("civil-society/srf", "Synskadades Riksförbund")]
_VERBS = ["ska öka", "ska säkerställa", "ska utveckla", "ska förbättra", "ska kartlägga", "ska erbjuda"]
_OBJECTS = ["tillgängligheten i offentliga lokaler", "antalet praktikplatser", "informationen på lättläst svenska",
            "stödet till personer med funktionsnedsättning", "möjligheterna till en meningsfull fritid",
            "samverkan med brukarorganisationerna", "tillgången till anpassade bostäder"]
_ARTICLE_WEIGHTS = {9: 8, 19: 7, 27: 6, 30: 6, 21: 5, 24: 5, 8: 4, 4: 4, 29: 3, 25: 3, 5: 3, 20: 2, 26: 2, 28: 2,
                    7: 2, 16: 1, 12: 1, 13: 1, 23: 1, 31: 1, 33: 1}


def _actors(rng: random.Random, code: str) -> list[tuple[str, str, str, str | None]]:
    chosen = rng.sample(_COMMITTEES, rng.randint(2, 4)) + rng.sample(_DEPARTMENTS, rng.randint(1, 2))
    out = [(f"{code}/{vocab.slug(n)}", n, "committee" if "nämnd" in n or "styrelse" in n else "department", code)
           for n in chosen]
    out.append((f"{code}/kommunala-funktionsrattsradet", "Kommunala funktionsrättsrådet", "council", code))
    for aid, name in rng.sample(_AGENCIES, rng.randint(0, 2)) + rng.sample(_CIVIL, rng.randint(0, 1)):
        kind = "agency" if aid.startswith("agency") else "civil-society"
        out.append((aid, name, kind, None))
    return out


def synthetic_analysis(rng: random.Random, m: ref.Municipality, n: int) -> Analysis:
    """One synthetic document of municipality ``m``."""
    label = rng.choices(DOC_LABELS, weights=[3, 3, 4, 2, 3, 2])[0]
    year = rng.randint(2012, 2025)
    org = ref.official_name(m)
    subject = rng.choice(_SUBJECTS)
    title = f"{_STATED[label]} för {subject} {year}–{year + rng.randint(2, 6)}"
    actors = _actors(rng, m.kommunkod)
    adopting = rng.choice(["Kommunfullmäktige", actors[0][1]])
    parts: list[str] = [f"{org}\n{title}\nAntagen av {adopting} {year}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}\n"]
    goal_specs = []
    n_goals = min(40, max(0, int(rng.gauss(12, 8))))
    level_cycle = ["overall", "subgoal", "action", "action"]
    for i in range(n_goals):
        actor = rng.choice(actors[:-1]) if rng.random() < 0.6 else None
        who = actor[1] if actor else "Kommunen"
        sentence = f"{who} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} senast {year + rng.randint(1, 4)}."
        goal_specs.append((f"g{i + 1}", sentence, level_cycle[i % 4], actor))
        parts.append(sentence + " " + "Texten beskriver bakgrund och förutsättningar. " * rng.randint(1, 6) + "\n")
    text, pages, page_text = "", [], ""
    for part in parts:
        page_text += part
        if len(page_text) > 2200:
            pages.append(page_text)
            page_text = ""
    pages.append(page_text)
    for p in pages:
        text += p + "\f"
    offsets, pos = [], 0
    for i, p in enumerate(pages, start=1):
        offsets.append(Page(number=i, start=pos, end=pos + len(p)))
        pos += len(p) + 1
    doc_id = f"{m.kommunkod}-{label}-{n:02d}"
    doc = Document(source=f"synthetic/{doc_id}.pdf", sha256=sha256_text(text), format="pdf", text=text,
                   pages=offsets, id=doc_id)

    def span(quote: str, start_at: int = 0) -> tuple[int, int]:
        s = text.index(quote, start_at)
        return s, s + len(quote)

    def ev(quote: str, extractor: str, conf: float) -> Evidence:
        return doc.evidence(*span(quote), extractor=extractor, confidence=conf)

    def fld(quote: str) -> Field:
        s, e = span(quote)
        return Field(value=quote, start=s, end=e, page=doc.page_at(s))

    doc.metadata = Metadata(title=fld(title), organisation=fld(org), kommunkod=Field(value=m.kommunkod),
                            stated_type=fld(_STATED[label]), adopted_by=fld(adopting),
                            adopted_date=Field(value=f"{year}-03-15"))
    goals, links, last_overall, last_sub = [], [], None, None
    articles = list(_ARTICLE_WEIGHTS)
    weights = list(_ARTICLE_WEIGHTS.values())
    for gid, sentence, level, actor in goal_specs:
        parent = None if level == "overall" else (last_overall if level == "subgoal" else last_sub or last_overall)
        arts = sorted(set(rng.choices(articles, weights, k=rng.choice([0, 1, 1, 2]))))
        g = Goal(id=gid, text=sentence, level=level, evidence=ev(sentence, "rule:goal-sentence", rng.uniform(0.5, 1)),
                 parent=parent, area=subject, actors=[actor[0]] if actor else [], articles=arts,
                 deadline=sentence.rsplit(" ", 1)[-1].rstrip("."))
        goals.append(g)
        if level == "overall":
            last_overall = gid
        elif level == "subgoal":
            last_sub = gid
    for a in sorted(set(rng.choices(articles, weights, k=rng.randint(0, 6)))):
        links.append(ArticleLink(a, round(rng.uniform(0.4, 1), 3), rng.random() < 0.3,
                                 [ev(title, f"lexicon:art{a}", 0.7)]))
    topics = [TopicLink(f"direction:{d}", round(rng.uniform(0.4, 1), 3), [ev(subject, "lexicon:directions", 0.6)])
              for d in sorted(rng.sample([1, 2, 3, 4], rng.randint(0, 3)))]
    topics += [TopicLink(f"ladder:{s}", 0.6, [ev(org, "lexicon:ladder", 0.6)])
               for s in rng.sample(vocab.LADDER_STEPS, rng.randint(0, 1))]
    actor_objs = []
    for aid, name, kind, code in actors:
        roles = ["responsible"] if any(aid in g.actors for g in goals) else ["mentioned"]
        if name == adopting:
            roles.append("adopting")
        mention = ev(name, "rule:actor-gazetteer", 0.9) if name in text else ev(org, "rule:actor-gazetteer", 0.5)
        actor_objs.append(Actor(aid, name, kind, roles, [mention], code))
    doc_type = DocType(label, round(rng.uniform(0.5, 1), 3), stated=_STATED[label].lower(),
                       evidence=[ev(_STATED[label], "rule:title-word", 0.9)])
    return Analysis(doc, doc_type, goals, actor_objs, links, topics)


def synthetic_corpus(docs_per_municipality: int = 10, municipalities: int | None = None,
                     seed: int = 2024) -> Iterator[Analysis]:
    """Documents for every municipality (or the first ``municipalities``), deterministically."""
    rng = random.Random(seed)
    for i, m in enumerate(ref.municipalities().values()):
        if municipalities is not None and i >= municipalities:
            break
        for n in range(docs_per_municipality):
            yield synthetic_analysis(rng, m, n)
