"""Short constructors used by the document modules, so the documents read like documents."""

from __future__ import annotations

from ..spec import (
    Actor,
    B,
    Bullets,
    Cover,
    Doc,
    Figure,
    Goal,
    Heading,
    I,
    KeyValue,
    LandscapeEnd,
    LandscapeStart,
    Letterhead,
    PageBreak,
    Para,
    Row,
    Run,
    ScanPage,
    Spacer,
    Table,
    Theme,
    Toc,
    TwoColumnEnd,
    TwoColumnStart,
)

__all__ = [
    "H1",
    "H2",
    "H3",
    "HP",
    "UL",
    "A",
    "Actor",
    "B",
    "Bullets",
    "Cover",
    "Doc",
    "Figure",
    "G",
    "Goal",
    "Heading",
    "I",
    "KeyValue",
    "LandscapeEnd",
    "LandscapeStart",
    "Letterhead",
    "P",
    "PageBreak",
    "Para",
    "Row",
    "ScanPage",
    "Spacer",
    "Table",
    "Theme",
    "Toc",
    "TwoColumnEnd",
    "TwoColumnStart",
    "action_rows",
]


def A(name: str, kind: str, *roles: str, aliases: tuple[str, ...] = ()) -> Actor:
    return Actor(name, kind, tuple(roles), aliases)


G = Goal


def H1(text: str, **kw) -> Heading:
    return Heading(text, 1, **kw)


def H2(text: str, **kw) -> Heading:
    return Heading(text, 2, **kw)


def H3(text: str, **kw) -> Heading:
    return Heading(text, 3, **kw)


def HP(text: str, level: int = 2, **kw) -> Heading:
    """An unnumbered bold heading."""
    return Heading(text, level, numbered=False, **kw)


def P(*runs: Run, style: str = "body") -> Para:
    return Para(list(runs), style)


def UL(*items, marker: str = "•", level: int = 1, start: int = 1) -> Bullets:
    """A list; each item is a string, a Goal, a B/I run or a list of runs."""
    return Bullets([list(i) if isinstance(i, list | tuple) else [i] for i in items], marker, level, start)


def action_rows(rows: list[tuple], goal_col: int = 0, **defaults) -> list[Row]:
    """Rows of an action table. Each tuple is the printed cells followed by a dict of goal fields.

    The cell at ``goal_col`` is the action's text; the dict gives responsible actors (gold names),
    deadline, indicator, articles, parent and area.
    """
    out = []
    for r in rows:
        *cells, fields = r
        fields = {**defaults, **fields}
        fields.setdefault("level", "action")
        out.append(Row(list(cells), Goal(cells[goal_col], **fields)))
    return out
