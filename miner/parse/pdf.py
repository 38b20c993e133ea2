"""PDF reading: pypdfium2 for the text, fonts and positions, pdfplumber for ruled tables.

Measured here on a 40-page municipal PDF, pdfplumber's ``extract_text`` reads
about 8 pages/s and pypdfium2 with per-character font sizes about 170: so the
characters, their boxes, sizes, weights and (for tagged PDFs) structure tags
come from pdfium, and pdfplumber is opened only for pages that have ruling
lines, where its table finder is what we want.

From the characters we build lines, put them in reading order (two-column
pages column by column), drop running headers and footers (keeping the
printed page number as the page label), group lines into blocks (headings
with levels, paragraphs, list items, TOC lines), undo hyphenation at line
ends, and join tables that continue across pages.
"""

from __future__ import annotations

import ctypes
import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..config import Settings
from ..errors import InputError
from ..fsutil import sha256_file
from ..model import Document
from .chars import Char, Line, lines_from_chars
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
from .metadata import extract_metadata
from .tables import Rule, find_rule_tables

# ------------------------------------------------------------------- characters


@dataclass(slots=True)
class _TableRead:
    bbox: tuple[float, float, float, float]
    rows: list[list[str]]


@dataclass
class _PageRead:
    number: int
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    tables: list[_TableRead] = field(default_factory=list)
    has_text: bool = True
    has_images: bool = False
    columns: int = 1
    label: str | None = None
    warning: str | None = None


_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.I)
# FPDFText_GetTextObject returning the bare address, a hashable key per text object (the stock binding
# returns a pointer object, and casting it per character costs more than the call).
_GET_TEXT_OBJECT = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)(
    ctypes.cast(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p).value)


def _font_info(textpage, i: int, buf: ctypes.Array, flags: ctypes.c_int) -> str:
    n = pdfium_c.FPDFText_GetFontInfo(textpage, i, buf, len(buf), ctypes.byref(flags))
    return buf.raw[: max(0, n - 1)].decode("utf-8", "replace") if n else ""


def _read_chars(page, textpage, height: float, tagged: bool) -> list[Char]:
    """Every visible character with box, baseline, size, weight and marked-content id.

    Weight comes from the font (``FPDFText_GetFontWeight``) and, since many
    fonts report 400 for their bold face, from the font name; both are looked
    up once per text object, as is the font size.
    """
    raw = textpage.raw
    n = pdfium_c.FPDFText_CountChars(raw)
    chars: list[Char] = []
    buf = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    rect = pdfium_c.FS_RECTF()
    rect_ref = ctypes.byref(rect)
    style: dict[int, tuple[bool, int, float]] = {}
    get_unicode = pdfium_c.FPDFText_GetUnicode
    get_box = pdfium_c.FPDFText_GetLooseCharBox
    get_size = pdfium_c.FPDFText_GetFontSize
    get_obj = _GET_TEXT_OBJECT
    for i in range(n):
        code = get_unicode(raw, i)
        if code in (10, 13, 0, 0xFFFE, 0xFFFF):
            continue
        if not get_box(raw, i, rect_ref):
            continue
        key = get_obj(raw, i)
        st = style.get(key) if key else None
        if st is None:
            weight = pdfium_c.FPDFText_GetFontWeight(raw, i)
            bold = weight >= 600 or bool(_BOLD_NAME.search(_font_info(raw, i, buf, flags)))
            mcid = pdfium_c.FPDFPageObj_GetMarkedContentID(pdfium_c.FPDFText_GetTextObject(raw, i)) if (
                tagged and key) else -1
            # One text object has one font and size; characters pdfium generates (spaces) have none.
            st = (bold, mcid, get_size(raw, i))
            if key:
                style[key] = st
        size = st[2] or (rect.top - rect.bottom)
        # The loose box spans the font's ascent to descent; its bottom less the usual descent (a fifth of
        # the size) is the baseline, one ctypes call cheaper than FPDFText_GetCharOrigin.
        chars.append(Char(chr(code), rect.left, rect.right, height - rect.top, height - rect.bottom,
                          height - rect.bottom - 0.2 * size, size, st[0], st[1]))
    return chars


# ----------------------------------------------------------------------- tables


def _tables(plumber_page) -> list[_TableRead]:
    out = []
    try:
        found = plumber_page.find_tables()
    except Exception:
        return out
    for t in found:
        try:
            rows = t.extract()
        except Exception:
            continue
        rows = [[_cell_text(c) for c in row] for row in rows if row]
        rows = [r for r in rows if any(r)]
        if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
            out.append(_TableRead(tuple(t.bbox), rows))
    return out


def _cell_text(cell: str | None) -> str:
    if not cell:
        return ""
    joined, _ = join_lines(cell.split("\n"))
    return clean_line(joined)


# ---------------------------------------------------------------------- columns


def _detect_columns(lines: list[Line], width: float) -> float | None:
    """The x of a gutter between two text columns, or None for a one-column page."""
    if len(lines) < 12:
        return None
    best: tuple[int, float] | None = None
    for x in range(int(width * 0.3), int(width * 0.7), 2):
        crossing = sum(1 for ln in lines if ln.x0 < x - 1 and ln.x1 > x + 1)
        if best is None or crossing < best[0]:
            best = (crossing, float(x))
    if best is None:
        return None
    crossing, gutter = best
    left = [ln for ln in lines if ln.x1 <= gutter + 1]
    right = [ln for ln in lines if ln.x0 >= gutter - 1]
    if crossing > 0.1 * len(lines) or len(left) < 6 or len(right) < 6:
        return None
    if statistics.median(ln.x1 - ln.x0 for ln in left) < 0.22 * width:
        return None
    if statistics.median(ln.x1 - ln.x0 for ln in right) < 0.22 * width:
        return None
    lo = max(min(ln.top for ln in left), min(ln.top for ln in right))
    hi = min(max(ln.bottom for ln in left), max(ln.bottom for ln in right))
    span = max(ln.bottom for ln in lines) - min(ln.top for ln in lines)
    if hi - lo < 0.3 * span:
        return None
    # Refine: the gutter is the middle of the empty strip.
    left_edge = max(ln.x1 for ln in left)
    right_edge = min(ln.x0 for ln in right)
    return (left_edge + right_edge) / 2 if right_edge > left_edge else gutter


def _reading_order(lines: list[Line], gutter: float | None) -> list[Line]:
    lines = sorted(lines, key=lambda ln: (round(ln.top, 0), ln.x0))
    if gutter is None:
        return _merge_same_baseline(lines)
    out: list[Line] = []
    band_left: list[Line] = []
    band_right: list[Line] = []

    def flush() -> None:
        for ln in band_left:
            ln.column = 1
        for ln in band_right:
            ln.column = 2
        out.extend(band_left)
        out.extend(band_right)
        band_left.clear()
        band_right.clear()

    for ln in lines:
        if ln.x1 <= gutter + 1:
            band_left.append(ln)
        elif ln.x0 >= gutter - 1:
            band_right.append(ln)
        else:  # a full-width line (a heading over both columns) closes the band
            flush()
            out.append(ln)
    flush()
    return out


def _merge_same_baseline(lines: list[Line]) -> list[Line]:
    """Re-join pieces of one visual line that the stream split (kerning gaps, label + value on one line)."""
    out: list[Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        if (prev is not None and abs(prev.base - ln.base) <= 0.35 * max(prev.size, ln.size)
                and ln.x0 >= prev.x1 - 1 and abs(prev.size - ln.size) < 0.6 and ln.x0 - prev.x1 < 6 * ln.size):
            sep = " " if ln.x0 - prev.x1 < 3 * ln.size else "  "
            out[-1] = Line(prev.text + sep + ln.text, prev.x0, ln.x1, min(prev.top, ln.top),
                            max(prev.bottom, ln.bottom), prev.base, prev.size, prev.bold and ln.bold,
                            prev.mcid, prev.tag, prev.column)
        else:
            out.append(ln)
    return out


# ------------------------------------------------------------- headers/footers

_PAGE_NUMBER = re.compile(
    r"^(?:sida\s*)?(\d{1,4})(?:\s*(?:\(|\[|/|av|of)\s*(\d{1,4})\s*[)\]]?)?$|^[-–—]\s*(\d{1,4})\s*[-–—]$", re.I)
_DIGITS = re.compile(r"\d+")


def _page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(text.strip()))


def _mark_running(pages: list[_PageRead], body: float) -> None:
    """Mark running headers and footers: page numbers, and lines repeated in the margins of many pages.

    A candidate sits in the top or bottom tenth of the page and is not larger
    than body text; it is running when it is a page number or when the same
    text (digits aside) stands at the same height on at least 40% of the pages.
    """
    zones: dict[str, list[tuple[int, Line]]] = defaultdict(list)
    for p in pages:
        for ln in p.lines:
            if ln.size > body * 1.15:
                continue
            if ln.top < p.height * 0.1:
                zones["header"].append((p.number, ln))
            elif ln.bottom > p.height * 0.9:
                zones["footer"].append((p.number, ln))
    text_pages = sum(1 for p in pages if p.lines)
    for zone, items in zones.items():
        counts = Counter((_DIGITS.sub("#", ln.text.casefold()), round(ln.top / 4)) for _, ln in items)
        for number, ln in items:
            key = (_DIGITS.sub("#", ln.text.casefold()), round(ln.top / 4))
            page_no = _page_number(ln.text) or re.search(r"\bsida\s*\d+\s*(\(|av|/)\s*\d+", ln.text, re.I)
            repeated = text_pages >= 2 and counts[key] >= max(2, 0.4 * text_pages)
            if page_no or repeated:
                ln.kind = zone
                page = pages[number - 1]
                m = re.search(r"(?:sida\s*)?\d{1,4}\s*(?:\(\s*\d+\s*\)|\[\s*\d+\s*\]|/\s*\d+|av\s+\d+)|^\d{1,4}$",
                              ln.text, re.I)
                if m and page.label is None:
                    page.label = m.group(0).strip()


# --------------------------------------------------------------------- blocks


@dataclass
class _Block:
    kind: str
    lines: list[Line]
    level: int | None = None
    number: str | None = None
    table: _TableRead | None = None

    @property
    def top(self) -> float:
        return self.table.bbox[1] if self.table else self.lines[0].top

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        if self.table:
            return tuple(round(v, 1) for v in self.table.bbox)  # type: ignore[return-value]
        return (round(min(ln.x0 for ln in self.lines), 1), round(min(ln.top for ln in self.lines), 1),
                round(max(ln.x1 for ln in self.lines), 1), round(max(ln.bottom for ln in self.lines), 1))

    @property
    def size(self) -> float:
        return self.lines[0].size if self.lines else 0.0

    @property
    def bold(self) -> bool:
        return bool(self.lines) and all(ln.bold for ln in self.lines)


_END_PUNCT = (".", ",", ";", "!")  # not "?": "Vem kan få bidrag?" is a heading


def _is_label(text: str) -> bool:
    """A metadata label set in bold ("Beslutad av", "Dnr"): not a heading."""
    from .metadata import LABELS

    return any(p.fullmatch(text.strip()) for p in LABELS.values())


def _looks_like_heading(ln: Line, body: float, tagged_headings: bool) -> bool:
    """Whether a line starts a heading.

    In a tagged PDF that uses heading tags, a line is a heading when its tag
    says so and it also looks like one (authors often give list items a
    heading style); untagged text must look like one: larger than the body
    text, or bold and short.
    """
    text = ln.text
    words = text.split()
    if not words or len(words) > 14 or len(text) > 120:
        return False
    distinct = ln.size >= body * 1.05 or ln.bold
    if tagged_headings:
        if ln.tag and re.fullmatch(r"H[1-6]?", ln.tag):
            return distinct and not text.endswith((".", ","))
        if ln.size < body * 1.3:
            return False
    if text.endswith(_END_PUNCT) or text.endswith(":") or TOC_LINE.match(text):
        return False
    if not (text[:1].isupper() or text[:1].isdigit()):
        return False
    if _DIGITS.fullmatch(text.replace(" ", "")) or _is_label(text):
        return False
    if LIST_MARKER.match(text) and not HEADING_NUMBER.match(text):
        return False
    big = ln.size >= body * 1.12
    num = HEADING_NUMBER.match(text)
    return big or (ln.bold and (num is not None or len(words) <= 10))


def _blocks_for_page(lines: list[Line], tables: list[_TableRead], body: float, leading: dict[float, float],
                     in_toc: bool, tagged_headings: bool = False) -> tuple[list[_Block], bool]:
    """Group the page's lines (in reading order) into blocks and place its tables among them."""
    blocks: list[_Block] = []
    cur: _Block | None = None
    for ln in lines:
        text = ln.text
        if TOC_HEADING.match(text):
            in_toc = True
            cur = _Block("heading", [ln])
            blocks.append(cur)
            cur = None
            continue
        toc = TOC_LINE.match(text)
        if toc and (in_toc or re.search(r"\.{4,}|…{2,}", text)):
            in_toc = True
            blocks.append(_Block("toc", [ln]))
            cur = None
            continue
        if in_toc and not toc and cur is None and blocks and blocks[-1].kind == "toc" and len(text) < 90 \
                and not text.endswith(".") and ln.size < body * 1.12:
            # A TOC entry wrapped over two lines: the first part has no page number.
            blocks.append(_Block("toc", [ln]))
            continue
        in_toc = False

        num = HEADING_NUMBER.match(text)
        if (cur is not None and cur.kind == "heading" and abs(cur.size - ln.size) < 0.6 and cur.bold == ln.bold
                and not num and 0 <= ln.top - cur.lines[-1].bottom < ln.size * 0.9 and len(cur.lines) < 3
                and ln.column == cur.lines[-1].column and (cur.size >= body * 1.12 or cur.bold)
                and not cur.lines[-1].text.endswith((".", ":")) and len(text.split()) <= 14):
            cur.lines.append(ln)  # a heading set on two lines
            continue
        if _looks_like_heading(ln, body, tagged_headings):
            cur = _Block("heading", [ln], number=num.group("num") if num else None)
            blocks.append(cur)
            continue

        item = LIST_MARKER.match(text)
        if item and item.group("marker") in "-–—" and cur is not None and cur.kind == "paragraph" \
                and not cur.lines[-1].text.endswith((".", ":", ";", "!", "?")) and _continues(cur, ln, leading) \
                and abs(ln.x0 - cur.lines[-1].x0) < 2:
            item = None  # a dash that wrapped to the start of a line ("2019 – 2023"), not a bullet
        if item:
            cur = _Block("list_item", [ln], number=item.group("marker"))
            blocks.append(cur)
            continue

        if cur is not None and cur.kind in ("paragraph", "list_item") and _continues(cur, ln, leading):
            cur.lines.append(ln)
            continue
        cur = _Block("paragraph", [ln])
        blocks.append(cur)

    for b in blocks:
        if b.kind == "heading" and len(b.lines) > 1:
            joined = " ".join(ln.text for ln in b.lines)
            if joined.endswith((".", "!", "?")) and len(joined.split()) > 8:
                b.kind = "paragraph"  # a statement set large (a vision), not a heading
    for t in tables:
        blocks.append(_Block("table", [], table=t))
    # Tables are placed by their top among the blocks of the same column band.
    if tables:
        order = {id(b): i for i, b in enumerate(blocks)}
        text_blocks = [b for b in blocks if b.kind != "table"]
        merged: list[_Block] = []
        pending = sorted((b for b in blocks if b.kind == "table"), key=lambda b: b.top)
        for b in text_blocks:
            while pending and pending[0].top <= b.top and b.lines[0].column in (0, 1):
                merged.append(pending.pop(0))
            merged.append(b)
        merged.extend(pending)
        del order
        blocks = merged
    return blocks, in_toc


def _continues(block: _Block, ln: Line, leading: dict[float, float]) -> bool:
    prev = block.lines[-1]
    if ln.column != prev.column or abs(ln.size - prev.size) >= 0.6 or (ln.bold != prev.bold and len(ln.text) < 60):
        return False
    step = ln.base - prev.base
    usual = leading.get(round(prev.size, 1), prev.size * 1.25)
    if step <= 0 or step > usual * 1.3 + 0.5:
        return False
    if block.kind == "list_item":
        # A hanging indent continues the item; text back at the marker's edge is a new paragraph.
        return ln.x0 > block.lines[0].x0 + 2
    return not (prev.text.endswith(":") and ln.x0 > prev.x0 + 8)


def _usual_leading(pages: list[_PageRead]) -> dict[float, float]:
    steps: dict[float, list[float]] = defaultdict(list)
    for p in pages:
        prev = None
        for ln in p.lines:
            if ln.kind:
                continue
            if prev is not None and abs(prev.size - ln.size) < 0.3 and prev.column == ln.column:
                step = ln.base - prev.base
                if 0.9 * ln.size <= step <= 2.5 * ln.size:
                    steps[round(ln.size, 1)].append(round(step, 1))
            prev = ln
    return {size: Counter(v).most_common(1)[0][0] for size, v in steps.items() if v}


def _style(b: _Block) -> tuple[float, bool]:
    return (round(b.size * 2) / 2, b.bold)


def _assign_levels(blocks: list[tuple[int, _Block]], n_pages: int) -> None:
    """Heading levels: structure tags when tagged, else numbering depth, else the rank of the font style.

    Styles are ranked on the body pages only: a cover's title, subtitle and
    organisation name use styles of their own and would push every real
    heading down a level. An unnumbered style takes the level after the
    nearest larger numbered style ("Det här vill vi uppnå" under "4.2 ..."
    is level 3). Styles seen only on covers get the level of the nearest body style,
    or 1 when larger than all of them.
    """
    heads = [(page, b) for page, b in blocks if b.kind == "heading"]
    if not heads:
        return
    # The first and last pages are covers when the document is long enough to have them and they
    # carry little running text.
    covers = set()
    if n_pages >= 3:
        for edge in (1, n_pages):
            prose = sum(len(ln.text) for page, b in blocks if page == edge and b.kind == "paragraph" for ln in b.lines)
            if prose < 400:
                covers.add(edge)
    body = [b for page, b in heads if page not in covers] or [b for _, b in heads]
    styles: dict[tuple[float, bool], list[_Block]] = defaultdict(list)
    for b in body:
        styles[_style(b)].append(b)
    order = sorted(styles, key=lambda s: (-s[0], not s[1]))
    style_level: dict[tuple[float, bool], int] = {}
    last_numbered: int | None = None
    rank = 0
    for s in order:
        depths = [heading_level_from_number(b.number) for b in styles[s] if b.number]
        if depths:
            level = Counter(depths).most_common(1)[0][0]
            last_numbered = level
        elif last_numbered is not None:
            level = last_numbered + 1
        else:
            rank += 1
            level = rank
        style_level[s] = min(level, 6)
    for _, b in heads:
        tag = b.lines[0].tag
        if tag and re.fullmatch(r"H[1-6]", tag):
            b.level = int(tag[1])
        elif tag == "H" or (tag and tag.startswith("Title")):
            b.level = 1
        elif b.number:
            b.level = min(heading_level_from_number(b.number), 6)
        elif _style(b) in style_level:
            b.level = style_level[_style(b)]
        else:  # a style seen only on the cover
            larger = [s for s in order if s[0] >= _style(b)[0]]
            b.level = style_level[larger[-1]] if larger else 1


# ------------------------------------------------------------------ structure


def _struct_tags(page) -> dict[int, str]:
    """Marked-content id -> structure type (H1, P, LI...) for a tagged page."""
    out: dict[int, str] = {}
    tree = pdfium_c.FPDF_StructTree_GetForPage(page.raw)
    if not tree:
        return out
    buf = ctypes.create_string_buffer(128)

    def walk(elem, depth: int) -> None:
        if depth > 40:
            return
        n = pdfium_c.FPDF_StructElement_GetType(elem, buf, len(buf))
        typ = buf.raw[: max(0, n - 2)].decode("utf-16-le", "replace") if n else ""
        for k in range(pdfium_c.FPDF_StructElement_GetMarkedContentIdCount(elem)):
            mcid = pdfium_c.FPDF_StructElement_GetMarkedContentIdAtIndex(elem, k)
            if mcid >= 0:
                out.setdefault(mcid, typ)
        for k in range(pdfium_c.FPDF_StructElement_CountChildren(elem)):
            child = pdfium_c.FPDF_StructElement_GetChildAtIndex(elem, k)
            if child:
                walk(child, depth + 1)

    try:
        for k in range(pdfium_c.FPDF_StructTree_CountChildren(tree)):
            elem = pdfium_c.FPDF_StructTree_GetChildAtIndex(tree, k)
            if elem:
                walk(elem, 0)
    finally:
        pdfium_c.FPDF_StructTree_Close(tree)
    return out


# ------------------------------------------------------------------------ main


def _open(path: Path) -> pdfium.PdfDocument:
    source = str(path)
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        msg = str(exc).lower()
        if "password" in msg:
            raise InputError("encrypted PDF (password required)", source=source, status="encrypted") from None
        if "format" in msg or "file" in msg:
            raise InputError("corrupt PDF (cannot read its structure)", source=source, status="corrupt") from None
        raise InputError(f"unreadable PDF ({exc})", source=source, status="corrupt") from None


def _page_objects(page, height: float) -> tuple[bool, list[Rule], bool]:
    """Images present?, the horizontal rules, and whether the page has a ruled grid.

    Only pages with a grid (vertical rules that cross at least two horizontal
    rules, as in a fully ruled table) go to pdfplumber's table finder, which
    costs far more per page than everything else; tables with horizontal
    rules only are read by :mod:`miner.parse.tables`. Accent bars, logos and
    figures are not grids.
    """
    images = False
    rules: list[Rule] = []
    verticals: list[tuple[float, float, float]] = []  # x, top, bottom
    for obj in page.get_objects(max_depth=2):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            images = True
        elif obj.type == pdfium_c.FPDF_PAGEOBJ_PATH:
            left, bottom, right, top = obj.get_bounds()
            w, h = right - left, top - bottom
            if h < 2.5 and w > 8:
                rules.append(Rule(left, right, height - (top + bottom) / 2))
            elif w < 2.5 and h > 4:
                verticals.append(((left + right) / 2, height - top, height - bottom))
    # A grid has rules between columns, not just a box around the table: three or more distinct x.
    crossing = set()
    for x, vtop, vbottom in verticals:
        hits = sum(1 for r in rules if r.x0 - 2 <= x <= r.x1 + 2 and vtop - 2 <= r.y <= vbottom + 2)
        if hits >= 2:
            crossing.add(round(x / 3))
    return images, rules, len(crossing) >= 3


def _read_page(pdf: pdfium.PdfDocument, index: int, tagged: bool, plumber_pages) -> _PageRead:
    page = pdf[index]
    try:
        width, height = page.get_size()
        read = _PageRead(index + 1, width, height)
        read.has_images, rules, grid = _page_objects(page, height)
        textpage = page.get_textpage()
        try:
            chars = _read_chars(page, textpage, height, tagged)
        finally:
            textpage.close()
        tags = _struct_tags(page) if tagged else {}
    finally:
        page.close()
    read.has_text = any(not c.ch.isspace() for c in chars)
    if not read.has_text:
        return read
    lines = lines_from_chars(chars)
    if tags:
        for ln in lines:
            if ln.mcid >= 0:
                ln.tag = tags.get(ln.mcid)
    if grid:
        read.tables = _tables(plumber_pages()[index])
    if rules:
        taken = [t.bbox for t in read.tables]
        free = [r for r in rules if not any(b[0] - 2 <= r.x0 and r.x1 <= b[2] + 2 and b[1] - 2 <= r.y <= b[3] + 2
                                            for b in taken)]
        read.tables.extend(_TableRead(t.bbox, t.rows) for t in find_rule_tables(chars, free))
    if read.tables:
        for t in read.tables:
            x0, top, x1, bottom = t.bbox
            lines = [ln for ln in lines if not (x0 - 1 <= (ln.x0 + ln.x1) / 2 <= x1 + 1
                                                and top - 1 <= (ln.top + ln.bottom) / 2 <= bottom + 1)]
    read.lines = lines
    return read


def parse_pdf(path: str | Path, *, settings: Settings, sha256: str | None = None) -> Document:
    """Read a PDF into a :class:`Document`; raises :class:`InputError` for unusable files."""
    path = Path(path)
    source = str(path)
    pdf = _open(path)
    plumber = None
    try:
        n_pages = len(pdf)
        if n_pages == 0:
            raise InputError("PDF has no pages", source=source, status="empty")
        if n_pages > settings.max_pages:
            raise InputError(f"too many pages ({n_pages} > {settings.max_pages}, MINER_MAX_PAGES)",
                             source=source, status="too-large")
        tagged = bool(pdfium_c.FPDFCatalog_IsTagged(pdf.raw))

        def plumber_pages():
            nonlocal plumber
            if plumber is None:
                import pdfplumber

                plumber = pdfplumber.open(str(path))
            return plumber.pages

        pages = []
        for i in range(n_pages):
            try:
                pages.append(_read_page(pdf, i, tagged, plumber_pages))
            except InputError:
                raise
            except Exception as exc:  # one bad page must not lose the document
                pages.append(_PageRead(i + 1, 0, 0, has_text=False,
                                       warning=f"page {i + 1} could not be read ({type(exc).__name__}: {exc})"))
    finally:
        pdf.close()
        if plumber is not None:
            plumber.close()

    if not any(p.has_text for p in pages):
        what = "scanned/image-only" if any(p.has_images for p in pages) else "no text"
        raise InputError(f"{what} PDF: no text layer on any of its {n_pages} pages (OCR not supported)",
                         source=source, status="no-text")
    return _assemble(pages, source=source, sha256=sha256 or sha256_file(path))


def _assemble(pages: list[_PageRead], *, source: str, sha256: str) -> Document:
    sizes: Counter[float] = Counter()
    for p in pages:
        for ln in p.lines:
            sizes[round(ln.size, 1)] += len(ln.text)
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    _mark_running(pages, body)

    warnings: list[str] = []
    per_page: list[tuple[_PageRead, list[_Block]]] = []
    in_toc = False
    for p in pages:
        if p.warning:
            warnings.append(p.warning)
        body_lines = [ln for ln in p.lines if not ln.kind]
        gutter = _detect_columns(body_lines, p.width)
        p.columns = 2 if gutter is not None else 1
        p.lines = _reading_order(body_lines, gutter)
        per_page.append((p, []))
    leading = _usual_leading(pages)
    tagged_headings = any(ln.tag and re.fullmatch(r"H[1-6]?", ln.tag) for p in pages for ln in p.lines)
    all_blocks: list[tuple[int, _Block]] = []
    for i, (p, _) in enumerate(per_page):
        blocks, in_toc = _blocks_for_page(p.lines, p.tables, body, leading, in_toc, tagged_headings)
        per_page[i] = (p, blocks)
        all_blocks.extend((p.number, b) for b in blocks)
        if not p.has_text and not p.warning:
            warnings.append(f"page {p.number} has no text layer (image only; OCR not supported)")
    _assign_levels(all_blocks, len(pages))

    builder = TextBuilder()
    last_table_cols: int | None = None
    last_table_header: list[str] | None = None
    prev_open = False  # the last block written ends mid-sentence
    for p, blocks in per_page:
        builder.start_page(p.number, p.width, p.height, has_text=p.has_text, columns=p.columns, label=p.label)
        first_content = True
        for b in blocks:
            if b.kind == "table":
                rows = b.table.rows  # type: ignore[union-attr]
                ncols = max(len(r) for r in rows)
                rows = [r + [""] * (ncols - len(r)) for r in rows]
                continues = first_content and last_table_cols == ncols
                if continues and last_table_header is not None and [c.casefold() for c in rows[0]] == [
                        c.casefold() for c in last_table_header]:
                    rows = rows[1:]  # the header row repeated on the new page
                if continues:
                    builder.add_table([], rows, bbox=b.bbox, continues=True)
                else:
                    builder.add_table(rows[0], rows[1:], bbox=b.bbox)
                    last_table_header = rows[0]
                last_table_cols = ncols
                first_content = False
                prev_open = False
                continue
            text, rejoined = join_lines([ln.text for ln in b.lines])
            builder.rejoined.extend(rejoined)
            if first_content and b.kind == "paragraph" and prev_open and text[:1].islower() \
                    and builder.continue_block(text):
                first_content = False
                prev_open = False
                continue
            prev_open = b.kind in ("paragraph", "list_item") and not text.rstrip().endswith((".", "!", "?", ":", ";"))
            if b.kind == "list_item":
                m = LIST_MARKER.match(text)
                if m:
                    text = m.group("text")
            builder.add_block(b.kind, text, bbox=b.bbox, font_size=b.size, bold=b.bold,
                              level=b.level if b.kind == "heading" else (1 if b.kind == "list_item" else None),
                              number=b.number)
            first_content = False
            last_table_cols = None
    doc = builder.build(source=source, sha256=sha256, fmt="pdf", warnings=warnings)
    doc.metadata = extract_metadata(doc)
    return doc
