"""The latency models drawn directly (seeded, keyed, their quantiles) and the strategy's leaf
rules at their edges, worked out by hand."""

import numpy as np
import pandas as pd
import pytest

from rumorbt import rules
from rumorbt.classify import Reading
from rumorbt.config import LatencySpec, RunConfig, load_config, parse_duration_ns
from rumorbt.events import ReceivedHeadline
from rumorbt.headlines import Headline
from rumorbt.latency import draw, mean_ns
from rumorbt.sessions import sessions_for

MS = 1_000_000
N = 4000


def draws(spec: LatencySpec, seed: int = 7) -> np.ndarray:
    return np.array([draw(spec, seed, "test", i) for i in range(N)], dtype=float)


def test_constant_is_exact_whatever_the_key():
    spec = LatencySpec("constant", value=250 * MS)
    assert {draw(spec, s, "feed", k) for s in (1, 2) for k in ("a", "b")} == {250 * MS}


def test_uniform_quantiles_follow_the_line_between_its_ends():
    spec = LatencySpec("uniform", low=20 * MS, high=80 * MS)
    x = draws(spec)
    assert x.min() >= 20 * MS and x.max() <= 80 * MS
    for q in (0.1, 0.5, 0.9):  # the q-quantile of U(20, 80) ms is 20 + 60 q; 4,000 draws land within 2 ms
        assert abs(np.quantile(x, q) - (20 + 60 * q) * MS) < 2 * MS, q
    assert abs(x.mean() - mean_ns(spec)) < 1.5 * MS


def test_lognormal_median_and_spread():
    spec = LatencySpec("lognormal", median=200 * MS, sigma=0.5)
    x = draws(spec)
    assert abs(np.median(x) / (200 * MS) - 1) < 0.04
    # log-quantiles: median * exp(sigma * z_q); z_0.9 = 1.2816 -> 200 ms * e^0.6408 = 379.6 ms
    assert abs(np.quantile(x, 0.9) / (379.6 * MS) - 1) < 0.05
    assert abs(np.quantile(x, 0.1) / (105.4 * MS) - 1) < 0.05
    assert abs(x.mean() / mean_ns(spec) - 1) < 0.03  # mean = median * exp(sigma^2 / 2)


def test_empirical_draws_only_its_samples_evenly():
    spec = LatencySpec("empirical", samples=(10 * MS, 20 * MS, 500 * MS))
    x = draws(spec)
    values, counts = np.unique(x, return_counts=True)
    assert list(values) == [10 * MS, 20 * MS, 500 * MS]
    assert all(abs(c / N - 1 / 3) < 0.03 for c in counts)


def test_draws_are_keyed_not_ordered_and_seeded():
    spec = LatencySpec("lognormal", median=1_000 * MS, sigma=0.8)
    a = draw(spec, 7, "feed", "h1")
    assert draw(spec, 7, "feed", "h1") == a  # same key, same value, whatever was drawn before
    assert draw(spec, 8, "feed", "h1") != a  # the seed drives it
    assert draw(spec, 7, "feed", "h2") != a  # another headline draws its own
    assert draw(spec, 7, "order", "h1") != a  # another stage too


# ------------------------------------------------------------------------------ rules
def cfg(**sets) -> RunConfig:
    return load_config(None, {k.replace("__", "."): v for k, v in sets.items()})


def received(t_pub: int, t_recv: int, unverified: bool = True, score: float = 0.9) -> ReceivedHeadline:
    h = Headline(row=1, id="r1", t_pub=t_pub, t_recv_given=None, source="Blog", headline="x", ticker="META", url="", label="")
    r = Reading("ceo_rumor", "META", unverified, "blog", "test", score)
    return ReceivedHeadline(h, r, t_recv, t_recv - t_pub)


@pytest.mark.parametrize("close, expect", [(99.5, "stop_loss"), (99.5001, ""), (100.3, "take_profit"), (100.2999, "")])
def test_price_levels_trigger_at_the_level_itself(close, expect):
    # 100.30 / 100 - 1 is 29.999999999999 bps in floating point: the level must still count
    c = cfg(strategy__stop_loss_bps="50", strategy__take_profit_bps="30")
    # long from 100: -50 bps is 99.50 (inclusive), +30 bps is 100.30 (inclusive)
    assert rules.price_exit(1, close, 100.0, max(close, 100.0), c) == expect


def test_price_levels_mirror_for_a_short_and_the_trailing_stop_follows_the_best_close():
    c = cfg(strategy__stop_loss_bps="50", strategy__trailing_stop_bps="20")
    assert rules.price_exit(-1, 100.5, 100.0, 100.0, c) == "stop_loss"  # a short loses as the price rises
    assert rules.price_exit(-1, 99.0, 100.0, 99.0, c) == ""
    # short, best (lowest) close 99.00; 20 bps back up is 99.198
    assert rules.price_exit(-1, 99.198, 100.0, 99.0, c) == "trailing_stop"
    assert rules.price_exit(-1, 99.19, 100.0, 99.0, c) == ""
    assert rules.price_exit(1, 50.0, 100.0, 100.0, cfg()) == ""  # all levels off by default


def test_timers_max_hold_and_session_end_edges():
    t0 = pd.Timestamp("2022-11-22 15:50", tz="America/New_York").value
    ses = sessions_for("XNYS", t0, t0)
    close = pd.Timestamp("2022-11-22 16:00", tz="America/New_York").value
    c = cfg(strategy__max_hold="3min", strategy__session_end_buffer="5min")
    assert rules.timers(c, ses, t0) == [(t0 + parse_duration_ns("3min"), "max_hold"), (close - parse_duration_ns("5min"), "session_end")]
    # a first fill inside the buffer arms no session-end exit (it would lie before the fill)
    late = close - parse_duration_ns("5min")
    assert rules.timers(c, ses, late) == [(late + parse_duration_ns("3min"), "max_hold")]
    assert rules.timers(cfg(strategy__max_hold="0s", strategy__exit_at_session_end="false"), ses, t0) == []
    # outside regular hours there is no session to end
    pre = pd.Timestamp("2022-11-22 08:00", tz="America/New_York").value
    assert rules.timers(cfg(strategy__max_hold="0s"), ses, pre) == []


def test_quantity_floors_and_never_rounds_up():
    assert rules.quantity(cfg(strategy__size_mode="notional", strategy__size="10000"), 100.01, 0) == 99
    assert rules.quantity(cfg(strategy__size_mode="notional", strategy__size="10000"), 100.0, 0) == 100
    assert rules.quantity(cfg(strategy__size_mode="equity_fraction", strategy__size="0.5"), 30.0, 1000.0) == 16
    assert rules.quantity(cfg(strategy__size_mode="shares", strategy__size="7"), 1e9, 0) == 7
    assert rules.quantity(cfg(strategy__size_mode="notional", strategy__size="50"), 100.0, 0) == 0


def test_follow_threshold_is_inclusive_and_needs_a_price_before_publication():
    c = cfg(strategy__direction="follow", strategy__follow_threshold_bps="20")
    ev = received(100, 200)
    closes = {100: 100.0, 300: 100.2}
    assert rules.direction(ev, 300, c, closes.get) == 1  # +20.0 bps: at the threshold trades
    assert rules.direction(ev, 300, c, {100: 100.0, 300: 99.8}.get) == -1
    assert "below threshold" in rules.direction(ev, 300, c, {100: 100.0, 300: 100.19}.get)
    assert rules.direction(ev, 300, c, {300: 100.0}.get) == "follow: no price before publication"


def test_entry_blocker_counts_what_is_known_at_the_decision_instant():
    c = cfg()
    ev = received(100, 200)
    kw = dict(confirm_recv=[], busy=False, traded=0, cfg=c, close_at_send=100.0)
    assert rules.entry_blocker(ev, 500, denial_recv=[(500, 150)], **kw) == "a denial was already received"  # at the instant: known
    assert rules.entry_blocker(ev, 500, denial_recv=[(501, 150)], **kw) == ""  # a nanosecond later: not yet
    assert rules.entry_blocker(ev, 500, denial_recv=[], **{**kw, "confirm_recv": [(400, 150)]}) == "the change was already confirmed"
    assert "already open" in rules.entry_blocker(ev, 500, denial_recv=[], **{**kw, "busy": True})
    assert "reenter" in rules.entry_blocker(ev, 500, denial_recv=[], **{**kw, "traded": 1})
    assert rules.entry_blocker(ev, 500, denial_recv=[], **{**kw, "traded": 1, "cfg": cfg(strategy__reenter="true")}) == ""
    assert "no price known" in rules.entry_blocker(ev, 500, denial_recv=[], **{**kw, "close_at_send": None})
    assert "not unverified" in rules.entry_blocker(received(100, 200, unverified=False), 500, denial_recv=[], **kw)
    assert "uncertain" in rules.entry_blocker(received(100, 200, score=0.5), 500, denial_recv=[], **kw)


def test_only_a_denial_that_can_concern_the_rumour_blocks_it():
    """A denial from an earlier story (published more than data.link_window before the rumour)
    no longer blocks a new rumour weeks later; one published after the rumour, or shortly
    before it (the denied story re-told), still does. Same for confirmations."""
    day = 86_400 * 10**9
    t_pub = 30 * day
    c = cfg()  # data.link_window 24h
    ev = received(t_pub, t_pub + 10)
    kw = dict(busy=False, traded=0, cfg=c, close_at_send=100.0)
    old_story = [(t_pub - 20 * day + 5, t_pub - 20 * day)]
    assert rules.entry_blocker(ev, t_pub + 20, denial_recv=old_story, confirm_recv=[], **kw) == ""
    assert rules.entry_blocker(ev, t_pub + 20, denial_recv=[], confirm_recv=old_story, **kw) == ""
    retold = [(t_pub - day + 5, t_pub - day)]  # exactly one link window before: still the same story
    assert rules.entry_blocker(ev, t_pub + 20, denial_recv=retold, confirm_recv=[], **kw) == "a denial was already received"
    just_older = [(t_pub - day, t_pub - day - 1)]
    assert rules.entry_blocker(ev, t_pub + 20, denial_recv=just_older, confirm_recv=[], **kw) == ""
    assert rules.entry_blocker(ev, t_pub + 20, denial_recv=just_older, confirm_recv=[], **{**kw, "cfg": cfg(data__link_window="48h")}) \
        == "a denial was already received"
    after = [(t_pub + 15, t_pub + 5)]  # the answer published after the rumour, received before the decision
    assert rules.entry_blocker(ev, t_pub + 20, denial_recv=[], confirm_recv=after, **kw) == "the change was already confirmed"


def test_decision_order_headlines_before_triggers_and_stops_before_timers():
    keys = sorted([rules.decision_key(10, "session_end"), rules.decision_key(10, "headline", 3),
                   rules.decision_key(10, "stop_loss"), rules.decision_key(9, "max_hold"), rules.decision_key(10, "headline", 1)])
    assert keys == [(9, 4, 0), (10, 0, 1), (10, 0, 3), (10, 1, 0), (10, 5, 0)]


def test_max_entry_delay_admits_an_arrival_exactly_at_it_and_refuses_one_later(tmp_path):
    from helpers import RUMOUR, config, write_headlines, write_tape
    from rumorbt.engine import run

    # zero feed and decision latency, 100 ms order latency: the entry reaches the market
    # exactly 100 ms after the rumour's publication (10:30:00)
    tape = write_tape(tmp_path / "META_t.csv")
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR)])
    for engine in ("backtrader", "fast"):
        at = run(config(heads, tape, **{"latency.order": "100ms", "strategy.max_entry_delay": "100ms"}), engine=engine)
        assert len(at.trades) == 1 and at.trades[0].entry_arrived - at.trades[0].rumor_published == 100 * MS
        late = run(config(heads, tape, **{"latency.order": "100ms", "strategy.max_entry_delay": "99999999ns"}), engine=engine)
        assert late.trades == [] and [d for _, _, a, d in late.decisions if a == "skip"] == [
            "order would reach the market after strategy.max_entry_delay"]
