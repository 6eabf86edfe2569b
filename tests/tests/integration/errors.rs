//! One error path: a busy database, a malformed form post and a refusal each get their own
//! honest answer (503 with a calm page, 400 in the person's language, 401/403/404), and no
//! database or framework text reaches the browser.

use heard_tests::{spawn_app, today, Engine, TestApp};
use time::Duration;

/// Words that would mean internal text got out.
const INTERNAL: [&str; 6] = ["database", "locked", "sqlx", "Args|", "missing field", "internal error"];

fn assert_calm(status: u16, body: &str, expected_status: u16, expected_words: &str) {
    assert_eq!(status, expected_status, "{body}");
    assert!(body.contains(expected_words), "{body}");
    for word in INTERNAL {
        assert!(!body.contains(word), "{word} reached the browser: {body}");
    }
}

/// Holds the database's write lock (SQLite) or the audit table (PostgreSQL) until dropped.
struct Lock {
    _conn: sqlx::pool::PoolConnection<sqlx::Any>,
}

async fn hold_writes(app: &TestApp) -> Lock {
    let mut conn = app.db.acquire().await.expect("connection");
    match app.engine {
        Engine::Sqlite => sqlx::raw_sql("BEGIN IMMEDIATE").execute(&mut *conn).await.expect("write lock"),
        Engine::Postgres => {
            sqlx::raw_sql("BEGIN; LOCK TABLE audit_events, sessions, consultations, answers, api_keys, staff_two_step IN EXCLUSIVE MODE")
                .execute(&mut *conn)
                .await
                .expect("lock")
        }
    };
    Lock { _conn: conn }
}

impl Lock {
    async fn release(mut self) {
        sqlx::raw_sql("ROLLBACK").execute(&mut *self._conn).await.expect("release");
    }
}

#[tokio::test]
async fn a_busy_database_gets_a_calm_try_again_never_not_found_or_the_start() {
    let app = spawn_app().await;
    app.sign_in_as("support@dyffryn.example").await;
    let child = app.add_child("Bethan", today() - Duration::days(5)).await;
    let review = app.booked_review(child, today() + Duration::days(20)).await;
    app.allocate_iro(review, "iro@dyffryn.example").await;
    let (kid, _, _) = app.invitee(review, "child", "Bethan").await;
    kid.post("/api/set_secret", &[("kind", "pictures"), ("a[pic_cat]", "on"), ("a[pic_sun]", "on"), ("a[pic_tree]", "on")]).await;
    app.sign_out().await;
    app.sign_in_as("iro@dyffryn.example").await;

    let lock = hold_writes(&app).await;
    // The IRO opens the pack (which records the opening): busy, not "not found".
    let response = app.get(&format!("/staff/reviews/{review}/pack")).await;
    assert_eq!(response.headers().get("retry-after").and_then(|v| v.to_str().ok()), Some("5"));
    let (status, body) = (response.status().as_u16(), response.text().await.expect("body"));
    assert_calm(status, &body, 503, "Heard is busy for a moment.");
    assert!(!body.contains("We could not find that."));
    // A child's answer while the database is held: a calm page, not the start.
    let saved =
        heard_tests::browser_post(&kid.client, &kid.address, "/api/save_step", &[("step", "1"), ("go", "next"), ("a[feel_now]", "happy")])
            .await;
    assert_ne!(heard_tests::location(&saved), "/start");
    let (status, body) = (saved.status().as_u16(), saved.text().await.expect("body"));
    assert_calm(status, &body, 503, "Nothing you sent was lost.");
    lock.release().await;

    // Afterwards everything works again, and the child is still signed in.
    let (status, _) = app.get_text(&format!("/staff/reviews/{review}/pack")).await;
    assert_eq!(status, 200);
    let landed = kid.post("/api/save_step", &[("step", "1"), ("go", "next"), ("a[feel_now]", "happy")]).await;
    assert!(landed.starts_with("/form/screen/"), "{landed}");
}

/// A case system's call and the sign-in code step while the database is held: a calm "try
/// again" (JSON for the API, a page for the person), nothing saved, and the code not used up.
#[tokio::test]
async fn a_busy_database_gets_the_api_and_the_code_step_a_calm_try_again() {
    let app = spawn_app().await;
    let admin = "admin@dyffryn.example";
    app.sign_in_as(admin).await;
    app.post_form("/api/make_api_key", &[("name", "Busy system"), ("scopes[children]", "on")]).await;
    let (_, page) = app.get_text("/staff/admin/api-keys").await;
    let marker = "<code class=\"break-words\">";
    let start = page.find(&format!("{marker}heard_")).expect("the key is shown") + marker.len();
    let key: String = page[start..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect();
    app.sign_out().await;
    assert_eq!(heard_tests::location(&app.sign_in(admin, heard_tests::DEMO_PASSWORD).await), "/sign-in/code");
    let code = app.authenticator_code(admin).await;
    let row = r#"{"preferred_name": "Seren", "full_name": "Seren Ellis", "date_of_birth": "2014-04-04", "language": "cy",
                  "legal_basis": "care_order", "looked_after_since": "2024-01-10"}"#;
    let put = || app.client.put(app.url("/api/v1/children/BUSY-1")).bearer_auth(&key).body(row.to_string()).send();

    let lock = hold_writes(&app).await;
    let response = put().await.expect("PUT");
    assert_eq!(response.status().as_u16(), 503);
    assert_eq!(response.headers().get("retry-after").and_then(|v| v.to_str().ok()), Some("5"));
    let body: serde_json::Value = response.json().await.expect("JSON, not a page");
    assert_eq!(body["error"], "busy");
    let response = app.post_form("/api/sign_in/code", &[("code", &code)]).await;
    let (status, body) = (response.status().as_u16(), response.text().await.expect("body"));
    assert_calm(status, &body, 503, "Heard is busy for a moment.");
    lock.release().await;

    let (saved,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM children WHERE case_reference = 'BUSY-1'").fetch_one(&app.db).await.expect("count");
    assert_eq!(saved, 0, "nothing saved while busy");
    assert_eq!(put().await.expect("PUT").status().as_u16(), 201, "the same call works afterwards");
    let response = app.post_form("/api/sign_in/code", &[("code", &code)]).await;
    assert_eq!(heard_tests::location(&response), "/staff", "the code was not used up by the busy try");
}

#[tokio::test]
async fn malformed_form_posts_get_400_in_the_persons_language() {
    let app = spawn_app().await;
    app.sign_in_as("support@dyffryn.example").await;
    let post = |path: &str, content_type: &str, body: Vec<u8>, lang: &str| {
        app.client
            .post(app.url(path))
            .header("origin", &app.address)
            .header("accept", "text/html")
            .header("content-type", content_type)
            .header("cookie", format!("heard_lang={lang}"))
            .body(body)
            .send()
    };
    let form = "application/x-www-form-urlencoded";
    for (path, content_type, body) in [
        ("/api/record_event", form, b"event=held".to_vec()), // a required field missing
        ("/api/record_event", form, b"child_id=seven&event=held".to_vec()), // not a number
        ("/api/sign_in", form, b"email=\xff\xfe&password=x".to_vec()), // not UTF-8
        ("/api/sign_in", "application/json", br#"{"email":"a"}"#.to_vec()), // not a form
    ] {
        let response = post(path, content_type, body.clone(), "en").await.expect("POST");
        let (status, text) = (response.status().as_u16(), response.text().await.expect("body"));
        assert_calm(status, &text, 400, "Heard could not read what was sent.");
        let response = post(path, content_type, body, "cy").await.expect("POST");
        let (status, text) = (response.status().as_u16(), response.text().await.expect("body"));
        assert_calm(status, &text, 400, "Nid oedd Clywed yn gallu darllen");
        assert!(text.contains("lang=\"cy\""));
    }
}

#[tokio::test]
async fn refusals_are_4xx_not_500() {
    let app = spawn_app().await;
    // Not signed in: the pack's server function refuses with 401; staff pages send to sign-in.
    let response = heard_tests::browser_post(&app.client, &app.address, "/api/pack", &[("id", "1")]).await;
    assert_eq!(response.status().as_u16(), 401);
    // Another role, or another council's record: 404, never 500.
    app.sign_in_as("manager@dyffryn.example").await;
    for path in ["/api/pack", "/api/audit_trail", "/api/cover_page", "/api/outcome_page"] {
        let response = heard_tests::browser_post(&app.client, &app.address, path, &[("id", "1")]).await;
        assert!([403, 404].contains(&response.status().as_u16()), "{path}: {}", response.status());
        let text = response.text().await.expect("body");
        assert!(!INTERNAL.iter().any(|w| text.contains(w)), "{path}: {text}");
    }
}
