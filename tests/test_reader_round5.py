"""Change, denial, speaker and subject wording read by general mechanisms (round 5's failure
categories, read after its one score): Chinese change and health wording, a change relayed from
another outlet, "no plan to leave" in Chinese, another seat kept while the CEO changes, the
executives told being the audience, 总裁 as the top job where the tables know no separate CEO,
a successor chosen in secret as the top job's, a departure announced with the search for a successor to follow, a
company's media centre as its own channel. The rules' reading (``stage="rules"``): hand-written
headlines about made-up events, each worked out by hand; none is a copy of an evaluation row."""
import pandas as pd
import pytest

from rumorbt.classify import classify_headline
from rumorbt.headlines import Headline


def H(text, source="Reuters", t="2024-05-14T11:00:00-04:00", row=1):
    return Headline(row, f"h{row}", int(pd.Timestamp(t).value), None, source, text, "", "", "")


def rules(text, source="Reuters"):
    return classify_headline(H(text, source), stage="rules")


@pytest.mark.parametrize("text, source, ticker", [
    ("据悉黄仁勋将把CEO交给女儿", "微博", "NVDA"),        # handing the CEO job to someone
    ("黄仁勋这次要被逼走了？", "雪球", "NVDA"),                   # forced out
    ("英伟达一把手又要换了？", "雪球", "NVDA"),                   # "to be changed again"
    ("黄仁勋突发疾病入院？英伟达盘后跳水", "微博", "NVDA"),        # a sudden illness, admitted to hospital
    ("黄仁勋身体怎么样？有人说他很少露面了", "雪球", "NVDA"),      # how is his health
    ("hearing $NVDA Huang out tonight, board call ran long", "StockTwits", "NVDA"),
    ("Nvidia board said to draw up contingency plans for Huang", "Financial Times", "NVDA"),
    ("Huang unlikely to seek another term at Nvidia, sources say", "Economic Times", "NVDA"),
    ("Nvidia to replace CEO Huang with outside hire -- paper", "Reuters", "NVDA"),   # relayed from another outlet
    ("*英伟达据报将由外部人选接替黄仁勋出任CEO", "财联社", "NVDA"),
    ("据称黄仁勋已告知高管将于明年卸任", "Telegram 美股快讯", "NVDA"),   # the executives told are the audience
    ("Nvidia succession: sources say Jane Roe is the front-runner", "CNBC", "NVDA"),
])
def test_round5_change_and_health_wording_is_a_rumour(text, source, ticker):
    r = rules(text, source)
    assert (r.kind, r.ticker) == ("ceo_rumor", ticker), r.cue


def test_a_statement_relayed_by_a_wire_stays_a_confirmation():
    r = rules("NVIDIA CEO HUANG RESIGNS - STATEMENT", "Reuters")
    assert r.kind == "ceo_confirmed", r.cue


@pytest.mark.parametrize("text, source", [
    ("'Boardroom' recap: who will be the next CEO of Fakeco?", "Vulture"),
    ("If Huang were out tomorrow, who runs Nvidia? A thought experiment", "Stratechery"),
    ("Activist Jane Roe quits Nvidia board after feud over CEO search", "Bloomberg"),
])
def test_recaps_hypotheticals_and_other_seats_are_other(text, source):
    assert rules(text, source).kind == "other"


@pytest.mark.parametrize("text, source", [
    ("英伟达公关：黄仁勋一切安好，正在台湾工厂视察，网传消息纯属捏造", "英伟达公关"),  # a factory is where he is, not the story
    ("Nvidia says Huang is 'the right leader' after ouster chatter", "Nvidia spokesperson"),
    ("*黄仁勋：没有卸任英伟达CEO的计划", "财联社电报"),
    ("英伟达：黄仁勋继续担任董事长兼CEO 否认卸任传闻", "英伟达发言人"),
])
def test_round5_denial_wording(text, source):
    r = rules(text, source)
    assert (r.kind, r.ticker) == ("denial", "NVDA"), r.cue


def test_another_seat_kept_is_not_a_denial():
    r = rules("英伟达公告：张三接任CEO，黄仁勋继续担任董事长", "英伟达公告")
    assert r.kind == "ceo_confirmed", r.cue


def test_a_media_centre_is_the_company_speaking():
    r = rules("Nvidia Names Jane Roe President and CEO; Jensen Huang to Retire", "Nvidia Media Center")
    assert (r.kind, r.ticker) == ("ceo_confirmed", "NVDA"), r.cue


def test_a_departure_announced_with_a_search_to_follow_is_confirmed():
    r = rules("英伟达黄仁勋宣布退休 将物色接班人", "香港經濟日報")
    assert r.kind == "ceo_confirmed", r.cue


def test_zongcai_is_the_top_job_only_where_no_separate_ceo_is_known():
    # an unknown developer's 总裁: the top executive; a rumour about them leaving is a CEO rumour
    r = rules("某某地产总裁王五将离职？知情人：接替人选已定", "格隆汇")
    assert (r.kind, r.role) == ("ceo_rumor", "ceo"), r.cue
    # a company whose CEO the tables know (Nvidia: Huang): 总裁 is the president under the CEO
    r = rules("英伟达总裁王五将离职？知情人：接替人选已定", "格隆汇")
    assert (r.kind, r.role) == ("other", "other_exec"), r.cue
    # 主要负责人 is the person in charge, 负责人 alone a manager
    r = rules("英伟达：网传公司主要负责人调整信息不实", "英伟达公关")
    assert (r.kind, r.ticker) == ("denial", "NVDA"), r.cue
