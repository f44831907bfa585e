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
