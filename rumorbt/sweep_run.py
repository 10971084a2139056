"""Running a sweep: the output folder, resume, local worker processes and Dask.

Orchestration only; what one combination yields is :func:`rumorbt.sweep.evaluate_chunk`.

Files in the sweep's folder (the program's own, locked while the sweep runs):

- ``sweep.json``: the grid, the base, the engine, and the sha256 of every input file the
  sweep reads (tapes, headline files, alias/source tables, the run config).
- ``results.csv``: rows in combination order, appended a chunk at a time with an fsync.
- ``progress.sha256``: after each chunk, ``rows bytes sha256`` of the results file so far.
- many events (``[sweep] prices_dir``/``tapes``): ``events.csv``, ``per_event.csv`` and
  ``per_event.sha256``, every combination's outcome on every event (:mod:`rumorbt.per_event`),
  appended and checkpointed before results.csv, resumed with it.

``--resume`` continues only the same sweep on the same inputs: it refuses a folder without
``sweep.json``, a different grid or base, an input whose content changed, and a results file
changed after it was written (its prefix no longer matches a checkpoint, or a row's
combination key is not its own). Rows after the last checkpoint (a torn line, a blank line)
are dropped and computed again: every row is a pure function of its combination, so the
resumed file is byte-identical to an uninterrupted run.

Rows that come back from a worker (a local process or a Dask worker) are checked against the
combination they were asked for before they are written. Worker processes die with the sweep
(``PR_SET_PDEATHSIG`` on Linux, and a watchdog everywhere); Ctrl-C or SIGTERM stops the sweep
with complete rows kept (:class:`SweepInterrupted`).
"""
from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import os
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable, Iterator

from . import per_event as _per_event
from . import sweep as _sweep
from .errors import InputError
from .outdir import csv_cell, io_error, owned_folder, publish_file, register, sha256_file
from .provenance import software
from .sweep import SweepSpec, header

RESULTS, SPEC_FILE, PROGRESS = "results.csv", "sweep.json", "progress.sha256"
SWEEP_FILES = [RESULTS, SPEC_FILE, PROGRESS, "best.csv", "heatmap.png", "latency_curve.png", "latency_curve.csv",
               *_per_event.PER_EVENT_FILES]
DATA_FILE_KEYS = ("headlines", "prices", "aliases", "sources")
DASK_WAIT_S = 60.0
SWEEP_LOCK_WAIT_S = 5.0


class SweepInterrupted(Exception):
    """Ctrl-C or SIGTERM: the sweep stopped; ``done`` complete rows of ``total`` are kept."""

    def __init__(self, done: int, total: int, results: Path) -> None:
        self.done, self.total, self.results = done, total, results
        super().__init__(f"interrupted after {done:,} of {total:,} combinations")


# --------------------------------------------------------------------------- what a sweep reads
def input_files(spec: SweepSpec) -> list[str]:
    """Every input file the sweep reads: the base's data files, those a grid key names (instead of
    the base's: a grid over data.prices never reads the base's tape), the run config."""
    base = spec.base_config().data
    paths = set()
    for k in DATA_FILE_KEYS:
        paths.update(spec.grid.get(f"data.{k}", [getattr(base, k)]))
    if spec.config_file:
        paths.add(spec.config_file)
    return sorted(p for p in paths if p and Path(p).is_file())


def input_hashes(spec: SweepSpec) -> dict[str, str]:
    return {p: sha256_file(p) for p in input_files(spec)}


def sweep_meta(spec: SweepSpec) -> dict[str, Any]:
    meta = {"fingerprint": spec.fingerprint(), "combinations": spec.size, "grid": spec.grid, "base": spec.base,
            "config": spec.config_file, "starts_from": spec.starts_from, "draws": spec.draws, "engine": spec.engine,
            "inputs": input_hashes(spec), "software": software(spec.engine), "simulated_data": spec.simulated}
    if spec.simulated:
        meta["data_warning"] = "SIMULATED data: results illustrate the method, not a real outcome"
    meta["warnings"] = _sweep.input_warnings(spec)  # what run would say about these inputs, apart from the rows
    return meta


def _changed_input(before: dict[str, str], now: dict[str, str]) -> str | None:
    for p in sorted(set(before) | set(now)):
        if before.get(p) != now.get(p):
            return p
    return None


# --------------------------------------------------------------------------- rows and checkpoints
def expected_key(spec: SweepSpec, i: int) -> list[str]:
    """The cells that identify combination ``i`` in a row: its index, then its grid values."""
    return [str(i), *(csv_cell(v) for v in spec.combo(i).values())]


def check_rows(spec: SweepSpec, text: str, indices: list[int], who: str) -> None:
    """Each row must be the one asked for: its combination key, its width, numeric metrics."""
    width, nkey = len(header(spec)), 1 + len(spec.grid)
    # only a no-trade cell may be empty (trades, total_latency_ms, open_trades never are)
    may_be_empty = [_sweep.empty_cell(k, traded=False, held=False) for k in header(spec)[nkey:width - 1]]
    rows = list(csv.reader(io.StringIO(text)))
    if len(rows) != len(indices):
        raise InputError(f"{who} returned {len(rows)} row(s) for {len(indices)} combination(s) "
                         f"({indices[0]}-{indices[-1]}); nothing of it was written")
    for i, row in zip(indices, rows):
        problem = ("a different combination key" if row[:nkey] != expected_key(spec, i)
                   else f"{len(row)} fields, not {width}" if len(row) != width
                   else "a metric that is not a number" if not all((x == "" and empty) or _is_number(x)
                                                                   for x, empty in zip(row[nkey:width - 1], may_be_empty))
                   else None)
        if problem:
            raise InputError(f"{who} returned a row for combination {i} with {problem}; nothing of it was written")


def _is_number(x: str) -> bool:
    try:
        float(x)
        return True
    except ValueError:
        return False


def per_event_kept(spec: SweepSpec) -> bool:
    """Per-event results are kept for a many-event sweep whose grid keeps the events fixed
    (a grid over ``data.*`` keys may run other events in each combination)."""
    return spec.many_events and not any(k.startswith("data.") for k in spec.grid)


def _evaluator(spec: SweepSpec) -> Callable:
    """What a worker runs on a chunk: results rows, or (results rows, per-event rows)."""
    return _sweep.evaluate_chunk_events if per_event_kept(spec) else _sweep.evaluate_chunk


def _split(payload: str | tuple[str, str]) -> tuple[str, str | None]:
    return (payload, None) if isinstance(payload, str) else payload


class _Writer:
    """Appends checked rows to results.csv and a checkpoint after each chunk (both fsynced);
    per-event rows (``events``: a :class:`~rumorbt.per_event.PerEventLog`) go first."""

    def __init__(self, out: Path, spec: SweepSpec, rows: int, nbytes: int, hasher, bar,
                 events: "_per_event.PerEventLog | None" = None, n_events: int = 0) -> None:
        self.spec, self.rows, self.nbytes, self.hasher, self.bar = spec, rows, nbytes, hasher, bar
        self.events, self.n_events = events, n_events
        self.results = open(out / RESULTS, "ab")
        self.progress = open(out / PROGRESS, "ab")

    def write(self, payload: str | tuple[str, str], indices: list[int], who: str) -> None:
        text, per_event = _split(payload)
        check_rows(self.spec, text, indices, who)
        if self.events is not None:
            if per_event is None:
                raise InputError(f"{who} returned no per-event rows for combinations {indices[0]}-{indices[-1]}; "
                                 "nothing of it was written")
            _per_event.check_rows(per_event, indices, self.n_events, who)
            try:
                self.events.append(per_event, len(indices))
            except OSError as e:
                raise io_error(e, self.events.data.name) from None
        data = text.encode("utf-8")
        progress_size = self.progress.tell()
        try:
            _append(self.results, data)
            self.hasher.update(data)
            _append(self.progress, f"{self.rows + len(indices)} {self.nbytes + len(data)} {self.hasher.hexdigest()}\n".encode())
        except OSError as e:  # a full disk: cut back to the last complete chunk, say so in one line
            with contextlib.suppress(OSError):
                self.results.truncate(self.nbytes)
                self.progress.truncate(progress_size)
            raise io_error(e, self.results.name) from None
        self.rows += len(indices)
        self.nbytes += len(data)
        self.bar.update(len(indices))

    def close(self) -> None:
        self.results.close()
        self.progress.close()
        if self.events is not None:
            self.events.close()


def _append(fh, data: bytes) -> None:
    fh.write(data)
    fh.flush()
    os.fsync(fh.fileno())


def _start_fresh(out: Path, spec: SweepSpec, meta: dict) -> tuple[int, int, Any]:
    publish_file(out, SPEC_FILE, lambda p: p.write_text(json.dumps(meta, indent=2) + "\n"))
    register(out, [RESULTS, PROGRESS])
    head = (",".join(header(spec)) + "\n").encode("utf-8")
    hasher = hashlib.sha256(head)
    with open(out / RESULTS, "wb") as fh:
        _append(fh, head)
    with open(out / PROGRESS, "wb") as fh:
        _append(fh, f"0 {len(head)} {hasher.hexdigest()}\n".encode())
    return 0, len(head), hasher


def _start_per_event(out: Path, spec: SweepSpec) -> "_per_event.PerEventLog":
    """events.csv (the sweep's numbering of its events) and an empty per_event.csv."""
    import pandas as pd

    from .outdir import csv_safe
    from .sessions import exchange_zone
    from .timefmt import iso

    zone = exchange_zone(spec.base_config().data.calendar)
    evs = _sweep.sweep_events(spec)
    table = pd.DataFrame({"event": range(len(evs)), "event_id": [e.event_id for e in evs], "ticker": [e.ticker for e in evs],
                          "published_at": [iso(e.t_pub, zone) for e in evs], "simulated_data": spec.simulated})
    publish_file(out, _per_event.EVENTS_FILE, lambda p: csv_safe(table).to_csv(p, index=False, lineterminator="\n"))
    register(out, [_per_event.PER_EVENT_FILE, _per_event.PER_EVENT_PROGRESS])
    return _per_event.PerEventLog.start(out)


def _resume_point(out: Path, spec: SweepSpec, meta: dict) -> tuple[int, int, Any]:
    """(rows, bytes, running hash) of the verified prefix of results.csv, which is cut there."""
    results, where = out / RESULTS, str(out / RESULTS)
    if not (out / SPEC_FILE).exists():
        raise InputError(f"has no {SPEC_FILE}, so nothing says which sweep wrote it; choose another --out", file=where)
    try:
        old = json.loads((out / SPEC_FILE).read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise InputError("is not readable JSON; choose another --out", file=str(out / SPEC_FILE)) from None
    if old.get("fingerprint") != meta["fingerprint"]:
        raise InputError("was written by a different sweep (grid, base or engine differ); use another --out", file=where)
    changed = _changed_input(old.get("inputs", {}), meta["inputs"])
    if changed:
        raise InputError("changed since the sweep began (its rows were computed on the old content); "
                         "use another --out", file=changed)
    data = results.read_bytes()
    head = (",".join(header(spec)) + "\n").encode("utf-8")
    if not data.startswith(head):
        raise InputError("does not belong to this sweep (its header differs); use another --out", file=where)
    checkpoints = []
    lines = (out / PROGRESS).read_bytes().split(b"\n") if (out / PROGRESS).exists() else []
    for k, line in enumerate(lines):
        parts = line.split()
        if len(parts) == 3 and parts[0].isdigit() and parts[1].isdigit() and len(parts[2]) == 64:
            checkpoints.append((int(parts[0]), int(parts[1]), parts[2].decode("ascii", "replace")))
        elif line and k < len(lines) - 1:
            raise InputError(f"line {k + 1} is not a checkpoint; use another --out", file=str(out / PROGRESS))
    if not checkpoints or checkpoints[0][:2] != (0, len(head)):
        raise InputError(f"{PROGRESS} is missing or does not start at the header; use another --out", file=where)
    hasher, pos, rows, good = hashlib.sha256(), 0, 0, 0
    for n, nbytes, digest in checkpoints:
        if nbytes > len(data):
            break  # rows after this checkpoint were lost: they are computed again
        hasher.update(data[pos:nbytes])
        pos = nbytes
        if hasher.hexdigest() != digest:
            raise InputError(f"was changed after it was written (rows {rows + 1}-{n} differ from what the sweep wrote); "
                             "use another --out", file=where, row=rows + 1)
        rows, good = n, nbytes
    for k, row in enumerate(csv.reader(io.StringIO(data[len(head):good].decode("utf-8")))):
        if row[:1 + len(spec.grid)] != expected_key(spec, k):
            raise InputError(f"is not combination {k} of this sweep; use another --out", file=where, row=k + 1)
    if good < len(data):  # said aloud: nothing is dropped silently, even what is computed again
        print(f"sweep: resume: {len(data) - good:,} byte(s) after the last complete chunk of {where} (a torn or blank "
              "line, or rows not yet vouched for) are dropped and computed again", file=sys.stderr, flush=True)
    with open(results, "r+b") as fh:  # drop what no checkpoint vouches for (a torn or blank line)
        fh.truncate(good)
    kept = b"".join(f"{n} {b} {d}\n".encode() for n, b, d in checkpoints if b <= good)
    with open(out / PROGRESS, "wb") as fh:
        _append(fh, kept)
    return rows, good, hasher


def _has_rows(out: Path, spec: SweepSpec) -> bool:
    try:
        size = (out / RESULTS).stat().st_size
    except FileNotFoundError:
        return False
    return size > len((",".join(header(spec)) + "\n").encode("utf-8"))


# --------------------------------------------------------------------------- running
def run_sweep(spec: SweepSpec, out_dir: str | Path, workers: int = 0, scheduler: Any = None,
              resume: bool = False, progress: bool = True, chunk_size: int = 0, force: bool = False,
              dask_wait_s: float = DASK_WAIT_S, security: Any = None, announce: Any = None) -> Path:
    """Evaluate every combination into ``out_dir/results.csv``; returns its path.

    ``announce``: called once the folder is accepted, just before evaluating (the CLI prints its
    estimate then, so a refused folder gets one line, not an estimate and then the refusal).

    ``scheduler``: a Dask scheduler address (``tcp://``, ``tls://``) or a ``distributed.Client``;
    ``security``: a ``distributed.Security`` for TLS (None: dask's configuration).
    Raises :class:`SweepInterrupted` on Ctrl-C/SIGTERM, with the complete rows kept."""
    # a few seconds' grace: the kernel may release a killed sweep's lock just after its processes are gone
    with owned_folder(out_dir, SWEEP_FILES, force=force, wait_s=SWEEP_LOCK_WAIT_S) as out:
        meta = sweep_meta(spec)
        if _has_rows(out, spec) and not resume:
            raise InputError("exists; pass --resume to continue that sweep, or choose another --out", file=str(out / RESULTS))
        try:
            if resume and _has_rows(out, spec):
                rows, nbytes, hasher = _resume_point(out, spec, meta)
                events = _per_event.PerEventLog.resume(out, rows) if per_event_kept(spec) else None
            else:  # new, or one that stopped before its first row: start again
                rows, nbytes, hasher = _start_fresh(out, spec, meta)
                events = _start_per_event(out, spec) if per_event_kept(spec) else None
        except OSError as e:
            raise io_error(e, out) from None
        if announce is not None:
            announce()
        total = spec.size
        workers = workers or min(os.cpu_count() or 1, 8)
        size = chunk_size or _sweep.chunk_size(spec, total - rows, workers)
        n_events = len(_sweep.sweep_events(spec)) if events else 0
        if n_events:  # a chunk's per-event rows are held in memory once: keep them bounded
            size = min(size, max(1, _per_event.ROWS_PER_CHUNK // n_events))
        bar = _progress(total, rows, progress)
        writer = _Writer(out, spec, rows, nbytes, hasher, bar, events, n_events)
        try:
            _evaluate_all(spec, _chunks(rows, total, size), writer, workers, scheduler, dask_wait_s, security)
        except KeyboardInterrupt:
            raise SweepInterrupted(writer.rows, total, out / RESULTS) from None
        finally:
            writer.close()
            bar.close()
        changed = _changed_input(meta["inputs"], input_hashes(spec))
        if changed:
            raise InputError("changed while the sweep ran, so results.csv may mix old and new content; "
                             "run the sweep again into another --out", file=changed)
        meta["rows_by_path"] = _sweep.rows_by_path(spec)  # which rows the batch kernel computed
        publish_file(out, SPEC_FILE, lambda p: p.write_text(json.dumps(meta, indent=2) + "\n"))
        return out / RESULTS


def _evaluate_all(spec: SweepSpec, chunks: Iterator[list[int]], writer, workers: int, scheduler: Any = None,
                  dask_wait_s: float = DASK_WAIT_S, security: Any = None) -> None:
    """Evaluate the chunks here, in local processes or on a Dask scheduler; ``writer.write``
    receives each chunk's CSV rows strictly in combination order."""
    if scheduler is not None:
        _run_dask(spec, chunks, scheduler, writer, dask_wait_s, security)
    elif workers == 1:
        for c in chunks:
            writer.write(_evaluator(spec)(spec, c), c, "the sweep")
    else:
        _run_pool(spec, chunks, workers, writer)


class _MemoryWriter:
    """The :class:`_Writer` interface into memory: checked rows, no files."""

    def __init__(self, spec: SweepSpec, bar) -> None:
        self.spec, self.bar, self.rows = spec, bar, 0
        self.buf = io.StringIO()
        self.buf.write(",".join(header(spec)) + "\n")

    def write(self, payload: str | tuple[str, str], indices: list[int], who: str) -> None:
        text = _split(payload)[0]
        check_rows(self.spec, text, indices, who)
        self.buf.write(text)
        self.rows += len(indices)
        self.bar.update(len(indices))


def sweep_table(spec: SweepSpec, workers: int = 1, scheduler: Any = None, progress: bool = False, chunk_size: int = 0):
    """Every combination evaluated in memory: a DataFrame with the columns of ``results.csv``
    (``combo``, one column per grid key as text, the metrics; money in the tape's currency).
    Writes nothing; :func:`run_sweep` is the same evaluation streamed to disk."""
    workers = workers or min(os.cpu_count() or 1, 8)
    size = chunk_size or _sweep.chunk_size(spec, spec.size, workers)
    bar = _progress(spec.size, 0, progress)
    writer = _MemoryWriter(spec, bar)
    try:
        _evaluate_all(spec, _chunks(0, spec.size, size), writer, workers, scheduler)
    finally:
        bar.close()
    writer.buf.seek(0)
    return _sweep.read_results(writer.buf, spec)


def _chunks(start: int, stop: int, size: int) -> Iterator[list[int]]:
    for a in range(start, stop, size):
        yield list(range(a, min(a + size, stop)))


def _in_order(submit, chunks: Iterator[list[int]], inflight: int, writer: _Writer, wait_any, who: str,
              result: Callable[[Any], str] = lambda f: f.result()) -> None:
    """Keep ``inflight`` chunks running; write finished ones strictly in combination order."""
    pending: dict[int, tuple[Any, list[int]]] = {}
    done_text: dict[int, tuple[str, list[int]]] = {}
    next_write = 0
    seq = 0
    it = iter(chunks)
    exhausted = False
    while True:
        while not exhausted and len(pending) + len(done_text) < inflight:
            c = next(it, None)
            if c is None:
                exhausted = True
                break
            pending[seq] = (submit(c), c)
            seq += 1
        if not pending and not done_text:
            return
        if pending:
            finished = wait_any([f for f, _ in pending.values()])
            for s in [s for s, (f, _) in pending.items() if f in finished]:
                f, c = pending.pop(s)
                done_text[s] = (result(f), c)
        while next_write in done_text:
            text, c = done_text.pop(next_write)
            writer.write(text, c, who)
            next_write += 1


# --------------------------------------------------------------------------- local processes
_PARENT_CHECK_S = 1.0


def _worker_init(parent_pid: int) -> None:
    """In each worker: ignore Ctrl-C (the parent handles it), and die with the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):  # pragma: no cover - the watchdog still holds
            pass
    if os.getppid() != parent_pid:  # the parent died before the line above
        os._exit(1)

    def watchdog() -> None:
        while True:
            time.sleep(_PARENT_CHECK_S)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watchdog, daemon=True, name="rumorbt-parent-watchdog").start()


def _run_pool(spec: SweepSpec, chunks, workers: int, writer: _Writer) -> None:
    import multiprocessing as mp
    # here, not at the top: a sweep on one process (the default one) never loads them
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    # fork where available: workers inherit imports and read inputs (start-up)
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_worker_init, initargs=(os.getpid(),))
    try:
        _in_order(lambda c: pool.submit(_evaluator(spec), spec, c), chunks, workers * 3, writer,
                  lambda fs: wait(fs, return_when=FIRST_COMPLETED).done, "a worker process")
    except BaseException:
        for p in list((getattr(pool, "_processes", None) or {}).values()):
            p.terminate()  # do not wait for chunks nobody will write
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def worker_pids() -> list[int]:
    """PIDs of this process's live children (for tests and for saying what is left)."""
    import multiprocessing as mp

    return [p.pid for p in mp.active_children() if p.pid]


# --------------------------------------------------------------------------- Dask
def _run_dask(spec: SweepSpec, chunks, scheduler: Any, writer: _Writer, wait_s: float, security: Any) -> None:
    try:
        from distributed import Client, wait as dwait
        from distributed.client import FutureCancelledError
        from distributed.scheduler import KilledWorker
    except ImportError:
        raise InputError("--scheduler needs dask.distributed: pip install 'rumorbt[cluster]'") from None
    own = isinstance(scheduler, str)
    try:
        client = Client(scheduler, timeout="10s", security=security) if own else scheduler
    except (OSError, TimeoutError, ValueError) as e:
        raise InputError(f"cannot reach the Dask scheduler {scheduler}: {str(e).splitlines()[0] if str(e) else type(e).__name__}") from None
    try:
        if not client.scheduler_info().get("workers"):
            print(f"sweep: waiting for a Dask worker to join {client.scheduler.address} (up to {wait_s:g} s)",
                  file=sys.stderr, flush=True)
            try:
                client.wait_for_workers(1, timeout=wait_s)
            except TimeoutError:
                raise InputError(f"no Dask worker joined the scheduler {client.scheduler.address} within {wait_s:g} s; "
                                 "start workers (dask worker ADDRESS) or wait longer (--dask-wait)") from None
        n = max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))

        def result(f) -> str:
            try:
                text = f.result()
            except (KilledWorker, FutureCancelledError) as e:
                raise InputError(f"the Dask cluster lost a chunk of combinations ({type(e).__name__}); "
                                 "complete rows are kept: resume with --resume") from None
            if not (isinstance(text, str) or isinstance(text, tuple) and len(text) == 2 and all(isinstance(x, str) for x in text)):
                raise InputError(f"the Dask scheduler returned a {type(text).__name__}, not rows; nothing of it was written")
            return text

        _in_order(lambda c: client.submit(_evaluator(spec), spec, c, pure=False), chunks, n * 3, writer,
                  lambda fs: set(dwait(fs, return_when="FIRST_COMPLETED").done), "the Dask scheduler", result)
    finally:
        if own:
            client.close()


def dask_security(ca_file: str | None, cert: str | None, key: str | None):
    """A ``distributed.Security`` for TLS from the three files (None: dask's own configuration,
    e.g. ``distributed.comm.tls.*`` in ``~/.config/dask/*.yaml`` or DASK_* variables)."""
    if not (ca_file or cert or key):
        return None
    if not (ca_file and cert and key):
        raise InputError("TLS needs all three of --tls-ca-file, --tls-cert and --tls-key")
    for f in (ca_file, cert, key):
        if not Path(f).is_file():
            raise InputError("file not found", file=f)
    from distributed.security import Security

    return Security(tls_ca_file=ca_file, tls_client_cert=cert, tls_client_key=key, require_encryption=True)


# --------------------------------------------------------------------------- before starting
def seconds_per_combination(spec: SweepSpec, sample: int = 20, budget_s: float = 2.0) -> tuple[float, int]:
    """Time a few combinations spread over the grid (after one that reads the inputs); returns
    (seconds per combination, how many were timed). Reading the inputs here also lets forked
    workers start with them in memory."""
    batch = _sweep.chunk_size(spec, 10**6, 1) > 500  # the batch kernel: its cost is per chunk, so time one chunk
    n, m = spec.size, min(2048 if batch else sample, spec.size)
    idx = sorted({round(k * (n - 1) / max(m - 1, 1)) for k in range(m)})
    if batch:
        per = _sweep.kernel_seconds_per_combination(spec, idx)
        if per is not None:
            return per, len(idx)
    _sweep.evaluate_chunk(spec, idx[:1])
    timed, t0 = 0, time.perf_counter()
    for i in idx[1:] or idx:
        _sweep.evaluate_chunk(spec, [i])
        timed += 1
        if time.perf_counter() - t0 > budget_s:
            break
    return (time.perf_counter() - t0) / max(timed, 1), timed


SPLIT_MIN_S = 0.5  # a sweep estimated shorter than this on one process runs in it: starting workers costs more


def local_workers(requested: int, seconds_one_process: float) -> int:
    """Local processes for a sweep: ``requested`` when given (above 0); else one per core (at
    most 8), or one when the sweep is estimated to take under SPLIT_MIN_S seconds in one
    process (forking workers and shipping their rows back would cost more than it saves).
    Rows are the same whatever the number."""
    if requested > 0:
        return requested
    return 1 if seconds_one_process < SPLIT_MIN_S else min(os.cpu_count() or 1, 8)


def human_seconds(s: float) -> str:
    """A duration for people: ``0.04 s``, ``12 s``, ``3 min``, ``1.5 h``."""
    if s < 1:
        return f"{s:.2g} s"
    if s < 90:
        return f"{s:.0f} s"
    if s < 90 * 60:
        return f"{s / 60:.0f} min"
    return f"{s / 3600:.1f} h"


def _progress(total: int, initial: int, enabled: bool):
    try:
        if enabled:
            from tqdm import tqdm
    except ImportError:  # pragma: no cover
        enabled = False
    if not enabled:
        class _Null:
            def update(self, n): ...
            def close(self): ...
        return _Null()
    return tqdm(total=total, initial=initial, unit="combo", desc="sweep", file=sys.stderr, dynamic_ncols=True)
