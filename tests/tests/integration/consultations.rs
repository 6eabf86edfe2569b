//! The child's consultation over HTTP: their own secret, answers saved screen by screen, who may
//! see what, the advocacy offer, sending once, additions, "I don't feel safe", and the walls
//! between a child and everyone else.

use heard_tests::smtp::SmtpSink;
use heard_tests::{spawn_app, spawn_app_with, today, TestApp, Visitor};
use time::Duration;

/// A booked review, three weeks away, for a new child (born 2016, so the 8–12 form).
async fn booked(app: &TestApp, name: &str) -> i64 {
    app.sign_in_as("support@dyffryn.example").await;
    let child = app.add_child(name, today() - Duration::days(5)).await;
    app.booked_review(child, today() + Duration::days(20)).await
}

/// A child who came in with their code and made a picture secret: ready to answer.
async fn child_ready(app: &TestApp, review: i64, name: &str) -> (Visitor, i64) {
    let (child, invitation, landed) = app.invitee(review, "child", name).await;
    assert_eq!(landed, "/welcome");
    assert_eq!(child.redirected_to("/form").await, "/secret", "a secret comes before any question");
    let made =
        child.post("/api/set_secret", &[("kind", "pictures"), ("a[pic_cat]", "on"), ("a[pic_sun]", "on"), ("a[pic_tree]", "on")]).await;
    assert_eq!(made, "/form");
    (child, invitation)
}

async fn count(app: &TestApp, sql: &str, id: i64) -> i64 {
    let (n,): (i64,) = sqlx::query_as(sql).bind(id).fetch_one(&app.db).await.expect("count");
    n
}

async fn answer(app: &TestApp, invitation: i64, question: &str) -> Option<(String, String, String)> {
    sqlx::query_as(
        "SELECT a.choices, a.words, a.sharing FROM answers a JOIN consultations c ON c.id = a.consultation_id
         WHERE c.invitation_id = $1 AND a.question_id = $2",
    )
    .bind(invitation)
    .bind(question)
    .fetch_optional(&app.db)
    .await
    .expect("answer query")
}

#[tokio::test]
async fn a_child_answers_screen_by_screen_and_sends_once() {
    let app = spawn_app().await;
    let review = booked(&app, "Nia").await;
    let (child, invitation) = child_ready(&app, review, "Nia").await;

    // Resumes at the first screen; the form is the one for their age (8 to 12).
    assert_eq!(child.redirected_to("/form").await, "/form/screen/1");
    let (status, page) = child.get_text("/form/screen/1").await;
    assert_eq!(status, 200);
    assert!(page.contains("name=\"a[feel_now]\""), "the how-I-feel question");
    assert!(page.contains("/audio/en/"), "read-aloud buttons");
    assert!(!page.contains("name=\"a[feel_talk]\""), "a teenager's question is not asked");

    // Their words are kept exactly as typed, markup included, and private unless they choose.
    let words = "I like my room <b>a lot</b> & my cat";
    let next = child.post("/api/save_step", &[("step", "1"), ("go", "next"), ("a[feel_now]", "happy"), ("a[feel_now:words]", words)]).await;
    assert_eq!(next, "/form/screen/2");
    assert_eq!(answer(&app, invitation, "feel_now").await, Some(("happy".into(), words.into(), "private".into())));
    assert_eq!(app.invitation_status(invitation).await, "in_progress");

    // Pictures from a list, and "I don't want to say" stands alone.
    let step3 =
        child.post("/api/save_step", &[("step", "3"), ("go", "next"), ("a[family_who:mum]", "on"), ("a[family_who:dont_say]", "on")]).await;
    assert_eq!(step3, "/form/screen/4");
    assert_eq!(answer(&app, invitation, "family_who").await.map(|a| a.0), Some("dont_say".into()));

    // Back keeps answers and goes back; a made-up answer is refused and nothing is saved.
    assert_eq!(child.post("/api/save_step", &[("step", "2"), ("go", "back"), ("a[home_feel]", "okay")]).await, "/form/screen/1");
    assert_eq!(child.post("/api/save_step", &[("step", "2"), ("go", "next"), ("a[home_feel]", "drop_tables")]).await, "/form/screen/2");
    assert_eq!(answer(&app, invitation, "home_feel").await.map(|a| a.0), Some("okay".into()));
    let (_, again) = child.get_text("/form/screen/2").await;
    assert!(again.contains("Please choose one of the answers shown."), "the problem is explained");

    // Coming back to a screen shows what was said, escaped.
    let (_, first) = child.get_text("/form/screen/1").await;
    let at = first.find("I like my room").map(|i| first[i..(i + 60).min(first.len())].to_string());
    assert!(first.contains("I like my room &lt;b"), "shown as text, never as markup: {at:?}");
    assert!(!first.contains("<b>a lot</b>"), "never as markup");
    assert!(!first.contains("&amp;lt;"), "and not escaped twice");

    // Words that try to close the box stay inside it.
    let breakout = "</textarea><script>alert(1)</script>";
    child.post("/api/save_step", &[("step", "1"), ("go", "stay"), ("a[feel_now]", "happy"), ("a[feel_now:words]", breakout)]).await;
    let (_, page) = child.get_text("/form/screen/1").await;
    assert!(!page.contains("<script>alert(1)"), "typed markup never becomes markup");
    child.post("/api/save_step", &[("step", "1"), ("go", "stay"), ("a[feel_now]", "happy"), ("a[feel_now:words]", words)]).await;

    // The advocacy offer: yes creates one request with a reference and a notice to the provider.
    assert_eq!(child.post("/api/advocacy_choice", &[("choice", "more")]).await, "/form/advocate?more=1");
    // Asked half way through (from the help panel), it leads back to their screen.
    assert_eq!(child.post("/api/advocacy_choice", &[("choice", "yes")]).await, "/form/screen/4");
    assert_eq!(child.post("/api/advocacy_choice", &[("choice", "yes")]).await, "/form/screen/4");
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM advocacy_requests WHERE invitation_id = $1", invitation).await,
        1,
        "asked twice, one request"
    );
    let (reference,): (String,) = sqlx::query_as("SELECT reference FROM advocacy_requests WHERE invitation_id = $1")
        .bind(invitation)
        .fetch_one(&app.db)
        .await
        .expect("request");
    assert!(reference.starts_with("ADV-"));

    // The check shows the private list; the child shares one answer and sends, twice.
    let (_, check) = child.get_text("/form/check").await;
    assert!(check.contains("These are just for your IRO."), "{check}");
    assert!(check.contains("I like my room"));
    assert_eq!(child.post("/api/check_answers", &[("a[feel_now:sharing]", "share"), ("send", "1")]).await, "/form/done");
    assert_eq!(child.post("/api/check_answers", &[("send", "1")]).await, "/form/done");
    assert_eq!(answer(&app, invitation, "feel_now").await.map(|a| a.2), Some("share".into()));
    assert_eq!(app.invitation_status(invitation).await, "submitted");
    let (submitted,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_events WHERE action = 'consultation.submitted'")
        .fetch_one(&app.db)
        .await
        .expect("audit");
    assert_eq!(submitted, 1, "sending twice records once");

    // After sending, answers are not edited but more can be added, dated.
    assert_eq!(child.post("/api/save_step", &[("step", "1"), ("go", "next"), ("a[feel_now]", "sad")]).await, "/form/done");
    assert_eq!(answer(&app, invitation, "feel_now").await.map(|a| a.0), Some("happy".into()));
    assert_eq!(child.post("/api/add_more", &[("more", "   "), ("sharing", "private")]).await, "/form/done");
    assert_eq!(child.post("/api/add_more", &[("more", "One more thing"), ("sharing", "share")]).await, "/form/done");
    let (_, receipt) = child.get_text("/form/done").await;
    assert!(receipt.contains("One more thing"));
    assert!(receipt.contains("Added on"));
    assert!(receipt.contains(&reference), "the child can quote their advocacy request");
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM consultation_additions a JOIN consultations c ON c.id = a.consultation_id WHERE c.invitation_id = $1",
            invitation
        )
        .await,
        1,
        "the empty addition was refused"
    );
}

#[tokio::test]
async fn a_returning_child_needs_their_secret_and_wrong_tries_lock_it_until_the_iro_resets_it() {
    let app = spawn_app().await;
    let review = booked(&app, "Osian").await;
    let (invitation, code) = app.letter_code(review, "child", "Osian").await;
    let first = Visitor::new(&app);
    assert_eq!(first.post("/api/enter_code", &[("code", &code)]).await, "/welcome");
    // A passphrase: too short, then not matching, then made.
    assert_eq!(first.post("/api/set_secret", &[("kind", "phrase"), ("a[phrase]", "short"), ("a[phrase_again]", "short")]).await, "/secret");
    assert_eq!(
        first
            .post("/api/set_secret", &[("kind", "phrase"), ("a[phrase]", "purple dragons dance"), ("a[phrase_again]", "purple dragon")])
            .await,
        "/secret"
    );
    assert_eq!(
        first
            .post(
                "/api/set_secret",
                &[("kind", "phrase"), ("a[phrase]", "Purple Dragons dance"), ("a[phrase_again]", "purple dragons  dance")]
            )
            .await,
        "/form"
    );
    let (hash,): (String,) =
        sqlx::query_as("SELECT secret_hash FROM invitations WHERE id = $1").bind(invitation).fetch_one(&app.db).await.expect("hash");
    assert!(hash.starts_with("$argon2id$"), "stored as an argon2id hash only");

    // Coming back with the code alone is not enough.
    let back = Visitor::new(&app);
    assert_eq!(back.post("/api/enter_code", &[("code", &code)]).await, "/welcome");
    assert_eq!(back.redirected_to("/form").await, "/unlock");
    assert_eq!(back.redirected_to("/form/check").await, "/unlock");
    assert_eq!(back.post("/api/save_step", &[("step", "1"), ("a[feel_now]", "sad")]).await, "/unlock");
    assert_eq!(answer(&app, invitation, "feel_now").await, None, "nothing saved without the secret");
    assert_eq!(back.post("/api/unlock", &[("a[phrase]", "PURPLE dragons dance")]).await, "/form", "case and spacing forgiven");
    // Leaving locks it again: the same browser, with the code again, must give the secret again.
    back.post("/api/leave_review", &[]).await;
    assert_eq!(back.post("/api/enter_code", &[("code", &code)]).await, "/welcome");
    assert_eq!(back.redirected_to("/form").await, "/unlock", "a secret given before leaving does not carry over");

    // Five wrong tries lock it; then even the right one does not work.
    let third = Visitor::new(&app);
    third.post("/api/enter_code", &[("code", &code)]).await;
    for _ in 0..5 {
        assert_eq!(third.post("/api/unlock", &[("a[phrase]", "green dragons")]).await, "/unlock");
    }
    assert_eq!(third.post("/api/unlock", &[("a[phrase]", "purple dragons dance")]).await, "/unlock");
    let (_, page) = third.get_text("/unlock").await;
    assert!(page.contains("Ask your carer or your IRO to help"), "{page}");

    // Business support cannot reset it, nor an IRO who is not the child's; their IRO can (audited).
    app.allocate_iro(review, "iro@dyffryn.example").await;
    app.invitation_action(invitation, "reset_secret").await;
    app.sign_out().await;
    app.sign_in_as("iro2@dyffryn.example").await;
    app.invitation_action(invitation, "reset_secret").await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM invitations WHERE id = $1 AND secret_hash IS NOT NULL", invitation).await, 1);
    app.sign_out().await;
    app.sign_in_as("iro@dyffryn.example").await;
    let (_, review_page) = app.get_text(&format!("/staff/reviews/{review}")).await;
    assert!(review_page.contains("secret locked"), "the IRO sees why the child is stuck");
    app.invitation_action(invitation, "reset_secret").await;
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM invitations WHERE id = $1 AND secret_hash IS NULL AND secret_failures = 0", invitation).await,
        1
    );
    let (resets,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM audit_events WHERE action = 'secret.reset'").fetch_one(&app.db).await.expect("audit");
    assert_eq!(resets, 1);
    assert_eq!(third.redirected_to("/form").await, "/secret", "the child makes a new secret");
    // The session that had unlocked the old secret does not unlock the new one.
    let fresh = Visitor::new(&app);
    fresh.post("/api/enter_code", &[("code", &code)]).await;
    assert_eq!(
        fresh.post("/api/set_secret", &[("kind", "pictures"), ("a[pic_cat]", "on"), ("a[pic_dog]", "on"), ("a[pic_fish]", "on")]).await,
        "/form"
    );
    assert_eq!(first.redirected_to("/form").await, "/unlock", "the first visit's unlock was for the old secret");
}

#[tokio::test]
async fn not_feeling_safe_tells_the_iro_and_duty_team_at_once_without_saying_what() {
    let sink = SmtpSink::start().await;
    let app = spawn_app_with(&[("HEARD_SMTP_URL", &sink.url()), ("HEARD_JOB_INTERVAL_SECONDS", "1")]).await;
    let review = booked(&app, "Gethin").await;
    app.allocate_iro(review, "iro@dyffryn.example").await;
    let (child, invitation) = child_ready(&app, review, "Gethin").await;

    let words = "my secret words about home";
    let landed =
        child.post("/api/save_step", &[("step", "2"), ("go", "next"), ("a[home_feel]", "not_safe"), ("a[home_feel:words]", words)]).await;
    assert_eq!(landed, "/safe?back=/form/screen/3", "help comes first");
    let (_, safe) = child.get_text(&landed).await;
    assert!(safe.contains("tel:999"));
    assert!(safe.contains("We have told your IRO and the duty team."), "{safe}");
    assert!(safe.contains("href=\"/form/screen/3\""), "and the way back to the form");

    // The same child pressing the help panel's button too makes no second alert.
    assert_eq!(child.post("/api/not_safe", &[("back", "/form/screen/3")]).await, "/safe?back=/form/screen/3");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM alerts WHERE invitation_id = $1", invitation).await, 1);

    let messages = sink.wait_for(2, 15).await;
    let mut to: Vec<String> = messages.iter().map(|m| m.to.join(",")).collect();
    to.sort();
    assert_eq!(to, ["duty@dyffryn.example", "iro@dyffryn.example"]);
    for m in &messages {
        let body = m.body();
        assert!(!body.contains("Gethin") && !body.contains(words) && !body.contains("Fullname"), "no name, no words: {body}");
        assert!(m.subject().contains("urgent"), "{}", m.subject());
    }

    // It tops the IRO's home until they say they are dealing with it.
    app.sign_out().await;
    app.sign_in_as("iro@dyffryn.example").await;
    let (_, home) = app.get_text("/staff").await;
    let alert_at = home.find("Urgent: a child said they don't feel safe").expect("the alert is on the home page");
    let table_at = home.find("<table").unwrap_or(usize::MAX);
    assert!(alert_at < table_at, "above everything else");
    let (alert_id,): (i64,) =
        sqlx::query_as("SELECT id FROM alerts WHERE invitation_id = $1").bind(invitation).fetch_one(&app.db).await.expect("alert");
    let response = app.post_form("/api/acknowledge_alert", &[("alert_id", &alert_id.to_string())]).await;
    assert_eq!(heard_tests::location(&response), "/staff");
    let (_, after) = app.get_text("/staff").await;
    assert!(!after.contains("Urgent: a child said"));
    // The IRO is told their press worked (the home page once showed nothing).
    assert!(after.contains("Marked as being dealt with."), "the notice is shown on the home page");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM alerts WHERE id = $1 AND acknowledged_by IS NOT NULL", alert_id).await, 1);

    // Saving that screen again (typing elsewhere on it, or going back) raises nothing new.
    let again =
        child.post("/api/save_step", &[("step", "2"), ("go", "back"), ("a[home_feel]", "not_safe"), ("a[home_feel:words]", "more")]).await;
    assert_eq!(again, "/form/screen/1", "no second trip to the help page");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM alerts WHERE invitation_id = $1", invitation).await, 1);
}

#[tokio::test]
async fn a_child_can_say_they_are_not_safe_even_without_their_secret() {
    let app = spawn_app().await;
    let review = booked(&app, "Elin").await;
    let (invitation, code) = app.letter_code(review, "child", "Elin").await;
    let child = Visitor::new(&app);
    child.post("/api/enter_code", &[("code", &code)]).await;
    child.post("/api/set_secret", &[("kind", "pictures"), ("a[pic_cat]", "on"), ("a[pic_dog]", "on"), ("a[pic_fish]", "on")]).await;
    let forgot = Visitor::new(&app);
    forgot.post("/api/enter_code", &[("code", &code)]).await;
    assert_eq!(forgot.redirected_to("/form").await, "/unlock");
    assert_eq!(forgot.post("/api/not_safe", &[("back", "https://evil.example/")]).await, "/safe?back=/my-review");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM alerts WHERE invitation_id = $1", invitation).await, 1);
    // Someone who is not a signed-in child is shown help, and nothing is raised.
    let stranger = Visitor::new(&app);
    assert_eq!(stranger.post("/api/not_safe", &[]).await, "/help-now");
    let (all,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM alerts").fetch_one(&app.db).await.expect("alerts");
    assert_eq!(all, 1);
}

#[tokio::test]
async fn nobody_else_reaches_a_childs_answers() {
    let app = spawn_app().await;
    let review = booked(&app, "Tomos").await;
    let (child, invitation) = child_ready(&app, review, "Tomos").await;
    let words = "purple giraffe secret";
    child.post("/api/save_step", &[("step", "1"), ("go", "next"), ("a[feel_now]", "sad"), ("a[feel_now:words]", words)]).await;

    // A parent invited to the same review has a form of their own, behind a secret of their own,
    // and cannot write to the child's (tests/tests/parents.rs covers the rest).
    let (parent, parent_invitation, landed) = app.invitee(review, "parent", "Rhian").await;
    assert_eq!(landed, "/my-review");
    for path in ["/form", "/form/screen/1", "/form/check", "/form/done", "/form/advocate"] {
        let target = parent.redirected_to(path).await;
        assert_eq!(target, "/secret", "{path}");
    }
    let (_, check) = parent.get_text("/form/check").await;
    assert!(!check.contains(words));
    assert_eq!(parent.post("/api/save_step", &[("step", "1"), ("a[feel_now]", "happy")]).await, "/secret");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM consultations WHERE invitation_id = $1", parent_invitation).await, 0);
    assert_eq!(answer(&app, invitation, "feel_now").await.map(|a| a.0), Some("sad".into()), "the child's answer is untouched");

    // Another child, signed in with their own secret, sees only their own.
    let (other, _) = child_ready(&app, review, "Cai").await;
    let (_, other_screen) = other.get_text("/form/screen/1").await;
    assert!(!other_screen.contains(words));

    // Business support sees that the child is answering, never what they said.
    let (_, review_page) = app.get_text(&format!("/staff/reviews/{review}")).await;
    assert!(review_page.contains("Tomos"));
    assert!(!review_page.contains(words));
    let (_, home) = app.get_text("/staff").await;
    assert!(!home.contains(words));
}

#[tokio::test]
async fn a_message_to_the_iro_is_seen_by_their_iro_only_and_the_child_sees_it_was_read() {
    let app = spawn_app().await;
    let review = booked(&app, "Lowri").await;
    app.allocate_iro(review, "iro@dyffryn.example").await;
    let (child, invitation) = child_ready(&app, review, "Lowri").await;
    assert_eq!(child.post("/api/send_message", &[("kind", "shouting"), ("words", "hello")]).await, "/message", "a kind must be chosen");
    let (_, form) = child.get_text("/message").await;
    assert!(form.contains("Choose what your message is about."));
    assert!(form.contains(">hello</textarea>"), "what was typed is kept");
    let words = "I got a part in the school play";
    assert_eq!(child.post("/api/send_message", &[("kind", "good_news"), ("words", words)]).await, "/message");
    let (id,): (i64,) =
        sqlx::query_as("SELECT id FROM child_messages WHERE invitation_id = $1").bind(invitation).fetch_one(&app.db).await.expect("stored");
    let (_, sent) = child.get_text("/message").await;
    assert!(sent.contains(words) && !sent.contains("Your IRO has read this."));

    // Another IRO and business support cannot open it; the home lists it without its words.
    app.sign_in_as("iro2@dyffryn.example").await;
    let (status, other) = app.get_text(&format!("/staff/messages/{id}")).await;
    assert!(!other.contains(words), "status {status}");
    app.sign_out().await;
    app.sign_in_as("support@dyffryn.example").await;
    let (_, support) = app.get_text(&format!("/staff/messages/{id}")).await;
    assert!(!support.contains(words));
    app.sign_out().await;
    app.sign_in_as("iro@dyffryn.example").await;
    let (_, home) = app.get_text("/staff").await;
    assert!(home.contains("Messages from children") && home.contains("Lowri"));
    assert!(!home.contains("Asked for an advocate"), "nobody asked yet");
    assert!(!home.contains(words), "the words are one audited click away");
    let (_, page) = app.get_text(&format!("/staff/messages/{id}")).await;
    assert!(page.contains(words));
    let (reads,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_events WHERE action = 'message.read' AND subject_id = $1")
        .bind(id)
        .fetch_one(&app.db)
        .await
        .expect("audit");
    assert_eq!(reads, 1, "the read is audited");
    let (_, after) = child.get_text("/message").await;
    assert!(after.contains("Your IRO has read this."), "the child sees it was read");

    // "Yes please" to an advocate shows on the IRO's home with its reference.
    child.post("/api/advocacy_choice", &[("choice", "yes")]).await;
    let (reference,): (String,) = sqlx::query_as("SELECT reference FROM advocacy_requests WHERE invitation_id = $1")
        .bind(invitation)
        .fetch_one(&app.db)
        .await
        .expect("request");
    let (_, home) = app.get_text("/staff").await;
    assert!(home.contains("Asked for an advocate") && home.contains(&reference));
    let (notices,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE kind = 'message' AND subject_id = $1")
        .bind(id)
        .fetch_one(&app.db)
        .await
        .expect("notice");
    assert_eq!(notices, 1, "the IRO is told by email (without the words)");
}

#[tokio::test]
async fn free_text_keeps_its_own_direction_wherever_it_is_shown() {
    let app = spawn_app().await;
    let review = booked(&app, "Yara").await;
    app.allocate_iro(review, "iro@dyffryn.example").await;
    let (child, invitation) = child_ready(&app, review, "Yara").await;
    let words = "أريد أن أبقى مع أختي";
    child.post("/api/send_message", &[("kind", "other"), ("words", words)]).await;
    child.post("/api/save_step", &[("step", "1"), ("go", "next"), ("a[feel_now]", "happy"), ("a[feel_now:words]", words)]).await;
    // Every element showing the words sets its own direction (so Arabic reads right to left
    // inside an English page).
    let shown_with_direction = |page: &str| {
        let html = scraper::Html::parse_document(page);
        let all = scraper::Selector::parse("p, span, dd, textarea").expect("selector");
        let holding: Vec<_> = html.select(&all).filter(|e| e.text().collect::<String>().trim() == words).collect();
        !holding.is_empty() && holding.iter().all(|e| e.value().attr("dir") == Some("auto"))
    };
    let (_, sent) = child.get_text("/message").await;
    assert!(shown_with_direction(&sent), "the child's own message: {sent}");
    let (_, check) = child.get_text("/form/check").await;
    assert!(shown_with_direction(&check), "the check screen: {check}");
    let (id,): (i64,) =
        sqlx::query_as("SELECT id FROM child_messages WHERE invitation_id = $1").bind(invitation).fetch_one(&app.db).await.expect("stored");
    app.sign_out().await;
    app.sign_in_as("iro@dyffryn.example").await;
    let (_, page) = app.get_text(&format!("/staff/messages/{id}")).await;
    assert!(shown_with_direction(&page), "the IRO's message page: {page}");
}

#[tokio::test]
async fn the_check_screen_reads_each_line_aloud_and_the_receipts_sharing_choice_has_its_symbols() {
    let app = spawn_app().await;
    let review = booked(&app, "Owain").await;
    let (child, _) = child_ready(&app, review, "Owain").await;
    child.post("/api/save_step", &[("step", "1"), ("go", "next"), ("a[feel_now]", "happy")]).await;
    let (_, check) = child.get_text("/form/check").await;
    let html = scraper::Html::parse_document(&check);
    let said = scraper::Selector::parse(".said").expect("selector");
    let listen = scraper::Selector::parse(".read-aloud").expect("selector");
    let choices = scraper::Selector::parse(".said__choices li").expect("selector");
    let answer = html.select(&said).next().expect("the answer given");
    // One read-aloud for the question, and one beside each answer chosen.
    let answers = answer.select(&choices).count();
    assert!(answers >= 1);
    assert_eq!(answer.select(&listen).count(), 1 + answers, "{}", answer.html());
    for choice in answer.select(&choices) {
        assert_eq!(choice.select(&listen).count(), 1, "{}", choice.html());
    }

    child.post("/api/check_answers", &[("send", "1")]).await;
    let (_, done) = child.get_text("/form/done").await;
    let html = scraper::Html::parse_document(&done);
    for id in ["more-private", "more-share"] {
        let label = scraper::Selector::parse(&format!("label[for=\"{id}\"] img")).expect("selector");
        assert_eq!(html.select(&label).count(), 1, "the {id} choice has its symbol: {done}");
    }
    let sharing = scraper::Selector::parse("fieldset.sharing .read-aloud").expect("selector");
    assert!(html.select(&sharing).count() >= 2, "and its words read aloud");
}

/// The form keeper posts as the child types and reads only the status: 200 kept, 422 refused
/// with what to change, 401 signed out or not yet unlocked (so it keeps the words on the
/// device and says so, rather than showing "offline" and trying for ever).
#[tokio::test]
async fn autosave_answers_the_form_keeper_by_status() {
    let app = spawn_app().await;
    let review = booked(&app, "Nia").await;
    let keeper_post = |visitor: &Visitor, form: &'static [(&'static str, &'static str)]| {
        visitor
            .client
            .post(visitor.url("/api/autosave"))
            .header("accept", "application/json")
            .header("origin", visitor.address.as_str())
            .header("sec-fetch-site", "same-origin")
            .form(form)
            .send()
    };
    let saying: &[(&str, &str)] = &[("step", "1"), ("a[feel_now]", "happy")];

    let stranger = Visitor::new(&app);
    assert_eq!(keeper_post(&stranger, saying).await.expect("post").status(), 401, "nobody came in");

    let (locked, _, landed) = app.invitee(review, "child", "Nia").await;
    assert_eq!(landed, "/welcome");
    assert_eq!(keeper_post(&locked, saying).await.expect("post").status(), 401, "came in, no secret yet");

    let (child, invitation) = child_ready(&app, review, "Nia").await;
    let kept = keeper_post(&child, saying).await.expect("post");
    assert_eq!(kept.status(), 200);
    assert_eq!(answer(&app, invitation, "feel_now").await.map(|a| a.0), Some("happy".to_string()));
    let refused = keeper_post(&child, &[("step", "1"), ("a[feel_now]", "not_a_choice")]).await.expect("post");
    assert_eq!(refused.status(), 422);
}
