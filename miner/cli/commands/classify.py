"""Say what kind of document each input is: strategy, programme, plan, policy, guideline or other.

  miner classify plan.pdf memo.txt            a table, one row per input
  miner classify corpus/*.pdf --format jsonl  one JSON object per input
  miner classify - < first-page.txt           plain text on stdin (e.g. a harvested first page)

Each result gives the label, the confidence, the word the document uses for itself (stated), how
it was decided (rule, model or rule+model), a one-sentence reason and the evidence spans (page,
offsets into the clean text, quote, extractor). Inputs that cannot be read are reported on stderr,
one line each; the others are still classified, and the exit status is then 1.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ...errors import InputError
from ...model import to_dict
from ..output import add_format, err, print_records

NAME = "classify"
HELP = "classify documents by type (strategy, programme, plan, policy, guideline, other)"

COLUMNS = ["source", "label", "confidence", "stated", "method", "reason", "evidence"]


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files to classify, or - for plain text on stdin")
    add_format(parser, ["table", "jsonl", "json"], "table")


def _record(source: str, dt: Any) -> dict[str, Any]:
    d = to_dict(dt)
    return {"source": source, "label": d["label"], "confidence": d["confidence"], "stated": d["stated"],
            "method": d["method"], "reason": d["reason"], "evidence": d["evidence"], "scores": d["scores"]}


def _evidence_cell(evidence: list[dict[str, Any]]) -> str:
    return "; ".join(f"p{e['page']} \"{' '.join(e['quote'].split())[:40]}\" ({e['extractor']})" for e in evidence)


def run(args: argparse.Namespace) -> int:
    from ...classify import classify, classify_text
    from ...parse import parse_path

    records: list[dict[str, Any]] = []
    failed = 0
    for path in args.paths:
        try:
            if path == "-":
                dt = classify_text(sys.stdin.read(), source="-")
            else:
                dt = classify(parse_path(path))
        except InputError as exc:
            err(f"miner classify: {path}: {exc.args[0] if exc.args else exc}")
            failed += 1
            continue
        records.append(_record(path, dt))
        if args.format == "jsonl":  # stream: a long batch shows progress as it goes
            print_records([records.pop()], "jsonl")
    if args.format == "table" and records:
        rows = [{**r, "evidence": _evidence_cell(r["evidence"])} for r in records]
        print_records(rows, "table", COLUMNS)
    elif args.format == "json":
        print_records(records, "json")
    return 1 if failed else 0
