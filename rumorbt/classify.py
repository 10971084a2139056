"""The headline reader: English and Chinese, rule-based, offline; extraction first, rules on top.

Each headline is read as ``ceo_rumor`` (a CEO change, illness or death reported but not
confirmed), ``denial`` (the company, its spokesperson or the CEO rejects such a report),
``ceo_confirmed`` (the change is official) or ``other``, with:

- the evidence it was read from: ``entity`` (who it is about, from :mod:`rumorbt.entities`),
  ``role`` (ceo, unit_ceo, former_ceo, other_exec), ``action`` (change, health), ``stance``
  (hedged, question, denial, confirm, opinion, analysis, plain), ``speaker`` (who says it:
  the source's class and any company or person the source names, :mod:`rumorbt.sources`);
- the ticker, or why there is none tradable here (private, listed only abroad);
- a confidence in [0, 1]: ``confident`` from :data:`CONFIDENT` up, ``uncertain`` below. An
  uncertain reading is marked, not guessed into a confident one; the strategy compares the
  number to its thresholds (``strategy.enter_min_confidence`` / ``exit_min_confidence``).

Two stages: a cheap keyword gate (one prefix-tree regex over the lower-cased text) sends the
bulk of a newswire feed (headlines about something else) straight to ``other``; only
headlines with a role, change, health or denial word are read in full.

:func:`read_feed` reads a whole feed in publication order and links a denial or confirmation
that names no company to the rumour it answers (through its speaker or the CEO's name),
using only headlines published before it, within ``data.link_window``; the link is shown.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, timezone

from .entities import Entity, Tables, find_entities, handle_speaker, listing_of, load_tables, person_role
from .entities import _trie
from .headlines import Headline
from .sources import VERIFIED_CLASSES, source_class

CONFIDENT = 0.8  # readings at or above this are "confident", below "uncertain"
NS_PER_DAY = 86_400 * 10**9


class _Lexicon:
    """English alternatives as whole words, Chinese ones as plain substrings. Searched on the
    lower-cased text without ``re.I`` (3x faster in CPython), the Chinese part only when the
    text has non-ASCII characters. ``search``/``sub`` mirror :class:`re.Pattern`'s."""

    __slots__ = ("en", "zh")

    def __init__(self, en: str, zh: str = "") -> None:
        # ASCII word edges: an English word glued to Chinese text ("据悉Tim Cook将卸任") still counts
        self.en = re.compile(rf"(?<![a-z0-9-])(?:{en})(?![a-z0-9])") if en else None
        self.zh = re.compile(zh.lower()) if zh else None

    def search(self, text: str) -> re.Match | None:
        low = text.lower()
        a = self.en.search(low) if self.en else None
        if self.zh is None or low.isascii():
            return a
        b = self.zh.search(low)
        return b if a is None or (b is not None and b.start() < a.start()) else a

    def sub(self, repl, text: str) -> str:
        low = text.lower()
        spans = [m.span() for p in (self.en, self.zh) if p is not None for m in p.finditer(low)]
        out = list(text)
        for a, b in spans:
            piece = repl(_Span(text[a:b])) if callable(repl) else repl
            out[a:b] = [piece] + [""] * (b - a - 1) if b > a else out[a:b]
        return "".join(out)


class _Span:
    """The bit of a match that ``_Lexicon.sub``'s callables read."""

    def __init__(self, s: str) -> None:
        self._s = s

    def group(self, _: int = 0) -> str:
        return self._s


def _rx(en: str, zh: str = "") -> _Lexicon:
    return _Lexicon(en, zh)


_CEO = _rx(r"ceo|co-ceo|c\.e\.o\.|chief executive(?: officer)?|chief exec|top boss|boss|top executive|helm",
           r"首席执行官|行政总裁|执行长|CEO|掌门人|掌门|一把手|掌舵人|掌舵|(?<![副总])总裁|总经理|操盘手")
_OTHER_EXEC = _rx(r"cfo|coo|cto|cmo|cio|cpo|chief (?:financial|operating|technology|marketing|legal|people|product|information|revenue|"
                  r"commercial|strategy|scientific|medical|investment|accounting|ai|digital|risk|compliance) officer|general counsel|"
                  r"president of|head of|board member|director|vice chair(?:man|woman)?|chair(?:man|woman|person)?|vice president|"
                  r"svp|evp|executive vice president|treasurer|controller|finance chief|finance head|operating chief",
                  r"首席财务官|财务总监|首席运营官|首席技术官|首席产品官|首席科学家|首席信息官|首席营销官|董事会成员|独立董事|董事(?!会|长兼)|"
                  r"副总裁|高级副总裁|副总经理|高管|负责人|董事长(?!兼)|主席|财务负责人|总监|副董事长|监事")
_CEO_COMBO = _rx(r"(?:chair(?:man|woman|person)?|president|founder|co-founder) (?:and|&) (?:ceo|chief executive)|"
                 r"(?:ceo|chief executive) (?:and|&) (?:chair(?:man|woman|person)?|president|founder)",
                 r"董事长兼(?:CEO|首席执行官|总裁)|(?:CEO|首席执行官|总裁)兼董事长|创始人兼(?:CEO|首席执行官)|董事长兼总经理")
_RETURN = re.compile(r"\breturn|\bcomeback|come back|回归|重掌|复出", re.I)
_SPEECH_AFTER = re.compile(r"^[^.;!?。；]{0,30}?(?:[:：]|\b(?:says?|said|tells?|told|writes|wrote|posts?|posted|denies|calls)\b|表示|称|回应|指出|发文)", re.I)
_CHANGE = _rx(r"step(?:s|ping|ped)? (?:down|aside|back|away)|resign(?:s|ed|ing|ation)?|quit(?:s|ting)?|leav(?:e|es|ing)|"
              r"depart(?:s|ed|ing|ure)?|exit(?:s|ed|ing)?|oust(?:s|ed|ing|er)?|fire[sd]?|firing|sack(?:s|ed|ing)?|ax(?:e|ed|es)|"
              r"replac(?:e|es|ed|ing|ement)|successor|succession|succeed(?:s|ed|ing)?|retir(?:e|es|ed|ing|ement)|"
              r"hand(?:s|ing|ed)? (?:over|off|the reins)|hand(?:s|ing|ed)? (?:the |his |her )?(?:ceo|chief executive|top) (?:job|role|post|title|reins|seat)|"
              r"pass(?:es|ing)? the (?:baton|torch)|out as|(?:is|are) out|on (?:his|her|their) way out|"
              r"new (?:ceo|chief executive)|to go\b|pushed out|forced out|shown the door|boot(?:s|ed)?|removed|removal|"
              r"let go|part(?:s|ing)? ways|vacat(?:e|es|ing)|relinquish(?:es|ing)?|give up|gives up|giving up|"
              r"(?:ceo|leadership|management) (?:change|transition|shake-?up|overhaul|search)|shake-?up|transition|"
              r"names? .{0,40}(?:ceo|chief executive)|appoint(?:s|ed)? .{0,40}(?:ceo|chief executive)|taps? .{0,30}(?:ceo|chief executive)|"
              r"will not seek|won't seek|not seek re-?election|out at|walk(?:s|ing)? away|heir|take over as|takes over as|"
              r"(?:to|will) (?:become|be named) (?:ceo|chief executive)|interim ceo|acting ceo|dismiss(?:ed|al)? as|sacking|firing of|"
              r"return(?:s|ing)? as|comeback|come back as|termination|terminated|suspend(?:s|ed)?|on leave|leave of absence|detained|arrested|missing|disappear(?:s|ed|ance)?",
              r"辞职|辞任|辞去|请辞|卸任|下台|下课|离职|离任|退休|退居|接班|继任|罢免|解职|撤职|让位|交棒|交班|离开|被解雇|被开除|出局|"
              r"换帅|接任|接替|撤换|更换|替换|免去|出走|退任|不再担任|淡出|隐退|新任|新CEO|新掌门|新帅|履新|上任|走马上任|"
              r"回归|重掌|复出|任命.{0,20}(?:首席执行官|CEO|执行长|总裁)|交出.{0,8}(?:职位|职务|帅印|权杖|CEO|首席执行官)|出任|将由|被免|免职|去职|离场|退出管理|失联|被带走|协助调查|被留置|被拘|停职|休假")
_HEALTH = _rx(r"(?:gravely|seriously|critically|terminally) ill|illness|ill health|health (?:scare|issues?|problems?|crisis|concerns?|condition)|"
              r"hospitali[sz](?:ed|ation)|in hospital|medical leave|cancer|heart attack|stroke|dies|died|dead|death|passed away|"
              r"passes away|in critical condition|coma|collapsed|incapacitated|life support",
              r"病重|病危|住院|去世|逝世|身故|离世|病逝|健康问题|身体状况|重病|猝死|抢救|患癌|癌症|昏迷|病倒|身体不适|过世")
_DENIAL = _rx(r"den(?:y|ies|ied|ial|ying)|false|not true|untrue|baseless|unfounded|groundless|fake|hoax|inaccurate|incorrect|"
              r"wrong|nonsense|made up|fabricat(?:ed|ion)|no truth|no basis|without basis|rejects?|refutes?|dismiss(?:es|ed|ing)? .{0,30}?(?:report|rumou?r|speculation|claim|stor)|knocks? down|"
              r"categorically|(?:is|am|are|was) not (?:stepping|leaving|resigning|retiring|going|quitting|departing|sick|ill)|not stepping down|"
              r"not leaving|not retiring|not resigning|not going anywhere|isn't going anywhere|no (?:plans?|intention) to|has no intention|"
              r"(?:will|would) not (?:step|leave|resign|retire|quit)|won't (?:step|leave|resign|retire|quit)|remains? (?:as |the |our )?(?:ceo|chief executive|in (?:charge|(?:his|her) (?:role|post|job)))|"
              r"(?:is|are) staying|stays on|staying put|alive and well|in good health|doing (?:fine|well)|(?:full|complete|total) (?:confidence|support|backing)|"
              r"fully supports?|pure speculation|misinformation|disinformation|debunk(?:s|ed)?|shoots? down|pushe[sd]? back|"
              r"setting the record straight|no change(?:s)? (?:in|to) (?:leadership|management)|rumou?rs? (?:are|is|were) (?:wrong|false|untrue|baseless)|"
              r"not accurate|not correct|is untrue|this is false|that is false|no such plan|nothing to (?:it|see)|laughable|absurd|ridiculous|"
              r"(?:still|remains) (?:firmly )?in (?:charge|control|command)|going nowhere|isn't leaving|is not leaving",
              r"否认|辟谣|不实|假消息|虚假|并无此事|纯属|捏造|不属实|不准确|澄清|不会辞职|没有辞职|未辞职|不会卸任|假新闻|谣言|系谣|假的|"
              r"无此事|无稽之谈|子虚乌有|一切正常|身体健康|仍担任|仍将担任|继续担任|留任|没有离职|并未离职|并未|不存在|毫无根据|胡说|造谣|"
              r"不是真的|并非事实|非事实|不会离开|无意|没有计划|没有此事|不真实|失实|乌龙|被谣言|身体很好|状况良好|健在|继续领导|继续执掌")
_CONFIRM = _rx(r"announces?|announced|announcement|appoints?|appointed|names?|named|confirms?|confirmed|effective|8-k|6-k|"
               r"board (?:has )?accepted|will succeed|to succeed|succeeded by|successor named|(?:the )?company (?:says|said)|"
               r"(?:says|said|tells|told|announces|writes|wrote|posts|posted) (?:he|she|they|i)(?:'ll| will| is| am| has| plans| would)|"
               r"i(?:'m| am| will| have decided)|my (?:decision|last day|successor)|in a (?:statement|filing|memo|letter)|statement|"
               r"press release|filing|memo to (?:staff|employees)|letter to (?:staff|employees|shareholders)|at year[- ]end|"
               r"at the end of (?:the|this) (?:year|month|quarter)|after \d+ years|plans to retire|will retire|to retire",
               r"宣布|任命|正式|公告|官宣|证实|确认|发布声明|董事会批准|公司表示|聘任|聘请|生效|董事会决议|董事会同意|内部信|全员信|公开信|"
               r"发文|声明|提名|选举|通过了")
_HEDGE = _rx(r"report(?:s|ed|edly)?|said to|sources?|people familiar|familiar with|according to|insiders?|rumou?r(?:s|ed)?|unconfirmed|"
             r"anonymous|considering|consider(?:s|ed)?|weigh(?:s|ing)?|mull(?:s|ing)?|explor(?:es|ing)|may|could|might|possibly|speculation|"
             r"allegedly|reportedly|hearing|heard|chatter|whispers?|buzz|talk of|said to be|expected to|set to|poised to|likely|"
             r"preparing|nears?|nearing|in talks|leak(?:s|ed)?|exclusive|source:|per sources|i hear|scoop|tipster|word is|"
             r"people close to|person close to|people with knowledge|knowledge of|briefed on|privately|behind the scenes|searching|search for|"
             r"hunt(?:s|ing)? for|lines? up|lining up|shortlist|eyes|eyeing|plans? to replace|looking to replace|seeks?|seeking|odds",
             r"据报道|报道称|报道|消息人士|知情人士|传出|传闻|传言|据悉|或将|或|拟|网传|市场传|据称|爆料|消息称|曝|疑似|疑|传|有消息|"
             r"小道消息|据传|坊间|内部人士|据知情|可能|考虑|寻找|物色|酝酿|接近|人士透露|透露|独家|听说|盛传|流传|截图|风声")
_QUESTION = re.compile(r"[?？]")
_OPINION = _rx(r"should|must|calls? (?:for|on)|call(?:ing)? for|urges?|urging|demands?|time for|needs? to|ought to|petition|"
               r"it's time|is it time|push(?:es|ing)? for|want(?:s)? .{0,20} (?:out|gone|to go)|opinion|op-ed|column|why .{0,40} must go",
               r"应该|应当|呼吁|要求|该下台|是时候|请愿|敦促|逼宫|评论|观点|必须|需要新|该换|下台吧|滚蛋")
_ANALYSIS = _rx(r"analysts?|analysis|who (?:could|will|might|would) (?:succeed|replace)|succession plan(?:ning)?|what (?:happens|if)|"
                r"could .{0,20} be next|years? after|anniversary|looks? back|remember(?:ing|s)?|retrospective|since .{0,40}(?:stepped|left|resigned)|"
                r"former|ex-[a-z]+|once|book|biography|documentary|podcast|interview|obituary|lessons from|history of|how .{0,40} (?:left|ousted|stepped)|"
                r"(?:in|back in) (?:19|20)\d\d|five|ten|decade|legacy|profile|explainer|ranking|list of|top \d+|best ceos?|highest[- ]paid|pay package|"
                r"compensation|salary|net worth|richest|bonus|stock sale|sells shares|buys shares",
                r"分析师|分析|回顾|复盘|周年|前CEO|前任|原CEO|曾任|昔日|当年|盘点|谁将接班|谁会接班|接班人之争|传记|纪录片|专访|访谈|年前|"
                r"薪酬|身家|首富|排行|榜单|减持|增持")
_REPORT_WORD = _rx(r"reports?|rumou?rs?|story|stories|article|claims?|speculation|allegations?|chatter|gossip|this|that|it",
                   r"报道|传闻|传言|消息|谣言|辟谣|说法|网传|此事|相关")
_OTHER_TOPIC = _rx(r"merger|acquisition|acquire|takeover|buyout|bid|layoffs?|job cuts|cuts? jobs|restructuring|bankruptcy|recall|"
                   r"deal|stake|ipo|lawsuit|probe|investigation|product|launch|earnings|guidance|data breach|hack|price|plant|factory|"
                   r"strike|union|sale of|sell|spin-?off|split|dividend|buyback|outage|delist|fine|tariff|ban|funding|valuation|partnership",
                   r"收购|并购|合并|裁员|破产|召回|上市|融资|产品|发布会|业绩|财报|罚款|关税|停产|工厂|回购|分拆|拆分|合作|估值|降价|涨价|"
                   r"爆雷|暴雷|债务|违约")
_SPEAKER_TEXT = _rx(r"spokes(?:man|woman|person|people)|representative|\brep\b|company said|company says|the company|statement|"
                    r"official|communications|comms|press office|ir team|investor relations|in a post|tweeted|wrote on|posted",
                    r"发言人|公关|相关负责人|公司回应|官方|公司表示|声明|回应|董秘|内部人士回应")
_OFFICIAL_SOURCE = re.compile(r"newsroom|press release|investor relations|\bir\b|official|spokes|comms|communications|statement|"
                              r"官方|声明|公告|发言人|公关|@\w+", re.I)

# First stage: any of these (lower-case substrings) sends a headline to the full reading.
_GATE_WORDS = """ceo|c.e.o|chief exec|boss|helm|step down|steps down|stepping down|stepped down|step aside|steps aside|step back|
steps back|stepping back|resign|quit|leave|leaves|leaving|depart|exits|exiting| exit as|oust|fired|fires |firing|sacked|sacks|axed|
replac|successor|succession|succeed|retire|retiring|hand over|hands over|hand off|the reins|the baton|out as|is out|out at|
new ceo|pushed out|forced out|the door|booted|removed|removal|let go|part ways|parting ways|vacat|relinquish|give up|gives up|
giving up|transition|shake-up|shakeup|interim|acting ceo| heir|take over|takes over|dies|died|dead|death|passed away|passes away|
ill health|illness|gravely ill|seriously ill|critically ill|terminally ill|hospital|health|cancer|heart attack|stroke|coma|collapsed|
detained|arrested|missing|disappear|on leave|leave of absence|suspend|deny|denies|denied|denial|false|untrue|not true|baseless|
unfounded|groundless|fake|hoax|inaccurate|incorrect|wrong|nonsense|made up|fabricat|no truth|no basis|reject|refut|dismiss|
categorical|not stepping|not leaving|not retiring|not resigning|not going anywhere|no plans|no intention|remain|stays on|staying|
alive|good health|confidence|full support|fully support|speculation|misinformation|disinformation|debunk|shoots down|shoot down|
push back|pushes back|pushed back|record straight|not accurate|not correct|laughable|absurd|ridiculous|in charge|nowhere|will not|
won't|would not|not seek|walk away|walks away|首席执行官|行政总裁|执行长|掌门|一把手|掌舵|总裁|总经理|辞|卸任|下台|下课|离职|离任|退休|
退居|接班|继任|罢免|解职|撤职|让位|交棒|交班|交出|离开|解雇|开除|出局|换帅|接任|接替|撤换|更换|替换|免去|出走|不再担任|淡出|隐退|新任|
新帅|履新|上任|出任|免职|去职|失联|带走|协助调查|留置|被拘|停职|休假|病|住院|去世|逝世|身故|离世|健康|身体|猝死|抢救|癌|昏迷|过世|
否认|辟谣|不实|假|虚假|纯属|捏造|不属实|不准确|澄清|谣|无此事|无稽|子虚乌有|一切正常|仍担任|继续担任|留任|并未|毫无根据|造谣|
不是真的|失实|乌龙|健在|继续领导|继续执掌|ceo"""
_GATE = re.compile(_trie(sorted({w.lower() for w in _GATE_WORDS.replace("\n", "").split("|") if w})))


_LEX = {"change": _CHANGE, "health": _HEALTH, "denial": _DENIAL, "hedge": _HEDGE, "confirm": _CONFIRM, "opinion": _OPINION,
        "analysis": _ANALYSIS, "report": _REPORT_WORD, "other-topic": _OTHER_TOPIC}


class _Cues:
    """The lexicon's matches on one text, each searched once and only when a rule asks for it
    (the cue string then lists exactly what the decision looked at)."""

    __slots__ = ("text", "found")

    def __init__(self, text: str, given: dict) -> None:
        self.text, self.found = text, dict(given)

    def __call__(self, name: str) -> re.Match | None:
        if name not in self.found:
            self.found[name] = _LEX[name].search(self.text)
        return self.found[name]

    def cue(self, stance: str) -> str:
        return " ".join([f"{n}:{x.group(0).lower()}" for n, x in self.found.items() if x] + [stance])


@dataclass(frozen=True)
class Reading:
    kind: str
    ticker: str
    unverified: bool
    source_class: str
    cue: str
    score: float  # confidence in [0, 1]; CONFIDENT and up = confident
    entity: str = ""
    role: str = ""
    action: str = ""
    stance: str = ""
    speaker: str = ""
    link: str = ""
    not_tradable: str = ""  # why the company named cannot be traded here ('' = tradable or no company)

    @property
    def certainty(self) -> str:
        return "confident" if self.score >= CONFIDENT else "uncertain"

    def evidence(self) -> str:
        """One line: what the reading rests on (for the decision log)."""
        parts = [f"{k}={v}" for k, v in (("entity", self.entity), ("role", self.role), ("action", self.action),
                                         ("stance", self.stance), ("speaker", self.speaker), ("link", self.link),
                                         ("not_tradable", self.not_tradable)) if v]
        return f"{self.kind} {self.certainty} {self.score:.2f}: " + "; ".join(parts)


def _day(t_pub: int) -> str:
    """ISO date (UTC) of a publication time; '' when unknown (0)."""
    return datetime.fromtimestamp(t_pub / 1e9, tz=timezone.utc).date().isoformat() if t_pub else ""


_ATTACH_GAP = re.compile(r"^(?:'s|’s|s'|\s|,|-|of|at|for|the|its|new|former|ex|unit|division|的|旗下|公司|集团|前|原|新任|现任|创始人兼|\(|\)|[A-Z]{1,5}|:)*$")


def _owner_of_title(text: str, title: re.Match, ents: list[Entity]) -> Entity | None:
    """The company or unit a CEO title belongs to: "AWS CEO", "Meta's chief executive",
    "CEO of Peloton", "特斯拉CEO"; the nearest entity joined to the title only by glue words."""
    best = None
    for e in ents:
        if e.kind == "person":
            continue
        if e.end <= title.start() and _ATTACH_GAP.match(text[e.end:title.start()].strip()) and title.start() - e.end <= 25:
            best = e  # the last one before the title is the closest
        elif e.start >= title.end() and re.match(r"^\s*(?:of|at|for)\s+(?:the\s+)?$", text[title.end():e.start]) and best is None:
            return e
    return best


@dataclass(frozen=True)
class _Subject:
    ticker: str
    entity: str
    role: str  # ceo | unit_ceo | former_ceo | future_ceo | other_exec | unknown
    people: tuple[str, ...] = ()
    ambiguous: bool = False  # the person ran two companies then and the headline names neither


def _subject(text: str, ents: list[Entity], day: str, ceo_m: re.Match | None, other_m: re.Match | None,
             cue_pos: int) -> _Subject:
    companies = [e for e in ents if e.kind != "person" and (not e.weak or ceo_m)]
    persons = [e for e in ents if e.kind == "person"]
    owner = _owner_of_title(text, ceo_m, companies) if ceo_m else None
    names = tuple(e.text for e in persons)
    # which title governs the action: the CEO title, unless another executive's title is nearer the change word
    if other_m and (not ceo_m or abs(other_m.start() - cue_pos) < abs(ceo_m.start() - cue_pos)):
        t = owner or (companies[0] if companies else None)
        return _Subject(t.ticker if t else "", t.name if t else "", "other_exec", names)
    if owner is not None and owner.kind == "unit":
        return _Subject(owner.ticker, f"{owner.name} (unit of {owner.ticker})", "unit_ceo", names)
    named = {e.ticker for e in companies}
    for e in persons:
        p, role = person_role(e, day, prefer=named)
        if p is None or role == "spokesperson":
            continue
        if owner is not None and owner.ticker != p.ticker and role != "ceo":
            continue  # a name shared with someone else; the title's company decides
        if role == "ceo" and (owner is None or owner.ticker == p.ticker or not ceo_m):
            both = {q.ticker for q in e.people if q.role == "ceo" and q.holds_on(day)}
            amb = len(both) > 1 and not (both & named)
            return _Subject(p.ticker, f"{p.name} (CEO of {p.company or p.ticker} on {day or 'today'}"
                            + (f"; also CEO of {', '.join(sorted(both - {p.ticker}))})" if amb else ")"), "ceo", names, amb)
        if role == "unit_ceo":
            return _Subject(p.ticker, f"{p.name} ({p.company}, unit of {p.ticker})", "unit_ceo", names)
        if role == "future_ceo" or (role == "former_ceo" and _RETURN.search(text)):
            # a successor named, or a former CEO's return: the story is that company's CEO change
            return _Subject(p.ticker, f"{p.name} ({'to become' if role == 'future_ceo' else 'returning as'} CEO of "
                            f"{p.company or p.ticker})", "ceo", names)
        if owner is None:
            return _Subject(p.ticker, f"{p.name} (CEO of {p.company or p.ticker} until {p.end})" if role == "former_ceo"
                            else f"{p.name} ({p.company or p.ticker})", role, names)
    if owner is not None:
        return _Subject(owner.ticker, owner.name, "ceo", names)
    if ceo_m and companies:
        return _Subject(companies[0].ticker, companies[0].name, "ceo", names)
    if ceo_m:
        return _Subject("", "", "ceo", names)
    if companies:
        return _Subject(companies[0].ticker, companies[0].name, "unknown", names)
    return _Subject("", "", "unknown", names)


def _speaker(source: str, cls: str, tables: Tables, day: str) -> tuple[str, str, str]:
    """(ticker the source speaks for, its role: official | ceo | '', description)."""
    ents = handle_speaker(source, tables) if source else []
    for e in ents:
        if e.kind == "person":
            p, role = person_role(e, day)
            if p is not None and role == "ceo":
                return p.ticker, "ceo", f"{p.name}, CEO of {p.company or p.ticker}"
            if p is not None and role == "spokesperson":
                return p.ticker, "official", f"{p.name}, spokesperson of {p.ticker}"
    for e in ents:
        if e.kind in ("company", "unit") and (cls in VERIFIED_CLASSES or _OFFICIAL_SOURCE.search(source)):
            return e.ticker, "official", f"{e.name} (official channel)"
    return "", "", cls


def classify_headline(h: Headline, aliases_file: str = "", sources_file: str = "") -> Reading:
    """Read one headline on its own (no linking; see :func:`read_feed`). A given ``label`` wins."""
    cls = source_class(h.source, sources_file)
    text = h.headline
    if h.label:  # a rumour labelled as such is unverified unless a filing or the company itself says it
        return Reading(h.label, h.ticker, h.label == "ceo_rumor" and cls not in VERIFIED_CLASSES, cls, "label", 1.0, stance="label")
    if not _GATE.search(text.lower()):
        return Reading("other", h.ticker, False, cls, "no-cue", 0.95)
    return _read(h, cls, load_tables(aliases_file))


def _read(h: Headline, cls: str, tables: Tables) -> Reading:
    text = h.headline.replace("’", "'").replace("‘", "'")
    day = _day(h.t_pub)
    ents = find_entities(text, tables)
    spk_ticker, spk_role, spk_desc = _speaker(h.source, cls, tables, day)
    combo = _CEO_COMBO.search(text)
    scrub = text if not combo else text[:combo.start()] + "CEO".ljust(combo.end() - combo.start()) + text[combo.end():]
    ceo_m, other_m = _CEO.search(scrub), _OTHER_EXEC.search(scrub)
    if other_m and _SPEECH_AFTER.match(scrub[other_m.end():]):
        other_m = None  # "Tesla board chair: report ... is false": the executive speaks, the story is about the CEO
    m = _Cues(text, {"ceo": ceo_m, "other-exec": other_m})
    change, health, denial = m("change"), m("health"), m("denial")
    action_m = change or health
    cue_pos = action_m.start() if action_m else (denial.start() if denial else 0)
    subj = _subject(text, ents, day, ceo_m, other_m, cue_pos)
    ticker = h.ticker or subj.ticker or (spk_ticker if spk_role else "")
    tradable, why_not = listing_of(ticker)
    question = _QUESTION.search(text)
    action = "health" if health and not change else "change" if change else ""
    ev = dict(entity=subj.entity or (f"speaker {spk_desc}" if spk_role else ""), role=subj.role, action=action,
              speaker=spk_desc, not_tradable=why_not)
    cap = 0.7 if subj.ambiguous else 1.0
    mk = lambda kind, score, stance, unverified=False: Reading(kind, tradable if kind != "other" else ticker, unverified, cls,
                                                               m.cue(stance), round(min(score, cap), 2), stance=stance, **ev)
    about_ceo = subj.role in ("ceo",) or (subj.role == "unknown" and bool(ceo_m))
    named_ceo_by_person = subj.role == "ceo" and not ceo_m
    topic = bool(action_m) or bool(ceo_m)

    # ---- denials: the company, its spokesperson or the CEO rejects a CEO-change report
    if denial and subj.role not in ("other_exec", "unit_ceo", "former_ceo"):
        about_change = bool(action_m) or (bool(ceo_m) and bool(m("report")))
        other_topic = m("other-topic")
        if other_topic and not action_m and not (ceo_m and m("report")):
            return mk("other", 0.7, "denial-of-other-story")
        if about_change and (about_ceo or named_ceo_by_person or spk_role):
            base = 0.9 if (subj.ticker or spk_ticker) else 0.6
            return mk("denial", base, "denial")
        if about_change and not other_topic:
            # "Coyote: 'I am not stepping down'": a denial of a change, whose CEO only an open rumour can tell
            return mk("denial", 0.55, "denial:needs-link")
        if not topic and not other_topic and _is_bare(text, ents):
            # a bare "This is false." / "纯属谣言": about the CEO only through its speaker or a link (read_feed)
            return mk("denial", 0.85 if spk_role else 0.5, "bare-denial" + (":speaker" if spk_role else ""))
    if not action_m:
        return mk("other", 0.9 if not ceo_m else 0.8, "no-change")
    if subj.role in ("other_exec", "unit_ceo", "former_ceo", "future_ceo"):
        return mk("other", 0.85, f"not-the-ceo:{subj.role}")
    if not about_ceo and not named_ceo_by_person:
        # a change word with no CEO in sight ("Tesla recalls ...", "leaves door open")
        return mk("other", 0.8, "no-ceo")
    # ---- a CEO change, illness or death: opinion and analysis are not news
    hedge, opinion = m("hedge"), m("opinion")
    if opinion and not (hedge and _HEDGE.search(_OPINION.sub("", text))):
        return mk("other", 0.75, "opinion")
    anonymous = hedge and re.search(r"source|familiar|insider|people|person|知情|消息人士|人士|据悉|据报道|传", hedge.group(0), re.I)
    if not anonymous and not question and m("analysis"):
        return mk("other", 0.7, "analysis")
    if spk_role in ("official", "ceo") and not question and not hedge:
        return mk("ceo_confirmed", 0.9, f"confirm:{spk_role}")
    if cls in VERIFIED_CLASSES and not question:
        return mk("ceo_confirmed", 0.9, f"confirm:source-{cls}")
    if question or hedge:
        score = 0.9 if tradable or why_not else 0.65
        return mk("ceo_rumor", score, "question" if question and not hedge else "hedged", True)
    confirm = m("confirm")
    if cls in ("newswire", "major_outlet"):
        return mk("ceo_confirmed", 0.85 if confirm else 0.65, "confirm:wording" if confirm else "plain-report-by-media")
    # social, blog, unknown site: stated as fact but unverified. Official wording from an unknown
    # site is read as a rumour too (a fake press release is the classic hoax), but uncertain.
    if confirm and re.search(r"announc|press release|8-k|filing|statement|宣布|公告|声明", confirm.group(0), re.I):
        return mk("ceo_rumor", 0.6, "official-wording-unverified-source", True)
    return mk("ceo_rumor", 0.85 if (tradable or why_not) else 0.6, "plain-claim-unverified-source", True)


_STOP = frozenset("""a an the this that these those it its is are was were be been being and or but of on in at to for by with from as
about over into says said say tells told statement spokesperson spokesman spokeswoman company report reports reported story claim claims
rumor rumors rumour rumours news our we us i he she they his her their them not no any all completely totally absolutely entirely simply
very just utterly categorically 100 per cent percent post posted wrote writes x twitter weibo official account reply replied responds
response responded comment comments on latest media speculation social""".split())
_CJK_FUNC = set("的了是这那此该称其有没无也都就在对于和与及并且但而或被把将已经再还又很非常完全纯属一切公司表示回应报道消息传闻网传相关人士官方发言人")


def _is_bare(text: str, ents: list[Entity]) -> bool:
    """A denial with nothing left to say what it denies ("This is false.", "纯属谣言"), once the
    entities and the denial, speaker and report words are taken out."""
    rest = list(text)
    for e in ents:
        rest[e.start:e.end] = " " * (e.end - e.start)
    rest_s = "".join(rest)
    for rx in (_DENIAL, _SPEAKER_TEXT, _REPORT_WORD):
        rest_s = rx.sub(lambda m: " " * len(m.group(0)), rest_s)
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]+", rest_s) if w.lower() not in _STOP]
    cjk = [c for c in rest_s if "\u4e00" <= c <= "\u9fff" and c not in _CJK_FUNC]
    return len(words) <= 2 and len(cjk) <= 3 and not (words and cjk)


@dataclass
class _Open:
    t_pub: int
    row: int
    ticker: str
    names: frozenset


_PROPER = re.compile(r"\b[A-Z][a-z]{3,}\b")


def read_feed(headlines: list[Headline], aliases_file: str = "", sources_file: str = "", link_window_ns: int = NS_PER_DAY) -> list[Reading]:
    """Read a feed in publication order (ties: file order); returns readings in the input order.

    A denial or confirmation with no ticker is linked to the latest rumour published before
    it within ``link_window_ns`` that it answers: same speaker's company, or a name the rumour
    carried (the CEO's surname). A bare denial ("This is false.") linked through no speaker
    and no name stays unlinked and reads ``other``. Only earlier headlines are consulted, so
    a reading never depends on anything published after it.
    """
    order = sorted(range(len(headlines)), key=lambda i: (headlines[i].t_pub, headlines[i].row))
    out: list[Reading | None] = [None] * len(headlines)
    tables = None
    opened: list[_Open] = []
    for i in order:
        h = headlines[i]
        r = classify_headline(h, aliases_file, sources_file)
        if link_window_ns > 0 and r.kind in ("denial", "ceo_confirmed") and r.stance != "label":
            tables = tables or load_tables(aliases_file)
            live = [o for o in opened if 0 <= h.t_pub - o.t_pub <= link_window_ns]
            r = _link(h, r, live, tables)
        elif r.kind == "denial" and _needs_link(r):
            r = replace(r, kind="other", ticker="", stance=r.stance + ":unlinked")
        if r.kind == "ceo_rumor":
            names = frozenset(w.lower() for w in _PROPER.findall(h.headline)) | frozenset(
                n for n in re.findall(r"[\u4e00-\u9fff]{2,4}", h.headline))
            opened.append(_Open(h.t_pub, h.row, r.ticker or r.not_tradable, names))
        out[i] = r
    return out  # type: ignore[return-value]


def _needs_link(r: Reading) -> bool:
    """A bare denial with no company, or a denial of a change with no CEO in sight, counts
    only as the answer to an open rumour."""
    return (r.stance.startswith("bare-denial") and not r.ticker) or r.stance == "denial:needs-link"


def _link(h: Headline, r: Reading, live: list[_Open], tables: Tables) -> Reading:
    bare = _needs_link(r) or r.stance.startswith("bare-denial")
    key = r.ticker or r.not_tradable
    if key and not bare:
        return r  # it names its company: nothing to link
    how, target = "", None
    if key:  # a bare denial whose speaker names the company
        target = next((o for o in reversed(live) if o.ticker == key), None)
        how = f"speaker {r.speaker}"
    if target is None:
        words = {w.lower() for w in _PROPER.findall(h.headline)} | set(re.findall(r"[\u4e00-\u9fff]{2,4}", h.headline))
        for o in reversed(live):
            shared = sorted(n for n in o.names if n in words or any(n in w or w in n for w in words if len(w) >= 2 and not w.isascii()))
            if shared and o.ticker:
                target, how = o, f"name {shared[0]}"
                break
    if target is None and not key and _SPEAKER_TEXT.search(h.headline):
        tickers = {o.ticker for o in live if o.ticker}
        if len(tickers) == 1:  # "the company says ..." while exactly one rumour is open
            target = next(o for o in reversed(live) if o.ticker)
            how = "the only open rumour (speaker: the company, unnamed)"
            return replace(r, ticker=target.ticker if not target.ticker.startswith(("private", "listed")) else "",
                           link=f"row {target.row} ({target.ticker}) via {how}", score=min(r.score, 0.6))
    if target is None:
        if bare:
            return replace(r, kind="other", stance=r.stance + ":unlinked", ticker="")
        return r
    t = target.ticker if not target.ticker.startswith(("private", "listed")) else ""
    return replace(r, ticker=t, not_tradable="" if t else target.ticker, link=f"row {target.row} ({target.ticker}) via {how}",
                   score=max(r.score, 0.85) if how.startswith("speaker") else min(max(r.score, 0.8), 0.85))
