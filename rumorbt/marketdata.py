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

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .domain import DEFAULT_ZONE
from .errors import InputError
from .names import check_ticker, path_under


DEFAULT_CACHE = Path("data") / "cache" / "yfinance"
INTRADAY = {"1m": 30, "2m": 60, "5m": 60, "15m": 60, "30m": 60, "60m": 60, "90m": 60, "1h": 730}
MAX_SPAN_DAYS = {"1m": 7}


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
    return path_under(cache, check_ticker(ticker), interval, f"{day.strftime('%Y-%m-%d')}.parquet")


def _normalise(df: pd.DataFrame, ticker: str, zone: str) -> pd.DataFrame:
    """yfinance's frame -> our tape columns (timestamp with the offset of ``zone``, OHLCV)."""
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
    out = pd.DataFrame({"timestamp": idx.tz_convert(zone), "open": df["Open"].to_numpy(), "high": df["High"].to_numpy(),
                        "low": df["Low"].to_numpy(), "close": df["Close"].to_numpy(), "volume": df["Volume"].to_numpy()})
    return out.dropna(subset=["open", "high", "low", "close"]).reset_index(drop=True)


def fetch(ticker: str, start: str, end: str, interval: str = "1m", cache: str | Path = DEFAULT_CACHE,
          now: pd.Timestamp | None = None, refresh: bool = False, downloader=None, zone: str = DEFAULT_ZONE) -> FetchResult:
    """Make sure ``[start, end)`` (exchange dates) is in the cache, downloading what is missing.
    ``zone``: the exchange's IANA zone (``sessions.exchange_zone`` of its calendar): dates are
    its calendar days, and the cached bars carry its offsets.

    ``downloader`` defaults to ``yfinance.download``; tests pass a stand-in. yfinance does not
    raise when Yahoo is unreachable: it logs "1 Failed download", prints curl and pandas
    noise and returns an empty frame. So every call runs with yfinance's logger, prints and
    warnings captured (nothing reaches the console), and an empty answer is read by what
    yfinance said: a network failure falls back to the cached days with one warning, or fails
    with one line ("no network and no cached bars for META on 2026-11-17") when none are cached.
    """
    cache = Path(cache)
    ticker = check_ticker(ticker)
    now = now or pd.Timestamp.now(tz=zone)
    s = pd.Timestamp(start, tz=zone) if pd.Timestamp(start).tz is None else pd.Timestamp(start).tz_convert(zone)
    e = pd.Timestamp(end, tz=zone) if pd.Timestamp(end).tz is None else pd.Timestamp(end).tz_convert(zone)
    days = [d for d in pd.date_range(s.normalize(), e.normalize() - pd.Timedelta(days=0 if e > e.normalize() else 1), freq="D")
            if d.weekday() < 5]
    missing = [d for d in days if refresh or not _day_file(cache, ticker, interval, d).exists()]
    warnings: list[str] = []
    downloaded: set[str] = set()  # days written to the cache by this call
    if missing:
        check_limits(interval, missing[0], missing[-1] + pd.Timedelta(days=1), now)
        if downloader is None:
            import yfinance as yf

            downloader = yf.download
        span = MAX_SPAN_DAYS.get(interval, 10_000)
        chunks = [missing[i:i + span] for i in range(0, len(missing), span)]
        got, unreachable, said = 0, "", ""
        for chunk in chunks:
            a, b = chunk[0], chunk[-1] + pd.Timedelta(days=1)
            raw, said = quiet_download(downloader, ticker, start=a.strftime("%Y-%m-%d"), end=b.strftime("%Y-%m-%d"),
                                       interval=interval, auto_adjust=False, multi_level_index=False, prepost=True,
                                       progress=False, threads=False)
            if raw is None or len(raw) == 0:
                unreachable = network_failure(said)
                if unreachable:
                    break
                continue
            frame = _normalise(raw, ticker, zone)
            got += len(frame)
            for day, part in frame.groupby(frame["timestamp"].dt.strftime("%Y-%m-%d")):
                path = _day_file(cache, ticker, interval, pd.Timestamp(day))
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(".partial")
                part.to_parquet(tmp, index=False)
                tmp.replace(path)
                downloaded.add(str(day))
        if unreachable:
            lacking = [d for d in days if not _day_file(cache, ticker, interval, d).exists()]
            if len(lacking) == len(days):
                raise InputError(f"no network and no cached bars for {ticker.upper()} {_days_text(lacking)} "
                                 f"(yfinance: {unreachable})")
            warnings.append(f"no network (yfinance: {unreachable}); using the cached bars for {len(days) - len(lacking)} of "
                            f"{len(days)} weekday(s)" + (f", none for {_days_text(lacking)[3:]}" if lacking else ""))
        elif got == 0:
            why = _first_reason(said) or "unknown ticker, delisted, a holiday, or outside the served range"
            raise InputError(f"yfinance returned no {interval} bars for {ticker.upper()} from {missing[0].date()} to "
                             f"{missing[-1].date()} ({why})")
    files = [p for p in (_day_file(cache, ticker, interval, d) for d in days) if p.exists()]
    empty = len(days) - len(files)
    if empty > 0 and not warnings:
        warnings.append(f"no {interval} bars for {empty} of {len(days)} weekday(s) (holidays, or no trading)")
    return FetchResult(files, len(downloaded), len(days) - len(missing), warnings)


# What yfinance (and curl underneath it) says when Yahoo cannot be reached, in any version:
# the per-ticker error is logged as "['META']: DNSError('Failed to perform, curl: (6) ...')".
_NETWORK_RE = re.compile(r"could not resolve|DNSError|ConnectionError|ConnectTimeout|failed to connect|timed out|Timeout|"
                         r"connection (?:refused|reset|aborted)|network is unreachable|Max retries exceeded|"
                         r"NameResolution|SSLError|ProxyError|Too Many Requests|RateLimit", re.IGNORECASE)
_ERROR_NAME_RE = re.compile(r"\b([A-Z]\w*(?:Error|Exception|Timeout))\b")


def network_failure(said: str) -> str:
    """'' when ``said`` (yfinance's captured output) shows no network failure, else a short
    name for it (``DNSError``, ``rate limited``, ...)."""
    if not _NETWORK_RE.search(said):
        return ""
    if re.search(r"Too Many Requests|RateLimit", said, re.IGNORECASE):
        return "rate limited by Yahoo"
    names = [n for n in _ERROR_NAME_RE.findall(said) if _NETWORK_RE.search(n)]
    return names[-1] if names else "network error"


def _first_reason(said: str) -> str:
    """yfinance's own per-ticker reason for an empty answer, on one line ('' if none)."""
    for line in said.splitlines():
        m = re.match(r"\s*\[.*?\]:\s*(.+)", line)
        if m:
            return m.group(1).strip()[:160]
    return ""


def _days_text(days: list[pd.Timestamp]) -> str:
    ds = [d.strftime("%Y-%m-%d") for d in days]
    if len(ds) <= 3:
        return "on " + (ds[0] if len(ds) == 1 else ", ".join(ds[:-1]) + " and " + ds[-1])
    return f"on {len(ds)} weekdays from {ds[0]} to {ds[-1]}"


def quiet_download(downloader, ticker: str, **kw) -> tuple[pd.DataFrame | None, str]:
    """Call ``downloader(ticker, **kw)`` with nothing reaching the console: yfinance's logger
    (its "Failed download" lines), prints to stdout/stderr and Python warnings (pandas
    deprecations) are captured and returned as text with the frame. An exception the
    downloader raises is returned as text too, with no frame."""
    import contextlib
    import io
    import logging
    import warnings as pywarnings

    lines: list[str] = []

    class _Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(record.getMessage())

    log = logging.getLogger("yfinance")
    saved = log.handlers[:], log.propagate
    log.handlers, log.propagate = [_Keep()], False
    printed = io.StringIO()
    raw = None
    try:
        with pywarnings.catch_warnings(), contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed):
            pywarnings.simplefilter("ignore")
            raw = downloader(ticker, **kw)
    except Exception as exc:  # network errors come in many types
        lines.append(f"[{ticker!r}]: {type(exc).__name__}({str(exc)[:200]!r})")
    finally:
        log.handlers, log.propagate = saved
    said = "\n".join([*lines, printed.getvalue()])
    legacy = getattr(__import__("sys").modules.get("yfinance.shared"), "_ERRORS", None)  # yfinance < 0.2.60
    if isinstance(legacy, dict) and ticker.upper() in legacy:
        said += f"\n['{ticker.upper()}']: {legacy[ticker.upper()]}"
    return raw, said


def tape_file(result: FetchResult, out: Path) -> Path:
    """The cached days as one Parquet tape (for the run's ordinary tape reader). The day files
    it was assembled from, with their hashes, are kept in its metadata, so a run's summary can
    say what it really read (:func:`rumorbt.provenance.derived_from`)."""
    from .provenance import file_record, write_parquet_from

    if not result.files:
        raise InputError("no cached bars for the requested days")
    parts = [pd.read_parquet(f) for f in result.files]
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".partial")
    write_parquet_from(pd.concat(parts, ignore_index=True), tmp, [file_record(f, rows=len(p)) for f, p in zip(result.files, parts)])
    tmp.replace(out)
    return out


def yfinance_tape(cfg, interval: str = "1m", cache: str | Path | None = None) -> tuple[Path, list[str]]:
    """Fetch (or reuse from the cache) the exchange days on which ``cfg``'s headlines speak of
    its ticker, and return them as one tape file plus the fetch warnings. ``cfg`` is a
    :class:`~rumorbt.config.RunConfig`; its ``data.prices`` is not read."""
    from .engine import read_headlines, resolve_ticker
    from .names import path_under
    from .sessions import exchange_zone

    heads, readings = read_headlines(cfg)
    ticker = resolve_ticker(cfg, readings, cfg.data.headlines)
    zone = exchange_zone(cfg.data.calendar)
    days = sorted({pd.Timestamp(h.t_pub, unit="ns", tz="UTC").tz_convert(zone).normalize()
                   for h, r in zip(heads, readings) if r.ticker == ticker})
    cache = Path(cache) if cache else DEFAULT_CACHE
    res = fetch(ticker, days[0].strftime("%Y-%m-%d"), (days[-1] + pd.Timedelta(days=1)).strftime("%Y-%m-%d"), interval, cache,
                zone=zone)
    path = tape_file(res, path_under(cache, ticker, interval, f"tape_{days[0].date()}_{days[-1].date()}.parquet"))
    return path, res.warnings
