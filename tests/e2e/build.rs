//! `ccpub build`: every URL, the data files, links, atomic output, reproducibility, themes.
use crate::harness::{SiteTest, main_of, tree};

fn build(s: &SiteTest, args: &[&str]) -> crate::harness::Run {
    let mut all = vec!["build"];
    all.extend(args);
    s.run(&all)
}

#[test]
fn writes_every_url_of_the_spec_and_nothing_else() {
    let s = SiteTest::new("base");
    let run = build(&s, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let files: Vec<String> = tree(&s.path("public")).into_keys().collect();
    let expected = [
        ".ccpub-output",
        "404.html",
        "about/index.html",
        "atom.xml",
        "council/africa-1/index.html",
        "council/africa-2/index.html",
        "council/africa-3/index.html",
        "council/asia-pacific-1/index.html",
        "council/asia-pacific-2/index.html",
        "council/asia-pacific-3/index.html",
        "council/europe-1/index.html",
        "council/europe-2/index.html",
        "council/europe-3/index.html",
        "council/index.html",
        "council/latin-america-1/index.html",
        "council/latin-america-2/index.html",
        "council/latin-america-3/index.html",
        "council/meetings/index.html",
        "council/nomcom-1/index.html",
        "council/nomcom-2/index.html",
        "council/nomcom-3/index.html",
        "council/north-america-1/index.html",
        "council/north-america-2/index.html",
        "council/north-america-3/index.html",
        "council/resolutions/index.html",
        "data/council.json",
        "data/datapackage.json",
        "data/elections.json",
        "data/members.csv",
        "data/members.json",
        "data/region-changes.csv",
        "data/resolutions.json",
        "data/votes.json",
        "elections/index.html",
        "favicon.svg",
        "files/charter.pdf",
        "guidelines/index.html",
        "guidelines/self-selection/1.0/index.html",
        "guidelines/self-selection/index.html",
        "index.html",
        "members/applications/index.html",
        "members/au/index.html",
        "members/br/index.html",
        "members/by-region/index.html",
        "members/ca/index.html",
        "members/cm/index.html",
        "members/former/index.html",
        "members/growth/index.html",
        "members/index.html",
        "members/nl/index.html",
        "members/no/index.html",
        "members/pf/index.html",
        "members/xn--p1ai/index.html",
        "members/za/index.html",
        "news/2011-09-01-meeting/index.html",
        "news/2011-10-07-launch/index.html",
        "news/index.html",
        "regions/africa/index.html",
        "regions/asia-pacific/index.html",
        "regions/europe/index.html",
        "regions/latin-america/index.html",
        "regions/north-america/index.html",
        "robots.txt",
        "sitemap.xml",
        "style.css",
        "votes/index.html",
        "working-groups/foiwg/index.html",
        "working-groups/index.html",
    ];
    assert_eq!(files, expected);
    assert!(
        run.stderr.starts_with("built 53 pages and 14 files ("),
        "{}",
        run.stderr
    );
}

#[test]
fn drafts_are_published_only_with_drafts_and_carry_a_banner() {
    // The page itself, banner included, is the snapshot pages::version_draft.
    let s = SiteTest::new("base");
    s.ok(&["build"]);
    assert!(!s.path("public/guidelines/self-selection/1.1").exists());
    s.ok(&["build", "--drafts"]);
    let page = s.read("public/guidelines/self-selection/1.1/index.html");
    let banner = page.lines().find(|l| l.contains("banner-draft")).unwrap();
    assert_eq!(
        banner,
        "<div class=\"banner banner-draft\" role=\"note\"><p><strong>DRAFT</strong> — version 1.1 is a proposal under review, not in force. The version in force is <a href=\"/guidelines/self-selection/1.0/\">1.0</a>.</p></div>"
    );
}

#[test]
fn superseded_versions_name_and_link_the_current_one() {
    let s = SiteTest::new("base");
    s.write("content/guidelines/self-selection/1.1.md", "---\ntitle: T\nversion: \"1.1\"\nstatus: adopted\ndate: 2011-09-01\nadopted: 2011-09-20\nadopted_by: ccNSO Council\n---\nNew text.\n");
    s.ok(&["build"]);
    let old = s.read("public/guidelines/self-selection/1.0/index.html");
    insta::assert_snapshot!("superseded_version", main_of(&old));
    let index = s.read("public/guidelines/self-selection/index.html");
    insta::assert_snapshot!("guideline_after_adoption", main_of(&index));
}

#[test]
fn members_json_has_the_fields_as_written_plus_current_and_ccnso_region() {
    let s = SiteTest::new("base");
    build(&s, &[]).expect(0);
    let json: serde_json::Value =
        serde_json::from_str(&s.read("public/data/members.json")).unwrap();
    let labels: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["cctld"].as_str().unwrap())
        .collect();
    assert_eq!(
        labels,
        ["au", "br", "ca", "cm", "nl", "no", "pf", "xn--p1ai", "za"]
    );
    let pf = &json[6];
    assert_eq!(
        pf.to_string(),
        r#"{"cctld":"pf","unicode":null,"iso3166":null,"country":"French Polynesia","manager":"OPT","region":"europe","region_basis":"citizenship","joined":"2007-01","joined_accuracy":"exact","left":null,"left_reason":null,"website":null,"source":null,"note":null,"region_changes":[{"requested":"2008-01-10","decided":"2008-03-05","outcome":"approved","to":"asia-pacific","extraordinary":null,"reason":null}],"current":true,"ccnso_region":"asia-pacific"}"#
    );
    assert_eq!(json[3]["current"], false);
    assert_eq!(json[3]["left_reason"], "resignation");
    // Every object has the same keys in the same order (absent values are null).
    let keys =
        |m: &serde_json::Value| -> Vec<String> { m.as_object().unwrap().keys().cloned().collect() };
    for m in json.as_array().unwrap() {
        assert_eq!(keys(m), keys(pf), "{m}");
    }
}

#[test]
fn region_changes_have_a_csv_of_their_own_and_formula_cells_are_neutralised() {
    let s = SiteTest::new("base");
    s.write("content/members/pf.yaml", "cctld: pf\ncountry: French Polynesia\nmanager: \"=HYPERLINK(\\\"https://evil.example\\\")\"\nregion: europe\nregion_basis: citizenship\njoined: 2007-01\nregion_changes:\n  - requested: 2008-01-10\n    decided: 2008-03-05\n    outcome: approved\n    to: asia-pacific\n  - requested: 2009-01-10\n    decided: 2009-02-01\n    outcome: rejected\n    to: europe\n    extraordinary: true\n    reason: \"-moved, again\"\n");
    s.ok(&["build"]);
    assert_eq!(
        s.read("public/data/region-changes.csv"),
        "cctld,requested,decided,outcome,to,extraordinary,reason\r\npf,2008-01-10,2008-03-05,approved,asia-pacific,,\r\npf,2009-01-10,2009-02-01,rejected,europe,true,\"'-moved, again\"\r\n"
    );
    let csv = s.read("public/data/members.csv");
    let pf = csv.split("\r\n").find(|l| l.starts_with("pf,")).unwrap();
    assert_eq!(
        pf,
        "pf,,,French Polynesia,\"'=HYPERLINK(\"\"https://evil.example\"\")\",europe,citizenship,2007-01,exact,,,,,,true,asia-pacific"
    );
}

#[test]
fn members_csv_has_scalar_columns_cctld_first_in_json_order() {
    let s = SiteTest::new("base");
    build(&s, &[]).expect(0);
    let csv = s.read("public/data/members.csv");
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "cctld,unicode,iso3166,country,manager,region,region_basis,joined,joined_accuracy,left,left_reason,website,source,note,current,ccnso_region"
    );
    assert_eq!(
        lines[4],
        "cm,,,Cameroon,ANTIC,africa,un-statistics,2003-10,exact,2010-01,resignation,,,,false,africa"
    );
    assert_eq!(
        lines[5],
        "nl,,,Netherlands,SIDN,europe,un-statistics,2004-03-15,exact,,,https://www.sidn.nl,https://example.org/members/nl,,true,europe"
    );
    assert_eq!(
        lines[8],
        "xn--p1ai,рф,ru,Russian Federation,Coordination Center for TLD RU,europe,un-statistics,2010-05-12,exact,,,,,,true,europe"
    );
    assert_eq!(lines.len(), 11);
}

#[test]
fn council_json_lists_18_seats_in_seat_order_with_vacancies_last() {
    let s = SiteTest::new("base");
    s.remove("content/council/nomcom-2.yaml");
    build(&s, &[]).expect(0);
    let json: serde_json::Value =
        serde_json::from_str(&s.read("public/data/council.json")).unwrap();
    let seats: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["seat"].as_str().unwrap())
        .collect();
    assert_eq!(seats.len(), 18);
    assert_eq!(&seats[6..9], ["europe", "europe", "europe"]);
    assert_eq!(
        json[6].to_string(),
        r#"{"seat":"europe","name":"Jane Doe","cctld":"nl","term_end":"2012-03-01","roles":["chair"]}"#
    );
    assert_eq!(json[7]["name"], "Councillor europe 2");
    assert_eq!(json[16]["name"], "Councillor nomcom 3");
    assert_eq!(
        json[17].to_string(),
        r#"{"seat":"nomcom","name":null,"cctld":null,"term_end":null,"roles":[]}"#
    );
}

#[test]
fn l1_broken_links_anchors_and_drafts_with_positions() {
    let s = SiteTest::new("base");
    s.write("content/pages/about.md", "---\ntitle: About\n---\nSee [members](/members) and [council](/council/#asia).\n\nThe [draft](/guidelines/self-selection/1.1/) and [a file](/files/charter.pdf).\n");
    let (code, lines) = s.findings(&[]);
    assert_eq!(code, 1);
    assert_eq!(
        lines,
        [
            "content/pages/about.md:4:15: error[L1]: link to \"/members\" resolves to no page or file of the site",
            "content/pages/about.md:4:39: error[L1]: link to \"/council/#asia\" resolves to no anchor \"asia\" on /council/",
            "content/pages/about.md:6:13: error[L1]: link to \"/guidelines/self-selection/1.1/\": that version is a draft, published only with --drafts",
        ]
    );
    let (_, lines) = s.findings(&["--drafts"]);
    assert_eq!(lines.len(), 2, "{lines:#?}");
}

#[test]
fn l1_relative_links_resolve_against_the_page_and_drafts_links_are_checked_as_with_drafts() {
    let s = SiteTest::new("base");
    s.write("content/guidelines/self-selection/1.1.md", "---\ntitle: T\nversion: \"1.1\"\nstatus: draft\ndate: 2011-09-01\n---\nSee [the previous version](../1.0/#2-procedure) and [nothing](../0.9/).\n");
    let (code, lines) = s.findings(&[]);
    assert_eq!(code, 1);
    assert_eq!(
        lines,
        [
            "content/guidelines/self-selection/1.1.md:7:63: error[L1]: link to \"/guidelines/self-selection/0.9/\" resolves to no page or file of the site"
        ]
    );
    build(&s, &["--drafts"]).expect(1);
}

#[test]
fn a_failed_build_leaves_the_previous_output_byte_for_byte() {
    let s = SiteTest::new("base");
    build(&s, &[]).expect(0);
    let before = tree(&s.path("public"));
    s.write("content/members/nl.yaml", "cctld: nl\ncountry: Netherlands\nmanager: SIDN\nregion: eurpoe\nregion_basis: un-statistics\njoined: 2004-03-15\n");
    let run = build(&s, &[]);
    let run = run.expect(1);
    assert!(
        run.stderr
            .ends_with("1 error, 0 warnings\nnothing written: ./public is unchanged\n"),
        "{}",
        run.stderr
    );
    assert_eq!(tree(&s.path("public")), before);
    let leftovers: Vec<String> = std::fs::read_dir(&s.dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_successful_build_removes_stale_files_of_earlier_builds() {
    let s = SiteTest::new("base");
    build(&s, &[]).expect(0);
    s.write("public/stale.html", "old");
    s.remove("content/news/2011-09-01-meeting.md");
    build(&s, &[]).expect(0);
    assert!(!s.path("public/stale.html").exists());
    assert!(!s.path("public/news/2011-09-01-meeting").exists());
}

#[test]
fn two_builds_of_the_same_input_are_byte_identical() {
    let s = SiteTest::new("base");
    build(&s, &["--out", "one"]).expect(0);
    build(&s, &["--out", "two"]).expect(0);
    let (one, two) = (tree(&s.path("one")), tree(&s.path("two")));
    assert!(one.len() > 30);
    assert_eq!(one, two);
}

#[test]
fn a_site_theme_overrides_single_templates() {
    let s = SiteTest::new("base");
    s.write(
        "content/site.yaml",
        "title: Test ccNSO\nbase_url: https://ccnso.example.org\nas_of: 2011-10-07\ntheme: plain\n",
    );
    s.write("themes/plain/templates/page.html", "{% extends \"base.html\" %}{% block content %}<h1>Plain: {{ page.title }}</h1>{% endblock content %}");
    s.write("themes/plain/static/extra.css", "p {}");
    s.ok(&["build"]);
    insta::assert_snapshot!(
        "overridden_template",
        main_of(&s.read("public/about/index.html"))
    );
    let council = s.read("public/council/index.html");
    let fresh = SiteTest::new("base");
    fresh.ok(&["build"]);
    assert_eq!(
        council,
        fresh.read("public/council/index.html"),
        "a template not overridden"
    );
    assert_eq!(s.read("public/extra.css"), "p {}");
    assert!(s.path("public/style.css").exists());
}

#[test]
fn a_missing_theme_or_an_output_inside_the_sources_is_refused() {
    let s = SiteTest::new("base");
    let run = build(&s, &["--out", "content/out"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: refusing to write the site into content/out: it lies inside the site's content/ folder\n"
        )
    );
    s.write(
        "content/site.yaml",
        "title: T\nbase_url: https://x.org\ntheme: nosuch\n",
    );
    let run = build(&s, &[]);
    let run = run.expect(2);
    assert_eq!(
        run.stderr,
        "error: theme `nosuch` not found: no folder ./themes/nosuch\n"
    );
}

#[test]
fn news_is_paginated_newest_first_without_a_page_1_url() {
    let s = SiteTest::new("base");
    s.write(
        "content/news/2011-10-08-third.md",
        "---\ntitle: Third\n---\nText.\n",
    );
    s.ok(&["build"]);
    insta::assert_snapshot!("news_page_1", main_of(&s.read("public/news/index.html")));
    insta::assert_snapshot!(
        "news_page_2",
        main_of(&s.read("public/news/page/2/index.html"))
    );
    assert!(!s.path("public/news/page/1").exists());
    assert!(!s.path("public/news/page/3").exists());
}

#[test]
fn base_url_flag_sets_feed_and_sitemap_addresses() {
    let s = SiteTest::new("base");
    s.ok(&["build", "--base-url", "https://preview.example.net/"]);
    insta::assert_snapshot!("sitemap_with_base_url", s.read("public/sitemap.xml"));
    insta::assert_snapshot!("atom_with_base_url", s.read("public/atom.xml"));
}

#[test]
fn markdown_is_rendered_with_heading_ids_and_no_raw_html_passes() {
    let s = SiteTest::new("base");
    s.write(
        "content/pages/extra.md",
        "---\ntitle: Extra\n---\n## Scope & aims\n\nSee the [framework](../guidelines/self-selection/).\n\n## Scope & aims\n\n<b>bold</b>\n",
    );
    // Raw HTML is H1: the build fails and writes nothing.
    build(&s, &[]).expect(1);
    s.write(
        "content/pages/extra.md",
        "---\ntitle: Extra\n---\n## Scope & aims\n\nSee the [framework](../guidelines/self-selection/).\n\n## Scope & aims\n\n**bold**\n",
    );
    s.ok(&["build"]);
    insta::assert_snapshot!("markdown_page", main_of(&s.read("public/extra/index.html")));
}

#[test]
fn the_growth_chart_is_inline_svg_with_a_text_alternative_and_a_table() {
    let s = SiteTest::new("base");
    s.ok(&["build"]);
    let page = s.read("public/members/growth/index.html");
    let desc = page
        .lines()
        .find(|l| l.contains("<desc id=\"chart-desc\">"))
        .unwrap();
    assert_eq!(
        desc.trim(),
        "<desc id=\"chart-desc\">Members with a recorded date of joining: 1 on 1 October 2003, 8 on 7 October 2011. The table below gives the figures by year.</desc>"
    );
    // The whole page (chart, legend, table) is the snapshot pages::members_growth.
}

#[cfg(unix)]
#[test]
fn unchanged_files_are_linked_from_the_previous_output_and_changed_ones_rewritten() {
    use std::os::unix::fs::MetadataExt;
    let s = SiteTest::new("base");
    build(&s, &[]).expect(0);
    let inode = |rel: &str| std::fs::metadata(s.path(rel)).unwrap().ino();
    let (council, nl) = (
        inode("public/council/index.html"),
        inode("public/members/nl/index.html"),
    );
    s.write("content/members/nl.yaml", "cctld: nl\ncountry: Netherlands\nmanager: SIDN B.V.\nregion: europe\nregion_basis: un-statistics\njoined: 2004-03-15\n");
    build(&s, &[]).expect(0);
    assert_eq!(
        inode("public/council/index.html"),
        council,
        "an unchanged page is the same file"
    );
    assert_ne!(
        inode("public/members/nl/index.html"),
        nl,
        "a changed page is a new file"
    );
    let facts = s.read("public/members/nl/index.html");
    let manager = facts.lines().find(|l| l.contains("ccTLD manager")).unwrap();
    assert_eq!(
        manager,
        "<dt>ccTLD manager</dt><dd><bdi>SIDN B.V.</bdi></dd>"
    );
}

#[test]
fn markdown_heading_ids_never_collide_with_the_themes_ids() {
    // A charter with the headings "Charter" and "Main" must still give unique ids.
    let s = SiteTest::new("base");
    s.write("content/working-groups/foiwg.md", "---\nname: G\nstatus: active\ncreated: 2011-03-16\n---\n## Charter\n\nText.\n\n## Main\n\nMore.\n");
    build(&s, &[]).expect(0);
    let page = s.read("public/working-groups/foiwg/index.html");
    let ids: Vec<&str> = page
        .split(" id=\"")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap()])
        .collect();
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(ids.len(), unique.len(), "{ids:?}");
    assert!(ids.contains(&"charter") && ids.contains(&"main"), "{ids:?}");
}

#[test]
fn a_broken_link_with_characters_the_renderer_encodes_is_reported_once() {
    // Regression: `/nöpe/` was also reported at 1:1 as the rendered `/n%C3%B6pe/`.
    let s = SiteTest::new("base");
    s.write(
        "content/pages/extra.md",
        "---\ntitle: Extra\n---\n[a](/nöpe/) [b](</a b/>)\n",
    );
    let run = build(&s, &[]);
    let run = run.expect(1);
    let findings: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.contains("error["))
        .collect();
    assert_eq!(
        findings,
        [
            "content/pages/extra.md:4:5: error[L1]: link to \"/nöpe/\" resolves to no page or file of the site",
            "content/pages/extra.md:4:18: error[L1]: link to \"/a b/\" resolves to no page or file of the site",
        ]
    );
}

#[test]
fn a_drafts_build_asks_not_to_be_indexed_and_a_published_one_names_its_sitemap() {
    let s = SiteTest::new("base");
    s.ok(&["build"]);
    assert_eq!(
        s.read("public/robots.txt"),
        "User-agent: *\nAllow: /\n\nSitemap: https://ccnso.example.org/sitemap.xml\n"
    );
    let noindex = "<meta name=\"robots\" content=\"noindex\">";
    let pages: Vec<String> = tree(&s.path("public"))
        .into_iter()
        .filter(|(p, _)| p.ends_with(".html"))
        .map(|(_, b)| String::from_utf8(b).unwrap())
        .collect();
    assert!(pages.iter().all(|p| !p.contains(noindex)));
    s.ok(&["build", "--drafts"]);
    // Regression: `Disallow: /` kept crawlers from ever reading the pages' noindex.
    assert_eq!(s.read("public/robots.txt"), "User-agent: *\nAllow: /\n");
    for (path, bytes) in tree(&s.path("public")) {
        if path.ends_with(".html") {
            let head = String::from_utf8(bytes).unwrap();
            let head = &head[..head.find("</head>").unwrap()];
            assert_eq!(head.matches(noindex).count(), 1, "{path}");
        }
    }
    // A site's own robots.txt wins.
    s.write(
        "content/static/robots.txt",
        "User-agent: *\nDisallow: /private/\n",
    );
    s.ok(&["build"]);
    assert_eq!(
        s.read("public/robots.txt"),
        "User-agent: *\nDisallow: /private/\n"
    );
}

/// The `content` of `<meta {attr}="{name}">` in a page's head (exactly one such tag).
#[track_caller]
fn meta<'a>(page: &'a str, attr: &str, name: &str) -> &'a str {
    let head = &page[..page.find("</head>").unwrap()];
    let tag = format!("<meta {attr}=\"{name}\" content=\"");
    assert_eq!(head.matches(&tag).count(), 1, "{name}");
    let start = head.find(&tag).unwrap() + tag.len();
    &head[start..start + head[start..].find('"').unwrap()]
}

#[test]
fn every_page_describes_itself_for_search_engines_and_link_previews() {
    let s = SiteTest::new("base");
    s.ok(&["build"]);
    for (path, bytes) in tree(&s.path("public")) {
        if path.ends_with(".html") {
            let page = String::from_utf8(bytes).unwrap();
            let description = meta(&page, "name", "description");
            assert!(description.len() > 10, "{path}: {description}");
            assert_eq!(
                meta(&page, "property", "og:description"),
                description,
                "{path}"
            );
            assert!(
                page.contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">")
            );
        }
    }
    let member = s.read("public/members/nl/index.html");
    assert_eq!(
        meta(&member, "name", "description"),
        ".nl, Netherlands: current member on 7 October 2011, ccNSO region Europe."
    );
    assert_eq!(meta(&member, "property", "og:title"), ".nl (Netherlands)");
    assert_eq!(
        meta(&member, "property", "og:url"),
        "https://ccnso.example.org/members/nl/"
    );
    let news = s.read("public/news/2011-10-07-launch/index.html");
    // Without a summary, the first paragraph of the text.
    assert_eq!(
        meta(&news, "name", "description"),
        "The new site is online."
    );
    assert!(s.path("public/favicon.svg").is_file());
}

#[test]
fn a_site_under_a_path_links_every_page_and_file_under_that_path() {
    // Regression: with `--base-url https://example.org/pr-7/` every href and src was
    // root-relative (`/members/`), so 25 of 29 links and the stylesheet broke.
    let s = SiteTest::new("base");
    s.ok(&[
        "build",
        "--drafts",
        "--base-url",
        "https://example.org/pr-7/",
    ]);
    let out = s.path("public");
    let files = tree(&out);
    let mut checked = 0;
    for (path, bytes) in &files {
        if !path.ends_with(".html") {
            continue;
        }
        let page = String::from_utf8(bytes.clone()).unwrap();
        for attr in ["href=\"", "src=\""] {
            for (i, _) in page.match_indices(attr) {
                let value = &page[i + attr.len()..];
                let value = &value[..value.find('"').unwrap()];
                if value.starts_with("http")
                    || value.starts_with('#')
                    || value.starts_with("mailto:")
                {
                    continue;
                }
                let under = value
                    .strip_prefix("/pr-7/")
                    .unwrap_or_else(|| panic!("{path}: {value}"));
                let file = under.split(['#', '?']).next().unwrap();
                let target = if file.is_empty() || file.ends_with('/') {
                    format!("{file}index.html")
                } else {
                    file.to_string()
                };
                assert!(files.contains_key(&target), "{path}: {value} -> {target}");
                checked += 1;
            }
        }
    }
    assert!(checked > 500, "{checked}");
    let atom = s.read("public/atom.xml");
    assert!(atom.contains("<link rel=\"self\" href=\"https://example.org/pr-7/atom.xml\"/>"));
    // The preview serves at `/` (serve's tests), and a build at the root is unchanged.
    s.ok(&["build"]);
    let home = s.read("public/index.html");
    assert!(home.contains("<link rel=\"stylesheet\" href=\"/style.css\">"));
}

/// `datapackage.json` describes every file of `/data/` (regression: elections, votes
/// and translations were missing), each CSV with its columns, and the licence.
#[test]
fn the_data_package_lists_every_data_file_with_its_columns_and_the_licence() {
    let s = SiteTest::new("base");
    s.write(
        "content/site.yaml",
        "title: Test ccNSO\nbase_url: https://ccnso.example.org\nas_of: 2011-10-07\nnews_per_page: 2\ndata_license: CC-BY-4.0\nlanguages: [en, fr]\n",
    );
    s.ok(&["build"]);
    let package: serde_json::Value =
        serde_json::from_str(&s.read("public/data/datapackage.json")).unwrap();
    assert_eq!(package["as_of"], "2011-10-07");
    assert_eq!(package["licenses"].to_string(), r#"[{"name":"CC-BY-4.0"}]"#);
    let resources = package["resources"].as_array().unwrap();
    let mut listed: Vec<&str> = resources
        .iter()
        .map(|r| r["path"].as_str().unwrap())
        .collect();
    listed.sort_unstable();
    let written: Vec<String> = tree(&s.path("public/data"))
        .into_keys()
        .filter(|p| p != "datapackage.json")
        .collect();
    assert_eq!(listed, written);
    for r in resources.iter().filter(|r| r["format"] == "csv") {
        let csv = s.read(&format!("public/data/{}", r["path"].as_str().unwrap()));
        let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
        let fields: Vec<&str> = r["schema"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["name"].as_str().unwrap())
            .collect();
        assert_eq!(fields, header, "{}", r["path"]);
        assert_eq!(r["profile"], "tabular-data-resource");
    }
    assert_eq!(
        resources[1].to_string(),
        r#"{"name":"members-csv","path":"members.csv","profile":"tabular-data-resource","format":"csv","mediatype":"text/csv","encoding":"utf-8","schema":{"fields":[{"name":"cctld","type":"string"},{"name":"unicode","type":"string"},{"name":"iso3166","type":"string"},{"name":"country","type":"string"},{"name":"manager","type":"string"},{"name":"region","type":"string"},{"name":"region_basis","type":"string"},{"name":"joined","type":"string","description":"a date as the record writes it: YYYY-MM-DD, or YYYY-MM where only the month is known"},{"name":"joined_accuracy","type":"string"},{"name":"left","type":"string","description":"a date as the record writes it: YYYY-MM-DD, or YYYY-MM where only the month is known"},{"name":"left_reason","type":"string"},{"name":"website","type":"string"},{"name":"source","type":"string"},{"name":"note","type":"string"},{"name":"current","type":"boolean"},{"name":"ccnso_region","type":"string"}],"primaryKey":["cctld"]}}"#
    );
    // One spelling only.
    let yaml = s.read("content/site.yaml");
    s.write(
        "content/site.yaml",
        &format!("{yaml}data_licence: CC0-1.0\n"),
    );
    let run = s.run(&["check"]);
    assert!(
        run.stderr.contains("content/site.yaml:5:15: error[Y1]: `data_licence` and `data_license` are one setting: write it once"),
        "{}",
        run.stderr
    );
}

/// SPEC §1's `note:` says how a value was derived: readers see it beside the source
/// ("How we know"), the open data carries it as written.
#[test]
fn a_records_note_is_shown_beside_its_source_and_given_in_the_open_data() {
    let s = SiteTest::new("base");
    let pf = s.read("content/members/pf.yaml");
    s.write(
        "content/members/pf.yaml",
        &format!("{pf}source: https://example.org/pf\nnote: \"Approved by silence: the objection deadline was 30 July 2008.\"\n"),
    );
    let about = s.read("content/pages/about.md");
    s.write(
        "content/pages/about.md",
        &about.replacen(
            "weight: 1\n",
            "weight: 1\nnote: Restated from the 2011 overview.\n",
            1,
        ),
    );
    s.ok(&["build"]);
    let page = s.read("public/members/pf/index.html");
    assert!(page.contains("<p class=\"source\">Source: <a href=\"https://example.org/pf\"><bdi>https://example.org/pf</bdi></a></p><p class=\"source note\"><strong>How we know:</strong> <bdi>Approved by silence: the objection deadline was 30 July 2008.</bdi></p>"), "{page}");
    let about = s.read("public/about/index.html");
    assert!(about.contains("<p class=\"source note\"><strong>How we know:</strong> <bdi>Restated from the 2011 overview.</bdi></p>"), "{about}");
    assert!(
        !about.contains("Source:"),
        "a note without a source shows no empty source"
    );
    let json: serde_json::Value =
        serde_json::from_str(&s.read("public/data/members.json")).unwrap();
    assert_eq!(
        json[6]["note"],
        "Approved by silence: the objection deadline was 30 July 2008."
    );
}

/// The side-by-side view is a closed disclosure on screen; printed, it is open
/// (checked by printing the bundled changes page from Chromium: its table is on paper).
#[test]
fn on_paper_the_side_by_side_view_is_open() {
    let s = SiteTest::new("base");
    s.ok(&["build"]);
    let css = s.read("public/style.css");
    let print = &css[css.find("@media print").expect("a print stylesheet")..];
    assert!(
        print.contains(
            "details.side-by-side::details-content { content-visibility: visible; display: contents; }"
        ),
        "{print}"
    );
}

/// A page's `lastmod` is when the files it is made from last changed in git, as a W3C
/// date (regression: a member's `joined: 2011-01` was published as when its page
/// changed); outside git there is none.
#[test]
fn the_sitemap_dates_each_page_by_the_last_commit_of_its_files() {
    let s = SiteTest::new("base");
    s.ok(&["build"]);
    assert!(!s.read("public/sitemap.xml").contains("<lastmod>"));
    let commit = |message: &str, date: &str| {
        let ok = std::process::Command::new("git")
            .args([
                "-c",
                "user.name=T",
                "-c",
                "user.email=t@example.org",
                "-c",
                "commit.gpgsign=false",
            ])
            .args(["commit", "-qm", message])
            .env("GIT_COMMITTER_DATE", date)
            .env("GIT_AUTHOR_DATE", date)
            .current_dir(&s.dir)
            .status()
            .unwrap();
        assert!(ok.success());
    };
    crate::changes::git(&s, &["init", "-q"]);
    crate::changes::git(&s, &["add", "-A"]);
    commit("first", "2024-01-02T10:00:00Z");
    let au = s.read("content/members/au.yaml");
    s.write(
        "content/members/au.yaml",
        &au.replace("auDA", "au Domain Administration"),
    );
    crate::changes::git(&s, &["add", "-A"]);
    commit("au", "2024-03-04T23:30:00Z");
    // Not committed: its page keeps the date of its last commit.
    let br = s.read("content/members/br.yaml");
    s.write("content/members/br.yaml", &format!("{br}# edited\n"));
    s.ok(&["build"]);
    let sitemap = s.read("public/sitemap.xml");
    for (url, date) in [
        ("members/au/", "2024-03-04"),
        ("members/br/", "2024-01-02"),
        ("about/", "2024-01-02"),
        // A list changed when any record did.
        ("members/", "2024-03-04"),
        ("", "2024-03-04"),
    ] {
        let entry = format!(
            "<url><loc>https://ccnso.example.org/{url}</loc><lastmod>{date}</lastmod></url>"
        );
        assert!(sitemap.contains(&entry), "{entry}\n{sitemap}");
    }
}
