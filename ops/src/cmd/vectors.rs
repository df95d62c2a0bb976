//! `xmtp-ops vectors`: the evidence test vectors the contracts' tests read (`test/vectors/evidence.json`), generated
//! from fixed keys, so the file is the same on every machine.

use clap::Args;
use xmtp_devkit::{
    toolchain::Toolchain,
    vectors::{self, VECTORS_PATH},
};

use super::Failure;

/// Arguments of `xmtp-ops vectors`.
#[derive(Debug, Args)]
pub(crate) struct VectorsArgs {
    /// Rewrite the file instead of checking it.
    #[arg(long)]
    write: bool,
}

/// Checks the committed vectors against what the rules generate (exit 2 when stale), or rewrites them.
pub(crate) fn run(args: VectorsArgs) -> Result<(), Failure> {
    let root = Toolchain::locate().map_err(Failure::input_error)?;
    let path = root.root().join(VECTORS_PATH);
    let json = vectors::generate()
        .map_err(Failure::job_error)?
        .to_json()
        .map_err(|error| {
            Failure::job(format!("cannot encode the vectors: {error}")).because(error)
        })?;
    if args.write {
        std::fs::write(&path, &json).map_err(|error| {
            Failure::job(format!("cannot write {}: {error}", path.display())).because(error)
        })?;
        println!("{}", path.display());
        return Ok(());
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != json {
        return Err(Failure::input(format!(
            "{} is stale: run `xmtp-ops vectors --write` and commit it",
            path.display()
        )));
    }
    println!("{} is up to date", path.display());
    Ok(())
}
