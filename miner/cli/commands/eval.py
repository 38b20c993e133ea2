"""Evaluate a stage against gold annotations.

  miner eval classify   document types: accuracy, macro-F1, confusion matrix
  miner eval extract    goals, actors, CRPD articles: precision, recall, F1
  miner eval similar    comparable examples: precision@5, nDCG@10 against the baseline

Each evaluation reads the sample corpus's gold (corpus/sample/gold.jsonl) and,
when present, the real documents in ../shared/corpus-real.
"""

from __future__ import annotations

import argparse
import importlib

NAME = "eval"
HELP = "evaluate classification, extraction or similarity against gold"

#: stage -> module defining configure(parser) and run(args) -> int
EVALUATORS = {
    "classify": "miner.classify.evaluate",
    "extract": "miner.extract.evaluate",
    "similar": "miner.similar.evaluate",
}


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="stage", metavar="STAGE", required=True)
    for stage, module in EVALUATORS.items():
        try:
            mod = importlib.import_module(module)
        except ImportError:
            continue  # that stage has no evaluator yet
        p = sub.add_parser(stage, help=(mod.__doc__ or stage).strip().splitlines()[0],
                           description=(mod.__doc__ or "").strip(),
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        mod.configure(p)
        p.set_defaults(_eval=mod.run)


def run(args: argparse.Namespace) -> int:
    return int(args._eval(args) or 0)
