"""Layout rules shared by every input format, and the builder that assembles the clean text.

The clean text is what every later stage reads and every evidence span points
into. It is assembled block by block: one block per line of the clean text
(paragraph lines joined, hyphenation at line ends undone), a blank line
between pages. :class:`TextBuilder` records, for each block, its offsets, page
and position, so any character maps back to page and place.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from ..model import Block, Cell, Document, Metadata, Page, Table

# ---------------------------------------------------------------- text cleaning

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_SOFT = str.maketrans({"\u00ad": "", "\x02": "-", "\u200b": "", "\ufeff": "", "\u00a0": " ", "\uf0b7": "•", "\uf0a7": "•",
                       "\u2010": "-", "\u2011": "-", "\uf02d": "-"})


def clean_line(text: str) -> str:
    """NFC-normalised text with soft hyphens, zero-width and private-use bullets fixed and spaces collapsed."""
    text = unicodedata.normalize("NFC", text).translate(_SOFT)
    return _SPACES.sub(" ", text).strip()


# Words after a line-end hyphen that mean the hyphen is a Swedish suspended compound ("vård- och omsorg").
_CONJUNCTIONS = {"och", "eller", "samt", "respektive", "resp.", "till", "som", "men", "&"}
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


def join_lines(lines: Sequence[str]) -> tuple[str, list[str]]:
    """Join the wrapped lines of one paragraph, undoing hyphenation at line ends.

    Returns the joined text and the words that were rejoined (for reporting and
    tests). A line-end hyphen is removed only between two lower-case letters
    ("funktions-" + "nedsättning"); it is kept before a conjunction ("vård- och
    omsorg"), after a capital or digit ("BPSD-registret", "2024-2027") and after
    a one-letter prefix ("e-tjänster").
    """
    out = ""
    rejoined: list[str] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not out:
            out = line
            continue
        if out.endswith("-") and len(out) >= 2 and out[-2] != " ":
            first = line.split(" ", 1)[0]
            prev_word = out[:-1].rsplit(" ", 1)[-1]
            if first.casefold() in _CONJUNCTIONS:
                out = out + " " + line
            elif (
                len(prev_word) > 1
                and prev_word[-1].islower()
                and _LETTER.match(prev_word[-1])
                and first[:1].islower()
                and "-" not in prev_word[-2:]
            ):
                word_tail = re.match(r"[\w-]*", first).group(0)
                rejoined.append(prev_word.lstrip("(\"'") + word_tail)
                out = out[:-1] + line
            else:
                out = out + line
        else:
            out = out + " " + line
    return out, rejoined


# --------------------------------------------------------------- block patterns

#: A numbered heading: "1", "2.1", "3.1.2", optionally followed by "." or ")".
HEADING_NUMBER = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,4})\.?\)?\s+(?P<title>[A-ZÅÄÖÉ\"'«»(].{0,150})$")
#: A list item marker: bullets, dashes, "1.", "1)", "a)", "a.".
LIST_MARKER = re.compile(r"^(?P<marker>[•●○◦▪■□►✓✔\-–—*]|\d{1,2}[.)]|[a-zåäö][.)]|\([a-z0-9]\))\s+(?P<text>\S.*)$")
#: A table-of-contents line: text, dotted (or spaced) leader, page number.
TOC_LINE = re.compile(r"^(?P<title>.+?)(?:\s*[.·…_]{3,}\s*|\s{2,}|\t+)(?P<page>\d{1,3})\s*$")
TOC_HEADING = re.compile(r"^(innehåll|innehållsförteckning|innehållsförtecking|innehåll och struktur)$", re.I)


def heading_level_from_number(number: str) -> int:
    return number.count(".") + 1


# --------------------------------------------------------------------- builder


class TextBuilder:
    """Assembles a :class:`Document` from blocks in reading order."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._pos = 0
        self.pages: list[Page] = []
        self.blocks: list[Block] = []
        self.tables: list[Table] = []
        self.rejoined: list[str] = []
        self._page: Page | None = None

    def start_page(self, number: int, width: float = 0.0, height: float = 0.0, *, has_text: bool = True,
                   columns: int = 1, label: str | None = None) -> None:
        if self._page is not None:
            self.end_page()
        if self.pages or self._pos:
            self._emit("\n")  # a blank line between pages
        self._page = Page(number=number, start=self._pos, end=self._pos, width=width, height=height,
                          has_text=has_text, columns=columns, label=label)

    def continue_block(self, text: str) -> bool:
        """Continue the previous page's last block with ``text`` (a sentence broken by the page break).

        The page starts where the continuation starts, so every character
        still maps to the page it was printed on; the block keeps the page it
        started on. A hyphen at the break is undone as at a line end.
        Returns False (and does nothing) unless called first on a new page.
        """
        if (self._page is None or not self.blocks or self._page.start != self._pos
                or len(self._parts) < 2 or self._parts[-1] != "\n" or self._parts[-2] != "\n"):
            return False
        block = self.blocks[-1]
        previous = self._parts[-3] if len(self._parts) >= 3 else ""
        _, rejoined = join_lines([previous[-60:], text])
        self._parts.pop()
        self._parts.pop()
        self._pos -= 2
        tail = previous[-60:]
        # The part of the joined text that belongs to the new page.
        head_len = len(tail) - 1 if rejoined and tail.endswith("-") else len(tail)
        if head_len < len(tail):  # drop the hyphen
            self._parts[-1] = previous[:-1]
            self._pos -= 1
            if self.pages:
                self.pages[-1].end = min(self.pages[-1].end, self._pos)
            sep = ""
        else:
            sep = " "
        self.rejoined.extend(rejoined)
        self._emit(sep)
        self._page.start = self._pos
        self._emit(text)
        block.end = self._pos
        self._emit("\n")
        return True

    def end_page(self) -> None:
        if self._page is None:
            return
        self._page.end = self._pos
        # The trailing newline of the last block belongs to the page; trim the end to the last character.
        while self._page.end > self._page.start and self._text_at(self._page.end - 1) == "\n":
            self._page.end -= 1
        self.pages.append(self._page)
        self._page = None

    def _text_at(self, i: int) -> str:
        # Only ever called for the last few characters; walk back over parts.
        rem = self._pos - i
        for part in reversed(self._parts):
            if rem <= len(part):
                return part[len(part) - rem]
            rem -= len(part)
        return ""

    def _emit(self, text: str) -> int:
        start = self._pos
        self._parts.append(text)
        self._pos += len(text)
        return start

    @property
    def page_number(self) -> int:
        assert self._page is not None, "start_page() first"
        return self._page.number

    def add_block(self, kind: str, text: str, *, bbox: tuple[float, float, float, float] | None = None,
                  font_size: float | None = None, bold: bool = False, level: int | None = None,
                  number: str | None = None, table: int | None = None) -> Block | None:
        text = text.strip()
        if not text:
            return None
        start = self._emit(text)
        self._emit("\n")
        block = Block(kind=kind, start=start, end=start + len(text), page=self.page_number,  # type: ignore[arg-type]
                      bbox=bbox, font_size=round(font_size, 2) if font_size else None, bold=bold,
                      level=level, number=number, table=table)
        self.blocks.append(block)
        return block

    def add_table(self, header: Sequence[str], rows: Sequence[Sequence[str]], *,
                  bbox: tuple[float, float, float, float] | None = None, continues: bool = False) -> Table:
        """Write a table as one line per row (cells separated by " | ").

        With ``continues`` the rows are appended to the previous table (a table
        that spans pages); its header row, repeated on the new page, is not
        written again.
        """
        if continues and self.tables:
            table = self.tables[-1]
            index = len(self.tables) - 1
        else:
            table = Table(pages=[], start=self._pos, end=self._pos, header=[clean_line(h) for h in header], rows=[])
            self.tables.append(table)
            index = len(self.tables) - 1
            if any(table.header):
                self._row_block(table.header, index, bbox, header=True)
        if self.page_number not in table.pages:
            table.pages.append(self.page_number)
        for row in rows:
            cells = self._row_block([clean_line(c) for c in row], index, bbox)
            if cells:
                table.rows.append(cells)
        table.end = self._pos - 1 if self._pos > table.start else self._pos
        return table

    def _row_block(self, cells: Sequence[str], index: int, bbox, header: bool = False) -> list[Cell] | None:
        if not any(cells):
            return None
        start = self._pos
        out: list[Cell] = []
        for i, cell in enumerate(cells):
            if i:
                self._emit(" | ")
            s = self._emit(cell)
            out.append(Cell(text=cell, start=s, end=s + len(cell), page=self.page_number))
        self._emit("\n")
        self.blocks.append(Block(kind="table", start=start, end=self._pos - 1, page=self.page_number, bbox=bbox,
                                 bold=header, table=index))
        return out

    def build(self, *, source: str, sha256: str, fmt: str, metadata: Metadata | None = None,
              warnings: list[str] | None = None) -> Document:
        self.end_page()
        text = "".join(self._parts)
        return Document(source=source, sha256=sha256, format=fmt, text=text, pages=self.pages,
                        blocks=self.blocks, tables=self.tables, metadata=metadata or Metadata(),
                        warnings=list(warnings or []))
