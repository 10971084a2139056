"""The simulated exchange inside backtrader.

``LatencyBroker`` is backtrader's ``BackBroker`` with market-order execution handed to a
:class:`~rumorbt.exchange.SimulatedExchange` (order latency, fill timing, prices, fees — the
same object the array driver uses), so cash, positions and notifications stay backtrader's
while timing and prices are the exchange's. Fees of each piece are charged through
:class:`PieceFees`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import backtrader as bt

from .exchange import SimulatedExchange
from .execution import Fill, WorkingOrder

if TYPE_CHECKING:
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
    """backtrader's broker in front of a :class:`~rumorbt.exchange.SimulatedExchange`: cash,
    positions and notifications stay backtrader's; arrival, fill timing and prices are the
    exchange's. An order carries what a real one does — when it was sent (``t_send``) and its
    identity (``order_id``) — and the exchange decides when it arrives. Every fill and every
    finished order is reported to ``listener`` (the policy) as it happens."""

    def __init__(self, exchange: SimulatedExchange, listener=None) -> None:
        super().__init__()
        self.exchange, self.tape, self.listener = exchange, exchange.tape, listener
        self.working: dict[int, WorkingOrder] = {}
        self.ledger: list[tuple[int, Fill]] = []  # (order ref, fill), in execution order
        self._piece: Fill | None = None
        self.fees = PieceFees()
        self.addcommissioninfo(self.fees)
        self.p.filler = self._piece_size
        self.p.checksubmit = False

    def submit(self, order, check=True):
        info = order.info
        t_send = int(info["t_send"])
        t_arrive = self.exchange.accept(t_send, info["order_id"], info.get("expire_at"))
        if t_arrive is None:  # refused: it would arrive too late
            order.reject(self)
            return order
        closes = info.get("closes")
        if closes is not None and closes in self.working:  # the rest of the entry stops when this arrives
            self.working[closes].cancel_at = t_arrive
        self.working[order.ref] = self.exchange.working(t_send, t_arrive, order.isbuy(), abs(int(order.size)))
        return super().submit(order, check)

    def _piece_size(self, order, price, ago) -> int:
        return self._piece.qty

    def _finished(self, order, t: int) -> None:
        if self.listener is not None:
            self.listener.on_done(order.ref, t)

    def _try_exec_market(self, order, popen, phigh, plow):
        w = self.working[order.ref]
        i = int(order.data.bar_index[0])
        if order.info.get("closes") is not None and not w.cum_qty and w.first_i is not None and i >= w.first_i:
            self._size_to_position(order, w, i)
            if w.done:
                return
        fill = w.on_bar(i)
        if w.cancelled:
            order.cancel()
            self.notify(order)
            self._finished(order, int(self.tape.t_open[i]))
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
        if self.listener is not None:
            self.listener.on_fill(order.ref, fill)
        if w.done:
            self._finished(order, fill.t)

    def _size_to_position(self, order, w: WorkingOrder, i: int) -> None:
        """An exit closes what is actually held when it arrives (an entry may be part-filled)."""
        held = abs(int(self.getposition(order.data).size))
        if held == 0:
            w.cancelled = True
            order.cancel()
            self.notify(order)
            self._finished(order, int(self.tape.t_open[i]))
            return
        self.exchange.resize(w, held, int(order.info["t_send"]))
        signed = held if order.isbuy() else -held
        order.size = order.created.size = order.executed.remsize = signed


_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal(): backtrader's date numbers count days from year 1


class TapeFeed(bt.feed.DataBase):
    """A backtrader feed straight from a :class:`Tape`'s arrays (PandasData reads cell by cell,
    which is half the run time on a one-second tape). Datetimes are naive UTC, backtrader's own
    convention; ``bar_index`` maps each bar back to the tape's exact nanosecond stamps."""

    lines = ("bar_index",)
    params = (("tape", None),)

    def start(self) -> None:
        super().start()
        t: Tape = self.p.tape
        self._cols = (
            (t.t_open / 86_400e9 + _EPOCH_ORDINAL).tolist(),
            t.open.tolist(), t.high.tolist(), t.low.tolist(), t.close.tolist(), t.volume.tolist(),
        )
        self._i = 0

    def _load(self) -> bool:
        i = self._i
        dt, o, h, lo, c, v = self._cols
        if i >= len(dt):
            return False
        ln = self.lines
        ln.datetime[0], ln.open[0], ln.high[0], ln.low[0], ln.close[0] = dt[i], o[i], h[i], lo[i], c[i]
        ln.volume[0], ln.openinterest[0], ln.bar_index[0] = v[i], 0.0, i
        self._i = i + 1
        return True
