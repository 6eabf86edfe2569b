//! Request middleware: security headers with a per-request CSP nonce, refusal of cross-site
//! changes, and resolving the signed-in member of staff.

use app::server::security::CspNonce;
use app::server::AppState;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use tower_sessions::Session;

fn new_nonce() -> String {
    use base64::Engine;
    use rand::RngCore;
    let mut bytes = [0u8; 18];
    rand::rng().fill_bytes(&mut bytes);
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// Built files (bundle, symbols, audio, icon): public, cacheable, and never need the signed-in user.
fn is_static_path(path: &str) -> bool {
    path.starts_with("/pkg/")
        || path.starts_with("/symbols/")
        || path.starts_with("/audio/")
        || path.starts_with("/fonts/")
        || path.starts_with("/icons/")
        || path == "/favicon.svg"
        || path == "/robots.txt"
}

/// Strict security headers on every response. Scripts run only from this site or with the
/// request's nonce (Leptos's hydration loader carries it); WebAssembly needs `wasm-unsafe-eval`.
/// Styles too, the nonce allowing only the pack's printed page header and footer. A kept public
/// page (`page_cache`), sent to many, names its inline scripts and styles by hash instead.
pub async fn security_headers(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let nonce = new_nonce();
    request.extensions_mut().insert(CspNonce(nonce.clone()));
    let file_path = is_static_path(request.uri().path());
    let mut response = next.run(request).await;
    // A file, not a page (a symbol, a clip, the WebAssembly): it has no script of its own to
    // allow, and one opened on its own runs nothing. The short policy also keeps the dozen files
    // of a child's first screen from each carrying a page's worth of headers. A page sent for a
    // file path (the not-found page for a missing symbol) is still a page.
    let is_html = response.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|t| t.starts_with("text/html"));
    let is_file = file_path && !is_html;
    let csp = if is_file {
        STATIC_CSP.to_string()
    } else {
        // A kept public page carries hashes of its inline scripts and styles instead of the nonce.
        let (scripts, styles) = match response.extensions().get::<crate::page_cache::InlineHashes>() {
            Some(kept) => (kept.scripts.clone(), kept.styles.clone()),
            None => (format!(" 'nonce-{nonce}'"), format!(" 'nonce-{nonce}'")),
        };
        format!(
            "default-src 'self'; script-src 'self'{scripts} 'wasm-unsafe-eval'; style-src 'self'{styles}; img-src 'self' data:; \
             media-src 'self' blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; \
             form-action 'self'; frame-ancestors 'none'"
        )
    };
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&csp) {
        headers.insert(header::CONTENT_SECURITY_POLICY, value);
    }
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert("cross-origin-resource-policy", HeaderValue::from_static("same-origin"));
    if state.settings.secure_cookies() {
        headers.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000; includeSubDomains"));
    }
    if !is_file {
        // What only a page (a document) uses: where its links tell, its window, its powers.
        headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("same-origin"));
        headers.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
        headers.insert("permissions-policy", HeaderValue::from_static("camera=(), geolocation=(), microphone=(self), payment=(), usb=()"));
    }
    if file_path {
        if !headers.contains_key(header::CACHE_CONTROL) {
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=3600"));
        }
    } else {
        // Pages may hold a child's words: never cache them anywhere.
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// The policy for files: nothing runs. A clip or symbol opened in a tab of its own still plays
/// or shows (the browser's player fetches it again, from this origin).
const STATIC_CSP: &str =
    "default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox allow-same-origin";

/// Refuses a state-changing request that a browser says came from another site. Browsers send
/// `Sec-Fetch-Site` and `Origin` on every POST; requests without either are not from a browser page.
pub async fn refuse_cross_site(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let safe = matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if !safe && is_cross_site(&request, &state.settings.base_url) {
        tracing::warn!(method = %request.method(), "cross-site request refused");
        return (StatusCode::FORBIDDEN, "Cross-site request refused.").into_response();
    }
    next.run(request).await
}

fn is_cross_site(request: &Request, base_url: &str) -> bool {
    let headers = request.headers();
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        if !(site == "same-origin" || site == "none") {
            return true;
        }
    }
    if let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        // The page must come from exactly the site's public address: scheme, host and port.
        // (The Host header is not evidence: behind a proxy it names the proxy's upstream.)
        return origin_of(origin).is_none() || origin_of(origin) != origin_of(base_url);
    }
    false
}

/// Scheme, host and port (the scheme's default when none is written) of a URL or an `Origin`.
fn origin_of(url: &str) -> Option<(String, String, u16)> {
    let uri: http::Uri = url.parse().ok()?;
    let scheme = uri.scheme_str()?.to_ascii_lowercase();
    let host = uri.host()?.to_ascii_lowercase();
    let port = uri.port_u16().or(match scheme.as_str() {
        "https" => Some(443),
        "http" => Some(80),
        _ => None,
    })?;
    Some((scheme, host, port))
}

/// One answer for whatever went wrong, in the person's language: a form post Heard cannot read
/// (400), a busy database or server (503, with `Retry-After`), or an internal fault (500) gets a
/// calm page with the way back. No framework or database text reaches the browser. `/health`
/// keeps its own plain answer for monitoring, and the council API its JSON.
pub async fn calm_errors(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    // The council API answers in JSON of its own (see `council_api::route`).
    if path == "/health" || is_static_path(&path) || path.starts_with("/api/v1/") {
        return next.run(request).await;
    }
    let lang = app::server::security::page_lang(&path, request.headers());
    let back = request
        .headers()
        .get(header::REFERER)
        .and_then(|v| v.to_str().ok())
        .and_then(|r| r.split_once("://").map(|(_, rest)| rest.find('/').map(|at| rest[at..].to_string()).unwrap_or_default()))
        .map(|p| app::server::security::local_path(Some(&p), "/"))
        .unwrap_or_else(|| "/".to_string());
    // A server function reads form posts: anything else is refused before it is parsed.
    if request.method() == Method::POST && path.starts_with("/api/") {
        // No type at all is an empty post (sign out, a read-aloud count); any other type is not a form.
        let content_type = request.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok());
        if content_type.is_some_and(|t| !t.starts_with("application/x-www-form-urlencoded") && !t.starts_with("text/plain")) {
            tracing::debug!(%path, "form post refused: not a form");
            return calm_page(StatusCode::BAD_REQUEST, lang, &back);
        }
    }
    let response = next.run(request).await;
    if response.headers().contains_key("serverfnerror") {
        // A server function that failed: its body is a `Failure` (only what a person may know).
        // One that could not read its arguments (missing or non-numeric fields, bytes that are
        // not UTF-8) failed because of the request: 400, whatever status the framework chose.
        let status = response.status();
        let (_, body) = response.into_parts();
        let text = axum::body::to_bytes(body, 64 * 1024).await.unwrap_or_default();
        if serde_json::from_slice::<app::model::Failure>(&text).is_ok_and(|f| f == app::model::Failure::BadRequest) {
            tracing::debug!(%path, "form post refused: its fields could not be read");
            return calm_page(StatusCode::BAD_REQUEST, lang, &back);
        }
        return match status {
            StatusCode::SERVICE_UNAVAILABLE | StatusCode::INTERNAL_SERVER_ERROR => calm_page(status, lang, &back),
            // Refusals keep their status; the body says only which kind.
            status if status.is_client_error() => (status, status.canonical_reason().unwrap_or_default()).into_response(),
            _ => calm_page(StatusCode::INTERNAL_SERVER_ERROR, lang, &back),
        };
    }
    match response.status() {
        StatusCode::SERVICE_UNAVAILABLE | StatusCode::BAD_REQUEST | StatusCode::INTERNAL_SERVER_ERROR => {
            calm_page(response.status(), lang, &back)
        }
        _ => response,
    }
}

/// The calm page itself: plain HTML that needs no script and no database.
fn calm_page(status: StatusCode, lang: app::i18n::Lang, back: &str) -> Response {
    use app::i18n::T;
    let (title, words) = match status {
        StatusCode::SERVICE_UNAVAILABLE => (T::CalmBusyTitle, T::CalmBusy),
        StatusCode::BAD_REQUEST => (T::CalmBadRequestTitle, T::CalmBadRequest),
        _ => (T::CalmBrokenTitle, T::CalmBroken),
    };
    let escape = |text: &str| text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
    let html = format!(
        "<!DOCTYPE html><html lang=\"{code}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} – {app}</title><link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\"><link rel=\"stylesheet\" href=\"/pkg/heard.css\"></head>\
         <body><main id=\"main\" class=\"page page--calm\"><h1>{title}</h1><p>{words}</p>\
         <p><a class=\"button button--primary\" href=\"{back}\">{again}</a></p></main></body></html>",
        code = lang.code(),
        dir = lang.direction().as_str(),
        title = escape(title.get(lang)),
        app = escape(T::AppName.get(lang)),
        words = escape(words.get(lang)),
        back = escape(back),
        again = escape(T::CalmTryAgain.get(lang)),
    );
    let mut response = (status, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response();
    if status == StatusCode::SERVICE_UNAVAILABLE {
        response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
    }
    response
}

/// Puts the signed-in member of staff (if any) on the request; staff pages need one.
pub async fn resolve_viewer(State(state): State<AppState>, session: Session, mut request: Request, next: Next) -> Response {
    // Static files need no session or database lookup.
    if is_static_path(request.uri().path()) {
        return next.run(request).await;
    }
    let viewer = match app::server::auth::resolve_viewer(&state, &session).await {
        Ok(viewer) => viewer,
        // Busy: not "signed out". The person stays signed in and is asked to try again.
        Err(busy @ app::server::AppError::Busy(_)) => {
            busy.log();
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
        Err(error) => {
            tracing::error!(%error, "could not resolve the signed-in user");
            None
        }
    };
    let path = request.uri().path();
    if viewer.is_none() && (path == "/staff" || path.starts_with("/staff/")) {
        return Redirect::to("/sign-in").into_response();
    }
    if let Some(viewer) = viewer {
        request.extensions_mut().insert(viewer);
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::origin_of;

    #[test]
    fn origins_match_by_scheme_host_and_port() {
        assert_eq!(origin_of("https://heard.example.gov.uk"), origin_of("https://HEARD.example.gov.uk:443/"));
        assert_ne!(origin_of("http://heard.example.gov.uk"), origin_of("https://heard.example.gov.uk"));
        assert_ne!(origin_of("https://heard.example.gov.uk:8443"), origin_of("https://heard.example.gov.uk"));
        assert_ne!(origin_of("https://heard.example.gov.uk.evil.example"), origin_of("https://heard.example.gov.uk"));
        assert_eq!(origin_of("null"), None);
    }
}
