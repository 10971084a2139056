"""``report.html``: the price around each event with its headlines, receipts, entries and exits,
zoomable, and the tables — one self-contained file (bokeh with its JavaScript inline: nothing
is fetched from the network, so it opens offline).

Times on the x-axis are exchange time (the zone of the run's calendar, ``RunResult.zone``). A
bar's close is drawn at the bar's end (when it became known), its opening quote at its open.
Bokeh's element ids are random; they are renumbered in order of appearance so the same inputs
give the same bytes.
"""
from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Sequence

import numpy as np
import pandas as pd

from .domain import Kind

MAX_EVENT_PANELS = 12
KIND_COLORS = {Kind.RUMOR: "#ff7f0e", Kind.DENIAL: "#2ca02c", Kind.CONFIRMED: "#9467bd"}


def event_figure(tape, marks: Sequence[tuple], trades: Sequence, title: str, zone: str, window: tuple[int, int] | None = None,
                 simulated: bool = False):
    """One zoomable panel, times in exchange time (``zone``, the exchange's IANA zone).
    ``marks``: (t_pub ns, t_recv ns or None, kind, source, headline)."""
    from bokeh.models import ColumnDataSource, HoverTool, Span
    from bokeh.plotting import figure

    def _local(ns) -> np.ndarray:  # ns UTC -> naive exchange-time datetimes (bokeh draws datetimes as given)
        return pd.to_datetime(np.asarray(ns, dtype="int64"), utc=True).tz_convert(zone).tz_localize(None).to_numpy()

    if window is None:
        ts = [m[0] for m in marks] + [t.entry_time for t in trades] + [t.exit_time for t in trades if t.exit_time]
        window = (min(ts) - 15 * 60 * 10**9, max(ts) + 20 * 60 * 10**9) if ts else (int(tape.t_open[0]), int(tape.t_open[-1]))
    sel = (tape.t_open >= window[0]) & (tape.t_open <= window[1])
    p = figure(width=1000, height=360, x_axis_type="datetime", title=("SIMULATED DATA - " if simulated else "") + title,
               tools="xpan,xwheel_zoom,box_zoom,reset,save", active_scroll="xwheel_zoom")
    p.xaxis.axis_label = f"exchange time ({zone})"
    p.yaxis.axis_label = "price"
    close = ColumnDataSource({"t": _local(tape.t_open[sel] + tape.bar_ns), "close": tape.close[sel]})
    p.line("t", "close", source=close, color="#444444", legend_label="close (at bar end)")
    if tape.has_quotes:
        q = ColumnDataSource({"t": _local(tape.t_open[sel]), "bid": tape.bid[sel], "ask": tape.ask[sel]})
        p.varea(x="t", y1="bid", y2="ask", source=q, fill_alpha=0.2, fill_color="#1f77b4", legend_label="bid/ask (at bar open)")
    for t_pub, t_recv, kind, source, text in marks:
        c = KIND_COLORS.get(kind, "#888888")
        p.add_layout(Span(location=_local([t_pub])[0], dimension="height", line_color=c, line_dash="dashed"))
        if t_recv is not None:
            p.add_layout(Span(location=_local([t_recv])[0], dimension="height", line_color=c, line_dash="dotted"))
    if marks:
        hi = float(np.max(tape.high[sel])) if sel.any() else 1.0
        h = ColumnDataSource({"t": _local([m[0] for m in marks]), "y": [hi] * len(marks), "kind": [m[2] for m in marks],
                              "source": [m[3] for m in marks], "headline": [m[4] for m in marks],
                              "received": [str(_local([m[1]])[0])[:23] if m[1] is not None else "" for m in marks],
                              "color": [KIND_COLORS.get(m[2], "#888888") for m in marks]})
        r = p.scatter("t", "y", source=h, marker="inverted_triangle", size=11, color="color",
                      legend_label="headline (dashed: published, dotted: received)")
        p.add_tools(HoverTool(renderers=[r], tooltips=[("kind", "@kind"), ("source", "@source"), ("headline", "@headline"),
                                                      ("published", "@t{%F %T}"), ("received", "@received")],
                              formatters={"@t": "datetime"}))
    if trades:
        ent = ColumnDataSource({"t": _local([t.entry_time for t in trades]), "price": [t.entry_price for t in trades],
                                "side": [t.side for t in trades], "qty": [t.qty for t in trades]})
        r = p.scatter("t", "price", source=ent, marker="triangle", size=12, color="#d62728", legend_label="entry (VWAP)")
        p.add_tools(HoverTool(renderers=[r], tooltips=[("entry", "@side @qty"), ("price", "@price{0.0000}"),
                                                      ("time", "@t{%F %T}")], formatters={"@t": "datetime"}))
        done = [t for t in trades if t.exit_time is not None]
        ex = ColumnDataSource({"t": _local([t.exit_time for t in done]), "price": [t.exit_price for t in done],
                               "reason": [("OPEN at tape end, marked: " if t.marked_at_end else "") + t.exit_reason for t in done],
                               "net": [round(t.net_pnl, 2) for t in done]})
        r = p.scatter("t", "price", source=ex, marker="x", size=12, line_width=2, color="black", legend_label="exit / mark")
        p.add_tools(HoverTool(renderers=[r], tooltips=[("exit", "@reason"), ("price", "@price{0.0000}"), ("net", "@net{0,0.00}"),
                                                      ("time", "@t{%F %T}")], formatters={"@t": "datetime"}))
    p.legend.location = "top_left"
    p.legend.label_text_font_size = "8pt"
    p.legend.click_policy = "hide"
    return p


def table_html(df: pd.DataFrame, caption: str) -> str:
    """A plain HTML table (escaped), for the report's tables."""
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in df.columns)
    rows = "".join("<tr>" + "".join(f"<td>{html.escape('' if _missing(v) else str(v))}</td>" for v in r) + "</tr>"
                   for r in df.itertuples(index=False))
    return f"<h3>{html.escape(caption)}</h3><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def _missing(v) -> bool:
    return v is None or (isinstance(v, float) and np.isnan(v))


def dict_table(d: dict, caption: str) -> str:
    return table_html(pd.DataFrame({"figure": list(d), "value": [v if not isinstance(v, float) else round(v, 6) for v in d.values()]}),
                      caption)


STYLE = ("<style>body{font-family:sans-serif;margin:16px} table{border-collapse:collapse;font-size:12px;margin-bottom:16px}"
         "td,th{border:1px solid #ccc;padding:2px 6px;text-align:right} th{background:#f3f3f3}"
         ".sim{color:#8b0000;font-weight:bold;font-size:16px}</style>")


def write_html(path: Path, title: str, figures: list, sections: list[str], simulated: bool) -> None:
    """One standalone HTML file: the figures (bokeh, JavaScript inline) then the HTML sections."""
    from bokeh.embed import file_html
    from bokeh.layouts import column
    from bokeh.models import Div
    from bokeh.resources import INLINE

    banner = ('<p class="sim">SIMULATED data: an illustration of the method, not a real outcome</p>' if simulated else "")
    top = Div(text=STYLE + f"<h2>{html.escape(title)}</h2>" + banner, sizing_mode="stretch_width")
    body = Div(text="".join(sections), sizing_mode="stretch_width")
    doc = file_html(column(top, *figures, body), INLINE, title=("SIMULATED - " if simulated else "") + title)
    path.write_text(_stable_ids(doc), encoding="utf-8")


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_PID = re.compile(r'"(p\d{4,})"')


def _stable_ids(doc: str) -> str:
    """Bokeh's ids (uuid4 and a per-process counter) renumbered in order of appearance, in the
    document part only (after the inline libraries)."""
    cut = doc.find("data-root-id=")
    cut = doc.rfind("<div", 0, cut) if cut >= 0 else len(doc)
    head, tail = doc[:cut], doc[cut:]
    uu: dict[str, str] = {}
    tail = _UUID.sub(lambda m: uu.setdefault(m.group(0), f"00000000-0000-4000-8000-{len(uu):012d}"), tail)
    ids = set(re.findall(r'"id":"(p\d{4,})"', tail)) | set(re.findall(r'data-root-id="(p\d{4,})"', tail))
    pp: dict[str, str] = {}
    rename = lambda m: f'"{pp.setdefault(m.group(1), f"p{1001 + len(pp)}")}"' if m.group(1) in ids else m.group(0)
    tail = _PID.sub(rename, tail)
    tail = re.sub(r'data-root-id="(p\d{4,})"', lambda m: f'data-root-id="{pp.get(m.group(1), m.group(1))}"', tail)
    return head + tail


# --------------------------------------------------------------------------- run and portfolio
def run_html(res, summary: dict, path: Path) -> None:
    """report.html of a single run."""
    marks = [(ev.headline.t_pub, ev.t_recv, ev.reading.kind, ev.headline.source, ev.headline.headline)
             for ev in res.received if ev.reading.ticker == res.ticker and ev.reading.kind != Kind.OTHER]
    fig = event_figure(res.tape, marks, res.trades, f"{res.ticker}: price around the event", res.zone, simulated=res.simulated)
    trades = pd.DataFrame(summary["per_trade"])
    sections = [dict_table({k: v for k, v in summary["stats"].items() if k != "basis"}, "Statistics (" + summary["stats"]["basis"] + ")"),
                dict_table(summary["attribution"], "Where the money went"),
                table_html(trades, "Trades") if len(trades) else "<p>No trade.</p>",
                table_html(pd.DataFrame(summary["events"]).drop(columns=["trades"], errors="ignore"), "Headlines, as read")]
    write_html(path, f"rumorbt: {res.ticker}", [fig], sections, res.simulated)


def portfolio_html(results, tapes: dict, summary: dict, events: pd.DataFrame, path: Path, zone: str) -> None:
    """report.html of a many-event run: panels for the events with the largest |net P&L| (at
    most MAX_EVENT_PANELS, said so), and the statistics, event-study and per-event tables;
    times in exchange time (``zone``)."""
    ran = [r for r in results if r.status == "run" and r.ticker in tapes]
    ranked = sorted(ran, key=lambda r: (-abs(sum(t.net_pnl for t in r.trades)), r.event_id))[:MAX_EVENT_PANELS]
    figs = []
    for r in sorted(ranked, key=lambda r: r.t_pub):
        tape = tapes[r.ticker]
        marks = [(r.t_pub, None, Kind.RUMOR, "", r.headline)]
        if r.t_denial is not None:
            marks.append((r.t_denial, None, Kind.DENIAL, "", "denial"))
        net = sum(t.net_pnl for t in r.trades)
        figs.append(event_figure(tape, marks, r.trades, f"{r.event_id}: net {net:,.2f}", zone, simulated=summary["simulated_data"]))
    note = (f"<p>Price panels: the {len(ranked)} event(s) with the largest |net P&amp;L| of {len(ran)} run "
            f"(every event is in the table below).</p>")
    es = pd.DataFrame(summary["event_study"]["points"])
    sections = [note, dict_table({k: v for k, v in summary["stats"].items() if k != "basis"}, "Statistics (" + summary["stats"]["basis"] + ")"),
                dict_table(summary["attribution"], "Where the money went (summed over events)"),
                table_html(es, "Event study (mean return since the anchor, bps; 95% band)") if len(es) else "",
                table_html(events, "Events")]
    write_html(path, f"rumorbt: {summary['events_run']} events", figs, sections, summary["simulated_data"])
