"""The graph stage: analyses become named graphs in an Oxigraph store, validated and dumped.

:func:`write_graph` is what ``miner build`` calls once per run. Modules:
:mod:`.vocab` (every IRI), :mod:`.build` (Analysis → quads), :mod:`.store`
(Oxigraph on disk, SPARQL), :mod:`.validate` (SHACL), :mod:`.reference`
(reference data as RDF).

Named graphs: one per document (``{base}graph/{doc_id}``); shared actors and
extractors in the entities graph; ontology, reference data and build
statistics in graphs of their own (see ``ontology/README.md``).
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..errors import MinerError
from ..fsutil import write_json
from ..model import Analysis
from .build import analysis_quads
from .store import GraphStore, QueryResult, QueryTimeout
from .validate import ValidationReport, reference_context, validate, validate_quads

__all__ = [
    "GraphStore", "GraphSummary", "QueryResult", "QueryTimeout", "ValidationReport", "analysis_quads",
    "stored_document_ids", "validate", "write_graph",
]

#: Written last by every build: readers (the server) reopen the store when it changes.
SUMMARY_FILE = "graph.json"

#: How many documents are built, validated and written together (bounds memory on large corpora).
CHUNK = 200


@dataclass
class GraphSummary:
    triples: int  # in the whole store, reference data included
    graphs: int  # document graphs in the store
    written: int  # document graphs (re)written by this run
    removed: int
    reference_loaded: bool  # ontology/reference graphs were (re)loaded
    seconds: float
    validate_seconds: float = 0.0
    dump_seconds: float = 0.0
    dumps: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)


def stored_document_ids(out_dir: Path) -> set[str]:
    """Ids of the documents whose graphs are in ``out_dir``'s store (empty when nothing is built)."""
    if not (Path(out_dir) / "store" / "CURRENT").exists():
        return set()
    with GraphStore(Path(out_dir), read_only=True) as store:
        return store.document_ids()


def write_graph(out_dir: Path, changed: list[Analysis], removed: list[str], *, dump: bool = True) -> GraphSummary:
    """Write the changed documents' named graphs, drop the removed ones, validate, dump.

    Each chunk of documents is validated against the SHACL shapes *before* it is
    written, so the store never holds a graph that violates them: on the first
    violation this raises :class:`~miner.errors.MinerError` listing the first
    violations (graphs of earlier chunks stay written, each one complete).
    Other documents' graphs are never touched.
    """
    t0 = time.perf_counter()
    out_dir = Path(out_dir)
    validate_s = 0.0
    with GraphStore(out_dir) as store:
        reference_loaded = store.ensure_reference()
        context = reference_context() if changed else None
        for i in range(0, len(changed), CHUNK):
            docs = {}
            for a in changed[i:i + CHUNK]:
                doc_id = a.document.id
                if doc_id in docs:
                    raise MinerError(f"two documents share the id {doc_id!r}")
                docs[doc_id] = analysis_quads(a)
            report = validate_quads(docs, context)
            validate_s += report.seconds
            if not report.conforms:
                lines = "; ".join(report.lines(limit=5))
                raise MinerError(f"the graph violates the SHACL shapes ({len(report.violations)} violation(s); "
                                 f"run 'miner validate' after fixing): {lines}")
            store.add_documents(docs)
        for doc_id in removed:
            store.remove_document(doc_id)
        store.prune_entities()
        triples = store.write_statistics()
        graphs = len(store.document_ids())
        store.optimize()
        td = time.perf_counter()
        paths = {k: str(p) for k, p in store.dump(out_dir).items()} if dump else {}
        dump_s = time.perf_counter() - td
    summary = GraphSummary(triples=triples, graphs=graphs, written=len(changed), removed=len(removed),
                           reference_loaded=reference_loaded, seconds=round(time.perf_counter() - t0, 3),
                           validate_seconds=round(validate_s, 3), dump_seconds=round(dump_s, 3), dumps=paths)
    write_json(out_dir / SUMMARY_FILE, summary.to_dict())
    return summary


