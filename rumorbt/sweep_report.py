"""What a sweep's results say: heatmaps, the latency curve with its break-even latency, and
the best combinations with how their neighbours fare (a plateau or a spike?)."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from .sweep import SweepSpec


def _order(spec: SweepSpec, key: str) -> list[str]:
    return spec.grid[key]


def heatmap(df: pd.DataFrame, spec: SweepSpec, keys: tuple[str, str], path: Path, simulated: bool) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    a, b = keys
    pivot = df.groupby([a, b], observed=True)["net_pnl"].mean().unstack(b).reindex(index=_order(spec, a), columns=_order(spec, b))
    fig, ax = plt.subplots(figsize=(1.2 * len(pivot.columns) + 3, 0.6 * len(pivot.index) + 2.5))
    lim = float(np.nanmax(np.abs(pivot.to_numpy()))) or 1.0
    im = ax.imshow(pivot.to_numpy(), cmap="RdYlGn", vmin=-lim, vmax=lim, aspect="auto")
    ax.set_xticks(range(len(pivot.columns)), pivot.columns, rotation=45, ha="right")
    ax.set_yticks(range(len(pivot.index)), pivot.index)
    ax.set_xlabel(b)
    ax.set_ylabel(a)
    for (i, j), v in np.ndenumerate(pivot.to_numpy()):
        ax.text(j, i, f"{v:,.0f}", ha="center", va="center", fontsize=7)
    fig.colorbar(im, ax=ax, label="mean net P&L over the other keys")
    ax.set_title(("SIMULATED DATA - " if simulated else "") + "net P&L", fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=110, metadata={"Software": None})
    plt.close(fig)


def break_even_ms(df: pd.DataFrame) -> float | None:
    """Smallest expected latency at which the median net P&L (over the other keys) reaches 0,
    interpolated between grid points; None if it never does in the grid."""
    med = df.groupby("total_latency_ms")["net_pnl"].median().sort_index()
    x, y = med.index.to_numpy(float), med.to_numpy(float)
    if len(y) == 0 or y[0] <= 0:
        return float(x[0]) if len(y) and y[0] <= 0 else None
    for i in range(1, len(y)):
        if y[i] <= 0:
            return float(x[i - 1] + (x[i] - x[i - 1]) * y[i - 1] / (y[i - 1] - y[i]))
    return None


def latency_curve(df: pd.DataFrame, path: Path, simulated: bool) -> float | None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    be = break_even_ms(df)
    med = df.groupby("total_latency_ms")["net_pnl"].agg(["median", lambda s: s.quantile(0.1), lambda s: s.quantile(0.9)])
    fig, ax = plt.subplots(figsize=(9, 5))
    pts = df.iloc[:: max(1, len(df) // 20_000)]  # a deterministic sample keeps the figure light
    ax.scatter(pts["total_latency_ms"] / 1000, pts["net_pnl"], s=4, alpha=0.25, color="0.5", label="combinations")
    ax.plot(med.index / 1000, med["median"], color="tab:blue", lw=2, label="median")
    ax.fill_between(med.index / 1000, med.iloc[:, 1], med.iloc[:, 2], color="tab:blue", alpha=0.15, label="10-90%")
    ax.axhline(0, color="black", lw=0.8)
    if be is not None:
        ax.axvline(be / 1000, color="tab:red", ls="--", label=f"break-even {be / 1000:.2f} s")
    if (df["total_latency_ms"] > 0).all():
        ax.set_xscale("log")
    ax.set_xlabel("expected latency, publication to exchange (s)")
    ax.set_ylabel("net P&L")
    ax.set_title(("SIMULATED DATA - " if simulated else "") + "How fast must you be?", fontsize=10)
    ax.legend(fontsize=8)
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=110, metadata={"Software": None})
    plt.close(fig)
    return be


def best_table(df: pd.DataFrame, spec: SweepSpec, top: int) -> pd.DataFrame:
    """Top combinations by net P&L, each with its grid neighbours (one key one step away).

    Rows are in combination order, so a neighbour is found by index arithmetic on the mixed
    radix of the grid: no table of all combinations is built (memory stays flat)."""
    keys = list(spec.grid)
    sizes = [len(spec.grid[k]) for k in keys]
    strides = [int(np.prod(sizes[j + 1:])) for j in range(len(keys))]
    net = df["net_pnl"].to_numpy(float)
    combo = df["combo"].to_numpy(int)
    order = np.lexsort((combo, -net))[:top]
    rows = []
    for i in order:
        c = int(combo[i])
        nb = []
        for j, (size, stride) in enumerate(zip(sizes, strides)):
            p = (c // stride) % size
            for q in (p - 1, p + 1):
                if 0 <= q < size:
                    k = c + (q - p) * stride
                    if k < len(net):
                        nb.append(net[k])
        best = net[i]
        nmin = min(nb) if nb else float("nan")
        verdict = "plateau" if nb and best > 0 and nmin >= 0.5 * best else "spike" if nb else "-"
        rows.append({"combo": c, **spec.combo(c), "net_pnl": best, "neighbours": len(nb),
                     "neighbour_mean": round(float(np.mean(nb)), 2) if nb else None,
                     "neighbour_min": round(nmin, 2) if nb else None, "shape": verdict})
    return pd.DataFrame(rows)


def write_sweep_report(results: Path, spec: SweepSpec, simulated: bool) -> str:
    """Plots and best.csv next to results.csv (each complete, listed in the folder's manifest);
    returns the console summary."""
    from .outdir import locked

    with locked(results.parent):
        return _write_sweep_report(results, spec, simulated)


def _write_sweep_report(results: Path, spec: SweepSpec, simulated: bool) -> str:
    from .outdir import publish_file

    out = results.parent
    # only what the plots and the table need, grid values as categories: memory stays small
    df = pd.read_csv(results, usecols=["combo", *spec.grid, "net_pnl", "total_latency_ms"],
                     dtype={**{k: "category" for k in spec.grid}, "combo": "int64", "net_pnl": "float64"})
    keys = spec.heatmap or tuple(list(spec.grid)[:2]) if len(spec.grid) >= 2 else None
    lines = []
    if simulated:
        lines.append("*** SIMULATED price tape: an illustration of the method, not a real outcome ***")
    lines.append(f"{len(df)} combinations; net P&L median {df['net_pnl'].median():,.2f}, "
                 f"best {df['net_pnl'].max():,.2f}, worst {df['net_pnl'].min():,.2f}")
    if keys:
        publish_file(out, "heatmap.png", lambda p: heatmap(df, spec, keys, p, simulated))
    curve: dict = {}
    publish_file(out, "latency_curve.png", lambda p: curve.update(be=latency_curve(df, p, simulated)))
    be = curve["be"]
    lines.append(f"break-even latency (median over the other keys): {be / 1000:.2f} s" if be is not None
                 else "break-even latency: not reached within the grid")
    best = best_table(df, spec, spec.top)
    publish_file(out, "best.csv", lambda p: best.to_csv(p, index=False, lineterminator="\n"))
    lines.append("best combinations (net P&L; neighbours one grid step away):")
    for _, r in best.head(5).iterrows():
        combo = " ".join(f"{k}={r[k]}" for k in spec.grid)
        lines.append(f"  #{r['combo']}: {r['net_pnl']:,.2f} ({r['shape']}, neighbours min {r['neighbour_min']}) {combo}")
    lines.append(f"Wrote {out}/results.csv, best.csv, latency_curve.png" + (", heatmap.png" if keys else ""))
    return "\n".join(lines)
