# Слова темы по умолчанию на русском языке.

## Даты
month-1 = январь
month-2 = февраль
month-3 = март
month-4 = апрель
month-5 = май
month-6 = июнь
month-7 = июль
month-8 = август
month-9 = сентябрь
month-10 = октябрь
month-11 = ноябрь
month-12 = декабрь
month-of-1 = января
month-of-2 = февраля
month-of-3 = марта
month-of-4 = апреля
month-of-5 = мая
month-of-6 = июня
month-of-7 = июля
month-of-8 = августа
month-of-9 = сентября
month-of-10 = октября
month-of-11 = ноября
month-of-12 = декабря
date-day = { $day } { $month-of } { $year } г.
date-month = { $month } { $year } г.
date-month-of = { $month-of } { $year } г.
date-about = около { $date_of }
date-by = не позднее { $date_of }
date-not-before = не ранее { $date_of }

## Языки
language-ar = арабском
language-en = английском
language-es = испанском
language-fr = французском
language-ru = русском
language-zh = китайском

## Все страницы
skip = Перейти к содержанию
nav-main = Основное меню
nav-pages = Страницы
nav-languages = Языки
nav-members = Члены
nav-council = Совет
nav-working-groups = Рабочие группы
nav-guidelines = Руководящие принципы
nav-elections = Выборы
nav-news = Новости
nav-about = О нас
preview-drafts = Предпросмотр с черновиками: показаны проекты версий руководящих принципов.
footer-records = Данные приведены по состоянию на { $date_html }; для каждой записи на этом сайте указан источник.
footer-open-data = Открытые данные:
footer-members-json = члены (JSON)
footer-members-csv = члены (CSV)
footer-region-changes = смена регионов (CSV)
footer-council-json = Совет (JSON)
footer-resolutions-json = решения (JSON)
footer-elections-json = выборы (JSON)
footer-votes-json = голосования (JSON)
footer-atom = Лента Atom
footer-translations = Переводы

## Непереведённые тексты
notice-original-only = Этот текст доступен только на { $language } языке.
notice-outdated = Оригинал на { $language } языке изменился после перевода: перевод может быть устаревшим.
notice-read-original = Читать оригинал

## /translations/
translations-title = Переводы
translations-intro = Тексты этого сайта написаны на { $language } языке. Для каждого другого языка на этой странице указано, какие тексты переведены, какие переводы устарели, потому что оригинал с тех пор изменился, и каких переводов нет: непереведённая страница показывает оригинал с пометкой.
translations-caption = Переведённые тексты по языкам
translations-language = Язык
translations-translated = Переведено
translations-up-to-date = Актуальны
translations-out-of-date = Устарели
translations-missing = Отсутствуют
translations-of = { $n } из { $total }
translations-data = Те же сведения по каждому файлу в виде открытых данных:
translations-hashes = переводит { $translates }, оригинал теперь { $now }
translations-none = Нет.

## Заголовки страниц темы
title-members = Члены
title-members-by-region = Члены по регионам
title-members-former = Бывшие члены
title-members-growth = Рост числа членов
title-applications = Заявки на членство
title-council = Совет
title-meetings = Заседания Совета
title-resolutions = Решения и резолюции Совета
title-elections = Выборы
title-votes = Голосования членов
title-working-groups = Рабочие группы
title-guidelines = Руководящие принципы
title-news = Новости
title-not-found = Страница не найдена
title-version = { $title } — версия { $version }
title-version-marked = { $title_html } — версия { $version }
title-changes = Изменения в версии { $version } — { $title }
title-news-page = Новости — страница { $n } из { $total }

## Регионы ccNSO
region-africa = Африка
region-asia-pacific = Азия/Австралия/Тихоокеанский регион
region-europe = Европа
region-latin-america = Латинская Америка/Карибский бассейн
region-north-america = Северная Америка

## Слова многих страниц
source = Источник:
how-we-know = Откуда это известно:
not-documented = не задокументировано
none = Нет.
draft = проект
all-news = Все новости
no-news = Новостей пока нет.
col-region = Регион
col-members = Члены
col-cctld = ccTLD
col-country = Страна или территория
col-manager = Администратор
col-ccnso-region = Регион ccNSO
col-joined = Вступление
col-guideline = Руководящий принцип
col-current-version = Действующая версия
col-adopted = Принята
councillors = Члены Совета
link-growth = рост числа членов
link-the-council = Совет
link-meetings = заседания
link-resolutions = резолюции
link-votes = голосования
link-applications = заявки на членство
link-applications-short = заявки
link-members-by-region = члены по регионам
link-former = бывшие члены
link-self-selection = процедуре самостоятельного выбора региона
link-home = главную страницу
link-members = список членов
link-guidelines = руководящие принципы
page-of = страница { $n } из { $total }

## Главная страница
home-lead = Объединение администраторов национальных доменов верхнего уровня в ICANN.
home-glance = Коротко, на { $date_html }
home-members = { $count_html } { $n ->
    [one] { $partial ->
        [true] задокументированный член
       *[other] член в списке
    }
    [few] { $partial ->
        [true] задокументированных члена
       *[other] члена в списке
    }
   *[other] { $partial ->
        [true] задокументированных членов
       *[other] членов в списке
    }
}
home-seats = { $count_html } из 18 мест в Совете { $partial ->
    [true] задокументированы как занятые
   *[other] заняты
}
home-groups = { $count_html } { $n ->
    [one] действующая рабочая группа
    [few] действующие рабочие группы
   *[other] действующих рабочих групп
}
home-guidelines = { $count_html } { $n ->
    [one] руководящий принцип
    [few] руководящих принципа
   *[other] руководящих принципов
}
home-by-region = { $partial ->
    [true] Задокументированные члены
   *[other] Члены в списке
} по регионам ccNSO
home-latest = Последние новости
home-explore = Разделы
home-explore-members = { $by_region_html } и { $growth_html }
home-explore-council = { $council_html }: 18 мест, по три от каждого региона и три от Номинационного комитета; его { $meetings_html } и { $resolutions_html }
home-explore-elections = { $elections_html } и { $votes_html } членов; { $applications_html }
home-explore-guidelines = { $guidelines_html } с историей версий

## Члены
members-intro = { $n } { $n ->
    [one] { $partial ->
        [true] задокументированный действующий член
       *[other] действующий член
    }
    [few] { $partial ->
        [true] задокументированных действующих члена
       *[other] действующих члена
    }
   *[other] { $partial ->
        [true] задокументированных действующих членов
       *[other] действующих членов
    }
} на { $date_html }, в алфавитном порядке стран и территорий.
members-see-also = См. также { $by_region_html }, { $former_html }, { $growth_html } и { $applications_html }.
members-current = Действующие члены
members-none = Действующие члены не записаны.
by-region-intro = { $n } { $n ->
    [one] { $partial ->
        [true] задокументированный действующий член
       *[other] действующий член
    }
    [few] { $partial ->
        [true] задокументированных действующих члена
       *[other] действующих члена
    }
   *[other] { $partial ->
        [true] задокументированных действующих членов
       *[other] действующих членов
    }
} на { $date_html } по регионам ccNSO: регион ICANN для территории или регион, выбранный членом по { $procedure_html }.
members-in = Члены: { $region }
members-current-in = Действующие члены: { $region }
members-none-in-region = В этом регионе действующие члены не записаны.
about-region = О регионе
region-seats = Три места региона в { $council_html }е на { $date_html }:
term-ends = окончание полномочий: { $date_html }
seats-vacant = { $n ->
    [one] { $n } место вакантно или не задокументировано
    [few] { $n } места вакантны или не задокументированы
   *[other] { $n } мест вакантны или не задокументированы
}

## Новости
news-pages = Страницы новостей
newer = Новее
older = Старее
subscribe = Подписаться на ленту Atom

## Руководящие принципы и рабочие группы
guidelines-intro = Руководящие принципы и процедуры ccNSO: у каждого — действующая версия и история изменений.
guidelines-caption = Руководящие принципы и их действующие версии
guidelines-none = Руководящие принципы не записаны.
none-adopted = не принята ни одна
groups-intro = На { $date_html }: действующих — { $active }, закрытых — { $closed }.
groups-active = Действующие
groups-closed = Закрытые
groups-future = Созданы после { $date }
group-created = создана { $date_html }
group-closed = закрыта { $date_html }

## Страница не найдена
not-found-text = По этому адресу страницы нет. Попробуйте { $home_html }, { $members_html } или { $guidelines_html }.

## Страницы членов и Совет
member-status-on = Статус на { $date_html }
member-status-current = действующий член
member-status-former = бывший член
member-status-future = ещё не член
member-manager = Администратор ccTLD
member-icann-region = Регион ICANN
member-icann-region-basis = { $region } (определён на основании: { $basis })
basis-un-statistics = статистическая классификация ООН
basis-citizenship = гражданство
col-left = Выход
col-reason = Причина
col-requested = Подана
col-to = В регион
col-decided = Решение
col-outcome = Итог
col-extraordinary = Внеочередная
col-resolution = Резолюция
left-resignation = выход по собственному желанию
left-administrative = исключение в административном порядке
outcome-approved = одобрена
outcome-rejected = отклонена
outcome-pending = на рассмотрении
yes = да
no = нет
not-yet = ещё нет
member-website = Сайт
member-councillors = Члены Совета от этого ccTLD
member-region-history = История регионов
member-change-requests = Заявки на смену региона
member-no-change = Заявок на смену региона не записано: член относится к региону ICANN своей территории.
former-caption = Члены, чьё членство прекратилось не позднее { $date_html }
former-none = Бывшие члены не записаны.
council-intro = Совет на { $date_html }: занято { $held } из { $total } мест{ $partial ->
    [true] {" "}по данным источников (место, которое не подтверждает ни один источник, помечено «не задокументировано»)
   *[other] {""}
}. У каждого из пяти регионов три места, ещё три заполняет Номинационный комитет ICANN; сроки полномочий чередуются. Его решения: { $meetings_html } и { $resolutions_html }.
seat-africa = Африка
seat-asia-pacific = Азия/Австралия/Тихоокеанский регион
seat-europe = Европа
seat-latin-america = Латинская Америка/Карибский бассейн
seat-north-america = Северная Америка
seat-nomcom = Номинационный комитет
no-end-date = дата окончания не записана
elected-in = избран: { $election_html }
source-and-how = Источник и откуда это известно
seat-not-documented = Не задокументировано
seat-vacant = Вакантно

## Руководящие принципы и их версии
version-in-force = Версия { $version }, действующая
since = с { $date_html }
adopted-on = принята { $date_html }
adopted-by = (принял: { $body })
permalink = Постоянная ссылка на эту версию
no-version-adopted = Ни одна версия ещё не принята.
version-history = История версий
no-published-version = Опубликованных версий нет.
banner-draft = ПРОЕКТ
banner-draft-text = версия { $version } — предложение на рассмотрении, она не действует.
banner-in-force = Действующая версия — { $version_html }.
banner-superseded = Заменена
banner-superseded-text = эта версия больше не действует.
banner-current = Действующая версия — { $version_html }.
version-text-of = Версия { $version }, текст от { $date_html }
resolution-n = резолюция { $id }
all-versions = Все версии
changes-from-previous = изменения по сравнению с предыдущей версией

## Решения и выборы: списки
link-all-resolutions = все резолюции по годам
link-the-council-lower = Совет
link-the-meetings = заседания
link-the-votes = голосования членов
none-recorded = не записаны
col-meeting = Заседание
col-date = Дата
col-kind = Вид
col-place = Место
col-resolutions = Резолюции
col-title = Название
col-acts-on = Предмет
col-applicant = Заявитель
col-received = Получена
col-iana-check = Проверка IANA
col-days-pending = Дней на рассмотрении
col-election = Выборы
col-call = Объявление
col-office = Должность
col-electorate = Избиратели
col-seats = Мест
col-elected = Избраны
col-vote = Голосование
col-closed = Завершено
col-turnout = Явка
col-for = За
col-threshold = Порог
meetings-intro = Заседания, телеконференции и онлайн-решения Совета ccNSO, записанные на этом сайте, от новых к старым. См. также { $resolutions_html } и { $council_html }.
meetings-caption = Заседания Совета, от новых к старым
meetings-none = Заседания Совета не записаны.
resolutions-intro = Резолюции Совета ccNSO ({ $n }) по годам, от новых к старым. Каждая ведёт к своему месту в протоколе заседания; см. также { $meetings_html }.
resolutions-of = Резолюции { $year } года
resolutions-none = Резолюции не записаны.
applications-intro = Администратор ccTLD подаёт заявку; IANA подтверждает, что заявитель управляет ccTLD; Совет принимает решение. Заявки, полученные не позднее { $date_html }, в той мере, в какой они здесь записаны.
applications-pending = На рассмотрении
applications-decided = Рассмотренные
applications-pending-caption = Заявки, ожидающие решения Совета; первыми — ожидающие дольше всех
applications-decided-caption = Рассмотренные и отозванные заявки, от новых к старым
applications-none-pending = Заявок на рассмотрении нет.
applications-none-decided = Рассмотренные заявки не записаны.
elections-intro = Выборы членов, от новых к старым: места в Совете (каждый год от каждого региона уходит один член Совета, после чего в регионе открывается период выдвижения), места ccNSO в Правлении ICANN и другие. Кандидатов выдвигают два члена; у каждого члена один голос. См. также { $votes_html }.
elections-caption = Выборы, от новых к старым
elections-none = Выборы не записаны.
votes-intro = Голосования членов по предложениям: предложение принимается, если участвует достаточно членов (кворум) и достаточная доля голосов «за» и «против» подана «за» (порог). 10 % членов могут потребовать голосования петицией.
votes-caption = Голосования, от новых к старым
votes-none = Голосования не записаны.

## Рабочая группа
group-status-active = действует
group-status-closed = закрыта
group-status-not-yet-created = ещё не создана
col-created = Создана
col-closed-on = Закрыта
col-chair = Председатель
col-joint-with = Совместно с
col-participants = Участвующие члены
charter = Устав

## Член Совета
councillor-terms = Сроки полномочий в Совете
councillor-roles = Должности
term-from = начало: { $date_html }
term-to = окончание: { $date_html }
role-chair = председатель
role-vice-chair = заместитель председателя
stood-elected = избран
stood-not-elected = не избран
stood-undocumented = выдвинут; результат не задокументирован
meeting-of = Заседание { $number } от { $date }
attended-present = присутствовал
attended-apologies = отсутствовал по уважительной причине

## Списки и числа
punct-colon = {": "}
punct-semicolon = {"; "}
punct-stop = .
punct-stop-space = {". "}
list-comma = {", "}
decimal-separator = ,
from-to = с { $from_html } по { $to_html }
days = { $n ->
    [one] { $n } день
    [few] { $n } дня
   *[many] { $n } дней
}
source-link = источник

## Заседание
kind-meeting = заседание
kind-call = телеконференция
kind-online = онлайн-решение
meeting-title = { $kind ->
    [call] Телеконференция Совета № { $number }
    [online] Онлайн-решение Совета № { $number }
   *[meeting] Заседание Совета № { $number }
}
meeting-round-opened = { $date_html }: начало рассмотрения
meeting-objections-until = Возражения до
meeting-objections = { $date_html }: решение считается принятым, если ни один член Совета не возразит до этой даты
meeting-present = Присутствовали
meeting-apologies = Отсутствовали по уважительной причине
meeting-quorum = Кворум
meeting-attendance-not-documented = Присутствие не задокументировано
meeting-quorum-unknown = неизвестно: присутствие не задокументировано
meeting-quorum-count = Присутствовали { $present } из { $held } действующих членов Совета: { $quorate ->
    [true] кворум есть
   *[other] кворума нет (должно присутствовать более половины)
}
resolution-heading = Резолюция { $id }: { $title_html }
resolution-cap = Резолюция { $id }
acts-on = Касается: { $what_html }.
acts-on-application = заявка .{ $name_html } на членство
acts-on-version = { $name_html }, версия { $version }
acts-on-member = членство .{ $name_html }
meeting-no-resolution = { $kind ->
    [call] Для этой телеконференции не записано ни одной резолюции.
    [online] Для этого онлайн-решения не записано ни одной резолюции.
   *[meeting] Для этого заседания не записано ни одной резолюции.
}
meeting-actions = Поручения
action-open = в работе
action-completed = выполнено
meeting-no-action = Поручений не записано.
meeting-minutes = Протокол
link-all-meetings = Все заседания
link-all-resolutions-lower = все резолюции
application-received = Получена { $date_html }

## Выборы
electorate-all = все члены
electorate-region = члены региона «{ $region }»
office-council = Совет
office-board = Правление ICANN
office-other = другое
election-office-seats = { $office }, { $seats ->
    [one] { $seats } место
    [few] { $seats } места
   *[many] { $seats } мест
}
election-call = Объявление о выдвижении
election-nominations-close = Окончание выдвижения
election-ballot-closes = Окончание голосования
election-term-from = Начало срока полномочий
election-method = Метод
method-stv = единый передаваемый голос (метод Мика)
method-majority = большинство поданных голосов
method-plurality = относительное большинство
result-none = кандидатов пока не выдвинуто
result-unopposed = избран без конкурентов
result-undocumented = результат не задокументирован
result-missing = голосование не записано
result-vote = избран голосованием
election-nominations = Выдвижение
election-nominations-caption = Кандидаты, выдвинувшие и поддержавшие их члены
col-candidate = Кандидат
col-nominated = Выдвинут
col-nominated-by = Кем выдвинут
col-seconded-by = Кем поддержан
col-status = Статус
self-nominated = самовыдвижение
nomination-accepted = принято
nomination-declined = отклонено
election-the-vote = Голосование
election-round = Тур { $n }, завершён { $date }: { $ballots } бюллетеней из { $electorate } членов (явка { $turnout }), { $quorate ->
    [true] кворум есть
   *[other] кворума нет
}{ $abstentions ->
    [0] {""}
    [one] , { $abstentions } воздержался
   *[other] , воздержались: { $abstentions }
}
col-votes = Голоса
col-share = Доля поданных голосов
col-share-short = Доля
elected-mark = (избран)
election-tie = Равенство голосов за последнее место: { $names }.
election-count = Подсчёт голосов
election-count-intro = { $ballots } бюллетеней из { $electorate } членов (явка { $turnout }), подсчитаны методом Мика: в каждом туре каждый избранный кандидат сохраняет только квоту и передаёт остаток каждого бюллетеня дальше; если никто не достигает квоты, выбывает кандидат с наименьшим числом голосов.
election-count-caption = Подсчёт по турам (голоса с точностью до шести знаков)
col-round = Тур { $n }
stv-elected = избран
stv-excluded = выбыл
stv-quota = Квота
stv-exhausted = Исчерпанные
stv-chart-title = Подсчёт по турам
stv-chart-summary = Голоса каждого кандидата в каждом из туров ({ $n }), квота показана пунктиром; цифры приведены в таблице.
stv-axis-round = Тур
stv-chart-caption = Каждая линия — голоса одного кандидата; пунктир — квота.
stv-action-quota = { $names }: избран, достигнута квота
stv-action-fewest = { $names }: выбыл, наименьшее число голосов
stv-action-fewest-tie = { $names }: выбыл, наименьшее число голосов (равенство разрешено по правилам)
stv-action-remaining = { $names }: избран, оставшихся кандидатов столько же, сколько мест
stv-action-no-seat = { $names }: выбыл, мест не осталось
link-all-elections = Все выборы

## Голосование
vote-electorate = { $electorate_html }: { $n ->
    [one] { $n } член
    [few] { $n } члена
   *[many] { $n } членов
} на { $date_html }
vote-voting = Голосование
vote-turnout = { $ballots ->
    [one] { $ballots } бюллетень
    [few] { $ballots } бюллетеня
   *[many] { $ballots } бюллетеней
} ({ $turnout }); кворум { $quorum }: { $met ->
    [true] достигнут
   *[other] не достигнут
}
vote-result = Результат
vote-result-text = за: { $yes }, против: { $no }{ $abstentions ->
    [0] {""}
   *[other] , воздержались: { $abstentions }
}; доля «за» { $share }, порог { $threshold }
outcome-passed = принято
outcome-failed = отклонено
vote-petitioned-by = Инициаторы петиции
vote-proposal = Предложение
link-all-votes = Все голосования

## Рост числа членов
growth-intro-from = Число членов на первое число каждого месяца с { $from_html } по { $to_html }, по регионам ccNSO. Учитываются только члены с записанной датой вступления.
growth-intro = Число членов на первое число каждого месяца по { $to_html }, по регионам ccNSO. Учитываются только члены с записанной датой вступления.
growth-chart-title = Члены по регионам ccNSO во времени
growth-summary = Члены с записанной датой вступления: { $first_count } на { $first }, { $last_count } на { $last }.
growth-none = На эту дату ни один член ещё не вступил.
growth-table-below = Цифры по годам приведены в таблице ниже.
growth-reported-legend = Число членов по данным ccNSO (все члены, а не только перечисленные здесь)
growth-caption = Члены на последнюю учтённую дату каждого года
col-year = Год
col-counted-on = Дата подсчёта
col-total = Всего
growth-reported = Данные ccNSO
growth-reported-intro = График учитывает членов, перечисленных на этом сайте. Сама организация сообщала эти итоги; разница между ними — члены, чьё вступление здесь не задокументировано.
growth-reported-count = { $total_html } { $n ->
    [one] член
    [few] члена
   *[many] членов
} { $month ->
    [true] в
   *[other] на
} { $date_html }

## Версии и изменения
col-version = Версия
col-date-of-text = Дата текста
col-effective = Вступает в силу
col-summary = Краткое содержание
col-changes = Изменения
status-draft = проект
status-adopted = принята
status-current = действует
status-superseded = заменена
not-adopted = не принята
version-n = Версия { $version }
version-n-lower = версия { $version }
all-versions-lower = все версии
changes-in = Изменения в версии { $version }
changes-compared = Сравниваемые версии
changes-none = Изменений нет: тексты версий { $from } и { $to } совпадают.
changes-counts = Добавлено слов: { $added_html }, удалено слов: { $removed_html }, в { $clauses ->
    [one] { $clauses } пункте
   *[other] { $clauses } пунктах
}:
clause-changed = изменён
clause-added = добавлен
clause-removed = удалён
clause-moved = перемещён
changes-side-by-side-link = Сравнение бок о бок
changes-redline = Сравнение текстов
changes-key = Вставленный текст { $underlined_html }; удалённый текст { $struck_html }. Изменённые блоки отмечены на полях.
changes-underlined = подчёркнут
changes-struck = зачёркнут
changes-table = Изменённая таблица
vh-inserted = {"[вставлено: "}
vh-deleted = {"[удалено: "}
moved-here-from = Перемещено сюда из { $clause }:
moved-to = Перемещено в { $clause }:
row-added = Добавленная строка:
row-removed = Удалённая строка:
block-added = Добавлено:
block-removed = Удалено:
moved-from = перемещено из { $clause }
moved-to-short = перемещено в { $clause }
changes-side-by-side = Бок о бок
changes-show-side-by-side = Показать обе версии рядом
changes-sbs-caption = Версия { $from } и версия { $to }, блок за блоком

## Описания страниц (для поисковых систем и предпросмотра ссылок)
electorate-of-africa = члены региона «Африка»
electorate-of-asia-pacific = члены региона «Азия/Австралия/Тихоокеанский регион»
electorate-of-europe = члены региона «Европа»
electorate-of-latin-america = члены региона «Латинская Америка/Карибский бассейн»
electorate-of-north-america = члены региона «Северная Америка»
desc-not-found = По этому адресу страницы нет.
desc-home = { $title }: членов — { $members }, занято { $held } из { $seats } мест в Совете на { $as_of }; рабочие группы, руководящие принципы и новости.
desc-members = Действующие члены ({ $n }) на { $as_of }, в алфавитном порядке стран.
desc-by-region = Действующие члены ({ $n }) на { $as_of }, по регионам ccNSO.
desc-former = Бывшие члены ({ $n }), вышедшие не позднее { $as_of }, с датами вступления и выхода.
desc-growth = Рост числа членов по регионам ccNSO по { $as_of }.
desc-member = { $label }, { $country }: { $status } на { $as_of }, регион ccNSO «{ $region }».
desc-region = { $region }: члены региона ({ $n }) и его места в Совете на { $as_of }.
desc-council = Совет на { $as_of }: занято { $held } из { $total } мест, по местам, с должностями и окончанием сроков.
desc-councillor = { $title }: член Совета ccNSO; сроки полномочий ({ $terms }) и посещённые заседания.
desc-groups = Рабочие группы на { $as_of }: действующих — { $active }, закрытых — { $closed }.
desc-group = { $name }: рабочая группа, создана { $created }.
desc-guidelines = Руководящие принципы ({ $n }) с действующими версиями и датами принятия.
desc-guideline = { $title }: действующий текст (версия { $version }) и история версий.
desc-guideline-none = { $title }: версии; ни одна ещё не принята.
desc-version = { $title }, текст от { $date }.
desc-version-summary = { $title }, текст от { $date }: { $summary }.
desc-changes = Что изменилось от версии { $from } к версии { $to }: добавлено слов — { $added }, удалено — { $removed }.
desc-page = { $title }: страница сайта.
desc-news-item = { $title }: объявление от { $date }.
desc-news-list = Объявления, сначала новые (страница { $page } из { $pages }).
desc-applications = Заявки на членство на { $as_of }: на рассмотрении — { $pending }, решено — { $decided }.
desc-meetings = Заседания Совета ({ $n }), сначала новые, с их резолюциями.
desc-meeting = { $title }: { $kind } Совета от { $date }; резолюций — { $n }.
desc-resolutions = Резолюции Совета ({ $n }) по годам, сначала новые.
desc-elections = Выборы членов ({ $n }), сначала новые, с избранными кандидатами.
desc-election = { $title }: избиратели — { $electorate }, мест — { $seats }; { $result }.
desc-translations = Состояние перевода сайта ({ $languages }): переведённые, актуальные, устаревшие и отсутствующие тексты.
desc-votes = Голосования членов ({ $n }) с явкой, кворумом и результатом.
desc-vote = { $title }: голосование (избиратели — { $electorate }), предложение { $outcome } (за: { $yes }, против: { $no }).

feed-adopted = Принято: { $title }, версия { $version }
feed-adopted-on = Версия { $version } документа «{ $title }» принята { $date }.
feed-adopted-by = Версия { $version } документа «{ $title }» принята { $date }; принял: { $by }.
feed-resolution = Резолюция { $id }: { $title }
feed-resolution-on = Совет принял решение: { $subject }.
feed-resolution-of = Резолюция заседания Совета № { $number }.
