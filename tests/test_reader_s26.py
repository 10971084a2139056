"""Reader fixes after rounds 29/30's failures were read by category (2026-11-27, fourth stop): general
wording and entity rules, each probed on hand-written headlines (not the blind rows), expectations
worked out by hand, plus the second-wave reference tables (mid/small-cap and past CEO tenures, first
US trading days; data/README.md). The ``*_now_read`` cases read wrong on the reader before these
changes (ab562b8), save those marked (guard); the rest guard what must not move."""
import pandas as pd
import pytest

from rumorbt.classify import classify_headline
from rumorbt.classify_eval import opens_trade
from rumorbt.entities import listing_of, load_tables
from rumorbt.headlines import Headline


def read(text: str, source: str = "Reuters", when: str = "2024-03-04T09:31:00-05:00", stage: str = "rules"):
    return classify_headline(Headline(1, "h1", int(pd.Timestamp(when).value), None, source, text, "", "", ""), stage=stage)


@pytest.mark.parametrize("text, source, when, ticker", [
    # a change ruled out, a CEO staying on said by the company, the board's vote of confidence, succession
    # said to be off the agenda
    ("Starbucks' Narasimhan rules out stepping down after weak quarter", "Reuters", "2024-03-04T10:31:00-05:00", "SBUX"),
    ("Peloton: Barry McCarthy Staying On as Chief Executive", "Benzinga", "2023-03-04T10:31:00-05:00", "PTON"),
    ("Nike board gives Donahoe vote of confidence amid turnaround talk", "Wall Street Journal", "2024-03-04T10:31:00-05:00", "NKE"),
    ("Intel says Gelsinger succession 'not on the agenda'", "Reuters", "2024-03-04T10:31:00-05:00", "INTC"),
    # the company that speaks names its own CEO, not a namesake the tables know elsewhere (Ron Johnson, JCP)
    ("Herbalife says CEO Johnson staying, calls report false", "Reuters", "2013-03-04T10:31:00-05:00", "HLF"),
    # a one-word company name that may be any word, with its CEO's surname beside it
    ("Levchin Keeps Affirm Helm, Company Dismisses Exit Chatter", "Benzinga", "2022-05-04T10:31:00-04:00", "AFRM"),
    # companies of the second-wave tables: Knight Capital (KCG from 2010), Fisker (FSR)
    ("KNIGHT CAPITAL SAYS CEO JOYCE IS NOT RESIGNING", "Dow Jones Newswires", "2012-08-06T10:31:00-04:00", "KCG"),
    ("Fisker rejects speculation Henrik Fisker will quit as CEO", "TechCrunch", "2023-06-04T10:31:00-04:00", "FSR"),
])
def test_denials_now_read(text, source, when, ticker):
    r = read(text, source, when)
    assert (r.kind, r.ticker) == ("denial", ticker)


@pytest.mark.parametrize("text, when", [
    # stepping back from a plan, not from the job
    ("Nike CEO says company is not stepping back from wholesale push", "2024-03-04T10:31:00-05:00"),
    ("Intel's Gelsinger says Intel isn't stepping back from foundry plans", "2024-03-04T10:31:00-05:00"),
    # a report or talk denied whose object is another story, even in a CEO's mouth
    ("Nvidia CEO Huang denies Bloomberg report on China chip sales", "2024-03-04T10:31:00-05:00"),
    ("Iger dismisses talk of ESPN sale", "2024-03-04T10:31:00-05:00"),
    ("俞敏洪否认新东方财务造假", "2012-07-19T10:31:00+08:00"),  # (guard: 俞敏洪 now known as the CEO)
    # a chairman's title given up is no CEO change
    ("Abercrombie CEO Jeffries gives up chairman title in settlement", "2014-01-28T10:31:00-05:00"),
])
def test_other_stories_now_read(text, when):
    r = read(text, when=when)
    assert r.kind == "other" and not opens_trade(r)


@pytest.mark.parametrize("text, source, kind, ticker", [
    # (guard) the job, a company or a cashtag after "stepping back from" is the job itself
    ("Intel CEO says he is not stepping back from his role", "Reuters", "denial", "INTC"),
    ("Spotify CEO Ek: I am not stepping back from Spotify", "X @eldsjal", "denial", "SPOT"),
    ("Daniel Ek weighing stepping back from Spotify day-to-day, insiders say", "X @someone", "ceo_rumor", "SPOT"),
    ("anyone else hearing Tobi is stepping back from $SHOP after the logistics sale?", "StockTwits", "ceo_rumor", "SHOP"),
    # (guard) talk of the CEO's own exit or move is the CEO's story
    ("Iger dismisses talk of his early exit", "Reuters", "denial", "DIS"),
    ("Disney's Iger dismisses talk of Apple move as gossip", "Reuters", "denial", "DIS"),
    # (guard) giving up the CEO role is a change
    ("Iger to give up Disney CEO role next year, people familiar say", "Reuters", "ceo_rumor", "DIS"),
])
def test_the_job_itself_still_reads(text, source, kind, ticker):
    r = read(text, source)
    assert (r.kind, r.ticker) == (kind, ticker)


def test_a_full_name_known_only_from_a_post_years_later_is_nobody_known():
    # Mark Fields ran Hertz in 2021-22 (people_index); in 2017 beside Ford he is Ford's CEO, not Hertz's
    r = read("Ford board said to weigh replacing Mark Fields as CEO", when="2017-05-19T10:31:00-04:00")
    assert (r.kind, r.ticker) == ("ceo_rumor", "F")
    # in his Hertz tenure the name finds Hertz
    assert read("Hertz interim CEO Mark Fields said to be leaving soon", when="2022-01-10T10:31:00-05:00").ticker == "HTZ"


def test_first_us_trading_days_make_earlier_headlines_not_tradable():
    load_tables()
    # Tesla listed on 2010-06-29: a 2008 rumour is about a private company
    r = read("Tesla CEO said to be on his way out, tipsters say", "Valleywag", "2008-10-01T10:31:00-04:00")
    assert (r.kind, r.ticker) == ("ceo_rumor", "") and not opens_trade(r)
    assert read("Tesla CEO said to be on his way out, tipsters say", "Valleywag", "2012-10-01T10:31:00-04:00").ticker == "TSLA"
    # old GM traded until its 2009 bankruptcy, the new GM from its 2010-11-18 IPO; in between nothing traded
    assert listing_of("GM", "2009-03-30")[0] == "GM"
    assert listing_of("GM", "2010-08-12")[0] == "" and "not listed" in listing_of("GM", "2010-08-12")[1]
    assert listing_of("GM", "2011-01-03")[0] == "GM"
    # Krispy Kreme: KKD until its 2016 take-private, DNUT from 2021
    assert listing_of("DNUT", "2005-01-10")[0] == "KKD" and listing_of("DNUT", "2022-01-10")[0] == "DNUT"


def test_a_mid_cap_ceo_by_surname_beside_its_one_word_name():
    # "Groupon" is a one-word generated name (any word, so weak); with its CEO's surname that day it is the company
    r = read("Groupon Directors Said to Discuss Replacing Mason", when="2013-02-26T10:31:00-05:00")
    assert (r.kind, r.ticker) == ("ceo_rumor", "GRPN")


# ---- after rounds 31/32's one score (11:20 UTC), their failures read by category (hand-written cases)

@pytest.mark.parametrize("text, source, when, ticker", [
    # (guard) a one-word name that may be any word ("Jack") is the named company's CEO's first name
    ("Twitter spokesperson: Jack is not stepping down, rumours are false", "Re/code", "2016-02-02T10:31:00-05:00", "TWTR"),
    # a board reiterating (guard: "full confidence" read before), expressing or voicing its confidence or support
    ("CHESAPEAKE BOARD REITERATES FULL CONFIDENCE IN MCCLENDON", "Dow Jones Newswires", "2012-05-02T10:31:00-04:00", "CHK"),
    ("Nike board voices support for Donahoe as CEO amid sales slump", "Reuters", "2024-03-04T10:31:00-05:00", "NKE"),
    # Nikola (gone from today's listing table) by its CEO of 2023
    ("Nikola says CEO Lohscheller is not leaving, calls report untrue", "Reuters", "2023-05-10T10:31:00-04:00", "NKLA"),
])
def test_denials_now_read_after_round_32(text, source, when, ticker):
    r = read(text, source, when)
    assert (r.kind, r.ticker) == ("denial", ticker)


@pytest.mark.parametrize("text, when", [
    # a deny verb whose object is a merger, a stake sale or a short report; business "normal" about a stake sale
    ("蔚来CEO李斌否认与小鹏合并传闻", "2024-11-01T10:31:00+08:00"),
    ("腾讯回应大股东减持：公司经营一切正常", "2022-09-01T10:31:00+08:00"),
    ("Ryanair's O'Leary rules out leaving Irish stock exchange", "2022-03-04T10:31:00-05:00"),  # (guard: fixed with the reviewer's findings)
])
def test_other_stories_now_read_after_round_32(text, when):
    r = read(text, when=when)
    assert r.kind == "other" and not opens_trade(r)


def test_a_company_listed_in_2021_is_not_tradable_before():
    # Faraday Future's Nasdaq listing began 2021-07-22 (its SPAC merger); its founder's earlier story is not tradable
    # (as FFIE then: FFAI is its symbol of today)
    assert listing_of("FFAI", "2019-06-03")[0] == "" and listing_of("FFAI", "2022-06-03")[0] == "FFIE"


@pytest.mark.parametrize("text, source, when, kind, ticker", [
    # (guard, a reviewer's probes) a board's voiced confidence in a successor, beside a change, is no denial
    ("Intel board expresses confidence in CFO Zinsner as interim CEO after Gelsinger retires", "Reuters", "2024-12-03T10:31:00-05:00", "ceo_confirmed", "INTC"),
    ("Tesla board expresses confidence in search for Musk successor, sources say", "Reuters", "2024-03-04T10:31:00-05:00", "ceo_rumor", "TSLA"),
    # (guard) a Chinese answer to a merger or bankruptcy rumour that says the CEO stays is the CEO's denial
    ("蔚来回应破产传闻：李斌仍是CEO，公司运营正常", "新浪财经", "2021-06-04T10:31:00+08:00", "denial", "NIO"),
])
def test_review_of_the_round_32_changes(text, source, when, kind, ticker):
    r = read(text, source, when)
    assert (r.kind, r.ticker) == (kind, ticker)


# ---- after rounds 33/34's one score (11:47 UTC), their failures read by category (hand-written cases)

@pytest.mark.parametrize("text, source, when, ticker", [
    # (guard) a spokesperson heading the headline, a one-word company name before "spokesperson" and a first name
    ("Pinterest spokesperson: Ben has no plans to step aside", "Business Insider", "2022-08-04T10:31:00-04:00", "PINS"),
    ("英特尔发言人：基辛格仍获董事会全力支持", "财联社", "2024-08-04T10:31:00+08:00", "INTC"),
    # "malicious rumours", a short quoted "not any time soon", "not going to walk away"
    ("XPeng calls online claims He Xiaopeng will resign 'malicious rumors'", "Reuters", "2024-03-04T10:31:00-05:00", "XPEV"),
    ("IGER ON EXIT CHATTER: 'NOT ANY TIME SOON'", "CNBC", "2024-03-04T10:31:00-05:00", "DIS"),
    ("Boeing's Calhoun on calls to resign: 'I'm not going to walk away'", "CNBC", "2024-02-04T10:31:00-05:00", "BA"),
])
def test_denials_now_read_after_round_34(text, source, when, ticker):
    r = read(text, source, when)
    assert (r.kind, r.ticker) == ("denial", ticker)


@pytest.mark.parametrize("text, when", [
    # a short seller's claims rejected; an exit from a line of business three words long; a scandal's "fabrication"
    ("Nikola CEO rejects Hindenburg claims as false in letter to staff", "2020-09-14T10:31:00-04:00"),
    ("Citi CEO Fraser says no plans to exit Mexico consumer banking business", "2024-03-04T10:31:00-05:00"),
])
def test_other_stories_now_read_after_round_34(text, when):
    r = read(text, when=when)
    assert r.kind == "other" and not opens_trade(r)


def test_a_platform_after_on_is_where_a_post_was_seen():
    # (guard: the cashtag held it before; "Weibo" is now a role name, read as the company only before a role word)
    r = read("$NIO chatter on Weibo says CEO William Li will be replaced. Unverified.", "X @someone", "2024-03-04T10:31:00-05:00")
    assert (r.kind, r.ticker) == ("ceo_rumor", "NIO")
    # (guard) a company's exit "after" a deal is still an exit
    assert read("T-Mobile's Legere could exit after Sprint deal closes, people familiar say", "Reuters",
                "2019-08-04T10:31:00-04:00").kind == "ceo_rumor"
