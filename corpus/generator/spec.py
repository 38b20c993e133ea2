"""The source form of a sample document: one tree that both the renderer and the gold writer read.

A document module builds a :class:`Doc` out of the small element classes below.
Goals are not annotated after the fact: a :class:`Goal` *is* the text that gets
printed (inline in a paragraph, as a list item or as the activity cell of an
action table), so the gold cannot drift from the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# --------------------------------------------------------------------- annotations


@dataclass(frozen=True)
class Actor:
    """An actor as the gold names it; ``aliases`` are other forms the text uses (checked by the tests)."""

    name: str
    kind: str
    roles: tuple[str, ...]
    aliases: tuple[str, ...] = ()


_INHERIT = "\0inherit"


@dataclass(frozen=True)
class Goal:
    """A goal statement, printed verbatim where it stands in the body."""

    text: str
    level: str = "subgoal"  # overall | subgoal | action
    parent: str | None = None  # text of the goal this one serves
    area: str | None = _INHERIT  # goal-area heading; default: the enclosing area heading
    responsible: tuple[str, ...] = ()
    deadline: str | None = None
    indicator: str | None = None
    articles: tuple[int, ...] = ()


@dataclass(frozen=True)
class B:
    """Bold run inside a paragraph or list item."""

    text: str


@dataclass(frozen=True)
class I:  # noqa: E742 - the markup name
    """Italic run inside a paragraph or list item."""

    text: str


Run = str | Goal | B | I

# ------------------------------------------------------------------------ elements


@dataclass
class Heading:
    text: str
    level: int = 1
    numbered: bool = True  # printed with its section number when the document numbers headings
    area: bool = False  # a goal-area heading: goals below it get it as ``area``
    toc: bool = True
    big: bool = False  # an unnumbered heading set in the size of its level (annexes, "Förord")


@dataclass
class Para:
    runs: list[Run]
    style: str = "body"  # body | lead | small | quote | note | label


@dataclass
class Bullets:
    items: list[list[Run]]
    marker: str = "•"  # "•", "–", "1.", "a)", "ring" (hollow bullet)
    level: int = 1
    start: int = 1


@dataclass
class Row:
    cells: list[str]
    goal: Goal | None = None  # the goal the row states (its text is one of the cells)


@dataclass
class Table:
    header: list[str]
    rows: list[Row]
    widths: list[float]  # fractions of the frame width
    repeat_header: bool = True
    font_size: float = 9.0
    kind: str = "grid"  # grid | zebra | plain
    caption: str | None = None


@dataclass
class PageBreak:
    pass


@dataclass
class Spacer:
    height: float = 12


@dataclass
class TwoColumnStart:
    """Continue on a new page laid out in two columns, until :class:`TwoColumnEnd`."""


@dataclass
class TwoColumnEnd:
    pass


@dataclass
class LandscapeStart:
    """Continue on new landscape pages, until :class:`LandscapeEnd`."""


@dataclass
class LandscapeEnd:
    pass


@dataclass
class ScanPage:
    """A page that is only a picture (a scanned signature page): no text layer at all."""

    lines: list[str]  # what the scanned sheet shows, drawn into the bitmap
    signatures: int = 2


@dataclass
class Figure:
    """A picture drawn with vector shapes only (photo placeholder, bar chart or map) and a caption."""

    caption: str
    kind: str = "photo"  # photo | chart | map
    height: float = 170
    values: tuple[float, ...] = ()  # bar heights for a chart


@dataclass
class KeyValue:
    """A label/value block in the body (metadata on a letterhead or on the back of the cover)."""

    items: list[tuple[str, str]]
    label_width: float = 0.32
    boxed: bool = False


@dataclass
class Toc:
    title: str = "Innehåll"


Element = (Heading | Para | Bullets | Table | PageBreak | Spacer | TwoColumnStart | TwoColumnEnd
           | LandscapeStart | LandscapeEnd | ScanPage | KeyValue | Toc | Figure)

# -------------------------------------------------------------------------- layout


@dataclass
class Cover:
    """The cover page. ``style``: block | band | template | photo."""

    title: str
    subtitle: str | None = None
    meta: list[tuple[str, str]] = field(default_factory=list)
    style: str = "block"
    template_types: tuple[str, ...] = ()  # the row of type words on a template cover
    highlighted: str | None = None  # which of them is marked (visually only)
    note: str | None = None  # a small line under the title, e.g. "Antagen av kommunfullmäktige ..."
    back: tuple[str, ...] = ()  # lines of a back cover (contact details); empty: no back cover


@dataclass
class Letterhead:
    """First page of a letter-type document (tjänsteskrivelse, protokoll, yttrande)."""

    kind_word: str  # "TJÄNSTESKRIVELSE", "PROTOKOLLSUTDRAG", "YTTRANDE"
    right: list[tuple[str, str]]  # label/value pairs in the top-right block
    sender: list[str] = field(default_factory=list)  # lines under the logo (förvaltning, avdelning)


@dataclass
class Theme:
    body_font: str = "Helvetica"  # Helvetica | Times | Vera
    heading_font: str | None = None  # defaults to the body family
    body_size: float = 10.5
    leading: float = 14.5
    heading_sizes: tuple[float, float, float] = (16, 13, 11)
    heading_color: str = "#1f3864"
    accent: str = "#1f3864"
    justify: bool = False
    hyphenate: bool = False
    numbered: bool = True
    header: tuple[str, str] | None = None  # running header (left, right)
    header_rule: bool = True
    footer: str | None = "Sida {n} ({m})"  # None: no page numbers
    footer_left: str | None = None  # fixed text at the left of the footer
    footer_align: str = "right"  # left | center | right
    margins: tuple[float, float, float, float] = (70, 70, 72, 72)  # left, right, top, bottom (pt)
    list_indent: float = 18
    furniture_on_first: bool = False  # letter documents: footer on page 1 too


@dataclass
class Doc:
    file: str
    organisation: str
    kommunkod: str
    doc_type: str
    stated_type: str
    title: str
    adopted_by: str | None
    adopted_date: str | None
    diarienummer: str | None
    valid_until: str | None
    validity: str | None
    articles: tuple[int, ...]  # articles addressed by the document as a whole (goal articles are added)
    actors: list[Actor]
    notes: str
    theme: Theme
    body: list[Element]
    cover: Cover | None = None
    letterhead: Letterhead | None = None
    disability_policy: bool = True
    features: tuple[str, ...] = ()  # for the README table
