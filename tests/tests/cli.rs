//! The command line that adds the first administrator. One test per file: it sets environment
//! variables, which are shared by the whole test process.

use heard_tests::{location, new_client};

#[tokio::test]
async fn create_admin_adds_an_administrator_who_can_sign_in() {
    let dir = std::env::temp_dir().join(format!("heard-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let database_url = match heard_tests::Engine::from_env() {
        heard_tests::Engine::Sqlite => format!("sqlite://{}?mode=rwc", dir.join("heard.db").display()),
        heard_tests::Engine::Postgres => heard_tests::fresh_database(heard_tests::Engine::Postgres, &dir).await,
    };
    // Safe here: this file holds a single test, so nothing else reads the environment meanwhile.
    std::env::set_var("HEARD_DATA_DIR", dir.display().to_string());
    std::env::set_var("HEARD_DATABASE_URL", &database_url);
    std::env::set_var("HEARD_ADMIN_PASSWORD", "the very first admin password");

    let args = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let create = [
        "create-admin",
        "--authority",
        "gwynedd",
        "--authority-name-en",
        "Gwynedd Council",
        "--authority-name-cy",
        "Cyngor Gwynedd",
        "--welsh-first",
        "--email",
        "Ann@Gwynedd.example",
        "--name",
        "Ann Admin",
    ];
    // A SQLite path that does not exist yet (a typo, say) is refused unless asked to create it.
    if heard_tests::Engine::from_env() == heard_tests::Engine::Sqlite {
        let refused = heard_server::cli::run(args(&create)).await.expect_err("no database there yet");
        assert!(refused.starts_with("HEARD_DATABASE_URL:") && refused.contains("--create-database"), "{refused}");
        assert!(!dir.join("heard.db").exists(), "nothing was made");
    }
    let result = heard_server::cli::run(args(&[&create[..], &["--create-database"]].concat())).await;
    assert_eq!(result, Ok(()));

    // Bad input is refused with a message naming what to fix; nothing is written.
    let again =
        heard_server::cli::run(args(&["create-admin", "--authority", "gwynedd", "--email", "ann@gwynedd.example", "--name", "Ann"])).await;
    assert_eq!(again, Err("ann@gwynedd.example already has an account".to_string()));
    let bad = heard_server::cli::run(args(&["create-admin", "--authority", "Bad Slug", "--email", "x@y.example", "--name", "X"])).await;
    assert!(bad.expect_err("refused").starts_with("--authority"));
    std::env::set_var("HEARD_ADMIN_PASSWORD", "short");
    let weak =
        heard_server::cli::run(args(&["create-admin", "--authority", "gwynedd", "--email", "b@gwynedd.example", "--name", "B"])).await;
    assert!(weak.expect_err("refused").starts_with("password"));

    // The administrator signs in to a server on the same database.
    let vars = std::collections::HashMap::from([
        ("HEARD_BIND".to_string(), "127.0.0.1:0".to_string()),
        ("HEARD_DATA_DIR".to_string(), dir.display().to_string()),
        ("HEARD_DATABASE_URL".to_string(), database_url),
    ]);
    let app = heard_server::startup::Application::build(heard_server::configuration::Settings::from_vars(&vars).expect("settings"))
        .await
        .expect("build");
    let address = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    let client = new_client();
    let sign_in = || async {
        let response = client
            .post(format!("{address}/api/sign_in"))
            .form(&[("email", "ann@gwynedd.example"), ("password", "the very first admin password")])
            .send()
            .await
            .expect("POST");
        location(&response)
    };
    // An admin sets up two-step sign-in before anything else.
    assert_eq!(sign_in().await, "/sign-in/set-up");
    let set_up = || async {
        let page = client.get(format!("{address}/sign-in/set-up")).send().await.expect("GET").text().await.expect("body");
        let start = page.find("id=\"two-step-secret\"").expect("the key is shown");
        let key: String = page[start..].split('>').nth(1).and_then(|s| s.split('<').next()).expect("key").replace(' ', "");
        let code = heard_tests::totp_code(&key, time::OffsetDateTime::now_utc().unix_timestamp());
        let response = client
            .post(format!("{address}/api/sign_in/confirm_two_step"))
            .form(&[("code", code.as_str()), ("at_sign_in", "true")])
            .send()
            .await
            .expect("POST");
        assert_eq!(location(&response), "/staff/account/recovery-codes");
    };
    set_up().await;
    let home = client.get(format!("{address}/staff")).send().await.expect("GET").text().await.expect("body");
    assert!(home.contains("Manage staff") && home.contains("Gwynedd Council"), "{home}");

    // Lost phone, lost codes, no other admin: the command line turns two-step sign-in off, and
    // the admin sets it up again at their next sign-in.
    client.post(format!("{address}/api/sign_out")).send().await.expect("sign out");
    assert_eq!(heard_server::cli::run(args(&["reset-two-step", "--email", "ANN@gwynedd.example"])).await, Ok(()));
    assert_eq!(
        heard_server::cli::run(args(&["reset-two-step", "--email", "ann@gwynedd.example"])).await,
        Err("ann@gwynedd.example does not have two-step sign-in on".to_string())
    );
    assert!(heard_server::cli::run(args(&["reset-two-step", "--email", "nobody@gwynedd.example"])).await.is_err());
    assert_eq!(sign_in().await, "/sign-in/set-up");
}
