"""The run configuration: one frozen, serialisable value that fully determines a run.

Every entry point (CLI, sweep, notebook, tests) builds a :class:`RunConfig` and calls
:func:`rumorbt.engine.run`. Durations are stored as integer nanoseconds and written back
as strings such as ``"250ms"``; keys are the dotted names accepted by ``--set``.
"""
from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass, field, fields, is_dataclass, replace
from pathlib import Path
from typing import Any, Mapping

from .domain import DEFAULT_CALENDAR
from .errors import ConfigError, InputError
from .resources import data_path

REFERENCE_DIR = data_path("reference")
# The reference case: `python backtest.py` / `rumorbt` with no arguments runs exactly this.
REFERENCE_CONFIG = REFERENCE_DIR / "META_2022-11-22.toml"

_DURATION_UNITS_NS = {
    "ns": 1,
    "us": 1_000,
    "µs": 1_000,
    "ms": 1_000_000,
    "s": 1_000_000_000,
    "sec": 1_000_000_000,
    "min": 60_000_000_000,
    "m": 60_000_000_000,
    "h": 3_600_000_000_000,
    "d": 86_400_000_000_000,
}
_DURATION_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([a-zµ]+)\s*$")


def parse_duration_ns(value: Any, key: str = "duration") -> int:
    """``"250ms"`` / ``"2s"`` / ``"5min"`` / ``"1.5h"`` -> integer nanoseconds (>= 0).

    A bare number is refused: a duration without a unit is ambiguous.
    """
    if isinstance(value, bool) or not isinstance(value, str):
        raise ConfigError(f"{key}: expected a duration with a unit such as '250ms', '2s' or '5min', got {value!r}")
    m = _DURATION_RE.match(value.lower())
    if not m or m.group(2) not in _DURATION_UNITS_NS:
        raise ConfigError(f"{key}: cannot read {value!r} as a duration; use a number and a unit (ns, us, ms, s, min, h, d), e.g. '250ms'")
    ns = float(m.group(1)) * _DURATION_UNITS_NS[m.group(2)]
    if ns > MAX_DURATION_NS:
        raise ConfigError(f"{key}: {value!r} is longer than a year; no intraday simulation can use it")
    return int(round(ns))


# Bounds that keep every time and amount within int64 nanoseconds and float precision.
MAX_DURATION_NS = 366 * 86_400 * 10**9
MAX_SIZE = 1e12  # shares or dollars
MAX_CASH = 1e15


def format_duration_ns(ns: int) -> str:
    """Integer nanoseconds -> the shortest exact string (``2_500_000_000`` -> ``"2500ms"``)."""
    for unit, size in (("h", 3_600_000_000_000), ("min", 60_000_000_000), ("s", 1_000_000_000),
                       ("ms", 1_000_000), ("us", 1_000)):
        if ns % size == 0 and ns != 0:
            return f"{ns // size}{unit}"
    return f"{ns}ns"


def _duration_field(default: str) -> Any:
    return field(default=parse_duration_ns(default), metadata={"duration": True})


# --------------------------------------------------------------------------- latency
@dataclass(frozen=True)
class LatencySpec:
    """One latency stage. ``model``: constant | uniform | lognormal | empirical.

    constant: ``value``; uniform: ``low``..``high``; lognormal: ``median`` and ``sigma``
    (shape, dimensionless); empirical: ``samples`` (durations drawn with replacement).
    All durations in nanoseconds.
    """

    model: str = "constant"
    value: int = field(default=0, metadata={"duration": True})
    low: int = field(default=0, metadata={"duration": True})
    high: int = field(default=0, metadata={"duration": True})
    median: int = field(default=0, metadata={"duration": True})
    sigma: float = 0.0
    samples: tuple[int, ...] = field(default=(), metadata={"duration": True})


def constant(spec: str) -> LatencySpec:
    return LatencySpec(model="constant", value=parse_duration_ns(spec))


@dataclass(frozen=True)
class FeedLatency:
    """Publication -> our receipt, by source class (see :mod:`rumorbt.sources`).

    Defaults (documented in README, "Default latencies"): a wire service pushed to a
    terminal arrives in well under a second; a social post is seen within seconds by a
    monitored-accounts feed; a blog or small site is usually noticed only once it spreads.
    """

    filing: LatencySpec = field(default_factory=lambda: LatencySpec("lognormal", median=parse_duration_ns("500ms"), sigma=0.5))
    company: LatencySpec = field(default_factory=lambda: LatencySpec("lognormal", median=parse_duration_ns("1s"), sigma=0.5))
    newswire: LatencySpec = field(default_factory=lambda: LatencySpec("lognormal", median=parse_duration_ns("300ms"), sigma=0.5))
    major_outlet: LatencySpec = field(default_factory=lambda: LatencySpec("lognormal", median=parse_duration_ns("5s"), sigma=0.7))
    social: LatencySpec = field(default_factory=lambda: LatencySpec("lognormal", median=parse_duration_ns("3s"), sigma=0.8))
    blog: LatencySpec = field(default_factory=lambda: LatencySpec("lognormal", median=parse_duration_ns("60s"), sigma=0.8))


@dataclass(frozen=True)
class LatencyConfig:
    feed: FeedLatency = field(default_factory=FeedLatency)
    # Receipt -> order sent, for headline-driven decisions (a classifier plus risk checks).
    decision: LatencySpec = field(default_factory=lambda: LatencySpec("lognormal", median=parse_duration_ns("200ms"), sigma=0.5))
    # Order sent -> arrival at the exchange (retail/cloud routing; co-located is ~0.1 ms).
    order: LatencySpec = field(default_factory=lambda: LatencySpec("uniform", low=parse_duration_ns("20ms"), high=parse_duration_ns("80ms")))


# --------------------------------------------------------------------------- costs
@dataclass(frozen=True)
class CostConfig:
    """Fill pricing and fees. bps = 1e-4 of the mid price.

    ``half_spread_bps`` is used only for tapes without bid/ask. ``impact_k``, ``sigma_daily``
    (fraction per day) and ``adv_shares`` (shares per day) feed the square-root impact
    ``k * sigma * sqrt(Q / V)``; 0 for sigma/adv means "estimate from the tape" (and the
    summary says so). ``participation_cap`` is the largest fraction of one bar's volume an
    order may take (0 = no cap). Fees: per-share commission with a per-order minimum and a
    maximum as a fraction of trade value; SEC Section 31 and FINRA TAF on sales, the CAT fee
    on purchases and sales, "auto" = the rate in force on the trade date from
    ``data/fees/us_regulatory_fees.csv``.
    """

    half_spread_bps: float = 1.0
    slippage_bps: float = 0.0
    impact_k: float = 0.5
    sigma_daily: float = 0.0
    adv_shares: float = 0.0
    participation_cap: float = 0.10
    commission_per_share: float = 0.005
    commission_min: float = 1.00
    commission_max_pct: float = 0.01
    sec_fee_per_million: float | str = "auto"
    taf_per_share: float | str = "auto"
    taf_max: float | str = "auto"
    cat_fee_per_share: float | str = "auto"  # CAT fees a broker passes through, per share bought or sold


# --------------------------------------------------------------------------- strategy
@dataclass(frozen=True)
class StrategyConfig:
    """The headline strategy (``strategies/headline_rumor.py``).

    direction: long | short | follow (sign of the move from publication to decision, when
    larger than ``follow_threshold_bps``). size_mode: shares | notional | equity_fraction.
    Exit levels are in bps of the entry fill price, measured on bar closes; 0 disables.
    """

    # The strategy itself (rumorbt.policy.POLICIES): "rumour" trades the rumour as below;
    # "fade" trades against the move since publication (an example of a second policy).
    policy: str = "rumour"
    direction: str = "long"
    follow_threshold_bps: float = 20.0
    size_mode: str = "notional"
    size: float = 100_000.0
    cash: float = 1_000_000.0
    on_confirmation: str = "exit"
    reenter: bool = False
    # The reader's confidence in [0, 1] (rumorbt.classify: >= 0.8 "confident", else "uncertain").
    # Asymmetric by default: enter only on a confident rumour; exit on a denial or confirmation
    # of the open position whether confident or uncertain.
    enter_min_confidence: float = 0.8
    exit_min_confidence: float = 0.0
    max_hold: int = _duration_field("30min")
    stop_loss_bps: float = 0.0
    take_profit_bps: float = 0.0
    trailing_stop_bps: float = 0.0
    exit_at_session_end: bool = True
    session_end_buffer: int = _duration_field("5min")
    # Orders reaching the exchange later than this after the rumour's publication are not sent.
    max_entry_delay: int = _duration_field("2h")


# --------------------------------------------------------------------------- data
@dataclass(frozen=True)
class DataConfig:
    """Inputs. Paths relative to the working directory. ``prices_tz``: zone for a tape whose
    timestamps carry no offset (e.g. ``America/New_York``); empty = such a tape is refused.
    ``ticker``: the tape's ticker (empty: the only ticker the headlines name).
    ``bar_seconds``: bar length; 0 = the most common spacing of the tape."""

    headlines: str = str(REFERENCE_DIR / "META_2022-11-22_headlines.csv")
    prices: str = str(REFERENCE_DIR / "META_2022-11-22_1s_SIMULATED.csv.gz")
    prices_tz: str = ""
    headlines_tz: str = ""
    ticker: str = ""
    bar_seconds: float = 0.0
    calendar: str = DEFAULT_CALENDAR
    extended_hours: bool = False
    # Extra alias (ticker, alias, kind, match) and source-class (class, pattern) tables; they
    # take precedence over the bundled data/aliases.csv and data/sources.csv.
    aliases: str = ""
    sources: str = ""
    # A denial or confirmation that names no company is linked to a rumour published at most
    # this long before it (through its speaker or the CEO's name); 0 turns linking off.
    link_window: int = _duration_field("24h")
    # The headline reader's decision stage: "trained" (the rules' reading through the trained
    # second stage, rumorbt/reader_model.py) or "rules" (the rules alone, to compare).
    reader_stage: str = "trained"
    # Vendor files: "target=source,..." renames columns before reading (e.g.
    # "timestamp=ts_et_bar_start,bid=bid_open,ask=ask_open"); stamp says whether a bar's
    # timestamp is its start or its end (then it is moved back by one bar length).
    columns: str = ""
    stamp: str = "start"
    # A named vendor file shape (rumorbt.vendors.PRESETS: yfinance, alpaca, polygon,
    # polygon-flat, eastern, binance, databento); columns/prices_tz given here win over the preset's.
    preset: str = ""
    # Unit of integer epoch timestamps: s | ms | us | ns; empty = inferred from their size (said aloud).
    epoch_unit: str = ""


@dataclass(frozen=True)
class RunConfig:
    """Everything one run depends on, frozen and serialisable: ``data`` (inputs; timestamps
    carry offsets, exchange time is the zone of ``data.calendar``), ``latency`` (durations in
    int ns), ``costs`` (bps = 1e-4 of the mid; money in the tape's currency), ``strategy`` and
    the ``seed`` of every latency draw. Build it with :func:`load_config` (TOML plus dotted
    overrides); ``to_dict``/``to_json`` give it back as plain data."""

    data: DataConfig = field(default_factory=DataConfig)
    latency: LatencyConfig = field(default_factory=LatencyConfig)
    costs: CostConfig = field(default_factory=CostConfig)
    strategy: StrategyConfig = field(default_factory=StrategyConfig)
    seed: int = 7

    # -- serialisation -------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """Plain nested dict (durations as strings) that :func:`from_dict` reads back."""
        return _to_plain(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True)

    def with_overrides(self, overrides: Mapping[str, Any], source: str = "--set") -> "RunConfig":
        return apply_overrides(self, overrides, source)


_CHOICES = {
    ("strategy", "policy"): ("rumour", "fade"),
    ("strategy", "direction"): ("long", "short", "follow"),
    ("strategy", "size_mode"): ("shares", "notional", "equity_fraction"),
    ("strategy", "on_confirmation"): ("exit", "hold"),
    ("data", "stamp"): ("start", "end"),
    ("data", "reader_stage"): ("trained", "rules"),
    ("data", "epoch_unit"): ("", "s", "ms", "us", "ns"),
    "model": ("constant", "uniform", "lognormal", "empirical"),
}


def _to_plain(obj: Any) -> Any:
    out: dict[str, Any] = {}
    for f in fields(obj):
        v = getattr(obj, f.name)
        if is_dataclass(v):
            out[f.name] = _to_plain(v)
        elif f.metadata.get("duration"):
            out[f.name] = [format_duration_ns(x) for x in v] if isinstance(v, tuple) else format_duration_ns(v)
        else:
            out[f.name] = list(v) if isinstance(v, tuple) else v
    return out


def _coerce(f: dataclasses.Field, value: Any, key: str) -> Any:
    """Turn a TOML value or a ``--set`` string into the field's type, or raise naming the key."""
    current_type = f.type if isinstance(f.type, str) else getattr(f.type, "__name__", str(f.type))
    if f.metadata.get("duration"):
        if "tuple" in current_type:
            if isinstance(value, str):
                value = [v for v in value.split(",") if v.strip()]
            if not isinstance(value, (list, tuple)):
                raise ConfigError(f"{key}: expected a list of durations, e.g. ['100ms', '250ms']")
            return tuple(parse_duration_ns(v, key) for v in value)
        return parse_duration_ns(value, key)
    if current_type == "bool":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "yes", "1", "on", "false", "no", "0", "off"):
            return value.lower() in ("true", "yes", "1", "on")
        raise ConfigError(f"{key}: expected true or false, got {value!r}")
    if current_type == "int":
        try:
            if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
                raise ValueError
            return int(value)
        except (TypeError, ValueError):
            raise ConfigError(f"{key}: expected a whole number, got {value!r}") from None
    if current_type.startswith("float"):
        if isinstance(value, str) and value.strip().lower() == "auto" and "str" in current_type:
            return "auto"
        try:
            if isinstance(value, bool):
                raise ValueError
            out = float(value)
        except (TypeError, ValueError):
            allowed = " or 'auto'" if "str" in current_type else ""
            raise ConfigError(f"{key}: expected a number{allowed}, got {value!r}") from None
        if out != out or out in (float("inf"), float("-inf")):
            raise ConfigError(f"{key}: expected a finite number, got {value!r}")
        if out < 0:
            raise ConfigError(f"{key}: must not be negative, got {value!r}")
        return out
    if current_type == "str":
        if not isinstance(value, str):
            raise ConfigError(f"{key}: expected text, got {value!r}")
        return value
    raise ConfigError(f"{key}: cannot be set")  # pragma: no cover


def _validate(cfg: RunConfig, source: str) -> RunConfig:
    for (section, name), allowed in ((k, v) for k, v in _CHOICES.items() if isinstance(k, tuple)):
        val = getattr(getattr(cfg, section), name)
        if val not in allowed:
            raise ConfigError(f"{section}.{name}: {val!r} is not one of {', '.join(allowed)}", file=source)
    if cfg.data.preset:
        from .vendors import PRESETS  # the preset names live with the presets (imported only when one is named)

        if cfg.data.preset not in PRESETS:
            raise ConfigError(f"data.preset: {cfg.data.preset!r} is not one of {', '.join(PRESETS)}", file=source)
    for path, spec in _latency_specs(cfg):
        _check_latency(spec, path, source)
    c = cfg.costs
    if not 0 <= c.participation_cap <= 1:
        raise ConfigError(f"costs.participation_cap: must be between 0 and 1 (a fraction of bar volume), got {c.participation_cap}", file=source)
    s = cfg.strategy
    if not 0 < s.size <= MAX_SIZE:
        raise ConfigError(f"strategy.size: must be positive and at most {MAX_SIZE:g}, got {s.size:g}", file=source)
    if not 0 < s.cash <= MAX_CASH:
        raise ConfigError(f"strategy.cash: must be positive and at most {MAX_CASH:g}, got {s.cash:g}", file=source)
    for name in ("enter_min_confidence", "exit_min_confidence"):
        if not 0.0 <= getattr(s, name) <= 1.0:
            raise ConfigError(f"strategy.{name}: must be between 0 and 1 (the reader's confidence), got {getattr(s, name)}", file=source)
    if s.size_mode == "equity_fraction" and s.size > 1:
        raise ConfigError(f"strategy.size: an equity fraction must be at most 1, got {s.size}", file=source)
    if s.size_mode == "shares" and not float(s.size).is_integer():
        raise ConfigError(f"strategy.size: a number of shares must be whole, got {s.size}", file=source)
    return cfg


def _latency_specs(cfg: RunConfig):
    for f in fields(cfg.latency.feed):
        yield f"latency.feed.{f.name}", getattr(cfg.latency.feed, f.name)
    yield "latency.decision", cfg.latency.decision
    yield "latency.order", cfg.latency.order


def _check_latency(spec: LatencySpec, path: str, source: str) -> None:
    if spec.model not in _CHOICES["model"]:
        raise ConfigError(f"{path}.model: {spec.model!r} is not one of {', '.join(_CHOICES['model'])}", file=source)
    if spec.model == "uniform" and spec.high < spec.low:
        raise ConfigError(f"{path}: uniform needs low <= high", file=source)
    if spec.model == "lognormal" and spec.median <= 0:
        raise ConfigError(f"{path}: lognormal needs a positive median", file=source)
    if spec.model == "empirical" and not spec.samples:
        raise ConfigError(f"{path}: empirical needs a non-empty list of samples", file=source)


def _set_path(obj: Any, parts: list[str], value: Any, key: str) -> Any:
    """Return a copy of the frozen dataclass ``obj`` with ``parts`` set to ``value``."""
    names = {f.name: f for f in fields(obj)}
    head = parts[0]
    if head not in names:
        raise ConfigError(f"{key}: unknown key '{head}' (known here: {', '.join(sorted(names))})")
    f = names[head]
    current = getattr(obj, head)
    if is_dataclass(current):
        if len(parts) == 1:
            if isinstance(current, LatencySpec) and isinstance(value, str):
                # '--set latency.order=100ms' is shorthand for a constant latency.
                return replace(obj, **{head: LatencySpec("constant", value=parse_duration_ns(value, key))})
            if isinstance(value, Mapping):
                new = current
                if isinstance(current, LatencySpec):
                    new = LatencySpec()  # a table replaces the whole stage, not a mix of two models
                for k, v in value.items():
                    new = _set_path(new, [k], v, f"{key}.{k}")
                return replace(obj, **{head: new})
            raise ConfigError(f"{key}: is a table; set one of its keys, e.g. {key}.{fields(current)[0].name}=...")
        return replace(obj, **{head: _set_path(current, parts[1:], value, key)})
    if len(parts) > 1:
        raise ConfigError(f"{key}: '{head}' has no sub-keys")
    return replace(obj, **{head: _coerce(f, value, key)})


def _flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in table.items():
        key = f"{prefix}{k}"
        # A latency stage given as a table is one value (the whole stage), not separate keys.
        if isinstance(v, Mapping) and not _is_latency_stage_key(key):
            out.update(_flatten(v, key + "."))
        else:
            out[key] = v
    return out


def _is_latency_stage_key(key: str) -> bool:
    return key in ("latency.decision", "latency.order") or (key.startswith("latency.feed.") and key.count(".") == 2)


def apply_overrides(cfg: RunConfig, overrides: Mapping[str, Any], source: str = "--set") -> RunConfig:
    """Apply ``{"dotted.key": value}`` overrides (values may be strings from ``--set``)."""
    for key, value in _flatten(overrides).items():
        try:
            cfg = _set_path(cfg, key.split("."), value, key)
        except ConfigError as e:
            raise ConfigError(e.problem, file=source) from None
    return _validate(cfg, source)


def parse_set_args(items: list[str]) -> dict[str, str]:
    """``["a.b=1", "c=x"]`` -> ``{"a.b": "1", "c": "x"}``; a missing ``=`` is a usage error."""
    out: dict[str, str] = {}
    for item in items:
        if "=" not in item:
            raise ConfigError(f"--set {item!r}: expected key=value, e.g. --set latency.order=100ms")
        k, v = item.split("=", 1)
        out[k.strip()] = v.strip()
    return out


def load_config(path: str | Path | None = None, overrides: Mapping[str, Any] | None = None) -> RunConfig:
    """Defaults, then the TOML file (if any), then ``--set`` overrides."""
    cfg = RunConfig()
    if path is not None:
        from .tabular import read_toml

        p = Path(path)
        try:
            table = read_toml(p, "config file")
        except InputError as e:
            raise ConfigError(e.problem, file=e.file) from None
        cfg = apply_overrides(cfg, _resolve_paths(table, p.parent), source=str(p))
    if overrides:
        cfg = apply_overrides(cfg, overrides)
    return _validate(cfg, "config")


DATA_PATH_KEYS = ("headlines", "prices", "aliases", "sources")


def relative_to_file(value: str, base: Path) -> str:
    """A path written in a config or sweep file: relative to that file's folder, not to the cwd
    ('' stays '': no file, the default of ``aliases`` and ``sources``)."""
    return value if not value or Path(value).is_absolute() else str((base / value).resolve())


def _resolve_paths(table: dict[str, Any], base: Path) -> dict[str, Any]:
    """Relative data paths in a config file are relative to that file, not to the cwd."""
    data = dict(table.get("data", {}))
    for k in DATA_PATH_KEYS:
        if isinstance(data.get(k), str):
            data[k] = relative_to_file(data[k], base)
    return {**table, "data": data} if "data" in table else table


def from_dict(d: Mapping[str, Any]) -> RunConfig:
    """Inverse of :meth:`RunConfig.to_dict`."""
    return apply_overrides(RunConfig(), d, source="dict")
