"""The batch kernel (rumorbt/kernel.py) against the per-combination reference path: identical
sweep rows, to the cent and as the same strings, on random combinations over every branch, on
the reference case's default sweep, on real tapes and on a simulated population."""
import json
import random

import numpy as np
import pandas as pd
import pytest

from helpers import ZERO_LATENCY
from rumorbt import sweep as S
from rumorbt.kernel import GridParams
from rumorbt.sweep import SweepSpec, load_sweep
from test_parity import build_cases

# every branch of the strategy and the exchange the kernel claims to cover, and the two it
# leaves to the reference path (fade, re-entry with several rumours)
GRID = {
    "seed": ["1", "2", "3"], "strategy.policy": ["rumour", "rumour", "rumour", "fade"],
    "latency.feed.blog.model": ["lognormal"], "latency.feed.blog.median": ["500ms", "5s", "40s"],
    "latency.feed.blog.sigma": ["0.7"], "latency.feed.social": ["0ms", "2s", "30s"], "latency.feed.newswire": ["0ms", "1s"],
    "latency.decision.model": ["uniform"], "latency.decision.low": ["0ms"], "latency.decision.high": ["10ms", "3s"],
    "latency.order": ["0ms", "100ms", "1500ms"], "data.extended_hours": ["true", "false"],
    "strategy.direction": ["long", "short", "follow"], "strategy.follow_threshold_bps": ["1", "30"],
    "strategy.on_confirmation": ["exit", "hold"], "strategy.max_hold": ["20s", "3min", "2h", "0s"],
    "strategy.max_entry_delay": ["2h", "30s", "3s"], "strategy.exit_at_session_end": ["true", "false"],
    "strategy.session_end_buffer": ["1min", "12min", "12min"], "strategy.stop_loss_bps": ["0", "5", "40"],
    "strategy.take_profit_bps": ["0", "25"], "strategy.trailing_stop_bps": ["0", "10"], "strategy.reenter": ["true", "false"],
    "strategy.enter_min_confidence": ["0.8", "0.95"], "strategy.exit_min_confidence": ["0", "0.9"],
    "strategy.size_mode": ["shares", "notional", "equity_fraction"], "strategy.size": ["1", "100", "1000", "50000"],
    "costs.participation_cap": ["0", "0.05", "0.3"], "costs.impact_k": ["0", "0.8"], "costs.half_spread_bps": ["0", "3"],
    "costs.commission_per_share": ["0", "0.005"], "costs.slippage_bps": ["0", "2"], "costs.sigma_daily": ["0", "0.02"],
    "costs.taf_per_share": ["auto", "0.0002"], "costs.cat_fee_per_share": ["auto", "0.0001"],
}


def base_of(heads, prices, **more) -> dict:
    return {"data.headlines": str(heads), "data.prices": str(prices), "data.ticker": "META", **ZERO_LATENCY,
            "costs.adv_shares": "1000000", **more}


def valid_sample(spec: SweepSpec, n: int, rng: random.Random) -> list[int]:
    params = GridParams(spec.base_config(), spec.grid)
    idx = np.asarray(sorted(rng.sample(range(params.size), 4 * n)))
    return [int(i) for i in idx[params.valid(idx)][:n]]


def same_rows(spec: SweepSpec, idx: list[int]) -> str:
    """The chunk's rows from the kernel (with the reference for what it leaves), checked
    against the reference path row by row; returns the rows."""
    got, ref = S.evaluate_chunk(spec, idx), S._evaluate_reference(spec, idx)
    for a, b in zip(got.splitlines(), ref.splitlines()):
        assert a == b, f"kernel:    {a}\nreference: {b}"
    assert got == ref
    return got


@pytest.fixture(scope="module")
def cases(tmp_path_factory):
    """The parity tapes and headline sets, and a lone rumour (positions open at the tape's end)."""
    return build_cases(tmp_path_factory.mktemp("kernel"), lone=True)


@pytest.mark.slow
def test_kernel_rows_equal_the_reference_on_random_combinations_over_every_branch(cases):
    rng = random.Random(1313)
    seen = {"reasons": set(), "partial": 0, "open": 0, "kernel": 0, "reference": 0, "none": 0}
    for name, tp, heads in cases:
        spec = SweepSpec(base_of(heads, tp), GRID)
        idx = valid_sample(spec, 250 if name.endswith("lone") else 100, rng)
        same_rows(spec, idx)
        sk = S._kernel(spec)
        cov = sk.covered(np.asarray(idx))
        seen["kernel"] += int(cov.sum())
        seen["reference"] += int((~cov).sum())
        params, inputs = sk.params, sk.kernels[0].inputs
        for i in np.asarray(idx)[cov]:
            trades = S.evaluate(params.config(int(i)), inputs, "fast")
            seen["reasons"] |= {t.exit_reason.split(";")[0] for t in trades}
            seen["partial"] += any(t.entry_fills > 1 or t.exit_fills > 1 for t in trades)
            seen["open"] += any(t.marked_at_end for t in trades)
            seen["none"] += not trades
    print(seen)
    # the kernel computed >= 500 of them, and they reached every branch
    assert seen["kernel"] >= 500 and seen["reference"] > 50
    assert {"denial", "confirmation", "max_hold", "session_end", "stop_loss", "take_profit", "trailing_stop",
            "no exit"} <= seen["reasons"], seen["reasons"]
    assert seen["partial"] > 20 and seen["open"] >= 5 and seen["none"] > 20


@pytest.mark.slow
@pytest.mark.parametrize("cap", ["0.1", "0"])
def test_default_sweep_rows_identical_on_the_reference_case(cap):
    spec = load_sweep(None, {"costs.participation_cap": cap})
    rows = same_rows(spec, list(range(spec.size)))
    assert len(rows.splitlines()) == spec.size == 1296
    assert S.rows_by_path(spec) == {"kernel": 1296, "reference": 0}


def test_a_few_combinations_of_the_default_sweep_are_identical():
    """The quick version of the test above (the fast suite runs it)."""
    spec = load_sweep(None)
    same_rows(spec, [0, 1, 7, 100, 645, 1295])


def test_rows_the_kernel_leaves_come_from_the_reference_and_sweep_json_counts_them(cases, tmp_path):
    from rumorbt.sweep_run import run_sweep

    _, tp, heads = cases[1]  # open-again: two rumours, so re-entry is left to the reference path
    spec = SweepSpec(base_of(heads, tp), {"strategy.reenter": ["false", "true"], "strategy.policy": ["rumour", "fade"],
                                          "latency.order": ["1ms", "2s"]})
    assert S._kernel(spec).covered(np.arange(8)).tolist() == [True] * 2 + [False] * 6
    same_rows(spec, list(range(8)))
    run_sweep(spec, tmp_path / "sw", workers=1, progress=False)
    meta = json.loads((tmp_path / "sw" / "sweep.json").read_text())
    assert meta["rows_by_path"] == {"kernel": 2, "reference": 6}


def test_kernel_is_not_used_when_a_grid_key_changes_the_files_read(cases):
    _, tp, heads = cases[0]
    spec = SweepSpec(base_of(heads, tp), {"data.calendar": ["XNYS", "24h"]})
    assert S._kernel(spec) is None and S.rows_by_path(spec) == {"kernel": 0, "reference": 2}


def test_a_hand_worked_row(cases):
    """One combination worked by hand: 1,000 shares long at the first bar after the rumour,
    out at the first bar after the denial, no cap, no impact, quotes from the tape."""
    _, tp, heads = cases[4]  # close-plain: 15:41 to 16:01 ET
    spec = SweepSpec(base_of(heads, tp, **{"strategy.size_mode": "shares", "strategy.size": "1000",
                                           "costs.impact_k": "0", "costs.commission_per_share": "0",
                                           "costs.commission_min": "0",
                                           "costs.participation_cap": "0", "strategy.exit_at_session_end": "false",
                                           "strategy.max_hold": "2h", "latency.decision": "0ms"}),
                     {"latency.order": ["0ms"]})
    row = S.evaluate_chunk(spec, [0]).strip().split(",")
    bars = pd.read_csv(tp)
    # rumour at second 200 (t_recv = t_pub): the order fills at the open of bar 201, at its ask;
    # the denial at second 900: the exit fills at bar 901's bid
    buy, sell = bars["ask"][201], bars["bid"][901]
    gross = 1000 * (sell - buy)
    sale = 1000 * sell
    from rumorbt.costs import fee_rates
    r = fee_rates(spec.base_config().costs, pd.Timestamp(bars["timestamp"][901]).value)
    fees = np.ceil(sale * r.sec_per_million / 1e6 * 100 - 1e-6) / 100 + np.ceil(min(1000 * r.taf_per_share, r.taf_max) * 100 - 1e-6) / 100
    fees += 2 * np.ceil(1000 * r.cat_per_share * 100 - 1e-6) / 100
    assert row[2] == "1"  # one trade
    assert row[3] == f"{round(gross - fees, 2):.2f}" and row[4] == f"{round(gross, 2):.2f}"


def test_real_validation_tapes(shared_validation, tmp_path):
    rows = {"TSLA": ("TSLA_2025-04-07_1min.csv", "", "2025-04-07T10:11:00-04:00", "2025-04-07T10:31:00-04:00"),
            "SPY": ("SPY_2023-08-03_1min_trades_quotes.csv", "timestamp=ts_et_bar_start,bid=bid_open,ask=ask_open",
                    "2023-08-03T10:00:30-04:00", "2023-08-03T10:21:30-04:00"),
            "META": ("META_2025-04-30_1500-1959_1min.csv", "timestamp=ts_et_bar_start", "2025-04-30T15:20:30-04:00",
                     "2025-04-30T16:31:30-04:00")}
    grid = {"latency.feed.blog": ["1s", "90s"], "latency.order": ["1ms", "2s"], "data.extended_hours": ["false", "true"],
            "costs.participation_cap": ["0", "0.001", "0.1"], "strategy.stop_loss_bps": ["0", "10"],
            "strategy.max_hold": ["10min", "2h"], "costs.impact_k": ["0", "1"]}
    for ticker, (name, columns, t_rumour, t_denial) in rows.items():
        heads = tmp_path / f"{ticker}_headlines.csv"
        pd.DataFrame([
            {"published_at": t_rumour, "source": "SomeBlog", "ticker": ticker, "label": "ceo_rumor",
             "headline": f"{ticker} CEO to step down, sources say"},
            {"published_at": t_denial, "source": "Reuters", "ticker": ticker, "label": "denial",
             "headline": f"{ticker} denies report that its CEO will step down"},
        ]).to_csv(heads, index=False)
        base = {"data.headlines": str(heads), "data.prices": str(shared_validation / name), "data.prices_tz": "America/New_York",
                "data.ticker": ticker, "data.columns": columns, "strategy.exit_at_session_end": "false"}
        spec = SweepSpec(base, grid)
        rows_text = same_rows(spec, list(range(spec.size)))
        assert any(r.split(",")[8] != "0" for r in rows_text.splitlines()), ticker  # some rows trade


@pytest.mark.slow
def test_simulated_population_many_event_sweep(tmp_path):
    from rumorbt.cli import main

    pop = tmp_path / "pop"
    assert main(["simulate", "--population", "12", "--tickers", "META,TSLA,AAPL", "--seed", "5", "--out", str(pop)]) == 0
    grid = {"latency.feed.blog": ["5s", "2min"], "costs.participation_cap": ["0", "0.05"], "strategy.max_hold": ["5min", "2h"],
            "strategy.direction": ["long", "follow"], "strategy.stop_loss_bps": ["0", "30"]}
    spec = SweepSpec({"data.headlines": str(pop / "headlines_SIMULATED.csv")}, grid, prices_dir=str(pop / "prices"))
    rows = same_rows(spec, list(range(spec.size)))
    assert S.rows_by_path(spec)["kernel"] == spec.size
    assert max(int(r.split(",")[6]) for r in rows.splitlines()) >= 5  # rows sum the trades of many events


def test_no_kernel_switch_sends_every_row_to_the_reference_path(monkeypatch):
    from rumorbt.kernel import kernel_applies

    assert kernel_applies({"latency.order": ["1ms"]}, 1, "fast")
    monkeypatch.setenv("RUMORBT_NO_KERNEL", "1")
    assert not kernel_applies({"latency.order": ["1ms"]}, 1, "fast")


def test_kernel_lines_format_cells_as_the_reference_does():
    """``f"{x:.2f}"`` equals the reference's ``f"{round(x, 2) + 0.0:.2f}"`` but for a negative
    zero; half-cent values and negative zeros are written the same way by both."""
    spec = SweepSpec({}, {"latency.order": ["1ms", "=cmd"]})
    vals = np.array([-0.001, 0.125, 0.135, -0.005, 2.675, -0.0, 1e6 + 0.005, -2.5e-9, 0.0, 3.0, 7.0, -1.0, 5.0])
    m = {k: (np.array([1, 2]) if k in ("trades", "open_trades") else np.array([vals[j], -vals[j]]))
         for j, k in enumerate(S.METRICS)}
    lines = S.kernel_lines(spec, np.array([0, 1]), m, "false")
    for r, line in enumerate(lines):
        want = [str(r), S.csv_cell(spec.combo(r)["latency.order"]),
                *(str(int(m[k][r])) if k in ("trades", "open_trades") else S._fmt(float(m[k][r])) for k in S.METRICS), "false"]
        assert line.rstrip("\n").split(",") == want


def test_repeated_draws_average_and_percentiles_equal_the_reference(cases):
    _, tp, heads = cases[4]  # close-plain
    grid = {"latency.feed.blog.model": ["lognormal"], "latency.feed.blog.median": ["2s", "40s"],
            "latency.feed.blog.sigma": ["0.9"], "latency.order.model": ["uniform"], "latency.order.high": ["3s"],
            "costs.participation_cap": ["0", "0.05"], "strategy.max_hold": ["20s", "3min"], "seed": ["3", "11"]}
    spec = SweepSpec(base_of(heads, tp), grid, draws=4)
    assert S._kernel(spec) is not None
    rows = same_rows(spec, list(range(spec.size)))
    assert {r.split(",")[-3] for r in rows.splitlines()} != {r.split(",")[-2] for r in rows.splitlines()}  # p5 != p95 somewhere
    assert S.rows_by_path(spec) == {"kernel": spec.size, "reference": 0}


def test_a_kernel_chunk_is_never_too_small_to_pay_for_itself(monkeypatch):
    """Eight chunks per worker, but none under KERNEL_MIN_CHUNK combinations on the batch kernel
    (each chunk costs a few ms and two fsyncs whatever its size): the default sweep's 1,296 are
    one chunk, on one worker or two; a large grid still splits into eight per worker."""
    spec = load_sweep(None)
    assert S.KERNEL_MIN_CHUNK == 2048
    assert S.chunk_size(spec, spec.size, 1) == S.chunk_size(spec, spec.size, 2) == S.KERNEL_MIN_CHUNK >= spec.size
    assert S.chunk_size(spec, 100_000, 2) == 100_000 // 16
    assert S.chunk_size(spec, 10**7, 1) == 16384
    monkeypatch.setenv("RUMORBT_NO_KERNEL", "1")  # the per-combination path keeps its small chunks
    assert S.chunk_size(spec, spec.size, 1) == spec.size // 8
