"""Event study over a portfolio run: returns aligned at each rumour's publication and at its
denial, raw and abnormal against a market proxy, averaged across events with a 95 % band.

Alignment. Each event gives an anchor ``t0`` (the rumour's publication, or its first denial's)
and a grid ``t_j = t0 + j * step`` for ``j`` from ``-pre`` to ``+post`` (``step``: the tapes'
bar length). The price at ``t`` is the close of the last bar that **ended** by ``t`` (known
then), and only if that bar ended within one step of ``t`` (a gap, a halt or the night give
no price: that point is missing for that event, never carried over).

- raw: ``R(j) = P(t_j) / P(t_0) - 1`` (0 at the anchor; before it, where the price came from).
- abnormal, with a market tape: step returns ``r(j) = P(t_j) / P(t_{j-1}) - 1`` of the stock and
  the market; ``AR(j) = r(j) - r_m(j)`` (market-adjusted) or ``r(j) - (alpha + beta r_m(j))``
  (market model, alpha and beta by least squares over ``estimation`` steps ending where the
  window starts; an event with fewer than ``min_estimation`` paired returns there, or a flat
  market, falls back to market-adjusted and is counted in the notes). Cumulated from the
  anchor: ``CAR(k) = sum_{0<j<=k} AR(j)``, and ``-sum_{k<j<=0} AR(j)`` before it.

Across events, at each offset: the number of events with a value, their mean, and the 95 %
confidence band of the mean, ``mean +/- t(0.975, n-1) * sd / sqrt(n)``.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import numpy as np
import pandas as pd

from .outdir import png_metadata

MODELS = ("market-model", "market-adjusted")
ANCHORS = ("publication", "denial")

# Student t 0.975 quantiles for 1..30 degrees of freedom (standard tables); beyond, the
# Cornish-Fisher expansion in 1/df is accurate to better than 1e-4.
_T975 = (12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281, 2.2010, 2.1788, 2.1604,
         2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860, 2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555,
         2.0518, 2.0484, 2.0452, 2.0423)


def t975(df: int) -> float:
    """0.975 quantile of Student's t with ``df`` degrees of freedom."""
    if df < 1:
        return float("nan")
    if df <= len(_T975):
        return _T975[df - 1]
    z = 1.959963984540054
    return (z + (z**3 + z) / (4 * df) + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * df**2)
            + (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / (384 * df**3))


@dataclass(frozen=True)
class EventAnchor:
    event_id: str
    ticker: str
    t0: int  # ns UTC


@dataclass
class EventStudy:
    table: pd.DataFrame  # anchor, offset_s, n_events, mean/lo/hi for raw (and abnormal)
    paths: dict[str, pd.DataFrame]  # anchor -> per-event raw paths (rows: events, columns: offset_s)
    model: str | None
    notes: list[str] = field(default_factory=list)
    fits: pd.DataFrame = field(default_factory=pd.DataFrame)  # anchor, event_id, alpha, beta, estimation_returns, fallback
    abnormal: dict[str, pd.DataFrame] = field(default_factory=dict)  # anchor -> per-event cumulated abnormal paths


def prices_at(tape, times: np.ndarray, step_ns: int) -> np.ndarray:
    """Close of the last bar ended by each time, NaN when none ended within ``step_ns``."""
    t_end = tape.t_open + tape.bar_ns
    i = np.searchsorted(t_end, times, side="right") - 1
    ok = i >= 0
    out = np.full(len(times), np.nan)
    j = i[ok]
    fresh = times[ok] - t_end[j] < step_ns
    vals = np.where(fresh, tape.close[j], np.nan)
    out[ok] = vals
    return out


def _cumulate(ar: np.ndarray, zero: int) -> np.ndarray:
    """CAR around index ``zero``: sums from the anchor forward, minus sums backward."""
    car = np.full(len(ar), np.nan)
    car[zero] = 0.0
    fwd = np.cumsum(ar[zero + 1:])
    car[zero + 1:] = fwd
    back = np.cumsum(ar[1:zero + 1][::-1])[::-1]  # ar[k+1..zero] summed, for k = 0..zero-1
    car[:zero] = -back
    return car


def _band(values: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per column: count, mean, lower and upper 95 % bound of the mean (NaN-aware)."""
    n = np.sum(~np.isnan(values), axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(n > 0, np.nansum(values, axis=0) / np.maximum(n, 1), np.nan)
        dev = np.where(np.isnan(values), 0.0, values - mean) ** 2
        sd = np.sqrt(np.where(n > 1, dev.sum(axis=0) / np.maximum(n - 1, 1), np.nan))
        half = np.array([t975(int(k) - 1) for k in n]) * sd / np.sqrt(np.maximum(n, 1))
    return n, mean, mean - half, mean + half


def study(anchors: dict[str, Sequence[EventAnchor]], tapes: dict, market=None, model: str = "market-model",
          pre_s: float = 1800, post_s: float = 7200, step_s: float | None = None,
          estimation_steps: int = 120, min_estimation: int = 20) -> EventStudy:
    """The event study for each anchor kind (``{"publication": [...], "denial": [...]}``)."""
    if model not in MODELS:
        raise ValueError(f"model must be one of {MODELS}")
    step = int(round(step_s * 1e9)) if step_s else max(int(t.bar_ns) for t in tapes.values())
    pre, post = int(round(pre_s * 1e9 / step)), int(round(post_s * 1e9 / step))
    offsets = np.arange(-pre, post + 1, dtype=np.int64)
    est = np.arange(-pre - estimation_steps, -pre + 1, dtype=np.int64)  # prices for estimation_steps returns
    frames, paths, notes, fits, abnormal = [], {}, [], [], {}
    for kind, evs in anchors.items():
        raw_rows, ab_rows, ids, fallback = [], [], [], 0
        for ev in evs:
            tape = tapes.get(ev.ticker)
            if tape is None:
                continue
            times = ev.t0 + offsets * step
            p = prices_at(tape, times, step)
            p0 = p[pre]
            if not np.isfinite(p0):
                continue  # no price known at the anchor: the event cannot be aligned
            ids.append(ev.event_id)
            raw_rows.append(p / p0 - 1.0)
            if market is None:
                continue
            m = prices_at(market, times, step)
            r = np.concatenate([[np.nan], p[1:] / p[:-1] - 1.0])
            rm = np.concatenate([[np.nan], m[1:] / m[:-1] - 1.0])
            alpha, beta = 0.0, 1.0
            if model == "market-model":
                te = ev.t0 + est * step
                pe, me = prices_at(tape, te, step), prices_at(market, te, step)
                ri, rmi = pe[1:] / pe[:-1] - 1.0, me[1:] / me[:-1] - 1.0
                ok = np.isfinite(ri) & np.isfinite(rmi)
                if ok.sum() >= min_estimation and np.var(rmi[ok]) > 0:
                    beta = float(np.cov(ri[ok], rmi[ok], ddof=1)[0, 1] / np.var(rmi[ok], ddof=1))
                    alpha = float(ri[ok].mean() - beta * rmi[ok].mean())
                    fits.append((kind, ev.event_id, alpha, beta, int(ok.sum()), False))
                else:
                    fallback += 1
                    fits.append((kind, ev.event_id, alpha, beta, int(ok.sum()), True))
            ab_rows.append(_cumulate(r - (alpha + beta * rm), pre))
        secs = offsets * step / 1e9
        raw = np.array(raw_rows).reshape(len(raw_rows), len(offsets))
        paths[kind] = pd.DataFrame(raw, index=ids, columns=secs)
        n, mean, lo, hi = _band(raw)
        f = pd.DataFrame({"anchor": kind, "offset_s": secs, "n_events": n, "mean_raw": mean, "lo_raw": lo, "hi_raw": hi})
        if market is not None:
            ab = np.array(ab_rows).reshape(len(ab_rows), len(offsets))
            abnormal[kind] = pd.DataFrame(ab, index=ids, columns=secs)
            n2, mean2, lo2, hi2 = _band(ab)
            f["n_events_abnormal"], f["mean_abnormal"], f["lo_abnormal"], f["hi_abnormal"] = n2, mean2, lo2, hi2
            if fallback:
                notes.append(f"{kind}: {fallback} event(s) had fewer than {min_estimation} paired returns in the estimation "
                             f"window (or a flat market): market-adjusted returns used for them")
        dropped = len(evs) - len(ids)
        if dropped:
            notes.append(f"{kind}: {dropped} event(s) without a price at the anchor (or without a tape) left out")
        frames.append(f)
    fit_table = pd.DataFrame(fits, columns=["anchor", "event_id", "alpha", "beta", "estimation_returns", "fallback"])
    return EventStudy(pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(), paths,
                      model if market is not None else None, notes, fit_table, abnormal)


def portfolio_anchors(results) -> dict[str, list[EventAnchor]]:
    """Anchors of a portfolio run's events that ran: publications, and denials where there is one."""
    ran = [r for r in results if r.status == "run"]
    return {"publication": [EventAnchor(r.event_id, r.ticker, r.t_pub) for r in ran],
            "denial": [EventAnchor(r.event_id, r.ticker, r.t_denial) for r in ran if r.t_denial is not None]}


def write_table(es: EventStudy, path: Path, simulated: bool) -> None:
    t = es.table.copy()
    for c in t.columns:
        if c.startswith(("mean_", "lo_", "hi_")):
            t[c] = t[c].round(8)
    t["model"] = es.model or ""
    t["simulated_data"] = simulated
    from .outdir import csv_safe

    csv_safe(t).to_csv(path, index=False, lineterminator="\n")


def plot(es: EventStudy, path: Path, simulated: bool) -> None:
    from matplotlib.figure import Figure  # object API: pyplot's state and the backend stay as they are

    kinds = [k for k in ANCHORS if k in set(es.table["anchor"])]
    fig = Figure(figsize=(10, 4.2 * len(kinds)))
    axes = fig.subplots(len(kinds), 1, squeeze=False)
    for ax, kind in zip(axes[:, 0], kinds):
        t = es.table[es.table["anchor"] == kind]
        x = t["offset_s"] / 60
        ax.plot(x, t["mean_raw"] * 1e4, color="tab:blue", lw=1.8, label="raw return (mean)")
        ax.fill_between(x, t["lo_raw"] * 1e4, t["hi_raw"] * 1e4, color="tab:blue", alpha=0.2, label="95% band of the mean")
        if "mean_abnormal" in t:
            ax.plot(x, t["mean_abnormal"] * 1e4, color="tab:orange", lw=1.5, label=f"abnormal ({es.model}, cumulated)")
            ax.fill_between(x, t["lo_abnormal"] * 1e4, t["hi_abnormal"] * 1e4, color="tab:orange", alpha=0.15)
        ax.axvline(0, color="black", lw=0.8)
        ax.axhline(0, color="0.5", lw=0.6)
        ax.set_xlabel(f"minutes from the {'rumour' if kind == 'publication' else 'denial'}'s publication")
        ax.set_ylabel("return since the anchor (bps)")
        ax.grid(alpha=0.3)
        nx = ax.twinx()
        nx.step(x, t["n_events"], where="mid", color="0.4", lw=0.8, ls=":", label="events behind each point")
        nx.set_ylabel("events behind each point", color="0.4")
        nx.set_ylim(0, max(1, int(t["n_events"].max())) * 1.15)
        h1, l1 = ax.get_legend_handles_labels()
        h2, l2 = nx.get_legend_handles_labels()
        ax.legend(h1 + h2, l1 + l2, fontsize=7, loc="upper left")
        ax.set_title(("SIMULATED DATA - " if simulated else "") +
                     f"Event study at the {kind} ({int(t['n_events'].max())} events at most; a point averages only "
                     "events with a price there)", fontsize=9, color="darkred" if simulated else "black")
    fig.tight_layout()
    fig.savefig(path, dpi=110, metadata=png_metadata(simulated))


def summary(es: EventStudy, at_s: Sequence[float] = (60, 300, 1800)) -> dict:
    """Figures for summary.json and the console: mean raw (and abnormal) return at a few offsets."""
    out: dict = {"model": es.model, "notes": es.notes, "points": []}
    for kind in ANCHORS:
        t = es.table[es.table["anchor"] == kind] if len(es.table) else es.table
        for s in at_s:
            row = t[np.isclose(t["offset_s"], s)] if len(t) else t
            if not len(row):
                continue
            r = row.iloc[0]
            d = {"anchor": kind, "offset_s": float(s), "n_events": int(r["n_events"]),
                 "mean_raw_bps": _bps(r["mean_raw"]), "band_raw_bps": [_bps(r["lo_raw"]), _bps(r["hi_raw"])]}
            if "mean_abnormal" in row:
                d.update(mean_abnormal_bps=_bps(r["mean_abnormal"]), band_abnormal_bps=[_bps(r["lo_abnormal"]), _bps(r["hi_abnormal"])])
            out["points"].append(d)
    return out


def _bps(x: float) -> float | None:
    return None if x is None or not math.isfinite(x) else round(float(x) * 1e4, 2)


def console_lines(s: dict) -> list[str]:
    lines = [f"Event study ({'raw' + (', abnormal: ' + s['model'] if s['model'] else '')}), mean return since the anchor:"]
    for p in s["points"]:
        ab = (f"; abnormal {p['mean_abnormal_bps']} bps [{p['band_abnormal_bps'][0]}, {p['band_abnormal_bps'][1]}]"
              if "mean_abnormal_bps" in p else "")
        lines.append(f"  {p['anchor']:<11} +{p['offset_s'] / 60:g} min: raw {p['mean_raw_bps']} bps "
                     f"[{p['band_raw_bps'][0]}, {p['band_raw_bps'][1]}] over {p['n_events']} events{ab}")
    lines.extend(f"  note: {n}" for n in s["notes"])
    return lines
