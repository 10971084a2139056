"""A simulated population end to end: speed, and checks against the drawn ground truth.

    python benchmarks/bench_population.py [--events 2000] [--curve-events 400] [--seed 7]

1. Speed: a portfolio of ``--events`` SIMULATED events on the fast path with its statistics,
   event study (raw, and abnormal against the simulated market proxy with the market model)
   and report (``run --prices-dir ... --market SPY_... --engine fast``), timed wall and CPU
   (one process, one core). Simulating the population is not timed.
2. Event study: the mean raw return 5 minutes after the rumour (every drawn jump lasts 1-5
   minutes) must hold the mean drawn jump inside its 95 % band; so must the mean abnormal
   return, with the market model and market-adjusted. Abnormal returns against ground truth:
   each stock moves by its drawn beta times the market proxy's return on top of its drawn
   skeleton, so an event's true abnormal return at +5 minutes is its skeleton's return; the
   mean error of the estimated abnormal returns must hold 0 inside its 95 % band (both models),
   and the market model's estimated betas must track the drawn ones.
3. Latency curve (long, ``--curve-events`` events, constant feed latency): its break-even must
   fall where the ground truth puts it. The ground truth evaluates every trade the run made at
   the same fill times on the noise-free skeleton the simulator drew (the anchors in
   ``events_SIMULATED.csv``: the expected price given the drawn jump, fade and denial; the
   market proxy's move, drawn with mean zero, and the stock's own noise are the noise the
   bootstrap interval accounts for) instead of the noisy tape, and pays the same costs; the mean over
   events of that gives the true curve, and its break-even must lie inside the run's 95 %
   bootstrap interval.

Every figure printed is from SIMULATED data. Timings on a shared machine are noisy.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rumorbt import event_study  # noqa: E402
from rumorbt.cli import main  # noqa: E402
from rumorbt.config import load_config  # noqa: E402
from rumorbt.latency_curve import bootstrap, latency_overrides  # noqa: E402
from rumorbt.portfolio import PlannedEvent, plan_events  # noqa: E402
from rumorbt.latency_curve import break_even  # noqa: E402
from rumorbt.synthetic import MARKET_TICKER  # noqa: E402
from rumorbt.tape import load_tape  # noqa: E402
from rumorbt.trades import closed  # noqa: E402

LATENCIES_S = (0, 30, 60, 90, 120, 180, 300, 600)


def skeleton(row: pd.Series):
    """Noise-free price of one event's day as a function of ns UTC (the simulator's anchors)."""
    pts = [a.split("=") for a in row["anchors"].split(";")]
    t = np.array([pd.Timestamp(f"{row['day']} {hhmm}", tz="America/New_York").value for hhmm, _ in pts], dtype=float)
    v = np.log(row["prev_close"]) + np.log1p(np.array([float(r) for _, r in pts]))
    return lambda x: float(np.exp(np.interp(float(x), t, v)))


def band(x: np.ndarray) -> tuple[float, float, float]:
    """Mean and its 95 % band (normal: n is large)."""
    mean, half = float(np.mean(x)), 1.96 * float(np.std(x, ddof=1)) / np.sqrt(len(x))
    return mean, mean - half, mean + half


def ground_truth_net(trade, path) -> float:
    """The trade's net P&L with its fills valued on the skeleton instead of the tape's mids."""
    side = 1 if trade.side == "long" else -1
    move = side * trade.qty * (path(trade.exit_time) - path(trade.entry_time))
    return move - trade.spread_cost - trade.slippage_cost - trade.impact_cost - trade.fees


def main_(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=2000)
    ap.add_argument("--curve-events", type=int, default=400)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--boot", type=int, default=1000)
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        pop, out = Path(tmp) / "pop", Path(tmp) / "out"
        t = time.perf_counter()
        assert main(["simulate", "--population", str(a.events), "--seed", str(a.seed), "--out", str(pop)]) == 0
        print(f"simulate --population {a.events}: {time.perf_counter() - t:.1f} s (not part of the timing below)")
        t, c = time.perf_counter(), time.process_time()
        market_file = pop / f"{MARKET_TICKER}_2023_1min_SIMULATED.csv.gz"
        rc = main(["run", "--headlines", str(pop / "headlines_SIMULATED.csv"), "--prices-dir", str(pop / "prices"),
                   "--market", str(market_file), "--engine", "fast", "--out", str(out)])
        wall, cpu = time.perf_counter() - t, time.process_time() - c
        assert rc == 0
        print(f"SPEED: {a.events}-event portfolio (fast path) with statistics, event study (raw and market model) and "
              f"report: {wall:.1f} s wall, {cpu:.1f} s CPU (one process)")

        truth = pd.read_csv(pop / "events_SIMULATED.csv")
        es = pd.read_csv(out / "event_study.csv")
        r = es[(es["anchor"] == "publication") & (es["offset_s"] == 300)].iloc[0]
        jump = truth["jump"].mean()
        ok = bool(r["lo_raw"] <= jump <= r["hi_raw"])
        bps = lambda v: f"{v * 1e4:.2f}"
        print(f"EVENT STUDY: mean drawn jump {bps(jump)} bps; mean raw return at +5 min {bps(r['mean_raw'])} bps, "
              f"95% band [{bps(r['lo_raw'])}, {bps(r['hi_raw'])}] over {int(r['n_events'])} events: "
              f"{'INSIDE' if ok else 'OUTSIDE'} the band")
        ok &= abnormal_checks(pop, market_file, truth, jump, bps)

        # the latency curve on a subset, with its ground truth
        cfg = load_config(None, {"data.headlines": str(pop / "headlines_SIMULATED.csv")})
        planned, _ = plan_events(cfg, str(pop / "prices"))
        events = [e for e in planned if isinstance(e, PlannedEvent)][: a.curve_events]
        params = truth.set_index(truth["event"].astype(str))
        paths = {e.result.event_id: skeleton(params.loc[_event_key(e)]) for e in events}
        from rumorbt.fastpath import run_fast

        lat = np.array(LATENCIES_S) * 10**9
        nets = np.full((len(events), len(lat)), np.nan)
        true = np.full_like(nets, np.nan)
        t = time.perf_counter()
        for j, L in enumerate(lat):
            c = cfg.with_overrides(latency_overrides(int(L), "long"))
            for i, e in enumerate(events):
                trades = closed(run_fast(replace(c, data=e.cfg.data), e.inputs))
                if trades:
                    nets[i, j] = sum(x.net_pnl for x in trades)
                    true[i, j] = sum(ground_truth_net(x, paths[e.result.event_id]) for x in trades)
        x_ms = lat / 1e6
        mean_run, mean_true = np.nanmean(nets, axis=0), np.nanmean(true, axis=0)
        be_run, v_run = break_even(pd.Series(mean_run, index=x_ms))
        be_true, v_true = break_even(pd.Series(mean_true, index=x_ms))
        boots = bootstrap(nets, a.boot, a.seed)
        got = [b for b in (break_even(pd.Series(row, index=x_ms))[0] for row in boots) if b is not None]
        lo, hi = (np.percentile(got, 2.5), np.percentile(got, 97.5)) if got else (None, None)
        print(f"latency curve over {len(events)} events x {len(lat)} latencies: {time.perf_counter() - t:.1f} s")
        for L, m, g in zip(LATENCIES_S, mean_run, mean_true):
            print(f"  {L:>4} s: run {m:9.2f}   ground truth {g:9.2f}   per trading event")
        fmt = lambda v: "none" if v is None else f"{v / 1000:.1f} s"
        inside = be_true is not None and lo is not None and lo <= be_true <= hi
        print(f"LATENCY CURVE: break-even {fmt(be_run)} ({v_run}), 95% bootstrap interval "
              f"{fmt(lo)}-{fmt(hi)}; ground truth {fmt(be_true)} ({v_true}): {'INSIDE' if inside else 'OUTSIDE'} the interval")
        print("All figures above come from SIMULATED data.")
        return 0 if ok and inside else 1


STEP_NS = 60 * 10**9  # the event study's grid: the tapes' one-minute bars


def true_abnormal(row: pd.Series, t0: int, market, model: str, fallback: bool) -> float:
    """An event's abnormal return at +5 min as the model would find it without the stock's own
    noise and with the drawn beta: the skeleton's step returns summed, minus the model's
    normal return. Market-adjusted (or a market-model fallback): what is left of the market
    after subtracting it once, ``(beta - 1) x`` its return. Market model: the skeleton's own
    drift in the estimation window (its alpha, per step) times 5; beta x market is removed."""
    sk = skeleton(row)
    grid = t0 + np.arange(6) * STEP_NS
    p = np.array([sk(t) for t in grid])
    skel = float(np.sum(p[1:] / p[:-1] - 1))
    if model == "market-adjusted" or fallback:
        m = event_study.prices_at(market, grid, STEP_NS)
        return skel + (float(row["beta"]) - 1) * float(np.sum(m[1:] / m[:-1] - 1))
    end = t0 - 30 * 60 * 10**9  # the estimation window ends where the event window starts
    alpha = sk(end) / sk(end - STEP_NS) - 1
    return skel - 5 * alpha


def abnormal_checks(pop: Path, market_file: Path, truth: pd.DataFrame, jump: float, bps) -> bool:
    """Abnormal returns at +5 min against the ground truth, for both models (see the module notes)."""
    cfg = load_config(None, {"data.headlines": str(pop / "headlines_SIMULATED.csv")})
    planned, tapes = plan_events(cfg, str(pop / "prices"))
    ran = {e.result.event_id: e.result for e in planned if isinstance(e, PlannedEvent)}
    market = load_tape(market_file, MARKET_TICKER)
    params = truth.set_index(truth["event"].astype(str))
    row = lambda event_id: params.loc[re.search(r"sim\d{5}", event_id).group(0)]
    ok = True
    for model in event_study.MODELS:
        es = event_study.study(event_study.portfolio_anchors(list(ran.values())), tapes, market, model)
        t = es.table[(es.table["anchor"] == "publication") & np.isclose(es.table["offset_s"], 300)].iloc[0]
        inside = bool(t["lo_abnormal"] <= jump <= t["hi_abnormal"])
        ab = es.abnormal["publication"][300.0].dropna()
        fits = es.fits[es.fits["anchor"] == "publication"].set_index("event_id")
        fell_back = lambda i: bool(fits.loc[i, "fallback"]) if i in fits.index else False
        true = np.array([true_abnormal(row(i), ran[i].t_pub, market, model, fell_back(i)) for i in ab.index])
        err, lo, hi = band(ab.to_numpy() - true)
        unbiased = bool(lo <= 0 <= hi)
        mae_ab = float(np.mean(np.abs(ab.to_numpy() - true)))
        mae_raw = float(np.mean(np.abs(es.paths["publication"].loc[ab.index, 300.0].to_numpy() - true)))
        print(f"ABNORMAL ({model}): mean at +5 min {bps(t['mean_abnormal'])} bps, 95% band [{bps(t['lo_abnormal'])}, "
              f"{bps(t['hi_abnormal'])}] over {int(t['n_events_abnormal'])} events: drawn jump {'INSIDE' if inside else 'OUTSIDE'} "
              f"the band; per event against its true abnormal return (skeleton, drawn beta, no own noise): mean error "
              f"{bps(err)} bps [{bps(lo)}, {bps(hi)}]: {'UNBIASED' if unbiased else 'BIASED'}; mean absolute error "
              f"{bps(mae_ab)} bps, raw returns {bps(mae_raw)} bps: the market's part {'REMOVED' if mae_ab < mae_raw else 'NOT REMOVED'}")
        ok &= inside and unbiased and mae_ab < mae_raw
        if model == "market-model":
            f = fits[~fits["fallback"]]
            drawn = np.array([row(i)["beta"] for i in f.index])
            corr = float(np.corrcoef(f["beta"], drawn)[0, 1])
            mae = float(np.mean(np.abs(f["beta"].to_numpy() - drawn)))
            print(f"  betas: {len(f)} events estimated ({len(fits) - len(f)} fell back to market-adjusted), mean "
                  f"{f['beta'].mean():.3f} vs drawn {drawn.mean():.3f}, mean absolute error {mae:.3f}, correlation {corr:.3f}")
            ok &= corr > 0.5
    return ok


def _event_key(e) -> str:
    """The simulator's event id (sim00042) inside the rumour's headline id."""
    return re.search(r"sim\d{5}", e.inputs.headlines[0].id).group(0)


if __name__ == "__main__":
    sys.exit(main_())
