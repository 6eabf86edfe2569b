//! Council sign-in's settings and the way out to the provider and back, around a provider's
//! published OpenID configuration on loopback. (The whole journey through a real provider,
//! with its refusals, is the browser test `council-sign-in.test.mjs`.) Only admins set it, for
//! their own council; a domain belongs to one council; the secret is sealed; starting sends the
//! browser on with PKCE, a nonce, a state and the address as a hint; a way back that was not
//! started on this browser, or carries another state, signs nobody in and is audited.

use heard_tests::{location, spawn_app, TestApp};

const ADMIN: &str = "admin@dyffryn.example";
const SECRET: &str = "a-client-secret-from-entra-0123456789";

/// A provider's discovery document and (empty) key set on loopback: enough to be saved, not
/// to sign anyone in. Returns its issuer.
async fn published_configuration() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let issuer = format!("http://{}", listener.local_addr().expect("address"));
    let document = serde_json::json!({
        "issuer": issuer,
        "authorization_endpoint": format!("{issuer}/auth"),
        "token_endpoint": format!("{issuer}/token"),
        "jwks_uri": format!("{issuer}/jwks"),
        "response_types_supported": ["code"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"],
    });
    let app = axum::Router::new()
        .route("/.well-known/openid-configuration", axum::routing::get(move || async move { axum::Json(document) }))
        .route("/jwks", axum::routing::get(|| async { axum::Json(serde_json::json!({ "keys": [] })) }));
    tokio::spawn(async move { axum::serve(listener, app).await });
    issuer
}

async fn save(app: &TestApp, issuer: &str, secret: &str, domain: &str) -> reqwest::Response {
    app.post_form(
        "/api/set_council_sign_in",
        &[("action", "save"), ("issuer", issuer), ("client_id", "heard-client"), ("client_secret", secret), ("email_domain", domain)],
    )
    .await
}

#[tokio::test]
async fn an_admin_sets_council_sign_in_for_their_council_only() {
    let app = spawn_app().await;
    let issuer = published_configuration().await;

    // Not an admin: the page and the form are not there.
    let iro = app.another_browser();
    iro.sign_in_as("iro@dyffryn.example").await;
    let (_, page) = iro.get_text("/staff/admin/sign-in").await;
    assert!(page.contains("We could not find that.") && !page.contains("client_secret"), "not an IRO's page");
    let refused = save(&iro, &issuer, SECRET, "dyffryn.example").await;
    assert!(refused.status() == 404 || location(&refused) == "/staff/admin/sign-in", "{}", refused.status());
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM council_sign_in").fetch_one(&app.db).await.expect("count");
    assert_eq!(count, 0, "an IRO set nothing");

    app.sign_in_as(ADMIN).await;
    let (status, page) = app.get_text("/staff/admin/sign-in").await;
    assert_eq!(status, 200);
    assert!(page.contains("Council sign-in is off") && page.contains("/api/sign_in/council/back"), "off, and the address to register");

    // Every mistake at once, nothing saved; then an issuer with no configuration.
    assert_eq!(location(&save(&app, "ftp://nowhere", "", "not a domain").await), "/staff/admin/sign-in");
    let (_, page) = app.get_text("/staff/admin/sign-in").await;
    for expected in ["Enter the issuer&#x27;s address", "Enter the client secret", "Enter a domain like"] {
        assert!(page.contains(expected) || page.contains(&expected.replace("&#x27;", "'")), "{expected}");
    }
    save(&app, "http://127.0.0.1:9", SECRET, "dyffryn.example").await;
    let (_, page) = app.get_text("/staff/admin/sign-in").await;
    assert!(page.contains("Heard could not read an OpenID configuration at this issuer"));

    // Saved: the secret sealed, the change audited.
    assert_eq!(location(&save(&app, &issuer, SECRET, "@Dyffryn.Example").await), "/staff/admin/sign-in");
    let (_, page) = app.get_text("/staff/admin/sign-in").await;
    assert!(page.contains("Staff at dyffryn.example can use it now"), "saved");
    assert!(!page.contains(SECRET), "the secret is never shown");
    let (sealed, domain): (String, String) =
        sqlx::query_as("SELECT sealed_secret, email_domain FROM council_sign_in").fetch_one(&app.db).await.expect("saved");
    assert!(sealed.starts_with("v1.") && !sealed.contains(SECRET), "sealed");
    assert_eq!(domain, "dyffryn.example");
    assert_eq!(app.audit_count("council_sign_in.on", "").await, 1);

    // Saving again with the secret left empty keeps it.
    save(&app, &issuer, "", "dyffryn.example").await;
    let (_, page) = app.get_text("/staff/admin/sign-in").await;
    assert!(page.contains("Staff at dyffryn.example can use it now"), "kept");
    assert_eq!(app.audit_count("council_sign_in.changed", "").await, 1);

    // Another council: sees its own (off), and cannot take the domain.
    let other = app.another_browser();
    other.sign_in_as("admin@glannau.example").await;
    let (_, page) = other.get_text("/staff/admin/sign-in").await;
    assert!(page.contains("Council sign-in is off") && !page.contains(&issuer), "another council's settings are not shown");
    save(&other, &issuer, SECRET, "dyffryn.example").await;
    let (_, page) = other.get_text("/staff/admin/sign-in").await;
    assert!(page.contains("Another council uses this domain"), "a domain is one council's");
    let turned_off = other.post_form("/api/set_council_sign_in", &[("action", "turn_off")]).await;
    assert_eq!(location(&turned_off), "/staff/admin/sign-in");
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM council_sign_in").fetch_one(&app.db).await.expect("count");
    assert_eq!(count, 1, "another council's admin turned off nothing of Dyffryn's");

    app.post_form("/api/set_council_sign_in", &[("action", "turn_off")]).await;
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM council_sign_in").fetch_one(&app.db).await.expect("count");
    assert_eq!(count, 0);
    assert_eq!(app.audit_count("council_sign_in.off", "").await, 1);
}

#[tokio::test]
async fn starting_sends_the_browser_on_with_pkce_and_a_way_back_works_only_as_started() {
    let app = spawn_app().await;
    let issuer = published_configuration().await;
    let admin = app.another_browser();
    admin.sign_in_as(ADMIN).await;
    save(&admin, &issuer, SECRET, "dyffryn.example").await;

    // An address no council signs in is told so beside the field.
    let visitor = app.another_browser();
    let answer = visitor.post_form("/api/sign_in/council", &[("council_email", "someone@elsewhere.example")]).await;
    assert_eq!(location(&answer), "/sign-in");
    let (_, page) = visitor.get_text("/sign-in").await;
    assert!(page.contains("Your council has not set up council sign-in for this address"));
    assert!(page.contains("value=\"someone@elsewhere.example\""), "what was typed is kept");

    // A way back that nothing on this browser started signs nobody in.
    let stray = visitor.get("/api/sign_in/council/back?code=abc&state=xyz").await;
    assert_eq!(location(&stray), "/sign-in");
    let (_, page) = visitor.get_text("/sign-in").await;
    assert!(page.contains("That sign-in has expired or was used already"));

    // Started: on to the provider, with everything the code flow with PKCE needs.
    let answer = visitor.post_form("/api/sign_in/council", &[("council_email", "IRO@dyffryn.example")]).await;
    assert_eq!(location(&answer), "/sign-in/council");
    let (status, page) = visitor.get_text("/sign-in/council").await;
    assert_eq!(status, 200);
    let start = page.find(&format!("{issuer}/auth?")).expect("the provider's address is on the page");
    let address = page[start..].split('"').next().expect("address").replace("&amp;", "&");
    let url = reqwest::Url::parse(&address).expect("url");
    let query: std::collections::HashMap<String, String> = url.query_pairs().into_owned().collect();
    assert_eq!(query.get("response_type").map(String::as_str), Some("code"));
    assert_eq!(query.get("client_id").map(String::as_str), Some("heard-client"));
    assert_eq!(query.get("code_challenge_method").map(String::as_str), Some("S256"));
    assert_eq!(query.get("login_hint").map(String::as_str), Some("iro@dyffryn.example"));
    assert!(query.get("redirect_uri").is_some_and(|r| r.ends_with("/api/sign_in/council/back")));
    assert!(query.get("scope").is_some_and(|s| s.split(' ').any(|x| x == "openid") && s.contains("email")));
    for needed in ["state", "nonce", "code_challenge"] {
        assert!(query.get(needed).is_some_and(|v| v.len() >= 20), "{needed}");
    }
    assert!(page.contains("http-equiv=\"refresh\""), "the page moves on by itself");

    // Another state: refused, audited with the reason only; and the start is used up.
    let wrong = visitor.get("/api/sign_in/council/back?code=abc&state=not-the-state").await;
    assert_eq!(location(&wrong), "/sign-in");
    assert_eq!(app.audit_count("staff.council_sign_in_refused", "state").await, 1);
    let (_, page) = visitor.get_text("/sign-in/council").await;
    assert!(page.contains("No council sign-in is waiting here"), "a way back is tried once");
    let right_too_late = visitor.get(&format!("/api/sign_in/council/back?code=abc&state={}", query["state"])).await;
    assert_eq!(location(&right_too_late), "/sign-in");
    assert_eq!(location(&visitor.get("/staff").await), "/sign-in", "nobody is signed in");
}
