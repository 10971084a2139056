"""Checks of a tape against what the run needs, so a run never answers "No trade." when it
could not evaluate a headline at all, nor trades prices shifted by a wrong zone or stamp.

Each finding is one line naming the file, the headline (or row) and the fix. Fatal ones
raise :class:`~rumorbt.errors.InputError` (exit 2): the tape is named for another ticker,
no volume under a participation cap, or no rumour of interest that the tape can evaluate.
The rest come back as warnings for the run's summary and console.
"""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from .errors import InputError
from .sessions import Sessions
from .tape import Tape
from .timefmt import local_date, local_text, midnight_ns

HOUR_NS = 3600 * 10**9
_TICKER_NAME = re.compile(r"^([A-Z][A-Z0-9]{0,5}(?:[.-][A-Z])?)_")


def _local(t_ns: int, zone: str) -> str:
    """ns UTC -> ``2022-11-22 10:52 EST``: exchange time in ``zone`` with its abbreviation."""
    return local_text(int(t_ns), zone)


def file_ticker(path: str | Path) -> str | None:
    """The ticker a tape's file name claims (``MSFT_2023-01-03_1min.csv`` -> ``MSFT``): an
    upper-case leading word before ``_``; None when the name claims none."""
    m = _TICKER_NAME.match(Path(path).name)
    return m.group(1) if m else None


def check_file_name(path: str, ticker: str) -> None:
    claim = file_ticker(path)
    if claim is not None and claim != ticker.upper():
        raise InputError(f"the file is named for {claim} but the run's ticker is {ticker} (from the headlines or data.ticker): "
                         f"pass the {ticker} tape, or rename the file if it really holds {ticker}", file=path)


def check_volume(tape: Tape, participation_cap: float) -> None:
    if participation_cap > 0 and len(tape) and not tape.any_volume:
        raise InputError(f"every bar has volume 0, so no order can fill under costs.participation_cap={participation_cap:g}; "
                         "use a tape with volume, or set costs.participation_cap=0 to fill without a cap", file=tape.source)


def rumour_coverage(tape: Tape, t_pub: int, zone: str) -> str:
    """Why the tape cannot evaluate a rumour published at ``t_pub`` ('' when it can): it needs
    bars on the rumour's exchange day (a calendar day in ``zone``, the exchange's) and a bar
    opening after publication."""
    pub_day = local_date(t_pub, zone)
    first, last = local_date(int(tape.t_open[0]), zone), local_date(int(tape.t_open[-1]), zone)
    span = f"{first}" if first == last else f"{first} to {last}"
    lo = np.searchsorted(tape.t_open, midnight_ns(pub_day, zone))
    # the day's end: 24 hours after its start (absolute time, as a one-day Timedelta added to an aware Timestamp)
    hi = np.searchsorted(tape.t_open, midnight_ns(pub_day, zone) + 86_400 * 10**9)
    if hi <= lo:
        return f"the tape has no bars on {pub_day} (it covers {span}); give a tape that covers that day"
    if tape.t_open[-1] <= t_pub:
        return f"the tape ends at {_local(int(tape.t_open[-1]), zone)}, before the rumour; give a tape that runs past it"
    return ""


def check_coverage(tape: Tape, headlines, readings, ticker: str, headlines_file: str, zone: str) -> list[str]:
    """Warnings for rumours of ``ticker`` the tape cannot evaluate; an error when none can.
    ``zone``: the exchange's (days and times are read and shown in it)."""
    warnings, missed = [], []
    rumours = [(h, r) for h, r in zip(headlines, readings) if r.kind == "ceo_rumor" and r.ticker == ticker]
    for h, r in rumours:
        why = rumour_coverage(tape, h.t_pub, zone)
        if why:
            what = f"headline {h.id} ({_local(h.t_pub, zone)}) cannot be evaluated on {Path(tape.source).name}: {why}"
            missed.append((h.row, what))
            warnings.append(f"{headlines_file}, data row {h.row}: {what}")
    if rumours and len(missed) == len(rumours):
        row, what = missed[0]
        more = f" (and {len(missed) - 1} more rumour(s))" if len(missed) > 1 else ""
        raise InputError(f"no {ticker} rumour can be evaluated: {what}{more}", file=headlines_file, row=row)
    if not rumours and headlines:
        warnings.append(_no_rumour(tape, headlines, readings, ticker, headlines_file, zone))
    return warnings


def _no_rumour(tape: Tape, headlines, readings, ticker: str, headlines_file: str, zone: str) -> str:
    """No rumour of ``ticker`` at all: "No trade." would then say nothing about speed or costs.
    An error when no headline even falls within the tape (the files do not belong together),
    else a warning naming what the headlines were read as."""
    first, last = int(tape.t_open[0]), int(tape.t_open[-1])
    on_tape = [h for h in headlines if first <= h.t_pub <= last]
    if not on_tape:
        pubs = sorted(h.t_pub for h in headlines)
        raise InputError(f"none of its {len(headlines)} headline(s) falls within the tape {Path(tape.source).name} "
                         f"({_local(first, zone)} to {_local(last, zone)}; the headlines run from {_local(pubs[0], zone)} "
                         f"to {_local(pubs[-1], zone)}): nothing can be evaluated; give the tape of the headlines' days",
                         file=headlines_file, row=min(h.row for h in headlines))
    others = sorted({r.ticker or "no US ticker" for r in readings if r.kind == "ceo_rumor"})
    read = f"its CEO-change rumours concern {', '.join(others)}" if others else "none of them is read as a CEO-change rumour"
    return (f"{headlines_file}: no {ticker} CEO-change rumour among its {len(headlines)} headline(s) ({read}), so "
            f"there is nothing to trade: 'No trade.' here says nothing about latency or costs")


def _regular_share(t: np.ndarray, v: np.ndarray, sessions: Sessions) -> float:
    k = np.searchsorted(sessions.opens, t, side="right") - 1
    inside = (k >= 0) & (t < sessions.closes[np.maximum(k, 0)])
    return float(v[inside].sum() / v.sum())


EDGE_NS = 15 * 60 * 10**9


def _edge_score(t: np.ndarray, cum: np.ndarray, sessions: Sessions) -> tuple[float, int]:
    """How sharply volume rises at the sessions' opens and falls at their closes, in log
    ratios of the 15 minutes after/before each edge the tape covers on both sides; and how
    many edges were covered. A rightly zoned tape peaks at 0 shift."""
    vol = lambda a, b: cum[np.searchsorted(t, b)] - cum[np.searchsorted(t, a)]
    score, n = 0.0, 0
    for edges, sign in ((sessions.opens, 1.0), (sessions.closes, -1.0)):
        lo, hi = np.searchsorted(edges, [t[0] + EDGE_NS, t[-1] - EDGE_NS + 1])
        for e in edges[lo:hi]:
            score += sign * float(np.log((vol(e, e + EDGE_NS) + 1.0) / (vol(e - EDGE_NS, e) + 1.0)))
            n += 1
    return score, n


def check_zone(tape: Tape, sessions: Sessions, prices_tz: str, calendar: str) -> list[str]:
    """Warn when the tape's volume does not line up with the calendar's sessions: its rise at
    the open and fall at the close sit clearly better a whole number of hours away (a valid but
    wrong zone: ``UTC`` on a New York tape, ``EST`` in summer; the fix names the calendar's zone), or — when the tape covers no
    session edge — most of its volume falls outside regular hours."""
    if sessions.always_open or len(tape) < 2 or tape.volume.sum() <= 0:
        return []
    t, v = tape.t_open, tape.volume.astype(float)
    cum = np.r_[0.0, np.cumsum(v)]
    share = _regular_share(t, v, sessions)
    at0, n0 = _edge_score(t, cum, sessions)
    best_h, best = 0, at0
    for h in range(-14, 15):
        if h:
            s, n = _edge_score(t + h * HOUR_NS, cum, sessions)
            if n and s > best:
                best_h, best = h, s
    zone = f"--prices-tz {prices_tz}" if prices_tz else "the file's UTC offsets"
    fix = f"for naive {calendar} exchange times use --prices-tz {sessions.zone} (not a fixed offset or UTC)"
    if best_h and best - at0 >= 2.0:
        return [f"{tape.source}: its volume rises and falls with {calendar}'s open and close only if its times were "
                f"{abs(best_h)}h {'later' if best_h > 0 else 'earlier'} ({share:.0%} of the volume falls inside regular "
                f"hours as read): the time zone looks wrong ({zone}); {fix}"]
    if not n0 and share < 0.5:
        return [f"{tape.source}: only {share:.0%} of the volume falls inside {calendar} regular hours: check the time "
                f"zone ({zone}); {fix}"]
    return []


def check_stamp(tape: Tape, sessions: Sessions, stamp: str) -> list[str]:
    """Warn when the tape looks stamped at bar ends but is read as bar starts: most sessions'
    first regular bar sits one bar after the open (09:31 for one-minute bars) with none at it."""
    if stamp != "start" or sessions.always_open or tape.bar_ns < 60 * 10**9 or len(tape) < 2:
        return []
    t = tape.t_open
    lo, hi = np.searchsorted(sessions.opens, [t[0] - tape.bar_ns, t[-1]], side="left")
    late = seen = 0
    for o in sessions.opens[lo:hi + 1]:
        i = int(np.searchsorted(t, o))
        if i >= len(t) or t[i] > o + tape.bar_ns:
            continue  # the tape does not cover this open
        seen += 1
        late += int(t[i] == o + tape.bar_ns)
    if seen and late * 2 > seen:
        return [f"{tape.source}: the first bar of {late} of {seen} session(s) is stamped {tape.bar_ns // 10**9}s after the open "
                f"(e.g. 09:31 for 09:30 one-minute bars) with none at the open: the file looks stamped at bar ends; "
                f"if so, run with --stamp end (data.stamp = \"end\")"]
    return []
