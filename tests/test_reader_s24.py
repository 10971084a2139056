"""Reader fixes after rounds 18/19's failures were read (2026-11-27, second stop): general wording and
mechanisms, each probed on hand-written headlines (not the blind rows), expectations worked out by hand.
The cases of the ``*_now_read`` tests and the linking and weighing ones read wrong on the reader before these
changes (e64f0d6), save the two marked (guard); the rest guard what must not move."""
import pandas as pd
import pytest

from rumorbt.classify import classify_headline, read_feed
from rumorbt.headlines import Headline


def hl(text: str, source: str = "Reuters", when: str = "2024-03-04T09:31:00-05:00", row: int = 1) -> Headline:
    return Headline(row, f"h{row}", int(pd.Timestamp(when).value), None, source, text, "", "", "")


def read(text: str, source: str = "Reuters", when: str = "2024-03-04T09:31:00-05:00", stage: str = "rules"):
    return classify_headline(hl(text, source, when), stage=stage)


@pytest.mark.parametrize("text, source, when, ticker", [
    # a report called what it is, with what it says in between
    ("Infosys calls reports on Salil Parekh stepping down 'mischievous'", "Mint", "2023-06-04T10:31:00+05:30", "INFY"),
    ("Intel calls report that Gelsinger will retire 'pure speculation'", "Reuters", "2024-08-04T10:31:00-04:00", "INTC"),  # (guard)
    # rebuffed, shrugged off: the verb families with a plural report
    ("Intel rebuffs reports that Gelsinger will be ousted", "Reuters", "2024-08-04T10:31:00-04:00", "INTC"),
    ("Starbucks shrugs off reports that Niccol will leave", "Reuters", "2025-03-04T10:31:00-05:00", "SBUX"),
    # the English of 正常履职
    ("Alibaba says CEO Eddie Wu is performing his duties normally", "Reuters", "2024-03-04T10:31:00+08:00", "BABA"),
    # Chinese: no basis at all; "there is no such thing as his resigning"
    ("谷歌：关于皮查伊将卸任的传言没有任何依据", "格隆汇", "2024-03-04T10:31:00+08:00", "GOOGL"),
    ("阿里巴巴：吴泳铭已回到杭州，正常工作，不存在卸任CEO一说", "界面新闻", "2024-03-04T10:31:00+08:00", "BABA"),
    # a wire quoting the CEO by surname before a colon, in capitals or not
    ("KARP: 'I AM NOT STEPPING DOWN'", "CNBC", "2023-05-09T09:00:00-04:00", "PLTR"),
    ("Nadella: 'I'm not leaving Microsoft'", "CNBC", "2023-05-09T09:00:00-04:00", "MSFT"),  # (guard: the company is named)
])
def test_denials_now_read(text, source, when, ticker):
    r = read(text, source, when)
    assert (r.kind, r.ticker) == ("denial", ticker)


def test_reports_called_untrue_about_another_story_stay_other():
    # (the report's content may come between only when it is about a change at the top)
    assert read("Pfizer calls report of takeover talks with a biotech 'untrue'", when="2024-03-04T10:31:00-05:00").kind == "other"
    assert read("Walmart calls report of bid for Indian grocer 'baseless'", when="2024-03-04T10:31:00-05:00").kind == "other"


@pytest.mark.parametrize("text, source, when, ticker", [
    # a board planning for the time after its CEO
    ("Apple board quietly planning for life after Cook, insiders say", "The Information", "2025-01-04T10:31:00-05:00", "AAPL"),
    # a CEO out of contact
    ("Alibaba CEO Eddie Wu reportedly out of contact for days", "X @hkwatch", "2024-03-04T10:31:00+08:00", "BABA"),
    # a rumour asked about as an either-or is a question, not a doubt
    ("$AAPL someone on Blind says Cook retires in March. legit or fud?", "StockTwits", "2025-01-04T10:31:00-05:00", "AAPL"),
    ("$NVDA Jensen stepping down?? real or fake", "StockTwits", "2025-01-04T10:31:00-05:00", "NVDA"),
    # "name X CEO as Y moves to chairman": the CEO seat changes; a chairman appointment does not hide it
    ("Sony said to name Totoki CEO as Yoshida shifts to chairman", "Bloomberg", "2025-01-04T10:31:00-05:00", "SONY"),
    # a seat said to be shaky (地位不稳)
    ("知情人士：高盛合伙人对所罗门不满，CEO地位或不稳", "华尔街见闻", "2024-03-04T10:31:00+08:00", "GS"),
])
def test_rumours_now_read(text, source, when, ticker):
    r = read(text, source, when)
    assert (r.kind, r.ticker) == ("ceo_rumor", ticker)


@pytest.mark.parametrize("text", [
    "Life after Brexit: how Unilever's CEO sees the UK market",
    "Apple CEO Cook says life after the iPhone is years away",
])
def test_life_after_an_event_is_no_change(text):
    assert read(text, when="2024-03-04T10:31:00-05:00").kind == "other"


def test_the_ceo_weighing_someone_elses_future_is_not_his_exit():
    # Zaslav (WBD's CEO) weighs the future of someone the tables do not know: no WBD CEO rumour, no trade
    r = read("Zaslav weighing Mendez's future after critical profile, insiders say", "Semafor", "2023-06-04T10:31:00-04:00")
    assert r.kind != "ceo_rumor"
    # ... while a board weighing its CEO's future is still the rumour
    r = read("Disney board weighing Chapek's future, sources say", when="2022-11-01T09:00:00-04:00")
    assert (r.kind, r.ticker) == ("ceo_rumor", "DIS")


def test_a_surname_two_ceos_share_is_not_guessed():
    # the colon rule takes a surname only when one curated CEO bears it that day: from March 2025 both
    # Hock Tan (Broadcom) and Lip-Bu Tan (Intel) ran companies; in 2024 only Hock Tan did
    r = read("TAN: 'I AM NOT STEPPING DOWN'", "CNBC", "2025-06-04T10:31:00-04:00")
    assert r.ticker == ""
    r = read("TAN: 'I AM NOT STEPPING DOWN'", "CNBC", "2024-06-04T10:31:00-04:00")
    assert (r.kind, r.ticker) == ("denial", "AVGO")


def test_a_chinese_company_answer_links_to_its_short_name_rumour():
    # A-share companies the tables do not know: the clarification names itself in full, the forum rumour
    # by its two-character short; the answer is read as the denial of that open rumour (no US ticker)
    feed = [hl("立讯王总是不是要卸任总经理了？今天尾盘砸得这么狠", "股吧", "2024-02-26T21:30:00+08:00", 1),
            hl("立讯精密：关于网络传闻的澄清公告", "巨潮资讯 公告", "2024-02-27T08:30:00+08:00", 2)]
    r = read_feed(feed, stage="rules")
    assert r[0].kind == "ceo_rumor"
    assert (r[1].kind, r[1].ticker) == ("denial", "") and "row 1" in r[1].link


@pytest.mark.parametrize("rumour, answer", [
    # a place is no company's short name
    ("上海某券商总经理要换人？", "上海机场：关于网络传闻的澄清公告"),
    # a generic answerer names no company
    ("某地产老板失联？", "公司回应：相关传闻不实"),
])
def test_a_chinese_answer_does_not_link_through_a_place_or_a_generic_word(rumour, answer):
    feed = [hl(rumour, "股吧", "2024-02-26T21:30:00+08:00", 1), hl(answer, "巨潮资讯 公告", "2024-02-27T08:30:00+08:00", 2)]
    r = read_feed(feed, stage="rules")
    assert not r[1].link.startswith("row 1") or "company name" not in r[1].link


@pytest.mark.parametrize("text, source", [
    ("Bob Iger leaving Disney? No, says Disney spokesperson", "X @mediawatch"),
    ("Iger retiring early? No, says the company", "StockTwits"),
])
def test_a_question_answered_no_by_the_company_is_its_denial(text, source):
    r = read(text, source, "2024-03-04T09:31:00-05:00")
    assert (r.kind, r.ticker) == ("denial", "DIS")


@pytest.mark.parametrize("text", [
    "Tim Cook retiring? No, says Wedbush analyst Dan Ives",
    "Is Cook leaving Apple? No, says one longtime shareholder",
])
def test_a_question_answered_no_by_a_third_party_is_no_denial(text):
    assert read(text, when="2024-03-04T09:31:00-05:00").kind != "denial"


def test_someone_else_who_said_it_herself_is_a_third_party_view():
    r = read("$TSLA Elon isn't going anywhere, Cathie said it herself", "StockTwits", "2024-06-04T10:31:00-04:00")
    assert r.kind == "other"
    # ... while the CEO having said it himself still answers the rumour
    r = read("$TSLA Elon is not going anywhere, he said it himself on CNBC", "StockTwits", "2024-06-04T10:31:00-04:00")
    assert (r.kind, r.ticker) == ("denial", "TSLA")


@pytest.mark.parametrize("text", [
    "Nadella says AI bubble talk is false",
    "Jassy says reports of an Amazon return-to-office reversal are false",
    "Walmart says reports of mass store closures are untrue",
])
def test_a_report_about_a_named_other_topic_denied_is_other(text):
    assert read(text, when="2024-06-04T10:31:00-04:00").kind == "other"


@pytest.mark.parametrize("text, ticker", [
    ("Nvidia spokesperson says health reports are false", "NVDA"),
    ("Sea said the report was speculative and untrue", "SE"),
    ("Rumors about Jensen are wrong, Nvidia says", "NVDA"),
])
def test_an_unqualified_or_personal_report_denied_still_denies(text, ticker):
    r = read(text, "Company statement" if ticker == "SE" else "Reuters", "2024-06-04T10:31:00-04:00")
    assert r.kind == "denial"


def test_a_chinese_answer_naming_another_person_does_not_link_to_the_open_rumour():
    feed = [hl("Hearing Zuckerberg is stepping down as Meta CEO", "X @leaker", "2022-11-22T11:00:00-05:00", 1),
            hl("公司回应：网传王小川离职消息不实", "新浪财经", "2022-11-22T11:20:00-05:00", 2)]
    r = read_feed(feed, stage="rules")
    assert r[0].kind == "ceo_rumor"
    assert r[1].ticker != "META"


@pytest.mark.parametrize("text, when, ticker", [
    ("NYCB says Cangemi remains CEO, calls exit chatter false", "2024-02-07T18:20:00-05:00", "NYCB"),
    ("Nomura rebuffs talk of Okuda exit", "2021-04-07T12:30:00+09:00", "NMR"),
    ("KT board says CEO Koo is not resigning", "2022-12-07T12:30:00+09:00", "KT"),
])
def test_a_symbol_or_one_word_name_speaking_is_the_company(text, when, ticker):
    r = read(text, when=when)
    assert (r.kind, r.ticker) == ("denial", ticker)


@pytest.mark.parametrize("text, ticker", [
    ("$HOOD Tenev out after Q2, saw it on Blind", "HOOD"),
    ("$AAPL Cook out by year-end per my guy", "AAPL"),
])
def test_out_by_a_date_is_a_change(text, ticker):
    r = read(text, "StockTwits", "2024-03-04T09:31:00-05:00")
    assert (r.kind, r.ticker) == ("ceo_rumor", ticker)


def test_results_out_after_the_close_is_no_change():
    assert read("Apple results out after the close; Cook to speak on the call", when="2024-01-04T09:31:00-05:00").kind == "other"


@pytest.mark.parametrize("source, cls", [
    ("Jiji Press", "major_outlet"), ("Bangkok Post", "major_outlet"), ("American Banker", "major_outlet"),
    ("Sydney Morning Herald", "major_outlet"),
    # a blog, forum or channel borrowing a masthead's noun stays unknown
    ("The Stock Post", "not"), ("Crypto Times", "not"), ("Rumor Mill Herald", "not"), ("Telegram Press", "not"),
])
def test_a_newspaper_or_agency_name_the_table_lacks_is_an_outlet(source, cls):
    from rumorbt.sources import source_class
    assert source_class(source) == cls if cls != "not" else source_class(source) != "major_outlet"


def test_a_masthead_confirms_but_per_two_people_is_still_a_rumour():
    r = read("Occidental names Richard Jackson CEO, replacing Hollub", "Houston Chronicle", "2023-03-04T09:31:00-05:00")
    assert r.kind == "ceo_confirmed"
    r = read("Oxy directors quietly vetting Hollub replacements, per two people", "Houston Chronicle", "2023-03-04T09:31:00-05:00")
    assert (r.kind, r.ticker) == ("ceo_rumor", "OXY")


# ---- a reviewer's probes of the changes above (hard negatives it wrote; each read wrong on the first
# version of these changes, 17fbc26, and is fixed here)

@pytest.mark.parametrize("text, source, when", [
    # a company's market position is no CEO's seat
    ("传英伟达AI芯片霸主地位动摇，黄仁勋紧急赴台", "雪球", "2024-03-04T10:00:00+08:00"),
    ("知情人士：苹果在华市场地位岌岌可危，库克将再访中国", "财联社", "2024-03-04T10:00:00+08:00"),
    # investors musing about life after a CEO: opinion, no report
    ("Berkshire investors contemplate life after Buffett as annual meeting nears", "Reuters", "2024-05-01T10:00:00-04:00"),
    ("Apple weighs life after Google search deal, Cook says", "Bloomberg", "2024-08-06T10:00:00-04:00"),
    # a tabloid's name before a colon is not a CEO's surname
    ("Sun: Southgate set to quit after the Euros", "X @footyrumours", "2024-06-20T10:00:00+01:00"),
    # a public body's acronym before 's chief executive is no ticker
    ("The NHS's chief executive is set to quit, sources say", "Guardian", "2025-02-20T10:00:00+00:00"),
    # other executives to depart, per two people
    ("Citi to cut 20,000 jobs, Fraser says; two executives to depart, per two people", "Bloomberg", "2024-01-12T10:00:00-05:00"),
])
def test_review_no_false_trade(text, source, when):
    r = read(text, source, when, stage="trained")
    assert not (r.kind == "ceo_rumor" and r.ticker and r.score >= 0.8)


@pytest.mark.parametrize("text, source, when", [
    # a poster's doubt after the either-or still doubts
    ("$TSLA Elon resigning screenshot going around, real or fake? pretty sure it's fake lol", "StockTwits", "2024-03-04T10:00:00-05:00"),
    ("$AAPL Cook stepping down rumor on Blind - legit or fud? my money's on fud", "StockTwits", "2024-03-04T10:00:00-05:00"),
    ("$META Zuck resigning? real or fake? FAKE", "StockTwits", "2024-03-04T10:00:00-05:00"),
])
def test_review_a_doubt_after_the_either_or_still_doubts(text, source, when):
    assert read(text, source, when).kind == "other"


@pytest.mark.parametrize("text, source, when", [
    # an analyst, a reporter, an outlet, a rival, a former director answering "no"
    ("Will Tim Cook retire in 2026? No, says Gurman", "MacRumors", "2025-11-20T10:00:00-05:00"),
    ("Is Musk leaving Tesla? No, says Wood", "Bloomberg", "2024-06-10T10:00:00-04:00"),
    ("Is Cook retiring? No, says Bloomberg", "X @macnews", "2024-06-10T10:00:00-04:00"),
    ("Is Cook leaving Apple? No, says one former Apple board member", "Fortune", "2024-06-10T10:00:00-04:00"),
    ("Is Zuckerberg stepping down? No, says rival CEO Musk", "X @techwatch", "2024-06-10T10:00:00-04:00"),
    # reports that are not about a change at the top
    ("Nvidia calls report that its CEO will visit Beijing next week 'speculation'", "Reuters", "2025-01-04T10:00:00-05:00"),
    ("Boeing calls report that its CEO met Airbus chief in Paris 'speculation'", "Reuters", "2024-06-20T10:00:00-04:00"),
    ("Meta calls report that chief AI scientist LeCun is leaving 'speculation'", "Reuters", "2025-06-04T10:00:00-04:00"),
    # an activist's claims rebuffed
    ("Norfolk Southern rebuffs Ancora's claims on CEO Shaw's safety record", "Reuters", "2024-02-20T10:00:00-05:00"),
    # the word alone
    ("Musk posts mischievous poll asking if he should step down as head of Twitter", "Reuters", "2022-12-19T10:00:00-05:00"),
])
def test_review_no_false_denial(text, source, when):
    assert read(text, source, when).kind != "denial"


@pytest.mark.parametrize("answer", [
    "Tesla says WSJ report is false", "Tesla says NYT report is false", "Tesla says overnight rumors are false",
    "Tesla says weekend chatter is false", "Tesla says anonymous claims are false",
])
def test_review_a_report_named_by_its_outlet_or_time_is_still_denied(answer):
    feed = [hl("Hearing Musk may step down as Tesla CEO", "X @leaker", "2024-01-07T09:00:00-05:00", 1),
            hl(answer, "Reuters", "2024-01-07T11:00:00-05:00", 2)]
    r = read_feed(feed, stage="rules")
    assert (r[1].kind, r[1].ticker) == ("denial", "TSLA")


@pytest.mark.parametrize("text", [
    "Jensen stepping down as Nvidia CEO - true or false? False, Nvidia spokesperson says",
    "Gelsinger out? real or fake? Intel says the report is false",
])
def test_review_the_company_answer_after_an_either_or_still_denies(text):
    r = read(text, "X @chipwatch", "2024-08-04T10:00:00-04:00")
    assert r.kind == "denial"


# ---- after rounds 20/21's failures were read by category (hand-written headlines, not their rows)

@pytest.mark.parametrize("text, source, when, ticker", [
    # a workplace app's company board names the company ("Blind (Intel)"); a first name is then its CEO's
    ("Board is done with Pat. Exit within weeks, they're talking to outside candidates", "Blind (Intel)", "2024-11-20T10:00:00-05:00", "INTC"),
    # the company a successor comes from is not the one whose CEO changes
    ("Zoom CEO stepping back, new CEO from Salesforce coming in Q4, sources say", "Reuters", "2024-06-20T10:00:00-04:00", "ZM"),
    # handing the president role (Toyota's top job), a change at the top pushed for

    # moving someone's seat (动…的位置)
    ("网络安全审查之后，满帮董事会据说要动张晖的位置 $YMM", "东方财富股吧", "2021-08-01T10:00:00+08:00", "YMM"),
    # the chairman sounding out successors to the CEO: the CEO's succession
    ("Deutsche Bank chairman sounds out successors to John Cryan", "The Times", "2018-03-01T10:00:00+00:00", "DB"),
])
def test_r20_categories_rumours(text, source, when, ticker):
    r = read(text, source, when, stage="trained")
    assert (r.kind, r.ticker) == ("ceo_rumor", ticker)


def test_r20_categories_a_sending_company_is_not_the_subject():
    r = read("零跑朱江明要交出CEO位置？传闻说Stellantis要派人", "懂车帝", "2024-06-20T10:00:00+08:00")
    assert r.ticker != "STLA"
    # a region's chief is a unit's
    r = read("传耐克大中华区CEO董炜要离职？内部在传新人选", "小红书", "2024-03-01T10:00:00+08:00")
    assert r.kind == "other"


@pytest.mark.parametrize("text, source, when, ticker", [
    ("Mulally ends speculation, says he'll stay at Ford through 2014", "Associated Press", "2013-11-01T10:00:00-04:00", "F"),
    ("Upstart's Girouard on exit chatter: 'I'll be here for a long time'", "X @MarketWatch", "2023-05-01T10:00:00-04:00", "UPST"),
    ("VW Spokesman: Reports On Winterkorn Successor 'Speculation'", "Dow Jones Newswires", "2015-04-10T10:00:00+02:00", ""),
    ("安踏体育：丁世忠无意卸任，网传“交班”消息系误读", "新浪财经", "2024-03-01T10:00:00+08:00", ""),
])
def test_r20_categories_denials(text, source, when, ticker):
    r = read(text, source, when)
    assert (r.kind, r.ticker) == ("denial", ticker)


def test_r20_categories_an_approach_rejected_is_another_story():
    r = read("Commerzbank CEO-designate Orlopp rejects UniCredit approach, vows to stay independent", "Reuters", "2024-10-10T10:00:00+02:00")
    assert r.kind == "other"


# ---- a reviewer's probes of the round 20/21 batch (5ee11bd), fixed here

@pytest.mark.parametrize("text, source", [
    ("Bloomberg Reports On Nike CEO Succession Speculation", "Bloomberg"),
    ("CNBC's Faber Reports On Disney CEO Succession Speculation", "Benzinga"),
    ("Intel Shares Fall After Report On Gelsinger Exit Speculation", "Benzinga"),
    ("Dimon: I'll be here for a while, but JPMorgan's succession plan is ready", "X @jpmwatch"),
])
def test_review2_no_false_denial(text, source):
    assert read(text, source, "2024-03-04T09:31:00-05:00").kind != "denial"


@pytest.mark.parametrize("text, source", [
    ("Boeing's Calhoun to hand the president role to Stephanie Pope, sources say", "Reuters"),
    ("没人能动马斯克的位置", "雪球"),
    ("谁也动不了马斯克的位置", "雪球"),
])
def test_review2_no_false_trade(text, source):
    r = read(text, source, "2024-03-04T09:31:00-05:00", stage="trained")
    assert not (r.kind == "ceo_rumor" and r.ticker and r.score >= 0.8)


def test_review2_a_workplace_board_does_not_claim_another_companys_ceo():
    r = read("Heard Sundar is getting pushed out by Q3", "Blind (Microsoft)", "2024-03-04T09:31:00-05:00")
    assert r.ticker != "MSFT"
