"""The bundled reference case and the simulated tape behind it."""
import gzip
import json

import pandas as pd

from rumorbt.cli import main
from rumorbt.config import REFERENCE_DIR
from rumorbt.synthetic import generate, load_scenario

TAPE = REFERENCE_DIR / "META_2022-11-22_1s_SIMULATED.csv.gz"


def test_default_command_replays_the_reference_case(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "SIMULATED" in out and "Wrote out/reference/trades.csv" in out
    s = json.loads((tmp_path / "out/reference/summary.json").read_text())
    assert s["simulated_data"] is True and "SIMULATED" in s["data_warning"]
    assert s["trades"] == 1
    t = pd.read_csv(tmp_path / "out/reference/trades.csv")
    assert t.loc[0, "exit_reason"] == "denial" and bool(t.loc[0, "simulated_data"])
    assert t.loc[0, "entry_time"].startswith("2022-11-22T11:0") and t.loc[0, "entry_time"].endswith("-05:00")
    # attribution adds up: zero-latency move - latency - spread - slippage - impact - fees = net
    a = s["attribution"]
    assert round(a["zero_latency_move"] - a["latency_cost"] - a["spread_cost"] - a["slippage_cost"]
                 - a["impact_cost"] - a["fees"], 2) == a["net_pnl"]
    assert (tmp_path / "out/reference/report.png").stat().st_size > 10_000


def test_bundled_tape_is_what_the_generator_makes():
    sc = load_scenario(REFERENCE_DIR / "META_2022-11-22_scenario.toml")
    df = generate(sc, 20221122)
    fresh = df.to_csv(index=False, float_format="%.2f", lineterminator="\n")
    with gzip.open(TAPE, "rt") as fh:
        assert fh.read() == fresh


def test_simulated_tape_matches_the_documented_facts():
    df = pd.read_csv(TAPE)
    sc = load_scenario(REFERENCE_DIR / "META_2022-11-22_scenario.toml")
    assert len(df) == 23_400  # 09:30:00 .. 15:59:59, one-second bars
    assert df["close"].iloc[-1] == 111.44  # reported close
    assert round(df["close"].iloc[-1] / sc.prev_close - 1, 3) == 0.014  # +1.4% on the scenario's prior close
    t = df.set_index("timestamp")
    before, peak = t.loc["2022-11-22T11:00:00-05:00", "close"], t.loc["2022-11-22T11:03:00-05:00", "close"]
    assert 0.008 < peak / before - 1 < 0.012  # "about 1%" on the report
    assert t.loc["2022-11-22T11:29:00-05:00", "close"] < 110.0  # "just under $110" after the denial
    assert (df["ask"] > df["bid"]).all()
