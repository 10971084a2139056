"""The reader's speed work changes no reading: the keyword gate finds a headline exactly when one
of its words occurs, the gate's stop is the reading it always was, and a headline file's rows,
ids and first error are what the row-by-row checks gave (benchmarks/dump_readings.py compares
every reading of every headline file between two checkouts)."""
from __future__ import annotations

import re

import pytest

from rumorbt import classify
from rumorbt.errors import InputError
from rumorbt.headlines import Headline, _headline, load_headlines, scan_headlines

WORDS = sorted({w.lower() for w in classify._GATE_WORDS.replace("\n", "").split("|") if w})
EVERY_WORD = re.compile("|".join(map(re.escape, WORDS)))  # the plain definition, slow


def test_the_gate_finds_every_one_of_its_words_alone_and_inside_text():
    # (the words holding another word are not looked for themselves: "new ceo" is found through "ceo")
    for w in WORDS:
        for text in (w, f"xyz {w} zyx", f"腾讯{w}季度"):
            assert classify._GATE.search(text), (w, text)


@pytest.mark.parametrize("text", [
    "apple shares rise after product launch", "tesla q3 deliveries beat estimates", "腾讯第三季度营收增长5%",
    "微软发布新款芯片", "fed holds rates steady", "nvidia 发布新显卡", "", "   ",
    "meta's new ceo", "苹果ceo库克辞职", "chief executive officer", "q3 earnings: 总裁 comments", "equity markets",
])
def test_the_gate_agrees_with_the_plain_alternation_of_its_words(text):
    assert bool(classify._GATE.search(text)) == bool(EVERY_WORD.search(text))


def test_a_chinese_gate_word_in_mostly_english_text_is_found_and_english_alone_takes_the_ascii_words():
    assert classify._GATE.search("apple: 库克 辞职?")  # not ASCII: every word is looked for
    assert not classify._GATE.search("apple q3 revenue up 8%")
    assert classify._GATE.search("apple q3 revenue up 8%, ceo says")


def test_the_gates_stop_is_one_reading_per_ticker_and_source_class_equal_to_the_one_made_per_headline():
    h = Headline(1, "a", 1_669_127_400_000_000_000, None, "Reuters", "Apple shares rise after product launch", "AAPL", "", "")
    _, r = classify._rules_reading(h, "", "")
    assert r == classify.Reading("other", "AAPL", False, r.source_class, "no-cue", 0.95)
    assert classify._rules_reading(h, "", "")[1] is r  # (made once)


def test_a_headline_made_without_its_init_is_the_same_headline():
    values = (3, "h00ff", 5, None, "Reuters", "text", "META", "u", "", "exact_minute")
    made, proper = _headline(values), Headline(*values)
    assert made == proper and hash(made) == hash(proper) and repr(made) == repr(proper)


def _write(path, rows, header="published_at,source,headline,ticker"):
    path.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("rows,row,problem", [
    # the first row with a problem, whatever the problem; within a row, the text before the ticker
    (["2022-11-22T09:30:00-05:00,Reuters,a,META", "2022-11-22T09:31:00-05:00,Reuters,b,!!", "2022-11-22T09:32:00-05:00,Reuters,,META"], 2, "ticker"),
    (["2022-11-22T09:30:00-05:00,Reuters,a,META", "2022-11-22T09:31:00-05:00,Reuters,,META", "2022-11-22T09:32:00-05:00,Reuters,c,!!"], 2, "headline: empty"),
    (["2022-11-22T09:30:00-05:00,Reuters,,!!"], 1, "headline: empty"),
    (["2022-11-22T09:30:00-05:00,Reuters,a,META", "2022-11-22T09:31:00-05:00,,b,!!"], 2, "source: empty"),
    (["2022-11-22T09:30:00-05:00,Reuters,a,!!", "2022-11-22T09:31:00-05:00,,b,META"], 1, "ticker"),
])
def test_a_files_first_error_is_its_first_rows_problem(tmp_path, rows, row, problem):
    f = _write(tmp_path / "h.csv", rows)
    for read in (load_headlines, scan_headlines):
        with pytest.raises(InputError) as e:
            read(f)
        assert e.value.row == row and problem in str(e.value), (read.__name__, str(e.value))


def test_ids_and_tickers_come_out_as_the_row_by_row_checks_gave_them(tmp_path):
    f = _write(tmp_path / "h.csv", ["2022-11-22T09:30:00-05:00,Reuters,a,$meta", "2022-11-22T09:31:00-05:00,Reuters,b,",
                                    "2022-11-22T09:32:00-05:00,Reuters,c,$$nvda"])
    hs = sorted(load_headlines(f), key=lambda h: h.row)
    assert [h.ticker for h in hs] == ["META", "", "NVDA"]
    # the id hashes the content with the ticker as checked
    from rumorbt.headlines import default_id

    assert [h.id for h in hs] == [default_id(hs[0].t_pub, "Reuters", "a", "META"), default_id(hs[1].t_pub, "Reuters", "b"),
                                  default_id(hs[2].t_pub, "Reuters", "c", "NVDA")]
    assert [h for c in scan_headlines(f, chunk_rows=2).chunks() for h in c] == hs
