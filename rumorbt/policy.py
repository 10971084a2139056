"""The strategy as one state machine, fed by both drivers.

A policy takes in what a trader would see — headlines as they are received, bar closes as
they complete, the exchange's reports of fills and finished orders — and puts out orders
(through an :class:`OrderPort`) and a decision log: every decision taken or skipped, and
why. It never sees latency, prices after its clock, or the tape itself. The backtrader
adapter (``rumorbt/strategies/headline_rumor.py``) and the array driver
(:mod:`rumorbt.fastpath`) feed the same policy object, so they take the same decisions by
construction and both produce the decision log.

Timing (ns UTC): a headline received at ``t_recv`` is decided at ``t_send = t_recv +
decision latency``; a timer or price exit is decided at its trigger time. Pending decisions
are taken in :func:`rumorbt.rules.decision_key` order; at one instant, decisions come before
the fills the exchange reports for it (an order sent then cannot have filled yet).

:class:`HeadlinePolicy` is the reference strategy (``strategy.policy = "rumour"``);
:class:`FadePolicy` (``"fade"``) shows how a second strategy is written: override what
differs (here :meth:`HeadlinePolicy.side`) and it runs in single runs, portfolios, sweeps
and both engines, with parity.
"""
from __future__ import annotations

import heapq
from dataclasses import dataclass
from typing import Callable, Iterator, Protocol

import numpy as np

from . import rules
from .config import RunConfig
from .domain import Action, Exit, Kind
from .events import ReceivedHeadline
from .execution import Fill
from .sessions import Sessions
from .timefmt import iso
from .trades import TripRecord


@dataclass(frozen=True)
class Ack:
    """The exchange's answer to an order: its reference and when it reaches the market."""

    ref: int
    t_arrive: int


class OrderPort(Protocol):
    """How a policy reaches the simulated exchange (each driver supplies one)."""

    def submit(self, t_send: int, is_buy: bool, qty: int, order_id: tuple, *, expire_at: int | None = None,
               closes: int | None = None) -> Ack | None:
        """Send a market order at ``t_send``; ``order_id`` identifies it (its latency draw).
        ``expire_at``: the exchange refuses it (None) if it would arrive later. ``closes``: the
        order ref of the position's entry: what is left of that order is cancelled when this
        one arrives, and this one closes exactly what is held then."""


class HeadlinePolicy:
    """Enter on an unverified CEO-change rumour for the tape's ticker; exit on the denial, a
    confirmation (``strategy.on_confirmation``), a timer (max hold, session end) or a price
    level (stop-loss, take-profit, trailing stop). One position at a time."""

    name = "rumour"

    def __init__(self, cfg: RunConfig, ticker: str, sessions: Sessions, port: OrderPort,
                 close_asof: Callable[[int], float | None]) -> None:
        self.cfg, self.ticker, self.sessions, self.port, self.close_asof = cfg, ticker, sessions, port, close_asof
        self.decisions: list[tuple[int, str, str, str]] = []  # (t, event id, action, detail)
        self.trips: list[TripRecord] = []
        self.equity = cfg.strategy.cash  # starting cash plus the cash flows of finished trips
        self._queue: list = []  # heap of (decision_key, seq, kind, payload)
        self._seq = 0
        self._n_received = 0
        self._denials: list[tuple[int, int]] = []  # (receive, publication) ns of denials the policy acts on
        self._confirms: list[tuple[int, int]] = []
        self._traded = 0
        self.trip: TripRecord | None = None
        self._exit_done_t: int | None = None  # when the current trip's exit order finished
        self._first_fill_t: int | None = None
        self._first_fill_i: int | None = None
        self._entry_qty = 0.0  # the entry's executed size and average price, accumulated as
        self._entry_price = 0.0  # backtrader's OrderData does (so both drivers agree to the bit)
        self._best_close: float | None = None
        self._trip_cash = 0.0
        self._price_levels = rules.has_price_exits(cfg)

    # ------------------------------------------------------------------ inputs
    def receive(self, ev: ReceivedHeadline) -> None:
        """A headline reaches the strategy (at ``ev.t_recv``); it is decided after the decision latency."""
        if rules.acts_on(ev, self.ticker, Kind.DENIAL, self.cfg):
            self._denials.append((ev.t_recv, ev.headline.t_pub))
        if rules.acts_on(ev, self.ticker, Kind.CONFIRMED, self.cfg):
            self._confirms.append((ev.t_recv, ev.headline.t_pub))
        self.schedule(rules.decision_time(ev, self.cfg), "headline", ev, self._n_received)
        self._n_received += 1

    def schedule(self, t: int, kind: str, payload, order: int = 0) -> None:
        """A pending decision at ``t``: a headline, or an exit trigger (payload: the trip number)."""
        heapq.heappush(self._queue, (rules.decision_key(t, kind, order), self._seq, kind, payload))
        self._seq += 1

    def next_time(self) -> int | None:
        """When the next pending decision is due (None: none)."""
        return self._queue[0][0][0] if self._queue else None

    def decide_until(self, now: int) -> None:
        """Take every pending decision due at or before ``now``, in decision-key order."""
        q = self._queue
        while q and q[0][0][0] <= now:
            key, _, kind, payload = heapq.heappop(q)
            if kind == "headline":
                self.on_headline(key[0], payload)
            else:
                self.on_trigger(key[0], kind, payload)

    def watches_closes(self) -> bool:
        """Whether bar closes matter now (a filled position with price levels, not yet exiting):
        a driver may skip :meth:`on_bar_close` otherwise."""
        trip = self.trip
        return self._price_levels and self._first_fill_i is not None and trip is not None and trip.exit_ref is None

    def on_bar_close(self, j: int, t_end: int, close: float) -> None:
        """Bar ``j`` has completed (its close is known from ``t_end``): check price exits."""
        if not self.watches_closes() or j < self._first_fill_i:  # nothing held, or a bar before the first fill
            return
        trip = self.trip
        best = self._best_close
        self._best_close = close if best is None else (max(best, close) if trip.side > 0 else min(best, close))
        reason = rules.price_exit(trip.side, close, self._entry_price, self._best_close, self.cfg)
        if reason:
            self.schedule(t_end, reason, trip.trip)

    def on_fill(self, ref: int, fill: Fill) -> None:
        """The exchange filled a piece of order ``ref`` at ``fill.t``."""
        trip = self.trip
        if trip is None:
            return
        self._trip_cash += (-fill.qty * fill.price if fill.is_buy else fill.qty * fill.price) - fill.fees
        if ref != trip.entry_ref:
            return
        old = self._entry_qty * self._entry_price
        self._entry_qty += fill.qty
        self._entry_price = (old + fill.qty * fill.price) / self._entry_qty
        if self._first_fill_t is None:
            self._first_fill_t, self._first_fill_i = fill.t, fill.i
            for t, reason in rules.timers(self.cfg, self.sessions, fill.t):
                self.schedule(t, reason, trip.trip)

    def on_done(self, ref: int, t: int) -> None:
        """Order ``ref`` finished at ``t`` (filled in full, or cancelled)."""
        trip = self.trip
        if trip is not None and ref == trip.exit_ref and self._exit_done_t is None:
            self._exit_done_t = t
            self.equity += self._trip_cash

    # ------------------------------------------------------------------ decisions
    def log(self, t: int, event_id: str, action: str, detail: str = "") -> None:
        self.decisions.append((t, event_id, action, detail))

    def busy(self, t_send: int) -> bool:
        """A trip is under way until its exit order has finished (filled or cancelled) before ``t_send``."""
        if self.trip is None:
            return False
        return self.trip.exit_ref is None or self._exit_done_t is None or self._exit_done_t >= t_send

    def on_headline(self, t_send: int, ev: ReceivedHeadline) -> None:
        r = ev.reading
        if r.ticker != self.ticker:
            self.log(t_send, ev.key, Action.IGNORE, f"{r.kind} for {r.ticker or 'no ticker'}, tape is {self.ticker}")
            return
        open_trip = self.trip is not None and self.trip.exit_ref is None
        if r.kind == Kind.RUMOR:
            self.maybe_enter(t_send, ev)
        elif r.kind in (Kind.DENIAL, Kind.CONFIRMED) and not rules.acts_on(ev, self.ticker, r.kind, self.cfg):
            self.log(t_send, ev.key, Action.IGNORE, f"{r.kind} reading below strategy.exit_min_confidence ({r.score:.2f})")
        elif r.kind == Kind.DENIAL:
            if open_trip:
                self.exit(t_send, Exit.DENIAL, ev.headline.t_pub, ev.key)
            else:
                self.log(t_send, ev.key, Action.NOTE, "denial received; no position")
        elif r.kind == Kind.CONFIRMED:
            if open_trip and self.cfg.strategy.on_confirmation == "exit":
                self.exit(t_send, Exit.CONFIRMATION, ev.headline.t_pub, ev.key)
            else:
                self.log(t_send, ev.key, Action.NOTE, f"confirmation received; on_confirmation={self.cfg.strategy.on_confirmation}")
        else:
            self.log(t_send, ev.key, Action.IGNORE, "not a CEO-change headline")

    def side(self, ev: ReceivedHeadline, t_send: int) -> int | str:
        """+1 long, -1 short, or why not to trade (``strategy.direction``)."""
        return rules.direction(ev, t_send, self.cfg, self.close_asof)

    def maybe_enter(self, t_send: int, ev: ReceivedHeadline) -> None:
        ref_price = self.close_asof(t_send)
        why_not = rules.entry_blocker(ev, t_send, denial_recv=self._denials, confirm_recv=self._confirms,
                                      busy=self.busy(t_send), traded=self._traded, cfg=self.cfg, close_at_send=ref_price)
        if why_not:
            self.log(t_send, ev.key, Action.SKIP, why_not)
            return
        side = self.side(ev, t_send)
        if isinstance(side, str):
            self.log(t_send, ev.key, Action.SKIP, side)
            return
        qty = rules.quantity(self.cfg, ref_price, self.equity)
        if qty <= 0:
            self.log(t_send, ev.key, Action.SKIP, f"size rounds to 0 shares at {ref_price:.2f}")
            return
        ack = self.port.submit(t_send, side > 0, qty, (ev.key, "entry"),
                               expire_at=ev.headline.t_pub + self.cfg.strategy.max_entry_delay)
        if ack is None:
            self.log(t_send, ev.key, Action.SKIP, "order would reach the market after strategy.max_entry_delay")
            return
        self._traded += 1
        self.trip = TripRecord(len(self.trips) + 1, self.ticker, side, qty, ev, t_send, ack.t_arrive, ack.ref)
        self.trips.append(self.trip)
        self._exit_done_t = self._first_fill_t = self._first_fill_i = self._best_close = None
        self._entry_qty = self._entry_price = self._trip_cash = 0.0
        self.log(t_send, ev.key, Action.ENTER, f"{'buy' if side > 0 else 'sell'} {qty} sh, arrives {iso(ack.t_arrive, self.sessions.zone)}")

    def exit(self, t_send: int, reason: str, trigger_t: int, trigger_id: str) -> None:
        """Close the trip: whatever of the entry has not filled when the exit arrives is
        cancelled, and the exit closes exactly what is held then (the exchange sizes it)."""
        trip = self.trip
        ack = self.port.submit(t_send, trip.side < 0, trip.qty_ordered, (trigger_id, "exit", trip.trip), closes=trip.entry_ref)
        trip.exit_ref, trip.exit_reason = ack.ref, reason
        trip.exit_trigger_t, trip.exit_trigger_id = trigger_t, trigger_id
        trip.exit_t_send, trip.exit_t_arrive = t_send, ack.t_arrive
        self.log(t_send, trigger_id, Action.EXIT, f"{reason}, arrives {iso(ack.t_arrive, self.sessions.zone)}")

    def on_trigger(self, t_send: int, reason: str, trip_no: int) -> None:
        if self.trip is None or self.trip.trip != trip_no or self.trip.exit_ref is not None:
            return  # stale: that position is already being closed
        self.exit(t_send, reason, t_send, rules.timer_trigger_id(reason, trip_no))

    # ------------------------------------------------------------------ price exits over arrays
    FIRST_WINDOW = 64  # bars scanned first for a price exit; each later window doubles

    def first_price_exit(self, entry_fills: list[Fill], t_end: np.ndarray, close: np.ndarray) -> tuple[int, str] | None:
        """:meth:`on_bar_close` over whole arrays: the first completed bar from the entry's
        first fill on whose close triggers a price exit, as (decision time = that bar's end,
        reason); None if none does. :meth:`price_exit_scan` run to its end."""
        for found, t, reason in self.price_exit_scan(entry_fills, t_end, close):
            if found:
                return t, reason
        return None

    def price_exit_scan(self, entry_fills: list[Fill], t_end: np.ndarray, close: np.ndarray) -> Iterator[tuple[bool, int, str]]:
        """:meth:`on_bar_close` over the arrays, for the array driver, one window of bars at a
        time: yields ``(True, decision time = the bar's end, reason)`` at the first bar whose
        close triggers a price exit, else ``(False, end of the last bar read, "")`` after each
        window. Each bar uses only the entry fills up to it, with the same operations in the
        same order as the scalar rule.

        Only bars that can matter are read: none decided after the trip's first timer (which
        closes the trip first), in windows that grow (64, 128, ... bars) and stop at the first
        hit; the driver reads on only while nothing else has closed the trip (a denial), so a
        combination costs the bars up to its exit, not the bars to the tape's end."""
        if not entry_fills or not self._price_levels:
            return
        stop = len(close) - 1  # a bar's close is acted on when the next one opens
        timers = [t for t, _ in rules.timers(self.cfg, self.sessions, entry_fills[0].t)]
        if timers:
            stop = min(stop, int(np.searchsorted(t_end, min(timers), side="right")))
        qty = price = 0.0
        f_idx, f_px = [], []
        for f in entry_fills:
            old = qty * price
            qty += f.qty
            price = (old + f.qty * f.price) / qty
            f_idx.append(f.i)
            f_px.append(price)
        f_idx_a, f_px_a = np.asarray(f_idx), np.asarray(f_px)
        side = self.trip.side
        s = self.cfg.strategy
        eps = rules.LEVEL_EPS_BPS
        lo, width, carried = entry_fills[0].i, self.FIRST_WINDOW, None
        while lo < stop:
            j = np.arange(lo, min(lo + width, stop))
            entry = f_px_a[np.searchsorted(f_idx_a, j, side="right") - 1]
            c = close[j]
            acc = np.maximum.accumulate if side > 0 else np.minimum.accumulate
            best = acc(c) if carried is None else acc(np.concatenate(([carried], c)))[1:]  # best close so far
            ret = side * (c / entry - 1.0) * 1e4
            hits = []
            if s.stop_loss_bps > 0:
                hits.append((ret <= -s.stop_loss_bps + eps, Exit.STOP_LOSS))
            if s.take_profit_bps > 0:
                hits.append((ret >= s.take_profit_bps - eps, Exit.TAKE_PROFIT))
            if s.trailing_stop_bps > 0:
                hits.append((side * (best - c) / best * 1e4 >= s.trailing_stop_bps - eps, Exit.TRAILING_STOP))
            any_hit = np.logical_or.reduce([h for h, _ in hits])
            if any_hit.any():
                k = int(np.argmax(any_hit))
                yield True, int(t_end[j[k]]), next(r for h, r in hits if h[k])  # same precedence as rules.price_exit
                return
            lo, width, carried = int(j[-1]) + 1, 2 * width, float(best[-1])
            yield False, int(t_end[j[-1]]), ""


class FadePolicy(HeadlinePolicy):
    """Fade the rumour: trade against the move between publication and decision (short a
    rumour that lifted the stock, buy one that sank it), when that move is at least
    ``strategy.follow_threshold_bps``; exits as the reference policy. The whole strategy is
    this one method."""

    name = "fade"

    def side(self, ev: ReceivedHeadline, t_send: int) -> int | str:
        move = rules.move_sign(ev, t_send, self.cfg.strategy.follow_threshold_bps, self.close_asof, self.name)
        return move if isinstance(move, str) else -move


POLICIES: dict[str, type[HeadlinePolicy]] = {HeadlinePolicy.name: HeadlinePolicy, FadePolicy.name: FadePolicy}


def make_policy(cfg: RunConfig, ticker: str, sessions: Sessions, port: OrderPort,
                close_asof: Callable[[int], float | None]) -> HeadlinePolicy:
    """The policy ``strategy.policy`` names, ready to be fed."""
    return POLICIES[cfg.strategy.policy](cfg, ticker, sessions, port, close_asof)
