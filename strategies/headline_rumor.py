"""The backtrader adapter of a rumorbt policy (``rumorbt.policy``): backtrader steps through
the bars, the policy decides, the broker (``rumorbt.broker`` in front of the simulated
exchange) fills.

backtrader calls ``next_open`` before each bar's open prints (cheat-on-open). There the
adapter tells the policy that the previous bar has closed, hands it every headline received
by now, and lets it take every decision due by now; the broker then works the orders at
this bar's open and reports fills and finished orders to the policy. The adapter holds no
strategy logic: the same policy object runs on the array driver (``rumorbt.fastpath``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import backtrader as bt

from rumorbt.domain import Kind
from rumorbt.events import HeadlineFeed, PriceView
from rumorbt.policy import Ack
from rumorbt.tape import Tape


@dataclass
class StrategyContext:
    tape: Tape
    feed: HeadlineFeed
    prices: PriceView
    make_policy: Callable  # (port, close_asof) -> policy
    policy: object = field(default=None)  # set when backtrader builds the strategy


class _BacktraderPort:
    """The policy's orders as backtrader market orders on the strategy's data."""

    def __init__(self, strategy: bt.Strategy) -> None:
        self.strategy = strategy

    def submit(self, t_send: int, is_buy: bool, qty: int, order_id: tuple, *, expire_at: int | None = None,
               closes: int | None = None) -> Ack | None:
        s = self.strategy
        order = (s.buy if is_buy else s.sell)(size=qty, exectype=bt.Order.Market, t_send=t_send, order_id=order_id,
                                               expire_at=expire_at, closes=closes)
        if order.status == bt.Order.Rejected:
            return None
        return Ack(order.ref, s.broker.working[order.ref].t_arrive)


class HeadlineRumorStrategy(bt.Strategy):
    params = (("ctx", None),)

    def __init__(self) -> None:
        self.ctx: StrategyContext = self.p.ctx
        self.tape = self.ctx.tape
        self.policy = self.ctx.policy = self.ctx.make_policy(_BacktraderPort(self), self.ctx.prices.close_asof)
        self.broker.listener = self.policy
        self._t_open, self._t_end, self._close = self.tape.t_open, self.tape.t_end, self.tape.close

    def next_open(self) -> None:
        k = int(self.data.bar_index[0])
        now = int(self._t_open[k])
        self.ctx.prices.now = now
        if k > 0 and self.policy.watches_closes():
            self.policy.on_bar_close(k - 1, int(self._t_end[k - 1]), float(self._close[k - 1]))
        for ev in self.ctx.feed.pull(now):
            self.policy.receive(ev)
        self.policy.decide_until(now)
        if self._settled():
            self._decide_the_rest()
            self.env.runstop()  # stepping on would change nothing: the run is cut here, not at the tape's end

    def _settled(self) -> bool:
        """Nothing but log lines can happen any more: the policy's trade is closed, no order is
        working, and no rumour for the ticker is still to come (its queued timers belong to
        the closed trip). Checked only once a trade has been closed."""
        p = self.policy
        if p.trip is None or p.trip.exit_ref is None or any(not w.done for w in self.broker.working.values()):
            return False
        pending = self.ctx.feed.remaining() + [ev for _, _, kind, ev in p._queue if kind == "headline"]
        return not any(ev.reading.kind == Kind.RUMOR and ev.reading.ticker == p.ticker for ev in pending)

    def _decide_the_rest(self) -> None:
        """The remaining headlines' decisions (notes and ignores: no order, no price after the
        clock), in the order stepping to the tape's last bar would have taken them."""
        now = self.ctx.prices.now = int(self._t_open[-1])
        for ev in self.ctx.feed.pull(now):
            self.policy.receive(ev)
        self.policy.decide_until(now)
