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
title-version = { $title }：第 { $version } 版
title-version-marked = { $title_html }：第 { $version } 版
title-changes = 第 { $version } 版的修改：{ $title }
title-news-page = 新闻：第 { $n } 页，共 { $total } 页

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
role-chair = 主席
role-vice-chair = 副主席
stood-elected = 当选
stood-not-elected = 未当选
stood-undocumented = 获提名；结果无记录
meeting-of = { $date }第 { $number } 次会议
attended-present = 出席
attended-apologies = 请假

## 列表与数字
punct-colon = ：
punct-semicolon = ；
punct-stop = 。
punct-stop-space = 。
list-comma = 、
decimal-separator = .
from-to = { $from_html }至{ $to_html }
days = { $n } 天
source-link = 来源

## 会议
kind-meeting = 会议
kind-call = 电话会议
kind-online = 在线决定
meeting-title = { $kind ->
    [call] 理事会第 { $number } 次电话会议
    [online] 理事会第 { $number } 号在线决定
   *[meeting] 理事会第 { $number } 次会议
}
meeting-round-opened = { $date_html }：征询开始
meeting-objections-until = 异议截止
meeting-objections = { $date_html }：如届时无理事提出异议，即视为通过
meeting-present = 出席
meeting-apologies = 请假
meeting-quorum = 法定人数
meeting-attendance-not-documented = 出席情况无记录
meeting-quorum-unknown = 不详：出席情况无记录
meeting-quorum-count = 在任理事 { $held } 人中出席 { $present } 人：{ $quorate ->
    [true] 达到法定人数
   *[other] 未达到法定人数（须过半数出席）
}
resolution-heading = 决议 { $id }：{ $title_html }
resolution-cap = 决议 { $id }
acts-on = 涉及：{ $what_html }。
acts-on-application = .{ $name_html } 的入会申请
acts-on-version = { $name_html }，第 { $version } 版
acts-on-member = .{ $name_html } 的成员资格
meeting-no-resolution = { $kind ->
    [call] 本次电话会议没有记录决议。
    [online] 本项在线决定没有记录决议。
   *[meeting] 本次会议没有记录决议。
}
meeting-actions = 行动事项
action-open = 进行中
action-completed = 已完成
meeting-no-action = 没有记录行动事项。
meeting-minutes = 会议纪要
link-all-meetings = 全部会议
link-all-resolutions-lower = 全部决议
application-received = { $date_html }收到

## 选举
electorate-all = 全体成员
electorate-region = { $region }地区的成员
office-council = 理事会
office-board = ICANN 董事会
office-other = 其他
election-office-seats = { $office }，{ $seats } 个席位
election-call = 提名通知
election-nominations-close = 提名截止
election-ballot-closes = 投票截止
election-term-from = 任期开始
election-method = 计票方法
method-stv = 单记可让渡投票（米克法）
method-majority = 所投票数的过半数
method-plurality = 相对多数
result-none = 尚无提名记录
result-unopposed = 无竞争当选
result-undocumented = 结果无记录
result-missing = 没有投票记录
result-vote = 经投票当选
election-nominations = 提名
election-nominations-caption = 候选人及其提名人和附议人
col-candidate = 候选人
col-nominated = 提名日期
col-nominated-by = 提名人
col-seconded-by = 附议人
col-status = 状态
self-nominated = 自荐
nomination-accepted = 已接受
nomination-declined = 已谢绝
election-the-vote = 投票
election-round = 第 { $n } 轮，{ $date }截止：{ $electorate } 名成员中有 { $ballots } 张选票（投票率 { $turnout }），{ $quorate ->
    [true] 达到法定人数
   *[other] 未达到法定人数
}{ $abstentions ->
    [0] {""}
   *[other] ，弃权 { $abstentions } 票
}
col-votes = 票数
col-share = 占所投票数的比例
col-share-short = 比例
elected-mark = （当选）
election-tie = 最后一个席位出现平票：{ $names }。
election-count = 计票
election-count-intro = { $electorate } 名成员中有 { $ballots } 张选票（投票率 { $turnout }），按米克法计票：每一轮中，每位当选候选人只保留当选基数，并将每张选票的剩余部分转给下一顺位；若无人达到当选基数，则淘汰得票最少的候选人。
election-count-caption = 逐轮计票（票数保留六位小数）
col-round = 第 { $n } 轮
stv-elected = 当选
stv-excluded = 淘汰
stv-quota = 当选基数
stv-exhausted = 失效票
stv-chart-title = 逐轮计票
stv-chart-summary = 每位候选人在 { $n } 轮中每一轮的票数，虚线为当选基数；具体数字见表格。
stv-axis-round = 轮次
stv-chart-caption = 每条线表示一位候选人的票数；虚线为当选基数。
stv-action-quota = { $names }当选：达到当选基数
stv-action-fewest = { $names }被淘汰：得票最少
stv-action-fewest-tie = { $names }被淘汰：得票最少（平票，按平票规则决定）
stv-action-remaining = { $names }当选：剩余候选人数与剩余席位数相同
stv-action-no-seat = { $names }被淘汰：已无剩余席位
link-all-elections = 全部选举

## 投票
vote-electorate = { $electorate_html }：截至{ $date_html }共 { $n } 名成员
vote-voting = 投票期
vote-turnout = { $ballots } 张选票（{ $turnout }）；法定人数 { $quorum }：{ $met ->
    [true] 已达到
   *[other] 未达到
}
vote-result = 计票结果
vote-result-text = 赞成 { $yes } 票，反对 { $no } 票{ $abstentions ->
    [0] {""}
   *[other] ，弃权 { $abstentions } 票
}：赞成比例 { $share }，门槛 { $threshold }
outcome-passed = 通过
outcome-failed = 未通过
vote-petitioned-by = 联署请求者
vote-proposal = 提案
link-all-votes = 全部投票

## 成员增长
growth-intro-from = 自{ $from_html }至{ $to_html }，每月第一天的成员人数，按 ccNSO 地区划分。仅统计有入会日期记录的成员。
growth-intro = 截至{ $to_html }，每月第一天的成员人数，按 ccNSO 地区划分。仅统计有入会日期记录的成员。
growth-chart-title = 各 ccNSO 地区成员人数的变化
growth-summary = 有入会日期记录的成员：{ $first }为 { $first_count } 名，{ $last }为 { $last_count } 名。
growth-none = 截至该日期尚无成员入会。
growth-table-below = 下表按年份列出数字。
growth-reported-legend = ccNSO 公布的成员人数（全体成员，不仅是此处列出的成员）
growth-caption = 每年最后一个统计日的成员人数
col-year = 年份
col-counted-on = 统计日期
col-total = 合计
growth-reported = ccNSO 公布的人数
growth-reported-intro = 图表统计的是本网站列出的成员。这些总数由该组织自己公布；两者之差即为入会情况在此无记录的成员。
growth-reported-count = { $date_html }：{ $total_html } 名成员

## 版本与修改
col-version = 版本
col-date-of-text = 文本日期
col-effective = 生效日期
col-summary = 摘要
col-changes = 修改
status-draft = 草案
status-adopted = 已通过
status-current = 现行
status-superseded = 已被取代
not-adopted = 未通过
version-n = 第 { $version } 版
version-n-lower = 第 { $version } 版
all-versions-lower = 全部版本
changes-in = 第 { $version } 版的修改
changes-compared = 所比较的版本
changes-none = 没有修改：第 { $from } 版与第 { $to } 版文本相同。
changes-counts = 在 { $clauses } 个条款中，新增 { $added_html } 个词，删除 { $removed_html } 个词：
clause-changed = 修改
clause-added = 新增
clause-removed = 删除
clause-moved = 移动
changes-side-by-side-link = 对照视图
changes-redline = 修订标记
changes-key = 插入的文本{ $underlined_html }；删除的文本{ $struck_html }。修改过的段落在页边标出。
changes-underlined = 加下划线
changes-struck = 加删除线
changes-table = 修改过的表格
vh-inserted = [插入：
vh-deleted = [删除：
moved-here-from = 从 { $clause } 移至此处：
moved-to = 移至 { $clause }：
row-added = 新增行：
row-removed = 删除行：
block-added = 新增：
block-removed = 删除：
moved-from = 从 { $clause } 移来
moved-to-short = 移至 { $clause }
changes-side-by-side = 对照
changes-show-side-by-side = 并排显示两个版本
changes-sbs-caption = 第 { $from } 版与第 { $to } 版逐段对照

## 页面描述（供搜索引擎和链接预览使用）
electorate-of-africa = 非洲地区的成员
electorate-of-asia-pacific = 亚洲/澳大利亚/太平洋地区的成员
electorate-of-europe = 欧洲地区的成员
electorate-of-latin-america = 拉丁美洲/加勒比地区的成员
electorate-of-north-america = 北美洲地区的成员
desc-not-found = 此地址没有页面。
desc-home = { $title }：截至{ $as_of }，共有 { $members } 名成员，理事会 { $seats } 个席位中 { $held } 个有人担任；以及工作组、指南和新闻。
desc-members = 截至{ $as_of }的 { $n } 名现有成员，按国家或地区字母顺序排列。
desc-by-region = 截至{ $as_of }的 { $n } 名现有成员，按 ccNSO 地区排列。
desc-former = 截至{ $as_of }已退出的 { $n } 名前成员，附入会和退出日期。
desc-growth = 截至{ $as_of }各 ccNSO 地区成员人数的变化。
desc-member = { $label }，{ $country }：截至{ $as_of }为{ $status }，ccNSO 地区：{ $region }。
desc-region = { $region }：截至{ $as_of }的 { $n } 名成员及其理事会席位。
desc-council = 截至{ $as_of }的理事会：{ $total } 个席位中 { $held } 个有人担任，按席位列出，附职务和任期结束日期。
desc-councillor = { $title }：ccNSO 理事，附 { $terms } 个任期及出席的会议。
desc-groups = 截至{ $as_of }的工作组：{ $active } 个活跃，{ $closed } 个已关闭。
desc-group = { $name }：工作组，成立于{ $created }。
desc-guidelines = { $n } 项指南，附现行版本和通过日期。
desc-guideline = { $title }：现行文本（第 { $version } 版）及其版本历史。
desc-guideline-none = { $title }：各版本；尚无版本获得通过。
desc-version = { $title }，{ $date }的文本。
desc-version-summary = { $title }，{ $date }的文本：{ $summary }。
desc-changes = 第 { $from } 版到第 { $to } 版的修改：新增 { $added } 个词，删除 { $removed } 个。
desc-page = { $title }：本网站的页面。
desc-news-item = { $title }：{ $date }的公告。
desc-news-list = 公告，最新的在前（第 { $page } 页，共 { $pages } 页）。
desc-applications = 截至{ $as_of }的入会申请：{ $pending } 项待定，{ $decided } 项已决定。
desc-meetings = 理事会的 { $n } 次会议，最新的在前，附其决议。
desc-meeting = { $title }：{ $date }的理事会{ $kind }，共 { $n } 项决议。
desc-resolutions = 理事会的 { $n } 项决议，按年份排列，最新的在前。
desc-elections = 成员的 { $n } 次选举，最新的在前，附当选者。
desc-election = { $title }：选民为{ $electorate }，{ $seats } 个席位；{ $result }。
desc-translations = 本网站的翻译进度（{ $languages }）：已翻译、最新、过时和缺少的文本。
desc-votes = 成员的 { $n } 次投票，附投票率、法定人数和结果。
desc-vote = { $title }：由{ $electorate }投票，提案{ $outcome }（赞成 { $yes } 票，反对 { $no } 票）。

feed-adopted = 已通过：{ $title }，第 { $version } 版
feed-adopted-on = 《{ $title }》第 { $version } 版于 { $date } 通过。
feed-adopted-by = 《{ $title }》第 { $version } 版于 { $date } 由 { $by } 通过。
feed-resolution = 决议 { $id }：{ $title }
feed-resolution-on = 理事会就{ $subject }作出决定。
feed-resolution-of = 理事会第 { $number } 次会议的一项决议。
