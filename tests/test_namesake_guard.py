"""The namesake guard (a one-word name several listings bear reads as uncertain) leaves alone a
company the alias table names and a company whose other listings are its own preferred or older
lines: these came with 82a2a99 and 38ffbfa without a test (the guard had made "Lucid", "Kemper"
and "Vornado" uncertain). Hand-written headlines; rules stage, so the model file does not matter."""
import pandas as pd
import pytest

from rumorbt.classify import classify_headline
from rumorbt.headlines import Headline


def read(text: str):
    return classify_headline(Headline(1, "h1", int(pd.Timestamp("2024-03-04T09:31:00-05:00").value), None, "Reuters",
                                      text, "", "", ""), stage="rules")


@pytest.mark.parametrize("text, ticker", [
    ("Lucid CEO to step down, sources say", "LCID"),      # the alias table's Lucid, not Lucid Diagnostics
    ("Kemper CEO to step down, sources say", "KMPR"),     # KMPA is Kemper's own debenture line
    ("Vornado CEO to step down, sources say", "VNO"),     # VNO.PG... are Vornado's preferred shares
])
def test_a_name_only_one_company_bears_stays_a_confident_rumour(text, ticker):
    r = read(text)
    assert (r.kind, r.ticker) == ("ceo_rumor", ticker) and r.score >= 0.8, (r.kind, r.ticker, r.score, r.entity)
    assert "the name is also" not in r.entity


def test_a_name_two_companies_bear_stays_uncertain():
    # the guard itself (tests/test_entities_round14.py has it too): Rogers Corporation or Rogers Communications
    r = read("Rogers CEO to step down, sources say")
    assert r.kind == "ceo_rumor" and r.score < 0.8 and "the name is also" in r.entity
