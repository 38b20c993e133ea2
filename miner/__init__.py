"""Styrdok Miner: Swedish municipal disability-policy documents as a knowledge graph.

The public Python API::

    from miner import Corpus, build, parse, classify, extract, similar, export

    report = build(["corpus/sample"], out="outputs")       # the whole pipeline
    corpus = Corpus("outputs")                              # the built graph
    rows = corpus.run("culture-leisure-article-30")         # a ready query (or corpus.query("SPARQL"))
    hits = similar("outputs", text="tillgänglig information")   # comparable examples, each with .why
    export("outputs", "coverage", "png", "coverage.png")   # a graph view

Names are imported lazily, so ``import miner`` (and ``miner --help``) stays fast.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_LAZY = {
    "Corpus": ("miner.corpus", "Corpus"),
    "build": ("miner.pipeline", "build"),
    "parse": ("miner.parse", "parse_path"),
    "parse_text": ("miner.parse", "parse_text"),
    "classify": ("miner.classify", "classify"),
    "extract": ("miner.extract", "extract"),
    "similar": ("miner.similar", "search"),
    "export": ("miner.views", "export"),
}

__all__ = ["__version__", *_LAZY]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'miner' has no attribute {name!r}")
