"""iso(): the text pandas gives (tz_convert, then strftime with microseconds truncated), around
daylight-saving changes, before 1970 and in several zones; iso_many agrees with it."""
import pandas as pd
import pytest

from rumorbt.timefmt import iso, iso_many


def pandas_iso(t_ns: int, tz: str) -> str:
    s = pd.Timestamp(t_ns, unit="ns", tz="UTC").tz_convert(tz).strftime("%Y-%m-%dT%H:%M:%S.%f%z")
    return s[:-2] + ":" + s[-2:]


@pytest.mark.parametrize("tz", ["America/New_York", "Europe/London", "Asia/Hong_Kong", "Australia/Sydney", "UTC"])
def test_iso_is_pandas_text_across_dst_changes_and_before_1970(tz):
    instants = []
    for day in ("2022-03-13", "2022-11-06", "2023-03-26", "2023-10-29", "2023-04-02", "2023-10-01", "1965-06-30"):
        base = pd.Timestamp(day, tz="UTC").value
        instants += [base + h * 3_600 * 10**9 + d for h in range(-6, 30) for d in (-1, 0, 1, 999, 1_000, 999_999_999)]
    assert [iso(t, tz) for t in instants] == [pandas_iso(t, tz) for t in instants]
    assert iso_many(instants, tz) == [pandas_iso(t, tz) for t in instants]


def test_iso_examples():
    assert iso(1669132899078234670, "America/New_York") == "2022-11-22T11:01:39.078234-05:00"
    assert iso(-1, "UTC") == "1969-12-31T23:59:59.999999+00:00"  # truncated towards the past, as strftime's %f
    assert iso(None, "UTC") == ""
