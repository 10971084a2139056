"""The simulated exchange inside backtrader: order latency, fill timing and fill pricing.

``LatencyBroker`` is backtrader's ``BackBroker`` with market-order execution replaced: an
order carries ``t_arrive`` (set by the strategy from the order-latency model) and is worked
by :class:`rumorbt.execution.WorkingOrder` — the same code the array-based drivers use — so
cash, positions and notifications stay backtrader's while timing and prices are ours.
Fees of each piece are charged through :class:`PieceFees`.
"""
from __future__ import annotations

import backtrader as bt

from .config import CostConfig
from .costs import ImpactModel, fee_rates
from .execution import Fill, WorkingOrder
from .sessions import Sessions
from .tape import Tape


class PieceFees(bt.CommInfoBase):
    """Commission = the fees of the piece being executed (computed by rumorbt.costs)."""

    params = (("stocklike", True), ("commtype", bt.CommInfoBase.COMM_FIXED))

    def __init__(self) -> None:
        super().__init__()
        self.current = 0.0

    def _getcommission(self, size, price, pseudoexec):
        return self.current


class LatencyBroker(bt.brokers.BackBroker):
    def __init__(self, tape: Tape, sessions: Sessions, costs: CostConfig, impact: ImpactModel, extended: bool) -> None:
        super().__init__()
        self.tape, self.sessions, self.costs, self.impact, self.extended = tape, sessions, costs, impact, extended
        self.working: dict[int, WorkingOrder] = {}
        self.ledger: list[tuple[int, Fill]] = []  # (order ref, fill), in execution order
        self._cancel_at: dict[int, int] = {}
        self._piece: Fill | None = None
        self.fees = PieceFees()
        self.addcommissioninfo(self.fees)
        self.p.filler = self._piece_size
        self.p.checksubmit = False

    def request_cancel(self, order, t_arrive: int) -> None:
        """A cancel message that reaches the exchange at ``t_arrive`` (same latency as orders)."""
        self._cancel_at[order.ref] = t_arrive
        if order.ref in self.working:
            self.working[order.ref].cancel_at = t_arrive

    def _piece_size(self, order, price, ago) -> int:
        return self._piece.qty

    def _work(self, order) -> WorkingOrder:
        w = self.working.get(order.ref)
        if w is None:
            t_arrive = int(order.info["t_arrive"])
            qty = abs(int(order.size))
            w = WorkingOrder(self.tape, self.sessions, t_arrive, order.isbuy(), qty, self.costs,
                             self.impact.fraction(qty, int(order.info["t_known"])),
                             fee_rates(self.costs, t_arrive), self.extended, self._cancel_at.get(order.ref))
            self.working[order.ref] = w
        return w

    def _try_exec_market(self, order, popen, phigh, plow):
        w = self._work(order)
        i = int(order.data.bar_index[0])
        if order.info.get("flatten") and not w.cum_qty and w.first_i is not None and i >= w.first_i:
            self._size_to_position(order, w)
            if w.done:
                return
        fill = w.on_bar(i)
        if w.cancelled:
            order.cancel()
            self.notify(order)
            return
        if fill is None:
            return
        self._piece = fill
        self.fees.current = fill.fees
        # The account may borrow: backtrader would reject a fill costing more than the cash on
        # hand, so lend it the shortfall for the execution and take it back afterwards.
        # (one dollar more than needed, so float rounding cannot leave it a hair short)
        shortfall = fill.qty * fill.price + fill.fees - self.cash + 1.0 if order.isbuy() else 0.0
        if shortfall > 0:
            self.cash += shortfall
        before = order.executed.remsize
        self._execute(order, ago=0, price=fill.price)
        if shortfall > 0:
            self.cash -= shortfall
        self.fees.current = 0.0
        if order.executed.remsize == before:  # backtrader refused it: a bug, never a silent gap
            raise RuntimeError(f"backtrader refused fill {fill} of order {order.ref} (status {order.getstatusname()})")
        self.ledger.append((order.ref, fill))

    def _size_to_position(self, order, w: WorkingOrder) -> None:
        """An exit closes what is actually held when it arrives (an entry may be part-filled)."""
        held = abs(int(self.getposition(order.data).size))
        w.qty = w.remaining = held
        if held == 0:
            w.cancelled = True
            order.cancel()
            self.notify(order)
            return
        signed = held if order.isbuy() else -held
        order.size = order.created.size = order.executed.remsize = signed
        w.impact_frac = self.impact.fraction(held, int(order.info["t_known"]))
