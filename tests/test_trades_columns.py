"""trades.csv's times as the README documents them: entry_time is the first entry piece's
fill, exit_time the last exit piece's, each the open of the bar it filled in, in exchange time."""
import pandas as pd

from helpers import DENIAL, RUMOUR, config, write_headlines, write_tape
from rumorbt.engine import run
from rumorbt.report import trades_frame


def test_entry_time_is_the_first_fill_and_exit_time_the_last(tmp_path):
    # 500 shares a bar and a 10 % cap: 50 shares a bar (the previous bar's volume is what is
    # known at a bar's open), so 200 shares fill in four pieces each way
    tape = write_tape(tmp_path / "META_t.csv", start="2022-11-22T10:29:50-05:00", n=120, volume=500)
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR),
                                                 ("2022-11-22T10:30:30-05:00", "Twitter", DENIAL)])
    res = run(config(heads, tape, **{"costs.participation_cap": "0.1", "strategy.size": "200"}))
    (t,) = res.trades
    entry = [f for _, leg, f in res.fills if leg == "entry"]
    exit_ = [f for _, leg, f in res.fills if leg == "exit"]
    assert (t.entry_fills, t.exit_fills) == (len(entry), len(exit_)) == (4, 4)
    assert [f.qty for f in entry] == [50] * 4
    # the rumour reaches the market at 10:30:00, inside the 10:30:00 bar: the first piece at the
    # 10:30:01 open, then one a second; the denial at 10:30:30: out from 10:30:31 to 10:30:34
    row = trades_frame(res).iloc[0]
    assert row["entry_time"] == "2022-11-22T10:30:01.000000-05:00" == pd.Timestamp(entry[0].t, tz="UTC").tz_convert(
        "America/New_York").isoformat(timespec="microseconds")
    assert row["exit_time"] == "2022-11-22T10:30:34.000000-05:00"
    assert t.entry_time == entry[0].t < entry[-1].t and t.exit_time == exit_[-1].t > exit_[0].t
    assert row["entry_price"] == sum(f.price * f.qty for f in entry) / 200
