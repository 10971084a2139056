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

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

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


@dataclass(frozen=True, eq=False)
class Results:
    """The columns of results.csv the report reads, as arrays in the file's row order: the
    combination, each grid key's cells as written (text), and the metrics (NaN: an empty cell,
    no trade). Read with the csv module: a sweep's report needs no pandas (0.2 s of start-up)."""

    combo: np.ndarray  # int64
    grid: dict[str, list[str]]  # key -> each row's value as written
    trades: np.ndarray  # float64 (a mean over draws when the sweep repeats them)
    net_pnl: np.ndarray
    total_latency_ms: np.ndarray
    open_trades: np.ndarray | None = None  # absent from a hand-made table

    def __len__(self) -> int:
        return len(self.combo)

    def codes(self, key: str, values: list[str]) -> np.ndarray:
        """Each row's position of its ``key`` value in ``values`` (-1: not among them)."""
        where = {v: i for i, v in enumerate(values)}
        return np.array([where.get(v, -1) for v in self.grid[key]], dtype=np.int64)


def read_results(results: Path, spec: SweepSpec) -> Results:
    """results.csv's combination, grid and report columns (grid values as text, exactly as written)."""
    import csv

    with open(results, newline="", encoding="utf-8") as fh:
        rows = csv.reader(fh)
        head = next(rows)
        col = {name: i for i, name in enumerate(head)}
        data = list(rows)

    def numbers(name: str) -> np.ndarray:
        i = col[name]
        return np.array([float(r[i]) if r[i] != "" else math.nan for r in data], dtype=np.float64)

    return Results(combo=np.array([int(r[col["combo"]]) for r in data], dtype=np.int64),
                   grid={k: [r[col[k]] for r in data] for k in spec.grid},
                   trades=numbers("trades"), net_pnl=numbers("net_pnl"), total_latency_ms=numbers("total_latency_ms"),
                   open_trades=numbers("open_trades") if "open_trades" in col else None)


def directions(res: Results, spec: SweepSpec) -> np.ndarray:
    """Each row's strategy direction (from the grid, or the base configuration)."""
    if DIRECTION_KEY in res.grid:
        return np.array(res.grid[DIRECTION_KEY], dtype=object)
    return np.full(len(res), spec.base_config().strategy.direction, dtype=object)


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


@dataclass(frozen=True, eq=False)
class Heatmap:
    """The heatmap's table: the mean net P&L (NaN: no combination of the cell trades) of each
    cell, rows ``rows`` (the first key's values), columns ``cols`` (the second's), and how many
    combinations each cell holds and how many of them trade."""

    rows: list[str]
    cols: list[str]
    mean: np.ndarray  # (rows, cols)
    trading: np.ndarray  # (rows, cols) int
    size: np.ndarray  # (rows, cols) int

    def at(self, row: str, col: str) -> float:
        return float(self.mean[self.rows.index(row), self.cols.index(col)])


def heatmap_table(res: Results, spec: SweepSpec, keys: tuple[str, str]) -> Heatmap:
    """Mean net P&L over the other keys among combinations that trade, per cell of ``keys``."""
    a, b = keys
    rows, cols = spec.grid[a], spec.grid[b]
    ia, ib = res.codes(a, rows), res.codes(b, cols)
    ok = (ia >= 0) & (ib >= 0)
    cell = np.where(ok, ia * len(cols) + ib, -1)
    traded = res.trades > 0
    n = len(rows) * len(cols)
    size = np.bincount(cell[ok], minlength=n)
    trading = np.bincount(cell[ok & traded], minlength=n)
    mean = np.full(n, np.nan)
    pick = ok & traded
    order = np.argsort(cell[pick], kind="stable")
    cells, nets = cell[pick][order], res.net_pnl[pick][order]
    bounds = np.flatnonzero(np.diff(cells)) + 1
    for part_cells, part in zip(np.split(cells, bounds), np.split(nets, bounds)):
        if len(part):
            mean[part_cells[0]] = math.fsum(part) / len(part)  # exactly rounded sum: order does not matter
    shape = (len(rows), len(cols))
    return Heatmap(list(rows), list(cols), mean.reshape(shape), trading.reshape(shape), size.reshape(shape))


def heatmap(res: Results, spec: SweepSpec, keys: tuple[str, str], path: Path, simulated: bool) -> Heatmap:
    """Draw :func:`heatmap_table` to ``path``; returns the table."""
    import matplotlib
    from matplotlib.figure import Figure  # object API: pyplot's state and the backend stay as they are

    a, b = keys
    table = heatmap_table(res, spec, keys)
    n_rows, n_cols = table.mean.shape
    # The figure's cost is bounded whatever the grid's resolution: its size is capped, cells are
    # labelled with their value only while they are big enough to read, and at most
    # HEATMAP_MAX_TICKS labels per axis are drawn (a 100x100 grid once cost 16 s and 3.6 GB here).
    # at least 3.5 in tall: the colour bar's label (two lines) ran off a one- or two-row map
    fig = Figure(figsize=(min(1.3 * n_cols + 3, HEATMAP_MAX_INCHES[0]), min(max(0.6 * n_rows + 2.5, 3.5), HEATMAP_MAX_INCHES[1])))
    ax = fig.subplots()
    vals = table.mean
    lim = float(np.nanmax(np.abs(vals))) if np.isfinite(vals).any() else 1.0
    cmap = matplotlib.colormaps["RdYlGn"].with_extremes(bad="0.85")
    im = ax.imshow(np.ma.masked_invalid(vals), cmap=cmap, vmin=-(lim or 1.0), vmax=lim or 1.0, aspect="auto",
                   interpolation="nearest")
    xs, ys = _tick_positions(n_cols), _tick_positions(n_rows)
    x_names, y_names = tick_labels(table.cols), tick_labels(table.rows)
    ax.set_xticks(xs, [x_names[j] for j in xs], rotation=45, ha="right")
    ax.set_yticks(ys, [y_names[i] for i in ys])
    ax.set_xlabel(b)
    ax.set_ylabel(a)
    if n_rows * n_cols <= HEATMAP_MAX_LABELLED_CELLS:
        for (i, j), v in np.ndenumerate(vals):
            n_tr, n = table.trading[i, j], table.size[i, j]
            text = "no trade" if not np.isfinite(v) else f"{v:,.0f}" + (f"\n({int(n_tr)}/{int(n)} trade)" if n_tr < n else "")
            ax.text(j, i, text, ha="center", va="center", fontsize=7)
    fig.colorbar(im, ax=ax, label="mean net P&L over the other keys\n(combinations that trade)")
    ax.set_title(("SIMULATED DATA - " if simulated else "") + "net P&L (grey: no combination trades)", fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=110, metadata=png_metadata(simulated))
    return table


@dataclass(frozen=True, eq=False)
class LatencyRows:
    """One direction's latency table, by ascending expected latency: combinations, how many
    trade, and the median and 10th/90th percentiles of net P&L over those that trade (NaN
    where none trades)."""

    total_latency_ms: np.ndarray
    combinations: np.ndarray
    trading: np.ndarray
    median: np.ndarray
    p10: np.ndarray
    p90: np.ndarray


def latency_table(res: Results, spec: SweepSpec) -> dict[str, LatencyRows]:
    """Per direction (in name order) and expected latency: see :class:`LatencyRows`."""
    d = directions(res, spec)
    traded = res.trades > 0
    out = {}
    for direction in sorted(set(d.tolist())):
        mine = d == direction
        lat = np.unique(res.total_latency_ms[mine])
        lat = lat[~np.isnan(lat)]
        n, k = np.zeros(len(lat), np.int64), np.zeros(len(lat), np.int64)
        med, p10, p90 = (np.full(len(lat), np.nan) for _ in range(3))
        for i, x in enumerate(lat):
            at = mine & (res.total_latency_ms == x)
            n[i] = int(at.sum())
            vals = res.net_pnl[at & traded]
            vals = vals[~np.isnan(vals)]
            k[i] = len(vals)
            if len(vals):
                med[i], p10[i], p90[i] = np.median(vals), np.quantile(vals, 0.1), np.quantile(vals, 0.9)
        out[direction] = LatencyRows(lat, n, k, med, p10, p90)
    return out


def latency_curve(res: Results, spec: SweepSpec, path: Path, simulated: bool,
                  bar_seconds: float | None = None) -> dict[str, tuple[float | None, str, list[float]]]:
    """One curve per direction; returns {direction: (break-even ms or None, verdict, every zero
    crossing in ms)}."""
    from matplotlib.figure import Figure  # object API: pyplot's state and the backend stay as they are

    tab = latency_table(res, spec)
    out: dict[str, float | None] = {}
    fig = Figure(figsize=(9, 5))
    ax = fig.subplots()
    for direction, part in tab.items():
        style = curve_style(direction)
        c = style["color"]
        x = part.total_latency_ms / 1000
        curve = (part.total_latency_ms, part.median)
        out[direction] = (*break_even(curve), zero_crossings(curve))
        be = out[direction][0]
        ok = ~np.isnan(part.median)
        ax.plot(x[ok], part.median[ok], lw=2, **style, label=f"{direction}: median")
        ax.fill_between(x[ok], part.p10[ok], part.p90[ok], color=c, alpha=0.15)
        if (~ok).any():
            # on the axis, not at zero: no trade is not a zero profit
            ax.scatter(x[~ok], np.full((~ok).sum(), 0.03), marker="x", color=c, s=30, transform=ax.get_xaxis_transform(),
                       label=f"{direction}: no trade at this latency")
        if be is not None:
            draw_break_even(ax, be / 1000, direction, be / 1000, len(out[direction][2]))
    ax.axhline(0, color="black", lw=0.8)
    every = np.concatenate([p.total_latency_ms for p in tab.values()]) if tab else np.zeros(0)
    lo, hi = (float(every.min()) / 1000, float(every.max()) / 1000) if len(every) else (math.nan, math.nan)
    if bar_seconds and lo < bar_seconds:
        ax.axvspan(max(lo, 1e-6), bar_seconds, color="0.9", zorder=0,
                   label=f"below the bar length ({bar_seconds:g} s): resolved only to the bar")
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


def event_latency_curve(out: Path, res: Results, spec: SweepSpec, bar_seconds: float | None, n_boot: int = BOOT):
    """The many-event latency curve from ``out/per_event.csv`` (see the module notes): a
    :class:`~rumorbt.latency_curve.LatencyCurve` (x: the combination's expected latency)."""
    from . import latency_curve as lcm
    from .per_event import EVENTS_FILE, PER_EVENT_FILE, accumulate

    import pandas as pd

    n_events = len(pd.read_csv(out / EVENTS_FILE, usecols=["event"]))
    d = directions(res, spec)
    lat = res.total_latency_ms
    keys = pd.MultiIndex.from_arrays([d, lat]).unique().sort_values()
    group_of_combo = np.full(spec.size, -1, dtype=np.int64)
    group_of_combo[res.combo] = keys.get_indexer(pd.MultiIndex.from_arrays([d, lat]))
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


def best_table(res: Results, spec: SweepSpec, top: int) -> list[dict]:
    """Top combinations that trade, by net P&L, each with its grid neighbours (one step along
    a numeric or duration key). Neighbours that do not trade are counted apart.

    Rows are in combination order, so a neighbour is found by index arithmetic on the mixed
    radix of the grid: no table of all combinations is built (memory stays flat). One dict per
    row, keys :func:`best_columns`."""
    keys = list(spec.grid)
    ordered = ordered_keys(spec)
    sizes = [len(spec.grid[k]) for k in keys]
    strides = [int(np.prod(sizes[j + 1:])) for j in range(len(keys))]
    net = res.net_pnl
    trades = res.trades  # a mean over draws when the sweep repeats them
    combo = res.combo
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
    return rows


def best_columns(spec: SweepSpec) -> list[str]:
    """The columns of best.csv (before ``simulated_data``)."""
    return ["combo", *spec.grid, "trades", "net_pnl", "neighbours", "neighbours_no_trade", "neighbour_mean",
            "neighbour_min", "shape"]


def write_sweep_report(results: Path, spec: SweepSpec, simulated: bool, bar_seconds: float | None = None) -> str:
    """Plots and best.csv next to results.csv (each complete, listed in the folder's manifest);
    returns the console summary."""
    from .outdir import locked

    from .outdir import with_plain_text

    with locked(results.parent):
        return with_plain_text(_write_sweep_report, results, spec, simulated, bar_seconds)


def _write_sweep_report(results: Path, spec: SweepSpec, simulated: bool, bar_seconds: float | None) -> str:
    from .outdir import publish_file

    out = results.parent
    res = read_results(results, spec)
    keys = spec.heatmap or tuple(list(spec.grid)[:2]) if len(spec.grid) >= 2 else None
    lines = []
    if simulated:
        lines.append("*** SIMULATED data: an illustration of the method, not a real outcome ***")
    traded = res.net_pnl[(res.trades > 0) & ~np.isnan(res.net_pnl)]
    lines.append(f"{len(res)} combinations, {len(traded)} trade" + (
        f"; net P&L of those that trade: median {np.median(traded):,.2f}, best {traded.max():,.2f}, "
        f"worst {traded.min():,.2f}" if len(traded) else " (no combination trades)"))
    if keys:
        publish_file(out, "heatmap.png", lambda p: heatmap(res, spec, keys, p, simulated))
    from .per_event import PER_EVENT_FILE

    if spec.many_events and (out / PER_EVENT_FILE).exists():
        from . import latency_curve as lcm

        lc = event_latency_curve(out, res, spec, bar_seconds)
        publish_file(out, "latency_curve.png", lambda p: lcm.plot(lc, p, simulated, x_label=EXPECTED_LATENCY))
        publish_file(out, "latency_curve.csv", lambda p: lcm.write_table(lc, p, simulated))
        lines.extend(lcm.console_lines(lc, f"How fast must you be? {lc.n_events} event(s), expected latency of each "
                                           "combination, mean per trading event with a bootstrap band over events:"))
        return _finish(lines, out, res, spec, keys, simulated)
    curve: dict = {}
    publish_file(out, "latency_curve.png", lambda p: curve.update(be=latency_curve(res, spec, p, simulated, bar_seconds)))
    be = curve["be"]
    for direction, (v, verdict, every) in be.items():
        if v is None:
            lines.append(f"break-even latency ({direction}): {VERDICT_TEXT[verdict]}{crossings_text(every, None)}")
        else:
            lines.append(f"break-even latency ({direction}, median over the other keys among combinations that trade): "
                         f"{v / 1000:.2f} s{crossings_text(every, v)}")
    if spec.many_events:
        lines.append("note: per-event results were not kept (the grid varies data.* keys): the curve is over combinations")
    if bar_seconds and (res.total_latency_ms < bar_seconds * 1000).any():
        lines.append(f"note: latencies below the tape's bar length ({bar_seconds:g} s) are resolved only to the bar: an order "
                     "waits for the next bar's open (shaded on the curve); for sub-bar questions cut tick data with `bars`")
    return _finish(lines, out, res, spec, keys, simulated)


def said_apart(out: Path, res: Results) -> list[str]:
    """What ``run`` would warn about, once, apart from the rows: the input warnings the sweep
    recorded in sweep.json (:func:`rumorbt.sweep.input_warnings`), and how many combinations
    leave a position the tape's end could not close."""
    import json

    try:
        said = json.loads((out / "sweep.json").read_text(encoding="utf-8")).get("warnings", [])
    except (OSError, ValueError):
        said = []
    lines = first_warnings(said, "warning: ... and {n} more (see sweep.json, warnings)")
    held = int((res.open_trades > 0).sum()) if res.open_trades is not None else 0
    if held:
        lines.append(f"warning: {held} of {len(res)} combination(s) hold a position the tape's end could not close: "
                     "counted apart in open_trades and open_net_pnl (marked), not in net_pnl or any other column")
    return lines


EXPECTED_LATENCY = "expected latency of the combination, publication to exchange (log scale)"


def _finish(lines: list[str], out: Path, res: Results, spec: SweepSpec, keys, simulated: bool) -> str:
    from .outdir import publish_file

    best = best_table(res, spec, spec.top)
    cols = [*best_columns(spec), "simulated_data"]
    # cells as results.csv writes them: true/false, and a mean over draws with its cents (not 20.0)
    written = [{**r, "simulated_data": "true" if simulated else "false"} for r in best]
    if spec.draws > 1:
        for r in written:
            r["trades"] = f"{r['trades']:.2f}"
    publish_file(out, "best.csv", lambda p: _write_csv(p, cols, written))
    if best:
        lines.append("best combinations that trade (net P&L; neighbours one step along a numeric key):")
    for r in best[:5]:
        combo = " ".join(f"{k}={r[k]}" for k in spec.grid)
        nt = f", {r['neighbours_no_trade']} do not trade" if r["neighbours_no_trade"] else ""
        shape = f"{r['shape']}, neighbours min {r['neighbour_min']}" if r["shape"] else "no neighbour that trades"
        lines.append(f"  #{r['combo']}: {r['net_pnl']:,.2f} ({shape}{nt}) {combo}")
    lines.extend(said_apart(out, res))
    per_event = ", latency_curve.csv, events.csv, per_event.csv" if (out / "latency_curve.csv").exists() else ""
    lines.append(f"Wrote {out}/results.csv, best.csv, latency_curve.png" + (", heatmap.png" if keys else "") + per_event)
    return "\n".join(lines)


def _write_csv(path: Path, columns: list[str], rows: list[dict]) -> None:
    """A small table as CSV, cells as pandas' ``to_csv`` writes them (a float by its shortest
    repr, an empty cell for None or NaN; text :func:`~rumorbt.outdir.csv_cell`-safe)."""
    import csv

    from .outdir import csv_cell

    def cell(v):
        if v is None:
            return ""
        if isinstance(v, (float, np.floating)):
            return "" if math.isnan(v) else repr(float(v))
        if isinstance(v, (int, np.integer)) and not isinstance(v, bool):
            return str(int(v))
        return csv_cell(v)

    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(columns)
        w.writerows([cell(r.get(c)) for c in columns] for r in rows)
