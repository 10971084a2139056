"""Output folders: a run replaces only what an earlier run wrote there (its manifest), never a
file it did not create; one writer at a time; folders with ordinary permissions."""
import csv
import io
import json
import os
import stat
import threading
from pathlib import Path

import pandas as pd
import pytest

from helpers import RUMOUR, write_headlines, write_tape
from rumorbt import outdir
from rumorbt.cli import main
from rumorbt.errors import InputError


def inputs(folder: Path) -> tuple[Path, Path]:
    heads = write_headlines(folder / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR)])
    tape = write_tape(folder / "t.csv", n=120)
    return heads, tape


def run_cli(args, capsys):
    rc = main(args)
    return rc, capsys.readouterr().err.strip()


def run_args(heads: Path, tape: Path, out) -> list[str]:
    return ["run", "--headlines", str(heads), "--prices", str(tape), "--set", "latency.order=0ms", "--out", str(out)]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_a_users_file_in_out_survives_byte_for_byte(tmp_path, capsys):
    heads, tape = inputs(tmp_path)
    out = tmp_path / "mydocs"
    out.mkdir()
    (out / "thesis.docx").write_bytes(b"\x00my thesis\xff" * 100)
    rc, err = run_cli(run_args(heads, tape, out), capsys)
    assert rc == 2 and len(err.splitlines()) == 1 and "thesis.docx" in err and "--force" in err
    assert sorted(p.name for p in out.iterdir()) == ["thesis.docx"]  # nothing added, not even a lock
    rc, err = run_cli(run_args(heads, tape, out) + ["--force"], capsys)
    assert rc == 0, err
    assert (out / "thesis.docx").read_bytes() == b"\x00my thesis\xff" * 100
    assert (out / "trades.csv").exists()
    rc, err = run_cli(run_args(heads, tape, out) + ["--force"], capsys)  # a second run replaces its own files only
    assert rc == 0, err
    assert (out / "thesis.docx").read_bytes() == b"\x00my thesis\xff" * 100
    listed = json.loads((out / outdir.MANIFEST).read_text())["files"]
    assert sorted(listed) == ["report.html", "report.png", "summary.json", "trades.csv"]
    assert listed["trades.csv"] == outdir.sha256_file(out / "trades.csv")


def test_a_refused_force_run_names_every_clashing_file_and_leaves_no_lock(tmp_path, capsys):
    """--force into a folder whose own files bear three outputs' names: refused in one line naming
    all three, and the folder keeps exactly the user's files (not the program's lock file)."""
    heads, tape = inputs(tmp_path)
    out = tmp_path / "mydocs"
    out.mkdir()
    for n in ("trades.csv", "summary.json", "report.png", "notes.txt"):
        (out / n).write_text(f"mine: {n}")
    before = snapshot(out)
    rc, err = run_cli(run_args(heads, tape, out) + ["--force"], capsys)
    assert rc == 2 and len(err.splitlines()) == 1, err
    assert "3 files this program did not write" in err and "(report.png, summary.json, trades.csv)" in err
    assert snapshot(out) == before and sorted(p.name for p in out.iterdir()) == sorted(before)


def test_a_long_list_of_names_is_cut_with_a_count():
    assert outdir.some_names([f"f{i}" for i in range(8)]) == "f0, f1, f2, f3, f4 and 3 more"
    assert outdir.some_names(["a", "b"]) == "a, b"


def test_out_is_the_inputs_folder(tmp_path, capsys):
    heads, tape = inputs(tmp_path)
    before = snapshot(tmp_path)
    rc, err = run_cli(run_args(heads, tape, tmp_path), capsys)
    assert rc == 2 and "did not write" in err
    assert snapshot(tmp_path) == before
    rc, err = run_cli(run_args(heads, tape, tmp_path) + ["--force"], capsys)
    assert rc == 0, err
    after = snapshot(tmp_path)
    assert {k: after[k] for k in before} == before


def test_out_dot(tmp_path, capsys, monkeypatch):
    heads, tape = inputs(tmp_path)
    monkeypatch.chdir(tmp_path)
    rc, err = run_cli(run_args(heads, tape, "."), capsys)
    assert rc == 2 and len(err.splitlines()) == 1 and "Traceback" not in err
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.chdir(empty)
    rc, err = run_cli(run_args(heads, tape, "."), capsys)
    assert rc == 0, err
    assert (empty / "trades.csv").exists()
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # nothing beside it either


def test_a_users_file_named_like_an_output_is_never_overwritten(tmp_path, capsys):
    heads, tape = inputs(tmp_path)
    out = tmp_path / "o"
    out.mkdir()
    (out / "trades.csv").write_text("mine\n")
    rc, err = run_cli(run_args(heads, tape, out) + ["--force"], capsys)
    assert rc == 2 and "trades.csv" in err
    assert (out / "trades.csv").read_text() == "mine\n"


def test_an_output_the_user_edited_is_theirs_and_never_overwritten(tmp_path, capsys):
    heads, tape = inputs(tmp_path)
    out = tmp_path / "o"
    assert run_cli(run_args(heads, tape, out), capsys)[0] == 0
    (out / "trades.csv").write_text("my annotated copy\n")
    for extra in ([], ["--force"]):
        rc, err = run_cli(run_args(heads, tape, out) + extra, capsys)
        assert rc == 2 and "trades.csv" in err
        assert (out / "trades.csv").read_text() == "my annotated copy\n"
    (out / "trades.csv").unlink()  # the user's choice: the folder is the program's again
    assert run_cli(run_args(heads, tape, out), capsys)[0] == 0


def test_a_tampered_manifest_cannot_reach_outside(tmp_path):
    out = tmp_path / "o"
    outdir.write_folder(out, lambda d: (d / "a.csv").write_text("1\n"))
    victim = tmp_path / "victim.txt"
    victim.write_text("keep")
    (out / outdir.MANIFEST).write_text(json.dumps({"program": "rumorbt", "files": {"../victim.txt": "x", "a.csv": outdir.sha256_file(out / "a.csv")}}))
    outdir.write_folder(out, lambda d: (d / "b.csv").write_text("2\n"))
    assert victim.read_text() == "keep"
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["b.csv"]


def test_only_listed_files_are_removed_and_a_failed_write_changes_nothing(tmp_path):
    out = tmp_path / "o"
    outdir.write_folder(out, lambda d: [(d / n).write_text(n) for n in ("a.csv", "b.csv")])
    (out / "notes.txt").write_text("mine")
    before = snapshot(out)

    def failing(d: Path) -> None:
        (d / "a.csv").write_text("new")
        raise OSError(28, "No space left on device")

    with pytest.raises(InputError, match="no space left"):
        outdir.write_folder(out, failing, force=True)
    assert snapshot(out) == before
    assert [p for p in out.iterdir() if p.name.startswith(outdir.STAGING_PREFIX)] == []
    outdir.write_folder(out, lambda d: (d / "a.csv").write_text("new"), force=True)
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["a.csv", "notes.txt"]
    assert (out / "notes.txt").read_text() == "mine"


def test_a_failed_first_write_leaves_no_folder(tmp_path):
    out = tmp_path / "new"

    def failing(d: Path) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(InputError):
        outdir.write_folder(out, failing)
    assert not out.exists()


def test_a_kill_between_moves_leaves_a_folder_the_retry_owns(tmp_path, monkeypatch):
    out = tmp_path / "o"
    outdir.write_folder(out, lambda d: [(d / n).write_text("old") for n in ("a.csv", "b.csv")])
    real = os.replace
    moved = []

    def dying(src, dst):
        if str(src).endswith("b.csv"):
            raise KeyboardInterrupt  # stands for a kill half way through the moves
        moved.append(dst)
        return real(src, dst)

    monkeypatch.setattr(outdir.os, "replace", dying)
    with pytest.raises(KeyboardInterrupt):
        outdir.write_folder(out, lambda d: [(d / n).write_text("new") for n in ("a.csv", "b.csv", "c.csv")])
    monkeypatch.setattr(outdir.os, "replace", real)
    assert outdir.foreign_entries(out) == []  # every file present is listed as the program's own
    outdir.write_folder(out, lambda d: (d / "c.csv").write_text("again"))
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["c.csv"]


def test_new_folder_has_ordinary_permissions(tmp_path, capsys):
    heads, tape = inputs(tmp_path)
    out = tmp_path / "o"
    rc, err = run_cli(run_args(heads, tape, out), capsys)
    assert rc == 0, err
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o777 & ~umask
    assert stat.S_IMODE((out / "trades.csv").stat().st_mode) == 0o666 & ~umask


def test_second_writer_waits_then_refuses_with_one_line(tmp_path):
    out = tmp_path / "o"
    outdir.write_folder(out, lambda d: (d / "a.csv").write_text("1"))
    started, release = threading.Event(), threading.Event()

    def slow(d: Path) -> None:
        started.set()
        release.wait(10)
        (d / "a.csv").write_text("2")

    t = threading.Thread(target=outdir.write_folder, args=(out, slow))
    t.start()
    started.wait(10)
    try:
        with pytest.raises(InputError, match="another rumorbt run is writing this folder") as e:
            with outdir.owned_folder(out, [], wait_s=0.2):
                pass
        assert len(e.value.line().splitlines()) == 1
    finally:
        release.set()
        t.join()
    assert (out / "a.csv").read_text() == "2"


def test_concurrent_writers_all_complete_without_leftovers(tmp_path):
    out = tmp_path / "o"
    errors = []

    def one(k: int) -> None:
        try:
            outdir.write_folder(out, lambda d: [(d / n).write_text(str(k)) for n in ("a.csv", "b.csv")])
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=one, args=(k,)) for k in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert (out / "a.csv").read_text() == (out / "b.csv").read_text()  # one run's pair, never a mix
    assert sorted(p.name for p in out.iterdir()) == sorted(["a.csv", "b.csv", outdir.MANIFEST, outdir.LOCK])


def test_a_sweep_leaves_a_users_files_alone(tmp_path, capsys):
    heads, tape = inputs(tmp_path)
    f = tmp_path / "s.toml"
    f.write_text(f'[base]\n"data.headlines" = "{heads}"\n"data.prices" = "{tape}"\n"data.ticker" = "META"\n'
                 '[grid]\n"latency.order" = ["1ms", "400ms"]\n')
    out = tmp_path / "sw"
    out.mkdir()
    (out / "notes.md").write_bytes(b"# my notes\n")
    args = ["sweep", "--config", str(f), "--workers", "1", "--no-progress", "--out", str(out)]
    rc, err = run_cli(args, capsys)
    assert rc == 2 and "notes.md" in err and len([x for x in err.splitlines() if x.startswith("error")]) == 1
    rc, err = run_cli(args + ["--force"], capsys)
    assert rc == 0, err
    assert (out / "notes.md").read_bytes() == b"# my notes\n"
    listed = json.loads((out / outdir.MANIFEST).read_text())["files"]
    assert {"results.csv", "sweep.json", "best.csv", "latency_curve.png"} <= set(listed)
    (out / "best.csv").unlink()
    (out / "best.csv").write_text("mine now\n")  # the user's file bearing an output's name
    listed.pop("best.csv")
    (out / outdir.MANIFEST).write_text(json.dumps({"program": "rumorbt", "files": listed}))
    rc, err = run_cli(args + ["--force", "--resume"], capsys)
    assert rc == 2 and "best.csv" in err
    assert (out / "best.csv").read_text() == "mine now\n"


def test_csv_cells_that_would_run_as_formulas_are_neutralised(tmp_path, capsys):
    from rumorbt.outdir import csv_cell

    assert [csv_cell(v) for v in ("=1+1", "+x", "-x", "@SUM(A1)", "\tx", "-1.5", "+2", "-0", "plain", -3.0, 7)] == \
        ["'=1+1", "'+x", "'-x", "'@SUM(A1)", "'\tx", "-1.5", "+2", "-0", "plain", -3.0, 7]
    heads = tmp_path / "h.csv"
    pd.DataFrame({"published_at": ["2022-11-22T10:30:00-05:00"], "source": ["SomeBlog"], "headline": [RUMOUR],
                  "ticker": ["META"], "id": ['=HYPERLINK("http://evil.example","click")']}).to_csv(heads, index=False)
    tape = write_tape(tmp_path / "t.csv", n=120, step=-0.01)  # falling: a loss, so negative numbers appear
    out = tmp_path / "o"
    rc, err = run_cli(run_args(heads, tape, out), capsys)
    assert rc == 0, err
    text = (out / "trades.csv").read_text()
    row = next(csv.DictReader(io.StringIO(text)))
    assert row["rumor_id"] == '\'=HYPERLINK("http://evil.example","click")'
    assert row["net_pnl"].startswith("-") and float(row["net_pnl"]) < 0  # a number stays a number
    rc = main(["classify", str(heads)])
    printed = capsys.readouterr().out
    assert rc == 0 and next(csv.DictReader(io.StringIO(printed)))["id"].startswith("'=HYPERLINK")


def test_a_writer_waiting_on_a_refused_writers_lock_holds_the_file_that_is_there(tmp_path):
    """A refused writer unlinks the lock file it made while a second one waits on it: the second
    must end up locking the file at .rumorbt.lock (not the unlinked one), so a third still waits
    instead of creating a fresh file and writing at the same time."""
    import time

    from rumorbt.errors import InputError

    held, release = threading.Event(), threading.Event()

    def refused():
        with pytest.raises(RuntimeError):
            with outdir.locked(tmp_path):
                held.set()
                release.wait(5)
                raise RuntimeError("refused")

    first = threading.Thread(target=refused)
    first.start()
    held.wait(5)
    threading.Timer(0.3, release.set).start()
    with outdir.locked(tmp_path, wait_s=5):
        assert not first.is_alive() and (tmp_path / outdir.LOCK).exists()
        t0 = time.monotonic()
        with pytest.raises(InputError, match="another rumorbt run is writing this folder"):
            with outdir.locked(tmp_path, wait_s=0.2):
                pass
        assert time.monotonic() - t0 >= 0.2
    first.join(5)


def test_a_users_file_bearing_an_outputs_name_is_named_at_once_not_after_a_force_hint(tmp_path, capsys):
    """notes.txt and trades.csv of the user's: the first refusal said 'pass --force to write beside
    them', and the run with --force was then refused for trades.csv. Now the first says it."""
    heads, tape = inputs(tmp_path)
    out = tmp_path / "mydocs"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    (out / "trades.csv").write_text("mine too")
    rc, err = run_cli(run_args(heads, tape, out), capsys)
    assert rc == 2 and len(err.splitlines()) == 1 and "--force" not in err
    assert "holds trades.csv, which this program did not write; it will not overwrite it: choose another --out" in err
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt", "trades.csv"]
