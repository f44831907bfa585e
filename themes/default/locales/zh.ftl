# 默认主题的简体中文用语。

## 日期
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
month-of-1 = 1月
month-of-2 = 2月
month-of-3 = 3月
month-of-4 = 4月
month-of-5 = 5月
month-of-6 = 6月
month-of-7 = 7月
month-of-8 = 8月
month-of-9 = 9月
month-of-10 = 10月
month-of-11 = 11月
month-of-12 = 12月
date-day = { $year }年{ $m }月{ $day }日
date-month = { $year }年{ $m }月
date-about = 约{ $date }
date-by = 不晚于{ $date }
date-not-before = 不早于{ $date }

## 语言
language-ar = 阿拉伯文
language-en = 英文
language-es = 西班牙文
language-fr = 法文
language-ru = 俄文
language-zh = 中文

## 所有页面
skip = 跳至正文
nav-main = 主导航
nav-pages = 页面
nav-languages = 语言
nav-members = 成员
nav-council = 理事会
nav-working-groups = 工作组
nav-guidelines = 指南
nav-elections = 选举
nav-news = 新闻
nav-about = 关于
preview-drafts = 含草稿预览：显示指南的草稿版本。
footer-records = 记录截至{ $date_html }。本网站的每条记录均注明来源。
footer-open-data = 开放数据：
footer-members-json = 成员（JSON）
footer-members-csv = 成员（CSV）
footer-region-changes = 地区变更（CSV）
footer-council-json = 理事会（JSON）
footer-resolutions-json = 决议（JSON）
footer-elections-json = 选举（JSON）
footer-votes-json = 投票（JSON）
footer-atom = Atom 订阅
footer-translations = 翻译

## 未翻译的文本
notice-original-only = 本文仅有{ $language }版本。
notice-outdated = 自本译文完成以来，{ $language }原文已有改动：译文可能已过时。
notice-read-original = 阅读原文

## /translations/
translations-title = 翻译
translations-intro = 本网站的文本以{ $language }撰写。本页按语言列出：哪些文本已翻译，哪些译文因原文此后有改动而过时，以及哪些尚未翻译；未翻译的页面显示原文并附说明。
translations-caption = 按语言列出的已译文本
translations-language = 语言
translations-translated = 已翻译
translations-up-to-date = 最新
translations-out-of-date = 已过时
translations-missing = 缺少
translations-of = { $total } 篇中的 { $n } 篇
translations-data = 以开放数据形式逐个文件列出的相同信息：
translations-hashes = 所译版本 { $translates }，原文现为 { $now }
translations-none = 无。
