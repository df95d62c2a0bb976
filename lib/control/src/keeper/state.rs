//! The keeper's state directory: what must outlive a process for the keeper to act exactly once.
//!
//! One directory per (chain, key), `<base>/<chain id>-<keeper address>/`, so that two keys, or
//! one key on two chains, never share a lock or a journal. It holds:
//!
//! - `tick.lock`, held with an exclusive `flock` by `keeper tick` for its pass and by `keeper
//!   run` for its life: one process per key on a host, even when cron overlaps a slow tick;
//! - `inflight.json`, the sender's journal of transactions signed but not yet settled, so that
//!   a keeper killed mid-transaction watches them again instead of sending twice;
//! - `evidence/`, the relay's accepted evidence waiting to be submitted.
//!
//! The directory is private (mode 0700): it holds signed transactions. An existing directory
//! that group or others may write is refused, since whoever can write the journal can make the
//! keeper rebroadcast what they put there. Every file is written whole or not at all (a
//! temporary file, fsync, rename, fsync of the directory): a crash never leaves half a journal.

use std::{
    fs::{self, File, OpenOptions},
    io::Write,
    path::{Path, PathBuf},
};

use alloy::primitives::Address;

/// The file `keeper tick` and `keeper run` lock.
pub const TICK_LOCK: &str = "tick.lock";

/// Why the state directory cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum StateError {
    /// The directory could not be created or read.
    #[error("cannot create the state directory {}", path.display())]
    Create {
        /// The directory.
        path: PathBuf,
        /// The failure.
        #[source]
        source: std::io::Error,
    },
    /// The directory exists and others may write it.
    #[error(
        "the state directory {} is writable by group or others (mode {mode:o}): run `chmod 700 {}`",
        path.display(),
        path.display()
    )]
    NotPrivate {
        /// The directory.
        path: PathBuf,
        /// Its permission bits.
        mode: u32,
    },
    /// A file of the directory could not be written.
    #[error("cannot write {}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// The failure.
        #[source]
        source: std::io::Error,
    },
    /// A file of the directory could not be read.
    #[error("cannot read {}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The failure.
        #[source]
        source: std::io::Error,
    },
    /// The lock could not be taken for a reason other than another holder.
    #[error("cannot lock {}", path.display())]
    Lock {
        /// The lock file.
        path: PathBuf,
        /// The failure.
        #[source]
        source: std::io::Error,
    },
}

/// The state directory of one key on one chain.
#[derive(Debug, Clone)]
pub struct StateDir {
    path: PathBuf,
}

/// An exclusive lock on a file of the state directory, released when dropped (or when the
/// process dies, however it dies: the kernel releases a `flock` with its last descriptor).
#[derive(Debug)]
pub struct LockGuard {
    _file: File,
    path: PathBuf,
}

impl LockGuard {
    /// The locked file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl StateDir {
    /// Opens (creating it, mode 0700) `<base>/<chain_id>-<keeper>/`; refuses one that group
    /// or others may write.
    pub fn open(base: &Path, chain_id: u64, keeper: Address) -> Result<Self, StateError> {
        let path = base.join(format!("{chain_id}-{keeper}"));
        create_private(&path)?;
        check_private(&path)?;
        Ok(Self { path })
    }

    /// The directory.
    pub fn dir(&self) -> &Path {
        &self.path
    }

    /// The path of `name` in the directory.
    pub fn path(&self, name: &str) -> PathBuf {
        self.path.join(name)
    }

    /// A subdirectory (created, mode 0700), e.g. `evidence`.
    pub fn subdir(&self, name: &str) -> Result<PathBuf, StateError> {
        let path = self.path(name);
        create_private(&path)?;
        Ok(path)
    }

    /// Replaces `name` with `bytes`, whole or not at all: a temporary file, fsync, rename,
    /// fsync of the directory.
    pub fn write_atomic(&self, name: &str, bytes: &[u8]) -> Result<(), StateError> {
        write_atomic(&self.path(name), bytes)
    }

    /// The contents of `name`; `None` if it does not exist.
    pub fn read(&self, name: &str) -> Result<Option<Vec<u8>>, StateError> {
        let path = self.path(name);
        match fs::read(&path) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(source) => Err(StateError::Read { path, source }),
        }
    }

    /// Removes `name` if it exists.
    pub fn remove(&self, name: &str) -> Result<(), StateError> {
        let path = self.path(name);
        match fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(source) => Err(StateError::Write { path, source }),
        }
    }

    /// Takes the exclusive lock on `name` without waiting: `None` if another process (or
    /// another open of the file in this one) holds it.
    pub fn try_lock(&self, name: &str) -> Result<Option<LockGuard>, StateError> {
        let path = self.path(name);
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|source| StateError::Lock {
                path: path.clone(),
                source,
            })?;
        match file.try_lock() {
            Ok(()) => Ok(Some(LockGuard { _file: file, path })),
            Err(fs::TryLockError::WouldBlock) => Ok(None),
            Err(fs::TryLockError::Error(source)) => Err(StateError::Lock { path, source }),
        }
    }
}

/// The default base of state directories: `$XDG_STATE_HOME/xmtp-keeper`, else
/// `$HOME/.local/state/xmtp-keeper`; `None` without either.
pub fn default_base(env: impl Fn(&str) -> Option<String>) -> Option<PathBuf> {
    let set = |name: &str| env(name).filter(|value| !value.trim().is_empty());
    if let Some(state) = set("XDG_STATE_HOME") {
        return Some(PathBuf::from(state).join("xmtp-keeper"));
    }
    set("HOME").map(|home| PathBuf::from(home).join(".local/state/xmtp-keeper"))
}

/// Creates `path` (and its parents) with mode 0700 on unix, if it does not exist.
pub(crate) fn create_private(path: &Path) -> Result<(), StateError> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(path).map_err(|source| StateError::Create {
        path: path.to_path_buf(),
        source,
    })
}

#[cfg(unix)]
fn check_private(path: &Path) -> Result<(), StateError> {
    use std::os::unix::fs::PermissionsExt;
    let mode = fs::metadata(path)
        .map_err(|source| StateError::Create {
            path: path.to_path_buf(),
            source,
        })?
        .permissions()
        .mode()
        & 0o777;
    if mode & 0o022 != 0 {
        return Err(StateError::NotPrivate {
            path: path.to_path_buf(),
            mode,
        });
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_private(_path: &Path) -> Result<(), StateError> {
    Ok(())
}

/// Replaces the file at `path` with `bytes`, whole or not at all.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StateError> {
    let write = |source| StateError::Write {
        path: path.to_path_buf(),
        source,
    };
    let file_name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = path.with_file_name(format!(".{file_name}.{}.tmp", std::process::id()));
    let mut options = OpenOptions::new();
    options.create(true).truncate(true).write(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&temporary).map_err(write)?;
    file.write_all(bytes).map_err(write)?;
    file.sync_all().map_err(write)?;
    drop(file);
    fs::rename(&temporary, path).map_err(write)?;
    if let Some(parent) = path.parent() {
        // The rename is durable once the directory is.
        File::open(parent)
            .and_then(|dir| dir.sync_all())
            .map_err(write)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("keeper-state-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn one_private_directory_per_chain_and_key() {
        let base = base("open");
        let keeper = Address::repeat_byte(0xab);
        let state = StateDir::open(&base, 8453, keeper).unwrap();
        assert_eq!(state.dir(), base.join(format!("8453-{keeper}")));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(state.dir()).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o700);
        }
        state.write_atomic("a.json", b"one").unwrap();
        state.write_atomic("a.json", b"two").unwrap();
        assert_eq!(state.read("a.json").unwrap().as_deref(), Some(&b"two"[..]));
        assert_eq!(state.read("missing").unwrap(), None);
        state.remove("a.json").unwrap();
        state.remove("a.json").unwrap();
        assert_eq!(state.read("a.json").unwrap(), None);
        let leftovers: Vec<_> = fs::read_dir(state.dir()).unwrap().collect();
        assert!(leftovers.is_empty(), "no temporary file is left behind");
        fs::remove_dir_all(&base).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn a_directory_others_may_write_is_refused() {
        use std::os::unix::fs::PermissionsExt;
        let base = base("shared");
        let keeper = Address::repeat_byte(1);
        let state = StateDir::open(&base, 1, keeper).unwrap();
        fs::set_permissions(state.dir(), fs::Permissions::from_mode(0o777)).unwrap();
        let error = StateDir::open(&base, 1, keeper).unwrap_err();
        assert!(matches!(error, StateError::NotPrivate { .. }), "{error}");
        assert!(error.to_string().contains("chmod 700"), "{error}");
        fs::remove_dir_all(&base).unwrap();
    }

    #[test]
    fn the_lock_is_exclusive_until_dropped() {
        let base = base("lock");
        let state = StateDir::open(&base, 1, Address::ZERO).unwrap();
        let held = state.try_lock(TICK_LOCK).unwrap().expect("free at first");
        assert!(state.try_lock(TICK_LOCK).unwrap().is_none(), "held");
        drop(held);
        assert!(state.try_lock(TICK_LOCK).unwrap().is_some(), "free again");
        fs::remove_dir_all(&base).unwrap();
    }

    #[test]
    fn the_default_base_follows_xdg_then_home() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(key, _)| *key == name)
                    .map(|(_, value)| (*value).to_owned())
            }
        };
        assert_eq!(
            default_base(env(&[("XDG_STATE_HOME", "/s"), ("HOME", "/h")])),
            Some(PathBuf::from("/s/xmtp-keeper"))
        );
        assert_eq!(
            default_base(env(&[("HOME", "/h")])),
            Some(PathBuf::from("/h/.local/state/xmtp-keeper"))
        );
        assert_eq!(default_base(env(&[])), None);
    }
}
