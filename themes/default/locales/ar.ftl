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
date-month-of = { $month-of } { $year }
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

## عناوين صفحات السمة
title-members = الأعضاء
title-members-by-region = الأعضاء حسب المنطقة
title-members-former = الأعضاء السابقون
title-members-growth = تطوّر عدد الأعضاء
title-applications = طلبات العضوية
title-council = المجلس
title-meetings = اجتماعات المجلس
title-resolutions = قرارات المجلس
title-elections = الانتخابات
title-votes = عمليات تصويت الأعضاء
title-working-groups = مجموعات العمل
title-guidelines = المبادئ التوجيهية
title-news = الأخبار
title-not-found = الصفحة غير موجودة

## مناطق ccNSO
region-africa = أفريقيا
region-asia-pacific = آسيا/أستراليا/المحيط الهادئ
region-europe = أوروبا
region-latin-america = أمريكا اللاتينية/الكاريبي
region-north-america = أمريكا الشمالية

## كلمات عدة صفحات
source = المصدر:
how-we-know = كيف نعرف ذلك:
not-documented = غير موثّق
none = لا شيء.
draft = مسودة
all-news = كل الأخبار
no-news = لا توجد أخبار بعد.
col-region = المنطقة
col-members = الأعضاء
col-cctld = ccTLD
col-country = البلد أو الإقليم
col-manager = الجهة المديرة
col-ccnso-region = منطقة ccNSO
col-joined = تاريخ الانضمام
col-guideline = المبدأ التوجيهي
col-current-version = النسخة السارية
col-adopted = تاريخ الاعتماد
councillors = أعضاء المجلس
link-growth = تطوّر عدد الأعضاء
link-the-council = المجلس
link-meetings = اجتماعاته
link-resolutions = قراراته
link-votes = عمليات التصويت
link-applications = طلبات العضوية
link-applications-short = طلبات العضوية
link-members-by-region = الأعضاء حسب المنطقة
link-former = الأعضاء السابقين
link-self-selection = إجراء الاختيار الذاتي
link-home = الصفحة الرئيسية
link-members = الأعضاء
link-guidelines = المبادئ التوجيهية
page-of = الصفحة { $n } من { $total }

## الصفحة الرئيسية
home-lead = ملتقى الجهات المديرة لنطاقات المستوى الأعلى لرموز البلدان داخل ICANN.
home-glance = لمحة سريعة، في { $date_html }
home-members = { $count_html } { $partial ->
    [true] { $n ->
        [two] عضوان موثّقان
        [few] أعضاء موثّقين
        [many] عضوًا موثّقًا
       *[other] عضو موثّق
    }
   *[other] { $n ->
        [two] عضوان مسجّلان
        [few] أعضاء مسجّلين
        [many] عضوًا مسجّلًا
       *[other] عضو مسجّل
    }
}
home-seats = { $count_html } من مقاعد المجلس الـ18 { $partial ->
    [true] موثّقة كمشغولة
   *[other] مشغولة
}
home-groups = { $count_html } { $n ->
    [zero] مجموعة عمل نشطة
    [one] مجموعة عمل نشطة
    [two] مجموعتا عمل نشطتان
    [few] مجموعات عمل نشطة
    [many] مجموعة عمل نشطة
   *[other] مجموعة عمل نشطة
}
home-guidelines = { $count_html } { $n ->
    [zero] مبدأ توجيهي
    [one] مبدأ توجيهي
    [two] مبدآن توجيهيان
    [few] مبادئ توجيهية
    [many] مبدأً توجيهيًا
   *[other] مبدأ توجيهي
}
home-by-region = الأعضاء { $partial ->
    [true] الموثّقون
   *[other] المسجّلون
} حسب منطقة ccNSO
home-latest = آخر الأخبار
home-explore = استكشف
home-explore-members = { $by_region_html } و{ $growth_html }
home-explore-council = { $council_html }: 18 مقعدًا، ثلاثة لكل منطقة وثلاثة للجنة الترشيح؛ { $meetings_html } و{ $resolutions_html }
home-explore-elections = { $elections_html } و{ $votes_html } الأعضاء؛ { $applications_html }
home-explore-guidelines = { $guidelines_html } مع سجل نسخها

## الأعضاء
members-intro = الأعضاء الحاليون{ $partial ->
    [true] {" "}الموثّقون
   *[other] {""}
} في { $date_html }: { $n }، مرتبون أبجديًا حسب البلد أو الإقليم.
members-see-also = انظر أيضًا { $by_region_html } و{ $former_html } و{ $growth_html } و{ $applications_html }.
members-current = الأعضاء الحاليون
members-none = لا يوجد أعضاء حاليون مسجّلون.
by-region-intro = الأعضاء الحاليون{ $partial ->
    [true] {" "}الموثّقون
   *[other] {""}
} في { $date_html }: { $n }، مجمّعون حسب منطقة ccNSO: منطقة ICANN للإقليم، أو المنطقة التي اختارها العضو بموجب { $procedure_html }.
members-in = الأعضاء في { $region }
members-current-in = الأعضاء الحاليون في { $region }
members-none-in-region = لا يوجد أعضاء حاليون مسجّلون في هذه المنطقة.
about-region = عن المنطقة
region-seats = مقاعد المنطقة الثلاثة في { $council_html } في { $date_html }:
term-ends = تنتهي الولاية في { $date_html }
seats-vacant = { $n ->
    [one] مقعد واحد شاغر أو غير موثّق
    [two] مقعدان شاغران أو غير موثّقين
   *[other] { $n } مقاعد شاغرة أو غير موثّقة
}

## الأخبار
news-pages = صفحات الأخبار
newer = الأحدث
older = الأقدم
subscribe = اشترك في موجز Atom

## المبادئ التوجيهية ومجموعات العمل
guidelines-intro = المبادئ التوجيهية والإجراءات الخاصة بـ ccNSO، لكل منها النسخة السارية وسجلها.
guidelines-caption = المبادئ التوجيهية ونسخها السارية
guidelines-none = لا توجد مبادئ توجيهية مسجّلة.
none-adopted = لم تُعتمد أي نسخة
groups-intro = في { $date_html }: { $active } نشطة، { $closed } مغلقة.
groups-active = النشطة
groups-closed = المغلقة
groups-future = أُنشئت بعد { $date }
group-created = أُنشئت في { $date_html }
group-closed = أُغلقت في { $date_html }

## الصفحة غير موجودة
not-found-text = لا توجد صفحة بهذا العنوان. جرّب { $home_html } أو { $members_html } أو { $guidelines_html }.

## صفحات الأعضاء والمجلس
member-status-on = الوضع في { $date_html }
member-status-current = عضو حالي
member-status-former = عضو سابق
member-status-future = ليس عضوًا بعد
member-manager = الجهة المديرة لنطاق ccTLD
member-icann-region = منطقة ICANN
member-icann-region-basis = { $region } (حُدّدت على أساس { $basis })
basis-un-statistics = التصنيف الإحصائي للأمم المتحدة
basis-citizenship = الجنسية
col-left = تاريخ المغادرة
col-reason = السبب
col-requested = تاريخ الطلب
col-to = إلى
col-decided = تاريخ القرار
col-outcome = النتيجة
col-extraordinary = استثنائي
col-resolution = القرار
left-resignation = استقالة
left-administrative = شطب إداري
outcome-approved = مقبول
outcome-rejected = مرفوض
outcome-pending = قيد النظر
yes = نعم
no = لا
not-yet = ليس بعد
member-website = الموقع الإلكتروني
member-councillors = أعضاء المجلس من هذا النطاق
member-region-history = سجل المناطق
member-change-requests = طلبات تغيير المنطقة
member-no-change = لا يوجد أي طلب مسجّل لتغيير المنطقة: العضو في منطقة ICANN الخاصة بإقليمه.
former-caption = الأعضاء الذين انتهت عضويتهم بحلول { $date_html }
former-none = لا يوجد أعضاء سابقون مسجّلون.
council-intro = المجلس في { $date_html }: { $held } من { $total } مقعدًا { $partial ->
    [true] موثّقة كمشغولة (المقعد الذي لا يوثّقه أي مصدر يظهر «غير موثّق»)
   *[other] مشغولة
}. لكل منطقة من المناطق الخمس ثلاثة مقاعد، وتشغل لجنة الترشيح في ICANN ثلاثة؛ والولايات متعاقبة. قراراته: { $meetings_html } و{ $resolutions_html }.
seat-africa = أفريقيا
seat-asia-pacific = آسيا/أستراليا/المحيط الهادئ
seat-europe = أوروبا
seat-latin-america = أمريكا اللاتينية/الكاريبي
seat-north-america = أمريكا الشمالية
seat-nomcom = لجنة الترشيح
no-end-date = لم يُسجَّل تاريخ انتهاء
elected-in = انتُخب في { $election_html }
source-and-how = المصدر وكيف نعرف ذلك
seat-not-documented = غير موثّق
seat-vacant = شاغر

## المبادئ التوجيهية ونسخها
version-in-force = النسخة { $version }، سارية
since = منذ { $date_html }
adopted-on = اعتُمدت في { $date_html }
adopted-by = من قِبل { $body }
permalink = رابط دائم لهذه النسخة
no-version-adopted = لم تُعتمد أي نسخة بعد.
version-history = سجل النسخ
no-published-version = لا توجد نسخة منشورة.
banner-draft = مسودة
banner-draft-text = النسخة { $version } اقتراح قيد المراجعة، وليست سارية.
banner-in-force = النسخة السارية هي { $version_html }.
banner-superseded = مُستبدَلة
banner-superseded-text = لم تعد هذه النسخة سارية.
banner-current = النسخة السارية هي { $version_html }.
version-text-of = النسخة { $version }، نص { $date_html }
resolution-n = القرار { $id }
all-versions = كل النسخ
changes-from-previous = التغييرات عن النسخة السابقة

## القرارات والانتخابات: القوائم
link-all-resolutions = كل القرارات حسب السنة
link-the-council-lower = المجلس
link-the-meetings = الاجتماعات
link-the-votes = عمليات تصويت الأعضاء
none-recorded = لا شيء مسجّل
col-meeting = الاجتماع
col-date = التاريخ
col-kind = النوع
col-place = المكان
col-resolutions = القرارات
col-title = العنوان
col-acts-on = موضوعه
col-applicant = مقدّم الطلب
col-received = تاريخ الاستلام
col-iana-check = تحقّق IANA
col-days-pending = أيام الانتظار
col-election = الانتخاب
col-call = الدعوة
col-office = المنصب
col-electorate = الهيئة الناخبة
col-seats = المقاعد
col-elected = الفائزون
col-vote = التصويت
col-closed = الإغلاق
col-turnout = نسبة المشاركة
col-for = مؤيد
col-threshold = العتبة
meetings-intro = اجتماعات مجلس ccNSO ومكالماته الجماعية وقراراته عبر الإنترنت المسجّلة في هذا الموقع، من الأحدث إلى الأقدم. انظر أيضًا { $resolutions_html } و{ $council_html }.
meetings-caption = اجتماعات المجلس، من الأحدث إلى الأقدم
meetings-none = لا يوجد أي اجتماع مسجّل للمجلس.
resolutions-intro = قرارات مجلس ccNSO ({ $n }) حسب السنة، من الأحدث إلى الأقدم. يُحيل كل قرار إلى موضعه في محضر اجتماعه؛ انظر أيضًا { $meetings_html }.
resolutions-of = قرارات عام { $year }
resolutions-none = لا يوجد أي قرار مسجّل.
applications-intro = تتقدّم الجهة المديرة لنطاق ccTLD بطلب؛ وتؤكد IANA أن مقدّم الطلب يدير النطاق؛ ويقرّر المجلس. الطلبات الواردة حتى { $date_html }، بقدر ما هي مسجّلة هنا.
applications-pending = قيد النظر
applications-decided = تم البت فيها
applications-pending-caption = الطلبات التي تنتظر قرار المجلس، الأطول انتظارًا أولًا
applications-decided-caption = الطلبات التي بُتّ فيها أو سُحبت، من الأحدث إلى الأقدم
applications-none-pending = لا يوجد أي طلب قيد النظر.
applications-none-decided = لا يوجد أي طلب مسجّل تم البت فيه.
elections-intro = انتخابات الأعضاء، من الأحدث إلى الأقدم: مقاعد المجلس (يتنحّى كل عام عضو مجلس عن كل منطقة، تليه فترة ترشيح في تلك المنطقة)، ومقاعد ccNSO في مجلس إدارة ICANN، وغيرها. يرشّح المرشحين عضوان؛ ولكل عضو صوت واحد. انظر أيضًا { $votes_html }.
elections-caption = الانتخابات، من الأحدث إلى الأقدم
elections-none = لا يوجد أي انتخاب مسجّل.
votes-intro = تصويت الأعضاء على المقترحات: يُعتمد المقترح عندما يشارك عدد كافٍ من الأعضاء (النصاب) وتكون نسبة كافية من الأصوات المؤيدة أو المعارضة مؤيدة (العتبة). ويجوز لـ10% من الأعضاء طلب التصويت بعريضة.
votes-caption = عمليات التصويت، من الأحدث إلى الأقدم
votes-none = لا توجد أي عملية تصويت مسجّلة.

## مجموعة عمل
group-status-active = نشطة
group-status-closed = مغلقة
group-status-not-yet-created = لم تُنشأ بعد
col-created = تاريخ الإنشاء
col-closed-on = تاريخ الإغلاق
col-chair = الرئاسة
col-joint-with = بالاشتراك مع
col-participants = الأعضاء المشاركون
charter = الميثاق

## عضو المجلس
councillor-terms = الولايات في المجلس
councillor-roles = المناصب
term-from = البداية: { $date_html }
term-to = النهاية: { $date_html }
