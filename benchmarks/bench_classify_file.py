#!/usr/bin/env python3
"""`classify` on a large headline file without an `id` column, whole process: wall time,
headlines per second and peak memory. Prints figures; asserts nothing.

  python benchmarks/bench_classify_file.py [--n 1000000]

The file mixes rumours, denials and unrelated headlines over five tickers and five sources,
every text distinct (so no cache helps), one row a second from 2022-11-22 09:30 ET.
"""
from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TEXTS = ("{name} to step down as {co} CEO, sources say (#{i})",
         "{co} denies report that {name} will step down (#{i})",
         "{co} shares rise after product launch (#{i})",
         "{co} spokesman: report about {name} is false (#{i})")
FIRMS = (("META", "Meta", "Zuckerberg"), ("TSLA", "Tesla", "Musk"), ("AAPL", "Apple", "Cook"),
         ("MSFT", "Microsoft", "Nadella"), ("AMZN", "Amazon", "Jassy"))
SOURCES = ("Reuters", "Twitter", "The Leak", "Bloomberg", "SomeBlog")


def write_file(path: Path, n: int) -> None:
    import pandas as pd

    t0 = pd.Timestamp("2022-11-22T09:30:00-05:00")
    stamps = (t0 + pd.to_timedelta(range(n), unit="s")).strftime("%Y-%m-%dT%H:%M:%S%z")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["published_at", "source", "headline", "ticker"])
        for i, ts in enumerate(stamps):
            ticker, co, name = FIRMS[i % len(FIRMS)]
            w.writerow([ts[:-2] + ":" + ts[-2:], SOURCES[(i // 5) % len(SOURCES)],
                        TEXTS[(i // 25) % len(TEXTS)].format(name=name, co=co, i=i), ticker])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1_000_000)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / "headlines.csv"
        write_file(f, a.n)
        code = textwrap.dedent(f"""
            import resource, subprocess, sys, time
            t = time.perf_counter()
            with open({str(Path(tmp) / 'out.csv')!r}, 'w') as out:
                rc = subprocess.call({[sys.executable, str(ROOT / 'backtest.py'), 'classify', str(f)]!r}, stdout=out)
            dt = time.perf_counter() - t
            print(dt, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024, rc)
        """)
        wall, rss, rc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
        rows = sum(1 for _ in open(Path(tmp) / "out.csv", encoding="utf-8")) - 1
    wall = float(wall)
    print(f"classify, {a.n:,} headlines without ids, whole process: exit {rc}, {rows:,} rows out, "
          f"{wall:.1f} s wall = {a.n / wall:,.0f} headlines/s, peak RSS {rss} MiB")


if __name__ == "__main__":
    main()
