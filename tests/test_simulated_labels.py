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


def test_a_renamed_or_unzipped_copy_of_the_bundled_tape_is_still_simulated(tmp_path, capsys):
    """The stranger's case: the bundled SIMULATED tape's bytes under another name ran as a real
    result (no banner, simulated_data false). Its prices identify it, not its name."""
    import gzip
    import shutil

    from rumorbt.config import REFERENCE_DIR
    from rumorbt.tape import load_tape

    bundled = REFERENCE_DIR / "META_2022-11-22_1s_SIMULATED.csv.gz"
    renamed = tmp_path / "META_2022-11-22_1s.csv.gz"
    shutil.copyfile(bundled, renamed)
    unzipped = tmp_path / "p_good.csv"
    unzipped.write_bytes(gzip.decompress(renamed.read_bytes()))
    for f in (renamed, unzipped):
        tape = load_tape(f, "META")
        assert tape.simulated and any("META_2022-11-22_1s_SIMULATED.csv.gz" in n for n in tape.notes)
    out = tmp_path / "run"
    headlines = REFERENCE_DIR / "META_2022-11-22_headlines.csv"
    assert main(["run", "--headlines", str(headlines), "--prices", str(unzipped), "--ticker", "META", "--out", str(out)]) == 0
    assert "*** SIMULATED" in capsys.readouterr().out
    assert says_simulated(out) == {".csv", ".json", ".png", ".html"}
    # one close changed by a cent: other prices, not the bundled tape's
    lines = unzipped.read_text().splitlines()
    head = lines[0].split(",")
    row = lines[5000].split(",")
    row[head.index("close")] = f"{float(row[head.index('close')]) + 0.01:.4f}"
    lines[5000] = ",".join(row)
    changed = tmp_path / "p_changed.csv"
    changed.write_text("\n".join(lines) + "\n")
    assert not load_tape(changed, "META").simulated


def test_the_fingerprint_table_lists_every_bundled_simulated_tape():
    import csv

    from rumorbt.resources import data_dir, data_path
    from rumorbt.tape import SIMULATED_TAPES, load_tape, price_fingerprint

    with open(data_path(SIMULATED_TAPES), newline="", encoding="utf-8") as fh:
        table = {r["file"]: (int(r["bars"]), r["fingerprint"]) for r in csv.DictReader(fh)}
    found = {}
    for p in sorted(data_dir().rglob("*SIMULATED*")):
        t = load_tape(p, "META")
        found[p.relative_to(data_dir()).as_posix()] = (len(t), price_fingerprint(t.t_open, t.close))
    assert found and table == found
