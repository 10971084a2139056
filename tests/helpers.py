"""Tiny hand-checkable tapes and headline files for tests.

Bar ``i`` of a tape made by :func:`write_tape` has mid ``base + step * i``: open = close = mid,
high/low = mid ± 0.01, and (with quotes) bid/ask = mid ∓ spread / 2. So a fill at bar ``i``
is at a price a reader can work out by hand.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from rumorbt.config import load_config

ZERO_LATENCY = {f"latency.feed.{c}": "0ms" for c in ("filing", "company", "newswire", "major_outlet", "social", "blog")}


def mid_at(i: int, base: float = 100.0, step: float = 0.01) -> float:
    return round(base + step * i, 2)


def write_tape(path: Path, start: str = "2022-11-22T10:29:50-05:00", n: int = 600, bar_s: int = 1,
               base: float = 100.0, step: float = 0.01, spread: float = 0.02, volume: int = 10_000,
               quotes: bool = True, skip: set[int] | None = None, patch: dict[int, dict] | None = None) -> Path:
    t0 = pd.Timestamp(start)
    rows = []
    for i in range(n):
        if skip and i in skip:
            continue
        m = mid_at(i, base, step)
        row = {"timestamp": (t0 + pd.Timedelta(seconds=bar_s * i)).isoformat(),
               "open": m, "high": round(m + 0.01, 2), "low": round(m - 0.01, 2), "close": m, "volume": volume}
        if quotes:
            row["bid"], row["ask"] = round(m - spread / 2, 4), round(m + spread / 2, 4)
        if patch and i in patch:
            row.update(patch[i])
        rows.append(row)
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


def write_headlines(path: Path, rows: list[tuple]) -> Path:
    """rows: (published_at, source, headline[, ticker[, received_at]])."""
    out = []
    for r in rows:
        d = {"published_at": r[0], "source": r[1], "headline": r[2], "ticker": r[3] if len(r) > 3 else "META"}
        if len(r) > 4:
            d["received_at"] = r[4]
        out.append(d)
    pd.DataFrame(out).to_csv(path, index=False)
    return path


RUMOUR = "Zuckerberg to step down as Meta CEO, insider source says"
DENIAL = "Meta spokesman: report that Zuckerberg will step down is false"


def config(headlines: Path, prices: Path, **sets):
    """Zero latency, no impact, no participation cap, 1,000 shares, long; ``sets`` override."""
    base = {"data.headlines": str(headlines), "data.prices": str(prices), "data.ticker": "META",
            **ZERO_LATENCY, "latency.decision": "0ms", "latency.order": "0ms",
            "costs.impact_k": "0", "costs.participation_cap": "0", "costs.slippage_bps": "0",
            "costs.sigma_daily": "0.02", "costs.adv_shares": "1000000",
            "strategy.size_mode": "shares", "strategy.size": "1000", "strategy.max_hold": "2h",
            "strategy.exit_at_session_end": "false"}
    base.update({k.replace("__", "."): v for k, v in sets.items()})
    return load_config(None, base)
