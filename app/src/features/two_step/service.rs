//! Two-step sign-in's rules. After a right password, someone with an authenticator goes on to
//! the code step, and someone who must have one and has not goes on to set it up; only then are
//! they signed in. Between the two, the session holds who passed the password (for ten
//! minutes), never a signed-in member. Wrong codes count as failed sign-ins, under the same
//! limits; a code is accepted once.

use super::{SetUp, Status, CODES_PAGE, CODE_PAGE, SET_UP_AT_SIGN_IN};
use crate::domain::two_step::{group_secret, parse_code, recovery_code, show_recovery, TypedCode, RECOVERY_CODES, STEP_SECONDS};
use crate::i18n::T;
use crate::model::{AuthorityId, Msg, Role, StaffId, Viewer};
use crate::server::auth::{client_address, complete_sign_in, current_viewer, known_device, locked, Throttle};
use crate::server::forms::{session, Done, Failed};
use crate::server::state::app_state;
use crate::server::tenant::Tenant;
use crate::server::{audit, AppError, AppState};
use serde::{Deserialize, Serialize};

/// Who passed the password and waits for the second step.
const SESSION_PENDING: &str = crate::server::auth::SESSION_SIGN_IN_STEPS[0];
/// The sealed secret being set up, until a code from it proves the app has it.
const SESSION_SET_UP: &str = crate::server::auth::SESSION_SIGN_IN_STEPS[1];
/// How long the second step may take after the password (setting up an app takes a while).
const PENDING_SECONDS: i64 = 10 * 60;
/// The cookie that carries new recovery codes to the page that shows them, once. Never the
/// session: that is kept in the database, where only the codes' hashes may be.
const CODES_COOKIE: &str = "heard_recovery_codes";
/// What an authenticator app lists the account under.
const ISSUER: &str = "Heard";

/// An account whose password was right.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Account {
    pub staff_id: StaffId,
    pub authority_id: AuthorityId,
    pub role: Role,
    pub email: String,
}

/// The account past its password, and when.
#[derive(Clone, Debug, Serialize, Deserialize)]
struct Pending {
    account: Account,
    at: i64,
}

/// Whether a member must have two-step sign-in: every admin, and everyone where the council asks.
pub fn required(role: Role, for_everyone: bool) -> bool {
    role == Role::Admin || for_everyone
}

/// After a right password: straight in, or on to the code step, or to set-up.
pub async fn after_password(state: &AppState, account: Account, throttle: Throttle) -> Result<Done, Failed> {
    let tenant = state.unscoped().for_stored(account.authority_id);
    let has_it = tenant.two_step().get(account.staff_id).await?.is_some();
    if !has_it && !required(account.role, tenant.two_step().for_everyone().await?) {
        return complete_sign_in(state, account.staff_id, &account.email, &throttle, "password", Done::to("/staff")).await;
    }
    let session = session().await?;
    // Whoever was signed in on this browser before is not any more; a fresh id as at sign-in.
    session.remove::<StaffId>(crate::server::auth::SESSION_STAFF_ID).await.map_err(AppError::from)?;
    session.remove::<String>(SESSION_SET_UP).await.map_err(AppError::from)?;
    session.cycle_id().await.map_err(AppError::from)?;
    session.insert(SESSION_PENDING, Pending { account, at: state.clock.now() }).await.map_err(AppError::from)?;
    Ok(Done::to(if has_it { CODE_PAGE } else { SET_UP_AT_SIGN_IN }))
}

/// The account waiting for its second step on this browser, if it is not too late.
async fn pending(state: &AppState) -> Result<Option<Account>, AppError> {
    let pending = session().await?.get::<Pending>(SESSION_PENDING).await?;
    Ok(pending.filter(|p| state.clock.now() - p.at <= PENDING_SECONDS).map(|p| p.account))
}

/// Who is setting up: a signed-in member from their account, or someone who must before
/// they are let in.
enum Who {
    SignedIn(Viewer),
    AtSignIn(Account),
}

impl Who {
    async fn now(state: &AppState) -> Result<Who, AppError> {
        if let Some(viewer) = current_viewer() {
            return Ok(Who::SignedIn(viewer));
        }
        pending(state).await?.map(Who::AtSignIn).ok_or(AppError::Unauthenticated)
    }

    fn staff_id(&self) -> StaffId {
        match self {
            Who::SignedIn(viewer) => viewer.staff_id,
            Who::AtSignIn(account) => account.staff_id,
        }
    }

    fn tenant(&self, state: &AppState) -> Tenant {
        match self {
            Who::SignedIn(viewer) => Tenant::of_viewer(state, viewer),
            // Read from the account's own row when its password was checked.
            Who::AtSignIn(account) => state.unscoped().for_stored(account.authority_id),
        }
    }
}

/// What each sealed value is for: one member's secret opens for that member only.
fn secret_purpose(staff_id: StaffId) -> String {
    format!("totp:{}", staff_id.get())
}

fn set_up_purpose(staff_id: StaffId) -> String {
    format!("totp-set-up:{}", staff_id.get())
}

/// Recovery codes are kept as keyed tags (see `SealKey::tag`), each member's under their own.
fn recovery_purpose(staff_id: StaffId) -> String {
    format!("recovery:{}", staff_id.get())
}

/// The new codes on their way to the page that shows them: sealed for that member only.
fn codes_purpose(staff_id: StaffId) -> String {
    format!("recovery-codes:{}", staff_id.get())
}

/// RFC 6238 as every authenticator app does it by default: SHA-1, six digits, 30 seconds.
fn authenticator(secret: Vec<u8>, email: &str) -> Result<totp_rs::TOTP, AppError> {
    totp_rs::TOTP::new(totp_rs::Algorithm::SHA1, 6, 1, STEP_SECONDS as u64, secret, Some(ISSUER.into()), email.to_string())
        .map_err(|e| AppError::Internal(format!("authenticator: {e}")))
}

/// The step `code` belongs to, if it is the code for now or the step either side (clocks on
/// phones drift) and later than `after`.
fn matching_step(totp: &totp_rs::TOTP, code: &str, now: i64, after: i64) -> Option<i64> {
    let step = now.div_euclid(STEP_SECONDS);
    (step - 1..=step + 1)
        .filter(|s| *s > after && *s >= 0)
        .find(|s| crate::server::security::same_secret(&totp.generate((s * STEP_SECONDS) as u64), code))
}

/// Checks a typed code against a member's authenticator or recovery codes, using it up. Some
/// way it was given ("app_code" or "recovery_code") when right.
async fn use_code(
    state: &AppState,
    tenant: &Tenant,
    staff_id: StaffId,
    email: &str,
    typed: &TypedCode,
) -> Result<Option<&'static str>, AppError> {
    let Some(stored) = tenant.two_step().get(staff_id).await? else {
        return Ok(None);
    };
    match typed {
        TypedCode::App(code) => {
            let secret = state
                .settings
                .seal_key
                .open(&secret_purpose(staff_id), &stored.sealed_secret)
                .ok_or_else(|| AppError::Internal("an authenticator secret does not open with this server's key".into()))?;
            let totp = authenticator(secret, email)?;
            match matching_step(&totp, code, tenant.now(), stored.last_step) {
                Some(step) if tenant.two_step().use_step(staff_id, step).await? => Ok(Some("app_code")),
                _ => Ok(None),
            }
        }
        TypedCode::Recovery(code) => {
            let tag = state.settings.seal_key.tag(&recovery_purpose(staff_id), code);
            Ok(tenant.two_step().use_recovery_code(staff_id, &tag).await?.then_some("recovery_code"))
        }
    }
}

fn wrong_code() -> Failed {
    Failed::field("code", T::TwoStepCodeWrong)
}

/// The code step: the password was right a moment ago on this browser; now the code.
pub async fn sign_in_code(typed: &str) -> Result<Done, Failed> {
    let state = app_state()?;
    let Some(account) = pending(&state).await? else {
        return Err(AppError::Unauthenticated.into());
    };
    let throttle = Throttle::new(&account.email, &client_address(&state), known_device(&state, &account.email).as_deref());
    if let Some(minutes) = throttle.wait_minutes(&state).await? {
        return Err(locked(minutes));
    }
    if typed.trim().is_empty() {
        return Err(Failed::field("code", T::TwoStepCodeMissing));
    }
    let tenant = state.unscoped().for_stored(account.authority_id);
    let how = match parse_code(typed) {
        Some(code) => use_code(&state, &tenant, account.staff_id, &account.email, &code).await?,
        None => None,
    };
    let Some(how) = how else {
        throttle.record_failure(&state).await?;
        tracing::info!("sign-in code wrong");
        return Err(wrong_code());
    };
    session().await?.remove::<Pending>(SESSION_PENDING).await.map_err(AppError::from)?;
    let mut then = Done::to("/staff");
    if how == "recovery_code" {
        let left = tenant.two_step().codes_left(account.staff_id).await?;
        then = then.with_notice(Msg::new(T::TwoStepRecoveryUsed).with("left", left.to_string()));
    }
    complete_sign_in(&state, account.staff_id, &account.email, &throttle, how, then).await
}

/// The set-up page: a new secret for this browser's set-up (the same one until it is
/// confirmed), as a QR code and as text.
pub async fn set_up_page() -> Result<SetUp, AppError> {
    let state = app_state()?;
    let who = Who::now(&state).await?;
    let tenant = who.tenant(&state);
    let staff_id = who.staff_id();
    // Set up over an existing authenticator? Never at sign-in (a password alone must not
    // replace the second step), and from the account only once it is turned off.
    if tenant.two_step().get(staff_id).await?.is_some() {
        return Ok(SetUp { already_on: true, at_sign_in: matches!(who, Who::AtSignIn(_)), ..SetUp::default() });
    }
    let session = session().await?;
    let carried = session.get::<String>(SESSION_SET_UP).await?;
    let secret = match carried.and_then(|sealed| state.settings.seal_key.open(&set_up_purpose(staff_id), &sealed)) {
        Some(secret) => secret,
        None => {
            use rand::RngCore;
            // 160 bits, as RFC 4226 recommends.
            let mut secret = vec![0u8; 20];
            rand::rng().fill_bytes(&mut secret);
            session.insert(SESSION_SET_UP, state.settings.seal_key.seal(&set_up_purpose(staff_id), &secret)).await?;
            secret
        }
    };
    let email = tenant.two_step().email(staff_id).await?.ok_or(AppError::NotFound)?;
    let totp = authenticator(secret, &email)?;
    Ok(SetUp {
        secret: group_secret(&totp.get_secret_base32()),
        qr_svg: crate::server::links::qr_svg(&totp.get_url())?,
        at_sign_in: matches!(who, Who::AtSignIn(_)),
        already_on: false,
    })
}

/// Ten new recovery codes for a member: shown once, kept as keyed tags.
fn new_codes(state: &AppState, staff_id: StaffId) -> (Vec<String>, Vec<String>) {
    use rand::RngCore;
    let mut codes = Vec::with_capacity(RECOVERY_CODES);
    while codes.len() < RECOVERY_CODES {
        let mut random = [0u8; 32];
        rand::rng().fill_bytes(&mut random);
        if let Some(code) = recovery_code(&random) {
            codes.push(code);
        }
    }
    let tags = codes.iter().map(|c| state.settings.seal_key.tag(&recovery_purpose(staff_id), c)).collect();
    (codes, tags)
}

/// Hands new recovery codes to the page that shows them (for five minutes, that page only),
/// sealed so that they open for this member alone.
fn hand_over(state: &AppState, staff_id: StaffId, codes: &[String]) {
    let value = state.settings.seal_key.seal(&codes_purpose(staff_id), codes.join(".").as_bytes());
    crate::server::security::hand_over(state, CODES_COOKIE, CODES_PAGE, &value);
}

/// Confirms the set-up with a code from the app: two-step sign-in is on, ten recovery codes
/// are made, and someone setting up at sign-in is let in.
pub async fn confirm(typed: &str) -> Result<Done, Failed> {
    let state = app_state()?;
    let who = Who::now(&state).await?;
    let tenant = who.tenant(&state);
    let staff_id = who.staff_id();
    if tenant.two_step().get(staff_id).await?.is_some() {
        return Err(Failed::field("", T::TwoStepAlreadyOn));
    }
    let session = session().await?;
    let Some(secret) = session
        .get::<String>(SESSION_SET_UP)
        .await
        .map_err(AppError::from)?
        .and_then(|sealed| state.settings.seal_key.open(&set_up_purpose(staff_id), &sealed))
    else {
        return Err(Failed::field("", T::TwoStepStartAgain));
    };
    let throttle = match &who {
        Who::AtSignIn(account) => {
            let throttle = Throttle::new(&account.email, &client_address(&state), known_device(&state, &account.email).as_deref());
            if let Some(minutes) = throttle.wait_minutes(&state).await? {
                return Err(locked(minutes));
            }
            Some(throttle)
        }
        Who::SignedIn(_) => None,
    };
    let code = match parse_code(typed) {
        Some(TypedCode::App(code)) => code,
        _ if typed.trim().is_empty() => return Err(Failed::field("code", T::TwoStepCodeMissing)),
        _ => return Err(Failed::field("code", T::TwoStepCodeSixDigits)),
    };
    let email = tenant.two_step().email(staff_id).await?.ok_or(AppError::NotFound)?;
    let Some(step) = matching_step(&authenticator(secret.clone(), &email)?, &code, tenant.now(), i64::MIN) else {
        if let Some(throttle) = &throttle {
            throttle.record_failure(&state).await?;
        }
        return Err(wrong_code());
    };
    let (codes, hashes) = new_codes(&state, staff_id);
    let sealed = state.settings.seal_key.seal(&secret_purpose(staff_id), &secret);
    if !tenant.two_step().enable(staff_id, &sealed, step, &hashes).await? {
        // Set up meanwhile (another browser): this one does not replace it.
        return Err(Failed::field("", T::TwoStepAlreadyOn));
    }
    session.remove::<String>(SESSION_SET_UP).await.map_err(AppError::from)?;
    hand_over(&state, staff_id, &codes);
    let then = Done::to(CODES_PAGE).with_notice(Msg::new(T::TwoStepOnNotice));
    match (who, throttle) {
        (Who::AtSignIn(account), Some(throttle)) => {
            session.remove::<Pending>(SESSION_PENDING).await.map_err(AppError::from)?;
            let event = audit::AuditEvent {
                authority_id: Some(account.authority_id),
                actor_staff_id: Some(staff_id),
                action: "staff.two_step_on",
                subject_kind: "staff",
                subject_id: Some(staff_id.get()),
                detail: "",
                ip: &client_address(&state),
            };
            audit::record(&state.unscoped(), event).await?;
            complete_sign_in(&state, staff_id, &account.email, &throttle, "app_code_set_up", then).await
        }
        (Who::SignedIn(viewer), _) => {
            audit::by_staff(&state, &viewer, "staff.two_step_on", "staff", Some(staff_id.get()), "").await?;
            Ok(then)
        }
        (Who::AtSignIn(_), None) => Err(AppError::Internal("set-up at sign-in without its throttle".into()).into()),
    }
}

/// New recovery codes carried to this page, shown once (then forgotten by the browser).
pub async fn recovery_codes(state: &AppState, viewer: &Viewer) -> Result<Vec<String>, AppError> {
    let Some(carried) = crate::server::security::take_handed_over(state, CODES_COOKIE, CODES_PAGE) else {
        return Ok(Vec::new());
    };
    // Codes sealed for someone else (another member signed in on this browser since) open nothing.
    let Some(opened) = state.settings.seal_key.open(&codes_purpose(viewer.staff_id), &carried) else {
        return Ok(Vec::new());
    };
    Ok(String::from_utf8_lossy(&opened)
        .split('.')
        .filter_map(|c| match parse_code(c) {
            Some(TypedCode::Recovery(code)) => Some(show_recovery(&code)),
            _ => None,
        })
        .collect())
}

/// A member's own two-step sign-in, for their account page.
pub async fn status(state: &AppState, viewer: &Viewer) -> Result<Status, AppError> {
    let tenant = Tenant::of_viewer(state, viewer);
    let on = tenant.two_step().get(viewer.staff_id).await?.is_some();
    Ok(Status {
        on,
        required: required(viewer.role, tenant.two_step().for_everyone().await?),
        codes_left: if on { tenant.two_step().codes_left(viewer.staff_id).await? } else { 0 },
    })
}

/// From one's account, with a code as proof: new recovery codes, or two-step sign-in off
/// (where it is not required). Wrong codes count as failed sign-ins.
pub async fn manage(state: &AppState, viewer: &Viewer, action: &str, typed: &str) -> Result<Done, Failed> {
    let tenant = Tenant::of_viewer(state, viewer);
    let email = tenant.two_step().email(viewer.staff_id).await?.ok_or(AppError::NotFound)?;
    if tenant.two_step().get(viewer.staff_id).await?.is_none() {
        return Err(Failed::field("", T::TwoStepIsOff));
    }
    let turn_off = match action {
        "new_codes" => false,
        "turn_off" => true,
        _ => return Err(AppError::Invalid(T::ErrSomethingWrong).into()),
    };
    if turn_off && required(viewer.role, tenant.two_step().for_everyone().await?) {
        return Err(Failed::field("", T::TwoStepRequired));
    }
    let throttle = Throttle::new(&email, &client_address(state), None);
    if let Some(minutes) = throttle.wait_minutes(state).await? {
        return Err(locked(minutes));
    }
    if typed.trim().is_empty() {
        return Err(Failed::field("code", T::TwoStepCodeMissing));
    }
    let how = match parse_code(typed) {
        Some(code) => use_code(state, &tenant, viewer.staff_id, &email, &code).await?,
        None => None,
    };
    if how.is_none() {
        throttle.record_failure(state).await?;
        return Err(wrong_code());
    }
    if turn_off {
        tenant.two_step().remove(viewer.staff_id).await?;
        audit::by_staff(state, viewer, "staff.two_step_off", "staff", Some(viewer.staff_id.get()), "").await?;
        return Ok(Done::to("/staff/account").with_notice(Msg::new(T::TwoStepOffNotice)));
    }
    let (codes, hashes) = new_codes(state, viewer.staff_id);
    if !tenant.two_step().replace_codes(viewer.staff_id, &hashes).await? {
        return Err(Failed::field("", T::TwoStepIsOff));
    }
    audit::by_staff(state, viewer, "staff.recovery_codes_made", "staff", Some(viewer.staff_id.get()), "").await?;
    hand_over(state, viewer.staff_id, &codes);
    Ok(Done::to(CODES_PAGE).with_notice(Msg::new(T::TwoStepNewCodesNotice)))
}

/// An admin turns off another member's two-step sign-in (a lost phone, and no codes left): they
/// set it up again at their next sign-in if they must have it.
pub async fn reset(state: &AppState, viewer: &Viewer, staff_id: StaffId) -> Result<Done, Failed> {
    crate::server::auth::allowed(viewer, &[Role::Admin])?;
    if staff_id == viewer.staff_id {
        return Err(Failed::field("", T::TwoStepResetSelf));
    }
    let tenant = Tenant::of_viewer(state, viewer);
    if !tenant.two_step().remove(staff_id).await? {
        return Err(AppError::NotFound.into());
    }
    audit::by_staff(state, viewer, "staff.two_step_reset", "staff", Some(staff_id.get()), "").await?;
    Ok(Done::to("/staff/admin/staff").with_notice(Msg::new(T::TwoStepResetDone)))
}

/// Whether the authority asks two-step sign-in of everyone (admins only may read or change it).
pub async fn for_everyone(state: &AppState, viewer: &Viewer) -> Result<bool, AppError> {
    crate::server::auth::allowed(viewer, &[Role::Admin])?;
    Tenant::of_viewer(state, viewer).two_step().for_everyone().await
}

pub async fn set_for_everyone(state: &AppState, viewer: &Viewer, everyone: bool) -> Result<Done, Failed> {
    crate::server::auth::allowed(viewer, &[Role::Admin])?;
    Tenant::of_viewer(state, viewer).two_step().set_for_everyone(everyone).await?;
    let detail = if everyone { "everyone" } else { "admins" };
    audit::by_staff(state, viewer, "settings.two_step", "authority", Some(viewer.authority_id.get()), detail).await?;
    Ok(Done::to("/staff/admin/staff").with_notice(Msg::new(T::TwoStepRuleSaved)))
}

/// The ids of the authority's staff who have two-step sign-in on (for the staff list).
pub async fn members_with_it(tenant: &Tenant) -> Result<Vec<i64>, AppError> {
    tenant.two_step().members_with_it().await
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238's test vector (appendix B, SHA-1): at T = 59 s the eight-digit code is 94287082,
    /// whose last six digits are the six-digit code.
    #[test]
    fn codes_follow_rfc_6238() {
        let totp = authenticator(b"12345678901234567890".to_vec(), "a@b.example").expect("totp");
        assert_eq!(totp.generate(59), "287082");
        assert_eq!(totp.generate(1_111_111_109), "081804");
        assert_eq!(matching_step(&totp, "287082", 59, i64::MIN), Some(1));
        // The step either side is accepted (clock drift), but not once it is used.
        assert_eq!(matching_step(&totp, "287082", 59 + 30, i64::MIN), Some(1));
        assert_eq!(matching_step(&totp, "287082", 59, 1), None);
        assert_eq!(matching_step(&totp, "287082", 59 + 90, i64::MIN), None);
        assert_eq!(matching_step(&totp, "000000", 59, i64::MIN), None);
    }

    #[test]
    fn admins_always_need_it_and_others_as_the_council_says() {
        assert!(required(Role::Admin, false));
        assert!(!required(Role::Iro, false));
        assert!(required(Role::Iro, true));
    }
}
