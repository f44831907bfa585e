//! The `ccpub` command: parses the command line and runs it (see `cli`).
fn main() -> std::process::ExitCode {
    ccpub::cli::main()
}
