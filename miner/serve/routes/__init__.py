"""The server's routes, one module each; every module here that defines ``router`` is mounted.

To add pages (the explorer for non-programmers, say), add a module with
``router = fastapi.APIRouter()`` and its routes; :func:`miner.serve.create_app`
finds it. Handlers reach the query engine with ``request.app.state.engine``
(:class:`miner.serve.engine.QueryEngine`) or through the dependencies in
:mod:`miner.serve.deps`, and the output folder with ``request.app.state.out``.
"""

from __future__ import annotations

import importlib
import pkgutil

from fastapi import APIRouter


def routers() -> list[APIRouter]:
    """The ``router`` of every module in this package, in module name order."""
    out = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        mod = importlib.import_module(f"{__name__}.{info.name}")
        router = getattr(mod, "router", None)
        if isinstance(router, APIRouter):
            out.append(router)
    return out
