"""The views: SPARQL in Oxigraph, one conversion to networkx, aggregation when a view would be a hairball.

Every view is built the same way: edge queries (:mod:`.queries`) run in the
store, :func:`~miner.views.convert.to_networkx` turns their results into one
graph, then node queries describe its nodes (labels in Swedish, ``kind``, IRI,
counts, evidence). When a view has more nodes than ``max_nodes`` it is built
again one level coarser (documents → municipalities → counties; goals and
actors → actors → actor names → actor kinds; an ego view without its goals),
and when the coarsest level is still too large only the ``max_nodes`` nodes
with the highest weighted degree are kept. Each step is written into the
graph's ``notes`` (Swedish ``note``, English ``note_en``), which the writers
put into titles and metadata and the CLI prints on stderr.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from string import Template
from typing import Any

import networkx as nx
import pyoxigraph as ox

from .. import reference as ref
from ..errors import UsageError
from ..graph import vocab
from ..graph.store import GraphStore, QueryResult, query_form
from . import queries as Q
from .catalog import LEVELS, VIEWS
from .convert import to_networkx
from .filters import Filters

__all__ = ["DEFAULT_MAX_NODES", "KINDS", "LEVELS", "VIEWS", "build_view"]

#: Above this many nodes a view is aggregated (pictures, pages and graph files alike).
DEFAULT_MAX_NODES = 300

#: The levels automatic aggregation passes through (kommungrupp only when asked for).
_AUTO = {"documents-articles": ("document", "municipality", "county"), "coverage": ("municipality", "county")}

#: Node kinds: Swedish and English names (legends, the page's details, ``kind_label`` attributes).
KINDS: dict[str, tuple[str, str]] = {
    "document": ("Dokument", "Document"),
    "article": ("CRPD-artikel", "CRPD article"),
    "municipality": ("Kommun", "Municipality"),
    "region": ("Region", "Region"),
    "county": ("Län", "County"),
    "kommungrupp": ("Kommungrupp", "Municipality group"),
    "goal": ("Mål", "Goal"),
    "actor": ("Aktör", "Actor"),
    "actor-name": ("Aktör (efter namn)", "Actor (by name)"),
    "actor-kind": ("Aktörstyp", "Actor kind"),
    "literal": ("Värde", "Value"),
}

#: What an edge's weight counts, per view.
_WEIGHTS = {"documents-articles": ("antal belägg", "evidence count"),
            "coverage": ("antal dokument", "number of documents"),
            "actors": ("antal mål", "number of goals"),
            "municipality": ("antal belägg eller mål", "evidence or goals"),
            "sparql": ("vikt", "weight")}

_UNIT_NAMES = {"document": ("dokument", "documents"), "municipality": ("kommuner", "municipalities"),
               "county": ("län", "counties"), "kommungrupp": ("kommungrupper", "municipality groups"),
               "goal": ("mål och aktörer", "goals and actors"), "actor": ("aktörer", "actors"),
               "name": ("aktörer sammanslagna efter namn", "actors merged by name"),
               "kind": ("aktörstyper", "actor kinds")}


@dataclass
class _Ctx:
    store: GraphStore
    filters: Filters
    timeout: float | None
    queries: list[str] = field(default_factory=list)
    last: QueryResult | None = None

    def run(self, sparql: str) -> QueryResult:
        self.queries.append(sparql)
        result = self.store.query(sparql, timeout=self.timeout)
        self.last = result
        return result


def _key(term: Any) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value


def _edges(ctx: _Ctx, g: nx.Graph, sparql: str, source_kind: str | None, target_kind: str | None) -> QueryResult:
    """Run an edge query into ``g`` and give the nodes it added the kinds of its two ends."""
    result = ctx.run(sparql)
    to_networkx(result, graph=g)
    for kind, col in ((source_kind, 0), (target_kind, 1)):
        if kind is None:
            continue
        for row in result.terms:
            if row[col] is not None:
                data = g.nodes[_key(row[col])]
                if data.get("kind") in (None, "literal"):
                    data["kind"] = kind
    return result


def _nodes(ctx: _Ctx, g: nx.Graph, sparql: str, kind: str | None = None) -> None:
    """Run a node query into ``g`` (adds its nodes) and tag them with ``kind``."""
    result = ctx.run(sparql)
    to_networkx(None, [result], graph=g)
    if kind:
        for row in result.terms:
            if row[0] is not None and _key(row[0]) in g:
                g.nodes[_key(row[0])].setdefault("kind", kind)


def _describe(ctx: _Ctx, g: nx.Graph, *, chunk: int = 2000) -> None:
    """Labels and attributes of every node that has an IRI, by kind (one query per kind and chunk)."""
    by_kind: dict[str, list[str]] = defaultdict(list)
    for _node, data in g.nodes(data=True):
        if "iri" in data:
            by_kind[data.get("kind") if data.get("kind") in Q.NODE_QUERIES else "any"].append(data["iri"])
    for kind, iris in by_kind.items():
        template = Template(Q.NODE_QUERIES[kind])
        for i in range(0, len(iris), chunk):
            values = " ".join(f"<{iri}>" for iri in iris[i:i + chunk])
            _nodes(ctx, g, template.substitute(nodes=values, actor_kinds=Q.actor_kind_values()))
    for _, data in g.nodes(data=True):
        sv, en = KINDS.get(data.get("kind", ""), (data.get("kind", ""), data.get("kind", "")))
        data["kind_label"], data["kind_label_en"] = sv, en
        data.setdefault("label_en", data.get("label"))


# ----------------------------------------------------------------------- views


def _documents_articles(ctx: _Ctx, level: str) -> nx.Graph:
    g = nx.Graph()
    evidence = level == "document"
    sparql = Q.fill(Q.DOCUMENTS_ARTICLES, ctx.filters, unit=Q.UNITS[level],
                    evidence_select=('(GROUP_CONCAT(DISTINCT ?evidenceText; separator="\\n") AS ?evidence)'
                                     if evidence else ""),
                    evidence_patterns=Q.EVIDENCE_TEXT if evidence else "")
    _edges(ctx, g, sparql, level, "article")
    return g


def _coverage(ctx: _Ctx, level: str) -> nx.Graph:
    g = nx.Graph()
    _nodes(ctx, g, Q.fill(Q.COVERAGE_ROWS, ctx.filters, unit=Q.UNITS[level]), level)
    numbers = ctx.filters.articles or tuple(ref.articles())
    g.add_nodes_from((vocab.article(n), {"iri": vocab.article(n), "kind": "article"}) for n in numbers)
    _edges(ctx, g, Q.fill(Q.COVERAGE_EDGES, ctx.filters, unit=Q.UNITS[level]), level, "article")
    return g


def _actors(ctx: _Ctx, level: str) -> nx.Graph:
    g = nx.Graph()
    f = ctx.filters
    if level in ("goal", "actor"):
        _nodes(ctx, g, Q.fill(Q.ACTOR_NODES, f), "actor")
        if level == "goal":
            _edges(ctx, g, Q.fill(Q.ACTOR_GOAL, f), "actor", "goal")
        _edges(ctx, g, Q.fill(Q.ACTOR_PAIRS, f), "actor", "actor")
        return g
    kind = "actor-name" if level == "name" else "actor-kind"
    key = Q.ACTOR_KEYS[level]
    _nodes(ctx, g, Q.fill(Q.KEY_NODES, f, key=key), kind)
    _edges(ctx, g, Q.fill(Q.KEY_PAIRS, f, key=key), kind, kind)
    for _, data in g.nodes(data=True):
        data["kind"] = kind
    return g


def _municipality(ctx: _Ctx, level: str) -> nx.Graph:
    f = ctx.filters
    if len(f.municipalities) != 1:
        raise UsageError("the municipality view needs exactly one municipality: --municipality NAME|KOD")
    g = nx.Graph()
    _edges(ctx, g, Q.fill(Q.EGO_PUBLISHES, f), "municipality", "document")
    if level == "goal":
        _edges(ctx, g, Q.fill(Q.EGO_GOAL_TREE, f), None, "goal")
        for node, data in g.nodes(data=True):  # a goal's parent is a document or another goal
            if "kind" not in data:
                data["kind"] = "document" if vocab.doc_id_of(node) and "/goal/" not in node else "goal"
        _edges(ctx, g, Q.fill(Q.EGO_RESPONSIBLE, f), "goal", "actor")
        _edges(ctx, g, Q.fill(Q.EGO_ARTICLES, f, subject_links=Q.EGO_SUBJECT_LINKS["goal"], subject="goal",
                                   relation="about"),
               "goal", "article")
    else:
        # goals collapsed: who is responsible for how many goals, which articles how many goals address
        _edges(ctx, g, Q.fill(_EGO_DOC_ACTORS, f), "document", "actor")
        _edges(ctx, g, Q.fill(_EGO_DOC_GOAL_ARTICLES, f), "document", "article")
    if not f.articles:
        _edges(ctx, g, Q.fill(Q.EGO_INVOLVES, f), "document", "actor")
    _edges(ctx, g, Q.fill(Q.EGO_ARTICLES, f, subject_links=Q.EGO_SUBJECT_LINKS["doc"], subject="doc",
                                   relation="about"),
           "document", "article")
    return g


_EGO_DOC_ACTORS = Template("""
SELECT ?doc ?actor (COUNT(DISTINCT ?goal) AS ?weight) ?relation
WHERE {
  $docs
  ?goal dcterms:isPartOf ?doc .
  $goal_articles
  ?goal sty:responsibleActor ?actor .
  BIND("responsible for goals" AS ?relation)
}
GROUP BY ?doc ?actor ?relation""")

_EGO_DOC_GOAL_ARTICLES = Template("""
SELECT ?doc ?a (COUNT(DISTINCT ?goal) AS ?weight) ?relation
WHERE {
  $docs
  $articles
  ?goal dcterms:isPartOf ?doc ; dcterms:subject ?a .
  BIND("goals about" AS ?relation)
}
GROUP BY ?doc ?a ?relation""")


def _sparql(ctx: _Ctx, query: str | None) -> nx.Graph:
    if not query or not query.strip():
        raise UsageError("the sparql view needs a query: --query 'SPARQL' or --query-file FILE")
    form = query_form(query)
    if form == "ask":
        raise UsageError("an ASK query has no graph: use CONSTRUCT, or SELECT with two variables")
    result = ctx.run(query)
    if result.kind == "select" and len(result.variables) < 2:
        raise UsageError("a SELECT view needs two variables (source and target; an optional third is the weight)")
    weight = result.variables[2] if result.kind == "select" and len(result.variables) >= 3 else None
    g = to_networkx(result, weight=weight)
    # what kind of thing each resource is, so that the view's own node queries can describe it
    iris = [d["iri"] for _, d in g.nodes(data=True) if "iri" in d]
    template = Template(Q.NODE_QUERIES["any"])
    for i in range(0, len(iris), 2000):
        _nodes(ctx, g, template.substitute(nodes=" ".join(f"<{n}>" for n in iris[i:i + 2000])))
    if weight and weight != "weight":
        g.graph["weight_variable"] = weight
    return g


def _estimate(ctx: _Ctx, view: str, level: str) -> tuple[int, bool] | None:
    """About how many nodes a level of a view has, from a count that costs little; None when unknown.

    Returns the count and whether it is a lower bound (the level is then
    certainly too large when the count is). Documents and their units count
    every document that passes the filters, a few of which may link no
    article: not a lower bound, so such a level is skipped only above twice
    the limit and otherwise built and measured.
    """
    f = ctx.filters
    if view in ("documents-articles", "coverage"):
        (row,) = ctx.run(Q.fill(Q.UNIT_COUNT, f, unit=Q.UNITS[level])).rows
        if view == "coverage":  # every unit with a document is a row, every article a column
            return int(row["n"]) + (len(f.articles) if f.articles else 50), True
        return int(row["n"]), False
    if view == "actors" and level in ("goal", "actor"):
        (row,) = ctx.run(Q.fill(Q.ACTOR_COUNT, f)).rows
        return int(row["actors"]) + (int(row["goals"]) if level == "goal" else 0), True
    if view == "municipality" and level == "goal":
        (row,) = ctx.run(Q.fill(Q.ACTOR_COUNT, f)).rows
        return int(row["goals"]) + int(row["documents"]), False
    return None


_BUILDERS = {"documents-articles": _documents_articles, "coverage": _coverage, "actors": _actors,
             "municipality": _municipality}


# ------------------------------------------------------------------- titles


def _unit_name(view: str, level: str) -> tuple[str, str]:
    if view == "municipality":
        return {"goal": ("mål", "goals"),
                "document": ("dokument (målen räknade, inte visade)", "documents (goals counted, not shown)")}[level]
    return _UNIT_NAMES.get(level, (level, level))


def _title(view: str, level: str, filters: Filters) -> tuple[str, str]:
    unit_sv, unit_en = _UNIT_NAMES.get(level, ("", ""))
    if view == "documents-articles":
        sv = f"{unit_sv.capitalize()} och CRPD-artiklar (vikt: antal belägg)"
        en = f"{unit_en.capitalize()} and CRPD articles (weight: evidence count)"
    elif view == "coverage":
        sv = f"CRPD-artiklar per {dict(municipality='kommun', county='län', kommungrupp='kommungrupp')[level]}" \
             " (antal dokument)"
        en = f"CRPD articles by {dict(municipality='municipality', county='county', kommungrupp='group')[level]}" \
             " (number of documents)"
    elif view == "actors":
        sv = "Aktörer, målen de ansvarar för och delat ansvar" if level == "goal" else \
            f"Delat ansvar för mål: {unit_sv}"
        en = "Actors, the goals they are responsible for and shared responsibility" if level == "goal" else \
            f"Shared responsibility for goals: {unit_en}"
    elif view == "municipality":
        name = ref.municipalities()[filters.municipalities[0]].name if filters.municipalities else ""
        sv = f"{name}: dokument, mål, aktörer och artiklar" if level == "goal" else \
            f"{name}: dokument, aktörer och artiklar"
        en = f"{name}: documents, goals, actors and articles" if level == "goal" else \
            f"{name}: documents, actors and articles"
    else:
        sv, en = "Graf från SPARQL-fråga", "Graph from a SPARQL query"
    described = filters.describe() if view != "municipality" else Filters(
        types=filters.types, articles=filters.articles, year_from=filters.year_from, year_to=filters.year_to,
        names={k: v for k, v in filters.names.items() if k != "municipality"}).describe()
    if described:
        sv, en = f"{sv} — {described}", f"{en} — {described}"
    return sv, en


def _weighted_degree(g: nx.Graph) -> dict[Any, float]:
    return {n: sum(float(d.get("weight", 1)) for *_e, d in g.edges(n, data=True)) for n in g}


def _trim(g: nx.Graph, max_nodes: int) -> tuple[nx.Graph, int]:
    """The ``max_nodes`` nodes with the highest weighted degree (ties: more edges, then label)."""
    strength = _weighted_degree(g)
    keep = sorted(g, key=lambda n: (-strength[n], -g.degree(n), str(g.nodes[n].get("label", n))))[:max_nodes]
    return g.subgraph(keep).copy(), len(g) - len(keep)


def build_view(store: GraphStore, view: str, filters: Filters, *, by: str | None = None,
               max_nodes: int | None = DEFAULT_MAX_NODES, query: str | None = None,
               timeout: float | None = None) -> nx.Graph:
    """The networkx graph of a view over an open store (see :func:`miner.views.view_graph`)."""
    if view not in VIEWS:
        raise UsageError(f"unknown view {view!r}; choose from {', '.join(VIEWS)}")
    ctx = _Ctx(store, filters, timeout)
    notes_sv: list[str] = []
    notes_en: list[str] = []
    limit = max_nodes if max_nodes and max_nodes > 0 else None
    if view == "sparql":
        if by:
            raise UsageError("--by does not apply to the sparql view")
        if not filters.empty:
            raise UsageError("filters do not apply to the sparql view: write them into the query")
        level = "query"
        g = _sparql(ctx, query)
    else:
        if query:
            raise UsageError("--query is for the sparql view")
        allowed = LEVELS[view]
        if by is not None and by not in allowed:
            raise UsageError(f"--by {by} does not apply to the {view} view; choose from {', '.join(allowed)}")
        chain = (by,) if by else _AUTO.get(view, allowed)
        g = nx.Graph()
        level = chain[0]
        for i, level in enumerate(chain):
            last = i == len(chain) - 1
            size, about, skip = None, "", False
            if limit is not None and not last:
                # a cheap count first: a level far too large is not built at all (a country's documents)
                estimate = _estimate(ctx, view, level)
                if estimate is not None:
                    size, certain = estimate
                    skip = size > (limit if certain else 2 * limit)
                    about = "" if certain else "ungefär "
            if not skip:
                g = _BUILDERS[view](ctx, level)
                size, about = len(g), ""
                if limit is None or size <= limit or last:
                    break
            nxt = chain[i + 1]
            if view == "coverage":  # a matrix: its rows are what is too many
                columns = len(filters.articles) if filters.articles else 50
                size, cap = size - columns, limit - columns
                notes_sv.append(f"{size} {_unit_name(view, level)[0]} är fler än {cap} rader: "
                                f"sammanslaget till {_unit_name(view, nxt)[0]}")
                notes_en.append(f"{size} {_unit_name(view, level)[1]} is more than {cap} rows: "
                                f"aggregated to {_unit_name(view, nxt)[1]}")
                continue
            unit_sv, unit_en = _unit_name(view, level)
            if about:  # counted units (documents, municipalities), not yet nodes
                notes_sv.append(f"ungefär {size} {unit_sv}: fler än {limit} noder; "
                                f"sammanslaget till {_unit_name(view, nxt)[0]}")
                notes_en.append(f"about {size} {unit_en}: more than {limit} nodes; "
                                f"aggregated to {_unit_name(view, nxt)[1]}")
                continue
            notes_sv.append(f"{size} noder med {unit_sv} är fler än {limit}: "
                            f"sammanslaget till {_unit_name(view, nxt)[0]}")
            notes_en.append(f"{size} nodes with {unit_en} is more than {limit}: "
                            f"aggregated to {_unit_name(view, nxt)[1]}")
    if limit is not None and len(g) > limit:
        total = len(g)
        g, dropped = _trim(g, limit)
        notes_sv.append(f"{total} noder är fler än {limit}: visar de {limit} med störst viktad grad "
                        f"({dropped} utelämnade)")
        notes_en.append(f"{total} nodes is more than {limit}: showing the {limit} with the highest weighted degree "
                        f"({dropped} left out)")
    _describe(ctx, g)
    _finish_edges(g)
    title, title_en = _title(view, level, filters)
    weight_sv, weight_en = _WEIGHTS.get(view, ("vikt", "weight"))
    g.graph.update({
        "view": view, "level": level, "title": title, "title_en": title_en, "filters": filters.describe(),
        "weight_label": weight_sv, "weight_label_en": weight_en,
        "note": "; ".join(notes_sv), "note_en": "; ".join(notes_en), "notes_en": notes_en,
        "base_iri": vocab.base(),
    })
    if view == "sparql":
        g.graph["query"] = query
    return g


def _finish_edges(g: nx.Graph, max_evidence: int = 3, max_quote: int = 300) -> None:
    """Edge evidence as at most three "s. PAGE: quote" lines; a default relation name; weights as numbers."""
    for _u, _v, data in g.edges(data=True):
        ev = data.get("evidence")
        if isinstance(ev, str):
            lines = [line if len(line) <= max_quote else line[:max_quote - 1] + "…" for line in ev.split("\n") if line]
            lines.sort(key=_page_of)
            data["evidence"] = "\n".join(lines[:max_evidence])
            if len(lines) > max_evidence:
                data["evidence_more"] = len(lines) - max_evidence
        w = data.get("weight")
        if isinstance(w, float) and w.is_integer():
            data["weight"] = int(w)


def _page_of(line: str) -> tuple[int, str]:
    head = line[3:].split(":", 1)[0] if line.startswith("s. ") else ""
    return (int(head) if head.isdigit() else 10**6, line)


# ------------------------------------------------------------------------- RDF

_RDF_PARTS: dict[str, tuple[tuple[Template, dict[str, str]], ...]] = {
    "documents-articles": ((Q.RDF_DOCUMENTS, {}), (Q.RDF_ARTICLE_LINKS, {}), (Q.RDF_LINK_EVIDENCE, {})),
    "coverage": ((Q.RDF_DOCUMENTS, {}), (Q.RDF_ARTICLE_LINKS, {}), (Q.RDF_ARTICLES, {})),
    "actors": ((Q.RDF_GOALS, {"goal_constraint": "FILTER EXISTS { ?goal sty:responsibleActor ?anyActor }"}),
               (Q.RDF_ACTORS, {})),
    "municipality": ((Q.RDF_DOCUMENTS, {}), (Q.RDF_GOALS, {}), (Q.RDF_ACTORS, {}), (Q.RDF_INVOLVEMENT, {}),
                     (Q.RDF_ARTICLE_LINKS, {}), (Q.RDF_LINK_EVIDENCE, {})),
}

_SELECT_RDF = Template("""
CONSTRUCT { ?s ?p ?o } WHERE { VALUES (?s ?o) { $pairs } ?s ?p ?o }""")
_NODE_RDF = Template("""
CONSTRUCT { ?n a ?c ; skos:prefLabel ?pl ; rdfs:label ?rl ; dcterms:title ?t ; dcterms:identifier ?id . }
WHERE { VALUES ?n { $nodes } OPTIONAL { ?n a ?c } OPTIONAL { ?n skos:prefLabel ?pl } OPTIONAL { ?n rdfs:label ?rl }
        OPTIONAL { ?n dcterms:title ?t } OPTIONAL { ?n dcterms:identifier ?id } }""")


def view_rdf(store: GraphStore, view: str, filters: Filters, *, query: str | None = None,
             timeout: float | None = None) -> list[ox.Triple]:
    """The RDF behind a view, from CONSTRUCTs over the store: documents, links, evidence, goals, actors.

    For the sparql view: a CONSTRUCT's own triples; for a SELECT, the statements
    that directly join each row's two resources, with their types and labels.
    Aggregation and top-N trimming do not apply: this is the evidence the view
    summarises, not its picture. Duplicate triples are removed.
    """
    if view not in VIEWS:
        raise UsageError(f"unknown view {view!r}; choose from {', '.join(VIEWS)}")
    ctx = _Ctx(store, filters, timeout)
    triples: dict[ox.Triple, None] = {}
    if view == "sparql":
        if not filters.empty:
            raise UsageError("filters do not apply to the sparql view: write them into the query")
        g = _sparql(ctx, query)
        result = ctx.last
        assert result is not None
        if result.kind == "graph":
            triples.update(dict.fromkeys(result.triples))
        else:
            pairs = [(u, v) for u, v in g.edges() if u.startswith(("http", "urn")) and v.startswith(("http", "urn"))]
            for i in range(0, len(pairs), 1000):
                values = " ".join(f"(<{u}> <{v}>) (<{v}> <{u}>)" for u, v in pairs[i:i + 1000])
                triples.update(dict.fromkeys(ctx.run(_SELECT_RDF.substitute(pairs=values)).triples))
            iris = sorted({d["iri"] for _, d in g.nodes(data=True) if "iri" in d})
            for i in range(0, len(iris), 2000):
                values = " ".join(f"<{n}>" for n in iris[i:i + 2000])
                triples.update(dict.fromkeys(ctx.run(_NODE_RDF.substitute(nodes=values)).triples))
        return list(triples)
    if view == "municipality" and len(filters.municipalities) != 1:
        raise UsageError("the municipality view needs exactly one municipality: --municipality NAME|KOD")
    for template, parts in _RDF_PARTS[view]:
        triples.update(dict.fromkeys(ctx.run(Q.fill(template, filters, **parts)).triples))
    return list(triples)
