"""``python -m corpus.generator``: render the sample corpus and write its gold files."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import build, write_jsonl
from .gold import GoldError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m corpus.generator", description=__doc__)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "sample",
                        help="output folder (default: corpus/sample)")
    parser.add_argument("--only", nargs="+", metavar="NAME",
                        help="render only documents whose file name contains one of these strings")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    try:
        gold, layout = build(args.out, args.only)
    except GoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if not gold:
        print("error: no document matched --only", file=sys.stderr)
        return 2
    write_jsonl(args.out / "gold.jsonl", gold)
    write_jsonl(args.out / "layout.jsonl", layout)
    pages = sum(r["pages"] for r in layout)
    print(f"{len(gold)} documents, {pages} pages -> {args.out} ({time.perf_counter() - t0:.1f} s)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
