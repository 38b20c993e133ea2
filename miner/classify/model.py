"""The trained part: TF-IDF over words and character n-grams, a linear SVM, temperature calibration.

What the model reads is the top of the first page as the rules see it (transcript boilerplate and
template lists of types masked), preceded by the title candidates and the headings, with digits
folded to 0 so that years and case numbers do not become features. Character n-grams carry the
Swedish compounds ("-policy", "-planen", "tjänsteskriv-"); words carry the phrasing ("här hittar du",
"föreslår kommunfullmäktige", "programmet anger").

Training uses a scikit-learn :class:`~sklearn.pipeline.Pipeline` (see :func:`build_pipeline`);
the fitted pipeline is then exported to a small gzip-compressed JSON artifact (vocabularies, idf
weights, coefficients as float32, the inverse temperature) rather than pickled: the file is
byte-for-byte reproducible, a few hundred kB, loads in well under a second, and does not execute
code when read. :class:`TextModel` rebuilds the two vectorizers from it and applies the linear model
and the calibration with numpy; ``train.py`` checks that its probabilities equal the pipeline's.
"""

from __future__ import annotations

import base64
import gzip
import io
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from ..model import Document
from . import rules

DATA_DIR = Path(__file__).resolve().parent / "data"
MODEL_PATH = DATA_DIR / "model.json.gz"
TRAIN_PATH = DATA_DIR / "train.jsonl"
CALIBRATION_PATH = DATA_DIR / "calibration.jsonl"
EXTRACTOR = "model:tfidf-svm"
ARTIFACT_VERSION = 1

#: Vectorizer settings, shared by training and loading (the artifact stores them too).
WORD_PARAMS: dict[str, Any] = {
    "analyzer": "word", "ngram_range": (1, 2), "lowercase": True, "sublinear_tf": True, "min_df": 2,
    "max_df": 0.8, "max_features": 12000, "token_pattern": r"(?u)\b\w[\w\-]*\b", "dtype": np.float64,
}
CHAR_PARAMS: dict[str, Any] = {
    "analyzer": "char_wb", "ngram_range": (3, 5), "lowercase": True, "sublinear_tf": True, "min_df": 3,
    "max_df": 0.8, "max_features": 20000, "dtype": np.float64,
}
MAX_FEATURE_CHARS = 2500
_DIGIT = re.compile(r"\d")


def feature_text(doc: Document, head: rules.Head | None = None) -> str:
    """What the model reads of ``doc``: title candidates, headings, then the masked top of page one."""
    head = head or rules.read_head(doc)
    titles = [head.raw[s - head.start:e - head.start] for s, e in head.titles[:3]]
    end = head.start + len(head.text)
    headings = [head.text[b.start - head.start:min(b.end, end) - head.start] for b in doc.blocks
                if b.kind == "heading" and head.start <= b.start < end][:12]
    headings = [h for h in headings if h.strip()]
    parts = [" ".join(t.split()) for t in titles] + [" ".join(h.split()) for h in headings]
    body = " ".join(head.text[:MAX_FEATURE_CHARS].split())
    return _DIGIT.sub("0", "\n".join([*parts, body]))


def build_pipeline(C: float = 0.5):
    """The scikit-learn pipeline that ``train.py`` fits: TF-IDF words + character n-grams, linear SVM."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion, Pipeline
    from sklearn.svm import LinearSVC

    features = FeatureUnion([("words", TfidfVectorizer(**WORD_PARAMS)), ("chars", TfidfVectorizer(**CHAR_PARAMS))])
    svm = LinearSVC(C=C, class_weight="balanced", random_state=0, max_iter=5000)
    return Pipeline([("features", features), ("svm", svm)])


def calibrate(pipeline: Any, texts: list[str], labels: list[str]):
    """Temperature scaling of the fitted ``pipeline`` on held-out pages (scikit-learn >= 1.8).

    The calibration pages are pages without explicit signals, because that is when the model
    decides alone; its probabilities should be right there, not on pages the rules already settle.
    """
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.frozen import FrozenEstimator

    calibrated = CalibratedClassifierCV(FrozenEstimator(pipeline), method="temperature")
    calibrated.fit(texts, labels)
    return calibrated


# ------------------------------------------------------------------------ artifact


def _b64(a: np.ndarray) -> str:
    return base64.b64encode(np.ascontiguousarray(a, dtype="<f4").tobytes()).decode("ascii")


def _unb64(s: str, shape: tuple[int, ...]) -> np.ndarray:
    return np.frombuffer(base64.b64decode(s), dtype="<f4").astype(np.float64).reshape(shape)


def export(pipeline: Any, calibrated: Any, meta: dict[str, Any]) -> dict[str, Any]:
    """The fitted pipeline and its temperature as a JSON-ready dict (see the module docstring)."""
    union = pipeline.named_steps["features"]
    svm = pipeline.named_steps["svm"]
    (cc,) = calibrated.calibrated_classifiers_
    (temp,) = cc.calibrators
    vecs = []
    for name, vec in union.transformer_list:
        terms = [t for t, _ in sorted(vec.vocabulary_.items(), key=lambda kv: kv[1])]
        vecs.append({"name": name, "terms": terms, "idf": _b64(vec.idf_)})
    coef = np.asarray(svm.coef_)
    return {
        "version": ARTIFACT_VERSION,
        "classes": [str(c) for c in svm.classes_],
        "vectorizers": vecs,
        "coef": _b64(coef), "coef_shape": list(coef.shape),
        "intercept": [float(x) for x in np.asarray(svm.intercept_, dtype=np.float32)],
        "beta": float(np.float32(temp.beta_)),
        "meta": meta,
    }


def save(artifact: dict[str, Any], path: Path = MODEL_PATH) -> None:
    """Write the artifact as gzip with a zero timestamp, so the same model gives the same bytes."""
    from ..fsutil import write_bytes

    raw = json.dumps(artifact, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    write_bytes(path, buf.getvalue())


@dataclass
class Prediction:
    probs: dict[str, float]  # calibrated probability per label
    top_features: list[tuple[str, float]]  # (feature, contribution) that pushed the top label most


_WHITESPACE = re.compile(r"\s\s+")


def word_ngrams(text: str, pattern: re.Pattern[str], ngram_range: tuple[int, int]) -> list[str]:
    """What scikit-learn's word analyzer yields (lower-cased tokens, then n-grams joined by spaces)."""
    tokens = pattern.findall(text.lower())
    lo, hi = ngram_range
    out = list(tokens) if lo == 1 else []
    for n in range(max(lo, 2), min(hi, len(tokens)) + 1):
        out.extend(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
    return out


def char_wb_ngrams(text: str, ngram_range: tuple[int, int]) -> list[str]:
    """What scikit-learn's ``char_wb`` analyzer yields (n-grams inside space-padded words)."""
    lo, hi = ngram_range
    out: list[str] = []
    for w in _WHITESPACE.sub(" ", text.lower()).split():
        w = " " + w + " "
        for n in range(lo, hi + 1):
            offset = 0
            out.append(w[offset:offset + n])
            while offset + n < len(w):
                offset += 1
                out.append(w[offset:offset + n])
            if offset == 0:
                break
    return out


class _Vectorizer:
    """A fitted TF-IDF vectorizer (sublinear tf, idf, L2 norm) over a fixed vocabulary, without scikit-learn."""

    def __init__(self, terms: list[str], idf: np.ndarray, params: dict[str, Any], offset: int) -> None:
        self.vocab = {t: i + offset for i, t in enumerate(terms)}
        self.idf = idf
        self.offset = offset
        self.params = params
        self.pattern = re.compile(params.get("token_pattern", r"(?u)\b\w\w+\b"))

    def features(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        grams = (word_ngrams(text, self.pattern, self.params["ngram_range"]) if self.params["analyzer"] == "word"
                 else char_wb_ngrams(text, self.params["ngram_range"]))
        counts: dict[int, int] = {}
        for g in grams:
            j = self.vocab.get(g)
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        idx = np.fromiter(sorted(counts), dtype=np.int64, count=len(counts))
        tf = np.array([counts[j] for j in idx], dtype=np.float64)
        val = (np.log(tf) + 1.0) * self.idf[idx - self.offset]
        norm = np.sqrt(np.dot(val, val))
        return idx, (val / norm if norm > 0 else val)


class TextModel:
    """The exported model: two TF-IDF vectorizers, a linear decision, temperature softmax.

    Pure numpy (it reproduces scikit-learn's analyzers), so that loading it does not import
    scikit-learn: the artifact loads in about a tenth of a second.
    """

    def __init__(self, artifact: dict[str, Any]) -> None:
        if artifact.get("version") != ARTIFACT_VERSION:
            raise ValueError(f"model artifact version {artifact.get('version')} != {ARTIFACT_VERSION}")
        self.classes: list[str] = list(artifact["classes"])
        self.meta: dict[str, Any] = artifact.get("meta", {})
        self.vectorizers: list[_Vectorizer] = []
        self.names: list[str] = []
        offset = 0
        for spec, params in zip(artifact["vectorizers"], (WORD_PARAMS, CHAR_PARAMS), strict=True):
            terms = spec["terms"]
            self.vectorizers.append(_Vectorizer(terms, _unb64(spec["idf"], (len(terms),)), params, offset))
            prefix = "w:" if spec["name"] == "words" else "c:"
            self.names.extend(prefix + t for t in terms)
            offset += len(terms)
        self.coef = _unb64(artifact["coef"], tuple(artifact["coef_shape"]))
        self.intercept = np.asarray(artifact["intercept"], dtype=np.float64)
        self.beta = float(artifact["beta"])

    def features(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        parts = [v.features(text) for v in self.vectorizers]
        return np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])

    def _probs(self, idx: np.ndarray, val: np.ndarray) -> np.ndarray:
        z = self.beta * (self.coef[:, idx] @ val + self.intercept)
        e = np.exp(z - z.max())
        return e / e.sum()

    def proba(self, texts: list[str]) -> np.ndarray:
        return np.vstack([self._probs(*self.features(t)) for t in texts])

    def predict(self, text: str, explain: int = 6) -> Prediction:
        idx, val = self.features(text)
        p = self._probs(idx, val)
        probs = {c: float(p[i]) for i, c in enumerate(self.classes)}
        top = int(np.argmax(p))
        contrib = val * self.coef[top, idx]
        order = np.argsort(-contrib)[:explain]
        feats = [(self.names[int(idx[i])], float(contrib[i])) for i in order if contrib[i] > 0]
        return Prediction(probs, feats)


def load(path: Path = MODEL_PATH) -> TextModel:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return TextModel(json.load(fh))


@cache
def default_model() -> TextModel | None:
    """The model shipped in ``data/`` (None when it has not been trained: the rules still work)."""
    if not MODEL_PATH.exists():
        return None
    return load(MODEL_PATH)


__all__ = ["EXTRACTOR", "MODEL_PATH", "TRAIN_PATH", "Prediction", "TextModel", "build_pipeline", "calibrate",
           "default_model", "export", "feature_text", "load", "save"]
