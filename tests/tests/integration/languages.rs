//! Languages beyond Welsh and English over HTTP: an admin offers one, staff invite in it, the
//! invitee's pages speak it right to left, answers are kept in it, and what the council does not
//! offer cannot be chosen. Staff pages stay Welsh or English whatever the visitor chose.

use heard_tests::{location, spawn_app, today, TestApp, Visitor};
use time::Duration;

async fn offered(app: &TestApp) -> Vec<String> {
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT l.language FROM authority_languages l JOIN authorities a ON a.id = l.authority_id WHERE a.slug = 'dyffryn' ORDER BY l.language",
    )
    .fetch_all(&app.db)
    .await
    .expect("offered languages");
    rows.into_iter().map(|(code,)| code).collect()
}

/// Business support's add-invitee form, for a letter in `language`.
async fn invite_by_post(app: &TestApp, review: i64, audience: &str, first_name: &str, language: &str) -> reqwest::Response {
    let review = review.to_string();
    let form = [
        ("review_id", review.as_str()),
        ("audience", audience),
        ("first_name", first_name),
        ("language", language),
        ("delivery", "post"),
        ("email", ""),
        ("postal_address", "1 High Street\nTown"),
    ];
    app.post_form("/api/add_invitee", &form).await
}

#[tokio::test]
async fn an_admin_offers_arabic_and_a_parent_answers_in_it_right_to_left() {
    let app = spawn_app().await;

    // Only an admin offers languages; Welsh and English are always there, not stored.
    app.sign_in_as("support@dyffryn.example").await;
    app.post_form("/api/offer_language", &[("lang", "ar"), ("offered", "1")]).await;
    assert!(offered(&app).await.is_empty(), "business support cannot offer a language");
    app.sign_out().await;

    app.sign_in_as("admin@dyffryn.example").await;
    let (status, page) = app.get_text("/staff/admin/languages").await;
    assert_eq!(status, 200);
    assert!(page.contains("Draft: not yet checked by a qualified translator"), "the review status is shown");
    assert!(page.contains("lang=\"ar\" dir=\"rtl\""), "each language named in itself, in its direction");
    for bad in ["xx", "en", "cy", ""] {
        let refused = app.post_form("/api/offer_language", &[("lang", bad), ("offered", "1")]).await;
        assert_eq!(location(&refused), "/staff/admin/languages", "{bad:?} comes back with a message");
    }
    let (_, told) = app.get_text("/staff/admin/languages").await;
    assert!(told.contains("Choose one of the languages on this page."), "the refusal is said");
    assert!(offered(&app).await.is_empty(), "nothing stored for a bad choice");
    let done = app.post_form("/api/offer_language", &[("lang", "ar"), ("offered", "1")]).await;
    assert_eq!(location(&done), "/staff/admin/languages");
    app.post_form("/api/offer_language", &[("lang", "ar"), ("offered", "1")]).await;
    assert_eq!(offered(&app).await, ["ar"], "offered once, however often asked");
    assert_eq!(app.audit_count("language.offered", "ar").await, 1, "audited once");
    app.sign_out().await;

    // Business support invites a parent in Arabic.
    app.sign_in_as("support@dyffryn.example").await;
    let child = app.add_child("Amal", today() - Duration::days(5)).await;
    let review = app.booked_review(child, today() + Duration::days(20)).await;
    let (_, review_page) = app.get_text(&format!("/staff/reviews/{review}")).await;
    assert!(review_page.contains("<option value=\"ar\""), "Arabic is a choice for an invitee");
    assert!(!review_page.contains("<option value=\"ti\""), "Tigrinya is not offered by this council");
    let added = invite_by_post(&app, review, "parent", "Huda", "ar").await;
    assert_eq!(location(&added), format!("/staff/reviews/{review}"));
    // A language the council does not offer is refused, saying so, and nothing is made.
    let refused = invite_by_post(&app, review, "carer", "Selam", "ti").await;
    assert_eq!(location(&refused), format!("/staff/reviews/{review}"));
    let (_, told) = app.get_text(&format!("/staff/reviews/{review}")).await;
    assert!(told.contains("The council does not offer this language."), "the refusal is said");
    let (tigrinya,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM invitations WHERE review_id = $1 AND language = 'ti'")
        .bind(review)
        .fetch_one(&app.db)
        .await
        .expect("count");
    assert_eq!(tigrinya, 0, "no invitation in a language not offered");
    let (invitation,): (i64,) = sqlx::query_as("SELECT id FROM invitations WHERE review_id = $1 AND language = 'ar'")
        .bind(review)
        .fetch_one(&app.db)
        .await
        .expect("invitation");
    app.invitation_action(invitation, "letter").await;
    let (_, letter) = app.get_text(&format!("/staff/invitations/{invitation}/letter")).await;
    assert!(letter.contains("<article lang=\"ar\" dir=\"rtl\""), "the letter is in Arabic, right to left");
    assert!(
        letter.contains("lang=\"cy\" dir=\"ltr\"") && letter.contains("lang=\"en\" dir=\"ltr\""),
        "with lines offering Welsh and English"
    );
    let start = letter.find("letter__code\">").expect("the code") + "letter__code\">".len();
    let code: String = letter[start..].chars().take(11).collect();
    app.sign_out().await;

    // The parent comes in: their pages are Arabic, right to left, and the menu offers Arabic.
    let parent = Visitor::new(&app);
    assert_eq!(parent.post("/api/enter_code", &[("code", &code)]).await, "/my-review");
    let (_, home) = parent.get_text("/my-review").await;
    assert!(home.contains("<html lang=\"ar\" dir=\"rtl\""), "{}", &home[..200.min(home.len())]);
    assert!(home.contains("/audio/ar/"), "read aloud in Arabic");
    // A language the council does not offer cannot be chosen; Welsh always can.
    parent.post("/api/set_language", &[("lang", "ti"), ("back", "/my-review")]).await;
    assert!(parent.get_text("/my-review").await.1.contains("<html lang=\"ar\""), "Tigrinya is not offered here");
    parent.post("/api/set_language", &[("lang", "cy"), ("back", "/my-review")]).await;
    assert!(parent.get_text("/my-review").await.1.contains("<html lang=\"cy\" dir=\"ltr\""));
    parent.post("/api/set_language", &[("lang", "ar"), ("back", "/my-review")]).await;
    assert!(parent.get_text("/my-review").await.1.contains("<html lang=\"ar\""));

    // Their words are kept as written, marked Arabic.
    let phrase = "نهر أزرق في الصباح";
    assert_eq!(parent.post("/api/set_secret", &[("kind", "phrase"), ("a[phrase]", phrase), ("a[phrase_again]", phrase)]).await, "/form");
    let words = "أريد أن أرى ابني كل أسبوع";
    assert_eq!(
        parent.post("/api/save_step", &[("step", "1"), ("go", "next"), ("a[care_day]", "okay"), ("a[care_change:words]", words)]).await,
        "/form/screen/2"
    );
    let (stored, language): (String, String) = sqlx::query_as(
        "SELECT a.words, a.language FROM answers a JOIN consultations c ON c.id = a.consultation_id
         WHERE c.invitation_id = $1 AND a.question_id = 'care_change'",
    )
    .bind(invitation)
    .fetch_one(&app.db)
    .await
    .expect("the answer");
    assert_eq!((stored.as_str(), language.as_str()), (words, "ar"));

    // Staff pages stay English or Welsh, whatever the visitor chose.
    let (_, staff_sign_in) = parent.get_text("/sign-in").await;
    assert!(staff_sign_in.contains("<html lang=\"en\" dir=\"ltr\""), "a staff page in English for an Arabic reader");

    // Stopping the offer keeps the invitations made in it working.
    app.sign_in_as("admin@dyffryn.example").await;
    app.post_form("/api/offer_language", &[("lang", "ar"), ("offered", "0")]).await;
    assert!(offered(&app).await.is_empty());
    assert_eq!(app.audit_count("language.withdrawn", "ar").await, 1);
    parent.post("/api/set_language", &[("lang", "ar"), ("back", "/my-review")]).await;
    assert!(parent.get_text("/my-review").await.1.contains("<html lang=\"ar\""), "their invitation's language stays theirs");
}

/// The public pages offer every language (nobody's council is known yet), each named in
/// itself; Tigrinya is left to right, Pashto right to left.
#[tokio::test]
async fn a_visitor_chooses_any_language_on_the_public_pages() {
    let app = spawn_app().await;
    let visitor = Visitor::new(&app);
    let (_, landing) = visitor.get_text("/").await;
    for (code, name) in [("ar", "العربية"), ("ti", "ትግርኛ"), ("ps", "پښتو"), ("pl", "Polski")] {
        assert!(landing.contains(&format!("value=\"{code}\"")) && landing.contains(name), "{code} is on the menu");
    }
    visitor.post("/api/set_language", &[("lang", "ti"), ("back", "/")]).await;
    let (_, tigrinya) = visitor.get_text("/help-now").await;
    assert!(tigrinya.contains("<html lang=\"ti\" dir=\"ltr\""));
    visitor.post("/api/set_language", &[("lang", "ps"), ("back", "/")]).await;
    let (_, pashto) = visitor.get_text("/help-now").await;
    assert!(pashto.contains("<html lang=\"ps\" dir=\"rtl\""));
    // A browser preferring Arabic is not assumed to read it: its language is offered instead.
    let response = heard_tests::new_client().get(app.url("/")).header("accept-language", "ar").send().await.expect("GET");
    assert!(response.text().await.expect("body").contains("<html lang=\"en\""));
}
