"""Real one-minute tapes from ../shared/validation (skipped when that folder is absent).

2025-04-07, TSLA: a false post about a 90-day tariff pause appeared on X at 10:11 ET
(politifact.com, 2025-04-08); the White House called it "fake news" about twenty minutes
later (AP, 2025-04-07): the denial is placed at 10:31 ET, an approximation. The prices below
were read off the tape by hand:
    2025-04-07 10:10  close 235.1450   (last close known at the entry decision)
    2025-04-07 10:12  open  238.2300   (entry: first bar opening after arrival at 10:11:01.6)
    2025-04-07 10:32  open  231.4200   (exit: first bar opening after arrival at 10:31:01.6)
"""
import pandas as pd
import pytest

from helpers import ZERO_LATENCY
from rumorbt.config import load_config
from rumorbt.engine import run

ET = "America/New_York"


def et(s: str) -> int:
    return pd.Timestamp(f"2025-04-07 {s}", tz=ET).value


def test_tsla_false_tariff_pause_post_and_its_denial(shared_validation, tmp_path):
    heads = tmp_path / "tsla_2025-04-07_headlines.csv"
    pd.DataFrame([
        {"published_at": "2025-04-07T10:11:00-04:00", "source": "X (social media post)", "ticker": "TSLA", "label": "ceo_rumor",
         "headline": "Unverified post: White House adviser says a 90-day tariff pause is being considered"},
        {"published_at": "2025-04-07T10:31:00-04:00", "source": "X (White House rapid response)", "ticker": "TSLA", "label": "denial",
         "headline": "White House calls report of 90-day tariff pause 'fake news'"},
    ]).to_csv(heads, index=False)
    cfg = load_config(None, {
        "data.headlines": str(heads), "data.prices": str(shared_validation / "TSLA_2025-04-07_1min.csv"),
        "data.prices_tz": ET, "data.ticker": "TSLA",
        **ZERO_LATENCY, "latency.feed.social": "1s", "latency.decision": "500ms", "latency.order": "100ms",
        "costs.impact_k": "0", "costs.half_spread_bps": "1", "costs.participation_cap": "0.1",
        "strategy.size_mode": "notional", "strategy.size": "100000"})
    res = run(cfg)
    assert res.tape.bar_ns == 60 * 10**9 and not res.tape.has_quotes
    (t,) = res.trades
    assert t.qty == int(100000 // 235.1450) == 425
    assert t.entry_arrived == et("10:11:01.6")
    assert t.entry_time == et("10:12")
    assert t.entry_price == pytest.approx(238.23 * 1.0001, abs=1e-9)
    assert t.exit_reason == "denial"
    assert t.exit_time == et("10:32")
    assert t.exit_price == pytest.approx(231.42 * 0.9999, abs=1e-9)
    assert t.gross_pnl == pytest.approx(425 * (231.42 * 0.9999 - 238.23 * 1.0001), abs=1e-6)
    # fees in force on 2025-04-07: SEC 27.80 per million, TAF 0.000166 per share
    sale = 425 * 231.42 * 0.9999
    assert t.sec_fee == pytest.approx(-(-sale * 27.80 / 1e6 * 100 // 1) / 100)
    assert t.taf == 0.08  # 425 x 0.000166 = 0.07055 -> up to the cent
    assert t.commission == pytest.approx(2 * 2.13)  # 425 x 0.005 = 2.125 -> 2.13 a side


def test_tsla_premarket_bars_are_not_traded_without_extended_hours(shared_validation, tmp_path):
    heads = tmp_path / "h.csv"
    pd.DataFrame([{"published_at": "2025-04-07T08:00:00-04:00", "source": "X", "ticker": "TSLA", "label": "ceo_rumor",
                   "headline": "unverified CEO rumour (test)"}]).to_csv(heads, index=False)
    base = {"data.headlines": str(heads), "data.prices": str(shared_validation / "TSLA_2025-04-07_1min.csv"),
            "data.prices_tz": ET, **ZERO_LATENCY, "latency.decision": "0ms", "latency.order": "0ms",
            "costs.participation_cap": "0", "strategy.max_hold": "1min"}
    (regular,) = run(load_config(None, base)).trades
    assert regular.entry_time == et("09:30")
    (extended,) = run(load_config(None, {**base, "data.extended_hours": "true"})).trades
    assert extended.entry_time == et("08:01")


def one_trip(tmp_path, ticker, rumour_at, denial_at, **sets):
    heads = tmp_path / "h.csv"
    rows = [{"published_at": rumour_at, "source": "Test", "ticker": ticker, "label": "ceo_rumor", "headline": "test rumour"}]
    if denial_at:
        rows.append({"published_at": denial_at, "source": "Test", "ticker": ticker, "label": "denial", "headline": "test denial"})
    pd.DataFrame(rows).to_csv(heads, index=False)
    base = {"data.headlines": str(heads), "data.prices_tz": ET, "data.ticker": ticker, **ZERO_LATENCY,
            "latency.decision": "0ms", "latency.order": "0ms", "costs.impact_k": "0", "costs.participation_cap": "0",
            "strategy.size_mode": "shares", "strategy.size": "100"}
    return run(load_config(None, {**base, **sets}))


def test_spy_fills_use_the_real_bid_and_ask(shared_validation, tmp_path):
    # SPY 2023-08-03, read off the tape: 10:01 ask_open 448.91; 10:02 bid_open 449.20
    res = one_trip(tmp_path, "SPY", "2023-08-03T10:00:30-04:00", "2023-08-03T10:01:30-04:00",
                   **{"data.prices": str(shared_validation / "SPY_2023-08-03_1min_trades_quotes.csv"),
                      "data.columns": "timestamp=ts_et_bar_start,bid=bid_open,ask=ask_open"})
    assert res.tape.has_quotes
    (t,) = res.trades
    assert t.entry_time == pd.Timestamp("2023-08-03 10:01", tz=ET).value and t.entry_price == 448.91
    assert t.exit_time == pd.Timestamp("2023-08-03 10:02", tz=ET).value and t.exit_price == 449.20
    assert t.spread_cost == pytest.approx(100 * (448.91 - (448.89 + 448.91) / 2) + 100 * ((449.20 + 449.21) / 2 - 449.20))
    assert any("quote-only" in w for w in res.warnings)  # 14 minutes have quotes and no trades


def test_meta_after_hours_needs_extended_hours(shared_validation, tmp_path):
    # META 2025-04-30, earnings after the close: the 16:06 bar opens at 574.00
    prices = {"data.prices": str(shared_validation / "META_2025-04-30_1500-1959_1min.csv"), "data.columns": "timestamp=ts_et_bar_start"}
    res = one_trip(tmp_path, "META", "2025-04-30T16:05:30-04:00", None, **prices, **{"data.extended_hours": "true"})
    (t,) = res.trades
    assert t.entry_time == pd.Timestamp("2025-04-30 16:06", tz=ET).value
    assert t.entry_price == pytest.approx(574.00 * 1.0001)
    regular = one_trip(tmp_path, "META", "2025-04-30T16:05:30-04:00", None, **prices)
    assert regular.trades == []  # waits for the next open, which this tape does not reach
    assert any(a == "unfilled" for _, _, a, _ in regular.decisions)


@pytest.mark.parametrize("name, columns", [("TSLA_2025-04-07_1min.csv", ""), ("META_2025-04-30_1500-1959_1min.csv", "timestamp=ts_et_bar_start"),
                                           ("SPY_2023-08-03_1min_trades_quotes.csv", "timestamp=ts_et_bar_start,bid=bid_open,ask=ask_open")])
def test_all_validation_tapes_load_with_an_explicit_zone(shared_validation, name, columns):
    from rumorbt.errors import InputError
    from rumorbt.tape import load_tape

    tape = load_tape(shared_validation / name, "X", tz=ET, columns=columns)
    assert tape.bar_ns == 60 * 10**9 and len(tape) > 200
    with pytest.raises(InputError, match="no UTC offset"):
        load_tape(shared_validation / name, "X", columns=columns)
