"""IRIs: stable forms, the base IRI setting, and the inverse lookups the store relies on."""

from __future__ import annotations

from miner.graph import vocab


def test_stable_iris_under_default_base() -> None:
    b = "https://w3id.org/styrdok/"
    assert isinstance(vocab.doc("x"), str)  # URIRef; compared as str below (URIRef == str is False in rdflib)
    assert str(vocab.doc("uppsala-plan")) == b + "doc/uppsala-plan"
    assert str(vocab.doc_graph("uppsala-plan")) == b + "graph/uppsala-plan"
    assert str(vocab.goal("uppsala-plan", "g2")) == b + "doc/uppsala-plan/goal/g2"
    assert str(vocab.evidence("uppsala-plan", 7)) == b + "doc/uppsala-plan/evidence/7"
    assert str(vocab.municipality("0380")) == b + "municipality/0380"
    assert str(vocab.region("12")) == b + "region/12"
    assert str(vocab.article(27)) == b + "crpd/article/27"
    assert str(vocab.doctype("guideline")) == b + "doctype/guideline"
    assert str(vocab.actor("0380/socialnamnden")) == b + "actor/0380/socialnamnden"
    assert str(vocab.actor("agency/mfd")) == b + "actor/agency/mfd"
    assert str(vocab.direction(3)) == b + "national-goal/direction/3"
    assert str(vocab.ladder_step("dialog")) == b + "ladder/dialog"


def test_base_iri_is_a_setting(monkeypatch) -> None:
    monkeypatch.setenv("MINER_BASE_IRI", "https://data.example.se/styr")
    assert str(vocab.municipality("1280")) == "https://data.example.se/styr/municipality/1280"
    assert vocab.rebase("https://w3id.org/styrdok/crpd/article/9") == "https://data.example.se/styr/crpd/article/9"
    # the ontology namespace does not move with the data
    assert vocab.rebase(str(vocab.STY.Goal)) == str(vocab.STY.Goal)
    with vocab.using_base(vocab.DEFAULT_BASE):
        assert str(vocab.article(9)) == "https://w3id.org/styrdok/crpd/article/9"


def test_odd_ids_are_encoded_and_recovered() -> None:
    doc_id = "Åtgärdsplan 2024 (utkast)"
    iri = vocab.goal(doc_id, "g1")
    assert " " not in iri and "Å" not in iri
    assert vocab.doc_id_of(iri) == doc_id
    assert vocab.doc_id_of_graph(vocab.doc_graph(doc_id)) == doc_id
    assert vocab.doc_id_of_graph(vocab.reference_graph()) is None


def test_topics_and_ladder_aliases() -> None:
    assert vocab.topic("direction:2") == vocab.direction(2)
    assert vocab.topic("ladder:Medbestämmande") == vocab.ladder_step("medbestammande")
    assert vocab.ladder_step("consultation") == vocab.ladder_step("konsultation")
    # unknown concepts get an IRI naming nothing known, for the shapes to report
    assert vocab.topic("trappa:7").startswith(vocab.base() + "topic/")


def test_slug_and_compact() -> None:
    assert vocab.slug("Kultur- och fritidsnämnden") == "kultur-och-fritidsnamnden"
    assert vocab.compact(str(vocab.STY.Goal)) == "sty:Goal"
    assert vocab.compact(vocab.article(30)) == "data:crpd/article/30"
    assert vocab.is_shared_entity(vocab.actor("0380/socialnamnden"))
    assert not vocab.is_shared_entity(vocab.goal("x", "g1"))
