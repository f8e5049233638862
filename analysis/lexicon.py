"""Word lists and patterns of statement extraction, per language.

Everything the extractor recognises by its form lives here as data: reporting
verbs and phrases, denial and hedge cues, negation, speaker nouns, pronouns.
Verbs are listed by lemma; `*_FORMS` add inflected forms that the lemmatizer
is known to miss (the extractor accepts a token by lemma or by surface form).
Phrase patterns are regular expression sources, matched case-insensitively.
"""

from __future__ import annotations

from dataclasses import dataclass


def words(text: str) -> frozenset[str]:
    """A word list written as whitespace-separated words."""
    return frozenset(text.split())


# Opening mark -> closing mark.
QUOTE_PAIRS: dict[str, str] = {
    "«": "»",
    "“": "”",
    "„": "“",
    "‹": "›",
    '"': '"',
    "‘": "’",
    "'": "'",
}
# Characters dropped from both ends of quoted words.
QUOTE_TRIM = " \t\n\xa0\u202f\u2009.,;:"
# A wire-story dateline opening a paragraph ("MOSCOW, Oct 17 (Reuters) - ").
DATELINE = (
    r"(?m)^[ \t]*[A-ZÀ-Ý][A-ZÀ-Ý .'’-]{2,}(?:,[^\n]{0,40}?)?(?:\([^)\n]{1,30}\))?[ \t]*[-—–][ \t]+"
)
# Tokens ending in a full stop that do not end a sentence.
ABBREVIATIONS = words(
    """m. mm. mme. dr. pr. me. mgr. st. ste. etc. env. cf. p. av. apr. j.-c. n°. no. vol.
        mr. mrs. ms. prof. sen. rep. gov. gen. lt. col. sgt. capt. jr. sr. inc. ltd. co.
        corp. u.s. u.k. u.n. e.u. a.m. p.m. jan. feb. mar. apr. aug. sept. sep. oct. nov.
        dec. vs. no. approx. est."""
)


@dataclass(frozen=True, slots=True)
class Lexicon:
    lang: str
    # Verbs whose clause complement (que/that ..., or the quote of an incise) is a claim.
    claim_verbs: frozenset[str]
    # Verbs that make a claim with a nominal or infinitive object too (deny, accuse, warn).
    act_verbs: frozenset[str]
    # Verbs that report speech only in an incise after a quote (« … », poursuit-il).
    incise_verbs: frozenset[str]
    deny_verbs: frozenset[str]
    # Surface forms of the verbs above that the lemmatizer gets wrong: form -> lemma.
    verb_forms: dict[str, str]
    # Present-tense endings and the infinitive ending they come from, to read a verb
    # the tagger took for a noun ("juge que" -> juger).
    present_endings: tuple[tuple[str, str], ...]
    # Multi-word reporting phrases: verb lemma -> words that must follow it.
    verb_particles: dict[str, tuple[tuple[str, ...], ...]]
    # "selon X", "according to X": lower-case word sequences.
    according: tuple[tuple[str, ...], ...]
    # Phrases that name a source only at the start of a sentence ("Pour Moscou, …").
    according_initial: tuple[tuple[str, ...], ...]
    # Word sequences after "selon" that make it a relative ("selon lesquelles").
    according_not_before: frozenset[str]
    # Nouns naming a statement ("une déclaration de X : « … »").
    speech_nouns: frozenset[str]
    # Prepositions that introduce the issuer of a statement ("communiqué du ministère").
    of_words: frozenset[str]
    # Words before a name that make it a complement, not the speaker ("conseiller de X").
    governing_words: frozenset[str]
    # Nouns naming a written source whose "de X" complement is the speaker.
    source_nouns: frozenset[str]
    # Head nouns of a person named by role ("le porte-parole", "the spokesman").
    role_nouns: frozenset[str]
    # Head nouns of institutions that speak ("le ministère", "the ministry").
    body_nouns: frozenset[str]
    # Head nouns of speakers that stay unnamed in the text.
    anonymous_nouns: frozenset[str]
    anonymous_markers: frozenset[str]
    # "un porte-parole", "a spokesman": a role left unnamed.
    indefinite_articles: frozenset[str]
    definite_articles: frozenset[str]
    conjunctions: frozenset[str]
    honorifics: frozenset[str]
    personal_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    # Pronouns that stand for a body, never a person ("it said").
    neuter_pronouns: frozenset[str]
    # Pronouns that stand for a person, never a body ("she said").
    person_pronouns: frozenset[str]
    relative_pronouns: frozenset[str]
    # Clitics of an inverted verb that are not its subject ("a-t-il": the "-t").
    euphonic: frozenset[str]
    determiners: frozenset[str]
    # Word sequences of "one of the X" that point at X.
    partitive: tuple[tuple[str, ...], ...]
    # Words after a comma that open a clause outside the claim.
    clause_breaks: tuple[tuple[str, ...], ...]
    complementizers: frozenset[str]
    # Words that open an indirect question ("refused to say how …"): not a claim.
    question_words: frozenset[str]
    negation: frozenset[str]
    # Negation words that count only next to a negative particle ("ne … plus").
    negation_partners: frozenset[str]
    negative_particles: frozenset[str]
    deny_phrases: tuple[str, ...]
    # Negated words that affirm ("il ne fait aucun doute", "no doubt"): not a negation.
    certainty_phrases: tuple[str, ...]
    # Weakened claims that outrank a plain negation ("pas encore", "no indication").
    hedge_phrases: tuple[str, ...]
    hedge_words: frozenset[str]
    # Lemmas whose conditional forms hedge ("pourrait").
    hedge_modals: frozenset[str]
    # Words that make "the fact that ..." the claim ("insiste sur le fait que").
    fact_nouns: frozenset[str]


FR = Lexicon(
    lang="fr",
    claim_verbs=words(
        """déclarer dire affirmer ajouter indiquer expliquer estimer assurer souligner préciser
        annoncer confirmer reconnaître admettre avertir prévenir rappeler insister soutenir
        répéter maintenir noter observer juger considérer penser croire craindre espérer
        écrire raconter répondre rétorquer marteler prétendre alléguer révéler signaler
        évoquer confier affirmer avouer témoigner jurer clamer proclamer mentionner relever
        arguer argumenter plaider faire-savoir faire-valoir déplorer regretter dénoncer
        accuser démentir nier dénier rejeter réfuter contester récuser qualifier condamner
        exhorter mettre-en-garde promettre suggérer laisser-entendre tweeter avancer
        certifier garantir démontrer constater"""
    ),
    act_verbs=words(
        """démentir nier dénier rejeter réfuter contester récuser accuser qualifier condamner
        dénoncer exhorter avertir mettre-en-garde alléguer évoquer"""
    ),
    incise_verbs=words(
        """poursuivre conclure lancer ajouter commenter s'exclamer ironiser tempérer nuancer
        résumer glisser insister enchaîner renchérir souffler trancher détailler demander
        réagir tonner"""
    ),
    deny_verbs=words("""démentir nier dénier réfuter contester récuser rejeter"""),
    verb_forms={
        "dément": "démentir",
        "démentent": "démentir",
        "démentait": "démentir",
        "démentaient": "démentir",
        "dénie": "dénier",
        "dénient": "dénier",
        "nie": "nier",
        "nient": "nier",
        "conteste": "contester",
        "contestent": "contester",
        "affirme": "affirmer",
        "affirment": "affirmer",
        "assure": "assurer",
        "estime": "estimer",
        "déclare": "déclarer",
        "souligne": "souligner",
    },
    present_endings=(("ent", "er"), ("e", "er")),
    verb_particles={
        "mettre": (("en", "garde"),),
        "faire": (("savoir",), ("valoir",)),
        "laisser": (("entendre",),),
    },
    according=(
        ("selon",),
        ("d'après",),
        ("d’après",),
        ("d'", "après"),
        ("d’", "après"),
        ("aux", "dires", "de"),
    ),
    according_initial=(("pour",),),
    according_not_before=words(
        """lequel laquelle lesquels lesquelles moi toi nous vous qui que quoi"""
    ),
    speech_nouns=words(
        """déclaration communiqué propos commentaire commentaires message entretien interview
        discours tweet lettre conférence réaction note intervention allocution"""
    ),
    of_words=words("""de du des d' d’"""),
    governing_words=words("""de du des d' d’ à au aux pour auprès par"""),
    source_nouns=words(
        """rapport communiqué déclaration étude enquête document note lettre bilan dépêche
        sondage données chiffres statistiques"""
    ),
    role_nouns=words(
        """porte-parole président présidente ministre premier chef cheffe dirigeant dirigeante
        responsable représentant représentante ambassadeur ambassadrice envoyé envoyée
        conseiller conseillère secrétaire directeur directrice général générale commandant
        gouverneur maire sénateur sénatrice député députée diplomate officiel fonctionnaire
        analyste expert experte chercheur chercheuse spécialiste source témoin avocat
        avocate procureur procureure juge négociateur chancelier roi reine vice-président
        vice-présidente émissaire médiateur militant militante opposant leader patron pdg
        économiste observateur enquêteur journaliste"""
    ),
    body_nouns=words(
        """ministère gouvernement administration armée état-major parti ambassade présidence
        commission conseil parlement agence autorités autorité régime cabinet police service
        services renseignement renseignements département pentagone kremlin élysée
        chancellerie bureau comité organisation alliance coalition délégation justice
        tribunal cour parquet entreprise société groupe compagnie banque fonds ong association
        syndicat fédération union opposition majorité mairie préfecture municipalité état
        entourage camp"""
    ),
    anonymous_nouns=words(
        """responsable responsables officiel officiels fonctionnaire fonctionnaires source
        sources diplomate diplomates expert experts analyste analystes témoin témoins
        observateur observateurs habitant habitants membre membres proche proches
        spécialiste spécialistes haut-fonctionnaire"""
    ),
    anonymous_markers=words("""anonyme anonymes un une des certains plusieurs"""),
    indefinite_articles=words("""un une"""),
    definite_articles=words("""le la les l' l’ ce cette ces"""),
    conjunctions=words("""et ou"""),
    honorifics=words("""m. m mme mme. mlle me dr pr mgr monsieur madame"""),
    personal_pronouns=words("""il elle ils elles lui eux -t-il -t-elle -il -elle"""),
    plural_pronouns=words("""ils elles eux -ils -elles -t-ils -t-elles"""),
    neuter_pronouns=frozenset(),
    person_pronouns=frozenset(),
    relative_pronouns=words("""qui lequel laquelle lesquels lesquelles"""),
    euphonic=words("""-t- -t t"""),
    determiners=words("""le la les l' l’ un une des du de d' d’ ce cet cette ces"""),
    partitive=(
        ("l'un", "des"),
        ("l’un", "des"),
        ("l'une", "des"),
        ("l’une", "des"),
        ("un", "des"),
        ("une", "des"),
        ("l'", "un", "des"),
        ("l’", "un", "des"),
        ("l'", "une", "des"),
        ("l’", "une", "des"),
    ),
    clause_breaks=(
        ("alors", "que"),
        ("tandis", "que"),
        ("bien", "que"),
        ("après", "que"),
        ("avant", "que"),
        ("cependant",),
        ("toutefois",),
        ("mais",),
        ("pourtant",),
        ("selon",),
        ("d'après",),
        ("d’après",),
    ),
    complementizers=words("""que qu' qu’"""),
    question_words=words("""comment pourquoi si s' s’ quand où combien quel quelle"""),
    negation=words("""pas jamais aucun aucune nullement guère"""),
    negation_partners=words("""plus point rien personne"""),
    negative_particles=words("""ne n' n’"""),
    deny_phrases=(
        r"th[ée]ories? du complot",
        r"complotistes?",
        r"fake news",
        r"fausses? (?:informations?|nouvelles|allégations|accusations|rumeurs)",
        r"\bfaux\b",
        r"\bmensong\w*",
        r"aucune preuve",
        r"sans (?:aucune )?preuves?",
        r"sans fondement",
        r"infond[ée]e?s?",
        r"\brumeurs?\b",
        r"\bpropagande\b",
        r"d[ée]sinformation",
        r"\babsurd\w*",
        r"\bridicules?\b",
        r"\bcalomni\w*",
        r"de toutes pièces",
        r"\bdiffamat\w*",
        r"\bintox\w*",
    ),
    certainty_phrases=(
        r"(?:ne|n['’]) (?:fait|faisait|fera) (?:aucun|pas de|plus aucun) doute",
        r"sans (?:aucun )?doute",
        r"(?:il )?n['’]y a (?:aucun|pas de) doute",
        r"ne cesse(?:nt)? de",
        r"(?:ne|n['’]) (?:\w+ )?(?:que|qu['’])",
    ),
    hedge_phrases=(
        r"pas encore",
        r"aucune? indications?",
        r"pas d['’]indications?",
        r"aucun signe",
        r"pas (?:été )?confirm\w*",
        r"(?:pu|pouvoir|peut|peuvent|pouvons) (?:pas )?confirmer",
        r"trop tôt",
        r"pas (?:en mesure|certain|sûr)",
        r"pas clair",
    ),
    hedge_words=words(
        """peut-être éventuel éventuelle éventuels éventuelles éventuellement potentiel
        potentielle potentiels potentielles potentiellement possible possibles possiblement
        possibilité possibilités probable probables probablement vraisemblablement
        apparemment semble semblent semblait semblerait sembleraient incertain incertaine
        incertitude présumé présumée présumés présumées supposé supposée théoriquement"""
    ),
    hedge_modals=words("""pouvoir"""),
    fact_nouns=words("""fait"""),
)

EN = Lexicon(
    lang="en",
    claim_verbs=words(
        """say tell state claim insist warn add note explain argue assert maintain contend
        suggest acknowledge admit confirm announce report write tweet post declare stress
        emphasize emphasise allege believe think estimate predict fear hope conclude reply
        respond counter testify reiterate concede promise vow pledge assure recall reveal
        indicate accuse deny reject dismiss refute dispute rebuff condemn denounce urge
        caution describe point-out make-clear charge observe remark affirm disclose signal
        hint predict complain boast brag concede agree"""
    ),
    act_verbs=words(
        """deny reject dismiss refute dispute rebuff rebut disavow accuse condemn denounce urge
        warn allege brand label describe"""
    ),
    incise_verbs=words("""continue conclude quip exclaim ask wonder reply retort answer go-on"""),
    deny_verbs=words(
        """deny reject dismiss refute dispute rebuff rebut disavow repudiate debunk"""
    ),
    verb_forms={
        "said": "say",
        "says": "say",
        "told": "tell",
        "denies": "deny",
        "denied": "deny",
        "claimed": "claim",
        "claims": "claim",
    },
    present_endings=(),
    verb_particles={"point": (("out",),), "make": (("clear",),), "go": (("on",),)},
    according=(("according", "to"), ("in", "the", "words", "of"), ("as", "quoted", "by")),
    according_initial=(),
    according_not_before=words("""which whom"""),
    speech_nouns=words(
        """statement remarks comments comment interview speech tweet post letter briefing
        message"""
    ),
    of_words=words("""of from by"""),
    governing_words=words("""of from by to for with 's"""),
    source_nouns=words(
        """report statement study survey document memo letter poll data figures statistics"""
    ),
    role_nouns=words(
        """spokesman spokeswoman spokesperson president minister secretary official officer
        aide adviser advisor ambassador envoy diplomat chief head leader director general
        commander governor mayor senator lawmaker legislator representative congressman
        congresswoman analyst expert researcher source witness lawyer attorney prosecutor
        judge negotiator chancellor king queen premier"""
    ),
    body_nouns=words(
        """ministry government administration army military department agency embassy party
        office council commission parliament congress committee authorities authority regime
        cabinet police service intelligence pentagon kremlin presidency delegation court
        company firm group alliance coalition organization organisation bank fund union
        association federation opposition state"""
    ),
    anonymous_nouns=words(
        """official officials source sources diplomat diplomats expert experts analyst analysts
        witness witnesses observer observers resident residents member members aide aides
        insider insiders person people"""
    ),
    anonymous_markers=words("""a an one some several anonymous unnamed senior"""),
    indefinite_articles=words("""a an"""),
    definite_articles=words("""the this that these those"""),
    conjunctions=words("""and or"""),
    honorifics=words(
        """mr mr. mrs mrs. ms ms. dr dr. prof prof. sen. sen rep. rep gov. gov gen. gen lt.
        col. sir lord dame"""
    ),
    personal_pronouns=words("""he she they it him her them"""),
    plural_pronouns=words("""they them"""),
    neuter_pronouns=words("""it"""),
    person_pronouns=words("""he she him her"""),
    relative_pronouns=words("""who which that"""),
    euphonic=frozenset(),
    determiners=words("""the a an this that these those"""),
    partitive=(("one", "of", "the"), ("one", "of")),
    clause_breaks=(
        ("while",),
        ("whereas",),
        ("although",),
        ("though",),
        ("but",),
        ("even", "as"),
        ("as",),
        ("after",),
        ("however",),
        ("according", "to"),
    ),
    complementizers=words("""that"""),
    question_words=words("""how why whether if when where what which who"""),
    negation=words("""not n't never no none nobody nothing neither nor cannot"""),
    negation_partners=frozenset(),
    negative_particles=frozenset(),
    deny_phrases=(
        r"conspiracy theor(?:y|ies)",
        r"fake news",
        r"no evidence",
        r"without (?:any )?evidence",
        r"\bbaseless\b",
        r"\bunfounded\b",
        r"\bgroundless\b",
        r"\bfalse\b",
        r"\blies\b",
        r"\b(?:a|the|big|pure) lie\b",
        r"\bliars?\b",
        r"\bfabricat\w*",
        r"\brumou?rs?\b",
        r"\bpropaganda\b",
        r"\b(?:dis|mis)information\b",
        r"\bnonsense\b",
        r"\babsurd\w*",
        r"\bridiculous\b",
        r"\bsmear\w*",
        r"\bhoax\w*",
        r"\bslander\w*",
    ),
    certainty_phrases=(
        r"no doubt",
        r"(?:there is|there's) no question",
        r"not only",
        r"no less than",
    ),
    hedge_phrases=(
        r"not yet",
        r"no indications?",
        r"no sign",
        r"(?:can ?not|can't|unable to|could not|couldn't) (?:yet )?confirm",
        r"too early",
        r"not (?:been )?(?:finali[sz]ed|confirmed|completed)",
        r"not (?:clear|certain|sure)",
        r"no (?:final |firm )?decision",
    ),
    hedge_words=words(
        """may might could perhaps possibly possible possibility potential potentially likely
        probably unlikely apparently appears appear seem seems seemed unclear uncertain
        reportedly presumably allegedly theoretically"""
    ),
    hedge_modals=frozenset(),
    fact_nouns=words("""fact"""),
)

LEXICONS: dict[str, Lexicon] = {"fr": FR, "en": EN}


def lexicon(lang: str) -> Lexicon:
    """The word lists of `lang`; English for a language dementi has no lists for."""
    return LEXICONS.get(lang, EN)
