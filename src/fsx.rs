//! File-system operations that must not follow links, block on special files, or
//! leave a moment in which a path is missing.
use std::fs::File;
use std::path::Path;

/// Opens a file for reading only if it is a regular file, without following a link at
/// its last component and without blocking on a FIFO (the check is made on the opened
/// file, so a swap between listing and opening cannot slip a FIFO or device in).
pub(crate) fn open_regular(path: &Path) -> std::io::Result<File> {
    let file = open_no_follow(path)?;
    if !file.metadata()?.is_file() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a regular file (a link, FIFO, socket or device)",
        ));
    }
    Ok(file)
}

#[cfg(unix)]
fn open_no_follow(path: &Path) -> std::io::Result<File> {
    use nix::fcntl::OFlag;
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags((OFlag::O_NOFOLLOW | OFlag::O_NONBLOCK | OFlag::O_NOCTTY).bits())
        .open(path)
}

#[cfg(not(unix))]
fn open_no_follow(path: &Path) -> std::io::Result<File> {
    if std::fs::symlink_metadata(path)?.file_type().is_symlink() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "a symbolic link",
        ));
    }
    File::open(path)
}

/// Why a new file could not be created inside a folder.
#[derive(Debug)]
pub(crate) enum CreateError {
    /// The file, or a link of that name, is there already.
    Exists,
    /// The path up to here is a symbolic link (or, for a folder on the way, not a
    /// folder).
    Link(String),
    Io(std::io::Error),
}

/// Creates the new file `rel` (a relative path of plain names) inside the folder
/// `root`, with the folders on the way, and writes `bytes` into it. No link is followed
/// below `root`: each folder is opened without following one (`O_NOFOLLOW`), and the file
/// is created with `O_CREAT | O_EXCL | O_NOFOLLOW`, so a dangling link at its place
/// is not written through.
pub(crate) fn create_new_in(root: &Path, rel: &str, bytes: &[u8]) -> Result<(), CreateError> {
    let parts: Vec<&str> = rel.split('/').collect();
    if parts
        .iter()
        .any(|p| p.is_empty() || *p == "." || *p == ".." || p.contains('\\'))
    {
        return Err(CreateError::Link(rel.to_string()));
    }
    let (name, folders) = parts.split_last().expect("split gives one part at least");
    create_new_at(root, folders, name, bytes)
}

#[cfg(unix)]
fn create_new_at(
    root: &Path,
    folders: &[&str],
    name: &str,
    bytes: &[u8],
) -> Result<(), CreateError> {
    use nix::errno::Errno;
    use nix::fcntl::{OFlag, openat};
    use nix::sys::stat::{Mode, mkdirat};
    use std::io::Write as _;
    let dir_flags = OFlag::O_RDONLY | OFlag::O_DIRECTORY | OFlag::O_NOFOLLOW | OFlag::O_CLOEXEC;
    let io = |e: Errno| CreateError::Io(std::io::Error::from(e));
    let mut dir =
        nix::fcntl::open(root, OFlag::O_RDONLY | OFlag::O_DIRECTORY, Mode::empty()).map_err(io)?;
    let mut walked = String::new();
    for folder in folders {
        walked.push_str(folder);
        match mkdirat(&dir, *folder, Mode::from_bits_truncate(0o777)) {
            Ok(()) | Err(Errno::EEXIST) => {}
            Err(e) => return Err(io(e)),
        }
        dir = match openat(&dir, *folder, dir_flags, Mode::empty()) {
            Ok(fd) => fd,
            Err(Errno::ELOOP | Errno::ENOTDIR) => return Err(CreateError::Link(walked)),
            Err(e) => return Err(io(e)),
        };
        walked.push('/');
    }
    let flags =
        OFlag::O_WRONLY | OFlag::O_CREAT | OFlag::O_EXCL | OFlag::O_NOFOLLOW | OFlag::O_CLOEXEC;
    let fd = match openat(&dir, name, flags, Mode::from_bits_truncate(0o666)) {
        Ok(fd) => fd,
        Err(Errno::EEXIST) if is_link_at(&dir, name) => {
            return Err(CreateError::Link(format!("{walked}{name}")));
        }
        Err(Errno::EEXIST) => return Err(CreateError::Exists),
        Err(Errno::ELOOP) => return Err(CreateError::Link(format!("{walked}{name}"))),
        Err(e) => return Err(io(e)),
    };
    File::from(fd).write_all(bytes).map_err(CreateError::Io)
}

#[cfg(unix)]
fn is_link_at(dir: &std::os::fd::OwnedFd, name: &str) -> bool {
    use nix::fcntl::AtFlags;
    nix::sys::stat::fstatat(dir, name, AtFlags::AT_SYMLINK_NOFOLLOW).is_ok_and(|st| {
        let kind = nix::sys::stat::SFlag::from_bits_truncate(st.st_mode);
        kind & nix::sys::stat::SFlag::S_IFMT == nix::sys::stat::SFlag::S_IFLNK
    })
}

#[cfg(not(unix))]
fn create_new_at(
    root: &Path,
    folders: &[&str],
    name: &str,
    bytes: &[u8],
) -> Result<(), CreateError> {
    use std::io::Write as _;
    let mut path = root.to_path_buf();
    for folder in folders {
        path.push(folder);
        match std::fs::symlink_metadata(&path) {
            Ok(m) if m.is_dir() && !m.file_type().is_symlink() => {}
            Ok(_) => return Err(CreateError::Link(path.display().to_string())),
            Err(_) => std::fs::create_dir(&path).map_err(CreateError::Io)?,
        }
    }
    path.push(name);
    let mut file = match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
    {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Err(CreateError::Exists),
        Err(e) => return Err(CreateError::Io(e)),
    };
    file.write_all(bytes).map_err(CreateError::Io)
}

/// Exchanges two existing paths in one step (Linux `renameat2(RENAME_EXCHANGE)`).
/// `Err` where the system or file system cannot; the caller then falls back.
pub(crate) fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        use nix::fcntl::{AT_FDCWD, RenameFlags, renameat2};
        renameat2(AT_FDCWD, a, AT_FDCWD, b, RenameFlags::RENAME_EXCHANGE)
            .map_err(std::io::Error::from)
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = (a, b);
        Err(std::io::Error::from(std::io::ErrorKind::Unsupported))
    }
}

/// What kind of entry a path is, without following a link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum EntryKind {
    File,
    Dir,
    Link,
    /// A FIFO, socket or device.
    Special,
}

/// The kind of the entry at `path` (never following a link).
pub(crate) fn entry_kind(path: &Path) -> std::io::Result<EntryKind> {
    Ok(kind_of_type(std::fs::symlink_metadata(path)?.file_type()))
}

/// The kind of a folder's entry, as the folder lists it (no call to the file system
/// where it gives the type, as most do; never following a link).
pub(crate) fn dir_entry_kind(entry: &std::fs::DirEntry) -> std::io::Result<EntryKind> {
    Ok(kind_of_type(entry.file_type()?))
}

fn kind_of_type(t: std::fs::FileType) -> EntryKind {
    if t.is_symlink() {
        EntryKind::Link
    } else if t.is_dir() {
        EntryKind::Dir
    } else if t.is_file() {
        EntryKind::File
    } else {
        EntryKind::Special
    }
}

/// Removes a folder tree, its files in parallel (deleting is most of a rebuild's I/O).
/// Never follows a symbolic link: a link, the root included, is removed as a link.
pub(crate) fn remove_tree(root: &Path) -> std::io::Result<()> {
    use rayon::prelude::*;
    if !std::fs::symlink_metadata(root)?.is_dir() {
        return std::fs::remove_file(root);
    }
    let (mut files, mut dirs) = (Vec::new(), vec![root.to_path_buf()]);
    let mut i = 0;
    while i < dirs.len() {
        for entry in std::fs::read_dir(&dirs[i])? {
            let entry = entry?;
            if entry.file_type()?.is_dir() {
                dirs.push(entry.path());
            } else {
                files.push(entry.path());
            }
        }
        i += 1;
    }
    files.par_iter().try_for_each(std::fs::remove_file)?;
    for dir in dirs.iter().rev() {
        std::fs::remove_dir(dir)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_fifo_or_a_link_is_not_opened_as_a_file() {
        let dir = std::env::temp_dir().join(format!("ccpub-fsx-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("a"), "x").unwrap();
        std::os::unix::fs::symlink(dir.join("a"), dir.join("link")).unwrap();
        nix::unistd::mkfifo(&dir.join("fifo"), nix::sys::stat::Mode::S_IRWXU).unwrap();
        assert!(open_regular(&dir.join("a")).is_ok());
        assert!(open_regular(&dir.join("link")).is_err());
        assert!(open_regular(&dir.join("fifo")).is_err());
        assert_eq!(entry_kind(&dir.join("fifo")).unwrap(), EntryKind::Special);
        assert_eq!(entry_kind(&dir.join("link")).unwrap(), EntryKind::Link);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn exchange_swaps_two_folders() {
        let dir = std::env::temp_dir().join(format!("ccpub-xchg-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("a")).unwrap();
        std::fs::create_dir_all(dir.join("b")).unwrap();
        std::fs::write(dir.join("a/f"), "a").unwrap();
        exchange(&dir.join("a"), &dir.join("b")).unwrap();
        assert_eq!(std::fs::read_to_string(dir.join("b/f")).unwrap(), "a");
        assert!(!dir.join("a/f").exists());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
