"""A small database for the app's tests, built through the Store without spaCy.

Realistic French and English articles about one dispute (North Korean arms
for Russia), with statements and contradictions set by hand; one document
holds text that would be Rich markup if it were ever read as markup.
"""

from __future__ import annotations

from pathlib import Path

from analysis.records import Contradiction, Cue, Document, Speaker, Statement, short_hash
from store import Store

MARKUP_QUOTE = "[bold]x[/] n'est pas [link=http://e]y[/link]"
LONG_FIRST = "the talks with Pyongyang had made no progress"
LONG_LAST = "the shipments went on through the autumn"

_BACKGROUND = (
    "Analysts in Seoul and Washington have followed the rail traffic between the two "
    "countries for months, comparing satellite images of the border stations with the "
    "schedules published by the operators and with the accounts of travellers."
)

ARTICLES = {
    "kirby.txt": dict(
        title="La Maison Blanche accuse Pyongyang de livrer des munitions à Moscou",
        outlet="Le Quotidien",
        date="2023-10-13",
        lang="fr",
        text=(
            "La Maison Blanche accuse Pyongyang de livrer des munitions à Moscou\n\n"
            "« Nos informations indiquent que la Corée du Nord a fourni à la Russie plus de "
            "1 000 conteneurs d'équipements militaires et de munitions », a déclaré le 13 "
            "octobre le porte-parole du Conseil de sécurité nationale, John Kirby.\n\n"
            "Les images publiées montrent des conteneurs chargés à Najin puis déchargés à "
            "Dounaï, dans l'Extrême-Orient russe.\n\n"
            "Kirby a ajouté que les États-Unis surveilleraient la suite des livraisons."
        ),
    ),
    "peskov.txt": dict(
        title="Livraison d'armes nord-coréennes : Moscou dément",
        outlet="Nouvelles de l'Est",
        date="2023-10-17",
        lang="fr",
        text=(
            "Livraison d'armes nord-coréennes : Moscou dément\n\n"
            "Le porte-parole du Kremlin, Dmitri Peskov, a déclaré mardi qu'il n'y avait "
            "« aucune preuve » que la Corée du Nord envoyait des armes à la Russie.\n\n"
            "« Ils rapportent cela tout le temps, sans fournir aucune preuve », a déclaré "
            "Peskov à la presse."
        ),
    ),
    "patel.txt": dict(
        title="US says Russia is buying artillery shells from North Korea",
        outlet="Capital Wire",
        date="2022-09-06",
        lang="en",
        text=(
            "US says Russia is buying artillery shells from North Korea\n\n"
            "State Department deputy spokesman Vedant Patel said that Russia is in the "
            "process of purchasing millions of rockets and artillery shells from North "
            "Korea.\n\n"
            "Patel later added that there was no indication the purchase had been finalized."
        ),
    ),
    "kcna.txt": dict(
        title="La Corée du Nord nie vendre des armes à la Russie",
        outlet="Agence Asie",
        date="2022-09-22",
        lang="fr",
        text=(
            "La Corée du Nord nie vendre des armes à la Russie\n\n"
            "« Nous n'avons jamais exporté d'armes ou de munitions vers la Russie et nous "
            "n'avons pas l'intention de le faire », a déclaré le vice-directeur du ministère "
            "de la Défense nord-coréen."
        ),
    ),
    "long.txt": dict(
        title="A long autumn of shipments",
        outlet="Weekly Review",
        date="2023-11-20",
        lang="en",
        text=(
            "A long autumn of shipments\n\n"
            f"An official in Seoul said that {LONG_FIRST}.\n\n"
            + "\n\n".join(f"{n}. {_BACKGROUND}" for n in range(1, 41))
            + f"\n\nA defence ministry spokesman said that {LONG_LAST}."
        ),
    ),
    "markup.txt": dict(
        title="Titre avec [bold]balises[/bold] littérales",
        outlet="[red]Rouge[/red]",
        date="2023-11-02",
        lang="fr",
        text=(
            "Titre avec [bold]balises[/bold] littérales\n\n"
            f"Le porte-parole a déclaré : « {MARKUP_QUOTE} », sans autre précision.\n\n"
            "Le texte suivant [dim]ne doit pas[/dim] être interprété."
        ),
    ),
}


def _statement(
    doc: Document,
    quote: str,
    speaker: str,
    stance: str,
    cue: str,
    *,
    mention: str | None = None,
    direct: bool = True,
    stance_cues: tuple[str, ...] = (),
) -> Statement:
    start = doc.text.index(quote)
    end = start + len(quote)
    cues = [_cue(doc, word, "negation", start) for word in stance_cues]
    return Statement(
        id=Statement.make_id(doc.id, start, end),
        doc=doc.id,
        start=start,
        end=end,
        text=quote,
        speaker=speaker,
        stance=stance,  # type: ignore[arg-type]
        direct=direct,
        cue=cue,
        cues=cues,
        speaker_mention=mention or speaker,
        lang=doc.lang,
    )


def _cue(doc: Document, word: str, kind: str, after: int = 0) -> Cue:
    start = doc.text.index(word, after)
    return Cue(start, start + len(word), word, kind)


def build_database(path: Path) -> dict[str, str]:
    """Write the test database at `path`; return names -> ids for assertions."""
    docs = {}
    for name, fields in ARTICLES.items():
        text = fields["text"]
        docs[name] = Document(
            id=short_hash(text),
            file=name,
            path=f"/corpus/{name}",
            sha256=short_hash(text, length=64),
            ingested_at="2024-01-01T00:00:00+00:00",
            **fields,
        )
    k, pe, pa, kc, lg, mk = (docs[n] for n in ARTICLES)
    kirby = _statement(
        k,
        "Nos informations indiquent que la Corée du Nord a fourni à la Russie plus de "
        "1 000 conteneurs d'équipements militaires et de munitions",
        "John Kirby",
        "assert",
        "a déclaré",
    )
    kirby_watch = _statement(
        k,
        "les États-Unis surveilleraient la suite des livraisons",
        "John Kirby",
        "assert",
        "a ajouté",
        mention="Kirby",
        direct=False,
    )
    peskov = _statement(
        pe,
        "aucune preuve",
        "Dmitri Peskov",
        "deny",
        "a déclaré",
        mention="Dmitri Peskov",
        stance_cues=("aucune",),
    )
    peskov2 = _statement(
        pe,
        "Ils rapportent cela tout le temps, sans fournir aucune preuve",
        "Dmitri Peskov",
        "deny",
        "a déclaré",
        mention="Peskov",
    )
    patel = _statement(
        pa,
        "Russia is in the process of purchasing millions of rockets and artillery shells "
        "from North Korea",
        "Vedant Patel",
        "assert",
        "said that",
        direct=False,
    )
    patel_hedge = _statement(
        pa,
        "there was no indication the purchase had been finalized",
        "Vedant Patel",
        "hedge",
        "added that",
        mention="Patel",
        direct=False,
    )
    kcna = _statement(
        kc,
        "Nous n'avons jamais exporté d'armes ou de munitions vers la Russie et nous "
        "n'avons pas l'intention de le faire",
        "ministère de la Défense nord-coréen",
        "deny",
        "a déclaré",
        mention="le vice-directeur du ministère de la Défense nord-coréen",
        stance_cues=("jamais",),
    )
    markup = _statement(mk, MARKUP_QUOTE, "porte-parole", "deny", "a déclaré")
    long_first = _statement(lg, LONG_FIRST, "South Korean official", "hedge", "said that")
    long_last = _statement(lg, LONG_LAST, "defence ministry", "assert", "said that")
    statements = {
        k.id: [kirby, kirby_watch],
        pe.id: [peskov, peskov2],
        pa.id: [patel, patel_hedge],
        kc.id: [kcna],
        lg.id: [long_first, long_last],
        mk.id: [markup],
    }
    topic = "Livraisons d'armes nord-coréennes à la Russie"
    pairs = [
        (
            kirby,
            peskov,
            "denial",
            0.92,
            "Kirby says North Korea delivered munitions; Peskov says there is no proof of it.",
        ),
        (
            patel,
            kcna,
            "denial",
            0.85,
            "Patel says Russia is buying North Korean shells; "
            "Pyongyang says it never exported arms to Russia.",
        ),
        (
            patel,
            patel_hedge,
            "walk_back",
            0.61,
            "Patel first states the purchase, then says there is no indication it was finalized.",
        ),
        (kirby, peskov2, "denial", 0.74, "Kirby's delivery claim is called unfounded by Peskov."),
    ]
    by_id = {d.id: d for d in docs.values()}
    contradictions = []
    for a, b, kind, score, why in pairs:
        cues_b = list(b.cues) or [_cue(by_id[b.doc], b.cue, "reporting")]
        contradictions.append(
            Contradiction(
                id=Contradiction.make_id(a.id, b.id, kind),
                a=a.id,
                b=b.id,
                kind=kind,  # type: ignore[arg-type]
                score=score,
                why=why,
                topic=topic,
                cues_a=[_cue(by_id[a.doc], a.cue, "reporting")],
                cues_b=cues_b,
            )
        )
    speakers = [
        Speaker(
            "sp-kirby",
            "John Kirby",
            ["Kirby", "porte-parole du Conseil de sécurité nationale"],
            "person",
        ),
        Speaker("sp-peskov", "Dmitri Peskov", ["Peskov", "porte-parole du Kremlin"], "person"),
        Speaker("sp-patel", "Vedant Patel", ["Patel"], "person"),
        Speaker("sp-kcna", "ministère de la Défense nord-coréen", [], "org"),
        Speaker("sp-pp", "porte-parole", [], "person"),
        Speaker("sp-sk", "South Korean official", [], "person"),
        Speaker("sp-dm", "defence ministry", [], "org"),
    ]
    with Store(path) as store, store.batch():
        store.put_speakers(speakers)
        for doc in docs.values():
            store.put_document(doc, statements[doc.id])
        store.add_contradictions(contradictions)
    return {
        "kirby": kirby.id,
        "peskov": peskov.id,
        "patel": patel.id,
        "kcna": kcna.id,
        "markup": markup.id,
        "pair_kirby_peskov": contradictions[0].id,
        "pair_patel_kcna": contradictions[1].id,
        "pair_walk_back": contradictions[2].id,
        "doc_kirby": k.id,
        "doc_peskov": pe.id,
        "doc_markup": mk.id,
        "doc_long": lg.id,
        "long_first": long_first.id,
        "long_last": long_last.id,
    }


async def settle(pilot) -> None:
    """Let every worker finish (one may start another) and the screen catch up.

    The search box's worker lives as long as the box: for it, wait until the
    results shown are those of the query typed.
    """
    app = pilot.app
    for _ in range(200):
        busy = [w for w in app.workers if w.is_running and w.group != "search"]
        if busy:
            await app.workers.wait_for_complete(busy)
        await pilot.pause()
        searching = not getattr(app.screen, "up_to_date", True)
        if not searching and not any(w.is_running and w.group != "search" for w in app.workers):
            return
        await pilot.pause(0.02)
    raise TimeoutError("the app did not settle")


def screen_text(app) -> str:
    """What the terminal shows, as plain text lines."""
    strips = app.screen._compositor.render_strips()
    return "\n".join(strip.text for strip in strips)
