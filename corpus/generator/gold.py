"""Gold annotations, derived from the same document tree the renderer prints.

``gold_record`` gives the content gold (type, metadata, goals, actors,
articles) and ``layout_record`` the layout gold (pages, headings, tables,
furniture, hyphenation). Goal pages are found by searching the rendered PDF's
own text layer, which doubles as a check that every goal really is in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from . import spec
from .render import Record

LABELS = ("strategy", "programme", "plan", "policy", "guideline", "other")
LEVELS = ("overall", "subgoal", "action")
KINDS = ("municipality", "region", "committee", "department", "company", "council", "agency",
         "civil-society", "role")
ROLES = ("adopting", "responsible", "consulted", "owner", "follows-up", "mentioned")


class GoldError(ValueError):
    """The document source contradicts itself (a goal's parent or actor does not exist, ...)."""


@dataclass
class PlacedGoal:
    goal: spec.Goal
    area: str | None


def _runs_text(runs: list[spec.Run]) -> str:
    out: list[str] = []
    for r in runs:
        text = r if isinstance(r, str) else r.text
        if out and not re.match(r"^[,.;:)!?]", text) and not out[-1].endswith(("(", " ")):
            out.append(" ")
        out.append(text)
    return "".join(out)


def iter_goals(doc: spec.Doc) -> Iterator[PlacedGoal]:
    """Every goal of the document in reading order, with the goal area it sits under."""
    area: tuple[int, str] | None = None
    for el in doc.body:
        if isinstance(el, spec.Heading):
            if el.area:
                area = (el.level, el.text)
            elif area and el.level <= area[0]:
                area = None
            continue
        goals: list[spec.Goal] = []
        if isinstance(el, spec.Para):
            goals = [r for r in el.runs if isinstance(r, spec.Goal)]
        elif isinstance(el, spec.Bullets):
            goals = [r for item in el.items for r in item if isinstance(r, spec.Goal)]
        elif isinstance(el, spec.Table):
            goals = [row.goal for row in el.rows if row.goal]
        for g in goals:
            where = area[1] if area else None
            yield PlacedGoal(g, where if g.area == spec._INHERIT else g.area)


def source_text(doc: spec.Doc) -> str:
    """All text the document prints, in reading order, one block per line (no page furniture)."""
    lines: list[str] = []
    if doc.cover:
        c = doc.cover
        lines += [c.title] + ([c.subtitle] if c.subtitle else []) + ([c.note] if c.note else [])
        lines += list(c.template_types) and [" ".join(c.template_types)]
        lines += [f"{k} {v}" for k, v in c.meta]
    if doc.letterhead:
        lh = doc.letterhead
        lines += lh.sender + [lh.kind_word] + [f"{k} {v}".strip() for k, v in lh.right]
    for el in doc.body:
        if isinstance(el, spec.Heading):
            lines.append(el.text)
        elif isinstance(el, spec.Para):
            lines.append(_runs_text(el.runs))
        elif isinstance(el, spec.Bullets):
            lines += [_runs_text(item) for item in el.items]
        elif isinstance(el, spec.Table):
            if el.caption:
                lines.append(el.caption)
            lines.append(" ".join(el.header))
            lines += [" ".join(row.cells) for row in el.rows]
        elif isinstance(el, spec.KeyValue):
            lines += [f"{k} {v}" for k, v in el.items]
        elif isinstance(el, spec.Figure):
            lines.append(el.caption)
    if doc.cover:
        lines += list(doc.cover.back)
    return "\n".join(lines)


def _key(text: str) -> str:
    """Letters and digits only, case-folded: what survives line breaks and line-end hyphens."""
    return re.sub(r"[\W_]+", "", text.casefold())


def goal_pages(doc: spec.Doc, page_texts: list[str], record: Record) -> list[int]:
    """The page each goal starts on, found in the PDF's text layer (raises if a goal is missing)."""
    keys, starts, pos = [], [], 0
    for i, text in enumerate(page_texts, start=1):
        k = _key(text)
        for furn in record.furniture.get(i, []):
            fk = _key(furn)
            j = k.rfind(fk)
            if fk and j >= 0:
                k = k[:j] + k[j + len(fk):]
        starts.append(pos)
        keys.append(k)
        pos += len(k)
    whole = "".join(keys)
    out, cursor = [], 0
    for placed in iter_goals(doc):
        gk = _key(placed.goal.text)
        j = whole.find(gk, cursor)
        if j < 0:
            j = whole.find(gk)
        if j < 0:
            raise GoldError(f"{doc.file}: goal not found in the PDF text layer: {placed.goal.text[:70]!r}")
        cursor = j + 1
        page = max(n for n, s in enumerate(starts, start=1) if s <= j)
        out.append(page)
    return out


def validate(doc: spec.Doc) -> None:
    """Reject a document whose annotations do not hold together."""
    if doc.doc_type not in LABELS:
        raise GoldError(f"{doc.file}: bad doc_type {doc.doc_type}")
    names = {a.name for a in doc.actors}
    for a in doc.actors:
        if a.kind not in KINDS or not set(a.roles) <= set(ROLES) or not a.roles:
            raise GoldError(f"{doc.file}: bad actor {a}")
    if len(names) != len(doc.actors):
        raise GoldError(f"{doc.file}: duplicate actor names")
    texts = [p.goal.text for p in iter_goals(doc)]
    if len(set(texts)) != len(texts):
        raise GoldError(f"{doc.file}: duplicate goal text")
    src = re.sub(r"\s+", " ", source_text(doc))
    for p in iter_goals(doc):
        g = p.goal
        if g.level not in LEVELS:
            raise GoldError(f"{doc.file}: bad level {g.level}")
        if g.parent is not None and g.parent not in texts:
            raise GoldError(f"{doc.file}: parent not a goal: {g.parent[:60]!r}")
        for r in g.responsible:
            if r not in names:
                raise GoldError(f"{doc.file}: responsible {r!r} is not among the actors")
        if re.sub(r"\s+", " ", g.text) not in src:
            raise GoldError(f"{doc.file}: goal not in source text: {g.text[:60]!r}")


def gold_record(doc: spec.Doc, pages: list[int]) -> dict:
    validate(doc)
    placed = list(iter_goals(doc))
    articles = set(doc.articles)
    for p in placed:
        articles |= set(p.goal.articles)
    details = []
    for p, page in zip(placed, pages, strict=True):
        g = p.goal
        details.append({
            "text": g.text, "level": g.level, "parent": g.parent, "area": p.area,
            "responsible": list(g.responsible), "deadline": g.deadline, "indicator": g.indicator,
            "articles": sorted(set(g.articles)), "page": page,
        })
    return {
        "file": doc.file,
        "doc_type": doc.doc_type,
        "stated_type": doc.stated_type,
        "title": doc.title,
        "organisation": doc.organisation,
        "kommunkod": doc.kommunkod,
        "adopted_by": doc.adopted_by,
        "adopted_date": doc.adopted_date,
        "diarienummer": doc.diarienummer,
        "valid_until": doc.valid_until,
        "validity": doc.validity,
        "disability_policy": doc.disability_policy,
        "articles": sorted(articles),
        "goals": [p.goal.text for p in placed],
        "goal_details": details,
        "actors": [{"name": a.name, "kind": a.kind, "roles": list(a.roles)} for a in doc.actors],
        "notes": doc.notes,
    }


def layout_record(doc: spec.Doc, record: Record, tables: list[spec.Table]) -> dict:
    kinds = record.page_kind
    pages = record.pages
    header = doc.theme.header
    footer = doc.theme.footer
    if footer and doc.theme.footer_left:
        footer = f"{doc.theme.footer_left} {footer}"
    words = [w for _, w in sorted(record.hyphenated, key=lambda x: x[0])]
    return {
        "file": doc.file,
        "pages": pages,
        "cover_pages": sorted(p for p, k in kinds.items() if k == "cover"),
        "back_cover_pages": sorted(p for p, k in kinds.items() if k == "back"),
        "toc_pages": sorted(set(record.toc_pages)),
        "headings": [{"text": h["text"], "number": h["number"], "level": h["level"], "page": h["page"]}
                     for h in record.headings],
        "tables": [{"pages": sorted(record.table_pages.get(i, [])), "header": t.header, "rows": len(t.rows),
                    "header_repeated": t.repeat_header} for i, t in enumerate(tables)],
        "image_only_pages": sorted(p for p, k in kinds.items() if k == "scan"),
        "two_column_pages": sorted(record.column_pages),
        "landscape_pages": sorted(p for p, k in kinds.items() if k == "landscape"),
        "running_header": " ".join(x for x in header if x) if header else None,
        "header_pages": sorted(set(record.header_pages)),
        "footer_pattern": footer,
        "footer_pages": sorted(set(record.footer_pages)),
        "hyphenated": words,
    }
