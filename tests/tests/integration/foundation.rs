//! Foundation: pages in both languages, health, security headers, cross-site refusal.

use heard_tests::{location, spawn_app};

#[tokio::test]
async fn health_checks_the_database() {
    let app = spawn_app().await;
    let response = app.get("/health").await;
    assert_eq!(response.status(), 200);
    let body: serde_json::Value = response.json().await.expect("json");
    assert_eq!(body["database"], "ok");
}

#[tokio::test]
async fn landing_page_speaks_english_and_welsh() {
    let app = spawn_app().await;
    let (status, english) = app.get_text("/").await;
    assert_eq!(status, 200);
    assert!(english.contains(r#"<html lang="en""#), "{english}");
    assert!(english.contains("Heard helps children and young people in care say what they think."));
    assert!(english.contains("Meic"), "help now on the landing page");

    let response = app.post_form("/api/set_language", &[("lang", "cy"), ("back", "/")]).await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/");
    let cookie = response.headers().get("set-cookie").and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
    assert!(cookie.starts_with("heard_lang=cy") && cookie.contains("SameSite=Lax"), "{cookie}");

    let (_, welsh) = app.get_text("/").await;
    assert!(welsh.contains(r#"<html lang="cy""#));
    assert!(welsh.contains("Mae Clywed yn helpu plant a phobl ifanc mewn gofal"));
    assert!(!welsh.contains("Heard helps children"));
}

#[tokio::test]
async fn welsh_browsers_get_welsh_first() {
    let app = spawn_app().await;
    let body = app
        .client
        .get(app.url("/accessibility"))
        .header("accept-language", "cy-GB,cy;q=0.9,en;q=0.5")
        .send()
        .await
        .expect("GET")
        .text()
        .await
        .expect("body");
    assert!(body.contains("Datganiad hygyrchedd"));
}

#[tokio::test]
async fn language_switch_never_redirects_off_site() {
    let app = spawn_app().await;
    for back in ["//evil.example/x", "https://evil.example", "/\\evil.example"] {
        let response = app.post_form("/api/set_language", &[("lang", "en"), ("back", back)]).await;
        assert_eq!(location(&response), "/", "{back}");
    }
}

#[tokio::test]
async fn every_public_page_renders_in_both_languages() {
    let app = spawn_app().await;
    for lang in ["en", "cy"] {
        app.post_form("/api/set_language", &[("lang", lang), ("back", "/")]).await;
        for path in ["/", "/help-now", "/accessibility", "/credits", "/sign-in"] {
            let (status, body) = app.get_text(path).await;
            assert_eq!(status, 200, "{path} in {lang}");
            assert!(body.contains(&format!(r#"<html lang="{lang}""#)), "{path} in {lang}");
            assert_eq!(body.matches("<h1").count(), 1, "one heading on {path}");
            assert!(body.contains("<title>"), "{path} has a title");
            assert!(body.contains(r#"href="/help-now""#), "help now link on {path}");
        }
    }
}

#[tokio::test]
async fn unknown_pages_are_a_kind_404() {
    let app = spawn_app().await;
    let (status, body) = app.get_text("/no/such/page").await;
    assert_eq!(status, 404);
    assert!(body.contains("Page not found"));
    app.post_form("/api/set_language", &[("lang", "cy"), ("back", "/")]).await;
    let (status, body) = app.get_text("/no/such/page").await;
    assert_eq!(status, 404);
    assert!(
        body.contains("Heb ddod o hyd i'r dudalen")
            || body.contains("Heb ddod o hyd i&#39;r dudalen")
            || body.contains("Heb ddod o hyd i&#x27;r dudalen")
    );
}

#[tokio::test]
async fn responses_carry_strict_security_headers() {
    let app = spawn_app().await;
    // A page made per request (the kept public pages are below).
    let response = app.get("/sign-in").await;
    let header = |name: &str| response.headers().get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
    let csp = header("content-security-policy");
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert!(csp.contains("object-src 'none'"));
    assert!(!csp.contains("unsafe-inline"));
    assert_eq!(header("x-content-type-options"), "nosniff");
    assert_eq!(header("referrer-policy"), "same-origin");
    assert_eq!(header("x-frame-options"), "DENY");
    assert_eq!(header("cache-control"), "no-store");

    // Every inline script carries this response's nonce.
    let nonce = csp.split("'nonce-").nth(1).and_then(|rest| rest.split('\'').next()).expect("nonce in CSP").to_string();
    let body = response.text().await.expect("body");
    let scripts = body.matches("<script").count();
    assert!(scripts >= 1);
    assert_eq!(body.matches(&format!(r#"nonce="{nonce}""#)).count(), scripts, "{body}");
}

/// A file is not a page: a short policy under which nothing runs, and none of the headers only
/// a page uses, so the many files of a screen stay light. A missing file's not-found page is
/// still a page, with a page's policy.
#[tokio::test]
async fn files_carry_a_short_policy_under_which_nothing_runs() {
    let app = spawn_app_with_site().await;
    let response = app.get("/favicon.svg").await;
    assert_eq!(response.status(), 200);
    let header = |name: &str| response.headers().get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
    let csp = header("content-security-policy");
    assert!(csp.starts_with("default-src 'none';") && csp.contains("sandbox") && csp.contains("frame-ancestors 'none'"), "{csp}");
    assert!(!csp.contains("nonce") && !csp.contains("script-src") && !csp.contains("allow-scripts"), "no script allowed: {csp}");
    assert!(csp.contains("media-src 'self'"), "a clip opened on its own still plays: {csp}");
    assert_eq!(header("x-content-type-options"), "nosniff");
    assert_eq!(header("cross-origin-resource-policy"), "same-origin");
    for page_only in ["permissions-policy", "referrer-policy", "cross-origin-opener-policy"] {
        assert_eq!(header(page_only), "", "{page_only} is a page's header");
    }

    let missing = app.get("/symbols/no-such-symbol.svg").await;
    assert_eq!(missing.status(), 404);
    let csp = missing.headers().get("content-security-policy").and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
    assert!(csp.contains("'nonce-") && csp.contains("style-src 'self'"), "the not-found page keeps a page's policy: {csp}");
}

#[tokio::test]
async fn nonces_differ_per_response() {
    let app = spawn_app().await;
    let a = app.get("/sign-in").await.headers().get("content-security-policy").cloned();
    let b = app.get("/sign-in").await.headers().get("content-security-policy").cloned();
    assert_ne!(a, b);
}

/// The CSP source of an inline script's text, worked out here as a browser does.
fn sha256_source(text: &str) -> String {
    use base64::Engine;
    use sha2::Digest;
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(text.as_bytes())))
}

/// The public pages are the same for everyone without a session, so each is made once per
/// language and kept: sent as kept (compressed once), its inline script allowed by its hash
/// rather than a nonce. Someone with a session still gets a page made for them.
#[tokio::test]
async fn public_pages_are_kept_per_language_and_allow_their_scripts_by_hash() {
    let app = spawn_app().await;
    let stranger = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client");
    let get = |path: &str, headers: &[(&str, &str)]| {
        let mut request = stranger.get(app.url(path));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        async move { request.send().await.expect("GET") }
    };
    for path in ["/", "/start", "/help-now", "/accessibility", "/credits"] {
        let first = get(path, &[]).await;
        assert_eq!(first.status(), 200, "{path}");
        let csp = first.headers()["content-security-policy"].to_str().expect("csp").to_string();
        assert!(first.headers().get("set-cookie").is_none(), "{path} sets no cookie");
        let body = first.text().await.expect("body");
        // Every inline script (the hydration loader among them) by its hash, and nothing else.
        let inline: Vec<String> = body
            .split("<script")
            .skip(1)
            .filter_map(|rest| {
                let (tag, after) = rest.split_once('>')?;
                (!tag.contains("src=")).then(|| sha256_source(after.split("</script>").next().unwrap_or_default()))
            })
            .collect();
        assert!(body.contains("<script type=\"module\""), "{path} has the hydration loader");
        assert!(!csp.contains("'nonce-"), "{path}: no nonce for a page sent to many: {csp}");
        assert!(csp.contains(&format!("script-src 'self' {} 'wasm-unsafe-eval'", inline.join(" "))), "{path}: {inline:?} {csp}");
        assert!(csp.contains("style-src 'self'; "), "{path}: no inline styles: {csp}");
        assert!(!csp.contains("unsafe-inline") && csp.contains("frame-ancestors 'none'"));

        let again = get(path, &[]).await;
        assert_eq!(again.headers()["cache-control"], "no-store", "kept by Heard, never by a browser or proxy");
        assert_eq!(again.text().await.expect("body"), body, "{path}: the same page");

        // Compressed once, for browsers that take brotli or gzip.
        let brotli = get(path, &[("accept-encoding", "gzip, br")]).await;
        assert_eq!(brotli.headers()["content-encoding"], "br");
        let mut unpacked = Vec::new();
        brotli::BrotliDecompress(&mut &brotli.bytes().await.expect("bytes")[..], &mut unpacked).expect("brotli");
        assert_eq!(String::from_utf8(unpacked).expect("utf-8"), body);
        let gzip = get(path, &[("accept-encoding", "gzip, br;q=0")]).await;
        assert_eq!(gzip.headers()["content-encoding"], "gzip");
    }

    // Each language is its own page.
    let welsh = get("/", &[("cookie", "heard_lang=cy")]).await.text().await.expect("body");
    assert!(welsh.contains(r#"<html lang="cy""#) && welsh.contains("Mae Clywed yn helpu plant"));
    let welsh_browser = get("/", &[("accept-language", "cy")]).await.text().await.expect("body");
    assert_eq!(welsh_browser, welsh);
    assert!(get("/", &[]).await.text().await.expect("body").contains(r#"<html lang="en""#));

    // With a session, the page is made for that person, with its own nonce.
    app.sign_in_as("support@dyffryn.example").await;
    let response = app.get("/").await;
    let csp = response.headers()["content-security-policy"].to_str().expect("csp").to_string();
    assert!(csp.contains("'nonce-") && !csp.contains("'sha256-"), "{csp}");
    // A query is passed on too (the start page reads `?again`).
    let csp = get("/start?again=1", &[]).await.headers()["content-security-policy"].to_str().expect("csp").to_string();
    assert!(csp.contains("'nonce-"), "{csp}");
}

#[tokio::test]
async fn cross_site_changes_are_refused() {
    let app = spawn_app().await;
    let from_elsewhere = app
        .client
        .post(app.url("/api/set_language"))
        .header("origin", "https://evil.example")
        .form(&[("lang", "cy"), ("back", "/")])
        .send()
        .await
        .expect("POST");
    assert_eq!(from_elsewhere.status(), 403);
    assert!(from_elsewhere.headers().get("set-cookie").is_none());

    let cross_site_fetch = app
        .client
        .post(app.url("/api/sign_in"))
        .header("sec-fetch-site", "cross-site")
        .form(&[("email", "iro@dyffryn.example"), ("password", heard_tests::DEMO_PASSWORD)])
        .send()
        .await
        .expect("POST");
    assert_eq!(cross_site_fetch.status(), 403);
    assert_eq!(app.get("/staff").await.status(), 303, "the refused sign-in did not sign in");

    // The same host on another scheme or port is another site, whatever the Host header says.
    let port = app.address.rsplit(':').next().expect("port").to_string();
    for origin in [format!("https://127.0.0.1:{port}"), "http://127.0.0.1:1".to_string(), "http://localhost.evil.example".to_string()] {
        let response = app
            .client
            .post(app.url("/api/set_language"))
            .header("origin", &origin)
            .header("host", format!("127.0.0.1:{port}"))
            .form(&[("lang", "cy"), ("back", "/")])
            .send()
            .await
            .expect("POST");
        assert_eq!(response.status(), 403, "{origin}");
    }
}

#[tokio::test]
async fn behind_a_proxy_a_forged_forwarded_address_does_not_reset_the_code_limit() {
    let app = heard_tests::spawn_app_with(&[("HEARD_TRUST_PROXY", "1")]).await;
    let visitor = heard_tests::new_client();
    // Each try claims to come from somewhere new; the proxy appended the real address last.
    for n in 0..11 {
        visitor
            .post(app.url("/api/enter_code"))
            .header("origin", &app.address)
            .header("x-forwarded-for", format!("198.51.100.{n}, 203.0.113.7"))
            .form(&[("code", "ACDEF-GHJKM")])
            .send()
            .await
            .expect("POST");
    }
    let page = visitor.get(app.url("/start")).send().await.expect("GET").text().await.expect("body");
    assert!(page.contains("Too many tries."), "{page}");
}

#[tokio::test]
async fn static_files_are_served_with_the_symbols() {
    let app = spawn_app_with_site().await;
    let response = app.get("/favicon.svg").await;
    assert_eq!(response.status(), 200);
    assert!(response.headers().get("cache-control").and_then(|v| v.to_str().ok()).unwrap_or_default().contains("max-age"));
}

async fn spawn_app_with_site() -> heard_tests::TestApp {
    // A site root as cargo-leptos makes it: the public folder's files beside a pkg folder.
    let (_, dir) = heard_tests::fresh_place().await;
    let site = dir.join("site");
    std::fs::create_dir_all(site.join("pkg")).expect("pkg");
    let public = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../public");
    std::fs::copy(public.join("favicon.svg"), site.join("favicon.svg")).expect("favicon");
    heard_tests::spawn_app_with(&[("HEARD_SITE_ROOT", &site.display().to_string())]).await
}
