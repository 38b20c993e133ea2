"""Check the built graph against the SHACL shapes in ontology/shapes.ttl.

Every document's named graph is checked together with the ontology, the
reference data and the shared actors: missing evidence, links to articles or
municipalities that do not exist, goals without a level... One line per
violation on stdout (document, node, property, message); exit 1 when there is
any. ``miner build`` runs the same check on what it writes and fails on the
first violations; this command checks everything (minutes at country scale).
"""

from __future__ import annotations

import argparse

from ...graph.validate import validate
from ..output import add_out, err, print_json

NAME = "validate"
HELP = "check the built graph against the SHACL shapes"


def configure(parser: argparse.ArgumentParser) -> None:
    add_out(parser)
    parser.add_argument("--limit", type=int, default=100, metavar="N",
                        help="show at most N violations (default: %(default)s; 0 = all)")
    parser.add_argument("--format", "-f", choices=["text", "json"], default="text", help="output format")


def run(args: argparse.Namespace) -> int:
    report = validate(args.out)
    if args.format == "json":
        print_json({"conforms": report.conforms, "documents": report.documents, "triples": report.triples,
                    "seconds": round(report.seconds, 2),
                    "violations": [v.__dict__ for v in report.violations[: args.limit or None]]})
    else:
        for line in report.lines(limit=args.limit or None):
            print(line)
    err(report.summary())
    return 0 if report.conforms else 1
