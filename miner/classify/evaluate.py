"""Document types: accuracy, macro-F1, per-label precision/recall and a confusion matrix.

Sets measured (each only when present):

  sample          corpus/sample/gold.jsonl (file, doc_type) with the generated PDFs beside it
  real-docs       ../shared/corpus-real/gold.jsonl: every labelled real document (.txt and .pdf)
  real-openings   ../shared/corpus-real/real_openings.jsonl: first-page excerpts of real documents
  real-all        real-docs and real-openings together: the figure that counts

plus the cross-validated figures of the trained part on its (synthetic) training data, as
recorded by ``python -m miner.classify.train`` in the model artifact.
"""

from __future__ import annotations

import argparse
import json
import math
import time
from pathlib import Path
from typing import Any

from ..config import REAL_CORPUS, SAMPLE_CORPUS
from ..errors import InputError
from ..model import DOC_LABELS
from .train import metrics

SETS = ("sample", "real-docs", "real-openings", "real-all")


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _row(doc, source: str, gold: str) -> dict:
    """Classify ``doc``; also record what the model alone would say (for the model-only figures)."""
    from . import classify_findings, rules
    from .model import default_model, feature_text

    findings = rules.find(doc)
    model = default_model()
    pred = model.predict(feature_text(doc, findings.head)) if model is not None else None
    dt = classify_findings(doc, findings, pred)
    row = {"source": source, "gold": gold, "pred": dt.label, "confidence": dt.confidence, "method": dt.method,
           "reason": dt.reason}
    if pred is not None:
        row["model_pred"] = max(pred.probs, key=pred.probs.get)
        row["model_p_gold"] = pred.probs.get(gold, 0.0)
        row["model_p_top"] = max(pred.probs.values())
    return row


def _run_files(folder: Path, gold: list[dict]) -> tuple[list[dict], list[dict]]:
    from ..parse import parse_path

    rows, failed = [], []
    for g in gold:
        try:
            rows.append(_row(parse_path(folder / g["file"]), g["file"], g["doc_type"]))
        except InputError as exc:
            failed.append({"source": g["file"], "gold": g["doc_type"], "error": str(exc)})
    return rows, failed


def _run_openings(records: list[dict]) -> tuple[list[dict], list[dict]]:
    from ..parse import parse_text

    rows, failed = [], []
    for r in records:
        source = r.get("id", "-")
        try:
            rows.append(_row(parse_text(r["text"], source=source), source, r["label"]))
        except InputError as exc:
            failed.append({"source": source, "gold": r["label"], "error": str(exc)})
    return rows, failed


def _summarise(rows: list[dict], failed: list[dict]) -> dict[str, Any]:
    gold = [r["gold"] for r in rows]
    pred = [r["pred"] for r in rows]
    m = metrics(gold, pred)
    by_rule = [r for r in rows if r["method"] != "model"]
    by_model = [r for r in rows if r["method"] == "model"]
    m["decided_by_rules"] = {"n": len(by_rule), "correct": sum(r["gold"] == r["pred"] for r in by_rule)}
    m["decided_by_model"] = {"n": len(by_model), "correct": sum(r["gold"] == r["pred"] for r in by_model)}
    m["other_recall"] = m["per_label"].get("other", {}).get("recall")
    scored = [r for r in rows if "model_pred" in r]
    if scored:
        mo = metrics([r["gold"] for r in scored], [r["model_pred"] for r in scored])
        m["model_only"] = {
            "accuracy": mo["accuracy"], "macro_f1": mo["macro_f1"],
            "other_recall": mo["per_label"].get("other", {}).get("recall"),
            "mean_confidence": round(sum(r["model_p_top"] for r in scored) / len(scored), 4),
            "log_loss": round(-sum(math.log(max(r["model_p_gold"], 1e-9)) for r in scored) / len(scored), 4),
        }
    m["errors"] = [r for r in rows if r["gold"] != r["pred"]]
    m["failed"] = failed
    return m


def evaluate(sample_dir: Path = SAMPLE_CORPUS, real_dir: Path = REAL_CORPUS) -> dict[str, Any]:
    """Figures for every set that is present; absent sets are reported with a note."""
    from .model import default_model

    out: dict[str, Any] = {"sets": {}, "notes": []}
    t0 = time.perf_counter()
    gold_path = sample_dir / "gold.jsonl"
    if gold_path.exists():
        gold = [g for g in _read_jsonl(gold_path) if g.get("doc_type")]
        out["sets"]["sample"] = _summarise(*_run_files(sample_dir, gold))
    else:
        out["notes"].append(f"sample: no gold at {gold_path} (generate the sample corpus first)")
    docs: tuple[list[dict], list[dict]] = ([], [])
    opens: tuple[list[dict], list[dict]] = ([], [])
    if (real_dir / "gold.jsonl").exists():
        gold = [g for g in _read_jsonl(real_dir / "gold.jsonl") if g.get("doc_type")]
        docs = _run_files(real_dir, gold)
        out["sets"]["real-docs"] = _summarise(*docs)
    else:
        out["notes"].append(f"real-docs: no gold at {real_dir / 'gold.jsonl'}")
    if (real_dir / "real_openings.jsonl").exists():
        opens = _run_openings([r for r in _read_jsonl(real_dir / "real_openings.jsonl") if r.get("label")])
        out["sets"]["real-openings"] = _summarise(*opens)
    else:
        out["notes"].append(f"real-openings: none at {real_dir / 'real_openings.jsonl'}")
    if docs[0] or opens[0]:
        out["sets"]["real-all"] = _summarise(docs[0] + opens[0], docs[1] + opens[1])
    model = default_model()
    if model is not None and "cv" in model.meta:
        out["cv"] = model.meta["cv"]
        out["training"] = {k: model.meta[k] for k in ("n_train", "n_calibration", "label_counts", "seed",
                                                      "held_out_bare") if k in model.meta}
    elif model is None:
        out["notes"].append("no trained model: run python -m miner.classify.train")
    out["seconds"] = round(time.perf_counter() - t0, 2)
    return out


# ----------------------------------------------------------------------------- CLI


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", "-f", choices=["table", "json"], default="table",
                        help="output format (default: table)")
    parser.add_argument("--sample", type=Path, default=SAMPLE_CORPUS, metavar="DIR",
                        help="sample corpus with gold.jsonl (default: %(default)s)")
    parser.add_argument("--real", type=Path, default=REAL_CORPUS, metavar="DIR",
                        help="real corpus with gold.jsonl and real_openings.jsonl (default: %(default)s)")
    parser.add_argument("--errors", action="store_true", help="list every misclassified input with the reason")


def _fmt_set(name: str, m: dict[str, Any], errors: bool) -> list[str]:
    lines = [f"{name}: n={m['n']}  accuracy {m['accuracy']:.3f}  macro-F1 {m['macro_f1']:.3f}"
             + (f"  other recall {m['other_recall']:.3f}" if m.get("other_recall") is not None else "")
             + f"  (rules decided {m['decided_by_rules']['n']}, {m['decided_by_rules']['correct']} right;"
             f" model {m['decided_by_model']['n']}, {m['decided_by_model']['correct']} right)"]
    for lab, v in m["per_label"].items():
        lines.append(f"  {lab:10} P {v['precision']:.3f}  R {v['recall']:.3f}  F1 {v['f1']:.3f}  n={v['support']}")
    if "model_only" in m:
        mo = m["model_only"]
        lines.append(f"  model alone (rules off): accuracy {mo['accuracy']:.3f}, macro-F1 {mo['macro_f1']:.3f}, "
                     f"mean confidence {mo['mean_confidence']:.3f}, log-loss {mo['log_loss']:.3f}")
    labels = m["labels"]
    lines.append("  confusion (rows gold, columns predicted):")
    lines.append("    " + " " * 10 + " ".join(f"{lab[:6]:>6}" for lab in labels))
    for g in labels:
        lines.append(f"    {g:10}" + " ".join(f"{m['confusion'][g][p]:>6}" for p in labels))
    for f in m.get("failed", []):
        lines.append(f"  FAILED {f['source']}: {f['error']}")
    if errors:
        for e in m["errors"]:
            lines.append(f"  ERROR {e['source']}: gold {e['gold']}, predicted {e['pred']} ({e['method']}, "
                         f"{e['confidence']:.2f}) — {e['reason']}")
    return lines


def run(args: argparse.Namespace) -> int:
    result = evaluate(args.sample, args.real)
    if args.format == "json":
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    out: list[str] = []
    for name in SETS:
        if name in result["sets"]:
            out += _fmt_set(name, result["sets"][name], args.errors)
            out.append("")
    if "cv" in result:
        t = result.get("training", {})
        for kind in ("model", "rules+model"):
            m = result["cv"][kind]
            out.append(f"training data ({t.get('n_train', '?')} synthetic first pages), {result['cv']['folds']}-fold CV, "
                       f"{kind}: accuracy {m['accuracy']:.3f}, macro-F1 {m['macro_f1']:.3f}")
        if "held_out_bare" in t:
            h = t["held_out_bare"]
            out.append(f"held-out synthetic pages without explicit signals ({h['n']}, the calibration set), model: "
                       f"accuracy {h['accuracy']:.3f}, macro-F1 {h['macro_f1']:.3f}")
    for note in result["notes"]:
        out.append(f"note: {note}")
    print("\n".join(out))
    return 0


__all__ = ["DOC_LABELS", "SETS", "configure", "evaluate", "run"]
