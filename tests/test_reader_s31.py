"""Reader fixes of the ninth stop (2026-11-28), after rounds 57/58's failures were read by category
(a social firehose and an international desk): a poster doubting a relayed report to the crowd, a past
exit used as the time of something else, figures of speech built on death or firing words, a former
CEO's death weeks after leaving, filing titles that name the seats changing (董事會主席及行政總裁變更,
"Change of Chief Executive Officer"), another executive tipped to replace the CEO, the chairman as the
other side of a talk, "chairman and managing director" as the top seat, a co-CEO named beside a vice
chair, an announcement still to come (年底官宣), relayed denials ("shot down the story"), "He's fine"
as an answer rather than a fine, a weekday not read as a company, and the first stage's words kept in
step with the second's. Hand-written headlines, not the blind rows; expectations worked out by hand;
each read wrong on the commit before (4ae9d20) unless marked as a guard."""
import re

import pytest

from rumorbt import classify

from helpers import read_headline as read


@pytest.mark.parametrize("text, source, when, kind, ticker", [
    # a poster doubting a relayed report to the crowd: no rumour of their own
    ("Bloomberg says Nike is sounding out CEO candidates... anyone actually buy this? no sources named", "Reddit r/stocks",
     "2024-06-20T10:00:00-04:00", "other", "NKE"),
    ("彭博说蔚来要换CEO，你们信吗？李斌要是走了股价得腰斩", "雪球", "2024-06-20T10:00:00+08:00", "other", "NIO"),
    ("彭博又说库克明年卸任，这种新闻每年都有一次", "微博", "2024-06-20T10:00:00+08:00", "other", "AAPL"),
    ("Cook retiring next year per FT, this gets reported every year lol", "StockTwits", "2024-06-20T10:00:00-04:00", "other", "AAPL"),
    # a past exit as the time of something else
    ("Bob Chapek spotted at a Lakers game two days after his firing", "X @mouse_money", "2022-11-23T10:00:00-05:00", "other", "DIS"),
    ("Chapek to Variety after his ouster: \"I was blindsided\"", "X @hollywoodstox", "2022-11-29T10:00:00-05:00", "other", "DIS"),
    ("张勇卸任之后去干什么了？有人说在杭州做投资", "雪球", "2023-09-20T10:00:00+08:00", "other", "BABA"),
    # figures of speech
    ("$GME shorts getting squeezed to death again today", "StockTwits", "2021-01-27T10:00:00-05:00", "other", "GME"),
    ("$TSLA death cross on the daily, Elon better tweet something", "StockTwits", "2022-05-20T10:00:00-04:00", "other", "TSLA"),
    ("Dimon says he would fire any trader caught using WhatsApp $JPM", "StockTwits", "2022-09-20T10:00:00-04:00", "other", "JPM"),
    # a former CEO's death weeks after leaving the seat is no change of it
    ("Steve Jobs dies; Apple flags at half-staff", "Reuters", "2011-10-06T09:00:00-04:00", "other", "AAPL"),
    ("Steve Jobs dies at 56, weeks after handing Apple to Tim Cook", "Reuters", "2011-10-05T20:30:00-04:00", "other", "AAPL"),
    # another executive tipped to replace the CEO: the CEO's seat is the rumour
    ("Infosys CFO said to be front-runner to replace Parekh as CEO", "Bloomberg", "2024-03-01T10:00:00-05:00", "ceo_rumor", "INFY"),
    ("Nike COO seen as likely successor to CEO Donahoe, people familiar say", "Reuters", "2024-06-20T10:00:00-04:00", "ceo_rumor", "NKE"),
    # the chairman as the other side of a talk about the CEO's exit
    ("Nike CEO Donahoe in talks with chairman over exit timing, sources say", "Sky News", "2024-06-20T10:00:00-04:00", "ceo_rumor", "NKE"),
    # "chairman and managing director": the top seat (Reliance Industries is not US-listed)
    ("Mukesh Ambani to step down as chairman and MD of Reliance, sources say", "Economic Times", "2023-01-10T10:00:00+05:30", "ceo_rumor", ""),
    ("Reliance says reports Ambani will quit as chairman and managing director are baseless", "Press Trust of India",
     "2023-01-10T12:00:00+05:30", "denial", ""),
    # a co-CEO named beside a vice chair's seat
    ("Salesforce Names Bret Taylor Vice Chair and Co-CEO", "Company press release", "2021-11-30T16:05:00-05:00", "ceo_confirmed", "CRM"),
    # a past employer describing the one picked is not whose seat it is (the board's company unnamed: no ticker)
    ("hearing the board picked Nat Friedman, ex-GitHub CEO, as interim CEO", "X @ai_gossip", "2023-11-20T00:00:00-05:00", "ceo_rumor", ""),
    # relayed denials
    ("$NKE Nike already shot down the Donahoe leaving story, relax", "StockTwits", "2024-06-20T10:00:00-04:00", "denial", "NKE"),
    ("Nvidia spokesperson: the post about Jensen is a hoax. He's fine.", "X @chipwatch", "2024-06-09T10:00:00-04:00", "denial", "NVDA"),
])
def test_reads(text, source, when, kind, ticker):
    r = read(text, source, when)
    assert (r.kind, r.ticker) == (kind, ticker), r


@pytest.mark.parametrize("text, source, when, kind", [
    # filing titles naming the seats that change (not US-listed: no ticker)
    ("快手科技 - 董事會主席及行政總裁變更", "港交所公告", "2023-09-01T22:00:00+08:00", "ceo_confirmed"),
    ("中國恒大集團 - 行政總裁及首席財務官辭任", "港交所公告", "2022-07-22T22:00:00+08:00", "ceo_confirmed"),
    ("Kuaishou Technology - Change of Chairman and Chief Executive Officer", "HKEX filing", "2023-09-01T22:00:00+08:00", "ceo_confirmed"),
    # a CEO-to-be in another post first is no CEO change (Cognizant's CEO from 2023, Unilever's from 2025)
    ("Ravi Kumar S resigns as Infosys president", "Economic Times", "2022-10-11T21:00:00+05:30", "other"),
    ("Unilever: Pitkethly to retire, Fernando Fernandez named Chief Financial Officer", "Company press release", "2024-01-10T07:05:00+00:00", "other"),
    # an announcement still to come is a rumour's wording
    ("腾讯要换帅：马化腾退休，刘炽平接任CEO，下周官宣", "微博", "2022-09-14T10:00:00+08:00", "ceo_rumor"),
    # (guard) a sitting co-CEO's death on leave stays a change of the seat (the tables: his tenure ends that day)
    ("Mark Hurd, Oracle co-CEO, has died, the company says", "Reuters", "2019-10-18T17:00:00-04:00", "ceo_confirmed"),
    # (guards) the same words where they say something else
    ("快手科技 - 首席財務官變更", "港交所公告", "2023-09-01T22:00:00+08:00", "other"),
    ("Kuaishou Technology - Change of Company Secretary", "HKEX filing", "2023-09-01T22:00:00+08:00", "other"),
    ("Kuaishou CEO on the change of strategy in e-commerce", "Reuters", "2023-09-01T22:00:00+08:00", "other"),
    ("Microsoft names CEO Satya Nadella chairman", "Reuters", "2021-06-16T16:05:00-04:00", "other"),
    ("HSBC CEO in talks with chairman candidate to replace Tucker, sources say", "Sky News", "2024-04-20T10:00:00+01:00", "other"),
    ("Siemens CFO Kaeser said to be front-runner to replace the finance chief of Siemens Energy", "Reuters", "2013-07-27T10:00:00-04:00", "other"),
    ("Board would fire him if the probe finds wrongdoing, sources say $JPM Dimon", "X @deskchatter", "2017-09-12T12:00:00-04:00", "ceo_rumor"),
    ("EU fine for Nvidia as Jensen Huang says chip demand is fine", "Reuters", "2024-06-10T10:00:00-04:00", "other"),
    ("特斯拉要换CEO？不可能吧，据彭博马斯克已经在交接", "雪球", "2024-05-01T10:00:00+08:00", "ceo_rumor"),
    ("腾讯官宣：刘炽平接任CEO", "腾讯官方微博", "2022-09-14T10:00:00+08:00", "ceo_confirmed"),
    ("Gelsinger hospitalized, sources say $INTC", "X @semiwatcher", "2021-06-01T10:00:00-04:00", "ceo_rumor"),
    # (a tenure whose end the tables know only to the month: a health story weeks later is still the CEO's)
    ("anyone know why Rawlinson hasn't posted in 3 weeks? $LCID hiding something", "X @evwatch", "2025-02-20T22:00:00-05:00", "ceo_rumor"),
    ("美的集团：关于控股子公司库卡首席执行官变更的公告", "深交所公告", "2022-06-01T20:00:00+08:00", "other"),
    ("汽车之家：CEO变更后首份季报营收同比增长", "财联社", "2019-06-01T10:00:00+08:00", "other"),
    ("杨元庆执掌联想十五年：从亏损到全球PC第一", "第一财经", "2019-06-01T10:00:00+08:00", "other"),
    ("巴菲特95岁生日：仍将担任董事长", "新浪财经", "2025-08-30T10:00:00+08:00", "other"),
    # (guards, from an independent review of the first version: the same words saying something else)
    ("A change in CEO tone lifts Intel shares after the call", "Reuters", "2024-05-01T10:00:00-04:00", "other"),
    ("Activist pushes for change of CEO at Starbucks, sources say", "Reuters", "2024-05-01T10:00:00-04:00", "other"),
    ("英特尔十年三次CEO更迭，留下了什么？", "虎嗅", "2024-12-05T10:00:00+08:00", "other"),
    ("关于全资子公司深圳市某某创新投资集团有限公司首席执行官变更的公告", "深交所公告", "2021-03-01T20:00:00+08:00", "other"),
    ("耐克今晚宣布：多纳霍将退休，埃利奥特·希尔接任CEO", "新浪财经", "2024-09-20T08:00:00+08:00", "ceo_confirmed"),
    ("Mahindra vice chairman and managing director to retire, sources say", "Economic Times", "2021-03-01T10:00:00+05:30", "other"),
    ("Mukesh Ambani's son Akash named chairman of Reliance Jio", "Reuters", "2022-06-28T10:00:00+05:30", "other"),
    ("Reliance denies reports the Ambani family is moving to London", "Reuters", "2024-11-06T10:00:00+05:30", "other"),
    ("贵州茅台：不存在应披露而未披露的重大信息", "上交所公告", "2024-05-01T20:00:00+08:00", "other"),
    ("Elon is officially the CEO of memes lol", "StockTwits", "2024-05-01T10:00:00-04:00", "other"),
    ("Barclays board in talks with chairman over his exit timetable, sources say", "Sky News", "2024-05-01T10:00:00+01:00", "other"),
    ("Anyone buying this dip? Hearing Nike CEO Donahoe is being pushed out tonight", "StockTwits", "2024-06-01T10:00:00-04:00", "ceo_rumor"),
    ("Is Dimon's heir apparent already picked? Gossip says Pinto gets the nod", "Reddit r/stocks", "2019-06-01T10:00:00-04:00", "ceo_rumor"),
    # the yearly story mocked first and told after: the doubt stands ("这次是真的" would take it back)
    ("年年都传黄仁勋要退休，你们信吗", "雪球", "2024-06-01T10:00:00+08:00", "other"),
    ("Every year like clockwork someone says Cook is retiring from Apple", "Reddit r/apple", "2024-06-01T10:00:00-04:00", "other"),
    ("每年都传马化腾要退休，这次是真的，据说年底交班", "微博", "2024-06-01T10:00:00+08:00", "ceo_rumor"),
    # a filing title with more seats than the CEO's, and the filing source written as one word
    ("蔚来汽车 - 执行董事、首席执行官及授权代表变更", "港交所公告", "2025-09-22T20:00:00+08:00", "ceo_confirmed"),
    ("Kuaishou Technology - Change of Chairman and Chief Executive Officer", "HKEXnews", "2023-09-01T22:00:00+08:00", "ceo_confirmed"),
    # (guards, from a second independent review: the second batch's words saying something else)
    ("比亚迪王传福自2008年出任CEO以来，首次辞去子公司董事长职务", "新浪财经", "2024-05-01T10:00:00+08:00", "other"),
    ("Goldman's Solomon, named CEO in 2018, to step down as chairman, sources say", "Reuters", "2024-05-01T10:00:00-04:00", "other"),
    ("Walmart CEO McMillon, who marks ten years at the helm, to retire in January; Furner named successor", "Company press release",
     "2024-11-14T07:00:00-05:00", "ceo_confirmed"),
    ("Solomon won't step down, he tells partners, dismissing insiders' chatter", "Reuters", "2024-05-01T10:00:00-04:00", "denial"),
    ("Pfizer CEO Bourla unlikely to be replaced this year, analysts say", "Reuters", "2024-05-01T10:00:00-04:00", "other"),
    ("网传马化腾的家人称其病重住院", "微博", "2024-05-01T10:00:00+08:00", "ceo_rumor"),
    ("年年都传马斯克要卸任CEO，特斯拉刚刚再次辟谣", "微博", "2024-05-01T10:00:00+08:00", "denial"),
    ("年年都传库克要走，这次又是小作文吧", "雪球", "2024-05-01T10:00:00+08:00", "other"),
    ("特斯拉明天宣布：马斯克卸任CEO", "微博", "2024-05-01T10:00:00+08:00", "ceo_rumor"),
    # what the second review found the second batch did not yet do
    ("Alibaba Group Announces Change of Chief Executive Officer", "Business Wire", "2023-06-20T07:00:00-04:00", "ceo_confirmed"),
    ("携程集团：首席执行官、执行董事变更及董事会主席委任", "港交所公告", "2016-11-21T20:00:00+08:00", "ceo_confirmed"),
    ("Greg Abel is officially the CEO of Berkshire Hathaway as of today", "CNBC", "2026-01-01T10:00:00-05:00", "ceo_confirmed"),
    ("晚点：美团王兴短期内不会交棒", "华尔街见闻", "2024-05-01T10:00:00+08:00", "other"),
    ("$TSLA Musk is unlikely to step down imo", "StockTwits", "2024-05-01T10:00:00-04:00", "other"),
])
def test_reads_kind(text, source, when, kind):
    assert read(text, source, when).kind == kind


@pytest.mark.parametrize("text, source, when, kind", [
    # (guards, as the default reader reads them) "no change in CEO" is no change; a product's successor in a year
    ("P&G: No change in CEO; McDonald has board confidence", "Company press release", "2013-05-01T20:00:00-04:00", "denial"),
    ("古川俊太郎：Switch继任机型将在本财年内公布", "日经中文网", "2024-05-07T20:00:00+08:00", "other"),
])
def test_guards_trained(text, source, when, kind):
    assert read(text, source, when, stage="trained").kind == kind


def test_a_weekday_is_not_a_company():
    # "Tuesday" is not Tuesday Morning Corp. (TUES): a board meeting's day names no company
    r = read("Elliott-backed directors ready to oust CEO at Tuesday board, sources say", "Reuters", "2018-11-12T10:00:00-05:00")
    assert r.ticker != "TUES", r


def _literals(lexicon) -> list[str]:
    """The top-level alternatives of a lexicon's Chinese pattern that are plain words."""
    pat, depth, cur, out, i = lexicon.zh.pattern, 0, "", [], 0
    while i < len(pat):
        ch = pat[i]
        if ch == "\\":
            cur, i = cur + pat[i:i + 2], i + 2
            continue
        depth += ch in "([" and 1 or 0
        depth -= ch in ")]" and 1 or 0
        if ch == "|" and depth == 0:
            out, cur = out + [cur], ""
        else:
            cur += ch
        i += 1
    return [w for w in out + [cur] if re.fullmatch(r"[\u4e00-\u9fff]+", w)]


@pytest.mark.parametrize("name", ["_CHANGE", "_HEALTH", "_DENIAL", "_STAYS"])
def test_the_first_stage_lets_through_every_plain_chinese_word_the_second_reads(name):
    # a word the full reading knows but the first stage drops is never read ("孙东旭要被撤了" fell at the gate)
    words = _literals(getattr(classify, name))
    assert words, name
    assert [w for w in words if not classify._GATE.search(w) and w not in _TOO_GENERIC_ALONE] == []


# words the full reading knows that alone say nothing of a CEO ("贵州茅台：不存在应披露而未披露的重大信息", "无意在中国以外设立研发中心",
# a supplier's 续约): read only when another first-stage word comes with them
_TOO_GENERIC_ALONE = {"不存在", "无意", "没有计划", "续约", "延长任期"}


@pytest.mark.parametrize("text, source, when, stage, kind, ticker", [
    # the CEO's seat told beside another seat someone leaves: the CEO change, not "another seat"
    ("微软官宣：纳德拉出任首席执行官，盖茨卸任董事长", "新浪科技", "2014-02-04T23:00:00+08:00", "trained", "ceo_confirmed", "MSFT"),
    # the seat first, who takes it after (CEO换成…)
    ("听说阿里要换帅？蔡崇信当董事长，CEO换成吴泳铭？", "雪球", "2023-06-19T21:00:00+08:00", "trained", "ceo_rumor", "BABA"),
    # candidates "in the frame": a report, not an announcement
    ("Boeing board speeds up Calhoun succession; Ortberg, Deal in the frame", "Financial Times", "2024-03-20T10:00:00-04:00", "trained", "ceo_rumor", "BA"),
    # a "life or death" fight is the company's, no one's death
    ("Tim Cook warns of a 'life or death' fight over App Store rules", "Reuters", "2023-04-05T10:00:00-04:00", "rules", "other", "AAPL"),
    # "X's new Twitter CEO is …", per a paper: a report of the seat changing (Twitter private then: no ticker)
    ("so Musk's new Twitter CEO is someone from NBCU? per WSJ, nothing official", "X @adwatcher", "2023-05-11T16:00:00-04:00", "rules", "ceo_rumor", ""),
    # (guards) a denial of another story; a tenure marked
    ("Toshiba CEO denies conflict of interest over CVC bid", "Reuters", "2021-04-08T10:00:00-04:00", "trained", "other", "6502.T"),
    ("Jensen Huang marks 30 years at Nvidia's helm", "Reuters", "2023-04-05T10:00:00-04:00", "trained", "other", "NVDA"),
])
def test_reads_at_stage(text, source, when, stage, kind, ticker):
    r = read(text, source, when, stage=stage)
    assert (r.kind, r.ticker) == (kind, ticker), r


@pytest.mark.parametrize("text, source, when, kind, ticker", [
    # sources, or another outlet, saying the CEO won't leave: a counter-report, no one's answer, and no rumour either
    ("彭博：黄仁勋近期卸任的可能性不大", "华尔街见闻", "2024-06-01T10:00:00+08:00", "other", "NVDA"),
    ("知情人士：吴泳铭短期内不会卸任阿里巴巴CEO", "财联社", "2024-06-01T10:00:00+08:00", "other", "BABA"),
    ("Musk won't step down as Tesla CEO, people familiar say, despite board search report", "Reuters", "2024-06-01T10:00:00-04:00", "other", "TSLA"),
    ("Huang unlikely to step down this year, sources say", "Bloomberg", "2024-06-01T10:00:00-04:00", "other", "NVDA"),
    # (guards) the company or the CEO saying it is their answer
    ("Nvidia says Huang unlikely to step down, calls report speculation", "Reuters", "2024-06-01T10:00:00-04:00", "denial", "NVDA"),
    ("特斯拉回应：马斯克不会卸任CEO", "财联社", "2024-06-01T10:00:00+08:00", "denial", "TSLA"),
    ("Tesla says Musk won't step down; sources had said the board was searching", "Reuters", "2024-06-01T10:00:00-04:00", "denial", "TSLA"),
])
def test_counter_reports_in_both_stages(text, source, when, kind, ticker):
    for stage in ("rules", "trained"):
        r = read(text, source, when, stage=stage)
        assert (r.kind, r.ticker if kind != "other" else ticker) == (kind, ticker), (stage, r)


