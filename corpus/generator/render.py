"""ReportLab layout engine: turns a :class:`~corpus.generator.spec.Doc` into a PDF and says where things landed.

The PDF is built with ``multiBuild`` (the table of contents needs a second
pass) and a page-buffering canvas that draws the running header and the
"Sida n (m)" footer only when the page count is known. While it draws, the
engine records what the layout gold needs: the page of every heading, the
pages each table spans, which words were split at a line end, which pages are
two-column, landscape, image-only or table of contents. Nothing here is
random and ``rl_config.invariant`` is set, so the bytes are reproducible.
"""

from __future__ import annotations

import os
import random
import re
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

import reportlab
from reportlab import rl_config

rl_config.invariant = 1

from PIL import Image, ImageDraw, ImageFilter, ImageFont  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    TableStyle,
)
from reportlab.platypus import PageBreak as RLPageBreak  # noqa: E402
from reportlab.platypus import Spacer as RLSpacer  # noqa: E402
from reportlab.platypus import Table as RLTable  # noqa: E402
from reportlab.platypus.flowables import BalancedColumns, PageBreakIfNotEmpty  # noqa: E402
from reportlab.platypus.tableofcontents import TableOfContents  # noqa: E402

from . import spec  # noqa: E402
from .hyphenate import SHY, breakable_words, soft_hyphenate  # noqa: E402

FAMILIES = {
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"),
    "Times": ("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"),
    "Vera": ("Vera", "VeraBd", "VeraIt", "VeraBI"),
}
_FONT_DIR = os.path.join(os.path.dirname(reportlab.__file__), "fonts")


def _register_fonts() -> None:
    if "Vera" in pdfmetrics.getRegisteredFontNames():
        return
    for name in FAMILIES["Vera"]:
        pdfmetrics.registerFont(TTFont(name, os.path.join(_FONT_DIR, name + ".ttf")))
    from reportlab.lib.fonts import addMapping

    regular, bold, italic, bold_italic = FAMILIES["Vera"]
    addMapping("Vera", 0, 0, regular)
    addMapping("Vera", 1, 0, bold)
    addMapping("Vera", 0, 1, italic)
    addMapping("Vera", 1, 1, bold_italic)


# ------------------------------------------------------------------------ records


@dataclass
class Record:
    """What one build pass observed; the last pass's record describes the PDF."""

    headings: list[dict] = field(default_factory=list)
    table_pages: dict[int, list[int]] = field(default_factory=dict)
    hyphenated: list[tuple[int, str]] = field(default_factory=list)
    page_kind: dict[int, str] = field(default_factory=dict)
    toc_pages: list[int] = field(default_factory=list)
    furniture: dict[int, list[str]] = field(default_factory=dict)  # page -> [header text, footer text]
    header_pages: list[int] = field(default_factory=list)
    footer_pages: list[int] = field(default_factory=list)
    pages: int = 0
    pending_hyphen: tuple[int, str] | None = None  # a word split at the last line of a page
    column_pages: set[int] = field(default_factory=set)  # pages with two-column text


# ---------------------------------------------------------------------- flowables


def _line_texts(para: Paragraph) -> list[str]:
    bl = para.blPara
    out = []
    for line in bl.lines:
        if bl.kind == 0:
            out.append(" ".join(line[1]))
        else:
            out.append("".join(getattr(w, "text", "") for w in line.words))
    return out


_LAST = re.compile(r"(\S+)-$")
_FIRST = re.compile(r"^(\S+)")


class HyphenParagraph(Paragraph):
    """A paragraph that reports the words ReportLab split at a soft hyphen."""

    record: Record
    breakable: set[str]

    in_columns = False

    def drawOn(self, canv, x, y, _sW=0):
        page = canv.getPageNumber()
        if self.in_columns:
            self.record.column_pages.add(page)
        lines = _line_texts(self)
        rec = self.record
        if rec.pending_hyphen and lines:
            page0, prefix = rec.pending_hyphen
            m = _FIRST.match(lines[0].strip())
            if m:
                self._check(page0, prefix, m.group(1))
        rec.pending_hyphen = None
        for i, line in enumerate(lines):
            m = _LAST.search(line.rstrip())
            if not m:
                continue
            if i + 1 < len(lines):
                n = _FIRST.match(lines[i + 1].strip())
                if n:
                    self._check(page, m.group(1), n.group(1))
            else:
                rec.pending_hyphen = (page, m.group(1))
        return super().drawOn(canv, x, y, _sW)

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        for p in parts:
            p.record = self.record
            p.breakable = self.breakable
            p.in_columns = self.in_columns
        return parts

    def _check(self, page: int, prefix: str, rest: str) -> None:
        word = re.sub(r"^[^\wÅÄÖåäö]+|[^\wÅÄÖåäö]+$", "", prefix + rest)
        if word.casefold() in self.breakable:
            self.record.hyphenated.append((page, word))


class HeadingParagraph(Paragraph):
    """A heading that records its page and adds itself to the table of contents when drawn."""

    record: Record
    in_columns = False

    def __init__(self, text: str, style: ParagraphStyle, *, plain: str, number: str | None,
                 level: int, toc: bool):
        super().__init__(text, style)
        self.plain = plain
        self.number = number
        self.level = level
        self.in_toc = toc

    def drawOn(self, canv, x, y, _sW=0):
        page = canv.getPageNumber()
        self.record.headings.append(dict(text=self.plain, number=self.number, level=self.level, page=page))
        if self.in_columns:
            self.record.column_pages.add(page)
        doc = getattr(canv, "_doctemplate", None)
        if self.in_toc and doc is not None:
            doc.notify("TOCEntry", (self.level - 1, escape(self.plain), page))
        return super().drawOn(canv, x, y, _sW)


class GoldTable(RLTable):
    """A table that reports the pages its parts are drawn on."""

    gold_index: int = -1
    record: Record | None = None

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        for p in parts:
            p.gold_index = self.gold_index
            p.record = self.record
        return parts

    def drawOn(self, canv, x, y, _sW=0):
        if self.record is not None and self.gold_index >= 0:
            pages = self.record.table_pages.setdefault(self.gold_index, [])
            page = canv.getPageNumber()
            if page not in pages:
                pages.append(page)
        return super().drawOn(canv, x, y, _sW)


class RecordingToc(TableOfContents):
    record: Record | None = None

    def drawOn(self, canv, x, y, _sW=0):
        if self.record is not None:
            self.record.toc_pages.append(canv.getPageNumber())
        return super().drawOn(canv, x, y, _sW)


class ScanFlowable(Flowable):
    """Fills a whole page with a bitmap; the page gets no text layer."""

    def __init__(self, image: Image.Image):
        super().__init__()
        self.image = image

    def wrap(self, availWidth, availHeight):
        return availWidth, availHeight

    def drawOn(self, canv, x, y, _sW=0):
        w, h = canv._pagesize
        canv.drawImage(ImageReader(self.image), 0, 0, width=w, height=h)


class VectorFigure(Flowable):
    """A decorative picture made of vector shapes only, so it adds no text to the page."""

    def __init__(self, kind: str, height: float, values: tuple[float, ...], accent: str, seed: int):
        super().__init__()
        self.kind = kind
        self.height = height
        self.values = values
        self.accent = colors.HexColor(accent)
        self.seed = seed

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        return availWidth, self.height

    def draw(self):
        c, w, h = self.canv, self.width, self.height
        rng = random.Random(self.seed)
        c.saveState()
        if self.kind == "chart":
            c.setStrokeColor(colors.HexColor("#7f7f7f"))
            c.setLineWidth(0.6)
            c.line(30, 10, 30, h - 5)
            c.line(30, 10, w - 10, 10)
            for k in range(1, 5):
                c.setStrokeColor(colors.HexColor("#d9d9d9"))
                c.line(31, 10 + k * (h - 20) / 4, w - 10, 10 + k * (h - 20) / 4)
            vals = self.values or tuple(rng.uniform(0.3, 0.95) for _ in range(6))
            bw = (w - 60) / (len(vals) * 1.6)
            for i, v in enumerate(vals):
                c.setFillColor(self.accent if i % 2 == 0 else colors.HexColor("#a6a6a6"))
                c.rect(45 + i * bw * 1.6, 10, bw, v * (h - 25), stroke=0, fill=1)
        elif self.kind == "map":
            c.setFillColor(colors.HexColor("#e8eef2"))
            c.rect(0, 0, w, h, stroke=0, fill=1)
            c.setStrokeColor(colors.HexColor("#b0b8bf"))
            for _ in range(14):
                c.setLineWidth(rng.choice((0.6, 1.2, 2.4)))
                c.line(rng.uniform(0, w), rng.uniform(0, h), rng.uniform(0, w), rng.uniform(0, h))
            c.setFillColor(colors.HexColor("#c6dbb2"))
            for _ in range(5):
                c.circle(rng.uniform(30, w - 30), rng.uniform(20, h - 20), rng.uniform(10, 28), stroke=0, fill=1)
            c.setFillColor(self.accent)
            for _ in range(7):
                c.circle(rng.uniform(20, w - 20), rng.uniform(15, h - 15), 4, stroke=0, fill=1)
        else:
            c.setFillColor(colors.HexColor("#d5dde6"))
            c.rect(0, 0, w, h, stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#b8c4d1"))
            for k in range(4):  # people, as simple silhouettes
                x = w * (0.18 + 0.2 * k) + rng.uniform(-10, 10)
                c.circle(x, h * 0.62, 16, stroke=0, fill=1)
                c.roundRect(x - 22, 0, 44, h * 0.5, 14, stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#9fb0c2"))
            c.circle(w * 0.86, h * 0.3, 22, stroke=0, fill=0)
            c.setStrokeColor(colors.HexColor("#9fb0c2"))
            c.setLineWidth(3)
            c.circle(w * 0.86, h * 0.22, 20, stroke=1, fill=0)  # a wheel
        c.restoreState()


# ------------------------------------------------------------------------- canvas


def _canvas_class(furniture):
    class PagedCanvas(Canvas):
        """Buffers pages so the footer can say how many there are."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._buffered: list[dict] = []

        def showPage(self):
            self._buffered.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._buffered)
            for state in self._buffered:
                self.__dict__.update(state)
                furniture(self, self._pageNumber, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return PagedCanvas


# ------------------------------------------------------------------ scanned page


def scan_image(lines: list[str], signatures: int, seed: int = 20231127) -> Image.Image:
    """A grey-scale 'scan' of a signature page: text, hand-drawn signatures, a stamp, a tilt."""
    rng = random.Random(seed)
    w, h = 827, 1169  # A4 at 100 dpi
    img = Image.new("L", (w, h), 246)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(os.path.join(_FONT_DIR, "Vera.ttf"), 15)
    bold = ImageFont.truetype(os.path.join(_FONT_DIR, "VeraBd.ttf"), 17)
    y = 90
    for i, line in enumerate(lines):
        draw.text((95, y), line, fill=40, font=bold if i == 0 else font)
        y += 30 if line else 18
    y += 40
    for s in range(signatures):
        x0 = 110 + (s % 2) * 330
        y0 = y + (s // 2) * 150
        pts, px, py = [], x0, y0 + 40
        for _k in range(28):
            px += rng.uniform(4, 11)
            py = y0 + 40 + rng.uniform(-22, 18)
            pts.append((px, py))
        draw.line(pts, fill=30, width=2, joint="curve")
        draw.line([(x0, y0 + 70), (x0 + 250, y0 + 70)], fill=90, width=1)
    sy = y + ((signatures + 1) // 2) * 150 + 20
    draw.rectangle([(480, sy), (720, sy + 90)], outline=70, width=3)
    draw.text((500, sy + 15), "UTDRAGET", fill=70, font=bold)
    draw.text((500, sy + 45), "BESTYRKES", fill=70, font=bold)
    for _k in range(1800):  # dust and toner specks
        x, yy = rng.randrange(w), rng.randrange(h)
        draw.point((x, yy), fill=rng.randrange(120, 220))
    img = img.rotate(0.6, resample=Image.Resampling.BILINEAR, fillcolor=246)
    return img.filter(ImageFilter.SMOOTH)


# ------------------------------------------------------------------------ engine


def _join_runs(runs: list[spec.Run], hyph: bool) -> tuple[str, str]:
    """(ReportLab markup, plain text) of a list of runs."""
    xml, plain = [], []
    for r in runs:
        text = r if isinstance(r, str) else r.text
        body = escape(soft_hyphenate(text) if hyph else text)
        if isinstance(r, spec.B):
            body = f"<b>{body}</b>"
        elif isinstance(r, spec.I):
            body = f"<i>{body}</i>"
        if plain and not re.match(r"^[,.;:)!?]", text) and not plain[-1].endswith(("(", " ")):
            xml.append(" ")
            plain.append(" ")
        xml.append(body)
        plain.append(text)
    return "".join(xml), "".join(plain)


def _marker(marker: str, i: int, start: int) -> str:
    if marker == "1.":
        return f"{start + i}."
    if marker == "1)":
        return f"{start + i})"
    if marker == "a)":
        return f"{chr(ord('a') + start - 1 + i)})"
    return marker


class Renderer:
    """Renders one document; :meth:`render` returns the :class:`Record` of the final pass."""

    def __init__(self, doc: spec.Doc):
        _register_fonts()
        self.doc = doc
        self.theme = doc.theme
        self.record = Record()
        self.breakable: set[str] = set()
        self.tables: list[spec.Table] = []
        self.mode = "portrait"
        fam = FAMILIES[self.theme.body_font]
        hfam = FAMILIES[self.theme.heading_font or self.theme.body_font]
        self.f_regular, self.f_bold, self.f_italic, _ = fam
        self.h_bold = hfam[1]
        self._styles()

    # -------------------------------------------------------------- styles
    def _styles(self) -> None:
        t = self.theme
        align = TA_JUSTIFY if t.justify else TA_LEFT
        hyph = 1 if t.hyphenate else 0
        base = dict(fontName=self.f_regular, fontSize=t.body_size, leading=t.leading, alignment=align,
                    embeddedHyphenation=hyph, splitLongWords=0, spaceAfter=t.body_size * 0.85,
                    hyphenationLang="")
        self.s = {
            "body": ParagraphStyle("body", **base),
            "lead": ParagraphStyle("lead", **{**base, "fontSize": t.body_size + 1.5,
                                              "leading": t.leading + 2, "spaceAfter": 10}),
            "small": ParagraphStyle("small", **{**base, "fontSize": t.body_size - 1.5,
                                                "leading": t.leading - 2.5}),
            "quote": ParagraphStyle("quote", **{**base, "fontName": self.f_italic, "leftIndent": 26,
                                                "rightIndent": 26, "spaceBefore": 2, "spaceAfter": 10}),
            "note": ParagraphStyle("note", **{**base, "backColor": colors.HexColor("#eef2f7"),
                                              "borderPadding": (6, 6, 6, 6), "spaceBefore": 8,
                                              "spaceAfter": 14, "leftIndent": 6, "rightIndent": 6}),
            "label": ParagraphStyle("label", **{**base, "fontName": self.f_bold, "spaceAfter": 2,
                                                "keepWithNext": 1}),
            "cell": ParagraphStyle("cell", **{**base, "alignment": TA_LEFT, "spaceAfter": 0}),
        }
        hs = t.heading_sizes
        for lvl in (1, 2, 3):
            size = hs[lvl - 1]
            self.s[f"h{lvl}"] = ParagraphStyle(
                f"h{lvl}", fontName=self.h_bold, fontSize=size, leading=size * 1.25,
                textColor=colors.HexColor(t.heading_color), spaceBefore=size * (1.1 if lvl == 1 else 0.8),
                spaceAfter=size * 0.45, keepWithNext=1, alignment=TA_LEFT)
        self.s["hplain"] = ParagraphStyle("hplain", fontName=self.f_bold, fontSize=t.body_size + 0.5,
                                          leading=t.leading, spaceBefore=8, spaceAfter=3, keepWithNext=1)

    def _cell_style(self, size: float, bold: bool = False, color=None) -> ParagraphStyle:
        return ParagraphStyle(f"cell{size}{bold}", parent=self.s["cell"], fontSize=size, leading=size * 1.25,
                              fontName=self.f_bold if bold else self.f_regular,
                              textColor=color or colors.black)

    def _para(self, xml: str, style: ParagraphStyle, **kw) -> HyphenParagraph:
        p = HyphenParagraph(xml, style, **kw)
        p.record = self.record
        p.breakable = self.breakable
        return p

    def _hyph(self, text: str) -> bool:
        if self.theme.hyphenate:
            self.breakable |= breakable_words(text)
            return True
        return False

    # -------------------------------------------------------------- story
    def story(self) -> list:
        doc, t = self.doc, self.theme
        out: list = []
        if doc.cover:
            out += self._cover_story(doc.cover)
            out += [NextPageTemplate("body"), RLPageBreak()]
        elif doc.letterhead:
            out += self._letterhead_story(doc.letterhead)
        counters = [0, 0, 0]
        columns: list | None = None  # flowables of a two-column section being collected
        for i, el in enumerate(doc.body):
            last = i + 1 == len(doc.body)
            fl: list = []
            if isinstance(el, spec.Heading):
                number = None
                if t.numbered and el.numbered:
                    counters[el.level - 1] += 1
                    for k in range(el.level, 3):
                        counters[k] = 0
                    number = ".".join(str(c) for c in counters[: el.level])
                big = el.numbered or not t.numbered or el.big
                style = self.s[f"h{el.level}"] if big else self.s["hplain"]
                label = f"{number} {el.text}" if number else el.text
                h = HeadingParagraph(escape(label), style, plain=label, number=number, level=el.level,
                                     toc=el.toc)
                h.record = self.record
                fl.append(h)
            elif isinstance(el, spec.Para):
                xml, _ = _join_runs(el.runs, self._hyph(" ".join(_texts(el.runs))) and el.style != "label")
                fl.append(self._para(xml, self.s[el.style]))
            elif isinstance(el, spec.Bullets):
                fl += self._bullets(el)
            elif isinstance(el, spec.Table):
                fl += self._table(el)
            elif isinstance(el, spec.KeyValue):
                fl.append(self._keyvalue(el))
            elif isinstance(el, spec.Toc):
                fl += self._toc(el)
            elif isinstance(el, spec.Figure):
                fl.append(VectorFigure(el.kind, el.height, el.values, self.theme.accent, seed=i))
                fl.append(Paragraph(escape(el.caption), ParagraphStyle(
                    "figcap", parent=self.s["small"], fontName=self.f_italic, spaceBefore=4, spaceAfter=10)))
            elif isinstance(el, spec.PageBreak):
                fl.append(RLPageBreak())
            elif isinstance(el, spec.Spacer):
                fl.append(RLSpacer(1, el.height))
            elif isinstance(el, spec.TwoColumnStart):
                out.append(PageBreakIfNotEmpty())
                columns = []
                continue
            elif isinstance(el, spec.TwoColumnEnd):
                assert columns is not None, "TwoColumnEnd without TwoColumnStart"
                for f in columns:
                    f.in_columns = True
                if columns and isinstance(columns[0], HeadingParagraph):
                    out.append(columns.pop(0))
                out.append(BalancedColumns(columns, nCols=2, innerPadding=10, leftPadding=0,
                                           rightPadding=0, endSlack=0.2))
                columns = None
                if not last:
                    out.append(PageBreakIfNotEmpty())
                continue
            elif isinstance(el, spec.LandscapeStart):
                self.mode = "landscape"
                fl += [NextPageTemplate("landscape"), PageBreakIfNotEmpty()]
            elif isinstance(el, spec.LandscapeEnd):
                self.mode = "portrait"
                if not last:
                    fl += [NextPageTemplate("body"), PageBreakIfNotEmpty()]
            elif isinstance(el, spec.ScanPage):
                fl += [NextPageTemplate("scan"), RLPageBreak(), NextPageTemplate("body"),
                       ScanFlowable(scan_image(el.lines, el.signatures))]
            else:  # pragma: no cover - spec guards this
                raise TypeError(el)
            (columns if columns is not None else out).extend(fl)
        if doc.cover and doc.cover.back:
            out += [NextPageTemplate("back"), PageBreakIfNotEmpty()]
            st = ParagraphStyle("back", fontName=self.f_regular, fontSize=9.5, leading=13.5,
                                textColor=colors.HexColor("#333333"))
            out.append(RLSpacer(1, 430))
            out += [Paragraph(escape(line), st) if line else RLSpacer(1, 8) for line in doc.cover.back]
        return out

    def _frame_width(self) -> float:
        left, right, _, _ = self.theme.margins
        page = landscape(A4) if self.mode == "landscape" else A4
        return page[0] - left - right

    def _bullets(self, el: spec.Bullets) -> list:
        t = self.theme
        indent = t.list_indent * el.level
        style = ParagraphStyle(f"li{el.level}", parent=self.s["body"], leftIndent=indent + 8,
                               bulletIndent=indent - t.list_indent + 6, spaceAfter=4,
                               bulletFontName=self.f_regular if el.marker in ("1.", "a)", "1)") else "Vera")
        out = []
        for i, runs in enumerate(el.items):
            xml, _ = _join_runs(runs, self._hyph(" ".join(_texts(runs))))
            out.append(self._para(xml, style, bulletText=_marker(el.marker, i, el.start)))
        out[-1].style = ParagraphStyle("lilast", parent=style, spaceAfter=t.body_size * 0.7)
        return out

    def _table(self, el: spec.Table) -> list:
        idx = len(self.tables)
        self.tables.append(el)
        width = self._frame_width()
        head_style = self._cell_style(el.font_size, bold=True,
                                      color=colors.white if el.kind != "plain" else colors.black)
        body_style = self._cell_style(el.font_size)
        data = [[Paragraph(escape(h), head_style) for h in el.header]]
        for row in el.rows:
            cells = []
            for c in row.cells:
                hy = self._hyph(c)
                cells.append(self._para(escape(soft_hyphenate(c) if hy else c), body_style))
            data.append(cells)
        tbl = GoldTable(data, colWidths=[f * width for f in el.widths],
                        repeatRows=1 if el.repeat_header else 0, hAlign="LEFT")
        tbl.gold_index = idx
        tbl.record = self.record
        accent = colors.HexColor(self.theme.accent)
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
        if el.kind == "grid":
            cmds += [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f7f7f")),
                     ("BACKGROUND", (0, 0), (-1, 0), accent)]
        elif el.kind == "zebra":
            cmds += [("BACKGROUND", (0, 0), (-1, 0), accent),
                     ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9a9a9a")),
                     ("BOX", (0, 0), (-1, -1), 0.6, accent)]
            for r in range(1, len(data)):
                if r % 2 == 0:
                    cmds.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#eef1f5")))
        else:
            cmds += [("LINEBELOW", (0, 0), (-1, 0), 1.0, colors.black),
                     ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.black)]
        tbl.setStyle(TableStyle(cmds))
        out = []
        if el.caption:
            out.append(Paragraph(escape(el.caption), ParagraphStyle(
                "caption", parent=self.s["body"], fontName=self.f_bold, fontSize=self.theme.body_size - 1,
                spaceAfter=4, keepWithNext=1)))
        out += [tbl, RLSpacer(1, 12)]
        return out

    def _keyvalue(self, el: spec.KeyValue) -> RLTable:
        width = self._frame_width()
        ls = self._cell_style(self.theme.body_size - 0.5, bold=True)
        vs = self._cell_style(self.theme.body_size - 0.5)
        data = [[Paragraph(escape(k), ls), Paragraph(escape(v), vs)] for k, v in el.items]
        tbl = RLTable(data, colWidths=[el.label_width * width, (1 - el.label_width) * width], hAlign="LEFT")
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
        if el.boxed:
            cmds += [("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#7f7f7f")),
                     ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#bfbfbf"))]
        tbl.setStyle(TableStyle(cmds))
        return tbl

    def _toc(self, el: spec.Toc) -> list:
        toc = RecordingToc()
        toc.record = self.record
        toc.dotsMinLevel = 0
        size = self.theme.body_size
        toc.levelStyles = [
            ParagraphStyle("toc1", fontName=self.f_bold, fontSize=size, leading=size * 1.6, leftIndent=0,
                           firstLineIndent=0),
            ParagraphStyle("toc2", fontName=self.f_regular, fontSize=size, leading=size * 1.45,
                           leftIndent=16, firstLineIndent=0),
            ParagraphStyle("toc3", fontName=self.f_regular, fontSize=size - 0.5, leading=size * 1.4,
                           leftIndent=32, firstLineIndent=0),
        ]
        title = Paragraph(escape(el.title), ParagraphStyle(
            "toctitle", fontName=self.h_bold, fontSize=self.theme.heading_sizes[0],
            leading=self.theme.heading_sizes[0] * 1.3, spaceAfter=14,
            textColor=colors.HexColor(self.theme.heading_color)))
        return [title, toc, RLPageBreak()]

    # -------------------------------------------------------------- cover & letterhead
    def _cover_story(self, cover: spec.Cover) -> list:
        t = self.theme
        acc = colors.HexColor(t.accent)
        title_style = ParagraphStyle("title", fontName=self.h_bold, fontSize=26 if len(cover.title) < 60 else 22,
                                     leading=32 if len(cover.title) < 60 else 27, textColor=acc, spaceAfter=12)
        sub_style = ParagraphStyle("sub", fontName=self.f_regular, fontSize=14, leading=18, spaceAfter=8,
                                   textColor=colors.HexColor("#333333"))
        out: list = []
        top = {"block": 190, "band": 170, "template": 150, "photo": 330}[cover.style]
        out.append(RLSpacer(1, top))
        out.append(Paragraph(escape(cover.title), title_style))
        if cover.subtitle:
            out.append(Paragraph(escape(cover.subtitle), sub_style))
        if cover.note:
            out.append(Paragraph(escape(cover.note), ParagraphStyle(
                "cnote", fontName=self.f_italic, fontSize=10, leading=13, spaceBefore=4)))
        if cover.meta:
            out.append(RLSpacer(1, 60 if cover.style != "template" else 36))
            size = 9.5
            ls = self._cell_style(size, bold=True)
            vs = self._cell_style(size)
            if cover.style == "template":
                data = [[Paragraph(escape(k), ls), Paragraph(escape(v), vs)] for k, v in cover.meta]
                widths = [150, 260]
            else:
                data = [[Paragraph(escape(k), ls), Paragraph(escape(v), vs)] for k, v in cover.meta]
                widths = [130, 250]
            tbl = RLTable(data, colWidths=widths, hAlign="LEFT")
            cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
            if cover.style in ("block", "band"):
                cmds += [("LINEABOVE", (0, 0), (-1, 0), 1.2, acc), ("LINEBELOW", (0, -1), (-1, -1), 1.2, acc)]
            tbl.setStyle(TableStyle(cmds))
            out.append(tbl)
        return out

    def _letterhead_story(self, lh: spec.Letterhead) -> list:
        size = 9.5
        ks = ParagraphStyle("kind", fontName=self.f_bold, fontSize=12, leading=15)
        ls = self._cell_style(size, bold=False, color=colors.HexColor("#444444"))
        vs = self._cell_style(size)
        left = [Paragraph(escape(line), vs) for line in lh.sender]
        right = [Paragraph(escape(lh.kind_word), ks)]
        right += [Paragraph(f"{escape(k)} <b>{escape(v)}</b>" if k else f"<b>{escape(v)}</b>", ls)
                  for k, v in lh.right]
        width = self._frame_width()
        tbl = RLTable([[left, right]], colWidths=[width * 0.52, width * 0.48], hAlign="LEFT")
        tbl.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return [RLSpacer(1, 34), tbl, RLSpacer(1, 26)]

    # -------------------------------------------------------------- page furniture
    def _logo(self, canv: Canvas, x: float, y: float, size: float = 1.0, white: bool = False) -> None:
        acc = colors.white if white else colors.HexColor(self.theme.accent)
        canv.saveState()
        canv.setFillColor(acc)
        canv.setStrokeColor(acc)
        org = self.doc.organisation
        if org.startswith("Region"):
            canv.rect(x, y - 4 * size, 22 * size, 22 * size, stroke=0, fill=1)
        else:  # a shield
            p = canv.beginPath()
            p.moveTo(x, y + 18 * size)
            p.lineTo(x + 20 * size, y + 18 * size)
            p.lineTo(x + 20 * size, y + 4 * size)
            p.curveTo(x + 20 * size, y - 4 * size, x + 10 * size, y - 7 * size, x + 10 * size, y - 7 * size)
            p.curveTo(x + 10 * size, y - 7 * size, x, y - 4 * size, x, y + 4 * size)
            p.close()
            canv.drawPath(p, stroke=0, fill=1)
        canv.setFont(self.h_bold, 15 * size)
        canv.drawString(x + 30 * size, y + 2 * size, org.upper() if self.theme.body_font != "Times" else org)
        canv.restoreState()

    def _on_cover(self, canv: Canvas, doc) -> None:
        self.record.page_kind[doc.page] = "cover"
        cover = self.doc.cover
        w, h = canv._pagesize
        acc = colors.HexColor(self.theme.accent)
        left = self.theme.margins[0]
        canv.saveState()
        if cover.style == "band":
            canv.setFillColor(acc)
            canv.rect(0, h - 150, w, 150, stroke=0, fill=1)
            self._logo(canv, left, h - 90, 1.2, white=True)
        elif cover.style == "template":
            self._logo(canv, left, h - 80, 1.0)
            words = cover.template_types
            canv.setFont(self.f_regular, 11)
            x = left
            y = h - 130
            for wd in words:
                tw = canv.stringWidth(wd, self.f_regular, 11)
                if wd == cover.highlighted:
                    canv.setFillColor(acc)
                    canv.rect(x - 4, y - 4, tw + 8, 16, stroke=0, fill=1)
                    canv.setFillColor(colors.white)
                else:
                    canv.setFillColor(colors.HexColor("#8c8c8c"))
                canv.drawString(x, y, wd)
                x += tw + 22
            canv.setStrokeColor(colors.HexColor("#8c8c8c"))
            canv.setLineWidth(0.5)
            canv.line(left, y - 12, w - self.theme.margins[1], y - 12)
        elif cover.style == "photo":
            self._logo(canv, left, h - 80, 1.0)
            canv.setFillColor(colors.HexColor("#c9d3df"))
            canv.rect(left, h - 390, w - 2 * left, 270, stroke=0, fill=1)
            canv.setFillColor(colors.HexColor("#a9b7c8"))  # a landscape silhouette, vector only
            p = canv.beginPath()
            p.moveTo(left, h - 390)
            p.lineTo(left, h - 300)
            p.curveTo(left + 120, h - 250, left + 220, h - 330, w / 2, h - 280)
            p.curveTo(w / 2 + 100, h - 250, w - left - 80, h - 300, w - left, h - 270)
            p.lineTo(w - left, h - 390)
            p.close()
            canv.drawPath(p, stroke=0, fill=1)
        else:
            self._logo(canv, left, h - 90, 1.1)
            canv.setFillColor(acc)
            canv.rect(0, 0, 18, h, stroke=0, fill=1)
        canv.restoreState()

    def _on_first_letter(self, canv: Canvas, doc) -> None:
        self.record.page_kind[doc.page] = "first"
        h = canv._pagesize[1]
        self._logo(canv, self.theme.margins[0], h - 62, 0.9)

    def _on_back(self, canv: Canvas, doc) -> None:
        self.record.page_kind[doc.page] = "back"
        w = canv._pagesize[0]
        canv.saveState()
        canv.setFillColor(colors.HexColor(self.theme.accent))
        canv.rect(0, 0, w, 90, stroke=0, fill=1)
        canv.restoreState()
        self._logo(canv, self.theme.margins[0], 40, 1.0, white=True)

    def _kind(self, name: str):
        def on_page(canv, doc):
            self.record.page_kind[doc.page] = name
        return on_page

    def furniture(self, canv: Canvas, page: int, total: int) -> None:
        kind = self.record.page_kind.get(page, "body")
        t = self.theme
        self.record.pages = total
        if kind in ("cover", "scan", "back"):
            return
        w, h = canv._pagesize
        left, right, _, _ = t.margins
        grey = colors.HexColor("#595959")
        texts = []
        canv.saveState()
        if t.header and kind != "first":
            canv.setFont(self.f_regular, 8.5)
            canv.setFillColor(grey)
            lft, rgt = t.header
            canv.drawString(left, h - 40, lft)
            if rgt:
                canv.drawRightString(w - right, h - 40, rgt)
            if t.header_rule:
                canv.setStrokeColor(colors.HexColor("#a6a6a6"))
                canv.setLineWidth(0.5)
                canv.line(left, h - 46, w - right, h - 46)
            texts.append(" ".join(x for x in (lft, rgt) if x))
            self.record.header_pages.append(page)
        if t.footer and (kind != "first" or t.furniture_on_first):
            label = t.footer.format(n=page, m=total)
            canv.setFont(self.f_regular, 8.5)
            canv.setFillColor(grey)
            y = 34
            if t.footer_left:
                canv.drawString(left, y, t.footer_left)
            if t.footer_align == "center":
                canv.drawCentredString(w / 2, y, label)
            elif t.footer_align == "left" and not t.footer_left:
                canv.drawString(left, y, label)
            else:
                canv.drawRightString(w - right, y, label)
            texts.append(" ".join(x for x in (t.footer_left, label) if x))
            self.record.footer_pages.append(page)
        canv.restoreState()
        self.record.furniture[page] = texts

    # -------------------------------------------------------------- build
    def render(self, path: str) -> Record:
        t = self.theme
        left, right, top, bottom = t.margins
        renderer = self

        class DocTemplate(BaseDocTemplate):
            def handle_documentBegin(self):
                renderer.record.__init__()  # reset in place: every flowable holds this object
                super().handle_documentBegin()


        doc = DocTemplate(path, pagesize=A4, leftMargin=left, rightMargin=right, topMargin=top,
                          bottomMargin=bottom, title=self.doc.title, author=self.doc.organisation,
                          subject=self.doc.stated_type, creator="Styrdok Miner sample corpus")
        pw, ph = A4
        body = Frame(left, bottom, pw - left - right, ph - top - bottom, id="body")
        lw, lh = landscape(A4)
        templates = [
            PageTemplate("body", [body], onPage=self._kind("body")),
            PageTemplate("landscape", [Frame(left, bottom - 20, lw - left - right, lh - top - bottom + 20,
                                             id="land")], onPage=self._kind("landscape"),
                         pagesize=landscape(A4)),
            PageTemplate("scan", [Frame(0, 0, pw, ph, leftPadding=0, rightPadding=0, topPadding=0,
                                        bottomPadding=0, id="scan")], onPage=self._kind("scan")),
        ]
        templates.append(PageTemplate("back", [Frame(left, 100, pw - left - right, ph - 160, id="back")],
                                      onPage=self._on_back))
        if self.doc.cover:
            templates.insert(0, PageTemplate("cover", [Frame(left + 10, 60, pw - left - right - 10, ph - 120,
                                                             id="cover")], onPage=self._on_cover))
        elif self.doc.letterhead:
            templates.insert(0, PageTemplate("first", [Frame(left, bottom, pw - left - right, ph - top - bottom + 20,
                                                             id="first")], onPage=self._on_first_letter))
        doc.addPageTemplates(templates)
        story = self.story()
        doc.multiBuild(story, canvasmaker=_canvas_class(self.furniture))
        return self.record


def _texts(runs: list[spec.Run]) -> list[str]:
    return [r if isinstance(r, str) else r.text for r in runs]


def render_pdf(doc: spec.Doc, path: str) -> Record:
    """Render ``doc`` to ``path`` and return what the final pass recorded."""
    return Renderer(doc).render(path)


__all__ = ["SHY", "Record", "Renderer", "render_pdf", "scan_image"]
