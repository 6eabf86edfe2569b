//! Children in from the case system: every problem of every row before anything is written,
//! then all of it or nothing; importing again updates by case reference and never duplicates;
//! bad files refused with a reason; only a council's admins and business support, only their
//! own council.

use heard_tests::{location, TestApp};

const HEADER: &str = "case_reference,preferred_name,full_name,date_of_birth,language,legal_basis,looked_after_since,iro_email";

async fn upload(app: &TestApp, name: &str, bytes: Vec<u8>) -> reqwest::Response {
    app.upload_import(name, bytes).await
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as(sql).fetch_one(&app.db).await.expect("count");
    n
}

/// A file as a spreadsheet saves it: byte-order mark, CRLF line ends.
fn spreadsheet(lines: &[&str]) -> Vec<u8> {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(lines.join("\r\n").as_bytes());
    bytes
}

#[tokio::test]
async fn an_admin_sees_every_problem_then_imports_all_at_once_and_again_by_reference() {
    let app = heard_tests::spawn_app().await;
    app.sign_in_as("admin@dyffryn.example").await;
    let (_, page) = app.get_text("/staff/admin/import").await;
    assert!(page.contains("case_reference") && page.contains("/staff/admin/import-sample.csv"), "the columns are documented");
    let sample = app.get("/staff/admin/import-sample.csv").await;
    assert!(sample.text().await.expect("sample").starts_with("case_reference,preferred_name,"));

    let before = count(&app, "SELECT COUNT(*) FROM children").await;
    let bad = spreadsheet(&[
        HEADER,
        "IMP-1,Nia,Nia Wyn Hughes,31/12/2015,cy,care_order,01/09/2024,IRO@dyffryn.example",
        "IMP-2,=HYPERLINK(\"http://x\"),Osian Price,31/02/2015,fr,care_order,2024-09-01,nobody@dyffryn.example",
        "imp-1,Nia,Nia Hughes,2015-12-31,cy,care_order,2024-09-01,",
    ]);
    let response = upload(&app, "export.csv", bad).await;
    let preview = location(&response);
    assert!(preview.starts_with("/staff/admin/import/"), "{preview}");
    let (_, page) = app.get_text(&preview).await;
    assert!(page.contains("5 problems to fix") && page.contains("Nothing was saved."), "{page}");
    for words in [
        "This starts like a spreadsheet formula",
        "Enter a real date.",
        "No IRO here has this email.",
        "This case reference is also on line 2.",
    ] {
        assert!(page.contains(words), "{words}: {page}");
    }
    assert!(page.contains("<th scope=\"row\">3</th>") && page.contains("<th scope=\"row\">4</th>"), "problems by line");
    assert!(!page.contains("apply_import"), "no way to import a file with problems");
    // Asked to import anyway: nothing is written.
    let id = preview.trim_start_matches("/staff/admin/import/").to_string();
    app.post_form("/api/apply_import", &[("id", &id)]).await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM children").await, before, "all or nothing");

    let good = spreadsheet(&[
        HEADER,
        "IMP-1,Nia,Nia Wyn Hughes,31/12/2015,Cymraeg,care_order,01/09/2024,IRO@dyffryn.example",
        "IMP-2,Osi,Osian Ŵyn Price,2014-02-28,en,s76,2025-01-15,",
    ]);
    let preview = location(&upload(&app, "export.csv", good).await);
    let (_, page) = app.get_text(&preview).await;
    assert!(page.contains("No problems found. Children to add: 2. Children to update: 0."), "{page}");
    let id = preview.trim_start_matches("/staff/admin/import/").to_string();
    let response = app.post_form("/api/apply_import", &[("id", &id)]).await;
    assert_eq!(location(&response), preview);
    let (_, page) = app.get_text(&preview).await;
    assert!(page.contains("The file was imported. Added: 2. Updated: 0."), "{page}");
    let iro = app.staff_id("iro@dyffryn.example").await;
    let (name, born, iro_of_nia): (String, String, Option<i64>) =
        sqlx::query_as("SELECT full_name, date_of_birth, iro_staff_id FROM children WHERE case_reference = 'IMP-1'")
            .fetch_one(&app.db)
            .await
            .expect("Nia");
    assert_eq!((name.as_str(), born.as_str(), iro_of_nia), ("Nia Wyn Hughes", "2015-12-31", Some(iro)));
    let (detail,): (String,) =
        sqlx::query_as("SELECT detail FROM audit_events WHERE action = 'import.applied'").fetch_one(&app.db).await.expect("audit");
    assert_eq!(detail, "2 added, 0 updated", "counts only, nobody's details");
    let (content,): (String,) = sqlx::query_as("SELECT content FROM imports WHERE id = $1")
        .bind(id.parse::<i64>().expect("id"))
        .fetch_one(&app.db)
        .await
        .expect("import");
    assert!(content.is_empty(), "the file's text is not kept once imported");

    // The same file imported twice is refused the second time.
    app.post_form("/api/apply_import", &[("id", &id)]).await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM children WHERE case_reference LIKE 'IMP-%'").await, 2);

    // Importing again updates by reference (in any case) and adds only the new one.
    let again = spreadsheet(&[
        HEADER,
        "imp-2,Osian,Osian Ŵyn Price,2014-02-28,en,s76,2025-01-15,",
        "IMP-3,Lowri,Lowri Evans,2013-05-05,en,care_order,2023-03-03,",
    ]);
    let preview = location(&upload(&app, "export-2.csv", again).await);
    let (_, page) = app.get_text(&preview).await;
    assert!(page.contains("Children to add: 1. Children to update: 1."), "{page}");
    let id = preview.trim_start_matches("/staff/admin/import/").to_string();
    app.post_form("/api/apply_import", &[("id", &id)]).await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM children WHERE case_reference LIKE 'IMP-%'").await, 3, "never duplicated");
    let (osi,): (String,) =
        sqlx::query_as("SELECT preferred_name FROM children WHERE case_reference = 'IMP-2'").fetch_one(&app.db).await.expect("Osian");
    assert_eq!(osi, "Osian", "updated by reference");
}

#[tokio::test]
async fn bad_files_are_refused_with_what_to_do() {
    let app = heard_tests::spawn_app().await;
    app.sign_in_as("admin@dyffryn.example").await;
    let cases: Vec<(Vec<u8>, &str)> = vec![
        // Saved in Windows-1252 ("é" as the lone byte 0xE9).
        (b"case_reference,preferred_name\nW-1,Ren\xE9\n".to_vec(), "save it as \"CSV UTF-8\""),
        (Vec::new(), "Choose a file to check."),
        // More than 10 MB.
        (vec![b'a'; 11 * 1024 * 1024], "The file is bigger than 10 MB."),
    ];
    for (bytes, words) in cases {
        let response = upload(&app, "export.csv", bytes).await;
        assert_eq!(location(&response), "/staff/admin/import#file");
        let (_, page) = app.get_text("/staff/admin/import").await;
        assert!(page.contains(words), "{words}: {page}");
    }
    assert_eq!(count(&app, "SELECT COUNT(*) FROM imports").await, 0, "nothing kept");

    // Not a table Heard knows: the columns are named.
    let preview = location(&upload(&app, "list.csv", b"name,dob\nCadi,2015-01-01\n".to_vec()).await);
    let (_, page) = app.get_text(&preview).await;
    assert!(page.contains("The file has no case_reference column.") && page.contains("Whole file"), "{page}");

    // JSON, as an API export gives it.
    let json = r#"[{"case_reference": "JS-1", "preferred_name": "Cai", "full_name": "Cai Lewis", "date_of_birth": "2016-06-01",
                    "language": "en", "legal_basis": "care_order", "looked_after_since": "2024-01-01"}]"#;
    let preview = location(&upload(&app, "children.json", json.as_bytes().to_vec()).await);
    let (_, page) = app.get_text(&preview).await;
    assert!(page.contains("Children to add: 1. Children to update: 0."), "{page}");
}

#[tokio::test]
async fn only_admins_and_business_support_import_and_only_into_their_council() {
    let app = heard_tests::spawn_app().await;
    app.sign_in_as("iro@dyffryn.example").await;
    let file = spreadsheet(&[HEADER, "IMP-9,Nia,Nia Hughes,2015-12-31,cy,care_order,2024-09-01,"]);
    let response = upload(&app, "export.csv", file.clone()).await;
    assert_eq!(response.status(), 404, "IROs do not import");
    app.sign_out().await;

    app.sign_in_as("admin@glannau.example").await;
    let preview = location(&upload(&app, "export.csv", file).await);
    let id = preview.trim_start_matches("/staff/admin/import/").to_string();
    app.sign_out().await;

    app.sign_in_as("admin@dyffryn.example").await;
    let (_, page) = app.get_text(&preview).await;
    assert!(!page.contains("Nia") && !page.contains("Children to add"), "another council's file is not found: {page}");
    app.post_form("/api/apply_import", &[("id", &id)]).await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM children WHERE case_reference = 'IMP-9'").await, 0);
}

/// A second file without the optional columns changes only what it has: every child keeps their
/// IRO, placement and communication needs. A check left more than a day cannot be imported,
/// and its text is cleared by the housekeeping.
#[tokio::test]
async fn importing_again_keeps_what_the_file_does_not_have_and_old_checks_expire() {
    let app = heard_tests::spawn_app().await;
    app.sign_in_as("admin@dyffryn.example").await;
    let full = spreadsheet(&[
        "case_reference,preferred_name,full_name,date_of_birth,language,legal_basis,looked_after_since,iro_email,placement_type,communication_needs",
        "KEEP-1,Elan,Elan Rees,2014-04-04,cy,care_order,2024-02-02,iro@dyffryn.example,Foster care,- uses symbols",
    ]);
    let preview = location(&upload(&app, "full.csv", full).await);
    let id = preview.trim_start_matches("/staff/admin/import/").to_string();
    app.post_form("/api/apply_import", &[("id", &id)]).await;
    let stored = || async {
        let row: (String, Option<i64>, String, String) = sqlx::query_as(
            "SELECT preferred_name, iro_staff_id, placement_type, communication_needs FROM children WHERE case_reference = 'KEEP-1'",
        )
        .fetch_one(&app.db)
        .await
        .expect("Elan");
        row
    };
    let iro = app.staff_id("iro@dyffryn.example").await;
    assert_eq!(
        stored().await,
        ("Elan".to_string(), Some(iro), "Foster care".to_string(), "- uses symbols".to_string()),
        "a list's dash is no formula"
    );

    let fewer = spreadsheet(&[HEADER.trim_end_matches(",iro_email"), "KEEP-1,Eli,Elan Rees,2014-04-04,cy,care_order,2024-02-02"]);
    let preview = location(&upload(&app, "fewer.csv", fewer).await);
    let id = preview.trim_start_matches("/staff/admin/import/").to_string();
    app.post_form("/api/apply_import", &[("id", &id)]).await;
    assert_eq!(
        stored().await,
        ("Eli".to_string(), Some(iro), "Foster care".to_string(), "- uses symbols".to_string()),
        "only what the file has"
    );

    // A check left more than a day.
    let late = spreadsheet(&[HEADER, "KEEP-2,Gwion,Gwion Rees,2014-04-04,cy,care_order,2024-02-02,"]);
    let preview = location(&upload(&app, "late.csv", late).await);
    let id = preview.trim_start_matches("/staff/admin/import/").to_string();
    app.state().clock.advance(25 * 3600);
    let (_, page) = app.get_text(&preview).await;
    assert!(!page.contains("Children to add"), "{page}");
    app.post_form("/api/apply_import", &[("id", &id)]).await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM children WHERE case_reference = 'KEEP-2'").await, 0);
    let unscoped = app::server::tenant::Unscoped::new(app.db.clone(), app.state().clock.now());
    assert_eq!(app::features::import::store::clear_stale(&unscoped).await.expect("housekeeping"), 1);
    let (content,): (String,) = sqlx::query_as("SELECT content FROM imports WHERE id = $1")
        .bind(id.parse::<i64>().expect("id"))
        .fetch_one(&app.db)
        .await
        .expect("import");
    assert!(content.is_empty());
}

/// Reviews held before Heard come in with the child: each is recorded once (importing again adds
/// none twice), and the schedule counts them, so the next review is due six months after the
/// last, not 28 days after the child became looked after.
#[tokio::test]
async fn past_reviews_come_in_once_and_the_schedule_counts_them() {
    let app = heard_tests::spawn_app().await;
    app.sign_in_as("admin@dyffryn.example").await;
    let header = format!("{HEADER},past_reviews");
    let today = heard_tests::today();
    let last = today - time::Duration::days(30);
    let (second, first) = (last - time::Duration::days(150), last - time::Duration::days(240));
    let day_first = |d: time::Date| format!("{:02}/{:02}/{}", d.day(), u8::from(d.month()), d.year());
    let since = day_first(first - time::Duration::days(20));

    // Bad dates are named, in their column, before anything is written.
    let tomorrow = day_first(today + time::Duration::days(1));
    let bad = spreadsheet(&[
        &header,
        &format!("PAST-1,Ffion,Ffion Lloyd,2014-04-04,cy,care_order,{since},,31/02/2025"),
        &format!("PAST-2,Gruff,Gruff Lloyd,2014-04-04,cy,care_order,{since},,{tomorrow}"),
        &format!("PAST-3,Mali,Mali Lloyd,2014-04-04,cy,care_order,{since},,01/01/2001"),
    ]);
    let preview = location(&upload(&app, "past.csv", bad).await);
    let (_, page) = app.get_text(&preview).await;
    assert!(page.contains("3 problems to fix"), "{page}");
    for words in ["separated by semicolons", "cannot be in the future", "before the child became looked after"] {
        assert!(page.contains(words), "{words}: {page}");
    }

    // Any separator a spreadsheet user might type (a comma inside a quoted cell too).
    let row =
        format!("PAST-1,Ffion,Ffion Lloyd,2014-04-04,cy,care_order,{since},,\"{}; {}, {}\"", day_first(first), second, day_first(last));
    for round in 0..2 {
        let preview = location(&upload(&app, "past.csv", spreadsheet(&[&header, &row])).await);
        let (_, page) = app.get_text(&preview).await;
        assert!(page.contains("No problems found"), "{page}");
        let id = preview.trim_start_matches("/staff/admin/import/").to_string();
        app.post_form("/api/apply_import", &[("id", &id)]).await;
        let held = count(
            &app,
            "SELECT COUNT(*) FROM reviews r JOIN children c ON c.id = r.child_id WHERE c.case_reference = 'PAST-1' AND r.status = 'held'",
        )
        .await;
        assert_eq!(held, 3, "round {round}: three past reviews, never twice");
    }
    let kinds: Vec<(String, String)> = sqlx::query_as(
        "SELECT r.meeting_on, r.kind FROM reviews r JOIN children c ON c.id = r.child_id WHERE c.case_reference = 'PAST-1' ORDER BY r.meeting_on",
    )
    .fetch_all(&app.db)
    .await
    .expect("reviews");
    let kinds: Vec<&str> = kinds.iter().map(|(_, k)| k.as_str()).collect();
    assert_eq!(kinds, ["first", "second", "subsequent"], "each past review has its place in the schedule");
    let (child_id,): (i64,) =
        sqlx::query_as("SELECT id FROM children WHERE case_reference = 'PAST-1'").fetch_one(&app.db).await.expect("child");
    // Business support sees the child's next review due six months after the last.
    app.sign_out().await;
    app.sign_in_as("support@dyffryn.example").await;
    let (_, page) = app.get_text(&format!("/staff/children/{child_id}")).await;
    let due_on = app::domain::calendar::add_months(last, 6);
    let (long, short) = (app::i18n::long_date(due_on, app::i18n::Lang::En), app::i18n::short_date(due_on, app::i18n::Lang::En));
    assert!(page.contains(&long) || page.contains(&short), "next review six months after the last ({long}): {page}");
}

/// Turns on council sign-in for `dyffryn.example` straight in the database (the settings page is
/// tested in `council_sign_in`): new staff may only be imported where it is on.
async fn council_sign_in_on(app: &TestApp) {
    // Sealed as the settings page seals it; only the domain is read here.
    let sealed = app.state().settings.seal_key.seal("oidc-client-secret:1", b"secret");
    sqlx::query(
        "INSERT INTO council_sign_in (authority_id, issuer, client_id, sealed_secret, email_domain, updated_at)
         SELECT id, 'https://login.example/tenant/v2.0', 'client', $1, 'dyffryn.example', 0 FROM authorities WHERE name_en = 'Dyffryn County Council'",
    )
    .bind(sealed)
    .execute(&app.db)
    .await
    .expect("council sign-in");
}

#[tokio::test]
async fn an_admin_imports_staff_by_email_all_or_nothing_and_again_without_duplicates() {
    let app = heard_tests::spawn_app().await;
    app.sign_in_as("admin@dyffryn.example").await;
    let (_, page) = app.get_text("/staff/admin/import").await;
    assert!(page.contains("/staff/admin/import-staff-sample.csv"), "the staff file is documented");
    let sample = app.get("/staff/admin/import-staff-sample.csv").await.text().await.expect("sample");
    assert!(sample.starts_with("email,name,role,active"), "{sample}");
    let staff_before = count(&app, "SELECT COUNT(*) FROM staff").await;

    // Without council sign-in nobody new can be added (they would have no way in); every other
    // problem is listed too, and nothing is written.
    let bad = spreadsheet(&[
        "Email,Name,Role,Active",
        "new.iro@dyffryn.example,Rhian Evans,iro,yes",
        "iro@glannau.example,Someone Else,iro,",
        "admin@dyffryn.example,Me,iro,",
        "support@dyffryn.example,=cmd(),boss,maybe",
        "NEW.IRO@dyffryn.example,Rhian Again,iro,",
    ]);
    let preview = location(&upload(&app, "staff.csv", bad).await);
    let (_, page) = app.get_text(&preview).await;
    for words in [
        "New staff sign in through the council.",
        "Someone already uses that email address.",
        "Change your own account by hand, not in a file.",
        "This starts like a spreadsheet formula",
        "Write the role as iro, business_support, manager or admin.",
        "Write yes, or no for someone who has left.",
        "This email is on line 2 already.",
    ] {
        assert!(page.contains(words), "{words}: {page}");
    }
    let id = preview.trim_start_matches("/staff/admin/import/").to_string();
    app.post_form("/api/apply_import", &[("id", &id)]).await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM staff").await, staff_before, "all or nothing");

    // Business support imports children, never staff.
    let support = app.another_browser();
    support.sign_in_as("support@dyffryn.example").await;
    let file = spreadsheet(&["email,name,role", "iro@dyffryn.example,Iolo,manager"]);
    let (_, page) = support.get_text(&location(&support.upload_import("staff.csv", file).await)).await;
    assert!(page.contains("Only an admin can import staff."), "{page}");

    council_sign_in_on(&app).await;
    let good = spreadsheet(&[
        "email,name,role,active",
        "new.iro@dyffryn.example,Rhian Evans,Independent Reviewing Officer,",
        "support@dyffryn.example,Sam Support,business_support,no",
        "admin@dyffryn.example,Dyffryn Admin,admin,yes",
    ]);
    let preview = location(&upload(&app, "staff.csv", good.clone()).await);
    let (_, page) = app.get_text(&preview).await;
    assert!(page.contains("Staff to add: 1. Staff to update: 2."), "{page}");
    let id = preview.trim_start_matches("/staff/admin/import/").to_string();
    assert_eq!(location(&app.post_form("/api/apply_import", &[("id", &id)]).await), preview);
    let (_, page) = app.get_text(&preview).await;
    assert!(page.contains("The staff file was imported. Added: 1. Updated: 2."), "{page}");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM staff").await, staff_before + 1);
    let (role, hash): (String, String) = sqlx::query_as("SELECT role, password_hash FROM staff WHERE email = 'new.iro@dyffryn.example'")
        .fetch_one(&app.db)
        .await
        .expect("new");
    assert_eq!((role.as_str(), hash.as_str()), ("iro", ""), "added as an IRO, with no password");
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM staff WHERE email = 'support@dyffryn.example' AND active = 0").await,
        1,
        "a leaver is disabled"
    );
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM audit_events WHERE action = 'import.staff_applied' AND detail = '1 added, 2 updated'").await,
        1
    );

    // No password means no password sign-in: the same answer as a wrong one.
    let stranger = app.another_browser();
    let tried = stranger.post_form("/api/sign_in", &[("email", "new.iro@dyffryn.example"), ("password", "anything at all here")]).await;
    assert_eq!(location(&tried), "/sign-in");
    let (_, page) = stranger.get_text("/sign-in").await;
    assert!(page.contains("That email and password did not match."), "{page}");

    // Again: updated by email, nobody twice.
    let preview = location(&upload(&app, "staff.csv", good).await);
    let (_, page) = app.get_text(&preview).await;
    assert!(page.contains("Staff to add: 0. Staff to update: 3."), "{page}");
}
