"""yfinance with an on-disk cache, exercised on a response in yfinance's shape (no network)."""
from pathlib import Path

import pandas as pd
import pytest

from rumorbt.errors import InputError
from rumorbt.marketdata import fetch, tape_file
from rumorbt.tape import load_tape

RESPONSE = Path(__file__).parent / "data" / "yfinance_META_1m_response.csv"
NOW = pd.Timestamp("2026-11-24 12:00", tz="America/New_York")


class Recorded:
    """Stands in for yfinance.download: returns the recorded frame, remembers the calls."""

    def __init__(self) -> None:
        self.calls = []

    def __call__(self, ticker, **kw):
        self.calls.append((ticker, kw))
        df = pd.read_csv(RESPONSE, index_col=0)
        df.index = pd.to_datetime(df.index, utc=True).tz_convert("America/New_York")
        a, b = pd.Timestamp(kw["start"], tz="America/New_York"), pd.Timestamp(kw["end"], tz="America/New_York")
        return df[(df.index >= a) & (df.index < b)]


def test_fetch_caches_per_day_and_reuses_the_cache(tmp_path):
    dl = Recorded()
    res = fetch("META", "2026-11-16", "2026-11-18", "1m", tmp_path, now=NOW, downloader=dl)
    assert res.fetched_days == 2 and len(res.files) == 2
    (_, kw), = dl.calls
    assert kw["auto_adjust"] is False and kw["multi_level_index"] is False and kw["prepost"] is True
    again = fetch("META", "2026-11-16", "2026-11-18", "1m", tmp_path, now=NOW, downloader=dl)
    assert again.fetched_days == 0 and again.cached_days == 2 and len(dl.calls) == 1  # offline now
    tape = load_tape(tape_file(again, tmp_path / "t.parquet"), "META")
    assert len(tape) == 20 and tape.bar_ns == 60 * 10**9
    assert tape.t_open[0] == pd.Timestamp("2026-11-16 09:30", tz="America/New_York").value
    assert tape.open[0] == 600.0  # raw prints, not adjusted


def test_one_minute_bars_older_than_30_days_are_refused_clearly(tmp_path):
    with pytest.raises(InputError, match="only for about the last 30 days"):
        fetch("META", "2022-11-22", "2022-11-23", "1m", tmp_path, now=NOW, downloader=Recorded())
    with pytest.raises(InputError, match="last 60 days"):
        fetch("META", "2026-08-03", "2026-08-04", "5m", tmp_path, now=NOW, downloader=Recorded())


def test_one_minute_requests_are_split_into_seven_day_chunks(tmp_path):
    dl = Recorded()
    fetch("META", "2026-11-02", "2026-11-24", "1m", tmp_path, now=NOW, downloader=dl)
    spans = [(pd.Timestamp(kw["end"]) - pd.Timestamp(kw["start"])).days for _, kw in dl.calls]
    assert len(dl.calls) >= 2 and max(spans) <= 10  # 7 trading days can span a weekend


class Offline:
    """Stands in for yfinance.download without a network, as yfinance 1.7 really behaves (seen
    with the network cut): no exception; curl's DNS failure logged on the "yfinance" logger,
    "1 Failed download" and the per-ticker error logged, pandas deprecation warnings, and an
    empty frame with the usual columns. Older versions also printed to stdout."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, ticker, **kw):
        import logging
        import warnings

        self.calls += 1
        log = logging.getLogger("yfinance")
        curl = "Failed to perform, curl: (6) Could not resolve host: query2.finance.yahoo.com."
        log.error("Cookie/crumb fetch failed (DNSError), continuing without crumb")
        log.error(f"Failed to get ticker '{ticker}' reason: {curl}")
        log.error("\n1 Failed download:")
        log.error(f"['{ticker}']: DNSError('{curl}')")
        print("[*********************100%***********************]  1 of 1 completed")
        warnings.warn("The inplace keyword in DataFrame.rename is deprecated", FutureWarning)
        return pd.DataFrame(columns=["Adj Close", "Close", "High", "Low", "Open", "Volume"],
                            index=pd.DatetimeIndex([], tz="America/New_York"))


def test_offline_uses_the_cached_day_says_so_in_one_line_and_prints_nothing_else(tmp_path, capsys):
    fetch("META", "2026-11-16", "2026-11-17", "1m", tmp_path, now=NOW, downloader=Recorded())
    capsys.readouterr()
    res = fetch("META", "2026-11-16", "2026-11-18", "1m", tmp_path, now=NOW, downloader=Offline())
    assert [p.name for p in res.files] == ["2026-11-16.parquet"]
    assert (res.fetched_days, res.cached_days) == (0, 1)  # nothing came down the (absent) wire
    assert res.warnings == ["no network (yfinance: DNSError); using the cached bars for 1 of 2 weekday(s), none for 2026-11-17"]
    out = capsys.readouterr()
    assert out.out == "" and out.err == ""  # nothing from yfinance, curl or pandas reaches the console


def test_offline_with_nothing_cached_fails_in_one_line(tmp_path, capsys):
    with pytest.raises(InputError) as e:
        fetch("META", "2026-11-17", "2026-11-18", "1m", tmp_path, now=NOW, downloader=Offline())
    assert e.value.line() == "no network and no cached bars for META on 2026-11-17 (yfinance: DNSError)"
    out = capsys.readouterr()
    assert out.out == "" and out.err == ""


def test_fetch_command_offline_is_one_line_and_exit_2(tmp_path, monkeypatch, capsys):
    import yfinance

    from rumorbt.cli import main

    monkeypatch.setattr(yfinance, "download", Offline())
    # the clock is pandas' own (every library's): keep its contract, naive without a zone, or the exchange
    # calendar built later in this test (first built here when this file runs alone) is refused
    monkeypatch.setattr("rumorbt.marketdata.pd.Timestamp.now",
                        lambda tz=None: NOW.tz_convert(tz) if tz is not None else NOW.tz_convert("UTC").tz_localize(None))
    assert main(["fetch", "META", "--start", "2026-11-17", "--end", "2026-11-18", "--cache", str(tmp_path)]) == 2
    out = capsys.readouterr()
    assert out.out == "" and out.err == "error: no network and no cached bars for META on 2026-11-17 (yfinance: DNSError)\n"


def test_a_downloader_that_raises_is_a_network_failure_too(tmp_path):
    class Raising(Recorded):
        def __call__(self, ticker, **kw):
            raise ConnectionError("no network")

    with pytest.raises(InputError, match="no network and no cached bars for TSLA on 2026-11-16 .yfinance: ConnectionError"):
        fetch("TSLA", "2026-11-16", "2026-11-17", "1m", tmp_path, now=NOW, downloader=Raising())


def test_an_unknown_ticker_is_not_mistaken_for_no_network(tmp_path):
    def unknown(ticker, **kw):
        import logging

        logging.getLogger("yfinance").error(f"['{ticker}']: YFPricesMissingError('possibly delisted; no price data found')")
        return pd.DataFrame()

    with pytest.raises(InputError, match=r"returned no 1m bars for XXXX .*possibly delisted"):
        fetch("XXXX", "2026-11-16", "2026-11-17", "1m", tmp_path, now=NOW, downloader=unknown)


@pytest.mark.slow
def test_the_real_yfinance_offline_falls_back_to_the_cache(tmp_path, monkeypatch, capfd):
    """The installed yfinance itself, with every connection sent to a closed local port (no
    traffic leaves the machine): it returns an empty frame, and fetch uses the cached day."""
    import yfinance

    for var in ("https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.setenv(var, "http://127.0.0.1:9")
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    if hasattr(yfinance, "set_tz_cache_location"):
        yfinance.set_tz_cache_location(str(tmp_path / "yf-tz"))  # keep yfinance's own cache out of $HOME
    fetch("META", "2026-11-16", "2026-11-17", "1m", tmp_path, now=NOW, downloader=Recorded())
    capfd.readouterr()
    res = fetch("META", "2026-11-16", "2026-11-18", "1m", tmp_path, now=NOW)
    assert len(res.files) == 1 and res.warnings[0].startswith("no network (yfinance: ")
    out = capfd.readouterr()
    assert out.out == "" and out.err == ""


def test_an_empty_answer_is_an_error_not_an_empty_tape(tmp_path):
    with pytest.raises(InputError, match="returned no 1m bars"):
        fetch("META", "2026-11-20", "2026-11-21", "1m", tmp_path, now=NOW, downloader=Recorded())


def _recent_session() -> pd.Timestamp:
    """A session of the default calendar (the one a run trades on) at least three days back
    (midnight, New York): recent enough for yfinance's one-minute window, and never a weekend or
    a holiday (a weekday rule failed on Thanksgiving)."""
    from rumorbt.domain import DEFAULT_CALENDAR
    from rumorbt.sessions import exchange_calendar

    cal = exchange_calendar(DEFAULT_CALENDAR)
    day = pd.Timestamp.now(tz="America/New_York").normalize() - pd.Timedelta(days=3)
    while not cal.is_session(day.tz_localize(None)):
        day -= pd.Timedelta(days=1)
    return day


def test_run_source_yfinance_end_to_end(tmp_path, monkeypatch, capsys):
    """`run --source yfinance`: the headlines' day is fetched once, then runs are offline."""
    import yfinance

    from rumorbt.cli import main

    day = _recent_session()

    def redated(ticker, **kw):  # the recorded bars of its first day, moved onto the asked day
        df = Recorded()(ticker, start="2026-11-16", end="2026-11-17")
        df.index = df.index - df.index[0].normalize() + day
        return df

    calls = []
    monkeypatch.setattr(yfinance, "download", lambda t, **kw: calls.append(t) or redated(t, **kw))
    h = tmp_path / "h.csv"
    h.write_text("published_at,source,headline\n"
                 f"{(day + pd.Timedelta(hours=9, minutes=32)).isoformat()},SomeBlog,\"Zuckerberg to step down as Meta CEO, insider says\"\n")
    args = ["run", "--headlines", str(h), "--source", "yfinance", "--cache", str(tmp_path / "cache"),
            "--set", "latency.feed.blog=1s", "--out", str(tmp_path / "o")]
    assert main(args) == 0
    assert main(args) == 0
    assert calls == ["META"]  # the second run came from the cache
    import hashlib
    import json

    s = json.loads((tmp_path / "o" / "summary.json").read_text())
    (day_file,) = s["inputs"]["prices"]["derived_from"]  # the cached day the tape was assembled from
    cached = tmp_path / "cache" / "META" / "1m" / f"{day.date()}.parquet"
    assert day_file["sha256"] == hashlib.sha256(cached.read_bytes()).hexdigest() and day_file["rows"] == 10
    out = capsys.readouterr().out
    assert "Trade 1: long" in out
    t = pd.read_csv(tmp_path / "o" / "trades.csv")
    assert t.loc[0, "entry_time"].startswith((day + pd.Timedelta(hours=9, minutes=33)).strftime("%Y-%m-%dT09:33"))


def test_run_source_yfinance_offline_without_cache_is_one_line(tmp_path, monkeypatch, capsys):
    import yfinance

    from rumorbt.cli import main

    monkeypatch.setattr(yfinance, "download", Offline())
    day = _recent_session()
    h = tmp_path / "h.csv"
    h.write_text("published_at,source,headline\n"
                 f"{(day + pd.Timedelta(hours=9, minutes=32)).isoformat()},SomeBlog,\"Zuckerberg to step down as Meta CEO, insider says\"\n")
    assert main(["run", "--headlines", str(h), "--source", "yfinance", "--cache", str(tmp_path / "cache"),
                 "--out", str(tmp_path / "o")]) == 2
    out = capsys.readouterr()
    assert out.out == "" and out.err == f"error: no network and no cached bars for META on {day.date()} (yfinance: DNSError)\n"
    assert not (tmp_path / "o").exists()
