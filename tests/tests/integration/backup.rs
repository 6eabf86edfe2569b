//! Backing up a running server: the copy made while messages keep arriving holds every one
//! acknowledged before the backup began, and a server started on the copy shows them.

use heard_tests::{fresh_place, spawn_app, spawn_app_on, today, Engine, Visitor};
use std::sync::{Arc, Mutex};
use time::Duration;

#[tokio::test]
async fn a_backup_taken_under_writes_restores_every_acknowledged_message() {
    let app = spawn_app().await;
    if app.engine == Engine::Postgres {
        let refused = heard_server::backup::run(&app.database_url, &app.data_dir.join("copy.db")).await.expect_err("pg_dump");
        assert!(refused.contains("pg_dump"), "{refused}");
        return;
    }
    app.sign_in_as("support@dyffryn.example").await;
    let child = app.add_child("Osian", today() - Duration::days(5)).await;
    let review = app.booked_review(child, today() + Duration::days(20)).await;
    let (kid, _, _) = app.invitee(review, "child", "Osian").await;
    kid.post("/api/set_secret", &[("kind", "pictures"), ("a[pic_cat]", "on"), ("a[pic_sun]", "on"), ("a[pic_tree]", "on")]).await;

    // A child keeps sending messages; each one the server acknowledged (sent back to the
    // message page) is noted.
    let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
    let writing = Arc::new(std::sync::atomic::AtomicBool::new(true));
    let writer = {
        let (acknowledged, writing) = (acknowledged.clone(), writing.clone());
        let kid = Visitor { client: kid.client.clone(), address: kid.address.clone() };
        tokio::spawn(async move {
            let mut n = 0;
            while writing.load(std::sync::atomic::Ordering::SeqCst) {
                n += 1;
                let words = format!("backup message {n}");
                if kid.post("/api/send_message", &[("kind", "other"), ("words", &words)]).await == "/message" {
                    acknowledged.lock().expect("lock").push(words);
                }
            }
        })
    };
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let before: Vec<String> = acknowledged.lock().expect("lock").clone();
    let (_, place) = fresh_place().await;
    let copy = place.join("copy.db");
    heard_server::backup::run(&app.database_url, &copy).await.expect("backup");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    writing.store(false, std::sync::atomic::Ordering::SeqCst);
    writer.await.expect("writer");
    assert!(before.len() >= 3, "messages were arriving: {}", before.len());

    // Readable by its owner only: it holds children's words.
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(std::fs::metadata(&copy).expect("copy").permissions().mode() & 0o777, 0o600);
    // A second backup to the same file is refused (nothing is overwritten).
    assert!(heard_server::backup::run(&app.database_url, &copy).await.expect_err("exists").contains("already exists"));

    // Restore: a server on the copy (with the same data folder's session key).
    let restored_url = format!("sqlite://{}?mode=rw", copy.display());
    std::fs::copy(app.data_dir.join("session.key"), place.join("session.key")).expect("key");
    let restored = spawn_app_on(&restored_url, &place, &[]).await;
    let stored: Vec<(String,)> = sqlx::query_as("SELECT words FROM child_messages").fetch_all(&restored.db).await.expect("messages");
    let stored: Vec<String> = stored.into_iter().map(|(w,)| w).collect();
    for words in &before {
        assert!(stored.contains(words), "{words} was acknowledged before the backup and is in it");
    }
    let (status, _) = restored.get_text("/health").await;
    assert_eq!(status, 200);
}
