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
date-month-of = { $month-of } de { $year }
date-about = { $precision ->
    [month] hacia { $date }
   *[other] hacia el { $date }
}
date-by = { $precision ->
    [month] a más tardar en { $date }
   *[other] a más tardar el { $date }
}
date-not-before = { $precision ->
    [month] no antes de { $date }
   *[other] no antes del { $date }
}

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

## Títulos de las páginas del tema
title-members = Miembros
title-members-by-region = Miembros por región
title-members-former = Antiguos miembros
title-members-growth = Evolución del número de miembros
title-applications = Solicitudes de membresía
title-council = Consejo
title-meetings = Reuniones del Consejo
title-resolutions = Decisiones y resoluciones del Consejo
title-elections = Elecciones
title-votes = Votaciones de los miembros
title-working-groups = Grupos de trabajo
title-guidelines = Directrices
title-news = Noticias
title-not-found = Página no encontrada
title-version = { $title } — versión { $version }
title-version-marked = { $title_html } — versión { $version }
title-changes = Cambios en la versión { $version } — { $title }
title-news-page = Noticias — página { $n } de { $total }

## Las regiones de la ccNSO
region-africa = África
region-asia-pacific = Asia/Australia/Pacífico
region-europe = Europa
region-latin-america = América Latina/Caribe
region-north-america = América del Norte

## Palabras de varias páginas
source = Fuente:
how-we-know = Cómo lo sabemos:
not-documented = no documentado
none = Ninguno.
draft = borrador
all-news = Todas las noticias
no-news = Aún no hay noticias.
col-region = Región
col-members = Miembros
col-cctld = ccTLD
col-country = País o territorio
col-manager = Administrador
col-ccnso-region = Región de la ccNSO
col-joined = Ingreso
col-guideline = Directriz
col-current-version = Versión vigente
col-adopted = Adoptada
councillors = Consejeros
link-growth = la evolución del número de miembros
link-the-council = El Consejo
link-meetings = reuniones
link-resolutions = resoluciones
link-votes = votaciones
link-applications = solicitudes de membresía
link-applications-short = solicitudes
link-members-by-region = los miembros por región
link-former = los antiguos miembros
link-self-selection = procedimiento de autoselección
link-home = página de inicio
link-members = miembros
link-guidelines = directrices
page-of = página { $n } de { $total }

## Página de inicio
home-lead = El hogar de los administradores de dominios de nivel superior de código de país dentro de la ICANN.
home-glance = De un vistazo, al { $date_html }
home-members = { $count_html } { $n ->
    [one] miembro { $partial ->
        [true] documentado
       *[other] registrado
    }
   *[other] miembros { $partial ->
        [true] documentados
       *[other] registrados
    }
}
home-seats = { $count_html } de los 18 puestos del Consejo { $partial ->
    [true] documentados como ocupados
   *[other] ocupados
}
home-groups = { $count_html } { $n ->
    [one] grupo de trabajo activo
   *[other] grupos de trabajo activos
}
home-guidelines = { $count_html } { $n ->
    [one] directriz
   *[other] directrices
}
home-by-region = Miembros { $partial ->
    [true] documentados
   *[other] registrados
}, por región de la ccNSO
home-latest = Últimas noticias
home-explore = Explorar
home-explore-members = { $by_region_html } y { $growth_html }
home-explore-council = { $council_html }: 18 puestos, tres por cada región y tres para el Comité de Nominaciones; sus { $meetings_html } y { $resolutions_html }
home-explore-elections = { $elections_html } y { $votes_html } de los miembros; { $applications_html }
home-explore-guidelines = { $guidelines_html }, con el historial de sus versiones

## Miembros
members-intro = { $n } { $n ->
    [one] miembro actual{ $partial ->
        [true] {" "}documentado
       *[other] {""}
    }
   *[other] miembros actuales{ $partial ->
        [true] {" "}documentados
       *[other] {""}
    }
} al { $date_html }, por orden alfabético de país o territorio.
members-see-also = Véanse también { $by_region_html }, { $former_html }, { $growth_html } y las { $applications_html }.
members-current = Miembros actuales
members-none = No hay miembros actuales registrados.
by-region-intro = { $n } { $n ->
    [one] miembro actual{ $partial ->
        [true] {" "}documentado
       *[other] {""}
    }
   *[other] miembros actuales{ $partial ->
        [true] {" "}documentados
       *[other] {""}
    }
} al { $date_html }, agrupados por región de la ccNSO: la región de la ICANN para el territorio, o la que un miembro eligió según el { $procedure_html }.
members-in = Miembros en { $region }
members-current-in = Miembros actuales en { $region }
members-none-in-region = No hay miembros actuales registrados en esta región.
about-region = Acerca de la región
region-seats = Los tres puestos de la región en el { $council_html } al { $date_html }:
term-ends = fin del mandato: { $date_html }
seats-vacant = { $n ->
    [one] { $n } puesto vacante o no documentado
   *[other] { $n } puestos vacantes o no documentados
}

## Noticias
news-pages = Páginas de noticias
newer = Más recientes
older = Más antiguas
subscribe = Suscribirse al canal Atom

## Directrices y grupos de trabajo
guidelines-intro = Las directrices y los procedimientos de la ccNSO, cada uno con su versión vigente y su historial.
guidelines-caption = Directrices y sus versiones vigentes
guidelines-none = No hay directrices registradas.
none-adopted = ninguna adoptada
groups-intro = Al { $date_html }: { $active } activos, { $closed } cerrados.
groups-active = Activos
groups-closed = Cerrados
groups-future = Creados después del { $date }
group-created = creado el { $date_html }
group-closed = cerrado el { $date_html }

## Página no encontrada
not-found-text = No hay ninguna página en esta dirección. Pruebe la { $home_html }, los { $members_html } o las { $guidelines_html }.

## Páginas de miembros y Consejo
member-status-on = Situación al { $date_html }
member-status-current = miembro actual
member-status-former = antiguo miembro
member-status-future = todavía no es miembro
member-manager = Administrador del ccTLD
member-icann-region = Región de la ICANN
member-icann-region-basis = { $region } (asignada según { $basis })
basis-un-statistics = la clasificación estadística de la ONU
basis-citizenship = la ciudadanía
col-left = Salida
col-reason = Motivo
col-requested = Solicitado
col-to = A
col-decided = Decidido
col-outcome = Resultado
col-extraordinary = Extraordinaria
col-resolution = Resolución
left-resignation = renuncia
left-administrative = baja administrativa
outcome-approved = aprobada
outcome-rejected = rechazada
outcome-pending = pendiente
yes = sí
no = no
not-yet = todavía no
member-website = Sitio web
member-councillors = Consejeros de este ccTLD
member-region-history = Historial de regiones
member-change-requests = Solicitudes de cambio de región
member-no-change = No consta ninguna solicitud de cambio de región: el miembro está en la región de la ICANN correspondiente a su territorio.
former-caption = Miembros cuya membresía terminó a más tardar el { $date_html }
former-none = No hay antiguos miembros registrados.
council-intro = El Consejo al { $date_html }: { $held } de { $total } puestos { $partial ->
    [true] documentados como ocupados (un puesto que ninguna fuente documenta figura como «no documentado»)
   *[other] ocupados
}. Cada una de las cinco regiones tiene tres puestos y el Comité de Nominaciones de la ICANN cubre tres; los mandatos son escalonados. Sus decisiones: { $meetings_html } y { $resolutions_html }.
seat-africa = África
seat-asia-pacific = Asia/Australia/Pacífico
seat-europe = Europa
seat-latin-america = América Latina/Caribe
seat-north-america = América del Norte
seat-nomcom = Comité de Nominaciones
no-end-date = sin fecha de fin registrada
elected-in = elegido en { $election_html }
source-and-how = Fuente y cómo lo sabemos
seat-not-documented = No documentado
seat-vacant = Vacante

## Directrices y sus versiones
version-in-force = Versión { $version }, vigente
since = desde el { $date_html }
adopted-on = adoptada el { $date_html }
adopted-by = por { $body }
permalink = Enlace permanente a esta versión
no-version-adopted = Todavía no se ha adoptado ninguna versión.
version-history = Historial de versiones
no-published-version = Ninguna versión publicada.
banner-draft = BORRADOR
banner-draft-text = la versión { $version } es una propuesta en revisión, no vigente.
banner-in-force = La versión vigente es la { $version_html }.
banner-superseded = Sustituida
banner-superseded-text = esta versión ya no está vigente.
banner-current = La versión vigente es la { $version_html }.
version-text-of = Versión { $version }, texto del { $date_html }
resolution-n = resolución { $id }
all-versions = Todas las versiones
changes-from-previous = cambios respecto a la versión anterior

## Decisiones y elecciones: las listas
link-all-resolutions = todas las resoluciones por año
link-the-council-lower = el Consejo
link-the-meetings = las reuniones
link-the-votes = las votaciones de los miembros
none-recorded = ninguna registrada
col-meeting = Reunión
col-date = Fecha
col-kind = Tipo
col-place = Lugar
col-resolutions = Resoluciones
col-title = Título
col-acts-on = Sobre
col-applicant = Solicitante
col-received = Recibida
col-iana-check = Verificación de la IANA
col-days-pending = Días pendiente
col-election = Elección
col-call = Convocatoria
col-office = Cargo
col-electorate = Electorado
col-seats = Puestos
col-elected = Elegidos
col-vote = Votación
col-closed = Cierre
col-turnout = Participación
col-for = A favor
col-threshold = Umbral
meetings-intro = Las reuniones, teleconferencias y decisiones en línea del Consejo de la ccNSO registradas en este sitio, de la más reciente a la más antigua. Véanse también { $resolutions_html } y { $council_html }.
meetings-caption = Reuniones del Consejo, de la más reciente a la más antigua
meetings-none = No hay ninguna reunión del Consejo registrada.
resolutions-intro = { $n ->
    [one] { $n } resolución
   *[other] { $n } resoluciones
} del Consejo de la ccNSO, por año, de la más reciente a la más antigua. Cada una enlaza con su lugar en el acta de su reunión; véanse también { $meetings_html }.
resolutions-of = Resoluciones de { $year }
resolutions-none = No hay ninguna resolución registrada.
applications-intro = Un administrador de ccTLD presenta la solicitud; la IANA confirma que el solicitante administra el ccTLD; el Consejo decide. Solicitudes recibidas a más tardar el { $date_html }, en la medida en que constan aquí.
applications-pending = Pendientes
applications-decided = Resueltas
applications-pending-caption = Solicitudes a la espera de la decisión del Consejo, primero las que más esperan
applications-decided-caption = Solicitudes resueltas y retiradas, de la más reciente a la más antigua
applications-none-pending = No hay ninguna solicitud pendiente.
applications-none-decided = No hay ninguna solicitud resuelta registrada.
elections-intro = Elecciones de los miembros, de la más reciente a la más antigua: puestos del Consejo (cada año deja su puesto un consejero por región, y se abre un período de candidaturas en esa región), los puestos de la ccNSO en la Junta Directiva de la ICANN y otras. Los candidatos son propuestos por dos miembros; cada miembro tiene un voto. Véanse también { $votes_html }.
elections-caption = Elecciones, de la más reciente a la más antigua
elections-none = No hay ninguna elección registrada.
votes-intro = Votaciones de los miembros sobre propuestas: una propuesta se aprueba cuando participan suficientes miembros (el quórum) y una parte suficiente de los votos a favor o en contra es a favor (el umbral). El 10 % de los miembros puede pedir una votación mediante petición.
votes-caption = Votaciones, de la más reciente a la más antigua
votes-none = No hay ninguna votación registrada.

## Un grupo de trabajo
group-status-active = activo
group-status-closed = cerrado
group-status-not-yet-created = aún no creado
col-created = Creación
col-closed-on = Cierre
col-chair = Presidencia
col-joint-with = Conjunto con
col-participants = Miembros participantes
charter = Carta constitutiva

## Un consejero
councillor-terms = Mandatos en el Consejo
councillor-roles = Cargos
term-from = inicio: { $date_html }
term-to = fin: { $date_html }
role-chair = presidente
role-vice-chair = vicepresidente
stood-elected = elegido
stood-not-elected = no elegido
stood-undocumented = candidato; el resultado no está documentado
meeting-of = Reunión { $number } del { $date }
attended-present = presente
attended-apologies = excusado

## Listas y números
punct-colon = {": "}
punct-semicolon = {"; "}
punct-stop = .
punct-stop-space = {". "}
list-comma = {", "}
decimal-separator = ,
from-to = del { $from_html } al { $to_html }
days = { $n ->
    [one] { $n } día
   *[other] { $n } días
}
source-link = fuente

## Una reunión
kind-meeting = reunión
kind-call = teleconferencia
kind-online = decisión en línea
meeting-title = { $kind ->
    [call] Teleconferencia del Consejo n.º { $number }
    [online] Decisión en línea del Consejo n.º { $number }
   *[meeting] Reunión del Consejo n.º { $number }
}
meeting-round-opened = { $date_html }: apertura de la consulta
meeting-objections-until = Objeciones hasta
meeting-objections = { $date_html }: la decisión se considera tomada si ningún consejero se opone antes de esa fecha
meeting-present = Presentes
meeting-apologies = Excusados
meeting-quorum = Quórum
meeting-attendance-not-documented = La asistencia no está documentada
meeting-quorum-unknown = desconocido: la asistencia no está documentada
meeting-quorum-count = { $present } de { $held } consejeros en funciones presentes: { $quorate ->
    [true] hay quórum
   *[other] no hay quórum (debe estar presente más de la mitad)
}
resolution-heading = Resolución { $id }: { $title_html }
resolution-cap = Resolución { $id }
acts-on = Sobre { $what_html }.
acts-on-application = la solicitud de membresía de .{ $name_html }
acts-on-version = { $name_html }, versión { $version }
acts-on-member = la membresía de .{ $name_html }
meeting-no-resolution = { $kind ->
    [call] No hay ninguna resolución registrada para esta teleconferencia.
    [online] No hay ninguna resolución registrada para esta decisión en línea.
   *[meeting] No hay ninguna resolución registrada para esta reunión.
}
meeting-actions = Acciones pendientes
action-open = abierta
action-completed = completada
meeting-no-action = No hay ninguna acción registrada.
meeting-minutes = Acta
link-all-meetings = Todas las reuniones
link-all-resolutions-lower = todas las resoluciones
application-received = Recibida el { $date_html }

## Una elección
electorate-all = todos los miembros
electorate-region = los miembros de la región { $region }
office-council = Consejo
office-board = Junta Directiva
office-other = otro
election-office-seats = { $office }, { $seats ->
    [one] { $seats } puesto
   *[other] { $seats } puestos
}
election-call = Convocatoria de candidaturas
election-nominations-close = Cierre de candidaturas
election-ballot-closes = Cierre de la votación
election-term-from = Inicio del mandato
election-method = Método
method-stv = voto único transferible (método de Meek)
method-majority = mayoría de los votos emitidos
method-plurality = mayoría simple
result-none = aún no hay candidaturas registradas
result-unopposed = elegido sin oposición
result-undocumented = resultado no documentado
result-missing = no hay votación registrada
result-vote = elegido por votación
election-nominations = Candidaturas
election-nominations-caption = Candidatos, quienes los proponen y quienes los apoyan
col-candidate = Candidato
col-nominated = Propuesto el
col-nominated-by = Propuesto por
col-seconded-by = Apoyado por
col-status = Estado
self-nominated = autopropuesto
nomination-accepted = aceptada
nomination-declined = rechazada
election-the-vote = La votación
election-round = Ronda { $n }, cerrada el { $date }: { $ballots } papeletas de { $electorate } miembros (participación del { $turnout }), { $quorate ->
    [true] con quórum
   *[other] sin quórum
}{ $abstentions ->
    [0] {""}
    [one] , { $abstentions } abstención
   *[other] , { $abstentions } abstenciones
}
col-votes = Votos
col-share = Porcentaje de los votos emitidos
col-share-short = Porcentaje
elected-mark = (elegido)
election-tie = Empate por el último puesto: { $names }.
election-count = El escrutinio
election-count-intro = { $ballots } papeletas de { $electorate } miembros (participación del { $turnout }), escrutadas por el método de Meek: en cada ronda, cada candidato elegido conserva solo la cuota y transfiere el resto de cada papeleta a la siguiente preferencia; cuando nadie alcanza la cuota, se excluye al candidato con menos votos.
election-count-caption = El escrutinio ronda por ronda (votos con seis decimales)
col-round = Ronda { $n }
stv-elected = elegido
stv-excluded = excluido
stv-quota = Cuota
stv-exhausted = Agotados
stv-chart-title = El escrutinio ronda por ronda
stv-chart-summary = Votos de cada candidato en cada una de las { $n } rondas, con la cuota como línea discontinua; la tabla da las cifras.
stv-axis-round = Ronda
stv-chart-caption = Cada línea son los votos de un candidato; la línea discontinua es la cuota.
stv-action-quota = { $names }: elegido, alcanzó la cuota
stv-action-fewest = { $names }: excluido, menos votos
stv-action-fewest-tie = { $names }: excluido, menos votos (un empate, resuelto por las reglas de desempate)
stv-action-remaining = { $names }: elegido, quedan tantos candidatos como puestos
stv-action-no-seat = { $names }: excluido, no quedan puestos
link-all-elections = Todas las elecciones

## Una votación
vote-electorate = { $electorate_html }: { $n ->
    [one] { $n } miembro
   *[other] { $n } miembros
} al { $date_html }
vote-voting = Votación
vote-turnout = { $ballots ->
    [one] { $ballots } papeleta
   *[other] { $ballots } papeletas
} ({ $turnout }); quórum { $quorum }: { $met ->
    [true] alcanzado
   *[other] no alcanzado
}
vote-result = Recuento
vote-result-text = { $yes } a favor, { $no } en contra{ $abstentions ->
    [0] {""}
    [one] , { $abstentions } abstención
   *[other] , { $abstentions } abstenciones
}: { $share } a favor, umbral { $threshold }
outcome-passed = aprobada
outcome-failed = rechazada
vote-petitioned-by = Solicitada por
vote-proposal = La propuesta
link-all-votes = Todas las votaciones

## Evolución del número de miembros
growth-intro-from = El número de miembros el primer día de cada mes, del { $from_html } al { $to_html }, por región de la ccNSO. Solo se cuentan los miembros con fecha de ingreso registrada.
growth-intro = El número de miembros el primer día de cada mes hasta el { $to_html }, por región de la ccNSO. Solo se cuentan los miembros con fecha de ingreso registrada.
growth-chart-title = Miembros por región de la ccNSO a lo largo del tiempo
growth-summary = Miembros con fecha de ingreso registrada: { $first_count } el { $first }, { $last_count } el { $last }.
growth-none = Ningún miembro había ingresado en esta fecha.
growth-table-below = La tabla siguiente da las cifras por año.
growth-reported-legend = Miembros que informó la ccNSO (todos los miembros, no solo los que aparecen aquí)
growth-caption = Miembros en la última fecha contada de cada año
col-year = Año
col-counted-on = Contados el
col-total = Total
growth-reported = Cifras que informó la ccNSO
growth-reported-intro = El gráfico cuenta los miembros que este sitio recoge. La propia organización informó estos totales; la diferencia entre ambos son los miembros cuyo ingreso no está documentado aquí.
growth-reported-count = { $total_html } { $n ->
    [one] miembro
   *[other] miembros
} { $month ->
    [true] en
   *[other] el
} { $date_html }

## Versiones y cambios
col-version = Versión
col-date-of-text = Fecha del texto
col-effective = En vigor
col-summary = Resumen
col-changes = Cambios
status-draft = borrador
status-adopted = adoptada
status-current = vigente
status-superseded = sustituida
not-adopted = no adoptada
version-n = Versión { $version }
version-n-lower = versión { $version }
all-versions-lower = todas las versiones
changes-in = Cambios en la versión { $version }
changes-compared = Las versiones comparadas
changes-none = Sin cambios: los textos de las versiones { $from } y { $to } son idénticos.
changes-counts = { $added_html } { $added ->
    [one] palabra añadida
   *[other] palabras añadidas
}, { $removed_html } { $removed ->
    [one] palabra suprimida
   *[other] palabras suprimidas
}, en { $clauses ->
    [one] { $clauses } cláusula
   *[other] { $clauses } cláusulas
}:
clause-changed = modificada
clause-added = añadida
clause-removed = suprimida
clause-moved = trasladada
changes-side-by-side-link = Vista en paralelo
changes-redline = Texto comparado
changes-key = El texto insertado está { $underlined_html }; el texto suprimido está { $struck_html }. Los bloques modificados se señalan en el margen.
changes-underlined = subrayado
changes-struck = tachado
changes-table = Tabla modificada
vh-inserted = {"[insertado: "}
vh-deleted = {"[suprimido: "}
moved-here-from = Trasladado aquí desde { $clause }:
moved-to = Trasladado a { $clause }:
row-added = Fila añadida:
row-removed = Fila suprimida:
block-added = Añadido:
block-removed = Suprimido:
moved-from = trasladado desde { $clause }
moved-to-short = trasladado a { $clause }
changes-side-by-side = En paralelo
changes-show-side-by-side = Mostrar las dos versiones en paralelo
changes-sbs-caption = Versión { $from } y versión { $to }, bloque por bloque

## Descripciones de las páginas (buscadores y vistas previas de enlaces)
electorate-of-africa = los miembros de la región África
electorate-of-asia-pacific = los miembros de la región Asia/Australia/Pacífico
electorate-of-europe = los miembros de la región Europa
electorate-of-latin-america = los miembros de la región América Latina/Caribe
electorate-of-north-america = los miembros de la región América del Norte
desc-not-found = No hay ninguna página en esta dirección.
desc-home = { $title }: { $members ->
    [one] { $members } miembro
   *[other] { $members } miembros
} y { $held } de { $seats } puestos del Consejo ocupados al { $as_of }; sus grupos de trabajo, directrices y noticias.
desc-members = { $n ->
    [one] El miembro actual
   *[other] Los { $n } miembros actuales
} al { $as_of }, por orden alfabético de país.
desc-by-region = { $n ->
    [one] El miembro actual
   *[other] Los { $n } miembros actuales
} al { $as_of }, por región de la ccNSO.
desc-former = { $n ->
    [one] { $n } antiguo miembro que salió
   *[other] { $n } antiguos miembros que salieron
} a más tardar el { $as_of }, con sus fechas de ingreso y de salida.
desc-growth = La evolución del número de miembros, por región de la ccNSO, hasta el { $as_of }.
desc-member = { $label }, { $country }: { $status } al { $as_of }, región de la ccNSO { $region }.
desc-region = { $region }: { $n ->
    [one] su miembro
   *[other] sus { $n } miembros
} y sus puestos en el Consejo al { $as_of }.
desc-council = El Consejo al { $as_of }: { $held } de { $total } puestos ocupados, puesto por puesto, con cargos y fines de mandato.
desc-councillor = { $title }: consejero de la ccNSO, con { $terms ->
    [one] su mandato
   *[other] sus { $terms } mandatos
} y las reuniones a las que asistió.
desc-groups = Grupos de trabajo al { $as_of }: { $active } activos, { $closed } cerrados.
desc-group = { $name }: un grupo de trabajo, creado el { $created }.
desc-guidelines = { $n ->
    [one] { $n } directriz
   *[other] { $n } directrices
}, con sus versiones vigentes y fechas de adopción.
desc-guideline = { $title }: el texto vigente (versión { $version }) y su historial de versiones.
desc-guideline-none = { $title }: sus versiones; aún no se ha adoptado ninguna.
desc-version = { $title }, texto del { $date }.
desc-version-summary = { $title }, texto del { $date }: { $summary }.
desc-changes = Qué cambió de la versión { $from } a la versión { $to }: { $added } palabras añadidas, { $removed } suprimidas.
desc-page = { $title }: una página del sitio.
desc-news-item = { $title }: un anuncio del { $date }.
desc-news-list = Anuncios, de los más recientes a los más antiguos (página { $page } de { $pages }).
desc-applications = Solicitudes de membresía al { $as_of }: { $pending } pendientes, { $decided } decididas.
desc-meetings = { $n ->
    [one] La reunión
   *[other] Las { $n } reuniones
} del Consejo, de las más recientes a las más antiguas, con sus resoluciones.
desc-meeting = { $title }: { $kind } del Consejo del { $date }, con { $n ->
    [0] ninguna resolución
    [one] { $n } resolución
   *[other] { $n } resoluciones
}.
desc-resolutions = { $n ->
    [one] La resolución
   *[other] Las { $n } resoluciones
} del Consejo por año, de las más recientes a las más antiguas.
desc-elections = { $n ->
    [one] { $n } elección
   *[other] { $n } elecciones
} de los miembros, de las más recientes a las más antiguas, con los elegidos.
desc-election = { $title }: { $electorate }, { $seats ->
    [one] { $seats } puesto
   *[other] { $seats } puestos
}, { $result }.
desc-translations = Estado de la traducción del sitio ({ $languages }): textos traducidos, al día, desactualizados y pendientes.
desc-votes = { $n ->
    [one] { $n } votación
   *[other] { $n } votaciones
} de los miembros, con participación, quórum y resultado.
desc-vote = { $title }: votación (electorado: { $electorate }), propuesta { $outcome } ({ $yes } a favor, { $no } en contra).

feed-adopted = Adoptada: { $title }, versión { $version }
feed-adopted-on = La versión { $version } de «{ $title }» se adoptó el { $date }.
feed-adopted-by = La versión { $version } de «{ $title }» fue adoptada el { $date } por { $by }.
feed-resolution = Resolución { $id }: { $title }
feed-resolution-on = El Consejo decidió sobre { $subject }.
feed-resolution-of = Una resolución de la reunión del Consejo n.º { $number }.
