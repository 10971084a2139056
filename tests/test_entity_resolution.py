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


def test_a_renamed_listing_is_read_under_the_symbol_of_the_headlines_date():
    from rumorbt.entities import listing_of

    # data/symbol_changes.csv: Meta traded as FB until 2022-06-08, as META from 2022-06-09
    assert listing_of("META", "2022-06-08") == ("FB", "") and listing_of("META", "2022-06-09") == ("META", "")
    assert listing_of("FB") == ("META", "")  # an old symbol with no date: today's
    # a chain of renames: CBS -> VIAC (2019-12-05) -> PARA (2022-02-16) -> PSKY (2025-08-07)
    assert [listing_of("PARA", d)[0] for d in ("2019-12-04", "2019-12-05", "2022-02-15", "2022-02-16", "2025-08-07")] == [
        "CBS", "VIAC", "VIAC", "PARA", "PSKY"]
    # an old symbol another listing uses today is not taken for the renamed one: GOOG is Alphabet's class C
    assert listing_of("GOOG", "2024-01-02") == ("GOOG", "") and listing_of("GOOGL", "2013-05-01") == ("GOOG", "")
    r = classify_headline(H("Zuckerberg said to be weighing stepping down as Facebook CEO, people familiar say", "Bloomberg",
                            "2019-03-04T10:00:00-05:00"))
    assert (r.kind, r.ticker) == ("ceo_rumor", "FB")
    r = classify_headline(H("Zuckerberg said to be weighing stepping down as Meta CEO, people familiar say", "Bloomberg",
                            "2023-03-06T10:00:00-05:00"))
    assert (r.kind, r.ticker) == ("ceo_rumor", "META")


def test_a_chinese_adr_before_its_us_ipo_is_not_tradable_here():
    # data/listings.csv: first trading days of the US-listed Chinese companies the tables name
    r = classify_headline(H("网传京东CEO将辞职，知情人士称董事会已在物色接班人", "微博", "2014-03-03T09:00:00+08:00"))
    assert (r.kind, r.ticker) == ("ceo_rumor", "") and "not listed" in r.not_tradable
    r = classify_headline(H("网传京东CEO将辞职，知情人士称董事会已在物色接班人", "微博", "2016-03-03T09:00:00+08:00"))
    assert (r.kind, r.ticker) == ("ceo_rumor", "JD")


@pytest.mark.parametrize("text", [
    "Wayfair founder said to be weighing stepping down as CEO, people familiar say",
    "Wayfair co-founders said to be in talks to hand the CEO role to an outsider, people familiar say",
])
def test_a_one_word_listing_name_next_to_founder_is_that_company(text):
    # "Wayfair" is a generated one-word name (weak): it counts next to a role word, and a founder is one
    r = classify_headline(H(text, "Bloomberg", "2024-03-04T10:00:00-05:00"))
    assert (r.kind, r.ticker) == ("ceo_rumor", "W")


@pytest.mark.parametrize("source, ticker", [
    ("Tribune", ""),  # a listing's one-word short name (Tribune Publishing) that is also a newspaper's: not the company
    ("Courier", "CRRC"),  # the listing's whole name less its suffix (Courier Corporation): the company
])
def test_a_one_word_listing_name_is_the_source_company_only_when_it_is_its_whole_name(source, ticker):
    r = read_feed([H("Reports that our CEO is stepping down are false.", source)])[0]
    assert r.ticker == ticker and ("official channel" in r.speaker) == bool(ticker), r


def test_one_notion_of_an_official_channel_for_the_speaker_and_the_feed_latency():
    from rumorbt.sources import source_class

    # an official marker no table row names: the issuer's channel, also for the feed-latency class
    assert source_class("百度公告") == "company" and source_class("Acme Corp statement") == "company"
    assert source_class("Reuters") == "newswire" and source_class("ValleyChatter blog") == "blog"
    assert source_class("英伟达新闻稿") == "company"  # a press release, in Chinese
    r = classify_headline(H("网传公司CEO离职的消息不实。", "百度公告"))
    assert (r.kind, r.ticker, r.source_class) == ("denial", "BIDU", "company")
    # a source that is only a company's name: its own channel, and classed so
    r = classify_headline(H("网传公司CEO离职的消息不实。", "百度"))
    assert (r.kind, r.ticker, r.source_class) == ("denial", "BIDU", "company")


@pytest.mark.parametrize("text, ticker", [
    # a sitting CEO as the candidate: their own company may lose its CEO (how every blind set's writer labelled it)
    ("Pfizer's Bourla emerges as frontrunner for Merck top job, sources say", "PFE"),
    ("Oracle said to have picked former Adobe CEO Jane Roe as next chief, people familiar say", "ORCL"),  # the picker
    ("Zuckerberg said to want to oust Adobe CEO Narayen, people familiar say", "ADBE"),  # "oust <company> CEO <name>"
])
def test_whose_top_job_a_succession_story_with_two_companies_is_about(text, ticker):
    r = classify_headline(H(text, "Reuters", "2024-03-04T10:00:00-05:00"))
    assert (r.kind, r.ticker) == ("ceo_rumor", ticker), r


def test_a_listing_is_checked_on_the_new_york_date_of_the_headline():
    # Twitter traded through 2022-10-27; 20:40 ET that evening is already 10-28 in UTC
    r = classify_headline(H("Twitter CEO Agrawal said to be on his way out as the deal closes, sources say", "Reuters",
                            "2022-10-27T20:40:00-04:00"))
    assert (r.kind, r.ticker) == ("ceo_rumor", "TWTR"), r


@pytest.mark.parametrize("rumour, rsource, denial, dsource", [
    # a company the tables do not know: the rumour carries no ticker; its person answering from their own account
    ("Zorblax founder Jane Doe said to be mulling stepping aside as CEO, sources say", "Bloomberg",
     "Fake news. Not going anywhere.", "X @janedoe"),
    ("网传某某科技CEO陈小明将离职，知情人士称", "微博", "假的，别传了。", "微博 @陈小明"),
])
def test_a_bare_denial_from_the_rumoured_persons_own_account_answers_a_rumour_with_no_ticker(rumour, rsource, denial, dsource):
    got = read_feed([H(rumour, rsource, "2024-03-04T10:00:00-05:00", row=1), H(denial, dsource, "2024-03-04T11:00:00-05:00", row=2)])
    assert got[0].kind == "ceo_rumor" and got[1].kind == "denial" and got[1].link.startswith("row 1"), got
    # someone else's account with the same words answers nothing
    got = read_feed([H(rumour, rsource, "2024-03-04T10:00:00-05:00", row=1), H(denial, "X @someoneelse", "2024-03-04T11:00:00-05:00", row=2)])
    assert got[1].kind == "other", got[1]


def test_a_one_word_listing_name_after_leaving_is_the_company_left():
    # "Wayfair" is a generated one-word name: after "leaving" it is the company being left
    r = classify_headline(H("Hearing the CEO is leaving Wayfair before earnings, board already lining up a successor", "StockTwits",
                            "2024-03-04T10:00:00-05:00"))
    assert (r.kind, r.ticker) == ("ceo_rumor", "W"), r
