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


def test_an_interrupted_write_leaves_no_temporary_file(cache, monkeypatch):
    folder, _ = cache
    heads = load_headlines(FEED)
    real = Path.write_bytes

    def half_then_ctrl_c(self, data):
        real(self, data[: len(data) // 2])
        raise KeyboardInterrupt  # ctrl-c in the middle of the write

    monkeypatch.setattr(Path, "write_bytes", half_then_ctrl_c)
    with pytest.raises(KeyboardInterrupt):
        _cached(heads)
    monkeypatch.undo()
    assert not [f.name for f in folder.iterdir() if f.name.endswith(".tmp")]
    assert not list(folder.glob("readings-*.marshal"))


def test_a_killed_writers_temporary_file_is_removed_by_the_next_write_once_stale(cache):
    import os
    import time

    folder, _ = cache
    heads = load_headlines(FEED)
    _cached(heads)
    (kept,) = folder.glob("readings-*.marshal")
    stem = kept.name[: -len("-" + "0" * 32 + ".marshal")]
    old = folder / f".{stem}-{'a' * 32}.marshal.999999.tmp"  # what a SIGKILL mid-write leaves
    young = folder / f".{stem}-{'b' * 32}.marshal.999998.tmp"  # another process writing right now
    mine = folder / f".{stem}-notes.tmp"  # not a name the cache makes
    for f in (old, young, mine):
        f.write_bytes(b"half")
    long_ago = time.time() - resources.STALE_TMP_S - 60
    os.utime(old, (long_ago, long_ago))
    os.utime(mine, (long_ago, long_ago))
    kept.unlink()
    _cached(heads)
    assert not old.exists() and young.exists() and mine.exists()


def test_the_readings_of_all_feeds_together_stay_under_the_cap_least_recently_used_first(cache, tmp_path, monkeypatch):
    import os
    import time

    folder, calls = cache
    heads = load_headlines(FEED)
    feeds = [str(tmp_path / f"feed{k}.csv") for k in range(3)]
    files = [readings._cache_path(heads, f, "", "", 86_400 * 10**9, "trained") for f in feeds]
    long_ago = time.time() - 1000
    readings.read_feed_cached(heads, feeds[0])
    os.utime(files[0], (long_ago, long_ago))
    monkeypatch.setattr(readings, "READINGS_CACHE_MAX_BYTES", 2 * files[0].stat().st_size)  # room for two feeds'
    mine = folder / "readings-mine.marshal"  # the user's own file: never counted, never removed
    mine.write_bytes(b"x" * 10 * files[0].stat().st_size)
    readings.read_feed_cached(heads, feeds[1])
    os.utime(files[1], (long_ago + 10, long_ago + 10))  # written after feed 0's
    assert files[0].exists() and files[1].exists()
    readings.read_feed_cached(heads, feeds[0])  # a hit: feed 0 is used again, after feed 1 was written
    assert len(calls) == 2
    readings.read_feed_cached(heads, feeds[2])  # over the cap: the least recently used (feed 1's) goes
    assert files[0].exists() and not files[1].exists() and files[2].exists() and mine.exists()
    assert sum(f.stat().st_size for f in files if f.exists()) <= readings.READINGS_CACHE_MAX_BYTES
    readings.read_feed_cached(heads, feeds[0])
    readings.read_feed_cached(heads, feeds[2])
    assert len(calls) == 3
