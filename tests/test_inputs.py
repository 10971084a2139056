"""Malformed input is refused with the file, the row and the problem; valid but unusual input runs."""
import json

import pandas as pd
import pytest

from helpers import RUMOUR, config, write_headlines, write_tape
from rumorbt.cli import main
from rumorbt.engine import run


def run_cli(args, capsys):
    rc = main(args)
    return rc, capsys.readouterr().err.strip()


def test_corrupt_parquet(tmp_path, capsys):
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR)])
    bad = tmp_path / "t.parquet"
    bad.write_bytes(b"PAR1 this is not really parquet")
    rc, err = run_cli(["run", "--headlines", str(heads), "--prices", str(bad), "--out", str(tmp_path / "o")], capsys)
    assert rc == 2 and "t.parquet" in err and "Parquet" in err and not (tmp_path / "o").exists()


def test_mixed_time_zones_in_one_file(tmp_path, capsys):
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR)])
    t = tmp_path / "t.csv"
    t.write_text("timestamp,open,high,low,close,volume\n2022-11-22T10:00:00-05:00,1,1,1,1,1\n2022-11-22T16:00:01+01:00,1,1,1,1,1\n")
    rc, err = run_cli(["run", "--headlines", str(heads), "--prices", str(t)], capsys)
    assert rc == 2 and "row 2" in err and "mixed time zones" in err


def test_a_daylight_saving_change_is_not_a_mixed_zone(tmp_path):
    from rumorbt.tape import load_tape

    t = tmp_path / "t.csv"
    t.write_text("timestamp,open,high,low,close,volume\n2022-11-06T01:59:00-04:00,1,1,1,1,1\n2022-11-06T01:00:00-05:00,1,1,1,1,1\n")
    assert len(load_tape(t, "X", bar_seconds=60)) == 2


@pytest.mark.parametrize("column, value, problem", [
    ("published_at", "2022-11-22 10:30:00", "without a UTC offset"),
    ("published_at", "soon", "cannot read"),
    ("headline", "", "empty text"),
])
def test_bad_headline_rows(tmp_path, capsys, column, value, problem):
    tape = write_tape(tmp_path / "t.csv", n=30)
    rows = [{"published_at": "2022-11-22T10:30:00-05:00", "source": "Blog", "headline": "x"}] * 2
    rows[1] = {**rows[1], column: value}
    h = tmp_path / "h.csv"
    pd.DataFrame(rows).to_csv(h, index=False)
    rc, err = run_cli(["run", "--headlines", str(h), "--prices", str(tape)], capsys)
    assert rc == 2 and "h.csv, data row 2" in err and problem in err


def test_unusual_but_valid_inputs_run(tmp_path):
    """UTF-8 BOM, CRLF line ends, JSON Lines headlines out of order, a Parquet tape, Z offsets."""
    tape_csv = write_tape(tmp_path / "t.csv", n=700)
    df = pd.read_csv(tape_csv)
    df["timestamp"] = pd.to_datetime(df["timestamp"], utc=True).dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    df.to_parquet(tmp_path / "t.parquet", index=False)
    lines = [{"published_at": "2022-11-22T15:40:00Z", "source": "Twitter", "headline": "Meta says report Zuckerberg will step down is false", "ticker": "META"},
             {"published_at": "2022-11-22T15:30:00Z", "source": "SomeBlog", "headline": RUMOUR, "ticker": "META"}]
    (tmp_path / "h.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    a = run(config(tmp_path / "h.jsonl", tmp_path / "t.parquet"))
    bom = tmp_path / "h_bom.csv"
    bom.write_bytes(b"\xef\xbb\xbf" + ("published_at,source,headline,ticker\r\n"
                                      f"2022-11-22T10:40:00-05:00,Twitter,{lines[0]['headline']},META\r\n"
                                      f"2022-11-22T10:30:00-05:00,SomeBlog,\"{RUMOUR}\",META\r\n").encode())
    b = run(config(bom, tape_csv))
    assert len(a.trades) == len(b.trades) == 1
    assert (a.trades[0].entry_time, a.trades[0].exit_time, a.trades[0].net_pnl) == (b.trades[0].entry_time, b.trades[0].exit_time, b.trades[0].net_pnl)
    assert a.trades[0].exit_reason == "denial"


def test_bar_end_stamps_are_moved_to_bar_starts(tmp_path):
    start = write_tape(tmp_path / "s.csv", n=700)
    df = pd.read_csv(start)
    df["timestamp"] = (pd.to_datetime(df["timestamp"]) + pd.Timedelta(seconds=1)).map(lambda x: x.isoformat())
    df.to_csv(tmp_path / "e.csv", index=False)
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR)])
    a = run(config(heads, start)).trades[0]
    b = run(config(heads, tmp_path / "e.csv", **{"data.stamp": "end"})).trades[0]
    assert (a.entry_time, a.entry_price) == (b.entry_time, b.entry_price)
