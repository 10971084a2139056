"""Scoring the headline reader on a labelled set: precision and recall per class, where a
``ceo_rumor`` or ``denial`` counts as right only with the right ticker, with 95 % Wilson
intervals; and the blind sets (``tests/data/blind_*.csv``), read as a user's feed would be:
in time order, without their gold columns and without a ticker column."""
from __future__ import annotations

import csv
import math
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .classify import CONFIDENT, Reading, read_feed
from .headlines import KINDS, Headline, load_headlines


@dataclass(frozen=True)
class ClassScore:
    kind: str
    tp: int
    predicted: int
    expected: int

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.expected if self.expected else 1.0


def wilson(k: int, n: int, z: float = 1.959964) -> tuple[float, float]:
    """95 % Wilson score interval of a proportion k/n ((0, 1) when n = 0)."""
    if n == 0:
        return 0.0, 1.0
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return max(0.0, c - h), min(1.0, c + h)


def load_labelled(path: str) -> list[tuple[Headline, dict]]:
    with open(path, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return [(Headline(i + 1, f"e{i + 1}", 0, None, r["source"], r["headline"], "", "", ""), r) for i, r in enumerate(rows)]


def score(labelled: list[tuple[Headline, dict]], link_window_ns: int = 0) -> tuple[dict[str, ClassScore], list[tuple[dict, object]]]:
    """Per-class scores and the misreadings (expected row, reading). The labelled rows are
    read as one feed; ``link_window_ns`` 0 (the default) reads each row on its own."""
    tally = {k: [0, 0, 0] for k in KINDS}
    wrong = []
    readings = read_feed([h for h, _ in labelled], link_window_ns=link_window_ns)
    for (h, exp), r in zip(labelled, readings):
        needs_ticker = exp["kind"] in ("ceo_rumor", "denial")
        right = r.kind == exp["kind"] and (not needs_ticker or r.ticker == exp["ticker"])
        if exp["kind"] == "ceo_rumor" and right:
            right = r.unverified == (exp["unverified"] == "yes")
        tally[r.kind][1] += 1
        tally[exp["kind"]][2] += 1
        if right:
            tally[r.kind][0] += 1
        else:
            wrong.append((exp, r))
    return {k: ClassScore(k, *v) for k, v in tally.items()}, wrong


def false_rumours(wrong: list[tuple[dict, object]]) -> list[tuple[dict, object]]:
    """Confirmations and unrelated headlines read as a rumour: the costly mistake."""
    return [(e, r) for e, r in wrong if r.kind == "ceo_rumor" and e["kind"] in ("ceo_confirmed", "other")]


# --------------------------------------------------------------------------- blind sets
BLIND_COLUMNS = ("id", "published_at", "source", "headline")  # all a reader gets; gold_* stay with the scorer


def blind_feed(path: str | Path) -> tuple[list[dict], list[Headline]]:
    """The gold rows of a blind set and the feed a reader gets: a copy with only id,
    published_at, source and headline (no gold, no ticker) through the normal headline loader."""
    with open(path, encoding="utf-8-sig") as fh:
        gold = list(csv.DictReader(fh))
    with tempfile.TemporaryDirectory() as d:
        feed = Path(d) / "feed.csv"
        with open(feed, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(BLIND_COLUMNS)
            for r in gold:
                w.writerow([r[c] for c in BLIND_COLUMNS])
        heads = sorted(load_headlines(feed), key=lambda h: h.row)
    return gold, heads


def read_blind(path: str | Path) -> tuple[list[dict], list[Reading]]:
    """The gold rows and the readings of a blind set read as a feed (:func:`blind_feed`)
    by :func:`read_feed` with the default link window."""
    from .config import DataConfig

    gold, heads = blind_feed(path)
    return gold, read_feed(heads, link_window_ns=DataConfig().link_window)


def _gold_ticker(row: dict) -> str:
    return (row.get("gold_ticker") or "").strip().upper().lstrip("$").replace("-", ".")


def opens_trade(r: Reading) -> bool:
    """What the default strategy would enter on: a confident, unverified rumour with a tradable ticker."""
    return r.kind == "ceo_rumor" and r.unverified and r.score >= CONFIDENT and bool(r.ticker)


def blind_metrics(gold: list[dict], readings: list[Reading]) -> dict[str, tuple[int, int]]:
    """(numerator, denominator) per metric: rumour/denial precision and recall with the right
    ticker, confirmation precision and recall, non-rumours that would open a trade, the trades
    that are a rumour about the right ticker, denials missed."""
    def right_ticker(g: dict, r: Reading) -> bool:
        return r.ticker == _gold_ticker(g)

    out: dict[str, tuple[int, int]] = {}
    for kind, key, tick in (("ceo_rumor", "rumour", True), ("denial", "denial", True), ("ceo_confirmed", "confirmation", False)):
        tp = sum(1 for g, r in zip(gold, readings) if g["gold_kind"] == kind and r.kind == kind and (not tick or right_ticker(g, r)))
        out[f"{key} P"] = (tp, sum(1 for r in readings if r.kind == kind))
        out[f"{key} R"] = (tp, sum(1 for g in gold if g["gold_kind"] == kind))
    non = [(g, r) for g, r in zip(gold, readings) if g["gold_kind"] != "ceo_rumor"]
    out["non-rumours opening a trade"] = (sum(1 for _, r in non if opens_trade(r)), len(non))
    # of what the default strategy would enter on, the share that is a rumour about the right ticker
    traded = [(g, r) for g, r in zip(gold, readings) if opens_trade(r)]
    out["trades on a rumour, right ticker"] = (sum(1 for g, r in traded if g["gold_kind"] == "ceo_rumor" and right_ticker(g, r)), len(traded))
    den = [(g, r) for g, r in zip(gold, readings) if g["gold_kind"] == "denial"]
    out["denials missed"] = (sum(1 for g, r in den if not (r.kind == "denial" and right_ticker(g, r))), len(den))
    return out
