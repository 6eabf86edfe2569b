//! Say it or draw it over HTTP: a recording and a drawing posted with a form screen (as a
//! phone's own recorder and camera send them, no script), kept sealed, played back to their
//! author, refused with words in the person's language when they are not what they claim, and
//! played to the child's IRO alone, each opening audited.

use heard_tests::{location, spawn_app, today, TestApp, Visitor};
use reqwest::multipart::{Form, Part};
use time::Duration;

const WORDS: &str = "media-words-kingfisher";

/// A small PNG (8 × 8, red), whole and valid.
const PNG: [u8; 75] = [
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00,
    0x00, 0x08, 0x08, 0x06, 0x00, 0x00, 0x00, 0xc4, 0x0f, 0xbe, 0x8b, 0x00, 0x00, 0x00, 0x12, 0x49, 0x44, 0x41, 0x54, 0x78, 0xda, 0x63,
    0xb8, 0xa3, 0xa1, 0xf1, 0x1f, 0x1f, 0x66, 0x18, 0x19, 0x0a, 0x00, 0x83, 0x11, 0x8a, 0xc1, 0x58, 0x8d, 0x99, 0xf2, 0x00, 0x00, 0x00,
    0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
];

/// One Ogg page holding `body`.
fn ogg_page(body: &[u8]) -> Vec<u8> {
    let mut page = b"OggS".to_vec();
    page.extend_from_slice(&[0; 22]);
    let mut table = vec![255u8; body.len() / 255];
    table.push((body.len() % 255) as u8);
    page.push(table.len() as u8);
    page.extend_from_slice(&table);
    page.extend_from_slice(body);
    page
}

/// An Ogg Opus recording's shape: the two header pages, then pages of sound.
fn opus() -> Vec<u8> {
    let mut file = ogg_page(b"OpusHead\x01\x01\x38\x01\x80\xbb\0\0\0\0\0");
    file.extend(ogg_page(b"OpusTags\x05\0\0\0heard\0\0\0\0"));
    for n in 0..4u8 {
        file.extend(ogg_page(&[0xF8, n, 0x7F, 0x31].repeat(60)));
    }
    file
}

/// Half a second of 16-bit WAV: a tone, or (at 0) silence.
fn wav(loudness: f32) -> Vec<u8> {
    let data: Vec<u8> = (0..8000).map(|i| (((i as f32) / 9.0).sin() * loudness) as i16).flat_map(|s| s.to_le_bytes()).collect();
    let mut file = b"RIFF".to_vec();
    file.extend_from_slice(&((36 + data.len()) as u32).to_le_bytes());
    file.extend_from_slice(b"WAVEfmt ");
    file.extend_from_slice(&16u32.to_le_bytes());
    file.extend_from_slice(&[1, 0, 1, 0, 0x80, 0x3E, 0, 0, 0, 0x7D, 0, 0, 2, 0, 16, 0]);
    file.extend_from_slice(b"data");
    file.extend_from_slice(&(data.len() as u32).to_le_bytes());
    file.extend(data);
    file
}

/// A screen's post as a browser sends a multipart form: words, then files (name, bytes).
async fn post_screen(
    visitor: &Visitor,
    step: &str,
    go: &str,
    words: &[(&str, &str)],
    files: Vec<(&str, &str, Vec<u8>)>,
) -> reqwest::Response {
    let mut form = Form::new().text("step", step.to_string()).text("go", go.to_string()).text("scripted", "");
    for (name, value) in words {
        form = form.text(name.to_string(), value.to_string());
    }
    for (name, file_name, bytes) in files {
        form = form.part(
            name.to_string(),
            Part::bytes(bytes).file_name(file_name.to_string()).mime_str("application/octet-stream").expect("type"),
        );
    }
    visitor
        .client
        .post(visitor.url("/form/save"))
        .header("accept", "text/html")
        .header("origin", &visitor.address)
        .header("sec-fetch-site", "same-origin")
        .multipart(form)
        .send()
        .await
        .expect("POST")
}

/// A child with a secret, on the screen of the form that asks about their good things (the
/// first of the Three Houses): (review, visitor, that screen's number).
async fn child_at_houses(app: &TestApp, name: &str) -> (i64, Visitor, String) {
    app.sign_in_as("support@dyffryn.example").await;
    let child_id = app.add_child(name, today() - Duration::days(5)).await;
    let review = app.booked_review(child_id, today() + Duration::days(20)).await;
    app.allocate_iro(review, "iro@dyffryn.example").await;
    let (child, _, _) = app.invitee(review, "child", name).await;
    child.post("/api/set_secret", &[("kind", "pictures"), ("a[pic_cat]", "on"), ("a[pic_sun]", "on"), ("a[pic_tree]", "on")]).await;
    for step in 1..=20 {
        let (_, page) = child.get_text(&format!("/form/screen/{step}")).await;
        if page.contains("name=\"voice[houses_good]\"") {
            assert!(page.contains("enctype=\"multipart/form-data\"") && page.contains("action=\"/form/save\""), "a form that sends files");
            assert!(page.contains("accept=\"audio/*\"") && page.contains("capture=\"user\""), "the phone's recorder opens");
            assert!(page.contains("name=\"drawing[houses_good]\"") && page.contains("accept=\"image/*\""), "and its camera or pictures");
            app.sign_out().await;
            return (review, child, step.to_string());
        }
    }
    panic!("the child's form has a Three Houses screen");
}

async fn media_rows(app: &TestApp) -> Vec<(String, String, String, Vec<u8>)> {
    #[derive(sqlx::FromRow)]
    struct Row {
        question_id: String,
        kind: String,
        content_type: String,
        sealed: Vec<u8>,
    }
    let rows: Vec<Row> = sqlx::query_as("SELECT question_id, kind, content_type, sealed FROM answer_media ORDER BY question_id, kind")
        .fetch_all(&app.db)
        .await
        .expect("media rows");
    rows.into_iter().map(|r| (r.question_id, r.kind, r.content_type, r.sealed)).collect()
}

#[tokio::test]
async fn a_recording_and_a_drawing_are_kept_sealed_and_played_back_and_only_the_childs_iro_opens_them() {
    let app = spawn_app().await;
    let (review, child, step) = child_at_houses(&app, "Eluned").await;
    let recording = opus();
    let response = post_screen(
        &child,
        &step,
        "next",
        &[("a[houses_good:words]", WORDS)],
        vec![("voice[houses_good]", "recording.webm", recording.clone()), ("drawing[houses_good]", "IMG_0001.PNG", PNG.to_vec())],
    )
    .await;
    assert_eq!(response.status(), 303);
    let next: i64 = step.parse::<i64>().expect("step") + 1;
    assert_eq!(location(&response), format!("/form/screen/{next}"), "on to the next screen, as with words alone");

    // Kept as what the bytes are (not what the name or the browser said), sealed.
    let rows = media_rows(&app).await;
    assert_eq!(rows.len(), 2);
    assert_eq!((rows[0].1.as_str(), rows[0].2.as_str()), ("drawing", "image/png"));
    assert_eq!((rows[1].1.as_str(), rows[1].2.as_str()), ("voice", "audio/ogg"));
    for (_, _, _, sealed) in &rows {
        assert!(!sealed.windows(8).any(|w| w == b"OpusHead" || w == &PNG[..8] || w == b"OpusTags"), "a copy of the database plays nothing");
    }

    // The child hears and sees their own back on the screen, with a way to take each away.
    let (_, page) = child.get_text(&format!("/form/screen/{step}")).await;
    assert!(page.contains("Your recording is saved.") && page.contains("Your drawing is saved."));
    assert!(page.contains("src=\"/form/media/houses_good/voice\"") && page.contains("value=\"remove:voice:houses_good\""));
    assert!(page.contains(WORDS), "the words were saved with them");
    let played = child.client.get(child.url("/form/media/houses_good/voice")).send().await.expect("GET");
    assert_eq!(played.status(), 200);
    assert_eq!(played.headers()["content-type"], "audio/ogg");
    assert_eq!(played.headers()["cache-control"], "no-store");
    assert_eq!(played.bytes().await.expect("bytes").to_vec(), recording, "the same bytes come back");

    // Another child has none of hers; nobody signed in has none at all.
    let (_, other, _) = child_at_houses(&app, "Owain").await;
    assert_eq!(other.client.get(other.url("/form/media/houses_good/voice")).send().await.expect("GET").status(), 404);
    let stranger = Visitor::new(&app);
    assert_eq!(stranger.client.get(stranger.url("/form/media/houses_good/drawing")).send().await.expect("GET").status(), 404);

    // The check before sending shows them with the words.
    let (_, check) = child.get_text("/form/check").await;
    assert!(check.contains("src=\"/form/media/houses_good/voice\"") && check.contains("src=\"/form/media/houses_good/drawing\""));

    // Not in the pack until sent.
    child.post("/api/check_answers", &[("send", "1")]).await;
    app.sign_in_as("iro@dyffryn.example").await;
    let (_, pack) = app.get_text(&format!("/staff/reviews/{review}/pack")).await;
    assert!(pack.contains("<audio") && pack.contains("preload=\"none\""), "played only when the IRO presses play");
    assert!(pack.contains("alt=\"A drawing given for: "), "the drawing says what it answers");
    let prefix = format!("/staff/reviews/{review}/media/");
    let mut paths: Vec<String> =
        pack.match_indices(&prefix).filter_map(|(at, _)| pack[at..].split('"').next().map(str::to_string)).collect();
    paths.dedup();
    assert_eq!(paths.len(), 2, "{paths:?}");
    let mut voice = String::new();
    for path in &paths {
        let opened = app.get(path).await;
        assert_eq!(opened.status(), 200);
        match opened.headers()["content-type"].to_str().expect("type") {
            "audio/ogg" => voice = path.clone(),
            "image/png" => assert_eq!(opened.bytes().await.expect("bytes").to_vec(), PNG.to_vec()),
            other => panic!("served as {other}"),
        }
    }
    let voice_id = voice.rsplit('/').next().expect("id").to_string();
    app.get(&voice).await;
    // A player's probe and a seek within the play are not new openings; each is served.
    let probe = app.client.get(app.url(&voice)).header("range", "bytes=0-1").send().await.expect("GET");
    assert_eq!(probe.status(), 206);
    assert_eq!(probe.headers()["content-range"], format!("bytes 0-1/{}", recording.len()).as_str());
    assert_eq!(probe.bytes().await.expect("bytes").to_vec(), recording[..2].to_vec());
    let seek = app.client.get(app.url(&voice)).header("range", "bytes=100-").send().await.expect("GET");
    assert_eq!(seek.status(), 206);
    assert_eq!(seek.bytes().await.expect("bytes").to_vec(), recording[100..].to_vec());
    assert_eq!(app.audit_count("media.opened", &format!("voice {voice_id}")).await, 2, "each play audited, naming which");
    let drawings: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_events WHERE action = 'media.opened' AND detail LIKE 'drawing %'")
        .fetch_one(&app.db)
        .await
        .expect("audit");
    assert_eq!(drawings, 1, "each viewing audited");
    let first = voice;

    // Any other member of staff: it does not exist.
    app.sign_out().await;
    for who in ["iro2@dyffryn.example", "iro@glannau.example", "support@dyffryn.example", "admin@dyffryn.example"] {
        app.sign_in_as(who).await;
        assert_eq!(app.get(&first).await.status(), 404, "{who}");
        app.sign_out().await;
    }
    // Once sent, nothing of it changes.
    let before = media_rows(&app).await;
    let response =
        post_screen(&child, &step, "remove:drawing:houses_good", &[], vec![("voice[houses_good]", "again.wav", wav(9000.0))]).await;
    assert_eq!(location(&response), "/form/done");
    assert_eq!(media_rows(&app).await, before, "neither replaced nor taken away");
}

#[tokio::test]
async fn files_that_are_not_what_they_seem_are_refused_in_the_persons_language_and_nothing_given_is_lost() {
    let app = spawn_app().await;
    let (_, child, step) = child_at_houses(&app, "Gwenllian").await;
    let here = format!("/form/screen/{step}");
    // A drawing first: it must survive every refusal below.
    let response = post_screen(&child, &step, "stay", &[], vec![("drawing[houses_good]", "llun.png", PNG.to_vec())]).await;
    assert_eq!(location(&response), here);
    child.post("/api/set_language", &[("lang", "cy"), ("back", &here)]).await;

    let silent = wav(0.0);
    let mut cut = opus();
    cut.truncate(cut.len() - 30);
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("nodyn.ogg", b"Nid recordiad mo hwn".to_vec(), "Does dim modd chwarae hwn."),
        ("gwag.ogg", Vec::new(), "Roedd hwn yn wag."),
        ("tawel.wav", silent, "Doedd dim byd i'w glywed."),
        ("toredig.ogg", cut, "Wnaeth hwn ddim cyrraedd yn gyfan."),
        ("llun.png", PNG.to_vec(), "Does dim modd chwarae hwn."),
    ];
    for (name, bytes, says) in cases {
        let response =
            post_screen(&child, &step, "next", &[("a[houses_good:words]", WORDS)], vec![("voice[houses_good]", name, bytes)]).await;
        assert_eq!(response.status(), 303, "{name}");
        assert_eq!(location(&response), here, "{name}: back to the same screen");
        let (_, page) = child.get_text(&here).await;
        assert!(page.contains(says), "{name}: {says}");
        assert!(page.contains("href=\"#houses_good:voice\""), "{name}: the summary leads to the field");
        assert!(page.contains(WORDS), "{name}: the words typed are kept");
    }
    let big = [opus(), vec![0; 12 * 1024 * 1024]].concat();
    let response =
        post_screen(&child, &step, "next", &[("a[houses_good:words]", WORDS)], vec![("voice[houses_good]", "hir.ogg", big)]).await;
    assert_eq!(location(&response), here);
    assert!(child.get_text(&here).await.1.contains("Mae hwn yn rhy fawr."));
    let kinds: Vec<String> = media_rows(&app).await.into_iter().map(|r| r.1).collect();
    assert_eq!(kinds, vec!["drawing"], "no refused file was kept, and the drawing given before is still there");
    let words: String =
        sqlx::query_scalar("SELECT words FROM answers WHERE question_id = 'houses_good'").fetch_one(&app.db).await.expect("words");
    assert_eq!(words, WORDS, "words saved whatever the file did");

    // Words too long are refused; a good recording sent with them is still kept, and both are said.
    let too_long = "a".repeat(app::domain::forms::MAX_WORDS + 1);
    let response =
        post_screen(&child, &step, "next", &[("a[houses_good:words]", &too_long)], vec![("voice[houses_good]", "llais.wav", wav(9000.0))])
            .await;
    assert_eq!(location(&response), here);
    assert!(child.get_text(&here).await.1.contains("src=\"/form/media/houses_good/voice\""), "the recording is kept");
    assert_eq!(media_rows(&app).await.len(), 2);
    let response = post_screen(&child, &step, "remove:voice:houses_good", &[("a[houses_good:words]", WORDS)], vec![]).await;
    assert_eq!(location(&response), here);

    // A WAV with a voice in it is kept; then taken away when asked.
    let response = post_screen(&child, &step, "stay", &[], vec![("voice[houses_good]", "llais.wav", wav(9000.0))]).await;
    assert_eq!(location(&response), here);
    assert_eq!(media_rows(&app).await.len(), 2);
    let response = post_screen(&child, &step, "remove:voice:houses_good", &[], vec![]).await;
    assert_eq!(location(&response), here);
    let kinds: Vec<String> = media_rows(&app).await.into_iter().map(|r| r.1).collect();
    assert_eq!(kinds, vec!["drawing"]);
}

#[tokio::test]
async fn a_post_cut_off_or_not_a_form_saves_nothing() {
    let app = spawn_app().await;
    let (_, child, step) = child_at_houses(&app, "Tegid").await;
    // The connection broke mid-file: the body ends without its closing boundary.
    let body = format!(
        "--XyZ\r\ncontent-disposition: form-data; name=\"step\"\r\n\r\n{step}\r\n--XyZ\r\ncontent-disposition: form-data; name=\"a[houses_good:words]\"\r\n\r\n{WORDS}\r\n\
         --XyZ\r\ncontent-disposition: form-data; name=\"voice[houses_good]\"; filename=\"a.ogg\"\r\ncontent-type: audio/ogg\r\n\r\nOggS\0\0\0\0"
    );
    let response = child
        .client
        .post(child.url("/form/save"))
        .header("accept", "text/html")
        .header("origin", &child.address)
        .header("sec-fetch-site", "same-origin")
        .header("content-type", "multipart/form-data; boundary=XyZ")
        .body(body)
        .send()
        .await
        .expect("POST");
    assert_eq!(location(&response), format!("/form/screen/{step}"));
    let (_, page) = child.get_text(&format!("/form/screen/{step}")).await;
    assert!(page.contains("This did not arrive whole. Please try again."));
    assert!(page.contains(WORDS), "what was typed comes back to the screen");
    assert!(media_rows(&app).await.is_empty());
    let saved: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM answers WHERE question_id = 'houses_good'").fetch_one(&app.db).await.expect("count");
    assert_eq!(saved, 0, "nothing half-written");

    // A plain form post to the files route is refused, not misread.
    let response = heard_tests::browser_post(&child.client, &child.address, "/form/save", &[("step", "1"), ("go", "next")]).await;
    assert_eq!(response.status(), 400);
}
