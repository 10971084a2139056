#!/usr/bin/env python3
"""Entity coverage of the bundled tables: of the S&P 500 and Nasdaq-100 members (as listed in
data/us_listed.csv from pytickersymbols) and of the US listings the alias table names, the share
whose CEO on a date the people tables know, and the share of the alias table's US companies with a
Chinese name. Prints figures; asserts nothing.

  python benchmarks/bench_entities.py [--dates 2026-11-01,2020-01-01,2015-01-01]

A member counts under each of its share classes' symbols once (GOOG with GOOGL, data/share_classes.csv).
The dates are checked against today's members: a company that joined the index later is counted
on the earlier dates too (survivorship: the figure for an old date is about today's members)."""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rumorbt.entities import _other_classes, current_symbol, load_tables, listing_of  # noqa: E402
from rumorbt.tabular import read_rows  # noqa: E402

DATA = ROOT / "data"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dates", default="2026-11-01,2020-01-01,2015-01-01")
    args = ap.parse_args()
    dates = [d.strip() for d in args.dates.split(",") if d.strip()]
    tables = load_tables()
    others = _other_classes()
    ceos: dict[str, list] = {}
    for ppl in tables.people.values():
        for p in ppl:
            # (by today's symbol: a company's CEOs filed under an older one count for it, CHK for EXE)
            if p.role == "ceo" and p not in ceos.setdefault(current_symbol(p.ticker), []):
                ceos[current_symbol(p.ticker)].append(p)
    listed = list(read_rows(str(DATA / "us_listed.csv"), "US listings"))
    groups = {
        "S&P 500": {others.get(r["ticker"], r["ticker"]) for r in listed if "S&P 500" in r["source"]},
        "Nasdaq-100 (not in the S&P 500)": {r["ticker"] for r in listed if "NASDAQ 100" in r["source"] and "S&P 500" not in r["source"]},
    }
    aliases = list(read_rows(str(DATA / "aliases.csv"), "alias file"))
    us = {r["ticker"] for r in aliases if r["kind"] == "company" and listing_of(r["ticker"])[0]}
    groups["US listings the alias table names"] = us
    for name, members in groups.items():
        cells = []
        for day in dates:
            known = sum(1 for t in members if any(p.holds_on(day) for p in ceos.get(current_symbol(t), ())))
            cells.append(f"{day}: {known}/{len(members)} = {known / max(1, len(members)):.0%}")
        print(f"CEO on the date known, {name:<34} " + "   ".join(cells))
    zh = {r["ticker"] for r in aliases if re.search(r"[\u4e00-\u9fff]", r["alias"])}
    print(f"Chinese name known, US listings the alias table names: {len(us & zh)}/{len(us)} = {len(us & zh) / max(1, len(us)):.0%}")
    print(f"people: {sum(len(v) for v in ceos.values())} CEO tenures of {len(ceos)} companies")


if __name__ == "__main__":
    main()
