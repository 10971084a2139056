"""Trade an unverified CEO-change rumour; get out on the denial (or another exit).

Timing, as the strategy lives it (all ns UTC):
- it learns of a headline at ``t_recv`` (feed latency) and decides at
  ``t_send = t_recv + decision latency``;
- price and timer exits are decided at their trigger time (a bar's end, a timer);
- an order sent at ``t_send`` reaches the exchange at ``t_send + order latency``; from there
  the broker (``rumorbt.broker``), not this strategy, decides when and at what price it fills.

backtrader calls ``next_open`` before each bar's open prints (cheat-on-open). Every decision
whose ``t_send`` is at or before that open is taken there, in the order of
``rumorbt.rules.decision_key``, using only headlines received by ``t_send`` and bar closes
known by ``t_send``. The rules themselves live in ``rumorbt.rules``, shared with the fast
sweep driver.
"""
from __future__ import annotations

import heapq
from dataclasses import dataclass, field

import backtrader as bt

from rumorbt import rules
from rumorbt.config import RunConfig
from rumorbt.events import HeadlineFeed, PriceView, ReceivedHeadline
from rumorbt.sessions import Sessions
from rumorbt.tape import Tape
from rumorbt.trades import TripRecord


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
        self.cfg = self.ctx.cfg
        self.tape = self.ctx.tape
        self._queue: list = []  # heap of (decision_key, seq, kind, payload)
        self._seq = 0
        self._n_received = 0
        self._denials: list[int] = []  # receive times of denials for our ticker
        self._confirms: list[int] = []
        self._rumors_traded = 0
        self.trip: TripRecord | None = None
        self._entry_order = None
        self._exit_order = None
        self._first_fill_t: int | None = None
        self._best_close: float | None = None

    # ------------------------------------------------------------------ plumbing
    def _push(self, t_send: int, kind: str, payload, order: int = 0) -> None:
        heapq.heappush(self._queue, (rules.decision_key(t_send, "headline" if kind == "headline" else kind, order),
                                     self._seq, kind, payload))
        self._seq += 1

    def _log(self, t: int, event_id: str, action: str, detail: str = "") -> None:
        self.ctx.decisions.append((t, event_id, action, detail))

    def _busy(self) -> bool:
        """A trip is under way until its exit order is done (filled or cancelled)."""
        if self.trip is None:
            return False
        return self.trip.exit_ref is None or self._exit_order.alive()

    def next_open(self) -> None:
        k = int(self.data.bar_index[0])
        now = int(self.tape.t_open[k])
        self.ctx.prices.now = now
        if k > 0:
            self._check_price_exits(k - 1)
        for ev in self.ctx.feed.pull(now):
            if rules.acts_on(ev, self.ctx.ticker, "denial", self.cfg):
                self._denials.append(ev.t_recv)
            if rules.acts_on(ev, self.ctx.ticker, "ceo_confirmed", self.cfg):
                self._confirms.append(ev.t_recv)
            self._push(rules.decision_time(ev, self.cfg), "headline", ev, self._n_received)
            self._n_received += 1
        while self._queue and self._queue[0][0][0] <= now:
            key, _, kind, payload = heapq.heappop(self._queue)
            if kind == "headline":
                self._on_headline(key[0], payload)
            else:
                self._on_trigger(key[0], kind, payload)

    # ------------------------------------------------------------------ headlines
    def _on_headline(self, t_send: int, ev: ReceivedHeadline) -> None:
        r = ev.reading
        if r.ticker != self.ctx.ticker:
            self._log(t_send, ev.key, "ignore", f"{r.kind} for {r.ticker or 'no ticker'}, tape is {self.ctx.ticker}")
            return
        open_trip = self.trip is not None and self.trip.exit_ref is None
        if r.kind == "ceo_rumor":
            self._maybe_enter(t_send, ev)
        elif r.kind in ("denial", "ceo_confirmed") and not rules.acts_on(ev, self.ctx.ticker, r.kind, self.cfg):
            self._log(t_send, ev.key, "ignore", f"{r.kind} reading below strategy.exit_min_confidence ({r.score:.2f})")
        elif r.kind == "denial":
            if open_trip:
                self._exit(t_send, "denial", ev.headline.t_pub, ev.key)
            else:
                self._log(t_send, ev.key, "note", "denial received; no position")
        elif r.kind == "ceo_confirmed":
            if open_trip and self.cfg.strategy.on_confirmation == "exit":
                self._exit(t_send, "confirmation", ev.headline.t_pub, ev.key)
            else:
                self._log(t_send, ev.key, "note", f"confirmation received; on_confirmation={self.cfg.strategy.on_confirmation}")
        else:
            self._log(t_send, ev.key, "ignore", "not a CEO-change headline")

    def _maybe_enter(self, t_send: int, ev: ReceivedHeadline) -> None:
        prices = self.ctx.prices
        ref_price = prices.close_asof(t_send)
        why_not = rules.entry_blocker(ev, t_send, denial_recv=self._denials, confirm_recv=self._confirms,
                                      busy=self._busy(), traded=self._rumors_traded, cfg=self.cfg, close_at_send=ref_price)
        if why_not:
            self._log(t_send, ev.key, "skip", why_not)
            return
        side = rules.direction(ev, t_send, self.cfg, prices.close_asof)
        if isinstance(side, str):
            self._log(t_send, ev.key, "skip", side)
            return
        qty = rules.quantity(self.cfg, ref_price, self.broker.getvalue())
        if qty <= 0:
            self._log(t_send, ev.key, "skip", f"size rounds to 0 shares at {ref_price:.2f}")
            return
        t_arrive = rules.entry_arrival(ev, t_send, self.cfg)
        if t_arrive - ev.headline.t_pub > self.cfg.strategy.max_entry_delay:
            self._log(t_send, ev.key, "skip", "order would reach the market after strategy.max_entry_delay")
            return
        order = (self.buy if side > 0 else self.sell)(size=qty, exectype=bt.Order.Market, t_arrive=t_arrive, t_known=t_send)
        self._rumors_traded += 1
        self._entry_order, self._exit_order = order, None
        self._first_fill_t, self._best_close = None, None
        self.trip = TripRecord(len(self.ctx.trips) + 1, self.ctx.ticker, side, qty, ev, t_send, t_arrive, order.ref)
        self.ctx.trips.append(self.trip)
        self._log(t_send, ev.key, "enter", f"{'buy' if side > 0 else 'sell'} {qty} sh, arrives {t_arrive}")

    # ------------------------------------------------------------------ exits
    def _exit(self, t_send: int, reason: str, trigger_t: int, trigger_id: str) -> None:
        trip = self.trip
        t_arrive = rules.exit_arrival(trigger_id, trip.trip, t_send, self.cfg)
        # Whatever of the entry has not filled when this exit arrives is cancelled; the exit
        # order then closes exactly the filled position (the broker sizes it on arrival).
        if self._entry_order is not None and self._entry_order.alive():
            self.broker.request_cancel(self._entry_order, t_arrive)
        close = self.sell if trip.side > 0 else self.buy
        self._exit_order = close(size=trip.qty_ordered, exectype=bt.Order.Market, t_arrive=t_arrive, t_known=t_send, flatten=True)
        trip.exit_ref, trip.exit_reason = self._exit_order.ref, reason
        trip.exit_trigger_t, trip.exit_trigger_id = trigger_t, trigger_id
        trip.exit_t_send, trip.exit_t_arrive = t_send, t_arrive
        self._log(t_send, trigger_id, "exit", f"{reason}, arrives {t_arrive}")

    def _on_trigger(self, t_send: int, reason: str, trip_id: int) -> None:
        if self.trip is None or self.trip.trip != trip_id or self.trip.exit_ref is not None:
            return  # stale timer: that position is already being closed
        self._exit(t_send, reason, t_send, rules.timer_trigger_id(reason, trip_id))

    def _check_price_exits(self, j: int) -> None:
        """Stop-loss / take-profit / trailing stop on the close of bar ``j`` (just completed)."""
        trip = self.trip
        if trip is None or trip.exit_ref is not None or self._first_fill_t is None or not rules.has_price_exits(self.cfg):
            return
        if self.tape.t_open[j] < self._first_fill_t:
            return
        close = float(self.tape.close[j])
        best = self._best_close
        self._best_close = close if best is None else (max(best, close) if trip.side > 0 else min(best, close))
        reason = rules.price_exit(trip.side, close, self._entry_order.executed.price, self._best_close, self.cfg)
        if reason:
            self._push(int(self.tape.t_end[j]), reason, trip.trip)

    def notify_order(self, order) -> None:
        # backtrader notifies with clones of the order: compare references, not identity
        if self._entry_order is not None and order.ref == self._entry_order.ref and order.executed.size and self._first_fill_t is None:
            k = int(self.data.bar_index[0])
            self._first_fill_t = int(self.tape.t_open[k])
            for t, reason in rules.timers(self.cfg, self.ctx.sessions, self._first_fill_t):
                self._push(t, reason, self.trip.trip)
