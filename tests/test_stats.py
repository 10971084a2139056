"""rumorbt.stats against figures worked out by hand on three trades over four sessions."""
import math
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

from rumorbt.sessions import sessions_for
from rumorbt.stats import STAT_NAMES, compute_stats, empty_stats, excursion, sharpe, sortino
from rumorbt.tape import Tape


def ns(text: str) -> int:
    return pd.Timestamp(text).tz_convert("UTC").value


def trade(trip, side, qty, entry_t, entry_px, exit_t, exit_px, net, gross, fees, marked=False, ticker="XYZ"):
    return SimpleNamespace(trip=trip, ticker=ticker, side=side, qty=qty, entry_time=ns(entry_t), entry_price=entry_px,
                           exit_time=ns(exit_t), exit_price=exit_px, net_pnl=net, gross_pnl=gross, fees=fees,
                           marked_at_end=marked)


# Three closed trades, 100,000 of starting capital, four sessions (Tue 3 - Fri 6 Jan 2023):
#   T1 long 100 @ 100.00, 10:00-10:10 Tue, net   95 (gross  100, fees 5), notional 10,000
#   T2 long 200 @  50.00, 11:00-11:30 Wed, net -205 (gross -200, fees 5), notional 10,000
#   T3 short 100 @ 20.00, 14:00-14:05 Fri, net   48 (gross   50, fees 2), notional  2,000
T1 = trade(1, "long", 100, "2023-01-03T10:00-05:00", 100.0, "2023-01-03T10:10-05:00", 101.0, 95.0, 100.0, 5.0)
T2 = trade(2, "long", 200, "2023-01-04T11:00-05:00", 50.0, "2023-01-04T11:30-05:00", 49.0, -205.0, -200.0, 5.0)
T3 = trade(3, "short", 100, "2023-01-06T14:00-05:00", 20.0, "2023-01-06T14:05-05:00", 19.5, 48.0, 50.0, 2.0)
PERIOD = (ns("2023-01-03T09:30-05:00"), ns("2023-01-06T16:00-05:00"))
CASH = 100_000.0


@pytest.fixture
def stats():
    ses = sessions_for("XNYS", *PERIOD)
    return compute_stats([T1, T2, T3], CASH, PERIOD, sessions=ses)


def test_totals_and_per_trade_figures_by_hand(stats):
    s = stats
    assert (s.trades, s.wins, s.losses, s.open_at_end_trades) == (3, 2, 1, 0)
    assert s.net_pnl == pytest.approx(95 - 205 + 48)  # -62
    assert s.gross_pnl == pytest.approx(-50) and s.fees == pytest.approx(12)
    assert s.return_pct == pytest.approx(-62 / 100_000 * 100)  # -0.062 %
    assert s.notional == pytest.approx(22_000)
    assert s.net_bps_of_notional == pytest.approx(-62 / 22_000 * 1e4)  # -28.18 bps
    # per-trade returns 0.95 %, -2.05 %, 2.40 % -> plain mean 43.33 bps
    assert s.mean_trade_bps == pytest.approx((95 - 205 + 240) / 3)
    assert s.mean_trade_net_pnl == pytest.approx(-62 / 3)
    assert s.hit_rate == pytest.approx(2 / 3)
    assert s.avg_win == pytest.approx(71.5) and s.avg_loss == pytest.approx(-205)
    assert s.expectancy == pytest.approx(2 / 3 * 71.5 + 1 / 3 * -205) == pytest.approx(-62 / 3)
    assert s.profit_factor == pytest.approx(143 / 205)  # 0.6976


def test_sharpe_and_sortino_per_trade_and_per_day_by_hand(stats):
    r = [0.0095, -0.0205, 0.024]
    mean = sum(r) / 3  # 0.0043333
    sd = math.sqrt(sum((x - mean) ** 2 for x in r) / 2)  # 0.022695 (ddof 1)
    assert stats.sharpe_per_trade == pytest.approx(mean / sd) == pytest.approx(0.19093, abs=1e-5)
    down = math.sqrt(0.0205 ** 2 / 3)  # only T2 is below 0; mean over all three
    assert stats.sortino_per_trade == pytest.approx(mean / down) == pytest.approx(0.36612, abs=1e-5)
    # four sessions; equity at each day's start 100,000 / 100,095 / 99,890 / 99,890
    d = [95 / 100_000, -205 / 100_095, 0.0, 48 / 99_890]
    assert stats.days == 4
    dm = sum(d) / 4
    dsd = math.sqrt(sum((x - dm) ** 2 for x in d) / 3)
    assert stats.sharpe_daily_annualised == pytest.approx(dm / dsd * math.sqrt(252))
    assert stats.sortino_daily_annualised == pytest.approx(dm / math.sqrt((205 / 100_095) ** 2 / 4) * math.sqrt(252))


def test_drawdown_from_starting_capital_exposure_and_durations(stats):
    s = stats
    # equity 100,000 -> 100,095 (T1) -> 99,890 (T2) -> 99,938 (T3): peak 100,095, trough 99,890
    assert s.max_drawdown == pytest.approx(205)
    assert s.max_drawdown_pct_of_start == pytest.approx(0.205)
    assert s.max_drawdown_peak_time == T1.exit_time and s.max_drawdown_trough_time == T2.exit_time
    assert s.max_drawdown_recovery_time is None  # 99,938 < 100,095: not recovered
    assert s.max_drawdown_duration_s == pytest.approx((PERIOD[1] - T1.exit_time) / 1e9)
    assert s.exposure_s == pytest.approx(10 * 60 + 30 * 60 + 5 * 60)  # 2,700 s
    period_s = 3 * 86_400 + 6.5 * 3600  # Tue 09:30 -> Fri 16:00
    assert s.period_s == pytest.approx(period_s)
    assert s.exposure_pct == pytest.approx(2700 / period_s * 100)  # 0.955 %
    assert (s.mean_trade_duration_s, s.median_trade_duration_s, s.max_trade_duration_s) == (900, 600, 1800)


def test_first_trade_losing_is_a_drawdown_from_the_starting_capital():
    """Issue 9 item 10: a first trade losing 2,943 reported 'max drawdown 0.00'."""
    t = trade(1, "long", 100, "2023-01-03T10:00-05:00", 100.0, "2023-01-03T10:10-05:00", 70.57, -2943.0, -2943.0, 0.0)
    s = compute_stats([t], 1_000_000, PERIOD)
    assert s.max_drawdown == pytest.approx(2943) and s.max_drawdown_pct_of_start == pytest.approx(0.2943)
    assert s.max_drawdown_peak_time == PERIOD[0]


def test_recovered_drawdown_has_its_duration_to_the_recovery():
    a = trade(1, "long", 1, "2023-01-03T10:00-05:00", 1.0, "2023-01-03T10:10-05:00", 1.0, -10.0, -10.0, 0.0)
    b = trade(2, "long", 1, "2023-01-03T11:00-05:00", 1.0, "2023-01-03T11:20-05:00", 1.0, 30.0, 30.0, 0.0)
    s = compute_stats([a, b], 1000, PERIOD)
    assert s.max_drawdown == 10 and s.max_drawdown_recovery_time == b.exit_time
    assert s.max_drawdown_duration_s == pytest.approx((b.exit_time - PERIOD[0]) / 1e9)


def test_open_at_end_trades_are_kept_apart():
    opened = trade(4, "long", 100, "2023-01-06T15:58-05:00", 10.0, "2023-01-06T15:59-05:00", 11.0, 100.0, 100.0, 0.0, marked=True)
    s = compute_stats([T1, T2, T3, opened], CASH, PERIOD)
    assert s.trades == 3 and s.open_at_end_trades == 1 and s.open_at_end_net_pnl == 100
    assert s.net_pnl == pytest.approx(-62) and s.hit_rate == pytest.approx(2 / 3)


def test_empty_twin_has_the_same_keys_and_no_invented_figures():
    e = empty_stats(CASH, PERIOD)
    assert tuple(e.to_dict()) == STAT_NAMES
    assert e.trades == 0 and e.net_pnl == 0 and e.max_drawdown == 0
    assert e.hit_rate is None and e.sharpe_per_trade is None and e.profit_factor is None and e.mean_mae is None
    assert compute_stats([], CASH).to_dict().keys() == e.to_dict().keys()


def test_mae_mfe_use_only_bars_inside_the_trade():
    # one-minute bars from 10:00; long entry at 10:01 open (100.00), exit at 10:04 open (100.50)
    t0 = ns("2023-01-03T10:00-05:00")
    opens = np.array([t0 + i * 60 * 10**9 for i in range(6)], dtype=np.int64)
    high = np.array([150.0, 100.8, 101.2, 100.6, 100.9, 130.0])  # bar 0 before, bars 4-5 after: never seen
    low = np.array([50.0, 99.6, 99.9, 99.3, 100.2, 70.0])
    c = (high + low) / 2
    tape = Tape("XYZ", opens, c, high, low, c, np.full(6, 100.0), None, None, 60 * 10**9)
    t = SimpleNamespace(ticker="XYZ", side="long", qty=10, entry_time=int(opens[1]), entry_price=100.0,
                        exit_time=int(opens[4]), exit_price=100.5)
    e = excursion(t, tape)  # bars 1-3 (ended by 10:04): high 101.2, low 99.3
    assert e.mfe == pytest.approx(12.0) and e.mae == pytest.approx(-7.0)
    assert e.mfe_bps == pytest.approx(120.0) and e.mae_bps == pytest.approx(-70.0)
    short = SimpleNamespace(**{**t.__dict__, "side": "short"})
    e = excursion(short, tape)
    assert e.mfe == pytest.approx(7.0) and e.mae == pytest.approx(-12.0)


def test_same_definitions_as_empyrical():
    ep = pytest.importorskip("empyrical")
    rng = np.random.default_rng(3)
    r = rng.normal(0.001, 0.01, 50)
    assert sharpe(r) == pytest.approx(ep.sharpe_ratio(r, annualization=1))
    assert sortino(r) == pytest.approx(ep.sortino_ratio(r, annualization=1))


# Mark-to-market equity on one tape of one-minute bars from 10:00 (closes known at each bar's end):
CLOSES = [100.0, 100.0, 98.0, 97.0, 101.0, 102.0, 99.0, 100.0]  # bars 10:00 ... 10:07
#   A long 10 @ 100.05, in at the 10:02 open, out at the 10:05 open @ 100.95, fees 1.0: net 8.0
#   B short 5 @ 97.95, in at the 10:03 open, out at the 10:07 open @ 99.05, fees 0.5: net -6.0
A = trade(1, "long", 10, "2023-01-03T10:02-05:00", 100.05, "2023-01-03T10:05-05:00", 100.95, 8.0, 9.0, 1.0)
B = trade(2, "short", 5, "2023-01-03T10:03-05:00", 97.95, "2023-01-03T10:07-05:00", 99.05, -6.0, -5.5, 0.5)


def mtm_tape(closes=CLOSES):
    t0 = ns("2023-01-03T10:00-05:00")
    opens = np.array([t0 + i * 60 * 10**9 for i in range(len(closes))], dtype=np.int64)
    c = np.array(closes, dtype=float)
    return Tape("XYZ", opens, c, c, c, c, np.full(len(c), 100.0), None, None, 60 * 10**9)


def test_drawdown_on_equity_marked_to_market_by_hand():
    from rumorbt.stats import equity_curve

    eq = equity_curve([A, B], 1000.0, PERIOD[0], {"XYZ": mtm_tape()}, ["a", "b"])
    # A: 10*(mark - 100.05) - 1 at 10:02 (mark: the 10:01 close, 100), 10:03 (98), 10:04 (97); 8 at its exit 10:05
    # B: -5*(mark - 97.95) - 0.5 at 10:03 (the 10:02 close, 98), 10:04 (97), 10:05 (101), 10:06 (102); -6 at 10:07
    want = {"09:30": 1000.0, "10:02": 998.5, "10:03": 977.75, "10:04": 972.75, "10:05": 992.25, "10:06": 987.25,
            "10:07": 1002.0}
    assert [int(t) for t in eq.times] == [ns(f"2023-01-03T{k}-05:00") for k in want]
    assert eq.equity.tolist() == pytest.approx(list(want.values()))
    assert eq.labels == ["start", "a", "a;b", "a;b", "a;b", "b", "b"] and eq.exits.tolist() == [0, 0, 0, 0, 1, 0, 1]
    s = compute_stats([A, B], 1000.0, PERIOD, {"XYZ": mtm_tape()})
    # peak 1,000 (the start), trough 972.75 at 10:04, back to 1,002 at 10:07 (realised equity would say 6: 1,008 -> 1,002)
    assert s.max_drawdown == pytest.approx(27.25) and s.max_drawdown_pct_of_start == pytest.approx(2.725)
    assert s.max_drawdown_peak_time == PERIOD[0] and s.max_drawdown_trough_time == ns("2023-01-03T10:04-05:00")
    assert s.max_drawdown_recovery_time == ns("2023-01-03T10:07-05:00")
    assert s.max_drawdown_duration_s == pytest.approx(37 * 60)
    realised = compute_stats([A, B], 1000.0, PERIOD)  # no tape: realised, and said so
    assert realised.max_drawdown == pytest.approx(6.0) and realised.drawdown_basis == "realised"
    assert s.drawdown_basis == "marked to market"


def test_marked_equity_uses_no_price_before_it_is_known():
    """Change a bar's close: the equity before that bar ended does not move."""
    from rumorbt.stats import equity_curve

    base = equity_curve([A, B], 1000.0, PERIOD[0], {"XYZ": mtm_tape()})
    for k in range(2, 7):
        closes = list(CLOSES)
        closes[k] = 50.0
        other = equity_curve([A, B], 1000.0, PERIOD[0], {"XYZ": mtm_tape(closes)})
        known = base.times < ns("2023-01-03T10:00-05:00") + (k + 1) * 60 * 10**9  # before bar k ended
        assert other.equity[known].tolist() == base.equity[known].tolist(), k
        assert other.equity[-1] == base.equity[-1]  # the exits' net P&L are what they are
        if k < 6:  # the 10:06 bar ends at B's exit: no mark uses it
            assert other.equity[~known].tolist() != base.equity[~known].tolist(), k
