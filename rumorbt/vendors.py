"""Vendor presets: reading the bar files of common data sources without editing them.

A preset names, for one source's documented file shape, which column is which, the zone of
timestamps that carry no offset, the unit of integer epoch stamps and (for files that hold
many symbols) the symbol column. Options given explicitly (``columns``, ``tz``,
``epoch_unit``) win over the preset's. Every source below stamps a bar at its **start**.

| preset | shape (documented by the source) |
|---|---|
| ``yfinance`` | ``yf.download(...)`` saved with ``to_csv``/``to_parquet``: ``Datetime`` (offset in the exchange zone; ``Date`` for daily bars), ``Open, High, Low, Close, Adj Close, Volume``; also the three-row header of ``multi_level_index=True`` |
| ``alpaca`` | Alpaca Market Data v2 bars (``/v2/stocks/{symbol}/bars``): ``t`` RFC-3339 UTC, ``o, h, l, c, v, n, vw``; CSV, JSON Lines, or the saved JSON response ``{"bars": [...]}`` / ``{"bars": {"META": [...]}}`` |
| ``polygon`` | Polygon/Massive REST aggregates (``/v2/aggs/ticker/...``): ``t`` Unix **milliseconds**, ``o, h, l, c, v, vw, n``; CSV, JSON Lines or the saved JSON response ``{"results": [...]}`` |
| ``polygon-flat`` | Polygon/Massive flat files (``minute_aggs_v1``): ``ticker, volume, open, close, high, low, window_start, transactions``, ``window_start`` Unix **nanoseconds**; all tickers in one file (rows of the tape's ticker are kept) |
| ``eastern`` | naive US-Eastern minute CSVs (FirstRate, QuantConnect exports, the validation tapes): ``ts_et_bar_start`` or ``timestamp`` in America/New_York wall time; ``bid_open``/``ask_open`` when present |
| ``binance`` | Binance public-data spot klines (``data.binance.vision``, ``.csv`` or the ``.zip`` as downloaded): no header; open time, open, high, low, close, volume, close time, quote volume, trades, taker buy base, taker buy quote, ignore; open time in Unix **ms**, **µs** from 2025-01-01 (inferred per file) |
| ``databento`` | Databento DBN ``ohlcv-1s/1m/1h/1d`` files (``.dbn``, ``.dbn.zst``) through the ``databento`` package's offline reader (``pip install 'rumorbt[databento]'``): ``ts_event`` ns UTC at the interval start |

Integer timestamps without a stated unit have it inferred from their size (seconds,
milliseconds, microseconds or nanoseconds since 1970 between the years 1990 and 2100), and
the guess is said in the run's notes; a stated unit that puts the bars outside those years is
refused. No network is used by any reader.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .errors import InputError
from .tabular import read_table

if TYPE_CHECKING:  # imported where used: naming a preset needs no pandas (0.2 s)
    import pandas as pd

BAR_TARGETS = ("timestamp", "open", "high", "low", "close", "volume", "bid", "ask")
EPOCH_UNITS = ("s", "ms", "us", "ns")
_NS_PER = {"s": 10**9, "ms": 10**6, "us": 10**3, "ns": 1}
# Bars of equities and crypto fall between these years; an epoch value outside them in the
# stated (or every possible) unit is a wrong unit, not a date.
_YEAR_LO_NS = 631_152_000 * 10**9  # 1990-01-01 UTC
_YEAR_HI_NS = 4_102_444_800 * 10**9  # 2100-01-01 UTC


@dataclass(frozen=True)
class Preset:
    """How one source's bar files are read. ``columns``: (target, candidate source names);
    the first candidate present in the file is used, and a target with none present is left
    to the ordinary missing-column error (bid/ask are optional)."""

    name: str
    columns: tuple[tuple[str, tuple[str, ...]], ...]
    tz: str = ""  # zone of timestamps without an offset
    epoch_unit: str = ""  # unit of integer timestamps
    symbol_column: str = ""  # files holding many symbols: keep the tape's rows
    reader: str = "table"  # table | dbn
    doc: str = ""
    names: tuple[str, ...] = ()  # column names of a file written without a header row


_OHLCV_SHORT = (("open", ("o",)), ("high", ("h",)), ("low", ("l",)), ("close", ("c",)), ("volume", ("v",)))

PRESETS: dict[str, Preset] = {p.name: p for p in (
    Preset("yfinance", (("timestamp", ("Datetime", "Date", "index")), ("open", ("Open",)), ("high", ("High",)),
                        ("low", ("Low",)), ("close", ("Close",)), ("volume", ("Volume",))),
           doc="yfinance download() frame: Datetime index with the exchange offset, raw Open/High/Low/Close (auto_adjust=False)"),
    Preset("alpaca", (("timestamp", ("t",)), *_OHLCV_SHORT), symbol_column="S",
           doc="Alpaca Market Data v2 bars: t RFC-3339 UTC at the bar start; o, h, l, c, v, n, vw"),
    Preset("polygon", (("timestamp", ("t",)), *_OHLCV_SHORT), epoch_unit="ms", symbol_column="T",
           doc="Polygon/Massive REST aggregates: t Unix milliseconds at the window start; o, h, l, c, v, vw, n"),
    Preset("polygon-flat", (("timestamp", ("window_start",)), ("open", ("open",)), ("high", ("high",)), ("low", ("low",)),
                            ("close", ("close",)), ("volume", ("volume",))), epoch_unit="ns", symbol_column="ticker",
           doc="Polygon/Massive flat files minute_aggs_v1: window_start Unix nanoseconds at the window start"),
    Preset("eastern", (("timestamp", ("ts_et_bar_start", "timestamp", "datetime", "Datetime")), ("bid", ("bid_open", "bid")),
                       ("ask", ("ask_open", "ask"))), tz="America/New_York",
           doc="naive America/New_York wall-clock times at the bar start (FirstRate, QuantConnect exports)"),
    Preset("binance", (("timestamp", ("open_time",)),), doc="Binance spot klines: open time Unix ms (us from 2025-01-01), no header",
           names=("open_time", "open", "high", "low", "close", "volume", "close_time", "quote_volume", "trades",
                  "taker_buy_base_volume", "taker_buy_quote_volume", "ignore")),
    Preset("databento", (("timestamp", ("ts_event",)),), epoch_unit="ns", symbol_column="symbol", reader="dbn",
           doc="Databento DBN OHLCV: ts_event ns UTC at the interval start; prices decoded to float by the databento package"),
)}


@dataclass(frozen=True)
class VendorBars:
    """A bar file with its columns renamed to rumorbt's, ready for the tape checks."""

    frame: pd.DataFrame  # timestamp (text or tz-aware datetimes), open..volume[, bid, ask]
    tz: str  # zone for timestamps without an offset ('' = refuse them)
    notes: tuple[str, ...]
    bar_seconds: float = 0.0  # known from the file itself (a DBN schema), else 0
    epoch_unit: str = ""  # unit the integer timestamps were read in ('' = they were text or datetimes)


def preset_names() -> tuple[str, ...]:
    return tuple(PRESETS)


def get_preset(name: str, file: str | None = None) -> Preset | None:
    if not name:
        return None
    try:
        return PRESETS[name]
    except KeyError:
        raise InputError(f"unknown preset {name!r}; one of: {', '.join(PRESETS)}", file=file) from None


def parse_column_map(spec: str, file: str = "data.columns") -> dict[str, str]:
    """``"timestamp=ts_et_bar_start,bid=bid_open"`` -> ``{"ts_et_bar_start": "timestamp", "bid_open": "bid"}``.

    Pairs may be separated by commas, semicolons or spaces (a catalog cell need not be quoted)."""
    out: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in spec.replace(";", ",").replace(" ", ",").split(","))):
        target, sep, source = part.partition("=")
        target, source = target.strip(), source.strip()
        if not sep or not target or not source:
            raise InputError(f"column mapping {part!r}: expected target=source, e.g. timestamp=ts_et_bar_start", file=file)
        if target not in BAR_TARGETS:
            raise InputError(f"column mapping {part!r}: {target!r} is not one of {', '.join(BAR_TARGETS)}", file=file)
        out[source] = target
    return out


def read_bars(path: str | Path, ticker: str, preset: str = "", columns: str = "", tz: str = "",
              epoch_unit: str = "") -> VendorBars:
    """Read a bar file in a vendor's shape: rename its columns, keep the tape's symbol, turn
    integer epoch stamps into UTC datetimes. Validation of the bars is the tape's job."""
    import pandas as pd

    file = str(path)
    p = get_preset(preset, file)
    notes: list[str] = []
    bar_seconds = 0.0
    if p is not None and p.reader == "dbn":
        df, bar_seconds = _read_dbn(Path(path))
    elif p is not None and p.names:
        df = _read_headerless(Path(path), p.names)
    elif str(path).lower().endswith(".json"):
        df = _read_json_response(Path(path), ticker)
    else:
        df = read_table(path, kinds=("csv", "jsonl", "parquet"))
    if not isinstance(df.index, pd.RangeIndex):  # a frame saved with its DatetimeIndex (yfinance, Databento)
        df = df.reset_index()
    df = _yfinance_multi_header(df, notes, file)
    if p is not None and p.symbol_column and p.symbol_column in df.columns:
        df = _keep_symbol(df, p.symbol_column, ticker, file, notes)
    mapping: dict[str, str] = {}
    if p is not None:
        for target, candidates in p.columns:
            found = next((c for c in candidates if c in df.columns), None)
            if found is not None and found != target:
                mapping[found] = target
    explicit = parse_column_map(columns, file)
    missing = [s for s in explicit if s not in df.columns]
    if missing:
        raise InputError(f"column mapping names {', '.join(missing)}, not in the file (found {', '.join(map(str, df.columns))})", file=file)
    # an explicit mapping replaces the preset's for the same target
    mapping = {s: t for s, t in mapping.items() if t not in explicit.values()}
    mapping.update(explicit)
    taken = [c for c in df.columns if c in BAR_TARGETS and c not in mapping and c in mapping.values()]
    df = df.drop(columns=taken).rename(columns=mapping)
    used_unit = ""
    if "timestamp" in df.columns:
        unit = epoch_unit or (p.epoch_unit if p is not None else "")
        stamps, used_unit = epoch_to_datetimes(df["timestamp"], unit, file, notes)
        df = df.assign(timestamp=stamps)
    zone = tz or (p.tz if p is not None else "")
    return VendorBars(df, zone, tuple(notes), bar_seconds, used_unit)


def epoch_to_datetimes(values: pd.Series, unit: str, file: str, notes: list[str]) -> tuple[pd.Series, str]:
    """Integer epoch stamps -> (tz-aware UTC datetimes, the unit used); anything else is
    returned unchanged with unit ''.

    ``unit`` (s, ms, us, ns) is checked against the values' size; without one the unit is
    inferred from it and the guess noted."""
    import pandas as pd

    if pd.api.types.is_datetime64_any_dtype(values):
        return values, ""
    if pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values):
        num = pd.Series(values)
    else:
        text = values.astype(str).str.strip()
        if not (len(text) and text.str.fullmatch(r"\d{9,19}(?:\.0+)?").all()):
            return values, ""  # ISO text: the ordinary timestamp reader takes it
        num = pd.to_numeric(text, errors="coerce")
    if num.isna().any():
        return values, ""
    ints = num.to_numpy()
    if ints.dtype.kind == "f":
        if not np.all(np.isfinite(ints)) or not np.all(ints == np.round(ints)):
            return values, ""
        ints = ints.astype(np.int64)
    ints = ints.astype(np.int64)
    fits = {u: bool(np.all((ints * _NS_PER[u] >= _YEAR_LO_NS) & (ints * _NS_PER[u] < _YEAR_HI_NS)))
            for u in EPOCH_UNITS if np.abs(ints).max() < np.iinfo(np.int64).max // _NS_PER[u]}
    first = int(ints[0])
    if unit:
        if unit not in EPOCH_UNITS:
            raise InputError(f"epoch unit {unit!r}: expected one of {', '.join(EPOCH_UNITS)}", file=file)
        if not fits.get(unit, False):
            likely = [u for u, ok in fits.items() if ok]
            hint = f"; the values look like epoch {likely[0]}" if likely else ""
            raise InputError(f"timestamp: {first} read as epoch {unit} is not a date between 1990 and 2100{hint}", file=file, row=1)
    else:
        likely = [u for u, ok in fits.items() if ok]
        if len(likely) != 1:
            raise InputError(f"timestamp: cannot tell the unit of the integer timestamp {first}; "
                             "state it (--epoch-unit s|ms|us|ns, data.epoch_unit)", file=file, row=1)
        unit = likely[0]
        shown = pd.Timestamp(first * _NS_PER[unit], unit="ns", tz="UTC").isoformat()
        notes.append(f"timestamps in {Path(file).name} are integers: read as epoch {unit} UTC, a guess from their size "
                     f"({first} = {shown}); state --epoch-unit {unit} to make it explicit")
    return pd.Series(pd.to_datetime(ints * _NS_PER[unit], unit="ns", utc=True), index=values.index), unit


def _yfinance_multi_header(df: pd.DataFrame, notes: list[str], file: str) -> pd.DataFrame:
    """yfinance's ``multi_level_index=True`` frame saved as CSV has three header rows
    (Price / Ticker / Datetime); keep the first as the header."""
    if len(df.columns) and str(df.columns[0]) == "Price" and len(df) >= 2 and str(df.iloc[0, 0]) == "Ticker" \
            and str(df.iloc[1, 0]) in ("Datetime", "Date"):
        tickers = sorted({str(v) for v in df.iloc[0, 1:] if str(v)})
        if len(tickers) > 1:
            raise InputError(f"a yfinance frame of several tickers ({', '.join(tickers)}); save one ticker per file", file=file)
        name = str(df.iloc[1, 0])
        df = df.iloc[2:].rename(columns={"Price": name}).reset_index(drop=True)
    return df


def _keep_symbol(df: pd.DataFrame, column: str, ticker: str, file: str, notes: list[str]) -> pd.DataFrame:
    symbols = df[column].fillna("").astype(str).str.strip()  # None/NaN (no symbol mapping): no symbol
    present = sorted(set(symbols.unique()) - {"", "None", "nan"})
    if not present or present == [ticker]:
        return df
    keep = (symbols == ticker).to_numpy()
    if not keep.any():
        shown = ", ".join(present[:8]) + (" ..." if len(present) > 8 else "")
        raise InputError(f"no rows for {ticker} in the {column} column (found {shown})", file=file)
    notes.append(f"kept the {int(keep.sum()):,} {ticker} row(s) of {len(df):,} in {Path(file).name} ({column} column)")
    return df[keep].reset_index(drop=True)


def _read_headerless(path: Path, names: tuple[str, ...]) -> pd.DataFrame:
    """A CSV written without a header (plain, .gz or a one-file .zip); a header row, if the
    file has one after all, is recognised by its first cell not being a number and skipped."""
    import pandas as pd

    file = str(path)
    if not path.is_file():
        raise InputError("file not found", file=file)
    try:
        df = pd.read_csv(path, header=None, dtype=str, keep_default_na=False, compression="infer")
    except (ValueError, OSError, pd.errors.ParserError, UnicodeDecodeError) as e:
        raise InputError(f"not a readable CSV ({type(e).__name__}: {str(e).splitlines()[0][:120] if str(e) else ''})", file=file) from None
    if len(df) and not str(df.iloc[0, 0]).strip().lstrip("-").replace(".", "", 1).isdigit():
        df = df.iloc[1:].reset_index(drop=True)
    if df.shape[1] != len(names):
        raise InputError(f"has {df.shape[1]} columns; this source's files have {len(names)} ({', '.join(names)})", file=file)
    df.columns = list(names)
    return df


def _read_json_response(path: Path, ticker: str) -> pd.DataFrame:
    """A saved API response: Alpaca ``{"bars": [...] | {"SYM": [...]}}`` or Polygon ``{"results": [...]}``."""
    import pandas as pd

    file = str(path)
    try:
        doc = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise InputError("file not found", file=file) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise InputError(f"not valid JSON ({e})", file=file) from None
    rows = doc.get("bars", doc.get("results")) if isinstance(doc, dict) else doc
    if isinstance(rows, dict):  # Alpaca's multi-symbol shape
        if ticker not in rows:
            raise InputError(f"no bars for {ticker} in the response (symbols: {', '.join(rows) or 'none'})", file=file)
        rows = rows[ticker]
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise InputError('expected a list of bars under "bars" (Alpaca) or "results" (Polygon)', file=file)
    if not rows:
        raise InputError("the response holds no bars", file=file)
    return pd.DataFrame(rows)


_DBN_BAR_SECONDS = {"ohlcv-1s": 1.0, "ohlcv-1m": 60.0, "ohlcv-1h": 3600.0, "ohlcv-1d": 86400.0}


def _read_dbn(path: Path) -> tuple[pd.DataFrame, float]:
    """A Databento DBN OHLCV file, decoded offline by the ``databento`` package."""
    import warnings

    file = str(path)
    try:
        import databento as db
    except ImportError:
        raise InputError("reading DBN files needs the databento package: pip install 'rumorbt[databento]'", file=file) from None
    if not path.exists():
        raise InputError("file not found", file=file)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the package's pandas deprecation notices
            store = db.DBNStore.from_file(path)
            schema = str(store.schema) if store.schema is not None else ""
            if schema not in _DBN_BAR_SECONDS:
                raise InputError(f"DBN schema {schema or 'mixed'} is not OHLCV bars (ohlcv-1s, -1m, -1h, -1d); "
                                 "ticks go through `bars` first", file=file)
            df = store.to_df(price_type="float", pretty_ts=True, map_symbols=True)
    except InputError:
        raise
    except Exception as e:  # the decoder raises its own types for corrupt files
        raise InputError(f"not a readable DBN file ({type(e).__name__}: {str(e).splitlines()[0][:120] if str(e) else ''})", file=file) from None
    if len(df) == 0:
        raise InputError("the DBN file holds no bars", file=file)
    return df, _DBN_BAR_SECONDS[schema]
