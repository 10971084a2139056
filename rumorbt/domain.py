"""The vocabulary of rumorbt in one place: headline kinds, source classes, exit reasons and
decision-log actions. Plain string constants, so every output (CSV, JSON, the decision log)
shows the same words a user types in a headline file's ``label`` column or reads in a report.
"""
from __future__ import annotations


class Kind:
    """What a headline says about a CEO change (the headline reader's answer)."""

    RUMOR = "ceo_rumor"  # a change reported but not confirmed
    DENIAL = "denial"  # the company rejects a report of a change
    CONFIRMED = "ceo_confirmed"  # the change is official
    OTHER = "other"


KINDS = (Kind.RUMOR, Kind.DENIAL, Kind.CONFIRMED, Kind.OTHER)

# Who published a headline: decides its default feed latency and whether it can be taken as
# verified. Ordered from the most to the least authoritative; unknown sources are "blog".
SOURCE_CLASSES = ("filing", "company", "newswire", "major_outlet", "social", "blog")
VERIFIED_CLASSES = frozenset({"filing", "company"})
UNKNOWN_SOURCE_CLASS = "blog"


class Exit:
    """Why a position was closed (``exit_reason`` in trades.csv)."""

    DENIAL = "denial"
    CONFIRMATION = "confirmation"
    STOP_LOSS = "stop_loss"
    TAKE_PROFIT = "take_profit"
    TRAILING_STOP = "trailing_stop"
    MAX_HOLD = "max_hold"
    SESSION_END = "session_end"
    END_OF_TAPE = "end_of_tape"  # never closed: marked at the tape's last close


PRICE_EXITS = (Exit.STOP_LOSS, Exit.TAKE_PROFIT, Exit.TRAILING_STOP)
TIMER_EXITS = (Exit.MAX_HOLD, Exit.SESSION_END)


class Action:
    """The verb of a decision-log entry."""

    ENTER = "enter"
    EXIT = "exit"
    SKIP = "skip"  # a rumour not traded, with the reason
    IGNORE = "ignore"  # not about the tape's ticker, or not a CEO-change headline
    NOTE = "note"  # seen, nothing to do (a denial with no position ...)
    UNSEEN = "unseen"  # received after the tape's last bar
    UNFILLED = "unfilled"  # an entry order that never filled


# The calendar a run uses unless told otherwise (regular hours of NYSE, which also govern
# Nasdaq-listed stocks). Its time zone is the exchange time every report shows.
DEFAULT_CALENDAR = "XNYS"
# DEFAULT_CALENDAR's time zone, for code that formats times without a run's calendar at hand
# (sessions.exchange_zone gives any calendar's; a test holds the two equal).
DEFAULT_ZONE = "America/New_York"
