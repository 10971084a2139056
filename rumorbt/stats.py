"""Every statistic of a run, a portfolio or a sweep row, in one pure function.

:func:`compute_stats` takes round trips, the starting capital and (optionally) the tapes and
the period, and returns a :class:`TradeStats`; with no trades it returns the same keys
(:func:`empty_stats` is its twin: zeros where a count is meant, ``None`` where a figure has
no value). ``run``, ``portfolio`` and ``sweep`` all call it, so a figure means the same thing
everywhere.

Conventions (money in the tape's currency; positive is good for the trader):

- Statistics are over **closed** trades. A trade whose exit could not fill by the tape's end
  (``marked_at_end``) is kept apart: counted in ``open_at_end_trades`` with its marked P&L in
  ``open_at_end_net_pnl``, never mixed into hit rate, Sharpe or drawdown.
- A trade's return is its net P&L over its notional (entry VWAP x shares).
- ``net_bps_of_notional`` = sum of net P&L / sum of notional (notional-weighted);
  ``mean_trade_bps`` = the plain mean of per-trade bps.
- ``expectancy`` = hit rate x average win + (1 - hit rate) x average loss: the mean net P&L
  per trade, written the way traders read it.
- ``profit_factor`` = sum of winning net P&L / |sum of losing net P&L|; ``None`` when there
  is no losing trade (it would be infinite).
- Sharpe and Sortino use the definitions of empyrical (``empyrical-reloaded``): Sharpe =
  mean / standard deviation (ddof 1); Sortino = mean / sqrt(mean(min(r, 0)^2)), required
  return 0. **Per trade**: over per-trade returns, not annualised. **Per day**: over the daily
  returns of the account (day's realised net P&L / equity at the previous day's end) on every
  session of the period, days without a closed trade counting as 0, annualised with sqrt(252).
  The formulas are written here (a few lines) rather than imported: importing empyrical costs
  seconds (it loads scipy and yfinance) on every run; a test checks equality with empyrical.
- Equity is **marked to market** on prices known at each moment (no look-ahead): it starts at
  the starting capital at the period's start; while a trade is open it counts
  ``side x qty x (mark - entry VWAP) - fees``, where the mark is the close of the last bar that
  had ended by then (at the entry: the bar that ended at or before the entry fill; then at each
  later bar's end before the exit), and the round trip's fees are counted from the entry (the
  exit's are owed the moment the position is open: never optimistic); at the exit the trade
  counts its net P&L. Trades open at once add up. Without the tape of a trade's ticker, that
  trade counts only at its exit (realised), and ``drawdown_basis`` says "realised". Maximum drawdown is the largest fall of this equity
  below its running peak, in money and in percent of the **starting capital**, with its
  duration from the peak to the recovery (or to the period's end when not recovered).
- Exposure is the wall-clock time with at least one position open (overlaps counted once), and
  its share of the period.
- MAE/MFE per trade (money and bps of the entry price): the worst and best price move against
  the entry VWAP seen while the trade was open, on prices known while it was open: the high
  and low of bars that opened at or after the entry fill and ended by the exit fill, and the
  entry and exit prices themselves. MAE <= 0 <= MFE.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields
from typing import Mapping, Sequence

import numpy as np

from .trades import closed as closed_trades, open_at_end

TRADING_DAYS_PER_YEAR = 252
NS = 10**9


@dataclass(frozen=True)
class Excursion:
    """Maximum adverse and favourable excursion of one trade (MAE <= 0 <= MFE)."""

    mae: float | None  # money
    mfe: float | None
    mae_bps: float | None  # of the entry price
    mfe_bps: float | None


@dataclass(frozen=True)
class TradeStats:
    trades: int  # closed trades
    open_at_end_trades: int  # exit unfilled by the tape's end: kept apart
    open_at_end_net_pnl: float  # their P&L as marked, not in any figure below
    wins: int
    losses: int
    net_pnl: float
    gross_pnl: float
    fees: float
    starting_capital: float
    return_pct: float  # net P&L / starting capital, %
    notional: float  # sum of entry notionals
    net_bps_of_notional: float | None
    mean_trade_net_pnl: float | None
    mean_trade_bps: float | None
    hit_rate: float | None
    avg_win: float | None
    avg_loss: float | None
    expectancy: float | None
    profit_factor: float | None
    sharpe_per_trade: float | None
    sortino_per_trade: float | None
    sharpe_daily_annualised: float | None
    sortino_daily_annualised: float | None
    days: int  # sessions in the period (the per-day basis)
    max_drawdown: float  # money, >= 0
    max_drawdown_pct_of_start: float
    max_drawdown_peak_time: int | None  # ns UTC
    max_drawdown_trough_time: int | None
    max_drawdown_recovery_time: int | None  # None: not recovered by the period's end
    max_drawdown_duration_s: float  # peak to recovery (or to the period's end)
    drawdown_basis: str  # "marked to market" (every trade's tape given) or "realised" (some trade's tape missing)
    exposure_s: float
    exposure_pct: float | None
    period_s: float
    mean_trade_duration_s: float | None
    median_trade_duration_s: float | None
    max_trade_duration_s: float | None
    mean_mae: float | None
    mean_mfe: float | None
    worst_mae: float | None
    best_mfe: float | None

    def to_dict(self, digits: int = 6) -> dict:
        """JSON-ready: floats rounded (money to the cent), times left as ns."""
        out = {}
        for k, v in asdict(self).items():
            if isinstance(v, float):
                v = round(v, 2) + 0.0 if _is_money(k) else round(v, digits) + 0.0
            out[k] = v
        return out


_MONEY_KEYS = {"open_at_end_net_pnl", "net_pnl", "gross_pnl", "fees", "starting_capital", "notional", "mean_trade_net_pnl",
               "avg_win", "avg_loss", "expectancy", "max_drawdown", "mean_mae", "mean_mfe", "worst_mae", "best_mfe"}


def _is_money(key: str) -> bool:
    return key in _MONEY_KEYS


def hit_rate(trades: Sequence) -> float | None:
    """Share of closed trades with a positive net P&L (None without closed trades)."""
    done = closed_trades(trades)
    return sum(t.net_pnl > 0 for t in done) / len(done) if done else None


def net_bps_of_notional(trades: Sequence) -> float | None:
    """Net P&L of closed trades per traded notional, in bps (None without closed trades)."""
    done = closed_trades(trades)
    notional = sum(t.qty * t.entry_price for t in done)
    return sum(t.net_pnl for t in done) / notional * 1e4 if notional else None


def sharpe(r: np.ndarray) -> float | None:
    """mean / std (ddof 1); None with fewer than two values or no dispersion."""
    if len(r) < 2:
        return None
    sd = float(np.std(r, ddof=1))
    return float(np.mean(r)) / sd if sd > 0 else None


def sortino(r: np.ndarray) -> float | None:
    """mean / downside deviation (required return 0); None without a negative value."""
    if len(r) < 1:
        return None
    dd = math.sqrt(float(np.mean(np.minimum(r, 0.0) ** 2)))
    return float(np.mean(r)) / dd if dd > 0 else None


@dataclass(frozen=True)
class Drawdown:
    money: float
    pct_of_start: float
    peak_time: int | None
    trough_time: int | None
    recovery_time: int | None
    duration_s: float


def trade_marks(trade, tape) -> tuple[np.ndarray, np.ndarray]:
    """(times ns, value) of one closed trade's contribution to equity while it is open, marked
    on prices known at each time (see the module notes); the last point is its exit and net P&L."""
    if tape is None:
        return np.array([trade.exit_time], dtype=np.int64), np.array([float(trade.net_pnl)])
    t_end = tape.t_open + tape.bar_ns
    lo = int(np.searchsorted(t_end, trade.entry_time, side="right"))  # first bar still running at the entry
    hi = int(np.searchsorted(t_end, trade.exit_time, side="left"))  # bars ended before the exit
    mark0 = float(tape.close[lo - 1]) if lo > 0 else float(trade.entry_price)
    marks = np.concatenate([[mark0], tape.close[lo:max(lo, hi)]])
    sign = 1.0 if trade.side == "long" else -1.0
    values = sign * trade.qty * (marks - trade.entry_price) - trade.fees
    times = np.concatenate([[trade.entry_time], t_end[lo:max(lo, hi)], [trade.exit_time]]).astype(np.int64)
    return times, np.concatenate([values, [float(trade.net_pnl)]])


@dataclass(frozen=True)
class EquityCurve:
    """Equity marked to market, one point per distinct time (the first: the period's start)."""

    times: np.ndarray  # ns UTC
    change: np.ndarray  # equity change at this point
    equity: np.ndarray
    exits: np.ndarray  # int: trades that exit at this point
    labels: list[str]  # ";"-joined labels of the trades whose value changed here ("start" for the first)


def equity_curve(trades: Sequence, starting_capital: float, t_start: int, tapes: Mapping[str, object] | None = None,
                 labels: Sequence[str] | None = None) -> EquityCurve:
    """Equity of the closed ``trades`` marked to market (see the module notes); ``labels``: one
    per closed trade, in the order of ``trades`` (default: none). ``tapes`` (ticker -> Tape)
    omitted: realised equity, one point per exit."""
    done = closed_trades(trades)
    ts, ds, who, ex = [np.array([t_start], dtype=np.int64)], [np.zeros(1)], [np.array([-1])], [np.zeros(1, dtype=np.int64)]
    for k, t in enumerate(done):
        times, values = trade_marks(t, (tapes or {}).get(t.ticker))
        ts.append(times)
        ds.append(np.diff(values, prepend=0.0))  # the trade's contribution changes by this at each of its times
        who.append(np.full(len(times), k))
        ex.append(np.r_[np.zeros(len(times) - 1, dtype=np.int64), 1])
    times, deltas, owner, exits = (np.concatenate(x) for x in (ts, ds, who, ex))
    order = np.argsort(times, kind="stable")
    times, deltas, owner, exits = times[order], deltas[order], owner[order], exits[order]
    first = np.r_[True, times[1:] != times[:-1]]
    last = np.r_[times[1:] != times[:-1], True]  # one point per time: its value after every change at it
    start_idx = np.flatnonzero(first)
    cum = np.cumsum(deltas)[last]
    names = []
    if labels is not None:
        lab = list(labels)
        for a, b in zip(start_idx, np.r_[start_idx[1:], len(times)]):
            ks = dict.fromkeys(int(k) for k in owner[a:b])
            names.append(";".join("start" if k < 0 else lab[k] for k in ks))
    return EquityCurve(times[last], np.diff(cum, prepend=0.0), starting_capital + cum,
                       np.add.reduceat(exits, start_idx), names)


def max_drawdown(times: np.ndarray, equity: np.ndarray, starting_capital: float, t_end: int) -> Drawdown:
    """Largest fall of ``equity`` below its running peak (the first value, the starting capital,
    counts as a peak)."""
    if len(equity) == 0:
        return Drawdown(0.0, 0.0, None, None, None, 0.0)
    peak = np.maximum.accumulate(equity)
    dd = peak - equity
    k = int(np.argmax(dd))
    if dd[k] <= 0:
        return Drawdown(0.0, 0.0, None, None, None, 0.0)
    p = int(np.flatnonzero(equity[: k + 1] == peak[k])[0])
    rec = np.flatnonzero(equity[k:] >= peak[k])
    rec_t = int(times[k + rec[0]]) if len(rec) else None
    dur = ((rec_t if rec_t is not None else t_end) - int(times[p])) / NS
    return Drawdown(float(dd[k]), float(dd[k]) / starting_capital * 100.0 if starting_capital else 0.0,
                    int(times[p]), int(times[k]), rec_t, float(dur))


def excursion(trade, tape) -> Excursion:
    """MAE/MFE of one trade on prices known while it was open (see the module notes)."""
    if tape is None or trade.exit_time is None or not trade.qty:
        return Excursion(None, None, None, None)
    lo = int(np.searchsorted(tape.t_open, trade.entry_time, side="left"))
    hi = int(np.searchsorted(tape.t_open + tape.bar_ns, trade.exit_time, side="right"))
    seen_hi = [trade.entry_price, trade.exit_price]
    seen_lo = [trade.entry_price, trade.exit_price]
    if hi > lo:
        seen_hi.append(float(tape.high[lo:hi].max()))
        seen_lo.append(float(tape.low[lo:hi].min()))
    sign = 1.0 if trade.side == "long" else -1.0
    best = max(seen_hi) if sign > 0 else min(seen_lo)
    worst = min(seen_lo) if sign > 0 else max(seen_hi)
    mfe_ps = max(0.0, sign * (best - trade.entry_price))
    mae_ps = min(0.0, sign * (worst - trade.entry_price))
    return Excursion(mae_ps * trade.qty, mfe_ps * trade.qty, mae_ps / trade.entry_price * 1e4, mfe_ps / trade.entry_price * 1e4)


def excursions(trades: Sequence, tapes: Mapping[str, object] | None) -> list[Excursion]:
    return [excursion(t, (tapes or {}).get(t.ticker)) for t in trades]


def _exposure_ns(trades: Sequence, t_end: int) -> int:
    spans = sorted((t.entry_time, t.exit_time if t.exit_time is not None else t_end) for t in trades)
    total, cur_a, cur_b = 0, None, None
    for a, b in spans:
        if cur_b is None or a > cur_b:
            if cur_b is not None:
                total += cur_b - cur_a
            cur_a, cur_b = a, b
        else:
            cur_b = max(cur_b, b)
    if cur_b is not None:
        total += cur_b - cur_a
    return total


def _day_index(times: np.ndarray, opens: np.ndarray) -> np.ndarray:
    return np.searchsorted(opens, times, side="right") - 1


def daily_returns(trades: Sequence, starting_capital: float, period: tuple[int, int], sessions=None) -> np.ndarray:
    """Daily returns of the account over every session of the period (see the module notes).
    Without a calendar (or a 24h one) days are UTC calendar days."""
    t0, t1 = period
    if sessions is not None and not getattr(sessions, "always_open", True) and len(sessions.opens):
        opens = np.asarray(sessions.opens)
        closes = np.asarray(sessions.closes)
        keep = (closes > t0) & (opens <= t1)
        opens = opens[keep]
    else:
        day = 86_400 * NS
        opens = np.arange(t0 // day * day, t1 + 1, day, dtype=np.int64)
    if len(opens) == 0:
        return np.zeros(0)
    done = closed_trades(trades)
    pnl = np.zeros(len(opens))
    if done:
        idx = np.clip(_day_index(np.array([t.exit_time for t in done], dtype=np.int64), opens), 0, len(opens) - 1)
        np.add.at(pnl, idx, [t.net_pnl for t in done])
    start_equity = starting_capital + np.concatenate([[0.0], np.cumsum(pnl)[:-1]])
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(start_equity > 0, pnl / start_equity, 0.0)


def compute_stats(trades: Sequence, starting_capital: float, period: tuple[int, int] | None = None,
                  tapes: Mapping[str, object] | None = None, sessions=None) -> TradeStats:
    """Statistics of ``trades`` (RoundTrip-like objects).

    ``period``: (start, end) in ns UTC of the run (tape span, or first to last event); default
    first entry to last exit. ``tapes``: ticker -> Tape for MAE/MFE (omitted: no MAE/MFE).
    ``sessions``: a :class:`~rumorbt.sessions.Sessions` for the per-day basis (omitted: UTC days).
    """
    closed = closed_trades(trades)
    still_open = open_at_end(trades)
    if period is None:
        if trades:
            period = (min(t.entry_time for t in trades), max(t.exit_time or t.entry_time for t in trades))
        else:
            period = (0, 0)
    t0, t1 = period
    n = len(closed)
    net = np.array([t.net_pnl for t in closed], dtype=float)
    notional = np.array([t.qty * t.entry_price for t in closed], dtype=float)
    r = net / notional if n else np.zeros(0)
    wins, losses = net[net > 0], net[net <= 0]
    hit = hit_rate(closed)
    avg_win = float(wins.mean()) if len(wins) else None
    avg_loss = float(losses.mean()) if len(losses) else None
    expectancy = None
    if n:
        expectancy = (hit or 0.0) * (avg_win or 0.0) + (1 - (hit or 0.0)) * (avg_loss or 0.0)
    neg_sum = float(-net[net < 0].sum())
    profit_factor = float(wins.sum()) / neg_sum if neg_sum > 0 else None

    eq = equity_curve(closed, starting_capital, t0, tapes)
    dd = max_drawdown(eq.times, eq.equity, starting_capital, t1)
    days = daily_returns(closed, starting_capital, period, sessions) if n else np.zeros(0)
    ann = math.sqrt(TRADING_DAYS_PER_YEAR)
    s_d, so_d = sharpe(days), sortino(days)

    dur = np.array([(t.exit_time - t.entry_time) / NS for t in closed], dtype=float)
    exp_ns = _exposure_ns(closed, t1)
    exc = excursions(closed, tapes) if tapes else []
    maes = [e.mae for e in exc if e.mae is not None]
    mfes = [e.mfe for e in exc if e.mfe is not None]
    f = lambda x: None if x is None else float(x)
    return TradeStats(
        trades=n, open_at_end_trades=len(still_open),
        open_at_end_net_pnl=float(sum(t.net_pnl for t in still_open)),
        wins=int(len(wins)), losses=int(len(losses)),
        net_pnl=float(net.sum()), gross_pnl=float(sum(t.gross_pnl for t in closed)),
        fees=float(sum(t.fees for t in closed)), starting_capital=float(starting_capital),
        return_pct=float(net.sum()) / starting_capital * 100.0 if starting_capital else 0.0,
        notional=float(notional.sum()),
        net_bps_of_notional=net_bps_of_notional(closed),
        mean_trade_net_pnl=float(net.mean()) if n else None,
        mean_trade_bps=float(r.mean() * 1e4) if n else None,
        hit_rate=hit, avg_win=avg_win, avg_loss=avg_loss, expectancy=f(expectancy), profit_factor=profit_factor,
        sharpe_per_trade=sharpe(r), sortino_per_trade=sortino(r),
        sharpe_daily_annualised=None if s_d is None else s_d * ann,
        sortino_daily_annualised=None if so_d is None else so_d * ann,
        days=int(len(days)),
        max_drawdown=dd.money, max_drawdown_pct_of_start=dd.pct_of_start, max_drawdown_peak_time=dd.peak_time,
        max_drawdown_trough_time=dd.trough_time, max_drawdown_recovery_time=dd.recovery_time,
        max_drawdown_duration_s=dd.duration_s,
        drawdown_basis="marked to market" if all(t.ticker in (tapes or {}) for t in closed) else "realised",
        exposure_s=exp_ns / NS, exposure_pct=exp_ns / (t1 - t0) * 100.0 if t1 > t0 else None,
        period_s=(t1 - t0) / NS,
        mean_trade_duration_s=float(dur.mean()) if n else None,
        median_trade_duration_s=float(np.median(dur)) if n else None,
        max_trade_duration_s=float(dur.max()) if n else None,
        mean_mae=float(np.mean(maes)) if maes else None, mean_mfe=float(np.mean(mfes)) if mfes else None,
        worst_mae=float(min(maes)) if maes else None, best_mfe=float(max(mfes)) if mfes else None,
    )


def empty_stats(starting_capital: float = 0.0, period: tuple[int, int] | None = None) -> TradeStats:
    """The twin of :func:`compute_stats` for a result without trades: the same keys."""
    return compute_stats([], starting_capital, period)


STAT_NAMES = tuple(f.name for f in fields(TradeStats))


def _fmt(v, spec: str = ",.2f", suffix: str = "") -> str:
    return "n/a" if v is None else f"{v:{spec}}{suffix}"


def _dur(s: float | None) -> str:
    if s is None:
        return "n/a"
    if s >= 86_400:
        return f"{s / 86_400:.1f} d"
    if s >= 3600:
        return f"{s / 3600:.1f} h"
    if s >= 60:
        return f"{s / 60:.1f} min"
    return f"{s:.1f} s"


def format_stats(s: TradeStats, iso=None) -> list[str]:
    """Console lines (``iso``: ns -> text for the drawdown's times)."""
    show = iso or (lambda t: str(t))
    lines = [
        f"Statistics over {s.trades} closed trade(s)"
        + (f" ({s.open_at_end_trades} open at the tape's end kept apart, marked {s.open_at_end_net_pnl:,.2f})" if s.open_at_end_trades else "") + ":",
        f"  net {s.net_pnl:,.2f} ({s.return_pct:+.3f}% of starting capital {s.starting_capital:,.0f}); "
        f"{_fmt(s.net_bps_of_notional, '.2f')} bps of notional; mean per trade {_fmt(s.mean_trade_net_pnl)} ({_fmt(s.mean_trade_bps, '.2f')} bps)",
        f"  hit rate {_fmt(None if s.hit_rate is None else s.hit_rate * 100, '.1f', '%')}, avg win {_fmt(s.avg_win)}, "
        f"avg loss {_fmt(s.avg_loss)}, expectancy {_fmt(s.expectancy)}, profit factor {_fmt(s.profit_factor, '.2f')}",
        f"  Sharpe per trade {_fmt(s.sharpe_per_trade, '.3f')}, Sortino per trade {_fmt(s.sortino_per_trade, '.3f')} (not annualised); "
        f"per day over {s.days} session(s), annualised: Sharpe {_fmt(s.sharpe_daily_annualised, '.2f')}, "
        f"Sortino {_fmt(s.sortino_daily_annualised, '.2f')}",
        f"  max drawdown {s.max_drawdown:,.2f} ({s.max_drawdown_pct_of_start:.3f}% of starting capital; equity {s.drawdown_basis})"
        + (f", peak {show(s.max_drawdown_peak_time)}, lasted {_dur(s.max_drawdown_duration_s)}"
           + ("" if s.max_drawdown_recovery_time is not None else " (not recovered)") if s.max_drawdown > 0 else ""),
        f"  exposure {_dur(s.exposure_s)}" + (f" ({s.exposure_pct:.2f}% of the period)" if s.exposure_pct is not None else "")
        + f"; trade duration mean {_dur(s.mean_trade_duration_s)}, median {_dur(s.median_trade_duration_s)}, max {_dur(s.max_trade_duration_s)}",
    ]
    if s.mean_mae is not None:
        lines.append(f"  MAE mean {s.mean_mae:,.2f} (worst {s.worst_mae:,.2f}), MFE mean {s.mean_mfe:,.2f} (best {s.best_mfe:,.2f})")
    return lines
