//! Parents and carers over HTTP: their own passphrase, their own form saved screen by screen,
//! advocacy for parents from the parents' provider, sending once, additions, and the walls
//! between them, the child, and everyone else.

use heard_tests::smtp::SmtpSink;
use heard_tests::{browser_post, spawn_app, spawn_app_with, today, TestApp, Visitor};
use time::Duration;

/// A booked review, three weeks away, for a new child.
async fn booked(app: &TestApp, name: &str) -> i64 {
    app.sign_in_as("support@dyffryn.example").await;
    let child = app.add_child(name, today() - Duration::days(5)).await;
    app.booked_review(child, today() + Duration::days(20)).await
}

/// A parent or carer who came in with their code and made a passphrase: ready to answer.
async fn adult_ready(app: &TestApp, review: i64, audience: &str, name: &str) -> (Visitor, i64) {
    let (adult, invitation, landed) = app.invitee(review, audience, name).await;
    assert_eq!(landed, "/my-review", "parents and carers start from their review page");
    assert_eq!(adult.redirected_to("/form").await, "/secret", "a secret comes before any question");
    let phrase = format!("{name} likes long walks");
    let made = adult.post("/api/set_secret", &[("kind", "phrase"), ("a[phrase]", &phrase), ("a[phrase_again]", &phrase)]).await;
    assert_eq!(made, "/form");
    (adult, invitation)
}

async fn answer(app: &TestApp, invitation: i64, question: &str) -> Option<(String, String)> {
    sqlx::query_as(
        "SELECT a.choices, a.words FROM answers a JOIN consultations c ON c.id = a.consultation_id
         WHERE c.invitation_id = $1 AND a.question_id = $2",
    )
    .bind(invitation)
    .bind(question)
    .fetch_optional(&app.db)
    .await
    .expect("answer query")
}

async fn count(app: &TestApp, sql: &str, id: i64) -> i64 {
    let (n,): (i64,) = sqlx::query_as(sql).bind(id).fetch_one(&app.db).await.expect("count");
    n
}

/// Calls a server function the way a script would, returning the status and the body.
async fn call(visitor: &Visitor, endpoint: &str, form: &[(&str, &str)]) -> (u16, String) {
    let response = browser_post(&visitor.client, &visitor.address, &format!("/api/{endpoint}"), form).await;
    let status = response.status().as_u16();
    (status, response.text().await.expect("body"))
}

#[tokio::test]
async fn a_parent_gives_their_views_in_welsh_and_asks_for_an_advocate_from_the_parents_provider() {
    let sink = SmtpSink::start().await;
    let app = spawn_app_with(&[("HEARD_SMTP_URL", &sink.url()), ("HEARD_JOB_INTERVAL_SECONDS", "1")]).await;
    // The council names a family advocacy service for parents.
    app.sign_in_as("admin@dyffryn.example").await;
    let saved = app
        .post_form(
            "/api/save_settings",
            &[
                ("advocacy_name", "Tros Gynnal Plant"),
                ("advocacy_email", "children@advocacy.example"),
                ("parent_advocacy_name", "Family Voice Cymru"),
                ("parent_advocacy_email", "parents@familyvoice.example"),
                ("parent_advocacy_phone", "01267 123 456"),
                ("post_enabled", "1"),
            ],
        )
        .await;
    assert_eq!(heard_tests::location(&saved), "/staff/admin/settings");
    app.sign_out().await;
    let review = booked(&app, "Nia").await;

    let (parent, invitation, _) = app.invitee(review, "parent", "Rhian").await;
    parent.post("/api/set_language", &[("lang", "cy"), ("back", "/my-review")]).await;
    let (_, welcome) = parent.get_text("/my-review").await;
    assert!(welcome.contains("Rhoi eich barn"), "a Welsh button to give views: {welcome}");
    assert!(welcome.contains("All eich plentyn ddim gweld eich atebion yma."), "who reads it, said first");
    assert!(welcome.contains("/audio/cy/"), "read aloud in Welsh");
    assert!(!welcome.contains("not_safe"), "the child's 'not safe' button is not a parent's");

    // Parents make a passphrase; a picture code is a child's and is not offered or accepted.
    assert_eq!(parent.redirected_to("/form").await, "/secret");
    let (_, secret) = parent.get_text("/secret").await;
    assert!(secret.contains("Creu eich ymadrodd cyfrinachol") && !secret.contains("pic_cat"), "{secret}");
    assert_eq!(
        parent.post("/api/set_secret", &[("kind", "pictures"), ("a[pic_cat]", "on"), ("a[pic_sun]", "on"), ("a[pic_tree]", "on")]).await,
        "/secret",
        "no picture code for adults"
    );
    let (_, refused) = parent.get_text("/secret").await;
    assert!(refused.contains("Mae angen 8 llythyren neu fwy"), "the problem is said in Welsh");
    let phrase = "afon las y bore";
    assert_eq!(parent.post("/api/set_secret", &[("kind", "phrase"), ("a[phrase]", phrase), ("a[phrase_again]", phrase)]).await, "/form");

    // The parent's own form, in Welsh, read aloud.
    assert_eq!(parent.redirected_to("/form").await, "/form/screen/1");
    let (_, first) = parent.get_text("/form/screen/1").await;
    assert!(first.contains("name=\"a[care_day]\""), "the parent's form");
    assert!(!first.contains("name=\"a[feel_now]\""), "not the child's");
    assert!(first.contains("Gofal eich plentyn") && first.contains("/audio/cy/"));
    assert!(!first.contains("sharing"), "a parent's views all go to the IRO: no sharing choice");
    let worry = "Dw i'n poeni <am> yr ysgol & y teithio";
    assert_eq!(
        parent.post("/api/save_step", &[("step", "1"), ("go", "next"), ("a[care_day]", "okay"), ("a[care_change:words]", worry)]).await,
        "/form/screen/2"
    );
    assert_eq!(answer(&app, invitation, "care_change").await, Some((String::new(), worry.into())));
    assert_eq!(app.invitation_status(invitation).await, "in_progress");

    // "Talk to an advocate" from the help panel half way through leads back, skipping nothing.
    assert_eq!(parent.post("/api/advocacy_choice", &[("choice", "no")]).await, "/form/screen/2");
    assert_eq!(parent.redirected_to("/form").await, "/form/screen/2", "still resumes where they were");

    // Screen 5 is the plan; screen 10 the meeting, where writing is a way of taking part.
    parent.post("/api/save_step", &[("step", "5"), ("go", "next"), ("a[plan_agree]", "partly")]).await;
    let (_, meeting) = parent.get_text("/form/screen/10").await;
    assert!(meeting.contains("value=\"in_writing\""));
    assert_eq!(parent.post("/api/save_step", &[("step", "11"), ("go", "next")]).await, "/form/advocate", "then the offer of an advocate");
    parent.post("/api/save_step", &[("step", "10"), ("go", "stay"), ("a[meeting_how]", "in_writing")]).await;

    // The active offer names the parents' provider; "tell me more", then "yes" twice: one request.
    let (_, offer) = parent.get_text("/form/advocate").await;
    assert!(offer.contains("Family Voice Cymru") && offer.contains("Hoffech chi gael eiriolwr?"), "{offer}");
    assert!(!offer.contains("Tros Gynnal Plant"), "not the children's provider");
    assert_eq!(parent.post("/api/advocacy_choice", &[("choice", "more")]).await, "/form/advocate?more=1");
    assert_eq!(parent.post("/api/advocacy_choice", &[("choice", "yes")]).await, "/form/check");
    assert_eq!(parent.post("/api/advocacy_choice", &[("choice", "yes")]).await, "/form/check");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM advocacy_requests WHERE invitation_id = $1", invitation).await, 1);
    let mail = sink.wait_for(1, 15).await;
    let referral = mail.iter().find(|m| m.to.contains(&"parents@familyvoice.example".to_string())).expect("the parents' provider is told");
    let body = referral.body();
    assert!(body.contains("A parent of a child in care has asked for an advocate"), "says who asked: {body}");
    for private in ["Rhian", "Nia", "poeni", "ysgol"] {
        assert!(!body.contains(private), "the referral carries no {private}: {body}");
    }

    // The check lists everything said, escaped; sending twice sends once.
    let (_, check) = parent.get_text("/form/check").await;
    assert!(
        check.contains("Dw i&#x27;n poeni &lt;am&gt; yr ysgol &amp; y teithio")
            || check.contains("Dw i'n poeni &lt;am&gt; yr ysgol &amp; y teithio")
    );
    assert!(!check.contains("<am>"), "never as markup");
    assert!(check.contains("Anfon at yr IRO"));
    assert_eq!(parent.post("/api/check_answers", &[("send", "1")]).await, "/form/done");
    assert_eq!(parent.post("/api/check_answers", &[("send", "1")]).await, "/form/done");
    assert_eq!(app.invitation_status(invitation).await, "submitted");
    let submitted = count(&app, "SELECT COUNT(*) FROM audit_events WHERE action = 'consultation.submitted' AND subject_id = $1", {
        let (id,): (i64,) =
            sqlx::query_as("SELECT id FROM consultations WHERE invitation_id = $1").bind(invitation).fetch_one(&app.db).await.expect("c");
        id
    })
    .await;
    assert_eq!(submitted, 1, "sending twice records once");

    // The receipt: sent, the advocacy reference, what they said; edits are refused after sending.
    let (_, done) = parent.get_text("/form/done").await;
    assert!(done.contains("Diolch am eich barn") && done.contains("ADV-"), "{done}");
    assert_eq!(parent.post("/api/save_step", &[("step", "1"), ("go", "next"), ("a[care_day]", "good")]).await, "/form/done");
    assert_eq!(answer(&app, invitation, "care_day").await.map(|a| a.0), Some("okay".into()), "frozen once sent");

    // Additions until the deadline: an empty one is refused in Welsh, a real one is dated.
    assert_eq!(parent.post("/api/add_more", &[("more", "   ")]).await, "/form/done");
    let (_, empty) = parent.get_text("/form/done").await;
    assert!(empty.contains("Ysgrifenn"), "the problem in Welsh");
    assert_eq!(parent.post("/api/add_more", &[("more", "Mae gen i gwestiwn arall."), ("sharing", "share")]).await, "/form/done");
    let (sharing,): (String,) = sqlx::query_as(
        "SELECT a.sharing FROM consultation_additions a JOIN consultations c ON c.id = a.consultation_id WHERE c.invitation_id = $1",
    )
    .bind(invitation)
    .fetch_one(&app.db)
    .await
    .expect("addition");
    assert_eq!(sharing, "private", "only a child chooses who may see what");

    // The IRO's home lists the parent's request against the child, marked as a parent's.
    app.allocate_iro(review, "iro@dyffryn.example").await;
    app.sign_out().await;
    app.sign_in_as("iro@dyffryn.example").await;
    let (_, home) = app.get_text("/staff").await;
    assert!(home.contains("Asked for an advocate") && home.contains("a parent asked"), "{home}");
}

#[tokio::test]
async fn a_carer_reports_on_the_child_with_no_advocacy_step_and_comes_back_with_their_phrase() {
    let app = spawn_app().await;
    let review = booked(&app, "Osian").await;
    let (carer, invitation) = adult_ready(&app, review, "carer", "Gwen").await;
    let (_, first) = carer.get_text("/form/screen/1").await;
    assert!(first.contains("name=\"a[progress_overall]\"") && first.contains("name=\"a[progress_achievements:words]\""));
    let achievements = "Swam 25 metres.\nJoined the Urdd choir.";
    carer
        .post(
            "/api/save_step",
            &[("step", "1"), ("go", "next"), ("a[progress_overall]", "good"), ("a[progress_achievements:words]", achievements)],
        )
        .await;
    carer
        .post("/api/save_step", &[("step", "2"), ("go", "later"), ("a[health_checks:dental]", "on"), ("a[health_checks:eyes]", "on")])
        .await;
    assert_eq!(answer(&app, invitation, "health_checks").await.map(|a| a.0), Some("dental eyes".into()));

    // Leaving and coming back needs the code and the phrase; the form resumes where they were.
    assert_eq!(carer.post("/api/leave_review", &[]).await, "/start");
    assert_eq!(carer.redirected_to("/form").await, "/start");
    let (_, letter) = app.get_text(&format!("/staff/invitations/{invitation}/letter")).await;
    let start = letter.find("letter__code\">").expect("the code") + "letter__code\">".len();
    let code: String = letter[start..].chars().take(11).collect();
    let carer = Visitor::new(&app);
    assert_eq!(carer.post("/api/enter_code", &[("code", &code)]).await, "/my-review");
    assert_eq!(carer.redirected_to("/form").await, "/unlock");
    assert_eq!(carer.post("/api/unlock", &[("a[phrase]", "Gwen likes short walks")]).await, "/unlock");
    assert_eq!(carer.post("/api/unlock", &[("a[phrase]", "  GWEN likes long   walks ")]).await, "/form", "case and spacing forgiven");
    assert_eq!(carer.redirected_to("/form").await, "/form/screen/2", "resumes where they stopped");
    // The last screen leads straight to the check: carers are not offered an advocate.
    assert_eq!(
        carer.post("/api/save_step", &[("step", "10"), ("go", "next"), ("a[anything_else_iro:words]", "Thank you.")]).await,
        "/form/check"
    );
    assert_eq!(carer.redirected_to("/form/advocate").await, "/form/check", "no advocacy screen for carers");
    assert_eq!(carer.post("/api/advocacy_choice", &[("choice", "yes")]).await, "/form/check");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM advocacy_requests WHERE invitation_id = $1", invitation).await, 0);
    let (_, check) = carer.get_text("/form/check").await;
    assert!(check.contains("Swam 25 metres.") && check.contains("Send to the IRO"), "{check}");
    assert_eq!(carer.post("/api/check_answers", &[("send", "1")]).await, "/form/done");
    let (_, done) = carer.get_text("/form/done").await;
    assert!(done.contains("Thank you for your views") && done.contains("Joined the Urdd choir."));
    assert!(!done.contains("Tell my IRO"), "messages between reviews are the child's");
    assert_eq!(carer.redirected_to("/message").await, "/my-review");
}

#[tokio::test]
async fn parents_carers_and_the_child_never_see_each_others_answers_or_another_review() {
    let app = spawn_app().await;
    let review = booked(&app, "Tomos").await;
    app.allocate_iro(review, "iro@dyffryn.example").await;
    let (mum, mum_invitation) = adult_ready(&app, review, "parent", "Rhian").await;
    let (dad, dad_invitation) = adult_ready(&app, review, "parent", "Gareth").await;
    let (carer, carer_invitation) = adult_ready(&app, review, "carer", "Gwen").await;
    let (child, child_invitation, _) = app.invitee(review, "child", "Tomos").await;
    child.post("/api/set_secret", &[("kind", "pictures"), ("a[pic_cat]", "on"), ("a[pic_sun]", "on"), ("a[pic_tree]", "on")]).await;

    let said = [
        (&mum, "mum-words-violet", "care_change"),
        (&dad, "dad-words-saffron", "care_change"),
        (&carer, "carer-words-teal", "progress_achievements"),
        (&child, "child-words-amber", "feel_now"),
    ];
    for (who, words, question) in said {
        let field = format!("a[{question}:words]");
        who.post("/api/save_step", &[("step", "1"), ("go", "stay"), (field.as_str(), words)]).await;
    }
    for (invitation, words, question) in [
        (mum_invitation, "mum-words-violet", "care_change"),
        (dad_invitation, "dad-words-saffron", "care_change"),
        (carer_invitation, "carer-words-teal", "progress_achievements"),
        (child_invitation, "child-words-amber", "feel_now"),
    ] {
        assert_eq!(answer(&app, invitation, question).await.map(|a| a.1), Some(words.to_string()));
    }

    // Every page and data call of each shows their own words and nobody else's.
    for (who, own, _) in said {
        let mut seen = String::new();
        for path in ["/form/screen/1", "/form/check", "/form/done", "/my-review"] {
            seen.push_str(&who.get_text(path).await.1);
        }
        for endpoint in ["said_page", "form_step", "child_status"] {
            seen.push_str(&call(who, endpoint, &[("step", "1")]).await.1);
        }
        assert!(seen.contains(own), "each sees their own ({own})");
        for (_, other, _) in said.iter().filter(|(_, w, _)| *w != own) {
            assert!(!seen.contains(other), "{own} must not see {other}");
        }
    }

    // A parent's link cannot open the carer's form: the carer's questions are not theirs to answer.
    let (_, mum_form) = mum.get_text("/form/screen/1").await;
    assert!(!mum_form.contains("progress_overall"));
    mum.post("/api/save_step", &[("step", "1"), ("go", "stay"), ("a[progress_overall]", "very_poor"), ("a[feel_now]", "sad")]).await;
    assert_eq!(answer(&app, mum_invitation, "progress_overall").await, None, "nothing outside their form is stored");
    assert_eq!(answer(&app, carer_invitation, "progress_overall").await.map(|a| a.0), Some(String::new()), "the carer's is untouched");
    assert_eq!(answer(&app, child_invitation, "feel_now").await.map(|a| a.0), Some(String::new()), "the child's answer is untouched");

    // Staff-only server functions, called with this review's real ids, refuse and reveal nothing.
    let (message_id,): (i64,) = {
        child.post("/api/send_message", &[("kind", "worried"), ("words", "child-message-crimson")]).await;
        sqlx::query_as("SELECT id FROM child_messages WHERE invitation_id = $1")
            .bind(child_invitation)
            .fetch_one(&app.db)
            .await
            .expect("message")
    };
    // Pressed while the mail job writes the message's notice: the alert must not be lost.
    child.post("/api/not_safe", &[("back", "/form/screen/1")]).await;
    let (alert_id,): (i64,) =
        sqlx::query_as("SELECT id FROM alerts WHERE invitation_id = $1").bind(child_invitation).fetch_one(&app.db).await.expect("alert");
    let review_text = review.to_string();
    let message_text = message_id.to_string();
    let alert_text = alert_id.to_string();
    let child_invitation_text = child_invitation.to_string();
    let calls: [(&str, Vec<(&str, &str)>); 7] = [
        ("read_message", vec![("id", &message_text)]),
        ("acknowledge_alert", vec![("alert_id", &alert_text)]),
        ("review_page", vec![("id", &review_text)]),
        ("confirm_meeting", vec![("review_id", &review_text)]),
        ("invitation_action", vec![("invitation_id", &child_invitation_text), ("action", "reset_secret")]),
        ("load_iro_attention", vec![]),
        ("send_message", vec![("kind", "good_news"), ("words", "from-a-parent")]),
    ];
    for (endpoint, form) in &calls {
        let (status, body) = call(&mum, endpoint, form).await;
        for secret in ["child-message-crimson", "child-words-amber", "Tomos", "carer-words-teal", "dad-words-saffron"] {
            assert!(!body.contains(secret), "{endpoint} ({status}) revealed {secret}: {body}");
        }
        assert!(status >= 300, "{endpoint} refused ({status}): {body}");
    }
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM child_messages WHERE invitation_id = $1", child_invitation).await,
        1,
        "a parent cannot send as the child"
    );
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM alerts WHERE acknowledged_at IS NULL AND review_id = $1", review).await,
        1,
        "a parent cannot acknowledge"
    );
    let (locked,): (Option<String>,) =
        sqlx::query_as("SELECT secret_hash FROM invitations WHERE id = $1").bind(child_invitation).fetch_one(&app.db).await.expect("child");
    assert!(locked.is_some(), "a parent cannot reset the child's secret");
    assert_eq!(call(&mum, "not_safe", &[("back", "/form")]).await.0, 303);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM alerts WHERE review_id = $1", review).await, 1, "'not safe' is the child's button");

    // Made-up link tokens are refused the same way, and change nothing.
    for token in ["not-a-real-token", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"] {
        assert_eq!(dad.post("/api/open_link", &[("token", token)]).await, "/start", "{token}");
    }
    assert!(dad.get_text("/form/check").await.1.contains("dad-words-saffron"), "still their own session");

    // A parent on another review sees only their own review's arrangements, once confirmed.
    let other_review = booked(&app, "Elis").await;
    app.allocate_iro(other_review, "iro@dyffryn.example").await;
    sqlx::query("UPDATE reviews SET arrangement_details = 'Ystafell Elis, Llys Dyffryn' WHERE id = $1")
        .bind(other_review)
        .execute(&app.db)
        .await
        .expect("details");
    let (other, _) = adult_ready(&app, other_review, "parent", "Mari").await;
    app.sign_out().await;
    app.sign_in_as("iro@dyffryn.example").await;
    for confirm in [review, other_review] {
        app.confirm_meeting(confirm).await;
    }
    let (_, other_page) = other.get_text("/my-review").await;
    assert!(other_page.contains("Hello Mari!") && other_page.contains("Ystafell Elis, Llys Dyffryn"), "{other_page}");
    for secret in ["Tomos", "Rhian", "mum-words-violet", "Civic Centre, Room 2"] {
        assert!(!other_page.contains(secret), "another review's {secret}");
    }
    let (_, mum_page) = mum.get_text("/my-review").await;
    assert!(mum_page.contains("Civic Centre, Room 2") && !mum_page.contains("Ystafell Elis"), "each sees their own review");
    app.sign_out().await;

    // Business support sees who has answered, never what they said.
    app.sign_in_as("support@dyffryn.example").await;
    let (_, page) = app.get_text(&format!("/staff/reviews/{review}")).await;
    assert!(page.contains("Rhian") && page.contains("Gwen"));
    for words in ["mum-words-violet", "carer-words-teal", "dad-words-saffron"] {
        assert!(!page.contains(words));
    }
}

#[tokio::test]
async fn bad_input_from_a_parent_is_refused_in_their_language_or_stored_as_text() {
    let app = spawn_app().await;
    let review = booked(&app, "Cai").await;
    let (parent, invitation) = adult_ready(&app, review, "parent", "Siwan").await;
    parent.post("/api/set_language", &[("lang", "cy"), ("back", "/form/screen/1")]).await;

    // Over-long: refused with a Welsh message; what they typed comes back; nothing half-written.
    parent.post("/api/save_step", &[("step", "1"), ("go", "stay"), ("a[care_day]", "good"), ("a[care_change:words]", "first words")]).await;
    let long = "ŵ".repeat(8001);
    let back =
        parent.post("/api/save_step", &[("step", "1"), ("go", "next"), ("a[care_day]", "very_bad"), ("a[care_change:words]", &long)]).await;
    assert_eq!(back, "/form/screen/1", "stays on the screen");
    let (_, page) = parent.get_text("/form/screen/1").await;
    assert!(page.contains("Cadwch ef dan 8000 llythyren"), "the problem is said in Welsh, to an adult");
    assert!(!page.contains("Cadwa fe"), "not in the words for a child");
    assert!(page.contains(&"ŵ".repeat(200)), "what they typed is given back, not lost");
    assert_eq!(
        answer(&app, invitation, "care_day").await,
        Some(("good".into(), String::new())),
        "the screen's other answer was not half-saved"
    );
    assert_eq!(answer(&app, invitation, "care_change").await.map(|a| a.1), Some("first words".into()));

    // Control characters are dropped, line breaks kept; markup is stored as typed, shown as text.
    let typed = "Line one\u{0}\u{7}\r\nLine two <script>alert('x')</script> & more";
    parent.post("/api/save_step", &[("step", "1"), ("go", "next"), ("a[care_change:words]", typed)]).await;
    assert_eq!(
        answer(&app, invitation, "care_change").await.map(|a| a.1),
        Some("Line one\nLine two <script>alert('x')</script> & more".into())
    );
    for path in ["/form/screen/1", "/form/check"] {
        let (_, shown) = parent.get_text(path).await;
        assert!(!shown.contains("<script>alert('x')"), "{path}: never as markup");
        assert!(shown.contains("&lt;script&gt;"), "{path}: shown as text");
    }

    // A made-up choice is refused in Welsh and nothing is stored.
    parent.post("/api/save_step", &[("step", "5"), ("go", "next"), ("a[plan_agree]", "'; DROP TABLE answers; --")]).await;
    assert_eq!(answer(&app, invitation, "plan_agree").await, None);
    let (_, plan) = parent.get_text("/form/screen/5").await;
    assert!(plan.contains("Dewiswch un o") && !plan.contains("Dewisa un o"), "{plan}");

    // Another parent's phrase, too short or not matching, is refused and nothing is stored.
    parent.post("/api/leave_review", &[]).await;
    let (second_invitation, code) = app.letter_code(review, "parent", "Siwan").await;
    let second = Visitor::new(&app);
    second.post("/api/enter_code", &[("code", &code)]).await;
    assert_eq!(
        second.post("/api/set_secret", &[("kind", "phrase"), ("a[phrase]", "short"), ("a[phrase_again]", "short")]).await,
        "/secret"
    );
    assert_eq!(
        second
            .post("/api/set_secret", &[("kind", "phrase"), ("a[phrase]", "long enough one"), ("a[phrase_again]", "long enough two")])
            .await,
        "/secret"
    );
    let (_, page) = second.get_text("/secret").await;
    assert!(page.contains("not the same"), "{page}");
    let (hash, failures): (Option<String>, i64) = sqlx::query_as("SELECT secret_hash, secret_failures FROM invitations WHERE id = $1")
        .bind(second_invitation)
        .fetch_one(&app.db)
        .await
        .expect("invitation");
    assert_eq!((hash, failures), (None, 0), "nothing was made or counted against them");
}
