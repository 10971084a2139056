"""Reader fixes of the eleventh stop (2026-11-28), after rounds 63-66's failures were read by category
(translation desk, 2005-16 archive, financials, earnings and IR): the chair speaking for the board's
backing of the CEO (also 首席独立董事/董事会主席 before a colon), a CEO's own plan to stay with a horizon
("he plans to lead X for years to come", "I plan to be at X through 2014"), a quoted "'no plans' to",
a board supporting its CEO or co-CEOs, 岗位无变动, a candidate named in Chinese (人选) as a choice not yet
made, the chooser named before "close to naming X's Y CEO" / "sounds out X's Y as successor", the
leaver's company before "leave for <other> top job", a filing title naming the CEO's seat among others
("RESIGNATION OF EXECUTIVE DIRECTOR, CHIEF EXECUTIVE OFFICER ...", 卸任董事局主席、首席执行官), denials
of insolvency talk as another story, "Comments on" as a headline's verb, a first name counted over both
people tables, a surname of the named company's own CEO before anyone's first name, and names the
tables lacked (Valeant, H-P, eBay's own listing, Motorola as MOT); then, after rounds 67-70's one score, the
CEO first among those leaving with a comma, a CEO said to be a pick for a government post, a board unanimous
in support of its CEO, "'remains firmly in place' as CEO", an insider named as a candidate being no source,
"recycled garbage" as a poster's doubt, and a one-word name with a press word as the company's account
(@RedfinPR). Hand-written headlines, not the
blind rows; expectations worked out by hand; each read wrong on the commit before (dbd819b) unless
marked as a guard. Rules stage (the trained stage is refit on these rules)."""
import pytest

from helpers import read_headline as read


@pytest.mark.parametrize("text, source, when, kind, ticker", [
    # the chair (or lead director) speaking for the board's backing: the CEO's company answers
    ("Pinterest chairman Silbermann: Ready has the board's full support", "Reuters", "2024-05-02T10:00:00-04:00",
     "denial", "PINS"),
    ("Southwest chairman Kelly: board fully supports Jordan", "Reuters", "2024-06-20T10:00:00-04:00", "denial", "LUV"),
    # (guard, read right before too) the 董事会主席 before a colon
    ("【英特尔董事会主席：董事会全力支持基辛格】", "财联社", "2024-08-05T10:00:00+08:00", "denial", "INTC"),
    # a CEO's own plan to stay, with a horizon
    ("DIMON SAYS HE PLANS TO LEAD JPMORGAN FOR YEARS TO COME", "Bloomberg", "2023-05-22T10:00:00-04:00", "denial", "JPM"),
    ("Iger on succession chatter: 'I plan to be at Disney through 2026'", "Variety", "2024-04-03T10:00:00-04:00",
     "denial", "DIS"),
    # "no plans" in quotes is still no plans
    ("Nadella tells investors he has 'no plans' to give up the CEO role", "Bloomberg", "2024-05-02T10:00:00-04:00",
     "denial", "MSFT"),
    # a board supporting its chief, in a wire's capitals
    ("DJ Oracle: Board Unanimously Supports Co-CEOs, No Change Planned", "Dow Jones Newswires", "2021-07-01T10:00:00-04:00",
     "denial", "ORCL"),
    # 岗位无变动: the post unchanged
    ("招商银行回应行长调任传闻：行长岗位无变动", "21世纪经济报道", "2022-04-10T10:00:00+08:00", "denial", ""),
    # a candidate named in Chinese: a choice not yet made, a rumour
    ("据路透，微软总裁史密斯成为CEO热门人选之一", "华尔街见闻", "2013-12-10T10:00:00+08:00", "ceo_rumor", "MSFT"),
    # ... unless the choice is said to be made (guard, read right before too)
    ("英特尔确定CEO人选，陈立武出任", "财联社", "2025-03-13T10:00:00+08:00", "ceo_confirmed", "INTC"),
    # the chooser named first, the one it names described by another company
    ("Target Said to Be Close to Naming Best Buy's Hubert Joly CEO", "Bloomberg", "2014-07-20T10:00:00-04:00",
     "ceo_rumor", "TGT"),
    ("Disney board sounds out Walmart's Doug McMillon as possible successor to CEO Iger, sources say", "Reuters",
     "2024-03-20T10:00:00-04:00", "ceo_rumor", "DIS"),
    # the one leaving for another company's top job leaves their own company
    ("Nokia CEO Elop could leave for Microsoft top job - Finnish press", "Reuters", "2013-09-20T10:00:00-04:00",
     "ceo_rumor", "NOK"),
    # a filing title naming the CEO's seat among others
    ("GREENTOWN SERVICE GROUP - RESIGNATION OF EXECUTIVE DIRECTOR, CHIEF EXECUTIVE OFFICER AND CHAIRMAN", "HKEXnews",
     "2023-05-01T20:00:00+08:00", "ceo_confirmed", ""),
    ("万科：郁亮卸任董事局主席、首席执行官", "界面新闻", "2024-05-01T10:00:00+08:00", "ceo_confirmed", ""),
    # "Comments on" as a headline's verb: the company leading the headline speaks
    ("Upstart Comments on Inaccurate Report Regarding CEO Dave Girouard", "Company press release", "2023-05-01T10:00:00-04:00",
     "denial", "UPST"),
    # names the tables lacked
    ("Valeant directors weigh replacing Pearson, sources say", "Bloomberg", "2016-03-10T10:00:00-05:00", "ceo_rumor", "VRX"),
    ("H-P Board Weighs Fiorina's Future, People Familiar Say", "The Wall Street Journal", "2005-02-07T10:00:00-05:00",
     "ceo_rumor", "HPQ"),
    ("eBay says Donahoe not leaving, calls report baseless", "Reuters", "2014-02-01T10:00:00-05:00", "denial", "EBAY"),
    # (guard, read right before too) Motorola of 2007 as it traded then
    ("Motorola says Zander has full support of board", "Reuters", "2007-11-01T10:00:00-04:00", "denial", "MOT"),
    # (guard, read right before too) a surname of the named company's CEO is theirs, not another person's first name
    ("Southwest says board fully supports CEO Jordan after Elliott push", "Reuters", "2024-06-20T10:00:00-04:00",
     "denial", "LUV"),
    # (after rounds 67-70's score) the CEO first among those leaving, with a comma
    ("NIKOLA CEO MILTON, CFO KIM HAVE BEEN FIRED - PEOPLE FAMILIAR", "Squawk line", "2020-09-20T10:00:00-04:00",
     "ceo_rumor", "NKLA"),
    # a sitting CEO said to be picked for a government post leaves their company
    ("GM's Barra Said to Be Biden's Pick for Commerce Secretary", "Bloomberg", "2020-12-10T10:00:00-05:00", "ceo_rumor", "GM"),
    # a board unanimous in support of its CEO; "remains firmly in place" in quotes
    ("Boeing says board unanimous in support of CEO Calhoun after blowout", "Reuters", "2024-01-20T10:00:00-05:00",
     "denial", "BA"),
    ("Nike Spokesperson: Donahoe 'Remains Firmly in Place' as CEO", "WWD", "2024-06-01T10:00:00-04:00", "denial", "NKE"),
])
def test_reads(text, source, when, kind, ticker):
    r = read(text, source, when)
    assert (r.kind, r.ticker) == (kind, ticker), r.cue


@pytest.mark.parametrize("text, source, when, kind", [
    # guards: a company's plans with a horizon are no CEO's answer
    ("Intel plans to lead the AI chip market for years to come", "Reuters", "2024-03-04T10:00:00-05:00", "other"),
    ("Buffett says Abel plans to run Berkshire for many years", "Reuters", "2024-03-04T10:00:00-05:00", "other"),
    # backing a plan, not the CEO
    ("Board backs CEO's plan to cut 5% of jobs", "Reuters", "2021-03-02T11:00:00-05:00", "other"),
    # insolvency talk dismissed is another story
    ("Crypto lender CEO dismisses insolvency speculation, says withdrawals are normal", "Reuters", "2022-11-14T10:00:00-05:00",
     "other"),
    # the CEO's seat named beside another seat's change: the CEO's is the news
    ("Microsoft names Nadella CEO; Gates to step down as chairman", "Company press release", "2014-02-04T07:00:00-05:00",
     "ceo_confirmed"),
    # an insider named as a candidate is no source; analysts' view
    ("Analysts see insider Smith as front-runner whenever Cook decides to step aside", "Retail Dive", "2024-05-01T10:00:00-04:00",
     "other"),
    # a poster calling it recycled
    ("that cook stepping down thing is recycled garbage from last year, ignore it $AAPL", "StockTwits", "2024-05-01T10:00:00-04:00",
     "other"),
    # backing a plan, in the unanimous form
    ("Board unanimous in support of CEO's restructuring plan", "Reuters", "2021-06-01T10:00:00-04:00", "other"),
])
def test_guards(text, source, when, kind):
    assert read(text, source, when).kind == kind


def test_a_first_name_several_people_bear_in_the_tables_is_no_ones_alone():
    # "Andrew" is the first name of CEOs at several listings (Autodesk, Hims & Hers ...): not the first Andrew
    # the tables list (was Autodesk's); the denial is left to be linked to the open rumour it answers
    r = read("There's a rumor going around that Andrew is stepping down. It's not true.", "X @hims", "2023-03-01T10:00:00-05:00")
    assert (r.kind, r.ticker) == ("denial", "")


@pytest.mark.parametrize("source, ticker", [
    ("X @RedfinPR", "RDFN"),     # a one-word name (weak alone) with a press word, one listing of that name: its account
    ("X @CarvanaPR", "CVNA"),    # (guard, read right before too)
    ("X @KatePR", ""),           # a first name is no company
])
def test_a_one_word_name_with_a_press_word_is_the_companys_account(source, ticker):
    from rumorbt.classify import _speaker
    from rumorbt.entities import load_tables

    assert _speaker(source, "social", load_tables(), "2023-03-01")[0] == ticker

