//! The one shared state every handler and server function reads from context.

use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use std::sync::Arc;

#[derive(Clone)]
pub struct AppState {
    pub db: sqlx::AnyPool,
    pub leptos_options: LeptosOptions,
    pub settings: Arc<RuntimeSettings>,
    pub mailer: Arc<crate::server::mail::Mailer>,
    /// Wakes the background mail job when something was queued.
    pub wake_jobs: Arc<tokio::sync::Notify>,
    pub clock: Clock,
    /// Calls counted per key and clock minute (the council API's rate limit).
    pub per_minute: Arc<PerMinute>,
}

/// Counts of something (a key's calls) in the current minute of the state's clock. Each server
/// counts its own: with several servers a limit is per server.
#[derive(Debug, Default)]
pub struct PerMinute(std::sync::Mutex<std::collections::HashMap<String, (i64, u32)>>);

impl PerMinute {
    /// Counts one for `key` at `now`: `None` within `limit`, else the seconds to wait for the
    /// next minute and whether this is the first refused this minute.
    pub fn count(&self, key: &str, now: i64, limit: u32) -> Option<(i64, bool)> {
        let minute = now - now.rem_euclid(60);
        let mut counts = self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        // Old minutes are dropped, so the map holds at most the keys counted this minute.
        counts.retain(|_, (at, _)| *at == minute);
        let entry = counts.entry(key.to_string()).or_insert((minute, 0));
        entry.1 = entry.1.saturating_add(1);
        (entry.1 > limit).then(|| (minute + 60 - now, entry.1 == limit + 1))
    }
}

/// The time as the services see it: the system clock, which a test may move forward to stand
/// in for hours passing (retry gaps, leases) without waiting for them.
#[derive(Clone, Debug, Default)]
pub struct Clock {
    offset_seconds: Arc<std::sync::atomic::AtomicI64>,
}

impl Clock {
    /// Seconds since the Unix epoch.
    pub fn now(&self) -> i64 {
        crate::server::now() + self.offset_seconds.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Moves this clock (and every copy of it) forward.
    pub fn advance(&self, seconds: i64) {
        self.offset_seconds.fetch_add(seconds, std::sync::atomic::Ordering::Relaxed);
    }
}

/// The parts of configuration that request handling needs.
#[derive(Clone)]
pub struct RuntimeSettings {
    /// For `/health` (which engine, and the SQLite file); it may hold a password, so this
    /// struct is not `Debug`.
    pub database_url: String,
    /// The address people reach Heard at, e.g. `https://heard.example.gov.uk`.
    pub base_url: String,
    /// How many trusted reverse proxies append to `X-Forwarded-For` (0: none; the peer is the client).
    pub proxy_hops: usize,
    pub sign_in_limits: SignInLimits,
    /// Derives invitation links and letter codes from their stored salts.
    pub link_key: crate::server::links::LinkKey,
    /// Seals secrets kept in the database (authenticator secrets).
    pub seal_key: crate::server::seal::SealKey,
}

impl RuntimeSettings {
    pub fn secure_cookies(&self) -> bool {
        self.base_url.starts_with("https://")
    }
}

#[derive(Clone, Copy, Debug)]
pub struct SignInLimits {
    /// Failed tries allowed for one account within the window.
    pub per_account: i64,
    /// Failed tries allowed from one address within the window.
    pub per_address: i64,
    pub window_seconds: i64,
}

impl Default for SignInLimits {
    fn default() -> Self {
        SignInLimits { per_account: 5, per_address: 20, window_seconds: 15 * 60 }
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

/// The state, from inside a server function or a page rendered on the server.
pub fn app_state() -> Result<AppState, crate::server::AppError> {
    leptos::prelude::use_context::<AppState>().ok_or_else(|| crate::server::AppError::Internal("AppState missing from context".into()))
}
