//! Children: IROs and business support add, edit, list and search children of their own
//! authority only; bad input is explained and nothing half-written.

use heard_tests::{location, spawn_app};

const NEW_CHILD: [(&str, &str); 9] = [
    ("preferred_name", "Mali"),
    ("full_name", "Mali Wyn Pritchard"),
    ("date_of_birth", "2016-03-09"),
    ("preferred_language", "cy"),
    ("communication_needs", "Uses symbols"),
    ("looked_after_since", "2026-10-20"),
    ("legal_basis", "care_order"),
    ("placement_type", "Foster care"),
    ("iro_staff_id", ""),
];

async fn child_id(app: &heard_tests::TestApp, preferred: &str) -> i64 {
    let (id,): (i64,) =
        sqlx::query_as("SELECT id FROM children WHERE preferred_name = $1").bind(preferred).fetch_one(&app.db).await.expect("child");
    id
}

#[tokio::test]
async fn business_support_adds_a_child_and_the_iro_sees_them() {
    let app = spawn_app().await;
    app.sign_in_as("support@dyffryn.example").await;
    let iro = app.staff_id("iro2@dyffryn.example").await.to_string();
    let mut form = NEW_CHILD.to_vec();
    form[8] = ("iro_staff_id", &iro);
    let response = app.post_form("/api/save_child", &form).await;
    assert_eq!(response.status(), 303);
    let id = child_id(&app, "Mali").await;
    assert_eq!(location(&response), format!("/staff/children/{id}"));
    let (_, page) = app.get_text(&format!("/staff/children/{id}")).await;
    assert!(page.contains("Mali was added."));
    assert!(page.contains("Mali Wyn Pritchard"), "the child's page shows the full name to staff");
    let (_, edit) = app.get_text(&format!("/staff/children/{id}/edit")).await;
    assert!(edit.contains(r#"value="Mali Wyn Pritchard""#));

    let (_, list) = app.get_text("/staff/children").await;
    assert!(list.contains("Mali") && list.contains("Ifan Rhys"), "listed with the allocated IRO");
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_events WHERE action = 'child.added' AND subject_id = $1")
        .bind(id)
        .fetch_one(&app.db)
        .await
        .expect("audit");
    assert_eq!(count, 1);
    app.sign_out().await;

    app.sign_in_as("iro2@dyffryn.example").await;
    let (_, home) = app.get_text("/staff").await;
    assert!(home.contains(">Mali</a>"), "the IRO's home lists the child");
}

#[tokio::test]
async fn bad_child_details_are_explained_and_nothing_is_written() {
    let app = spawn_app().await;
    app.sign_in_as("iro@dyffryn.example").await;
    let (before,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM children").fetch_one(&app.db).await.expect("count");
    let form = [
        ("preferred_name", "<script>alert(1)</script>"),
        ("full_name", ""),
        ("date_of_birth", "2030-01-01"),
        ("preferred_language", "cy"),
        ("looked_after_since", "not a date"),
        ("legal_basis", "care_order"),
    ];
    let response = app.post_form("/api/save_child", &form).await;
    assert_eq!(location(&response), "/staff/children/new");
    let (_, page) = app.get_text("/staff/children/new").await;
    assert!(page.contains("Enter a name."));
    assert!(page.contains("The date of birth must be in the past."));
    assert!(page.contains("Enter a real date."));
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "typed text comes back as text");
    assert!(!page.contains("<script>alert(1)"));
    let (after,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM children").fetch_one(&app.db).await.expect("count");
    assert_eq!(before, after);
}

#[tokio::test]
async fn a_child_cannot_be_given_another_authoritys_iro() {
    let app = spawn_app().await;
    app.sign_in_as("iro@dyffryn.example").await;
    let foreign = app.staff_id("iro@glannau.example").await.to_string();
    let mut form = NEW_CHILD.to_vec();
    form[8] = ("iro_staff_id", &foreign);
    app.post_form("/api/save_child", &form).await;
    let (_, page) = app.get_text("/staff/children/new").await;
    assert!(page.contains("Choose an IRO from the list."));
    let (count,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM children WHERE preferred_name = 'Mali'").fetch_one(&app.db).await.expect("count");
    assert_eq!(count, 0);
}

#[tokio::test]
async fn editing_keeps_the_record_and_is_audited() {
    let app = spawn_app().await;
    app.sign_in_as("iro@dyffryn.example").await;
    let id = child_id(&app, "Osian").await;
    let mut form = vec![("id", id.to_string())];
    for (k, v) in [
        ("preferred_name", "Osi"),
        ("full_name", "Osian Llŷr Jones"),
        ("date_of_birth", "2015-09-02"),
        ("preferred_language", "cy"),
        ("looked_after_since", "2025-06-20"),
        ("legal_basis", "s76"),
    ] {
        form.push((k, v.to_string()));
    }
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let response = app.post_form("/api/save_child", &form).await;
    assert_eq!(location(&response), format!("/staff/children/{id}"));
    let (_, page) = app.get_text(&format!("/staff/children/{id}")).await;
    assert!(
        page.contains("Osi&#x27;s details were saved.")
            || page.contains("Osi's details were saved.")
            || page.contains("Osi&#39;s details were saved."),
        "{page}"
    );
    let (name, full): (String, String) =
        sqlx::query_as("SELECT preferred_name, full_name FROM children WHERE id = $1").bind(id).fetch_one(&app.db).await.expect("row");
    assert_eq!((name.as_str(), full.as_str()), ("Osi", "Osian Llŷr Jones"), "Welsh letters kept");
}

#[tokio::test]
async fn search_finds_children_by_either_name() {
    let app = spawn_app().await;
    app.sign_in_as("support@dyffryn.example").await;
    let (_, found) = app.get_text("/staff/children?q=LL%C5%B6R").await;
    assert!(found.contains("Osian"), "case-insensitive, Welsh letters included");
    assert!(!found.contains(">Cadi<"));
    let (_, none) = app.get_text("/staff/children?q=zzz").await;
    assert!(none.contains("No child matches your search in this list."), "{none}");
}

#[tokio::test]
async fn staff_of_one_authority_never_see_or_change_anothers_children() {
    let app = spawn_app().await;
    let cadi = child_id(&app, "Cadi").await;
    app.sign_in_as("support@glannau.example").await;

    let (_, list) = app.get_text("/staff/children").await;
    assert!(list.contains("Leo") && !list.contains("Cadi"), "only Glannau's children");
    for path in [format!("/staff/children/{cadi}"), format!("/staff/children/{cadi}/edit")] {
        let (_, page) = app.get_text(&path).await;
        assert!(!page.contains("Cadi Haf Morgan"), "{path} reveals nothing");
        assert!(page.contains("We could not find that."));
    }

    // Calling the server functions directly with Dyffryn's id.
    let form = app.client.post(app.url("/api/child_form")).form(&[("id", cadi.to_string())]).send().await.expect("POST");
    assert_eq!(form.status(), 404);
    let body = form.text().await.expect("body");
    assert!(!body.contains("Cadi"), "{body}");

    let mut edit = vec![("id", cadi.to_string())];
    for (k, v) in NEW_CHILD {
        edit.push((k, v.to_string()));
    }
    let edit: Vec<(&str, &str)> = edit.iter().map(|(k, v)| (*k, v.as_str())).collect();
    app.post_form("/api/save_child", &edit).await;
    let (name,): (String,) =
        sqlx::query_as("SELECT preferred_name FROM children WHERE id = $1").bind(cadi).fetch_one(&app.db).await.expect("row");
    assert_eq!(name, "Cadi", "unchanged");
}

#[tokio::test]
async fn managers_and_admins_do_not_handle_childrens_records() {
    let app = spawn_app().await;
    for email in ["manager@dyffryn.example", "admin@dyffryn.example"] {
        app.sign_in_as(email).await;
        let (_, list) = app.get_text("/staff/children").await;
        assert!(!list.contains("Cadi"), "{email}");
        let response = app.client.post(app.url("/api/worklist")).form(&[("q", "")]).send().await.expect("POST");
        assert_eq!(response.status(), 404, "{email}");
        app.post_form("/api/save_child", &NEW_CHILD).await;
        app.sign_out().await;
    }
    let (count,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM children WHERE preferred_name = 'Mali'").fetch_one(&app.db).await.expect("count");
    assert_eq!(count, 0);
}

#[tokio::test]
async fn typed_markup_in_a_text_box_stays_text_on_the_edit_page() {
    let app = spawn_app().await;
    app.sign_in_as("iro@dyffryn.example").await;
    let needs = "Likes quiet </textarea><script>alert(1)</script> rooms";
    let mut form = NEW_CHILD.to_vec();
    form[4] = ("communication_needs", needs);
    app.post_form("/api/save_child", &form).await;
    let id = child_id(&app, "Mali").await;
    let (status, page) = app.get_text(&format!("/staff/children/{id}/edit")).await;
    assert_eq!(status, 200);
    assert!(!page.contains("<script>alert(1)"), "the words must not close the box and become markup");
    assert!(page.contains("Likes quiet &lt;/textarea&gt;&lt;script&gt;"), "they are shown as typed");
}

/// The case system's reference tells two children with one name apart: it is listed and
/// searched, it is unique within a council (two people adding it at once included: the rule
/// decides, with the form's words), and another council may use the same one.
#[tokio::test]
async fn a_case_reference_is_listed_searched_and_used_once_per_council() {
    let app = spawn_app().await;
    app.sign_in_as("support@dyffryn.example").await;
    let with_reference = |name: &'static str, reference: &'static str| {
        let mut form: Vec<(&str, &str)> = NEW_CHILD.to_vec();
        form[0] = ("preferred_name", name);
        form.push(("case_reference", reference));
        form
    };
    let response = app.post_form("/api/save_child", &with_reference("Mali", " WCCIS-777001 ")).await;
    assert!(location(&response).starts_with("/staff/children/"), "{}", location(&response));
    let (_, listed) = app.get_text("/staff/children?q=777001").await;
    assert!(listed.contains(">Mali<") && listed.contains("WCCIS-777001"), "{listed}");

    let (before,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM children").fetch_one(&app.db).await.expect("count");
    let again = app.post_form("/api/save_child", &with_reference("Mali", "WCCIS-777001")).await;
    assert_eq!(location(&again), "/staff/children/new");
    let (_, page) = app.get_text("/staff/children/new").await;
    assert!(page.contains("Another child already has that case reference."), "{page}");
    assert!(page.contains("value=\"WCCIS-777001\""), "what was typed is kept");
    app.post_form("/api/set_language", &[("lang", "cy"), ("back", "/staff")]).await;
    app.post_form("/api/save_child", &with_reference("Mali", "WCCIS-777001")).await;
    let (_, page) = app.get_text("/staff/children/new").await;
    assert!(page.contains("Mae gan blentyn arall y cyfeirnod achos hwnnw"), "{page}");
    let (after,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM children").fetch_one(&app.db).await.expect("count");
    assert_eq!(before, after, "nothing written");

    app.sign_out().await;
    app.sign_in_as("support@glannau.example").await;
    let other = app.post_form("/api/save_child", &with_reference("Mali", "WCCIS-777001")).await;
    assert!(location(&other).starts_with("/staff/children/") && !location(&other).ends_with("/new"), "{}", location(&other));
}
