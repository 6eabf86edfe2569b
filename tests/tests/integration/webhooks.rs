//! The council's webhook: an admin sets an address (HTTPS, or this machine) and gets a signing
//! secret once; Heard then calls it, signed, when a review's pack is ready (everyone asked has
//! replied, or the meeting is tomorrow) and when a review was held, each once per review, through
//! the outbox: a receiver that is down is called again later with the same delivery id.

use heard_tests::{form_date, spawn_app, TestApp};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use time::Duration;

/// A case system's receiver on loopback: keeps every call, and answers 503 while `down`.
#[derive(Clone, Default)]
struct Receiver {
    calls: Arc<Mutex<Vec<(axum::http::HeaderMap, String)>>>,
    down: Arc<AtomicBool>,
}

impl Receiver {
    async fn start() -> (String, Receiver) {
        let receiver = Receiver::default();
        let kept = receiver.clone();
        let app = axum::Router::new().route(
            "/hook",
            axum::routing::post(move |headers: axum::http::HeaderMap, body: String| {
                let kept = kept.clone();
                async move {
                    kept.calls.lock().expect("lock").push((headers, body));
                    if kept.down.load(Ordering::SeqCst) {
                        axum::http::StatusCode::SERVICE_UNAVAILABLE
                    } else {
                        axum::http::StatusCode::NO_CONTENT
                    }
                }
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}/hook", listener.local_addr().expect("address"));
        tokio::spawn(async move { axum::serve(listener, app).await });
        (url, receiver)
    }

    fn calls(&self) -> Vec<(axum::http::HeaderMap, serde_json::Value, String)> {
        self.calls
            .lock()
            .expect("lock")
            .iter()
            .map(|(h, b)| (h.clone(), serde_json::from_str(b).expect("a JSON body"), b.clone()))
            .collect()
    }
}

/// Checks a call's signature as a receiver would: HMAC-SHA256 of "t.body" under the secret.
fn signed_by(headers: &axum::http::HeaderMap, body: &str, secret: &str) -> bool {
    use hmac::Mac;
    let header = headers["heard-signature"].to_str().expect("text");
    let (t, v1) = header.split_once(",v1=").expect("t=…,v1=…");
    let t = t.strip_prefix("t=").expect("t=");
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).expect("key");
    mac.update(format!("{t}.{body}").as_bytes());
    let expected: String = mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect();
    expected == v1
}

fn shown_secret(page: &str) -> Option<String> {
    let start = page.find("whsec_")?;
    Some(page[start..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect())
}

async fn sender_round(app: &TestApp) -> app::server::outbox::Round {
    app::server::outbox::run_round(app.state()).await.expect("a round")
}

/// The receiver's calls once it has `n` of them (the server's own job may send a call before
/// the test's round does; either way it arrives), failing after ten seconds.
async fn calls_when(app: &TestApp, receiver: &Receiver, n: usize) -> Vec<(axum::http::HeaderMap, serde_json::Value, String)> {
    for _ in 0..100 {
        sender_round(app).await;
        let calls = receiver.calls();
        if calls.len() >= n {
            return calls;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the receiver had {} calls, not {n}", receiver.calls().len());
}

#[tokio::test]
async fn the_webhook_hears_pack_ready_and_review_held_signed_once_each() {
    let app = spawn_app().await;
    let (url, receiver) = Receiver::start().await;
    app.sign_in_as("admin@dyffryn.example").await;

    // Only HTTPS (or this machine) is taken; the secret is shown once.
    app.post_form("/api/save_webhook", &[("webhook_url", "http://case.example.gov.uk/hook")]).await;
    let (_, page) = app.get_text("/staff/admin/api-keys").await;
    assert!(page.contains("Enter an address that starts with https://"), "{page}");
    app.post_form("/api/save_webhook", &[("webhook_url", &url)]).await;
    let (_, page) = app.get_text("/staff/admin/api-keys").await;
    let secret = shown_secret(&page).expect("the secret is shown");
    assert_eq!(secret.len(), 49);
    let (_, again) = app.get_text("/staff/admin/api-keys").await;
    assert!(!again.contains(&secret) && again.contains(&url), "shown once; the address stays");
    let (sealed,): (String,) = sqlx::query_as("SELECT sealed_secret FROM webhooks").fetch_one(&app.db).await.expect("stored");
    assert!(!sealed.contains(&secret[6..]), "kept sealed");
    app.sign_out().await;

    // A review whose one invitee replies: its pack is ready.
    app.sign_in_as("support@dyffryn.example").await;
    let child_id = app.add_child("Bethan", heard_tests::today() - Duration::days(5)).await;
    let review = app.booked_review(child_id, heard_tests::today() + Duration::days(20)).await;
    let (child, _, _) = app.invitee(review, "child", "Bethan").await;
    child.post("/api/set_secret", &[("kind", "pictures"), ("a[pic_cat]", "on"), ("a[pic_sun]", "on"), ("a[pic_tree]", "on")]).await;
    child.post("/api/check_answers", &[("send", "1")]).await;
    let calls = calls_when(&app, &receiver, 1).await;
    assert_eq!(calls.len(), 1);
    let (headers, body, raw) = &calls[0];
    assert_eq!(headers["heard-event"], "pack.ready");
    assert_eq!(body["event"], "pack.ready");
    assert_eq!(body["review"]["id"], review);
    assert_eq!(headers["heard-delivery"].to_str().expect("text"), body["delivery"].as_str().expect("delivery"));
    assert!(body["review"]["export"].as_str().expect("export").ends_with(&format!("/api/v1/reviews/{review}/export")));
    assert!(signed_by(headers, raw, &secret), "signed with the council's secret");
    assert!(!signed_by(headers, raw, "whsec_someone-else"));
    assert!(!raw.contains("Bethan"), "no names in a call: {raw}");

    // Held: one call; holding it again (or the letter) calls no more.
    let held = app
        .post_form(
            "/api/close_review",
            &[("review_id", &review.to_string()), ("outcome", "held"), ("held_on", &form_date(heard_tests::today()))],
        )
        .await;
    assert_eq!(held.status(), 303);
    let calls = calls_when(&app, &receiver, 2).await;
    assert_eq!(calls.len(), 2);
    assert_eq!(calls[1].1["event"], "review.held");
    assert!(signed_by(&calls[1].0, &calls[1].2, &secret));
    assert_eq!(app::server::outbox::queue_pack_ready(app.state()).await.expect("queue"), 0, "held: no pack-ready");

    // The day before a meeting the pack goes as it stands; a receiver that is down is called
    // again later with the same delivery id, and the call is sent once.
    let other_child = app.add_child("Gwion", heard_tests::today() - Duration::days(5)).await;
    let tomorrow = app.booked_review(other_child, heard_tests::today() + Duration::days(1)).await;
    receiver.down.store(true, Ordering::SeqCst);
    assert!(app::server::outbox::queue_pack_ready(app.state()).await.expect("queue") >= 1);
    assert_eq!(app::server::outbox::queue_pack_ready(app.state()).await.expect("queue"), 0, "queued once");
    let about_tomorrow =
        |receiver: &Receiver| receiver.calls().into_iter().filter(|(_, b, _)| b["review"]["id"] == tomorrow).collect::<Vec<_>>();
    for _ in 0..100 {
        sender_round(&app).await;
        if !about_tomorrow(&receiver).is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let (error, attempts): (Option<String>, i64) =
        sqlx::query_as("SELECT last_error, attempts FROM outbox WHERE kind = 'hook_pack_ready' AND subject_id = $1")
            .bind(tomorrow)
            .fetch_one(&app.db)
            .await
            .expect("queued");
    assert_eq!((error.as_deref(), attempts), (Some("unavailable"), 1));
    let first_try = about_tomorrow(&receiver)[0].1["delivery"].clone();
    receiver.down.store(false, Ordering::SeqCst);
    app.state().clock.advance(5 * 60);
    for _ in 0..100 {
        sender_round(&app).await;
        if about_tomorrow(&receiver).len() >= 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let last = about_tomorrow(&receiver);
    assert_eq!(last.len(), 2, "one failed try, one delivered");
    assert_eq!(last[1].1["delivery"], first_try, "the same delivery id on every try");
    let (status,): (String,) = sqlx::query_as("SELECT status FROM outbox WHERE kind = 'hook_pack_ready' AND subject_id = $1")
        .bind(tomorrow)
        .fetch_one(&app.db)
        .await
        .expect("queued");
    assert_eq!(status, "sent");

    // A call waiting when the webhook is turned off is withdrawn, not sent later.
    let third_child = app.add_child("Tegwen", heard_tests::today() - Duration::days(5)).await;
    let waiting = app.booked_review(third_child, heard_tests::today() + Duration::days(1)).await;
    receiver.down.store(true, Ordering::SeqCst);
    app::server::outbox::queue_pack_ready(app.state()).await.expect("queue");
    for _ in 0..100 {
        sender_round(&app).await;
        if receiver.calls().iter().any(|(_, b, _)| b["review"]["id"] == waiting) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }

    // Turned off: nothing more is called, and another council never sees this one's webhook.
    app.sign_out().await;
    app.sign_in_as("admin@glannau.example").await;
    let (_, theirs) = app.get_text("/staff/admin/api-keys").await;
    assert!(!theirs.contains(&url), "another council's page does not show it");
    app.post_form("/api/webhook_action", &[("action", "remove")]).await;
    app.sign_out().await;
    app.sign_in_as("admin@dyffryn.example").await;
    assert_eq!(
        sqlx::query_as::<_, (i64,)>("SELECT COUNT(*) FROM webhooks").fetch_one(&app.db).await.expect("count").0,
        1,
        "not theirs to remove"
    );
    app.post_form("/api/webhook_action", &[("action", "remove")]).await;
    assert_eq!(sqlx::query_as::<_, (i64,)>("SELECT COUNT(*) FROM webhooks").fetch_one(&app.db).await.expect("count").0, 0);
    let (status,): (String,) = sqlx::query_as("SELECT status FROM outbox WHERE kind = 'hook_pack_ready' AND subject_id = $1")
        .bind(waiting)
        .fetch_one(&app.db)
        .await
        .expect("queued");
    assert_eq!(status, "withdrawn", "a call waiting is withdrawn with the webhook");
    let (audited,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_events WHERE action IN ('webhook.made', 'webhook.removed')")
        .fetch_one(&app.db)
        .await
        .expect("audit");
    assert_eq!(audited, 2);
}
