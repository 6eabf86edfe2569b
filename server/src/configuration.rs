//! Settings from environment variables, with defaults that serve a newcomer on their own machine.
//! An invalid value stops start-up with a message that names the variable.

use secrecy::{ExposeSecret, SecretBox, SecretString};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Clone, Debug)]
pub struct Settings {
    /// HEARD_BIND: the address to listen on.
    pub bind: SocketAddr,
    /// HEARD_DATABASE_URL: `sqlite://…` (default, under the data folder) or `postgres://…`.
    pub database_url: SecretString,
    /// HEARD_BASE_URL: the public address, used in links and to decide on Secure cookies.
    pub base_url: String,
    /// HEARD_DATA_DIR: where the SQLite file, the development key and the dev outbox live.
    pub data_dir: PathBuf,
    /// HEARD_SESSION_KEY: base64 of at least 64 random bytes, signing session cookies. Generated
    /// once under the data folder when unset, except in production where it must be given.
    pub session_key: Option<SecretBox<[u8]>>,
    /// HEARD_ENV: `development` (default) or `production`.
    pub production: bool,
    /// HEARD_DEMO: `1` seeds the demo authorities and staff (idempotent).
    pub demo: bool,
    /// HEARD_DEMO_HISTORY: `1` adds a year of reviews and what came of them to the demo councils,
    /// for the managers' reports (needs HEARD_DEMO).
    pub demo_history: bool,
    /// HEARD_DEMO_PASSWORD: the demo staff password; generated and kept under the data folder when unset.
    pub demo_password: Option<SecretString>,
    /// HEARD_TRUST_PROXY: `1` when behind a reverse proxy that sets X-Forwarded-For.
    pub trust_proxy: bool,
    /// HEARD_PROXY_HOPS: how many trusted proxies add to X-Forwarded-For (default 1); the client
    /// is the address the outermost of them added, counted from the right.
    pub proxy_hops: usize,
    /// HEARD_SMTP_URL: e.g. `smtps://user:pass@smtp.example.org:465`; unset in development writes
    /// mail to the outbox folder instead.
    pub smtp_url: Option<SecretString>,
    /// HEARD_MAIL_FROM: the sender address.
    pub mail_from: String,
    /// HEARD_JOB_INTERVAL_SECONDS: how often the mail job looks for reminders and queued messages (default 60).
    pub job_interval_seconds: u64,
    /// HEARD_DRAIN_SECONDS: once asked to stop, how long requests in flight may take (default 20).
    pub drain_seconds: u64,
    /// HEARD_SYMBOL_MAP: a JSON file mapping symbol concepts to the council's own licensed
    /// pictures under HEARD_SITE_ROOT, e.g. `{"face-happy": "/local/happy.png"}` (optional).
    pub symbol_map: Option<std::path::PathBuf>,
    /// HEARD_SITE_ROOT: the built site (WebAssembly, CSS, public files).
    pub site_root: String,
}

#[derive(Debug, thiserror::Error)]
#[error("{variable}: {problem}")]
pub struct SettingError {
    pub variable: &'static str,
    pub problem: String,
}

fn bad(variable: &'static str, problem: impl Into<String>) -> SettingError {
    SettingError { variable, problem: problem.into() }
}

fn flag(vars: &HashMap<String, String>, variable: &'static str) -> Result<bool, SettingError> {
    match vars.get(variable).map(|v| v.trim().to_ascii_lowercase()) {
        None => Ok(false),
        Some(v) if v.is_empty() || v == "0" || v == "false" || v == "no" => Ok(false),
        Some(v) if v == "1" || v == "true" || v == "yes" => Ok(true),
        Some(v) => Err(bad(variable, format!("expected 1 or 0, got {v:?}"))),
    }
}

impl Settings {
    pub fn from_env() -> Result<Settings, SettingError> {
        Settings::from_vars(&std::env::vars().collect())
    }

    pub fn from_vars(vars: &HashMap<String, String>) -> Result<Settings, SettingError> {
        let get = |name: &str| vars.get(name).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());

        // cargo-leptos sets LEPTOS_SITE_ADDR; HEARD_BIND wins when both are set.
        let bind_text = get("HEARD_BIND").or_else(|| get("LEPTOS_SITE_ADDR")).unwrap_or_else(|| "127.0.0.1:3000".into());
        let bind: SocketAddr =
            bind_text.parse().map_err(|_| bad("HEARD_BIND", format!("expected an address like 127.0.0.1:3000, got {bind_text:?}")))?;

        let production = match get("HEARD_ENV").as_deref() {
            None | Some("development") => false,
            Some("production") => true,
            Some(other) => return Err(bad("HEARD_ENV", format!("expected development or production, got {other:?}"))),
        };

        let data_dir = PathBuf::from(get("HEARD_DATA_DIR").unwrap_or_else(|| "data".into()));
        let database_url =
            get("HEARD_DATABASE_URL").unwrap_or_else(|| format!("sqlite://{}?mode=rwc", data_dir.join("heard.db").display()));
        if !(database_url.starts_with("sqlite:") || database_url.starts_with("postgres://") || database_url.starts_with("postgresql://")) {
            return Err(bad("HEARD_DATABASE_URL", "expected a sqlite:// or postgres:// URL"));
        }

        let base_url = get("HEARD_BASE_URL").unwrap_or_else(|| format!("http://{bind}"));
        let base_url = base_url.trim_end_matches('/').to_string();
        if !(base_url.starts_with("http://") || base_url.starts_with("https://")) {
            return Err(bad("HEARD_BASE_URL", "expected a URL starting with https:// (or http:// in development)"));
        }
        if production && !base_url.starts_with("https://") {
            return Err(bad("HEARD_BASE_URL", "must start with https:// in production"));
        }

        let session_key = match get("HEARD_SESSION_KEY") {
            Some(text) => {
                use base64::Engine;
                let bytes = base64::engine::general_purpose::STANDARD
                    .decode(text.as_bytes())
                    .map_err(|_| bad("HEARD_SESSION_KEY", "expected base64"))?;
                if bytes.len() < 64 {
                    return Err(bad("HEARD_SESSION_KEY", "expected at least 64 random bytes (base64 of 64 bytes)"));
                }
                Some(bytes)
            }
            None if production => return Err(bad("HEARD_SESSION_KEY", "is required in production (base64 of 64 random bytes)")),
            None => None,
        };

        let smtp_url = get("HEARD_SMTP_URL");
        if let Some(url) = &smtp_url {
            if !(url.starts_with("smtp://") || url.starts_with("smtps://")) {
                return Err(bad("HEARD_SMTP_URL", "expected smtp:// or smtps://"));
            }
        } else if production {
            return Err(bad("HEARD_SMTP_URL", "is required in production"));
        }
        let mail_from = get("HEARD_MAIL_FROM").unwrap_or_else(|| "Heard <no-reply@heard.invalid>".into());

        let job_interval_seconds = match get("HEARD_JOB_INTERVAL_SECONDS") {
            Some(text) => match text.parse::<u64>() {
                Ok(n) if (1..=86_400).contains(&n) => n,
                _ => return Err(bad("HEARD_JOB_INTERVAL_SECONDS", "expected a number of seconds from 1 to 86400")),
            },
            None => 60,
        };

        let drain_seconds = match get("HEARD_DRAIN_SECONDS") {
            Some(text) => match text.parse::<u64>() {
                Ok(n) if (1..=600).contains(&n) => n,
                _ => return Err(bad("HEARD_DRAIN_SECONDS", "expected a number of seconds from 1 to 600")),
            },
            None => 20,
        };

        let proxy_hops = match get("HEARD_PROXY_HOPS") {
            Some(text) => match text.parse::<usize>() {
                Ok(n) if (1..=10).contains(&n) => n,
                _ => return Err(bad("HEARD_PROXY_HOPS", "expected a number of proxies from 1 to 10")),
            },
            None => 1,
        };

        let demo = flag(vars, "HEARD_DEMO")?;
        if demo && production {
            return Err(bad("HEARD_DEMO", "demo data cannot be loaded in production"));
        }
        let demo_history = flag(vars, "HEARD_DEMO_HISTORY")?;
        if demo_history && !demo {
            return Err(bad("HEARD_DEMO_HISTORY", "the demo history needs HEARD_DEMO=1"));
        }

        // The built site (WebAssembly, CSS, symbols): a folder named on purpose must hold it,
        // and so must the default in production. (Tests of the server alone run without one.)
        let named_site = get("HEARD_SITE_ROOT").or_else(|| get("LEPTOS_SITE_ROOT"));
        let site_root = named_site.clone().unwrap_or_else(|| "target/site".into());
        if (named_site.is_some() || production) && !std::path::Path::new(&site_root).join("pkg").is_dir() {
            return Err(bad(
                "HEARD_SITE_ROOT",
                format!("{site_root} holds no built site (no pkg folder): build it with cargo leptos build --release"),
            ));
        }

        Ok(Settings {
            bind,
            database_url: SecretString::from(database_url),
            base_url,
            data_dir,
            session_key: session_key.map(|key: Vec<u8>| SecretBox::new(key.into_boxed_slice())),
            production,
            demo,
            demo_history,
            demo_password: get("HEARD_DEMO_PASSWORD").map(SecretString::from),
            trust_proxy: flag(vars, "HEARD_TRUST_PROXY")?,
            proxy_hops,
            smtp_url: smtp_url.map(SecretString::from),
            mail_from,
            job_interval_seconds,
            drain_seconds,
            symbol_map: get("HEARD_SYMBOL_MAP").map(std::path::PathBuf::from),
            site_root,
        })
    }

    pub fn is_sqlite(&self) -> bool {
        self.database_url.expose_secret().starts_with("sqlite:")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn defaults_serve_a_newcomer() {
        let s = Settings::from_vars(&vars(&[])).expect("defaults");
        assert_eq!(s.bind.to_string(), "127.0.0.1:3000");
        assert_eq!(s.database_url.expose_secret(), "sqlite://data/heard.db?mode=rwc");
        assert_eq!(s.base_url, "http://127.0.0.1:3000");
        assert!(!s.production && !s.demo);
    }

    #[test]
    fn passwords_and_keys_never_appear_when_settings_are_printed() {
        use base64::Engine;
        let key = base64::engine::general_purpose::STANDARD.encode([7u8; 64]);
        let s = Settings::from_vars(&vars(&[
            ("HEARD_DATABASE_URL", "postgres://heard:db-password-1@db.example/heard"),
            ("HEARD_SMTP_URL", "smtps://mailer:smtp-password-2@smtp.example.org:465"),
            ("HEARD_DEMO_PASSWORD", "demo-password-3"),
            ("HEARD_SESSION_KEY", &key),
        ]))
        .expect("settings");
        let printed = format!("{s:?}");
        for secret in ["db-password-1", "smtp-password-2", "demo-password-3", &key, "7, 7, 7"] {
            assert!(!printed.contains(secret), "{secret} in {printed}");
        }
        // Where they are used, they are all there.
        assert!(s.database_url.expose_secret().contains("db-password-1"));
        assert!(s.smtp_url.as_ref().is_some_and(|u| u.expose_secret().contains("smtp-password-2")));
        assert_eq!(s.session_key.as_ref().map(|k| k.expose_secret().len()), Some(64));
    }

    #[test]
    fn invalid_settings_name_the_variable() {
        for (pairs, variable) in [
            (vec![("HEARD_BIND", "nowhere")], "HEARD_BIND"),
            (vec![("HEARD_DATABASE_URL", "mysql://x")], "HEARD_DATABASE_URL"),
            (vec![("HEARD_ENV", "staging")], "HEARD_ENV"),
            (vec![("HEARD_DEMO", "maybe")], "HEARD_DEMO"),
            (vec![("HEARD_SESSION_KEY", "c2hvcnQ=")], "HEARD_SESSION_KEY"),
            (vec![("HEARD_SMTP_URL", "http://mail")], "HEARD_SMTP_URL"),
            (vec![("HEARD_JOB_INTERVAL_SECONDS", "0")], "HEARD_JOB_INTERVAL_SECONDS"),
            (vec![("HEARD_JOB_INTERVAL_SECONDS", "soon")], "HEARD_JOB_INTERVAL_SECONDS"),
            (vec![("HEARD_PROXY_HOPS", "0")], "HEARD_PROXY_HOPS"),
            (vec![("HEARD_DRAIN_SECONDS", "forever")], "HEARD_DRAIN_SECONDS"),
            (vec![("HEARD_SITE_ROOT", "/nowhere/at/all")], "HEARD_SITE_ROOT"),
        ] {
            let error = Settings::from_vars(&vars(&pairs)).expect_err("must fail");
            assert_eq!(error.variable, variable);
            assert!(error.to_string().starts_with(variable));
        }
    }

    #[test]
    fn production_demands_https_a_key_and_smtp() {
        let err = Settings::from_vars(&vars(&[("HEARD_ENV", "production"), ("HEARD_BASE_URL", "http://x.org")])).expect_err("http");
        assert_eq!(err.variable, "HEARD_BASE_URL");
        let err = Settings::from_vars(&vars(&[("HEARD_ENV", "production"), ("HEARD_BASE_URL", "https://x.org")])).expect_err("key");
        assert_eq!(err.variable, "HEARD_SESSION_KEY");
        let key = "a".repeat(88);
        let err =
            Settings::from_vars(&vars(&[("HEARD_ENV", "production"), ("HEARD_BASE_URL", "https://x.org"), ("HEARD_SESSION_KEY", &key)]))
                .expect_err("smtp");
        assert_eq!(err.variable, "HEARD_SMTP_URL");
    }

    #[test]
    fn demo_data_never_in_production() {
        let key = "a".repeat(88);
        let err = Settings::from_vars(&vars(&[
            ("HEARD_ENV", "production"),
            ("HEARD_BASE_URL", "https://x.org"),
            ("HEARD_SESSION_KEY", &key),
            ("HEARD_SMTP_URL", "smtps://mail.x.org"),
            ("HEARD_DEMO", "1"),
        ]))
        .expect_err("demo");
        assert_eq!(err.variable, "HEARD_DEMO");
    }
}
