"""Single-file outputs (bars, simulate) never replace a file the user already has, unless --force."""

from rumorbt.cli import main

TRADES = "timestamp,price,size\n2023-01-03T14:30:00.100Z,100.0,10\n2023-01-03T14:30:01.200Z,100.5,20\n"


def test_bars_refuses_to_overwrite_an_existing_file(tmp_path, capsys):
    trades = tmp_path / "trades.csv"
    trades.write_text(TRADES)
    mine = tmp_path / "bars.csv"
    mine.write_bytes(b"my own notes\n")
    rc = main(["bars", "--trades", str(trades), "--bar", "1s", "--out", str(mine)])
    err = capsys.readouterr().err.strip().splitlines()
    assert rc == 2 and len(err) == 1 and "bars.csv" in err[0] and "--force" in err[0]
    assert mine.read_bytes() == b"my own notes\n"
    assert main(["bars", "--trades", str(trades), "--bar", "1s", "--out", str(mine), "--force"]) == 0
    assert mine.read_text().startswith("timestamp")


def test_simulate_refuses_an_existing_tape_and_a_non_empty_population_folder(tmp_path, capsys):
    tape = tmp_path / "X_SIMULATED.csv.gz"
    tape.write_bytes(b"keep")
    assert main(["simulate", "--out", str(tape)]) == 2
    assert tape.read_bytes() == b"keep"
    folder = tmp_path / "pop"
    folder.mkdir()
    (folder / "headlines_SIMULATED.csv").write_bytes(b"mine")
    capsys.readouterr()
    assert main(["simulate", "--population", "2", "--tickers", "AAA", "--out", str(folder)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not empty" in err[0]
    assert (folder / "headlines_SIMULATED.csv").read_bytes() == b"mine"
    assert not (folder / "prices").exists()
