"""Multi-label classifier from a passage's lemmas to CRPD articles.

The curated lexicon (``data/articles_lexicon.tsv``) knows the words; this
model knows the company they keep, from sentences written for the project
(``data/articles_train.tsv``; none are taken from real documents). It is a
scikit-learn pipeline: TF-IDF over lemma uni- and bigrams plus character
n-grams of the lemmas (compounds share stems), then one logistic regression
per article. Training is deterministic and takes a second or two::

    python -m miner.extract.articles_model train

writes ``data/articles_model.joblib`` (committed, small). When the saved
model was made by another scikit-learn version or from other training data,
:func:`load_model` retrains it in memory rather than trusting the pickle.
"""

from __future__ import annotations

import functools
import hashlib
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path

import joblib
import numpy as np
import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import MultiLabelBinarizer

DATA = Path(__file__).parent / "data"
TRAIN_FILE = DATA / "articles_train.tsv"
MODEL_FILE = DATA / "articles_model.joblib"
#: Articles with fewer training sentences than this are left to the lexicon.
MIN_EXAMPLES = 5


def read_training(path: Path = TRAIN_FILE) -> list[tuple[str, tuple[int, ...]]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        labels, _, text = line.partition("\t")
        if not text:
            raise ValueError(f"{path}:{n}: expected labels<TAB>sentence")
        arts = tuple(sorted({int(x) for x in labels.split(",") if x.strip() and x.strip() != "0"}))
        rows.append((text.strip(), arts))
    return rows


def _training_hash(path: Path = TRAIN_FILE) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def _lemma_text(text: str) -> str:
    from ..nlp import lemmas

    return " ".join(lemmas(text))


def _split(s: str) -> list[str]:
    return s.split()


def make_pipeline() -> Pipeline:
    features = FeatureUnion([
        ("words", TfidfVectorizer(tokenizer=_split, token_pattern=None, lowercase=False, ngram_range=(1, 2),
                                  sublinear_tf=True)),
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(4, 5), sublinear_tf=True, min_df=2,
                                  max_features=12000)),
    ])
    clf = OneVsRestClassifier(LogisticRegression(C=4.0, solver="liblinear", max_iter=1000, random_state=0))
    return Pipeline([("features", features), ("clf", clf)])


@dataclass
class ArticleModel:
    """The fitted pipeline and the articles its columns stand for."""

    pipeline: Pipeline
    articles: tuple[int, ...]
    sklearn_version: str
    training_hash: str

    def predict_lemmas(self, lemma_texts: list[str]) -> np.ndarray:
        """Probabilities, one row per passage (lemmas joined by spaces), one column per article."""
        if not lemma_texts:
            return np.zeros((0, len(self.articles)))
        return self.pipeline.predict_proba(lemma_texts)

    def predict(self, texts: list[str]) -> list[dict[int, float]]:
        probs = self.predict_lemmas([_lemma_text(t) for t in texts])
        return [{a: float(p) for a, p in zip(self.articles, row, strict=True)} for row in probs]


def train(path: Path = TRAIN_FILE) -> ArticleModel:
    rows = read_training(path)
    counts: dict[int, int] = {}
    for _, arts in rows:
        for a in arts:
            counts[a] = counts.get(a, 0) + 1
    articles = tuple(sorted(a for a, c in counts.items() if c >= MIN_EXAMPLES))
    texts = [_lemma_text(t) for t, _ in rows]
    labels = [[a for a in arts if a in articles] for _, arts in rows]
    mlb = MultiLabelBinarizer(classes=list(articles))
    y = mlb.fit_transform(labels)
    pipe = make_pipeline()
    pipe.fit(texts, y)
    return ArticleModel(pipe, articles, sklearn.__version__, _training_hash(path))


def save(model: ArticleModel, path: Path = MODEL_FILE) -> None:
    from ..fsutil import atomic_open

    with atomic_open(path, "wb") as fh:
        joblib.dump({"pipeline": model.pipeline, "articles": model.articles,
                     "sklearn_version": model.sklearn_version, "training_hash": model.training_hash}, fh,
                    compress=3)


@functools.cache
def load_model() -> ArticleModel:
    """The committed model, or one trained now if it is missing, stale or from another scikit-learn."""
    if MODEL_FILE.exists():
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                data = joblib.load(MODEL_FILE)
            if data["sklearn_version"] == sklearn.__version__ and data["training_hash"] == _training_hash():
                return ArticleModel(data["pipeline"], tuple(data["articles"]), data["sklearn_version"],
                                    data["training_hash"])
        except Exception:  # an unreadable pickle is retrained, never trusted
            pass
    return train()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] != ["train"]:
        print("usage: python -m miner.extract.articles_model train", file=sys.stderr)
        return 2
    model = train()
    save(model)
    print(f"{MODEL_FILE} ({MODEL_FILE.stat().st_size // 1024} KiB), articles {list(model.articles)}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
