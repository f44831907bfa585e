# The default theme's words in English. Each language's file has the same messages;
# a site's theme may override any of them in themes/<name>/locales/<lang>.ftl.

## Dates: `date-day` and `date-month` receive $day, $year, $m (the month's number),
## $month (its name) and $month-of (its name inside a date, where a language inflects it).
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-of-1 = January
month-of-2 = February
month-of-3 = March
month-of-4 = April
month-of-5 = May
month-of-6 = June
month-of-7 = July
month-of-8 = August
month-of-9 = September
month-of-10 = October
month-of-11 = November
month-of-12 = December
date-day = { $day } { $month-of } { $year }
date-month = { $month } { $year }
date-month-of = { $month-of } { $year }
date-about = on or about { $date }
date-by = by { $date }
date-not-before = not before { $date }

## Languages, by their names in this language.
language-ar = Arabic
language-en = English
language-es = Spanish
language-fr = French
language-ru = Russian
language-zh = Chinese

## Every page.
skip = Skip to content
nav-main = Main
nav-pages = Pages
nav-languages = Languages
nav-members = Members
nav-council = Council
nav-working-groups = Working groups
nav-guidelines = Guidelines
nav-elections = Elections
nav-news = News
nav-about = About
preview-drafts = Preview with drafts: draft guideline versions are shown.
footer-records = Records as of { $date_html }. Every record on this site names its source.
footer-open-data = Open data:
footer-members-json = members (JSON)
footer-members-csv = members (CSV)
footer-region-changes = region changes (CSV)
footer-council-json = council (JSON)
footer-resolutions-json = resolutions (JSON)
footer-elections-json = elections (JSON)
footer-votes-json = votes (JSON)
footer-atom = Atom feed
footer-translations = Translations

## Texts that are not (or no longer) translated.
notice-original-only = This text is available only in { $language }.
notice-outdated = The { $language } original has changed since this translation was made: it may be out of date.
notice-read-original = Read the original

## /translations/
translations-title = Translations
translations-intro = The texts of this site are written in { $language }. For each other language, this page shows which texts are translated, which translations are out of date because their original has changed since, and which are missing: a page without a translation shows the original, with a notice.
translations-caption = Texts translated, by language
translations-language = Language
translations-translated = Translated
translations-up-to-date = Up to date
translations-out-of-date = Out of date
translations-missing = Missing
translations-of = { $n } of { $total }
translations-data = The same, file by file, as open data:
translations-hashes = translates { $translates }, the original is now { $now }
translations-none = None.

## Titles of the theme's pages
title-members = Members
title-members-by-region = Members by region
title-members-former = Former members
title-members-growth = Membership growth
title-applications = Membership applications
title-council = Council
title-meetings = Council meetings
title-resolutions = Council decisions and resolutions
title-elections = Elections
title-votes = Votes of the members
title-working-groups = Working groups
title-guidelines = Guidelines
title-news = News
title-not-found = Page not found
# Titles of pages that show a record's title ($title) in the theme's words.
title-version = { $title } — version { $version }
title-version-marked = { $title_html } — version { $version }
title-changes = Changes in version { $version } — { $title }
title-news-page = News — page { $n } of { $total }

## The ccNSO regions
region-africa = Africa
region-asia-pacific = Asia/Australia/Pacific
region-europe = Europe
region-latin-america = Latin America/Caribbean
region-north-america = North America

## Words of many pages
source = Source:
how-we-know = How we know:
not-documented = not documented
none = None.
draft = draft
all-news = All news
no-news = No news yet.
col-region = Region
col-members = Members
col-cctld = ccTLD
col-country = Country or territory
col-manager = Manager
col-ccnso-region = ccNSO region
col-joined = Joined
col-guideline = Guideline
col-current-version = Current version
col-adopted = Adopted
councillors = Councillors
link-growth = membership growth
link-the-council = The Council
link-meetings = meetings
link-resolutions = resolutions
link-votes = votes
link-applications = membership applications
link-applications-short = applications
link-members-by-region = members by region
link-former = former members
link-self-selection = self-selection procedure
link-home = home page
link-members = members
link-guidelines = guidelines
page-of = page { $n } of { $total }

## Home page
home-lead = The home of country code top-level domain managers within ICANN.
home-glance = At a glance, { $date_html }
home-members = { $count_html } { $n ->
    [one] member
   *[other] members
} { $partial ->
    [true] documented
   *[other] listed
}
home-seats = { $count_html } of 18 Council seats { $partial ->
    [true] documented as held
   *[other] held
}
home-groups = { $count_html } active { $n ->
    [one] working group
   *[other] working groups
}
home-guidelines = { $count_html } { $n ->
    [one] guideline
   *[other] guidelines
}
home-by-region = Members { $partial ->
    [true] documented
   *[other] listed
}, by ccNSO region
home-latest = Latest news
home-explore = Explore
home-explore-members = { $by_region_html } and { $growth_html }
home-explore-council = { $council_html }: 18 seats, three for each region and three for the Nominating Committee; its { $meetings_html } and { $resolutions_html }
home-explore-elections = { $elections_html } and { $votes_html } of the members; { $applications_html }
home-explore-guidelines = { $guidelines_html }, with their version history

## Members
members-intro = { $n } current { $n ->
    [one] member
   *[other] members
}{ $partial ->
    [true] {" "}documented
   *[other] {""}
} on { $date_html }, alphabetically by country or territory.
members-see-also = See also { $by_region_html }, { $former_html }, { $growth_html } and { $applications_html }.
members-current = Current members
members-none = No current members are recorded.
by-region-intro = { $n } current { $n ->
    [one] member
   *[other] members
}{ $partial ->
    [true] {" "}documented
   *[other] {""}
} on { $date_html }, grouped by ccNSO region: ICANN’s region for the territory, or the region a member chose under the { $procedure_html }.
members-in = Members in { $region }
members-current-in = Current members in { $region }
members-none-in-region = No current members are recorded in this region.
about-region = About the region
region-seats = The region’s three seats on the { $council_html } on { $date_html }:
term-ends = term ends { $date_html }
seats-vacant = { $n } vacant or undocumented { $n ->
    [one] seat
   *[other] seats
}

## News
news-pages = News pages
newer = Newer
older = Older
subscribe = Subscribe to the Atom feed

## Guidelines and working groups
guidelines-intro = The ccNSO’s guidelines and procedures, each with the version in force and its history.
guidelines-caption = Guidelines and their current versions
guidelines-none = No guidelines are recorded.
none-adopted = none adopted
groups-intro = On { $date_html }: { $active } active, { $closed } closed.
groups-active = Active
groups-closed = Closed
groups-future = Created after { $date }
group-created = created { $date_html }
group-closed = closed { $date_html }

## Page not found
not-found-text = There is no page at this address. Try the { $home_html }, the { $members_html } or the { $guidelines_html }.

## Member pages and the Council
member-status-on = Status on { $date_html }
member-status-current = current member
member-status-former = former member
member-status-future = not yet a member
member-manager = ccTLD manager
member-icann-region = ICANN region
member-icann-region-basis = { $region } (assigned on the basis of { $basis })
basis-un-statistics = UN statistics classification
basis-citizenship = citizenship
col-left = Left
col-reason = Reason
col-requested = Requested
col-to = To
col-decided = Decided
col-outcome = Outcome
col-extraordinary = Extraordinary
col-resolution = Resolution
left-resignation = resignation
left-administrative = administrative
outcome-approved = approved
outcome-rejected = rejected
outcome-pending = pending
yes = yes
no = no
not-yet = not yet
member-website = Website
member-councillors = Councillors from this ccTLD
member-region-history = Region history
member-change-requests = Requests to change region
member-no-change = No request to change region is recorded: the member is in ICANN’s region for its territory.
former-caption = Members whose membership ended by { $date_html }
former-none = No former members are recorded.
council-intro = The Council on { $date_html }: { $held } of { $total } seats { $partial ->
    [true] documented as held (a seat no source documents reads “not documented”)
   *[other] held
}. Each of the five regions has three seats and ICANN’s Nominating Committee fills three; terms are staggered. Its decisions: { $meetings_html } and { $resolutions_html }.
seat-africa = Africa
seat-asia-pacific = Asia/Australia/Pacific
seat-europe = Europe
seat-latin-america = Latin America/Caribbean
seat-north-america = North America
seat-nomcom = Nominating Committee
no-end-date = no end date recorded
elected-in = elected in { $election_html }
source-and-how = Source and how we know
seat-not-documented = Not documented
seat-vacant = Vacant

## Guidelines and their versions
version-in-force = Version { $version }, in force
since = since { $date_html }
adopted-on = adopted { $date_html }
adopted-by = by { $body }
permalink = Permanent link to this version
no-version-adopted = No version has been adopted yet.
version-history = Version history
no-published-version = No published version.
banner-draft = DRAFT
banner-draft-text = version { $version } is a proposal under review, not in force.
banner-in-force = The version in force is { $version_html }.
banner-superseded = Superseded
banner-superseded-text = this version is no longer in force.
banner-current = The current version is { $version_html }.
version-text-of = Version { $version }, text of { $date_html }
resolution-n = resolution { $id }
all-versions = All versions
changes-from-previous = changes from the previous version

## Decisions and elections: the lists
link-all-resolutions = all resolutions by year
link-the-council-lower = the Council
link-the-meetings = the meetings
link-the-votes = the votes of the members
none-recorded = none recorded
col-meeting = Meeting
col-date = Date
col-kind = Kind
col-place = Place
col-resolutions = Resolutions
col-title = Title
col-acts-on = Acts on
col-applicant = Applicant
col-received = Received
col-iana-check = IANA check
col-days-pending = Days pending
col-election = Election
col-call = Call
col-office = Office
col-electorate = Electorate
col-seats = Seats
col-elected = Elected
col-vote = Vote
col-closed = Closed
col-turnout = Turnout
col-for = For
col-threshold = Threshold
meetings-intro = The meetings, conference calls and online decisions of the ccNSO Council recorded on this site, newest first. See also { $resolutions_html } and { $council_html }.
meetings-caption = Council meetings, newest first
meetings-none = No Council meeting is recorded.
resolutions-intro = { $n ->
    [one] { $n } resolution
   *[other] { $n } resolutions
} of the ccNSO Council, by year, newest first. Each links to its place in the record of its meeting; see also { $meetings_html }.
resolutions-of = Resolutions of { $year }
resolutions-none = No resolution is recorded.
applications-intro = A ccTLD manager applies; IANA confirms that the applicant manages the ccTLD; the Council decides. Applications received by { $date_html }, as far as they are recorded here.
applications-pending = Pending
applications-decided = Decided
applications-pending-caption = Applications awaiting the Council’s decision, the longest waiting first
applications-decided-caption = Decided and withdrawn applications, newest first
applications-none-pending = No application is pending.
applications-none-decided = No decided application is recorded.
elections-intro = Elections of the members, newest first: Council seats (one councillor for each region steps down every year, followed by a nomination period in that region), the ccNSO’s seats on the ICANN Board, and others. Candidates are nominated by two members; each member has one vote. See also { $votes_html }.
elections-caption = Elections, newest first
elections-none = No election is recorded.
votes-intro = Votes of the members on proposals: a vote passes when enough members take part (the quorum) and enough of the votes for or against are for (the threshold). 10% of the members may petition for a vote.
votes-caption = Votes, newest first
votes-none = No vote is recorded.

## A working group
group-status-active = active
group-status-closed = closed
group-status-not-yet-created = not yet created
col-created = Created
col-closed-on = Closed
col-chair = Chair
col-joint-with = Joint with
col-participants = Participating members
charter = Charter

## A councillor
councillor-terms = Terms on the Council
councillor-roles = Roles
term-from = from { $date_html }
term-to = ends { $date_html }
role-chair = chair
role-vice-chair = vice-chair
stood-elected = elected
stood-not-elected = not elected
stood-undocumented = nominated; the result is not documented
meeting-of = Meeting { $number } of { $date }
attended-present = present
attended-apologies = sent apologies

## Lists and numbers
punct-colon = {": "}
punct-semicolon = {"; "}
punct-stop = .
punct-stop-space = {". "}
list-comma = {", "}
decimal-separator = .
from-to = { $from_html } to { $to_html }
days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
source-link = source

## A meeting
kind-meeting = meeting
kind-call = conference call
kind-online = online decision
meeting-title = { $kind ->
    [call] Council conference call { $number }
    [online] Council online decision { $number }
   *[meeting] Council meeting { $number }
}
meeting-round-opened = { $date_html }: the round opened
meeting-objections-until = Objections until
meeting-objections = { $date_html }: taken as decided when no councillor objects by then
meeting-present = Present
meeting-apologies = Apologies
meeting-quorum = Quorum
meeting-attendance-not-documented = Attendance is not documented
meeting-quorum-unknown = not known: attendance is not documented
meeting-quorum-count = { $present } of { $held } seated councillors present: { $quorate ->
    [true] quorate
   *[other] not quorate (more than half must be present)
}
resolution-heading = Resolution { $id }: { $title_html }
resolution-cap = Resolution { $id }
acts-on = Acts on { $what_html }.
acts-on-application = the application of .{ $name_html }
acts-on-version = { $name_html }, version { $version }
acts-on-member = the membership of .{ $name_html }
meeting-no-resolution = { $kind ->
    [call] No resolution is recorded for this conference call.
    [online] No resolution is recorded for this online decision.
   *[meeting] No resolution is recorded for this meeting.
}
meeting-actions = Action items
action-open = open
action-completed = completed
meeting-no-action = No action item is recorded.
meeting-minutes = Minutes
link-all-meetings = All meetings
link-all-resolutions-lower = all resolutions
application-received = Received { $date_html }

## An election
electorate-all = all members
electorate-region = the members of { $region }
office-council = council
office-board = board
office-other = other
election-office-seats = { $office }, { $seats ->
    [one] { $seats } seat
   *[other] { $seats } seats
}
election-call = Call for nominations
election-nominations-close = Nominations close
election-ballot-closes = Ballot closes
election-term-from = Term from
election-method = Method
method-stv = single transferable vote (Meek’s method)
method-majority = majority of the votes cast
method-plurality = plurality
result-none = no nomination recorded yet
result-unopposed = elected unopposed
result-undocumented = result not documented
result-missing = no vote recorded
result-vote = elected by vote
election-nominations = Nominations
election-nominations-caption = Candidates, their nominators and seconders
col-candidate = Candidate
col-nominated = Nominated
col-nominated-by = Nominated by
col-seconded-by = Seconded by
col-status = Status
self-nominated = self-nominated
nomination-accepted = accepted
nomination-declined = declined
election-the-vote = The vote
election-round = Round { $n }, closed { $date }: { $ballots } ballots of { $electorate } members ({ $turnout } turnout), { $quorate ->
    [true] quorate
   *[other] not quorate
}{ $abstentions ->
    [0] {""}
    [one] , { $abstentions } abstention
   *[other] , { $abstentions } abstentions
}
col-votes = Votes
col-share = Share of votes cast
col-share-short = Share
elected-mark = (elected)
election-tie = A tie for the last seat: { $names }.
election-count = The count
election-count-intro = { $ballots } ballots of { $electorate } members ({ $turnout } turnout), counted by Meek’s method: in each round every elected candidate keeps only the quota and passes the rest of each ballot down; when no one reaches the quota, the candidate with the fewest votes is excluded.
election-count-caption = The count round by round (votes to six decimals)
col-round = Round { $n }
stv-elected = elected
stv-excluded = excluded
stv-quota = Quota
stv-exhausted = Exhausted
stv-chart-title = The count round by round
stv-chart-summary = Votes of each candidate in each of the { $n } rounds, with the quota as a dashed line; the table gives the figures.
stv-axis-round = Round
stv-chart-caption = Each line is a candidate’s votes; the dashed line is the quota.
stv-action-quota = { $names } elected: reached the quota
stv-action-fewest = { $names } excluded: fewest votes
stv-action-fewest-tie = { $names } excluded: fewest votes (a tie, settled by the tie rules)
stv-action-remaining = { $names } elected: as many continuing candidates as seats left
stv-action-no-seat = { $names } excluded: no seat left
link-all-elections = All elections

## A vote
vote-electorate = { $electorate_html }: { $n ->
    [one] { $n } member
   *[other] { $n } members
} on { $date_html }
vote-voting = Voting
vote-turnout = { $ballots ->
    [one] { $ballots } ballot
   *[other] { $ballots } ballots
} ({ $turnout }); quorum { $quorum }: { $met ->
    [true] met
   *[other] not met
}
vote-result = Result
vote-result-text = { $yes } for, { $no } against{ $abstentions ->
    [0] {""}
    [one] , { $abstentions } abstention
   *[other] , { $abstentions } abstentions
}: { $share } for, threshold { $threshold }
outcome-passed = passed
outcome-failed = failed
vote-petitioned-by = Petitioned by
vote-proposal = The proposal
link-all-votes = All votes

## Membership growth
growth-intro-from = The number of members on the first day of each month, from { $from_html } to { $to_html }, by ccNSO region. Only members with a recorded date of joining are counted.
growth-intro = The number of members on the first day of each month to { $to_html }, by ccNSO region. Only members with a recorded date of joining are counted.
growth-chart-title = Members by ccNSO region over time
growth-summary = Members with a recorded date of joining: { $first_count } on { $first }, { $last_count } on { $last }.
growth-none = No member had joined by this date.
growth-table-below = The table below gives the figures by year.
growth-reported-legend = Members the ccNSO reported (all members, not only those listed here)
growth-caption = Members on the last date counted in each year
col-year = Year
col-counted-on = Counted on
col-total = Total
growth-reported = Counts the ccNSO reported
growth-reported-intro = The chart counts the members this site lists. The organisation itself reported these totals; the gap between the two is the members whose joining is not documented here.
growth-reported-count = { $total_html } { $n ->
    [one] member
   *[other] members
} { $month ->
    [true] in
   *[other] on
} { $date_html }

## Versions and their changes
col-version = Version
col-date-of-text = Date of text
col-effective = Effective
col-summary = Summary
col-changes = Changes
status-draft = draft
status-adopted = adopted
status-current = current
status-superseded = superseded
not-adopted = not adopted
version-n = Version { $version }
version-n-lower = version { $version }
all-versions-lower = all versions
changes-in = Changes in version { $version }
changes-compared = The versions compared
changes-none = No change: the texts of versions { $from } and { $to } are identical.
changes-counts = { $added_html } { $added ->
    [one] word
   *[other] words
} added, { $removed_html } { $removed ->
    [one] word
   *[other] words
} removed, in { $clauses ->
    [one] { $clauses } clause
   *[other] { $clauses } clauses
}:
clause-changed = changed
clause-added = added
clause-removed = removed
clause-moved = moved
changes-side-by-side-link = Side-by-side view
changes-redline = Redline
changes-key = Inserted text is { $underlined_html }; deleted text is { $struck_html }. Changed blocks are marked in the margin.
changes-underlined = underlined
changes-struck = struck through
changes-table = Changed table
vh-inserted = {"[inserted: "}
vh-deleted = {"[deleted: "}
moved-here-from = Moved here from { $clause }:
moved-to = Moved to { $clause }:
row-added = Added row:
row-removed = Removed row:
block-added = Added:
block-removed = Removed:
moved-from = moved from { $clause }
moved-to-short = moved to { $clause }
changes-side-by-side = Side by side
changes-show-side-by-side = Show the two versions side by side
changes-sbs-caption = Version { $from } and version { $to }, block by block

## Descriptions of pages (for search engines and link previews)
electorate-of-africa = the members of Africa
electorate-of-asia-pacific = the members of Asia/Australia/Pacific
electorate-of-europe = the members of Europe
electorate-of-latin-america = the members of Latin America/Caribbean
electorate-of-north-america = the members of North America
desc-not-found = There is no page at this address.
desc-home = { $title }: { $members ->
    [one] { $members } member
   *[other] { $members } members
} and { $held } of { $seats } Council seats held on { $as_of }; its working groups, guidelines and news.
desc-members = The { $n ->
    [one] { $n } current member
   *[other] { $n } current members
} on { $as_of }, alphabetically by country.
desc-by-region = The { $n ->
    [one] { $n } current member
   *[other] { $n } current members
} on { $as_of }, by ccNSO region.
desc-former = { $n ->
    [one] { $n } former member
   *[other] { $n } former members
} that left by { $as_of }, with the dates they joined and left.
desc-growth = Membership over time, by ccNSO region, up to { $as_of }.
desc-member = { $label }, { $country }: { $status } on { $as_of }, ccNSO region { $region }.
desc-region = { $region }: its { $n ->
    [one] { $n } member
   *[other] { $n } members
} and its Council seats on { $as_of }.
desc-council = The Council on { $as_of }: { $held } of { $total } seats held, by seat, with roles and term ends.
desc-councillor = { $title }: a councillor of the ccNSO, with { $terms ->
    [one] { $terms } term
   *[other] { $terms } terms
} and the meetings attended.
desc-groups = Working groups on { $as_of }: { $active } active, { $closed } closed.
desc-group = { $name }: a working group, created { $created }.
desc-guidelines = { $n ->
    [one] { $n } guideline
   *[other] { $n } guidelines
}, with their current versions and adoption dates.
desc-guideline = { $title }: the text in force (version { $version }) and its version history.
desc-guideline-none = { $title }: its versions; none is adopted yet.
desc-version = { $title }, text of { $date }.
desc-version-summary = { $title }, text of { $date }: { $summary }.
desc-changes = What changed from version { $from } to version { $to }: { $added } words added, { $removed } removed.
desc-page = { $title }: a page of the site.
desc-news-item = { $title }: an announcement of { $date }.
desc-news-list = Announcements, newest first (page { $page } of { $pages }).
desc-applications = Membership applications on { $as_of }: { $pending } pending, { $decided } decided.
desc-meetings = The Council's { $n ->
    [one] { $n } meeting
   *[other] { $n } meetings
}, newest first, with their resolutions.
desc-meeting = { $title }: a Council { $kind } of { $date }, with { $n ->
    [one] { $n } resolution
   *[other] { $n } resolutions
}.
desc-resolutions = The Council's { $n ->
    [one] { $n } resolution
   *[other] { $n } resolutions
} by year, newest first.
desc-elections = { $n ->
    [one] { $n } election
   *[other] { $n } elections
} of the members, newest first, with who was elected.
desc-election = { $title }: { $electorate } for { $seats ->
    [one] { $seats } seat
   *[other] { $seats } seats
}, { $result }.
desc-translations = How far the site is translated into { $languages }: texts translated, up to date, out of date and missing.
desc-votes = { $n ->
    [one] { $n } vote
   *[other] { $n } votes
} of the members, with turnout, quorum and outcome.
desc-vote = { $title }: a vote of { $electorate }, { $outcome } ({ $yes } for, { $no } against).

# The entries of the feed that ccpub writes itself: a version adopted, a resolution.
feed-adopted = Adopted: { $title }, version { $version }
feed-adopted-on = Version { $version } of { $title } was adopted on { $date }.
feed-adopted-by = Version { $version } of { $title } was adopted on { $date } by { $by }.
feed-resolution = Resolution { $id }: { $title }
feed-resolution-on = The Council decided on { $subject }.
feed-resolution-of = A resolution of Council meeting { $number }.
