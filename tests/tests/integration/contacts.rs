//! Who is invited to a child's reviews, kept on their record: set on the child's page or brought
//! in by the import (importing again replaces, never duplicates), then invited for a month of
//! reviews in one go, each person their own way.

use heard_tests::{location, spawn_app, today, TestApp};
use time::Duration;

async fn count(app: &TestApp, sql: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as(sql).fetch_one(&app.db).await.expect("count");
    n
}

/// Uploads a file as the import page's form does, and imports it when it is clean; the preview
/// page either way.
async fn import(app: &TestApp, lines: &[&str]) -> String {
    let response = app.upload_import("export.csv", lines.join("\n").into_bytes()).await;
    let preview = location(&response);
    let (_, page) = app.get_text(&preview).await;
    if page.contains("No problems found.") {
        let id = preview.trim_start_matches("/staff/admin/import/").to_string();
        app.post_form("/api/apply_import", &[("id", &id)]).await;
    }
    page
}

/// (slot, first name, language, delivery, email, address) of a child's contacts, in slot order.
async fn contacts_of(app: &TestApp, reference: &str) -> Vec<(String, String, String, String, String, String)> {
    sqlx::query_as(
        "SELECT k.slot, k.first_name, k.language, k.delivery, k.email, k.postal_address FROM child_contacts k
         JOIN children c ON c.id = k.child_id WHERE c.case_reference = $1 ORDER BY k.slot",
    )
    .bind(reference)
    .fetch_all(&app.db)
    .await
    .expect("contacts")
}

const HEADER: &str = "case_reference,preferred_name,full_name,date_of_birth,language,legal_basis,looked_after_since";

#[tokio::test]
async fn contacts_come_in_with_the_children_and_importing_again_replaces_them() {
    let app = spawn_app().await;
    app.sign_in_as("support@dyffryn.example").await;
    let with_contacts = format!("{HEADER},child_email,parent1_name,parent1_language,parent1_email,parent1_address,carer_name,carer_email");
    // Every contact problem is named against its own column, and nothing is written.
    let page = import(&app, &[&with_contacts, "CON-1,Nia,Nia Hughes,2015-12-31,cy,care_order,2024-09-01,nia at home,Sian,fr,,,Dai,"]).await;
    for words in ["4 problems to fix", "child_email", "parent1_language", "carer_email", "Give an email or a postal address"] {
        assert!(page.contains(words), "{words}: {page}");
    }
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM child_contacts k JOIN children c ON c.id = k.child_id WHERE c.case_reference LIKE 'CON-%'").await,
        0
    );

    let page = import(
        &app,
        &[
            &with_contacts,
            "CON-1,Nia,Nia Hughes,2015-12-31,cy,care_order,2024-09-01,carer.nia@example.org,Sian,,,\"1 Stryd Fawr, Llandeilo\",Dai,dai@example.org",
        ],
    )
    .await;
    assert!(page.contains("No problems found."), "{page}");
    let stored = contacts_of(&app, "CON-1").await;
    let expected = [
        ("carer", "Dai", "cy", "email", "dai@example.org", ""),
        ("child", "Nia", "cy", "email", "carer.nia@example.org", ""),
        ("parent1", "Sian", "cy", "post", "", "1 Stryd Fawr, Llandeilo"),
    ];
    let as_strs: Vec<(&str, &str, &str, &str, &str, &str)> =
        stored.iter().map(|r| (r.0.as_str(), r.1.as_str(), r.2.as_str(), r.3.as_str(), r.4.as_str(), r.5.as_str())).collect();
    assert_eq!(as_strs, expected, "the child by their own name and language, the parent by post, the carer by email");

    // Again with only the carer's columns: the carer is replaced, nobody else is touched, and
    // nobody is added twice. Then with the carer's cells empty: the carer is removed.
    import(
        &app,
        &[
            &format!("{HEADER},carer_name,carer_language,carer_email"),
            "CON-1,Nia,Nia Hughes,2015-12-31,cy,care_order,2024-09-01,Ann,en,ann@example.org",
        ],
    )
    .await;
    let stored = contacts_of(&app, "CON-1").await;
    assert_eq!(stored.len(), 3, "{stored:?}");
    assert_eq!((stored[0].1.as_str(), stored[0].2.as_str()), ("Ann", "en"));
    import(&app, &[&format!("{HEADER},carer_name,carer_email"), "CON-1,Nia,Nia Hughes,2015-12-31,cy,care_order,2024-09-01,,"]).await;
    let slots: Vec<String> = contacts_of(&app, "CON-1").await.into_iter().map(|r| r.0).collect();
    assert_eq!(slots, ["child", "parent1"]);
}

#[tokio::test]
async fn a_childs_contacts_are_set_and_removed_on_their_page() {
    let app = spawn_app().await;
    app.sign_in_as("support@dyffryn.example").await;
    let child = app.add_child("Zzelen", today() - Duration::days(10)).await;
    let id = child.to_string();
    let page_path = format!("/staff/children/{child}");
    let (_, page) = app.get_text(&page_path).await;
    assert!(page.contains("Who is invited to their reviews") && page.contains("Nobody yet."), "{page}");

    // A bad email: the form says so, keeps what was typed, and stores nothing.
    let response = app
        .post_form(
            "/api/save_contact",
            &[
                ("child_id", &id),
                ("slot", "carer"),
                ("first_name", "Rhian"),
                ("language", "cy"),
                ("delivery", "email"),
                ("email", "rhian@"),
            ],
        )
        .await;
    assert_eq!(location(&response), format!("/staff/children/{child}#contacts"));
    let (_, page) = app.get_text(&page_path).await;
    assert!(page.contains("rhian@") && page.contains("href=\"#email\""), "{page}");
    assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM child_contacts WHERE child_id = {child}")).await, 0);

    let save = |slot: &'static str, name: &'static str, email: &'static str| {
        let id = id.clone();
        let app = &app;
        async move {
            app.post_form(
                "/api/save_contact",
                &[("child_id", &id), ("slot", slot), ("first_name", name), ("language", "cy"), ("delivery", "email"), ("email", email)],
            )
            .await
        }
    };
    save("carer", "Rhian", "rhian@example.org").await;
    save("carer", "Rhiannon", "rhiannon@example.org").await;
    let (_, page) = app.get_text(&page_path).await;
    assert!(page.contains("Rhiannon was saved as a contact.") && page.contains("rhiannon@example.org"), "{page}");
    assert_eq!(
        count(&app, &format!("SELECT COUNT(*) FROM child_contacts WHERE child_id = {child}")).await,
        1,
        "a place set again is replaced"
    );
    let (detail,): (String,) = sqlx::query_as("SELECT detail FROM audit_events WHERE action = 'contact.saved' ORDER BY id DESC")
        .fetch_one(&app.db)
        .await
        .expect("audit");
    assert_eq!(detail, "carer", "the audit names the place, not the person");

    // Another council's staff cannot set or remove Dyffryn's.
    app.sign_out().await;
    app.sign_in_as("support@glannau.example").await;
    app.post_form("/api/remove_contact", &[("child_id", &id), ("slot", "carer")]).await;
    save("parent1", "Mallory", "mallory@example.org").await;
    assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM child_contacts WHERE child_id = {child}")).await, 1);
    app.sign_out().await;

    app.sign_in_as("support@dyffryn.example").await;
    app.post_form("/api/remove_contact", &[("child_id", &id), ("slot", "carer")]).await;
    let (_, page) = app.get_text(&page_path).await;
    assert!(page.contains("The contact was removed.") && page.contains("Nobody yet."), "{page}");
}

#[tokio::test]
async fn chosen_reviews_are_invited_in_one_go_each_person_their_own_way() {
    let app = spawn_app().await;
    app.sign_in_as("support@dyffryn.example").await;
    let gwen = app.add_child("Zzgwen", today() - Duration::days(10)).await;
    let huw = app.add_child("Zzhuw", today() - Duration::days(10)).await;
    let gwen_review = app.booked_review(gwen, today() + Duration::days(14)).await;
    app.booked_review(huw, today() + Duration::days(14)).await;
    let gwen_id = gwen.to_string();
    for (slot, name, delivery, email) in [
        ("child", "Zzgwen", "email", "carer.gwen@example.org"),
        ("parent1", "Sian", "post", ""),
        ("carer", "Rhian", "email", "rhian@example.org"),
    ] {
        app.post_form(
            "/api/save_contact",
            &[("child_id", &gwen_id), ("slot", slot), ("first_name", name), ("language", "cy"), ("delivery", delivery), ("email", email)],
        )
        .await;
    }
    // Her carer was already invited by hand: she is not asked twice.
    app.post_form(
        "/api/add_invitee",
        &[
            ("review_id", &gwen_review.to_string()),
            ("audience", "carer"),
            ("first_name", "rhian"),
            ("language", "cy"),
            ("delivery", "email"),
            ("email", "rhian@example.org"),
        ],
    )
    .await;
    let (ffion,): (i64,) =
        sqlx::query_as("SELECT id FROM children WHERE preferred_name = 'Ffion'").fetch_one(&app.db).await.expect("Glannau's child");

    let back = "/staff/children?q=zz&filter=to_invite";
    let (_, list) = app.get_text(back).await;
    assert!(list.contains("Invite for the chosen reviews") && list.contains(&format!("name=\"chosen[{gwen}]\"")), "{list}");
    assert!(list.contains("No contacts yet"), "Huw has nobody to invite yet: {list}");
    app.post_form("/api/bulk_invite", &[("back", back)]).await;
    let (_, page) = app.get_text(back).await;
    assert!(page.contains("Choose at least one review to invite for."), "{page}");

    let (chosen_gwen, chosen_huw, chosen_ffion) = (format!("chosen[{gwen}]"), format!("chosen[{huw}]"), format!("chosen[{ffion}]"));
    let response =
        app.post_form("/api/bulk_invite", &[(&chosen_gwen, "on"), (&chosen_huw, "on"), (&chosen_ffion, "on"), ("back", back)]).await;
    assert_eq!(location(&response), back);
    let (_, page) = app.get_text(back).await;
    assert!(
        page.contains("Invitations for 1 review are done. Emails sent or queued: 2. Letters to print: 1. Not invited: Zzhuw."),
        "{page}"
    );
    assert!(!page.contains("Ffion"), "another council's child is not named");

    let invitations: Vec<(String, String, String, Option<String>)> =
        sqlx::query_as("SELECT audience, first_name, delivery, link_salt FROM invitations WHERE review_id = $1 ORDER BY audience")
            .bind(gwen_review)
            .fetch_all(&app.db)
            .await
            .expect("invitations");
    let got: Vec<(&str, &str, &str, bool)> =
        invitations.iter().map(|i| (i.0.as_str(), i.1.as_str(), i.2.as_str(), i.3.is_some())).collect();
    assert_eq!(got, [("carer", "rhian", "email", true), ("child", "Zzgwen", "email", true), ("parent", "Sian", "post", true)]);
    let queued = count(
        &app,
        &format!("SELECT COUNT(*) FROM outbox WHERE kind = 'invitation' AND subject_id IN (SELECT id FROM invitations WHERE review_id = {gwen_review})"),
    )
    .await;
    assert_eq!(queued, 2, "each email goes through the outbox");
    assert_eq!(
        count(&app, &format!("SELECT COUNT(*) FROM invitations WHERE review_id IN (SELECT id FROM reviews WHERE child_id = {ffion})"))
            .await,
        0
    );

    // Her letter waits to be posted; invited again, nothing is added or sent twice.
    let (_, to_post) = app.get_text("/staff/children?q=zz&filter=to_post").await;
    assert!(to_post.contains(">Zzgwen<"), "{to_post}");
    app.post_form("/api/bulk_invite", &[(&chosen_gwen, "on"), ("back", back)]).await;
    assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM invitations WHERE review_id = {gwen_review}")).await, 3);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM outbox WHERE kind = 'invitation'").await, queued);

    // The letter is printed from the print run, then marked as posted: it leaves "to post".
    let (_, letters) = app.get_text("/staff/letters").await;
    assert!(letters.contains("1 letter is ready.") && letters.contains("Sian") && letters.contains("class=\"letter__code\""), "{letters}");
    let (sian,): (i64,) = sqlx::query_as("SELECT id FROM invitations WHERE review_id = $1 AND audience = 'parent'")
        .bind(gwen_review)
        .fetch_one(&app.db)
        .await
        .expect("Sian's invitation");
    assert!(letters.contains(&format!("name=\"posted[{sian}]\"")), "{letters}");
    let response = app.post_form("/api/mark_letters_posted", &[(&format!("posted[{sian}]"), "on")]).await;
    assert_eq!(location(&response), "/staff/letters");
    let (_, letters) = app.get_text("/staff/letters").await;
    assert!(letters.contains("1 letter was marked as posted.") && letters.contains("No letters are waiting to be posted."), "{letters}");
    let (_, to_post) = app.get_text("/staff/children?q=zz&filter=to_post").await;
    assert!(!to_post.contains(">Zzgwen<"), "{to_post}");

    // Someone whose invitation was revoked is not invited again: revoking is how staff stop
    // someone being contacted. Invited again, Gwen counts as done, not as "not invited".
    let (rhian,): (i64,) = sqlx::query_as("SELECT id FROM invitations WHERE review_id = $1 AND audience = 'carer'")
        .bind(gwen_review)
        .fetch_one(&app.db)
        .await
        .expect("Rhian's invitation");
    app.invitation_action(rhian, "revoke").await;
    app.post_form("/api/bulk_invite", &[(&chosen_gwen, "on"), ("back", back)]).await;
    let (_, page) = app.get_text(back).await;
    assert!(page.contains("Invitations for 1 review are done. Emails sent or queued: 0. Letters to print: 0."), "{page}");
    assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM invitations WHERE review_id = {gwen_review}")).await, 3);

    // Managers do not invite, even someone new on her record.
    app.post_form(
        "/api/save_contact",
        &[
            ("child_id", &gwen_id),
            ("slot", "parent2"),
            ("first_name", "Bryn"),
            ("language", "en"),
            ("delivery", "email"),
            ("email", "bryn@example.org"),
        ],
    )
    .await;
    app.sign_out().await;
    app.sign_in_as("manager@dyffryn.example").await;
    app.post_form("/api/bulk_invite", &[(&chosen_gwen, "on"), ("back", back)]).await;
    assert_eq!(count(&app, &format!("SELECT COUNT(*) FROM invitations WHERE review_id = {gwen_review}")).await, 3);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_events WHERE action = 'invitation.added' AND detail = 'bulk'").await, 2);
}
