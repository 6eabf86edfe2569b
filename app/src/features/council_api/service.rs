//! API keys and calls. Only an authority's admins make, replace and revoke its keys; each key
//! is shown once and kept as a hash. A call is let in by a live key of some authority, is then
//! that authority's alone, and may do only what the key's scopes say.

use crate::domain::text::clean_line;
use crate::features::council_api::store::{self, LiveKey, NewKey};
use crate::features::council_api::{ApiKeysPage, SCOPES};
use crate::i18n::T;
use crate::model::{FieldError, Msg, Role, Viewer};
use crate::server::forms::{Done, Failed};
use crate::server::security::sha256_hex;
use crate::server::tenant::Tenant;
use crate::server::{audit, AppError, AppState};

/// Who manages keys: the authority's admins.
const KEY_ADMINS: [Role; 1] = [Role::Admin];

/// The keys page.
pub const PAGE: &str = "/staff/admin/api-keys";

/// The longest name a key may have.
const MAX_NAME: usize = 80;

/// Calls one key may make in a minute.
pub const CALLS_PER_MINUTE: u32 = 120;

/// The cookie that carries a new key to the page that shows it, once. Never the session: that
/// is kept in the database, where only a key's hash may be.
const NEW_KEY_COOKIE: &str = "heard_new_api_key";

/// The authority's keys, and a key just made if this browser carries it (it is then forgotten:
/// shown once). A cookie that is not one of this authority's live keys shows nothing.
pub async fn keys(state: &AppState, viewer: &Viewer) -> Result<ApiKeysPage, AppError> {
    crate::server::auth::allowed(viewer, &KEY_ADMINS)?;
    let tenant = Tenant::of_viewer(state, viewer);
    let carried = crate::server::security::take_handed_over(state, NEW_KEY_COOKIE, PAGE);
    let mut new_key = None;
    if let Some(key) = carried {
        if let Some(live) = store::live_key(&state.unscoped(), &sha256_hex(&key)).await? {
            new_key = (live.authority_id == viewer.authority_id).then_some(key);
        }
    }
    let webhook = tenant.webhook().get().await?;
    let mut new_secret = None;
    if let Some(secret) = crate::server::security::take_handed_over(state, NEW_SECRET_COOKIE, PAGE) {
        let purpose = crate::server::db::webhooks::secret_purpose(viewer.authority_id);
        let current = webhook.as_ref().and_then(|w| state.settings.seal_key.open(&purpose, &w.sealed_secret));
        // Shown only while it is this council's secret (never an old one, nor a made-up cookie).
        new_secret = current.filter(|c| crate::server::security::same_secret(&String::from_utf8_lossy(c), &secret)).map(|_| secret);
    }
    Ok(ApiKeysPage { keys: tenant.api_keys().list().await?, new_key, webhook_url: webhook.map(|w| w.url), new_secret })
}

/// The cookie that carries a new webhook secret to the keys page, once (as for a key).
const NEW_SECRET_COOKIE: &str = "heard_new_webhook_secret";

/// A new signing secret: 256 random bits, with a prefix that says what it is.
fn new_secret() -> String {
    use base64::Engine;
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    format!("whsec_{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}

/// Stores a new secret for the webhook at `url` and hands it to the keys page, shown once.
async fn set_with_new_secret(state: &AppState, viewer: &Viewer, tenant: &Tenant, url: &str) -> Result<(), AppError> {
    let secret = new_secret();
    let sealed = state.settings.seal_key.seal(&crate::server::db::webhooks::secret_purpose(viewer.authority_id), secret.as_bytes());
    tenant.webhook().set(url, &sealed, viewer.staff_id).await?;
    crate::server::security::hand_over(state, NEW_SECRET_COOKIE, PAGE, &secret);
    Ok(())
}

/// Sets the webhook's address: a new webhook gets its signing secret (shown once); an existing
/// one keeps its secret.
pub async fn save_webhook(state: &AppState, viewer: &Viewer, url: &str) -> Result<Done, Failed> {
    crate::server::auth::allowed(viewer, &KEY_ADMINS)?;
    let tenant = Tenant::of_viewer(state, viewer);
    let url = url.trim();
    if !crate::server::webhook::allowed_url(url, !state.settings.secure_cookies()) {
        return Err(Failed::field("webhook_url", T::ErrWebhookUrl));
    }
    // Where calls go is on the trail (the host only: no path, which could carry a token).
    let host = url.split("://").nth(1).and_then(|rest| rest.split(['/', '?', '#']).next()).unwrap_or_default();
    if tenant.webhook().set_url(url).await? {
        audit::by_staff(state, viewer, "webhook.changed", "authority", Some(viewer.authority_id.get()), host).await?;
        return Ok(Done::to(PAGE).with_notice(Msg::new(T::WebhookSaved)));
    }
    set_with_new_secret(state, viewer, &tenant, url).await?;
    audit::by_staff(state, viewer, "webhook.made", "authority", Some(viewer.authority_id.get()), host).await?;
    Ok(Done::to(PAGE))
}

/// `new_secret` (the old one stops signing at once) or `remove` (no more calls; those waiting
/// are withdrawn).
pub async fn webhook_action(state: &AppState, viewer: &Viewer, action: &str) -> Result<Done, Failed> {
    crate::server::auth::allowed(viewer, &KEY_ADMINS)?;
    let tenant = Tenant::of_viewer(state, viewer);
    let hook = tenant.webhook().get().await?.ok_or(AppError::NotFound)?;
    match action {
        "new_secret" => {
            set_with_new_secret(state, viewer, &tenant, &hook.url).await?;
            audit::by_staff(state, viewer, "webhook.secret_replaced", "authority", Some(viewer.authority_id.get()), "").await?;
            Ok(Done::to(PAGE))
        }
        "remove" => {
            tenant.webhook().remove().await?;
            audit::by_staff(state, viewer, "webhook.removed", "authority", Some(viewer.authority_id.get()), "").await?;
            Ok(Done::to(PAGE).with_notice(Msg::new(T::WebhookRemoved)))
        }
        _ => Err(AppError::Invalid(T::ErrSomethingWrong).into()),
    }
}

/// A new key: 256 random bits, URL-safe, with a prefix that says what it is.
fn new_key() -> String {
    use base64::Engine;
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    format!("heard_{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}

/// A new key, its hint and its hash: the key itself is handed over once, then only the hash
/// is kept.
fn mint() -> (String, String, String) {
    let key = new_key();
    let hint: String = key.chars().take(12).collect();
    let hash = sha256_hex(&key);
    (key, hint, hash)
}

/// After a key is made: it goes to the keys page in a cookie of its own, shown there once.
fn hand_over(state: &AppState, key: &str) -> Done {
    crate::server::security::hand_over(state, NEW_KEY_COOKIE, PAGE, key);
    Done::to(PAGE).with_notice(Msg::new(T::ApiKeyMade))
}

/// Stores a new key and returns where to go, with the key shown once.
async fn store_new(state: &AppState, viewer: &Viewer, tenant: &Tenant, name: &str, scopes: &str) -> Result<Done, AppError> {
    let (key, hint, key_hash) = mint();
    let id =
        tenant.api_keys().insert(&NewKey { name, hint: &hint, key_hash: &key_hash, scopes, created_by: viewer.staff_id.get() }).await?;
    audit::by_staff(state, viewer, "api_key.made", "api_key", Some(id), scopes).await?;
    Ok(hand_over(state, &key))
}

pub async fn make(state: &AppState, viewer: &Viewer, name: &str, scopes: &[String]) -> Result<Done, Failed> {
    crate::server::auth::allowed(viewer, &KEY_ADMINS)?;
    let tenant = Tenant::of_viewer(state, viewer);
    let name = clean_line(name);
    let mut errors = Vec::new();
    if name.is_empty() {
        errors.push(FieldError { field: "name".into(), msg: Msg::new(T::ErrApiKeyName) });
    } else if name.chars().count() > MAX_NAME {
        errors.push(FieldError { field: "name".into(), msg: Msg::new(T::ErrTextTooLong).with("max", MAX_NAME.to_string()) });
    }
    let known: Vec<&str> = SCOPES.iter().map(|(code, _)| *code).filter(|code| scopes.iter().any(|s| s == code)).collect();
    if known.is_empty() || known.len() != scopes.len() {
        errors.push(FieldError { field: "scopes".into(), msg: Msg::new(T::ErrApiKeyScopes) });
    }
    if !errors.is_empty() {
        return Err(Failed::Invalid(errors));
    }
    Ok(store_new(state, viewer, &tenant, &name, &known.join(" ")).await?)
}

/// A new key with the same name and scopes; the old one stops working at once (both in one
/// step, so the council is never left with neither).
pub async fn replace(state: &AppState, viewer: &Viewer, id: i64) -> Result<Done, Failed> {
    crate::server::auth::allowed(viewer, &KEY_ADMINS)?;
    let tenant = Tenant::of_viewer(state, viewer);
    let (name, scopes) = tenant.api_keys().live(id).await?.ok_or(AppError::NotFound)?;
    let (key, hint, key_hash) = mint();
    let new = NewKey { name: &name, hint: &hint, key_hash: &key_hash, scopes: &scopes, created_by: viewer.staff_id.get() };
    let new_id = tenant.api_keys().replace(id, &new).await?.ok_or(AppError::NotFound)?;
    audit::by_staff(state, viewer, "api_key.revoked", "api_key", Some(id), "replaced").await?;
    audit::by_staff(state, viewer, "api_key.made", "api_key", Some(new_id), &scopes).await?;
    Ok(hand_over(state, &key))
}

pub async fn revoke(state: &AppState, viewer: &Viewer, id: i64) -> Result<Done, Failed> {
    crate::server::auth::allowed(viewer, &KEY_ADMINS)?;
    let tenant = Tenant::of_viewer(state, viewer);
    if !tenant.api_keys().revoke(id).await? {
        return Err(AppError::NotFound.into());
    }
    audit::by_staff(state, viewer, "api_key.revoked", "api_key", Some(id), "").await?;
    Ok(Done::to(PAGE).with_notice(Msg::new(T::ApiKeyRevoked)))
}

/// Why a call is refused, as the API says it.
#[derive(Debug)]
pub enum Refused {
    /// No key, a wrong key, or a revoked one: 401.
    NoKey,
    /// The key may not do this: 403.
    Scope,
    /// Too many calls this minute: 429, with the seconds to wait.
    TooMany(i64),
    App(AppError),
}

impl From<AppError> for Refused {
    fn from(error: AppError) -> Refused {
        Refused::App(error)
    }
}

/// The calling authority, from the `Authorization: Bearer …` key, if it is live, may do
/// `scope` and is within its rate. A refusal of a live key is on its council's audit trail
/// (over the rate: once a minute, so a runaway client cannot flood the trail).
pub async fn authenticate(state: &AppState, headers: &http::HeaderMap, ip: &str, scope: &str) -> Result<(Tenant, LiveKey), Refused> {
    let presented = headers
        .get(http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        // The scheme's name is not case-sensitive (RFC 9110).
        .and_then(|v| v.split_once(' ').filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer")).map(|(_, key)| key.trim()))
        .filter(|k| k.starts_with("heard_") && k.len() < 200)
        .ok_or(Refused::NoKey)?;
    let unscoped = state.unscoped();
    let key_hash = sha256_hex(presented);
    let key = store::live_key(&unscoped, &key_hash).await?.ok_or(Refused::NoKey)?;
    let tenant = unscoped.for_stored(key.authority_id);
    if !key.scopes.split_whitespace().any(|s| s == scope) {
        tenant.audit().by_api_key(key.id, "api.refused_scope", "api_key", key.id, ip).await?;
        return Err(Refused::Scope);
    }
    if let Some((wait, first)) = state.per_minute.count(&key_hash, unscoped.now(), CALLS_PER_MINUTE) {
        if first {
            tenant.audit().by_api_key(key.id, "api.refused_rate", "api_key", key.id, ip).await?;
        }
        return Err(Refused::TooMany(wait));
    }
    store::mark_used(&unscoped, key.id).await?;
    Ok((tenant, key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_gets_its_calls_a_minute_and_then_waits_for_the_next() {
        let counts = crate::server::state::PerMinute::default();
        let hash = sha256_hex(&new_key());
        // Ten seconds into a minute (1,800,000,000 is a whole minute).
        let start = 1_800_000_010;
        for _ in 0..CALLS_PER_MINUTE {
            assert_eq!(counts.count(&hash, start, CALLS_PER_MINUTE), None);
        }
        assert_eq!(counts.count(&hash, start + 5, CALLS_PER_MINUTE), Some((45, true)), "over the limit: wait for the next minute");
        assert_eq!(counts.count(&hash, start + 6, CALLS_PER_MINUTE), Some((44, false)), "refused again, not the first");
        assert_eq!(counts.count(&hash, start + 50, CALLS_PER_MINUTE), None, "a new minute");
        assert!(new_key().starts_with("heard_") && new_key().len() == 49);
    }
}
