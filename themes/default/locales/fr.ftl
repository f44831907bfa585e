# Les mots du thème par défaut, en français.

## Dates
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
month-of-1 = janvier
month-of-2 = février
month-of-3 = mars
month-of-4 = avril
month-of-5 = mai
month-of-6 = juin
month-of-7 = juillet
month-of-8 = août
month-of-9 = septembre
month-of-10 = octobre
month-of-11 = novembre
month-of-12 = décembre
date-day = { $day ->
    [1] 1er
   *[other] { $day }
} { $month-of } { $year }
date-month = { $month } { $year }
date-month-of = { $month-of } { $year }
date-about = { $precision ->
    [month] vers { $date }
   *[other] vers le { $date }
}
date-by = { $precision ->
    [month] au plus tard en { $date }
   *[other] au plus tard le { $date }
}
date-not-before = { $precision ->
    [month] pas avant { $date }
   *[other] pas avant le { $date }
}

## Langues
language-ar = arabe
language-en = anglais
language-es = espagnol
language-fr = français
language-ru = russe
language-zh = chinois

## Toutes les pages
skip = Aller au contenu
nav-main = Navigation principale
nav-pages = Pages
nav-languages = Langues
nav-members = Membres
nav-council = Conseil
nav-working-groups = Groupes de travail
nav-guidelines = Lignes directrices
nav-elections = Élections
nav-news = Actualités
nav-about = À propos
preview-drafts = Aperçu avec brouillons : les versions provisoires des lignes directrices sont affichées.
footer-records = Données au { $date_html }. Chaque donnée de ce site indique sa source.
footer-open-data = Données ouvertes :
footer-members-json = membres (JSON)
footer-members-csv = membres (CSV)
footer-region-changes = changements de région (CSV)
footer-council-json = Conseil (JSON)
footer-resolutions-json = résolutions (JSON)
footer-elections-json = élections (JSON)
footer-votes-json = votes (JSON)
footer-atom = Flux Atom
footer-translations = Traductions

## Textes non traduits
notice-original-only = Ce texte n’est disponible qu’en { $language }.
notice-outdated = L’original en { $language } a changé depuis cette traduction : elle n’est peut-être plus à jour.
notice-read-original = Lire l’original

## /translations/
translations-title = Traductions
translations-intro = Les textes de ce site sont rédigés en { $language }. Pour chaque autre langue, cette page indique quels textes sont traduits, quelles traductions sont périmées parce que leur original a changé depuis, et lesquelles manquent : une page non traduite affiche l’original, avec un avertissement.
translations-caption = Textes traduits, par langue
translations-language = Langue
translations-translated = Traduits
translations-up-to-date = À jour
translations-out-of-date = Périmées
translations-missing = Manquantes
translations-of = { $n } sur { $total }
translations-data = Les mêmes informations, fichier par fichier, en données ouvertes :
translations-hashes = traduit { $translates }, l’original est maintenant { $now }
translations-none = Aucune.

## Titres des pages du thème
title-members = Membres
title-members-by-region = Membres par région
title-members-former = Anciens membres
title-members-growth = Évolution du nombre de membres
title-applications = Demandes d’adhésion
title-council = Conseil
title-meetings = Réunions du Conseil
title-resolutions = Décisions et résolutions du Conseil
title-elections = Élections
title-votes = Votes des membres
title-working-groups = Groupes de travail
title-guidelines = Lignes directrices
title-news = Actualités
title-not-found = Page introuvable
title-version = { $title } — version { $version }
title-version-marked = { $title_html } — version { $version }
title-changes = Modifications de la version { $version } — { $title }
title-news-page = Actualités — page { $n } sur { $total }

## Les régions de la ccNSO
region-africa = Afrique
region-asia-pacific = Asie/Australie/Pacifique
region-europe = Europe
region-latin-america = Amérique latine/Caraïbes
region-north-america = Amérique du Nord

## Mots de plusieurs pages
source = Source :
how-we-know = Comment nous le savons :
not-documented = non documenté
none = Aucun.
draft = projet
all-news = Toutes les actualités
no-news = Aucune actualité pour le moment.
col-region = Région
col-members = Membres
col-cctld = ccTLD
col-country = Pays ou territoire
col-manager = Gestionnaire
col-ccnso-region = Région ccNSO
col-joined = Adhésion
col-guideline = Ligne directrice
col-current-version = Version en vigueur
col-adopted = Adoptée
councillors = Conseillers
link-growth = l’évolution du nombre de membres
link-the-council = Le Conseil
link-meetings = réunions
link-resolutions = résolutions
link-votes = votes
link-applications = demandes d’adhésion
link-applications-short = demandes d’adhésion
link-members-by-region = les membres par région
link-former = les anciens membres
link-self-selection = procédure d’auto-sélection
link-home = page d’accueil
link-members = membres
link-guidelines = lignes directrices
page-of = page { $n } sur { $total }

## Page d’accueil
home-lead = La maison des gestionnaires de domaines de premier niveau géographiques au sein de l’ICANN.
home-glance = En bref, au { $date_html }
home-members = { $count_html } { $n ->
    [one] membre { $partial ->
        [true] documenté
       *[other] répertorié
    }
   *[other] membres { $partial ->
        [true] documentés
       *[other] répertoriés
    }
}
home-seats = { $count_html } sièges du Conseil sur 18 { $partial ->
    [true] documentés comme pourvus
   *[other] pourvus
}
home-groups = { $count_html } { $n ->
    [one] groupe de travail actif
   *[other] groupes de travail actifs
}
home-guidelines = { $count_html } { $n ->
    [one] ligne directrice
   *[other] lignes directrices
}
home-by-region = Membres { $partial ->
    [true] documentés
   *[other] répertoriés
}, par région ccNSO
home-latest = Dernières actualités
home-explore = Explorer
home-explore-members = { $by_region_html } et { $growth_html }
home-explore-council = { $council_html } : 18 sièges, trois pour chaque région et trois pour le comité de nomination ; ses { $meetings_html } et ses { $resolutions_html }
home-explore-elections = { $elections_html } et { $votes_html } des membres ; { $applications_html }
home-explore-guidelines = { $guidelines_html }, avec l’historique de leurs versions

## Membres
members-intro = { $n } { $n ->
    [one] membre actuel{ $partial ->
        [true] {" "}documenté
       *[other] {""}
    }
   *[other] membres actuels{ $partial ->
        [true] {" "}documentés
       *[other] {""}
    }
} au { $date_html }, par ordre alphabétique de pays ou territoire.
members-see-also = Voir aussi { $by_region_html }, { $former_html }, { $growth_html } et les { $applications_html }.
members-current = Membres actuels
members-none = Aucun membre actuel n’est enregistré.
by-region-intro = { $n } { $n ->
    [one] membre actuel{ $partial ->
        [true] {" "}documenté
       *[other] {""}
    }
   *[other] membres actuels{ $partial ->
        [true] {" "}documentés
       *[other] {""}
    }
} au { $date_html }, regroupés par région ccNSO : la région de l’ICANN pour le territoire, ou celle qu’un membre a choisie selon la { $procedure_html }.
members-in = Membres en { $region }
members-current-in = Membres actuels en { $region }
members-none-in-region = Aucun membre actuel n’est enregistré dans cette région.
about-region = À propos de la région
region-seats = Les trois sièges de la région au { $council_html } au { $date_html } :
term-ends = fin du mandat : { $date_html }
seats-vacant = { $n ->
    [one] { $n } siège vacant ou non documenté
   *[other] { $n } sièges vacants ou non documentés
}

## Actualités
news-pages = Pages d’actualités
newer = Plus récentes
older = Plus anciennes
subscribe = S’abonner au flux Atom

## Lignes directrices et groupes de travail
guidelines-intro = Les lignes directrices et procédures de la ccNSO, chacune avec sa version en vigueur et son historique.
guidelines-caption = Lignes directrices et leurs versions en vigueur
guidelines-none = Aucune ligne directrice n’est enregistrée.
none-adopted = aucune adoptée
groups-intro = Au { $date_html } : { $active } actifs, { $closed } clos.
groups-active = Actifs
groups-closed = Clos
groups-future = Créés après le { $date }
group-created = créé le { $date_html }
group-closed = clos le { $date_html }

## Page introuvable
not-found-text = Il n’y a pas de page à cette adresse. Essayez la { $home_html }, les { $members_html } ou les { $guidelines_html }.

## Pages des membres et Conseil
member-status-on = Statut au { $date_html }
member-status-current = membre actuel
member-status-former = ancien membre
member-status-future = pas encore membre
member-manager = Gestionnaire du ccTLD
member-icann-region = Région de l’ICANN
member-icann-region-basis = { $region } (attribuée sur la base de { $basis })
basis-un-statistics = la classification statistique de l’ONU
basis-citizenship = la nationalité
col-left = Départ
col-reason = Motif
col-requested = Demandé
col-to = Vers
col-decided = Décidé
col-outcome = Issue
col-extraordinary = Extraordinaire
col-resolution = Résolution
left-resignation = démission
left-administrative = radiation administrative
outcome-approved = approuvée
outcome-rejected = rejetée
outcome-pending = en attente
yes = oui
no = non
not-yet = pas encore
member-website = Site web
member-councillors = Conseillers issus de ce ccTLD
member-region-history = Historique des régions
member-change-requests = Demandes de changement de région
member-no-change = Aucune demande de changement de région n’est enregistrée : le membre relève de la région de l’ICANN de son territoire.
former-caption = Membres dont l’adhésion a pris fin au plus tard le { $date_html }
former-none = Aucun ancien membre n’est enregistré.
council-intro = Le Conseil au { $date_html } : { $held } sièges sur { $total } { $partial ->
    [true] documentés comme pourvus (un siège qu’aucune source ne documente est indiqué « non documenté »)
   *[other] pourvus
}. Chacune des cinq régions dispose de trois sièges et le comité de nomination de l’ICANN en pourvoit trois ; les mandats sont échelonnés. Ses décisions : { $meetings_html } et { $resolutions_html }.
seat-africa = Afrique
seat-asia-pacific = Asie/Australie/Pacifique
seat-europe = Europe
seat-latin-america = Amérique latine/Caraïbes
seat-north-america = Amérique du Nord
seat-nomcom = Comité de nomination
no-end-date = aucune date de fin enregistrée
elected-in = élu lors de { $election_html }
source-and-how = Source et comment nous le savons
seat-not-documented = Non documenté
seat-vacant = Vacant

## Lignes directrices et leurs versions
version-in-force = Version { $version }, en vigueur
since = depuis le { $date_html }
adopted-on = adoptée le { $date_html }
adopted-by = par { $body }
permalink = Lien permanent vers cette version
no-version-adopted = Aucune version n’a encore été adoptée.
version-history = Historique des versions
no-published-version = Aucune version publiée.
banner-draft = PROJET
banner-draft-text = la version { $version } est une proposition à l’examen, qui n’est pas en vigueur.
banner-in-force = La version en vigueur est la { $version_html }.
banner-superseded = Remplacée
banner-superseded-text = cette version n’est plus en vigueur.
banner-current = La version en vigueur est la { $version_html }.
version-text-of = Version { $version }, texte du { $date_html }
resolution-n = résolution { $id }
all-versions = Toutes les versions
changes-from-previous = modifications par rapport à la version précédente

## Décisions et élections : les listes
link-all-resolutions = toutes les résolutions par année
link-the-council-lower = le Conseil
link-the-meetings = les réunions
link-the-votes = les votes des membres
none-recorded = aucune enregistrée
col-meeting = Réunion
col-date = Date
col-kind = Type
col-place = Lieu
col-resolutions = Résolutions
col-title = Titre
col-acts-on = Porte sur
col-applicant = Demandeur
col-received = Reçue
col-iana-check = Vérification de l’IANA
col-days-pending = Jours d’attente
col-election = Élection
col-call = Appel
col-office = Fonction
col-electorate = Corps électoral
col-seats = Sièges
col-elected = Élus
col-vote = Vote
col-closed = Clos
col-turnout = Participation
col-for = Pour
col-threshold = Seuil
meetings-intro = Les réunions, conférences téléphoniques et décisions en ligne du Conseil de la ccNSO enregistrées sur ce site, des plus récentes aux plus anciennes. Voir aussi { $resolutions_html } et { $council_html }.
meetings-caption = Réunions du Conseil, des plus récentes aux plus anciennes
meetings-none = Aucune réunion du Conseil n’est enregistrée.
resolutions-intro = { $n ->
    [one] { $n } résolution
   *[other] { $n } résolutions
} du Conseil de la ccNSO, par année, des plus récentes aux plus anciennes. Chacune renvoie à sa place dans le compte rendu de sa réunion ; voir aussi { $meetings_html }.
resolutions-of = Résolutions de { $year }
resolutions-none = Aucune résolution n’est enregistrée.
applications-intro = Un gestionnaire de ccTLD dépose une demande ; l’IANA confirme que le demandeur gère le ccTLD ; le Conseil décide. Demandes reçues au plus tard le { $date_html }, dans la mesure où elles sont enregistrées ici.
applications-pending = En attente
applications-decided = Tranchées
applications-pending-caption = Demandes en attente de la décision du Conseil, les plus anciennes d’abord
applications-decided-caption = Demandes tranchées ou retirées, des plus récentes aux plus anciennes
applications-none-pending = Aucune demande n’est en attente.
applications-none-decided = Aucune demande tranchée n’est enregistrée.
elections-intro = Élections des membres, des plus récentes aux plus anciennes : sièges du Conseil (chaque année, un conseiller par région quitte son siège, puis la région ouvre une période de candidatures), sièges de la ccNSO au Conseil d’administration de l’ICANN, et autres. Les candidats sont présentés par deux membres ; chaque membre dispose d’une voix. Voir aussi { $votes_html }.
elections-caption = Élections, des plus récentes aux plus anciennes
elections-none = Aucune élection n’est enregistrée.
votes-intro = Votes des membres sur des propositions : une proposition est adoptée lorsque suffisamment de membres participent (le quorum) et qu’une part suffisante des voix exprimées pour ou contre est favorable (le seuil). 10 % des membres peuvent demander un vote par pétition.
votes-caption = Votes, des plus récents aux plus anciens
votes-none = Aucun vote n’est enregistré.

## Un groupe de travail
group-status-active = actif
group-status-closed = clos
group-status-not-yet-created = pas encore créé
col-created = Création
col-closed-on = Clôture
col-chair = Présidence
col-joint-with = Conjoint avec
col-participants = Membres participants
charter = Charte

## Un conseiller
councillor-terms = Mandats au Conseil
councillor-roles = Fonctions
term-from = début : { $date_html }
term-to = fin : { $date_html }
role-chair = président
role-vice-chair = vice-président
stood-elected = élu
stood-not-elected = non élu
stood-undocumented = candidat ; le résultat n’est pas documenté
meeting-of = Réunion { $number } du { $date }
attended-present = présent
attended-apologies = excusé

## Listes et nombres
punct-colon = {" : "}
punct-semicolon = {" ; "}
punct-stop = .
punct-stop-space = {". "}
list-comma = {", "}
decimal-separator = ,
from-to = du { $from_html } au { $to_html }
days = { $n ->
    [one] { $n } jour
   *[other] { $n } jours
}
source-link = source

## Une réunion
kind-meeting = réunion
kind-call = conférence téléphonique
kind-online = décision en ligne
meeting-title = { $kind ->
    [call] Conférence téléphonique du Conseil n° { $number }
    [online] Décision en ligne du Conseil n° { $number }
   *[meeting] Réunion du Conseil n° { $number }
}
meeting-round-opened = { $date_html } : ouverture de la consultation
meeting-objections-until = Objections jusqu’au
meeting-objections = { $date_html } : la décision est réputée prise si aucun conseiller ne s’y oppose d’ici là
meeting-present = Présents
meeting-apologies = Excusés
meeting-quorum = Quorum
meeting-attendance-not-documented = La présence n’est pas documentée
meeting-quorum-unknown = inconnu : la présence n’est pas documentée
meeting-quorum-count = { $present } conseillers en fonction présents sur { $held } : { $quorate ->
    [true] quorum atteint
   *[other] quorum non atteint (plus de la moitié doit être présente)
}
resolution-heading = Résolution { $id } : { $title_html }
resolution-cap = Résolution { $id }
acts-on = Porte sur { $what_html }.
acts-on-application = la demande d’adhésion de .{ $name_html }
acts-on-version = { $name_html }, version { $version }
acts-on-member = l’adhésion de .{ $name_html }
meeting-no-resolution = { $kind ->
    [call] Aucune résolution n’est enregistrée pour cette conférence téléphonique.
    [online] Aucune résolution n’est enregistrée pour cette décision en ligne.
   *[meeting] Aucune résolution n’est enregistrée pour cette réunion.
}
meeting-actions = Actions à mener
action-open = en cours
action-completed = terminée
meeting-no-action = Aucune action à mener n’est enregistrée.
meeting-minutes = Compte rendu
link-all-meetings = Toutes les réunions
link-all-resolutions-lower = toutes les résolutions
application-received = Reçue le { $date_html }

## Une élection
electorate-all = tous les membres
electorate-region = les membres de la région { $region }
office-council = Conseil
office-board = Conseil d’administration
office-other = autre
election-office-seats = { $office }, { $seats ->
    [one] { $seats } siège
   *[other] { $seats } sièges
}
election-call = Appel à candidatures
election-nominations-close = Clôture des candidatures
election-ballot-closes = Clôture du scrutin
election-term-from = Début du mandat
election-method = Mode de scrutin
method-stv = vote unique transférable (méthode de Meek)
method-majority = majorité des voix exprimées
method-plurality = majorité relative
result-none = aucune candidature enregistrée pour l’instant
result-unopposed = élu sans opposition
result-undocumented = résultat non documenté
result-missing = aucun vote enregistré
result-vote = élu par vote
election-nominations = Candidatures
election-nominations-caption = Candidats, leurs parrains et les membres qui les appuient
col-candidate = Candidat
col-nominated = Présenté le
col-nominated-by = Présenté par
col-seconded-by = Appuyé par
col-status = Statut
self-nominated = candidature propre
nomination-accepted = acceptée
nomination-declined = déclinée
election-the-vote = Le vote
election-round = Tour { $n }, clos le { $date } : { $ballots } bulletins pour { $electorate } membres (participation { $turnout }), { $quorate ->
    [true] quorum atteint
   *[other] quorum non atteint
}{ $abstentions ->
    [0] {""}
    [one] , { $abstentions } abstention
   *[other] , { $abstentions } abstentions
}
col-votes = Voix
col-share = Part des voix exprimées
col-share-short = Part
elected-mark = (élu)
election-tie = Égalité pour le dernier siège : { $names }.
election-count = Le dépouillement
election-count-intro = { $ballots } bulletins pour { $electorate } membres (participation { $turnout }), dépouillés selon la méthode de Meek : à chaque tour, chaque candidat élu ne garde que le quota et transmet le reste de chaque bulletin au choix suivant ; quand personne n’atteint le quota, le candidat qui a le moins de voix est éliminé.
election-count-caption = Le dépouillement tour par tour (voix à six décimales)
col-round = Tour { $n }
stv-elected = élu
stv-excluded = éliminé
stv-quota = Quota
stv-exhausted = Épuisées
stv-chart-title = Le dépouillement tour par tour
stv-chart-summary = Voix de chaque candidat à chacun des { $n } tours, avec le quota en pointillés ; le tableau donne les chiffres.
stv-axis-round = Tour
stv-chart-caption = Chaque ligne représente les voix d’un candidat ; la ligne en pointillés est le quota.
stv-action-quota = { $names } : élu, quota atteint
stv-action-fewest = { $names } : éliminé, le moins de voix
stv-action-fewest-tie = { $names } : éliminé, le moins de voix (égalité départagée selon les règles)
stv-action-remaining = { $names } : élu, autant de candidats restants que de sièges à pourvoir
stv-action-no-seat = { $names } : éliminé, plus aucun siège à pourvoir
link-all-elections = Toutes les élections

## Un vote
vote-electorate = { $electorate_html } : { $n ->
    [one] { $n } membre
   *[other] { $n } membres
} au { $date_html }
vote-voting = Scrutin
vote-turnout = { $ballots ->
    [one] { $ballots } bulletin
   *[other] { $ballots } bulletins
} ({ $turnout }) ; quorum { $quorum } : { $met ->
    [true] atteint
   *[other] non atteint
}
vote-result = Résultat
vote-result-text = { $yes } pour, { $no } contre{ $abstentions ->
    [0] {""}
    [one] , { $abstentions } abstention
   *[other] , { $abstentions } abstentions
} : { $share } pour, seuil { $threshold }
outcome-passed = adoptée
outcome-failed = rejetée
vote-petitioned-by = Demandé par pétition de
vote-proposal = La proposition
link-all-votes = Tous les votes

## Évolution du nombre de membres
growth-intro-from = Le nombre de membres le premier jour de chaque mois, du { $from_html } au { $to_html }, par région de la ccNSO. Seuls les membres dont la date d’adhésion est enregistrée sont comptés.
growth-intro = Le nombre de membres le premier jour de chaque mois jusqu’au { $to_html }, par région de la ccNSO. Seuls les membres dont la date d’adhésion est enregistrée sont comptés.
growth-chart-title = Membres par région de la ccNSO au fil du temps
growth-summary = Membres dont la date d’adhésion est enregistrée : { $first_count } le { $first }, { $last_count } le { $last }.
growth-none = Aucun membre n’avait adhéré à cette date.
growth-table-below = Le tableau ci-dessous donne les chiffres par année.
growth-reported-legend = Membres annoncés par la ccNSO (tous les membres, pas seulement ceux listés ici)
growth-caption = Membres à la dernière date comptée de chaque année
col-year = Année
col-counted-on = Compté le
col-total = Total
growth-reported = Chiffres annoncés par la ccNSO
growth-reported-intro = Le graphique compte les membres que ce site recense. L’organisation a elle-même annoncé ces totaux ; l’écart entre les deux correspond aux membres dont l’adhésion n’est pas documentée ici.
growth-reported-count = { $total_html } { $n ->
    [one] membre
   *[other] membres
} { $month ->
    [true] en
   *[other] le
} { $date_html }

## Versions et modifications
col-version = Version
col-date-of-text = Date du texte
col-effective = En vigueur le
col-summary = Résumé
col-changes = Modifications
status-draft = projet
status-adopted = adoptée
status-current = en vigueur
status-superseded = remplacée
not-adopted = non adoptée
version-n = Version { $version }
version-n-lower = version { $version }
all-versions-lower = toutes les versions
changes-in = Modifications de la version { $version }
changes-compared = Les versions comparées
changes-none = Aucune modification : les textes des versions { $from } et { $to } sont identiques.
changes-counts = { $added_html } { $added ->
    [one] mot ajouté
   *[other] mots ajoutés
}, { $removed_html } { $removed ->
    [one] mot supprimé
   *[other] mots supprimés
}, dans { $clauses ->
    [one] { $clauses } article
   *[other] { $clauses } articles
} :
clause-changed = modifié
clause-added = ajouté
clause-removed = supprimé
clause-moved = déplacé
changes-side-by-side-link = Vue côte à côte
changes-redline = Texte comparé
changes-key = Le texte inséré est { $underlined_html } ; le texte supprimé est { $struck_html }. Les blocs modifiés sont signalés dans la marge.
changes-underlined = souligné
changes-struck = barré
changes-table = Tableau modifié
vh-inserted = {"[inséré : "}
vh-deleted = {"[supprimé : "}
moved-here-from = Déplacé ici depuis { $clause } :
moved-to = Déplacé vers { $clause } :
row-added = Ligne ajoutée :
row-removed = Ligne supprimée :
block-added = Ajouté :
block-removed = Supprimé :
moved-from = déplacé depuis { $clause }
moved-to-short = déplacé vers { $clause }
changes-side-by-side = Côte à côte
changes-show-side-by-side = Afficher les deux versions côte à côte
changes-sbs-caption = Version { $from } et version { $to }, bloc par bloc

## Descriptions des pages (moteurs de recherche et aperçus de liens)
electorate-of-africa = les membres de la région Afrique
electorate-of-asia-pacific = les membres de la région Asie/Australie/Pacifique
electorate-of-europe = les membres de la région Europe
electorate-of-latin-america = les membres de la région Amérique latine/Caraïbes
electorate-of-north-america = les membres de la région Amérique du Nord
desc-not-found = Il n’y a pas de page à cette adresse.
desc-home = { $title } : { $members ->
    [one] { $members } membre
   *[other] { $members } membres
} et { $held } sièges du Conseil sur { $seats } pourvus au { $as_of } ; ses groupes de travail, lignes directrices et actualités.
desc-members = { $n ->
    [one] Le membre actuel
   *[other] Les { $n } membres actuels
} au { $as_of }, par ordre alphabétique des pays.
desc-by-region = { $n ->
    [one] Le membre actuel
   *[other] Les { $n } membres actuels
} au { $as_of }, par région de la ccNSO.
desc-former = { $n ->
    [one] { $n } ancien membre parti
   *[other] { $n } anciens membres partis
} au plus tard le { $as_of }, avec leurs dates d’adhésion et de départ.
desc-growth = L’évolution du nombre de membres, par région de la ccNSO, jusqu’au { $as_of }.
desc-member = { $label }, { $country } : { $status } au { $as_of }, région de la ccNSO { $region }.
desc-region = { $region } : { $n ->
    [one] son membre
   *[other] ses { $n } membres
} et ses sièges au Conseil au { $as_of }.
desc-council = Le Conseil au { $as_of } : { $held } sièges pourvus sur { $total }, siège par siège, avec les fonctions et les fins de mandat.
desc-councillor = { $title } : conseiller de la ccNSO, { $terms ->
    [one] son mandat
   *[other] ses { $terms } mandats
} et les réunions auxquelles il a assisté.
desc-groups = Groupes de travail au { $as_of } : { $active } actifs, { $closed } clos.
desc-group = { $name } : un groupe de travail, créé le { $created }.
desc-guidelines = { $n ->
    [one] { $n } ligne directrice
   *[other] { $n } lignes directrices
}, avec leurs versions en vigueur et leurs dates d’adoption.
desc-guideline = { $title } : le texte en vigueur (version { $version }) et l’historique de ses versions.
desc-guideline-none = { $title } : ses versions ; aucune n’est encore adoptée.
desc-version = { $title }, texte du { $date }.
desc-version-summary = { $title }, texte du { $date } : { $summary }.
desc-changes = Ce qui a changé de la version { $from } à la version { $to } : { $added } mots ajoutés, { $removed } supprimés.
desc-page = { $title } : une page du site.
desc-news-item = { $title } : une annonce du { $date }.
desc-news-list = Annonces, des plus récentes aux plus anciennes (page { $page } sur { $pages }).
desc-applications = Demandes d’adhésion au { $as_of } : { $pending } en attente, { $decided } tranchées.
desc-meetings = { $n ->
    [one] La réunion
   *[other] Les { $n } réunions
} du Conseil, des plus récentes aux plus anciennes, avec leurs résolutions.
desc-meeting = { $title } : { $kind } du Conseil du { $date }, avec { $n ->
    [0] aucune résolution
    [one] { $n } résolution
   *[other] { $n } résolutions
}.
desc-resolutions = { $n ->
    [one] La résolution
   *[other] Les { $n } résolutions
} du Conseil par année, des plus récentes aux plus anciennes.
desc-elections = { $n ->
    [one] { $n } élection
   *[other] { $n } élections
} des membres, des plus récentes aux plus anciennes, avec les élus.
desc-election = { $title } : { $electorate }, { $seats ->
    [one] { $seats } siège
   *[other] { $seats } sièges
}, { $result }.
desc-translations = Où en est la traduction du site ({ $languages }) : textes traduits, à jour, obsolètes et manquants.
desc-votes = { $n ->
    [one] { $n } vote
   *[other] { $n } votes
} des membres, avec la participation, le quorum et le résultat.
desc-vote = { $title } : vote (corps électoral : { $electorate }), proposition { $outcome } ({ $yes } pour, { $no } contre).

feed-adopted = Adoptée : { $title }, version { $version }
feed-adopted-on = La version { $version } de « { $title } » a été adoptée le { $date }.
feed-adopted-by = La version { $version } de « { $title } » a été adoptée le { $date } par { $by }.
feed-resolution = Résolution { $id } : { $title }
feed-resolution-on = Le Conseil a statué sur { $subject }.
feed-resolution-of = Une résolution de la réunion du Conseil n° { $number }.
