"""Reader fixes of the fourteenth stop (2026-11-29), after rounds 83-94's scores were read by failure
category: a source that is only a company's name (a broker's app: "Webull", "Robinhood", "老虎证券") speaks
for that company alone, and tells of another company's CEO as an outlet relaying the news does (no
confirmation of its own); a verdict after a name in a social post ("jack OUT per faber", "Davis out after
the data") or a Title Case flash ("Thompson Out, Levinsohn In") is a change, "out of", "out with", "out in"
are not; in Chinese, the seat taken away in talk (被拿掉, 被董事会请走, 开掉, 逼…走), a term not renewed
(难续约, 放弃连任), the seat shaken or changing hands (帅位…动摇, 之位…易主), blame taken (引咎), a CEO
search (CEO遴选); 社长 and 代表理事 (Japanese and Korean companies' chief executive; not a paper's 社长, nor
副社长 or 前社长); "并无…辞职的决定" denies; a new chief named and speaking ("新任社长X：", "new CEO X says")
moves no seat; "why he has not resigned" is a call to go, not a denial; and, read from rounds 95-98 (the
second cycle): the month May is no hedge, 传 inside a name (传奇) no hearsay, appointments to 社长/行长, 逼退,
未有辞任, "said close to", "settle on X as chief", "clarifies market rumors", an acting chief continuing, a
Chinese no-comment on a report, fact-checkers' debunks, a denial of meddling. Hand-written headlines, not the
blind rows; expectations worked out by hand. 31 of the 56 cases read wrong on the commit before this stop
(b9da369); the other 25 are guards against over-reach (marked as such; twelve from a review of the rules
of both cycles) or variants read right already. Rules
stage (the trained stage is refit on these rules)."""
import pytest

from helpers import read_headline as read


@pytest.mark.parametrize("text, source, when, kind, ticker", [
    # a broker's news tab relaying another company's story: hedged, so a rumour; a filing-like story stays confirmed
    ("NVDA dips late; report says board has begun sounding out successors for Jensen Huang", "Webull",
     "2024-05-01T16:10:00-04:00", "ceo_rumor", "NVDA"),
    ("Snap reportedly weighing replacing Evan Spiegel as CEO, tech blog says", "Robinhood",
     "2024-05-01T10:00:00-04:00", "ceo_rumor", "SNAP"),
    ("网传蔚来李斌将卸任CEO，蔚来(NIO.US)盘前跌2%", "老虎证券", "2024-05-01T20:00:00+08:00", "ceo_rumor", "NIO"),
    # (guard) the broker's own news is its own word; a bare denial on its own channel is its own
    ("Robinhood CEO Vlad Tenev to step down; board names successor", "Robinhood", "2024-05-01T16:10:00-04:00",
     "ceo_confirmed", "HOOD"),
    ("Fake news.", "Webull", "2024-05-01T16:10:00-04:00", "denial", "BULL"),
    # a verdict after a name in a social post or a Title Case flash
    ("$PTON halted?? mccarthy OUT per cnbc, board picking an interim lol", "StockTwits", "2023-03-01T10:00:00-05:00",
     "ceo_rumor", "PTON"),
    ("Peloton CEO Barry McCarthy Out, Board Already Lining Up Interim, Sources Say", "Business Insider",
     "2023-03-01T10:00:00-05:00", "ceo_rumor", "PTON"),
    # in Chinese: the seat taken away in talk, a term not renewed, the seat shaken, blame taken, a CEO search
    ("听说李斌下个月就要被董事会请走了，蔚来这次真的要变天", "雪球", "2024-05-01T20:00:00+08:00", "ceo_rumor", "NIO"),
    ("网传何小鹏将被拿掉CEO职务，小鹏汽车股价跳水", "股吧", "2024-05-01T20:00:00+08:00", "ceo_rumor", "XPEV"),
    ("传特斯拉董事会对马斯克不满，马斯克恐难续约", "华尔街见闻", "2024-05-01T20:00:00+08:00", "ceo_rumor", "TSLA"),
    ("英特尔亏损扩大，基辛格帅位传动摇", "FT中文网", "2024-05-01T20:00:00+08:00", "ceo_rumor", "INTC"),
    ("知情人士：波音已启动CEO遴选，卡尔霍恩之位或将易主", "财联社", "2024-01-10T20:00:00+08:00", "ceo_rumor", "BA"),
    # 社长 of a Japanese company; "并无…辞职的决定" from the company
    ("传索尼集团社长十时裕树将引咎辞职", "日经中文网", "2024-05-01T20:00:00+08:00", "ceo_rumor", "SONY"),
    ("索尼：目前并无社长辞职的决定", "日经中文网", "2024-05-01T21:00:00+08:00", "denial", "SONY"),
    ("百度：目前并无CEO辞职的决定，李彦宏正常工作", "财联社", "2024-05-01T21:00:00+08:00", "denial", "BIDU"),
    # the company (at the head, or a board member) saying there are no plans to replace its CEO
    ("Intel says it has no plans to replace Gelsinger as chief executive", "Reuters", "2024-08-05T10:00:00-04:00",
     "denial", "INTC"),
    ("Nike board member says no move under way to replace Donahoe", "Bloomberg", "2024-08-05T10:00:00-04:00",
     "denial", "NKE"),
    # in Chinese, a rumour called false beside the boss it was about, who is at work (no change word in sight)
    ("别信谣言，李总每天都在公司开会", "微博", "2024-05-01T20:00:00+08:00", "denial", ""),
    ("关于刘总的网传消息纯属捏造，请大家不信谣不传谣", "微信公众号", "2024-05-01T20:00:00+08:00", "denial", ""),
    # pressure from someone named before what it presses for: the change pressed for, not made
    ("Boeing CEO Calhoun under pressure from airlines to step down, people familiar say", "Bloomberg",
     "2024-03-20T10:00:00-04:00", "ceo_rumor", "BA"),
    # (second cycle, read from rounds 95-98) the month May is no hedge; 传 inside a name (传奇) is no hearsay
    ("NIKE SAYS ELLIOTT HILL TO SUCCEED JOHN DONAHOE AS CEO, EFFECTIVE MAY 14", "Reuters", "2024-09-19T16:00:00-04:00",
     "ceo_confirmed", "NKE"),
    ("传奇影业官方宣布：CEO卸任，由董事长暂代", "新浪财经", "2016-01-15T10:00:00+08:00", "ceo_confirmed", ""),
    # appointments to 行长 / 社长; 逼退; 未有辞任 from the company; "said close to"; "settle on X as chief"
    ("丰田任命佐藤恒治为社长", "日经中文网", "2023-01-26T10:00:00+08:00", "ceo_confirmed", "TM"),
    ("传特斯拉董事会将逼退马斯克", "雪球", "2018-09-28T10:00:00+08:00", "ceo_rumor", "TSLA"),
    ("特斯拉：马斯克未有辞任行政总裁", "明报", "2018-09-28T12:00:00+08:00", "denial", "TSLA"),
    ("Boeing Said Close to Naming Ortberg as CEO", "Dow Jones Newswires", "2024-07-30T10:00:00-04:00", "ceo_rumor", "BA"),
    ("Intel Board Said to Settle on Lip-Bu Tan as Chief", "DealBook", "2025-03-10T10:00:00-04:00", "ceo_rumor", "INTC"),
    # a company clarifying market rumours, its CEO continuing
    ("Nio Inc. Clarifies Market Rumors; William Li Continues to Serve as Chief Executive Officer", "Company press release",
     "2024-03-04T08:00:00-05:00", "denial", "NIO"),
])
def test_reads(text, source, when, kind, ticker):
    r = read(text, source, when)
    assert (r.kind, r.ticker) == (kind, ticker), r.cue


@pytest.mark.parametrize("text, source, when, kind", [
    # "why he has not resigned": a question put as a call to go, not the CEO's denial
    ("Lawmakers press Boeing's Calhoun on why he has not resigned after door-plug blowout", "Reuters",
     "2024-06-18T10:00:00-04:00", "other"),
    # (guard) a company saying its CEO has not resigned still denies
    ("Boeing says Calhoun has not resigned, calls report false", "Reuters", "2024-06-18T10:00:00-04:00", "denial"),
    # (guards) "out of", "out with", "out in": no verdict on a seat
    ("Tesla's Musk out of hospital after minor procedure", "Reuters", "2023-06-01T10:00:00-04:00", "other"),
    ("Apple's Cook out with a new iPad lineup", "Reuters", "2023-06-01T10:00:00-04:00", "other"),
    # a new chief named and speaking about the business: the seat does not move
    ("Boeing's new CEO Ortberg says fixing the culture comes first", "Reuters", "2024-09-25T10:00:00-04:00", "other"),
    ("丰田新任社长佐藤恒治：电动化转型是首要任务", "日经中文网", "2023-04-07T10:00:00+08:00", "other"),
    # (guards) a paper's 社长 and a vice-president (副社长) are no company's chief executive
    ("人民日报社社长将调任", "澎湃新闻", "2023-04-07T10:00:00+08:00", "other"),
    ("软银集团副社长将退任", "日经中文网", "2023-04-07T10:00:00+08:00", "other"),
    # (guard) a new CEO named in a company's announcement with the predecessor going is still the change
    ("波音新任CEO奥特伯格：将接替卡尔霍恩", "财新", "2024-08-01T10:00:00+08:00", "ceo_confirmed"),
    # (guards) an activist not seeking a change is no company's denial; a company calling another story false
    ("Elliott takes Pepsi stake, says it is not seeking to replace Laguarta", "Reuters", "2024-09-03T10:00:00-04:00",
     "other"),
    ("海天味业：网传产品提价消息不实，生产经营一切正常", "财联社", "2024-05-01T20:00:00+08:00", "other"),
    # (guard) pressure to do something other than leave
    ("Intel CEO under pressure from investors to sell the foundry unit", "Reuters", "2024-08-05T10:00:00-04:00", "other"),
    # (second cycle) an acting chief continuing after a death is no denial; a company's "no comment" on a report in
    # Chinese; fact-checkers calling a post doctored; a denial of meddling
    ("Company says CEO Hunter Harrison has died; Foote to continue as acting chief executive", "CSX press release",
     "2017-12-16T10:00:00-05:00", "ceo_confirmed"),
    ("波音对CEO离任报道不予置评", "第一财经", "2024-03-01T10:00:00+08:00", "other"),
    ("Video claiming Tim Cook resigned was fake, fact-checkers say", "AFP", "2024-03-01T10:00:00-05:00", "other"),
    ("Petrobras chairman says the board acted on merit, denies political meddling", "Reuters",
     "2024-03-01T10:00:00-05:00", "other"),
    # (guards from a review of the two cycles' rules, each read wrong by an earlier draft of them): a clarification
    # that confirms; "no plans to change" a strategy after a CEO's exit; "This May Be"; 我国 and 资金总规模; a throne
    # that will not change hands; forcing out rivals; staff leaving; "may not survive as CEO X bets"; "said close to
    # 150"; an assistant to the general manager; why a named CEO hasn't resigned
    ("Nio clarifies media rumours, confirms William Li to step down as CEO", "Reuters", "2024-03-01T10:00:00-05:00",
     "ceo_rumor"),
    ("Nike says it has no plans to change its strategy after CEO Donahoe's exit", "Reuters", "2024-03-01T10:00:00-05:00",
     "ceo_confirmed"),
    ("Disney's Iger Says Next May Be Right Time To Step Down", "Reuters", "2024-03-01T10:00:00-05:00", "ceo_rumor"),
    ("蔚来：网传停工消息不实，我国新能源车市场需求旺盛", "财联社", "2024-03-01T10:00:00+08:00", "other"),
    ("宁德时代：相关传闻不实，公司资金总规模超三千亿", "财联社", "2024-03-01T10:00:00+08:00", "other"),
    ("英伟达CEO黄仁勋：AI芯片龙头宝座不会易主", "财联社", "2024-03-01T10:00:00+08:00", "other"),
    ("特斯拉CEO马斯克：降价将逼退竞争对手", "财联社", "2024-03-01T10:00:00+08:00", "other"),
    ("蔚来门店突然关闭，员工离职", "财联社", "2024-03-01T10:00:00+08:00", "other"),
    ("Nokia may not survive as CEO Elop bets on Windows Phone", "Reuters", "2011-02-11T10:00:00-05:00", "other"),
    ("Boeing CEO Calhoun to step down at year-end; Boeing said close to 150 jets were delivered", "Reuters",
     "2024-03-26T10:00:00-04:00", "ceo_confirmed"),
    ("特斯拉任命张三为总经理助理", "财联社", "2024-03-01T10:00:00+08:00", "other"),
    ("Lawmakers ask why Calhoun hasn't resigned", "Reuters", "2024-06-18T10:00:00-04:00", "other"),
])
def test_reads_kind(text, source, when, kind):
    r = read(text, source, when)
    assert r.kind == kind, r.cue
