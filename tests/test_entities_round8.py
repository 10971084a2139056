"""Which company and listing a headline concerns (issue 8, round 8): the share class a company's
name means, a bare ticker as traders write it, the listing of the headline's day when the trained
stage reads a rumour the rules did not. Hand-written headlines; tickers worked out by hand from
data/us_listed.csv, data/share_classes.csv, data/symbol_changes.csv and data/listings.csv."""
import pytest

from rumorbt.classify import Reading, classify_headline
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


# ---- CEO tenures of the index table (data/people_index.csv): the CEO on the headline's date

@pytest.mark.parametrize("text, source, t, ticker", [
    ("传王高飞将离职，接近公司人士称正在交接", "某论坛", "2022-11-22T11:00:00+08:00", "WB"),       # Weibo's CEO, no company named
    ("Kotick said to tell executives he would consider leaving, people familiar say", "Some Blog",
     "2021-11-16T19:00:00-05:00", "ATVI"),     # Activision's own CEO in 2021, before Microsoft bought it
    ("Forrest Li said to be weighing handing over the CEO role, sources say", "Some Blog",
     "2023-03-01T09:00:00+08:00", "SE"),
])
def test_an_index_ceo_named_alone_is_that_companys_ceo_on_the_day(text, source, t, ticker):
    r = classify_headline(H(text, source, t))
    assert (r.kind, r.ticker) == ("ceo_rumor", ticker)


def test_an_index_ceo_is_not_found_by_a_bare_common_surname():
    # Matt Murphy (Marvell) is in the index table; "Murphy" alone is anyone's surname
    ents = find_entities("Hearing co-founder Murphy could take over at the startup", load_tables())
    assert [e for e in ents if e.kind == "person"] == []


def test_a_two_character_index_name_inside_a_longer_name_is_not_that_person():
    # 沈亚 (Vipshop's CEO) is the start of 沈亚楠, someone else
    ents = find_entities("传理想汽车总裁沈亚楠将离职", load_tables())
    assert [(e.text, e.ticker) for e in ents] == [("理想汽车", "LI")]


# ---- names that are also a platform or a word ("role" in data/aliases.csv)

def test_a_platform_name_before_a_role_is_the_company():
    r = classify_headline(H("网传微博CEO将离职，公司内部正在交接", "某论坛", "2022-11-22T11:00:00+08:00"))
    assert (r.kind, r.ticker) == ("ceo_rumor", "WB")


def test_a_platform_name_elsewhere_is_not_the_company():
    r = classify_headline(H("网传某公司CEO将离职，微博热议", "某论坛", "2022-11-22T11:00:00+08:00"))
    assert r.ticker == ""


@pytest.mark.parametrize("source", ["格力电器官方微博", "微博 @someone (CEO本人)"])
def test_a_platform_in_a_source_is_where_it_was_posted_not_who_speaks(source):
    r = classify_headline(H("纯属谣言。", source, "2022-11-22T11:00:00+08:00"))
    assert "Weibo" not in r.speaker and r.ticker != "WB"


def test_a_succession_pick_by_a_board_is_the_picking_companys_top_job():
    from rumorbt.classify import _top_job_company
    text = "Uber board said to pick Expedia's Dara Khosrowshahi as CEO"
    ents = find_entities(text, load_tables())
    top = _top_job_company(text, [e for e in ents if e.kind == "company"])
    assert top is not None and top.ticker == "UBER"


def test_an_english_name_glued_to_a_role_in_chinese_text_is_still_the_name():
    ents = find_entities("网友称PelotonCEO已数日未露面", load_tables())
    assert [(e.text, e.ticker) for e in ents if e.kind == "company"] == [("Peloton", "PTON")]


def test_a_name_glued_to_a_longer_word_is_no_name():
    assert [e for e in find_entities("AppleCEOs and Metaverse fans", load_tables()) if e.kind == "company"] == []


def test_a_title_case_clause_between_company_and_title_is_not_a_unit():
    # "Calls Report About" is what the company does, not one of its units: the company's own CEO
    r = classify_headline(H("Nike Calls Report About CEO's Health 'Completely Untrue'", "Reuters", "2022-11-22T11:00:00-05:00"))
    assert (r.kind, r.ticker) == ("denial", "NKE")


def test_a_curated_companys_one_word_base_name_names_it_next_to_a_role():
    # "Snap" of "Snap Inc.", which the alias table spells only in full: the speaker's company, whose CEO
    # the denial names by first name
    r = classify_headline(H("Evan is not stepping down.", "Snap spokesperson", "2022-11-22T11:00:00-05:00"))
    assert (r.kind, r.ticker) == ("denial", "SNAP")


def test_a_headlines_lead_word_is_not_a_first_name():
    ents = find_entities("Hearing Spiegel is weighing stepping back, sources say", load_tables())
    assert [(e.text, e.ticker) for e in ents if e.kind == "person"] == [("Spiegel", "SNAP")]


def test_a_platforms_chinese_name_before_a_role_is_the_company():
    r = classify_headline(H("推特CEO据悉将辞职", "某快讯", "2021-11-29T08:00:00+08:00"))
    assert (r.kind, r.ticker) == ("ceo_rumor", "TWTR")
