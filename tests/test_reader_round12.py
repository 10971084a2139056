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


# ---- who speaks, what is asked, what is negated (rounds 10 and 11's hard negatives and denials)

@pytest.mark.parametrize("text, source", [
    ("英伟达黄仁勋要退休了？不可能吧", "雪球"),                                  # a user's own doubt is no rumour
    ("$NVDA Jensen retiring?? lmao as if. zero chance", "StockTwits"),
    ("网传“英伟达换帅”纯属标题党，黄仁勋今天还在开会", "雪球"),                   # nor, with no reply relayed, a denial
    ("$NVDA Huang leaving? fake, that's an old story recycled", "Reddit r/stocks"),
])
def test_a_forum_users_own_doubt_is_other(text, source):
    r = read(text, source)
    assert (r.kind, r.stance) == ("other", "user-doubt"), r.cue


@pytest.mark.parametrize("text, source", [
    ("网传黄仁勋将卸任 英伟达：不实", "雪球"),                                      # the company's reply relayed
    ("Our CEO remains in place. Reports otherwise are inaccurate.", "Nvidia LinkedIn"),  # a post speaking for the company
])
def test_a_relayed_or_company_reply_on_a_forum_stays_a_denial(text, source):
    # (a guard: denials before this round too; the user-doubt rule must not take them)
    assert read(text, source).kind == "denial"


def test_a_denial_word_asked_about_is_not_said():
    r = read("$NVDA Huang hasn't looked good on stage lately... anyone know if he's ok??", "StockTwits")
    assert (r.kind, r.ticker) == ("ceo_rumor", "NVDA"), r.cue


@pytest.mark.parametrize("text, source", [
    ("英伟达黄仁勋被曝将离任 英伟达：黄仁勋正常履职", "第一财经"),       # the company answering in a later clause
    ("英伟达黄仁勋将退任CEO？英伟达：无计划", "港股解码"),
    ("英伟达：黄仁勋职务无变化", "英伟达公告"),                            # the job unchanged
    ("英伟达：董事会完全支持黄仁勋", "英伟达 发言人"),                     # the board's full support
    ("又是谁在编故事？今年我会比去年更忙。", "微博 @黄仁勋"),               # a made-up story, from the CEO's own account
    ("Jensen is feeling great and will be back in Santa Clara tomorrow.", "Nvidia spokesperson"),
    ("He's in the office today. Nothing to it.", "Nvidia spokesperson"),
    ("Jensen is focused on the roadmap. There is no change.", "Nvidia spokesperson"),
    ("The rumors are just that. I'm here.", "X @JensenHuang"),
    ("Jensen Huang to stay on despite layoffs, Nvidia confirms", "Tom's Hardware"),  # staying, said by the company
    ("Nvidia's Huang to stay on as CEO, company says amid reports of a reshuffle", "Kyodo"),
])
def test_company_and_ceo_answers(text, source):
    r = read(text, source)
    assert (r.kind, r.ticker) == ("denial", "NVDA"), r.cue


@pytest.mark.parametrize("text, source", [
    ("Nvidia Board Extends Jensen Huang's Contract as CEO Through 2030", "Nvidia press release"),  # an announcement answers nothing
    ("Nvidia says it is weighing options; CEO Jensen Huang says no layoffs planned", "Nvidia press release"),  # "says no" + another story
    ("英伟达：公司未与任何国资洽谈控股权转让，相关报道不实", "英伟达澄清公告"),  # a denial of another story (ownership)
    ("Nvidia CEO Jensen Huang stepping down from a supplier's board role, not the CEO post", "X @chipnews"),  # a board seat
    ("Nvidia CEO Jensen Huang had planned minor surgery, back at work next week, company says", "Dow Jones"),  # disclosed, not denied
])
def test_announcements_other_stories_and_other_seats_are_other(text, source):
    # (the first two and the last are guards, other before this round too: the stays-said-by-the-company
    # and "says no" rules must not make an announcement or a disclosure a denial)
    assert read(text, source).kind == "other"


@pytest.mark.parametrize("text, source", [
    ("Who replaces Jensen Huang at Nvidia? A long thread", "Reddit r/SecurityAnalysis"),  # who gets the job, asked
    ("Nvidia succession: who's on the shortlist to replace Huang?", "Barron's"),
    ("英伟达黄仁勋要把CEO交给谁？", "知乎"),
    ("如果黄仁勋明天宣布退休，英伟达股价会怎样？", "知乎"),                                  # a hypothetical
    ("英伟达接班人竞赛白热化？黄仁勋或在五年内交棒", "华尔街见闻"),
])
def test_succession_discussion_is_other(text, source):
    assert read(text, source).kind == "other"


@pytest.mark.parametrize("text, source, kind", [
    ("英伟达黄仁勋：不会辞任CEO，“现在不是交棒的时候”", "日经中文网", "denial"),   # a change said not to come
    ("英伟达总裁：黄总不会退居幕后", "财联社", "denial"),
    ("英伟达黄仁勋会不会退居幕后？内部已经在传换人", "知乎", "ceo_rumor"),          # asked, not said (a guard: a rumour before too)
    ("Nvidia CEO Huang said to clash with board over strategy", "Bloomberg", "ceo_rumor"),  # a rift with the board
])
def test_a_change_said_not_to_come_and_a_rift_with_the_board(text, source, kind):
    r = read(text, source)
    assert (r.kind, r.ticker) == (kind, "NVDA"), r.cue
