"""rumorbt: backtest trading unverified CEO-change headlines until the denial, with honest
latency, spread, impact and fees.

Start here (a notebook)::

    import rumorbt

    res = rumorbt.run()                              # the bundled reference case (SIMULATED tape)
    res = rumorbt.run({"latency.order": "5ms"})      # ... with dotted-key overrides
    res = rumorbt.run("my_case.toml", seed=3)        # your own configuration file
    res.trades        # DataFrame, one row per round trip; times tz-aware in exchange time
    res.decisions     # every decision taken or skipped, and why
    res.stats         # every statistic: net_pnl, hit_rate, max_drawdown, sharpe ... (.to_dict())
    res.plot()        # matplotlib Figure (no global backend switch)
    res.write("out/my_run")   # trades.csv, summary.json, report.png

    table = rumorbt.sweep(grid={"latency.order": ["1ms", "50ms", "250ms"]})   # a DataFrame

A run is a pure function of one frozen :class:`RunConfig` (:func:`load_config` reads TOML
plus ``--set``-style overrides); the command line (``rumorbt`` / ``python backtest.py``)
builds the same configuration and calls the same functions. Times are integer nanoseconds
UTC inside; money is in the tape's currency; bps = 1e-4.
"""
from __future__ import annotations

import sys
import types
from importlib import import_module
from typing import TYPE_CHECKING

__all__ = ["run", "sweep", "load_config", "as_config", "Result", "RunConfig", "SweepSpec", "load_sweep",
           "REFERENCE_CONFIG", "InputError", "ConfigError", "__version__"]

# Public name -> module that defines it. Imported on first use, so `import rumorbt` stays
# light (backtrader, pandas and matplotlib load only when a run needs them).
_WHERE = {"run": "api", "as_config": "api", "Result": "api",
          "load_config": "config", "RunConfig": "config", "REFERENCE_CONFIG": "config",
          "SweepSpec": "sweep", "load_sweep": "sweep", "InputError": "errors", "ConfigError": "errors"}


def __getattr__(name: str):
    if name == "__version__":
        from .resources import package_version

        return package_version()
    if name in _WHERE:
        value = getattr(import_module(f".{_WHERE[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'rumorbt' has no attribute {name!r}")


class _SweepModule(types.ModuleType):
    """The module ``rumorbt.sweep``, which, called, is the front door :func:`rumorbt.api.sweep`."""

    def __call__(self, *args, **kwargs):
        from .api import sweep

        return sweep(*args, **kwargs)


class _Package(types.ModuleType):
    """``rumorbt.sweep`` names both a submodule and the front-door function. Python binds a
    package attribute to its submodule on import, so the attribute hands out the module made
    callable: ``rumorbt.sweep(grid=...)`` and ``import rumorbt.sweep as sw; sw.load_sweep``
    both work, in whatever order things were imported."""

    @property
    def sweep(self) -> types.ModuleType:
        module = self.__dict__.get("_sweep_module") or import_module(".sweep", __name__)
        if type(module) is types.ModuleType:
            module.__class__ = _SweepModule
        return module

    @sweep.setter
    def sweep(self, module: types.ModuleType) -> None:  # the import system binding the submodule
        self.__dict__["_sweep_module"] = module


sys.modules[__name__].__class__ = _Package


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


if TYPE_CHECKING:  # for type checkers and IDEs
    from .api import Result, as_config, run, sweep
    from .config import REFERENCE_CONFIG, RunConfig, load_config
    from .errors import ConfigError, InputError
    from .sweep import SweepSpec, load_sweep
