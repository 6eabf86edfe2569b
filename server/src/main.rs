//! The `heard` binary: serves Heard, or runs an administrative command (see `heard help`).

fn main() -> std::process::ExitCode {
    heard_server::cli::main()
}
