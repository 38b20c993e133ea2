"""Score the parser against layout and metadata gold (``corpus/sample/layout.jsonl`` and ``gold.jsonl``).

Headings are matched by normalised text and page; a heading counts as
correctly levelled when its level equals the gold level. Tables by first
page and body row count; metadata field by field after light normalisation
(case and spacing, dates as ISO). Used by the tests and by
``python -m miner.parse.evaluate`` to print a report.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..config import SAMPLE_CORPUS
from ..model import Document
from . import parse_path

METADATA_FIELDS = ("title", "kommunkod", "adopted_by", "adopted_date", "diarienummer")


def norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").replace("–", "-").replace("—", "-")).strip().casefold()


@dataclass
class LayoutScore:
    headings_gold: int = 0
    headings_found: int = 0  # gold headings found as headings on the right page
    headings_levelled: int = 0  # ... with the right level
    headings_predicted: int = 0
    tables_gold: int = 0
    tables_found: int = 0  # same first page and row count, joined across the same pages
    image_pages_gold: int = 0
    image_pages_found: int = 0
    two_column_gold: int = 0
    two_column_found: int = 0
    hyphenated_gold: int = 0
    hyphenated_found: int = 0
    running_leaks: int = 0  # running header/footer text left in the clean text
    page_labels_missing: int = 0
    misses: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)  # predicted headings that are not in the gold

    def add(self, other: LayoutScore) -> None:
        for k, v in vars(other).items():
            if isinstance(v, int):
                setattr(self, k, getattr(self, k) + v)
            else:
                getattr(self, k).extend(v)

    def ratios(self) -> dict[str, float]:
        def r(a: int, b: int) -> float:
            return round(a / b, 4) if b else 1.0
        return {
            "heading_recall": r(self.headings_found, self.headings_gold),
            "heading_precision": r(self.headings_found, self.headings_predicted),
            "heading_level_accuracy": r(self.headings_levelled, self.headings_found),
            "table_recall": r(self.tables_found, self.tables_gold),
            "image_only_pages": r(self.image_pages_found, self.image_pages_gold),
            "two_column_pages": r(self.two_column_found, self.two_column_gold),
            "hyphenation_joined": r(self.hyphenated_found, self.hyphenated_gold),
        }


def score_layout(doc: Document, gold: dict) -> LayoutScore:
    s = LayoutScore()
    predicted = [(norm(doc.text[b.start:b.end]), b.page, b.level) for b in doc.headings()]
    s.headings_predicted = len(predicted)
    for h in gold.get("headings", []):
        s.headings_gold += 1
        hit = next((p for p in predicted if p[0] == norm(h["text"]) and p[1] == h["page"]), None)
        if hit:
            s.headings_found += 1
            s.headings_levelled += hit[2] == h["level"]
            if hit[2] != h["level"]:
                s.misses.append(f"{gold['file']}: level {hit[2]} != {h['level']} for {h['text']!r}")
        else:
            s.misses.append(f"{gold['file']}: heading not found: {h['text']!r} (p. {h['page']})")
    for t in gold.get("tables", []):
        s.tables_gold += 1
        hit = next((x for x in doc.tables if x.pages == t["pages"] and len(x.rows) == t["rows"]), None)
        if hit:
            s.tables_found += 1
        else:
            got = [(x.pages, len(x.rows)) for x in doc.tables]
            s.misses.append(f"{gold['file']}: table {t['pages']} x{t['rows']} not found (got {got})")
    for n in gold.get("image_only_pages", []):
        s.image_pages_gold += 1
        s.image_pages_found += not doc.pages[n - 1].has_text
    for n in gold.get("two_column_pages", []):
        s.two_column_gold += 1
        s.two_column_found += doc.pages[n - 1].columns == 2
        if doc.pages[n - 1].columns != 2:
            s.misses.append(f"{gold['file']}: page {n} not read as two columns")
    text = doc.text
    for w in gold.get("hyphenated", []):
        s.hyphenated_gold += 1
        s.hyphenated_found += w in text
    header = gold.get("running_header")
    for n in gold.get("header_pages", []) if header else []:
        page = doc.pages[n - 1]
        if norm(header) in norm(text[page.start:page.start + len(header) + 40]):
            s.running_leaks += 1
            s.misses.append(f"{gold['file']}: running header left on page {n}")
    gold_heads = {(norm(h["text"]), h["page"]) for h in gold.get("headings", [])}
    # Covers, back covers and TOC pages carry title-like lines the gold does not list as headings.
    unscored = set(gold.get("cover_pages", [])) | set(gold.get("back_cover_pages", [])) | set(gold.get("toc_pages", []))
    s.headings_predicted = sum(1 for _, page, _ in predicted if page not in unscored)
    for t, page, _ in predicted:
        if (t, page) not in gold_heads and page not in unscored:
            s.extra.append(f"{gold['file']}: p. {page}: {t!r}")
    if gold.get("footer_pattern"):
        pattern = re.escape(gold["footer_pattern"]).replace(r"\{n\}", r"\d+").replace(r"\{m\}", r"\d+")
        pattern = re.sub(r"(\\ )+", r"\\s+", pattern)
        for n in gold.get("footer_pages", []):
            page = doc.pages[n - 1]
            if re.search(pattern + r"\s*$", text[max(page.start, page.end - 80):page.end]):
                s.running_leaks += 1
                s.misses.append(f"{gold['file']}: footer left on page {n}")
            s.page_labels_missing += page.label is None
    return s


def score_metadata(doc: Document, gold: dict) -> dict[str, bool | None]:
    """Per field: True (right), False (wrong or missing), None (no gold value)."""
    m = doc.metadata
    out: dict[str, bool | None] = {}
    for f in METADATA_FIELDS:
        want = gold.get(f)
        if want in (None, ""):
            out[f] = None
            continue
        got = getattr(m, f)
        out[f] = got is not None and norm(got.value) == norm(str(want))
    return out


def evaluate(folder: Path = SAMPLE_CORPUS) -> dict:
    layout_gold = {g["file"]: g for g in _read(folder / "layout.jsonl")}
    meta_gold = {g["file"]: g for g in _read(folder / "gold.jsonl")}
    total = LayoutScore()
    fields: dict[str, list[bool]] = defaultdict(list)
    wrong: list[str] = []
    for name in sorted(set(layout_gold) | set(meta_gold)):
        doc = parse_path(folder / name)
        if name in layout_gold:
            total.add(score_layout(doc, layout_gold[name]))
        if name in meta_gold:
            for f, ok in score_metadata(doc, meta_gold[name]).items():
                if ok is not None:
                    fields[f].append(ok)
                    if not ok:
                        got = getattr(doc.metadata, f)
                        wrong.append(f"{name}: {f} = {got.value if got else None!r}, gold {meta_gold[name][f]!r}")
    return {"layout": total.ratios(), "running_leaks": total.running_leaks,
            "page_labels_missing": total.page_labels_missing,
            "metadata": {f: round(sum(v) / len(v), 4) for f, v in fields.items()},
            "misses": total.misses, "extra_headings": total.extra, "metadata_errors": wrong}


def _read(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


if __name__ == "__main__":
    result = evaluate(Path(sys.argv[1]) if len(sys.argv) > 1 else SAMPLE_CORPUS)
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
