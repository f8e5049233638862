"""Word tables of dementi's matching, French and English together: places, bodies, fields,
predicates, glosses, transfer words and the small word lists around them.

Term conventions in the tables of concepts (places, bodies, fields, predicates):
- written in capitals ("DPRK", "U.S."): an acronym, matched only as written;
- starting with a capital ("Jordan"): matched only where the text capitalises it;
- lower case ("russe"): matched in any case.
Words are compared folded (lower case, no accents) and lightly stemmed (plural
and feminine endings dropped, see `concepts.norm`), so the tables list base forms only.
Transfer verbs are listed as forms; a final `*` makes a form a prefix.
"""

from __future__ import annotations


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
heavy | arms | heavy weapons | armement lourd | char; tank; armoured vehicle;
    armored vehicle; véhicule blindé; avion de combat; fighter jet; warplane; F-16
chemical | arms | chemical weapons | armes chimiques | arme chimique; chemical weapon; sarin;
    chlore; chlorine; gaz toxique; nerve agent; agent neurotoxique; Novitchok; Novichok
nuclear | - | nuclear programme | nucléaire | nucléaire; nuclear; uranium; enrichissement;
    enrichment; enriched; enrichi; ogive; warhead; atomique; atomic; plutonium
casualties | - | casualties | victimes | casualty; pertes humaines
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
election | - | elections | élections | élection; scrutin; électoral; election; ballot; electoral;
    bulletin de vote; bureau de vote; polling station
economy | - | economy | économie | économie; inflation; croissance; PIB; récession; chômage;
    economy; growth; GDP; recession; unemployment
energy | - | energy | énergie | pétrole; gaz; gazoduc; oléoduc; pipeline; oil; gas; crude; LNG;
    GNL; électricité; electricity; centrale électrique; centrale nucléaire; power plant
grain | - | grain | céréales | céréale; blé; engrais; grain; wheat; corn; fertiliser;
    fertilizer
hostages | - | hostages | otages | otage; prisonnier; détenu; hostage; prisoner; detainee; captive
refugees | - | refugees | réfugiés | réfugié; migrant; déplacé; demandeur d'asile; refugee;
    displaced; asylum seeker; refoulement; refoulé; pushback; pushed back; expulsé; deported
cyber | - | cyberattacks | cyberattaques | cyberattaque; cyberattack; cyber-attack; ransomware;
    rançongiciel; données personnelles; personal data; données clients; customer data;
    base de données; database; serveur; server; mot de passe; password; logiciel malveillant;
    malware; cybercriminel; cybercriminal; cybercrime; cybercriminalité
espionage | - | espionage | espionnage | espionnage; espion; espionage; spy; spying
health | - | health | santé | vaccin; virus; épidémie; pandémie; covid; vaccine; pandemic;
    epidemic; outbreak; maladie; disease; bactérie; bacteria; bacterium; contagion; contagieux;
    contagious; choléra; cholera; rougeole; measles; Ebola; grippe; influenza; tuberculose;
    tuberculosis; paludisme; malaria; dengue; mpox; variole; smallpox; légionellose; légionelle;
    legionella; legionnaires; salmonelle; salmonella; listeria; listériose; listeriosis
jobs | - | jobs | emplois | emploi; effectif; jobs; workforce
corruption | - | corruption | corruption | corruption; pot-de-vin; détournement; bribery; bribe;
    embezzlement; kickback
abuses | - | abuses | exactions | exaction; torture; exécution sommaire; crime de guerre;
    crime contre l'humanité; génocide; massacre; war crime; crime against humanity; genocide;
    atrocity; atrocité
hospital | - | hospitals | hôpitaux | hôpital; clinique; hospital; clinic
ships | - | ships | navires | navire; cargo; pétrolier; bateau; ship; vessel; tanker; freighter
aircraft | - | aircraft | avions | avion; hélicoptère; aircraft; airliner; airplane; aeroplane;
    helicopter
border | - | borders | frontières | frontière; border
trade | - | trade | commerce | antidumping; prix cassés; below-cost;
    vente à perte; droit de douane; tarif douanier;
    tariff; customs duty; subvention; subsidy; quota d'importation; import quota;
    concurrence déloyale; unfair competition; barrière commerciale; trade barrier
pollution | - | pollution | pollution | pollution; polluant; pollutant; marée noire; oil spill;
    déchets toxiques; toxic waste; rejet toxique; toxic discharge; contamination; déversement;
    discharge; effluent; ammoniac; ammonia; nitrate; pesticide; mercure; mercury; cyanure; cyanide;
    hydrocarbure; hydrocarbon; fish kill; poissons morts; dead fish; mortalité piscicole
climate | - | climate | climat | climat; émission; carbone; CO2; climate; emission; carbon;
    greenhouse
accident | - | accidents | accidents | accident; effondrement; effondré; éboulement; collapse;
    collapsed; cave-in; incendie; fire; blaze; déraillement; derailment; naufrage; shipwreck;
    catastrophe; disaster; sinistre
protests | - | protests | manifestations | grève; gréviste; strike action; walkout
"""

# What a claim says happened: its predicate, in the news words of both languages.
# code | field it belongs to ("-": none) | English label | French label | terms
# Two claims that each name a predicate and share none are about different things, whatever
# place or field they share: "the outbreak killed 12" (toll) and "the tower is not the source"
# (cause). Transfers ("give", "get") are predicates of their own.
PREDICATES = """
toll | casualties | death toll | bilan des morts | mort; tué; tuer; décès; décéd*; mourir; meurt;
    meurent; mortel; succomb*; péri; périr; victime; bilan; killed; kill; kills; killing; dead;
    death; deaths; died; die; dies; dying; toll; death toll; fatality; fatalities; fatal; perished
injured | casualties | injuries | blessés | blessé; blesser; blessure; injured; injury; injuries;
    wounded; wounding; hurt
cases | health | cases | cas | malade; infecté; infection; hospitalis*; hospitaliz*; sick; ill;
    infected; infections; cas confirmé; cas recensé; confirmed case; tested positive;
    testé positif
cause | - | cause | cause | source; origine; cause; causé; causer; caused; causing; provoqu*;
    imputable; imputé; attribué; attribuer; attributed; faute; responsabilité; responsible;
    responsibility; blame; blamed; origin; originated; linked; traced; culprit; coupable;
    pointe vers; pointent vers; point to; points to; pointing to; mis en cause; mise en cause;
    incriminé; incriminer
protest | protests | protests | manifestations | manifestant*; manifestation*; défil*;
    cortège; rassemblement; rassembl*; mobilis*; participant; protest; protester; protestor;
    protested; protesting; demonstration; demonstrator; marched; marcher; marchers; marching;
    rally
force | - | use of force | usage de la force | unprovoked; provocation; provoked; restraint;
    retenue; proportionn*; disproportionn*; proportionate*; disproportionate*; force excessive;
    usage de la force; excessive force; use of force; violence; violent; brutal*; matraqu*;
    baton; truncheon; gaz lacrymogène; tear gas; canon à eau; water cannon; balle en caoutchouc;
    rubber bullet; LBD; bavure; sans sommation; without warning; ripost*
breach | cyber | data breach | piratage | pirat*; hack*; breach; breached; data leak; leaked data;
    fuite de données; fuites de données; intrusion*; exfiltr*; compromised; accessed; accédé;
    eu accès; had access
theft | - | theft | vol | dérob*; stolen; stole; steal; stealing; theft; robbery; cambriol*;
    burglary; siphon*
warning | - | warnings | alertes | alert*; avert*; mis en garde; warn; warned; warning; warnings;
    flagged; signalement
inspection | - | inspection | inspection | inspect*; contrôle de sécurité; contrôle sanitaire;
    audit; safety check
arrest | - | arrests | arrestations | arrestation*; interpell*; garde à vue; arrest; arrested;
    arrests; detained; detention; custody
fraud | election | fraud | fraude | fraud*; truqu*; bourrage; falsifi*; irrégularit*; irregularit*;
    rigged; rig; rigging;
    ballot stuffing; manipulé; manipulated
violation | - | violations | violations | violation; violé; violer; enfreint; enfreindre; violate;
    violated; violating; infringed; infringement; contournement; contourné; evasion; evaded;
    circumvent*
deployment | troops | deployment | déploiement | déploi*; déploy*; deploy*; massed;
    massing; renforcement militaire; build-up; buildup; stationed
concealment | - | cover-up | dissimulation | dissimul*; caché; cacher; étouffé; conceal*; cover-up;
    covered up; hid; hidden; hiding
layoffs | jobs | job cuts | suppressions d'emplois | licenci*; suppression d'emplois;
    suppressions d'emplois; suppression de postes; suppressions de postes; plan social;
    départs volontaires; layoff; layoffs; laid off; lay off; job cut; job cuts; redundancies;
    restructuration; restructuring
closure | - | closure | fermeture | fermetur*; fermer; closure; close down; shut;
    shutdown; shut down
dumping | - | dumping | dumping | dumping; dumpé; dumped; dump
"""

# Common news words of the two languages brought to one key, so that claims written in
# different languages meet on their words as well as on their concepts.
# key | French and English forms
GLOSSES = """
data | données; data; fichier; file; files; fiche; record; enregistrement
customer | client; customer; abonné; subscriber; usager; user
company | entreprise; société; firme; company; firm; operator; opérateur
factory | usine; factory; plant; works
worker | ouvrier; salarié; employé; travailleur; worker; employee; staff
miner | mineur; miner
union | syndicat; syndical; intersyndicale; union; unions
police | police; policier; gendarme; CRS; officer; officers
doctor | médecin; docteur; doctor; physician
government | gouvernement; government; exécutif; executive
minister | ministre; ministère; minister; ministry
investigation | enquête; investigation; inquiry; probe
water | eau; water
building | bâtiment; immeuble; building
crack | fissure; crack; cracks
roof | toit; plafond; roof; ceiling
tunnel | galerie; tunnel
network | réseau; network
account | compte; account
bank | banque; bancaire; bank; banking
school | école; school
child | enfant; child; children
town | ville; commune; town; city; municipality; municipalité
mayor | maire; mayor
street | rue; street; streets
figure | chiffre; nombre; figure; number; count; décompte; comptage; tally
estimate | estimé; estimation; estimate; estimated; évalué
overstated | surestimé; exagéré; gonflé; overestimated; exaggerated; inflated; overstated
understated | sous-estimé; minimisé; underestimated; understated; downplayed
price | prix; tarif; price; prices
wage | salaire; wage; wages; pay
pension | retraite; pension; pensions
tax | impôt; taxe; tax; taxes
law | loi; law; bill
court | tribunal; cour; court
judge | juge; judge
trial | procès; trial
prison | prison; détention; jail
sample | échantillon; prélèvement; sample; samples; specimen
test | analyse; test; tests; testing; dépistage; screening
laboratory | laboratoire; labo; laboratory; lab
result | résultat; result; results; outcome
negative | négatif; negative
positive | positif; positive
safety | sécurité; safety; security
risk | risque; risk
damage | dégât; dommage; damage; damages
money | argent; fonds; money; funds
payment | paiement; versement; payment; paid; payé; versé
contract | contrat; contract
deal | accord; deal; agreement
car | voiture; véhicule; car; vehicle
river | rivière; fleuve; river
sea | mer; sea
fish | poisson; fish
waste | déchet; waste
toxic | toxique; toxic
food | nourriture; aliment; alimentaire; food
market | marché; market
voter | électeur; voter
candidate | candidat; candidate
charge | charge; chargé; charger; charged
body | corps; body; bodies
missing | disparu; missing
rescue | secours; sauveteur; rescue; rescuer; rescuers
complaint | plainte; complaint; lawsuit
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

# Words that say how a claim is held (denied, confirmed, doubted) rather than what it is
# about: they are left out when two claims are compared on their words.
STANCE_WORDS = words(
    """dementir dement dementent nier nie nient niant rejeter rejete rejette rejetent contester
    conteste contestent refuter refute qualifie qualifiant faux fausse fausses fake infonde
    infondee infondes infondees mensonger mensongere mensonge mensonges rumeur rumeurs allegation
    allegations accusation accusations affirmation affirmations information informations theorie
    theories complot propagande confirmer confirme confirment reconnu reconnait reconnaitre admis
    admet assure assurer maintient maintenu insiste preuve preuves indication indications signe
    deny denies denied denying denial denials reject rejects rejected rejecting dismiss dismissed
    dismisses refute refuted refutes false untrue baseless unfounded fabricated fabrication lie
    lies lying rumour rumours rumor rumors allegation allegations accusation accusations claim
    claims claimed report reports reported story stories confirm confirms confirmed insist
    insists insisted maintain maintains maintained acknowledge acknowledged admit admits admitted
    concede concedes conceded evidence proof sign signs indication indications nonsense
    absurd absurde ridicule ridiculous conspiracy theory possible possibly probably probable
    likely unlikely peut-etre perhaps maybe pourrait pourraient could might would should may
    cannot rule exclure exclut exclu tot early premature prematurement yet encore deja already
    still toujours never jamais rien nothing aucun aucune none any tout toute tous toutes every
    entirely completely totally fully totalement completement entierement very tres truly vraiment
    really right wrong correct exact exactement accurate inaccurate vrai true raison tort"""
)
# Negation, and words that withhold a confirmation: a hedge with one of them takes a
# claim back ("no indication that the purchase was finalised", "pas encore terminés").
NEGATION = words(
    """ne n pas jamais aucun aucune nul nulle rien sans ni guere non no not never none nothing
    without nor neither nobody cannot unconfirmed unverified premature prematurement infonde
    unfounded unclear uncertain incertain incertaine flou floue doubt doubts doute"""
)
# A hedge with one of these withholds confirmation ("trop tôt pour le dire", "too early to
# say", "cannot rule out") rather than speculates ("could", "may").
WITHHOLDING = NEGATION | words("tot early prematurely unproven unverifiable")
# An assertion with one of these and no matter of its own confirms what was said before it:
# "the sample looked genuine", "le chiffre est exact".
CONFIRMATIONS = words(
    """genuine authentic real accurate correct true right confirmed confirms verified
    authentique authentiques veritable veritables exact exacte exacts exactes correct correcte
    vrai vraie confirme confirmee confirmes verifie verifiee"""
)
# A denial often points back at the claim it denies ("a démenti cette information",
# "rejected the allegations", "Kyiv denied it"): pointing words and claim nouns, folded.
POINTERS = words("cela ceci ca it similaire similaires similar")
CLAIM_NOUNS = words(
    """information informations allegation allegations accusation accusations affirmation
    affirmations rapport rapports plainte plaintes rumeur rumeurs propos claim claims report
    reports charge charges assertion assertions rumour rumours rumor rumors story stories"""
)
# Calling something a rumour, a lie or a conspiracy theory dismisses a claim made before:
# "les forces ennemies répandent des rumeurs", "a baseless hoax".
DISMISSALS = words(
    """rumeur rumeurs complot complots mensonge mensonges mensonger mensongere fake infonde
    infondee infondes infondees calomnie calomnies canular propagande diffamation diffamatoire
    rumour rumours rumor rumors conspiracy lie lies hoax propaganda baseless unfounded smear
    fabrication fabrications fabricated slander"""
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
ANAPHORS = POINTERS | CLAIM_NOUNS | DEMONSTRATIVES | DISMISSALS
