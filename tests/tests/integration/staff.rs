//! Staff sign-in, sessions, throttling, and administration within one authority.

use heard_tests::{location, new_client, spawn_app, DEMO_PASSWORD};

#[tokio::test]
async fn staff_pages_need_a_sign_in() {
    let app = spawn_app().await;
    for path in ["/staff", "/staff/account", "/staff/admin/staff"] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 303, "{path}");
        assert_eq!(location(&response), "/sign-in");
    }
}

#[tokio::test]
async fn an_iro_signs_in_sees_their_home_and_signs_out() {
    let app = spawn_app().await;
    let before = app.get("/sign-in").await;
    assert_eq!(before.status(), 200);

    app.sign_in_as("iro@dyffryn.example").await;
    let (status, home) = app.get_text("/staff").await;
    assert_eq!(status, 200);
    assert!(home.contains("Signed in as Iola Roberts"), "{home}");
    assert!(home.contains("Meetings in the next four weeks") && home.contains("Overdue or not booked"), "{home}");
    assert!(home.contains("Dyffryn County Council"));
    // Their own children, and no one else's.
    for name in ["Cadi", "Osian", "Jade"] {
        assert!(home.contains(&format!(">{name}</a>")), "{name}");
    }
    assert!(!home.contains("Tomos"), "another IRO's child");
    assert!(!home.contains("Leo") && !home.contains("Ffion"), "another authority's children");

    let response = app.sign_out().await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/sign-in");
    assert_eq!(app.get("/staff").await.status(), 303);
    let (_, page) = app.get_text("/sign-in").await;
    assert!(page.contains("You have signed out."));
}

#[tokio::test]
async fn signing_out_ends_the_session_on_the_server() {
    let app = spawn_app().await;
    let client = new_client();
    let response = client
        .post(app.url("/api/sign_in"))
        .header("accept", "text/html")
        .form(&[("email", "iro@dyffryn.example"), ("password", DEMO_PASSWORD)])
        .send()
        .await
        .expect("POST");
    let cookie = heard_tests::set_cookie(&response, "heard_session");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain http in tests: no Secure flag");
    // Keep a copy of the cookie, as someone who stole it would.
    let stolen = cookie.split(';').next().unwrap_or_default().to_string();
    let replay = new_client().get(app.url("/staff")).header("cookie", &stolen).send().await.expect("GET");
    assert_eq!(replay.status(), 200, "the copy works while the session lives");

    client.post(app.url("/api/sign_out")).send().await.expect("sign out");
    let replay = new_client().get(app.url("/staff")).header("cookie", &stolen).send().await.expect("GET");
    assert_eq!(replay.status(), 303, "a copied cookie is useless after sign-out");
}

#[tokio::test]
async fn the_session_id_changes_at_sign_in() {
    let app = spawn_app().await;
    // A failed attempt creates an anonymous session (it carries the error message).
    let failed = app.sign_in("iro@dyffryn.example", "wrong password here").await;
    let anonymous = heard_tests::set_cookie(&failed, "heard_session").split(';').next().unwrap_or_default().to_string();
    assert!(anonymous.starts_with("heard_session="), "{anonymous}");
    let ok = app.sign_in("iro@dyffryn.example", DEMO_PASSWORD).await;
    let signed_in = heard_tests::set_cookie(&ok, "heard_session").split(';').next().unwrap_or_default().to_string();
    assert!(signed_in.starts_with("heard_session="));
    assert_ne!(anonymous, signed_in);
}

#[tokio::test]
async fn session_ids_are_stored_only_as_hashes() {
    let app = spawn_app().await;
    let response = app.sign_in("iro@dyffryn.example", DEMO_PASSWORD).await;
    let cookie = heard_tests::set_cookie(&response, "heard_session");
    let value = cookie.split(';').next().and_then(|p| p.split_once('=')).map(|(_, v)| v.to_string()).unwrap_or_default();
    let rows: Vec<(String,)> = sqlx::query_as("SELECT id_hash FROM sessions").fetch_all(&app.db).await.expect("rows");
    assert!(!rows.is_empty());
    for (hash,) in rows {
        assert_eq!(hash.len(), 64);
        assert!(!value.contains(&hash) && !hash.contains(value.split('.').next().unwrap_or("x")));
    }
}

#[tokio::test]
async fn wrong_password_and_unknown_email_get_the_same_answer() {
    let app = spawn_app().await;
    let wrong = app.sign_in("iro@dyffryn.example", "not the password").await;
    assert_eq!(wrong.status(), 303);
    assert_eq!(location(&wrong), "/sign-in");
    let (_, wrong_page) = app.get_text("/sign-in").await;

    let unknown = app.sign_in("nobody@nowhere.example", "not the password").await;
    assert_eq!(unknown.status(), 303);
    assert_eq!(location(&unknown), "/sign-in");
    let (_, unknown_page) = app.get_text("/sign-in").await;

    let message = "That email and password did not match. Check them and try again.";
    assert!(wrong_page.contains(message));
    assert!(unknown_page.contains(message));
    // What was typed is kept, except the password.
    assert!(unknown_page.contains(r#"value="nobody@nowhere.example""#));
    assert!(!unknown_page.contains("not the password"));
}

#[tokio::test]
async fn empty_sign_in_is_explained() {
    let app = spawn_app().await;
    app.sign_in("", "").await;
    let (_, page) = app.get_text("/sign-in").await;
    assert!(page.contains("Enter your email address and password."));
}

#[tokio::test]
async fn repeated_failures_lock_the_account_for_a_while() {
    let app = spawn_app().await;
    for _ in 0..5 {
        app.sign_in("iro@dyffryn.example", "guessing wrongly").await;
    }
    // Even the right password is refused while locked, with a clear wait.
    let response = app.sign_in("iro@dyffryn.example", DEMO_PASSWORD).await;
    assert_eq!(location(&response), "/sign-in");
    let (_, page) = app.get_text("/sign-in").await;
    assert!(page.contains("Too many tries. Try again in 15 minutes."), "{page}");
    assert_eq!(app.get("/staff").await.status(), 303);

    // Another account from the same address is still allowed (the address limit is higher).
    app.sign_in_as("support@dyffryn.example").await;
}

/// Someone who knows a staff email cannot lock its owner out: their guesses hold back browsers
/// the account has never signed in on, while the owner's own browser (which keeps a device
/// cookie from an earlier sign-in) still gets in, and has a count of its own.
#[tokio::test]
async fn guessing_from_elsewhere_does_not_lock_the_owner_out_of_their_own_browser() {
    let app = spawn_app().await;
    app.sign_in_as("iro@dyffryn.example").await;
    app.sign_out().await;

    let stranger = heard_tests::new_client();
    for _ in 0..6 {
        heard_tests::browser_post(&stranger, &app.address, "/api/sign_in", &[("email", "iro@dyffryn.example"), ("password", "guess")])
            .await;
    }
    let with_password = heard_tests::browser_post(
        &stranger,
        &app.address,
        "/api/sign_in",
        &[("email", "IRO@dyffryn.example"), ("password", DEMO_PASSWORD)],
    )
    .await;
    assert_eq!(location(&with_password), "/sign-in", "a browser the account never used is held back");
    // A device cookie made up, or given for another account, counts for nothing.
    let forged = heard_tests::new_client();
    let response = forged
        .post(app.url("/api/sign_in"))
        .header("origin", &app.address)
        .header("sec-fetch-site", "same-origin")
        .header("cookie", "heard_device=00ff.forged")
        .form(&[("email", "iro@dyffryn.example"), ("password", DEMO_PASSWORD)])
        .send()
        .await
        .expect("POST");
    assert_eq!(location(&response), "/sign-in");

    // Her own browser signs in as usual.
    let response = app.sign_in("iro@dyffryn.example", DEMO_PASSWORD).await;
    assert_eq!(location(&response), "/staff", "the owner's browser is not locked out");
    let cookie = response.headers().get_all("set-cookie").iter().filter_map(|v| v.to_str().ok()).find(|c| c.starts_with("heard_device="));
    let cookie = cookie.expect("the device cookie is renewed");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/api/sign_in"), "{cookie}");
    app.sign_out().await;

    // Guessing on her own browser is limited too, on its own count.
    for _ in 0..5 {
        app.sign_in("iro@dyffryn.example", "guess").await;
    }
    let response = app.sign_in("iro@dyffryn.example", DEMO_PASSWORD).await;
    assert_eq!(location(&response), "/sign-in");
    let (_, page) = app.get_text("/sign-in").await;
    assert!(page.contains("Too many tries."), "{page}");
}

#[tokio::test]
async fn throttling_is_said_in_welsh_too() {
    let app = spawn_app().await;
    app.post_form("/api/set_language", &[("lang", "cy"), ("back", "/")]).await;
    for _ in 0..6 {
        app.sign_in("iro@dyffryn.example", "guessing wrongly").await;
    }
    let (_, page) = app.get_text("/sign-in").await;
    assert!(page.contains("Gormod o gynigion. Rhowch gynnig arall arni ymhen 15 munud."), "{page}");
}

#[tokio::test]
async fn each_role_has_its_own_home() {
    let app = spawn_app().await;
    for (email, heading) in [
        ("iro@dyffryn.example", "Meetings in the next four weeks"),
        ("support@dyffryn.example", "To book this month ("),
        ("manager@dyffryn.example", "Reports"),
        ("admin@dyffryn.example", "Manage staff"),
    ] {
        app.sign_in_as(email).await;
        let (status, body) = app.get_text("/staff").await;
        assert_eq!(status, 200);
        assert!(body.contains(heading), "{email}: {heading}");
        app.sign_out().await;
    }
}

#[tokio::test]
async fn an_admin_adds_staff_who_can_then_sign_in() {
    let app = spawn_app().await;
    app.sign_in_as("admin@dyffryn.example").await;
    let response = app
        .post_form(
            "/api/add_staff",
            &[("display_name", "Nia Newydd"), ("email", "Nia@Dyffryn.example"), ("role", "iro"), ("password", "a brand new passphrase")],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/staff/admin/staff");
    let (_, page) = app.get_text("/staff/admin/staff").await;
    assert!(page.contains("Nia Newydd was added."));
    assert!(page.contains("nia@dyffryn.example"));
    app.sign_out().await;

    let response = app.sign_in("nia@dyffryn.example", "a brand new passphrase").await;
    assert_eq!(location(&response), "/staff");
    let (_, home) = app.get_text("/staff").await;
    assert!(home.contains("No children are allocated to you yet."), "a new IRO's home: {home}");

    let (count,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM audit_events WHERE action = 'staff.added'").fetch_one(&app.db).await.expect("audit");
    assert_eq!(count, 1);
}

#[tokio::test]
async fn bad_staff_details_are_explained_and_nothing_is_lost_or_half_written() {
    let app = spawn_app().await;
    app.sign_in_as("admin@dyffryn.example").await;
    let (before,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM staff").fetch_one(&app.db).await.expect("count");
    let response = app
        .post_form(
            "/api/add_staff",
            &[("display_name", "Rhodri <b>Bold</b>"), ("email", "iro@dyffryn.example"), ("role", "wizard"), ("password", "short")],
        )
        .await;
    assert_eq!(location(&response), "/staff/admin/staff");
    let (_, page) = app.get_text("/staff/admin/staff").await;
    assert!(page.contains("Someone already uses that email address."));
    assert!(page.contains("Choose a role."));
    assert!(page.contains("The password must be at least 12 characters."));
    // The typed name comes back, escaped as text.
    assert!(page.contains("Rhodri &lt;b&gt;Bold&lt;/b&gt;"), "{page}");
    assert!(!page.contains("<b>Bold</b>"));
    let (after,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM staff").fetch_one(&app.db).await.expect("count");
    assert_eq!(before, after);
}

#[tokio::test]
async fn only_admins_manage_staff() {
    let app = spawn_app().await;
    app.sign_in_as("iro@dyffryn.example").await;
    let (_, page) = app.get_text("/staff/admin/staff").await;
    assert!(!page.contains("support@dyffryn.example"), "an IRO does not see the staff list");
    app.post_form(
        "/api/add_staff",
        &[("display_name", "Sly"), ("email", "sly@dyffryn.example"), ("role", "admin"), ("password", "a long enough password")],
    )
    .await;
    let (count,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM staff WHERE email = 'sly@dyffryn.example'").fetch_one(&app.db).await.expect("count");
    assert_eq!(count, 0);
}

#[tokio::test]
async fn an_admin_cannot_touch_another_authoritys_staff() {
    let app = spawn_app().await;
    let target = app.staff_id("iro@dyffryn.example").await;
    app.sign_in_as("admin@glannau.example").await;
    let (_, list) = app.get_text("/staff/admin/staff").await;
    assert!(!list.contains("dyffryn.example"), "only Glannau staff are listed");
    let response = app.post_form("/api/set_staff_active", &[("staff_id", &target.to_string()), ("active", "false")]).await;
    assert_eq!(location(&response), "/staff/admin/staff");
    let (_, page) = app.get_text("/staff/admin/staff").await;
    assert!(page.contains("We could not find that."));
    let (active,): (i64,) = sqlx::query_as("SELECT active FROM staff WHERE id = $1").bind(target).fetch_one(&app.db).await.expect("row");
    assert_eq!(active, 1);
}

#[tokio::test]
async fn disabling_staff_stops_them_at_once() {
    let app = spawn_app().await;
    let iro = app.another_browser();
    iro.sign_in_as("iro@dyffryn.example").await;
    assert_eq!(iro.get("/staff").await.status(), 200);

    app.sign_in_as("admin@dyffryn.example").await;
    let id = app.staff_id("iro@dyffryn.example").await;
    app.post_form("/api/set_staff_active", &[("staff_id", &id.to_string()), ("active", "false")]).await;
    let (_, page) = app.get_text("/staff/admin/staff").await;
    assert!(page.contains("Iola Roberts can no longer sign in."));

    assert_eq!(iro.get("/staff").await.status(), 303, "their open session ends");
    let again = iro.sign_in("iro@dyffryn.example", DEMO_PASSWORD).await;
    assert_eq!(location(&again), "/sign-in");

    // Admins cannot lock themselves out.
    let me = app.staff_id("admin@dyffryn.example").await;
    app.post_form("/api/set_staff_active", &[("staff_id", &me.to_string()), ("active", "false")]).await;
    let (_, page) = app.get_text("/staff/admin/staff").await;
    assert!(page.contains("You cannot disable your own account."));

    // Re-enabling restores access.
    app.post_form("/api/set_staff_active", &[("staff_id", &id.to_string()), ("active", "true")]).await;
    iro.sign_in_as("iro@dyffryn.example").await;
}

#[tokio::test]
async fn staff_change_their_own_password() {
    let app = spawn_app().await;
    app.sign_in_as("manager@dyffryn.example").await;
    app.post_form("/api/change_password", &[("current_password", "wrong one entirely"), ("new_password", "a fresh long password")]).await;
    let (_, page) = app.get_text("/staff/account").await;
    assert!(page.contains("Your current password was not right."));

    app.post_form("/api/change_password", &[("current_password", DEMO_PASSWORD), ("new_password", "a fresh long password")]).await;
    let (_, page) = app.get_text("/staff/account").await;
    assert!(page.contains("Your password was changed."));
    app.sign_out().await;
    assert_eq!(location(&app.sign_in("manager@dyffryn.example", DEMO_PASSWORD).await), "/sign-in");
    assert_eq!(location(&app.sign_in("manager@dyffryn.example", "a fresh long password").await), "/staff");
}

#[tokio::test]
async fn the_audit_trail_cannot_be_changed() {
    let app = spawn_app().await;
    app.sign_in_as("iro@dyffryn.example").await;
    let (count,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM audit_events WHERE action = 'staff.sign_in'").fetch_one(&app.db).await.expect("count");
    assert_eq!(count, 1);
    let (detail, ip): (String, String) =
        sqlx::query_as("SELECT detail, ip FROM audit_events WHERE action = 'staff.sign_in'").fetch_one(&app.db).await.expect("row");
    assert!(!detail.contains('@'), "no personal data in the audit detail");
    assert_eq!(ip, "127.0.0.1");
    assert!(sqlx::query("UPDATE audit_events SET action = 'x'").execute(&app.db).await.is_err());
    assert!(sqlx::query("DELETE FROM audit_events").execute(&app.db).await.is_err());
    let (after,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_events").fetch_one(&app.db).await.expect("count");
    assert!(after >= 1);
}

#[tokio::test]
async fn demo_data_is_not_duplicated_on_restart() {
    let app = spawn_app().await;
    let (before,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM staff").fetch_one(&app.db).await.expect("count");
    let vars = std::collections::HashMap::from([
        ("HEARD_BIND".to_string(), "127.0.0.1:0".to_string()),
        ("HEARD_DATA_DIR".to_string(), app.data_dir.display().to_string()),
        ("HEARD_DATABASE_URL".to_string(), app.database_url.clone()),
        ("HEARD_DEMO".to_string(), "1".to_string()),
        ("HEARD_DEMO_PASSWORD".to_string(), DEMO_PASSWORD.to_string()),
    ]);
    let settings = heard_server::configuration::Settings::from_vars(&vars).expect("settings");
    let again = heard_server::startup::Application::build(settings).await.expect("second start");
    let (after,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM staff").fetch_one(&again.state().db).await.expect("count");
    assert_eq!(before, after);
    assert_eq!(after, 9);
    let (children,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM children").fetch_one(&again.state().db).await.expect("count");
    assert_eq!(children, 6);
}

#[tokio::test]
async fn behind_https_the_session_cookie_is_secure_and_host_bound() {
    let app = heard_tests::spawn_app_with(&[("HEARD_BASE_URL", "https://heard.example.gov.uk")]).await;
    let response = app
        .client
        .post(app.url("/api/sign_in"))
        .form(&[("email", "iro@dyffryn.example"), ("password", DEMO_PASSWORD)])
        .send()
        .await
        .expect("POST");
    let cookies: Vec<&str> = response.headers().get_all("set-cookie").iter().filter_map(|v| v.to_str().ok()).collect();
    let cookie = cookies.iter().find(|c| c.starts_with("__Host-heard_session=")).unwrap_or_else(|| panic!("{cookies:?}"));
    assert!(cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.contains("Path=/"), "{cookie}");
    let device = cookies.iter().find(|c| c.starts_with("__Secure-heard_device=")).unwrap_or_else(|| panic!("{cookies:?}"));
    assert!(device.contains("Secure") && device.contains("HttpOnly") && device.contains("SameSite=Strict"), "{device}");
    let hsts = response.headers().get("strict-transport-security").and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
    assert!(hsts.contains("max-age=31536000"), "{hsts}");
}

#[tokio::test]
async fn a_session_ends_ten_hours_after_sign_in_however_active() {
    let app = spawn_app().await;
    app.sign_in_as("iro@dyffryn.example").await;
    assert_eq!(app.get("/staff").await.status(), 200);
    // Move the sign-in time back eleven hours, as if the person had stayed active all day.
    let rows: Vec<(String, String)> = sqlx::query_as("SELECT id_hash, data FROM sessions").fetch_all(&app.db).await.expect("rows");
    let mut moved = 0;
    for (id_hash, data) in rows {
        let mut record: serde_json::Value = serde_json::from_str(&data).expect("session json");
        if let Some(at) = record["data"]["signed_in_at"].as_i64() {
            record["data"]["signed_in_at"] = serde_json::json!(at - 11 * 3600);
            sqlx::query("UPDATE sessions SET data = $1 WHERE id_hash = $2")
                .bind(record.to_string())
                .bind(id_hash)
                .execute(&app.db)
                .await
                .expect("update");
            moved += 1;
        }
    }
    assert_eq!(moved, 1);
    assert_eq!(app.get("/staff").await.status(), 303, "the session is over");
}

#[tokio::test]
async fn admins_adding_the_same_address_at_once_are_told_it_is_taken() {
    let app = spawn_app().await;
    // Four sessions of the admin, each adding the same new address at the same moment: each
    // passes the "already in use?" check before any has written, so the database's own unique
    // rule decides, and the losers must hear the same words as if the check had caught them.
    let mut admins = Vec::new();
    for _ in 0..4 {
        let admin = app.another_browser();
        admin.sign_in_as("admin@dyffryn.example").await;
        admins.push(admin.client);
    }
    let adds: Vec<_> = admins
        .iter()
        .cloned()
        .map(|client| {
            let address = app.address.clone();
            tokio::spawn(async move {
                heard_tests::browser_post(
                    &client,
                    &address,
                    "/api/add_staff",
                    &[
                        ("display_name", "Twm Twice"),
                        ("email", "twm@dyffryn.example"),
                        ("role", "iro"),
                        ("password", "a long enough password"),
                    ],
                )
                .await
            })
        })
        .collect();
    let mut responses = Vec::new();
    for add in adds {
        responses.push(add.await.expect("the add finished"));
    }
    let mut added = 0;
    let mut taken = 0;
    for (client, response) in admins.iter().zip(responses) {
        assert_eq!(response.status(), 303);
        let page = client.get(app.url("/staff/admin/staff")).send().await.expect("page").text().await.expect("body");
        assert!(!page.contains("Something went wrong"), "{page}");
        if page.contains("Twm Twice was added.") {
            added += 1;
        } else {
            assert!(page.contains("Someone already uses that email address."), "{page}");
            taken += 1;
        }
    }
    assert_eq!((added, taken), (1, 3));
    let (count,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM staff WHERE email = 'twm@dyffryn.example'").fetch_one(&app.db).await.expect("count");
    assert_eq!(count, 1);
}
