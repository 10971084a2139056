"""``report.html``: the price around each event with its headlines, receipts, entries and exits,
and the tables — one self-contained file that opens offline and fetches nothing.

Each panel is the matplotlib figure of report.png written as inline SVG (vector: every bar
stays sharp at any zoom) with a few lines of inline JavaScript: the mouse wheel zooms around the
pointer, dragging pans, a double click resets; hovering a headline's label, an entry or an exit
shows its text (an SVG ``<title>``). Times on the x-axis are exchange time (the zone of the run's
calendar). The SVG carries no date and matplotlib's ids are salted with a constant, so the same
inputs give the same bytes.
"""
from __future__ import annotations

import html
import io
import re
from pathlib import Path

import numpy as np
import pandas as pd

from .domain import Kind

MAX_EVENT_PANELS = 12

# wheel: zoom around the pointer; drag: pan; double click: back to the whole figure
ZOOM_JS = """<script>
document.querySelectorAll("svg.panel").forEach(svg => {
  const home = svg.getAttribute("viewBox").split(/\\s+/).map(Number); let v = home.slice(), drag = null;
  const set = () => svg.setAttribute("viewBox", v.join(" "));
  const at = e => { const r = svg.getBoundingClientRect();
    return [v[0] + (e.clientX - r.left) / r.width * v[2], v[1] + (e.clientY - r.top) / r.height * v[3]]; };
  svg.addEventListener("wheel", e => { e.preventDefault(); const [x, y] = at(e), f = e.deltaY < 0 ? 0.8 : 1.25;
    v = [x - (x - v[0]) * f, y - (y - v[1]) * f, v[2] * f, v[3] * f]; set(); }, {passive: false});
  svg.addEventListener("mousedown", e => { drag = [e.clientX, e.clientY, v[0], v[1]]; });
  window.addEventListener("mousemove", e => { if (!drag) return; const r = svg.getBoundingClientRect();
    v[0] = drag[2] - (e.clientX - drag[0]) / r.width * v[2]; v[1] = drag[3] - (e.clientY - drag[1]) / r.height * v[3]; set(); });
  window.addEventListener("mouseup", () => { drag = null; });
  svg.addEventListener("dblclick", () => { v = home.slice(); set(); });
});
</script>"""


def svg_panel(fig, hover: dict[str, str], key: str) -> str:
    """``fig`` as an inline ``<svg class="panel">``: text kept as text (searchable, small), no
    date, constant-salted ids, and each artist named in ``hover`` (by gid) given its text as a
    ``<title>``; ``key`` makes this panel's gids unique in the page."""
    import matplotlib

    buf = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "rumorbt-report"}):
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
    svg = buf.getvalue()
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r'<svg [^>]*?width="[^"]*" height="[^"]*"', lambda m: re.sub(r' width="[^"]*" height="[^"]*"', "", m.group(0)),
                 svg, count=1)
    svg = svg.replace("<svg ", f'<svg class="panel" id="{key}" ', 1)
    for gid, text in hover.items():
        svg, n = re.subn(f'<g id="{re.escape(gid)}">', lambda m: f'<g id="{key}-{gid}" class="hover"><title>{html.escape(text)}</title>',
                         svg, count=1)
        if not n:  # every mark drawn carries its gid: one missing is a bug, not a silent loss of hover text
            raise RuntimeError(f"report.html: no SVG element for {gid}")
    return svg


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
         ".sim{color:#8b0000;font-weight:bold;font-size:16px} .help{color:#555;font-size:12px}"
         ".fig{max-width:1100px;border:1px solid #ddd;margin-bottom:16px;overflow:hidden}"
         "svg.panel{display:block;width:100%;height:auto;cursor:grab;user-select:none}"
         "svg.panel path{vector-effect:non-scaling-stroke} .hover{cursor:help}</style>")


def write_html(path: Path, title: str, panels: list[str], sections: list[str], simulated: bool) -> None:
    """One standalone HTML file: the panels (inline SVG, see :func:`svg_panel`) then the HTML sections."""
    full = ("SIMULATED - " if simulated else "") + title
    banner = ('<p class="sim">SIMULATED data: an illustration of the method, not a real outcome</p>' if simulated else "")
    doc = (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{html.escape(full)}</title>\n{STYLE}\n'
           f"</head>\n<body>\n<h2>{html.escape(title)}</h2>{banner}\n"
           '<p class="help">Wheel: zoom; drag: pan; double click: whole figure; hover a headline label, an entry or an exit '
           "for its details.</p>\n" + "\n".join(f'<div class="fig">{p}</div>' for p in panels) + "\n" +
           "".join(sections) + "\n" + ZOOM_JS + "\n</body>\n</html>\n")
    path.write_text(doc, encoding="utf-8")


# --------------------------------------------------------------------------- run and portfolio
def run_html(res, summary: dict, path: Path, figure: tuple) -> None:
    """report.html of a single run; ``figure``: report.png's (figure, hover text), drawn once for both."""
    fig, hover = figure
    trades = pd.DataFrame(summary["per_trade"])
    sections = [dict_table({k: v for k, v in summary["stats"].items() if k != "basis"}, "Statistics (" + summary["stats"]["basis"] + ")"),
                dict_table(summary["attribution"], "Where the money went"),
                table_html(trades, "Trades") if len(trades) else "<p>No trade.</p>",
                table_html(pd.DataFrame(summary["events"]).drop(columns=["trades"], errors="ignore"), "Headlines, as read")]
    write_html(path, f"rumorbt: {res.ticker}", [svg_panel(fig, hover, "panel-1")], sections, res.simulated)


def portfolio_html(results, tapes: dict, summary: dict, events: pd.DataFrame, path: Path, zone: str) -> None:
    """report.html of a many-event run: panels for the events with the largest |net P&L| (at
    most MAX_EVENT_PANELS, said so), and the statistics, event-study and per-event tables;
    times in exchange time (``zone``)."""
    from matplotlib.figure import Figure

    from .panels import price_panel

    ran = [r for r in results if r.status == "run" and r.ticker in tapes]
    ranked = sorted(ran, key=lambda r: (-abs(sum(t.net_pnl for t in r.trades)), r.event_id))[:MAX_EVENT_PANELS]
    panels = []
    for k, r in enumerate(sorted(ranked, key=lambda r: r.t_pub), 1):
        marks = [(r.t_pub, None, Kind.RUMOR, "", r.headline)]
        if r.t_denial is not None:
            marks.append((r.t_denial, None, Kind.DENIAL, "", "denial"))
        net = sum(t.net_pnl for t in r.trades)
        fig = Figure(figsize=(11, 4))
        ax = fig.subplots()
        hover = price_panel(ax, tapes[r.ticker], marks, r.trades, zone, f"{r.event_id}: net {net:,.2f}", summary["simulated_data"])
        fig.subplots_adjust(left=0.075, right=0.985, top=0.9, bottom=0.14)
        panels.append(svg_panel(fig, hover, f"panel-{k}"))
    note = (f"<p>Price panels: the {len(ranked)} event(s) with the largest |net P&amp;L| of {len(ran)} run "
            f"(every event is in the table below).</p>")
    es = pd.DataFrame(summary["event_study"]["points"])
    sections = [note, dict_table({k: v for k, v in summary["stats"].items() if k != "basis"}, "Statistics (" + summary["stats"]["basis"] + ")"),
                dict_table(summary["attribution"], "Where the money went (summed over events)"),
                table_html(es, "Event study (mean return since the anchor, bps; 95% band)") if len(es) else "",
                table_html(events, "Events")]
    write_html(path, f"rumorbt: {summary['events_run']} events", panels, sections, summary["simulated_data"])
