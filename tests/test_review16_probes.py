"""Reviewer's probes (round 16) on the reader changes of this session, each a wrong ticker or a false
trade a change brought, fixed by a general mechanism. Hand-written headlines; expectations worked
out by hand from the tables named beside them."""
import pandas as pd
import pytest

from rumorbt import entities
from rumorbt.classify import classify_headline
from rumorbt.headlines import Headline


def read(text: str, source: str = "Reuters", when: str = "2026-11-20T10:00:00-05:00", stage: str = "rules"):
    return classify_headline(Headline(1, "h1", int(pd.Timestamp(when).value), None, source, text, "", "", ""), stage=stage)


@pytest.mark.parametrize("text, ticker", [
    # data/us_listed.csv holds "INC Research Holdings, Inc." (INCR), so INC is a case-exact name; in a wire in
    # capitals every such name is now looked up whatever its case, and INC, a legal form, is in half of them
    ("*NIKE INC CEO SAID TO WEIGH EXIT - SOURCES", "NKE"),
    ("*PELOTON INC CEO SAID TO WEIGH EXIT - SOURCES", "PTON"),
    ("*ACME INC CEO TO STEP DOWN, SOURCES SAY", ""),  # a company the tables do not know: no ticker at all
])
def test_a_legal_form_in_a_wire_in_capitals_is_no_company(text, ticker):
    tables = entities.load_tables()
    assert "INCR" not in {e.ticker for e in entities.find_entities(text, tables)}
    assert read(text).ticker == ticker
