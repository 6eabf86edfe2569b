//! Calls Heard makes to addresses an admin typed (a council's OpenID provider): only HTTPS to
//! the public internet from a production server, never Heard's own machine or network, no
//! redirects, a time limit and a cap on what is read back. A server on plain HTTP (development,
//! the tests) may call its own machine.

use std::net::IpAddr;
use std::sync::OnceLock;

/// How long one call may take.
const CALL_SECONDS: u64 = 10;
/// The most read back from one call: discovery documents and key sets are a few kilobytes.
const MOST_BYTES: usize = 256 * 1024;

/// Why a call was not made or did not finish. The text is for the log only.
#[derive(Debug)]
pub struct Unreachable(pub String);

impl std::fmt::Display for Unreachable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Unreachable {}

/// Whether an address is on the public internet (not this machine, a private or link-local
/// network, or a reserved range).
pub fn public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            !(v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.is_documentation()
                || v4.octets()[0] == 0
                || (v4.octets()[0] == 100 && (64..128).contains(&v4.octets()[1])))
        }
        IpAddr::V6(v6) => {
            let first = v6.segments()[0];
            !(v6.is_loopback() || v6.is_unspecified() || (first & 0xfe00) == 0xfc00 || (first & 0xffc0) == 0xfe80)
                && v6.to_ipv4_mapped().is_none_or(|v4| public(IpAddr::V4(v4)))
        }
    }
}

/// Whether Heard may call `url`: HTTPS with a host and no user or password (or, when `local`,
/// plain HTTP to this machine), and a host written as an address only if that address is
/// public. A host written as a name is checked when it is resolved (see [`PublicOnly`]).
pub fn may_call(url: &str, local: bool) -> bool {
    if !crate::server::webhook::allowed_url(url, local) {
        return false;
    }
    if local {
        return true;
    }
    let Ok(parsed) = reqwest::Url::parse(url) else {
        return false;
    };
    // A host written as an address (brackets around IPv6) is checked as it stands.
    let host = parsed.host_str().unwrap_or_default().trim_start_matches('[').trim_end_matches(']');
    host.parse::<IpAddr>().map_or(!host.is_empty(), public)
}

/// Resolves names to their public addresses only: a name that leads into Heard's own network
/// is not reached, whatever it resolves to on the day.
struct PublicOnly;

impl reqwest::dns::Resolve for PublicOnly {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        Box::pin(async move {
            let found: Vec<std::net::SocketAddr> =
                tokio::net::lookup_host((name.as_str(), 0)).await?.filter(|address| public(address.ip())).collect();
            if found.is_empty() {
                return Err(Box::new(Unreachable("no public address".into())) as Box<dyn std::error::Error + Send + Sync>);
            }
            Ok(Box::new(found.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

fn client(local: bool) -> &'static reqwest::Client {
    static LOCAL: OnceLock<reqwest::Client> = OnceLock::new();
    static PUBLIC: OnceLock<reqwest::Client> = OnceLock::new();
    let builder = || {
        reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(CALL_SECONDS))
            // A redirect could lead anywhere: only the addresses checked are called.
            .redirect(reqwest::redirect::Policy::none())
            // A proxy from the environment would resolve names itself, past `PublicOnly`.
            .no_proxy()
            .user_agent("Heard/1")
    };
    if local {
        LOCAL.get_or_init(|| builder().build().unwrap_or_default())
    } else {
        PUBLIC.get_or_init(|| builder().dns_resolver(std::sync::Arc::new(PublicOnly)).https_only(true).build().unwrap_or_default())
    }
}

/// Makes one call as the OpenID Connect library asks (its requests are `http` types), within
/// the rules above.
pub async fn call(request: http::Request<Vec<u8>>, local: bool) -> Result<http::Response<Vec<u8>>, Unreachable> {
    let url = request.uri().to_string();
    if !may_call(&url, local) {
        return Err(Unreachable(format!("not an address Heard may call: {}", request.uri().host().unwrap_or_default())));
    }
    let request = reqwest::Request::try_from(request).map_err(|e| Unreachable(format!("request: {e}")))?;
    let mut answer = client(local).execute(request).await.map_err(|e| Unreachable(format!("call: {e}")))?;
    let mut response = http::Response::builder().status(answer.status());
    for (name, value) in answer.headers() {
        response = response.header(name, value);
    }
    let mut body = Vec::new();
    while let Some(chunk) = answer.chunk().await.map_err(|e| Unreachable(format!("reading: {e}")))? {
        if body.len() + chunk.len() > MOST_BYTES {
            return Err(Unreachable("answer too long".into()));
        }
        body.extend_from_slice(&chunk);
    }
    response.body(body).map_err(|e| Unreachable(format!("answer: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_public_addresses_are_called_from_production() {
        for inside in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fd00::1",
            "fe80::1",
            "::ffff:10.0.0.1",
        ] {
            assert!(!public(inside.parse().expect("ip")), "{inside}");
        }
        for outside in ["81.2.69.160", "2a00:1450:4009:81f::200e"] {
            assert!(public(outside.parse().expect("ip")), "{outside}");
        }
    }

    #[test]
    fn addresses_written_as_numbers_must_be_public() {
        assert!(may_call("https://login.microsoftonline.com/tenant/v2.0", false));
        assert!(may_call("https://81.2.69.160/token", false));
        assert!(!may_call("https://169.254.169.254/latest", false));
        assert!(!may_call("https://10.0.0.5/token", false));
        assert!(!may_call("https://[::1]/token", false));
        assert!(!may_call("http://login.example.gov.uk/", false), "plain HTTP from production");
        assert!(may_call("http://127.0.0.1:9000/", true), "this machine from a local server");
    }
}
