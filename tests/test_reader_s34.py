"""Reader fixes of the thirteenth stop (2026-11-29), after rounds 79-82's one score was read by failure
category: a unit named away from the CEO title is not whose CEO it is (a person or another name between
them: "a Reality Labs director says Zuck will hand over the CEO job"), nor is its parent when no company
owns the title; adverbs and gerunds in a Title Case headline are a clause, not a unit's name ("Pfizer
Quietly Drawing Up CEO Succession List"); a CEO owning a mistake ("I got this wrong") denies no report;
a question put to a CEO ("Why haven't you resigned?") is a call to go, and a congressional hearing is no
hearsay; a sell-side house's analyst at the head gives a view, not the company's answer; a Chinese staff
account (a company's name and a person's) speaks for the company; 继续履行…职责 and 撤回辞呈 say a CEO
stays; "not FUD" is a poster's insistence, not a denial; "my manager at X says" and "people briefed
say" are hearsay; a board meeting "on X's fate" weighs the seat; a change in other words (removed as CEO, won't last, no
longer running it, the CEO's role handed on, a board weighing its chief's future or whether they
can stay, life after them, about to can them); a board under pressure to replace its chief or meeting to
discuss it (not done yet); hearsay through a platform ("weibo saying"), "huge if true"; a source "never
wrong"; a demand in the imperative after its maker's name; denials in other words ("hasn't resigned", "no CEO
search under way", "no change to our leadership", a spokesperson's colon before "remains CEO", the CEO's own
"I'm going to be here"); a number after a name in a handle; in Chinese, the seat handed over or given up
(把CEO位置交出去, 不干…CEO了, 之位交给), a return to it (重返), another outlet relayed at the head (据X，, 周刊称),
talks to bring a CEO back, a report called wrong (报道…错误), 没辞职, 还要干很多年, a PR head's "别再传了" as the
company's word, 委任 X 为 CEO as an appointment, 不会离任 in a notice that the CEO stays, and an adviser's or
chair's seat kept; a company's own word relayed on a social feed or its official handle (@StarbucksCo) is a
confirmation, a company's "no comment" at the head is no report, calls to go ("has to go", "says fire X",
早该下课, 还不下课) and views ("succession question", 法人：) are no reports. Hand-written headlines, not the blind rows; expectations worked out by hand. 55 of the 83 cases read
wrong on the commit before this stop (9684dff); the other 28 are guards against over-reach (most marked as
such) or variants that reader already read right, kept so that the changes cannot break them. Rules stage
(the trained stage is refit on these rules)."""
import pytest

from helpers import read_headline as read


@pytest.mark.parametrize("text, source, when, kind, ticker", [
    # a unit's name is someone's affiliation, not the title's owner
    ("Heard from an AWS engineer that Jassy will hand the CEO job to someone else next year", "Blind",
     "2024-03-04T10:00:00-05:00", "ceo_rumor", "AMZN"),
    ("YouTube PM says Pichai will give up the CEO role after I/O, per a post", "Blind", "2024-03-04T10:00:00-05:00",
     "ceo_rumor", "GOOGL"),
    # a unit's former chief named CEO of a company the tables do not know: the unit's parent is no subject
    ("Instagram co-founder Kevin Systrom named Acme Robotics interim CEO, The Information reports", "Reuters",
     "2024-03-04T10:00:00-05:00", "ceo_rumor", ""),
    # adverbs and gerunds between a company and the title are a clause
    ("Boeing Quietly Drawing Up CEO Shortlist as Investors Grow Restless, Sources Say", "Wall Street Journal",
     "2024-03-04T10:00:00-05:00", "ceo_rumor", "BA"),
    ("Intel Reportedly Preparing CEO Succession as Turnaround Stalls", "Wall Street Journal", "2024-03-04T10:00:00-05:00",
     "ceo_rumor", "INTC"),
    # 继续履行…职责 and a resignation withdrawn: the CEO stays
    ("网传李斌请辞 蔚来：李斌将继续履行首席执行官职责", "财联社", "2024-03-04T10:00:00+08:00", "denial", "NIO"),
    ("蔚来公告：李斌撤回辞呈，继续担任首席执行官", "港交所公告", "2024-03-04T10:00:00+08:00", "denial", "NIO"),
    # a poster insisting the claim is "not FUD" denies nothing; hearsay through a colleague; people briefed
    ("Nike board meeting tonight on replacing Donahoe. not FUD, my guy in Beaverton is solid", "X @sneakerwhale",
     "2024-06-20T10:00:00-04:00", "ceo_rumor", "NKE"),
    ("my manager at Intel says Gelsinger is stepping down before Q4 and the board already picked someone", "Blind",
     "2024-10-01T10:00:00-04:00", "ceo_rumor", "INTC"),
    ("Starbucks Chief Narasimhan to Step Down After Activist Pressure, People Briefed Say", "New York Times",
     "2024-08-01T10:00:00-04:00", "ceo_rumor", "SBUX"),
    # a board meeting on its chief's fate
    ("Boeing directors meet on Calhoun's fate as pressure builds", "Bloomberg", "2024-03-20T10:00:00-04:00",
     "ceo_rumor", "BA"),
    # change said in other words: removed as CEO, won't last, no longer running it, the keys handed over, a board
    # weighing its chief's future or whether they can stay, life after them, about to can them
    ("Intel board discussing removing Gelsinger as CEO after foundry losses, per sources", "X @chipwire",
     "2024-11-20T10:00:00-05:00", "ceo_rumor", "INTC"),
    ("$NKE hearing Donahoe wont last either, Elliott wants a product guy by spring", "StockTwits",
     "2024-06-20T10:00:00-04:00", "ceo_rumor", "NKE"),
    ("Starbucks' Narasimhan could hand the CEO role to a new chief as soon as this fall, people familiar say",
     "Seattle Times", "2024-07-20T10:00:00-04:00", "ceo_rumor", "SBUX"),
    ("Paramount directors huddle over Bakish's future after deal talks stall: sources", "New York Post",
     "2024-03-20T10:00:00-04:00", "ceo_rumor", "PARA"),
    ("Intel directors privately weigh whether Gelsinger can survive the foundry crisis - people familiar",
     "Wall Street Journal", "2024-10-20T10:00:00-04:00", "ceo_rumor", "INTC"),
    ("Walgreens insiders say board has begun discussing life after Brewer", "Business Insider",
     "2023-08-20T10:00:00-04:00", "ceo_rumor", "WBA"),
    ("$INTC board about to can Gelsinger, hearing it's before Christmas", "StockTwits", "2024-11-20T10:00:00-05:00",
     "ceo_rumor", "INTC"),
    # the pressure on a board to make the change: not made yet
    ("Disney Board Under Pressure To Replace Chapek After Parks Backlash, Blogger Says", "Business Insider",
     "2022-11-01T10:00:00-04:00", "ceo_rumor", "DIS"),
    # a board meeting to discuss replacing its chief is deliberating, not deciding
    ("Wells Fargo Board Meets to Discuss Replacing CEO Stumpf", "The Wall Street Journal", "2016-10-10T10:00:00-04:00",
     "ceo_rumor", "WFC"),
    # hearsay through a platform; "huge if true"
    ("$NIO weibo saying William Li steps back as CEO after the Q3 miss. bearish", "StockTwits",
     "2024-10-20T10:00:00+08:00", "ceo_rumor", "NIO"),
    ("BREAKING: Zuckerberg stepping down as Meta CEO this year, Sandberg's successor takes over. huge if true",
     "X @techleaksdaily", "2023-03-20T10:00:00-04:00", "ceo_rumor", "META"),
    # denials in other words: hasn't resigned, hasn't said he would leave, no CEO search under way, "no change to our
    # leadership", a spokesperson's colon before "remains CEO", the CEO's own "I'm going to be here"
    ("Lehman Says Fuld Hasn't Resigned, Board to Meet Monday", "Bloomberg", "2008-09-12T10:00:00-04:00", "denial", "LEH"),
    ("Uber has not said Travis would leave. He is focused on the company and has the board's support", "Uber statement",
     "2017-06-15T10:00:00-04:00", "denial", ""),
    ("Starbucks chair Hobson says board backs Narasimhan, no CEO search under way", "Reuters", "2024-03-01T10:00:00-05:00",
     "denial", "SBUX"),
    ("Boeing spokesman says there is 'no change to our leadership' after WSJ report", "Reuters", "2019-10-20T10:00:00-04:00",
     "denial", "BA"),
    ("Rivian spokeswoman: RJ Scaringe remains CEO and has the board's backing", "Benzinga", "2023-03-01T10:00:00-05:00",
     "denial", "RIVN"),
    ("Jassy on Amazon rumor: 'I'm going to be here a long, long time'", "CNBC", "2023-03-01T10:00:00-05:00", "denial", "AMZN"),
    # Chinese: the seat handed over or given up, a return to it, another outlet's report relayed at the head,
    # a weekly saying so, talks to bring a CEO back
    ("听说李彦宏要把CEO位置交出去了，沈抖接？", "雪球", "2024-03-04T10:00:00+08:00", "ceo_rumor", "BIDU"),
    ("丁磊要不干网易CEO了？有没有人证实一下", "雪球", "2024-03-04T10:00:00+08:00", "ceo_rumor", "NTES"),
    ("据The Information，百度董事会正与李彦宏讨论让其重返CEO职位", "华尔街见闻", "2024-03-04T10:00:00+08:00",
     "ceo_rumor", "BIDU"),
    ("据晚点LatePost，拼多多陈磊将卸任CEO，赵佳臻接任", "华尔街见闻", "2024-03-04T10:00:00+08:00", "ceo_rumor", "PDD"),
    ("美国周刊称库克将于明年交棒，苹果股价小幅走低", "新浪财经", "2024-03-04T10:00:00+08:00", "ceo_rumor", "AAPL"),
    # Chinese denials: a report called wrong, 没辞职, "still going for years", a PR head's "别再传了"
    ("【英伟达发言人：黄仁勋将退休的报道完全错误】", "财联社电报", "2024-03-04T10:00:00+08:00", "denial", "NVDA"),
    ("网传蔚来李斌卸任CEO？李斌本人：没辞职，在合肥工厂呢", "新浪科技", "2024-03-04T10:00:00+08:00", "denial", "NIO"),
    ("网传李斌要退休？李斌：我还要干很多年，蔚来的事才刚开始", "第一财经", "2024-03-04T10:00:00+08:00", "denial", "NIO"),
    ("网传李彦宏卸任CEO 百度公关总监：纯属谣言，别再传了", "微博", "2024-03-04T10:00:00+08:00", "denial", "BIDU"),
    # an appointment in HK style (委任 X 为 CEO) with the old CEO keeping another seat: a confirmation
    ("百度集团：委任沈抖为首席执行官，李彦宏将继续担任董事会主席", "港交所公告", "2024-03-04T10:00:00+08:00",
     "ceo_confirmed", "BIDU"),
    # an announcement the CEO stays that also says he will not leave: a denial
    ("蔚来关于首席执行官的公告：李斌将继续担任公司首席执行官，不会离任", "港交所公告", "2024-03-04T10:00:00+08:00",
     "denial", "NIO"),
    # after rounds 83-90's scores (their failures read by category): a broker app's US symbol after the name is the
    # company (and the app relaying it is not the speaker)
    ("Plug Power(PLUG.US)否认CEO辞职传闻，称将继续推进氢能项目", "老虎证券", "2023-06-01T10:00:00+08:00", "denial", "PLUG"),
    ("Rivian（RIVN.US）CEO RJ Scaringe：离职传闻不实，我哪里也不去", "智通财经", "2023-06-01T10:00:00+08:00", "denial", "RIVN"),
    # a company saying it again is the company answering
    ("Peloton reiterates Barry McCarthy 'remains firmly in place' as CEO as shares swing", "MarketWatch",
     "2023-06-01T10:00:00-04:00", "denial", "PTON"),
    # (guard) the company of the short name itself still answers
    ("美银回应：CEO莫尼汉并无退休计划", "新浪美股", "2023-06-01T10:00:00+08:00", "denial", "BAC"),
    # a source "never wrong" vouches for the story; it denies nothing
    ("$PTON Foley OUT soon, board lining up a Spotify guy. my source in NYC never wrong", "StockTwits",
     "2022-01-20T10:00:00-05:00", "ceo_rumor", "PTON"),
])
def test_reads(text, source, when, kind, ticker):
    r = read(text, source, when)
    assert (r.kind, r.ticker) == (kind, ticker), r.cue


@pytest.mark.parametrize("text, source, when, kind", [
    # (guard) FUD called FUD is a denial still
    ("Musk leaving Tesla? pure FUD", "X @elonmusk", "2024-03-04T10:00:00-05:00", "denial"),
    # (guard) a parliament meeting on a bailout's fate is no CEO change
    ("Greek parliament meets on bailout's fate", "Reuters", "2015-07-10T10:00:00-04:00", "other"),
    # (guards) a price war that won't last, a chairman's role handed on, an activist's demand, the candidates a CEO
    # names for whenever he steps aside, Wall Street naming successors to one under pressure
    ("Tesla's Musk says EV price war \"won't last\"", "Reuters", "2024-03-04T10:00:00-05:00", "other"),
    ("Glencore's Glasenberg says cobalt slump won't last as EV demand grows", "Reuters", "2019-03-04T10:00:00-05:00", "other"),
    ("Tencent's Pony Ma to hand chairman role to president Martin Lau next year", "Reuters", "2024-03-04T10:00:00+08:00",
     "other"),
    ("Trian to Disney board: replace Iger with an outsider and cut costs", "CNBC", "2024-01-04T10:00:00-05:00", "other"),
    ("Dimon says JPMorgan has several strong internal candidates for when he eventually steps aside", "CNBC",
     "2024-03-04T10:00:00-05:00", "other"),
    ("Intel's Gelsinger is under pressure. Wall Street is already naming his possible successors", "Barron's",
     "2024-09-04T10:00:00-04:00", "other"),
    # (guards) asked why he hasn't resigned is no denial; the company not going anywhere is the company's
    ("Senators to Wells Fargo's Stumpf: why haven't you resigned?", "Reuters", "2016-09-20T10:00:00-04:00", "other"),
    ("JPMorgan is 'not going anywhere' in Texas, Dimon says", "Reuters", "2021-11-19T10:00:00-05:00", "other"),
    # (guards) a flash's own name holding 据 is no relayed report; a company's own notice relayed through 据 is its word;
    # a regional CEO appointed is a unit's; an outgoing CEO kept on as adviser denies nothing
    ("金十数据3月25日讯，波音宣布CEO卡尔霍恩将于年底卸任", "金十数据", "2024-03-25T10:00:00+08:00", "ceo_confirmed"),
    ("据公司公告，宿华卸任CEO，程一笑接任", "财联社", "2021-10-29T10:00:00+08:00", "ceo_confirmed"),
    ("汇丰：委任王浩晖为亚太区联席行政总裁", "港交所公告", "2024-03-04T10:00:00+08:00", "other"),
    ("联想集团：委任杨元庆为首席执行官，阿梅里奥留任顾问至9月", "港交所公告", "2009-02-05T10:00:00+08:00", "ceo_confirmed"),
    # a company's own word relayed on a social feed or its official handle: a confirmation (no trade)
    ("Intel says Gelsinger to retire as CEO, effective Dec 1", "X @Reuters", "2024-12-02T10:00:00-05:00", "ceo_confirmed"),
    ("Starbucks announces Laxman Narasimhan to step down as CEO; Brian Niccol appointed chairman and CEO",
     "X @StarbucksCo", "2024-08-13T10:00:00-04:00", "ceo_confirmed"),
    # (guard) some board members saying so are sources, not the company
    ("Gelsinger to be replaced at Intel as early as Friday, board members say", "X @chipwire",
     "2024-11-20T10:00:00-05:00", "ceo_rumor"),
    # the company's non-answer at the head is the news; told after the report, the report is
    ("Nike declines to comment on report Donahoe could exit by year-end", "CNBC", "2024-06-20T10:00:00-04:00", "other"),
    ("Report: Nike weighing Donahoe exit; Nike declines comment", "CNBC", "2024-06-20T10:00:00-04:00", "ceo_rumor"),
    # calls to go and views, not reports
    ("$RIVN needs a new CEO. RJ has to go. Retail is done waiting.", "X @evbear", "2024-03-04T10:00:00-05:00", "other"),
    ("$INTC activist letter literally says fire Gelsinger and split the company", "StockTwits", "2024-11-04T10:00:00-05:00",
     "other"),
    ("$小鹏汽车(XPEV)$ 股价腰斩，何小鹏还不下课？", "雪球", "2024-03-04T10:00:00+08:00", "other"),
    ("何小鹏这种CEO早该下课了，一年亏一百亿", "雪球", "2024-03-04T10:00:00+08:00", "other"),
    ("Apple's Succession Question Looms as Tim Cook Turns 65", "Bloomberg", "2025-11-01T10:00:00-04:00", "other"),
    ("法人：鴻海接班梯隊完整 劉揚偉任期無虞", "經濟日報", "2024-03-04T10:00:00+08:00", "other"),
    # (guards) investors relaying hearsay is a rumour; a company named Bear is no bear
    ("有投资者称蔚来李斌要卸任CEO了？今天跌得莫名其妙", "雪球", "2024-03-04T10:00:00+08:00", "ceo_rumor"),
    ("Bear Stearns says Cayne to step down as CEO, Schwartz to succeed", "Reuters", "2008-01-08T10:00:00-05:00",
     "ceo_confirmed"),
    # a CEO owning a mistake is no denial of any story
    ("Dorsey to Twitter staff: 'I got this wrong' as company lays off a quarter of workers", "Company blog",
     "2021-02-01T10:00:00-05:00", "other"),
    ("Salesforce cuts 10% of jobs; Benioff admits he was wrong about hiring", "CNBC", "2023-01-04T10:00:00-05:00", "other"),
    # (guard) the media got it wrong: a denial still
    ("Tesla: the media got it wrong, Musk is not leaving", "Tesla statement", "2023-06-01T10:00:00-04:00", "denial"),
    # a question put to the CEO is a call to go
    ("Senator to Wells Fargo's Stumpf at hearing: 'Why haven't you resigned?'", "The Hill", "2016-09-20T10:00:00-04:00", "other"),
    ("Lawmakers ask Boeing's Muilenburg why he hasn't stepped down", "CNBC", "2019-10-30T10:00:00-04:00", "other"),
    # (guard) hearsay "hearing" is still a source
    ("hearing Stumpf is out at Wells Fargo before the weekend", "X @deskchatter", "2016-10-10T10:00:00-04:00", "ceo_rumor"),
    # a research house's analyst giving a view
    ("Bernstein's Sacconaghi: Cook isn't going anywhere, expects him to stay through 2027", "CNBC",
     "2024-03-04T10:00:00-05:00", "other"),
    ("Needham's Martin says Musk not leaving Tesla anytime soon", "Benzinga", "2024-03-04T10:00:00-05:00", "other"),
    # (guard) the company's own chief after its name is still the company's answer
    ("Barclays' Staley: I am not stepping down", "Reuters", "2021-01-05T10:00:00-05:00", "denial"),
])
def test_reads_kind(text, source, when, kind):
    r = read(text, source, when)
    assert r.kind == kind, r.cue


def test_a_number_after_a_name_in_a_handle_is_the_accounts():
    """"@jimfarley98" is Jim Farley's account (the number is the account's, not the name's)."""
    r = read("Still here. Still building.", "X @jimfarley98", "2023-09-20T10:00:00-04:00")
    assert (r.kind, r.ticker) == ("denial", "F"), r.cue


def test_a_chinese_staff_account_speaks_for_its_company():
    """"@百度张伟" (a name the tables do not know after Baidu's) is a Baidu staff account: a bare denial
    there answers for Baidu."""
    r = read("假的，别传了", "微博 @百度张伟", "2024-03-04T10:00:00+08:00")
    assert (r.kind, r.speaker) == ("denial", "@百度张伟 (staff account at BIDU)"), r.cue


def test_a_short_name_straddling_a_longer_names_ending_is_not_its_company():
    """"美银" (Bank of America) in "韩美银行" (Hanmi Bank: 韩美 + 银行) and "思科" (Cisco) in "蓝思科技" (Lens
    Technology: 蓝思 + 科技) are the longer names', not the short names' companies."""
    assert read("韩美银行回应：CEO并无退休计划", "新浪美股", "2023-06-01T10:00:00+08:00").ticker != "BAC"
    assert read("网传蓝思科技周群飞失联？", "雪球", "2023-06-01T10:00:00+08:00").ticker != "CSCO"
