//! Council sign-in's rules. Starting: the address typed leads to the one authority whose
//! council vouches for its domain; the browser goes to that council's provider with a fresh
//! state, nonce and PKCE challenge kept in the session. Coming back: the state is taken from
//! the session (so it works once), the code is exchanged with the PKCE verifier, and the ID
//! token's signature, issuer, audience, expiry and nonce are checked by `openidconnect`. The
//! address in it must be at the council's domain and belong to an active member of that
//! authority. Every refusal is audited with its reason, never the address.

use super::store::{authority_for_domain, NotSaved, Provider};
use super::{Onward, Settings, CONTINUE_PAGE, RETURN_PATH, SETTINGS_PAGE};
use crate::domain::staff::{EmailAddress, EmailDomain};
use crate::i18n::T;
use crate::model::{AuthorityId, Msg, Role, Viewer};
use crate::server::audit::{self, AuditEvent};
use crate::server::auth::{allowed, client_address, complete_sign_in, known_device, Throttle};
use crate::server::forms::{session, Done, Failed};
use crate::server::state::app_state;
use crate::server::tenant::Tenant;
use crate::server::{outward, AppError, AppState};
use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreProviderMetadata};
use openidconnect::{
    AuthorizationCode, ClientId, ClientSecret, CsrfToken, EndpointMaybeSet, EndpointNotSet, EndpointSet, IssuerUrl, LoginHint, Nonce,
    PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope, TokenResponse,
};
use serde::{Deserialize, Serialize};

/// A council sign-in started on this browser and not yet come back.
const SESSION_PENDING: &str = crate::server::auth::SESSION_SIGN_IN_STEPS[2];
/// How long the council's sign-in may take.
const PENDING_SECONDS: i64 = 10 * 60;
/// How far Heard's clock and the provider's may differ when judging a token's expiry.
const CLOCK_SKEW_SECONDS: i64 = 5;
/// Sign-ins started from one address, and for one council, in a minute: each one calls the
/// council's provider.
const STARTS_PER_ADDRESS: u32 = 20;
const STARTS_PER_COUNCIL: u32 = 300;
/// The form field the address is typed in, on the sign-in page.
const EMAIL_FIELD: &str = "council_email";

/// What the session keeps between leaving for the council's sign-in and coming back.
#[derive(Clone, Serialize, Deserialize)]
struct Pending {
    authority_id: AuthorityId,
    state: String,
    nonce: String,
    verifier: String,
    address: String,
    at: i64,
}

type Client = CoreClient<EndpointSet, EndpointNotSet, EndpointNotSet, EndpointNotSet, EndpointMaybeSet, EndpointMaybeSet>;

/// The client secret is sealed for its authority only.
fn secret_purpose(authority: AuthorityId) -> String {
    format!("oidc-client-secret:{}", authority.get())
}

/// A server on plain HTTP (development, the tests) may use a provider on its own machine.
fn local(state: &AppState) -> bool {
    !state.settings.secure_cookies()
}

/// The address the provider sends the browser back to; registered with the provider.
pub fn return_address(state: &AppState) -> String {
    format!("{}{RETURN_PATH}", state.settings.base_url.trim_end_matches('/'))
}

/// The provider's OpenID configuration (and its signing keys), read through [`outward`].
async fn discover(issuer: &str, local: bool) -> Result<CoreProviderMetadata, String> {
    let issuer = IssuerUrl::new(issuer.to_string()).map_err(|e| format!("issuer: {e}"))?;
    let http = move |request| outward::call(request, local);
    CoreProviderMetadata::discover_async(issuer, &http)
        .await
        .map_err(|e| format!("discovery: {e} ({:?})", std::error::Error::source(&e).map(|s| s.to_string())))
}

fn client(state: &AppState, metadata: CoreProviderMetadata, provider: &Provider, secret: String) -> Result<Client, AppError> {
    let return_to = RedirectUrl::new(return_address(state)).map_err(|e| AppError::Internal(format!("return address: {e}")))?;
    Ok(CoreClient::from_provider_metadata(metadata, ClientId::new(provider.client_id.clone()), Some(ClientSecret::new(secret)))
        .set_redirect_uri(return_to))
}

/// Sends someone on to their council's sign-in: the address they typed names the council.
pub async fn start(email: &str) -> Result<Done, Failed> {
    let state = app_state()?;
    let email = EmailAddress::parse(email).map_err(|key| Failed::field(EMAIL_FIELD, key))?;
    let address = client_address(&state);
    let now = state.clock.now();
    if state.per_minute.count(&format!("council-sign-in:{address}"), now, STARTS_PER_ADDRESS).is_some() {
        return Err(crate::server::auth::locked(1));
    }
    let not_set_up = || Failed::field(EMAIL_FIELD, T::CouncilSignInNotSetUp);
    let Some(authority) = authority_for_domain(&state.unscoped(), email.domain()).await? else {
        return Err(not_set_up());
    };
    if state.per_minute.count(&format!("council-sign-in-council:{}", authority.get()), now, STARTS_PER_COUNCIL).is_some() {
        return Err(crate::server::auth::locked(1));
    }
    let tenant = state.unscoped().for_stored(authority);
    let provider = tenant.council_sign_in().get().await?.ok_or_else(not_set_up)?;
    let secret = open_secret(&state, authority, &provider)?;
    let metadata = discover(&provider.issuer, local(&state)).await.map_err(|why| {
        tracing::warn!(authority = authority.get(), why, "council sign-in: provider unreachable");
        Failed::field(EMAIL_FIELD, T::CouncilSignInUnreachable)
    })?;
    let client = client(&state, metadata, &provider, secret)?;
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let (url, csrf, nonce) = client
        .authorize_url(CoreAuthenticationFlow::AuthorizationCode, CsrfToken::new_random, Nonce::new_random)
        .add_scope(Scope::new("email".into()))
        .add_scope(Scope::new("profile".into()))
        .set_pkce_challenge(challenge)
        // The provider can offer the right account straight away.
        .set_login_hint(LoginHint::new(email.as_str().to_string()))
        .url();
    // The provider's sign-in page is where the browser is sent: HTTPS (or this machine, for a
    // local server), as its issuer is.
    if !crate::server::webhook::allowed_url(url.as_str(), local(&state)) {
        tracing::warn!(authority = authority.get(), "council sign-in: the provider's sign-in page is not HTTPS");
        return Err(Failed::field(EMAIL_FIELD, T::CouncilSignInUnreachable));
    }
    let pending = Pending {
        authority_id: authority,
        state: csrf.secret().clone(),
        nonce: nonce.secret().clone(),
        verifier: verifier.secret().clone(),
        address: url.to_string(),
        at: now,
    };
    session().await?.insert(SESSION_PENDING, pending).await.map_err(AppError::from)?;
    Ok(Done::to(CONTINUE_PAGE))
}

fn open_secret(state: &AppState, authority: AuthorityId, provider: &Provider) -> Result<String, AppError> {
    let plain = state
        .settings
        .seal_key
        .open(&secret_purpose(authority), &provider.sealed_secret)
        .ok_or_else(|| AppError::Internal(format!("council sign-in secret of authority {} does not open", authority.get())))?;
    String::from_utf8(plain).map_err(|_| AppError::Internal("council sign-in secret is not text".into()))
}

/// The provider's address for the page that hands the browser on, while a sign-in started here
/// is waiting.
pub async fn onward(state: &AppState) -> Result<Onward, AppError> {
    let Some(pending) = session().await?.get::<Pending>(SESSION_PENDING).await? else {
        return Ok(Onward::default());
    };
    if state.clock.now() - pending.at > PENDING_SECONDS {
        return Ok(Onward::default());
    }
    let (name_en, name_cy) = state.unscoped().for_stored(pending.authority_id).council_sign_in().authority_names().await?;
    let council = crate::server::security::request_lang().pick(&name_en, &name_cy).to_string();
    Ok(Onward { address: pending.address, council })
}

/// Why a sign-in coming back was refused: what the audit trail records, and what the person
/// is told.
struct Refused {
    reason: &'static str,
    key: T,
    staff: Option<crate::model::StaffId>,
}

fn refused(reason: &'static str, key: T) -> Refused {
    Refused { reason, key, staff: None }
}

/// The way back from the council's sign-in: `code` and `state` as the provider gave them, or
/// `error` when the person did not sign in there.
pub async fn finish(code: Option<String>, returned_state: Option<String>, error: Option<String>) -> Result<Done, Failed> {
    let state = app_state()?;
    // Taken, not read: a way back works once.
    let pending = session().await?.remove::<Pending>(SESSION_PENDING).await.map_err(AppError::from)?;
    let Some(pending) = pending else {
        tracing::info!("council sign-in refused: nothing started on this browser");
        return Err(Failed::field("", T::CouncilSignInExpired));
    };
    let outcome = check(&state, &pending, code, returned_state, error).await;
    let ip = client_address(&state);
    match outcome {
        Ok(Ok((member, email))) => {
            let device = known_device(&state, &email);
            let throttle = Throttle::new(&email, &ip, device.as_deref());
            complete_sign_in(&state, member, &email, &throttle, "council", Done::to("/staff")).await
        }
        Ok(Err(why)) => {
            tracing::info!(authority = pending.authority_id.get(), reason = why.reason, "council sign-in refused");
            audit::record(
                &state.unscoped(),
                AuditEvent {
                    authority_id: Some(pending.authority_id),
                    actor_staff_id: None,
                    action: "staff.council_sign_in_refused",
                    subject_kind: "staff",
                    subject_id: why.staff.map(|s| s.get()),
                    detail: why.reason,
                    ip: &ip,
                },
            )
            .await?;
            Err(Failed::field("", why.key))
        }
        Err(error) => Err(error),
    }
}

/// Checks a way back against what this browser started: the member it signs in, and their
/// address, or why not.
async fn check(
    state: &AppState,
    pending: &Pending,
    code: Option<String>,
    returned_state: Option<String>,
    error: Option<String>,
) -> Result<Result<(crate::model::StaffId, String), Refused>, Failed> {
    if state.clock.now() - pending.at > PENDING_SECONDS {
        return Ok(Err(refused("late", T::CouncilSignInExpired)));
    }
    if !crate::server::security::same_secret(&pending.state, returned_state.as_deref().unwrap_or_default()) {
        return Ok(Err(refused("state", T::CouncilSignInExpired)));
    }
    if error.is_some() {
        return Ok(Err(refused("not_signed_in_there", T::CouncilSignInCancelled)));
    }
    let Some(code) = code.filter(|c| !c.is_empty()) else {
        return Ok(Err(refused("no_code", T::CouncilSignInRefused)));
    };
    let tenant = state.unscoped().for_stored(pending.authority_id);
    let Some(provider) = tenant.council_sign_in().get().await? else {
        return Ok(Err(refused("turned_off", T::CouncilSignInNotSetUp)));
    };
    let secret = open_secret(state, pending.authority_id, &provider)?;
    let metadata = match discover(&provider.issuer, local(state)).await {
        Ok(metadata) => metadata,
        Err(why) => {
            tracing::warn!(authority = pending.authority_id.get(), why, "council sign-in: provider unreachable");
            return Ok(Err(refused("unreachable", T::CouncilSignInUnreachable)));
        }
    };
    let client = client(state, metadata, &provider, secret)?;
    let local = local(state);
    let http = move |request| outward::call(request, local);
    let exchange = client.exchange_code(AuthorizationCode::new(code)).map_err(|e| AppError::Internal(format!("token endpoint: {e}")))?;
    let tokens = match exchange.set_pkce_verifier(PkceCodeVerifier::new(pending.verifier.clone())).request_async(&http).await {
        Ok(tokens) => tokens,
        Err(why) => {
            tracing::warn!(authority = pending.authority_id.get(), why = %why, "council sign-in: code not exchanged");
            return Ok(Err(refused("code_refused", T::CouncilSignInRefused)));
        }
    };
    let Some(id_token) = tokens.id_token() else {
        return Ok(Err(refused("no_id_token", T::CouncilSignInRefused)));
    };
    // Heard's clock (which the tests may move), less a little for the provider's.
    let judged_at = chrono::DateTime::from_timestamp(state.clock.now() - CLOCK_SKEW_SECONDS, 0).unwrap_or_default();
    let verifier = client.id_token_verifier().set_time_fn(move || judged_at);
    let claims = match id_token.claims(&verifier, &Nonce::new(pending.nonce.clone())) {
        Ok(claims) => claims,
        Err(why) => {
            use openidconnect::ClaimsVerificationError as E;
            let reason = match why {
                E::Expired(_) => "expired",
                E::InvalidAudience(_) => "audience",
                E::InvalidIssuer(_) => "issuer",
                E::InvalidNonce(_) => "nonce",
                E::SignatureVerification(_) => "signature",
                _ => "token",
            };
            tracing::info!(authority = pending.authority_id.get(), why = %why, "council sign-in: ID token refused");
            return Ok(Err(refused(reason, T::CouncilSignInRefused)));
        }
    };
    // The address the council vouches for: `email`, or (Entra ID without the optional claim) the
    // sign-in name when it is an address. An address the provider says is unverified is not one.
    if claims.email_verified() == Some(false) {
        return Ok(Err(refused("email_unverified", T::CouncilSignInRefused)));
    }
    let said = claims.email().map(|e| e.as_str().to_string()).or_else(|| claims.preferred_username().map(|u| u.as_str().to_string()));
    let Some(email) = said.and_then(|s| EmailAddress::parse(&s).ok()) else {
        return Ok(Err(refused("no_email", T::CouncilSignInRefused)));
    };
    if !email.domain().eq_ignore_ascii_case(&provider.email_domain) {
        return Ok(Err(refused("domain", T::CouncilSignInNoAccount)));
    }
    let Some(member) = tenant.council_sign_in().member(email.as_str()).await? else {
        return Ok(Err(refused("no_account", T::CouncilSignInNoAccount)));
    };
    if member.active != 1 || member.role().is_none() {
        return Ok(Err(Refused { reason: "disabled", key: T::CouncilSignInDisabled, staff: Some(member.id) }));
    }
    // An address in a token can change (Entra ID's `email` is not verified), the subject cannot:
    // a member is bound to the subject of their first council sign-in, and only it signs in
    // as them after that.
    let subject = claims.subject().as_str();
    let other_subject = || Ok(Err(Refused { reason: "subject", key: T::CouncilSignInRefused, staff: Some(member.id) }));
    match tenant.council_sign_in().subject_of(member.id).await? {
        Some((issuer, bound)) if issuer == provider.issuer && bound == subject => {}
        Some((issuer, _)) if issuer == provider.issuer => return other_subject(),
        _ => {
            if !tenant.council_sign_in().bind(member.id, &provider.issuer, subject).await? {
                return other_subject();
            }
        }
    }
    Ok(Ok((member.id, email.as_str().to_string())))
}

/// The authority's council sign-in, for its admin.
pub async fn settings(state: &AppState, viewer: &Viewer) -> Result<Settings, AppError> {
    allowed(viewer, &[Role::Admin])?;
    let stored = Tenant::of_viewer(state, viewer).council_sign_in().get().await?;
    Ok(match stored {
        Some(p) => Settings {
            on: true,
            issuer: p.issuer,
            client_id: p.client_id,
            email_domain: p.email_domain,
            return_address: return_address(state),
        },
        None => Settings { return_address: return_address(state), ..Settings::default() },
    })
}

/// What an admin typed to set council sign-in.
pub struct Typed<'a> {
    pub issuer: &'a str,
    pub client_id: &'a str,
    /// Empty keeps the secret saved before.
    pub client_secret: &'a str,
    pub email_domain: &'a str,
}

/// Sets the authority's council sign-in, once the provider's OpenID configuration is read at
/// the issuer given: a mistyped issuer is found now, not at someone's first sign-in.
pub async fn save(state: &AppState, viewer: &Viewer, typed: Typed<'_>) -> Result<Done, Failed> {
    allowed(viewer, &[Role::Admin])?;
    let tenant = Tenant::of_viewer(state, viewer);
    let before = tenant.council_sign_in().get().await?;
    let mut errors = Vec::new();
    // As typed: discovery checks the issuer exactly, and some end in `/`.
    let issuer = typed.issuer.trim().to_string();
    if !outward::may_call(&issuer, local(state)) {
        errors.push(("issuer", T::CouncilSignInIssuerInvalid));
    }
    let client_id = typed.client_id.trim().to_string();
    if client_id.is_empty() || client_id.len() > 200 || client_id.chars().any(char::is_control) {
        errors.push(("client_id", T::CouncilSignInClientIdMissing));
    }
    // The saved secret is kept only for the same provider and client: it is never sent elsewhere.
    let same_client = before.as_ref().is_some_and(|b| b.issuer == issuer && b.client_id == client_id);
    let secret = match (typed.client_secret.trim(), &before) {
        ("", Some(before)) if same_client => Some(open_secret(state, viewer.authority_id, before)?),
        ("", Some(_)) => {
            errors.push(("client_secret", T::CouncilSignInSecretAgain));
            None
        }
        ("", None) => {
            errors.push(("client_secret", T::CouncilSignInSecretMissing));
            None
        }
        (typed, _) if typed.len() > 500 => {
            errors.push(("client_secret", T::CouncilSignInSecretMissing));
            None
        }
        (typed, _) => Some(typed.to_string()),
    };
    let domain = EmailDomain::parse(typed.email_domain).map_err(|key| errors.push(("email_domain", key))).ok();
    let (Some(secret), Some(domain), true) = (secret, domain, errors.is_empty()) else {
        return Err(Failed::Invalid(
            errors.into_iter().map(|(field, key)| crate::model::FieldError { field: field.into(), msg: Msg::new(key) }).collect(),
        ));
    };
    if let Err(why) = discover(&issuer, local(state)).await {
        tracing::info!(authority = viewer.authority_id.get(), why, "council sign-in: issuer not read");
        return Err(Failed::field("issuer", T::CouncilSignInIssuerUnreachable));
    }
    let provider = Provider {
        issuer,
        client_id,
        sealed_secret: state.settings.seal_key.seal(&secret_purpose(viewer.authority_id), secret.as_bytes()),
        email_domain: domain.as_str().to_string(),
    };
    match tenant.council_sign_in().set(&provider).await {
        Ok(()) => {}
        Err(NotSaved::DomainTaken) => return Err(Failed::field("email_domain", T::CouncilSignInDomainTaken)),
        Err(NotSaved::Failed(error)) => return Err(error.into()),
    }
    let action = if before.is_some() { "council_sign_in.changed" } else { "council_sign_in.on" };
    audit::by_staff(state, viewer, action, "authority", Some(viewer.authority_id.get()), "").await?;
    Ok(Done::to(SETTINGS_PAGE).with_notice(Msg::new(T::CouncilSignInSaved).with("domain", domain.as_str())))
}

/// Turns council sign-in off: staff sign in with their passwords again.
pub async fn turn_off(state: &AppState, viewer: &Viewer) -> Result<Done, Failed> {
    allowed(viewer, &[Role::Admin])?;
    if Tenant::of_viewer(state, viewer).council_sign_in().remove().await? {
        audit::by_staff(state, viewer, "council_sign_in.off", "authority", Some(viewer.authority_id.get()), "").await?;
    }
    Ok(Done::to(SETTINGS_PAGE).with_notice(Msg::new(T::CouncilSignInTurnedOff)))
}
