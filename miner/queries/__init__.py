"""Ready SPARQL queries: the questions researchers and MFD staff ask, one ``.rq`` file each.

Each file starts with comment lines: the first is its title, the next ones say
what it answers, and ``# @param NAME TYPE  description`` lines declare
parameters. A parameter is a ``VALUES ?NAME { UNDEF }`` line in the query:
left as is, the query runs unfiltered (or with the default it documents) in any
SPARQL tool; given a value (``miner query NAME --param NAME=VALUE``,
``Corpus.run(name, NAME=value)``), every ``UNDEF`` of it is replaced by the
value, and lines starting ``#{NAME}`` are switched on (the marker removed);
``#{NAME}{!OTHER}`` lines only when NAME is given and OTHER is not.
Those lines carry the patterns that narrow the query early, so that Oxigraph
starts from the one committee or municipality asked for instead of filtering
the whole corpus at the end; unbound, they stay comments and cost nothing.

Optional parts of more than one triple pattern are written
``LATERAL { OPTIONAL { ... } }`` (Oxigraph's SEP-0006 extension): evaluated
once per row found so far instead of over the whole graph and then joined,
which made several queries 20 to 50 times faster here.
:meth:`ReadyQuery.portable` gives the plain SPARQL 1.1 form for other stores.
"""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ..errors import UsageError

QUERY_DIR = Path(__file__).resolve().parent

PARAM_TYPES = ("string", "integer", "decimal", "iri")

__all__ = ["PARAM_TYPES", "Param", "ReadyQuery", "get", "ready_queries", "strip_lateral"]


@dataclass(frozen=True)
class Param:
    name: str
    type: str  # one of PARAM_TYPES
    help: str


@dataclass(frozen=True)
class ReadyQuery:
    name: str  # file stem, e.g. "committee-goals"
    title: str
    description: str
    sparql: str
    params: tuple[Param, ...] = field(default_factory=tuple)
    path: Path | None = None

    def portable(self, sparql: str | None = None) -> str:
        """The query (or ``sparql``, e.g. a bound form of it) in plain SPARQL 1.1: LATERAL wrappers removed."""
        return strip_lateral(self.sparql if sparql is None else sparql)

    def bind(self, **values: Any) -> str:
        """The query text with the given parameters filled in (others stay ``UNDEF``)."""
        known = {p.name: p for p in self.params}
        text = self.sparql
        for name, value in values.items():
            if value is None:
                continue
            p = known.get(name)
            if p is None:
                choices = ", ".join(known) or "none"
                raise UsageError(f"query {self.name!r} has no parameter {name!r} (parameters: {choices})")
            pattern = re.compile(r"VALUES\s+\?" + re.escape(name) + r"\s*\{\s*UNDEF\s*\}")
            term = sparql_term(value, p.type, name)
            text, n = pattern.subn(lambda _m, t=term, v=name: f"VALUES ?{v} {{ {t} }}", text)
            if n == 0:
                raise UsageError(f"query {self.name!r} declares {name!r} but has no 'VALUES ?{name} {{ UNDEF }}'")
        given = {k for k, v in values.items() if v is not None}
        return "\n".join(_switch(line, given) for line in text.split("\n"))


_SWITCH_RE = re.compile(r"#((?:\{!?\w+\})+) ?(.*)")
_COND_RE = re.compile(r"\{(!?)(\w+)\}")


def _switch(line: str, given: set[str]) -> str:
    """A ``#{a}{!b}`` line with its marker removed when ``a`` is given and ``b`` is not; else unchanged."""
    m = _SWITCH_RE.fullmatch(line)
    if not m:
        return line
    ok = all((name in given) != bool(neg) for neg, name in _COND_RE.findall(m.group(1)))
    return m.group(2) if ok else line


def strip_lateral(sparql: str) -> str:
    """``LATERAL { OPTIONAL { P } }`` → ``OPTIONAL { P }``: same answers, standard syntax, slower on Oxigraph."""
    out, i = [], 0
    for m in re.finditer(r"\bLATERAL\s*\{", sparql):
        if m.start() < i:
            continue
        depth, k = 0, m.end() - 1
        while k < len(sparql):
            depth += {"{": 1, "}": -1}.get(sparql[k], 0)
            if depth == 0:
                break
            k += 1
        out.append(sparql[i:m.start()])
        out.append(sparql[m.end():k].strip())
        i = k + 1
    out.append(sparql[i:])
    return "".join(out)


def sparql_term(value: Any, type_: str, name: str = "value") -> str:
    """``value`` written as a SPARQL term of the parameter's type; UsageError when it is not one."""
    text = str(value).strip()
    if type_ == "integer":
        if not re.fullmatch(r"[+-]?\d+", text):
            raise UsageError(f"parameter {name} must be an integer, not {text!r}")
        return str(int(text))
    if type_ == "decimal":
        try:
            return format(Decimal(text), "f")
        except InvalidOperation:
            raise UsageError(f"parameter {name} must be a number, not {text!r}") from None
    if type_ == "iri":
        iri = text[1:-1] if text.startswith("<") and text.endswith(">") else text
        if not re.fullmatch(r"[a-zA-Z][a-zA-Z0-9+.-]*:[^<>\"{}|^`\\\s]*", iri):
            raise UsageError(f"parameter {name} must be an IRI, not {text!r}")
        return f"<{iri}>"
    escaped = (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r"))
    return f'"{escaped}"'


_PARAM_RE = re.compile(r"@param\s+(\w+)\s+(\w+)\s*(.*)")


def parse(path: Path) -> ReadyQuery:
    """Read one ``.rq`` file: title, description and parameters from its leading comments."""
    text = path.read_text(encoding="utf-8")
    comments = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        comments.append(line[1:].strip())
    if not comments:
        raise ValueError(f"{path.name}: a ready query must start with a comment saying what it answers")
    title, desc, params = comments[0], [], []
    for c in comments[1:]:
        m = _PARAM_RE.fullmatch(c)
        if m:
            name, type_, help_ = m.groups()
            if type_ not in PARAM_TYPES:
                raise ValueError(f"{path.name}: parameter {name} has unknown type {type_!r}")
            params.append(Param(name, type_, help_.strip()))
        elif c:
            desc.append(c)
    declared = {p.name for p in params}
    for line in text.splitlines():
        m = _SWITCH_RE.fullmatch(line)
        if m:
            conds = _COND_RE.findall(m.group(1))
            if not any(not neg for neg, _name in conds) or {n for _neg, n in conds} - declared:
                raise ValueError(f"{path.name}: switch {m.group(1)} needs a declared parameter that is given")
    return ReadyQuery(name=path.stem, title=title, description=" ".join(desc), sparql=text,
                      params=tuple(params), path=path)


@functools.cache
def _load(folder: str) -> dict[str, ReadyQuery]:
    return {q.name: q for q in (parse(p) for p in sorted(Path(folder).glob("*.rq")))}


def ready_queries(folder: Path = QUERY_DIR) -> dict[str, ReadyQuery]:
    """Every ready query by name, sorted by name."""
    return dict(_load(str(folder)))


def get(name: str, folder: Path = QUERY_DIR) -> ReadyQuery:
    """A ready query by name; UsageError naming close matches when there is none."""
    queries = ready_queries(folder)
    if name in queries:
        return queries[name]
    close = difflib.get_close_matches(name, list(queries), n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else "; 'miner query --list' shows them"
    raise UsageError(f"no ready query named {name!r}{hint}")
