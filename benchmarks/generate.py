"""Synthetic French and English news articles, for measuring dementi at scale.

Articles are built from a seeded world of disputes ("matters"): who accuses
whom of what, with which figure, and who denies or hedges. Each article
recombines sentence templates, so ingesting it exercises quotation finding in
several press styles, reported speech, stance, speaker aliases (a full name
with a title first, then a surname, "M. Surname", a role or a pronoun),
publication dates written in many ways, and contradictions between sources,
including figures that disagree from one article to the next.

Everything derives from the seed and the article's number: article i is the
same whatever the size of the corpus, so a small corpus is the start of a
larger one. The generator knows every claim it writes (span, speaker,
stance), which `synthesize` and `build_store` use to make database records
without parsing anything.

    python -m benchmarks.generate --docs 1000 --seed 1 --out benchmarks/data/corpus
"""

from __future__ import annotations

import argparse
import html
import random
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import orjson

from analysis.records import Cue, Document, Speaker, Statement, short_hash
from store.storage import new_tables, write_atomically

MIN_WORDS = 300
MAX_WORDS = 1000
# A new dispute enters the news every few articles; the early ones stay in it.
FIRST_MATTERS = 12
ARTICLES_PER_NEW_MATTER = 9
FRENCH_SHARE = 0.55
MARKDOWN_SHARE = 0.03
HTML_SHARE = 0.03
INGESTED_AT = "2024-06-30T12:00:00+00:00"

# --- data tables (";" separates list entries, "|" columns) --------------------------------

COUNTRY_TABLE = """
russia | la Russie | russe | Moscou | Russia | Russian | Moscow | slavic | le Kremlin | the Kremlin
ukraine | l'Ukraine | ukrainien | Kiev | Ukraine | Ukrainian | Kyiv | slavic
usa | les États-Unis | américain | Washington | the United States | US | Washington | anglo | la Maison Blanche | the White House
north_korea | la Corée du Nord | nord-coréen | Pyongyang | North Korea | North Korean | Pyongyang | korean
south_korea | la Corée du Sud | sud-coréen | Séoul | South Korea | South Korean | Seoul | korean
china | la Chine | chinois | Pékin | China | Chinese | Beijing | chinese
iran | l'Iran | iranien | Téhéran | Iran | Iranian | Tehran | persian
turkey | la Turquie | turc | Ankara | Turkey | Turkish | Ankara | turkish
syria | la Syrie | syrien | Damas | Syria | Syrian | Damascus | arabic
armenia | l'Arménie | arménien | Erevan | Armenia | Armenian | Yerevan | caucasus
azerbaijan | l'Azerbaïdjan | azerbaïdjanais | Bakou | Azerbaijan | Azerbaijani | Baku | caucasus
serbia | la Serbie | serbe | Belgrade | Serbia | Serbian | Belgrade | slavic
kosovo | le Kosovo | kosovar | Pristina | Kosovo | Kosovar | Pristina | slavic
ethiopia | l'Éthiopie | éthiopien | Addis-Abeba | Ethiopia | Ethiopian | Addis Ababa | east_african
eritrea | l'Érythrée | érythréen | Asmara | Eritrea | Eritrean | Asmara | east_african
sudan | le Soudan | soudanais | Khartoum | Sudan | Sudanese | Khartoum | arabic
mali | le Mali | malien | Bamako | Mali | Malian | Bamako | west_african
niger | le Niger | nigérien | Niamey | Niger | Nigerien | Niamey | west_african
venezuela | le Venezuela | vénézuélien | Caracas | Venezuela | Venezuelan | Caracas | latin
colombia | la Colombie | colombien | Bogota | Colombia | Colombian | Bogotá | latin
india | l'Inde | indien | New Delhi | India | Indian | New Delhi | south_asian
pakistan | le Pakistan | pakistanais | Islamabad | Pakistan | Pakistani | Islamabad | south_asian
france | la France | français | Paris | France | French | Paris | french | l'Élysée | the Elysée
germany | l'Allemagne | allemand | Berlin | Germany | German | Berlin | german
uk | le Royaume-Uni | britannique | Londres | the United Kingdom | British | London | anglo | Downing Street | Downing Street
japan | le Japon | japonais | Tokyo | Japan | Japanese | Tokyo | japanese
belarus | la Biélorussie | biélorusse | Minsk | Belarus | Belarusian | Minsk | slavic
georgia | la Géorgie | géorgien | Tbilissi | Georgia | Georgian | Tbilisi | caucasus
libya | la Libye | libyen | Tripoli | Libya | Libyan | Tripoli | arabic
yemen | le Yémen | yéménite | Sanaa | Yemen | Yemeni | Sanaa | arabic
rwanda | le Rwanda | rwandais | Kigali | Rwanda | Rwandan | Kigali | east_african
drc | la République démocratique du Congo | congolais | Kinshasa | the Democratic Republic of Congo | Congolese | Kinshasa | west_african
philippines | les Philippines | philippin | Manille | the Philippines | Philippine | Manila | latin
brazil | le Brésil | brésilien | Brasilia | Brazil | Brazilian | Brasília | latin
"""  # noqa: E501

# region | given names (men) | given names (women) | family names
NAME_TABLE = """
slavic | Anton; Dmitri; Oleg; Pavel; Sergei; Viktor; Andrei; Igor; Maxim; Yuri; Alexei; Bogdan | Anna; Olga; Irina; Svetlana; Maria; Elena; Tatiana; Natalia; Daria | Veselov; Karpenko; Zorin; Belov; Melnyk; Orlov; Sokolenko; Gromov; Lysenko; Kravets; Tarasov; Demchenko; Ryabov; Volkin; Petrenko; Lazarev
anglo | John; Michael; David; Robert; James; Thomas; Mark; Peter; Daniel | Karen; Linda; Susan; Emily; Sarah; Rachel; Laura; Megan; Claire | Kirby; Whitfield; Harlow; Brennan; Cole; Mercer; Dalton; Prescott; Hale; Barrett; Langley; Monroe; Fletcher; Sutton; Ashby; Kerrigan
korean | Jong-su; Myong-chol; Chang-ho; Kwang-il; Song-nam; Yong-bok | Mi-ran; Hye-jin; Su-yeon; Eun-ha; Ok-sun | Kim; Ri; Pak; Choe; Jang; Han; Yun; O
chinese | Wei; Jian; Hao; Lei; Qiang; Bo | Hua; Mei; Lin; Xiu; Yan | Zhao; Wang; Liu; Chen; Sun; Guo; Ma; Zhou
persian | Hossein; Reza; Mehdi; Ali; Nasser; Kamal; Saeed | Maryam; Leila; Zahra; Shirin; Parisa | Rahimi; Tavakoli; Jafari; Karimi; Shirazi; Moradi; Ahmadi; Farahani
arabic | Khaled; Omar; Youssef; Tarek; Samir; Walid; Karim | Nour; Amira; Rania; Salma; Hiba | Haddad; Mansour; Khoury; Saleh; Darwish; Taha; Othmani; Zayed
turkish | Mehmet; Emre; Burak; Selim; Kemal; Volkan | Ayşe; Elif; Zeynep; Selin; Derya | Yıldız; Demir; Aksoy; Kaya; Öztürk; Arslan; Çelik; Korkmaz
caucasus | Armen; Davit; Levan; Giorgi; Rashad; Elchin; Tigran | Ani; Nino; Gulnara; Lusine; Tamar | Hakobyan; Beridze; Kapanadze; Mammadli; Huseynov; Grigoryan; Tsereteli
east_african | Abebe; Tesfaye; Dawit; Yonas; Emmanuel; Jean-Paul | Meron; Selam; Aster; Grace; Alice | Bekele; Haile; Tesfay; Gebremedhin; Mugisha; Habimana; Uwimana; Girma
west_african | Moussa; Amadou; Ibrahim; Oumar; Seydou; Félix; Patrice | Aminata; Fatoumata; Mariam; Awa; Clarisse | Traoré; Diallo; Coulibaly; Keïta; Maïga; Touré; Sanogo; Kaboré; Mbuyi
latin | Carlos; Diego; Javier; Luis; Andrés; Ramón | María; Lucía; Camila; Valeria; Rosa | Herrera; Castillo; Ramírez; Mendoza; Rojas; Salazar; Paredes; Villalba
french | Jean; Pierre; Laurent; Olivier; Nicolas; Thierry; Hugo | Claire; Sophie; Isabelle; Anne; Camille; Hélène | Duval; Mercier; Lefèvre; Garnier; Rousseau; Fabre; Chevalier; Bonnet; Marchand; Perrin
german | Klaus; Jürgen; Stefan; Markus; Tobias | Katrin; Ulrike; Heike; Sabine | Brandt; Vogel; Krüger; Hoffmann; Lehmann; Schulte; Winkler
south_asian | Rajesh; Arvind; Sanjay; Imran; Farhan; Vikram | Priya; Anjali; Ayesha; Sana; Meera | Sharma; Mehta; Qureshi; Iyer; Malik; Chaudhry; Rao; Bhatt
japanese | Hiroshi; Kenji; Takeshi; Daisuke | Yuko; Akiko; Haruka; Emi | Tanaka; Morita; Hayashi; Ishikawa; Okada; Nakamura
"""  # noqa: E501
FAMILY_NAME_FIRST = frozenset({"korean", "chinese"})
FR_GIVEN = {"Sergei": "Sergueï", "Andrei": "Andreï", "Yuri": "Iouri", "Alexei": "Alexeï"}
# Russian-style family names take a feminine ending.
FEMININE_ENDINGS = (("ov", "ova"), ("ev", "eva"), ("in", "ina"))
FR_ADJ_FEMININE = {"turc": "turque"}

# key | fr | gender | en | canonical | fr short | en short | head (m) | head (f) | head (en)
ORG_TABLE = """
un | l'ONU | f | the UN | United Nations | l'organisation | the UN | secrétaire général adjoint | secrétaire générale adjointe | Deputy Secretary-General
who | l'OMS | f | the WHO | World Health Organization | l'Organisation mondiale de la santé | the World Health Organization | directeur régional | directrice régionale | regional director
iaea | l'AIEA | f | the IAEA | International Atomic Energy Agency | l'agence onusienne | the UN nuclear watchdog | directeur général | directrice générale | Director General
osce | l'OSCE | f | the OSCE | OSCE | la mission d'observation | the observer mission | chef de la mission d'observation | cheffe de la mission d'observation | head of the observer mission
eu | la Commission européenne | f | the European Commission | European Commission | Bruxelles | Brussels | commissaire au Commerce | commissaire au Commerce | Trade Commissioner
wto | l'OMC | f | the WTO | World Trade Organization | l'Organisation mondiale du commerce | the World Trade Organization | économiste en chef | économiste en chef | chief economist
unhcr | le HCR | m | the UNHCR | UNHCR | l'agence des Nations unies pour les réfugiés | the UN refugee agency | représentant | représentante | representative
amnesty | Amnesty International | f | Amnesty International | Amnesty International | l'ONG | the rights group | directeur | directrice | director
hrw | Human Rights Watch | m | Human Rights Watch | Human Rights Watch | l'organisation | the group | chercheur | chercheuse | researcher
msf | Médecins sans frontières | m | Doctors Without Borders | Médecins Sans Frontières | l'ONG médicale | the medical charity | coordinateur | coordinatrice | coordinator
icrc | le Comité international de la Croix-Rouge | m | the International Committee of the Red Cross | ICRC | le CICR | the ICRC | chef de délégation | cheffe de délégation | head of delegation
cyber | la société de cybersécurité Northgate | f | cybersecurity firm Northgate | Northgate | Northgate | Northgate | directeur de la recherche | directrice de la recherche | head of research
rivers | l'association Rivières vivantes | f | the Living Rivers association | Living Rivers | l'association | the association | président | présidente | president
doctors | le syndicat national des médecins | m | the national doctors' union | National Doctors' Union | le syndicat | the union | secrétaire général | secrétaire générale | general secretary
"""  # noqa: E501

# key | noun (m) | noun (f) | fr | en title | en apposition | fr short (m) | fr short (f) | en short
ROLE_TABLE = """
fm_spokes | porte-parole | porte-parole | {noun} du ministère {m} des Affaires étrangères | {en} Foreign Ministry spokesperson | a spokesperson for the {en} Foreign Ministry | le porte-parole | la porte-parole | the spokesperson
fm | ministre | ministre | {noun} {adj} des Affaires étrangères | {en} Foreign Minister | the {en} foreign minister | le chef de la diplomatie {f} | la cheffe de la diplomatie {f} | the top diplomat
defence | ministre | ministre | {noun} {adj} de la Défense | {en} Defence Minister | the {en} defence minister | le ministre de la Défense | la ministre de la Défense | the defence minister
army_spokes | porte-parole | porte-parole | {noun} de l'armée {f} | {en} army spokesperson | a spokesperson for the {en} army | le porte-parole militaire | la porte-parole militaire | the military spokesperson
pres_spokes | porte-parole | porte-parole | {noun} de la présidence {f} | {en} presidential spokesperson | a spokesperson for the {en} presidency | le porte-parole de la présidence | la porte-parole de la présidence | the presidential spokesperson
security | conseiller | conseillère | {noun} {adj} à la sécurité nationale | {en} national security adviser | the {en} national security adviser | le conseiller | la conseillère | the adviser
un_envoy | ambassadeur | ambassadrice | {noun} {adj} auprès de l'ONU | {en} UN Ambassador | the {en} ambassador to the UN | le diplomate | la diplomate | the envoy
health | ministre | ministre | {noun} {adj} de la Santé | {en} Health Minister | the {en} health minister | le ministre de la Santé | la ministre de la Santé | the health minister
trade | ministre | ministre | {noun} {adj} du Commerce | {en} Trade Minister | the {en} trade minister | le ministre du Commerce | la ministre du Commerce | the trade minister
interior | ministre | ministre | {noun} {adj} de l'Intérieur | {en} Interior Minister | the {en} interior minister | le ministre de l'Intérieur | la ministre de l'Intérieur | the interior minister
environment | ministre | ministre | {noun} {adj} de l'Environnement | {en} Environment Minister | the {en} environment minister | le ministre | la ministre | the minister
election_chief | président | présidente | {noun} de la commission électorale {f} | {en} election commission chief | the head of the {en} election commission | le président de la commission | la présidente de la commission | the commission chief
opposition | chef | cheffe | {noun} de l'opposition {f} | {en} opposition leader | the leader of the {en} opposition | le chef de l'opposition | la cheffe de l'opposition | the opposition leader
governor | gouverneur | gouverneure | {noun} de la région de {place} | {place} regional governor | the governor of the {place} region | le gouverneur | la gouverneure | the governor
"""  # noqa: E501

INSTITUTE_TABLE = """
l'Institut d'études stratégiques de Genève | the Geneva Institute for Strategic Studies
le Centre d'analyse des conflits | the Centre for Conflict Analysis
l'Observatoire des armements | the Arms Observatory
l'Institut pour la sécurité internationale | the Institute for International Security
la Fondation pour la transparence électorale | the Electoral Transparency Foundation
l'Observatoire de la santé mondiale | the Global Health Observatory
le Centre d'études du commerce international | the Centre for International Trade Studies
l'université de Lausanne | the University of Lausanne
le Forum des politiques publiques | the Public Policy Forum
"""

# One block per kind of dispute. "fr | en" lines; verbs: participle; infinitive (; gerund).
# Slots: {n} the figure, {item}, {b} the other country, {place}, {river}, {disease}, ...
# Items: "fr = en", or "fr after a number / fr bare / fr after a negation = en / en bare".
KIND_TABLE = """
[arms]
verb = livré; livrer | delivered; deliver; delivering
obj = {n} {item} {b_a} | {n} {item} to {b}
obj_bare = {item_bare} {b_a} | {item_bare} to {b}
obj_neg = {item_neg} {b_a} | any {item_bare} to {b}
topic = les livraisons {item_de} {b_a} | the deliveries of {item_bare} to {b}
topic_any = toute livraison {item_de} {b_a} | any delivery of {item_bare} to {b}
items = obus d'artillerie = artillery shells; drones armés = armed drones; missiles balistiques = ballistic missiles; roquettes = rockets; conteneurs de munitions = containers of munitions; véhicules blindés = armoured vehicles
figures = 200 6000
subject = country
accused = north_korea iran belarus china turkey serbia pakistan russia
others = russia sudan mali libya yemen venezuela syria niger
accuser = third
accusers = pres_spokes fm_spokes security country officials defence
deniers = fm_spokes defence ministry_defence country anonymous other_spokes
observers = expert un expert
background = Les sanctions de l'ONU interdisent toute vente d'armes par {a}. | United Nations sanctions ban all arms sales by {a}.
background = Des images satellites montrent une activité inhabituelle dans le port de {place}. | Satellite images show unusual activity at the port of {place}.
background = Un convoi de camions a été observé près de {place} à la fin du mois dernier. | A convoy of lorries was seen near {place} late last month.

[ceasefire]
verb = violé; violer | violated; violate; violating
obj = le cessez-le-feu à {n} reprises près de {place} | the ceasefire {n} times near {place}
obj_bare = le cessez-le-feu près de {place} | the ceasefire near {place}
obj_neg = le cessez-le-feu près de {place} | the ceasefire near {place}
topic = les violations du cessez-le-feu près de {place} | the ceasefire violations near {place}
topic_any = toute violation du cessez-le-feu | any violation of the ceasefire
unit = violations du cessez-le-feu | ceasefire violations
figures = 8 400
subject = army
accuser = other
accusers = defence fm_spokes country ministry_defence governor
deniers = army_spokes defence ministry_defence country anonymous
observers = osce icrc expert un
background = Le cessez-le-feu avait été conclu au printemps sous l'égide de médiateurs internationaux. | The ceasefire was agreed in the spring with the help of international mediators.
background = Les villages autour de {place} ont été en partie évacués. | Villages around {place} have been partly evacuated.
background = La ligne de contact s'étend sur plusieurs centaines de kilomètres. | The line of contact stretches for several hundred kilometres.

[troops]
verb = massé; masser | massed; mass; massing
obj = {n} soldats à la frontière avec {b} | {n} troops on the border with {b}
obj_bare = des troupes à la frontière avec {b} | troops on the border with {b}
obj_neg = de troupes à la frontière avec {b} | any troops on the border with {b}
topic = le déploiement de troupes à la frontière avec {b} | the troop build-up on the border with {b}
topic_any = tout renforcement militaire à la frontière | any military build-up on the border
unit = soldats | troops
figures = 4000 150000
subject = country
accuser = other
accusers = fm_spokes defence country officials security
deniers = defence army_spokes ministry_defence country anonymous fm
observers = expert expert un
background = Des images satellites commerciales montrent des colonnes de véhicules près de {place}. | Commercial satellite images show columns of vehicles near {place}.
background = La frontière entre {a} et {b} est fermée depuis plusieurs mois. | The border between {a} and {b} has been closed for several months.
background = Des exercices militaires de grande ampleur avaient été annoncés en début d'année. | Large-scale military exercises were announced earlier this year.

[sanctions]
verb = exporté; exporter | exported; export; exporting
obj = {n} {item} via le port de {place} en violation des sanctions | {n} {item} through the port of {place} in breach of sanctions
obj_bare = {item_bare} via le port de {place} | {item_bare} through the port of {place}
obj_neg = {item_neg} en violation des sanctions | any {item_bare} in breach of sanctions
topic = le contournement des sanctions | the evasion of sanctions
topic_any = tout contournement des sanctions | any evasion of sanctions
items = barils de pétrole / du pétrole / de pétrole = barrels of oil / oil; tonnes de charbon / du charbon / de charbon = tonnes of coal / coal; tonnes d'acier / de l'acier / d'acier = tonnes of steel / steel
figures = 20000 3000000
subject = country
accused = iran russia north_korea venezuela syria belarus
accuser = third
accusers = fm_spokes country officials eu trade
deniers = fm_spokes trade country anonymous
observers = expert un expert
background = {a} fait l'objet de lourdes sanctions internationales. | {a} is under heavy international sanctions.
background = Des navires ont été repérés éteignant leurs transpondeurs au large de {place}. | Ships were spotted switching off their transponders off {place}.
background = Le prix du baril a fortement augmenté depuis le début de l'année. | The price of oil has risen sharply since the start of the year.

[elections]
verb = falsifié; falsifier | falsified; falsify; falsifying
obj = {n} {item} lors du scrutin à {place} | {n} {item} in the vote in {place}
obj_bare = {item_bare} lors du scrutin à {place} | {item_bare} in the vote in {place}
obj_neg = {item_neg} lors du scrutin | any {item_bare} in the vote
topic = les fraudes lors du scrutin à {place} | the fraud in the vote in {place}
topic_any = toute fraude lors du scrutin | any fraud in the vote
items = procès-verbaux = tally sheets; bulletins de vote = ballots; listes électorales = voter rolls
figures = 300 90000
subject = party
accused = georgia serbia venezuela armenia colombia pakistan ethiopia belarus drc kosovo
accuser = self
accusers = opposition opposition_party opposition
deniers = election_chief pres_spokes party country
observers = osce expert osce_head
background = Le taux de participation officiel a été annoncé à {pct} %. | Official turnout was put at {pct}%.
background = Des manifestants se sont rassemblés devant la commission électorale à {capital}. | Protesters gathered outside the election commission in {capital}.
background = Le scrutin était considéré comme un test pour le gouvernement. | The vote was seen as a test for the government.

[epidemic]
verb = dissimulé; dissimuler | concealed; conceal; concealing
obj = {n} cas de {disease} à {place} | {n} cases of {disease} in {place}
obj_bare = des cas de {disease} à {place} | cases of {disease} in {place}
obj_neg = de cas de {disease} | any cases of {disease}
topic = la dissimulation de cas de {disease} | the cover-up of {disease} cases
topic_any = toute dissimulation de cas de {disease} | any cover-up of {disease} cases
unit = cas | cases
figures = 60 25000
subject = health
accuser = self
accusers = msf who doctors who_head
deniers = health health_auth pres_spokes country
observers = expert expert
background = Les hôpitaux de {place} sont saturés depuis plusieurs semaines. | Hospitals in {place} have been overwhelmed for weeks.
background = Une campagne de vaccination a été lancée dans la région. | A vaccination campaign has been launched in the region.
background = Les écoles de {place} ont été fermées par mesure de précaution. | Schools in {place} have been closed as a precaution.

[trade]
verb = écoulé; écouler | dumped; dump; dumping
obj = {n} {item} à prix cassés sur le marché {b_adj} | {n} {item} at below-cost prices on the {b_adj} market
obj_bare = {item_bare} à prix cassés | {item_bare} at below-cost prices
obj_neg = {item_neg} à prix cassés | any {item_bare} at below-cost prices
topic = le dumping sur le marché {b_adj} | the dumping on the {b_adj} market
topic_any = toute pratique de dumping | any dumping
items = tonnes d'acier / de l'acier / d'acier = tonnes of steel / steel; panneaux solaires = solar panels; tonnes de blé / du blé / de blé = tonnes of wheat / wheat; voitures électriques = electric cars
figures = 5000 900000
subject = country
accused = china turkey india russia brazil japan south_korea
others = france germany usa uk brazil india japan
accuser = other
accusers = trade eu trade country
deniers = trade fm_spokes country anonymous
observers = wto expert expert
background = Les droits de douane ont été relevés l'an dernier. | Tariffs were raised last year.
background = Les échanges commerciaux entre {a} et {b} ont doublé en cinq ans. | Trade between {a} and {b} has doubled in five years.
background = Plusieurs usines ont annoncé des suppressions d'emplois. | Several factories have announced job cuts.

[cyber]
verb = piraté; pirater | hacked; hack; hacking
obj = {n} comptes de fonctionnaires {b_adj_pl} | {n} accounts of {b_adj} officials
obj_bare = des comptes de fonctionnaires {b_adj_pl} | accounts of {b_adj} officials
obj_neg = de comptes de fonctionnaires {b_adj_pl} | any accounts of {b_adj} officials
topic = la cyberattaque contre {b} | the cyberattack on {b}
topic_any = toute implication dans la cyberattaque | any involvement in the cyberattack
unit = comptes piratés | hacked accounts
figures = 40 12000
subject = intel
accused = russia china north_korea iran
others = usa uk france germany ukraine south_korea japan
accuser = other
accusers = fm_spokes interior cyber officials cyber_head
deniers = fm_spokes country anonymous
observers = expert expert
background = Plusieurs ministères ont dû couper leurs messageries pendant deux jours. | Several ministries had to shut down their email systems for two days.
background = Les attaques informatiques visant des administrations se sont multipliées. | Cyberattacks on government agencies have multiplied.

[strikes]
verb = tué; tuer | killed; kill; killing
obj = {n} civils lors de frappes sur {place} | {n} civilians in strikes on {place}
obj_bare = des civils à {place} | civilians in {place}
obj_neg = de civils à {place} | any civilians in {place}
topic = les frappes contre des civils à {place} | the strikes on civilians in {place}
topic_any = toute frappe contre des civils | any strike on civilians
unit = victimes civiles | civilian deaths
figures = 4 900
subject = army
accuser = other
accusers = governor fm_spokes country amnesty hrw un_envoy
deniers = army_spokes defence ministry_defence anonymous
observers = icrc un expert
background = Les secours fouillaient encore les décombres à {place} dans la soirée. | Rescuers were still searching the rubble in {place} in the evening.
background = Les hôpitaux de la région manquent de médicaments. | Hospitals in the region are short of medicine.
background = Des milliers d'habitants ont fui vers {b_capital}. | Thousands of residents have fled towards {b_capital}.

[nuclear]
verb = enrichi; enrichir | enriched; enrich; enriching
obj = {n} kilogrammes d'uranium à 60 % sur le site de {place} | {n} kilograms of uranium to 60% at the {place} site
obj_bare = de l'uranium sur le site de {place} | uranium at the {place} site
obj_neg = d'uranium au-delà des limites autorisées | any uranium beyond the agreed limits
topic = le programme d'enrichissement clandestin | the covert enrichment programme
topic_any = tout programme d'enrichissement clandestin | any covert enrichment programme
unit = kilogrammes d'uranium enrichi | kilograms of enriched uranium
figures = 20 700
subject = country
accused = iran north_korea
accuser = third
accusers = iaea iaea_head fm_spokes country officials
deniers = fm_spokes atomic country anonymous
observers = expert expert
background = Les inspecteurs n'ont plus accès au site de {place} depuis plusieurs mois. | Inspectors have had no access to the {place} site for months.
background = Les négociations sur le programme nucléaire sont au point mort. | Talks on the nuclear programme have stalled.

[migration]
verb = refoulé; refouler | pushed back; push back; pushing back
obj = {n} migrants à la frontière avec {b} | {n} migrants at the border with {b}
obj_bare = des migrants à la frontière avec {b} | migrants at the border with {b}
obj_neg = de migrants à la frontière | any migrants at the border
topic = les refoulements de migrants | the pushbacks of migrants
topic_any = tout refoulement illégal de migrants | any illegal pushbacks of migrants
unit = migrants refoulés | migrants pushed back
figures = 80 20000
subject = border
accused = turkey libya belarus france uk niger india
others = syria niger ukraine uk france mali pakistan
accuser = self
accusers = unhcr amnesty unhcr_head other_interior
deniers = interior fm_spokes country anonymous
observers = expert expert
background = Des camps de fortune se sont formés près de {place}. | Makeshift camps have formed near {place}.
background = Les températures nocturnes descendent sous zéro dans la région. | Night temperatures fall below freezing in the region.

[pollution]
verb = déversé; déverser | dumped; dump; dumping
obj = {n} tonnes de déchets toxiques dans {river} | {n} tonnes of toxic waste into {river}
obj_bare = des déchets toxiques dans {river} | toxic waste into {river}
obj_neg = de déchets toxiques dans {river} | any toxic waste into {river}
topic = la pollution de {river} | the pollution of {river}
topic_any = tout rejet de déchets toxiques | any discharge of toxic waste
unit = tonnes de déchets | tonnes of waste
figures = 30 8000
subject = company
accuser = self
accusers = rivers rivers_head environment residents
deniers = company_spokes company company_head
observers = expert expert
background = Des poissons morts ont été retrouvés sur plusieurs kilomètres en aval de {place}. | Dead fish were found for several kilometres downstream of {place}.
background = La mine emploie près de deux mille personnes dans la région. | The mine employs nearly two thousand people in the region.
"""  # noqa: E501

# Context sentences any article may carry: narration, nobody is reported as saying them.
NARRATION_TABLE = """
Les relations entre {a} et {b} se sont nettement dégradées ces derniers mois. | Relations between {a} and {b} have deteriorated sharply in recent months.
La question doit être abordée lors d'une réunion du Conseil de sécurité la semaine prochaine. | The issue is due to be raised at a Security Council meeting next week.
Aucune vérification indépendante n'était possible dans l'immédiat. | No independent verification was immediately possible.
Les diplomates en poste à {capital} décrivent un climat de grande méfiance. | Diplomats posted in {capital} describe a climate of deep mistrust.
Le dossier empoisonne les discussions entre les deux capitales depuis le printemps. | The issue has soured talks between the two capitals since the spring.
Les chancelleries occidentales suivent l'affaire avec attention. | Western governments are following the affair closely.
La presse locale a largement relayé l'information dès la publication du rapport. | Local media widely covered the story as soon as the report came out.
Les premières informations sur {topic} remontent à {month} dernier. | The first reports about {topic} date back to last {month}.
L'affaire intervient à quelques semaines d'un sommet régional très attendu. | The affair comes a few weeks before a closely watched regional summit.
Les images diffusées sur les réseaux sociaux n'ont pas pu être authentifiées. | Images circulating on social media could not be authenticated.
Le gouvernement a convoqué une réunion d'urgence dans la soirée. | The government called an emergency meeting in the evening.
Les marchés ont réagi avec nervosité à l'annonce. | Markets reacted nervously to the announcement.
La région de {place} est au cœur des tensions depuis plusieurs années. | The {place} region has been at the heart of tensions for several years.
Le sujet figurait déjà à l'ordre du jour de la dernière réunion ministérielle. | The subject was already on the agenda of the last ministerial meeting.
Les journalistes n'ont pas été autorisés à se rendre sur place. | Journalists were not allowed to visit the area.
Cette affaire s'ajoute à une longue liste de contentieux entre {a} et {b}. | The affair adds to a long list of disputes between {a} and {b}.
Une délégation parlementaire doit se rendre à {capital} le mois prochain. | A parliamentary delegation is due to travel to {capital} next month.
Le rapport complet n'a pas été rendu public. | The full report has not been made public.
En {year}, un incident comparable avait concerné {old} {unit}. | In {year}, a similar incident involved {old} {unit}.
Les deux pays n'entretiennent plus de relations diplomatiques normales depuis {year}. | The two countries have not had normal diplomatic relations since {year}.
Le ministère des Affaires étrangères a convoqué l'ambassadeur en poste à {capital}. | The foreign ministry summoned the ambassador posted in {capital}.
Le dossier pourrait peser sur les négociations commerciales en cours. | The affair could weigh on the trade talks under way.
Des organisations de la société civile ont réclamé une enquête indépendante. | Civil society groups have called for an independent inquiry.
Le Parlement doit débattre de la question en séance plénière. | Parliament is due to debate the matter in a plenary session.
Plusieurs capitales européennes ont appelé à la retenue. | Several European capitals have called for restraint.
La tension était déjà vive depuis l'incident survenu près de {place} au début de l'année. | Tension had already been running high since the incident near {place} earlier this year.
Les informations disponibles restent fragmentaires. | The information available remains patchy.
Le Conseil de sécurité s'était déjà réuni à huis clos sur ce dossier en {month}. | The Security Council had already met behind closed doors on the matter in {month}.
Les deux gouvernements entretiennent des relations étroites depuis la fin de la guerre froide. | The two governments have kept close ties since the end of the Cold War.
La situation humanitaire dans la région de {place} reste préoccupante. | The humanitarian situation in the {place} region remains worrying.
Des observateurs étrangers avaient déjà signalé des mouvements inhabituels à l'automne. | Foreign observers had already reported unusual movements in the autumn.
Aucun calendrier n'a été fixé pour de nouvelles discussions. | No timetable has been set for further talks.
Les sanctions existantes n'ont pas empêché la poursuite des échanges. | Existing sanctions have not stopped trade from continuing.
Les médias d'État n'ont pas évoqué l'affaire dans leurs journaux du soir. | State media did not mention the affair in their evening bulletins.
Le sujet devrait figurer au menu du prochain sommet du G20. | The subject is expected to be on the agenda of the next G20 summit.
Un précédent rapport publié en {month} {year} faisait déjà état de {old} {unit}. | An earlier report published in {month} {year} already mentioned {old} {unit}.
Les autorités locales de {place} ont décrété un couvre-feu de {hours} heures. | Local authorities in {place} imposed a {hours}-hour curfew.
Le trafic ferroviaire vers {place} a été interrompu pendant {days} jours. | Rail traffic to {place} was halted for {days} days.
Quelque {crowd} personnes ont manifesté à {capital} le week-end dernier. | Some {crowd} people demonstrated in {capital} last weekend.
Le Premier ministre doit s'exprimer devant le Parlement d'ici {days} jours. | The prime minister is due to address parliament within {days} days.
Une mission d'enquête de {experts} experts est attendue à {place} en {month}. | A fact-finding mission of {experts} experts is expected in {place} in {month}.
Les négociations avaient repris en {month} après {days} jours d'interruption. | Talks had resumed in {month} after a {days}-day pause.
La région de {place} compte environ {crowd} habitants. | The {place} region has about {crowd} inhabitants.
L'ambassade a suspendu la délivrance de visas pour {days} jours. | The embassy suspended visa processing for {days} days.
Un vol spécial a évacué {experts} ressortissants étrangers de {place}. | A special flight evacuated {experts} foreign nationals from {place}.
"""  # noqa: E501

# --- how the press writes -----------------------------------------------------------------

SAY = {
    ("fr", "assert"): ("a déclaré", "a affirmé", "a assuré", "a indiqué", "a souligné",
                       "a expliqué", "a estimé", "a ajouté"),
    ("fr", "deny"): ("a rétorqué", "a répliqué", "a déclaré", "a assuré", "a martelé"),
    ("fr", "hedge"): ("a reconnu", "a nuancé", "a concédé", "a précisé"),
    ("en", "assert"): ("said", "told reporters", "stated", "added", "said in a statement"),
    ("en", "deny"): ("said", "retorted", "countered", "insisted"),
    ("en", "hedge"): ("acknowledged", "cautioned", "conceded", "said"),
}  # fmt: skip
WHEN = {
    "fr": ("lors d'une conférence de presse", "dans un communiqué", "devant des journalistes",
           "à la télévision publique", "dans un entretien accordé à la presse locale",
           "lors d'un point de presse"),
    "en": ("at a press conference", "in a statement", "in an interview", "at a briefing",
           "on state television"),
}  # fmt: skip

# First-person sentences a side says of itself; {accuser_capital} and {topic} are filled in.
OWN_WORDS = {
    ("fr", "deny"): (
        "Ces accusations sont totalement infondées",
        "C'est un mensonge fabriqué de toutes pièces",
        "Il s'agit d'une campagne de désinformation orchestrée par {accuser_capital}",
        "Nous rejetons catégoriquement ces allégations",
        "Ils répètent cela sans cesse, sans jamais fournir la moindre preuve",
    ),
    ("en", "deny"): (
        "These accusations are completely baseless",
        "This is a lie made up from start to finish",
        "This is a disinformation campaign run by {accuser_capital}",
        "We categorically reject these allegations",
        "They keep repeating this without ever providing the slightest evidence",
    ),
    ("fr", "assert"): (
        "Nous disposons de preuves solides et nous les présenterons au Conseil de sécurité",
        "Nous continuerons à surveiller la situation de très près",
        "Ces agissements ne resteront pas sans réponse",
        "La communauté internationale ne peut pas fermer les yeux",
        "Nous condamnons fermement {topic}",
    ),
    ("en", "assert"): (
        "We have solid evidence and we will present it to the Security Council",
        "We will keep monitoring the situation very closely",
        "These actions will not go unanswered",
        "The international community cannot turn a blind eye",
        "We strongly condemn {topic}",
    ),
}
DENIAL_LABELS = {
    "fr": ("pure invention", "fausses nouvelles", "théorie du complot", "mensonge grossier",
           "provocation", "désinformation"),
    "en": ("pure invention", "fake news", "a conspiracy theory", "a crude lie",
           "a provocation", "disinformation"),
}  # fmt: skip

# The act alleged, in the words of each way of telling it. Slots come from `Writer.act`.
CLAIMS = {
    ("fr", "said"): ("{Subj} {has} {part} {obj}",
                     "{Subj} {has} {part} {obj} ces dernières semaines",
                     "Nous savons que {subj} {has} {part} {obj}",
                     "{Subj} {goes_on} {de_inf} {obj_bare}"),
    ("fr", "reported"): ("{subj} {had} {part} {obj}",
                         "{subj} {had} {part} {obj} ces dernières semaines",
                         "{subj} {went_on} {de_inf} {obj_bare}"),
    ("en", "said"): ("{Subj} {has} {part} {obj}", "{Subj} {has} {part} {obj} in recent weeks",
                     "We know that {subj} {has} {part} {obj}",
                     "{Subj} {is} still {ger} {obj_bare}"),
    ("en", "reported"): ("{subj} had {part} {obj}", "{subj} had {part} {obj} in recent weeks",
                         "{subj} {was} still {ger} {obj_bare}"),
    ("fr", "denied"): ("Nous n'avons jamais {part} {obj_neg}",
                       "{Subj} n'{has} jamais {part} {obj_neg}"),
    ("en", "denied"): ("We have never {part} {obj_neg}", "{Subj} {has} never {part} {obj_neg}"),
    ("fr", "hedged"): (
        "Il est possible que {subj} {ait} {part} {obj_bare}, "
        "mais nous ne pouvons pas encore le confirmer",
        "{Subj} {could} avoir {part} {obj_bare}, mais nous n'en avons pas encore la preuve",
        "Nous n'avons vu aucune indication que {subj} {has} {part} {obj_bare}",
        "Rien ne permet pour l'instant d'affirmer que {subj} {has} {part} {obj_bare}",
    ),
    ("fr", "hedged_reported"): (
        "{subj} {could} avoir {part} {obj_bare}",
        "rien ne permettait encore d'affirmer que {subj} {had} {part} {obj_bare}",
        "il n'y avait pas encore de preuve que {subj} {had} {part} {obj_bare}",
    ),
    ("en", "hedged"): (
        "It is possible that {subj} {has} {part} {obj_bare}, but we cannot confirm it yet",
        "{Subj} may have {part} {obj_bare}, but we do not have proof yet",
        "We have seen no indication that {subj} {has} {part} {obj_bare}",
        "Nothing so far allows us to say that {subj} {has} {part} {obj_bare}",
    ),
    ("en", "hedged_reported"): (
        "{subj} may have {part} {obj_bare}",
        "there was no evidence yet that {subj} had {part} {obj_bare}",
        "it was not yet clear whether {subj} had {part} {obj_bare}",
    ),
}  # fmt: skip

# Sentence templates: {Q} marks each claim, in order; {o} {c} open and close a quotation.
TEMPLATES = {
    ("fr", "direct"): ("{o}{Q}{c}, {say} {who}.", "{o}{Q}{c}, {say} {who} {when}.",
                       "{Who} {say} {when} : {o}{Q}{c}.", "{Who} {say} : {o}{Q}{c}."),
    ("en", "direct"): ("{o}{Q},{c} {who} {say}.", "{o}{Q},{c} said {who}.",
                       "{Who} {say} {when}: {o}{Q}.{c}", "{o}{Q},{c} {who} said {when}."),
    ("fr", "direct_two"): ("{o}{Q}{c}, {say} {who}. {o}{Q}{c}.",
                           "{Who} {say} : {o}{Q}{c}. {o}{Q}{c}, {say_again}."),
    ("en", "direct_two"): ("{o}{Q},{c} {who} {say}. {o}{Q}.{c}",
                           "{Who} {say}: {o}{Q}.{c} {o}{Q},{c} {pronoun} added."),
    ("fr", "again"): ("{o}{Q}{c}, {say_again}.",),
    ("en", "again"): ("{o}{Q},{c} {pronoun} added.",),
    ("fr", "reported"): ("{Who} {say} {que}{Q}.", "{Who} {say} {when} {que}{Q}."),
    ("en", "reported"): ("{Who} {say} that {Q}.", "{Who} said {Q}.",
                         "{Who} told reporters {when} that {Q}."),
    ("fr", "according"): ("Selon {who}, {Q}.", "D'après {who}, {Q}.", "{Q}, selon {who}."),
    ("en", "according"): ("According to {who}, {Q}.", "{Q}, according to {who}."),
    ("fr", "accuse"): ("{Who} a accusé {subj} d'{Q}.", "{Who} accuse {subj} d'{Q}."),
    ("en", "accuse"): ("{Who} accused {subj} of {Q}.", "{Who} has accused {subj} of {Q}."),
    ("fr", "deny_topic"): ("{Who} a démenti {Q}.", "{Who} a fermement démenti {Q}."),
    ("en", "deny_topic"): ("{Who} denied {Q}.", "{Who} flatly denied {Q}."),
    ("fr", "deny_doing"): ("{Who} a nié {Q}.",),
    ("en", "deny_doing"): ("{Who} denied {Q}.",),
    ("fr", "deny_alleged"): ("{Who} a rejeté les accusations selon lesquelles {Q}.",),
    ("en", "deny_alleged"): ("{Who} rejected claims that {Q}.",),
    ("fr", "label"): ("{Who} a qualifié ces accusations de {o}{Q}{c}.",
                      "{Who} a parlé de {o}{Q}{c}."),
    ("en", "label"): ("{Who} dismissed the accusations as {o}{Q}{c}.",
                      "{Who} called the claims {o}{Q}.{c}"),
    ("fr", "figure"): ("{Who} évoque pour sa part {Q}.", "{Who} fait état de {Q}."),
    ("en", "figure"): ("{Who} spoke of {Q}.", "{Who} reported {Q}."),
}  # fmt: skip

QUALIFIERS = {
    "fr": ("plus de", "près de", "environ", "au moins", "", "quelque"),
    "en": ("more than", "nearly", "about", "at least", "", "some"),
}
MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip
WEEKDAYS = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
FR_SEPARATORS = (" ", "\xa0", "\u202f")
AGENCIES = ("AFP", "Reuters", "AP", "Getty Images", "EPA")
PLACE_STARTS = (
    "Nov",
    "Kar",
    "Bel",
    "Tal",
    "Mir",
    "Zar",
    "Dor",
    "Ost",
    "Ker",
    "Sal",
    "Var",
    "Lom",
    "Pes",
    "Gor",
    "Ash",
    "Ran",
    "Mal",
    "Tor",
    "Vel",
    "Bar",
    "Kal",
    "Sor",
)
PLACE_ENDS = (
    "ovka",
    "grad",
    "abad",
    "ino",
    "esh",
    "ara",
    "ovo",
    "ville",
    "pur",
    "an",
    "ia",
    "ek",
    "aya",
    "iyeh",
    "ongo",
    "ani",
    "oye",
    "ikh",
)
COMPANY_STARTS = (
    "Ardent",
    "Borealis",
    "Cobalt",
    "Meridian",
    "Vantis",
    "Oriel",
    "Kestrel",
    "Tessera",
    "Halden",
    "Sirocco",
    "Pallas",
    "Northway",
)
COMPANY_ENDS = ("Mining", "Resources", "Minerals", "Chemicals", "Metals")
DISEASES = (
    ("choléra", "cholera"),
    ("rougeole", "measles"),
    ("dengue", "dengue"),
    ("méningite", "meningitis"),
    ("fièvre hémorragique", "haemorrhagic fever"),
)
RIVALS = ("usa", "uk", "france", "germany", "japan", "south_korea")
NEIGHBOURS = (("armenia", "azerbaijan"), ("russia", "ukraine"), ("ethiopia", "eritrea"),
              ("serbia", "kosovo"), ("india", "pakistan"), ("rwanda", "drc"),
              ("russia", "georgia"), ("mali", "niger"), ("venezuela", "colombia"),
              ("sudan", "ethiopia"), ("china", "philippines"), ("north_korea", "south_korea"),
              ("turkey", "syria"))  # fmt: skip


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    lang: str
    dates: tuple[str, ...]  # styles of `date_line`
    quotes: tuple[tuple[str, str], ...]  # opening and closing marks, spaces included
    paragraph: str  # what separates paragraphs
    curly: bool  # typographic apostrophes
    honorific_dot: bool  # "Mr." rather than "Mr"
    boilerplate: tuple[str, ...]


OUTLETS = (
    Outlet("Le Veilleur", "fr", ("long_time", "published"), (("«\xa0", "\xa0»"),), "\n\n", True,
           False, ("Partager cet article", "Lire aussi : {other}")),
    Outlet("La Gazette de l'Est", "fr", ("dateline", "long_time"), (("« ", " »"), ("“", "”")),
           "\n\n", False, False, ("L'info de A à Z Voir Plus",)),
    Outlet("Info Continue", "fr", ("dotted", "weekday"), (("“", "”"), ("«\u202f", "\u202f»")),
           "\n\n", True, False, ("Crédit photo : {agency}",)),
    Outlet("Le Journal du Matin", "fr", ("published", "month"), (('"', '"'), ("« ", " »")), "\n",
           False, False, ("Lien source", "Commentaire (0)")),
    Outlet("Dépêches du Monde", "fr", ("dateline", "iso"), (("«\xa0", "\xa0»"),), "\n\n", True,
           False, ("(Avec {agency})",)),
    Outlet("Radio Horizon", "fr", ("weekday", "dotted", "none"), (("« ", " »"), ('"', '"')),
           "\n\n", False, False, ("SOURCE : RADIO HORIZON", "Partager Cet Article")),
    Outlet("The Daily Ledger", "en", ("us_time", "published"), (("“", "”"),), "\n\n", True,
           True, ("Read more: {other}",)),
    Outlet("Northern Herald", "en", ("uk", "weekday"), (("“", "”"), ('"', '"')), "\n\n", True,
           False, ("Share this article",)),
    Outlet("World Wire", "en", ("wire", "iso"), (('"', '"'),), "\n", False, True,
           ("Reporting by {journalist}; editing by {editor}",)),
    Outlet("Global Dispatch", "en", ("published", "uk", "none"), (("“", "”"),), "\n\n", True,
           False, ("Photo: {agency}", "Sign up for our newsletter")),
    Outlet("The Capital Tribune", "en", ("slash", "us_time"), (('"', '"'), ("“", "”")), "\n\n",
           False, True, ("Advertisement",)),
)  # fmt: skip

# --- reading the tables -------------------------------------------------------------------


def _rows(table: str) -> Iterator[list[str]]:
    for line in table.strip().splitlines():
        yield [cell.strip() for cell in line.split("|")]


def _list(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split(";") if x.strip())


@dataclass(frozen=True, slots=True)
class Country:
    key: str
    fr: str  # with its article: "la Russie"
    fr_adj: str  # masculine singular demonym
    fr_capital: str
    en: str
    en_adj: str
    en_capital: str
    names: str  # key of NAMES
    fr_seat: str = ""  # seat of power standing for the government ("le Kremlin")
    en_seat: str = ""


@dataclass(frozen=True, slots=True)
class Org:
    """An international body or a non-governmental organisation."""

    key: str
    fr: str
    fr_gender: str
    en: str
    canonical: str
    fr_short: str
    en_short: str
    head_fr_m: str
    head_fr_f: str
    head_en: str


@dataclass(frozen=True, slots=True)
class Role:
    """A government post: how it is written before or after a name, and for short."""

    key: str
    fr_noun_m: str
    fr_noun_f: str
    fr: str
    en_title: str
    en_apposition: str
    fr_short_m: str
    fr_short_f: str
    en_short: str


@dataclass(frozen=True, slots=True)
class Item:
    fr: str  # after a number: "obus d'artillerie"
    fr_bare: str  # "des obus d'artillerie"
    fr_neg: str  # after a negation: "d'obus d'artillerie"
    en: str
    en_bare: str


@dataclass(frozen=True, slots=True)
class Kind:
    """One sort of dispute: the act alleged, in both languages, and who takes part."""

    key: str
    lines: dict[str, tuple[str, str]]  # field -> (fr, en)
    items: tuple[Item, ...]
    figures: tuple[int, int]
    subject: str
    accused: tuple[str, ...]
    others: tuple[str, ...]
    accuser: str  # "other", "third" (a rival) or "self" (people of the accused country)
    accusers: tuple[str, ...]
    deniers: tuple[str, ...]
    observers: tuple[str, ...]
    background: tuple[tuple[str, str], ...]

    def text(self, name: str, lang: str) -> str:
        fr, en = self.lines.get(name, ("", ""))
        return fr if lang == "fr" else en


def _item(cell: str) -> Item:
    fr, en = (side.strip() for side in cell.split("="))
    fr_forms = [f.strip() for f in fr.split("/")]
    en_forms = [e.strip() for e in en.split("/")]
    if len(fr_forms) == 1:
        fr_forms = [fr, "des " + fr, de(fr)]
    return Item(*fr_forms, en_forms[0], en_forms[-1])


def _kinds(table: str) -> tuple[Kind, ...]:
    kinds = []
    for block in table.strip().split("\n\n"):
        head, *lines = block.strip().splitlines()
        fields: dict[str, str] = {}
        pairs: dict[str, tuple[str, str]] = {}
        background = []
        for line in lines:
            name, value = (x.strip() for x in line.split("=", 1))
            if " | " in value:
                fr, en = (x.strip() for x in value.split(" | "))
                if name == "background":
                    background.append((fr, en))
                else:
                    pairs[name] = (fr, en)
            else:
                fields[name] = value
        low, high = (int(x) for x in fields["figures"].split())
        kinds.append(
            Kind(
                key=head.strip("[]"),
                lines=pairs,
                items=tuple(_item(i) for i in _list(fields.get("items", ""))),
                figures=(low, high),
                subject=fields["subject"],
                accused=tuple(fields.get("accused", "").split()),
                others=tuple(fields.get("others", "").split()),
                accuser=fields["accuser"],
                accusers=tuple(fields["accusers"].split()),
                deniers=tuple(fields["deniers"].split()),
                observers=tuple(fields["observers"].split()),
                background=tuple(background),
            )
        )
    return tuple(kinds)


# --- small language helpers ---------------------------------------------------------------

_VOWELS = frozenset("aeiouyéèêàâîïôûAEIOUYÉÈÊÀÂÎÏÔÛ")


def de(np: str) -> str:
    """French "de" before a noun phrase, contracted or elided."""
    for article, contracted in (("le ", "du "), ("les ", "des ")):
        if np.startswith(article):
            return contracted + np[len(article) :]
    if np.startswith(("la ", "l'")):
        return "de " + np
    return ("d'" if np[:1] in _VOWELS else "de ") + np


def to(np: str) -> str:
    """French "à" before a noun phrase, contracted."""
    for article, contracted in (("le ", "au "), ("les ", "aux ")):
        if np.startswith(article):
            return contracted + np[len(article) :]
    return "à " + np


_ELISION = re.compile(r"\b([Dd])e (?=[aeiouyéèêàâîïôûAEIOUYÉÈÊÀÂÎÏÔÛ])")


def elide(text: str) -> str:
    """French "de" elided before a vowel, wherever slots put one there ("d'au moins 300")."""
    return _ELISION.sub(r"\1'", text)


def que(clause: str) -> str:
    return "qu'" if clause[:1] in _VOWELS else "que "


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def fr_adjective(masculine: str) -> tuple[str, str, str, str]:
    """Masculine, feminine, masculine plural, feminine plural of a French demonym."""
    if masculine in FR_ADJ_FEMININE:
        feminine = FR_ADJ_FEMININE[masculine]
    elif masculine.endswith("e"):
        feminine = masculine
    elif masculine.endswith(("ien", "éen")):
        feminine = masculine + "ne"
    else:
        feminine = masculine + "e"
    plural = masculine if masculine.endswith(("s", "x")) else masculine + "s"
    return masculine, feminine, plural, feminine + "s"


def fr_article(noun: str, feminine: bool) -> str:
    if noun[:1] in _VOWELS:
        return "l'" + noun
    return ("la " if feminine else "le ") + noun


def fr_plural(np: str) -> bool:
    return np.startswith(("les ", "des "))


def round_figure(n: float) -> int:
    """Round to two significant digits, as the press does."""
    n = max(2, int(n))
    scale = 10 ** max(0, len(str(n)) - 2)
    return max(2, round(n / scale) * scale)


def place_name(rng: random.Random) -> str:
    return rng.choice(PLACE_STARTS) + rng.choice(PLACE_ENDS)


COUNTRIES = {row[0]: Country(*row) for row in _rows(COUNTRY_TABLE)}
NAMES = {row[0]: (_list(row[1]), _list(row[2]), _list(row[3])) for row in _rows(NAME_TABLE)}
ORGS = {row[0]: Org(*row) for row in _rows(ORG_TABLE)}
ROLES = {row[0]: Role(*row) for row in _rows(ROLE_TABLE)}
INSTITUTES = tuple((row[0], row[1]) for row in _rows(INSTITUTE_TABLE))
KINDS = _kinds(KIND_TABLE)
NARRATION = tuple((row[0], row[1]) for row in _rows(NARRATION_TABLE))

# --- the world ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Person:
    given: str
    family: str
    female: bool
    family_first: bool

    def full(self, lang: str) -> str:
        given = FR_GIVEN.get(self.given, self.given) if lang == "fr" else self.given
        return f"{self.family} {given}" if self.family_first else f"{given} {self.family}"


def make_person(rng: random.Random, region: str) -> Person:
    men, women, families = NAMES[region]
    female = rng.random() < 0.4
    given = rng.choice(women if female else men)
    family = rng.choice(families)
    if female and region == "slavic":
        for ending, feminine in FEMININE_ENDINGS:
            if family.endswith(ending):
                family = family[: -len(ending)] + feminine
                break
    return Person(given, family, female, region in FAMILY_NAME_FIRST)


@cache
def official(seed: int, key: str, region: str) -> Person:
    """The holder of a post: the same person in every article of one seed."""
    return make_person(random.Random(f"{seed}:person:{key}"), region)


@dataclass(slots=True)
class Voice:
    """Someone who can be quoted, and the ways an article may name them."""

    canonical: str
    kind: str  # "person" | "org" | "anonymous"
    first: dict[str, list[tuple[str, bool]]]  # lang -> (phrase, needs a closing comma)
    later: dict[str, list[str]]
    pronoun: dict[str, str]
    plural: bool = False


def person_voice(
    person: Person, fr_role: str, en_title: str, en_apposition: str, short: dict[str, str]
) -> Voice:
    """A named person with a post ("le ministre russe de la Défense, Anton Belov")."""
    fr_full, en_full = person.full("fr"), person.full("en")
    family = person.family
    fr_titled = fr_article(fr_role, person.female)
    honorific = {"fr": "Mme" if person.female else "M.", "en": "Ms" if person.female else "Mr"}
    return Voice(
        canonical=en_full,
        kind="person",
        first={
            "fr": [
                (f"{fr_titled}, {fr_full}", True),
                (f"{fr_full}, {fr_role}", True),
                (f"{fr_titled} {fr_full}", False),
            ],
            "en": [(f"{en_title} {en_full}", False), (f"{en_full}, {en_apposition}", True)],
        },
        later={
            lang: [family, family, f"{honorific[lang]} {family}", short[lang]]
            for lang in ("fr", "en")
        },
        pronoun={"fr": "elle" if person.female else "il", "en": "she" if person.female else "he"},
    )


def org_voice(
    canonical: str,
    names: dict[str, str],
    later: dict[str, Sequence[str]],
    fr_gender: str = "m",
    kind: str = "org",
) -> Voice:
    plural = fr_plural(names["fr"])
    fr_pronoun = ("elle" if fr_gender == "f" else "il") + ("s" if plural else "")
    return Voice(
        canonical=canonical,
        kind=kind,
        first={lang: [(name, False)] for lang, name in names.items()},
        later={lang: list(words) for lang, words in later.items()},
        pronoun={"fr": fr_pronoun, "en": "they" if plural or kind == "anonymous" else "it"},
        plural=plural,
    )


def role_voice(seed: int, c: Country, role_key: str, place: str) -> Voice:
    role = ROLES[role_key]
    person = official(seed, f"{c.key}:{role_key}", c.names)
    m, f, _, _ = fr_adjective(c.fr_adj)
    slots = {
        "noun": role.fr_noun_f if person.female else role.fr_noun_m,
        "adj": f if person.female else m,
        "m": m,
        "f": f,
        "en": c.en_adj,
        "place": place,
    }
    fr_short = role.fr_short_f if person.female else role.fr_short_m
    return person_voice(
        person,
        role.fr.format(**slots),
        role.en_title.format(**slots),
        role.en_apposition.format(**slots),
        {"fr": fr_short.format(**slots), "en": role.en_short},
    )


def _region(rng: random.Random, *extra: str) -> str:
    return rng.choice(("french", "anglo", "german", "latin", *extra))


def org_head_voice(seed: int, org: Org) -> Voice:
    person = official(seed, f"org:{org.key}", _region(random.Random(f"{seed}:{org.key}")))
    title = org.head_fr_f if person.female else org.head_fr_m
    bare = org.en.removeprefix("the ")
    apposition = (
        f"the {org.head_en} of {org.en}"
        if org.en.startswith("the ")
        else f"{org.head_en} at {org.en}"
    )
    short = {
        "fr": fr_article(title.split()[0], person.female),
        "en": "the " + org.head_en.split()[-1].lower(),
    }
    return person_voice(person, f"{title} {de(org.fr)}", f"{bare} {org.head_en}", apposition, short)


def expert_voice(rng: random.Random, region: str) -> Voice:
    person = make_person(rng, _region(rng, region))
    fr_inst, en_inst = rng.choice(INSTITUTES)
    noun = "chercheuse" if person.female else "chercheur"
    job = rng.choice(("researcher", "analyst", "senior fellow"))
    article = "an" if job[0] in "aeiou" else "a"
    return person_voice(
        person,
        f"{noun} {to(fr_inst)}",
        f"{en_inst.removeprefix('the ')} {job}",
        f"{article} {job} at {en_inst}",
        {"fr": fr_article(noun, person.female), "en": f"the {job}"},
    )


@dataclass(slots=True)
class Matter:
    """One dispute: an act alleged of a subject, its accusers, deniers and observers."""

    key: str
    kind: Kind
    a: Country  # the accused side
    b: Country  # the other end (recipient, neighbour, market)
    accuser: Country
    slots: dict[str, dict[str, str]]  # lang -> template slots
    subject: dict[str, tuple[str, str, bool]]  # lang -> (noun phrase, short form, plural)
    figure: int
    other_figures: tuple[int, ...]
    start: date
    span: int  # days over which articles appear
    accusers: list[Voice] = field(default_factory=list)
    deniers: list[Voice] = field(default_factory=list)
    observers: list[Voice] = field(default_factory=list)


def _subject(kind: str, c: Country, company: str) -> tuple[tuple[str, str], tuple[str, str]]:
    """(French noun phrase, short form), (English ...) of who is said to have acted."""
    _, f, mpl, fpl = fr_adjective(c.fr_adj)
    return {
        "country": ((c.fr, c.fr_capital), (c.en, c.en_capital)),
        "army": ((f"l'armée {f}", c.fr_capital), (f"the {c.en_adj} army", c.en_capital)),
        "health": (
            (f"les autorités sanitaires {fpl}", "les autorités"),
            (f"{c.en_adj} health authorities", "the authorities"),
        ),
        "intel": (
            (f"les services de renseignement {mpl}", c.fr_capital),
            (f"{c.en_adj} intelligence services", c.en_capital),
        ),
        "border": (
            (f"les garde-frontières {mpl}", c.fr_capital),
            (f"{c.en_adj} border guards", c.en_capital),
        ),
        "party": (("le parti au pouvoir", "le pouvoir"), ("the ruling party", "the government")),
        "company": ((f"le groupe minier {company}", company), (f"mining group {company}", company)),
    }[kind]


def _voice(seed: int, key: str, m: Matter, side: Country, rng: random.Random) -> Voice:
    """The speaker that a key of the kind table names, for one side of a matter."""
    m_adj, f_adj, mpl_adj, _ = fr_adjective(side.fr_adj)
    place, company = m.slots["en"]["place"], m.slots["en"]["company"]
    if key in ROLES:
        return role_voice(seed, side, key, place)
    if key.startswith("other_"):
        return role_voice(
            seed, m.b, key.removeprefix("other_").replace("spokes", "fm_spokes"), place
        )
    if key in ORGS:
        org = ORGS[key]
        return org_voice(
            org.canonical,
            {"fr": org.fr, "en": org.en},
            {"fr": [org.fr_short], "en": [org.en_short]},
            org.fr_gender,
        )
    if key == "expert":
        return expert_voice(rng, side.names)
    if key in ("company_spokes", "company_head"):
        person = official(seed, f"company:{company}:{key}", side.names)
        spokes = key == "company_spokes"
        noun = (
            "porte-parole"
            if spokes
            else ("directrice générale" if person.female else "directeur général")
        )
        job = "spokesperson" if spokes else "chief executive"
        return person_voice(
            person,
            f"{noun} de {company}",
            f"{company} {job}",
            f"a {job} at {company}" if spokes else f"the {job} of {company}",
            {"fr": fr_article(noun.split()[0], person.female), "en": f"the {job}"},
        )
    if key.endswith("_head"):
        return org_head_voice(seed, ORGS[key.removesuffix("_head")])
    if key == "country":
        gender = (
            "m"
            if side.fr.startswith(("le ", "les ")) or side.key in ("iran", "azerbaijan")
            else "f"
        )
        later = {
            "fr": [side.fr_capital, side.fr_capital, side.fr_seat or side.fr_capital],
            "en": [side.en_capital, side.en_capital, side.en_seat or side.en_capital],
        }
        return org_voice(
            side.en.removeprefix("the "), {"fr": side.fr, "en": side.en}, later, gender
        )
    adj = side.en_adj
    named = {
        "ministry_defence": (f"{adj} Defence Ministry", f"le ministère {m_adj} de la Défense",
                             f"the {adj} Defence Ministry", "le ministère", "the ministry", "m"),
        "health_auth": (f"{adj} Health Ministry", f"le ministère {m_adj} de la Santé",
                        f"the {adj} Health Ministry", "le ministère", "the ministry", "m"),
        "atomic": (f"{adj} Atomic Energy Organization",
                   f"l'Organisation {f_adj} de l'énergie atomique",
                   f"the {adj} Atomic Energy Organization", "l'organisation", "the agency", "f"),
        "party": (f"{adj} ruling party", "le parti au pouvoir", "the ruling party",
                  "le parti", "the party", "m"),
        "opposition_party": (f"{adj} opposition", f"l'opposition {f_adj}",
                             f"the {adj} opposition", "l'opposition", "the opposition", "f"),
        "officials": (f"{adj} officials", f"des responsables {mpl_adj}", f"{adj} officials",
                      f"les responsables {mpl_adj}", f"{adj} officials", "m"),
        "company": (company, f"le groupe minier {company}", f"mining group {company}", company,
                    company, "m"),
    }  # fmt: skip
    if key in named:
        canonical, fr, en, fr_later, en_later, gender = named[key]
        return org_voice(
            canonical, {"fr": fr, "en": en}, {"fr": [fr_later], "en": [en_later]}, gender
        )
    anonymous = {
        "anonymous": (f"{side.en_adj} officials",
                      f"un responsable {m_adj} s'exprimant sous couvert d'anonymat",
                      f"a {side.en_adj} official speaking on condition of anonymity",
                      "ce responsable", "the official"),
        "residents": (f"residents of {place}", f"des habitants de {place}",
                      f"residents of {place}", "les habitants", "residents"),
    }  # fmt: skip
    canonical, fr, en, fr_later, en_later = anonymous[key]
    return org_voice(
        canonical, {"fr": fr, "en": en}, {"fr": [fr_later], "en": [en_later]}, kind="anonymous"
    )


def _countries(kind: Kind, rng: random.Random) -> tuple[Country, Country, Country]:
    if kind.accused:
        a = rng.choice(kind.accused)
        b = rng.choice([k for k in kind.others or tuple(COUNTRIES) if k != a])
    else:
        a, b = rng.choice(NEIGHBOURS)
        if rng.random() < 0.5:
            a, b = b, a
    third = rng.choice([k for k in RIVALS if k not in (a, b)])
    return COUNTRIES[a], COUNTRIES[b], COUNTRIES[third]


@cache
def matter(seed: int, number: int) -> Matter:
    """Dispute `number` of the world of `seed`."""
    rng = random.Random(f"{seed}:matter:{number}")
    kind = rng.choice(KINDS)
    a, b, third = _countries(kind, rng)
    accuser = {"other": b, "third": third}.get(kind.accuser, a)
    item = rng.choice(kind.items) if kind.items else None
    disease = rng.choice(DISEASES)
    place = place_name(rng)
    river = place_name(rng)
    company = f"{rng.choice(COMPANY_STARTS)} {rng.choice(COMPANY_ENDS)}"
    low, high = kind.figures
    figure = round_figure(low * (high / low) ** rng.random())
    others = tuple(round_figure(figure * f) for f in rng.sample((0.4, 0.5, 1.5, 2.0, 3.0), 2))
    b_m, _, b_mpl, _ = fr_adjective(b.fr_adj)
    fr_unit, en_unit = kind.lines.get("unit", ("", ""))
    slots = {
        "fr": {"a": a.fr, "b": b.fr, "b_a": to(b.fr), "b_adj": b_m, "b_adj_pl": b_mpl,
               "b_capital": b.fr_capital, "capital": a.fr_capital, "place": place,
               "disease": disease[0], "river": f"la rivière {river}", "company": company,
               "item": item.fr if item else "", "item_bare": item.fr_bare if item else "",
               "item_neg": item.fr_neg if item else "", "item_de": de(item.fr) if item else "",
               "unit": item.fr if item else fr_unit},
        "en": {"a": a.en, "b": b.en, "b_adj": b.en_adj, "b_capital": b.en_capital,
               "capital": a.en_capital, "place": place, "disease": disease[1],
               "river": f"the {river} river", "company": company,
               "item": item.en if item else "", "item_bare": item.en_bare if item else "",
               "unit": item.en if item else en_unit},
    }  # fmt: skip
    (fr_np, fr_short), (en_np, en_short) = _subject(kind.subject, a, company)
    en_plural = en_np.endswith(("services", "guards", "authorities"))
    m = Matter(
        key=f"{kind.key}-{number}",
        kind=kind,
        a=a,
        b=b,
        accuser=accuser,
        slots=slots,
        subject={"fr": (fr_np, fr_short, fr_plural(fr_np)), "en": (en_np, en_short, en_plural)},
        figure=figure,
        other_figures=others,
        start=date(2019, 1, 1) + timedelta(days=rng.randint(0, 5 * 365)),
        span=rng.randint(20, 240),
    )
    m.accusers = [_voice(seed, k, m, accuser, rng) for k in kind.accusers]
    m.deniers = [_voice(seed, k, m, a, rng) for k in kind.deniers]
    m.observers = [_voice(seed, k, m, a, rng) for k in kind.observers]
    return m


# --- writing one article ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Claim:
    """An attributed claim as written: exact span, speaker and stance."""

    start: int
    end: int
    speaker: str  # canonical name
    mention: str  # the speaker as written
    speaker_kind: str
    stance: str  # "assert" | "deny" | "hedge"
    direct: bool
    cue: str
    matter: str | None  # the dispute it bears on, None for side remarks


@dataclass(frozen=True, slots=True)
class Article:
    name: str  # file name without its suffix
    lang: str
    outlet: str
    title: str
    date: str | None  # what the header says, at its precision
    text: str
    claims: tuple[Claim, ...]
    matter: str
    fmt: str  # "txt" | "md" | "html"

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(slots=True)
class Paragraph:
    text: str
    claims: list[Claim]  # offsets within the paragraph

    def shifted(self, by: int) -> list[Claim]:
        return [_shift(c, by) for c in self.claims]


def _shift(c: Claim, by: int) -> Claim:
    return replace(c, start=c.start + by, end=c.end + by)


@dataclass(frozen=True, slots=True)
class Said:
    """A claim to place in a template."""

    text: str
    stance: str
    direct: bool
    on_matter: bool = True


class Writer:
    """Composes one article about one matter, keeping track of who was already named."""

    def __init__(self, rng: random.Random, m: Matter, lang: str, outlet: Outlet, day: date):
        self.rng = rng
        self.m = m
        self.lang = lang
        self.outlet = outlet
        self.day = day
        self.named: set[str] = set()
        self.used: set[str] = set()
        self.last: Voice | None = None
        self.quote = rng.choice(outlet.quotes)
        self.separator = rng.choice(FR_SEPARATORS)
        self.progress = (day - m.start).days / max(1, m.span)
        self.figure = m.figure if rng.random() < 0.7 else rng.choice(m.other_figures)

    # -- words --------------------------------------------------------------------------

    def pick(self, options: Sequence[str]) -> str:
        """A choice not used yet in this article, when one is left."""
        fresh = [o for o in options if o not in self.used] or list(options)
        choice = self.rng.choice(fresh)
        self.used.add(choice)
        return choice

    def number(self, n: int) -> str:
        qualifier = self.rng.choice(QUALIFIERS[self.lang])
        digits = f"{n:,}"
        if self.lang == "fr":
            digits = digits.replace(",", self.separator)
        return f"{qualifier} {digits}".strip()

    def act(self, figure: int | None = None) -> dict[str, str]:
        """The alleged act, as the parts of a clause: subject, verb forms, object."""
        kind, lang = self.m.kind, self.lang
        np, short, plural = self.m.subject[lang]
        slots = {**self.m.slots[lang], "n": self.number(figure) if figure else ""}
        verb = kind.text("verb", lang).split("; ")
        parts = {
            name: kind.text(name, lang).format(**slots)
            for name in ("obj_bare", "obj_neg", "topic", "topic_any")
        }
        parts["obj"] = kind.text("obj" if figure else "obj_bare", lang).format(**slots)
        parts.update(
            subj=np, Subj=cap(np), short=short, part=verb[0], inf=verb[1], de_inf=de(verb[1])
        )
        if lang == "fr":
            forms = (
                ("has", "a", "ont"),
                ("had", "avait", "avaient"),
                ("would", "aurait", "auraient"),
                ("ait", "ait", "aient"),
                ("could", "pourrait", "pourraient"),
                ("goes_on", "continue", "continuent"),
                ("went_on", "continuait", "continuaient"),
            )
        else:
            parts["ger"] = verb[2]
            forms = (("has", "has", "have"), ("is", "is", "are"), ("was", "was", "were"))
        parts.update({name: many if plural else one for name, one, many in forms})
        return parts

    def claim(self, way: str, figure: int | None = None) -> str:
        return self.pick(CLAIMS[self.lang, way]).format(**self.act(figure))

    def own_words(self, stance: str) -> str:
        accuser = self.m.accuser
        capital = accuser.fr_capital if self.lang == "fr" else accuser.en_capital
        return self.pick(OWN_WORDS[self.lang, stance]).format(
            accuser_capital=capital, topic=self.act()["topic"]
        )

    def who(self, voice: Voice, subject: bool) -> str:
        """How to name `voice` here: in full the first time, shorter afterwards."""
        lang = self.lang
        if voice.canonical not in self.named:
            self.named.add(voice.canonical)
            phrase, comma = self.rng.choice(voice.first[lang])
            return phrase + ("," if comma and subject else "")
        if subject and self.last is voice and self.rng.random() < 0.5:
            return voice.pronoun[lang]
        phrase = self.rng.choice(voice.later[lang])
        if lang == "en" and self.outlet.honorific_dot:
            phrase = re.sub(r"^(Mr|Ms) ", r"\1. ", phrase)
        return phrase

    def say(self, stance: str) -> str:
        return self.rng.choice(SAY[self.lang, stance])

    def when(self) -> str:
        if self.rng.random() < 0.35:
            day = self.day - timedelta(days=self.rng.randint(0, 3))
            weekday, month = WEEKDAYS[self.lang][day.weekday()], MONTHS[self.lang][day.month - 1]
            if self.lang == "fr":
                return f"{weekday} {day.day} {month}"
            return f"on {weekday}, {month} {day.day}"
        return self.rng.choice(WHEN[self.lang])

    # -- templates ----------------------------------------------------------------------

    def render(self, form: str, said: Sequence[Said], voice: Voice, **slots: str) -> Paragraph:
        """Fill a template of `form`, placing each claim at a {Q} and recording its span."""
        template = self.rng.choice(TEMPLATES[self.lang, form])
        pronoun = voice.pronoun[self.lang]
        values = {"o": self.quote[0], "c": self.quote[1], "pronoun": pronoun, "mention": pronoun}
        given = slots.pop("say", "")
        values["say"] = given or self.say(said[0].stance)
        again = re.sub(r"^a ", f"a-t-{pronoun} ", self.say(said[-1].stance))
        if voice.plural:
            template, values["say"] = _plural(template, values["say"], self.lang)
            again = re.sub(r"^a-t-", "ont-", again)
        values["say_again"] = again
        if template.startswith(("{Q}", "{o}{Q}")):
            said = [
                Said(cap(said[0].text), said[0].stance, said[0].direct, said[0].on_matter),
                *said[1:],
            ]
        values["when"] = self.when()
        values.update(slots)
        if "{Who}" in template or "{who}" in template:
            name = self.who(voice, subject="{Who}" in template)
            values.update(Who=cap(name), who=name, mention=name.rstrip(","))
        cue = values["say"] if given or "{say}" in template else values["say_again"]
        if "{say}" not in template and "{pronoun} added" in template:
            cue = "added"
        french = self.lang == "fr"
        texts = [elide(s.text) if french else s.text for s in said]
        out: list[str] = []
        claims: list[Claim] = []
        length = 0
        for k, piece in enumerate(template.split("{Q}")):
            if k:
                s = said[k - 1]
                claims.append(
                    Claim(
                        length,
                        length + len(texts[k - 1]),
                        voice.canonical,
                        values["mention"],
                        voice.kind,
                        s.stance,
                        s.direct,
                        cue,
                        self.m.key if s.on_matter else None,
                    )
                )
                out.append(texts[k - 1])
                length += len(texts[k - 1])
            if k < len(said):
                values["que"] = que(texts[k])
            text = piece.format_map(values)
            if french:
                text = elide(text)
                if k < len(said) and text.endswith(" de ") and texts[k][:1] in _VOWELS:
                    text = text[: -len("de ")] + "d'"
            out.append(text)
            length += len(text)
        self.last = voice
        return Paragraph("".join(out), claims)

    # -- moves: one paragraph each ------------------------------------------------------

    def accuse_direct(self, voice: Voice) -> Paragraph:
        first = Said(cap(self.claim("said", self.figure)), "assert", True)
        if self.rng.random() < 0.2:
            second = Said(self.own_words("assert"), "assert", True, on_matter=False)
            return self.render("direct_two", [first, second], voice)
        return self.render("direct", [first], voice)

    def accuse_reported(self, voice: Voice) -> Paragraph:
        figure = self.figure if self.rng.random() < 0.6 else None
        roll = self.rng.random()
        if roll < 0.2:
            act = self.act(figure)
            text = ("avoir {part} {obj}" if self.lang == "fr" else "{ger} {obj}").format(**act)
            verb = "a accusé" if self.lang == "fr" else "accused"
            return self.render(
                "accuse", [Said(text, "assert", False)], voice, subj=act["subj"], say=verb
            )
        if roll < 0.45:
            act = self.act(figure)
            options = [c for c in CLAIMS[self.lang, "said"] if c.startswith("{Subj}")]
            text = self.pick(options).format(**{**act, "Subj": act["subj"]})
            verb = "selon" if self.lang == "fr" else "according to"
            return self.render("according", [Said(text, "assert", False)], voice, say=verb)
        return self.render(
            "reported", [Said(self.claim("reported", figure), "assert", False)], voice
        )

    def deny_direct(self, voice: Voice) -> Paragraph:
        own = self.pick(CLAIMS[self.lang, "denied"][:1]).format(**self.act())
        said = [Said(own if self.rng.random() < 0.55 else self.own_words("deny"), "deny", True)]
        if self.rng.random() < 0.2:
            other = self.own_words("deny") if said[0].text == own else own
            said.append(Said(other, "deny", True))
            return self.render("direct_two", said, voice)
        return self.render("direct", said, voice)

    def deny_reported(self, voice: Voice) -> Paragraph:
        act = self.act(self.figure if self.rng.random() < 0.3 else None)
        if any(name == act["subj"] for name, _ in voice.first[self.lang]):
            act["subj"] = act["short"] = voice.pronoun[self.lang]  # "rejected claims that it had"
        fr = self.lang == "fr"
        ways = {
            "deny_topic": (act["topic_any"], "a démenti" if fr else "denied"),
            "deny_doing": (("avoir {part} {obj}" if fr else "having {part} {obj}").format(**act),
                           "a nié" if fr else "denied"),
            "deny_alleged": (("{subj} {would} {part} {obj}" if fr else "{subj} had {part} {obj}")
                             .format(**act), "a rejeté" if fr else "rejected"),
            "reported": (CLAIMS[self.lang, "denied"][1].format(**{**act, "Subj": act["subj"]}),
                         ""),
        }  # fmt: skip
        form = self.rng.choice(list(ways))
        text, verb = ways[form]
        if form == "reported" and fr:
            text = text.replace(" n'a jamais", " n'avait jamais").replace(
                " n'ont jamais", " n'avaient jamais"
            )
        elif form == "reported":
            text = text.replace(" has never", " had never").replace(" have never", " had never")
        return self.render(
            form,
            [Said(text, "deny", False)],
            voice,
            say=verb or self.say("deny").replace("a rétorqué", "a assuré"),
        )

    def deny_label(self, voice: Voice) -> Paragraph:
        label = self.pick(DENIAL_LABELS[self.lang])
        verb = "a qualifié" if self.lang == "fr" else "dismissed"
        return self.render("label", [Said(label, "deny", True)], voice, say=verb)

    def hedge(self, voice: Voice) -> Paragraph:
        if self.rng.random() < 0.5:
            return self.render("direct", [Said(cap(self.claim("hedged")), "hedge", True)], voice)
        said = Said(self.claim("hedged_reported"), "hedge", False)
        if self.rng.random() < 0.3:
            verb = "selon" if self.lang == "fr" else "according to"
            return self.render("according", [said], voice, say=verb)
        return self.render("reported", [said], voice)

    def figure_dispute(self, voice: Voice) -> Paragraph:
        figure = self.rng.choice(
            [f for f in (self.m.figure, *self.m.other_figures) if f != self.figure]
        )
        if self.rng.random() < 0.5:
            text = f"{self.number(figure)} {self.m.slots[self.lang]['unit']}"
            verb = "évoque" if self.lang == "fr" else "spoke of"
            return self.render("figure", [Said(text, "assert", False)], voice, say=verb)
        return self.render(
            "reported", [Said(self.claim("reported", figure), "assert", False)], voice
        )

    def again(self, voice: Voice, stance: str) -> Paragraph:
        """A further quotation from the speaker just quoted, who is named by a pronoun."""
        said = Said(self.own_words(stance), stance, True, on_matter=False)
        return self.render("again", [said], voice)

    def narration(self, count: int) -> str:
        """Context sentences nobody is reported as saying."""
        lang = self.lang
        slots = {
            **self.m.slots[lang],
            "a": self.m.slots[lang]["a"],
            "topic": self.act()["topic"],
            "month": MONTHS[lang][self.rng.randrange(12)],
            "year": str(self.day.year - self.rng.randint(1, 6)),
            "pct": str(self.rng.randint(31, 78)),
            "old": self.number(round_figure(self.m.figure * self.rng.uniform(0.2, 0.8))),
            "hours": str(self.rng.choice((12, 24, 48, 72))),
            "days": str(self.rng.randint(2, 15)),
            "experts": str(self.rng.randint(4, 60)),
            "crowd": f"{round_figure(self.rng.uniform(2000, 90000)):,}".replace(
                ",", self.separator if lang == "fr" else ","
            ),
        }
        pool = [pair[lang == "en"] for pair in self.m.kind.background + NARRATION]
        sentences = " ".join(cap(self.pick(pool).format(**slots)) for _ in range(count))
        return elide(sentences) if lang == "fr" else sentences

    def caption(self) -> Paragraph:
        people = [v for v in self.m.accusers + self.m.deniers if v.kind == "person"]
        voice = self.rng.choice(people or self.m.accusers)
        name = next(p for p, comma in voice.first[self.lang] if not comma)
        agency = self.rng.choice(AGENCIES)
        if self.lang == "fr":
            text = f"{cap(name)} lors d'une conférence de presse à {self.m.a.fr_capital}."
            return Paragraph(elide(f"{text} Photo : {agency}"), [])
        text = f"{cap(name)} at a news conference in {self.m.a.en_capital}."
        return Paragraph(f"{text} Photo: {agency}", [])


def _plural(template: str, say: str, lang: str) -> tuple[str, str]:
    """A template and its verb agreed with a plural speaker ("des responsables ont dit")."""
    if lang == "en":
        return template.replace("{Who} has ", "{Who} have "), say
    for singular, plural in (
        ("{Who} a ", "{Who} ont "),
        ("{Who} accuse ", "{Who} accusent "),
        ("évoque pour sa part", "évoquent pour leur part"),
        ("fait état", "font état"),
    ):
        template = template.replace(singular, plural)
    return template, re.sub(r"^a ", "ont ", say)


# --- composing an article -----------------------------------------------------------------


def date_line(style: str, lang: str, day: date, rng: random.Random) -> tuple[str, str | None]:
    """A header line giving the publication date, and the date it gives."""
    iso = day.isoformat()
    month = MONTHS[lang][day.month - 1]
    weekday = WEEKDAYS[lang][day.weekday()]
    hour, minute = rng.randint(6, 22), rng.choice((0, 5, 12, 30, 42, 58))
    if style == "none":
        return "", None
    if style == "month":
        return f"Date : {month} {day.year}", iso[:7]
    short = month[:3] + ("." if len(month) > 4 else "")
    twelve = f"{hour % 12 or 12}:{minute:02d} {'PM' if hour >= 12 else 'AM'}"
    lines = {
        ("fr", "long_time"): f"{day.day} {cap(month) if hour % 2 else month} {day.year} "
                             f"{hour}:{minute:02d} (UTC+01:00)",
        ("fr", "published"): f"Publié le {day:%d/%m/%Y} à {hour}h{minute:02d}",
        ("fr", "dateline"): f"PARIS, le {day:%d/%m/%Y}",
        ("fr", "dotted"): f"{day:%d.%m.%Y} 0 Par admin",
        ("fr", "weekday"): f"Mis à jour le {weekday} {day.day} {month} {day.year}",
        ("fr", "iso"): iso,
        ("en", "us_time"): f"{short} {day.day}, {day.year} {twelve} ET",
        ("en", "published"): f"Published: {month} {day.day}, {day.year}",
        ("en", "uk"): f"{day.day} {month} {day.year}",
        ("en", "weekday"): f"{weekday}, {month} {day.day}, {day.year}",
        ("en", "iso"): f"Updated {iso} {hour:02d}:{minute:02d} GMT",
        ("en", "slash"): f"{day:%m/%d/%Y}",
        ("en", "wire"): f"{day.day} {month} {day.year}",
    }  # fmt: skip
    return lines[lang, style], iso


def headline(w: Writer) -> str:
    m, lang = w.m, w.lang
    denier = next((v for v in reversed(m.deniers) if v.kind == "org"), m.deniers[0])
    denier_name = next(p for p, comma in denier.first[lang] if not comma)
    accuser = m.accusers[0]
    accuser_name = next(p for p, comma in accuser.first[lang] if not comma)
    act = w.act()
    if lang == "fr":
        options = (
            f"{cap(denier_name)} dément {act['topic_any']}",
            f"{cap(accuser_name)} accuse {act['subj']} d'avoir {act['part']} {act['obj_bare']}",
            f"{cap(act['topic'])} : {denier_name} rejette les accusations",
        )
    else:
        options = (
            f"{cap(denier_name)} denies {act['topic_any']}",
            f"{cap(accuser_name)} accuses {act['subj']} of {act['ger']} {act['obj_bare']}",
            f"{cap(denier_name)} rejects claims over {act['topic']}",
        )
    return w.rng.choice(options)


# move -> weight; some articles lean towards the accusation, others towards the denial
MOVES = {
    "accuse_direct": 2.0,
    "accuse_reported": 2.0,
    "deny_direct": 2.0,
    "deny_reported": 2.0,
    "deny_label": 0.6,
    "hedge": 1.4,
    "figure_dispute": 0.7,
    "background": 5.0,
    "caption": 0.3,
}


def _move(w: Writer, name: str) -> Paragraph:
    m, rng = w.m, w.rng
    if name == "background":
        return Paragraph(w.narration(rng.randint(1, 3)), [])
    if name == "caption":
        return w.caption()
    if name.startswith("accuse"):
        voice = rng.choice(m.accusers)
    elif name.startswith("deny"):
        voice = rng.choice(m.deniers)
    elif name == "hedge":
        # Accusers walk their claims back as a story ages; observers hedge all along.
        walk_back = rng.random() < 0.15 + 0.5 * w.progress
        voice = m.accusers[0] if walk_back else rng.choice(m.observers)
    else:
        voice = rng.choice(m.observers + m.accusers[-1:])
    paragraph = getattr(w, name)(voice)
    last = paragraph.claims[-1]
    if (
        last.direct
        and last.stance != "hedge"
        and len(paragraph.claims) == 1
        and rng.random() < 0.12
    ):
        again = w.again(voice, last.stance)
        paragraph = Paragraph(
            f"{paragraph.text} {again.text}",
            paragraph.claims + again.shifted(len(paragraph.text) + 1),
        )
    roll = rng.random()
    if roll < 0.5:
        paragraph.text = f"{paragraph.text} {w.narration(rng.randint(1, 2))}"
    elif roll < 0.6:
        context = w.narration(1) + " "
        paragraph = Paragraph(context + paragraph.text, paragraph.shifted(len(context)))
    return paragraph


def article(seed: int, index: int) -> Article:
    """Article `index` of the corpus of `seed`."""
    rng = random.Random(f"{seed}:article:{index}")
    m = matter(seed, rng.randrange(FIRST_MATTERS + index // ARTICLES_PER_NEW_MATTER))
    lang = "fr" if rng.random() < FRENCH_SHARE else "en"
    outlet = rng.choice([o for o in OUTLETS if o.lang == lang])
    day = m.start + timedelta(days=rng.randint(0, m.span))
    w = Writer(rng, m, lang, outlet, day)
    title = headline(w)
    if rng.random() < 0.1:
        title = title.upper()
    dated, when = date_line(rng.choice(outlet.dates), lang, day, rng)
    journalist = make_person(rng, "french" if lang == "fr" else "anglo").full(lang)
    header = ([outlet.name] if rng.random() < 0.5 else []) + [title]
    header += ([dated] if dated else []) + [("Par " if lang == "fr" else "By ") + journalist]

    weights = dict(MOVES)
    lean = rng.choice(("deny", "accuse", "none"))
    for move in weights:
        if move.startswith(lean):
            weights[move] *= 2
    lead = w.accuse_reported(m.accusers[0]) if lean != "deny" else w.deny_reported(m.deniers[-1])
    body = [lead]
    target = rng.randint(MIN_WORDS + 30, MAX_WORDS - 80)
    words = sum(len(h.split()) for h in header) + len(lead.text.split())
    while words < target:
        body.append(_move(w, rng.choices(list(weights), list(weights.values()))[0]))
        words += len(body[-1].text.split())
    while words > MAX_WORDS - 20 and len(body) > 1:
        words -= len(body.pop().text.split())
    footer = rng.choice(outlet.boilerplate).format(
        other=headline(w),
        agency=rng.choice(AGENCIES),
        journalist=journalist,
        editor=make_person(rng, "anglo").full("en"),
    )

    text = "\n".join(header) + "\n\n"
    claims: list[Claim] = []
    for k, paragraph in enumerate(body):
        if k:
            text += outlet.paragraph
        claims += paragraph.shifted(len(text))
        text += paragraph.text
    text += f"{outlet.paragraph}{footer}\n"
    if outlet.curly:  # one character for one: offsets stay valid
        text = text.replace("'", "’")
    roll = rng.random()
    fmt = "md" if roll < MARKDOWN_SHARE else "html" if roll < MARKDOWN_SHARE + HTML_SHARE else "txt"
    return Article(
        f"{index:06d}_{lang}_{m.kind.key}",
        lang,
        outlet.name,
        title,
        when,
        text,
        tuple(claims),
        m.key,
        fmt,
    )


def articles(seed: int, count: int, start: int = 0) -> Iterator[Article]:
    for index in range(start, start + count):
        yield article(seed, index)


# --- files --------------------------------------------------------------------------------


def _body(a: Article) -> str:
    return a.text.split("\n\n", 1)[-1]


def as_markdown(a: Article) -> str:
    meta = f"*{a.outlet}" + (f" — {a.date}*" if a.date else "*")
    return f"# {a.title}\n\n{meta}\n\n{_body(a)}"


def as_html(a: Article) -> str:
    paragraphs = "\n".join(
        f"<p>{html.escape(p.strip())}</p>" for p in re.split(r"\n+", _body(a)) if p.strip()
    )
    title, outlet = html.escape(a.title), html.escape(a.outlet)
    published = f'<meta property="article:published_time" content="{a.date}">' if a.date else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{a.lang}"><head><meta charset="utf-8">'
        f'<title>{title} | {outlet}</title><meta property="og:site_name" content="{outlet}">'
        f'{published}</head><body><nav><a href="/">Accueil</a> | <a href="/monde">Monde</a>'
        f"</nav><article><h1>{title}</h1>\n{paragraphs}\n</article>"
        f"<footer>© {outlet}</footer></body></html>\n"
    )


FORMATS = ("txt", "md", "html")


def write_article(a: Article, out: Path) -> Path:
    """Write `a` under `out`; an interrupted write leaves no partial article."""
    content = {"txt": a.text, "md": as_markdown(a), "html": as_html(a)}[a.fmt]
    path = out / f"{a.name}.{a.fmt}"
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(content, encoding="utf-8")
    partial.replace(path)
    return path


def write_corpus(out: Path, docs: int, seed: int) -> list[Path]:
    """Articles 0..docs-1 of `seed` as files under `out`; files already there are kept."""
    out.mkdir(parents=True, exist_ok=True)
    existing = {p.name[:6]: p for p in out.iterdir() if p.suffix[1:] in FORMATS}
    paths = []
    for index in range(docs):
        path = existing.get(f"{index:06d}")
        paths.append(path if path is not None else write_article(article(seed, index), out))
    return paths


# --- records, without parsing -------------------------------------------------------------

# Words that decide a stance, as `Statement.cues` marks them.
CUE_WORDS = {
    "fr": (("negation", r"\bn['’]|\bne\b|\bjamais\b|\baucune?\b|\bpas\b"),
           ("deny_verb", r"\bdémenti\b|\bnié\b|\brejeté\b"),
           ("hedge", r"\bpourrai(?:en)?t\b|\bpossible\b|\bencore\b")),
    "en": (("negation", r"\bnever\b|\bno\b|\bnot\b|\bany\b"),
           ("deny_verb", r"\bdenied\b|\brejected\b"),
           ("hedge", r"\bmay\b|\bpossible\b|\byet\b")),
}  # fmt: skip
_STOP_WORDS = """
avec dans pour sans sous vers selon leur leurs nous vous elle elles ils cette ces plus moins très
tout toute tous toutes avoir être était avait sont have has had that this these those with from
into they their them been were which would could about
"""
STOP_WORDS = frozenset(_STOP_WORDS.split())
_WORD = re.compile(r"\w[\w'’-]*")


def _cues(text: str, c: Claim, lang: str) -> list[Cue]:
    span = text[c.start : c.end]
    return [
        Cue(c.start + hit.start(), c.start + hit.end(), hit.group(), kind)
        for kind, pattern in CUE_WORDS[lang]
        for hit in re.finditer(pattern, span, re.IGNORECASE)
    ]


def _terms(span: str) -> list[str]:
    words = {w.lower() for w in _WORD.findall(span)}
    return sorted(w for w in words if len(w) > 3 and w not in STOP_WORDS and not w.isdigit())


def records(a: Article, folder: str) -> tuple[Document, list[Statement]]:
    """The document and statements that an exact extraction of `a` would store."""
    digest = short_hash(a.text, length=64)
    doc = Document(
        id=digest[:16],
        file=f"{a.name}.txt",
        path=f"{folder}/{a.name}.txt",
        title=a.title,
        outlet=a.outlet,
        date=a.date,
        lang=a.lang,
        text=a.text,
        sha256=digest,
        ingested_at=INGESTED_AT,
    )
    statements = [
        Statement(
            id=Statement.make_id(doc.id, c.start, c.end),
            doc=doc.id,
            start=c.start,
            end=c.end,
            text=a.text[c.start : c.end],
            speaker=c.speaker,
            stance=c.stance,
            direct=c.direct,
            cue=c.cue,
            cues=_cues(a.text, c, a.lang),
            speaker_mention=c.mention,
            speaker_kind=c.speaker_kind,
            terms=_terms(a.text[c.start : c.end]),
            lang=a.lang,
        )
        for c in a.claims
    ]
    return doc, statements


def synthesize(
    statements: int | None = None, *, seed: int = 0, documents: int | None = None
) -> Iterator[tuple[Document, list[Statement]]]:
    """Documents with their statements until `statements` (or `documents`) are reached."""
    if statements is None and documents is None:
        raise ValueError("give a number of statements or of documents")
    folder = f"/synthetic/seed-{seed}"
    count = 0
    for index in range(documents if documents is not None else sys.maxsize):
        if statements is not None and count >= statements:
            return
        doc, found = records(article(seed, index), folder)
        if statements is not None:
            found = found[: statements - count]
        count += len(found)
        yield doc, found


def speakers_of(statements: Sequence[Statement]) -> list[Speaker]:
    """One speaker per canonical name, with every way it was written as aliases."""
    aliases: dict[str, set[str]] = {}
    kinds: dict[str, str | None] = {}
    pronouns = {"il", "elle", "ils", "elles", "he", "she", "it", "they"}
    for st in statements:
        if st.speaker is None:
            continue
        names = aliases.setdefault(st.speaker, set())
        kinds[st.speaker] = st.speaker_kind
        if st.speaker_mention and st.speaker_mention.lower() not in pronouns:
            names.add(st.speaker_mention)
    return [
        Speaker(short_hash(name), name, sorted(names - {name}), kinds[name])
        for name, names in sorted(aliases.items())
    ]


@dataclass(frozen=True, slots=True)
class BuiltStore:
    documents: int
    statements: int
    speakers: int
    bytes: int


def build_store(
    path: str | Path, statements: int = 1_000_000, *, seed: int = 0, documents: int | None = None
) -> BuiltStore:
    """Write a dementi database of synthetic records at `path` (which must not exist yet).

    The tables are written in one go through the store's own atomic writer:
    adding documents one by one through `Store.put_document` looks each
    path up among all documents, which is quadratic at this size.
    """
    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    limit = None if documents is not None else statements
    tables = new_tables()
    docs = tables.setdefault("documents", {})
    rows = tables.setdefault("statements", {})
    everything: list[Statement] = []
    for doc, found in synthesize(limit, seed=seed, documents=documents):
        docs[doc.id] = doc.to_dict()
        for st in found:
            rows[st.id] = st.to_dict()
        everything.extend(
            Statement(
                st.id,
                st.doc,
                0,
                0,
                "",
                st.speaker,
                st.stance,
                st.direct,
                "",
                speaker_mention=st.speaker_mention,
                speaker_kind=st.speaker_kind,
            )
            for st in found
        )
    people = speakers_of(everything)
    tables["speakers"] = {s.id: s.to_dict() for s in people}
    payload = orjson.dumps(tables)
    write_atomically(path, payload)
    return BuiltStore(len(docs), len(rows), len(people), len(payload))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.generate",
        description="Write synthetic French and English news articles (.txt, some .md/.html).",
    )
    parser.add_argument("--docs", type=int, required=True, help="number of articles")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, required=True, help="folder to write them to")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    words = claims = 0
    for a in articles(args.seed, args.docs):
        write_article(a, args.out)
        words += a.words
        claims += len(a.claims)
    print(f"{args.docs} articles, {words} words, {claims} claims in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
