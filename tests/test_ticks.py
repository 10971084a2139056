"""Tick trades and quotes into bars, with quotes taken as they stood at each bar's open."""
import pandas as pd
import pytest

from helpers import RUMOUR, config, write_headlines
from rumorbt.cli import main
from rumorbt.engine import run


def test_bars_from_ticks_by_hand(tmp_path, capsys):
    (tmp_path / "trades.csv").write_text(
        "timestamp,price,size\n"
        "2022-11-22T10:30:00.100-05:00,100.00,100\n"
        "2022-11-22T10:30:00.900-05:00,100.20,200\n"
        "2022-11-22T10:30:01.500-05:00,100.10,50\n"
        "2022-11-22T10:30:03.200-05:00,100.40,10\n")
    (tmp_path / "quotes.csv").write_text(
        "timestamp,bid,ask\n"
        "2022-11-22T10:29:59.900-05:00,99.98,100.02\n"
        "2022-11-22T10:30:00.500-05:00,100.15,100.25\n"
        "2022-11-22T10:30:02.700-05:00,100.30,100.36\n")
    out = tmp_path / "bars.csv"
    assert main(["bars", "--trades", str(tmp_path / "trades.csv"), "--quotes", str(tmp_path / "quotes.csv"), "--bar", "1s", "--out", str(out)]) == 0
    df = pd.read_csv(out)
    # the 10:29:59 bar is left out: its only quote came at .900, after the bar opened;
    # then :00, :01, :02 (quote only), :03
    assert [ts[11:19] for ts in df["timestamp"]] == ["15:30:00", "15:30:01", "15:30:02", "15:30:03"]
    row = df.iloc[0]
    assert (row["open"], row["high"], row["low"], row["close"], row["volume"]) == (100.00, 100.20, 100.00, 100.20, 300)
    # the quote standing at 10:30:00.000 is the 10:29:59.9 one, not the 10:30:00.5 one
    assert (row["bid"], row["ask"]) == (99.98, 100.02)
    assert (df.iloc[1]["bid"], df.iloc[1]["ask"]) == (100.15, 100.25)
    assert df.iloc[2]["volume"] == 0 and df.iloc[2]["close"] == pytest.approx((100.15 + 100.25) / 2)
    assert (df.iloc[3]["bid"], df.iloc[3]["ask"]) == (100.30, 100.36)
    err = capsys.readouterr().err
    assert "quote-only" in err and "1 bar(s) before the first quote left out" in err
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:01.200-05:00", "SomeBlog", RUMOUR)])
    (t,) = run(config(heads, out, **{"data.bar_seconds": "1"})).trades
    # arrival 10:30:01.2 -> the 10:30:02 bar, at the ask standing at 10:30:02.000 (quoted at :00.5)
    assert t.entry_time == pd.Timestamp("2022-11-22 10:30:02", tz="America/New_York").value
    assert t.entry_price == 100.25


def test_tick_files_are_validated(tmp_path, capsys):
    (tmp_path / "trades.csv").write_text("timestamp,price,size\n2022-11-22T10:30:01-05:00,100,1\n2022-11-22T10:30:00-05:00,100,1\n")
    assert main(["bars", "--trades", str(tmp_path / "trades.csv"), "--out", str(tmp_path / "b.csv")]) == 2
    err = capsys.readouterr().err
    assert "trades.csv, data row 2" in err and "sort" in err and not (tmp_path / "b.csv").exists()


def test_bars_parquet_keeps_typed_zone_aware_timestamps(tmp_path, capsys):
    import pyarrow.parquet as pq

    (tmp_path / "trades.csv").write_text("timestamp,price,size\n"
                                         "2022-11-22T10:30:00.100-05:00,100.00,100\n"
                                         "2022-11-22T10:30:01.250-05:00,100.10,50\n")
    out = tmp_path / "bars.parquet"
    assert main(["bars", "--trades", str(tmp_path / "trades.csv"), "--bar", "1s", "--out", str(out)]) == 0
    field = pq.read_schema(out).field("timestamp")
    assert str(field.type) == "timestamp[ns, tz=UTC]"  # a typed instant, not text
    df = pd.read_parquet(out)
    assert list(df["timestamp"]) == [pd.Timestamp("2022-11-22 15:30:00", tz="UTC"), pd.Timestamp("2022-11-22 15:30:01", tz="UTC")]
    from rumorbt.provenance import derived_from  # a run on these bars names the trades file they came from

    import hashlib

    (src,) = derived_from(out)
    assert src["sha256"] == hashlib.sha256((tmp_path / "trades.csv").read_bytes()).hexdigest()
    csv = tmp_path / "bars.csv"
    assert main(["bars", "--trades", str(tmp_path / "trades.csv"), "--bar", "1s", "--out", str(csv)]) == 0
    assert pd.read_csv(csv)["timestamp"].tolist() == ["2022-11-22T15:30:00+00:00", "2022-11-22T15:30:01+00:00"]
