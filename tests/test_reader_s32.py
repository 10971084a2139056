"""Reader fixes of the tenth stop (2026-11-28), after rounds 59-62's failures were read by category
(trade press, squawk lines, governance and legal, broadcast transcripts): a company named by its bare
symbol in a squawk line in capitals after the desk's lead ("HEARING C BOARD ...", "CNBC: TWTR'S ..."),
a symbol leading a headline in mixed case before a verb ("NYCB weighing ..."), an old symbol of a renamed
listing (RIMM, VRX), a person's namesake at the company named as theirs, a CEO's last day being the
headline's own, a surname beside another company's name, a Chinese company's boss addressed as
董事长, handing the CEO post over (把CEO职务交给, 辞CEO), an outlet's own word on an illness, "has NOT
confirmed", "not expected to stay on", "return as CEO", "I'm told", a symbol-and-suffix handle
(@MARAHoldings), names written without their middle initial, and a full name the tables hold only for a
seat taken years later; then a reviewer's findings on those rules, each narrowed (guards below). Hand-written headlines, not the blind rows; expectations worked out by hand;
each read wrong on the commit before (2225977) unless marked as a guard."""
import pytest

from rumorbt.entities import find_entities, load_tables

from helpers import read_headline as read


@pytest.mark.parametrize("text, source, when, kind, ticker", [
    # a bare symbol after a squawk desk's lead words, in capitals
    ("HEARING F BOARD WEIGHING CEO CHANGE - CHATTER", "Squawk line", "2020-05-10T10:00:00-04:00", "ceo_rumor", "F"),
    ("HEARING LEH BOARD PRESSING FULD TO STEP ASIDE - UNCONFIRMED", "Squawk line", "2008-09-11T10:00:00-04:00", "ceo_rumor", "LEH"),
    ("CHATTER: TGT DIRECTORS WEIGHING STEINHAFEL OUSTER - UNCONFIRMED", "Squawk line", "2014-04-28T10:00:00-04:00", "ceo_rumor", "TGT"),
    ("DJ: NOK BOARD SAID TO HAVE HIRED HEADHUNTERS TO FIND KALLASVUO SUCCESSOR", "Squawk line", "2010-07-01T10:00:00-04:00",
     "ceo_rumor", "NOK"),
    ("SBUX SPOX: NARASIMHAN HAS THE BOARD'S FULL SUPPORT, CEO SEARCH TALK UNFOUNDED", "Squawk line", "2024-07-25T10:00:00-04:00",
     "denial", "SBUX"),
    # an old symbol of a renamed listing reads as it traded that day
    ("WSJ: VRX DIRECTORS SAID TO BE INTERVIEWING CEO CANDIDATES - PEOPLE FAMILIAR", "Squawk line", "2016-03-10T10:00:00-05:00",
     "ceo_rumor", "VRX"),
    # the company named with the possessive picks the person's tenure there, not another company's
    ("REUTERS: TWTR'S DORSEY SAID TO BE PREPARING TO STEP DOWN AS CEO", "Squawk line", "2021-11-29T07:00:00-05:00", "ceo_rumor", "TWTR"),
    ("ALLTHINGSD: YHOO'S SCOTT THOMPSON SAID TO BE OUT AS CEO - SOURCES", "Squawk line", "2012-05-13T12:00:00-04:00", "ceo_rumor", "YHOO"),
    # a full name as headlines write it, without the middle initial the table gives
    ("CHATTER: HLF CEO MICHAEL JOHNSON SAID TO PLAN RETIREMENT - UNCONFIRMED", "Squawk line", "2016-12-01T10:00:00-05:00",
     "ceo_rumor", "HLF"),
    # a symbol leading a headline in mixed case, before a verb in lower case
    ("NYCB weighing CEO change after dividend cut, people familiar say", "American Banker", "2024-02-15T10:00:00-05:00",
     "ceo_rumor", "NYCB"),
    # a surname beside another company's name is that company's own CEO's, not a namesake elsewhere
    ("Archer's Goldstein said to be weighing exit, sources say", "TechCrunch", "2023-08-01T10:00:00-04:00", "ceo_rumor", "ACHR"),
    # a company's one-word name, the CEO's surname, after another company leading a Title Case headline
    ("Valeant Hunting for Pearson's Successor, People Familiar Say", "Wall Street Journal", "2016-03-01T10:00:00-05:00",
     "ceo_rumor", "VRX"),
    # a symbol and a corporate word as the company's own handle
    ("A rumor about our CEO is going around. It is false.", "X @MARAHoldings", "2024-05-20T10:00:00-04:00", "denial", "MARA"),
    # a Chinese company's boss addressed as 董事长 (BYD is not US-listed: no ticker)
    ("网传王传福董事长将退休，比亚迪：纯属谣言", "微博", "2024-05-10T10:00:00+08:00", "denial", ""),
    # handing the CEO post over, and 辞CEO
    ("群里说李华要辞CEO了？富途今天跌得厉害", "雪球", "2023-05-20T10:00:00+08:00", "ceo_rumor", "FUTU"),
    # an outlet's own word on the CEO's illness, no one confirming
    ("Gizmodo: Steve Jobs' health declining fast, insiders fear the worst", "CNBC", "2008-12-29T10:00:00-05:00", "ceo_rumor", "AAPL"),
    ("Enquirer: Steve Jobs has 'weeks to live', says unnamed doctor", "CNBC", "2011-02-15T10:00:00-05:00", "ceo_rumor", "AAPL"),
    # the seat in doubt, not the CEO staying
    ("Peloton reportedly weighing whether Foley should remain CEO", "The Verge", "2022-01-31T10:00:00-05:00", "ceo_rumor", "PTON"),
    ("Recode: Mayer not expected to stay on after Verizon closes Yahoo deal", "CNBC", "2016-07-25T10:00:00-04:00", "ceo_rumor", "YHOO"),
    ("Mayer unlikely to remain at Yahoo once the sale closes, people familiar say", "Reuters", "2016-07-25T11:00:00-04:00",
     "ceo_rumor", "YHOO"),
    # a reporter's "I'm told" is a sourced report, not analysis
    ("Gasparino: I'm told Goldman's board has narrowed the Blankfein succession race to two", "Fox Business", "2017-06-01T10:00:00-04:00",
     "ceo_rumor", "GS"),
    # a namesake of someone who takes a CEO seat years later is not that person (a guard of this stop's table
    # additions: Crown Castle's Jay Brown is new in people_index.csv)
    ("MBIA Board Weighs Bringing Back Jay Brown to Replace Dunton, People Familiar Say", "Bloomberg", "2008-02-14T10:00:00-05:00",
     "ceo_rumor", "MBI"),
    # guards: what was right stays right
    ("Fitbit's James Park: 'I'm not stepping down'", "CNBC", "2017-03-02T17:00:00-05:00", "denial", "FIT"),
    ("Pinterest Co-Founder Silbermann Said to Be Handing CEO Role to Google's Bill Ready", "Bloomberg", "2022-06-28T10:00:00-04:00",
     "ceo_rumor", "PINS"),
    ("Yahoo says Mayer will stay on as CEO", "Reuters", "2016-07-25T12:00:00-04:00", "denial", "YHOO"),
    ("Rates unlikely to remain this high, Fed official says", "Reuters", "2016-07-25T12:00:00-04:00", "other", ""),
    ("Steve Jobs dies at 56", "Reuters", "2011-10-05T20:00:00-04:00", "other", "AAPL"),
    # a reviewer's findings on this stop's first rules, each narrowed: not expected to stay *at the company*, not at
    # these levels; "remain in the job" after "unlikely to" is no denial; a seat asked about with the company's name
    # in it ("whether Musk should remain Tesla CEO"); a person's name and a verb are no unknown company (网传何小鹏辞CEO)
    ("Dimon unlikely to remain in the job beyond 2026, people familiar say", "Bloomberg", "2024-05-01T10:00:00-04:00",
     "ceo_rumor", "JPM"),
    ("Analysts debate whether Musk should remain Tesla CEO", "Reuters", "2024-05-01T10:00:00-04:00", "other", "TSLA"),
    ("网传何小鹏辞CEO", "微博", "2024-05-01T22:00:00+08:00", "ceo_rumor", "XPEV"),
    ("Buffett's health declining, sources say", "CNBC", "2024-05-01T10:00:00-04:00", "ceo_rumor", "BRK.B"),
    # ... and guards of the narrowing: what was right on the commit before stays right
    ("Rates unlikely to stay at these levels through 2025, says Goldman", "Reuters", "2024-05-01T10:00:00-04:00", "other", "GS"),
    ("Apple's margins unlikely to remain at record highs, analyst says", "CNBC", "2024-05-01T10:00:00-04:00", "other", "AAPL"),
    ("Dimon says regional banks' financial health is deteriorating", "Reuters", "2023-05-01T10:00:00-04:00", "other", "JPM"),
    ("Ford poaches Abbott supply-chain chief", "Reuters", "2023-03-01T10:00:00-05:00", "other", "F"),
    ("IAG boss Walsh to retire, sources say", "Reuters", "2019-05-01T10:00:00-04:00", "ceo_rumor", ""),
    ("TCS chief Chandrasekaran set to head Tata Sons, sources say", "Reuters", "2016-10-20T10:00:00-04:00", "other", "TCS.NS"),
    ("X CEO LINDA YACCARINO SAID TO BE WEIGHING EXIT - SOURCES", "Squawk line", "2024-05-01T10:00:00-04:00", "ceo_rumor", ""),
    ("Tim Cook in line to succeed ailing Jobs, sources say", "Reuters", "2009-01-15T10:00:00-05:00", "ceo_rumor", "AAPL"),
    # a second reviewer's 435 probes on the narrowed rules (64 regressions), each narrowed again; guards first
    ("Starbucks returns to growth as CEO Niccol's turnaround takes hold", "Reuters", "2025-07-29T10:00:00-04:00", "other", "SBUX"),
    ("Bob Iger returns as Disney CEO", "Reuters", "2022-11-20T22:00:00-05:00", "ceo_confirmed", "DIS"),
    ("Jack Dorsey to return as Twitter CEO, sources say", "Twitter", "2015-06-12T10:00:00-04:00", "ceo_rumor", "TWTR"),
    ("Nadella not expected to remain on OpenAI board", "Reuters", "2024-07-10T10:00:00-04:00", "other", "MSFT"),
    ("Musk not expected to stay at DOGE beyond 130 days", "Reuters", "2025-04-22T10:00:00-04:00", "other", "TSLA"),
    ("Zuckerberg unlikely to stay on sidelines in AI talent war", "Reuters", "2025-06-11T10:00:00-04:00", "other", "META"),
    ("Starbucks says CEO Narasimhan hospitalized", "Reuters", "2024-03-04T10:00:00-05:00", "ceo_confirmed", "SBUX"),
    ("HEARING IAG CEO WALSH TO STEP DOWN", "LiveSquawk", "2024-05-03T10:00:00-04:00", "ceo_rumor", ""),
    ("CRE exposure: NYCB names Otting CEO", "Reuters", "2024-03-06T10:00:00-05:00", "ceo_confirmed", "NYCB"),
    ("Warner's David Zaslav said to weigh exit", "Twitter", "2024-03-04T10:00:00-05:00", "ceo_rumor", "WBD"),
    ("J.P. Morgan's Jamie Dimon says no plans to retire", "Reuters", "2024-03-04T10:00:00-05:00", "denial", "JPM"),
    ("Andy Jassy seen as frontrunner for top job, sources say", "Twitter", "2017-03-04T10:00:00-05:00", "ceo_rumor", "AMZN"),
    ("Olympic legend Michael Johnson suffers stroke", "Reuters", "2023-09-20T10:00:00-04:00", "other", ""),
    ("阿里巴巴新任董事局主席张勇首次亮相", "微博", "2019-09-10T22:00:00+08:00", "other", "BABA"),
    ("Ford, Abbott: Ford's CEO says no plans to leave", "Reuters", "2024-03-04T10:00:00-05:00", "denial", "F"),
    # ... and what the narrowing reads right that the commit before did not
    ("理想汽车董事长李想：把CEO职务交给马东辉？不会", "微博", "2024-03-04T22:00:00+08:00", "denial", "LI"),
    ("Iger unlikely to remain at Disney beyond 2026", "Reuters", "2024-07-10T10:00:00-04:00", "ceo_rumor", "DIS"),
    ("Dimon not likely to remain CEO past 2026, sources say", "Twitter", "2024-03-04T10:00:00-05:00", "ceo_rumor", "JPM"),
])
def test_reads(text, source, when, kind, ticker):
    r = read(text, source, when)
    assert (r.kind, r.ticker) == (kind, ticker), r


@pytest.mark.parametrize("text, when, ticker", [
    ("HEARING C BOARD MEETING TONIGHT ON PANDIT - CHATTER", "2012-10-15", "C"),
    ("HEARING RIMM HOLDERS PUSHING FOR CHANGES - CHATTER", "2011-07-10", "RIMM"),
    ("CNBC: SMCI SHARES HALTED", "2024-11-10", "SMCI"),
])
def test_symbol_after_a_squawk_lead(text, when, ticker):
    ents = find_entities(text, load_tables(), when)
    assert [e.ticker for e in ents if e.kind == "company"] == [ticker]


@pytest.mark.parametrize("text", [
    "HEARING A BOARD MEMBER QUIT - CHATTER",  # (A, Agilent's symbol, is the article)
    "HEARING IT IS A BIG DAY FOR THE MARKET",  # (IT and BIG are symbols and words)
    "ASX announcement: quarterly update",  # (the Australian exchange, not ASE Technology's symbol)
])
def test_words_that_are_symbols_are_not_companies(text):
    # guards
    assert not [e for e in find_entities(text, load_tables(), "2020-01-01") if e.kind == "company"]


def test_a_tenure_ending_on_the_headlines_day_is_read_as_held_when_its_company_is_named():
    from rumorbt.entities import person_role

    t = load_tables()
    e = next(x for x in find_entities("Yahoo's Scott Thompson", t, "2012-05-13") if x.kind == "person")
    p, role = person_role(e, "2012-05-13", prefer={"YHOO"})
    assert (p.company, role) == ("Yahoo", "ceo")
    # the next day he is Yahoo's former CEO
    assert person_role(e, "2012-05-14", prefer={"YHOO"})[1] in ("ceo", "former_ceo")
    assert person_role(e, "2012-05-14", prefer={"YHOO"})[0].company != "Yahoo" or person_role(e, "2012-05-14", prefer={"YHOO"})[1] == "former_ceo"


@pytest.mark.parametrize("text", [
    "Musk says Twitter has months to live without cost cuts",  # a company's time left, not a person's (guard)
    "Cathie Wood: market health deteriorating fast",  # (guard)
    "Bed Bath & Beyond has weeks to live, analysts warn",  # (guard)
])
def test_a_companys_or_a_markets_health_is_no_illness(text):
    assert read(text, "Bloomberg", "2022-11-10T10:00:00-05:00").kind == "other"


@pytest.mark.parametrize("text, source, when", [
    # guards: none of these is a rumour (a denial, a joke, another seat, a chairman at the Fed)
    ("蔚来董事长李斌：坚决不辞CEO", "微博", "2024-03-04T22:00:00+08:00"),
    ("李斌不会辞CEO", "微博", "2024-03-04T22:00:00+08:00"),
    ("Sunrun jumps as Trump says Powell's replacement coming soon", "Reuters", "2025-07-17T10:00:00-04:00"),
    ("Buffett jokes he has months to live at Berkshire meeting", "Reuters", "2024-05-04T10:00:00-04:00"),
    ("Dimon: health deteriorating for lower-income consumers", "Reuters", "2024-03-04T10:00:00-05:00"),
])
def test_not_a_rumour(text, source, when):
    assert read(text, source, when).kind != "ceo_rumor"
