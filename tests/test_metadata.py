import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.decode import decode_bytes
from analysis.metadata import (
    MAX_TITLE_CHARS,
    DocumentMeta,
    describe,
    detect_language,
    find_outlet,
    find_title,
)
from analysis.text import clean_text

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures/corpus/seeds"
GOLD = json.loads((ROOT / "fixtures/gold/seeds.json").read_text(encoding="utf-8"))
REFERENCE = dt.date(2025, 6, 1)


def seed(prefix):
    """A sample article as ingest sees it: decoded, then cleaned."""
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return clean_text(decode_bytes(path.read_bytes())), path.name


@pytest.mark.parametrize("document", GOLD["documents"], ids=lambda d: d["doc"][:3])
def test_seed_language_and_date_match_the_gold(document):
    text, _ = seed(document["doc"][:3])
    meta = describe(text, document["doc"], reference=REFERENCE)
    assert meta.lang == document["lang"]
    assert meta.date == document["date"]


@pytest.mark.parametrize(
    ("prefix", "title"),
    [
        (
            "000",
            "Un responsable militaire a démenti les accusations de Washington selon lesquelles "
            "Pyongyang chercherait à vendre des armes à Moscou",
        ),
        (
            "001",
            '"Les forces ennemies répandent des rumeurs": Corée du Nord – sur la fourniture '
            "d'armes à la Russie",
        ),
        (
            "003",
            "LES ÉTATS-UNIS METTENT EN GARDE LA CORÉE DU NORD CONTRE LA VENTE D'ARMES À LA RUSSIE "
            "POUR SA GUERRE EN UKRAINE",
        ),
        ("004", "Livraison d’armes nord-coréennes à la Russie: Moscou dénie"),
    ],
)
def test_seed_titles(prefix, title):
    text, name = seed(prefix)
    assert find_title(text, name) == title


def test_long_first_paragraph_is_capped_at_a_word_boundary():
    text, name = seed("002")
    title = find_title(text, name)
    assert len(title) <= MAX_TITLE_CHARS + 1
    assert title.endswith("…")
    assert text.startswith(title[:-1])
    assert text[len(title) - 1] == " "


@pytest.mark.parametrize(
    ("prefix", "outlet"),
    [
        ("000", None),
        ("001", "BBC"),
        ("002", None),
        ("003", "La Gazette"),
        ("004", "FRENCH PRESS TV"),
    ],
)
def test_seed_outlets(prefix, outlet):
    text, _ = seed(prefix)
    assert find_outlet(text) == outlet


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Kremlin said there was no evidence that North Korea had supplied arms.", "en"),
        ("Peskov denied it.", "en"),
        ("They report this all the time, without providing any evidence.", "en"),
        ("Le Kremlin a démenti les allégations de Washington.", "fr"),
        ("Moscou dément.", "fr"),
        ("Il n’y a aucune preuve, a déclaré Peskov.", "fr"),
    ],
)
def test_language_of_short_texts(text, lang):
    assert detect_language(text) == lang


def test_language_follows_the_majority_despite_a_foreign_caption():
    text, _ = seed("004")
    caption = "US Rep. Ilhan Omar talks with Speaker of the House Nancy Pelosi during a rally."
    assert "during a rally with fellow Democrats" in text
    assert detect_language(text) == "fr"
    assert detect_language(caption + "\n\nLe Kremlin a rejeté les allégations.") == "en"


def test_undecidable_language_defaults_to_french():
    assert detect_language("") == "fr"
    assert detect_language("1 000 — 2023 !") == "fr"
    assert detect_language("Kirby Peskov Nebenzia") == "en"
    assert detect_language("Kirby Peskov Nebenzia Téhéran") == "fr"


def test_english_title_skips_site_chrome_and_dates():
    text = (
        "World Wire\n"
        "Home | World | Politics | Business\n\n"
        "# Kremlin denies North Korean arms deliveries\n\n"
        "By Jane Doe\nOctober 17, 2023\n\n"
        "The Kremlin on Tuesday rejected allegations."
    )
    assert find_title(text, "kremlin.md") == "Kremlin denies North Korean arms deliveries"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Par Jeanne Martin\nMoscou dément toute livraison", "Moscou dément toute livraison"),
        (
            "By Jane Doe and John Roe\nKremlin denies the deliveries",
            "Kremlin denies the deliveries",
        ),
        (
            "Par peur des sanctions, Moscou recule\nPar admin",
            "Par peur des sanctions, Moscou recule",
        ),
        ("De nouvelles sanctions contre Moscou\nTexte.", "De nouvelles sanctions contre Moscou"),
        (
            "Crédit photo : Getty Images\nMoscou dément toute livraison",
            "Moscou dément toute livraison",
        ),
        ("1er mai : les syndicats défilent\nTexte.", "1er mai : les syndicats défilent"),
    ],
)
def test_bylines_and_credits_are_not_titles(text, title):
    assert find_title(text, "x.txt") == title


def test_section_names_and_wire_datelines_are_not_part_of_the_title():
    text = "International\nAsie et Pacifique\nLa Corée du Nord dément livrer des armes\n"
    assert find_title(text, "x.txt") == "La Corée du Nord dément livrer des armes"
    wire = "WASHINGTON (AP) — The White House said Friday that North Korea delivered arms."
    assert (
        find_title(wire, "x.txt") == "The White House said Friday that North Korea delivered arms."
    )


def test_title_from_front_matter():
    text = '---\ntitle: "Moscou dément"\ndate: 2023-10-17\n---\n\nLe Kremlin a rejeté.'
    assert find_title(text, "x.md") == "Moscou dément"


def test_title_falls_back_to_a_short_line_then_to_the_file_stem():
    assert find_title("Moscou dément\n\n13/10/2023", "a.txt") == "Moscou dément"
    assert find_title("\n\n22.09.2022 0 Par admin\n\n", "dir/report 12.txt") == "report 12"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Title\n\nText.\n\nSource: Le Monde", "Le Monde"),
        ("Title\nWASHINGTON (Reuters) - The White House said on Friday...", "Reuters"),
        ("Title\n• BBC News\n\nText.", "BBC News"),
        (
            "Titre\nPar Jeanne Martin\n\nTexte.\n\n© 2023 Le Quotidien. Tous droits réservés.",
            "Le Quotidien",
        ),
        ("Title\n\nText.\n\nCopyright 2024 World Wire. All rights reserved.", "World Wire"),
        ("Titre\n\nTexte. Photo : AFP\n\nNhu Tam (Selon AFP, Yonhap )\nLien source", None),
        ("Titre\n\nCrédit photo : Getty Images\n\nTexte.", None),
        ("Titre\n\nSource : photo AFP", None),
        ("Title\nWorld News\n\nText.", None),
        ("Titre\nInternational / Asie\n\nTexte.", None),
        ("Titre\nLe Monde avec AFP\nPublié le 22 septembre 2022", "Le Monde"),
        ("Title\nStaff and agencies\n\nText.", None),
        ("Titre\nLondres / The Guardian\n\nTexte.", "The Guardian"),
    ],
)
def test_outlet_rules(text, outlet):
    assert find_outlet(text) == outlet


def test_describe_combines_the_parts():
    text = (
        "Kremlin denies arms deliveries\n\nPublished: Oct. 13, 2023\n\nThe Kremlin said it was not."
    )
    assert describe(text, "k.txt", reference=REFERENCE) == DocumentMeta(
        title="Kremlin denies arms deliveries",
        outlet=None,
        date="2023-10-13",
        lang="en",
    )


@given(st.text())
def test_describe_accepts_any_text(text):
    meta = describe(text, "notes/article.txt", reference=REFERENCE)
    assert meta.lang in ("fr", "en")
    assert meta.title
    assert "\n" not in meta.title
    assert len(meta.title) <= MAX_TITLE_CHARS + 1
    assert meta.outlet is None or (meta.outlet and "\n" not in meta.outlet)
