"""FastAPI dependencies shared by the route modules."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import Depends, Request

from .engine import QueryEngine


def get_engine(request: Request) -> QueryEngine:
    """The query engine of the running app (worker processes or in-process)."""
    return request.app.state.engine


def get_out(request: Request) -> Path:
    """The output folder the app serves."""
    return request.app.state.out


#: Annotated type for handlers: ``async def page(request: Request, engine: Engine): ...``
Engine = Annotated[QueryEngine, Depends(get_engine)]
