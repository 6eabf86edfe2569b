//! The outcome letter over HTTP: after the meeting the IRO writes to the child; sending it marks
//! the review held and tells the child (without what it says); the child reads it with their own
//! code and secret; nobody else writes or reads it.

use heard_tests::{location, spawn_app, today, TestApp, Visitor};
use time::Duration;

const TALKED: &str = "We talked about school and your brother.";
const DECIDED: &str = "You will see Dylan every Saturday.";
const NEXT: &str = "Your social worker will ring the school.";
const ASK: &str = "Ask Nia, your advocate. Or ring me.";

async fn count(app: &TestApp, sql: &str, id: i64) -> i64 {
    let (n,): (i64,) = sqlx::query_as(sql).bind(id).fetch_one(&app.db).await.expect("count");
    n
}

/// A review whose meeting was yesterday; the child came in with a posted code (returned) and
/// made a picture secret; a parent was invited too.
async fn review_after_meeting(app: &TestApp) -> (i64, Visitor, Visitor, String) {
    app.sign_in_as("support@dyffryn.example").await;
    let child_id = app.add_child("Heulwen", today() - Duration::days(5)).await;
    let review = app.booked_review(child_id, today() + Duration::days(20)).await;
    app.allocate_iro(review, "iro@dyffryn.example").await;
    let (_, code) = app.letter_code(review, "child", "Heulwen").await;
    let child = Visitor::new(app);
    child.post("/api/enter_code", &[("code", &code)]).await;
    child.post("/api/set_secret", &[("kind", "pictures"), ("a[pic_cat]", "on"), ("a[pic_sun]", "on"), ("a[pic_tree]", "on")]).await;
    child.post("/api/check_answers", &[("send", "1")]).await;
    let (parent, _, _) = app.invitee(review, "parent", "Rhodri").await;
    app.sign_out().await;
    // The meeting day passes (links last until then, so they are kept open for the test's sake).
    let yesterday = heard_tests::form_date(today() - Duration::days(1));
    sqlx::query("UPDATE reviews SET meeting_on = $1 WHERE id = $2").bind(&yesterday).bind(review).execute(&app.db).await.expect("moved");
    (review, child, parent, code)
}

fn letter_form(review: i64, send: bool) -> Vec<(&'static str, String)> {
    let mut form = vec![
        ("review_id", review.to_string()),
        ("talked", TALKED.to_string()),
        ("decided", DECIDED.to_string()),
        ("next_steps", NEXT.to_string()),
        ("who_to_ask", ASK.to_string()),
    ];
    if send {
        form.push(("send", "1".to_string()));
    }
    form
}

async fn post(app: &TestApp, form: &[(&str, String)]) -> reqwest::Response {
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    app.post_form("/api/save_outcome_letter", &form).await
}

#[tokio::test]
async fn the_iro_writes_after_the_meeting_and_the_child_reads_it_with_their_secret() {
    let app = spawn_app().await;
    let (review, child, parent, code) = review_after_meeting(&app).await;
    let page = format!("/staff/reviews/{review}/outcome");

    app.sign_in_as("iro@dyffryn.example").await;
    let (_, review_page) = app.get_text(&format!("/staff/reviews/{review}")).await;
    assert!(review_page.contains(&page) && review_page.contains("Write to Heulwen about the meeting"), "offered on the review page");

    // Sending an unfinished letter says what is missing and keeps what was written.
    let mut unfinished = letter_form(review, true);
    unfinished.retain(|(k, _)| *k != "decided");
    let response = post(&app, &unfinished).await;
    assert_eq!(location(&response), page);
    let (_, form) = app.get_text(&page).await;
    assert!(form.contains("Write what you decided.") && form.contains(TALKED), "the problem is named and nothing is lost");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM outcome_letters WHERE review_id = $1 AND sent_at IS NOT NULL", review).await, 0);
    // What was written is kept as a draft, so it survives even a page reloaded without the message.
    let (_, reloaded) = app.get_text(&page).await;
    assert!(!reloaded.contains("Write what you decided.") && reloaded.contains(TALKED), "kept as a draft");

    // A draft is kept and sends nothing; the child's link still opens the form, not a letter.
    post(&app, &letter_form(review, false)).await;
    let (_, draft) = app.get_text(&page).await;
    assert!(draft.contains("Draft saved. Nothing has been sent.") && draft.contains(DECIDED));
    assert_eq!(child.redirected_to("/letter").await, "/form", "a draft is not the child's to read");

    // Sent: the review is held, the parent's link ends, the child is told how.
    let response = post(&app, &letter_form(review, true)).await;
    assert_eq!(location(&response), page);
    let (_, sent) = app.get_text(&page).await;
    assert!(sent.contains("Your letter is sent.") && sent.contains("the next review is due by"), "{sent}");
    assert!(sent.contains("has not opened it yet"));
    let (status,): (String,) =
        sqlx::query_as("SELECT status FROM reviews WHERE id = $1").bind(review).fetch_one(&app.db).await.expect("review");
    assert_eq!(status, "held");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_events WHERE action = 'outcome.sent' AND subject_id = $1", review).await, 1);
    // Once sent it cannot be changed.
    let mut changed = letter_form(review, true);
    changed[1].1 = "Something else.".into();
    post(&app, &changed).await;
    let (words,): (String,) =
        sqlx::query_as("SELECT talked FROM outcome_letters WHERE review_id = $1").bind(review).fetch_one(&app.db).await.expect("letter");
    assert_eq!(words, TALKED);
    app.sign_out().await;

    assert_eq!(parent.redirected_to("/form").await, "/start", "the parent's invitation has ended with the review");
    assert!(!parent.get_text("/letter").await.1.contains(DECIDED));

    // The child, in a new browser, comes in with their code: the letter waits behind their secret.
    let code_owner = Visitor::new(&app);
    let landed = code_owner.post("/api/enter_code", &[("code", &code)]).await;
    assert_eq!(landed, "/letter");
    assert_eq!(code_owner.redirected_to("/letter").await, "/unlock", "the secret first");
    code_owner.post("/api/unlock", &[("a[pic_cat]", "on"), ("a[pic_sun]", "on"), ("a[pic_tree]", "on")]).await;
    let (status, letter) = code_owner.get_text("/letter").await;
    assert_eq!(status, 200);
    for words in [TALKED, DECIDED, NEXT, ASK] {
        assert!(letter.contains(words), "the child reads {words:?}");
    }
    assert!(letter.contains("What we decided") && letter.contains("/symbols/tick.svg"), "headings with their symbols");
    assert!(letter.contains("Iola Roberts"), "signed by their IRO");
    // The form is closed now: pages and changes alike lead back to the letter, and change nothing.
    assert_eq!(code_owner.redirected_to("/form").await, "/letter");
    assert_eq!(code_owner.redirected_to("/message").await, "/letter");
    let changes: [(&str, &[(&str, &str)]); 5] = [
        ("/api/save_step", &[("step", "1"), ("go", "next"), ("a[feel_now:words]", "after the meeting")]),
        ("/api/send_message", &[("kind", "worried"), ("words", "after the meeting")]),
        ("/api/add_more", &[("more", "after the meeting"), ("sharing", "private")]),
        ("/api/advocacy_choice", &[("choice", "yes")]),
        ("/api/check_answers", &[("send", "1")]),
    ];
    for (path, form) in changes {
        assert_eq!(code_owner.post(path, form).await, "/letter", "{path} is closed after the review");
    }
    for table in ["answers", "child_messages", "consultation_additions", "advocacy_requests"] {
        let (n,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(&app.db).await.expect("count");
        assert_eq!(n, 0, "nothing reached {table}");
    }

    app.sign_in_as("iro@dyffryn.example").await;
    assert!(app.get_text(&page).await.1.contains("Heulwen read it on"), "the IRO sees it was read");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_events WHERE action = 'outcome.read' AND subject_id = $1", review).await, 1);
    // The browser the child answered in still reads it too (their session was unlocked there).
    assert!(child.get_text("/letter").await.1.contains(DECIDED));
}

#[tokio::test]
async fn an_emailed_child_is_told_there_is_a_letter_without_what_it_says() {
    let app = spawn_app().await;
    app.sign_in_as("support@dyffryn.example").await;
    let child_id = app.add_child("Gwion", today() - Duration::days(5)).await;
    let review = app.booked_review(child_id, today() + Duration::days(20)).await;
    app.allocate_iro(review, "iro@dyffryn.example").await;
    let invitation = app.add_invitee(review, "child", "Gwion", "email", "gwion@example.org").await;
    app.invitation_action(invitation, "send").await;
    app.sign_out().await;
    let yesterday = heard_tests::form_date(today() - Duration::days(1));
    sqlx::query("UPDATE reviews SET meeting_on = $1 WHERE id = $2").bind(&yesterday).bind(review).execute(&app.db).await.expect("moved");

    app.sign_in_as("iro@dyffryn.example").await;
    post(&app, &letter_form(review, true)).await;
    let (_, sent) = app.get_text(&format!("/staff/reviews/{review}/outcome")).await;
    assert!(sent.contains("has been emailed to say there is a letter"), "{sent}");
    let outbox = app.data_dir.join("outbox");
    let mut found = None;
    for _ in 0..50 {
        let entries = app::server::mail::read_outbox(&outbox, 20).await.expect("outbox");
        if let Some(entry) = entries.into_iter().find(|e| e.subject == "Heard: a letter from your IRO") {
            found = Some(entry);
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let email = found.expect("the child is emailed");
    assert_eq!(email.to, "gwion@example.org");
    assert!(email.body.contains("/i/"), "with their link");
    for words in [TALKED, DECIDED, NEXT, ASK, "Iola"] {
        assert!(!email.body.contains(words), "no content in the message: {words:?}");
    }
}

#[tokio::test]
async fn nobody_but_the_childs_iro_writes_or_reads_the_letter() {
    let app = spawn_app().await;
    let (review, child, parent, _) = review_after_meeting(&app).await;
    let page = format!("/staff/reviews/{review}/outcome");
    app.sign_in_as("iro@dyffryn.example").await;
    post(&app, &letter_form(review, false)).await;
    app.sign_out().await;

    for email in
        ["support@dyffryn.example", "manager@dyffryn.example", "admin@dyffryn.example", "iro2@dyffryn.example", "iro@glannau.example"]
    {
        app.sign_in_as(email).await;
        let (_, shown) = app.get_text(&page).await;
        assert!(!shown.contains(TALKED), "{email} reads no draft");
        let response = app.post_form("/api/outcome_page", &[("id", &review.to_string())]).await;
        assert!(response.status().as_u16() >= 300, "{email}: refused");
        assert!(!response.text().await.expect("body").contains(TALKED));
        let mut send = letter_form(review, true);
        send[1].1 = format!("Written by {email}");
        post(&app, &send).await;
        app.sign_out().await;
    }
    assert_eq!(count(&app, "SELECT COUNT(*) FROM outcome_letters WHERE review_id = $1 AND sent_at IS NOT NULL", review).await, 0);
    let (talked,): (String,) =
        sqlx::query_as("SELECT talked FROM outcome_letters WHERE review_id = $1").bind(review).fetch_one(&app.db).await.expect("draft");
    assert_eq!(talked, TALKED, "nobody else changed the draft");
    // Invitees and strangers get nothing either.
    for visitor in [&child, &parent, &Visitor::new(&app)] {
        assert!(!visitor.get_text(&page).await.1.contains(TALKED));
        assert!(!visitor.get_text("/letter").await.1.contains(TALKED));
    }
}
