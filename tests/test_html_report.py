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
    const views = [];
    const walk = (v) => { views.push(v); for (const c of (v.child_views || [])) walk(c);
                          for (const r of (v.renderer_views ? v.renderer_views.values() : [])) walk(r); };
    for (const v of Object.values(Bokeh.index)) walk(v);
    out.push(views.filter(v => v.model && v.model.type === "Figure" && v.canvas_view).length);
    out.push(views.filter(v => v.model && v.model.type === "GlyphRenderer").length);
  } catch (e) { out.push("error " + e); }
  document.body.setAttribute("data-rendered", out.join("|"));
}, 1500));
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
    figures, glyphs = render(reference_report, tmp_path).split("|")
    # one price panel: close, bid/ask, headline markers, entries, exits
    assert figures == "1" and int(glyphs) == 5
    population(tmp_path)
    assert main(["run", "--headlines", str(tmp_path / "h.csv"), "--prices-dir", str(tmp_path / "prices"), "--engine", "fast",
                 *FEES_OFF, "--out", str(tmp_path / "pf")]) == 0
    text = (tmp_path / "pf" / "report.html").read_text(encoding="utf-8")
    assert external_references(text) == [] and "XYZ_2023-01-04" in text
    figures, glyphs = render(tmp_path / "pf" / "report.html", tmp_path).split("|")
    assert figures == "3"  # one panel per event
