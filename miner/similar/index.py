"""The similarity index: what each document contributes, how it is stored, and the matrices built from it.

Two layers, so that an update recomputes only what changed:

1. **Entries** (``out/index/docs/<doc_id>.json``), one per document, computed from its
   :class:`~miner.model.Analysis` alone: the document's metadata as the filters and the
   explanation need it (municipality, county, SKR kommungrupp, type, year, adopting body),
   its CRPD articles, national directions and actor kinds, its passages (paragraph groups
   with page and character span) and its goals, each with lemmatised tokens. Lemmatising is
   the expensive part and is done only for changed documents.
2. **The model** (``out/index/model.pkl``): vocabularies, IDF weights and sparse TF-IDF
   matrices over all entries. IDF depends on the whole collection, so it is refitted from
   the stored entries on every update (seconds at country scale; no text is re-read).

``out/index/manifest.json`` is written last and is the commit point: it names the indexed
documents, so a run killed half-way leaves the previous index readable.

Text features, per unit (document, passage or goal):

* word features: lemma unigrams and lemma bigrams (bigrams seen in at least two units),
  sublinear TF times smoothed IDF, L2-normalised;
* character features: character 4- and 5-grams of each lemma (word-bounded), weighted
  the same way. They make Swedish compounds meet their parts ("arbetsmarknadsinsats" shares
  "arbe", "mark", "insa" with "arbete", "arbetsmarknad", "insats"). They are computed as the
  lemma count matrix times a lemma→n-gram matrix, so a document's text is never re-scanned.

Document IDF is used for documents and passages, goal IDF (fitted over goals) for goals.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import itertools
import json
import pickle
import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.preprocessing import normalize

from ..errors import NotBuiltError
from ..fsutil import write_bytes, write_json
from ..model import ACTOR_KINDS, Analysis, Document
from ..reference import find_organisations, municipalities, regions

#: Bump when what an entry holds changes (tokens, passages, metadata): every document is indexed again.
INDEX_VERSION = 6
#: Bump when only the fitted model changes (matrices, weights): it is refitted from the stored entries.
MODEL_VERSION = 6
MAX_ARTICLE = 50
CHAR_NGRAMS = (4, 5)
#: Share of the word features in the text similarity; the rest goes to character n-grams.
WORD_SHARE = 0.5
#: Title tokens count this many times in a document's text vector (the title names the topic).
TITLE_REPEAT = 2
PASSAGE_MIN, PASSAGE_MAX = 350, 1100  # characters
#: A passage shorter than this has its best-passage score damped by sqrt(length / SHORT_PASSAGE):
#: a one-line passage that shares one word is a worse answer than a paragraph that shares several.
SHORT_PASSAGE = 200


# ------------------------------------------------------------------ lemmatising


def _fallback_lemmas() -> Callable[[str], list[str]]:
    """simplemma with spaCy's Swedish stop words: used only when :mod:`miner.nlp` cannot load."""
    import simplemma
    from spacy.lang.sv.stop_words import STOP_WORDS

    word = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

    def lemmas(text: str) -> list[str]:
        out = []
        for m in word.finditer(text):
            w = m.group(0).lower()
            if len(w) < 2 or w in STOP_WORDS:
                continue
            lemma = simplemma.lemmatize(w, lang="sv").lower()
            if lemma not in STOP_WORDS:
                out.append(lemma)
        return out

    return lemmas


@functools.cache
def _lemmatiser() -> tuple[Callable[[str], list[str]], str]:
    try:
        from ..nlp import lemmas

        lemmas("Kommunen ska öka tillgängligheten.")
        return lemmas, "miner.nlp"
    except Exception:  # the NLP package missing or broken: keep the index usable
        return _fallback_lemmas(), "simplemma"


#: Municipality names that are also ordinary Swedish words, so they stay.
_COMMON_WORD_NAMES = frozenset({"mark", "vara", "lund", "sala", "ale", "boden", "åre", "mora", "bro"})


@functools.cache
def place_names() -> frozenset[str]:
    """One-word municipality and county names (and genitives): left out of the text features.

    Documents of one municipality all name it, so its name would make them look alike and
    would show up as a "key term"; the municipality is compared by the group component.
    """
    names: set[str] = set()
    for m in municipalities().values():
        names.add(m.name.casefold())
        names.add(m.county.removesuffix(" län").casefold())
    for r in regions().values():
        names.add(r.county.removesuffix(" län").casefold())
    names = {n for n in names if " " not in n and "-" not in n} - _COMMON_WORD_NAMES
    return frozenset(names | {n + "s" for n in names} | {n.removesuffix("s") for n in names if n.endswith("s")})


def lemmas(text: str) -> list[str]:
    """Lemmatised content words of ``text`` (lower-cased, stop words and place names out), as the index sees them."""
    if not text or not text.strip():
        return []
    places = place_names()
    return [t for t in _lemmatiser()[0](text) if t not in places]


def lemmatiser_name() -> str:
    return _lemmatiser()[1]


# ------------------------------------------------------------------ entries


def _field(f: Any) -> str | None:
    return f.value if f is not None and getattr(f, "value", None) else None


def municipality_info(code: str | None) -> dict[str, Any]:
    """Name, county and SKR group of a kommunkod (4 digits) or a region's county code (2 digits)."""
    if code and len(code) == 4 and code in municipalities():
        m = municipalities()[code]
        return {"kind": "municipality", "kommunkod": m.kommunkod, "name": m.name, "lanskod": m.lanskod,
                "county": m.county, "group_code": m.group_code, "group": m.group, "main_group": m.main_group}
    if code and len(code) == 2 and code in regions():
        r = regions()[code]
        return {"kind": "region", "kommunkod": r.lanskod, "name": r.name, "lanskod": r.lanskod,
                "county": r.county, "group_code": None, "group": None, "main_group": None}
    return {"kind": None, "kommunkod": None, "name": None, "lanskod": None, "county": None,
            "group_code": None, "group": None, "main_group": None}


def _organisation_code(a: Analysis) -> str | None:
    """The municipality or region a document belongs to: metadata first, then what the text names."""
    md = a.document.metadata
    code = _field(md.kommunkod)
    if code and (code in municipalities() or code in regions()):
        return code
    for text in (_field(md.organisation), _field(md.title)):
        if text:
            found = find_organisations(text)
            if found:
                return found[0].code
    for actor in a.actors:
        if actor.kind in ("municipality", "region") and actor.kommunkod:
            return actor.kommunkod
    # the organisation the text names most (its own name recurs; others are mentioned in passing)
    found = find_organisations(a.document.text[:200_000])
    if not found:
        return None
    counts = Counter(f.code for f in found)
    first = {f.code: i for i, f in reversed(list(enumerate(found)))}
    return max(counts, key=lambda c: (counts[c], -first[c]))


_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")


def document_year(a: Analysis) -> tuple[int | None, str | None]:
    """The document's year and where it was read: adoption date, title, validity period, file name."""
    md = a.document.metadata
    for source, value in (("adopted", _field(md.adopted_date)), ("title", _field(md.title)),
                          ("validity", _field(md.validity)), ("file", Path(a.document.source).stem)):
        if value:
            m = _YEAR.search(value.replace("_", " "))
            if m:
                return int(m.group(1)), source
    return None, None


def _title(a: Analysis) -> str:
    t = _field(a.document.metadata.title)
    if t:
        return " ".join(t.split())
    for b in a.document.blocks:
        if b.kind == "heading":
            return " ".join(a.document.text[b.start:b.end].split())[:200]
    first = a.document.text.strip().splitlines()
    return first[0][:200] if first else a.document.id


def _sentence_cuts(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` at sentence ends into pieces of at most about ``limit`` characters."""
    out: list[tuple[int, int]] = []
    s = start
    while end - s > limit:
        window = text[s:s + limit]
        cut = max(window.rfind(". "), window.rfind(".\n"), window.rfind("\n"))
        if cut < limit // 3:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = limit - 1
        out.append((s, s + cut + 1))
        s = s + cut + 1
        while s < end and text[s].isspace():
            s += 1
    if end > s:
        out.append((s, end))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_TOC_HEADING = re.compile(r"\W*(innehåll|innehållsförteckning)\W*$", re.IGNORECASE)
_LEADER = re.compile(r"(?:\s?\.){4,}|…{2,}|_{4,}")
_SHORT_TOC_LINE = re.compile(r"^\s*(?:\d+(?:\.\d+)*\s+)?[^\W\d][^.!?]{1,50}?\s\d{1,3}\s*$")
_TOC_LINE = re.compile(r"^.{2,120}?(?:(?:\s?\.){3,}|\s{2,}|\t)\s*\d{1,3}\s*$", re.MULTILINE)


def is_toc(text: str) -> bool:
    """A table of contents: dot leaders, or most lines ending in a page number. Never the best passage."""
    if len(_LEADER.findall(text)) >= 2:
        return True
    lines = [x for x in text.splitlines() if x.strip()]
    if len(lines) >= 3 and sum(bool(_TOC_LINE.match(x)) for x in lines) >= 0.6 * len(lines):
        return True
    short = sum(bool(_SHORT_TOC_LINE.match(x)) for x in lines)
    return len(lines) >= 4 and short >= 0.8 * len(lines)


def passages(doc: Document) -> list[dict[str, Any]]:
    """Paragraph groups of the body with page, span and heading: what "the best passage" is chosen from.

    Consecutive paragraphs, list items and tables under one heading and on one page are
    joined until they reach about :data:`PASSAGE_MIN` characters; longer runs are cut at
    sentence ends. A passage never crosses a heading or a page, so its page number is exact.
    Tables of contents are left out: their lines repeat every heading and would match anything.
    """
    text = doc.text
    units: list[tuple[int, int, str]] = []  # (start, end, heading)
    heading = ""
    body = [b for b in doc.blocks if b.kind in ("heading", "paragraph", "list_item", "table")]
    if body:
        for b in body:
            if b.kind == "heading":
                heading = " ".join(text[b.start:b.end].split())[:200]
                units.append((-1, -1, heading))  # a boundary
            else:
                units.append((b.start, b.end, heading))
    else:  # no layout: paragraphs are separated by blank lines
        for m in re.finditer(r"\S(?:.|\n(?!\s*\n))*", text):
            line = m.group(0)
            if line.startswith("#"):
                heading = line.lstrip("# ").strip()[:200]
                units.append((-1, -1, heading))
            else:
                units.append((m.start(), m.end(), heading))

    out: list[dict[str, Any]] = []
    cur: list[int] | None = None  # [start, end, page]
    toc = False
    cur_heading = ""

    def flush() -> None:
        nonlocal cur
        if cur is not None:
            for s, e in _sentence_cuts(text, cur[0], cur[1], PASSAGE_MAX):
                s, e = _trim(text, s, e)
                if e - s >= 3 and not toc and not is_toc(text[s:e]):
                    out.append({"start": s, "end": e, "page": doc.page_at(s), "heading": cur_heading,
                                "text": text[s:e]})
        cur = None

    for start, end, head in units:
        if start < 0:
            flush()
            toc = bool(_TOC_HEADING.match(head))
            continue
        page = doc.page_at(start)
        if cur is not None and (page != cur[2] or cur[1] - cur[0] >= PASSAGE_MIN):
            flush()
        if cur is None:
            cur = [start, end, page]
            cur_heading = head
        else:
            cur[1] = max(cur[1], end)
    flush()
    return out


def _articles_of(a: Analysis) -> dict[int, float]:
    arts: dict[int, float] = {}
    for link in a.articles:
        if 1 <= link.article <= MAX_ARTICLE:
            arts[link.article] = max(arts.get(link.article, 0.0), float(link.confidence))
    for g in a.goals:
        for n in g.articles:
            if 1 <= n <= MAX_ARTICLE:
                arts.setdefault(n, 0.5)
    return arts


def _directions_of(a: Analysis) -> list[int]:
    out = set()
    for t in a.topics:
        m = re.fullmatch(r"direction:(\d)", t.concept)
        if m:
            out.add(int(m.group(1)))
    return sorted(out)


def _adopting(a: Analysis) -> list[str]:
    names = []
    adopted = _field(a.document.metadata.adopted_by)
    if adopted:
        names.append(adopted)
    names.extend(x.name for x in a.actors if "adopting" in x.roles and x.name not in names)
    return names


def make_entry(a: Analysis) -> dict[str, Any]:
    """Everything the index keeps of one document; a pure function of its Analysis."""
    doc = a.document
    code = _organisation_code(a)
    year, year_source = document_year(a)
    title = _title(a)
    kinds = {x.id: x.kind for x in a.actors}
    goal_articles: dict[str, set[int]] = {}
    for link in a.articles:
        if link.goal:
            goal_articles.setdefault(link.goal, set()).add(link.article)
    goals = []
    for g in a.goals:
        if g.national_goal or not g.text.strip():
            continue  # a quote of the national goal is the same everywhere: no example of anyone's work
        arts = sorted({n for n in g.articles if 1 <= n <= MAX_ARTICLE} | goal_articles.get(g.id, set()))
        ev = g.evidence
        goals.append({"id": g.id, "text": " ".join(g.text.split()), "level": g.level, "page": ev.page,
                      "start": ev.start, "end": ev.end, "area": g.area, "parent": g.parent,
                      "articles": arts, "actor_kinds": sorted({kinds[x] for x in g.actors if x in kinds}),
                      "tokens": lemmas(g.text + (f". {g.area}" if g.area else ""))})
    pas = passages(doc)
    for p in pas:
        p["tokens"] = lemmas(p["text"])
    headings = [" ".join(doc.text[b.start:b.end].split()) for b in doc.blocks if b.kind == "heading"]
    return {
        "version": INDEX_VERSION,
        "lemmatiser": lemmatiser_name(),
        "id": doc.id,
        "sha256": doc.sha256,
        "source": doc.source,
        "title": title,
        "title_tokens": lemmas(title),
        "heading_tokens": [t for t in (lemmas(h) for h in headings if h != title) if t],
        "organisation": _field(doc.metadata.organisation),
        "municipality": municipality_info(code),
        "doc_type": a.doc_type.label if a.doc_type else None,
        "stated_type": (a.doc_type.stated if a.doc_type else None) or _field(doc.metadata.stated_type),
        "year": year,
        "year_source": year_source,
        "adopted_date": _field(doc.metadata.adopted_date),
        "adopted_by": _adopting(a),
        "articles": {str(k): round(v, 4) for k, v in sorted(_articles_of(a).items())},
        "directions": _directions_of(a),
        "actor_kinds": dict(sorted(Counter(x.kind for x in a.actors if x.kind in ACTOR_KINDS).items())),
        "passages": pas,
        "goals": goals,
    }


# ------------------------------------------------------------------ features


def _bigrams(tokens: Sequence[str]) -> list[str]:
    return [f"{a} {b}" for a, b in itertools.pairwise(tokens)]


def doc_tokens(entry: dict[str, Any]) -> list[list[str]]:
    """The token runs of a document's text vector (bigrams never cross runs)."""
    runs = [list(entry["title_tokens"])] * TITLE_REPEAT
    runs.extend(entry["heading_tokens"])
    runs.extend(p["tokens"] for p in entry["passages"])
    return runs


def _idf(df: np.ndarray, n: int) -> np.ndarray:
    return (np.log((1.0 + n) / (1.0 + df)) + 1.0).astype(np.float32)


def _tfidf(counts: sp.csr_matrix, idf: np.ndarray) -> sp.csr_matrix:
    if counts.shape[0] == 0 or counts.shape[1] == 0:
        return sp.csr_matrix(counts.shape, dtype=np.float32)
    x = counts.astype(np.float32, copy=True).tocsr()
    x.data = 1.0 + np.log(x.data)
    x = x @ sp.diags(idf)
    return normalize(x, copy=False).astype(np.float32).tocsr()


def _df(counts: sp.csr_matrix) -> np.ndarray:
    return np.bincount(counts.indices, minlength=counts.shape[1]).astype(np.float64)


@dataclass
class TextModel:
    """Vocabularies and IDF of the text features; turns token runs into unit vectors."""

    unigrams: dict[str, int]
    bigrams: dict[str, int]
    chars: CountVectorizer  # char_wb n-grams, fitted on the lemma vocabulary
    lemma_chars: sp.csr_matrix  # unigram vocabulary x char n-grams (counts)
    idf_word: dict[str, np.ndarray] = field(default_factory=dict)  # level -> idf over unigrams+bigrams
    idf_char: dict[str, np.ndarray] = field(default_factory=dict)

    @property
    def n_word(self) -> int:
        return len(self.unigrams) + len(self.bigrams)

    @property
    def n_char(self) -> int:
        return self.lemma_chars.shape[1]

    def word_counts(self, runs: Iterable[Sequence[str]]) -> tuple[Counter[int], list[str]]:
        """Counts over the word vocabulary, and the unigrams it does not know."""
        c: Counter[int] = Counter()
        unknown: list[str] = []
        nu = len(self.unigrams)
        for run in runs:
            for t in run:
                i = self.unigrams.get(t)
                if i is None:
                    unknown.append(t)
                else:
                    c[i] += 1
            for bg in _bigrams(run):
                j = self.bigrams.get(bg)
                if j is not None:
                    c[nu + j] += 1
        return c, unknown

    def counts_matrix(self, units: Sequence[Iterable[Sequence[str]]]) -> tuple[sp.csr_matrix, sp.csr_matrix]:
        """(word counts, char counts) for many units at once (all their unigrams must be known)."""
        rows, cols, vals = [], [], []
        for r, runs in enumerate(units):
            c, _ = self.word_counts(runs)
            rows.extend([r] * len(c))
            cols.extend(c.keys())
            vals.extend(c.values())
        w = sp.csr_matrix((np.asarray(vals, dtype=np.float32), (rows, cols)), shape=(len(units), self.n_word))
        nu = len(self.unigrams)
        ch = (w[:, :nu] @ self.lemma_chars).tocsr() if nu else sp.csr_matrix((len(units), self.n_char))
        return w, ch.astype(np.float32)

    def query_counts(self, runs: Sequence[Sequence[str]]) -> tuple[sp.csr_matrix, sp.csr_matrix]:
        """Counts of a query's tokens; unknown lemmas still contribute their character n-grams."""
        c, unknown = self.word_counts(runs)
        w = sp.csr_matrix((np.asarray(list(c.values()), dtype=np.float32),
                           (np.zeros(len(c), dtype=int), np.asarray(list(c.keys()), dtype=int))),
                          shape=(1, self.n_word))
        nu = len(self.unigrams)
        ch = w[:, :nu] @ self.lemma_chars if nu else sp.csr_matrix((1, self.n_char))
        if unknown and self.n_char:
            ch = ch + self.chars.transform([" ".join(unknown)])
        return w.tocsr(), sp.csr_matrix(ch, dtype=np.float32)

    def matrix(self, word: sp.csr_matrix, char: sp.csr_matrix, level: str) -> sp.csr_matrix:
        """Rows ``[word TF-IDF | char TF-IDF]``, each half L2-normalised, with the IDF of ``level``."""
        return sp.hstack([_tfidf(word, self.idf_word[level]), _tfidf(char, self.idf_char[level])],
                         format="csr", dtype=np.float32)

    def weigh(self, row: sp.csr_matrix | np.ndarray) -> np.ndarray:
        """A dense query vector from one matrix row: word half × WORD_SHARE, char half × the rest.

        ``matrix @ weigh(row)`` is then the text cosine WORD_SHARE·cos_word + (1−WORD_SHARE)·cos_char.
        """
        v = row.toarray().ravel() if sp.issparse(row) else np.asarray(row, dtype=np.float32).ravel()
        v = v.astype(np.float32, copy=True)
        v[: self.n_word] *= WORD_SHARE
        v[self.n_word:] *= 1 - WORD_SHARE
        return v

    def query_vector(self, word: sp.csr_matrix, char: sp.csr_matrix, level: str) -> np.ndarray:
        return self.weigh(self.matrix(word, char, level))


def fit_text_model(doc_units: Sequence[list[list[str]]], goal_units: Sequence[list[list[str]]]) -> TextModel:
    vocab: set[str] = set()
    bigram_df: Counter[str] = Counter()
    for runs in [*doc_units, *goal_units]:
        seen: set[str] = set()
        for run in runs:
            vocab.update(run)
            seen.update(_bigrams(run))
        bigram_df.update(seen)
    unigrams = {t: i for i, t in enumerate(sorted(vocab))}
    bigrams = {b: i for i, b in enumerate(sorted(b for b, n in bigram_df.items() if n >= 2))}
    chars = CountVectorizer(analyzer="char_wb", ngram_range=CHAR_NGRAMS, lowercase=False, dtype=np.float32)
    names = list(unigrams)
    lemma_chars = chars.fit_transform(names).tocsr() if names else sp.csr_matrix((0, 0), dtype=np.float32)
    if not names:
        chars.vocabulary_ = {}
    return TextModel(unigrams, bigrams, chars, lemma_chars)


# ------------------------------------------------------------------ structure


def article_vector(articles: dict[int, float] | Iterable[int]) -> np.ndarray:
    v = np.zeros(MAX_ARTICLE + 1, dtype=np.float32)
    items = articles.items() if isinstance(articles, dict) else ((n, 1.0) for n in articles)
    for n, c in items:
        if 1 <= int(n) <= MAX_ARTICLE:
            v[int(n)] = max(v[int(n)], float(c))
    return v


def kind_vector(kinds: dict[str, int] | Iterable[str]) -> np.ndarray:
    v = np.zeros(len(ACTOR_KINDS), dtype=np.float32)
    names = kinds.keys() if isinstance(kinds, dict) else kinds
    for k in names:
        if k in ACTOR_KINDS:
            v[ACTOR_KINDS.index(k)] = 1.0
    return v


def direction_mask(directions: Iterable[int]) -> int:
    m = 0
    for d in directions:
        if 1 <= int(d) <= 8:
            m |= 1 << (int(d) - 1)
    return m


# ------------------------------------------------------------------ the model


@dataclass
class SimilarIndex:
    """Everything a query needs, loaded once: text model, TF-IDF matrices, structure arrays, metadata."""

    version: int
    lemmatiser: str
    text: TextModel
    docs: list[dict[str, Any]]  # entry metadata without tokens/passages/goals
    doc_pos: dict[str, int]
    # documents: text rows are [word TF-IDF | char TF-IDF] (see TextModel.matrix)
    doc_text: sp.csr_matrix
    doc_word_counts: sp.csr_matrix
    doc_char_counts: sp.csr_matrix
    doc_articles: np.ndarray  # docs x 51, link confidence
    doc_articles_n: np.ndarray  # the same × article IDF, rows L2-normalised (for the cosine)
    doc_kinds: np.ndarray  # docs x kinds, 0/1
    doc_kinds_n: np.ndarray
    doc_dirs: np.ndarray  # int bitmask
    doc_group: np.ndarray  # SKR group code ("" when none)
    doc_main_group: np.ndarray
    doc_lan: np.ndarray
    doc_type: np.ndarray
    doc_year: np.ndarray  # 0 when unknown
    doc_sha: dict[str, list[int]]
    # passages (contiguous per document)
    passages: list[dict[str, Any]]
    pass_text: sp.csr_matrix
    pass_length: np.ndarray  # characters
    doc_pass: np.ndarray  # docs x 2: [first, end) passage rows
    # goals
    goals: list[dict[str, Any]]  # {"id", "text", "level", "page", "start", "end", "area", "articles", "actor_kinds"}
    goal_pos: dict[str, int]
    goal_text: sp.csr_matrix
    goal_word_counts: sp.csr_matrix
    goal_char_counts: sp.csr_matrix
    goal_doc: np.ndarray
    goal_articles: np.ndarray  # goals x 51 (own links; empty row when the goal has none)
    goal_articles_eff: np.ndarray  # own links, or half the document's when it has none
    goal_articles_n: np.ndarray  # the same × IDF, rows normalised
    goal_kinds: np.ndarray
    goal_kinds_n: np.ndarray
    goal_level: np.ndarray
    # weights for the structure components (rarer articles and actor kinds say more)
    article_idf: np.ndarray
    kind_idf: np.ndarray
    built: float = 0.0
    embeddings: Any = None  # embed.Embeddings when computed, else None

    def goal_key(self, gi: int) -> str:
        return f"{self.docs[self.goal_doc[gi]]['id']}#{self.goals[gi]['id']}"


_META_DROP = ("passages", "goals", "title_tokens", "heading_tokens")


def build_model(entries: Sequence[dict[str, Any]]) -> SimilarIndex:
    """Fit vocabularies and IDF over all entries and build every matrix."""
    entries = sorted(entries, key=lambda e: e["id"])
    doc_units = [doc_tokens(e) for e in entries]
    goal_units: list[list[list[str]]] = []
    goals: list[dict[str, Any]] = []
    goal_doc: list[int] = []
    for i, e in enumerate(entries):
        for g in e["goals"]:
            goal_units.append([g["tokens"]])
            goals.append({k: v for k, v in g.items() if k != "tokens"})
            goal_doc.append(i)
    pass_units: list[list[list[str]]] = []
    passages: list[dict[str, Any]] = []
    doc_pass = np.zeros((len(entries), 2), dtype=np.int64)
    for i, e in enumerate(entries):
        doc_pass[i, 0] = len(passages)
        for p in e["passages"]:
            pass_units.append([p["tokens"]])
            passages.append({k: v for k, v in p.items() if k != "tokens"})
        doc_pass[i, 1] = len(passages)

    tm = fit_text_model(doc_units, goal_units)
    dw, dc = tm.counts_matrix(doc_units)
    gw, gc = tm.counts_matrix(goal_units)
    pw, pc = tm.counts_matrix(pass_units)
    tm.idf_word["document"] = _idf(_df(dw), dw.shape[0])
    tm.idf_char["document"] = _idf(_df(dc), dc.shape[0])
    tm.idf_word["goal"] = _idf(_df(gw), gw.shape[0])
    tm.idf_char["goal"] = _idf(_df(gc), gc.shape[0])

    n = len(entries)
    doc_articles = np.zeros((n, MAX_ARTICLE + 1), dtype=np.float32)
    doc_kinds = np.zeros((n, len(ACTOR_KINDS)), dtype=np.float32)
    for i, e in enumerate(entries):
        doc_articles[i] = article_vector({int(k): v for k, v in e["articles"].items()})
        doc_kinds[i] = kind_vector(e["actor_kinds"])
    goal_articles = np.zeros((len(goals), MAX_ARTICLE + 1), dtype=np.float32)
    goal_kinds = np.zeros((len(goals), len(ACTOR_KINDS)), dtype=np.float32)
    for j, g in enumerate(goals):
        goal_articles[j] = article_vector(g["articles"])
        goal_kinds[j] = kind_vector(g["actor_kinds"])

    def col(key: str) -> np.ndarray:
        return np.array([e["municipality"].get(key) or "" for e in entries], dtype=object)

    article_idf = _idf((doc_articles > 0).sum(axis=0).astype(np.float64), max(n, 1))
    article_idf[0] = 0.0
    kind_idf = _idf((doc_kinds > 0).sum(axis=0).astype(np.float64), max(n, 1))
    own = goal_articles.any(axis=1, keepdims=True)
    goal_effective = np.where(own, goal_articles, doc_articles[goal_doc] * 0.5) if len(goals) else goal_articles
    doc_sha: dict[str, list[int]] = {}
    for i, e in enumerate(entries):
        doc_sha.setdefault(e["sha256"], []).append(i)
    docs = [{k: v for k, v in e.items() if k not in _META_DROP} for e in entries]
    goal_pos = {f"{entries[goal_doc[j]]['id']}#{g['id']}": j for j, g in enumerate(goals)}
    return SimilarIndex(
        version=MODEL_VERSION, lemmatiser=lemmatiser_name(), text=tm, docs=docs,
        doc_pos={e["id"]: i for i, e in enumerate(entries)},
        doc_text=tm.matrix(dw, dc, "document"), doc_word_counts=dw, doc_char_counts=dc,
        doc_articles=doc_articles, doc_articles_n=weighted_unit_rows(doc_articles, article_idf),
        doc_kinds=doc_kinds, doc_kinds_n=weighted_unit_rows(doc_kinds, kind_idf),
        doc_dirs=np.array([direction_mask(e["directions"]) for e in entries], dtype=np.int64),
        doc_group=col("group_code"), doc_main_group=col("main_group"), doc_lan=col("lanskod"),
        doc_type=np.array([e["doc_type"] or "" for e in entries], dtype=object),
        doc_year=np.array([e["year"] or 0 for e in entries], dtype=np.int64),
        doc_sha=doc_sha,
        passages=passages, pass_text=tm.matrix(pw, pc, "document"),
        pass_length=np.array([p["end"] - p["start"] for p in passages], dtype=np.float32),
        doc_pass=doc_pass,
        goals=goals, goal_pos=goal_pos,
        goal_text=tm.matrix(gw, gc, "goal"), goal_word_counts=gw, goal_char_counts=gc,
        goal_doc=np.asarray(goal_doc, dtype=np.int64),
        goal_articles=goal_articles, goal_articles_eff=goal_effective,
        goal_articles_n=weighted_unit_rows(goal_effective, article_idf),
        goal_kinds=goal_kinds, goal_kinds_n=weighted_unit_rows(goal_kinds, kind_idf),
        goal_level=np.array([g["level"] for g in goals], dtype=object),
        article_idf=article_idf, kind_idf=kind_idf,
        built=time.time(),
    )


def weighted_unit_rows(m: np.ndarray, idf: np.ndarray) -> np.ndarray:
    """Rows × IDF, L2-normalised (zero rows stay zero): a dot product with such a row is a weighted cosine."""
    w = m * idf
    if w.size == 0:
        return w.astype(np.float32)
    norms = np.linalg.norm(w, axis=-1, keepdims=True)
    return (w / np.where(norms > 0, norms, 1.0)).astype(np.float32)


# ------------------------------------------------------------------ storage


def index_dir(out: Path) -> Path:
    return Path(out) / "index"


def _entry_path(out: Path, doc_id: str) -> Path:
    return index_dir(out) / "docs" / f"{doc_id}.json"


def read_manifest(out: Path) -> dict[str, Any] | None:
    try:
        return json.loads((index_dir(out) / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def read_entry(out: Path, doc_id: str) -> dict[str, Any] | None:
    try:
        e = json.loads(_entry_path(out, doc_id).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return e if e.get("version") == INDEX_VERSION else None


def write_entry(out: Path, entry: dict[str, Any]) -> None:
    write_json(_entry_path(out, entry["id"]), entry)


def remove_entry(out: Path, doc_id: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        _entry_path(out, doc_id).unlink()


def stored_entry_ids(out: Path) -> set[str]:
    d = index_dir(out) / "docs"
    return {p.stem for p in d.glob("*.json")} if d.exists() else set()


def save_model(out: Path, index: SimilarIndex, manifest: dict[str, Any]) -> None:
    emb, index.embeddings = index.embeddings, None
    try:
        write_bytes(index_dir(out) / "model.pkl", pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))
    finally:
        index.embeddings = emb
    write_json(index_dir(out) / "manifest.json", manifest)  # last: the commit point


_cache: dict[Path, tuple[int, SimilarIndex]] = {}
_cache_lock = threading.Lock()


def load_index(out: Path) -> SimilarIndex:
    """The index under ``out``, loaded once per process and reloaded when a build changed it."""
    out = Path(out)
    manifest_path = index_dir(out) / "manifest.json"
    try:
        stamp = manifest_path.stat().st_mtime_ns
    except OSError:
        raise NotBuiltError(str(out)) from None
    key = out.resolve()
    with _cache_lock:
        hit = _cache.get(key)
        if hit and hit[0] == stamp:
            return hit[1]
        try:
            with open(index_dir(out) / "model.pkl", "rb") as fh:
                index: SimilarIndex = pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError) as exc:
            raise NotBuiltError(str(out)) from exc
        if index.version != MODEL_VERSION:
            raise NotBuiltError(str(out))
        _cache[key] = (stamp, index)
        return index


def forget(out: Path) -> None:
    with _cache_lock:
        _cache.pop(Path(out).resolve(), None)


def content_hash(entry: dict[str, Any]) -> str:
    h = hashlib.sha256()
    for p in entry["passages"]:
        h.update(p["text"].encode())
    for g in entry["goals"]:
        h.update(g["text"].encode())
    return h.hexdigest()[:16]

