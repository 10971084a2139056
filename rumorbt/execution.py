"""The simulated exchange's timing: when an order that reaches the market at ``t_arrive``
can fill, and in which pieces.

Rules (never optimistic):
- a bar stamped ``t`` covers ``[t, t + bar)``; an order arriving inside it (or in a gap
  before it) fills at the open of the first bar stamped strictly after ``t_arrive`` — the
  first fresh price, never the stale last one;
- outside regular hours (unless extended hours are on) it waits for the next session open;
- a participation cap limits the piece filling at a bar's open to a share of the volume
  known at that open — the previous bar's (a bar's own volume is known only at its end, so
  sizing by it would let the future choose the quantity priced at the open); the rest fills
  on the following tradable bars, each piece priced where it fills;
- a cancel that arrives strictly before a bar's open stops the order before that bar.

:class:`WorkingOrder` is the one implementation of these rules, built only by
:class:`~rumorbt.exchange.SimulatedExchange`: the backtrader broker feeds it bar by bar, the
array driver and the zero-latency counterfactual run it to completion, so all produce
identical fills.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .config import CostConfig
from .costs import ORDER_FEES_NONE, FeeRates, fee_difference, known_volume, order_fees, piece_quantity, price_piece, quote_at
from .sessions import Sessions
from .tape import Tape


@dataclass(frozen=True)
class Fill:
    """One executed piece. Money fields are totals for the piece (price x qty terms)."""

    i: int  # bar index
    t: int  # ns UTC: the bar's open, when the piece executed
    qty: int  # shares, positive
    is_buy: bool
    price: float  # per share
    mid: float  # per share, mid at execution
    spread_cost: float
    slippage_cost: float
    impact_cost: float
    commission: float
    sec_fee: float
    taf: float
    cat_fee: float = 0.0

    @property
    def fees(self) -> float:
        return self.commission + self.sec_fee + self.taf + self.cat_fee


def tradable(tape: Tape, sessions: Sessions, i: int, extended: bool) -> bool:
    return extended or sessions.is_regular(int(tape.t_open[i]))


def next_tradable(tape: Tape, sessions: Sessions, i: int, extended: bool) -> int | None:
    """First bar index >= ``i`` that may trade (regular hours unless ``extended``)."""
    n = len(tape)
    while i < n:
        t = int(tape.t_open[i])
        if extended or sessions.is_regular(t):
            return i
        nxt = sessions.next_open(t)
        if nxt is None:
            return None
        i = max(i + 1, int(np.searchsorted(tape.t_open, nxt, side="left")))
    return None


def last_tradable(tape: Tape, sessions: Sessions, extended: bool) -> int | None:
    """Index of the tape's last bar that may trade (None: no bar may). Found once per tape,
    calendar and hours setting: every trade asks, and after-hours bars at a long tape's end
    made each answer cost thousands of steps."""
    cache = tape.derived
    hit = cache.get(("last_tradable", id(sessions), extended))
    if hit is not None and hit[0] is sessions:  # the sessions object itself is kept: its id cannot be reused
        return hit[1]
    found = None
    for i in range(len(tape) - 1, -1, -1):
        if tradable(tape, sessions, i, extended):
            found = i
            break
    cache[("last_tradable", id(sessions), extended)] = (sessions, found)
    return found


def first_fill_index(tape: Tape, sessions: Sessions, t_arrive: int, extended: bool) -> int | None:
    """Index of the bar whose open is the first fresh, tradable price after ``t_arrive``."""
    return next_tradable(tape, sessions, int(np.searchsorted(tape.t_open, t_arrive, side="right")), extended)


class WorkingOrder:
    """A market order resting at the simulated exchange, filled piece by piece."""

    def __init__(self, tape: Tape, sessions: Sessions, t_arrive: int, is_buy: bool, qty: int,
                 costs: CostConfig, impact_frac: float, rates: FeeRates | None, extended: bool,
                 cancel_at: int | None = None, priced: bool = True) -> None:
        self.tape, self.sessions, self.costs, self.rates = tape, sessions, costs, rates
        self.t_arrive, self.is_buy, self.extended = t_arrive, is_buy, extended
        self.qty, self.remaining = int(qty), int(qty)
        self.impact_frac = impact_frac
        self.cancel_at = cancel_at
        self.first_i = first_fill_index(tape, sessions, t_arrive, extended)
        self.cum_qty, self.cum_notional = 0, 0.0
        self.cum_fees = ORDER_FEES_NONE  # order-level fees of what has filled: each piece pays the difference
        self.cancelled = False
        self.fills: list[Fill] = []
        # unpriced: the same pieces (bars, times, quantities, mids) with no price, costs or fees
        # (price NaN, costs 0) -- all the zero-latency counterfactual needs of its orders
        self.priced = priced

    @property
    def done(self) -> bool:
        return self.cancelled or self.remaining <= 0

    def complete(self) -> "WorkingOrder":
        """Work the order over the tape's tradable bars until it is done or the tape ends."""
        i = self.first_i
        while i is not None and not self.done:
            self.on_bar(i, known_tradable=True)
            i = next_tradable(self.tape, self.sessions, i + 1, self.extended)
        return self

    def on_bar(self, i: int, known_tradable: bool = False) -> Fill | None:
        """The piece that fills at bar ``i``'s open, if any (call once per bar, in order).
        ``known_tradable``: the caller found bar ``i`` tradable already."""
        if self.done or self.first_i is None or i < self.first_i:
            return None
        t = int(self.tape.t_open[i])
        if self.cancel_at is not None and self.cancel_at < t:
            self.cancelled = True
            return None
        if not known_tradable and not tradable(self.tape, self.sessions, i, self.extended):
            return None
        q = piece_quantity(self.remaining, known_volume(self.tape, i), self.costs.participation_cap)
        if q <= 0:
            return None
        if not self.priced:
            fill = Fill(i, t, q, self.is_buy, float("nan"), quote_at(self.tape, i, self.costs)[2], 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
            self.cum_qty += q
            self.remaining -= q
            self.fills.append(fill)
            return fill
        pp = price_piece(self.tape, i, self.is_buy, self.impact_frac, self.costs)
        notional = q * pp.price
        after = order_fees(not self.is_buy, self.cum_qty + q, self.cum_notional + notional, self.costs, self.rates)
        comm, sec, taf, cat = fee_difference(after, self.cum_fees)
        self.cum_fees = after
        fill = Fill(i, t, q, self.is_buy, pp.price, pp.mid, q * pp.spread, q * pp.slippage, q * pp.impact, comm, sec, taf, cat)
        self.cum_qty += q
        self.cum_notional += notional
        self.remaining -= q
        self.fills.append(fill)
        return fill
