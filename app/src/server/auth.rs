//! Staff authentication: argon2id passwords, sign-in throttling, and who is signed in.

use crate::model::Role;
use crate::model::Viewer;
use crate::model::{AuthorityId, StaffId};
use crate::server::tenant::Unscoped;
use crate::server::{db, now, AppError, AppState};
use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::OnceLock;
use tower_sessions::Session;

/// Session keys.
pub const SESSION_STAFF_ID: &str = "staff_id";
pub const SESSION_SIGNED_IN_AT: &str = "signed_in_at";

/// What the steps of sign-in keep in the session before anyone is signed in (see
/// `features::two_step` and `features::council_sign_in`): cleared at every full sign-in.
pub const SESSION_SIGN_IN_STEPS: [&str; 3] = ["two_step_pending", "two_step_set_up", "council_sign_in"];

/// A session ends this long after sign-in whatever the activity (the idle limit is set on the layer).
pub const ABSOLUTE_SESSION_SECONDS: i64 = 10 * 60 * 60;
pub const IDLE_SESSION_MINUTES: i64 = 30;

/// OWASP's recommended argon2id settings: 19 MiB of memory, 2 passes, 1 lane.
fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// How many argon2 hashes run at once (one per core), and how many requests may wait for one.
/// Each hash takes 19 MiB: a burst of sign-ins from anywhere must not take the server's memory,
/// so beyond the waiting room a request is told "busy, try again" (503) at once.
struct HashGate {
    slots: std::sync::Arc<tokio::sync::Semaphore>,
    /// Running plus waiting, at most `room`.
    inside: std::sync::atomic::AtomicUsize,
    room: usize,
}

fn hash_gate() -> &'static HashGate {
    static GATE: OnceLock<HashGate> = OnceLock::new();
    GATE.get_or_init(|| {
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
        HashGate {
            slots: std::sync::Arc::new(tokio::sync::Semaphore::new(cores)),
            inside: std::sync::atomic::AtomicUsize::new(0),
            room: cores * 8,
        }
    })
}

/// Leaves the gate's room when the request is done (or dropped while waiting).
struct InsideGate;

impl Drop for InsideGate {
    fn drop(&mut self) {
        hash_gate().inside.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
    }
}

/// A place to run one argon2 computation: held before the work that depends on it starts, so
/// a caller can count something (a secret's try) only once the check is sure to run.
pub struct HashSlot {
    // Held for their `Drop`: the core and the place in the room are freed with the slot.
    _permit: tokio::sync::OwnedSemaphorePermit,
    _inside: InsideGate,
}

impl HashSlot {
    /// Waits (at most 10 s) for a free core within the gate; "busy" at once when the waiting
    /// room is full.
    pub async fn acquire() -> Result<HashSlot, AppError> {
        use std::sync::atomic::Ordering;
        let gate = hash_gate();
        if gate.inside.fetch_add(1, Ordering::SeqCst) >= gate.room {
            gate.inside.fetch_sub(1, Ordering::SeqCst);
            return Err(AppError::Busy("too many passwords being checked at once".into()));
        }
        let inside = InsideGate;
        let permit = tokio::time::timeout(std::time::Duration::from_secs(10), gate.slots.clone().acquire_owned())
            .await
            .map_err(|_| AppError::Busy("waited too long to check a password".into()))?
            .map_err(|e| AppError::Internal(format!("hash gate: {e}")))?;
        Ok(HashSlot { _permit: permit, _inside: inside })
    }

    /// Runs the work off the async runtime. The slot goes with the work itself: a request
    /// dropped while its hash runs (the client gone) does not free it before the 19 MiB is
    /// given back.
    async fn run<T: Send + 'static>(self, work: impl FnOnce() -> T + Send + 'static) -> Result<T, AppError> {
        tokio::task::spawn_blocking(move || {
            let result = work();
            drop(self);
            result
        })
        .await
        .map_err(|e| AppError::Internal(format!("hashing task: {e}")))
    }

    /// Checks a password against a stored hash (or the dummy hash when there is none).
    pub async fn verify_password(self, password: String, stored: Option<String>) -> Result<bool, AppError> {
        self.run(move || {
            let known = stored.is_some();
            let hash = stored.unwrap_or_else(|| dummy_hash().to_string());
            let parsed = PasswordHash::new(&hash).map_err(|e| AppError::Internal(format!("stored hash: {e}")))?;
            let matches = argon2().verify_password(password.as_bytes(), &parsed).is_ok();
            Ok(known && matches)
        })
        .await?
    }
}

/// Runs one argon2 computation off the async runtime, within the gate.
async fn hashing<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T, AppError> {
    HashSlot::acquire().await?.run(work).await
}

/// Hashes a password off the async runtime (argon2 is deliberately slow).
pub async fn hash_password(password: String) -> Result<String, AppError> {
    hashing(move || {
        let salt = SaltString::generate(&mut OsRng);
        argon2()
            .hash_password(password.as_bytes(), &salt)
            .map(|hash| hash.to_string())
            .map_err(|e| AppError::Internal(format!("hashing: {e}")))
    })
    .await?
}

/// A real hash of a random secret, verified against when the email is unknown so that an unknown
/// account and a wrong password take the same time.
fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| {
        let salt = SaltString::generate(&mut OsRng);
        let secret = SaltString::generate(&mut OsRng);
        argon2().hash_password(secret.as_str().as_bytes(), &salt).map(|h| h.to_string()).unwrap_or_default()
    })
}

/// Checks a password against a stored hash (or the dummy hash when there is none), off the runtime.
pub async fn verify_password(password: String, stored: Option<String>) -> Result<bool, AppError> {
    HashSlot::acquire().await?.verify_password(password, stored).await
}

/// Warms the dummy hash at start-up so the first unknown-email sign-in is not faster than others.
pub fn warm_up() {
    let _ = dummy_hash();
}

/// Throttling keys are hashed so the table holds no email addresses or IP addresses in clear.
fn throttle_key(kind: &str, value: &str) -> String {
    crate::server::security::sha256_hex(&format!("{kind}:{}", value.to_lowercase()))
}

/// The cookie a browser keeps once someone has signed in on it: sent only with sign-ins. Behind
/// HTTPS its name says it must be Secure, so a plain-HTTP page on the same host cannot set it.
fn device_cookie(state: &AppState) -> &'static str {
    if state.settings.secure_cookies() {
        "__Secure-heard_device"
    } else {
        "heard_device"
    }
}

/// The device cookie goes with sign-ins only: the password step and the code step after it.
const DEVICE_COOKIE_PATH: &str = "/api/sign_in";

/// How long a browser stays known after its last sign-in.
const DEVICE_SECONDS: i64 = 180 * 24 * 60 * 60;

/// The browser's device cookie, when this server gave it for `email`: its nonce. A cookie for
/// another email, or one made up, is no cookie at all.
pub fn known_device(state: &AppState, email: &str) -> Option<String> {
    let value = crate::server::security::request_cookie(device_cookie(state))?;
    let (nonce, proof) = value.split_once('.')?;
    let expected = state.settings.link_key.device_proof(nonce, email);
    // Compared in constant time: the proof is a secret.
    crate::server::security::same_secret(&expected, proof).then(|| nonce.to_string())
}

/// Remembers this browser as one `email` signs in on (a fresh nonce each time), for sign-ins only.
pub fn remember_device(state: &AppState, email: &str) {
    let nonce = crate::server::links::new_salt();
    let proof = state.settings.link_key.device_proof(&nonce, email);
    let value = format!("{nonce}.{proof}");
    crate::server::security::set_cookie(
        state,
        crate::server::security::Cookie {
            name: device_cookie(state),
            value: &value,
            path: DEVICE_COOKIE_PATH,
            max_age: DEVICE_SECONDS,
            strict: true,
        },
    );
}

/// The answer to a sign-in step while the throttle holds it back: wait this many minutes.
pub fn locked(minutes: i64) -> crate::server::forms::Failed {
    crate::server::forms::Failed::Invalid(vec![crate::model::FieldError {
        field: String::new(),
        msg: crate::model::Msg::new(crate::i18n::T::SignInLocked).with("minutes", minutes.to_string()),
    }])
}

/// Sign-in failures counted against an account and an address. A browser the account has
/// signed in on before (`device`) has a count of its own: someone elsewhere who knows a staff
/// email can hold back strangers' tries on it, not its owner's own browser (the per-address
/// limit still counts everyone behind one address).
pub struct Throttle {
    account: String,
    address: String,
}

impl Throttle {
    pub fn new(email: &str, address: &str, device: Option<&str>) -> Throttle {
        let account = match device {
            Some(nonce) => throttle_key("device", &format!("{nonce}:{email}")),
            None => throttle_key("account", email),
        };
        Throttle { account, address: throttle_key("address", address) }
    }

    /// `Some(minutes)` when sign-in must wait, rounded up so the message never says "0 minutes".
    pub async fn wait_minutes(&self, state: &AppState) -> Result<Option<i64>, AppError> {
        let limits = state.settings.sign_in_limits;
        // Failures are stamped by the state's clock, so the window is measured by it too.
        let unscoped = state.unscoped();
        let now = unscoped.now();
        let since = now - limits.window_seconds;
        let mut wait = 0;
        for (key, allowed) in [(&self.account, limits.per_account), (&self.address, limits.per_address)] {
            let (count, oldest) = db::throttle::failures_since(&unscoped, key, since).await?;
            if count >= allowed {
                // Once the oldest failure in the window ages out, one more try is allowed.
                let free_at = oldest.unwrap_or(now) + limits.window_seconds;
                wait = wait.max(free_at - now);
            }
        }
        Ok((wait > 0).then(|| (wait + 59) / 60))
    }

    pub async fn record_failure(&self, state: &AppState) -> Result<(), AppError> {
        db::throttle::record(&state.unscoped(), &self.account).await?;
        db::throttle::record(&state.unscoped(), &self.address).await
    }

    pub async fn clear_account(&self, state: &AppState) -> Result<(), AppError> {
        db::throttle::clear(&state.unscoped(), &self.account).await
    }
}

/// Lets a member of staff in once every step of sign-in is passed: their failures cleared, this
/// browser remembered, a fresh session id (no fixation) holding who they are, and the sign-in
/// audited with `how` ("password", "app_code", "recovery_code", …).
pub async fn complete_sign_in(
    state: &AppState,
    staff_id: StaffId,
    email: &str,
    throttle: &Throttle,
    how: &str,
    then: crate::server::forms::Done,
) -> Result<crate::server::forms::Done, crate::server::forms::Failed> {
    use crate::server::audit::{self, AuditEvent};
    throttle.clear_account(state).await?;
    remember_device(state, email);
    let session = crate::server::forms::session().await?;
    session.cycle_id().await.map_err(AppError::from)?;
    // Nothing of a half-finished sign-in (anyone's, on this browser) outlives a full one.
    for key in SESSION_SIGN_IN_STEPS {
        session.remove_value(key).await.map_err(AppError::from)?;
    }
    session.insert(SESSION_STAFF_ID, staff_id).await.map_err(AppError::from)?;
    session.insert(SESSION_SIGNED_IN_AT, now()).await.map_err(AppError::from)?;
    let viewer = active_viewer(&state.unscoped(), staff_id).await?;
    let address = client_address(state);
    audit::record(
        &state.unscoped(),
        AuditEvent {
            authority_id: viewer.as_ref().map(|v| v.authority_id),
            actor_staff_id: Some(staff_id),
            action: "staff.sign_in",
            subject_kind: "staff",
            subject_id: Some(staff_id.get()),
            detail: how,
            ip: &address,
        },
    )
    .await?;
    tracing::info!(staff_id = staff_id.get(), how, "signed in");
    Ok(then)
}

/// Resolves who is signed in from the session: a staff member who still exists, is still active,
/// and signed in less than the absolute limit ago. Anything else ends the session.
pub async fn resolve_viewer(state: &AppState, session: &Session) -> Result<Option<Viewer>, AppError> {
    let Some(staff_id) = session.get::<StaffId>(SESSION_STAFF_ID).await? else {
        return Ok(None);
    };
    let signed_in_at = session.get::<i64>(SESSION_SIGNED_IN_AT).await?.unwrap_or(0);
    if now() - signed_in_at > ABSOLUTE_SESSION_SECONDS {
        session.flush().await?;
        return Ok(None);
    }
    match active_viewer(&state.unscoped(), staff_id).await? {
        Some(viewer) => Ok(Some(viewer)),
        None => {
            session.flush().await?;
            Ok(None)
        }
    }
}

/// The signed-in view of an active staff member, with their authority's names.
pub async fn active_viewer(unscoped: &Unscoped, staff_id: StaffId) -> Result<Option<Viewer>, AppError> {
    let db = unscoped.db();
    let row: Option<(StaffId, AuthorityId, String, String, String, String)> = sqlx::query_as(
        "SELECT s.id, s.authority_id, s.role, s.display_name, a.name_en, a.name_cy
         FROM staff s JOIN authorities a ON a.id = s.authority_id
         WHERE s.id = $1 AND s.active = 1",
    )
    .bind(staff_id)
    .fetch_optional(db)
    .await?;
    let Some((staff_id, authority_id, role, display_name, authority_en, authority_cy)) = row else {
        return Ok(None);
    };
    let role = Role::parse(&role).ok_or_else(|| AppError::Internal(format!("unknown role for staff {staff_id}")))?;
    Ok(Some(Viewer { staff_id, authority_id, role, display_name, authority_en, authority_cy }))
}

/// The signed-in staff member, from the request being handled.
pub fn current_viewer() -> Option<Viewer> {
    leptos::prelude::use_context::<http::request::Parts>().and_then(|parts| parts.extensions.get::<Viewer>().cloned())
}

/// A member of staff's call as server functions hand it to a service: the state and who is
/// asking (signed in, or refused as such).
pub fn staff_call() -> Result<(crate::server::AppState, Viewer), AppError> {
    let viewer = current_viewer().ok_or(AppError::Unauthenticated)?;
    Ok((crate::server::state::app_state()?, viewer))
}

/// Refuses a member of staff whose role is not one of `roles`, as if the thing did not exist.
pub fn allowed(viewer: &Viewer, roles: &[Role]) -> Result<(), AppError> {
    if roles.contains(&viewer.role) {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// A request to a plain route (a file download) from a signed-in member of staff: who, from
/// where, in which language. None when nobody is signed in.
pub struct StaffRequest {
    pub viewer: Viewer,
    pub ip: String,
    pub lang: crate::i18n::Lang,
}

impl StaffRequest {
    pub fn from_parts(state: &AppState, parts: &http::request::Parts) -> Option<StaffRequest> {
        Some(StaffRequest {
            viewer: parts.extensions.get::<Viewer>().cloned()?,
            ip: crate::server::security::client_address(parts, state.settings.proxy_hops),
            lang: crate::server::security::lang_from_headers(&parts.headers).for_staff(),
        })
    }
}

/// The client's address, for throttling and the audit trail.
pub fn client_address(state: &AppState) -> String {
    let Some(parts) = leptos::prelude::use_context::<http::request::Parts>() else {
        return String::new();
    };
    crate::server::security::client_address(&parts, state.settings.proxy_hops)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn passwords_hash_with_argon2id_and_verify() {
        let hash = hash_password("a long enough secret".into()).await.expect("hash");
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{hash}");
        assert!(verify_password("a long enough secret".into(), Some(hash.clone())).await.expect("verify"));
        assert!(!verify_password("another secret here".into(), Some(hash)).await.expect("verify"));
    }

    #[tokio::test]
    async fn unknown_accounts_never_verify() {
        assert!(!verify_password("anything at all".into(), None).await.expect("verify"));
    }
}
