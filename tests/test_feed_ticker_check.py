"""A ticker column naming a company the headline does not name is not taken on trust for an entry:
a stranger's 'Hearing Tesla CEO Elon Musk is stepping down, sources say' tagged META bought 908
META with no warning. Now the rumour is uncertain (never entered on), its evidence says why, and the
run warns; a tag the headline bears out (the company, its CEO, an old symbol or another share
class of it, the symbol written in the text) still trades."""

import pandas as pd
import pytest

from helpers import config, write_headlines, write_tape
from rumorbt.classify import classify_headline
from rumorbt.engine import run
from rumorbt.headlines import Headline


def read(text: str, ticker: str):
    return classify_headline(Headline(1, "h", int(pd.Timestamp("2022-11-22T11:00:00-05:00").value), None, "Blog", text, ticker, "", ""))


def test_a_tag_the_headline_does_not_bear_out_is_uncertain_and_says_why():
    r = read("Hearing Tesla CEO Elon Musk is stepping down, sources say", "META")
    assert (r.kind, r.ticker) == ("ceo_rumor", "META") and r.score < 0.8
    assert "the feed's ticker META is not the company the headline names (TSLA)" in r.entity


@pytest.mark.parametrize("text, ticker", [
    ("Hearing Tesla CEO Elon Musk is stepping down, sources say", "TSLA"),
    ("Hearing Zuckerberg to step down as CEO, sources say", "FB"),            # Meta's symbol until 2022-06-09
    ("Alphabet CEO Pichai to step down, sources say", "GOOG"),                # the other share class
    ("Keyvan selling SOUN to Nvidia and leaving as CEO. calling it now", "SOUN"),  # the symbol in the text
])
def test_a_tag_the_headline_bears_out_is_taken(text, ticker):
    assert "the feed's ticker" not in read(text, ticker).entity


def test_a_run_warns_and_does_not_enter(tmp_path):
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "Reuters",
                                                  "Hearing Tesla CEO Elon Musk is stepping down, sources say", "META")])
    tape = write_tape(tmp_path / "t.csv", n=1800)
    res = run(config(heads, tape))
    assert res.trades == []
    (w,) = [w for w in res.warnings if "carries ticker META" in w]
    assert "data row 1" in w and "Elon Musk (CEO of Tesla on 2022-11-22)" in w and "not entered on" in w


def test_the_same_run_with_a_right_tag_enters(tmp_path):
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "Reuters",
                                                  "Hearing Meta CEO Mark Zuckerberg is stepping down, sources say", "META")])
    res = run(config(heads, write_tape(tmp_path / "t.csv", n=1800)))
    assert len(res.trades) == 1 and not any("carries ticker" in w for w in res.warnings)
