"""Characters and lines of a PDF page, in top-down page coordinates (points).

Shared by the page reader (:mod:`miner.parse.pdf`) and the table finder
(:mod:`miner.parse.tables`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .layout import clean_line


@dataclass(slots=True)
class Char:
    ch: str
    x0: float
    x1: float
    top: float
    bottom: float
    base: float  # baseline, top-down
    size: float
    bold: bool
    mcid: int


@dataclass(slots=True)
class Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    base: float
    size: float
    bold: bool
    mcid: int = -1
    tag: str | None = None  # structure tag (H1..H6, P, LI...) in tagged PDFs
    column: int = 0
    kind: str | None = None  # set when classified: header, footer


def lines_from_chars(chars: list[Char]) -> list[Line]:
    """Lines in stream order; a new line where the baseline moves or the text jumps back or far ahead."""
    lines: list[Line] = []
    cur: list[Char] = []
    last: Char | None = None  # the last visible character of the current line

    def flush() -> None:
        visible = [c for c in cur if not c.ch.isspace()]
        if visible:
            text = clean_line("".join(c.ch for c in cur))
            size = Counter(round(c.size, 1) for c in visible).most_common(1)[0][0]
            bold = sum(c.bold for c in visible) >= 0.95 * len(visible)
            mcid = next((c.mcid for c in visible if c.mcid >= 0), -1)
            lines.append(Line(text, min(c.x0 for c in visible), max(c.x1 for c in visible),
                               min(c.top for c in visible), max(c.bottom for c in visible),
                               visible[len(visible) // 2].base, size, bold, mcid))
        cur.clear()

    for c in chars:
        space = c.ch.isspace()
        if last is not None:
            big = last.size if last.size > c.size else c.size
            gap = c.x0 - last.x1
            if abs(c.base - last.base) > max(2.0, 0.45 * big) or gap < -max(last.size, 4) or (
                    not space and gap > 2.5 * max(c.size, 6)):
                flush()
                last = None
        if space and not cur:
            continue
        cur.append(c)
        if not space:
            last = c
    flush()
    return lines
