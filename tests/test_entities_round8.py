"""Which company and listing a headline concerns (issue 8, round 8): the share class a company's
name means, a bare ticker as traders write it, the listing of the headline's day when the trained
stage reads a rumour the rules did not. Hand-written headlines; tickers worked out by hand from
data/us_listed.csv, data/share_classes.csv, data/symbol_changes.csv and data/listings.csv."""
import pytest

from rumorbt.classify import Reading
from rumorbt.entities import find_entities, load_tables
from rumorbt.reader_model import CLASSES, ReaderModel
from test_reader import H


@pytest.mark.parametrize("text, ticker", [
    ("Under Armour CEO to step down, people familiar say", "UAA"),     # not UA, the class C
    ("Brown-Forman Corporation CEO to retire", "BF.B"),                # the BF.A line's name reads as BF.B
    ("Kemper Corporation CEO said to leave", "KMPR"),                  # not the 2017 snapshot's KMPA line
])
def test_a_company_name_means_the_share_class_headlines_mean(text, ticker):
    assert [e.ticker for e in find_entities(text, load_tables()) if e.kind == "company"] == [ticker]


def test_a_cashtag_of_another_class_stays_that_class():
    assert [e.ticker for e in find_entities("$UA slides as CEO exits", load_tables())] == ["UA"]


@pytest.mark.parametrize("text, ticker", [
    ("KHC: board said to be lining up a new chief", "KHC"),
    ("MARA CEO reportedly out after Q2", "MARA"),
    ("Heard the CEO is done. RIVN puts printing", "RIVN"),
    ("PDD BOARD SAID TO WEIGH REPLACING CEO -- SOURCES", "PDD"),
])
def test_a_bare_ticker_before_a_colon_or_a_company_word_names_the_company(text, ticker):
    assert [e.ticker for e in find_entities(text, load_tables()) if e.kind == "company"] == [ticker]


@pytest.mark.parametrize("text", [
    "WSJ: chief executive said to weigh exit",        # an outlet's name, also a symbol elsewhere
    "BREAKING: NEW CEO AT THE HELM",                   # capitals that are words
    "Rumour at 10:30: the CEO is out",
    "Analysts say IT board spending slows",            # IT is a word here
    "WHY LOW SHARES MATTER TODAY",                     # in ALL-CAPS text only a leading symbol counts (LOW is one)
])
def test_capitals_that_are_words_or_outlets_are_no_ticker(text):
    assert [e for e in find_entities(text, load_tables()) if e.kind == "company" and e.text.isupper() and len(e.text) <= 5] == []


def _always(kind: str) -> ReaderModel:
    return ReaderModel(CLASSES, tuple(10.0 if c == kind else 0.0 for c in CLASSES), {}, 0.5, {})


@pytest.mark.parametrize("ticker, day, traded", [
    ("AABA", "2016-07-19T19:10:00-04:00", "YHOO"),   # Yahoo before its 2017 renaming
    ("LKNCY", "2020-05-11T11:10:00-04:00", "LK"),    # Luckin on Nasdaq before its delisting
    ("UBER", "2017-08-27T20:30:00-04:00", ""),       # Uber before its 2019 IPO: not tradable
])
def test_a_rumour_the_model_reads_where_the_rules_did_not_trades_the_listing_of_that_day(ticker, day, traded):
    h = H("some headline about a chief executive", "Some Blog", day)
    rules = Reading("other", ticker, False, "blog", "hedge", 0.7, entity="x", role="unknown", stance="no-ceo")
    got = _always("ceo_rumor").read(h, rules)
    assert (got.kind, got.ticker) == ("ceo_rumor", traded)
    assert _always("ceo_rumor").read_many([h], [rules])[0].ticker == traded
