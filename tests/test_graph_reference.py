"""The ontology and reference RDF: generated files up to date, facts as expected, doc types agree with vocab."""

from __future__ import annotations

import rdflib
from rdflib.namespace import ORG, RDF, SKOS

from miner.config import ONTOLOGY_DIR
from miner.graph import reference, vocab
from miner.graph.vocab import STY
from miner.model import DOC_LABELS


def test_generated_files_are_committed_and_current() -> None:
    for name in reference.GENERATED:
        assert (ONTOLOGY_DIR / name).read_text(encoding="utf-8") == reference.render(name), (
            f"ontology/{name} is stale: run python -m miner.graph.reference")


def test_reference_facts() -> None:
    crpd = rdflib.Graph().parse(ONTOLOGY_DIR / "crpd.ttl")
    assert len(set(crpd.subjects(RDF.type, STY.ConventionArticle))) == 50
    art27 = rdflib.URIRef(vocab.DEFAULT_BASE + "crpd/article/27")
    labels = {(str(lbl), lbl.language) for lbl in crpd.objects(art27, SKOS.prefLabel)}
    assert ("Arbete och sysselsättning", "sv") in labels and ("Work and employment", "en") in labels
    substantive = rdflib.URIRef(vocab.DEFAULT_BASE + "crpd/substantive")
    assert len(set(crpd.objects(substantive, SKOS.member))) == 33

    mun = rdflib.Graph().parse(ONTOLOGY_DIR / "municipalities.ttl")
    assert len(set(mun.subjects(RDF.type, STY.Municipality))) == 290
    uppsala = rdflib.URIRef(vocab.DEFAULT_BASE + "municipality/0380")
    assert str(mun.value(uppsala, SKOS.prefLabel)) == "Uppsala kommun"
    assert str(mun.value(uppsala, STY.county)) == "Uppsala län"
    group = mun.value(uppsala, ORG.classification)
    assert str(mun.value(group, SKOS.notation)) == "B3"
    assert str(mun.value(rdflib.URIRef(vocab.DEFAULT_BASE + "municipality/1280"), SKOS.prefLabel)) == "Malmö stad"

    regions = rdflib.Graph().parse(ONTOLOGY_DIR / "regions.ttl")
    assert len(set(regions.subjects(RDF.type, STY.Region))) == 21

    goal = rdflib.Graph().parse(ONTOLOGY_DIR / "national-goal.ttl")
    assert len(set(goal.subjects(RDF.type, STY.NationalDirection))) == 4
    ladder = rdflib.Graph().parse(ONTOLOGY_DIR / "ladder.ttl")
    ranks = {str(ladder.value(s, SKOS.notation)): int(ladder.value(s, STY.rank))
             for s in ladder.subjects(RDF.type, STY.LadderStep)}
    assert ranks == {"information": 1, "konsultation": 2, "dialog": 3, "inflytande": 4, "medbestammande": 5}


def test_core_ontology_doc_types_match_vocab() -> None:
    core = rdflib.Graph().parse(ONTOLOGY_DIR / "core.ttl")
    with vocab.using_base(vocab.DEFAULT_BASE):
        expected = {rdflib.URIRef(vocab.doctype(label)) for label in DOC_LABELS}
    assert set(core.subjects(RDF.type, STY.DocumentType)) == expected
    plan = rdflib.URIRef(vocab.DEFAULT_BASE + "doctype/plan")
    assert rdflib.Literal("handlingsplan", lang="sv") in set(core.objects(plan, SKOS.altLabel))
    # every ontology term build.py uses is declared in core.ttl
    declared = set(core.subjects())
    for term in ("PolicyDocument", "Goal", "Evidence", "ArticleLink", "TopicLink", "Responsibility", "Involvement",
                 "TypeClassification", "MetadataField", "Committee", "Council", "Role", "confidence", "explicit",
                 "page", "level", "responsibleActor", "involves", "articleLink", "sourceHash", "kind"):
        assert STY[term] in declared, term


def test_shapes_and_dataset_parse() -> None:
    assert len(rdflib.Graph().parse(ONTOLOGY_DIR / "shapes.ttl")) > 100
    ds = rdflib.Graph().parse(ONTOLOGY_DIR / "dataset.ttl")
    assert (rdflib.URIRef(vocab.DEFAULT_BASE + "dataset"), RDF.type, vocab.VOID.Dataset) in ds
