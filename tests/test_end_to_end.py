"""End to end: ``miner build`` on the bundled sample PDFs, then the graph checked with SPARQL.

The sample corpus is built once per session by the real CLI (the ``built_sample``
fixture); every test here reads that output the way a researcher would.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest

from miner import Corpus
from miner.graph import GraphStore
from miner.pipeline import build, slugify


def miner(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "miner", *args], capture_output=True, text=True)


def _gold_by_id(sample_gold: list[dict]) -> dict[str, dict]:
    return {slugify(Path(g["file"]).stem): g for g in sample_gold}


def test_every_sample_document_is_built(built_sample: Path, sample_gold) -> None:
    with open(built_sample / "report.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(sample_gold) == 21
    assert {r["status"] for r in rows} == {"ok"}
    assert all(int(r["pages"]) >= 3 and int(r["goals"]) >= 1 for r in rows if "other" not in r["source"])
    for name in ("graph.trig", "graph.nq", "graph.ttl", "manifest.json"):
        assert (built_sample / name).stat().st_size > 0


def test_graph_conforms_to_the_shapes(built_sample: Path) -> None:
    proc = miner("validate", "--out", str(built_sample))
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_documents_by_type_match_the_gold(built_sample: Path, sample_gold) -> None:
    gold = _gold_by_id(sample_gold)
    rows = Corpus(built_sample).run("documents-by-type").rows
    got = {r["doc"].rsplit("/", 1)[1]: r["type"] for r in rows}
    assert got == {doc_id: g["doc_type"] for doc_id, g in gold.items()}


def test_headline_question_culture_and_leisure_committee_article_30(built_sample: Path) -> None:
    """Which municipalities' programmes commit the culture and leisure committee to CRPD article 30?"""
    proc = miner("query", "--out", str(built_sample), "culture-leisure-article-30", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    bindings = json.loads(proc.stdout)["results"]["bindings"]
    municipalities = {b["municipality"]["value"] for b in bindings}
    # The sample gold: Gävle, Norrköping and Örebro programmes give Kultur- och fritidsnämnden article-30 goals.
    assert municipalities == {"Gävle kommun", "Norrköpings kommun", "Örebro kommun"}
    for b in bindings:
        assert b["committee"]["value"] == "Kultur- och fritidsnämnden"
        assert int(b["page"]["value"]) >= 1 and b["quote"]["value"]


def test_municipalities_never_addressing_article_27(built_sample: Path, sample_gold) -> None:
    gold_articles: dict[str, set[int]] = {}
    for g in sample_gold:
        gold_articles.setdefault(g["kommunkod"], set()).update(g["articles"])
    never = {k for k, arts in gold_articles.items() if 27 not in arts}
    rows = Corpus(built_sample).run("never-article-27").rows
    got = {r["kommunkod"] for r in rows}
    assert got <= never and "0127" in got  # no municipality that does address work is listed


def test_adopted_by_kommunfullmaktige_after_2020(built_sample: Path, sample_gold) -> None:
    rows = Corpus(built_sample).run("adopted-by-kf-after-2020").rows
    got = {r["doc"].rsplit("/", 1)[1] for r in rows}
    gold = {doc_id for doc_id, g in _gold_by_id(sample_gold).items()
            if g.get("adopted_by") == "Kommunfullmäktige" and (g.get("adopted_date") or "") > "2020-12-31"}
    assert got == gold


def test_goal_provenance_leads_to_the_page_and_quote_in_the_pdf(built_sample: Path, sample_dir: Path) -> None:
    """Follow one goal's evidence from the graph back to the PDF page, read independently with pdfplumber."""
    corpus = Corpus(built_sample)
    rows = corpus.query("""
        PREFIX sty: <https://w3id.org/styrdok/ontology#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?goal ?text WHERE {
          ?goal a sty:Goal ; dcterms:description ?text ; dcterms:isPartOf ?doc .
          FILTER(CONTAINS(STR(?doc), "kiruna-plan-delaktighet-2023"))
          FILTER(CONTAINS(?text, "ledsagare"))
        } LIMIT 1""").rows
    assert rows, "no goal about ledsagare in Kiruna's plan"
    prov = corpus.provenance(rows[0]["goal"])
    assert prov, "no provenance for the goal"
    ev = prov[0] if isinstance(prov, list) else prov
    page, quote = int(ev["page"]), ev["quote"]
    start, end = int(ev["start"]), int(ev["end"])
    assert end - start == len(quote)
    with pdfplumber.open(sample_dir / "kiruna_plan_delaktighet_2023.pdf") as pdf:
        page_words = {w["text"].strip(",.;:()") for w in pdf.pages[page - 1].extract_words()}
        other_pages = {w["text"].strip(",.;:()") for i, p in enumerate(pdf.pages) if i != page - 1
                       for w in p.extract_words()}
    # The quote may be a table cell, which pdfplumber's text interleaves with the next columns:
    # compare words. Every word of the quote is printed on that page.
    words = {w.strip(",.;:()") for w in re.findall(r"[\w,.;:()-]+", quote) if len(w) > 3 and "-" not in w}
    assert words and words <= page_words, words - page_words
    assert not words <= other_pages or page == 1 or words <= page_words


def test_rebuilding_one_changed_file_leaves_other_graphs_untouched(tmp_path: Path, sample_dir: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for name in ("lerum_policy_lika-villkor_2024.pdf", "sundsvall_policy_tillganglighetspolicy_2023.pdf"):
        shutil.copy(sample_dir / name, src / name)
    out = tmp_path / "out"
    build([src], out=out, jobs=1, quiet=True)
    with GraphStore(out, read_only=True) as store:
        before = {d: sorted(map(str, store.document_quads(d))) for d in store.document_ids()}
    # An incremental update appended after %%EOF changes the bytes, not the content.
    with open(src / "lerum_policy_lika-villkor_2024.pdf", "ab") as fh:
        fh.write(b"\n% updated\n")
    report = build([src], out=out, jobs=1, quiet=True)
    assert [r.status for r in report.results] == ["ok", "unchanged"]
    with GraphStore(out, read_only=True) as store:
        after = {d: sorted(map(str, store.document_quads(d))) for d in store.document_ids()}
    assert after["sundsvall-policy-tillganglighetspolicy-2023"] == before["sundsvall-policy-tillganglighetspolicy-2023"]
    assert set(after) == set(before)


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "csv", "html", "png"])
def test_exports_of_the_built_sample(built_sample: Path, tmp_path: Path, fmt: str) -> None:
    dest = tmp_path / f"view.{fmt}"
    proc = miner("export", "documents-articles", "--out", str(built_sample), "--format", fmt, "-o", str(dest))
    assert proc.returncode == 0, proc.stderr
    assert dest.stat().st_size > 500


def test_similar_examples_explain_themselves(built_sample: Path) -> None:
    proc = miner("similar", "--out", str(built_sample), "--text", "arbete och sysselsättning för personer med "
                 "funktionsnedsättning", "--article", "27", "-k", "3", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    hits = json.loads(proc.stdout)
    assert hits and all(27 in h["why"]["shared_articles"] for h in hits)
    for h in hits:  # the best-matching passage, with its page and span
        passage = h["why"]["passage"]
        assert passage["page"] >= 1 and passage["end"] - passage["start"] == len(passage["text"])
