"""Which company a headline concerns, round 10: a name read as it was on the headline's date (a
unit only from the day its parent bought it, a symbol of that day), a name several listings bear
settled by the CEO named beside it, names in posts written all in lower case, handles spelled
first name + "at" + company, home-market symbols with a one-letter exchange suffix, and a missing
people table. Hand-written headlines; tickers worked out by hand from data/aliases.csv,
data/people.csv, data/people_index.csv, data/listings.csv and data/symbol_changes.csv."""
import pytest

from rumorbt import entities
from rumorbt.classify import classify_headline
from rumorbt.entities import find_entities, handle_speaker, listing_of, load_tables
from rumorbt.errors import InputError
from test_reader import H


def _named(text, day=""):
    return [(e.text, e.kind, e.ticker) for e in find_entities(text, load_tables(), day)]


@pytest.mark.parametrize("text, day, want", [
    # Activision Blizzard: its own listing until Microsoft's purchase closed on 2023-10-13, a unit after
    ("Activision Blizzard weighs its next chief executive", "2021-07-30", ("Activision Blizzard", "company", "ATVI")),
    ("Activision Blizzard weighs its next chief executive", "2024-01-10", ("Activision Blizzard", "unit", "MSFT")),
    ("Activision's board meets on the CEO question", "2020-01-06", ("Activision", "company", "ATVI")),
    # Instagram: private until Facebook's purchase (2012-09-06), Meta's unit after
    ("Instagram founders mull their future", "2011-05-02", ("Instagram", "company", "-")),
    ("Instagram head to leave, memo says", "2018-09-25", ("Instagram", "unit", "META")),
])
def test_a_unit_is_its_parents_only_from_the_day_it_was_bought(text, day, want):
    assert _named(text, day)[0] == want


def test_a_symbol_is_the_one_of_the_headlines_day():
    # Trip.com traded as CTRP until its 2019 renaming; Chesapeake Energy as CHK until it became Expand Energy
    r = classify_headline(H("Ctrip CEO Jane Sun said to be weighing an exit, people familiar say", "Some Blog",
                            "2018-10-15T21:10:00+08:00"))
    assert (r.kind, r.ticker) == ("ceo_rumor", "CTRP")
    assert listing_of("EXE", "2012-09-18") == ("CHK", "") and listing_of("CHK", "2025-01-02") == ("EXE", "")


def test_a_name_several_listings_bear_is_the_one_whose_ceo_is_named_beside_it():
    # "Chesapeake" is Chesapeake Utilities, Chesapeake Energy, a lodging trust ...; McClendon ran the energy company
    assert _named("Chesapeake's McClendon faces a board revolt over his well stakes", "2012-05-01")[0] == \
        ("Chesapeake", "company", "CHK")
    # with no one named, the first listing of that name stays
    assert _named("Chesapeake board meets", "2012-05-01")[0][2] == "CPK"


@pytest.mark.parametrize("text, ticker", [
    ("zuck out as ceo?? board meeting friday apparently", "META"),   # a nickname written in lower case
    ("rc taking over as ceo by q2?? apes", ""),                        # two letters: not looked up in lower case
])
def test_a_post_in_lower_case_still_names_the_people_the_tables_know(text, ticker):
    got = [e.ticker for e in find_entities(text, load_tables(), "2023-03-27") if e.kind == "person"]
    assert got == ([ticker] if ticker else [])


def test_a_name_that_is_also_a_common_word_is_not_a_person_in_a_lower_case_post():
    # "Cook" is Tim Cook's short name in capitals; in "let him cook" it is a verb
    assert [e for e in find_entities("let him cook, the board will come around", load_tables()) if e.kind == "person"] == []
    assert [e.ticker for e in find_entities("Cook to step down", load_tables()) if e.kind == "person"] == ["AAPL"]


def test_a_ceos_first_name_in_a_lower_case_post_reads_as_it_does_capitalised():
    low, cap = (classify_headline(H(t, "Reddit r/wallstreetbets", "2024-07-22T12:44:00-04:00")) for t in
                ("is laxman out?? hearing the board is already interviewing",
                 "Is Laxman out?? hearing the board is already interviewing"))
    assert (low.kind, low.ticker) == ("ceo_rumor", "SBUX") and "first name alone" in low.entity
    assert (low.kind, low.ticker, low.score, low.entity) == (cap.kind, cap.ticker, cap.score, cap.entity)


@pytest.mark.parametrize("text, ticker", [
    ("RC taking over as CEO?? board said to be done with the current guy", "GME"),
    ("Silverback stepping down?? someone says the board has a list", "AMC"),
])
def test_a_nickname_traders_use_names_the_ceo(text, ticker):
    assert [e.ticker for e in find_entities(text, load_tables(), "2024-01-10") if e.kind == "person"] == [ticker]


def test_a_handle_spelled_first_name_at_company_is_that_companys_ceo():
    got = [(e.kind, e.ticker) for e in handle_speaker("X @ErnieatCarvana", load_tables())]
    assert got == [("person", "CVNA")]
    # a first name no CEO of that company bears names no one
    assert [e for e in handle_speaker("X @BobatCarvana", load_tables()) if e.kind == "person"] == []


@pytest.mark.parametrize("ticker, want", [
    ("STAN.L", ("", "listed only outside the US (STAN.L)")),   # London's one-letter suffix
    ("BRK.B", ("BRK.B", "")),                                   # a US share class
    ("MKC.V", ("MKC.V", "")),                                   # McCormick's non-voting class, also one letter
])
def test_a_one_letter_exchange_suffix_is_not_a_us_share_class(ticker, want):
    assert listing_of(ticker) == want


def test_a_company_listed_only_abroad_is_named_but_not_tradable_here():
    r = classify_headline(H("Standard Chartered CEO Bill Winters said to weigh an early exit, people familiar say",
                            "Some Blog", "2024-03-01T09:00:00+00:00"))
    assert (r.kind, r.ticker) == ("ceo_rumor", "")
    assert "STAN.L" in r.not_tradable


def test_a_missing_people_index_is_an_error_naming_it(tmp_path, monkeypatch):
    gone = tmp_path / "people_index.csv"
    monkeypatch.setattr(entities, "PEOPLE_INDEX_FILE", gone)
    with pytest.raises(InputError, match="people_index.csv"):
        entities._table_data("")


def test_an_alias_files_from_date_must_be_a_date(tmp_path):
    bad = tmp_path / "aliases.csv"
    bad.write_text("ticker,alias,kind,match,from\nMSFT,Zorblax Games,unit,word,soon\n", encoding="utf-8")
    with pytest.raises(InputError, match="from must be a date"):
        entities._read_aliases(str(bad))


def test_an_alias_files_from_date_must_be_a_real_day(tmp_path):
    """A 'from' shaped like a date but no calendar day ("2024-13-45") is refused with the file
    and row, not kept: as a string it sorts after every real day, so the alias would silently
    never hold."""
    bad = tmp_path / "aliases.csv"
    bad.write_text("ticker,alias,kind,match,from\nMSFT,Zorblax Games,unit,word,2023-10-13\n"
                   "MSFT,Quuxly Games,unit,word,2024-13-45\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"from must be a date YYYY-MM-DD, not '2024-13-45'") as e:
        entities._read_aliases(str(bad))
    assert e.value.row == 2
