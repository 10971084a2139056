"""Names that end up in file paths: tickers, and paths that must stay under their root.

A ticker is 1 to 20 characters from letters, digits and ``. - ^ =`` (``BRK.B``, ``BRK-B``,
``^GSPC``, ``EURUSD=X``), starting with a letter, a digit or ``^``: so it can never be ``.``,
``..``, a path, an option or a formula. Every entry point that takes a ticker checks it here.
"""
from __future__ import annotations

import re
from pathlib import Path

from .errors import InputError

TICKER_MAX_LEN = 20
TICKER_RE = re.compile(r"[A-Za-z0-9^][A-Za-z0-9.^=-]{0,%d}" % (TICKER_MAX_LEN - 1))


def check_ticker(ticker: str, what: str = "ticker", file: str | None = None, row: int | None = None) -> str:
    """The ticker, upper-cased, or a one-line error naming where it came from."""
    t = str(ticker)
    if not TICKER_RE.fullmatch(t):
        shown = t if len(t) <= 30 else t[:27] + "..."
        raise InputError(f"{what} {shown!r} is not a ticker (1-{TICKER_MAX_LEN} letters, digits and . - ^ =, "
                         "starting with a letter, digit or ^)", file=file, row=row)
    return t.upper()


def path_under(root: str | Path, *parts: str) -> Path:
    """``root/parts...``, refused if it would resolve outside ``root`` (``..``, links, absolute parts)."""
    base = Path(root).resolve()
    p = base.joinpath(*parts).resolve()
    if p != base and base not in p.parents:
        raise InputError(f"{'/'.join(parts)!r} would be written outside {root}", file=str(root))
    return Path(root).joinpath(*parts)
