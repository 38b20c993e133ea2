"""Reference facts: municipalities, regions and CRPD articles.

The facts live in ``ontology/reference/*.csv`` (written from SCB/SKR and UN
sources, see that folder's README); the RDF in ``ontology/`` is generated from
the same files. This module is the one place the pipeline reads them.
"""

from __future__ import annotations

import csv
import difflib
import functools
import re
from dataclasses import dataclass

from .config import REFERENCE_DIR
from .errors import UsageError


@dataclass(frozen=True, slots=True)
class Municipality:
    kommunkod: str
    name: str  # "Uppsala"
    lanskod: str
    county: str  # "Uppsala län"
    group_code: str  # SKR kommungrupp 2023, "A2"
    group: str  # "Pendlingskommun nära storstad"
    main_group: str  # "Storstäder och storstadsnära kommuner"


@dataclass(frozen=True, slots=True)
class Region:
    lanskod: str
    name: str  # "Region Skåne"
    county: str


@dataclass(frozen=True, slots=True)
class Article:
    number: int
    title_en: str
    title_sv: str
    part: str  # "substantive" or "procedural"


@dataclass(frozen=True, slots=True)
class OrgMatch:
    """An organisation named in text: a municipality (kind "municipality") or a region."""

    kind: str
    code: str  # kommunkod, or the county code for a region
    name: str  # official form: "Uppsala kommun", "Malmö stad", "Region Skåne"
    start: int
    end: int


def _read(name: str) -> list[dict[str, str]]:
    with open(REFERENCE_DIR / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@functools.cache
def municipalities() -> dict[str, Municipality]:
    return {
        r["kommunkod"]: Municipality(
            r["kommunkod"], r["kommun"], r["lanskod"], r["lan"],
            r["skr2023_gruppkod"], r["skr2023_kommungrupp"], r["skr2023_huvudgrupp"],
        )
        for r in _read("municipalities.csv")
    }


@functools.cache
def regions() -> dict[str, Region]:
    return {r["lanskod"]: Region(r["lanskod"], r["region"], r["lan"]) for r in _read("regions.csv")}


@functools.cache
def articles() -> dict[int, Article]:
    return {
        int(r["article"]): Article(int(r["article"]), r["title_en"], r["title_sv"], r["part"])
        for r in _read("crpd_articles.csv")
    }


# Municipalities that call themselves "stad" in their own documents.
_STAD = {"Stockholm", "Göteborg", "Malmö", "Lidingö", "Solna", "Sundbyberg", "Vaxholm", "Västerås",
         "Haparanda", "Landskrona", "Trollhättan", "Borås", "Mölndal", "Helsingborg"}


def _genitive(name: str) -> str:
    return name if name.endswith(("s", "x", "z")) else name + "s"


# Official forms that do not follow the vowel/consonant rule.
_OFFICIAL_IRREGULAR = {"Falun": "Falu kommun", "Gotland": "Region Gotland"}


def official_name(m: Municipality) -> str:
    """The name a municipality uses for itself: "Uppsala kommun", "Sundsvalls kommun", "Malmö stad"."""
    if m.name in _OFFICIAL_IRREGULAR:
        return _OFFICIAL_IRREGULAR[m.name]
    base = m.name if m.name[-1] in "aeiouyåäö" else _genitive(m.name)
    return f"{base} {'stad' if m.name in _STAD else 'kommun'}"


@functools.cache
def _org_forms() -> dict[str, tuple[str, str, str]]:
    """Every surface form of every municipality and region, casefolded, -> (kind, code, official name)."""
    forms: dict[str, tuple[str, str, str]] = {}
    for m in municipalities().values():
        official = official_name(m)
        entry = ("municipality", m.kommunkod, official)
        for base in {m.name, _genitive(m.name)}:
            for suffix in ("kommun", "stad", "kommuns", "stads"):
                forms[f"{base} {suffix}".casefold()] = entry
        forms[official.casefold()] = entry
        forms[_genitive(official).casefold()] = entry
    for r in regions().values():
        entry = ("region", r.lanskod, r.name)
        forms[r.name.casefold()] = entry
        forms[_genitive(r.name).casefold()] = entry
        county = r.county.removesuffix(" län")
        forms[f"landstinget i {county} län".casefold()] = entry
        forms[f"region {county}".casefold()] = entry
    forms["västra götalandsregionens"] = forms["västra götalandsregionen"]
    return forms


# The last word of every form: a cheap anchor to find candidates before the dictionary lookup.
_ANCHOR = re.compile(r"(?<![\w-])(kommuns?|stads?|län|region\s+[\w-]+|regionen?s?|västra götalandsregionens?)(?![\w-])",
                     re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([\w-]+\s+)$")


def find_organisations(text: str) -> list[OrgMatch]:
    """Every municipality or region named in ``text``, in order of appearance.

    Anchored on the closing word ("kommun", "stad", "län", "Region X") and
    extended backwards a word at a time, longest known form first; a single
    alternation over all 3,000 forms is ten times slower on long documents.
    """
    forms = _org_forms()
    out: list[OrgMatch] = []
    last_end = -1
    for m in _ANCHOR.finditer(text):
        best: tuple[int, tuple[str, str, str]] | None = None
        start = m.start()
        anchor = m.group(0)
        if anchor.casefold() in forms:
            best = (start, forms[anchor.casefold()])
        for _ in range(4):  # up to four words before the anchor ("Landstinget i Kalmar län", "Upplands Väsby kommun")
            w = _WORD_BEFORE.search(text, max(0, start - 40), start)
            if not w:
                break
            start = w.start()
            key = re.sub(r"\s+", " ", text[start:m.end()]).casefold()
            if key in forms:
                best = (start, forms[key])
        if best and best[0] >= last_end:
            kind, code, name = best[1]
            out.append(OrgMatch(kind, code, name, best[0], m.end()))
            last_end = m.end()
    return out


def municipality_by_name(name: str) -> Municipality | None:
    """Look a municipality up by its bare name ("Uppsala") or an official form ("Uppsala kommun")."""
    key = name.strip().casefold()
    for m in municipalities().values():
        if m.name.casefold() == key:
            return m
    found = find_organisations(name)
    if found and found[0].kind == "municipality":
        return municipalities()[found[0].code]
    return None


# ------------------------------------------------------- what users type on command lines


def _unknown(what: str, value: str, choices: list[str], hint: str = "") -> UsageError:
    close = difflib.get_close_matches(value, choices, n=3, cutoff=0.6)
    did = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    return UsageError(f"unknown {what} {value!r}{hint}{did}")


def resolve_municipality(value: str) -> Municipality:
    """A municipality by kommunkod or name ("0380", "Uppsala", "Uppsala kommun"); a one-line error otherwise."""
    v = value.strip()
    munis = municipalities()
    if re.fullmatch(r"\d{4}", v):
        if v in munis:
            return munis[v]
        raise UsageError(f"no municipality has the kommunkod {v}")
    m = municipality_by_name(v)
    if m is None:
        raise _unknown("municipality", v, [m.name for m in munis.values()],
                       " (give a name such as 'Åmål' or a kommunkod such as '1492')")
    return m


@functools.cache
def _county_forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for r in regions().values():
        bare = r.county.removesuffix(" län")
        for form in (r.lanskod, r.county, bare, bare.removesuffix("s"), r.name, f"region {bare.removesuffix('s')}"):
            forms[form.casefold()] = r.lanskod
    return forms


def resolve_county(value: str) -> str:
    """The county code (länskod) for a county, a region or a code ("Uppsala län", "Region Skåne", "3")."""
    v = value.strip()
    code = _county_forms().get(v.casefold())
    if code is None and re.fullmatch(r"\d{1,2}", v):
        code = _county_forms().get(v.zfill(2))
    if code is None:
        raise _unknown("county", v, [r.county for r in regions().values()],
                       " (give a county such as 'Uppsala län' or its code '03')")
    return code


def resolve_groups(value: str) -> list[str]:
    """SKR kommungrupp 2023 codes for a code ("C7"), a main-group letter ("C"), a group or main-group name."""
    munis = municipalities().values()
    codes = sorted({m.group_code for m in munis})
    key = value.strip().casefold()
    exact = [c for c in codes if c.casefold() == key]
    if exact:
        return exact
    main = [c for c in codes if c[0].casefold() == key]
    if len(key) == 1 and main:
        return main
    for attr in ("group", "main_group"):
        named = sorted({m.group_code for m in munis if getattr(m, attr).casefold() == key})
        if named:
            return named
    raise _unknown("kommungrupp", value.strip(), codes + sorted({m.group for m in munis}))
