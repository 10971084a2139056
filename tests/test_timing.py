"""Entry and exit timing worked out by hand on one-second tapes (see helpers.write_tape:
bar i has mid 100 + 0.01 i, bid/ask = mid -/+ 0.01; bar 0 opens at 10:29:50 ET)."""
import pandas as pd
import pytest

from helpers import DENIAL, RUMOUR, config, mid_at, write_headlines, write_tape
from rumorbt.engine import run

ET = "America/New_York"
LAT = {"latency.feed.blog": "2s", "latency.feed.social": "1s", "latency.decision": "500ms", "latency.order": "100ms"}


def et(s: str) -> int:
    return pd.Timestamp(f"2022-11-22 {s}", tz=ET).value


@pytest.fixture
def std(tmp_path):
    tape = write_tape(tmp_path / "tape.csv", n=700)
    heads = write_headlines(tmp_path / "h.csv", [
        ("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR),
        ("2022-11-22T10:40:00-05:00", "Twitter", DENIAL),
    ])
    return heads, tape


def test_entry_three_latencies_on_one_second_bars(std):
    # 10:30:00 + feed 2 s + decision 0.5 s + order 0.1 s = 10:30:02.600, inside the 10:30:02 bar:
    # the fill is the next bar's open, 10:30:03 (bar 13), at its ask 100.13 + 0.01.
    res = run(config(*std, **LAT))
    (t,) = res.trades
    assert t.rumor_received == et("10:30:02")
    assert t.entry_sent == et("10:30:02.5")
    assert t.entry_arrived == et("10:30:02.6")
    assert t.entry_time == et("10:30:03")
    assert t.entry_price == pytest.approx(100.14, abs=1e-9)


def test_exit_on_denial_at_the_bid_with_costs_by_hand(std):
    # denial 10:40:00 + social feed 1 s + 0.5 s + 0.1 s = 10:40:01.600 -> fill at the 10:40:02 bar
    # (bar 612, mid 106.12) at its bid 106.11.
    res = run(config(*std, **LAT))
    (t,) = res.trades
    assert t.exit_reason == "denial"
    assert t.exit_time == et("10:40:02")
    assert t.exit_price == pytest.approx(106.11, abs=1e-9)
    assert t.qty == 1000
    assert t.gross_pnl == pytest.approx(1000 * (106.11 - 100.14), abs=1e-6)  # 5,970.00
    assert t.move_captured == pytest.approx(1000 * (106.12 - 100.13), abs=1e-6)
    assert t.spread_cost == pytest.approx(20.00, abs=1e-6)
    # commission 5.00 + 5.00; SEC 22.90/M on 106,110.00 = 2.4299 -> 2.43; TAF 1,000 x 0.000130 = 0.13
    assert t.commission == pytest.approx(10.00, abs=1e-9)
    assert t.sec_fee == pytest.approx(2.43, abs=1e-9)
    assert t.taf == pytest.approx(0.13, abs=1e-9)
    assert t.net_pnl == pytest.approx(5970.00 - 12.56, abs=1e-6)
    # zero latency: entry at the 10:30:01 bar (mid 100.11), exit at 10:40:01 (mid 106.11)
    assert t.zero_latency_move == pytest.approx(6000.0, abs=1e-6)
    assert t.latency_cost == pytest.approx(10.0, abs=1e-6)


def test_arrival_exactly_on_a_bar_open_waits_for_the_next_bar(std):
    res = run(config(*std, **{"latency.feed.blog": "3s"}))
    (t,) = res.trades
    assert t.entry_arrived == et("10:30:03")
    assert t.entry_time == et("10:30:04")
    assert t.entry_price == pytest.approx(mid_at(14) + 0.01)


def test_arrival_in_a_gap_fills_at_the_first_fresh_bar(tmp_path):
    tape = write_tape(tmp_path / "tape.csv", n=700, skip=set(range(13, 20)))  # 10:30:03..10:30:09 missing
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR)])
    (t,) = run(config(heads, tape, **LAT)).trades
    assert t.entry_time == et("10:30:10")
    assert t.entry_price == pytest.approx(mid_at(20) + 0.01)


def test_bars_without_quotes_pay_the_half_spread_model(tmp_path):
    tape = write_tape(tmp_path / "tape.csv", n=700, quotes=False)
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR)])
    (t,) = run(config(heads, tape, **LAT, **{"costs.half_spread_bps": "5"})).trades
    assert t.entry_time == et("10:30:03")
    assert t.entry_price == pytest.approx(100.13 * 1.0005, abs=1e-9)


@pytest.mark.parametrize("extended, when, price", [("false", "09:30:00", mid_at(10) + 0.01), ("true", "09:29:56", mid_at(6) + 0.01)])
def test_before_the_open_waits_for_the_open_unless_extended_hours(tmp_path, extended, when, price):
    tape = write_tape(tmp_path / "tape.csv", start="2022-11-22T09:29:50-05:00", n=120)
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T09:29:55-05:00", "SomeBlog", RUMOUR)])
    (t,) = run(config(heads, tape, **{"data.extended_hours": extended})).trades
    assert t.entry_time == et(when)
    assert t.entry_price == pytest.approx(price)


def test_max_hold_exit(std):
    # first fill 10:30:03; +1 min = 10:31:03 decision; +0.1 s order -> the 10:31:04 bar (74) at the bid
    (t,) = run(config(*std, **LAT, **{"strategy.max_hold": "1min"})).trades
    assert t.exit_reason == "max_hold"
    assert t.exit_time == et("10:31:04")
    assert t.exit_price == pytest.approx(mid_at(74) - 0.01)


def test_stop_loss_on_bar_closes(tmp_path):
    # falling tape: entry at bar 13's ask 99.88; stop 50 bps -> close <= 99.3806, first at bar 62
    # (close 99.38, known at its end 10:30:53); order 0.1 s -> the 10:30:54 bar (64) at its bid 99.35.
    tape = write_tape(tmp_path / "tape.csv", n=700, step=-0.01)
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR)])
    (t,) = run(config(heads, tape, **LAT, **{"strategy.stop_loss_bps": "50"})).trades
    assert t.entry_price == pytest.approx(99.88)
    assert t.exit_reason == "stop_loss"
    assert t.exit_trigger_time == et("10:30:53")
    assert t.exit_time == et("10:30:54")
    assert t.exit_price == pytest.approx(99.35)


def test_take_profit_and_trailing_stop(tmp_path):
    tape = write_tape(tmp_path / "tape.csv", n=700)
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR)])
    # entry 100.14; +30 bps -> close >= 100.4404 -> bar 45 (100.45) ends 10:30:36 -> fill 10:30:37 (bar 47)
    (t,) = run(config(heads, tape, **LAT, **{"strategy.take_profit_bps": "30"})).trades
    assert (t.exit_reason, t.exit_time) == ("take_profit", et("10:30:37"))
    assert t.exit_price == pytest.approx(mid_at(47) - 0.01)
    # trailing 20 bps on a tape that rises to bar 100 then falls 0.05 a bar
    tape2 = write_tape(tmp_path / "tape2.csv", n=700)
    df = pd.read_csv(tape2)
    for i in range(101, 700):
        m = round(mid_at(100) - 0.05 * (i - 100), 2)
        df.loc[i, ["open", "close", "high", "low", "bid", "ask"]] = [m, m, m + 0.01, m - 0.01, m - 0.01, m + 0.01]
    df.to_csv(tape2, index=False)
    (t2,) = run(config(heads, tape2, **LAT, **{"strategy.trailing_stop_bps": "20"})).trades
    # best close 101.00 at bar 100 (10:31:30); 20 bps below is 100.798: bar 104 closes 100.80, bar 105
    # closes 100.75 (ends 10:31:36) -> decision then, +0.1 s -> the 10:31:37 bar (107) at its bid
    assert t2.exit_reason == "trailing_stop"
    assert t2.exit_trigger_time == et("10:31:36")
    assert t2.exit_time == et("10:31:37")
    assert t2.exit_price == pytest.approx(round(mid_at(100) - 0.05 * 7, 2) - 0.01)


def test_session_end_exit(tmp_path):
    tape = write_tape(tmp_path / "tape.csv", start="2022-11-22T15:54:50-05:00", n=310)
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T15:55:00-05:00", "SomeBlog", RUMOUR)])
    (t,) = run(config(heads, tape, **LAT, **{"strategy.exit_at_session_end": "true", "strategy.session_end_buffer": "2min"})).trades
    # close 16:00 - 2 min = 15:58:00 decision; +0.1 s -> the 15:58:01 bar (191) at its bid
    assert t.exit_reason == "session_end"
    assert t.exit_time == et("15:58:01")
    assert t.exit_price == pytest.approx(mid_at(191) - 0.01)


@pytest.mark.parametrize("step, side, price", [(0.01, "long", 100.14), (-0.01, "short", 99.86)])
def test_follow_direction_takes_the_sign_of_the_move(tmp_path, step, side, price):
    tape = write_tape(tmp_path / "tape.csv", n=700, step=step)
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR)])
    (t,) = run(config(heads, tape, **LAT, **{"strategy.direction": "follow", "strategy.follow_threshold_bps": "1"})).trades
    assert t.side == side
    assert t.entry_price == pytest.approx(price)


def test_follow_below_threshold_does_not_trade(std):
    # closes known: 100.09 at publication, 100.11 at decision = +2.0 bps < 20 bps
    res = run(config(*std, **LAT, **{"strategy.direction": "follow"}))
    assert res.trades == []
    assert any(a == "skip" and "below threshold" in d for _, _, a, d in res.decisions)


def test_received_at_column_overrides_the_feed_model(tmp_path):
    tape = write_tape(tmp_path / "tape.csv", n=700)
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR, "META", "2022-11-22T10:30:05.250-05:00")])
    (t,) = run(config(heads, tape, **LAT)).trades
    assert t.rumor_received == et("10:30:05.25")
    assert t.entry_arrived == et("10:30:05.85")
    assert t.entry_time == et("10:30:06")
