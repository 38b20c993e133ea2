"""SHACL validation of the built graph (pyshacl against ``ontology/shapes.ttl``).

Each document's named graph is checked together with the ontology and the
reference data, so that links to things that do not exist (article 51, an
unknown kommunkod, a goal id with no goal) are caught as well as missing
evidence. Documents are checked in batches to bound memory on large stores.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import rdflib
from rdflib.namespace import RDF, SH

from ..config import ONTOLOGY_DIR
from . import vocab
from .convert import to_rdflib_graph
from .store import GraphStore

__all__ = [
    "ValidationReport", "Violation", "reference_context", "shapes_graph", "validate", "validate_analyses",
    "validate_quads",
]


@dataclass(frozen=True)
class Violation:
    """One SHACL result, readable: which document, which node, which property, what is wrong."""

    focus: str
    path: str | None
    message: str
    severity: str = "Violation"
    value: str | None = None
    doc_id: str | None = None

    def line(self) -> str:
        where = _short(self.focus) + (f" {_short(self.path)}" if self.path else "")
        value = f" (value: {_short(self.value)})" if self.value is not None and self.value != self.focus else ""
        sev = "" if self.severity == "Violation" else f"[{self.severity}] "
        return f"{self.doc_id or 'reference'}: {sev}{where}: {self.message}{value}"


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    documents: int = 0
    triples: int = 0
    seconds: float = 0.0

    def lines(self, limit: int | None = None) -> list[str]:
        shown = self.violations if limit is None else self.violations[:limit]
        out = [v.line() for v in shown]
        if limit is not None and len(self.violations) > limit:
            out.append(f"... and {len(self.violations) - limit} more")
        return out

    def summary(self) -> str:
        state = "conforms" if self.conforms else f"{len(self.violations)} violation(s)"
        return (f"{self.documents} document graph(s), {self.triples} triples checked against the shapes "
                f"in {self.seconds:.1f} s: {state}")


def _short(term: str | None) -> str:
    if term is None:
        return ""
    for name, ns in vocab.prefixes().items():
        if term.startswith(ns) and len(term) > len(ns):
            return f"{name}:{term[len(ns):]}"
    return term


@functools.lru_cache(maxsize=2)
def _shapes(path: str, mtime: float) -> rdflib.Graph:
    return rdflib.Graph().parse(path, format="turtle")


def shapes_graph(folder: Path = ONTOLOGY_DIR) -> rdflib.Graph:
    """The parsed SHACL shapes (cached while the file is unchanged)."""
    path = folder / "shapes.ttl"
    return _shapes(str(path), path.stat().st_mtime)


def _results(results: rdflib.Graph) -> list[Violation]:
    out = []
    for r in results.subjects(RDF.type, SH.ValidationResult):
        focus = str(results.value(r, SH.focusNode))
        path = results.value(r, SH.resultPath)
        value = results.value(r, SH.value)
        msgs = sorted(str(m) for m in results.objects(r, SH.resultMessage))
        sev = results.value(r, SH.resultSeverity)
        out.append(Violation(
            focus=focus,
            path=str(path) if isinstance(path, rdflib.URIRef) else None,
            message=msgs[0] if msgs else "violates a shape",
            severity=str(sev).rsplit("#", 1)[-1] if sev else "Violation",
            value=str(value) if value is not None else None,
            doc_id=vocab.doc_id_of(focus),
        ))
    return out


def _check(data: rdflib.Graph, shapes: rdflib.Graph) -> list[Violation]:
    import pyshacl

    conforms, results, _text = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", abort_on_first=False, allow_warnings=True,
        meta_shacl=False, advanced=False, js=False, debug=False,
    )
    return [] if conforms else _results(results)


def _context(store: GraphStore) -> rdflib.Graph:
    """Ontology, reference data and shared entities, which documents' graphs point into."""
    return to_rdflib_graph(store.graph_quads(vocab.ontology_graph()) + store.graph_quads(vocab.reference_graph())
                           + store.graph_quads(vocab.entities_graph()))


def reference_context(folder: Path = ONTOLOGY_DIR) -> rdflib.Graph:
    """The ontology and reference data as loaded into a store (under the configured base IRI)."""
    store = GraphStore.in_memory()
    store.ensure_reference(folder)
    return _context(store)


def validate_quads(docs: dict[str, list], context: rdflib.Graph | None = None, *,
                   folder: Path = ONTOLOGY_DIR) -> ValidationReport:
    """Check documents' quads (doc id → quads, as :func:`~miner.graph.build.analysis_quads` makes them).

    ``context`` is the ontology and reference data (made from ``folder`` when None);
    pass it in when validating several batches.
    """
    t0 = time.perf_counter()
    shapes = shapes_graph(folder)
    data = to_rdflib_graph([q for quads in docs.values() for q in quads])
    triples = len(data)
    data += context if context is not None else reference_context(folder)
    ordered = sorted(set(_check(data, shapes)), key=lambda v: (v.doc_id or "", v.focus, v.path or "", v.message))
    return ValidationReport(conforms=not ordered, violations=ordered, documents=len(docs), triples=triples,
                            seconds=time.perf_counter() - t0)


def validate(target: Path | GraphStore, doc_ids: Iterable[str] | None = None, *, batch_size: int = 100,
             folder: Path = ONTOLOGY_DIR) -> ValidationReport:
    """Check documents' named graphs (all of them unless ``doc_ids``) and the reference data against the shapes.

    ``target`` is an output folder (its store is opened read-only) or an open
    :class:`GraphStore`. Documents are checked ``batch_size`` at a time.
    """
    t0 = time.perf_counter()
    store = target if isinstance(target, GraphStore) else GraphStore(Path(target), read_only=True)
    context = _context(store)
    ids = sorted(store.document_ids() if doc_ids is None else set(doc_ids))
    violations: dict[Violation, None] = {}
    triples = 0
    for i in range(0, max(len(ids), 1), batch_size):
        batch = ids[i:i + batch_size]
        report = validate_quads({d: store.document_quads(d) for d in batch}, context, folder=folder)
        triples += report.triples
        for v in report.violations:
            violations.setdefault(v, None)
    ordered = sorted(violations, key=lambda v: (v.doc_id or "", v.focus, v.path or "", v.message))
    return ValidationReport(conforms=not ordered, violations=ordered, documents=len(ids), triples=triples,
                            seconds=time.perf_counter() - t0)


def validate_analyses(analyses: Iterable, folder: Path = ONTOLOGY_DIR) -> ValidationReport:
    """Validate :class:`~miner.model.Analysis` objects without a store on disk."""
    from .build import analysis_quads

    return validate_quads({a.document.id: analysis_quads(a) for a in analyses}, folder=folder)
