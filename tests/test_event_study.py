"""Event study and portfolio statistics on a tiny population worked out by hand: three events
of one ticker on three days, one market tape."""
import json
import math

import numpy as np
import pandas as pd
import pytest

from rumorbt.cli import main
from rumorbt.event_study import EventAnchor, prices_at, study, t975
from rumorbt.tape import load_tape

DAYS = ("2023-01-03", "2023-01-04", "2023-01-05")
# closes of the one-minute bars opening 10:00 ... 10:10 (ET) each day; the rumour is published
# at 10:05, so the price known then is the close of the 10:04 bar (index 4)
STOCK = {
    "2023-01-03": [100, 100, 100, 100, 100, 102, 103, 103, 103, 103, 103],
    "2023-01-04": [50, 50, 50, 50, 50, 50.5, 50, 50, 50, 50, 50],
    "2023-01-05": [200, 200, 200, 201, 200, 206, 208, 208, 208, 208, 208],
}
MARKET = {
    "2023-01-03": [400, 400, 400, 400, 400, 404, 404, 404, 404, 404, 404],
    "2023-01-04": [400, 400, 400, 400, 400, 400, 398, 398, 398, 398, 398],
    "2023-01-05": [400, 400, 400, 400, 400, 402, 402, 402, 402, 402, 402],
}


def write(path, closes, spread=0.02):
    rows = []
    for day, cs in closes.items():
        for k, c in enumerate(cs):
            o = cs[k - 1] if k else c
            rows.append({"timestamp": f"{day}T10:{k:02d}:00-05:00", "open": o, "high": max(o, c), "low": min(o, c),
                         "close": c, "volume": 100_000, "bid": round(o - spread / 2, 4), "ask": round(o + spread / 2, 4)})
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


@pytest.fixture
def tapes(tmp_path):
    s = load_tape(write(tmp_path / "XYZ_tiny.csv", STOCK), "XYZ")
    m = load_tape(write(tmp_path / "SPY_tiny.csv", MARKET), "SPY")
    return s, m


def anchors(minute: int = 5):
    return [EventAnchor(f"e{i}", "XYZ", pd.Timestamp(f"{d}T10:{minute:02d}:00-05:00").value) for i, d in enumerate(DAYS)]


def test_t_quantiles():
    assert t975(2) == pytest.approx(4.3027) and t975(30) == pytest.approx(2.0423)
    assert t975(60) == pytest.approx(2.0003, abs=2e-4) and t975(1000) == pytest.approx(1.9623, abs=2e-4)


def test_price_known_at_a_time_is_the_last_bar_ended_and_gaps_give_none(tapes):
    s, _ = tapes
    t = pd.Timestamp("2023-01-03T10:05:00-05:00").value
    assert prices_at(s, np.array([t, t + 30 * 10**9]), 60 * 10**9).tolist() == [100, 100]  # bar 10:04 ended at 10:05
    night = pd.Timestamp("2023-01-03T16:00:00-05:00").value
    assert math.isnan(prices_at(s, np.array([night]), 60 * 10**9)[0])  # the 10:10 bar ended hours ago


def test_raw_and_market_adjusted_paths_by_hand(tapes):
    s, m = tapes
    es = study({"publication": anchors()}, {"XYZ": s}, m, "market-adjusted", pre_s=120, post_s=120)
    t = es.table.set_index("offset_s")
    assert list(t.index) == [-120, -60, 0, 60, 120] and (t["n_events"] == 3).all()
    # raw at +1 min: 102/100-1, 50.5/50-1, 206/200-1 = 2 %, 1 %, 3 %: mean 2 %, sd 1 %
    assert t.loc[60, "mean_raw"] == pytest.approx(0.02)
    half = 4.3027 * 0.01 / math.sqrt(3)
    assert (t.loc[60, "lo_raw"], t.loc[60, "hi_raw"]) == (pytest.approx(0.02 - half), pytest.approx(0.02 + half))
    # raw at +2 min: 3 %, 0 %, 4 %
    assert t.loc[120, "mean_raw"] == pytest.approx(0.07 / 3)
    # before the anchor: day 3 stood at 201 a minute earlier -> 201/200-1
    assert t.loc[-60, "mean_raw"] == pytest.approx(0.005 / 3)
    assert t.loc[0, "mean_raw"] == 0
    # market-adjusted, +1 min: stock 2 %, 1 %, 3 % minus market 1 %, 0 %, 0.5 %
    ar1 = [0.02 - 0.01, 0.01 - 0.0, 0.03 - 0.005]
    assert t.loc[60, "mean_abnormal"] == pytest.approx(sum(ar1) / 3)  # 1.5 %
    # +2 min adds stock 103/102-1, 50/50.5-1, 208/206-1 minus market 0, 398/400-1, 0
    ar2 = [103 / 102 - 1, 50 / 50.5 - 1 - (398 / 400 - 1), 208 / 206 - 1]
    assert t.loc[120, "mean_abnormal"] == pytest.approx(sum(a + b for a, b in zip(ar1, ar2)) / 3)
    # -1 min: minus the step into the anchor: day 3 200/201-1 (market flat), others 0
    assert t.loc[-60, "mean_abnormal"] == pytest.approx(-(200 / 201 - 1) / 3)


def test_market_model_estimates_alpha_and_beta_before_the_window(tapes):
    s, m = tapes
    # the rumour at 10:08: window 10:07-10:09; estimation: the 5 returns on the grid 10:02 ... 10:07
    ev = [EventAnchor(f"e{i}", "XYZ", pd.Timestamp(f"{d}T10:08:00-05:00").value) for i, d in enumerate(DAYS)]
    es = study({"publication": ev}, {"XYZ": s}, m, "market-model", pre_s=60, post_s=60, estimation_steps=5, min_estimation=5)
    t = es.table.set_index("offset_s")
    cars = []
    for d in DAYS:
        c, mc = STOCK[d], MARKET[d]
        # grid prices 10:02..10:07 are the closes of bars 10:01..10:06
        ri = [c[k] / c[k - 1] - 1 for k in range(2, 7)]
        rm = [mc[k] / mc[k - 1] - 1 for k in range(2, 7)]
        beta, alpha = np.polyfit(rm, ri, 1)
        # +1 min: the step from the 10:07 close (bar 10:07 ended 10:08) to the 10:08 close: both flat here
        car = (c[8] / c[7] - 1) - (alpha + beta * (mc[8] / mc[7] - 1))
        cars.append(car)
    assert t.loc[60, "mean_abnormal"] == pytest.approx(np.mean(cars))
    assert t.loc[60, "mean_abnormal"] != pytest.approx(0.0)  # alpha is not zero on these days
    assert es.notes == []


FEES_OFF = ["--set=costs.commission_per_share=0", "--set=costs.commission_min=0", "--set=costs.sec_fee_per_million=0",
            "--set=costs.taf_per_share=0", "--set=costs.cat_fee_per_share=0", "--set=costs.sigma_daily=0.02", "--set=costs.adv_shares=1000000",
            "--set=costs.impact_k=0", "--set=costs.participation_cap=0", "--set=strategy.size_mode=shares",
            "--set=strategy.size=100", "--set=strategy.cash=100000", "--set=data.extended_hours=true",
            "--set=strategy.exit_at_session_end=false"]


def population(folder):
    """The three events as files: prices/XYZ_tiny.csv and h.csv (rumour 10:05, denial 10:08)."""
    (folder / "prices").mkdir()
    write(folder / "prices" / "XYZ_tiny.csv", STOCK)
    rows = []
    for i, d in enumerate(DAYS):
        rows.append({"published_at": f"{d}T10:05:00-05:00", "source": "SomeBlog", "ticker": "XYZ", "id": f"r{i}",
                     "headline": "XYZ CEO to step down, sources say", "label": "ceo_rumor"})
        rows.append({"published_at": f"{d}T10:08:00-05:00", "source": "Reuters", "ticker": "XYZ", "id": f"d{i}",
                     "headline": "XYZ denies report its CEO will step down", "label": "denial"})
    pd.DataFrame(rows).to_csv(folder / "h.csv", index=False)
    return folder


def test_tiny_population_end_to_end_statistics_and_event_study(tmp_path, capsys):
    """Three rumours at 10:05 with denials at 10:08; long 100 shares, zero latency and fees."""
    population(tmp_path)
    market = write(tmp_path / "SPY_tiny.csv", MARKET)
    zero = [f"--set=latency.feed.{c}=0ms" for c in ("filing", "company", "newswire", "major_outlet", "social", "blog")]
    sets = zero + ["--set=latency.decision=0ms", "--set=latency.order=0ms", *FEES_OFF]
    rc = main(["run", "--headlines", str(tmp_path / "h.csv"), "--prices-dir", str(tmp_path / "prices"), "--engine", "fast",
               "--market", str(market), "--market-model", "market-adjusted", *sets, "--out", str(tmp_path / "o")])
    out, err = capsys.readouterr()
    assert rc == 0, err
    s = json.loads((tmp_path / "o" / "summary.json").read_text())
    # an order reaching the market at 10:05:00 is inside the 10:05 bar: it fills at the 10:06 open
    # (= the 10:05 close: 102, 50.5, 206) + 0.01 half spread; the exit at the 10:09 open
    # (= the 10:08 close: 103, 50, 208) - 0.01
    nets = [100 * (102.99 - 102.01), 100 * (49.99 - 50.51), 100 * (207.99 - 206.01)]  # 98, -52, 198
    st = s["stats"]
    assert st["trades"] == 3 and st["net_pnl"] == pytest.approx(sum(nets), abs=0.01)
    assert st["hit_rate"] == pytest.approx(2 / 3) and st["profit_factor"] == pytest.approx((98 + 198) / 52, rel=1e-6)
    notional = 100 * (102.01 + 50.51 + 206.01)
    assert st["net_bps_of_notional"] == pytest.approx(sum(nets) / notional * 1e4, rel=1e-6)
    # equity marked to market at each bar's close (known at its end): day 1 in at 102.01 with the
    # 10:05 close at 102 (-1), 103 at 10:07 and 10:08 (+99: the peak, 100,099), out +98; day 2
    # in at 50.51 (50.5: -1), 50 (-51), out -52 (100,046); day 3 in at 206.01 with 206 known
    # (-1: 100,045, the trough), 208 (+199: recovered at 10:07), out +198. Realised equity
    # alone would say 52 (100,098 -> 100,046).
    assert st["max_drawdown"] == pytest.approx(54.0, abs=0.01) and st["max_drawdown_pct_of_start"] == pytest.approx(0.054, abs=1e-5)
    assert st["max_drawdown_peak_time"].startswith("2023-01-03T10:07") and st["max_drawdown_trough_time"].startswith("2023-01-05T10:06")
    assert st["max_drawdown_recovery_time"].startswith("2023-01-05T10:07") and st["max_drawdown_duration_s"] == 2 * 86_400
    eq = pd.read_csv(tmp_path / "o" / "equity.csv")
    assert eq["equity"].tolist() == [100_000, 99_999, 100_099, 100_099, 100_098, 100_097, 100_047, 100_047, 100_046,
                                     100_045, 100_245, 100_245, 100_244]
    assert eq["exits"].sum() == 3 and eq["drawdown"].max() == pytest.approx(54.0)
    # per-trade returns 98/10,201, -52/5,051, 198/20,601 (Sharpe per trade, ddof 1)
    r = [98 / 10_201, -52 / 5_051, 198 / 20_601]
    mean = sum(r) / 3
    assert st["sharpe_per_trade"] == pytest.approx(mean / math.sqrt(sum((x - mean) ** 2 for x in r) / 2), abs=1e-6)
    assert st["days"] == 3  # three sessions from the first rumour to the last exit
    assert st["exposure_s"] == 3 * 180 and st["mean_trade_duration_s"] == 180
    es = pd.read_csv(tmp_path / "o" / "event_study.csv")
    pub = es[es["anchor"] == "publication"].set_index("offset_s")
    assert pub.loc[60.0, "mean_raw"] == pytest.approx(0.02) and pub.loc[60.0, "n_events"] == 3
    assert pub.loc[60.0, "mean_abnormal"] == pytest.approx(0.015)
    den = es[es["anchor"] == "denial"].set_index("offset_s")
    # at the denial (10:08) the known price is the 10:07 close; a minute later the 10:08 close: flat
    assert den.loc[60.0, "mean_raw"] == pytest.approx(0.0) and den.loc[0.0, "n_events"] == 3
    assert "Event study" in out and (tmp_path / "o" / "event_study.png").exists()
