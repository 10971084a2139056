#!/usr/bin/env python3
"""Speed of the batch kernel (rumorbt/kernel.py). Prints figures; asserts nothing.

  python benchmarks/bench_kernel.py [--n 103680] [--batch 16384] [--whole] [--events 2000]

In-process, one core:
1. the kernel on the default sweep grid (the reference case), participation cap on (the
   default 0.10) and off: combinations per second, wall and CPU, over ``--n`` combinations
   (the grid repeated) evaluated ``--batch`` at a time (memory flat in ``--n``), and the
   same rows formatted as results.csv lines;
2. a numpy ceiling measured in the same run: the sketch the issue cites — only the arithmetic
   of this grid's trades (entry at the first bar after arrival, exit on the denial or the
   max-hold timer, quotes, impact, order-level fees), none of the generality, with latency
   draws and tape look-ups prepared outside the timing; its net P&L is compared with the
   kernel's to the cent. numba is not a dependency: no numba ceiling is measured;
3. the per-combination reference path on a sample ("before").

With ``--whole``, whole-process wall times (start-up included), each with the kernel and with
``RUMORBT_NO_KERNEL=1`` (the reference path, "before"):
4. ``python backtest.py sweep`` (the default sweep, one and two workers);
5. 100,000 combinations on 2 workers (benchmarks/bench_sweep.py's grid);
6. ``--events`` SIMULATED events x 100 combinations (a many-event sweep), one worker and two.

The machine is shared: every figure is noisy; CPU seconds are printed next to wall seconds.
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rumorbt import sweep as S  # noqa: E402
from bench_sweep import timed_cli  # noqa: E402  (one whole-process timer)


def timed(fn):
    w, c = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - w, time.process_time() - c


def kernel_speed(spec, n: int, batch: int) -> tuple[float, float, float, float]:
    """(combinations/s wall, /s CPU, with formatting /s wall, peak RSS MiB) over n combinations."""
    sk = S._kernel(spec)
    base = np.arange(spec.size)
    combos = np.resize(base, n)
    sk.metrics(combos[:batch])  # warm: inputs read, tables built

    def run(fmt: bool):
        for a in range(0, n, batch):
            c = combos[a:a + batch]
            cov, m = sk.metrics(c)
            if fmt:
                S.kernel_lines(spec, c, m, "true")

    _, w, c = timed(lambda: run(False))
    _, wf, _ = timed(lambda: run(True))
    return n / w, n / c, n / wf, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ceiling(spec, n: int) -> tuple[float, float, int]:
    """The numpy sketch over n combinations of the default grid (cap off): (combinations/s
    wall, /s CPU, combinations of the grid whose net P&L equals the kernel's to the cent)."""
    sk = S._kernel(spec)
    P = sk.params
    ek = sk.kernels[0]
    ta, ex = ek._tape(False)
    combos = np.arange(spec.size)
    seeds = P.array(("seed",), lambda c: c.seed, combos, np.int64)
    rum = next(h for h, hd in enumerate(ek.heads) if hd.kind == "ceo_rumor")
    den = next(h for h, hd in enumerate(ek.heads) if hd.kind == "denial")
    H = ek.heads
    from rumorbt.kernel import _DECISION, _ORDER, _feed_getter, Costs

    def send(h):
        t = H[h].t_pub + ek._draw(("latency", "feed", H[h].source_class), _feed_getter(H[h].source_class), combos, seeds,
                                  "feed", H[h].key)
        return t + ek._draw(("latency", "decision"), _DECISION, combos, seeds, "decision", H[h].key)

    ts, td = send(rum), send(den)
    order = ek._draw(("latency", "order"), _ORDER, combos, seeds, "order", H[rum].key, "entry")
    order_x = ek._draw(("latency", "order"), _ORDER, combos, seeds, "order", H[den].key, "exit", 1)
    order_t = ek._draw(("latency", "order"), _ORDER, combos, seeds, "order", "max_hold@trip1", "exit", 1)
    c = Costs(P, combos)
    mh = P.array(("strategy", "max_hold"), lambda c: c.strategy.max_hold, combos, np.int64)
    follow = P.array(("strategy", "direction"), lambda c: c.strategy.direction == "follow", combos, bool)
    thr = P.array(("strategy", "follow_threshold_bps"), lambda c: c.strategy.follow_threshold_bps, combos)
    size = P.array(("strategy", "size"), lambda c: c.strategy.size, combos)
    rates = ex.rates(c, np.full(spec.size, ta.last_open))
    assert bool((c.sigma_daily > 0).all() and (c.adv_shares > 0).all()), "the sketch needs configured sigma/ADV"
    reps = max(1, n // spec.size)
    o = ta.open
    t_pub = H[rum].t_pub

    def quote(i):
        if ta.quotes:
            return ta.bid[i], ta.ask[i], ta.qmid[i]
        hs = o[i] * c.half_spread_bps / 1e4
        return o[i] - hs, o[i] + hs, o[i]

    def once():
        ref = ta.close[np.searchsorted(ta.t_end, ts, side="right") - 1]
        before = ta.close[np.searchsorted(ta.t_end, np.full(spec.size, t_pub), side="right") - 1]
        move = (ref / before - 1.0) * 1e4
        side = np.where(follow, np.where(move > 0, 1, -1), 1)
        ok = ~follow | (np.abs(move) >= thr)
        qty = np.floor(size / ref).astype(np.int64)
        i_in = ta.next_tradable[np.searchsorted(ta.t_open, ts + order, side="right")]
        t_ff = ta.t_open[i_in]
        t_timer = t_ff + mh
        by_denial = (td > ts) & (td <= t_timer)
        tx = np.where(by_denial, td, t_timer)
        ax = tx + np.where(by_denial, order_x, order_t)
        i_out = ta.next_tradable[np.searchsorted(ta.t_open, ax, side="right")]
        f = np.where((qty > 0) & (c.impact_k > 0), c.impact_k * c.sigma_daily * np.sqrt(qty / c.adv_shares), 0.0)
        buy = side > 0
        b_in, a_in, m_in = quote(i_in)
        b_out, a_out, m_out = quote(i_out)
        p_in = np.where(buy, a_in + m_in * f, b_in - m_in * f)
        p_out = np.where(buy, b_out - m_out * f, a_out + m_out * f)
        n_in, n_out = qty * p_in, qty * p_out
        comm = lambda notional: np.floor(np.minimum(np.maximum(qty * c.commission_per_share, c.commission_min),
                                                    c.commission_max_pct * notional) * 100 + 0.5 + 1e-9) / 100
        sale = np.where(buy, n_out, n_in)
        sec = np.ceil(sale * rates[0] / 1e6 * 100 - 1e-6) / 100
        taf = np.ceil(np.minimum(qty * rates[1], rates[2]) * 100 - 1e-6) / 100
        cat = np.ceil(qty * rates[3] * 100 - 1e-6) / 100
        gross = side * qty * (p_out - p_in)
        return np.where(ok, gross - (comm(n_in) + comm(n_out) + sec + taf + cat + cat), 0.0)

    net, w, cpu = timed(lambda: [once() for _ in range(reps)][-1])
    _, m = sk.metrics(combos)
    agree = int((np.round(net, 2) == np.round(m["net_pnl"], 2)).sum())
    return reps * spec.size / w, reps * spec.size / cpu, agree


def reference_speed(spec, k: int) -> tuple[float, float]:
    idx = list(np.linspace(0, spec.size - 1, k).astype(int))
    S._evaluate_reference(spec, idx[:1])
    _, w, c = timed(lambda: S._evaluate_reference(spec, idx))
    return k / w, k / c


def whole(args: list[str], env: dict | None = None) -> tuple[float, float]:
    """Wall and CPU seconds (children included) of ``python backtest.py ARGS``."""
    wall, cpu, _ = timed_cli(args, env, quiet=True)
    return wall, cpu


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=103_680)
    ap.add_argument("--batch", type=int, default=16_384)
    ap.add_argument("--whole", action="store_true")
    ap.add_argument("--events", type=int, default=2000)
    ap.add_argument("--only-whole", action="store_true", help="skip the in-process figures")
    a = ap.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores: figures are noisy")
    for cap in () if a.only_whole else ("0.1", "0"):
        spec = S.load_sweep(None, {"costs.participation_cap": cap})
        kw, kc, kf, rss = kernel_speed(spec, a.n, a.batch)
        print(f"kernel, default grid, participation cap {cap}: {kw:,.0f} combinations/s wall ({kc:,.0f}/s CPU), "
              f"{kf:,.0f}/s with rows formatted; {a.n:,} combinations in batches of {a.batch:,}; peak RSS {rss:.0f} MiB")
        if cap == "0":
            cw, cc, agree = ceiling(spec, a.n)
            print(f"numpy ceiling (cap 0, the sketch): {cw:,.0f} combinations/s wall ({cc:,.0f}/s CPU); net P&L equal "
                  f"to the kernel's to the cent on {agree:,} of {spec.size:,}; kernel / ceiling = {kw / cw:.3f} wall, "
                  f"{kc / cc:.3f} CPU")
        rw, rc = reference_speed(spec, 60)
        print(f"reference path (before), cap {cap}: {rw:,.0f} combinations/s wall ({rc:,.0f}/s CPU); "
              f"kernel speed-up {kw / rw:,.0f}x wall")
    print("numba: not installed and not a dependency; no numba ceiling measured")
    if not (a.whole or a.only_whole):
        return
    no_kernel = {"RUMORBT_NO_KERNEL": "1"}
    with tempfile.TemporaryDirectory() as tmp:
        # as a user types it (default workers: one process when the estimate is short), three times
        runs = [whole(["sweep", "--no-progress", "--out", f"{tmp}/default{i}"]) for i in range(4)][1:]  # the first warms caches
        walls, cpus = sorted(w for w, _ in runs), sorted(c for _, c in runs)
        print(f"default sweep (1,296) as typed, `backtest.py sweep --out D`: median {walls[1]:.2f} s wall (best {walls[0]:.2f}), "
              f"median {cpus[1]:.2f} s CPU, start-up and plots included")
        if os.environ.get("PYTHONDONTWRITEBYTECODE"):
            # this environment tells Python not to keep compiled modules, so every run above also
            # compiled rumorbt's own ~50 modules from source (~0.1 s); Python's default keeps them
            # (in a folder of this benchmark here, nothing written into the checkout)
            pyc = {"PYTHONDONTWRITEBYTECODE": "", "PYTHONPYCACHEPREFIX": f"{tmp}/pycache"}
            runs = [whole(["sweep", "--no-progress", "--out", f"{tmp}/pyc{i}"], pyc) for i in range(4)][1:]
            walls, cpus = sorted(w for w, _ in runs), sorted(c for _, c in runs)
            print(f"  the same with compiled modules kept (Python's default; PYTHONDONTWRITEBYTECODE is set here): "
                  f"median {walls[1]:.2f} s wall (best {walls[0]:.2f}), median {cpus[1]:.2f} s CPU")
        for w in () if a.only_whole else (1, 2):
            for label, env in (("kernel", None), ("reference", no_kernel)):
                wall, cpu = whole(["sweep", "--no-progress", "--workers", str(w), "--out", f"{tmp}/d{w}{label}"], env)
                print(f"default sweep (1,296), {w} worker(s), {label}: {wall:.2f} s wall, {cpu:.2f} s CPU, start-up and plots included")
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from bench_sweep import grid_toml

        text, total = grid_toml(100_000)
        (Path(tmp) / "big.toml").write_text(text)
        wall, cpu = whole(["sweep", "--config", str(Path(tmp) / "big.toml"), "--no-progress", "--workers", "2", "--yes", "--out", f"{tmp}/big"])
        print(f"{total:,} combinations, 2 workers, kernel: {wall:.2f} s wall, {cpu:.2f} s CPU")
        pop = Path(tmp) / "pop"
        subprocess.run([sys.executable, str(ROOT / "backtest.py"), "simulate", "--population", str(a.events), "--seed", "7",
                        "--out", str(pop)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        grid = (f'[sweep]\nprices_dir = "prices"\n[base]\n"data.headlines" = "{pop / "headlines_SIMULATED.csv"}"\n[grid]\n'
                '"latency.feed.blog" = ["5s", "30s", "60s", "2min", "5min"]\n"latency.order" = ["1ms", "250ms"]\n'
                '"strategy.max_hold" = ["5min", "30min"]\n"costs.impact_k" = ["0", "0.5", "1", "1.5", "2"]\n')  # 100
        (pop / "grid.toml").write_text(grid)
        for w in (1, 2):
            wall, cpu = whole(["sweep", "--config", str(pop / "grid.toml"), "--no-progress", "--workers", str(w), "--yes", "--out", f"{tmp}/pop{w}"])
            print(f"{a.events:,} SIMULATED events x 100 combinations, {w} worker(s), kernel: {wall:.2f} s wall, {cpu:.2f} s CPU")


if __name__ == "__main__":
    main()
