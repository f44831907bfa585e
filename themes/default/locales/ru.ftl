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
date-day = { $day } { $month-of } { $year } г.
date-month = { $month } { $year } г.
date-about = около { $date }
date-by = не позднее { $date }
date-not-before = не ранее { $date }

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
footer-records = Данные по состоянию на { $date_html }. Для каждой записи на этом сайте указан источник.
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
