#!/usr/bin/env python3
"""The headline reader: precision and recall per class on the labelled sets, and speed.
Prints figures; asserts nothing.

  python benchmarks/bench_classify.py [--n 100000]

A ceo_rumor or denial counts as right only with the right ticker (and, for a rumour, the
right unverified flag). tests/data/headlines_eval.csv (153 headlines, English and Chinese)
and tests/data/headlines_holdout.csv (30, written after the rules; see the README).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rumorbt.classify import classify_headline  # noqa: E402
from rumorbt.classify_eval import false_rumours, load_labelled, score  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000, help="headlines for the speed test")
    a = ap.parse_args()
    for name in ("headlines_eval.csv", "headlines_holdout.csv"):
        labelled = load_labelled(str(ROOT / "tests" / "data" / name))
        for lang in ("en", "zh", None):
            subset = [x for x in labelled if lang is None or x[1]["lang"] == lang]
            sc, wrong = score(subset)
            label = lang or "all"
            cells = "  ".join(f"{k}: P {v.precision:.3f} R {v.recall:.3f} (n={v.expected})" for k, v in sc.items())
            print(f"{name:<24} {label:<4} {cells}  false rumours: {len(false_rumours(wrong))}")
    labelled = load_labelled(str(ROOT / "tests" / "data" / "headlines_eval.csv"))
    heads = [h for h, _ in labelled]
    # distinct texts so no cache can help: the same rules on every headline
    sample = [h.__class__(i, f"b{i}", 0, None, h.source, f"{h.headline} #{i}", "", "", "")
              for i, h in zip(range(a.n), (heads * (a.n // len(heads) + 1)))]
    classify_headline(sample[0])
    t = time.perf_counter()
    for h in sample:
        classify_headline(h)
    dt = time.perf_counter() - t
    print(f"speed: {a.n:,} headlines in {dt:.2f} s on one core = {a.n / dt:,.0f} headlines/s")


if __name__ == "__main__":
    main()
