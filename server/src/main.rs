//! The `heard` binary: serves Heard, or runs an administrative command (see `heard help`).

/// mimalloc returns large freed blocks to the system: memory taken by a burst is given back.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    heard_server::cli::main()
}
