"""Start-up cost of `jnz timeline show` against the bare import of its libraries.

Prints the median wall time of each over several rounds and the median of the
per-round ratios; the target is a ratio of at most 2. The commands run
interleaved, one of each per round, so that a machine slowing down or speeding
up mid-run weighs on all of them alike. Run from the repository with the
project installed: python bench/startup.py [--runs N]
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


def seconds(command: list[str], cwd: str) -> float:
    """Wall time of one run of `command` in `cwd`, output discarded."""
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    jnz = shutil.which("jnz", path=os.path.dirname(sys.executable)) or shutil.which("jnz")
    if jnz is None:
        sys.exit("bench/startup.py: no jnz on PATH; install the project first")
    cwd = tempfile.mkdtemp()  # no events.yaml here: the shipped timeline is shown
    baseline = [sys.executable, "-c", "import typer, rich.console, yaml"]
    commands = {
        "import typer, rich.console, yaml": baseline,
        "jnz --help": [jnz, "--help"],
        "jnz timeline show": [jnz, "timeline", "show"],
    }
    for command in commands.values():  # warm the file cache before timing
        seconds(command, cwd)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            times[name].append(seconds(command, cwd))
    base = times["import typer, rich.console, yaml"]
    for name, row in times.items():
        ratio = statistics.median(t / b for t, b in zip(row, base))
        print(f"{name:36} {statistics.median(row) * 1000:7.1f} ms   ratio {ratio:4.2f}")
    ratio = statistics.median(t / b for t, b in zip(times["jnz timeline show"], base))
    print(f"timeline show / bare imports: {ratio:.2f} (target <= 2.00): {'ok' if ratio <= 2 else 'OVER'}")


if __name__ == "__main__":
    main()
