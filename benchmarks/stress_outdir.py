#!/usr/bin/env python3
"""Many writers aimed at one output folder at once. Prints figures; asserts nothing.

  python benchmarks/stress_outdir.py [--writes 600] [--processes 8]

Each write is what ``run --out DIR`` does with its files (three of them, staged, then moved in
under the folder's lock). Prints how many writes completed, were refused (lock wait over) or
failed, what is left in and beside the folder, and whether the folder holds one write's files
rather than a mix.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

from rumorbt.errors import InputError
from rumorbt.outdir import write_folder

NAMES = ("trades.csv", "summary.json", "report.png")


def one(args: tuple[Path, int]) -> str:
    out, k = args
    try:
        write_folder(out, lambda d: [(d / n).write_text(f"{k}\n" * 1000) for n in NAMES])
        return "completed"
    except InputError:
        return "refused (one line)"
    except Exception as e:  # noqa: BLE001 - counted, that is the point
        return f"failed: {type(e).__name__}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--writes", type=int, default=600)
    ap.add_argument("--processes", type=int, default=8)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        out = root / "out"
        t0 = time.perf_counter()
        with Pool(a.processes) as pool:
            res = pool.map(one, [(out, k) for k in range(a.writes)], chunksize=1)
        wall = time.perf_counter() - t0
        print(f"{a.writes} writes from {a.processes} processes in {wall:.1f} s: {dict(Counter(res))}")
        print(f"in the folder: {sorted(p.name for p in out.iterdir())}")
        print(f"beside it: {sorted(p.name for p in root.iterdir() if p != out) or 'nothing'}")
        print(f"one write's files, never a mix: {len({(out / n).read_text() for n in NAMES}) == 1}")


if __name__ == "__main__":
    main()
