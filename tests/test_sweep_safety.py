"""Sweeps a user can trust: resume only the same sweep on the same inputs, rows checked against
their combination, a failed start that does not block its retry, a Dask scheduler without
workers, huge grids that ask first."""
from pathlib import Path

import pandas as pd
import pytest

from rumorbt import sweep as sw
from rumorbt import sweep_run
from rumorbt.cli import main
from rumorbt.errors import InputError
from rumorbt.sweep import load_sweep
from rumorbt.sweep_run import check_rows, run_sweep
from test_sweep import sweep_file

GRID = '"latency.order" = ["1ms", "400ms", "2s"]\n"strategy.direction" = ["long", "follow"]'


def cli(args, capsys):
    rc = main(args)
    cap = capsys.readouterr()
    errors = [x for x in cap.err.splitlines() if x.startswith("error")]
    return rc, cap.err, errors


@pytest.fixture
def done(tmp_path):
    """A finished 6-combination sweep and its spec file."""
    f = sweep_file(tmp_path, GRID)
    out = tmp_path / "o"
    run_sweep(load_sweep(str(f)), out, workers=1, progress=False, chunk_size=2)
    return f, out


def test_resume_refuses_an_input_whose_content_changed(done, capsys):
    f, out = done
    tape = Path(load_sweep(str(f)).base_config().data.prices)
    tape.write_text(tape.read_text().replace("100.", "101.", 1))  # same name, other content
    rc, err, errors = cli(["sweep", "--config", str(f), "--workers", "1", "--resume", "--no-progress", "--out", str(out)], capsys)
    assert rc == 2 and len(errors) == 1 and str(tape) in errors[0] and "changed since the sweep began" in errors[0]


def test_an_input_changed_while_the_sweep_runs_is_caught(tmp_path, monkeypatch):
    f = sweep_file(tmp_path, GRID)
    spec = load_sweep(str(f))
    tape = Path(spec.base_config().data.prices)
    real = sw.evaluate_chunk

    def touching(spec, idx):
        if idx[0] == 2:
            tape.write_text(tape.read_text() + "")  # rewritten...
            tape.write_text(tape.read_text().replace("100.", "101.", 1))  # ...with other content
        return real(spec, idx)

    monkeypatch.setattr(sw, "evaluate_chunk", touching)
    with pytest.raises(InputError, match="changed while the sweep ran"):
        run_sweep(spec, tmp_path / "o", workers=1, progress=False, chunk_size=2)


def test_resume_without_sweep_json_is_refused(done, capsys):
    f, out = done
    (out / "sweep.json").unlink()
    g = sweep_file(out.parent, '"latency.order" = ["5ms", "400ms", "2s"]\n"strategy.direction" = ["long", "follow"]')
    rc, err, errors = cli(["sweep", "--config", str(g), "--workers", "1", "--resume", "--no-progress", "--out", str(out)], capsys)
    assert rc == 2 and len(errors) == 1 and "sweep.json" in errors[0]


def test_a_hand_edited_row_is_detected(done, capsys):
    f, out = done
    lines = (out / "results.csv").read_text().splitlines(keepends=True)
    cells = lines[3].split(",")
    cells[4] = "999999.00"  # a better net P&L, typed in
    lines[3] = ",".join(cells)
    (out / "results.csv").write_text("".join(lines))
    rc, err, errors = cli(["sweep", "--config", str(f), "--workers", "1", "--resume", "--no-progress", "--out", str(out)], capsys)
    assert rc == 2 and len(errors) == 1 and "changed after it was written" in errors[0] and "row 3" in errors[0]


def test_a_row_with_the_wrong_key_is_refused_before_it_is_written(tmp_path):
    spec = load_sweep(str(sweep_file(tmp_path, GRID)))
    good = sw.evaluate_chunk(spec, [0, 1])
    check_rows(spec, good, [0, 1], "x")
    swapped = good.replace(",long,", ",follow,", 1)
    with pytest.raises(InputError, match="combination 0 with a different combination key"):
        check_rows(spec, swapped, [0, 1], "the Dask scheduler")
    with pytest.raises(InputError, match="1 row"):
        check_rows(spec, good.splitlines(keepends=True)[0], [0, 1], "the Dask scheduler")
    first = good.splitlines()[0].split(",")
    first[5] = "=cmd()"
    with pytest.raises(InputError, match="not a number"):
        check_rows(spec, ",".join(first) + "\n", [0], "the Dask scheduler")
    # an empty cell is a no-trade cell: never the trade count or the latency
    head = sw.header(spec)
    for col in ("trades", "total_latency_ms", "open_trades"):
        cells = good.splitlines()[0].split(",")
        cells[head.index(col)] = ""
        with pytest.raises(InputError, match="not a number"):
            check_rows(spec, ",".join(cells) + "\n", [0], "the Dask scheduler")


def test_trailing_blank_line_and_torn_row_are_recomputed_identically(done, capsys):
    f, out = done
    ref = (out / "results.csv").read_bytes()
    with open(out / "results.csv", "ab") as fh:
        fh.write(b"\n")
    rc, err, errors = cli(["sweep", "--config", str(f), "--workers", "1", "--resume", "--no-progress", "--out", str(out)], capsys)
    assert rc == 0, err
    assert "1 byte(s) after the last complete chunk" in err and "computed again" in err
    assert (out / "results.csv").read_bytes() == ref


def test_a_garbled_row_on_resume_is_one_line(done, capsys):
    f, out = done
    data = (out / "results.csv").read_bytes()
    (out / "results.csv").write_bytes(data[:60] + b"\xff\x00garbage" + data[70:])
    rc, err, errors = cli(["sweep", "--config", str(f), "--workers", "1", "--resume", "--no-progress", "--out", str(out)], capsys)
    assert rc == 2 and len(errors) == 1 and "Traceback" not in err


def test_a_sweep_that_fails_before_its_first_row_can_be_retried(tmp_path, monkeypatch, capsys):
    f = sweep_file(tmp_path, GRID)
    out = tmp_path / "o"
    real = sw.evaluate_chunk

    def unreachable(spec, idx):
        raise InputError("cannot reach the Dask scheduler tcp://nowhere:8786")

    monkeypatch.setattr(sweep_run, "seconds_per_combination", lambda spec: (0.001, 1))
    monkeypatch.setattr(sw, "evaluate_chunk", unreachable)
    args = ["sweep", "--config", str(f), "--workers", "1", "--no-progress", "--out", str(out)]
    rc, err, errors = cli(args, capsys)
    assert rc == 2 and "cannot reach" in errors[0]
    monkeypatch.setattr(sw, "evaluate_chunk", real)
    rc, err, errors = cli(args, capsys)
    assert rc == 0, err
    assert len(pd.read_csv(out / "results.csv")) == 6


def test_a_huge_grid_states_its_size_and_time_and_asks_for_yes(tmp_path, capsys):
    f = sweep_file(tmp_path, GRID)
    out = tmp_path / "o"
    args = ["sweep", "--config", str(f), "--workers", "1", "--no-progress", "--out", str(out), "--confirm-above", "5"]
    rc, err, errors = cli(args, capsys)
    assert rc == 2 and len(errors) == 1 and len(err.strip().splitlines()) == 1 and "--yes" in errors[0] and "6 runs" in errors[0]
    assert "6 combinations" in errors[0] and "µs per combination, timed on" in errors[0] and "about" in errors[0]
    assert not out.exists()
    rc, err, errors = cli(args + ["--yes"], capsys)
    assert rc == 0 and len(pd.read_csv(out / "results.csv")) == 6


def test_a_sweep_estimated_under_half_a_second_runs_in_this_process_unless_workers_are_given(tmp_path, capsys, monkeypatch):
    """Forking workers costs more than such a sweep: without --workers it runs here (same rows);
    a long one, or an explicit --workers, still gets its processes."""
    assert sweep_run.local_workers(0, 0.49) == 1 and sweep_run.local_workers(3, 0.01) == 3
    assert sweep_run.local_workers(0, 0.5) == min(sweep_run.os.cpu_count() or 1, 8)
    f = sweep_file(tmp_path, GRID)
    ref = run_sweep(load_sweep(str(f)), tmp_path / "ref", workers=2, progress=False).read_bytes()

    def no_pool(*a, **k):
        raise AssertionError("started worker processes")

    monkeypatch.setattr(sweep_run, "_run_pool", no_pool)
    monkeypatch.setattr(sweep_run, "seconds_per_combination", lambda spec: (0.05, 6))  # 0.3 s in all
    rc, err, errors = cli(["sweep", "--config", str(f), "--no-progress", "--out", str(tmp_path / "o")], capsys)
    assert rc == 0 and "on 1 local process(es)" in err, err
    assert (tmp_path / "o" / "results.csv").read_bytes() == ref
    monkeypatch.setattr(sweep_run, "seconds_per_combination", lambda spec: (0.1, 6))  # 0.6 s: split (if this machine can)
    if (sweep_run.os.cpu_count() or 1) > 1:
        with pytest.raises(AssertionError, match="started worker processes"):
            main(["sweep", "--config", str(f), "--no-progress", "--out", str(tmp_path / "o2")])


def test_dask_scheduler_without_workers_says_so_and_times_out(tmp_path, capsys):
    distributed = pytest.importorskip("distributed")
    spec = load_sweep(str(sweep_file(tmp_path, GRID)))
    with distributed.LocalCluster(n_workers=0, processes=False, dashboard_address=None) as cluster:
        with pytest.raises(InputError, match="no Dask worker joined the scheduler .* within 1 s"):
            run_sweep(spec, tmp_path / "o", scheduler=cluster.scheduler_address, progress=False, dask_wait_s=1)
    assert "waiting for a Dask worker" in capsys.readouterr().err
    # nothing was computed: a plain retry starts afresh
    assert run_sweep(spec, tmp_path / "o", workers=1, progress=False).exists()


def test_dask_rows_are_checked_against_their_combination(tmp_path, monkeypatch):
    distributed = pytest.importorskip("distributed")
    spec = load_sweep(str(sweep_file(tmp_path, GRID)))
    real = sw.evaluate_chunk

    def lying(spec, idx):  # a scheduler that answers other combinations than asked
        return real(spec, [(i + 1) % spec.size for i in idx])

    monkeypatch.setattr(sw, "evaluate_chunk", lying)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        with pytest.raises(InputError, match="the Dask scheduler returned a row for combination 0"):
            run_sweep(spec, tmp_path / "o", scheduler=client, progress=False, chunk_size=2)
    assert (tmp_path / "o" / "results.csv").read_text().count("\n") == 1  # the header only


def test_tls_scheduler_with_distributed_security(tmp_path):
    distributed = pytest.importorskip("distributed")
    from distributed.security import Security

    ca, cert, key = _self_signed(tmp_path)
    spec = load_sweep(str(sweep_file(tmp_path, GRID)))
    ref = run_sweep(spec, tmp_path / "ref", workers=1, progress=False)
    server = Security(tls_ca_file=ca, tls_scheduler_cert=cert, tls_scheduler_key=key, tls_worker_cert=cert,
                      tls_worker_key=key, tls_client_cert=cert, tls_client_key=key, require_encryption=True)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None,
                                  host="127.0.0.1", protocol="tls://", security=server) as cluster:
        assert cluster.scheduler_address.startswith("tls://")
        with pytest.raises(InputError, match="cannot reach"):  # no certificate: refused
            run_sweep(spec, tmp_path / "plain", scheduler=cluster.scheduler_address.replace("tls://", "tcp://"),
                      progress=False)
        out = run_sweep(spec, tmp_path / "tls", scheduler=cluster.scheduler_address, progress=False,
                        security=sweep_run.dask_security(ca, cert, key))
    assert out.read_bytes() == ref.read_bytes()


def _self_signed(tmp_path: Path) -> tuple[str, str, str]:
    import shutil
    import subprocess

    if not shutil.which("openssl"):
        pytest.skip("openssl is not installed")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
                    "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
                   check=True, capture_output=True)
    return str(cert), str(cert), str(key)


def test_the_estimate_says_how_short_a_short_sweep_is():
    from rumorbt.sweep_run import human_seconds

    assert [human_seconds(s) for s in (0.043, 0.0004, 12.4, 600, 9000)] == ["0.043 s", "0.0004 s", "12 s", "10 min", "2.5 h"]
