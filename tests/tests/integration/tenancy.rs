//! Tenancy, found by itself: every server function (read from the source) and every page route
//! (read from the router) is called by each role of another authority with this authority's
//! ids. None may show a word of this authority's records, answer with a server error, or
//! change any of its rows. A new endpoint is covered the day it is added.

use heard_tests::{location, spawn_app, today, Engine, TestApp};
use sqlx::{Column, Row};
use std::collections::BTreeMap;
use time::Duration;

/// What Dyffryn holds that Glannau must never see.
const SECRETS: [&str; 6] = ["Myfanwy", "Catrin", "catrin@example.org", "I am scared at night", "Iola Roberts", "iro@dyffryn.example"];

/// Dyffryn's ids of each kind, by the name an argument or a route gives them.
struct Ids(BTreeMap<&'static str, Vec<i64>>);

impl Ids {
    /// The ids an argument named `name` is tried with: its own kind's, or every kind's for a
    /// bare `id`.
    fn for_argument(&self, name: &str) -> Vec<i64> {
        // `iro_staff_id` is a staff id like `staff_id`.
        let kind = if name.ends_with("staff_id") { "staff" } else { name.strip_suffix("_id").unwrap_or(name) };
        match self.0.get(kind) {
            Some(ids) => ids.clone(),
            None if name == "id" => self.0.values().flatten().copied().collect(),
            None => Vec::new(),
        }
    }
}

/// Dyffryn's review: a child who has said she is not safe and written to her IRO, a parent
/// emailed, an outcome letter drafted, and cover granted.
async fn dyffryn(app: &TestApp) -> Ids {
    app.sign_in_as("support@dyffryn.example").await;
    let child = app.add_child("Myfanwy", today() - Duration::days(5)).await;
    let review = app.booked_review(child, today() + Duration::days(6)).await;
    app.allocate_iro(review, "iro@dyffryn.example").await;
    let email = app.add_invitee(review, "parent", "Catrin", "email", "catrin@example.org").await;
    app.invitation_action(email, "send").await;
    let (kid, post, _) = app.invitee(review, "child", "Myfanwy").await;
    kid.post("/api/set_secret", &[("kind", "pictures"), ("a[pic_cat]", "on"), ("a[pic_sun]", "on"), ("a[pic_tree]", "on")]).await;
    kid.post("/api/not_safe", &[("back", "/form")]).await;
    kid.post("/api/send_message", &[("kind", "worried"), ("words", "I am scared at night")]).await;
    app.sign_out().await;
    app.sign_in_as("iro@dyffryn.example").await;
    app.post_form(
        "/api/save_outcome_letter",
        &[("review_id", &review.to_string()), ("talked", "Myfanwy's school"), ("decided", ""), ("next_steps", ""), ("who_to_ask", "")],
    )
    .await;
    app.sign_out().await;
    app.sign_in_as("admin@dyffryn.example").await;
    let iro2 = app.staff_id("iro2@dyffryn.example").await;
    let until = heard_tests::form_date(today() + Duration::days(30));
    app.post_form("/api/grant_cover", &[("child_id", &child.to_string()), ("staff_id", &iro2.to_string()), ("until", &until)]).await;
    app.sign_out().await;

    let ids_of = |table: &'static str| async move {
        let ids: Vec<(i64,)> =
            sqlx::query_as(&format!("SELECT id FROM {table} WHERE authority_id = (SELECT authority_id FROM children WHERE id = $1)"))
                .bind(child)
                .fetch_all(&app.db)
                .await
                .expect(table);
        ids.into_iter().map(|(id,)| id).collect::<Vec<i64>>()
    };
    let mut ids = BTreeMap::new();
    ids.insert("child", vec![child]);
    ids.insert("review", vec![review]);
    ids.insert("invitation", vec![email, post]);
    ids.insert("alert", ids_of("alerts").await);
    ids.insert("message", [ids_of("child_messages").await, ids_of("outbox").await].concat());
    ids.insert("staff", ids_of("staff").await);
    ids.insert("cover", ids_of("iro_cover").await);
    assert!(ids.values().all(|v| !v.is_empty()), "every kind of record exists: {ids:?}");
    Ids(ids)
}

/// Every row Dyffryn holds in every table with an `authority_id` (but the outbox, whose tries
/// the mail job changes by itself), written out column by column.
async fn snapshot(app: &TestApp, authority: i64) -> BTreeMap<String, Vec<String>> {
    let tables: Vec<(String,)> = match Engine::from_env() {
        Engine::Sqlite => sqlx::query_as(
            "SELECT m.name FROM sqlite_master m WHERE m.type = 'table'
             AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) p WHERE p.name = 'authority_id')",
        ),
        Engine::Postgres => sqlx::query_as(
            "SELECT table_name::text FROM information_schema.columns WHERE column_name = 'authority_id' AND table_schema = current_schema()",
        ),
    }
    .fetch_all(&app.db)
    .await
    .expect("tables");
    let mut all = BTreeMap::new();
    for (table,) in tables.into_iter().filter(|(t,)| t != "outbox") {
        let rows = sqlx::query(&format!("SELECT * FROM {table} WHERE authority_id = $1 ORDER BY 1"))
            .bind(authority)
            .fetch_all(&app.db)
            .await
            .expect("rows");
        let written = rows
            .iter()
            .map(|row| {
                (0..row.columns().len())
                    .map(|i| {
                        row.try_get::<Option<i64>, _>(i)
                            .map(|v| format!("{v:?}"))
                            .or_else(|_| row.try_get::<Option<String>, _>(i).map(|v| format!("{v:?}")))
                            .or_else(|_| row.try_get::<Option<f64>, _>(i).map(|v| format!("{v:?}")))
                            .unwrap_or_else(|_| format!("<{}>", row.columns()[i].name()))
                    })
                    .collect::<Vec<_>>()
                    .join("|")
            })
            .collect();
        all.insert(table, written);
    }
    assert!(all.len() >= 8, "the tables were found: {:?}", all.keys());
    all
}

/// The values a form field is tried with, by its name.
fn values_for(name: &str, ids: &Ids) -> Vec<String> {
    let found = ids.for_argument(name);
    if !found.is_empty() {
        return found.iter().map(i64::to_string).collect();
    }
    let choices: &[&str] = match name {
        "action" => &["send", "resend", "letter", "posted", "revoke", "reset_secret"],
        "outcome" => &["held", "cancelled"],
        "event" => &["held", "move"],
        "active" => &["false", "true"],
        "send" => &["1"],
        "back" => &["/staff"],
        // Valid values, so that a request gets past checking its input to the authority check.
        "legal_basis" => &["care_order"],
        "language" | "preferred_language" | "lang" => &["en"],
        "role" => &["iro"],
        "audience" => &["parent"],
        "delivery" => &["post"],
        "arrangement" => &["video"],
        "meeting_at" => &["10:00"],
        "kind" => &["good_news"],
        "email" => &["intruder@glannau.example"],
        "password" | "password_again" | "new_password" => &["a long enough password"],
        _ if name.ends_with("_on") || ["until", "from", "to", "date_of_birth", "looked_after_since"].contains(&name) => &["2026-12-01"],
        _ => &["Intruder"],
    };
    choices.iter().map(|c| c.to_string()).collect()
}

/// Fails when a response shows anything of Dyffryn's or is a server error.
async fn check(app: &TestApp, who: &str, what: &str, response: reqwest::Response) {
    let status = response.status().as_u16();
    let target = location(&response);
    let body = response.text().await.expect("body");
    assert!(status < 500, "{who} {what}: {status}");
    for secret in SECRETS {
        assert!(!body.contains(secret), "{who} {what} shows {secret}: {body}");
    }
    // Where a post sends them (a page with its one-time notice) shows nothing either.
    if target.starts_with('/') {
        let (_, page) = app.get_text(&target).await;
        for secret in SECRETS {
            assert!(!page.contains(secret), "{who} {what} → {target} shows {secret}");
        }
    }
}

/// The page routes of the router, as `/staff/reviews/:id`-style paths.
fn page_routes() -> Vec<String> {
    let source = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../app/src/app.rs")).expect("app.rs");
    let routes: Vec<String> = source.split("path!(\"").skip(1).filter_map(|rest| rest.split('"').next()).map(str::to_string).collect();
    assert!(routes.len() > 30, "{routes:?}");
    routes
}

#[tokio::test]
async fn every_endpoint_refuses_another_authoritys_ids_by_itself() {
    let app = spawn_app().await;
    let ids = dyffryn(&app).await;
    let (authority,): (i64,) =
        sqlx::query_as("SELECT id FROM authorities WHERE slug = 'dyffryn'").fetch_one(&app.db).await.expect("authority");
    // The outbox settles first (the development outbox takes each message at once).
    for _ in 0..100 {
        let (waiting,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE status <> 'sent'").fetch_one(&app.db).await.expect("outbox");
        if waiting == 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let (waiting,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE status <> 'sent'").fetch_one(&app.db).await.expect("outbox");
    assert_eq!(waiting, 0, "Dyffryn's mail went before the snapshot");
    let before = snapshot(&app, authority).await;

    let functions = crate::forms::server_functions();
    assert!(functions.len() > 40, "the server functions were read");
    // Signing in and codes take no ids (and failed tries would throttle this test's address);
    // signing out comes last, so each role stays signed in for the rest.
    let by_itself = ["sign_in", "enter_code", "open_link", "sign_out"];
    let mut endpoints: Vec<_> = functions.iter().filter(|(name, _)| !by_itself.contains(&name.as_str())).collect();
    endpoints.extend(functions.iter().filter(|(name, _)| *name == "sign_out"));
    let routes = page_routes();
    let mut calls = 0;
    for who in ["support@glannau.example", "iro@glannau.example", "admin@glannau.example", "manager@glannau.example"] {
        app.sign_in_as(who).await;
        for route in &routes {
            let tried: Vec<String> = if route.contains(":id") {
                ids.0.values().flatten().map(|id| route.replace(":id", &id.to_string())).collect()
            } else {
                vec![route.clone()]
            };
            for path in tried {
                let response = app.get(&path).await;
                check(&app, who, &path, response).await;
                calls += 1;
            }
        }
        for extra in ["pack.pdf"] {
            for review in &ids.0["review"] {
                let path = format!("/staff/reviews/{review}/{extra}");
                let response = app.post_form(&path, &[("password", "a long password 1"), ("password_again", "a long password 1")]).await;
                check(&app, who, &path, response).await;
            }
        }
        for (name, signature) in &endpoints {
            // One call per value of the argument with the most choices, the others at their first.
            let fields: Vec<(String, Vec<String>)> =
                signature.keys().filter(|arg| !arg.ends_with('[')).map(|arg| (arg.clone(), values_for(arg, &ids))).collect();
            let widest = fields.iter().map(|(_, values)| values.len()).max().unwrap_or(1);
            for n in 0..widest {
                let form: Vec<(&str, &str)> =
                    fields.iter().map(|(arg, values)| (arg.as_str(), values[n.min(values.len() - 1)].as_str())).collect();
                let response = app.post_form(&format!("/api/{name}"), &form).await;
                check(&app, who, &format!("/api/{name} {form:?}"), response).await;
                calls += 1;
            }
        }
        app.sign_out().await;
    }
    assert!(calls > 500, "{calls} calls");
    assert_eq!(snapshot(&app, authority).await, before, "nothing of Dyffryn's changed");
}
