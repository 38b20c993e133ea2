"""Names of views, levels and formats: cheap to import (the CLI reads them to build its parser)."""

from __future__ import annotations

from pathlib import Path

__all__ = ["FORMATS", "LEVELS", "SUFFIXES", "TEXT_FORMATS", "VIEWS", "guess_format"]

VIEWS = ("documents-articles", "coverage", "actors", "municipality", "sparql")

#: Levels a view can be built at, finest first: automatic aggregation walks down this list.
LEVELS: dict[str, tuple[str, ...]] = {
    "documents-articles": ("document", "municipality", "county", "kommungrupp"),
    "coverage": ("municipality", "county", "kommungrupp"),
    "actors": ("goal", "actor", "name", "kind"),
    "municipality": ("goal", "document"),
    "sparql": ("query",),
}

FORMATS = ("graphml", "gexf", "cyjs", "csv", "ttl", "jsonld", "html", "png", "svg")
#: Formats that can go to stdout (``dest="-"`` or a text stream).
TEXT_FORMATS = ("graphml", "gexf", "cyjs", "csv", "ttl", "jsonld", "html", "svg")
#: File suffix → format, for guessing the format from ``-o FILE``.
SUFFIXES = {".graphml": "graphml", ".gexf": "gexf", ".cyjs": "cyjs", ".json": "cyjs", ".csv": "csv",
            ".ttl": "ttl", ".jsonld": "jsonld", ".html": "html", ".htm": "html", ".png": "png", ".svg": "svg"}


def guess_format(dest: Path | str | None) -> str | None:
    """The format a file name asks for (``kiruna.gexf`` → ``gexf``); None for stdout or an unknown suffix."""
    if dest is None or str(dest) == "-":
        return None
    return SUFFIXES.get(Path(str(dest)).suffix.lower())
