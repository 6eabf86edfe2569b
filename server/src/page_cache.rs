//! Public pages kept ready. The landing page, `/start` and the help pages are the same for
//! everyone who is not signed in, in each language: each is rendered once (for a few minutes),
//! compressed once with brotli and gzip at their best, and then sent as it is. Their inline
//! scripts are allowed by hash in the CSP rather than by the per-response nonce, which a page
//! sent to many people cannot carry. Anyone with a session (staff, or a child or parent who came
//! in) gets pages made for them, as before.

use app::i18n::Lang;
use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

/// The pages kept, by path: the same for everyone without a session.
pub const PAGES: [&str; 5] = ["/", "/start", "/help-now", "/accessibility", "/credits"];

/// How long a page is kept before it is made again (a deploy replaces the process anyway; one
/// request makes it again while the others wait for it).
const KEEP: Duration = Duration::from_secs(300);

/// The largest page read to keep (the kept pages are a few KB): a larger one is answered "busy"
/// and logged, since its body is spent by then.
const MAX_PAGE: usize = 512 * 1024;

/// The CSP sources that allow a kept page's inline scripts and styles, put on its response for
/// `middleware::security_headers` to use in place of the nonce.
#[derive(Clone, Debug)]
pub struct InlineHashes {
    pub scripts: String,
    pub styles: String,
}

/// One kept page, in each encoding.
struct Kept {
    made: Instant,
    content_type: HeaderValue,
    hashes: InlineHashes,
    plain: Bytes,
    brotli: Bytes,
    gzip: Bytes,
}

/// A kept page's path and language.
type Key = (&'static str, Lang);

/// The kept pages, by path and language; at most `PAGES` × languages entries.
#[derive(Default)]
pub struct PageCache {
    kept: RwLock<HashMap<Key, Arc<Kept>>>,
    /// Held while a page is made, so requests arriving together (at start, or when a page has
    /// aged) wait for the one making it instead of each rendering and compressing it.
    making: tokio::sync::Mutex<()>,
}

impl PageCache {
    pub fn new() -> Arc<PageCache> {
        Arc::new(PageCache::default())
    }

    fn fresh(&self, key: &Key) -> Option<Arc<Kept>> {
        let kept = self.kept.read().ok()?;
        kept.get(key).filter(|k| k.made.elapsed() < KEEP).cloned()
    }

    fn keep(&self, key: Key, page: Arc<Kept>) {
        if let Ok(mut kept) = self.kept.write() {
            kept.insert(key, page);
        }
    }
}

/// Whether a request is for a kept page: a GET of one of `PAGES` with no query and no session.
fn kept_path(request: &Request) -> Option<&'static str> {
    if request.method() != Method::GET || request.uri().query().is_some() {
        return None;
    }
    let path = PAGES.iter().find(|p| **p == request.uri().path())?;
    // Someone with a session, or who came in with an invitation (their council's language
    // menu), gets a page made for them: kept pages are everyone's.
    let personal =
        request.headers().get_all(header::COOKIE).iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(';')).any(|pair| {
            pair.trim_start().split('=').next().is_some_and(|name| name.ends_with("heard_session") || name == app::i18n::OFFER_COOKIE)
        });
    (!personal).then_some(*path)
}

#[derive(Clone, Copy)]
enum Encoding {
    Brotli,
    Gzip,
    Plain,
}

/// The encoding to send, from Accept-Encoding: brotli, else gzip, else none (a `;q=0` refuses one).
fn encoding(request: &Request) -> Encoding {
    let accepts = |name: &str| {
        request.headers().get_all(header::ACCEPT_ENCODING).iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(',')).any(|part| {
            let mut bits = part.split(';').map(str::trim);
            bits.next().is_some_and(|coding| coding.eq_ignore_ascii_case(name))
                && bits.all(|param| param.strip_prefix("q=").and_then(|q| q.parse::<f32>().ok()).is_none_or(|q| q > 0.0))
        })
    };
    if accepts("br") {
        Encoding::Brotli
    } else if accepts("gzip") {
        Encoding::Gzip
    } else {
        Encoding::Plain
    }
}

/// The middleware: a kept page from the cache (made first when it is not there or too old);
/// every other request passes on untouched.
pub async fn serve(State(cache): State<Arc<PageCache>>, mut request: Request, next: Next) -> Response {
    let Some(path) = kept_path(&request) else {
        return next.run(request).await;
    };
    // Without the menu cookie (see `kept_path`), the menu offers every language.
    let key = (path, app::server::security::lang_from_headers(request.headers()));
    let wanted = encoding(&request);
    let making = match cache.fresh(&key) {
        Some(_) => None,
        None => Some(cache.making.lock().await),
    };
    let page = match cache.fresh(&key) {
        Some(page) => page,
        None => {
            // Made as HTML, so its inline scripts can be hashed; compressed here, once.
            request.headers_mut().insert(header::ACCEPT_ENCODING, HeaderValue::from_static("identity"));
            let response = next.run(request).await;
            let keepable = response.status() == StatusCode::OK
                && !response.headers().contains_key(header::SET_COOKIE)
                && !response.headers().contains_key(header::CONTENT_ENCODING);
            if !keepable {
                return response;
            }
            let (parts, body) = response.into_parts();
            let Ok(html) = axum::body::to_bytes(body, MAX_PAGE).await else {
                tracing::error!(path, "a public page was larger than a kept page may be");
                return StatusCode::SERVICE_UNAVAILABLE.into_response();
            };
            let content_type =
                parts.headers.get(header::CONTENT_TYPE).cloned().unwrap_or(HeaderValue::from_static("text/html; charset=utf-8"));
            let as_made = html.clone();
            let made = match tokio::task::spawn_blocking(move || make(html, content_type)).await.map_err(|e| e.to_string()) {
                Ok(Ok(made)) => Arc::new(made),
                Ok(Err(error)) | Err(error) => {
                    // Sent as it was made (with its own nonce, uncompressed), and not kept.
                    tracing::error!(%error, "could not keep a public page");
                    return Response::from_parts(parts, axum::body::Body::from(as_made));
                }
            };
            cache.keep(key, made.clone());
            made
        }
    };
    drop(making);
    let (body, coding) = match wanted {
        Encoding::Brotli => (page.brotli.clone(), Some("br")),
        Encoding::Gzip => (page.gzip.clone(), Some("gzip")),
        Encoding::Plain => (page.plain.clone(), None),
    };
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, page.content_type.clone());
    headers.insert(header::VARY, HeaderValue::from_static("accept-encoding, accept-language, cookie"));
    if let Some(coding) = coding {
        headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(coding));
    }
    response.extensions_mut().insert(page.hashes.clone());
    response
}

/// A page ready to keep: its hashes, and the HTML compressed both ways.
fn make(html: Bytes, content_type: HeaderValue) -> Result<Kept, String> {
    use std::io::Write;
    let text = std::str::from_utf8(&html).map_err(|e| format!("page is not UTF-8: {e}"))?;
    let hashes = InlineHashes { scripts: inline_hashes(text, "script"), styles: inline_hashes(text, "style") };
    let mut brotli = Vec::new();
    {
        let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
        brotli::BrotliCompress(&mut &html[..], &mut brotli, &params).map_err(|e| format!("brotli: {e}"))?;
    }
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gzip.write_all(&html).map_err(|e| format!("gzip: {e}"))?;
    let gzip = gzip.finish().map_err(|e| format!("gzip: {e}"))?;
    Ok(Kept { made: Instant::now(), content_type, hashes, plain: html, brotli: Bytes::from(brotli), gzip: Bytes::from(gzip) })
}

/// The CSP hash sources (`'sha256-…'`, each after a space) of every inline `<tag>` in `html`: those
/// without `src`, their text exactly as written, which is what a browser hashes.
fn inline_hashes(html: &str, tag: &str) -> String {
    use base64::Engine;
    use sha2::Digest;
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    let mut sources = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find(&open) {
        let after = &rest[at + open.len()..];
        // `<scripts>` or `<styles>` are other tags.
        if !after.starts_with(|c: char| c == '>' || c.is_ascii_whitespace()) {
            rest = after;
            continue;
        }
        let Some(end_of_tag) = after.find('>') else { break };
        let attributes = &after[..end_of_tag];
        let body = &after[end_of_tag + 1..];
        let Some(end) = body.find(&close) else { break };
        if !attributes.contains("src=") {
            let digest = sha2::Sha256::digest(&body.as_bytes()[..end]);
            let source = format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest));
            if !sources.contains(&source) {
                sources.push(source);
            }
        }
        rest = &body[end + close.len()..];
    }
    sources.iter().map(|source| format!(" {source}")).collect()
}

#[cfg(test)]
mod tests {
    use super::inline_hashes;

    /// The hash of an inline script is of its text exactly as written, as CSP Level 3 has it
    /// (the value below is `printf 'alert(1);' | openssl dgst -sha256 -binary | base64`).
    #[test]
    fn inline_scripts_are_hashed_as_written_and_external_ones_are_not() {
        let html = r#"<head><script type="module" nonce="x">alert(1);</script><script src="/pkg/a.js"></script>
            <scripts>not a script</scripts><style>p{}</style></head>"#;
        assert_eq!(inline_hashes(html, "script"), " 'sha256-5jFwrAK0UV47oFbVg/iCCBbxD8X1w+QvoOUepu4C2YA='");
        assert_eq!(inline_hashes("<p>no scripts</p>", "script"), "");
        assert_eq!(inline_hashes(html, "style"), " 'sha256-gG2yISYereRMiG2lMXrbiUgi0Ubw9p7QCeWcroOvy9Y='");
    }
}
