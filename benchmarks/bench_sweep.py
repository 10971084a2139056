#!/usr/bin/env python3
"""Speed of sweeps. Prints figures; asserts nothing.

  python benchmarks/bench_sweep.py [--big N] [--workers W] [--bt-sample K]

1. the default sweep (>= 1,000 combinations over the reference case), wall time of the whole
   command `python backtest.py sweep`, start-up and plots included;
2. a grid of N combinations (default 100,000): combinations per second, and peak memory of
   the sweep process at 10% of N and at N (flat = streamed to disk);
3. the per-combination speed-up of the fast path over the backtrader engine, on K
   combinations of that grid evaluated both ways.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BIG_GRID = {
    "latency.feed.blog": ["1s", "3s", "10s", "20s", "30s", "45s", "60s", "90s", "2min", "3min", "5min", "10min"],
    "latency.decision": ["10ms", "50ms", "100ms", "250ms", "500ms", "1s", "2s", "5s", "10s", "20s"],
    "latency.order": ["100us", "1ms", "5ms", "20ms", "50ms", "100ms", "250ms", "500ms", "1s", "2s"],
    "costs.impact_k": ["0", "0.25", "0.5", "0.75", "1.0"],
    "strategy.max_hold": ["1min", "5min", "10min", "30min", "1h"],
    "strategy.direction": ["long", "follow"],
    "costs.participation_cap": ["0.02", "0.05", "0.1", "0.25", "0"],
    "strategy.stop_loss_bps": ["0", "25", "50", "100"],
}


def grid_toml(n: int) -> str:
    """The first keys of BIG_GRID whose product reaches n, the last one trimmed to hit n exactly when it can."""
    keys, total, lines = [], 1, []
    for k, vals in BIG_GRID.items():
        if total >= n:
            break
        take = min(len(vals), -(-n // total))
        keys.append((k, vals[:take]))
        total *= take
    for k, vals in keys:
        lines.append(f'"{k}" = [{", ".join(repr(v) for v in vals)}]'.replace("'", '"'))
    return "[grid]\n" + "\n".join(lines) + "\n", total


def timed_cli(args: list[str], env: dict | None = None, quiet: bool = False) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds and peak RSS (MiB) of ``python backtest.py ARGS`` and its
    children (``env``: extra environment variables; ``quiet``: its stderr discarded too)."""
    err = "subprocess.DEVNULL" if quiet else "None"
    code = textwrap.dedent(f"""
        import resource, subprocess, sys, time
        t = time.perf_counter()
        rc = subprocess.call({[sys.executable, str(ROOT / 'backtest.py'), *args]!r}, stdout=subprocess.DEVNULL, stderr={err})
        dt = time.perf_counter() - t
        ru = resource.getrusage(resource.RUSAGE_CHILDREN)
        print(dt, ru.ru_utime + ru.ru_stime, ru.ru_maxrss // 1024, rc)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, **(env or {})}).stdout.split()
    if out[3] != "0":
        raise SystemExit(f"failed: python backtest.py {' '.join(args)}")
    return float(out[0]), float(out[1]), int(out[2])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--big", type=int, default=100_000)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--bt-sample", type=int, default=8)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        wall, _, rss = timed_cli(["sweep", "--no-progress", "--workers", str(a.workers), "--out", f"{tmp}/default"])
        from rumorbt.sweep import load_sweep

        n_default = load_sweep(None).size
        print(f"default sweep: {n_default:,} combinations in {wall:.2f} s wall, start-up and plots included "
              f"({n_default / wall:,.0f} combinations/s; peak RSS {rss} MiB)")

        results = {}
        for n in (a.big // 10, a.big):
            text, total = grid_toml(n)
            f = Path(tmp) / f"grid{n}.toml"
            f.write_text(text)
            wall, _, rss = timed_cli(["sweep", "--config", str(f), "--no-progress", "--workers", str(a.workers), "--out", f"{tmp}/g{n}"])
            results[total] = (wall, rss)
            print(f"grid of {total:,} combinations: {wall:.1f} s wall, {total / wall:,.0f} combinations/s, peak RSS {rss} MiB")

        from rumorbt.engine import load_inputs
        from rumorbt.sweep import evaluate

        text, total = grid_toml(a.big)
        f = Path(tmp) / "grid.toml"
        f.write_text(text)
        spec = load_sweep(str(f))
        base = spec.base_config()
        inputs = load_inputs(base)
        step = max(1, total // a.bt_sample)
        combos = [spec.combo(i) for i in range(0, total, step)][: a.bt_sample]
        cfgs = [base.with_overrides(c) for c in combos]
        evaluate(cfgs[0], inputs, "fast")
        t = time.perf_counter()
        for c in cfgs * 20:
            evaluate(c, inputs, "fast")
        fast = (time.perf_counter() - t) / (20 * len(cfgs))
        t = time.perf_counter()
        for c in cfgs:
            evaluate(c, inputs, "backtrader")
        slow = (time.perf_counter() - t) / len(cfgs)
        print(f"per combination on one core ({len(cfgs)} combinations): fast {fast * 1000:.2f} ms, "
              f"backtrader {slow * 1000:.0f} ms -> speed-up {slow / fast:,.0f}x")


if __name__ == "__main__":
    main()
