"""Graph views: parts of the knowledge graph exported for Gephi, Cytoscape, a browser or a report.

    from miner.views import export, view_graph

    g = view_graph("outputs", "documents-articles", county="Uppsala län", by="municipality")
    summary = export("outputs", "coverage", "png", "coverage.png", group="B3")
    summary = export("outputs", "municipality", "html", "kiruna.html", municipality="Kiruna")

Views (:data:`VIEWS`): ``documents-articles`` (documents, or municipalities,
counties, SKR groups, and the CRPD articles they address; weight = evidence
count), ``coverage`` (the municipality × article matrix), ``actors`` (actors,
the goals they are responsible for, shared responsibility), ``municipality``
(the ego view of one municipality), ``sparql`` (any CONSTRUCT, or a SELECT
with two variables). Filters: ``municipality``, ``county``, ``group``,
``type``, ``article``, ``year``/``from_year``/``to_year`` (names or codes;
comma-separated strings or lists).

Formats (:data:`FORMATS`): graphml, gexf, cyjs, csv, ttl, jsonld, html, png,
svg. Every view is SPARQL run in Oxigraph and converted to networkx by the one
function :func:`miner.views.convert.to_networkx`; writers take the networkx
graph (ttl/jsonld take the RDF the view's CONSTRUCTs return). A view with more
than ``max_nodes`` nodes (default 300) is aggregated or cut to its strongest
nodes, and says so (:attr:`ExportSummary.notes`, the file's title/metadata).

Names are imported lazily: the CLI builds its parser from :mod:`.catalog`
without loading networkx and matplotlib.
"""

from __future__ import annotations

from typing import Any

from .catalog import FORMATS, LEVELS, SUFFIXES, TEXT_FORMATS, VIEWS, guess_format

_LAZY = {
    "export": ("miner.views.api", "export"),
    "view_graph": ("miner.views.api", "view_graph"),
    "ExportSummary": ("miner.views.api", "ExportSummary"),
    "DEFAULT_MAX_NODES": ("miner.views.builders", "DEFAULT_MAX_NODES"),
    "KINDS": ("miner.views.builders", "KINDS"),
    "Filters": ("miner.views.filters", "Filters"),
    "resolve_filters": ("miner.views.filters", "resolve_filters"),
    "to_networkx": ("miner.views.convert", "to_networkx"),
}

__all__ = ["FORMATS", "LEVELS", "SUFFIXES", "TEXT_FORMATS", "VIEWS", "guess_format", *_LAZY]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'miner.views' has no attribute {name!r}")
