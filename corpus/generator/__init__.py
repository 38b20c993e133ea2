"""Generator of the bundled sample corpus: realistic Swedish municipal documents rendered to PDF with gold.

Run ``python -m corpus.generator [--out corpus/sample] [--only NAME ...]`` from the repository root.
:func:`build` renders the documents and returns their content and layout gold.
"""

from __future__ import annotations

import json
from pathlib import Path

import pypdfium2 as pdfium

from .documents import DOCUMENTS
from .gold import goal_pages, gold_record, layout_record
from .render import Renderer

__all__ = ["BUNDLED_WITH", "DOCUMENTS", "build", "write_jsonl"]

#: Library versions the bundled PDFs in corpus/sample were rendered with. Other versions may lay out or
#: compress differently, so byte-for-byte comparisons with the bundle only hold with these.
BUNDLED_WITH = {"reportlab": "5.1.0", "Pillow": "13.0.0"}


def _page_texts(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        out = []
        for page in pdf:
            tp = page.get_textpage()
            out.append(tp.get_text_range())
            tp.close()
            page.close()
        return out
    finally:
        pdf.close()


def build(out_dir: Path, only: list[str] | None = None) -> tuple[list[dict], list[dict]]:
    """Render every document (or those whose file name contains one of ``only``) into ``out_dir``.

    Returns the content gold and the layout gold, one dict per document, in corpus order.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    gold, layout = [], []
    for doc in DOCUMENTS:
        if only and not any(o in doc.file for o in only):
            continue
        path = out_dir / doc.file
        renderer = Renderer(doc)
        record = renderer.render(str(path))
        pages = goal_pages(doc, _page_texts(path), record)
        gold.append(gold_record(doc, pages))
        layout.append(layout_record(doc, record, renderer.tables))
    return gold, layout


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
