"""The batch kernel: a chunk of sweep combinations evaluated at once over one event's arrays.

The per-combination array driver (:mod:`rumorbt.fastpath`) feeds the policy one event at a
time and stays the readable reference; this module computes the same trades for many
combinations at once with numpy, one array element per combination, repeating the
reference's floating-point operations in the reference's order (sums piece by piece, fees
rounded per order), so a sweep row is identical to the cent — the parity tests
(``tests/test_kernel.py``) hold it to that on random combinations over every branch.

What it covers: the ``rumour`` policy with at most one trade per combination (re-entry is
covered when the headline file has one rumour for the tape's ticker); every latency model
(draws computed once per distinct model, seed and order identity by the reference
:func:`rumorbt.latency.draw`); entry gates (verification, confidence, denial or confirmation
already received, maximum entry delay, direction ``long``/``short``/``follow``, size modes);
participation-capped fills in pieces, quotes or the half-spread model, slippage,
square-root impact known at the decision, fees rounded per order with the rates of the
arrival date; exits on denial, confirmation (exit/hold), max hold, session end, stop-loss,
take-profit, trailing stop, the tape's end (marked); extended hours; the zero-latency
counterfactual. What it does not cover (the ``fade`` policy, several trades in one
combination) is reported per combination by :attr:`Batch.covered` and evaluated by the
reference path instead.

Combinations are indices into a sweep grid (:class:`GridParams`): configuration values are
resolved once per distinct value of each group of grid keys, never per combination.
"""
from __future__ import annotations

import itertools
import math
import os
from dataclasses import dataclass, replace
from typing import Any, Callable

import numpy as np

from .config import RunConfig
from .errors import ConfigError
from .costs import ImpactModel, _fee_rows
from .domain import Exit, Kind
from .latency import draw, mean_ns
from .rules import LEVEL_EPS_BPS, TRIGGER_PRIORITY

MAX_GROUP_CONFIGS = 4096  # a group of grid keys with more distinct settings is left to the reference path
NONE = np.iinfo(np.int64).min  # "no time" in int64 time arrays


# --------------------------------------------------------------------------- grid parameters
def _field_id(key: str) -> tuple[str, ...]:
    """The configuration field a grid key sets (a latency stage is one field; strategy size
    and size_mode are validated together, so they are one field)."""
    p = tuple(key.split("."))
    if p[0] == "latency":
        return p[:3] if len(p) > 1 and p[1] == "feed" else p[:2]
    if p[0] == "strategy" and len(p) > 1 and p[1] in ("size", "size_mode"):
        return ("strategy", "size")
    return p[:2]


def _overlap(a: tuple, b: tuple) -> bool:
    n = min(len(a), len(b))
    return a[:n] == b[:n]


@dataclass
class _Group:
    keys: list[str]  # grid keys of this group, in grid order
    field_ids: list[tuple]
    radix: list[int]
    strides: list[int]  # of each key in the combination index
    configs: list[RunConfig]  # base with this group's values, one per sub-combination


class GridParams:
    """Per-combination configuration values of a sweep grid, as arrays, without building a
    configuration per combination: grid keys that set the same field form a group; each
    group's distinct settings are applied to the base configuration once."""

    def __init__(self, base: RunConfig, grid: dict[str, list[str]]) -> None:
        self.base, self.grid = base, grid
        keys = list(grid)
        strides, s = {}, 1
        for k in reversed(keys):
            strides[k] = s
            s *= len(grid[k])
        self.size = s
        fids = {k: _field_id(k) for k in keys}
        parent = {k: k for k in keys}

        def find(k):
            while parent[k] != k:
                k = parent[k]
            return k

        for a, b in itertools.combinations(keys, 2):
            if _overlap(fids[a], fids[b]):
                parent[find(a)] = find(b)
        groups: dict[str, list[str]] = {}
        for k in keys:
            groups.setdefault(find(k), []).append(k)
        self.groups: list[_Group] = []
        self.too_big = False
        for ks in groups.values():
            radix = [len(grid[k]) for k in ks]
            if math.prod(radix) > MAX_GROUP_CONFIGS:
                self.too_big = True
                return
            cfgs, ok = [], []
            for vals in itertools.product(*(grid[k] for k in ks)):
                try:
                    cfgs.append(base.with_overrides(dict(zip(ks, vals))))
                    ok.append(True)
                except ConfigError:  # the reference path raises it for these combinations
                    cfgs.append(base)
                    ok.append(False)
            g = _Group(ks, [fids[k] for k in ks], radix, [strides[k] for k in ks], cfgs)
            g.ok = np.asarray(ok)
            self.groups.append(g)
        self._cache: dict = {}
        self._owners: dict = {}
        self._batch, self._subs = None, {}

    def batch_cached(self, combos: np.ndarray, key):
        """A value stored for this batch (None: none, or another batch)."""
        return self._subs.get(key) if combos is self._batch else None

    def batch_store(self, combos: np.ndarray, key, value) -> None:
        if combos is not self._batch:
            self._batch, self._subs = combos, {}
        self._subs[key] = value

    def valid(self, combos: np.ndarray) -> np.ndarray:
        """Whether each combination is a valid configuration."""
        out = np.ones(len(combos), bool)
        for g in self.groups:
            if not g.ok.all():
                out &= g.ok[self._sub_index(g, combos)]
        return out

    def _owner(self, fid: tuple) -> _Group | None:
        if fid not in self._owners:
            self._owners[fid] = next((g for g in self.groups if any(_overlap(f, fid) for f in g.field_ids)), None)
        return self._owners[fid]

    def _sub_index(self, g: _Group, combos: np.ndarray) -> np.ndarray:
        """Each combination's setting of group ``g`` (cached for the latest batch: every event
        of a many-event sweep asks for the same ones)."""
        if combos is not self._batch:
            self._batch, self._subs = combos, {}
        sub = self._subs.get(id(g))
        if sub is None:
            sub = np.zeros(len(combos), np.int64)
            for r, st in zip(g.radix, g.strides):
                sub = sub * r + (combos // st) % r
            self._subs[id(g)] = sub
        return sub

    def values(self, fid: tuple, get: Callable[[RunConfig], Any], combos: np.ndarray) -> tuple[list, np.ndarray]:
        """(distinct values, index of each combination's value) of ``get(config)``, a value
        of the field ``fid``."""
        g = self._owner(fid)
        if g is None:
            return [get(self.base)], np.zeros(len(combos), np.int64)
        key = (fid, get)
        if key not in self._cache:
            self._cache[key] = [get(c) for c in g.configs]
        return self._cache[key], self._sub_index(g, combos)

    def array(self, fid: tuple, get: Callable[[RunConfig], Any], combos: np.ndarray, dtype=np.float64) -> np.ndarray:
        """``get(config)`` of each combination as an array (read-only: cached for the batch)."""
        vals, idx = self.values(fid, get, combos)
        key = ("array", fid, get, dtype)
        out = self._subs.get(key) if combos is self._batch else None
        if out is None:
            out = np.asarray(vals, dtype=dtype)[idx]
            out.flags.writeable = False
            if combos is self._batch:
                self._subs[key] = out
        return out

    def config(self, combo: int) -> RunConfig:
        """The whole configuration of one combination (for the reference path)."""
        return self.base.with_overrides({k: self.grid[k][(combo // st) % r]
                                         for g in self.groups for k, r, st in zip(g.keys, g.radix, g.strides)})


def _getter(section: str, name: str) -> Callable[[RunConfig], Any]:
    return _GETTERS.setdefault((section, name), lambda c: getattr(getattr(c, section), name))


_GETTERS: dict = {}


# --------------------------------------------------------------------------- the tape
class TapeArrays:
    """One tape's arrays as the exchange reads them, for one hours setting."""

    def __init__(self, tape, sessions, extended: bool) -> None:
        n = len(tape)
        self.n, self.tape, self.sessions = n, tape, sessions
        self.t_open = np.asarray(tape.t_open, np.int64)
        self.t_end = np.asarray(tape.t_end, np.int64)
        self.close = np.asarray(tape.close, np.float64)
        self.last_open = int(self.t_open[-1])
        self.quotes = tape.has_quotes
        self.open = np.asarray(tape.open, np.float64)
        if self.quotes:
            self.bid = np.asarray(tape.bid, np.float64)
            self.ask = np.asarray(tape.ask, np.float64)
            self.qmid = (self.bid + self.ask) / 2.0
        vol = np.asarray(tape.volume, np.float64)
        self.vol_known = np.concatenate(([0.0], vol[:-1]))  # known at a bar's open: the bar before
        t = self.t_open
        if sessions.always_open:
            regular = np.ones(n, bool)
            self.session_close = np.full(n, NONE, np.int64)
        else:
            k = np.searchsorted(sessions.opens, t, side="right") - 1
            kk = np.maximum(k, 0)
            regular = (k >= 0) & (t < sessions.closes[kk]) if len(sessions.opens) else np.zeros(n, bool)
            self.session_close = np.where(regular, sessions.closes[kk] if len(sessions.opens) else 0, NONE)
        ok = np.ones(n, bool) if extended else regular
        # next tradable bar at or after each index (n: none), with a sentinel at n
        idx = np.where(ok, np.arange(n), n)
        self.next_tradable = np.concatenate((np.minimum.accumulate(idx[::-1])[::-1], [n]))
        tr = np.flatnonzero(ok)
        self.last_tradable = int(tr[-1]) if len(tr) else None

    def close_asof(self, t: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(close, known) of the last bar ended by ``t``."""
        i = np.searchsorted(self.t_end, t, side="right") - 1
        return self.close[np.maximum(i, 0)], i >= 0

    def first_fill(self, t_arrive: np.ndarray) -> np.ndarray:
        return self.next_tradable[np.searchsorted(self.t_open, t_arrive, side="right")]


# --------------------------------------------------------------------------- fills
class Pieces:
    """An order's pieces over the combinations of a batch, bar by bar: step ``s`` holds the
    combinations still working (``cols``) and, for each, the bar scanned and the piece that
    filled there (``q`` 0: none). Stored compactly: a step costs only its working orders."""

    def __init__(self, m: int, steps: list) -> None:
        self.m, self.steps = m, steps  # [(cols, {"i", "t", "q", "price", "mid", ...})]

    def kept(self, t_until: np.ndarray | None = None) -> list[np.ndarray]:
        """Per step, which pieces count: filled, and at or before ``t_until`` (cut there)."""
        if t_until is None:
            return [r["q"] > 0 for _, r in self.steps]
        return [(r["q"] > 0) & (r["t"] <= t_until[c]) for c, r in self.steps]

    def total(self, keep: list[np.ndarray]) -> np.ndarray:
        out = np.zeros(self.m, np.int64)
        for (c, r), k in zip(self.steps, keep):
            out[c] += np.where(k, r["q"], 0)
        return out

    def sum(self, attr: str, keep: list[np.ndarray], acc: np.ndarray | None = None, times_q: bool = False) -> np.ndarray:
        """``sum(f.attr for f in kept)`` (or ``f.attr * f.qty``) piece by piece, continuing ``acc``
        (from 0): the reference's order of additions."""
        acc = np.zeros(self.m) if acc is None else acc.copy()
        for (c, r), k in zip(self.steps, keep):
            v = r[attr] * r["q"] if times_q else r[attr]
            acc[c] = np.where(k, acc[c] + v, acc[c])
        return acc

    def first(self) -> tuple[np.ndarray, np.ndarray]:
        """(has a piece, bar of its first piece)."""
        has = np.zeros(self.m, bool)
        i = np.zeros(self.m, np.int64)
        for c, r in self.steps:
            new = (r["q"] > 0) & ~has[c]
            i[c[new]] = r["i"][new]
            has[c[new]] = True
        return has, i

    def last_t(self, keep: list[np.ndarray]) -> np.ndarray:
        out = np.full(self.m, NONE, np.int64)
        for (c, r), k in zip(self.steps, keep):
            out[c] = np.where(k, r["t"], out[c])
        return out


def _r2(x):
    """``round(x, 2)`` of a value within float noise of whole cents (a difference of cent
    amounts): the nearest cent, as numpy's ``round(x, 2)`` computes it."""
    return np.rint(x * 100.0) / 100.0


def _round_cents(x):
    return np.floor(x * 100.0 + 0.5 + 1e-9) / 100.0


def _ceil_cents(x):
    return np.ceil(x * 100.0 - 1e-6) / 100.0


class Costs:
    """Cost and fee settings of a batch, one value per combination."""

    FIELDS = ("participation_cap", "half_spread_bps", "slippage_bps", "impact_k", "sigma_daily", "adv_shares",
              "commission_per_share", "commission_min", "commission_max_pct")

    def __init__(self, params: GridParams, combos: np.ndarray) -> None:
        for f in self.FIELDS:
            setattr(self, f, params.array(("costs", f), _getter("costs", f), combos))
        for f in ("sec_fee_per_million", "taf_per_share", "taf_max", "cat_fee_per_share"):
            vals, idx = params.values(("costs", f), _getter("costs", f), combos)
            setattr(self, f, np.asarray([np.nan if v == "auto" else float(v) for v in vals])[idx])
        sv, si = params.values(("costs", "sigma_daily"), _getter("costs", "sigma_daily"), combos)
        av, ai = params.values(("costs", "adv_shares"), _getter("costs", "adv_shares"), combos)
        self.impact_inputs = [(float(x), float(y)) for x in sv for y in av]  # (sigma, ADV) settings
        self.impact_idx = si * len(av) + ai

    PRICED = ("half_spread_bps", "slippage_bps", "commission_per_share", "commission_min", "commission_max_pct")

    def take(self, m: np.ndarray, fields: tuple[str, ...] | None = None) -> "Costs":
        """These combinations' settings (``fields``: only those, e.g. :attr:`PRICED`)."""
        out = object.__new__(Costs)
        for k, v in self.__dict__.items():
            if fields is None or k in fields:
                out.__dict__[k] = v[m] if isinstance(v, np.ndarray) else v
        return out


class Exchange:
    """The simulated exchange over arrays: impact known at a moment, fee rates on a date, and
    orders worked piece by piece, all as :mod:`rumorbt.exchange` does one order at a time."""

    def __init__(self, ta: TapeArrays, base: RunConfig) -> None:
        self.ta, self.base = ta, base
        self._impact: dict = {}
        self._fees = {f: _fee_rows(f) for f in ("sec_section31", "finra_taf", "cat_fee")}
        self._fee_arrays = {}
        for f, (starts, rows) in self._fees.items():
            self._fee_arrays[f] = (np.asarray(starts, np.int64), np.asarray([r[2] for r in rows] + [0.0]),
                                   np.asarray([r[3] for r in rows] + [math.inf]))

    def impact_frac(self, c: Costs, qty: np.ndarray, t_known: np.ndarray) -> np.ndarray:
        """``ImpactModel.fraction(qty, t_known)`` per combination."""
        ta = self.ta
        sigma = np.zeros(len(qty))
        adv = np.zeros(len(qty))
        kbar = np.searchsorted(ta.t_end, t_known, side="right")  # bars known
        for gi in range(len(c.impact_inputs)):
            m = c.impact_idx == gi
            if not m.any():
                continue
            sd, av = c.impact_inputs[gi]
            model = self._impact.get((sd, av))
            if model is None:
                model = self._impact[(sd, av)] = ImpactModel(ta.tape, ta.sessions,
                                                             replace(self.base.costs, sigma_daily=sd, adv_shares=av))
            if model.configured:
                imp = model.at(0)
                sigma[m], adv[m] = imp.sigma_daily, imp.adv_shares
                continue
            # what is known depends on the bars ended by then (one estimate per count of bars),
            # unless a session closes between two bar ends: then on the moment itself
            sig_k, adv_k = self._known_tables(model)
            km = kbar[m]
            new = np.isnan(sig_k[km])
            if new.any():
                for k in np.unique(km[new]):
                    e = model._estimate(int(k), int(ta.t_end[k - 1]) if k > 0 else int(ta.t_end[0]) - 1)
                    sig_k[k], adv_k[k] = e.sigma_daily, e.adv_shares
            sigma[m], adv[m] = sig_k[km], adv_k[km]
            amb = self._ambiguous[km]
            if amb.any():
                w = np.flatnonzero(m)[amb]
                for t in np.unique(t_known[w]):
                    e = model._estimate(int(np.searchsorted(ta.t_end, t, side="right")), int(t))
                    sel = w[t_known[w] == t]
                    sigma[sel], adv[sel] = e.sigma_daily, e.adv_shares
        ok = (qty > 0) & (c.impact_k > 0) & (adv > 0)
        with np.errstate(divide="ignore", invalid="ignore"):
            val = c.impact_k * sigma * np.sqrt(qty / np.where(ok, adv, 1.0))
        return np.where(ok, val, 0.0)

    def _known_tables(self, model: ImpactModel) -> tuple[np.ndarray, np.ndarray]:
        """sigma and ADV known after each count of ended bars (computed lazily, NaN until asked)."""
        ta = self.ta
        tab = getattr(model, "_kernel_tables", None)
        if tab is None:
            tab = model._kernel_tables = (np.full(ta.n + 1, np.nan), np.full(ta.n + 1, np.nan))
            if not hasattr(self, "_ambiguous"):
                lo = np.concatenate(([np.iinfo(np.int64).min], ta.t_end))
                hi = np.concatenate((ta.t_end, [np.iinfo(np.int64).max]))
                closes = np.asarray(ta.sessions.closes, np.int64) if not ta.sessions.always_open else np.zeros(0, np.int64)
                # a close strictly between the k-th bar end and the next: the estimate depends on the moment
                self._ambiguous = np.searchsorted(closes, hi, side="left") > np.searchsorted(closes, lo, side="right")
        return tab

    def rates(self, c: Costs, t: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """(SEC per million, TAF per share, TAF cap, CAT per share) in force at ``t``: configured or from the table."""
        out = []
        for f in ("sec_section31", "finra_taf", "cat_fee"):
            starts, rate, cap = self._fee_arrays[f]
            i = np.searchsorted(starts, t, side="right") - 1
            out.append((rate[i], cap[i]))  # i = -1 picks the appended 0 rate / inf cap
        sec = np.where(np.isnan(c.sec_fee_per_million), out[0][0], c.sec_fee_per_million)
        taf = np.where(np.isnan(c.taf_per_share), out[1][0], c.taf_per_share)
        taf_max = np.where(np.isnan(c.taf_max), out[1][1], c.taf_max)
        cat = np.where(np.isnan(c.cat_fee_per_share), out[2][0], c.cat_fee_per_share)
        return sec, taf, taf_max, cat

    @staticmethod
    def _commission(q, n, c: Costs):
        cm = np.maximum(q * c.commission_per_share, c.commission_min)
        cm = np.where(c.commission_max_pct > 0, np.minimum(cm, c.commission_max_pct * n), cm)
        return np.where(q > 0, _round_cents(cm), 0.0)

    @staticmethod
    def _regulatory(sell, q, n, sec_r, taf_r, taf_max):
        on = sell & (q > 0)
        sec = _ceil_cents(n * sec_r / 1e6)
        taf = _ceil_cents(np.minimum(q * taf_r, taf_max))
        return np.where(on, sec, 0.0), np.where(on, taf, 0.0)

    def quote(self, i: np.ndarray, c: Costs):
        ta = self.ta
        if ta.quotes:
            return ta.bid[i], ta.ask[i], ta.qmid[i]
        o = ta.open[i]
        hs = o * c.half_spread_bps / 1e4
        return o - hs, o + hs, o

    def price(self, i, is_buy, frac, c: Costs):
        """(price, mid, spread, slippage, impact) per share at bar ``i``'s open."""
        bid, ask, mid = self.quote(i, c)
        slip = mid * c.slippage_bps / 1e4
        imp = mid * frac
        price = np.where(is_buy, ask + slip + imp, bid - slip - imp)
        spread = np.where(is_buy, ask - mid, mid - bid)
        return price, mid, spread, slip, imp

    def fees(self, sell, q0, n0, q, notional, c: Costs, rates):
        """``costs.piece_fees`` per combination (``sell`` None: all buys; ``q0`` None: first piece)."""
        sec_r, taf_r, taf_max, cat_r = rates
        if q0 is None:  # nothing before: the fee before the piece is 0
            q1, n1 = q, notional
            cm = self._commission(q1, n1, c)
            ct = np.where(q1 > 0, _ceil_cents(q1 * cat_r), 0.0)
            if sell is None:
                z = np.zeros(len(q))
                return _r2(cm), z, z, _r2(ct)
            s1, t1 = self._regulatory(sell, q1, n1, sec_r, taf_r, taf_max)
            return _r2(cm), _r2(s1), _r2(t1), _r2(ct)
        q1, n1 = q0 + q, n0 + notional
        cm = self._commission(q1, n1, c) - self._commission(q0, n0, c)
        ct1 = np.where(q1 > 0, _ceil_cents(q1 * cat_r), 0.0)
        ct0 = np.where(q0 > 0, _ceil_cents(q0 * cat_r), 0.0)
        if sell is None:
            z = np.zeros(len(q))
            return _r2(cm), z, z, _r2(ct1 - ct0)
        s1, t1 = self._regulatory(sell, q1, n1, sec_r, taf_r, taf_max)
        s0, t0 = self._regulatory(sell, q0, n0, sec_r, taf_r, taf_max)
        return _r2(cm), _r2(s1 - s0), _r2(t1 - t0), _r2(ct1 - ct0)

    def work(self, t_known, t_arrive, is_buy, qty, c: Costs, priced: bool = True) -> Pieces:
        """Each order worked to completion (or the tape's end), as ``SimulatedExchange.fill``;
        ``priced`` False: piece sizes and mids only (``fill_unpriced``: the zero-latency
        counterfactual)."""
        ta = self.ta
        m = len(qty)
        if not priced:
            return self._work_unpriced(t_arrive, qty, c)
        frac = self.impact_frac(c, qty, t_known)
        rates = self.rates(c, t_arrive)
        sell = ~is_buy
        any_sell = bool(sell.any())
        i = ta.first_fill(t_arrive)
        rem = qty.astype(np.int64).copy()
        cum_q = np.zeros(m, np.int64)
        cum_n = np.zeros(m)
        cap = c.participation_cap
        capped = cap > 0
        any_cap = bool(capped.any())
        steps = []
        active = (i < ta.n) & (rem > 0)
        first = True
        while active.any():
            whole = bool(active.all())
            a = np.arange(m) if whole else np.flatnonzero(active)
            pick = (lambda x: x) if whole else (lambda x: x[a])
            ia = pick(i)
            ra = pick(rem)
            if any_cap:
                cap_q = np.floor(pick(cap) * ta.vol_known[ia] + 1e-9)
                qa = np.where(pick(capped), np.minimum(ra, cap_q), ra).astype(np.int64)
            else:
                qa = ra
            ca = c if whole else c.take(a, Costs.PRICED)
            price, mid, spread, slip, imp = self.price(ia, pick(is_buy), pick(frac), ca)
            notional = qa * price
            fee = self.fees(pick(sell) if any_sell else None, None if first else pick(cum_q),
                            None if first else pick(cum_n), qa, notional, ca, rates if whole else tuple(r[a] for r in rates))
            got = qa > 0
            qk = np.where(got, qa, 0)
            row = {"i": ia, "t": ta.t_open[ia], "q": qk, "price": price, "mid": mid, "spread": qa * spread,
                   "slip": qa * slip, "imp": qa * imp, "comm": fee[0], "sec": fee[1], "taf": fee[2], "cat": fee[3]}
            steps.append((a, row))
            if whole:
                cum_q += qk
                cum_n = np.where(got, cum_n + notional, cum_n)
                rem -= qk
                i = ta.next_tradable[ia + 1]
            else:
                cum_q[a] += qk
                cum_n[a] = np.where(got, cum_n[a] + notional, cum_n[a])
                rem[a] -= qk
                i[a] = ta.next_tradable[ia + 1]
            active = (i < ta.n) & (rem > 0)
            first = False
        return Pieces(m, steps)

    def _work_unpriced(self, t_arrive, qty, c: Costs) -> Pieces:
        ta = self.ta
        m = len(qty)
        mids = ta.qmid if ta.quotes else ta.open
        i = ta.first_fill(t_arrive)
        rem = qty.astype(np.int64).copy()
        cap = c.participation_cap
        capped = cap > 0
        any_cap = bool(capped.any())
        steps = []
        active = (i < ta.n) & (rem > 0)
        while active.any():
            whole = bool(active.all())
            a = np.arange(m) if whole else np.flatnonzero(active)
            ia = i if whole else i[a]
            ra = rem if whole else rem[a]
            if any_cap:
                cp = cap if whole else cap[a]
                qa = np.where(cp > 0, np.minimum(ra, np.floor(cp * ta.vol_known[ia] + 1e-9)), ra).astype(np.int64)
            else:
                qa = ra
            qk = np.where(qa > 0, qa, 0)
            steps.append((a, {"i": ia, "t": ta.t_open[ia], "q": qk, "mid": mids[ia]}))
            if whole:
                rem = rem - qk
                i = ta.next_tradable[ia + 1]
            else:
                rem[a] -= qk
                i[a] = ta.next_tradable[ia + 1]
            active = (i < ta.n) & (rem > 0)
        return Pieces(m, steps)


# --------------------------------------------------------------------------- the event
@dataclass(frozen=True)
class _Head:
    key: str
    t_pub: int
    t_recv_given: int | None
    row: int
    source_class: str
    kind: str
    score: float
    unverified: bool


class Batch:
    """Metrics of a chunk of combinations for one event; ``covered``: the rows the kernel
    computed (the others must come from the reference path)."""

    def __init__(self, n: int) -> None:
        self.covered = np.ones(n, bool)
        z = lambda: np.zeros(n)
        self.trades = np.zeros(n, np.int64)  # closed trades
        self.open_trades = np.zeros(n, np.int64)
        self.net = z()  # of the closed trade (or 0)
        self.gross, self.fees, self.spread, self.slip, self.imp = z(), z(), z(), z(), z()
        self.latency = z()  # NaN-free: 0 where the counterfactual had no fill
        self.latency_nan = np.zeros(n, bool)
        self.notional = z()
        self.open_net = z()


class EventKernel:
    """One event (a tape and its headlines) ready for batches of a sweep grid's combinations."""

    def __init__(self, inputs, params: GridParams) -> None:
        self.inputs, self.params = inputs, params
        self.ticker = inputs.ticker
        heads = []
        for h, r in zip(inputs.headlines, inputs.readings):
            if r.ticker != inputs.ticker or r.kind not in (Kind.RUMOR, Kind.DENIAL, Kind.CONFIRMED):
                continue  # ignored by the policy: no effect on trades
            heads.append(_Head(h.id, h.t_pub, h.t_recv_given, h.row, r.source_class, r.kind, r.score, r.unverified))
        self.heads = heads
        self.n_rumours = sum(h.kind == Kind.RUMOR for h in heads)
        self._tapes: dict[bool, tuple[TapeArrays, Exchange]] = {}
        self._draws: dict = {}
        self._seed_offset = 0

    def _tape(self, extended: bool) -> tuple[TapeArrays, Exchange]:
        if extended not in self._tapes:
            ta = TapeArrays(self.inputs.tape, self.inputs.sessions, extended)
            self._tapes[extended] = (ta, Exchange(ta, self.params.base))
        return self._tapes[extended]

    # -- latency draws, one per distinct (model, seed, identity)
    def _draw(self, fid: tuple, get, combos: np.ndarray, seeds: np.ndarray, *key) -> np.ndarray:
        specs, idx = self.params.values(fid, get, combos)
        if all(s.model == "constant" for s in specs):
            return np.asarray([int(s.value) for s in specs], np.int64)[idx]
        one_seed = seeds[0] if len(seeds) and (seeds == seeds[0]).all() else None
        if one_seed is not None:  # one draw per distinct model: a table over the models
            used = np.zeros(len(specs), bool)
            used[idx] = True
            table = np.zeros(len(specs), np.int64)
            for si in np.flatnonzero(used):
                table[si] = self._draw_one(specs[si], int(one_seed), key)
            return table[idx]
        uniq_seeds, seed_rank = np.unique(seeds, return_inverse=True)
        codes, inv = np.unique(idx * len(uniq_seeds) + seed_rank.reshape(-1), return_inverse=True)
        vals = [self._draw_one(specs[c // len(uniq_seeds)], int(uniq_seeds[c % len(uniq_seeds)]), key) for c in codes]
        return np.asarray(vals, np.int64)[inv.reshape(-1)]

    def _draw_one(self, spec, seed: int, key: tuple) -> int:
        ck = (spec, seed, key)
        v = self._draws.get(ck)
        if v is None:
            v = self._draws[ck] = draw(spec, seed, *key)
        return v

    def coverage(self, combos: np.ndarray) -> np.ndarray:
        """Which combinations this kernel computes: valid configurations of the ``rumour``
        policy, and re-entry only when the file has one rumour for the tape's ticker."""
        P = self.params
        ok = P.valid(combos)
        policy = P.values(("strategy", "policy"), _getter("strategy", "policy"), combos)
        ok &= np.asarray([p == "rumour" for p in policy[0]])[policy[1]]
        if self.n_rumours > 1:
            ok &= ~P.array(("strategy", "reenter"), _getter("strategy", "reenter"), combos, bool)
        return ok

    def run(self, combos: np.ndarray, seed_offset: int = 0) -> Batch:
        """The batch's trades; ``seed_offset``: added to every seed (a sweep's repeated draws)."""
        self._seed_offset = seed_offset
        combos = np.asarray(combos, np.int64)
        P = self.params
        out = Batch(len(combos))
        out.covered &= self.coverage(combos)
        ext_vals, ext_idx = P.values(("data", "extended_hours"), _getter("data", "extended_hours"), combos)
        if len(ext_vals) == 1 and out.covered.all():  # the whole batch at once (its settings cached)
            self._run_part(combos, bool(ext_vals[0]), out, np.arange(len(combos)))
            return out
        for e in np.unique(ext_idx):
            m = (ext_idx == e) & out.covered
            if m.any():
                self._run_part(combos[m], bool(ext_vals[e]), out, np.flatnonzero(m))
        return out

    def _run_part(self, combos: np.ndarray, extended: bool, out: Batch, where: np.ndarray) -> None:
        P = self.params
        ta, ex = self._tape(extended)
        N = len(combos)
        seeds, st, direction, size_mode, confirm_exits, costs = _settings(P, combos)
        if self._seed_offset:
            seeds = seeds + self._seed_offset

        # receive and decision times of the headlines that matter (in file order)
        H = len(self.heads)
        t_recv = np.zeros((H, N), np.int64)
        t_send = np.zeros((H, N), np.int64)
        for h, hd in enumerate(self.heads):
            if hd.t_recv_given is not None:
                t_recv[h] = hd.t_recv_given
            else:
                cls = hd.source_class
                t_recv[h] = hd.t_pub + self._draw(("latency", "feed", cls), _feed_getter(cls), combos, seeds, "feed", hd.key)
            t_send[h] = t_recv[h] + self._draw(("latency", "decision"), _DECISION, combos, seeds, "decision", hd.key)
        # receive order (t_recv, t_pub, row): rank among these headlines
        order = np.zeros((H, N), np.int64)
        for a in range(H):
            for b in range(H):
                if a == b:
                    continue
                A, B = self.heads[a], self.heads[b]
                before = (t_recv[b] < t_recv[a]) | ((t_recv[b] == t_recv[a]) & ((B.t_pub, B.row) < (A.t_pub, A.row)))
                order[a] += before
        acts = [(hd.kind != Kind.RUMOR) & (hd.score >= st["exit_min_confidence"]) for hd in self.heads]

        # ---- entry: the first rumour (decision order) that passes every gate
        best = np.full(N, -1)
        best_t = np.full(N, np.iinfo(np.int64).max)
        best_o = np.zeros(N, np.int64)
        side = np.zeros(N, np.int64)
        qty = np.zeros(N, np.int64)
        t_arr = np.zeros(N, np.int64)
        for h, hd in enumerate(self.heads):
            if hd.kind != Kind.RUMOR:
                continue
            ts = t_send[h]
            ok = np.full(N, hd.unverified) & (hd.score >= st["enter_min_confidence"]) & (ts <= ta.last_open)
            for h2, hd2 in enumerate(self.heads):
                if hd2.kind != Kind.RUMOR:
                    # only a denial/confirmation that can concern this rumour blocks it (rules.answers)
                    ok &= ~(acts[h2] & (t_recv[h2] <= ts) & (hd2.t_pub >= hd.t_pub - st["link_window"]))
            ref, known = ta.close_asof(ts)
            ok &= known
            before, known_b = ta.close_asof(np.full(N, hd.t_pub))
            with np.errstate(divide="ignore", invalid="ignore"):
                move = (ref / before - 1.0) * 1e4
            fol = direction == "follow"
            sd = np.where(direction == "short", -1, np.where(fol, np.where(move > 0, 1, -1), 1))
            ok &= ~fol | (known_b & ~(np.abs(move) < st["follow_threshold_bps"]))
            with np.errstate(divide="ignore", invalid="ignore"):
                q = np.where(size_mode == "shares", st["size"],
                             np.floor(np.where(size_mode == "notional", st["size"], st["size"] * st["cash"]) / ref))
            q = np.where(ok, q, 0).astype(np.int64)
            ok &= q > 0
            arr = ts + self._draw(("latency", "order"), _ORDER, combos, seeds, "order", hd.key, "entry")
            ok &= arr <= hd.t_pub + st["max_entry_delay"]
            first = ok & ((ts < best_t) | ((ts == best_t) & (order[h] < best_o)))
            best = np.where(first, h, best)
            best_t = np.where(first, ts, best_t)
            best_o = np.where(first, order[h], best_o)
            side = np.where(first, sd, side)
            qty = np.where(first, q, qty)
            t_arr = np.where(first, arr, t_arr)
        entered = best >= 0
        if not entered.any():
            return
        e = np.flatnonzero(entered)
        self._trade(ex, ta, combos[e], where[e], out, costs.take(e), {k: v[e] for k, v in st.items()},
                    confirm_exits[e], best[e], best_t[e], side[e], qty[e], t_arr[e], t_recv[:, e], t_send[:, e],
                    order[:, e], [a[e] if isinstance(a, np.ndarray) else np.full(len(e), a) for a in acts], seeds[e])

    def _trade(self, ex: Exchange, ta: TapeArrays, combos, where, out: Batch, costs: Costs, st, confirm_exits, rumour,
               t_send_e, side, qty, t_arr_e, t_recv, t_send, order, acts, seeds) -> None:
        N = len(combos)
        buy = side > 0
        entry = ex.work(t_send_e, t_arr_e, buy, qty, costs)
        has_fill, i_ff = entry.first()
        t_ff = ta.t_open[i_ff]

        # ---- exit candidates: (time, priority, order), the earliest wins
        BIG = np.iinfo(np.int64).max
        x_t = np.full(N, BIG)
        x_p = np.full(N, 99)
        x_o = np.zeros(N, np.int64)
        x_reason = np.full(N, -1)  # headline index, or -(2 + trigger code)
        x_trig_t = np.zeros(N, np.int64)  # zero-latency exit time: a headline's publication, or the trigger

        def offer(ok, t, prio, o, reason, trig_t):
            nonlocal x_t, x_p, x_o, x_reason, x_trig_t
            ok = ok & (t <= ta.last_open)
            better = ok & ((t < x_t) | ((t == x_t) & ((prio < x_p) | ((prio == x_p) & (o < x_o)))))
            x_t = np.where(better, t, x_t)
            x_p = np.where(better, prio, x_p)
            x_o = np.where(better, o, x_o)
            x_reason = np.where(better, reason, x_reason)
            x_trig_t = np.where(better, trig_t, x_trig_t)

        for h, hd in enumerate(self.heads):
            if hd.kind == Kind.RUMOR:
                continue
            ok = acts[h] & (t_send[h] > t_send_e)
            if hd.kind == Kind.CONFIRMED:
                ok &= confirm_exits
            offer(ok, t_send[h], 0, order[h], h, np.full(N, hd.t_pub))
        # timers armed by the first fill
        mh = st["max_hold"]
        offer(has_fill & (mh > 0), t_ff + mh, TRIGGER_PRIORITY[Exit.MAX_HOLD], 0, -2 - _CODES.index(Exit.MAX_HOLD), t_ff + mh)
        close = ta.session_close[i_ff]
        t_se = np.where(close != NONE, close - st["session_end_buffer"], 0)
        se_ok = has_fill & st["exit_at_session_end"] & (close != NONE) & (t_se > t_ff)
        offer(se_ok, t_se, TRIGGER_PRIORITY[Exit.SESSION_END], 0, -2 - _CODES.index(Exit.SESSION_END), t_se)
        # price levels from the first fill on, up to the first timer
        lv = has_fill & ((st["stop_loss_bps"] > 0) | (st["take_profit_bps"] > 0) | (st["trailing_stop_bps"] > 0))
        if lv.any():
            first_timer = np.minimum(np.where(has_fill & (mh > 0), t_ff + mh, BIG), np.where(se_ok, t_se, BIG))
            j, code = self._price_exits(ta, entry, lv, i_ff, first_timer, side, st)
            hit = j >= 0
            tj = ta.t_end[np.maximum(j, 0)]
            for c in (Exit.STOP_LOSS, Exit.TAKE_PROFIT, Exit.TRAILING_STOP):
                k = _CODES.index(c)
                offer(hit & (code == k), tj, TRIGGER_PRIORITY[c], 0, -2 - k, tj)

        exiting = x_t != BIG
        # ---- the exit order: sent at the decision, closes what the entry holds when it arrives
        x_lat = np.zeros(N, np.int64)
        for r in np.unique(x_reason[exiting]):
            m = exiting & (x_reason == r)
            trig_id = self.heads[r].key if r >= 0 else f"{_CODES[-2 - r]}@trip1"
            x_lat[m] = self._draw(("latency", "order"), _ORDER, combos[m], seeds[m], "order", trig_id, "exit", 1)
        t_ax = np.where(exiting, np.where(exiting, x_t, 0) + x_lat, BIG)
        keep = entry.kept(t_ax)
        qty_in = entry.total(keep)
        traded = qty_in > 0
        if not traded.any():
            return
        x_qty = np.where(exiting, qty_in, 0)
        exit_ = ex.work(np.where(exiting, x_t, 0), np.where(exiting, t_ax, ta.last_open + 1), ~buy, x_qty, costs)
        x_keep = exit_.kept()
        q_exit = exit_.total(x_keep)
        marked = traded & (q_exit < qty_in)

        # ---- sums in the reference's order: entry pieces, exit pieces, then the mark
        acc = {}
        for a in ("spread", "slip", "imp", "comm", "sec", "taf", "cat"):
            acc[a] = exit_.sum(a, x_keep, entry.sum(a, keep))
        in_mid_q = entry.sum("mid", keep, times_q=True)
        in_px_q = entry.sum("price", keep, times_q=True)
        out_mid_q = exit_.sum("mid", x_keep, times_q=True)
        out_px_q = exit_.sum("price", x_keep, times_q=True)
        out_n = out_px_q.copy()  # the exit's notional so far (as WorkingOrder.cum_notional)
        out_q = q_exit.copy()
        mark_mid = np.full(N, np.nan)
        iL = ta.last_tradable
        if marked.any() and iL is not None:
            m = np.flatnonzero(marked)
            cm = costs.take(m)
            rest = qty_in[m] - q_exit[m]
            t_known = np.where(exiting[m], x_t[m], int(ta.t_end[-1]))
            frac = ex.impact_frac(cm, qty_in[m], t_known)
            ii = np.full(len(m), iL)
            price, mid, spread, slip, imp = ex.price(ii, ~buy[m], frac, cm)
            rates = ex.rates(cm, np.full(len(m), int(ta.t_open[iL])))
            fee = ex.fees(buy[m], q_exit[m], out_n[m], rest, rest * price, cm, rates)
            for a, v in zip(("spread", "slip", "imp", "comm", "sec", "taf", "cat"),
                            (rest * spread, rest * slip, rest * imp, *fee)):
                acc[a][m] = acc[a][m] + v
            out_mid_q[m] = out_mid_q[m] + mid * rest
            out_px_q[m] = out_px_q[m] + price * rest
            out_q[m] = qty_in[m]
            mark_mid[m] = mid
        with np.errstate(divide="ignore", invalid="ignore"):
            mid_in = in_mid_q / qty_in
            px_in = in_px_q / qty_in
            mid_out = np.where(out_q > 0, out_mid_q / out_q, 0.0)
            px_out = np.where(out_q > 0, out_px_q / out_q, 0.0)
        sq = side * qty_in
        move = sq * (mid_out - mid_in)
        gross = sq * (px_out - px_in)
        fees = acc["comm"] + acc["sec"] + acc["taf"] + acc["cat"]
        net = gross - fees
        zl = self._zero_latency(ex, ta, costs, rumour, side, buy, qty_in, mark_mid, exiting, x_trig_t, traded)
        zero_move = zl * qty_in
        lat = zero_move - move

        closed = traded & ~marked
        w = where[closed]
        out.trades[w] = 1
        out.net[w], out.gross[w], out.fees[w] = net[closed], gross[closed], fees[closed]
        out.spread[w], out.slip[w], out.imp[w] = acc["spread"][closed], acc["slip"][closed], acc["imp"][closed]
        out.latency[w] = np.where(np.isnan(lat[closed]), 0.0, lat[closed])
        out.latency_nan[w] = np.isnan(lat[closed])
        out.notional[w] = qty_in[closed] * px_in[closed]
        o = traded & marked
        out.open_trades[where[o]] = 1
        out.open_net[where[o]] = net[o]

    def _zero_latency(self, ex, ta, costs, rumour, side, buy, qty, mark_mid, exiting, trig_t, traded) -> np.ndarray:
        """Per-share move with no latency (``trades._zero_latency_move``); NaN without a fill."""
        N = len(qty)
        out = np.full(N, np.nan)
        t_pub = np.asarray([self.heads[r].t_pub for r in rumour], np.int64)
        q = np.where(traded, qty, 0)
        ent = ex.work(t_pub, t_pub, buy, q, costs, priced=False)
        k = ent.kept()
        q0 = ent.total(k)
        filled = traded & (q0 > 0)
        with np.errstate(divide="ignore", invalid="ignore"):
            mid_in = ent.sum("mid", k, times_q=True) / q0
        last = np.where(np.isnan(mark_mid), float(ta.close[-1]), mark_mid)
        simple = filled & (~np.isnan(mark_mid) | ~exiting)
        out = np.where(simple, side * (last - mid_in), out)
        rest_m = filled & ~simple
        if rest_m.any():
            m = np.flatnonzero(rest_m)
            last_s = ent.last_t(k)[m]
            t_exit = np.maximum(trig_t[m], last_s)
            xo = ex.work(trig_t[m], t_exit, ~buy[m], q0[m], costs.take(m), priced=False)
            xk = xo.kept()
            rest = q0[m] - xo.total(xk)
            iL = ta.last_tradable
            end_mid = (ta.qmid[iL] if ta.quotes else ta.open[iL]) if iL is not None else last[m]
            mid_out = (xo.sum("mid", xk, times_q=True) + end_mid * rest) / q0[m]
            out[m] = side[m] * (mid_out - mid_in[m])
        return out

    def _price_exits(self, ta, entry: Pieces, lv, i_ff, stop_t, side, st):
        """``HeadlinePolicy.first_price_exit`` per combination: (bar, code) of the first
        completed bar whose close meets a level (-1: none)."""
        N = len(lv)
        j_out = np.full(N, -1)
        code_out = np.full(N, -1)
        m = np.flatnonzero(lv)
        stop = np.minimum(ta.n - 1, np.where(stop_t[m] == np.iinfo(np.int64).max, ta.n,
                                             np.searchsorted(ta.t_end, stop_t[m], side="right")))
        # the entry's average price after each bar it scanned, accumulated as the policy does
        pos_of = np.full(N, -1)
        pos_of[m] = np.arange(len(m))
        S = len(entry.steps)
        qacc = np.zeros(len(m))
        pacc = np.zeros(len(m))
        avg_i = np.full((S, len(m)), np.iinfo(np.int64).max)
        avg_p = np.zeros((S, len(m)))
        for s, (c, r) in enumerate(entry.steps):
            sel = pos_of[c] >= 0
            mm = pos_of[c[sel]]
            qs = r["q"][sel]
            got = qs > 0
            old = qacc[mm] * pacc[mm]
            nq = qacc[mm] + qs
            with np.errstate(divide="ignore", invalid="ignore"):
                npx = (old + qs * r["price"][sel]) / nq
            pacc[mm] = np.where(got, npx, pacc[mm])
            qacc[mm] = np.where(got, nq, qacc[mm])
            avg_i[s, mm] = r["i"][sel]
            avg_p[s] = pacc
        sd = side[m]
        sl, tp, tr = st["stop_loss_bps"][m], st["take_profit_bps"][m], st["trailing_stop_bps"][m]
        eps = LEVEL_EPS_BPS
        lo = i_ff[m].copy()
        width = 64
        best = np.full(len(m), np.nan)
        live = lo < stop
        while live.any():
            L = np.flatnonzero(live)
            jj = lo[L][:, None] + np.arange(width)[None, :]
            valid = jj < stop[L][:, None]
            jc = np.minimum(jj, ta.n - 1)
            c = ta.close[jc]
            # entry price at each bar: the last piece at or before it
            pos = np.full(jc.shape, -1)
            for s in range(S):
                pos += avg_i[s, L][:, None] <= jc
            entry_px = avg_p[:, L][np.maximum(pos, 0), np.arange(len(L))[:, None]]
            sl_side = sd[L][:, None]
            cc = np.where(valid, c, np.nan)
            first = np.where(np.isnan(best[L]), cc[:, 0], best[L])
            seq = np.concatenate((first[:, None], cc), axis=1)
            seq = np.where(np.isnan(seq), np.where(sl_side > 0, -np.inf, np.inf), seq)
            bst = np.where(sl_side > 0, np.maximum.accumulate(seq, axis=1), np.minimum.accumulate(seq, axis=1))[:, 1:]
            ret = sl_side * (c / entry_px - 1.0) * 1e4
            h_sl = (sl[L][:, None] > 0) & (ret <= -sl[L][:, None] + eps)
            h_tp = (tp[L][:, None] > 0) & (ret >= tp[L][:, None] - eps)
            with np.errstate(divide="ignore", invalid="ignore"):
                h_tr = (tr[L][:, None] > 0) & (sl_side * (bst - c) / bst * 1e4 >= tr[L][:, None] - eps)
            anyh = (h_sl | h_tp | h_tr) & valid
            got = anyh.any(axis=1)
            k = np.argmax(anyh, axis=1)
            r = np.arange(len(L))
            code = np.where(h_sl[r, k], 0, np.where(h_tp[r, k], 1, 2))
            gi = m[L[got]]
            j_out[gi] = jj[r, k][got]
            code_out[gi] = code[got]
            nvalid = valid.sum(axis=1)
            best[L] = np.where(nvalid > 0, bst[r, np.maximum(nvalid - 1, 0)], best[L])
            lo[L] = lo[L] + width
            live[L] = ~got & (lo[L] < stop[L])
            width = min(2 * width, max(64, 4_000_000 // max(len(L), 1)))  # memory bounded per batch
        return j_out, code_out


def _settings(P: GridParams, combos: np.ndarray):
    """The batch's strategy and cost settings, per combination (cached for the batch: every
    event of a many-event sweep uses them)."""
    hit = P.batch_cached(combos, "settings")
    if hit is not None:
        return hit
    g = lambda sec, name, dtype=np.float64: P.array((sec, name), _getter(sec, name), combos, dtype)
    seeds = P.array(("seed",), _SEED, combos, np.int64)
    st = {k: g("strategy", k) for k in ("follow_threshold_bps", "size", "cash", "enter_min_confidence",
                                        "exit_min_confidence", "stop_loss_bps", "take_profit_bps", "trailing_stop_bps")}
    for k in ("max_hold", "session_end_buffer", "max_entry_delay"):
        st[k] = g("strategy", k, np.int64)
    st["link_window"] = g("data", "link_window", np.int64)
    st["exit_at_session_end"] = g("strategy", "exit_at_session_end", bool)
    vals, idx = P.values(("strategy", "direction"), _getter("strategy", "direction"), combos)
    direction = np.asarray(vals, object)[idx]
    vals, idx = P.values(("strategy", "size"), _getter("strategy", "size_mode"), combos)
    size_mode = np.asarray(vals, object)[idx]
    vals, idx = P.values(("strategy", "on_confirmation"), _getter("strategy", "on_confirmation"), combos)
    confirm_exits = np.asarray([v == "exit" for v in vals])[idx]
    out = (seeds, st, direction, size_mode, confirm_exits, Costs(P, combos))
    P.batch_store(combos, "settings", out)
    return out


_CODES = [Exit.STOP_LOSS, Exit.TAKE_PROFIT, Exit.TRAILING_STOP, Exit.MAX_HOLD, Exit.SESSION_END]
_DECISION = lambda c: c.latency.decision
_SEED = lambda c: c.seed
_ORDER = lambda c: c.latency.order
_FEED: dict = {}


def _feed_getter(cls: str):
    return _FEED.setdefault(cls, lambda c: getattr(c.latency.feed, cls))


def total_latency_ms(params: GridParams, combos: np.ndarray, source_class: str) -> np.ndarray:
    """``sweep.total_latency_ms`` per combination."""
    f = params.array(("latency", "feed", source_class), lambda c: mean_ns(getattr(c.latency.feed, source_class)), combos)
    d = params.array(("latency", "decision"), lambda c: mean_ns(c.latency.decision), combos)
    o = params.array(("latency", "order"), lambda c: mean_ns(c.latency.order), combos)
    return (f + d + o) / 1e6


# --------------------------------------------------------------------------- sweep rows
def kernel_applies(grid: dict, draws: int, engine: str) -> bool:
    """Whether a sweep can use the kernel at all: the fast engine, and no grid key
    that changes which files are read (each combination must share one set of inputs).
    ``RUMORBT_NO_KERNEL=1`` in the environment turns it off (benchmarks time the reference
    path with it; rows are the same either way)."""
    if os.environ.get("RUMORBT_NO_KERNEL", "") not in ("", "0"):
        return False
    return engine == "fast" and all(not k.startswith("data.") or k == "data.extended_hours" for k in grid)


class SweepKernel:
    """A sweep's combinations over its events (one, or many on their own tapes), summed in
    event order as the reference sums trades."""

    def __init__(self, params: GridParams, events: list, source_class: str) -> None:
        self.params, self.source_class = params, source_class
        self.kernels = [EventKernel(inp, params) for inp in events]

    def covered(self, combos: np.ndarray) -> np.ndarray:
        """Which combinations the kernel computes (the others go to the reference path)."""
        combos = np.asarray(combos, np.int64)
        out = np.ones(len(combos), bool)
        for k in self.kernels:
            out &= k.coverage(combos)
        return out

    def metrics(self, combos: np.ndarray, events: int | None = None, per_event: list | None = None,
                seed_offset: int = 0) -> tuple[np.ndarray, dict[str, np.ndarray]]:
        """(covered, metric arrays) for ``combos``; rows not covered hold no meaning.
        ``events``: only the first ones (to time a sample). ``per_event``: a list that receives
        each event's :class:`~rumorbt.per_event.EventOutcomes` (arrays over ``combos``), in the
        order of the events. ``seed_offset``: added to every seed (a sweep's repeated draws)."""
        combos = np.asarray(combos, np.int64)
        n = len(combos)
        covered = np.ones(n, bool)
        trades = np.zeros(n, np.int64)
        open_trades = np.zeros(n, np.int64)
        hits = np.zeros(n, np.int64)
        acc = {k: np.zeros(n) for k in ("net", "gross", "fees", "spread", "slip", "imp", "latency", "notional", "open_net")}
        for k in self.kernels[:events]:
            b = k.run(combos, seed_offset)
            covered &= b.covered
            c = b.trades > 0
            if per_event is not None:
                from .per_event import EventOutcomes

                per_event.append(EventOutcomes(np.asarray(b.trades, np.int64).copy(), np.where(c, b.net, np.nan),
                                               np.where(c, b.notional, np.nan)))
            trades += b.trades
            hits += c & (b.net > 0)
            for a in ("net", "gross", "fees", "spread", "slip", "imp", "notional"):
                acc[a] = np.where(c, acc[a] + getattr(b, a), acc[a])
            acc["latency"] = np.where(c & ~b.latency_nan, acc["latency"] + b.latency, acc["latency"])
            o = b.open_trades > 0
            open_trades += b.open_trades
            acc["open_net"] = np.where(o, acc["open_net"] + b.open_net, acc["open_net"])
        with np.errstate(divide="ignore", invalid="ignore"):
            hit_rate = np.where(trades > 0, hits / np.maximum(trades, 1), 0.0)
            bps = np.where((trades > 0) & (acc["notional"] != 0), acc["net"] / acc["notional"] * 1e4, 0.0)
        m = {"trades": trades, "net_pnl": acc["net"], "gross_pnl": acc["gross"], "fees": acc["fees"], "hit_rate": hit_rate,
             "mean_net_bps": bps, "spread_cost": acc["spread"], "slippage_cost": acc["slip"], "impact_cost": acc["imp"],
             "latency_cost": acc["latency"], "total_latency_ms": total_latency_ms(self.params, combos, self.source_class),
             "open_trades": open_trades, "open_net_pnl": acc["open_net"]}
        return covered, m
