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
