"""``classify`` over a whole headline file: how each headline is read, one CSV row per headline.

The file is checked whole first (every row and id, :func:`rumorbt.headlines.scan_headlines`), so
bad input fails before the first row is written; then it is read again, classified and written a
chunk at a time, so memory stays flat however long the file. Each headline's own reading
(:func:`rumorbt.classify.classify_many`) depends on nothing else, so chunks may be read by
several processes; the linking of an answer to the rumour it answers
(:class:`rumorbt.classify.FeedLinker`) then runs in this process, in publication order, across
chunk borders: the rows are the same, byte for byte, whatever the number of processes.
"""
from __future__ import annotations

import os
from collections import deque
from typing import Iterator

from .classify import FeedLinker, Reading, classify_many
from .domain import DEFAULT_ZONE
from .headlines import Headline, HeadlineFile, scan_headlines

CLASSIFICATION_COLUMNS = ("row", "id", "published_at", "source", "headline", "kind", "ticker", "unverified", "source_class",
                          "cue", "score", "certainty", "entity", "role", "action", "stance", "speaker", "link", "not_tradable")
CHUNK_ROWS = 10_000  # headlines read, sent to a process and written at a time
PARALLEL_FROM_ROWS = 50_000  # smaller files are read in this process: starting workers costs more than it saves


def classification_rows(path: str, tz: str = "", aliases_file: str = "", sources_file: str = "",
                        link_window_ns: int | None = None, zone: str = DEFAULT_ZONE, stage: str = "trained",
                        jobs: int = 0, chunk_rows: int = CHUNK_ROWS) -> Iterator[tuple]:
    """How each headline of a file is read (as a feed, so answers link to their rumours), in
    file order: one tuple per headline with the fields of :data:`CLASSIFICATION_COLUMNS`
    (``published_at`` ISO-8601 in ``zone``: the default calendar's exchange time unless told).
    ``link_window_ns``: default the configuration's. ``jobs``: processes that read headlines
    (0 = every core this process may use, for a file of :data:`PARALLEL_FROM_ROWS` rows or more;
    1 = this process only); the rows do not depend on it. The whole file is checked before this
    returns (bad input raises here, before any row is written); the rows are made as they are
    consumed, a chunk at a time. ``path`` ``-``: a CSV feed on standard input, read once, held whole."""
    from .config import DataConfig
    from .entities import load_tables
    from .reader_model import active
    from .sources import source_table

    hf = scan_headlines(path, tz=tz, chunk_rows=chunk_rows, stdin=True)
    # the reader's tables and model, loaded now: their errors come before any row, and forked
    # workers share them instead of loading their own
    load_tables(aliases_file)
    source_table(sources_file)
    if stage == "trained":
        active()
    window = DataConfig().link_window if link_window_ns is None else link_window_ns
    return _rows(hf, aliases_file, sources_file, window, zone, stage, _workers(jobs, hf.rows))


def _workers(jobs: int, rows: int) -> int:
    if jobs > 0:
        return jobs
    if rows < PARALLEL_FROM_ROWS:
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, 8))


def _rows(hf: HeadlineFile, aliases_file: str, sources_file: str, window: int, zone: str, stage: str,
          workers: int) -> Iterator[tuple]:
    link = FeedLinker(aliases_file, window)
    read = _read_chunks(hf.chunks(), aliases_file, sources_file, stage, workers)
    if hf.in_order:  # file order is publication order: link and write as the chunks come
        for hs, rs in read:
            yield from _format(hs, [link(h, r) for h, r in zip(hs, rs)], zone)
        return
    # out of order: every reading is held until the feed has been linked in publication order
    hs_all: list[Headline] = []
    rs_all: list[Reading] = []
    for hs, rs in read:
        hs_all += hs
        rs_all += rs
    for i in sorted(range(len(hs_all)), key=lambda i: (hs_all[i].t_pub, hs_all[i].row)):
        rs_all[i] = link(hs_all[i], rs_all[i])
    for k in range(0, len(hs_all), hf.chunk_rows):
        yield from _format(hs_all[k:k + hf.chunk_rows], rs_all[k:k + hf.chunk_rows], zone)


def _classify_chunk(hs: list[Headline], aliases_file: str, sources_file: str, stage: str) -> list[Reading]:
    return classify_many(hs, aliases_file, sources_file, stage)


def _read_chunks(chunks: Iterator[list[Headline]], aliases_file: str, sources_file: str, stage: str,
                 workers: int) -> Iterator[tuple[list[Headline], list[Reading]]]:
    """(headlines, their own readings) a chunk at a time, in file order; with ``workers`` > 1 read
    by forked processes, at most two chunks per process in flight (memory stays flat)."""
    import multiprocessing

    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        # (forked workers inherit the loaded tables and the active model; without fork, one process)
        for hs in chunks:
            yield hs, _classify_chunk(hs, aliases_file, sources_file, stage)
        return
    from concurrent.futures import ProcessPoolExecutor

    # (an executor, not a Pool: a worker that dies, e.g. killed for memory, fails the run instead of hanging it)
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
    try:
        inflight: deque = deque()
        for hs in chunks:
            inflight.append((hs, pool.submit(_classify_chunk, hs, aliases_file, sources_file, stage)))
            if len(inflight) >= 2 * workers:
                hs0, got = inflight.popleft()
                yield hs0, got.result()
        while inflight:
            hs0, got = inflight.popleft()
            yield hs0, got.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _format(hs: list[Headline], readings: list[Reading], zone: str) -> Iterator[tuple]:
    from .timefmt import iso_many

    for h, r, published in zip(hs, readings, iso_many([h.t_pub for h in hs], zone)):
        yield (h.row, h.id, published, h.source, h.headline, r.kind, r.ticker, "yes" if r.unverified else "no",
               r.source_class, r.cue, f"{r.score:.2f}", r.certainty, r.entity, r.role, r.action, r.stance, r.speaker,
               r.link, r.not_tradable)
