"""A run whose headlines come from a Chinese source draws its report without a warning per missing
glyph (a stranger saw four 'Glyph 24494 missing from font(s) DejaVu Sans' warnings per run and empty
boxes in report.png): with no CJK font installed the mark names the source in the hover text only."""
import warnings

from helpers import config, write_headlines, write_tape
from rumorbt.engine import run
from rumorbt.panels import _cjk_font, _mark_label
from rumorbt.report import plot_report


def test_a_chinese_source_draws_no_glyph_warning(tmp_path):
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "微博", "传Meta首席执行官扎克伯格将于明年卸任")])
    res = run(config(heads, write_tape(tmp_path / "t.csv", n=600)))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        plot_report(res, tmp_path / "report.png")
    assert not [w for w in caught if "Glyph" in str(w.message)]
    assert (tmp_path / "report.png").stat().st_size > 1000


def test_labels():
    assert _mark_label("ceo_rumor", "Reuters") == ("ceo_rumor (Reuters)", {})
    assert _mark_label("denial", "Süddeutsche Zeitung") == ("denial (Süddeutsche Zeitung)", {})
    label, font = _mark_label("ceo_rumor", "微博")
    assert (label, font) == (("ceo_rumor (source: see hover)", {}) if _cjk_font() is None else
                             ("ceo_rumor (微博)", {"fontfamily": ["DejaVu Sans", _cjk_font()]}))
