//! The outbox under ordinary faults: a mail server down for an hour loses nothing and sends
//! nothing twice; what has not gone is shown to the people responsible, who can try again.

use heard_tests::smtp::{Mode, SmtpSink};
use heard_tests::{form_date, spawn_app_with, today, TestApp};
use time::Duration;

async fn statuses(app: &TestApp) -> Vec<(String, String)> {
    sqlx::query_as("SELECT kind, status FROM outbox ORDER BY id").fetch_all(&app.db).await.expect("outbox")
}

/// Waits (up to 10 s) until every message has `status`: a message the mail server has taken is
/// marked sent a moment later, by whichever sender took it.
async fn all_become(app: &TestApp, status: &str) -> Vec<(String, String)> {
    for _ in 0..100 {
        let now = statuses(app).await;
        if now.iter().all(|(_, s)| s == status) {
            return now;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    statuses(app).await
}

/// Runs the sender as the background job does, `minutes` times a simulated minute apart.
async fn minutes_pass(app: &TestApp, minutes: i64) {
    for _ in 0..minutes {
        app.state().clock.advance(60);
        app::server::outbox::run_round(app.state()).await.expect("round");
    }
}

#[tokio::test]
async fn an_hour_without_a_mail_server_loses_nothing_and_sends_nothing_twice() {
    let sink = SmtpSink::start().await;
    sink.set_mode(Mode::Down);
    let app = spawn_app_with(&[("HEARD_SMTP_URL", &sink.url()), ("HEARD_JOB_INTERVAL_SECONDS", "1")]).await;

    // Business support invites a parent by email; the mail server is down.
    app.sign_in_as("support@dyffryn.example").await;
    let child = app.add_child("Gethin", today() - Duration::days(5)).await;
    let review = app.booked_review(child, today() + Duration::days(20)).await;
    app.allocate_iro(review, "iro@dyffryn.example").await;
    let parent = app.add_invitee(review, "parent", "Siân", "email", "sian@example.org").await;
    app.invitation_action(parent, "send").await;
    let (_, page) = app.get_text(&format!("/staff/reviews/{review}")).await;
    assert!(page.contains("The mail server did not take the invitation to Siân yet."), "{page}");

    // The child (by letter code) says they are not safe, asks for an advocate and writes to their IRO.
    let (child_visit, _, _) = app.invitee(review, "child", "Gethin").await;
    child_visit.post("/api/set_secret", &[("kind", "pictures"), ("a[pic_cat]", "on"), ("a[pic_sun]", "on"), ("a[pic_tree]", "on")]).await;
    child_visit.post("/api/not_safe", &[("back", "/form")]).await;
    child_visit.post("/api/advocacy_choice", &[("choice", "yes")]).await;
    child_visit.post("/api/send_message", &[("kind", "good_news"), ("words", "I got a part in the play")]).await;
    // The meeting moves: the parent is to be told.
    let new_day = form_date(today() + Duration::days(22));
    app.post_form(
        "/api/save_booking",
        &[
            ("review_id", &review.to_string()),
            ("meeting_on", &new_day),
            ("meeting_at", "14:00"),
            ("arrangement", "video"),
            ("arrangement_details", "Teams link"),
            ("non_working_day", &new_day),
        ],
    )
    .await;
    let mut kinds: Vec<String> = statuses(&app).await.into_iter().map(|(kind, _)| kind).collect();
    kinds.sort();
    assert_eq!(kinds, ["advocacy", "alert_duty", "alert_iro", "changed", "invitation", "message"]);

    // An hour passes with the mail server down: every message is tried, none is lost or given up.
    minutes_pass(&app, 60).await;
    assert!(sink.messages().is_empty());
    assert!(statuses(&app).await.iter().all(|(_, status)| status == "waiting"), "{:?}", statuses(&app).await);
    let (tries,): (i64,) = sqlx::query_as("SELECT MIN(attempts) FROM outbox").fetch_one(&app.db).await.expect("tries");
    assert!(tries >= 5, "each was tried again and again ({tries})");

    // The people responsible see what has not gone.
    let (_, page) = app.get_text(&format!("/staff/reviews/{review}")).await;
    assert!(page.contains("Messages not delivered yet") && page.contains("Invitation (Siân)"), "{page}");
    assert!(page.contains("Notice that the meeting changed (Siân)") && page.contains("The mail server could not be reached."));
    app.sign_out().await;
    app.sign_in_as("iro@dyffryn.example").await;
    let (_, home) = app.get_text("/staff").await;
    for what in ["Urgent alert to the duty team", "Urgent alert to the IRO", "Referral to the advocacy service", "Try again now"] {
        assert!(home.contains(what), "the IRO's home shows {what}: {home}");
    }
    // Each place that offers "try again now" says what pressing it did (the IRO's home and the
    // admin's page once said nothing).
    let (alert,): (i64,) = sqlx::query_as("SELECT id FROM outbox WHERE kind = 'alert_iro'").fetch_one(&app.db).await.expect("alert");
    app.post_form("/api/retry_message", &[("message_id", &alert.to_string()), ("back", "/staff")]).await;
    let (_, home) = app.get_text("/staff").await;
    assert!(home.contains("Heard is trying to send it again now."), "{home}");
    app.sign_out().await;
    app.sign_in_as("admin@dyffryn.example").await;
    let (_, outbox) = app.get_text("/staff/admin/outbox").await;
    assert_eq!(outbox.matches("Try again now</button>").count(), 6, "{outbox}");
    assert!(!outbox.contains("sian@example.org"), "no addresses on the list");
    app.post_form("/api/retry_message", &[("message_id", &alert.to_string()), ("back", "/staff/admin/outbox")]).await;
    let (_, outbox) = app.get_text("/staff/admin/outbox").await;
    assert!(outbox.contains("Heard is trying to send it again now."), "{outbox}");

    // The mail server returns: everything goes within the next gap (at most an hour), once.
    sink.set_mode(Mode::Accepting);
    minutes_pass(&app, 61).await;
    let messages = sink.wait_for(6, 10).await;
    assert_eq!(messages.len(), 6, "every promised message was delivered");
    assert!(all_become(&app, "sent").await.iter().all(|(_, status)| status == "sent"));
    let mut ids: Vec<String> = messages.iter().map(|m| m.header("message-id").expect("Message-ID")).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 6, "six different messages");
    for m in &messages {
        assert_eq!(m.header("mime-version").as_deref(), Some("1.0"));
        assert!(m.header("date").is_some());
        assert!(m.header("content-language").is_some_and(|l| l.contains("cy") && l.contains("en")), "{:?}", m.header("content-language"));
    }
    let mut to: Vec<String> = messages.iter().map(|m| m.to.join(",")).collect();
    to.sort();
    assert_eq!(to.iter().filter(|t| *t == "sian@example.org").count(), 2, "the invitation and the change notice");
    assert_eq!(app.invitation_status(parent).await, "sent");

    // Nothing goes twice, however long the servers keep running.
    minutes_pass(&app, 180).await;
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    assert_eq!(sink.messages().len(), 6, "nothing twice");
    let (_, outbox) = app.get_text("/staff/admin/outbox").await;
    assert!(outbox.contains("Every message has been delivered to the mail server."), "{outbox}");
}

#[tokio::test]
async fn after_48_hours_of_tries_a_message_is_given_up_shown_and_can_still_be_sent() {
    let sink = SmtpSink::start().await;
    sink.set_mode(Mode::Down);
    let app = spawn_app_with(&[("HEARD_SMTP_URL", &sink.url()), ("HEARD_JOB_INTERVAL_SECONDS", "1")]).await;
    app.sign_in_as("support@dyffryn.example").await;
    let child = app.add_child("Mabli", today() - Duration::days(5)).await;
    let review = app.booked_review(child, today() + Duration::days(20)).await;
    let parent = app.add_invitee(review, "parent", "Eurig", "email", "eurig@example.org").await;
    app.invitation_action(parent, "send").await;

    // Two days in hourly steps (the longest gap): still tried until 48 hours, then given up.
    for _ in 0..47 {
        app.state().clock.advance(3600);
        app::server::outbox::run_round(app.state()).await.expect("round");
    }
    assert_eq!(statuses(&app).await, [("invitation".to_string(), "waiting".to_string())]);
    app.state().clock.advance(3600);
    app::server::outbox::run_round(app.state()).await.expect("round");
    assert_eq!(all_become(&app, "given_up").await, [("invitation".to_string(), "given_up".to_string())]);
    let (_, page) = app.get_text(&format!("/staff/reviews/{review}")).await;
    assert!(page.contains("Heard stopped trying after 48 hours."), "{page}");

    // Nothing more is tried by itself; "try again now" sends it once the mail server is back.
    sink.set_mode(Mode::Accepting);
    app.state().clock.advance(3600);
    app::server::outbox::run_round(app.state()).await.expect("round");
    assert!(sink.messages().is_empty());
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM outbox").fetch_one(&app.db).await.expect("id");
    let back = format!("/staff/reviews/{review}");
    app.post_form("/api/retry_message", &[("message_id", &id.to_string()), ("back", &back)]).await;
    assert_eq!(sink.wait_for(1, 10).await.len(), 1);
    assert_eq!(all_become(&app, "sent").await, [("invitation".to_string(), "sent".to_string())]);

    // Another authority's staff cannot touch a message of Dyffryn's.
    sink.set_mode(Mode::Down);
    app.invitation_action(parent, "resend").await;
    let (waiting,): (i64,) =
        sqlx::query_as("SELECT id FROM outbox WHERE status = 'waiting'").fetch_one(&app.db).await.expect("the resent link waits");
    app.sign_out().await;
    app.sign_in_as("support@glannau.example").await;
    app.post_form("/api/retry_message", &[("message_id", &waiting.to_string()), ("back", "/staff")]).await;
    let (next_try, now): (i64, i64) = (
        sqlx::query_as::<_, (i64,)>("SELECT next_try_at FROM outbox WHERE id = $1").bind(waiting).fetch_one(&app.db).await.expect("row").0,
        app.state().clock.now(),
    );
    assert!(next_try > now, "not made due by another council's staff");
    let (retried,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_events WHERE action = 'message.retried' AND subject_id = $1")
        .bind(waiting)
        .fetch_one(&app.db)
        .await
        .expect("audit");
    assert_eq!(retried, 0);
}
