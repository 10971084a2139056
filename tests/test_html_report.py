"""report.html: self-contained (nothing fetched), deterministic, and rendered by a real browser
(headless Chromium from the system packages; skipped where none is installed)."""
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from rumorbt.cli import main
from test_event_study import FEES_OFF, population

CHROMIUM = next((p for p in (shutil.which("chromium"), shutil.which("chromium-browser"), "/usr/bin/chromium")
                 if p and Path(p).exists()), None)

PROBE = """<script>
window.addEventListener("load", () => setTimeout(() => {
  let out = [];
  try {
    const panels = [...document.querySelectorAll("svg.panel")];
    const drawn = (el) => { const b = el.getBoundingClientRect(); return b.width > 0 || b.height > 0; };
    out.push(panels.filter(drawn).length);
    // in the first panel: the close, the bid/ask band, headline labels, entries, exits, each drawn
    const p = panels[0];
    const kinds = ['g[id="close"]', 'g[id="bidask"]', 'g.hover[id*="-headline-"]', 'g.hover[id*="-entry-"]', 'g.hover[id*="-exit-"]'];
    out.push(kinds.filter(k => [...p.querySelectorAll(k)].some(drawn)).length);
    out.push(p.querySelectorAll("g.hover > title").length);
    // the wheel zooms around the pointer, a double click goes back to the whole figure
    const home = p.getAttribute("viewBox"), r = p.getBoundingClientRect();
    p.dispatchEvent(new WheelEvent("wheel", {deltaY: -100, clientX: r.left + r.width / 2, clientY: r.top + r.height / 3,
                                             bubbles: true, cancelable: true}));
    const zoomed = p.getAttribute("viewBox");
    p.dispatchEvent(new MouseEvent("dblclick", {bubbles: true}));
    out.push(zoomed !== home && p.getAttribute("viewBox") === home ? "zooms" : "static " + home + " " + zoomed);
  } catch (e) { out.push("error " + e); }
  document.body.setAttribute("data-rendered", out.join("|"));
}, 500));
</script>"""


def external_references(text: str) -> list[str]:
    return re.findall(r'<(?:script|link|img|iframe)[^>]*(?:src|href)\s*=\s*["\']?(?:https?:)?//[^"\'> ]+', text, re.I)


@pytest.fixture(scope="module")
def reference_report(tmp_path_factory):
    out = tmp_path_factory.mktemp("ref") / "o"
    assert main(["--out", str(out)]) == 0
    return out / "report.html"


def test_reference_report_is_self_contained_labelled_and_deterministic(reference_report, tmp_path, capsys):
    text = reference_report.read_text(encoding="utf-8")
    assert external_references(text) == []
    assert "SIMULATED data" in text and "Where the money went" in text and "Statistics" in text
    # hover text (an SVG <title>) for each headline, the entry and the exit, worked out from the reference case
    titles = re.findall(r'<g id="panel-1-(\w+-\d+)" class="hover"><title>([^<]*)</title>', text)
    assert [k for k, _ in titles] == ["headline-0", "headline-1", "headline-2", "entry-0", "exit-0"]
    assert titles[0][1].startswith("ceo_rumor: Mark Zuckerberg to step down as Meta CEO next year")
    assert "source: The Leak" in titles[0][1] and "published 2022-11-22 11:00:00" in titles[0][1]
    assert titles[3][1].startswith("entry: long 904 at 110.6399") and titles[4][1].startswith("exit: denial at 111.0293, net 340.56")
    assert "exchange time (America/New_York)" in text and "<script" in text and "viewBox" in text
    assert main(["--out", str(tmp_path / "again")]) == 0
    assert (tmp_path / "again" / "report.html").read_bytes() == reference_report.read_bytes()


def render(path: Path, tmp_path: Path) -> str:
    probe = tmp_path / f"probe_{path.parent.name}.html"
    probe.write_text(path.read_text(encoding="utf-8") + PROBE, encoding="utf-8")
    dom = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                          "--disable-extensions", "--no-first-run", "--virtual-time-budget=10000", "--dump-dom",
                          probe.as_uri()], capture_output=True, text=True, timeout=120).stdout
    m = re.search(r'data-rendered="([^"]*)"', dom)
    assert m, "the page did not finish rendering"
    return m.group(1)


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed (apt-get install chromium)")
def test_reports_render_in_headless_chromium(reference_report, tmp_path, capsys):
    figures, kinds, titles, zoom = render(reference_report, tmp_path).split("|")
    # one price panel: close, bid/ask, headline labels, entries, exits all drawn; three headlines, one entry and one exit
    # with hover text; the wheel zooms
    assert figures == "1" and int(kinds) == 5 and int(titles) == 5 and zoom == "zooms"
    population(tmp_path)
    assert main(["run", "--headlines", str(tmp_path / "h.csv"), "--prices-dir", str(tmp_path / "prices"), "--engine", "fast",
                 *FEES_OFF, "--out", str(tmp_path / "pf")]) == 0
    text = (tmp_path / "pf" / "report.html").read_text(encoding="utf-8")
    assert external_references(text) == [] and "XYZ_2023-01-04" in text
    figures, *_ = render(tmp_path / "pf" / "report.html", tmp_path).split("|")
    assert figures == "3"  # one panel per event
