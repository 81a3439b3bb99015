"""Start-up cost of `jnz timeline show` against the bare import of its libraries.

Prints the median wall time of each over several runs and their ratio; the
target is a ratio of at most 2. Run from the repository with the project
installed: python bench/startup.py [--runs N]
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def median_seconds(command: list[str], runs: int, cwd: str) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    jnz = shutil.which("jnz", path=os.path.dirname(sys.executable)) or shutil.which("jnz")
    if jnz is None:
        sys.exit("bench/startup.py: no jnz on PATH; install the project first")
    cwd = tempfile.mkdtemp()  # no events.yaml here: the shipped timeline is shown
    baseline = [sys.executable, "-c", "import typer, rich.console, yaml"]
    rows = {
        "import typer, rich.console, yaml": median_seconds(baseline, args.runs, cwd),
        "jnz --help": median_seconds([jnz, "--help"], args.runs, cwd),
        "jnz timeline show": median_seconds([jnz, "timeline", "show"], args.runs, cwd),
    }
    base = rows["import typer, rich.console, yaml"]
    for name, seconds in rows.items():
        print(f"{name:36} {seconds * 1000:7.1f} ms   ratio {seconds / base:4.2f}")
    ratio = rows["jnz timeline show"] / base
    print(f"timeline show / bare imports: {ratio:.2f} (target <= 2.00): {'ok' if ratio <= 2 else 'OVER'}")


if __name__ == "__main__":
    main()
