"""Outputs of a run: ``trades.csv``, ``summary.json``, ``report.png`` and the console summary.

All times are ISO-8601 in exchange time with their UTC offset. Files are written into a
temporary folder next to the destination and moved into place only when all are complete,
so a failed run never leaves half-written results. Anything that used a simulated tape says
SIMULATED in every output.
"""
from __future__ import annotations

import json
import math
from dataclasses import asdict
from pathlib import Path
from typing import Callable

import pandas as pd

from .domain import SOURCE_CLASSES, Action
from .engine import RunResult
from .latency import describe
from .outdir import csv_safe, png_metadata, with_plain_text  # noqa: F401  (with_plain_text: re-exported)
from .provenance import file_record, portable, software, tape_record
from .stats import excursions, format_stats
from .timefmt import iso  # noqa: F401  (iso: re-exported for callers of report)
from .trades import closed, open_at_end, round_or_none

MONEY = ("gross_pnl", "fees", "net_pnl", "move_captured", "spread_cost", "slippage_cost", "impact_cost",
         "latency_cost", "zero_latency_move", "commission", "sec_fee", "taf", "cat_fee")
TRADE_COLUMNS = ("trip", "status", "ticker", "side", "qty", "entry_time", "entry_price", "exit_time", "exit_price", "exit_reason",
                 "gross_pnl", "fees", "net_pnl", "move_captured", "spread_cost", "slippage_cost", "impact_cost",
                 "latency_cost", "zero_latency_move", "commission", "sec_fee", "taf", "cat_fee", "entry_fills", "exit_fills",
                 "rumor_id", "rumor_published", "rumor_received", "entry_sent", "entry_arrived", "exit_trigger_id",
                 "exit_trigger_time", "exit_sent", "exit_arrived", "marked_at_end", "mae", "mfe", "mae_bps", "mfe_bps",
                 "simulated_data")  # trades.csv
TIMES = ("entry_time", "exit_time", "rumor_published", "rumor_received", "entry_sent", "entry_arrived",
         "exit_trigger_time", "exit_sent", "exit_arrived")


def money(x: float) -> float | None:
    # "+ 0.0" turns -0.0 into 0.0 so a zero cost never prints as "-0.00"
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else round(float(x), 2) + 0.0


def price_text(p: float | None) -> str:
    """A price for people with enough significant digits for any price (0.00054, 238.2849)."""
    if p is None:
        return ""
    return f"{p:.4f}" if abs(p) >= 1 else f"{p:.6g}"


def human_duration(ns: int) -> str:
    """For people: ``1678788219`` -> ``1.679s``; ``291774166`` -> ``291.8ms``."""
    if ns >= 10**9:
        return f"{ns / 1e9:.3f}s"
    if ns >= 10**6:
        return f"{ns / 1e6:.1f}ms"
    return f"{ns / 1e3:.1f}us"


def trades_frame(res: RunResult) -> pd.DataFrame:
    rows = []
    for t, e in zip(res.trades, excursions(res.trades, {res.ticker: res.tape})):
        d = asdict(t)
        d.update(mae=money(e.mae), mfe=money(e.mfe), mae_bps=round_or_none(e.mae_bps, 2), mfe_bps=round_or_none(e.mfe_bps, 2))
        for k in TIMES:
            d[k] = iso(d[k], res.zone)
        for k in MONEY:
            d[k] = money(d[k])
        # prices at full precision: a $0.00054 fill must not read as 0.0005
        d["status"] = t.status
        d["simulated_data"] = res.simulated
        rows.append(d)
    return pd.DataFrame(rows, columns=list(TRADE_COLUMNS))


def stats_dict(stats, zone: str) -> dict:
    """TradeStats for summary.json: times as exchange-time text (``zone``: the exchange's IANA zone)."""
    d = stats.to_dict()
    for k in ("max_drawdown_peak_time", "max_drawdown_trough_time", "max_drawdown_recovery_time"):
        d[k] = iso(d[k], zone) if d[k] is not None else None
    d["basis"] = ("closed trades only (exits unfilled by the tape's end are in open_at_end_*); Sharpe/Sortino per trade "
                  "not annualised, per day annualised with sqrt(252); drawdown from the starting capital on equity "
                  + ("marked to market on prices known at each moment (fees from the entry)" if stats.drawdown_basis == "marked to market"
                     else "realised at each exit (a trade's tape was not given)"))
    return d


def _total(trades, k: str) -> float:
    """Sum of one money field; NaN (a zero-latency counterfactual that could not fill) is left out."""
    return money(sum(v for v in (getattr(t, k) for t in trades) if not math.isnan(v))) if trades else 0.0


def summary_dict(res: RunResult) -> dict:
    # every total counts closed trades only; trades still open at the tape's end are valued at
    # a mark and reported apart ("open_at_end")
    tr = closed(res.trades)
    marked = open_at_end(res.trades)
    tot = lambda k: _total(tr, k)
    stats = res.stats
    cfg = res.cfg.to_dict()
    cfg["data"]["headlines"] = portable(cfg["data"]["headlines"])
    cfg["data"]["prices"] = portable(cfg["data"]["prices"])
    lat = res.cfg.latency
    readings = {ev.key: ev.reading.evidence() for ev in res.received}
    events = []
    for ev in res.received:
        h, r = ev.headline, ev.reading
        events.append({
            "id": h.id, "published_at": iso(h.t_pub, res.zone), "time_precision": h.time_precision or "as given",
            "received_at": iso(ev.t_recv, res.zone),
            "feed_latency": human_duration(ev.feed_ns), "source": h.source, "source_class": r.source_class,
            "headline": h.headline, "kind": r.kind, "ticker": r.ticker, "unverified": r.unverified,
            "cue": r.cue, "score": r.score, "certainty": r.certainty, "entity": r.entity, "role": r.role,
            "action": r.action, "stance": r.stance, "speaker": r.speaker, "link": r.link, "not_tradable": r.not_tradable,
            "trades": [t.trip for t in tr if t.rumor_id == h.id],
            "net_pnl": money(sum(t.net_pnl for t in tr if t.rumor_id == h.id)) if any(t.rumor_id == h.id for t in tr) else None,
            "open_at_end": [t.trip for t in marked if t.rumor_id == h.id],
        })
    return {
        "simulated_data": res.simulated,
        "data_warning": "SIMULATED price tape: figures illustrate the method, not a real outcome" if res.simulated else "",
        "ticker": res.ticker,
        "inputs": {
            "headlines": file_record(res.cfg.data.headlines, rows=len(res.received)),
            "prices": tape_record(res.tape, res.zone),
        },
        "software": software(res.engine),
        "trades": len(tr),
        "open_at_end": {"trades": len(marked), "gross_pnl": _total(marked, "gross_pnl"), "fees": _total(marked, "fees"),
                        "net_pnl": _total(marked, "net_pnl"),
                        "note": "not closed by the tape's end: valued at the last tradable bar's bid (long) or ask "
                                "(short) with exit costs; not in any total above or below"},
        "gross_pnl": tot("gross_pnl"), "fees": tot("fees"), "net_pnl": tot("net_pnl"),
        "attribution": {
            "zero_latency_move": tot("zero_latency_move"), "latency_cost": tot("latency_cost"),
            "move_captured": tot("move_captured"), "spread_cost": tot("spread_cost"),
            "slippage_cost": tot("slippage_cost"), "impact_cost": tot("impact_cost"), "fees": tot("fees"),
            "net_pnl": tot("net_pnl"),
        },
        "hit_rate": round_or_none(stats.hit_rate, 4),
        "mean_net_bps": round_or_none(stats.net_bps_of_notional, 2),
        "stats": stats_dict(stats, res.zone),
        "per_trade": [{"trip": t.trip, "status": t.status, "rumor_id": t.rumor_id, "side": t.side, "qty": t.qty,
                       "entry_time": iso(t.entry_time, res.zone), "exit_time": iso(t.exit_time, res.zone), "exit_reason": t.exit_reason,
                       "net_pnl": money(t.net_pnl), "net_bps": round(t.net_pnl / t.notional * 1e4, 2),
                       "mae": money(e.mae), "mfe": money(e.mfe), "mae_bps": round_or_none(e.mae_bps, 2),
                       "mfe_bps": round_or_none(e.mfe_bps, 2)}
                      for t, e in zip(res.trades, excursions(res.trades, {res.ticker: res.tape}))],
        "events": events,
        # each headline decision carries the reading's evidence (entity, role, action, stance, speaker, link)
        "decisions": [{"time": iso(t, res.zone), "event": e, "action": a, "detail": d,
                       **({"reading": readings[e]} if e in readings else {})} for t, e, a, d in res.decisions],
        "latency_models": {
            "feed": {f: describe(getattr(lat.feed, f)) for f in SOURCE_CLASSES},
            "decision": describe(lat.decision), "order": describe(lat.order),
        },
        "fee_rates": res.fee_note,
        "impact_inputs": (f"configured: sigma {res.cfg.costs.sigma_daily:g}/day, ADV {res.cfg.costs.adv_shares:,.0f} sh"
                          if res.impact.configured else res.impact_notes or "estimated per order from the bars known at its "
                          "decision (no order was sent)"),
        "warnings": res.warnings,
        "config": cfg,
    }


def console_summary(res: RunResult, out_dir: str | None = None, summary: dict | None = None) -> str:
    s = summary or summary_dict(res)
    lines = []
    if res.simulated:
        lines.append("*** SIMULATED price tape: an illustration of the method, not a real outcome ***")
    lines.append(f"{res.ticker}: {s['inputs']['prices']['bars']} bars of {s['inputs']['prices']['bar_seconds']:g}s "
                 f"from {s['inputs']['prices']['first_bar']} ({'bid/ask quotes' if res.tape.has_quotes else 'no quotes: spread model'})")
    lines.append("")
    lines.append("Headlines, as read:")
    several_days = len({e["published_at"][:10] for e in s["events"]}) > 1  # then each time says its day
    for e in s["events"]:
        flag = " unverified" if e["unverified"] else ""
        prec = "" if e["time_precision"] in ("as given", "exact", "exact_minute") else f" ({e['time_precision']})"
        when = f"{e['published_at'][:10]} {e['published_at'][11:19]}" if several_days else e["published_at"][11:19]
        text = e["headline"] if len(e["headline"]) <= 70 else e["headline"][:69] + "…"
        lines.append(f"  {when}{prec} {e['kind']:<13} {e['ticker'] or '-':<5}{flag:<11} [{e['source_class']}] {text}")
        lines.append(f"  {'':8} received {e['received_at'][11:23]} (feed {e['feed_latency']}), cue {e['cue']}")
    lines.append("")
    if not res.trades:
        # why, on the console too (the decision log has it): "No trade." alone reads like a verdict
        whys = [f"  {d['event']}: {d['action']}, {d['detail']}" for d in s["decisions"]
                if d["action"] in (Action.SKIP, Action.UNSEEN, Action.UNFILLED)]
        lines.append("No trade." + (" Why:" if whys else ""))
        lines += whys[:5] + ([f"  ... and {len(whys) - 5} more in summary.json (decisions)"] if len(whys) > 5 else [])
    for t in res.trades:
        lines.append(f"Trade {t.trip}: {t.side} {t.qty} {t.ticker}" +
                     ("  ** OPEN at the tape's end: valued at a mark, not in the totals **" if t.marked_at_end else ""))
        lines.append(f"  rumour published {iso(t.rumor_published, res.zone)[11:23]}, received {iso(t.rumor_received, res.zone)[11:23]}, "
                     f"order sent {iso(t.entry_sent, res.zone)[11:23]}, at exchange {iso(t.entry_arrived, res.zone)[11:23]}")
        lines.append(f"  entry {iso(t.entry_time, res.zone)[11:23]} at {price_text(t.entry_price)} ({t.entry_fills} fill(s))")
        lines.append(f"  {'mark' if t.marked_at_end else 'exit'}  {iso(t.exit_time, res.zone)[11:23]} at {price_text(t.exit_price)} "
                     f"({t.exit_fills} fill(s)), reason: {t.exit_reason}")
        lines.append("  where the money went:")
        for label, v in (("move at zero latency", t.zero_latency_move), ("latency", -t.latency_cost),
                         ("move captured", t.move_captured), ("spread", -t.spread_cost), ("slippage", -t.slippage_cost),
                         ("impact", -t.impact_cost), ("gross P&L", t.gross_pnl), ("fees", -t.fees), ("net P&L", t.net_pnl)):
            lines.append(f"    {label:<22}{money(v):>12,.2f}")
    lines.append("")
    lines.append(f"Total: {s['trades']} closed trade(s), gross {s['gross_pnl']:,.2f}, fees {s['fees']:,.2f}, net {s['net_pnl']:,.2f}")
    o = s["open_at_end"]
    if o["trades"]:
        lines.append(f"Open at the tape's end (apart, not in the total): {o['trades']} trade(s), marked net {o['net_pnl']:,.2f}")
    if res.trades:
        lines.extend(format_stats(res.stats, lambda t: iso(t, res.zone)))
    for n in res.impact_notes:  # where each order's impact inputs came from (known at its decision)
        if n not in res.warnings:
            lines.append(f"note: impact inputs, {n}")
    for w in res.warnings:
        lines.append(f"{'note' if w in res.tape.notes else 'warning'}: {w}")
    if out_dir:
        lines.append(f"Wrote {out_dir}/trades.csv, summary.json, report.png, report.html")
    return "\n".join(lines)


def report_figure(res: RunResult, summary: dict | None = None):
    """The report as a matplotlib ``Figure``: the price around the event (exchange time) with
    headlines, receipts, entries and exits marked, and the cost waterfall. Built with the
    object API, so matplotlib's backend and pyplot's state are left alone (Jupyter keeps
    showing inline plots)."""
    return report_figure_with_hover(res, summary)[0]


def report_figure_with_hover(res: RunResult, summary: dict | None = None) -> tuple:
    """:func:`report_figure` and the hover text of its marks (``{artist gid: text}``, for the
    SVG in report.html)."""
    from matplotlib.figure import Figure

    from .panels import price_panel, run_marks

    fig = Figure(figsize=(11, 8))
    ax, bx = fig.subplots(2, 1, gridspec_kw={"height_ratios": [3, 2]})
    title = f"{res.ticker}: price around the event (dashed: published, dotted: received), exchange time"
    hover = price_panel(ax, res.tape, run_marks(res), res.trades, res.zone, title, res.simulated)
    n_open = len(open_at_end(res.trades))
    waterfall(bx, (summary or summary_dict(res))["attribution"], "Where the money went (closed trades)" +
              (f"; {n_open} trade(s) open at the tape's end left out" if n_open else ""))
    # fixed margins, wide enough for price and money tick labels: tight_layout would draw the
    # whole figure once more only to measure it (a third of the report's time)
    fig.subplots_adjust(left=0.075, right=0.985, top=0.955, bottom=0.07, hspace=0.28)
    return fig, hover


def waterfall(bx, s: dict, title: str) -> None:
    """The cost waterfall: zero-latency move, then each cost, down to net P&L."""
    steps = [("zero-latency\nmove", s["zero_latency_move"]), ("latency", -s["latency_cost"]), ("spread", -s["spread_cost"]),
             ("slippage", -s["slippage_cost"]), ("impact", -s["impact_cost"]), ("fees", -s["fees"])]
    running, bottoms, heights = 0.0, [], []
    for _, v in steps:
        bottoms.append(running if v >= 0 else running + v)
        heights.append(abs(v))
        running += v
    labels = [k for k, _ in steps] + ["net P&L"]
    bx.bar(labels[:-1], heights, bottom=bottoms, color=["tab:blue"] + ["tab:red"] * (len(steps) - 1))
    bx.bar(labels[-1], abs(running), bottom=min(0.0, running), color="tab:green" if running >= 0 else "tab:red")
    for i, (lab, v) in enumerate(steps + [("net", running)]):
        bx.annotate(f"{round(v, 2) + 0.0:,.2f}", (i, max(bottoms[i] + heights[i] if i < len(steps) else max(running, 0), 0)),
                    ha="center", va="bottom", fontsize=8)
    bx.axhline(0, color="black", lw=0.8)
    bx.set_title(title, fontsize=10)
    bx.grid(axis="y", alpha=0.3)


def plot_report(res: RunResult, path: str | Path, summary: dict | None = None) -> tuple:
    """``report.png``: :func:`report_figure` saved (no pyplot involved); returns the figure and
    its hover text, so report.html shows the same figure without drawing it anew."""
    fig, hover = report_figure_with_hover(res, summary)
    fig.savefig(path, dpi=110, metadata=png_metadata(res.simulated))
    return fig, hover


def write_outputs(res: RunResult, out_dir: str | Path, summary: dict | None = None, force: bool = False) -> Path:
    """Write the three files into ``out_dir`` (all or nothing; see :mod:`rumorbt.outdir`)."""
    summary = summary or summary_dict(res)

    def write(tmp: Path) -> None:
        csv_safe(trades_frame(res)).to_csv(tmp / "trades.csv", index=False, lineterminator="\n")
        (tmp / "summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        figure = plot_report(res, tmp / "report.png", summary)
        from .html_report import run_html

        run_html(res, summary, tmp / "report.html", figure)

    return write_folder_atomically(out_dir, write, force, RUN_FILES)


RUN_FILES = ("trades.csv", "summary.json", "report.png", "report.html")  # what write_outputs writes


def write_folder_atomically(out_dir: str | Path, write: Callable[[Path], None], force: bool = False,
                            expected: tuple[str, ...] = ()) -> Path:
    """Let ``write`` fill a staging folder, then move its files into ``out_dir``: only files an
    earlier run wrote there are replaced; a folder holding anything else is refused unless
    ``force`` (and even then its files are left untouched). On failure nothing changes.
    ``expected``: the names ``write`` will write, checked before it runs."""
    from .outdir import write_folder

    return write_folder(out_dir, lambda tmp: with_plain_text(write, tmp), force, expected)
