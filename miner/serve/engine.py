"""Where the server runs queries: worker processes it can stop, or (``workers=0``) its own threads.

A SPARQL query can run for hours (a cross product over millions of triples).
Oxigraph has no way to cancel one, so the server runs queries in a small pool
of worker processes, each with the store open read-only; a query that passes
its time limit has its worker killed and replaced. Workers reopen the store
when a new build has finished (``graph.json`` changed), so a running server
serves the latest build without a restart.
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from dataclasses import asdict
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Protocol

from ..errors import MinerError, NotBuiltError, UsageError
from ..graph import SUMMARY_FILE  # written last by every build
from ..graph.store import GraphStore, QueryTimeout, Serialized

__all__ = ["InProcessEngine", "QueryEngine", "WorkerPool", "make_engine"]

_IDLE_CHECK_S = 2.0  # how often an idle worker looks for a new build
_LOAD_TIMEOUT_S = 1800.0  # how long a worker may take to load the graph (country scale: about a minute)


def _stamp(out_dir: Path) -> int | None:
    try:
        return (out_dir / SUMMARY_FILE).stat().st_mtime_ns
    except OSError:
        return None


class QueryEngine(Protocol):
    def execute(self, sparql: str, result_format: str, graph_format: str, *,
                default_graphs: list[str] | None = None, named_graphs: list[str] | None = None) -> Serialized: ...

    def close(self) -> None: ...


class _Reopening:
    """A read-only store (in memory by default) that is reopened when the build summary changes."""

    def __init__(self, out_dir: Path, memory: bool = True) -> None:
        self.out_dir = out_dir
        self.memory = memory
        self._store: GraphStore | None = None
        self._stamp: int | None = None
        self._lock = threading.Lock()

    def get(self) -> GraphStore:
        with self._lock:
            stamp = _stamp(self.out_dir)
            if self._store is None or stamp != self._stamp:
                # the old store is dropped, not closed: a query in another thread may still be reading it
                self._store = GraphStore(self.out_dir, read_only=True, memory=self.memory)
                self._stamp = stamp
            return self._store


class InProcessEngine:
    """Queries in server threads: no process start-up, but a timed-out query keeps its thread busy."""

    def __init__(self, out_dir: Path, timeout: float | None = None, memory: bool = True) -> None:
        self._stores = _Reopening(out_dir, memory)
        self._stores.get()  # fail now, not at the first request, when nothing is built
        self.timeout = timeout

    def execute(self, sparql: str, result_format: str, graph_format: str, *,
                default_graphs: list[str] | None = None, named_graphs: list[str] | None = None) -> Serialized:
        return self._stores.get().query_serialized(sparql, result_format, graph_format, timeout=self.timeout,
                                                   default_graphs=default_graphs, named_graphs=named_graphs)

    def close(self) -> None:
        pass


def worker_loop(out_dir: Path, requests: Connection, replies: Connection, memory: bool = True) -> None:
    """Loop of one worker process: load the graph, say so, then answer queries one at a time.

    While idle it checks every few seconds whether a build has finished and, if
    so, reloads, so that queries rarely wait for a load.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server stops its workers itself
    stores = _Reopening(out_dir, memory)
    try:
        stores.get()
        replies.send(("ready", None))
    except MinerError as exc:
        replies.send(("ready", str(exc)))
    while True:
        try:
            if not requests.poll(_IDLE_CHECK_S):
                with contextlib.suppress(MinerError):
                    stores.get()
                continue
            request = requests.recv()
        except (EOFError, OSError):
            return
        sparql, result_format, graph_format, default_graphs, named_graphs = request
        try:
            out = stores.get().query_serialized(sparql, result_format, graph_format, timeout=0,
                                                default_graphs=default_graphs, named_graphs=named_graphs)
            reply: tuple[str, Any] = ("ok", asdict(out))
        except UsageError as exc:
            reply = ("usage", str(exc))
        except MinerError as exc:
            reply = ("error", str(exc))
        except Exception as exc:  # reported to the client as a 500; the worker lives on
            reply = ("error", f"{type(exc).__name__}: {exc}")
        try:
            replies.send(reply)
        except (EOFError, OSError):
            return


class _Worker:
    """A worker process started as ``python -m miner.serve.worker`` (so it needs nothing from ``__main__``)."""

    def __init__(self, out_dir: Path, memory: bool = True) -> None:
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "miner.serve.worker", str(out_dir), str(to_child_r), str(from_child_w),
             "memory" if memory else "disk"],
            pass_fds=(to_child_r, from_child_w), stdin=subprocess.DEVNULL, close_fds=True,
        )
        os.close(to_child_r)
        os.close(from_child_w)
        self.requests = Connection(to_child_w, readable=False)
        self.replies = Connection(from_child_r, writable=False)
        self.ready = False

    def wait_ready(self) -> None:
        """Wait for the worker to have loaded the graph (not counted against a query's time limit)."""
        if self.ready:
            return
        if not self.replies.poll(_LOAD_TIMEOUT_S):
            raise MinerError("a query worker did not finish loading the graph")
        self.replies.recv()  # ("ready", None or the error it will report again for each query)
        self.ready = True

    def stop(self) -> None:
        for conn in (self.requests, self.replies):
            with contextlib.suppress(Exception):
                conn.close()
        if self.process.poll() is None:
            self.process.kill()
        with contextlib.suppress(Exception):
            self.process.wait(timeout=5)


class WorkerPool:
    """``size`` worker processes; each query takes an idle one, waiting (within the time limit) when all are busy."""

    def __init__(self, out_dir: Path, size: int = 2, timeout: float | None = None, memory: bool = True) -> None:
        from ..config import settings

        if not (Path(out_dir) / "store" / "CURRENT").exists():
            raise NotBuiltError(str(out_dir))
        self.out_dir = Path(out_dir)
        self.timeout = settings().query_timeout_s if timeout is None else timeout
        self.memory = memory
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._closed = False
        for _ in range(max(1, size)):
            self._idle.put(_Worker(self.out_dir, self.memory))

    def execute(self, sparql: str, result_format: str, graph_format: str, *,
                default_graphs: list[str] | None = None, named_graphs: list[str] | None = None) -> Serialized:
        limit = self.timeout if self.timeout and self.timeout > 0 else None
        try:
            worker = self._idle.get(timeout=limit)
        except queue.Empty:
            raise QueryTimeout(f"all query workers stayed busy for {limit:g} s; try again later") from None
        try:
            worker.wait_ready()
            started = time.perf_counter()
            worker.requests.send((sparql, result_format, graph_format, default_graphs, named_graphs))
            remaining = None if limit is None else max(0.0, limit - (time.perf_counter() - started))
            if not worker.replies.poll(remaining):
                worker.stop()
                worker = _Worker(self.out_dir, self.memory)
                raise QueryTimeout(f"the query did not finish within {limit:g} s and was stopped")
            status, payload = worker.replies.recv()
        except (EOFError, OSError, BrokenPipeError):
            worker.stop()
            worker = _Worker(self.out_dir, self.memory)
            raise MinerError("the query worker died while running the query") from None
        finally:
            if self._closed:
                worker.stop()
            else:
                self._idle.put(worker)
        if status == "ok":
            return Serialized(**payload)
        if status == "usage":
            raise UsageError(payload)
        raise MinerError(payload)

    def close(self) -> None:
        self._closed = True
        while True:
            try:
                self._idle.get_nowait().stop()
            except queue.Empty:
                break


def make_engine(out_dir: Path, workers: int = 2, timeout: float | None = None, memory: bool = True) -> QueryEngine:
    """Worker processes when ``workers`` > 0, otherwise queries in the server's own threads.

    ``memory``: each worker (or the server) answers from a copy of the graph in
    memory, loaded at start and after each build; much faster than the on-disk
    store, and each worker holds its own copy.
    """
    if workers > 0:
        return WorkerPool(out_dir, workers, timeout, memory)
    return InProcessEngine(out_dir, timeout, memory)
