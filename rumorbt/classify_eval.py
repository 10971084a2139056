"""Scoring the headline reader on a labelled set: precision and recall per class, where a
``ceo_rumor`` or ``denial`` counts as right only with the right ticker."""
from __future__ import annotations

import csv
from dataclasses import dataclass

from .classify import read_feed
from .headlines import KINDS, Headline


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
