"""``miner eval extract``: matching rules, scoring on a small gold file, and floors on the real excerpts."""

from __future__ import annotations

import json

from miner.cli import main
from miner.extract.evaluate import (
    PRF,
    actor_keys,
    evaluate,
    load_gold,
    match_pairs,
    token_set_similarity,
)


def test_token_set_similarity_is_dice_on_casefolded_words():
    a = "Alla ska kunna delta i samhällslivet."
    assert token_set_similarity(a, "alla ska kunna delta i samhällslivet") == 1.0
    # one extra word out of seven still matches; half the words do not
    assert token_set_similarity(a, "Alla ska kunna delta i samhällslivet fullt") >= 0.8
    assert token_set_similarity(a, "Alla ska kunna arbeta") < 0.8


def test_matching_is_one_to_one_best_first():
    pred, gold = ["a b c", "a b c d"], ["a b c d"]
    pairs = match_pairs(pred, gold, lambda p, g: token_set_similarity(p, g))
    assert pairs == [(1, 0, 1.0)]


def test_actor_keys_normalise_names_the_same_way_on_both_sides():
    assert actor_keys("Handisam") & actor_keys("Myndigheten för delaktighet")
    assert actor_keys("Sveriges Kommuner och Landsting (SKL)") & actor_keys("SKR")
    assert actor_keys("KFR (kommunala funktionshinderrådet)") & actor_keys("Funktionshinderrådet")
    assert actor_keys("socialnämndens") & actor_keys("Socialnämnden")
    assert not actor_keys("Social- och omsorgsnämnden") & actor_keys("Socialnämnden")


def test_prf():
    p = PRF()
    p.add(3, 1, 2)
    assert (round(p.precision, 2), round(p.recall, 2), round(p.f1, 3)) == (0.75, 0.6, 0.667)


def _gold_file(tmp_path):
    text = ("# Program för delaktighet\n\n## Mål\n\nAlla invånare ska kunna delta i samhällslivet på lika villkor.\n\n"
            "Socialnämnden ska erbjuda fler bostäder med särskild service enligt artikel 19.\n\n"
            "## Bakgrund\n\nKommunen har arbetat med frågan i många år.\n")
    (tmp_path / "program.md").write_text(text, encoding="utf-8")
    gold = {"file": "program.md", "goals": ["Alla invånare ska kunna delta i samhällslivet på lika villkor.",
                                            "Kommunen ska mäta väntetiderna varje år."],
            "actors": [{"name": "Socialnämnden", "kind": "committee", "roles": ["responsible"]}],
            "articles": [19]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_evaluate_small_gold(tmp_path):
    res = evaluate("t", load_gold(_gold_file(tmp_path)), keep_errors=True)
    assert res.documents == 1
    assert (res.goals.tp, res.goals.fp, res.goals.fn) == (1, 1, 1)
    assert (res.actors.tp, res.actors.fp, res.actors.fn) == (1, 0, 0)
    assert res.actor_kind["ok"] == 1
    assert 19 in [19] and res.articles.tp == 1
    assert res.errors[0]["goal_fn"] == ["Kommunen ska mäta väntetiderna varje år."]


def test_eval_command_json(tmp_path, capsys):
    assert main(["eval", "extract", "--gold", str(_gold_file(tmp_path)), "--format", "json"]) == 0
    (result,) = json.loads(capsys.readouterr().out)
    assert result["documents"] == 1
    assert result["goals"]["recall"] == 0.5 and result["actors"]["f1"] == 1.0


def test_real_excerpts_floor(real_openings, real_dir):
    """The opening excerpts of real documents: actors and articles must stay near the measured level
    (actors F1 0.86, articles F1 0.69 when written); goals are annotated sparsely there."""
    res = evaluate("openings", load_gold(real_dir / "real_openings.jsonl"))
    assert res.documents == len(real_openings)
    assert res.actors.f1 >= 0.8
    assert res.goals.recall >= 0.4
