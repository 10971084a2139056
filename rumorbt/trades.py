"""Round trips from the strategy's trip records and the broker's fill ledger, with the cost
attribution: where the money went.

Per trade (money in the tape's currency, signs: positive is good for the trader):
``move_captured = side * qty * (mid_exit - mid_entry)`` at the mids where pieces filled;
``gross_pnl = move_captured - spread - slippage - impact``; ``net_pnl = gross_pnl - fees``;
``latency_cost`` = the move the same trade would have captured with zero latency (entry
arriving at the rumour's publication, exit at its trigger) minus ``move_captured``.
"""
from __future__ import annotations

from dataclasses import dataclass

from .config import RunConfig
from .costs import fee_rates, piece_fees, price_piece
from .events import ReceivedHeadline
from .execution import Fill, last_tradable
from .sessions import Sessions
from .tape import Tape


@dataclass
class TripRecord:
    """One attempted round trip, as a driver saw it (its fills come from the ledger)."""

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


@dataclass(frozen=True)
class RoundTrip:
    trip: int
    ticker: str
    side: str  # long | short
    qty: int
    entry_time: int  # ns UTC, first entry fill
    entry_price: float  # VWAP of entry pieces
    exit_time: int | None
    exit_price: float | None
    exit_reason: str
    gross_pnl: float
    fees: float
    net_pnl: float
    move_captured: float
    spread_cost: float
    slippage_cost: float
    impact_cost: float
    commission: float
    sec_fee: float
    taf: float
    latency_cost: float
    zero_latency_move: float
    entry_fills: int
    exit_fills: int
    rumor_id: str
    rumor_published: int
    rumor_received: int
    entry_sent: int
    entry_arrived: int
    exit_trigger_id: str
    exit_trigger_time: int | None
    exit_sent: int | None
    exit_arrived: int | None
    marked_at_end: bool  # exit not filled by the tape's end: valued at a mark (see mark_at_end)
    cat_fee: float = 0.0  # CAT fees passed through on both legs

    @property
    def status(self) -> str:
        """``closed`` (the exit filled) or ``open_at_end`` (valued at a mark, reported apart)."""
        return "open_at_end" if self.marked_at_end else "closed"

    @property
    def notional(self) -> float:
        return self.qty * self.entry_price


def round_or_none(x: float | None, digits: int) -> float | None:
    return None if x is None else round(x, digits)


def _vwap(fills: list[Fill], attr: str) -> float:
    q = sum(f.qty for f in fills)
    return sum(getattr(f, attr) * f.qty for f in fills) / q if q else 0.0


def mark_at_end(tape: Tape, sessions: Sessions, cfg: RunConfig, impact, is_buy: bool, qty: int, t_known: int,
                before: list[Fill]) -> Fill | None:
    """What closing ``qty`` shares that the tape never let fill is worth: a piece priced at the
    last tradable bar's quote (the bid for a sale, the ask for a purchase) with the order's
    slippage, impact and fees, after the ``before`` pieces the order did get. A mark, not a
    fill: the trade is reported as open at the tape's end, apart from closed trades."""
    i = last_tradable(tape, sessions, cfg.data.extended_hours)
    if i is None or qty <= 0:
        return None
    t = int(tape.t_open[i])
    total = qty + sum(f.qty for f in before)
    pp = price_piece(tape, i, is_buy, impact.fraction(total, t_known), cfg.costs)
    q0, n0 = sum(f.qty for f in before), sum(f.qty * f.price for f in before)
    comm, sec, taf, cat = piece_fees(not is_buy, q0, n0, qty, qty * pp.price, cfg.costs, fee_rates(cfg.costs, t))
    return Fill(i, t, qty, is_buy, pp.price, pp.mid, qty * pp.spread, qty * pp.slippage, qty * pp.impact, comm, sec, taf, cat)


def _zero_latency_move(trip, qty: int, mark_mid: float | None, exchange) -> float:
    """Per-share move the same trade captures with no feed, decision or order latency: the
    entry reaching the market at the rumour's publication, the exit at its trigger (a position
    still open at the tape's end is marked at the same mid as the real trade). NaN when the
    zero-latency entry could not fill."""
    tape, sessions, cfg = exchange.tape, exchange.sessions, exchange.cfg
    buy = trip.side > 0
    t_entry = trip.rumor.headline.t_pub
    entry = exchange.fill_unpriced(t_entry, buy, qty)
    if not entry.fills:
        return float("nan")
    mid_in = _vwap(entry.fills, "mid")
    last = mark_mid if mark_mid is not None else float(tape.close[-1])
    if mark_mid is not None or trip.exit_trigger_t is None:
        return trip.side * (last - mid_in)
    q0 = entry.cum_qty
    t_exit = max(trip.exit_trigger_t, entry.fills[-1].t)
    ex = exchange.fill_unpriced(t_exit, not buy, q0)
    rest = q0 - ex.cum_qty  # not filled by the tape's end: at the last tradable bar's mid
    i = last_tradable(tape, sessions, cfg.data.extended_hours)
    end_mid = tape.mid_at(i) if i is not None else last
    mid_out = (sum(f.mid * f.qty for f in ex.fills) + end_mid * rest) / q0
    return trip.side * (mid_out - mid_in)


def _exit_reason(reason: str, marked: bool) -> str:
    if not marked:
        return reason
    what = "not filled by the tape's end, marked at the last tradable bid/ask"
    return f"{reason}; {what}" if reason else f"no exit; {what}"


def build_round_trips(trips, ledger: list[tuple[int, Fill]], exchange) -> list[RoundTrip]:
    """Round trips from the policy's trip records and the exchange's fill ledger;
    ``exchange``: the run's :class:`~rumorbt.exchange.SimulatedExchange` (marks at the tape's
    end and the zero-latency counterfactual are priced by it)."""
    tape, sessions, cfg, impact = exchange.tape, exchange.sessions, exchange.cfg, exchange.impact
    by_ref: dict[int, list[Fill]] = {}
    for ref, f in ledger:
        by_ref.setdefault(ref, []).append(f)
    out = []
    for t in trips:
        entry = by_ref.get(t.entry_ref, [])
        qty = sum(f.qty for f in entry)
        if qty == 0:
            continue  # never filled: reported among the decisions, not as a trade
        exits = by_ref.get(t.exit_ref, []) if t.exit_ref is not None else []
        q_exit = sum(f.qty for f in exits)
        marked = q_exit < qty
        priced = list(exits)
        mark_mid = None
        if marked:
            t_known = t.exit_t_send if t.exit_t_send is not None else int(tape.t_end[-1])
            m = mark_at_end(tape, sessions, cfg, impact, t.side < 0, qty - q_exit, t_known, exits)
            if m is not None:
                priced.append(m)
                mark_mid = m.mid
        mid_in, px_in = _vwap(entry, "mid"), _vwap(entry, "price")
        mid_out, px_out = _vwap(priced, "mid"), _vwap(priced, "price")
        fills = entry + priced
        s = lambda a: sum(getattr(f, a) for f in fills)
        move = t.side * qty * (mid_out - mid_in)
        gross = t.side * qty * (px_out - px_in)
        fees = s("commission") + s("sec_fee") + s("taf") + s("cat_fee")
        zl = _zero_latency_move(t, qty, mark_mid, exchange)
        zero_move = zl * qty
        out.append(RoundTrip(
            trip=t.trip, ticker=t.ticker, side="long" if t.side > 0 else "short", qty=qty,
            entry_time=entry[0].t, entry_price=px_in,
            exit_time=priced[-1].t if priced else None,
            exit_price=px_out, exit_reason=_exit_reason(t.exit_reason, marked),
            gross_pnl=gross, fees=fees, net_pnl=gross - fees, move_captured=move,
            spread_cost=s("spread_cost"), slippage_cost=s("slippage_cost"), impact_cost=s("impact_cost"),
            commission=s("commission"), sec_fee=s("sec_fee"), taf=s("taf"),
            latency_cost=zero_move - move, zero_latency_move=zero_move,
            entry_fills=len(entry), exit_fills=len(exits), rumor_id=t.rumor.key,
            rumor_published=t.rumor.headline.t_pub, rumor_received=t.rumor.t_recv,
            entry_sent=t.t_send, entry_arrived=t.t_arrive, exit_trigger_id=t.exit_trigger_id,
            exit_trigger_time=t.exit_trigger_t, exit_sent=t.exit_t_send, exit_arrived=t.exit_t_arrive,
            marked_at_end=marked, cat_fee=s("cat_fee")))
    return out


def closed(trades: list[RoundTrip]) -> list[RoundTrip]:
    """Trades whose exit filled (the ones every total counts)."""
    return [t for t in trades if not t.marked_at_end]


def open_at_end(trades: list[RoundTrip]) -> list[RoundTrip]:
    """Trades still open when the tape ended: valued at a mark, reported apart."""
    return [t for t in trades if t.marked_at_end]
