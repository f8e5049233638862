"""Concepts that statements bear on, and the light tokeniser that finds them in text.

Two statements bear on the same matter when they name the same places, bodies
and fields (arms, casualties, sanctions, ...), whatever the language or the
word chosen: "Pyongyang", "la RPDC", "North Korean" all name one place. The
synonym sets are data, French and English together, in the tables below.

Term conventions in the tables:
- written in capitals ("DPRK", "U.S."): an acronym, matched only as written;
- starting with a capital ("Jordan"): matched only where the text capitalises it;
- lower case ("russe"): matched in any case.
Words are compared folded (lower case, no accents) and lightly stemmed (plural
and feminine endings dropped, see `norm`), so the tables list base forms only.
Transfer verbs are listed as forms; a final `*` makes a form a prefix.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple


def words(text: str) -> frozenset[str]:
    """A word list written as one string, split on white space."""
    return frozenset(text.split())


# code | English label | French label | terms (";"-separated, both languages)
PLACES = """
AF | Afghanistan | Afghanistan | Kabul; Kaboul; Afghan; afghan
AL | Albania | Albanie | Tirana; Albanian; albanais
DZ | Algeria | Algérie | Algiers; Alger; Algerian; algérien
AO | Angola | Angola | Luanda; Angolan; angolais
AR | Argentina | Argentine | Buenos Aires; Argentinian; argentin
AM | Armenia | Arménie | Yerevan; Erevan; Armenian; arménien
AU | Australia | Australie | Canberra; Australian; australien
AT | Austria | Autriche | Vienna; Vienne; Austrian; autrichien
AZ | Azerbaijan | Azerbaïdjan | Baku; Bakou; Azerbaijani; Azeri; azerbaïdjanais; azéri
BH | Bahrain | Bahreïn | Manama; Bahraini; bahreïni
BD | Bangladesh | Bangladesh | Dhaka; Dacca; Bangladeshi; bangladais
BY | Belarus | Biélorussie | Bélarus; Minsk; Belarusian; biélorusse; bélarusse
BE | Belgium | Belgique | Belgian; belge
BJ | Benin | Bénin | Cotonou; Porto-Novo; béninois
BO | Bolivia | Bolivie | La Paz; Bolivian; bolivien
BA | Bosnia | Bosnie | Sarajevo; Bosnian; bosnien; bosniaque
BR | Brazil | Brésil | Brasilia; Brazilian; brésilien
BG | Bulgaria | Bulgarie | Sofia; Bulgarian; bulgare
BF | Burkina Faso | Burkina Faso | Burkina; Ouagadougou; burkinabè
KH | Cambodia | Cambodge | Phnom Penh; Cambodian; cambodgien
CM | Cameroon | Cameroun | Yaoundé; Cameroonian; camerounais
CA | Canada | Canada | Ottawa; Canadian; canadien
CF | Central African Republic | Centrafrique | Bangui; centrafricain
TD | Chad | Tchad | N'Djamena; Chadian; tchadien
CL | Chile | Chili | Santiago; Chilean; chilien
CN | China | Chine | Beijing; Pékin; Chinese; chinois
CO | Colombia | Colombie | Bogota; Bogotá; Colombian; colombien
CD | DR Congo | RD Congo | RDC; DRC; RDCongo; Kinshasa; République démocratique du Congo;
    Democratic Republic of the Congo
CG | Congo | Congo | Brazzaville
HR | Croatia | Croatie | Zagreb; Croatian; croate
CU | Cuba | Cuba | Havana; La Havane; Cuban; cubain
CY | Cyprus | Chypre | Nicosia; Nicosie; Cypriot; chypriote
CZ | Czech Republic | Tchéquie | Czechia; République tchèque; Prague; Czech; tchèque
DK | Denmark | Danemark | Copenhagen; Copenhague; Danish; danois
EG | Egypt | Égypte | Cairo; Le Caire; Egyptian; égyptien
ER | Eritrea | Érythrée | Asmara; Eritrean; érythréen
EE | Estonia | Estonie | Tallinn; Estonian; estonien
ET | Ethiopia | Éthiopie | Addis Ababa; Addis-Abeba; Ethiopian; éthiopien
FI | Finland | Finlande | Helsinki; Finnish; finlandais
FR | France | France | Paris; Élysée; Quai d'Orsay; French; français
GA | Gabon | Gabon | Libreville; Gabonese; gabonais
GE | Georgia | Géorgie | Tbilisi; Tbilissi; Georgian; géorgien
DE | Germany | Allemagne | Berlin; German; allemand
GH | Ghana | Ghana | Accra; Ghanaian; ghanéen
GR | Greece | Grèce | Athens; Athènes; Greek; grec
GN | Guinea | Guinée | Conakry; Guinean; guinéen
HT | Haiti | Haïti | Port-au-Prince; Haitian; haïtien
HU | Hungary | Hongrie | Budapest; Hungarian; hongrois
IN | India | Inde | New Delhi; Indian; indien
ID | Indonesia | Indonésie | Jakarta; Indonesian; indonésien
IR | Iran | Iran | Tehran; Téhéran; Iranian; iranien; Islamic Republic; République islamique
IQ | Iraq | Irak | Baghdad; Bagdad; Iraqi; irakien
IE | Ireland | Irlande | Dublin; Irish; irlandais
IL | Israel | Israël | Tel Aviv; Tel-Aviv; Israeli; israélien; Tsahal; IDF
IT | Italy | Italie | Rome; Italian; italien
CI | Ivory Coast | Côte d'Ivoire | Abidjan; Yamoussoukro; Ivorian; ivoirien
JP | Japan | Japon | Tokyo; Japanese; japonais
JO | Jordan | Jordanie | Amman; Jordanian; jordanien
KZ | Kazakhstan | Kazakhstan | Astana; Kazakh; kazakh
KE | Kenya | Kenya | Nairobi; Kenyan; kényan
KP | North Korea | Corée du Nord | DPRK; D.P.R.K.; RPDC; Pyongyang; North Korean; nord-coréen;
    Nord-Corée; Democratic People's Republic of Korea; République populaire démocratique de Corée
KR | South Korea | Corée du Sud | Seoul; Séoul; South Korean; sud-coréen
XK | Kosovo | Kosovo | Pristina; Kosovar; kosovar
KW | Kuwait | Koweït | Kuwaiti; koweïtien
KG | Kyrgyzstan | Kirghizistan | Bishkek; Kyrgyz; kirghiz
LB | Lebanon | Liban | Beirut; Beyrouth; Lebanese; libanais
LY | Libya | Libye | Tripoli; Libyan; libyen
LT | Lithuania | Lituanie | Vilnius; Lithuanian; lituanien
LV | Latvia | Lettonie | Riga; Latvian; letton
MG | Madagascar | Madagascar | Antananarivo; Malagasy; malgache
MY | Malaysia | Malaisie | Kuala Lumpur; Malaysian; malaisien
ML | Mali | Mali | Bamako; Malian; malien
MX | Mexico | Mexique | Mexican; mexicain
MD | Moldova | Moldavie | Chisinau; Moldovan; moldave
MN | Mongolia | Mongolie | Ulaanbaatar; Oulan-Bator; Mongolian; mongol
MA | Morocco | Maroc | Rabat; Moroccan; marocain
MZ | Mozambique | Mozambique | Maputo; Mozambican; mozambicain
MM | Myanmar | Birmanie | Burma; Naypyidaw; Burmese; birman
NP | Nepal | Népal | Kathmandu; Katmandou; Nepalese; népalais
NL | Netherlands | Pays-Bas | The Hague; La Haye; Amsterdam; Holland; Hollande; Dutch; néerlandais
NZ | New Zealand | Nouvelle-Zélande | Wellington; néo-zélandais
NI | Nicaragua | Nicaragua | Managua; Nicaraguan; nicaraguayen
NE | Niger | Niger | Niamey; Nigerien; nigérien
NG | Nigeria | Nigeria | Nigéria; Abuja; Lagos; Nigerian; nigérian
NO | Norway | Norvège | Oslo; Norwegian; norvégien
OM | Oman | Oman | Muscat; Mascate; Omani; omanais
PK | Pakistan | Pakistan | Islamabad; Pakistani; pakistanais
PS | Palestine | Palestine | Palestinian; palestinien; Gaza; West Bank; Cisjordanie; Ramallah
PA | Panama | Panama | Panamanian; panaméen
PE | Peru | Pérou | Lima; Peruvian; péruvien
PH | Philippines | Philippines | Manila; Manille; Filipino; philippin
PL | Poland | Pologne | Warsaw; Varsovie; Polish; polonais
PT | Portugal | Portugal | Lisbon; Lisbonne; Portuguese; portugais
QA | Qatar | Qatar | Doha; Qatari; qatari
RO | Romania | Roumanie | Bucharest; Bucarest; Romanian; roumain
RU | Russia | Russie | Moscow; Moscou; Kremlin; Russian Federation; Fédération de Russie; Russian;
    russe; russo
RW | Rwanda | Rwanda | Kigali; Rwandan; rwandais
SA | Saudi Arabia | Arabie saoudite | Riyadh; Riyad; Saudi; saoudien
SN | Senegal | Sénégal | Dakar; Senegalese; sénégalais
RS | Serbia | Serbie | Belgrade; Serbian; serbe
SG | Singapore | Singapour | Singaporean; singapourien
SK | Slovakia | Slovaquie | Bratislava; Slovak; slovaque
SI | Slovenia | Slovénie | Ljubljana; Slovenian; slovène
SO | Somalia | Somalie | Mogadishu; Mogadiscio; Somali; somalien
ZA | South Africa | Afrique du Sud | Pretoria; South African; sud-africain
SS | South Sudan | Soudan du Sud | Juba; South Sudanese; sud-soudanais
ES | Spain | Espagne | Madrid; Spanish; espagnol
LK | Sri Lanka | Sri Lanka | Colombo; Sri Lankan; sri-lankais
SD | Sudan | Soudan | Khartoum; Sudanese; soudanais
SE | Sweden | Suède | Stockholm; Swedish; suédois
CH | Switzerland | Suisse | Bern; Berne; Swiss; suisse
SY | Syria | Syrie | Damascus; Damas; Syrian; syrien
TW | Taiwan | Taïwan | Taipei; Taiwanese; taïwanais
TJ | Tajikistan | Tadjikistan | Dushanbe; Tajik; tadjik
TZ | Tanzania | Tanzanie | Dodoma; Dar es Salaam; Tanzanian; tanzanien
TH | Thailand | Thaïlande | Bangkok; Thai; thaïlandais
TN | Tunisia | Tunisie | Tunis; Tunisian; tunisien
TR | Turkey | Turquie | Türkiye; Ankara; Turkish; turc
TM | Turkmenistan | Turkménistan | Ashgabat; Achgabat; Turkmen; turkmène
UG | Uganda | Ouganda | Kampala; Ugandan; ougandais
UA | Ukraine | Ukraine | Kyiv; Kiev; Kyïv; Ukrainian; ukrainien
AE | United Arab Emirates | Émirats arabes unis | UAE; EAU; Abu Dhabi; Abou Dhabi; Dubai; Dubaï;
    Emirati; émirien
GB | United Kingdom | Royaume-Uni | UK; U.K.; Britain; Great Britain; Grande-Bretagne; London;
    Londres; Downing Street; British; britannique
US | United States | États-Unis | USA; U.S.; U.S.A.; US; America; Amérique; Washington;
    White House; Maison Blanche; Pentagon; Pentagone; State Department; département d'État;
    National Security Council; Conseil de sécurité nationale; American; américain
UY | Uruguay | Uruguay | Montevideo; Uruguayan; uruguayen
UZ | Uzbekistan | Ouzbékistan | Tashkent; Tachkent; Uzbek; ouzbek
VE | Venezuela | Venezuela | Caracas; Venezuelan; vénézuélien
VN | Vietnam | Viêt Nam | Vietnam; Hanoi; Hanoï; Vietnamese; vietnamien
YE | Yemen | Yémen | Sanaa; Yemeni; yéménite
ZM | Zambia | Zambie | Lusaka; Zambian; zambien
ZW | Zimbabwe | Zimbabwe | Harare; Zimbabwean; zimbabwéen
SU | Soviet Union | Union soviétique | USSR; URSS; Soviet; soviétique
WEST | the West | l'Occident | Occident; West; Western; occidental
LATAM | Latin America | Amérique latine | Latin American; latino-américain
"""

# Bodies that speak and act in the news like places do.
BODIES = """
UN | United Nations | Nations unies | UN; U.N.; ONU; Nations Unies; Security Council;
    Conseil de sécurité; General Assembly; Assemblée générale
NATO | NATO | OTAN | NATO; OTAN; Atlantic Alliance; Alliance atlantique
EU | European Union | Union européenne | EU; UE; Brussels; Bruxelles; European Commission;
    Commission européenne
IAEA | IAEA | AIEA | IAEA; AIEA; Atomic Energy Agency; Agence internationale de l'énergie atomique
WHO | WHO | OMS | WHO; OMS; World Health Organization; Organisation mondiale de la santé
ICC | International Criminal Court | Cour pénale internationale | ICC; CPI
ICJ | International Court of Justice | Cour internationale de justice | ICJ; CIJ
IMF | IMF | FMI | IMF; FMI; International Monetary Fund; Fonds monétaire international
WB | World Bank | Banque mondiale
WTO | WTO | OMC | WTO; OMC; World Trade Organization; Organisation mondiale du commerce
OPEC | OPEC | OPEP | OPEC; OPEP
ICRC | Red Cross | Croix-Rouge | ICRC; CICR; Red Cross; Red Crescent; Croissant-Rouge
AFU | African Union | Union africaine
ECOWAS | ECOWAS | CEDEAO | ECOWAS; CEDEAO
ARAB | Arab League | Ligue arabe
G7 | G7 | G7
G20 | G20 | G20
UNHCR | UNHCR | HCR | UNHCR; HCR
UNRWA | UNRWA | UNRWA | UNRWA
HAMAS | Hamas | Hamas | Hamas
HEZ | Hezbollah | Hezbollah | Hezbollah; Hizbollah; Hizballah
HOUTHI | Houthis | Houthis | Houthi; houthiste; Ansar Allah
WAGNER | Wagner | Wagner | Wagner
TALIBAN | Taliban | talibans | Taliban; taliban
ISIS | Islamic State | État islamique | ISIS; ISIL; EI; Daesh; Daech; Islamic State; État islamique
QAEDA | al-Qaeda | Al-Qaïda | al-Qaeda; al-Qaida; Al-Qaïda; Aqmi; AQMI
PKK | PKK | PKK | PKK
BOKO | Boko Haram | Boko Haram | Boko Haram
SHABAB | al-Shabab | shebab | al-Shabab; al-Shabaab; shebab; shabab
"""

# code | parent | English label | French label | terms
FIELDS = """
arms | - | arms | armes | arme; armement; weapon; arms; armament; military equipment;
    équipement militaire; matériel militaire; military hardware; military aid; aide militaire;
    military assistance; assistance militaire; military support; soutien militaire; firearm; fusil;
    rifle; gun
ammunition | arms | ammunition | munitions | munition; ammunition; ammo; obus; shell; cartouche;
    projectile; artillerie; artillery
missiles | arms | missiles | missiles | missile; roquette; rocket; balistique; ballistic; HIMARS;
    ATACMS
drones | arms | drones | drones | drone; UAV; UAVs; Shahed; aéronef sans pilote;
    unmanned aerial vehicle
heavy | arms | heavy weapons | armement lourd | char; tank; blindé; armoured vehicle;
    armored vehicle; véhicule blindé; avion de combat; fighter jet; warplane; F-16
chemical | arms | chemical weapons | armes chimiques | arme chimique; chemical weapon; sarin;
    chlore; chlorine; gaz toxique; nerve agent; agent neurotoxique; Novitchok; Novichok
nuclear | - | nuclear programme | nucléaire | nucléaire; nuclear; uranium; enrichissement;
    enrichment; enriched; enrichi; ogive; warhead; atomique; atomic; plutonium
casualties | - | casualties | victimes | mort; tué; victime; décès; blessé; killed; dead; death;
    death toll; casualty; fatality; wounded; injured; bilan
attack | - | attacks | attaques | attaque; frappe; bombardement; assaut; attentat; explosion; raid;
    offensive; attack; attacked; strike; struck; airstrike; frappe aérienne; shelling; shelled;
    bombing; bombed; blast; incursion
troops | - | troops | troupes | troupe; soldat; mercenaire; combattant; troops; soldier; mercenary;
    fighter
ceasefire | - | ceasefire | cessez-le-feu | cessez-le-feu; trêve; armistice; ceasefire; cease-fire;
    truce
talks | - | negotiations | négociations | négociation; pourparlers; talks; negotiation; traité;
    treaty; accord de paix; peace deal; peace agreement
sanctions | - | sanctions | sanctions | sanction; embargo
election | - | elections | élections | élection; scrutin; électoral; fraude électorale; election;
    ballot; electoral; electoral fraud; vote rigging; rigged; truqué; bulletin de vote
economy | - | economy | économie | économie; inflation; croissance; PIB; récession; chômage;
    economy; growth; GDP; recession; unemployment
energy | - | energy | énergie | pétrole; gaz; gazoduc; oléoduc; pipeline; oil; gas; crude; LNG;
    GNL; électricité; electricity; centrale électrique; centrale nucléaire; power plant
grain | - | grain | céréales | céréale; blé; maïs; engrais; grain; wheat; corn; fertiliser;
    fertilizer
hostages | - | hostages | otages | otage; prisonnier; détenu; hostage; prisoner; detainee; captive
refugees | - | refugees | réfugiés | réfugié; migrant; déplacé; demandeur d'asile; refugee;
    displaced; asylum seeker; refoulement; refoulé; pushback; pushed back; expulsé; deported
cyber | - | cyberattacks | cyberattaques | cyberattaque; piratage; pirate informatique; hacker;
    cyberattack; cyber-attack; hacking; hacked; piraté; ransomware; rançongiciel; data breach;
    breach; breached; intrusion; fuite de données; violation de données; données personnelles;
    personal data; stolen data; données volées
espionage | - | espionage | espionnage | espionnage; espion; espionage; spy; spying
health | - | health | santé | vaccin; virus; épidémie; pandémie; covid; vaccine; pandemic;
    epidemic; outbreak
jobs | - | jobs | emplois | licenciement; suppression d'emplois; plan social; layoff; job cut;
    redundancy
corruption | - | corruption | corruption | corruption; pot-de-vin; détournement; bribery; bribe;
    embezzlement; kickback
abuses | - | abuses | exactions | exaction; torture; exécution sommaire; crime de guerre;
    crime contre l'humanité; génocide; massacre; war crime; crime against humanity; genocide;
    atrocity; atrocité
hospital | - | hospitals | hôpitaux | hôpital; clinique; hospital; clinic
ships | - | ships | navires | navire; cargo; pétrolier; bateau; ship; vessel; tanker; freighter
aircraft | - | aircraft | avions | avion; hélicoptère; aircraft; airliner; plane; helicopter; jet
border | - | borders | frontières | frontière; border
trade | - | trade | commerce | antidumping; prix cassés; below-cost;
    vente à perte; droit de douane; tarif douanier;
    tariff; customs duty; subvention; subsidy; quota d'importation; import quota;
    concurrence déloyale; unfair competition; barrière commerciale; trade barrier
pollution | - | pollution | pollution | pollution; polluant; pollutant; marée noire; oil spill;
    déchets toxiques; toxic waste; rejet toxique; toxic discharge; contamination; déversement
climate | - | climate | climat | climat; émission; carbone; CO2; climate; emission; carbon;
    greenhouse
"""

# Transfer verbs and nouns. "give": the subject hands over (the source); "get": the subject
# receives (the destination). Forms in lower case as written; a final * makes a prefix.
GIVE_FORMS = """
livr* fourni* vend* vente ventes export* transfér* transfert* envoi* envoy* expédi* cède cèdent
céder cédé* livraison* supplie* supply* suppli* deliver* sell sells selling sold sale
transfer* send sends sending sent shipped shipping shipment* provid* handed
"""
GET_FORMS = """
achet* achat* achèt* acquér* acquier* acquis* reçu reçue reçus reçues recev* reçoi* importat*
importer importé* obten* obtien* obtenu* procurer procuré* buy buys buying bought purchas*
receiv* import imports imported importing acquir* acquisition* obtain* procur* seek* sought
recherche rechercher
"""
TRANSFER_EXCEPTIONS = words(
    """livres vendredi vendredis procureur procureure procureurs procureures recherches providence
    sales importance important importante importants importantes"""
)
# Forms that are nouns after an article: "l'envoyé de Moscou", "la recherche", "le livre".
NOUNS_AFTER_ARTICLE = words("envoyé envoyée envoyés envoyées livre recherche")

# Role words around a transfer: "à la Russie", "to Russia", "from Iran", "by Moscow".
TO_WORDS = words("à au aux vers to into towards toward destination")
FROM_WORDS = words("from provenance part auprès")
BY_WORDS = words("par by")
OF_WORDS = words("de des du d of")
BETWEEN_WORDS = words("entre between")
# Words a role word may stand before a name with: "à la", "to the", "de l'".
ARTICLES = words("le la les l the an un une")
# Words that put a transfer in a warning, a request or an attempt: "a mis en garde X contre
# la vente", "tried to persuade X to sell". Such a transfer is not said to have happened.
IRREALIS = words(
    """garde convaincre convaincu persuader persuadé dissuader dissuadé empêcher demandé demander
    convince convinced persuade persuaded dissuade dissuaded warn warned warning urge urged
    asked prevent prevented"""
)
# Other prepositions: a name after one of them is neither a party nor a subject.
OTHER_PREPOSITIONS = words(
    """en dans sur pour avec contre chez sous parmi pendant depuis selon malgré in on at for with
    against within across over under among during since despite"""
)
# Fields of goods that are handed over, sold or shipped: "drones iraniens" names where the
# drones come from, "the Kabul blast" does not.
TRADED = words("field:arms field:energy field:grain field:nuclear field:ships field:aircraft")
# Goods nouns are often followed by an origin: "drones de fabrication iranienne".
ORIGIN_WORDS = words("made fabrication origine production conception made-in")
# A subject is looked for leftwards only up to one of these.
CLAUSE_BREAKS = words("que qu qui that which who mais but tandis while alors selon according")

# Words that carry no matter of their own (folded, before stemming).
STOPWORDS = words(
    """a à ai aie ait alors au aucun aucune aupres aussi autre autres aux avaient avais avait avant
    avec avoir ayant c ca car ce ceci cela celle celles celui cependant certain certaine
    certains ces cet cette ceux chaque ci comme comment d dans de depuis des deux dire dit donc
    dont du elle elles en encore entre est et etaient etait ete etre eu eux fait faire fois font
    ici il ils j jamais je jusqu l la le les leur leurs lors lorsque lui m ma mais me meme memes
    mes moi moins mon n ne ni non nos notre nous on ont ou où par parce pas pendant peu peut
    plus pour pourquoi puis qu quand que quel quelle quelles quels qui quoi s sa sans se selon
    sera serait ses si sien son sont sous sur t ta tandis te tel telle telles tels tes toi ton
    toujours tous tout toute toutes tres trop tu un une vers via voici voila vos votre vous y
    deja ainsi apres afin entre contre lequel laquelle lesquels lesquelles tout declare declarer
    declaration affirme affirmer affirmant ajoute ajouter ajoutant indique indiquer estime
    souligne precise annonce assure explique rappele rapporte evoque dement dementi nie nier
    rejete rejeter qualifie porte parole responsable responsables lundi mardi mercredi jeudi
    vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout septembre octobre
    novembre decembre an ans annee annees mois semaine semaines jour jours hier aujourd hui
    demain ailleurs egalement notamment about above after again against all also am an and any
    are as at be been before being below between both but by can could did do does doing down
    during each few for from further had has have having he her here hers him his how i if in
    into is it its itself just me more most my no nor not now of off on once only or other our
    ours out over own same she should so some such than that the their theirs them then there
    these they this those through to too under until up very was we were what when where which
    while who whom why will with would you your yours said says say saying told tell stated
    added according claimed claims spokesman spokeswoman spokesperson official officials monday
    tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december year years month months week weeks day days
    yesterday today tomorrow also however"""
)

# Negation, and words that withhold a confirmation: a hedge with one of them takes a
# claim back ("no indication that the purchase was finalised", "pas encore terminés").
NEGATION = words(
    """ne n pas jamais aucun aucune nul nulle rien sans ni guere non no not never none nothing
    without nor neither nobody cannot unconfirmed unverified premature prematurement infonde
    unfounded unclear uncertain incertain incertaine flou floue doubt doubts doute"""
)
# A denial often points back at the claim it denies ("a démenti cette information",
# "rejected the allegations", "Kyiv denied it"): pointing words and claim nouns, folded.
POINTERS = words("cela ceci ca it similaire similaires similar")
CLAIM_NOUNS = words(
    """information informations allegation allegations accusation accusations affirmation
    affirmations rapport rapports plainte plaintes rumeur rumeurs propos claim claims report
    reports charge charges assertion assertions rumour rumours rumor rumors story stories"""
)
# "cet achat", "such deliveries" point back too; "ce mois-ci", "this week" do not.
DEMONSTRATIVES = words("ce cet cette ces tel telle tels telles this these those such")
TIME_WORDS = words(
    """mois semaine annee an jour matin soir soiree fois moment epoque week-end weekend month
    week year day morning evening night time days weeks months years hier yesterday today
    lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday
    friday saturday sunday janvier fevrier mars avril mai juin juillet aout septembre octobre
    novembre decembre january february march april june july august september october
    november december"""
)
# Claim nouns point back after these only: "l'information", "the claims", "ces accusations".
DEFINITE = words("le la les l the ce cet cette ces this these those ses leur leurs its their")
ANAPHORS = POINTERS | CLAIM_NOUNS | DEMONSTRATIVES


@dataclass(frozen=True, slots=True)
class Concept:
    id: str  # "place:KP", "body:UN", "field:drones", "give", "get"
    kind: str  # "place" | "body" | "field" | "give" | "get"
    en: str  # label in English
    fr: str  # label in French
    parent: str | None = None  # the broader field ("field:drones" -> "field:arms")

    def label(self, lang: str = "en") -> str:
        return self.fr if lang == "fr" else self.en

    @property
    def top(self) -> str:
        return self.parent or self.id


@dataclass(slots=True)
class Tokens:
    """The words of a text as parallel lists, one entry per word."""

    text: str
    starts: list[int]
    ends: list[int]
    folds: list[str]  # lower case, no accents
    norms: list[str]  # folded and lightly stemmed

    def __len__(self) -> int:
        return len(self.starts)

    def word(self, i: int) -> str:
        """Word i as written."""
        return self.text[self.starts[i] : self.ends[i]]


class Mention(NamedTuple):
    concept: str  # Concept.id
    first: int  # index of its first token
    last: int  # index of its last token


_WORD = re.compile(r"\w+", re.UNICODE)
_APOSTROPHES = "’‘ʼ`´"


def _fold_table() -> dict[int, str]:
    """One character for one character, so that folded text keeps every offset."""
    table: dict[int, str] = {}
    for code in range(0x41, 0x250):
        char = chr(code)
        base = unicodedata.normalize("NFKD", char)[:1].lower()
        if base != char and len(base) == 1 and (base.isascii() or char.isupper()):
            table[code] = base if len(char.lower()) == 1 else char
    for char in _APOSTROPHES:
        table[ord(char)] = "'"
    return table


_FOLD = _fold_table()
_ACCENTS = {chr(code): base for code, base in _FOLD.items() if code > 0x7F}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _unaccent(m: re.Match[str]) -> str:
    return _ACCENTS.get(m.group(), m.group())


def fold(text: str) -> str:
    """Lower case without accents, of the same length as `text`."""
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer ("İ")
        return text.translate(_FOLD)
    return low if low.isascii() else _NON_ASCII.sub(_unaccent, low)


@cache
def norm(word: str) -> str:
    """Light stemming of a folded word: plural and feminine endings go.

    Crude, but applied alike to the tables and to the text, so that
    "nord-coréennes", "iraniens", "chinoise", "missiles" meet their base forms.
    """
    if len(word) > 3 and word[-1] in "sx" and word[-2] != "s":
        word = word[:-1]
    if len(word) > 3 and word[-1] == "e":
        word = word[:-1]
        if len(word) > 3 and word[-1] == "s" and word[-2] != "s":
            word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] in "nlt":
        word = word[:-1]
    return word


def tokenize(text: str, folded: str | None = None) -> Tokens:
    """Words with offsets; hyphens and apostrophes split words ("l'Iran", "nord-coréen").

    `folded` is `fold(text)` when the caller has it already.
    """
    low = fold(text) if folded is None else folded
    spans = [m.span() for m in _WORD.finditer(low)]
    folds = [low[s:e] for s, e in spans]
    return Tokens(text, [s for s, _ in spans], [e for _, e in spans], folds, list(map(norm, folds)))


# --- the lexicon, compiled once -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Term:
    concept: str
    words: tuple[str, ...]  # normed words
    raw: tuple[str, ...]  # as in the table
    case: str  # "exact" | "capital" | "any"


def _parse_rows(table: str, columns: int) -> Iterator[list[str]]:
    """Rows of a "|"-separated table; an indented line goes on with the row above it."""
    rows: list[str] = []
    for line in table.strip().splitlines():
        if line.startswith(" ") and rows:
            rows[-1] = f"{rows[-1]} {line.strip()}"
        else:
            rows.append(line)
    for row in rows:
        cells = [c.strip() for c in row.split("|")]
        cells += [""] * (columns - len(cells))
        yield cells


def _case_rule(term: str) -> str:
    letters = [c for c in term if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 6:
        return "exact"
    return "capital" if term[:1].isupper() else "any"


def _make_terms(concept: str, terms: Iterable[str]) -> Iterator[_Term]:
    for term in terms:
        term = term.strip()
        if not term:
            continue
        raw = tuple(m.group() for m in _WORD.finditer(term))
        words = tuple(norm(fold(w)) for w in raw)
        if words:
            yield _Term(concept, words, raw, _case_rule(term))


def _build() -> tuple[dict[str, Concept], dict[tuple[str, ...], list[_Term]]]:
    concepts: dict[str, Concept] = {}
    phrases: dict[tuple[str, ...], list[_Term]] = {}

    def add(concept: Concept, terms: Iterable[str]) -> None:
        concepts[concept.id] = concept
        for term in _make_terms(concept.id, terms):
            phrases.setdefault(term.words, []).append(term)

    for code, en, fr, terms in _parse_rows(PLACES, 4):
        add(Concept(f"place:{code}", "place", en, fr), [en, fr, *terms.split(";")])
    for code, en, fr, terms in _parse_rows(BODIES, 4):
        add(Concept(f"body:{code}", "body", en, fr), [en, fr, *terms.split(";")])
    for code, parent, en, fr, terms in _parse_rows(FIELDS, 5):
        # A field's labels are not terms: "energy" or "santé" name too much on their own.
        top = None if parent == "-" else f"field:{parent}"
        add(Concept(f"field:{code}", "field", en, fr, top), terms.split(";"))
    concepts["give"] = Concept("give", "give", "supply", "fourniture")
    concepts["get"] = Concept("get", "get", "purchase", "achat")
    return concepts, phrases


CONCEPTS, _PHRASES = _build()
# First word of a phrase -> the lengths of the phrases it starts, longest first.
_LENGTHS: dict[str, tuple[int, ...]] = {}
for _words in _PHRASES:
    _LENGTHS[_words[0]] = tuple(sorted({*_LENGTHS.get(_words[0], ()), len(_words)}, reverse=True))


def _shouting(tokens: Tokens, i: int) -> bool:
    """Whether token `i` sits in a run of capitals (a headline), where "UN" is just "un"."""
    return any(
        0 <= j < len(tokens) and len(tokens.word(j)) > 1 and tokens.word(j).isupper()
        for j in (i - 1, i + 1)
    )


def _case_ok(term: _Term, tokens: Tokens, i: int, strict: bool) -> bool:
    if term.case == "any" or not strict:
        return True
    if term.case == "capital":
        return tokens.text[tokens.starts[i]].isupper()
    last = i + len(term.raw) - 1
    return all(tokens.word(i + k) == w for k, w in enumerate(term.raw)) and not (
        _shouting(tokens, i) if i == last else False
    )


def _transfer_pattern() -> re.Pattern[str]:
    def alternatives(table: str) -> str:
        forms = sorted(table.split(), key=lambda w: (-len(w), w))
        return "|".join(
            re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in forms
        )

    return re.compile(rf"(?P<give>{alternatives(GIVE_FORMS)})|(?P<get>{alternatives(GET_FORMS)})")


_TRANSFER = _transfer_pattern()
# Folded beginnings of transfer words, to pass over all other words at once.
_TRANSFER_HEADS = frozenset(fold(w)[:3] for w in f"{GIVE_FORMS} {GET_FORMS}".split())


def _transfers(tokens: Tokens) -> dict[int, str]:
    """Token index -> "give" or "get", for every transfer word of the text."""
    out: dict[int, str] = {}
    for i, f in enumerate(tokens.folds):
        if f[:3] not in _TRANSFER_HEADS:
            continue
        word = tokens.word(i).lower()
        kind = transfer_kind(word)
        if kind is None:
            continue
        if word in NOUNS_AFTER_ARTICLE and i > 0 and tokens.folds[i - 1] in ARTICLES:
            continue
        out[i] = kind
    return out


@cache
def transfer_kind(word: str) -> str | None:
    """ "give", "get" or None for a lower-case word as written ("livrerait" -> "give")."""
    m = _TRANSFER.fullmatch(word)
    if m is None or word in TRANSFER_EXCEPTIONS:
        return None
    return "give" if m.group("give") else "get"


def _shouting(tokens: Tokens, i: int) -> bool:
    """Whether token `i` sits in a run of capitals (a headline), where "UN" is just "un"."""
    return any(
        0 <= j < len(tokens) and len(tokens.word(j)) > 1 and tokens.word(j).isupper()
        for j in (i - 1, i + 1)
    )


def _case_ok(term: _Term, tokens: Tokens, i: int, strict: bool) -> bool:
    if term.case == "any" or not strict:
        return True
    if term.case == "capital":
        return tokens.text[tokens.starts[i]].isupper()
    last = i + len(term.raw) - 1
    return all(tokens.word(i + k) == w for k, w in enumerate(term.raw)) and not (
        _shouting(tokens, i) if i == last else False
    )


def _transfer_pattern() -> re.Pattern[str]:
    def alternatives(table: str) -> str:
        forms = sorted(table.split(), key=lambda w: (-len(w), w))
        return "|".join(
            re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in forms
        )

    return re.compile(
        rf"(?<!\w)(?:(?P<give>{alternatives(GIVE_FORMS)})|(?P<get>{alternatives(GET_FORMS)}))(?!\w)"
    )


_TRANSFER = _transfer_pattern()


def _transfers(tokens: Tokens) -> dict[int, str]:
    """Token index -> "give" or "get", for every transfer word of the text."""
    low = tokens.text.lower()
    if len(low) != len(tokens.text):
        low = tokens.text
    out: dict[int, str] = {}
    for m in _TRANSFER.finditer(low):
        i = bisect.bisect_left(tokens.starts, m.start())
        if i == len(tokens) or tokens.starts[i] != m.start() or tokens.ends[i] != m.end():
            continue
        word = m.group()
        if word in TRANSFER_EXCEPTIONS:
            continue
        if word in NOUNS_AFTER_ARTICLE and i > 0 and tokens.folds[i - 1] in ARTICLES:
            continue
        out[i] = "give" if m.group("give") else "get"
    return out


def find_mentions(tokens: Tokens, strict: bool = True) -> list[Mention]:
    """Concept mentions, longest match first, left to right; transfer words included.

    `strict=False` ignores the case rules, for names already lower-cased.
    """
    norms, n = tokens.norms, len(tokens)
    transfers = _transfers(tokens)
    starts = sorted({i for i, w in enumerate(norms) if w in _LENGTHS} | transfers.keys())
    out: list[Mention] = []
    free = 0  # the first token not inside a mention yet
    for i in starts:
        if i < free:
            continue
        found: Mention | None = None
        for length in _LENGTHS.get(norms[i], ()):
            if i + length > n:
                continue
            terms = _PHRASES.get(tuple(norms[i : i + length]), ())
            term = next((t for t in terms if _case_ok(t, tokens, i, strict)), None)
            if term:
                found = Mention(term.concept, i, i + length - 1)
                break
        if found is None and i in transfers:
            found = Mention(transfers[i], i, i)
        if found:
            out.append(found)
            free = found.last + 1
    return out


@cache
def concepts_in(name: str) -> tuple[str, ...]:
    """The concepts a name or term contains, in any case ("Moscou et Pyongyang" -> RU, KP)."""
    return tuple(dict.fromkeys(m.concept for m in find_mentions(tokenize(name), strict=False)))


def entities_in(name: str) -> tuple[str, ...]:
    """The places and bodies a name contains."""
    return tuple(c for c in concepts_in(name) if is_entity(c))


def is_entity(concept: str) -> bool:
    return concept.startswith(("place:", "body:", "ent:"))


def top(concept: str) -> str:
    """The broadest field of a concept ("field:drones" -> "field:arms"); itself otherwise."""
    found = CONCEPTS.get(concept)
    return found.top if found else concept


def label(concept: str, lang: str = "en") -> str:
    found = CONCEPTS.get(concept)
    return found.label(lang) if found else concept.removeprefix("ent:").title()
