#!/usr/bin/env python3
"""Speed of data in and many events at once. Prints figures; asserts nothing.

  python benchmarks/bench_data.py [--events 500] [--vendors-only]

1. generating a SIMULATED population of N rumour -> denial events (1-minute bars);
2. running it as a portfolio, with the fast path and with the backtrader engine;
3. loading a year of one-minute bars for one ticker (CSV.gz and Parquet);
4. the same year in vendors' shapes: a Polygon flat file holding five tickers (epoch ns,
   the tape's rows kept), Alpaca's JSON response (RFC-3339), epoch-ms CSV (unit inferred).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rumorbt.synthetic import generate_population, write_tape  # noqa: E402
from rumorbt.tape import load_tape  # noqa: E402


def cli(*args: str) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "backtest.py"), *args], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=500)
    ap.add_argument("--vendors-only", action="store_true", help="only part 4")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if a.vendors_only:
            vendors(Path(tmp))
            return
        pop = Path(tmp) / "pop"
        dt = cli("simulate", "--population", str(a.events), "--seed", "1", "--out", str(pop))
        print(f"simulate a population of {a.events} events: {dt:.1f} s")
        for engine in ("fast", "backtrader"):
            dt = cli("run", "--headlines", str(pop / "headlines_SIMULATED.csv"), "--prices-dir", str(pop / "prices"),
                     "--engine", engine, "--out", f"{tmp}/out_{engine}")
            print(f"portfolio run of {a.events} events, engine {engine}: {dt:.1f} s wall, start-up included "
                  f"({a.events / dt:,.0f} events/s)")

        heads, tapes, _ = generate_population(248, 2, tickers=("ACME",))
        df = tapes["ACME"]
        csv_path = write_tape(df, Path(tmp) / "ACME_2023_1min_SIMULATED.csv.gz")
        pq_path = write_tape(df, Path(tmp) / "ACME_2023_1min_SIMULATED.parquet")
        for p in (csv_path, pq_path):
            load_tape(p, "ACME")
            t = time.perf_counter()
            tape = load_tape(p, "ACME")
            dt = time.perf_counter() - t
            print(f"load a year of 1-minute bars ({len(tape):,} bars, {p.suffix}): {dt:.2f} s ({len(tape) / dt:,.0f} bars/s)")
        vendors(Path(tmp))


def vendors(tmp: Path) -> None:
    import json

    import pandas as pd

    _, tapes, _ = generate_population(248, 2, tickers=("ACME",))
    df = tapes["ACME"]
    t = pd.to_datetime(df["timestamp"], utc=True).dt.as_unit("ns")
    bars = pd.DataFrame({"volume": df["volume"], "open": df["open"], "close": df["close"], "high": df["high"],
                         "low": df["low"], "window_start": t.astype("int64").to_numpy(), "transactions": 10})
    flat = pd.concat([bars.assign(ticker=tk) for tk in ("AAAA", "ACME", "BBBB", "CCCC", "DDDD")]).sort_values(
        ["window_start", "ticker"], kind="stable")[["ticker", "volume", "open", "close", "high", "low", "window_start", "transactions"]]
    flat.to_csv(tmp / "minute_aggs.csv.gz", index=False)
    alpaca = [{"t": x.strftime("%Y-%m-%dT%H:%M:%SZ"), "o": o, "h": h, "l": lo, "c": c, "v": v, "n": 10, "vw": c}
              for x, o, h, lo, c, v in zip(t, df["open"], df["high"], df["low"], df["close"], df["volume"])]
    (tmp / "alpaca.json").write_text(json.dumps({"bars": {"ACME": alpaca}, "next_page_token": None}))
    pd.DataFrame({"timestamp": t.astype("int64").to_numpy() // 10**6, "open": df["open"], "high": df["high"], "low": df["low"],
                  "close": df["close"], "volume": df["volume"]}).to_csv(tmp / "epoch_ms.csv.gz", index=False)
    for name, path, preset in (("Polygon flat file, 5 tickers, epoch ns", tmp / "minute_aggs.csv.gz", "polygon-flat"),
                               ("Alpaca JSON response, RFC-3339", tmp / "alpaca.json", "alpaca"),
                               ("epoch-ms CSV, unit inferred", tmp / "epoch_ms.csv.gz", "")):
        load_tape(path, "ACME", preset=preset)
        t0 = time.perf_counter()
        tape = load_tape(path, "ACME", preset=preset)
        dt = time.perf_counter() - t0
        print(f"load a year of 1-minute bars, {name} ({len(tape):,} bars kept): {dt:.2f} s ({len(tape) / dt:,.0f} bars/s)")


if __name__ == "__main__":
    main()
