"""Entry point of a query worker process: ``python -m miner.serve.worker OUT_DIR READ_FD WRITE_FD memory|disk``."""

from __future__ import annotations

import sys
from multiprocessing.connection import Connection
from pathlib import Path

from .engine import worker_loop


def main(argv: list[str]) -> int:
    out_dir, read_fd, write_fd, mode = argv
    worker_loop(Path(out_dir), Connection(int(read_fd), writable=False), Connection(int(write_fd), readable=False),
                memory=mode == "memory")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
