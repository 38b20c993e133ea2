"""Ask the built graph a question in SPARQL, or run one of the ready queries.

  miner query 'SELECT ?title WHERE { ?d a sty:PolicyDocument ; dcterms:title ?title }'
  miner query --file my-question.rq --format csv > answer.csv
  miner query --list                                  the ready queries and their parameters
  miner query committee-goals --param committee=Socialnämnden
  miner query never-article-27 --param article=9 --format json
  miner query --show culture-leisure-article-30       print a ready query's SPARQL

The default graph is the union of all graphs; the usual prefixes (sty, eli,
dcterms, skos, prov, oa, org, foaf, rdf, rdfs, xsd...) need no PREFIX lines.
SELECT and ASK results print as a table or as SPARQL 1.1 JSON, XML, CSV or TSV;
CONSTRUCT and DESCRIBE as Turtle, JSON-LD or N-Triples. Bad SPARQL exits 2 with
the parser's line and column.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from ...errors import UsageError
from ...graph import vocab
from ...graph.store import GRAPH_FORMATS, RESULT_FORMATS, GraphStore, query_form
from ...queries import ReadyQuery, parse, ready_queries
from ...queries import get as get_query
from ..output import add_out, err, print_records

NAME = "query"
HELP = "run SPARQL or a ready query against the built graph"

FORMATS = ["table", *RESULT_FORMATS, *GRAPH_FORMATS]


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", nargs="?", metavar="SPARQL|NAME",
                        help="SPARQL text, '-' to read it from stdin, or the name of a ready query (see --list)")
    parser.add_argument("--file", "-F", type=Path, metavar="FILE", help="read the SPARQL from FILE (.rq)")
    parser.add_argument("--list", "-l", action="store_true", help="list the ready queries")
    parser.add_argument("--show", action="store_true", help="print the ready query's SPARQL instead of running it")
    parser.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE",
                        help="a parameter of the ready query (repeatable)")
    add_out(parser)
    parser.add_argument("--format", "-f", choices=FORMATS, default="table",
                        help="table (default), json, xml, csv, tsv for SELECT/ASK; ttl, jsonld, nt, rdfxml for "
                             "CONSTRUCT/DESCRIBE (json means JSON-LD for those)")
    parser.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                        help="stop a query after this long (default: MINER_QUERY_TIMEOUT or 30; 0 = no limit)")


def _params(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"--param wants NAME=VALUE, not {pair!r}")
        out[name.strip()] = value
    return out


def _display(value: Any) -> Any:
    if isinstance(value, str) and "://" in value[:12]:
        return vocab.compact(value)
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, _dt.date | _dt.datetime):
        return value.isoformat()
    return value


def _list(fmt: str) -> int:
    rows = [{"name": q.name, "question": q.title,
             "parameters": ", ".join(f"{p.name} ({p.type})" for p in q.params)} for q in ready_queries().values()]
    print_records(rows, "json" if fmt == "json" else fmt if fmt in ("csv", "tsv") else "table",
                  title="Ready queries (miner query NAME [--param NAME=VALUE])")
    return 0


def _resolve(args: argparse.Namespace) -> tuple[str, ReadyQuery | None]:
    if args.file is not None:
        if args.query:
            raise UsageError("give either SPARQL (or a query name) or --file, not both")
        try:
            text = args.file.read_text(encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot read {args.file}: {exc.strerror or exc}") from None
        ready = parse(args.file) if text.startswith("#") else None
        return text, ready
    if not args.query:
        raise UsageError("give SPARQL, a ready query's name, --file FILE or --list")
    if args.query == "-":
        return sys.stdin.read(), None
    text = args.query.strip()
    if text in ready_queries() or (" " not in text and "{" not in text and "\n" not in text):
        ready = get_query(text)
        return ready.sparql, ready
    return args.query, None


def run(args: argparse.Namespace) -> int:
    if args.list:
        return _list(args.format)
    sparql, ready = _resolve(args)
    params = _params(args.param)
    if params:
        if ready is None:
            raise UsageError("--param is for ready queries (or .rq files with '# @param' lines)")
        sparql = ready.bind(**params)
    if args.show:
        sys.stdout.write(sparql if sparql.endswith("\n") else sparql + "\n")
        return 0

    form = query_form(sparql)
    fmt = args.format
    if fmt in GRAPH_FORMATS and form in ("select", "ask"):
        raise UsageError(f"--format {fmt} is for CONSTRUCT and DESCRIBE; use table, json, xml, csv or tsv")
    if fmt in ("xml", "csv", "tsv") and form == "graph":
        raise UsageError(f"--format {fmt} is for SELECT and ASK; use ttl, jsonld, nt or rdfxml")

    store = GraphStore(args.out, read_only=True)
    if fmt == "table":
        result = store.query(sparql, timeout=args.timeout)
        if result.kind == "select":
            rows = [{k: _display(v) for k, v in row.items()} for row in result.rows]
            print_records(rows, "table", columns=result.variables, title=ready.title if ready else None)
            err(f"{len(rows)} row(s) in {result.seconds * 1000:.0f} ms")
        elif result.kind == "ask":
            print("true" if result.boolean else "false")
        else:
            sys.stdout.buffer.write(result.serialize_graph("ttl"))
            err(f"{len(result.triples)} triple(s) in {result.seconds * 1000:.0f} ms")
        return 0
    graph_format = "jsonld" if fmt == "json" else fmt if fmt in GRAPH_FORMATS else "ttl"
    result_format = fmt if fmt in RESULT_FORMATS else "json"
    out = store.query_serialized(sparql, result_format, graph_format, timeout=args.timeout)
    sys.stdout.buffer.write(out.data)
    if not out.data.endswith(b"\n"):
        sys.stdout.buffer.write(b"\n")
    sys.stdout.flush()
    return 0
