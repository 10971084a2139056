"""Headline files (CSV or JSON Lines): one row per headline.

Required: ``published_at``, ``source``, ``headline``. Optional: ``ticker``, ``received_at``
(overrides the feed-latency model), ``url``, ``id``, ``label`` (skips the classifier),
``time_precision`` (how exact ``published_at`` is, e.g. ``exact_minute``, ``upper_bound``,
``assumed``: shown in every report). Other columns are kept for the user and ignored. Times must carry a UTC offset
unless a zone is given (``--headlines-tz``); rows may carry different offsets (feeds stamped in
New York and in Beijing merged into one file): each is read as it is.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from .domain import KINDS
from .errors import InputError
from .latency import stable_key
from .names import check_ticker
from .tabular import parse_timestamps, read_table, require_columns

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


def load_headlines(path: str | Path, tz: str = "") -> list[Headline]:
    """Read and validate; returned in publication order (file order breaks ties)."""
    file = str(path)
    df = read_table(path, kinds=("csv", "jsonl"))
    require_columns(df, REQUIRED, file, hint=" (headlines: published_at, source, headline; optional ticker, received_at, url, id, label)")
    t_pub = parse_timestamps(df["published_at"], file, "published_at", tz, zone_flag="--headlines-tz", one_zone=False)
    recv = None
    if "received_at" in df.columns:
        given = df["received_at"].astype(str).str.strip() != ""
        recv = np.full(len(df), -1, dtype=np.int64)
        if given.any():
            rows = np.flatnonzero(given.to_numpy()) + 1  # the file's rows of the given values
            try:
                recv[given.to_numpy()] = parse_timestamps(df.loc[given, "received_at"].reset_index(drop=True), file,
                                                          "received_at", tz, zone_flag="--headlines-tz",
                                                          one_zone=False)
            except InputError as e:
                raise InputError(e.problem, file=e.file, row=int(rows[e.row - 1]) if e.row else None) from None
    col = lambda name: df[name].astype(str).str.strip().tolist() if name in df.columns else [""] * len(df)
    sources, texts, tickers, urls, ids, labels, precisions = (
        col(c) for c in ("source", "headline", "ticker", "url", "id", "label", "time_precision"))
    out: list[Headline] = []
    for i in range(len(df)):
        row = i + 1
        if not texts[i]:
            raise InputError("headline: empty text", file=file, row=row)
        if not sources[i]:
            raise InputError("source: empty; name who published it (e.g. Reuters, Twitter, The Leak)", file=file, row=row)
        if labels[i] and labels[i] not in KINDS:
            raise InputError(f"label: {labels[i]!r} is not one of {', '.join(KINDS)}", file=file, row=row)
        t_recv = int(recv[i]) if recv is not None and recv[i] >= 0 else None
        if t_recv is not None and t_recv < t_pub[i]:
            raise InputError("received_at is before published_at", file=file, row=row)
        ticker = tickers[i].lstrip("$")
        if ticker:
            ticker = check_ticker(ticker, "ticker", file=file, row=row)
        # Content-derived default ids keep latency draws stable when rows are inserted elsewhere.
        hid = ids[i] or default_id(*_content_of(int(t_pub[i]), sources[i], texts[i], ticker))
        out.append(Headline(row=row, id=hid, t_pub=int(t_pub[i]), t_recv_given=t_recv,
                            source=sources[i], headline=texts[i], ticker=ticker,
                            url=urls[i], label=labels[i], time_precision=precisions[i]))
    seen: dict[str, int] = {}
    for n, h in enumerate(out):
        if h.id in seen:
            first = out[seen[h.id] - 1]
            if ids[h.row - 1] or _content(first) == _content(h):
                raise InputError(f"id: {h.id!r} repeats row {seen[h.id]}; ids must be unique", file=file, row=h.row)
            out[n] = h = replace(h, id=_next_free(h.id, seen))  # distinct rows whose hashes agree
        seen[h.id] = h.row
    return sorted(out, key=lambda h: (h.t_pub, h.row))
