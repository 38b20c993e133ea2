"""Evaluate a stage against gold annotations.

  miner eval classify   document types: accuracy, macro-F1, confusion matrix
  miner eval extract    goals, actors, CRPD articles: precision, recall, F1
  miner eval similar    comparable examples: precision@5, nDCG@10 against the baseline

Each evaluation reads the sample corpus's gold (corpus/sample/gold.jsonl) and,
when present, the real documents in ../shared/corpus-real. Run
'miner eval STAGE --help' for a stage's options.
"""

from __future__ import annotations

import argparse
import importlib

NAME = "eval"
HELP = "evaluate classification, extraction or similarity against gold"

#: stage -> (module defining configure(parser) and run(args) -> int, one-line help)
EVALUATORS = {
    "classify": ("miner.classify.evaluate", "document types: accuracy, macro-F1, confusion matrix"),
    "extract": ("miner.extract.evaluate", "goals, actors and CRPD articles: precision, recall, F1"),
    "similar": ("miner.similar.evaluate", "comparable examples: precision@5 and nDCG@10 against TF-IDF"),
}


def configure(parser: argparse.ArgumentParser) -> None:
    # The evaluators (and the models they load) are imported only when one runs, so that
    # 'miner --help' and every other command start fast; their options are parsed in run().
    sub = parser.add_subparsers(dest="stage", metavar="STAGE", required=True)
    for stage, (_, help_text) in EVALUATORS.items():
        p = sub.add_parser(stage, help=help_text, add_help=False)
        p.set_defaults(_extra_ok=True)


def run(args: argparse.Namespace) -> int:
    module, help_text = EVALUATORS[args.stage]
    mod = importlib.import_module(module)
    parser = argparse.ArgumentParser(prog=f"miner eval {args.stage}", description=(mod.__doc__ or help_text).strip(),
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    mod.configure(parser)
    return int(mod.run(parser.parse_args(getattr(args, "extra_args", []))) or 0)
