//! The IRO's pre-review pack over HTTP: alerts first, every voice in its own words, who has not
//! replied; opening it is audited and tells each sender it was read; nobody else opens it.

use heard_tests::{browser_post, spawn_app, today, TestApp, Visitor};
use time::Duration;

pub(crate) const CHILD_WORDS: &str = "pack-child-words-heron";
pub(crate) const PARENT_WORDS: &str = "pack-parent-words-otter";
pub(crate) const MESSAGE_WORDS: &str = "pack-message-words-wren";
const PDF_PASSWORD: &str = "teal kettle orchard";

async fn count(app: &TestApp, sql: &str, id: i64) -> i64 {
    let (n,): (i64,) = sqlx::query_as(sql).bind(id).fetch_one(&app.db).await.expect("count");
    n
}

/// A review whose child has answered (one answer private), sent, messaged and said they are not
/// safe; a parent has begun and asked for an advocate; a carer has not started.
pub(crate) async fn review_with_voices(app: &TestApp) -> (i64, Visitor, Visitor) {
    app.sign_in_as("support@dyffryn.example").await;
    let child_id = app.add_child("Heulwen", today() - Duration::days(5)).await;
    let review = app.booked_review(child_id, today() + Duration::days(20)).await;
    app.allocate_iro(review, "iro@dyffryn.example").await;

    let (child, _, _) = app.invitee(review, "child", "Heulwen").await;
    child.post("/api/set_secret", &[("kind", "pictures"), ("a[pic_cat]", "on"), ("a[pic_sun]", "on"), ("a[pic_tree]", "on")]).await;
    child.post("/api/save_step", &[("step", "1"), ("go", "next"), ("a[feel_now]", "happy"), ("a[feel_now:words]", CHILD_WORDS)]).await;
    let mut wishes = None;
    for step in 2..=14 {
        let (_, page) = child.get_text(&format!("/form/screen/{step}")).await;
        if page.contains("name=\"a[review_come]\"") {
            wishes = Some(step);
            break;
        }
    }
    let wishes = wishes.expect("the child's form asks about the meeting").to_string();
    child.post("/api/save_step", &[("step", &wishes), ("go", "stay"), ("a[review_come]", "yes")]).await;
    child.post("/api/send_message", &[("kind", "worried"), ("words", MESSAGE_WORDS)]).await;
    child.post("/api/not_safe", &[("back", "/form")]).await;
    child.post("/api/check_answers", &[("send", "1")]).await;

    let (parent, _, _) = app.invitee(review, "parent", "Rhodri").await;
    parent
        .post("/api/set_secret", &[("kind", "phrase"), ("a[phrase]", "mountain river song"), ("a[phrase_again]", "mountain river song")])
        .await;
    parent.post("/api/save_step", &[("step", "1"), ("go", "next"), ("a[care_change:words]", PARENT_WORDS)]).await;
    parent.post("/api/advocacy_choice", &[("choice", "yes")]).await;
    app.invitee(review, "carer", "Glenys").await;
    app.sign_out().await;
    (review, child, parent)
}

#[tokio::test]
async fn the_iro_sees_the_alert_first_then_every_voice_and_each_sender_is_told_it_was_read() {
    let app = spawn_app().await;
    let (review, child, parent) = review_with_voices(&app).await;
    let (_, before) = child.get_text("/form/done").await;
    assert!(!before.contains("Your IRO has read this."), "not read yet");

    app.sign_in_as("iro@dyffryn.example").await;
    let (_, review_page) = app.get_text(&format!("/staff/reviews/{review}")).await;
    assert!(review_page.contains(&format!("/staff/reviews/{review}/pack")), "the review page links to the pack");
    let (status, pack) = app.get_text(&format!("/staff/reviews/{review}/pack")).await;
    assert_eq!(status, 200);
    let at = |needle: &str| pack.find(needle).unwrap_or_else(|| panic!("the pack shows {needle:?}"));
    // Urgent first, then what they want from the meeting and who has not replied, then the words.
    assert!(at("Urgent: Heulwen said they do not feel safe") < at("What Heulwen wants from the meeting"));
    assert!(at("nobody has said they are dealing with this yet") < at(CHILD_WORDS));
    assert!(at("What Heulwen wants from the meeting") < at("Not replied yet"));
    assert!(at("Not replied yet") < at("own words"));
    assert!(pack.contains("Glenys (Carer)") && pack.contains("Rhodri (Parent)"), "who has not sent their views");
    assert!(pack.contains("Just for the IRO"), "the child's private answer is flagged");
    assert!(!pack.contains(PARENT_WORDS), "words a parent has typed but not sent stay theirs");
    assert!(pack.contains("Requests for an advocate") && pack.contains("Asked for an advocate: reference ADV-"), "the parent's request");
    assert!(pack.contains(MESSAGE_WORDS), "the child's message");
    assert!(pack.contains("lang=\"en\""), "the child's words carry their language");

    // Audited once per opening; what was sent (and the message) is now read.
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_events WHERE action = 'pack.viewed' AND subject_id = $1", review).await, 1);
    let (_, after) = child.get_text("/form/done").await;
    assert!(after.contains("Your IRO has read this."), "the child is told");
    let (_, messages) = child.get_text("/message").await;
    assert!(messages.contains("Your IRO has read this."), "the message too");
    // The parent sends now: the next opening shows their words, and their receipt says it was read.
    parent.post("/api/check_answers", &[("send", "1")]).await;
    let (_, parent_receipt) = parent.get_text("/form/done").await;
    assert!(!parent_receipt.contains("The IRO has read your views."), "sent after the IRO looked");
    let (_, again) = app.get_text(&format!("/staff/reviews/{review}/pack")).await;
    assert!(again.contains(PARENT_WORDS));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_events WHERE action = 'pack.viewed' AND subject_id = $1", review).await, 2);
    assert!(parent.get_text("/form/done").await.1.contains("The IRO has read your views."));
    // Something added after the IRO read it is not yet read.
    child.post("/api/add_more", &[("more", "One more thing."), ("sharing", "private")]).await;
    assert!(!child.get_text("/form/done").await.1.contains("Your IRO has read this."), "the addition is not read yet");
}

#[tokio::test]
async fn nobody_but_the_reviews_iro_opens_the_pack() {
    let app = spawn_app().await;
    let (review, child, parent) = review_with_voices(&app).await;
    let path = format!("/staff/reviews/{review}/pack");
    let pdf = format!("/staff/reviews/{review}/pack.pdf");
    let review_text = review.to_string();
    let secrets = [CHILD_WORDS, PARENT_WORDS, MESSAGE_WORDS, "ADV-"];
    for email in
        ["support@dyffryn.example", "manager@dyffryn.example", "admin@dyffryn.example", "iro2@dyffryn.example", "iro@glannau.example"]
    {
        app.sign_in_as(email).await;
        let (_, page) = app.get_text(&path).await;
        let response = app.post_form("/api/pack", &[("id", &review_text)]).await;
        let status = response.status().as_u16();
        let body = response.text().await.expect("body");
        for secret in secrets {
            assert!(!page.contains(secret) && !body.contains(secret), "{email} saw {secret}");
        }
        assert!(status >= 300, "{email}: the pack function is refused ({status})");
        let download = app.post_form(&pdf, &[("password", PDF_PASSWORD), ("password_again", PDF_PASSWORD)]).await;
        assert_eq!(download.status().as_u16(), 404, "{email}: the protected download is refused as if there were none");
        assert!(!download.text().await.expect("body").contains("%PDF"));
        let (_, review_page) = app.get_text(&format!("/staff/reviews/{review}")).await;
        assert!(!review_page.contains(&path), "{email} is not offered the pack");
        app.sign_out().await;
    }
    // Nor the child, a parent, or someone with no session at all.
    for visitor in [&child, &parent, &Visitor::new(&app)] {
        let (_, page) = visitor.get_text(&path).await;
        let response = browser_post(&visitor.client, &visitor.address, "/api/pack", &[("id", &review_text)]).await;
        assert!(response.status().as_u16() >= 300);
        let download =
            browser_post(&visitor.client, &visitor.address, &pdf, &[("password", PDF_PASSWORD), ("password_again", PDF_PASSWORD)]).await;
        assert_eq!(heard_tests::location(&download), "/sign-in", "no staff session: off to sign in");
        let body = response.text().await.expect("body");
        for secret in secrets {
            assert!(!page.contains(secret) && !body.contains(secret), "an invitee saw {secret}");
        }
    }
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_events WHERE action = 'pack.viewed' AND subject_id = $1", review).await, 0);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_events WHERE action = 'pack.downloaded' AND subject_id = $1", review).await, 0);
    let (_, receipt) = child.get_text("/form/done").await;
    assert!(!receipt.contains("Your IRO has read this."), "nobody else's look marks it read");
}

#[tokio::test]
async fn an_admin_reads_the_audit_trail_of_each_step_and_nobody_else_can() {
    let app = spawn_app().await;
    let (review, _child, _parent) = review_with_voices(&app).await;
    app.sign_in_as("iro@dyffryn.example").await;
    app.get_text(&format!("/staff/reviews/{review}/pack")).await;
    app.sign_out().await;

    app.sign_in_as("admin@dyffryn.example").await;
    let (status, all) = app.get_text("/staff/admin/audit").await;
    assert_eq!(status, 200);
    for action in ["pack.viewed", "consultation.submitted", "alert.raised", "message.sent", "review.booked"] {
        assert!(all.contains(action), "the trail shows {action}");
    }
    let (_, filtered) = app.get_text("/staff/admin/audit?action=pack.viewed").await;
    assert!(filtered.contains("Iola Roberts") && filtered.contains(&format!("review {review}")), "who and about what");
    assert!(filtered.contains("127.0.0.1"), "from where");
    assert!(filtered.contains("A pre-review pack was opened"), "in words, not just a code");
    assert!(!filtered.contains("<code>alert.raised</code>"), "filtered to one kind");
    assert!(!filtered.contains(CHILD_WORDS) && !all.contains(CHILD_WORDS), "the trail never carries anyone's words");
    let day = heard_tests::form_date(today());
    let (_, days) = app.get_text(&format!("/staff/admin/audit?action=pack.viewed&from={day}&to={day}")).await;
    assert!(days.contains("<code>pack.viewed</code>"));
    let tomorrow = heard_tests::form_date(today() + Duration::days(1));
    let (_, later) = app.get_text(&format!("/staff/admin/audit?action=pack.viewed&from={tomorrow}")).await;
    assert!(!later.contains("<code>pack.viewed</code>"), "nothing from tomorrow");
    let (views,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM audit_events WHERE action = 'audit.viewed'").fetch_one(&app.db).await.expect("count");
    assert!(views >= 3, "reading the trail is recorded too");
    app.sign_out().await;

    for email in ["iro@dyffryn.example", "support@dyffryn.example", "manager@dyffryn.example", "admin@glannau.example"] {
        app.sign_in_as(email).await;
        let (_, page) = app.get_text("/staff/admin/audit").await;
        assert!(!page.contains("<code>pack.viewed</code>"), "{email} cannot read Dyffryn's trail");
        app.sign_out().await;
    }
}

#[tokio::test]
async fn an_admin_can_let_another_iro_cover_and_end_it_and_both_are_audited() {
    let app = spawn_app().await;
    let (review, child, _parent) = review_with_voices(&app).await;
    let path = format!("/staff/reviews/{review}/pack");
    let (child_id,): (i64,) =
        sqlx::query_as("SELECT child_id FROM reviews WHERE id = $1").bind(review).fetch_one(&app.db).await.expect("child");
    let iro2 = app.staff_id("iro2@dyffryn.example").await;
    let until = heard_tests::form_date(today() + Duration::days(14));
    let grant = [("child_id", child_id.to_string()), ("staff_id", iro2.to_string()), ("until", until.clone())];
    let grant: Vec<(&str, &str)> = grant.iter().map(|(k, v)| (*k, v.as_str())).collect();

    // Before cover, and when a manager tries to grant it, the other IRO sees nothing.
    app.sign_in_as("manager@dyffryn.example").await;
    app.post_form("/api/grant_cover", &grant).await;
    app.sign_out().await;
    app.sign_in_as("iro2@dyffryn.example").await;
    assert!(!app.get_text(&path).await.1.contains(CHILD_WORDS), "no cover yet");
    app.sign_out().await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM iro_cover WHERE child_id = $1", child_id).await, 0, "only an admin grants cover");

    // An admin grants it: a past end date is refused, a fortnight is fine.
    app.sign_in_as("admin@dyffryn.example").await;
    let yesterday = heard_tests::form_date(today() - Duration::days(1));
    let past: Vec<(&str, &str)> = grant.iter().map(|(k, v)| if *k == "until" { (*k, yesterday.as_str()) } else { (*k, *v) }).collect();
    app.post_form("/api/grant_cover", &past).await;
    assert!(app.get_text("/staff/admin/cover").await.1.contains("Give the last day of cover"), "the problem is explained");
    app.post_form("/api/grant_cover", &grant).await;
    let (_, page) = app.get_text("/staff/admin/cover").await;
    assert!(page.contains("Cover granted.") && page.contains("covers Heulwen"), "{page}");
    app.sign_out().await;

    app.sign_in_as("iro2@dyffryn.example").await;
    let (_, pack) = app.get_text(&path).await;
    assert!(pack.contains(CHILD_WORDS), "the covering IRO opens the pack");
    assert!(pack.contains("You are covering for this child"), "and is told they are covering");
    app.sign_out().await;
    assert!(!child.get_text("/form/done").await.1.contains("Your IRO has read this."), "a covering IRO's look is not 'your IRO read it'");
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM audit_events WHERE action = 'pack.viewed' AND detail = 'cover' AND subject_id = $1", review)
            .await,
        1,
        "the trail says it was opened under cover"
    );

    // Ended, it opens nothing again; every step is in the trail.
    let (cover_id,): (i64,) =
        sqlx::query_as("SELECT id FROM iro_cover WHERE child_id = $1").bind(child_id).fetch_one(&app.db).await.expect("cover");
    app.sign_in_as("admin@dyffryn.example").await;
    app.post_form("/api/end_cover", &[("id", &cover_id.to_string())]).await;
    let (_, trail) = app.get_text("/staff/admin/audit").await;
    for action in ["cover.granted", "cover.ended", "pack.viewed"] {
        assert!(trail.contains(action), "{action} is in the trail");
    }
    app.sign_out().await;
    app.sign_in_as("iro2@dyffryn.example").await;
    assert!(!app.get_text(&path).await.1.contains(CHILD_WORDS), "cover ended");
}

use heard_tests::pdf::pdf_text;

#[tokio::test]
async fn the_iro_downloads_the_pack_as_a_pdf_only_they_can_open_with_the_password_they_typed() {
    let app = spawn_app().await;
    let (review, _child, _parent) = review_with_voices(&app).await;
    let pdf = format!("/staff/reviews/{review}/pack.pdf");
    let downloads = "SELECT COUNT(*) FROM audit_events WHERE action = 'pack.downloaded' AND subject_id = $1";
    app.sign_in_as("iro@dyffryn.example").await;

    // A short password, or two that differ, send the IRO back to say so; nothing is made.
    for (password, again, problem) in [
        ("short", "short", "Use a password of 12 characters or more."),
        (PDF_PASSWORD, "teal kettle orchid", "The two passwords are not the same."),
        ("", "", "Use a password of 12 characters or more."),
    ] {
        let response = app.post_form(&pdf, &[("password", password), ("password_again", again)]).await;
        assert_eq!(response.status().as_u16(), 303);
        assert_eq!(heard_tests::location(&response), format!("/staff/reviews/{review}/pack#download"));
        let (_, page) = app.get_text(&format!("/staff/reviews/{review}/pack")).await;
        assert!(page.contains(problem), "the pack page says {problem:?}");
        assert!(!page.contains(&format!("value=\"{PDF_PASSWORD}\"")), "a typed password is never written back");
    }
    assert_eq!(count(&app, downloads, review).await, 0, "nothing was downloaded");

    let response = app.post_form(&pdf, &[("password", PDF_PASSWORD), ("password_again", PDF_PASSWORD)]).await;
    assert_eq!(response.status().as_u16(), 200);
    let header = |name: &str| response.headers().get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
    assert_eq!(header("content-type"), "application/pdf");
    let disposition = header("content-disposition");
    assert!(disposition.starts_with("attachment;") && !disposition.contains("Heulwen"), "named by number, not by child: {disposition}");
    assert_eq!(header("cache-control"), "no-store");
    let bytes = response.bytes().await.expect("pdf");
    assert!(bytes.starts_with(b"%PDF-"));

    // Sealed with AES-256 (V5, revision 6): the wrong password opens nothing; the right one shows the pack.
    let raw = String::from_utf8_lossy(&bytes);
    assert!(raw.contains("/Encrypt") && raw.contains("/AESV3"), "AES-256 crypt filter");
    assert!(pdf_text(&bytes, "teal kettle orchid").is_err(), "the wrong password opens nothing");
    let text = pdf_text(&bytes, PDF_PASSWORD).expect("opens with the password");
    let at = |needle: &str| text.find(needle).unwrap_or_else(|| panic!("the PDF has {needle:?}: {text}"));
    assert!(at("Urgent: Heulwen said they do not feel safe") < at(CHILD_WORDS), "the alert comes first");
    assert!(at("What Heulwen wants from the meeting") < at("own words"));
    assert!(text.contains("Just for the IRO") && text.contains(MESSAGE_WORDS) && text.contains("ADV-"));
    assert!(text.contains("OFFICIAL-SENSITIVE") && text.contains("Page 1 of"), "marked on every page, and numbered");
    assert!(!text.contains(PARENT_WORDS), "words not sent stay their author's");

    // Each download is audited, from where; the password appears nowhere Heard keeps anything.
    assert_eq!(count(&app, downloads, review).await, 1);
    let (ip,): (String,) =
        sqlx::query_as("SELECT ip FROM audit_events WHERE action = 'pack.downloaded'").fetch_one(&app.db).await.expect("event");
    assert_eq!(ip, "127.0.0.1");
    for (table, column) in [("audit_events", "detail"), ("sessions", "data")] {
        let (n,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM {table} WHERE {column} LIKE $1"))
            .bind(format!("%{PDF_PASSWORD}%"))
            .fetch_one(&app.db)
            .await
            .expect("search");
        assert_eq!(n, 0, "the password is not in {table}");
    }

    // In Welsh, the same pack with Welsh headings (the words stay as they were given).
    app.post_form("/api/set_language", &[("lang", "cy"), ("back", "/staff")]).await;
    let welsh = app.post_form(&pdf, &[("password", PDF_PASSWORD), ("password_again", PDF_PASSWORD)]).await;
    let text = pdf_text(&welsh.bytes().await.expect("pdf"), PDF_PASSWORD).expect("opens");
    assert!(text.contains("Brys: dywedodd Heulwen nad ydyn nhw'n teimlo'n ddiogel"), "{text}");
    assert!(text.contains("SWYDDOGOL-SENSITIF") && text.contains("Tudalen 1 o") && text.contains(CHILD_WORDS));
}

#[tokio::test]
async fn every_printed_page_of_the_pack_carries_its_title_the_child_the_meeting_and_the_marking() {
    let app = spawn_app().await;
    let (review, _, _) = review_with_voices(&app).await;
    app.sign_out().await;
    app.sign_in_as("iro@dyffryn.example").await;
    let response = app.get(&format!("/staff/reviews/{review}/pack")).await;
    let csp = response.headers().get("content-security-policy").and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
    let page = response.text().await.expect("body");
    let html = scraper::Html::parse_document(&page);
    let style = html.select(&scraper::Selector::parse("style").expect("selector")).next().expect("the printed page marks");
    // The style is allowed by this response's policy (its nonce), and prints in the page margins.
    let nonce = style.value().attr("nonce").expect("a nonce");
    assert!(csp.contains(&format!("style-src 'self' 'nonce-{nonce}'")), "{csp}");
    let css = style.text().collect::<String>();
    assert!(css.contains("@top-center") && css.contains("@bottom-left") && css.contains("counter(pages)"), "{css}");
    for words in ["Pre-review pack", "Heulwen", "OFFICIAL-SENSITIVE"] {
        assert!(css.contains(words), "{words} on every page: {css}");
    }
}

/// What a child types in any script comes back out of the sealed PDF exactly as typed, letter
/// for letter and in the order written: right-to-left scripts (with a lam-alef ligature and a
/// mark above a letter), Ge'ez, Polish and Welsh letters, and an emoji joined from several.
/// Once from a child answering in English, once from one answering in Arabic (whose words are
/// set in the Arabic font first). The Arabic is shaped: one letter, three glyphs.
#[tokio::test]
async fn every_script_comes_back_out_of_the_sealed_pdf_as_it_was_typed() {
    let said = [
        "أريد أن أرى أخي كل أسبوع، من فضلك.",
        "لا أريد ذلك، شكراً.",
        "زه غواړم چې خپل ورور ووینم.",
        "دەمەوێت براکەم ببینم، تکایە.",
        "لطفاً بیا",
        "ንሓወይ ክርኢ ደልየ ኣለኹ።",
        "Chcę częściej widywać brata — żółć i gęś.",
        "Dw i eisiau gweld fy mrawd. Ŵyn, ŷd a thŷ.",
        "Fi a Mam 👩‍👦 gyda'n gilydd 👍🏽",
    ];
    let app = spawn_app().await;
    app.sign_in_as("admin@dyffryn.example").await;
    app.post_form("/api/offer_language", &[("lang", "ar"), ("offered", "1")]).await;
    app.sign_out().await;
    for (name, language) in [("Heulwen", "en"), ("Huda", "ar")] {
        app.sign_in_as("support@dyffryn.example").await;
        let child_id = app.add_child(name, today() - Duration::days(5)).await;
        let review = app.booked_review(child_id, today() + Duration::days(20)).await;
        app.allocate_iro(review, "iro@dyffryn.example").await;
        let (child, _, _) = app.invitee(review, "child", name).await;
        app.sign_out().await;
        child.post("/api/set_language", &[("lang", language), ("back", "/form")]).await;
        child.post("/api/set_secret", &[("kind", "pictures"), ("a[pic_cat]", "on"), ("a[pic_sun]", "on"), ("a[pic_tree]", "on")]).await;
        let words = said.join("\n");
        child.post("/api/save_step", &[("step", "1"), ("go", "next"), ("a[feel_now]", "happy"), ("a[feel_now:words]", &words)]).await;
        child.post("/api/check_answers", &[("send", "1")]).await;
        let (stored,): (String,) = sqlx::query_as("SELECT language FROM answers WHERE words = $1 ORDER BY consultation_id DESC LIMIT 1")
            .bind(&words)
            .fetch_one(&app.db)
            .await
            .expect("answer");
        assert_eq!(stored, language);

        app.sign_in_as("iro@dyffryn.example").await;
        let pdf = format!("/staff/reviews/{review}/pack.pdf");
        let response = app.post_form(&pdf, &[("password", PDF_PASSWORD), ("password_again", PDF_PASSWORD)]).await;
        assert_eq!(response.status().as_u16(), 200);
        let bytes = response.bytes().await.expect("pdf");
        let text = pdf_text(&bytes, PDF_PASSWORD).expect("opens with the password");
        for line in said {
            assert!(text.lines().any(|l| l.trim_end() == line), "the PDF gives back {line:?} as typed by a child in {language}:\n{text}");
        }
        // Shaped, not letter by letter: ي is drawn initial, medial and final by different glyphs,
        // all of which copy out as ي. And the file says it is PDF/UA.
        let document = lopdf::Document::load_mem_with_options(&bytes, lopdf::LoadOptions::with_password(PDF_PASSWORD)).expect("opens");
        let page = *document.get_pages().values().next().expect("a page");
        let fonts = document.get_page_fonts(page).expect("fonts");
        let arabic = fonts
            .values()
            .find(|f| f.get(b"BaseFont").and_then(|n| n.as_name()).is_ok_and(|n| n.ends_with(b"NotoSansArabic-Regular")))
            .expect("the Arabic font is embedded");
        let map = arabic
            .get(b"ToUnicode")
            .and_then(|o| o.as_reference())
            .and_then(|id| document.get_object(id))
            .and_then(|o| o.as_stream())
            .expect("ToUnicode");
        let map = String::from_utf8_lossy(&map.decompressed_content().unwrap_or_else(|_| map.content.clone())).into_owned();
        assert!(map.matches("<064A>").count() >= 2, "more than one glyph shows ي:\n{map}");
        let metadata = document
            .catalog()
            .and_then(|c| c.get(b"Metadata"))
            .and_then(|o| o.as_reference())
            .and_then(|id| document.get_object(id))
            .and_then(|o| o.as_stream())
            .expect("XMP");
        let xmp = metadata.decompressed_content().unwrap_or_else(|_| metadata.content.clone());
        assert!(String::from_utf8_lossy(&xmp).contains("pdfuaid:part"), "claims PDF/UA-1");
        app.sign_out().await;
    }
}
