# Las palabras del tema predeterminado, en español.

## Fechas
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
month-of-1 = enero
month-of-2 = febrero
month-of-3 = marzo
month-of-4 = abril
month-of-5 = mayo
month-of-6 = junio
month-of-7 = julio
month-of-8 = agosto
month-of-9 = septiembre
month-of-10 = octubre
month-of-11 = noviembre
month-of-12 = diciembre
date-day = { $day } de { $month-of } de { $year }
date-month = { $month } de { $year }
date-about = hacia el { $date }
date-by = a más tardar el { $date }
date-not-before = no antes del { $date }

## Idiomas
language-ar = árabe
language-en = inglés
language-es = español
language-fr = francés
language-ru = ruso
language-zh = chino

## Todas las páginas
skip = Ir al contenido
nav-main = Navegación principal
nav-pages = Páginas
nav-languages = Idiomas
nav-members = Miembros
nav-council = Consejo
nav-working-groups = Grupos de trabajo
nav-guidelines = Directrices
nav-elections = Elecciones
nav-news = Noticias
nav-about = Acerca de
preview-drafts = Vista previa con borradores: se muestran las versiones en borrador de las directrices.
footer-records = Registros al { $date_html }. Cada registro de este sitio indica su fuente.
footer-open-data = Datos abiertos:
footer-members-json = miembros (JSON)
footer-members-csv = miembros (CSV)
footer-region-changes = cambios de región (CSV)
footer-council-json = Consejo (JSON)
footer-resolutions-json = resoluciones (JSON)
footer-elections-json = elecciones (JSON)
footer-votes-json = votaciones (JSON)
footer-atom = Canal Atom
footer-translations = Traducciones

## Textos sin traducir
notice-original-only = Este texto solo está disponible en { $language }.
notice-outdated = El original en { $language } ha cambiado desde que se hizo esta traducción: puede no estar actualizada.
notice-read-original = Leer el original

## /translations/
translations-title = Traducciones
translations-intro = Los textos de este sitio están escritos en { $language }. Para cada uno de los demás idiomas, esta página indica qué textos están traducidos, qué traducciones están desactualizadas porque su original ha cambiado desde entonces y cuáles faltan: una página sin traducción muestra el original, con un aviso.
translations-caption = Textos traducidos, por idioma
translations-language = Idioma
translations-translated = Traducidos
translations-up-to-date = Actualizadas
translations-out-of-date = Desactualizadas
translations-missing = Faltan
translations-of = { $n } de { $total }
translations-data = La misma información, archivo por archivo, como datos abiertos:
translations-hashes = traduce { $translates }, el original es ahora { $now }
translations-none = Ninguna.
