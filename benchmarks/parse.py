"""Parse speed: the structured parse against bare pdfplumber and bare pypdfium2 on the same files.

Baseline: pdfplumber ``page.extract_text()`` (measured here at about 8 pages/s
per core on a 40-page municipal PDF). The structured parse does much more
(fonts, headings, columns, tables, running headers, offsets) and should still
be at least 3x faster than that baseline; bare pypdfium2 text is the ceiling.

    python benchmarks/parse.py [PDF or folder ...]   (default: corpus/sample and ../shared/corpus-real)
"""

from __future__ import annotations

import contextlib
import sys
import time
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from miner.config import REAL_CORPUS, SAMPLE_CORPUS  # noqa: E402
from miner.errors import InputError  # noqa: E402
from miner.parse import parse_path  # noqa: E402


def _pdfs(args: list[str]) -> dict[str, list[Path]]:
    if args:
        files = []
        for a in args:
            p = Path(a)
            files.extend(sorted(p.rglob("*.pdf")) if p.is_dir() else [p])
        return {"given": files}
    sets = {"sample": sorted(SAMPLE_CORPUS.glob("*.pdf"))}
    if REAL_CORPUS.exists():
        sets["real"] = sorted(REAL_CORPUS.glob("*.pdf"))
    return {k: v for k, v in sets.items() if v}


def _time(fn, files: list[Path], repeat: int = 3) -> float:
    """Best-of-``repeat`` wall time for running ``fn`` over all files."""
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        for f in files:
            fn(f)
        best = min(best, time.perf_counter() - t)
    return best


def plumber_text(path: Path) -> None:
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.flush_cache()


def pdfium_text(path: Path) -> None:
    pdf = pdfium.PdfDocument(str(path))
    for page in pdf:
        page.get_textpage().get_text_range()
    pdf.close()


def structured(path: Path) -> None:
    with contextlib.suppress(InputError):
        parse_path(path)


def main(argv: list[str]) -> int:
    sets = _pdfs(argv)
    if not sets:
        print("no PDFs found (generate the sample corpus first: python -m corpus.generator)", file=sys.stderr)
        return 1
    print(f"{'set':8} {'files':>5} {'pages':>6}  {'pdfplumber':>12} {'pypdfium2':>12} {'structured':>12}  "
          f"{'vs plumber':>10} {'vs pdfium':>10}")
    for name, files in sets.items():
        pages = sum(len(pdfium.PdfDocument(str(f))) for f in files)
        t_pl = _time(plumber_text, files, repeat=1)
        t_pd = _time(pdfium_text, files)
        t_st = _time(structured, files)
        print(f"{name:8} {len(files):>5} {pages:>6}  {pages / t_pl:>8.1f} p/s {pages / t_pd:>8.1f} p/s "
              f"{pages / t_st:>8.1f} p/s  {t_pl / t_st:>9.1f}x {t_pd / t_st:>9.2f}x")
    print("baseline: pdfplumber extract_text(); aim: structured >= 3x the baseline")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
