"""Inputs that used to crash with a traceback: now one line and exit status 2 (or, when the input
is valid, a normal run)."""
import errno
import gzip

import pytest

from helpers import RUMOUR, write_headlines, write_tape
from rumorbt import outdir
from rumorbt.cli import main


def run_cli(args, capsys):
    rc = main(args)
    err = capsys.readouterr().err.strip()
    return rc, err


def one_line(rc, err):
    return rc == 2 and len(err.splitlines()) == 1 and "Traceback" not in err


def test_truncated_gzip_tape(tmp_path, capsys):
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR)])
    tape = write_tape(tmp_path / "t.csv", n=3000)
    whole = gzip.compress(tape.read_bytes(), mtime=0)
    cut = tmp_path / "t.csv.gz"
    cut.write_bytes(whole[: len(whole) // 2])
    rc, err = run_cli(["run", "--headlines", str(heads), "--prices", str(cut), "--out", str(tmp_path / "o")], capsys)
    assert one_line(rc, err) and str(cut) in err and "truncated" in err
    assert not (tmp_path / "o").exists()


def test_dollar_signs_in_a_source_name_are_text(tmp_path, capsys):
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", r"The $\foo$ Blog", RUMOUR)])
    tape = write_tape(tmp_path / "t.csv", n=120)
    rc, err = run_cli(["run", "--headlines", str(heads), "--prices", str(tape), "--set", "latency.order=0ms",
                       "--out", str(tmp_path / "o")], capsys)
    assert rc == 0, err
    assert (tmp_path / "o" / "report.png").stat().st_size > 1000


@pytest.mark.parametrize("setting, problem", [
    ("latency.feed.blog=1000000000000s", "longer than a year"),
    ("strategy.size=1e300", "strategy.size: must be positive and at most"),
    ("strategy.cash=1e300", "strategy.cash"),
])
def test_absurd_magnitudes_are_refused(tmp_path, capsys, setting, problem):
    rc, err = run_cli(["run", "--set", setting, "--out", str(tmp_path / "o")], capsys)
    assert one_line(rc, err) and problem in err
    assert not (tmp_path / "o").exists()


def test_a_heavy_latency_tail_is_capped_not_a_crash(tmp_path, capsys):
    rc, err = run_cli(["run", "--set", "latency.feed.blog.model=lognormal", "--set", "latency.feed.blog.median=300d",
                       "--set", "latency.feed.blog.sigma=30", "--out", str(tmp_path / "o")], capsys)
    # the capped draw still lands after the tape's last bar: a non-answer said in one line, no crash, nothing written
    assert one_line(rc, err) and "received at" in err and "after the tape's last bar" in err
    assert not (tmp_path / "o").exists()


def test_unwritable_out(tmp_path, capsys, monkeypatch):
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR)])
    tape = write_tape(tmp_path / "t.csv", n=120)
    args = ["run", "--headlines", str(heads), "--prices", str(tape)]
    (tmp_path / "afile").write_text("x")
    rc, err = run_cli(args + ["--out", str(tmp_path / "afile" / "o")], capsys)
    assert one_line(rc, err) and "afile" in err

    def read_only(*a, **k):  # as on a read-only mount (tests may run as root, which chmod does not stop)
        raise PermissionError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(outdir.tempfile, "mkdtemp", read_only)
    rc, err = run_cli(args + ["--out", str(tmp_path / "ro")], capsys)
    assert one_line(rc, err) and "not writable" in err
    assert not (tmp_path / "ro").exists()
