"""Reference facts: municipalities, regions and CRPD articles.

The facts live in ``ontology/reference/*.csv`` (written from SCB/SKR and UN
sources, see that folder's README); the RDF in ``ontology/`` is generated from
the same files. This module is the one place the pipeline reads them.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass

from .config import REFERENCE_DIR


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
def _org_patterns() -> tuple[re.Pattern[str], dict[str, tuple[str, str, str]]]:
    """One alternation regex over every surface form, mapped to (kind, code, official name)."""
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
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE), forms


def find_organisations(text: str) -> list[OrgMatch]:
    """Every municipality or region named in ``text``, in order of appearance."""
    pattern, forms = _org_patterns()
    out = []
    for m in pattern.finditer(text):
        kind, code, name = forms[m.group(0).casefold()]
        out.append(OrgMatch(kind, code, name, m.start(), m.end()))
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
