"""Runs the stages over a corpus: discovery, cache, parallel workers, graph and index updates, run report.

Layout of an output folder (``--out``, default ``outputs/``)::

    report.csv            one row per input of the last run: status, reason, pages, characters, seconds
    manifest.json         document id -> source, sha256, pipeline fingerprint, status
    cache/<sha256>.json   the full Analysis of a file's content (the document model included)
    documents/<id>.json   the extraction result per document, as ``miner extract`` prints it
    store/                the Oxigraph store, one named graph per document (see miner.graph)
    graph.trig/.nq/.ttl   portable dumps of the graph
    index/                the similarity index (see miner.similar)

A file whose content (sha256) and pipeline fingerprint match the cache is not
parsed again; everything is written atomically, so a run killed half-way
keeps what it finished and the next run resumes from there.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import os
import re
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .config import PROJECT_ROOT, SAMPLE_CORPUS, Settings
from .config import settings as _settings
from .errors import InputError, MinerError
from .fsutil import sha256_file, write_json, write_text
from .model import Analysis, from_dict, to_dict
from .parse import SUFFIXES, parse_path
from .parse.language import detect, is_swedish

REPORT_COLUMNS = ["source", "doc_id", "status", "reason", "pages", "chars", "seconds", "doc_type", "confidence",
                  "goals", "actors", "articles", "sha256"]
#: Statuses that mean the document is in the graph.
OK_STATUSES = ("ok", "unchanged")


@dataclass
class FileResult:
    """One row of the run report."""

    source: str
    status: str  # ok, unchanged, or the reason code of a failure (empty, corrupt, encrypted, no-text...)
    reason: str = ""
    doc_id: str = ""
    pages: int = 0
    chars: int = 0
    seconds: float = 0.0
    doc_type: str = ""
    confidence: float | None = None
    goals: int = 0
    actors: int = 0
    articles: int = 0
    sha256: str = ""

    @property
    def ok(self) -> bool:
        return self.status in OK_STATUSES


@dataclass
class RunReport:
    out: Path
    results: list[FileResult] = field(default_factory=list)
    seconds: float = 0.0
    graph: dict[str, Any] = field(default_factory=dict)
    index: dict[str, Any] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if not r.ok]

    def summary(self) -> str:
        n = len(self.results)
        done = sum(r.status == "ok" for r in self.results)
        same = sum(r.status == "unchanged" for r in self.results)
        pages = sum(r.pages for r in self.results)
        parts = [f"{n} input{'s' if n != 1 else ''}: {done} built, {same} unchanged, {len(self.failed)} failed",
                 f"{pages} pages in {self.seconds:.1f} s"]
        if self.graph:
            parts.append(f"graph {self.graph.get('triples', '?'):,} triples in {self.graph.get('graphs', '?')} documents")
        return "; ".join(parts) + f" -> {self.out}/"


# ------------------------------------------------------------------ discovery


def discover(paths: Sequence[str | Path]) -> list[Path]:
    """Input files: files as given, folders searched recursively for documents (hidden files skipped)."""
    out: list[Path] = []
    seen: set[Path] = set()
    for p in paths:
        p = Path(p)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES
                           and not any(part.startswith(".") for part in f.relative_to(p).parts)
                           and f.name.lower() not in ("readme.md",))
        else:
            found = [p]  # named explicitly: reported even if missing or unsupported
        for f in found:
            key = f.resolve() if f.exists() else f
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", re.sub(r"[\s\u2010-\u2015/]+", " ", text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80] or "doc"


def _assign_ids(files: list[Path], manifest: dict[str, dict[str, Any]]) -> dict[Path, str]:
    """Stable ids: the file's stem as a slug; the id a source had before is kept; clashes get a path hash."""
    by_source = {v["source"]: k for k, v in manifest.items()}
    ids: dict[Path, str] = {}
    taken = {k for k, v in manifest.items()}
    for f in files:
        src = str(f.resolve()) if f.exists() else str(f)
        if src in by_source:
            ids[f] = by_source[src]
            continue
        base = slugify(f.stem)
        doc_id = base
        if doc_id in taken or doc_id in ids.values():
            doc_id = f"{base}-{hashlib.sha1(src.encode()).hexdigest()[:6]}"
        ids[f] = doc_id
        taken.add(doc_id)
    return ids


# ---------------------------------------------------------------- fingerprint

_STAGE_PACKAGES = ("parse", "classify", "nlp", "extract")


def fingerprint() -> str:
    """A hash of the code and data of the per-document stages; a change invalidates the cache."""
    h = hashlib.sha256()
    root = PROJECT_ROOT / "miner"
    files = [root / "model.py", root / "reference.py"]
    for pkg in _STAGE_PACKAGES:
        d = root / pkg
        if d.exists():
            files.extend(sorted(f for f in d.rglob("*") if f.is_file() and "__pycache__" not in f.parts
                                and f.suffix not in (".pyc", ".tmp")))
    for f in files:
        if f.exists():
            h.update(f.relative_to(root).as_posix().encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


# -------------------------------------------------------------- one document


def analyse_document(path: Path, *, doc_id: str, sha256: str, settings: Settings) -> Analysis:
    """Parse, classify and extract one file. Raises :class:`InputError` for inputs that cannot be used."""
    doc = parse_path(path, settings=settings, sha256=sha256)
    doc.id = doc_id
    if not is_swedish(doc.text):
        lang, share = detect(doc.text)
        raise InputError(f"not Swedish (looks like '{lang}', {share:.0%} of words are its function words)",
                         source=str(path), status="not-swedish")
    from .classify import classify
    from .extract import extract

    return extract(doc, classify(doc))


def _work(path: str, doc_id: str, sha256: str, settings: Settings) -> tuple[str, Any]:
    """Worker entry point: never raises; returns ("ok", analysis dict) or (status, reason)."""
    try:
        analysis = analyse_document(Path(path), doc_id=doc_id, sha256=sha256, settings=settings)
        return "ok", to_dict(analysis)
    except InputError as exc:
        return exc.status, str(exc).removeprefix(f"{path}: ")
    except MemoryError:
        return "error", "out of memory while reading the document"
    except Exception as exc:  # one bad file must never stop a batch
        return "error", f"internal error: {type(exc).__name__}: {exc}"


def _init_worker() -> None:
    # Load the models once per worker process, not once per file; a failure shows on the first file.
    from .nlp import load

    with contextlib.suppress(Exception):
        load()


# ------------------------------------------------------------------- output


def analysis_json(analysis: Analysis) -> dict[str, Any]:
    """The per-document result as ``miner extract`` prints it."""
    from .extract import analysis_to_json

    return analysis_to_json(analysis)


def load_manifest(out: Path) -> dict[str, dict[str, Any]]:
    path = out / "manifest.json"
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return {}


def load_analysis(out: Path, sha256: str) -> Analysis | None:
    """The cached Analysis of a file's content, or None."""
    path = out / "cache" / f"{sha256}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return from_dict(Analysis, data["analysis"])
    except (OSError, KeyError, ValueError, TypeError):
        return None


def _write_report(out: Path, results: list[FileResult]) -> None:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=REPORT_COLUMNS, lineterminator="\n")
    w.writeheader()
    for r in results:
        row = asdict(r)
        row["seconds"] = f"{r.seconds:.2f}"
        row["confidence"] = "" if r.confidence is None else f"{r.confidence:.3f}"
        w.writerow({k: row[k] for k in REPORT_COLUMNS})
    write_text(out / "report.csv", buf.getvalue())


def _fill(result: FileResult, analysis: Analysis) -> None:
    doc = analysis.document
    result.pages = len(doc.pages)
    result.chars = len(doc.text)
    if analysis.doc_type:
        result.doc_type = analysis.doc_type.label
        result.confidence = analysis.doc_type.confidence
    result.goals = len(analysis.goals)
    result.actors = len(analysis.actors)
    result.articles = len({a.article for a in analysis.articles})
    if doc.warnings:
        result.reason = "; ".join(doc.warnings)


# -------------------------------------------------------------------- build


class _Progress:
    """Files, pages and ETA on stderr (rich), or nothing when quiet or not a terminal."""

    def __init__(self, total: int, quiet: bool) -> None:
        self.enabled = not quiet and sys.stderr.isatty()
        self.pages = 0
        self._progress = None
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self._progress = Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                                      TextColumn("files · {task.fields[pages]} pages"), TimeRemainingColumn(),
                                      console=Console(stderr=True), transient=True)
            self._task = self._progress.add_task("building", total=total, pages=0)

    def __enter__(self) -> _Progress:
        if self._progress:
            self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress:
            self._progress.stop()

    def advance(self, pages: int) -> None:
        self.pages += pages
        if self._progress:
            self._progress.update(self._task, advance=1, pages=self.pages)

    def message(self, text: str, quiet: bool) -> None:
        if self._progress:
            self._progress.console.print(text, markup=False, highlight=False)
        elif not quiet:
            print(text, file=sys.stderr, flush=True)


def build(paths: Sequence[str | Path] | None = None, *, out: str | Path = "outputs", jobs: int | None = None,
          quiet: bool = False, prune: bool = False, settings: Settings | None = None,
          on_message: Callable[[str], None] | None = None) -> RunReport:
    """Build (or update) the output folder from ``paths`` (default: the bundled sample corpus).

    Returns the run report; failures of single inputs are in it, never raised.
    Raises :class:`MinerError` only when the run as a whole cannot proceed or
    the graph it wrote violates the shapes.
    """
    t0 = time.perf_counter()
    settings = settings or _settings()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "cache").mkdir(exist_ok=True)
    (out / "documents").mkdir(exist_ok=True)
    files = discover(paths or [SAMPLE_CORPUS])
    if not files:
        raise MinerError(f"no documents found in {', '.join(str(p) for p in paths or [SAMPLE_CORPUS])} "
                         f"(looked for {', '.join(sorted(SUFFIXES))})")
    manifest = load_manifest(out)
    ids = _assign_ids(files, manifest)
    fp = fingerprint()
    jobs = max(1, jobs or os.cpu_count() or 1)
    report = RunReport(out=out)
    results: dict[Path, FileResult] = {}
    changed: list[Analysis] = []
    todo: list[tuple[Path, str, str]] = []

    def say(text: str) -> None:
        if on_message:
            on_message(text)
        else:
            progress.message(text, quiet)

    def record(res: FileResult) -> None:
        src = str(Path(res.source).resolve()) if Path(res.source).exists() else res.source
        status = "ok" if res.ok else res.status
        manifest[res.doc_id] = {"source": src, "sha256": res.sha256, "fingerprint": fp, "status": status}

    with _Progress(len(files), quiet) as progress:
        for f in files:
            res = results[f] = FileResult(source=str(f), status="pending", doc_id=ids[f])
            try:
                if not f.exists():
                    raise InputError("no such file", source=str(f), status="missing")
                res.sha256 = sha256_file(f)
            except InputError as exc:
                res.status, res.reason = exc.status, "no such file"
            except OSError as exc:
                res.status, res.reason = "unreadable", f"cannot read: {exc.strerror}"
            if res.status != "pending":
                say(f"miner build: {f}: {res.reason}")
                progress.advance(0)
                continue
            entry = manifest.get(ids[f])
            cached = load_analysis(out, res.sha256) if entry and entry.get("fingerprint") == fp else None
            if cached is not None and entry and entry.get("sha256") == res.sha256 and entry.get("status") == "ok" \
                    and (out / "documents" / f"{ids[f]}.json").exists():
                res.status = "unchanged"
                _fill(res, cached)
                progress.advance(res.pages)
                continue
            cached = load_analysis(out, res.sha256)
            if cached is not None and _cache_fingerprint(out, res.sha256) == fp:
                # Same content under another name (or a run killed before the manifest was written).
                cached.document.id = ids[f]
                cached.document.source = str(f)
                _finish(out, res, cached, changed, fp)
                record(res)
                progress.advance(res.pages)
                continue
            todo.append((f, ids[f], res.sha256))

        def handle(f: Path, status: str, payload: Any, seconds: float) -> None:
            res = results[f]
            res.seconds = seconds
            if status == "ok":
                analysis = from_dict(Analysis, payload)
                analysis.document.source = str(f)
                _write_cache(out, res.sha256, payload, fp)
                _finish(out, res, analysis, changed, fp)
            else:
                res.status, res.reason = status, payload
                say(f"miner build: {f}: {payload}")
            progress.advance(res.pages)
            record(res)

        if todo:
            if jobs == 1 or len(todo) == 1:
                for f, doc_id, sha in todo:
                    t = time.perf_counter()
                    status, payload = _work(str(f), doc_id, sha, settings)
                    handle(f, status, payload, time.perf_counter() - t)
            else:
                _run_parallel(todo, min(jobs, len(todo)), settings, handle)
        for res in results.values():
            if res.status == "unchanged":
                record(res)

    # Documents whose source is gone (or, with prune, not among this run's inputs) leave the graph.
    current = {r.doc_id for r in results.values()}
    removed = [doc_id for doc_id, e in manifest.items()
               if doc_id not in current and (prune or not Path(e["source"]).exists())]
    for doc_id in removed:
        manifest.pop(doc_id, None)
        with contextlib.suppress(FileNotFoundError):
            (out / "documents" / f"{doc_id}.json").unlink()
    report.removed = removed
    report.results = [results[f] for f in files]
    write_json(out / "manifest.json", manifest)
    _write_report(out, report.results)

    in_graph = {r.doc_id for r in report.results if r.ok}
    try:
        report.graph = _update_graph(out, changed, removed, in_graph, manifest)
    finally:
        # The index does not depend on the graph: keep it current even when the graph is refused.
        report.index = _update_index(out, changed, removed, in_graph, manifest)
    report.seconds = time.perf_counter() - t0
    return report


def _run_parallel(todo: list[tuple[Path, str, str]], jobs: int, settings: Settings,
                  handle: Callable[[Path, str, Any, float], None]) -> None:
    starts: dict[Future, tuple[Path, float]] = {}
    queue = list(todo)
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker) as pool:
        # Keep at most 2 tasks per worker in flight, so per-file timings mean something.
        while queue or starts:
            while queue and len(starts) < 2 * jobs:
                f, doc_id, sha = queue.pop(0)
                starts[pool.submit(_work, str(f), doc_id, sha, settings)] = (f, time.perf_counter())
            done, _ = wait(list(starts), return_when=FIRST_COMPLETED)
            for fut in done:
                f, t = starts.pop(fut)
                try:
                    status, payload = fut.result()
                except Exception as exc:  # a worker that died (e.g. killed by the OS)
                    status, payload = "error", f"worker failed: {type(exc).__name__}: {exc}"
                handle(f, status, payload, time.perf_counter() - t)


def _write_cache(out: Path, sha256: str, payload: dict[str, Any], fp: str) -> None:
    write_json(out / "cache" / f"{sha256}.json", {"fingerprint": fp, "analysis": payload})


def _cache_fingerprint(out: Path, sha256: str) -> str | None:
    try:
        with open(out / "cache" / f"{sha256}.json", encoding="utf-8") as fh:
            head = fh.read(200)
        m = re.search(r'"fingerprint":"([0-9a-f]+)"', head)
        return m.group(1) if m else None
    except OSError:
        return None


def _finish(out: Path, res: FileResult, analysis: Analysis, changed: list[Analysis], fp: str) -> None:
    res.status = "ok"
    _fill(res, analysis)
    analysis.document.id = res.doc_id
    write_json(out / "documents" / f"{res.doc_id}.json", analysis_json(analysis))
    changed.append(analysis)


def _missing_from(out: Path, have: set[str], in_graph: set[str], manifest: dict[str, dict[str, Any]],
                  changed: list[Analysis]) -> list[Analysis]:
    """Analyses of documents that should be in a store/index but are not (e.g. the store was deleted)."""
    done = {a.document.id for a in changed}
    extra = []
    for doc_id in sorted(in_graph - have - done):
        entry = manifest.get(doc_id)
        a = load_analysis(out, entry["sha256"]) if entry else None
        if a is not None:
            a.document.id = doc_id
            extra.append(a)
    return extra


def _update_graph(out: Path, changed: list[Analysis], removed: list[str], in_graph: set[str],
                  manifest: dict[str, dict[str, Any]]) -> dict[str, Any]:
    from .graph import stored_document_ids, write_graph

    return _update(out, write_graph, stored_document_ids, changed, removed, in_graph, manifest)


def _update_index(out: Path, changed: list[Analysis], removed: list[str], in_graph: set[str],
                  manifest: dict[str, dict[str, Any]]) -> dict[str, Any]:
    from .similar import indexed_document_ids, update_index

    return _update(out, update_index, indexed_document_ids, changed, removed, in_graph, manifest)


def _update(out: Path, write: Callable[..., Any], stored: Callable[[Path], Iterable[str]], changed: list[Analysis],
            removed: list[str], in_graph: set[str], manifest: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Bring a store (graph or index) in line with the built documents: write the changed ones and any
    it lacks (say, after it was deleted), drop the removed ones and any no longer built."""
    have = set(stored(out))
    changed = changed + _missing_from(out, have, in_graph, manifest, changed)
    return asdict(write(out, changed, sorted(set(removed) | (have - in_graph))))


def iter_analyses(out: str | Path) -> Iterable[Analysis]:
    """Every built document's Analysis, from the cache (what similarity and exports read)."""
    out = Path(out)
    for doc_id, entry in sorted(load_manifest(out).items()):
        if entry.get("status") in OK_STATUSES:
            a = load_analysis(out, entry["sha256"])
            if a is not None:
                a.document.id = doc_id
                yield a
