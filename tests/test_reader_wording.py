"""Change, denial and genre wording read by general mechanisms (round 4's failure categories):
slang for a CEO leaving, a change reported as being prepared or pushed for, "X? The company
says no", and fiction or profiles read as features rather than news. Hand-written headlines,
each worked out by hand; none is a copy of an evaluation row."""
import pandas as pd
import pytest

from rumorbt.classify import classify_headline
from rumorbt.headlines import Headline


def H(text, source="Reuters", t="2024-05-14T11:00:00-04:00"):
    return Headline(1, "h1", int(pd.Timestamp(t).value), None, source, text, "", "", "")


@pytest.mark.parametrize("text, source, ticker", [
    # slang the gate used to drop: "gone by", "out early", "axe", "decide X's fate"
    ("$NVDA Huang gone by summer, my guy at the fab says", "StockTwits", "NVDA"),
    ("Jensen out early next year?? heard it at GTC, Nvidia board looking outside", "Reddit r/stocks", "NVDA"),
    ("Nvidia directors meet Sunday to axe Huang, trust me", "Reddit r/wallstreetbets", "NVDA"),
    ("Nvidia board set to decide Huang's fate this week, people say", "Financial Times", "NVDA"),
    # "handing CEO to X": the pattern ended in a space, which the lexicon's word edge never let match
    ("$NVDA Huang handing CEO to Colette? board chatter", "StockTwits", "NVDA"),
    ("Nvidia reportedly exploring a handoff to an outside CEO", "Some Newsletter", "NVDA"),
])
def test_slang_and_plain_english_change_wording_is_a_rumour(text, source, ticker):
    r = classify_headline(H(text, source))
    assert (r.kind, r.ticker) == ("ceo_rumor", ticker), r.cue


@pytest.mark.parametrize("text", [
    "Nvidia Board Members Push to Oust Jensen Huang as CEO",
    "Nvidia Readies for Jensen Huang Exit by Year-End",
    "Nvidia board in discussions with Jensen Huang about stepping down as CEO",
])
def test_a_change_being_prepared_or_pushed_for_is_not_yet_confirmed(text):
    # a major outlet's plain report of a done change reads as confirmed; one still being
    # pushed for, prepared or discussed is unverified
    r = classify_headline(H(text, "The Wall Street Journal"))
    assert (r.kind, r.ticker, r.unverified) == ("ceo_rumor", "NVDA", True), r.cue


def test_a_question_answered_no_by_the_company_is_a_denial():
    r = classify_headline(H("Jensen Huang to step down after the antitrust probe? Nvidia says no", "Bloomberg"))
    assert (r.kind, r.ticker) == ("denial", "NVDA"), r.cue
    # "says no plans" stays a denial; a plain question stays a rumour
    assert classify_headline(H("Is Jensen Huang about to step down as Nvidia CEO?", "Bloomberg")).kind == "ceo_rumor"


@pytest.mark.parametrize("text", [
    "《继承之战》重温：罗伊家族董事会罢免CEO的那场戏",   # a drama revisited
    "这些职场剧里的CEO都是怎么被赶下台的？",            # about TV dramas
    "黄仁勋是谁？英伟达掌门人的创业往事",                # a profile, not a change
    "谁来接班黄仁勋？英伟达的后黄仁勋时代还很遥远",        # succession musing
])
def test_fiction_and_profiles_are_not_news(text):
    assert classify_headline(H(text, "澎湃新闻")).kind == "other"


def test_a_rumour_that_asks_who_succeeds_is_still_a_rumour():
    r = classify_headline(H("传英伟达黄仁勋将卸任CEO，接班人是谁？", "微信公众号 科技圈"))
    assert (r.kind, r.ticker) == ("ceo_rumor", "NVDA"), r.cue
