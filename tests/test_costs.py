"""Fees, impact and partial fills on numbers worked out by hand."""
import math

import pandas as pd
import pytest

from helpers import RUMOUR, config, write_headlines, write_tape
from rumorbt.config import CostConfig, RunConfig
from rumorbt.costs import commission, fee_rates, impact_fraction, piece_fees, regulatory_fees
from rumorbt.engine import run
from rumorbt.exchange import SimulatedExchange
from rumorbt.sessions import sessions_for
from rumorbt.tape import load_tape

D_2022 = pd.Timestamp("2022-11-22 11:00", tz="America/New_York").value
D_2025 = pd.Timestamp("2025-06-02 11:00", tz="America/New_York").value


def test_commission_per_share_with_minimum_and_maximum():
    c = CostConfig()  # $0.005/share, min $1.00, max 1% of value
    assert commission(904, 904 * 110.0, c) == 4.52
    assert commission(100, 100 * 50.0, c) == 1.00  # 0.50 -> minimum
    assert commission(10_000, 10_000 * 0.20, c) == 20.00  # 50.00 capped at 1% of $2,000


def test_regulatory_fees_on_sales_only_at_the_rate_of_the_day():
    r22 = fee_rates(CostConfig(), D_2022)
    assert (r22.sec_per_million, r22.taf_per_share, r22.taf_max) == (22.90, 0.000130, 6.49)
    assert regulatory_fees(True, 1000, 100_000.0, r22) == (2.29, 0.13)
    assert regulatory_fees(False, 1000, 100_000.0, r22) == (0.0, 0.0)
    assert regulatory_fees(True, 100_000, 10_000_000.0, r22) == (229.00, 6.49)  # TAF capped per trade
    r25 = fee_rates(CostConfig(), D_2025)
    assert (r25.sec_per_million, r25.taf_per_share, r25.taf_max) == (0.0, 0.000166, 8.30)
    # sales fees round up to the cent: 904 x 0.00013 = 0.11752 -> 0.12
    assert regulatory_fees(True, 904, 100_000.0, r22)[1] == 0.12


def test_configured_fee_rates_override_the_table():
    c = CostConfig(sec_fee_per_million=10.0, taf_per_share=0.0002, taf_max=1.0)
    r = fee_rates(c, D_2022)
    assert (r.sec_per_million, r.taf_per_share, r.taf_max) == (10.0, 0.0002, 1.0)


def test_piece_fees_add_up_to_the_order_fee():
    c, r = CostConfig(), fee_rates(CostConfig(), D_2022)
    pieces = [(300, 300 * 100.0), (300, 300 * 100.0), (400, 400 * 100.0)]
    q = n = 0
    total = [0.0, 0.0, 0.0, 0.0]
    for qty, notional in pieces:
        f = piece_fees(True, q, n, qty, notional, c, r)
        total = [a + b for a, b in zip(total, f)]
        q, n = q + qty, n + notional
    assert [round(x, 2) for x in total] == [5.00, 2.29, 0.13, 0.00]  # no CAT fee in 2022


def test_square_root_impact_of_known_sigma_volume_and_quantity():
    c = CostConfig(impact_k=0.5)
    # 0.5 * 0.02 * sqrt(10,000 / 1,000,000) = 0.001 = 10 bps
    assert impact_fraction(10_000, c, 0.02, 1_000_000) == pytest.approx(0.001)
    assert impact_fraction(40_000, c, 0.02, 1_000_000) == pytest.approx(0.002)


def test_impact_is_paid_on_the_fill_end_to_end(tmp_path):
    tape = write_tape(tmp_path / "t.csv", n=700, volume=1_000_000)
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR)])
    cfg = config(heads, tape, **{"costs.impact_k": "0.5", "strategy.size": "10000"})
    (t,) = run(cfg).trades
    # zero latency: arrival 10:30:00.000 -> bar 11 (mid 100.11), ask 100.12 + 10 bps of the mid
    assert t.entry_price == pytest.approx(100.12 + 0.10011, abs=1e-9)
    # no exit inside the tape: the position stays open, valued at the last tradable bar's bid
    # (bar 699, mid 106.99, bid 106.98) less 10 bps impact, with the exit's fees
    assert t.marked_at_end and t.status == "open_at_end" and "marked at the last tradable bid/ask" in t.exit_reason
    assert t.exit_price == pytest.approx(106.98 - 0.10699, abs=1e-9)
    assert t.exit_time == pd.Timestamp("2022-11-22 10:41:29", tz="America/New_York").value
    assert t.impact_cost == pytest.approx(10_000 * (0.10011 + 0.10699), abs=1e-6)
    sale = 10_000 * (106.98 - 0.10699)
    assert t.sec_fee == pytest.approx(math.ceil(sale * 22.90 / 1e6 * 100) / 100)  # 2022 rate, 22.90 per million
    assert t.taf == pytest.approx(1.30)  # 10,000 x 0.000130
    assert t.commission == pytest.approx(100.0)  # 50 a side
    assert t.net_pnl == pytest.approx(10_000 * (106.98 - 0.10699 - 100.12 - 0.10011) - t.fees, abs=1e-6)


def _exchange(tape, **cost) -> SimulatedExchange:
    """The run's simulated exchange over ``tape`` (XNYS) with these costs, default latencies."""
    return SimulatedExchange(RunConfig(costs=CostConfig(**cost)), tape, sessions_for("XNYS", int(tape.t_open[0]), int(tape.t_open[-1])))


def test_participation_cap_splits_the_order_over_the_following_bars(tmp_path):
    path = write_tape(tmp_path / "t.csv", n=60, volume=3000)
    tape = load_tape(path, "META")
    t_arrive = pd.Timestamp("2022-11-22 10:30:02.6", tz="America/New_York").value
    w = _exchange(tape, participation_cap=0.10, impact_k=0.0).fill(t_arrive, t_arrive, True, 1000)
    # 10% of 3,000 = 300 a bar: 300, 300, 300, 100 at bars 13..16, each at its own ask
    assert [f.qty for f in w.fills] == [300, 300, 300, 100]
    assert [f.i for f in w.fills] == [13, 14, 15, 16]
    assert [f.price for f in w.fills] == pytest.approx([100.14, 100.15, 100.16, 100.17])
    vwap = sum(f.qty * f.price for f in w.fills) / 1000
    assert vwap == pytest.approx(100.152)
    assert [f.commission for f in w.fills] == [1.50, 1.50, 1.50, 0.50]


def test_participation_cap_end_to_end_and_exit_sized_to_the_filled_position(tmp_path):
    tape = write_tape(tmp_path / "t.csv", n=700, volume=3000)
    heads = write_headlines(tmp_path / "h.csv", [
        ("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR),
        # denial decided at 10:30:01.5 (zero latency): entry has filled 300 + 300 by then (bars 11, 12? no:
        # bar 11 at 10:30:01 only); the rest of the entry is cancelled and the exit closes what is held
        ("2022-11-22T10:30:01.500-05:00", "Twitter", "Meta says report Zuckerberg will step down is false"),
    ])
    cfg = config(heads, tape, **{"costs.participation_cap": "0.1"})
    (t,) = run(cfg).trades
    assert t.qty == 300  # only the 10:30:01 piece filled before the cancel arrived at 10:30:01.5
    assert t.entry_fills == 1
    assert t.exit_time == pd.Timestamp("2022-11-22 10:30:02", tz="America/New_York").value
    assert t.exit_fills == 1


# --------------------------------------------------------------------------- known at the moment of use
def _minute_tape(path, days=("2022-11-22",), volume=1000, n=390):
    """Regular-session minute bars; closes alternate 100, 101 (so every log return is ±ln 1.01)."""
    rows = []
    for day in days:
        t0 = pd.Timestamp(f"{day} 09:30", tz="America/New_York")
        for i in range(n):
            c = 100.0 if i % 2 == 0 else 101.0
            rows.append({"timestamp": (t0 + pd.Timedelta(minutes=i)).isoformat(), "open": c, "high": 101.0,
                         "low": 100.0, "close": c, "volume": volume})
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


def _model(path, **cost):
    from rumorbt.costs import ImpactModel

    tape = load_tape(path, "META")
    ses = sessions_for("XNYS", int(tape.t_open[0]), int(tape.t_open[-1]))
    return ImpactModel(tape, ses, CostConfig(**cost))


def test_impact_inputs_come_from_the_session_before_the_decision(tmp_path):
    m = _model(_minute_tape(tmp_path / "t.csv"))
    t = pd.Timestamp("2022-11-22 10:00", tz="America/New_York").value
    imp = m.at(t)
    # 30 bars known (09:30..09:59), 30,000 shares in 30 minutes -> 390,000 a 390-minute session
    assert imp.adv_shares == pytest.approx(390_000)
    # 29 returns, 15 of +ln(1.01) and 14 of -ln(1.01): mean a/29, population std a*sqrt(1 - 1/29²),
    # times sqrt(390 bars a session)
    a = math.log(1.01)
    assert imp.sigma_daily == pytest.approx(a * math.sqrt(1 - 1 / 29**2) * math.sqrt(390), rel=1e-12)
    assert "the session's volume known at 2022-11-22 10:00 EST scaled to a full session" in imp.note
    # a bar ending after the decision is not used: the 10:00 bar ends at 10:01
    assert m.at(t + 59 * 10**9) == imp


def test_impact_inputs_do_not_depend_on_which_moment_asked_first(tmp_path):
    """Day 1's bars stop at 15:57 (within the 5-minute slack of a covered session). At 15:58 and
    at 16:30 the same 387 bars are known, but only at 16:30 has the session closed: 15:58 scales
    the session so far (387 minutes -> 390), 16:30 averages the complete session. Asking in
    either order gives each moment its own answer (a cache keyed by bars alone did not)."""
    path = tmp_path / "t.csv"
    _minute_tape(path, days=("2022-11-21",), volume=1000, n=387)
    day2 = tmp_path / "t2.csv"
    _minute_tape(day2, days=("2022-11-22",), volume=1000, n=390)
    pd.concat([pd.read_csv(path), pd.read_csv(day2)]).to_csv(path, index=False)
    before = pd.Timestamp("2022-11-21 15:58", tz="America/New_York").value
    after = pd.Timestamp("2022-11-21 16:30", tz="America/New_York").value
    a = _model(path)
    a_before, a_after = a.at(before), a.at(after)
    b = _model(path)
    b_after, b_before = b.at(after), b.at(before)
    assert a_before.adv_shares == b_before.adv_shares == pytest.approx(387_000 * 390 / 387)
    assert a_after.adv_shares == b_after.adv_shares == pytest.approx(387_000)
    assert a_before == b_before and a_after == b_after


def test_impact_inputs_use_earlier_complete_sessions_when_the_tape_has_them(tmp_path):
    m = _model(_minute_tape(tmp_path / "t.csv", days=("2022-11-21", "2022-11-22"), volume=2000))
    imp = m.at(pd.Timestamp("2022-11-22 09:45", tz="America/New_York").value)
    assert imp.adv_shares == pytest.approx(390 * 2000)
    assert "from 1 earlier session(s) on the tape" in imp.note


def test_impact_inputs_unknown_at_the_first_bars_charge_nothing_and_say_so(tmp_path):
    m = _model(_minute_tape(tmp_path / "t.csv"))
    imp = m.at(pd.Timestamp("2022-11-22 09:33", tz="America/New_York").value)  # 3 bars, 2 returns
    assert not imp.known and imp.sigma_daily == 0 and "set costs.sigma_daily and costs.adv_shares" in imp.note
    assert m.fraction(1000, pd.Timestamp("2022-11-22 09:33", tz="America/New_York").value) == 0.0


def test_configured_impact_inputs_are_used_as_given(tmp_path):
    m = _model(_minute_tape(tmp_path / "t.csv"), sigma_daily=0.02, adv_shares=1e6)
    assert m.at(0).note == "configured" and m.at(0).sigma_daily == 0.02


def test_a_piece_is_sized_by_the_volume_known_at_its_price(tmp_path):
    # bar 13 (the first fresh open after 10:30:02.6) trades 30,000 shares; its predecessor 3,000.
    # The piece priced at bar 13's open may take 10% of 3,000 (known then), not of 30,000.
    path = write_tape(tmp_path / "t.csv", n=60, volume=3000, patch={13: {"volume": 30_000}})
    tape = load_tape(path, "META")
    t_arrive = pd.Timestamp("2022-11-22 10:30:02.6", tz="America/New_York").value
    w = _exchange(tape, participation_cap=0.10, impact_k=0.0).fill(t_arrive, t_arrive, True, 1000)
    assert [f.qty for f in w.fills] == [300, 700]  # bar 13: 10% of bar 12; bar 14: 10% of bar 13 (3,000)
    assert [f.i for f in w.fills] == [13, 14]


def test_an_order_cannot_fill_on_the_tapes_first_bar_under_a_cap(tmp_path):
    path = write_tape(tmp_path / "t.csv", n=10, volume=3000)
    tape = load_tape(path, "META")
    t_arrive = int(tape.t_open[0]) - 1
    w = _exchange(tape, participation_cap=0.10, impact_k=0.0).fill(t_arrive, t_arrive, True, 100)
    assert [f.i for f in w.fills] == [1]  # nothing is known at bar 0's open


# --------------------------------------------------------------------------- fee table 2024-2026
def _at(day: str) -> int:
    return pd.Timestamp(f"{day} 11:00", tz="America/New_York").value


def test_fee_table_covers_2025_and_2026():
    c = CostConfig()
    assert fee_rates(c, _at("2025-05-13")).sec_per_million == 27.80
    assert fee_rates(c, _at("2025-05-14")).sec_per_million == 0.0
    assert fee_rates(c, _at("2026-04-04")).sec_per_million == 20.60  # fiscal 2026 (UNVERIFIED, see data/README.md)
    r = fee_rates(c, _at("2026-01-02"))
    assert (r.taf_per_share, r.taf_max) == (0.000195, 9.79)  # 2026 TAF (brokers' schedules; see data/README.md)
    assert fee_rates(c, _at("2025-12-31")).taf_per_share == 0.000166


def test_2026_regulatory_fees_on_a_sale_by_hand():
    """Selling 60,000 shares at $10.00 on 2026-06-01: SEC 600,000 x 20.60 / 1e6 = 12.36; TAF
    60,000 x 0.000195 = 11.70 is over the 9.79 cap. 1,000 shares at $50.01: SEC 50,010 x
    0.0000206 = 1.030206 -> 1.04 (rounded up to the cent); TAF 0.195 -> 0.20."""
    from rumorbt.costs import regulatory_fees

    r = fee_rates(CostConfig(), _at("2026-06-01"))
    assert regulatory_fees(True, 60_000, 600_000.0, r) == (12.36, 9.79)
    assert regulatory_fees(True, 1_000, 50_010.0, r) == (1.04, 0.20)
    assert regulatory_fees(False, 60_000, 600_000.0, r) == (0.0, 0.0)  # buys pay neither


def test_cat_fee_is_charged_per_share_on_buys_and_sells():
    from rumorbt.costs import cat_fee

    c = CostConfig()
    assert fee_rates(c, _at("2024-08-30")).cat_per_share == 0.0
    assert fee_rates(c, _at("2024-09-03")).cat_per_share == 0.000035
    r = fee_rates(c, _at("2025-04-07"))
    assert r.cat_per_share == 0.000048  # CAT Fee 2024-1 + Historical CAT Assessment 1
    assert cat_fee(1000, r) == 0.05  # 0.048 -> up to the cent
    # a purchase pays it too, and the pieces of an order add up to the order's fee
    pieces = [piece_fees(False, q0, 0.0, q, 0.0, c, r)[3] for q0, q in ((0, 300), (300, 300), (600, 400))]
    assert round(sum(pieces), 2) == 0.05


def test_a_trade_before_the_fee_tables_first_date_is_warned(tmp_path):
    from helpers import RUMOUR, config, write_headlines, write_tape

    tape = write_tape(tmp_path / "META_t.csv", start="2015-07-14T11:30:00-04:00", n=600)
    heads = write_headlines(tmp_path / "h.csv", [("2015-07-14T11:31:00-04:00", "SomeBlog", RUMOUR),
                                                 ("2015-07-14T11:35:00-04:00", "Twitter", "Meta spokesman: report that Zuckerberg will step down is false")])
    res = run(config(heads, tape))
    (t,) = res.trades
    assert t.sec_fee == 0.0 and t.taf == 0.0
    ws = [w for w in res.warnings if "us_regulatory_fees.csv" in w]
    assert len(ws) == 2
    # one trade, however many fills (entry and exit): not "and 1 later"
    assert any("no SEC Section 31 rate on file before 2020-02-18; trade 1 (2015-07-14) is charged 0" in w and "costs.sec_fee_per_million" in w for w in ws)
    assert any("no FINRA TAF rate on file before 2022-01-01" in w and "costs.taf_per_share" in w for w in ws)
    configured = run(config(heads, tape, **{"costs.sec_fee_per_million": "18.40", "costs.taf_per_share": "0.000119",
                                            "costs.taf_max": "5.95"}))
    assert not [w for w in configured.warnings if "us_regulatory_fees.csv" in w]


def test_fee_gap_warnings_name_the_first_and_count_the_rest():
    """Three events of 2019 and one of 2023: one line per missing fee, the first event named and
    the other two 2019 ones counted (2023 has both rates); a configured rate is never missing."""
    from rumorbt.config import load_config
    from rumorbt.engine import fee_gap_warnings

    dated = [(f"event {d}", int(_at(d))) for d in ("2019-02-11", "2019-05-01", "2019-09-03", "2023-03-01")]
    ws = fee_gap_warnings(load_config(None, {}), dated, "America/New_York")
    assert len(ws) == 2
    assert "no SEC Section 31 rate on file before 2020-02-18; event 2019-02-11 (2019-02-11) and 2 later are charged 0" in ws[0]
    assert "no FINRA TAF rate on file before 2022-01-01; event 2019-02-11 (2019-02-11) and 2 later are charged 0" in ws[1]
    assert fee_gap_warnings(load_config(None, {}), dated[3:], "America/New_York") == []
    set_ = load_config(None, {"costs.sec_fee_per_million": "18.40", "costs.taf_per_share": "0.000119", "costs.taf_max": "5.95"})
    assert fee_gap_warnings(set_, dated, "America/New_York") == []
