"""Trade an unverified CEO-change rumour; get out on the denial (or another exit).

Timing, as the strategy lives it (all ns UTC):
- it learns of a headline at ``t_recv`` (feed latency) and decides at
  ``t_send = t_recv + decision latency``;
- price and timer exits are decided at their trigger time (a bar's end, a timer);
- an order sent at ``t_send`` reaches the exchange at ``t_send + order latency``; from there
  the broker (``rumorbt.broker``), not this strategy, decides when and at what price it fills.

backtrader calls ``next_open`` before each bar's open prints (cheat-on-open). Every decision
whose ``t_send`` is at or before that open is taken there, in time order, using only
headlines received by ``t_send`` and bar closes known by ``t_send``.
"""
from __future__ import annotations

import heapq
import math
from dataclasses import dataclass, field

import backtrader as bt

from rumorbt.config import RunConfig
from rumorbt.events import HeadlineFeed, PriceView, ReceivedHeadline
from rumorbt.latency import draw
from rumorbt.sessions import Sessions
from rumorbt.tape import Tape


@dataclass
class TripRecord:
    """One attempted round trip, as the strategy saw it (fills come from the broker ledger)."""

    trip: int
    ticker: str
    side: int  # +1 long, -1 short
    qty_ordered: int
    rumor: ReceivedHeadline
    t_send: int
    t_arrive: int
    entry_ref: int
    exit_ref: int | None = None
    exit_reason: str = ""
    exit_trigger_t: int | None = None  # when the exit cause happened (zero-latency exit time)
    exit_trigger_id: str = ""
    exit_t_send: int | None = None
    exit_t_arrive: int | None = None


@dataclass
class StrategyContext:
    cfg: RunConfig
    ticker: str
    tape: Tape
    sessions: Sessions
    feed: HeadlineFeed
    prices: PriceView
    decisions: list = field(default_factory=list)  # (t, event id, action, detail)
    trips: list = field(default_factory=list)


class HeadlineRumorStrategy(bt.Strategy):
    params = (("ctx", None),)

    def __init__(self) -> None:
        self.ctx: StrategyContext = self.p.ctx
        self.scfg = self.ctx.cfg.strategy
        self.tape = self.ctx.tape
        self._queue: list = []  # heap of (t_send, seq, kind, payload)
        self._seq = 0
        self._denials: list[int] = []  # receive times of denials for our ticker
        self._confirmed_at: int | None = None
        self._rumors_traded = 0
        self.trip: TripRecord | None = None
        self._entry_order = None
        self._exit_order = None
        self._first_fill_t: int | None = None
        self._best_close: float | None = None

    # ------------------------------------------------------------------ plumbing
    def _push(self, t_send: int, kind: str, payload) -> None:
        heapq.heappush(self._queue, (t_send, self._seq, kind, payload))
        self._seq += 1

    def _log(self, t: int, event_id: str, action: str, detail: str = "") -> None:
        self.ctx.decisions.append((t, event_id, action, detail))

    def next_open(self) -> None:
        k = int(self.data.bar_index[0])
        now = int(self.tape.t_open[k])
        self.ctx.prices.now = now
        if k > 0:
            self._check_price_exits(k - 1)
        for ev in self.ctx.feed.pull(now):
            r = ev.reading
            if r.ticker == self.ctx.ticker and r.kind == "denial":
                self._denials.append(ev.t_recv)
            t_send = ev.t_recv + draw(self.ctx.cfg.latency.decision, self.ctx.cfg.seed, "decision", ev.key)
            self._push(t_send, "headline", ev)
        while self._queue and self._queue[0][0] <= now:
            t_send, _, kind, payload = heapq.heappop(self._queue)
            if kind == "headline":
                self._on_headline(t_send, payload)
            else:
                self._on_trigger(t_send, kind, payload)

    # ------------------------------------------------------------------ headlines
    def _on_headline(self, t_send: int, ev: ReceivedHeadline) -> None:
        r = ev.reading
        if r.ticker != self.ctx.ticker:
            self._log(t_send, ev.key, "ignore", f"{r.kind} for {r.ticker or 'no ticker'}, tape is {self.ctx.ticker}")
            return
        if r.kind == "ceo_rumor":
            self._maybe_enter(t_send, ev)
        elif r.kind == "denial":
            if self.trip is not None and self.trip.exit_ref is None:
                self._exit(t_send, "denial", ev.headline.t_pub, ev.key)
            else:
                self._log(t_send, ev.key, "note", "denial received; no position")
        elif r.kind == "ceo_confirmed":
            self._confirmed_at = self._confirmed_at or ev.t_recv
            if self.trip is not None and self.trip.exit_ref is None and self.scfg.on_confirmation == "exit":
                self._exit(t_send, "confirmation", ev.headline.t_pub, ev.key)
            else:
                self._log(t_send, ev.key, "note", f"confirmation received; on_confirmation={self.scfg.on_confirmation}")
        else:
            self._log(t_send, ev.key, "ignore", "not a CEO-change headline")

    def _maybe_enter(self, t_send: int, ev: ReceivedHeadline) -> None:
        why_not = self._entry_blocker(t_send, ev)
        if why_not:
            self._log(t_send, ev.key, "skip", why_not)
            return
        side = self._direction(t_send, ev)
        if isinstance(side, str):
            self._log(t_send, ev.key, "skip", side)
            return
        ref_price = self.ctx.prices.close_asof(t_send)
        qty = self._quantity(ref_price)
        if qty <= 0:
            self._log(t_send, ev.key, "skip", f"size rounds to 0 shares at {ref_price:.2f}")
            return
        t_arrive = t_send + draw(self.ctx.cfg.latency.order, self.ctx.cfg.seed, "order", ev.key, "entry")
        if t_arrive - ev.headline.t_pub > self.scfg.max_entry_delay:
            self._log(t_send, ev.key, "skip", "order would reach the market after strategy.max_entry_delay")
            return
        order = (self.buy if side > 0 else self.sell)(size=qty, exectype=bt.Order.Market, t_arrive=t_arrive)
        self._rumors_traded += 1
        self._entry_order, self._exit_order = order, None
        self._first_fill_t, self._best_close = None, None
        self.trip = TripRecord(len(self.ctx.trips) + 1, self.ctx.ticker, side, qty, ev, t_send, t_arrive, order.ref)
        self.ctx.trips.append(self.trip)
        self._log(t_send, ev.key, "enter", f"{'buy' if side > 0 else 'sell'} {qty} sh, arrives {t_arrive}")

    def _entry_blocker(self, t_send: int, ev: ReceivedHeadline) -> str:
        if not ev.reading.unverified:
            return "rumour is not unverified (source or wording reads as verified)"
        if any(t <= t_send for t in self._denials):
            return "a denial was already received"
        if self._confirmed_at is not None and self._confirmed_at <= t_send:
            return "the change was already confirmed"
        if self.trip is not None and self.trip.exit_ref is None:
            return "position already open for this ticker"
        if self._rumors_traded and not self.scfg.reenter:
            return "rumour already traded (strategy.reenter = false)"
        if self.ctx.prices.close_asof(t_send) is None:
            return "no price known yet at decision time"
        return ""

    def _direction(self, t_send: int, ev: ReceivedHeadline) -> int | str:
        d = self.scfg.direction
        if d == "long":
            return 1
        if d == "short":
            return -1
        before = self.ctx.prices.close_asof(ev.headline.t_pub)
        after = self.ctx.prices.close_asof(t_send)
        if before is None:
            return "follow: no price before publication"
        move_bps = (after / before - 1.0) * 1e4
        if abs(move_bps) < self.scfg.follow_threshold_bps:
            return f"follow: move {move_bps:+.1f} bps below threshold {self.scfg.follow_threshold_bps:g}"
        return 1 if move_bps > 0 else -1

    def _quantity(self, ref_price: float) -> int:
        s = self.scfg
        if s.size_mode == "shares":
            return int(s.size)
        if s.size_mode == "notional":
            return int(math.floor(s.size / ref_price))
        return int(math.floor(s.size * self.broker.getvalue() / ref_price))

    # ------------------------------------------------------------------ exits
    def _exit(self, t_send: int, reason: str, trigger_t: int, trigger_id: str) -> None:
        trip = self.trip
        t_arrive = t_send + draw(self.ctx.cfg.latency.order, self.ctx.cfg.seed, "order", trigger_id, "exit", trip.trip)
        # Whatever of the entry has not filled when this exit arrives is cancelled; the exit
        # order then closes exactly the filled position (the broker sizes it on arrival).
        if self._entry_order is not None and self._entry_order.alive():
            self.broker.request_cancel(self._entry_order, t_arrive)
        close = self.sell if trip.side > 0 else self.buy
        order = close(size=trip.qty_ordered, exectype=bt.Order.Market, t_arrive=t_arrive, flatten=True)
        self._exit_order = order
        trip.exit_ref, trip.exit_reason = order.ref, reason
        trip.exit_trigger_t, trip.exit_trigger_id = trigger_t, trigger_id
        trip.exit_t_send, trip.exit_t_arrive = t_send, t_arrive
        self._log(t_send, trigger_id, "exit", f"{reason}, arrives {t_arrive}")

    def _on_trigger(self, t_send: int, kind: str, payload) -> None:
        trip_id, reason = payload
        if self.trip is None or self.trip.trip != trip_id or self.trip.exit_ref is not None:
            return  # stale timer: that position is already being closed
        self._exit(t_send, reason, t_send, f"{reason}@trip{trip_id}")

    def _check_price_exits(self, j: int) -> None:
        """Stop-loss / take-profit / trailing stop on the close of bar ``j`` (just completed)."""
        trip = self.trip
        if trip is None or trip.exit_ref is not None or self._first_fill_t is None:
            return
        if self.tape.t_open[j] < self._first_fill_t:
            return
        s = self.scfg
        close = float(self.tape.close[j])
        entry = self._entry_order.executed.price
        if not entry:
            return
        ret_bps = trip.side * (close / entry - 1.0) * 1e4
        self._best_close = close if self._best_close is None else (
            max(self._best_close, close) if trip.side > 0 else min(self._best_close, close))
        dd_bps = trip.side * (self._best_close - close) / self._best_close * 1e4
        t_end = int(self.tape.t_end[j])
        for on, hit, reason in ((s.stop_loss_bps, ret_bps <= -s.stop_loss_bps, "stop_loss"),
                                (s.take_profit_bps, ret_bps >= s.take_profit_bps, "take_profit"),
                                (s.trailing_stop_bps, dd_bps >= s.trailing_stop_bps, "trailing_stop")):
            if on > 0 and hit:
                self._push(t_end, reason, (trip.trip, reason))
                return

    def notify_order(self, order) -> None:
        # backtrader notifies with clones of the order: compare references, not identity
        if self._entry_order is not None and order.ref == self._entry_order.ref and order.executed.size and self._first_fill_t is None:
            k = int(self.data.bar_index[0])
            self._first_fill_t = t_fill = int(self.tape.t_open[k])
            trip_id = self.trip.trip
            if self.scfg.max_hold > 0:
                self._push(t_fill + self.scfg.max_hold, "max_hold", (trip_id, "max_hold"))
            close = self.ctx.sessions.close_of(t_fill)
            if self.scfg.exit_at_session_end and close is not None and close - self.scfg.session_end_buffer > t_fill:
                self._push(close - self.scfg.session_end_buffer, "session_end", (trip_id, "session_end"))
