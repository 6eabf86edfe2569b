//! Structured logs with tracing. Logs carry ids and outcomes, never names, answers or tokens.

use tracing_subscriber::{fmt, prelude::*, EnvFilter};

pub fn init() {
    let filter = EnvFilter::try_from_env("HEARD_LOG")
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_sessions=warn,tower_sessions_core=warn"));
    let json = std::env::var("HEARD_LOG_FORMAT").map(|v| v == "json").unwrap_or(false);
    let registry = tracing_subscriber::registry().with(filter);
    // try_init: tests start many applications in one process.
    let _ = if json {
        registry.with(fmt::layer().json().with_current_span(false)).try_init()
    } else {
        registry.with(fmt::layer().compact()).try_init()
    };
}

/// A request path fit for logs: long segments (links carry secret tokens) are replaced.
pub fn redact_path(path: &str) -> String {
    path.split('/').map(|segment| if segment.len() > 16 { ":redacted" } else { segment }).collect::<Vec<_>>().join("/")
}

#[cfg(test)]
mod tests {
    #[test]
    fn long_segments_are_redacted() {
        assert_eq!(super::redact_path("/i/abcdefghijklmnopqrstuvwxyz012345/start"), "/i/:redacted/start");
        assert_eq!(super::redact_path("/staff/admin/staff"), "/staff/admin/staff");
    }
}
