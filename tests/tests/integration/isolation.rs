//! Authorities are walled off from each other: staff of one can neither see nor change another's
//! reviews, invitations, letters or settings, through pages or by calling server functions with
//! the other's ids. Roles are walled off too: managers and admins do not handle reviews.

use heard_tests::{location, spawn_app, today, TestApp};
use time::Duration;

/// Dyffryn's review with an emailed (development outbox) and a posted invitation.
async fn dyffryn_review(app: &TestApp) -> (i64, i64, i64, i64) {
    app.sign_in_as("support@dyffryn.example").await;
    let child = app.add_child("Myfanwy", today() - Duration::days(5)).await;
    let review = app.booked_review(child, today() + Duration::days(6)).await;
    let email = app.add_invitee(review, "parent", "Catrin", "email", "catrin@example.org").await;
    let post = app.add_invitee(review, "child", "Myfanwy", "post", "").await;
    app.invitation_action(email, "send").await;
    app.invitation_action(post, "letter").await;
    // A carer on her record not invited yet: a bulk invitation from elsewhere would add them.
    let child_text = child.to_string();
    app.post_form(
        "/api/save_contact",
        &[
            ("child_id", &child_text),
            ("slot", "carer"),
            ("first_name", "Glenys"),
            ("language", "cy"),
            ("delivery", "email"),
            ("email", "glenys@example.org"),
        ],
    )
    .await;
    app.sign_out().await;
    (child, review, email, post)
}

async fn row_snapshot(app: &TestApp, review: i64) -> (String, String, i64, String) {
    let (meeting_on, status): (String, String) =
        sqlx::query_as("SELECT meeting_on, status FROM reviews WHERE id = $1").bind(review).fetch_one(&app.db).await.expect("review");
    let (invitations, statuses): (i64, String) = {
        let rows: Vec<(String, Option<i64>)> =
            sqlx::query_as("SELECT status, revoked_at FROM invitations WHERE review_id = $1 ORDER BY id")
                .bind(review)
                .fetch_all(&app.db)
                .await
                .expect("invitations");
        (rows.len() as i64, rows.iter().map(|(s, r)| format!("{s}:{}", r.is_some())).collect::<Vec<_>>().join(","))
    };
    (meeting_on, status, invitations, statuses)
}

#[tokio::test]
async fn another_authority_sees_nothing_and_changes_nothing() {
    let app = spawn_app().await;
    let (child, review, email, post) = dyffryn_review(&app).await;
    let before = row_snapshot(&app, review).await;

    for glannau in ["support@glannau.example", "iro@glannau.example"] {
        app.sign_in_as(glannau).await;
        for path in [
            format!("/staff/children/{child}"),
            format!("/staff/children/{child}/book"),
            format!("/staff/reviews/{review}"),
            format!("/staff/reviews/{review}/edit"),
            format!("/staff/invitations/{post}/letter"),
        ] {
            let (_, page) = app.get_text(&path).await;
            assert!(page.contains("We could not find that."), "{glannau} {path}");
            for secret in ["Myfanwy", "Catrin", "catrin@example.org", "Civic Centre"] {
                assert!(!page.contains(secret), "{glannau} {path} shows {secret}");
            }
        }
        let (_, home) = app.get_text("/staff").await;
        assert!(!home.contains("Myfanwy") && !home.contains("Catrin"), "{glannau} home");
        let (_, letters) = app.get_text("/staff/letters").await;
        assert!(!letters.contains("Myfanwy") && !letters.contains(&format!("posted[{post}]")), "{glannau} letters: {letters}");

        // Server functions called directly with Dyffryn's ids answer "not found" and leak nothing.
        for (endpoint, field, id) in [
            ("/api/review_page", "id", review),
            ("/api/child_page", "id", child),
            ("/api/letter", "invitation_id", post),
            ("/api/booking_form", "review_id", review),
        ] {
            let response = app.client.post(app.url(endpoint)).form(&[(field, id.to_string())]).send().await.expect("POST");
            assert_eq!(response.status(), 404, "{glannau} {endpoint}");
            let body = response.text().await.expect("body");
            assert!(!body.contains("Myfanwy") && !body.contains("Catrin"), "{endpoint}: {body}");
        }

        // Every change is refused.
        let review_id = review.to_string();
        app.post_form(
            "/api/save_booking",
            &[
                ("review_id", review_id.as_str()),
                ("meeting_on", "2030-01-01"),
                ("meeting_at", "09:00"),
                ("arrangement", "video"),
                ("arrangement_details", "x"),
                ("non_working_day", "2030-01-01"),
            ],
        )
        .await;
        app.post_form("/api/close_review", &[("review_id", review_id.as_str()), ("outcome", "cancelled")]).await;
        app.post_form(
            "/api/add_invitee",
            &[
                ("review_id", review_id.as_str()),
                ("audience", "other"),
                ("first_name", "Intruder"),
                ("language", "en"),
                ("delivery", "email"),
                ("email", "x@example.org"),
            ],
        )
        .await;
        for action in ["send", "resend", "letter", "posted", "revoke"] {
            app.invitation_action(email, action).await;
            app.invitation_action(post, action).await;
        }
        app.post_form("/api/mark_letters_posted", &[(&format!("posted[{post}]"), "on")]).await;
        app.post_form("/api/bulk_invite", &[(&format!("chosen[{child}]"), "on"), ("back", "/staff/children")]).await;
        let child_text = child.to_string();
        app.post_form(
            "/api/save_contact",
            &[
                ("child_id", &child_text),
                ("slot", "carer"),
                ("first_name", "Intruder"),
                ("language", "en"),
                ("delivery", "email"),
                ("email", "x@example.org"),
            ],
        )
        .await;
        let child_id = child.to_string();
        app.post_form(
            "/api/record_event",
            &[("child_id", child_id.as_str()), ("event", "move"), ("move_on", &heard_tests::form_date(today()))],
        )
        .await;
        app.sign_out().await;
    }
    assert_eq!(row_snapshot(&app, review).await, before, "nothing of Dyffryn's changed");
    let (moves,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM placement_moves WHERE child_id = $1").bind(child).fetch_one(&app.db).await.expect("count");
    assert_eq!(moves, 0);
    let contacts: Vec<(String,)> =
        sqlx::query_as("SELECT first_name FROM child_contacts WHERE child_id = $1").bind(child).fetch_all(&app.db).await.expect("contacts");
    assert_eq!(contacts, vec![("Glenys".to_string(),)], "only Dyffryn's own carer, unchanged");
}

#[tokio::test]
async fn managers_and_admins_do_not_handle_reviews() {
    let app = spawn_app().await;
    let (_, review, email, _) = dyffryn_review(&app).await;
    let before = row_snapshot(&app, review).await;
    for email_address in ["manager@dyffryn.example", "admin@dyffryn.example"] {
        app.sign_in_as(email_address).await;
        let (_, page) = app.get_text(&format!("/staff/reviews/{review}")).await;
        assert!(!page.contains("Catrin"), "{email_address}");
        app.invitation_action(email, "revoke").await;
        app.sign_out().await;
    }
    assert_eq!(row_snapshot(&app, review).await, before);
}

#[tokio::test]
async fn settings_belong_to_one_authority_and_only_its_admin() {
    let app = spawn_app().await;
    let form = [
        ("advocacy_name", "TGP Cymru"),
        ("advocacy_email", "referrals@tgp.example"),
        ("advocacy_phone", "029 2039 6974"),
        ("duty_name", "Emergency duty team"),
        ("duty_email", "edt@dyffryn.example"),
        ("duty_phone", "0300 123 4567"),
        ("review_team_phone", "01234 567890"),
        ("review_team_email", "reviews@dyffryn.example"),
        ("default_arrangements", "Civic Centre, Dyffryn"),
        ("post_enabled", "1"),
    ];
    app.sign_in_as("admin@dyffryn.example").await;
    let response = app.post_form("/api/save_settings", &form).await;
    assert_eq!(location(&response), "/staff/admin/settings");
    let (_, page) = app.get_text("/staff/admin/settings").await;
    assert!(page.contains("The settings were saved.") && page.contains("TGP Cymru"), "{page}");

    // A bad phone number is explained; nothing is saved.
    let mut bad = form.to_vec();
    bad[5] = ("duty_phone", "ring the office");
    app.post_form("/api/save_settings", &bad).await;
    let (_, page) = app.get_text("/staff/admin/settings").await;
    assert!(page.contains("Enter a phone number using digits"), "{page}");
    app.sign_out().await;

    for other in ["admin@glannau.example", "support@dyffryn.example"] {
        app.sign_in_as(other).await;
        let (_, page) = app.get_text("/staff/admin/settings").await;
        assert!(!page.contains("TGP Cymru"), "{other}");
        let mut theirs = form.to_vec();
        theirs[0] = ("advocacy_name", "Changed by someone else");
        app.post_form("/api/save_settings", &theirs).await;
        app.sign_out().await;
    }
    let rows: Vec<(i64, String, String)> =
        sqlx::query_as("SELECT authority_id, advocacy_name, duty_phone FROM authority_settings ORDER BY authority_id")
            .fetch_all(&app.db)
            .await
            .expect("rows");
    let dyffryn = rows.iter().find(|(_, name, _)| name == "TGP Cymru").expect("Dyffryn's settings");
    assert_eq!(dyffryn.2, "0300 123 4567");
    assert!(rows.iter().filter(|(_, name, _)| name == "Changed by someone else").all(|(id, _, _)| *id != dyffryn.0), "Dyffryn's untouched");
}

#[tokio::test]
async fn the_development_outbox_shows_each_admin_only_their_authoritys_mail() {
    let app = spawn_app().await;
    dyffryn_review(&app).await;
    app.sign_in_as("admin@dyffryn.example").await;
    let (_, outbox) = app.get_text("/staff/admin/outbox").await;
    assert!(outbox.contains("Hello Catrin,"), "{outbox}");
    app.sign_out().await;
    app.sign_in_as("admin@glannau.example").await;
    let (_, outbox) = app.get_text("/staff/admin/outbox").await;
    assert!(!outbox.contains("Catrin"), "{outbox}");
    app.sign_out().await;
    app.sign_in_as("support@dyffryn.example").await;
    let (_, outbox) = app.get_text("/staff/admin/outbox").await;
    assert!(!outbox.contains("Catrin"), "not for business support");
}
