"""Everything derived from simulated data says SIMULATED: every table has simulated_data = true
on every row, every JSON says so, every PNG carries it in its metadata (and its title), every
HTML page in its text, and the console too — for a run, a portfolio, a latency curve and a sweep
over many events of a `simulate --population`."""
import json

import pandas as pd
import pytest

from rumorbt.cli import main

CHECKPOINTS = {"progress.sha256", "per_event.sha256"}  # byte counts and hashes of the files above, not data


def says_simulated(folder):
    seen = set()
    for f in sorted(folder.iterdir()):
        if f.name.startswith(".") or f.name in CHECKPOINTS:
            continue
        seen.add(f.suffix)
        if f.suffix == ".csv":
            t = pd.read_csv(f)
            assert len(t) and (t["simulated_data"] == True).all(), f.name  # noqa: E712
        elif f.suffix == ".json":
            d = json.loads(f.read_text())
            assert d["simulated_data"] is True and "SIMULATED" in d["data_warning"], f.name
        elif f.suffix in (".png", ".html"):
            assert b"SIMULATED" in f.read_bytes(), f.name
        else:
            pytest.fail(f"{f.name}: an output this test does not know")
    return seen


@pytest.fixture(scope="module")
def pop(tmp_path_factory):
    d = tmp_path_factory.mktemp("sim")
    assert main(["simulate", "--population", "6", "--tickers", "AAA,BBB", "--seed", "3", "--out", str(d / "pop")]) == 0
    return d


def test_run_portfolio_and_latency_curve(pop, capsys):
    h, prices = str(pop / "pop" / "headlines_SIMULATED.csv"), str(pop / "pop" / "prices")
    assert main(["run", "--headlines", h, "--prices-dir", prices, "--market", str(pop / "pop" / "SPY_2023_1min_SIMULATED.csv.gz"),
                 "--engine", "fast", "--out", str(pop / "pf")]) == 0
    assert "SIMULATED" in capsys.readouterr().out
    assert says_simulated(pop / "pf") == {".csv", ".json", ".png", ".html"}
    assert main(["latency-curve", "--headlines", h, "--prices-dir", prices, "--latencies", "0ms,1min", "--boot", "50",
                 "--out", str(pop / "lc")]) == 0
    assert "SIMULATED" in capsys.readouterr().out
    assert says_simulated(pop / "lc") == {".csv", ".png"}


def test_single_run_on_simulated_headlines_with_a_real_tape_says_simulated(tmp_path, capsys):
    """A run is SIMULATED when either input is: here only the headline file is."""
    from test_event_study import population

    population(tmp_path)
    h = tmp_path / "h_SIMULATED.csv"
    h.write_bytes((tmp_path / "h.csv").read_bytes())
    assert main(["run", "--headlines", str(h), "--prices", str(tmp_path / "prices" / "XYZ_tiny.csv"),
                 "--out", str(tmp_path / "o")]) == 0
    assert "SIMULATED" in capsys.readouterr().out
    assert says_simulated(tmp_path / "o") >= {".csv", ".json", ".png"}


def test_sweep_over_many_simulated_events(pop, capsys):
    f = pop / "s.toml"
    f.write_text(f'[base]\n"data.headlines" = "{pop / "pop" / "headlines_SIMULATED.csv"}"\n'
                 '[grid]\n"latency.feed.blog" = ["0ms", "2min"]\n"costs.impact_k" = [0, 1]\n'
                 f'[sweep]\nprices_dir = "{pop / "pop" / "prices"}"\n')
    assert main(["sweep", "--config", str(f), "--workers", "1", "--no-progress", "--out", str(pop / "sw")]) == 0
    assert "SIMULATED" in capsys.readouterr().out
    assert says_simulated(pop / "sw") == {".csv", ".json", ".png"}
