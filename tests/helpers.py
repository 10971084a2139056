"""Tiny hand-checkable tapes and headline files for tests.

Bar ``i`` of a tape made by :func:`write_tape` has mid ``base + step * i``: open = close = mid,
high/low = mid ± 0.01, and (with quotes) bid/ask = mid ∓ spread / 2. So a fill at bar ``i``
is at a price a reader can work out by hand.
"""
from __future__ import annotations

import random
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


def random_overrides(rng: random.Random) -> dict:
    """A random configuration (dotted keys for ``--set``) over every branch of the strategy:
    both policies, confirmations exit/hold, session-end exits, maximum entry delay, extended
    hours, stops, partial fills (participation caps), re-entry, every sizing mode."""
    o = {"seed": str(rng.randint(0, 10**6)),
         "strategy.policy": rng.choice(["rumour", "rumour", "fade"]),
         "latency.feed.blog.model": "lognormal", "latency.feed.blog.median": rng.choice(["500ms", "5s", "40s"]),
         "latency.feed.blog.sigma": "0.7",
         "latency.feed.social": rng.choice(["0ms", "2s", "30s"]),
         "latency.feed.newswire": rng.choice(["0ms", "1s"]),
         "latency.decision.model": "uniform", "latency.decision.low": "0ms", "latency.decision.high": rng.choice(["10ms", "3s"]),
         "latency.order": rng.choice(["0ms", "100ms", "1500ms"]),
         "data.extended_hours": rng.choice(["true", "false"]),
         "strategy.direction": rng.choice(["long", "short", "follow"]),
         "strategy.follow_threshold_bps": rng.choice(["1", "30"]),
         "strategy.on_confirmation": rng.choice(["exit", "hold"]),
         "strategy.max_hold": rng.choice(["20s", "3min", "2h", "0s"]),
         "strategy.max_entry_delay": rng.choice(["2h", "30s", "3s"]),
         "strategy.exit_at_session_end": rng.choice(["true", "false"]),
         "strategy.session_end_buffer": rng.choice(["1min", "5min", "12min"]),
         "strategy.stop_loss_bps": rng.choice(["0", "5", "40"]),
         "strategy.take_profit_bps": rng.choice(["0", "25"]),
         "strategy.trailing_stop_bps": rng.choice(["0", "10"]),
         "strategy.reenter": rng.choice(["true", "false"]),
         "strategy.size_mode": rng.choice(["shares", "notional", "equity_fraction"]),
         "costs.participation_cap": rng.choice(["0", "0.05", "0.3"]),
         "costs.impact_k": rng.choice(["0", "0.8"]),
         "costs.half_spread_bps": rng.choice(["0", "3"])}
    o["strategy.size"] = {"shares": rng.choice(["100", "5000"]), "notional": rng.choice(["10000", "900000"]),
                          "equity_fraction": rng.choice(["0.1", "1"])}[o["strategy.size_mode"]]
    return o


def headline(text: str, source: str = "Reuters", when: str = "2024-03-04T09:31:00-05:00", row: int = 1):
    """One feed headline (``when``: ISO 8601 with its offset), no ticker column, as the reader tests write them."""
    from rumorbt.headlines import Headline

    return Headline(row, f"h{row}", int(pd.Timestamp(when).value), None, source, text, "", "", "")


def read_headline(text: str, source: str = "Reuters", when: str = "2024-03-04T09:31:00-05:00", stage: str = "rules"):
    """The reader's reading of :func:`headline` on its own (the rules stage unless ``stage`` says otherwise)."""
    from rumorbt.classify import classify_headline

    return classify_headline(headline(text, source, when), stage=stage)
