"""The notebook front door: :func:`run` and its :class:`Result`, and :func:`sweep`
(reachable as ``rumorbt.run(...)`` and ``rumorbt.sweep(...)``).

``run`` and ``sweep`` build the same frozen :class:`~rumorbt.config.RunConfig` the command
line builds and call the same engine, so a notebook, ``python backtest.py`` and a sweep row
agree to the cent. Times: integer ns UTC inside; every frame here shows tz-aware
timestamps in the exchange's time zone (the configured calendar's, America/New_York for XNYS).
Money in the tape's currency.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Mapping

import pandas as pd

from .config import REFERENCE_CONFIG, RunConfig, load_config
from .errors import first_warnings
from .sweep import SweepSpec, _text, input_warnings, load_sweep, read_results
from .sweep_run import run_sweep, sweep_table

# trades columns that are instants (ns UTC inside; tz-aware exchange time in Result.trades)
TIME_COLUMNS = ("entry_time", "exit_time", "rumor_published", "rumor_received", "entry_sent", "entry_arrived",
                "exit_trigger_time", "exit_sent", "exit_arrived")


def _timestamps(values: list[int | None], zone: str) -> pd.Series:
    # exact to the nanosecond (a float detour would round ~1.7e18 ns by hundreds of ns)
    return pd.Series([pd.Timestamp(int(v), unit="ns", tz="UTC").tz_convert(zone) if v is not None else pd.NaT
                      for v in values], dtype=f"datetime64[ns, {zone}]")


def as_config(config: RunConfig | str | Path | Mapping[str, Any] | None = None, **overrides: Any) -> RunConfig:
    """A :class:`RunConfig` from what a user has at hand: a config, a TOML path, a mapping
    of dotted keys (``{"latency.order": "5ms"}``) applied to the reference case, or None for
    the reference case itself; ``overrides`` (``latency__order="5ms"``, ``__`` for dots) on top."""
    sets = {k.replace("__", "."): v for k, v in overrides.items()}
    if isinstance(config, RunConfig):
        return config.with_overrides(sets, source="overrides") if sets else config
    if isinstance(config, Mapping):
        return load_config(REFERENCE_CONFIG, {**dict(config), **sets})
    return load_config(str(config) if config is not None else REFERENCE_CONFIG, sets or None)


@dataclass
class Result:
    """One backtest's outcome. ``trades`` and ``decisions`` are DataFrames with tz-aware
    exchange-time stamps; ``round_trips`` the same trades as objects; ``summary`` exactly
    what ``summary.json`` holds; ``plot()`` the report figure; ``write(dir)`` the run's files."""

    run: Any = field(repr=False)  # rumorbt.engine.RunResult

    @property
    def config(self) -> RunConfig:
        return self.run.cfg

    @property
    def ticker(self) -> str:
        return self.run.ticker

    @property
    def simulated(self) -> bool:
        """True when the price tape is SIMULATED: figures illustrate the method only."""
        return self.run.simulated

    @property
    def zone(self) -> str:
        """The exchange's IANA time zone, taken from the configured calendar."""
        return self.run.zone

    @property
    def round_trips(self) -> list:
        """The trades as :class:`rumorbt.trades.RoundTrip` objects (times int ns UTC)."""
        return self.run.trades

    @cached_property
    def trades(self) -> pd.DataFrame:
        """One row per round trip: the columns of ``trades.csv`` unrounded, instants as
        tz-aware exchange-time timestamps, money in the tape's currency."""
        from .report import TRADE_COLUMNS
        from .stats import excursions

        trips = self.run.trades
        rows = [{**asdict(t), "status": t.status, "mae": e.mae, "mfe": e.mfe, "mae_bps": e.mae_bps, "mfe_bps": e.mfe_bps}
                for t, e in zip(trips, excursions(trips, {self.ticker: self.run.tape}))]
        df = pd.DataFrame(rows, columns=[c for c in TRADE_COLUMNS if c != "simulated_data"])
        for c in TIME_COLUMNS:
            df[c] = _timestamps(df[c].tolist(), self.zone)
        df["simulated_data"] = self.simulated
        return df

    @cached_property
    def decisions(self) -> pd.DataFrame:
        """Every decision taken or skipped, and why: time (exchange time), event, action, detail."""
        rows = self.run.decisions
        return pd.DataFrame({"time": _timestamps([t for t, *_ in rows], self.zone),
                             "event": [e for _, e, _, _ in rows], "action": [a for _, _, a, _ in rows],
                             "detail": [d for *_, d in rows]})

    @cached_property
    def summary(self) -> dict:
        """What ``summary.json`` holds (totals, attribution, events, decisions, configuration)."""
        from .report import summary_dict

        return summary_dict(self.run)

    @cached_property
    def stats(self):
        """Every statistic of the run (:class:`rumorbt.stats.TradeStats`: net P&L, hit rate,
        drawdown, Sharpe, exposure ...); ``.to_dict()`` for a plain dict."""
        return self.run.stats

    def plot(self):
        """The report figure (price around the event, cost waterfall) as a matplotlib
        ``Figure``; matplotlib's backend and pyplot's state are left alone."""
        from .report import report_figure

        return report_figure(self.run, self.summary)

    def write(self, out_dir: str | Path, force: bool = False) -> Path:
        """``trades.csv``, ``summary.json`` and ``report.png`` into ``out_dir``, all or nothing
        (``force``: as ``run --force``)."""
        from .report import write_outputs

        return write_outputs(self.run, out_dir, self.summary, force=force)

    def __str__(self) -> str:
        from .report import console_summary

        return console_summary(self.run, None, self.summary)


def run(config: RunConfig | str | Path | Mapping[str, Any] | None = None, *, engine: str = "fast",
        **overrides: Any) -> Result:
    """Run one backtest and return its :class:`Result`. Writes nothing.

    ``config``: a :class:`RunConfig`, a TOML file, a mapping of dotted keys applied to the
    reference case, or None (the reference case). ``engine``: the parity-checked
    ``"fast"`` array driver or ``"backtrader"``, the reference it is checked against (same trades and decision log). Raises :class:`~rumorbt.errors.InputError` on bad input.

    >>> res = rumorbt.run({"latency.order": "5ms"})
    >>> res.trades[["entry_time", "net_pnl"]]
    """
    from .engine import run as run_engine

    return Result(run_engine(as_config(config, **overrides), engine=engine))


def sweep(spec: SweepSpec | str | Path | None = None, *, grid: dict[str, list] | None = None,
          base: dict[str, Any] | None = None, out: str | Path | None = None, workers: int = 1, engine: str = "fast",
          resume: bool = False, progress: bool = False, force: bool = False) -> pd.DataFrame:
    """Evaluate a grid of configurations and return one row per combination as a DataFrame
    (``combo``, the grid keys, then trades, net_pnl, ... total_latency_ms).

    ``spec``: a sweep TOML file, a :class:`~rumorbt.sweep.SweepSpec`, or None with ``grid`` (key -> list of
    values) and optional ``base`` (dotted keys) over the reference case. Nothing is written
    unless ``out`` names a folder (then ``results.csv`` is streamed there as ``backtest.py
    sweep`` does; ``resume=True`` continues an interrupted one, ``force`` as ``--force``).
    """
    sets = {k: _text(v) for k, v in (base or {}).items()}
    if isinstance(spec, SweepSpec):
        s = spec
    else:
        s = load_sweep(str(spec) if spec is not None else None, sets, engine=engine, grid=grid)
    if out is None:
        df = sweep_table(s, workers=workers, progress=progress)
    else:
        df = read_results(run_sweep(s, out, workers=workers, resume=resume, progress=progress, force=force), s)
    return _with_input_warnings(df, input_warnings(s))


def _with_input_warnings(df: pd.DataFrame, said: list[str]) -> pd.DataFrame:
    """What ``run`` would warn about these inputs (skipped events, days a tape misses, inexact
    headline times, fee-table gaps), kept apart from the rows in ``df.attrs["warnings"]`` and
    shown once as a Python warning, so a notebook's sweep is as honest as the command line's."""
    import warnings

    df.attrs["warnings"] = list(said)
    if said:
        shown = first_warnings(said, "... and {n} more (all in the frame's attrs['warnings'])")
        warnings.warn("rumorbt.sweep: " + "; ".join(shown), UserWarning, stacklevel=4)  # past api.sweep and the package's lazy rumorbt.sweep: the caller's line
    return df
