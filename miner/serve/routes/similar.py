"""``GET /similar``: comparable documents or goals (the router lives in :mod:`miner.serve.similar_api`)."""

from ..similar_api import router

__all__ = ["router"]
