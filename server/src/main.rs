//! The `heard` binary: serves Heard, or runs an administrative command (see `heard help`).

#[tokio::main]
async fn main() -> std::process::ExitCode {
    heard_server::telemetry::init();
    match heard_server::cli::run(std::env::args().skip(1).collect()).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("heard: {message}");
            std::process::ExitCode::FAILURE
        }
    }
}
