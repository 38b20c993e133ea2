"""The SPARQL 1.1 Protocol endpoint: ``/sparql``, read-only.

GET with ``query=``; POST with a form (``query=``) or an ``application/sparql-query``
body; ``default-graph-uri``/``named-graph-uri`` restrict the dataset. Updates
(``update=``, ``application/sparql-update`` or an update in ``query=``) get
403. Bad SPARQL gets 400 with the parser's line and column, a query past the
time limit 503. GET without a query returns the service description.
"""

from __future__ import annotations

from urllib.parse import parse_qs

import pyoxigraph as ox
from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool

from ...errors import MinerError, UsageError
from ...graph import vocab
from ...graph.store import GRAPH_FORMATS, QueryTimeout, is_update
from ..deps import Engine
from ..engine import QueryEngine
from ..negotiation import negotiate

router = APIRouter()

_READ_ONLY = "this endpoint is read-only: SPARQL updates are refused (the graph is written by 'miner build')"
_FORMATS = "http://www.w3.org/ns/formats/"


def _text(status: int, message: str) -> Response:
    return Response(message + "\n", status_code=status, media_type="text/plain; charset=utf-8")


async def _answer(request: Request, engine: QueryEngine, query: str, default_graphs: list[str],
                  named_graphs: list[str], format_param: str | None) -> Response:
    if is_update(query):
        return _text(403, _READ_ONLY)
    result_format, graph_format = negotiate(request.headers.get("accept"), format_param)
    try:
        out = await run_in_threadpool(engine.execute, query, result_format, graph_format,
                                      default_graphs=default_graphs or None, named_graphs=named_graphs or None)
    except QueryTimeout as exc:
        return _text(503, str(exc))
    except UsageError as exc:
        return _text(400, str(exc))
    except MinerError as exc:
        return _text(500, str(exc))
    return Response(out.data, media_type=out.media_type,
                    headers={"Vary": "Accept", "X-Query-Seconds": f"{out.seconds:.4f}"})


def _service_description(request: Request) -> Response:
    """SPARQL 1.1 Service Description of this endpoint (what GET /sparql without a query returns)."""
    sd = {k: ox.NamedNode(str(v)) for k, v in {
        "type": vocab.RDF.type, "Service": vocab.SD.Service, "endpoint": vocab.SD.endpoint,
        "lang": vocab.SD.supportedLanguage, "q11": vocab.SD.SPARQL11Query, "feature": vocab.SD.feature,
        "union": vocab.SD.UnionDefaultGraph, "fmt": vocab.SD.resultFormat, "dataset": vocab.VOID.sparqlEndpoint,
    }.items()}
    me = ox.NamedNode(str(request.url.replace(query="")))
    triples = [ox.Triple(me, sd["type"], sd["Service"]), ox.Triple(me, sd["endpoint"], me),
               ox.Triple(me, sd["lang"], sd["q11"]), ox.Triple(me, sd["feature"], sd["union"]),
               ox.Triple(ox.NamedNode(vocab.dataset()), sd["dataset"], me)]
    for name in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                 "Turtle", "JSON-LD", "N-Triples", "RDF_XML"):
        triples.append(ox.Triple(me, sd["fmt"], ox.NamedNode(_FORMATS + name)))
    _result, graph = negotiate(request.headers.get("accept"), request.query_params.get("format"))
    fmt = GRAPH_FORMATS[graph]
    data = ox.serialize(triples, format=fmt, prefixes={"sd": str(vocab.SD)} if graph == "ttl" else None)
    return Response(data, media_type=fmt.media_type, headers={"Vary": "Accept"})


@router.get("/sparql", summary="SPARQL query (GET)", tags=["SPARQL"])
async def sparql_get(request: Request, engine: Engine) -> Response:
    params = request.query_params
    if "update" in params:
        return _text(403, _READ_ONLY)
    query = params.get("query")
    if query is None:
        return _service_description(request)
    return await _answer(request, engine, query, params.getlist("default-graph-uri"),
                         params.getlist("named-graph-uri"), params.get("format"))


@router.post("/sparql", summary="SPARQL query (POST: form or application/sparql-query)", tags=["SPARQL"])
async def sparql_post(request: Request, engine: Engine) -> Response:
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    url = request.query_params
    if ctype == "application/sparql-update":
        return _text(403, _READ_ONLY)
    if ctype == "application/x-www-form-urlencoded":
        form = parse_qs((await request.body()).decode("utf-8", errors="replace"), keep_blank_values=True)
        if "update" in form or "update" in url:
            return _text(403, _READ_ONLY)
        query = (form.get("query") or [None])[0]
        default_graphs = form.get("default-graph-uri", []) + url.getlist("default-graph-uri")
        named_graphs = form.get("named-graph-uri", []) + url.getlist("named-graph-uri")
        format_param = (form.get("format") or [None])[0] or url.get("format")
    elif ctype == "application/sparql-query":
        query = (await request.body()).decode("utf-8", errors="replace")
        default_graphs, named_graphs = url.getlist("default-graph-uri"), url.getlist("named-graph-uri")
        format_param = url.get("format")
    else:
        return _text(415, "POST a form (application/x-www-form-urlencoded, with query=...) "
                          "or a query as application/sparql-query")
    if not query or not query.strip():
        return _text(400, "missing SPARQL: give it as the 'query' parameter")
    return await _answer(request, engine, query, default_graphs, named_graphs, format_param)
