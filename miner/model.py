"""The data classes passed between pipeline stages.

One document travels one way: ``parse`` makes a :class:`Document`, ``classify``
adds a :class:`DocType`, ``extract`` adds :class:`Goal`, :class:`Actor`,
:class:`ArticleLink` and friends, and :class:`Analysis` bundles them for the
graph, the similarity index and the JSON output.

Everything that points into a document does so through character offsets into
``Document.text`` (the clean text). ``Document.page_at(offset)`` maps an offset
back to its page, so every extracted claim can be checked against page and
quote. The classes are plain dataclasses so that they serialise to JSON (the
cache and ``--format jsonl`` output) with :func:`to_dict` / :func:`from_dict`.
"""

from __future__ import annotations

import bisect
import dataclasses
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

#: Version of the document model; bump when the shape changes so caches are rebuilt.
MODEL_VERSION = 1

DocLabel = Literal["strategy", "programme", "plan", "policy", "guideline", "other"]
DOC_LABELS: tuple[str, ...] = ("strategy", "programme", "plan", "policy", "guideline", "other")

GoalLevel = Literal["overall", "subgoal", "action"]
GOAL_LEVELS: tuple[str, ...] = ("overall", "subgoal", "action")

ActorKind = Literal[
    "municipality", "region", "committee", "department", "company", "council",
    "agency", "civil-society", "role",
]
ACTOR_KINDS: tuple[str, ...] = (
    "municipality", "region", "committee", "department", "company", "council",
    "agency", "civil-society", "role",
)

ActorRole = Literal["adopting", "responsible", "consulted", "owner", "follows-up", "mentioned"]
ACTOR_ROLES: tuple[str, ...] = ("adopting", "responsible", "consulted", "owner", "follows-up", "mentioned")

BlockKind = Literal["heading", "paragraph", "list_item", "table", "toc"]


# --------------------------------------------------------------------------- parse


@dataclass(slots=True)
class Page:
    """One page of the source, as a span of the clean text."""

    number: int  # 1-based
    start: int  # offset of the page's first character in Document.text
    end: int  # offset just past its last character
    width: float = 0.0  # PDF points; 0 for text inputs
    height: float = 0.0
    has_text: bool = True  # False for image-only pages (no text layer)
    columns: int = 1  # 2 when the page was read column by column
    label: str | None = None  # the printed page number, e.g. "Sida 3 (12)"


@dataclass(slots=True)
class Block:
    """A unit of layout in reading order: heading, paragraph, list item, table or TOC line.

    ``bbox`` is ``(x0, top, x1, bottom)`` in PDF points on ``page``; together
    with ``start``/``end`` it anchors every character of the clean text to a
    position on the page.
    """

    kind: BlockKind
    start: int
    end: int
    page: int
    bbox: tuple[float, float, float, float] | None = None
    font_size: float | None = None
    bold: bool = False
    level: int | None = None  # heading level (1 = top) or list nesting depth (1 = top)
    number: str | None = None  # "2.1" for a numbered heading, the marker for a list item
    table: int | None = None  # index into Document.tables when kind == "table"


@dataclass(slots=True)
class Cell:
    text: str
    start: int
    end: int
    page: int


@dataclass(slots=True)
class Table:
    """A table, joined across pages when it continues with the same columns."""

    pages: list[int]
    start: int
    end: int
    header: list[str]
    rows: list[list[Cell]]  # body rows; header excluded

    def column(self, *names: str) -> int | None:
        """Index of the first header cell that starts with one of ``names`` (case-insensitive)."""
        wanted = tuple(n.casefold() for n in names)
        for i, h in enumerate(self.header):
            if h.strip().casefold().startswith(wanted):
                return i
        return None


@dataclass(slots=True)
class Field:
    """A metadata value with the span of clean text it was read from (None when inferred)."""

    value: str
    start: int | None = None
    end: int | None = None
    page: int | None = None
    raw: str | None = None  # the text as written, when it differs from value


@dataclass(slots=True)
class Metadata:
    title: Field | None = None
    organisation: Field | None = None  # "Uppsala kommun", "Region Skåne"
    kommunkod: Field | None = None  # SCB four-digit code, or two-digit county code for a region
    stated_type: Field | None = None  # the word the document uses for itself, e.g. "Handlingsplan"
    adopted_by: Field | None = None  # "Kommunfullmäktige"
    adopted_date: Field | None = None  # ISO date
    diarienummer: Field | None = None
    valid_until: Field | None = None  # ISO date, a year, or "tills vidare"
    validity: Field | None = None  # the period as written, e.g. "2024–2027"


@dataclass(slots=True)
class Document:
    """A parsed source document: clean text plus the layout that explains it."""

    source: str  # path as given
    sha256: str
    format: str  # "pdf", "txt", "md", "html"
    text: str
    pages: list[Page]
    blocks: list[Block] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    metadata: Metadata = field(default_factory=Metadata)
    warnings: list[str] = field(default_factory=list)
    id: str = ""  # stable document id (slug), set by the pipeline

    def page_at(self, offset: int) -> int:
        """The 1-based page number holding ``offset`` of the clean text."""
        starts = [p.start for p in self.pages]
        i = bisect.bisect_right(starts, offset) - 1
        return self.pages[max(i, 0)].number if self.pages else 1

    def page_text(self, number: int) -> str:
        page = self.pages[number - 1]
        return self.text[page.start : page.end]

    @property
    def first_page_text(self) -> str:
        """Text of the first page that has any, which is all a harvester often sees."""
        for page in self.pages:
            if page.end > page.start and self.text[page.start : page.end].strip():
                return self.text[page.start : page.end]
        return self.text[:3000]

    def headings(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "heading"]

    def evidence(self, start: int, end: int, extractor: str, confidence: float) -> Evidence:
        """Evidence for the clean-text span ``[start, end)``."""
        return Evidence(
            page=self.page_at(start), start=start, end=end, quote=self.text[start:end],
            extractor=extractor, confidence=round(float(confidence), 4),
        )


# ----------------------------------------------------------------------- evidence


@dataclass(slots=True)
class Evidence:
    """Where a claim comes from: page, character span of the clean text, the quote, who said so, how sure."""

    page: int
    start: int
    end: int
    quote: str
    extractor: str  # e.g. "rule:metadata-block", "model:tfidf-logreg", "lexicon:art27"
    confidence: float


# ----------------------------------------------------------------------- classify


@dataclass(slots=True)
class DocType:
    label: str  # one of DOC_LABELS
    confidence: float
    stated: str | None = None  # the Swedish word the document uses for itself ("handlingsplan")
    method: str = "rule"  # "rule", "model" or "rule+model"
    reason: str = ""  # one human-readable sentence
    evidence: list[Evidence] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)  # per-label probability


# ------------------------------------------------------------------------ extract


@dataclass(slots=True)
class Goal:
    id: str  # document-local id, "g1", "g2", ...
    text: str
    level: str  # one of GOAL_LEVELS
    evidence: Evidence
    parent: str | None = None  # id of the goal this one serves
    area: str | None = None  # the goal area (målområde) heading it sits under
    actors: list[str] = field(default_factory=list)  # ids of responsible actors
    articles: list[int] = field(default_factory=list)
    deadline: str | None = None
    indicator: str | None = None
    national_goal: bool = False  # a quote of the national goal, not the document's own

    @property
    def confidence(self) -> float:
        return self.evidence.confidence


@dataclass(slots=True)
class Actor:
    id: str  # stable id, scoped: "0380/socialnamnden", "agency/mfd"
    name: str  # normalised display name, "Socialnämnden"
    kind: str  # one of ACTOR_KINDS
    roles: list[str] = field(default_factory=list)  # document-level roles, ACTOR_ROLES
    mentions: list[Evidence] = field(default_factory=list)
    kommunkod: str | None = None  # the municipality (or region) it belongs to, if any


@dataclass(slots=True)
class ArticleLink:
    article: int  # CRPD article number, 1-50
    confidence: float
    explicit: bool  # named by number in the text, as opposed to inferred from topic
    evidence: list[Evidence] = field(default_factory=list)
    goal: str | None = None  # goal id when the link is made for one goal; None for the document


@dataclass(slots=True)
class TopicLink:
    """A link to a national direction (1-4) or a participation ladder step."""

    concept: str  # "direction:2", "ladder:dialog"
    confidence: float
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class Analysis:
    """Everything the pipeline knows of one document; what the graph and the index are built from."""

    document: Document
    doc_type: DocType | None = None
    goals: list[Goal] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    articles: list[ArticleLink] = field(default_factory=list)
    topics: list[TopicLink] = field(default_factory=list)


# ------------------------------------------------------------------ serialisation

T = TypeVar("T")


def to_dict(obj: Any) -> Any:
    """JSON-ready form of a model object (dataclasses become dicts, tuples lists)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, list | tuple):
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj


def from_dict(cls: type[T], data: Any) -> T:
    """Inverse of :func:`to_dict` for the classes of this module."""
    return _build(cls, data)


_HINTS: dict[type, dict[str, Any]] = {}


def _build(tp: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _build(args[0], data) if len(args) == 1 else data
    if origin is list:
        (arg,) = typing.get_args(tp)
        return [_build(arg, x) for x in data]
    if origin is tuple:
        return tuple(data)
    if origin is dict:
        _, val = typing.get_args(tp)
        return {k: _build(val, v) for k, v in data.items()}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = _HINTS.get(tp)
        if hints is None:
            hints = _HINTS[tp] = typing.get_type_hints(tp)
        names = {f.name for f in dataclasses.fields(tp)}
        return tp(**{k: _build(hints[k], v) for k, v in data.items() if k in names})
    return data
