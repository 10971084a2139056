#!/usr/bin/env python3
"""Every reading of every headline file in tests/data, one line each, so two checkouts' readers
can be compared (a speed change must not change any of them):

  python benchmarks/dump_readings.py --root /work/main > main.txt
  python benchmarks/dump_readings.py > branch.txt && cmp main.txt branch.txt

Each line: file, row, reader stage, kind, ticker, confidence, confident/uncertain, evidence
(:meth:`~rumorbt.reading.Reading.evidence`), the cue and the not-tradable reason. Both stages
(``trained``, ``rules``) through :func:`rumorbt.classify.read_feed`; where the checkout has the
readings cache (:mod:`rumorbt.reading_cache`), its answer, cold and then warm, is checked to be the
reader's own (a difference stops the dump). ``--root``: the checkout to import rumorbt from
(default: this one). Files that are not headline files (a price response) are named and skipped.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=str(HERE))
    ap.add_argument("--data", default=str(HERE / "tests" / "data"), help="folder of headline CSVs")
    a = ap.parse_args()
    sys.path.insert(0, a.root)
    with tempfile.TemporaryDirectory(prefix="rumorbt-dump-") as cold:  # nothing from an earlier run; removed after
        os.environ["RUMORBT_CACHE"] = cold
        dump(a.data)


def dump(data: str) -> None:
    """Print every reading of every headline file in ``data`` (see the module notes)."""
    from rumorbt import classify
    from rumorbt.errors import InputError
    from rumorbt.headlines import load_headlines

    try:
        from rumorbt import reading_cache as readings
    except ImportError:
        readings = None
    # (an editable install may find a module the checkout named by --root does not have)
    ours = readings is not None and Path(readings.__file__).parent == Path(classify.__file__).parent
    read_feed_cached = readings.read_feed_cached if ours else None
    print(f"# rumorbt from {Path(classify.__file__).parent}", file=sys.stderr)
    out = hashlib.sha256()
    for path in sorted(Path(data).glob("*.csv")):
        try:
            heads = load_headlines(str(path))
        except InputError as e:
            print(f"# {path.name}: not a headline file ({e})", file=sys.stderr)
            continue
        for stage in ("trained", "rules"):
            rs = classify.read_feed(heads, stage=stage)
            if read_feed_cached is not None:
                for turn in ("cold", "warm"):
                    if read_feed_cached(heads, str(path), stage=stage) != rs:
                        raise SystemExit(f"{path.name} ({stage}): the cached readings ({turn}) differ from the reader's")
            for h, r in zip(heads, rs):
                line = "\t".join([path.name, str(h.row), stage, r.kind, r.ticker, f"{r.score!r}", r.certainty,
                                  r.evidence(), r.cue, r.not_tradable])
                out.update(line.encode() + b"\n")
                print(line)
        print(f"# {path.name}: {len(heads)} headlines", file=sys.stderr)
    print(f"# sha256 of the dump {out.hexdigest()}", file=sys.stderr)


if __name__ == "__main__":
    main()
