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
title-version = { $title } — الإصدار { $version }
title-version-marked = { $title_html } — الإصدار { $version }
title-changes = التغييرات في الإصدار { $version } — { $title }
title-news-page = الأخبار — الصفحة { $n } من { $total }

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
role-chair = الرئيس
role-vice-chair = نائب الرئيس
stood-elected = فاز
stood-not-elected = لم يفز
stood-undocumented = مرشّح؛ النتيجة غير موثّقة
meeting-of = الاجتماع { $number } بتاريخ { $date }
attended-present = حاضر
attended-apologies = اعتذر عن الحضور

## القوائم والأعداد
punct-colon = {": "}
punct-semicolon = {"؛ "}
punct-stop = .
punct-stop-space = {". "}
list-comma = {"، "}
decimal-separator = .
from-to = من { $from_html } إلى { $to_html }
days = { $n ->
    [one] يوم واحد
    [two] يومان
    [few] { $n } أيام
   *[other] { $n } يومًا
}
source-link = المصدر

## الاجتماع
kind-meeting = اجتماع
kind-call = مؤتمر هاتفي
kind-online = قرار إلكتروني
meeting-title = { $kind ->
    [call] المؤتمر الهاتفي للمجلس رقم { $number }
    [online] القرار الإلكتروني للمجلس رقم { $number }
   *[meeting] اجتماع المجلس رقم { $number }
}
meeting-round-opened = { $date_html }: بدء الجولة
meeting-objections-until = موعد تقديم الاعتراضات
meeting-objections = { $date_html }: يُعدّ القرار متخذًا إذا لم يعترض أي عضو في المجلس حتى هذا التاريخ
meeting-present = الحاضرون
meeting-apologies = المعتذرون
meeting-quorum = النصاب
meeting-attendance-not-documented = الحضور غير موثّق
meeting-quorum-unknown = غير معروف: الحضور غير موثّق
meeting-quorum-count = حضر { $present } من أصل { $held } من أعضاء المجلس الشاغلين لمقاعدهم: { $quorate ->
    [true] النصاب مكتمل
   *[other] النصاب غير مكتمل (يجب حضور أكثر من النصف)
}
resolution-heading = القرار { $id }: { $title_html }
resolution-cap = القرار { $id }
acts-on = يتعلق بـ{ $what_html }.
acts-on-application = طلب عضوية .{ $name_html }
acts-on-version = { $name_html }، الإصدار { $version }
acts-on-member = عضوية .{ $name_html }
meeting-no-resolution = { $kind ->
    [call] لم يُسجَّل أي قرار لهذا المؤتمر الهاتفي.
    [online] لم يُسجَّل أي قرار لهذا القرار الإلكتروني.
   *[meeting] لم يُسجَّل أي قرار لهذا الاجتماع.
}
meeting-actions = بنود العمل
action-open = مفتوح
action-completed = منجز
meeting-no-action = لم يُسجَّل أي بند عمل.
meeting-minutes = المحضر
link-all-meetings = جميع الاجتماعات
link-all-resolutions-lower = جميع القرارات
application-received = وردت في { $date_html }

## الانتخاب
electorate-all = جميع الأعضاء
electorate-region = أعضاء منطقة { $region }
office-council = المجلس
office-board = مجلس إدارة ICANN
office-other = أخرى
election-office-seats = { $office }، عدد المقاعد: { $seats }
election-call = الدعوة إلى الترشيح
election-nominations-close = إغلاق باب الترشيح
election-ballot-closes = إغلاق الاقتراع
election-term-from = بداية الولاية
election-method = الطريقة
method-stv = الصوت الواحد القابل للتحويل (طريقة ميك)
method-majority = أغلبية الأصوات المدلى بها
method-plurality = الأغلبية النسبية
result-none = لم يُسجَّل أي ترشيح بعد
result-unopposed = فاز بالتزكية
result-undocumented = النتيجة غير موثّقة
result-missing = لم يُسجَّل أي تصويت
result-vote = فاز بالتصويت
election-nominations = الترشيحات
election-nominations-caption = المرشحون ومن رشّحهم ومن أيّد ترشيحهم
col-candidate = المرشح
col-nominated = تاريخ الترشيح
col-nominated-by = رشّحه
col-seconded-by = أيّده
col-status = الحالة
self-nominated = ترشيح ذاتي
nomination-accepted = مقبول
nomination-declined = معتذَر عنه
election-the-vote = التصويت
election-round = الجولة { $n }، أُغلقت في { $date }: عدد أوراق الاقتراع { $ballots } من أصل { $electorate } عضوًا (نسبة المشاركة { $turnout })، { $quorate ->
    [true] النصاب مكتمل
   *[other] النصاب غير مكتمل
}{ $abstentions ->
    [0] {""}
   *[other] ، الممتنعون: { $abstentions }
}
col-votes = الأصوات
col-share = النسبة من الأصوات المدلى بها
col-share-short = النسبة
elected-mark = (فاز)
election-tie = تعادل على المقعد الأخير: { $names }.
election-count = فرز الأصوات
election-count-intro = عدد أوراق الاقتراع { $ballots } من أصل { $electorate } عضوًا (نسبة المشاركة { $turnout })، فُرزت بطريقة ميك: في كل جولة يحتفظ كل مرشح فائز بالحصة فقط وينقل باقي كل ورقة إلى الخيار التالي؛ وإذا لم يبلغ أحد الحصة يُستبعد المرشح الحاصل على أقل عدد من الأصوات.
election-count-caption = الفرز جولةً بجولة (الأصوات بست خانات عشرية)
col-round = الجولة { $n }
stv-elected = فاز
stv-excluded = استُبعد
stv-quota = الحصة
stv-exhausted = الأصوات المستنفدة
stv-chart-title = الفرز جولةً بجولة
stv-chart-summary = أصوات كل مرشح في كل جولة من الجولات (عددها { $n })، والحصة بخط متقطع؛ والأرقام في الجدول.
stv-axis-round = الجولة
stv-chart-caption = كل خط يمثّل أصوات مرشح واحد؛ والخط المتقطع هو الحصة.
stv-action-quota = { $names }: فاز، بلغ الحصة
stv-action-fewest = { $names }: استُبعد، أقل عدد من الأصوات
stv-action-fewest-tie = { $names }: استُبعد، أقل عدد من الأصوات (تعادل حُسم وفق قواعد التعادل)
stv-action-remaining = { $names }: فاز، عدد المرشحين المتبقين يساوي عدد المقاعد المتبقية
stv-action-no-seat = { $names }: استُبعد، لم يبقَ أي مقعد
link-all-elections = جميع الانتخابات

## التصويت
vote-electorate = { $electorate_html }: عدد الأعضاء { $n } في { $date_html }
vote-voting = التصويت
vote-turnout = عدد أوراق الاقتراع { $ballots } ({ $turnout })؛ النصاب { $quorum }: { $met ->
    [true] مكتمل
   *[other] غير مكتمل
}
vote-result = نتيجة الفرز
vote-result-text = مؤيد: { $yes }، معارض: { $no }{ $abstentions ->
    [0] {""}
   *[other] ، ممتنع: { $abstentions }
}؛ نسبة التأييد { $share }، والحد المطلوب { $threshold }
outcome-passed = مقبول
outcome-failed = مرفوض
vote-petitioned-by = مقدّمو العريضة
vote-proposal = الاقتراح
link-all-votes = جميع عمليات التصويت

## تطوّر عدد الأعضاء
growth-intro-from = عدد الأعضاء في اليوم الأول من كل شهر، من { $from_html } إلى { $to_html }، حسب مناطق ccNSO. لا يُحتسب إلا الأعضاء الذين سُجّل تاريخ انضمامهم.
growth-intro = عدد الأعضاء في اليوم الأول من كل شهر حتى { $to_html }، حسب مناطق ccNSO. لا يُحتسب إلا الأعضاء الذين سُجّل تاريخ انضمامهم.
growth-chart-title = الأعضاء حسب مناطق ccNSO عبر الزمن
growth-summary = الأعضاء الذين سُجّل تاريخ انضمامهم: { $first_count } في { $first }، و{ $last_count } في { $last }.
growth-none = لم ينضم أي عضو حتى هذا التاريخ.
growth-table-below = يعرض الجدول أدناه الأرقام حسب السنة.
growth-reported-legend = الأعضاء حسب ما أعلنته ccNSO (جميع الأعضاء، لا المدرجون هنا فقط)
growth-caption = الأعضاء في آخر تاريخ محتسب من كل سنة
col-year = السنة
col-counted-on = تاريخ العدّ
col-total = المجموع
growth-reported = الأعداد التي أعلنتها ccNSO
growth-reported-intro = يحتسب الرسم البياني الأعضاء المدرجين في هذا الموقع. وقد أعلنت المنظمة نفسها هذه المجاميع؛ والفرق بينهما هو الأعضاء الذين لم يُوثَّق انضمامهم هنا.
growth-reported-count = عدد الأعضاء { $total_html } في { $date_html }

## الإصدارات والتغييرات
col-version = الإصدار
col-date-of-text = تاريخ النص
col-effective = تاريخ السريان
col-summary = الملخص
col-changes = التغييرات
status-draft = مسودة
status-adopted = معتمد
status-current = سارٍ
status-superseded = مستبدَل
not-adopted = غير معتمد
version-n = الإصدار { $version }
version-n-lower = الإصدار { $version }
all-versions-lower = جميع الإصدارات
changes-in = التغييرات في الإصدار { $version }
changes-compared = الإصداران المقارَنان
changes-none = لا تغيير: نصّا الإصدارين { $from } و{ $to } متطابقان.
changes-counts = عدد الكلمات المضافة { $added_html }، والمحذوفة { $removed_html }، والبنود المعنية { $clauses }:
clause-changed = معدّل
clause-added = مضاف
clause-removed = محذوف
clause-moved = منقول
changes-side-by-side-link = عرض متجاور
changes-redline = مقارنة النصين
changes-key = النص المُدرج { $underlined_html }؛ والنص المحذوف { $struck_html }. والفقرات المعدّلة معلَّمة في الهامش.
changes-underlined = مسطّر تحته
changes-struck = مشطوب
changes-table = جدول معدّل
vh-inserted = {"[مُدرج: "}
vh-deleted = {"[محذوف: "}
moved-here-from = نُقل إلى هنا من { $clause }:
moved-to = نُقل إلى { $clause }:
row-added = صف مضاف:
row-removed = صف محذوف:
block-added = مضاف:
block-removed = محذوف:
moved-from = منقول من { $clause }
moved-to-short = منقول إلى { $clause }
changes-side-by-side = جنبًا إلى جنب
changes-show-side-by-side = عرض الإصدارين جنبًا إلى جنب
changes-sbs-caption = الإصدار { $from } والإصدار { $to }، فقرةً بفقرة

## أوصاف الصفحات (لمحركات البحث ومعاينات الروابط)
electorate-of-africa = أعضاء منطقة أفريقيا
electorate-of-asia-pacific = أعضاء منطقة آسيا/أستراليا/المحيط الهادئ
electorate-of-europe = أعضاء منطقة أوروبا
electorate-of-latin-america = أعضاء منطقة أمريكا اللاتينية/الكاريبي
electorate-of-north-america = أعضاء منطقة أمريكا الشمالية
desc-not-found = لا توجد صفحة على هذا العنوان.
desc-home = { $title }: عدد الأعضاء { $members }، والمقاعد المشغولة في المجلس { $held } من أصل { $seats } في { $as_of }؛ ومجموعات العمل والمبادئ التوجيهية والأخبار.
desc-members = الأعضاء الحاليون (العدد: { $n }) في { $as_of }، مرتبين أبجديًا حسب البلد.
desc-by-region = الأعضاء الحاليون (العدد: { $n }) في { $as_of }، حسب مناطق ccNSO.
desc-former = الأعضاء السابقون (العدد: { $n }) الذين غادروا حتى { $as_of }، مع تواريخ انضمامهم ومغادرتهم.
desc-growth = تطوّر عدد الأعضاء حسب مناطق ccNSO حتى { $as_of }.
desc-member = { $label }، { $country }: { $status } في { $as_of }، منطقة ccNSO: { $region }.
desc-region = { $region }: أعضاؤها (العدد: { $n }) ومقاعدها في المجلس في { $as_of }.
desc-council = المجلس في { $as_of }: المقاعد المشغولة { $held } من أصل { $total }، مقعدًا مقعدًا، مع المناصب ونهايات الولايات.
desc-councillor = { $title }: عضو في مجلس ccNSO، مع ولاياته (العدد: { $terms }) والاجتماعات التي حضرها.
desc-groups = مجموعات العمل في { $as_of }: النشطة { $active }، والمغلقة { $closed }.
desc-group = { $name }: مجموعة عمل أُنشئت في { $created }.
desc-guidelines = المبادئ التوجيهية (العدد: { $n }) مع إصداراتها السارية وتواريخ اعتمادها.
desc-guideline = { $title }: النص الساري (الإصدار { $version }) وسجل إصداراته.
desc-guideline-none = { $title }: إصداراته؛ لم يُعتمد أي منها بعد.
desc-version = { $title }، نص { $date }.
desc-version-summary = { $title }، نص { $date }: { $summary }.
desc-changes = ما تغيّر من الإصدار { $from } إلى الإصدار { $to }: كلمات مضافة { $added }، ومحذوفة { $removed }.
desc-page = { $title }: صفحة من صفحات الموقع.
desc-news-item = { $title }: إعلان بتاريخ { $date }.
desc-news-list = الإعلانات، الأحدث أولًا (الصفحة { $page } من { $pages }).
desc-applications = طلبات العضوية في { $as_of }: قيد النظر { $pending }، ومبتوت فيها { $decided }.
desc-meetings = اجتماعات المجلس (العدد: { $n })، الأحدث أولًا، مع قراراتها.
desc-meeting = { $title }: { $kind } للمجلس بتاريخ { $date }، وعدد القرارات { $n }.
desc-resolutions = قرارات المجلس (العدد: { $n }) حسب السنة، الأحدث أولًا.
desc-elections = انتخابات الأعضاء (العدد: { $n })، الأحدث أولًا، مع الفائزين.
desc-election = { $title }: الناخبون { $electorate }، وعدد المقاعد { $seats }؛ { $result }.
desc-translations = حالة ترجمة الموقع ({ $languages }): النصوص المترجمة والمحدّثة والقديمة والناقصة.
desc-votes = عمليات تصويت الأعضاء (العدد: { $n }) مع نسبة المشاركة والنصاب والنتيجة.
desc-vote = { $title }: تصويت (الناخبون: { $electorate })، والاقتراح { $outcome } (مؤيد: { $yes }، معارض: { $no }).

feed-adopted = اعتُمد: { $title }، الإصدار { $version }
feed-adopted-on = اعتُمد الإصدار { $version } من «{ $title }» في { $date }.
feed-adopted-by = اعتمد { $by } الإصدار { $version } من «{ $title }» في { $date }.
feed-resolution = القرار { $id }: { $title }
feed-resolution-on = بتّ المجلس في { $subject }.
feed-resolution-of = قرار من اجتماع المجلس رقم { $number }.
