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
