//! Calling a council's webhook: a small JSON body, signed with HMAC-SHA256 over the time and the
//! body (`Heard-Signature: t=<unix seconds>,v1=<hex>`), so the receiver can check it came from
//! Heard, unchanged, lately. Each call carries its delivery id (`Heard-Delivery`), the same on
//! every try, so a receiver can drop a repeat. The body holds ids, dates, the child's case
//! reference and the address to fetch the export from with an API key: never a name or anyone's
//! words.
//!
//! An admin sets the address, so it must not reach Heard's own machine or network: in
//! production only HTTPS, and only to a public address (checked when each call is made, and the
//! connection pinned to the address checked). A server on plain HTTP (development, the tests)
//! may call its own machine.

use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::sync::OnceLock;

/// How long one call may take; well inside the outbox's lease.
const CALL_SECONDS: u64 = 10;

/// Why a call did not land.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HookError {
    /// No answer, or the receiver said try later (5xx, 408, 429): tried again.
    Unavailable,
    /// The receiver refused it (another 4xx): tried again too, in case it is mended, and staff see it.
    Refused,
}

/// The signature of a call: hex HMAC-SHA256 of `"{timestamp}.{body}"` under the secret.
pub fn signature(secret: &[u8], timestamp: i64, body: &str) -> String {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret).unwrap_or_else(|_| unreachable!("HMAC takes any key length"));
    mac.update(format!("{timestamp}.{body}").as_bytes());
    mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether an address may be a webhook's: HTTPS with a host and no user or password in it, or,
/// when `local` (a server on plain HTTP: development and tests), plain HTTP to this machine.
pub fn allowed_url(url: &str, local: bool) -> bool {
    let Some((scheme, rest)) = url.trim().split_once("://") else {
        return false;
    };
    let scheme = scheme.to_ascii_lowercase();
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if authority.is_empty() || authority.contains('@') || url.chars().any(char::is_whitespace) || url.len() > 500 {
        return false;
    }
    let host = authority.rsplit_once(':').filter(|(_, port)| port.chars().all(|c| c.is_ascii_digit())).map_or(authority, |(h, _)| h);
    match scheme.as_str() {
        "https" => true,
        "http" => local && matches!(host, "127.0.0.1" | "localhost" | "[::1]"),
        _ => false,
    }
}

use crate::server::outward::public;

fn builder() -> reqwest::ClientBuilder {
    reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(CALL_SECONDS))
        // A redirect could lead the signed call anywhere: the address is the one set.
        .redirect(reqwest::redirect::Policy::none())
        .user_agent("Heard-Webhook/1")
}

/// The client for calls to this machine (`local` servers only).
fn local_client() -> &'static reqwest::Client {
    static CLIENT: OnceLock<reqwest::Client> = OnceLock::new();
    CLIENT.get_or_init(|| builder().build().unwrap_or_default())
}

/// A client that connects to `url`'s host only at a public address it resolves to now (so a
/// name that resolves elsewhere later still reaches the address checked). `None` when the host
/// has no public address.
async fn public_client(url: &str) -> Option<reqwest::Client> {
    let parsed = reqwest::Url::parse(url).ok()?;
    let host = parsed.host_str()?.to_string();
    let port = parsed.port_or_known_default()?;
    let found: Vec<std::net::SocketAddr> = tokio::net::lookup_host((host.as_str(), port)).await.ok()?.collect();
    if found.is_empty() || !found.iter().all(|a| public(a.ip())) {
        return None;
    }
    builder().resolve(&host, found[0]).build().ok()
}

/// Posts one event. `Ok` on any 2xx answer. `local`: this server may call its own machine.
pub async fn post(url: &str, secret: &[u8], event: &str, delivery: &str, body: &str, now: i64, local: bool) -> Result<(), HookError> {
    if !allowed_url(url, local) {
        return Err(HookError::Refused);
    }
    let client = if local {
        local_client().clone()
    } else {
        // A name that leads into Heard's own network is refused, as a receiver would refuse it.
        public_client(url).await.ok_or(HookError::Refused)?
    };
    let sent = client
        .post(url)
        .header(http::header::CONTENT_TYPE, "application/json")
        .header("Heard-Event", event)
        .header("Heard-Delivery", delivery)
        .header("Heard-Signature", format!("t={now},v1={}", signature(secret, now, body)))
        .body(body.to_string())
        .send()
        .await;
    match sent {
        Ok(answer) if answer.status().is_success() => Ok(()),
        Ok(answer) if answer.status().is_client_error() && !matches!(answer.status().as_u16(), 408 | 429) => Err(HookError::Refused),
        _ => Err(HookError::Unavailable),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signature_is_hmac_sha256_of_time_and_body() {
        // Worked out apart from this code (Python's hmac module).
        let expected = "e5b4bba8cb722ca4d3ea49f4f0d37c1ec4748e108daf872d2e1ef592229041ae";
        assert_eq!(signature(b"whsec_test", 1_700_000_000, r#"{"event":"review.held"}"#), expected);
        assert_ne!(signature(b"whsec_test", 1_700_000_001, r#"{"event":"review.held"}"#), expected, "the time is signed");
    }

    #[test]
    fn only_https_or_this_machine_over_http_for_a_local_server() {
        assert!(allowed_url("https://case.example.gov.uk/heard/hooks", false));
        assert!(allowed_url("HTTPS://case.example.gov.uk/heard/hooks", false));
        assert!(allowed_url("http://127.0.0.1:8080/hook", true));
        assert!(allowed_url("http://localhost/hook", true));
        assert!(!allowed_url("http://127.0.0.1:8080/hook", false), "not from a production server");
        assert!(!allowed_url("http://case.example.gov.uk/hook", true));
        assert!(!allowed_url("ftp://case.example.gov.uk/hook", true));
        assert!(!allowed_url("https://user:pw@case.example.gov.uk/hook", true));
        assert!(!allowed_url("https:///nohost", true));
        assert!(!allowed_url("case.example.gov.uk", true));
        assert!(!allowed_url("https://case.example .gov.uk", true));
    }

    #[tokio::test]
    async fn a_name_for_this_machine_is_refused_from_production() {
        let refused = post("https://localhost:9/hook", b"k", "pack.ready", "d", "{}", 0, false).await;
        assert_eq!(refused, Err(HookError::Refused));
    }
}
