"""Reader fixes after rounds 22/23's failures were read by category (2026-11-27, third stop): general
wording, each probed on hand-written headlines (not the blind rows), expectations worked out by hand.
The cases of the ``*_now_read`` tests read wrong on the reader before these changes (33f6c1f), save
those marked (guard); the rest guard what must not move."""
import pandas as pd
import pytest

from rumorbt.classify import classify_headline
from rumorbt.headlines import Headline


def read(text: str, source: str = "Reuters", when: str = "2024-03-04T09:31:00-05:00", stage: str = "rules"):
    return classify_headline(Headline(1, "h1", int(pd.Timestamp(when).value), None, source, text, "", "", ""), stage=stage)


@pytest.mark.parametrize("text, source, when, ticker", [
    # the board's support or backing, said by the company or its board
    ("Pfizer says Bourla has board's support after profit warning", "Reuters", "2024-03-04T10:31:00-05:00", "PFE"),
    ("Boeing board says Calhoun has its 'unanimous support'", "Reuters", "2024-01-14T10:31:00-05:00", "BA"),
    ("Intel Says Gelsinger Retains Board's Backing After Weak Quarter", "Bloomberg", "2024-08-04T10:31:00-04:00", "INTC"),
    ("Citigroup: Fraser has full backing of the board, spokesperson says", "Reuters", "2024-03-04T10:31:00-05:00", "C"),
    ("Nike says Donahoe continues to have the board's full confidence", "Reuters", "2024-03-04T10:31:00-05:00", "NKE"),
    ("星巴克：纳斯汉仍获董事会支持", "和讯", "2024-03-04T10:31:00+08:00", "SBUX"),
    ("英特尔回应：基辛格获得董事会一致支持", "第一财经", "2024-08-04T10:31:00+08:00", "INTC"),
    # the company (or the CEO telling staff) saying the CEO remains
    ("Pfizer Says Bourla Remains CEO, Declines Further Comment", "MT Newswires", "2024-03-04T10:31:00-05:00", "PFE"),
    ("Intel Spokesperson Says Gelsinger Remains Firmly in Place as CEO", "MT Newswires", "2024-08-04T10:31:00-04:00", "INTC"),
    ("Starbucks spokesman says Narasimhan's job not in jeopardy after board meeting", "Reuters", "2024-03-04T10:31:00-05:00", "SBUX"),
    ("Peloton's Foley Tells Staff He Will Remain CEO Amid Stock Slide", "Bloomberg", "2021-11-10T10:31:00-05:00", "PTON"),
    ("唯品会回应：沈亚仍任董事长兼CEO", "腾讯科技", "2024-03-04T10:31:00+08:00", "VIPS"),
])
def test_denials_now_read(text, source, when, ticker):
    r = read(text, source, when)
    assert (r.kind, r.ticker) == ("denial", ticker)


@pytest.mark.parametrize("text, when", [
    # support for something else, a successor, or a deal; a CEO kept in a reorganisation
    ("Pfizer board backs Seagen deal, says it has shareholders' support", "2023-03-04T10:31:00-05:00"),
    ("Disney board says new CEO D'Amaro has its full support", "2026-03-20T10:31:00-04:00"),
    ("Intel names Smith chairman; Gelsinger remains CEO", "2023-03-04T10:31:00-05:00"),
    ("Nike says its turnaround has the board's full backing", "2024-03-04T10:31:00-05:00"),
    ("analyst: Bourla still has the board's support, for now", "2024-03-04T10:31:00-05:00"),
    ("英特尔收购计划获得董事会一致支持", "2024-08-04T10:31:00+08:00"),
    ("Tesla board chair says Musk pay package has her full support", "2024-03-04T10:31:00-05:00"),
])
def test_support_for_something_else_is_no_denial(text, when):
    assert read(text, when=when).kind == "other"


def test_a_surname_alone_before_its_holders_tenure_is_nobody_known():
    # Yahoo's Scott Thompson (CEO from 2012) is not the Thompson of a 2008 headline about another bank
    r = read("Wachovia says Thompson has board's support after dividend cut", when="2008-04-14T10:00:00-04:00")
    assert r.ticker == "WB"
    # with no other company named, the tables' person stands: the successor-to-be of a 2009 rumour
    assert read("Jobs to step down, Cook to take over, sources say", when="2009-01-10T10:00:00-05:00").ticker == "AAPL"
    # his full name still finds him, and in his tenure the surname does
    assert read("Yahoo says Thompson has board's support", when="2012-04-14T10:00:00-04:00").ticker == "YHOO"


@pytest.mark.parametrize("text, source, when, kind, ticker", [
    # companies since gone, under the symbol of their day (data/listings.csv, aliases.csv, people_index.csv)
    ("Lehman says CEO has 'full backing' of board, no change at the top", "Reuters", "2008-06-10T10:00:00-04:00", "denial", "LEH"),
    ("Bear Stearns CEO expected to give up post, people familiar say", "WSJ", "2008-01-07T10:00:00-05:00", "ceo_rumor", "BSC"),
    ("WaMu board poised to replace CEO as early as Monday, sources say", "Seattle Times", "2008-09-05T10:00:00-04:00", "ceo_rumor", "WM"),
    ("Wachovia denies report CEO will be ousted", "Reuters", "2008-05-05T10:00:00-04:00", "denial", "WB"),
    ("Sprint Nextel CEO said to be weighing exit", "Reuters", "2007-05-01T10:00:00-04:00", "ceo_rumor", "S"),
    # Morgan Stanley traded as MWD before its 2006 change to MS (the day of the change is known to the year only)
    ("Morgan Stanley CEO said to be weighing exit", "Reuters", "2005-04-01T10:00:00-05:00", "ceo_rumor", "MWD"),
    ("Morgan Stanley CEO said to be weighing exit", "Reuters", "2010-04-01T10:00:00-04:00", "ceo_rumor", "MS"),
])
def test_a_past_listing_reads_as_it_traded_that_day(text, source, when, kind, ticker):
    r = read(text, source, when)
    assert (r.kind, r.ticker) == (kind, ticker)


def test_a_past_listing_after_its_end_is_not_tradable_and_its_key_is_never_shown():
    # Sprint left the NYSE on 2020-04-01 (T-Mobile merger); S is SentinelOne's symbol since 2021
    r = read("Sprint CEO said to be weighing exit", when="2024-05-01T10:00:00-04:00")
    assert r.kind == "ceo_rumor" and r.ticker == "" and "not listed" in r.not_tradable
    other = read("Sprint Nextel names new CFO", when="2007-05-01T10:00:00-04:00")
    assert "=" not in other.ticker
    # today's companies keep their names ("Delta" is Delta Air Lines, not a listing that ended)
    assert read("Delta CEO said to be weighing exit", when="2024-05-01T10:00:00-04:00").ticker == "DAL"


@pytest.mark.parametrize("text, kind, ticker", [
    # the executive tipped to take over is the successor, not the one leaving (the name is no CEO the tables know)
    ("Pfizer's Smithers to step down, COO Brown seen taking over - people familiar", "ceo_rumor", "PFE"),
    ("Pfizer board set to oust Smithers, CFO Brown favoured - sources", "ceo_rumor", "PFE"),
    # a Chinese company denying at its headline's head ("X否认…"), the CEO's name unknown to the tables
    ("星巴克否认纳斯汉离职传闻", "denial", "SBUX"),
    ("花旗否认范奕如将被撤换", "denial", "C"),
    # the board weighing removing its CEO
    ("Boeing Board Weighs Removing CEO Calhoun -- People Familiar", "ceo_rumor", "BA"),
])
def test_more_changes_and_denials_now_read(text, kind, ticker):
    r = read(text, "Dow Jones Newswires", "2024-03-04T10:31:00-05:00")
    assert (r.kind, r.ticker) == (kind, ticker)
    if kind == "denial":  # the company's own denial, not a bare one left to be linked (0.55)
        assert r.score >= 0.8


def test_a_search_the_company_launches_is_no_hedge():
    r = read("Intel Says CEO Pat Gelsinger to Step Down; Board Launches Search for Successor", "MT Newswires", "2024-08-04T10:31:00-04:00")
    assert r.kind == "ceo_confirmed" and r.ticker == "INTC"
    # a search said to be under way by others still hedges
    assert read("Intel board said to search for Gelsinger successor, people familiar say", when="2024-08-04T10:31:00-04:00").kind == "ceo_rumor"


@pytest.mark.parametrize("text", [
    "英特尔否认裁员传闻",  # a denial of another story
    "Tesla removes Musk's brother from board",
    "Boeing hires former GE CEO Culp as adviser",
])
def test_lookalikes_stay_other(text):
    assert read(text, when="2024-03-04T10:31:00+08:00").kind == "other"


def test_the_company_saying_its_ceo_works_as_usual_denies():
    r = read("英特尔：基辛格工作一切如常", "第一财经", "2024-03-04T10:31:00+08:00")
    assert (r.kind, r.ticker) == ("denial", "INTC")


def test_hiring_a_unit_ceo_is_no_change_at_the_top():
    assert read("Microsoft hires DeepMind co-founder Mustafa Suleyman as CEO of new consumer AI unit").kind == "other"
    assert read("Nokia said to be close to hiring Microsoft's Stephen Elop as chief executive", when="2010-09-09T10:00:00-04:00").kind == "ceo_rumor"


@pytest.mark.parametrize("text, ticker", [
    ("Pfizer says Bourla has no serious health issue, just a cold", "PFE"),
    ("Peloton's McCarthy on exit chatter: 'Not a chance'", "PTON"),
    ("Citigroup board backs Fraser, rules out management shake-up", "C"),
])
def test_answers_in_few_words_now_deny(text, ticker):
    r = read(text, when="2023-03-04T10:31:00-05:00")
    assert (r.kind, r.ticker) == ("denial", ticker)


@pytest.mark.parametrize("text", [
    "Musk on selling Tesla shares again: 'No way'",
    "Will Apple buy Disney? Cook: 'Not a chance'",
    "Pfizer says new vaccine has no serious health issues in trial",
    "Fed rules out management shake-up at regional banks",
])
def test_few_word_answers_to_other_questions_deny_nothing(text):
    assert read(text, when="2024-03-04T10:31:00-05:00").kind == "other"


@pytest.mark.parametrize("text, when, ticker", [
    # someone the tables know only as a CEO who left years before, beside another company: that company's story
    ("Customers Bancorp chatter: Jay Sidhu to retire, son Sam in line - blog", "2019-03-04T10:31:00-05:00", "CUBI"),
    ("Novo Nordisk chair Helge Lund to leave board after clash with foundation", "2025-03-04T10:31:00-05:00", "NVO"),
    ("Eric Schmidt to Step Down as Alphabet Executive Chairman", "2017-12-21T10:31:00-05:00", "GOOGL"),
])
def test_a_long_gone_ceo_beside_another_company_is_that_companys(text, when, ticker):
    assert read(text, when=when).ticker == ticker


def test_a_long_gone_ceo_beside_his_old_company_stays_its_former_ceo():
    r = read("Clippers owner Ballmer denies Microsoft comeback rumours", when="2016-03-04T10:31:00-05:00")
    assert r.ticker == "MSFT"  # (guard)


@pytest.mark.parametrize("text, when, ticker", [
    # a message board's post titled by its symbol
    ("NFLX - reed will be gone by xmas after this mess, board is furious. mark it", "2011-10-20T10:31:00-04:00", "NFLX"),
    ("OSTK.. Byrne out as CEO before Q2, board finally grew a spine", "2012-10-20T10:31:00-04:00", "OSTK"),
    ("PFE: hearing Bourla hands the keys to the CFO at monday's call", "2024-03-04T10:31:00-05:00", "PFE"),
])
def test_a_board_post_titled_by_its_symbol_is_about_that_company(text, when, ticker):
    r = read(text, "Yahoo! Message Boards", when)
    assert (r.kind, r.ticker) == ("ceo_rumor", ticker)


def test_what_self_media_or_netizens_claim_is_unverified():
    r = read("有自媒体称李想将卸任理想汽车CEO", "智通财经", "2024-03-04T10:31:00+08:00")
    assert (r.kind, r.ticker) == ("ceo_rumor", "LI")
    assert read("理想汽车：李想将卸任CEO，马东辉接任", "理想汽车公告", "2024-03-04T10:31:00+08:00").kind == "ceo_confirmed"  # (guard)


# A reviewer's probes of this stop's changes (each read wrong on an intermediate commit of the stop):
@pytest.mark.parametrize("text, when, ticker", [
    # today's companies keep their everyday names when the tables learn their old ones
    ("Truist CEO said to weigh exit", "2024-05-01T10:00:00-04:00", "TFC"),
    ("Vodafone CEO said to weigh exit", "2024-05-01T10:00:00-04:00", "VOD"),
    ("Motorola CEO said to weigh exit", "2024-05-01T10:00:00-04:00", "MSI"),
    ("Viavi CEO said to weigh exit", "2024-05-01T10:00:00-04:00", "VIAV"),
])
def test_todays_names_stand_beside_past_listings(text, when, ticker):
    assert read(text, when=when).ticker == ticker


@pytest.mark.parametrize("text, when", [
    ("Meeting at 14:00 UTC: CEO said to weigh exit at Acme", "2012-05-01T10:00:00-04:00"),
    ("Acme to list on NYSE; CEO said to weigh exit", "2010-05-01T10:00:00-04:00"),
    ("IBM Watson CEO said to weigh exit", "2020-05-01T10:00:00-04:00"),
])
def test_common_tokens_are_no_past_listing(text, when):
    assert read(text, when=when).ticker not in ("UTX", "NYX", "AGN")


@pytest.mark.parametrize("text, kind", [
    ("Intel reorganizes units; Gelsinger remains in place as CEO", "other"),
    ("Intel names Smith chairman; Gelsinger remains firmly in place as CEO", "other"),
    ("Boeing CEO to investors: 'I'm not going anywhere'", "denial"),
    ("Ford CEO Farley has board's backing for EV plan", "other"),
    ("Disney's Iger retains board's backing for succession plan", "other"),
    ("Musk says they will remain at Tesla", "other"),
    ("Dimon tells staff he will remain CEO as board searches for successor", "other"),
    ("Tesla shareholders weigh proposal removing CEO pay cap", "other"),
    ("Musk keeps board's confidence despite Twitter distraction, sources say", "other"),
    ("星巴克：新任CEO仍获董事会支持", "other"),
    ("分析师：基辛格仍获董事会支持", "other"),
    ("基辛格卸任后英特尔一切如常", "ceo_confirmed"),
])
def test_reviewer_probes_read_right(text, kind):
    when = "2024-12-05T10:00:00+08:00" if "卸任后" in text else "2024-05-01T10:00:00-04:00"
    assert read(text, when=when).kind == kind


# Rounds 24-26's failure categories (read after their one score), probed on hand-written headlines:
@pytest.mark.parametrize("text, source, kind, ticker", [
    ("Nike board says Donahoe retains its confidence after report investors want him out", "CNBC", "denial", "NKE"),
    ("Nike's chairman says Donahoe still has his backing after successor reports", "Reuters", "denial", "NKE"),
    ("Letter from Tim Cook: 'I will continue as Apple's CEO during my recovery'", "Apple Newsroom", "denial", "AAPL"),
    ("Nike says Donahoe has 'no intention' of stepping aside", "The Verge", "denial", "NKE"),
    ("Iger done at DIS?? hearing board wants Walden in before yr end", "Yahoo! Finance message board", "ceo_rumor", "DIS"),
    ("Brazil government pushing Vale CEO Bartolomeo out - sources", "Reuters", "ceo_rumor", "VALE"),
    ("*NIKE CEO DONAHOE TO STEP DOWN, WSJ SAYS", "Bloomberg", "ceo_rumor", "NKE"),
    ("华尔街日报：耐克CEO多纳霍将卸任", "华尔街见闻", "ceo_rumor", "NKE"),
    ("Nike to bring back Mark Parker as CEO - sources", "Reuters", "ceo_rumor", "NKE"),
    ("传多纳霍将离开耐克 阿迪系高管或接手", "虎嗅网", "ceo_rumor", "NKE"),
    # lookalikes: a CEO's "no plans" about a market, a tie-up dismissed, allegations called false, an activist not seeking a change
    ("Nike CEO Donahoe says no plans to exit China despite falling sales", "Reuters", "other", "NKE"),
    ("Nike CEO Donahoe says no plans to move headquarters", "Reuters", "other", "NKE"),
    ("Nike's Donahoe dismisses speculation of Adidas tie-up", "Reuters", "other", "NKE"),
    ("Nike CEO Donahoe dismisses Adidas merger talk as 'speculation'", "Reuters", "other", "NKE"),
    ("Nike's Donahoe says China turnaround 'not going well'", "Bloomberg", "other", "NKE"),
    ("Nike CEO released after arrest, company says allegations false", "Reuters", "other", "NKE"),
    ("Activist Says It Isn't Seeking to Replace Nike CEO Donahoe Right Now", "WSJ", "other", "NKE"),
])
def test_rounds_24_to_26_categories(text, source, kind, ticker):
    r = read(text, source, "2023-03-04T10:00:00-05:00" if not text.isascii() or "华" not in text else "2023-03-04T10:00:00+08:00")
    assert (r.kind, r.ticker) == (kind, ticker)


def test_a_forum_named_after_a_company_is_not_its_channel():
    r = read("Fuld gone by Monday. hearing the Fed wants him out as condition of any deal", "Yahoo! Finance message board",
             "2008-09-10T10:00:00-04:00")
    assert r.kind == "ceo_rumor" and r.ticker != "YHOO"


# Rounds 27/28's failure categories (read after their one score), probed on hand-written headlines:
@pytest.mark.parametrize("text, source, kind, ticker", [
    ("Gelsinger to Intel staff: 'I plan to be here' as ouster chatter swirls", "Re/code", "denial", "INTC"),
    ("Nike CEO Donahoe RESPONDS To Resignation Rumors (FULL VIDEO)", "YouTube", "denial", "NKE"),
    ("Nike chairman Parker: board 'fully supports' Donahoe", "Reuters", "denial", "NKE"),
    ("NIKE CHAIR PARKER: BOARD HAS FULL CONFIDENCE IN CEO DONAHOE", "Dow Jones", "denial", "NKE"),
    ("Mattel Says Kreiz Retains Board's Confidence", "Dow Jones", "denial", "MAT"),
    ("Nike dismisses reports Donahoe may quit, says board backs CEO", "Reuters", "denial", "NKE"),
    ("Nike Backs Donahoe, Calls Replacement Report Speculation", "Dow Jones", "denial", "NKE"),
    ("Nike board reposes 'full faith' in CEO Donahoe", "Reuters", "denial", "NKE"),
    ("Nike chairman Parker says Donahoe stays as CEO despite slump", "Reuters", "denial", "NKE"),
    ("Pfizer Says It Has Not Been Informed of Any Decision to Replace CEO Bourla", "MT Newswires", "denial", "PFE"),
    ("Pfizer says press release announcing CEO Bourla's resignation is fraudulent", "CNBC", "denial", "PFE"),
    ("JPMorgan's Dimon has no interest in Treasury post - spokesman", "Reuters", "denial", "JPM"),
    ("Dimon said to be on Trump's short list for Treasury secretary", "CNBC", "ceo_rumor", "JPM"),
    ("Nike's Board Is Said To Be Losing Faith In John Donahoe", "Business Insider", "ceo_rumor", "NKE"),
    ("Nike lenders could push Donahoe out - sources", "Reuters", "ceo_rumor", "NKE"),
    # lookalikes
    ("Tesla chair Denholm: board 'fully supports' Musk pay package", "Reuters", "other", "TSLA"),
    ("Apple responds to reports of iPhone battery issues", "Reuters", "other", "AAPL"),
    ("Deutsche Bank's Sewing rules out capital increase, rejects bailout talk", "Reuters", "other", "DB"),
    ("Coinbase's Armstrong Denies Report It Considered Delisting All Tokens", "Benzinga", "other", "COIN"),
    ("Analysts lose faith in Nike's turnaround", "Reuters", "other", "NKE"),
])
def test_rounds_27_28_categories(text, source, kind, ticker):
    r = read(text, source, "2024-03-04T10:00:00-05:00")
    assert (r.kind, r.ticker) == (kind, ticker)


@pytest.mark.parametrize("text, when", [
    ("Boeing strips Muilenburg of chairman title, says he keeps CEO job", "2019-10-11T10:00:00-04:00"),
    ("Himax CEO Jordan Wu dismisses short-seller claims as 'misleading'", "2019-10-11T10:00:00-04:00"),
])
def test_the_ceo_kept_while_another_seat_changes_or_a_short_seller_dismissed_is_other(text, when):
    assert read(text, when=when).kind == "other"
