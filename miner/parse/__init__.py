"""Stage 1: read a file into a :class:`~miner.model.Document`.

PDFs go through :mod:`miner.parse.pdf`; plain text, Markdown and HTML through
:mod:`miner.parse.text`. Both build the clean text with the same
:class:`~miner.parse.layout.TextBuilder`, and :mod:`miner.parse.metadata`
reads the metadata from the result. Anything that cannot be read raises
:class:`~miner.errors.InputError` with a one-line reason.
"""

from __future__ import annotations

from pathlib import Path

from ..config import Settings
from ..config import settings as _settings
from ..errors import InputError
from ..fsutil import sha256_text
from ..model import Document
from .layout import TextBuilder
from .metadata import extract_metadata
from .text import decode, looks_like_html, read_html, read_text

#: Extensions read as documents when a folder is given.
SUFFIXES = {".pdf": "pdf", ".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
PARSER_VERSION = "1"


def file_format(path: Path, head: bytes) -> str:
    """The format of a file from its content, falling back on the extension."""
    if head.startswith(b"%PDF-"):
        return "pdf"
    suffix = SUFFIXES.get(path.suffix.lower())
    if suffix == "pdf":
        kind = "HTML" if b"<html" in head[:1000].lower() else "text" if _is_text(head) else "binary data"
        raise InputError(f"not a PDF (file starts with {kind}, not %PDF-)", source=str(path), status="not-pdf")
    if suffix is None:
        raise InputError(f"unsupported file type '{path.suffix or path.name}'", source=str(path), status="unsupported")
    return suffix


def _is_text(head: bytes) -> bool:
    try:
        head[:512].decode("utf-8")
        return b"\x00" not in head[:512]
    except UnicodeDecodeError:
        return False


def parse_path(path: str | Path, *, settings: Settings | None = None, sha256: str | None = None) -> Document:
    """Parse one file. Raises :class:`InputError` (with a report status) when it cannot be read."""
    settings = settings or _settings()
    path = Path(path)
    source = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError("no such file", source=source, status="missing") from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", source=source, status="unreadable") from None
    if size == 0:
        raise InputError("empty file (0 bytes)", source=source, status="empty")
    if size > settings.max_file_mb * 1024 * 1024:
        raise InputError(f"too large ({size / 1048576:.0f} MB > {settings.max_file_mb:.0f} MB limit, "
                         "MINER_MAX_FILE_MB)", source=source, status="too-large")
    try:
        with open(path, "rb") as fh:
            head = fh.read(2048)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", source=source, status="unreadable") from None
    fmt = file_format(path, head)
    if fmt == "pdf":
        from .pdf import parse_pdf

        return parse_pdf(path, settings=settings, sha256=sha256)
    data = path.read_bytes()
    from ..fsutil import sha256_file

    return parse_text(decode(data), source=source, fmt=fmt, sha256=sha256 or sha256_file(path))


def parse_text(text: str, *, source: str = "-", fmt: str = "txt", sha256: str | None = None) -> Document:
    """Parse text already in memory (plain, Markdown or HTML) as a one-page document."""
    builder = TextBuilder()
    if fmt == "html" or looks_like_html(text):
        fmt = "html"
        read_html(text, builder)
    else:
        read_text(text, builder, markdown=True)
    doc = builder.build(source=source, sha256=sha256 or sha256_text(text), fmt=fmt)
    if not doc.text.strip():
        raise InputError("no text in document", source=source, status="empty")
    doc.metadata = extract_metadata(doc)
    return doc


__all__ = ["PARSER_VERSION", "SUFFIXES", "parse_path", "parse_text"]
