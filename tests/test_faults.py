"""Fault suite: SIGKILL a sweep at random (seeded) points and resume; Ctrl-C and SIGTERM; kill a
Dask worker mid-sweep; a full disk. Every time: the same bytes as an uninterrupted run, nothing
half-written, and no process left behind (checked by PID)."""
import errno
import os
import random
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from rumorbt import sweep, sweep_run
from rumorbt.cli import main
from rumorbt.sweep import load_sweep
from rumorbt.sweep_run import run_sweep
from test_sweep import GRID, sweep_file

pytestmark = pytest.mark.slow
HERE = Path(__file__).parent


def children_of(pid: int) -> set[int]:
    """PIDs whose parent is ``pid`` (from /proc)."""
    out = set()
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                stat = (d / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.add(int(d.name))
    return out


def descendants_of(pid: int) -> set[int]:
    todo, seen = [pid], set()
    while todo:
        for c in children_of(todo.pop()):
            if c not in seen:
                seen.add(c)
                todo.append(c)
    return seen


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_text().replace("\0", " ")
    except OSError:
        return ""


def holders(path: Path) -> dict[int, str]:
    """Processes with ``path`` open, and their command lines."""
    target, out = str(path.resolve()), {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                if any(os.readlink(fd) == target for fd in (d / "fd").iterdir()):
                    out[int(d.name)] = _cmdline(int(d.name))[:200] + " " + (d / "stat").read_text().split(") ")[1][:20]
            except OSError:
                continue
    return out


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has exited


def wait_gone(pids: set[int], timeout: float = 10.0) -> set[int]:
    deadline = time.time() + timeout
    while time.time() < deadline:
        left = {p for p in pids if alive(p)}
        if not left:
            return set()
        time.sleep(0.05)
    return {p for p in pids if alive(p)}


needs_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="PIDs are read from /proc")


def slow_sweep_script(f: Path, out: Path, cli_args: list[str] | None = None, workers: int = 2,
                      hold_from: int | None = None) -> str:
    """A sweep whose combinations take 120 ms each (so a kill lands mid-sweep), in worker processes.
    ``hold_from``: a chunk that starts at this combination or later never finishes (its worker
    waits until it is stopped), so the sweep is certainly still running when a signal comes."""
    run = (f"sys.exit(main({cli_args!r}))" if cli_args is not None else
           f"swr.run_sweep(sw.load_sweep({str(f)!r}), {str(out)!r}, workers={workers}, progress=False, chunk_size=1)")
    return textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(HERE)!r})
        import rumorbt.sweep as sw
        import rumorbt.sweep_run as swr  # run_sweep lives in sweep_run; it calls sw.evaluate_chunk
        from rumorbt.cli import main
        real = sw.evaluate_chunk
        sw.KERNEL_MIN_CHUNK = 1  # chunks as small as eight per worker make them (a stop lands between two)
        hold_from = {hold_from!r}
        def slow(spec, idx):
            if hold_from is not None and min(idx) >= hold_from:
                while True:
                    time.sleep(3600)
            time.sleep(0.12 * len(idx))
            return real(spec, idx)
        sw.evaluate_chunk = slow
        {run}
    """)


def rows_in(path: Path) -> int:
    return path.read_bytes().count(b"\n") - 1 if path.exists() else 0


@needs_proc
def test_sigkill_at_random_points_then_resume_is_byte_identical_and_leaves_no_process(tmp_path):
    f = sweep_file(tmp_path, GRID)
    ref = run_sweep(load_sweep(str(f)), tmp_path / "ref", workers=1, progress=False).read_bytes()
    out = tmp_path / "killed"
    rng = random.Random(20221122)
    kills = 0
    for attempt in range(3):  # a fresh sweep, then resumed ones, each killed at a random point
        script = slow_sweep_script(f, out)
        if attempt:
            script = script.replace("progress=False", "progress=False, resume=True")
        before = rows_in(out / "results.csv")
        proc = subprocess.Popen([sys.executable, "-c", script])
        deadline = time.time() + 60
        while rows_in(out / "results.csv") <= before and proc.poll() is None and time.time() < deadline:
            time.sleep(0.005)
        time.sleep(rng.uniform(0.0, 0.25))
        workers = children_of(proc.pid)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait()
        assert wait_gone(workers) == set(), "worker processes outlived the killed sweep"
    assert kills >= 3 and rows_in(out / "results.csv") < 24, "the sweep must be killed midway several times"
    assert holders(out / ".rumorbt.lock") == {}, "a process still holds the folder's lock"
    resumed = run_sweep(load_sweep(str(f)), out, workers=2, resume=True, progress=False)
    assert resumed.read_bytes() == ref


@needs_proc
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_ctrl_c_and_sigterm_stop_cleanly_with_one_line(tmp_path, sig):
    f = sweep_file(tmp_path, GRID)
    out = tmp_path / "o"
    args = ["sweep", "--config", str(f), "--workers", "2", "--no-progress", "--out", str(out)]
    # the chunks from combination 2 on never finish: the stop lands mid-sweep however slow this
    # process is to send it (it once could finish first on a busy machine)
    proc = subprocess.Popen([sys.executable, "-c", slow_sweep_script(f, out, args, hold_from=2)], stderr=subprocess.PIPE,
                            text=True, start_new_session=True)
    deadline = time.time() + 60
    while rows_in(out / "results.csv") < 2 and proc.poll() is None and time.time() < deadline:
        time.sleep(0.01)
    workers = children_of(proc.pid)
    assert workers, "the sweep must run worker processes for this test to mean anything"
    if sig == signal.SIGINT:
        os.killpg(proc.pid, sig)  # as a terminal does: to the whole process group
    else:
        os.kill(proc.pid, sig)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    lines = [x for x in err.splitlines() if not x.startswith("sweep: ")]
    assert len(lines) == 1 and "Traceback" not in err, err
    assert "--resume" in lines[0] and str(out) in lines[0]
    assert wait_gone(workers) == set()
    assert rows_in(out / "results.csv") < 24
    assert main(args + ["--resume"]) == 0
    ref = run_sweep(load_sweep(str(f)), tmp_path / "ref", workers=1, progress=False)
    assert (out / "results.csv").read_bytes() == ref.read_bytes()


@needs_proc
def test_killing_a_dask_worker_mid_sweep_changes_no_row(tmp_path):
    distributed = pytest.importorskip("distributed")
    f = sweep_file(tmp_path, '"latency.order" = ["1ms", "400ms"]\n"strategy.direction" = ["long", "follow"]\n'
                             '"strategy.max_hold" = ["20s", "3min"]')
    spec = load_sweep(str(f), engine="backtrader")  # slow enough per combination for a kill to land mid-sweep
    ref = run_sweep(spec, tmp_path / "ref", workers=1, progress=False)
    out = tmp_path / "dask"
    before = descendants_of(os.getpid())
    killed: dict = {}
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        spawned = descendants_of(os.getpid()) - before
        pids = sorted(client.run(os.getpid).values())

        def killer() -> None:
            deadline = time.time() + 60
            while rows_in(out / "results.csv") < 2 and time.time() < deadline:
                time.sleep(0.01)
            killed["rows"] = rows_in(out / "results.csv")
            os.kill(pids[0], signal.SIGKILL)

        t = threading.Thread(target=killer)
        t.start()
        run_sweep(spec, out, scheduler=client, progress=False, chunk_size=1)
        t.join()
        spawned |= descendants_of(os.getpid()) - before  # the nanny's replacement worker too
    # multiprocessing's resource tracker serves this whole test process and ends with it
    spawned = {p for p in spawned if "resource_tracker" not in _cmdline(p)}
    assert 0 < killed["rows"] < spec.size, "the worker must die mid-sweep for this test to mean anything"
    assert (out / "results.csv").read_bytes() == ref.read_bytes()
    assert wait_gone(spawned | set(pids)) == set()


def test_a_full_disk_during_a_run_leaves_the_old_results_and_nothing_half_written(tmp_path, capsys, monkeypatch):
    from rumorbt import report
    from test_outputs_safe import inputs, run_args, snapshot

    heads, tape = inputs(tmp_path)
    out = tmp_path / "o"
    assert main(run_args(heads, tape, out)) == 0
    before = snapshot(out)

    def full(res, path, summary=None):
        with open(path, "wb") as fh:
            fh.write(b"\x89PNG half")
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(report, "plot_report", full)
    capsys.readouterr()
    assert main(run_args(heads, tape, out)) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "no space left" in err
    assert snapshot(out) == before
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == []
    assert main(run_args(heads, tape, tmp_path / "new")) == 2
    assert not (tmp_path / "new").exists()


def test_a_full_disk_during_a_sweep_keeps_complete_rows_only(tmp_path, capsys, monkeypatch):
    f = sweep_file(tmp_path, GRID)
    ref = run_sweep(load_sweep(str(f)), tmp_path / "ref", workers=1, progress=False).read_bytes()
    out = tmp_path / "o"
    real = sweep_run._append
    calls = {"n": 0}

    def filling(fh, data):
        calls["n"] += 1
        if calls["n"] == 9:  # some chunks in: half a chunk reaches the disk, then it is full
            fh.write(data[: len(data) // 2])
            fh.flush()
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(fh, data)

    monkeypatch.setattr(sweep_run, "_append", filling)
    monkeypatch.setattr(sweep, "KERNEL_MIN_CHUNK", 1)  # eight chunks of three: the disk fills after some
    args = ["sweep", "--config", str(f), "--workers", "1", "--no-progress", "--out", str(out)]
    assert main(args) == 2
    err = [x for x in capsys.readouterr().err.splitlines() if x.startswith("error")]
    assert len(err) == 1 and "no space left" in err[0]
    partial = (out / "results.csv").read_bytes()
    assert partial.endswith(b"\n") and ref.startswith(partial) and len(partial) < len(ref)
    monkeypatch.setattr(sweep_run, "_append", real)
    assert main(args + ["--resume"]) == 0
    assert (out / "results.csv").read_bytes() == ref
