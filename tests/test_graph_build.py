"""Analysis → quads: one named graph per document, plain triples plus qualified links with evidence."""

from __future__ import annotations

import pyoxigraph as ox

from miner.graph import vocab
from miner.graph.build import analysis_quads, date_literal, year_of
from miner.graph.examples import uppsala_programme
from miner.graph.vocab import DCTERMS, ELI, OA, PROV, STY


def _store(quads: list[ox.Quad]) -> ox.Store:
    s = ox.Store()
    s.extend(quads)
    return s


def _ask(store: ox.Store, body: str) -> bool:
    return bool(store.query(vocab.sparql_prologue() + f"ASK {{ {body} }}", use_default_graph_as_union=True))


def test_every_quad_is_in_the_documents_graph_and_build_is_deterministic() -> None:
    a = uppsala_programme()
    quads = analysis_quads(a)
    graph = ox.NamedNode(vocab.doc_graph(a.document.id))
    assert quads and all(q.graph_name == graph for q in quads)
    assert len(quads) == len(set(quads))
    assert [str(q) for q in quads] == [str(q) for q in analysis_quads(uppsala_programme())]


def test_socialnamnden_goal_with_article_19_and_evidence_on_page_4() -> None:
    a = uppsala_programme()
    s = _store(analysis_quads(a))
    goal = vocab.goal(a.document.id, "g2")
    actor = vocab.actor("0380/socialnamnden")
    art = vocab.article(19)
    # the plain triples, for simple questions
    assert _ask(s, f"<{goal}> sty:responsibleActor <{actor}> ; dcterms:subject <{art}> ; sty:level sty:subGoal ; "
                   f"sty:parentGoal <{vocab.goal(a.document.id, 'g1')}> ; dcterms:isPartOf <{vocab.doc(a.document.id)}>")
    # the qualified forms, each pointing to evidence on page 4
    assert _ask(s, f"<{goal}> sty:responsibility ?r . ?r a sty:Responsibility ; sty:actor <{actor}> ; "
                   "prov:wasDerivedFrom ?e . ?e sty:page 4")
    assert _ask(s, f"<{goal}> sty:articleLink ?l . ?l sty:article <{art}> ; sty:confidence ?c ; sty:explicit false ; "
                   "prov:wasDerivedFrom/sty:page 4")
    # the evidence is a Web Annotation selecting the goal's text
    g2 = next(g for g in a.goals if g.id == "g2")
    rows = list(s.query(vocab.sparql_prologue() + f"""
        SELECT ?quote ?start ?end ?fragment ?agent WHERE {{
          <{goal}> prov:wasDerivedFrom ?e .
          ?e a oa:Annotation ; oa:hasBody <{goal}> ; oa:hasTarget ?t ; prov:wasAttributedTo/rdfs:label ?agent .
          ?t oa:hasSource <{vocab.doc(a.document.id)}> ; oa:hasSelector ?q , ?p , ?f .
          ?q oa:exact ?quote . ?p oa:start ?start ; oa:end ?end . ?f rdf:value ?fragment }}""",
        use_default_graph_as_union=True))
    assert len(rows) == 1
    quote, start, end, fragment, agent = (rows[0][i].value for i in range(5))
    assert quote == g2.text == a.document.text[int(start):int(end)]
    assert fragment == "page=4" and agent == "rule:goal-heading"


def test_document_metadata_and_links() -> None:
    a = uppsala_programme()
    s = _store(analysis_quads(a))
    d = vocab.doc(a.document.id)
    assert _ask(s, f'<{d}> a sty:PolicyDocument ; eli:type_document <{vocab.doctype("programme")}> ; '
                   f'dcterms:publisher <{vocab.municipality("0380")}> ; eli:date_document "2021-03-29"^^xsd:date ; '
                   f'sty:adoptedYear 2021 ; eli:id_local "KSN-2020-01234" ; dcterms:valid "2021–2025" ; '
                   f'eli:passed_by <{vocab.actor("0380/kommunfullmaktige")}> ; sty:pageCount 5')
    # explicit article references become eli:cites too; inferred ones only eli:is_about
    assert _ask(s, f"<{d}> eli:cites <{vocab.article(19)}> ; eli:is_about <{vocab.article(9)}>")
    assert not _ask(s, f"<{d}> eli:cites <{vocab.article(9)}>")
    assert _ask(s, f"<{d}> eli:is_about <{vocab.direction(2)}> , <{vocab.ladder_step('dialog')}>")
    # the classification is qualified with confidence, method and evidence
    assert _ask(s, f'<{d}> sty:classification ?c . ?c sty:confidence 0.92 ; sty:method "rule+model" ; '
                   'prov:wasDerivedFrom/oa:hasTarget ?t')
    # metadata read from the text points to its span; inferred metadata says so
    assert _ask(s, f'<{d}> sty:metadataField ?f . ?f sty:field "diarienummer" ; prov:wasDerivedFrom/sty:page 1')
    assert _ask(s, f'<{d}> sty:metadataField ?f . ?f sty:field "kommunkod" ; sty:inferred true')
    # actors: kind, municipality, roles in this document
    council = vocab.actor("0380/kommunala-funktionsrattsradet")
    assert _ask(s, f'<{council}> a sty:Council ; sty:kind "council" ; sty:municipality <{vocab.municipality("0380")}>')
    assert _ask(s, f"<{d}> sty:involvement ?i . ?i sty:actor <{council}> ; sty:role sty:consulted ; "
                   "prov:wasDerivedFrom ?e")
    assert _ask(s, f'<{vocab.actor("agency/mfd")}> a sty:Agency ; skos:prefLabel "Myndigheten för delaktighet"@sv')


def test_terms_used_are_the_ontologys() -> None:
    preds = {q.predicate.value for q in analysis_quads(uppsala_programme())}
    assert str(ELI.is_about) in preds and str(OA.hasTarget) in preds and str(PROV.wasDerivedFrom) in preds
    assert str(DCTERMS.isPartOf) in preds and str(STY.articleLink) in preds


def test_dates_and_years() -> None:
    assert date_literal("2021-03-29").datatype.value.endswith("#date")
    assert date_literal("2021-02").datatype.value.endswith("#gYearMonth")
    assert date_literal("2027").datatype.value.endswith("#gYear")
    assert date_literal("2021-02-30") is None
    assert date_literal("tills vidare") is None
    assert year_of("2024–2027") == 2027
    assert year_of("senast år 2030") == 2030
    assert year_of("tills vidare") is None
