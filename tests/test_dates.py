import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.dates import (
    DateMention,
    find_dates,
    find_publication_date,
    is_date_line,
    strip_leading_date,
)

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = dt.date(2025, 6, 1)


def date_of(text, lang="fr", reference=REFERENCE):
    return find_publication_date(text, lang, reference=reference)


@pytest.mark.parametrize(
    ("header", "lang", "expected"),
    [
        ("date 2022-09 Un responsable a démenti", "fr", "2022-09"),
        ("22.09.2022 0 Par admin", "fr", "2022-09-22"),
        ("31 Août 2023 16:12 (UTC+01:00)", "fr", "2023-08-31"),
        ("Publié le 13 octobre 2023 à 14h05", "fr", "2023-10-13"),
        ("Paris, le 13/10/2023", "fr", "2023-10-13"),
        ("Mis à jour le 1er mai 2024", "fr", "2024-05-01"),
        ("octobre 2023", "fr", "2023-10"),
        ("2023-10-13", "fr", "2023-10-13"),
        ("October 13, 2023", "en", "2023-10-13"),
        ("13 October 2023 14:05 GMT", "en", "2023-10-13"),
        ("Published: Oct. 13, 2023", "en", "2023-10-13"),
        ("Updated 2023-10-13T10:00:00Z", "en", "2023-10-13"),
        ("By Jane Doe | Sept. 5, 2023", "en", "2023-09-05"),
        ("Posted 10/13/2023", "en", "2023-10-13"),
        ("Published: 2023", "en", "2023"),
        ("October 17, 20233:12 PM GMT+2Updated a year ago", "en", "2023-10-17"),
        ("Thu 22 Sep 2022 03.41 BST", "en", "2022-09-22"),
    ],
)
def test_header_date_forms(header, lang, expected):
    title = "Moscou dément toute livraison" if lang == "fr" else "Kremlin denies deliveries"
    body = "Le Kremlin a rejeté les allégations." if lang == "fr" else "The Kremlin denied it."
    assert date_of(f"{title}\n\n{header}\n\n{body}", lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Moscou dément\n\nLe Kremlin a déclaré mardi 17 octobre qu’il n’y avait rien.", "fr"),
        ("Kremlin denies\n\nPeskov said on Tuesday, October 17 there was no evidence.", "en"),
        ("Kremlin denies\n\nPeskov said on Tuesday 17 October there was no evidence.", "en"),
    ],
)
def test_weekday_fixes_the_missing_year(text, lang):
    # 17 October fell on a Tuesday in 2017 and 2023; 2023 is the latest before the reference.
    assert date_of(text, lang) == "2023-10-17"


def test_weekday_year_prefers_a_year_the_text_mentions():
    text = "Moscou dément\n\nLe Kremlin a déclaré mardi 17 octobre que rien.\n\nDepuis 2017, rien."
    assert date_of(text) == "2017-10-17"


def test_weekday_year_is_not_after_the_reference():
    text = "Moscou dément\n\nLe Kremlin a déclaré mardi 17 octobre que rien."
    assert date_of(text, reference=dt.date(2023, 10, 16)) == "2017-10-17"
    assert date_of(text, reference=dt.date(2023, 10, 17)) == "2023-10-17"


def test_first_weekday_date_wins_over_later_ones():
    text = (
        "Titre du jour\n\nPeskov a déclaré mardi 17 octobre que non. La Maison-Blanche avait "
        "déclaré vendredi 13 octobre le contraire. Lavrov arrivera mercredi 18 octobre."
    )
    assert date_of(text) == "2023-10-17"


@pytest.mark.parametrize(
    "text",
    [
        "Moscou dément\n\nLe Kremlin a déclaré le 13 octobre que rien.",
        "Kremlin denies\n\nThe Kremlin said on October 13 that nothing happened.",
        "Moscou dément\n\nIls se sont rencontrés en 2019 à Vladivostok.",
        "Titre sans date\n\nTexte sans aucune date.",
        "",
    ],
)
def test_no_certain_date_gives_none(text):
    assert date_of(text) is None


def test_body_event_dates_do_not_win_over_the_header_date():
    text = (
        "Corée du Nord : démenti\n\n22.09.2022 0 Par admin\n\n"
        "Kim Jong Un assiste à une réunion avec Vladimir Poutine à Vladivostok, Russie, "
        "le 25 avril 2019.\n\nIls se sont rencontrés pour la dernière fois en 2019."
    )
    assert date_of(text) == "2022-09-22"


def test_dates_inside_sentences_are_events():
    caption = (
        "US Rep. Ilhan Omar talks with Speaker Nancy Pelosi during a rally on the East "
        "Steps of the US Capitol on March 08, 2019 in Washington, DC."
    )
    assert date_of(f"Kremlin denies\n{caption}\n\nThe Kremlin denied it.", "en") is None
    body = "The report, published on October 13, 2023 by the Times, said nothing new at all."
    assert date_of(f"Kremlin denies\n\n{body}", "en") is None


def test_labelled_date_at_the_foot_of_the_article():
    body = "\n\n".join(["Un paragraphe de texte sans date."] * 20)
    assert date_of(f"Titre\n\n{body}\n\nPublié le 12 octobre 2023") == "2023-10-12"


def test_dates_after_the_reference_are_rejected():
    assert date_of("Titre\n\nPublié le 13 octobre 2030\n\nTexte.") is None


def test_header_date_beats_a_later_weekday_date():
    text = "Titre\n\n13/10/2023\n\nLe Kremlin a déclaré mardi 17 octobre que rien."
    assert date_of(text) == "2023-10-13"


def test_numeric_dates_order_day_and_month():
    assert date_of("Title\n\nPosted 13/10/2023\n\nText.", "en") == "2023-10-13"
    assert date_of("Titre\n\n05/10/2023\n\nTexte.", "fr") == "2023-10-05"
    assert date_of("Title\n\nPosted 05/10/2023\n\nText.", "en") == "2023-05-10"


def test_find_dates_reads_parts_and_skips_impossible_months():
    text = "le 1er mai 2024, puis 2010-13, puis Tuesday, Oct. 17"
    mentions = find_dates(text, "en")
    assert [(m.year, m.month, m.day, m.weekday) for m in mentions] == [
        (2024, 5, 1, None),
        (None, 10, 17, 1),
    ]
    assert text[mentions[1].start : mentions[1].end] == "Tuesday, Oct. 17"


def test_date_lines_and_leading_dates():
    assert is_date_line("22.09.2022 0 Par admin")
    assert is_date_line("31 Août 2023 16:12 (UTC+01:00)")
    assert not is_date_line("Le 25 avril 2019, Poutine rencontre Kim à Vladivostok")
    assert not is_date_line("Moscou dément")
    assert strip_leading_date(" date 2022-09 Un responsable") == "Un responsable"
    assert strip_leading_date("13 octobre 2023 : Moscou dément") == "Moscou dément"
    assert (
        strip_leading_date("1er mai : les syndicats défilent") == "1er mai : les syndicats défilent"
    )


def test_seed_articles_match_the_gold_dates():
    gold = json.loads((ROOT / "fixtures/gold/seeds.json").read_text(encoding="utf-8"))
    for document in gold["documents"]:
        text = (ROOT / "fixtures/corpus/seeds" / document["doc"]).read_text(encoding="utf-8")
        assert date_of(text, document["lang"]) == document["date"], document["doc"]


PRECISIONS = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?")


@given(
    st.lists(
        st.one_of(
            st.text(),
            st.sampled_from(
                [
                    "mardi",
                    "Tuesday,",
                    "17",
                    "octobre",
                    "Oct.",
                    "2023",
                    "22.09.2022",
                    "\n",
                    "le",
                    "Publié le",
                    "Published:",
                    "2023-10-13",
                    "ſeptembre",
                    "31",
                    "février",
                    "29",
                ]
            ),
        ),
        max_size=30,
    ).map(" ".join)
)
def test_any_text_gives_none_or_a_well_formed_date_not_after_the_reference(text):
    value = date_of(text)
    if value is not None:
        assert PRECISIONS.fullmatch(value)
        assert value <= REFERENCE.isoformat()
    for mention in find_dates(text, "fr"):
        assert isinstance(mention, DateMention)
        assert 0 <= mention.start < mention.end <= len(text)
