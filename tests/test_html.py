import socket

import pytest
import trafilatura

from analysis.html import HtmlMeta, html_to_text

ARTICLE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Livraisons d’armes : Moscou dément - Le Quotidien</title>
<meta property="og:site_name" content="Le Quotidien">
<meta property="article:published_time" content="2023-10-17T09:30:00+02:00">
<link rel="canonical" href="https://example.org/2023/10/17/moscou-dement">
<style>.nav a { color: #333 } .stylerule { display: none }</style>
<script>function track() { return "scriptsecretvalue"; }</script>
</head><body>
<header><a class="logo" href="/">Le Quotidien</a>
<nav><ul><li><a href="/politique">Politique</a></li><li><a href="/monde">Internationalmenu</a></li>
<li><a href="/sports">Sportsrubrique</a></li></ul></nav></header>
<main><article>
<h1>Livraisons d’armes : Moscou dément</h1>
<p>Le Kremlin a rejeté mardi les allégations selon lesquelles la Corée du Nord livrerait des
munitions à la Russie, après la publication d’images par les États-Unis.</p>
<p>« Ils rapportent cela tout le temps, sans fournir aucune preuve », a déclaré Dmitri Peskov
à la presse, interrogé sur les livraisons d’armes signalées.</p>
<p>Peskov a assuré que la Russie continuerait à développer ses relations avec la Corée du Nord,
un voisin avec lequel elle partage une courte frontière.</p>
</article></main>
<footer><p>© 2023 Le Quotidien. Mentionslegalesfooter. Tous droits réservés.</p></footer>
</body></html>"""


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_boilerplate_is_dropped_and_article_kept(no_network):
    text, _ = html_to_text(ARTICLE)
    assert "a déclaré Dmitri Peskov" in text
    assert "Le Kremlin a rejeté mardi" in text
    for boilerplate in ("Internationalmenu", "Sportsrubrique", "scriptsecretvalue", "stylerule"):
        assert boilerplate not in text
    assert "Mentionslegalesfooter" not in text


def test_paragraphs_are_separated_by_blank_lines(no_network):
    text, _ = html_to_text(ARTICLE)
    paragraphs = text.split("\n\n")
    assert any(p.startswith("Le Kremlin a rejeté") for p in paragraphs)
    assert any(p.startswith("« Ils rapportent") for p in paragraphs)
    assert "\n\n\n" not in text


def test_metadata_from_markup(no_network):
    _, meta = html_to_text(ARTICLE)
    assert meta.title == "Livraisons d’armes : Moscou dément"
    assert meta.outlet == "Le Quotidien"
    assert meta.date == "2023-10-17"


def test_page_without_metadata_gives_none_fields(no_network):
    page = (
        "<html><body><div><p>Un paragraphe d’article suffisamment long pour être gardé, "
        "avec une déclaration attribuée à un porte-parole.</p></div></body></html>"
    )
    text, meta = html_to_text(page)
    assert "déclaration attribuée" in text
    assert meta.outlet is None and meta.date is None


def test_fallback_strips_tags_when_extraction_finds_nothing(monkeypatch):
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *args, **kwargs: None)
    text, meta = html_to_text(ARTICLE)
    assert meta == HtmlMeta(title="Livraisons d’armes : Moscou dément - Le Quotidien")
    assert "a déclaré Dmitri Peskov" in text
    assert "Le Kremlin a rejeté mardi les allégations" in text
    for boilerplate in ("Internationalmenu", "scriptsecretvalue", "stylerule", "Mentionslegales"):
        assert boilerplate not in text
    assert "\n\nLivraisons d’armes : Moscou dément\n\nLe Kremlin" in "\n\n" + text


def test_fragment_that_extraction_rejects_still_gives_its_text(no_network):
    text, _ = html_to_text("<p>Peskov <b>a démenti</b>.</p>")
    assert text == "Peskov a démenti."


@pytest.mark.parametrize("page", ["", "   \n "])
def test_empty_page(page):
    assert html_to_text(page) == ("", HtmlMeta())
