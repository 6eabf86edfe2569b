//! The council API: keys made by an authority's admin, shown once and kept hashed; a call needs
//! a live key, sees only its own council, and is audited; the export it serves follows the
//! published schema; the OpenAPI document describes it.

use crate::pack::review_with_voices;
use heard_tests::{location, spawn_app, TestApp};

/// The key a page shows, in its own code block.
fn shown_key(page: &str) -> Option<String> {
    let start = page.find("<code class=\"break-words\">heard_")? + "<code class=\"break-words\">".len();
    Some(page[start..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect())
}

/// Makes a key on the keys page as an admin would, and reads it back from the page (shown once).
async fn make_key(app: &TestApp, name: &str) -> String {
    let response = app.post_form("/api/make_api_key", &[("name", name), ("scopes[export]", "on")]).await;
    assert_eq!(location(&response), "/staff/admin/api-keys");
    let (_, page) = app.get_text("/staff/admin/api-keys").await;
    let key = shown_key(&page).unwrap_or_else(|| panic!("the key is shown: {page}"));
    assert_eq!(key.len(), 49, "{key}");
    let (_, again) = app.get_text("/staff/admin/api-keys").await;
    assert!(shown_key(&again).is_none() && !again.contains(&key), "a key is shown once");
    key
}

async fn call(app: &TestApp, path: &str, key: Option<&str>) -> (u16, serde_json::Value) {
    let mut request = app.client.get(app.url(path));
    if let Some(key) = key {
        request = request.bearer_auth(key);
    }
    let response = request.send().await.expect("GET");
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(serde_json::Value::Null))
}

#[tokio::test]
async fn a_case_system_reads_a_review_with_its_own_councils_key_and_nothing_else() {
    let app = spawn_app().await;
    let (review, _, _) = review_with_voices(&app).await;
    let export = format!("/api/v1/reviews/{review}/export");

    // Only admins manage keys; a bad form says what to fix.
    app.sign_in_as("iro@dyffryn.example").await;
    let (_, page) = app.get_text("/staff/admin/api-keys").await;
    assert!(page.contains("We could not find that."), "{page}");
    app.post_form("/api/make_api_key", &[("name", "IRO's key"), ("scopes[export]", "on")]).await;
    app.sign_out().await;
    app.sign_in_as("admin@dyffryn.example").await;
    app.post_form("/api/make_api_key", &[("name", " "), ("scopes[everything]", "on")]).await;
    let (_, page) = app.get_text("/staff/admin/api-keys").await;
    assert!(page.contains("Give the key a name.") && page.contains("Choose what the key may do."), "{page}");
    let (keys,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM api_keys").fetch_one(&app.db).await.expect("count");
    assert_eq!(keys, 0);

    let key = make_key(&app, "Mosaic, live").await;
    let stored: Vec<(String, String)> = sqlx::query_as("SELECT key_hash, hint FROM api_keys").fetch_all(&app.db).await.expect("keys");
    assert_eq!(stored.len(), 1);
    assert!(stored[0].0 != key && !stored[0].0.contains(&key[6..]) && key.starts_with(&stored[0].1), "kept as a hash");

    // No key, a wrong key: 401, in JSON, saying nothing else.
    for presented in [None, Some("heard_not-a-real-key"), Some(&key[..40])] {
        let (status, body) = call(&app, &export, presented).await;
        assert_eq!((status, body["error"].as_str()), (401, Some("unauthorized")), "{presented:?}");
        assert!(!body.to_string().contains("Heulwen"));
    }

    // The right key: the export, following the published schema, and the call is audited.
    let (status, document) = call(&app, &export, Some(&key)).await;
    assert_eq!(status, 200, "{document}");
    let schema: serde_json::Value = app.get(app::features::export::SCHEMA_PATH).await.json().await.expect("the published schema");
    let validator = jsonschema::validator_for(&schema).expect("schema");
    let problems: Vec<String> = validator.iter_errors(&document).map(|e| e.to_string()).collect();
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(document["review"]["id"], review);
    let audited: Vec<(Option<i64>, String)> =
        sqlx::query_as("SELECT actor_staff_id, detail FROM audit_events WHERE action = 'api.review_exported' AND subject_id = $1")
            .bind(review)
            .fetch_all(&app.db)
            .await
            .expect("audit");
    assert_eq!(audited.len(), 1);
    assert!(audited[0].0.is_none() && audited[0].1.starts_with("api key "), "{audited:?}");
    let (status, body) = call(&app, "/api/v1/reviews/999999/export", Some(&key)).await;
    assert_eq!((status, body["error"].as_str()), (404, Some("not_found")));
    let (status, body) = call(&app, "/api/v1/reviews/not-a-number/export", Some(&key)).await;
    assert_eq!((status, body["error"].as_str()), (404, Some("not_found")), "answered in JSON, not a page");
    // The scheme's name in any case, as RFC 9110 allows.
    let lower = app.client.get(app.url(&export)).header("authorization", format!("bearer {key}")).send().await.expect("GET");
    assert_eq!(lower.status(), 200);

    // Another council's key does not find Dyffryn's review.
    app.sign_out().await;
    app.sign_in_as("admin@glannau.example").await;
    let glannau = make_key(&app, "Glannau case system").await;
    let (status, body) = call(&app, &export, Some(&glannau)).await;
    assert_eq!((status, body["error"].as_str()), (404, Some("not_found")));
    let (glannau_id,): (i64,) =
        sqlx::query_as("SELECT id FROM authorities WHERE slug = 'glannau'").fetch_one(&app.db).await.expect("glannau");
    let (probes,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM audit_events WHERE action = 'api.review_not_found' AND authority_id = $1 AND subject_id = $2")
            .bind(glannau_id)
            .bind(review)
            .fetch_one(&app.db)
            .await
            .expect("audit");
    assert_eq!(probes, 1, "a key trying another council's id shows on its own council's trail");
    // Nor can Glannau's admin revoke Dyffryn's key.
    let (dyffryn_key,): (i64,) =
        sqlx::query_as("SELECT id FROM api_keys WHERE name = 'Mosaic, live'").fetch_one(&app.db).await.expect("key");
    app.post_form("/api/api_key_action", &[("id", &dyffryn_key.to_string()), ("action", "revoke")]).await;
    assert_eq!(call(&app, &export, Some(&key)).await.0, 200, "still live");
    app.sign_out().await;

    // Replaced: the old key stops at once and the new one works; revoked: it stops for good.
    app.sign_in_as("admin@dyffryn.example").await;
    let response = app.post_form("/api/api_key_action", &[("id", &dyffryn_key.to_string()), ("action", "replace")]).await;
    assert_eq!(location(&response), "/staff/admin/api-keys");
    let (_, page) = app.get_text("/staff/admin/api-keys").await;
    let replacement = shown_key(&page).expect("the new key is shown once");
    assert_eq!(call(&app, &export, Some(&key)).await.0, 401, "the replaced key stopped");
    assert_eq!(call(&app, &export, Some(&replacement)).await.0, 200);
    let (new_id,): (i64,) =
        sqlx::query_as("SELECT id FROM api_keys WHERE name = 'Mosaic, live' AND revoked_at IS NULL").fetch_one(&app.db).await.expect("key");
    app.post_form("/api/api_key_action", &[("id", &new_id.to_string()), ("action", "revoke")]).await;
    let (_, page) = app.get_text("/staff/admin/api-keys").await;
    assert!(page.contains("The key was revoked."), "{page}");
    assert_eq!(call(&app, &export, Some(&replacement)).await.0, 401, "a revoked key stops for good");
}

/// A key gets 120 calls a minute; past that it is told to wait, in JSON with Retry-After, and
/// the first refusal of the minute goes on the trail (not every one).
#[tokio::test]
async fn a_key_is_limited_in_rate() {
    let app = spawn_app().await;
    app.sign_in_as("admin@dyffryn.example").await;
    let key = make_key(&app, "Busy system").await;
    let path = "/api/v1/reviews/999999/export";
    let calls = app::features::council_api::service::CALLS_PER_MINUTE as usize;
    // The limit counts calls within a clock minute: start early in one, so all fall inside it.
    let second = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("time").as_secs() % 60;
    if second > 40 {
        tokio::time::sleep(std::time::Duration::from_secs(61 - second)).await;
    }
    let mut statuses = Vec::new();
    for _ in 0..calls {
        statuses.push(call(&app, path, Some(&key)).await.0);
    }
    assert!(statuses.iter().all(|s| *s == 404), "within the limit: {statuses:?}");
    for _ in 0..3 {
        let response = app.client.get(app.url(path)).bearer_auth(&key).send().await.expect("GET");
        assert_eq!(response.status(), 429);
        let wait: i64 = response.headers()["retry-after"].to_str().expect("text").parse().expect("seconds");
        assert!((1..=60).contains(&wait), "{wait}");
        let body: serde_json::Value = response.json().await.expect("json");
        assert_eq!(body["error"], "too_many_requests");
    }
    let (noted,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM audit_events WHERE action = 'api.refused_rate'").fetch_one(&app.db).await.expect("audit");
    assert_eq!(noted, 1, "once a minute, not once a call");
}

#[tokio::test]
async fn the_api_is_described_by_its_openapi_document() {
    let app = spawn_app().await;
    let (status, document) = call(&app, app::features::council_api::OPENAPI_PATH, None).await;
    assert_eq!(status, 200);
    assert_eq!(document["openapi"], "3.1.0");
    let export = &document["paths"]["/api/v1/reviews/{id}/export"]["get"];
    for code in ["200", "401", "403", "404", "429", "503"] {
        assert!(export["responses"].get(code).is_some(), "{code} is described");
    }
    assert_eq!(document["components"]["schemas"]["ReviewExport"]["$ref"], app::features::export::SCHEMA_PATH);
}
