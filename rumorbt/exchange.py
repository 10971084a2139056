"""The simulated exchange: order latency, fill timing, costs and fees, built in one place
from the configuration.

A strategy (a :mod:`rumorbt.policy`) only says *what* it sends and *when* it sends it; the
exchange decides when the order arrives (the seeded order-latency model, keyed by the order's
identity so unrelated orders never shift each other's draws), when and in which pieces it
fills (:class:`~rumorbt.execution.WorkingOrder`: first fresh tradable price after arrival,
participation cap) and at what cost (spread, slippage, impact known at the decision, fees).
Both drivers use it: the backtrader broker works its orders bar by bar, the array driver
runs them to completion; the zero-latency counterfactual asks it too. Times are int ns UTC.
"""
from __future__ import annotations

from .config import RunConfig
from .costs import ImpactModel, fee_rates
from .execution import WorkingOrder, first_fill_index
from .latency import draw
from .sessions import Sessions
from .tape import Tape


class SimulatedExchange:
    """One venue for one run: the tape, its sessions, the cost and latency configuration."""

    def __init__(self, cfg: RunConfig, tape: Tape, sessions: Sessions, impact: ImpactModel | None = None) -> None:
        self.cfg, self.tape, self.sessions = cfg, tape, sessions
        self.costs, self.extended = cfg.costs, cfg.data.extended_hours
        self.impact = impact if impact is not None else ImpactModel(tape, sessions, cfg.costs)

    def arrival(self, t_send: int, *order_id: object) -> int:
        """When an order sent at ``t_send`` reaches the exchange: ``t_send`` + the order
        latency drawn for the order's identity ``order_id`` (seeded; draw order irrelevant)."""
        return t_send + draw(self.cfg.latency.order, self.cfg.seed, "order", *order_id)

    def accept(self, t_send: int, order_id: tuple, expire_at: int | None = None) -> int | None:
        """The order's :meth:`arrival`, or None when it is refused: it would arrive after
        ``expire_at`` (ns UTC; an arrival exactly at it is accepted)."""
        t_arrive = self.arrival(t_send, *order_id)
        return None if expire_at is not None and t_arrive > expire_at else t_arrive

    def working(self, t_known: int, t_arrive: int, is_buy: bool, qty: int, cancel_at: int | None = None) -> WorkingOrder:
        """A market order resting here from ``t_arrive``; its impact uses what is known at
        ``t_known`` (the decision), its fees the rates in force at arrival."""
        return WorkingOrder(self.tape, self.sessions, t_arrive, is_buy, qty, self.costs, self.impact.fraction(qty, t_known),
                            fee_rates(self.costs, t_arrive), self.extended, cancel_at)

    def resize(self, order: WorkingOrder, qty: int, t_known: int) -> None:
        """Change an order's size before its first piece (an exit closing what is held)."""
        order.qty = order.remaining = int(qty)
        order.impact_frac = self.impact.fraction(int(qty), t_known)

    def fill(self, t_known: int, t_arrive: int, is_buy: bool, qty: int, cancel_at: int | None = None) -> WorkingOrder:
        """The order worked to completion over the tape (or to the tape's end)."""
        return self.working(t_known, t_arrive, is_buy, qty, cancel_at).complete()

    def fill_unpriced(self, t_arrive: int, is_buy: bool, qty: int) -> WorkingOrder:
        """The pieces :meth:`fill` gives (bars, times, quantities, mids), without their prices,
        costs and fees: for the zero-latency counterfactual, which compares mids only."""
        return WorkingOrder(self.tape, self.sessions, t_arrive, is_buy, qty, self.costs, 0.0, None, self.extended,
                            priced=False).complete()

    def first_fill_index(self, t_arrive: int) -> int | None:
        """The bar whose open is the first fresh, tradable price after ``t_arrive``."""
        return first_fill_index(self.tape, self.sessions, t_arrive, self.extended)
