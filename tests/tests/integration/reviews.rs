//! Booking reviews on the statutory schedule, and what the IRO and business support see of them.

use heard_tests::{form_date, location, plain_thursday_after, spawn_app, today};
use time::Duration;

#[tokio::test]
async fn a_booked_review_shows_its_due_date_and_report_deadline() {
    let app = spawn_app().await;
    app.sign_in_as("support@dyffryn.example").await;
    // Looked after 10 days ago: the first review is due 28 days after that.
    let since = today() - Duration::days(10);
    let child = app.add_child("Mali", since).await;
    let (_, page) = app.get_text(&format!("/staff/children/{child}")).await;
    let due = since + Duration::days(28);
    assert!(page.contains("First review (within 28 days)"), "{page}");
    assert!(page.contains(&format!(" {} ", due.day())), "the due date is shown");
    assert!(page.contains(&format!("/staff/children/{child}/book")));

    // A Thursday with no bank holidays that week: reports are due on the Tuesday before.
    let meeting = plain_thursday_after(today(), 1);
    assert!(meeting <= due, "a Thursday is found before the due date");
    let response = app.book_review(child, meeting, "").await;
    assert_eq!(response.status(), 303);
    let review = location(&response).trim_start_matches("/staff/reviews/").parse::<i64>().expect("review page");
    let (_, page) = app.get_text(&format!("/staff/reviews/{review}")).await;
    assert!(page.contains("The review for Mali is booked."), "{page}");
    let tuesday = meeting - Duration::days(2);
    assert!(page.contains(&format!("Tuesday {} ", tuesday.day())), "report deadline two working days before: {page}");
    assert!(page.contains("Civic Centre, Room 2"));

    let (kind, due_on): (String, String) =
        sqlx::query_as("SELECT kind, due_on FROM reviews WHERE id = $1").bind(review).fetch_one(&app.db).await.expect("row");
    assert_eq!((kind.as_str(), due_on), ("first", form_date(due)));
    let (audited,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_events WHERE action = 'review.booked' AND subject_id = $1")
        .bind(review)
        .fetch_one(&app.db)
        .await
        .expect("audit");
    assert_eq!(audited, 1);

    // Only one booked review at a time.
    let again = app.book_review(child, meeting, "").await;
    assert_eq!(location(&again), format!("/staff/children/{child}/book"));
    let (count,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM reviews WHERE child_id = $1").bind(child).fetch_one(&app.db).await.expect("count");
    assert_eq!(count, 1);
}

#[tokio::test]
async fn a_late_review_needs_a_reason_and_cannot_pass_twenty_working_days() {
    let app = spawn_app().await;
    app.sign_in_as("iro@dyffryn.example").await;
    // Looked after 40 days ago: the first review was due 12 days ago.
    let child = app.add_child("Gethin", today() - Duration::days(40)).await;
    let (_, page) = app.get_text(&format!("/staff/children/{child}")).await;
    assert!(page.contains("Overdue"), "{page}");

    let tomorrow = today() + Duration::days(1);
    let response = app.book_review(child, tomorrow, "").await;
    assert_eq!(location(&response), format!("/staff/children/{child}/book"));
    let (_, form) = app.get_text(&format!("/staff/children/{child}/book")).await;
    assert!(form.contains("This date is after the review is due. Say why it is delayed."), "{form}");
    assert!(form.contains(&form_date(tomorrow)), "the typed date is kept");

    // Far beyond 20 working days from the due date: refused, naming the latest date.
    let response = app.book_review(child, today() + Duration::days(60), "Court hearing").await;
    assert_eq!(location(&response), format!("/staff/children/{child}/book"));
    let (_, form) = app.get_text(&format!("/staff/children/{child}/book")).await;
    assert!(form.contains("A review cannot be delayed more than 20 working days."), "{form}");
    let (count,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM reviews WHERE child_id = $1").bind(child).fetch_one(&app.db).await.expect("count");
    assert_eq!(count, 0, "nothing half-written");

    let response = app.book_review(child, tomorrow, "Child in hospital").await;
    assert!(location(&response).starts_with("/staff/reviews/"));
    let (reason,): (String,) =
        sqlx::query_as("SELECT delay_reason FROM reviews WHERE child_id = $1").bind(child).fetch_one(&app.db).await.expect("row");
    assert_eq!(reason, "Child in hospital");
}

#[tokio::test]
async fn bad_booking_input_is_explained_in_welsh_too() {
    let app = spawn_app().await;
    app.sign_in_as("support@dyffryn.example").await;
    let child = app.add_child("Nia", today() - Duration::days(5)).await;
    let id = child.to_string();
    app.post_form(
        "/api/save_booking",
        &[
            ("child_id", id.as_str()),
            ("meeting_on", "31/12/2026"),
            ("meeting_at", "25:99"),
            ("arrangement", "zoom"),
            ("arrangement_details", ""),
        ],
    )
    .await;
    app.post_form("/api/set_language", &[("lang", "cy"), ("back", "/staff")]).await;
    let (_, form) = app.get_text(&format!("/staff/children/{child}/book")).await;
    for message in
        ["Rhowch ddyddiad go iawn.", "Rhowch amser fel 10:30.", "Dewiswch sut mae'r cyfarfod yn digwydd.", "Dywedwch ble mae'r cyfarfod"]
    {
        assert!(form.contains(message) || form.contains(&message.replace('\'', "&#x27;")), "{message}: {form}");
    }
    assert!(form.contains("25:99"), "typed values kept");
}

/// The IRO's home is a worklist: the next four weeks' meetings with who has replied, then
/// drift (overdue, or due with nothing booked), then a link to all their children.
#[tokio::test]
async fn the_iro_home_lists_meetings_with_replies_then_drift() {
    let app = spawn_app().await;
    app.sign_in_as("iro2@dyffryn.example").await;
    let iro2 = app.staff_id("iro2@dyffryn.example").await;
    let late = app.add_child("Aled", today() - Duration::days(60)).await;
    let soon = app.add_child("Bethan", today() - Duration::days(20)).await;
    for child in [late, soon] {
        sqlx::query("UPDATE children SET iro_staff_id = $1 WHERE id = $2").bind(iro2).bind(child).execute(&app.db).await.expect("allocate");
    }
    let meeting = today() + Duration::days(3);
    let review = app.booked_review(soon, meeting).await;
    app.add_invitee(review, "parent", "Sioned", "email", "sioned@example.org").await;

    let (_, home) = app.get_text("/staff").await;
    let meetings = home.find("Meetings in the next four weeks").expect("meetings section");
    let drift = home.find("Overdue or not booked").expect("drift section");
    let aled = home.find(">Aled<").expect("Aled listed");
    let bethan = home.find(">Bethan<").expect("Bethan listed");
    assert!(meetings < bethan && bethan < drift && drift < aled, "meetings first, then drift: {home}");
    assert!(home[bethan..drift].contains("Sioned (Parent)") && home[bethan..drift].contains("Not sent"), "who has replied: {home}");
    assert!(home[drift..].contains("Not booked"));
    assert!(!home.contains(">Cadi<"), "another IRO's child is not listed");
    let (mine,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM children WHERE iro_staff_id = $1").bind(iro2).fetch_one(&app.db).await.expect("count");
    assert!(home.contains(&format!("All my children ({mine})")), "{home}");
}

/// Business support's home is their four jobs, each with its count: reviews to book this
/// month, invitations to send, letters to post, replies to chase.
#[tokio::test]
async fn business_support_sees_what_to_book_invite_and_post() {
    let app = spawn_app().await;
    app.sign_in_as("support@dyffryn.example").await;
    let (_, home) = app.get_text("/staff").await;
    assert!(home.contains("To book this month (") && home.contains(">Cadi<"), "unbooked demo children are listed: {home}");

    let child = app.add_child("Dylan", today() - Duration::days(5)).await;
    let review = app.booked_review(child, today() + Duration::days(5)).await;
    app.add_invitee(review, "carer", "Rhian", "email", "rhian@example.org").await;
    app.add_invitee(review, "child", "Dylan", "post", "").await;
    let (_, home) = app.get_text("/staff").await;
    let to_book = home.find("To book this month (").expect("section");
    let to_invite = home.find("To invite (1)").expect("section with its count");
    let to_post = home.find("Letters to post (1)").expect("section with its count");
    let to_chase = home.find("Replies to chase (0)").expect("section with its count");
    let dylan = home.find(">Dylan<").expect("Dylan listed");
    assert!(to_book < to_invite && to_invite < dylan && dylan < to_post, "{home}");
    assert!(home[to_invite..to_post].contains("Rhian (Carer)"), "{home}");
    assert!(home[to_post..to_chase].contains(">Dylan<"), "his letter is to post: {home}");
    assert!(!home[to_book..to_invite].contains(">Dylan<"), "a booked child is not to book");
}

#[tokio::test]
async fn past_reviews_and_unplanned_moves_drive_the_next_due_date() {
    let app = spawn_app().await;
    app.sign_in_as("support@dyffryn.example").await;
    let since = today() - Duration::days(100);
    let child = app.add_child("Efa", since).await;
    let id = child.to_string();
    // Held ten days ago: the second review is due three months on, so a move brings it forward.
    let held = form_date(today() - Duration::days(10));
    let response = app.post_form("/api/record_event", &[("child_id", id.as_str()), ("event", "held"), ("held_on", held.as_str())]).await;
    assert_eq!(location(&response), format!("/staff/children/{child}"));
    let (_, page) = app.get_text(&format!("/staff/children/{child}")).await;
    assert!(page.contains("Second review (within 3 months)"), "{page}");

    let moved = form_date(today() - Duration::days(2));
    app.post_form("/api/record_event", &[("child_id", id.as_str()), ("event", "move"), ("move_on", moved.as_str())]).await;
    let (_, page) = app.get_text(&format!("/staff/children/{child}")).await;
    assert!(page.contains("Review after a change of placement (within 28 days)"), "{page}");

    // A date in the future, or before the child was looked after, is refused.
    let future = form_date(today() + Duration::days(3));
    app.post_form("/api/record_event", &[("child_id", id.as_str()), ("event", "move"), ("move_on", future.as_str())]).await;
    let (_, page) = app.get_text(&format!("/staff/children/{child}")).await;
    let summary = page.find("error-summary").map(|at| &page[at..]).unwrap_or(&page);
    assert!(summary.contains("The date cannot be in the future."), "{summary}");
    let (moves,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM placement_moves WHERE child_id = $1").bind(child).fetch_one(&app.db).await.expect("count");
    assert_eq!(moves, 1);
}

#[tokio::test]
async fn holding_or_cancelling_a_review_closes_it_and_its_links() {
    let app = spawn_app().await;
    app.sign_in_as("support@dyffryn.example").await;
    let child = app.add_child("Ffion", today() - Duration::days(5)).await;
    let review = app.booked_review(child, today() + Duration::days(4)).await;
    let invitation = app.add_invitee(review, "parent", "Gwen", "email", "gwen@example.org").await;
    app.invitation_action(invitation, "send").await;
    let id = review.to_string();
    let response = app.post_form("/api/close_review", &[("review_id", id.as_str()), ("outcome", "cancelled")]).await;
    assert_eq!(location(&response), format!("/staff/children/{child}"));
    let (status,): (String,) =
        sqlx::query_as("SELECT status FROM reviews WHERE id = $1").bind(review).fetch_one(&app.db).await.expect("row");
    assert_eq!(status, "cancelled");
    let (revoked,): (Option<i64>,) =
        sqlx::query_as("SELECT revoked_at FROM invitations WHERE id = $1").bind(invitation).fetch_one(&app.db).await.expect("row");
    assert!(revoked.is_some(), "links stop working");
    let (queued,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE subject_id = $1 AND kind = 'cancelled'")
        .bind(invitation)
        .fetch_one(&app.db)
        .await
        .expect("count");
    assert_eq!(queued, 1, "the parent is told");
    // A closed review cannot be changed.
    let response =
        app.post_form("/api/close_review", &[("review_id", id.as_str()), ("outcome", "held"), ("held_on", &form_date(today()))]).await;
    assert_eq!(location(&response), format!("/staff/reviews/{review}"));
    let (status,): (String,) =
        sqlx::query_as("SELECT status FROM reviews WHERE id = $1").bind(review).fetch_one(&app.db).await.expect("row");
    assert_eq!(status, "cancelled");
}

#[tokio::test]
async fn a_weekend_meeting_is_asked_about_and_booked_once_confirmed() {
    let app = spawn_app().await;
    app.sign_in_as("support@dyffryn.example").await;
    let child = app.add_child("Sioned", today() - Duration::days(5)).await;
    // The next Saturday at least a week away.
    let mut saturday = today() + Duration::days(7);
    while saturday.weekday() != time::Weekday::Saturday {
        saturday += Duration::days(1);
    }
    let day = form_date(saturday);
    let child_id = child.to_string();
    let mut form = vec![
        ("child_id", child_id.as_str()),
        ("meeting_on", day.as_str()),
        ("meeting_at", "10:30"),
        ("arrangement", "in_person"),
        ("arrangement_details", "Foster home"),
        ("delay_reason", ""),
    ];
    let asked = app.post_form("/api/save_booking", &form).await;
    assert_eq!(location(&asked), format!("/staff/children/{child}/book"), "not booked yet");
    let (_, page) = app.get_text(&format!("/staff/children/{child}/book")).await;
    assert!(page.contains("is a weekend day. If the child wants the meeting then, tick the box to confirm it."), "{page}");
    assert!(page.contains("name=\"non_working_day\"") && page.contains("Foster home"), "the question, and what was typed is kept");
    form.push(("non_working_day", day.as_str()));
    let booked = app.post_form("/api/save_booking", &form).await;
    let review = location(&booked).trim_start_matches("/staff/reviews/").to_string();
    assert!(review.parse::<i64>().is_ok(), "{}", location(&booked));

    // Moved to the Saturday after, with the box still ticked for the first one: asked again.
    let (_, edit) = app.get_text(&format!("/staff/reviews/{review}/edit")).await;
    assert!(
        edit.contains(&format!("name=\"non_working_day\" value=\"{day}\"")) || edit.contains(&format!("value=\"{day}\" checked")),
        "{edit}"
    );
    let later = form_date(saturday + Duration::days(7));
    let moved = app
        .post_form(
            "/api/save_booking",
            &[
                ("review_id", review.as_str()),
                ("meeting_on", later.as_str()),
                ("meeting_at", "10:30"),
                ("arrangement", "in_person"),
                ("arrangement_details", "Foster home"),
                ("delay_reason", "The child asked for a Saturday."),
                ("non_working_day", day.as_str()),
            ],
        )
        .await;
    assert_eq!(location(&moved), format!("/staff/reviews/{review}/edit"), "the new Saturday is asked about");
}

#[tokio::test]
async fn a_due_date_on_a_weekend_also_names_the_last_working_day_before_it() {
    let app = spawn_app().await;
    app.sign_in_as("support@dyffryn.example").await;
    // The first review is due 28 days after a child became looked after: make that a Saturday.
    let mut saturday = today() + Duration::days(1);
    while saturday.weekday() != time::Weekday::Saturday {
        saturday += Duration::days(1);
    }
    let child = app.add_child("Tesni", saturday - Duration::days(28)).await;
    let (_, page) = app.get_text(&format!("/staff/children/{child}")).await;
    let friday = app::domain::calendar::add_working_days(saturday, -1);
    let words = format!("not a working day: the last working day before is {}", app::i18n::long_date(friday, app::i18n::Lang::En));
    assert!(page.contains(&words), "{words} in {page}");
}

/// Two children with one preferred name are told apart on the IRO's home by their family
/// name's initial, their case reference and their age, in English and Welsh.
#[tokio::test]
async fn children_with_the_same_name_are_told_apart_on_the_iro_home() {
    let app = spawn_app().await;
    app.sign_in_as("iro2@dyffryn.example").await;
    let iro2 = app.staff_id("iro2@dyffryn.example").await.to_string();
    let since = form_date(today() - Duration::days(20));
    for (full, reference) in [("Olivia Mai Jones", "WCCIS-555001"), ("Olivia Evans", "")] {
        let form = [
            ("preferred_name", "Olivia"),
            ("full_name", full),
            ("case_reference", reference),
            ("date_of_birth", "2016-03-09"),
            ("preferred_language", "en"),
            ("communication_needs", ""),
            ("looked_after_since", since.as_str()),
            ("legal_basis", "care_order"),
            ("placement_type", ""),
            ("iro_staff_id", iro2.as_str()),
        ];
        let added = app.post_form("/api/save_child", &form).await;
        assert!(location(&added).starts_with("/staff/children/") && !location(&added).ends_with("/new"), "{}", location(&added));
    }
    let age = {
        let born = time::macros::date!(2016 - 03 - 09);
        let now = today();
        now.year() - born.year() - i32::from((now.month() as u8, now.day()) < (born.month() as u8, born.day()))
    };
    let (_, home) = app.get_text("/staff").await;
    assert!(home.contains(&format!("J. · WCCIS-555001 · age {age}")), "{home}");
    assert!(home.contains(&format!("E. · age {age}")), "{home}");
    app.post_form("/api/set_language", &[("lang", "cy"), ("back", "/staff")]).await;
    let (_, cartref) = app.get_text("/staff").await;
    assert!(cartref.contains(&format!("J. · WCCIS-555001 · {age} oed")), "{cartref}");
}
