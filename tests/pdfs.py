"""Small PDFs drawn with reportlab for parser tests: each isolates one layout feature.

Drawing with the canvas (not platypus) keeps every coordinate explicit, so a
test says exactly what the page looks like.
"""

from __future__ import annotations

from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

rl_config.invariant = 1
W, H = A4


class Page:
    """Writes lines top-down on one page of a canvas."""

    def __init__(self, c: canvas.Canvas, top: float = 90) -> None:
        self.c = c
        self.y = H - top

    def line(self, text: str, size: float = 11, bold: bool = False, x: float = 72, gap: float | None = None) -> None:
        self.c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        self.c.drawString(x, self.y, text)
        self.y -= gap if gap is not None else size * 1.3

    def skip(self, pts: float) -> None:
        self.y -= pts


def running(c: canvas.Canvas, page: int, total: int, header: str = "Uppsala kommun · Handlingsplan för tillgänglighet") -> None:
    c.setFont("Helvetica", 8)
    c.drawString(72, H - 40, header)
    c.drawRightString(W - 72, 30, f"Sida {page} ({total})")


def write(path: Path, pages: list) -> Path:
    """``pages`` is a list of callables ``draw(canvas, page_number, total)``."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for i, draw in enumerate(pages, start=1):
        draw(c, i, len(pages))
        c.showPage()
    c.save()
    return path


def grid_table(c: canvas.Canvas, rows: list[list[str]], top: float, widths: list[float], x: float = 72,
               row_h: float = 18, size: float = 9) -> float:
    """A ruled table drawn line by line; returns the y below it."""
    y = H - top
    total_w = sum(widths)
    c.setLineWidth(0.5)
    for r, row in enumerate(rows):
        c.line(x, y, x + total_w, y)
        cx = x
        c.setFont("Helvetica-Bold" if r == 0 else "Helvetica", size)
        for w, cell in zip(widths, row, strict=False):
            c.drawString(cx + 3, y - row_h + 5, cell)
            cx += w
        y -= row_h
    c.line(x, y, x + total_w, y)
    cx = x
    for w in [*widths, 0]:
        c.line(cx, H - top, cx, y)
        cx += w
    return y
