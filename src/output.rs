//! Writing a build: everything goes to a staging folder beside the target, which then
//! replaces the target whole. A failure leaves the previous output exactly as it was.
use anyhow::{Context, bail};
use std::collections::HashSet;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

/// Where an output file's bytes come from.
pub enum Data {
    Bytes(Vec<u8>),
    Static(&'static [u8]),
    Copy(PathBuf),
}

impl Data {
    /// The size in bytes.
    pub fn size(&self) -> u64 {
        match self {
            Data::Bytes(b) => b.len() as u64,
            Data::Static(b) => b.len() as u64,
            Data::Copy(p) => std::fs::symlink_metadata(p).map_or(0, |m| m.len()),
        }
    }

    /// The bytes themselves (reading a copied file, which must still be a regular file).
    pub fn bytes(self) -> std::io::Result<Vec<u8>> {
        use std::io::Read;
        match self {
            Data::Bytes(b) => Ok(b),
            Data::Static(b) => Ok(b.to_vec()),
            Data::Copy(p) => {
                let mut bytes = Vec::new();
                crate::fsx::open_regular(&p)?.read_to_end(&mut bytes)?;
                Ok(bytes)
            }
        }
    }
}

/// The file that marks a folder as one ccpub wrote (SPEC §4: only such an output is
/// replaced without `--force`).
pub const MARKER: &str = ".ccpub-output";
const MARKER_TEXT: &[u8] =
    b"This folder was written by ccpub build; the next build replaces it whole.\n";

/// A build being written: a staging folder beside the target, made while holding the
/// target's lock. `commit` swaps it in; dropping it uncommitted removes it.
pub struct Staging {
    out: PathBuf,
    dir: PathBuf,
    made: Mutex<HashSet<PathBuf>>,
    done: bool,
    /// Held until the build ends: no second build writes the same output meanwhile.
    _lock: OutputLock,
}

impl Staging {
    /// A fresh, empty staging folder beside `out` (an absolute, resolved path, see
    /// `resolve_target`). Waits for another build of the same output to finish, then
    /// removes what interrupted builds of it left behind.
    pub fn create(out: &Path) -> anyhow::Result<Staging> {
        let parent = out.parent().unwrap_or(Path::new("/"));
        std::fs::create_dir_all(parent)
            .with_context(|| format!("failed to create `{}`", parent.display()))?;
        let name = out.file_name().and_then(|n| n.to_str()).unwrap_or("public");
        let lock = lock(&parent.join(format!(".{name}.lock")), out)?;
        remove_leftovers(parent, name);
        let dir = parent.join(format!(".{name}.staging-{}", std::process::id()));
        std::fs::create_dir(&dir)
            .with_context(|| format!("failed to create `{}`", dir.display()))?;
        crate::interrupt::remove_on_interrupt(&dir);
        let staging = Staging {
            out: out.to_path_buf(),
            dir,
            made: Mutex::new(HashSet::new()),
            done: false,
            _lock: lock,
        };
        staging.write(MARKER, MARKER_TEXT)?;
        Ok(staging)
    }

    /// Writes one file (from any thread); `rel` may only name plain components. A file
    /// whose bytes are those of the previous output is hard-linked from it instead:
    /// creating (and later deleting) inodes is most of the cost of a rebuild on disk.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> anyhow::Result<()> {
        let path = self.prepare(rel)?;
        if self.reuse(rel, bytes, &path) {
            return Ok(());
        }
        std::fs::write(&path, bytes)
            .with_context(|| format!("failed to write `{}`", path.display()))
    }

    /// Links the previous output's file at `rel` to `path` if it holds exactly `bytes`.
    fn reuse(&self, rel: &str, bytes: &[u8], path: &Path) -> bool {
        let old = self.out.join(rel);
        let same_size = std::fs::symlink_metadata(&old)
            .is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64);
        same_size
            && std::fs::read(&old).is_ok_and(|b| b == bytes)
            && std::fs::hard_link(&old, path).is_ok()
    }

    /// Writes files in parallel.
    pub fn write_all(&self, files: Vec<(String, Data)>) -> anyhow::Result<()> {
        use rayon::prelude::*;
        files
            .into_par_iter()
            .try_for_each(|(rel, data)| match data {
                Data::Bytes(b) => self.write(&rel, &b),
                Data::Static(b) => self.write(&rel, b),
                Data::Copy(from) => {
                    let path = self.prepare(&rel)?;
                    copy_regular(&from, &path).with_context(|| {
                        format!(
                            "failed to copy `{}` to `{}`",
                            from.display(),
                            path.display()
                        )
                    })
                }
            })
    }

    /// Replaces the target with the staging folder, then removes the previous output.
    pub fn commit(mut self) -> anyhow::Result<()> {
        self.done = true;
        let mut pending = crate::interrupt::hold();
        let swapped = swap(&self.out, &self.dir);
        pending.retain(|d| *d != self.dir);
        swapped
    }

    /// Removes the staging folder; the target is untouched.
    pub fn discard(mut self) {
        self.done = true;
        self.remove();
    }

    fn remove(&self) {
        let _ = crate::fsx::remove_tree(&self.dir);
        crate::interrupt::forget(&self.dir);
    }

    /// The file's path in the staging folder, its folder created.
    fn prepare(&self, rel: &str) -> anyhow::Result<PathBuf> {
        let path = safe_join(&self.dir, rel)?;
        if let Some(parent) = path.parent() {
            let known = self
                .made
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .contains(parent);
            if !known {
                std::fs::create_dir_all(parent)
                    .with_context(|| format!("failed to create `{}`", parent.display()))?;
                self.made
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(parent.to_path_buf());
            }
        }
        Ok(path)
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.done {
            self.remove();
        }
    }
}

/// The output folder a build may replace: `out` made absolute with every symbolic
/// link resolved (a link named as `--out` stands for the folder it points to, which is
/// replaced; the link itself stays). Refused (`Err`): an output that is the site folder,
/// contains it, or lies inside its `content/` or `themes/` (compared by resolved path
/// and by device and inode); a file that is not a folder; a non-empty folder without
/// ccpub's marker, unless `force`.
pub fn resolve_target(site: &Path, out: &Path, force: bool) -> anyhow::Result<PathBuf> {
    let target = resolve(out)
        .with_context(|| format!("cannot resolve the output folder `{}`", out.display()))?;
    let site_dir = std::fs::canonicalize(site)
        .with_context(|| format!("cannot resolve the site folder `{}`", site.display()))?;
    if let Some(why) = overlap(&site_dir, &target) {
        bail!("refusing to write the site into {}: {why}", out.display());
    }
    match std::fs::symlink_metadata(&target) {
        Ok(m) if !m.is_dir() => bail!("refusing to replace {}: it is not a folder", out.display()),
        Ok(_) if !force && !replaceable(&target)? => bail!(
            "refusing to replace {}: the folder is not empty and ccpub did not write it (no {MARKER} in it); pass --force to replace it whole",
            out.display()
        ),
        _ => Ok(target),
    }
}

/// Whether the folder is empty or was written by ccpub.
fn replaceable(dir: &Path) -> anyhow::Result<bool> {
    let mut entries =
        std::fs::read_dir(dir).with_context(|| format!("failed to read `{}`", dir.display()))?;
    Ok(entries.next().is_none()
        || std::fs::symlink_metadata(dir.join(MARKER)).is_ok_and(|m| m.is_file()))
}

/// An absolute path with every link resolved, component by component (so `link/..`
/// means the link target's parent, as the system reads it); components that do not
/// exist yet are taken as written.
fn resolve(path: &Path) -> std::io::Result<PathBuf> {
    let mut out = std::env::current_dir()?;
    for c in path.components() {
        match c {
            Component::Prefix(_) | Component::RootDir => out.push(c),
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(name) => {
                out.push(name);
                if std::fs::symlink_metadata(&out).is_ok() {
                    out = std::fs::canonicalize(&out)?;
                }
            }
        }
    }
    Ok(out)
}

/// Why `target` (resolved) may not be the output: it is the site folder, contains it,
/// or lies inside its `content/` or `themes/`, by path or by device and inode (a bind
/// mount, a folder reached on another path). `None` where it is apart from them.
fn overlap(site: &Path, target: &Path) -> Option<&'static str> {
    let sources = [
        (
            site.join("content"),
            "it lies inside the site's content/ folder",
        ),
        (
            site.join("themes"),
            "it lies inside the site's themes/ folder",
        ),
    ];
    let site_id = file_id(site);
    let target_id = file_id(target);
    if target == site || target_id.is_some() && target_id == site_id {
        return Some("it is the site folder");
    }
    let ancestors: Vec<Option<(u64, u64)>> = target.ancestors().map(file_id).collect();
    for (folder, why) in &sources {
        let id = file_id(folder);
        if target.starts_with(folder) || id.is_some() && ancestors.contains(&id) {
            return Some(why);
        }
    }
    let contains = site.starts_with(target)
        || target_id.is_some_and(|t| site.ancestors().any(|a| file_id(a) == Some(t)));
    contains.then_some("it contains the site folder")
}

/// The device and inode of an existing path (following links).
fn file_id(path: &Path) -> Option<(u64, u64)> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// The lock of one output folder: a file beside it, held for the whole build and
/// removed at its end (while still held).
struct OutputLock {
    path: PathBuf,
    _file: std::fs::File,
}

impl Drop for OutputLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
        crate::interrupt::forget(&self.path);
    }
}

/// Takes the output's lock file, waiting (and saying so) while another build holds it.
/// A lock taken on a file that a finishing build removed meanwhile is taken again on
/// the file now at the path.
fn lock(path: &Path, out: &Path) -> anyhow::Result<OutputLock> {
    let mut said = false;
    loop {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path)
            .with_context(|| format!("failed to open the lock file `{}`", path.display()))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                if !said {
                    eprintln!(
                        "another build is writing {}; waiting for it to finish",
                        out.display()
                    );
                    said = true;
                }
                file.lock()
                    .with_context(|| format!("failed to lock `{}`", path.display()))?;
            }
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(e).with_context(|| format!("failed to lock `{}`", path.display()));
            }
        }
        let held = file.metadata().ok().map(|m| same_file_id(&m));
        let current = std::fs::symlink_metadata(path)
            .ok()
            .map(|m| same_file_id(&m));
        if held.is_some() && held == current {
            crate::interrupt::remove_on_interrupt(path);
            return Ok(OutputLock {
                path: path.to_path_buf(),
                _file: file,
            });
        }
    }
}

fn same_file_id(m: &std::fs::Metadata) -> (u64, u64) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        (m.dev(), m.ino())
    }
    #[cfg(not(unix))]
    {
        (m.len(), 0)
    }
}

/// Removes the staging and set-aside folders of interrupted builds of `name` (under
/// the lock no other build of it is running, so every such folder is a leftover).
fn remove_leftovers(parent: &Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    let (staging, old) = (format!(".{name}.staging-"), format!(".{name}.old-"));
    for entry in entries.flatten() {
        let file = entry.file_name();
        let Some(file) = file.to_str() else { continue };
        let pid = file
            .strip_prefix(&staging)
            .or_else(|| file.strip_prefix(&old));
        if pid.is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) {
            let _ = crate::fsx::remove_tree(&entry.path());
        }
    }
}

/// Copies a regular file (never a link, FIFO or device: those were refused when the
/// sources were read, and a swap since then must not make the copy hang or leak).
fn copy_regular(from: &Path, to: &Path) -> std::io::Result<()> {
    let mut source = crate::fsx::open_regular(from)?;
    let mut target = std::fs::File::create(to)?;
    std::io::copy(&mut source, &mut target).map(|_| ())
}

/// `root/rel`, where `rel` may only name plain components (no `..`, no root).
fn safe_join(root: &Path, rel: &str) -> anyhow::Result<PathBuf> {
    let rel_path = Path::new(rel);
    let plain = !rel.is_empty()
        && rel_path
            .components()
            .all(|c| matches!(c, Component::Normal(_)));
    if !plain {
        bail!("refusing to write outside the output folder: {rel}");
    }
    Ok(root.join(rel_path))
}

/// Puts `staging` at `out` and removes the previous output. Where the system can,
/// the two folders are exchanged in one step, so `out` always exists.
fn swap(out: &Path, staging: &Path) -> anyhow::Result<()> {
    let had_old = std::fs::symlink_metadata(out).is_ok();
    if had_old && crate::fsx::exchange(staging, out).is_ok() {
        // `staging` now holds the previous output.
        return crate::fsx::remove_tree(staging).with_context(|| {
            format!(
                "failed to remove the previous output `{}`",
                staging.display()
            )
        });
    }
    let old = staging.with_file_name(
        staging
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .replacen(".staging-", ".old-", 1),
    );
    if had_old {
        let _ = crate::fsx::remove_tree(&old);
        std::fs::rename(out, &old).with_context(|| {
            format!(
                "failed to move the previous output `{}` aside",
                out.display()
            )
        })?;
    }
    if let Err(e) = std::fs::rename(staging, out) {
        if had_old {
            let _ = std::fs::rename(&old, out);
        }
        let _ = crate::fsx::remove_tree(staging);
        return Err(e)
            .with_context(|| format!("failed to move the new output into `{}`", out.display()));
    }
    if had_old {
        crate::fsx::remove_tree(&old)
            .with_context(|| format!("failed to remove the previous output `{}`", old.display()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_paths_cannot_leave_the_folder() {
        let root = Path::new("/tmp/out");
        assert!(safe_join(root, "members/index.html").is_ok());
        for bad in ["../x", "/etc/passwd", "a/../../b", ""] {
            assert!(safe_join(root, bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn refuses_to_replace_the_site_or_its_sources() {
        let site = Path::new("/srv/site");
        assert_eq!(overlap(site, Path::new("/srv/site/public")), None);
        assert_eq!(overlap(site, Path::new("/srv/site-public")), None);
        assert_eq!(
            overlap(site, Path::new("/srv/site")),
            Some("it is the site folder")
        );
        assert_eq!(
            overlap(site, Path::new("/srv")),
            Some("it contains the site folder")
        );
        assert_eq!(
            overlap(site, Path::new("/srv/site/content/x")),
            Some("it lies inside the site's content/ folder")
        );
        assert_eq!(
            overlap(site, Path::new("/srv/site/themes")),
            Some("it lies inside the site's themes/ folder")
        );
    }

    #[test]
    fn resolving_follows_links_and_keeps_missing_components() {
        let dir = std::env::temp_dir().join(format!("ccpub-resolve-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("real/sub")).unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(dir.join("real/sub"), dir.join("link")).unwrap();
        let real = std::fs::canonicalize(dir.join("real")).unwrap();
        assert_eq!(resolve(&dir.join("real/./x/../y")).unwrap(), real.join("y"));
        #[cfg(unix)]
        {
            assert_eq!(resolve(&dir.join("link")).unwrap(), real.join("sub"));
            // `link/..` is the parent of the link's target, not `dir`.
            assert_eq!(resolve(&dir.join("link/../out")).unwrap(), real.join("out"));
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
