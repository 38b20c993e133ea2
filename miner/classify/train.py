"""Train the document-type model: ``python -m miner.classify.train``.

One command, deterministic: it regenerates the training data from :mod:`miner.classify.synth`
with fixed seeds (``data/train.jsonl``: first pages as harvested, plus pages stripped of every
explicit signal; ``data/calibration.jsonl``: held-out stripped pages with a third of their lines
borrowed from pages of other labels, see :func:`~miner.classify.synth.mix`), reports cross-validated
figures for the trained part, fits the pipeline on all training pages, fits the temperature on the
calibration pages, checks that the exported model reproduces the pipeline's probabilities, and
writes ``data/model.json.gz``. Running it twice gives the same bytes.

The cross-validation is stratified 5-fold over the training records, for the model alone and for
the full classifier (rules first, then the model trained on the other folds); the held-out figure
is the model on the calibration pages. These are figures on synthetic pages; ``miner eval
classify`` measures on real documents.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

from ..fsutil import write_text
from ..model import DOC_LABELS
from . import rules
from .model import (
    CALIBRATION_PATH,
    MODEL_PATH,
    TRAIN_PATH,
    TextModel,
    build_pipeline,
    calibrate,
    export,
    feature_text,
    save,
)
from .synth import generate, mix

SEED = 4  # harvested-looking pages; SEED + 1: stripped pages for training; SEED + 2, + 3: for calibration
FOLDS = 5
C = 0.5


def _write(path: Path, records: list[dict]) -> None:
    write_text(path, "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records))


def write_training_data(seed: int = SEED) -> tuple[list[dict], list[dict]]:
    train = generate(seed) + generate(seed + 1, bare=True)
    calib = mix(generate(seed + 2, bare=True), seed + 3)
    _write(TRAIN_PATH, train)
    _write(CALIBRATION_PATH, calib)
    return train, calib


def read_training_data(path: Path = TRAIN_PATH) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def prepare(records: list[dict]):
    """Parse each record as a harvested first page; return (documents, findings, feature texts, labels)."""
    from ..parse import parse_text

    docs, finds, texts, labels = [], [], [], []
    for i, r in enumerate(records):
        doc = parse_text(r["text"], source=f"train:{i}")
        f = rules.find(doc)
        docs.append(doc)
        finds.append(f)
        texts.append(feature_text(doc, f.head))
        labels.append(r["label"])
    return docs, finds, texts, labels


def metrics(gold: list[str], pred: list[str]) -> dict:
    """Accuracy, macro-F1 (over labels present in gold or prediction), per-label P/R/F1, confusion."""
    labels = [lab for lab in DOC_LABELS if lab in set(gold) | set(pred)]
    per = {}
    for lab in labels:
        tp = sum(g == lab and p == lab for g, p in zip(gold, pred, strict=True))
        fp = sum(g != lab and p == lab for g, p in zip(gold, pred, strict=True))
        fn = sum(g == lab and p != lab for g, p in zip(gold, pred, strict=True))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per[lab] = {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4), "support": tp + fn}
    acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold) if gold else 0.0
    macro = sum(v["f1"] for v in per.values()) / len(per) if per else 0.0
    confusion = {g: {p: sum(1 for a, b in zip(gold, pred, strict=True) if a == g and b == p) for p in labels}
                 for g in labels}
    return {"n": len(gold), "accuracy": round(acc, 4), "macro_f1": round(macro, 4), "per_label": per,
            "confusion": confusion, "labels": labels}


def cross_validate(docs, finds, texts, labels, cal_texts, cal_labels, folds: int = FOLDS) -> dict:
    """Stratified k-fold figures for the model alone and for rules + model."""
    from sklearn.model_selection import StratifiedKFold

    from . import classify_findings

    y = np.array(labels)
    model_pred = [""] * len(y)
    full_pred = [""] * len(y)
    probs_true = np.zeros(len(y))
    skf = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
    for train_idx, test_idx in skf.split(np.zeros(len(y)), y):
        pipe = build_pipeline(C=C)
        pipe.fit([texts[i] for i in train_idx], y[train_idx])
        tm = TextModel(export(pipe, calibrate(pipe, cal_texts, cal_labels), {}))
        for i in test_idx:
            pred = tm.predict(texts[i])
            model_pred[i] = max(pred.probs, key=pred.probs.get)
            probs_true[i] = pred.probs[labels[i]]
            full_pred[i] = classify_findings(docs[i], finds[i], pred).label
    m = metrics(labels, model_pred)
    m["log_loss"] = round(float(-np.mean(np.log(np.clip(probs_true, 1e-9, 1)))), 4)
    return {"model": m, "rules+model": metrics(labels, full_pred), "folds": folds}


def train(write_data: bool = True, cv: bool = True, out: Path = MODEL_PATH, quiet: bool = False) -> dict:
    import sklearn

    say = (lambda *a: None) if quiet else (lambda *a: print(*a, file=sys.stderr))
    t0 = time.perf_counter()
    if write_data:
        records, calib = write_training_data()
    else:
        records, calib = read_training_data(TRAIN_PATH), read_training_data(CALIBRATION_PATH)
    say(f"training data: {len(records)} records -> {TRAIN_PATH}; calibration: {len(calib)} -> {CALIBRATION_PATH}")
    docs, finds, texts, labels = prepare(records)
    _, _, cal_texts, cal_labels = prepare(calib)
    result: dict = {}
    if cv:
        result["cv"] = cross_validate(docs, finds, texts, labels, cal_texts, cal_labels)
        say(f"cross-validated in {time.perf_counter() - t0:.1f}s")
    pipe = build_pipeline(C=C)
    pipe.fit(texts, np.array(labels))
    calibrated = calibrate(pipe, cal_texts, cal_labels)
    held_out = metrics(cal_labels, [str(x) for x in pipe.predict(cal_texts)])
    counts = {lab: labels.count(lab) for lab in DOC_LABELS}
    meta = {
        "seed": SEED, "C": C, "folds": FOLDS, "n_train": len(records), "n_calibration": len(calib),
        "label_counts": counts, "sklearn": sklearn.__version__,
        "features": {name: len(vec.vocabulary_) for name, vec in pipe.named_steps["features"].transformer_list},
        "held_out_bare": {k: held_out[k] for k in ("n", "accuracy", "macro_f1")},
    }
    if cv:
        meta["cv"] = result["cv"]
    artifact = export(pipe, calibrated, meta)
    tm = TextModel(artifact)
    say(f"inverse temperature {tm.beta:.3f}; held-out stripped pages: accuracy {held_out['accuracy']:.3f}, "
        f"macro-F1 {held_out['macro_f1']:.3f}")
    ours = tm.proba(texts)
    theirs = calibrated.predict_proba(texts)
    order = [list(calibrated.classes_).index(c) for c in tm.classes]
    diff = float(np.max(np.abs(ours - theirs[:, order])))
    if diff > 1e-3:  # float32 storage; anything larger means the export is wrong
        raise RuntimeError(f"exported model differs from the pipeline (max |Δp| = {diff:.2g})")
    save(artifact, out)
    result.update(meta=meta, max_export_diff=diff, path=str(out), size=out.stat().st_size)
    say(f"model: {out} ({out.stat().st_size / 1024:.0f} kB), export check max |Δp| = {diff:.1e}")
    return result


def _print_cv(cv: dict) -> None:
    for name in ("model", "rules+model"):
        m = cv[name]
        print(f"{cv['folds']}-fold CV, {name}: accuracy {m['accuracy']:.3f}, macro-F1 {m['macro_f1']:.3f}"
              + (f", log-loss {m['log_loss']:.3f}" if "log_loss" in m else ""))
        for lab, v in m["per_label"].items():
            print(f"  {lab:10} P {v['precision']:.3f}  R {v['recall']:.3f}  F1 {v['f1']:.3f}  n={v['support']}")
    m = cv["rules+model"]
    print("confusion (rules+model; rows gold, columns predicted):")
    print("  " + " " * 10 + " ".join(f"{lab[:6]:>6}" for lab in m["labels"]))
    for g in m["labels"]:
        print(f"  {g:10}" + " ".join(f"{m['confusion'][g][p]:>6}" for p in m["labels"]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m miner.classify.train", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-cv", action="store_true", help="skip cross-validation")
    ap.add_argument("--keep-data", action="store_true", help="train on data/train.jsonl as it is, do not regenerate")
    args = ap.parse_args(argv)
    result = train(write_data=not args.keep_data, cv=not args.no_cv)
    if "cv" in result:
        _print_cv(result["cv"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
