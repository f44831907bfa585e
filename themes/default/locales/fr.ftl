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
date-about = vers le { $date }
date-by = au plus tard le { $date }
date-not-before = pas avant le { $date }

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
