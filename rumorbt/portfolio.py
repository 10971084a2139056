"""Many events at once: one headline file across tickers and days, a folder (or catalog) of
tapes, one run per event, and the results side by side with an equity curve.

An *event* is a CEO-change rumour for a ticker and everything said about that ticker within
``event_window`` after it (denials, confirmations, repeats). Each event is run on its
ticker's tape with only its own headlines, by the same engine as ``run`` (or the parity-
checked fast path). An event whose day has no bars is skipped with a warning naming it;
nothing runs -> exit 2.

Tapes: ``--prices-dir DIR`` maps ``DIR/TICKER_anything.{csv,csv.gz,parquet}`` to TICKER (the
part of the name before the first underscore), or ``--tapes F.csv`` lists ``ticker,path`` and,
optionally per tape, ``preset, columns, tz, stamp, epoch_unit`` (an empty cell: the run's
``data.*`` setting), so files of different vendors run in one portfolio.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pandas as pd

from .config import RunConfig
from .engine import Inputs, read_headlines
from .domain import Kind
from .errors import InputError, first_warnings
from .headlines import Headline
from .names import check_ticker
from .outdir import png_metadata
from .sessions import exchange_zone, sessions_for
from .tabular import read_rows
from .tape import Tape, is_simulated_name, load_tape
from .stats import TradeStats, compute_stats, equity_curve, excursions, format_stats
from .trades import RoundTrip, closed, open_at_end, round_or_none

DAY_NS = 86_400 * 10**9
EVENT_WINDOW_NS = 2 * DAY_NS


@dataclass
class EventResult:
    event_id: str
    ticker: str
    t_pub: int
    headline: str
    status: str  # run | skipped
    reason: str
    trades: list[RoundTrip]
    headlines: int = 0  # rows of the headline file in this event
    bars: tuple[int, int] = (0, 0)  # [first, last) bar of its ticker's tape it ran on
    t_denial: int | None = None  # publication of the event's first denial (ns UTC), if any
    warnings: list[str] = field(default_factory=list)  # what run said about this event (its tape's notes apart)


CATALOG_COLUMNS = ("ticker", "path", "preset", "columns", "tz", "stamp", "epoch_unit")


@dataclass(frozen=True)
class TapeSource:
    """Where one ticker's bars come from and how to read them (empty: the run's data.* setting)."""

    path: Path
    preset: str = ""
    columns: str = ""
    tz: str = ""
    stamp: str = ""
    epoch_unit: str = ""

    def settings(self, cfg: RunConfig) -> dict[str, str]:
        """The reading options in force for this tape: its own, else the run's."""
        d = cfg.data
        run_wide = {"preset": d.preset, "columns": d.columns, "tz": d.prices_tz, "stamp": d.stamp, "epoch_unit": d.epoch_unit}
        return {k: getattr(self, k) or v for k, v in run_wide.items()}


def _catalog_row(r: dict[str, str], catalog: str, i: int) -> tuple[str, TapeSource]:
    from .vendors import EPOCH_UNITS, PRESETS

    unknown = [k for k in r if k is not None and k.strip() not in CATALOG_COLUMNS]
    if unknown:
        raise InputError(f"unknown column(s) {', '.join(unknown)}; a catalog has {', '.join(CATALOG_COLUMNS)}", file=catalog)
    v = {k.strip(): (val or "").strip() for k, val in r.items() if k is not None}
    t, p = v.get("ticker", "").upper(), v.get("path", "")
    if not t or not p:
        raise InputError("ticker and path must both be given", file=catalog, row=i)
    t = check_ticker(t, "ticker", file=catalog, row=i)
    for key, allowed in (("preset", tuple(PRESETS)), ("stamp", ("start", "end")), ("epoch_unit", EPOCH_UNITS)):
        if v.get(key) and v[key] not in allowed:
            raise InputError(f"{key}: {v[key]!r} is not one of {', '.join(allowed)}", file=catalog, row=i)
    path = Path(p) if Path(p).is_absolute() else Path(catalog).parent / p
    if not path.is_file():  # said here, with the catalog's row, not later as a bare 'nothere.csv: file not found'
        what = "is a folder" if path.is_dir() else "not found"
        raise InputError(f"path: {p} {what}" + (f" (read as {path})" if str(path) != p else ""), file=catalog, row=i)
    return t, TapeSource(path, v.get("preset", ""), v.get("columns", ""), v.get("tz", ""), v.get("stamp", ""),
                         v.get("epoch_unit", ""))


def tape_paths(prices_dir: str | None, catalog: str | None) -> dict[str, TapeSource]:
    out: dict[str, TapeSource] = {}
    if catalog:
        for i, r in enumerate(read_rows(catalog, "tape catalog"), start=1):
            t, src = _catalog_row(r, catalog, i)
            if t in out:
                raise InputError(f"ticker {t} listed twice", file=catalog, row=i)
            out[t] = src
    if prices_dir:
        d = Path(prices_dir)
        if not d.is_dir():
            raise InputError("price folder not found", file=str(d))
        for p in sorted(d.iterdir()):
            if p.name.lower().endswith((".csv", ".csv.gz", ".parquet")) and "_" in p.name:
                t = p.name.split("_", 1)[0].upper()
                if t in out and out[t].path != p:
                    raise InputError(f"two tapes for {t}: {out[t].path.name} and {p.name}; keep one or use --tapes", file=str(d))
                out[t] = TapeSource(p)
    return out


def group_events(heads: list[Headline], readings, zone: str) -> list[tuple[str, str, list[int]]]:
    """(event id, ticker, indices of its headlines), in publication order; ids name the
    rumour's day in the exchange zone ``zone``."""
    events: list[tuple[str, str, list[int]]] = []
    open_by_ticker: dict[str, tuple[int, list[int]]] = {}
    resolved: set[str] = set()  # tickers whose open event has had its denial or confirmation
    for i, (h, r) in enumerate(zip(heads, readings)):
        if not r.ticker:
            continue
        cur = open_by_ticker.get(r.ticker)
        new_story = r.kind == Kind.RUMOR and r.ticker in resolved  # a rumour after the answer: a new event
        if cur and h.t_pub < cur[0] + EVENT_WINDOW_NS and not new_story:
            cur[1].append(i)
            if r.kind in (Kind.DENIAL, Kind.CONFIRMED):
                resolved.add(r.ticker)
        elif r.kind == Kind.RUMOR:
            resolved.discard(r.ticker)
            idx = [i]
            open_by_ticker[r.ticker] = (h.t_pub, idx)
            day = pd.Timestamp(h.t_pub, unit="ns", tz="UTC").tz_convert(zone).strftime("%Y-%m-%d")
            events.append((f"{r.ticker}_{day}_{h.id}", r.ticker, idx))
    return events


@dataclass
class PlannedEvent:
    """An event ready to run: its configuration (data settings of its tape) and inputs."""

    result: EventResult  # status "run", trades still empty
    cfg: RunConfig
    inputs: Inputs


def plan_events(cfg: RunConfig, prices_dir: str | None = None,
                catalog: str | None = None) -> tuple[list[PlannedEvent | EventResult], dict[str, Tape]]:
    """Each event of the headline file, with its tape slice (or skipped, with the reason);
    tapes are read once per ticker. ``run_portfolio`` and the latency curve both start here."""
    heads, readings = read_headlines(cfg)
    paths = tape_paths(prices_dir, catalog)
    tapes: dict[str, Tape] = {}
    out: list[PlannedEvent | EventResult] = []
    zone = exchange_zone(cfg.data.calendar)
    for ev_id, ticker, idx in group_events(heads, readings, zone):
        first = heads[idx[0]]
        if ticker not in paths:
            out.append(EventResult(ev_id, ticker, first.t_pub, first.headline, "skipped", f"no tape for {ticker}", [], len(idx)))
            continue
        src = paths[ticker]
        how = src.settings(cfg)
        if ticker not in tapes:
            tapes[ticker] = load_tape(src.path, ticker, bar_seconds=cfg.data.bar_seconds, **how)
        tape = tapes[ticker]
        lo = int(np.searchsorted(tape.t_open, first.t_pub - 30 * 60 * 10**9))  # the last half hour before it
        day_end = pd.Timestamp(first.t_pub, unit="ns", tz="UTC").tz_convert(zone).normalize() + pd.Timedelta(days=1)
        if lo >= len(tape) or tape.t_open[lo] >= day_end.value:
            out.append(EventResult(ev_id, ticker, first.t_pub, first.headline, "skipped",
                                   f"no bars on the rumour's day in {src.path.name}", [], len(idx)))
            continue
        # back to the last bar ended by publication when the half hour holds none (a rumour before
        # the open): its close is the price known at the decision, as a run on the whole tape has it
        known = int(np.searchsorted(tape.t_end, first.t_pub, side="right")) - 1
        lo = min(lo, known) if known >= 0 else lo
        hi = int(np.searchsorted(tape.t_open, first.t_pub + EVENT_WINDOW_NS + DAY_NS))
        sub = _slice(tape, lo, hi)
        ses = sessions_for(cfg.data.calendar, int(sub.t_open[0]), int(sub.t_open[-1]))
        inputs = Inputs([heads[i] for i in idx], [readings[i] for i in idx], ticker, sub, ses)
        c = replace(cfg, data=replace(cfg.data, ticker=ticker, prices=str(src.path), prices_tz=how["tz"], columns=how["columns"],
                                      stamp=how["stamp"], preset=how["preset"], epoch_unit=how["epoch_unit"]))
        denials = [heads[i].t_pub for i in idx if readings[i].kind == "denial"]
        res = EventResult(ev_id, ticker, first.t_pub, first.headline, "run", "", [], len(idx), (lo, hi), min(denials, default=None))
        out.append(PlannedEvent(res, c, inputs))
    if not any(isinstance(e, PlannedEvent) for e in out):
        why = "; ".join(sorted({e.reason for e in out})) or "no CEO-change rumour with a ticker in the headlines"
        raise InputError(f"no event can run ({why})", file=cfg.data.headlines)
    return out, tapes


def planned_said(cfg: RunConfig, planned: list[PlannedEvent | EventResult], tapes: dict[str, Tape]) -> list[str]:
    """What ``run --prices-dir`` says about its inputs before it trades: each tape's notes, each
    event skipped and why, fees the table has no rate for at an event's tape start. The sweep and
    the latency curve say these for the events they read."""
    from .engine import fee_gap_warnings

    ran = [e for e in planned if isinstance(e, PlannedEvent)]
    return ([f"note: {t}: {n}" for t in sorted(tapes) for n in tapes[t].notes]
            + [f"warning: skipped {e.event_id}: {e.reason}" for e in planned if not isinstance(e, PlannedEvent)]
            + [f"warning: {w}" for w in fee_gap_warnings(
                cfg, sorted(((f"event {e.result.event_id}", int(e.inputs.tape.t_open[0])) for e in ran), key=lambda x: x[1]),
                exchange_zone(cfg.data.calendar))])


def run_portfolio(cfg: RunConfig, prices_dir: str | None = None, catalog: str | None = None,
                  engine: str = "backtrader", progress: bool = False) -> tuple[list[EventResult], dict[str, Tape]]:
    from .engine import run

    planned, tapes = plan_events(cfg, prices_dir, catalog)
    results: list[EventResult] = []
    for e in _progress(planned, progress):
        if isinstance(e, PlannedEvent):
            try:
                # run, not the bare driver, on either engine: its checks (a size rounding to 0 shares) skip the event
                res = run(e.cfg, e.inputs, engine=engine)
                e.result.trades = res.trades
                e.result.warnings = [w for w in res.warnings if w not in e.inputs.tape.notes]
                e = e.result
            except InputError as err:  # this event cannot be evaluated (e.g. its size rounds to 0 shares): skip it, say why
                r = e.result
                e = EventResult(r.event_id, r.ticker, r.t_pub, r.headline, "skipped", err.problem, [], r.headlines)
        results.append(e)
    if not any(r.status == "run" for r in results):
        raise InputError(f"no event can run ({'; '.join(sorted({r.reason for r in results}))})", file=cfg.data.headlines)
    return results, tapes


def _progress(items: list, enabled: bool):
    """A progress bar on stderr, shown only when the run lasts more than a few seconds."""
    if not enabled:
        return items
    import sys

    from tqdm import tqdm

    return tqdm(items, desc="events", unit="event", file=sys.stderr, delay=3, dynamic_ncols=True)


def _slice(t: Tape, lo: int, hi: int) -> Tape:
    cut = lambda a: None if a is None else a[lo:hi]
    return replace(t, t_open=t.t_open[lo:hi], open=t.open[lo:hi], high=t.high[lo:hi], low=t.low[lo:hi],
                   close=t.close[lo:hi], volume=t.volume[lo:hi], bid=cut(t.bid), ask=cut(t.ask))


def portfolio_period(results: list[EventResult]) -> tuple[int, int]:
    """From the first event's publication to the last exit (or the last publication), ns UTC."""
    ran = [r for r in results if r.status == "run"] or results
    t0 = min(r.t_pub for r in ran)
    t1 = max([r.t_pub for r in ran] + [t.exit_time or t.entry_time for r in ran for t in r.trades])
    return t0, t1


def portfolio_stats(results: list[EventResult], tapes: dict[str, Tape], cfg: RunConfig) -> TradeStats:
    """Every statistic of a portfolio run (:mod:`rumorbt.stats`), on the exchange calendar's sessions."""
    t0, t1 = portfolio_period(results)
    ses = sessions_for(cfg.data.calendar, t0, t1)
    return compute_stats([t for r in results for t in r.trades], cfg.strategy.cash, (t0, t1), tapes, ses)


def equity_frame(results: list[EventResult], cfg: RunConfig, tapes: dict[str, Tape] | None = None) -> pd.DataFrame:
    """Equity from the starting capital, marked to market on prices known at each moment
    (:func:`rumorbt.stats.equity_curve`; first row: the period's start), with the drawdown
    below the running peak; times ns UTC. ``event_id``: the events whose trades changed the
    equity at that point; ``exits``: trades that closed there."""
    done = [(r.event_id, t) for r in results for t in closed(r.trades)]
    t0, _ = portfolio_period(results)
    eq = equity_curve([t for _, t in done], cfg.strategy.cash, t0, tapes, [e for e, _ in done])
    peak = np.maximum.accumulate(eq.equity)
    return pd.DataFrame({"time": eq.times, "event_id": eq.labels, "exits": eq.exits, "change": eq.change,
                         "equity": eq.equity, "drawdown": peak - eq.equity})


PORTFOLIO_FILES = ("trades.csv", "events.csv", "equity.csv", "event_study.csv", "summary.json", "report.png",
                   "event_study.png", "report.html")  # what write_portfolio writes


def write_portfolio(results: list[EventResult], tapes: dict[str, Tape], cfg: RunConfig, out_dir: str | Path,
                    force: bool = False, engine: str = "backtrader", market: Tape | None = None,
                    market_model: str = "market-model", catalog: str | None = None) -> tuple[Path, str]:
    """trades.csv (with event ids), events.csv, equity.csv, event_study.csv, summary.json,
    report.png, event_study.png; atomic. ``engine`` is the one that produced ``results``
    (recorded in the summary); ``market``: a market proxy tape for abnormal returns."""
    from . import event_study
    from .outdir import csv_safe
    from .provenance import portable, software
    from .report import MONEY, TIMES, iso, money, stats_dict, write_folder_atomically

    zone = exchange_zone(cfg.data.calendar)
    simulated = (any(t.simulated for t in tapes.values()) or is_simulated_name(cfg.data.headlines)
                 or bool(market is not None and market.simulated))
    es = event_study.study(event_study.portfolio_anchors(results), tapes, market, market_model)
    es_summary = event_study.summary(es)
    rows = []
    for r in results:
        for t, e in zip(r.trades, excursions(r.trades, tapes)):
            d = {"event_id": r.event_id, "status": t.status, **t.__dict__}
            for k in TIMES:
                d[k] = iso(d[k], zone)
            for k in MONEY:
                d[k] = money(d[k])
            d.update(mae=money(e.mae), mfe=money(e.mfe), mae_bps=round_or_none(e.mae_bps, 2), mfe_bps=round_or_none(e.mfe_bps, 2))
            d["simulated_data"] = simulated
            rows.append(d)
    trades = pd.DataFrame(rows)
    ev = pd.DataFrame([{"event_id": r.event_id, "ticker": r.ticker, "published_at": iso(r.t_pub, zone), "status": r.status,
                        "reason": r.reason, "trades": len(closed(r.trades)), "open_at_end": len(open_at_end(r.trades)),
                        "side": r.trades[0].side if r.trades else "",
                        "entry_time": iso(r.trades[0].entry_time, zone) if r.trades else "",
                        "exit_time": iso(r.trades[-1].exit_time, zone) if r.trades else "",
                        "exit_reason": "; ".join(t.exit_reason for t in r.trades),
                        "net_pnl": money(sum(t.net_pnl for t in closed(r.trades))) if closed(r.trades) else None,
                        "headline": r.headline, "simulated_data": simulated} for r in results])
    # totals and the equity curve count closed trades; open ones (valued at a mark) are apart
    eq = equity_frame(results, cfg, tapes)
    equity = pd.DataFrame({"time": [iso(int(x), zone) for x in eq["time"]], "event_id": eq["event_id"], "exits": eq["exits"],
                           "change": np.round(eq["change"], 2) + 0.0, "equity": np.round(eq["equity"], 2) + 0.0,
                           "drawdown": np.round(eq["drawdown"], 2) + 0.0, "simulated_data": simulated})
    ran = [r for r in results if r.status == "run"]
    all_trades = [t for r in ran for t in closed(r.trades)]
    marked = [t for r in ran for t in open_at_end(r.trades)]
    stats = portfolio_stats(results, tapes, cfg)
    tot = lambda k: money(sum(getattr(t, k) for t in all_trades if not np.isnan(getattr(t, k))))
    config = cfg.to_dict()
    config["data"]["headlines"] = portable(config["data"]["headlines"])
    config["data"]["prices"] = ""  # never read: the tapes this run read are under inputs.tapes
    summary = {
        "simulated_data": simulated,
        "data_warning": "SIMULATED data: figures illustrate the method, not a real outcome" if simulated else "",
        "events": len(results), "events_run": len(ran), "events_skipped": len(results) - len(ran),
        "skipped": [{"event_id": r.event_id, "reason": r.reason} for r in results if r.status != "run"],
        "warnings": event_warnings(results),
        "trades": len(all_trades),
        "open_at_end": {"trades": len(marked), "net_pnl": money(sum(t.net_pnl for t in marked)),
                        "note": "not closed by the tape's end, valued at a mark; not in any other total"},
        "gross_pnl": money(sum(t.gross_pnl for t in all_trades)),
        "fees": money(sum(t.fees for t in all_trades)),
        "net_pnl": money(sum(t.net_pnl for t in all_trades)),
        "attribution": {k: tot(k) for k in ("zero_latency_move", "latency_cost", "move_captured", "spread_cost",
                                             "slippage_cost", "impact_cost", "fees", "net_pnl")},
        "hit_rate": round_or_none(stats.hit_rate, 4),
        "mean_net_bps": round_or_none(stats.net_bps_of_notional, 2),
        "max_drawdown": money(stats.max_drawdown),
        "max_drawdown_pct_of_start": round(stats.max_drawdown_pct_of_start, 4),
        "stats": stats_dict(stats, zone),
        "event_study": es_summary,
        "market": {"file": portable(market.source), "ticker": market.ticker} if market is not None else None,
        "inputs": inputs_record(results, tapes, cfg, zone, market, catalog),
        "software": software(engine),
        "config": config,
    }
    def write(tmp: Path) -> None:
        csv_safe(trades).to_csv(tmp / "trades.csv", index=False, lineterminator="\n")
        csv_safe(ev).to_csv(tmp / "events.csv", index=False, lineterminator="\n")
        equity.to_csv(tmp / "equity.csv", index=False, lineterminator="\n")
        (tmp / "summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        _plot_portfolio(eq, summary, tmp / "report.png", zone)
        event_study.write_table(es, tmp / "event_study.csv", simulated)
        event_study.plot(es, tmp / "event_study.png", simulated)
        from .html_report import portfolio_html

        portfolio_html(results, tapes, summary, ev, tmp / "report.html", zone)

    out = write_folder_atomically(out_dir, write, force, PORTFOLIO_FILES)
    lines = ["*** SIMULATED data: an illustration of the method, not a real outcome ***"] if simulated else []
    lines.append(f"{summary['events']} event(s): {summary['events_run']} run, {summary['events_skipped']} skipped; "
                 f"{summary['trades']} trade(s), net {summary['net_pnl']:,.2f} (gross {summary['gross_pnl']:,.2f}, fees {summary['fees']:,.2f}), "
                 f"hit rate {summary['hit_rate']}, max drawdown {stats.max_drawdown:,.2f} ({stats.max_drawdown_pct_of_start:.3f}% of starting capital)")
    lines.extend(format_stats(stats, lambda t: iso(t, zone)))
    lines.extend(event_study.console_lines(es_summary))
    if marked:
        lines.append(f"open at the tape's end (apart, not in the totals): {len(marked)} trade(s), marked net "
                     f"{summary['open_at_end']['net_pnl']:,.2f}")
    for ticker in sorted(tapes):
        for note in tapes[ticker].notes:
            lines.append(f"note: {ticker}: {note}")
    lines.extend(first_warnings([f"warning: skipped {s['event_id']}: {s['reason']}" for s in summary["skipped"]],
                                "warning: ... and {n} more skipped (see events.csv)"))
    lines.extend(first_warnings([f"warning: {w}" for w in summary["warnings"]],
                                "warning: ... and {n} more about the events run (see summary.json, warnings)"))
    lines.append(f"Wrote {out}/trades.csv, events.csv, equity.csv, event_study.csv, summary.json, report.png, event_study.png, report.html")
    return out, "\n".join(lines)


def event_warnings(results: list[EventResult]) -> list[str]:
    """What run said about each event it ran (a trade paying 0 for a fee the table lacks, a
    headline time that is not exact ...), each line prefixed with its event."""
    return [f"{r.event_id}: {w}" for r in results for w in r.warnings]


def inputs_record(results: list[EventResult], tapes: dict[str, Tape], cfg: RunConfig, zone: str, market: Tape | None = None,
                  catalog: str | None = None) -> dict:
    """What a portfolio read: the headline file (rows in events), the tape catalog, every tape
    it loaded (each with its hash, how it was read, its bars and the bars the events ran on),
    the market tape; bar times in ``zone`` (the exchange's)."""
    from .provenance import file_record, tape_record

    used: dict[str, np.ndarray] = {t: np.zeros(len(tape), dtype=bool) for t, tape in tapes.items()}
    for r in results:
        if r.status == "run":
            used[r.ticker][r.bars[0]:r.bars[1]] = True
    return {"headlines": file_record(cfg.data.headlines, rows_used=sum(r.headlines for r in results)),
            "tapes": [tape_record(tapes[t], zone, int(used[t].sum())) for t in sorted(tapes)],
            **({"market": tape_record(market, zone)} if market is not None else {}),
            **({"catalog": file_record(catalog)} if catalog else {})}


def _plot_portfolio(eq: pd.DataFrame, summary: dict, path: Path, zone: str) -> None:
    """Equity from the starting capital, its drawdown, and the cost waterfall summed over events;
    x-axis in exchange time (``zone``). Object API: pyplot's state and the backend stay as they are."""
    from matplotlib.figure import Figure

    from .report import waterfall

    fig = Figure(figsize=(11, 9))
    ax, dx, bx = fig.subplots(3, 1, gridspec_kw={"height_ratios": [3, 1.3, 2.2]})
    x = pd.to_datetime(eq["time"].to_numpy(), utc=True).tz_convert(zone).tz_localize(None)
    ax.step(x, eq["equity"], where="post", color="tab:blue")
    ax.axhline(eq["equity"].iloc[0], color="0.5", lw=0.8, ls=":", label="starting capital")
    sim = "SIMULATED DATA - " if summary["simulated_data"] else ""
    ax.set_title(f"{sim}Equity from the starting capital across {summary['events_run']} events (net of all costs, "
                 f"marked to market on prices known at each moment), exchange time", fontsize=10, color="darkred" if sim else "black")
    ax.set_ylabel("equity")
    ax.legend(fontsize=7, loc="upper left")
    ax.grid(alpha=0.3)
    dx.fill_between(x, -eq["drawdown"], step="post", color="tab:red", alpha=0.4)
    st = summary["stats"]
    dx.set_title(f"Drawdown below the running peak: max {st['max_drawdown']:,.2f} "
                 f"({st['max_drawdown_pct_of_start']:.3f}% of starting capital)", fontsize=9)
    dx.set_ylabel("drawdown")
    dx.grid(alpha=0.3)
    waterfall(bx, summary["attribution"], f"Where the money went (summed over {summary['trades']} trades)")
    fig.tight_layout()
    fig.savefig(path, dpi=110, metadata=png_metadata(summary["simulated_data"]))
