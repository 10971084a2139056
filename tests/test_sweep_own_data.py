"""A sweep naming its own headlines and tape (no config file) starts from rumorbt's defaults, as
`run --headlines --prices` does, not from the reference case's META-only assumptions (ticker,
impact volatility 0.035 a day, 30 million shares a day): a stranger's sweep row did not match the
same run (-398.79 against -387.44) and a TSLA tape was refused as 'named for TSLA but the run's
ticker is META'."""
import pytest

from helpers import RUMOUR, write_headlines, write_tape
from rumorbt.cli import main
from rumorbt.errors import ConfigError
from rumorbt.sweep import load_sweep


def test_the_default_sweep_still_runs_the_reference_case():
    cfg = load_sweep(None).base_config()
    assert (cfg.data.ticker, cfg.costs.sigma_daily, cfg.costs.adv_shares) == ("META", 0.035, 30_000_000)
    assert load_sweep(None).starts_from.endswith("META_2022-11-22.toml")


def test_a_sweep_on_own_files_starts_from_the_defaults_like_run(tmp_path, capsys):
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "Reuters", RUMOUR)])
    tape = write_tape(tmp_path / "t.csv", n=1800)  # 10:29:50 to 10:59:49, one-second bars
    cfg = load_sweep(None, {"data.headlines": str(heads), "data.prices": str(tape)}).base_config()
    assert (cfg.costs.sigma_daily, cfg.costs.adv_shares) == (0.0, 0.0)  # estimated from the tape, as run does
    assert cfg.data.ticker != "META"
    # and a row reproduces with run --headlines --prices and the row's one setting, to the cent
    out = tmp_path / "sw"
    assert main(["sweep", "--set", f"data.headlines={heads}", "--set", f"data.prices={tape}", "--out", str(out), "--yes"]) == 0
    import pandas as pd

    capsys.readouterr()
    import json

    assert json.loads((out / "sweep.json").read_text())["starts_from"] == "rumorbt defaults"
    rows = pd.read_csv(out / "results.csv")
    assert (rows["trades"] > 0).any()
    row = rows[rows["trades"] > 0].iloc[0]
    sets = [f"--set={k}={row[k]}" for k in rows.columns if "." in k and k not in ("net_pnl",)]
    assert main(["run", "--headlines", str(heads), "--prices", str(tape), *sets, "--out", str(tmp_path / "r")]) == 0
    printed = capsys.readouterr().out
    assert f"net {row['net_pnl']:,.2f}" in printed or f"net P&L {row['net_pnl']:,.2f}" in printed, printed


def test_half_of_own_data_is_refused():
    with pytest.raises(ConfigError, match="data.headlines is set but data.prices is not"):
        load_sweep(None, {"data.headlines": "h.csv"})
