"""Headline files (CSV or JSON Lines): one row per headline.

Required: ``published_at``, ``source``, ``headline``. Optional: ``ticker``, ``received_at``
(overrides the feed-latency model), ``url``, ``id``, ``label`` (skips the classifier),
``time_precision`` (how exact ``published_at`` is, e.g. ``exact_minute``, ``upper_bound``,
``assumed``: shown in every report). Other columns are kept for the user and ignored. Times must carry a UTC offset
unless a zone is given (``--headlines-tz``); rows may carry different offsets (feeds stamped in
New York and in Beijing merged into one file): each is read as it is.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Iterable

import numpy as np

from .domain import KINDS
from .errors import InputError
from .latency import stable_key
from .names import check_ticker
from .tabular import STDIN, STDIN_NAME, iter_table, parse_timestamp_pieces, read_table, require_columns

REQUIRED = ("published_at", "source", "headline")


@dataclass(frozen=True)
class Headline:
    row: int  # 1-based data row in its file
    id: str
    t_pub: int  # ns UTC
    t_recv_given: int | None  # ns UTC, from received_at
    source: str
    headline: str
    ticker: str
    url: str
    label: str
    time_precision: str = ""


def default_id(*content: object) -> str:
    """The id of a headline given without one: 64 bits of its content's hash, so ids stay put
    when rows are inserted elsewhere and a million headlines collide with odds near 3e-8 (distinct
    rows that still collide are numbered by :func:`load_headlines`; an identical row is refused)."""
    return f"h{stable_key(*content):016x}"


def _content_of(t_pub: int, source: str, text: str, ticker: str) -> tuple:
    # the ticker is part of the content (one story about two companies is two headlines)
    return (t_pub, source, text, ticker) if ticker else (t_pub, source, text)


def _content(h: Headline) -> tuple:
    return _content_of(h.t_pub, h.source, h.headline, h.ticker)


def _next_free(hid: str, seen: dict[str, int]) -> str:
    """``hid-2``, ``hid-3``, ...: the first suffix not yet taken (in file order)."""
    k = 2
    while f"{hid}-{k}" in seen:
        k += 1
    return f"{hid}-{k}"


def load_headlines(path: str | Path, tz: str = "", stdin: bool = False) -> list[Headline]:
    """Read and validate; returned in publication order (file order breaks ties). ``stdin``: ``-``
    means a CSV feed on standard input (:func:`rumorbt.tabular.read_table`)."""
    file = STDIN_NAME if stdin and str(path) == STDIN else str(path)
    df = read_table(path, kinds=KINDS_READ, stdin=stdin)
    _require(df, file)
    t_pub, recv = _times([df["published_at"]], [df["received_at"]] if "received_at" in df.columns else None, file, tz)
    out, given = _chunk_headlines(df, t_pub, recv, file, 0)
    _make_unique(out, given, file)
    return sorted(out, key=lambda h: (h.t_pub, h.row))


KINDS_READ = ("csv", "jsonl")


def _require(df, file: str) -> None:
    require_columns(df, REQUIRED, file, hint=" (headlines: published_at, source, headline; optional ticker, received_at, url, id, label)")


def _times(pub: Iterable, recv: Iterable | None, file: str, tz: str) -> tuple[np.ndarray, np.ndarray | None]:
    """``published_at`` and ``received_at`` of every row, ns UTC (received: -1 where not given, None
    without the column), checked over the whole column as one file, given a piece at a time."""
    t_pub = parse_timestamp_pieces(pub, file, "published_at", tz, zone_flag="--headlines-tz", one_zone=False)
    if recv is None:
        return t_pub, None
    masks: list[np.ndarray] = []  # per piece, where a value is given

    def given_values():
        for v in recv:
            given = (v.astype(str).str.strip() != "").to_numpy()
            masks.append(given)
            yield v[given].reset_index(drop=True)

    try:
        values = parse_timestamp_pieces(given_values(), file, "received_at", tz, zone_flag="--headlines-tz", one_zone=False)
    except InputError as e:
        rows = np.flatnonzero(np.concatenate(masks)) + 1  # the file's rows of the given values
        raise InputError(e.problem, file=e.file, row=int(rows[e.row - 1]) if e.row else None) from None
    t_recv = np.full(len(t_pub), -1, dtype=np.int64)
    if masks:
        t_recv[np.concatenate(masks)] = values
    return t_pub, t_recv


def _column(file: str, name: str, chunk_rows: int):
    """One column of a CSV file, a chunk at a time."""
    return (df[name] for df in iter_table(file, kinds=KINDS_READ, chunk_rows=chunk_rows, usecols=lambda c: c == name))


def _check_chunk(df, t_pub: np.ndarray, recv: np.ndarray | None, file: str, row0: int,
                 hashes: np.ndarray | None = None) -> tuple[list, ...]:
    """The rows of ``df`` (file rows ``row0 + 1`` on, times already read) checked one by one: their
    columns (tickers upper-cased), each row's id (given, else from its content: ``hashes`` when
    already worked out, one per row) not yet made unique, and whether each id was given."""
    col = lambda name: df[name].astype(str).str.strip().tolist() if name in df.columns else [""] * len(df)
    sources, texts, tickers, urls, ids, labels, precisions = (
        col(c) for c in ("source", "headline", "ticker", "url", "id", "label", "time_precision"))
    given = [bool(x) for x in ids]
    if not (all(texts) and all(sources) and set(labels) <= _LABELS_OR_NONE
            and (recv is None or not ((recv >= 0) & (recv < t_pub)).any())):
        _first_row_error(sources, texts, tickers, labels, t_pub, recv, file, row0)
    # no row can fail but on its ticker (checked in row order: the first bad one is the first error)
    if any(tickers):
        for i, given_ticker in enumerate(tickers):
            if given_ticker:
                tickers[i] = _given_ticker(given_ticker, file, row0 + i + 1)
    if all(given):
        return sources, texts, tickers, urls, labels, precisions, ids, given
    # Content-derived default ids keep latency draws stable when rows are inserted elsewhere.
    if hashes is not None:
        for i, h in enumerate(hashes.tolist()):
            if not given[i]:
                ids[i] = f"h{h:016x}"
    else:
        t_list = t_pub.tolist()
        for i in range(len(ids)):
            if not given[i]:
                ids[i] = default_id(*_content_of(t_list[i], sources[i], texts[i], tickers[i]))
    return sources, texts, tickers, urls, labels, precisions, ids, given


_LABELS_OR_NONE = frozenset(KINDS) | {""}


def _first_row_error(sources: list, texts: list, tickers: list, labels: list, t_pub: np.ndarray,
                     recv: np.ndarray | None, file: str, row0: int) -> None:
    """Raise the first row's problem, in row order (a row's own checks in this order), for a
    chunk known to hold one."""
    for i in range(len(texts)):
        row = row0 + i + 1
        if not texts[i]:
            raise InputError("headline: empty text", file=file, row=row)
        if not sources[i]:
            raise InputError("source: empty; name who published it (e.g. Reuters, Twitter, The Leak)", file=file, row=row)
        if labels[i] and labels[i] not in KINDS:
            raise InputError(f"label: {labels[i]!r} is not one of {', '.join(KINDS)}", file=file, row=row)
        if recv is not None and 0 <= recv[i] < t_pub[i]:
            raise InputError("received_at is before published_at", file=file, row=row)
        if tickers[i]:
            _given_ticker(tickers[i], file, row)


def _given_ticker(given: str, file: str, row: int) -> str:
    """A ticker cell checked (a leading ``$`` dropped; ``$`` alone is no ticker: refused, not kept as one)."""
    return check_ticker(given.lstrip("$") or given, "ticker", file=file, row=row)


def _chunk_headlines(df, t_pub: np.ndarray, recv: np.ndarray | None, file: str, row0: int,
                     hashes: np.ndarray | None = None) -> tuple[list[Headline], list[bool]]:
    """The checked rows of ``df`` as headlines (see :func:`_check_chunk`), and whether each id was given."""
    sources, texts, tickers, urls, labels, precisions, ids, given = _check_chunk(df, t_pub, recv, file, row0, hashes)
    recvs = [None] * len(df) if recv is None else [x if x >= 0 else None for x in recv.tolist()]
    return [_headline(values) for values in zip(range(row0 + 1, row0 + len(df) + 1), ids, t_pub.tolist(), recvs,
                                                sources, texts, tickers, urls, labels, precisions)], given


_HEADLINE_FIELDS = tuple(f.name for f in fields(Headline))


def _headline(values: tuple) -> Headline:
    """``Headline(*values)`` without the frozen dataclass's per-field ``object.__setattr__`` (a
    few microseconds a row, seconds over a million-row file): the same object, equal and with
    the same hash."""
    h = object.__new__(Headline)
    h.__dict__.update(zip(_HEADLINE_FIELDS, values))
    return h


def _make_unique(out: list[Headline], given: list[bool], file: str) -> None:
    """Refuse a given id that repeats and an identical row; number distinct rows whose hashes
    agree (``h...-2``), in file order; in place."""
    seen: dict[str, int] = {}
    for n, h in enumerate(out):
        if h.id in seen:
            first = out[seen[h.id] - 1]
            if given[n] or _content(first) == _content(h):
                raise InputError(f"id: {h.id!r} repeats data row {seen[h.id]}; ids must be unique", file=file, row=h.row)
            out[n] = h = replace(h, id=_next_free(h.id, seen))  # distinct rows whose hashes agree
        seen[h.id] = h.row


_DEFAULT_ID = re.compile(r"h[0-9a-f]{16}")


@dataclass(frozen=True)
class HeadlineFile:
    """A headline file checked whole (every row, every id) and read again a chunk at a time: what
    ``classify`` streams through, so memory does not grow with the file (see :func:`scan_headlines`)."""

    path: str
    tz: str
    rows: int
    in_order: bool  # file order is publication order (ties: file order), as a feed's log is
    t_pub: np.ndarray = field(repr=False)  # ns UTC per row
    recv: np.ndarray | None = field(repr=False)
    renamed: dict = field(repr=False)  # row -> id, for the rare rows whose default ids were numbered
    chunk_rows: int = 50_000
    held: tuple = field(default=(), repr=False)  # the headlines themselves, when the file cannot be read twice
    stamp: tuple = ()
    hashes: np.ndarray | None = field(default=None, repr=False)  # uint64 per row: the content hash its default id shows

    def chunks(self):
        """Lists of :class:`Headline` in file order, ``chunk_rows`` at a time."""
        if self.held:
            for k in range(0, self.rows, self.chunk_rows):
                yield list(self.held[k:k + self.chunk_rows])
            return
        if _stamp(self.path) != self.stamp:
            raise InputError("changed while it was being read; read it again", file=self.path)
        row0 = 0
        for df in _frames(self.path, self.chunk_rows):
            n = len(df)
            hs, _ = _chunk_headlines(df, self.t_pub[row0:row0 + n], None if self.recv is None else self.recv[row0:row0 + n],
                                     self.path, row0, None if self.hashes is None else self.hashes[row0:row0 + n])
            if self.renamed:
                hs = [replace(h, id=self.renamed[h.row]) if h.row in self.renamed else h for h in hs]
            row0 += n
            yield hs
        if row0 != self.rows:
            raise InputError("changed while it was being read; read it again", file=self.path)


def _stamp(path: str) -> tuple:
    st = Path(path).stat()
    return st.st_size, st.st_mtime_ns


def _frames(path: str, chunk_rows: int):
    return iter_table(path, kinds=KINDS_READ, chunk_rows=chunk_rows)


def scan_headlines(path: str | Path, tz: str = "", chunk_rows: int = 50_000, stdin: bool = False) -> HeadlineFile:
    """Check a whole headline file as :func:`load_headlines` does (same checks, same first error,
    the same ids), keeping only its times, its content hashes and the few ids that had to be
    numbered: 16 bytes a row (24 with ``received_at``). A file that is not a CSV file (``.csv``, ``.csv.gz``) on disk (JSON Lines, a pipe) is held in memory instead.
    ``stdin``: as :func:`load_headlines`'s."""
    file = str(path)
    plain = Path(file).name.lower().endswith((".csv", ".csv.gz")) and Path(file).is_file()
    if not plain:
        hs = sorted(load_headlines(path, tz, stdin=stdin), key=lambda h: h.row)
        t = np.array([h.t_pub for h in hs], dtype=np.int64)
        return HeadlineFile(file, tz, len(hs), bool(np.all(t[1:] >= t[:-1])), t, None, {}, chunk_rows, tuple(hs))
    stamp = _stamp(file)
    frames = _frames(file, chunk_rows)
    first = next(frames)
    _require(first, file)
    t_pub, recv = _times(_column(file, "published_at", chunk_rows),
                         _column(file, "received_at", chunk_rows) if "received_at" in first.columns else None, file, tz)
    hashes = np.zeros(len(t_pub), dtype=np.uint64)  # (0 where the id is given)
    is_given = np.zeros(len(t_pub), dtype=bool)
    given_ids: set[str] = set()
    repeats = False
    row0 = 0
    for df in itertools.chain([first], frames):
        n = len(df)
        *_, ids, given = _check_chunk(df, t_pub[row0:row0 + n], None if recv is None else recv[row0:row0 + n], file, row0)
        for i, (hid, g) in enumerate(zip(ids, given)):
            if g:
                repeats = repeats or hid in given_ids
                given_ids.add(hid)
                is_given[row0 + i] = True
            else:
                hashes[row0 + i] = int(hid[1:], 16)
        row0 += n
    looks_default = [int(g[1:], 16) for g in given_ids if _DEFAULT_ID.fullmatch(g)]
    defaults = hashes[~is_given]
    hf = HeadlineFile(file, tz, row0, bool(np.all(t_pub[1:] >= t_pub[:-1])), t_pub, recv, {}, chunk_rows, (), stamp, hashes)
    defaults = np.sort(defaults)  # (a sort finds a repeat: np.unique's hashing is some 20 times slower)
    if repeats or bool((defaults[1:] == defaults[:-1]).any()) or (
            looks_default and np.isin(np.array(looks_default, dtype=np.uint64), defaults).any()):
        # rare (a repeated row or id, or two hashes that agree): the exact rule, over the file held whole
        final = {h.row: h.id for h in load_headlines(file, tz)}
        hf = replace(hf, renamed={h.row: final[h.row] for hs in hf.chunks() for h in hs if final[h.row] != h.id})
    return hf
