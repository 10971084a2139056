"""Reader fixes of the fifteenth stop (2026-11-29), read by failure category from rounds 99-110 (scored
once at the fourteenth stop; rounds 111-116, this stop's evaluation, were frozen before any of these
changes and never read):
- the chief executive as other markets style it: Indonesia's president director, 董事经理 and 首席执行员 in
  Malaysian Chinese, a German board of management's chairman, "MD & CEO" (not a deputy's or a vice's);
  "Infosys group CEO" is the company's CEO, not a unit's; a company's country unit in Chinese (谷歌马来西亚);
- answers: "has no (immediate) retirement plans", 无退休计划/計畫, "no plan to withdraw" (from management, a
  candidacy), "not aware of any change to" the seat or the CEO;
- Indian papers' "people aware of the matter" as anonymous sources;
- 取代 as a change word: a CEO's title before 被/遭 in the clause ("CEO迪斯将被布鲁默取代"), "取代Y出任CEO"; not
  AI or parts replacing anything, not a company overtaking another, not the CEO's view past a colon;
- a foreign outlet's scoop at the head of a Chinese flash ("彭博：", "CNBC：", "印度媒体：", "俄罗斯报纸：") is its
  report, not the company's announcement, unless the company's announcing follows;
- Microsoft's head of communications as a known spokesperson.
Hand-written headlines, not the blind rows; expectations worked out by hand. Guards are marked as such; those
marked "from a review" are a helper's probes of this change's first version (which over-reached: 取代 said of
AI and parts, "group managing director" at UK banks, "not aware of any change in shareholding"). Rules stage
(the trained stage is refit on these rules)."""
import pytest

from helpers import headline, read_headline as read
from rumorbt.classify import read_feed


@pytest.mark.parametrize("text, source, when, kind, ticker", [
    # the chief executive as other markets style the seat
    ("Wipro managing director & CEO Srini Pallia to quit, people aware of the matter say", "Mint",
     "2025-03-03T10:00:00+05:30", "ceo_rumor", "WIT"),
    ("Infosys group CEO Salil Parekh said to be stepping down next year", "Economic Times",
     "2025-03-03T10:00:00+05:30", "ceo_rumor", "INFY"),
    ("BMW's chairman of the board of management Oliver Zipse set to leave early, sources say", "Handelsblatt",
     "2025-03-03T10:00:00+01:00", "ceo_rumor", ""),
    # Indian papers' "people aware" are anonymous sources, as "people familiar" are
    ("Infosys CEO Salil Parekh may step down after results, say people aware of the development", "Moneycontrol",
     "2025-03-03T10:00:00+05:30", "ceo_rumor", "INFY"),
    # 取代 as a change word; a foreign outlet's scoop at the head of a Chinese flash is its report
    ("德媒：宝马CEO齐普策或将被董事会成员取代", "新浪财经", "2025-03-03T10:00:00+08:00", "ceo_rumor", ""),
    ("彭博：英特尔董事会拟以外部人选取代基辛格出任CEO", "华尔街见闻", "2024-11-20T10:00:00+08:00", "ceo_rumor", "INTC"),
    ("CNBC：迪士尼CEO艾格最快下月卸任", "华尔街见闻", "2025-03-03T10:00:00+08:00", "ceo_rumor", "DIS"),
    ("印度媒体：印孚瑟斯CEO帕瑞克将离职", "新浪财经", "2025-03-03T10:00:00+08:00", "ceo_rumor", "INFY"),
    # (guard) the company at the head is its own word: a denial stays a denial
    ("英伟达：黄仁勋将继续担任CEO，相关传言不实", "华尔街见闻", "2025-03-03T10:00:00+08:00", "denial", "NVDA"),
])
def test_reads(text, source, when, kind, ticker):
    r = read(text, source, when)
    assert (r.kind, r.ticker) == (kind, ticker), r.cue


@pytest.mark.parametrize("text, source, when, kind", [
    # the chief executive as other markets style it, companies the tables do not know (not tradable: no ticker)
    ("Garuda president director to be replaced at shareholders meeting, ministry sources say", "Jakarta Globe",
     "2025-03-03T10:00:00+07:00", "ceo_rumor"),
    ("知情人士：云顶集团首席执行员将在年底前退休", "星洲日报", "2025-03-03T10:00:00+08:00", "ceo_rumor"),
    ("消息：手套公司董事经理被指将为劳工问题下台", "东方日报", "2025-03-03T10:00:00+08:00", "ceo_rumor"),
    ("国油宣布新任总裁兼首席执行员7月1日上任", "南洋商报", "2025-03-03T10:00:00+08:00", "ceo_confirmed"),
    ("Kotak Mahindra Bank Ltd - Resignation of Mr. Uday Kotak, Managing Director & CEO", "BSE filing",
     "2023-09-02T10:00:00+05:30", "ceo_confirmed"),
    # (guards) a bank's managing director is one of many; a deputy's seat is not the top one; nor a vice chairman's
    ("Goldman managing director quits to start a hedge fund", "Reuters", "2025-03-03T10:00:00-05:00", "other"),
    ("消息：手套公司副董事经理被指将下台", "东方日报", "2025-03-03T10:00:00+08:00", "other"),
    ("BMW deputy chairman of the supervisory board to step down, sources say", "Reuters",
     "2025-03-03T10:00:00+01:00", "other"),
    # (guards, from a review of the first version: hand-written by a helper blind to the evaluation sets) a rank
    # many hold ("group managing director" at a UK bank), a deputy's or a vice's title, a country unit's chief
    ("Barclays group managing director Paul Compton to retire, sources say", "Reuters", "2025-03-03T10:00:00-05:00", "other"),
    ("Deutsche Bank deputy chairman of the management board to leave, sources say", "Reuters",
     "2025-03-03T10:00:00+01:00", "other"),
    ("Telkom Indonesia vice president director resigns", "Reuters", "2025-03-03T10:00:00+07:00", "other"),
    ("星展副首席执行员传将离职", "联合早报", "2025-03-03T10:00:00+08:00", "other"),
    ("谷歌马来西亚董事经理据悉将离职", "星洲日报", "2025-03-03T10:00:00+08:00", "other"),
    # (guards, same review) 取代 said of AI, parts, or an executive below the CEO; the CEO's view past a colon
    ("黄仁勋：你不会被人工智能取代，但会被使用AI的人取代", "财联社", "2025-03-03T10:00:00+08:00", "other"),
    ("苹果将以自研基带取代高通芯片，库克称进展顺利", "财联社", "2025-03-03T10:00:00+08:00", "other"),
    ("英伟达CEO黄仁勋：未来程序员将被自然语言编程取代", "财联社", "2025-03-03T10:00:00+08:00", "other"),
    ("传苹果设计主管将被库克亲信取代", "财联社", "2025-03-03T10:00:00+08:00", "other"),
    ("知情人士：英特尔CEO基辛格将被取代", "财联社", "2024-11-20T10:00:00+08:00", "ceo_rumor"),
    # (guards, same review) an outlet relaying the company's own announcement; a company answering the media
    ("路透：丰田宣布佐藤恒治接任社长", "华尔街见闻", "2023-01-26T10:00:00+08:00", "ceo_confirmed"),
    ("苹果回应媒体：库克将于明年退休，特努斯接任CEO", "华尔街见闻", "2025-03-03T10:00:00+08:00", "ceo_confirmed"),
    # (guards, same review) "not aware of any change" to something else; a withdrawal of a plane or a nomination
    ("Tata Motors not aware of any change in shareholding, CEO says after stock surge", "Reuters",
     "2025-03-03T10:00:00+05:30", "other"),
    ("Boeing CEO says company has no plans to withdraw 737 MAX 9 from service", "Reuters",
     "2025-03-03T10:00:00-05:00", "other"),
    ("Unilever has no plans to withdraw CEO Schumacher's nomination", "Reuters", "2025-03-03T10:00:00-05:00", "other"),
    # (same review) the retirement answer with its qualifier; a withdrawal from management
    ("JPMorgan's Dimon has no immediate retirement plans", "Reuters", "2025-03-03T10:00:00-05:00", "denial"),
    ("SoftBank's Son has no plans to withdraw from management", "Nikkei", "2025-03-03T10:00:00+09:00", "denial"),
    # (guards) jobs replaced by AI, a company overtaking another
    ("IBM CEO：约7800个岗位未来可能被AI取代", "财联社", "2025-03-03T10:00:00+08:00", "other"),
    ("英伟达取代苹果成为全球市值最高公司，黄仁勋身家大涨", "第一财经", "2024-06-19T10:00:00+08:00", "other"),
    ("工厂以机器人取代工人，富士康CEO称效率提升", "新浪财经", "2025-03-03T10:00:00+08:00", "other"),
    # a retirement plan said to be none, a withdrawal ruled out, a company not aware of any change to the seat
    ("Quanta says Barry Lam has no retirement plan and will keep leading the company", "Focus Taiwan",
     "2025-03-03T10:00:00+08:00", "denial"),
    ("廣達回應：林百里無退休計畫", "經濟日報", "2025-03-03T10:00:00+08:00", "denial"),
    ("格力：董明珠目前没有退休的打算", "财联社", "2025-03-03T10:00:00+08:00", "denial"),
    ("KT says its CEO has no plan to withdraw his candidacy for a second term", "Yonhap",
     "2025-03-03T10:00:00+09:00", "denial"),
    ("Genting Clarification: the company is not aware of any change to the position of its Chief Executive",
     "Bursa Malaysia filing", "2025-03-03T10:00:00+08:00", "denial"),
    # (guards) a missing succession plan is a governance gap; a withdrawal from a market or an application
    ("Boeing has no succession plan in place for its CEO, governance critics say", "Reuters",
     "2025-03-03T10:00:00-05:00", "other"),
    ("Toyota has no plans to withdraw from Russia, CEO says", "Reuters", "2025-03-03T10:00:00-05:00", "other"),
    ("Pfizer has no plans to withdraw the application, CEO Bourla says", "Reuters", "2025-03-03T10:00:00-05:00", "other"),
    # (guard) state media at the head is not a foreign scoop: an appointment it tells stays confirmed
    ("官方媒体：中石油总经理调任，新总经理已到岗", "新华社", "2025-03-03T10:00:00+08:00", "ceo_confirmed"),
])
def test_reads_kind(text, source, when, kind):
    assert read(text, source, when).kind == kind


def test_a_known_spokespersons_handle_answers_for_the_company():
    # Microsoft's head of communications (people.csv, role spokesperson)
    feed = [headline("Microsoft board said to weigh replacing Satya Nadella, people familiar say", "Bloomberg",
                     "2024-05-06T09:00:00-04:00", 1),
            headline("This is false.", "X @fxshaw", "2024-05-06T11:30:00-04:00", 2)]
    _, answer = read_feed(feed, stage="rules")
    assert (answer.kind, answer.ticker) == ("denial", "MSFT") and "Frank Shaw" in answer.link, answer


# --- second cycle, read from rounds 111-116 (scored once at 15:18 UTC on b840482; rounds 117-120 frozen before
# these changes): a US symbol in brackets after a name ("Insulet(PODD) CEO", "优先银行(PFBC)的") names the company;
# the seat kept with its other titles ("continues as chairman and CEO", "remains our President and CEO", "is and
# will remain our Chairman and CEO"; not "Y to continue as chair and CEO" beside X's exit); a company at the head
# of a flash saying its CEO stays ("宁德时代：曾毓群继续担任…") is its answer, not a reappointment or another seat
# filled; the board's support in quotes ("board's 'full support'").
@pytest.mark.parametrize("text, source, when, kind, ticker", [
    ("传Bumble(BMBL)CEO将离任，董事会已在物色人选", "华尔街见闻", "2024-03-01T10:00:00+08:00", "ceo_rumor", "BMBL"),
    ("传Chegg(CHGG)首席执行官将离职，股价盘前跌5%", "新浪美股", "2024-03-01T10:00:00+08:00", "ceo_rumor", "CHGG"),
    ("Caterpillar says Jim Umpleby continues as chairman and CEO, declines to comment on speculation", "Reuters",
     "2024-03-01T10:00:00-05:00", "denial", "CAT"),
    ("Nokia: Suri remains our president and CEO, no comment on speculation", "Reuters", "2019-03-01T10:00:00-05:00",
     "denial", "NOK"),
    ("Macy's says Tony Spring has the board's 'unwavering support'", "Reuters", "2024-03-01T10:00:00-05:00",
     "denial", "M"),
    ("小米集团：雷军继续担任董事长兼CEO", "财联社", "2024-03-01T10:00:00+08:00", "denial", ""),
    # (guards) an exit beside the one who continues; a reappointment; another seat filled while the CEO continues
    ("Salesforce: Bret Taylor to step down as co-CEO; Marc Benioff to continue as chair and CEO", "Reuters",
     "2022-11-30T16:30:00-05:00", "ceo_confirmed", "CRM"),
    ("美的集团：方洪波连任董事长兼总裁", "财联社", "2024-03-01T10:00:00+08:00", "other", "000333.SZ"),
    ("小鹏汽车：委任王凤英为总裁，何小鹏继续担任董事长兼CEO", "财联社", "2024-03-01T10:00:00+08:00", "other", "XPEV"),
    # (guard) an abbreviation in brackets is no symbol
    ("人工智能(AI)将取代一半白领，微软CEO纳德拉称", "新浪科技", "2024-03-01T10:00:00+08:00", "other", "MSFT"),
    # (guards, from a review of this cycle's first version: a helper's hand-written probes, blind to the evaluation
    # sets) a home-market symbol that is another issuer's US ticker; a hand-over "until then"; a bare comma between
    # clauses; a company at the head announcing its board's election or approval; the board's support lost
    ("Hargreaves Lansdown (HL) chief executive Chris Hill to leave - sources", "Reuters", "2024-03-01T10:00:00+00:00",
     "ceo_rumor", ""),
    ("上汽集团(SAIC)总裁传将离任", "财联社", "2024-03-01T10:00:00+08:00", "ceo_rumor", ""),
    ("Boeing's Calhoun to step down at year-end; will remain our chairman and CEO until then", "Reuters",
     "2024-03-25T10:00:00-04:00", "ceo_confirmed", "BA"),
    ("Starbucks: Schultz continues as chairman, CEO Narasimhan to leave", "Reuters", "2024-03-01T10:00:00-05:00",
     "ceo_confirmed", "SBUX"),
    ("Citigroup: Fraser continues as chair and CEO, board elects new lead director", "Reuters",
     "2024-03-01T10:00:00-05:00", "other", "C"),
    ("蔚来：董事会同意李斌留任首席执行官三年", "财联社", "2024-03-01T10:00:00+08:00", "other", "NIO"),
    ("Activist says Disney CEO no longer has the board's 'support'", "Reuters", "2024-03-01T10:00:00-05:00", "other", "DIS"),
])
def test_second_cycle(text, source, when, kind, ticker):
    test_reads(text, source, when, kind, ticker)  # the same reading and check as the first cycle's
