"""Start-up and single-run path: the default engine, what a run loads, and the reader's
exact-name matcher (dictionary look-up instead of a 250 KB regular expression)."""
import re
import subprocess
import sys
from pathlib import Path

import pytest

from rumorbt import entities as E

ROOT = Path(__file__).resolve().parent.parent


def _trie_regex(names: list[str]) -> re.Pattern:
    """What the exact-case names were matched with before: one prefix-tree expression between word edges."""
    return re.compile(E._EDGE_LEFT + "(?:" + E._trie(sorted(names)) + ")" + E._EDGE_RIGHT)


NAMES = ["Meta", "Meta Platforms", "Meta Platforms, Inc.", "Block", "Block & Co", "AT&T", "3M", "Apple Hospitality",
         "Tesla", "Rivian Automotive", "Hims & Hers Health", "Co-Diagnostics", "U.S. Steel", "ACME"]
TEXTS = ["Meta Platforms CEO to step down", "Meta Platforms, Inc. says", "Metaverse is not Meta.", "$Meta and @Meta and .Meta",
         "AT&T and AT&TX", "3M 3Mx x3M", "Block & Co said; Block & Cox", "Apple Hospitality's CEO, Apple Hospitality",
         "Co-Diagnostics CEO", "U.S. Steel CEO", "Rivian Automotive", "meta platforms", "Meta Platforms,Inc.", "Meta_x Meta",
         "ACME ACMEs ACME&", "Tesla—Meta 特斯拉Tesla将", "", "Meta Platforms, Inc.X"]


@pytest.mark.parametrize("names", [NAMES, NAMES + ["(Glued) Name", "-Dash"]])
def test_exact_names_find_what_the_prefix_tree_expression_found(names):
    """Leftmost start, longest name ending at a word edge, on from its end; names beginning
    with a non-word character (only in a user's alias file) too."""
    exact, rx = E.ExactNames(names), _trie_regex(names)
    texts = TEXTS + ["x (Glued) Name y", "a -Dash b", "(Glued) Names", "Meta-Dash"]
    for text in texts + [t.title() for t in texts]:
        assert exact.find(text) == [(m.start(), m.end(), m.group(0)) for m in rx.finditer(text)], text
    # worked by hand: the longer name wins, then the search goes on after it
    assert exact.find("Meta Platforms, Inc. and Meta") == [(0, 20, "Meta Platforms, Inc."), (25, 29, "Meta")]
    assert exact.find("Metaverse") == [] and exact.find("AT&T's") == [(0, 4, "AT&T")]


def test_exact_names_agree_with_the_expression_over_the_bundled_tables():
    """Every bundled exact-case name, alone, glued to its neighbours and in a sentence."""
    tables = E.load_tables()
    (exact,) = [p for p, _ in tables.patterns if isinstance(p, E.ExactNames)]
    names = sorted(exact.names)
    rx = _trie_regex(names)
    texts = [f"{a} CEO to step down, {b} says ({c}){d}" for a, b, c, d in zip(names, names[7:], names[13:], names[1:])]
    texts += [" ".join(names[i:i + 5]) for i in range(0, len(names), 5)]
    for text in texts:
        assert exact.find(text) == [(m.start(), m.end(), m.group(0)) for m in rx.finditer(text)], text


def _modules_after(code: str, cwd: Path) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys; print(' '.join(sys.modules))"], cwd=cwd,
                         capture_output=True, text=True, check=True).stdout.split("\n")[-2]
    return set(out.split())


def test_the_default_run_uses_the_fast_engine_and_loads_neither_backtrader_nor_yfinance(tmp_path):
    mods = _modules_after("import contextlib, io\nfrom rumorbt.cli import main\n"
                          "with contextlib.redirect_stdout(io.StringIO()): assert main([]) == 0", tmp_path)
    assert "backtrader" not in mods and "yfinance" not in mods
    summary = (tmp_path / "out" / "reference" / "summary.json").read_text()
    assert '"engine": "fast"' in summary
