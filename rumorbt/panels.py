"""The price panel drawn in report.png and report.html: the price around an event with its
headlines, receipts, entries and exits (matplotlib's object API; exchange time)."""
from __future__ import annotations

from functools import lru_cache

import pandas as pd

from .domain import Kind


def run_marks(res) -> list[tuple]:
    """The headlines a run's price panel marks: (published ns, received ns, kind, source, headline)."""
    return [(ev.headline.t_pub, ev.t_recv, ev.reading.kind, ev.headline.source, ev.headline.headline)
            for ev in res.received if ev.reading.ticker == res.ticker and ev.reading.kind != Kind.OTHER]


KIND_COLORS = {Kind.RUMOR: "tab:orange", Kind.DENIAL: "tab:green", Kind.CONFIRMED: "tab:purple"}


def price_panel(ax, tape, marks: list[tuple], trades, zone: str, title: str, simulated: bool,
                window: tuple[int, int] | None = None) -> dict[str, str]:
    """Draw the price around an event on ``ax``, times in exchange time (``zone``, IANA): each
    bar's close at the bar's end (when it became known), its opening quote at its open, the
    headlines (``marks``: published ns UTC, received ns UTC or None, kind, source, headline;
    dashed at publication, dotted at receipt), entries and exits. ``window``: the bars shown (ns
    UTC; default from 15 minutes before the first mark or trade to 20 after the last). Returns
    the hover text of each mark by its artist's gid (``headline-i``, ``entry-i``, ``exit-i``)."""
    import matplotlib.dates as mdates
    import numpy as np

    hover: dict[str, str] = {}
    if window is None:
        ts = [m[0] for m in marks] + [t.entry_time for t in trades] + [t.exit_time for t in trades if t.exit_time]
        window = (min(ts) - 15 * 60 * 10**9, max(ts) + 20 * 60 * 10**9) if ts else (int(tape.t_open[0]), int(tape.t_open[-1]))
    lo, hi = window
    sel = (tape.t_open >= lo) & (tape.t_open <= hi)
    to_dt = lambda x: pd.to_datetime(np.asarray(x), utc=True).tz_convert(zone).tz_localize(None)
    clock = lambda ns: str(to_dt([ns])[0])[:23]
    # a bar's close is known at its end, its opening quote at its open: plot each where it is known
    ax.plot(to_dt(tape.t_end[sel]), tape.close[sel], lw=0.8, color="0.3", label="close (at bar end)", gid="close")
    if tape.has_quotes:
        ax.fill_between(to_dt(tape.t_open[sel]), tape.bid[sel], tape.ask[sel], color="tab:blue", alpha=0.2,
                        step="post", label="bid/ask (at bar open)", gid="bidask")
    for i, (t_pub, t_recv, kind, source, text) in enumerate(marks):
        c = KIND_COLORS.get(kind, "0.5")
        gid = f"headline-{i}"
        hover[gid] = (f"{kind}: {text}\nsource: {source or '-'}\npublished {clock(t_pub)}" +
                      (f"\nreceived {clock(t_recv)}" if t_recv is not None else ""))
        ax.axvline(to_dt([t_pub])[0], color=c, ls="--", lw=1, gid=gid + "-published")
        if t_recv is not None:
            ax.axvline(to_dt([t_recv])[0], color=c, ls=":", lw=1, gid=gid + "-received")
        # a few points inside the frame: a label set flush with the top lost its last letters to it
        label, font = _mark_label(str(kind), source)
        ax.annotate(label, (to_dt([t_pub])[0], 1.0), xycoords=("data", "axes fraction"),
                    xytext=(-1, -4), textcoords="offset points", rotation=90, va="top", ha="right", fontsize=7, color=c, gid=gid,
                    **font)
    for i, t in enumerate(trades):
        hover[f"entry-{i}"] = f"entry: {t.side} {t.qty} at {t.entry_price:.4f}\n{clock(t.entry_time)}"
        ax.scatter(to_dt([t.entry_time]), [t.entry_price], marker="^" if t.side == "long" else "v", color="tab:red", zorder=5,
                   label="entry", gid=f"entry-{i}")
        if not t.exit_time:
            continue
        hover[f"exit-{i}"] = ((f"OPEN at tape end, marked: {t.exit_reason}" if t.marked_at_end else f"exit: {t.exit_reason}") +
                              f" at {t.exit_price:.4f}, net {t.net_pnl:,.2f}\n{clock(t.exit_time)}")
        if t.marked_at_end:
            ax.scatter(to_dt([t.exit_time]), [t.exit_price], marker="o", facecolors="none", edgecolors="tab:red", zorder=5,
                       label="OPEN at tape end: mark (not in totals)", gid=f"exit-{i}")
        else:
            ax.scatter(to_dt([t.exit_time]), [t.exit_price], marker="x", color="black", zorder=5, label=f"exit ({t.exit_reason})",
                       gid=f"exit-{i}")
    if simulated:
        title = "SIMULATED DATA - " + title
    ax.set_title(title, fontsize=10, color="darkred" if simulated else "black")
    ax.set_xlabel(f"exchange time ({zone})", fontsize=8)
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%H:%M"))
    ax.legend(fontsize=7, loc="lower left")
    ax.grid(alpha=0.3)
    return hover


# fonts that draw Chinese, Japanese and Korean, looked for among the installed ones (matplotlib ships none)
_CJK_FONTS = ("Noto Sans CJK", "Noto Sans SC", "Source Han Sans", "WenQuanYi", "SimHei", "Microsoft YaHei", "PingFang",
              "Hiragino Sans", "Heiti", "Arial Unicode MS", "Droid Sans Fallback")


@lru_cache(maxsize=1)
def _cjk_font() -> str | None:
    """An installed font family with CJK glyphs, or None."""
    from matplotlib import font_manager

    names = sorted({f.name for f in font_manager.fontManager.ttflist})
    return next((n for want in _CJK_FONTS for n in names if n.startswith(want)), None)


def _mark_label(kind: str, source: str) -> tuple[str, dict]:
    """A headline mark's label and font: "ceo_rumor (Reuters)"; a source in a script the default font
    lacks (微博) is drawn with an installed CJK font as fallback, or, with none installed, named in the
    hover text only (report.html) instead of drawn as empty boxes with a warning per glyph."""
    if not source:
        return kind, {}
    if all(ord(ch) < 0x2E80 for ch in source):  # Latin, Greek, Cyrillic ...: DejaVu Sans, matplotlib's own, draws them
        return f"{kind} ({source})", {}
    font = _cjk_font()
    if font is None:
        return f"{kind} (source: see hover)", {}
    return f"{kind} ({source})", {"fontfamily": ["DejaVu Sans", font]}
