"""Run every benchmark in this folder, one after the other: ``python benchmarks/run.py``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    status = 0
    for script in sorted(HERE.glob("*.py")):
        if script.name in ("run.py", "__init__.py") or script.name.startswith("_"):
            continue
        print(f"\n== {script.name} ==", flush=True)
        status |= subprocess.call([sys.executable, str(script)])
    return status


if __name__ == "__main__":
    raise SystemExit(main())
