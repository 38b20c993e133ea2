"""A small built graph for the views tests: the four hand-written example documents, built once per run.

Kept out of conftest.py (shared by other areas); imported by ``tests/test_views_*.py``.
"""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from pathlib import Path

from miner.graph import write_graph
from miner.graph.examples import example_corpus


@functools.cache
def example_out() -> Path:
    """An output folder with the example corpus built into its store (Uppsala, Malmö, Kiruna ×2)."""
    out = Path(tempfile.mkdtemp(prefix="views-example-"))
    atexit.register(shutil.rmtree, out, True)
    write_graph(out, example_corpus(), [], dump=False)
    return out
