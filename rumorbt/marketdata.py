"""Market data from yfinance, cached on disk so every later run is offline.

yfinance's limits (Yahoo's, in fact) are checked before asking: one-minute bars only for
about the last 30 days and at most 7 days per request; other intervals under one hour only
for the last 60 days. Asking beyond them is a clear error, not an empty frame. Downloads
use ``auto_adjust=False`` (raw prints around a headline, not split/dividend-adjusted ones),
``multi_level_index=False`` (flat columns) and ``prepost=True`` (extended hours; runs decide
whether to trade them), and keep the exchange's time zone in the stored offsets.

Cache layout: ``CACHE/TICKER/INTERVAL/YYYY-MM-DD.parquet``, one exchange day per file.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .errors import InputError


DEFAULT_CACHE = Path("data") / "cache" / "yfinance"
INTRADAY = {"1m": 30, "2m": 60, "5m": 60, "15m": 60, "30m": 60, "60m": 60, "90m": 60, "1h": 730}
MAX_SPAN_DAYS = {"1m": 7}
EXCHANGE_TZ = "America/New_York"


@dataclass(frozen=True)
class FetchResult:
    files: list[Path]
    fetched_days: int
    cached_days: int
    warnings: list[str]


def check_limits(interval: str, start: pd.Timestamp, end: pd.Timestamp, now: pd.Timestamp) -> None:
    if interval not in INTRADAY and interval not in ("1d", "5d", "1wk", "1mo"):
        raise InputError(f"--interval {interval}: not a yfinance interval (1m, 2m, 5m, 15m, 30m, 60m, 90m, 1h, 1d)")
    if end <= start:
        raise InputError("--end must be after --start")
    days = INTRADAY.get(interval)
    if days is not None and start < now - pd.Timedelta(days=days):
        raise InputError(f"yfinance serves {interval} bars only for about the last {days} days "
                         f"(from {(now - pd.Timedelta(days=days)).date()}); {start.date()} is older. "
                         "Use a vendor file (run --prices F --columns ...) for older events.")


def _day_file(cache: Path, ticker: str, interval: str, day: pd.Timestamp) -> Path:
    return cache / ticker.upper() / interval / f"{day.strftime('%Y-%m-%d')}.parquet"


def _normalise(df: pd.DataFrame, ticker: str) -> pd.DataFrame:
    """yfinance's frame -> our tape columns (timestamp with offset, OHLCV)."""
    if isinstance(df.columns, pd.MultiIndex):  # older yfinance ignore multi_level_index
        df = df.copy()
        df.columns = df.columns.get_level_values(0)
    need = ["Open", "High", "Low", "Close", "Volume"]
    missing = [c for c in need if c not in df.columns]
    if missing:
        raise InputError(f"yfinance answer for {ticker} lacks {', '.join(missing)} (columns: {', '.join(map(str, df.columns))})")
    idx = pd.DatetimeIndex(df.index)
    if idx.tz is None:
        raise InputError(f"yfinance answer for {ticker} has naive timestamps; refusing to guess their zone")
    out = pd.DataFrame({"timestamp": idx.tz_convert(EXCHANGE_TZ), "open": df["Open"].to_numpy(), "high": df["High"].to_numpy(),
                        "low": df["Low"].to_numpy(), "close": df["Close"].to_numpy(), "volume": df["Volume"].to_numpy()})
    return out.dropna(subset=["open", "high", "low", "close"]).reset_index(drop=True)


def fetch(ticker: str, start: str, end: str, interval: str = "1m", cache: str | Path = DEFAULT_CACHE,
          now: pd.Timestamp | None = None, refresh: bool = False, downloader=None) -> FetchResult:
    """Make sure ``[start, end)`` (exchange dates) is in the cache, downloading what is missing.

    ``downloader`` defaults to ``yfinance.download``; tests pass a recorded response instead.
    On a network failure the cached days are used with a warning; with nothing cached it is
    an error.
    """
    cache = Path(cache)
    now = now or pd.Timestamp.now(tz=EXCHANGE_TZ)
    s = pd.Timestamp(start, tz=EXCHANGE_TZ) if pd.Timestamp(start).tz is None else pd.Timestamp(start).tz_convert(EXCHANGE_TZ)
    e = pd.Timestamp(end, tz=EXCHANGE_TZ) if pd.Timestamp(end).tz is None else pd.Timestamp(end).tz_convert(EXCHANGE_TZ)
    days = [d for d in pd.date_range(s.normalize(), e.normalize() - pd.Timedelta(days=0 if e > e.normalize() else 1), freq="D")
            if d.weekday() < 5]
    missing = [d for d in days if refresh or not _day_file(cache, ticker, interval, d).exists()]
    warnings: list[str] = []
    if missing:
        check_limits(interval, missing[0], missing[-1] + pd.Timedelta(days=1), now)
        if downloader is None:
            import yfinance as yf

            downloader = yf.download
        span = MAX_SPAN_DAYS.get(interval, 10_000)
        chunks = [missing[i:i + span] for i in range(0, len(missing), span)]
        got = 0
        for chunk in chunks:
            a, b = chunk[0], chunk[-1] + pd.Timedelta(days=1)
            try:
                raw = downloader(ticker, start=a.strftime("%Y-%m-%d"), end=b.strftime("%Y-%m-%d"), interval=interval,
                                 auto_adjust=False, multi_level_index=False, prepost=True, progress=False, threads=False)
            except Exception as exc:  # network errors come in many types
                have = [d for d in days if _day_file(cache, ticker, interval, d).exists()]
                if not have:
                    raise InputError(f"yfinance download of {ticker} {interval} failed ({type(exc).__name__}: {str(exc)[:120]}) "
                                     "and nothing is cached") from None
                warnings.append(f"yfinance unreachable ({type(exc).__name__}); using the cache for {len(have)} day(s)")
                break
            if raw is None or len(raw) == 0:
                continue
            frame = _normalise(raw, ticker)
            got += len(frame)
            for day, part in frame.groupby(frame["timestamp"].dt.strftime("%Y-%m-%d")):
                path = _day_file(cache, ticker, interval, pd.Timestamp(day))
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(".partial")
                part.to_parquet(tmp, index=False)
                tmp.replace(path)
        if got == 0 and not warnings:
            raise InputError(f"yfinance returned no {interval} bars for {ticker} from {missing[0].date()} to {missing[-1].date()} "
                             "(unknown ticker, delisted, a holiday, or outside the served range)")
    files = [p for p in (_day_file(cache, ticker, interval, d) for d in days) if p.exists()]
    empty = len(days) - len(files) - (len(missing) if warnings else 0)
    if empty > 0 and not warnings:
        warnings.append(f"no {interval} bars for {empty} of {len(days)} weekday(s) (holidays, or no trading)")
    return FetchResult(files, len(missing), len(days) - len(missing), warnings)


def tape_file(result: FetchResult, out: Path) -> Path:
    """The cached days as one Parquet tape (for the run's ordinary tape reader)."""
    if not result.files:
        raise InputError("no cached bars for the requested days")
    df = pd.concat([pd.read_parquet(f) for f in result.files], ignore_index=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    df.to_parquet(out, index=False)
    return out
