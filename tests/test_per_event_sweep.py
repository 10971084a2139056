"""A sweep over many events keeps every combination's outcome on every event, and its latency
curve is a bootstrap over events, worked out by hand on the tiny three-event population."""
import numpy as np
import pandas as pd
import pytest

from rumorbt.cli import main
from rumorbt.sweep import load_sweep
from rumorbt.sweep_run import run_sweep
from test_event_study import FEES_OFF, population


def sweep_file(tmp_path, grid='"latency.feed.blog" = ["0ms", "61s"]\n"strategy.direction" = ["long", "follow"]\n'):
    population(tmp_path)
    sets = [s.removeprefix("--set=").split("=", 1) for s in FEES_OFF]
    sets += [("latency.decision", "0ms"), ("latency.order", "0ms")]
    base = "\n".join(f'"{k}" = "{v}"' for k, v in sets)
    f = tmp_path / "s.toml"
    f.write_text(f'[base]\n"data.headlines" = "{tmp_path / "h.csv"}"\n{base}\n[grid]\n{grid}[sweep]\nprices_dir = "prices"\n')
    return f


def test_per_event_rows_and_the_bootstrap_curve_by_hand(tmp_path, capsys):
    f = sweep_file(tmp_path)
    assert main(["sweep", "--config", str(f), "--workers", "1", "--no-progress", "--out", str(tmp_path / "sw")]) == 0
    text = capsys.readouterr().out
    ev = pd.read_csv(tmp_path / "sw" / "events.csv")
    assert list(ev["event"]) == [0, 1, 2] and list(ev["ticker"]) == ["XYZ"] * 3
    pe = pd.read_csv(tmp_path / "sw" / "per_event.csv")
    # combinations: 0 (0ms, long), 1 (0ms, follow), 2 (61s, long), 3 (61s, follow); 3 events each
    assert list(pe["combo"]) == [0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3] and list(pe["event"]) == [0, 1, 2] * 4
    # long at 0 s: in at the 10:06 open + half spread, out at the 10:09 open - half spread: 98, -52, 198
    assert pe[pe["combo"] == 0]["net_pnl"].tolist() == [98.0, -52.0, 198.0]
    assert pe[pe["combo"] == 0]["notional"].tolist() == [10201.0, 5051.0, 20601.0]
    # follow at 0 s has seen no move: no trade (empty), never a zero
    assert (pe[pe["combo"] == 1]["trades"] == 0).all() and pe[pe["combo"] == 1]["net_pnl"].isna().all()
    assert pe[pe["combo"] == 2]["net_pnl"].tolist() == [-2.0, -2.0, -2.0]
    # the rows add up to results.csv, and no trade on any event is an empty cell there too
    res = pd.read_csv(tmp_path / "sw" / "results.csv")
    assert pe.groupby("combo")["net_pnl"].sum(min_count=1).round(2).fillna(-1).tolist() == res["net_pnl"].fillna(-1).tolist()
    assert res.loc[1, "trades"] == 0 and res.loc[1, ["net_pnl", "hit_rate", "mean_net_bps"]].isna().all()
    assert (pe["simulated_data"] == False).all() and (ev["simulated_data"] == False).all()  # noqa: E712
    lc = pd.read_csv(tmp_path / "sw" / "latency_curve.csv")
    long = lc[lc["direction"] == "long"].set_index("latency_s")
    assert long.loc[0.0, "mean_net_pnl"] == pytest.approx(244 / 3, abs=0.01)
    assert long.loc[61.0, "mean_net_pnl"] == pytest.approx(-2.0, abs=0.01)
    assert list(long["below_bar"]) == [True, False] and (long["trading_events"] == 3).all()
    # the band is a bootstrap over the three events: at 0 s it lies within [min, max] of 98, -52, 198
    assert -52 <= long.loc[0.0, "lo_net_pnl"] < 244 / 3 < long.loc[0.0, "hi_net_pnl"] <= 198
    assert long.loc[61.0, "lo_net_pnl"] == long.loc[61.0, "hi_net_pnl"] == -2.0
    follow = lc[lc["direction"] == "follow"].set_index("latency_s")
    assert np.isnan(follow.loc[0.0, "mean_net_pnl"]) and follow.loc[0.0, "trading_events"] == 0
    be = 61 * (244 / 3) / (244 / 3 + 2)
    assert f"long: break-even at {be:.2f} s, 95% interval" in text
    assert "follow: break-even loses already at the fastest latency at which it trades" in text
    assert "resolved only to the bar" in text


def test_same_as_the_latency_curve_command(tmp_path, capsys):
    """The sweep's curve and `latency-curve` over the same events and latencies agree."""
    f = sweep_file(tmp_path)
    assert main(["sweep", "--config", str(f), "--workers", "1", "--no-progress", "--out", str(tmp_path / "sw")]) == 0
    assert main(["latency-curve", "--headlines", str(tmp_path / "h.csv"), "--prices-dir", str(tmp_path / "prices"),
                 "--latencies", "0ms,61s", "--directions", "follow,long", "--boot", "1000", *FEES_OFF,
                 "--out", str(tmp_path / "lc")]) == 0
    a = pd.read_csv(tmp_path / "sw" / "latency_curve.csv")
    b = pd.read_csv(tmp_path / "lc" / "latency_curve.csv")
    cols = ["direction", "latency_s", "trading_events", "mean_net_pnl", "mean_net_bps", "below_bar"]
    pd.testing.assert_frame_equal(a[cols], b[cols])


def test_resume_cuts_per_event_rows_where_results_stop(tmp_path):
    f = sweep_file(tmp_path, '"latency.feed.blog" = ["0ms", "30s", "61s", "2min"]\n"strategy.direction" = ["long", "follow"]\n')
    spec = load_sweep(str(f))
    ref = run_sweep(spec, tmp_path / "ref", workers=1, progress=False, chunk_size=2).parent
    import rumorbt.sweep as sw
    from rumorbt.sweep_run import SweepInterrupted

    real, calls = sw.evaluate_chunk_events, []

    def stop_after_two_chunks(spec, idx):
        calls.append(idx)
        if len(calls) > 2:
            raise KeyboardInterrupt
        return real(spec, idx)

    sw.evaluate_chunk_events = stop_after_two_chunks
    try:
        with pytest.raises(SweepInterrupted):
            run_sweep(spec, tmp_path / "cut", workers=1, progress=False, chunk_size=2)
    finally:
        sw.evaluate_chunk_events = real
    cut = tmp_path / "cut"
    assert pd.read_csv(cut / "per_event.csv")["combo"].max() == 3
    with open(cut / "per_event.csv", "a") as fh:  # rows of a chunk whose results never made it
        fh.write("4,0,1,12.00,100.00,false\n4,1,")
    run_sweep(spec, cut, workers=1, resume=True, progress=False, chunk_size=2)
    for name in ("results.csv", "per_event.csv", "events.csv"):
        assert (cut / name).read_bytes() == (ref / name).read_bytes(), name


def test_a_changed_per_event_file_is_refused_on_resume(tmp_path, capsys):
    f = sweep_file(tmp_path)
    out = tmp_path / "sw"
    assert main(["sweep", "--config", str(f), "--workers", "1", "--no-progress", "--out", str(out)]) == 0
    data = (out / "per_event.csv").read_text().replace("198.00", "999.00")
    (out / "per_event.csv").write_text(data)
    capsys.readouterr()
    assert main(["sweep", "--config", str(f), "--workers", "1", "--no-progress", "--resume", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    errors = [x for x in err.splitlines() if x.startswith("error:")]
    assert len(errors) == 1 and "per_event.csv" in errors[0] and "changed" in errors[0]


def test_worker_processes_write_the_same_per_event_file(tmp_path):
    f = sweep_file(tmp_path)
    one = run_sweep(load_sweep(str(f)), tmp_path / "one", workers=1, progress=False, chunk_size=1).parent
    two = run_sweep(load_sweep(str(f)), tmp_path / "two", workers=2, progress=False, chunk_size=1).parent
    assert (one / "per_event.csv").read_bytes() == (two / "per_event.csv").read_bytes()


def test_batch_kernel_and_reference_path_give_the_same_per_event_rows(tmp_path):
    import rumorbt.sweep as sw

    f = sweep_file(tmp_path, '"latency.feed.blog" = ["0ms", "30s", "61s"]\n"strategy.direction" = ["long", "short", "follow"]\n'
                             '"costs.impact_k" = [0, 1]\n')
    spec = load_sweep(str(f))
    assert sw._kernel(spec) is not None  # this grid is the kernel's
    idx = list(range(spec.size))
    assert sw.evaluate_chunk_events(spec, idx) == sw._reference(spec, idx, True)
    assert sw.evaluate_chunk(spec, idx) == sw._evaluate_reference(spec, idx)


def test_repeated_draws_average_each_event_over_the_draws_that_trade(tmp_path):
    f = sweep_file(tmp_path)
    one = run_sweep(load_sweep(str(f)), tmp_path / "one", workers=1, progress=False).parent
    f.write_text(f.read_text().replace("[sweep]\n", "[sweep]\ndraws = 2\n"))
    two = run_sweep(load_sweep(str(f)), tmp_path / "two", workers=1, progress=False).parent
    a, b = pd.read_csv(one / "per_event.csv"), pd.read_csv(two / "per_event.csv")
    # constant latencies: both draws trade alike, so the mean is the single draw's, trades twice as many
    assert (b["trades"] == 2 * a["trades"]).all()
    pd.testing.assert_series_equal(a["net_pnl"], b["net_pnl"])
    pd.testing.assert_series_equal(a["notional"], b["notional"])


def test_mean_over_draws_by_hand():
    from rumorbt.per_event import EventOutcomes, encode, mean_over_draws

    nan = float("nan")
    d1 = EventOutcomes(np.array([1, 0, 1]), np.array([10.0, nan, -4.0]), np.array([100.0, nan, 50.0]))
    d2 = EventOutcomes(np.array([1, 1, 0]), np.array([20.0, 5.0, nan]), np.array([100.0, 60.0, nan]))
    m = mean_over_draws([d1, d2])
    assert m.trades.tolist() == [2, 1, 1] and m.net_pnl.tolist() == [15.0, 5.0, -4.0] and m.notional.tolist() == [100.0, 60.0, 50.0]
    assert encode(7, d1, True) == "7,0,1,10.00,100.00,true\n7,1,0,,,true\n7,2,1,-4.00,50.00,true\n"


def test_the_sweep_says_what_run_says_about_its_inputs_once_apart_from_the_rows(tmp_path, capsys):
    """A rumour for a ticker without a tape, one on a day the tape misses, and a denial that
    comes only after the tape's end: `run --prices-dir` warns about each; so does the sweep,
    once (not once per combination), in its console and sweep.json, never in results.csv."""
    import json

    f = sweep_file(tmp_path, '"latency.feed.newswire" = ["0ms", "1h"]\n"strategy.direction" = ["long", "follow"]\n')
    h = pd.read_csv(tmp_path / "h.csv")
    extra = pd.DataFrame([
        {"published_at": "2023-01-04T11:00:00-05:00", "source": "SomeBlog", "ticker": "ABC", "id": "nopx",
         "headline": "ABC CEO to step down, sources say", "label": "ceo_rumor"},
        {"published_at": "2023-02-01T10:05:00-05:00", "source": "SomeBlog", "ticker": "XYZ", "id": "noday",
         "headline": "XYZ CEO to quit, sources say", "label": "ceo_rumor"}])
    pd.concat([h, extra]).sort_values("published_at").to_csv(tmp_path / "h.csv", index=False)
    f.write_text(f.read_text().replace("[grid]", '"latency.feed.blog" = "0ms"\n[grid]'))
    assert main(["sweep", "--config", str(f), "--workers", "1", "--no-progress", "--out", str(tmp_path / "sw")]) == 0
    out = capsys.readouterr().out
    skipped = ["warning: skipped ABC_2023-01-04_nopx: no tape for ABC",
               "warning: skipped XYZ_2023-02-01_noday: no bars on the rumour's day in XYZ_tiny.csv"]
    spec = load_sweep(str(f))
    sets = [f"--set={k}={v}" for k, v in spec.base.items() if k != "data.headlines"]
    assert main(["run", "--headlines", str(tmp_path / "h.csv"), "--prices-dir", str(tmp_path / "prices"), *sets,
                 "--set=latency.feed.newswire=1h", "--out", str(tmp_path / "r")]) == 0
    said = capsys.readouterr().out.splitlines()
    assert [ln for ln in said if ln.startswith("warning:")] == skipped
    assert any(ln.startswith("open at the tape's end") for ln in said)
    lines = out.splitlines()
    for w in skipped:
        assert lines.count(w) == 1
    # the 1h denial comes after the last day's bars: one of the four combinations holds at the end
    assert lines.count("warning: 1 of 4 combination(s) hold a position the tape's end could not close: counted apart "
                       "in open_trades and open_net_pnl (marked), not in net_pnl or any other column") == 1
    assert json.loads((tmp_path / "sw" / "sweep.json").read_text())["warnings"] == skipped
    assert "warning" not in (tmp_path / "sw" / "results.csv").read_text()


def test_a_single_tape_sweep_repeats_runs_input_warnings_once(tmp_path, capsys):
    """The reference case: `run` warns that three headline times are not exact; the sweep says
    the same three lines once, whatever the number of combinations."""
    assert main(["--out", str(tmp_path / "r")]) == 0
    run_warnings = [ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("warning:")]
    assert len(run_warnings) == 3 and all("not exact" in w for w in run_warnings)
    f = tmp_path / "s.toml"
    f.write_text('[grid]\n"latency.order" = ["1ms", "50ms", "250ms"]\n"strategy.direction" = ["long", "follow"]\n')
    assert main(["sweep", "--config", str(f), "--workers", "1", "--no-progress", "--out", str(tmp_path / "sw")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [ln for ln in lines if ln.startswith("warning:")] == run_warnings
