"""A feed's readings kept in the cache (rumorbt.reading_cache): the same readings as the reader
gives, a miss whenever anything they depend on changes, a damaged cache ignored, nothing
written outside the cache folder."""
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from rumorbt import classify, reading_cache as readings, resources
from rumorbt.config import REFERENCE_DIR
from rumorbt.headlines import load_headlines

FEED = str(REFERENCE_DIR / "META_2022-11-22_headlines.csv")


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A fresh cache folder, and a count of the reader's whole-feed reads (a miss reads)."""
    monkeypatch.setenv("RUMORBT_CACHE", str(tmp_path / "cache"))
    calls = []
    real = classify.read_feed
    monkeypatch.setattr(classify, "read_feed", lambda *a, **k: calls.append(1) or real(*a, **k))
    return tmp_path / "cache", calls


def _cached(heads, **kw):
    return readings.read_feed_cached(heads, FEED, **kw)


def test_a_hit_gives_the_readers_own_readings_without_reading(cache):
    folder, calls = cache
    heads = load_headlines(FEED)
    fresh = classify.read_feed(heads)
    assert [r.kind for r in fresh][:2] == ["ceo_rumor", "denial"]  # the reference case: rumour, then the denial
    calls.clear()
    first = _cached(heads)
    assert first == fresh and calls == [1]
    (kept,) = folder.glob("readings-*.marshal")
    again = _cached(heads)
    assert again == fresh and calls == [1]  # read from the cache, not by the reader
    assert [r.evidence() for r in again] == [r.evidence() for r in fresh]
    # nothing else written: the reader's own table cache (rumorbt.entities) and this one file
    assert sorted(f.name for f in folder.iterdir() if not f.name.startswith("reader-tables-")) == [kept.name]


def test_a_change_to_the_feed_or_the_settings_is_a_miss(cache):
    _, calls = cache
    heads = load_headlines(FEED)
    _cached(heads)
    changed = [replace(heads[0], headline=heads[0].headline + " (update)"), *heads[1:]]
    _cached(changed)
    _cached(heads, link_window_ns=3_600 * 10**9)
    _cached(heads, stage="rules")
    assert len(calls) == 4
    _cached(heads)  # the first one's file was replaced by the newer ones (one file per headline file)
    assert len(calls) == 5


@pytest.mark.parametrize("table", ["reader_model.json", "us_listed.csv", "people.csv"])
def test_a_changed_bundled_table_or_model_is_a_miss(cache, tmp_path, monkeypatch, table):
    _, calls = cache
    heads = load_headlines(FEED)
    _cached(heads)
    _cached(heads)
    assert calls == [1]
    copy = tmp_path / "data"
    shutil.copytree(resources.data_dir(), copy)
    monkeypatch.setattr(resources, "data_dir", lambda: copy)
    _cached(heads)
    assert calls == [1]  # the same bytes in another folder: still a hit
    with open(copy / table, "ab") as fh:
        fh.write(b"\n")
    _cached(heads)
    assert calls == [1, 1]


def test_a_changed_module_of_the_package_is_a_miss(cache, tmp_path, monkeypatch):
    _, calls = cache
    heads = load_headlines(FEED)
    _cached(heads)
    copy = tmp_path / "rumorbt"
    shutil.copytree(resources._PACKAGE_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(resources, "_PACKAGE_DIR", copy)
    monkeypatch.setattr(resources, "data_dir", lambda: Path(readings.__file__).resolve().parent.parent / "data")
    _cached(heads)
    assert calls == [1]
    (copy / "entities.py").write_text((copy / "entities.py").read_text() + "\n# an edit\n")
    _cached(heads)
    assert calls == [1, 1]


def test_a_changed_user_alias_file_is_a_miss(cache, tmp_path):
    _, calls = cache
    heads = load_headlines(FEED)
    extra = tmp_path / "aliases.csv"
    extra.write_text("ticker,alias,kind,match\nZZZZ,Zorblax Widgets,company,word\n")
    _cached(heads, aliases_file=str(extra))
    _cached(heads, aliases_file=str(extra))
    assert calls == [1]
    extra.write_text("ticker,alias,kind,match\nZZZZ,Quuxco Gadgets,company,word\n")
    _cached(heads, aliases_file=str(extra))
    assert calls == [1, 1]


@pytest.mark.parametrize("damage", ["garbage", "edited", "short"])
def test_a_damaged_cache_is_ignored_and_read_again(cache, damage):
    folder, calls = cache
    heads = load_headlines(FEED)
    fresh = _cached(heads)
    (kept,) = folder.glob("readings-*.marshal")
    digest, rows = resources.read_cache(kept)
    if damage == "garbage":
        kept.write_bytes(b"not a cache")
    elif damage == "edited":  # a reading changed, its check digest not
        edited = (rows[0][:5] + (0.01,) + rows[0][6:], *rows[1:])
        resources.write_cache(kept, (digest, edited))
    else:  # one reading fewer than the feed's headlines, consistent with itself
        resources.write_cache(kept, (readings._digest(rows[1:]), rows[1:]))
    assert _cached(heads) == fresh and calls == [1, 1]
    assert resources.read_cache(kept) == (digest, rows)  # written again, whole


def test_cache_off_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("RUMORBT_CACHE", "off")
    monkeypatch.setenv("HOME", str(tmp_path))  # the default folder would be under here
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    heads = load_headlines(FEED)
    assert readings.read_feed_cached(heads, FEED) == classify.read_feed(heads)
    assert readings._cache_path(heads, FEED, "", "", 1, "trained") is None
    assert list(tmp_path.iterdir()) == []
