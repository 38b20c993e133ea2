"""The build pipeline: every input ends up in the report, bad input never stops a batch, caches resume."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from miner.pipeline import build, discover, load_manifest, slugify

from .pdfs import Page, write

PLAN = """Växjö kommun

Handlingsplan för delaktighet 2024–2026

Dokumenttyp: Handlingsplan
Beslutad av: Kommunfullmäktige
Beslutsdatum: 2024-01-29

1 Inledning
Växjö kommun ska vara en plats där alla kan delta på lika villkor. Kommunstyrelsen ansvarar för att
planen följs upp varje år tillsammans med rådet för funktionshinderfrågor.
"""

ENGLISH = ("The municipality shall make sure that all persons with disabilities can take part in the "
           "life of the community on equal terms with others. This plan is followed up every year by the "
           "executive board together with the disability council, and the results are reported to the council "
           "in the annual report of the municipality. ") * 3


def _corpus(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "plan.txt").write_text(PLAN, encoding="utf-8")
    (d / "english.txt").write_text(ENGLISH)
    (d / "tom.pdf").write_bytes(b"")
    (d / "webbsida.pdf").write_text("<html><body>Inte en PDF</body></html>")
    (d / "trasig.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)

    def draw(c, n, total):
        p = Page(c)
        p.line("Riktlinjer för tillgänglig information", size=18, bold=True, gap=30)
        p.line("Kommunstyrelsen i Växjö kommun ansvarar för att all information är tillgänglig.")
    write(d / "riktlinjer.pdf", [draw])
    (d / ".dold.txt").write_text("hidden")
    (d / "bild.png").write_bytes(b"\x89PNG")
    return d


def _report(out: Path) -> dict[str, dict[str, str]]:
    with open(out / "report.csv", encoding="utf-8") as fh:
        return {Path(r["source"]).name: r for r in csv.DictReader(fh)}


def test_every_input_is_reported_and_bad_ones_do_not_stop_the_batch(tmp_path: Path) -> None:
    src, out = _corpus(tmp_path), tmp_path / "out"
    report = build([src], out=out, jobs=1, quiet=True)
    rows = _report(out)
    assert set(rows) == {"plan.txt", "english.txt", "tom.pdf", "webbsida.pdf", "trasig.pdf", "riktlinjer.pdf"}
    assert rows["plan.txt"]["status"] == "ok" and rows["riktlinjer.pdf"]["status"] == "ok"
    assert rows["tom.pdf"]["status"] == "empty"
    assert rows["webbsida.pdf"]["status"] == "not-pdf"
    assert rows["trasig.pdf"]["status"] == "corrupt"
    assert rows["english.txt"]["status"] == "not-swedish"
    assert all(r["reason"] and "\n" not in r["reason"] for r in rows.values() if r["status"] not in ("ok", "unchanged"))
    assert int(rows["riktlinjer.pdf"]["pages"]) == 1 and int(rows["plan.txt"]["chars"]) > 100
    assert len(report.failed) == 4
    assert (out / "documents" / "plan.json").exists()


def test_unchanged_files_are_not_parsed_again_and_changed_ones_are(tmp_path: Path) -> None:
    src, out = _corpus(tmp_path), tmp_path / "out"
    build([src / "plan.txt", src / "riktlinjer.pdf"], out=out, jobs=1, quiet=True)
    second = build([src / "plan.txt", src / "riktlinjer.pdf"], out=out, jobs=1, quiet=True)
    assert [r.status for r in second.results] == ["unchanged", "unchanged"]
    (src / "plan.txt").write_text(PLAN.replace("2024–2026", "2025–2027"), encoding="utf-8")
    third = build([src / "plan.txt", src / "riktlinjer.pdf"], out=out, jobs=1, quiet=True)
    assert [r.status for r in third.results] == ["ok", "unchanged"]
    assert third.results[0].doc_id == "plan"  # the id stays with the file


def test_a_run_killed_half_way_resumes_from_the_cache(tmp_path: Path) -> None:
    src, out = _corpus(tmp_path), tmp_path / "out"
    build([src / "plan.txt"], out=out, jobs=1, quiet=True)
    # Simulate a kill after the cache was written but before manifest and report.
    (out / "manifest.json").unlink()
    (out / "report.csv").unlink()
    calls = []
    import miner.pipeline as pipeline

    real = pipeline._work
    pipeline._work = lambda *a, **k: calls.append(a) or real(*a, **k)
    try:
        report = build([src / "plan.txt"], out=out, jobs=1, quiet=True)
    finally:
        pipeline._work = real
    assert calls == []  # nothing parsed again
    assert report.results[0].status == "ok"
    assert "plan" in load_manifest(out)


def test_no_temporary_files_are_left(tmp_path: Path) -> None:
    src, out = _corpus(tmp_path), tmp_path / "out"
    build([src], out=out, jobs=1, quiet=True)
    assert not [p for p in out.rglob("*.tmp")]


def test_parallel_build_matches_serial(tmp_path: Path) -> None:
    src = _corpus(tmp_path)
    serial = build([src], out=tmp_path / "a", jobs=1, quiet=True)
    parallel = build([src], out=tmp_path / "b", jobs=2, quiet=True)
    assert [(r.source, r.status, r.chars) for r in serial.results] == [
        (r.source, r.status, r.chars) for r in parallel.results]


def test_removed_source_leaves_the_output(tmp_path: Path) -> None:
    src, out = _corpus(tmp_path), tmp_path / "out"
    build([src / "plan.txt", src / "riktlinjer.pdf"], out=out, jobs=1, quiet=True)
    (src / "riktlinjer.pdf").unlink()
    report = build([src / "plan.txt"], out=out, jobs=1, quiet=True)
    assert report.removed == ["riktlinjer"]
    assert not (out / "documents" / "riktlinjer.json").exists()


def test_discover_skips_hidden_and_unsupported(tmp_path: Path) -> None:
    names = sorted(p.name for p in discover([_corpus(tmp_path)]))
    assert names == ["english.txt", "plan.txt", "riktlinjer.pdf", "tom.pdf", "trasig.pdf", "webbsida.pdf"]


def test_slugify() -> None:
    assert slugify("Handlingsplan för tillgänglighet 2024–2027") == "handlingsplan-for-tillganglighet-2024-2027"


def test_cli_build_exit_codes_and_streams(tmp_path: Path) -> None:
    src, out = _corpus(tmp_path), tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "miner", "build", str(src / "plan.txt"), str(src / "tom.pdf"),
                           "--out", str(out), "--jobs", "1", "--format", "json"], capture_output=True, text=True)
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    assert [r["status"] for r in data["results"]] == ["ok", "empty"]
    assert "Traceback" not in proc.stderr
    ok = subprocess.run([sys.executable, "-m", "miner", "build", str(src / "plan.txt"), "--out", str(out), "-q"],
                        capture_output=True, text=True)
    assert ok.returncode == 0 and ok.stdout == "" and ok.stderr == ""


@pytest.mark.parametrize("args", [["build", "--jobs", "0"], ["parse"], ["nosuchcommand"]])
def test_cli_usage_errors_exit_2(args: list[str]) -> None:
    proc = subprocess.run([sys.executable, "-m", "miner", *args], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
