"""`simulate --population` writes a SIMULATED market proxy, and every stock of the population is
its drawn skeleton times the market's move to the power of its drawn beta (plus its own noise,
pinned to zero at the skeleton's anchors): abnormal returns have a known answer."""
import pandas as pd
import pytest

from rumorbt.cli import main
from rumorbt.synthetic import BETA_RANGE, MARKET_TICKER, generate_population


def test_stock_at_its_anchors_is_skeleton_times_market_to_the_beta():
    heads, tapes, params = generate_population(6, 4, tickers=("AAA", "BBB"))
    market = tapes[MARKET_TICKER]
    m_close = pd.Series(market["close"].to_numpy(), index=pd.DatetimeIndex(pd.to_datetime(market["timestamp"], utc=True)))
    assert params["beta"].between(*BETA_RANGE).all()
    checked = 0
    for _, ev in params.iterrows():
        stock = tapes[ev["ticker"]]
        s_close = pd.Series(stock["close"].to_numpy(), index=pd.DatetimeIndex(pd.to_datetime(stock["timestamp"], utc=True)))
        day = pd.Timestamp(f"{ev['day']} 09:30", tz="America/New_York").tz_convert("UTC")
        m0 = m_close[m_close.index < day].iloc[-1] if (m_close.index < day).any() else 400.0  # the market's close before
        for a in ev["anchors"].split(";")[1:-1]:  # inside the session: the close of the bar ending there is the mid there
            hhmm, r = a.split("=")
            if not hhmm.endswith(":00"):
                continue  # between two bar edges
            t = pd.Timestamp(f"{ev['day']} {hhmm}", tz="America/New_York").tz_convert("UTC")
            bar = t - pd.Timedelta(minutes=1)
            want = ev["prev_close"] * (1 + float(r)) * (m_close[bar] / m0) ** ev["beta"]
            assert s_close[bar] == pytest.approx(want, abs=0.011 + want * 1e-4), (ev["event"], hhmm)
            checked += 1
    assert checked >= 12


def test_simulate_population_writes_the_market_beside_the_tapes(tmp_path, capsys):
    assert main(["simulate", "--population", "4", "--tickers", "AAA,BBB", "--seed", "2", "--out", str(tmp_path / "p")]) == 0
    assert "SPY_2023_1min_SIMULATED.csv.gz" in capsys.readouterr().out
    assert (tmp_path / "p" / "SPY_2023_1min_SIMULATED.csv.gz").exists()
    assert not any("SPY" in p.name for p in (tmp_path / "p" / "prices").iterdir())  # not an event's tape
    assert "beta" in pd.read_csv(tmp_path / "p" / "events_SIMULATED.csv").columns
    assert main(["simulate", "--population", "4", "--tickers", "AAA,SPY", "--out", str(tmp_path / "q")]) == 2
    assert "market proxy" in capsys.readouterr().err
