"""Every namespace and every IRI the project mints: the one place IRIs are written.

Two kinds of IRI live here. Terms of the project's own ontology (classes and
properties in ``ontology/core.ttl``) sit in the fixed namespace :data:`STY`, so
a query written against one deployment works against another. Resources
(documents, goals, municipalities, articles...) sit under the *base IRI*, a
setting (``MINER_BASE_IRI``, default ``https://w3id.org/styrdok/``), so a
deployment can publish its data under its own domain.

Minting functions return plain ``str`` IRIs, equal to the IRIs query results
hold: wrap them as ``rdflib.URIRef(iri)`` or ``pyoxigraph.NamedNode(iri)``.
Vocabulary terms (``STY.Goal``) are rdflib ``URIRef``s from ``Namespace``
objects; compare them with ``str(term)``.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Iterator
from contextvars import ContextVar
from urllib.parse import quote, unquote

from rdflib import Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SH, SKOS, VOID, XSD

from ..config import settings

#: The base IRI the committed ontology files are written with; rebased on load when the setting differs.
DEFAULT_BASE = "https://w3id.org/styrdok/"

#: The project's ontology (classes and properties); fixed, independent of the base IRI setting.
ONTOLOGY_IRI = URIRef("https://w3id.org/styrdok/ontology")
STY = Namespace("https://w3id.org/styrdok/ontology#")

ELI = Namespace("http://data.europa.eu/eli/ontology#")
OA = Namespace("http://www.w3.org/ns/oa#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
#: RFC 3778 (PDF fragment identifiers): what ``page=4`` in a FragmentSelector conforms to.
RFC3778 = URIRef("http://tools.ietf.org/rfc/rfc3778")

__all__ = [
    "DCAT", "DCTERMS", "DEFAULT_BASE", "ELI", "FOAF", "OA", "ONTOLOGY_IRI", "ORG", "OWL", "PROV", "RDF", "RDFS",
    "RFC3778", "SD", "SH", "SKOS", "STY", "VOID", "XSD",
]

#: Prefixes for the ontology and reused vocabularies: SPARQL prologues, Turtle output, table display.
VOCAB_PREFIXES: dict[str, str] = {
    "sty": str(STY), "eli": str(ELI), "dcterms": str(DCTERMS), "skos": str(SKOS), "prov": str(PROV),
    "oa": str(OA), "org": str(ORG), "foaf": str(FOAF), "void": str(VOID), "dcat": str(DCAT),
    "rdf": str(RDF), "rdfs": str(RDFS), "owl": str(OWL), "xsd": str(XSD), "sh": str(SH), "sd": str(SD),
}

#: Prefix name for resources under the base IRI (display and Turtle output only).
DATA_PREFIX = "data"


_BASE_OVERRIDE: ContextVar[str | None] = ContextVar("styrdok_base_override", default=None)


def base() -> str:
    """The base IRI every resource is minted under (always ends with ``/``)."""
    b = _BASE_OVERRIDE.get() or settings().base_iri
    return b if b.endswith(("/", "#")) else b + "/"


@contextlib.contextmanager
def using_base(iri: str | None = None) -> Iterator[str]:
    """Mint under ``iri`` (default: the current setting, read once) inside the block.

    Used to write the committed files under :data:`DEFAULT_BASE` whatever the
    setting, and to read the setting once per document instead of per IRI.
    """
    chosen = iri or base()
    token = _BASE_OVERRIDE.set(chosen)
    try:
        yield chosen
    finally:
        _BASE_OVERRIDE.reset(token)


def prefixes() -> dict[str, str]:
    """All prefixes, including ``data:`` for the configured base IRI."""
    return {**VOCAB_PREFIXES, DATA_PREFIX: base()}


def compact(iri: str) -> str:
    """A short form for display: ``sty:Goal``, ``data:doc/uppsala-plan/goal/g2`` (not valid SPARQL for the latter)."""
    best = ""
    for name, ns in prefixes().items():
        if iri.startswith(ns) and len(ns) > len(best) and len(iri) > len(ns):
            best, chosen = ns, name
    return f"{chosen}:{iri[len(best):]}" if best else iri


def sparql_prologue(names: list[str] | None = None) -> str:
    """``PREFIX`` lines for the vocabulary prefixes (all of them when ``names`` is None)."""
    chosen = names or list(VOCAB_PREFIXES)
    return "".join(f"PREFIX {n}: <{VOCAB_PREFIXES[n]}>\n" for n in chosen)


# ----------------------------------------------------------------------- helpers

_SEGMENT_SAFE = "-._~!$&'()*+,;=:@"


def _seg(value: str | int, *, keep_slash: bool = False) -> str:
    """One IRI path segment: percent-encodes what an IRI path may not hold."""
    return quote(str(value), safe=_SEGMENT_SAFE + ("/" if keep_slash else ""))


def _iri(*parts: str | int, keep_slash: bool = False) -> str:
    return base() + "/".join(_seg(p, keep_slash=keep_slash) for p in parts)


_ASCII_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u", "æ": "ae", "ø": "o"})


def slug(text: str) -> str:
    """An IRI-friendly key for a name: ``"Kultur- och fritidsnämnden"`` → ``"kultur-och-fritidsnamnden"``."""
    s = text.casefold().translate(_ASCII_FOLD)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "x"


# ---------------------------------------------------------------- document & parts


def doc(doc_id: str) -> str:
    """A policy document: ``{base}doc/{doc_id}``."""
    if not doc_id:
        raise ValueError("a document needs a non-empty id before it can go into the graph")
    return _iri("doc", doc_id)


def doc_graph(doc_id: str) -> str:
    """The named graph holding everything said about one document: ``{base}graph/{doc_id}``."""
    if not doc_id:
        raise ValueError("a document needs a non-empty id before it can go into the graph")
    return _iri("graph", doc_id)


def doc_id_of_graph(graph_iri: str) -> str | None:
    """Inverse of :func:`doc_graph`; None for graphs that are not a document's."""
    prefix = base() + "graph/"
    if not graph_iri.startswith(prefix):
        return None
    rest = graph_iri[len(prefix):]
    return unquote(rest) if rest and "/" not in rest else None


def doc_id_of(iri: str) -> str | None:
    """The document an IRI belongs to (the document itself, its goals, evidence, links...)."""
    for prefix in (base() + "doc/", base() + "graph/"):
        if iri.startswith(prefix):
            rest = iri[len(prefix):]
            return unquote(re.split(r"[/#]", rest, maxsplit=1)[0]) or None
    return None


def goal(doc_id: str, goal_id: str) -> str:
    """``{base}doc/{doc_id}/goal/{goal_id}``."""
    return _iri("doc", doc_id, "goal", goal_id)


def evidence(doc_id: str, n: int) -> str:
    """An evidence annotation, numbered within its document: ``{base}doc/{doc_id}/evidence/{n}``."""
    return _iri("doc", doc_id, "evidence", n)


def evidence_part(evidence_iri: str, part: str) -> str:
    """The target and selectors of an annotation, as fragments of its IRI (``#target``, ``#quote``...)."""
    return f"{evidence_iri}#{part}"


def link(doc_id: str, n: int) -> str:
    """A qualified (reified) statement of a document, numbered: ``{base}doc/{doc_id}/link/{n}``."""
    return _iri("doc", doc_id, "link", n)


def field(doc_id: str, name: str) -> str:
    """A metadata statement (title, adopted_by...): ``{base}doc/{doc_id}/field/{name}``."""
    return _iri("doc", doc_id, "field", name)


def extraction(doc_id: str) -> str:
    """The PROV activity that extracted a document's assertions."""
    return _iri("doc", doc_id, "extraction")


def extractor(name: str) -> str:
    """The software agent behind evidence, e.g. ``rule:metadata-block``: ``{base}extractor/{name}``."""
    return _iri("extractor", name)


# ---------------------------------------------------------- organisations & actors


def municipality(kommunkod: str) -> str:
    """``{base}municipality/{kommunkod}`` (SCB four-digit code)."""
    return _iri("municipality", kommunkod)


def region(lanskod: str) -> str:
    """``{base}region/{lanskod}`` (SCB two-digit county code)."""
    return _iri("region", lanskod)


def organisation(code: str) -> str:
    """A municipality for a four-digit code, a region for a two-digit one."""
    code = code.strip()
    if re.fullmatch(r"\d{4}", code):
        return municipality(code)
    if re.fullmatch(r"\d{2}", code):
        return region(code)
    raise ValueError(f"not a kommunkod or lanskod: {code!r}")


def kommungrupp(code: str) -> str:
    """An SKR 2023 municipality group (``A2``) or main group (``A``): ``{base}kommungrupp/{code}``."""
    return _iri("kommungrupp", code)


def kommungrupp_scheme() -> str:
    return _iri("kommungrupp")


def actor(actor_id: str) -> str:
    """``{base}actor/{actor_id}``; ids are scoped by the extractor (``0380/socialnamnden``, ``agency/mfd``)."""
    if not actor_id:
        raise ValueError("an actor needs a non-empty id")
    return _iri("actor", actor_id, keep_slash=True)


# ------------------------------------------------------------------- concepts


def crpd() -> str:
    """The convention: a SKOS concept scheme of its articles (and an ELI legal resource)."""
    return _iri("crpd")


def article(n: int) -> str:
    """CRPD article ``n``: ``{base}crpd/article/{n}``."""
    return _iri("crpd", "article", int(n))


def crpd_part(part: str) -> str:
    """The SKOS collection of substantive (1-33) or procedural (34-50) articles."""
    return _iri("crpd", part)


def doctype_scheme() -> str:
    return _iri("doctype")


def doctype(label: str) -> str:
    """One of the six document types: ``{base}doctype/{label}`` (strategy, programme, plan...)."""
    return _iri("doctype", label)


def national_goal() -> str:
    """The national disability-policy goal (prop. 2016/17:188), a concept scheme of its directions."""
    return _iri("national-goal")


def direction(n: int) -> str:
    """One of the four directions (inriktningar) of the national goal: ``{base}national-goal/direction/{n}``."""
    return _iri("national-goal", "direction", int(n))


def ladder() -> str:
    """SKR's participation ladder (delaktighetstrappan), a concept scheme of its steps."""
    return _iri("ladder")


#: Steps of the participation ladder in order, keyed by the IRI slug.
LADDER_STEPS: tuple[str, ...] = ("information", "konsultation", "dialog", "inflytande", "medbestammande")
_LADDER_ALIASES = {
    "consultation": "konsultation", "dialogue": "dialog", "influence": "inflytande", "co-decision": "medbestammande",
    "codecision": "medbestammande", "medbestämmande": "medbestammande", "co-determination": "medbestammande",
}


def ladder_step(step: str) -> str:
    """A ladder step by its Swedish or English name: ``{base}ladder/{step}``."""
    key = step.strip().casefold()
    key = _LADDER_ALIASES.get(key, key)
    return _iri("ladder", key if key in LADDER_STEPS else slug(key))


def topic(concept: str) -> str:
    """The IRI of a :class:`miner.model.TopicLink` concept: ``"direction:2"`` or ``"ladder:dialog"``.

    Anything else gets an IRI under ``{base}topic/`` that names no known concept,
    so that the SHACL shapes report it instead of the build dropping it silently.
    """
    kind, _, key = concept.partition(":")
    kind = kind.strip().casefold()
    if kind == "direction" and key.strip().isdigit():
        return direction(int(key))
    if kind == "ladder" and key.strip():
        return ladder_step(key)
    return _iri("topic", slug(concept))


# -------------------------------------------------------------- graphs & dataset


def dataset() -> str:
    """The dataset as a whole (VoID/DCAT description)."""
    return _iri("dataset")


def ontology_graph() -> str:
    """Named graph holding the ontology and the dataset description."""
    return _iri("dataset", "graph", "ontology")


def reference_graph() -> str:
    """Named graph holding the reference data (articles, municipalities, regions, national goal, ladder)."""
    return _iri("dataset", "graph", "reference")


def entities_graph() -> str:
    """Named graph holding what is said of things several documents share: actors and extractors.

    Their descriptions (name, kind, municipality) would otherwise repeat in every
    document graph that names them, and Oxigraph's union default graph keeps such
    repeats as duplicate rows. The store moves them here; the latest document
    written that describes an entity gives its description.
    """
    return _iri("dataset", "graph", "entities")


def is_shared_entity(iri: str) -> bool:
    """True for IRIs described in :func:`entities_graph` rather than in a document's graph."""
    b = base()
    # str(): rdflib's URIRef.startswith does not take a tuple
    return str(iri).startswith((b + "actor/", b + "extractor/", b + "municipality/", b + "region/"))


def meta_graph() -> str:
    """Named graph holding the build's statistics (VoID counts), rewritten by every build."""
    return _iri("dataset", "graph", "meta")


def sparql_endpoint() -> str:
    return _iri("sparql")


# ------------------------------------------------------------ model → ontology

#: :data:`miner.model.GOAL_LEVELS` → concept.
GOAL_LEVEL = {"overall": STY.overallGoal, "subgoal": STY.subGoal, "action": STY.action}

#: :data:`miner.model.ACTOR_ROLES` → concept.
ACTOR_ROLE = {
    "adopting": STY.adopting, "responsible": STY.responsible, "consulted": STY.consulted,
    "owner": STY.owner, "follows-up": STY.followsUp, "mentioned": STY.mentioned,
}

#: :data:`miner.model.ACTOR_KINDS` → classes (besides ``sty:Actor``). Municipalities and regions with a
#: code are the reference resources themselves, so they need no class of their own here.
ACTOR_CLASSES = {
    "committee": (STY.Committee, ORG.OrganizationalUnit),
    "department": (STY.Department, ORG.OrganizationalUnit),
    "council": (STY.Council, ORG.OrganizationalUnit),
    "company": (STY.Company, ORG.FormalOrganization),
    "agency": (STY.Agency, ORG.FormalOrganization),
    "civil-society": (STY.CivilSocietyOrganisation, ORG.FormalOrganization),
    "role": (STY.Role, ORG.Post),
    "municipality": (ORG.FormalOrganization,),
    "region": (ORG.FormalOrganization,),
}

#: Web Annotation motivation per kind of assertion an evidence annotation supports.
MOTIVATION = {
    "goal": OA.identifying, "actor": OA.identifying, "metadata": OA.describing,
    "doctype": OA.classifying, "link": OA.linking,
}

#: Document.format → media type for ``dcterms:format``.
MEDIA_TYPE = {"pdf": "application/pdf", "txt": "text/plain", "md": "text/markdown", "html": "text/html"}


def rebase(iri: str, to_base: str | None = None) -> str:
    """Move an IRI written under :data:`DEFAULT_BASE` (the committed TTL files) to the configured base."""
    target = to_base or base()
    if target == DEFAULT_BASE or not iri.startswith(DEFAULT_BASE) or iri.startswith(str(ONTOLOGY_IRI)):
        return iri
    return target + iri[len(DEFAULT_BASE):]
