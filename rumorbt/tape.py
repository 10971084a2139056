"""Price tapes: bars stamped with their open time, optional bid/ask, validated on load.

A bar stamped ``t`` covers ``[t, t + bar_ns)``. When a tape has ``bid``/``ask`` columns they
are the quote prevailing at the bar's open (vendors' ``bid_open``/``ask_open``). All times
are int64 nanoseconds UTC.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .errors import InputError

if TYPE_CHECKING:
    import pandas as pd

BAR_COLUMNS = ("timestamp", "open", "high", "low", "close", "volume")


@dataclass(frozen=True, eq=False)
class Tape:
    """One ticker's bars as plain arrays (the form the fill and cost functions take)."""

    ticker: str
    t_open: np.ndarray  # int64 ns UTC, strictly increasing
    open: np.ndarray
    high: np.ndarray
    low: np.ndarray
    close: np.ndarray
    volume: np.ndarray
    bid: np.ndarray | None
    ask: np.ndarray | None
    bar_ns: int
    source: str = ""
    simulated: bool = False
    notes: tuple[str, ...] = ()  # what loading derived (e.g. quote-only bars), for the report
    # how the file was read (preset, columns, tz, stamp, epoch_unit), for the run's provenance
    reading: tuple[tuple[str, str], ...] = ()

    @property
    def has_quotes(self) -> bool:
        return self.bid is not None

    def __len__(self) -> int:
        return len(self.t_open)

    @cached_property
    def t_end(self) -> np.ndarray:
        """End of each bar (exclusive): when its close becomes known. Computed once (read-only):
        every decision looks it up, and a fresh array per look-up made runs cost the tape's length."""
        end = self.t_open + self.bar_ns
        end.flags.writeable = False
        return end

    @cached_property
    def derived(self) -> dict:
        """Values derived from this tape and other inputs, computed once (see execution.last_tradable)."""
        return {}

    @cached_property
    def any_volume(self) -> bool:
        """Whether any bar traded (computed once per tape)."""
        return bool((self.volume > 0).any())

    def mid(self) -> np.ndarray:
        """Mid price at each bar's open: the quote mid when quoted, else the open print."""
        return (self.bid + self.ask) / 2.0 if self.has_quotes else self.open

    def mid_at(self, i: int) -> float:
        """``mid()[i]`` without building the whole array."""
        return float((self.bid[i] + self.ask[i]) / 2.0) if self.has_quotes else float(self.open[i])

    def to_frame(self) -> pd.DataFrame:
        import pandas as pd

        df = pd.DataFrame({
            "timestamp": pd.to_datetime(self.t_open, utc=True),
            "open": self.open, "high": self.high, "low": self.low, "close": self.close, "volume": self.volume,
        })
        if self.has_quotes:
            df["bid"] = self.bid
            df["ask"] = self.ask
        return df


def is_simulated_name(path: str | Path) -> bool:
    return "simulated" in Path(path).name.lower()


def price_fingerprint(t_open: np.ndarray, close: np.ndarray) -> str:
    """sha256 of a tape's bar times (int64 ns UTC) and closes (float64): the same for a copy of a
    tape however it is named, compressed or laid out in columns."""
    import hashlib

    h = hashlib.sha256(np.ascontiguousarray(t_open, dtype=np.int64).tobytes())
    h.update(np.ascontiguousarray(close, dtype=np.float64).tobytes())
    return h.hexdigest()


SIMULATED_TAPES = "simulated_tapes.csv"  # data/: the bundled SIMULATED tapes' price fingerprints


def bundled_simulated_tape(t_open: np.ndarray, close: np.ndarray) -> str | None:
    """The bundled SIMULATED tape whose prices these are (its file name), else None: a renamed
    or unzipped copy of one is still SIMULATED, whatever its name says. Only a tape with as many
    bars as a bundled one is hashed (a population run loads thousands of tapes)."""
    same_length = [(file, fp) for file, bars, fp in _simulated_tapes() if bars == len(t_open)]
    if not same_length:
        return None
    mine = price_fingerprint(t_open, close)
    return next((file for file, fp in same_length if fp == mine), None)


@lru_cache(maxsize=1)
def _simulated_tapes() -> tuple[tuple[str, int, str], ...]:
    """(file, bars, fingerprint) of each bundled SIMULATED tape (data/simulated_tapes.csv)."""
    import csv

    from .resources import data_path

    with open(data_path(SIMULATED_TAPES), newline="", encoding="utf-8") as fh:
        return tuple((r["file"], int(r["bars"]), r["fingerprint"]) for r in csv.DictReader(fh))


def _quote_only_rows(df, has_quotes: bool) -> "np.ndarray":
    """Rows with quotes but every trade field blank (a minute without trades in a joined file)."""
    if not has_quotes:
        return np.zeros(len(df), dtype=bool)
    blank = np.ones(len(df), dtype=bool)
    for c in ("open", "high", "low", "close", "volume"):
        col = df[c]
        blank &= (col.isna() | (col.astype(str).str.strip() == "")).to_numpy()
    return blank


def load_tape(path: str | Path, ticker: str, tz: str = "", bar_seconds: float = 0.0,
              columns: str = "", stamp: str = "start", preset: str = "", epoch_unit: str = "") -> Tape:
    """Read and validate a bar tape (CSV, CSV.gz, JSON Lines, Parquet; a vendor's JSON
    response or DBN file with a ``preset``). Raises :class:`InputError`.

    ``preset`` names a vendor's file shape and ``columns`` renames columns (both in
    :mod:`rumorbt.vendors`; explicit options win); ``epoch_unit`` is the unit of integer
    stamps (inferred from their size when empty, and said in the notes); ``stamp="end"`` reads
    each timestamp as the bar's end. In a file with bid/ask, a row whose trade fields are all
    blank is a quote-only bar: volume 0, prices the opening quote's mid (the load notes say so).
    """
    # reading a file needs pandas; a tape from the cache (rumorbt.tape_cache) does not, so a
    # whole-process run that finds it there never imports pandas for it
    import pandas as pd

    from .tabular import parse_numbers, parse_timestamps, require_columns
    from .vendors import read_bars

    file = str(path)
    vb = read_bars(path, ticker, preset=preset, columns=columns, tz=tz, epoch_unit=epoch_unit)
    df, tz = vb.frame, vb.tz
    bar_seconds = bar_seconds or vb.bar_seconds
    _check_symbols(df, file, ticker)
    require_columns(df, BAR_COLUMNS, file, hint=" (bars: timestamp, open, high, low, close, volume; optional bid, ask;"
                                                " map vendor names with --columns timestamp=...,bid=...)")
    notes: list[str] = list(vb.notes)
    has_quotes = "bid" in df.columns and "ask" in df.columns
    quote_only = _quote_only_rows(df, has_quotes)
    if quote_only.any():
        df = df.copy()
        for c in ("open", "high", "low", "close", "volume"):
            df[c] = df[c].astype(object)
        mid = (pd.to_numeric(df.loc[quote_only, "bid"], errors="coerce") + pd.to_numeric(df.loc[quote_only, "ask"], errors="coerce")) / 2
        for c in ("open", "high", "low", "close"):
            df.loc[quote_only, c] = mid
        df.loc[quote_only, "volume"] = 0
        notes.append(f"{int(quote_only.sum())} quote-only bar(s) without trades in {Path(file).name}: volume 0, prices at the quote mid")
    t = parse_timestamps(df["timestamp"], file, "timestamp", tz)
    d = np.diff(t)
    if (d <= 0).any():
        i = int(np.argmax(d <= 0))
        what = "duplicate timestamp" if d[i] == 0 else "timestamp earlier than the row before; sort the file by time"
        raise InputError(f"timestamp: {what}", file=file, row=i + 2)
    cols = {c: parse_numbers(df, c, file) for c in ("open", "high", "low", "close", "volume")}
    has_bid, has_ask = "bid" in df.columns, "ask" in df.columns
    if has_bid != has_ask:
        raise InputError("has only one of bid/ask; give both or neither", file=file)
    bid = parse_numbers(df, "bid", file) if has_bid else None
    ask = parse_numbers(df, "ask", file) if has_ask else None
    _check_bars(file, cols, bid, ask)
    if bar_seconds > 0:
        bar_ns = int(round(bar_seconds * 1e9))
        if len(t) > 1 and bar_ns < int(d.min()):
            # a bar claimed shorter than every spacing would make its close known too early
            raise InputError(f"data.bar_seconds={bar_seconds:g} is shorter than every spacing on the tape (the smallest is "
                             f"{d.min() / 1e9:g}s): each close would be known {(d.min() - bar_ns) / 1e9:g}s early; "
                             f"set data.bar_seconds={d.min() / 1e9:g} or 0 (read from the tape)", file=file)
    elif len(t) > 1:
        vals, counts = np.unique(d, return_counts=True)
        bar_ns = int(vals[np.argmax(counts)])
    else:
        raise InputError("has a single bar; set data.bar_seconds to say how long it is", file=file)
    if len(t) > 1 and (d < bar_ns).any():
        i = int(np.argmax(d < bar_ns))
        raise InputError(f"timestamp: bars overlap (spacing {d[i] / 1e9:g}s is shorter than the bar length {bar_ns / 1e9:g}s)", file=file, row=i + 2)
    if stamp == "end":
        t = t - bar_ns
        notes.append("timestamps read as bar ends and moved back one bar to bar starts")
    reading = (("preset", preset), ("columns", columns), ("tz", vb.tz), ("stamp", stamp), ("epoch_unit", vb.epoch_unit))
    simulated = is_simulated_name(path)
    if not simulated and (copy_of := bundled_simulated_tape(t, cols["close"])):
        simulated = True
        notes.append(f"SIMULATED: its prices are those of the bundled simulated tape {copy_of}, whatever its file name says")
    return Tape(ticker=ticker, t_open=t, bid=bid, ask=ask, bar_ns=bar_ns, source=file,
                simulated=simulated, notes=tuple(notes), reading=reading, **cols)


SYMBOL_COLUMNS = ("symbol", "ticker", "sym", "instrument")


def _check_symbols(df: pd.DataFrame, file: str, ticker: str) -> None:
    """A tape holds one symbol: a symbol/ticker column with two values, or another ticker's
    value, would be read as one series and trade across them."""
    for col in df.columns:
        if str(col).strip().lower() not in SYMBOL_COLUMNS:
            continue
        col_values = df[col]
        vals = col_values.astype(object).where(col_values.notna(), "").astype(str).str.strip().str.upper()  # None/NaN: no symbol
        vals = vals[(vals != "") & (vals != "NAN")]
        if vals.empty:
            continue
        first = vals.iloc[0]
        other = vals[vals != first]
        if len(other):
            raise InputError(f"column {col!r} mixes symbols ({first}, {other.iloc[0]}, ...): one tape must hold one symbol; "
                             f"split the file by {col!r}", file=file, row=int(other.index[0]) + 1)
        if ticker and first != ticker.upper():
            raise InputError(f"column {col!r} says {first} but the run's ticker is {ticker.upper()}: pass the "
                             f"{ticker.upper()} tape (or set data.ticker={first} if that is the one meant)", file=file, row=1)
        return


def _check_bars(file: str, c: dict[str, np.ndarray], bid: np.ndarray | None, ask: np.ndarray | None) -> None:
    checks = [
        ((c["open"] <= 0) | (c["high"] <= 0) | (c["low"] <= 0) | (c["close"] <= 0), "prices must be positive"),
        (c["volume"] < 0, "volume: must not be negative"),
        (c["high"] < c["low"], "high is below low"),
        (c["high"] < np.maximum(c["open"], c["close"]), "high is below the open or the close"),
        (c["low"] > np.minimum(c["open"], c["close"]), "low is above the open or the close"),
    ]
    if bid is not None:
        checks += [((bid <= 0) | (ask <= 0), "bid/ask must be positive"),
                   (bid > ask, "crossed quote: bid is above ask")]
    for bad, problem in checks:
        if bad.any():
            raise InputError(problem, file=file, row=int(np.argmax(bad)) + 1)
