"""What a run read, for its summary: each input file's path, sha256 and rows used, how a tape
was read (preset, columns, zone, stamp, epoch unit), and the software that ran it.

Everything here is a function of the inputs and the installed versions, never of the clock
or the machine, so running twice on the same inputs gives the same record, and changing one
byte of an input changes its hash.
"""
from __future__ import annotations

import sys
from pathlib import Path

from .outdir import sha256_file
from .tape import Tape


def portable(path: str | Path) -> str:
    """A path relative to the working directory when it lies below it (stable across clones)."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def file_record(path: str | Path, **extra) -> dict:
    """``{"file", "sha256", "bytes", **extra}`` for one input file."""
    p = Path(path)
    return {"file": portable(p), "sha256": sha256_file(p), "bytes": p.stat().st_size, **extra}


def tape_record(tape: Tape, zone: str, bars_used: int | None = None) -> dict:
    """One tape: its file and hash, how it was read, how many bars it held and how many were
    used; first and last bar in ``zone`` (the exchange's IANA zone)."""
    from .timefmt import iso

    used = len(tape) if bars_used is None else bars_used
    path = tape.source
    rec = file_record(path, ticker=tape.ticker)
    rec.update({
        "reading": dict(tape.reading),
        "bars": len(tape), "bars_used": used, "bar_seconds": tape.bar_ns / 1e9, "quotes": tape.has_quotes,
        "first_bar": iso(int(tape.t_open[0]), zone), "last_bar": iso(int(tape.t_open[-1]), zone),
        "simulated": tape.simulated, "notes": list(tape.notes),
    })
    derived = derived_from(path)
    if derived:
        rec["derived_from"] = derived
    return rec


def software(engine: str) -> dict:
    """The engine that produced the trades and the versions of the packages that matter."""
    from importlib import metadata

    def version(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "not installed"

    return {"engine": engine, "rumorbt": version("rumorbt"), "python": ".".join(map(str, sys.version_info[:3])),
            **{name: version(name) for name in ("backtrader", "pandas", "numpy", "pyarrow")}}


DERIVED_KEY = b"rumorbt.derived_from"


def write_parquet_from(df, path: str | Path, sources: list[dict]) -> None:
    """Write ``df`` as Parquet (typed columns, tz-aware timestamps kept) with ``sources`` (file
    records of what it was made from) in its metadata, for :func:`derived_from` to read back."""
    import json

    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(df, preserve_index=False)
    table = table.replace_schema_metadata({**(table.schema.metadata or {}), DERIVED_KEY: json.dumps(sources).encode()})
    pq.write_table(table, path)


def derived_from(path: str | Path) -> list[dict]:
    """Files a Parquet tape was assembled from (yfinance cache days), as written in its
    metadata by :func:`rumorbt.marketdata.tape_file`; empty for anything else."""
    import json

    if not str(path).lower().endswith((".parquet", ".pq")):
        return []
    try:
        import pyarrow.parquet as pq

        meta = pq.read_schema(path).metadata or {}
    except Exception:  # not ours to judge here: the tape reader already accepted the file
        return []
    raw = meta.get(DERIVED_KEY)
    return json.loads(raw) if raw else []

