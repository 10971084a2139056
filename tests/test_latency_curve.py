"""The population latency curve on the tiny three-event population worked out by hand."""

import numpy as np
import pandas as pd
import pytest

from rumorbt.cli import main
from test_event_study import FEES_OFF, population as write_population

@pytest.fixture
def population(tmp_path):
    return write_population(tmp_path)


def curve(population, out, *extra):
    return main(["latency-curve", "--headlines", str(population / "h.csv"), "--prices-dir", str(population / "prices"),
                 "--latencies", "0ms,61s", "--directions", "long,follow", "--boot", "200", *FEES_OFF, *extra,
                 "--out", str(out)])


def test_curve_per_direction_break_even_and_no_trade_by_hand(population, capsys):
    assert curve(population, population / "o") == 0
    out = capsys.readouterr().out
    t = pd.read_csv(population / "o" / "latency_curve.csv")
    long = t[t["direction"] == "long"].set_index("latency_s")
    # 0 s: in at the 10:06 open (102.01, 50.51, 206.01 with the half spread), out at the 10:09
    # open (102.99, 49.99, 207.99): 98, -52, 198
    assert long.loc[0.0, "mean_net_pnl"] == pytest.approx((98 - 52 + 198) / 3, abs=0.01)
    # 61 s: the entry reaches the market at 10:06:01 -> the 10:07 open (103.01, 50.01, 208.01); the
    # denial is known at 10:09:01 -> the 10:10 open (102.99, 49.99, 207.99): -2 each
    assert long.loc[61.0, "mean_net_pnl"] == pytest.approx(-2.0, abs=0.01)
    assert (long["trading_events"] == 3).all() and list(long["below_bar"]) == [True, False]
    assert (long["lo_net_pnl"] <= long["mean_net_pnl"]).all() and (long["mean_net_pnl"] <= long["hi_net_pnl"]).all()
    # follow: at 0 s it has seen no move (no trade, not a zero); at 61 s the 10:05 bar's close
    # (102, 50.5, 206) is above the 10:04 close: it goes long, like long at 61 s
    follow = t[t["direction"] == "follow"].set_index("latency_s")
    assert np.isnan(follow.loc[0.0, "mean_net_pnl"]) and follow.loc[0.0, "trading_events"] == 0
    assert follow.loc[61.0, "mean_net_pnl"] == pytest.approx(-2.0, abs=0.01)
    # break-even between 0 s (81.33) and 61 s (-2), interpolated
    be = 61 * (244 / 3) / (244 / 3 + 2)
    assert f"long: break-even at {be:.2f} s" in out
    assert "follow: break-even loses already at the fastest latency at which it trades" in out
    assert "resolved only to the bar" in out and "SIMULATED" not in out
    assert (t["simulated_data"] == False).all()  # noqa: E712


def test_same_inputs_same_band(population, capsys):
    assert curve(population, population / "a") == 0 and curve(population, population / "b") == 0
    assert (population / "a" / "latency_curve.csv").read_bytes() == (population / "b" / "latency_curve.csv").read_bytes()


def test_single_run_curve_on_the_reference_case(tmp_path, capsys):
    assert main(["latency-curve", "--latencies", "0ms,30s", "--boot", "0", "--out", str(tmp_path / "o")]) == 0
    out = capsys.readouterr().out
    t = pd.read_csv(tmp_path / "o" / "latency_curve.csv")
    assert list(t["latency_s"]) == [0, 30] and (t["events"] == 1).all() and (t["simulated_data"] == True).all()  # noqa: E712
    assert "SIMULATED" in out and t["lo_net_pnl"].isna().all()  # one event: no band to draw


def test_axis_ticks_are_the_latencies_in_plain_text(population, monkeypatch, capsys):
    """Reports read `$` as a dollar sign (math text off), so a log axis's default $10^{1}$ labels
    came out raw; the ticks are the latencies computed, 0 where it is drawn."""
    from matplotlib.figure import Figure

    seen, real = [], Figure.savefig
    monkeypatch.setattr(Figure, "savefig", lambda self, *a, **k: (seen.append(self), real(self, *a, **k))[1])
    assert curve(population, population / "o") == 0
    labels = [t.get_text() for t in seen[0].axes[0].get_xticklabels()]
    assert labels == ["0", "61s"]


def test_a_curve_over_fewer_events_than_the_file_says_which_were_left_out(population, capsys):
    """An event with no tape is left out of the curve (as run skips it); the curve says so, as
    run does, instead of silently averaging over the rest."""
    h = pd.read_csv(population / "h.csv")
    extra = pd.DataFrame([{"published_at": "2023-01-04T10:05:00-05:00", "source": "SomeBlog", "ticker": "ABC", "id": "rA",
                           "headline": "ABC CEO to step down, sources say", "label": "ceo_rumor"}])
    pd.concat([h, extra]).to_csv(population / "h.csv", index=False)
    assert curve(population, population / "o") == 0
    out = capsys.readouterr().out
    assert "3 event(s)" in out  # XYZ's three; ABC has no tape
    assert "warning: skipped ABC_2023-01-04_rA: no tape for ABC" in out


def test_a_single_tape_curve_says_which_rumour_the_tape_cannot_evaluate(tmp_path, capsys):
    """The reference headlines plus the same rumour three days later, on the one-day tape: the
    curve is over the first, and says (as run does) that the tape lacks the second one's day."""
    from rumorbt.config import REFERENCE_DIR

    h = pd.read_csv(REFERENCE_DIR / "META_2022-11-22_headlines.csv")
    later = h.iloc[[0]].assign(published_at="2022-11-25T11:00:00-05:00", id="leak2", time_precision="exact")
    pd.concat([h, later]).to_csv(tmp_path / "h.csv", index=False)
    assert main(["latency-curve", "--headlines", str(tmp_path / "h.csv"),
                 "--prices", str(REFERENCE_DIR / "META_2022-11-22_1s_SIMULATED.csv.gz"),
                 "--latencies", "0ms,30s", "--boot", "0", "--out", str(tmp_path / "o")]) == 0
    out = capsys.readouterr().out
    assert ("data row 5: headline leak2 (2022-11-25 11:00 EST) cannot be evaluated on META_2022-11-22_1s_SIMULATED.csv.gz: "
            "the tape has no bars on 2022-11-25") in out
