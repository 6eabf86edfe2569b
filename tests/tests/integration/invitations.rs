//! Invitations: email through a real SMTP server on loopback, letters with a short code, the
//! entry page, resending, revoking, change notices and the one automatic reminder.

use heard_tests::smtp::SmtpSink;
use heard_tests::{location, new_client, spawn_app, spawn_app_on, spawn_app_with, today, TestApp};
use time::Duration;

/// An app that sends email to `sink`, with the mail job running every second.
async fn app_with_mail(sink: &SmtpSink) -> TestApp {
    spawn_app_with(&[("HEARD_SMTP_URL", &sink.url()), ("HEARD_JOB_INTERVAL_SECONDS", "1")]).await
}

/// A booked review for a new child, signed in as business support.
async fn booked(app: &TestApp, name: &str, meeting_in_days: i64) -> i64 {
    app.sign_in_as("support@dyffryn.example").await;
    let child = app.add_child(name, today() - Duration::days(5)).await;
    app.booked_review(child, today() + Duration::days(meeting_in_days)).await
}

/// Follows an invitation link the way a browser does: the page, then its Start button.
async fn open_link(app: &TestApp, link: &str) -> (reqwest::Client, String) {
    let visitor = new_client();
    let page = visitor.get(link).send().await.expect("GET link").text().await.expect("body");
    let token = link.rsplit('/').next().expect("token").to_string();
    let response = visitor
        .post(app.url("/api/open_link"))
        .header("origin", &app.address)
        .header("sec-fetch-site", "same-origin")
        .form(&[("token", token.as_str())])
        .send()
        .await
        .expect("POST open_link");
    let landed = location(&response);
    assert!(page.contains("Start"), "{page}");
    (visitor, landed)
}

async fn enter_code(app: &TestApp, visitor: &reqwest::Client, code: &str) -> String {
    let response = visitor
        .post(app.url("/api/enter_code"))
        .header("origin", &app.address)
        .header("sec-fetch-site", "same-origin")
        .form(&[("code", code)])
        .send()
        .await
        .expect("POST enter_code");
    location(&response)
}

#[tokio::test]
async fn an_emailed_invitation_holds_only_a_first_name_and_a_working_link() {
    let sink = SmtpSink::start().await;
    let app = app_with_mail(&sink).await;
    let review = booked(&app, "Cerys", 6).await;
    let invitation = app.add_invitee(review, "parent", "Siân", "email", "sian@example.org").await;
    assert_eq!(app.invitation_status(invitation).await, "not_sent");

    let response = app.invitation_action(invitation, "send").await;
    assert_eq!(location(&response), format!("/staff/reviews/{review}"));
    let messages = sink.wait_for(1, 10).await;
    assert_eq!(messages.len(), 1);
    let message = &messages[0];
    assert_eq!(message.to, vec!["sian@example.org".to_string()]);
    assert_eq!(message.subject(), "Heard: you are invited to share your views");
    let body = message.body();
    assert!(body.contains("Hello Siân,"), "{body}");
    for private in ["Cerys", "Fullname-Private", "Civic Centre", "Dyffryn"] {
        assert!(!body.contains(private), "the email must not carry {private}: {body}");
    }
    let link = message.link().expect("a link in the body");
    assert_eq!(app.invitation_status(invitation).await, "sent");

    // Only hashes of the link are stored.
    let token = link.rsplit('/').next().expect("token");
    assert!(token.len() >= 43, "at least 256 bits, base64url");
    let (stored,): (String,) =
        sqlx::query_as("SELECT token_hash FROM invitations WHERE id = $1").bind(invitation).fetch_one(&app.db).await.expect("row");
    assert!(!stored.contains(token));
    let (matches,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM invitations WHERE token_hash = $1 OR link_salt = $1 OR code_hash = $1")
        .bind(token)
        .fetch_one(&app.db)
        .await
        .expect("count");
    assert_eq!(matches, 0);

    let (visitor, landed) = open_link(&app, &link).await;
    assert_eq!(landed, "/my-review");
    let page = visitor.get(app.url("/my-review")).send().await.expect("GET").text().await.expect("body");
    assert!(page.contains("Hello Siân!"), "{page}");
    // The date, time and how to join show once the child's IRO has confirmed them.
    assert!(page.contains("The IRO will confirm the date, time and how to join."), "{page}");
    assert!(!page.contains("Civic Centre, Room 2"), "not before the IRO confirms");
    assert_eq!(app.invitation_status(invitation).await, "opened");
    app.allocate_iro(review, "iro@dyffryn.example").await;
    app.sign_out().await;
    app.sign_in_as("iro2@dyffryn.example").await;
    assert_eq!(app.confirm_meeting(review).await, format!("/staff/reviews/{review}"));
    let page = visitor.get(app.url("/my-review")).send().await.expect("GET").text().await.expect("body");
    assert!(!page.contains("Civic Centre, Room 2"), "another IRO cannot confirm it");
    app.sign_out().await;
    app.sign_in_as("iro@dyffryn.example").await;
    // Details the IRO did not see (changed since the page was drawn) are not confirmed.
    let stale = app.post_form("/api/confirm_meeting", &[("review_id", &review.to_string()), ("seen", "0000000000000000")]).await;
    assert_eq!(location(&stale), format!("/staff/reviews/{review}"));
    let (_, told) = app.get_text(&format!("/staff/reviews/{review}")).await;
    assert!(told.contains("The booking changed while you were looking."), "{told}");
    let page = visitor.get(app.url("/my-review")).send().await.expect("GET").text().await.expect("body");
    assert!(!page.contains("Civic Centre, Room 2"), "not confirmed unseen");
    app.confirm_meeting(review).await;
    let page = visitor.get(app.url("/my-review")).send().await.expect("GET").text().await.expect("body");
    assert!(page.contains("The review meeting for Cerys is on"), "{page}");
    assert!(page.contains("Civic Centre, Room 2"));
    assert!(page.contains("Give your views"), "a parent is asked for their views");
    let (confirmed,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_events WHERE action = 'review.confirmed' AND subject_id = $1")
        .bind(review)
        .fetch_one(&app.db)
        .await
        .expect("audit");
    assert_eq!(confirmed, 1);
}

#[tokio::test]
async fn a_refused_invitation_is_shown_until_it_goes_and_can_be_tried_again() {
    let sink = SmtpSink::start_refusing().await;
    let app = app_with_mail(&sink).await;
    let review = booked(&app, "Deio", 6).await;
    let invitation = app.add_invitee(review, "carer", "Rhys", "email", "rhys@example.org").await;
    app.invitation_action(invitation, "send").await;
    let (_, page) = app.get_text(&format!("/staff/reviews/{review}")).await;
    assert!(page.contains("The mail server did not take the invitation to Rhys yet."), "{page}");
    assert!(page.contains("Messages not delivered yet") && page.contains("Invitation (Rhys)"), "{page}");
    assert!(page.contains("The mail server refused it."), "{page}");
    assert_eq!(app.invitation_status(invitation).await, "not_sent", "not sent until the message goes");

    // The mail server takes it now; "try again now" sends it at once, and it is sent.
    sink.set_refusing(false);
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM outbox WHERE kind = 'invitation' AND subject_id = $1")
        .bind(invitation)
        .fetch_one(&app.db)
        .await
        .expect("queued");
    let back = format!("/staff/reviews/{review}");
    let response = app.post_form("/api/retry_message", &[("message_id", &id.to_string()), ("back", &back)]).await;
    assert_eq!(location(&response), back);
    let messages = sink.wait_for(1, 10).await;
    assert_eq!(messages.len(), 1);
    assert!(messages[0].link().is_some());
    let (_, page) = app.get_text(&back).await;
    assert!(!page.contains("Messages not delivered yet"), "{page}");
    assert_eq!(app.invitation_status(invitation).await, "sent");
    let (audited,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_events WHERE action = 'message.retried' AND subject_id = $1")
        .bind(id)
        .fetch_one(&app.db)
        .await
        .expect("audit");
    assert_eq!(audited, 1);
}

#[tokio::test]
async fn resending_replaces_the_link_and_revoking_ends_it() {
    let sink = SmtpSink::start().await;
    let app = app_with_mail(&sink).await;
    let review = booked(&app, "Elin", 6).await;
    let invitation = app.add_invitee(review, "parent", "Mair", "email", "mair@example.org").await;
    app.invitation_action(invitation, "send").await;
    app.invitation_action(invitation, "resend").await;
    let messages = sink.wait_for(2, 10).await;
    let (first, second) = (messages[0].link().expect("link"), messages[1].link().expect("link"));
    assert_ne!(first, second);
    let (_, old) = open_link(&app, &first).await;
    assert_eq!(old, "/start", "the old link no longer works");
    let (_, new) = open_link(&app, &second).await;
    assert_eq!(new, "/my-review");

    app.invitation_action(invitation, "revoke").await;
    let (_, after) = open_link(&app, &second).await;
    assert_eq!(after, "/start", "a revoked link no longer works");
    let (actions,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM audit_events WHERE subject_id = $1 AND action IN ('invitation.sent', 'invitation.resent', 'invitation.revoked')",
    )
    .bind(invitation)
    .fetch_one(&app.db)
    .await
    .expect("audit");
    assert_eq!(actions, 3);
}

#[tokio::test]
async fn a_letter_has_a_code_a_child_can_type() {
    let app = spawn_app().await;
    let review = booked(&app, "Ffion", 6).await;
    let invitation = app.add_invitee(review, "child", "Ffion", "post", "").await;
    let response = app.invitation_action(invitation, "letter").await;
    let letter_page = format!("/staff/invitations/{invitation}/letter");
    assert_eq!(location(&response), letter_page);
    let (status, letter) = app.get_text(&letter_page).await;
    assert_eq!(status, 200);
    assert!(letter.contains("<svg"), "a QR code");
    assert!(letter.contains("Hello Ffion!"));
    let code_start = letter.find("letter__code\">").expect("the code") + "letter__code\">".len();
    let code: String = letter[code_start..].chars().take(11).collect();
    assert_eq!(code.chars().nth(5), Some('-'), "shown in two groups: {code}");
    // Printing again shows the same code.
    let (_, again) = app.get_text(&letter_page).await;
    assert!(again.contains(&code));
    assert_eq!(app.invitation_status(invitation).await, "not_sent", "not sent until posted");
    app.invitation_action(invitation, "posted").await;
    assert_eq!(app.invitation_status(invitation).await, "sent");

    // Typed in lower case without the dash, it lets the child in.
    let visitor = new_client();
    let typed = code.replace('-', "").to_lowercase();
    assert_eq!(enter_code(&app, &visitor, &typed).await, "/welcome", "children choose their language first");
    let page = visitor.get(app.url("/my-review")).send().await.expect("GET").text().await.expect("body");
    assert!(page.contains("The IRO will confirm the date, time and how to join."), "{page}");

    // A new code replaces the old one.
    app.invitation_action(invitation, "resend").await;
    let other = new_client();
    assert_eq!(enter_code(&app, &other, &code).await, "/start");
}

#[tokio::test]
async fn wrong_expired_and_revoked_codes_get_the_same_kind_answer() {
    let app = spawn_app().await;
    let review = booked(&app, "Gwion", 6).await;
    let invitation = app.add_invitee(review, "child", "Gwion", "post", "").await;
    app.invitation_action(invitation, "letter").await;
    let (_, letter) = app.get_text(&format!("/staff/invitations/{invitation}/letter")).await;
    let code_start = letter.find("letter__code\">").expect("code") + "letter__code\">".len();
    let code: String = letter[code_start..].chars().take(11).collect();

    let answer = |visitor: reqwest::Client| {
        let app = &app;
        async move { visitor.get(app.url("/start")).send().await.expect("GET").text().await.expect("body") }
    };
    let unknown = new_client();
    assert_eq!(enter_code(&app, &unknown, "ACDEF-GHJKM").await, "/start");
    let unknown_page = answer(unknown).await;
    assert!(unknown_page.contains("Sorry, that code or link did not work."), "{unknown_page}");
    assert!(!unknown_page.contains("Gwion"));

    sqlx::query("UPDATE invitations SET expires_at = $1 WHERE id = $2")
        .bind(1_i64)
        .bind(invitation)
        .execute(&app.db)
        .await
        .expect("expire");
    let expired = new_client();
    assert_eq!(enter_code(&app, &expired, &code).await, "/start");
    let expired_page = answer(expired).await;
    assert!(expired_page.contains("Sorry, that code or link did not work."));

    // Welsh, for a visitor who chose it.
    let welsh = new_client();
    welsh
        .post(app.url("/api/set_language"))
        .header("origin", &app.address)
        .form(&[("lang", "cy"), ("back", "/start")])
        .send()
        .await
        .expect("lang");
    enter_code(&app, &welsh, "nonsense").await;
    let page = welsh.get(app.url("/start")).send().await.expect("GET").text().await.expect("body");
    assert!(page.contains("Sori, wnaeth y cod"), "{page}");
}

#[tokio::test]
async fn code_guessing_is_limited_per_address() {
    let app = spawn_app().await;
    let visitor = new_client();
    for _ in 0..10 {
        enter_code(&app, &visitor, "ACDEF-GHJKM").await;
    }
    enter_code(&app, &visitor, "ACDEF-GHJKM").await;
    let page = visitor.get(app.url("/start")).send().await.expect("GET").text().await.expect("body");
    assert!(page.contains("Too many tries."), "{page}");
}

#[tokio::test]
async fn changing_the_meeting_tells_emailed_invitees_with_the_same_link() {
    let sink = SmtpSink::start().await;
    let app = app_with_mail(&sink).await;
    let review = booked(&app, "Heledd", 6).await;
    let invitation = app.add_invitee(review, "parent", "Non", "email", "non@example.org").await;
    let letter = app.add_invitee(review, "child", "Heledd", "post", "").await;
    app.invitation_action(invitation, "send").await;
    app.invitation_action(letter, "letter").await;
    app.invitation_action(letter, "posted").await;
    let first = sink.wait_for(1, 10).await[0].link().expect("link");

    let id = review.to_string();
    let new_day = heard_tests::form_date(today() + Duration::days(8));
    let response = app
        .post_form(
            "/api/save_booking",
            &[
                ("review_id", id.as_str()),
                ("meeting_on", new_day.as_str()),
                ("meeting_at", "14:00"),
                ("arrangement", "video"),
                ("arrangement_details", "Teams link"),
                ("non_working_day", new_day.as_str()),
            ],
        )
        .await;
    assert_eq!(location(&response), format!("/staff/reviews/{review}"));
    let messages = sink.wait_for(2, 15).await;
    assert_eq!(messages.len(), 2, "the change notice went out");
    assert_eq!(messages[1].subject(), "Heard: the review meeting has changed");
    assert_eq!(messages[1].link().as_deref(), Some(first.as_str()), "the same link still works");
    let (reprint,): (i64,) =
        sqlx::query_as("SELECT needs_reprint FROM invitations WHERE id = $1").bind(letter).fetch_one(&app.db).await.expect("row");
    assert_eq!(reprint, 1, "the posted letter is marked for reprinting");
    let (_, home) = app.get_text("/staff").await;
    let to_post = home.find("Letters to post (").expect("section");
    let to_chase = home.find("Replies to chase (").expect("section");
    assert!(home[to_post..to_chase].contains("Heledd (Child)"), "the letter to print again is listed: {home}");
}

#[tokio::test]
async fn one_reminder_goes_before_the_deadline_and_never_twice() {
    let sink = SmtpSink::start().await;
    let app = app_with_mail(&sink).await;
    // A meeting four working days away puts today inside the reminder window.
    let meeting = app::domain::calendar::add_working_days(today(), 4);
    app.sign_in_as("support@dyffryn.example").await;
    let child = app.add_child("Iwan", today() - Duration::days(5)).await;
    let review = app.booked_review(child, meeting).await;
    let invitation = app.add_invitee(review, "carer", "Lowri", "email", "lowri@example.org").await;
    app.invitation_action(invitation, "send").await;
    assert_eq!(sink.wait_for(1, 10).await.len(), 1);
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    assert_eq!(sink.messages().len(), 1, "no reminder on the day it was sent");

    // As if it had been sent two days ago.
    let two_days_ago = time::OffsetDateTime::now_utc().unix_timestamp() - 2 * 86_400;
    sqlx::query("UPDATE invitations SET sent_at = $1 WHERE id = $2")
        .bind(two_days_ago)
        .bind(invitation)
        .execute(&app.db)
        .await
        .expect("age");
    let messages = sink.wait_for(2, 10).await;
    assert_eq!(messages.len(), 2);
    assert_eq!(messages[1].subject(), "Heard: a reminder to share your views");
    assert!(messages[1].body().contains("Hello Lowri,"));

    // A second server on the same database (as after a restart, or in a cluster) sends nothing more.
    let _second =
        spawn_app_on(&app.database_url, &app.data_dir, &[("HEARD_SMTP_URL", &sink.url()), ("HEARD_JOB_INTERVAL_SECONDS", "1")]).await;
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    assert_eq!(sink.messages().len(), 2, "the reminder is never sent twice");
    let (_, page) = app.get_text(&format!("/staff/reviews/{review}")).await;
    assert!(page.contains("Reminder sent"));
}

#[tokio::test]
async fn a_link_opens_in_the_invitations_language_with_its_words_read_aloud() {
    let sink = SmtpSink::start().await;
    let app = app_with_mail(&sink).await;
    let review = booked(&app, "Elin", 10).await;
    let added = app
        .post_form(
            "/api/add_invitee",
            &[
                ("review_id", &review.to_string()),
                ("audience", "parent"),
                ("first_name", "Dafydd"),
                ("language", "cy"),
                ("delivery", "email"),
                ("email", "dafydd@example.org"),
                ("postal_address", ""),
            ],
        )
        .await;
    assert_eq!(location(&added), format!("/staff/reviews/{review}"));
    let (invitation,): (i64,) =
        sqlx::query_as("SELECT MAX(id) FROM invitations WHERE review_id = $1").bind(review).fetch_one(&app.db).await.expect("row");
    app.invitation_action(invitation, "send").await;
    let link = sink.wait_for(1, 10).await[0].link().expect("link");

    // A browser that prefers English, opening a Welsh reader's link.
    let visitor = new_client();
    let first = visitor.get(&link).header("accept", "text/html").header("accept-language", "en-GB").send().await.expect("GET");
    assert_eq!(first.status().as_u16(), 302, "drawn again in Welsh");
    assert!(location(&first).ends_with("?again=1"), "{}", location(&first));
    assert!(first.headers().get("set-cookie").and_then(|v| v.to_str().ok()).is_some_and(|c| c.contains("heard_lang=cy")));
    let page = visitor.get(&link).header("accept", "text/html").header("accept-language", "en-GB").send().await.expect("GET");
    let page = page.text().await.expect("body");
    assert!(page.contains("<html lang=\"cy\""), "{page}");
    assert!(page.contains("Dafydd") && page.contains("read-aloud"), "a greeting with its read-aloud: {page}");
    // A browser that keeps no cookie is not sent round in circles: the second drawing stays.
    let cookieless = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client");
    let again = cookieless.get(format!("{link}?again=1")).header("accept", "text/html").send().await.expect("GET");
    assert_eq!(again.status().as_u16(), 200);
    // Someone who then chooses English on this device keeps English.
    let switched = heard_tests::browser_post(&visitor, &app.address, "/api/set_language", &[("lang", "en"), ("back", "/")]).await;
    assert!(switched.status().is_redirection());
    let again = visitor.get(&link).header("accept", "text/html").send().await.expect("GET");
    assert_eq!(again.status().as_u16(), 200);
    assert!(again.text().await.expect("body").contains("<html lang=\"en\""));
}
