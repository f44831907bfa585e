# كلمات السمة الافتراضية باللغة العربية.

## التواريخ
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
month-of-1 = يناير
month-of-2 = فبراير
month-of-3 = مارس
month-of-4 = أبريل
month-of-5 = مايو
month-of-6 = يونيو
month-of-7 = يوليو
month-of-8 = أغسطس
month-of-9 = سبتمبر
month-of-10 = أكتوبر
month-of-11 = نوفمبر
month-of-12 = ديسمبر
date-day = { $day } { $month-of } { $year }
date-month = { $month } { $year }
date-about = في حوالي { $date }
date-by = في موعد أقصاه { $date }
date-not-before = ليس قبل { $date }

## اللغات
language-ar = العربية
language-en = الإنجليزية
language-es = الإسبانية
language-fr = الفرنسية
language-ru = الروسية
language-zh = الصينية

## كل الصفحات
skip = انتقل إلى المحتوى
nav-main = القائمة الرئيسية
nav-pages = الصفحات
nav-languages = اللغات
nav-members = الأعضاء
nav-council = المجلس
nav-working-groups = مجموعات العمل
nav-guidelines = المبادئ التوجيهية
nav-elections = الانتخابات
nav-news = الأخبار
nav-about = نبذة عنا
preview-drafts = معاينة مع المسودات: تظهر النسخ المسودة من المبادئ التوجيهية.
footer-records = السجلات كما في { $date_html }. كل سجل في هذا الموقع يذكر مصدره.
footer-open-data = البيانات المفتوحة:
footer-members-json = الأعضاء (JSON)
footer-members-csv = الأعضاء (CSV)
footer-region-changes = تغييرات المناطق (CSV)
footer-council-json = المجلس (JSON)
footer-resolutions-json = القرارات (JSON)
footer-elections-json = الانتخابات (JSON)
footer-votes-json = عمليات التصويت (JSON)
footer-atom = موجز Atom
footer-translations = الترجمات

## النصوص غير المترجمة
notice-original-only = هذا النص متاح باللغة { $language } فقط.
notice-outdated = تغيّر الأصل باللغة { $language } منذ إعداد هذه الترجمة: قد لا تكون محدّثة.
notice-read-original = اقرأ الأصل

## /translations/
translations-title = الترجمات
translations-intro = نصوص هذا الموقع مكتوبة باللغة { $language }. تبيّن هذه الصفحة، لكل لغة أخرى، النصوص المترجمة، والترجمات التي لم تعد محدّثة لأن أصلها تغيّر منذ ترجمتها، والترجمات الناقصة: الصفحة غير المترجمة تعرض النص الأصلي مع تنبيه.
translations-caption = النصوص المترجمة حسب اللغة
translations-language = اللغة
translations-translated = مترجمة
translations-up-to-date = محدّثة
translations-out-of-date = غير محدّثة
translations-missing = ناقصة
translations-of = { $n } من { $total }
translations-data = المعلومات نفسها، ملفًا ملفًا، كبيانات مفتوحة:
translations-hashes = تترجم { $translates }، والأصل الآن { $now }
translations-none = لا شيء.
