"""HTTP for comparable examples: ``GET /similar`` answers what ``miner similar`` does, as JSON.

One of ``doc`` (an indexed document id; files are not read over HTTP), ``goal``
(``DOC_ID#GOAL_ID``) or ``text``; ``k``, ``level`` (document|goal), ``municipality``
(the asker, ranks its SKR kommungrupp higher) and the filters of the CLI, repeatable where
the CLI takes several values: ``type``, ``article``, ``direction``, ``county``, ``group``,
``like_municipality``, ``from``, ``to``, ``adopted_by``. The answer is a list of hits, each
with a ``why`` object (see :class:`miner.similar.Hit`). Bad parameters or unknown ids give
400 with a one-line message, a missing index 503.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from ..errors import MinerError, NotBuiltError, UsageError

router = APIRouter(tags=["similar"])


def output_folder(request: Request) -> Path:
    """The output folder the running app serves (``app.state.out``, set by ``create_app``)."""
    return Path(request.app.state.out)


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


@router.get("/similar", summary="Comparable documents or goals, with reasons")
async def similar(
    out: Annotated[Path, Depends(output_folder)],
    doc: str | None = None,
    goal: str | None = None,
    text: str | None = None,
    k: Annotated[int, Query(ge=1, le=100)] = 10,
    level: Literal["document", "goal"] = "document",
    municipality: str | None = None,
    type: Annotated[list[str], Query()] = [],  # noqa: B006 - the CLI's names
    article: Annotated[list[int], Query()] = [],  # noqa: B006
    direction: int | None = None,
    county: Annotated[list[str], Query()] = [],  # noqa: B006
    group: Annotated[list[str], Query()] = [],  # noqa: B006
    like_municipality: str | None = None,
    year_from: Annotated[int | None, Query(alias="from")] = None,
    year_to: Annotated[int | None, Query(alias="to")] = None,
    adopted_by: Annotated[list[str], Query()] = [],  # noqa: B006
) -> Any:
    from ..similar import Filters, search

    filters = Filters(doc_types=tuple(type), articles=tuple(article), direction=direction, counties=tuple(county),
                      groups=tuple(group), like_municipality=like_municipality, year_from=year_from,
                      year_to=year_to, adopted_by=tuple(adopted_by))
    try:
        hits = await run_in_threadpool(search, out, doc=doc, goal=goal, text=text, k=k, level=level,
                                       filters=filters, municipality=municipality, allow_files=False)
    except NotBuiltError as exc:
        return _error(503, str(exc))
    except UsageError as exc:
        return _error(400, str(exc))
    except MinerError as exc:
        return _error(500, str(exc))
    return [h.to_dict() for h in hits]
