"""Output folders the program owns, and nothing else.

Every folder the program writes results into carries a manifest, ``.rumorbt-manifest.json``,
listing the files it wrote there. A later run replaces only those files; a folder holding
anything else (the user's documents, the run's own inputs) is refused unless ``force`` is
given, and even then only files named in the manifest are ever replaced or removed, and a
user's file that bears the name of an output is never overwritten.

Writers hold an exclusive lock on ``.rumorbt.lock`` in the folder while they check and write,
so two runs aimed at the same folder cannot interleave: the second waits a while, then
refuses with one line. New files are written completely into a private staging folder inside
the destination and renamed into place only when all are done, so a failure (a full disk, a
bad value found late) leaves the previous results as they were and nothing half-written.
"""
from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Callable, Iterator

from .errors import InputError

MANIFEST = ".rumorbt-manifest.json"
LOCK = ".rumorbt.lock"
STAGING_PREFIX = ".rumorbt-staging-"
STAGING_MARK = ".rumorbt-staging"  # inside every staging folder: proves the program made it
PROGRAM = "rumorbt"


def _io_problem(e: OSError) -> str:
    if e.errno == errno.ENOSPC:
        return "no space left on the device"
    if e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "not writable (permission denied or a read-only file system)"
    return e.strerror or str(e)


def io_error(e: OSError, folder: str | Path) -> InputError:
    """An OSError met while writing outputs, as the one line a user sees."""
    return InputError(f"cannot write results: {_io_problem(e)}", file=str(getattr(e, "filename", None) or folder))


def read_manifest(folder: Path) -> dict[str, str]:
    """File name -> sha256 of what the program wrote in ``folder`` (empty: no manifest)."""
    p = folder / MANIFEST
    if not p.exists():
        return {}
    try:
        m = json.loads(p.read_text(encoding="utf-8"))
        files = m["files"]
        if m.get("program") != PROGRAM or not isinstance(files, dict):
            raise ValueError
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise InputError("is not a manifest this program wrote; refusing to touch the folder", file=str(p)) from None
    return {str(k): str(v) for k, v in files.items() if _plain_name(str(k))}


def _plain_name(name: str) -> bool:
    """A name directly in the folder: never a path that could reach outside it."""
    return name not in ("", ".", "..") and "/" not in name and "\\" not in name and "\0" not in name


def _write_manifest(folder: Path, files: dict[str, str]) -> None:
    tmp = folder / (MANIFEST + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"program": PROGRAM, "files": dict(sorted(files.items()))}, indent=2) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, folder / MANIFEST)


def sha256_file(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _is_own_staging(p: Path) -> bool:
    return p.name.startswith(STAGING_PREFIX) and p.is_dir() and (p / STAGING_MARK).exists()


def _still_ours(path: Path, sha: str) -> bool:
    """A listed file is still the program's unless its recorded content was changed since
    (a user's edits make it theirs); files listed without a hash are appended to by design."""
    return not sha or not path.is_file() or sha256_file(path) == sha


def foreign_entries(folder: Path) -> list[str]:
    """Names in ``folder`` the program did not write, or wrote and someone has edited since (sorted)."""
    owned = {n for n, sha in read_manifest(folder).items() if _still_ours(folder / n, sha)}
    owned |= {MANIFEST, MANIFEST + ".tmp", LOCK}
    # a staging folder may not carry its mark yet while another writer (holding the lock) makes it
    return sorted(p.name for p in folder.iterdir()
                  if p.name not in owned and not p.name.startswith(STAGING_PREFIX))


def check_folder(folder: Path, names: list[str], force: bool) -> None:
    """Refuse a folder that holds files the program did not write (unless ``force``), and in
    any case one whose foreign file bears the name of an output."""
    if not folder.exists():
        return
    if not folder.is_dir():
        raise InputError("is not a folder", file=str(folder))
    foreign = foreign_entries(folder)
    clash = sorted(set(foreign) & set(names))
    if clash:
        which = (f"{clash[0]}, which this program did not write; it will not overwrite it" if len(clash) == 1 else
                 f"{len(clash)} files this program did not write that bear its outputs' names ({some_names(clash)}); "
                 "it will not overwrite them")
        raise InputError(f"holds {which}: choose another --out", file=str(folder))
    if foreign and not force:
        raise InputError(f"holds files this program did not write ({some_names(foreign)}); choose an empty or new "
                         "folder, or pass --force to write beside them (they are left untouched)", file=str(folder))


SHOWN_NAMES = 5  # file names one error line lists; the rest are counted


def some_names(names: list[str]) -> str:
    """``a, b, c`` or, past :data:`SHOWN_NAMES`, ``a, b, c, d, e and 3 more``."""
    shown = ", ".join(names[:SHOWN_NAMES])
    return shown + (f" and {len(names) - SHOWN_NAMES} more" if len(names) > SHOWN_NAMES else "")


def check_new_file(path: str | Path, force: bool) -> None:
    """Refuse to replace an existing file at ``path`` (a single-file output such as ``bars --out``
    or ``simulate --out``) unless ``force``: the program cannot know it wrote that file."""
    p = Path(path)
    if p.is_dir():
        raise InputError("is a folder; give a file name", file=str(p))
    if p.exists() and not force:
        raise InputError("exists; it will not be overwritten: choose another --out, or pass --force to replace it",
                         file=str(p))


def check_new_folder(folder: str | Path, force: bool) -> None:
    """Refuse a folder that already holds anything (for writers with fixed file names and no
    manifest, such as ``simulate --population``) unless ``force``."""
    p = Path(folder)
    if p.exists() and not p.is_dir():
        raise InputError("is not a folder", file=str(p))
    if p.is_dir() and any(p.iterdir()) and not force:
        raise InputError("is not empty; choose a new folder, or pass --force to write the simulated files into it",
                         file=str(p))


# ---------------------------------------------------------------------------------- CSV cells
FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """A text cell a spreadsheet will not run as a formula: text starting with ``= + - @`` (or a
    tab or carriage return) gets a leading ``'``. Numbers, and text that reads as a number
    (``-1.5``), are left as they are."""
    if not isinstance(value, str) or not value.startswith(FORMULA_LEADS):
        return value
    try:
        float(value)
        return value
    except ValueError:
        return "'" + value


def csv_row(row: tuple) -> tuple:
    """:func:`csv_cell` of every cell of a row, without a call per cell for the usual row, whose
    text cells start with none of :data:`FORMULA_LEADS`."""
    for v in row:
        if isinstance(v, str) and v[:1] in _LEAD_SET:
            return tuple(map(csv_cell, row))
    return row


_LEAD_SET = frozenset(FORMULA_LEADS)


def png_metadata(simulated: bool) -> dict:
    """What every PNG this program writes carries: no ``Software`` stamp (the same bytes whatever
    the matplotlib version) and, from simulated data, a ``Description`` saying SIMULATED, so
    the label is in the file itself as well as in the picture's title."""
    meta: dict = {"Software": None}
    if simulated:
        meta["Description"] = "SIMULATED data: an illustration of the method, not a real outcome"
    return meta


def with_plain_text(write: Callable, *args):
    """Call ``write`` with matplotlib reading ``$`` as a dollar sign: a source named
    ``$5 $TSLA Blog`` is text, not a broken math formula that fails the whole run."""
    import matplotlib

    with matplotlib.rc_context({"text.parse_math": False}):
        return write(*args)


def csv_safe(df):
    """A copy of a DataFrame whose text cells are :func:`csv_cell`-safe (numeric columns untouched)."""
    import pandas as pd

    out = df.copy()
    for c in out.columns:
        if out[c].dtype == object or pd.api.types.is_string_dtype(out[c].dtype):
            out[c] = out[c].map(csv_cell)
    return out


# ---------------------------------------------------------------------------------- lock
@contextlib.contextmanager
def locked(folder: Path, wait_s: float = 30.0) -> Iterator[None]:
    """Hold the folder's lock; wait up to ``wait_s`` for another writer, then refuse.

    A lock file this call created is removed again when the body fails (a refused folder keeps
    nothing of the program's): it is unlinked while still locked, and a writer that acquires
    the lock checks that its file is still the one at ``LOCK`` (else it opens the new one), so
    two writers never hold different files."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - no advisory locks on this platform
        yield
        return
    path = folder / LOCK
    deadline = time.monotonic() + wait_s
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666)
            created = True
        except FileExistsError:
            try:
                fd, created = os.open(path, os.O_RDWR), False
            except FileNotFoundError:  # removed just now by a writer that was refused: try again
                continue
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise InputError("another rumorbt run is writing this folder; wait for it to finish or "
                                         "choose another --out", file=str(folder)) from None
                    time.sleep(0.05)
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(path))
            except FileNotFoundError:
                same = False
        except BaseException:
            os.close(fd)
            raise
        if same:
            break
        os.close(fd)  # the file was removed (and perhaps made anew) while we waited: lock the current one
    try:
        yield
    except BaseException:
        if created:
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    finally:
        os.close(fd)  # closing releases the lock


@contextlib.contextmanager
def owned_folder(out_dir: str | Path, names: list[str], force: bool = False, wait_s: float = 30.0) -> Iterator[Path]:
    """Create (if needed), lock and check an output folder; yields it, locked.

    A folder this call created is removed again if the body fails before anything was
    written into it."""
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InputError("is not a folder", file=str(out))
    created = not out.exists()
    try:
        check_folder(out, names, force)  # before creating anything in a folder that is not ours
    except InputError:
        # unlocked, this check can catch another writer of ours between moving its files in and
        # listing them: where a writer of ours has been (its lock file), decide under the lock
        if not (out / LOCK).exists():
            raise
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise io_error(e, out) from None
    try:
        with locked(out, wait_s):
            _sweep_stale_staging(out)
            check_folder(out, names, force)
            yield out
    except BaseException:
        if created:  # the lock file is gone already (locked removes the one it made)
            with contextlib.suppress(OSError):
                out.rmdir()  # only when empty: never removes anything it did not make
        raise


def _sweep_stale_staging(out: Path) -> None:
    """Staging folders left by a killed run (recognised by their mark) are the program's own."""
    for p in out.iterdir():
        if _is_own_staging(p):
            shutil.rmtree(p, ignore_errors=True)


# ---------------------------------------------------------------------------------- writing
def write_folder(out_dir: str | Path, write: Callable[[Path], None], force: bool = False,
                 expected: tuple[str, ...] = ()) -> Path:
    """Let ``write`` fill a staging folder, then move its files into ``out_dir``.

    Only files the program wrote earlier (its manifest) are replaced or removed; anything
    else in the folder is refused (or, with ``force``, left untouched). On any failure the
    folder is as it was. ``expected``: names ``write`` will write, checked before it runs (a
    user's file bearing one is refused at once, not after a refusal that suggested --force)."""
    with owned_folder(out_dir, list(expected), force) as out, _staging(out) as stage:
        try:
            write(stage)
            names = sorted(p.name for p in stage.iterdir() if p.name != STAGING_MARK)
            for n in names:
                if (stage / n).is_dir():
                    raise RuntimeError(f"output writers write files, not folders ({n})")
                with open(stage / n, "rb") as fh:
                    os.fsync(fh.fileno())
            check_folder(out, names, force)
            _publish(out, stage, names)
        except OSError as e:
            raise io_error(e, out) from None
    return out


def _publish(out: Path, stage: Path, names: list[str]) -> None:
    """Move the staged files in. The manifest lists every file of ours present at every
    moment (old and new while moving), so a kill at any point leaves a folder a retry owns."""
    old = read_manifest(out)
    new = {n: sha256_file(stage / n) for n in names}
    # while moving, a replaced file holds either its old or its new content: listed unhashed
    _write_manifest(out, {**old, **{n: "" if n in old else h for n, h in new.items()}})
    for n in names:
        os.replace(stage / n, out / n)
    for n in sorted(set(old) - set(new)):
        if not _still_ours(out / n, old[n]):
            continue  # edited since (only reachable with force): the user's now, left in place
        with contextlib.suppress(FileNotFoundError):
            (out / n).unlink()
    _write_manifest(out, new)
    _fsync_dir(out)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def register(out: Path, names: list[str]) -> None:
    """Add files the caller writes itself and keeps appending to (a sweep's results) into a
    folder it holds (locked) to the manifest, without a hash: their content is guarded by the
    caller's own checks, and a hash taken now would be stale after the next append."""
    files = read_manifest(out)
    for n in names:
        files[n] = ""
    _write_manifest(out, files)


def publish_file(out: Path, name: str, write: Callable[[Path], None]) -> None:
    """Write one file of a folder the caller holds (locked): staged, listed in the manifest,
    then renamed into place, so it is complete and always the program's own."""
    files = read_manifest(out)
    if (out / name).exists() and name not in files:
        raise InputError(f"holds {name}, which this program did not write; it will not overwrite it: "
                         "choose another --out", file=str(out))
    with _staging(out) as stage:
        try:
            write(stage / name)
            with open(stage / name, "rb") as fh:
                os.fsync(fh.fileno())
            files[name] = sha256_file(stage / name)
            _write_manifest(out, files)
            os.replace(stage / name, out / name)
        except OSError as e:
            raise io_error(e, out) from None


@contextlib.contextmanager
def _staging(out: Path) -> Iterator[Path]:
    """A private, marked folder inside ``out``; always removed afterwards."""
    try:
        stage = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out))
        (stage / STAGING_MARK).touch()
    except OSError as e:
        raise io_error(e, out) from None
    try:
        yield stage
    finally:
        shutil.rmtree(stage, ignore_errors=True)
