"""`classify` over a file read a chunk at a time, by one process or several: the same rows as the
whole feed read at once (read_feed), links across chunk borders, the same first error, the same ids."""
from pathlib import Path

import pandas as pd
import pytest

import rumorbt.headlines as headlines
from rumorbt.classify import read_feed
from rumorbt.classify_file import _format, classification_rows
from rumorbt.errors import InputError
from rumorbt.headlines import load_headlines, scan_headlines

DATA = Path(__file__).parent / "data"
ZONE = "America/New_York"


def _write(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    pd.DataFrame(rows, columns=["published_at", "source", "headline"]).to_csv(path, index=False)
    return path


def _whole(path: Path) -> list[tuple]:
    """The reference: the whole file loaded, read as one feed, formatted in file order."""
    hs = sorted(load_headlines(path), key=lambda h: h.row)
    return list(_format(hs, read_feed(hs), ZONE))


FEED = [("2022-11-22T11:00:00-05:00", "The Leak", "Mark Zuckerberg to step down as Meta CEO next year, insider source says"),
        ("2022-11-22T11:05:00-05:00", "Reuters", "Oil climbs 2% as OPEC+ extends output cuts"),
        ("2022-11-22T11:10:00-05:00", "Reuters", "Apple shares rise 1% after product launch"),
        ("2022-11-22T11:26:00-05:00", "Twitter (@andystone)", "This is false."),
        ("2022-11-22T11:30:00-05:00", "Bloomberg", "Tesla CFO says margins will improve"),
        ("2022-11-22T11:31:00-05:00", "微博", "市场传出扎克伯格辞职的假消息")]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_denial_links_to_the_rumour_of_an_earlier_chunk(tmp_path, jobs):
    f = _write(tmp_path / "h.csv", FEED)
    rows = list(classification_rows(str(f), zone=ZONE, jobs=jobs, chunk_rows=2))
    assert rows == _whole(f)
    denial = rows[3]  # chunk 2; its rumour is row 1, in chunk 1
    assert denial[5:7] == ("denial", "META") and denial[17].startswith("row 1 (META) via speaker Andy Stone")


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_file_out_of_publication_order_reads_as_the_feed_does(tmp_path, jobs):
    f = _write(tmp_path / "h.csv", [FEED[3], FEED[1], FEED[0], FEED[2]])  # the denial first in the file
    hf = scan_headlines(f, chunk_rows=1)
    assert not hf.in_order
    rows = list(classification_rows(str(f), zone=ZONE, jobs=jobs, chunk_rows=1))
    assert rows == _whole(f)
    assert rows[0][17].startswith("row 3 (META)")  # linked to the rumour published before it, later in the file


def _as_feed(src: Path, out: Path) -> Path:
    """A labelled or blind set as a user's headline file: published_at (its own, else a minute a
    row), source, headline; no gold column."""
    import csv

    with open(src, encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    t0 = pd.Timestamp("2024-06-03T09:30:00-04:00")
    return _write(out, [(r.get("published_at") or (t0 + pd.Timedelta(minutes=i)).isoformat(), r["source"], r["headline"])
                        for i, r in enumerate(rows)])


def test_every_labelled_and_blind_set_reads_the_same_by_chunks_and_processes(tmp_path):
    """The kind, ticker, confidence and cue of every row: streamed through two processes in small
    chunks exactly as the whole feed at once."""
    sets = [DATA / "headlines_eval.csv", DATA / "headlines_holdout.csv", *sorted(DATA.glob("blind_*.csv"))]
    assert len(sets) >= 4
    for src in sets:
        f = _as_feed(src, tmp_path / src.name)
        assert list(classification_rows(str(f), zone=ZONE, jobs=2, chunk_rows=97)) == _whole(f), src.name


BAD = {
    "empty source in a later chunk": [FEED[0], FEED[1], FEED[2], ("2022-11-22T11:40:00-05:00", "", "no source")],
    "a late unreadable time wins over an early empty text": [FEED[0], ("2022-11-22T11:01:00-05:00", "Reuters", ""), FEED[1],
                                                             ("soon", "Reuters", "x")],
    "offsets mixed across chunks": [FEED[0], FEED[1], FEED[2], ("2022-11-22T11:40:00", "Reuters", "x")],
    "an identical row": [FEED[0], FEED[1], FEED[2], FEED[0]],
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_input_fails_before_any_row_with_the_same_line(tmp_path, case):
    f = _write(tmp_path / "h.csv", BAD[case])
    with pytest.raises(InputError) as whole:
        load_headlines(f)
    with pytest.raises(InputError) as chunked:
        classification_rows(str(f), chunk_rows=2)  # raises on the call, before any row is made
    assert chunked.value.line() == whole.value.line()


def test_ids_whose_hashes_agree_are_numbered_as_when_read_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(headlines, "default_id", lambda *content: "h" + "0" * 16)  # force the 1-in-2^64 case
    f = _write(tmp_path / "h.csv", FEED[:4])
    ids = [r[1] for r in classification_rows(str(f), zone=ZONE, chunk_rows=3)]
    assert ids == ["h" + "0" * 16] + [f"h{'0' * 16}-{k}" for k in (2, 3, 4)]


def test_a_file_changed_between_the_check_and_the_reading_is_refused(tmp_path):
    f = _write(tmp_path / "h.csv", FEED)
    rows = classification_rows(str(f), chunk_rows=2)
    _write(f, FEED + [FEED[1]])
    with pytest.raises(InputError, match="changed while it was being read"):
        list(rows)


def _labelled_headlines() -> list:
    from rumorbt.classify_eval import load_labelled

    return [h for f in (DATA / "headlines_eval.csv", DATA / "headlines_holdout.csv") for h, _ in load_labelled(str(f))]


def test_the_trained_stage_at_once_gives_the_bits_of_one_at_a_time():
    """proba_many (numpy, many headlines) == proba (one) bit for bit, both within 1e-12 of the
    plain formula (intercept + each distinct feature's weights, softmax), over the labelled sets."""
    import math

    from rumorbt import reader_model
    from rumorbt.classify import _rules_reading, classify_headline, classify_many
    from rumorbt.reader_model import _reached, features

    model = reader_model.load()
    hs = _labelled_headlines()
    pairs = [_rules_reading(h, "", "") for h in hs]
    feats = [features(h, r) for h, r in pairs if _reached(r)]
    assert len(feats) > 100
    many = model.proba_many(feats)
    for f, p in zip(feats, many):
        assert p == model.proba(f)
        s = list(model.intercept)
        for name in set(f):
            for c, w in enumerate(model.weights.get(name, (0.0,) * 4)):
                s[c] += w
        e = [math.exp(x - max(s)) for x in s]
        assert all(abs(p[c] - x / sum(e)) < 1e-12 for c, x in zip(model.classes, e))
    assert classify_many(hs) == [classify_headline(h) for h in hs]


def test_csv_row_neutralises_formulas_as_csv_cell_does():
    from rumorbt.outdir import csv_cell, csv_row

    for row in [(1, "plain", "text", 0.5), (1, "=1+1", "x"), (2, "-1.5", "@SUM(A1)"), ("", "\tx", 3), (4, "+2", "-0")]:
        assert csv_row(row) == tuple(map(csv_cell, row))


COLUMNS = {
    "fine, two zones": ["2022-11-22T11:00:00-05:00", "2022-11-23T00:00:00+08:00", "2022-11-22T16:00:00Z"],
    "late empty beats early unreadable": ["2022-11-22T11:00:00-05:00", "soon", "2022-11-22T11:00:00-05:00", ""],
    "unreadable": ["2022-11-22T11:00:00-05:00", "2022-11-22T11:00:00-05:00", "2022-13-40T11:00:00-05:00"],
    "unreadable beats mixed": ["2022-11-22T11:00:00", "2022-11-22T11:00:00-05:00", "later"],
    "mixed": ["2022-11-22T11:00:00-05:00", "2022-11-22T11:01:00-05:00", "2022-11-22T11:02:00"],
    "two zones on one clock": ["2022-11-22T11:00:00-05:00", "2022-11-22T11:01:00-05:00", "2022-11-23T00:02:00+08:00"],
    "a daylight-saving hour": ["2022-11-06T01:30:00-04:00", "2022-11-06T01:30:00-05:00", "2022-11-06T03:00:00-05:00"],
    "naive": ["2022-11-22T11:00:00", "2022-11-22T11:01:00"],
    "naive, a time that does not exist": ["2022-03-13T01:59:00", "2022-03-13T02:30:00", "2022-03-13T03:00:00"],
}


@pytest.mark.parametrize("case", sorted(COLUMNS))
@pytest.mark.parametrize("tz", ["", "America/New_York", "Mars/Olympus"])
@pytest.mark.parametrize("one_zone", [True, False])
def test_times_read_in_pieces_read_as_the_whole_column(case, tz, one_zone):
    from rumorbt.tabular import parse_timestamp_pieces, parse_timestamps

    values = pd.Series(COLUMNS[case], dtype=object)

    def outcome(f):
        try:
            return list(f())
        except InputError as e:
            return e.line()

    whole = outcome(lambda: parse_timestamps(values, "f.csv", "t", tz, one_zone=one_zone))
    for size in (1, 2):
        pieces = [values.iloc[k:k + size].reset_index(drop=True) for k in range(0, len(values), size)]
        assert outcome(lambda: parse_timestamp_pieces(pieces, "f.csv", "t", tz, one_zone=one_zone)) == whole, size


@pytest.mark.parametrize("bad", ["2022-11-22T11:20:00-05:00", "not a time"])  # before it was published; unreadable
def test_a_bad_received_at_is_named_by_its_file_row_when_read_in_pieces(tmp_path, bad):
    f = tmp_path / "h.csv"
    rows = [(t, s, h, "") for t, s, h in FEED]
    rows[4] = (*rows[4][:3], bad)
    rows[5] = (*rows[5][:3], "2022-11-22T11:40:00-05:00")
    pd.DataFrame(rows, columns=["published_at", "source", "headline", "received_at"]).to_csv(f, index=False)
    with pytest.raises(InputError) as whole:
        load_headlines(f)
    with pytest.raises(InputError) as chunked:
        classification_rows(str(f), chunk_rows=2)
    assert chunked.value.line() == whole.value.line() and "row 5" in whole.value.line()


def test_a_gzipped_csv_streams_too(tmp_path):
    plain = _write(tmp_path / "h.csv", FEED)
    gz = tmp_path / "h.csv.gz"
    pd.read_csv(plain, dtype=str, keep_default_na=False).to_csv(gz, index=False)
    hf = scan_headlines(gz, chunk_rows=2)
    assert not hf.held and hf.rows == len(FEED)
    assert list(classification_rows(str(gz), zone=ZONE, chunk_rows=2)) == _whole(plain)


def test_a_worker_that_dies_fails_the_run_instead_of_hanging_it(tmp_path, monkeypatch):
    import os
    from concurrent.futures.process import BrokenProcessPool

    import rumorbt.classify_file as cf

    monkeypatch.setattr(cf, "classify_many", lambda *a: os._exit(9))  # as if killed for memory (forked: inherited)
    f = _write(tmp_path / "h.csv", FEED)
    with pytest.raises(BrokenProcessPool):
        list(classification_rows(str(f), jobs=2, chunk_rows=2))
