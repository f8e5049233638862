"""Word lists for document metadata: dates, language, headlines and outlets.

Kept as data so that supporting another spelling or language means editing
a list, not a regular expression. Keys are lower case; lookups lower-case
the word first.
"""

from __future__ import annotations


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


MONTHS: dict[str, dict[str, int]] = {
    "fr": {
        "janvier": 1,
        "janv": 1,
        "février": 2,
        "fevrier": 2,
        "févr": 2,
        "fevr": 2,
        "mars": 3,
        "avril": 4,
        "avr": 4,
        "mai": 5,
        "juin": 6,
        "juillet": 7,
        "juil": 7,
        "août": 8,
        "aout": 8,
        "septembre": 9,
        "sept": 9,
        "octobre": 10,
        "novembre": 11,
        "décembre": 12,
        "decembre": 12,
        "déc": 12,
    },
    "en": {
        "january": 1,
        "jan": 1,
        "february": 2,
        "feb": 2,
        "march": 3,
        "mar": 3,
        "april": 4,
        "apr": 4,
        "may": 5,
        "june": 6,
        "jun": 6,
        "july": 7,
        "jul": 7,
        "august": 8,
        "aug": 8,
        "september": 9,
        "sep": 9,
        "sept": 9,
        "october": 10,
        "oct": 10,
        "november": 11,
        "nov": 11,
        "december": 12,
        "dec": 12,
    },
}

# Monday is 0, as in `datetime.date.weekday()`. French abbreviations
# ("mar.", "mer.") are left out: "mar" would clash with the English month.
WEEKDAYS: dict[str, dict[str, int]] = {
    "fr": {
        "lundi": 0,
        "mardi": 1,
        "mercredi": 2,
        "jeudi": 3,
        "vendredi": 4,
        "samedi": 5,
        "dimanche": 6,
    },
    "en": {
        "monday": 0,
        "mon": 0,
        "tuesday": 1,
        "tue": 1,
        "tues": 1,
        "wednesday": 2,
        "wed": 2,
        "thursday": 3,
        "thu": 3,
        "thurs": 3,
        "friday": 4,
        "fri": 4,
        "saturday": 5,
        "sat": 5,
        "sunday": 6,
        "sun": 6,
    },
}

# Words that may sit on a date line without making it a sentence.
TIME_WORDS = _word_set(
    """
    utc gmt cet cest est edt cst cdt pst pdt bst ist jst kst msk am pm le la du on at
    the of by par mis jour updated
    """
)

# Words that announce the publication date when they stand just before it.
DATE_LABELS: dict[str, tuple[str, ...]] = {
    "fr": (
        "publié",
        "publiée",
        "publie",
        "mis en ligne",
        "mise en ligne",
        "mis à jour",
        "mise à jour",
        "modifié",
        "actualisé",
        "créé",
        "date",
        "daté",
        "édition du",
    ),
    "en": (
        "published",
        "first published",
        "last updated",
        "updated",
        "posted",
        "date",
        "dated",
        "issued",
        "released",
    ),
}

# Distinctive function words. Words shared by both languages ("a", "on",
# "en", "an", "as", "plus") are left out: they would vote for both.
STOPWORDS: dict[str, frozenset[str]] = {
    "fr": _word_set(
        """
        le la les l un une des du de d au aux et ou où mais donc car ni que qu qui quoi
        dont ce cet cette ces c il ils elle elles nous vous je j tu leur leurs lui y
        se s son sa ses mon ma mes ne n pas jamais rien aucun aucune dans sur sous
        avec sans pour par chez vers entre selon depuis pendant après avant est sont
        été être était étaient ont avait avaient fait sera seront aussi très même
        encore déjà tout tous toute toutes cela ceci ça comme lors ainsi alors
        """
    ),
    "en": _word_set(
        """
        the of and to in is are was were be been being that this these those it its
        for with by from at which who whom whose what when where why how they them
        their he him his she her we our you your i not no but or if than then there
        has have had will would should could can might must said says also after
        before about into over under while just only such other some any
        """
    ),
}

# Letters that occur in French words and hardly ever in English ones.
FRENCH_LETTERS = frozenset("éèêëàâçîïôûùœ")

# Lines that are site chrome rather than a headline.
NAVIGATION_WORDS = _word_set(
    """
    accueil home menu rubriques sections navigation recherche search connexion login
    abonnez-vous subscribe newsletter partager share imprimer print
    """
)
# Lower-case words inside names: "Asie et Pacifique", "Jane Doe and John Roe".
NAME_JOINERS = _word_set("et and de du des la le les of the van von y")
# A byline is one of these, then names, joiners and the words below:
# "Par admin", "By Jane Doe and John Roe, staff reporter".
BYLINE_WORDS = frozenset({"by", "par"})
BYLINE_FILLERS = _word_set(
    """
    with avec admin staff rédaction redaction correspondant correspondante correspondent
    envoyé envoyée spécial spéciale special reporter journaliste
    """
)
BOILERPLATE_LINES = frozenset(
    {
        "loading...",
        "loading",
        "chargement...",
        "partager cet article",
        "share this article",
        "lien source",
        "read more",
        "lire la suite",
        "voir plus",
        "advertisement",
        "publicité",
    }
)

# Reading the outlet: phrases that name the publisher of the text, as opposed
# to credits naming a source the text draws on ("Selon AFP", "Photo : AFP").
OUTLET_LABELS: tuple[str, ...] = (
    "source",
    "publié par",
    "published by",
    "édité par",
    "publisher",
)
OUTLET_NEWS_PHRASES: tuple[str, ...] = (
    "nouvelles de",
    "informations de",
    "actualités de",
    "infos de",
    "news from",
)
# Press agencies, as named in credits and in "Le Monde avec AFP".
AGENCIES = _word_set(
    """
    AFP AP Reuters dpa DPA Belga ATS ANSA EFE Kyodo Xinhua Yonhap TASS Tass agences agencies
    """
)
# A "Place / Outlet" dateline names an outlet only when it reads like a title.
OUTLET_ARTICLES = ("La ", "Le ", "Les ", "L'", "L’", "The ")
CREDIT_WORDS = _word_set(
    """
    photo photos crédit credit crédits credits illustration image images vidéo video
    légende caption selon according
    """
)
