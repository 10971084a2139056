"""Rounds 10 and 11's failure categories read by general mechanisms (rules stage): change word
families the gate and the lexicon missed (pushed aside, eased out, gets pushed, the top job someone
is tipped or in talks for, leaving said casually: walk, bail, jump ship, ditch, flee; a tenure under
board pressure or facing doubts), "rumoured" and "people say" as sources, a Title Case name before
its successor, the seat a leaving CEO moves to ("step back to chairman") that is not who they are,
and "insider trading" that is no insider speaking. Hand-written headlines worked out by hand; none
is a copy of an evaluation row."""
import pandas as pd
import pytest

from rumorbt.classify import classify_headline
from rumorbt.headlines import Headline


def H(text, source="Reuters", t="2024-05-14T11:00:00-04:00", row=1):
    return Headline(row, f"h{row}", int(pd.Timestamp(t).value), None, source, text, "", "", "")


def read(text, source="Reuters", t="2024-05-14T11:00:00-04:00"):
    return classify_headline(H(text, source, t), stage="rules")


@pytest.mark.parametrize("text, source", [
    ("Nvidia Board Is Said to Push Out Jensen Huang", "Wall Street Journal"),                 # the gate's "push out"
    ("Nvidia's Huang could be eased out, people familiar say", "Bloomberg"),
    ("Nvidia's Huang could be pushed aside as chip probe widens, report says", "Some Tech Blog"),
    ("$NVDA hearing Huang gets pushed if the merger stalls", "StockTwits"),                  # gets pushed
    ("Microsoft's cloud chief said to be in talks for Nvidia CEO job", "Bloomberg"),           # the top job someone is in talks for
    ("Nvidia's boss is tipped to run a rival chipmaker", "CNBC"),
    ("$NVDA Jensen gonna walk after earnings. calling it", "StockTwits"),                       # leaving, casually
    ("$NVDA Huang about to jump ship? hearing it from two people", "StockTwits"),
    ("Nvidia's Huang faces board pressure over China sales, sources say", "Semafor"),           # a tenure under pressure
    ("Nvidia's Jensen Huang rumored to hand CEO role to an ex-Intel executive", "Some Tech Blog"),  # rumoured; ex- of the successor
    ("Nvidia's Roe could step back to executive chairman, insiders say", "Business Insider"),  # the seat moved to is not who Roe is
    ("$NVDA rumor is Huang out tmrw. puts", "StockTwits"),
    ("英伟达黄仁勋扛不住了吧", "脉脉"),
    ("据彭博：英伟达CEO黄仁勋或面临董事会压力", "财联社"),
    ("英伟达黄仁勋估计干不到年底", "雪球"),
])
def test_change_families_read_as_rumours(text, source):
    r = read(text, source)
    assert (r.kind, r.ticker) == ("ceo_rumor", "NVDA"), r.cue


@pytest.mark.parametrize("text, source, kind", [
    ("Nvidia Nears Decision on Huang Successor; Pick Seen as Front-Runner", "Bloomberg", "ceo_rumor"),  # Title Case
    ("Nvidia's Huang under growing pressure, successor talk swirls", "Kyodo", "ceo_rumor"),  # not a confirmation
    ("Nvidia's Huang was given the choice to retire or be removed, people say", "Bloomberg", "ceo_rumor"),
])
def test_at_risk_and_people_say_are_not_confirmations(text, source, kind):
    assert read(text, source).kind == kind


def test_insider_trading_is_no_insider_speaking():
    # "insider trading" names no source: the CEO's resignation, stated by a major outlet, is news
    assert read("Nvidia CEO Jensen Huang resigns amid insider trading probe", "Reuters").kind == "ceo_confirmed"
