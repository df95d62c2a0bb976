//! Finds the project root and the Foundry binaries that npm installed.
//!
//! The Foundry toolchain is not expected on `PATH`: it is pinned by `package.json` and lives
//! under `node_modules/@foundry-rs/<tool>-<platform>/bin/`. The `node_modules/.bin` wrappers
//! are deliberately avoided because they exit 0 even when the tool fails.
//!
//! Every lookup takes the environment as a function so that tests can resolve paths without
//! mutating the process environment, which is shared by all test threads.

use std::{
    ffi::OsString,
    fmt,
    path::{Path, PathBuf},
};

/// Environment variable naming the project root explicitly.
pub const PROJECT_ROOT_ENV: &str = "XMTP_PROJECT_ROOT";

/// The file that marks the project root.
const ROOT_MARKER: &str = "foundry.toml";

/// A Foundry tool the control plane runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tool {
    /// `forge`, which runs the deploy script.
    Forge,
    /// `anvil`, the local development chain.
    Anvil,
}

impl Tool {
    /// The binary's name, also the npm package's prefix.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Forge => "forge",
            Self::Anvil => "anvil",
        }
    }

    /// The environment variable that overrides the binary's location.
    pub const fn env_var(self) -> &'static str {
        match self {
            Self::Forge => "FORGE_BIN",
            Self::Anvil => "ANVIL_BIN",
        }
    }
}

impl fmt::Display for Tool {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Why the project root or a Foundry binary could not be found.
#[derive(Debug, thiserror::Error)]
pub enum ToolchainError {
    /// `XMTP_PROJECT_ROOT` is set but does not point at the project.
    #[error("{PROJECT_ROOT_ENV} is {}, which has no {ROOT_MARKER}", path.display())]
    RootOverrideInvalid {
        /// The directory named by the variable.
        path: PathBuf,
    },
    /// No directory containing `foundry.toml` was found.
    #[error(
        "no {ROOT_MARKER} found in {} or its parents, nor in {}; set {PROJECT_ROOT_ENV}",
        cwd.display(),
        fallback.display()
    )]
    RootNotFound {
        /// The directory the upward search started from.
        cwd: PathBuf,
        /// The build-time fallback that was tried last.
        fallback: PathBuf,
    },
    /// The current directory could not be read.
    #[error("cannot read the current directory")]
    CurrentDir(#[source] std::io::Error),
    /// A binary named by an override variable does not exist.
    #[error("{tool} binary not found at {} (set by {})", path.display(), tool.env_var())]
    OverrideMissing {
        /// The tool.
        tool: Tool,
        /// The path the variable gave.
        path: PathBuf,
    },
    /// The npm-installed binary does not exist.
    #[error(
        "{tool} binary not found at {}; run `npm install` in {} (or set {})",
        path.display(),
        root.display(),
        tool.env_var()
    )]
    NotInstalled {
        /// The tool.
        tool: Tool,
        /// Where the binary was expected.
        path: PathBuf,
        /// The project root, where `npm install` must run.
        root: PathBuf,
    },
    /// Foundry publishes no npm package for this platform.
    #[error("Foundry has no npm package for {os}/{arch}; set {} to the binary", tool.env_var())]
    UnsupportedPlatform {
        /// The tool.
        tool: Tool,
        /// `std::env::consts::OS`.
        os: &'static str,
        /// `std::env::consts::ARCH`.
        arch: &'static str,
    },
}

/// The project root and the Foundry binaries to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Toolchain {
    root: PathBuf,
    forge: PathBuf,
    anvil: PathBuf,
}

impl Toolchain {
    /// Locates the toolchain from the process environment and current directory.
    pub fn locate() -> Result<Self, ToolchainError> {
        let cwd = std::env::current_dir().map_err(ToolchainError::CurrentDir)?;
        Self::locate_with(|name| std::env::var_os(name), &cwd)
    }

    /// Locates the toolchain with an explicit environment lookup and starting directory.
    pub fn locate_with<E>(env: E, cwd: &Path) -> Result<Self, ToolchainError>
    where
        E: Fn(&str) -> Option<OsString>,
    {
        let root = project_root_with(&env, cwd)?;
        let forge = tool_path_with(Tool::Forge, &root, &env)?;
        let anvil = tool_path_with(Tool::Anvil, &root, &env)?;
        Ok(Self { root, forge, anvil })
    }

    /// The project root: the directory holding `foundry.toml`.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The `forge` binary.
    pub fn forge(&self) -> &Path {
        &self.forge
    }

    /// The `anvil` binary.
    pub fn anvil(&self) -> &Path {
        &self.anvil
    }
}

/// Finds the project root: `XMTP_PROJECT_ROOT`, else the nearest ancestor of `cwd` holding
/// `foundry.toml`, else the parent of this crate's manifest directory.
pub fn project_root_with<E>(env: E, cwd: &Path) -> Result<PathBuf, ToolchainError>
where
    E: Fn(&str) -> Option<OsString>,
{
    if let Some(path) = non_empty(env(PROJECT_ROOT_ENV)) {
        let path = PathBuf::from(path);
        // An explicit override that is wrong must fail loudly rather than fall back silently.
        return if path.join(ROOT_MARKER).is_file() {
            Ok(path)
        } else {
            Err(ToolchainError::RootOverrideInvalid { path })
        };
    }
    if let Some(found) = cwd.ancestors().find(|dir| dir.join(ROOT_MARKER).is_file()) {
        return Ok(found.to_path_buf());
    }
    // Tests and `cargo run` may start outside the project (e.g. a temp dir), so fall back to
    // where this crate was built from.
    // This crate is `lib/gov` in the project.
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fallback = manifest_dir
        .ancestors()
        .nth(2)
        .unwrap_or(manifest_dir)
        .to_path_buf();
    if fallback.join(ROOT_MARKER).is_file() {
        Ok(fallback)
    } else {
        Err(ToolchainError::RootNotFound {
            cwd: cwd.to_path_buf(),
            fallback,
        })
    }
}

/// Finds a Foundry binary: its override variable (`FORGE_BIN`, `ANVIL_BIN`), else the npm
/// package of this platform under `root/node_modules`.
pub fn tool_path_with<E>(tool: Tool, root: &Path, env: E) -> Result<PathBuf, ToolchainError>
where
    E: Fn(&str) -> Option<OsString>,
{
    if let Some(path) = non_empty(env(tool.env_var())) {
        let path = PathBuf::from(path);
        return if path.is_file() {
            Ok(path)
        } else {
            Err(ToolchainError::OverrideMissing { tool, path })
        };
    }
    let path = npm_binary_path(tool, root)?;
    if path.is_file() {
        Ok(path)
    } else {
        Err(ToolchainError::NotInstalled {
            tool,
            path,
            root: root.to_path_buf(),
        })
    }
}

/// Where npm installs `tool` for this platform, e.g.
/// `node_modules/@foundry-rs/forge-linux-amd64/bin/forge`.
pub fn npm_binary_path(tool: Tool, root: &Path) -> Result<PathBuf, ToolchainError> {
    use std::env::consts::{ARCH, OS};
    // Names of the platform packages listed in `@foundry-rs/<tool>`'s optionalDependencies.
    let os = match OS {
        "linux" => "linux",
        "macos" => "darwin",
        "windows" => "win32",
        _ => {
            return Err(ToolchainError::UnsupportedPlatform {
                tool,
                os: OS,
                arch: ARCH,
            })
        }
    };
    let arch = match ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        _ => {
            return Err(ToolchainError::UnsupportedPlatform {
                tool,
                os: OS,
                arch: ARCH,
            })
        }
    };
    let exe = format!("{}{}", tool.name(), std::env::consts::EXE_SUFFIX);
    Ok(root
        .join("node_modules")
        .join("@foundry-rs")
        .join(format!("{}-{os}-{arch}", tool.name()))
        .join("bin")
        .join(exe))
}

fn non_empty(value: Option<OsString>) -> Option<OsString> {
    value.filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// A scratch directory under the system temp dir, removed on drop.
    struct Scratch(PathBuf);

    impl Scratch {
        fn new(tag: &str) -> Self {
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos();
            let dir = std::env::temp_dir().join(format!(
                "xmtp-toolchain-{tag}-{}-{nanos}",
                std::process::id()
            ));
            std::fs::create_dir_all(&dir).unwrap();
            Self(dir)
        }
    }

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn env_of(pairs: &[(&str, &Path)]) -> impl Fn(&str) -> Option<OsString> {
        let map: HashMap<String, OsString> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.as_os_str().to_owned()))
            .collect();
        move |name| map.get(name).cloned()
    }

    fn touch(path: &Path) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, b"").unwrap();
    }

    #[test]
    fn root_override_wins_over_cwd() {
        let project = Scratch::new("override");
        touch(&project.0.join("foundry.toml"));
        let elsewhere = Scratch::new("elsewhere");
        let env = env_of(&[(PROJECT_ROOT_ENV, &project.0)]);
        assert_eq!(project_root_with(env, &elsewhere.0).unwrap(), project.0);
    }

    #[test]
    fn root_override_without_foundry_toml_is_an_error() {
        let empty = Scratch::new("empty");
        let env = env_of(&[(PROJECT_ROOT_ENV, &empty.0)]);
        let err = project_root_with(env, &empty.0).unwrap_err();
        assert!(
            matches!(err, ToolchainError::RootOverrideInvalid { .. }),
            "{err}"
        );
        assert!(err.to_string().contains(&empty.0.display().to_string()));
    }

    #[test]
    fn root_is_found_by_walking_up() {
        let project = Scratch::new("walk");
        touch(&project.0.join("foundry.toml"));
        let nested = project.0.join("a").join("b");
        std::fs::create_dir_all(&nested).unwrap();
        assert_eq!(project_root_with(env_of(&[]), &nested).unwrap(), project.0);
    }

    #[test]
    fn root_falls_back_to_the_workspace() {
        let outside = Scratch::new("outside");
        let root = project_root_with(env_of(&[]), &outside.0).unwrap();
        assert!(root.join("foundry.toml").is_file());
    }

    #[test]
    fn tool_override_is_used_when_present() {
        let dir = Scratch::new("forgebin");
        let forge = dir.0.join("my-forge");
        touch(&forge);
        let env = env_of(&[("FORGE_BIN", &forge)]);
        assert_eq!(tool_path_with(Tool::Forge, &dir.0, env).unwrap(), forge);
    }

    #[test]
    fn missing_tool_override_names_the_variable_and_path() {
        let dir = Scratch::new("nobin");
        let anvil = dir.0.join("nope");
        let env = env_of(&[("ANVIL_BIN", &anvil)]);
        let err = tool_path_with(Tool::Anvil, &dir.0, env).unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.contains("ANVIL_BIN") && msg.contains(&anvil.display().to_string()),
            "{msg}"
        );
    }

    #[test]
    fn missing_npm_binary_says_run_npm_install() {
        let dir = Scratch::new("nonpm");
        let err = tool_path_with(Tool::Forge, &dir.0, env_of(&[])).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("run `npm install`"), "{msg}");
        assert!(msg.contains("node_modules"), "{msg}");
    }

    #[test]
    fn npm_binary_is_found_under_node_modules() {
        let dir = Scratch::new("npm");
        let expected = npm_binary_path(Tool::Anvil, &dir.0).unwrap();
        touch(&expected);
        assert_eq!(
            tool_path_with(Tool::Anvil, &dir.0, env_of(&[])).unwrap(),
            expected
        );
        assert!(expected.starts_with(dir.0.join("node_modules/@foundry-rs")));
    }
}
