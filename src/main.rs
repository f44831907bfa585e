fn main() -> std::process::ExitCode {
    ccpub::cli::main()
}
