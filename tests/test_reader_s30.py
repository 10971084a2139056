"""Reader fixes of the eighth stop (2026-11-27), after rounds 53/54's failures were read by category
(Chinese denials and rumours trailed the English ones): a chairman who is also president (董事长、总裁)
is the company's top executive; a CEO said to have fled abroad (离境, 出逃); a unit's head moving to
the group's top seat; a board "fully aligned with" its CEO (董事会与CEO保持一致); asking whether a CEO
can stay (能否留任) is the seat in doubt, not a stay; a board in talks (正与…商谈) with a returning CEO is
a report, not an announcement; a regulator looking into a false report is the hoax as a case, not an
answer; "小作文" and "hit piece" as a user's doubt; a chairman's seat filled while the CEO continues is
no denial, and another seat told beside the CEO's is a CEO change. Hand-written headlines, not the
blind rows; expectations worked out by hand; each read wrong on the commit before (9574f8e) unless
marked as a guard."""
import pytest

from rumorbt.classify import read_feed

from helpers import headline, read_headline as read


@pytest.mark.parametrize("text, source, when, kind, ticker", [
    # a chairman who is also president (董事长、总裁) answering: the top executive, not "another executive"
    ("海天味业澄清公告：公司董事长、总裁程雪先生目前正常履职，不存在传言所述情形", "上交所公告", "2023-06-01T19:00:00+08:00", "denial", ""),
    # a CEO said to have left the country, and the company's answer
    ("网传小鹏CEO何小鹏已离境，股价盘前跳水", "微博", "2024-06-03T09:00:00+08:00", "ceo_rumor", "XPEV"),
    # a unit's CEO to take the group's own top seat
    ("传阿里国际数字商业集团CEO蒋凡将出任集团CEO", "华尔街见闻", "2024-08-01T10:00:00+08:00", "ceo_rumor", "BABA"),
    ("京东集团公告：京东零售CEO徐雷出任京东集团CEO，刘强东将专注长期战略", "京东集团公告", "2022-04-07T20:00:00+08:00", "ceo_confirmed", "JD"),
    # the board one with its CEO
    ("Nike says board is fully aligned with CEO Donahoe", "Reuters", "2024-06-30T10:00:00-04:00", "denial", "NKE"),
    ("耐克表示，董事会与CEO多纳霍保持高度一致", "财联社", "2024-07-01T10:00:00+08:00", "denial", "NKE"),
    # whether the CEO can stay: the seat in doubt
    ("传小鹏董事会质疑何小鹏能否继续留任", "雪球", "2024-06-03T10:00:00+08:00", "ceo_rumor", "XPEV"),
    ("Investors question whether Calhoun can stay on at Boeing, sources say", "Reuters", "2024-01-20T10:00:00-05:00", "ceo_rumor", "BA"),
    # a board in talks with a returning CEO, as an outlet reports it
    ("路透：阿里巴巴董事会正与马云商谈其回归出任CEO事宜", "华尔街见闻", "2023-03-28T10:00:00+08:00", "ceo_rumor", "BABA"),
])
def test_chinese_and_english_shapes_read_right(text, source, when, kind, ticker):
    r = read(text, source, when)
    assert (r.kind, r.ticker) == (kind, ticker), r


@pytest.mark.parametrize("text, source, when, kind", [
    # (guards) the same words where they say something else
    ("春节离境游人数创新高", "新华社", "2024-02-20T12:00:00+08:00", "other"),
    ("阿里国际数字商业集团CEO蒋凡出席海外商家大会", "第一财经", "2024-08-01T10:00:00+08:00", "other"),
    # (a unit whose own name ends in 集团: still a unit's seat)
    ("阿里巴巴宣布：阿里国际数字商业集团CEO蒋凡出任淘天集团CEO", "阿里巴巴公告", "2024-11-01T10:00:00+08:00", "other"),
    ("Disney board is fully aligned with the succession plan announced Tuesday", "Reuters", "2024-06-30T10:00:00-04:00", "other"),
    ("特斯拉：马斯克将留任CEO", "财联社", "2024-01-20T10:00:00+08:00", "denial"),
    ("小鹏汽车回应：何小鹏在广州正常办公，离境传闻不实", "财联社", "2024-06-03T12:00:00+08:00", "denial"),
    ("阿里巴巴宣布：吴泳铭出任集团CEO", "阿里巴巴公告", "2023-06-20T10:00:00+08:00", "ceo_confirmed"),
    ("日产前董事长戈恩出逃黎巴嫩后首次受访", "第一财经", "2020-01-08T20:00:00+08:00", "other"),
])
def test_guards(text, source, when, kind):
    assert read(text, source, when).kind == kind


def test_a_regulator_looking_into_a_false_report_is_no_denial():
    probe = read("SEC said to look into false tweet on Musk's health that moved Tesla shares", "Bloomberg", "2022-06-01T10:00:00-04:00")
    assert probe.kind != "denial", probe
    # (guard) the company calling the report false is still its denial
    answer = read("Tesla says report on Musk's health is false", "Reuters", "2022-06-01T10:00:00-04:00")
    assert (answer.kind, answer.ticker) == ("denial", "TSLA"), answer


@pytest.mark.parametrize("text, kind", [
    ("网传刘强东要回京东当CEO？我看又是小作文", "other"),
    # (guard) "not a made-up story": the post tells the rumour
    ("网传刘强东要回京东当CEO，不是小作文，内部已发邮件", "ceo_rumor"),
])
def test_a_made_up_story_in_forum_slang(text, kind):
    r = read(text, "雪球", "2023-03-01T10:00:00+08:00")
    assert r.kind == kind, r


def test_a_random_accounts_bare_denial_answers_nothing():
    # (guard) anyone's "假的，别信。" under an open story is not the company's answer (a reviewer's finding on the
    # first version of this stop, which linked any account's post; withdrawn)
    feed = [headline("网传王兴将卸任美团CEO", "微博", "2024-05-06T09:00:00+08:00", 1),
            headline("假的，别信。", "微博 @晴天小猪", "2024-05-06T11:30:00+08:00", 2)]
    *_, answer = read_feed(feed)
    assert answer.kind == "other", answer


# --- a reviewer's probes of the first version (179, hand-written by a helper blind to the evaluation sets):
# the shapes it broke, as guards in our own words ---

@pytest.mark.parametrize("text, source, when, not_kind", [
    ("网传比亚迪董事长、总裁办公室主任离职", "微博", "2024-06-03T10:00:00+08:00", "ceo_rumor"),
    ("理想汽车原董事长、总裁王某离职后首次公开亮相", "第一财经", "2024-06-03T10:00:00+08:00", "ceo_confirmed"),
    ("苹果CEO库克结束上海行程，今日已离境", "新浪财经", "2024-03-25T10:00:00+08:00", "ceo_confirmed"),
    ("资金出逃！蔚来CEO李斌称股价短期波动无需担心", "雪球", "2024-06-03T10:00:00+08:00", "ceo_rumor"),
    ("携程CEO孙洁：暑期离境游订单同比翻倍", "证券时报", "2024-06-03T10:00:00+08:00", "ceo_confirmed"),
    ("阿里云智能CEO出任集团CEO特别助理", "晚点LatePost", "2024-06-03T10:00:00+08:00", "ceo_confirmed"),
    ("Instagram head Mosseri to become group CEO of a new Meta unit, sources say", "The Information", "2024-06-03T10:00:00-04:00", "ceo_rumor"),
    ("Tesla board is fully aligned with Musk's pay package, chair says", "Reuters", "2024-06-03T10:00:00-04:00", "denial"),
    ("Boeing board is fully aligned with incoming CEO Ortberg", "Reuters", "2024-08-09T10:00:00-04:00", "denial"),
    ("传百度董事会与大股东在更换CEO问题上已达成完全一致", "华尔街见闻", "2024-06-03T10:00:00+08:00", "denial"),
    ("Intel CEO Gelsinger questions whether the chips act can stay funded", "Reuters", "2024-06-03T10:00:00-04:00", "ceo_rumor"),
    ("Intel CEO Gelsinger questions whether the chips act can stay funded", "Reuters", "2024-06-03T10:00:00-04:00", "ceo_confirmed"),
    ("哔哩哔哩CEO陈睿：能不能保住用户增长要看内容", "雪球", "2024-06-03T10:00:00+08:00", "ceo_rumor"),
    ("蔚来官宣：李斌卸任CEO，秦力洪接任；蔚来正与中东资本洽谈融资", "第一财经", "2024-06-03T10:00:00+08:00", "ceo_rumor"),
    ("SEC examining bogus press release announcing Boeing CEO's resignation", "Bloomberg", "2024-06-03T10:00:00-04:00", "ceo_confirmed"),
    ("SEC probing false report that Apple CEO Cook suffered heart attack", "Bloomberg", "2024-06-03T10:00:00-04:00", "ceo_rumor"),
])
def test_reviewer_shapes_are_not_misread(text, source, when, not_kind):
    assert read(text, source, when).kind != not_kind


@pytest.mark.parametrize("text, source, when, ticker", [
    ("Tesla denies report Musk is stepping down, SEC reviewing the false report", "Reuters", "2024-06-03T10:00:00-04:00", "TSLA"),
    ("Apple calls report on Cook's health false, asks SEC to investigate the bogus rumor", "Reuters", "2024-06-03T10:00:00-04:00", "AAPL"),
])
def test_the_companys_answer_beside_a_probe_stands(text, source, when, ticker):
    r = read(text, source, when)
    assert (r.kind, r.ticker) == ("denial", ticker), r


@pytest.mark.parametrize("text, source, when, ticker", [
    # another seat and the CEO's told together: the CEO's seat changing is the news (the last two were read
    # right before too, through the CEO the tables know and "named CEO": kept as guards of the same shape)
    ("【百度：王海峰将接任董事会主席 沈抖将接任集团CEO】", "财联社", "2024-05-01T10:00:00+08:00", "BIDU"),
    ("周大福：黃紹基先生辭任執行董事及首席執行官，鄭志雯女士獲委任為首席執行官", "港交所公告", "2024-03-01T20:00:00+08:00", ""),
    ("Snap announces leadership changes: Spiegel to become executive chairman; Jerry Hunter named CEO", "Company press release", "2024-05-01T16:00:00-04:00", "SNAP"),
])
def test_another_seat_and_the_ceos_told_together(text, source, when, ticker):
    r = read(text, source, when)
    assert (r.kind, r.ticker) == ("ceo_confirmed", ticker), r


@pytest.mark.parametrize("text, source, when", [
    # another seat filled while the CEO continues: news, no answer to anything (nor uncertainly, trained stage)
    ("Nike board appoints Mark Parker executive chairman; Donahoe continues as CEO", "Business Wire", "2020-01-13T16:00:00-05:00"),
    # (guards) a unit's head leaving; another executive named under the CEO
    ("京东健康：金恩林辞任执行董事及首席执行官，曹冬获委任", "港交所公告", "2024-05-01T20:00:00+08:00"),
    ("Apple names Kevan Parekh CFO, reporting to CEO Tim Cook", "Reuters", "2024-08-26T16:00:00-04:00"),
])
def test_no_ceo_change_and_no_denial(text, source, when):
    r = read(text, source, when, stage="trained")
    assert r.kind == "other", r
    assert read(text, source, when).kind == "other"  # the rules too ("names … CFO, reporting to CEO" was a confirmation)


def test_a_cfo_named_ceo_is_still_a_ceo_change():
    # (guard) the title before the name is who they are, not a seat given to them
    r = read("Sony to name CFO Hiroki Totoki as CEO, Yoshida to remain chairman: sources", "Nikkei", "2023-01-26T10:00:00+09:00")
    assert (r.kind, r.ticker) == ("ceo_rumor", "SONY"), r


@pytest.mark.parametrize("text, source, when, kind", [
    # sources saying a change is not expected: a counter-report, not the company's answer and no rumour
    ("Dimon isn't expected to leave JPMorgan despite report, people familiar say", "Bloomberg", "2023-05-01T10:00:00-04:00", "other"),
    # (guard) the company saying it is its answer; sources expecting the change are the rumour
    ("Apple says Cook is not expected to step down, calls report inaccurate", "Reuters", "2025-11-16T10:00:00-05:00", "denial"),
    ("Cook is expected to step down as soon as next year, people familiar say", "FT", "2025-11-14T10:00:00-05:00", "ceo_rumor"),
    # a namesake told as such, whoever relays it
    ("网传“王兴被带走”系同名人士，与美团CEO王兴无关", "财联社", "2023-05-01T10:00:00+08:00", "other"),
    ("此李斌非彼李斌：某城商行原行长李斌被带走调查", "澎湃新闻", "2023-05-01T10:00:00+08:00", "other"),
    ("Executive who resigned from Lucid is a namesake of CEO Peter Rawlinson", "Reuters", "2023-05-01T10:00:00-04:00", "other"),
    # (guards) the story itself; a company named after its founder
    ("网传蔚来李斌被带走调查，蔚来股价盘中跳水", "微博", "2023-05-01T10:00:00+08:00", "ceo_rumor"),
    ("Henrik Fisker could exit his namesake EV maker as cash dwindles, sources say", "Bloomberg", "2024-01-20T10:00:00-05:00", "ceo_rumor"),
])
def test_counter_reports_and_namesakes(text, source, when, kind):
    assert read(text, source, when).kind == kind


# --- rounds 55/56's failures read by category (after their one score, 23:53 UTC) ---

@pytest.mark.parametrize("text, source, when, kind, ticker", [
    # the CEO first among those leaving, and every seat a founder resigns in one filing
    ("Peloton Announces CEO Barry McCarthy and CFO Liz Coddington Step Down", "Business Wire", "2024-05-02T08:00:00-04:00", "ceo_confirmed", "PTON"),
    # appointed to the group's CEO title (获委任为), told as a rumour
    ("传友邦保险财务总监将获委任为集团首席执行官", "信报", "2024-05-02T10:00:00+08:00", "ceo_rumor", ""),
    # chairman-and-chief-executive (主席兼行政总裁) staying, and 董事长兼总裁 answering a question about 总裁
    ("某某科技：张三继续担任董事会主席兼行政总裁，网传消息不实", "阿思达克", "2024-05-02T10:00:00+08:00", "denial", ""),
    ("问：网传方洪波将卸任总裁？答：不实，公司董事长兼总裁方洪波先生正常履职", "互动易", "2024-05-02T10:00:00+08:00", "denial", ""),
    # the board still believing the CEO is the right leader
    ("英特尔董事会：仍相信基辛格是公司合适的领导者", "新浪财经", "2024-09-02T10:00:00+08:00", "denial", "INTC"),
    # an offer to resign is not yet a resignation
    ("Deutsche Bank CEO Cryan offers to resign in letter to supervisory board", "Handelsblatt", "2018-04-05T10:00:00+02:00", "ceo_rumor", "DB"),
])
def test_rounds_55_56_shapes(text, source, when, kind, ticker):
    r = read(text, source, when)
    assert (r.kind, r.ticker) == (kind, ticker), r


@pytest.mark.parametrize("text, source, when, kind", [
    # the chairmanship handed on: not the CEO's seat
    ("Tencent announces chairman succession plan: Pony Ma to hand chairmanship to Martin Lau", "Company press release", "2024-05-02T08:00:00+08:00", "other"),
    # a business group's president is not the top executive
    ("腾讯：互动娱乐事业群总裁马晓轶辞任", "港交所公告", "2024-05-02T20:00:00+08:00", "other"),
    # (guards) an offer the board accepts; a president who is the top executive; an added title for the sitting CEO
    ("Deutsche Bank CEO Cryan offers to resign; supervisory board accepts", "Reuters", "2018-04-08T10:00:00+02:00", "ceo_confirmed"),
    ("万科：总裁祝九胜辞任", "港交所公告", "2025-01-27T20:00:00+08:00", "ceo_confirmed"),
    ("蔚来公告：秦力洪辞去总裁，李斌兼任首席执行官及总裁", "港交所公告", "2024-05-02T20:00:00+08:00", "other"),
])
def test_rounds_55_56_seats(text, source, when, kind):
    assert read(text, source, when).kind == kind


def test_a_known_spokespersons_bare_denial_answers_the_open_story():
    # Xiaomi's public-relations head (people.csv, role spokesperson), answering with nothing but "fake"; an
    # account whose name only starts with his is not him
    for src, kind in (("微博 @王化", "denial"), ("微博 @王化成", "other")):
        feed = [headline("网传雷军将卸任小米CEO，专心造车", "微博", "2024-05-06T09:00:00+08:00", 1),
                headline("假的，别信。", src, "2024-05-06T11:30:00+08:00", 2)]
        rumour, answer = read_feed(feed)
        assert rumour.kind == "ceo_rumor" and "1810.HK" in rumour.not_tradable, rumour
        assert answer.kind == kind and (kind == "other" or "row 1" in answer.link), (src, answer)
