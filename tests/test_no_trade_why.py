"""'No trade.' on the console says why (a stranger saw only 'No trade.' for a follow-strategy run whose
move stayed under its threshold; the reason was only in summary.json)."""
from helpers import RUMOUR, write_headlines, write_tape
from rumorbt.cli import main


def test_no_trade_says_why_on_the_console(tmp_path, capsys):
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "Reuters", RUMOUR)])
    tape = write_tape(tmp_path / "t.csv", n=1800, step=0.0)  # a flat tape: no move to follow
    rc = main(["run", "--headlines", str(heads), "--prices", str(tape), "--set", "strategy.direction=follow",
               "--out", str(tmp_path / "o")])
    out = capsys.readouterr().out
    assert rc == 0 and "No trade. Why:" in out
    (why,) = [line for line in out.splitlines() if line.startswith("  ") and ": skip, " in line]
    assert "follow: move +0.0 bps below threshold" in why, why
