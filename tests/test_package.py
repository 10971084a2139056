"""The package: its front door, its import graph, its command line's manners, and a wheel
that runs the reference case from any folder."""
import ast
import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pandas as pd
import pytest

import rumorbt
from rumorbt.cli import main

ROOT = Path(__file__).resolve().parent.parent


def _imports(path: Path) -> set[str]:
    """rumorbt modules a file imports, at module level or inside functions."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            out |= {node.module.split(".")[0]} if node.module else {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("rumorbt"):
            parts = node.module.split(".")
            out |= {parts[1]} if len(parts) > 1 else {a.name for a in node.names}
    return out


def test_no_import_circle_and_the_library_never_imports_its_command_line():
    graph = {p.stem: _imports(p) for p in (ROOT / "rumorbt").glob("*.py")}
    graph["strategies"] = set().union(*(_imports(p) for p in (ROOT / "strategies").glob("*.py")))
    assert not [m for m, deps in graph.items() if "cli" in deps], "a library module imports cli"
    state: dict[str, int] = {}

    def visit(m: str, path: list[str]) -> None:
        state[m] = 1
        for d in sorted(graph.get(m, ())):
            if state.get(d) == 1:
                raise AssertionError("import circle: " + " -> ".join(path[path.index(d):] + [d]))
            if d in graph and not state.get(d):
                visit(d, path + [d])
        state[m] = 2

    for m in sorted(graph):
        if not state.get(m):
            visit(m, [m])


def test_import_rumorbt_is_light_and_declares_its_surface():
    code = "import sys, rumorbt; print(sorted(m for m in ('backtrader', 'matplotlib', 'pandas') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.strip() == "[]"
    assert {"run", "sweep", "load_config", "Result", "RunConfig", "REFERENCE_CONFIG"} <= set(rumorbt.__all__)
    assert rumorbt.__doc__.lstrip().startswith("rumorbt:") and "res.trades" in rumorbt.__doc__


def test_run_returns_frames_in_exchange_time_and_a_figure_without_touching_pyplot():
    import matplotlib
    import matplotlib.pyplot as plt

    backend = matplotlib.get_backend()
    res = rumorbt.run({"latency.order": "5ms"})
    t = res.trades
    assert isinstance(t, pd.DataFrame) and len(t) == 1 and t.loc[0, "exit_reason"] == "denial"
    assert str(t["entry_time"].dt.tz) == "America/New_York" == res.zone
    # the same instant as the engine's integer ns, to the nanosecond
    assert t.loc[0, "entry_time"].value == res.round_trips[0].entry_time
    assert t.loc[0, "net_pnl"] == res.round_trips[0].net_pnl
    assert res.stats.trades == 1 and round(res.stats.net_pnl, 2) == round(t.loc[0, "net_pnl"], 2)
    assert list(res.decisions.columns) == ["time", "event", "action", "detail"] and "enter" in set(res.decisions["action"])
    fig = res.plot()
    assert type(fig).__name__ == "Figure" and len(fig.axes) == 2
    assert matplotlib.get_backend() == backend and plt.get_fignums() == []


def test_a_notebook_run_equals_the_command_line_run(tmp_path, capsys):
    assert main(["run", "--set", "latency.order=5ms", "--out", str(tmp_path / "cli")]) == 0
    capsys.readouterr()
    res = rumorbt.run(rumorbt.REFERENCE_CONFIG, latency__order="5ms")
    out = res.write(tmp_path / "nb")
    for f in ("trades.csv", "summary.json"):
        assert (out / f).read_bytes() == (tmp_path / "cli" / f).read_bytes(), f


def test_sweep_returns_a_frame_writes_nothing_and_can_be_called_twice(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    grid = {"latency.order": ["1ms", "250ms"], "strategy.direction": ["long", "short"]}
    a = rumorbt.sweep(grid=grid)
    b = rumorbt.sweep(grid=grid)
    assert list(tmp_path.iterdir()) == []
    pd.testing.assert_frame_equal(a, b)
    assert list(a.columns[:3]) == ["combo", "latency.order", "strategy.direction"] and len(a) == 4
    # a row is what a run reports for its values
    row = a.iloc[3]
    res = rumorbt.run({"latency.order": "250ms", "strategy.direction": "short"})
    assert row["net_pnl"] == round(res.stats.net_pnl, 2)
    written = rumorbt.sweep(grid=grid, out=tmp_path / "s")
    pd.testing.assert_frame_equal(written, a)
    assert (tmp_path / "s" / "results.csv").exists()


def test_the_default_zone_is_the_default_calendars():
    from rumorbt.domain import DEFAULT_CALENDAR, DEFAULT_ZONE
    from rumorbt.sessions import exchange_zone

    assert exchange_zone(DEFAULT_CALENDAR) == DEFAULT_ZONE
    assert exchange_zone("XLON") == "Europe/London" and exchange_zone("24h") == "UTC"


def test_help_shows_defaults_and_version(capsys):
    with pytest.raises(SystemExit) as e:
        main(["--version"])
    assert e.value.code == 0 and capsys.readouterr().out.strip() == f"rumorbt {rumorbt.__version__}"
    with pytest.raises(SystemExit):
        main(["sweep", "--help"])
    out = capsys.readouterr().out
    assert "(default: out/sweep)" in out and "(default: fast)" in out


def _dependency_closure(requires: list[str]) -> dict:
    """The installed distributions that ``requires`` (Requires-Dist lines) needs, transitively,
    markers evaluated here (extras included where a requirement asks for them)."""
    import re
    from importlib import metadata

    from packaging.requirements import Requirement

    found: dict = {}
    todo = [(r, ("",)) for r in requires]
    while todo:
        line, extras = todo.pop()
        req = Requirement(line)
        if req.marker is not None and not any(req.marker.evaluate({"extra": e}) for e in extras):
            continue
        key = re.sub(r"[-_.]+", "-", req.name).lower()
        if key not in found:
            found[key] = dist = metadata.distribution(req.name)
            todo += [(r, ("", *req.extras)) for r in dist.requires or []]
    return found


def _wheel_from_installed(dist, out: Path) -> Path:
    """Pack an installed distribution back into a wheel (its files as RECORD lists them, the
    same tags; scripts outside site-packages left out: pip writes console scripts anew)."""
    import base64
    import csv
    import hashlib
    import io
    import re
    import zipfile

    info = next(Path(str(f)).parent for f in dist.files if str(f).endswith(".dist-info/METADATA"))
    tags = [ln.split(":", 1)[1].strip() for ln in dist.read_text("WHEEL").splitlines() if ln.startswith("Tag:")]
    tag = "-".join(".".join(dict.fromkeys(t.split("-")[i] for t in tags)) for i in range(3))
    path = out / f"{re.sub(r'[-_.]+', '_', dist.metadata['Name'])}-{dist.version}-{tag}.whl"
    record = io.StringIO()
    rows = csv.writer(record, lineterminator="\n")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:  # stored: pip unpacks it at once
        for f in dist.files:
            name = str(f)
            if name.startswith("..") or "__pycache__" in name or name == f"{info.as_posix()}/RECORD" or not dist.locate_file(f).is_file():
                continue
            data = dist.locate_file(f).read_bytes()
            z.writestr(name, data)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            rows.writerow((name, f"sha256={digest}", len(data)))
        rows.writerow((f"{info.as_posix()}/RECORD", "", ""))
        z.writestr(f"{info.as_posix()}/RECORD", record.getvalue())
    return path


@pytest.mark.slow
def test_built_wheel_installs_with_its_dependencies_and_runs_from_another_folder(tmp_path):
    """Build a wheel from the files git would track (no venvs, caches or outputs); install it
    into a fresh virtual environment the way a user does, dependencies and all, resolved by pip
    from the wheel's own Requires-Dist; run the ``rumorbt`` console script from an unrelated
    folder. Offline: pip may use only a wheelhouse packed from this environment's installed
    copies of exactly what the wheel declares (transitively), so a dependency missing from
    pyproject.toml is missing there too and the install or the run fails."""
    import zipfile

    src = tmp_path / "src"
    files = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT, capture_output=True, check=True).stdout.decode().split("\0")
    if not any(files):
        pytest.skip("not a git checkout")
    for f in filter(None, files):
        if (ROOT / f).is_file():
            (src / f).parent.mkdir(parents=True, exist_ok=True)
            (src / f).write_bytes((ROOT / f).read_bytes())
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(src), "-w", str(dist)],
                   check=True, capture_output=True, cwd=tmp_path)
    (wheel,) = dist.glob("rumorbt-*.whl")
    with zipfile.ZipFile(wheel) as z:
        meta = z.read(next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))).decode()
    requires = [ln.split(":", 1)[1].strip() for ln in meta.splitlines() if ln.startswith("Requires-Dist:")]
    house = tmp_path / "wheelhouse"
    house.mkdir()
    for d in _dependency_closure(requires).values():
        _wheel_from_installed(d, house)
    env_dir = tmp_path / "fresh"
    venv.create(env_dir, with_pip=False)
    py = env_dir / "bin" / "python"
    # no pip configuration or PIP_* variable of this machine (an index, extra find-links) may help
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV") and not k.startswith("PIP_")}
    env["PIP_CONFIG_FILE"] = os.devnull
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--python", str(py)]
    r = subprocess.run([*pip, "install", "-q", "--no-compile", "--no-index", "--find-links", str(house), str(wheel)],
                       capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    check = subprocess.run([*pip, "check"], capture_output=True, text=True, env=env)
    assert check.returncode == 0, check.stdout
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = subprocess.run([str(py), "-c", "import rumorbt.resources as r, rumorbt.strategies as s, pandas; "
                                           "print(r.data_dir()); print(s.__file__); print(pandas.__file__)"],
                           capture_output=True, text=True, check=True, cwd=elsewhere, env=env).stdout.split()
    assert all(w.startswith(str(env_dir)) for w in where), where
    r = subprocess.run([str(env_dir / "bin" / "rumorbt")], capture_output=True, text=True, cwd=elsewhere,
                       env={**env, "MPLBACKEND": "Agg"})
    assert r.returncode == 0, r.stderr
    s = json.loads((elsewhere / "out" / "reference" / "summary.json").read_text())
    assert s["trades"] == 1 and s["simulated_data"] is True


def test_a_checkouts_rumorbt_finds_the_top_level_strategies_without_the_editable_finder():
    """A plain install beside a checkout: `python backtest.py --engine backtrader` imports the
    checkout's `rumorbt`, whose folder has no `strategies/`; the old `from .strategies import`
    failed there with ModuleNotFoundError (the editable install's finder hid it in CI)."""
    code = ("import sys; sys.meta_path[:] = [f for f in sys.meta_path if 'editable' not in "
            "getattr(f, '__module__', type(f).__module__)]; "
            f"sys.path.insert(0, {str(ROOT)!r}); "
            "from rumorbt.resources import strategies_module; m = strategies_module(); "
            "import rumorbt.strategies as s; print(m is s, m.HeadlineRumorStrategy.__name__, m.__file__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd="/")
    assert out.returncode == 0, out.stderr
    same, name, where = out.stdout.split()
    assert (same, name) == ("True", "HeadlineRumorStrategy")
    assert Path(where) == ROOT / "strategies" / "__init__.py"
