//! The work list at council scale: search by name, case reference or date of birth; filters
//! with counts; an IRO's own children or everyone's; fifty a page by plain links.

use app::domain::children::{ChildDetails, LegalBasis};
use app::i18n::Lang;
use heard_tests::{form_date, spawn_app, today, TestApp};
use time::Duration;

/// Adds `count` children to Dyffryn straight through its store (as an import would), named
/// `{prefix}01`, `{prefix}02`… with references `{prefix}-REF-01`… in the opposite order.
async fn add_many(app: &TestApp, prefix: &str, count: usize) {
    let (authority,): (i64,) =
        sqlx::query_as("SELECT id FROM authorities WHERE slug = 'dyffryn'").fetch_one(&app.db).await.expect("authority");
    let tenant = app.state().unscoped().for_stored(app::model::AuthorityId::new(authority));
    for n in 1..=count {
        let details = ChildDetails {
            preferred_name: format!("{prefix}{n:02}"),
            full_name: format!("{prefix}{n:02} Test"),
            case_reference: Some(format!("{prefix}-REF-{:02}", count + 1 - n).to_uppercase()),
            date_of_birth: time::macros::date!(2015 - 01 - 01),
            language: Lang::En,
            communication_needs: String::new(),
            looked_after_since: today() - Duration::days(100),
            legal_basis: LegalBasis::CareOrder,
            placement_type: String::new(),
            iro_staff_id: None,
        };
        tenant.children().insert(&details).await.expect("child added");
    }
}

/// Every child's preferred name, in the order the page lists them.
fn listed_names(page: &str, prefix: &str) -> Vec<String> {
    page.split("\">").filter_map(|part| part.strip_prefix(prefix).map(|rest| format!("{prefix}{}", &rest[..2]))).collect()
}

#[tokio::test]
async fn a_search_finds_a_child_by_name_reference_or_date_of_birth() {
    let app = spawn_app().await;
    app.sign_in_as("support@dyffryn.example").await;
    let since = form_date(today() - Duration::days(20));
    let form = [
        ("preferred_name", "Gwenllian"),
        ("full_name", "Gwenllian Ŵyn Price"),
        ("case_reference", "WCCIS-900001"),
        ("date_of_birth", "2014-07-05"),
        ("preferred_language", "cy"),
        ("communication_needs", ""),
        ("looked_after_since", since.as_str()),
        ("legal_basis", "care_order"),
        ("placement_type", ""),
        ("iro_staff_id", ""),
    ];
    app.post_form("/api/save_child", &form).await;
    for typed in ["gwenll", "%C5%B5yn", "wccis-900001", "05%2F07%2F2014", "2014-07-05", "5.7.2014"] {
        let (status, page) = app.get_text(&format!("/staff/children?q={typed}")).await;
        assert_eq!(status, 200);
        assert!(page.contains(">Gwenllian<"), "{typed}: {page}");
        assert!(page.contains("Showing 1 to 1 of 1."), "{typed}: {page}");
        assert!(page.contains("All children (1)"), "the counts follow the search: {typed}");
    }
    let (_, page) = app.get_text("/staff/children?q=04%2F07%2F2014").await;
    assert!(page.contains("No child matches your search in this list."), "another date of birth: {page}");
    // Glannau's Ffion is never found from Dyffryn.
    let (_, page) = app.get_text("/staff/children?q=Ffion").await;
    assert!(!page.contains(">Ffion<") && page.contains("No child matches your search in this list."), "{page}");
    // A search far longer than any name is cut to 200 characters, not refused.
    let long = "a".repeat(5000);
    let (status, page) = app.get_text(&format!("/staff/children?q={long}")).await;
    assert_eq!(status, 200);
    assert!(page.contains(&format!("value=\"{}\"", "a".repeat(200))), "the search box keeps the cut search");
}

#[tokio::test]
async fn fifty_a_page_in_a_steady_order_with_the_next_page_a_link_away() {
    let app = spawn_app().await;
    add_many(&app, "Pawb", 60).await;
    app.sign_in_as("support@dyffryn.example").await;

    let (_, first) = app.get_text("/staff/children?q=pawb&filter=all&sort=name").await;
    let names = listed_names(&first, "Pawb");
    assert_eq!(names.len(), 50, "{first}");
    assert_eq!(names.first().map(String::as_str), Some("Pawb01"));
    assert!(first.contains("Showing 1 to 50 of 60.") && first.contains("Page 1 of 2"), "{first}");
    assert!(first.contains("href=\"/staff/children?q=pawb&amp;filter=all&amp;sort=name&amp;page=2\""), "{first}");
    assert!(!first.contains("rel=\"prev\""), "no page before the first");

    let (_, second) = app.get_text("/staff/children?q=pawb&filter=all&sort=name&page=2").await;
    let rest = listed_names(&second, "Pawb");
    assert_eq!(rest, (51..=60).map(|n| format!("Pawb{n:02}")).collect::<Vec<_>>());
    assert!(second.contains("Showing 51 to 60 of 60.") && second.contains("rel=\"prev\""), "{second}");

    // Past the end shows the last page; nonsense falls back to the defaults.
    let (_, beyond) = app.get_text("/staff/children?q=pawb&filter=all&sort=name&page=99").await;
    assert_eq!(listed_names(&beyond, "Pawb"), rest);
    let (status, odd) = app.get_text("/staff/children?q=pawb&filter=nonsense&sort=%3Cscript%3E&page=-3").await;
    assert_eq!(status, 200);
    assert!(odd.contains("Showing 1 to 50 of 60.") && !odd.contains("<script>"), "{odd}");

    // By case reference, which runs the other way.
    let (_, by_reference) = app.get_text("/staff/children?q=pawb&filter=all&sort=reference").await;
    assert_eq!(listed_names(&by_reference, "Pawb").first().map(String::as_str), Some("Pawb60"));
}

#[tokio::test]
async fn an_iro_starts_with_their_own_children_and_can_see_everyones() {
    let app = spawn_app().await;
    app.sign_in_as("iro2@dyffryn.example").await;
    let iro2 = app.staff_id("iro2@dyffryn.example").await;
    let (theirs,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM children WHERE iro_staff_id = $1").bind(iro2).fetch_one(&app.db).await.expect("count");
    let (everyone,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM children c JOIN authorities a ON a.id = c.authority_id WHERE a.slug = 'dyffryn'")
            .fetch_one(&app.db)
            .await
            .expect("count");
    assert!(theirs > 0 && everyone > theirs, "the demo gives iro2 some of Dyffryn's children");

    let (_, mine) = app.get_text("/staff/children").await;
    assert!(mine.contains(&format!("My children ({theirs})")), "{mine}");
    assert!(mine.contains(&format!("children ({everyone})")), "{mine}");
    assert!(mine.contains(">Tomos<") && !mine.contains(">Cadi<"), "only their own: {mine}");
    assert!(!mine.contains("Allocated IRO"), "no IRO column on their own list");

    let (_, all) = app.get_text("/staff/children?scope=all").await;
    assert!(all.contains(">Tomos<") && all.contains(">Cadi<"), "{all}");
    assert!(all.contains("Allocated IRO"), "whose child each is");
}

#[tokio::test]
async fn each_filter_counts_and_lists_its_children() {
    let app = spawn_app().await;
    app.sign_in_as("support@dyffryn.example").await;
    // Looked after 60 days ago with no review: the first review is overdue.
    app.add_child("Zedaled", today() - Duration::days(60)).await;
    let beca = app.add_child("Zedbeca", today() - Duration::days(10)).await;
    app.booked_review(beca, today() + Duration::days(5)).await;
    let cai = app.add_child("Zedcai", today() - Duration::days(10)).await;
    let review = app.booked_review(cai, today() + Duration::days(6)).await;
    app.add_invitee(review, "child", "Zedcai", "post", "").await;

    let (_, page) = app.get_text("/staff/children?q=zed").await;
    for (filter, count) in [
        ("All children", 3),
        ("To book this month", 1),
        ("To invite", 1),
        ("Letters to post", 1),
        ("Replies to chase", 0),
        ("Overdue", 1),
        ("Not booked", 1),
        ("Booked, nobody invited", 1),
    ] {
        assert!(page.contains(&format!(">{filter} ({count})<")), "{filter} ({count}): {page}");
    }
    for (filter, label, listed) in [
        ("overdue", "Overdue", &["Zedaled"][..]),
        ("to_book", "To book this month", &["Zedaled"]),
        ("to_invite", "To invite", &["Zedbeca"]),
        ("nobody_invited", "Booked, nobody invited", &["Zedbeca"]),
        ("to_post", "Letters to post", &["Zedcai"]),
        ("to_chase", "Replies to chase", &[]),
        ("all", "All children", &["Zedaled", "Zedbeca", "Zedcai"]),
    ] {
        let (_, page) = app.get_text(&format!("/staff/children?q=zed&filter={filter}")).await;
        for name in ["Zedaled", "Zedbeca", "Zedcai"] {
            assert_eq!(page.contains(&format!(">{name}<")), listed.contains(&name), "{filter}: {name}");
        }
        assert!(page.contains(&format!("aria-current=\"true\">{label} (")), "the chosen filter is marked: {filter}");
        assert_eq!(page.matches("aria-current=").count(), 1, "and only it");
    }
}

/// The number in a filter's link, as in "Overdue (12)".
fn count_of(page: &str, label: &str) -> usize {
    let at = page.find(&format!(">{label} (")).unwrap_or_else(|| panic!("no {label} filter"));
    let rest = &page[at + label.len() + 3..];
    rest[..rest.find(')').expect("count")].parse().expect("a number")
}

/// The demo with a year of history looks like an ordinary working day, whatever day it runs:
/// most reviews due soon are booked in time, invitations are out and replies coming in, a few
/// children are overdue, and each council has one open alert.
#[tokio::test]
async fn the_demo_looks_like_an_ordinary_working_day() {
    let app = heard_tests::spawn_app_with(&[("HEARD_DEMO_HISTORY", "1")]).await;
    app.sign_in_as("support@dyffryn.example").await;
    let (_, page) = app.get_text("/staff/children").await;
    let all = count_of(&page, "All children");
    let overdue = count_of(&page, "Overdue");
    let to_book = count_of(&page, "To book this month");
    let due_30 = count_of(&page, "Due in 30 days");
    let replies = count_of(&page, "Replies outstanding");
    assert!(all > 300, "{all}");
    assert!(overdue >= 1 && overdue * 10 < all, "a few overdue: {overdue} of {all}");
    assert!(
        to_book.saturating_sub(overdue) * 3 < due_30,
        "most reviews due this month are booked: {to_book} to book ({overdue} overdue), {due_30} due"
    );
    assert!(replies > 10, "replies are awaited: {replies}");
    assert_eq!(count_of(&page, "Open alerts"), 1, "one open alert");

    let statuses: Vec<(String, i64)> = sqlx::query_as(
        "SELECT i.status, COUNT(*) FROM invitations i JOIN reviews r ON r.id = i.review_id
         WHERE r.status = 'booked' GROUP BY i.status ORDER BY i.status",
    )
    .fetch_all(&app.db)
    .await
    .expect("statuses");
    let has = |status: &str| statuses.iter().any(|(s, n)| s == status && *n > 0);
    assert!(has("sent") && has("opened") && has("submitted"), "replies arriving: {statuses:?}");
    let (unconfirmed,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM reviews WHERE status = 'booked' AND confirmed_at IS NULL")
        .fetch_one(&app.db)
        .await
        .expect("count");
    assert_eq!(unconfirmed, 0, "the demo's bookings are confirmed by their IROs");

    // Its IRO opens a coming review's pack, with the views sent so far.
    let (review, iro): (i64, String) = sqlx::query_as(
        "SELECT r.id, s.email FROM reviews r JOIN children c ON c.id = r.child_id JOIN staff s ON s.id = c.iro_staff_id
         WHERE r.status = 'booked' AND EXISTS (SELECT 1 FROM invitations i WHERE i.review_id = r.id AND i.status = 'submitted')
         ORDER BY r.id LIMIT 1",
    )
    .fetch_one(&app.db)
    .await
    .expect("a review with views sent");
    app.sign_out().await;
    app.sign_in_as(&iro).await;
    let (status, pack) = app.get_text(&format!("/staff/reviews/{review}/pack")).await;
    assert_eq!(status, 200, "{pack}");
    assert!(!pack.contains("Something went wrong"), "{pack}");
}

/// Business support books a month of reviews in one go at the council's usual time and place:
/// each on the day the rule gives, audited like one booking; a late one is left, and named.
/// Wrong time or nothing chosen books nothing; another council's child is never touched.
#[tokio::test]
async fn chosen_reviews_are_booked_in_one_go_at_the_usual_arrangements() {
    let app = spawn_app().await;
    app.sign_in_as("support@dyffryn.example").await;
    // Looked after 10 days ago: the first review is due in 18 days. 60 days ago: it is late.
    let anwen = app.add_child("Zzanwen", today() - Duration::days(10)).await;
    let bryn = app.add_child("Zzbryn", today() - Duration::days(60)).await;
    let cai = app.add_child("Zzcai", today() - Duration::days(12)).await;
    let dai = app.add_child("Zzdai", today() - Duration::days(12)).await;
    let (ffion,): (i64,) =
        sqlx::query_as("SELECT id FROM children WHERE preferred_name = 'Ffion'").fetch_one(&app.db).await.expect("Glannau's child");

    let back = "/staff/children?q=zz&filter=to_book";
    let (_, list) = app.get_text(back).await;
    assert!(list.contains(&format!("name=\"chosen[{anwen}]\"")) && list.contains("Book the chosen reviews"), "{list}");
    assert!(list.contains("Choose Zzanwen"), "each box is named for its child");

    let booked = || async {
        let rows: Vec<(i64, String, String, String)> = sqlx::query_as(
            "SELECT child_id, meeting_on, meeting_at, arrangement_details FROM reviews WHERE status = 'booked' ORDER BY child_id",
        )
        .fetch_all(&app.db)
        .await
        .expect("reviews");
        rows
    };
    // A wrong time: nothing is booked, and the form says why.
    let chosen_anwen = format!("chosen[{anwen}]");
    let response = app
        .post_form(
            "/api/bulk_book",
            &[
                (&chosen_anwen, "on"),
                ("meeting_at", "25:99"),
                ("arrangement", "in_person"),
                ("arrangement_details", "Civic Centre"),
                ("back", back),
            ],
        )
        .await;
    assert_eq!(heard_tests::location(&response), back);
    let (_, page) = app.get_text(back).await;
    assert!(page.contains("Enter a time like 10:30.") && page.contains("25:99"), "{page}");
    assert!(booked().await.is_empty(), "nothing half-written");
    // Nothing chosen.
    app.post_form(
        "/api/bulk_book",
        &[("meeting_at", "09:30"), ("arrangement", "in_person"), ("arrangement_details", "Civic Centre"), ("back", back)],
    )
    .await;
    let (_, page) = app.get_text(back).await;
    assert!(page.contains("Choose at least one child to book."), "{page}");

    let (chosen_bryn, chosen_cai, chosen_ffion) = (format!("chosen[{bryn}]"), format!("chosen[{cai}]"), format!("chosen[{ffion}]"));
    let response = app
        .post_form(
            "/api/bulk_book",
            &[
                (&chosen_anwen, "on"),
                (&chosen_bryn, "on"),
                (&chosen_cai, "on"),
                (&chosen_ffion, "on"),
                ("meeting_at", "09:30"),
                ("arrangement", "in_person"),
                ("arrangement_details", "Civic Centre, Room 2"),
                ("back", back),
            ],
        )
        .await;
    assert_eq!(heard_tests::location(&response), back);
    let (_, page) = app.get_text(back).await;
    assert!(page.contains("2 reviews were booked.") && page.contains("Not booked: Zzbryn."), "{page}");
    assert!(!page.contains("Ffion"), "another council's child is not named");
    let rows = booked().await;
    assert_eq!(rows.iter().map(|r| r.0).collect::<Vec<_>>(), vec![anwen, cai], "only the two in time, and none of Glannau's");
    for (child, meeting_on, meeting_at, details) in &rows {
        let due = today() - Duration::days(if *child == anwen { 10 } else { 12 }) + Duration::days(28);
        let expected = app::domain::schedule::usual_meeting_day(due, today()).expect("a day in time");
        assert_eq!(
            (meeting_on.as_str(), meeting_at.as_str(), details.as_str()),
            (form_date(expected).as_str(), "09:30", "Civic Centre, Room 2")
        );
    }
    let (audited,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_events WHERE action = 'review.booked' AND detail = 'bulk'")
        .fetch_one(&app.db)
        .await
        .expect("audit");
    assert_eq!(audited, 2);

    // Managers do not book, even a child still in time.
    app.sign_out().await;
    app.sign_in_as("manager@dyffryn.example").await;
    let chosen_dai = format!("chosen[{dai}]");
    app.post_form(
        "/api/bulk_book",
        &[(&chosen_dai, "on"), ("meeting_at", "09:30"), ("arrangement", "in_person"), ("arrangement_details", "x"), ("back", back)],
    )
    .await;
    assert_eq!(booked().await.len(), 2);
    // The same child is booked by business support: what the manager was refused was the role.
    app.sign_out().await;
    app.sign_in_as("support@dyffryn.example").await;
    app.post_form(
        "/api/bulk_book",
        &[(&chosen_dai, "on"), ("meeting_at", "09:30"), ("arrangement", "in_person"), ("arrangement_details", "x"), ("back", back)],
    )
    .await;
    assert_eq!(booked().await.len(), 3);
}
