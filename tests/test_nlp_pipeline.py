"""The pipeline is assembled from config.cfg, saved with to_disk and loads in one call."""

from __future__ import annotations

import spacy

from miner.nlp import load, parse, pipeline
from miner.parse import parse_text


def test_components_from_config():
    nlp = load()
    assert nlp.lang == "sv"
    assert nlp.pipe_names[:3] == ["miner_sentences", "miner_lemmatizer", "article_refs"]
    config = pipeline.pipeline_config()
    for name in nlp.pipe_names:
        assert name in config["components"]


def test_optional_components_follow_their_modules():
    available = pipeline.import_components()
    assert set(available) <= set(pipeline.OPTIONAL_COMPONENTS)
    assert set(available) <= set(load().pipe_names)


def test_saved_pipeline_loads_in_one_call(tmp_path):
    out = pipeline.save(pipeline.build(), tmp_path / "sv")
    nlp = spacy.load(out)
    doc = nlp("Enl. beslut ska funktionsnedsättningar beaktas i färdtjänstreglerna. Se art. 9.")
    assert doc[0].text == "Enl."
    assert [t.lemma_ for t in doc if t.text == "färdtjänstreglerna"] == ["färdtjänstregel"]
    assert len(list(doc.sents)) == 2
    assert [s.label_ for s in doc.spans["article_refs"]] == ["crpd"]


def test_load_is_cached():
    assert load() is load()


def test_parse_raises_the_length_limit_for_long_documents():
    nlp = load()
    saved = nlp.max_length
    nlp.max_length = 1000  # stands in for spaCy's 1,000,000-character default
    try:
        doc = parse_text("Kommunen ska arbeta för tillgänglighet.\n" * 100)
        sdoc = parse(doc)
        assert sdoc.text == doc.text and nlp.max_length > len(doc.text)
    finally:
        nlp.max_length = max(saved, nlp.max_length)
