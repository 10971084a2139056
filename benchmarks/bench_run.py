#!/usr/bin/env python3
"""Speed of one backtest. Prints figures; asserts nothing.

  python benchmarks/bench_run.py [--repeat N]

1. the reference case end to end in-process (`python backtest.py` after start-up: load,
   classify, the default engine, trades.csv, summary.json, report.png and report.html);
2. each engine alone (the default array driver and backtrader) on that full regular session of
   one-second bars (23,400 bars);
3. each engine on a SIMULATED 16-hour one-second tape with extended hours (57,600 bars);
4. the whole process of `python backtest.py`, start-up included (wall and CPU seconds).
"""
from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rumorbt.config import REFERENCE_CONFIG  # noqa: E402
from rumorbt.config import load_config  # noqa: E402
from rumorbt.engine import ENGINES, load_inputs, run  # noqa: E402
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
        med, best = timed(lambda: write_outputs(run(cfg), Path(tmp) / "out", force=True), a.repeat)
        print(f"reference case end to end, in-process (run + trades.csv/summary.json/report.png/report.html): "
              f"median {med:.2f} s, best {best:.2f} s")
        inputs = load_inputs(cfg)
        n = len(inputs.tape)
        for engine in ENGINES:
            med, best = timed(lambda: run(cfg, inputs, engine=engine), a.repeat)
            print(f"engine {engine}, full regular session of 1 s bars ({n:,} bars, inputs read): median {med * 1e3:,.1f} ms "
                  f"({n / med:,.0f} bars/s)")

        sc = Scenario(ticker="META", date="2022-11-22", prev_close=109.90, session_start="04:00:00", session_end="20:00:00",
                      anchors=(("04:00:00", 0.0), ("11:00:00", 0.002), ("11:03:00", 0.012), ("11:26:00", 0.011),
                               ("11:29:00", -0.001), ("20:00:00", 0.014)),
                      events=(Event("11:00:00"), Event("11:26:00")))
        df = generate(sc, 1)
        path = write_tape(df, Path(tmp) / "META_16h_1s_SIMULATED.csv.gz")
        big = replace(cfg, data=replace(cfg.data, prices=str(path), extended_hours=True))
        big_inputs = load_inputs(big)
        for engine in ENGINES:
            med, best = timed(lambda: run(big, big_inputs, engine=engine), a.repeat)
            print(f"engine {engine}, 16-hour extended-hours tape of 1 s bars ({len(df):,} bars): median {med * 1e3:,.1f} ms "
                  f"({len(df) / med:,.0f} bars/s)")
        walls, cpus = [], []
        for _ in range(a.repeat):
            t0 = time.perf_counter()
            ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run([sys.executable, str(ROOT / "backtest.py"), "--force"], cwd=tmp, check=True, capture_output=True)
            ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            walls.append(time.perf_counter() - t0)
            cpus.append(ru1.ru_utime + ru1.ru_stime - ru0.ru_utime - ru0.ru_stime)
        print(f"python backtest.py, whole process (start-up, caches warm after the first): median {statistics.median(walls):.2f} s "
              f"wall, {statistics.median(cpus):.2f} s CPU (best {min(walls):.2f} s wall)")


if __name__ == "__main__":
    main()
