//! The `heard` binary's entry point, built again inside the test package: cargo tells a
//! package's tests where its own binaries are, so the crash tests can run Heard as a real
//! process and kill it.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    heard_server::cli::main()
}
