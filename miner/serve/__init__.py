"""The HTTP server: a SPARQL 1.1 Protocol endpoint over the built graph, and room for more pages.

:func:`create_app` builds the FastAPI app; every module in
:mod:`miner.serve.routes` that defines ``router`` is mounted, so a new page is
a new module there. :func:`serve` runs it with uvicorn. Queries go to a
:class:`~miner.serve.engine.QueryEngine` (worker processes by default) kept
in ``app.state.engine``; ``app.state.out`` is the output folder.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from ..errors import NotBuiltError

if TYPE_CHECKING:  # FastAPI is imported when an app is made, not by query worker processes
    from fastapi import FastAPI

    from .engine import QueryEngine

__all__ = ["create_app", "serve"]


def create_app(out: Path, *, workers: int = 2, timeout: float | None = None, memory: bool = True,
               engine: QueryEngine | None = None) -> FastAPI:
    """The app serving ``out``. The engine starts with the app and stops with it.

    ``workers`` query processes (0: queries in the server's threads);
    ``timeout`` seconds per query (default: the MINER_QUERY_TIMEOUT setting);
    ``memory``: answer from an in-memory copy of the graph (fast) rather than the on-disk store.
    """
    from fastapi import FastAPI
    from fastapi.middleware.cors import CORSMiddleware

    from .engine import make_engine
    from .routes import routers

    out = Path(out)
    if engine is None and not (out / "store" / "CURRENT").exists():
        raise NotBuiltError(str(out))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.engine = engine or make_engine(out, workers=workers, timeout=timeout, memory=memory)
        try:
            yield
        finally:
            app.state.engine.close()

    app = FastAPI(title="Styrdok Miner", version=__version__, lifespan=lifespan,
                  description="Swedish municipal disability-policy documents as a knowledge graph: "
                              "a read-only SPARQL 1.1 endpoint at /sparql.")
    app.state.out = out
    app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"], allow_headers=["*"],
                       expose_headers=["X-Query-Seconds"])
    for router in routers():
        app.include_router(router)
    return app


def serve(out: Path, *, host: str = "127.0.0.1", port: int = 8000, workers: int = 2,
          timeout: float | None = None, memory: bool = True) -> None:
    """Run the server until interrupted."""
    import uvicorn

    app = create_app(out, workers=workers, timeout=timeout, memory=memory)
    uvicorn.run(app, host=host, port=port, log_level="info")
