#!/usr/bin/env python3
"""Speed of data in and many events at once. Prints figures; asserts nothing.

  python benchmarks/bench_data.py [--events 500]

1. generating a SIMULATED population of N rumour -> denial events (1-minute bars);
2. running it as a portfolio, with the fast path and with the backtrader engine;
3. loading a year of one-minute bars for one ticker (CSV.gz and Parquet).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rumorbt.synthetic import generate_population, write_tape  # noqa: E402
from rumorbt.tape import load_tape  # noqa: E402


def cli(*args: str) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "backtest.py"), *args], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=500)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pop = Path(tmp) / "pop"
        dt = cli("simulate", "--population", str(a.events), "--seed", "1", "--out", str(pop))
        print(f"simulate a population of {a.events} events: {dt:.1f} s")
        for engine in ("fast", "backtrader"):
            dt = cli("run", "--headlines", str(pop / "headlines_SIMULATED.csv"), "--prices-dir", str(pop / "prices"),
                     "--engine", engine, "--out", f"{tmp}/out_{engine}")
            print(f"portfolio run of {a.events} events, engine {engine}: {dt:.1f} s wall, start-up included "
                  f"({a.events / dt:,.0f} events/s)")

        heads, tapes, _ = generate_population(248, 2, tickers=("ACME",))
        df = tapes["ACME"]
        csv_path = write_tape(df, Path(tmp) / "ACME_2023_1min_SIMULATED.csv.gz")
        pq_path = write_tape(df, Path(tmp) / "ACME_2023_1min_SIMULATED.parquet")
        for p in (csv_path, pq_path):
            load_tape(p, "ACME")
            t = time.perf_counter()
            tape = load_tape(p, "ACME")
            dt = time.perf_counter() - t
            print(f"load a year of 1-minute bars ({len(tape):,} bars, {p.suffix}): {dt:.2f} s ({len(tape) / dt:,.0f} bars/s)")


if __name__ == "__main__":
    main()
