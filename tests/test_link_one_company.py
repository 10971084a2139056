"""A denial from an unnamed company spokesperson links to the open rumour when every open rumour is
about one company (the story re-told, in English and Chinese), not only when exactly one headline is
open; with two companies' rumours open it stays unlinked. Hand-made feed, worked out by hand."""
import pandas as pd

from rumorbt.classify import read_feed
from rumorbt.headlines import Headline


def feed(rows):
    return [Headline(i, f"h{i}", int(pd.Timestamp(t).value), None, src, text, "", "", "")
            for i, (t, src, text) in enumerate(rows, 1)]


RUMOUR_EN = ("2022-11-22T11:00:00-05:00", "Blog", "Hearing Meta CEO Mark Zuckerberg will step down next year, sources say")
RUMOUR_ZH = ("2022-11-22T11:03:00-05:00", "微博", "传Meta首席执行官扎克伯格将于明年卸任")
DENIAL = ("2022-11-22T11:20:00-05:00", "Twitter", 'Spokesperson: "This is false."')


def test_the_story_retold_in_two_languages_is_one_company_to_answer_for():
    out = read_feed(feed([RUMOUR_EN, RUMOUR_ZH, DENIAL]))
    assert [(r.kind, r.ticker) for r in out[:2]] == [("ceo_rumor", "META")] * 2
    assert (out[2].kind, out[2].ticker) == ("denial", "META")
    assert out[2].link.startswith("row 2 (META) via the only company with open rumours (2)")


def test_one_rumour_open_still_links():
    out = read_feed(feed([RUMOUR_EN, DENIAL]))
    assert (out[1].kind, out[1].ticker) == ("denial", "META")
    assert out[1].link.startswith("row 1 (META) via the only open rumour")


def test_two_companies_open_leaves_an_unnamed_denial_unlinked():
    other = ("2022-11-22T11:05:00-05:00", "Blog", "Hearing Apple CEO Tim Cook will step down next year, sources say")
    out = read_feed(feed([RUMOUR_EN, other, DENIAL]))
    assert out[1].ticker == "AAPL"
    assert out[2].kind == "other" and out[2].ticker == "" and out[2].stance.endswith(":unlinked")
