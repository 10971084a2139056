"""rumorbt.case_guard: a case-insensitive pattern checked first on lower-cased ASCII text finds
exactly what the pattern finds (the reader's readings must not change for speed)."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from rumorbt import classify as C
from rumorbt.case_guard import CaseGuard, guardable, lower_case_source

DATA = Path(__file__).parent / "data"


def _headlines() -> list[str]:
    out = []
    for path in sorted(DATA.glob("*.csv")):
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                for k in ("headline", "source"):
                    if row.get(k):
                        out.append(row[k])
    return out


def _variants(texts: list[str]) -> list[str]:
    some = texts[::7]
    more = [t.upper() for t in some] + [t.title() for t in some] + [t.swapcase() for t in some]
    # letters re.I folds to ASCII ones (İ ı ſ K) and text where they meet ASCII words
    more += ["CEO ſteps down", "Kelvin K", "İ am fine", "ıll health", "Reuters: CEO to go -- FT", "《霸道总裁》CEO", ""]
    return texts + more


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _variants(_headlines())


def _spans(it) -> list[tuple[int, int]]:
    return [m.span() for m in it]


@pytest.mark.slow
def test_every_guard_of_the_reader_finds_what_its_pattern_finds(texts):
    assert len(texts) > 2000 and len(C._GUARDED) >= 25
    for name in C._GUARDED:
        g = getattr(C, name)
        assert isinstance(g, CaseGuard), name
        rx = g.rx
        for t in texts:
            a, b = g.search(t), rx.search(t)
            assert (a and (a.span(), a.group(0))) == (b and (b.span(), b.group(0))), (name, t)
        for t in texts[::4]:
            # the reader asks .match at the places it cares about (after a name, a company ...)
            for pos in (0, len(t) // 3):
                a, b = g.match(t, pos), rx.match(t, pos)
                assert (a and a.span()) == (b and b.span()), (name, t, pos)
            a, b = g.search(t, 5), rx.search(t, 5)
            assert (a and a.span()) == (b and b.span()), (name, t)
        for t in texts[::8]:
            assert _spans(g.finditer(t)) == _spans(rx.finditer(t)), (name, t)
            assert g.sub("#", t) == rx.sub("#", t), (name, t)
            assert (g.fullmatch(t) is None) == (rx.fullmatch(t) is None), (name, t)


@pytest.mark.parametrize("pattern, guarded", [
    (r"ceo|chief executive", True),
    (r"\bI(?:'m| am) (?:fine|ok)", True),  # upper-case letters: the same pattern under re.I
    (r"(?:FT|WSJ)\s*$", True),
    (r"[A-Z][a-z]+ says", True),
    (r"\x41bc", False),  # an escaped upper-case letter
    (r"[ -^]", False),  # a range that holds A-Z but not a-z
    (r"[0-Z]", False),
    (r"(?-i:Tim) cook", False),  # re.I switched off inside
    (r"\u0131ll", False),  # ı: re.I folds it to i
    (r"[\u2000-\u9fff]", False),  # holds the Kelvin sign
    (r"[\u4e00-\u9fff]+", True),
])
def test_which_patterns_can_be_guarded(pattern, guarded):
    rx = re.compile(pattern, re.I)
    assert guardable(rx) is guarded
    assert not guardable(re.compile(pattern))  # without re.I there is nothing to gain
    if guarded:
        g = CaseGuard(rx)
        for t in ("Tim Cook says I'm fine -- FT", "ABC a^b", "İll ıll", "K 1", "TIM COOK SAYS I AM OK", "x" * 50):
            assert _spans(g.finditer(t)) == _spans(rx.finditer(t)), t
    else:
        with pytest.raises(ValueError):
            CaseGuard(rx)


def test_a_pattern_of_uppercase_letters_is_guarded_by_its_lower_case_source():
    assert lower_case_source(re.compile(r"[A-Z]{2}: (?:FT|WSJ)", re.I)) == r"[a-z]{2}: (?:ft|wsj)"
    assert lower_case_source(re.compile(r"\W\S\B", re.I)) == r"\W\S\B"  # escapes stay as they are
