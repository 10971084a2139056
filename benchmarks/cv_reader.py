#!/usr/bin/env python3
"""Cross-validation of the reader's trained second stage against the rules alone: each held-out
set is read as a feed (as bench_classify reads a blind set) by a model fitted on the other sets,
and both are scored per language. Prints figures; asserts nothing. Needs the training extra:
pip install -e '.[train]'.

  python benchmarks/cv_reader.py [--protocol honest|seen] [--thresholds]
                                 [--without-training-sets | --training-sets A.csv,B.csv] [--also-train C.csv,...]
                                 [--uncertain-floor P]

Protocols (``train_reader.PROTOCOLS``):
- ``honest`` (the default, the one the training command chooses the threshold on): the training
  sets (``TRAIN_ONLY``), whose failures were never read to write the rules, held out in turn; every
  blind set and the in-sample sets in every fit. It predicted blind rounds 8 and 9's first scores
  (rumour P / R 0.827 / 0.769 against their pooled 0.832 / 0.777).
- ``seen``: the blind sets (``TRAIN_BLIND``) held out in turn, the in-sample and training sets in
  every fit. The rules were fixed on every blind set once it was scored, so this flatters the reader
  (it promised rumour recall 0.93 before rounds 8 and 9).

``--training-sets`` names the training files (in tests/data) instead of ``TRAIN_ONLY`` (held out
under ``honest``, in every fit under ``seen``); ``--without-training-sets`` leaves them out (``seen``
only); ``--also-train`` adds files to every fit without holding them out, to see whether a new
training set helps the held-out ones. ``--uncertain-floor`` reads with another uncertain band (1 =
none). The rumour threshold is the one the protocol's folds choose (``train_reader.choose_threshold``);
``--thresholds`` prints the pooled held-out curve behind it: per threshold, the trades opened, the
share that is a rumour about the right ticker (precision), the tradable rumours entered with the
right ticker (recall) and the non-rumours opening a trade.
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
    ap.add_argument("--protocol", choices=tr.PROTOCOLS, default="honest", help="which sets are held out (see the module doc)")
    ap.add_argument("--also-train", default="", help="comma-separated files in tests/data added to every fit, never held out")
    ap.add_argument("--thresholds", action="store_true", help="also print the pooled held-out precision/recall per threshold")
    ap.add_argument("--without-training-sets", action="store_true", help="fit on the held-in blind and in-sample sets only")
    ap.add_argument("--training-sets", default=None, help="comma-separated training files in tests/data instead of TRAIN_ONLY")
    ap.add_argument("--uncertain-floor", type=float, default=None, help="the uncertain band's floor (1 = no band)")
    a = ap.parse_args()
    t0 = time.perf_counter()
    if a.without_training_sets and a.protocol == "honest":
        ap.error("--without-training-sets: the honest protocol holds the training sets out; use --protocol seen")
    names = () if a.without_training_sets else None if a.training_sets is None else tuple(a.training_sets.split(","))
    sets, extra = tr.cv_folds(a.protocol, training=names)
    extra = extra + (tr.training_sets(names=tuple(a.also_train.split(","))) if a.also_train else [])
    params = tr.PARAMS if a.uncertain_floor is None else dict(tr.PARAMS, uncertain_floor=a.uncertain_floor)
    cv = tr.cross_validate(sets, params=params, always=extra)
    t = tr.choose_threshold(sets, cv)
    print(f"{a.protocol} protocol: leave-one-set-out over {len(sets)} sets ({', '.join(s.name for s in sets)}); "
          f"in every fit: {', '.join(s.name for s in extra) or 'none'}; "
          f"uncertain floor {params['uncertain_floor']}; threshold chosen on CV: {t}; {time.perf_counter() - t0:.1f} s")
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
        print("\nthreshold curve, pooled over the held-out sets (the default strategy's entries)")
        print("| threshold | trades opened | right (precision) | tradable rumours entered right (recall) | non-rumours opening a trade |")
        print("|---|---|---|---|---|")
        for c in tr.threshold_curve(sets, cv):
            print(f"| {c['threshold']:.3f}{' (chosen)' if c['threshold'] == t else ''} | {c['opened']} | {cell((c['right'], c['opened']))} | "
                  f"{cell((c['right'], c['rumours']))} | {cell((c['false'], c['non']))} |")

if __name__ == "__main__":
    main()
