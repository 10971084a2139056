#!/usr/bin/env python3
"""Costs that must not grow with the tape: per-combination time of a stop-loss grid on the fast
path over the reference day, and over the same day followed by 19 more trading days (the
reference session repeated, SIMULATED). Prints figures; asserts nothing. One core, in-process.

  python benchmarks/bench_corners.py [--days 20] [--repeat 3]

Before the fix the price-exit check scanned every later bar of the tape for each combination
(0.46 -> 2.93 ms per combination from one to twenty days); later it stopped at the trip's first
timer but still read to the tape's end when there was none (x1.39); now it reads only while
the trip is open. Figures are CPU time of this process, the two tapes interleaved: the machine
is shared, and wall time measured one after the other follows its load, not the code.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rumorbt.config import load_config  # noqa: E402

REFERENCE = ROOT / "data" / "reference" / "META_2022-11-22.toml"
DAY_TAPE = ROOT / "data" / "reference" / "META_2022-11-22_1s_SIMULATED.csv.gz"
GRID = {"strategy.stop_loss_bps": ["5", "10", "20", "40", "80", "160", "320"],
        "strategy.max_hold": ["5min", "30min", "0s"], "strategy.exit_at_session_end": ["true", "false"],
        "latency.order": ["1ms", "250ms"]}


def long_tape(days: int, folder: Path) -> Path:
    """The reference session followed by ``days - 1`` copies on the next XNYS trading days."""
    import exchange_calendars as xcals

    day = pd.read_csv(DAY_TAPE)
    t = pd.to_datetime(day["timestamp"], utc=True)
    cal = xcals.get_calendar("XNYS")
    sessions = cal.sessions_in_range("2022-11-22", "2023-03-01")[:days]
    parts = []
    for s in sessions:
        shifted = day.copy()
        shifted["timestamp"] = (t + (pd.Timestamp(s) - pd.Timestamp("2022-11-22"))).dt.tz_convert("America/New_York").map(
            lambda x: x.isoformat())
        parts.append(shifted)
    out = folder / f"META_2022-11-22_{days}d_1s_SIMULATED.csv"
    pd.concat(parts).to_csv(out, index=False)
    return out


def grid_runner(prices: Path):
    """(one pass over the grid, bars): the inputs are read and the impact model cached first."""
    from itertools import product

    from rumorbt.engine import load_inputs
    from rumorbt.sweep import evaluate

    base = load_config(REFERENCE, {"data.prices": str(prices)})
    inputs = load_inputs(base)
    cfgs = [base.with_overrides(dict(zip(GRID, vals))) for vals in product(*GRID.values())]
    cache: dict = {}
    evaluate(cfgs[0], inputs, "fast", cache)

    def one_pass() -> float:
        """CPU seconds of this process per combination (the machine is shared: wall time is not ours)."""
        t0 = time.process_time()
        for c in cfgs:
            evaluate(c, inputs, "fast", cache)
        return (time.process_time() - t0) / len(cfgs)

    return one_pass, len(inputs.tape)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=20)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    n = 1
    for v in GRID.values():
        n *= len(v)
    with tempfile.TemporaryDirectory() as tmp:
        one_day, bars1 = grid_runner(DAY_TAPE)
        many_days, bars_n = grid_runner(long_tape(a.days, Path(tmp)))
        ones, manys = [], []
        for _ in range(a.repeat):  # interleaved, so a change in the machine's load hits both alike
            ones.append(one_day())
            manys.append(many_days())
    one, many = statistics.median(ones), statistics.median(manys)
    print(f"stop-loss grid, {n} combinations, fast path, one core, CPU time (median of {a.repeat}, interleaved):")
    print(f"  1 day  ({bars1:,} bars):  {one * 1e3:.3f} ms per combination")
    print(f"  {a.days} days ({bars_n:,} bars): {many * 1e3:.3f} ms per combination  (ratio {many / one:.2f})")


if __name__ == "__main__":
    main()
