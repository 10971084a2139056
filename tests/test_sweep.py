"""Sweeps: fast path parity with backtrader, rows that reproduce with `run`, resume after
SIGKILL, a Dask cluster giving the same file as local processes."""
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pandas as pd
import pytest

from helpers import DENIAL, RUMOUR, config, random_overrides, write_headlines, write_tape
from rumorbt.cli import main
from rumorbt.engine import load_inputs, run
from rumorbt.fastpath import run_fast
from rumorbt.sweep import load_sweep
from rumorbt.sweep_run import run_sweep


def eventful_tape(tmp_path: Path) -> Path:
    """Rises 1% over a minute after 10:30, drifts, falls after 10:40, with uneven volume."""
    path = write_tape(tmp_path / "tape.csv", n=1500, step=0.0)
    df = pd.read_csv(path)
    rng = random.Random(5)
    mids, vols = [], []
    for i in range(len(df)):
        m = 100.0 + (1.0 * min(max(i - 10, 0), 60) / 60) - (1.2 * min(max(i - 610, 0), 90) / 90) + rng.uniform(-0.05, 0.05)
        mids.append(round(m, 2))
        vols.append(rng.choice([200, 900, 3000]))
    m = pd.Series(mids)
    df["open"], df["close"], df["high"], df["low"] = m, m, (m + 0.02).round(2), (m - 0.02).round(2)
    df["bid"], df["ask"], df["volume"] = (m - 0.01).round(2), (m + 0.01).round(2), vols
    df.to_csv(path, index=False)
    return path


def headlines(tmp_path: Path) -> Path:
    return write_headlines(tmp_path / "h.csv", [
        ("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR),
        ("2022-11-22T10:35:00-05:00", "AnotherBlog", "Zuckerberg set to quit as Meta CEO, people familiar say"),
        ("2022-11-22T10:40:00-05:00", "Twitter", DENIAL),
    ])


def test_fast_path_matches_backtrader_on_random_combinations(tmp_path):
    tape, heads = eventful_tape(tmp_path), headlines(tmp_path)
    base = config(heads, tape)
    inputs = load_inputs(base)
    rng = random.Random(2024)
    kinds = set()
    for _ in range(40):
        cfg = base.with_overrides(random_overrides(rng))
        slow, fast = run(cfg, inputs, engine="backtrader").trades, run_fast(cfg, inputs)
        assert fast == slow, cfg.to_dict()
        kinds |= {t.exit_reason for t in slow}
    # the draws exercised the exits, not just one path
    assert {"denial", "max_hold", "stop_loss"} <= kinds


def test_fast_path_matches_backtrader_on_the_reference_case():
    from rumorbt.config import REFERENCE_CONFIG
    from rumorbt.config import load_config

    base = load_config(REFERENCE_CONFIG)
    inputs = load_inputs(base)
    for o in ({}, {"strategy.direction": "follow", "strategy.trailing_stop_bps": "10", "costs.participation_cap": "0.02",
                   "strategy.size_mode": "equity_fraction", "strategy.size": "0.5"}):
        cfg = base.with_overrides(o)
        assert run_fast(cfg, inputs) == run(cfg, inputs, engine="backtrader").trades


def sweep_file(tmp_path: Path, grid: str, extra: str = "") -> Path:
    tape, heads = eventful_tape(tmp_path), headlines(tmp_path)
    p = tmp_path / "sweep.toml"
    p.write_text(textwrap.dedent(f"""
        [base]
        "data.headlines" = "{heads}"
        "data.prices" = "{tape}"
        "data.ticker" = "META"
        "costs.sigma_daily" = 0.02
        "costs.adv_shares" = 1000000
        [grid]
        {grid}
        {extra}
    """))
    return p


GRID = '''"latency.feed.blog" = ["1s", "20s", "90s"]
"latency.order" = ["1ms", "400ms"]
"strategy.direction" = ["long", "follow"]
"costs.participation_cap" = [0.0, 0.1]'''


def test_default_sweep_has_at_least_1000_combinations():
    assert load_sweep(None).size >= 1000


def test_a_row_reproduces_with_run_set_to_the_cent(tmp_path, capsys):
    spec = load_sweep(str(sweep_file(tmp_path, GRID)))
    results = run_sweep(spec, tmp_path / "out", workers=1, progress=False)
    df = pd.read_csv(results, dtype=str, keep_default_na=False)
    assert list(df.columns[:5]) == ["combo", "latency.feed.blog", "latency.order", "strategy.direction", "costs.participation_cap"]
    assert len(df) == 24 and list(df["combo"].astype(int)) == list(range(24))
    for i in (0, 7, 19):
        row = df.iloc[i]
        sets = [f"--set={k}={row[k]}" for k in spec.grid] + [f"--set={k}={v}" for k, v in spec.base.items()]
        out = tmp_path / f"run{i}"
        assert main(["run", *sets, "--out", str(out)]) == 0
        capsys.readouterr()
        summary = pd.read_json(out / "summary.json", typ="series")
        assert int(summary["trades"]) == int(row["trades"])
        if int(row["trades"]) == 0:  # no trade: the row's money cells are empty, not 0.00
            assert row["net_pnl"] == row["fees"] == row["hit_rate"] == "" and summary["hit_rate"] is None
            continue
        assert f"{summary['net_pnl']:.2f}" == row["net_pnl"]
        assert f"{summary['fees']:.2f}" == row["fees"]


def test_backtrader_engine_gives_the_same_rows(tmp_path):
    f = sweep_file(tmp_path, '"latency.feed.blog" = ["1s", "90s"]\n"strategy.direction" = ["long", "follow"]')
    fast = run_sweep(load_sweep(str(f)), tmp_path / "fast", workers=1, progress=False)
    slow = run_sweep(load_sweep(str(f), engine="backtrader"), tmp_path / "bt", workers=1, progress=False)
    assert fast.read_bytes() == slow.read_bytes()


def test_local_processes_and_dask_cluster_give_identical_results(tmp_path):
    distributed = pytest.importorskip("distributed")
    spec = load_sweep(str(sweep_file(tmp_path, GRID)))
    one = run_sweep(spec, tmp_path / "one", workers=1, progress=False, chunk_size=5)
    two = run_sweep(spec, tmp_path / "two", workers=2, progress=False, chunk_size=3)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        dask = run_sweep(spec, tmp_path / "dask", scheduler=client, progress=False, chunk_size=4)
    assert one.read_bytes() == two.read_bytes() == dask.read_bytes()


def test_resume_after_sigkill_loses_and_repeats_no_row(tmp_path):
    f = sweep_file(tmp_path, GRID, '[sweep]\ndraws = 1')
    ref = run_sweep(load_sweep(str(f)), tmp_path / "ref", workers=1, progress=False)
    out = tmp_path / "killed"
    script = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        import rumorbt.sweep as sw
        from rumorbt.sweep_run import run_sweep
        real = sw.evaluate_chunk
        def slow(spec, idx):
            time.sleep(0.15)
            return real(spec, idx)
        sw.evaluate_chunk = slow
        run_sweep(sw.load_sweep({str(f)!r}, engine="backtrader"), {str(out)!r}, workers=1, progress=False, chunk_size=2)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script])
    results = out / "results.csv"
    deadline = time.time() + 60
    while time.time() < deadline:
        if results.exists() and results.read_text().count("\n") >= 5:
            break
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = results.read_text().count("\n") - 1
    assert 0 < partial < 24, "the sweep must be killed midway for this test to mean anything"
    with open(results, "a") as fh:  # as if killed in the middle of a write
        fh.write("13,1s,1m")
    resumed = run_sweep(load_sweep(str(f), engine="backtrader"), out, workers=1, resume=True, progress=False)
    assert resumed.read_bytes() == ref.read_bytes()


def test_existing_results_need_resume_and_a_different_sweep_is_refused(tmp_path, capsys):
    f = sweep_file(tmp_path, '"latency.order" = ["1ms", "400ms"]')
    out = tmp_path / "o"
    assert main(["sweep", "--config", str(f), "--workers", "1", "--no-progress", "--out", str(out)]) == 0
    assert (out / "heatmap.png").exists() is False  # one grid key: no heatmap
    assert (out / "latency_curve.png").exists() and (out / "best.csv").exists()
    capsys.readouterr()
    assert main(["sweep", "--config", str(f), "--workers", "1", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "--resume" in err and len(err.strip().splitlines()) == 1  # the refusal alone, no estimate before it
    g = sweep_file(tmp_path, '"latency.order" = ["2ms", "400ms"]')
    assert main(["sweep", "--config", str(g), "--workers", "1", "--resume", "--out", str(out)]) == 2
    assert "different sweep" in capsys.readouterr().err


def test_bad_grid_key_is_named(tmp_path, capsys):
    f = sweep_file(tmp_path, '"latency.orders" = ["1ms"]')
    assert main(["sweep", "--config", str(f), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert "latency.orders" in err and "unknown key" in err and len(err.strip().splitlines()) == 1


def test_repeated_draws_report_mean_and_percentiles(tmp_path):
    f = sweep_file(tmp_path, '"latency.order" = ["1ms", "400ms"]', '''[sweep]
draws = 4''')
    extra = tmp_path / "jitter.toml"
    extra.write_text(f.read_text().replace('[grid]', '"latency.decision.model" = "lognormal"\n"latency.decision.median" = "2s"\n"latency.decision.sigma" = 1.0\n[grid]'))
    spec = load_sweep(str(extra))
    df = pd.read_csv(run_sweep(spec, tmp_path / "o", workers=1, progress=False))
    assert list(df.columns[-3:]) == ["net_pnl_p5", "net_pnl_p95", "simulated_data"]
    assert (df["net_pnl_p5"] <= df["net_pnl"] + 1e-9).all() and (df["net_pnl"] <= df["net_pnl_p95"] + 1e-9).all()
    assert (df["net_pnl_p95"] > df["net_pnl_p5"]).any()  # the jitter did spread the outcomes


def test_a_grid_over_data_files_reads_each_file(tmp_path):
    """Grid keys may name data settings too: each combination uses its own tape."""
    f = sweep_file(tmp_path, "")
    flat = write_tape(tmp_path / "flat.csv", n=1500, step=0.0)
    text = f.read_text().replace("[grid]", f'[grid]\n"data.prices" = ["{tmp_path / "tape.csv"}", "{flat}"]')
    f.write_text(text)
    df = pd.read_csv(run_sweep(load_sweep(str(f)), tmp_path / "o", workers=1, progress=False))
    assert df.loc[0, "net_pnl"] != df.loc[1, "net_pnl"]


def test_a_combination_that_does_not_trade_has_empty_cells_not_zeros(tmp_path, monkeypatch):
    """follow on the reference case has seen no move at 5 s: no trade. Its money, hit rate and
    bps cells are empty in results.csv (the kernel's rows and the per-combination path's alike),
    NaN in the notebook's table, so a mean over the column is over the combinations that trade."""
    import rumorbt
    from rumorbt import sweep as S

    grid = {"strategy.direction": ["long", "follow"], "latency.feed.blog": ["5s"]}
    rows = {}
    for path in ("kernel", "reference"):
        S._WORKER.clear()
        monkeypatch.setenv("RUMORBT_NO_KERNEL", "1" if path == "reference" else "")
        if path == "kernel":
            monkeypatch.delenv("RUMORBT_NO_KERNEL")
        spec = load_sweep(None, grid=grid)
        assert S.rows_by_path(spec)[path] == 2
        rows[path] = run_sweep(spec, tmp_path / path, workers=1, progress=False).read_text()
    assert rows["kernel"] == rows["reference"]
    head, long_row, follow_row = rows["kernel"].splitlines()
    cells = dict(zip(head.split(","), follow_row.split(",")))
    assert cells["trades"] == "0" and cells["open_trades"] == "0"
    for k in S.NO_TRADE_EMPTY[:-2] + ("open_net_pnl",):
        assert cells[k] == "", k
    assert cells["total_latency_ms"] == "5276.63"  # the latency is the combination's, traded or not
    assert dict(zip(head.split(","), long_row.split(",")))["net_pnl"] == "734.44"
    S._WORKER.clear()
    table = rumorbt.sweep(grid=grid)
    assert table["net_pnl"].isna().tolist() == [False, True] and table["net_pnl"].mean() == pytest.approx(734.44)


def test_repeated_draws_average_hit_rate_over_the_draws_that_trade():
    """Two draws: one trades once (a win of 10.00 on 1,000 of notional: 100 bps), one does not.
    Money is averaged over both (a draw that does not trade made nothing); hit rate and bps over
    the draw that traded; a row where no draw trades is empty, not 0.00."""
    from rumorbt.sweep import DRAW_METRICS, METRICS, SweepSpec, kernel_lines, mean_over_draws

    nan = float("nan")
    traded = {k: 0.0 for k in METRICS} | {"trades": 1, "net_pnl": 10.0, "hit_rate": 1.0, "mean_net_bps": 100.0}
    idle = {k: 0.0 for k in METRICS} | {"trades": 0, "hit_rate": nan, "mean_net_bps": nan}
    m = mean_over_draws([traded, idle])
    assert (m["trades"], m["net_pnl"], m["hit_rate"], m["mean_net_bps"]) == (0.5, 5.0, 1.0, 100.0)
    import numpy as np

    spec = SweepSpec({}, {"latency.order": ["1ms", "2ms"]}, draws=2)
    arrays = {k: np.array([m.get(k, 0.0), 0.0]) for k in (*METRICS, *DRAW_METRICS)} | {"hit_rate": np.array([1.0, nan])}
    one, none = kernel_lines(spec, np.array([0, 1]), arrays, "false")
    assert one.startswith("0,1ms,0.50,5.00,0.00,0.00,1.00,100.00,")
    assert none.startswith("1,2ms,0.00,,,,,,,,,,0.00,0.00,,,,false")


def sweep_over_a_2015_tape(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A two-combination sweep file over a 2015 tape (older than the fee table's first rates), its tape and headlines."""
    tape = write_tape(tmp_path / "META_t.csv", start="2015-07-14T11:30:00-04:00", n=600)
    heads = write_headlines(tmp_path / "h.csv", [("2015-07-14T11:31:00-04:00", "SomeBlog", RUMOUR),
                                                 ("2015-07-14T11:35:00-04:00", "Twitter", DENIAL)])
    f = tmp_path / "s.toml"
    f.write_text(f'[base]\n"data.headlines" = "{heads}"\n"data.prices" = "{tape}"\n'
                 '[grid]\n"strategy.direction" = ["long", "short"]\n')
    return f, tape, heads


def test_a_sweep_on_a_tape_older_than_the_fee_table_says_its_fees_are_missing(tmp_path, capsys):
    """`run` warns that a 2015 trade pays no SEC fee and no TAF (the table starts 2020 and 2022);
    the sweep said nothing and its rows charged 0 silently. Now it says both, once, and a row
    still equals run's fees to the cent."""
    import json

    f, tape, heads = sweep_over_a_2015_tape(tmp_path)
    assert main(["sweep", "--config", str(f), "--workers", "1", "--no-progress", "--out", str(tmp_path / "sw")]) == 0
    said = [ln for ln in capsys.readouterr().out.splitlines() if "us_regulatory_fees.csv" in ln]
    assert len(said) == 2 and all(ln.startswith("warning: ") for ln in said)
    assert "no SEC Section 31 rate on file before 2020-02-18; a trade on META_t.csv before then, from its first bar " \
           "(2015-07-14) is charged 0 for it: set costs.sec_fee_per_million" in said[0]
    assert "no FINRA TAF rate on file before 2022-01-01" in said[1] and "costs.taf_per_share and costs.taf_max" in said[1]
    assert json.loads((tmp_path / "sw" / "sweep.json").read_text())["warnings"] == said
    row = pd.read_csv(tmp_path / "sw" / "results.csv").iloc[0]
    assert main(["run", "--headlines", str(heads), "--prices", str(tape), "--set", "strategy.direction=long",
                 "--out", str(tmp_path / "r")]) == 0
    assert [ln for ln in capsys.readouterr().out.splitlines() if "us_regulatory_fees.csv" in ln and "trade 1 (2015-07-14)" in ln]
    summary = json.loads((tmp_path / "r" / "summary.json").read_text())
    assert row["trades"] == summary["trades"] == 1 and f"{row['fees']:.2f}" == f"{summary['fees']:.2f}"


def test_paths_in_a_sweep_file_are_relative_to_it_as_in_a_config_file(tmp_path, monkeypatch):
    """[base] and [grid] data paths, like `config` and `sweep.prices_dir`, are read from the sweep
    file's folder; a --set path stays the working directory's (as `run --set` takes it)."""
    runs = tmp_path / "study"
    runs.mkdir()
    tape, heads = eventful_tape(runs), headlines(runs)
    (runs / "sweep.toml").write_text(textwrap.dedent(f"""
        [base]
        "data.headlines" = "{heads.name}"
        "data.prices" = "{tape.name}"
        "data.ticker" = "META"
        [grid]
        "data.prices" = ["{tape.name}", "{tape}"]
    """))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    spec = load_sweep(str(runs / "sweep.toml"))
    assert spec.base_config().data.headlines == str(heads.resolve())
    assert spec.base_config().data.prices == str(tape.resolve())
    assert spec.grid["data.prices"] == [str(tape.resolve()), str(tape)]
    assert load_sweep(str(runs / "sweep.toml"), {"data.headlines": "mine.csv"}).base_config().data.headlines == "mine.csv"


def test_a_notebook_sweep_says_what_the_command_line_sweep_says_about_its_inputs(tmp_path):
    """rumorbt.sweep() without a folder said nothing about a 2015 tape's missing fee rates; now
    the same lines as sweep.json's are in the frame's attrs and shown once as a Python warning."""
    import warnings

    import rumorbt

    f, _, _ = sweep_over_a_2015_tape(tmp_path)
    with warnings.catch_warnings(record=True) as shown:
        warnings.simplefilter("always")
        df = rumorbt.sweep(f)
    said = [w for w in df.attrs["warnings"] if "us_regulatory_fees.csv" in w]
    assert len(said) == 2 and "no SEC Section 31 rate on file before 2020-02-18" in said[0]
    ours = [str(w.message) for w in shown if str(w.message).startswith("rumorbt.sweep: ")]
    assert len(ours) == 1 and said[0] in ours[0] and said[1] in ours[0]
    assert len(df) == 2


def test_an_empty_path_in_a_sweep_or_config_file_stays_no_file(tmp_path):
    """"data.aliases" = "" (no alias file, the default) became the sweep file's folder once sweep
    files' paths were read relative to them, and the run stopped on IsADirectoryError; a config
    file's [data] aliases = "" did the same."""
    from rumorbt.config import load_config

    f = tmp_path / "s.toml"
    f.write_text('[base]\n"data.aliases" = ""\n[grid]\n"data.sources" = ["", "mine.csv"]\n')
    spec = load_sweep(str(f))
    assert spec.base_config().data.aliases == "" and spec.grid["data.sources"] == ["", str((tmp_path / "mine.csv").resolve())]
    c = tmp_path / "c.toml"
    c.write_text('[data]\naliases = ""\nsources = "src.csv"\n')
    cfg = load_config(str(c))
    assert cfg.data.aliases == "" and cfg.data.sources == str((tmp_path / "src.csv").resolve())


def test_the_default_sweep_evaluates_its_grid_once_and_writes_what_a_fresh_evaluation_gives(tmp_path, monkeypatch):
    """Its time estimate evaluates every combination of a small grid (one chunk) on the batch
    kernel: the sweep writes those rows instead of evaluating the same chunk again, and they
    are the rows a fresh evaluation of that chunk gives."""
    from rumorbt import kernel, sweep as S

    calls = []
    real = kernel.SweepKernel.metrics
    monkeypatch.setattr(kernel.SweepKernel, "metrics", lambda self, combos, *a, **k: calls.append(len(combos)) or real(self, combos, *a, **k))
    assert main(["sweep", "--no-progress", "--workers", "1", "--out", str(tmp_path / "s")]) == 0
    spec = S.load_sweep(None)
    assert calls == [1, spec.size]  # the estimate's warm-up row, then the whole grid once
    S._WORKER.clear()
    fresh = S.evaluate_chunk(spec, list(range(spec.size)))
    assert (tmp_path / "s" / "results.csv").read_text().split("\n", 1)[1] == fresh
