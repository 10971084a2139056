"""The fast driver: the headline strategy evaluated event by event over the tape's arrays.

It takes the decisions of ``strategies/headline_rumor.py`` through the same rules
(:mod:`rumorbt.rules`) and fills orders through the same :class:`~rumorbt.execution.WorkingOrder`,
but jumps from event to event instead of stepping through every bar with backtrader, so a
run costs a handful of array look-ups. Trades come out as the same :class:`RoundTrip` objects
(via :func:`rumorbt.trades.build_round_trips`); a parity test requires identical trades to
the cent against the backtrader engine.
"""
from __future__ import annotations

import heapq
from dataclasses import dataclass

import numpy as np

from . import rules
from .config import RunConfig
from .costs import ImpactModel, fee_rates
from .engine import Inputs
from .tapecheck import check_volume
from .events import ReceivedHeadline, receive
from .execution import Fill, WorkingOrder, fill_order, first_fill_index
from .trades import RoundTrip, TripRecord, build_round_trips


@dataclass
class _Trip(TripRecord):
    entry: WorkingOrder | None = None  # the entry as it would fill with no cancel
    done_t: int | None = None  # when the exit order finished (filled or cancelled); None: never


class _Closes:
    """close_asof over the arrays (the fast driver only ever asks about decision times)."""

    def __init__(self, tape) -> None:
        self.t_end, self.close = tape.t_end, tape.close

    def __call__(self, t: int) -> float | None:
        i = int(np.searchsorted(self.t_end, t, side="right")) - 1
        return float(self.close[i]) if i >= 0 else None


def _entry_vwaps(fills: list[Fill]) -> tuple[np.ndarray, np.ndarray]:
    """Bar index of each entry fill and the order's average price after it, computed the way
    backtrader's OrderData accumulates it (so comparisons against levels agree to the bit)."""
    size = price = 0.0
    idx, px = [], []
    for f in fills:
        old = size * price
        size += f.qty
        price = (old + f.qty * f.price) / size
        idx.append(f.i)
        px.append(price)
    return np.asarray(idx), np.asarray(px)


def _first_price_exit(trip: _Trip, tape, cfg: RunConfig) -> tuple[int, str] | None:
    """The first bar close that triggers a price exit: (decision time = the bar's end, reason).
    Vectorised form of :func:`rules.price_exit` with the same operations in the same order."""
    fills = trip.entry.fills
    if not fills or not rules.has_price_exits(cfg):
        return None
    i0, n = fills[0].i, len(tape)
    j = np.arange(i0, n - 1)  # a bar is checked when the next one opens
    if len(j) == 0:
        return None
    f_idx, f_px = _entry_vwaps(fills)
    entry = f_px[np.searchsorted(f_idx, j, side="right") - 1]
    c = tape.close[j]
    side = trip.side
    best = np.maximum.accumulate(c) if side > 0 else np.minimum.accumulate(c)
    s = cfg.strategy
    ret = side * (c / entry - 1.0) * 1e4
    hits = []
    if s.stop_loss_bps > 0:
        hits.append((ret <= -s.stop_loss_bps, "stop_loss"))
    if s.take_profit_bps > 0:
        hits.append((ret >= s.take_profit_bps, "take_profit"))
    if s.trailing_stop_bps > 0:
        hits.append((side * (best - c) / best * 1e4 >= s.trailing_stop_bps, "trailing_stop"))
    any_hit = np.logical_or.reduce([h for h, _ in hits])
    if not any_hit.any():
        return None
    k = int(np.argmax(any_hit))
    reason = next(r for h, r in hits if h[k])  # same precedence as rules.price_exit
    return int(tape.t_end[j[k]]), reason


def run_fast(cfg: RunConfig, inputs: Inputs, impact: ImpactModel | None = None) -> list[RoundTrip]:
    """Trades of one configuration, identical to ``engine.run(cfg).trades``."""
    tape, sessions, ticker = inputs.tape, inputs.sessions, inputs.ticker
    check_volume(tape, cfg.costs.participation_cap)
    impact = impact or ImpactModel(tape, sessions, cfg.costs)
    received = receive(inputs.headlines, inputs.readings, cfg)
    last_open = int(tape.t_open[-1])
    close_asof = _Closes(tape)
    ext = cfg.data.extended_hours

    queue: list = []
    denials = [ev.t_recv for ev in received if rules.acts_on(ev, ticker, "denial", cfg)]
    confirms = [ev.t_recv for ev in received if rules.acts_on(ev, ticker, "ceo_confirmed", cfg)]
    for n, ev in enumerate(received):
        heapq.heappush(queue, (rules.decision_key(rules.decision_time(ev, cfg), "headline", n), "headline", ev))

    trips: list[_Trip] = []
    ledger: list[tuple[int, Fill]] = []
    trip: _Trip | None = None
    traded = 0
    equity = cfg.strategy.cash

    def order(t_known: int, t_arrive: int, buy: bool, qty: int, cancel_at: int | None = None) -> WorkingOrder:
        imp = impact.fraction(qty, t_known)
        return fill_order(tape, sessions, t_arrive, buy, qty, cfg.costs, imp, fee_rates(cfg.costs, t_arrive), ext, cancel_at)

    def decide_exit(t_send: int, reason: str, trigger_t: int, trigger_id: str) -> None:
        nonlocal equity
        tr = trip
        a_x = rules.exit_arrival(trigger_id, tr.trip, t_send, cfg)
        tr.exit_ref, tr.exit_reason, tr.exit_trigger_t, tr.exit_trigger_id = 2 * tr.trip + 1, reason, trigger_t, trigger_id
        tr.exit_t_send, tr.exit_t_arrive = t_send, a_x
        # the cancel reaching the exchange at a_x stops the entry before any bar opening after it
        kept = [f for f in tr.entry.fills if f.t <= a_x]
        tr.entry.fills = kept
        held = sum(f.qty for f in kept)
        ledger.extend((tr.entry_ref, f) for f in kept)
        if held == 0:  # nothing to close: the exit order is cancelled where it would first have filled
            i = first_fill_index(tape, sessions, a_x, ext)
            tr.done_t = int(tape.t_open[i]) if i is not None else None
            return
        ex = order(t_send, a_x, tr.side < 0, held)
        ledger.extend((tr.exit_ref, f) for f in ex.fills)
        if ex.remaining == 0:
            tr.done_t = ex.fills[-1].t
            equity += _cash_flow(kept + ex.fills)

    while queue:
        key, kind, payload = heapq.heappop(queue)
        t_send = key[0]
        if t_send > last_open:
            break
        if kind == "headline":
            ev: ReceivedHeadline = payload
            r = ev.reading
            if r.ticker != ticker:
                continue
            open_trip = trip is not None and trip.exit_ref is None
            if r.kind == "ceo_rumor":
                busy = trip is not None and (trip.exit_ref is None or trip.done_t is None or trip.done_t >= t_send)
                ref = close_asof(t_send)
                if rules.entry_blocker(ev, t_send, denial_recv=denials, confirm_recv=confirms, busy=busy,
                                       traded=traded, cfg=cfg, close_at_send=ref):
                    continue
                side = rules.direction(ev, t_send, cfg, close_asof)
                if isinstance(side, str):
                    continue
                qty = rules.quantity(cfg, ref, equity)
                if qty <= 0:
                    continue
                t_arrive = rules.entry_arrival(ev, t_send, cfg)
                if t_arrive - ev.headline.t_pub > cfg.strategy.max_entry_delay:
                    continue
                traded += 1
                n = len(trips) + 1
                trip = _Trip(n, ticker, side, qty, ev, t_send, t_arrive, 2 * n, entry=order(t_send, t_arrive, side > 0, qty))
                trips.append(trip)
                if trip.entry.fills:
                    for t, reason in rules.timers(cfg, sessions, trip.entry.fills[0].t):
                        heapq.heappush(queue, (rules.decision_key(t, reason), reason, n))
                    px = _first_price_exit(trip, tape, cfg)
                    if px is not None:
                        heapq.heappush(queue, (rules.decision_key(px[0], px[1]), px[1], n))
            elif r.kind == "denial" and open_trip and rules.acts_on(ev, ticker, "denial", cfg):
                decide_exit(t_send, "denial", ev.headline.t_pub, ev.key)
            elif (r.kind == "ceo_confirmed" and open_trip and cfg.strategy.on_confirmation == "exit"
                  and rules.acts_on(ev, ticker, "ceo_confirmed", cfg)):
                decide_exit(t_send, "confirmation", ev.headline.t_pub, ev.key)
        else:
            if trip is None or trip.trip != payload or trip.exit_ref is not None:
                continue
            decide_exit(t_send, kind, t_send, rules.timer_trigger_id(kind, payload))
    for tr in trips:  # entries never closed: every fill they got stands
        if tr.exit_ref is None:
            ledger.extend((tr.entry_ref, f) for f in tr.entry.fills)
    return build_round_trips(trips, ledger, tape, sessions, cfg, impact)


def _cash_flow(fills: list[Fill]) -> float:
    """Cash a list of fills adds to the account: sales in, purchases out, fees out."""
    return sum((-f.qty * f.price if f.is_buy else f.qty * f.price) - f.fees for f in fills)
