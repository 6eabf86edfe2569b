//! Structured logs with tracing. Logs carry ids and outcomes, never names, answers or tokens.

use std::io::IsTerminal;
use tracing_subscriber::{fmt, prelude::*, EnvFilter};

const DEFAULT_FILTER: &str = "info,sqlx=warn,tower_sessions=warn,tower_sessions_core=warn";

/// The log filter and format from `HEARD_LOG` and `HEARD_LOG_FORMAT`, checked: a filter that
/// does not parse, or a format other than `text` or `json`, is an error naming the variable.
pub fn from_env() -> Result<(EnvFilter, bool), String> {
    parse(std::env::var("HEARD_LOG").ok().as_deref(), std::env::var("HEARD_LOG_FORMAT").ok().as_deref())
}

fn parse(log: Option<&str>, format: Option<&str>) -> Result<(EnvFilter, bool), String> {
    let filter = match log.map(str::trim) {
        Some(text) if !text.is_empty() => {
            EnvFilter::builder().parse(text).map_err(|e| format!("invalid setting HEARD_LOG: {e} (e.g. info, warn or debug)"))?
        }
        _ => EnvFilter::new(DEFAULT_FILTER),
    };
    let json = match format.map(str::trim) {
        None | Some("") | Some("text") => false,
        Some("json") => true,
        Some(other) => return Err(format!("invalid setting HEARD_LOG_FORMAT: expected text or json, got {other:?}")),
    };
    Ok((filter, json))
}

/// Starts logging to standard output: colours only when that is a terminal (a log file or a
/// journal gets no escape codes). Returns the settings error, if any, for the caller to report.
pub fn try_init() -> Result<(), String> {
    let (filter, json) = from_env()?;
    let registry = tracing_subscriber::registry().with(filter);
    // try_init: tests start many applications in one process.
    let _ = if json {
        registry.with(fmt::layer().json().with_current_span(false)).try_init()
    } else {
        registry.with(fmt::layer().compact().with_ansi(std::io::stdout().is_terminal())).try_init()
    };
    Ok(())
}

/// For tests and tools: logging with whatever valid settings there are.
pub fn init() {
    if try_init().is_err() {
        let _ =
            tracing_subscriber::registry().with(EnvFilter::new(DEFAULT_FILTER)).with(fmt::layer().compact().with_ansi(false)).try_init();
    }
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

    #[test]
    fn log_settings_are_checked() {
        assert!(super::parse(None, None).is_ok_and(|(_, json)| !json));
        assert!(super::parse(Some("warn,sqlx=error"), Some("json")).is_ok_and(|(_, json)| json));
        let format = super::parse(None, Some("xml")).expect_err("xml");
        assert!(format.contains("HEARD_LOG_FORMAT"), "{format}");
        let filter = super::parse(Some("warn,[[["), None).expect_err("bad filter");
        assert!(filter.contains("HEARD_LOG"), "{filter}");
    }
}
