"""Assemble, save and load the Swedish pipeline.

No trained Swedish spaCy pipeline can be installed here, so the pipeline is
``spacy.blank("sv")`` plus the project's registered components, assembled from
``config.cfg`` and saved with ``nlp.to_disk()``. The saved folder is not
committed: it is built on first use into a cache folder named by a
fingerprint of everything that shapes it (the config, the component modules,
the lexicons, the spaCy and simplemma versions), so a change to any of them
rebuilds it and nothing is ever downloaded. ``python -m miner.nlp.pipeline
build [--out DIR]`` builds it explicitly (e.g. to ship a frozen copy).

Components of other stages join the pipeline when their module can be
imported (:data:`OPTIONAL_COMPONENTS`), so each can be developed on its own.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib
import os
import shutil
import sys
import tempfile
from pathlib import Path

import simplemma
import spacy
from spacy.language import Language
from spacy.util import load_config

HERE = Path(__file__).resolve().parent
CONFIG_FILE = HERE / "config.cfg"

#: Modules that register the core factories (imported before building or loading).
CORE_MODULES = ("miner.nlp.tokenizer", "miner.nlp.sentences", "miner.nlp.lemmatizer", "miner.nlp.articles")
#: Factory name → module that registers it; included in the pipeline when the import works.
OPTIONAL_COMPONENTS = {"actor_ruler": "miner.nlp.actors", "goal_cues": "miner.nlp.goals"}
#: Files and folders whose content shapes the saved pipeline (components may read gazetteers from them).
DEPENDS_ON = (HERE, HERE.parent / "reference.py", HERE.parent.parent / "ontology" / "reference")


def import_components() -> list[str]:
    """Import every component module; return the optional factories that are available."""
    for name in CORE_MODULES:
        importlib.import_module(name)
    available = []
    for factory, module in OPTIONAL_COMPONENTS.items():
        try:
            importlib.import_module(module)
        except ImportError:
            continue
        if Language.has_factory(factory):
            available.append(factory)
    return available


def pipeline_config():
    """``config.cfg`` without the optional components that cannot be loaded."""
    available = set(import_components())
    config = load_config(CONFIG_FILE)
    drop = [name for name in config["nlp"]["pipeline"]
            if config["components"][name]["factory"] in OPTIONAL_COMPONENTS
            and config["components"][name]["factory"] not in available]
    config["nlp"]["pipeline"] = [n for n in config["nlp"]["pipeline"] if n not in drop]
    for name in drop:
        del config["components"][name]
    return config


def build() -> Language:
    """A fresh pipeline from the config (no cache)."""
    config = pipeline_config()
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    nlp.initialize()
    return nlp


def fingerprint() -> str:
    """Hash of everything the saved pipeline depends on."""
    available = import_components()
    h = hashlib.sha256()
    h.update(f"spacy={spacy.__version__};simplemma={getattr(simplemma, '__version__', '?')}".encode())
    h.update(("components=" + ",".join(available)).encode())
    for root in DEPENDS_ON:
        for path in sorted(root.rglob("*")) if root.is_dir() else [root]:
            if path.is_file() and path.suffix in {".py", ".cfg", ".tsv", ".txt", ".json", ".csv"} \
                    and "__pycache__" not in path.parts:
                h.update(str(path.relative_to(HERE.parent.parent)).encode())
                h.update(path.read_bytes())
    return h.hexdigest()[:16]


def cache_root() -> Path:
    if os.environ.get("MINER_CACHE_DIR"):
        return Path(os.environ["MINER_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "styrdok-miner"


def saved_path() -> Path:
    """Where the saved pipeline for the current code lives (``MINER_NLP_DIR`` overrides)."""
    if os.environ.get("MINER_NLP_DIR"):
        return Path(os.environ["MINER_NLP_DIR"])
    return cache_root() / "nlp" / f"sv-{fingerprint()}"


def save(nlp: Language, out: Path) -> Path:
    """``nlp.to_disk`` into ``out`` atomically (write beside it, then rename)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        nlp.to_disk(tmp)
        if out.exists() and not (out / "config.cfg").exists():
            shutil.rmtree(out, ignore_errors=True)  # a broken folder, not one another process may be reading
        os.replace(tmp, out)
    except OSError:
        # Another process saved the same pipeline first (the folder name is its fingerprint): keep that one.
        shutil.rmtree(tmp, ignore_errors=True)
        if not (out / "config.cfg").exists():
            raise
    return out


def load_saved(path: str | Path | None = None) -> Language:
    """Load the saved pipeline, building and saving it first when it is missing or stale."""
    import_components()
    path = Path(path) if path is not None else saved_path()
    if (path / "config.cfg").exists():
        try:
            return spacy.load(path)
        except Exception:  # a half-written or incompatible folder: rebuild it
            shutil.rmtree(path, ignore_errors=True)
    nlp = build()
    with contextlib.suppress(OSError):  # a read-only cache still leaves a working pipeline
        save(nlp, path)
    return nlp


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m miner.nlp.pipeline", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="build the pipeline and save it with nlp.to_disk()")
    b.add_argument("--out", type=Path, help="folder to save to (default: the cache folder)")
    sub.add_parser("info", help="print the components and where the saved pipeline lives")
    args = parser.parse_args(argv)
    if args.cmd == "build":
        out = args.out or saved_path()
        nlp = build()
        save(nlp, out)
        print(out)
        print("components:", ", ".join(nlp.pipe_names), file=sys.stderr)
        return 0
    print(f"saved pipeline: {saved_path()}")
    print(f"components: {', '.join(build().pipe_names)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
