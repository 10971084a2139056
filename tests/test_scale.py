"""Large inputs and lean start-up: headline ids that cannot collide, commands that load only
what they use. (Speed itself is measured by benchmarks/, never asserted here.)"""
import subprocess
import sys
from pathlib import Path

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
    assert "row 2" in err and "'x' repeats row 1" in err


def test_iso_many_reads_like_iso():
    ts = [0, -1, 1669132800123456789, 1710054000000000000, 1710054000000000000 - 1, 1699132800999999999]
    assert iso_many(ts) == [iso(t) for t in ts]
    assert iso_many([5], "Asia/Kolkata") == [iso(5, "Asia/Kolkata")] == ["1970-01-01T05:30:00.000000+05:30"]
    assert iso_many([]) == []


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
    from rumorbt.sweep_report import heatmap

    n = 60
    grid = {"costs.impact_k": [str(i) for i in range(n)], "latency.order": [f"{i}ms" for i in range(n)]}
    a, b = grid
    df = pd.DataFrame({a: [v for v in grid[a] for _ in grid[b]], b: grid[b] * n,
                       "net_pnl": [float(i % 97 - 48) for i in range(n * n)], "trades": 1})
    heatmap(df, SweepSpec({}, grid), (a, b), tmp_path / "heatmap.png", simulated=False)
    width, height = struct.unpack(">II", (tmp_path / "heatmap.png").read_bytes()[16:24])
    # 1.2 in per column at 110 dpi would be 8,250 x 4,235 pixels for 60 x 60 cells
    assert width <= 2000 and height <= 1540
