//! A council's own symbols: with every concept mapped, no screen a child or parent sees shows
//! one of Heard's own pictures (help, listen, wave and calendar included). Run as a separate
//! process, because the map is loaded once per process.

use heard_tests::{fresh_place, today, HeardProcess};
use scraper::{Html, Selector};
use time::Duration;

const BINARY: &str = env!("CARGO_BIN_EXE_heard-process");

#[tokio::test]
async fn every_symbol_on_child_and_parent_screens_comes_from_the_councils_map() {
    let (url, dir) = fresh_place().await;
    // A built site with the council's pictures under /local/.
    let site = dir.join("site");
    std::fs::create_dir_all(site.join("pkg")).expect("pkg");
    std::fs::create_dir_all(site.join("local")).expect("local");
    let mut map = serde_json::Map::new();
    for concept in app::server::symbols::CONCEPTS {
        std::fs::write(site.join("local").join(format!("{concept}.png")), b"png").expect("picture");
        map.insert(concept.to_string(), serde_json::Value::String(format!("/local/{concept}.png")));
    }
    let map_file = dir.join("symbols.json");
    std::fs::write(&map_file, serde_json::Value::Object(map).to_string()).expect("map");
    let (site_root, map_path) = (site.display().to_string(), map_file.display().to_string());
    let heard = HeardProcess::start(BINARY, &url, &dir, &[("HEARD_SITE_ROOT", &site_root), ("HEARD_SYMBOL_MAP", &map_path)]).await;
    let app = &heard.app;

    app.sign_in_as("support@dyffryn.example").await;
    let child = app.add_child("Lleucu", today() - Duration::days(5)).await;
    let review = app.booked_review(child, today() + Duration::days(20)).await;
    let (kid, _, _) = app.invitee(review, "child", "Lleucu").await;
    let (parent, _, _) = app.invitee(review, "parent", "Gwenan").await;
    app.sign_out().await;

    let images = Selector::parse("img").expect("selector");
    let mut seen = 0;
    let mut check = |who: &str, path: &str, html: String| {
        for img in Html::parse_document(&html).select(&images) {
            let src = img.value().attr("src").unwrap_or_default().to_string();
            assert!(!src.starts_with("/symbols/"), "{who} {path} shows Heard's own {src}");
            seen += 1;
        }
    };
    for path in ["/", "/start", "/help-now"] {
        check("anyone", path, app.get_text(path).await.1);
    }
    for path in ["/welcome", "/about", "/secret", "/my-review"] {
        check("child", path, kid.get_text(path).await.1);
        check("parent", path, parent.get_text(path).await.1);
    }
    kid.post("/api/set_secret", &[("kind", "pictures"), ("a[pic_cat]", "on"), ("a[pic_sun]", "on"), ("a[pic_tree]", "on")]).await;
    parent.post("/api/set_secret", &[("kind", "phrase"), ("a[phrase]", "a long enough phrase")]).await;
    for path in ["/form/screen/1", "/form/screen/2", "/form/advocate", "/form/check", "/message", "/safe"] {
        check("child", path, kid.get_text(path).await.1);
        check("parent", path, parent.get_text(path).await.1);
    }
    assert!(seen > 50, "the screens showed pictures: {seen}");
}
