"""Report cosmetics a reader trusts: no "-0.00" bar label, headline labels inside the frame, a
latency curve equal to another's still visible, and every zero crossing said."""
import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure

from rumorbt import latency_curve as lcm


def test_a_zero_cost_bar_is_labelled_0_00_not_minus():
    from rumorbt.report import waterfall

    ax = Figure().subplots()
    waterfall(ax, {"zero_latency_move": 10.0, "latency_cost": 0.004, "spread_cost": 0.0, "slippage_cost": 0.0,
                   "impact_cost": 2.0, "fees": 1.0}, "t")
    labels = [t.get_text() for t in ax.texts]
    assert labels == ["10.00", "0.00", "0.00", "0.00", "-2.00", "-1.00", "7.00"]  # -0.004 and -0.0 read 0.00


def test_headline_labels_sit_inside_the_frame(tmp_path):
    from helpers import DENIAL, RUMOUR, config, write_headlines, write_tape
    from rumorbt.engine import run
    from rumorbt.report import report_figure

    tape = write_tape(tmp_path / "META_t.csv", n=600)
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "A Rather Long Blog Name", RUMOUR),
                                                 ("2022-11-22T10:35:00-05:00", "Twitter (@andystone)", DENIAL)])
    fig = report_figure(run(config(heads, tape)))
    fig.canvas.draw()
    ax = fig.axes[0]
    labels = [a for a in ax.texts if (a.get_gid() or "").startswith("headline-")]
    assert len(labels) == 2
    for a in labels:  # the label's top a few pixels below the frame's top (it was flush, and lost letters to it)
        assert a.get_window_extent().y1 <= ax.bbox.y1 - 3


def _curve(long_mean, follow_mean, latencies=(0.0, 1.0, 10.0, 30.0, 60.0)) -> lcm.LatencyCurve:
    rows, be = [], {}
    for d, mean in (("long", long_mean), ("follow", follow_mean)):
        x = np.asarray(latencies) * 1000
        point, verdict = lcm.break_even(pd.Series(mean, index=x))
        every = lcm.zero_crossings(pd.Series(mean, index=x))
        be[d] = {"latency_s": None if point is None else point / 1000, "lo_s": None, "hi_s": None,
                 "share_of_resamples_crossing": None, "verdict": verdict, "crossings_s": [c / 1000 for c in every]}
        for L, m in zip(latencies, mean):
            rows.append({"direction": d, "latency_s": L, "events": 1, "trading_events": 1, "mean_net_pnl": m,
                         "lo_net_pnl": np.nan, "hi_net_pnl": np.nan, "mean_net_bps": 0.0, "below_bar": False})
    return lcm.LatencyCurve(pd.DataFrame(rows), be, 0.0, 1)


def test_every_zero_crossing_is_found_and_said():
    # 10 at 0 s, -5 at 1 s: crosses at 1000 * 10/15 ms; +8 at 10 s: up at 1 + 9 * 5/13 s; -2 at 30 s:
    # down at 10 + 20 * 8/10 = 26 s
    c = lcm.zero_crossings(pd.Series([10.0, -5.0, 8.0, -2.0, -1.0], index=[0.0, 1000.0, 10000.0, 30000.0, 60000.0]))
    assert c == pytest.approx([1000 * 10 / 15, 1000 + 9000 * 5 / 13, 26000.0])
    assert lcm.break_even_ms(pd.Series([10.0, -5.0, 8.0, -2.0, -1.0], index=[0.0, 1000.0, 10000.0, 30000.0, 60000.0])) == c[0]
    lines = lcm.console_lines(_curve([10.0, -5.0, 8.0, -2.0, -1.0], [-1.0, -1.0, 3.0, 3.0, 3.0]))
    long_line = next(ln for ln in lines if ln.startswith("  long:"))
    assert long_line == "  long: break-even at 0.67 s (the first zero crossing; it crosses again at 4.46, 26.00 s)"
    follow_line = next(ln for ln in lines if ln.startswith("  follow:"))
    assert follow_line.endswith("no break-even (it crosses zero at 3.25 s)")  # 1 + 9 * 1/4 s
    assert lcm.crossings_text([500.0], 500.0) == ""  # one crossing: nothing more to say


def test_a_follow_curve_equal_to_long_is_drawn_apart_from_it(tmp_path, monkeypatch):
    seen, real = [], Figure.savefig
    monkeypatch.setattr(Figure, "savefig", lambda self, *a, **k: (seen.append(self), real(self, *a, **k))[1])
    same = [5.0, 4.0, 1.0, -1.0, -3.0]
    lcm.plot(_curve(same, same), tmp_path / "c.png", False)
    ax = seen[0].axes[0]
    curves = {ln.get_label().split(":")[0]: ln for ln in ax.lines if ln.get_label().endswith("mean per trading event")}
    assert np.array_equal(curves["long"].get_ydata(), curves["follow"].get_ydata())
    assert curves["long"].get_marker() != curves["follow"].get_marker()
    assert curves["follow"].get_markerfacecolor() == "none"  # hollow: the long marker shows through it
    assert curves["long"].get_linestyle() != curves["follow"].get_linestyle()
    be = {ln.get_label().split(":")[0]: ln for ln in ax.lines if "break-even" in ln.get_label()}
    assert be["long"].get_xdata()[0] == be["follow"].get_xdata()[0]  # the same latency ...
    assert be["long"]._unscaled_dash_pattern != be["follow"]._unscaled_dash_pattern  # ... in alternating dashes


def test_a_curve_whose_latencies_are_all_zero_still_gets_an_axis(tmp_path, monkeypatch):
    """Every latency 0 (a sweep with every leg at 0 ms): the log axis's right limit was 0, which
    matplotlib ignored with a warning, leaving an axis that does not show the point."""
    import warnings

    seen, real = [], Figure.savefig
    monkeypatch.setattr(Figure, "savefig", lambda self, *a, **k: (seen.append(self), real(self, *a, **k))[1])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        lcm.plot(_curve([5.0], [5.0], latencies=(0.0,)), tmp_path / "c.png", False)
    lo, hi = seen[0].axes[0].get_xlim()
    assert 0 < lo < hi


def test_an_expected_latency_is_labelled_readably(tmp_path, monkeypatch):
    """A many-event sweep's latencies are expected latencies (4.181380 s): the console and the
    plot's ticks read 4181380us; now 4.18s, while a grid's own values keep their spelling."""
    assert [lcm.latency_label(v) for v in (0.0, 0.5, 120.0, 4.18138, 34.18138, 604.18138, 0.0004181)] == [
        "0ms", "500ms", "2min", "4.18s", "34.2s", "10.1min", "418us"]
    lc = _curve([5.0, 4.0, -1.0], [5.0, 4.0, -1.0], latencies=(4.18138, 34.18138, 604.18138))
    rows = [ln.split(":")[0].strip() for ln in lcm.console_lines(lc) if ln.startswith("    ")]
    assert rows == ["4.18s", "34.2s", "10.1min"] * 2
    seen, real = [], Figure.savefig
    monkeypatch.setattr(Figure, "savefig", lambda self, *a, **k: (seen.append(self), real(self, *a, **k))[1])
    lcm.plot(lc, tmp_path / "c.png", False)
    assert [t.get_text() for t in seen[0].axes[0].get_xticklabels()] == ["4.18s", "34.2s", "10.1min"]
