"""The filters every view takes, resolved once into codes and turned into SPARQL.

Users name things the way they speak of them: "Uppsala" or "0380", "Uppsala
län" or "03", "A2" or "Pendlingskommun nära storstad", "strategi" or
"strategy". :func:`resolve_filters` turns those into kommunkoder, länskoder,
SKR group codes and document-type notations (a one-line UsageError with a
suggestion when a name is unknown); :meth:`Filters.document_patterns` writes
the SPARQL that narrows ``?doc`` first, so Oxigraph starts from the few
documents asked for instead of filtering the whole corpus at the end.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .. import reference as ref
from ..errors import UsageError
from ..graph import vocab

__all__ = ["DOC_TYPES", "Filters", "resolve_filters"]

#: Document types by notation: Swedish and English labels and the words people use for them (as in core.ttl).
DOC_TYPES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "strategy": ("Strategi", "Strategy", ("strategi", "strategier", "utvecklingsstrategi")),
    "programme": ("Program", "Programme", ("program", "handlingsprogram")),
    "plan": ("Plan", "Plan", ("plan", "planer", "handlingsplan", "åtgärdsplan", "aktivitetsplan")),
    "policy": ("Policy", "Policy", ("policy", "policyer", "policydokument")),
    "guideline": ("Riktlinjer", "Guideline", ("riktlinjer", "riktlinje", "guidelines", "anvisningar")),
    "other": ("Övrigt", "Other", ("övrigt", "övriga", "annat", "rutin", "rapport")),
}


@dataclass(frozen=True)
class Filters:
    """Resolved filters: codes, not names. Empty tuples and None mean "no restriction"."""

    municipalities: tuple[str, ...] = ()  # kommunkoder
    counties: tuple[str, ...] = ()  # länskoder
    groups: tuple[str, ...] = ()  # SKR kommungrupp 2023 codes, main groups expanded ("A" → A1, A2)
    types: tuple[str, ...] = ()  # document-type notations
    articles: tuple[int, ...] = ()
    year_from: int | None = None
    year_to: int | None = None
    names: dict[str, str] = field(default_factory=dict, compare=False)  # what the user asked for, for titles

    @property
    def empty(self) -> bool:
        return not (self.municipalities or self.counties or self.groups or self.types or self.articles
                    or self.year_from is not None or self.year_to is not None)

    def publishers(self) -> list[str] | None:
        """IRIs of the organisations whose documents pass (None: any publisher).

        Municipalities, counties and groups intersect; a county also admits its
        region's own documents (a group does not: regions are in no SKR group).
        """
        if not (self.municipalities or self.counties or self.groups):
            return None
        munis = ref.municipalities()
        codes = set(munis)
        regions: set[str] = set(ref.regions()) if self.counties and not (self.municipalities or self.groups) else set()
        if self.municipalities:
            codes &= set(self.municipalities)
        if self.counties:
            codes = {c for c in codes if munis[c].lanskod in self.counties}
            regions &= set(self.counties)
        if self.groups:
            codes = {c for c in codes if munis[c].group_code in self.groups}
        return sorted(vocab.municipality(c) for c in codes) + sorted(vocab.region(r) for r in regions)

    def document_patterns(self, doc: str = "doc") -> str:
        """SPARQL patterns binding ``?{doc}`` to the documents that pass, most selective first."""
        lines = []
        pubs = self.publishers()
        if pubs is not None:
            lines.append(f"VALUES ?{doc}Publisher {{ {' '.join(f'<{p}>' for p in pubs) or 'UNDEF'} }}")
            if not pubs:
                lines.append("FILTER(false)")
            lines.append(f"?{doc} dcterms:publisher ?{doc}Publisher .")
        if self.types:
            lines.append(f"VALUES ?{doc}Type {{ {' '.join(f'<{vocab.doctype(t)}>' for t in self.types)} }}")
            lines.append(f"?{doc} eli:type_document ?{doc}Type .")
        if not lines:
            lines.append(f"?{doc} a sty:PolicyDocument .")
        if self.year_from is not None or self.year_to is not None:
            lines.append(f"?{doc} sty:adoptedYear ?{doc}Year .")
            conds = []
            if self.year_from is not None:
                conds.append(f"?{doc}Year >= {int(self.year_from)}")
            if self.year_to is not None:
                conds.append(f"?{doc}Year <= {int(self.year_to)}")
            lines.append(f"FILTER({' && '.join(conds)})")
        return "\n  ".join(lines)

    def article_values(self, var: str = "a") -> str:
        """``VALUES ?a { ... }`` for the chosen articles, or an empty string."""
        if not self.articles:
            return ""
        return f"VALUES ?{var} {{ {' '.join(f'<{vocab.article(n)}>' for n in self.articles)} }}"

    def describe(self) -> str:
        """The filters in words, for titles and notes: ``Uppsala; strategi; artikel 27; 2020–2024``."""
        parts = [self.names[k] for k in ("municipality", "county", "group", "type", "article") if self.names.get(k)]
        if self.year_from is not None or self.year_to is not None:
            if self.year_from == self.year_to:
                parts.append(str(self.year_from))
            else:
                parts.append(f"{self.year_from or ''}–{self.year_to or ''}")
        return "; ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k in ("municipalities", "counties", "groups", "types", "articles"):
            if getattr(self, k):
                out[k] = list(getattr(self, k))
        if self.year_from is not None:
            out["year_from"] = self.year_from
        if self.year_to is not None:
            out["year_to"] = self.year_to
        return out


# ------------------------------------------------------------------ resolution


def _values(value: Any) -> list[str]:
    """``"Uppsala, Kiruna"``, ``["Uppsala", "Kiruna"]`` or ``27`` → a list of stripped strings."""
    if value is None:
        return []
    items = value if isinstance(value, list | tuple | set) else [value]
    out = []
    for item in items:
        out += [p.strip() for p in str(item).split(",") if p.strip()]
    return out


def _unknown(what: str, value: str, choices: Iterable[str]) -> UsageError:
    close = difflib.get_close_matches(value, list(choices), n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    return UsageError(f"unknown {what} {value!r}{hint}")


def _doc_type(value: str) -> str:
    key = value.strip().casefold()
    for notation, (sv, en, words) in DOC_TYPES.items():
        if key in (notation, sv.casefold(), en.casefold(), *words):
            return notation
    raise _unknown("document type", value, [w for n, (sv, _en, ws) in DOC_TYPES.items() for w in (n, sv.casefold(), *ws)])


def _article(value: str) -> int:
    text = re.sub(r"^(art(ikel|icle)?\.?)\s*", "", value.strip(), flags=re.IGNORECASE)
    if not re.fullmatch(r"\d{1,2}", text) or not 1 <= int(text) <= 50:
        raise UsageError(f"an article is a number from 1 to 50, not {value!r}")
    return int(text)


def _year(value: Any, what: str) -> int | None:
    if value is None or str(value).strip() == "":
        return None
    text = str(value).strip()
    if not re.fullmatch(r"(19|20)\d{2}", text):
        raise UsageError(f"{what} wants a year such as 2021, not {text!r}")
    return int(text)


def resolve_filters(municipality: Any = None, county: Any = None, group: Any = None, type: Any = None,
                    article: Any = None, year: Any = None, from_year: Any = None, to_year: Any = None,
                    **unknown: Any) -> Filters:
    """Filters from what a user typed (names or codes, comma-separated or lists); UsageError when unknown.

    ``year`` is shorthand for ``from_year = to_year = year``.
    """
    if unknown:
        raise UsageError(f"unknown filter(s): {', '.join(sorted(unknown))} (filters: municipality, county, group, "
                         "type, article, year, from_year, to_year)")
    names: dict[str, str] = {}
    munis = ref.municipalities()
    m_codes = tuple(dict.fromkeys(ref.resolve_municipality(v).kommunkod for v in _values(municipality)))
    if m_codes:
        names["municipality"] = ", ".join(munis[c].name for c in m_codes)
    c_codes = tuple(dict.fromkeys(ref.resolve_county(v) for v in _values(county)))
    if c_codes:
        names["county"] = ", ".join(ref.regions()[c].county for c in c_codes)
    g_values = _values(group)
    g_codes = tuple(dict.fromkeys(c for v in g_values for c in ref.resolve_groups(v)))
    if g_codes:
        names["group"] = "kommungrupp " + ", ".join(g_values)
    t_codes = tuple(dict.fromkeys(_doc_type(v) for v in _values(type)))
    if t_codes:
        names["type"] = ", ".join(DOC_TYPES[t][0].lower() for t in t_codes)
    arts = tuple(dict.fromkeys(_article(v) for v in _values(article)))
    if arts:
        names["article"] = ("artikel " if len(arts) == 1 else "artiklarna ") + ", ".join(map(str, arts))
    y = _year(year, "--year")
    lo, hi = _year(from_year, "--from"), _year(to_year, "--to")
    if y is not None:
        if lo is not None or hi is not None:
            raise UsageError("give either --year or --from/--to, not both")
        lo = hi = y
    if lo is not None and hi is not None and lo > hi:
        raise UsageError(f"--from {lo} is after --to {hi}")
    return Filters(m_codes, c_codes, g_codes, t_codes, arts, lo, hi, names)
