"""Reference data as RDF: CRPD articles, municipalities, regions, the national goal, the participation ladder.

The facts come from ``ontology/reference/*.csv`` (through :mod:`miner.reference`)
and, for the national goal and the ladder, from the constants below (see
``ontology/README.md`` for the sources). Run ``python -m miner.graph.reference``
to regenerate the committed ``ontology/*.ttl`` files; output is deterministic
and always written under :data:`~miner.graph.vocab.DEFAULT_BASE` (the store
moves IRIs to the configured base when it loads them).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, RDF, SKOS, XSD

from .. import reference as ref
from ..config import ONTOLOGY_DIR
from ..fsutil import write_text
from . import vocab
from .vocab import ELI, STY

# --------------------------------------------------------------- national goal

#: Prop. 2016/17:188: the national goal for disability policy (decided by the Riksdag in 2017).
NATIONAL_GOAL_SV = (
    "Med FN:s konvention om rättigheter för personer med funktionsnedsättning som utgångspunkt är målet "
    "för funktionshinderspolitiken att uppnå jämlikhet i levnadsvillkor och full delaktighet i samhället "
    "för personer med funktionsnedsättning i ett samhälle med mångfald som grund."
)
NATIONAL_GOAL_EN = (
    "With the UN Convention on the Rights of Persons with Disabilities as its starting point, the goal of "
    "disability policy is to achieve equality in living conditions and full participation in society for "
    "persons with disabilities in a society with diversity as its foundation."
)
#: The four directions (inriktningar) the goal is implemented through: (number, Swedish, English).
DIRECTIONS: tuple[tuple[int, str, str], ...] = (
    (1, "Principen om universell utformning", "The principle of universal design"),
    (2, "Befintliga brister i tillgängligheten", "Existing shortcomings in accessibility"),
    (3, "Individuella stöd och lösningar för individens självständighet",
     "Individual support and solutions for the individual's independence"),
    (4, "Att förebygga och motverka diskriminering", "Preventing and combating discrimination"),
)

#: SKR's participation ladder (delaktighetstrappan), lowest step first: (slug, Swedish, English).
LADDER: tuple[tuple[str, str, str], ...] = (
    ("information", "Information", "Information"),
    ("konsultation", "Konsultation", "Consultation"),
    ("dialog", "Dialog", "Dialogue"),
    ("inflytande", "Inflytande", "Influence"),
    ("medbestammande", "Medbestämmande", "Co-decision"),
)


def _sv(text: str) -> Literal:
    return Literal(text, lang="sv")


def _en(text: str) -> Literal:
    return Literal(text, lang="en")


def _int(n: int) -> Literal:
    return Literal(n, datatype=XSD.integer)


def _u(iri: str) -> URIRef:
    return URIRef(iri)


def _bind(g: Graph) -> Graph:
    for name, ns in vocab.VOCAB_PREFIXES.items():
        g.bind(name, ns, override=True, replace=True)
    return g


# ---------------------------------------------------------------------- graphs


def crpd_graph() -> Graph:
    """The 50 CRPD articles as a SKOS concept scheme, with collections of substantive and procedural articles."""
    g = _bind(Graph())
    scheme = _u(vocab.crpd())
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    g.add((scheme, RDF.type, ELI.LegalResource))
    g.add((scheme, SKOS.prefLabel, _sv("Konventionen om rättigheter för personer med funktionsnedsättning")))
    g.add((scheme, SKOS.prefLabel, _en("Convention on the Rights of Persons with Disabilities")))
    g.add((scheme, SKOS.altLabel, _en("CRPD")))
    g.add((scheme, SKOS.altLabel, _sv("Funktionsrättskonventionen")))
    g.add((scheme, ELI.id_local, Literal("SÖ 2008:26")))
    g.add((scheme, DCTERMS.issued, Literal("2006-12-13", datatype=XSD.date)))
    g.add((scheme, ELI.first_date_entry_in_force, Literal("2009-01-14", datatype=XSD.date)))
    g.add((scheme, SKOS.scopeNote, _en("Entered into force for Sweden on 14 January 2009.")))
    parts = {
        "substantive": ("Materiella artiklar (1–33)", "Substantive articles (1–33)"),
        "procedural": ("Procedurartiklar (34–50)", "Procedural articles (34–50)"),
    }
    for part, (sv, en) in parts.items():
        coll = _u(vocab.crpd_part(part))
        g.add((coll, RDF.type, SKOS.Collection))
        g.add((coll, SKOS.prefLabel, _sv(sv)))
        g.add((coll, SKOS.prefLabel, _en(en)))
    for a in ref.articles().values():
        art = _u(vocab.article(a.number))
        g.add((art, RDF.type, STY.ConventionArticle))
        g.add((art, RDF.type, SKOS.Concept))
        g.add((art, RDF.type, ELI.LegalResourceSubdivision))
        g.add((art, SKOS.inScheme, scheme))
        g.add((art, SKOS.topConceptOf, scheme))
        g.add((art, ELI.is_part_of, scheme))
        g.add((art, SKOS.notation, Literal(str(a.number))))
        g.add((art, STY.articleNumber, _int(a.number)))
        g.add((art, SKOS.prefLabel, _sv(a.title_sv)))
        g.add((art, SKOS.prefLabel, _en(a.title_en)))
        g.add((art, SKOS.altLabel, _sv(f"Artikel {a.number}")))
        g.add((art, SKOS.altLabel, _en(f"Article {a.number}")))
        g.add((_u(vocab.crpd_part(a.part)), SKOS.member, art))
    return g


def municipalities_graph() -> Graph:
    """All 290 municipalities with code, names, county, region and SKR municipality group 2023."""
    g = _bind(Graph())
    scheme = _u(vocab.kommungrupp_scheme())
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    g.add((scheme, SKOS.prefLabel, _sv("SKR:s kommungruppsindelning 2023")))
    g.add((scheme, SKOS.prefLabel, _en("SKR municipality grouping 2023")))
    for m in ref.municipalities().values():
        main, group = _u(vocab.kommungrupp(m.group_code[0])), _u(vocab.kommungrupp(m.group_code))
        for concept, notation, label in ((main, m.group_code[0], m.main_group), (group, m.group_code, m.group)):
            g.add((concept, RDF.type, STY.KommunGrupp))
            g.add((concept, RDF.type, SKOS.Concept))
            g.add((concept, SKOS.inScheme, scheme))
            g.add((concept, SKOS.notation, Literal(notation)))
            g.add((concept, SKOS.prefLabel, _sv(label)))
        g.add((main, SKOS.topConceptOf, scheme))
        g.add((group, SKOS.broader, main))

        node = _u(vocab.municipality(m.kommunkod))
        g.add((node, RDF.type, STY.Municipality))
        g.add((node, RDF.type, ORG.FormalOrganization))
        g.add((node, DCTERMS.identifier, Literal(m.kommunkod)))
        g.add((node, STY.kommunkod, Literal(m.kommunkod)))
        g.add((node, SKOS.prefLabel, _sv(ref.official_name(m))))
        g.add((node, SKOS.altLabel, _sv(m.name)))
        g.add((node, STY.lanskod, Literal(m.lanskod)))
        g.add((node, STY.county, _sv(m.county)))
        g.add((node, STY.region, _u(vocab.region(m.lanskod))))
        g.add((node, ORG.classification, group))
    return g


def regions_graph() -> Graph:
    """The 21 regions, by county code."""
    g = _bind(Graph())
    for r in ref.regions().values():
        node = _u(vocab.region(r.lanskod))
        g.add((node, RDF.type, STY.Region))
        g.add((node, RDF.type, ORG.FormalOrganization))
        g.add((node, DCTERMS.identifier, Literal(r.lanskod)))
        g.add((node, STY.lanskod, Literal(r.lanskod)))
        g.add((node, SKOS.prefLabel, _sv(r.name)))
        g.add((node, STY.county, _sv(r.county)))
    return g


def national_goal_graph() -> Graph:
    """The national disability-policy goal and its four directions, as a SKOS concept scheme."""
    g = _bind(Graph())
    scheme = _u(vocab.national_goal())
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    g.add((scheme, SKOS.prefLabel, _sv("Det nationella målet för funktionshinderspolitiken")))
    g.add((scheme, SKOS.prefLabel, _en("The national goal for disability policy")))
    g.add((scheme, SKOS.definition, _sv(NATIONAL_GOAL_SV)))
    g.add((scheme, SKOS.definition, _en(NATIONAL_GOAL_EN)))
    g.add((scheme, SKOS.scopeNote, _en("The goal should contribute to gender equality and to the rights of the "
                                       "child being taken into account.")))
    g.add((scheme, DCTERMS.source, Literal("Prop. 2016/17:188")))
    for n, sv, en in DIRECTIONS:
        node = _u(vocab.direction(n))
        g.add((node, RDF.type, STY.NationalDirection))
        g.add((node, RDF.type, SKOS.Concept))
        g.add((node, SKOS.inScheme, scheme))
        g.add((node, SKOS.topConceptOf, scheme))
        g.add((node, SKOS.notation, Literal(str(n))))
        g.add((node, STY.rank, _int(n)))
        g.add((node, SKOS.prefLabel, _sv(sv)))
        g.add((node, SKOS.prefLabel, _en(en)))
    return g


def ladder_graph() -> Graph:
    """SKR's participation ladder, its five steps ranked from information to co-decision."""
    g = _bind(Graph())
    scheme = _u(vocab.ladder())
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    g.add((scheme, SKOS.prefLabel, _sv("Delaktighetstrappan")))
    g.add((scheme, SKOS.prefLabel, _en("Participation ladder")))
    g.add((scheme, DCTERMS.creator, Literal("Sveriges Kommuner och Regioner (SKR)")))
    previous = None
    for rank, (key, sv, en) in enumerate(LADDER, start=1):
        node = _u(vocab.ladder_step(key))
        g.add((node, RDF.type, STY.LadderStep))
        g.add((node, RDF.type, SKOS.Concept))
        g.add((node, SKOS.inScheme, scheme))
        g.add((node, SKOS.notation, Literal(key)))
        g.add((node, STY.rank, _int(rank)))
        g.add((node, SKOS.prefLabel, _sv(sv)))
        g.add((node, SKOS.prefLabel, _en(en)))
        if previous is None:
            g.add((node, SKOS.topConceptOf, scheme))
        else:
            g.add((node, SKOS.related, previous))
        previous = node
    return g


#: File name in ``ontology/`` → function building its graph.
GENERATED: dict[str, Callable[[], Graph]] = {
    "crpd.ttl": crpd_graph,
    "municipalities.ttl": municipalities_graph,
    "regions.ttl": regions_graph,
    "national-goal.ttl": national_goal_graph,
    "ladder.ttl": ladder_graph,
}

_HEADER = (
    "# Generated by `python -m miner.graph.reference` from ontology/reference/*.csv and the constants in\n"
    "# miner/graph/reference.py. Do not edit by hand; see ontology/README.md for the sources.\n"
)


def render(name: str) -> str:
    """The Turtle text of one generated file, with IRIs under the default base IRI."""
    with vocab.using_base(vocab.DEFAULT_BASE):
        g = GENERATED[name]()
    return _HEADER + g.serialize(format="turtle")


def write_all(folder: Path = ONTOLOGY_DIR) -> list[Path]:
    """Regenerate every reference TTL in ``folder``; returns the paths written."""
    out = []
    for name in GENERATED:
        path = folder / name
        write_text(path, render(name))
        out.append(path)
    return out


def main(argv: list[str] | None = None) -> int:
    folder = Path(argv[0]) if argv else ONTOLOGY_DIR
    for path in write_all(folder):
        print(path, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

