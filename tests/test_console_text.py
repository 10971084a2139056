"""The console's list of headlines: a cut headline ends in an ellipsis (not a typo), and a feed
spanning several days shows each time with its day; decision details show times, not ns."""
from helpers import config, write_headlines, write_tape
from rumorbt.engine import run
from rumorbt.report import console_summary

LONG = "Mark Zuckerberg to step down as Meta CEO next year, people familiar with the matter say"


def test_long_headlines_are_cut_with_an_ellipsis_and_several_days_show_their_dates(tmp_path):
    tape = write_tape(tmp_path / "META_t.csv")
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-21T15:00:00-05:00", "Reuters", "Meta shares slip 1%"),
                                                 ("2022-11-22T10:30:00-05:00", "The Leak", LONG)])
    res = run(config(heads, tape))
    text = console_summary(res)
    assert f"[blog] {LONG[:69]}…" in text and LONG not in text
    assert "  2022-11-21 15:00:00 other" in text and "  2022-11-22 10:30:00" in text
    (enter,) = [d for _, _, a, d in res.decisions if a == "enter"]
    assert enter == "buy 1000 sh, arrives 2022-11-22T10:30:00.000000-05:00"  # zero latency: sent and arrives at publication


def test_one_day_keeps_times_alone(tmp_path):
    tape = write_tape(tmp_path / "META_t.csv")
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "The Leak", "Zuckerberg to step down as Meta CEO, insider source says")])
    text = console_summary(run(config(heads, tape)))
    assert "\n  10:30:00 ceo_rumor" in text and "2022-11-22 10:30:00 ceo_rumor" not in text
