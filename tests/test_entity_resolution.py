"""Who a headline concerns when it names them loosely: a company's own one-word name, an account
handle spelled the way accounts do, a CEO's first name in a forum named after the company, a
source that is only the company's name. Hand-written headlines; tickers worked out by hand from
data/people.csv, data/aliases.csv and data/us_listed.csv."""
import pytest

from rumorbt.classify import classify_headline, read_feed
from rumorbt.entities import find_entities, handle_speaker, load_tables
from test_reader import H


def test_a_one_word_name_goes_to_the_company_it_is_the_whole_name_of():
    # "Lucid" is Lucid Group's name without its suffix; Lucid Diagnostics only starts with it
    ents = find_entities("Lucid names a new chief executive", load_tables())
    assert [(e.text, e.ticker) for e in ents] == [("Lucid", "LCID")]


@pytest.mark.parametrize("handle, name, ticker", [
    ("@tcook", "tim cook", "AAPL"),              # initial and surname
    ("@jensenhhuang", "jensen huang", "NVDA"),   # first name, middle initial, surname
    ("@dkhosrow", "dara khosrowshahi", "UBER"),  # initial and the surname's first letters
])
def test_an_account_handle_names_the_person_it_spells(handle, name, ticker):
    ents = handle_speaker(f"X {handle}", load_tables())
    assert [(e.text, e.ticker) for e in ents if e.kind == "person"] == [(name, ticker)]


def test_a_handle_that_spells_no_one_in_particular_names_no_one():
    assert [e for e in handle_speaker("X @marketwatcher", load_tables()) if e.kind == "person"] == []


def test_a_bare_denial_from_a_ceos_handle_answers_the_rumour_about_their_company():
    rows = [H("Nvidia CEO Jensen Huang said to be weighing retirement, people familiar say", "Some Blog", row=1),
            H("Not true.", "X @jensenhhuang", "2022-11-22T12:00:00-05:00", row=2)]
    rumour, denial = read_feed(rows)
    assert (rumour.kind, rumour.ticker) == ("ceo_rumor", "NVDA")
    assert (denial.kind, denial.ticker) == ("denial", "NVDA")


@pytest.mark.parametrize("source, ticker", [("Reddit r/amdstock", "AMD"), ("Discord (#nvda-traders)", "NVDA")])
def test_a_forum_named_after_a_company_lets_its_ceos_first_name_count(source, ticker):
    r = classify_headline(H("Hearing Lisa is out before the next earnings call, board already lined up a replacement", source)
                          if ticker == "AMD" else
                          H("Hearing Jensen is out before the next earnings call, board already lined up a replacement", source))
    assert (r.kind, r.ticker) == ("ceo_rumor", ticker)


def test_a_rare_first_name_alone_is_that_ceo_but_uncertain():
    r = classify_headline(H("Is Jensen stepping down? friend at a supplier says the board is already looking", "Hacker News"))
    assert (r.kind, r.ticker) == ("ceo_rumor", "NVDA")
    assert r.score <= 0.75 and "first name alone" in r.entity


@pytest.mark.parametrize("text", [
    "Is Mark stepping down? friend at a supplier says the board is already looking",      # several Marks in the tables
    "Is Jensen Smith stepping down? friend at a supplier says the board is already looking",  # someone else's full name
])
def test_a_shared_first_name_or_someone_elses_full_name_is_no_one(text):
    assert classify_headline(H(text, "Hacker News")).ticker == ""


@pytest.mark.parametrize("source, ticker", [("Robinhood", "HOOD"), ("百度", "BIDU")])
def test_a_source_that_is_only_a_company_name_is_that_company_speaking(source, ticker):
    r = classify_headline(H("Reports that our CEO is stepping down are false." if source.isascii() else "网传公司CEO离职的消息不实。",
                            source))
    assert (r.kind, r.ticker) == ("denial", ticker)
