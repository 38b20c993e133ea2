"""Tables drawn with horizontal rules only: the "booktabs" style of municipal reports.

pdfplumber's line strategy needs vertical rules to see columns, and its text
strategy splits wrapped cells into spurious columns. Most municipal tables
(Word's default table styles, reports set like the sample corpus) have a top
rule, a rule under the header and a bottom rule, with columns made by
alignment only. Here a stack of horizontal rules with the same extent marks
the table; columns are the vertical gutters no character crosses on any line;
rows come from inner rules, else from extra spacing between lines (wrapped
cell text is set tighter than the space between rows).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass

from .chars import Char
from .layout import clean_line, join_lines


@dataclass(slots=True)
class Rule:
    x0: float
    x1: float
    y: float  # top-down


@dataclass(slots=True)
class RuleTable:
    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom
    rows: list[list[str]]  # the first row is the header


def _stacks(rules: list[Rule]) -> list[list[Rule]]:
    """Rules grouped by horizontal extent (same left and right edge within 3 pt), top to bottom."""
    groups: dict[tuple[int, int], list[Rule]] = defaultdict(list)
    for r in rules:
        if r.x1 - r.x0 < 80:
            continue
        key = next((k for k in groups if abs(k[0] - r.x0) <= 3 and abs(k[1] - r.x1) <= 3), None)
        groups[key or (round(r.x0), round(r.x1))].append(r)
    out = []
    for rs in groups.values():
        rs.sort(key=lambda r: r.y)
        merged = [rs[0]]
        for r in rs[1:]:  # a rule drawn twice (thick rules as two strokes) counts once
            if r.y - merged[-1].y > 2:
                merged.append(r)
        if len(merged) >= 2:
            out.append(merged)
    return out


def _gutter_spans(chars: list[Char], x0: float, x1: float, min_width: int = 4) -> list[tuple[float, float]]:
    """Vertical strips (at least ``min_width`` pt wide) between the text that (almost) no line crosses.

    One line in ten may cross a gutter: text that overflows its cell (a long
    committee name running into the next column) must not merge two columns.
    """
    lo, hi = int(x0), int(x1) + 1
    lines: dict[int, set[int]] = defaultdict(set)
    for c in chars:
        if c.ch.isspace():
            continue
        key = round(c.base / 2)
        lines[key].update(range(max(lo, int(c.x0)), min(hi, int(c.x1) + 1) + 1))
    if not lines:
        return []
    counts = [0] * (hi - lo + 2)
    for xs in lines.values():
        for x in xs:
            counts[x - lo] += 1
    allowed = len(lines) // 10
    first = next((i for i, v in enumerate(counts) if v), None)
    last = next((i for i in range(len(counts) - 1, -1, -1) if counts[i]), None)
    if first is None or last is None:
        return []
    spans = []
    run_start = None
    for i in range(first, last + 1):
        if counts[i] <= allowed:
            if run_start is None:
                run_start = i
        elif run_start is not None:
            if i - run_start >= min_width:
                spans.append((float(lo + run_start), float(lo + i)))
            run_start = None
    return spans


def _gutters(chars: list[Char], x0: float, x1: float) -> list[float]:
    """Column boundaries: the middles of the gutters."""
    return [(a + b) / 2 for a, b in _gutter_spans(chars, x0, x1)]


def _mid(c: Char) -> float:
    return (c.top + c.bottom) / 2


def _spacing_bands(chars: list[Char]) -> list[tuple[float, float]]:
    """Row bands from line spacing: a step wider than the tightest one starts a new row."""
    bases: list[float] = []
    for b in sorted(c.base for c in chars if not c.ch.isspace()):
        if not bases or b - bases[-1] > 2:
            bases.append(b)
    if not bases:
        return []
    steps = [b - a for a, b in itertools.pairwise(bases)]
    tight = min(steps) if steps else 0.0
    uniform = not steps or max(steps) <= tight * 1.2 + 0.5  # no extra space between rows: a line is a row
    groups: list[list[float]] = [[bases[0]]]
    for b, step in zip(bases[1:], steps, strict=True):
        if uniform or step > tight * 1.2 + 0.5:
            groups.append([b])
        else:
            groups[-1].append(b)
    size = max((c.size for c in chars), default=10.0)
    return [(g[0] - size, g[-1] + size * 0.3) for g in groups]


def _compatible(a: list[tuple[float, float]], b: list[tuple[float, float]]) -> bool:
    """Two sets of gutters describe the same table: most gutters of the smaller set overlap one of the other."""
    if not a or not b:
        return False
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    hits = sum(any(s0 < l1 and l0 < s1 for l0, l1 in large) for s0, s1 in small)
    return hits >= max(1, (len(small) + 1) // 2)


def find_rule_tables(chars: list[Char], rules: list[Rule]) -> list[RuleTable]:
    """Tables framed by stacks of horizontal rules, read into rows of cell texts.

    A stack is cut into runs of consecutive rule-to-rule segments whose text
    has compatible column gutters; a segment of running text (no gutters, or
    gutters elsewhere, like the gap after a bullet) ends the table, so two
    tables of the same width on one page stay apart.
    """
    tables: list[RuleTable] = []
    for stack in _stacks(rules):
        x0, x1 = min(r.x0 for r in stack), max(r.x1 for r in stack)
        in_x = [c for c in chars if x0 - 1 <= (c.x0 + c.x1) / 2 <= x1 + 1]
        runs: list[list[tuple[float, float, list[Char]]]] = []
        current: list[tuple[float, float, list[Char]]] = []
        current_gutters: list[tuple[float, float]] = []
        for upper, lower in itertools.pairwise(stack):
            seg = [c for c in in_x if upper.y < _mid(c) < lower.y]
            if not any(not c.ch.isspace() for c in seg):
                if current and lower.y - upper.y <= 6:
                    continue  # a double rule
                if current:
                    runs.append(current)
                current, current_gutters = [], []
                continue
            gutters = _gutter_spans(seg, x0, x1)
            if current and _compatible(gutters, current_gutters):
                current.append((upper.y, lower.y, seg))
                current_gutters = _gutter_spans([c for *_, sg in current for c in sg], x0, x1) or gutters
            else:
                if current:
                    runs.append(current)
                current, current_gutters = ([(upper.y, lower.y, seg)], gutters) if gutters else ([], [])
        if current:
            runs.append(current)
        for run in runs:
            table = _read_run(run, in_x, x0, x1)
            if table:
                tables.append(table)
    return tables


def _read_run(run: list[tuple[float, float, list[Char]]], in_x: list[Char], x0: float, x1: float) -> RuleTable | None:
    top, bottom = run[0][0], run[-1][1]
    inside = [c for _, _, seg in run for c in seg]
    header: list[Char] = []
    segments = run
    if len(run) == 1:
        # One rule-to-rule segment: the header sits just above the first rule (a rule under the header
        # and one at the bottom), or it is the first row.
        size = max((c.size for c in inside if not c.ch.isspace()), default=10.0)
        above = [c for c in in_x if top - 2.2 * size < _mid(c) < top]
        if any(not c.ch.isspace() for c in above):
            header = above
            top = min(c.top for c in above) - 1
    else:
        header = run[0][2]
        segments = run[1:]
    bounds = _gutters(inside + header, x0, x1)
    if not bounds:
        return None
    cols = [x0, *bounds, x1]
    rows: list[list[str]] = []
    if header:
        rows.append(_split_cells(header, cols))
    ruled_rows = len(segments) >= 2  # rules between body rows: each segment is one row
    for _, _, seg in segments:
        if ruled_rows:
            rows.append(_split_cells(seg, cols))
            continue
        for band_top, band_bottom in _spacing_bands(seg):
            rows.append(_split_cells([c for c in seg if band_top < _mid(c) <= band_bottom], cols))
    rows = [r for r in rows if any(r)]
    # A column no row uses is a gutter artefact; drop it.
    keep = [i for i in range(len(cols) - 1) if any(r[i] for r in rows)]
    rows = [[r[i] for i in keep] for r in rows]
    if len(rows) >= 2 and len(keep) >= 2:
        return RuleTable((x0, top, x1, bottom), rows)
    return None


def _words(chars: list[Char]) -> list[list[Char]]:
    """Chars grouped into words (split at spaces, gaps and line changes), in stream order."""
    words: list[list[Char]] = []
    cur: list[Char] = []
    for c in chars:
        if c.ch.isspace():
            if cur:
                words.append(cur)
                cur = []
            continue
        if cur and (abs(c.base - cur[-1].base) > 2 or c.x0 - cur[-1].x1 > 0.25 * c.size or c.x0 < cur[-1].x0):
            words.append(cur)
            cur = []
        cur.append(c)
    if cur:
        words.append(cur)
    return words


def _split_cells(chars: list[Char], cols: list[float]) -> list[str]:
    """Cell texts of one row: each word goes to the column its left edge is in (overflowing words stay whole)."""
    buckets: list[list[list[Char]]] = [[] for _ in range(len(cols) - 1)]
    for word in _words(chars):
        x = word[0].x0
        i = next((k for k in range(len(cols) - 1) if x < cols[k + 1]), len(cols) - 2)
        buckets[i].append(word)
    out = []
    for words in buckets:
        lines: list[list[list[Char]]] = []
        for w in sorted(words, key=lambda w: (round(w[0].base), w[0].x0)):
            if lines and abs(lines[-1][-1][0].base - w[0].base) <= 2:
                lines[-1].append(w)
            else:
                lines.append([w])
        text_lines = [" ".join("".join(c.ch for c in w) for w in line) for line in lines]
        out.append(clean_line(join_lines(text_lines)[0]))
    return out
