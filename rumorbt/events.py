"""What the strategy may know, and when: headlines released at their receive time, and
prices released only once their bar has closed.

The strategy gets these two views, never the raw inputs, so it cannot read a headline before
``t_recv`` or a price from a bar that ends after the current simulated time.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .reading import Reading
from .config import RunConfig
from .headlines import Headline
from .latency import draw, feed_spec
from .tape import Tape


@dataclass(frozen=True)
class ReceivedHeadline:
    headline: Headline
    reading: Reading
    t_recv: int  # ns UTC
    feed_ns: int  # t_recv - t_pub

    @property
    def key(self) -> str:
        return self.headline.id


def receive(headlines: list[Headline], readings: list[Reading], cfg: RunConfig) -> list[ReceivedHeadline]:
    """Attach receive times: ``received_at`` when the file gives it, else ``t_pub`` plus a
    feed latency drawn for the headline's source class. Sorted by receive time."""
    out = []
    for h, r in zip(headlines, readings):
        if h.t_recv_given is not None:
            t_recv = h.t_recv_given
        else:
            t_recv = h.t_pub + draw(feed_spec(cfg.latency, r.source_class), cfg.seed, "feed", h.id)
        out.append(ReceivedHeadline(h, r, t_recv, t_recv - h.t_pub))
    return sorted(out, key=lambda e: (e.t_recv, e.headline.t_pub, e.headline.row))


class HeadlineFeed:
    """Releases headlines in receive order, only up to the time asked for."""

    def __init__(self, received: list[ReceivedHeadline]) -> None:
        self._items = received
        self._cursor = 0

    def remaining(self) -> list[ReceivedHeadline]:
        """Headlines not yet released (for a driver deciding whether anything can still happen)."""
        return self._items[self._cursor:]

    def pull(self, now: int) -> list[ReceivedHeadline]:
        start = self._cursor
        while self._cursor < len(self._items) and self._items[self._cursor].t_recv <= now:
            self._cursor += 1
        return self._items[start:self._cursor]


class PriceView:
    """Bar closes as known at a given time: a bar's close is known from its end on."""

    def __init__(self, tape: Tape) -> None:
        self._t_end = tape.t_end
        self._close = tape.close
        self.now = int(tape.t_open[0]) if len(tape) else 0

    def close_asof(self, t: int) -> float | None:
        """Close of the last bar that ended at or before ``t`` (which must not be in the future)."""
        if t > self.now:
            raise RuntimeError("look-ahead: asked for a price after the current simulated time")
        i = int(np.searchsorted(self._t_end, t, side="right")) - 1
        return float(self._close[i]) if i >= 0 else None
