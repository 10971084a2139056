"""A seeded generator of SIMULATED bar tapes with bid/ask, for scenarios without real data.

The price path is a skeleton of anchors (time, return against the prior close) joined by
straight lines in log price, plus Brownian-bridge noise pinned to zero at every anchor, so
the tape passes exactly through the documented facts while moving realistically between
them. Spreads are whole cents, widened at the open and around events; volume follows a
U-shaped intraday profile with bursts at events. Everything is drawn from one
``numpy.random.Generator(PCG64(seed))``: the same scenario and seed give the same tape.

Every file this writes has ``SIMULATED`` in its name.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .domain import DEFAULT_CALENDAR
from .errors import ConfigError, InputError
from .sessions import exchange_calendar, exchange_zone, sessions_for
from .tabular import read_toml


@dataclass(frozen=True)
class Event:
    """A burst of activity at local time ``at``: volume x ``volume_mult`` and spread x
    ``spread_mult``, both decaying back to normal with time constant ``decay_s`` seconds."""

    at: str
    name: str = ""
    volume_mult: float = 5.0
    spread_mult: float = 3.0
    decay_s: float = 120.0


@dataclass(frozen=True)
class Scenario:
    ticker: str
    date: str  # YYYY-MM-DD, exchange-local
    prev_close: float
    anchors: tuple[tuple[str, float], ...]  # (local time HH:MM:SS, return vs prev_close)
    calendar: str = DEFAULT_CALENDAR
    # The zone of every local time here: empty = the calendar's (the one place it comes from);
    # a 24h calendar has none of its own, so it may name one. Any other calendar's must match.
    tz: str = ""
    bar_seconds: int = 1
    # Local "HH:MM:SS" bounds of the tape; empty = the calendar's regular session that day
    # (set e.g. "04:00:00" / "20:00:00" for a tape with extended hours).
    session_start: str = ""
    session_end: str = ""
    noise_vol_daily: float = 0.015  # bridge noise, fraction per regular session
    spread_cents: float = 2.0
    open_spread_mult: float = 2.0
    open_decay_s: float = 300.0
    daily_volume: float = 30_000_000
    u_shape: float = 3.0  # extra weight at the open and close
    u_decay: float = 0.05  # fraction of the session over which the U decays
    volume_shape: float = 2.0  # gamma shape of per-bar volume: lower is lumpier
    events: tuple[Event, ...] = ()
    notes: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        own = exchange_zone(self.calendar)
        if self.tz and own != "UTC" and self.tz != own:
            raise ConfigError(f"scenario.tz: {self.tz!r} is not the zone of calendar {self.calendar} ({own}); "
                              "leave tz out to use the calendar's")

    @property
    def zone(self) -> str:
        """The IANA zone of the scenario's local times (the calendar's unless a 24h one is given one)."""
        return self.tz or exchange_zone(self.calendar)


def load_scenario(path: str | Path) -> Scenario:
    p = Path(path)
    t = read_toml(p, "scenario file")
    s = dict(t.get("scenario", {}))
    known = set(Scenario.__dataclass_fields__)
    unknown = sorted(set(s) - known)
    if unknown:
        raise ConfigError(f"scenario.{unknown[0]}: unknown key (known: {', '.join(sorted(known))})", file=str(p))
    for req in ("ticker", "date", "prev_close", "anchors"):
        if req not in s:
            raise ConfigError(f"scenario.{req}: required", file=str(p))
    try:
        s["anchors"] = tuple((str(a[0]), float(a[1])) for a in s["anchors"])
        s["events"] = tuple(Event(**e) for e in s.get("events", ()))
    except (TypeError, ValueError, IndexError) as e:
        raise ConfigError(f"scenario.anchors/events: {e}", file=str(p)) from None
    s["notes"] = tuple(s.get("notes", ()))
    return Scenario(**s)


def _local_ns(sc: Scenario, hhmmss: str) -> int:
    return pd.Timestamp(f"{sc.date} {hhmmss}").tz_localize(sc.zone).tz_convert("UTC").value


def _bounds(sc: Scenario) -> tuple[int, int]:
    if sc.session_start and sc.session_end:
        return _local_ns(sc, sc.session_start), _local_ns(sc, sc.session_end)
    day = _local_ns(sc, "12:00:00")
    ses = sessions_for(sc.calendar, day, day)
    if ses.always_open:
        raise ConfigError("scenario: a 24h calendar needs session_start and session_end")
    i = int(np.searchsorted(ses.opens, day, side="right")) - 1
    if i < 0 or ses.closes[i] <= day:
        raise ConfigError(f"scenario.date: {sc.date} is not a trading day on {sc.calendar}")
    return int(ses.opens[i]), int(ses.closes[i])


def generate(sc: Scenario, seed: int, extra_log: np.ndarray | None = None) -> pd.DataFrame:
    """Bars for the regular session of ``sc.date``: timestamp (ISO-8601 with offset), OHLC,
    volume, bid, ask (the quote at each bar's open). ``extra_log``: a log-price path on the bar
    edges (one more than the bars) added to the skeleton, e.g. a market component."""
    t_open, t_close = _bounds(sc)
    step = sc.bar_seconds * 10**9
    edges = np.arange(t_open, t_close + 1, step, dtype=np.int64)  # n bars -> n+1 edges
    n = len(edges) - 1
    rng = np.random.Generator(np.random.PCG64(seed))

    # skeleton through the anchors, then bridge noise pinned at each anchor
    a_t = np.array([_local_ns(sc, a) for a, _ in sc.anchors], dtype=np.int64)
    a_v = np.log(sc.prev_close) + np.log1p(np.array([r for _, r in sc.anchors]))
    if (np.diff(a_t) <= 0).any():
        raise ConfigError("scenario.anchors: times must increase")
    logp = np.interp(edges.astype(float), a_t.astype(float), a_v)
    if extra_log is not None:
        if len(extra_log) != len(edges):
            raise ValueError(f"extra_log has {len(extra_log)} points for {len(edges)} bar edges")
        logp = logp + extra_log
    sd = sc.noise_vol_daily / np.sqrt(n)
    walk = np.concatenate([[0.0], np.cumsum(rng.standard_normal(n) * sd)])
    knots = np.unique(np.clip(np.searchsorted(edges, a_t), 0, n).tolist() + [0, n])
    noise = np.zeros(n + 1)
    for k0, k1 in zip(knots[:-1], knots[1:]):
        seg = walk[k0:k1 + 1] - walk[k0]
        frac = np.linspace(0.0, 1.0, len(seg))
        noise[k0:k1 + 1] = seg - frac * seg[-1]
    mid = np.exp(logp + noise)

    # spreads (whole cents) and quotes at each bar open
    secs = (edges[:-1] - t_open) / 1e9
    mult = 1.0 + (sc.open_spread_mult - 1.0) * np.exp(-secs / sc.open_decay_s)
    vmult = np.ones(n)
    for ev in sc.events:
        dt = (edges[:-1] - _local_ns(sc, ev.at)) / 1e9
        w = np.where(dt >= 0, np.exp(-np.clip(dt, 0, None) / ev.decay_s), 0.0)
        mult = mult + (ev.spread_mult - 1.0) * w
        vmult = vmult + (ev.volume_mult - 1.0) * w
    spread = np.maximum(1.0, np.round(sc.spread_cents * mult)) / 100.0
    bid = np.round(mid[:-1] - spread / 2.0, 2)
    ask = np.round(bid + spread, 2)

    # trades: the open prints at the bid or the ask; the close is the next bar's mid, to the cent
    side = rng.random(n) < 0.5
    o = np.where(side, ask, bid)
    c = np.round(mid[1:], 2)
    wiggle = np.abs(rng.standard_normal((2, n))) * sd * mid[:-1] * 0.5
    h = np.round(np.maximum(o, c) + wiggle[0], 2)
    lo = np.round(np.minimum(o, c) - wiggle[1], 2)

    x = secs / max(secs[-1], 1.0)
    prof = 1.0 + sc.u_shape * (np.exp(-x / sc.u_decay) + np.exp(-(1.0 - x) / sc.u_decay))
    expected = sc.daily_volume * prof / prof.sum() * vmult
    vol = np.maximum(1, np.round(rng.gamma(sc.volume_shape, expected / sc.volume_shape))).astype(np.int64)

    stamps = pd.to_datetime(edges[:-1], utc=True).tz_convert(sc.zone)
    return pd.DataFrame({
        "timestamp": [s.isoformat() for s in stamps],
        "open": o, "high": h, "low": lo, "close": c, "volume": vol, "bid": bid, "ask": ask,
    })


def write_tape(df: pd.DataFrame, path: str | Path) -> Path:
    """Write a simulated tape; the name must say SIMULATED (CSV, CSV.gz or Parquet)."""
    p = Path(path)
    if "SIMULATED" not in p.name:
        raise InputError("a simulated tape's file name must contain SIMULATED (e.g. META_2022-11-22_1s_SIMULATED.csv.gz)", file=str(p))
    p.parent.mkdir(parents=True, exist_ok=True)
    tmp = p.with_name(p.name + ".partial")
    if p.name.endswith((".parquet", ".pq")):
        df.to_parquet(tmp, index=False)
    else:
        # mtime=0 keeps the gzip bytes identical from run to run
        comp = {"method": "gzip", "mtime": 0} if p.name.endswith(".gz") else None
        df.to_csv(tmp, index=False, float_format="%.2f", compression=comp, lineterminator="\n")
    tmp.replace(p)
    return p


# --------------------------------------------------------------------------- populations
POPULATION_TICKERS = ("AAPL", "MSFT", "AMZN", "META", "TSLA", "NVDA", "JPM", "DIS", "NFLX", "INTC")
MARKET_TICKER = "SPY"
MARKET_VOL_DAILY = 0.008  # the market proxy's bridge noise per session
BETA_RANGE = (0.6, 1.4)  # each ticker's drawn beta to the market proxy
STOCK_VOL_DAILY = Scenario.noise_vol_daily  # a stock's total noise per session: market part + its own
MARKET_START = 400.0  # the proxy's close before its first simulated session


def market_day(day: str, prev_close: float, rng: np.random.Generator, bar_seconds: int) -> tuple[pd.DataFrame, np.ndarray]:
    """One SIMULATED session of the market proxy and its log return since the session's start
    on the bar edges (the component a stock with beta b gets as ``b x`` that path)."""
    r_day = float(rng.normal(0.0, MARKET_VOL_DAILY))
    sc = Scenario(ticker=MARKET_TICKER, date=day, prev_close=round(prev_close, 2), anchors=(("09:30:00", 0.0), ("16:00:00", r_day)),
                  bar_seconds=bar_seconds, noise_vol_daily=MARKET_VOL_DAILY, spread_cents=1.0, daily_volume=6e7)
    df = generate(sc, int(rng.integers(2**31)))
    edges = np.concatenate([[sc.prev_close], df["close"].to_numpy(float)])  # mids at the edges, to the cent
    return df, np.log(edges / sc.prev_close)


def generate_population(n: int, seed: int, tickers: tuple[str, ...] = POPULATION_TICKERS, year: int = 2023,
                        bar_seconds: int = 60) -> tuple[pd.DataFrame, dict[str, pd.DataFrame], pd.DataFrame]:
    """``n`` SIMULATED rumour -> denial events over ``tickers`` and the trading days of ``year``.

    Each event draws: the day, the rumour minute (10:00-15:00 exchange time, XNYS), the jump
    (sign + with probability 0.6, size |N(1%, 0.7%)|, over 1-5 minutes), the denial delay
    (lognormal, median 20 min), the share of the jump given back after the denial (0.3-1.1).
    Returns the headlines, one multi-day tape per ticker, and the drawn parameters (the ground
    truth).

    A market proxy (``SPY``, key ``MARKET_TICKER`` of the tapes) is simulated on every day with
    an event, from its own generator (seeded from ``seed``): each ticker draws a beta in
    ``BETA_RANGE`` and its tape moves by ``beta x`` the market's log return since the session's
    start on top of its event skeleton, so abnormal returns have a known answer (the skeleton,
    ``anchors``, plus the stock's own noise). The stock's own noise is cut so that its total
    noise stays ``STOCK_VOL_DAILY`` (the costs the tape implies stay as they were without a
    market). ``beta`` is a column of the parameters.
    """
    if MARKET_TICKER in tickers:
        raise ConfigError(f"population: {MARKET_TICKER} is the name of the simulated market proxy; choose other tickers")
    rng = np.random.Generator(np.random.PCG64(seed))
    cal = exchange_calendar(DEFAULT_CALENDAR)  # US tickers on their regular 09:30-16:00 day
    zone = exchange_zone(DEFAULT_CALENDAR)
    days = [d.strftime("%Y-%m-%d") for d in cal.sessions_in_range(f"{year}-01-01", f"{year}-12-31")]
    early = {d.strftime("%Y-%m-%d") for d in cal.early_closes if d.year == year}
    days = [d for d in days if d not in early]
    if n > len(days) * len(tickers):
        raise ConfigError(f"population: {n} events do not fit {len(tickers)} tickers x {len(days)} days")
    slots = rng.choice(len(days) * len(tickers), size=n, replace=False)
    heads, params, tapes = [], [], {t: [] for t in tickers}
    prices = {t: float(rng.uniform(20, 500)) for t in tickers}
    mrng = np.random.Generator(np.random.PCG64(np.random.SeedSequence([seed, 1])))  # apart: the events' draws stay as they were
    betas = {t: round(float(mrng.uniform(*BETA_RANGE)), 4) for t in tickers}
    market: dict[str, np.ndarray] = {}  # day -> the market's log return since the open on the bar edges
    market_frames: list[pd.DataFrame] = []
    market_price = MARKET_START
    for k, slot in enumerate(sorted(slots, key=lambda s: (days[s // len(tickers)], s % len(tickers)))):
        day, ticker = days[slot // len(tickers)], tickers[slot % len(tickers)]
        minute = int(rng.integers(10 * 60, 15 * 60))
        jump = (1 if rng.random() < 0.6 else -1) * abs(rng.normal(0.01, 0.007))
        dur = int(rng.integers(1, 6))
        delay = float(min(np.exp(np.log(20.0) + 0.6 * rng.standard_normal()), 15 * 60 + 45 - minute - dur - 5))
        fade = float(rng.uniform(0.3, 1.1))
        r0 = float(rng.normal(0, 0.003))
        hhmm = lambda m: f"{int(m) // 60:02d}:{int(m) % 60:02d}:{int(round((m % 1) * 60)) % 60:02d}"
        t_rum, t_peak = minute, minute + dur
        t_den = t_peak + max(delay, 1.0)
        anchors = (("09:30:00", 0.0), (hhmm(t_rum), r0), (hhmm(t_peak), r0 + jump), (hhmm(t_den), r0 + jump * float(rng.uniform(0.8, 1.1))),
                   (hhmm(t_den + 3), r0 + jump * (1 - fade)), ("16:00:00", r0 + jump * (1 - fade) + float(rng.normal(0, 0.004))))
        price = prices[ticker]
        own_vol = float(np.sqrt(STOCK_VOL_DAILY**2 - (betas[ticker] * MARKET_VOL_DAILY) ** 2))
        sc = Scenario(ticker=ticker, date=day, prev_close=round(price, 2), anchors=anchors, bar_seconds=bar_seconds,
                      noise_vol_daily=own_vol,
                      spread_cents=max(1.0, round(price / 100)), daily_volume=float(rng.uniform(5e6, 5e7)),
                      events=(Event(hhmm(t_rum), "rumour", 6.0, 3.0, 180.0), Event(hhmm(t_den), "denial", 5.0, 3.0, 180.0)))
        if day not in market:
            mdf, market[day] = market_day(day, market_price, mrng, bar_seconds)
            market_price = float(mdf["close"].iloc[-1])
            market_frames.append(mdf)
        df = generate(sc, int(rng.integers(2**31)), betas[ticker] * market[day])
        prices[ticker] = float(df["close"].iloc[-1])
        tapes[ticker].append(df)
        tz_off = pd.Timestamp(f"{day} 12:00", tz=zone).strftime("%z")
        off = tz_off[:3] + ":" + tz_off[3:]
        src_r = ["SomeBlog", "Twitter", "Reddit", "Forum"][int(rng.integers(4))]
        src_d = ["Company statement", "Reuters", "Twitter (company)"][int(rng.integers(3))]
        eid = f"sim{k:05d}"
        heads.append({"published_at": f"{day}T{hhmm(t_rum)}{off}", "source": src_r, "ticker": ticker, "id": f"{eid}_rumour",
                      "headline": f"(SIMULATED) {ticker} CEO to step down, sources say"})
        heads.append({"published_at": f"{day}T{hhmm(t_den)}{off}", "source": src_d, "ticker": ticker, "id": f"{eid}_denial",
                      "headline": f"(SIMULATED) {ticker} denies report that its CEO will step down"})
        params.append({"event": eid, "ticker": ticker, "day": day, "rumour_time": hhmm(t_rum), "jump": round(jump, 5),
                       "jump_minutes": dur, "denial_time": hhmm(t_den), "fade": round(fade, 3), "prev_close": round(price, 2),
                       "beta": betas[ticker],
                       # the skeleton the tape passes through (local time = return vs prev_close): ground truth
                       "anchors": ";".join(f"{a}={v:.10g}" for a, v in anchors)})
    tape_frames = {t: pd.concat(v, ignore_index=True) for t, v in tapes.items() if v}
    if market_frames:
        tape_frames[MARKET_TICKER] = pd.concat(market_frames, ignore_index=True)
    return pd.DataFrame(heads), tape_frames, pd.DataFrame(params)


def write_population(n: int, seed: int, out_dir: str | Path, tickers: tuple[str, ...] = POPULATION_TICKERS, year: int = 2023) -> Path:
    from .names import check_ticker, path_under

    out = Path(out_dir)
    tickers = tuple(check_ticker(t) for t in tickers)
    heads, tapes, params = generate_population(n, seed, tickers, year)
    (out / "prices").mkdir(parents=True, exist_ok=True)
    heads.to_csv(out / "headlines_SIMULATED.csv", index=False, lineterminator="\n")
    params.to_csv(out / "events_SIMULATED.csv", index=False, lineterminator="\n")
    market = tapes.pop(MARKET_TICKER, None)
    for t, df in tapes.items():
        write_tape(df, path_under(out, "prices", f"{t}_{year}_1min_SIMULATED.csv.gz"))
    if market is not None:  # beside the stocks' folder, not in it: --market, not an event's tape
        write_tape(market, path_under(out, f"{MARKET_TICKER}_{year}_1min_SIMULATED.csv.gz"))
    return out
