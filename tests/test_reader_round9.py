"""Rounds 8 and 9's failure categories read by general mechanisms (rules stage): word families the
gate and the lexicon missed (plurals, inflections, a contraction after a name, a tenure at risk, a
job handed on, held or barred from leaving), who speaks (backing that denies only from the company
or its CEO, a post in the first person), what is negated (an intention to leave, "still" before a
verb), whose title it is (a group's CEO, the CEO of a name the tables do not know), a year still to
come, and one calendar day (New York's) for whose CEO it was and which listing traded.
Hand-written headlines worked out by hand; none is a copy of an evaluation row."""
import pandas as pd
import pytest

from rumorbt.classify import classify_headline, read_feed
from rumorbt.headlines import Headline


def H(text, source="Reuters", t="2024-05-14T11:00:00-04:00", row=1):
    return Headline(row, f"h{row}", int(pd.Timestamp(t).value), None, source, text, "", "", "")


def read(text, source="Reuters", t="2024-05-14T11:00:00-04:00"):
    return classify_headline(H(text, source, t), stage="rules")


@pytest.mark.parametrize("text, source", [
    ("hearing Jensen Huang's done by the summer", "StockTwits"),  # "'s done" after a name
    ("Nvidia directors quietly sounding out successors to Jensen Huang, people familiar say", "Bloomberg"),  # plural
    ("Is Jensen Huang stepping aside at Nvidia? Engineers trade rumours", "The Information"),  # the gate's "stepping aside"
    ("Nvidia board patience wearing thin with Jensen Huang", "Financial Times"),  # a tenure at risk, however plainly said
    ("$NVDA Huang out. emergency board call tonight lol", "StockTwits"),  # a name, then "out"
    ("Jensen Huang may cede Nvidia CEO role to an insider, sources say", "Reuters"),  # cede
    ("Jensen Huang to step down as Nvidia CEO in 2025 — exclusive", "Some Tech Blog"),  # a year still to come is not a look back
])
def test_change_families_read_as_rumours(text, source):
    r = read(text, source)
    assert (r.kind, r.ticker) == ("ceo_rumor", "NVDA"), r.cue


@pytest.mark.parametrize("text, source", [
    ("网传英伟达黄仁勋在机场被警方拘留", "微博"),   # held by police
    ("英伟达黄仁勋被限制出境？", "雪球"),           # barred from leaving the country
    ("英伟达黄仁勋跑路了？？", "虎扑"),             # fled
    ("消息指英伟达黄仁勋将卸任", "信报"),           # Hong Kong press: "消息指" is sources saying
])
def test_chinese_held_fled_and_sources_say_read_as_rumours(text, source):
    r = read(text, source)
    assert (r.kind, r.ticker) == ("ceo_rumor", "NVDA"), r.cue


@pytest.mark.parametrize("text, source", [
    ("Nvidia CEO Jensen Huang says he is not planning to leave", "Reuters"),          # an intention to leave negated
    ("Jensen Huang shrugs off retirement chatter: 'best job in the world'", "Business Insider"),  # a report waved away
    ("Nvidia plays down talk of a CEO change", "Nvidia spokesperson"),
    ("Nvidia CEO Jensen Huang says he's staying", "CNBC"),                             # a contraction
    ("Nvidia CEO Jensen Huang to remain in role, company says after report", "Reuters"),
    ("Jensen is our founder and CEO and that isn't changing.", "Nvidia spokesperson"),
    ("We don't comment on rumours. Jensen is actively leading the company.", "Nvidia spokesperson"),  # backing, from the company
    ("Jensen Huang says he is committed to both Nvidia and its partners", "Reuters"),  # backing, from the CEO named as speaker
    ("Huang plans to stay at Nvidia after Arm deal", "Reuters"),                       # staying is his, whatever deal is beside it
])
def test_english_denial_wording_and_speakers(text, source):
    r = read(text, source)
    assert (r.kind, r.ticker) == ("denial", "NVDA"), r.cue


@pytest.mark.parametrize("text, source", [
    # praise of a CEO by someone else is no answer to anything
    ("Analyst on Nvidia CEO Jensen Huang: 'he's running the company the right way'", "CNBC"),
    # committed to another aim, even in the company's mouth
    ("Nvidia: Jensen Huang and the board are committed to advancing chip safety", "Nvidia spokesperson"),
    # a change of a unit while the CEO stays: news, nothing denied
    ("Jensen Huang hands gaming unit to new chief; remains group CEO of Nvidia", "Nikkei Asia"),
])
def test_backing_and_staying_that_answer_nothing_are_other(text, source):
    assert read(text, source).kind == "other"


def test_a_person_said_to_be_well_answers_the_death_rumour_beside_it():
    r = read("\"He's fine. He's at his desk.\" — Nvidia on viral death post", "Nvidia spokeswoman")
    assert (r.kind, r.ticker) == ("denial", "NVDA"), r.cue


def test_still_before_a_verb_is_not_still_in_office():
    # "该下台" is an opinion; "还在堆显卡" (still piling up GPUs) denies nothing
    assert read("黄仁勋该下台了吧？英伟达还在堆显卡", "雪球").kind == "other"
    assert read("英伟达回应：黄仁勋依然是英伟达CEO，别再传了", "新浪科技").kind == "denial"


def test_a_first_person_post_that_it_is_not_going_anywhere_is_linked_to_the_open_rumour():
    heads = [H("hearing Nvidia board is pushing Jensen Huang out, sources say", "StockTwits", "2024-05-14T11:00:00-04:00", 1),
             H("I am not going anywhere. Period. Ignore the noise.", "X @JHuangNV", "2024-05-14T13:00:00-04:00", 2)]  # (a handle the tables do not know)
    r = read_feed(heads, link_window_ns=86_400 * 10**9, stage="rules")[1]
    assert (r.kind, r.ticker) == ("denial", "NVDA"), (r.stance, r.link)
    assert r.link.startswith("row 1")


@pytest.mark.parametrize("text, source, kind", [
    ("Nvidia Group Chief Executive Jensen Huang to retire", "Nvidia press release", "ceo_confirmed"),  # the group is the company
    ("Nvidia names Jane Roe chairman and chief executive officer", "Nvidia press release", "ceo_confirmed"),  # "chair" the word, not "chairman and CEO"
    ("Nvidia Board Elects Jane Roe as Chief Executive Officer", "Nvidia press release", "ceo_confirmed"),
    ("Nvidia: Jane Roe resigns as CEO of Mellanox Networks", "Nvidia press release", "other"),  # a title of a name the tables do not know
    ("Nvidia CEO Jensen Huang diagnosed with throat cancer, prognosis good", "Reuters", "other"),  # an illness disclosed
    ("Jensen Huang's handoff: five problems his successor inherits at Nvidia", "Bloomberg", "other"),  # a listicle
    ("Who runs Nvidia when he's gone? Jensen Huang is 61", "Forbes", "other"),  # a hypothetical: a guard (other before this session too) that the new "he's out/done" contractions do not make "when he's gone" a rumour
])
def test_whose_title_and_what_kind_of_story(text, source, kind):
    assert read(text, source).kind == kind


def test_an_exchange_announcement_is_a_filing():
    r = read("Nvidia: Resignation of Jensen Huang as Chief Executive Officer", "ASX announcement")
    assert (r.kind, r.unverified) == ("ceo_confirmed", False)


@pytest.mark.parametrize("t, entity", [
    # Lip-Bu Tan is Intel's CEO from 2025-03-18 (New York). 19:30 and 20:30 on the 17th in New York are
    # either side of midnight UTC: both are still the 17th, before his start
    ("2025-03-17T19:30:00-04:00", "Lip-Bu Tan (to become CEO of Intel)"),
    ("2025-03-17T20:30:00-04:00", "Lip-Bu Tan (to become CEO of Intel)"),
    ("2025-03-18T00:30:00-04:00", "Lip-Bu Tan (CEO of Intel on 2025-03-18)"),  # 04:30 UTC: the 18th in both
])
def test_whose_ceo_is_read_on_the_new_york_day_like_the_listing(t, entity):
    r = read("Intel CEO Lip-Bu Tan to step down, sources say", "Reuters", t)
    assert (r.kind, r.ticker, r.entity) == ("ceo_rumor", "INTC", entity)


@pytest.mark.parametrize("text, source, kind", [
    ("Nvidia announces leadership transition", "Nvidia newsroom", "ceo_confirmed"),  # the company's own channel, no one named: its top job
    ("Nvidia: no leadership changes under consideration; Jensen Huang continues as CEO", "Nvidia spokesperson", "denial"),
    ("Nvidia board discusses contingency plans as investors sour on Jensen Huang — sources", "Financial Times", "ceo_rumor"),
    ("Roe says she plans to stay at Nvidia after Arm deal", "Reuters", "denial"),  # staying said of herself, a deal beside it
])
def test_company_channel_board_and_self_report_structure(text, source, kind):
    r = read(text, source)
    assert (r.kind, r.ticker) == (kind, "NVDA"), r.cue


@pytest.mark.parametrize("text, source, kind", [
    ("网传某城商行行长周末被带走", "微博", "ceo_rumor"),               # 行长: a bank's top job
    ("某城商行：董事会决定免去张三行长职务", "某城商行公告", "ceo_confirmed"),
    ("网传某城商行副行长被带走", "微博", "other"),                     # a deputy
    ("网传林小峰被带走？", "微博", "ceo_rumor"),                        # a Chinese name the tables do not know, in talk: guessed, uncertain
    ("林小峰被带走", "新华社", "other"),                                # not in talk: no guess
])
def test_chinese_top_job_titles_and_unknown_names(text, source, kind):
    r = read(text, source)
    assert r.kind == kind, r.cue
    if kind == "ceo_rumor":
        assert r.score < 0.8  # a guess is never confident: it opens no trade


def test_no_unknown_chinese_name_is_guessed_in_a_denial():
    # a denial may answer a story about anyone: the name is not made the CEO
    r = read("网传林小峰将离开英伟达，英伟达回应：不实", "微博")
    assert "role not stated" not in r.entity and r.role != "ceo"


@pytest.mark.parametrize("text, source", [
    ("英伟达回应管理层变动传闻：团队不变，黄仁勋照常带队", "英伟达公关部"),       # the team unchanged, leading as usual
    ("黄仁勋今日在新竹工厂正常办公，网传不实信息我们将依法追究", "英伟达官方微博"),  # at work as usual, beside a word of another story
])
def test_chinese_company_answers(text, source):
    r = read(text, source)
    assert (r.kind, r.ticker) == ("denial", "NVDA"), r.cue


@pytest.mark.parametrize("text, source", [
    # a CEO "committed to" a place or a partner speaks of that, not of the job (review of 6ca5695)
    ("Tim Cook says Apple is committed to India", "Reuters"),
    ("Satya Nadella says Microsoft remains committed to OpenAI", "Reuters"),
    # "out" after a capitalised word that is no person ("Results out;") says nobody left
    ("Apple Q3 Results out; CEO Tim Cook upbeat on iPhone", "Reuters"),
    # 被查出: found to have (a quality problem), not put under investigation
    ("比亚迪汽车被查出质量问题，王传福回应", "新浪财经"),
])
def test_remarks_near_the_new_cues_stay_other(text, source):
    for stage in ("rules", "trained"):
        r = classify_headline(H(text, source), stage=stage)
        assert r.kind == "other", (stage, r)
