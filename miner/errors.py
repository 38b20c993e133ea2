"""Errors the user sees as one line: what went wrong with which input, never a traceback."""

from __future__ import annotations


class MinerError(Exception):
    """An error worth one line on stderr. ``exit_code`` is what the CLI returns for it."""

    exit_code = 1

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.source = source

    def __str__(self) -> str:
        msg = super().__str__()
        return f"{self.source}: {msg}" if self.source else msg


class InputError(MinerError):
    """A file that cannot be read as a policy document (corrupt, encrypted, empty, too large...).

    ``status`` is the short code that goes into the run report.
    """

    def __init__(self, message: str, *, source: str | None = None, status: str = "failed") -> None:
        super().__init__(message, source=source)
        self.status = status


class UsageError(MinerError):
    """Bad arguments, bad SPARQL, unknown ids: the user can fix the call."""

    exit_code = 2


class NotBuiltError(MinerError):
    """A command needs results that ``miner build`` has not written yet."""

    def __init__(self, out: str) -> None:
        super().__init__(f"no built results in {out}; run 'miner build --out {out}' first")
