"""Every output says what it read: files, hashes, rows used, engine, versions, configuration."""
import hashlib
import json
from importlib import metadata

import pandas as pd

from helpers import DENIAL, RUMOUR, write_headlines, write_tape
from rumorbt.cli import main

ZERO = [x for k in ("filing", "company", "newswire", "major_outlet", "social", "blog") for x in ("--set", f"latency.feed.{k}=0ms")]


def sha(p) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def single(tmp_path):
    tape = write_tape(tmp_path / "META_1s.csv", n=120)
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00.5-05:00", "SomeBlog", RUMOUR),
                                                  ("2022-11-22T10:30:30.5-05:00", "Meta spokesman", DENIAL)])
    return tape, heads, ["run", "--headlines", str(heads), "--prices", str(tape), *ZERO]


def test_run_twice_gives_identical_provenance_and_one_byte_changes_the_hash(tmp_path, capsys):
    tape, heads, args = single(tmp_path)
    assert main([*args, "--out", str(tmp_path / "a")]) == 0
    assert main([*args, "--out", str(tmp_path / "b")]) == 0
    a, b = ((tmp_path / d / "summary.json").read_text() for d in ("a", "b"))
    assert a == b  # the whole summary, provenance included, is a function of the inputs
    s = json.loads(a)
    p = s["inputs"]["prices"]
    assert p["sha256"] == sha(tape) and p["bytes"] == tape.stat().st_size
    assert p["bars"] == p["bars_used"] == 120 and p["ticker"] == "META"
    assert p["reading"] == {"preset": "", "columns": "", "tz": "", "stamp": "start", "epoch_unit": ""}
    assert s["inputs"]["headlines"]["sha256"] == sha(heads) and s["inputs"]["headlines"]["rows"] == 2
    assert s["software"]["engine"] == "fast" and s["software"]["rumorbt"] == metadata.version("rumorbt")
    assert s["config"]["data"]["prices"].endswith("META_1s.csv")
    text = tape.read_text()
    tape.write_text(text.replace("100.01,", "100.02,", 1))  # one byte of one price
    assert main([*args, "--out", str(tmp_path / "c")]) == 0
    c = json.loads((tmp_path / "c" / "summary.json").read_text())
    assert c["inputs"]["prices"]["sha256"] == sha(tape) != p["sha256"]
    assert c["inputs"]["headlines"] == s["inputs"]["headlines"]


def test_a_portfolio_lists_every_tape_it_read_and_not_the_reference_tape(tmp_path, capsys):
    meta = write_tape(tmp_path / "META_a.csv", n=120)
    tsla = write_tape(tmp_path / "TSLA_b.csv", n=120, base=200.0)
    (tmp_path / "AAPL_unused.csv").write_text((tmp_path / "META_a.csv").read_text())  # listed, never needed
    heads = write_headlines(tmp_path / "h.csv", [
        ("2022-11-22T10:30:00.5-05:00", "SomeBlog", RUMOUR, "META"),
        ("2022-11-22T10:30:00.5-05:00", "SomeBlog", "Elon Musk to step down as Tesla CEO, insider source says", "TSLA"),
        ("2022-11-22T10:30:30.5-05:00", "Meta spokesman", DENIAL, "META")])
    (tmp_path / "tapes.csv").write_text("ticker,path,preset\nMETA,META_a.csv,\nTSLA,TSLA_b.csv,\nAAPL,AAPL_unused.csv,\n")
    args = ["run", "--headlines", str(heads), "--tapes", str(tmp_path / "tapes.csv"), *ZERO, "--engine", "fast"]
    assert main([*args, "--out", str(tmp_path / "a")]) == 0
    assert main([*args, "--out", str(tmp_path / "b")]) == 0
    a = (tmp_path / "a" / "summary.json").read_text()
    assert a == (tmp_path / "b" / "summary.json").read_text()
    s = json.loads(a)
    assert s["config"]["data"]["prices"] == ""  # the bundled reference tape was never read
    assert "META_2022-11-22_1s_SIMULATED" not in a
    tapes = {t["ticker"]: t for t in s["inputs"]["tapes"]}
    assert sorted(tapes) == ["META", "TSLA"]  # every tape read, and only those
    assert tapes["META"]["sha256"] == sha(meta) and tapes["TSLA"]["sha256"] == sha(tsla)
    assert tapes["META"]["bars"] == 120 and 0 < tapes["META"]["bars_used"] <= 120
    assert s["inputs"]["headlines"]["sha256"] == sha(heads) and s["inputs"]["headlines"]["rows_used"] == 3
    assert s["software"]["engine"] == "fast"
    assert s["inputs"]["catalog"]["sha256"] == sha(tmp_path / "tapes.csv")
    tsla.write_text(tsla.read_text().replace("200.01,", "200.02,", 1))
    assert main([*args, "--out", str(tmp_path / "c")]) == 0
    c = {t["ticker"]: t for t in json.loads((tmp_path / "c" / "summary.json").read_text())["inputs"]["tapes"]}
    assert c["TSLA"]["sha256"] == sha(tsla) != tapes["TSLA"]["sha256"] and c["META"] == tapes["META"]
    spy = write_tape(tmp_path / "SPY_market.csv", n=120, base=400.0)  # a market tape is an input too
    assert main([*args, "--market", str(spy), "--out", str(tmp_path / "d")]) == 0
    assert json.loads((tmp_path / "d" / "summary.json").read_text())["inputs"]["market"]["sha256"] == sha(spy)


def test_a_tape_read_with_a_preset_records_how(tmp_path, capsys):
    rows = ["t,o,h,l,c,v"] + [f"{(pd.Timestamp('2022-11-22 15:29:50', tz='UTC') + pd.Timedelta(seconds=i)).value // 10**6},"
                              f"{100 + i / 100:.2f},{100.01 + i / 100:.2f},{99.99 + i / 100:.2f},{100 + i / 100:.2f},1000"
                              for i in range(120)]
    (tmp_path / "META_poly.csv").write_text("\n".join(rows) + "\n")
    _, heads, _ = single(tmp_path)
    assert main(["run", "--headlines", str(heads), "--prices", str(tmp_path / "META_poly.csv"), "--preset", "polygon",
                 *ZERO, "--out", str(tmp_path / "o")]) == 0
    p = json.loads((tmp_path / "o" / "summary.json").read_text())["inputs"]["prices"]
    assert p["reading"] == {"preset": "polygon", "columns": "", "tz": "", "stamp": "start", "epoch_unit": "ms"}
    assert p["first_bar"] == "2022-11-22T10:29:50.000000-05:00"


def test_a_sweep_records_the_files_it_reads_and_the_engine(tmp_path, capsys):
    tape, heads, _ = single(tmp_path)
    other = write_tape(tmp_path / "META_other.csv", n=120, base=101.0)
    (tmp_path / "grid.toml").write_text(f'[base]\n"data.headlines" = "{heads}"\n"data.ticker" = "META"\n'
                                        f'[grid]\n"data.prices" = ["{tape}", "{other}"]\n"latency.order" = ["1ms", "50ms"]\n')
    assert main(["sweep", "--config", str(tmp_path / "grid.toml"), "--workers", "1", "--no-progress",
                 "--out", str(tmp_path / "s")]) == 0
    meta = json.loads((tmp_path / "s" / "sweep.json").read_text())
    assert meta["inputs"] == {str(heads): sha(heads), str(tape): sha(tape), str(other): sha(other)}  # not the reference tape
    assert meta["software"]["engine"] == "fast"
