//! The `ccpub` command: parses the command line and runs it (see `cli`).

/// mimalloc: a build allocates millions of small strings on two or more threads; the
/// system allocator spent a fifth of the time in `malloc`/`free` and kept freed memory
/// per thread (see BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    ccpub::cli::main()
}
