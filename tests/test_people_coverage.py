"""CEO tenures added to data/people_index.csv (issue 8, round 10): a headline that names only a
newly covered CEO is that company's CEO rumour on the headline's date, and a predecessor named
after their tenure ended is not the company's CEO rumour. Hand-written headlines; tickers and
tenures from the rows of data/people_index.csv (on the older table these read with no ticker)."""
import pytest

from rumorbt.classify import classify_headline
from test_reader import H


@pytest.mark.parametrize("text, source, t, ticker", [
    ("Andy Power said to be weighing an exit, people familiar say", "Some Blog",
     "2024-05-01T10:00:00-04:00", "DLR"),                 # Digital Realty's CEO since 2022-12-15
    ("Hearing Jason Liberty is out by year end, board already interviewing", "Some Forum",
     "2024-03-05T10:00:00-05:00", "RCL"),                 # Royal Caribbean's CEO since 2022-01-03
    ("Cameron Bready reportedly set to step down, sources say", "Some Blog",
     "2025-02-03T10:00:00-05:00", "GPN"),                 # Global Payments' CEO since 2023-06-01
    ("Charlie Nunn said to be weighing departure, sources say", "Some Blog",
     "2024-08-01T10:00:00+01:00", "LYG"),                 # Lloyds (NYSE ADR) CEO since 2021-08-16
    ("传张邦鑫将辞去CEO职务，知情人士称", "某论坛",
     "2023-06-01T10:00:00+08:00", "TAL"),                 # TAL Education's founder CEO, by his Chinese name
])
def test_a_newly_covered_ceo_named_alone_is_that_companys_ceo_rumour(text, source, t, ticker):
    r = classify_headline(H(text, source, t))
    assert (r.kind, r.ticker) == ("ceo_rumor", ticker)


def test_a_predecessor_named_after_their_end_date_is_not_the_companys_ceo_rumour():
    text = "Jeff Sloan said to be leaving, people familiar say"   # Global Payments' CEO until 2023-06-01
    during = classify_headline(H(text, "Some Blog", "2021-03-01T10:00:00-05:00"))
    after = classify_headline(H(text, "Some Blog", "2024-03-01T10:00:00-05:00"))
    assert (during.kind, during.ticker) == ("ceo_rumor", "GPN")
    assert after.kind != "ceo_rumor"
