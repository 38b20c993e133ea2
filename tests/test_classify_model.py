"""The trained part: the shipped artifact (size, load time, probabilities), its export, its training data."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import numpy as np
import pytest

from miner.classify import classify_text
from miner.classify.model import (
    MODEL_PATH,
    TRAIN_PATH,
    TextModel,
    build_pipeline,
    calibrate,
    char_wb_ngrams,
    default_model,
    export,
    load,
    word_ngrams,
)
from miner.classify.synth import generate
from miner.model import DOC_LABELS


def test_artifact_is_small_and_loads_fast():
    assert MODEL_PATH.stat().st_size < 2 * 1024 * 1024
    t0 = time.perf_counter()
    model = load(MODEL_PATH)
    assert time.perf_counter() - t0 < 1.0
    assert sorted(model.classes) == sorted(DOC_LABELS)


def test_loading_does_not_import_scikit_learn():
    code = ("import sys, time; from miner.classify.model import load, MODEL_PATH; before = 'sklearn' in sys.modules; "
            "t = time.perf_counter(); load(MODEL_PATH); print(time.perf_counter() - t, before, 'sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert float(out[0]) < 1.0
    assert out[1] == out[2]  # loading the model did not pull scikit-learn in


def test_probabilities_cover_every_label():
    model = default_model()
    pred = model.predict("Riktlinjer för färdtjänst. Handläggaren gör en individuell bedömning av ansökan.")
    assert set(pred.probs) == set(DOC_LABELS)
    assert sum(pred.probs.values()) == pytest.approx(1.0)
    assert max(pred.probs, key=pred.probs.get) == "guideline"
    assert pred.top_features and all(c > 0 for _, c in pred.top_features)


def test_web_page_without_furniture_is_left_to_the_model_and_is_other():
    text = ("Stöd i vardagen\n\nDu som har en funktionsnedsättning kan få stöd av kommunen. Kontakta en "
            "biståndshandläggare om du vill veta mer. Ansökan gör du enklast via vår e-tjänst.\n")
    dt = classify_text(text)
    assert dt.method == "model" and dt.label == "other"
    assert all(ev.extractor == "model:tfidf-svm" for ev in dt.evidence)


def test_analyzers_match_scikit_learn():
    from sklearn.feature_extraction.text import TfidfVectorizer

    from miner.classify.model import CHAR_PARAMS, WORD_PARAMS

    text = "Handlingsplanen  för ökad\ntillgänglighet 0000–0000: Åtgärd 0. Ansvarig: SN, KS-0000-000 a"
    w = TfidfVectorizer(**{**WORD_PARAMS, "min_df": 1, "max_df": 1.0}).build_analyzer()
    c = TfidfVectorizer(**{**CHAR_PARAMS, "min_df": 1, "max_df": 1.0}).build_analyzer()
    import re
    assert word_ngrams(text, re.compile(WORD_PARAMS["token_pattern"]), WORD_PARAMS["ngram_range"]) == w(text)
    assert char_wb_ngrams(text, CHAR_PARAMS["ngram_range"]) == c(text)


def test_export_reproduces_the_pipeline():
    records = generate(11, counts={"strategy": 12, "programme": 12, "plan": 12, "policy": 12, "guideline": 12,
                                   "other": 30})
    texts = [r["text"] for r in records]
    labels = [r["label"] for r in records]
    pipe = build_pipeline()
    pipe.fit(texts, np.array(labels))
    calibrated = calibrate(pipe, texts, labels)
    model = TextModel(export(pipe, calibrated, {}))
    theirs = calibrated.predict_proba(texts)
    order = [list(calibrated.classes_).index(c) for c in model.classes]
    assert np.max(np.abs(model.proba(texts) - theirs[:, order])) < 1e-4


def test_training_data_is_generated_deterministically_and_in_sync():
    assert generate(4)[:50] == generate(4)[:50]
    shipped = [json.loads(line) for line in TRAIN_PATH.read_text(encoding="utf-8").splitlines()[:50]]
    assert shipped == generate(4)[:50]
    for r in shipped:
        assert set(r) == {"text", "label", "note"} and r["label"] in DOC_LABELS and "synth.py" in r["note"]
