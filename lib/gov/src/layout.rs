//! Storage layouts: what each contract keeps in storage, snapshotted and compared, so that an upgrade that would
//! reinterpret existing state is refused before anyone signs it.
//!
//! Every contract keeps all of its state in ERC-7201 namespaced structs, which solc's storage layout of the contract
//! does not show. `test/storage/StorageLayouts.sol` declares each contract's structs as the state of a probe contract
//! (`NodesStorageLayout`, …), and foundry.toml's `extra_output = ["storageLayout"]` writes their layouts to
//! `out/StorageLayouts.sol/<Contract>StorageLayout.json`. [`current`] turns one into a [`Snapshot`]: per namespace its
//! id (read from the struct's `@custom:storage-location erc7201:` annotation in `contracts/`), its root slot, and
//! every field flattened through structs, mapping values and array elements as `{path, slot, offset, bytes, type}`
//! (`cursor.nextEpoch`, `records[].owner`; slots relative to the namespace root, or to the mapping value or array
//! element a `[]` path is in; types as solc labels them, without AST ids).
//!
//! The snapshots of the layouts deployed from `main` are committed in `snapshots/storage/<Contract>.json`
//! (`make storage-layouts` rewrites them). [`check`] compares a snapshot with a new layout: every field of the
//! snapshot must keep its name, slot, offset, type and size; new fields may only follow the last one of their struct;
//! the struct values of mappings may grow at their end. Anything else is a [`LayoutChange`] naming the field.

use std::{
    collections::{BTreeMap, HashMap, HashSet},
    fmt,
    path::{Path, PathBuf},
};

use alloy::primitives::{keccak256, B256, U256};
use serde::{Deserialize, Serialize};

/// The deployment record's names of the upgradeable contracts, each with a probe `<Name>StorageLayout`: the suite
/// table's ([`crate::suite`]).
pub use crate::suite::UPGRADEABLE;

/// The committed snapshots, relative to the project root.
pub const SNAPSHOT_DIR: &str = "snapshots/storage";

/// forge's artifacts folder (`out` in foundry.toml), relative to the project root.
const ARTIFACTS_DIR: &str = "out";

/// The probes' source file name, which names their artifacts' folder.
const PROBE_FILE: &str = "StorageLayouts.sol";

/// The contracts' sources, where the namespace annotations are.
const SOURCES_DIR: &str = "contracts";

/// The annotation naming a struct's namespace.
const ANNOTATION: &str = "@custom:storage-location erc7201:";

/// Why a layout could not be read, written or accepted.
#[derive(Debug, thiserror::Error)]
pub enum LayoutError {
    /// The contract is not one of [`UPGRADEABLE`].
    #[error("`{name}` is not an upgradeable contract of the suite (one of: {})", UPGRADEABLE.join(", "))]
    UnknownContract {
        /// The name given.
        name: String,
    },
    /// A build artifact is missing.
    #[error("{contract}: no build artifact at {}: run `forge build` first", path.display())]
    NoArtifact {
        /// The contract.
        contract: String,
        /// The artifact expected.
        path: PathBuf,
    },
    /// A file could not be read.
    #[error("cannot read {}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The I/O failure.
        #[source]
        source: std::io::Error,
    },
    /// A file could not be written.
    #[error("cannot write {}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// The I/O failure.
        #[source]
        source: std::io::Error,
    },
    /// A file is not the JSON expected.
    #[error("{} is not a valid {what}", path.display())]
    Parse {
        /// The file.
        path: PathBuf,
        /// What it should be.
        what: &'static str,
        /// The JSON failure.
        #[source]
        source: serde_json::Error,
    },
    /// The artifact was built without storage layouts.
    #[error("{contract}: {} has no storageLayout: foundry.toml needs extra_output = [\"storageLayout\"] (then `forge build`)", path.display())]
    NoStorageLayout {
        /// The contract.
        contract: String,
        /// The artifact.
        path: PathBuf,
    },
    /// solc's layout refers to a type it does not describe, or a number does not parse.
    #[error("{contract}: malformed storage layout ({detail})")]
    Malformed {
        /// The contract.
        contract: String,
        /// What is wrong.
        detail: String,
    },
    /// A probed struct has no `@custom:storage-location erc7201:` annotation in `contracts/`.
    #[error("{contract}: `{struct_name}` has no `/// {ANNOTATION}…` annotation in {SOURCES_DIR}/")]
    NoNamespace {
        /// The contract.
        contract: String,
        /// The struct, e.g. `Nodes.NodesStorage`.
        struct_name: String,
    },
    /// A namespace declared in `contracts/` is in no probe.
    #[error("namespace `{id}` (`{struct_name}`) is in no probe of test/storage/{PROBE_FILE}: add it to its contract's probe")]
    Unprobed {
        /// The namespace id.
        id: String,
        /// The struct.
        struct_name: String,
    },
    /// The contract declares state outside its namespaces.
    #[error("{contract}: state variable `{variable}` is outside the ERC-7201 namespaces (slot {slot}): keep all state in the namespaced struct")]
    PlainStorage {
        /// The contract.
        contract: String,
        /// The variable.
        variable: String,
        /// Its slot.
        slot: String,
    },
    /// There is no committed snapshot for the contract.
    #[error("{contract}: no storage-layout snapshot at {}: run `make storage-layouts` and commit it", path.display())]
    NoSnapshot {
        /// The contract.
        contract: String,
        /// The snapshot expected.
        path: PathBuf,
    },
    /// The new layout would reinterpret existing state.
    #[error(transparent)]
    Incompatible(#[from] IncompatibleLayout),
    /// The layout is compatible with the snapshot but differs from it.
    #[error("{contract}: storage layout changed compatibly ({changes}) but {} was not refreshed: run `make storage-layouts` and commit it", path.display())]
    Stale {
        /// The contract.
        contract: String,
        /// The snapshot.
        path: PathBuf,
        /// What changed, e.g. "field `x` (uint64) appended at slot 11 offset 0".
        changes: String,
    },
}

impl LayoutError {
    /// The changes that make the layout incompatible, if that is the failure.
    pub fn incompatible(&self) -> Option<&IncompatibleLayout> {
        match self {
            Self::Incompatible(incompatible) => Some(incompatible),
            _ => None,
        }
    }
}

/// One contract's storage: its namespaces, in the order its probe declares them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    /// The record's name of the contract, e.g. `RewardDistributor`.
    pub contract: String,
    /// Its ERC-7201 namespaces.
    pub namespaces: Vec<Namespace>,
}

/// One ERC-7201 namespace and the fields of its struct.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Namespace {
    /// The namespace id, e.g. `xmtp.storage.Nodes`.
    pub id: String,
    /// Its root slot: `keccak256(abi.encode(uint256(keccak256(id)) - 1)) & ~bytes32(uint256(0xff))`.
    pub root: B256,
    /// The struct, e.g. `struct Nodes.NodesStorage`.
    #[serde(rename = "struct")]
    pub struct_type: String,
    /// Bytes the struct spans (a multiple of 32).
    pub bytes: u64,
    /// Every field, depth first in declaration order.
    pub members: Vec<Member>,
}

/// One field, flattened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    /// `a.b` for a struct's field, `a[]` for a mapping's value or an array's element, `a[].b` for a field of one.
    pub path: String,
    /// The slot, relative to the namespace root (or to the mapping value or array element the path is in).
    pub slot: u64,
    /// The byte offset within the slot.
    pub offset: u64,
    /// The bytes it spans.
    pub bytes: u64,
    /// solc's label of its type, e.g. `uint32`, `struct Nodes.NodeRecord`, `mapping(address => uint256)`.
    #[serde(rename = "type")]
    pub ty: String,
}

impl Snapshot {
    /// Pretty JSON with a trailing newline, as committed.
    pub fn to_json(&self) -> String {
        let mut json = serde_json::to_string_pretty(self).unwrap_or_default();
        json.push('\n');
        json
    }
}

/// A change that would make the new implementation misread the state the proxy holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LayoutChange {
    /// A namespace of the snapshot is gone.
    NamespaceRemoved {
        /// Its id.
        id: String,
        /// Its struct.
        struct_type: String,
    },
    /// A struct's namespace id changed, so it would be read from another root slot.
    NamespaceChanged {
        /// The struct.
        struct_type: String,
        /// The snapshot's id.
        from: String,
        /// The new id.
        to: String,
    },
    /// A field is gone.
    Removed {
        /// The field.
        path: String,
    },
    /// A field has a new name at the same place and type.
    Renamed {
        /// The old path.
        path: String,
        /// The new path.
        to: String,
    },
    /// A field has a new type.
    Retyped {
        /// The field.
        path: String,
        /// The snapshot's type.
        from: String,
        /// The new type.
        to: String,
    },
    /// A field is at another slot or offset.
    Moved {
        /// The field.
        path: String,
        /// The snapshot's slot.
        from_slot: u64,
        /// The snapshot's offset.
        from_offset: u64,
        /// The new slot.
        to_slot: u64,
        /// The new offset.
        to_offset: u64,
    },
    /// A field that is not a mapping's value changed size (a struct grew or shrank in place).
    Resized {
        /// The field.
        path: String,
        /// Its type.
        ty: String,
        /// The snapshot's size in bytes.
        from: u64,
        /// The new size.
        to: u64,
    },
    /// A new field sits among the snapshot's fields instead of after the last one.
    Inserted {
        /// The field.
        path: String,
        /// Its type.
        ty: String,
        /// Its slot.
        slot: u64,
        /// Its offset.
        offset: u64,
    },
}

impl fmt::Display for LayoutChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NamespaceRemoved { id, struct_type } => {
                write!(f, "namespace `{id}` ({struct_type}) was removed")
            }
            Self::NamespaceChanged {
                struct_type,
                from,
                to,
            } => write!(
                f,
                "namespace changed from `{from}` to `{to}` ({struct_type})"
            ),
            Self::Removed { path } => write!(f, "field `{path}` was removed"),
            Self::Renamed { path, to } => write!(f, "field `{path}` was renamed to `{to}`"),
            Self::Retyped { path, from, to } => {
                write!(f, "field `{path}` was retyped from {from} to {to}")
            }
            Self::Moved {
                path,
                from_slot,
                from_offset,
                to_slot,
                to_offset,
            } => write!(
                f,
                "field `{path}` moved from slot {from_slot} offset {from_offset} to slot {to_slot} offset {to_offset}"
            ),
            Self::Resized { path, ty, from, to } => write!(
                f,
                "field `{path}` ({ty}) changed size from {from} to {to} bytes"
            ),
            Self::Inserted {
                path,
                ty,
                slot,
                offset,
            } => write!(
                f,
                "field `{path}` ({ty}) was inserted at slot {slot} offset {offset}, among the existing fields: new \
                 fields go after the last one"
            ),
        }
    }
}

/// A change the existing state survives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Extension {
    /// A new namespace (e.g. a new base contract).
    NamespaceAdded {
        /// Its id.
        id: String,
    },
    /// A new field after the last one of its struct.
    Appended {
        /// The field.
        path: String,
        /// Its type.
        ty: String,
        /// Its slot.
        slot: u64,
        /// Its offset.
        offset: u64,
    },
    /// A mapping's struct value grew at its end.
    Grew {
        /// The mapping value, e.g. `records[]`.
        path: String,
        /// The snapshot's size in bytes.
        from: u64,
        /// The new size.
        to: u64,
    },
}

impl fmt::Display for Extension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NamespaceAdded { id } => write!(f, "namespace `{id}` added"),
            Self::Appended {
                path,
                ty,
                slot,
                offset,
            } => write!(
                f,
                "field `{path}` ({ty}) appended at slot {slot} offset {offset}"
            ),
            Self::Grew { path, from, to } => {
                write!(f, "`{path}` grew from {from} to {to} bytes")
            }
        }
    }
}

/// How a new layout relates to a snapshot it is compatible with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Compatibility {
    /// Exactly the snapshot.
    Identical,
    /// The snapshot's fields are all kept; these were added (possibly none, for a change that only renames a struct
    /// type's declaration).
    Extended(Vec<Extension>),
}

impl Compatibility {
    /// The additions, one line, e.g. for a log.
    pub fn describe(&self) -> String {
        match self {
            Self::Identical => "identical".to_owned(),
            Self::Extended(extensions) if extensions.is_empty() => {
                "compatible changes to type names or sizes".to_owned()
            }
            Self::Extended(extensions) => extensions
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; "),
        }
    }
}

/// The new layout of `contract` would misread its existing state: every change found, first the one to fix first.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{contract}: {}{}", describe_first(changes), more(changes.len()))]
pub struct IncompatibleLayout {
    /// The contract.
    pub contract: String,
    /// What changed, each with the namespace it is in when the contract has several.
    pub changes: Vec<ScopedChange>,
}

/// A [`LayoutChange`] in one namespace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScopedChange {
    /// The namespace id, when the contract has more than one; else `None`.
    pub namespace: Option<String>,
    /// The change.
    pub change: LayoutChange,
}

impl fmt::Display for ScopedChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.namespace {
            Some(id) => write!(f, "{} (in {id})", self.change),
            None => write!(f, "{}", self.change),
        }
    }
}

fn describe_first(changes: &[ScopedChange]) -> String {
    changes
        .first()
        .map_or_else(|| "incompatible".to_owned(), ToString::to_string)
}

fn more(count: usize) -> String {
    match count {
        0 | 1 => String::new(),
        2 => " (and 1 more change)".to_owned(),
        n => format!(" (and {} more changes)", n - 1),
    }
}

/// Compares a new layout with the snapshot of what the proxy holds.
pub fn check(snapshot: &Snapshot, new: &Snapshot) -> Result<Compatibility, IncompatibleLayout> {
    if snapshot == new {
        return Ok(Compatibility::Identical);
    }
    let scoped = snapshot.namespaces.len() > 1 || new.namespaces.len() > 1;
    let mut changes = Vec::new();
    let mut extensions = Vec::new();
    for old in &snapshot.namespaces {
        let scope = scoped.then(|| old.id.clone());
        match new.namespaces.iter().find(|n| n.id == old.id) {
            Some(current) => {
                let (found, grown) = compare_members(&old.members, &current.members);
                changes.extend(found.into_iter().map(|change| ScopedChange {
                    namespace: scope.clone(),
                    change,
                }));
                extensions.extend(grown);
            }
            None => {
                let renamed = new.namespaces.iter().find(|n| {
                    n.struct_type == old.struct_type
                        && !snapshot.namespaces.iter().any(|o| o.id == n.id)
                });
                let change = match renamed {
                    Some(n) => LayoutChange::NamespaceChanged {
                        struct_type: old.struct_type.clone(),
                        from: old.id.clone(),
                        to: n.id.clone(),
                    },
                    None => LayoutChange::NamespaceRemoved {
                        id: old.id.clone(),
                        struct_type: old.struct_type.clone(),
                    },
                };
                changes.push(ScopedChange {
                    namespace: None,
                    change,
                });
            }
        }
    }
    for added in &new.namespaces {
        let known = snapshot.namespaces.iter().any(|o| o.id == added.id);
        let moved = changes.iter().any(
            |c| matches!(&c.change, LayoutChange::NamespaceChanged { to, .. } if *to == added.id),
        );
        if !known && !moved {
            extensions.push(Extension::NamespaceAdded {
                id: added.id.clone(),
            });
        }
    }
    if changes.is_empty() {
        Ok(Compatibility::Extended(extensions))
    } else {
        Err(IncompatibleLayout {
            contract: new.contract.clone(),
            changes,
        })
    }
}

/// The incompatible changes and the extensions from `old` fields to `new` ones, both flattened from one struct.
fn compare_members(old: &[Member], new: &[Member]) -> (Vec<LayoutChange>, Vec<Extension>) {
    let new_by_path: HashMap<&str, &Member> = new.iter().map(|m| (m.path.as_str(), m)).collect();
    let old_by_path: HashMap<&str, &Member> = old.iter().map(|m| (m.path.as_str(), m)).collect();
    let mut changes = Vec::new();
    let mut extensions = Vec::new();
    // Fields whose descendants are not reported again (the field itself moved, changed or went).
    let mut reported: Vec<&str> = Vec::new();
    // New fields that are old ones renamed, with their descendants.
    let mut renamed_to: Vec<&str> = Vec::new();

    for o in old {
        if reported.iter().any(|r| is_within(&o.path, r)) {
            continue;
        }
        let Some(n) = new_by_path.get(o.path.as_str()) else {
            let renamed = new.iter().find(|n| {
                !old_by_path.contains_key(n.path.as_str())
                    && parent(&n.path) == parent(&o.path)
                    && (n.slot, n.offset, &n.ty) == (o.slot, o.offset, &o.ty)
            });
            changes.push(match renamed {
                Some(n) => {
                    renamed_to.push(&n.path);
                    LayoutChange::Renamed {
                        path: o.path.clone(),
                        to: n.path.clone(),
                    }
                }
                None => LayoutChange::Removed {
                    path: o.path.clone(),
                },
            });
            reported.push(&o.path);
            continue;
        };
        if (n.slot, n.offset) != (o.slot, o.offset) {
            changes.push(LayoutChange::Moved {
                path: o.path.clone(),
                from_slot: o.slot,
                from_offset: o.offset,
                to_slot: n.slot,
                to_offset: n.offset,
            });
            reported.push(&o.path);
        } else if n.ty != o.ty {
            changes.push(LayoutChange::Retyped {
                path: o.path.clone(),
                from: o.ty.clone(),
                to: n.ty.clone(),
            });
            reported.push(&o.path);
        } else if n.bytes != o.bytes {
            if is_mapping_value(&o.path, &old_by_path) {
                extensions.push(Extension::Grew {
                    path: o.path.clone(),
                    from: o.bytes,
                    to: n.bytes,
                });
            } else {
                changes.push(LayoutChange::Resized {
                    path: o.path.clone(),
                    ty: o.ty.clone(),
                    from: o.bytes,
                    to: n.bytes,
                });
                reported.push(&o.path);
            }
        }
    }

    for n in new {
        if old_by_path.contains_key(n.path.as_str())
            || renamed_to.iter().any(|r| is_within(&n.path, r))
        {
            continue;
        }
        let parent_path = parent(&n.path);
        // A field of a new field is part of it.
        if !parent_path.is_empty() && !old_by_path.contains_key(parent_path) {
            continue;
        }
        // Where the parent's existing fields end, in bytes from its first slot.
        let end = old
            .iter()
            .filter(|o| parent(&o.path) == parent_path)
            .map(|o| o.slot * 32 + o.offset + o.bytes)
            .max()
            .unwrap_or(0);
        if n.slot * 32 + n.offset < end {
            changes.push(LayoutChange::Inserted {
                path: n.path.clone(),
                ty: n.ty.clone(),
                slot: n.slot,
                offset: n.offset,
            });
        } else {
            extensions.push(Extension::Appended {
                path: n.path.clone(),
                ty: n.ty.clone(),
                slot: n.slot,
                offset: n.offset,
            });
        }
    }
    (changes, extensions)
}

/// The path of the field, value or element that `path` is directly in (`""` at the top).
fn parent(path: &str) -> &str {
    if let Some(stripped) = path.strip_suffix("[]") {
        return stripped;
    }
    path.rfind('.').map_or("", |at| &path[..at])
}

/// Whether `path` is `ancestor` or lies within it.
fn is_within(path: &str, ancestor: &str) -> bool {
    path.strip_prefix(ancestor)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('.') || rest.starts_with('['))
}

/// Whether `path` is a mapping's value (`m[]` where `m` is a mapping).
fn is_mapping_value(path: &str, members: &HashMap<&str, &Member>) -> bool {
    path.strip_suffix("[]")
        .and_then(|mapping| members.get(mapping))
        .is_some_and(|m| m.ty.starts_with("mapping("))
}

/// The ERC-7201 root slot of namespace `id`.
pub fn erc7201_root(id: &str) -> B256 {
    let inner = U256::from_be_bytes(keccak256(id.as_bytes()).0).wrapping_sub(U256::from(1));
    let mut root = keccak256(inner.to_be_bytes::<32>()).0;
    root[31] = 0;
    B256::from(root)
}

/// solc's `storageLayout` output.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct SolcLayout {
    /// The state variables.
    #[serde(default)]
    pub storage: Vec<SolcVariable>,
    /// The types they use, by solc's id (`t_struct(Foo)1234_storage`).
    #[serde(default)]
    pub types: Option<BTreeMap<String, SolcType>>,
}

/// A state variable or struct member in solc's layout.
#[derive(Debug, Clone, Deserialize)]
pub struct SolcVariable {
    /// Its name.
    pub label: String,
    /// Its byte offset in the slot.
    pub offset: u64,
    /// Its slot, decimal.
    pub slot: String,
    /// Its type id.
    #[serde(rename = "type")]
    pub ty: String,
}

/// A type in solc's layout.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SolcType {
    /// `inplace`, `mapping`, `dynamic_array` or `bytes`.
    pub encoding: String,
    /// Its label, without AST ids.
    pub label: String,
    /// Its size in bytes, decimal.
    pub number_of_bytes: String,
    /// A struct's members.
    pub members: Option<Vec<SolcVariable>>,
    /// A mapping's value type id.
    pub value: Option<String>,
    /// An array's element type id.
    pub base: Option<String>,
}

#[derive(Deserialize)]
struct Artifact {
    #[serde(rename = "storageLayout")]
    storage_layout: Option<SolcLayout>,
}

/// Builds `contract`'s snapshot from its probe's layout; `namespaces` maps `Contract.Struct` to its namespace id.
pub fn snapshot_from_layout(
    contract: &str,
    layout: &SolcLayout,
    namespaces: &BTreeMap<String, String>,
) -> Result<Snapshot, LayoutError> {
    let empty = BTreeMap::new();
    let types = layout.types.as_ref().unwrap_or(&empty);
    let malformed = |detail: String| LayoutError::Malformed {
        contract: contract.to_owned(),
        detail,
    };
    let mut result = Vec::new();
    for variable in &layout.storage {
        let ty = types
            .get(&variable.ty)
            .ok_or_else(|| malformed(format!("unknown type {}", variable.ty)))?;
        let struct_name = ty
            .label
            .strip_prefix("struct ")
            .filter(|_| ty.members.is_some())
            .ok_or_else(|| {
                malformed(format!(
                    "probe member `{}` is a {}, not a namespaced struct",
                    variable.label, ty.label
                ))
            })?;
        let id = namespaces
            .get(struct_name)
            .ok_or_else(|| LayoutError::NoNamespace {
                contract: contract.to_owned(),
                struct_name: struct_name.to_owned(),
            })?;
        let mut members = Vec::new();
        flatten(types, ty, "", 0, &mut members).map_err(malformed)?;
        result.push(Namespace {
            id: id.clone(),
            root: erc7201_root(id),
            struct_type: ty.label.clone(),
            bytes: number(&ty.number_of_bytes).map_err(malformed)?,
            members,
        });
    }
    Ok(Snapshot {
        contract: contract.to_owned(),
        namespaces: result,
    })
}

/// Adds to `out` what lies within a value of type `ty` at `path`, whose first slot is `slot`.
fn flatten(
    types: &BTreeMap<String, SolcType>,
    ty: &SolcType,
    path: &str,
    slot: u64,
    out: &mut Vec<Member>,
) -> Result<(), String> {
    let lookup = |id: &str| types.get(id).ok_or_else(|| format!("unknown type {id}"));
    if let Some(members) = &ty.members {
        for member in members {
            let member_path = if path.is_empty() {
                member.label.clone()
            } else {
                format!("{path}.{}", member.label)
            };
            let member_slot = slot
                .checked_add(number(&member.slot)?)
                .ok_or_else(|| format!("slot of {member_path} overflows"))?;
            let member_ty = lookup(&member.ty)?;
            out.push(Member {
                path: member_path.clone(),
                slot: member_slot,
                offset: member.offset,
                bytes: number(&member_ty.number_of_bytes)?,
                ty: member_ty.label.clone(),
            });
            flatten(types, member_ty, &member_path, member_slot, out)?;
        }
    }
    // A mapping's values and an array's elements: their fields relative to the value's or element's first slot.
    if let Some(inner) = ty.value.as_ref().or(ty.base.as_ref()) {
        let inner_ty = lookup(inner)?;
        let inner_path = format!("{path}[]");
        out.push(Member {
            path: inner_path.clone(),
            slot: 0,
            offset: 0,
            bytes: number(&inner_ty.number_of_bytes)?,
            ty: inner_ty.label.clone(),
        });
        flatten(types, inner_ty, &inner_path, 0, out)?;
    }
    Ok(())
}

fn number(text: &str) -> Result<u64, String> {
    text.parse()
        .map_err(|_| format!("`{text}` is not a number"))
}

/// The namespace of every annotated struct in the Solidity `source`, as (`Contract.Struct`, id).
pub fn parse_annotations(source: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut container: Option<&str> = None;
    let mut pending: Option<&str> = None;
    for line in source.lines() {
        let line = line.trim();
        if let Some(name) = declared_container(line) {
            container = Some(name);
        }
        if let Some(at) = line.find(ANNOTATION) {
            pending = line[at + ANNOTATION.len()..].split_whitespace().next();
        } else if let Some(id) = pending {
            if let Some(rest) = line.strip_prefix("struct ") {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                let qualified = match container {
                    Some(container) => format!("{container}.{name}"),
                    None => name,
                };
                found.push((qualified, id.to_owned()));
                pending = None;
            } else if !(line.is_empty() || line.starts_with("//") || line.starts_with('*')) {
                pending = None;
            }
        }
    }
    found
}

fn declared_container(line: &str) -> Option<&str> {
    let rest = line
        .strip_prefix("abstract contract ")
        .or_else(|| line.strip_prefix("contract "))
        .or_else(|| line.strip_prefix("library "))
        .or_else(|| line.strip_prefix("interface "))?;
    let end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    (end > 0).then(|| &rest[..end])
}

/// Every annotated struct under `contracts/` of `root`: `Contract.Struct` to namespace id.
pub fn namespace_annotations(root: &Path) -> Result<BTreeMap<String, String>, LayoutError> {
    let mut found = BTreeMap::new();
    let mut dirs = vec![root.join(SOURCES_DIR)];
    while let Some(dir) = dirs.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|source| LayoutError::Read {
            path: dir.clone(),
            source,
        })?;
        for entry in entries {
            let path = entry
                .map_err(|source| LayoutError::Read {
                    path: dir.clone(),
                    source,
                })?
                .path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "sol") {
                let source =
                    std::fs::read_to_string(&path).map_err(|source| LayoutError::Read {
                        path: path.clone(),
                        source,
                    })?;
                found.extend(parse_annotations(&source));
            }
        }
    }
    Ok(found)
}

fn require_upgradeable(contract: &str) -> Result<(), LayoutError> {
    if UPGRADEABLE.contains(&contract) {
        Ok(())
    } else {
        Err(LayoutError::UnknownContract {
            name: contract.to_owned(),
        })
    }
}

fn read_artifact(contract: &str, path: &Path) -> Result<SolcLayout, LayoutError> {
    let text = std::fs::read_to_string(path).map_err(|source| {
        if source.kind() == std::io::ErrorKind::NotFound {
            LayoutError::NoArtifact {
                contract: contract.to_owned(),
                path: path.to_path_buf(),
            }
        } else {
            LayoutError::Read {
                path: path.to_path_buf(),
                source,
            }
        }
    })?;
    let artifact: Artifact = serde_json::from_str(&text).map_err(|source| LayoutError::Parse {
        path: path.to_path_buf(),
        what: "forge artifact",
        source,
    })?;
    artifact
        .storage_layout
        .ok_or_else(|| LayoutError::NoStorageLayout {
            contract: contract.to_owned(),
            path: path.to_path_buf(),
        })
}

/// `contract`'s layout as built in `root/out/` (run `forge build` first): its probe's namespaces, after checking that
/// the contract itself declares no state outside them.
pub fn current(root: &Path, contract: &str) -> Result<Snapshot, LayoutError> {
    current_with(root, contract, &namespace_annotations(root)?)
}

fn current_with(
    root: &Path,
    contract: &str,
    namespaces: &BTreeMap<String, String>,
) -> Result<Snapshot, LayoutError> {
    require_upgradeable(contract)?;
    let out = root.join(ARTIFACTS_DIR);
    let own = read_artifact(
        contract,
        &out.join(format!("{contract}.sol"))
            .join(format!("{contract}.json")),
    )?;
    if let Some(variable) = own.storage.first() {
        return Err(LayoutError::PlainStorage {
            contract: contract.to_owned(),
            variable: variable.label.clone(),
            slot: variable.slot.clone(),
        });
    }
    let probe = read_artifact(
        contract,
        &out.join(PROBE_FILE)
            .join(format!("{contract}StorageLayout.json")),
    )?;
    snapshot_from_layout(contract, &probe, namespaces)
}

/// Where `contract`'s snapshot lives in `dir`.
pub fn snapshot_path(dir: &Path, contract: &str) -> PathBuf {
    dir.join(format!("{contract}.json"))
}

/// Reads `contract`'s snapshot from `dir`.
pub fn load_snapshot(dir: &Path, contract: &str) -> Result<Snapshot, LayoutError> {
    require_upgradeable(contract)?;
    let path = snapshot_path(dir, contract);
    let text = std::fs::read_to_string(&path).map_err(|source| {
        if source.kind() == std::io::ErrorKind::NotFound {
            LayoutError::NoSnapshot {
                contract: contract.to_owned(),
                path: path.clone(),
            }
        } else {
            LayoutError::Read {
                path: path.clone(),
                source,
            }
        }
    })?;
    serde_json::from_str(&text).map_err(|source| LayoutError::Parse {
        path,
        what: "storage-layout snapshot",
        source,
    })
}

/// Writes `snapshot` to `dir` (created if needed) and returns its path.
pub fn write_snapshot(dir: &Path, snapshot: &Snapshot) -> Result<PathBuf, LayoutError> {
    std::fs::create_dir_all(dir).map_err(|source| LayoutError::Write {
        path: dir.to_path_buf(),
        source,
    })?;
    let path = snapshot_path(dir, &snapshot.contract);
    std::fs::write(&path, snapshot.to_json()).map_err(|source| LayoutError::Write {
        path: path.clone(),
        source,
    })?;
    Ok(path)
}

/// Checks `contract`'s built layout (`root/out/`) against its snapshot in `snapshots`: the gate before an upgrade.
/// Compatible differences (appended fields) pass.
pub fn check_contract(
    root: &Path,
    snapshots: &Path,
    contract: &str,
) -> Result<Compatibility, LayoutError> {
    let snapshot = load_snapshot(snapshots, contract)?;
    let built = current(root, contract)?;
    Ok(check(&snapshot, &built)?)
}

/// Every contract's built layout, after checking that every namespace declared in `contracts/` is probed.
pub fn current_suite(root: &Path) -> Result<Vec<Snapshot>, LayoutError> {
    let namespaces = namespace_annotations(root)?;
    let snapshots = UPGRADEABLE
        .iter()
        .map(|contract| current_with(root, contract, &namespaces))
        .collect::<Result<Vec<_>, _>>()?;
    let probed: HashSet<&str> = snapshots
        .iter()
        .flat_map(|s| s.namespaces.iter().map(|n| n.id.as_str()))
        .collect();
    if let Some((struct_name, id)) = namespaces
        .iter()
        .find(|(_, id)| !probed.contains(id.as_str()))
    {
        return Err(LayoutError::Unprobed {
            id: id.clone(),
            struct_name: struct_name.clone(),
        });
    }
    Ok(snapshots)
}

/// Checks every contract's built layout against its snapshot, strictly: an incompatible layout fails, and so does a
/// compatible one that differs from its snapshot ([`LayoutError::Stale`]), so that the committed snapshots always
/// describe what `main` deploys. What `make test` runs.
pub fn verify_suite(root: &Path, snapshots: &Path) -> Result<(), LayoutError> {
    for built in current_suite(root)? {
        let snapshot = load_snapshot(snapshots, &built.contract)?;
        match check(&snapshot, &built)? {
            Compatibility::Identical => {}
            changed @ Compatibility::Extended(_) => {
                return Err(LayoutError::Stale {
                    path: snapshot_path(snapshots, &built.contract),
                    contract: built.contract,
                    changes: changed.describe(),
                })
            }
        }
    }
    Ok(())
}

/// Rewrites every contract's snapshot in `snapshots` from its built layout; returns the files written.
pub fn write_suite(root: &Path, snapshots: &Path) -> Result<Vec<PathBuf>, LayoutError> {
    current_suite(root)?
        .iter()
        .map(|snapshot| write_snapshot(snapshots, snapshot))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    /// A solc layout shaped like the real ones: a root struct with an in-place struct, packed integers, a mapping to a
    /// struct and a static array.
    fn fixture() -> Value {
        json!({
          "storage": [{"astId": 1, "contract": "test/storage/StorageLayouts.sol:FixtureStorageLayout",
                       "label": "fixture", "offset": 0, "slot": "0", "type": "t_struct(FixtureStorage)10_storage"}],
          "types": {
            "t_struct(FixtureStorage)10_storage": {"encoding": "inplace", "label": "struct Fixture.FixtureStorage",
              "numberOfBytes": "160", "members": [
                {"astId": 2, "label": "cursor", "offset": 0, "slot": "0", "type": "t_struct(Cursor)11_storage"},
                {"astId": 3, "label": "pool", "offset": 0, "slot": "1", "type": "t_uint128"},
                {"astId": 4, "label": "unpaid", "offset": 16, "slot": "1", "type": "t_uint128"},
                {"astId": 5, "label": "accounts", "offset": 0, "slot": "2",
                 "type": "t_mapping(t_address,t_struct(Account)12_storage)"},
                {"astId": 6, "label": "seats", "offset": 0, "slot": "3", "type": "t_array(t_uint256)2_storage"}]},
            "t_struct(Cursor)11_storage": {"encoding": "inplace", "label": "struct Fixture.Cursor",
              "numberOfBytes": "32", "members": [
                {"astId": 7, "label": "nextEpoch", "offset": 0, "slot": "0", "type": "t_uint32"},
                {"astId": 8, "label": "currentPeriod", "offset": 4, "slot": "0", "type": "t_uint32"}]},
            "t_struct(Account)12_storage": {"encoding": "inplace", "label": "struct Fixture.Account",
              "numberOfBytes": "32", "members": [
                {"astId": 9, "label": "earned", "offset": 0, "slot": "0", "type": "t_uint96"},
                {"astId": 10, "label": "nodeId", "offset": 12, "slot": "0", "type": "t_uint32"}]},
            "t_mapping(t_address,t_struct(Account)12_storage)": {"encoding": "mapping", "key": "t_address",
              "label": "mapping(address => struct Fixture.Account)", "numberOfBytes": "32",
              "value": "t_struct(Account)12_storage"},
            "t_array(t_uint256)2_storage": {"encoding": "inplace", "label": "uint256[2]", "numberOfBytes": "64",
              "base": "t_uint256"},
            "t_address": {"encoding": "inplace", "label": "address", "numberOfBytes": "20"},
            "t_bool": {"encoding": "inplace", "label": "bool", "numberOfBytes": "1"},
            "t_uint32": {"encoding": "inplace", "label": "uint32", "numberOfBytes": "4"},
            "t_uint64": {"encoding": "inplace", "label": "uint64", "numberOfBytes": "8"},
            "t_uint96": {"encoding": "inplace", "label": "uint96", "numberOfBytes": "12"},
            "t_uint128": {"encoding": "inplace", "label": "uint128", "numberOfBytes": "16"},
            "t_uint256": {"encoding": "inplace", "label": "uint256", "numberOfBytes": "32"}
          }
        })
    }

    fn namespaces(id: &str) -> BTreeMap<String, String> {
        BTreeMap::from([("Fixture.FixtureStorage".to_owned(), id.to_owned())])
    }

    fn snapshot_of(layout: &Value) -> Snapshot {
        let layout: SolcLayout = serde_json::from_value(layout.clone()).unwrap();
        snapshot_from_layout("Fixture", &layout, &namespaces("xmtp.storage.Fixture")).unwrap()
    }

    fn members<'a>(layout: &'a mut Value, ty: &str) -> &'a mut Vec<Value> {
        layout["types"][ty]["members"].as_array_mut().unwrap()
    }

    const ROOT: &str = "t_struct(FixtureStorage)10_storage";
    const CURSOR: &str = "t_struct(Cursor)11_storage";
    const ACCOUNT: &str = "t_struct(Account)12_storage";

    /// The one-line error the check gives for `changed` against the fixture.
    fn refusal(changed: &Value) -> String {
        check(&snapshot_of(&fixture()), &snapshot_of(changed))
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn flattens_through_structs_mappings_and_arrays() {
        let snapshot = snapshot_of(&fixture());
        let ns = &snapshot.namespaces[0];
        assert_eq!(ns.id, "xmtp.storage.Fixture");
        assert_eq!(ns.struct_type, "struct Fixture.FixtureStorage");
        assert_eq!(ns.bytes, 160);
        let rows: Vec<(&str, u64, u64, u64, &str)> = ns
            .members
            .iter()
            .map(|m| (m.path.as_str(), m.slot, m.offset, m.bytes, m.ty.as_str()))
            .collect();
        assert_eq!(
            rows,
            [
                ("cursor", 0, 0, 32, "struct Fixture.Cursor"),
                ("cursor.nextEpoch", 0, 0, 4, "uint32"),
                ("cursor.currentPeriod", 0, 4, 4, "uint32"),
                ("pool", 1, 0, 16, "uint128"),
                ("unpaid", 1, 16, 16, "uint128"),
                (
                    "accounts",
                    2,
                    0,
                    32,
                    "mapping(address => struct Fixture.Account)"
                ),
                ("accounts[]", 0, 0, 32, "struct Fixture.Account"),
                ("accounts[].earned", 0, 0, 12, "uint96"),
                ("accounts[].nodeId", 0, 12, 4, "uint32"),
                ("seats", 3, 0, 64, "uint256[2]"),
                ("seats[]", 0, 0, 32, "uint256"),
            ]
        );
        // The snapshot file round-trips.
        let parsed: Snapshot = serde_json::from_str(&snapshot.to_json()).unwrap();
        assert_eq!(parsed, snapshot);
        assert_eq!(check(&snapshot, &parsed).unwrap(), Compatibility::Identical);
    }

    #[test]
    fn a_reordered_field_is_refused_naming_it() {
        let mut changed = fixture();
        let cursor = members(&mut changed, CURSOR);
        cursor.swap(0, 1);
        cursor[0]["offset"] = json!(0);
        cursor[1]["offset"] = json!(4);
        assert_eq!(
            refusal(&changed),
            "Fixture: field `cursor.nextEpoch` moved from slot 0 offset 0 to slot 0 offset 4 (and 1 more change)"
        );
    }

    #[test]
    fn a_retyped_field_is_refused_naming_it() {
        let mut changed = fixture();
        let cursor = members(&mut changed, CURSOR);
        cursor[0]["type"] = json!("t_uint64");
        cursor[1]["offset"] = json!(8);
        assert_eq!(
            refusal(&changed),
            "Fixture: field `cursor.nextEpoch` was retyped from uint32 to uint64 (and 1 more change)"
        );
    }

    #[test]
    fn a_removed_field_is_refused_naming_it() {
        let mut changed = fixture();
        members(&mut changed, CURSOR).remove(1);
        assert_eq!(
            refusal(&changed),
            "Fixture: field `cursor.currentPeriod` was removed"
        );
        // A removed struct is reported once, not with each of its fields.
        let mut changed = fixture();
        members(&mut changed, ROOT).remove(0);
        let error = check(&snapshot_of(&fixture()), &snapshot_of(&changed)).unwrap_err();
        assert_eq!(
            error.changes[0].change,
            LayoutChange::Removed {
                path: "cursor".into()
            }
        );
        assert!(error.changes.iter().all(
            |c| !matches!(&c.change, LayoutChange::Removed { path } if path.starts_with("cursor."))
        ));
    }

    #[test]
    fn a_renamed_field_is_refused_naming_both_names() {
        let mut changed = fixture();
        members(&mut changed, ROOT)[2]["label"] = json!("owed");
        assert_eq!(
            refusal(&changed),
            "Fixture: field `unpaid` was renamed to `owed`"
        );
        let mut changed = fixture();
        members(&mut changed, ACCOUNT)[1]["label"] = json!("node");
        assert_eq!(
            refusal(&changed),
            "Fixture: field `accounts[].nodeId` was renamed to `accounts[].node`"
        );
    }

    #[test]
    fn a_changed_namespace_is_refused() {
        let old = snapshot_of(&fixture());
        let layout: SolcLayout = serde_json::from_value(fixture()).unwrap();
        let new = snapshot_from_layout("Fixture", &layout, &namespaces("xmtp.storage.FixtureV2"))
            .unwrap();
        assert_eq!(
            check(&old, &new).unwrap_err().to_string(),
            "Fixture: namespace changed from `xmtp.storage.Fixture` to `xmtp.storage.FixtureV2` (struct Fixture.FixtureStorage)"
        );
    }

    #[test]
    fn a_field_appended_at_the_end_is_compatible() {
        let mut changed = fixture();
        members(&mut changed, ROOT).push(json!(
            {"astId": 20, "label": "paused", "offset": 0, "slot": "5", "type": "t_bool"}));
        changed["types"][ROOT]["numberOfBytes"] = json!("192");
        let compatibility = check(&snapshot_of(&fixture()), &snapshot_of(&changed)).unwrap();
        assert_eq!(
            compatibility,
            Compatibility::Extended(vec![Extension::Appended {
                path: "paused".into(),
                ty: "bool".into(),
                slot: 5,
                offset: 0
            }])
        );
        assert_eq!(
            compatibility.describe(),
            "field `paused` (bool) appended at slot 5 offset 0"
        );
    }

    #[test]
    fn a_field_inserted_before_the_end_is_refused() {
        let mut changed = fixture();
        let root = members(&mut changed, ROOT);
        root.insert(
            1,
            json!({"astId": 20, "label": "paused", "offset": 0, "slot": "1", "type": "t_bool"}),
        );
        for member in root.iter_mut().skip(2) {
            let slot: u64 = member["slot"].as_str().unwrap().parse().unwrap();
            member["slot"] = json!((slot + 1).to_string());
        }
        let error = check(&snapshot_of(&fixture()), &snapshot_of(&changed)).unwrap_err();
        assert_eq!(
            error.to_string(),
            "Fixture: field `pool` moved from slot 1 offset 0 to slot 2 offset 0 (and 4 more changes)"
        );
        assert!(error.changes.iter().any(|c| c.change
            == LayoutChange::Inserted {
                path: "paused".into(),
                ty: "bool".into(),
                slot: 1,
                offset: 0
            }));
    }

    #[test]
    fn a_struct_in_a_mapping_may_grow_at_its_end() {
        let mut changed = fixture();
        members(&mut changed, ACCOUNT).push(json!(
            {"astId": 20, "label": "lastPaid", "offset": 0, "slot": "1", "type": "t_uint64"}));
        changed["types"][ACCOUNT]["numberOfBytes"] = json!("64");
        let compatibility = check(&snapshot_of(&fixture()), &snapshot_of(&changed)).unwrap();
        assert_eq!(
            compatibility,
            Compatibility::Extended(vec![
                Extension::Grew {
                    path: "accounts[]".into(),
                    from: 32,
                    to: 64
                },
                Extension::Appended {
                    path: "accounts[].lastPaid".into(),
                    ty: "uint64".into(),
                    slot: 1,
                    offset: 0
                },
            ])
        );
        // Into the padding of its last slot, too.
        let mut changed = fixture();
        members(&mut changed, ACCOUNT).push(json!(
            {"astId": 20, "label": "flag", "offset": 16, "slot": "0", "type": "t_bool"}));
        assert!(check(&snapshot_of(&fixture()), &snapshot_of(&changed)).is_ok());
    }

    #[test]
    fn a_struct_stored_in_place_may_not_grow() {
        let mut changed = fixture();
        members(&mut changed, CURSOR).push(json!(
            {"astId": 20, "label": "extra", "offset": 0, "slot": "1", "type": "t_uint256"}));
        changed["types"][CURSOR]["numberOfBytes"] = json!("64");
        for member in members(&mut changed, ROOT).iter_mut().skip(1) {
            let slot: u64 = member["slot"].as_str().unwrap().parse().unwrap();
            member["slot"] = json!((slot + 1).to_string());
        }
        let message = refusal(&changed);
        assert!(
            message.starts_with(
                "Fixture: field `cursor` (struct Fixture.Cursor) changed size from 32 to 64 bytes"
            ),
            "{message}"
        );
        // Its mapping's value retyped, nested.
        let mut changed = fixture();
        members(&mut changed, ACCOUNT)[1]["type"] = json!("t_uint64");
        assert_eq!(
            refusal(&changed),
            "Fixture: field `accounts[].nodeId` was retyped from uint32 to uint64"
        );
    }

    #[test]
    fn changes_in_one_of_several_namespaces_name_it() {
        let mut two = snapshot_of(&fixture());
        let mut second = two.namespaces[0].clone();
        second.id = "xmtp.storage.Other".into();
        two.namespaces.push(second);
        let mut changed = two.clone();
        changed.namespaces[1].members.retain(|m| m.path != "pool");
        assert_eq!(
            check(&two, &changed).unwrap_err().to_string(),
            "Fixture: field `pool` was removed (in xmtp.storage.Other)"
        );
        let mut fewer = two.clone();
        fewer.namespaces.pop();
        assert_eq!(
            check(&two, &fewer).unwrap_err().to_string(),
            "Fixture: namespace `xmtp.storage.Other` (struct Fixture.FixtureStorage) was removed"
        );
        assert_eq!(
            check(&fewer, &two).unwrap(),
            Compatibility::Extended(vec![Extension::NamespaceAdded {
                id: "xmtp.storage.Other".into()
            }])
        );
    }

    #[test]
    fn erc7201_roots_match_the_contracts_constants() {
        // RewardDistributor's DISTRIBUTOR_STORAGE and NodeSelectionManager's SELECTION_STORAGE.
        assert_eq!(
            erc7201_root("xmtp.storage.RewardDistributor").to_string(),
            "0x4cc88f0703a6c4f42269dc65ccae9cd757532835ba12a325f924398e942af400"
        );
        assert_eq!(
            erc7201_root("xmtp.storage.NodeSelectionManager").to_string(),
            "0x9cd940f3f4b17b4ee14a7a6bc424c48da9775a38283afa1595b2ae42fd466200"
        );
    }

    #[test]
    fn annotations_are_read_with_their_contract() {
        let source = "\
abstract contract Base is IBase {
    /// @custom:storage-location erc7201:xmtp.storage.Base
    struct BaseStorage {
        uint256 a;
    }
    /// @custom:storage-location erc7201:xmtp.storage.Lost
    uint256 notAStruct;
    struct Plain { uint256 b; }
}
contract Derived is Base {
    /// @notice Its state.
    /// @custom:storage-location erc7201:xmtp.storage.Derived
    /// @dev Packed.
    struct DerivedStorage { uint256 c; }
}";
        assert_eq!(
            parse_annotations(source),
            [
                ("Base.BaseStorage".into(), "xmtp.storage.Base".into()),
                (
                    "Derived.DerivedStorage".into(),
                    "xmtp.storage.Derived".into()
                ),
            ]
        );
    }

    #[test]
    fn a_probe_of_an_unannotated_struct_is_refused() {
        let layout: SolcLayout = serde_json::from_value(fixture()).unwrap();
        let error = snapshot_from_layout("Fixture", &layout, &BTreeMap::new()).unwrap_err();
        assert!(
            matches!(error, LayoutError::NoNamespace { ref struct_name, .. } if struct_name == "Fixture.FixtureStorage"),
            "{error}"
        );
    }

    fn project_root() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
    }

    /// `make test`: every contract's layout (as `forge build` left it in `out/`) matches its committed snapshot.
    /// `UPDATE_LAYOUTS=1` rewrites the snapshots instead (`make storage-layouts` does the same through the keeper).
    #[test]
    fn storage_layouts_match_their_snapshots() {
        let root = project_root();
        let dir = root.join(SNAPSHOT_DIR);
        if std::env::var_os("UPDATE_LAYOUTS").is_some() {
            write_suite(&root, &dir).unwrap();
            return;
        }
        if let Err(error) = verify_suite(&root, &dir) {
            panic!("{error}");
        }
    }

    #[test]
    fn the_built_layouts_cover_every_namespace_of_the_sources() {
        let snapshots = current_suite(&project_root()).unwrap();
        let ids = |name: &str| -> Vec<String> {
            snapshots
                .iter()
                .find(|s| s.contract == name)
                .unwrap()
                .namespaces
                .iter()
                .map(|n| n.id.clone())
                .collect()
        };
        assert_eq!(ids("Nodes"), ["xmtp.storage.Nodes"]);
        assert_eq!(ids("GroupMessages"), ["xmtp.storage.PayloadBroadcaster"]);
        assert_eq!(
            ids("MisbehaviorReports"),
            [
                "xmtp.storage.WitnessReports",
                "xmtp.storage.MisbehaviorReports"
            ]
        );
        for snapshot in &snapshots {
            for namespace in &snapshot.namespaces {
                assert!(!namespace.members.is_empty(), "{}", snapshot.contract);
            }
        }
    }
}
