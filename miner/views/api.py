"""The public functions of :mod:`miner.views`: :func:`view_graph` and :func:`export`."""

from __future__ import annotations

import io
import os
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Any

import networkx as nx

from ..config import DEFAULT_OUT
from ..errors import MinerError, UsageError
from ..fsutil import atomic_open
from ..graph.store import GraphStore
from .builders import DEFAULT_MAX_NODES, build_view, view_rdf
from .catalog import FORMATS, TEXT_FORMATS, guess_format
from .filters import Filters, resolve_filters

__all__ = ["MAX_HEATMAP_ROWS", "MAX_PICTURE_NODES", "ExportSummary", "export", "view_graph"]

#: Coverage heat maps aggregate above this many rows (a taller picture is no longer readable).
MAX_HEATMAP_ROWS = 80
#: Network pictures aggregate above this many nodes: a printed page holds fewer readable nodes than a screen.
MAX_PICTURE_NODES = 120


@dataclass
class ExportSummary:
    """What an export wrote: where, how big, and whether the view was aggregated or cut (``notes``)."""

    view: str
    format: str
    level: str
    paths: list[str]
    nodes: int
    edges: int
    title: str
    notes: list[str] = field(default_factory=list)
    filters: dict[str, Any] = field(default_factory=dict)
    triples: int | None = None  # ttl/jsonld
    width: int | None = None  # pictures: pixels (PNG) or points (SVG)
    height: int | None = None
    bytes: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _max_nodes(view: str, fmt: str, max_nodes: int | None, filters: Filters) -> int | None:
    """The node limit for this output: tables and RDF are never a hairball; heat maps count rows."""
    if max_nodes is not None:
        return max_nodes if max_nodes > 0 else None
    if view == "coverage" and fmt == "csv":
        return None
    if view == "coverage" and fmt in ("png", "svg"):
        return MAX_HEATMAP_ROWS + len(filters.articles or range(50))
    if fmt in ("png", "svg"):
        return MAX_PICTURE_NODES
    return DEFAULT_MAX_NODES


def view_graph(out: Path | str = DEFAULT_OUT, view: str = "documents-articles", *, by: str | None = None,
               max_nodes: int | None = DEFAULT_MAX_NODES, query: str | None = None, timeout: float | None = None,
               store: GraphStore | None = None, **filters: Any) -> nx.Graph:
    """The networkx graph of a view over the built graph in ``out``.

    ``by`` picks the level (see :data:`LEVELS`; default: the finest, coarser
    automatically above ``max_nodes`` nodes, 0 or None for no limit);
    ``query`` is the SPARQL of the sparql view; ``filters`` as in
    :func:`resolve_filters`. The graph's ``graph`` dict holds ``title``,
    ``note`` (what aggregation did), ``level`` and the filters.
    """
    resolved = resolve_filters(**filters)
    own = store is None
    st = store or GraphStore(Path(out), read_only=True)
    try:
        return build_view(st, view, resolved, by=by, max_nodes=max_nodes, query=query, timeout=timeout)
    finally:
        if own:
            st.close()


def export(out: Path | str, view: str, fmt: str | None, dest: Path | str | IO[Any], *, by: str | None = None,
           max_nodes: int | None = None, query: str | None = None, timeout: float | None = None,
           lang: str = "sv", size: tuple[int, int] | None = None, **filters: Any) -> ExportSummary:
    """Write one view in one format to ``dest`` (a path, ``"-"`` for stdout, or an open stream).

    ``fmt`` None guesses from the file name. CSV to a path writes two files,
    ``FILE`` (nodes) and ``FILE.edges.csv`` (edges; see
    :func:`~miner.views.writers.edges_path`); to a stream only the edge table,
    which names both ends. The coverage view writes its matrix as CSV instead.
    ``max_nodes`` None means the default for the format (300 for graph files
    and pages, 120 for pictures, 80 rows for heat maps, none for tables and
    RDF). ``size`` is
    ``(width, height)`` in pixels for graph pictures. ``lang`` ``"en"`` draws
    pictures with English labels (the page has a toggle).
    """
    t0 = time.perf_counter()
    fmt = fmt or guess_format(dest if isinstance(dest, str | Path) else None)
    if fmt is None:
        raise UsageError(f"give --format ({', '.join(FORMATS)}) or a file name ending in one of them")
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    if lang not in ("sv", "en"):
        raise UsageError("lang is sv or en")
    to_stdout = isinstance(dest, str) and dest == "-"
    if to_stdout and fmt not in TEXT_FORMATS:
        raise UsageError(f"{fmt} is binary: write it to a file with -o FILE")
    resolved = resolve_filters(**filters)
    limit = _max_nodes(view, fmt, max_nodes, resolved)
    from . import html, pictures, writers

    with GraphStore(Path(out), read_only=True) as store:
        if fmt in ("ttl", "jsonld"):
            triples = view_rdf(store, view, resolved, query=query, timeout=timeout)
            data = io.BytesIO()
            writers.write_rdf(triples, fmt, data)
            paths = _emit(dest, data.getvalue())
            nodes = len({t.subject for t in triples} | {t.object for t in triples if not hasattr(t.object, "datatype")})
            return ExportSummary(view, fmt, "rdf", paths, nodes, len(triples), _rdf_title(view, resolved),
                                 filters=resolved.to_dict(), triples=len(triples), bytes=len(data.getvalue()),
                                 seconds=round(time.perf_counter() - t0, 3))
        g = build_view(store, view, resolved, by=by, max_nodes=limit, query=query, timeout=timeout)

    summary = ExportSummary(view, fmt, g.graph["level"], [], len(g), g.number_of_edges(),
                            g.graph.get("title_en" if lang == "en" else "title", ""), list(g.graph["notes_en"]),
                            resolved.to_dict())
    if fmt == "csv":
        if view == "coverage":
            text = io.StringIO()
            writers.write_matrix(g, text)
            summary.paths = _emit(dest, text.getvalue().encode("utf-8"))
        elif to_stdout or not isinstance(dest, str | Path):
            text = io.StringIO()
            writers.write_csv(g, None, text)
            summary.paths = _emit(dest, text.getvalue().encode("utf-8"))
            summary.notes.append("only the edge table was written (to a stream); write to a file for the node "
                                 "table too")
        else:
            nodes_text, edges_text = io.StringIO(), io.StringIO()
            writers.write_csv(g, nodes_text, edges_text)
            summary.paths = _emit(dest, nodes_text.getvalue().encode("utf-8"))
            summary.paths += _emit(writers.edges_path(Path(dest)), edges_text.getvalue().encode("utf-8"))
    else:
        data = io.BytesIO()
        if fmt == "graphml":
            writers.write_graphml(g, data)
        elif fmt == "gexf":
            writers.write_gexf(g, data)
        elif fmt == "cyjs":
            text = io.StringIO()
            writers.write_cyjs(g, text)
            data.write(text.getvalue().encode("utf-8"))
        elif fmt == "html":
            data.write(html.page(g).encode("utf-8"))
        elif view == "coverage":
            info = pictures.draw_heatmap(g, data, fmt, lang=lang)
            summary.width, summary.height = info.width, info.height
        else:
            width, height = size or (1600, 1200)
            info = pictures.draw_graph(g, data, fmt, width=width, height=height, lang=lang)
            summary.width, summary.height = info.width, info.height
        summary.paths = _emit(dest, data.getvalue())
    summary.bytes = sum(Path(p).stat().st_size for p in summary.paths if p != "-") if not to_stdout else 0
    summary.seconds = round(time.perf_counter() - t0, 3)
    return summary


def _rdf_title(view: str, filters: Filters) -> str:
    described = filters.describe()
    return f"RDF behind the {view} view" + (f" — {described}" if described else "")


def _emit(dest: Path | str | IO[Any], data: bytes) -> list[str]:
    """Write ``data`` to a path (atomically), stdout, or a stream (binary or text)."""
    if isinstance(dest, str) and dest == "-":
        sys.stdout.buffer.write(data) if hasattr(sys.stdout, "buffer") else sys.stdout.write(data.decode("utf-8"))
        sys.stdout.flush()
        return ["-"]
    if isinstance(dest, str | Path):
        path = Path(dest)
        try:
            with atomic_open(path, "wb") as fh:
                fh.write(data)
            mask = os.umask(0o022)
            os.umask(mask)
            os.chmod(path, 0o666 & ~mask)
        except OSError as exc:
            raise MinerError(f"cannot write {path}: {exc.strerror or exc}") from None
        return [str(path)]
    if isinstance(dest, io.TextIOBase):
        dest.write(data.decode("utf-8"))
    else:
        try:
            dest.write(data)
        except TypeError:  # a text stream that is not an io.TextIOBase
            dest.write(data.decode("utf-8"))
    return []
