"""Tick trades and quotes -> bars the engine reads.

Trades (``timestamp, price, size``) and quotes (``timestamp, bid, ask``), each validated
like a tape (offsets or an explicit zone, sorted, no missing values, bid <= ask), are cut
into bars of a chosen length. A bar's OHLC and volume come from its trades; its ``bid`` /
``ask`` are the quote **prevailing at the bar's open** (the last quote stamped at or before
it), so the engine's rule — an order fills at the first bar opening after its arrival, at that
bar's opening quote — uses a quote that really stood at that instant. Short bars (100 ms,
1 s) keep that within a hair of the quote prevailing at arrival, and never ahead of it.
A bar with quotes and no trades is a quote-only bar (volume 0, prices at the quote mid);
bars before the first quote are left out, and the summary says how many.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from .errors import InputError
from .tabular import parse_numbers, parse_timestamps, read_table, require_columns


def _read(path: str | Path, cols: tuple[str, ...], tz: str) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    file = str(path)
    df = read_table(path, kinds=("csv", "parquet"))
    require_columns(df, cols, file)
    t = parse_timestamps(df["timestamp"], file, "timestamp", tz, zone_flag="--tz")
    d = np.diff(t)
    if (d < 0).any():  # equal stamps are normal for ticks; going back in time is not
        raise InputError("timestamp: earlier than the row before; sort the file by time", file=file, row=int(np.argmax(d < 0)) + 2)
    vals = {c: parse_numbers(df, c, file) for c in cols[1:]}
    for c, v in vals.items():
        bad = v < 0 if c == "size" else v <= 0
        if bad.any():
            raise InputError(f"{c}: must be {'>= 0' if c == 'size' else 'positive'}", file=file, row=int(np.argmax(bad)) + 1)
    if "bid" in vals and (vals["bid"] > vals["ask"]).any():
        raise InputError("crossed quote: bid is above ask", file=file, row=int(np.argmax(vals["bid"] > vals["ask"])) + 1)
    return t, vals


def bars_from_ticks(trades: str | Path, quotes: str | Path | None, bar_seconds: float, tz: str = "") -> tuple[pd.DataFrame, list[str]]:
    """Bars (timestamp: tz-aware UTC datetimes of each bar's start; open, high, low, close,
    volume[, bid, ask]) and notes. Parquet keeps the type; a CSV writer writes ISO-8601."""
    bar = int(round(bar_seconds * 1e9))
    if bar <= 0:
        raise InputError("--bar must be positive")
    tt, tv = _read(trades, ("timestamp", "price", "size"), tz)
    notes: list[str] = []
    start = (tt // bar) * bar
    df = pd.DataFrame({"t": start, "p": tv["price"], "s": tv["size"]})
    g = df.groupby("t", sort=True)
    bars = pd.DataFrame({"open": g["p"].first(), "high": g["p"].max(), "low": g["p"].min(), "close": g["p"].last(), "volume": g["s"].sum()})
    if quotes is not None:
        qt, qv = _read(quotes, ("timestamp", "bid", "ask"), tz)
        q_start = np.unique((qt // bar) * bar)
        idx = np.union1d(bars.index.to_numpy(), q_start)
        bars = bars.reindex(idx)
        k = np.searchsorted(qt, idx, side="right") - 1  # the quote standing at each bar's open
        known = k >= 0
        if (~known).any():
            notes.append(f"{int((~known).sum())} bar(s) before the first quote left out")
        bars, k = bars[known], k[known]
        bars["bid"], bars["ask"] = qv["bid"][k], qv["ask"][k]
        no_trade = bars["volume"].isna().to_numpy()
        if no_trade.any():
            mid = ((bars["bid"] + bars["ask"]) / 2).to_numpy()
            for c in ("open", "high", "low", "close"):
                bars.loc[no_trade, c] = mid[no_trade]
            bars.loc[no_trade, "volume"] = 0.0
            notes.append(f"{int(no_trade.sum())} quote-only bar(s) without trades: volume 0, prices at the quote mid")
    out = bars.reset_index(names="t")
    out.insert(0, "timestamp", pd.to_datetime(out.pop("t"), unit="ns", utc=True))
    return out, notes


def write_bars(trades: str | Path, quotes: str | Path | None, bar_ns: int, out: str | Path, tz: str = "") -> tuple[int, list[str]]:
    """Cut ticks into bars of ``bar_ns`` nanoseconds and write them to ``out`` (.csv, .csv.gz,
    .parquet) through a temporary file, so a failure leaves no half-written tape. Returns the
    number of bars and the notes of :func:`bars_from_ticks`."""
    df, notes = bars_from_ticks(trades, quotes, bar_ns / 1e9, tz)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".partial")
    if out.name.endswith((".parquet", ".pq")):  # typed timestamps, and the tick files it came from in its metadata
        from .provenance import file_record, write_parquet_from

        write_parquet_from(df, tmp, [file_record(f) for f in (trades, quotes) if f])
    else:  # text: ISO-8601 with the offset, read back by any tape reader without a zone option
        df.assign(timestamp=df["timestamp"].map(lambda x: x.isoformat())).to_csv(
            tmp, index=False, lineterminator="\n", compression={"method": "gzip", "mtime": 0} if out.name.endswith(".gz") else None)
    tmp.replace(out)
    return len(df), notes
