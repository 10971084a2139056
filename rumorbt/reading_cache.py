"""A feed's readings kept in the cache, so a whole-process run that reads the same feed again
skips the reader.

The reader (:mod:`rumorbt.classify`) compiles some 100 regular expressions and loads its tables
and trained model when it is imported: about 0.15 s of a default sweep's one second, spent on
three headlines. :func:`read_feed_cached` is :func:`rumorbt.classify.read_feed` with its answer
kept in the cache folder (``RUMORBT_CACHE``, :func:`rumorbt.resources.cache_file`), named by
the hash of everything the answer is a function of: the headlines as read (every field), the
user's alias and source files, the link window and the reader stage, the source of every module
of the package, every bundled table and the trained model (``data/``), the Python and numpy
versions and the New York time-zone rules the reader dates headlines with. A change to any of
them is a miss, and a miss reads the feed afresh; a cache file that does not hold what was
written (torn, edited, another version's) is ignored. Nothing is written outside the cache
folder, and ``RUMORBT_CACHE=off`` turns it off. One file is kept per headline file, and all of
them together take at most :data:`READINGS_CACHE_MAX_BYTES`: the least recently used go first.

:func:`load_headlines_cached` keeps the headlines themselves the same way: the file as read by
:func:`rumorbt.headlines.load_headlines` (which needs pandas: 0.2 s of a default sweep that
otherwise never loads it), named by the hash of the file's bytes and the name it was given, the
``--headlines-tz`` zone and its rules, the package's code and tables and the pandas and pyarrow
versions. Only a file that reads without error is kept (bad input raises from the reading
itself, never from the cache), and only one of at most :data:`CACHED_HEADLINES_MAX` headlines;
all of them together take at most :data:`HEADLINES_CACHE_MAX_BYTES`, the least recently used going first.
"""
from __future__ import annotations

import hashlib
from dataclasses import astuple, fields
from pathlib import Path
from typing import TYPE_CHECKING

from .reading import Reading
from .resources import library_versions

if TYPE_CHECKING:
    from .headlines import Headline

CACHED_HEADLINES_MAX = 100_000  # a longer feed is read afresh each time (its cache file would be tens of MB)
READINGS_CACHE_MAX_BYTES = 256 * 2**20  # every feed's readings together (100,000 CEO-like headlines take ~15 MB)
_TYPES = tuple(f.type for f in fields(Reading))  # "str", "bool", "float" (annotations are strings here)
_PY_TYPES = {"str": (str,), "bool": (bool,), "float": (float, int)}


def read_feed_cached(headlines: list[Headline], headlines_file: str, aliases_file: str = "", sources_file: str = "",
                     link_window_ns: int = 86_400 * 10**9, stage: str = "trained") -> list[Reading]:
    """:func:`rumorbt.classify.read_feed` (same arguments, same readings), kept in the cache
    (see the module notes). ``headlines_file``: where the headlines came from; it only names
    the cache file, so a newer reading of the same file replaces the older one."""
    where = _cache_path(headlines, headlines_file, aliases_file, sources_file, link_window_ns, stage)
    kept = _load(where, len(headlines))
    if kept is not None:
        from .resources import touch_cache

        touch_cache(where)  # used: the last a trim removes
        return kept
    from .classify import read_feed

    readings = read_feed(headlines, aliases_file, sources_file, link_window_ns, stage)
    if where is not None:
        from .resources import write_cache

        rows = tuple(astuple(r) for r in readings)
        write_cache(where, (_digest(rows), rows), supersede=True, family="readings-", max_bytes=READINGS_CACHE_MAX_BYTES)
    return readings


def _cache_path(headlines: list[Headline], headlines_file: str, aliases_file: str, sources_file: str,
                link_window_ns: int, stage: str) -> Path | None:
    """The cache file for this feed read with these settings by this code and these tables
    (None: not cached: caching off, a long feed, or a user file that cannot be read, which the
    reader then reports in its own words)."""
    import os

    import numpy as np

    from .resources import cache_file, code_and_tables, zone_rules

    if len(headlines) > CACHED_HEADLINES_MAX or os.environ.get("RUMORBT_CACHE", "") == "off":
        return None
    feed = hashlib.sha256()
    for h in headlines:
        feed.update(repr(astuple(h)).encode("utf-8", "surrogatepass") + b"\n")
    try:
        parts = code_and_tables()
        parts += [f"user file {k}".encode() + b"\0" + Path(f).read_bytes() for k, f in enumerate((aliases_file, sources_file)) if f]
    except (OSError, ValueError):
        return None
    settings = repr((link_window_ns, stage, np.__version__)).encode()
    name = hashlib.sha256(str(Path(headlines_file).resolve()).encode()).hexdigest()[:12]
    return cache_file(f"readings-{name}", feed.digest(), settings, zone_rules("America/New_York"), *parts)


def _digest(rows: tuple) -> str:
    return hashlib.sha256(repr(rows).encode("utf-8", "surrogatepass")).hexdigest()


def _load(where: Path | None, n: int) -> list[Reading] | None:
    """The readings kept at ``where``, or None when there are none or they are not what was
    written (a check digest over them, one reading per headline, each field of its type)."""
    from .resources import read_cache

    data = read_cache(where)
    if not (isinstance(data, tuple) and len(data) == 2 and isinstance(data[1], tuple) and len(data[1]) == n):
        return None
    digest, rows = data
    if digest != _digest(rows):
        return None
    if not all(isinstance(r, tuple) and len(r) == len(_TYPES)
               and all(type(v) in _PY_TYPES[t] for v, t in zip(r, _TYPES)) for r in rows):
        return None
    return [Reading(*r) for r in rows]


_HEADLINE_TYPES = ((int,), (str,), (int,), (int, type(None)), (str,), (str,), (str,), (str,), (str,), (str,))
CACHED_FILE_BYTES_MAX = CACHED_HEADLINES_MAX * 1000  # a headline file longer than this is read afresh
HEADLINES_CACHE_MAX_BYTES = 256 * 2**20  # every headline file's headlines together


def load_headlines_cached(path: str | Path, tz: str = "") -> list[Headline]:
    """:func:`rumorbt.headlines.load_headlines` (same arguments, same headlines in the same
    order), kept in the cache (see the module notes)."""
    from .headlines import Headline, load_headlines

    from .resources import read_cache

    where = _headlines_path(str(path), tz)
    data = read_cache(where)
    try:  # any shape of file: one that is not what is written below, whole, is ignored
        digest, rows = data
        if digest == _digest(rows) and all(isinstance(r, tuple) and len(r) == len(_HEADLINE_TYPES)
                                           and all(type(v) in t for v, t in zip(r, _HEADLINE_TYPES)) for r in rows):
            from .resources import touch_cache

            touch_cache(where)  # used: the last a trim removes
            return [Headline(*r) for r in rows]
    except (TypeError, ValueError):
        pass
    headlines = load_headlines(path, tz=tz)
    if where is not None and len(headlines) <= CACHED_HEADLINES_MAX:
        from .resources import write_cache

        rows = tuple(astuple(h) for h in headlines)
        write_cache(where, (_digest(rows), rows), supersede=True, family="headlines-", max_bytes=HEADLINES_CACHE_MAX_BYTES)
    return headlines


def _headlines_path(path: str, tz: str) -> Path | None:
    """The cache file for this headline file read with this zone by this code (None: not cached)."""
    import os

    from .resources import cache_file, code_and_tables, zone_rules

    if os.environ.get("RUMORBT_CACHE", "") == "off":
        return None
    try:
        file = Path(path)
        if not file.is_file() or file.stat().st_size > CACHED_FILE_BYTES_MAX:
            return None
        content = file.read_bytes()
        parts = code_and_tables()
    except (OSError, ValueError):
        return None
    settings = repr((path, tz)).encode() + library_versions("pandas", "pyarrow")
    name = hashlib.sha256(str(file.resolve()).encode()).hexdigest()[:12]
    return cache_file(f"headlines-{name}", hashlib.sha256(content).digest(), settings, zone_rules(tz), *parts)
