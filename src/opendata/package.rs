//! `data/datapackage.json`: every file of `/data/` as a Frictionless Data Package — its
//! format, for each CSV file a table schema (its columns and their types, in the order
//! written), the date the files describe, and the licence the site states.
use super::{DataFile, pretty};
use crate::date::Date;
use crate::model::Site;
use serde::Serialize;

#[derive(Serialize)]
struct Package<'a> {
    profile: &'static str,
    name: &'static str,
    title: String,
    /// The date "current" means in the files (`current`, `ccnso_region`, the council).
    as_of: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    licenses: Vec<Licence<'a>>,
    resources: Vec<Resource>,
}

#[derive(Serialize)]
struct Licence<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<&'a str>,
}

#[derive(Serialize)]
struct Resource {
    name: &'static str,
    path: String,
    profile: &'static str,
    format: &'static str,
    mediatype: &'static str,
    encoding: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    schema: Option<Schema>,
}

/// A CSV file's columns (Frictionless Table Schema).
#[derive(Serialize)]
struct Schema {
    fields: Vec<Field>,
    #[serde(rename = "primaryKey", skip_serializing_if = "Vec::is_empty")]
    primary_key: Vec<&'static str>,
}

#[derive(Serialize)]
struct Field {
    name: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'static str>,
}

/// Columns that hold dates as records write them: `YYYY-MM-DD`, or `YYYY-MM` where only
/// the month is known (a string, since a table schema's `date` is a day).
const DATES: [&str; 4] = ["joined", "left", "requested", "decided"];
/// Columns of `true` and `false`.
const BOOLEANS: [&str; 2] = ["current", "extraordinary"];

fn schema(columns: &[&'static str], primary_key: Vec<&'static str>) -> Schema {
    let fields = columns
        .iter()
        .map(|name| Field {
            name,
            kind: if BOOLEANS.contains(name) {
                "boolean"
            } else {
                "string"
            },
            description: DATES
                .contains(name)
                .then_some("a date as the record writes it: YYYY-MM-DD, or YYYY-MM where only the month is known"),
        })
        .collect();
    Schema {
        fields,
        primary_key,
    }
}

pub(crate) fn datapackage(site: &Site, as_of: Date) -> Vec<u8> {
    let settings = site.settings.as_ref();
    let licenses = settings
        .and_then(|s| s.data_licence.as_deref())
        .map(licence)
        .into_iter()
        .collect();
    let resources = super::files(site).map(resource).collect();
    pretty(&Package {
        profile: "data-package",
        name: "ccnso-open-data",
        title: format!("{}: open data", settings.map_or("", |s| s.title.as_str())),
        as_of: as_of.to_string(),
        licenses,
        resources,
    })
}

/// A licence by its SPDX id (`CC-BY-4.0`) or by the URL of its text.
fn licence(l: &str) -> Licence<'_> {
    match crate::model::source_is_url(l) {
        true => Licence {
            name: None,
            path: Some(l),
        },
        false => Licence {
            name: Some(l),
            path: None,
        },
    }
}

/// The file name of a `/data/` URL (the package sits beside them).
fn file(url: &str) -> String {
    url.rsplit('/').next().unwrap_or_default().to_string()
}

/// The data package's entry for one file.
fn resource(f: &DataFile) -> Resource {
    match f.table {
        Some((columns, key)) => csv(f.name, f.url, schema(columns, key.to_vec())),
        None => json(f.name, f.url),
    }
}

fn json(name: &'static str, url: &str) -> Resource {
    Resource {
        name,
        path: file(url),
        profile: "data-resource",
        format: "json",
        mediatype: "application/json",
        encoding: "utf-8",
        schema: None,
    }
}

fn csv(name: &'static str, url: &str, schema: Schema) -> Resource {
    Resource {
        name,
        path: file(url),
        profile: "tabular-data-resource",
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        schema: Some(schema),
    }
}
