//! Heard as a real process, killed with SIGKILL in the middle of sending: the message it held
//! is taken up by the next server once its lease runs out, and delivered once.

use heard_tests::smtp::{Mode, SmtpSink};
use heard_tests::{fresh_place, today, HeardProcess};
use time::Duration;

const BINARY: &str = env!("CARGO_BIN_EXE_heard-process");

async fn outbox_row(db: &sqlx::AnyPool) -> Option<(String, i64, Option<i64>)> {
    sqlx::query_as("SELECT status, attempts, lease_until FROM outbox WHERE kind = 'invitation'").fetch_optional(db).await.expect("row")
}

#[tokio::test]
async fn a_server_killed_between_claim_and_send_leaves_the_message_to_the_next_once() {
    let sink = SmtpSink::start().await;
    // The mail server takes the connection and says nothing: the sender is stuck mid-send.
    sink.set_mode(Mode::Stalled);
    let (database_url, data_dir) = fresh_place().await;
    let settings = [("HEARD_SMTP_URL", sink.url()), ("HEARD_JOB_INTERVAL_SECONDS", "1".to_string())];
    let settings: Vec<(&str, &str)> = settings.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let first = HeardProcess::start(BINARY, &database_url, &data_dir, &settings).await;

    let app = &first.app;
    app.sign_in_as("support@dyffryn.example").await;
    let child = app.add_child("Elis", today() - Duration::days(5)).await;
    let review = app.booked_review(child, today() + Duration::days(20)).await;
    let invitation = app.add_invitee(review, "parent", "Nia", "email", "nia@example.org").await;
    // The staff member's page answers after a short wait; the message stays claimed meanwhile.
    let (address, client) = (app.address.clone(), app.client.clone());
    let sending = tokio::spawn(async move {
        heard_tests::browser_post(
            &client,
            &address,
            "/api/invitation_action",
            &[("invitation_id", &invitation.to_string()), ("action", "send")],
        )
        .await
    });
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        if let Some((status, attempts, lease)) = outbox_row(&app.db).await {
            if attempts == 1 && lease.is_some() {
                assert_eq!(status, "waiting");
                break;
            }
        }
        assert!(std::time::Instant::now() < deadline, "the message was never claimed");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let db = app.db.clone();
    first.kill();
    sending.abort();
    assert!(sink.messages().is_empty());

    // A new server on the same database and a working mail server.
    sink.set_mode(Mode::Accepting);
    let second = HeardProcess::start(BINARY, &database_url, &data_dir, &settings).await;
    // Within about a minute (the lease) it is delivered, once.
    let messages = sink.wait_for(1, 90).await;
    assert_eq!(messages.len(), 1, "the held message was taken up again");
    assert_eq!(messages[0].to, ["nia@example.org"]);
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    assert_eq!(sink.messages().len(), 1, "and sent once");
    let (status, attempts, _) = outbox_row(&db).await.expect("the message");
    assert_eq!((status.as_str(), attempts), ("sent", 2));
    assert_eq!(second.app.invitation_status(invitation).await, "sent");
}

/// A child's words, once Heard has said they are saved, are there after the server is killed
/// with SIGKILL straight after (SQLite commits reach the log before they are acknowledged).
#[tokio::test]
async fn a_save_acknowledged_just_before_a_kill_is_kept() {
    let (database_url, data_dir) = fresh_place().await;
    let first = HeardProcess::start(BINARY, &database_url, &data_dir, &[]).await;
    let app = &first.app;
    app.sign_in_as("support@dyffryn.example").await;
    let child = app.add_child("Elis", today() - Duration::days(5)).await;
    let review = app.booked_review(child, today() + Duration::days(12)).await;
    let (visitor, _, _) = app.invitee(review, "child", "Elis").await;
    visitor.post("/api/set_secret", &[("kind", "pictures"), ("a[pic_cat]", "on"), ("a[pic_sun]", "on"), ("a[pic_tree]", "on")]).await;
    let words = "kept-through-the-kill-kestrel";
    let saved =
        visitor.post("/api/save_step", &[("step", "1"), ("go", "stay"), ("a[feel_now]", "happy"), ("a[feel_now:words]", words)]).await;
    assert_eq!(saved, "/form/screen/1", "saved, and told so");
    first.kill();

    // Read afresh, as the next server will.
    let db = sqlx::AnyPool::connect(&database_url).await.expect("the database after the kill");
    let kept: Option<(String,)> =
        sqlx::query_as("SELECT words FROM answers WHERE question_id = 'feel_now'").fetch_optional(&db).await.expect("answers");
    assert_eq!(kept.map(|(w,)| w).as_deref(), Some(words));
    let second = HeardProcess::start(BINARY, &database_url, &data_dir, &[]).await;
    assert_eq!(second.app.get("/health").await.status(), 200);
}
