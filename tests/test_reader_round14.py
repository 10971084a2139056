"""Rounds 12 and 13's failure categories read by general mechanisms (rules stage): denial wordings
(remains in office, no decision made, timing unchanged, "No change.", fabrications, zero plans, 未退休,
先不退, 不会跑路, 一直在, 照常上班, 我在车间, the company answering in a later clause), a CEO backed by the
board whatever other story stands beside it, a named person speaking for themself before a colon;
change families (taken in for questioning, 被约谈, 被捕, courted for another job, a position under
review, a board sounding out candidates or planning to oust, sidelining, a CEO gone silent, a board
at work on its succession plan); what is no rumour (a change said only under "if", an eventual
succession, fiction and jokes, calls for a CEO to go, a regulator's summons reported plainly, "aren't
dead", "not going to chase share", a user calling it FUD); and a bare denial linked to the open
rumour through its company's CEO's first name. Headlines worked out by hand, but several are blind
rows of rounds 12 and 13 (seen sets) with the company's name swapped or kept (review, r-review14): the
first-name link's denial is b12-0019 word for word, "又有人安排我退休了 我在车间，忙着呢。" is b13-0325 less
two characters, and the "has not set a date and no decision has been made", "if ... ever leaves this
goes to 50. hypothetically", "denies reports of changes in its senior management", "Board Discusses
Succession Plan as ... Turns" and "has the board's full confidence as guidance disappoints" cases are
b12-0027, b12-0132, b13-0113, b12-0313 and b12-0317 with another company: they show the rules read
those rows, not that the wording generalises."""
import pandas as pd
import pytest

from rumorbt.classify import read_feed, classify_headline
from rumorbt.headlines import Headline


def H(text, source="Reuters", t="2024-05-14T11:00:00-04:00", row=1):
    return Headline(row, f"h{row}", int(pd.Timestamp(t).value), None, source, text, "", "", "")


def read(text, source="Reuters", t="2024-05-14T11:00:00-04:00"):
    return classify_headline(H(text, source, t), stage="rules")


@pytest.mark.parametrize("text, source", [
    ("Nvidia spokeswoman says Huang has not set a date and no decision has been made", "CNBC"),   # answers only the company gives
    ("Nvidia says CEO succession timing unchanged", "Reuters"),
    ("Nvidia clarifies no decision on executive changes", "Nvidia statement"),
    ("Nvidia denies reports of changes in its senior management", "Reuters"),                   # management changes as the change
    ("No change. Jensen is our CEO today and tomorrow.", "Nvidia statement"),
    ("Nvidia says Huang remains in office", "Reuters"),
    ("Rumors regarding our founder and CEO are malicious fabrications.", "Nvidia statement"),
    ("Nvidia chair says Huang has the board's full confidence as guidance disappoints", "CNBC"),  # backing beside another story
    ("英伟达黄仁勋健康传闻 公司：他很好，今天照常上班", "联合早报"),                                  # the company answering later
    ("看到说我要退休，先不退。", "黄仁勋 微博"),                                                      # the CEO's own account
    ("又有人安排我退休了 我在车间，忙着呢。", "黄仁勋 微博"),
    ("我不会跑路，我一直在。", "黄仁勋 微博"),
])
def test_denial_wordings(text, source):
    r = read(text, source)
    assert (r.kind, r.ticker) == ("denial", "NVDA"), r.cue


def test_a_named_person_speaking_for_themself_before_a_colon():
    # the tables do not know "Smithers": the company's person saying it of themself, an uncertain denial
    r = read("Peloton's Smithers: 'I'm not going anywhere' as shares slide", "MarketWatch")
    assert (r.kind, r.ticker, r.stance) == ("denial", "PTON", "denial:self-report") and r.score < 0.8


@pytest.mark.parametrize("text, source", [
    ("Nvidia CEO Jensen Huang taken in for questioning, sources say", "Telegram"),
    ("英伟达黄仁勋被约谈了？听说要停牌", "雪球"),
    ("网传黄仁勋在美国被捕", "微博"),
    ("Nvidia's Huang being courted for Treasury secretary role, people say", "Bloomberg"),
    ("Nvidia CEO Huang's position under review, sources say", "Financial Times"),
    ("anyone know why Jensen hasn't posted in 3 weeks? $NVDA", "X @trader"),
    ("Nvidia board is sounding out outsiders as potential CEO, people familiar say", "Bloomberg"),
    ("Nvidia Directors Plan to Oust Jensen Huang as CEO", "Wall Street Journal"),               # a plan, not the change done
    ("Nvidia board weighs whether to sideline Huang, people say", "Bloomberg"),
    ("Nvidia Board Discusses Succession Plan as Jensen Huang Turns 62", "The Information"),     # a board at work on it
    ("Microsoft's cloud chief said to be in talks for Nvidia's CEO spot", "Bloomberg"),         # _TOP_JOB: "spot" as a CEO seat
])
def test_change_families_read_as_rumours(text, source):
    r = read(text, source)
    assert (r.kind, r.ticker) == ("ceo_rumor", "NVDA"), r.cue


@pytest.mark.parametrize("text, source", [
    ("英伟达老总被留置了", "东方财富 英伟达吧"),       # 老总: the boss
    ("英伟达CEO黄仁勋失联，公司暂未回应", "财新网"),    # gone missing, reported by a major outlet: not a confirmation
])
def test_a_ceo_held_or_missing_is_an_unconfirmed_rumour(text, source):
    r = read(text, source)
    assert (r.kind, r.ticker) == ("ceo_rumor", "NVDA") and r.score < 0.8, r.cue


@pytest.mark.parametrize("text, source, stance", [
    ("$NVDA if Jensen ever leaves this goes to 50. hypothetically", "StockTwits", "analysis"),
    ("If Huang leaves, is the CFO really the guy?", "Reddit r/nvidia", "analysis"),
    ("Nvidia: Why Huang's Eventual Succession Is the Biggest Risk", "Seeking Alpha", "analysis"),
    ("愚人节快乐：黄仁勋宣布卸任英伟达CEO", "雪球", "fiction"),
    ("春晚小品里某科技公司CEO被曝突然离职", "微博", "fiction"),
    ("Nvidia CEO apologizes for remarks; calls grow for him to resign", "CBC News", "opinion"),
    ("英伟达CEO黄仁勋被监管约谈", "财新网", "summoned"),
    ("Nvidia's Huang: data centres aren't dead, 'we'll be buyers'", "GlobeSt.com", "no-change"),
    ("Nvidia's Huang on pricing: 'We are not going to chase share'", "Semiconductor Engineering", "no-change"),
    ("$NVDA jensen retiring rumor is pure FUD lol", "StockTwits", "user-doubt"),
])
def test_not_rumours_nor_denials(text, source, stance):
    r = read(text, source)
    assert (r.kind, r.stance) == ("other", stance), r.cue


def test_bare_denial_linked_through_the_open_rumours_ceo_first_name():
    # the rumour names the CEO by surname; the answer only by first name: Oscar Munoz ran United that day.
    # (Review: this passes because "Oscar" is also a listing's name, Oscar Health, so the answer is read as
    # a bare denial; with a first name no listing bears, "This is false. Jane has the full support of the
    # board." after "$C Fraser gonna be fired by tonight", the answer reads `other` and is never linked.)
    feed = [H("$UAL Munoz gonna be fired by tonight", "StockTwits", "2017-04-11T10:00:00-04:00", 1),
            H("This is false. Oscar has the full support of the board.", "Twitter", "2017-04-11T12:00:00-04:00", 2)]
    rumour, denial = read_feed(feed, stage="rules")
    assert (rumour.kind, rumour.ticker) == ("ceo_rumor", "UAL")
    assert (denial.kind, denial.ticker) == ("denial", "UAL") and "oscar" in denial.link, denial.link
    # with no rumour about United open, the same answer links to nothing and is not a denial
    alone = read_feed(feed[1:], stage="rules")[0]
    assert alone.kind == "other"
