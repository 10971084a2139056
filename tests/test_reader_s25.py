"""Reader fixes after rounds 22/23's failures were read by category (2026-11-27, third stop): general
wording, each probed on hand-written headlines (not the blind rows), expectations worked out by hand.
The cases of the ``*_now_read`` tests read wrong on the reader before these changes (33f6c1f), save
those marked (guard); the rest guard what must not move."""
import pandas as pd
import pytest

from rumorbt.classify import classify_headline
from rumorbt.headlines import Headline


def read(text: str, source: str = "Reuters", when: str = "2024-03-04T09:31:00-05:00", stage: str = "rules"):
    return classify_headline(Headline(1, "h1", int(pd.Timestamp(when).value), None, source, text, "", "", ""), stage=stage)


@pytest.mark.parametrize("text, source, when, ticker", [
    # the board's support or backing, said by the company or its board
    ("Pfizer says Bourla has board's support after profit warning", "Reuters", "2024-03-04T10:31:00-05:00", "PFE"),
    ("Boeing board says Calhoun has its 'unanimous support'", "Reuters", "2024-01-14T10:31:00-05:00", "BA"),
    ("Intel Says Gelsinger Retains Board's Backing After Weak Quarter", "Bloomberg", "2024-08-04T10:31:00-04:00", "INTC"),
    ("Citigroup: Fraser has full backing of the board, spokesperson says", "Reuters", "2024-03-04T10:31:00-05:00", "C"),
    ("Nike says Donahoe continues to have the board's full confidence", "Reuters", "2024-03-04T10:31:00-05:00", "NKE"),
    ("星巴克：纳斯汉仍获董事会支持", "和讯", "2024-03-04T10:31:00+08:00", "SBUX"),
    ("英特尔回应：基辛格获得董事会一致支持", "第一财经", "2024-08-04T10:31:00+08:00", "INTC"),
    # the company (or the CEO telling staff) saying the CEO remains
    ("Pfizer Says Bourla Remains CEO, Declines Further Comment", "MT Newswires", "2024-03-04T10:31:00-05:00", "PFE"),
    ("Intel Spokesperson Says Gelsinger Remains Firmly in Place as CEO", "MT Newswires", "2024-08-04T10:31:00-04:00", "INTC"),
    ("Starbucks spokesman says Narasimhan's job not in jeopardy after board meeting", "Reuters", "2024-03-04T10:31:00-05:00", "SBUX"),
    ("Peloton's Foley Tells Staff He Will Remain CEO Amid Stock Slide", "Bloomberg", "2021-11-10T10:31:00-05:00", "PTON"),
    ("唯品会回应：沈亚仍任董事长兼CEO", "腾讯科技", "2024-03-04T10:31:00+08:00", "VIPS"),
])
def test_denials_now_read(text, source, when, ticker):
    r = read(text, source, when)
    assert (r.kind, r.ticker) == ("denial", ticker)


@pytest.mark.parametrize("text, when", [
    # support for something else, a successor, or a deal; a CEO kept in a reorganisation
    ("Pfizer board backs Seagen deal, says it has shareholders' support", "2023-03-04T10:31:00-05:00"),
    ("Disney board says new CEO D'Amaro has its full support", "2026-03-20T10:31:00-04:00"),
    ("Intel names Smith chairman; Gelsinger remains CEO", "2023-03-04T10:31:00-05:00"),
    ("Nike says its turnaround has the board's full backing", "2024-03-04T10:31:00-05:00"),
    ("analyst: Bourla still has the board's support, for now", "2024-03-04T10:31:00-05:00"),
    ("英特尔收购计划获得董事会一致支持", "2024-08-04T10:31:00+08:00"),
    ("Tesla board chair says Musk pay package has her full support", "2024-03-04T10:31:00-05:00"),
])
def test_support_for_something_else_is_no_denial(text, when):
    assert read(text, when=when).kind == "other"


def test_a_surname_alone_before_its_holders_tenure_is_nobody_known():
    # Yahoo's Scott Thompson (CEO from 2012) is not the Thompson of a 2008 headline about another bank
    r = read("Acme Bank says Thompson has board's support after dividend cut", when="2008-04-14T10:00:00-04:00")
    assert r.ticker != "YHOO"
    # his full name still finds him, and in his tenure the surname does
    assert read("Yahoo says Thompson has board's support", when="2012-04-14T10:00:00-04:00").ticker == "YHOO"
