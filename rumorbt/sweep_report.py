"""What a sweep's results say: heatmaps, the latency curve with its break-even latency, and
the best combinations with how their neighbours fare (a plateau or a spike?).

A combination that does not trade is **no trade**, never a zero profit: heatmap cells where
nothing traded say so, the latency curve leaves such points out of its median (and marks
them), break-even latency is only reported where the strategy trades, and a neighbour that
does not trade is counted apart. Strategies with different directions (``long``, ``short``,
``follow``) are never mixed in one curve. Latencies shorter than the tape's bar length are
marked: on such bars the order waits for the next bar's open, so the curve there is resolved
only to the bar (cut tick data into shorter bars with ``bars``).

A sweep over many events (``[sweep] prices_dir``/``tapes``) keeps every combination's outcome on
every event (:mod:`rumorbt.per_event`), so its latency curve is the one of
:mod:`rumorbt.latency_curve`: per direction, the **mean net P&L per trading event** at each
expected latency, with a 95 % bootstrap band over **events** and the break-even latency with its
bootstrap interval (``latency_curve.csv``). Where the grid also varies other keys, each event's
value at a latency is its mean over the combinations at that direction and latency in which it
trades (said in the console).
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from .config import parse_duration_ns
from .errors import InputError, first_warnings
from .latency_curve import VERDICT_TEXT, break_even, crossings_text, curve_style, draw_break_even, zero_crossings
from .outdir import png_metadata
from .sweep import SweepSpec

DIRECTION_KEY = "strategy.direction"


HEATMAP_MAX_INCHES = (18.0, 14.0)  # width, height of heatmap.png at 110 dpi: under 2,000 x 1,540 pixels
HEATMAP_MAX_TICKS = 40  # labels per axis
HEATMAP_MAX_LABELLED_CELLS = 600  # cells printed with their value (beyond it the text cannot be read)


def _tick_positions(n: int) -> list[int]:
    """Every cell up to HEATMAP_MAX_TICKS, else an even stride that keeps the first cell."""
    step = max(1, -(-n // HEATMAP_MAX_TICKS))
    return list(range(0, n, step))


def read_results(results: Path, spec: SweepSpec) -> pd.DataFrame:
    """results.csv with the grid columns as categories in the grid's own order (read as text:
    pandas 3 would otherwise infer numeric categories that match no grid value)."""
    from .sweep import read_results as read_table

    wanted = {"combo", *spec.grid, "trades", "net_pnl", "total_latency_ms", "open_trades"}
    df = read_table(results, spec, lambda c: c in wanted)  # open_trades: absent from a hand-made table
    for k in spec.grid:
        df[k] = pd.Categorical(df[k], categories=spec.grid[k], ordered=True)
    return df


def directions(df: pd.DataFrame, spec: SweepSpec) -> pd.Series:
    """Each row's strategy direction (from the grid, or the base configuration)."""
    if DIRECTION_KEY in df:
        return df[DIRECTION_KEY].astype(str)
    return pd.Series(spec.base_config().strategy.direction, index=df.index)


def tick_labels(values: list[str], width: int = 28) -> list[str]:
    """Axis labels for grid values: a file path (a ``data.*`` grid key) is shown by its shortest
    trailing part that still tells the values apart, and any label longer than ``width`` characters
    keeps its end (where file names and units are) behind an ellipsis — its middle instead, or
    more of its end, where the cut labels would no longer tell the values apart."""
    parts = [Path(v).parts if ("/" in v or "\\" in v) else (v,) for v in values]
    keep = 1
    while keep < max(map(len, parts)) and len({p[-keep:] for p in parts}) < len(set(values)):
        keep += 1
    short = ["/".join(p[-keep:]) for p in parts]
    # cut, the labels must still tell the values apart (two long folders holding one file name
    # once read the same): then cut the middle, else keep more of the end until they differ
    def end(s: str, w: int) -> str:
        return s if len(s) <= w else "…" + s[-(w - 1):]

    def middle(s: str, w: int) -> str:
        return s if len(s) <= w else s[: (w - 1) // 2] + "…" + s[-(w // 2):]

    cuts = [lambda s: end(s, width), lambda s: middle(s, width)]
    cuts += [lambda s, w=w: end(s, w) for w in range(width + 1, max(map(len, short)) + 1)]
    for cut in cuts:
        labels = [cut(s) for s in short]
        if len(set(labels)) == len(set(short)):
            return labels
    return short


def heatmap(df: pd.DataFrame, spec: SweepSpec, keys: tuple[str, str], path: Path, simulated: bool) -> pd.DataFrame:
    """Mean net P&L over the other keys among combinations that trade; returns the table
    (NaN: no combination of that cell trades)."""
    import matplotlib
    from matplotlib.figure import Figure  # object API: pyplot's state and the backend stay as they are

    a, b = keys
    traded = df[df["trades"] > 0]
    pivot = (traded.groupby([a, b], observed=False)["net_pnl"].mean().unstack(b)
             .reindex(index=spec.grid[a], columns=spec.grid[b]))
    n_rows, n_cols = pivot.shape
    # The figure's cost is bounded whatever the grid's resolution: its size is capped, cells are
    # labelled with their value only while they are big enough to read, and at most
    # HEATMAP_MAX_TICKS labels per axis are drawn (a 100x100 grid once cost 16 s and 3.6 GB here).
    # at least 3.5 in tall: the colour bar's label (two lines) ran off a one- or two-row map
    fig = Figure(figsize=(min(1.3 * n_cols + 3, HEATMAP_MAX_INCHES[0]), min(max(0.6 * n_rows + 2.5, 3.5), HEATMAP_MAX_INCHES[1])))
    ax = fig.subplots()
    vals = pivot.to_numpy(float)
    lim = float(np.nanmax(np.abs(vals))) if np.isfinite(vals).any() else 1.0
    cmap = matplotlib.colormaps["RdYlGn"].with_extremes(bad="0.85")
    im = ax.imshow(np.ma.masked_invalid(vals), cmap=cmap, vmin=-(lim or 1.0), vmax=lim or 1.0, aspect="auto",
                   interpolation="nearest")
    xs, ys = _tick_positions(n_cols), _tick_positions(n_rows)
    x_names, y_names = tick_labels(list(pivot.columns)), tick_labels(list(pivot.index))
    ax.set_xticks(xs, [x_names[j] for j in xs], rotation=45, ha="right")
    ax.set_yticks(ys, [y_names[i] for i in ys])
    ax.set_xlabel(b)
    ax.set_ylabel(a)
    if n_rows * n_cols <= HEATMAP_MAX_LABELLED_CELLS:
        counts = (df.assign(t=df["trades"] > 0).groupby([a, b], observed=False)["t"].agg(["sum", "size"])
                  .reindex(pd.MultiIndex.from_product([spec.grid[a], spec.grid[b]])))
        for (i, j), v in np.ndenumerate(vals):
            n_tr, n = counts.iloc[i * n_cols + j]
            text = "no trade" if not np.isfinite(v) else f"{v:,.0f}" + (f"\n({int(n_tr)}/{int(n)} trade)" if n_tr < n else "")
            ax.text(j, i, text, ha="center", va="center", fontsize=7)
    fig.colorbar(im, ax=ax, label="mean net P&L over the other keys\n(combinations that trade)")
    ax.set_title(("SIMULATED DATA - " if simulated else "") + "net P&L (grey: no combination trades)", fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=110, metadata=png_metadata(simulated))
    return pivot


def latency_table(df: pd.DataFrame, spec: SweepSpec) -> pd.DataFrame:
    """Per direction and expected latency: combinations, how many trade, and the median and
    10th/90th percentiles of net P&L over those that trade (NaN where none trades)."""
    d = df.assign(direction=directions(df, spec))
    traded = d[d["trades"] > 0]
    g = traded.groupby(["direction", "total_latency_ms"])["net_pnl"]
    stats = pd.DataFrame({"median": g.median(), "p10": g.quantile(0.1), "p90": g.quantile(0.9), "trading": g.size()})
    allc = d.groupby(["direction", "total_latency_ms"]).size().rename("combinations")
    return pd.concat([allc, stats], axis=1).reset_index().fillna({"trading": 0})


def latency_curve(df: pd.DataFrame, spec: SweepSpec, path: Path, simulated: bool,
                  bar_seconds: float | None = None) -> dict[str, tuple[float | None, str, list[float]]]:
    """One curve per direction; returns {direction: (break-even ms or None, verdict, every zero
    crossing in ms)}."""
    from matplotlib.figure import Figure  # object API: pyplot's state and the backend stay as they are

    tab = latency_table(df, spec)
    out: dict[str, float | None] = {}
    fig = Figure(figsize=(9, 5))
    ax = fig.subplots()
    for direction, part in tab.groupby("direction", sort=True):
        part = part.sort_values("total_latency_ms")
        style = curve_style(direction)
        c = style["color"]
        x = part["total_latency_ms"].to_numpy(float) / 1000
        curve = part.set_index("total_latency_ms")["median"]
        out[direction] = (*break_even(curve), zero_crossings(curve))
        be = out[direction][0]
        ok = part["median"].notna().to_numpy()
        ax.plot(x[ok], part["median"].to_numpy()[ok], lw=2, **style, label=f"{direction}: median")
        ax.fill_between(x[ok], part["p10"].to_numpy()[ok], part["p90"].to_numpy()[ok], color=c, alpha=0.15)
        if (~ok).any():
            # on the axis, not at zero: no trade is not a zero profit
            ax.scatter(x[~ok], np.full((~ok).sum(), 0.03), marker="x", color=c, s=30, transform=ax.get_xaxis_transform(),
                       label=f"{direction}: no trade at this latency")
        if be is not None:
            draw_break_even(ax, be / 1000, direction, be / 1000, len(out[direction][2]))
    ax.axhline(0, color="black", lw=0.8)
    if bar_seconds and tab["total_latency_ms"].min() / 1000 < bar_seconds:
        ax.axvspan(max(tab["total_latency_ms"].min() / 1000, 1e-6), bar_seconds, color="0.9", zorder=0,
                   label=f"below the bar length ({bar_seconds:g} s): resolved only to the bar")
    lo, hi = tab["total_latency_ms"].min() / 1000, tab["total_latency_ms"].max() / 1000
    if lo > 0:
        from .latency_curve import log_seconds_axis

        log_seconds_axis(ax)
        ax.set_xlim(lo / 1.5, hi * 1.5)  # set, not inferred: a grid where nothing trades has no plotted data
    ax.set_xlabel("expected latency, publication to exchange (s)")
    ax.set_ylabel("net P&L (combinations that trade; band 10-90%)")
    ax.set_title(("SIMULATED DATA - " if simulated else "") + "How fast must you be? (one curve per direction)", fontsize=10)
    ax.legend(fontsize=7)
    ax.grid(alpha=0.3)
    # fixed margins for this fixed-size figure, wide enough for money tick labels and both axis
    # labels: tight_layout would lay every text out once more only to measure it
    fig.subplots_adjust(left=0.1, right=0.98, top=0.93, bottom=0.11)
    fig.savefig(path, dpi=110, metadata=png_metadata(simulated))
    return out


BOOT = 1000  # bootstrap resamples of the events for a many-event sweep's latency curve


def event_latency_curve(out: Path, df: pd.DataFrame, spec: SweepSpec, bar_seconds: float | None, n_boot: int = BOOT):
    """The many-event latency curve from ``out/per_event.csv`` (see the module notes): a
    :class:`~rumorbt.latency_curve.LatencyCurve` (x: the combination's expected latency)."""
    from . import latency_curve as lcm
    from .per_event import EVENTS_FILE, PER_EVENT_FILE, accumulate

    n_events = len(pd.read_csv(out / EVENTS_FILE, usecols=["event"]))
    d = directions(df, spec).to_numpy()
    lat = df["total_latency_ms"].to_numpy(float)
    keys = pd.MultiIndex.from_arrays([d, lat]).unique().sort_values()
    group_of_combo = np.full(spec.size, -1, dtype=np.int64)
    group_of_combo[df["combo"].to_numpy()] = keys.get_indexer(pd.MultiIndex.from_arrays([d, lat]))
    net, notional, traded = accumulate(out / PER_EVENT_FILE, group_of_combo, len(keys), n_events)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_net = np.where(traded > 0, net / np.maximum(traded, 1), np.nan)
        mean_notional = np.where(traded > 0, notional / np.maximum(traded, 1), np.nan)
    frames, be = [], {}
    seed = spec.base_config().seed
    for direction in sorted(set(d)):
        idx = [i for i, (dd, _) in enumerate(keys) if dd == direction]  # ascending latency (keys are sorted)
        lat_s = np.array([keys[i][1] for i in idx]) / 1000
        frame, be[direction] = lcm.direction_curve(direction, lat_s, mean_net[idx].T, mean_notional[idx].T, n_events,
                                                   bar_seconds, n_boot, seed)
        frames.append(frame)
    notes = []
    others = [k for k in spec.grid if k != DIRECTION_KEY and not k.startswith("latency.")]
    if others:
        notes.append(f"each event's value at a latency is its mean over the combinations of {', '.join(others)} "
                     "at that direction and latency in which it trades")
    if bar_seconds and (lat / 1000 < bar_seconds).any():
        notes.append(lcm.bar_note(bar_seconds))
    return lcm.LatencyCurve(pd.concat(frames, ignore_index=True), be, bar_seconds or 0.0, n_events, notes)


def ordered_keys(spec: SweepSpec) -> set[str]:
    """Grid keys whose values are numbers or durations (a step along them is a neighbour);
    a choice such as ``strategy.direction`` is not."""
    out = set()
    for k, vals in spec.grid.items():
        try:
            [float(v) for v in vals]
            out.add(k)
            continue
        except ValueError:
            pass
        try:
            [parse_duration_ns(v, k) for v in vals]
            out.add(k)
        except (InputError, ValueError, TypeError):
            pass
    return out


def best_table(df: pd.DataFrame, spec: SweepSpec, top: int) -> pd.DataFrame:
    """Top combinations that trade, by net P&L, each with its grid neighbours (one step along
    a numeric or duration key). Neighbours that do not trade are counted apart.

    Rows are in combination order, so a neighbour is found by index arithmetic on the mixed
    radix of the grid: no table of all combinations is built (memory stays flat)."""
    keys = list(spec.grid)
    ordered = ordered_keys(spec)
    sizes = [len(spec.grid[k]) for k in keys]
    strides = [int(np.prod(sizes[j + 1:])) for j in range(len(keys))]
    net = df["net_pnl"].to_numpy(float)
    trades = df["trades"].to_numpy(float)  # a mean over draws when the sweep repeats them
    combo = df["combo"].to_numpy(int)
    cand = np.flatnonzero(trades > 0)
    order = cand[np.lexsort((combo[cand], -net[cand]))][:top]
    rows = []
    for i in order:
        c = int(combo[i])
        nb, no_trade = [], 0
        for j, (size, stride) in enumerate(zip(sizes, strides)):
            if keys[j] not in ordered:
                continue
            p = (c // stride) % size
            for q in (p - 1, p + 1):
                if 0 <= q < size:
                    k = c + (q - p) * stride
                    if k < len(net):
                        if trades[k] > 0:
                            nb.append(net[k])
                        else:
                            no_trade += 1
        best = net[i]
        nmin = min(nb) if nb else float("nan")
        verdict = "plateau" if nb and best > 0 and nmin >= 0.5 * best else "spike" if nb else ""  # "": no neighbour trades
        rows.append({"combo": c, **spec.combo(c), "trades": int(trades[i]) if trades[i].is_integer() else float(trades[i]), "net_pnl": best, "neighbours": len(nb),
                     "neighbours_no_trade": no_trade,
                     "neighbour_mean": round(float(np.mean(nb)), 2) if nb else None,
                     "neighbour_min": round(nmin, 2) if nb else None, "shape": verdict})
    cols = ["combo", *keys, "trades", "net_pnl", "neighbours", "neighbours_no_trade", "neighbour_mean", "neighbour_min", "shape"]
    return pd.DataFrame(rows, columns=cols)


def write_sweep_report(results: Path, spec: SweepSpec, simulated: bool, bar_seconds: float | None = None) -> str:
    """Plots and best.csv next to results.csv (each complete, listed in the folder's manifest);
    returns the console summary."""
    from .outdir import locked

    from .report import with_plain_text

    with locked(results.parent):
        return with_plain_text(_write_sweep_report, results, spec, simulated, bar_seconds)


def _write_sweep_report(results: Path, spec: SweepSpec, simulated: bool, bar_seconds: float | None) -> str:
    from .outdir import publish_file

    out = results.parent
    df = read_results(results, spec)
    keys = spec.heatmap or tuple(list(spec.grid)[:2]) if len(spec.grid) >= 2 else None
    lines = []
    if simulated:
        lines.append("*** SIMULATED data: an illustration of the method, not a real outcome ***")
    traded = df[df["trades"] > 0]
    lines.append(f"{len(df)} combinations, {len(traded)} trade" + (
        f"; net P&L of those that trade: median {traded['net_pnl'].median():,.2f}, best {traded['net_pnl'].max():,.2f}, "
        f"worst {traded['net_pnl'].min():,.2f}" if len(traded) else " (no combination trades)"))
    if keys:
        publish_file(out, "heatmap.png", lambda p: heatmap(df, spec, keys, p, simulated))
    from .per_event import PER_EVENT_FILE

    if spec.many_events and (out / PER_EVENT_FILE).exists():
        from . import latency_curve as lcm

        lc = event_latency_curve(out, df, spec, bar_seconds)
        publish_file(out, "latency_curve.png", lambda p: lcm.plot(lc, p, simulated, x_label=EXPECTED_LATENCY))
        publish_file(out, "latency_curve.csv", lambda p: lcm.write_table(lc, p, simulated))
        lines.extend(lcm.console_lines(lc, f"How fast must you be? {lc.n_events} event(s), expected latency of each "
                                           "combination, mean per trading event with a bootstrap band over events:"))
        return _finish(lines, out, df, spec, keys, simulated)
    curve: dict = {}
    publish_file(out, "latency_curve.png", lambda p: curve.update(be=latency_curve(df, spec, p, simulated, bar_seconds)))
    be = curve["be"]
    for direction, (v, verdict, every) in be.items():
        if v is None:
            lines.append(f"break-even latency ({direction}): {VERDICT_TEXT[verdict]}{crossings_text(every, None)}")
        else:
            lines.append(f"break-even latency ({direction}, median over the other keys among combinations that trade): "
                         f"{v / 1000:.2f} s{crossings_text(every, v)}")
    if spec.many_events:
        lines.append("note: per-event results were not kept (the grid varies data.* keys): the curve is over combinations")
    if bar_seconds and (df["total_latency_ms"] < bar_seconds * 1000).any():
        lines.append(f"note: latencies below the tape's bar length ({bar_seconds:g} s) are resolved only to the bar: an order "
                     "waits for the next bar's open (shaded on the curve); for sub-bar questions cut tick data with `bars`")
    return _finish(lines, out, df, spec, keys, simulated)


def said_apart(out: Path, df: pd.DataFrame) -> list[str]:
    """What ``run`` would warn about, once, apart from the rows: the input warnings the sweep
    recorded in sweep.json (:func:`rumorbt.sweep.input_warnings`), and how many combinations
    leave a position the tape's end could not close."""
    import json

    try:
        said = json.loads((out / "sweep.json").read_text(encoding="utf-8")).get("warnings", [])
    except (OSError, ValueError):
        said = []
    lines = first_warnings(said, "warning: ... and {n} more (see sweep.json, warnings)")
    held = int((df["open_trades"] > 0).sum()) if "open_trades" in df else 0
    if held:
        lines.append(f"warning: {held} of {len(df)} combination(s) hold a position the tape's end could not close: "
                     "counted apart in open_trades and open_net_pnl (marked), not in net_pnl or any other column")
    return lines


EXPECTED_LATENCY = "expected latency of the combination, publication to exchange (log scale)"


def _finish(lines: list[str], out: Path, df: pd.DataFrame, spec: SweepSpec, keys, simulated: bool) -> str:
    from .outdir import csv_safe, publish_file

    best = best_table(df, spec, spec.top)
    # cells as results.csv writes them: true/false, and a mean over draws with its cents (not 20.0)
    written = best.assign(simulated_data="true" if simulated else "false")
    if spec.draws > 1:
        written["trades"] = [f"{x:.2f}" for x in best["trades"]]
    publish_file(out, "best.csv", lambda p: csv_safe(written).to_csv(p, index=False, lineterminator="\n"))
    if len(best):
        lines.append("best combinations that trade (net P&L; neighbours one step along a numeric key):")
    for _, r in best.head(5).iterrows():
        combo = " ".join(f"{k}={r[k]}" for k in spec.grid)
        nt = f", {r['neighbours_no_trade']} do not trade" if r["neighbours_no_trade"] else ""
        shape = f"{r['shape']}, neighbours min {r['neighbour_min']}" if r["shape"] else "no neighbour that trades"
        lines.append(f"  #{r['combo']}: {r['net_pnl']:,.2f} ({shape}{nt}) {combo}")
    lines.extend(said_apart(out, df))
    per_event = ", latency_curve.csv, events.csv, per_event.csv" if (out / "latency_curve.csv").exists() else ""
    lines.append(f"Wrote {out}/results.csv, best.csv, latency_curve.png" + (", heatmap.png" if keys else "") + per_event)
    return "\n".join(lines)
