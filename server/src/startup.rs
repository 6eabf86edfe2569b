//! Building and running the application: database, state, router, listener, graceful shutdown.

use crate::configuration::Settings;
use crate::middleware;
use crate::session_store::DbSessionStore;
use app::app::{shell, App};
use app::server::state::{RuntimeSettings, SignInLimits};
use app::server::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Json, Router};
use leptos::config::{Env, LeptosOptions};
use leptos::prelude::provide_context;
use leptos_axum::{generate_route_list, handle_server_fns_with_context, LeptosRoutes};
use secrecy::ExposeSecret;
use std::net::SocketAddr;
use std::sync::Arc;
use tokio::net::TcpListener;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::trace::TraceLayer;
use tower_sessions::cookie::{Key, SameSite};
use tower_sessions::{Expiry, SessionManagerLayer};

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("database migration: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Setup(String),
}

pub struct Application {
    listener: TcpListener,
    router: Router,
    state: AppState,
    job_interval: std::time::Duration,
    drain: std::time::Duration,
}

impl Application {
    pub async fn build(settings: Settings) -> Result<Application, StartupError> {
        std::fs::create_dir_all(&settings.data_dir)
            .map_err(|e| StartupError::Setup(format!("HEARD_DATA_DIR {}: cannot create the folder: {e}", settings.data_dir.display())))?;
        let db = crate::database::connect(settings.database_url.expose_secret()).await.map_err(|e| match e {
            sqlx::Error::PoolTimedOut => StartupError::Setup(format!(
                "HEARD_DATABASE_URL: the database did not answer within {} s",
                crate::database::CONNECT_SECONDS
            )),
            sqlx::Error::Migrate(e) => StartupError::Migration(*e),
            other => StartupError::Setup(format!("HEARD_DATABASE_URL: {other}")),
        })?;
        if settings.demo {
            crate::demo::seed(&db, &settings).await.map_err(|e| StartupError::Setup(format!("demo data: {e}")))?;
        }
        if let Some(path) = &settings.symbol_map {
            let text =
                std::fs::read_to_string(path).map_err(|e| StartupError::Setup(format!("HEARD_SYMBOL_MAP {}: {e}", path.display())))?;
            app::server::symbols::set_overrides(&text, std::path::Path::new(&settings.site_root))
                .map_err(|e| StartupError::Setup(format!("HEARD_SYMBOL_MAP {}: {e}", path.display())))?;
        }
        let key = session_key(&settings)?;
        let mailer = match &settings.smtp_url {
            Some(url) => app::server::mail::Mailer::smtp(url.expose_secret(), &settings.mail_from),
            None => app::server::mail::Mailer::outbox(settings.data_dir.join("outbox"), &settings.mail_from),
        }
        .map_err(StartupError::Setup)?;
        let listener =
            TcpListener::bind(settings.bind).await.map_err(|e| StartupError::Setup(format!("HEARD_BIND {}: {e}", settings.bind)))?;
        let bound = listener.local_addr()?;
        let leptos_options = LeptosOptions::builder()
            .output_name("heard")
            .site_root(settings.site_root.clone())
            .site_pkg_dir("pkg")
            .site_addr(bound)
            .env(if settings.production { Env::PROD } else { Env::DEV })
            .build();
        // With port 0 (tests) the real port is known only now.
        let base_url = if settings.base_url.ends_with(":0") { format!("http://{bound}") } else { settings.base_url.clone() };
        let state = AppState {
            db,
            leptos_options,
            settings: Arc::new(RuntimeSettings {
                database_url: settings.database_url.expose_secret().to_string(),
                base_url,
                proxy_hops: if settings.trust_proxy { settings.proxy_hops } else { 0 },
                sign_in_limits: SignInLimits::default(),
                link_key: app::server::links::LinkKey::derive(key.master()),
                seal_key: app::server::seal::SealKey::derive(key.master()),
            }),
            mailer: Arc::new(mailer),
            wake_jobs: Arc::new(tokio::sync::Notify::new()),
            clock: app::server::state::Clock::default(),
            per_minute: Arc::default(),
        };
        app::server::auth::warm_up();
        app::i18n::load();
        let router = router(state.clone(), key);
        Ok(Application {
            listener,
            router,
            state,
            job_interval: std::time::Duration::from_secs(settings.job_interval_seconds),
            drain: std::time::Duration::from_secs(settings.drain_seconds),
        })
    }

    pub fn port(&self) -> u16 {
        self.listener.local_addr().map(|a| a.port()).unwrap_or_default()
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves until Ctrl-C or SIGTERM, then finishes the requests in flight.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.run_until(shutdown_signal()).await
    }

    pub async fn run_until(self, shutdown: impl std::future::Future<Output = ()> + Send + 'static) -> std::io::Result<()> {
        let housekeeping = tokio::spawn(housekeeping(self.state.db.clone()));
        let mail_job = tokio::spawn(crate::jobs::run(self.state.clone(), self.job_interval));
        tracing::info!(address = %self.listener.local_addr()?, "Heard is listening");
        // Stopping: requests in flight may finish, but only for HEARD_DRAIN_SECONDS (a client
        // that holds a connection open must not keep the old server alive through a deployment).
        let drain = self.drain;
        let stopping = std::sync::Arc::new(tokio::sync::Notify::new());
        let told = stopping.clone();
        let signal = async move {
            shutdown.await;
            tracing::info!(seconds = drain.as_secs(), "stopping: finishing requests in flight");
            told.notify_one();
        };
        let serving =
            axum::serve(self.listener, self.router.into_make_service_with_connect_info::<SocketAddr>()).with_graceful_shutdown(signal);
        let deadline = async move {
            stopping.notified().await;
            tokio::time::sleep(drain).await;
        };
        let result = tokio::select! {
            result = serving => result,
            () = deadline => {
                tracing::warn!(seconds = drain.as_secs(), "requests still in flight after the drain deadline; stopping anyway");
                Ok(())
            }
        };
        housekeeping.abort();
        mail_job.abort();
        tracing::info!("Heard has stopped");
        result
    }
}

fn router(state: AppState, key: Key) -> Router {
    let secure = state.settings.secure_cookies();
    let session_layer = SessionManagerLayer::new(DbSessionStore::new(state.db.clone()))
        // The __Host- prefix pins the cookie to this exact host over https.
        .with_name(if secure { "__Host-heard_session" } else { "heard_session" })
        .with_secure(secure)
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_path("/")
        .with_expiry(Expiry::OnInactivity(time::Duration::minutes(app::server::auth::IDLE_SESSION_MINUTES)))
        .with_signed(key);

    let routes = route_list();
    let context_state = state.clone();
    let context = move || provide_context(context_state.clone());
    let options = state.leptos_options.clone();
    let server_fn_context = context.clone();
    // The WebAssembly, JS and CSS bundle, served pre-compressed (brotli 11) when .ci/compress-site made it so.
    let pkg = tower_http::services::ServeDir::new(format!("{}/{}", options.site_root, options.site_pkg_dir))
        .precompressed_br()
        .precompressed_gzip();

    Router::new()
        .route("/health", get(health))
        // A file, not a page: the pack as a password-protected PDF (POST: the password is in the body).
        .route("/staff/reviews/{id}/pack.pdf", post(app::features::pack::pdf::download_route))
        // Files, not pages: a recording or drawing in a pack (each opening audited), and one's own.
        .route("/staff/reviews/{id}/media/{media_id}", get(app::features::pack::route::media_route))
        .route("/form/media/{question}/{kind}", get(app::features::form::route::own_route))
        // Managers' figures as CSV files (GET: a download changes nothing; each is audited).
        .route("/staff/reports/{file}", get(app::features::reports::service::csv_route))
        .nest_service("/pkg", pkg)
        .route(
            "/api/{*name}",
            post(move |request: axum::extract::Request| {
                let context = server_fn_context.clone();
                async move { handle_server_fns_with_context(context, request).await }
            }),
        )
        .route("/staff/admin/import-sample.csv", get(app::features::import::route::sample_route))
        .route("/staff/admin/import-staff-sample.csv", get(app::features::import::route::staff_sample_route))
        .route(app::features::export::SCHEMA_PATH, get(app::features::export::route::schema_route))
        // The council API: called with a key, never a session.
        .route(app::features::council_api::OPENAPI_PATH, get(app::features::council_api::route::openapi_route))
        .route("/api/v1/reviews/{id}/export", get(app::features::council_api::route::export_route))
        .route("/api/v1/reviews/{id}/pack.pdf", get(app::features::council_api::route::pack_pdf_route))
        .route("/api/v1/children/{case_reference}", axum::routing::put(app::features::council_api::route::put_child_route))
        .route(
            "/api/v1/children/{case_reference}/next-review",
            axum::routing::put(app::features::council_api::route::put_next_review_route),
        )
        .leptos_routes_with_context(&state, routes, context.clone(), move || shell(options.clone()))
        .fallback(leptos_axum::file_and_error_handler_with_context::<AppState, _>(context, shell))
        // Every request but a file upload carries at most 1 MiB.
        .layer(RequestBodyLimitLayer::new(1024 * 1024))
        // A children file to import: read in chunks up to its own limit (the handler keeps 10 MB).
        .merge(
            Router::new()
                .route("/staff/admin/import/check", post(app::features::import::route::upload_route))
                .layer(axum::extract::DefaultBodyLimit::disable())
                .layer(RequestBodyLimitLayer::new(app::features::import::route::UPLOAD_REQUEST_LIMIT)),
        )
        // A form screen with recordings and drawings: read in chunks, each file to its own limit.
        .merge(
            Router::new()
                .route(app::features::form::SAVE_WITH_FILES, post(app::features::form::route::save_route))
                .layer(axum::extract::DefaultBodyLimit::disable())
                .layer(RequestBodyLimitLayer::new(app::features::form::route::SAVE_REQUEST_LIMIT)),
        )
        .layer(axum::middleware::from_fn_with_state(state.clone(), middleware::resolve_viewer))
        .layer(session_layer)
        .layer(axum::middleware::from_fn_with_state(state.clone(), middleware::refuse_cross_site))
        .layer(axum::middleware::from_fn(middleware::calm_errors))
        .layer(TraceLayer::new_for_http().make_span_with(|request: &axum::http::Request<_>| {
            tracing::info_span!("request", method = %request.method(), path = %crate::telemetry::redact_path(request.uri().path()))
        }))
        // Brotli's own default (quality 11) is for files made once. For pages made per request,
        // quality 1: a child's form screen (16.8 KB) is 4.1 KB in about 50 µs, where quality 5
        // makes 3.3 KB in three times the work and zeroes large tables for every response. The
        // level applies to gzip too (level 1), for the few browsers without brotli.
        .layer(CompressionLayer::new().quality(tower_http::CompressionLevel::Precise(1)))
        .layer(axum::middleware::from_fn_with_state(crate::page_cache::PageCache::new(), crate::page_cache::serve))
        .layer(axum::middleware::from_fn_with_state(state.clone(), middleware::security_headers))
        .with_state(state)
}

/// The app's routes, worked out once per process. Leptos renders the whole app to find them and,
/// while it does, sets a process-wide flag that stops resources from loading; a page rendered
/// by another server in the same process at that moment (tests start many) would wait for ever
/// (leptos-rs/leptos#4773). Every server waits here until the one generation has finished.
fn route_list() -> Vec<leptos_axum::AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<leptos_axum::AxumRouteListing>> = std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

/// For monitoring: 200 only when the database answers, is migrated to this binary's version and
/// takes a write; 503 naming what is wrong otherwise.
async fn health(State(state): State<AppState>) -> impl IntoResponse {
    match crate::database::health(&state.db, &state.settings.database_url, state.clock.now()).await {
        Ok(()) => (StatusCode::OK, Json(serde_json::json!({ "status": "ok", "database": "ok" }))),
        Err(problem) => {
            tracing::warn!(problem = problem.as_str(), "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, Json(serde_json::json!({ "status": "unavailable", "database": problem.as_str() })))
        }
    }
}

/// The cookie-signing key: from settings, or generated once and kept under the data folder.
fn session_key(settings: &Settings) -> Result<Key, StartupError> {
    use base64::Engine;
    if let Some(bytes) = &settings.session_key {
        return Key::try_from(bytes.expose_secret()).map_err(|e| StartupError::Setup(format!("HEARD_SESSION_KEY: {e}")));
    }
    let path = settings.data_dir.join("session.key");
    let engine = base64::engine::general_purpose::STANDARD;
    if let Ok(text) = std::fs::read_to_string(&path) {
        let bytes = engine.decode(text.trim()).map_err(|_| StartupError::Setup(format!("{} is not base64", path.display())))?;
        return Key::try_from(bytes.as_slice()).map_err(|e| StartupError::Setup(format!("{}: {e}", path.display())));
    }
    let key = Key::generate();
    write_private(&path, &engine.encode(key.master()))?;
    tracing::info!(path = %path.display(), "generated a development session key");
    Ok(key)
}

/// Writes a file readable by its owner only.
pub fn write_private(path: &std::path::Path, contents: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(contents.as_bytes())
}

/// Clears expired sessions, old sign-in failures and old import checks every ten minutes.
async fn housekeeping(db: sqlx::AnyPool) {
    let store = DbSessionStore::new(db.clone());
    let mut interval = tokio::time::interval(std::time::Duration::from_secs(600));
    loop {
        interval.tick().await;
        if let Err(error) = store.delete_expired().await {
            tracing::warn!(%error, "could not delete expired sessions");
        }
        let unscoped = app::server::tenant::Unscoped::new(db.clone(), app::server::now());
        if let Err(error) = app::server::db::throttle::prune(&unscoped).await {
            tracing::warn!(%error, "could not prune sign-in failures");
        }
        if let Err(error) = app::features::import::store::clear_stale(&unscoped).await {
            tracing::warn!(%error, "could not clear old import checks");
        }
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}
