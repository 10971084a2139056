"""The array driver: a policy fed event by event from the tape's arrays.

The same policy object the backtrader adapter feeds (:mod:`rumorbt.policy`) takes every
decision here; the same simulated exchange (:mod:`rumorbt.exchange`) fills every order. The
driver only jumps from event to event — a headline received, a decision due, a fill — in
time order (at one instant: receipts, then decisions, then fills), instead of stepping
through every bar: an order is worked to completion over the arrays when it is sent, and its
pieces are reported to the policy at their times. Price exits are found by the policy's
vectorised rule (:meth:`~rumorbt.policy.HeadlinePolicy.price_exit_scan`) from the first entry
fill, read only as far as the next event (and dropped once something else closes the trip), so
an event costs the bars up to its exit, not the bars to the tape's end. A parity test requires identical trades.csv and summary.json — decision log included —
against the backtrader engine.
"""
from __future__ import annotations

import heapq
from dataclasses import dataclass

import numpy as np

from .events import ReceivedHeadline, receive
from .exchange import SimulatedExchange
from .execution import Fill
from .policy import Ack, HeadlinePolicy, make_policy
from .tapecheck import check_volume
from .trades import RoundTrip, build_round_trips


@dataclass
class _Order:
    fills: list[Fill]  # every piece it gets (an entry's are cut when its position is closed)
    complete: bool  # filled in full by its last piece
    done_t: int | None = None  # when it finished without a piece (an exit with nothing to close)


class ArrayPort:
    """The policy's orders at the simulated exchange, worked over the arrays when sent and
    reported back piece by piece through :meth:`deliver`."""

    def __init__(self, exchange: SimulatedExchange) -> None:
        self.ex = exchange
        self.orders: dict[int, _Order] = {}
        self.ledger: list[tuple[int, Fill]] = []  # (order ref, fill) in the order reported
        self._events: list = []  # heap of (t, ref, piece index; -1: finished without a piece)
        self.policy: HeadlinePolicy | None = None
        self._scan: list | None = None  # [trip number, price_exit_scan generator, end of the bars read]

    def submit(self, t_send: int, is_buy: bool, qty: int, order_id: tuple, *, expire_at: int | None = None,
               closes: int | None = None) -> Ack | None:
        t_arrive = self.ex.accept(t_send, order_id, expire_at)
        if t_arrive is None:
            return None
        ref = len(self.orders) + 1
        if closes is not None:
            entry = self.orders[closes]
            kept = [f for f in entry.fills if f.t <= t_arrive]  # the rest is cancelled on arrival
            if len(kept) < len(entry.fills):
                entry.fills, entry.complete = kept, False
            qty = sum(f.qty for f in kept)
            if qty == 0:  # nothing to close: the order is cancelled where it would first have filled
                i = self.ex.first_fill_index(t_arrive)
                self.orders[ref] = _Order([], False, None if i is None else int(self.ex.tape.t_open[i]))
                if i is not None:
                    heapq.heappush(self._events, (int(self.ex.tape.t_open[i]), ref, -1))
                return Ack(ref, t_arrive)
        w = self.ex.fill(t_send, t_arrive, is_buy, qty)
        self.orders[ref] = _Order(w.fills, w.remaining == 0)
        if w.fills:
            heapq.heappush(self._events, (w.fills[0].t, ref, 0))
        return Ack(ref, t_arrive)

    def next_time(self) -> int | None:
        ev = self._events
        while ev and ev[0][2] >= 0 and ev[0][2] >= len(self.orders[ev[0][1]].fills):
            heapq.heappop(ev)  # a piece of a cancelled remainder
        return ev[0][0] if ev else None

    def deliver(self, t: int) -> None:
        """Report every piece (and finished order) at ``t`` to the policy, in order of submission."""
        p, ev = self.policy, self._events
        while ev and ev[0][0] == t:
            _, ref, k = heapq.heappop(ev)
            o = self.orders[ref]
            if k < 0:
                p.on_done(ref, t)
                continue
            if k >= len(o.fills):
                continue
            f = o.fills[k]
            self.ledger.append((ref, f))
            p.on_fill(ref, f)
            trip = p.trip
            if k == 0 and trip is not None and trip.entry_ref == ref and trip.exit_ref is None:
                self._scan = [trip.trip, p.price_exit_scan(o.fills, self.ex.tape.t_end, self.ex.tape.close), -1]
            if k + 1 < len(o.fills):
                heapq.heappush(ev, (o.fills[k + 1].t, ref, k + 1))
            elif o.complete:
                p.on_done(ref, f.t)


    def scan_until(self, t: int) -> bool:
        """Read the open trip's price exits on until every bar ending at or before ``t`` is read
        (nothing decided by ``t`` may be missed); True when that scheduled an exit. A trip
        already closing (or closed) needs no more reading: its price exit would be stale."""
        sc = self._scan
        if sc is None:
            return False
        trip = self.policy.trip
        if trip is None or trip.trip != sc[0] or trip.exit_ref is not None:
            self._scan = None
            return False
        while sc[2] < t:
            found, t_read, reason = next(sc[1], (False, None, ""))
            if t_read is None:  # no price exit before the trip's first timer or the tape's end
                self._scan = None
                return False
            if found:
                self.policy.schedule(t_read, reason, sc[0])
                self._scan = None
                return True
            sc[2] = t_read
        return False


class Closes:
    """Bar closes as known at a time (the close of the last bar ended by then)."""

    def __init__(self, tape) -> None:
        self.t_end, self.close = tape.t_end, tape.close

    def __call__(self, t: int) -> float | None:
        i = int(np.searchsorted(self.t_end, t, side="right")) - 1
        return float(self.close[i]) if i >= 0 else None


def drive(policy: HeadlinePolicy, port: ArrayPort, received: list[ReceivedHeadline], last_open: int) -> None:
    """Feed ``policy`` every event up to the tape's last bar open, in time order."""
    port.policy = policy
    r, n = 0, len(received)
    while True:
        t_rcv = received[r].t_recv if r < n else None
        t_dec, t_evt = policy.next_time(), port.next_time()
        t = min(x for x in (t_rcv, t_dec, t_evt, last_open + 1) if x is not None)
        if port.scan_until(t):
            continue  # a price exit decided by t: take it in its place among the events
        if t > last_open:
            return
        if t_rcv == t:
            while r < n and received[r].t_recv <= t:
                policy.receive(received[r])
                r += 1
        elif t_dec == t:
            policy.decide_until(t)
        else:
            port.deliver(t)


@dataclass
class Simulation:
    """What a driver leaves: the policy's trip records and decision log, the exchange's fill
    ledger (order ref, fill) in execution order, the exchange itself and the headlines with
    their receive times."""

    trips: list
    ledger: list
    decisions: list
    exchange: SimulatedExchange
    received: list[ReceivedHeadline]


def simulate_arrays(cfg, inputs, impact=None) -> Simulation:
    """The configured policy (``strategy.policy``) fed from ``inputs`` (a
    :class:`rumorbt.engine.Inputs`) by the array driver. ``impact``: an
    :class:`~rumorbt.costs.ImpactModel` of the same tape and cost settings, to reuse."""
    tape, sessions = inputs.tape, inputs.sessions
    check_volume(tape, cfg.costs.participation_cap)
    exchange = SimulatedExchange(cfg, tape, sessions, impact)
    received = receive(inputs.headlines, inputs.readings, cfg)
    port = ArrayPort(exchange)
    policy = make_policy(cfg, inputs.ticker, sessions, port, Closes(tape))
    drive(policy, port, received, int(tape.t_open[-1]))
    return Simulation(policy.trips, port.ledger, policy.decisions, exchange, received)


def run_fast(cfg, inputs, impact=None) -> list[RoundTrip]:
    """The trades of one configuration on the array driver, identical to
    ``engine.run(cfg, inputs).trades`` (for sweeps and portfolios: no decision log, warnings or
    notes are assembled)."""
    sim = simulate_arrays(cfg, inputs, impact)
    return build_round_trips(sim.trips, sim.ledger, sim.exchange)
