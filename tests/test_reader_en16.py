"""English wording of a CEO-change rumour the rules did not know (r-en16): the successor's side (a new or
next chief or boss, bringing in a CEO, an heir groomed, a search firm, leading candidates, shopping for one),
the job handed on (baton, reins, keys, "hands it all to"), a tenure in doubt ("not expected to stay",
"reportedly out", "under pressure", "may not complete tenure", "unlikely to renew ... contract"), a CEO
wanted for another top job ("in talks to run", "tapped to lead"). Hand-written headlines (no evaluation
set's row), expectations worked out by hand; rules stage, so the model file does not matter."""
import pandas as pd
import pytest

from rumorbt.classify import classify_headline
from rumorbt.headlines import Headline


def read(text: str, source: str = "Reuters", when: str = "2024-03-04T09:31:00-05:00"):
    return classify_headline(Headline(1, "h1", int(pd.Timestamp(when).value), None, source, text, "", "", ""),
                             stage="rules")


# Tim Cook (Apple), Jensen Huang (Nvidia), Andy Jassy (Amazon), Satya Nadella (Microsoft): CEOs on 2024-03-04
@pytest.mark.parametrize("text, ticker", [
    ("Apple CEO Cook: board said to hire a search firm, sources say", "AAPL"),
    ("Nvidia CEO Huang to hand the baton to a deputy next year, people familiar say", "NVDA"),
    ("Amazon's Jassy not expected to stay after the reorganization, people familiar say", "AMZN"),
    ("Microsoft CEO Nadella reportedly out, insiders say", "MSFT"),
    ("Apple CEO Cook may not complete tenure, board sounding out names, say sources", "AAPL"),
    ("Nvidia CEO Huang in talks to run OpenAI, sources say", "NVDA"),
    ("Amazon board unlikely to renew Jassy's contract as CEO, sources say", "AMZN"),
    ("Apple CEO Cook grooming a deputy for the job, sources say", "AAPL"),
    ("Microsoft CEO Nadella moving up to chairman next year, sources say", "MSFT"),
    ("Apple CEO Cook seriously sick, insiders say", "AAPL"),                    # (piece 2: "sick" said of a CEO)
    ("Is Nvidia CEO Huang sick? someone at a supplier says so", "NVDA"),
])
def test_english_wordings_of_a_ceo_change_read_as_a_rumour(text, ticker):
    r = read(text)
    assert (r.kind, r.ticker) == ("ceo_rumor", ticker)


@pytest.mark.parametrize("text", [
    "Apple CEO Cook under pressure over China sales, sources say",
    "Is Nvidia CEO Huang under pressure?",
])
def test_under_pressure_with_sources_or_a_question_is_a_rumour(text):
    assert read(text).kind == "ceo_rumor"


def test_under_pressure_said_plainly_by_a_paper_is_other_and_uncertain():
    # commentary, no claim that the CEO goes: other, and marked uncertain for the trained stage
    r = read("Apple CEO Cook under pressure as activist builds stake")
    assert (r.kind, r.certainty) == ("other", "uncertain")


def test_a_recovery_the_company_reports_is_no_ceo_change():
    # the illness as news from the company's channel, the CEO expected back: not a rumour nor a change
    r = read("Tim Cook recovering after heart attack, expected to make full recovery", source="Apple Newsroom")
    assert r.kind == "other"


# (piece 3, hard negatives of pieces 1-2: what is under pressure must be the CEO, a title or a name right before
# it, not shares, margins or a ticker; tapped to lead a panel or a task force is a side job, not a top job)
@pytest.mark.parametrize("text, source", [
    ("Apple names new chief economist, sources say", "Reuters"),             # another head, not the top job
    ("Apple under pressure as iPhone sales slow", "Reuters"),                 # the company, no CEO in sight
    ("Apple shares under pressure as CEO Cook unveils headset, sources say", "Reuters"),
    ("Nvidia CEO Huang says margins under pressure, sources say", "Reuters"),
    ("$AAPL under pressure today, Cook on CNBC at 2pm", "StockTwits"),
    ("Tesla CEO Musk tapped to lead government efficiency panel, sources say", "Reuters"),
    ("Nvidia CEO Huang reportedly out of the country this week, sources say", "Reuters"),   # (piece 4: out of, not out)
    ("Apple CEO Cook hands the keys to new campus to city, sources say", "Reuters"),          # keys: no job handed on
    ("Apple CEO Cook hired to lead the Olympics torch relay, sources say", "Reuters"),        # a side job
])
def test_new_wordings_need_the_ceo_in_sight(text, source):
    assert read(text, source=source).kind == "other"


# piece 2: a name the tables do not know, right after a change that takes a person ("lose patience with X",
# "to oust X"): guessed to be the CEO, never confidently
@pytest.mark.parametrize("text, ticker", [
    ("Ford board said to lose patience with Whitcombe over costs, sources say", "F"),
    ("Ford investors push to oust Whitcombe, people familiar say", "F"),
])
def test_a_name_a_board_acts_on_is_guessed_to_be_the_ceo_uncertain(text, ticker):
    r = read(text)
    assert (r.kind, r.ticker, r.certainty) == ("ceo_rumor", ticker, "uncertain")


@pytest.mark.parametrize("text", [
    "Apple to replace Windows laptops, sources say",             # a thing replaced, not a person
    "Apple employees call in sick amid heat wave, sources say",  # no CEO in sight
])
def test_a_thing_replaced_or_staff_calling_in_sick_is_no_ceo_change(text):
    assert read(text).kind == "other"


def test_a_ceo_under_pressure_with_words_between_is_still_a_rumour():
    r = read("Apple CEO Tim Cook is increasingly under pressure, sources say")
    assert (r.kind, r.ticker) == ("ceo_rumor", "AAPL")
