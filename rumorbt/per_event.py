"""Per-event results of a sweep over many events: every combination's outcome on every event.

A sweep over a portfolio (``[sweep] prices_dir`` or ``tapes``) writes, next to ``results.csv``:

- ``events.csv``: the events in the order the sweep numbers them (``event`` 0, 1, ...): id,
  ticker, rumour publication (ISO, exchange time) and ``simulated_data``.
- ``per_event.csv``: one row per (combination, event) — ``combo, event, trades, net_pnl,
  notional, simulated_data`` — in combination order, then event order. ``trades`` counts closed trades;
  ``trades = 0`` is **no trade** (``net_pnl`` and ``notional`` empty), never a zero profit.
  Money in the tape's currency, net of every cost, closed trades only (as in results.csv).
  With ``draws > 1``: ``trades`` summed over the draws, ``net_pnl`` and ``notional`` the mean
  over the draws in which the event traded.
- ``per_event.sha256``: after each chunk, ``combinations bytes sha256`` of per_event.csv so
  far. Each chunk is appended (one write and an fsync) *before* results.csv's, so whatever
  results.csv vouches for, per_event.csv does too; ``--resume`` cuts it at that checkpoint.

Memory stays flat whatever the grid: rows are streamed to disk by :class:`PerEventLog`, and
:func:`accumulate` reads the file back in pieces into per-group sums (a group: the
combinations a report pools, e.g. one direction at one latency).

The interface a sweep's evaluation step uses (whatever computes the trades — the fast path,
backtrader, a batch kernel): :func:`outcomes` (trades of each event -> arrays) or
:class:`EventOutcomes` built directly from arrays, then :func:`encode`.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from .errors import InputError

EVENTS_FILE, PER_EVENT_FILE, PER_EVENT_PROGRESS = "events.csv", "per_event.csv", "per_event.sha256"
PER_EVENT_FILES = [EVENTS_FILE, PER_EVENT_FILE, PER_EVENT_PROGRESS]
HEADER = "combo,event,trades,net_pnl,notional,simulated_data\n"
ROWS_PER_CHUNK = 200_000  # per-event rows a sweep chunk may hold in memory (~6 MB of text): fewer combinations per chunk


@dataclass(frozen=True)
class EventOutcomes:
    """One combination's outcome on each event (index = the sweep's event number)."""

    trades: np.ndarray  # int: closed trades (0: no trade)
    net_pnl: np.ndarray  # float: net P&L of its closed trades (NaN: no trade)
    notional: np.ndarray  # float: entry notional of its closed trades (NaN: no trade)


def outcomes(trades_per_event: Sequence[Sequence]) -> EventOutcomes:
    """Closed trades of each event -> :class:`EventOutcomes` (``RoundTrip``-like objects)."""
    from .trades import closed

    n = len(trades_per_event)
    cnt = np.zeros(n, dtype=np.int64)
    net = np.full(n, np.nan)
    notional = np.full(n, np.nan)
    for e, trades in enumerate(trades_per_event):
        done = closed(trades)
        if done:
            cnt[e] = len(done)
            net[e] = sum(t.net_pnl for t in done)
            notional[e] = sum(t.qty * t.entry_price for t in done)
    return EventOutcomes(cnt, net, notional)


def mean_over_draws(draws: Sequence[EventOutcomes]) -> EventOutcomes:
    """Trades summed over the draws; net P&L and notional averaged over the draws that traded."""
    cnt = np.sum([d.trades for d in draws], axis=0)
    traded = np.sum([d.trades > 0 for d in draws], axis=0)
    with np.errstate(invalid="ignore"):
        net = np.where(traded > 0, np.nansum([d.net_pnl for d in draws], axis=0) / np.maximum(traded, 1), np.nan)
        notional = np.where(traded > 0, np.nansum([d.notional for d in draws], axis=0) / np.maximum(traded, 1), np.nan)
    return EventOutcomes(cnt.astype(np.int64), net, notional)


def _money(x: float) -> str:
    return "" if not np.isfinite(x) else f"{round(float(x), 2) + 0.0:.2f}"


def encode(combo: int, out: EventOutcomes, simulated: bool) -> str:
    """The per_event.csv rows of one combination (no header)."""
    sim = "true" if simulated else "false"
    return "".join(f"{combo},{e},{int(k)},{_money(v) if k else ''},{_money(n) if k else ''},{sim}\n"
                   for e, (k, v, n) in enumerate(zip(out.trades, out.net_pnl, out.notional)))


def check_rows(text: str, indices: list[int], n_events: int, who: str) -> None:
    """A chunk's per-event rows must be ``n_events`` rows per asked combination, in order."""
    lines = text.splitlines()
    want = len(indices) * n_events
    problem = None
    if len(lines) != want:
        problem = f"{len(lines)} per-event row(s), not {want}"
    elif lines and (lines[0].split(",", 2)[:2] != [str(indices[0]), "0"]
                    or lines[-1].split(",", 2)[:2] != [str(indices[-1]), str(n_events - 1)]):
        problem = "per-event rows of other combinations"
    if problem:
        raise InputError(f"{who} returned {problem} for combinations {indices[0]}-{indices[-1]}; nothing of it was written")


def _append(fh, data: bytes) -> None:
    fh.write(data)
    fh.flush()
    os.fsync(fh.fileno())


class PerEventLog:
    """per_event.csv and its checkpoints, appended a chunk at a time (the caller holds the folder)."""

    def __init__(self, out: Path, rows: int, nbytes: int, hasher) -> None:
        self.rows, self.nbytes, self.hasher = rows, nbytes, hasher
        self.data = open(out / PER_EVENT_FILE, "ab")
        self.progress = open(out / PER_EVENT_PROGRESS, "ab")

    @classmethod
    def start(cls, out: Path) -> "PerEventLog":
        head = HEADER.encode()
        hasher = hashlib.sha256(head)
        with open(out / PER_EVENT_FILE, "wb") as fh:
            _append(fh, head)
        with open(out / PER_EVENT_PROGRESS, "wb") as fh:
            _append(fh, f"0 {len(head)} {hasher.hexdigest()}\n".encode())
        return cls(out, 0, len(head), hasher)

    @classmethod
    def resume(cls, out: Path, rows: int) -> "PerEventLog":
        """Verify per_event.csv up to the checkpoint of ``rows`` combinations and cut it there."""
        where = str(out / PER_EVENT_FILE)
        try:
            lines = (out / PER_EVENT_PROGRESS).read_bytes().split(b"\n")
            size = (out / PER_EVENT_FILE).stat().st_size
        except FileNotFoundError:
            raise InputError(f"a many-event sweep folder without {PER_EVENT_FILE} and {PER_EVENT_PROGRESS}; "
                             "use another --out", file=where) from None
        marks = {}
        for line in lines:
            p = line.split()
            if len(p) == 3 and p[0].isdigit() and p[1].isdigit():
                marks[int(p[0])] = (int(p[1]), p[2].decode("ascii", "replace"))
        if rows not in marks or marks[rows][0] > size:
            raise InputError(f"has no complete checkpoint at combination {rows} (results.csv's); use another --out", file=where)
        good, digest = marks[rows]
        hasher, left = hashlib.sha256(), good
        with open(out / PER_EVENT_FILE, "rb") as fh:
            while left:
                block = fh.read(min(left, 1 << 20))
                hasher.update(block)
                left -= len(block)
        if hasher.hexdigest() != digest:
            raise InputError("was changed after it was written; use another --out", file=where)
        with open(out / PER_EVENT_FILE, "r+b") as fh:
            fh.truncate(good)
        kept = b"".join(f"{n} {b} {d}\n".encode() for n, (b, d) in sorted(marks.items()) if n <= rows)
        with open(out / PER_EVENT_PROGRESS, "wb") as fh:
            _append(fh, kept)
        return cls(out, rows, good, hasher)

    def append(self, text: str, n_combos: int) -> None:
        data = text.encode("utf-8")
        _append(self.data, data)
        self.hasher.update(data)
        self.rows += n_combos
        self.nbytes += len(data)
        _append(self.progress, f"{self.rows} {self.nbytes} {self.hasher.hexdigest()}\n".encode())

    def close(self) -> None:
        self.data.close()
        self.progress.close()


def accumulate(path: Path, group_of_combo: np.ndarray, n_groups: int, n_events: int,
               chunk_rows: int = 1_000_000) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Read per_event.csv in pieces; per (group, event): sum of net P&L, sum of notional and
    the number of combinations of the group in which the event traded. ``group_of_combo[c]``
    is combination ``c``'s group (-1: left out). Arrays of shape (n_groups, n_events)."""
    import pandas as pd

    net = np.zeros((n_groups, n_events))
    notional = np.zeros((n_groups, n_events))
    traded = np.zeros((n_groups, n_events), dtype=np.int64)
    for part in pd.read_csv(path, chunksize=chunk_rows, dtype={"combo": "int64", "event": "int64", "trades": "int64",
                                                                "net_pnl": "float64", "notional": "float64"}):
        c, e = part["combo"].to_numpy(), part["event"].to_numpy()
        g = group_of_combo[c]
        ok = (g >= 0) & (part["trades"].to_numpy() > 0)
        np.add.at(net, (g[ok], e[ok]), part["net_pnl"].to_numpy()[ok])
        np.add.at(notional, (g[ok], e[ok]), part["notional"].to_numpy()[ok])
        np.add.at(traded, (g[ok], e[ok]), 1)
    return net, notional, traded
