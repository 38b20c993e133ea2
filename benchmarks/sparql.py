"""Benchmark: building, loading and querying the graph; Oxigraph against rdflib.

    python benchmarks/sparql.py                        # example/sample graph + synthetic country-scale graph
    python benchmarks/sparql.py --municipalities 30    # a smaller synthetic graph (30 x 10 documents)
    python benchmarks/sparql.py --no-rdflib --json results.json

For each graph it measures

* build (synthetic graph only): ``analysis_quads`` and writing to the on-disk
  store as ``miner build`` does, in triples/s; SHACL validation per document on
  a sample, extrapolated;
* load: the N-Quads dump into pyoxigraph's in-memory store against rdflib's
  in-memory Dataset, triples/s;
* every ready query, once over the whole corpus ("all") and, where it has
  parameters, once as a researcher would narrow it ("one"): the median of
  ``--repeat`` runs on Oxigraph in memory (what ``miner serve`` answers from),
  Oxigraph on disk (what ``miner query`` reads) and rdflib in memory, with
  rdflib's runs in a forked process stopped after ``--rdflib-timeout`` seconds.

Latency is the time to the complete result serialised as SPARQL JSON (in
Rust for Oxigraph; for rdflib, its result rows materialised). The synthetic
graph is built by the same ``analysis_quads`` from synthetic Analysis objects
(``miner.graph.synthetic``) and kept in ``--work`` for the next run.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from miner.config import DEFAULT_OUT, PROJECT_ROOT
from miner.graph import vocab
from miner.graph.build import analysis_quads
from miner.graph.examples import example_corpus
from miner.graph.store import GraphStore
from miner.graph.synthetic import synthetic_corpus
from miner.graph.validate import reference_context, validate_quads
from miner.queries import ready_queries

AIM_MS = 100.0


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# --------------------------------------------------------------------- building


def build_store(work: Path, analyses: Any, chunk: int = 200) -> dict[str, Any]:
    """Write analyses into ``work/store`` as ``miner build`` does (without SHACL), then dump N-Quads."""
    t0 = time.perf_counter()
    quad_s = write_s = 0.0
    n_docs = n_quads = 0
    with GraphStore(work) as store:
        store.ensure_reference()
        docs: dict[str, list] = {}

        def flush() -> None:
            nonlocal write_s
            tw = time.perf_counter()
            store.add_documents(docs)
            write_s += time.perf_counter() - tw
            docs.clear()

        for a in analyses:
            tq = time.perf_counter()
            quads = analysis_quads(a)
            quad_s += time.perf_counter() - tq
            docs[a.document.id] = quads
            n_docs += 1
            n_quads += len(quads)
            if len(docs) >= chunk:
                flush()
                _log(f"  built {n_docs} documents, {n_quads} quads")
        if docs:
            flush()
        store.write_statistics()
        store.prune_entities()
        store.optimize()
        td = time.perf_counter()
        store.dump(work)
        dump_s = time.perf_counter() - td
        triples = len(store)
    (work / "graph.json").write_text(json.dumps({"dumps": {"nq": str(work / "graph.nq")}, "triples": triples}))
    return {"documents": n_docs, "quads_built": n_quads, "triples": triples,
            "analysis_quads_s": round(quad_s, 1), "store_write_s": round(write_s, 1), "dump_s": round(dump_s, 1),
            "total_s": round(time.perf_counter() - t0, 1),
            "analysis_quads_per_s": round(n_quads / quad_s) if quad_s else None,
            "store_write_quads_per_s": round(n_quads / write_s) if write_s else None}


def shacl_rate(analyses: list, sample: int = 100) -> dict[str, Any]:
    """SHACL validation time per document, on a sample (what a build adds per changed document)."""
    context = reference_context()
    docs = {a.document.id: analysis_quads(a) for a in analyses[:sample]}
    report = validate_quads(docs, context)
    return {"documents": len(docs), "seconds": round(report.seconds, 1),
            "ms_per_document": round(1000 * report.seconds / max(len(docs), 1)), "conforms": report.conforms}


# ---------------------------------------------------------------------- queries


def query_cases(sample_doc: str, sample_goal: str, municipality: str) -> list[tuple[str, str, dict]]:
    """(label, ready query, parameters): every query over everything, and narrowed where it takes parameters."""
    narrowed = {
        "committee-goals": {"committee": "Kultur- och fritidsnämnden", "kommun": municipality},
        "goal-provenance": {"goal": sample_goal},
        "goal-hierarchy": {"doc": sample_doc},
        "documents-by-type": {"kommun": municipality},
        "articles-by-municipality": {"kommun": municipality},
        "document-actors": {"kommun": municipality},
        "review-low-confidence": {"threshold": "0.45", "kommun": municipality},
    }
    cases = []
    for name, q in ready_queries().items():
        cases.append((f"{name} [all]", name, {}))
        if name in narrowed and q.params:
            cases.append((f"{name} [one]", name, narrowed[name]))
    return cases


def _median_ms(times: list[float]) -> float:
    return round(1000 * statistics.median(times), 1)


def time_oxigraph(store: ox.Store, sparql: str, repeat: int) -> tuple[float, int]:
    times, size = [], 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        res = store.query(sparql, use_default_graph_as_union=True, prefixes=vocab.prefixes())
        data = res.serialize(format=ox.QueryResultsFormat.JSON) if not isinstance(res, ox.QueryTriples) else b""
        times.append(time.perf_counter() - t0)
        size = len(data)
    return _median_ms(times), size


_RDFLIB: Any = None  # the rdflib Dataset, inherited by forked children


def _rdflib_child(sparql: str, repeat: int, conn: Any) -> None:
    try:
        for _ in range(repeat):
            t0 = time.perf_counter()
            rows = list(_RDFLIB.query(sparql))
            conn.send(("ok", time.perf_counter() - t0, len(rows)))
    except Exception as exc:  # reported in the table
        conn.send(("error", f"{type(exc).__name__}: {exc}"[:120], 0))


def time_rdflib(sparql: str, repeat: int, timeout: float) -> tuple[float | None, str]:
    """Median ms of rdflib runs in a forked child; None and a note when it errs or passes ``timeout``."""
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=_rdflib_child, args=(sparql, repeat, child), daemon=True)
    proc.start()
    times, note = [], ""
    for _ in range(repeat):
        if not parent.poll(timeout):
            note = "timeout"
            break
        status, value, _rows = parent.recv()
        if status != "ok":
            note = str(value)
            break
        times.append(value)
    proc.kill()
    proc.join()
    return (_median_ms(times) if times and not note else None), note


# ------------------------------------------------------------------------- runs


def bench_graph(label: str, work: Path, repeat: int, rdflib_on: bool, rdflib_timeout: float,
                cases: list[tuple[str, str, dict]]) -> dict[str, Any]:
    global _RDFLIB
    nq = work / "graph.nq"
    out: dict[str, Any] = {"graph": label, "folder": str(work)}
    disk = ox.Store.read_only(str(work / "store"))
    triples = len(disk)
    out["triples"] = triples

    t0 = time.perf_counter()
    mem = ox.Store()
    mem.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    ox_load = time.perf_counter() - t0
    out["load"] = {"oxigraph_s": round(ox_load, 2), "oxigraph_triples_per_s": round(triples / ox_load)}
    _log(f"[{label}] {triples} triples; Oxigraph loaded the N-Quads in {ox_load:.1f} s")

    if rdflib_on:
        import rdflib

        t0 = time.perf_counter()
        _RDFLIB = rdflib.Dataset(default_union=True)
        _RDFLIB.parse(str(nq), format="nquads")
        rd_load = time.perf_counter() - t0
        out["load"].update({"rdflib_s": round(rd_load, 1), "rdflib_triples_per_s": round(triples / rd_load),
                            "ratio": round(rd_load / ox_load, 1)})
        _log(f"[{label}] rdflib loaded it in {rd_load:.1f} s")

    rows = []
    for case_label, name, params in cases:
        ready = ready_queries()[name]
        sparql = ready.bind(**params)
        mem_ms, size = time_oxigraph(mem, sparql, repeat)
        disk_ms, _ = time_oxigraph(disk, sparql, max(1, repeat // 2))
        row: dict[str, Any] = {"query": case_label, "oxigraph_memory_ms": mem_ms, "oxigraph_disk_ms": disk_ms,
                               "result_bytes": size}
        if rdflib_on:
            rd_ms, note = time_rdflib(ready.portable(sparql), repeat, rdflib_timeout)  # rdflib has no LATERAL
            row["rdflib_ms"] = rd_ms
            row["rdflib_note"] = note
            if note == "timeout":  # a lower bound: rdflib had not finished after the timeout
                row["ratio"], row["ratio_at_least"] = round(1000 * rdflib_timeout / max(mem_ms, 0.1)), True
            else:
                row["ratio"] = round(rd_ms / max(mem_ms, 0.1), 1) if rd_ms else None
        rows.append(row)
        _log(f"[{label}] {case_label}: {mem_ms} ms in memory, {disk_ms} ms on disk"
             + (f", rdflib {row.get('rdflib_ms') or row.get('rdflib_note')}" if rdflib_on else ""))
    out["queries"] = rows
    _RDFLIB = None
    return out


def print_report(result: dict[str, Any], rdflib_timeout: float) -> None:
    load = result["load"]
    print(f"\n== {result['graph']}: {result['triples']:,} triples")
    if "build" in result:
        b = result["build"]
        print(f"build: {b['documents']} documents, analysis_quads {b['analysis_quads_per_s']:,} quads/s, "
              f"store write {b['store_write_quads_per_s']:,} quads/s, dump {b['dump_s']} s, total {b['total_s']} s")
    if "shacl" in result:
        s = result["shacl"]
        print(f"SHACL: {s['ms_per_document']} ms per document (sample of {s['documents']})")
    line = f"load N-Quads: Oxigraph {load['oxigraph_s']} s ({load['oxigraph_triples_per_s']:,} triples/s)"
    if "rdflib_s" in load:
        line += (f", rdflib {load['rdflib_s']} s ({load['rdflib_triples_per_s']:,} triples/s): "
                 f"Oxigraph {load['ratio']}x faster")
    print(line)
    header = f"{'query':42s} {'oxigraph mem':>13s} {'oxigraph disk':>14s}"
    rd = any("rdflib_ms" in r for r in result["queries"])
    if rd:
        header += f" {'rdflib':>12s} {'rdflib/ox':>10s}"
    print(header)
    for r in result["queries"]:
        flag = "" if r["oxigraph_memory_ms"] <= AIM_MS else "  (> 100 ms)"
        line = f"{r['query']:42s} {r['oxigraph_memory_ms']:>10.1f} ms {r['oxigraph_disk_ms']:>11.1f} ms"
        if rd:
            if r.get("rdflib_ms") is not None:
                rd_txt = f"{r['rdflib_ms']:.1f} ms"
            elif r.get("rdflib_note") == "timeout":
                rd_txt = f"> {rdflib_timeout:g} s"
            else:
                rd_txt = "error"
            ratio = "-" if not r.get("ratio") else (">" if r.get("ratio_at_least") else "") + f"{r['ratio']:g}x"
            line += f" {rd_txt:>12s} {ratio:>10s}"
        print(line + flag)
    mems = [r["oxigraph_memory_ms"] for r in result["queries"]]
    under = sum(m <= AIM_MS for m in mems)
    print(f"{under}/{len(mems)} query runs under {AIM_MS:.0f} ms median in memory; slowest {max(mems):.0f} ms")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--municipalities", type=int, default=290)
    p.add_argument("--docs-per-municipality", type=int, default=10)
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--rdflib-timeout", type=float, default=30.0)
    p.add_argument("--no-rdflib", action="store_true")
    p.add_argument("--no-synthetic", action="store_true")
    p.add_argument("--sample-out", type=Path, default=PROJECT_ROOT / DEFAULT_OUT,
                   help="a built sample corpus to benchmark too (default: outputs/, when built)")
    p.add_argument("--work", type=Path, default=PROJECT_ROOT / ".benchmarks")
    p.add_argument("--rebuild", action="store_true", help="rebuild the synthetic graph even if kept from a run")
    p.add_argument("--json", type=Path, help="also write the results as JSON")
    args = p.parse_args(argv)
    results = []

    # a small graph: the built sample corpus if there is one, else the hand-written examples
    if (args.sample_out / "graph.nq").exists() and (args.sample_out / "store" / "CURRENT").exists():
        small, small_label = args.sample_out, "sample corpus"
    else:
        small, small_label = args.work / "examples", "example documents (no built sample corpus found)"
        if not (small / "graph.nq").exists():
            build_store(small, example_corpus())
    with GraphStore(small, read_only=True) as s:
        first = sorted(s.document_ids())[0]
        goal = s.query(f"SELECT ?g WHERE {{ ?g dcterms:isPartOf <{vocab.doc(first)}> ; a sty:Goal }} LIMIT 1").rows
        muni = s.query(f"SELECT ?n WHERE {{ <{vocab.doc(first)}> dcterms:publisher/skos:altLabel ?n }}").rows
    cases = query_cases(first, goal[0]["g"] if goal else vocab.goal(first, "g1"), muni[0]["n"] if muni else "Uppsala")
    results.append(bench_graph(small_label, small, args.repeat, not args.no_rdflib, args.rdflib_timeout, cases))
    print_report(results[-1], args.rdflib_timeout)

    if not args.no_synthetic:
        m, d = args.municipalities, args.docs_per_municipality
        work = args.work / f"synthetic-{m}x{d}"
        built = (work / "graph.nq").exists() and (work / "store" / "CURRENT").exists()
        build_info = None
        if args.rebuild or not built:
            import shutil

            shutil.rmtree(work, ignore_errors=True)
            _log(f"building the synthetic graph: {m} municipalities x {d} documents")
            build_info = build_store(work, synthetic_corpus(d, municipalities=m))
        shacl = shacl_rate(list(synthetic_corpus(1, municipalities=100)))
        doc_id = next(iter(synthetic_corpus(1, municipalities=1))).document.id
        with GraphStore(work, read_only=True) as s:
            goal = s.query(f"SELECT ?g WHERE {{ ?g dcterms:isPartOf <{vocab.doc(doc_id)}> ; a sty:Goal }} LIMIT 1").rows
        cases = query_cases(doc_id, goal[0]["g"] if goal else vocab.goal(doc_id, "g1"), "Upplands Väsby")
        res = bench_graph(f"synthetic {m} municipalities x {d} documents", work, args.repeat, not args.no_rdflib,
                          args.rdflib_timeout, cases)
        if build_info:
            res["build"] = build_info
        res["shacl"] = shacl
        results.append(res)
        print_report(res, args.rdflib_timeout)

    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
