//! Two-step sign-in: admins must set it up before they are let in; after that a code from the
//! app (each accepted once) or a recovery code (each usable once); wrong codes are limited like
//! wrong passwords; other staff may turn it on and off unless their council requires it; an
//! admin can reset a member of their own council only.

use heard_tests::{location, spawn_app, DEMO_PASSWORD};

const ADMIN: &str = "admin@dyffryn.example";
const IRO: &str = "iro@dyffryn.example";

#[tokio::test]
async fn an_admin_sets_it_up_at_first_sign_in_then_gives_a_code_each_time() {
    let app = spawn_app().await;
    let first = app.sign_in(ADMIN, DEMO_PASSWORD).await;
    assert_eq!(location(&first), "/sign-in/set-up", "an admin without two-step sign-in sets it up first");
    assert_eq!(location(&app.get("/staff").await), "/sign-in", "a right password alone does not let an admin in");

    // The page shows a QR code and the key to type; a wrong code is refused where it was typed.
    let (status, page) = app.get_text("/sign-in/set-up").await;
    assert_eq!(status, 200);
    assert!(page.contains("<svg") && page.contains("id=\"two-step-secret\""), "QR code and key shown");
    let wrong = app.post_form("/api/sign_in/confirm_two_step", &[("code", "000000"), ("at_sign_in", "true")]).await;
    assert_eq!(location(&wrong), "/sign-in/set-up");
    let (_, page) = app.get_text("/sign-in/set-up").await;
    assert!(page.contains("That code did not work"), "the wrong code is explained");
    let letters = app.post_form("/api/sign_in/confirm_two_step", &[("code", "abc"), ("at_sign_in", "true")]).await;
    assert_eq!(location(&letters), "/sign-in/set-up");
    let (_, page) = app.get_text("/sign-in/set-up").await;
    assert!(page.contains("Enter the 6-digit code your app shows"), "a code of the wrong shape is explained");

    let codes = app.set_up_two_step(ADMIN, true).await;
    assert_eq!(app.get("/staff").await.status(), 200, "set up, and in");
    let (again, _) = app.get_text("/staff/account/recovery-codes").await;
    assert_eq!(again, 200);
    let (_, page) = app.get_text("/staff/account/recovery-codes").await;
    assert!(!page.contains(&codes[0]), "recovery codes are shown once");

    // The database holds the secret sealed, and the recovery codes as hashes only.
    let (sealed,): (String,) = sqlx::query_as("SELECT sealed_secret FROM staff_two_step").fetch_one(&app.db).await.expect("stored");
    assert!(sealed.starts_with("v1."), "sealed: {sealed}");
    let hashes: Vec<(String,)> = sqlx::query_as("SELECT code_hash FROM staff_recovery_codes").fetch_all(&app.db).await.expect("codes");
    assert_eq!(hashes.len(), 10);
    assert!(hashes.iter().all(|(h,)| !codes.iter().any(|c| h.contains(&c.replace('-', "")))));
    assert_eq!(app.audit_count("staff.two_step_on", "").await, 1);

    // Next time: the code step. A wrong code is refused; the right one lets them in.
    app.sign_out().await;
    assert_eq!(location(&app.sign_in(ADMIN, DEMO_PASSWORD).await), "/sign-in/code");
    assert_eq!(location(&app.get("/staff").await), "/sign-in", "not in before the code");
    let wrong = app.post_form("/api/sign_in/code", &[("code", "000000")]).await;
    assert_eq!(location(&wrong), "/sign-in/code");
    let (_, page) = app.get_text("/sign-in/code").await;
    assert!(page.contains("That code did not work"));
    // Past the password only, the set-up cannot replace the authenticator: the way on is the code.
    let (_, page) = app.get_text("/sign-in/set-up").await;
    assert!(page.contains("already on") && !page.contains("two-step-secret"), "{page}");
    let replaced = app.post_form("/api/sign_in/confirm_two_step", &[("code", "123456"), ("at_sign_in", "true")]).await;
    assert_eq!(location(&replaced), "/sign-in/set-up");
    let (still,): (String,) = sqlx::query_as("SELECT sealed_secret FROM staff_two_step").fetch_one(&app.db).await.expect("stored");
    assert_eq!(still, sealed, "the authenticator is as it was");
    assert_eq!(location(&app.get("/staff").await), "/sign-in");

    let code = app.authenticator_code(ADMIN).await;
    assert_eq!(location(&app.post_form("/api/sign_in/code", &[("code", &code)]).await), "/staff");
    assert_eq!(app.audit_count("staff.sign_in", "app_code").await, 1);

    // The same code again, in another browser within its 30 seconds: refused (used once).
    let other = app.another_browser();
    assert_eq!(location(&other.sign_in(ADMIN, DEMO_PASSWORD).await), "/sign-in/code");
    assert_eq!(location(&other.post_form("/api/sign_in/code", &[("code", &code)]).await), "/sign-in/code", "a code is accepted once");
    assert_eq!(location(&other.get("/staff").await), "/sign-in", "not let in with a used code");
    assert_eq!(app.audit_count("staff.sign_in", "app_code").await, 1, "no second sign-in");

    // A recovery code works once, typed as printed or not, and says how many are left.
    let recovery = codes[3].to_uppercase().replace('-', " ");
    assert_eq!(location(&other.post_form("/api/sign_in/code", &[("code", &recovery)]).await), "/staff");
    let (_, home) = other.get_text("/staff").await;
    assert!(home.contains("You have 9 left"), "the notice counts what is left");
    assert_eq!(app.audit_count("staff.sign_in", "recovery_code").await, 1);
    other.sign_out().await;
    other.sign_in(ADMIN, DEMO_PASSWORD).await;
    assert_eq!(location(&other.post_form("/api/sign_in/code", &[("code", &codes[3])]).await), "/sign-in/code", "used once only");
}

#[tokio::test]
async fn wrong_codes_are_limited_like_passwords_and_the_step_times_out() {
    let app = spawn_app().await;
    app.sign_in_as(ADMIN).await;
    app.sign_out().await;

    assert_eq!(location(&app.sign_in(ADMIN, DEMO_PASSWORD).await), "/sign-in/code");
    let empty = app.post_form("/api/sign_in/code", &[("code", "  ")]).await;
    assert_eq!(location(&empty), "/sign-in/code");
    let (_, page) = app.get_text("/sign-in/code").await;
    assert!(page.contains("Enter the code from your app"));
    for _ in 0..5 {
        app.post_form("/api/sign_in/code", &[("code", "123456")]).await;
    }
    let code = app.authenticator_code(ADMIN).await;
    let locked = app.post_form("/api/sign_in/code", &[("code", &code)]).await;
    assert_eq!(location(&locked), "/sign-in/code");
    let (_, page) = app.get_text("/sign-in/code").await;
    assert!(page.contains("Too many tries"), "after five wrong codes even the right one waits");
    assert_eq!(location(&app.get("/staff").await), "/sign-in");

    // A new browser, a quarter of an hour later: the password step is good for ten minutes only.
    let later = app.another_browser();
    app.state().clock.advance(16 * 60);
    assert_eq!(location(&later.sign_in(ADMIN, DEMO_PASSWORD).await), "/sign-in/code");
    app.state().clock.advance(11 * 60);
    let code = later.authenticator_code(ADMIN).await;
    assert_eq!(location(&later.post_form("/api/sign_in/code", &[("code", &code)]).await), "/sign-in", "too late: sign in again");
    // Nobody who has not given a password reaches the code step at all.
    let stranger = app.another_browser();
    assert_eq!(location(&stranger.post_form("/api/sign_in/code", &[("code", &code)]).await), "/sign-in");
    let (status, page) = stranger.get_text("/sign-in/set-up").await;
    assert!(status < 500 && !page.contains("two-step-secret"), "no key for someone who gave no password ({status})");
}

#[tokio::test]
async fn others_choose_it_unless_their_council_requires_it() {
    let app = spawn_app().await;
    app.sign_in_as(IRO).await;
    let (_, account) = app.get_text("/staff/account").await;
    assert!(account.contains("Two-step sign-in is off"));

    let first_codes = app.set_up_two_step(IRO, false).await;
    let (_, account) = app.get_text("/staff/account").await;
    assert!(account.contains("You have 10 recovery codes left"), "{account}");
    let (_, set_up) = app.get_text("/staff/account/two-step").await;
    assert!(set_up.contains("already on"), "no second set-up over the first");

    // New codes need a code; the old ones stop working.
    let no_code = app.post_form("/api/manage_two_step", &[("action", "new_codes"), ("code", "")]).await;
    assert_eq!(location(&no_code), "/staff/account");
    let (_, account) = app.get_text("/staff/account").await;
    assert!(account.contains("Enter the code from your app"));
    let code = app.authenticator_code(IRO).await;
    let renewed = app.post_form("/api/manage_two_step", &[("action", "new_codes"), ("code", &code)]).await;
    assert_eq!(location(&renewed), "/staff/account/recovery-codes");
    let (_, shown) = app.get_text("/staff/account/recovery-codes").await;
    assert!(shown.contains("Your new recovery codes are ready") && !shown.contains(&first_codes[0]));
    let (left,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM staff_recovery_codes WHERE used_at IS NULL").fetch_one(&app.db).await.expect("codes");
    assert_eq!(left, 10, "the old codes are gone, ten new ones in their place");

    // Off, with a code: the next sign-in is the password alone.
    let code = app.authenticator_code(IRO).await;
    let off = app.post_form("/api/manage_two_step", &[("action", "turn_off"), ("code", &code)]).await;
    assert_eq!(location(&off), "/staff/account");
    app.sign_out().await;
    assert_eq!(location(&app.sign_in(IRO, DEMO_PASSWORD).await), "/staff");
    app.sign_out().await;

    // The council requires it of everyone: the IRO sets it up at their next sign-in and may
    // not turn it off.
    let admin = app.another_browser();
    admin.sign_in_as(ADMIN).await;
    let (_, staff_page) = admin.get_text("/staff/admin/staff").await;
    assert!(staff_page.contains("Everyone must use two-step sign-in"));
    assert_eq!(location(&admin.post_form("/api/set_two_step_rule", &[("everyone", "1")]).await), "/staff/admin/staff");
    assert_eq!(app.audit_count("settings.two_step", "everyone").await, 1);
    assert_eq!(location(&app.sign_in(IRO, DEMO_PASSWORD).await), "/sign-in/set-up");
    app.set_up_two_step(IRO, true).await;
    let code = app.authenticator_code(IRO).await;
    app.post_form("/api/manage_two_step", &[("action", "turn_off"), ("code", &code)]).await;
    let (_, account) = app.get_text("/staff/account").await;
    assert!(account.contains("Your account must keep two-step sign-in"), "{account}");
    assert!(!account.contains("Turn off two-step sign-in"), "no button for what may not be done");
}

#[tokio::test]
async fn an_admin_resets_a_member_of_their_own_council_only() {
    let app = spawn_app().await;
    app.sign_in_as(IRO).await;
    app.set_up_two_step(IRO, false).await;
    let iro_id = app.staff_id(IRO).await.to_string();

    // Another council's admin: as if the member did not exist.
    let theirs = app.another_browser();
    theirs.sign_in_as("admin@glannau.example").await;
    theirs.post_form("/api/reset_two_step", &[("staff_id", &iro_id)]).await;
    let (on,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM staff_two_step").fetch_one(&app.db).await.expect("rows");
    assert_eq!(on, 2, "the IRO's and the other admin's own still on");
    // Nor may an IRO reset anyone, nor anyone change the rule but an admin.
    app.post_form("/api/reset_two_step", &[("staff_id", &iro_id)]).await;
    app.post_form("/api/set_two_step_rule", &[("everyone", "1")]).await;
    let (everyone,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM authorities WHERE two_step_for_everyone = 1").fetch_one(&app.db).await.expect("rule");
    let (on,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM staff_two_step").fetch_one(&app.db).await.expect("rows");
    assert_eq!((on, everyone), (2, 0));

    let admin = app.another_browser();
    admin.sign_in_as(ADMIN).await;
    let (_, staff_page) = admin.get_text("/staff/admin/staff").await;
    assert!(staff_page.contains("Reset two-step sign-in for"), "a reset button beside members who have it");
    let reset = admin.post_form("/api/reset_two_step", &[("staff_id", &iro_id)]).await;
    assert_eq!(location(&reset), "/staff/admin/staff");
    let (_, staff_page) = admin.get_text("/staff/admin/staff").await;
    assert!(staff_page.contains("Two-step sign-in was reset"));
    assert_eq!(app.audit_count("staff.two_step_reset", "").await, 1);
    app.sign_out().await;
    assert_eq!(location(&app.sign_in(IRO, DEMO_PASSWORD).await), "/staff", "the IRO signs in with their password again");
}
