#!/usr/bin/env python3
"""Leave-one-set-out cross-validation of the reader's trained second stage against the rules
alone: for each labelled set, a model fitted on the other sets reads it as a feed (as
bench_classify reads a blind set) and both are scored per language. Prints figures; asserts
nothing. Needs the training extra: pip install -e '.[train]'.

  python benchmarks/cv_reader.py [--thresholds] [--without-training-sets]

The training sets (``TRAIN_ONLY``) are in every fit and never held out: the figures are on the
blind and in-sample sets only. ``--without-training-sets`` leaves them out of every fit, to see
whether they help. The rumour threshold is the one the training command ships: the lowest on the grid at which
every held-out set keeps non-rumours opening a trade <= 1 %.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rumorbt import train_reader as tr  # noqa: E402
from rumorbt.classify_eval import opens_trade  # noqa: E402

KEYS = ("rumour P", "rumour R", "denial P", "denial R", "confirmation P", "confirmation R", "non-rumours opening a trade",
        "rumours traded")


def traded(s: tr.LabelledSet, readings: list, lang: str | None) -> tuple[int, int]:
    """Rumours with a tradable ticker that the default strategy would enter on, with the right ticker."""
    rows = [(g, r) for g, r in zip(s.gold, readings) if g["gold_kind"] == "ceo_rumor" and g["gold_ticker"]
            and (lang is None or g.get("lang") == lang)]
    return sum(1 for g, r in rows if opens_trade(r) and r.ticker == g["gold_ticker"].strip().upper().lstrip("$").replace("-", ".")), len(rows)


def cell(v: tuple[int, int]) -> str:
    k, n = v
    return f"{k / n:.3f} ({k}/{n})" if n else "n/a"


def table(title: str, rows: list[tuple[str, dict]]) -> None:
    print(f"\n{title}")
    print("| set | lang | reader | " + " | ".join(KEYS) + " |")
    print("|---|---|---|" + "---|" * len(KEYS))
    for label, m in rows:
        print(f"| {label} | " + " | ".join(cell(m[k]) for k in KEYS) + " |")


def pooled(parts: list[dict]) -> dict:
    return {k: (sum(p[k][0] for p in parts), sum(p[k][1] for p in parts)) for k in KEYS}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--thresholds", action="store_true", help="also print false trades and rumour recall per threshold")
    ap.add_argument("--without-training-sets", action="store_true", help="fit on the held-in blind and in-sample sets only")
    a = ap.parse_args()
    t0 = time.perf_counter()
    sets = tr.labelled_sets()
    extra = [] if a.without_training_sets else tr.training_sets()
    cv = tr.cross_validate(sets, always=extra)
    t = tr.choose_threshold(sets, cv)
    print(f"leave-one-set-out over {len(sets)} sets ({', '.join(s.name for s in sets)}); "
          f"training sets in every fit: {', '.join(s.name for s in extra) or 'none'}; "
          f"threshold chosen on CV: {t}; {time.perf_counter() - t0:.1f} s")
    rows, tot = [], {"rules": {}, "model": {}}
    for s in sets:
        _, rules, by_t = cv[s.name]
        for lang in ("en", "zh", None):
            for who, rd in (("rules", rules), ("model", by_t[t])):
                m = dict(tr.metrics(s, rd, lang), **{"rumours traded": traded(s, rd, lang)})
                rows.append((f"{s.name} | {lang or 'all'} | {who}", m))
                tot[who].setdefault(lang, []).append(m)
    table("per held-out set", rows)
    table("pooled over the held-out sets", [(f"all sets | {lang or 'all'} | {who}", pooled(tot[who][lang]))
                                            for lang in ("en", "zh", None) for who in ("rules", "model")])
    if a.thresholds:
        print("\nthreshold: non-rumours opening a trade per held-out set; rumours traded with the right ticker, pooled")
        for th in tr.THRESHOLDS:
            ms = [dict(tr.metrics(s, cv[s.name][2][th]), **{"rumours traded": traded(s, cv[s.name][2][th], None)}) for s in sets]
            fr = "  ".join(f"{s.name} {cell(m['non-rumours opening a trade'])}" for s, m in zip(sets, ms))
            print(f"  {th:.3f}  {fr}  rumours traded {cell(pooled(ms)['rumours traded'])}")


if __name__ == "__main__":
    main()
