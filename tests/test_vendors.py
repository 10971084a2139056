"""Vendor presets, each on a small file written in that source's documented shape.

The same six one-minute META bars appear in every shape: bar ``i`` starts at 09:30 + i min ET
(2022-11-22, 14:30Z + i min) with open 100 + i, high open + 0.5, low open - 0.5, close
open + 0.2, volume 10,000. The rumour is published at 09:31:30 (inside bar 1) and the denial
at 09:33:30 (inside bar 3). With zero latency and no quotes, worked by hand:
entry at bar 2's open, 102, plus the 1 bp half-spread = 102.0102, at 09:32;
exit at bar 4's open, 104, minus 1 bp = 103.9896, at 09:34; 1,000 shares.
"""
import json
from pathlib import Path

import pandas as pd
import pytest

from helpers import DENIAL, RUMOUR, config, write_headlines
from rumorbt.engine import run
from rumorbt.errors import InputError
from rumorbt.tape import load_tape

T0 = pd.Timestamp("2022-11-22 14:30", tz="UTC")
ENTRY, EXIT = 102.0102, 103.9896


def bars(n: int = 6) -> list[dict]:
    return [{"t": T0 + pd.Timedelta(minutes=i), "o": 100.0 + i, "h": 100.5 + i, "l": 99.5 + i, "c": 100.2 + i,
             "v": 10_000, "n": 50 + i, "vw": 100.1 + i} for i in range(n)]


@pytest.fixture
def heads(tmp_path) -> Path:
    return write_headlines(tmp_path / "h.csv", [("2022-11-22T09:31:30-05:00", "SomeBlog", RUMOUR),
                                                 ("2022-11-22T09:33:30-05:00", "Meta spokesman", DENIAL)])


def check_fill(heads: Path, prices: Path, **sets) -> None:
    res = run(config(heads, prices, **sets))
    (t,) = res.trades
    assert t.qty == 1000 and t.side == "long"
    assert t.entry_price == pytest.approx(ENTRY, abs=1e-9) and t.exit_price == pytest.approx(EXIT, abs=1e-9)
    assert t.entry_time == (T0 + pd.Timedelta(minutes=2)).value and t.exit_time == (T0 + pd.Timedelta(minutes=4)).value
    assert len(res.tape) == 6 and res.tape.bar_ns == 60 * 10**9


def test_yfinance_frame_saved_as_csv(tmp_path, heads):
    # yf.download(..., auto_adjust=False, multi_level_index=False).to_csv(): Datetime index in the exchange zone
    p = tmp_path / "META_yf.csv"
    rows = ["Datetime,Adj Close,Close,High,Low,Open,Volume"]
    rows += [f"{b['t'].tz_convert('America/New_York')},{b['c']},{b['c']},{b['h']},{b['l']},{b['o']},{b['v']}" for b in bars()]
    p.write_text("\n".join(rows) + "\n")
    check_fill(heads, p, data__preset="yfinance")


def test_yfinance_multi_level_csv_and_parquet_with_its_index(tmp_path, heads):
    # multi_level_index=True (the default) writes three header rows: Price / Ticker / Datetime
    p = tmp_path / "META_yf_multi.csv"
    rows = ["Price,Adj Close,Close,High,Low,Open,Volume", "Ticker,META,META,META,META,META,META", "Datetime,,,,,,"]
    rows += [f"{b['t'].tz_convert('America/New_York')},{b['c']},{b['c']},{b['h']},{b['l']},{b['o']},{b['v']}" for b in bars()]
    p.write_text("\n".join(rows) + "\n")
    check_fill(heads, p, data__preset="yfinance")
    df = pd.DataFrame({"Adj Close": [b["c"] for b in bars()], "Close": [b["c"] for b in bars()], "High": [b["h"] for b in bars()],
                       "Low": [b["l"] for b in bars()], "Open": [b["o"] for b in bars()], "Volume": [b["v"] for b in bars()]},
                      index=pd.DatetimeIndex([b["t"] for b in bars()], name="Datetime").tz_convert("America/New_York"))
    df.to_parquet(tmp_path / "META_yf.parquet")
    check_fill(heads, tmp_path / "META_yf.parquet", data__preset="yfinance")


def test_alpaca_bars_response_and_csv(tmp_path, heads):
    # GET /v2/stocks/bars?symbols=META: {"bars": {"META": [{"t": RFC-3339 UTC, "o", "h", "l", "c", "v", "n", "vw"}]}}
    resp = {"bars": {"META": [{**b, "t": b["t"].strftime("%Y-%m-%dT%H:%M:%SZ")} for b in bars()],
                     "AAPL": [{**b, "t": b["t"].strftime("%Y-%m-%dT%H:%M:%SZ"), "o": 1.0} for b in bars()]},
            "next_page_token": None}
    (tmp_path / "alpaca.json").write_text(json.dumps(resp))
    check_fill(heads, tmp_path / "alpaca.json", data__preset="alpaca")
    single = {"bars": resp["bars"]["META"], "symbol": "META", "next_page_token": None}  # /v2/stocks/META/bars
    (tmp_path / "alpaca1.json").write_text(json.dumps(single))
    check_fill(heads, tmp_path / "alpaca1.json", data__preset="alpaca")
    pd.DataFrame(resp["bars"]["META"]).to_csv(tmp_path / "alpaca.csv", index=False)
    check_fill(heads, tmp_path / "alpaca.csv", data__preset="alpaca")


def test_polygon_aggregates_response_epoch_milliseconds(tmp_path, heads):
    # GET /v2/aggs/ticker/META/range/1/minute/...: "results": [{"v","vw","o","c","h","l","t" (Unix ms),"n"}]
    resp = {"ticker": "META", "queryCount": 6, "resultsCount": 6, "adjusted": False, "status": "OK", "request_id": "x",
            "results": [{"v": b["v"], "vw": b["vw"], "o": b["o"], "c": b["c"], "h": b["h"], "l": b["l"],
                         "t": b["t"].value // 10**6, "n": b["n"]} for b in bars()]}
    assert resp["results"][0]["t"] == 1669127400000
    (tmp_path / "polygon.json").write_text(json.dumps(resp))
    check_fill(heads, tmp_path / "polygon.json", data__preset="polygon")


def test_polygon_flat_file_epoch_nanoseconds_many_tickers(tmp_path, heads):
    # flat files us_stocks_sip/minute_aggs_v1: ticker,volume,open,close,high,low,window_start,transactions
    rows = ["ticker,volume,open,close,high,low,window_start,transactions"]
    for b in bars():
        for tk, off in (("AAPL", 50.0), ("META", 0.0)):
            rows.append(f"{tk},{b['v']},{b['o'] + off},{b['c'] + off},{b['h'] + off},{b['l'] + off},{b['t'].value},{b['n']}")
    p = tmp_path / "2022-11-22.csv.gz"
    pd.DataFrame([r.split(",") for r in rows[1:]], columns=rows[0].split(",")).to_csv(p, index=False)
    check_fill(heads, p, data__preset="polygon-flat")
    tape = load_tape(p, "META", preset="polygon-flat")
    assert any("kept the 6 META row(s) of 12" in n for n in tape.notes)
    with pytest.raises(InputError, match="no rows for TSLA in the ticker column .found AAPL, META"):
        load_tape(p, "TSLA", preset="polygon-flat")


def test_naive_eastern_csv(tmp_path, heads):
    # the validation tapes' shape: ts_et_bar_start in America/New_York wall time, no offset
    rows = ["ts_et_bar_start,open,high,low,close,volume"]
    rows += [f"{b['t'].tz_convert('America/New_York').strftime('%Y-%m-%d %H:%M')},{b['o']},{b['h']},{b['l']},{b['c']},{b['v']}"
             for b in bars()]
    (tmp_path / "META_et.csv").write_text("\n".join(rows) + "\n")
    check_fill(heads, tmp_path / "META_et.csv", data__preset="eastern")
    with pytest.raises(InputError, match="no UTC offset"):  # without the preset (or --prices-tz) it is refused
        load_tape(tmp_path / "META_et.csv", "META", columns="timestamp=ts_et_bar_start")


def test_databento_dbn_ohlcv_1m(tmp_path, heads):
    dbn = pytest.importorskip("databento_dbn")
    pytest.importorskip("databento")
    meta = dbn.Metadata(dataset="XNAS.ITCH", schema=dbn.Schema.OHLCV_1M, start=T0.value, stype_in=dbn.SType.RAW_SYMBOL,
                        stype_out=dbn.SType.INSTRUMENT_ID, end=(T0 + pd.Timedelta(minutes=6)).value, symbols=["META"],
                        partial=[], not_found=[], mappings=[])
    px = lambda x: int(round(x * 1e9))  # DBN prices: fixed point, 1e-9 units
    recs = [dbn.OHLCVMsg(dbn.RType.OHLCV_1M, 2, 1234, b["t"].value, px(b["o"]), px(b["h"]), px(b["l"]), px(b["c"]), b["v"])
            for b in bars()]
    p = tmp_path / "META.ohlcv-1m.dbn"
    p.write_bytes(meta.encode() + b"".join(bytes(r) for r in recs))
    check_fill(heads, p, data__preset="databento")
    assert load_tape(p, "META", preset="databento", bar_seconds=0).bar_ns == 60 * 10**9


def test_dbn_without_the_package_is_one_clear_line(tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "databento", None)  # as if not installed
    p = tmp_path / "x.dbn"
    p.write_bytes(b"DBN")
    with pytest.raises(InputError, match=r"needs the databento package: pip install 'rumorbt\[databento\]'"):
        load_tape(p, "META", preset="databento")


def test_epoch_unit_is_inferred_and_said_or_checked_when_stated(tmp_path, heads):
    rows = ["timestamp,open,high,low,close,volume"] + [f"{b['t'].value // 10**6},{b['o']},{b['h']},{b['l']},{b['c']},{b['v']}"
                                                       for b in bars()]
    p = tmp_path / "ms.csv"
    p.write_text("\n".join(rows) + "\n")
    tape = load_tape(p, "META")
    assert tape.t_open[0] == T0.value
    (note,) = [n for n in tape.notes if "epoch" in n]
    assert note == ("timestamps in ms.csv are integers: read as epoch ms UTC, a guess from their size "
                    "(1669127400000 = 2022-11-22T14:30:00+00:00); state --epoch-unit ms to make it explicit")
    assert not [n for n in load_tape(p, "META", epoch_unit="ms").notes if "epoch" in n]  # stated: nothing to say
    check_fill(heads, p, data__epoch_unit="ms")
    with pytest.raises(InputError, match="1669127400000 read as epoch ns is not a date between 1990 and 2100; the values look like epoch ms"):
        load_tape(p, "META", epoch_unit="ns")
    for unit, scale in (("s", 10**9), ("us", 10**3), ("ns", 1)):
        q = tmp_path / f"{unit}.csv"
        q.write_text("\n".join(["timestamp,open,high,low,close,volume"] + [
            f"{b['t'].value // scale},{b['o']},{b['h']},{b['l']},{b['c']},{b['v']}" for b in bars()]) + "\n")
        assert load_tape(q, "META").t_open[0] == T0.value, unit


def test_explicit_columns_win_over_the_preset(tmp_path, heads):
    rows = ["time_et,o,h,l,c,v"] + [f"{b['t'].tz_convert('America/New_York').strftime('%Y-%m-%d %H:%M')},{b['o']},{b['h']},"
                                    f"{b['l']},{b['c']},{b['v']}" for b in bars()]
    (tmp_path / "x.csv").write_text("\n".join(rows) + "\n")
    # semicolons or spaces separate pairs too, so a catalog cell needs no quoting
    check_fill(heads, tmp_path / "x.csv", data__preset="eastern",
               data__columns="timestamp=time_et;open=o;high=h;low=l;close=c;volume=v")


def test_unknown_preset_is_a_config_error():
    from rumorbt.config import load_config
    from rumorbt.errors import ConfigError

    with pytest.raises(ConfigError, match="data.preset: 'bloomberg' is not one of yfinance, alpaca, polygon"):
        load_config(None, {"data.preset": "bloomberg"})


def test_a_catalog_gives_each_tape_its_own_preset_columns_and_zone(tmp_path, capsys):
    """META as a naive-Eastern CSV with its own column names, TSLA as Alpaca's JSON response:
    one portfolio, no file edited; both fill as worked out above (TSLA's bars are META's + 100)."""
    from rumorbt.cli import main

    rows = ["time_et,open,high,low,close,volume"] + [
        f"{b['t'].tz_convert('America/New_York').strftime('%Y-%m-%d %H:%M')},{b['o']},{b['h']},{b['l']},{b['c']},{b['v']}" for b in bars()]
    (tmp_path / "meta.csv").write_text("\n".join(rows) + "\n")
    tsla = [{**b, "t": b["t"].strftime("%Y-%m-%dT%H:%M:%SZ"), "o": b["o"] + 100, "h": b["h"] + 100, "l": b["l"] + 100,
             "c": b["c"] + 100} for b in bars()]
    (tmp_path / "tsla.json").write_text(json.dumps({"bars": {"TSLA": tsla}, "next_page_token": None}))
    (tmp_path / "tapes.csv").write_text("ticker,path,preset,columns,tz,stamp\n"
                                        "META,meta.csv,,timestamp=time_et,America/New_York,start\n"
                                        "TSLA,tsla.json,alpaca,,,\n")
    h = write_headlines(tmp_path / "h.csv", [
        ("2022-11-22T09:31:30-05:00", "SomeBlog", RUMOUR, "META"),
        ("2022-11-22T09:31:30-05:00", "SomeBlog", "Elon Musk to step down as Tesla CEO, insider source says", "TSLA"),
        ("2022-11-22T09:33:30-05:00", "Meta spokesman", DENIAL, "META"),
        ("2022-11-22T09:33:30-05:00", "Tesla spokesperson", "Tesla: report that Musk will step down as CEO is false", "TSLA")])
    zero = [x for k in ("filing", "company", "newswire", "major_outlet", "social", "blog") for x in ("--set", f"latency.feed.{k}=0ms")]
    args = ["run", "--headlines", str(h), "--tapes", str(tmp_path / "tapes.csv"), *zero, "--set", "latency.decision=0ms",
            "--set", "latency.order=0ms", "--set", "costs.impact_k=0", "--set", "costs.participation_cap=0",
            "--set", "strategy.size_mode=shares", "--set", "strategy.size=1000"]
    assert main([*args, "--out", str(tmp_path / "o")]) == 0, capsys.readouterr().err
    t = pd.read_csv(tmp_path / "o" / "trades.csv").set_index("ticker")
    assert t.loc["META", "entry_price"] == pytest.approx(ENTRY) and t.loc["META", "exit_price"] == pytest.approx(EXIT)
    assert t.loc["TSLA", "entry_price"] == pytest.approx(202 * 1.0001) and t.loc["TSLA", "exit_price"] == pytest.approx(204 * 0.9999)
    assert set(t["entry_time"]) == {"2022-11-22T09:32:00.000000-05:00"}
    (tmp_path / "bad.csv").write_text("ticker,path,stamp\nMETA,meta.csv,middle\n")
    assert main([*args, "--tapes", str(tmp_path / "bad.csv"), "--out", str(tmp_path / "o2")]) == 2
    assert capsys.readouterr().err == f"error: {tmp_path / 'bad.csv'}, data row 1: stamp: 'middle' is not one of start, end\n"
    # a row whose file is not there is named by the catalog and its row (it was 'gone.csv: file not found')
    (tmp_path / "gone.csv").write_text("ticker,path\nMETA,meta.csv\nTSLA,tsla_old.json\n")
    assert main([*args, "--tapes", str(tmp_path / "gone.csv"), "--out", str(tmp_path / "o3")]) == 2
    assert capsys.readouterr().err == (f"error: {tmp_path / 'gone.csv'}, data row 2: path: tsla_old.json not found "
                                       f"(read as {tmp_path / 'tsla_old.json'})\n")
    assert not (tmp_path / "o3").exists()


def test_binance_klines_without_header_microseconds_since_2025(tmp_path):
    """data.binance.vision spot klines: no header, 12 columns, open time in µs from 2025-01-01
    (ms before). Same six bars on 2025-04-07 (a Monday), 13:30Z = 09:30 EDT; a zip as downloaded."""
    import zipfile

    t0 = pd.Timestamp("2025-04-07 13:30", tz="UTC")
    lines = [f"{(t0 + pd.Timedelta(minutes=i)).value // 1000},{b['o']:.8f},{b['h']:.8f},{b['l']:.8f},{b['c']:.8f},"
             f"{b['v']:.8f},{(t0 + pd.Timedelta(minutes=i + 1)).value // 1000 - 1},1000000.0,{b['n']},10.0,1000.0,0"
             for i, b in enumerate(bars())]
    assert lines[0].startswith("1744032600000000,100.00000000")
    with zipfile.ZipFile(tmp_path / "METAUSDT-1m-2025-04-07.zip", "w") as z:
        z.writestr("METAUSDT-1m-2025-04-07.csv", "\n".join(lines) + "\n")
    tape = load_tape(tmp_path / "METAUSDT-1m-2025-04-07.zip", "META", preset="binance")
    assert tape.t_open[0] == t0.value and tape.bar_ns == 60 * 10**9 and tape.open[2] == 102.0
    assert any("read as epoch us UTC, a guess from their size (1744032600000000" in n for n in tape.notes)
    h = write_headlines(tmp_path / "h.csv", [("2025-04-07T09:31:30-04:00", "SomeBlog", RUMOUR),
                                             ("2025-04-07T09:33:30-04:00", "Meta spokesman", DENIAL)])
    res = run(config(h, tmp_path / "METAUSDT-1m-2025-04-07.zip", data__preset="binance"))
    (t,) = res.trades
    assert (t.entry_price, t.exit_price) == (pytest.approx(ENTRY), pytest.approx(EXIT))
    assert t.entry_time == (t0 + pd.Timedelta(minutes=2)).value


@pytest.mark.parametrize("name", ["TSLA_2025-04-07_1min.csv", "SPY_2023-08-03_1min_trades_quotes.csv",
                                  "META_2025-04-30_1500-1959_1min.csv"])
def test_the_eastern_preset_reads_the_real_validation_tapes(shared_validation, name):
    import numpy as np

    by_hand = {"TSLA_2025-04-07_1min.csv": "", "SPY_2023-08-03_1min_trades_quotes.csv": "timestamp=ts_et_bar_start,bid=bid_open,ask=ask_open",
               "META_2025-04-30_1500-1959_1min.csv": "timestamp=ts_et_bar_start"}[name]
    a = load_tape(shared_validation / name, name.split("_")[0], preset="eastern")
    b = load_tape(shared_validation / name, name.split("_")[0], tz="America/New_York", columns=by_hand)
    assert np.array_equal(a.t_open, b.t_open) and np.array_equal(a.close, b.close) and a.has_quotes == b.has_quotes
