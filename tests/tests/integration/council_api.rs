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
    make_key_for(app, name, &["export"]).await
}

/// The same, with the scopes ticked.
async fn make_key_for(app: &TestApp, name: &str, scopes: &[&str]) -> String {
    let ticked: Vec<(String, &str)> = scopes.iter().map(|s| (format!("scopes[{s}]"), "on")).collect();
    let mut form: Vec<(&str, &str)> = vec![("name", name)];
    form.extend(ticked.iter().map(|(k, v)| (k.as_str(), *v)));
    let response = app.post_form("/api/make_api_key", &form).await;
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

/// The pack as a PDF for the case record: with a `pack` key of the review's own council, in
/// either language, unsealed, nothing marked as read by the IRO, audited; refused otherwise. An
/// `export` key does not get it: the pack holds more (the child's name, their messages).
#[tokio::test]
async fn a_case_system_fetches_the_pack_as_a_pdf_with_its_own_councils_key() {
    use crate::pack::{CHILD_WORDS, MESSAGE_WORDS, PARENT_WORDS};
    let app = spawn_app().await;
    let (review, _, _) = review_with_voices(&app).await;
    let pdf = format!("/api/v1/reviews/{review}/pack.pdf");
    app.sign_in_as("admin@dyffryn.example").await;
    let key = make_key_for(&app, "Mosaic, live", &["pack"]).await;
    let export_only = make_key(&app, "Export only").await;

    for (presented, status) in [(None, 401), (Some(export_only.as_str()), 403)] {
        let (got, body) = call(&app, &pdf, presented).await;
        assert_eq!(got, status, "{body}");
        assert!(!body.to_string().contains("Heulwen"));
    }

    let fetch = |lang: &'static str| {
        let request = app.client.get(app.url(&format!("{pdf}{lang}"))).bearer_auth(&key);
        async move { request.send().await.expect("GET") }
    };
    let response = fetch("").await;
    assert_eq!(response.status(), 200);
    let header = |name: &str| response.headers().get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
    assert_eq!(header("content-type"), "application/pdf");
    assert_eq!(header("content-disposition"), format!("attachment; filename=\"pre-review-pack-{review}.pdf\""));
    let bytes = response.bytes().await.expect("pdf");
    assert!(bytes.starts_with(b"%PDF-") && !String::from_utf8_lossy(&bytes).contains("/Encrypt"), "not sealed");
    let text = plain_pdf_text(&bytes);
    let at = |needle: &str| text.find(needle).unwrap_or_else(|| panic!("the PDF has {needle:?}: {text}"));
    assert!(at("Urgent: Heulwen said they do not feel safe") < at(CHILD_WORDS), "the alert comes first");
    assert!(text.contains(MESSAGE_WORDS) && text.contains("OFFICIAL-SENSITIVE"));
    assert!(text.contains("by the API key “Mosaic, live”"), "made by the key: {text}");
    assert!(!text.contains(PARENT_WORDS), "words not sent stay their author's");

    let welsh = plain_pdf_text(&fetch("?lang=cy").await.bytes().await.expect("pdf"));
    assert!(welsh.contains("Brys: dywedodd Heulwen nad ydyn nhw'n teimlo'n ddiogel") && welsh.contains(CHILD_WORDS), "{welsh}");
    assert!(welsh.contains("gan yr allwedd API “Mosaic, live”"), "{welsh}");

    // The case system's copy is not the IRO's reading: the child is not told it was read.
    let (unread,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM child_messages WHERE read_by IS NULL").fetch_one(&app.db).await.expect("messages");
    assert_eq!(unread, 1, "nothing marked as read");
    let (read_views,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM consultations WHERE read_at IS NOT NULL").fetch_one(&app.db).await.expect("consultations");
    assert_eq!(read_views, 0, "no one's views marked as read");
    let (audited,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_events WHERE action = 'api.pack_exported' AND subject_id = $1")
        .bind(review)
        .fetch_one(&app.db)
        .await
        .expect("audit");
    assert_eq!(audited, 2);

    // Another council's key finds nothing, and its probe is on its own trail.
    app.sign_out().await;
    app.sign_in_as("admin@glannau.example").await;
    let glannau = make_key_for(&app, "Glannau case system", &["pack"]).await;
    let (status, body) = call(&app, &pdf, Some(&glannau)).await;
    assert_eq!((status, body["error"].as_str()), (404, Some("not_found")));
    let (probes,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM audit_events WHERE action = 'api.review_not_found' AND subject_id = $1
         AND authority_id = (SELECT id FROM authorities WHERE slug = 'glannau')",
    )
    .bind(review)
    .fetch_one(&app.db)
    .await
    .expect("audit");
    assert_eq!(probes, 1, "the probe is on Glannau's own trail");
    let (status, _) = call(&app, "/api/v1/reviews/not-a-number/pack.pdf", Some(&glannau)).await;
    assert_eq!(status, 404);
}

/// Every page's text of an unsealed PDF, as a PDF reader would show it.
fn plain_pdf_text(bytes: &[u8]) -> String {
    heard_tests::pdf::pdf_text(bytes, "").expect("a PDF")
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
    for path in ["/api/v1/reviews/{id}/export", "/api/v1/reviews/{id}/pack.pdf"] {
        let get = &document["paths"][path]["get"];
        for code in ["200", "401", "403", "404", "429", "503"] {
            assert!(get["responses"].get(code).is_some(), "{path}: {code} is described");
        }
    }
    assert_eq!(document["components"]["schemas"]["ReviewExport"]["$ref"], app::features::export::SCHEMA_PATH);
    assert!(
        document["paths"]["/api/v1/children/{case_reference}/next-review"]["put"]["responses"]["422"].is_object(),
        "bookings are described"
    );
}

async fn put_child(app: &TestApp, reference: &str, key: &str, body: &str) -> (u16, serde_json::Value) {
    put_json(app, &format!("/api/v1/children/{reference}"), key, body).await
}

/// A case system's PUT of a JSON body with its key: the status and the JSON answer.
async fn put_json(app: &TestApp, path: &str, key: &str, body: &str) -> (u16, serde_json::Value) {
    let response = app
        .client
        .put(app.url(path))
        .bearer_auth(key)
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await
        .expect("PUT");
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(serde_json::Value::Null))
}

async fn children_with_reference(app: &TestApp, reference: &str) -> Vec<(i64, i64, String)> {
    sqlx::query_as("SELECT id, authority_id, preferred_name FROM children WHERE case_reference = $1 ORDER BY id")
        .bind(reference)
        .fetch_all(&app.db)
        .await
        .expect("children")
}

/// A case system adds and updates children by case reference, by the import's rules, with a key
/// that may; every problem is named by column and nothing half-saved.
#[tokio::test]
async fn a_case_system_adds_and_updates_children_by_the_imports_rules() {
    let app = spawn_app().await;
    app.sign_in_as("admin@dyffryn.example").await;
    let key = make_key_for(&app, "Mosaic, children", &["children"]).await;
    let export_only = make_key(&app, "Mosaic, export").await;
    let row = r#"{"preferred_name": "Elis", "full_name": "Elis Wyn Prys", "date_of_birth": "14/03/2014",
                  "language": "Cymraeg", "legal_basis": "care_order", "looked_after_since": "2023-05-02",
                  "iro_email": "iro@dyffryn.example", "parent1_name": "Non", "parent1_email": "non@example.org"}"#;

    // A key without the scope: 403, and nothing saved.
    let (status, body) = put_child(&app, "MOS-7001", &export_only, row).await;
    assert_eq!((status, body["error"].as_str()), (403, Some("forbidden")));
    assert!(children_with_reference(&app, "MOS-7001").await.is_empty());

    // Added, then updated in place: never a second child.
    let (status, body) = put_child(&app, "MOS-7001", &key, row).await;
    assert_eq!(status, 201, "{body}");
    assert_eq!((body["added"].as_bool(), body["case_reference"].as_str()), (Some(true), Some("MOS-7001")));
    let renamed = row.replace("\"Elis\"", "\"Eli\"");
    let (status, body) = put_child(&app, "MOS-7001", &key, &renamed).await;
    assert_eq!((status, body["added"].as_bool()), (200, Some(false)), "{body}");
    let stored = children_with_reference(&app, "MOS-7001").await;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].2, "Eli");
    let (contacts,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM child_contacts WHERE child_id = $1")
        .bind(stored[0].0)
        .fetch_one(&app.db)
        .await
        .expect("contacts");
    assert_eq!(contacts, 1, "the parent came with the child");
    let (audited,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_events WHERE action IN ('api.child_added', 'api.child_updated')")
        .fetch_one(&app.db)
        .await
        .expect("audit");
    assert_eq!(audited, 2);

    // Every problem at once, by column; nothing saved.
    let bad = r#"{"preferred_name": "", "full_name": "Someone", "date_of_birth": "31/02/2014", "language": "cy",
                  "legal_basis": "care_order", "looked_after_since": "2023-05-02", "iro_email": "nobody@dyffryn.example",
                  "shoe_size": "4", "case_reference": "MOS-7001"}"#;
    let (status, body) = put_child(&app, "MOS-7002", &key, bad).await;
    assert_eq!((status, body["error"].as_str()), (422, Some("invalid")), "{body}");
    let text = body["problems"].to_string();
    for named in ["shoe_size", "case_reference"] {
        assert!(text.contains(named), "{named} is named: {text}");
    }
    let bad = bad.replace(r#""shoe_size": "4", "case_reference": "MOS-7001""#, r#""placement_type": ["a list"]"#);
    let (status, body) = put_child(&app, "MOS-7002", &key, &bad).await;
    assert_eq!(status, 422, "{body}");
    let fields: Vec<&str> = body["problems"].as_array().expect("problems").iter().filter_map(|p| p["field"].as_str()).collect();
    assert!(fields.contains(&"placement_type"), "{fields:?}");
    let bad = bad.replace(r#""placement_type": ["a list"]"#, r#""placement_type": "Foster care""#);
    let (status, body) = put_child(&app, "MOS-7002", &key, &bad).await;
    assert_eq!(status, 422, "{body}");
    let fields: Vec<&str> = body["problems"].as_array().expect("problems").iter().filter_map(|p| p["field"].as_str()).collect();
    for field in ["preferred_name", "date_of_birth", "iro_email"] {
        assert!(fields.contains(&field), "{field} in {fields:?}");
    }
    assert!(children_with_reference(&app, "MOS-7002").await.is_empty(), "nothing half-saved");
    let (status, body) = put_child(&app, "MOS-7002", &key, "not json").await;
    assert_eq!((status, body["error"].as_str()), (400, Some("bad_json")));
    let huge = format!(r#"{{"communication_needs": "{}"}}"#, "a".repeat(70 * 1024));
    let (status, body) = put_child(&app, "MOS-7002", &key, &huge).await;
    assert_eq!((status, body["error"].as_str()), (413, Some("too_large")));

    // Two calls adding one new child at the same moment: one child, both calls answered.
    let twice = renamed.replace("\"Eli\"", "\"Twm\"");
    let (first, second) = tokio::join!(put_child(&app, "MOS-7003", &key, &twice), put_child(&app, "MOS-7003", &key, &twice));
    let mut statuses = [first.0, second.0];
    statuses.sort();
    assert_eq!(statuses, [200, 201], "{first:?} {second:?}");
    assert_eq!(children_with_reference(&app, "MOS-7003").await.len(), 1);

    // Another council's key with the same reference adds a child of its own; Dyffryn's is untouched.
    app.sign_out().await;
    app.sign_in_as("admin@glannau.example").await;
    let glannau = make_key_for(&app, "Glannau children", &["children"]).await;
    let row_for_glannau = renamed.replace("iro@dyffryn.example", "");
    let (status, body) = put_child(&app, "MOS-7001", &glannau, &row_for_glannau.replace("\"Eli\"", "\"Other\"")).await;
    assert_eq!((status, body["added"].as_bool()), (201, Some(true)), "{body}");
    let stored = children_with_reference(&app, "MOS-7001").await;
    assert_eq!(stored.len(), 2);
    assert_ne!(stored[0].1, stored[1].1, "one child in each council");
    assert_eq!(stored[0].2, "Eli", "Dyffryn's child is as it was");

    // The OpenAPI document describes the call.
    let openapi: serde_json::Value = app.get(app::features::council_api::OPENAPI_PATH).await.json().await.expect("openapi");
    assert!(openapi["paths"]["/api/v1/children/{case_reference}"]["put"].is_object());
}

async fn put_next_review(app: &TestApp, reference: &str, key: &str, body: &str) -> (u16, serde_json::Value) {
    put_json(app, &format!("/api/v1/children/{reference}/next-review"), key, body).await
}

#[tokio::test]
async fn a_case_system_books_and_changes_a_childs_next_review_by_the_booking_forms_rules() {
    use heard_tests::{form_date, plain_thursday_after, today};
    let app = spawn_app().await;
    app.sign_in_as("admin@dyffryn.example").await;
    let key = make_key_for(&app, "Mosaic, bookings", &["children", "reviews"]).await;
    let children_only = make_key_for(&app, "Mosaic, children", &["children"]).await;
    let since = form_date(today() - time::Duration::days(5));
    let row = format!(
        r#"{{"preferred_name": "Gwen", "full_name": "Gwen Parry", "date_of_birth": "2013-02-01", "language": "cy",
                          "legal_basis": "care_order", "looked_after_since": "{since}"}}"#
    );
    assert_eq!(put_child(&app, "MOS-8001", &key, &row).await.0, 201);
    let day = form_date(plain_thursday_after(today(), 7));
    let booking = format!(
        r#"{{"meeting_on": "{day}", "meeting_at": "10:00", "arrangement": "in_person", "arrangement_details": "Room 2, Civic Centre"}}"#
    );
    let reviews = |app: &TestApp| {
        let db = app.db.clone();
        async move {
            let found: Vec<(i64, String, String)> = sqlx::query_as(
                "SELECT r.id, r.meeting_on, r.status FROM reviews r JOIN children c ON c.id = r.child_id WHERE c.case_reference = 'MOS-8001'",
            )
            .fetch_all(&db)
            .await
            .expect("reviews");
            found
        }
    };

    // Refused without the scope, for a child this council does not have, and for a body that
    // is not the booking's fields.
    assert_eq!(put_next_review(&app, "MOS-8001", &children_only, &booking).await.0, 403);
    assert_eq!(put_next_review(&app, "MOS-9999", &key, &booking).await.0, 404);
    let (status, body) = put_next_review(&app, "MOS-8001", &key, r#"{"meeting_on": "2027-01-01", "room": "2"}"#).await;
    assert_eq!((status, body["error"].as_str()), (400, Some("bad_json")));

    // Every problem at once, by field, and nothing saved.
    let wrong = r#"{"meeting_on": "2020-01-01", "meeting_at": "25:00", "arrangement": "zoom", "arrangement_details": ""}"#;
    let (status, body) = put_next_review(&app, "MOS-8001", &key, wrong).await;
    assert_eq!(status, 422, "{body}");
    let fields: Vec<&str> = body["problems"].as_array().expect("problems").iter().filter_map(|p| p["field"].as_str()).collect();
    for field in ["meeting_on", "meeting_at", "arrangement", "arrangement_details"] {
        assert!(fields.contains(&field), "{field} in {body}");
    }
    assert!(reviews(&app).await.is_empty(), "nothing booked");

    // Booked, then changed in place (lower-case reference as a case system may send it).
    let (status, body) = put_next_review(&app, "mos-8001", &key, &booking).await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(body["booked"].as_bool(), Some(true));
    let booked = reviews(&app).await;
    assert_eq!(booked.len(), 1);
    assert_eq!(
        (booked[0].0, booked[0].1.as_str(), booked[0].2.as_str()),
        (body["review_id"].as_i64().expect("id"), day.as_str(), "booked")
    );
    let later = form_date(plain_thursday_after(today(), 8));
    let (status, body) = put_next_review(&app, "MOS-8001", &key, &booking.replace(&day, &later)).await;
    assert_eq!((status, body["booked"].as_bool()), (200, Some(false)), "{body}");
    let changed = reviews(&app).await;
    assert_eq!((changed.len(), changed[0].1.as_str()), (1, later.as_str()), "the same review, moved");
    let (audited,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM audit_events WHERE action IN ('api.review_booked', 'api.review_changed')")
            .fetch_one(&app.db)
            .await
            .expect("audit");
    assert_eq!(audited, 2);

    // Another council's key finds no such child.
    let glannau = app.another_browser();
    glannau.sign_in_as("admin@glannau.example").await;
    let theirs = make_key_for(&glannau, "Glannau bookings", &["reviews"]).await;
    assert_eq!(put_next_review(&glannau, "MOS-8001", &theirs, &booking).await.0, 404);
    assert_eq!(reviews(&app).await[0].1, later, "unchanged by another council");
}
