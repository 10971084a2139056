"""No look-ahead: changing the future changes no earlier decision; runs are reproducible."""
import filecmp

import pandas as pd

from helpers import DENIAL, RUMOUR, config, write_headlines, write_tape
import pytest

from rumorbt import engine
from rumorbt.report import write_outputs


@pytest.fixture(autouse=True, params=["fast", "backtrader"])
def run(request):
    """Every look-ahead test on both engines: the default array driver and backtrader, bar by bar."""
    return lambda cfg, *a, **k: engine.run(cfg, *a, engine=request.param, **k)

LAT = {"latency.feed.blog": "2s", "latency.feed.social": "1s", "latency.feed.newswire": "300ms",
       "latency.decision": "500ms", "latency.order": "100ms"}
H = [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR), ("2022-11-22T10:40:00-05:00", "Twitter", DENIAL)]


def entry_exit(res):
    return [(t.side, t.qty, t.entry_time, t.entry_price, t.exit_time, t.exit_price, t.exit_reason) for t in res.trades]


def decisions_before(res, t_ns):
    return [d for d in res.decisions if d[0] <= t_ns]


def test_changing_prices_after_the_exit_changes_nothing(run, tmp_path):
    heads = write_headlines(tmp_path / "h.csv", H)
    base = run(config(heads, write_tape(tmp_path / "a.csv", n=900), **LAT))
    wild = {i: {"open": 500.0, "high": 501.0, "low": 1.0, "close": 2.0, "bid": 499.0, "ask": 501.0} for i in range(614, 900)}
    changed = run(config(heads, write_tape(tmp_path / "b.csv", n=900, patch=wild), **LAT))
    assert entry_exit(base) == entry_exit(changed)
    assert base.trades[0].net_pnl == changed.trades[0].net_pnl


def test_changing_the_bar_after_the_decision_changes_no_decision(run, tmp_path):
    # follow + notional sizing read prices at decision time (10:30:02.5): bar 12 ends at 10:30:03,
    # after it, so crashing bar 12 must change neither the side nor the quantity.
    heads = write_headlines(tmp_path / "h.csv", H)
    sets = {**LAT, "strategy.direction": "follow", "strategy.follow_threshold_bps": "1",
            "strategy.size_mode": "notional", "strategy.size": "100000"}
    base = run(config(heads, write_tape(tmp_path / "a.csv", n=700), **sets))
    crash = {12: {"open": 100.12, "high": 100.13, "low": 50.0, "close": 50.0}}
    changed = run(config(heads, write_tape(tmp_path / "b.csv", n=700, patch=crash), **sets))
    assert [(t.side, t.qty, t.entry_sent, t.entry_time) for t in base.trades] == \
           [(t.side, t.qty, t.entry_sent, t.entry_time) for t in changed.trades]
    assert base.trades[0].qty == 100000 // 100.11  # close known at 10:30:02.5 is bar 11's


def test_removing_a_later_denial_changes_no_earlier_decision(run, tmp_path):
    h3 = H + [("2022-11-22T10:50:00-05:00", "Reuters", "Meta denies report that CEO Zuckerberg will step down")]
    tape = write_tape(tmp_path / "a.csv", n=1500)
    with3 = run(config(write_headlines(tmp_path / "h3.csv", h3), tape, **LAT))
    with2 = run(config(write_headlines(tmp_path / "h2.csv", H), tape, **LAT))
    assert entry_exit(with3) == entry_exit(with2)
    cut = pd.Timestamp("2022-11-22 10:50", tz="America/New_York").value
    assert decisions_before(with3, cut) == decisions_before(with2, cut)


def test_adding_a_later_headline_changes_no_earlier_decision(run, tmp_path):
    tape = write_tape(tmp_path / "a.csv", n=1500)
    more = H + [("2022-11-22T10:45:00-05:00", "OtherBlog", "Zuckerberg to resign as Meta CEO, sources say (again)")]
    a = run(config(write_headlines(tmp_path / "ha.csv", H), tape, **LAT))
    b = run(config(write_headlines(tmp_path / "hb.csv", more), tape, **LAT))
    cut = pd.Timestamp("2022-11-22 10:45", tz="America/New_York").value
    assert decisions_before(a, cut) == decisions_before(b, cut)
    assert entry_exit(a) == entry_exit(b)
    assert len(b.decisions) > len(a.decisions)  # the new headline was seen (and skipped: no re-entry)


def test_a_denial_received_before_the_rumour_decision_blocks_the_entry(run, tmp_path):
    tape = write_tape(tmp_path / "a.csv", n=700)
    h = [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR), ("2022-11-22T10:30:00.500-05:00", "Twitter", DENIAL)]
    res = run(config(write_headlines(tmp_path / "h.csv", h), tape, **LAT))
    # denial received 10:30:01.5 < rumour decision 10:30:02.5
    assert res.trades == []
    assert any(a == "skip" and "denial was already received" in d for _, _, a, d in res.decisions)


def test_same_inputs_and_seed_give_byte_identical_outputs(run, tmp_path):
    heads = write_headlines(tmp_path / "h.csv", H)
    tape = write_tape(tmp_path / "a.csv", n=700)
    jitter = {"latency.decision.model": "lognormal", "latency.decision.median": "400ms", "latency.decision.sigma": "0.5"}
    out1 = write_outputs(run(config(heads, tape, **jitter)), tmp_path / "o1")
    out2 = write_outputs(run(config(heads, tape, **jitter)), tmp_path / "o2")
    for name in ("trades.csv", "summary.json"):
        assert filecmp.cmp(out1 / name, out2 / name, shallow=False), name


def test_the_seed_drives_the_jitter(run, tmp_path):
    heads = write_headlines(tmp_path / "h.csv", H)
    tape = write_tape(tmp_path / "a.csv", n=700)
    jitter = {"latency.decision.model": "lognormal", "latency.decision.median": "400ms", "latency.decision.sigma": "0.5"}
    sent = {run(config(heads, tape, seed=str(s), **jitter)).trades[0].entry_sent for s in (1, 2, 3)}
    assert len(sent) == 3


def test_a_denial_of_an_earlier_story_does_not_block_a_later_rumour(run, tmp_path):
    """A denial blocks only rumours it can answer: published after it, or at most
    data.link_window before it. Rumour 10:30, denial 10:40 (exit), a new rumour 10:50: with a
    5-minute window the 10:40 denial answered the earlier story and the new rumour trades; with
    the default 24 h it is the same story re-told and is skipped."""
    tape = write_tape(tmp_path / "a.csv", n=1800)
    h = H + [("2022-11-22T10:50:00-05:00", "SomeBlog", RUMOUR)]
    heads = write_headlines(tmp_path / "h.csv", h)
    sets = {**LAT, "strategy.reenter": "true"}
    same_story = run(config(heads, tape, **sets))
    assert len(same_story.trades) == 1
    assert any(a == "skip" and "denial was already received" in d for _, _, a, d in same_story.decisions)
    new_story = run(config(heads, tape, **{**sets, "data.link_window": "5min"}))
    assert len(new_story.trades) == 2
    assert entry_exit(new_story)[0] == entry_exit(same_story)[0]
    second = new_story.trades[1]
    # received 10:50:02 (blog 2 s), decided 10:50:02.5, at the exchange 10:50:02.6: next bar 10:50:03
    assert second.entry_time == pd.Timestamp("2022-11-22 10:50:03", tz="America/New_York").value
    assert second.exit_reason.startswith("no exit")  # no denial of the new story: open at the tape's end
