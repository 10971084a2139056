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


@pytest.mark.parametrize("text", [
    "Apple names new chief economist, sources say",             # another head, not the top job
    "Apple under pressure as iPhone sales slow",                 # the company, no CEO in sight
])
def test_new_wordings_need_the_ceo_in_sight(text):
    assert read(text).kind == "other"
