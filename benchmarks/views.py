"""Benchmark: every graph view in every format at country scale (290 municipalities x 10 documents).

    python benchmarks/views.py                       # the synthetic graph benchmarks/sparql.py builds (reused)
    python benchmarks/views.py --out outputs         # a built corpus instead
    python benchmarks/views.py --keep /tmp/views     # keep the files to look at them

For each view and format it measures the wall time of ``miner.views.export``
(queries in Oxigraph on disk, conversion, writing), the file size, the nodes
and edges written and whether the view had to be aggregated or cut (the level
it ended at and the note it carries). The synthetic graph is made by
``benchmarks/sparql.py``'s ``build_store`` from ``miner.graph.synthetic`` and
kept in ``--work`` for the next run.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sparql import build_store

from miner.config import PROJECT_ROOT
from miner.graph.synthetic import synthetic_corpus
from miner.views import export

#: (view, format, options): what a researcher would ask for at country scale.
CASES: list[tuple[str, str, dict[str, Any]]] = [
    ("documents-articles", "graphml", {}),
    ("documents-articles", "gexf", {}),
    ("documents-articles", "cyjs", {}),
    ("documents-articles", "csv", {}),
    ("documents-articles", "html", {}),
    ("documents-articles", "png", {}),
    ("documents-articles", "svg", {}),
    ("documents-articles", "gexf", {"by": "document", "max_nodes": 0}),
    ("documents-articles", "png", {"county": "Västra Götalands län"}),
    ("documents-articles", "ttl", {"county": "Uppsala län"}),
    ("documents-articles", "jsonld", {"county": "Uppsala län"}),
    ("coverage", "csv", {}),
    ("coverage", "png", {}),
    ("coverage", "png", {"by": "municipality", "county": "Skåne län"}),
    ("coverage", "svg", {"by": "county"}),
    ("coverage", "gexf", {}),
    ("actors", "png", {}),
    ("actors", "html", {}),
    ("actors", "graphml", {"by": "actor", "max_nodes": 0}),
    ("actors", "png", {"municipality": "Upplands Väsby"}),
    ("municipality", "html", {"municipality": "Upplands Väsby"}),
    ("municipality", "png", {"municipality": "Upplands Väsby"}),
    ("municipality", "ttl", {"municipality": "Upplands Väsby"}),
    ("sparql", "gexf", {"query": "SELECT ?m ?a (COUNT(DISTINCT ?d) AS ?docs) WHERE { ?d dcterms:publisher ?m ; "
                                 "eli:is_about ?a } GROUP BY ?m ?a"}),
]

EXT = {"cyjs": "cyjs", "jsonld": "jsonld"}


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def run(out: Path, keep: Path) -> list[dict[str, Any]]:
    rows = []
    for i, (view, fmt, opts) in enumerate(CASES):
        dest = keep / f"{i:02d}-{view}.{EXT.get(fmt, fmt)}"
        t0 = time.perf_counter()
        s = export(out, view, fmt, dest, timeout=0, **opts)
        seconds = time.perf_counter() - t0
        label = ", ".join(f"{k}={v}" for k, v in opts.items() if k != "query") or "-"
        row = {"view": view, "format": fmt, "options": label, "level": s.level, "nodes": s.nodes, "edges": s.edges,
               "triples": s.triples, "bytes": s.bytes, "seconds": round(seconds, 2), "notes": s.notes,
               "size": f"{s.width}x{s.height}" if s.width else "", "file": str(dest)}
        rows.append(row)
        _log(f"{view:19s} {fmt:8s} {label[:40]:40s} {row['level']:13s} {s.nodes:6d} nodes {s.edges:7d} edges "
             f"{s.bytes / 1024:9.0f} KiB {seconds:6.1f} s" + (f"  [{'; '.join(s.notes)}]" if s.notes else ""))
    return rows


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--out", type=Path, help="a built output folder (default: the synthetic country-scale graph)")
    p.add_argument("--municipalities", type=int, default=290)
    p.add_argument("--docs-per-municipality", type=int, default=10)
    p.add_argument("--work", type=Path, default=PROJECT_ROOT / ".benchmarks")
    p.add_argument("--keep", type=Path, help="write the files here (default: a temporary folder, removed)")
    p.add_argument("--json", type=Path, help="also write the results as JSON")
    args = p.parse_args(argv)
    out = args.out
    if out is None:
        m, d = args.municipalities, args.docs_per_municipality
        out = args.work / f"synthetic-{m}x{d}"
        if not (out / "store" / "CURRENT").exists() or not (out / "graph.json").exists():
            _log(f"building the synthetic graph: {m} municipalities x {d} documents in {out}")
            build_store(out, synthetic_corpus(d, municipalities=m))
    with tempfile.TemporaryDirectory() as tmp:
        keep = args.keep or Path(tmp)
        keep.mkdir(parents=True, exist_ok=True)
        rows = run(out, keep)
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
