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
date-month-of = { $year }年{ $m }月
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

## 主题页面标题
title-members = 成员
title-members-by-region = 按地区列出的成员
title-members-former = 前成员
title-members-growth = 成员增长
title-applications = 入会申请
title-council = 理事会
title-meetings = 理事会会议
title-resolutions = 理事会决定与决议
title-elections = 选举
title-votes = 成员投票
title-working-groups = 工作组
title-guidelines = 指南
title-news = 新闻
title-not-found = 找不到页面

## ccNSO 地区
region-africa = 非洲
region-asia-pacific = 亚洲/澳大利亚/太平洋
region-europe = 欧洲
region-latin-america = 拉丁美洲/加勒比
region-north-america = 北美洲

## 多个页面的用语
source = 来源：
how-we-know = 依据：
not-documented = 无记载
none = 无。
draft = 草案
all-news = 全部新闻
no-news = 暂无新闻。
col-region = 地区
col-members = 成员
col-cctld = ccTLD
col-country = 国家或地区
col-manager = 管理机构
col-ccnso-region = ccNSO 地区
col-joined = 加入日期
col-guideline = 指南
col-current-version = 现行版本
col-adopted = 通过日期
councillors = 理事
link-growth = 成员增长
link-the-council = 理事会
link-meetings = 会议
link-resolutions = 决议
link-votes = 投票
link-applications = 入会申请
link-applications-short = 入会申请
link-members-by-region = 按地区列出的成员
link-former = 前成员
link-self-selection = 地区自选程序
link-home = 首页
link-members = 成员
link-guidelines = 指南
page-of = 第 { $n } 页，共 { $total } 页

## 首页
home-lead = ICANN 内国家和地区代码顶级域名管理机构之家。
home-glance = 概览（{ $date_html }）
home-members = { $partial ->
    [true] 有记载的成员
   *[other] 列出的成员
} { $count_html } 个
home-seats = 理事会 18 个席位中{ $partial ->
    [true] 有记载为在任的
   *[other] 在任的
} { $count_html } 个
home-groups = 活跃的工作组 { $count_html } 个
home-guidelines = 指南 { $count_html } 份
home-by-region = 按 ccNSO 地区列出的{ $partial ->
    [true] 有记载成员
   *[other] 成员
}
home-latest = 最新新闻
home-explore = 浏览
home-explore-members = { $by_region_html }与{ $growth_html }
home-explore-council = { $council_html }：18 个席位，每个地区 3 个，提名委员会 3 个；其{ $meetings_html }与{ $resolutions_html }
home-explore-elections = 成员的{ $elections_html }与{ $votes_html }；{ $applications_html }
home-explore-guidelines = { $guidelines_html }及其版本历史

## 成员
members-intro = 截至{ $date_html }的现有{ $partial ->
    [true] 有记载
   *[other] {""}
}成员 { $n } 个，按国家或地区名称字母顺序排列。
members-see-also = 另见{ $by_region_html }、{ $former_html }、{ $growth_html }和{ $applications_html }。
members-current = 现有成员
members-none = 没有记录现有成员。
by-region-intro = 截至{ $date_html }的现有{ $partial ->
    [true] 有记载
   *[other] {""}
}成员 { $n } 个，按 ccNSO 地区分组：即 ICANN 为该地区划定的地区，或成员按{ $procedure_html }选择的地区。
members-in = { $region }的成员
members-current-in = { $region }的现有成员
members-none-in-region = 该地区没有记录现有成员。
about-region = 关于该地区
region-seats = 截至{ $date_html }，该地区在{ $council_html }的三个席位：
term-ends = 任期至{ $date_html }
seats-vacant = { $n } 个席位空缺或无记载

## 新闻
news-pages = 新闻分页
newer = 较新
older = 较早
subscribe = 订阅 Atom 源

## 指南与工作组
guidelines-intro = ccNSO 的指南和程序，各附现行版本及其历史。
guidelines-caption = 指南及其现行版本
guidelines-none = 没有记录指南。
none-adopted = 尚无通过的版本
groups-intro = 截至{ $date_html }：活跃 { $active } 个，已结束 { $closed } 个。
groups-active = 活跃
groups-closed = 已结束
groups-future = 创建于{ $date }之后
group-created = 创建于{ $date_html }
group-closed = 结束于{ $date_html }

## 找不到页面
not-found-text = 此地址没有页面。请前往{ $home_html }、{ $members_html }或{ $guidelines_html }。

## 成员页面与理事会
member-status-on = 截至{ $date_html }的状态
member-status-current = 现有成员
member-status-former = 前成员
member-status-future = 尚未成为成员
member-manager = ccTLD 管理机构
member-icann-region = ICANN 地区
member-icann-region-basis = { $region }（依据{ $basis }划定）
basis-un-statistics = 联合国统计分类
basis-citizenship = 国籍
col-left = 退出日期
col-reason = 原因
col-requested = 申请日期
col-to = 转至
col-decided = 决定日期
col-outcome = 结果
col-extraordinary = 特别申请
col-resolution = 决议
left-resignation = 主动退出
left-administrative = 行政除名
outcome-approved = 已批准
outcome-rejected = 已拒绝
outcome-pending = 待定
yes = 是
no = 否
not-yet = 尚未
member-website = 网站
member-councillors = 来自该 ccTLD 的理事
member-region-history = 地区变更记录
member-change-requests = 地区变更申请
member-no-change = 没有地区变更申请记录：该成员属于 ICANN 为其所在地区划定的地区。
former-caption = 截至{ $date_html }已终止成员资格的成员
former-none = 没有记录前成员。
council-intro = 截至{ $date_html }的理事会：{ $total } 个席位中{ $partial ->
    [true] 有记载为在任的 { $held } 个（没有来源记载的席位标为“无记载”）
   *[other] 在任 { $held } 个
}。五个地区各有三个席位，ICANN 提名委员会任命三个；任期交错。其决定：{ $meetings_html }与{ $resolutions_html }。
seat-africa = 非洲
seat-asia-pacific = 亚洲/澳大利亚/太平洋
seat-europe = 欧洲
seat-latin-america = 拉丁美洲/加勒比
seat-north-america = 北美洲
seat-nomcom = 提名委员会
no-end-date = 未记录结束日期
elected-in = 当选于{ $election_html }
source-and-how = 来源与依据
seat-not-documented = 无记载
seat-vacant = 空缺

## 指南及其版本
version-in-force = 第 { $version } 版，现行有效
since = 自{ $date_html }起
adopted-on = 通过于{ $date_html }
adopted-by = （由{ $body }通过）
permalink = 此版本的永久链接
no-version-adopted = 尚无通过的版本。
version-history = 版本历史
no-published-version = 没有已发布的版本。
banner-draft = 草案
banner-draft-text = 第 { $version } 版是正在审议的提案，尚未生效。
banner-in-force = 现行版本为 { $version_html }。
banner-superseded = 已被取代
banner-superseded-text = 此版本已不再有效。
banner-current = 现行版本为 { $version_html }。
version-text-of = 第 { $version } 版，文本日期：{ $date_html }
resolution-n = 决议 { $id }
all-versions = 所有版本
changes-from-previous = 与上一版本相比的修改

## 决定与选举：列表
link-all-resolutions = 按年份列出的全部决议
link-the-council-lower = 理事会
link-the-meetings = 会议
link-the-votes = 成员投票
none-recorded = 无记录
col-meeting = 会议
col-date = 日期
col-kind = 类型
col-place = 地点
col-resolutions = 决议
col-title = 标题
col-acts-on = 涉及
col-applicant = 申请机构
col-received = 收到日期
col-iana-check = IANA 核查
col-days-pending = 待定天数
col-election = 选举
col-call = 公告
col-office = 职位
col-electorate = 选民
col-seats = 席位
col-elected = 当选
col-vote = 投票
col-closed = 截止
col-turnout = 投票率
col-for = 赞成
col-threshold = 门槛
meetings-intro = 本网站记录的 ccNSO 理事会会议、电话会议和在线决定，按时间由近及远排列。另见{ $resolutions_html }和{ $council_html }。
meetings-caption = 理事会会议，由近及远
meetings-none = 没有记录理事会会议。
resolutions-intro = ccNSO 理事会的决议共 { $n } 项，按年份由近及远排列。每项决议均链接至其会议记录中的相应位置；另见{ $meetings_html }。
resolutions-of = { $year } 年的决议
resolutions-none = 没有记录决议。
applications-intro = ccTLD 管理机构提出申请；IANA 确认申请者管理该 ccTLD；理事会作出决定。截至{ $date_html }收到的申请（以本网站记录为限）。
applications-pending = 待定
applications-decided = 已决定
applications-pending-caption = 等待理事会决定的申请，等待最久的在前
applications-decided-caption = 已决定和已撤回的申请，由近及远
applications-none-pending = 没有待定的申请。
applications-none-decided = 没有记录已决定的申请。
elections-intro = 成员选举，由近及远：理事会席位（每年每个地区有一名理事卸任，随后该地区开放提名期）、ccNSO 在 ICANN 董事会的席位以及其他选举。候选人由两个成员提名；每个成员有一票。另见{ $votes_html }。
elections-caption = 选举，由近及远
elections-none = 没有记录选举。
votes-intro = 成员就提案进行的投票：当参与的成员足够多（法定人数）且赞成票在赞成和反对票中所占比例足够高（门槛）时，提案获得通过。10% 的成员可以请愿要求投票。
votes-caption = 投票，由近及远
votes-none = 没有记录投票。

## 工作组
group-status-active = 活跃
group-status-closed = 已结束
group-status-not-yet-created = 尚未成立
col-created = 成立日期
col-closed-on = 结束日期
col-chair = 主席
col-joint-with = 联合
col-participants = 参与成员
charter = 章程

## 理事
councillor-terms = 理事会任期
councillor-roles = 职务
term-from = 起始：{ $date_html }
term-to = 结束：{ $date_html }
