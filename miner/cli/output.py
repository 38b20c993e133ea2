"""Printing results: one function per output format, shared by every command."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

from ..config import DEFAULT_OUT


def add_out(parser: Any) -> None:
    """The ``--out DIR`` option every command that reads or writes built results takes."""
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, metavar="DIR",
                        help="folder of built results (default: %(default)s)")


def add_format(parser: Any, choices: Sequence[str], default: str) -> None:
    parser.add_argument("--format", "-f", choices=list(choices), default=default,
                        help=f"output format (default: {default})")


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def print_jsonl(records: Iterable[Any], out: TextIO | None = None) -> None:
    out = out or sys.stdout
    for rec in records:
        out.write(dumps(rec) + "\n")
        out.flush()


def print_json(obj: Any, out: TextIO | None = None) -> None:
    (out or sys.stdout).write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.3g}"
    if isinstance(value, list | tuple):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return dumps(value)
    return str(value)


def print_delimited(rows: Sequence[dict[str, Any]], columns: Sequence[str], delimiter: str = ",",
                    out: TextIO | None = None) -> None:
    w = csv.writer(out or sys.stdout, delimiter=delimiter, lineterminator="\n")
    w.writerow(columns)
    for row in rows:
        w.writerow([_cell(row.get(c)) for c in columns])


def print_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], title: str | None = None,
                out: TextIO | None = None) -> None:
    """A readable table: rich when stdout is a terminal, aligned plain text when piped."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False, header_style="bold")
    for c in columns:
        table.add_column(c, overflow="fold")
    for row in rows:
        table.add_row(*[_cell(row.get(c)) for c in columns])
    stream = out or sys.stdout
    console = Console(file=stream, width=None if stream.isatty() else 200, soft_wrap=False)
    console.print(table)


def print_records(rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[str] | None = None,
                  title: str | None = None) -> None:
    columns = list(columns or (rows[0].keys() if rows else []))
    if fmt == "json":
        print_json(list(rows))
    elif fmt == "jsonl":
        print_jsonl(rows)
    elif fmt == "csv":
        print_delimited(rows, columns)
    elif fmt == "tsv":
        print_delimited(rows, columns, delimiter="\t")
    else:
        print_table(rows, columns, title=title)


def err(message: str) -> None:
    """A one-line message for the user, on stderr."""
    print(message, file=sys.stderr, flush=True)
