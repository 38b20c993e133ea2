"""One document's analysis as RDF: the quads of its named graph.

Every extracted statement is made twice: as a plain triple (``?goal
dcterms:subject ?article``) so that simple questions stay simple, and as a
qualified resource (an ``sty:ArticleLink`` with confidence, explicitness and
``prov:wasDerivedFrom`` its evidence) so that every answer can be checked.
Evidence is a Web Annotation whose target selects the span of the document's
clean text by quote, by character offsets and by page.

Pure function of the :class:`~miner.model.Analysis`; the store writes the quads.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import functools
import re
from decimal import Decimal

from pyoxigraph import Literal, NamedNode, Quad

from ..fsutil import sha256_text
from ..model import Actor, Analysis, ArticleLink, Evidence, Field, Goal
from . import vocab
from .vocab import DCTERMS, ELI, OA, ORG, PROV, RDF, RDFS, SKOS, STY, XSD

__all__ = ["analysis_dataset", "analysis_quads"]


@functools.lru_cache(maxsize=4096)
def _n(iri: str) -> NamedNode:
    """A NamedNode for a vocabulary term (cached: the same few hundred terms recur in every document)."""
    return NamedNode(iri)


_XSD_STRING = _n(str(XSD.string))
_XSD_INTEGER = _n(str(XSD.integer))
_XSD_DECIMAL = _n(str(XSD.decimal))
_XSD_BOOLEAN = _n(str(XSD.boolean))
_TRUE = Literal("true", datatype=_XSD_BOOLEAN)
_FALSE = Literal("false", datatype=_XSD_BOOLEAN)


def _s(text: str) -> Literal:
    return Literal(text)


def _sv(text: str) -> Literal:
    return Literal(text, language="sv")


def _int(n: int) -> Literal:
    return Literal(str(int(n)), datatype=_XSD_INTEGER)


def _dec(x: float) -> Literal:
    return Literal(format(Decimal(str(round(float(x), 4))).normalize(), "f"), datatype=_XSD_DECIMAL)


def _bool(b: bool) -> Literal:
    return _TRUE if b else _FALSE


_DATE_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def date_literal(value: str) -> Literal | None:
    """A typed literal for ``2021-03-15`` (xsd:date), ``2021-03`` (xsd:gYearMonth) or ``2021`` (xsd:gYear)."""
    m = _DATE_RE.fullmatch(value.strip())
    if not m:
        return None
    y, mo, d = m.groups()
    try:
        if d:
            _dt.date(int(y), int(mo), int(d))
            return Literal(m.group(0), datatype=_n(str(XSD.date)))
        if mo:
            _dt.date(int(y), int(mo), 1)
            return Literal(m.group(0), datatype=_n(str(XSD.gYearMonth)))
    except ValueError:
        return None
    return Literal(y, datatype=_n(str(XSD.gYear)))


def year_of(value: str) -> int | None:
    """The year a date, a year or a period as written starts with or ends in (``"2024–2027"`` → 2027)."""
    years = re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", value)
    return int(years[-1]) if years else None


#: Metadata field → the document property it feeds.
_FIELD_PROPERTY = {
    "title": DCTERMS.title, "organisation": STY.organisationName, "kommunkod": DCTERMS.publisher,
    "stated_type": STY.statedType, "adopted_by": ELI.passed_by, "adopted_date": ELI.date_document,
    "diarienummer": ELI.id_local, "valid_until": STY.validUntil, "validity": DCTERMS.valid,
}

_KIND_HINTS = (
    ("fullmäktige", "committee"), ("nämnd", "committee"), ("styrelse", "committee"),
    ("förvaltning", "department"), ("kontor", "department"), ("råd", "council"),
    ("chef", "role"), ("direktör", "role"), ("samordnare", "role"),
)


class _Builder:
    """Collects the quads of one document's named graph."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.doc = analysis.document
        self.doc_id = self.doc.id
        self.graph = NamedNode(vocab.doc_graph(self.doc_id))
        self.node = NamedNode(vocab.doc(self.doc_id))
        self.activity = NamedNode(vocab.extraction(self.doc_id))
        self.quads: list[Quad] = []
        self._evidence: dict[tuple, NamedNode] = {}
        self._extractors: set[str] = set()
        self._links = 0
        self._actor_nodes: dict[str, NamedNode] = {}
        self._described: set[str] = set()

    # ------------------------------------------------------------------ basics

    def add(self, s: NamedNode, p: object, o: NamedNode | Literal) -> None:
        self.quads.append(Quad(s, _n(str(p)), o, self.graph))

    def typed(self, s: NamedNode, *classes: object) -> None:
        for c in classes:
            self.add(s, RDF.type, _n(str(c)))

    def new_link(self, *classes: object) -> NamedNode:
        self._links += 1
        node = NamedNode(vocab.link(self.doc_id, self._links))
        self.typed(node, *classes, STY.Assertion)
        return node

    # ---------------------------------------------------------------- evidence

    def evidence(self, ev: Evidence, body: NamedNode, motivation: object) -> NamedNode:
        """The annotation for ``ev`` (one per distinct span and extractor), pointing at ``body``."""
        key = (ev.start, ev.end, ev.page, ev.extractor, ev.confidence)
        node = self._evidence.get(key)
        if node is None:
            node = NamedNode(vocab.evidence(self.doc_id, len(self._evidence) + 1))
            self._evidence[key] = node
            self._annotation(node, page=ev.page, start=ev.start, end=ev.end, quote=ev.quote,
                             extractor=ev.extractor, confidence=ev.confidence)
        self.add(node, OA.hasBody, body)
        self.add(node, OA.motivatedBy, _n(str(motivation)))
        return node

    def _annotation(self, node: NamedNode, *, page: int, start: int, end: int, quote: str, extractor: str,
                    confidence: float | None) -> None:
        iri = node.value
        target = NamedNode(vocab.evidence_part(iri, "target"))
        quote_sel = NamedNode(vocab.evidence_part(iri, "quote"))
        pos_sel = NamedNode(vocab.evidence_part(iri, "position"))
        page_sel = NamedNode(vocab.evidence_part(iri, "page"))
        self.typed(node, OA.Annotation, STY.Evidence)
        self.add(node, OA.hasTarget, target)
        self.add(node, STY.page, _int(page))
        if confidence is not None:
            self.add(node, STY.confidence, _dec(confidence))
        agent = NamedNode(vocab.extractor(extractor))
        self.add(node, PROV.wasAttributedTo, agent)
        self.add(node, PROV.wasGeneratedBy, self.activity)
        if extractor not in self._extractors:
            self._extractors.add(extractor)
            self.typed(agent, PROV.SoftwareAgent, STY.Extractor)
            self.add(agent, RDFS.label, _s(extractor))
            self.add(self.activity, PROV.wasAssociatedWith, agent)
        self.typed(target, OA.SpecificResource)
        self.add(target, OA.hasSource, self.node)
        for sel in (quote_sel, pos_sel, page_sel):
            self.add(target, OA.hasSelector, sel)
        self.typed(quote_sel, OA.TextQuoteSelector)
        self.add(quote_sel, OA.exact, _s(quote))
        self.typed(pos_sel, OA.TextPositionSelector)
        self.add(pos_sel, OA.start, _int(start))  # Oxigraph stores xsd:nonNegativeInteger as xsd:integer anyway
        self.add(pos_sel, OA.end, _int(end))
        self.typed(page_sel, OA.FragmentSelector)
        self.add(page_sel, DCTERMS.conformsTo, _n(str(vocab.RFC3778)))
        self.add(page_sel, RDF.value, _s(f"page={page}"))

    def field_evidence(self, f: Field, body: NamedNode) -> NamedNode | None:
        """Evidence for a metadata value read from a span; None when the value was inferred."""
        if f.start is None or f.end is None:
            return None
        text = self.doc.text
        quote = text[f.start:f.end] if 0 <= f.start <= f.end <= len(text) else (f.raw or f.value)
        ev = Evidence(page=f.page or self.doc.page_at(f.start), start=f.start, end=f.end, quote=quote,
                      extractor="parse:metadata", confidence=1.0)
        key = (ev.start, ev.end, ev.page, ev.extractor, None)
        node = self._evidence.get(key)
        if node is None:
            node = NamedNode(vocab.evidence(self.doc_id, len(self._evidence) + 1))
            self._evidence[key] = node
            self._annotation(node, page=ev.page, start=ev.start, end=ev.end, quote=ev.quote,
                             extractor=ev.extractor, confidence=None)
        self.add(node, OA.hasBody, body)
        self.add(node, OA.motivatedBy, _n(str(OA.describing)))
        return node

    # ---------------------------------------------------------------- document

    def document(self) -> None:
        d, doc = self.node, self.doc
        self.typed(d, STY.PolicyDocument, ELI.LegalResource)
        self.add(d, DCTERMS.identifier, _s(self.doc_id))
        self.add(d, STY.sourceFile, _s(doc.source))
        self.add(d, STY.sha256, _s(doc.sha256))
        self.add(d, STY.textSha256, _s(sha256_text(doc.text)))
        self.add(d, STY.pageCount, _int(len(doc.pages)))
        if doc.format in vocab.MEDIA_TYPE:
            self.add(d, DCTERMS.format, _s(vocab.MEDIA_TYPE[doc.format]))
        self.typed(self.activity, PROV.Activity)
        self.add(self.activity, PROV.used, d)

        md = doc.metadata
        for name, prop in _FIELD_PROPERTY.items():
            f: Field | None = getattr(md, name)
            if f is None or not f.value.strip():
                continue
            value = f.value.strip()
            node = NamedNode(vocab.field(self.doc_id, name))
            self.typed(node, STY.MetadataField, STY.Assertion)
            self.add(node, STY.field, _s(name))
            self.add(node, STY.property, _n(str(prop)))
            self.add(node, RDF.value, _s(value))
            self.add(d, STY.metadataField, node)
            ev = self.field_evidence(f, node)
            if ev is not None:
                self.add(node, PROV.wasDerivedFrom, ev)
            else:
                self.add(node, STY.inferred, _TRUE)
            self._field_triples(name, value, f, ev)

        stated = (self.analysis.doc_type.stated if self.analysis.doc_type else None) or (
            md.stated_type.value if md.stated_type else None)
        if stated and not md.stated_type:
            self.add(d, STY.statedType, _s(stated))

    def _field_triples(self, name: str, value: str, f: Field, ev: NamedNode | None) -> None:
        d = self.node
        if name == "title":
            self.add(d, DCTERMS.title, _sv(value))
        elif name == "organisation":
            self.add(d, STY.organisationName, _sv(value))
        elif name == "kommunkod":
            # a code that is neither kommunkod nor länskod stays only as the field's rdf:value
            with contextlib.suppress(ValueError):
                self.add(d, DCTERMS.publisher, NamedNode(vocab.organisation(value)))
        elif name == "stated_type":
            self.add(d, STY.statedType, _s(value))
        elif name == "adopted_by":
            self.add(d, ELI.passed_by, self._adopting_actor(value, ev))
        elif name == "adopted_date":
            lit = date_literal(value)
            if lit is not None:
                self.add(d, ELI.date_document, lit)
            year = year_of(value)
            if year:
                self.add(d, STY.adoptedYear, _int(year))
        elif name == "diarienummer":
            self.add(d, ELI.id_local, _s(value))
        elif name == "valid_until":
            self.add(d, STY.validUntil, _s(value))
            lit = date_literal(value)
            if lit is not None:
                self.add(d, ELI.date_no_longer_in_force, lit)
        elif name == "validity":
            self.add(d, DCTERMS.valid, _s(value))

    def doc_type(self) -> None:
        dt = self.analysis.doc_type
        if dt is None:
            return
        concept = NamedNode(vocab.doctype(dt.label))
        self.add(self.node, ELI.type_document, concept)
        c = self.new_link(STY.TypeClassification)
        self.add(self.node, STY.classification, c)
        self.add(c, STY.docType, concept)
        self.add(c, STY.confidence, _dec(dt.confidence))
        self.add(c, STY.method, _s(dt.method))
        if dt.reason:
            self.add(c, STY.reason, _s(dt.reason))
        if dt.stated:
            self.add(c, STY.statedType, _s(dt.stated))
        for ev in dt.evidence:
            self.add(c, PROV.wasDerivedFrom, self.evidence(ev, c, vocab.MOTIVATION["doctype"]))

    # ------------------------------------------------------------------ actors

    def _municipality_code(self) -> str | None:
        f = self.doc.metadata.kommunkod
        return f.value.strip() if f and f.value.strip() else None

    def actor_node(self, a: Actor) -> NamedNode:
        code = (a.kommunkod or "").strip()
        if a.kind == "municipality" and re.fullmatch(r"\d{4}", code):
            return NamedNode(vocab.municipality(code))
        if a.kind == "region" and re.fullmatch(r"\d{2}", code):
            return NamedNode(vocab.region(code))
        return NamedNode(vocab.actor(a.id))

    def describe_actor(self, node: NamedNode, a: Actor) -> None:
        if node.value in self._described:
            return
        self._described.add(node.value)
        self.add(node, STY.kind, _s(a.kind))
        if node.value.startswith((vocab.municipality(""), vocab.region(""))):
            # reference resource: class, names, codes and county come from the reference graph
            self.typed(node, STY.Actor)
            return
        self.typed(node, STY.Actor, *vocab.ACTOR_CLASSES.get(a.kind, ()))
        self.add(node, SKOS.prefLabel, _sv(a.name))
        if a.kommunkod:
            try:
                org = NamedNode(vocab.organisation(a.kommunkod))
            except ValueError:
                return
            self.add(node, STY.municipality, org)
            if a.kind in ("committee", "department", "council"):
                self.add(node, ORG.subOrganizationOf, org)
            elif a.kind == "role":
                self.add(node, ORG.postIn, org)

    def actors(self) -> None:
        goals_by_actor: dict[str, list[Goal]] = {}
        for g in self.analysis.goals:
            for aid in g.actors:
                goals_by_actor.setdefault(aid, []).append(g)
        for a in self.analysis.actors:
            node = self.actor_node(a)
            self._actor_nodes[a.id] = node
            self.describe_actor(node, a)
            inv = self.new_link(STY.Involvement)
            self.add(self.node, STY.involvement, inv)
            self.add(self.node, STY.involves, node)
            self.add(inv, STY.actor, node)
            for role in a.roles:
                self.add(inv, STY.role, _n(str(vocab.ACTOR_ROLE.get(role, STY[role]))))
                if role == "adopting":
                    self.add(self.node, ELI.passed_by, node)
                elif role == "responsible":
                    self.add(self.node, STY.responsibleActor, node)
            mentions = a.mentions or [g.evidence for g in goals_by_actor.get(a.id, [])]
            for ev in mentions:
                self.add(inv, PROV.wasDerivedFrom, self.evidence(ev, inv, vocab.MOTIVATION["actor"]))

    def _adopting_actor(self, name: str, ev: NamedNode | None) -> NamedNode:
        """The actor that adopted the document: the extracted one with that name, else one made from the field."""
        key = name.casefold()
        actors = self.analysis.actors
        for a in actors:
            if a.name.casefold() == key:
                return self.actor_node(a)
        adopting = [a for a in actors if "adopting" in a.roles]
        if len(adopting) == 1:
            return self.actor_node(adopting[0])
        code = self._municipality_code()
        scope = code if code and re.fullmatch(r"\d{2}|\d{4}", code) else "org"
        kind = next((k for hint, k in _KIND_HINTS if hint in key), None)
        a = Actor(id=f"{scope}/{vocab.slug(name)}", name=name, kind=kind or "", roles=["adopting"],
                  kommunkod=code if scope != "org" else None)
        node = NamedNode(vocab.actor(a.id))
        if node.value not in self._described:
            self._described.add(node.value)
            self.typed(node, STY.Actor, *vocab.ACTOR_CLASSES.get(a.kind, (ORG.Organization,)))
            if kind:
                self.add(node, STY.kind, _s(kind))
            self.add(node, SKOS.prefLabel, _sv(name))
            if a.kommunkod:
                self.add(node, STY.municipality, NamedNode(vocab.organisation(a.kommunkod)))
            if ev is not None:
                inv = self.new_link(STY.Involvement)
                self.add(self.node, STY.involvement, inv)
                self.add(self.node, STY.involves, node)
                self.add(inv, STY.actor, node)
                self.add(inv, STY.role, _n(str(STY.adopting)))
                self.add(inv, PROV.wasDerivedFrom, ev)
        return node

    # ------------------------------------------------------------------- goals

    def goals(self) -> None:
        links_by_goal: dict[str, list[ArticleLink]] = {}
        for link in self.analysis.articles:
            if link.goal is not None:
                links_by_goal.setdefault(link.goal, []).append(link)
        mentions = [(m, a.id) for a in self.analysis.actors for m in a.mentions]
        for g in self.analysis.goals:
            gn = NamedNode(vocab.goal(self.doc_id, g.id))
            self.typed(gn, STY.Goal)
            self.add(gn, DCTERMS.identifier, _s(g.id))
            self.add(gn, DCTERMS.isPartOf, self.node)
            self.add(gn, STY.level, _n(str(vocab.GOAL_LEVEL.get(g.level, STY[g.level or "unknown"]))))
            self.add(gn, DCTERMS.description, _sv(g.text))
            self.add(gn, STY.confidence, _dec(g.evidence.confidence))
            if g.parent:
                self.add(gn, STY.parentGoal, NamedNode(vocab.goal(self.doc_id, g.parent)))
            if g.area:
                self.add(gn, STY.goalArea, _sv(g.area))
            if g.deadline:
                self.add(gn, STY.deadline, _s(g.deadline))
                year = year_of(g.deadline)
                if year:
                    self.add(gn, STY.deadlineYear, _int(year))
            if g.indicator:
                self.add(gn, STY.indicator, _sv(g.indicator))
            if g.national_goal:
                self.add(gn, STY.nationalGoalQuote, _TRUE)
            ev = self.evidence(g.evidence, gn, vocab.MOTIVATION["goal"])
            self.add(gn, PROV.wasDerivedFrom, ev)

            for aid in dict.fromkeys(g.actors):
                node = self._actor_nodes.get(aid) or NamedNode(vocab.actor(aid))
                if aid not in self._actor_nodes:
                    self.typed(node, STY.Actor)  # named by a goal but not extracted: the shapes will say so
                self.add(gn, STY.responsibleActor, node)
                r = self.new_link(STY.Responsibility)
                self.add(gn, STY.responsibility, r)
                self.add(r, STY.actor, node)
                self.add(r, STY.role, _n(str(STY.responsible)))
                self.add(r, STY.confidence, _dec(g.evidence.confidence))
                self.add(r, PROV.wasDerivedFrom, ev)
                self.add(ev, OA.hasBody, r)
                for m, mid in mentions:
                    if mid == aid and g.evidence.start <= m.start and m.end <= g.evidence.end:
                        self.add(r, PROV.wasDerivedFrom, self.evidence(m, r, vocab.MOTIVATION["actor"]))

            links = {link.article: link for link in links_by_goal.get(g.id, [])}
            for n in dict.fromkeys([*g.articles, *links]):
                link = links.get(n) or ArticleLink(article=n, confidence=g.evidence.confidence, explicit=False,
                                                   evidence=[g.evidence], goal=g.id)
                art = NamedNode(vocab.article(n))
                self.add(gn, DCTERMS.subject, art)
                self.article_link(gn, art, link)
        # links naming a goal id that has no goal: attached to that IRI so that the shapes report them
        known = {g.id for g in self.analysis.goals}
        for gid, links in links_by_goal.items():
            if gid in known:
                continue
            gn = NamedNode(vocab.goal(self.doc_id, gid))
            for link in links:
                art = NamedNode(vocab.article(link.article))
                self.add(gn, DCTERMS.subject, art)
                self.article_link(gn, art, link)

    def article_link(self, subject: NamedNode, art: NamedNode, link: ArticleLink) -> None:
        ln = self.new_link(STY.ArticleLink)
        self.add(subject, STY.articleLink, ln)
        self.add(ln, STY.article, art)
        self.add(ln, STY.confidence, _dec(link.confidence))
        self.add(ln, STY.explicit, _bool(link.explicit))
        for ev in link.evidence:
            self.add(ln, PROV.wasDerivedFrom, self.evidence(ev, ln, vocab.MOTIVATION["link"]))

    # ------------------------------------------------------------------- links

    def doc_links(self) -> None:
        for link in self.analysis.articles:
            if link.goal is not None:
                continue
            art = NamedNode(vocab.article(link.article))
            self.add(self.node, ELI.is_about, art)
            if link.explicit:
                self.add(self.node, ELI.cites, art)
            self.article_link(self.node, art, link)
        for t in self.analysis.topics:
            concept = NamedNode(vocab.topic(t.concept))
            self.add(self.node, ELI.is_about, concept)
            ln = self.new_link(STY.TopicLink)
            self.add(self.node, STY.topicLink, ln)
            self.add(ln, STY.concept, concept)
            self.add(ln, STY.confidence, _dec(t.confidence))
            for ev in t.evidence:
                self.add(ln, PROV.wasDerivedFrom, self.evidence(ev, ln, vocab.MOTIVATION["link"]))

    def build(self) -> list[Quad]:
        self.document()
        self.doc_type()
        self.actors()
        self.goals()
        self.doc_links()
        return list(dict.fromkeys(self.quads))


def analysis_quads(analysis: Analysis) -> list[Quad]:
    """Every quad of the document's named graph ``{base}graph/{doc_id}``, without duplicates.

    Raises ValueError when the document has no id (the pipeline sets it).
    """
    with vocab.using_base():
        return _Builder(analysis).build()


def analysis_dataset(analysis: Analysis):  # -> rdflib.Dataset
    """The same quads as an rdflib Dataset (for pyshacl, rdflib serialisers or inspection in a notebook)."""
    from .convert import to_rdflib_dataset

    return to_rdflib_dataset(analysis_quads(analysis))
