"""Lint: pyflakes finds nothing in the package, the adapters, the benchmarks, the tests and
backtest.py (no unused import or variable, no undefined or redefined name)."""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_pyflakes_finds_nothing():
    api = pytest.importorskip("pyflakes.api")
    from pyflakes.reporter import Reporter
    import io

    out, err = io.StringIO(), io.StringIO()
    paths = [str(ROOT / p) for p in ("rumorbt", "strategies", "benchmarks", "tests", "backtest.py")]
    found = api.checkRecursive(paths, Reporter(out, err))
    assert found == 0 and not err.getvalue(), out.getvalue() + err.getvalue()
