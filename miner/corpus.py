"""The built corpus as a Python object: open the graph store, query it, run ready queries.

    >>> from miner import Corpus
    >>> corpus = Corpus("outputs")
    >>> for row in corpus.run("committee-goals", committee="Socialnämnden"):
    ...     print(row["municipality"], row["text"], row["page"])

Queries run in Oxigraph (never in rdflib's engine). Rows are dicts of plain
Python values: IRIs and strings as ``str``, numbers as ``int``/``Decimal``/
``float``, dates as ``datetime.date``. The store is opened read-only, so a
notebook can query while nothing else writes the folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .config import DEFAULT_OUT
from .graph.store import GraphStore, QueryResult
from .graph.validate import ValidationReport, validate
from .queries import ReadyQuery, ready_queries
from .queries import get as get_query

__all__ = ["Corpus"]

_DOCUMENTS = """
PREFIX sty: <https://w3id.org/styrdok/ontology#>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?id ?title ?type ?statedType ?organisation ?kommunkod ?adopted ?adoptedBy ?pages ?source ?sha256
       (COUNT(DISTINCT ?goal) AS ?goals) ?doc
WHERE {
  ?doc a sty:PolicyDocument ; dcterms:identifier ?id ; sty:sourceFile ?source ; sty:sha256 ?sha256 .
  OPTIONAL { ?doc dcterms:title ?title }
  OPTIONAL { ?doc eli:type_document/skos:notation ?type }
  OPTIONAL { ?doc sty:statedType ?statedType }
  OPTIONAL { ?doc sty:organisationName ?organisation }
  OPTIONAL { ?doc dcterms:publisher ?org .
             OPTIONAL { ?org sty:kommunkod ?municipalityCode } OPTIONAL { ?org sty:lanskod ?countyCode } }
  BIND(COALESCE(?municipalityCode, ?countyCode) AS ?kommunkod)
  OPTIONAL { ?doc eli:date_document ?adopted }
  OPTIONAL { ?doc eli:passed_by/skos:prefLabel ?adoptedBy }
  OPTIONAL { ?doc sty:pageCount ?pages }
  OPTIONAL { ?goal dcterms:isPartOf ?doc }
}
GROUP BY ?id ?title ?type ?statedType ?organisation ?kommunkod ?adopted ?adoptedBy ?pages ?source ?sha256 ?doc
ORDER BY ?id
"""


class Corpus:
    """A built output folder (``miner build --out OUT``): its graph store and ready queries."""

    def __init__(self, out: Path | str = DEFAULT_OUT, *, memory: bool = False) -> None:
        """``memory=True`` loads the graph into memory first: a wait, then much faster queries."""
        self.out = Path(out)
        self.memory = memory
        self._store: GraphStore | None = None

    @property
    def store(self) -> GraphStore:
        """The graph store, opened read-only on first use (NotBuiltError when there is none)."""
        if self._store is None:
            self._store = GraphStore(self.out, read_only=True, memory=self.memory)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Corpus({str(self.out)!r})"

    # ----------------------------------------------------------------- querying

    def query(self, sparql: str, *, timeout: float | None = None) -> QueryResult:
        """Run SPARQL; iterate the result for rows (dicts), or use ``.rows``, ``.boolean``, ``.triples``.

        The default graph is the union of every graph. Bad SPARQL raises
        :class:`~miner.errors.UsageError` with the line and column; a query
        running past ``timeout`` seconds (default: the ``MINER_QUERY_TIMEOUT``
        setting) raises :class:`~miner.graph.store.QueryTimeout`.
        """
        return self.store.query(sparql, timeout=timeout)

    def ready_queries(self) -> dict[str, ReadyQuery]:
        """The library of ready queries by name (title, description, parameters, SPARQL)."""
        return ready_queries()

    def run(self, name: str, *, timeout: float | None = None, **params: Any) -> QueryResult:
        """Run a ready query by name, with its parameters as keywords: ``run("never-article-27", article=9)``."""
        return self.query(get_query(name).bind(**params), timeout=timeout)

    # --------------------------------------------------------------- shortcuts

    def documents(self) -> list[dict[str, Any]]:
        """One dict per document: id, title, type, organisation, kommunkod, adoption, pages, source, goals."""
        return self.query(_DOCUMENTS).rows

    def document_ids(self) -> set[str]:
        return self.store.document_ids()

    def provenance(self, goal: str) -> list[dict[str, Any]]:
        """Page, quote, offsets, extractor and source file of a goal (by IRI)."""
        return self.run("goal-provenance", goal=goal).rows

    def validate(self) -> ValidationReport:
        """Check the graph against the SHACL shapes (slow on large corpora: minutes at country scale)."""
        return validate(self.store)
