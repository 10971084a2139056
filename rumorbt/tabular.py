"""Reading CSV / JSON Lines / Parquet tables and their timestamps, with one-line errors.

Shared by the headline reader and the price-tape reader so both refuse bad input the
same way. Row numbers are 1-based data rows (the header is not counted).
"""
from __future__ import annotations

import io
import json
import re
import sys
import zlib
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

import numpy as np

from .errors import InputError

if TYPE_CHECKING:  # imported where used: reading TOML or a cached table needs no pandas (0.2 s)
    import pandas as pd

STDIN = "-"  # the file name that means standard input (a CSV feed piped in; read only where asked for)
STDIN_NAME = "<stdin>"  # how standard input is named in messages
_OFFSET_RE = re.compile(r"(?:Z|[+-]\d{2}:?\d{2})$", re.IGNORECASE)


@contextmanager
def _opening(path: str | Path, what: str) -> Iterator[None]:
    """A file that cannot be opened (missing, a folder, not readable) as one line naming it."""
    try:
        yield
    except FileNotFoundError:
        raise InputError(f"{what} not found", file=str(path)) from None
    except IsADirectoryError:
        raise InputError("is a folder, expected a file", file=str(path)) from None
    except PermissionError:
        raise InputError(f"{what} cannot be read: permission denied", file=str(path)) from None


def _not_utf8(path: str | Path, whole: bytes | None = None) -> InputError:
    """The error for a file that is not UTF-8, at the first bad byte of the whole file (a decoder
    reading in chunks reports the offset within its chunk) and its line, counted from 1.
    ``whole``: its bytes, already read (a pipe cannot be read again)."""
    import gzip

    p = Path(path)
    raw = p.read_bytes() if whole is None else whole
    raw = gzip.decompress(raw) if p.name.lower().endswith(".gz") else raw
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        return InputError(f"not UTF-8 text at byte {e.start} (line {line}); re-save the file as UTF-8", file=str(p))
    return InputError("not UTF-8 text; re-save the file as UTF-8", file=str(p))


def read_toml(path: str | Path, what: str) -> dict:
    """A TOML file as a dict; a missing or invalid file is one line naming it."""
    import sys

    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    p = Path(path)
    try:
        with _opening(p, what):
            return tomllib.loads(p.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise InputError(f"not valid TOML: {e}", file=str(p)) from None


def read_rows(path: str | Path, what: str) -> list[dict[str, str]]:
    """A small CSV reference table (aliases, sources, catalogs) as dicts; BOM tolerated."""
    import csv

    try:
        with _opening(path, what), open(path, encoding="utf-8-sig") as fh:
            return list(csv.DictReader(fh))
    except UnicodeDecodeError:
        raise _not_utf8(path) from None


def read_table(path: str | Path, kinds: tuple[str, ...] = ("csv", "jsonl", "parquet"), usecols=None,
               stdin: bool = False) -> pd.DataFrame:
    """Read ``path`` by its extension (``.csv[.gz]``, ``.jsonl``, ``.parquet``) into strings/values;
    ``usecols`` (CSV only): a callable choosing the columns to keep by their stripped name;
    ``stdin``: ``-`` means standard input, read as CSV (else it is refused)."""
    return next(iter_table(path, kinds, usecols=usecols, stdin=stdin))


def iter_table(path: str | Path, kinds: tuple[str, ...] = ("csv", "jsonl", "parquet"), chunk_rows: int | None = None,
               usecols=None, stdin: bool = False):
    """:func:`read_table` a chunk of ``chunk_rows`` rows at a time (CSV; other kinds come whole, in
    one chunk), each chunk's index counting on from the last (row ``i`` of the file is index
    ``i``). Bad input raises the same one-line :class:`InputError` whichever chunk it is in.
    ``stdin``: as :func:`read_table`'s. Only ``classify`` reads standard input: a run records each
    input's hash and size and a sweep's workers and ``--resume`` read its inputs again, which a
    stream cannot give."""
    import pandas as pd

    if str(path) == STDIN and not stdin:
        raise InputError("standard input is read only by classify; save the feed to a file and name it", file=STDIN)
    stdin = str(path) == STDIN
    p = Path(STDIN_NAME) if stdin else Path(path)
    name = "stdin.csv" if stdin else p.name.lower()  # standard input is read as CSV
    if not stdin and not p.exists():
        raise InputError("file not found", file=str(p))
    if p.is_dir():
        raise InputError("is a folder, expected a file", file=str(p))
    with _read_errors(p):
        # a pipe (a named FIFO, standard input) can be read only once: read whole, then parsed from memory
        readable = (".parquet", ".pq", ".jsonl", ".jsonl.gz", ".ndjson", ".csv", ".csv.gz")
        if stdin:
            whole = sys.stdin.buffer.read()
        else:
            whole = p.read_bytes() if not p.is_file() and name.endswith(readable) else None
        source = p if whole is None else io.BytesIO(whole)
        if name.endswith((".parquet", ".pq")) and "parquet" in kinds:
            try:
                df = pd.read_parquet(source)
            except Exception as e:  # pyarrow raises many types for corrupt files
                raise InputError(f"not a readable Parquet file ({type(e).__name__}: {str(e).splitlines()[0][:120]})", file=str(p)) from None
            yield df
            return
        if name.endswith((".jsonl", ".jsonl.gz", ".ndjson")) and "jsonl" in kinds:
            yield _read_jsonl(p, whole)
            return
        if name.endswith((".csv", ".csv.gz")) and "csv" in kinds:
            if not name.endswith(".gz"):
                if whole is None:
                    with open(p, "rb") as fh:
                        head = fh.read(1_000_000)  # the first megabyte, not the whole file held in memory
                else:
                    head = whole[:1_000_000]
                if b"\x00" in head:
                    raise InputError("contains NUL bytes; not a text CSV file", file=str(p))
            with _csv_errors(p, whole):
                pick = (lambda c: usecols(str(c).strip())) if usecols is not None else None
                zipped = "gzip" if whole is not None and name.endswith(".gz") else "infer"
                read = pd.read_csv(source, dtype=str, keep_default_na=False, encoding="utf-8-sig", chunksize=chunk_rows,
                                   usecols=pick, compression=zipped)
                for df in ([read] if chunk_rows is None else read):
                    if not isinstance(df.index, pd.RangeIndex):
                        check_delimiter(df, str(p))  # a ';' or tab file whose row holds a comma lands here
                        # pandas takes a first row longer than the header as an index and shifts
                        # every value into the wrong column: refuse, do not guess
                        raise InputError(f"has {df.index.nlevels} field(s) more than the header names: give every "
                                         "column a name (or drop the extra separators, e.g. a trailing comma)",
                                         file=str(p), row=1)
                    df.columns = [str(c).strip() for c in df.columns]
                    yield df
            return
    raise InputError(f"unsupported file type; expected one of: {', '.join('.' + k for k in kinds)}", file=str(p))


@contextmanager
def _read_errors(p: Path):
    try:
        yield
    except (EOFError, zlib.error) as e:  # a truncated or damaged .gz
        raise InputError(f"compressed data is truncated or corrupt ({str(e).strip()[:100]}); fetch or copy the file again",
                         file=str(p)) from None
    except OSError as e:  # gzip.BadGzipFile is one, without a strerror
        raise InputError(f"cannot read: {e.strerror or str(e)[:120]}", file=str(p)) from None


@contextmanager
def _csv_errors(p: Path, whole: bytes | None = None):
    import pandas as pd

    try:
        yield
    except UnicodeDecodeError:
        raise _not_utf8(p, whole) from None
    except pd.errors.EmptyDataError:
        raise InputError("is empty; expected a header row and data rows", file=str(p)) from None
    except pd.errors.ParserError as e:
        said = str(e).strip().splitlines()[-1]
        # pandas counts records from the header: its "line 3" (1-based) and "row 2" (0-based)
        # are data rows 2; say them as every other error does
        if m := re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", said):
            raise InputError(f"malformed CSV: {m[3]} fields where the header has {m[1]} (a value holding the "
                             "separator needs quotes)", file=str(p), row=int(m[2]) - 1) from None
        if m := re.search(r"EOF inside string starting at row (\d+)", said):
            raise InputError("malformed CSV: a quote opened in this row is never closed", file=str(p),
                             row=int(m[1])) from None
        raise InputError(f"malformed CSV: {said}", file=str(p)) from None


def _read_jsonl(p: Path, whole: bytes | None = None) -> pd.DataFrame:
    """A JSON Lines file (``whole``: its bytes, already read from a pipe) as a table of text."""
    import pandas as pd

    import gzip

    zipped = p.name.lower().endswith(".gz")
    if whole is None:
        opened = (gzip.open if zipped else open)(p, "rt", encoding="utf-8-sig")
    else:
        opened = io.TextIOWrapper(gzip.GzipFile(fileobj=io.BytesIO(whole)) if zipped else io.BytesIO(whole), encoding="utf-8-sig")
    rows = []
    i = 0  # data rows: non-blank lines, counted as every other input counts its rows
    try:
        with opened as fh:
            for line in fh:
                if not line.strip():
                    continue
                i += 1
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as e:
                    raise InputError(f"not valid JSON ({e.msg})", file=str(p), row=i) from None
                if not isinstance(obj, dict):
                    raise InputError("each line must be a JSON object", file=str(p), row=i)
                nested = next((k for k, v in obj.items() if isinstance(v, (dict, list))), None)
                if nested is not None:  # its Python repr ("{'t': 'x'}") would be read as the value
                    kind = "an object" if isinstance(obj[nested], dict) else "an array"
                    raise InputError(f"{nested}: {kind}, expected one value (text or a number)", file=str(p), row=i)
                rows.append({k: ("" if v is None else str(v)) for k, v in obj.items()})
    except UnicodeDecodeError:
        raise _not_utf8(p, whole) from None
    # a key some records leave out is an empty cell there, as in a CSV (not NaN, read as "nan")
    return pd.DataFrame(rows).fillna("")


def check_delimiter(df: pd.DataFrame, file: str) -> None:
    """Refuse a file read as one column whose name holds another separator (';', tab, '|')."""
    if len(df.columns) == 1 and any(sep in str(df.columns[0]) for sep in (";", "\t", "|")):
        raise InputError(f"only one column '{df.columns[0][:60]}': the delimiter must be a comma", file=file)


def require_columns(df: pd.DataFrame, required: tuple[str, ...], file: str, hint: str = "") -> None:
    check_delimiter(df, file)
    missing = [c for c in required if c not in df.columns]
    if missing:
        raise InputError(f"missing column(s) {', '.join(missing)}; found {', '.join(map(str, df.columns)) or 'none'}{hint}", file=file)
    if len(df) == 0:
        raise InputError("has a header but no data rows", file=file)


def parse_timestamps(values: pd.Series, file: str, column: str, tz: str = "", zone_flag: str = "--prices-tz",
                     one_zone: bool = True) -> np.ndarray:
    """Timestamps -> int64 nanoseconds UTC.

    Values with a UTC offset (``...-05:00`` or ``Z``) are taken as they are. Values
    without one are read in ``tz`` only if it is given; otherwise the file is refused, since
    vendor exports are often naive exchange time and a guess shifts every fill by hours.
    Mixing the two kinds in one file is refused. ``zone_flag`` is the option the hint names.
    ``one_zone`` refuses values whose offsets differ by more than a daylight-saving hour (a price
    tape is one exchange's clock); a headline file may merge feeds stamped in New York and
    Beijing, each row exact as given.
    """
    import pandas as pd

    if pd.api.types.is_datetime64_any_dtype(values):
        s = pd.Series(values)
        if s.isna().any():
            raise InputError(f"{column}: missing timestamp", file=file, row=int(np.argmax(s.isna().to_numpy())) + 1)
        if s.dt.tz is None:
            if not tz:
                raise InputError(f"{column}: timestamps carry no time zone; pass the zone they are in (e.g. {zone_flag} America/New_York)", file=file, row=1)
            s = _localize(s, tz, file, column)
        return _utc_ns(s)
    return parse_timestamp_pieces([values], file, column, tz, zone_flag, one_zone)


def parse_timestamp_pieces(pieces: Iterable[pd.Series], file: str, column: str, tz: str = "", zone_flag: str = "--prices-tz",
                           one_zone: bool = True) -> np.ndarray:
    """:func:`parse_timestamps` of a text column read a piece at a time (a long file's chunks):
    the same checks over the whole column and the same first error, without the whole column's
    text in memory. Rows count on across pieces."""
    import pandas as pd

    out: list[np.ndarray] = []
    row0 = 0
    first_text = None  # row 1's value
    first_offset: bool | None = None  # whether row 1 carries an offset
    unreadable = mixed = naive_unreadable = zone_error = None  # the first of each problem: (row, what)
    minutes_seen: dict[str, int] = {}  # offset text -> minutes east of UTC
    first_minutes = None
    other_zone = None  # (row, offset) of the first value whose offset differs from row 1's
    for values in pieces:
        text = values.astype(str).str.strip()
        n = len(text)
        if n == 0:
            continue
        empty = (text == "") | text.str.lower().isin(["nan", "nat", "none", "null"])
        if empty.any():  # (no earlier piece had one: this is the column's first)
            raise InputError(f"{column}: missing timestamp", file=file, row=row0 + int(np.argmax(empty.to_numpy())) + 1)
        # unreadable values first: "soon" is not a timestamp, whatever the other rows carry
        as_utc = pd.to_datetime(text, utc=True, errors="coerce", format="ISO8601")
        bad = as_utc.isna().to_numpy()
        if bad.any() and unreadable is None:
            i = int(np.argmax(bad))
            unreadable = (row0 + i + 1, text.iloc[i])
        has_offset = text.str.contains(_OFFSET_RE).to_numpy()
        if first_offset is None:
            first_text, first_offset = text.iloc[0], bool(has_offset[0])
        other = has_offset != first_offset
        if other.any() and mixed is None:
            mixed = row0 + int(np.argmax(other)) + 1
        if first_offset:
            if unreadable is None and mixed is None:
                out.append(_utc_ns(as_utc))  # every value carries its offset: read once, above
                if one_zone:
                    offs = _offsets(text)
                    # each distinct offset worked out once (a tape has one or two), not once per row
                    for o in offs.unique():
                        if o not in minutes_seen:
                            minutes_seen[o] = (1 if o[0] == "+" else -1) * (int(o[1:3]) * 60 + int(o[3:5]))
                    minutes = offs.map(minutes_seen).to_numpy()
                    if first_minutes is None:
                        first_minutes, first_off = minutes[0], offs.iloc[0]
                    differ = minutes != first_minutes
                    if differ.any() and other_zone is None:
                        i = int(np.argmax(differ))
                        other_zone = (row0 + i + 1, offs.iloc[i])
        elif tz and unreadable is None and mixed is None:
            parsed = pd.to_datetime(text, errors="coerce", format="ISO8601")
            bad = parsed.isna().to_numpy()
            if bad.any() and naive_unreadable is None:
                i = int(np.argmax(bad))
                naive_unreadable = (row0 + i + 1, text.iloc[i])
            if naive_unreadable is None and zone_error is None:
                try:
                    out.append(_utc_ns(_localize(parsed, tz, file, column)))
                except InputError as e:
                    zone_error = InputError(e.problem, file=e.file, row=None if e.row is None else row0 + e.row)
        row0 += n
    if unreadable is not None:
        raise _unreadable(column, file, *unreadable)
    if mixed is not None:
        raise InputError(f"{column}: timestamps mix values with and without a UTC offset; give every value an offset", file=file, row=mixed)
    if first_offset is None:
        return np.zeros(0, dtype=np.int64)
    if first_offset:
        if one_zone and minutes_seen and max(minutes_seen.values()) - min(minutes_seen.values()) > 60:
            # offsets may differ by the one hour of a daylight-saving change, not more: two zones
            # in one file are almost always a join of two sources, and refused
            raise InputError(f"{column}: mixed time zones in one file (offset {other_zone[1]} after {first_off}); convert to one zone",
                             file=file, row=other_zone[0])
        return np.concatenate(out)
    if not tz:
        raise InputError(f"{column}: timestamp {first_text!r} has no UTC offset; add offsets or pass the zone it is in (e.g. {zone_flag} America/New_York)", file=file, row=1)
    if naive_unreadable is not None:
        raise _unreadable(column, file, *naive_unreadable)
    if zone_error is not None:
        raise zone_error
    return np.concatenate(out)


def _offsets(text: pd.Series) -> pd.Series:
    """Each value's UTC offset as ``+HHMM`` (``Z`` is ``+0000``); every value carries one."""
    # an offset lies in a value's last six characters: each distinct ending is read once (a tape
    # has one or two), not every row (a third of the reference tape's reading, before)
    tails = text.str[-6:]
    return tails.map({t: re.search(r"(Z|[+-]\d{2}:?\d{2})$", t, flags=re.IGNORECASE).group(1).upper().replace("Z", "+00:00").replace(":", "")
                      for t in tails.unique()})


def _unreadable(column: str, file: str, row: int, shown: str) -> InputError:
    return InputError(f"{column}: cannot read {shown!r} as a timestamp (expected ISO-8601, e.g. 2022-11-22T11:00:00-05:00)", file=file, row=row)


def _utc_ns(s: pd.Series) -> np.ndarray:
    """A tz-aware datetime Series -> int64 nanoseconds since the epoch (UTC)."""
    return s.dt.tz_convert("UTC").dt.tz_localize(None).astype("datetime64[ns]").to_numpy().view("int64").copy()


def _localize(s: pd.Series, tz: str, file: str, column: str) -> pd.Series:
    import pandas as pd

    try:
        return s.dt.tz_localize(tz, ambiguous="raise", nonexistent="raise")
    except Exception as e:  # unknown zone, or a DST-ambiguous / non-existent wall time
        msg = str(e).splitlines()[0]
        if "Unknown time zone" in msg or "ZoneInfo" in msg or "No time zone" in msg or "not a valid" in msg.lower():
            raise InputError(f"unknown time zone {tz!r} (use an IANA name such as America/New_York)", file=file) from None
        for i, v in enumerate(s):
            try:
                pd.Timestamp(v).tz_localize(tz, ambiguous="raise", nonexistent="raise")
            except Exception:
                raise InputError(f"{column}: {v} does not exist or is ambiguous in {tz} (a daylight-saving change); give this value a UTC offset", file=file, row=i + 1) from None
        raise InputError(f"{column}: cannot localise to {tz}: {msg}", file=file) from None


# a plain decimal ("109.91", "-0.5", "1200") of at most 15 characters, so at most 15 digits
_PLAIN_DECIMAL = r"^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)$"
_PLAIN_MAX_CHARS = 15


def _plain_decimals(col: pd.Series) -> np.ndarray | None:
    """A text column in which every value is a plain decimal of at most 15 digits, as float64 —
    read by pyarrow's cast, a twentieth of ``pd.to_numeric``'s time (7 columns of a day of
    one-second bars: 30 ms). Both round such a number correctly (its digits fit a double
    exactly and the power of ten is exact: one rounding), so the bits are the same; a test
    holds them to it. None for any other column (blank, text, exponents, long numbers): the
    general path reads it and names the row of a bad value."""
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        arr = pc.utf8_trim_whitespace(pa.array(col.array, type=pa.string()))
    except (pa.ArrowException, TypeError, ValueError):
        return None
    if len(arr) == 0 or arr.null_count or pc.max(pc.utf8_length(arr)).as_py() > _PLAIN_MAX_CHARS \
            or not pc.all(pc.match_substring_regex(arr, _PLAIN_DECIMAL)).as_py():
        return None
    return pc.cast(arr, pa.float64()).to_numpy(zero_copy_only=False)


def parse_numbers(df: pd.DataFrame, column: str, file: str) -> np.ndarray:
    """A numeric column -> float64, refusing text, blanks and non-finite values with the row."""
    import pandas as pd

    col = df[column]
    if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
        out = col.to_numpy(dtype=np.float64)
        bad = ~np.isfinite(out)
        if bad.any():
            i = int(np.argmax(bad))
            raise InputError(f"{column}: missing or non-finite value", file=file, row=i + 1)
        return out
    plain = _plain_decimals(col)
    if plain is not None:
        return plain
    text = col.astype(str).str.strip()
    out = pd.to_numeric(text, errors="coerce").to_numpy(dtype=np.float64)
    bad = ~np.isfinite(out)
    if bad.any():
        i = int(np.argmax(bad))
        shown = text.iloc[i]
        what = "missing value" if shown in ("", "nan", "NaN") else f"{shown!r} is not a number"
        raise InputError(f"{column}: {what}", file=file, row=i + 1)
    return out
