"""Settings and well-known paths.

Settings come from environment variables so that the CLI, the Python API, the
server and the tests agree without threading a config object everywhere.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

#: The repository root (the package is installed in editable mode from it).
PROJECT_ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = PROJECT_ROOT / "ontology"
REFERENCE_DIR = ONTOLOGY_DIR / "reference"
SAMPLE_CORPUS = PROJECT_ROOT / "corpus" / "sample"
DEFAULT_OUT = Path("outputs")
#: ``../shared/corpus-real`` beside the project: real documents for evaluation, absent in some checkouts.
REAL_CORPUS = Path(os.environ.get("MINER_REAL_CORPUS", PROJECT_ROOT.parent / "shared" / "corpus-real"))


@dataclass(frozen=True)
class Settings:
    """Run-wide settings. ``base_iri`` is the namespace every minted IRI lives under."""

    base_iri: str = field(default_factory=lambda: os.environ.get("MINER_BASE_IRI", "https://w3id.org/styrdok/"))
    max_file_mb: float = field(default_factory=lambda: float(os.environ.get("MINER_MAX_FILE_MB", "200")))
    max_pages: int = field(default_factory=lambda: int(os.environ.get("MINER_MAX_PAGES", "1500")))
    query_timeout_s: float = field(default_factory=lambda: float(os.environ.get("MINER_QUERY_TIMEOUT", "30")))


def settings() -> Settings:
    return Settings()
