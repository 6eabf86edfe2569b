//! `heard-ceiling`: the benchmarks' ceiling, not part of Heard. A plain axum handler that answers
//! every GET with one fixed page (the bytes of a Heard page as it was sent), on the same runtime
//! and allocator as `heard`, so a page's requests per second can be given as a share of what this
//! machine can serve at all. Used by `tests/browser/bench-pages.mjs`.
//!
//! Usage: `heard-ceiling <port> <body file> <content-type> [content-encoding]`

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use axum::response::IntoResponse;

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(port), Some(file), Some(content_type)) = (args.first(), args.get(1), args.get(2)) else {
        eprintln!("usage: heard-ceiling <port> <body file> <content-type> [content-encoding]");
        return std::process::ExitCode::FAILURE;
    };
    let body = match std::fs::read(file) {
        Ok(body) => axum::body::Bytes::from(body),
        Err(error) => {
            eprintln!("heard-ceiling: cannot read {file}: {error}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let mut headers = http::HeaderMap::new();
    let mut set = |name: http::HeaderName, value: &str| match http::HeaderValue::from_str(value) {
        Ok(value) => {
            headers.insert(name, value);
            true
        }
        Err(_) => false,
    };
    if !set(http::header::CONTENT_TYPE, content_type) || !args.get(3).is_none_or(|encoding| set(http::header::CONTENT_ENCODING, encoding)) {
        eprintln!("heard-ceiling: a header value is not valid");
        return std::process::ExitCode::FAILURE;
    }
    let page = move || {
        let (headers, body) = (headers.clone(), body.clone());
        async move { (headers, body).into_response() }
    };
    let address = format!("127.0.0.1:{port}");
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("heard-ceiling: cannot start the async runtime: {error}");
            return std::process::ExitCode::FAILURE;
        }
    };
    runtime.block_on(async move {
        let listener = match tokio::net::TcpListener::bind(&address).await {
            Ok(listener) => listener,
            Err(error) => {
                eprintln!("heard-ceiling: cannot listen on {address}: {error}");
                return std::process::ExitCode::FAILURE;
            }
        };
        let router = axum::Router::new().fallback(axum::routing::get(page));
        match axum::serve(listener, router).await {
            Ok(()) => std::process::ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("heard-ceiling: {error}");
                std::process::ExitCode::FAILURE
            }
        }
    })
}
