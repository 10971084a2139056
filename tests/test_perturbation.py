"""Knowable at the moment of use, with the DEFAULT configuration (impact inputs estimated,
participation cap on, default latencies): change what happens strictly after a moment — prices
x3, volumes x10, headlines added or removed — and every fill known at that moment (time,
price, quantity, fees) must stay identical to the bit.

Moments checked: every decision (entry and exit order sent) and every fill of the baseline
run. "Strictly after T": bars opening after T change entirely; the bar in progress at T keeps
its open (printed at or before T) and changes its high, low, close and volume.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from helpers import DENIAL, RUMOUR, write_headlines
from rumorbt.config import load_config
from rumorbt.engine import run

ET = "America/New_York"


def random_tape(path: Path, seed: int = 3, day: str = "2022-11-22", quotes: bool = False) -> Path:
    """A regular session of one-minute bars: random walk prices, random volumes (200..6,000)."""
    rng = np.random.default_rng(seed)
    t0 = pd.Timestamp(f"{day} 09:30", tz=ET)
    n = 390
    close = 100.0 * np.exp(np.cumsum(rng.normal(0, 0.002, n)))
    opens = np.r_[100.0, close[:-1]]
    rows = []
    for i in range(n):
        o, c = round(opens[i], 4), round(close[i], 4)
        row = {"timestamp": (t0 + pd.Timedelta(minutes=i)).isoformat(), "open": o,
               "high": round(max(o, c) * 1.001, 4), "low": round(min(o, c) * 0.999, 4), "close": c,
               "volume": int(rng.integers(200, 6000))}
        if quotes:
            row["bid"], row["ask"] = round(o - 0.01, 4), round(o + 0.01, 4)
        rows.append(row)
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


def perturb(src: Path, dst: Path, t_cut: int, price_x: float = 1.0, volume_x: float = 1.0) -> Path:
    """Copy of a tape with everything strictly after ``t_cut`` (ns UTC) scaled."""
    df = pd.read_csv(src)
    t = pd.to_datetime(df["timestamp"], utc=True).astype("datetime64[ns, UTC]").astype("int64").to_numpy()
    bar = int(np.median(np.diff(t)))
    later = t > t_cut
    running = (t <= t_cut) & (t + bar > t_cut)  # the bar in progress: its open is known
    px = [c for c in ("open", "high", "low", "close", "bid", "ask") if c in df.columns]
    df.loc[later, px] = df.loc[later, px] * price_x
    df.loc[running, "close"] = df.loc[running, "close"] * price_x
    df.loc[running, "high"] = np.maximum(df.loc[running, "high"] * price_x, df.loc[running, ["open", "close"]].max(axis=1))
    df.loc[running, "low"] = np.minimum(df.loc[running, "low"] * price_x, df.loc[running, ["open", "close"]].min(axis=1))
    df.loc[later | running, "volume"] = (df.loc[later | running, "volume"] * volume_x).round()
    df.to_csv(dst, index=False)
    return dst


def fills_until(res, t_cut: int) -> list[tuple]:
    return [(trip, leg, f.t, f.i, f.qty, f.price, f.commission, f.sec_fee, f.taf, f.impact_cost)
            for trip, leg, f in res.fills if f.t <= t_cut]


def decisions_until(res, t_cut: int) -> list[tuple]:
    return [d for d in res.decisions if d[0] <= t_cut and d[2] in ("enter", "exit")]


def default_config(heads: Path, tape: Path, **sets):
    """The DEFAULT configuration: only the inputs are named."""
    return load_config(None, {"data.headlines": str(heads), "data.prices": str(tape), "data.ticker": "META", **sets})


HEADS = [("2022-11-22T10:30:00-05:00", "Twitter", RUMOUR), ("2022-11-22T10:52:00-05:00", "Twitter", DENIAL)]


def moments(res) -> list[int]:
    out = {t for t, _, a, _ in res.decisions if a in ("enter", "exit")}
    out |= {f.t for _, _, f in res.fills}
    return sorted(out)


@pytest.fixture(scope="module")
def baseline(tmp_path_factory):
    d = tmp_path_factory.mktemp("perturb")
    tape = random_tape(d / "META_tape.csv")
    heads = write_headlines(d / "h.csv", HEADS)
    res = run(default_config(heads, tape))
    assert res.cfg.costs.sigma_daily == 0 and res.cfg.costs.adv_shares == 0 and res.cfg.costs.participation_cap > 0
    assert res.cfg.costs.impact_k > 0
    (t,) = res.trades
    assert t.entry_fills >= 3 and t.exit_fills >= 2, "the cap must split both orders, or the test proves little"
    assert t.impact_cost > 0
    return d, tape, heads, res


@pytest.mark.parametrize("price_x,volume_x", [(3.0, 1.0), (1.0, 10.0), (3.0, 10.0), (1 / 3, 1 / 10)])
def test_prices_and_volumes_after_each_moment_change_no_fill_known_then(baseline, price_x, volume_x):
    d, tape, heads, base = baseline
    for k, t_cut in enumerate(moments(base)):
        changed = run(default_config(heads, perturb(tape, d / f"p{k}_{price_x:g}_{volume_x:g}.csv", t_cut, price_x, volume_x)))
        assert fills_until(changed, t_cut) == fills_until(base, t_cut), f"cut {pd.Timestamp(t_cut, tz='UTC').tz_convert(ET)}"
        assert decisions_until(changed, t_cut) == decisions_until(base, t_cut)


def test_later_headlines_added_or_removed_change_no_fill_known_before_them(baseline):
    d, tape, heads, base = baseline
    (t,) = base.trades
    cut = pd.Timestamp("2022-11-22 10:52", tz=ET).value
    # removing the denial (published 10:52) changes nothing known before 10:52
    no_denial = run(default_config(write_headlines(d / "h1.csv", HEADS[:1]), tape))
    assert fills_until(no_denial, cut) == fills_until(base, cut)
    # adding a later rumour and a later denial changes nothing known before them
    more = HEADS + [("2022-11-22T11:30:00-05:00", "Twitter", "Zuckerberg to resign as Meta CEO, sources say"),
                    ("2022-11-22T10:45:00-05:00", "Reuters", "Meta denies report that CEO Zuckerberg will step down")]
    added = run(default_config(write_headlines(d / "h2.csv", more), tape))
    cut2 = pd.Timestamp("2022-11-22 10:45", tz=ET).value
    assert fills_until(added, cut2) == fills_until(base, cut2)
    assert fills_until(added, cut2), "some fills must precede the added headlines"


def test_both_engines_agree_under_the_default_configuration(baseline):
    from rumorbt.engine import load_inputs
    from rumorbt.fastpath import run_fast

    d, tape, heads, base = baseline
    cfg = default_config(heads, tape)
    assert base.engine == "fast"
    assert run_fast(cfg, load_inputs(cfg)) == base.trades == run(cfg, engine="backtrader").trades


def test_real_tsla_tape_default_configuration(shared_validation, tmp_path):
    """TSLA 2025-04-07 (real, 04:00-19:59): the false tariff post at 10:11 and its denial at 10:31."""
    tape = shared_validation / "TSLA_2025-04-07_1min.csv"
    heads = tmp_path / "h.csv"
    pd.DataFrame([
        {"published_at": "2025-04-07T10:11:00-04:00", "source": "X", "ticker": "TSLA", "label": "ceo_rumor",
         "headline": "Unverified post: a 90-day tariff pause is being considered"},
        {"published_at": "2025-04-07T10:31:00-04:00", "source": "X", "ticker": "TSLA", "label": "denial",
         "headline": "White House calls report of 90-day tariff pause 'fake news'"},
    ]).to_csv(heads, index=False)
    cfg = lambda p: load_config(None, {"data.headlines": str(heads), "data.prices": str(p), "data.prices_tz": ET,
                                       "data.ticker": "TSLA"})
    base = run(cfg(tape))
    (t,) = base.trades
    cut = int(t.exit_sent)  # the exit decision: everything after it is the future
    for k, (px, vx) in enumerate(((3.0, 1.0), (1.0, 10.0))):
        changed = run(cfg(perturb(tape, tmp_path / f"TSLA_{k}.csv", cut, px, vx)))
        assert fills_until(changed, cut) == fills_until(base, cut)
        (c,) = changed.trades
        assert (c.entry_price, c.qty, c.entry_time) == (t.entry_price, t.qty, t.entry_time)


def test_real_spy_tape_with_quotes_default_configuration(shared_validation, tmp_path):
    """SPY 2023-08-03 (real trades and quotes): a $100m order split by the default 10% cap; scaling the
    volume of the bar in progress at each fill (x10) changes no piece filled by then."""
    src = shared_validation / "SPY_2023-08-03_1min_trades_quotes.csv"
    df = pd.read_csv(src)
    tape = tmp_path / "SPY_tape.csv"
    df.rename(columns={"ts_et_bar_start": "timestamp", "bid_open": "bid", "ask_open": "ask"})[
        ["timestamp", "open", "high", "low", "close", "volume", "bid", "ask"]].to_csv(tape, index=False)
    heads = tmp_path / "h.csv"
    pd.DataFrame([
        {"published_at": "2023-08-03T11:14:30-04:00", "source": "Reuters", "ticker": "SPY", "label": "ceo_rumor",
         "headline": "unverified rumour (test)"},
        {"published_at": "2023-08-03T11:40:00-04:00", "source": "Reuters", "ticker": "SPY", "label": "denial",
         "headline": "denial (test)"}]).to_csv(heads, index=False)
    cfg = lambda p: load_config(None, {"data.headlines": str(heads), "data.prices": str(p), "data.prices_tz": ET,
                                       "data.ticker": "SPY", "strategy.size": "100000000"})
    base = run(cfg(tape))
    assert base.trades[0].entry_fills >= 2
    cuts = sorted({f.t for _, _, f in base.fills})[:4]
    for k, cut in enumerate(cuts):
        changed = run(cfg(perturb(tape, tmp_path / f"SPY_{k}.csv", cut, 1.0, 10.0)))
        assert fills_until(changed, cut) == fills_until(base, cut)


def test_fast_path_agrees_on_perturbed_tapes(baseline):
    from rumorbt.engine import load_inputs
    from rumorbt.fastpath import run_fast

    d, tape, heads, base = baseline
    for k, t_cut in enumerate(moments(base)[:3]):
        cfg = default_config(heads, perturb(tape, d / f"fast{k}.csv", t_cut, 3.0, 10.0))
        assert run_fast(cfg, load_inputs(cfg)) == run(cfg, engine="backtrader").trades
