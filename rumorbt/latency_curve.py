"""How fast must you be? Net P&L against latency over a population of events.

For each strategy direction (never mixed) and each latency ``L``, every event is run (fast
path) with a constant total latency ``L`` from publication to the exchange — all of it in the
feed (the strategy learns of a headline ``L`` after its publication and acts at once; decision
and order 0) — for the entry and for the exit alike. ``follow`` thus judges the move over
``L``, as it would in practice. An event that does not trade at ``L`` is
**no trade** (left out of the mean, counted in ``trading_events``), never a zero profit.

The curve is the mean net P&L per trading event; its 95 % band and the break-even latency's
95 % interval come from a bootstrap over events (``n_boot`` resamples of the events with
replacement, seeded: the same inputs give the same band). Break-even is the smallest latency at
which the mean reaches 0, interpolated between grid points (as in a sweep's report).

Latencies shorter than the tapes' bar length are marked ``below_bar``: an order waits for the
next bar's open, so there the curve moves only when a latency pushes an arrival across a bar
boundary — it is resolved to the bar, not to the latency (cut tick data into shorter bars with
``bars`` for sub-bar questions).
"""
from __future__ import annotations

import warnings

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

import numpy as np

from .config import RunConfig, format_duration_ns
from .outdir import png_metadata

if TYPE_CHECKING:  # imported where used: a sweep's report reads its curve without pandas (0.2 s)
    import pandas as pd

FEED_CLASSES = ("filing", "company", "newswire", "major_outlet", "social", "blog")
DEFAULT_LATENCIES = "0ms,100ms,500ms,1s,2s,5s,10s,30s,1min,2min,5min,10min"


def _points(curve) -> tuple[np.ndarray, np.ndarray]:
    """A curve's points that trade, by ascending latency: ``curve`` is a Series (index: latency
    in ms; NaN: no trade) or a pair of arrays (latencies in ms, values)."""
    if isinstance(curve, tuple):
        x, y = np.asarray(curve[0], dtype=float), np.asarray(curve[1], dtype=float)
    else:
        x, y = curve.index.to_numpy(float), curve.to_numpy(float)
    keep = ~np.isnan(y)
    x, y = x[keep], y[keep]
    order = np.argsort(x, kind="stable")
    return x[order], y[order]


def break_even(curve) -> tuple[float | None, str]:
    """(latency in ms, verdict) of a net-P&L curve (a Series indexed by latency in ms, or a pair
    (latencies in ms, values); NaN: no trade).

    Verdicts: ``crosses`` (the smallest latency at which it reaches 0, interpolated between
    points that trade), ``no_trade``, ``never_profitable`` (already <= 0 at the fastest latency
    that trades: there is no break-even to be faster than), ``always_profitable`` (> 0 over the
    whole grid)."""
    x, y = _points(curve)
    if len(y) == 0:
        return None, "no_trade"
    if y[0] <= 0:
        return None, "never_profitable"
    for i in range(1, len(y)):
        if y[i] <= 0:
            return float(x[i - 1] + (x[i] - x[i - 1]) * y[i - 1] / (y[i - 1] - y[i])), "crosses"
    return None, "always_profitable"


def break_even_ms(curve) -> float | None:
    """The break-even latency of :func:`break_even` (None when it does not cross)."""
    return break_even(curve)[0]


def zero_crossings(curve) -> list[float]:
    """Every latency (ms, ascending) at which a net-P&L curve changes sign between neighbouring
    points that trade, interpolated as :func:`break_even` does (whose crossing is the first here
    when it has one): a curve can turn positive again, or only after a while."""
    x, y = _points(curve)
    return [float(x[i - 1] + (x[i] - x[i - 1]) * y[i - 1] / (y[i - 1] - y[i]))
            for i in range(1, len(y)) if (y[i - 1] > 0) != (y[i] > 0)]


def crossings_text(crossings_ms: list[float], break_even_at_ms: float | None) -> str:
    """What the first crossing leaves unsaid: `` (the first zero crossing; again at 45.00 s)``,
    or where a curve with no break-even crosses zero; '' when there is nothing more."""
    others = [c for c in crossings_ms if break_even_at_ms is None or c != break_even_at_ms]
    if not others:
        return ""
    at = ", ".join(f"{c / 1000:.2f}" for c in others)
    return f" (the first zero crossing; it crosses again at {at} s)" if break_even_at_ms is not None else \
        f" (it crosses zero at {at} s)"


# One look per direction in every latency plot. Distinct dashes and markers, so a curve equal to
# another's (follow after an early move is long) still shows beneath it, and complementary dash
# offsets, so two break-even lines at the same latency show both colours.
DIRECTION_STYLE = {
    "long": {"color": "tab:blue", "ls": "-", "marker": "o", "ms": 3, "mfc": "tab:blue", "be_ls": (0, (6, 6))},
    "follow": {"color": "tab:orange", "ls": (0, (5, 3)), "marker": "s", "ms": 6, "mfc": "none", "be_ls": (6, (6, 6))},
    "short": {"color": "tab:purple", "ls": ":", "marker": "^", "ms": 5, "mfc": "none", "be_ls": (3, (2, 4))},
}


def direction_style(direction: str) -> dict:
    return DIRECTION_STYLE.get(direction, {"color": "tab:gray", "ls": "-.", "marker": "d", "ms": 4, "mfc": "none",
                                           "be_ls": (0, (1, 3))})


def curve_style(direction: str) -> dict:
    """Line keywords (colour, dashes, marker) of a direction's curve, for ``ax.plot``."""
    st = direction_style(direction)
    return {k: st[k] for k in ("color", "ls", "marker", "ms", "mfc")}


def draw_break_even(ax, x_s: float, direction: str, at_s: float, n_crossings: int) -> None:
    """A direction's break-even line at ``x_s`` on the plot's axis, labelled with ``at_s``
    (seconds) and, when the curve crosses zero more than once, as the first crossing."""
    st = direction_style(direction)
    first = " (first crossing)" if n_crossings > 1 else ""
    ax.axvline(x_s, color=st["color"], ls=st["be_ls"], lw=1.2, label=f"{direction}: break-even {at_s:.2f} s{first}")


VERDICT_TEXT = {
    "no_trade": "no trade at any latency in the grid",
    "never_profitable": "loses already at the fastest latency at which it trades: no break-even",
    "always_profitable": "not reached within the grid (still profitable at the slowest)",
}


def latency_overrides(latency_ns: int, direction: str) -> dict[str, str]:
    """Configuration keys for a constant publication-to-exchange latency (all in the feed leg)."""
    o = {f"latency.feed.{c}": format_duration_ns(latency_ns) if latency_ns else "0ms" for c in FEED_CLASSES}
    o.update({"latency.decision": "0ms", "latency.order": "0ms", "strategy.direction": direction})
    return o


@dataclass
class LatencyCurve:
    table: pd.DataFrame  # direction, latency_s, events, trading_events, mean_net_pnl, lo, hi, mean_net_bps, below_bar
    break_even: dict[str, dict]  # direction -> {latency_s, lo_s, hi_s, share_of_resamples_crossing}
    bar_seconds: float
    n_events: int
    notes: list[str] = field(default_factory=list)


def per_event_nets(events: Sequence[tuple[RunConfig, object]], base: RunConfig, latencies_ns: Sequence[int],
                   direction: str, progress: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """(net P&L, notional) per event (rows) and latency (columns) of closed trades; NaN: no trade."""
    from .fastpath import run_fast
    from .trades import closed

    nets = np.full((len(events), len(latencies_ns)), np.nan)
    notional = np.full_like(nets, np.nan)
    cfgs = [base.with_overrides(latency_overrides(int(L), direction)) for L in latencies_ns]
    rows = enumerate(events)
    if progress:
        import sys

        from tqdm import tqdm

        rows = tqdm(rows, total=len(events), desc=f"latency curve ({direction})", unit="event", file=sys.stderr, delay=3)
    for i, (ev_cfg, inputs) in rows:
        for j, c in enumerate(cfgs):
            trades = closed(run_fast(replace(c, data=ev_cfg.data), inputs))
            if trades:
                nets[i, j] = sum(t.net_pnl for t in trades)
                notional[i, j] = sum(t.qty * t.entry_price for t in trades)
    return nets, notional


def bootstrap(nets: np.ndarray, n_boot: int, seed: int) -> np.ndarray:
    """Mean over events (NaN-aware) of ``n_boot`` resamples of the rows: shape (n_boot, columns)."""
    n = len(nets)
    rng = np.random.Generator(np.random.PCG64(seed))
    out = np.empty((n_boot, nets.shape[1]))
    for a in range(0, n_boot, 64):
        idx = rng.integers(0, n, size=(min(64, n_boot - a), n))
        sample = nets[idx]  # (b, n, L)
        cnt = np.sum(~np.isnan(sample), axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            out[a:a + len(idx)] = np.where(cnt > 0, np.nansum(sample, axis=1) / np.maximum(cnt, 1), np.nan)
    return out


def direction_curve(direction: str, latencies_s: np.ndarray, nets: np.ndarray, notional: np.ndarray, n_events: int,
                    bar_s: float | None, n_boot: int, seed: int) -> tuple[pd.DataFrame, dict]:
    """One direction's rows of the curve and its break-even, from per-event nets (rows: events,
    columns: ``latencies_s`` ascending; NaN: no trade). The mean is over the events that trade;
    the band and the break-even interval come from ``n_boot`` resamples of the events."""
    import pandas as pd

    n_tr = np.sum(~np.isnan(nets), axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(n_tr > 0, np.nansum(nets, axis=0) / np.maximum(n_tr, 1), np.nan)
        bps = np.where(n_tr > 0, np.nansum(nets, axis=0) / np.nansum(notional, axis=0) * 1e4, np.nan)
    boots = bootstrap(nets, n_boot, seed) if len(nets) > 1 and n_boot > 0 else np.full((0, len(latencies_s)), np.nan)
    with np.errstate(invalid="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # a latency where no resample trades: NaN, said as no trade
        lo = np.nanpercentile(boots, 2.5, axis=0) if len(boots) else np.full(len(latencies_s), np.nan)
        hi = np.nanpercentile(boots, 97.5, axis=0) if len(boots) else np.full(len(latencies_s), np.nan)
    x_ms = np.asarray(latencies_s, dtype=float) * 1000
    frame = pd.DataFrame({"direction": direction, "latency_s": latencies_s, "events": n_events, "trading_events": n_tr,
                          "mean_net_pnl": mean, "lo_net_pnl": lo, "hi_net_pnl": hi, "mean_net_bps": bps,
                          "below_bar": np.asarray(latencies_s) < bar_s if bar_s else False})
    point, verdict = break_even(pd.Series(mean, index=x_ms))
    every = zero_crossings(pd.Series(mean, index=x_ms))
    crossings = [break_even_ms(pd.Series(b, index=x_ms)) for b in boots]
    got = [c for c in crossings if c is not None]
    return frame, {"latency_s": None if point is None else point / 1000,
                   "lo_s": float(np.percentile(got, 2.5)) / 1000 if got else None,
                   "hi_s": float(np.percentile(got, 97.5)) / 1000 if got else None,
                   "share_of_resamples_crossing": len(got) / len(crossings) if crossings else None,
                   "verdict": verdict, "crossings_s": [c / 1000 for c in every]}


def bar_note(bar_s: float) -> str:
    return (f"latencies below the tapes' bar length ({bar_s:g} s) are resolved only to the bar: an order waits for "
            "the next bar's open, so they differ only where an arrival crosses a bar boundary; for sub-bar "
            "questions cut tick data into shorter bars with `bars`")


def latency_curve(events: Sequence[tuple[RunConfig, object]], base: RunConfig, latencies_ns: Sequence[int],
                  directions: Sequence[str], n_boot: int = 1000, seed: int = 0, progress: bool = False) -> LatencyCurve:
    import pandas as pd

    lat = np.asarray(sorted(set(int(x) for x in latencies_ns)), dtype=np.int64)
    bar_s = max(float(inputs.tape.bar_ns) / 1e9 for _, inputs in events)
    frames, be, notes = [], {}, []
    for d in directions:
        nets, notional = per_event_nets(events, base, lat, d, progress)
        frame, be[d] = direction_curve(d, lat / 1e9, nets, notional, len(events), bar_s, n_boot, seed)
        frames.append(frame)
    if (lat / 1e9 < bar_s).any():
        notes.append(bar_note(bar_s))
    return LatencyCurve(pd.concat(frames, ignore_index=True), be, bar_s, len(events), notes)


def console_lines(lc: LatencyCurve, title: str = "") -> list[str]:
    lines = [title or f"How fast must you be? {lc.n_events} event(s), constant latency publication -> exchange for entry and exit:"]
    for d, b in lc.break_even.items():
        more = crossings_text([c * 1000 for c in b.get("crossings_s", [])],
                              None if b["latency_s"] is None else b["latency_s"] * 1000)
        if b["latency_s"] is None:
            lines.append(f"  {d}: break-even {VERDICT_TEXT[b['verdict']]}{more}")
        else:
            iv = (f", 95% interval {b['lo_s']:.2f}-{b['hi_s']:.2f} s ({b['share_of_resamples_crossing']:.0%} of resamples cross)"
                  if b["lo_s"] is not None else "")
            lines.append(f"  {d}: break-even at {b['latency_s']:.2f} s{iv}{more}")
        t = lc.table[lc.table["direction"] == d]
        for _, r in t.iterrows():
            mark = " (below the bar length)" if r["below_bar"] else ""
            band = (f" [{r['lo_net_pnl']:,.2f}, {r['hi_net_pnl']:,.2f}]" if np.isfinite(r["lo_net_pnl"])
                    else " (no band: one event, or no resample)")
            val = "no trade" if not np.isfinite(r["mean_net_pnl"]) else f"{r['mean_net_pnl']:,.2f} per trading event{band}"
            lines.append(f"    {latency_label(r['latency_s']):>7}: "
                         f"{val}, {int(r['trading_events'])}/{int(r['events'])} trade{mark}")
    lines.extend(f"note: {n}" for n in lc.notes)
    return lines


def latency_label(seconds: float) -> str:
    """A latency for a label: as a grid writes it (``500ms``, ``2min``) when that is short, else
    to three significant figures (an expected latency of 4.181380 s is ``4.18s``, not
    ``4181380us``; latency_curve.csv keeps the exact value)."""
    if not seconds:
        return "0ms"
    exact = format_duration_ns(int(round(seconds * 1e9)))
    if len(exact.rstrip("hminsu")) <= 4:
        return exact
    for unit, size in (("h", 3600.0), ("min", 60.0), ("s", 1.0), ("ms", 1e-3), ("us", 1e-6)):
        if seconds >= size or unit == "us":
            v = seconds / size
            return f"{v:.{max(0, 2 - int(np.floor(np.log10(v))))}f}{unit}"
    raise AssertionError("unreachable")


def log_seconds_axis(ax) -> None:
    """A log x-axis labelled 0.1, 1, 10 ... in plain text: the default labels are math text
    ($10^{1}$), which the reports turn off so that a ``$`` in a headline stays a dollar sign."""
    from matplotlib.ticker import FuncFormatter, NullFormatter

    ax.set_xscale("log")
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
    ax.xaxis.set_minor_formatter(NullFormatter())


X_LABEL = "latency, publication to exchange, entry and exit (log scale)"


def plot(lc: LatencyCurve, path: Path, simulated: bool, x_label: str = X_LABEL) -> None:
    from matplotlib.figure import Figure  # object API: pyplot's state and the backend stay as they are

    fig = Figure(figsize=(9.5, 5.2))
    ax = fig.subplots()
    t = lc.table
    pos = t["latency_s"][t["latency_s"] > 0]
    floor = float(pos.min()) / 3 if len(pos) else 0.01
    xs = lambda s: np.maximum(s.to_numpy(float), floor)  # 0 latency drawn at the left edge of the log axis
    for d, part in t.groupby("direction", sort=True):
        c = direction_style(d)["color"]
        ok = np.isfinite(part["mean_net_pnl"].to_numpy(float))
        x = xs(part["latency_s"])
        ax.plot(x[ok], part["mean_net_pnl"].to_numpy()[ok], **curve_style(d), label=f"{d}: mean per trading event")
        ax.fill_between(x[ok], part["lo_net_pnl"].to_numpy()[ok], part["hi_net_pnl"].to_numpy()[ok], color=c, alpha=0.15,
                        label=f"{d}: 95% bootstrap band")
        if (~ok).any():
            ax.scatter(x[~ok], np.full((~ok).sum(), 0.03), marker="x", color=c, transform=ax.get_xaxis_transform(),
                       label=f"{d}: no trade")
        b = lc.break_even[d]
        if b["latency_s"] is not None:
            draw_break_even(ax, max(b["latency_s"], floor), d, b["latency_s"], len(b.get("crossings_s", [])))
            if b["lo_s"] is not None:
                ax.axvspan(max(b["lo_s"], floor), max(b["hi_s"], floor), color=c, alpha=0.07)
    ax.axhline(0, color="black", lw=0.8)
    log_seconds_axis(ax)
    ax.set_xlim(floor / 1.5, max(float(t["latency_s"].max()), floor) * 1.5 if len(t) else 1)  # all at 0: still a range
    grid = sorted(set(t["latency_s"].astype(float)))  # ticks at the latencies computed, 0 where it is drawn
    ax.set_xticks([max(v, floor) for v in grid],
                  ["0" if v == 0 else latency_label(v) for v in grid], rotation=45 if len(grid) > 8 else 0)
    if (t["latency_s"] < lc.bar_seconds).any():
        ax.axvspan(floor / 1.5, lc.bar_seconds, color="0.88", zorder=0,
                   label=f"below the bar length ({lc.bar_seconds:g} s): resolved only to the bar")
    ax.set_xlabel(x_label)
    ax.set_ylabel("net P&L per trading event")
    ax.set_title(("SIMULATED DATA - " if simulated else "") + f"How fast must you be? {lc.n_events} event(s), one curve per direction",
                 fontsize=10, color="darkred" if simulated else "black")
    ax.legend(fontsize=7)
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=110, metadata=png_metadata(simulated))


def write_table(lc: LatencyCurve, path: Path, simulated: bool) -> None:
    t = lc.table.copy()
    for c in ("mean_net_pnl", "lo_net_pnl", "hi_net_pnl"):
        t[c] = t[c].round(2)
    t["mean_net_bps"] = t["mean_net_bps"].round(3)
    t["simulated_data"] = simulated
    from .outdir import csv_safe

    csv_safe(t).to_csv(path, index=False, lineterminator="\n")
