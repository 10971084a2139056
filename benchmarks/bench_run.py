#!/usr/bin/env python3
"""Speed of one backtest. Prints figures; asserts nothing.

  python benchmarks/bench_run.py [--repeat N]

1. the reference case end to end (`python backtest.py`: load, classify, backtrader, outputs);
2. the engine alone on that full regular session of one-second bars (23,400 bars);
3. the engine on a SIMULATED 16-hour one-second tape with extended hours (57,600 bars).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rumorbt.config import REFERENCE_CONFIG  # noqa: E402
from rumorbt.config import load_config  # noqa: E402
from rumorbt.engine import run  # noqa: E402
from rumorbt.report import write_outputs  # noqa: E402
from rumorbt.synthetic import Event, Scenario, generate, write_tape  # noqa: E402


def timed(fn, repeat: int) -> tuple[float, float]:
    fn()  # warm-up: imports, calendar cache
    xs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        xs.append(time.perf_counter() - t0)
    return statistics.median(xs), min(xs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    cfg = load_config(REFERENCE_CONFIG)
    with tempfile.TemporaryDirectory() as tmp:
        med, best = timed(lambda: write_outputs(run(cfg), Path(tmp) / "out"), a.repeat)
        print(f"reference case end to end (run + trades.csv/summary.json/report.png): median {med:.2f} s, best {best:.2f} s")
        res = run(cfg)
        n = len(res.tape)
        med, best = timed(lambda: run(cfg), a.repeat)
        print(f"engine, full regular session of 1 s bars ({n:,} bars): median {med:.2f} s ({n / med:,.0f} bars/s)")

        sc = Scenario(ticker="META", date="2022-11-22", prev_close=109.90, session_start="04:00:00", session_end="20:00:00",
                      anchors=(("04:00:00", 0.0), ("11:00:00", 0.002), ("11:03:00", 0.012), ("11:26:00", 0.011),
                               ("11:29:00", -0.001), ("20:00:00", 0.014)),
                      events=(Event("11:00:00"), Event("11:26:00")))
        df = generate(sc, 1)
        path = write_tape(df, Path(tmp) / "META_16h_1s_SIMULATED.csv.gz")
        big = replace(cfg, data=replace(cfg.data, prices=str(path), extended_hours=True))
        med, best = timed(lambda: run(big), a.repeat)
        print(f"engine, 16-hour extended-hours tape of 1 s bars ({len(df):,} bars): median {med:.2f} s ({len(df) / med:,.0f} bars/s)")


if __name__ == "__main__":
    main()
