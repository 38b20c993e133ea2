"""Extract goals, actors and CRPD article links from documents and print them as JSON.

One object per document (schema: miner/extract/SCHEMA.md): source, sha256,
status, title, organisation, kommunkod, doc_type, adopted_by, adopted_date,
diarienummer, goals (with level, page, span, confidence, responsible actors,
articles, parent, area, deadline, indicator), actors (with kind, roles and
every mention with page and span), article links (explicit or inferred, with
evidence) and topics. Every claim points at a page and a span of the
document's clean text.

  miner extract plan.pdf program.txt          one JSON object per line (jsonl)
  miner extract --format json plan.pdf        a JSON list
  cat policy.txt | miner extract -            plain text on stdin

Unreadable files are reported on stderr (one line each, naming the file and
the reason); the others are still extracted, and the exit status is 1.
"""

from __future__ import annotations

import argparse

from ..output import add_format, err, print_json, print_jsonl

NAME = "extract"
HELP = "extract goals, actors and CRPD article links as JSON"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="PDF, text, Markdown or HTML files; - for plain text on stdin")
    add_format(parser, ["jsonl", "json"], "jsonl")


def run(args: argparse.Namespace) -> int:
    from ...classify import classify_or_none
    from ...extract import analysis_to_json, extract
    from ..inputs import DocumentInputs

    inputs = DocumentInputs(args.paths, NAME)
    records = []
    for doc in inputs:
        doc_type = classify_or_none(doc, lambda msg, src=doc.source: err(f"miner extract: {src}: {msg}"))
        record = analysis_to_json(extract(doc, doc_type))
        if args.format == "jsonl":
            print_jsonl([record])
        else:
            records.append(record)
    if args.format == "json":
        print_json(records)
    return 1 if inputs.failed else 0
