"""A run's tape kept in the cache, so a whole-process run that reads the same tape file again
skips parsing it (some 50 ms of the default sweep's one second for the reference case's
23,400 one-second bars).

:func:`load_tape_cached` is :func:`rumorbt.tape.load_tape` with its answer kept in the cache
folder (``RUMORBT_CACHE``, :func:`rumorbt.resources.cache_file`), named by the hash of what the
tape is a function of: the file's bytes and the name it was given, every reading option, the
source of every module of the package and every bundled table (the list of bundled SIMULATED
tapes among them), the numpy, pandas and pyarrow versions and the rules of the time zone named
for stamps without an offset. A change to any of them is a miss, and a miss reads the file
afresh; a cache file that does not hold what was written is ignored. Only a plain file read
without a vendor ``preset`` (whose readers may use other libraries) and of at most
:data:`CACHED_BARS_MAX` bars is kept; bad input raises from the reading itself, never from
the cache. ``RUMORBT_CACHE=off`` turns it off. One file is kept per tape file, and all of them
together take at most :data:`TAPE_CACHE_MAX_BYTES`: the least recently used go first.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import numpy as np

from .tape import Tape, load_tape

CACHED_BARS_MAX = 200_000  # a longer tape is read afresh each time (its cache file would be over 10 MB)
TAPE_CACHE_MAX_BYTES = 256 * 2**20  # every tape's bars together
_ARRAYS = ("t_open", "open", "high", "low", "close", "volume", "bid", "ask")


def load_tape_cached(path: str | Path, ticker: str, tz: str = "", bar_seconds: float = 0.0, columns: str = "",
                     stamp: str = "start", preset: str = "", epoch_unit: str = "") -> Tape:
    """:func:`rumorbt.tape.load_tape` (same arguments, same tape), kept in the cache (see the
    module notes)."""
    args = (str(path), ticker, tz, bar_seconds, columns, stamp, preset, epoch_unit)
    where = _cache_path(*args)
    kept = _load(where)
    if kept is not None:
        from .resources import touch_cache

        touch_cache(where)  # used: the last a trim removes
        return kept
    tape = load_tape(path, ticker, tz=tz, bar_seconds=bar_seconds, columns=columns, stamp=stamp, preset=preset,
                     epoch_unit=epoch_unit)
    if where is not None and len(tape) <= CACHED_BARS_MAX:
        from .resources import write_cache

        payload = _payload(tape)
        write_cache(where, (_digest(payload), payload), supersede=True, family="tape-", max_bytes=TAPE_CACHE_MAX_BYTES)
    return tape


def _cache_path(path: str, ticker: str, tz: str, bar_seconds: float, columns: str, stamp: str, preset: str,
                epoch_unit: str) -> Path | None:
    """The cache file for this tape read this way by this code (None: not cached)."""
    from .resources import cache_file, code_and_tables, library_versions, zone_rules

    if preset or os.environ.get("RUMORBT_CACHE", "") == "off":
        return None
    try:
        file = Path(path)
        if not file.is_file() or file.stat().st_size > CACHED_BARS_MAX * 200:  # ~200 bytes a bar at most in a text file
            return None
        content = file.read_bytes()
        parts = code_and_tables()
    except (OSError, ValueError):
        return None
    # the pandas and pyarrow versions from their metadata: a hit must not import pandas (0.2 s)
    settings = repr((path, ticker, tz, bar_seconds, columns, stamp, epoch_unit, np.__version__)).encode()
    settings += library_versions("pandas", "pyarrow")
    name = hashlib.sha256(str(file.resolve()).encode()).hexdigest()[:12]
    return cache_file(f"tape-{name}", hashlib.sha256(content).digest(), settings, zone_rules(tz), *parts)


def _payload(tape: Tape) -> tuple:
    """The tape as plain values: each array as (dtype, bytes) or None, then the other fields."""
    arrays = tuple(None if a is None else (a.dtype.str, a.tobytes()) for a in (getattr(tape, k) for k in _ARRAYS))
    return (arrays, tape.ticker, tape.bar_ns, tape.source, tape.simulated, tape.notes, tape.reading)


def _digest(payload: tuple) -> str:
    h = hashlib.sha256()
    for a in payload[0]:
        h.update(b"-" if a is None else a[0].encode() + len(a[1]).to_bytes(8, "little") + a[1])
    h.update(repr(payload[1:]).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _load(where: Path | None) -> Tape | None:
    """The tape kept at ``where``, or None when there is none or it is not what was written."""
    from .resources import read_cache

    data = read_cache(where)
    try:  # any shape of file: one that is not what _payload makes, whole, is ignored
        digest, payload = data
        arrays, ticker, bar_ns, source, simulated, notes, reading = payload
        if len(arrays) != len(_ARRAYS) or any(a is not None and not (isinstance(a, tuple) and len(a) == 2) for a in arrays):
            return None
        if digest != _digest(payload):
            return None
        cols = {k: None if a is None else np.frombuffer(a[1], dtype=np.dtype(a[0])).copy() for k, a in zip(_ARRAYS, arrays)}
    except (TypeError, ValueError, AttributeError, IndexError, KeyError):
        return None
    if any(cols[k] is None for k in _ARRAYS[:6]) or not (isinstance(ticker, str) and isinstance(bar_ns, int)):
        return None
    n = len(cols["t_open"])
    if any(v is not None and len(v) != n for v in cols.values()):
        return None
    return Tape(ticker=ticker, bar_ns=bar_ns, source=source, simulated=simulated, notes=tuple(notes),
                reading=tuple(tuple(r) for r in reading), **cols)
