"""Styrdok Miner: Swedish municipal disability-policy documents as a knowledge graph.

The public Python API. Stages (parse, classify, extract, graph) are reachable
as functions; the built corpus (graph store and similarity index in an output
folder) is reached through :class:`Corpus`.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .corpus import Corpus

__all__ = ["Corpus", "__version__"]
