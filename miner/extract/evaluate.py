"""Score extracted goals, actors and CRPD articles against gold: precision, recall, F1.

Gold sets (each read at run time, never copied into the repository):

  sample       corpus/sample/gold.jsonl — the generated sample PDFs (goals, goal_details, actors, articles)
  real         ../shared/corpus-real/gold.jsonl — real documents, goals as verbatim substrings
  openings     ../shared/corpus-real/real_openings.jsonl — opening excerpts of real documents
               (goals_in_excerpt, actors_in_excerpt, crpd_articles_evident)

Matching:
  goals     a predicted goal matches a gold goal when their token sets (casefolded words)
            have a Dice similarity of at least 0.8; one-to-one, best pairs first. Quotes of the
            national goal (national_goal=true) are not the document's own goals and are left out.
  actors    normalised names: both sides go through the same actor resolver (gazetteer ids,
            former names → current ones, genitive/definite forms, "kommunala" dropped), scope
            ignored; one-to-one. Kind agreement is reported over matched actors.
  articles  the set of CRPD article numbers per document.
All figures are micro-averaged over the documents of a set.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..config import REAL_CORPUS, SAMPLE_CORPUS
from ..errors import MinerError, UsageError
from ..model import Analysis

GOAL_THRESHOLD = 0.8


# ------------------------------------------------------------------ matching


def goal_tokens(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text.casefold()))


def token_set_similarity(a: str | frozenset[str], b: str | frozenset[str]) -> float:
    """Dice coefficient of the two token sets (1.0 = same words)."""
    ta = goal_tokens(a) if isinstance(a, str) else a
    tb = goal_tokens(b) if isinstance(b, str) else b
    if not ta or not tb:
        return 0.0
    return 2 * len(ta & tb) / (len(ta) + len(tb))


def match_pairs(pred: list[Any], gold: list[Any], score) -> list[tuple[int, int, float]]:
    """One-to-one matching, best-scoring pairs first; ``score`` returns 0 for no match."""
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            s = score(p, g)
            if s > 0:
                pairs.append((s, i, j))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_p, used_g, out = set(), set(), []
    for s, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j, s))
    return out


def actor_keys(name: str) -> frozenset[str]:
    """Keys a name is known by: resolver ids (scope dropped) and its normalised slug."""
    from ..nlp.actors import find_actor_mentions, normalise_name
    from .actors import key_name, resolve, slug

    keys = set()
    clean = re.sub(r"\s+", " ", name).strip()
    for part in {clean, re.sub(r"\s*\([^)]*\)", "", clean).strip()}:
        if not part:
            continue
        for m in find_actor_mentions(part):
            if m.end - m.start >= 0.5 * len(part) or m.key:
                r = resolve(m, None, "x")
                if r is not None:
                    keys.add(r.id.split("/", 1)[-1] if not m.key else r.id)
        for kind in ("committee", "role"):
            keys.add(slug(key_name(normalise_name(part, kind))))
    inner = re.findall(r"\(([^)]*)\)", clean)
    for part in inner:
        for m in find_actor_mentions(part):
            if m.key:
                keys.add(m.key)
    return frozenset(k for k in keys if k)


def document_articles(links) -> set[int]:
    """The articles a document is linked to, as the article linker scores them (its document-level links);
    every link's article when the linker offers no such function."""
    try:
        from .articles import document_articles as _doc_articles
    except ImportError:
        return {a.article for a in links}
    return set(_doc_articles(links))


# ----------------------------------------------------------------- counting


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Result:
    name: str
    documents: int = 0
    goals: PRF = field(default_factory=PRF)
    actors: PRF = field(default_factory=PRF)
    articles: PRF = field(default_factory=PRF)
    goal_level: Counter = field(default_factory=Counter)  # "ok"/"all" over matched goals with gold level
    goal_parent: Counter = field(default_factory=Counter)
    goal_area: Counter = field(default_factory=Counter)
    goal_deadline: Counter = field(default_factory=Counter)
    goal_actors: PRF = field(default_factory=PRF)
    actor_kind: Counter = field(default_factory=Counter)
    by_rule: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    seconds: float = 0.0
    pages: int = 0
    skipped: list[str] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        def acc(c: Counter) -> float | None:
            return round(c["ok"] / c["all"], 4) if c["all"] else None

        return {
            "set": self.name, "documents": self.documents, "pages": self.pages, "seconds": round(self.seconds, 2),
            "goals": self.goals.as_dict(), "actors": self.actors.as_dict(), "articles": self.articles.as_dict(),
            "goal_level_accuracy": acc(self.goal_level), "goal_parent_accuracy": acc(self.goal_parent),
            "goal_area_accuracy": acc(self.goal_area), "goal_deadline_accuracy": acc(self.goal_deadline),
            "goal_actors": self.goal_actors.as_dict(), "actor_kind_accuracy": acc(self.actor_kind),
            "goal_rules": {r: {"tp": c["tp"], "fp": c["fp"],
                               "precision": round(c["tp"] / (c["tp"] + c["fp"]), 3) if c["tp"] + c["fp"] else None}
                           for r, c in sorted(self.by_rule.items())},
            "skipped": self.skipped,
        }


# ---------------------------------------------------------------- gold sets


@dataclass
class GoldDoc:
    """One gold document: how to get its text, and what should be found in it."""

    id: str
    path: Path | None  # parse this file...
    text: str | None  # ...or this text
    goals: list[str] | None  # None: goals not annotated
    goal_details: list[dict] | None
    actors: list[dict] | None  # {"name", "kind"?, "roles"?}
    articles: list[int] | None


def _read_jsonl(path: Path) -> list[dict]:
    try:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, json.JSONDecodeError) as exc:
        raise MinerError(f"cannot read gold file {path}: {exc}") from None


def load_gold(path: Path) -> list[GoldDoc]:
    """A gold file in any of the three formats (sample/real gold.jsonl, real_openings.jsonl)."""
    rows = _read_jsonl(path)
    out = []
    for r in rows:
        if "goals_in_excerpt" in r:  # real_openings.jsonl
            out.append(GoldDoc(r["id"], None, r.get("text") or "", list(r.get("goals_in_excerpt") or []), None,
                               [{"name": n} for n in r.get("actors_in_excerpt") or []],
                               list(r.get("crpd_articles_evident") or [])))
            continue
        file = r.get("file")
        fpath = path.parent / file if file else None
        text = None
        if fpath is None or not fpath.exists():
            text = r.get("text")
            fpath = None
        out.append(GoldDoc(file or r.get("id", "?"), fpath, text, r.get("goals"), r.get("goal_details"),
                           r.get("actors"), r.get("articles")))
    return out


def default_sets() -> list[tuple[str, Path]]:
    sets = []
    if (SAMPLE_CORPUS / "gold.jsonl").exists():
        sets.append(("sample", SAMPLE_CORPUS / "gold.jsonl"))
    if (REAL_CORPUS / "gold.jsonl").exists():
        sets.append(("real", REAL_CORPUS / "gold.jsonl"))
    if (REAL_CORPUS / "real_openings.jsonl").exists():
        sets.append(("openings", REAL_CORPUS / "real_openings.jsonl"))
    return sets


# --------------------------------------------------------------- evaluation


def analyse(gd: GoldDoc) -> Analysis:
    from ..parse import parse_path, parse_text
    from . import extract

    if gd.path is not None:
        doc = parse_path(gd.path)
    else:
        doc = parse_text(gd.text or "", source=gd.id)
    from ..classify import classify_or_none

    return extract(doc, classify_or_none(doc))  # as `miner extract` does: scored even when untyped


def score_document(gd: GoldDoc, analysis: Analysis, res: Result, keep_errors: bool = False) -> None:
    doc_err: dict[str, Any] = {"document": gd.id}
    own = [g for g in analysis.goals if not g.national_goal]
    if gd.goals is not None:
        ptoks = [goal_tokens(g.text) for g in own]
        gtoks = [goal_tokens(t) for t in gd.goals]

        def gs(i: int, j: int) -> float:
            s = token_set_similarity(ptoks[i], gtoks[j])
            return s if s >= GOAL_THRESHOLD else 0.0

        pairs = match_pairs(list(range(len(own))), list(range(len(gd.goals))), gs)
        res.goals.add(len(pairs), len(own) - len(pairs), len(gd.goals) - len(pairs))
        matched_p = {i for i, _, _ in pairs}
        for i, g in enumerate(own):
            res.by_rule[g.evidence.extractor]["tp" if i in matched_p else "fp"] += 1
        if gd.goal_details:
            _score_details(gd, analysis, own, pairs, res)
        if keep_errors:
            matched_g = {j for _, j, _ in pairs}
            doc_err["goal_fp"] = [f"[{g.evidence.extractor}] {g.text}" for i, g in enumerate(own) if i not in matched_p]
            doc_err["goal_fn"] = [t for j, t in enumerate(gd.goals) if j not in matched_g]
    if gd.actors is not None:
        pkeys = [frozenset({a.id, a.id.split("/", 1)[-1]}) | actor_keys(a.name) for a in analysis.actors]
        gkeys = [actor_keys(a["name"]) for a in gd.actors]
        pairs = match_pairs(list(range(len(pkeys))), list(range(len(gkeys))),
                            lambda i, j: 1.0 if pkeys[i] & gkeys[j] else 0.0)
        res.actors.add(len(pairs), len(pkeys) - len(pairs), len(gkeys) - len(pairs))
        for i, j, _ in pairs:
            if gd.actors[j].get("kind"):
                res.actor_kind["all"] += 1
                res.actor_kind["ok"] += analysis.actors[i].kind == gd.actors[j]["kind"]
        if keep_errors:
            mp, mg = {i for i, _, _ in pairs}, {j for _, j, _ in pairs}
            doc_err["actor_fp"] = [f"{a.name} ({a.kind}, {a.id})" for i, a in enumerate(analysis.actors)
                                   if i not in mp]
            doc_err["actor_fn"] = [a["name"] for j, a in enumerate(gd.actors) if j not in mg]
            doc_err["actor_kind_wrong"] = [f"{analysis.actors[i].name}: {analysis.actors[i].kind} != "
                                           f"{gd.actors[j]['kind']}" for i, j, _ in pairs
                                           if gd.actors[j].get("kind") and analysis.actors[i].kind != gd.actors[j]["kind"]]
    if gd.articles is not None:
        pred = document_articles(analysis.articles)
        gold = set(gd.articles)
        res.articles.add(len(pred & gold), len(pred - gold), len(gold - pred))
        if keep_errors:
            doc_err["article_fp"] = sorted(pred - gold)
            doc_err["article_fn"] = sorted(gold - pred)
    if keep_errors:
        res.errors.append(doc_err)


def _score_details(gd: GoldDoc, analysis: Analysis, own: list, pairs, res: Result) -> None:
    details = gd.goal_details or []
    by_gold = {j: own[i] for i, j, _ in pairs}
    gold_index = {d["text"]: j for j, d in enumerate(details)}
    pred_by_id = {g.id: g for g in own}
    actor_by_id = {a.id: a for a in analysis.actors}
    for j, pred in by_gold.items():
        if j >= len(details):
            continue
        d = details[j]
        res.goal_level["all"] += 1
        res.goal_level["ok"] += pred.level == d.get("level")
        res.goal_parent["all"] += 1
        gp = d.get("parent")
        pp = pred_by_id.get(pred.parent) if pred.parent else None
        if gp is None:
            res.goal_parent["ok"] += pp is None
        elif pp is not None:
            gj = gold_index.get(gp)
            res.goal_parent["ok"] += gj is not None and by_gold.get(gj) is pp
        res.goal_area["all"] += 1
        ga, pa = d.get("area"), pred.area
        res.goal_area["ok"] += (ga or "").strip().casefold() == (pa or "").strip().casefold()
        if d.get("deadline") or pred.deadline:
            res.goal_deadline["all"] += 1
            res.goal_deadline["ok"] += str(d.get("deadline") or "") == str(pred.deadline or "")
        gres = [actor_keys(n) for n in d.get("responsible") or []]
        pres = [frozenset({a, a.split("/", 1)[-1]}) | actor_keys(actor_by_id[a].name) for a in pred.actors
                if a in actor_by_id]
        ap = match_pairs(list(range(len(pres))), list(range(len(gres))),
                         lambda x, y, pres=pres, gres=gres: 1.0 if pres[x] & gres[y] else 0.0)
        res.goal_actors.add(len(ap), len(pres) - len(ap), len(gres) - len(ap))


def evaluate(name: str, gold: Iterable[GoldDoc], keep_errors: bool = False) -> Result:
    from ..errors import InputError

    res = Result(name)
    for gd in gold:
        t0 = time.perf_counter()
        try:
            analysis = analyse(gd)
        except InputError as exc:
            res.skipped.append(f"{gd.id}: {exc}")
            continue
        res.seconds += time.perf_counter() - t0
        res.pages += len(analysis.document.pages)
        res.documents += 1
        score_document(gd, analysis, res, keep_errors)
    return res


# ---------------------------------------------------------------------- CLI


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--gold", type=Path, action="append", metavar="FILE",
                        help="gold file (gold.jsonl or real_openings.jsonl); repeatable. Default: the sample gold "
                             "and, when present, ../shared/corpus-real/gold.jsonl and real_openings.jsonl")
    parser.add_argument("--format", "-f", choices=["table", "json"], default="table",
                        help="output format (default: table)")
    parser.add_argument("--by-rule", action="store_true", help="also show the precision of each goal rule")
    parser.add_argument("--errors", action="store_true",
                        help="print false positives and misses per document (on stderr; for studying errors)")


def _sets(args: argparse.Namespace) -> list[tuple[str, Path]]:
    if args.gold:
        for p in args.gold:
            if not p.exists():
                raise UsageError(f"no such gold file: {p}")
        return [(p.parent.name + "/" + p.name, p) for p in args.gold]
    sets = default_sets()
    if not sets:
        raise UsageError(f"no gold found (looked for {SAMPLE_CORPUS / 'gold.jsonl'} and {REAL_CORPUS})")
    return sets


def _fmt(p: PRF) -> str:
    return f"{p.precision:.3f} / {p.recall:.3f} / {p.f1:.3f}"


def run(args: argparse.Namespace) -> int:
    from ..cli.output import print_json, print_table

    results = []
    for name, path in _sets(args):
        results.append(evaluate(name, load_gold(path), keep_errors=args.errors))
    if args.errors:
        for r in results:
            for e in r.errors:
                print(json.dumps({"set": r.name, **e}, ensure_ascii=False, indent=1), file=sys.stderr)
    if args.format == "json":
        print_json([r.as_dict() for r in results])
        return 0
    rows = [{"set": r.name, "docs": r.documents, "goals P/R/F1": _fmt(r.goals), "actors P/R/F1": _fmt(r.actors),
             "articles P/R/F1": _fmt(r.articles),
             "s/doc": f"{r.seconds / max(r.documents, 1):.2f}"} for r in results]
    print_table(rows, list(rows[0].keys()) if rows else [], title="miner eval extract (micro over documents)")
    detail_rows = []
    for r in results:
        d = r.as_dict()
        if d["goal_level_accuracy"] is None and d["actor_kind_accuracy"] is None:
            continue
        detail_rows.append({"set": r.name, "level acc": d["goal_level_accuracy"], "parent acc": d["goal_parent_accuracy"],
                            "area acc": d["goal_area_accuracy"], "deadline acc": d["goal_deadline_accuracy"],
                            "goal actors F1": d["goal_actors"]["f1"] if r.goal_actors.tp + r.goal_actors.fn else None,
                            "actor kind acc": d["actor_kind_accuracy"]})
    if detail_rows:
        print_table(detail_rows, list(detail_rows[0].keys()), title="over matched goals / actors")
    if args.by_rule:
        rule_rows = []
        for r in results:
            for rule, c in sorted(r.by_rule.items()):
                n = c["tp"] + c["fp"]
                rule_rows.append({"set": r.name, "rule": rule, "goals": n, "matched": c["tp"],
                                  "precision": round(c["tp"] / n, 3) if n else None})
        print_table(rule_rows, ["set", "rule", "goals", "matched", "precision"], title="goal rules")
    for r in results:
        for s in r.skipped:
            print(f"skipped {s}", file=sys.stderr)
    return 0


def iter_results(results: list[Result]) -> Iterator[dict[str, Any]]:
    for r in results:
        yield r.as_dict()


__all__ = [
    "GOAL_THRESHOLD",
    "PRF",
    "GoldDoc",
    "Result",
    "actor_keys",
    "configure",
    "evaluate",
    "load_gold",
    "match_pairs",
    "run",
    "score_document",
    "token_set_similarity",
]
