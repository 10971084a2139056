"""The exchange's time zone comes from its calendar (data.calendar), in one place: a London
tape and London headlines run on XLON give trade times, session ends, the decision log, the
input checks, the HTML report and fetched bars in London time, not New York's."""
import json

import pandas as pd
import pytest

import rumorbt
from rumorbt.engine import run
from rumorbt.errors import ConfigError
from rumorbt.marketdata import fetch, tape_file
from rumorbt.synthetic import Scenario, generate
from rumorbt.tape import load_tape

from helpers import RUMOUR, config, write_headlines, write_tape

# 2023-06-01: London on BST (+01:00), XLON open 08:00-16:30; New York is on EDT (-04:00).
LONDON_TAPE_START = "2023-06-01T16:00:00+01:00"  # 1800 one-second bars: 16:00:00 .. 16:29:59
RUMOUR_AT = "2023-06-01T16:10:00+01:00"


def _london(tmp_path, **sets):
    tape = write_tape(tmp_path / "META_london.csv", start=LONDON_TAPE_START, n=1800)
    heads = write_headlines(tmp_path / "h.csv", [(RUMOUR_AT, "Reuters", RUMOUR)])
    # the rules stage reads the headline: this file tests time zones, and the trained stage's
    # confidence in a newswire rumour moves with each refit (after round 6 joined the training
    # sets this one sits just under the rumour threshold on this date)
    return config(heads, tape, **{"data.calendar": "XLON", "data.reader_stage": "rules", "strategy.exit_at_session_end": "true",
                                  "strategy.session_end_buffer": "5min", **sets})


def test_a_london_run_trades_and_reports_in_london_time(tmp_path):
    res = run(_london(tmp_path))
    assert res.zone == "Europe/London"
    (t,) = res.trades
    # zero latency: the rumour at 16:10:00 BST fills on the next second's bar; the session
    # (XLON closes 16:30 BST) ends the trade 5 minutes before the close, at 16:25:00 BST
    assert t.entry_time == pd.Timestamp("2023-06-01 16:10:01", tz="Europe/London").value
    assert t.exit_reason == "session_end"
    assert t.exit_time == pd.Timestamp("2023-06-01 16:25:01", tz="Europe/London").value
    # on XNYS the same tape (11:00-11:30 New York) is mid-session: no session end in sight
    (ny,) = run(_london(tmp_path, **{"data.calendar": "XNYS"})).trades
    assert ny.marked_at_end and ny.exit_reason != "session_end"


def test_written_outputs_use_the_calendars_zone(tmp_path):
    rumorbt.run(_london(tmp_path)).write(tmp_path / "out")
    tr = pd.read_csv(tmp_path / "out" / "trades.csv")
    assert tr.loc[0, "entry_time"] == "2023-06-01T16:10:01.000000+01:00"
    assert tr.loc[0, "exit_time"] == "2023-06-01T16:25:01.000000+01:00"
    s = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert s["inputs"]["prices"]["first_bar"] == "2023-06-01T16:00:00.000000+01:00"
    assert s["decisions"] and all(d["time"].endswith("+01:00") for d in s["decisions"])
    assert "exchange time (Europe/London)" in (tmp_path / "out" / "report.html").read_text()


def test_input_checks_read_days_in_the_exchanges_zone(tmp_path):
    # 00:30 BST on 2 June is still 1 June in New York: only London's day is right
    tape = write_tape(tmp_path / "META_london.csv", start=LONDON_TAPE_START, n=1800)
    heads = write_headlines(tmp_path / "h.csv", [(RUMOUR_AT, "Reuters", RUMOUR),
                                                 ("2023-06-02T00:30:00+01:00", "Reuters", RUMOUR)])
    res = run(config(heads, tape, **{"data.calendar": "XLON"}))
    (w,) = [w for w in res.warnings if "cannot be evaluated" in w]
    assert "(2023-06-02 00:30 BST)" in w and "no bars on 2023-06-02" in w


def test_a_scenario_takes_its_zone_from_its_calendar():
    sc = Scenario(ticker="VOD", date="2023-06-01", prev_close=100.0, anchors=(("08:00:00", 0.0), ("16:30:00", 0.01)),
                  calendar="XLON", bar_seconds=60)
    df = generate(sc, 1)
    assert df["timestamp"].iloc[0] == "2023-06-01T08:00:00+01:00" and len(df) == 510  # 8.5 h of minutes
    with pytest.raises(ConfigError, match="scenario.tz"):
        Scenario(ticker="VOD", date="2023-06-01", prev_close=100.0, anchors=(), calendar="XLON", tz="America/New_York")


def test_fetched_days_are_the_exchanges_days(tmp_path):
    # Tokyo's 2026-11-17 morning is 2026-11-16 evening in New York
    def tokyo_bars(ticker, **kw):
        idx = pd.date_range("2026-11-17 09:00", periods=5, freq="1min", tz="Asia/Tokyo")
        return pd.DataFrame({"Open": 1.0, "High": 1.0, "Low": 1.0, "Close": 1.0, "Volume": 10}, index=idx)

    now = pd.Timestamp("2026-11-24 12:00", tz="Asia/Tokyo")
    res = fetch("7203.T", "2026-11-17", "2026-11-18", "1m", tmp_path, now=now, downloader=tokyo_bars, zone="Asia/Tokyo")
    assert [p.name for p in res.files] == ["2026-11-17.parquet"]
    tape = load_tape(tape_file(res, tmp_path / "t.parquet"), "7203.T")
    assert tape.t_open[0] == pd.Timestamp("2026-11-17 09:00", tz="Asia/Tokyo").value
    assert str(pd.read_parquet(res.files[0])["timestamp"].dt.tz) == "Asia/Tokyo"
