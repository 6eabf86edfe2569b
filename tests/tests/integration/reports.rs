//! The manager's reports over HTTP: each figure checked against hand-built rows (reviews,
//! invitations, consultations, alerts, messages, all last month); CSV files with small numbers
//! suppressed at the council's threshold and no cell a spreadsheet would run; nobody but the
//! authority's manager sees them.

use heard_tests::{form_date, spawn_app, today, TestApp};
use time::Duration;

/// The first day of last month (UK), and its name as the page shows it.
fn last_month() -> (time::Date, String) {
    let first = today().replace_day(1).expect("first of the month");
    let last = (first - Duration::days(1)).replace_day(1).expect("first of last month");
    (last, app::i18n::month_year(last, app::i18n::Lang::En))
}

async fn exec(app: &TestApp, sql: &str, binds: &[&dyn ToBind]) {
    let mut query = sqlx::query(sql);
    for b in binds {
        query = b.bind_to(query);
    }
    query.execute(&app.db).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
}

trait ToBind: Sync {
    fn bind_to<'q>(
        &'q self,
        q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    ) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;
}
impl ToBind for i64 {
    fn bind_to<'q>(
        &'q self,
        q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    ) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
        q.bind(*self)
    }
}
impl ToBind for &str {
    fn bind_to<'q>(
        &'q self,
        q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    ) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
        q.bind(*self)
    }
}
impl ToBind for String {
    fn bind_to<'q>(
        &'q self,
        q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    ) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
        q.bind(self.as_str())
    }
}

async fn id_of(app: &TestApp, sql: &str) -> i64 {
    let (id,): (i64,) = sqlx::query_as(sql).fetch_one(&app.db).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
    id
}

/// Dyffryn's hand-built month: three reviews due (one on time, one held late, one overdue) and
/// one cancelled; three children, a parent and a carer asked (and one person invited to the
/// meeting only); two alerts; one message.
async fn hand_built_month(app: &TestApp) {
    // Only hand-built rows are counted: the demo children (whose reviews fall due on dates that
    // move with the calendar) are taken out of this test's own database first.
    for table in ["placement_moves", "reviews", "child_contacts", "children"] {
        sqlx::query(&format!("DELETE FROM {table}")).execute(&app.db).await.expect("emptied");
    }
    let (month, _) = last_month();
    let day = |n: i64| form_date(month + Duration::days(n));
    let at = |n: i64| app::domain::calendar::uk_start_of_day(month + Duration::days(n)) + 12 * 3600;
    app.sign_in_as("support@dyffryn.example").await;
    let child = app.add_child("Nedw", today() - Duration::days(5)).await;
    // Awen became looked after ten days before last month began: her first review fell due last
    // month (20 working days on) and was never booked, so it counts as late.
    app.add_child("Awen", month - Duration::days(10)).await;
    app.sign_out().await;
    let authority = id_of(app, "SELECT id FROM authorities WHERE slug = 'dyffryn'").await;
    let review = |due: String, held: String, status: &'static str| (due, held, status);
    let mut review_ids = Vec::new();
    for (due, meeting, status) in [
        review(day(9), day(8), "held"),     // on time
        review(day(9), day(19), "held"),    // held late
        review(day(14), day(30), "booked"), // overdue, still only booked: late
        review(day(14), day(12), "cancelled"),
    ] {
        exec(
            app,
            "INSERT INTO reviews (authority_id, child_id, kind, due_on, meeting_on, arrangement, status, created_at, updated_at)
             VALUES ($1, $2, 'subsequent', $3, $4, 'in_person', $5, $6, $6)",
            &[&authority, &child, &due, &meeting, &status, &at(0)],
        )
        .await;
        review_ids.push(id_of(app, "SELECT MAX(id) FROM reviews").await);
    }
    let review_id = review_ids[0];
    let invite = |audience: &'static str, opened: bool| (audience, opened);
    let mut invitation_ids = Vec::new();
    for (audience, opened) in [
        invite("child", true),
        invite("child", true),
        invite("child", false),
        invite("parent", true),
        invite("carer", false),
        invite("other", true),
    ] {
        let opened_at = if opened { at(3) } else { 0 };
        exec(
            app,
            "INSERT INTO invitations (authority_id, review_id, audience, first_name, language, delivery, status, created_at, updated_at, opened_at)
             VALUES ($1, $2, $3, 'Test', 'en', 'post', 'sent', $4, $4, CASE WHEN $5 = 0 THEN NULL ELSE $5 END)",
            &[&authority, &review_id, &audience, &at(2), &opened_at],
        )
        .await;
        invitation_ids.push(id_of(app, "SELECT MAX(id) FROM invitations").await);
    }
    // The first child sent their views: 13+, read-aloud used, in Welsh, no script at all, and
    // asked for an advocate. The second opened and began but did not send (offered an advocate).
    // The parent sent theirs and said no to an advocate.
    for (invitation, band, advocacy, read_aloud, plain, scripted, submitted) in [
        (invitation_ids[0], "13plus", Some("yes"), 1_i64, 3_i64, 0_i64, true),
        (invitation_ids[1], "8to12", Some("no"), 0, 0, 2, false),
        (invitation_ids[3], "adult", Some("no"), 0, 1, 1, true),
    ] {
        let submitted_at = if submitted { at(4) } else { 0 };
        exec(
            app,
            "INSERT INTO consultations (authority_id, review_id, invitation_id, form_id, form_version, band, step, advocacy, read_aloud_used,
                                        scripted_saves, plain_saves, created_at, updated_at, submitted_at)
             VALUES ($1, $2, $3, 'form', 1, $4, 1, $5, $6, $7, $8, $9, $9, CASE WHEN $10 = 0 THEN NULL ELSE $10 END)",
            &[&authority, &review_id, &invitation, &band, &advocacy.unwrap_or("no"), &read_aloud, &scripted, &plain, &at(3), &submitted_at],
        )
        .await;
    }
    let first = id_of(app, &format!("SELECT id FROM consultations WHERE invitation_id = {}", invitation_ids[0])).await;
    for (question, language) in [("feel_now", "cy"), ("school", "cy"), ("home", "en")] {
        exec(
            app,
            "INSERT INTO answers (consultation_id, question_id, words, language, saved_at) VALUES ($1, $2, 'geiriau', $3, $4)",
            &[&first, &question, &language, &at(3)],
        )
        .await;
    }
    exec(
        app,
        "INSERT INTO advocacy_requests (authority_id, review_id, invitation_id, reference, created_at, updated_at)
         VALUES ($1, $2, $3, 'ADV-REPORTS1', $4, $4)",
        &[&authority, &review_id, &invitation_ids[0], &at(4)],
    )
    .await;
    for acknowledged in [at(5) + 30 * 60, 0] {
        exec(
            app,
            "INSERT INTO alerts (authority_id, review_id, child_id, invitation_id, source, raised_at, acknowledged_at)
             VALUES ($1, $2, $3, $4, 'panel', $5, CASE WHEN $6 = 0 THEN NULL ELSE $6 END)",
            &[&authority, &review_id, &child, &invitation_ids[0], &at(5), &acknowledged],
        )
        .await;
    }
    exec(
        app,
        "INSERT INTO child_messages (authority_id, child_id, invitation_id, kind, words, language, sent_at)
         VALUES ($1, $2, $3, 'worried', 'hand-built message', 'en', $4)",
        &[&authority, &child, &invitation_ids[0], &at(6)],
    )
    .await;
}

/// The cells of the row for `period` in the table of section `id`, as shown.
fn row(page: &str, id: &str, period: &str) -> Vec<String> {
    let section = page.split(&format!("id=\"{id}-heading\"")).nth(1).expect("the section");
    let section = section.split("</section>").next().expect("its end");
    let start = section.find(&format!("<th scope=\"row\">{period}</th>")).unwrap_or_else(|| panic!("{id}: a row for {period}"));
    let row = &section[start..section[start..].find("</tr>").map(|e| start + e).expect("row end")];
    row.split("<td class=\"number\">").skip(1).map(|cell| cell.split('<').next().unwrap_or_default().to_string()).collect()
}

#[tokio::test]
async fn each_figure_is_counted_from_hand_built_data() {
    let app = spawn_app().await;
    hand_built_month(&app).await;
    let (_, month) = last_month();
    app.sign_in_as("manager@dyffryn.example").await;
    let (status, page) = app.get_text("/staff/reports").await;
    assert_eq!(status, 200);
    // Late (held late, booked but overdue, never booked), on time, total, % on time.
    assert_eq!(row(&page, "timeliness", &month), ["3", "1", "4", "25.0%"]);
    // Per audience: asked, opened, sent, % sent (children, parents, carers); nobody invited to
    // the meeting only is counted.
    assert_eq!(row(&page, "participation", &month), ["3", "2", "1", "33.3%", "1", "1", "1", "100.0%", "1", "0", "0", "0.0%"]);
    // Children by band (under 8, 8 to 12, 13 and over, care leavers: asked, sent). The child who
    // never began is counted in the band of their age on the meeting day (the helper's children are 8 to 12).
    assert_eq!(row(&page, "children-by-age", &month), ["0", "0", "2", "0", "1", "1", "0", "0"]);
    // Of the views sent (2): read-aloud, Welsh, without JavaScript.
    assert_eq!(row(&page, "how-they-took-part", &month), ["2", "1", "1", "1"]);
    // Children offered and asking for an advocate; parents offered and asking.
    assert_eq!(row(&page, "advocacy", &month), ["2", "1", "1", "0"]);
    // Alerts raised, not yet acknowledged, middle minutes to acknowledge, messages.
    assert_eq!(row(&page, "safety", &month), ["2", "1", "30", "1"]);
    assert!(!page.contains("hand-built message") && !page.contains("geiriau"), "no words on the reports page");

    // By quarter, last month's figures are counted in its financial quarter.
    let quarter = app::domain::reports::Period::of(last_month().0, app::domain::reports::Grain::Quarter);
    let (_, quarters) = app.get_text("/staff/reports?grain=quarter").await;
    let name = app::features::reports::words::period_name(quarter, app::i18n::Lang::En);
    let timeliness = row(&quarters, "timeliness", &name);
    let late: u32 = timeliness[0].parse().expect("a count");
    assert!(late >= 3, "the quarter holds last month's 3 late reviews ({late})");
    assert_eq!(row(&quarters, "advocacy", &name)[..2], ["2", "1"], "and its advocacy");
}

#[tokio::test]
async fn csv_downloads_suppress_small_numbers_and_cannot_run_formulas() {
    let app = spawn_app().await;
    hand_built_month(&app).await;
    let (_, month) = last_month();
    app.sign_in_as("manager@dyffryn.example").await;
    let response = app.get("/staff/reports/timeliness.csv").await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.headers().get("content-type").and_then(|v| v.to_str().ok()), Some("text/csv; charset=utf-8"));
    let text = response.text().await.expect("csv");
    assert!(text.starts_with('\u{feff}'), "UTF-8 with a byte-order mark");
    let line = text.lines().find(|l| l.starts_with(&month)).expect("last month's line").to_string();
    // At the default threshold of 5, every count this month (2, 1, 3) is hidden, and so is the share.
    assert_eq!(line, format!("{month},<5,<5,<5,[c]"), "{text}");
    assert!(text.lines().next().is_some_and(|h| h.ends_with("Period,Late,On time,Total,% on time")), "{text}");
    for cell in text.lines().flat_map(|l| l.split(',')) {
        assert!(!cell.starts_with(['=', '+', '-', '@']), "no cell a spreadsheet would run: {cell:?}");
    }

    // An admin lowers the threshold to 2: the 4 in total show; the 1 on time does not, nor the
    // 3 late that with the total would give it away, nor the share.
    app.sign_out().await;
    app.sign_in_as("admin@dyffryn.example").await;
    let (_, settings) = app.get_text("/staff/admin/settings").await;
    assert!(settings.contains("name=\"suppress_below\""));
    let response = app.post_form("/api/save_settings", &[("post_enabled", "1"), ("suppress_below", "1")]).await;
    assert_eq!(heard_tests::location(&response), "/staff/admin/settings");
    assert!(app.get_text("/staff/admin/settings").await.1.contains("Enter a whole number from 2 to 50."), "1 would hide nothing");
    app.post_form("/api/save_settings", &[("post_enabled", "1"), ("suppress_below", "2")]).await;
    app.sign_out().await;
    app.sign_in_as("manager@dyffryn.example").await;
    let text = app.get("/staff/reports/timeliness.csv").await.text().await.expect("csv");
    let line = text.lines().find(|l| l.starts_with(&month)).expect("last month's line").to_string();
    assert_eq!(line, format!("{month},<2,<2,4,[c]"), "{text}");
    // In Welsh, the headings are Welsh and keep their letters.
    app.post_form("/api/set_language", &[("lang", "cy"), ("back", "/staff")]).await;
    let welsh = app.get("/staff/reports/participation.csv").await.text().await.expect("csv");
    assert!(welsh.starts_with("\u{feff}Cyfnod,"), "{welsh}");
    let (downloads,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM audit_events WHERE action = 'report.downloaded'").fetch_one(&app.db).await.expect("count");
    assert_eq!(downloads, 3, "each download is in the audit trail");
}

#[tokio::test]
async fn only_the_authoritys_manager_reads_its_figures() {
    let app = spawn_app().await;
    hand_built_month(&app).await;
    let (_, month) = last_month();
    for email in ["support@dyffryn.example", "iro@dyffryn.example", "admin@dyffryn.example"] {
        app.sign_in_as(email).await;
        let (_, page) = app.get_text("/staff/reports").await;
        assert!(!page.contains("25.0%") && !page.contains("timeliness-heading"), "{email} sees no figures");
        let response = app.post_form("/api/reports", &[("grain", "month")]).await;
        assert!(response.status().as_u16() >= 300, "{email}: the reports function is refused");
        assert!(!response.text().await.expect("body").contains("Timeliness"), "{email}");
        assert_eq!(app.get("/staff/reports/timeliness.csv").await.status().as_u16(), 404, "{email}");
        app.sign_out().await;
    }
    // Glannau's manager sees Glannau's figures: none of Dyffryn's.
    app.sign_in_as("manager@glannau.example").await;
    let (_, page) = app.get_text("/staff/reports").await;
    assert_eq!(row(&page, "timeliness", &month), ["0", "0", "0", "–"]);
    app.sign_out().await;
    // Nobody signed in is sent to sign in.
    assert_eq!(heard_tests::location(&app.get("/staff/reports/timeliness.csv").await), "/sign-in");
    assert_eq!(app.get("/staff/reports/nothing.csv").await.status().as_u16(), 303);
}

#[tokio::test]
async fn the_demo_history_gives_a_year_of_figures_and_loads_once() {
    let app = heard_tests::spawn_app_with(&[("HEARD_DEMO_HISTORY", "1")]).await;
    let children = || async { id_of(&app, "SELECT COUNT(*) FROM children").await };
    let before = children().await;
    assert!(before >= 60, "a year's worth of children ({before})");
    app.sign_in_as("manager@dyffryn.example").await;
    let (_, page) = app.get_text("/staff/reports").await;
    // Across the twelve months, reviews were held; some late, most on time; views were sent.
    let months = app::domain::reports::Period::last(12, app::domain::reports::Grain::Month, today());
    let mut held = 0;
    let mut late = 0;
    for month in months {
        let name = app::i18n::month_year(month.start(), app::i18n::Lang::En);
        if let Some(cells) = page.contains(&format!("<th scope=\"row\">{name}</th>")).then(|| row(&page, "timeliness", &name)) {
            late += cells[0].parse::<u32>().unwrap_or(0);
            held += cells[2].parse::<u32>().unwrap_or(0);
        }
    }
    assert!(held >= 40 && late > 0 && late * 3 < held, "{late} late of {held}");
    assert!(page.contains("<svg") && page.contains("role=\"img\""), "charts are drawn");
    // A restart on the same database adds nothing.
    let again = heard_tests::spawn_app_on(&app.database_url, &app.data_dir, &[("HEARD_DEMO_HISTORY", "1")]).await;
    assert_eq!(id_of(&again, "SELECT COUNT(*) FROM children").await, before);
}

#[tokio::test]
async fn a_screen_sent_by_a_page_whose_script_ran_is_not_counted_as_without_javascript() {
    let app = spawn_app().await;
    app.sign_in_as("support@dyffryn.example").await;
    let child = app.add_child("Gwenno", today() - Duration::days(5)).await;
    let review = app.booked_review(child, today() + Duration::days(20)).await;
    let (visitor, invitation, _) = app.invitee(review, "child", "Gwenno").await;
    app.sign_out().await;
    visitor.post("/api/set_secret", &[("kind", "pictures"), ("a[pic_cat]", "on"), ("a[pic_sun]", "on"), ("a[pic_tree]", "on")]).await;
    let saves = || async {
        let (scripted, plain): (i64, i64) =
            sqlx::query_as("SELECT scripted_saves, plain_saves FROM consultations WHERE invitation_id = $1")
                .bind(invitation)
                .fetch_one(&app.db)
                .await
                .expect("consultation");
        (scripted, plain)
    };
    // The form keeper marks the form once its script runs: such a post is a scripted save.
    visitor.post("/api/save_step", &[("step", "1"), ("go", "stay"), ("scripted", "1"), ("a[feel_now]", "happy")]).await;
    assert_eq!(saves().await, (1, 0));
    // With no script, the field stays empty: a plain save.
    visitor.post("/api/save_step", &[("step", "1"), ("go", "stay"), ("scripted", ""), ("a[feel_now]", "happy")]).await;
    assert_eq!(saves().await, (1, 1));
}
