"""Ranking of comparable examples on small hand-made documents: text, structure, group bonus, filters."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from miner.errors import UsageError
from miner.similar import WEIGHTS, Filters, load_index, search, update_index
from miner.similar.rank import query_articles
from miner.similar.synthetic import example_corpus

EMPLOYMENT = "program för arbete och sysselsättning för personer med funktionsnedsättning"


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("similar")
    update_index(out, example_corpus(), [])
    return out


def ids(hits) -> list[str]:
    return [h.doc_id for h in hits]


def test_weights_are_one_place_and_sum_to_one() -> None:
    assert set(WEIGHTS) == {"text", "articles", "group", "actors", "type", "direction"}
    assert sum(WEIGHTS.values()) == pytest.approx(1.0)
    assert WEIGHTS["text"] == max(WEIGHTS.values())


def test_work_programme_ranks_above_culture_plan_for_employment(out: Path) -> None:
    hits = search(out, text=EMPLOYMENT, k=6, municipality="Mellerud")
    order = ids(hits)
    assert order[0] == "amal-program-arbete-2024"  # on topic, article 27, and C7 like Mellerud
    assert order.index("amal-program-arbete-2024") < order.index("vara-plan-kultur-2023")
    top = hits[0]
    assert max(h.why.components["text"] for h in hits) == pytest.approx(1.0)  # the best text match is scaled to 1
    assert top.why.components["text"] > 0.9
    assert 27 in top.why.shared_articles  # "sysselsättning" implies article 27
    assert top.why.municipality.same_group is True and top.why.municipality.reference == "Mellerud"


def test_same_kommungrupp_decides_between_equal_texts(out: Path) -> None:
    # The two work programmes differ only in municipality (Åmål C7, Uppsala B3) and a few words.
    c7 = ids(search(out, text=EMPLOYMENT, k=2, municipality="Mellerud"))  # C7, like Åmål
    b3 = ids(search(out, text=EMPLOYMENT, k=2, municipality="Gävle"))  # B3, like Uppsala
    assert c7 == ["amal-program-arbete-2024", "uppsala-program-arbete-2022"]
    assert b3 == ["uppsala-program-arbete-2022", "amal-program-arbete-2024"]
    without = search(out, text=EMPLOYMENT, k=6)
    assert "group" not in without[0].why.components  # no reference municipality: the component is inactive
    assert without[0].why.municipality.same_group is None


def test_group_component_values(out: Path) -> None:
    hits = {h.doc_id: h for h in search(out, text=EMPLOYMENT, k=6, municipality="Bengtsfors")}  # C8
    assert hits["amal-program-arbete-2024"].why.components["group"] == 0.5  # same main group, other group
    assert hits["malmo-plan-bostad-2021"].why.components["group"] == 0.0
    assert hits["regionskane-plan-halsa-2024"].why.components["group"] == 0.0  # a region has no SKR group


def test_score_is_the_weighted_mean_of_active_components(out: Path) -> None:
    for h in search(out, text=EMPLOYMENT, k=6, municipality="Mellerud"):
        w = h.why.weights
        expected = sum(w[n] * h.why.components[n] for n in w) / sum(w.values())
        assert h.score == pytest.approx(expected, abs=1e-3)
        assert set(w) == set(h.why.components)


def test_document_query_excludes_itself_and_uses_structure(out: Path) -> None:
    hits = search(out, doc="amal-program-arbete-2024", k=5)
    assert "amal-program-arbete-2024" not in ids(hits)
    assert hits[0].doc_id == "uppsala-program-arbete-2022"
    why = hits[0].why
    assert why.shared_articles == [4, 27]
    assert "agency" in why.shared_actor_kinds and "committee" in why.shared_actor_kinds
    assert why.components["type"] == 1.0 and why.components["direction"] == 1.0
    assert not {"åmål", "uppsala", "kommun uppsala"} & set(why.key_terms)  # place names are not topic words


def test_filters_combine(out: Path) -> None:
    assert ids(search(out, text=EMPLOYMENT, filters=Filters(doc_types=("programme",), groups=("C7",)))) == [
        "amal-program-arbete-2024"]
    assert ids(search(out, text=EMPLOYMENT, filters=Filters(articles=(30,)))) == ["vara-plan-kultur-2023"]
    assert ids(search(out, text=EMPLOYMENT, filters=Filters(counties=("Norrbottens län",)))) == [
        "kiruna-riktlinje-information-2023"]
    assert set(ids(search(out, text=EMPLOYMENT, filters=Filters(like_municipality="Mellerud")))) == {
        "amal-program-arbete-2024", "vara-plan-kultur-2023"}
    assert set(ids(search(out, text=EMPLOYMENT, filters=Filters(year_from=2023, year_to=2024)))) == {
        "amal-program-arbete-2024", "vara-plan-kultur-2023", "kiruna-riktlinje-information-2023",
        "regionskane-plan-halsa-2024"}
    assert set(ids(search(out, text=EMPLOYMENT, filters=Filters(adopted_by=("kommunfullmäktige",))))) == {
        "amal-program-arbete-2024", "uppsala-program-arbete-2022", "malmo-plan-bostad-2021"}
    assert ids(search(out, text=EMPLOYMENT, filters=Filters(direction=3, doc_types=("plan",)))) == [
        "vara-plan-kultur-2023"]
    assert search(out, text=EMPLOYMENT, filters=Filters(groups=("C7",), like_municipality="Uppsala")) == []
    # Swedish type words and group names work too
    assert ids(search(out, text=EMPLOYMENT, filters=Filters(doc_types=("riktlinjer",)))) == [
        "kiruna-riktlinje-information-2023"]
    assert set(ids(search(out, text=EMPLOYMENT, filters=Filters(groups=("Storstäder",))))) == {"malmo-plan-bostad-2021"}


@pytest.mark.parametrize("filters, message", [
    (Filters(counties=("Atlantis län",)), "unknown county"),
    (Filters(groups=("Z9",)), "unknown kommungrupp"),
    (Filters(like_municipality="Gotham"), "unknown municipality"),
    (Filters(articles=(60,)), "1-50"),
    (Filters(doc_types=("roman",)), "unknown document type"),
    (Filters(year_from=2025, year_to=2020), "after"),
])
def test_bad_filters_are_usage_errors(out: Path, filters: Filters, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        search(out, text=EMPLOYMENT, filters=filters)


def test_goal_level_text_query(out: Path) -> None:
    hits = search(out, text="Alla verksamheter ska ha tillgänglig information", level="goal", k=3)
    top = hits[0]
    assert top.level == "goal" and top.doc_id == "kiruna-riktlinje-information-2023"
    assert top.goal.id == "kiruna-riktlinje-information-2023#g1"
    assert top.goal.text == "Alla verksamheter ska ha tillgänglig information om sina tjänster."
    assert top.goal.level == "subgoal" and top.goal.page == 1
    assert top.municipality["name"] == "Kiruna" and top.municipality["group_code"] == "C6"


def test_goal_query_returns_goals_of_other_documents(out: Path) -> None:
    hits = search(out, goal="amal-program-arbete-2024#g1", level="goal", k=3)
    assert all(h.doc_id != "amal-program-arbete-2024" for h in hits)
    assert hits[0].goal.id == "uppsala-program-arbete-2022#g1"
    assert hits[0].why.components["type"] == 1.0  # same goal level


def test_query_articles_named_and_implied() -> None:
    assert query_articles("program enligt artikel 27", ["program", "enligt"]) == {27: 1.0}
    assert query_articles("artiklarna 9 och 21", []) == {9: 1.0, 21: 1.0}
    assert query_articles("arbete och sysselsättning", ["arbete", "sysselsättning"]) == {27: 0.8}
    assert query_articles("sysselsättning", ["sysselsättning"]) == {}  # one topic word is not enough
    assert query_articles("kultur", ["kultur"]).get(27) is None


def test_bad_queries(out: Path) -> None:
    with pytest.raises(UsageError, match="exactly one"):
        search(out, text="arbete", doc="amal-program-arbete-2024")
    with pytest.raises(UsageError, match="unknown document"):
        search(out, doc="no-such-doc")
    with pytest.raises(UsageError, match="unknown goal"):
        search(out, goal="amal-program-arbete-2024#g99")
    with pytest.raises(UsageError, match="k must"):
        search(out, text="arbete", k=0)


def test_index_arrays_line_up(out: Path) -> None:
    index = load_index(out)
    assert index.doc_text.shape[0] == len(index.docs) == 6
    assert index.goal_text.shape[0] == len(index.goals) == 11
    assert np.all(index.doc_pass[:, 0] <= index.doc_pass[:, 1])
    assert index.doc_pass[-1, 1] == len(index.passages)
