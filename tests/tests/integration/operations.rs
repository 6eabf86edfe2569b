//! Running Heard: start-up refuses bad settings by name and does not hang on a database that
//! will not answer; /health tells the truth; stopping has a deadline.

use heard_server::configuration::Settings;
use heard_server::startup::Application;
use heard_tests::{fresh_place, spawn_app_with, Engine};
use std::collections::HashMap;
use std::time::{Duration, Instant};
use tokio::io::AsyncWriteExt;

fn settings(pairs: &[(&str, &str)]) -> Settings {
    let vars: HashMap<String, String> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    Settings::from_vars(&vars).expect("settings")
}

async fn health(app: &heard_tests::TestApp) -> (u16, String) {
    let response = app.client.get(app.url("/health")).send().await.expect("GET /health");
    (response.status().as_u16(), response.text().await.expect("body"))
}

#[tokio::test]
async fn health_is_503_when_the_database_is_not_migrated_or_not_writable() {
    let app = spawn_app_with(&[]).await;
    assert_eq!(health(&app).await.0, 200);
    // As if the server now pointed at an empty database: no record of its migrations.
    sqlx::query("ALTER TABLE _sqlx_migrations RENAME TO _sqlx_migrations_away").execute(&app.db).await.expect("rename");
    let (status, body) = health(&app).await;
    assert_eq!((status, body.contains("not migrated")), (503, true), "{body}");
    sqlx::query("ALTER TABLE _sqlx_migrations_away RENAME TO _sqlx_migrations").execute(&app.db).await.expect("rename back");
    assert_eq!(health(&app).await.0, 200);
    if app.engine == Engine::Sqlite {
        // The file deleted under the running server: writes would go nowhere anyone can read.
        std::fs::remove_file(app.data_dir.join("heard.db")).expect("delete the database file");
        let (status, body) = health(&app).await;
        assert_eq!((status, body.contains("not writable")), (503, true), "{body}");
    }
}

#[tokio::test]
async fn a_database_that_does_not_answer_stops_start_up_within_seconds() {
    // Takes the connection and says nothing, as a firewalled or hung database server does.
    let silent = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let port = silent.local_addr().expect("address").port();
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((socket, _)) = silent.accept().await {
            held.push(socket);
        }
    });
    let (_, dir) = fresh_place().await;
    let url = format!("postgres://postgres@127.0.0.1:{port}/heard");
    let started = Instant::now();
    let result = Application::build(settings(&[
        ("HEARD_BIND", "127.0.0.1:0"),
        ("HEARD_DATA_DIR", &dir.display().to_string()),
        ("HEARD_DATABASE_URL", &url),
    ]))
    .await;
    let error = result.err().expect("start-up fails").to_string();
    assert!(error.starts_with("HEARD_DATABASE_URL"), "{error}");
    assert!(started.elapsed() < Duration::from_secs(5), "took {:?}", started.elapsed());
}

#[tokio::test]
async fn start_up_failures_name_their_variable() {
    let (url, dir) = fresh_place().await;
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let bind = taken.local_addr().expect("address").to_string();
    let error = Application::build(settings(&[
        ("HEARD_BIND", &bind),
        ("HEARD_DATA_DIR", &dir.display().to_string()),
        ("HEARD_DATABASE_URL", &url),
    ]))
    .await
    .err()
    .expect("the address is taken")
    .to_string();
    assert!(error.starts_with("HEARD_BIND"), "{error}");

    let file = dir.join("a-file");
    std::fs::write(&file, "not a folder").expect("file");
    let error = Application::build(settings(&[
        ("HEARD_BIND", "127.0.0.1:0"),
        ("HEARD_DATA_DIR", &file.join("data").display().to_string()),
        ("HEARD_DATABASE_URL", &url),
    ]))
    .await
    .err()
    .expect("no folder can be made there")
    .to_string();
    assert!(error.starts_with("HEARD_DATA_DIR"), "{error}");
}

#[tokio::test]
async fn stopping_waits_for_requests_in_flight_only_until_the_deadline() {
    let (url, dir) = fresh_place().await;
    let app = Application::build(settings(&[
        ("HEARD_BIND", "127.0.0.1:0"),
        ("HEARD_DATA_DIR", &dir.display().to_string()),
        ("HEARD_DATABASE_URL", &url),
        ("HEARD_DRAIN_SECONDS", "1"),
    ]))
    .await
    .expect("builds");
    let port = app.port();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let running = tokio::spawn(app.run_until(async move {
        let _ = stopped.await;
    }));
    // A request that never finishes sending its body.
    let mut slow = tokio::net::TcpStream::connect(("127.0.0.1", port)).await.expect("connect");
    slow.write_all(
        b"POST /api/sign_in HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nemail=",
    )
    .await
    .expect("write");
    tokio::time::sleep(Duration::from_millis(300)).await;
    let asked = Instant::now();
    stop.send(()).expect("stop");
    let result = tokio::time::timeout(Duration::from_secs(10), running).await;
    assert!(result.is_ok(), "the server stopped");
    assert!(asked.elapsed() < Duration::from_secs(5), "within the deadline: {:?}", asked.elapsed());
}
