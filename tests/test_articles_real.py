"""Article figures on the real documents in ../shared/corpus-real (measured at run time; nothing copied)."""

from __future__ import annotations

import pytest

from miner.extract.articles import evaluate_articles, real_items

pytestmark = [pytest.mark.real, pytest.mark.slow]


@pytest.fixture(scope="module")
def items(real_dir):
    return real_items(real_dir)


def test_real_documents(items):
    result = evaluate_articles(items["documents"])
    print("real documents", result["articles"])
    assert result["articles"]["f1"] >= 0.75


def test_real_openings(items):
    result = evaluate_articles(items["openings"])
    print("real openings", result["articles"], result.get("explicit"))
    assert result["articles"]["f1"] >= 0.68
    assert result["explicit"]["fp"] <= 2  # the excerpts name no article by number
