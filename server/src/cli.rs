//! The command line: `heard` serves; `heard create-admin` adds the first administrator.

use crate::configuration::Settings;
use crate::startup::Application;
use app::domain::staff::{EmailAddress, NewPassword, PersonName};
use app::model::Role;
use app::server::db;
use secrecy::ExposeSecret;

const HELP: &str = "\
Usage:
  heard [serve]            serve Heard (settings from HEARD_* environment variables)
  heard migrate            bring the database schema up to date and stop
  heard create-admin --authority SLUG --email EMAIL --name NAME
                     [--authority-name-en NAME --authority-name-cy NAME] [--welsh-first]
                     [--create-database]
                           add an administrator; the password is read from HEARD_ADMIN_PASSWORD
                           or, when that is unset, from the first line of standard input.
                           A SQLite file that does not exist yet is made only with --create-database
                           (a mistyped path would otherwise give an admin on an empty database)
  heard reset-two-step --email EMAIL
                           turn off a member's two-step sign-in (a lost phone and no recovery
                           codes, with no other admin to reset it); they set it up again at
                           their next sign-in if they must have it
  heard backup FILE        a consistent copy of the running SQLite database in FILE (keep the
                           session key with it: without it no link or code works)
  heard help               show this";

/// The process's entry point (the `heard` binary, and the copy the crash tests run): logs,
/// a runtime, then the command named by the arguments.
pub fn main() -> std::process::ExitCode {
    if let Err(message) = crate::telemetry::try_init() {
        eprintln!("heard: {message}");
        return std::process::ExitCode::FAILURE;
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("heard: cannot start the async runtime: {error}");
            return std::process::ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(std::env::args().skip(1).collect())) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("heard: {message}");
            std::process::ExitCode::FAILURE
        }
    }
}

pub async fn run(args: Vec<String>) -> Result<(), String> {
    let command = args.first().map(String::as_str).unwrap_or("serve");
    match command {
        "serve" => {
            let settings = Settings::from_env().map_err(|e| format!("invalid setting {e}"))?;
            let app = Application::build(settings).await.map_err(|e| e.to_string())?;
            app.run_until_stopped().await.map_err(|e| e.to_string())
        }
        "backup" => {
            let file = args.get(1).ok_or("usage: heard backup FILE")?;
            let settings = Settings::from_env().map_err(|e| format!("invalid setting {e}"))?;
            crate::backup::run(settings.database_url.expose_secret(), std::path::Path::new(file)).await?;
            println!("Backed up to {file}.");
            println!(
                "Keep the session key with it ({} or HEARD_SESSION_KEY): without it, no link or code works.",
                settings.data_dir.join("session.key").display()
            );
            Ok(())
        }
        "migrate" => {
            let settings = Settings::from_env().map_err(|e| format!("invalid setting {e}"))?;
            std::fs::create_dir_all(&settings.data_dir).map_err(|e| e.to_string())?;
            crate::database::connect(settings.database_url.expose_secret()).await.map_err(|e| e.to_string())?;
            println!("database is up to date");
            Ok(())
        }
        "create-admin" => create_admin(&args[1..]).await,
        "reset-two-step" => reset_two_step(&args[1..]).await,
        "help" | "--help" | "-h" => {
            println!("{HELP}");
            Ok(())
        }
        other => Err(format!("unknown command {other:?}\n\n{HELP}")),
    }
}

fn option<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).map(String::as_str)
}

/// Turns off a member's two-step sign-in from the server itself: the way back in for the only
/// admin of a council who lost their phone and their recovery codes. Audited.
async fn reset_two_step(args: &[String]) -> Result<(), String> {
    let email = EmailAddress::parse(option(args, "--email").ok_or("--email EMAIL is required")?)
        .map_err(|_| "--email: not a valid email address")?;
    let settings = Settings::from_env().map_err(|e| format!("invalid setting {e}"))?;
    let url = settings.database_url.expose_secret();
    if crate::database::sqlite_file(url).is_some_and(|file| !file.exists()) {
        return Err("HEARD_DATABASE_URL: no database there; check the path".into());
    }
    let pool = crate::database::connect(url).await.map_err(|e| format!("HEARD_DATABASE_URL: {e}"))?;
    let unscoped = app::server::tenant::Unscoped::new(pool, app::server::now());
    let found = app::features::staff::store::member_by_email(&unscoped, &email).await.map_err(|e| e.to_string())?;
    let (staff_id, authority_id) = found.ok_or_else(|| format!("no member of staff has the email {}", email.as_str()))?;
    let removed = unscoped.for_stored(authority_id).two_step().remove(staff_id).await.map_err(|e| e.to_string())?;
    if !removed {
        return Err(format!("{} does not have two-step sign-in on", email.as_str()));
    }
    app::server::audit::record(
        &unscoped,
        app::server::audit::AuditEvent {
            authority_id: Some(authority_id),
            actor_staff_id: None,
            action: "staff.two_step_reset",
            subject_kind: "staff",
            subject_id: Some(staff_id.get()),
            detail: "command line",
            ip: "",
        },
    )
    .await
    .map_err(|e| e.to_string())?;
    println!("Two-step sign-in is off for {}: they set it up again at their next sign-in.", email.as_str());
    Ok(())
}

async fn create_admin(args: &[String]) -> Result<(), String> {
    let slug = option(args, "--authority").ok_or("--authority SLUG is required")?;
    if slug.is_empty() || !slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
        return Err("--authority: use lower-case letters, digits and hyphens, e.g. gwynedd".into());
    }
    let email = EmailAddress::parse(option(args, "--email").ok_or("--email EMAIL is required")?)
        .map_err(|_| "--email: not a valid email address")?;
    let name = PersonName::parse(option(args, "--name").ok_or("--name NAME is required")?)
        .map_err(|_| "--name: enter a name of 1 to 100 characters")?;
    let name_en = option(args, "--authority-name-en").unwrap_or(slug);
    let name_cy = option(args, "--authority-name-cy").unwrap_or(name_en);
    let welsh_first = args.iter().any(|a| a == "--welsh-first");

    let password = match std::env::var("HEARD_ADMIN_PASSWORD") {
        Ok(p) if !p.is_empty() => p,
        _ => {
            eprintln!("Password for {} (at least {} characters), then Enter:", email.as_str(), NewPassword::MIN_CHARS);
            let mut line = String::new();
            std::io::stdin().read_line(&mut line).map_err(|e| e.to_string())?;
            line.trim_end_matches(['\n', '\r']).to_string()
        }
    };
    let password = NewPassword::parse(&password)
        .map_err(|_| format!("password: use {} to {} characters", NewPassword::MIN_CHARS, NewPassword::MAX_CHARS))?;

    let settings = Settings::from_env().map_err(|e| format!("invalid setting {e}"))?;
    if let Some(file) = crate::database::sqlite_file(settings.database_url.expose_secret()) {
        if !file.exists() && !args.iter().any(|a| a == "--create-database") {
            return Err(format!(
                "HEARD_DATABASE_URL: {} does not exist; check the path, or add --create-database to make a new database there",
                file.display()
            ));
        }
    }
    std::fs::create_dir_all(&settings.data_dir).map_err(|e| format!("HEARD_DATA_DIR {}: {e}", settings.data_dir.display()))?;
    let pool = crate::database::connect(settings.database_url.expose_secret()).await.map_err(|e| format!("HEARD_DATABASE_URL: {e}"))?;
    let unscoped = app::server::tenant::Unscoped::new(pool.clone(), app::server::now());
    if app::features::staff::store::email_taken(&unscoped, &email).await.map_err(|e| e.to_string())? {
        return Err(format!("{} already has an account", email.as_str()));
    }
    let authority_id = db::authorities::ensure(&unscoped, slug, name_en, name_cy, welsh_first).await.map_err(|e| e.to_string())?;
    let hash = app::server::auth::hash_password(password.expose().to_string()).await.map_err(|e| e.to_string())?;
    let id = unscoped.for_stored(authority_id).staff().insert(&name, &email, Role::Admin, &hash).await.map_err(|e| e.to_string())?;
    app::server::audit::record(
        &unscoped,
        app::server::audit::AuditEvent {
            authority_id: Some(authority_id),
            actor_staff_id: None,
            action: "staff.added",
            subject_kind: "staff",
            subject_id: Some(id),
            detail: "admin (command line)",
            ip: "",
        },
    )
    .await
    .map_err(|e| e.to_string())?;
    println!("Added administrator {} to authority {slug}.", email.as_str());
    Ok(())
}
