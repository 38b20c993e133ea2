"""Plain text, Markdown and HTML inputs, read as single-page documents.

Much real material is published as web pages or has been converted to text
already; these readers recover the same structure the PDF reader does
(headings with levels, list items, tables, TOC lines, joined paragraphs) so
later stages need not care where a document came from.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from .layout import (
    HEADING_NUMBER,
    LIST_MARKER,
    TOC_HEADING,
    TOC_LINE,
    TextBuilder,
    clean_line,
    heading_level_from_number,
    join_lines,
)

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_TABLE_SEP = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_END_PUNCT = (".", ",", ";", ":", "!", "?", "…")
#: A "Label: value" line, as in metadata blocks; such lines are never joined to each other.
_KEY_VALUE = re.compile(r"^[A-ZÅÄÖ][\w\-åäö ]{1,45}:\s")
_RULE = re.compile(r"^(?:-{3,}|\*{3,}|_{3,})$")


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM), else Windows-1252, which covers older Swedish files."""
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


# ------------------------------------------------------------------------- text


def _is_short_heading(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= 10
        and len(line) <= 80
        and not line.endswith(_END_PUNCT)
        and line[:1].isupper()
        and not LIST_MARKER.match(line)
        and sum(ch.isdigit() for ch in line) < len(line) / 2
    )


def _wrap_width(lines: list[str]) -> int:
    lengths = sorted(len(x) for x in lines if len(x.strip()) > 20)
    if not lengths:
        return 80
    return max(50, lengths[int(len(lengths) * 0.9) - 1 if len(lengths) > 1 else 0])


def read_text(text: str, builder: TextBuilder, *, markdown: bool = True) -> None:
    """Add the blocks of a plain-text or Markdown document to ``builder`` (one page)."""
    builder.start_page(1)
    raw_lines = [clean_line(_MD_EMPHASIS.sub(r"\2", x) if markdown else x) for x in text.splitlines()]
    width = _wrap_width(raw_lines)
    n = len(raw_lines)
    i = 0
    in_toc = False
    seen_heading = False
    while i < n:
        line = raw_lines[i]
        if not line or (markdown and _RULE.match(line)):
            i += 1
            continue
        prev_blank = i == 0 or not raw_lines[i - 1]
        next_line = raw_lines[i + 1] if i + 1 < n else ""

        md = _MD_HEADING.match(line) if markdown else None
        if md:
            title = md.group(2).strip()
            level = len(md.group(1))
            in_toc = bool(TOC_HEADING.match(title))
            num = HEADING_NUMBER.match(title)
            builder.add_block("heading", title, level=level, number=num.group("num") if num else None)
            seen_heading = True
            i += 1
            continue
        if TOC_HEADING.match(line):
            builder.add_block("heading", line, level=2 if seen_heading else 1)
            in_toc = True
            i += 1
            continue
        toc = TOC_LINE.match(line)
        if in_toc and toc:
            builder.add_block("toc", line)
            i += 1
            continue
        in_toc = False

        if line.startswith("|") and i + 1 < n and _MD_TABLE_SEP.match(next_line):
            header = [c.strip() for c in line.strip("|").split("|")]
            rows = []
            i += 2
            while i < n and raw_lines[i].startswith("|"):
                rows.append([c.strip() for c in raw_lines[i].strip("|").split("|")])
                i += 1
            builder.add_table(header, rows)
            continue

        num = HEADING_NUMBER.match(line)
        if num and _is_short_heading(num.group("title")) and ("." in num.group("num") or prev_blank):
            builder.add_block("heading", line, level=heading_level_from_number(num.group("num")),
                              number=num.group("num"))
            seen_heading = True
            i += 1
            continue

        item = LIST_MARKER.match(line)
        if item:
            parts = [item.group("text")]
            i += 1
            while i < n and raw_lines[i] and not LIST_MARKER.match(raw_lines[i]) and (
                raw_lines[i][:1].islower() or len(parts[-1]) >= 0.6 * width
            ) and not _MD_HEADING.match(raw_lines[i]):
                parts.append(raw_lines[i])
                i += 1
            joined, rejoined = join_lines(parts)
            builder.rejoined.extend(rejoined)
            builder.add_block("list_item", joined, number=item.group("marker"), level=1)
            continue

        next_blank = not next_line
        if _is_short_heading(line) and prev_blank and (next_blank or len(next_line) > len(line)) and (
            next_blank or not next_line[:1].islower()
        ):
            builder.add_block("heading", line, level=1 if not seen_heading else 2)
            seen_heading = True
            i += 1
            continue

        # A paragraph: this line and the wrapped lines that follow it.
        parts = [line]
        i += 1
        while i < n and raw_lines[i]:
            nxt = raw_lines[i]
            if LIST_MARKER.match(nxt) or _MD_HEADING.match(nxt) or nxt.startswith("|"):
                break
            if HEADING_NUMBER.match(nxt) and _is_short_heading(nxt):
                break
            if _KEY_VALUE.match(nxt) or _RULE.match(nxt):
                break
            prev = parts[-1]
            wrapped = len(prev) >= 0.6 * width and not prev.endswith(":")
            if not (wrapped or nxt[:1].islower() or prev.endswith("-")):
                break
            parts.append(nxt)
            i += 1
        joined, rejoined = join_lines(parts)
        builder.rejoined.extend(rejoined)
        builder.add_block("paragraph", joined)


# ------------------------------------------------------------------------- html

_BLOCK_TAGS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "br", "section",
               "article", "blockquote", "dt", "dd", "caption", "table", "ul", "ol"}
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "nav", "head", "iframe", "form"}


class _HTMLBlocks(HTMLParser):
    """Collects (kind, level, text) blocks and tables from HTML in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items: list[tuple[str, object]] = []
        self._buf: list[str] = []
        self._kind = "paragraph"
        self._level: int | None = None
        self._skip = 0
        self._table: list[list[str]] | None = None
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self.title: str | None = None
        self._in_title = False

    def _flush(self) -> None:
        text = clean_line("".join(self._buf))
        self._buf = []
        if text:
            self.items.append(("block", (self._kind, self._level, text)))
        self._kind, self._level = "paragraph", None

    def handle_starttag(self, tag: str, attrs) -> None:  # type: ignore[override]
        if tag == "title":
            self._in_title = True
        if tag in _SKIP_TAGS:
            self._skip += 1
            return
        if self._skip:
            return
        if tag == "table":
            self._flush()
            self._table = []
        elif tag == "tr" and self._table is not None:
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
        elif tag in _BLOCK_TAGS:
            self._flush()
            if tag[0] == "h" and tag[1:].isdigit():
                self._kind, self._level = "heading", int(tag[1])
            elif tag == "li":
                self._kind, self._level = "list_item", 1

    def handle_endtag(self, tag: str) -> None:  # type: ignore[override]
        if tag == "title":
            self._in_title = False
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
            return
        if self._skip:
            return
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append(clean_line("".join(self._cell)))
            self._cell = None
        elif tag == "tr" and self._row is not None and self._table is not None:
            if any(self._row):
                self._table.append(self._row)
            self._row = None
        elif tag == "table" and self._table is not None:
            if self._table:
                self.items.append(("table", self._table))
            self._table = None
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = (self.title or "") + data
        if self._skip:
            return
        if self._cell is not None:
            self._cell.append(data)
        elif self._table is None:
            self._buf.append(data)


def read_html(text: str, builder: TextBuilder) -> str | None:
    """Add the blocks of an HTML page to ``builder``; returns the page's <title>."""
    parser = _HTMLBlocks()
    parser.feed(text)
    parser.close()
    parser._flush()
    builder.start_page(1)
    for kind, payload in parser.items:
        if kind == "table":
            rows = payload  # type: ignore[assignment]
            width = max(len(r) for r in rows)
            rows = [r + [""] * (width - len(r)) for r in rows]
            builder.add_table(rows[0], rows[1:])
            continue
        bkind, level, body = payload  # type: ignore[misc]
        number = None
        if bkind == "heading":
            m = HEADING_NUMBER.match(body)
            number = m.group("num") if m else None
        builder.add_block(bkind, body, level=level, number=number)
    return clean_line(html.unescape(parser.title)) if parser.title else None
