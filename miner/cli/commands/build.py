"""Build the knowledge graph: parse, classify and extract every document, then write graph and index.

With no PATH the bundled sample corpus (corpus/sample) is built. Folders are
searched recursively for .pdf, .txt, .md and .html files. Unchanged files
(same content, same pipeline) are not processed again. Every input gets a
row in DIR/report.csv with its status; inputs that cannot be used are named
on stderr with the reason, and the batch goes on.

Exit status: 0 when every input was built, 1 when any input failed (the
others are still built), 2 for bad arguments.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..output import add_out, err, print_json

NAME = "build"
HELP = "parse, classify and extract documents into the graph and index (default: the sample corpus)"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files or folders (default: corpus/sample)")
    add_out(parser)
    parser.add_argument("--jobs", "-j", type=int, default=None, metavar="N", help="parallel workers (default: all cores)")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar or summary")
    parser.add_argument("--prune", action="store_true",
                        help="remove documents from DIR that are not among this run's inputs")
    parser.add_argument("--format", "-f", choices=["text", "json"], default="text",
                        help="summary as text on stderr (default) or the run report as JSON on stdout")


def run(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from ...pipeline import build

    if args.jobs is not None and args.jobs < 1:
        from ...errors import UsageError

        raise UsageError("--jobs must be at least 1")
    report = build(args.paths or None, out=args.out, jobs=args.jobs, quiet=args.quiet, prune=args.prune)
    if args.format == "json":
        print_json({"out": str(report.out), "seconds": round(report.seconds, 3),
                    "results": [asdict(r) for r in report.results], "graph": report.graph,
                    "index": report.index, "removed": report.removed})
    elif not args.quiet:
        err(report.summary())
        for r in report.failed:
            err(f"  {r.status:12} {r.source}: {r.reason}")
    return 1 if report.failed else 0
