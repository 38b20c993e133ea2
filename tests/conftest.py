"""Shared fixtures: paths to the sample corpus and, when present, the real documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from miner.config import REAL_CORPUS, SAMPLE_CORPUS


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    return SAMPLE_CORPUS


@pytest.fixture(scope="session")
def sample_gold(sample_dir: Path) -> list[dict]:
    path = sample_dir / "gold.jsonl"
    if not path.exists():
        pytest.skip("sample corpus not generated")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def real_dir() -> Path:
    """``../shared/corpus-real``; tests that need it skip cleanly when it is absent."""
    if not (REAL_CORPUS / "gold.jsonl").exists():
        pytest.skip(f"real corpus not present at {REAL_CORPUS}")
    return REAL_CORPUS


@pytest.fixture(scope="session")
def real_gold(real_dir: Path) -> list[dict]:
    return [json.loads(line) for line in (real_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def real_openings(real_dir: Path) -> list[dict]:
    path = real_dir / "real_openings.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def built_sample(tmp_path_factory, sample_gold) -> Path:
    """The bundled sample corpus built once per session by the real CLI (``miner build``).

    Set ``MINER_SAMPLE_OUT`` to a folder already built from ``corpus/sample`` to reuse it.
    """
    import os
    import subprocess
    import sys

    reuse = os.environ.get("MINER_SAMPLE_OUT")
    if reuse and (Path(reuse) / "report.csv").exists():
        return Path(reuse)
    out = tmp_path_factory.mktemp("sample-out")
    proc = subprocess.run([sys.executable, "-m", "miner", "build", str(SAMPLE_CORPUS), "--out", str(out),
                           "--jobs", "2", "--quiet"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return out
