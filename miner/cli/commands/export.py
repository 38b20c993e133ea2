"""Export a view of the graph for Gephi, Cytoscape, a browser or a report.

  miner export documents-articles --format gexf -o docs-articles.gexf
  miner export documents-articles --by municipality --county "Västra Götalands län" -o vg.graphml
  miner export coverage --format csv -o coverage.csv           the municipality x article matrix
  miner export coverage --by county -o coverage.png            heat map with article titles
  miner export actors --municipality Uppsala -o uppsala-actors.html
  miner export municipality --municipality Kiruna -o kiruna.html
  miner export municipality --municipality 2584 --format ttl -o -
  miner export sparql --query 'SELECT ?doc ?actor WHERE { ?doc sty:involves ?actor }' -o involves.gexf
  miner export sparql --query-file q.rq --format cyjs -o q.cyjs

Views:
  documents-articles  documents (--by municipality|county|kommungrupp: those instead) and the CRPD
                      articles they address; edge weight = evidence count, plus links, goals, max/mean
                      confidence, whether named explicitly
  coverage            municipality (--by county|kommungrupp) x article: documents addressing each article;
                      CSV is the matrix, PNG/SVG a heat map, graph formats a bipartite graph
  actors              actors and the goals they are responsible for, actor-actor edges weighted by shared
                      goals (--by actor: without goals; name: merged by name; kind: actor kinds)
  municipality        one municipality (--municipality): its documents, goals, actors and articles
                      (--by document: goals collapsed into counts)
  sparql              --query/--query-file: CONSTRUCT (triples become edges) or SELECT (first two variables
                      are the ends, an optional third the weight)

Formats (guessed from -o FILE's suffix when --format is not given): graphml, gexf, cyjs, csv (FILE holds
the nodes, FILE.edges.csv the edges; coverage: the matrix; to stdout: the edge table), ttl and jsonld (the
RDF behind the view), html (one self-contained interactive page, no network), png and svg.

Views larger than --max-nodes (default 300; pictures 120; heat maps 80 rows; none for CSV tables and RDF) are
aggregated one level (documents -> municipalities -> counties; actors -> names -> kinds; goals collapsed)
or cut to the strongest nodes; a line on stderr and the file's title say so.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from ...errors import UsageError
from ...views.catalog import FORMATS, LEVELS, TEXT_FORMATS, VIEWS, guess_format
from ..output import add_out, err, print_json

NAME = "export"
HELP = "export a graph view as GraphML, GEXF, Cytoscape JSON, CSV, Turtle, JSON-LD, HTML, PNG or SVG"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("view", choices=VIEWS, metavar="VIEW", help=f"one of: {', '.join(VIEWS)}")
    add_out(parser)
    parser.add_argument("--format", "-f", choices=FORMATS, default=None,
                        help="output format (default: from the suffix of -o FILE)")
    parser.add_argument("-o", "--output", metavar="FILE", default=None,
                        help="file to write; '-' for stdout (text formats); default VIEW.FORMAT here")
    levels = sorted({lv for view, lvs in LEVELS.items() if view != "sparql" for lv in lvs})
    parser.add_argument("--by", choices=levels, default=None,
                        help="level of the view: document, municipality, county, kommungrupp (documents-articles, "
                             "coverage); goal, actor, name, kind (actors); goal, document (municipality)")
    f = parser.add_argument_group("filters (names or codes; several comma-separated)")
    f.add_argument("--municipality", "-m", metavar="NAME|KOD", help="municipality: Uppsala, 0380")
    f.add_argument("--county", metavar="NAME|KOD", help="county: 'Uppsala län', Uppsala, 03")
    f.add_argument("--group", metavar="KOD|NAME", help="SKR kommungrupp 2023: A2, B, 'Större stad'")
    f.add_argument("--type", metavar="TYPE", help="document type: strategi, program, plan, policy, riktlinjer, "
                                                  "övrigt (or strategy, programme, guideline, other)")
    f.add_argument("--article", "-a", metavar="N", help="CRPD article number(s): 27 or 9,27,30")
    f.add_argument("--year", type=str, metavar="YYYY",
                   help="adopted in this year (with --from/--to: documents without a known year are left out)")
    f.add_argument("--from", dest="from_year", metavar="YYYY", help="adopted in this year or later")
    f.add_argument("--to", dest="to_year", metavar="YYYY", help="adopted in this year or earlier")
    q = parser.add_argument_group("sparql view")
    q.add_argument("--query", "-q", metavar="SPARQL", help="a CONSTRUCT, or a SELECT with two or three variables")
    q.add_argument("--query-file", "-F", type=Path, metavar="FILE", help="read the query from FILE (.rq)")
    o = parser.add_argument_group("size and looks")
    o.add_argument("--max-nodes", type=int, default=None, metavar="N",
                   help="aggregate or cut views with more nodes (default 300, pictures 120; 0 = no limit)")
    o.add_argument("--size", metavar="WxH", help="picture size in pixels (default 1600x1200; not for heat maps)")
    o.add_argument("--lang", choices=["sv", "en"], default="sv", help="labels in pictures (default sv)")
    o.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                   help="time limit per query (default: MINER_QUERY_TIMEOUT or 30; 0 = none)")
    parser.add_argument("--json", action="store_true", help="print the export summary as JSON on stderr")


def _size(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    m = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text)
    if not m:
        raise UsageError(f"--size wants WIDTHxHEIGHT in pixels, e.g. 1600x1200, not {text!r}")
    w, h = int(m.group(1)), int(m.group(2))
    if not (200 <= w <= 12000 and 200 <= h <= 12000):
        raise UsageError("--size: width and height from 200 to 12000 pixels")
    return w, h


def _query(args: argparse.Namespace) -> str | None:
    if args.query and args.query_file:
        raise UsageError("give --query or --query-file, not both")
    if args.query_file:
        try:
            return args.query_file.read_text(encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot read {args.query_file}: {exc.strerror or exc}") from None
    if args.query == "-":
        return sys.stdin.read()
    return args.query


def run(args: argparse.Namespace) -> int:
    fmt = args.format or guess_format(args.output)
    if fmt is None:
        if args.output not in (None, "-"):
            raise UsageError(f"cannot tell the format from {args.output!r}: give --format ({', '.join(FORMATS)})")
        if args.output == "-":
            raise UsageError(f"give --format when writing to stdout ({', '.join(TEXT_FORMATS)})")
        fmt = "html"
    dest = args.output or f"{args.view}.{fmt}"
    from ...views.api import export

    summary = export(args.out, args.view, fmt, dest, by=args.by, max_nodes=args.max_nodes, query=_query(args),
                     timeout=args.timeout, lang=args.lang, size=_size(args.size), municipality=args.municipality,
                     county=args.county, group=args.group, type=args.type, article=args.article, year=args.year,
                     from_year=args.from_year, to_year=args.to_year)
    for note in summary.notes:
        err(f"miner export: note: {note}")
    if summary.nodes == 0 and summary.format not in ("ttl", "jsonld"):
        err("miner export: note: no nodes match the filters; the file is empty")
    where = ", ".join(p for p in summary.paths if p != "-") or "stdout"
    what = (f"{summary.triples} triples" if summary.triples is not None
            else f"{summary.nodes} nodes, {summary.edges} edges")
    size = f", {summary.width}x{summary.height}" if summary.width else ""
    if where != "stdout" or args.json:
        err(f"miner export: {args.view} ({summary.level}) as {summary.format}: {what}{size} -> {where} "
            f"({summary.seconds:.1f} s)")
    if args.json:
        print_json(summary.to_dict(), out=sys.stderr)
    return 0
