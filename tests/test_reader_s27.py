"""Reader fixes after rounds 35/36's failures were read by category (2026-11-27, fifth stop): general
wording, entity and source rules, each probed on hand-written headlines (not the blind rows), with
expectations worked out by hand. The ``*_now_read`` cases read wrong on the reader before these
changes (03f5e3d), save those marked (guard); the rest guard what must not move."""
import pytest

from rumorbt.classify_eval import opens_trade

from helpers import read_headline as read


@pytest.mark.parametrize("text, when", [
    # a company staying in a market or a country is no CEO staying
    ("Satya Nadella Says Microsoft Is 'Not Going Anywhere' in China Despite Export Curbs", "2023-05-14T10:31:00-04:00"),
    ("Tim Cook says Apple is 'not going anywhere' in China despite tariffs", "2019-05-14T10:31:00-04:00"),  # (guard)
    ("Jamie Dimon: JPMorgan is not going anywhere from Texas, whatever the politics", "2021-09-14T10:31:00-04:00"),  # (guard)
])
def test_staying_in_a_place_is_no_denial(text, when):
    r = read(text, when=when)
    assert r.kind == "other" and "company-stays" in r.cue


@pytest.mark.parametrize("text, when, kind", [
    # (guards) the CEO's own "not going anywhere", however it goes on
    ("Tim Cook: I'm not going anywhere in the near term", "2019-05-14T10:31:00-04:00", "denial"),
    ("Musk says he is not going anywhere, state media reports", "2022-05-14T10:31:00-04:00", "denial"),
])
def test_own_staying_still_a_denial(text, when, kind):
    assert read(text, when=when).kind == kind


@pytest.mark.parametrize("text, source, when, ticker", [
    # a sitting CEO on another company's short list, or at the top of its list: a rumour that they leave their own
    ("Ford's Mulally said to be on Microsoft's CEO short list", "Bloomberg", "2013-12-04T10:31:00-05:00", "F"),
    ("Hearing Ginni Rometty tops GE's list to replace Immelt, $IBM would need a new boss", "X @chipwatcher", "2017-03-04T10:31:00-05:00", "IBM"),
    ("Chipotle's Niccol is the front-runner to lead Starbucks, people familiar say", "Reuters", "2024-07-04T10:31:00-04:00", "CMG"),  # (guard)
])
def test_courted_from_a_list_now_read(text, source, when, ticker):
    r = read(text, source, when)
    assert (r.kind, r.ticker) == ("ceo_rumor", ticker)


@pytest.mark.parametrize("text, source, when", [
    # a forum user scoffing that anyone believes it, or calling it a meme: no rumour, first person or not
    ("$英伟达(NVDA)$ 黄仁勋要退休回台湾？这种消息也有人信", "雪球", "2024-02-18T12:22:50+08:00"),
    ("$特斯拉(TSLA)$ 为啥都在说马斯克要辞职？我翻了原帖，就是个梗", "雪球", "2024-02-18T12:22:50+08:00"),
])
def test_forum_scoff_is_no_rumour(text, source, when):
    r = read(text, source, when)
    assert r.kind == "other" and not opens_trade(r)


def test_forum_question_without_scoff_still_a_rumour():
    # (guard) the same post without the scoff
    r = read("$特斯拉(TSLA)$ 马斯克要辞职？", "雪球", "2024-02-18T12:22:50+08:00")
    assert (r.kind, r.ticker) == ("ceo_rumor", "TSLA")


@pytest.mark.parametrize("text, ticker", [
    # Xueqiu's cashtag gives the symbol inside its brackets, whatever the name before it
    ("$Datadog(DDOG)$ 听说Pomel要退休了？论坛上都在传", "DDOG"),  # (guard: a name the tables know)
    ("$Unity Software(U)$ 传CEO要被董事会换掉", "U"),
])
def test_xueqiu_cashtag_gives_the_symbol(text, ticker):
    r = read(text, "雪球", "2024-02-27T22:05:47+08:00")
    assert r.ticker == ticker


@pytest.mark.parametrize("text, when, kind", [
    # a plan word in a later clause the company heads hedges that plan, not the change told before it
    ("波音CEO米伦伯格辞职，公司拟重组董事会", "2019-12-23T21:05:17+08:00", "ceo_confirmed"),
    # (guards) a source after the change, or the plan word in the change's own clause, still hedge it
    ("波音CEO米伦伯格辞职，消息人士称公司拟重组董事会", "2019-12-23T21:05:17+08:00", "ceo_rumor"),
    ("波音CEO米伦伯格拟辞职，公司将重组董事会", "2019-12-23T21:05:17+08:00", "ceo_rumor"),
])
def test_plan_word_of_a_later_clause(text, when, kind):
    r = read(text, "华尔街见闻", when)
    assert (r.kind, r.ticker) == (kind, "BA")


@pytest.mark.parametrize("source, ticker", [
    # a company's account named by its symbol or short name and an official word
    ("X @PNC_IR", "PNC"),
    ("X @GenworthPR", "GNW"),
    ("X @Huntington_Bank", "HBAN"),  # (a bank word picks the bank, not Huntington Ingalls)
])
def test_company_account_by_short_name_now_read(source, ticker):
    r = read("This report is false. Our CEO is not leaving.", source, "2022-03-04T09:31:00-05:00")
    assert (r.kind, r.ticker) == ("denial", ticker)


# (a "news" tail is not enough: "@ABCNews" is the broadcaster, not AmerisourceBergen's ABC; "@PNCNews" is lost with it)
@pytest.mark.parametrize("source", ["X @FoxNews", "X @tobi", "X @TeslaOwnersClub", "X @ABCNews", "X @CNETNews", "X @PNCNews",
                                    "X @BrunswickGroup"])
def test_outlet_or_person_account_is_no_company(source):
    # (guards) a news outlet's account, a first name, a fan club
    r = read("This report is false. He is not leaving.", source, "2022-03-04T09:31:00-05:00")
    assert r.ticker == ""


@pytest.mark.parametrize("text, when, ticker, confident", [
    # a short company name in the possessive, then its CEO's surname (the tables list only the full name):
    # that CEO's company, confidently
    ("Spirit Aero's Gentile said to be on his way out as quality problems mount", "2023-09-12T12:05:00-05:00", "SPR", True),
    # (guard) a short name that fits no company of a CEO so named: never a trade; since the tenth stop the company
    # named as theirs (Acme United's one-word name) rather than Spirit Aero's CEO by the surname alone
    ("Acme's Gentile said to be on his way out", "2023-09-12T12:05:00-05:00", "ACU", False),
])
def test_ceo_after_short_company_name(text, when, ticker, confident):
    r = read(text, when=when)
    assert r.ticker == ticker and opens_trade(r) is confident


@pytest.mark.parametrize("text, when, ticker", [
    # the listing's symbol on the headline's day: Shell's A shares before the 2022 unification, Total before TotalEnergies
    ("Shell spokesman: van Beurden not leaving, report is speculation", "2021-06-04T13:05:27+01:00", "RDS.A"),
    ("Shell CEO Sawan said to weigh exit", "2024-06-04T13:05:27+01:00", "SHEL"),
    ("Total CEO Pouyanne to step down, sources say", "2019-06-04T13:05:27+01:00", "TOT"),
    # Medical Properties Trust is MPW on the NYSE (MPT was a data vendor's code)
    ("Medical Properties Trust CEO Aldag said to weigh stepping down", "2023-03-08T09:33:12-06:00", "MPW"),
])
def test_symbol_of_the_day(text, when, ticker):
    assert read(text, when=when).ticker == ticker


@pytest.mark.parametrize("text, source, when, kind, ticker", [
    # a company the people tables name that no other table did: acquired since (Avon), or spelt otherwise
    # by the listing table (Dexcom of "DexCom, Inc.", Scotiabank of "Bank of Nova Scotia")
    ("Dexcom board said to weigh CEO change, sources say", "Reuters", "2022-03-04T10:31:00-05:00", "ceo_rumor", "DXCM"),
    ("Scotiabank CEO Porter to step down next year, sources say", "Reuters", "2022-03-04T10:31:00-05:00", "ceo_rumor", "BNS"),
    ("Avon spokeswoman: Jung remains CEO, report is speculation", "Dow Jones Newswires", "2011-03-04T10:31:00-05:00", "denial", "AVP"),
    # (guard) a name the tables know only from its first tenure on: WeWork was private in 2019
    ("WeWork board plans to oust CEO, people familiar say", "Reuters", "2019-09-20T10:31:00-04:00", "ceo_rumor", ""),
])
def test_companies_of_the_people_tables_now_read(text, source, when, kind, ticker):
    r = read(text, source, when)
    assert (r.kind, r.ticker) == (kind, ticker)


@pytest.mark.parametrize("text, source, when, kind, ticker", [
    # the third-wave table: Chinese names of ADRs and foreign banks, their CEOs in Chinese and English
    ("传野村控股CEO奥田健太郎将为交易亏损担责下台", "财联社", "2023-08-15T21:10:03+08:00", "ceo_rumor", "NMR"),
    ("日媒：三菱日联金融集团社长龟泽宏规或将卸任", "第一财经", "2023-08-15T21:10:03+08:00", "ceo_rumor", "MUFG"),
    ("瑞信据悉考虑撤换CEO谷德曼", "财联社", "2022-07-15T21:10:03+08:00", "ceo_rumor", "CS"),
    ("Credit Suisse's Thiam expected to leave as board meets, sources say", "Reuters", "2020-02-06T19:12:30+01:00", "ceo_rumor", "CS"),
    # an ADR that left the NYSE: Siemens as SI until 2014, not tradable here after
    ("Siemens: Loescher remains CEO, calls reports of his ouster speculation", "Reuters", "2013-07-25T17:40:05+02:00", "denial", "SI"),
    ("Siemens CEO Kaeser said to weigh exit", "Reuters", "2019-05-01T10:00:00-04:00", "ceo_rumor", ""),
    # (guard) a company the listing table names only in English keeps that name beside its new Chinese one
    ("Vodafone CEO said to weigh exit, sources say", "Reuters", "2024-05-01T10:00:00-04:00", "ceo_rumor", "VOD"),
])
def test_third_wave_tables(text, source, when, kind, ticker):
    r = read(text, source, when)
    assert (r.kind, r.ticker) == (kind, ticker)


def test_siemens_not_tradable_after_its_delisting():
    r = read("Siemens CEO Kaeser said to weigh exit", "Reuters", "2019-05-01T10:00:00-04:00")
    assert "not listed" in r.not_tradable


def test_a_people_table_name_holds_only_while_its_tenures_run():
    # "Watson" is Watson Pharmaceuticals' (the alias table names it so); IBM's Watson unit of 2020 is IBM's
    r = read("IBM Watson CEO said to weigh exit", "Reuters", "2020-05-01T10:00:00-04:00")
    assert r.ticker != "AGN" and not opens_trade(r)


# Fixes after rounds 37/38's failures were read by category (hand-written headlines; each read wrong before)
@pytest.mark.parametrize("text, source, when, kind, ticker", [
    # a namesake holding public office is not the CEO the tables know (JCP's Ron Johnson)
    ("Gov. Ron Johnson: 'I'm not going anywhere' as recall talk grows", "Milwaukee Journal Sentinel", "2013-03-04T10:31:00-05:00", "other", ""),
    # rebuts as a denial verb
    ("XPeng's He Xiaopeng rebuts rumors he will step down as CEO", "Caixin Global", "2022-03-04T10:31:00+08:00", "denial", "XPEV"),
    # the CEO vowing to stay answers the rumour himself
    ("Tim Cook vows to stay at Apple despite activist pressure", "Financial Times", "2019-03-04T10:31:00-05:00", "denial", "AAPL"),
    # a sitting CEO in talks to become another company's chief: a rumour about their own company
    ("Novartis CEO Narasimhan in talks to become Pfizer chief - report", "Reuters", "2021-09-04T10:31:00-04:00", "ceo_rumor", "NVS"),
    # a successor "lined up" is a scoop, not an announcement
    ("Barclays' Jenkins to step down; insider Jes Staley lined up", "Sky News", "2015-07-04T10:31:00+01:00", "ceo_rumor", "BCS"),  # (guard)
    # Chinese: a plan ruled out that is another story (a sale, a split, lay-offs)
    ("京东刘强东：没有出售公司的计划，传言不实", "微博", "2019-03-04T10:31:00+08:00", "other", "JD"),
    # Chinese: back as CEO (重新出任)
    ("知情人士：多尔西将重新出任推特CEO", "格隆汇", "2015-06-20T10:31:00+08:00", "ceo_rumor", "TWTR"),  # (guard: a hedge already made it one)
])
def test_round_37_38_categories_now_read(text, source, when, kind, ticker):
    r = read(text, source, when)
    assert (r.kind, r.ticker) == (kind, ticker)


def test_unknown_company_answering_at_the_head():
    # a company the tables do not know, answering at the head: its CEO staying is its denial (uncertain)
    r = read("某某茶饮回应：张三将继续担任CEO", "界面新闻", "2023-03-04T10:31:00+08:00")
    assert r.kind == "denial" and not r.ticker
    # (guard) the same staying told as news, with no answer at the head
    assert read("张三将继续担任某某茶饮CEO", "界面新闻", "2023-03-04T10:31:00+08:00").kind == "other"


def test_interim_successor_staying_is_no_denial():
    # "继续担任临时CEO": the interim successor carries on; the CEO leaving is told, nothing denied
    r = read("Biogen：Vounatsos辞任CEO 财务长继续担任临时CEO", "医药魔方", "2022-05-04T10:31:00+08:00")
    assert r.kind != "denial" and r.ticker == "BIIB" and "辞任" in r.cue


# Fixes after a reviewer's probes of this stop's changes (hand-written): each read wrong at 4b448c2, before
# the fix; most are regressions of this stop's earlier changes, so the reader of 03f5e3d read them right
@pytest.mark.parametrize("text, source, when, kind, ticker", [
    # the CEO not going anywhere "in" a place or an interview is still the CEO's denial
    ("Tim Cook says he's 'not going anywhere' in U.S. TV interview", "Reuters", "2019-05-14T10:31:00-04:00", "denial", "AAPL"),
    ("Starbucks says Niccol is not leaving in China shake-up", "Reuters", "2025-03-14T10:31:00-04:00", "denial", "SBUX"),
    # a scoff that relays the company's answer is that answer
    ("$英伟达(NVDA)$ 英伟达回应：黄仁勋不会退休，谣言别当真", "雪球", "2024-02-18T12:22:50+08:00", "denial", "NVDA"),
    ("$苹果(AAPL)$ 库克要退休？别当真，苹果发言人已否认", "雪球", "2024-02-18T12:22:50+08:00", "denial", "AAPL"),
    # a later clause that will announce or confirm the change keeps it a rumour; so does one the person heads
    ("特斯拉CEO马斯克将卸任，公司或将于今晚发布公告", "财联社", "2024-03-04T10:31:00+08:00", "ceo_rumor", "TSLA"),
    ("苹果CEO库克将卸任，其本人或将出任董事长", "财联社", "2024-03-04T10:31:00+08:00", "ceo_rumor", "AAPL"),
    # an ADR symbol another company uses today is not given: Deutsche Telekom's DT (Dynatrace's since 2019),
    # Luckin's LK (left Nasdaq in 2020)
    ("Deutsche Telekom CEO Hoettges said to weigh exit, sources say", "Reuters", "2022-05-04T10:31:00-04:00", "ceo_rumor", ""),
    ("德国电信CEO赫特格斯据悉将卸任", "财联社", "2022-05-04T10:31:00+08:00", "ceo_rumor", ""),
    ("Luckin CEO Guo said to step down", "Reuters", "2024-01-07T10:31:00-05:00", "ceo_rumor", ""),
    # MPT, Medical Properties Trust's short name, is MPW's
    ("MPT CEO Aldag said to weigh stepping down", "Reuters", "2023-03-08T10:31:00-05:00", "ceo_rumor", "MPW"),
])
def test_review_findings_now_read(text, source, when, kind, ticker):
    r = read(text, source, when)
    assert (r.kind, r.ticker) == (kind, ticker)


# Fixes after round 39's failures were read by category (a retail social feed; hand-written, each read wrong on 7ac5a94)
@pytest.mark.parametrize("text, source, when, kind", [
    # a post telling the whole hand-over as done (successor or interim named): a relayed announcement, never a trade
    ("$NKE Donahoe out as CEO, Elliott Hill named CEO. finally", "StockTwits", "2024-09-20T10:31:00-04:00", "ceo_confirmed"),
    ("$英特尔(INTC)$ 基辛格退休，津斯纳和霍尔特豪斯接任临时联席CEO", "雪球", "2024-12-03T10:31:00+08:00", "ceo_confirmed"),
    # an activist wanting the CEO fired is an opinion
    ("$DIS activist letter out: wants Iger fired and the parks spun off. noise or real?", "StockTwits", "2024-01-10T10:31:00-05:00", "other"),
    # a forum debunk of a namesake
    ("the 'Andy Jassy resigns' post is about some other guy, not Amazon. $AMZN people relax", "StockTwits", "2024-01-10T10:31:00-05:00", "other"),
    ("热搜'张勇辞职'说的是海底捞，不是阿里那个张勇，别慌", "微博", "2022-03-07T10:31:00+08:00", "other"),
    # the CEO's reply relayed: "his reply: 'Nope.'"
    ("$SQ someone claimed Dorsey is out. his reply: 'Nope.'", "StockTwits", "2023-02-01T10:31:00-05:00", "denial"),
])
def test_round_39_categories_now_read(text, source, when, kind):
    assert read(text, source, when).kind == kind


@pytest.mark.parametrize("text, source, when, kind", [
    # (guards) "out at" of a thing is no CEO leaving; a hedged hand-over is still a rumour
    ("Engine cover blew out at 10,000 ft. why does Calhoun still have a job?", "Reddit r/stocks", "2024-01-08T10:31:00-05:00", "other"),
    ("Hearing Apple CEO Cook out, Williams named interim CEO", "StockTwits", "2023-02-01T10:31:00-05:00", "ceo_rumor"),
])
def test_round_39_guards(text, source, when, kind):
    assert read(text, source, when).kind == kind
