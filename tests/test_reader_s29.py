"""Reader fixes of the seventh stop (2026-11-27), after rounds 47/48's failures were read by category:
English rumours told without any of the keyword gate's words never reached the full reading (the
gate's "no-cue"), while the same text with the gate off was read right. The gate's second half now
lets through a story (a question, the board or owners acting, an unnamed or relayed source, a
spokesperson) that names a CEO of the people tables. Hand-written headlines, not the blind rows;
expectations worked out by hand."""
import pytest

from rumorbt.classify import _names_a_ceo, _story_about_a_ceo
from rumorbt.classify_eval import opens_trade
from rumorbt.entities import load_tables

from helpers import read_headline as read


@pytest.mark.parametrize("text, when", [
    ("Walmart directors said to be frustrated with McMillon over e-commerce losses", "2017-03-02T10:00:00-05:00"),
    ("Boeing board said to be souring on Calhoun after door-plug blowout", "2024-02-01T10:00:00-05:00"),
    ("Boeing directors said to have lost trust in Calhoun after door-plug blowout", "2024-02-01T10:00:00-05:00"),
    ("$AMD Lisa Su to Intel? my buddy at a fund says board already met", "2024-09-01T10:00:00-04:00"),
    ("据悉小鹏董事会正在讨论何小鹏的去向", "2024-03-05T10:00:00+08:00"),
])
def test_a_story_naming_a_ceo_reaches_the_full_reading(text, when):
    # read wrong before (97864fb): every one of these stopped at the gate as "no-cue"
    r = read(text, "Bloomberg", when)
    assert r.cue != "no-cue" and r.entity, r


@pytest.mark.parametrize("text, when, ticker", [
    ("Deutsche Bank hunts for new chief as Sewing falls out of favour", "2020-04-05T10:00:00+01:00", "DB"),
    ("Intel board said to weigh Gelsinger's role after foundry losses", "2024-11-20T10:00:00-05:00", "INTC"),
])
def test_change_words_without_the_word_ceo(text, when, ticker):
    r = read(text, "The Times", when)
    assert (r.kind, r.ticker) == ("ceo_rumor", ticker) and opens_trade(r), r


@pytest.mark.parametrize("text", [
    # (guards) a CEO merely quoted, a bank's name, a role in a deal: no story about the CEO's seat
    "Dimon warns of slowing consumer demand",
    "Nadella says Microsoft will keep investing in AI",
    "Morgan Stanley shares rise 3% after earnings",
    "Ms Su says AMD demand strong",
    "黄仁勋谈AI芯片需求",
])
def test_a_ceo_quoted_stays_behind_the_gate(text):
    assert read(text, "Reuters").cue == "no-cue"


def test_a_role_in_a_deal_is_no_change():
    # (guard) "weigh X's role in ..." is about a deal or a project, not the seat
    r = read("Microsoft board said to weigh Nadella's role in the OpenAI talks", "Reuters", "2023-11-20T10:00:00-05:00")
    assert r.kind != "ceo_rumor", r


def test_the_gate_names():
    t = load_tables()
    assert _names_a_ceo("Marchionne's condition serious after surgery", t)
    assert _names_a_ceo("字节要变天了？张一鸣明天发全员信", t)
    assert not _names_a_ceo("Cook Power Story", t)  # surnames that are words, not read as names
    assert not _names_a_ceo("Morgan Stanley", t)  # a company's name
    assert not _names_a_ceo("又是李华！今年李华要写信", t)  # a Chinese name of two characters: too often someone else's
    assert _story_about_a_ceo("Yahoo board weighing whether Mayer should stay")
    assert not _story_about_a_ceo("Mayer unveils new Yahoo homepage")


@pytest.mark.parametrize("text, when, ticker", [
    # a sitting CEO, the one person named, as a candidate for another company's top job: their own company
    # may lose its CEO (how the blind sets' writers label it); never a confident trade
    ("Nvidia's Huang said to be top candidate for Intel CEO job", "2024-12-05T10:00:00-05:00", "NVDA"),
    ("Pfizer's Bourla said to be on the short list for Merck top job", "2021-01-10T10:00:00-05:00", "PFE"),
])
def test_a_sitting_ceo_as_candidate_is_their_companys_rumour(text, when, ticker):
    from rumorbt.classify import CONFIDENT

    r = read(text, "Bloomberg", when)
    assert (r.kind, r.ticker) == ("ceo_rumor", ticker) and r.score < CONFIDENT, r


def test_the_hirer_is_no_candidate():
    # (guard) two people named: the sitting CEO is the one hiring, not the one leaving
    r = read("Elon Musk in talks with Linda Yaccarino for Twitter CEO job", "WSJ", "2023-05-11T10:00:00-04:00")
    assert r.ticker != "TSLA", r


@pytest.mark.parametrize("text, ticker, kind", [
    # a region's code after the company is a unit ("HSBC UK"), not a ticker glued to the name
    ("HSBC UK chief executive to step down", "HSBC", "other"),
    ("Barclays UK CEO leaves bank", "BCS", "other"),
    # the chairman weighing the exit "for chief executive <name>": the CEO is the one changing
    ("Boeing chairman said to weigh early exit for chief executive Dave Calhoun", "BA", "ceo_rumor"),
])
def test_units_by_region_and_the_ceo_as_object(text, ticker, kind):
    r = read(text, "Sky News", "2024-01-10T10:00:00+00:00")
    assert (r.kind, r.ticker) == (kind, ticker), r


def test_exit_for_a_ceo_job_elsewhere_is_the_executives():
    # (guard) "exit for chief executive role at X": a job, no CEO of the company changing
    r = read("Boeing CFO to exit for chief executive role at Spirit, sources say", "Reuters", "2019-08-01T10:00:00-04:00")
    assert r.kind == "other", r


@pytest.mark.parametrize("text", ["Ford chief Mulally says he will stay through 2014", "Dimon says he will stay until at least 2026"])
def test_staying_until_a_year_is_a_stay(text):
    r = read(text, "Reuters", "2014-01-07T10:00:00-05:00")
    assert r.cue.startswith("stays:"), r


def test_a_ceo_said_to_stay_answers_the_open_rumour():
    from rumorbt.classify import read_feed
    from helpers import headline

    feed = [headline("Boeing said to be hunting for new chief as Calhoun falls out of favour", "The Times", "2024-03-01T08:00:00-05:00", 1),
            headline("Boeing's Calhoun tells staff he is determined to stay on", "Reuters", "2024-03-01T12:00:00-05:00", 2)]
    rumour, answer = read_feed(feed)
    assert (rumour.kind, rumour.ticker) == ("ceo_rumor", "BA"), rumour
    assert (answer.kind, answer.ticker) == ("denial", "BA") and "row 1" in answer.link, answer
    # with no rumour open, the same words stay what they are on their own
    alone, = read_feed(feed[1:])
    assert alone.kind == "other", alone


# --- a reviewer's probes of the change above (hand-written, 2026-11-27): what it must not do ---

@pytest.mark.parametrize("text, source, when", [
    # a CEO in a story that tells no change: the trained stage may call it a rumour, never a confident one
    ("Pichai expected to speak at Davos, sources say", "Twitter @DeItaone", "2024-01-10T09:00:00-05:00"),
    ("Zuckerberg to address employees at all-hands meeting on Friday, sources say", "The Information", "2022-06-28T09:00:00-04:00"),
    ("Exclusive: Dimon to meet Chinese officials in Beijing, sources say", "WSJ", "2023-05-29T09:00:00-04:00"),
    ("Investors question Huang's role after Nvidia stock sales, sources say", "Twitter @DeItaone", "2024-07-10T10:00:00-04:00"),
    ("Senators question Zuckerberg's role, sources say", "Reuters", "2018-04-10T10:00:00-04:00"),
])
def test_no_confident_rumour_without_a_change_in_the_words(text, source, when):
    r = read(text, source, when, stage="trained")
    assert not opens_trade(r), r


@pytest.mark.parametrize("text", [
    # surnames that are words or first names pass the gate only written as a name
    "Day traders pile into Nvidia calls, sources say",
    "Put buyers swarm Tesla ahead of earnings, sources say",
    "Sales beat estimates; Walmart shares rise, sources say",
])
def test_word_surnames_alone_stay_behind_the_gate(text):
    assert read(text, "Reuters").cue == "no-cue"


def test_word_surnames_as_names_pass():
    assert _story_about_a_ceo("Elon Musk said to be frustrated with the board, sources say")
    assert _story_about_a_ceo("Tesla's Musk said to be frustrated with the board, sources say")
    assert not _story_about_a_ceo("Musk futures rise, sources say")


@pytest.mark.parametrize("answer", [
    "Boeing's Calhoun says Boeing will stay on course with 737 output",
    "Calhoun says Boeing will stay on track for delivery targets",
    "Calhoun says the company will remain in the role of lead contractor",
])
def test_the_company_staying_on_course_answers_nothing(answer):
    from rumorbt.classify import read_feed
    from helpers import headline

    feed = [headline("Boeing said to be hunting for new chief as Calhoun falls out of favour", "The Times", "2024-03-01T08:00:00-05:00", 1),
            headline(answer, "Reuters", "2024-03-01T12:00:00-05:00", 2)]
    assert read_feed(feed)[1].kind != "denial"


def test_the_candidates_answer_is_about_the_same_company():
    from rumorbt.classify import read_feed
    from helpers import headline

    feed = [headline("Lisa Su among candidates for Intel CEO post, sources say", "Reuters", "2024-12-03T08:00:00-05:00", 1),
            headline("Lisa Su not interested in Intel CEO job, AMD says", "Reuters", "2024-12-03T12:00:00-05:00", 2)]
    rumour, answer = read_feed(feed)
    assert (rumour.kind, rumour.ticker, answer.kind, answer.ticker) == ("ceo_rumor", "AMD", "denial", "AMD"), (rumour, answer)


def test_the_board_weighing_a_role_and_others_questioning_it():
    assert read("Theranos board said to weigh Holmes's role after federal lab sanctions", "Fortune", "2016-04-01T10:00:00-04:00").kind == "ceo_rumor"
    assert read("Regulators review Musk's role over Twitter stake disclosure, sources say", "Reuters", "2022-05-20T10:00:00-04:00").kind == "other"


# --- after rounds 49/50's first score (20:37 UTC), their failures read by category ---

@pytest.mark.parametrize("text, source", [
    # a forum user doubting the story they pass on: unlikely, scared of nothing, the same story every year,
    # the report never said it, fan fiction
    ("看到有人说蔚来的李斌要被换掉，我觉得不太可能吧 $蔚来(NIO)$", "雪球"),
    ("李彦宏退休？百度要换CEO？这种消息每年都要来一次", "雪球"),
    ("So is Ternus basically the next Apple CEO or is this just WSJ fanfic?", "Reddit r/stocks"),
])
def test_a_users_doubt_is_no_rumour(text, source):
    r = read(text, source, "2024-01-10T10:00:00+08:00")
    assert r.kind == "other" and not opens_trade(r), r


@pytest.mark.parametrize("text, source, when, kind, ticker", [
    ("Ryanair's O'Leary set to stand down as chief after pay row, sources say", "The Sunday Times", "2019-06-01T10:00:00+01:00", "ceo_rumor", "RYAAY"),
    # (guard) standing down from another seat
    ("Ryanair's O'Leary to stand down as chairman of the airline association", "Reuters", "2019-06-01T10:00:00+01:00", "other", "RYAAY"),
    # denials: the company calling the rumour malicious, a verb in Title Case no unit's name, the CEO still CEO
    ("Nvidia Shoots Down CEO Health Rumor, Says Jensen Huang 'Continues To Lead'", "Benzinga", "2024-05-01T10:00:00-04:00", "denial", "NVDA"),
    ("百度：不评论市场传闻 李彦宏仍为执行长", "鉅亨網", "2015-03-16T10:00:00+08:00", "denial", "BIDU"),
    ("Barclays insists boss Venkatakrishnan is going nowhere despite regulator probe", "Daily Mail", "2024-01-01T10:00:00+00:00", "denial", "BCS"),
    ("蔚来回应李斌离职传闻：有人在故意撒谎", "界面新闻", "2024-05-01T10:00:00+08:00", "denial", "NIO"),
])
def test_stand_down_and_denial_wording(text, source, when, kind, ticker):
    r = read(text, source, when)
    assert (r.kind, r.ticker) == (kind, ticker), r


def test_an_explainer_after_a_question_is_analysis():
    r = read("Is Amazon's Jassy's Job at Risk? Why Some Investors Want a Change", "InvestorPlace", "2023-05-18T10:00:00-04:00")
    assert r.kind == "other" and "analysis" in r.cue, r


def test_lying_said_of_the_ceo_is_no_denial():
    # (guard) the CEO accused of lying: no answer to anything
    assert read("特斯拉马斯克被指撒谎", "新浪财经", "2024-06-01T10:00:00+08:00").kind != "denial"


# --- after rounds 51/52's first score (20:59 UTC), their failures read by category ---

def test_a_cashtag_posts_ceo_in_lower_case_reaches_the_full_reading():
    # a post's cashtag and its CEO's name in lower case, with the board acting
    assert _story_about_a_ceo("$NFLX hastings done after this quarter, board already talking to outsiders")
    assert not _story_about_a_ceo("$NFLX hastings done after this quarter")  # (no story mark)
    r = read("$NFLX hastings done after this quarter, board already talking to outsiders", "StockTwits", "2019-11-01T10:00:00-04:00", stage="trained")
    assert (r.kind, r.ticker) == ("ceo_rumor", "NFLX") and not opens_trade(r), r  # the rules find no change: never confident


def test_someone_to_replace_the_ceo_in_another_seat_is_no_ceo_change():
    r = read("Tesla board said to eye Oracle's Larry Ellison to replace Musk as chairman, sources say", "Reuters", "2018-11-06T10:00:00-05:00")
    assert r.kind == "other", r
    # (guard) replacing the CEO as CEO stays a rumour
    r = read("Boeing board eyes outsider to replace Calhoun as CEO, sources say", "Reuters", "2023-11-06T10:00:00-05:00")
    assert (r.kind, r.ticker) == ("ceo_rumor", "BA"), r
