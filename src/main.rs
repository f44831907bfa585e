//! The `ccpub` command: parses the command line and runs it (see `cli`).

/// mimalloc: a build allocates millions of small strings on two or more threads; the
/// system allocator spent a fifth of the time in `malloc`/`free` and kept freed memory
/// per thread (see BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay`: how long freed memory is kept before it is
/// given back to the system.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() -> std::process::ExitCode {
    let cli = match ccpub::cli::parse() {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    let serving = matches!(cli.command, ccpub::cli::Command::Serve(_));
    set_purge_delay(if serving { KEEP } else { SOON });
    ccpub::cli::run(cli)
}

/// A build frees the records' texts, then the plan, as it goes: given back after 5 ms
/// (mimalloc's default is a second) the peak of a 10,000-news build is ~106 MiB rather
/// than ~135 MiB, for 1-2 % more time (BENCHMARKS.md).
const SOON: std::ffi::c_long = 5;
/// `serve` keeps what it freed: the next rebuild needs as much again, and taking it
/// back from the system costs a page fault per 4 KiB (~10 ms of a reload at 10,000 news).
const KEEP: std::ffi::c_long = -1;

/// How long freed memory is kept before it is given back, in ms (-1: never).
#[allow(unsafe_code)]
fn set_purge_delay(ms: std::ffi::c_long) {
    // SAFETY: sets one option of the allocator, an atomic store; 15 is
    // `mi_option_purge_delay` in the mimalloc (v3) that libmimalloc-sys builds.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, ms) }
}
