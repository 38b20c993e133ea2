"""The parser against the sample corpus's layout and metadata gold, and on the real PDF."""

from __future__ import annotations

import re

import pytest

from miner.parse import parse_path
from miner.parse.evaluate import evaluate


@pytest.fixture(scope="module")
def report(sample_gold):
    return evaluate()


def test_headings_tables_and_pages_are_not_lost(report) -> None:
    layout = report["layout"]
    assert layout["heading_recall"] >= 0.97
    assert layout["heading_precision"] >= 0.9
    assert layout["heading_level_accuracy"] >= 0.9
    assert layout["table_recall"] >= 0.95
    assert layout["image_only_pages"] == 1.0
    assert layout["two_column_pages"] == 1.0
    assert layout["hyphenation_joined"] >= 0.95
    assert report["running_leaks"] <= 1


@pytest.mark.parametrize(("field", "minimum"), [("title", 0.9), ("kommunkod", 1.0), ("adopted_by", 0.9),
                                                ("adopted_date", 0.95), ("diarienummer", 0.95)])
def test_metadata_accuracy_per_field(report, field: str, minimum: float) -> None:
    assert report["metadata"][field] >= minimum, [e for e in report["metadata_errors"] if f": {field} =" in e]


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def test_every_gold_goal_is_found_on_its_page(sample_dir, sample_gold) -> None:
    """Page anchors: each goal's text is in the clean text, and its offset maps to the page it is printed on."""
    checked = 0
    for gold in sample_gold:
        doc = parse_path(sample_dir / gold["file"])
        flat = _norm(doc.text)
        # Map offsets of the whitespace-normalised text back to the clean text.
        index = [i for i, ch in enumerate(doc.text) if not (ch.isspace() and i and doc.text[i - 1].isspace())]
        for detail in gold.get("goal_details", []):
            at = flat.find(_norm(detail["text"]))
            assert at >= 0, f"{gold['file']}: goal not in text: {detail['text'][:60]}"
            if detail.get("page"):
                assert doc.page_at(index[at]) == detail["page"], f"{gold['file']}: {detail['text'][:60]}"
                checked += 1
    assert checked > 100


@pytest.mark.real
def test_real_pdf(real_dir) -> None:
    doc = parse_path(real_dir / "sundsvall_strategi_tillvaxtstrategi_2025.pdf")
    assert len(doc.pages) == 18
    assert doc.metadata.kommunkod.value == "2281"
    assert doc.metadata.diarienummer.value == "KS-2025-00512"
    assert not re.search(r"Sida \d+ av 17", doc.text)
    assert [p.label for p in doc.pages[1:4]] == ["Sida 1 av 17", "Sida 2 av 17", "Sida 3 av 17"]
    heads = {doc.text[b.start:b.end]: b.level for b in doc.headings()}
    assert heads["4. Fyra prioriterade områden"] == 1 and heads["4.1. Omvärld"] == 2
    # A sentence broken by a page break is one block, and each part keeps its page.
    at = doc.text.index("göra en gemensam förflyttning")
    assert doc.page_at(at) == 6 and doc.text[at - 7:at] == "kan vi "
