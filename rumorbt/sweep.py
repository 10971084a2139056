"""Parameter sweeps: many runs of one strategy over a grid of configuration keys.

A sweep file is TOML: ``[base]`` (any run option, dotted keys as ``run --set`` takes them),
``[grid]`` (key -> list of values) and optional ``[sweep]`` (``draws``: repeated latency
draws per combination; ``heatmap``: the two keys of the heatmap; ``top``: rows of the best
table). Combination ``i`` is the ``i``-th of the grid's Cartesian product in the file's key
order (the last key varies fastest).

``DIR/results.csv`` gets one row per combination — ``combo``, one column per grid key named
exactly as the key, then the metrics — written in combination order, a chunk at a time with
one write and an fsync, so a killed sweep leaves a prefix of complete rows (plus at most one
torn line, which ``--resume`` drops) and resuming yields the same file as an uninterrupted
run (see :mod:`rumorbt.sweep_run`, which runs sweeps; this module defines and evaluates them). With ``draws = 1`` a row equals ``run --set key=value ...`` for its values to the cent.
No trade is not a zero profit: a row with ``trades`` 0 leaves its money, hit-rate and bps cells
empty (:data:`NO_TRADE_EMPTY`), whichever path (batch kernel or per combination) computed it.

``rumorbt.sweep(...)`` (this module, called) is the notebook front door
:func:`rumorbt.api.sweep`: the results as a DataFrame.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import math
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .config import DATA_PATH_KEYS, REFERENCE_CONFIG, RunConfig, load_config, relative_to_file
from .domain import UNKNOWN_SOURCE_CLASS, Kind
from .errors import ConfigError
from .latency import mean_ns
from .outdir import csv_cell
from .tape import is_simulated_name
from .tabular import read_toml

# Every metric counts closed trades; trades still open at the tape's end (valued at a mark)
# are counted apart in open_trades / open_net_pnl.
METRICS = ("trades", "net_pnl", "gross_pnl", "fees", "hit_rate", "mean_net_bps", "spread_cost", "slippage_cost",
           "impact_cost", "latency_cost", "total_latency_ms", "open_trades", "open_net_pnl")
DRAW_METRICS = ("net_pnl_p5", "net_pnl_p95")
# No trade is not a zero profit: a row whose ``trades`` is 0 leaves these cells empty (as
# per_event.csv does), and ``open_net_pnl`` is empty when ``open_trades`` is 0.
NO_TRADE_EMPTY = ("net_pnl", "gross_pnl", "fees", "hit_rate", "mean_net_bps", "spread_cost", "slippage_cost",
                  "impact_cost", "latency_cost", *DRAW_METRICS)
PER_TRADING_DRAW = ("hit_rate", "mean_net_bps")  # with draws > 1: means over the draws that trade


def empty_cell(metric: str, traded: bool, held: bool) -> bool:
    """Whether ``metric``'s cell of a results row is left empty: a money, hit-rate or bps cell of a
    row that does not trade, ``open_net_pnl`` of a row with no open trade (one rule for every path)."""
    return (metric in NO_TRADE_EMPTY and not traded) or (metric == "open_net_pnl" and not held)


DEFAULT_GRID: dict[str, list[str]] = {
    "latency.feed.blog": ["5s", "30s", "60s", "2min", "5min", "10min"],
    "latency.decision": ["50ms", "1s", "5s"],
    "latency.order": ["1ms", "50ms", "250ms"],
    "costs.impact_k": ["0", "0.5", "1.0"],
    "strategy.max_hold": ["5min", "30min"],
    "strategy.direction": ["long", "follow"],
    "costs.commission_per_share": ["0", "0.005"],
}


def _text(v: Any) -> str:
    """A grid value as ``--set`` would take it."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (list, tuple)):
        return ",".join(_text(x) for x in v)
    return str(v)


@dataclass(frozen=True)
class SweepSpec:
    """A sweep: ``base`` dotted keys (as ``--set``) over the run configuration ``config_file``,
    and ``grid`` (dotted key -> values as text, e.g. ``"latency.order": ["1ms", "250ms"]``)
    whose every combination is run ``draws`` times (seeds); read from a sweep TOML by
    :func:`load_sweep`. Durations keep their units; money is in the tape's currency."""

    base: dict[str, str]
    grid: dict[str, list[str]]
    config_file: str | None = None  # run config the base starts from (None: the reference case; rumorbt's defaults when the base names its own data)
    draws: int = 1
    heatmap: tuple[str, str] | None = None
    top: int = 10
    engine: str = "fast"
    prices_dir: str | None = None  # many events: every rumour of the headline file on its ticker's tape
    tapes: str | None = None  # many events: a catalog of ticker,path

    @property
    def many_events(self) -> bool:
        return bool(self.prices_dir or self.tapes)

    @property
    def size(self) -> int:
        return math.prod(len(v) for v in self.grid.values())

    def combo(self, i: int) -> dict[str, str]:
        """The ``i``-th combination (mixed radix, last key fastest)."""
        out = {}
        for k in reversed(list(self.grid)):
            vals = self.grid[k]
            i, r = divmod(i, len(vals))
            out[k] = vals[r]
        return {k: out[k] for k in self.grid}

    def fingerprint(self) -> str:
        what = {"base": self.base, "grid": self.grid, "config": self.config_file, "draws": self.draws, "engine": self.engine}
        if self.many_events:
            what.update(prices_dir=self.prices_dir, tapes=self.tapes)
        if self.own_data:
            # own files start from the defaults since 2026-11-27 (before: the reference case): not resumable across that
            what["starts_from"] = self.starts_from
        blob = json.dumps(what, sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()[:16]

    @property
    def simulated(self) -> bool:
        """The base configuration reads a SIMULATED tape or headline file."""
        d = self.base_config().data
        if self.many_events:  # the tapes of the folder or catalog, never data.prices
            from .portfolio import tape_paths

            tapes = tape_paths(self.prices_dir, self.tapes).values()
            return any(is_simulated_name(str(src.path)) for src in tapes) or is_simulated_name(d.headlines)
        return is_simulated_name(d.prices) or is_simulated_name(d.headlines)

    def base_config(self) -> RunConfig:
        """The configuration every combination starts from: the sweep's config file; else, when the
        sweep names its own headlines and tape (``data.headlines`` and ``data.prices`` in [base] or
        --set), rumorbt's defaults, as ``run --headlines --prices`` starts from (the reference case's
        META-only assumptions -- ticker, impact volatility and volume -- would not be the user's);
        else the reference case."""
        if self.config_file:
            return load_config(self.config_file, self.base)
        return load_config(None if self.own_data else str(REFERENCE_CONFIG), self.base)

    @property
    def starts_from(self) -> str:
        """What every combination starts from, as sweep.json says it: the config file, rumorbt's
        defaults (the sweep names its own files) or the reference case's configuration."""
        return self.config_file or ("rumorbt defaults" if self.own_data else str(REFERENCE_CONFIG))

    @property
    def own_data(self) -> bool:
        """No config file, and the sweep names its own headlines or tape (in [base], --set or [grid])."""
        return not self.config_file and bool({"data.headlines", "data.prices"} & (set(self.base) | set(self.grid)))


def load_sweep(path: str | None, overrides: dict[str, str] | None = None, engine: str = "fast",
               grid: dict[str, list] | None = None) -> SweepSpec:
    """A sweep file (None: ``grid``, or the default grid, over the reference case) plus
    ``--set`` base overrides."""
    table: dict[str, Any] = {}
    where = path or "default sweep"
    if path:
        p = Path(path)
        table = read_toml(p, "sweep file")
        unknown = sorted(set(table) - {"base", "grid", "sweep"})
        if unknown:
            raise ConfigError(f"unknown table [{unknown[0]}]; a sweep file has [base], [grid] and [sweep]", file=str(p))
    from .config import _flatten

    base = {k: _text(v) for k, v in _flatten(table.get("base", {})).items()}
    config_file = base.pop("config", None)
    # paths written in the sweep file are relative to it, as a config file's are; --set is the cwd's
    file_paths = {"config"} | {f"data.{k}" for k in DATA_PATH_KEYS}
    here = Path(path).parent if path else None
    if here is not None:
        config_file = relative_to_file(config_file, here) if config_file else None
        base = {k: relative_to_file(v, here) if k in file_paths else v for k, v in base.items()}
    base.update(overrides or {})
    grid_raw = table.get("grid") if path else (grid if grid is not None else DEFAULT_GRID)
    if not grid_raw:
        raise ConfigError("[grid] is empty: give at least one key with a list of values", file=where)
    grid = {}  # the validated grid, values as text
    for k, v in grid_raw.items():
        if isinstance(v, dict):
            raise ConfigError(f"grid.{k}: write grid keys in full with quotes, e.g. \"latency.order\" = ['1ms', '50ms']", file=where)
        if not isinstance(v, list) or not v:
            raise ConfigError(f"grid.{k}: expected a non-empty list of values", file=where)
        grid[k] = [_text(x) for x in v]
        if here is not None and k in file_paths:
            grid[k] = [relative_to_file(x, here) for x in grid[k]]
    opts = table.get("sweep", {})
    unknown = sorted(set(opts) - {"draws", "heatmap", "top", "prices_dir", "tapes"})
    if unknown:
        raise ConfigError(f"sweep.{unknown[0]}: unknown key (known: draws, heatmap, top, prices_dir, tapes)", file=where)
    many = {}
    for k in ("prices_dir", "tapes"):
        if k in opts:
            many[k] = relative_to_file(str(opts[k]), here) if here is not None else str(opts[k])
    heat = tuple(opts["heatmap"]) if "heatmap" in opts else None
    if heat and (len(heat) != 2 or any(h not in grid for h in heat)):
        raise ConfigError("sweep.heatmap: name two keys of [grid]", file=where)
    draws = opts.get("draws", 1)
    if not isinstance(draws, int) or draws < 1:
        raise ConfigError("sweep.draws: a whole number >= 1", file=where)
    spec = SweepSpec(base, grid, config_file, draws, heat, int(opts.get("top", 10)), engine, **many)
    # every key and value is checked before anything runs: one bad value fails the sweep now
    try:
        cfg = spec.base_config()
    except ConfigError as e:
        key = e.problem.split(":", 1)[0]
        if path and e.file == "--set" and key in base and key not in (overrides or {}):
            # the value came from the sweep file's [base], not from the command line's --set
            raise ConfigError(f"base.{e.problem}", file=where) from None
        raise
    named = set(base) | set(grid)
    # ("-", standard input, is refused when read, with its own message)
    if spec.own_data and not many and ("data.headlines" in named) != ("data.prices" in named) \
            and "-" not in (base.get("data.headlines"), base.get("data.prices")):
        given, missing = ("data.headlines", "data.prices") if "data.headlines" in named else ("data.prices", "data.headlines")
        raise ConfigError(f"{given} is set but {missing} is not: give both (your own case, from rumorbt's defaults), "
                          "or neither (the reference case), or a config file in [base] config", file=where)
    for k, vals in grid.items():
        for v in vals:
            try:
                cfg.with_overrides({k: v})
            except ConfigError as e:
                raise ConfigError(f"grid value {v!r}: {e.problem}", file=where) from None
    return spec


# --------------------------------------------------------------------------- evaluation
_WORKER: dict[str, Any] = {}


def _worker_state(spec: SweepSpec):
    """Per-process cache: the base config, and inputs by their data settings (a grid may vary
    ``data.*`` keys: each distinct set of files is read once)."""
    fp = spec.fingerprint()
    if _WORKER.get("fp") != fp:
        _WORKER.update(fp=fp, base=spec.base_config(), inputs={}, impact={})
    return _WORKER["base"], _WORKER["inputs"], _WORKER["impact"]


def _inputs_for(cfg: RunConfig, cache: dict):
    from .engine import Inputs, load_inputs

    key = Inputs.key(cfg)
    if key not in cache:
        cache[key] = load_inputs(cfg)
    return cache[key]


def _events_for(cfg: RunConfig, spec: SweepSpec, cache: dict) -> list[tuple[RunConfig, Any]]:
    """A many-event sweep's events (configuration with its tape's data settings, inputs), read
    once per distinct data settings."""
    from .engine import Inputs
    from .portfolio import PlannedEvent, plan_events, planned_said

    key = ("many", Inputs.key(cfg))
    if key not in cache:
        planned, tapes = plan_events(cfg, spec.prices_dir, spec.tapes)
        ran = [e for e in planned if isinstance(e, PlannedEvent)]
        cache[key] = [(e.cfg, e.inputs) for e in ran]
        cache[("many-results", Inputs.key(cfg))] = [e.result for e in ran]
        cache[("many-said", Inputs.key(cfg))] = planned_said(cfg, planned, tapes)
    return cache[key]


def input_warnings(spec: SweepSpec) -> list[str]:
    """What ``run`` says about the sweep's inputs, once each (``warning: ...`` / ``note: ...``
    lines, kept apart from the rows): for one tape, its notes, rumours it cannot evaluate (a day
    it misses), zone and stamp checks and headline times that are not exact; for many events,
    each event skipped (no tape for its ticker, no bars on its day) and each tape's notes. From
    the base configuration and every setting of the grid's ``data.*`` keys."""
    import itertools

    from .engine import Inputs, input_said

    base, cache, _ = _worker_state(spec)
    data_keys = [k for k in spec.grid if k.startswith("data.") and k != "data.extended_hours"]
    cfgs = [base] + [base.with_overrides(dict(zip(data_keys, vals)))
                     for vals in itertools.product(*(spec.grid[k] for k in data_keys))] if data_keys else [base]
    out: list[str] = []
    for cfg in cfgs:
        if spec.many_events:
            _events_for(cfg, spec, cache)
            out += cache[("many-said", Inputs.key(cfg))]
            continue
        out += input_said(cfg, _inputs_for(cfg, cache))
    return list(dict.fromkeys(out))


def bar_seconds(spec: SweepSpec) -> float:
    """The longest bar of the tapes the base configuration reads (from the worker cache)."""
    base, cache, _ = _worker_state(spec)
    if spec.many_events:
        return max(inp.tape.bar_ns for _, inp in _events_for(base, spec, cache)) / 1e9
    return _inputs_for(base, cache).tape.bar_ns / 1e9


def total_latency_ms(cfg: RunConfig, source_class: str) -> float:
    """Expected publication-to-exchange latency of an entry (ms) for a rumour of that class."""
    lat = cfg.latency
    return (mean_ns(getattr(lat.feed, source_class)) + mean_ns(lat.decision) + mean_ns(lat.order)) / 1e6


def metrics(all_trades) -> dict[str, float]:
    from .stats import hit_rate, net_bps_of_notional  # the per-combination path's: the batch kernel needs neither
    from .trades import closed, open_at_end

    trades, marked = closed(all_trades), open_at_end(all_trades)
    n = len(trades)
    s = lambda k: float(sum(getattr(t, k) for t in trades if not math.isnan(getattr(t, k))))
    return {"trades": n, "net_pnl": s("net_pnl"), "gross_pnl": s("gross_pnl"), "fees": s("fees"),
            "hit_rate": _nan_if_none(hit_rate(trades)), "mean_net_bps": _nan_if_none(net_bps_of_notional(trades)),
            "spread_cost": s("spread_cost"), "slippage_cost": s("slippage_cost"), "impact_cost": s("impact_cost"),
            "latency_cost": s("latency_cost"), "open_trades": len(marked),
            "open_net_pnl": float(sum(t.net_pnl for t in marked))}


def _nan_if_none(x: float | None) -> float:
    return math.nan if x is None else x


def mean_over_draws(runs: list[dict[str, float]]) -> dict[str, float]:
    """The metrics of repeated draws averaged in draw order: counts and money over every draw
    (a draw that does not trade made nothing), ``hit_rate`` and ``mean_net_bps`` over the draws
    that trade (NaN when none does)."""
    out = {}
    for k in runs[0]:
        if k in PER_TRADING_DRAW:
            vals = [r[k] for r in runs if r["trades"] > 0]
            out[k] = sum(vals) / len(vals) if vals else math.nan
        else:
            out[k] = sum(r[k] for r in runs) / len(runs)
    return out


def evaluate(cfg: RunConfig, inputs, engine: str, impact_cache: dict | None = None):
    """Trades of one configuration with the chosen engine."""
    if engine == "backtrader":
        from .engine import run

        return run(cfg, inputs, engine="backtrader").trades
    from .costs import ImpactModel
    from .fastpath import run_fast

    key = (id(inputs.tape), cfg.costs)
    if impact_cache is None or key not in impact_cache:
        imp = ImpactModel(inputs.tape, inputs.sessions, cfg.costs)
        if impact_cache is not None:
            impact_cache[key] = imp
    else:
        imp = impact_cache[key]
    return run_fast(cfg, inputs, imp)


def _rumour_class(inputs) -> str:
    for h, r in zip(inputs.headlines, inputs.readings):
        if r.kind == Kind.RUMOR and r.ticker == inputs.ticker:
            return r.source_class
    return UNKNOWN_SOURCE_CLASS


def _kernel(spec: SweepSpec):
    """The batch kernel for this sweep (cached per process), or None when the sweep cannot use it
    (see :func:`rumorbt.kernel.kernel_applies`)."""
    from . import kernel

    fp = spec.fingerprint()
    hit = _WORKER.get("kernel")
    if hit is not None and hit[0] == fp:
        return hit[1]
    sk = None
    if _kernel_wanted(spec):
        base, inputs_cache, _ = _worker_state(spec)
        params = kernel.GridParams(base, spec.grid)
        if not params.too_big:
            if spec.many_events:
                events = [inp for _, inp in _events_for(base, spec, inputs_cache)]
                if not events:
                    _WORKER["kernel"] = (fp, None)
                    return None
                classes = [_rumour_class(inp) for inp in events]
                cls = max(sorted(set(classes)), key=classes.count) if classes else UNKNOWN_SOURCE_CLASS
            else:
                events = [_inputs_for(base, inputs_cache)]
                cls = _rumour_class(events[0])
            sk = kernel.SweepKernel(params, events, cls)
            sk.simulated = bool(events) and (any(e.tape.simulated for e in events) or is_simulated_name(base.data.headlines))
    _WORKER["kernel"] = (fp, sk)
    return sk


def _kernel_wanted(spec: SweepSpec) -> bool:
    """Whether this sweep runs on the batch kernel (see :func:`rumorbt.kernel.kernel_applies`); a
    many-event sweep does not when its grid sets ``data.extended_hours`` or it repeats draws
    (its per-event means over draws come from the per-combination path)."""
    from .kernel import kernel_applies

    many_ok = not spec.many_events or ("data.extended_hours" not in spec.grid and spec.draws == 1)
    return kernel_applies(spec.grid, spec.draws, spec.engine) and many_ok


KERNEL_MIN_CHUNK = 2048  # combinations: the batch kernel's fixed cost per chunk (arrays, two fsyncs) is a few ms


def chunk_size(spec: SweepSpec, remaining: int, workers: int) -> int:
    """Combinations a worker evaluates at once: about eight chunks per worker (progress, resume,
    a stop loses little), at most 500 on the per-combination path and 16,384 on the batch
    kernel, whose cost is mostly per chunk, so there a chunk also holds at least
    KERNEL_MIN_CHUNK (some 10 ms of work: cut finer, the chunks' fixed cost, two fsyncs each,
    outweighs it, and a stop would save nothing); a many-event sweep on the kernel pays that
    cost per event, so it takes one chunk per worker."""
    if not _kernel_wanted(spec):
        return max(1, min(500, remaining // (workers * 8) or 1))
    if spec.many_events:
        return max(1, min(16384, -(-remaining // max(workers, 1))))
    return max(1, min(16384, max(KERNEL_MIN_CHUNK, remaining // (workers * 8))))


def kernel_seconds_per_combination(spec: SweepSpec, indices: list[int], events: int = 20) -> float | None:
    """Seconds per combination on the batch kernel, timed on these combinations over the first
    ``events`` events and scaled to all of them (None: the sweep does not use the kernel).
    Reads the inputs, so forked workers start with them in memory."""
    import time

    import numpy as np

    sk = _kernel(spec)
    if sk is None:
        return None
    combos = np.asarray(indices, np.int64)
    k = max(1, min(events, len(sk.kernels)))
    _kernel_metrics(sk, spec, combos[:1], events=k)
    t0 = time.perf_counter()
    covered, m = _kernel_metrics(sk, spec, combos, events=k)
    lines = kernel_lines(spec, combos, m, "true" if sk.simulated else "false")
    per = (time.perf_counter() - t0) * len(sk.kernels) / k / len(combos)
    if k == len(sk.kernels) and spec.draws == 1 and not spec.many_events and covered.all():
        # these are the rows evaluate_chunk writes for these combinations: a first chunk of
        # exactly them (a small grid is one chunk, and all of it is timed) takes them as they are
        _WORKER["timed_rows"] = (spec.fingerprint(), combos.tobytes(), "".join(lines))
    rest = combos[~covered][:5]  # the reference path's share, from a few of its rows
    if len(rest):
        t0 = time.perf_counter()
        _evaluate_reference(spec, rest.tolist())
        per += (time.perf_counter() - t0) / len(rest) * (~covered).mean()
    return per


def rows_by_path(spec: SweepSpec) -> dict[str, int]:
    """How many of the sweep's rows the batch kernel computes and how many the reference
    (per-combination) path does."""
    import numpy as np

    sk = _kernel(spec)
    if sk is None:
        return {"kernel": 0, "reference": spec.size}
    n = 0
    for a in range(0, spec.size, 65536):
        n += int(sk.covered(np.arange(a, min(a + 65536, spec.size))).sum())
    return {"kernel": n, "reference": spec.size - n}


def evaluate_chunk(spec: SweepSpec, indices: list[int]) -> str:
    """CSV text of the rows for these combinations (no header): from the batch kernel where it
    covers them, else from the reference path (identical rows either way)."""
    return _evaluate(spec, indices, False)[0]


def evaluate_chunk_events(spec: SweepSpec, indices: list[int]) -> tuple[str, str]:
    """(results.csv rows, per_event.csv rows) for these combinations (no headers); the second
    is empty unless the sweep runs many events (:mod:`rumorbt.per_event`)."""
    return _evaluate(spec, indices, spec.many_events)


def _evaluate(spec: SweepSpec, indices: list[int], events: bool) -> tuple[str, str]:
    sk = _kernel(spec)
    if sk is None:
        return _reference(spec, indices, events)
    import numpy as np

    from . import per_event

    idx = np.asarray(indices, np.int64)
    timed = _WORKER.pop("timed_rows", None)  # the estimate's rows (kernel_seconds_per_combination), used once
    if timed is not None and not events and timed[:2] == (spec.fingerprint(), idx.tobytes()):
        return timed[2], ""
    per: list | None = [] if events else None
    covered, m = sk.metrics(idx, per_event=per) if spec.draws == 1 else _kernel_metrics(sk, spec, idx)
    rest = [i for i, c in zip(indices, covered) if not c]
    rows, ev_rows = _reference(spec, rest, events) if rest else ("", "")
    ref = iter(rows.splitlines(keepends=True))
    lines = kernel_lines(spec, idx, m, "true" if sk.simulated else "false")
    text = "".join(line if c else next(ref) for line, c in zip(lines, covered))
    if per is None:
        return text, ""
    n_ev = len(per)
    ev_lines = ev_rows.splitlines(keepends=True)
    ev_ref = iter("".join(ev_lines[j:j + n_ev]) for j in range(0, len(ev_lines), max(n_ev, 1)))
    trades, net, notional = (np.array([getattr(p, a) for p in per]).reshape(n_ev, len(idx)) for a in ("trades", "net_pnl", "notional"))
    ev = "".join(per_event.encode(i, per_event.EventOutcomes(trades[:, k].astype(np.int64), net[:, k], notional[:, k]), sk.simulated)
                 if covered[k] else next(ev_ref) for k, i in enumerate(indices))
    return text, ev


def _kernel_metrics(sk, spec: SweepSpec, combos, events: int | None = None):
    """The kernel's metrics of these combinations; with ``draws`` above 1, averaged over the
    draws (seed, seed + 1, ...) in draw order, with the 5th and 95th percentiles of net P&L,
    as :func:`_evaluate_reference` computes them."""
    import numpy as np

    if spec.draws == 1:
        return sk.metrics(combos, events)
    covered, runs = None, []
    for d in range(spec.draws):
        c, m = sk.metrics(combos, events, seed_offset=d)
        covered = c if covered is None else covered & c
        runs.append(m)
    out = {}
    for k in METRICS:
        if k == "total_latency_ms":
            out[k] = runs[0][k]
            continue
        if k in PER_TRADING_DRAW:  # as mean_over_draws: over the draws that trade, in draw order
            acc, n = np.zeros(len(combos)), np.zeros(len(combos), np.int64)
            for r in runs:
                t = r["trades"] > 0
                acc, n = np.where(t, acc + r[k], acc), n + t
            with np.errstate(invalid="ignore", divide="ignore"):
                out[k] = np.where(n > 0, acc / np.maximum(n, 1), np.nan)
            continue
        acc = runs[0][k].copy()
        for r in runs[1:]:
            acc = acc + r[k]
        out[k] = acc / len(runs)
    nets = np.sort(np.stack([r["net_pnl"] for r in runs]), axis=0)
    for name, q in (("net_pnl_p5", 5), ("net_pnl_p95", 95)):
        k = (len(runs) - 1) * q / 100.0
        lo, hi = math.floor(k), math.ceil(k)
        out[name] = nets[lo] + (nets[hi] - nets[lo]) * (k - lo)
    return covered, out


def _key_cells(spec: SweepSpec) -> list[list[str]]:
    """Each grid key's values as the CSV cells the reference writes for them."""
    out = []
    for vals in spec.grid.values():
        cells = []
        for v in vals:
            buf = io.StringIO()
            csv.writer(buf, lineterminator="\n").writerow([csv_cell(v)])
            cells.append(buf.getvalue()[:-1])
        out.append(cells)
    return out


def kernel_lines(spec: SweepSpec, combos, m: dict, simulated: str) -> list[str]:
    """CSV lines of kernel rows, byte for byte as :func:`_evaluate_reference` writes them:
    ``f"{round(x, 2) + 0.0:.2f}"`` is ``f"{x:.2f}"`` (both round the exact binary value
    correctly) but for a negative zero, which the reference writes as 0.00."""
    import numpy as np

    cells = _key_cells(spec)
    digits, stride = [], 1
    for vals in reversed(list(spec.grid.values())):
        digits.append((combos // stride) % len(vals))
        stride *= len(vals)
    digits.reverse()
    cols = [[c[d] for d in dig.tolist()] for c, dig in zip(cells, digits)]
    names = [*METRICS, *(DRAW_METRICS if spec.draws > 1 else ())]
    metrics = [m[k].tolist() for k in names]
    ints = ("trades", "open_trades") if spec.draws == 1 else ()  # averaged over draws: numbers with cents

    def fmt(traded: bool, held: bool) -> str:  # "%.0s" writes an empty cell (see NO_TRADE_EMPTY)
        cell = {k: "%.0s" if empty_cell(k, traded, held) else "%d" if k in ints else "%.2f" for k in names}
        return ",".join(["%d", *(["%s"] * len(cols)), *(cell[k] for k in names), simulated]) + "\n"

    fmts = [[fmt(t, h) for h in (False, True)] for t in (False, True)]
    traded, held = (np.asarray(m["trades"]) > 0).tolist(), (np.asarray(m["open_trades"]) > 0).tolist()
    lines = [fmts[t][h] % row for t, h, row in zip(traded, held, zip(combos.tolist(), *cols, *metrics))]
    return [ln.replace(",-0.00,", ",0.00,").replace(",-0.00,", ",0.00,") if ",-0.00," in ln else ln for ln in lines]


def _evaluate_reference(spec: SweepSpec, indices: list[int]) -> str:
    """CSV rows of these combinations from the per-combination path (the kernel's reference)."""
    return _reference(spec, indices, False)[0]


def _reference(spec: SweepSpec, indices: list[int], events: bool) -> tuple[str, str]:
    """(results rows, per-event rows when ``events``) of these combinations from the
    per-combination path."""
    from . import per_event

    base, inputs_cache, cache = _worker_state(spec)
    buf, ev_buf = io.StringIO(), io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for i in indices:
        combo = spec.combo(i)
        cfg = base.with_overrides(combo)
        if spec.many_events:  # every event on its own tape, the trades of all of them together
            events = _events_for(cfg, spec, inputs_cache)
            classes = [_rumour_class(inp) for _, inp in events]
            cls = max(sorted(set(classes)), key=classes.count)  # the most common rumour source class
            inputs = events[0][1]
            any_simulated = any(inp.tape.simulated for _, inp in events)

            def trades_of(c, keep: list | None = None):
                # the event's files and their reading settings, the combination's session choice
                # (extended_hours is not an input: the events are planned once for all of them)
                per = [evaluate(replace(c, data=replace(ce.data, extended_hours=c.data.extended_hours)), inp, spec.engine, cache)
                       for ce, inp in events]
                if keep is not None:
                    keep.append(per_event.outcomes(per))
                return [t for p in per for t in p]
        else:
            inputs = _inputs_for(cfg, inputs_cache)
            any_simulated = inputs.tape.simulated
            cls = _rumour_class(inputs)
            trades_of = lambda c, keep=None: evaluate(c, inputs, spec.engine, cache)
        kept: list | None = [] if events else None
        if spec.draws == 1:
            m = metrics(trades_of(cfg, kept))
            extra: list = []
        else:
            runs = [metrics(trades_of(cfg.with_overrides({"seed": str(cfg.seed + d)}), kept)) for d in range(spec.draws)]
            m = mean_over_draws(runs)
            nets = sorted(r["net_pnl"] for r in runs)
            extra = [_fmt(_percentile(nets, 5)), _fmt(_percentile(nets, 95))]
        m["total_latency_ms"] = total_latency_ms(cfg, cls)
        simulated = any_simulated or is_simulated_name(cfg.data.headlines)
        if kept:
            ev_buf.write(per_event.encode(i, kept[0] if len(kept) == 1 else per_event.mean_over_draws(kept), simulated))
        cells = [_fmt(m[k]) for k in METRICS] + extra
        for j, k in enumerate([*METRICS, *(DRAW_METRICS if extra else ())]):
            if empty_cell(k, m["trades"] > 0, m["open_trades"] > 0):
                cells[j] = ""
        w.writerow([i, *map(csv_cell, combo.values()), *cells, "true" if simulated else "false"])
    return buf.getvalue(), ev_buf.getvalue()


def sweep_events(spec: SweepSpec) -> list:
    """The events of a many-event sweep in the order per_event.csv numbers them: their
    :class:`~rumorbt.portfolio.EventResult` (id, ticker, publication), from the base
    configuration (a grid over ``data.*`` keys that changes the events is refused by the
    per-event check of each chunk)."""
    from .engine import Inputs

    base, inputs_cache, _ = _worker_state(spec)
    _events_for(base, spec, inputs_cache)
    return inputs_cache[("many-results", Inputs.key(base))]


def _percentile(sorted_vals: list[float], q: float) -> float:
    k = (len(sorted_vals) - 1) * q / 100.0
    lo, hi = math.floor(k), math.ceil(k)
    return sorted_vals[lo] + (sorted_vals[hi] - sorted_vals[lo]) * (k - lo)


def _fmt(x: float) -> str:
    if isinstance(x, int):
        return str(x)
    if math.isnan(x):
        return ""
    return f"{round(x, 2) + 0.0:.2f}"


def read_results(src, spec: SweepSpec, usecols=None):
    """results.csv (a path or a text buffer) as a DataFrame: the grid keys as text (exactly as
    written), the metrics as numbers, an empty cell (no trade) as NaN."""
    import pandas as pd

    metric_cols = [*METRICS, *DRAW_METRICS]
    return pd.read_csv(src, usecols=usecols, dtype={k: str for k in spec.grid}, keep_default_na=False,
                       na_values={k: [""] for k in metric_cols})


# --------------------------------------------------------------------------- running
def header(spec: SweepSpec) -> list[str]:
    return ["combo", *spec.grid, *METRICS, *(DRAW_METRICS if spec.draws > 1 else ()), "simulated_data"]
