//! The kinds of record a site keeps (SPEC §2), one per entry of `content/`: the one
//! list from which the loader's dispatch and its "expected …" message, the validators
//! and the open data are derived. Each of those matches on `RecordKind` without a
//! wildcard, so a kind added here that misses a step does not compile.

/// Defines `RecordKind` and `RecordKind::ALL` from one list, so the two cannot differ.
macro_rules! record_kinds {
    ($($(#[$doc:meta])* $kind:ident => $entry:literal, $folder:literal;)*) => {
        /// A kind of record: an entry of `content/`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum RecordKind {
            $($(#[$doc])* $kind,)*
        }

        impl RecordKind {
            /// Every kind, in the order `content/`'s entries are listed.
            pub const ALL: &'static [RecordKind] = &[$(RecordKind::$kind,)*];

            /// The entry of `content/` that holds the records of this kind.
            pub const fn entry(self) -> &'static str {
                match self {
                    $(RecordKind::$kind => $entry,)*
                }
            }

            /// Whether that entry is a folder (else a file).
            pub const fn is_folder(self) -> bool {
                match self {
                    $(RecordKind::$kind => $folder,)*
                }
            }
        }
    };
}

record_kinds! {
    /// `site.yaml`: the site's settings.
    Settings => "site.yaml", false;
    /// `members/<label>.yaml`.
    Members => "members", true;
    /// `council/<person>.yaml`.
    Council => "council", true;
    /// `working-groups/<slug>.md`.
    WorkingGroups => "working-groups", true;
    /// `guidelines/<slug>/<version>.md`.
    Guidelines => "guidelines", true;
    /// `pages/<slug>.md`.
    Pages => "pages", true;
    /// `news/<yyyy-mm-dd>-<slug>.md`.
    News => "news", true;
    /// `meetings/<number>.md`, with their resolutions and actions.
    Meetings => "meetings", true;
    /// `applications/<label>-<yyyy-mm-dd>.yaml`.
    Applications => "applications", true;
    /// `elections/<slug>.yaml`.
    Elections => "elections", true;
    /// `votes/<slug>.yaml`, each with its proposal's text `votes/<slug>.md` if any.
    Votes => "votes", true;
    /// `static/`: files copied as they are.
    Statics => "static", true;
}

impl RecordKind {
    /// The kind an entry of `content/` holds (`folder`: the entry is a folder).
    pub fn of_entry(name: &str, folder: bool) -> Option<RecordKind> {
        Self::ALL
            .iter()
            .copied()
            .find(|k| k.entry() == name && k.is_folder() == folder)
    }

    /// The entry as a reader names it: `members/` for a folder, `site.yaml` for a file.
    pub fn shown(self) -> String {
        let slash = if self.is_folder() { "/" } else { "" };
        format!("{}{slash}", self.entry())
    }

    /// Every entry `content/` may hold, as a list in words: "site.yaml, members/, … or
    /// static/".
    pub fn expected() -> String {
        let shown: Vec<String> = Self::ALL.iter().map(|k| k.shown()).collect();
        match shown.split_last() {
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
            None => String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::RecordKind;

    #[test]
    fn every_entry_names_one_kind_and_the_list_reads_as_a_sentence() {
        for &k in RecordKind::ALL {
            assert_eq!(RecordKind::of_entry(k.entry(), k.is_folder()), Some(k));
            assert_eq!(RecordKind::of_entry(k.entry(), !k.is_folder()), None);
        }
        assert_eq!(
            RecordKind::expected(),
            "site.yaml, members/, council/, working-groups/, guidelines/, pages/, news/, \
             meetings/, applications/, elections/, votes/ or static/"
        );
    }
}
