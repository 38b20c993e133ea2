"""Parse documents into the document model and print it.

The model is what every later stage reads: clean text, pages (with their
span of the text and printed page label), blocks in reading order
(headings with levels, paragraphs, list items, table rows, TOC lines, each
with page, position and font), tables with cells, and metadata (title,
organisation, kommunkod, stated type, adopting body, date, diarienummer,
validity), each value with the span it was read from.

Formats: jsonl (one document per line, default), json (a list), text (the
clean text with page markers, for reading), outline (headings as an indented
outline with page numbers).
"""

from __future__ import annotations

import argparse
import sys

from ..output import add_format, print_json, print_jsonl

NAME = "parse"
HELP = "parse documents and print the document model"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="PDF, text, Markdown or HTML files; - for text on stdin")
    add_format(parser, ["jsonl", "json", "text", "outline"], "jsonl")


def run(args: argparse.Namespace) -> int:
    from ...model import to_dict
    from ..inputs import DocumentInputs

    inputs = DocumentInputs(args.paths, NAME)
    docs = []
    for doc in inputs:
        if args.format == "jsonl":
            print_jsonl([to_dict(doc)])
        elif args.format == "json":
            docs.append(to_dict(doc))
        elif args.format == "text":
            for page in doc.pages:
                label = f" ({page.label})" if page.label else ""
                flag = "" if page.has_text else " [no text layer]"
                sys.stdout.write(f"=== {doc.source} page {page.number}{label}{flag} ===\n")
                sys.stdout.write(doc.text[page.start:page.end] + "\n")
        else:
            sys.stdout.write(f"{doc.source}\n")
            for b in doc.headings():
                indent = "  " * ((b.level or 1) - 1)
                sys.stdout.write(f"{indent}{doc.text[b.start:b.end]}  (p. {b.page})\n")
    if args.format == "json":
        print_json(docs)
    return 1 if inputs.failed else 0
