"""What a sweep's report says (issue 9 item 11): contents of heatmap, latency curve, best.csv
and the SIMULATED labels, not only that the files exist."""
import json

import numpy as np
import pandas as pd
import pytest

from rumorbt.cli import main
from rumorbt.sweep import SweepSpec
from rumorbt.latency_curve import break_even_ms
from rumorbt.sweep_report import best_table, break_even, heatmap, latency_table, read_results, write_sweep_report

SPEC = SweepSpec(base={}, grid={"latency.order": ["1ms", "2s", "30s"], "costs.impact_k": ["0", "0.5", "1.0"],
                                "strategy.direction": ["long", "follow"]})


def results_csv(tmp_path, rows):
    """rows: combo -> (trades, net_pnl); latency = the order latency in ms."""
    lat = {"1ms": 1.0, "2s": 2000.0, "30s": 30000.0}
    out = ["combo,latency.order,costs.impact_k,strategy.direction,trades,net_pnl,total_latency_ms,simulated_data"]
    for c in range(SPEC.size):
        k = SPEC.combo(c)
        tr, net = rows[c]
        out.append(f"{c},{k['latency.order']},{k['costs.impact_k']},{k['strategy.direction']},{tr},{net:.2f},"
                   f"{lat[k['latency.order']]},true")
    p = tmp_path / "results.csv"
    p.write_text("\n".join(out) + "\n")
    return p


def scenario():
    """long: 300 / 100 / -100 at 1ms / 2s / 30s minus 10 x impact_k index; follow never trades."""
    rows = {}
    for c in range(SPEC.size):
        k = SPEC.combo(c)
        if k["strategy.direction"] == "follow":
            rows[c] = (0, 0.0)
        else:
            base = {"1ms": 300.0, "2s": 100.0, "30s": -100.0}[k["latency.order"]]
            rows[c] = (1, base - 10 * SPEC.grid["costs.impact_k"].index(k["costs.impact_k"]))
    return rows


def test_heatmap_is_filled_for_numeric_grid_values(tmp_path):
    df = read_results(results_csv(tmp_path, scenario()), SPEC)
    pivot = heatmap(df, SPEC, ("latency.order", "costs.impact_k"), tmp_path / "h.png", False)
    # only long trades: cell (1ms, 0.5) = 300 - 10 = 290; nothing is NaN although "0.5" reads as a number
    assert pivot.at("1ms", "0.5") == 290 and pivot.at("30s", "1.0") == -120
    assert not np.isnan(pivot.mean).any()


def test_no_trade_cells_are_nan_not_zero(tmp_path):
    rows = scenario()
    for c in range(SPEC.size):
        if SPEC.combo(c)["latency.order"] == "30s":
            rows[c] = (0, 0.0)
    df = read_results(results_csv(tmp_path, rows), SPEC)
    pivot = heatmap(df, SPEC, ("latency.order", "costs.impact_k"), tmp_path / "h.png", False)
    assert np.isnan(pivot.mean[pivot.rows.index("30s")]).all() and pivot.at("2s", "0") == 100


def test_latency_curve_never_mixes_directions_and_no_trade_has_no_break_even(tmp_path):
    df = read_results(results_csv(tmp_path, scenario()), SPEC)
    tab = latency_table(df, SPEC)
    long, follow = tab["long"], tab["follow"]
    assert list(tab) == ["follow", "long"] and list(long.total_latency_ms) == [1.0, 2000.0, 30000.0]
    # long medians over impact_k: 290, 90, -110 (the follow rows' zeros are not in them)
    assert list(long.median) == [290, 90, -110] and list(long.combinations) == [3, 3, 3]
    assert np.isnan(follow.median).all() and (follow.trading == 0).all()
    assert break_even_ms((follow.total_latency_ms, follow.median)) is None
    # long crosses zero between 2 s (90) and 30 s (-110): 2000 + 28000 * 90 / 200
    assert break_even_ms((long.total_latency_ms, long.median)) == pytest.approx(2000 + 28000 * 90 / 200)
    text = write_sweep_report(tmp_path / "results.csv", SPEC, simulated=True, bar_seconds=60)
    assert "break-even latency (follow): no trade at any latency in the grid" in text
    assert break_even(pd.Series([-5.0, 3.0], index=[1.0, 2.0])) == (None, "never_profitable")
    assert break_even(pd.Series([5.0, 3.0], index=[1.0, 2.0])) == (None, "always_profitable")
    assert "break-even latency (long" in text and "14.60 s" in text
    assert "below the tape's bar length (60 s)" in text


def test_best_table_ignores_a_categorical_neighbour_that_does_not_trade(tmp_path):
    df = read_results(results_csv(tmp_path, scenario()), SPEC)
    best = best_table(df, SPEC, 3)
    top = best[0]
    assert (top["latency.order"], top["costs.impact_k"], top["strategy.direction"], top["net_pnl"]) == ("1ms", "0", "long", 300)
    # neighbours along numeric keys only: 2s (100) and impact 0.5 (290); follow is not a neighbour
    assert top["neighbours"] == 2 and top["neighbour_min"] == 100 and top["neighbours_no_trade"] == 0
    assert top["shape"] == "spike"  # 100 < half of 300
    second = best[1]  # 1ms, 0.5: neighbours 300, 280, 90
    assert second["net_pnl"] == 290 and second["neighbours"] == 3 and second["shape"] == "spike"
    assert all(r["strategy.direction"] == "long" for r in best)  # a combination that does not trade is never "best"


def test_reference_sweep_outputs_say_simulated(tmp_path, capsys):
    grid = tmp_path / "g.toml"
    grid.write_text('[grid]\n"latency.order" = ["1ms", "50ms"]\n"costs.impact_k" = [0, 0.5]\n')
    out = tmp_path / "o"
    assert main(["sweep", "--config", str(grid), "--workers", "1", "--no-progress", "--out", str(out)]) == 0
    assert "SIMULATED" in capsys.readouterr().out
    res = pd.read_csv(out / "results.csv")
    assert (res["simulated_data"] == True).all()  # noqa: E712
    assert (pd.read_csv(out / "best.csv")["simulated_data"] == True).all()  # noqa: E712
    meta = json.loads((out / "sweep.json").read_text())
    assert meta["simulated_data"] is True and "SIMULATED" in meta["data_warning"]


def test_a_sweep_over_many_events_reproduces_run_prices_dir(tmp_path, capsys):
    """One grid, many events: [sweep] prices_dir; a row equals `run --prices-dir` to the cent."""
    from test_event_study import FEES_OFF, population

    from rumorbt.config import REFERENCE_CONFIG

    population(tmp_path)
    sets = [s.removeprefix("--set=").split("=", 1) for s in FEES_OFF]
    base = "\n".join(f'"{k}" = "{v}"' for k, v in sets)
    f = tmp_path / "s.toml"
    f.write_text(f'[base]\n"data.headlines" = "{tmp_path / "h.csv"}"\n{base}\n'
                 '[grid]\n"latency.feed.blog" = ["0ms", "61s"]\n"strategy.direction" = ["long", "follow"]\n'
                 '[sweep]\nprices_dir = "prices"\n')
    assert main(["sweep", "--config", str(f), "--workers", "1", "--no-progress", "--out", str(tmp_path / "sw")]) == 0
    text = capsys.readouterr().out
    res = pd.read_csv(tmp_path / "sw" / "results.csv", dtype=str)
    assert len(res) == 4 and "long: break-even" in text and "follow: break-even" in text
    for i in (0, 3):
        row = res.iloc[i]
        assert main(["run", "--config", str(REFERENCE_CONFIG), "--headlines", str(tmp_path / "h.csv"), "--prices-dir",
                     str(tmp_path / "prices"), "--engine", "fast", *FEES_OFF, f"--set=latency.feed.blog={row['latency.feed.blog']}",
                     f"--set=strategy.direction={row['strategy.direction']}", "--out", str(tmp_path / f"run{i}")]) == 0
        s = json.loads((tmp_path / f"run{i}" / "summary.json").read_text())
        assert f"{s['net_pnl']:.2f}" == row["net_pnl"] and int(row["trades"]) == s["trades"] == 3


def test_a_many_event_sweep_gives_each_combination_its_own_extended_hours(tmp_path, monkeypatch):
    """The events are planned once per process; each combination must still be evaluated with
    its own data.extended_hours (before, every combination after the first silently took the
    first one's, so rows depended on how combinations were spread over workers)."""
    from test_event_study import population

    from rumorbt import sweep as sweep_mod

    population(tmp_path)
    seen = []
    real = sweep_mod.evaluate

    def spy(cfg, inputs, engine, cache=None):
        seen.append(cfg.data.extended_hours)
        return real(cfg, inputs, engine, cache)

    monkeypatch.setattr(sweep_mod, "evaluate", spy)
    f = tmp_path / "s.toml"
    f.write_text(f'[base]\n"data.headlines" = "{tmp_path / "h.csv"}"\n'
                 '[grid]\n"data.extended_hours" = [true, false]\n[sweep]\nprices_dir = "prices"\n')
    assert main(["sweep", "--config", str(f), "--workers", "1", "--no-progress", "--out", str(tmp_path / "sw")]) == 0
    res = pd.read_csv(tmp_path / "sw" / "results.csv")
    assert list(res["data.extended_hours"]) == [True, False]
    # three events per combination, the zero-latency counterfactual may add calls: each combination's own value
    assert True in seen and False in seen


def test_best_csv_writes_its_cells_as_results_csv_does(tmp_path, capsys):
    """With draws, trades is a mean written with cents in results.csv (20.00, 18.67); best.csv
    wrote 20.0 and Python's True where results.csv says true."""
    grid = tmp_path / "g.toml"
    grid.write_text('[grid]\n"latency.order" = ["1ms", "50ms"]\n[sweep]\ndraws = 2\n')
    out = tmp_path / "o"
    assert main(["sweep", "--config", str(grid), "--workers", "1", "--no-progress", "--out", str(out)]) == 0
    capsys.readouterr()
    res = {r["combo"]: r for r in pd.read_csv(out / "results.csv", dtype=str).to_dict("records")}
    best = pd.read_csv(out / "best.csv", dtype=str).to_dict("records")
    assert best and all(b["trades"] == res[b["combo"]]["trades"] and b["simulated_data"] == "true" for b in best)
    assert all(b["trades"].endswith(".00") for b in best)


@pytest.mark.parametrize("rows", [1, 2, 6])
def test_the_heatmap_colour_bar_label_stays_inside_the_image(tmp_path, monkeypatch, rows):
    """A map one or two rows tall (two directions against a latency) cut its colour bar's label
    at both ends: the figure was shorter than the one-line label."""
    from matplotlib.figure import Figure

    from rumorbt.sweep import SweepSpec

    seen, real = [], Figure.savefig
    monkeypatch.setattr(Figure, "savefig", lambda self, *a, **k: (seen.append(self), real(self, *a, **k))[1])
    spec = SweepSpec({}, {"latency.feed.blog": [f"{i}s" for i in range(rows)], "latency.order": ["1ms", "2ms", "3ms"]})
    from rumorbt.sweep_report import Results

    n = spec.size
    res = Results(combo=np.arange(n), grid={k: [spec.combo(c)[k] for c in range(n)] for k in spec.grid},
                  trades=np.ones(n), net_pnl=10.0 * np.arange(n), total_latency_ms=np.ones(n))
    heatmap(res, spec, tuple(spec.grid), tmp_path / "h.png", False)
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig = seen[0]
    FigureCanvasAgg(fig).draw()  # laid out as the file was
    label = fig.axes[1].yaxis.label.get_window_extent()
    assert fig.bbox.x0 <= label.x0 and label.x1 <= fig.bbox.x1 and fig.bbox.y0 <= label.y0 and label.y1 <= fig.bbox.y1


def test_heatmap_ticks_show_file_paths_by_their_distinguishing_tail():
    from rumorbt.sweep_report import tick_labels

    assert tick_labels(["1ms", "50ms"]) == ["1ms", "50ms"]
    assert tick_labels(["/data/run/a/tape.csv", "/data/run/b/tape.csv"]) == ["a/tape.csv", "b/tape.csv"]
    assert tick_labels(["/data/run/a/tape.csv", "/data/run/a/flat.csv"]) == ["tape.csv", "flat.csv"]
    assert tick_labels(["/d/" + "x" * 40 + ".csv"]) == ["…" + ("x" * 40 + ".csv")[-27:]]


def test_heatmap_ticks_of_long_paths_ending_alike_still_tell_them_apart():
    """Two tapes of one name in two long folders: cut to 28 characters from the end, both ticks
    read '…feed/META_2022-11-22_1s.csv', the same label for two grid values."""
    from rumorbt.sweep_report import tick_labels

    values = ["/data/run_with_quotes_feed/META_2022-11-22_1s.csv",
              "/data/run_without_quotes_feed/META_2022-11-22_1s.csv"]
    labels = tick_labels(values)
    assert labels == ["run_with_quot…2-11-22_1s.csv", "run_without_q…2-11-22_1s.csv"]
    assert tick_labels(["/d/" + "x" * 40 + "_a.csv", "/d/" + "x" * 40 + "_b.csv"]) == \
        ["…" + ("x" * 40 + "_a.csv")[-27:], "…" + ("x" * 40 + "_b.csv")[-27:]]  # the end still tells them apart
    distinct_heads = tick_labels(["/d/alpha_" + "y" * 40 + ".csv", "/d/omega_" + "y" * 40 + ".csv"])
    assert distinct_heads == ["alpha_" + "y" * 7 + "…" + ("y" * 40 + ".csv")[-14:],
                              "omega_" + "y" * 7 + "…" + ("y" * 40 + ".csv")[-14:]]


def test_a_long_list_of_warnings_shows_ten_then_counts_the_rest():
    """One rule for the sweep's console, a notebook's sweep warning and run --prices-dir."""
    from rumorbt.errors import first_warnings

    said = [f"warning: w{i}" for i in range(12)]
    assert first_warnings(said, "warning: ... and {n} more (see sweep.json, warnings)") == \
        said[:10] + ["warning: ... and 2 more (see sweep.json, warnings)"]
    assert first_warnings(said[:10], "... and {n} more") == said[:10]
    assert first_warnings([], "... and {n} more") == []
