"""Serve the built graph over HTTP: a read-only SPARQL 1.1 Protocol endpoint at /sparql.

  miner serve --out outputs --port 8000
  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5' localhost:8000/sparql

GET ?query= and POST (form or application/sparql-query) are accepted; results
are negotiated from the Accept header (SPARQL JSON, XML, CSV, TSV; Turtle,
JSON-LD, N-Triples for graphs). Updates are refused with 403. Queries run in
worker processes that are stopped when they pass the time limit (503). SPARQL
clients such as SPARQLWrapper and YASGUI work against it. The server picks up
a new build of the folder by itself.
"""

from __future__ import annotations

import argparse

from ..output import add_out, err

NAME = "serve"
HELP = "serve the graph over HTTP (SPARQL 1.1 Protocol endpoint at /sparql)"


def configure(parser: argparse.ArgumentParser) -> None:
    add_out(parser)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    parser.add_argument("--port", type=int, default=8000, help="port (default: %(default)s)")
    parser.add_argument("--workers", type=int, default=2, metavar="N",
                        help="query worker processes (default: %(default)s; 0 runs queries in the server process)")
    parser.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                        help="per-query time limit (default: MINER_QUERY_TIMEOUT or 30)")
    parser.add_argument("--on-disk", action="store_true",
                        help="answer from the on-disk store instead of an in-memory copy per worker "
                             "(slower queries, less memory, no load time)")


def run(args: argparse.Namespace) -> int:
    from ...serve import serve

    err(f"miner serve: SPARQL endpoint at http://{args.host}:{args.port}/sparql (Ctrl-C to stop)")
    serve(args.out, host=args.host, port=args.port, workers=args.workers, timeout=args.timeout,
          memory=not args.on_disk)
    return 0
