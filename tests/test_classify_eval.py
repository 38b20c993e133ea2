"""Evaluation thresholds on real first pages and on the sample corpus (skipped when absent)."""

from __future__ import annotations

import pytest

from miner.classify import classify_text
from miner.classify.evaluate import _run_files, _summarise
from miner.classify.train import metrics
from miner.config import SAMPLE_CORPUS


@pytest.mark.real
def test_real_openings_macro_f1_and_other_recall(real_openings):
    gold = [r["label"] for r in real_openings]
    pred = [classify_text(r["text"], source=r["id"]).label for r in real_openings]
    m = metrics(gold, pred)
    assert m["macro_f1"] >= 0.90, m
    assert m["per_label"]["other"]["recall"] >= 0.90, m


@pytest.mark.real
def test_real_documents(real_dir, real_gold):
    texts = [g for g in real_gold if g["file"].endswith(".txt")]  # PDFs are slower; the eval command covers them
    m = _summarise(*_run_files(real_dir, texts))
    assert m["macro_f1"] >= 0.90 and m["other_recall"] >= 0.90, m


@pytest.mark.slow
def test_sample_corpus(sample_gold):
    m = _summarise(*_run_files(SAMPLE_CORPUS, [g for g in sample_gold if g.get("doc_type")]))
    assert not m["failed"]
    assert m["macro_f1"] >= 0.90, m["errors"]
    assert m["other_recall"] >= 0.90, m["errors"]


def test_metrics():
    m = metrics(["plan", "plan", "other", "other"], ["plan", "other", "other", "other"])
    assert m["accuracy"] == 0.75
    assert m["per_label"]["plan"] == {"precision": 1.0, "recall": 0.5, "f1": pytest.approx(0.6667, abs=1e-4),
                                      "support": 2}
    assert m["confusion"]["plan"]["other"] == 1
    assert m["macro_f1"] == pytest.approx((0.6667 + 0.8) / 2, abs=1e-3)
