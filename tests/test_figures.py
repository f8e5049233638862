import math

import pytest

from analysis.figures import conflicting, describe, find_figures


def only(text: str, lang: str = "fr", offset: int = 0):
    found = [f for f in find_figures(text, lang, offset) if f.unit != "date"]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "lang", "unit", "low", "high"),
    [
        ("plus de 1 000 conteneurs d'équipements", "fr", "containers", 1000, math.inf),
        ("more than 1,000 containers of munitions", "en", "containers", 1000, math.inf),
        ("1\u202f000 conteneurs", "fr", "containers", 1000, 1000),
        ("à environ 290 kilomètres de la frontière", "fr", "km", 232, 348),
        ("1,5 million de dollars", "fr", "dollars", 1.5e6, 1.5e6),
        ("1.5 million barrels", "en", "barrels", 1.5e6, 1.5e6),
        ("moins de 40 soldats", "fr", "troops", 0, 40),
        ("vingt-deux blessés", "fr", "injured", 22, 22),
        ("two hundred soldiers", "en", "troops", 200, 200),
        ("25 % des voix", "fr", "percent", 25, 25),
    ],
)
def test_quantities_with_their_unit(text, lang, unit, low, high):
    figure = only(text, lang)
    assert (figure.unit, figure.low, figure.high) == (unit, pytest.approx(low), high)


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("des millions d'obus d'artillerie", "fr", "shells"),
        ("“des millions” d’obus", "fr", "shells"),
        ("millions of rockets", "en", "missiles"),
        ("“plusieurs centaines” UAV armés", "fr", "drones"),
        ("hundreds of drones", "en", "drones"),
        ("une centaine de civils", "fr", "civilians"),
    ],
)
def test_round_counts(text, lang, unit):
    figure = only(text, lang)
    assert figure.unit == unit
    assert figure.low < figure.high


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The blast killed 12 in Kabul", "en"),
        ("12 people were killed in the blast", "en"),
        ("au moins 12 morts", "fr"),
        ("12 personnes ont été tuées", "fr"),
    ],
)
def test_casualty_words_make_a_count_of_deaths(text, lang):
    assert only(text, lang).unit == "deaths"


def test_a_casualty_word_in_another_clause_does_not_count():
    text = "At least 40 people were killed, police said; two hundred soldiers arrived."
    units = [f.unit for f in find_figures(text, "en")]
    assert units == ["deaths", "troops"]


def test_offsets_are_absolute_and_point_at_the_figure():
    text = "Il a dit que plus de 1 000 conteneurs ont été livrés."
    figure = only(text[13:], "fr", offset=13)
    assert text[figure.start : figure.end] == figure.text
    assert describe(figure) == "plus de 1 000 conteneurs"  # with its qualifier


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("le 13 octobre 2023", "fr", (2023, 10, 13)),
        ("le 1er octobre", "fr", (0, 10, 1)),
        ("mardi 17 octobre", "fr", (0, 10, 17)),
        ("on October 13, 2023", "en", (2023, 10, 13)),
        ("le 22.09.2022", "fr", (2022, 9, 22)),
        ("en 2019", "fr", (2019, 0, 0)),
    ],
)
def test_dates(text, lang, date):
    dates = [f.date for f in find_figures(text, lang) if f.unit == "date"]
    assert dates == [date]


@pytest.mark.parametrize(
    "text",
    ["drones Mohajer-6", "16:12 (UTC+01:00)", "Il a dit qu'un responsable était là"],
)
def test_no_figure_in_names_times_and_articles(text):
    assert [f for f in find_figures(text, "fr") if f.unit != "date"] == []


def test_different_counts_of_one_unit_conflict():
    a = only("killed 12 people", "en")
    b = only("killed 40 people", "en")
    assert conflicting(a, b)


def test_rounded_figures_agree():
    a = only("1,000 containers", "en")
    b = only("1 050 conteneurs", "fr")
    assert not conflicting(a, b)


def test_a_lower_bound_agrees_with_any_larger_figure():
    a = only("plus de 1 000 conteneurs", "fr")
    assert not conflicting(a, only("1,200 containers", "en"))
    assert conflicting(a, only("300 containers", "en"))


def test_figures_of_different_units_never_conflict():
    assert not conflicting(only("12 morts", "fr"), only("40 soldats", "fr"))


def test_dates_conflict_by_day_or_month():
    def date(text: str, lang: str = "en"):
        return next(f for f in find_figures(text, lang) if f.unit == "date")

    assert conflicting(date("on 12 October 2023"), date("on 14 October 2023"))
    assert not conflicting(date("on 12 October"), date("le 12 octobre", "fr"))
    assert not conflicting(date("in 2023"), date("on 12 October 2023"))


@pytest.mark.parametrize(
    ("text", "lang", "unit", "value"),
    [
        ("organisers said 120,000 marched", "en", "people", 120000),
        ("120 000 manifestants", "fr", "people", 120000),
        ("31 500 participants", "fr", "people", 31500),
        ("4.2 million customer records", "en", "records", 4.2e6),
        ("4,2 millions de fiches clients", "fr", "records", 4.2e6),
        ("1 200 postes", "fr", "jobs", 1200),
        ("seven of the deaths", "en", "deaths", 7),
        ("douze personnes sont décédées", "fr", "deaths", 12),
    ],
)
def test_counted_nouns_of_both_languages(text, lang, unit, value):
    figure = only(text, lang)
    assert figure.unit == unit and figure.low == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("the police count put the crowd at 18,000", "people", 18000),
        ("revised the death toll from the outbreak down to five", "deaths", 5),
        ("le bilan a été révisé à cinq", "deaths", 5),
    ],
)
def test_a_bare_number_counts_what_its_clause_named_before_it(text, unit, value):
    figure = only(text, "fr" if " le " in f" {text} " else "en")
    assert (figure.unit, figure.low) == (unit, value)


def test_a_number_alone_counts_nothing():
    assert [f for f in find_figures("police counted 18,000 on Saturday", "en")] == []


def test_a_year_before_a_word_is_a_date():
    [figure] = find_figures("in 2019 the toll was unknown", "en")
    assert (figure.unit, figure.date) == ("date", (2019, 0, 0))


def test_the_qualifier_is_part_of_the_figure():
    figure = only("at least 12 deaths", "en")
    assert (figure.text, figure.low, figure.high) == ("at least 12 deaths", 12, math.inf)


def test_an_injury_count_does_not_lend_its_unit_across_a_conjunction():
    units = [f.unit for f in find_figures("14 officers were injured and 23 people arrested", "en")]
    assert units[1] == "people"


def test_crowd_counts_conflict_and_rounded_ones_do_not():
    assert conflicting(only("120,000 marched", "en"), only("18 000 manifestants", "fr"))
    assert not conflicting(only("about 31,500 people", "en"), only("31 000 personnes", "fr"))
    assert conflicting(only("at least 12 deaths", "en"), only("5 morts", "fr"))
