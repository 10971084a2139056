"""Cost models: what a fill costs beyond the mid price, and the fees on an order.

Plain functions over numbers and the tape's arrays, shared by the backtrader broker and any
faster driver, so the two cannot drift apart. Prices in the tape's currency; bps = 1e-4.

Per share, a buy pays ``ask + mid * (slippage_bps/1e4 + impact)`` and a sell receives
``bid - mid * (...)``; without quotes ``ask/bid = open * (1 ± half_spread_bps/1e4)``.
Square-root impact: ``impact = k * sigma_daily * sqrt(Q / V)`` for the whole (parent)
order of Q shares against V shares of average daily volume; every piece pays it.
"""
from __future__ import annotations

import bisect
import csv
import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .config import CostConfig
from .resources import data_path
from .tape import Tape
from .timefmt import local_date, local_text, midnight_ns

FEES_FILE = data_path("fees", "us_regulatory_fees.csv")
# The fee table's effective dates are US regulatory dates (SEC and FINRA notices date a new
# rate from the start of a trading day in Eastern time): a property of that table, not of the
# run's exchange, so it stays fixed whatever data.calendar says.
FEE_TABLE_ZONE = "America/New_York"


def round_cents(x: float) -> float:
    """Half-up to the cent (commission)."""
    return math.floor(x * 100.0 + 0.5 + 1e-9) / 100.0


def ceil_cents(x: float) -> float:
    """Up to the cent, as brokers pass on regulatory fees (tolerant of float noise)."""
    return math.ceil(x * 100.0 - 1e-6) / 100.0


# --------------------------------------------------------------------------- fees
@dataclass(frozen=True)
class FeeRates:
    sec_per_million: float  # USD per million USD of sales
    taf_per_share: float  # USD per share sold
    taf_max: float  # USD per trade
    note: str
    cat_per_share: float = 0.0  # USD per share bought or sold (CAT fees brokers pass through)
    missing: tuple[str, ...] = ()  # "auto" fees with no rate on file for the date (0 used): warn


FEE_NAMES = {"sec_section31": "SEC Section 31", "finra_taf": "FINRA TAF", "cat_fee": "CAT fee"}


@lru_cache(maxsize=4)
def _fee_table(path: str = str(FEES_FILE)) -> tuple[tuple[str, int, float, float], ...]:
    with open(path, encoding="utf-8") as fh:
        rows = [(r["fee"], midnight_ns(r["effective_from"], FEE_TABLE_ZONE), float(r["rate"]),
                 float(r["cap"]) if r["cap"] else math.inf) for r in csv.DictReader(fh)]
    return tuple(sorted(rows, key=lambda r: (r[0], r[1])))


@lru_cache(maxsize=8)
def _fee_rows(fee: str) -> tuple[list[int], list[tuple[str, int, float, float]]]:
    rows = [r for r in _fee_table() if r[0] == fee]
    return [r[1] for r in rows], rows


def fee_table_start(fee: str) -> str:
    """First effective date (the table's date, :data:`FEE_TABLE_ZONE`) of ``fee`` in the fee table."""
    starts, _ = _fee_rows(fee)
    return str(local_date(starts[0], FEE_TABLE_ZONE)) if starts else "never"


def _in_force(fee: str, t_ns: int) -> tuple[float, float, str, bool]:
    """(rate, cap, note, known) of ``fee`` on ``t_ns``; known is False before the table's first date."""
    starts, _ = _fee_rows(fee)
    return _row_in_force(fee, bisect.bisect_right(starts, t_ns) - 1)


@lru_cache(maxsize=64)
def _row_in_force(fee: str, i: int) -> tuple[float, float, str, bool]:
    # per table row, so the note (a date conversion) is formatted once, not for every order
    _, rows = _fee_rows(fee)
    if i < 0:
        return 0.0, math.inf, f"{fee}: no rate on file before {fee_table_start(fee)}, 0 used", False
    r = rows[i]
    return r[2], r[3], f"{fee} {r[2]:g} from {local_date(r[1], FEE_TABLE_ZONE)}", True


def fee_rates(cfg: CostConfig, t_ns: int) -> FeeRates:
    """Regulatory rates for a trade at ``t_ns``: the configured numbers, or ("auto") the rates
    in force that day from ``data/fees/us_regulatory_fees.csv``."""
    sec, _, sec_note, sec_known = _in_force("sec_section31", t_ns)
    taf, taf_cap, taf_note, taf_known = _in_force("finra_taf", t_ns)
    cat, _, cat_note, cat_known = _in_force("cat_fee", t_ns)
    notes, missing = [], []
    if cfg.sec_fee_per_million == "auto":
        notes.append(sec_note)
        missing += [] if sec_known else ["sec_section31"]
    else:
        sec = float(cfg.sec_fee_per_million)
    if cfg.taf_per_share == "auto":
        notes.append(taf_note)
        missing += [] if taf_known else ["finra_taf"]
    else:
        taf = float(cfg.taf_per_share)
    if cfg.taf_max != "auto":
        taf_cap = float(cfg.taf_max)
    if cfg.cat_fee_per_share == "auto":
        notes.append(cat_note)
        missing += [] if cat_known else ["cat_fee"]
    else:
        cat = float(cfg.cat_fee_per_share)
    return FeeRates(sec, taf, taf_cap, "; ".join(notes) or "configured", cat, tuple(missing))


def commission(qty: int, notional: float, cfg: CostConfig) -> float:
    """Per-share commission on a whole order of ``qty`` shares worth ``notional``:
    ``clip(qty * per_share, minimum, max_pct * notional)``, to the cent."""
    if qty <= 0:
        return 0.0
    c = max(qty * cfg.commission_per_share, cfg.commission_min)
    if cfg.commission_max_pct > 0:
        c = min(c, cfg.commission_max_pct * notional)
    return round_cents(c)


def regulatory_fees(is_sell: bool, qty: int, notional: float, rates: FeeRates) -> tuple[float, float]:
    """(SEC Section 31 fee, FINRA TAF) on a whole order, each rounded up to the cent; 0 on buys."""
    if not is_sell or qty <= 0:
        return 0.0, 0.0
    sec = ceil_cents(notional * rates.sec_per_million / 1e6)
    taf = ceil_cents(min(qty * rates.taf_per_share, rates.taf_max))
    return sec, taf


def cat_fee(qty: int, rates: FeeRates) -> float:
    """CAT fee a broker passes through on a whole order, bought or sold: ``qty * rate`` rounded
    up to the cent (brokers round pass-through fees up; an assumption, see data/README.md)."""
    return ceil_cents(qty * rates.cat_per_share) if qty > 0 else 0.0


ORDER_FEES_NONE = (0.0, 0.0, 0.0, 0.0)  # order_fees of an order with nothing filled yet


def order_fees(is_sell: bool, qty: int, notional: float, cfg: CostConfig, rates: FeeRates) -> tuple[float, float, float, float]:
    """Order-level fees (commission, SEC, TAF, CAT) of ``qty`` shares filled so far worth ``notional``."""
    return (commission(qty, notional, cfg), *regulatory_fees(is_sell, qty, notional, rates), cat_fee(qty, rates))


def fee_difference(after: tuple, before: tuple) -> tuple[float, float, float, float]:
    """Fees of one fill piece: the order-level fees after it minus those before it, so the
    pieces of an order add up exactly to the fee of the whole order."""
    return round(after[0] - before[0], 2), round(after[1] - before[1], 2), round(after[2] - before[2], 2), \
        round(after[3] - before[3], 2)


def piece_fees(is_sell: bool, qty_before: int, notional_before: float, qty: int, notional: float,
               cfg: CostConfig, rates: FeeRates) -> tuple[float, float, float, float]:
    """Fees of one fill piece (commission, SEC, TAF, CAT): see :func:`fee_difference`."""
    return fee_difference(order_fees(is_sell, qty_before + qty, notional_before + notional, cfg, rates),
                          order_fees(is_sell, qty_before, notional_before, cfg, rates))


# --------------------------------------------------------------------------- prices
def quote_at(tape: Tape, i: int, cfg: CostConfig) -> tuple[float, float, float]:
    """(bid, ask, mid) prevailing at the open of bar ``i``: the tape's quote, or the open
    widened by the half-spread model."""
    if tape.has_quotes:
        bid, ask = float(tape.bid[i]), float(tape.ask[i])
        return bid, ask, (bid + ask) / 2.0
    o = float(tape.open[i])
    hs = o * cfg.half_spread_bps / 1e4
    return o - hs, o + hs, o


def impact_fraction(qty: int, cfg: CostConfig, sigma_daily: float, adv_shares: float) -> float:
    """Square-root impact as a fraction of the mid: ``k * sigma_daily * sqrt(qty / adv)``."""
    if qty <= 0 or cfg.impact_k <= 0 or adv_shares <= 0:
        return 0.0
    return cfg.impact_k * sigma_daily * math.sqrt(qty / adv_shares)


@dataclass(frozen=True)
class PiecePrice:
    price: float  # per share, what the trader pays (buy) or receives (sell)
    mid: float
    spread: float  # per share, against the trader
    slippage: float
    impact: float


def price_piece(tape: Tape, i: int, is_buy: bool, impact_frac: float, cfg: CostConfig) -> PiecePrice:
    bid, ask, mid = quote_at(tape, i, cfg)
    slip = mid * cfg.slippage_bps / 1e4
    imp = mid * impact_frac
    if is_buy:
        return PiecePrice(ask + slip + imp, mid, ask - mid, slip, imp)
    return PiecePrice(bid - slip - imp, mid, mid - bid, slip, imp)


def known_volume(tape: Tape, i: int) -> float:
    """Volume known at bar ``i``'s open: the bar before it (the bar's own volume is known only
    at its end). 0 for the tape's first bar: nothing is known there."""
    return float(tape.volume[i - 1]) if i > 0 else 0.0


def piece_quantity(remaining: int, bar_volume: float, cap: float) -> int:
    """Shares that may fill on one bar under a participation cap (0 = no cap), given the
    volume known when the piece is priced (see :func:`known_volume`)."""
    if cap <= 0:
        return remaining
    return int(min(remaining, math.floor(cap * bar_volume + 1e-9)))


# --------------------------------------------------------------------------- impact inputs
MIN_RETURNS = 5  # bar returns needed before a volatility estimate means anything


@dataclass(frozen=True)
class ImpactInputs:
    sigma_daily: float  # fraction per day
    adv_shares: float  # shares per day
    note: str  # where the two numbers came from (configured, or what part of the tape)
    known: bool = True  # False: nothing was known at that moment, no impact is charged


class ImpactModel:
    """Square-root impact inputs as they were **known at a moment**: the configured
    ``costs.sigma_daily``/``costs.adv_shares``, or estimates from the tape's bars that had
    ended by then (never from later bars — a fill must not depend on the future).

    Estimates (regular-session bars only; a ``24h`` calendar counts whole UTC days; a full
    session is the calendar's longest in the span, 6.5 h for XNYS, early closes being shorter):
    ADV = mean volume of the earlier complete sessions on the tape, or, with none, this
    session's volume so far scaled to a full session; sigma = standard deviation of the
    known bar-to-bar log returns within sessions, scaled by sqrt(bars per session). With
    fewer than :data:`MIN_RETURNS` returns nothing is known: no impact is charged and
    :meth:`at` says so (the run warns, naming the headline and the fix).
    """

    def __init__(self, tape: Tape, sessions, cfg: CostConfig) -> None:
        self.tape, self.sessions, self.cfg = tape, sessions, cfg
        self._cache: dict[tuple[int, int], ImpactInputs] = {}
        self._day: np.ndarray | None = None

    @property
    def configured(self) -> bool:
        return self.cfg.sigma_daily > 0 and self.cfg.adv_shares > 0

    def _days(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
        """(session number of each bar or -1 outside regular hours, session opens, session
        closes, session length)."""
        if self._day is None:
            t = self.tape.t_open
            ses = self.sessions
            if ses.always_open:
                days, self._day = np.unique(t // 86_400_000_000_000, return_inverse=True)
                self._opens = days * 86_400_000_000_000
                self._len = 86_400_000_000_000
                self._closes = self._opens + self._len
            else:
                k = np.searchsorted(ses.opens, t, side="right") - 1
                ok = (k >= 0) & (t < ses.closes[np.maximum(k, 0)])
                self._day = np.where(ok, k, -1)
                self._opens, self._closes = ses.opens, ses.closes
                self._len = int(np.max(ses.closes - ses.opens, initial=0))
        return self._day, self._opens, self._closes, self._len

    def at(self, t_known: int) -> ImpactInputs:
        """sigma/ADV from what was known at ``t_known`` (ns UTC): bars whose end is <= it."""
        if self.configured:
            return ImpactInputs(self.cfg.sigma_daily, self.cfg.adv_shares, "configured")
        k = int(np.searchsorted(self.tape.t_end, t_known, side="right"))  # bars known
        # A session's completeness depends on its close having passed, which can happen between
        # two bar ends: the key counts closes passed too, so the answer never depends on which
        # moment asked first (an order-dependent cache would make sweep rows depend on workers).
        key = (k, int(np.searchsorted(self._days()[2], t_known, side="right")))
        hit = self._cache.get(key)
        if hit is None:
            hit = self._cache[key] = self._estimate(k, t_known)
        return hit

    def fraction(self, qty: int, t_known: int) -> float:
        imp = self.at(t_known)
        return impact_fraction(qty, self.cfg, imp.sigma_daily, imp.adv_shares)

    def _estimate(self, k: int, t_known: int) -> ImpactInputs:
        tape, cfg = self.tape, self.cfg
        day, opens, closes, sess_len = self._days()
        d = day[:k]
        reg = d >= 0
        when = local_text(t_known, self.sessions.zone)
        notes: list[str] = []
        sigma, adv = cfg.sigma_daily, cfg.adv_shares
        if sigma <= 0:
            c = tape.close[:k]
            same = reg[1:] & reg[:-1] & (d[1:] == d[:-1])
            r = np.diff(np.log(c))[same] if k > 1 else np.zeros(0)
            if len(r) >= MIN_RETURNS:
                bars_per_session = sess_len / tape.bar_ns
                sigma = float(np.std(r) * math.sqrt(bars_per_session))
                notes.append(f"sigma {sigma:.4f}/day from {len(r)} bar returns known at {when}")
            else:
                sigma = -1.0
        if adv <= 0:
            vol = tape.volume[:k]
            sess_ids = np.unique(d[reg])
            complete = [s for s in sess_ids if closes[s] <= t_known and _covers(tape, d, s, opens[s], closes[s], k)]
            if complete:
                adv = float(sum(vol[d == s].sum() for s in complete)) / len(complete)
                notes.append(f"ADV {adv:,.0f} sh from {len(complete)} earlier session(s) on the tape")
            else:
                cur = sess_ids[-1] if len(sess_ids) else None  # the latest session with known bars
                if cur is not None:
                    m = d == cur
                    first = int(tape.t_open[:k][m][0])
                    span = int(tape.t_end[:k][m][-1]) - first
                    adv = float(vol[m].sum()) * sess_len / span if span > 0 else -1.0
                    if adv > 0:
                        notes.append(f"ADV {adv:,.0f} sh: the session's volume known at {when} scaled to a full session")
                else:
                    adv = -1.0
        if sigma < 0 or adv <= 0:
            return ImpactInputs(0.0, 0.0, f"nothing known at {when} to estimate sigma/ADV from (the tape has "
                                f"too few bars before it): no impact charged; set costs.sigma_daily and costs.adv_shares",
                                known=False)
        return ImpactInputs(sigma, adv, "; ".join(notes) or "configured")


def _covers(tape: Tape, day: np.ndarray, s: int, open_ns: int, close_ns: int, k: int) -> bool:
    """Whether the tape's known bars span session ``s`` (first bar within 5 min of the open,
    last ending within 5 min of the close): a partial session would understate its volume."""
    m = day[:k] == s
    if not m.any():
        return False
    slack = 5 * 60 * 10**9
    return int(tape.t_open[:k][m][0]) <= open_ns + slack and int(tape.t_end[:k][m][-1]) >= close_ns - slack
