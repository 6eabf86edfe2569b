//! Every form as rendered is one its server function accepts: each field it posts is an
//! argument of the function (or a key of a map argument), and every argument the function
//! requires is in the form. Pages are found by following links as each kind of user, so a new
//! page or form is checked the day it is added; the functions are read from the source.

use heard_tests::{spawn_app, today};
use scraper::{Html, Selector};
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use time::Duration;

/// A server function's arguments: name → required (not an `Option`); map arguments end in `[`.
pub(crate) type Signature = BTreeMap<String, bool>;

/// Reads every `#[server(endpoint = "…")]` function under app/src and its arguments.
pub(crate) fn server_functions() -> BTreeMap<String, Signature> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../app/src");
    let mut found = BTreeMap::new();
    let mut dirs = vec![root];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("read app/src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let source = std::fs::read_to_string(&path).expect("source");
                for (endpoint, signature) in signatures_in(&source) {
                    found.insert(endpoint, signature);
                }
            }
        }
    }
    found
}

fn signatures_in(source: &str) -> Vec<(String, Signature)> {
    const MARK: &str = "#[server(endpoint = \"";
    let mut out = Vec::new();
    let mut rest = source;
    while let Some(at) = rest.find(MARK) {
        rest = &rest[at + MARK.len()..];
        let endpoint = rest[..rest.find('"').expect("endpoint end")].to_string();
        let function = rest.find("pub async fn ").expect("the function after #[server]");
        let open = function + rest[function..].find('(').expect("its arguments");
        // The argument list: up to the bracket that closes `(`, splitting at top-level commas.
        let (mut depth, mut start, mut pieces) = (0, open + 1, Vec::new());
        for (i, c) in rest[open..].char_indices().map(|(i, c)| (open + i, c)) {
            match c {
                '(' | '<' => depth += 1,
                ')' | '>' => {
                    depth -= 1;
                    if depth == 0 {
                        pieces.push(&rest[start..i]);
                        break;
                    }
                }
                ',' if depth == 1 => {
                    pieces.push(&rest[start..i]);
                    start = i + 1;
                }
                _ => {}
            }
        }
        let mut signature = Signature::new();
        for piece in pieces {
            let Some((name, ty)) = piece.split_once(':') else { continue };
            let (name, ty) = (name.trim().to_string(), ty.trim());
            if ty.contains("HashMap") || ty.contains("BTreeMap") {
                signature.insert(format!("{name}["), false);
            } else {
                signature.insert(name, !ty.starts_with("Option<"));
            }
        }
        out.push((endpoint, signature));
    }
    out
}

/// A form as rendered: where it posts and the names it sends.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct RenderedForm {
    page: String,
    action: String,
    fields: BTreeSet<String>,
}

/// Follows links from `start` within the site (GET only, at most `limit` pages) and collects
/// every POST form on the way.
async fn crawl(client: &reqwest::Client, address: &str, start: &[&str], limit: usize) -> Vec<RenderedForm> {
    let links = Selector::parse("a[href]").expect("selector");
    let forms = Selector::parse("form").expect("selector");
    let named = Selector::parse("input[name], select[name], textarea[name], button[name]").expect("selector");
    let mut queue: VecDeque<String> = start.iter().map(|s| s.to_string()).collect();
    let mut seen: BTreeSet<String> = queue.iter().cloned().collect();
    let mut found = Vec::new();
    let mut pages = 0;
    while let Some(path) = queue.pop_front() {
        if pages >= limit {
            break;
        }
        pages += 1;
        let response = client.get(format!("{address}{path}")).header("accept", "text/html").send().await.expect("GET");
        let is_html = response.headers().get("content-type").and_then(|v| v.to_str().ok()).is_some_and(|t| t.starts_with("text/html"));
        if !response.status().is_success() || !is_html {
            continue;
        }
        let html = Html::parse_document(&response.text().await.expect("body"));
        for form in html.select(&forms) {
            if !form.value().attr("method").is_some_and(|m| m.eq_ignore_ascii_case("post")) {
                continue;
            }
            let action = form.value().attr("action").unwrap_or_default().to_string();
            let fields = form.select(&named).filter_map(|e| e.value().attr("name")).map(str::to_string).collect();
            found.push(RenderedForm { page: path.clone(), action, fields });
        }
        for link in html.select(&links) {
            let href = link.value().attr("href").unwrap_or_default();
            let href = href.split('#').next().unwrap_or_default();
            let wanted = href.starts_with('/')
                && !href.starts_with("//")
                && !href.starts_with("/api/")
                && !href.starts_with("/pkg/")
                && !href.starts_with("/audio/")
                && !href.starts_with("/symbols/")
                && !href.ends_with(".pdf")
                && !href.ends_with(".csv")
                && !href.contains("lang=");
            if wanted && seen.insert(href.to_string()) {
                queue.push_back(href.to_string());
            }
        }
    }
    found
}

/// The plain (non-server-function) routes that take a POST, by how their path ends, and the
/// fields their handler reads (`features::pack::pdf::download_route` reads these two by name;
/// `features::import::route::upload_route` reads the file).
const PLAIN_ROUTES: &[(&str, &[&str])] = &[("/pack.pdf", &["password", "password_again"]), ("/staff/admin/import/check", &["file"])];

/// What is wrong with a form against its function, in words.
fn mismatches(form: &RenderedForm, functions: &BTreeMap<String, Signature>) -> Vec<String> {
    if let Some((_, reads)) = PLAIN_ROUTES.iter().find(|(end, _)| form.action.ends_with(end)) {
        let reads: BTreeSet<String> = reads.iter().map(|f| f.to_string()).collect();
        return if form.fields == reads {
            Vec::new()
        } else {
            vec![format!("{} posts {:?} to {}, which reads {reads:?}", form.page, form.fields, form.action)]
        };
    }
    // A screen with files posts to a route of its own that reads what `save_step` reads, and
    // each answer's recording and drawing.
    let (endpoint, files) = match form.action.strip_prefix("/api/") {
        Some(endpoint) => (endpoint, &[][..]),
        None if form.action == "/form/save" => ("save_step", &["voice[", "drawing["][..]),
        None => return vec![format!("{} posts to {}, not a server function", form.page, form.action)],
    };
    let Some(signature) = functions.get(endpoint) else {
        return vec![format!("{} posts to {}, which no server function answers", form.page, form.action)];
    };
    let mut wrong = Vec::new();
    for field in &form.fields {
        let as_map = field.split_once('[').map(|(name, _)| format!("{name}["));
        let accepted = signature.contains_key(field)
            || as_map.is_some_and(|m| signature.contains_key(&m))
            || files.iter().any(|prefix| field.starts_with(prefix));
        if !accepted {
            wrong.push(format!("{} posts `{field}` to {endpoint}, which does not read it", form.page));
        }
    }
    for (argument, required) in signature {
        if *required && !form.fields.contains(argument) {
            wrong.push(format!("{} leaves out `{argument}`, which {endpoint} requires", form.page));
        }
    }
    wrong
}

/// The screens an invitee may reach by buttons (POSTs) rather than links.
const INVITEE_PAGES: [&str; 18] = [
    "/welcome",
    "/about",
    "/secret",
    "/unlock",
    "/form",
    "/form/screen/1",
    "/form/screen/2",
    "/form/screen/3",
    "/form/screen/4",
    "/form/screen/5",
    "/form/screen/6",
    "/form/screen/7",
    "/form/advocate",
    "/form/check",
    "/form/later",
    "/form/done",
    "/message",
    "/safe",
];

#[tokio::test]
async fn every_rendered_form_posts_what_its_server_function_reads() {
    let functions = server_functions();
    assert!(functions.len() > 40, "the source was read: {} functions", functions.len());
    assert_eq!(functions.get("record_event").and_then(|s| s.get("held_on")), Some(&false), "{:?}", functions.get("record_event"));
    let app = spawn_app().await;
    let mut forms = Vec::new();

    // A review with a child, a parent and an emailed carer; the duty team has no address, so
    // the child's alert leaves an undelivered message (and its "try again now") on the IRO's home.
    sqlx::query("UPDATE authority_settings SET duty_email = ''").execute(&app.db).await.expect("no duty address");
    app.sign_in_as("support@dyffryn.example").await;
    let child = app.add_child("Gwion", today() - Duration::days(5)).await;
    let review = app.booked_review(child, today() + Duration::days(20)).await;
    app.allocate_iro(review, "iro@dyffryn.example").await;
    let carer = app.add_invitee(review, "carer", "Ffion", "email", "ffion@example.org").await;
    app.invitation_action(carer, "send").await;
    let (kid, _, _) = app.invitee(review, "child", "Gwion").await;
    let (parent, _, _) = app.invitee(review, "parent", "Rhian").await;
    app.sign_out().await;
    // Before their secrets, then part way, then after sending.
    forms.extend(crawl(&kid.client, &kid.address, &INVITEE_PAGES, 40).await);
    forms.extend(crawl(&parent.client, &parent.address, &INVITEE_PAGES, 40).await);
    kid.post("/api/set_secret", &[("kind", "pictures"), ("a[pic_cat]", "on"), ("a[pic_sun]", "on"), ("a[pic_tree]", "on")]).await;
    parent
        .post("/api/set_secret", &[("kind", "phrase"), ("a[phrase]", "a long enough phrase"), ("a[phrase_again]", "a long enough phrase")])
        .await;
    kid.post("/api/not_safe", &[("back", "/form")]).await;
    kid.post("/api/send_message", &[("kind", "good_news"), ("words", "hello")]).await;
    forms.extend(crawl(&kid.client, &kid.address, &INVITEE_PAGES, 40).await);
    forms.extend(crawl(&parent.client, &parent.address, &INVITEE_PAGES, 40).await);
    kid.post("/api/check_answers", &[("send", "1")]).await;
    parent.post("/api/check_answers", &[("send", "1")]).await;
    forms.extend(crawl(&kid.client, &kid.address, &INVITEE_PAGES, 40).await);
    forms.extend(crawl(&parent.client, &parent.address, &INVITEE_PAGES, 40).await);

    // The carer's emailed link, opened by someone signed out.
    let outbox = app.data_dir.join("outbox");
    let mail = app::server::mail::read_outbox(&outbox, 10).await.expect("outbox");
    let link = mail.iter().find_map(|m| m.body.split_whitespace().find(|w| w.contains("/i/")).map(str::to_string)).expect("the link");
    let link_path = link.split_once("/i/").map(|(_, token)| format!("/i/{token}")).expect("path");
    let signed_out = reqwest::Client::new();
    forms.extend(crawl(&signed_out, &app.address, &["/", "/start", "/sign-in", "/help-now", &link_path], 20).await);

    // Staff, each from their home and the review page; the admin with a cover in place.
    app.sign_in_as("admin@dyffryn.example").await;
    let iro2 = app.staff_id("iro2@dyffryn.example").await;
    let until = heard_tests::form_date(today() + Duration::days(30));
    app.post_form("/api/grant_cover", &[("child_id", &child.to_string()), ("staff_id", &iro2.to_string()), ("until", &until)]).await;
    app.sign_out().await;
    for (email, limit) in
        [("support@dyffryn.example", 120), ("iro@dyffryn.example", 120), ("admin@dyffryn.example", 60), ("manager@dyffryn.example", 40)]
    {
        app.sign_in_as(email).await;
        let review_page = format!("/staff/reviews/{review}");
        forms.extend(crawl(&app.client, &app.address, &["/staff", &review_page], limit).await);
        app.sign_out().await;
    }

    let actions: BTreeSet<&str> = forms.iter().map(|f| f.action.as_str()).collect();
    for expected in [
        "/api/record_event",
        "/api/save_booking",
        "/api/add_invitee",
        "/api/save_step",
        "/form/save",
        "/api/sign_in",
        "/api/enter_code",
        "/api/open_link",
        "/api/set_secret",
        "/api/check_answers",
        "/api/acknowledge_alert",
        "/api/retry_message",
        "/api/end_cover",
        "/api/advocacy_choice",
    ] {
        assert!(actions.contains(expected), "the crawl reached a form posting to {expected}: {actions:?}");
    }
    let mut wrong: Vec<String> = forms.iter().flat_map(|f| mismatches(f, &functions)).collect();
    wrong.sort();
    wrong.dedup();
    assert!(wrong.is_empty(), "forms that would fail as a person submits them:\n{}", wrong.join("\n"));
}

#[test]
fn a_form_posting_a_name_its_function_does_not_read_is_caught() {
    let functions: BTreeMap<String, Signature> = signatures_in(
        r#"#[server(endpoint = "record_event")]
        pub async fn record_event(child_id: i64, event: Option<String>, on: Option<String>) -> Result<(), ServerFnError> {}
        #[server(endpoint = "set_secret")]
        pub async fn set_secret(kind: Option<String>, a: Option<HashMap<String, String>>) -> Result<(), ServerFnError> {}"#,
    )
    .into_iter()
    .collect();
    let form = |action: &str, fields: &[&str]| RenderedForm {
        page: "/p".into(),
        action: action.into(),
        fields: fields.iter().map(|f| f.to_string()).collect(),
    };
    assert_eq!(
        mismatches(&form("/api/record_event", &["child_id", "event", "held_on"]), &functions),
        ["/p posts `held_on` to record_event, which does not read it"]
    );
    assert_eq!(mismatches(&form("/api/record_event", &["event"]), &functions), ["/p leaves out `child_id`, which record_event requires"]);
    assert!(mismatches(&form("/api/set_secret", &["kind", "a[pic_cat]"]), &functions).is_empty());
    assert_eq!(mismatches(&form("/api/nothing", &[]), &functions), ["/p posts to /api/nothing, which no server function answers"]);
}
