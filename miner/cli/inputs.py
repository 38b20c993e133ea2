"""The documents named on a command line, read one by one; unreadable ones are reported, not raised."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from ..errors import InputError
from ..model import Document
from .output import err


class DocumentInputs:
    """Iterate the parsed documents of ``paths`` (``-`` is plain text on stdin).

    A file that cannot be read gets one line on stderr naming it and the
    reason, and the rest go on; ``failed`` counts them for the exit status.
    """

    def __init__(self, paths: Sequence[str], command: str) -> None:
        self.paths = paths
        self.command = command
        self.failed = 0

    def __iter__(self) -> Iterator[Document]:
        from ..parse import parse_path, parse_text

        for p in self.paths:
            try:
                yield parse_text(sys.stdin.read(), source="-") if p == "-" else parse_path(Path(p))
            except InputError as exc:
                err(f"miner {self.command}: {exc}")
                self.failed += 1
