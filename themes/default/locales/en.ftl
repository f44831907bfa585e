# The default theme's words in English. Each language's file has the same messages;
# a site's theme may override any of them in themes/<name>/locales/<lang>.ftl.

## Dates: `date-day` and `date-month` receive $day, $year, $m (the month's number),
## $month (its name) and $month-of (its name inside a date, where a language inflects it).
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-of-1 = January
month-of-2 = February
month-of-3 = March
month-of-4 = April
month-of-5 = May
month-of-6 = June
month-of-7 = July
month-of-8 = August
month-of-9 = September
month-of-10 = October
month-of-11 = November
month-of-12 = December
date-day = { $day } { $month-of } { $year }
date-month = { $month } { $year }
date-about = on or about { $date }
date-by = by { $date }
date-not-before = not before { $date }

## Languages, by their names in this language.
language-ar = Arabic
language-en = English
language-es = Spanish
language-fr = French
language-ru = Russian
language-zh = Chinese

## Every page.
skip = Skip to content
nav-main = Main
nav-pages = Pages
nav-languages = Languages
nav-members = Members
nav-council = Council
nav-working-groups = Working groups
nav-guidelines = Guidelines
nav-elections = Elections
nav-news = News
nav-about = About
preview-drafts = Preview with drafts: draft guideline versions are shown.
footer-records = Records as of { $date_html }. Every record on this site names its source.
footer-open-data = Open data:
footer-members-json = members (JSON)
footer-members-csv = members (CSV)
footer-region-changes = region changes (CSV)
footer-council-json = council (JSON)
footer-resolutions-json = resolutions (JSON)
footer-elections-json = elections (JSON)
footer-votes-json = votes (JSON)
footer-atom = Atom feed
footer-translations = Translations

## Texts that are not (or no longer) translated.
notice-original-only = This text is available only in { $language }.
notice-outdated = The { $language } original has changed since this translation was made: it may be out of date.
notice-read-original = Read the original

## /translations/
translations-title = Translations
translations-intro = The texts of this site are written in { $language }. For each other language, this page shows which texts are translated, which translations are out of date because their original has changed since, and which are missing: a page without a translation shows the original, with a notice.
translations-caption = Texts translated, by language
translations-language = Language
translations-translated = Translated
translations-up-to-date = Up to date
translations-out-of-date = Out of date
translations-missing = Missing
translations-of = { $n } of { $total }
translations-data = The same, file by file, as open data:
translations-hashes = translates { $translates }, the original is now { $now }
translations-none = None.
