"""write_graph, as the pipeline calls it: validated writes, per-document rebuilds, dumps, loud failures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from miner.errors import MinerError
from miner.graph import SUMMARY_FILE, GraphStore, stored_document_ids, write_graph
from miner.graph.examples import example_corpus, kiruna_strategy, malmo_plan
from miner.model import ArticleLink


def test_build_then_rebuild_one_document(tmp_path: Path) -> None:
    assert stored_document_ids(tmp_path) == set()
    summary = write_graph(tmp_path, example_corpus(), [])
    assert len(stored_document_ids(tmp_path)) == 4
    assert summary.graphs == 4 and summary.written == 4 and summary.reference_loaded
    assert summary.triples > 6000
    for name in ("graph.trig", "graph.nq", "graph.ttl", SUMMARY_FILE, "store"):
        assert (tmp_path / name).exists()
    assert json.loads((tmp_path / SUMMARY_FILE).read_text())["graphs"] == 4

    with GraphStore(tmp_path, read_only=True) as store:
        before = {d: {str(q) for q in store.document_quads(d)} for d in store.document_ids()}

    changed = malmo_plan()
    changed.goals[0].text = "Fler personer med funktionsnedsättning ska ha ett arbete"
    changed.articles = [ArticleLink(27, 0.99, True, changed.articles[0].evidence)]
    summary = write_graph(tmp_path, [changed], ["kiruna-strategi-tillganglighet-2020"])
    assert summary.written == 1 and summary.removed == 1 and not summary.reference_loaded
    assert summary.graphs == 3

    with GraphStore(tmp_path, read_only=True) as store:
        after = {d: {str(q) for q in store.document_quads(d)} for d in store.document_ids()}
    assert set(after) == set(before) - {"kiruna-strategi-tillganglighet-2020"}
    for doc_id in ("uppsala-program-delaktighet-2021", "uppsala-riktlinjer-lss-boende-2019"):
        assert after[doc_id] == before[doc_id]
    assert after["malmo-handlingsplan-arbete-2022"] != before["malmo-handlingsplan-arbete-2022"]


def test_a_graph_violating_the_shapes_fails_the_build_and_is_not_written(tmp_path: Path) -> None:
    write_graph(tmp_path, [malmo_plan()], [])
    bad = kiruna_strategy()
    bad.articles.append(ArticleLink(0, 0.5, False, bad.articles[0].evidence))
    with pytest.raises(MinerError, match=r"violates the SHACL shapes.*kiruna-strategi-tillganglighet-2020"):
        write_graph(tmp_path, [bad], [])
    with GraphStore(tmp_path, read_only=True) as store:
        assert store.document_ids() == {"malmo-handlingsplan-arbete-2022"}


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    with pytest.raises(MinerError, match="share the id"):
        write_graph(tmp_path, [malmo_plan(), malmo_plan()], [], dump=False)
