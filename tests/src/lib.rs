//! Test harness: starts the real Heard server on port 0 with a fresh database (SQLite, or
//! PostgreSQL when `HEARD_TEST_DB=postgres`) and talks to it over HTTP like a browser would.

pub mod pdf;
pub mod smtp;

use heard_server::configuration::Settings;
use heard_server::startup::Application;
use std::collections::HashMap;
use std::path::PathBuf;

/// The demo staff password used by every test application.
pub const DEMO_PASSWORD: &str = "test-demo-password-1";

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub db: sqlx::AnyPool,
    pub engine: Engine,
    pub data_dir: PathBuf,
    pub database_url: String,
    /// The state of a server running in this process (None for a separate process).
    pub server: Option<app::server::AppState>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

impl Engine {
    pub fn from_env() -> Engine {
        match std::env::var("HEARD_TEST_DB").as_deref() {
            Ok("postgres") => Engine::Postgres,
            _ => Engine::Sqlite,
        }
    }
}

fn random_suffix() -> String {
    use rand::Rng;
    let n: u64 = rand::rng().random();
    format!("{n:016x}")
}

/// A fresh database URL for one test.
pub async fn fresh_database(engine: Engine, data_dir: &std::path::Path) -> String {
    match engine {
        Engine::Sqlite => format!("sqlite://{}?mode=rwc", data_dir.join("heard.db").display()),
        Engine::Postgres => {
            let base = std::env::var("HEARD_TEST_POSTGRES_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into());
            let base = base.trim_end_matches('/').to_string();
            let name = format!("heard_test_{}", random_suffix());
            sqlx::any::install_default_drivers();
            let admin = sqlx::AnyPool::connect(&format!("{base}/postgres")).await.expect("connect to PostgreSQL (HEARD_TEST_POSTGRES_URL)");
            sqlx::query(&format!("CREATE DATABASE {name}")).execute(&admin).await.expect("create test database");
            admin.close().await;
            format!("{base}/{name}")
        }
    }
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(&[]).await
}

/// Starts Heard with demo data and any extra `HEARD_*` settings.
pub async fn spawn_app_with(extra: &[(&str, &str)]) -> TestApp {
    heard_server::telemetry::init();
    let engine = Engine::from_env();
    let data_dir = std::env::temp_dir().join(format!("heard-test-{}", random_suffix()));
    std::fs::create_dir_all(&data_dir).expect("temp dir");
    let database_url = fresh_database(engine, &data_dir).await;
    spawn_app_on(&database_url, &data_dir, extra).await
}

/// Starts another Heard on an existing database and data folder: a restart, or a second server.
pub async fn spawn_app_on(database_url: &str, data_dir: &std::path::Path, extra: &[(&str, &str)]) -> TestApp {
    heard_server::telemetry::init();
    let engine = Engine::from_env();
    let data_dir = data_dir.to_path_buf();
    let database_url = database_url.to_string();
    let mut vars: HashMap<String, String> = HashMap::from([
        ("HEARD_BIND".into(), "127.0.0.1:0".into()),
        ("HEARD_BASE_URL".into(), "http://127.0.0.1:0".into()),
        ("HEARD_DATA_DIR".into(), data_dir.display().to_string()),
        ("HEARD_DATABASE_URL".into(), database_url.clone()),
        ("HEARD_DEMO".into(), "1".into()),
        ("HEARD_DEMO_PASSWORD".into(), DEMO_PASSWORD.into()),
    ]);
    for (k, v) in extra {
        vars.insert(k.to_string(), v.to_string());
    }
    let settings = Settings::from_vars(&vars).expect("test settings");
    let app = Application::build(settings).await.expect("application builds");
    let address = format!("http://127.0.0.1:{}", app.port());
    let state = app.state().clone();
    let db = state.db.clone();
    tokio::spawn(app.run_until_stopped());
    TestApp { address, client: new_client(), db, engine, data_dir, database_url, server: Some(state) }
}

/// Heard running as a separate process (the real entry point), which a test can kill.
pub struct HeardProcess {
    pub child: std::process::Child,
    pub app: TestApp,
}

impl HeardProcess {
    /// Starts `heard serve` on the database and data folder, with demo data and the extra
    /// settings, and waits until it answers `/health`.
    pub async fn start(binary: &str, database_url: &str, data_dir: &std::path::Path, extra: &[(&str, &str)]) -> HeardProcess {
        let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port();
        let address = format!("http://127.0.0.1:{port}");
        let mut command = std::process::Command::new(binary);
        command
            .arg("serve")
            .env("HEARD_BIND", format!("127.0.0.1:{port}"))
            .env("HEARD_BASE_URL", &address)
            .env("HEARD_DATA_DIR", data_dir)
            .env("HEARD_DATABASE_URL", database_url)
            .env("HEARD_DEMO", "1")
            .env("HEARD_DEMO_PASSWORD", DEMO_PASSWORD)
            .env("HEARD_LOG", std::env::var("HEARD_LOG").unwrap_or_else(|_| "warn".into()))
            .stdin(std::process::Stdio::null());
        for (k, v) in extra {
            command.env(k, v);
        }
        let child = command.spawn().expect("start heard");
        let client = new_client();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        loop {
            let up = client.get(format!("{address}/health")).send().await.map(|r| r.status().is_success()).unwrap_or(false);
            if up {
                break;
            }
            assert!(std::time::Instant::now() < deadline, "heard did not start within a minute");
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        sqlx::any::install_default_drivers();
        let db = sqlx::AnyPool::connect(database_url).await.expect("connect to the process's database");
        let app = TestApp {
            address,
            client,
            db,
            engine: Engine::from_env(),
            data_dir: data_dir.to_path_buf(),
            database_url: database_url.to_string(),
            server: None,
        };
        HeardProcess { child, app }
    }

    /// `kill -9`: no chance to finish anything.
    pub fn kill(mut self) {
        self.child.kill().expect("SIGKILL");
        let _ = self.child.wait();
    }
}

impl Drop for HeardProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A fresh, empty database and data folder for a test that runs its own processes.
pub async fn fresh_place() -> (String, PathBuf) {
    let data_dir = std::env::temp_dir().join(format!("heard-test-{}", random_suffix()));
    std::fs::create_dir_all(&data_dir).expect("temp dir");
    (fresh_database(Engine::from_env(), &data_dir).await, data_dir)
}

/// A browser-like client: keeps cookies, does not follow redirects (tests look at them). A request
/// that takes 30 s fails the test with its error instead of hanging the whole run.
pub fn new_client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(std::time::Duration::from_secs(30))
        .build()
        .expect("client")
}

impl TestApp {
    /// Another browser on the same server and database: its own cookies, nobody signed in.
    pub fn another_browser(&self) -> TestApp {
        TestApp {
            address: self.address.clone(),
            client: new_client(),
            db: self.db.clone(),
            engine: self.engine,
            data_dir: self.data_dir.clone(),
            database_url: self.database_url.clone(),
            server: self.server.clone(),
        }
    }

    /// The running server's state: its clock can be moved forward, its services called.
    pub fn state(&self) -> &app::server::AppState {
        self.server.as_ref().expect("a server running in this test process")
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).header("accept", "text/html").send().await.expect("GET")
    }

    pub async fn get_text(&self, path: &str) -> (u16, String) {
        let response = self.get(path).await;
        let status = response.status().as_u16();
        (status, response.text().await.expect("body"))
    }

    /// A form post as a browser on this site sends it.
    pub async fn post_form(&self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        browser_post(&self.client, &self.address, path, form).await
    }

    pub async fn sign_in(&self, email: &str, password: &str) -> reqwest::Response {
        self.post_form("/api/sign_in", &[("email", email), ("password", password)]).await
    }

    /// Signs in with the demo password and checks it worked. An account that needs two-step
    /// sign-in sets it up the first time (as its owner would, from the set-up page), and gives
    /// a code from its authenticator after that.
    pub async fn sign_in_as(&self, email: &str) {
        let response = self.sign_in(email, DEMO_PASSWORD).await;
        match location(&response).as_str() {
            "/staff" => {}
            "/sign-in/set-up" => {
                self.set_up_two_step(email, true).await;
            }
            "/sign-in/code" => {
                let code = self.authenticator_code(email).await;
                let response = self.post_form("/api/sign_in/code", &[("code", &code)]).await;
                assert_eq!(location(&response), "/staff", "the code step for {email} should let them in");
            }
            other => panic!("sign-in as {email} should succeed, but went to {other:?}"),
        }
    }

    /// Sets up two-step sign-in from the set-up page this client is on (at sign-in, or from the
    /// account), as an authenticator app would: reads the key shown, gives its code. Returns
    /// the recovery codes shown once.
    pub async fn set_up_two_step(&self, email: &str, at_sign_in: bool) -> Vec<String> {
        let page = if at_sign_in { "/sign-in/set-up" } else { "/staff/account/two-step" };
        let (status, html) = self.get_text(page).await;
        assert_eq!(status, 200, "the set-up page");
        let key = scraper::Html::parse_document(&html)
            .select(&scraper::Selector::parse("#two-step-secret").expect("selector"))
            .next()
            .map(|e| e.text().collect::<String>())
            .expect("the set-up page shows the key to type");
        authenticators().lock().expect("lock").insert(self.authenticator_name(email), (key.replace(' ', ""), i64::MIN));
        let code = self.authenticator_code(email).await;
        let at = if at_sign_in { "true" } else { "false" };
        let response = self.post_form("/api/sign_in/confirm_two_step", &[("code", &code), ("at_sign_in", at)]).await;
        assert_eq!(location(&response), "/staff/account/recovery-codes", "the set-up for {email} should be confirmed");
        let (_, html) = self.get_text("/staff/account/recovery-codes").await;
        let codes: Vec<String> = scraper::Html::parse_document(&html)
            .select(&scraper::Selector::parse(".recovery-codes code").expect("selector"))
            .map(|e| e.text().collect())
            .collect();
        assert_eq!(codes.len(), 10, "ten recovery codes are shown once");
        codes
    }

    fn authenticator_name(&self, email: &str) -> String {
        format!("{}|{email}", self.database_url)
    }

    /// What the account's authenticator app shows now: a code for a 30-second step not used
    /// before (the server accepts each code once), waiting for the next step when needed.
    pub async fn authenticator_code(&self, email: &str) -> String {
        let name = self.authenticator_name(email);
        let (key, last) = authenticators().lock().expect("lock").get(&name).cloned().expect("this account has set up two-step sign-in");
        let now = || self.server.as_ref().map(|s| s.clock.now()).unwrap_or_else(|| time::OffsetDateTime::now_utc().unix_timestamp());
        let mut at = now();
        while at.div_euclid(30) <= last {
            match &self.server {
                // The server's clock moves on for it and for the app alike.
                Some(state) => state.clock.advance(30),
                None => tokio::time::sleep(std::time::Duration::from_millis(500)).await,
            }
            at = now();
        }
        authenticators().lock().expect("lock").insert(name, (key.clone(), at.div_euclid(30)));
        totp_code(&key, at)
    }

    /// How many audit events of `action` with exactly `detail` there are, in every council.
    pub async fn audit_count(&self, action: &str, detail: &str) -> i64 {
        let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_events WHERE action = $1 AND detail = $2")
            .bind(action)
            .bind(detail)
            .fetch_one(&self.db)
            .await
            .expect("audit");
        count
    }

    pub async fn sign_out(&self) -> reqwest::Response {
        self.post_form("/api/sign_out", &[]).await
    }

    pub async fn staff_id(&self, email: &str) -> i64 {
        let (id,): (i64,) =
            sqlx::query_as("SELECT id FROM staff WHERE email = $1").bind(email).fetch_one(&self.db).await.expect("staff exists");
        id
    }
}

/// Each account's authenticator as its app holds it: the key, and the last step given.
fn authenticators() -> &'static std::sync::Mutex<HashMap<String, (String, i64)>> {
    static KEYS: std::sync::OnceLock<std::sync::Mutex<HashMap<String, (String, i64)>>> = std::sync::OnceLock::new();
    KEYS.get_or_init(Default::default)
}

/// The six-digit code an authenticator app shows at `at` for a base32 key (RFC 6238 defaults).
pub fn totp_code(base32_key: &str, at: i64) -> String {
    let secret = totp_rs::Secret::Encoded(base32_key.to_string()).to_bytes().expect("a base32 key");
    let totp = totp_rs::TOTP::new_unchecked(totp_rs::Algorithm::SHA1, 6, 1, 30, secret, None, String::new());
    totp.generate(at as u64)
}

/// A form post as a browser on the site at `address` sends it (same-origin headers).
pub async fn browser_post(client: &reqwest::Client, address: &str, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
    client
        .post(format!("{address}{path}"))
        .header("accept", "text/html")
        .header("origin", address)
        .header("sec-fetch-site", "same-origin")
        .form(form)
        .send()
        .await
        .expect("POST")
}

impl TestApp {
    /// Uploads a file to the import check as the import page's form does (multipart, same-origin).
    pub async fn upload_import(&self, name: &str, bytes: Vec<u8>) -> reqwest::Response {
        let part = reqwest::multipart::Part::bytes(bytes).file_name(name.to_string()).mime_str("text/csv").expect("mime");
        self.client
            .post(self.url("/staff/admin/import/check"))
            .header("origin", &self.address)
            .header("sec-fetch-site", "same-origin")
            .multipart(reqwest::multipart::Form::new().part("file", part))
            .send()
            .await
            .expect("upload")
    }
}

/// The `Set-Cookie` header that sets the cookie `name` (a response may set several), or "".
pub fn set_cookie(response: &reqwest::Response, name: &str) -> String {
    let prefix = format!("{name}=");
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with(&prefix))
        .unwrap_or_default()
        .to_string()
}

/// The `Location` header of a redirect, or "" when there is none.
pub fn location(response: &reqwest::Response) -> String {
    response.headers().get("location").and_then(|v| v.to_str().ok()).unwrap_or_default().to_string()
}

/// A date as forms send it.
pub fn form_date(date: time::Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), u8::from(date.month()), date.day())
}

/// Today in the UK, as the server counts days.
pub fn today() -> time::Date {
    app::domain::calendar::uk_time(time::OffsetDateTime::now_utc().unix_timestamp()).date()
}

impl TestApp {
    /// Adds a child (signed in as an IRO or business support) and returns their id.
    pub async fn add_child(&self, preferred_name: &str, looked_after_since: time::Date) -> i64 {
        let since = form_date(looked_after_since);
        let form = [
            ("preferred_name", preferred_name),
            ("full_name", &format!("{preferred_name} Fullname-Private")),
            ("date_of_birth", "2016-03-09"),
            ("preferred_language", "en"),
            ("communication_needs", ""),
            ("looked_after_since", since.as_str()),
            ("legal_basis", "care_order"),
            ("placement_type", ""),
            ("iro_staff_id", ""),
        ];
        let response = self.post_form("/api/save_child", &form).await;
        let target = location(&response);
        target.trim_start_matches("/staff/children/").parse().unwrap_or_else(|_| panic!("child added, went to {target}"))
    }

    /// Books a review for a child and returns its id.
    pub async fn book_review(&self, child_id: i64, meeting_on: time::Date, delay_reason: &str) -> reqwest::Response {
        let child = child_id.to_string();
        let day = form_date(meeting_on);
        self.post_form(
            "/api/save_booking",
            &[
                ("child_id", child.as_str()),
                ("meeting_on", day.as_str()),
                ("meeting_at", "10:30"),
                ("arrangement", "in_person"),
                ("arrangement_details", "Civic Centre, Room 2"),
                ("delay_reason", delay_reason),
                // Today plus some days may be a weekend or bank holiday: confirmed, as a person
                // does when asked (the asking itself is tested in reviews.rs).
                ("non_working_day", day.as_str()),
            ],
        )
        .await
    }

    /// Books a review that must succeed, returning the review's id.
    pub async fn booked_review(&self, child_id: i64, meeting_on: time::Date) -> i64 {
        let response = self.book_review(child_id, meeting_on, "").await;
        let target = location(&response);
        target.trim_start_matches("/staff/reviews/").parse().unwrap_or_else(|_| panic!("review booked, went to {target}"))
    }

    /// Adds an invitee and returns the invitation's id.
    pub async fn add_invitee(&self, review_id: i64, audience: &str, first_name: &str, delivery: &str, email: &str) -> i64 {
        let review = review_id.to_string();
        let response = self
            .post_form(
                "/api/add_invitee",
                &[
                    ("review_id", review.as_str()),
                    ("audience", audience),
                    ("first_name", first_name),
                    ("language", "en"),
                    ("delivery", delivery),
                    ("email", email),
                    ("postal_address", "1 High Street\nTown"),
                ],
            )
            .await;
        assert_eq!(location(&response), format!("/staff/reviews/{review_id}"), "invitee added");
        let (id,): (i64,) = sqlx::query_as("SELECT MAX(id) FROM invitations WHERE review_id = $1")
            .bind(review_id)
            .fetch_one(&self.db)
            .await
            .expect("invitation row");
        id
    }

    pub async fn invitation_action(&self, invitation_id: i64, action: &str) -> reqwest::Response {
        let id = invitation_id.to_string();
        self.post_form("/api/invitation_action", &[("invitation_id", id.as_str()), ("action", action)]).await
    }

    pub async fn invitation_status(&self, invitation_id: i64) -> String {
        let (status,): (String,) =
            sqlx::query_as("SELECT status FROM invitations WHERE id = $1").bind(invitation_id).fetch_one(&self.db).await.expect("status");
        status
    }
}

/// The first working day at least `days` calendar days after `from` whose two working days
/// before are ordinary weekdays too, so a report deadline is plain to work out by hand.
pub fn plain_thursday_after(from: time::Date, days: i64) -> time::Date {
    use app::domain::calendar::is_bank_holiday;
    let mut day = from + time::Duration::days(days);
    loop {
        let week_clear = (0..=3).all(|back| !is_bank_holiday(day - time::Duration::days(back)));
        if day.weekday() == time::Weekday::Thursday && week_clear {
            return day;
        }
        day += time::Duration::days(1);
    }
}

/// Someone without a staff account (a child, parent or carer) with their own cookies.
pub struct Visitor {
    pub client: reqwest::Client,
    pub address: String,
}

impl Visitor {
    pub fn new(app: &TestApp) -> Visitor {
        Visitor { client: new_client(), address: app.address.clone() }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn get_text(&self, path: &str) -> (u16, String) {
        let response = self.client.get(self.url(path)).header("accept", "text/html").send().await.expect("GET");
        let status = response.status().as_u16();
        (status, response.text().await.expect("body"))
    }

    /// A GET that answers with a redirect: where it goes.
    pub async fn redirected_to(&self, path: &str) -> String {
        let response = self.client.get(self.url(path)).header("accept", "text/html").send().await.expect("GET");
        location(&response)
    }

    /// A form post as a browser on this site sends it; returns where it redirects.
    pub async fn post(&self, path: &str, form: &[(&str, &str)]) -> String {
        location(&browser_post(&self.client, &self.address, path, form).await)
    }
}

impl TestApp {
    /// Makes a posted letter for a new invitee and returns its code as printed (signed in as
    /// business support or an IRO).
    pub async fn letter_code(&self, review_id: i64, audience: &str, first_name: &str) -> (i64, String) {
        let invitation = self.add_invitee(review_id, audience, first_name, "post", "").await;
        self.invitation_action(invitation, "letter").await;
        let (status, letter) = self.get_text(&format!("/staff/invitations/{invitation}/letter")).await;
        assert_eq!(status, 200, "the letter page");
        let start = letter.find("letter__code\">").expect("the code") + "letter__code\">".len();
        (invitation, letter[start..].chars().take(11).collect())
    }

    /// Confirms a review's meeting as the signed-in IRO, with the details their review page showed;
    /// returns where it redirected.
    pub async fn confirm_meeting(&self, review_id: i64) -> String {
        let (_, page) = self.get_text(&format!("/staff/reviews/{review_id}")).await;
        let seen = page.split("name=\"seen\" value=\"").nth(1).and_then(|rest| rest.split('"').next()).unwrap_or_default().to_string();
        location(&self.post_form("/api/confirm_meeting", &[("review_id", &review_id.to_string()), ("seen", &seen)]).await)
    }

    /// Makes a demo IRO the allocated IRO of the child a review is for.
    pub async fn allocate_iro(&self, review_id: i64, iro_email: &str) {
        let iro = self.staff_id(iro_email).await;
        sqlx::query("UPDATE children SET iro_staff_id = $1 WHERE id = (SELECT child_id FROM reviews WHERE id = $2)")
            .bind(iro)
            .bind(review_id)
            .execute(&self.db)
            .await
            .expect("allocate IRO");
    }

    /// A visitor who came in with a letter's code: (visitor, invitation id, where entry sent them).
    pub async fn invitee(&self, review_id: i64, audience: &str, first_name: &str) -> (Visitor, i64, String) {
        let (invitation, code) = self.letter_code(review_id, audience, first_name).await;
        let visitor = Visitor::new(self);
        let landed = visitor.post("/api/enter_code", &[("code", &code)]).await;
        (visitor, invitation, landed)
    }
}
