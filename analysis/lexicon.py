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
    # Verbs whose first noun after them is the one spoken to ("told reporters"), never a subject.
    listener_verbs: frozenset[str]
    # Whether a subject may follow the verb of an incise that has one before it already
    # ("X, envoyé de Y, a rejeté la plainte" is French only).
    inverts_after_subject: bool
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
    # Words before an infinitive that make it a promise or a request ("promis de", "vowed to").
    infinitive_marks: frozenset[str]
    # Verbs whose marked infinitive still reports a fact ("claimed to have won").
    stative_verbs: frozenset[str]
    # Verbs that report a figure when their object holds a number ("a recensé 5 000 manifestants").
    figure_verbs: frozenset[str]
    # Nouns naming a figure: a figure verb with one for object reports it ("revised its estimate").
    figure_nouns: frozenset[str]
    # Figure verbs that count only with a figure noun and this preposition ("put the toll at 12").
    figure_preps: dict[str, str]
    # Verbs that make a claim only when they name their object ("called the report a lie").
    naming_verbs: frozenset[str]
    # Verbs that take back or correct an earlier claim: what they report is a hedge.
    retract_verbs: frozenset[str]
    # Verbs that accuse: their subject accuses, their object is accused.
    accuse_verbs: frozenset[str]
    # Nouns naming what another party asserted: a negation answering them is a denial.
    claim_nouns: frozenset[str]
    # Words that say a proposition is true or is the case ("ce n'est pas vrai").
    truth_words: frozenset[str]
    # First-person subjects: a speaker negating its own deeds denies.
    first_person: frozenset[str]
    # Markers of clauses whose content is not what the speaker claims (after, if, when).
    scope_marks: frozenset[str]
    # Phrases that make a figure larger, not less certain ("au moins", "an underestimate").
    strengthening_phrases: tuple[str, ...]
    # Nouns of people who speak without a name ("les médecins", "critics").
    person_nouns: frozenset[str]
    # Endings of nouns that name people by what they do ("organisateur", "protester").
    agent_suffixes: tuple[str, ...]
    # Words with those endings that name things ("secteur", "paper").
    agent_exceptions: frozenset[str]
    # Words after which a noun phrase is a topic later pronouns take up ("quant à X").
    topic_markers: tuple[tuple[str, ...], ...]
    # Grammatical gender ("Fem" | "Masc") of honorifics, pronouns, articles and gendered nouns.
    genders: dict[str, str]

    def names_people(self, word: str) -> bool:
        """Whether a common noun names people who may speak ("médecins", "protesters")."""
        word = word.lower()
        if word in self.person_nouns or word in self.role_nouns or word in self.anonymous_nouns:
            return True
        if word in self.agent_exceptions or word.endswith(("ment", "ments")):
            return False
        return len(word) > 4 and word.endswith(self.agent_suffixes)


FR = Lexicon(
    lang="fr",
    claim_verbs=words(
        """déclarer dire affirmer ajouter indiquer expliquer estimer assurer souligner préciser
        annoncer confirmer reconnaître admettre avertir prévenir rappeler insister soutenir
        répéter maintenir noter observer juger considérer penser croire craindre espérer
        écrire raconter répondre rétorquer répliquer marteler prétendre alléguer révéler
        signaler évoquer confier avouer témoigner jurer clamer proclamer mentionner relever
        arguer argumenter plaider faire-savoir faire-valoir déplorer regretter dénoncer
        accuser démentir nier dénier rejeter réfuter contester récuser qualifier condamner
        exhorter mettre-en-garde promettre suggérer laisser-entendre tweeter avancer
        certifier garantir démontrer constater concéder réaffirmer réitérer
        redire asséner assener rassurer alerter inquiéter réjouir féliciter
        saluer fustiger critiquer reprocher objecter protester détailler
        relativiser minimiser nuancer tempérer rectifier corriger informer prédire
        pronostiquer anticiper revendiquer attester remarquer défendre conclure
        contredire infirmer redouter"""
    ),
    act_verbs=words(
        """démentir nier dénier rejeter réfuter contester récuser accuser qualifier condamner
        dénoncer exhorter avertir mettre-en-garde alléguer évoquer saluer féliciter fustiger
        critiquer reprocher déplorer regretter revendiquer faire-état relativiser minimiser
        rectifier corriger rétracter infirmer contredire inquiéter admettre avouer
        confirmer mettre-en-cause"""
    ),
    listener_verbs=frozenset(),
    inverts_after_subject=True,
    incise_verbs=words(
        """poursuivre conclure lancer ajouter commenter s'exclamer exclamer ironiser tempérer
        nuancer résumer glisser insister enchaîner renchérir souffler trancher détailler
        demander réagir tonner répliquer rétorquer objecter protester plaisanter s'emporter
        sourire soupirer relancer interroger questionner expliquer"""
    ),
    deny_verbs=words("""démentir nier dénier réfuter contester récuser rejeter infirmer"""),
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
        "indique": "indiquer",
        "réplique": "répliquer",
        "critique": "critiquer",
        "déplore": "déplorer",
        "tempère": "tempérer",
        "nuance": "nuancer",
        "chiffre": "chiffrer",
        "chiffrent": "chiffrer",
        "juge": "juger",
        "reproche": "reprocher",
        "évalue": "évaluer",
        "évaluent": "évaluer",
        "porte": "porter",
        "portent": "porter",
    },
    present_endings=(("ent", "er"), ("e", "er")),
    verb_particles={
        "mettre": (("en", "garde"), ("en", "cause")),
        "faire": (("savoir",), ("valoir",), ("état",)),
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
        sondage données chiffres statistiques estimation estimations calculs décompte
        relevés analyses"""
    ),
    role_nouns=words(
        """porte-parole président présidente ministre premier chef cheffe dirigeant dirigeante
        responsable représentant représentante ambassadeur ambassadrice envoyé envoyée
        conseiller conseillère secrétaire directeur directrice général générale commandant
        gouverneur maire sénateur sénatrice député députée diplomate officiel fonctionnaire
        analyste expert experte chercheur chercheuse spécialiste source témoin avocat
        avocate procureur procureure juge négociateur chancelier roi reine vice-président
        vice-présidente émissaire médiateur militant militante opposant leader patron pdg
        économiste observateur enquêteur journaliste préfet préfète élu élue adjoint
        adjointe délégué déléguée fondateur fondatrice coordinateur coordinatrice
        commissaire recteur rectrice doyen doyenne capitaine colonel lieutenant
        inspecteur inspectrice gérant gérante patronne entraîneur sélectionneur"""
    ),
    body_nouns=words(
        """ministère gouvernement administration armée état-major parti ambassade présidence
        commission conseil parlement agence autorités autorité régime cabinet police service
        services renseignement renseignements département pentagone kremlin élysée
        chancellerie bureau comité organisation alliance coalition délégation justice
        tribunal cour parquet entreprise société groupe compagnie banque fonds ong association
        syndicat syndicats fédération union opposition majorité mairie préfecture
        municipalité état entourage camp collectif hôpital direction gendarmerie secours
        journal quotidien hebdomadaire rédaction chambre
        organisateurs intersyndicale observatoire institut laboratoire assemblée sénat
        club fondation firme constructeur opérateur
        plateforme"""
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
    personal_pronouns=words("""il elle ils elles lui eux -t-il -t-elle -il -elle -ils -elles"""),
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
    complementizers=words("""que qu' qu’ qu"""),
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
        r"sans (?:aucun )?fondement",
        r"aucun fondement",
        r"dénuée?s? de (?:tout )?fondement",
        r"infond[ée]e?s?",
        r"\brumeurs?\b",
        r"\bpropagande\b",
        r"d[ée]sinformation",
        r"\babsurd\w*",
        r"\bridicules?\b",
        r"\bgrotesques?\b",
        r"\bfarfelue?s?\b",
        r"\bfantaisistes?\b",
        r"\baffabulation\w*",
        r"(?:pure|simple|totale) (?:invention|fiction|affabulation)",
        r"\bcalomni\w*",
        r"de toutes pièces",
        r"\bdiffamat\w*",
        r"\bintox\w*",
        r"boucs? émissaires?",
        r"chasse aux sorcières",
        r"contre-vérités?",
        r"\berron[ée]e?s?\b",
        r"\binexacte?s?\b",
        r"\binexistante?s?\b",
        r"n['’](?:existe|existent|existait|existaient|a jamais existé) pas",
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
        r"(?:pu|pouvoir|peut|peuvent|pouvons|pouvait|pouvaient) (?:pas )?(?:être )?confirm\w*",
        r"plus en mesure de (?:confirmer|garantir|maintenir)",
        r"reste(?:nt)? à (?:confirmer|vérifier|établir|prouver|démontrer)",
        r"non (?:confirmée?s?|vérifiée?s?)",
        r"\binvérifiable\w*",
        r"sous réserve",
        r"trop tôt",
        r"pas (?:en mesure|certain|sûr)",
        r"(?:n['’]exclu\w*|ne (?:peu\w+|pouv\w+) (?:pas )?exclure|pas exclu\w*)",
        r"(?:ne sai\w+|ne savons|ne savent|ignor\w+) (?:pas )?encore",
        r"pas clair",
        r"(?:nous avons|j['’]ai|on a) (?:commis|fait) (?:une|des|une grave) erreurs?",
        r"erreurs? de (?:comptage|calcul|saisie|décompte|chiffrage|transcription)",
        r"(?:il )?y a eu (?:une|des) erreurs?",
        r"à la baisse",
        r"\brévis\w* (?:son|le|ses|les|leur|leurs) (?:bilan|chiffre|estimation|décompte)s?",
        r"\brectifi\w*",
        r"\bcorrig\w*",
        r"\brétract\w*",
        r"revenu\w* sur (?:ses|son|leurs|leur) (?:propos|déclarations?|affirmations?|chiffres?)",
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
    infinitive_marks=words("""de d' d’ à"""),
    stative_verbs=words("""avoir être"""),
    figure_verbs=words(
        """recenser dénombrer comptabiliser chiffrer évaluer estimer avancer annoncer
        signaler rapporter confirmer déplorer enregistrer faire-état porter établir revoir
        réviser relever abaisser actualiser"""
    ),
    figure_nouns=words(
        """bilan bilans chiffre chiffres estimation estimations décompte décomptes prévision
        prévisions évaluation nombre total foule affluence"""
    ),
    figure_preps={"porter": "à", "établir": "à"},
    naming_verbs=words("""traiter"""),
    retract_verbs=words("""rectifier corriger rétracter réviser"""),
    accuse_verbs=words(
        """accuser reprocher dénoncer condamner fustiger incriminer blâmer imputer
        stigmatiser critiquer mettre-en-cause"""
    ),
    claim_nouns=words(
        """accusation accusations allégation allégations information informations rumeur
        rumeurs affirmation affirmations assertion assertions rapport rapports article
        articles version thèse reproche reproches soupçon soupçons imputation
        imputations"""
    ),
    truth_words=words("""vrai vraie vrais vraies exact exacte exacts exactes cas fondé fondée"""),
    first_person=words("""je j' j’ nous moi on"""),
    scope_marks=words(
        """après avant si s' s’ quand lorsque lorsqu' lorsqu’ dès depuis jusqu' jusqu’
        pendant sinon"""
    ),
    strengthening_phrases=(
        r"au moins",
        r"au minimum",
        r"au bas mot",
        r"pour le moins",
        r"sous-estim\w*",
        r"(?:bien|encore|beaucoup|nettement) (?:plus|davantage|supérieure?s?)",
        r"plus (?:lourde?s?|élevée?s?|importante?s?)",
        r"s['’]alourdir",
        r"pas (?:encore|tous|toutes|encore tous|encore toutes) (?:été )?"
        r"(?:comptabilis|compt|recens|dénombr|identifi|inclu|pris en compte)\w*",
    ),
    person_nouns=words(
        """médecin médecins docteur docteurs docteure docteures infirmier infirmiers
        infirmière infirmières soignant soignants soignante soignantes enseignant enseignants
        enseignante enseignantes professeur professeurs élu élus élue élues manifestant
        manifestants manifestante manifestantes organisateur organisateurs syndicaliste
        syndicalistes policier policiers policière policières gendarme gendarmes pompier
        pompiers secouriste secouristes riverain riverains riveraine riveraines victime
        victimes famille familles parent parents patient patients étudiant étudiants
        étudiante étudiantes lycéen lycéens salarié salariés salariée salariées employé
        employés employée employées ouvrier ouvriers agriculteur agriculteurs commerçant
        commerçants militaire militaires soldat soldats officier officiers agent agents
        cadre cadres auteur auteurs autrice juriste juristes scientifique scientifiques
        urgentiste urgentistes épidémiologiste épidémiologistes virologue virologues
        sociologue sociologues politologue politologues historien historiens voisin voisins
        voisine voisines passant passants citoyen citoyens électeur électeurs partisan
        partisans adversaire adversaires détracteur détracteurs défenseur défenseurs
        activiste activistes militants militantes opposants interlocuteur interlocuteurs
        collaborateur collaborateurs dirigeants patrons directeurs entraîneur joueur joueurs
        candidat candidats candidate candidates députés sénateurs ministres homme hommes
        femme femmes habitante habitantes rescapé rescapés survivant survivants"""
    ),
    agent_suffixes=(
        "eur",
        "eurs",
        "euse",
        "euses",
        "rice",
        "rices",
        "iste",
        "istes",
        "ien",
        "iens",
        "ienne",
        "iennes",
        "logue",
        "logues",
    ),
    agent_exceptions=words(
        """secteur secteurs moteur moteurs indicateur indicateurs rumeur rumeurs erreur
        erreurs valeur valeurs hauteur chaleur lueur liste listes moyen moyens lien
        liens bien biens rien soutien entretien quotidien catalogue dialogue prologue
        épilogue ancien ancienne"""
    ),
    topic_markers=(("quant", "à"), ("quant", "au"), ("quant", "aux")),
    genders={
        "m.": "Masc",
        "m": "Masc",
        "monsieur": "Masc",
        "mme": "Fem",
        "mme.": "Fem",
        "mlle": "Fem",
        "madame": "Fem",
        "mademoiselle": "Fem",
        "il": "Masc",
        "-il": "Masc",
        "-t-il": "Masc",
        "lui": "Masc",
        "ils": "Masc",
        "-ils": "Masc",
        "-t-ils": "Masc",
        "eux": "Masc",
        "elle": "Fem",
        "-elle": "Fem",
        "-t-elle": "Fem",
        "elles": "Fem",
        "-elles": "Fem",
        "-t-elles": "Fem",
        "le": "Masc",
        "un": "Masc",
        "ce": "Masc",
        "cet": "Masc",
        "du": "Masc",
        "au": "Masc",
        "la": "Fem",
        "une": "Fem",
        "cette": "Fem",
    },
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
        hint complain boast brag agree retort reaffirm repeat underline underscore clarify
        recount lament regret welcome praise hail criticise criticize blame slam
        blast decry protest object doubt suspect expect forecast project calculate reckon
        guarantee reassure swear inform advise brief notify imply insinuate retract correct
        revise backtrack attest certify contradict rebut"""
    ),
    act_verbs=words(
        """deny reject dismiss refute dispute rebuff rebut disavow accuse condemn denounce urge
        warn allege brand label describe welcome praise hail criticise criticize blame slam
        blast decry lament regret retract correct revise contradict call-on call-for
        acknowledge admit concede confirm"""
    ),
    listener_verbs=words("""tell inform brief advise notify assure reassure urge warn"""),
    inverts_after_subject=False,
    incise_verbs=words(
        """continue conclude quip exclaim ask wonder reply retort answer go-on joke shout
        snap sigh fire-back hit-back shoot-back counter interject"""
    ),
    deny_verbs=words(
        """deny reject dismiss refute dispute rebuff rebut disavow repudiate debunk
        contradict"""
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
    verb_particles={
        "point": (("out",),),
        "make": (("clear",),),
        "go": (("on",),),
        "fire": (("back",),),
        "hit": (("back",),),
        "shoot": (("back",),),
        "call": (("on",), ("for",)),
    },
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
        """report statement study survey document memo letter poll data figures statistics
        estimates estimate calculations findings analysis tally count"""
    ),
    role_nouns=words(
        """spokesman spokeswoman spokesperson president minister secretary official officer
        aide adviser advisor ambassador envoy diplomat chief head leader director general
        commander governor mayor senator lawmaker legislator representative congressman
        congresswoman analyst expert researcher source witness lawyer attorney prosecutor
        judge negotiator chancellor king queen premier chairman chairwoman chair ceo founder
        executive manager coach commissioner sheriff inspector superintendent captain
        colonel lieutenant sergeant dean principal councillor councilor councilman
        councilwoman deputy"""
    ),
    body_nouns=words(
        """ministry government administration army military department agency embassy party
        office council commission parliament congress committee authorities authority regime
        cabinet police service intelligence pentagon kremlin presidency delegation court
        company firm group alliance coalition organization organisation bank fund union
        association federation opposition state hospital campaign board institute
        university school network charity regulator watchdog airline operator
        manufacturer retailer club team organisers organizers newspaper
        paper broadcaster chamber"""
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
        r"without (?:any )?(?:foundation|basis|merit)",
        r"no (?:factual )?basis",
        r"\bbaseless\b",
        r"\bunfounded\b",
        r"\bgroundless\b",
        r"\bfalse(?:ly|hoods?)?\b(?! (?:economy|alarms?|start|dawn|positives?|negatives?))",
        r"\buntrue\b",
        r"\binaccurate\b",
        r"\berroneous\b",
        r"\bmisleading\b",
        r"\blies\b",
        r"\b(?:a|the|big|pure|outright) lie\b",
        r"\bliars?\b",
        r"\bfabricat\w*",
        r"\bmade[- ]up\b",
        r"(?:pure|complete|total) (?:invention|fiction|fantasy)",
        r"\brumou?rs?\b",
        r"\bpropaganda\b",
        r"\b(?:dis|mis)information\b",
        r"\bnonsense\b",
        r"\babsurd\w*",
        r"\bridiculous\b",
        r"\bgrotesque\b",
        r"\bpreposterous\b",
        r"\blaughable\b",
        r"\bbogus\b",
        r"\bsmear\w*",
        r"\bhoax\w*",
        r"\bslander\w*",
        r"\bscapegoat\w*",
        r"witch[- ]hunt",
        r"\bdistort\w*",
        r"\bmischaracteri[sz]\w*",
        r"\bnon-?existent\b",
        r"(?:do|does|did)(?: not|n't) exist",
        r"never (?:happened|existed|took place)",
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
        r"(?:can ?not|can't|unable to|could not|couldn't|were not able to|was not able to)"
        r" (?:\w+ ){0,2}(?:confirm|verif)\w*",
        r"no longer (?:able to )?(?:confirm|stand by|verify)\w*",
        r"(?:remains?|remained) to be (?:verified|confirmed|established|proven|seen)",
        r"\bun(?:confirmed|verified)\b",
        r"too early",
        r"(?:can ?not|can't|could not|couldn't|not|cannot) (?:yet )?(?:be )?rule[ds]? out",
        r"(?:do|does|did)(?: not|n't) (?:yet )?know(?: yet)?",
        r"not in a position to",
        r"not (?:been )?(?:finali[sz]ed|confirmed|completed|verified)",
        r"not (?:clear|certain|sure)",
        r"no (?:final |firm )?decision",
        r"\b(?:we|i) (?:have |had |'ve )?made (?:a|an|some) (?:\w+ )?(?:mistakes?|errors?)",
        r"mistakes were made",
        r"(?:counting|calculation|clerical|reporting) (?:error|mistake)",
        r"(?:there|there's) (?:was|has been|had been|were) (?:an?|some) (?:error|mistake)s?",
        r"\brevis\w*(?: \w+){0,3} (?:down|downward|lower)",
        r"downward revision",
        r"(?:has|have|had|was|were|been|is|are) (?:since )?corrected",
        r"\bretract\w*",
        r"walk\w* back",
        r"\bbacktrack\w*",
    ),
    hedge_words=words(
        """may might could perhaps possibly possible possibility potential potentially likely
        probably unlikely apparently appears appear seem seems seemed unclear uncertain
        reportedly presumably allegedly theoretically"""
    ),
    hedge_modals=frozenset(),
    fact_nouns=words("""fact"""),
    infinitive_marks=words("""to"""),
    stative_verbs=words("""have be"""),
    figure_verbs=words(
        """count tally estimate put place report record register log confirm announce cite
        number revise update lower raise"""
    ),
    figure_nouns=words(
        """toll figure figures estimate estimates count tally forecast forecasts number total
        numbers crowd turnout attendance"""
    ),
    figure_preps={"put": "at", "place": "at", "number": "at"},
    naming_verbs=words("""call term dub"""),
    retract_verbs=words("""retract correct revise backtrack"""),
    accuse_verbs=words(
        """accuse blame condemn denounce charge criticise criticize slam blast fault decry
        implicate"""
    ),
    claim_nouns=words(
        """accusation accusations allegation allegations claim claims report reports rumour
        rumours rumor rumors charge charges suggestion suggestions assertion assertions
        story stories account version suspicion suspicions"""
    ),
    truth_words=words("""true correct accurate case right"""),
    first_person=words("""i we us me"""),
    scope_marks=words("""after before if unless when whenever until once since"""),
    strengthening_phrases=(
        r"at least",
        r"at a minimum",
        r"a minimum of",
        r"underestimat\w*",
        r"under-?count\w*",
        r"(?:even|far|much|still|significantly|considerably)"
        r" (?:more|higher|greater|larger|worse|heavier)",
        r"not (?:yet |all )?(?:been )?(?:counted|included|identified|tallied|recorded)",
    ),
    person_nouns=words(
        """doctor doctors nurse nurses physician physicians teacher teachers student students
        parent parents resident residents protester protesters protestor protestors
        demonstrator demonstrators organiser organisers organizer organizers activist
        activists critic critics supporter supporters opponent opponents victim victims
        family families relative relatives neighbour neighbours neighbor neighbors officer
        officers firefighter firefighters paramedic paramedics soldier soldiers troops
        employee employees worker workers staff executive executives founder founders owner
        owners investor investors economist economists scientist scientists researcher
        researchers academic academics historian historians lawyer lawyers prosecutor
        prosecutors investigator investigators detective detectives inspector inspectors
        regulator regulators lawmakers legislators politician politicians candidate
        candidates voter voters citizen citizens campaigner campaigners advocate advocates
        coach player players man woman men women leaders chiefs boss bosses manager managers
        survivor survivors patient patients farmer farmers"""
    ),
    agent_suffixes=("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants"),
    agent_exceptions=words(
        """paper papers letter letters order orders number numbers border borders power
        water computer matter factor factors sector sectors error errors motor indicator
        indicators monitor list lists plan important restaurant plant plants grant giant
        quarter filter chapter center centre register poster cancer cluster"""
    ),
    topic_markers=(("as", "for"),),
    genders={
        "mr": "Masc",
        "mr.": "Masc",
        "sir": "Masc",
        "lord": "Masc",
        "mrs": "Fem",
        "mrs.": "Fem",
        "ms": "Fem",
        "ms.": "Fem",
        "miss": "Fem",
        "dame": "Fem",
        "lady": "Fem",
        "madam": "Fem",
        "he": "Masc",
        "him": "Masc",
        "his": "Masc",
        "she": "Fem",
        "her": "Fem",
        "spokesman": "Masc",
        "spokeswoman": "Fem",
        "chairman": "Masc",
        "chairwoman": "Fem",
        "congressman": "Masc",
        "congresswoman": "Fem",
        "councilman": "Masc",
        "councilwoman": "Fem",
        "businessman": "Masc",
        "businesswoman": "Fem",
        "man": "Masc",
        "woman": "Fem",
        "king": "Masc",
        "queen": "Fem",
        "actor": "Masc",
        "actress": "Fem",
        "father": "Masc",
        "mother": "Fem",
        "son": "Masc",
        "daughter": "Fem",
        "brother": "Masc",
        "sister": "Fem",
        "husband": "Masc",
        "wife": "Fem",
        "widow": "Fem",
        "widower": "Masc",
        "prince": "Masc",
        "princess": "Fem",
    },
)


LEXICONS: dict[str, Lexicon] = {"fr": FR, "en": EN}


def lexicon(lang: str) -> Lexicon:
    """The word lists of `lang`; English for a language dementi has no lists for."""
    return LEXICONS.get(lang, EN)
