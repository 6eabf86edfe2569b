//! Small security helpers: hashing of tokens, client addresses, safe redirects.

use sha2::{Digest, Sha256};

pub fn sha256_hex(input: &str) -> String {
    let digest = Sha256::digest(input.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether two secrets are the same, in time that does not depend on where they differ.
pub fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The language of the request being handled (cookie, then Accept-Language).
pub fn request_lang() -> crate::i18n::Lang {
    leptos::prelude::use_context::<http::request::Parts>().map(|parts| lang_from_headers(&parts.headers)).unwrap_or_default()
}

/// Remembers a language in the visitor's cookie (not personal data; no consent needed). Lax, so
/// a link from a message opens in the chosen language.
pub fn set_lang_cookie(state: &crate::server::AppState, lang: crate::i18n::Lang) {
    set_cookie(state, Cookie { name: crate::i18n::LANG_COOKIE, value: lang.code(), path: "/", max_age: 31_536_000, strict: false });
}

/// Remembers the languages the invitee's council offers, for the language menu on their pages
/// (codes only: not personal data). Only the menu reads it; a change of language is checked
/// against the council's list on the server.
pub fn set_offer_cookie(state: &crate::server::AppState, offered: &[crate::i18n::Lang]) {
    let value: Vec<&str> = offered.iter().filter(|lang| !lang.is_staff()).map(|lang| lang.code()).collect();
    let value = if value.is_empty() { "none".to_string() } else { value.join(".") };
    set_cookie(state, Cookie { name: crate::i18n::OFFER_COOKIE, value: &value, path: "/", max_age: 31_536_000, strict: false });
}

/// The languages a page at `path` offers on its menu: Welsh and English on staff pages; on
/// others, those the visitor's council offers once they came in with an invitation (the
/// cookie), else every language.
pub fn offered_langs(path: &str, headers: &http::HeaderMap) -> Vec<crate::i18n::Lang> {
    use crate::i18n::{Lang, OFFER_COOKIE};
    if is_staff_path(path) {
        return Lang::STAFF.to_vec();
    }
    match cookie_in(headers, OFFER_COOKIE) {
        Some(codes) => {
            let chosen: Vec<Lang> = codes.split('.').filter_map(Lang::parse).collect();
            Lang::ALL.into_iter().filter(|lang| lang.is_staff() || chosen.contains(lang)).collect()
        }
        None => Lang::ALL.to_vec(),
    }
}

/// A cookie for the response being made: always HttpOnly, Secure behind HTTPS.
pub struct Cookie<'a> {
    pub name: &'a str,
    pub value: &'a str,
    /// Only requests under this path carry it.
    pub path: &'a str,
    /// Seconds; 0 forgets it.
    pub max_age: i64,
    /// SameSite=Strict (else Lax).
    pub strict: bool,
}

/// Sets a cookie on the response being made.
pub fn set_cookie(state: &crate::server::AppState, cookie: Cookie<'_>) {
    let Cookie { name, value, path, max_age, strict } = cookie;
    let secure = if state.settings.secure_cookies() { "; Secure" } else { "" };
    let same_site = if strict { "Strict" } else { "Lax" };
    let header = format!("{name}={value}; Path={path}; Max-Age={max_age}; SameSite={same_site}; HttpOnly{secure}");
    if let (Some(response), Ok(value)) =
        (leptos::prelude::use_context::<leptos_axum::ResponseOptions>(), http::HeaderValue::from_str(&header))
    {
        response.append_header(http::header::SET_COOKIE, value);
    }
}

/// How long something handed over to a page waits for it.
const HANDED_OVER_SECONDS: i64 = 300;

/// Hands a secret made by a form (a new API key, webhook secret, recovery codes) to the page
/// that shows it once, in a short-lived cookie for that page only: never the session, which is
/// kept in the database where only a hash or a sealed copy of such a secret may be.
pub fn hand_over(state: &crate::server::AppState, name: &str, page: &str, value: &str) {
    set_cookie(state, Cookie { name, value, path: page, max_age: HANDED_OVER_SECONDS, strict: true });
}

/// What was handed over to this page, taken: the browser forgets it, so it shows once.
pub fn take_handed_over(state: &crate::server::AppState, name: &str, page: &str) -> Option<String> {
    let value = request_cookie(name)?;
    set_cookie(state, Cookie { name, value: "", path: page, max_age: 0, strict: true });
    Some(value)
}

/// The value of the cookie `name` the request being handled carries, if any.
pub fn request_cookie(name: &str) -> Option<String> {
    let parts = leptos::prelude::use_context::<http::request::Parts>()?;
    cookie_in(&parts.headers, name)
}

/// The value of the cookie `name` in these headers, if any.
pub fn cookie_in(headers: &http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|header| header.to_str().ok())
        .flat_map(|text| text.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find_map(|(key, value)| (key == name).then(|| value.to_string()))
}

/// The client's address. Behind `proxy_hops` trusted proxies it is the entry the outermost of
/// them appended to `X-Forwarded-For`, counted from the right: entries further left were sent by
/// the client and prove nothing (anyone can write `X-Forwarded-For: 1.2.3.4`). With no proxy it
/// is the peer's address.
pub fn client_address(parts: &http::request::Parts, proxy_hops: usize) -> String {
    let peer = || {
        parts.extensions.get::<axum::extract::ConnectInfo<std::net::SocketAddr>>().map(|info| info.0.ip().to_string()).unwrap_or_default()
    };
    if proxy_hops == 0 {
        return peer();
    }
    // Several headers count as one list, in order.
    let entries: Vec<String> = parts
        .headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|e| e.trim().to_string())
        .filter(|e| !e.is_empty())
        .collect();
    match entries.len() {
        0 => peer(),
        n => entries[n.saturating_sub(proxy_hops)].clone(),
    }
}

/// Only a path on this site may be a redirect target (no `//host`, no scheme): no open redirects.
pub fn local_path(candidate: Option<&str>, fallback: &str) -> String {
    match candidate {
        Some(path)
            if path.starts_with('/') && !path.starts_with("//") && !path.starts_with("/\\") && !path.chars().any(|c| c.is_control()) =>
        {
            path.to_string()
        }
        _ => fallback.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_hex_sha256() {
        assert_eq!(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    #[test]
    fn only_local_paths_are_redirect_targets() {
        assert_eq!(local_path(Some("/staff"), "/"), "/staff");
        assert_eq!(local_path(Some("//evil.example"), "/"), "/");
        assert_eq!(local_path(Some("https://evil.example"), "/"), "/");
        assert_eq!(local_path(Some("/\\evil.example"), "/"), "/");
        assert_eq!(local_path(Some("/a\nb"), "/"), "/");
        assert_eq!(local_path(None, "/x"), "/x");
    }
}

/// The per-request nonce the CSP middleware put on the request; inline scripts must carry it.
#[derive(Clone, Debug)]
pub struct CspNonce(pub String);

pub fn request_nonce() -> Option<String> {
    leptos::prelude::use_context::<http::request::Parts>().and_then(|parts| parts.extensions.get::<CspNonce>().map(|n| n.0.clone()))
}

/// The language the visitor chose with the switch (the cookie), if they chose one.
pub fn chosen_lang(headers: &http::HeaderMap) -> Option<crate::i18n::Lang> {
    use crate::i18n::{Lang, LANG_COOKIE};
    cookie_in(headers, LANG_COOKIE).and_then(|value| Lang::parse(&value))
}

/// The language a page at `path` is shown in: the visitor's, except that staff pages are in
/// Welsh or English only.
pub fn page_lang(path: &str, headers: &http::HeaderMap) -> crate::i18n::Lang {
    let lang = lang_from_headers(headers);
    if is_staff_path(path) {
        lang.for_staff()
    } else {
        lang
    }
}

/// Pages for staff (and their sign-in), which are in Welsh and English only.
pub fn is_staff_path(path: &str) -> bool {
    ["/staff", "/sign-in"].iter().any(|start| path == *start || path.starts_with(&format!("{start}/")))
}

/// The language to answer in: the visitor's choice, else their browser's preference for Welsh or
/// English, else English. Another language is used only when chosen (on the switch, or by an
/// invitation in it): it is offered, never assumed.
pub fn lang_from_headers(headers: &http::HeaderMap) -> crate::i18n::Lang {
    use crate::i18n::Lang;
    if let Some(lang) = chosen_lang(headers) {
        return lang;
    }
    if let Some(accept) = headers.get(http::header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()) {
        for part in accept.split(',') {
            let tag = part.split(';').next().unwrap_or_default();
            if let Some(lang) = Lang::parse(tag).filter(|lang| lang.is_staff()) {
                return lang;
            }
        }
    }
    Lang::En
}

#[cfg(test)]
mod lang_tests {
    use super::*;
    use crate::i18n::Lang;

    fn headers(pairs: &[(&'static str, &'static str)]) -> http::HeaderMap {
        let mut map = http::HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, http::HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn cookie_wins_over_browser_preference() {
        assert_eq!(lang_from_headers(&headers(&[("cookie", "a=b; heard_lang=cy"), ("accept-language", "en-GB")])), Lang::Cy);
    }

    #[test]
    fn other_languages_are_chosen_not_assumed() {
        assert_eq!(lang_from_headers(&headers(&[("accept-language", "ar, en;q=0.5")])), Lang::En);
        assert_eq!(lang_from_headers(&headers(&[("cookie", "heard_lang=ar")])), Lang::Ar);
    }

    #[test]
    fn staff_pages_are_in_welsh_or_english() {
        let arabic = headers(&[("cookie", "heard_lang=ar")]);
        assert_eq!(page_lang("/staff/children", &arabic), Lang::En);
        assert_eq!(page_lang("/sign-in", &arabic), Lang::En);
        assert_eq!(page_lang("/form/screen/1", &arabic), Lang::Ar);
        assert_eq!(page_lang("/staffroom", &arabic), Lang::Ar);
        assert_eq!(page_lang("/staff", &headers(&[("cookie", "heard_lang=cy")])), Lang::Cy);
    }

    #[test]
    fn browser_preference_for_welsh_is_honoured() {
        assert_eq!(lang_from_headers(&headers(&[("accept-language", "fr, cy-GB;q=0.8, en;q=0.5")])), Lang::Cy);
    }

    #[test]
    fn english_is_the_fallback() {
        assert_eq!(lang_from_headers(&headers(&[("cookie", "heard_lang=xx")])), Lang::En);
    }
}

#[cfg(test)]
mod address_tests {
    use super::client_address;

    fn parts(forwarded: &[&'static str]) -> http::request::Parts {
        let mut request = http::Request::builder().uri("/");
        for value in forwarded {
            request = request.header("x-forwarded-for", *value);
        }
        let (mut parts, ()) = request.body(()).expect("request").into_parts();
        parts.extensions.insert(axum::extract::ConnectInfo(std::net::SocketAddr::from(([10, 0, 0, 1], 4000))));
        parts
    }

    #[test]
    fn the_client_cannot_choose_its_address_behind_a_proxy() {
        // The client sent "1.2.3.4"; the one trusted proxy appended the real address.
        assert_eq!(client_address(&parts(&["1.2.3.4, 203.0.113.9"]), 1), "203.0.113.9");
        assert_eq!(client_address(&parts(&["1.2.3.4", "203.0.113.9"]), 1), "203.0.113.9");
        // Two proxies: the outer one's entry is second from the right.
        assert_eq!(client_address(&parts(&["1.2.3.4, 203.0.113.9, 10.1.1.1"]), 2), "203.0.113.9");
        assert_eq!(client_address(&parts(&["203.0.113.9"]), 2), "203.0.113.9");
        // No header, or no proxy trusted: the peer.
        assert_eq!(client_address(&parts(&[]), 1), "10.0.0.1");
        assert_eq!(client_address(&parts(&["1.2.3.4"]), 0), "10.0.0.1");
    }
}
