"""The bundled sample corpus: reproducible from its generator, gold well-formed and true to the PDFs."""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest

from miner.config import PROJECT_ROOT, REFERENCE_DIR, SAMPLE_CORPUS

if str(PROJECT_ROOT) not in sys.path:  # the generator lives beside the package, not in it
    sys.path.insert(0, str(PROJECT_ROOT))

from corpus.generator import BUNDLED_WITH, DOCUMENTS
from corpus.generator.gold import iter_goals, source_text
from corpus.generator.render import Renderer

LABELS = {"strategy", "programme", "plan", "policy", "guideline", "other"}
LEVELS = {"overall", "subgoal", "action"}
KINDS = {"municipality", "region", "committee", "department", "company", "council", "agency",
         "civil-society", "role"}
ROLES = {"adopting", "responsible", "consulted", "owner", "follows-up", "mentioned"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    path = SAMPLE_CORPUS / "gold.jsonl"
    if not path.exists():
        pytest.skip("sample corpus not generated")
    return _jsonl(path)


@pytest.fixture(scope="module")
def layout() -> dict[str, dict]:
    return {r["file"]: r for r in _jsonl(SAMPLE_CORPUS / "layout.jsonl")}


@cache
def _page_texts(file: str) -> tuple[str, ...]:
    """Text of each page in content-stream order (pypdfium2), which keeps table cells whole."""
    pdf = pdfium.PdfDocument(str(SAMPLE_CORPUS / file))
    try:
        return tuple(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


# ------------------------------------------------------------------ reproducibility


def test_regenerating_reproduces_pdfs_and_gold_byte_for_byte(tmp_path: Path) -> None:
    import PIL
    import reportlab

    if (reportlab.Version, PIL.__version__) != (BUNDLED_WITH["reportlab"], BUNDLED_WITH["Pillow"]):
        pytest.skip(f"bundle rendered with {BUNDLED_WITH}; byte equality only holds with those versions")
    picks = ["kiruna_other_protokollsutdrag", "malmo_plan_handlingsplan", "orebro_program"]
    env = {**os.environ, "PYTHONHASHSEED": "7"}  # a different hash seed must not change a byte
    subprocess.run([sys.executable, "-m", "corpus.generator", "--out", str(tmp_path), "--only", *picks],
                   cwd=PROJECT_ROOT, check=True, capture_output=True, env=env)
    made = sorted(p.name for p in tmp_path.glob("*.pdf"))
    assert len(made) == 3
    for name in made:
        assert (tmp_path / name).read_bytes() == (SAMPLE_CORPUS / name).read_bytes(), name
    for jl in ("gold.jsonl", "layout.jsonl"):
        bundled = {r["file"]: r for r in _jsonl(SAMPLE_CORPUS / jl)}
        for row in _jsonl(tmp_path / jl):
            assert row == bundled[row["file"]], (jl, row["file"])


def test_rendering_twice_gives_identical_bytes(tmp_path: Path) -> None:
    doc = next(d for d in DOCUMENTS if d.file.startswith("sundsvall_policy"))
    Renderer(doc).render(str(tmp_path / "a.pdf"))
    Renderer(doc).render(str(tmp_path / "b.pdf"))
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


def test_generator_and_bundled_gold_list_the_same_documents(gold: list[dict]) -> None:
    assert [d.file for d in DOCUMENTS] == [g["file"] for g in gold]
    assert {g["file"] for g in gold} == {p.name for p in SAMPLE_CORPUS.glob("*.pdf")}


# ------------------------------------------------------------------------- gold


def test_gold_records_are_well_formed(gold: list[dict]) -> None:
    with open(REFERENCE_DIR / "municipalities.csv", encoding="utf-8") as fh:
        kommuner = {r["kommunkod"]: r["kommun"] for r in csv.DictReader(fh)}
    with open(REFERENCE_DIR / "regions.csv", encoding="utf-8") as fh:
        regions = {r["lanskod"]: r["region"] for r in csv.DictReader(fh)}
    for g in gold:
        f = g["file"]
        assert g["doc_type"] in LABELS, f
        assert g["stated_type"] and g["title"], f
        if len(g["kommunkod"]) == 4:
            assert g["kommunkod"] in kommuner, f
            assert g["organisation"].startswith(kommuner[g["kommunkod"]]), f
        else:
            assert regions[g["kommunkod"]] == g["organisation"], f
        assert g["adopted_date"] is None or ISO.match(g["adopted_date"]), f
        assert g["articles"] == sorted(set(g["articles"])) and all(1 <= a <= 50 for a in g["articles"]), f
        assert [d["text"] for d in g["goal_details"]] == g["goals"], f
        names = {a["name"] for a in g["actors"]}
        for a in g["actors"]:
            assert a["kind"] in KINDS and a["roles"] and set(a["roles"]) <= ROLES, (f, a)
        for d in g["goal_details"]:
            assert d["level"] in LEVELS, (f, d["text"])
            assert d["parent"] is None or d["parent"] in g["goals"], (f, d["text"])
            assert set(d["responsible"]) <= names, (f, d["responsible"])
            assert set(d["articles"]) <= set(g["articles"]), (f, d["text"])


def test_every_goal_is_verbatim_in_the_document_source(gold: list[dict]) -> None:
    docs = {d.file: d for d in DOCUMENTS}
    for g in gold:
        src = _ws(source_text(docs[g["file"]]))
        for goal in g["goals"]:
            assert _ws(goal) in src, (g["file"], goal)


def test_every_goal_is_in_the_pdf_text_on_its_page(gold: list[dict]) -> None:
    for g in gold:
        pages = _page_texts(g["file"])
        for d in g["goal_details"]:
            # a goal may run on over a page break: its page and the next hold it together
            here = _key("".join(pages[d["page"] - 1 : d["page"] + 1]))
            assert _key(d["text"])[:40] in here, (g["file"], d["page"], d["text"])


def test_actor_names_or_their_variants_occur_in_the_text(gold: list[dict]) -> None:
    docs = {d.file: d for d in DOCUMENTS}
    for g in gold:
        doc = docs[g["file"]]
        src = source_text(doc).casefold()
        for actor in doc.actors:
            forms = (actor.name, *actor.aliases)
            assert any(f.casefold() in src for f in forms), (g["file"], actor.name)


_ART = re.compile(r"\b(?:[Aa]rtikel|[Aa]rtiklarna|[Aa]rt\.)\s+((?:\d+(?:\.\d+)?(?:\s*(?:[,–-]|och)\s*)?)+)")


def _numbers(span: str) -> set[int]:
    out: set[int] = set()
    for a, b in re.findall(r"(\d+)(?:\.\d+)?(?:\s*–\s*(\d+))?", span):
        out |= set(range(int(a), int(b or a) + 1))
    return out


def test_explicit_article_mentions_are_in_the_gold_and_traps_are_not_followed() -> None:
    for doc in DOCUMENTS:
        src = source_text(doc)
        named: set[int] = set()
        for m in _ART.finditer(src):
            if re.match(r"\s*i\s+(?:barnkonventionen|webbtill)", src[m.end():]):
                continue
            named |= _numbers(m.group(1))
        gold_articles = set(doc.articles) | {a for p in _goals(doc) for a in p.articles}
        assert named <= gold_articles, (doc.file, named - gold_articles)
    # the traps themselves are there, so the check above is not vacuous
    every = "\n".join(source_text(d) for d in DOCUMENTS)
    for trap in ("artikel 12 i barnkonventionen", "LSS 9 §", "5 kap. 1 § socialtjänstlagen",
                 "artikel 7 i webbtillgänglighetsdirektivet", "Regel 5"):
        assert trap in every, trap


def _goals(doc):
    return [p.goal for p in iter_goals(doc)]


# ----------------------------------------------------------------------- layout


def test_pdfs_open_and_page_counts_match_layout(layout: dict[str, dict]) -> None:
    for file, lay in layout.items():
        with pdfplumber.open(SAMPLE_CORPUS / file) as pdf:
            assert len(pdf.pages) == lay["pages"], file
            for n in lay["image_only_pages"]:
                page = pdf.pages[n - 1]
                assert page.chars == [] and page.images, (file, n)
                assert pdf.pages[0].chars, file  # the document around it does have a text layer


def test_headings_furniture_and_tables_are_where_layout_says(layout: dict[str, dict]) -> None:
    for file, lay in layout.items():
        pages = _page_texts(file)
        keys = [_key(t) for t in pages]
        for h in lay["headings"]:
            assert _key(h["text"]) in keys[h["page"] - 1], (file, h)
        if lay["running_header"]:
            for n in lay["header_pages"]:
                assert _key(lay["running_header"]) in keys[n - 1], (file, n)
        for n in lay["footer_pages"]:
            footer = lay["footer_pattern"].format(n=n, m=lay["pages"])
            assert _ws(footer) in _ws(pages[n - 1]), (file, n, footer)
        for t in lay["tables"]:
            for n in t["pages"] if t["header_repeated"] else t["pages"][:1]:
                assert _key("".join(t["header"])) in keys[n - 1], (file, n, t["header"])
        for n in lay["toc_pages"]:
            assert re.search(r"\. \. \. \.", pages[n - 1]), (file, n)


def test_hyphenated_words_are_split_at_a_line_end(layout: dict[str, dict]) -> None:
    for file, lay in layout.items():
        if not lay["hyphenated"]:
            continue
        text = "\n".join(_page_texts(file))
        # PDFium reports a hyphen at a line end as U+FFFE and drops the line break
        splits = {(a + b).casefold() for a, b in re.findall(r"(\w+)(?:-\r?\n|\ufffe)(\w+)", text)}
        for word in lay["hyphenated"]:
            assert any(word.casefold().startswith(s) or s.startswith(word.casefold()) for s in splits), \
                (file, word)


# -------------------------------------------------------------------- composition


def test_corpus_covers_what_the_pipeline_is_developed_against(gold: list[dict], layout: dict[str, dict]) -> None:
    assert len(gold) >= 18
    assert {g["doc_type"] for g in gold} == LABELS
    municipalities = {g["kommunkod"] for g in gold if len(g["kommunkod"]) == 4}
    assert len(municipalities) >= 9 and any(len(g["kommunkod"]) == 2 for g in gold)
    assert sum(g["disability_policy"] for g in gold) >= 11
    assert all(3 <= lay["pages"] <= 14 for lay in layout.values())
    assert sum(len(lay["image_only_pages"]) for lay in layout.values()) == 1
    assert sum(bool(lay["two_column_pages"]) for lay in layout.values()) >= 2
    assert sum(bool(lay["landscape_pages"]) for lay in layout.values()) >= 1
    assert sum(bool(lay["hyphenated"]) for lay in layout.values()) >= 3
    spanning = [t for lay in layout.values() for t in lay["tables"] if len(t["pages"]) >= 2]
    assert len({tuple(t["header"]) for t in spanning}) >= 3
    assert len({lay["footer_pattern"] for lay in layout.values()}) >= 5
