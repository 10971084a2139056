"""Honest outputs: open trades apart from closed ones, prices at full precision, closes
plotted where they are known, impact inputs that say where they came from."""
import json

import numpy as np
import pandas as pd
import pytest

from helpers import RUMOUR, config, write_headlines, write_tape
from rumorbt.engine import run
from rumorbt.report import console_summary, report_figure, summary_dict, write_outputs

ET = "America/New_York"


def _late_entry(tmp_path):
    """Long 1,000 at 15:58 (ask 100.01); after the close the tape prints 110, which extended
    hours off can never trade; max hold 2 h: the exit waits for a session not on the tape."""
    after = {i: {"open": 110.0, "high": 110.01, "low": 109.99, "close": 110.0, "bid": 109.99, "ask": 110.01} for i in range(10, 70)}
    tape = write_tape(tmp_path / "META_t.csv", start="2022-11-22T15:50:00-05:00", n=70, bar_s=60, step=0.0, patch=after)
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T15:57:30-05:00", "SomeBlog", RUMOUR)])
    return run(config(heads, tape))


def test_an_exit_that_cannot_fill_is_marked_at_a_tradable_bid_with_exit_costs(tmp_path):
    res = _late_entry(tmp_path)
    (t,) = res.trades
    assert t.entry_time == pd.Timestamp("2022-11-22 15:58", tz=ET).value and t.entry_price == pytest.approx(100.01)
    assert t.status == "open_at_end"
    # the last tradable bar is 15:59 (bid 99.99), not the 17:59 after-hours close of 110
    assert t.exit_time == pd.Timestamp("2022-11-22 15:59", tz=ET).value
    assert t.exit_price == pytest.approx(99.99)
    # exit costs charged: commission 5.00 a side, SEC 22.90/M on 99,990 -> 2.29, TAF 1,000 x 0.00013 -> 0.13
    assert (t.commission, t.sec_fee, t.taf) == pytest.approx((10.0, 2.29, 0.13))
    assert t.net_pnl == pytest.approx(1000 * (99.99 - 100.01) - 12.42)


def test_open_trades_are_apart_from_closed_ones_in_every_total(tmp_path):
    res = _late_entry(tmp_path)
    s = summary_dict(res)
    assert s["trades"] == 0 and s["net_pnl"] == 0.0 and s["attribution"]["net_pnl"] == 0.0 and s["hit_rate"] is None
    assert s["open_at_end"]["trades"] == 1 and s["open_at_end"]["net_pnl"] == pytest.approx(-32.42)
    text = console_summary(res, None, s)
    assert "Total: 0 closed trade(s)" in text and "Open at the tape's end (apart, not in the total): 1 trade(s), marked net -32.42" in text
    out = write_outputs(res, tmp_path / "out", s)
    df = pd.read_csv(out / "trades.csv")
    assert df.loc[0, "status"] == "open_at_end"
    assert json.loads((out / "summary.json").read_text())["per_trade"][0]["status"] == "open_at_end"


def test_trade_prices_keep_full_precision_in_trades_csv(tmp_path):
    rows = [{"timestamp": (pd.Timestamp("2022-11-22T10:29:50-05:00") + pd.Timedelta(seconds=i)).isoformat(),
             "open": 0.00054, "high": 0.00055, "low": 0.00053, "close": 0.00054, "volume": 10**9} for i in range(120)]
    pd.DataFrame(rows).to_csv(tmp_path / "META_p.csv", index=False)
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR)])
    res = run(config(heads, tmp_path / "META_p.csv", **{"strategy.size": "1000000"}))
    (t,) = res.trades
    assert t.entry_price == pytest.approx(0.00054 * 1.0001, rel=1e-12)  # ask = open + 1 bp
    out = write_outputs(res, tmp_path / "out")
    df = pd.read_csv(out / "trades.csv")
    assert df.loc[0, "entry_price"] == t.entry_price  # not 0.0005
    assert "0.000540054" in console_summary(res)


def test_the_report_plots_each_close_at_its_bars_end(tmp_path):
    tape = write_tape(tmp_path / "META_t.csv", start="2022-11-22T10:28:00-05:00", n=30, bar_s=60)
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:30-05:00", "SomeBlog", RUMOUR)])
    res = run(config(heads, tape))
    fig = report_figure(res)
    close_line = next(ln for ln in fig.axes[0].lines if ln.get_label().startswith("close"))
    xs = pd.DatetimeIndex(close_line.get_xdata())
    ends = pd.DatetimeIndex(pd.to_datetime(res.tape.t_end, utc=True).tz_convert(ET).tz_localize(None))
    assert xs[0] == pd.Timestamp("2022-11-22 10:29")  # the 10:28 bar's close is known at 10:29
    assert np.isin(xs, ends).all()
    ys = close_line.get_ydata()
    assert ys[0] == pytest.approx(100.0)  # bar 0 (mid 100.00) shown at its end


def test_run_says_where_each_orders_impact_inputs_came_from(tmp_path):
    tape = write_tape(tmp_path / "META_t.csv", n=700)
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR)])
    res = run(config(heads, tape, **{"costs.impact_k": "0.5", "costs.sigma_daily": "0", "costs.adv_shares": "0"}))
    notes = summary_dict(res)["impact_inputs"]
    assert any(n.startswith("trade 1 entry") and "bar returns known at 2022-11-22 10:30 EST" in n for n in notes)
    assert "note: impact inputs, trade 1 entry (headline" in console_summary(res)


def test_nothing_known_before_the_decision_is_a_warning_naming_the_headline(tmp_path):
    tape = write_tape(tmp_path / "META_t.csv", start="2022-11-22T10:29:59-05:00", n=300)
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR)])
    res = run(config(heads, tape, **{"costs.impact_k": "0.5", "costs.sigma_daily": "0", "costs.adv_shares": "0"}))
    (w,) = [w for w in res.warnings if "nothing known" in w]
    assert w.startswith(f"{tape}: headline ") and "set costs.sigma_daily and costs.adv_shares" in w and "\n" not in w
    assert [f.impact_cost for _, leg, f in res.fills if leg == "entry"] == [0.0]


def test_sweep_metrics_count_open_trades_apart(tmp_path):
    from rumorbt.sweep import metrics

    res = _late_entry(tmp_path)
    m = metrics(res.trades)
    assert m["trades"] == 0 and m["net_pnl"] == 0.0
    assert m["open_trades"] == 1 and m["open_net_pnl"] == pytest.approx(-32.42)
