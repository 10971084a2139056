"""Regular trading sessions (exchange calendars), as arrays of open/close instants.

Holidays and early closes come from ``exchange_calendars`` (default XNYS, which also
governs Nasdaq-listed stocks' regular hours). Calendar ``"24h"`` means always open.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .domain import DEFAULT_CALENDAR
from .errors import ConfigError
from .resources import cache_file, read_cache, write_cache
from .timefmt import local_text, midnight_ns

DAY_NS = 86_400 * 10**9


@dataclass(frozen=True, eq=False)
class Sessions:
    """Regular sessions ``[opens[i], closes[i])`` in int64 ns UTC, sorted."""

    opens: np.ndarray
    closes: np.ndarray
    always_open: bool = False
    zone: str = "UTC"  # the exchange's IANA time zone (exchange time in reports)

    def __post_init__(self) -> None:
        # the same instants as Python ints: asked once per bar an order works, where a bisect
        # of a list costs a fraction of a numpy call on one scalar
        object.__setattr__(self, "_opens", [int(x) for x in self.opens])
        object.__setattr__(self, "_closes", [int(x) for x in self.closes])

    def is_regular(self, t: int) -> bool:
        if self.always_open:
            return True
        i = bisect_right(self._opens, t) - 1
        return i >= 0 and t < self._closes[i]

    def next_open(self, t: int) -> int | None:
        """First session open at or after ``t``; None past the calendar's end."""
        if self.always_open:
            return t
        i = bisect_left(self._opens, t)
        return self._opens[i] if i < len(self._opens) else None

    def close_of(self, t: int) -> int | None:
        """Close of the session containing ``t`` (None outside regular hours)."""
        if self.always_open:
            return None
        i = bisect_right(self._opens, t) - 1
        if i >= 0 and t < self._closes[i]:
            return self._closes[i]
        return None


def _always_open(calendar: str) -> bool:
    return calendar.lower() in ("24h", "24/7", "always")


@lru_cache(maxsize=8)
def exchange_calendar(name: str):
    """The ``exchange_calendars`` calendar named ``name`` (cached; its own pandas deprecation
    notices silenced); :class:`~rumorbt.errors.ConfigError` for an unknown name."""
    import warnings

    import exchange_calendars as xcals

    try:
        with warnings.catch_warnings():
            # exchange_calendars' own pandas deprecation notices are not the user's concern
            warnings.simplefilter("ignore", DeprecationWarning)
            warnings.simplefilter("ignore", FutureWarning)
            return xcals.get_calendar(name)
    except Exception:
        raise ConfigError(f"data.calendar: unknown exchange calendar {name!r} (e.g. XNYS, XLON, XTKS, or 24h)") from None


@lru_cache(maxsize=32)
def exchange_zone(calendar: str = DEFAULT_CALENDAR) -> str:
    """The IANA time zone of the exchange whose calendar is ``calendar`` (``"XNYS"`` ->
    ``"America/New_York"``): the exchange time every report shows. ``"UTC"`` for ``24h``."""
    if _always_open(calendar):
        return "UTC"
    return _schedule(calendar)[3]


@lru_cache(maxsize=8)
def _schedule(name: str) -> tuple[list[int], list[int], list[int], str]:
    """The calendar's whole schedule: (session dates as naive-midnight ns, opens, closes as ns
    UTC, zone). Building it is most of what ``exchange_calendars`` costs a small run (importing
    it, then making twenty years of sessions), so it is kept in the cache (rumorbt.resources),
    named by the library's version, the calendar and the day (its default range ends a year
    after today), and read back without importing the library."""
    from datetime import date
    from importlib.metadata import version

    where = cache_file(f"calendar-{name}", version("exchange_calendars").encode(), name.encode(),
                       date.today().isoformat().encode())
    data = read_cache(where)
    if data is None:
        import pandas as pd

        cal = exchange_calendar(name)
        sched = cal.schedule
        to_ns = lambda s: pd.DatetimeIndex(s).tz_convert("UTC").tz_localize(None).astype("datetime64[ns]").to_numpy().view("int64")
        data = (pd.DatetimeIndex(sched.index).astype("datetime64[ns]").to_numpy().view("int64").tolist(),
                to_ns(sched["open"]).tolist(), to_ns(sched["close"]).tolist(), str(cal.tz))
        write_cache(where, data, supersede=True)
    return data


@lru_cache(maxsize=32)
def _calendar_sessions(name: str, first_day: str, last_day: str) -> tuple[np.ndarray, np.ndarray]:
    """Opens and closes (ns UTC) of the sessions dated ``first_day`` to ``last_day`` (ISO dates, both in)."""
    days, opens, closes, _ = _schedule(name)
    lo, hi = bisect_left(days, midnight_ns(first_day, "UTC")), bisect_right(days, midnight_ns(last_day, "UTC"))
    return np.array(opens[lo:hi], dtype=np.int64), np.array(closes[lo:hi], dtype=np.int64)


def sessions_for(calendar: str, t_first: int, t_last: int) -> Sessions:
    """Sessions covering ``[t_first - 1 day, t_last + 10 days]`` (room for waits to the next open)."""
    if _always_open(calendar):
        return Sessions(np.zeros(0, np.int64), np.zeros(0, np.int64), always_open=True, zone=exchange_zone(calendar))
    day = lambda ns: local_text(ns, "UTC", "%Y-%m-%d")
    opens, closes = _calendar_sessions(calendar, day(t_first - DAY_NS), day(t_last + 10 * DAY_NS))
    return Sessions(opens, closes, zone=exchange_zone(calendar))
