"""Why a hit is there: the explanation a person can check against the document.

Each hit carries its score components, the CRPD articles and actor kinds it shares with
the query, the key terms both use (lemmas and lemma pairs, weighted by TF-IDF in both),
the passage of the hit that best matches the query (page, character span into the
document's clean text, and the text itself), and how its municipality compares with the
reference municipality (same SKR kommungrupp? same main group? same county?).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from ..model import ACTOR_KINDS
from .index import SHORT_PASSAGE, SimilarIndex
from .rank import Query, Ranked, structure_score

KEY_TERMS = 8


@dataclass
class Passage:
    """A span of the hit's clean text: ``text == Document.text[start:end]``, on page ``page``."""

    text: str
    page: int
    start: int
    end: int
    heading: str = ""
    score: float = 0.0  # text cosine of this passage with the query


@dataclass
class MunicipalityComparison:
    reference: str | None  # the municipality compared with ("Åmål"), None when there is none
    reference_group: str | None
    same_group: bool | None  # None when either side has no SKR group (a region, an unknown organisation)
    same_main_group: bool | None
    same_county: bool | None


@dataclass
class Why:
    text: float  # the text component, 0-1 (1 = the best text match among the candidates)
    text_cosine: float  # the raw TF-IDF cosine behind it
    structure: float | None  # weighted mean of the active structure components
    components: dict[str, float]  # every active component's value (see miner.similar.rank)
    weights: dict[str, float]  # the weights of the active components
    shared_articles: list[int]
    shared_actor_kinds: list[str]
    key_terms: list[str]
    passage: Passage | None
    municipality: MunicipalityComparison
    embedding: float | None = None  # the scaled embedding similarity, when embeddings were used


@dataclass
class GoalInfo:
    id: str  # "{doc_id}#{goal_id}"
    text: str
    level: str
    page: int
    start: int
    end: int
    area: str | None = None


@dataclass
class Hit:
    score: float
    level: str  # "document" or "goal"
    doc_id: str
    title: str
    municipality: dict[str, Any]  # name, kommunkod, county, group_code, group (None when unknown)
    doc_type: str | None
    year: int | None
    adopted_by: list[str] = field(default_factory=list)
    source: str = ""
    goal: GoalInfo | None = None
    why: Why | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _names(index: SimilarIndex) -> list[str]:
    names = getattr(index.text, "_names", None)
    if names is None:
        names = [""] * index.text.n_word
        for t, i in index.text.unigrams.items():
            names[i] = t
        nu = len(index.text.unigrams)
        for b, j in index.text.bigrams.items():
            names[nu + j] = b
        index.text._names = names  # type: ignore[attr-defined]
    return names


def key_terms(index: SimilarIndex, q: np.ndarray, row: Any, n: int = KEY_TERMS) -> list[str]:
    """Terms both sides use, by the product of their TF-IDF weights; a pair hides its own words.

    ``q`` is the dense query vector, ``row`` the hit's sparse text row; only word features count.
    """
    nw = index.text.n_word
    keep = row.indices < nw
    idx = row.indices[keep]
    prod = row.data[keep] * q[idx]
    if not prod.size or prod.max() <= 0:
        return []
    names = _names(index)
    out: list[str] = []
    for i in np.argsort(-prod, kind="stable"):
        if prod[i] <= 0:
            break
        term = names[idx[i]]
        if any(term in o.split(" ") for o in out if " " in o):
            continue
        if " " in term:
            out = [o for o in out if o not in term.split(" ")]
        out.append(term)
        if len(out) >= n:
            break
    return out


def best_passage(index: SimilarIndex, q: Query, doc_row: int) -> Passage | None:
    a, b = index.doc_pass[doc_row]
    if b <= a:
        return None
    s = np.asarray(index.pass_text[a:b] @ q.vector(index, "document"), dtype=np.float32)
    damped = s * np.sqrt(np.minimum(1.0, index.pass_length[a:b] / SHORT_PASSAGE))
    i = int(np.argmax(damped))
    p = index.passages[a + i]
    return Passage(p["text"], p["page"], p["start"], p["end"], p["heading"], round(float(s[i]), 4))


def passage_at(index: SimilarIndex, doc_row: int, offset: int) -> Passage | None:
    """The passage of a document holding ``offset`` (the context of a goal)."""
    a, b = index.doc_pass[doc_row]
    for p in index.passages[a:b]:
        if p["start"] <= offset < p["end"]:
            return Passage(p["text"], p["page"], p["start"], p["end"], p["heading"])
    return None


def compare(ref: dict[str, Any] | None, m: dict[str, Any]) -> MunicipalityComparison:
    if not ref or not ref.get("name"):
        return MunicipalityComparison(None, None, None, None, None)

    def same(key: str) -> bool | None:
        return None if not ref.get(key) or not m.get(key) else ref[key] == m[key]

    return MunicipalityComparison(ref["name"], ref.get("group_code"), same("group_code"), same("main_group"),
                                  same("lanskod"))


def _muni(d: dict[str, Any]) -> dict[str, Any]:
    m = d["municipality"]
    return {k: m.get(k) for k in ("name", "kommunkod", "county", "group_code", "group", "kind")}


def _round(x: float) -> float:
    return round(float(x), 4)


def explain(index: SimilarIndex, q: Query, level: str, ranked: Ranked) -> list[Hit]:
    """Hits, best first, each with its explanation."""
    hits: list[Hit] = []
    qv = q.vector(index, level)
    for pos, row in enumerate(ranked.rows):
        row = int(row)
        comps = {n: _round(v[pos]) for n, v in ranked.components.items() if n != "embedding"}
        if level == "document":
            doc_row = row
            hw = index.doc_text[row]
            arts = index.doc_articles[row]
            kinds = index.doc_kinds[row]
            goal = None
            passage = best_passage(index, q, row)
        else:
            doc_row = int(index.goal_doc[row])
            g = index.goals[row]
            hw = index.goal_text[row]
            arts = index.goal_articles[row] if index.goal_articles[row].any() else index.doc_articles[doc_row]
            kinds = index.goal_kinds[row]
            goal = GoalInfo(index.goal_key(row), g["text"], g["level"], g["page"], g["start"], g["end"], g["area"])
            passage = passage_at(index, doc_row, g["start"]) or Passage(g["text"], g["page"], g["start"], g["end"])
        d = index.docs[doc_row]
        shared_articles = ([int(i) for i in np.flatnonzero((q.articles > 0) & (arts > 0))]
                           if q.articles is not None else [])
        shared_kinds = ([ACTOR_KINDS[i] for i in np.flatnonzero((q.kinds > 0) & (kinds > 0))]
                        if q.kinds is not None else [])
        why = Why(
            text=comps.get("text", 0.0), text_cosine=_round(ranked.text_cosine[pos]),
            structure=(None if (s := structure_score(comps, ranked.weights)) is None else _round(s)),
            components=comps, weights=dict(ranked.weights),
            shared_articles=shared_articles, shared_actor_kinds=shared_kinds,
            key_terms=key_terms(index, qv, hw),
            passage=passage, municipality=compare(q.reference, d["municipality"]),
            embedding=_round(ranked.components["embedding"][pos]) if "embedding" in ranked.components else None,
        )
        hits.append(Hit(score=_round(ranked.score[pos]), level=level, doc_id=d["id"], title=d["title"],
                        municipality=_muni(d), doc_type=d["doc_type"], year=d["year"],
                        adopted_by=list(d["adopted_by"]), source=d["source"], goal=goal, why=why))
    return hits
