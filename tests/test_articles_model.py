"""The article classifier: trained deterministically from the project's sentences; the artifact is current."""

from __future__ import annotations

import numpy as np

from miner.extract.articles_model import MODEL_FILE, load_model, read_training, train


def test_training_data_is_labelled():
    rows = read_training()
    assert len(rows) > 400
    assert sum(1 for _, arts in rows if not arts) > 100  # negatives: procedure, budget, other policies


def test_committed_model_is_what_training_gives():
    assert MODEL_FILE.exists()
    committed = load_model()
    fresh = train()
    assert committed.articles == fresh.articles
    probe = ["tillgänglighet lokal entré", "arbete arbetsmarknad praktikplats", "budget nämnd protokoll"]
    assert np.allclose(committed.predict_lemmas(probe), fresh.predict_lemmas(probe))


def test_predictions_make_sense():
    model = load_model()
    p = model.predict(["Alla lokaler ska vara tillgängliga för personer med funktionsnedsättning.",
                       "Fler personer med funktionsnedsättning ska få arbete.",
                       "Protokollet justeras inom fjorton dagar."])
    assert max(p[0], key=p[0].get) == 9
    assert max(p[1], key=p[1].get) == 27
    assert max(p[2].values()) < 0.5
