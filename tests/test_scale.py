"""Large inputs and lean start-up: headline ids that cannot collide, commands that load only
what they use. (Speed itself is measured by benchmarks/, never asserted here.)"""
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from rumorbt.cli import main
from rumorbt.headlines import load_headlines
from rumorbt.timefmt import iso, iso_many

ROOT = Path(__file__).resolve().parent.parent
T = "2022-11-22T11:00:00-05:00"
# Two texts whose content hashes agree in their low 32 bits: the old 8-hex-digit ids collided
# ("id 'hf61263e7' repeats row 1"), as every file of a million headlines did somewhere.
TWINS = ("Meta CEO to step down, sources say #31766", "Meta CEO to step down, sources say #93317")


def _write(path: Path, rows: list[tuple[str, str, str]], ids: list[str] | None = None) -> Path:
    df = pd.DataFrame(rows, columns=["published_at", "source", "headline"])
    if ids is not None:
        df["id"] = ids
    df.to_csv(path, index=False)
    return path


def test_headlines_whose_short_hashes_collide_get_distinct_ids(tmp_path):
    hs = load_headlines(_write(tmp_path / "h.csv", [(T, "The Leak", TWINS[0]), (T, "The Leak", TWINS[1])]))
    assert len({h.id for h in hs}) == 2
    assert all(len(h.id) == 17 for h in hs)  # "h" + 64 bits in hex


def test_distinct_rows_whose_full_hashes_agree_are_numbered_not_refused(tmp_path, monkeypatch):
    import rumorbt.headlines as headlines

    monkeypatch.setattr(headlines, "default_id", lambda *content: "hsame")  # force the 1-in-2^64 case
    rows = [(T, "The Leak", "one"), (T, "Reuters", "two"), (T, "The Leak", "three")]
    by_row = {h.row: h.id for h in load_headlines(_write(tmp_path / "h.csv", rows))}
    assert by_row == {1: "hsame", 2: "hsame-2", 3: "hsame-3"}


def test_default_ids_do_not_move_when_rows_are_inserted(tmp_path):
    a = (T, "The Leak", "Meta CEO to step down, sources say")
    b = ("2022-11-22T11:26:00-05:00", "Twitter", "Meta: this is false")
    first = {h.headline: h.id for h in load_headlines(_write(tmp_path / "a.csv", [a, b]))}
    second = {h.headline: h.id for h in load_headlines(_write(tmp_path / "b.csv", [(T, "X", "Unrelated"), b, a]))}
    assert second[a[2]] == first[a[2]] and second[b[2]] == first[b[2]]


def test_given_ids_must_still_be_unique(tmp_path, capsys):
    path = _write(tmp_path / "h.csv", [(T, "The Leak", "one"), (T, "The Leak", "two")], ids=["x", "x"])
    assert main(["classify", str(path)]) == 2
    err = capsys.readouterr().err
    assert "row 2" in err and "'x' repeats data row 1" in err


def test_iso_many_reads_like_iso():
    ts = [0, -1, 1669132800123456789, 1710054000000000000, 1710054000000000000 - 1, 1699132800999999999]
    assert iso_many(ts, "America/New_York") == [iso(t, "America/New_York") for t in ts]
    assert iso_many([5], "Asia/Kolkata") == [iso(5, "Asia/Kolkata")] == ["1970-01-01T05:30:00.000000+05:30"]
    assert iso_many([], "UTC") == []


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys; print(' '.join(sys.modules))"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout.split("\n")[-2]
    return set(out.split())


def test_classify_loads_neither_backtrader_nor_matplotlib(tmp_path):
    path = _write(tmp_path / "h.csv", [(T, "The Leak", "Zuckerberg to step down as Meta CEO, insider says")])
    mods = _modules_after("import contextlib, io\nfrom rumorbt.cli import main\n"
                          f"with contextlib.redirect_stdout(io.StringIO()): assert main(['classify', {str(path)!r}]) == 0")
    assert "backtrader" not in mods and "matplotlib" not in mods


def test_heatmap_size_is_bounded_whatever_the_grid_resolution(tmp_path):
    import struct

    from rumorbt.sweep import SweepSpec
    from rumorbt.sweep_report import Results, heatmap

    n = 60
    grid = {"costs.impact_k": [str(i) for i in range(n)], "latency.order": [f"{i}ms" for i in range(n)]}
    a, b = grid
    res = Results(combo=np.arange(n * n), grid={a: [v for v in grid[a] for _ in grid[b]], b: grid[b] * n},
                  net_pnl=np.array([float(i % 97 - 48) for i in range(n * n)]), trades=np.ones(n * n),
                  total_latency_ms=np.ones(n * n))
    heatmap(res, SweepSpec({}, grid), (a, b), tmp_path / "heatmap.png", simulated=False)
    width, height = struct.unpack(">II", (tmp_path / "heatmap.png").read_bytes()[16:24])
    # 1.2 in per column at 110 dpi would be 8,250 x 4,235 pixels for 60 x 60 cells
    assert width <= 2000 and height <= 1540


def _peak_tape(path: Path, n: int, peak: int) -> Path:
    """1-second bars from 10:29:50 ET rising 1 cent a bar to bar ``peak``, then falling 1 cent a bar."""
    from helpers import write_tape

    write_tape(path, n=n, step=0.0)
    df = pd.read_csv(path)
    mid = (100.0 + 0.01 * pd.Series(range(n)).clip(upper=peak) - 0.01 * (pd.Series(range(n)) - peak).clip(lower=0)).round(2)
    df["open"], df["close"], df["high"], df["low"] = mid, mid, (mid + 0.01).round(2), (mid - 0.01).round(2)
    df["bid"], df["ask"] = (mid - 0.01).round(2), (mid + 0.01).round(2)
    df.to_csv(path, index=False)
    return path


def test_a_trailing_stop_many_windows_after_entry_matches_backtrader(tmp_path):
    """The fast driver scans closes in growing windows (64, 128, ... bars) carrying the best
    close across them; a stop ~1,000 bars after entry lies in the fifth window."""
    from helpers import RUMOUR, config, write_headlines
    from rumorbt.engine import load_inputs, run
    from rumorbt.fastpath import run_fast

    tape = _peak_tape(tmp_path / "t.csv", 1500, 1000)
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR)])
    cfg = config(heads, tape, strategy__trailing_stop_bps="10")
    inputs = load_inputs(cfg)
    fast, slow = run_fast(cfg, inputs), run(cfg, inputs, engine="backtrader").trades
    assert fast == slow and [t.exit_reason for t in fast] == ["trailing_stop"]
    # 10 bps off the 110.00 peak (bar 1000) is 109.89: bar 1011's close, exactly at the level, triggers it
    assert fast[0].exit_trigger_time == int(inputs.tape.t_end[1011])


def test_price_exits_are_not_looked_for_after_the_trips_first_timer(tmp_path, monkeypatch):
    """A trailing stop the tape would trigger at bar 1012 is never looked for when the trip's
    max hold (60 s) closes it first: the bars after the timer cannot matter, and are not read."""
    from helpers import RUMOUR, config, write_headlines
    from rumorbt.engine import load_inputs, run
    from rumorbt.fastpath import run_fast

    tape = _peak_tape(tmp_path / "t.csv", 3000, 1000)
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR)])
    cfg = config(heads, tape, strategy__trailing_stop_bps="10", strategy__max_hold="60s")
    inputs = load_inputs(cfg)
    found = _spy_on_scans(monkeypatch)
    trades = run_fast(cfg, inputs)
    assert [t.exit_reason for t in trades] == ["max_hold"]
    assert found and not any(hit for hit, _, _ in found)
    assert max(t for _, t, _ in found) <= trades[0].exit_trigger_time  # no bar ending after the timer was read
    monkeypatch.undo()
    assert trades == run(cfg, inputs, engine="backtrader").trades


def _spy_on_scans(monkeypatch) -> list:
    """Every step of every price-exit scan: (hit, time read to or decided, reason)."""
    from rumorbt.policy import HeadlinePolicy

    found: list = []
    real = HeadlinePolicy.price_exit_scan

    def spy(self, *a):
        for step in real(self, *a):
            found.append(step)
            yield step

    monkeypatch.setattr(HeadlinePolicy, "price_exit_scan", spy)
    return found


def test_price_exits_are_read_only_until_a_denial_closes_the_trip(tmp_path, monkeypatch):
    """No timer (no max hold, no session-end exit) and a stop the tape never reaches: the scan
    reads bars only while the trip is open. The denial 300 bars after the entry closes it, so
    at most the window straddling the denial is read (64 + 128 + 256 bars), not the 3,000 bars
    to the tape's end; the trades equal backtrader's, which steps bar by bar."""
    from helpers import DENIAL, RUMOUR, ZERO_LATENCY, config, write_headlines
    from rumorbt.engine import load_inputs, run
    from rumorbt.fastpath import run_fast

    tape = _peak_tape(tmp_path / "t.csv", 3000, 2900)  # rises all along: a long never stops out
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR),
                                                 ("2022-11-22T10:35:00-05:00", "Twitter", DENIAL)])
    cfg = config(heads, tape, **ZERO_LATENCY, strategy__stop_loss_bps="500", strategy__max_hold="0s",
                 strategy__exit_at_session_end="false", strategy__direction="long")
    inputs = load_inputs(cfg)
    found = _spy_on_scans(monkeypatch)
    trades = run_fast(cfg, inputs)
    assert [t.exit_reason for t in trades] == ["denial"]
    first = int((inputs.tape.t_open < trades[0].entry_time).sum())  # the entry's first (here only) fill
    read_to = int((inputs.tape.t_end <= max(t for _, t, _ in found)).sum())
    assert not any(hit for hit, _, _ in found)
    assert read_to - first == 64 + 128 + 256  # three windows: the third straddles the denial (bar 310)
    monkeypatch.undo()
    assert trades == run(cfg, inputs, engine="backtrader").trades


def test_bar_ends_are_computed_once_per_tape(tmp_path):
    from helpers import write_tape
    from rumorbt.tape import load_tape

    tape = load_tape(write_tape(tmp_path / "t.csv", n=10), "META")
    assert tape.t_end is tape.t_end and not tape.t_end.flags.writeable
    assert (tape.t_end == tape.t_open + tape.bar_ns).all()


def test_last_tradable_bar_is_remembered_per_calendar_and_hours(tmp_path):
    from helpers import write_tape
    from rumorbt.execution import last_tradable
    from rumorbt.sessions import sessions_for
    from rumorbt.tape import load_tape

    # 15:59:00 to 16:00:59 ET: the last 60 bars are after the close
    tape = load_tape(write_tape(tmp_path / "t.csv", start="2022-11-22T15:59:00-05:00", n=120), "META")
    regular = sessions_for("XNYS", int(tape.t_open[0]), int(tape.t_open[-1]))
    always = sessions_for("24h", int(tape.t_open[0]), int(tape.t_open[-1]))
    for _ in range(2):  # asked again: the same answers from what was remembered
        assert last_tradable(tape, regular, False) == 59
        assert last_tradable(tape, regular, True) == 119
        assert last_tradable(tape, always, False) == 119
    assert tape.mid_at(7) == float(tape.mid()[7])


def test_fast_sweep_evaluation_loads_neither_backtrader_nor_matplotlib():
    mods = _modules_after("from rumorbt.sweep import evaluate_chunk, load_sweep\n"
                          "assert evaluate_chunk(load_sweep(None), [0, 1]).count('\\n') == 2")
    assert "backtrader" not in mods and "matplotlib" not in mods


def test_backtrader_stops_stepping_once_nothing_can_happen_and_says_the_same(monkeypatch):
    """The reference case closes its trade around 11:26 ET; the tape runs to 16:00. The run is
    cut once no position, order or rumour is left, and its trades, fills and decision log
    (the later denial and the closing report included) equal a run stepped to the end."""
    from rumorbt.config import REFERENCE_CONFIG, load_config
    from rumorbt.engine import load_inputs, run
    from rumorbt.strategies import headline_rumor

    cfg = load_config(REFERENCE_CONFIG)
    inputs = load_inputs(cfg)
    stepped = []
    real = headline_rumor.HeadlineRumorStrategy.next_open
    monkeypatch.setattr(headline_rumor.HeadlineRumorStrategy, "next_open", lambda self: (stepped.append(1), real(self)))
    cut = run(cfg, inputs, engine="backtrader")
    n_cut, stepped[:] = len(stepped), []
    monkeypatch.setattr(headline_rumor.HeadlineRumorStrategy, "_settled", lambda self: False)
    full = run(cfg, inputs, engine="backtrader")
    assert len(stepped) == len(inputs.tape) - 1 and n_cut < len(inputs.tape) // 2
    assert cut.trades == full.trades and cut.fills == full.fills and cut.decisions == full.decisions
    assert any(action == "note" for _, _, action, _ in cut.decisions)  # the 11:40 denial, decided without bars
