"""The documents of the sample corpus, in corpus order (one module per document)."""

from __future__ import annotations

from ..spec import Doc
from . import uppsala_program

DOCUMENTS: list[Doc] = [
    uppsala_program.DOC,
]
