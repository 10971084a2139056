"""Instants as people read them: ISO-8601 in exchange time with the UTC offset.

Kept apart from :mod:`rumorbt.report` so that commands which only print times (``classify``)
do not load the report's plotting and engine imports.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from typing import Sequence

import numpy as np


def iso(t_ns: int | None, tz: str) -> str:
    """ns UTC -> ``2022-11-22T11:01:39.048234-05:00`` in the IANA zone ``tz`` (a run's is its
    calendar's, ``RunResult.zone``; microseconds, truncated; empty for None)."""
    if t_ns is None:
        return ""
    # the zone object pandas itself converts with, on a plain datetime: the same text as a
    # Timestamp's tz_convert and strftime, at a fifth of the cost (the decision log calls it per order)
    return _local(t_ns, tz).isoformat(timespec="microseconds")


def local_text(t_ns: int, tz: str, fmt: str = "%Y-%m-%d %H:%M %Z") -> str:
    """ns UTC -> ``2022-11-22 10:52 EST``: ``fmt`` (strftime) in the zone ``tz``, as a pandas
    Timestamp's ``tz_convert(tz).strftime(fmt)`` writes it (microseconds truncated)."""
    return _local(t_ns, tz).strftime(fmt)


def local_date(t_ns: int, tz: str) -> date:
    """The calendar day in the zone ``tz`` of the instant ``t_ns`` (ns UTC)."""
    return _local(t_ns, tz).date()


def midnight_ns(day: str | date, tz: str) -> int:
    """The instant (ns UTC) the day ``day`` (``2022-11-22``) begins in the zone ``tz``: a pandas
    ``Timestamp(day, tz=tz).value``."""
    d = date.fromisoformat(day) if isinstance(day, str) else day
    start = datetime(d.year, d.month, d.day, tzinfo=_zone(tz))
    return ((start - _EPOCH) // timedelta(microseconds=1)) * 1000


def _local(t_ns: int, tz: str) -> datetime:
    # the zone object pandas itself converts with, on a plain datetime: the same text as a
    # Timestamp's tz_convert and strftime, at a fifth of the cost, and without importing pandas
    utc = _EPOCH + timedelta(microseconds=int(t_ns) // 1000)
    return utc.astimezone(_zone(tz))


_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


@lru_cache(maxsize=64)
def _zone(tz: str):
    """The tzinfo pandas uses for the name ``tz`` (``pd.Timestamp(0, tz=tz).tz``): the UTC
    singleton, else the IANA zone from ``zoneinfo``, else whatever pandas makes of the name."""
    import zoneinfo

    if tz == "UTC":
        return timezone.utc
    try:
        return zoneinfo.ZoneInfo(tz)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, TypeError):
        import pandas as pd

        return pd.Timestamp(0, tz=tz).tz


def iso_many(t_ns: Sequence[int] | np.ndarray, tz: str) -> list[str]:
    """:func:`iso` of many instants at once (the same text, without a Timestamp per value)."""
    import pandas as pd

    utc = np.asarray(t_ns, dtype=np.int64)
    if len(utc) == 0:
        return []
    local = pd.DatetimeIndex(utc.view("datetime64[ns]")).tz_localize("UTC").tz_convert(tz).tz_localize(None)
    local_ns = local.asi8
    off_min = (local_ns - utc) // 60_000_000_000
    # truncated to the microsecond like strftime's %f (floor, also before 1970)
    text = np.datetime_as_string((local_ns - local_ns % 1000).view("datetime64[ns]"), unit="us")
    offsets = {m: f"{'+' if m >= 0 else '-'}{abs(m) // 60:02d}:{abs(m) % 60:02d}" for m in np.unique(off_min).tolist()}
    return [t + offsets[m] for t, m in zip(text.tolist(), off_min.tolist())]
