"""The headline strategy's leaf rules as plain functions, used by the policy
(:mod:`rumorbt.policy`), which both drivers feed. Times are int ns UTC; prices per share.
Order latency is not here: the simulated exchange (:mod:`rumorbt.exchange`) owns it.

Decisions are taken in the order of :func:`decision_key`: by time, then headlines before
exit triggers, then triggers in :data:`TRIGGER_PRIORITY` order — an order independent of how
a driver happens to discover them.
"""
from __future__ import annotations

import math
from typing import Callable

from .config import RunConfig
from .domain import Exit
from .events import ReceivedHeadline
from .latency import draw
from .sessions import Sessions

TRIGGER_PRIORITY = {"headline": 0, Exit.STOP_LOSS: 1, Exit.TAKE_PROFIT: 2, Exit.TRAILING_STOP: 3, Exit.MAX_HOLD: 4,
                    Exit.SESSION_END: 5}


def decision_key(t_send: int, kind: str, order: int = 0) -> tuple[int, int, int]:
    """Sort key of a pending decision (``order``: receive order of a headline)."""
    return (t_send, TRIGGER_PRIORITY[kind], order)


def decision_time(ev: ReceivedHeadline, cfg: RunConfig) -> int:
    """Receipt + decision latency: when the order (if any) for this headline is sent."""
    return ev.t_recv + draw(cfg.latency.decision, cfg.seed, "decision", ev.key)


def timer_trigger_id(reason: str, trip: int) -> str:
    return f"{reason}@trip{trip}"


def acts_on(ev: ReceivedHeadline, ticker: str, kind: str, cfg: RunConfig) -> bool:
    """Whether a received headline is a ``kind`` reading about ``ticker`` that the strategy acts
    on: a ``denial`` or ``ceo_confirmed`` at ``strategy.exit_min_confidence`` or more (exits
    and entry blocks). Rumours are gated in :func:`entry_blocker`."""
    r = ev.reading
    return r.ticker == ticker and r.kind == kind and r.score >= cfg.strategy.exit_min_confidence


def answers(t_pub_answer: int, ev: ReceivedHeadline, cfg: RunConfig) -> bool:
    """Whether a denial or confirmation published at ``t_pub_answer`` (ns UTC) can concern the
    rumour ``ev``: published after it, or at most ``data.link_window`` before it (a story
    re-told after its denial). An older one answered an earlier story and blocks nothing."""
    return t_pub_answer >= ev.headline.t_pub - cfg.data.link_window


# a rumour decided before the tape's first bar has ended: the tape cannot answer it (engine says so)
NO_PRICE_YET = "no price known yet at decision time"


def entry_blocker(ev: ReceivedHeadline, t_send: int, *, denial_recv: list[tuple[int, int]],
                  confirm_recv: list[tuple[int, int]], busy: bool, traded: int, cfg: RunConfig,
                  close_at_send: float | None) -> str:
    """Why the rumour ``ev`` must not be traded at ``t_send`` ('' if it may). Only facts known
    at ``t_send`` count: headlines received by then, the position's state, prices known.
    ``denial_recv`` / ``confirm_recv``: (receive, publication) times in ns UTC of the denials and
    confirmations the policy acts on; only those that can concern ``ev`` block it (:func:`answers`)."""
    if not ev.reading.unverified:
        return "rumour is not unverified (source or wording reads as verified)"
    if ev.reading.score < cfg.strategy.enter_min_confidence:
        return f"rumour reading uncertain (confidence {ev.reading.score:.2f} < strategy.enter_min_confidence {cfg.strategy.enter_min_confidence:g})"
    if any(t <= t_send and answers(tp, ev, cfg) for t, tp in denial_recv):
        return "a denial was already received"
    if any(t <= t_send and answers(tp, ev, cfg) for t, tp in confirm_recv):
        return "the change was already confirmed"
    if busy:
        return "position already open for this ticker"
    if traded and not cfg.strategy.reenter:
        return "rumour already traded (strategy.reenter = false)"
    if close_at_send is None:
        return NO_PRICE_YET
    return ""


def direction(ev: ReceivedHeadline, t_send: int, cfg: RunConfig, close_asof: Callable[[int], float | None]) -> int | str:
    """+1 long, -1 short, or the reason for not trading (``follow`` below its threshold)."""
    d = cfg.strategy.direction
    if d == "long":
        return 1
    if d == "short":
        return -1
    return move_sign(ev, t_send, cfg.strategy.follow_threshold_bps, close_asof, "follow")


def move_sign(ev: ReceivedHeadline, t_send: int, threshold_bps: float, close_asof: Callable[[int], float | None],
              name: str) -> int | str:
    """+1 / -1: the sign of the move between the last closes known at publication and at
    ``t_send`` when it is at least ``threshold_bps`` (bps); else the reason, said as ``name``'s."""
    before, after = close_asof(ev.headline.t_pub), close_asof(t_send)
    if before is None:
        return f"{name}: no price before publication"
    move_bps = (after / before - 1.0) * 1e4
    if abs(move_bps) < threshold_bps:
        return f"{name}: move {move_bps:+.1f} bps below threshold {threshold_bps:g}"
    return 1 if move_bps > 0 else -1


def quantity(cfg: RunConfig, ref_price: float, equity: float) -> int:
    s = cfg.strategy
    if s.size_mode == "shares":
        return int(s.size)
    if s.size_mode == "notional":
        return int(math.floor(s.size / ref_price))
    return int(math.floor(s.size * equity / ref_price))


def timers(cfg: RunConfig, sessions: Sessions, t_first_fill: int) -> list[tuple[int, str]]:
    """Timer exits armed by the first entry fill: (decision time, reason)."""
    out = []
    s = cfg.strategy
    if s.max_hold > 0:
        out.append((t_first_fill + s.max_hold, Exit.MAX_HOLD))
    close = sessions.close_of(t_first_fill)
    if s.exit_at_session_end and close is not None and close - s.session_end_buffer > t_first_fill:
        out.append((close - s.session_end_buffer, Exit.SESSION_END))
    return out


# A close exactly at a level triggers it: bps computed in floating point land a hair either
# side of the level (100.30 / 100 - 1 is 29.999999999999 bps), so levels are met within this.
LEVEL_EPS_BPS = 1e-6


def price_exit(side: int, close: float, entry_price: float, best_close: float, cfg: RunConfig) -> str:
    """The price exit a bar's close triggers ('' for none); levels in bps of the entry price
    (the trailing stop: of the best close since entry), a close at the level included."""
    s = cfg.strategy
    ret_bps = side * (close / entry_price - 1.0) * 1e4
    if s.stop_loss_bps > 0 and ret_bps <= -s.stop_loss_bps + LEVEL_EPS_BPS:
        return Exit.STOP_LOSS
    if s.take_profit_bps > 0 and ret_bps >= s.take_profit_bps - LEVEL_EPS_BPS:
        return Exit.TAKE_PROFIT
    if s.trailing_stop_bps > 0 and side * (best_close - close) / best_close * 1e4 >= s.trailing_stop_bps - LEVEL_EPS_BPS:
        return Exit.TRAILING_STOP
    return ""


def has_price_exits(cfg: RunConfig) -> bool:
    s = cfg.strategy
    return s.stop_loss_bps > 0 or s.take_profit_bps > 0 or s.trailing_stop_bps > 0
