"""Round 7's failure categories read by general mechanisms (rules stage): wording families the
gate and the lexicon missed, who speaks (the CEO in the first person, the CEO named as the
speaker, a company's investor-relations account, an outlet whose name holds 公司), structure
(a Chinese space parting clauses, cue characters inside a Chinese name, a deny verb right before
the change it denies, a state of normality said beside a change), and the strategy's asymmetry
on uncertain readings. Hand-written headlines worked out by hand; none is a copy of an
evaluation row."""
import pandas as pd
import pytest

from helpers import config, write_tape
from rumorbt.classify import CONFIDENT, classify_headline, read_feed
from rumorbt.engine import run
from rumorbt.headlines import Headline


def H(text, source="Reuters", t="2024-05-14T11:00:00-04:00", row=1):
    return Headline(row, f"h{row}", int(pd.Timestamp(t).value), None, source, text, "", "", "")


def read(text, source="Reuters", t="2024-05-14T11:00:00-04:00"):
    return classify_headline(H(text, source, t), stage="rules")


@pytest.mark.parametrize("text, source", [
    # a bare "fire" (the gate knew only fires/fired/firing), a board that "lost patience"
    ("Will Nvidia directors fire Jensen Huang? Report says the board has lost patience", "TheStreet"),
    # illness wording: intensive care, taken ill, rushed to hospital
    ("NVIDIA CEO JENSEN HUANG REPORTEDLY TAKEN ILL AT GTC", "X @FirstSquawk"),
    ("Jensen Huang said to be in intensive care, Nvidia silent", "StockTwits"),
    # a tenure said to be running out / ending; the one pushed named between "pushed" and "out"
    ("Is Jensen Huang's time at Nvidia running out? Insiders describe a restless board", "Business Insider"),
    ("Scoop: Jensen Huang tells friends his Nvidia CEO job could be ending this year", "Axios"),
    ("word is the Nvidia board pushed Huang out last night", "StockTwits"),
    # a change said to loom
    ("Headhunters sound out candidates as Jensen Huang's Nvidia exit looms", "Bloomberg"),
])
def test_round7_english_change_and_health_families_read_as_rumours(text, source):
    r = read(text, source)
    assert (r.kind, r.ticker) == ("ceo_rumor", "NVDA"), r.cue


@pytest.mark.parametrize("text, source", [
    ("网传英伟达黄仁勋已递交辞呈", "时代财经"),                       # a resignation letter handed in
    ("英伟达CEO黄仁勋疑被有关部门带走", "香港01"),                     # taken away, words between 被 and 带走
    ("消息称英伟达CEO黄仁勋正在协助有关部门调查", "第一财经"),          # assisting an investigation, words between
    ("大瓜：黄仁勋被英伟达董事会逼宫", "雪球"),                         # forced out by the board (not an opinion)
    ("外媒：英伟达董事会已解雇CEO黄仁勋", "华尔街见闻"),                # a foreign outlet relayed
    ("据说英伟达的黄仁勋在ICU", "微博"),                                # in intensive care
    ("朋友在英伟达上班，说黄仁勋下周就走了，真的假的", "小红书"),       # "true or false?" asks, it does not deny
])
def test_round7_chinese_change_and_health_families_read_as_rumours(text, source):
    r = read(text, source)
    assert (r.kind, r.ticker) == ("ceo_rumor", "NVDA"), r.cue


def test_an_outlet_whose_name_holds_the_word_company_is_not_the_company_speaking():
    # "证券时报·e公司" is a newspaper: its market talk is a confident rumour, not the issuer's channel
    r = read("市场消息称英伟达CEO黄仁勋正在协助有关部门调查", "证券时报·e公司")
    assert (r.kind, r.ticker, r.certainty) == ("ceo_rumor", "NVDA", "confident"), (r.cue, r.speaker)


def test_cue_characters_inside_a_chinese_name_are_not_cues():
    # 王传福 holds 传 ("it is rumoured"): a newswire's plain report is not made a rumour by a name
    r = read("比亚迪执行长王传福卸任", "新浪财经", "2020-03-02T10:00:00+08:00")
    assert r.kind == "ceo_confirmed" and "hedge" not in r.cue, r.cue


def test_a_space_between_chinese_clauses_parts_them():
    # "COO quits; the CEO fills in": the change belongs to the COO (营运长, Taiwan's title), not the CEO
    r = read("英伟达营运长请辞 执行长黄仁勋暂兼", "中央社")
    assert (r.kind, r.role) == ("other", "other_exec"), r


@pytest.mark.parametrize("text, source, kind", [
    # the CEO named as the headline's speaker saying it is time: their own announcement, not an opinion
    ("Jensen Huang says it's time to hand over the Nvidia CEO job", "CNBC", "ceo_confirmed"),
    # the CEO spoken to is not speaking: still an opinion
    ("Senator to Nvidia's Huang: 'You should resign'", "The Hill", "other"),
    # the company announcing a "succession plan" as its CEO retires is the announcement
    ("Nvidia Announces CEO Succession Plan as Jensen Huang Retires", "Nvidia Newsroom", "ceo_confirmed"),
])
def test_who_says_it_decides_opinion_and_announcement(text, source, kind):
    assert read(text, source).kind == kind


def test_the_ceo_in_the_first_person_on_their_own_account_confirms():
    # the tables end Richard Liu's tenure on 2022-04-07: his own post the day after still speaks as the CEO
    r = read("After a long run I've told the board it's time for someone new to lead JD.com.", "X @richardliu",
             "2022-04-08T09:00:00-04:00")
    assert (r.kind, r.ticker, r.role) == ("ceo_confirmed", "JD", "ceo"), r


def test_an_illness_disclosed_by_the_ceo_is_not_a_denial_nor_a_rumour():
    assert read("英伟达CEO黄仁勋自曝患癌 称将继续领导公司", "雪球").kind == "other"
    assert read("Nvidia CEO Jensen Huang discloses cancer diagnosis, will keep working", "Reuters").kind == "other"


def test_normality_said_beside_a_change_does_not_deny_it():
    # the change stated in one clause, "things are normal" in another: nothing is denied
    r = read("英伟达：黄仁勋正协助有关部门调查，公司经营一切正常", "港交所披露易")
    assert r.kind != "denial", r.cue


def test_an_investor_relations_account_on_its_ceo_is_an_uncertain_denial():
    r = read("公司经营一切正常，黄仁勋先生将如期出席下周业绩会。", "雪球 @英伟达投资者关系")
    assert (r.kind, r.ticker, r.certainty) == ("denial", "NVDA", "uncertain"), (r.cue, r.speaker)
    assert "speaker" in r.stance and r.speaker  # the evidence: who said it


def test_a_deny_verb_right_before_the_change_is_a_denial_even_of_an_unknown_company():
    # read as a feed with nothing open: it stands as a denial on its own, not a bare one awaiting a link
    r = read_feed([H("远山资本内部人士否认李四被带走：正在海外出差", "21世纪经济报道")], stage="rules")[0]
    assert (r.kind, r.ticker) == ("denial", ""), r.cue
    assert r.certainty == "uncertain"  # whose company it is, the tables cannot say


@pytest.mark.parametrize("text, source", [
    ("Nvidia rubbishes reports of CEO Jensen Huang's exit", "The Economic Times"),
    ("Nvidia Calls Report On CEO's Health 'Totally False'", "Dow Jones Newswires"),  # a title-case verb, not a unit
    ("Jensen is our CEO and that is not changing.", "Nvidia spokesperson"),
])
def test_round7_denial_wording(text, source):
    r = read(text, source)
    assert (r.kind, r.ticker) == ("denial", "NVDA"), (r.cue, r.entity)


def test_a_board_resolution_relayed_by_an_unknown_site_is_an_uncertain_confirmation():
    r = read("英伟达董事会通过执行长黄仁勋卸任案", "台北商报")
    assert (r.kind, r.certainty) == ("ceo_confirmed", "uncertain"), r.cue


def test_a_platform_then_only_the_company_name_is_its_own_account():
    official = read("关于近期网络不实信息的说明", "微信公众号 英伟达")
    assert official.speaker.startswith("NVIDIA") or "NVDA" in official.speaker or official.ticker == "NVDA", official
    # a gossip account's name in quotes is not the company
    gossip = read("网传黄仁勋将卸任英伟达CEO", "微信公众号“芯片八卦”")
    assert (gossip.kind, gossip.certainty) == ("ceo_rumor", "confident"), gossip.cue


# ---- uncertain readings are marked, and the default strategy is asymmetric about them

def test_hedged_wording_with_an_unclear_subject_is_an_uncertain_rumour_with_evidence():
    # a first name alone and nothing else: a rumour, but whose CEO is a guess
    r = read("Is Jensen finally stepping down? Hearing things", "StockTwits")
    assert r.kind == "ceo_rumor" and r.certainty == "uncertain", r
    assert r.entity and r.stance and "uncertain" in r.evidence()


def test_a_denial_whose_target_is_unclear_is_uncertain_with_evidence():
    # the company speaks through its own channel but names neither its CEO nor a report
    r = read("公司经营一切正常，黄仁勋先生将如期出席下周业绩会。", "雪球 @英伟达投资者关系")
    assert r.kind == "denial" and r.score < CONFIDENT and "speaker=" in r.evidence()


def _feed(path, rows):
    pd.DataFrame([{"published_at": t, "source": s, "headline": h} for t, s, h in rows]).to_csv(path, index=False)
    return path


def test_the_default_strategy_exits_on_an_uncertain_denial_and_never_enters_on_an_uncertain_rumour(tmp_path):
    # the strategy's asymmetry, on the rules stage's readings (the trained stage may read differently)
    tape = write_tape(tmp_path / "t.csv", n=900)
    rumour = ("2022-11-22T10:30:00-05:00", "The Leak", "Zuckerberg to step down as Meta CEO, insider source says")
    ir = ("2022-11-22T10:35:00-05:00", "雪球 @Meta投资者关系", "公司经营一切正常，扎克伯格先生将如期出席下周业绩会。")
    alone = read_feed([H(ir[2], ir[1], ir[0])], stage="rules")[0]
    assert (alone.kind, alone.ticker, alone.certainty) == ("denial", "META", "uncertain"), alone
    f = _feed(tmp_path / "h.csv", [rumour, ir])
    res = run(config(f, tape, data__reader_stage="rules"))
    # entered on the confident rumour, out on the company's own (uncertain-worded) denial
    assert len(res.trades) == 1 and res.trades[0].exit_reason == "denial"
    # an uncertain rumour alone opens nothing, and the log says why
    # (a site the tables do not know stating it as fact: reported, uncertain)
    claim = ("2022-11-22T10:30:00-05:00", "Valley Whisper Blog", "Meta CEO Mark Zuckerberg to step down next year")
    assert read_feed([H(claim[2], claim[1], claim[0])], stage="rules")[0].certainty == "uncertain"
    vague = _feed(tmp_path / "v.csv", [claim])
    res = run(config(vague, tape, data__reader_stage="rules"))
    assert res.trades == [] and any("enter_min_confidence" in d[3] for d in res.decisions)


# ---- batch 2: short replies, well-being said by or for the company, looking ill

def test_a_reply_that_is_only_no_from_the_ceo_is_linked_as_a_denial():
    rumour = H("Jensen Huang to step down as Nvidia CEO, insider source says", "The Leak", row=1)
    reply = H("lol no", "X @jensenhuang", "2024-05-14T11:20:00-04:00", row=2)
    _, r = read_feed([rumour, reply], stage="rules")
    assert (r.kind, r.ticker) == ("denial", "NVDA") and r.link.startswith("row 1"), r


@pytest.mark.parametrize("text, source", [
    ("Jensen is fine.", "X @nvidianewsroom"),                                     # "fine" is not a fine here
    ("Nvidia CEO Huang is in good health, spokesperson says", "Reuters"),          # the company speaking in the text
    ("Jensen Huang remains Nvidia CEO, company says after report", "Reuters"),     # the company's name between
])
def test_well_being_or_staying_said_by_the_company_is_its_denial(text, source):
    r = read_feed([H(text, source)], stage="rules")[0]
    assert (r.kind, r.ticker) == ("denial", "NVDA"), (r.cue, r.stance)


@pytest.mark.parametrize("text", [
    "$NVDA Huang looks sick at GTC, is he ok??",
    "$NVDA Huang skipped the keynote, something's wrong health-wise",  # "wrong" is worry here, not a denial
])
def test_looking_ill_is_a_health_rumour(text):
    r = read(text, "StockTwits")
    assert (r.kind, r.ticker) == ("ceo_rumor", "NVDA"), r.cue
