//! The secret and who is ready: the invitee in this session, whether they have unlocked, making
//! a secret (pictures or a phrase, hashed with argon2id), unlocking with it, and the lock after
//! five wrong tries.

use crate::domain::forms::{self, Band};
use crate::domain::reviews::Audience;
use crate::features::secret::ChildStatus;
use crate::i18n::T;
use crate::server::forms::{session, Failed};
use crate::server::invitee::Entry;
use crate::server::invitee::SESSION_UNLOCKED;
use crate::server::state::app_state;
use crate::server::{AppError, AppState};
use std::collections::HashMap;

pub use crate::domain::forms::{PICTURES, PICTURES_TO_PICK, SECRET_TRIES};

pub const PHRASE_MIN: usize = 8;

pub const PHRASE_MAX: usize = 200;

/// Where a signed-in child, parent or carer stands.
pub struct Invitee {
    pub entry: Entry,
    pub unlocked: bool,
    pub secret_kind: Option<String>,
    pub locked: bool,
}

/// The child, parent or carer who came in with a link or code in this session (None for nobody,
/// or someone invited to the meeting only).
pub async fn invitee_in() -> Result<Option<Invitee>, AppError> {
    let Some(entry) = crate::server::invitee::current().await? else {
        return Ok(None);
    };
    if entry.audience == Audience::Other {
        return Ok(None);
    }
    let session = session().await?;
    let secret = entry.secret.clone();
    // Unlocked means: this session gave this invitation's current secret (a reset one unlocks nothing).
    let unlocked = match &secret {
        Some(secret) => session.get::<(i64, String)>(SESSION_UNLOCKED).await? == Some((entry.id.get(), secret_tag(&secret.hash))),
        None => false,
    };
    Ok(Some(Invitee {
        unlocked,
        locked: secret.as_ref().is_some_and(|s| s.failures >= SECRET_TRIES),
        secret_kind: secret.map(|s| s.kind),
        entry,
    }))
}

/// The child who came in with a link or code in this session (None for nobody, or an adult).
pub async fn child_in() -> Result<Option<Invitee>, AppError> {
    Ok(invitee_in().await?.filter(|i| i.entry.audience == Audience::Child))
}

/// The words for this invitee: a parent's or carer's where they differ from a child's.
pub fn words_for(entry: &Entry, key: T) -> T {
    key.for_adults(entry.audience != Audience::Child)
}

/// Names one secret (its hash has a random salt, so a new secret has a new tag) without putting
/// the hash itself in the session.
fn secret_tag(hash: &str) -> String {
    crate::server::security::sha256_hex(hash)[..16].to_string()
}

/// Where a page that needs the invitee's secret sends someone who is not ready for it.
pub fn not_ready(child: &Option<Invitee>) -> Option<String> {
    match child {
        None => Some("/start".into()),
        Some(c) if c.unlocked => None,
        Some(c) if c.secret_kind.is_some() => Some("/unlock".into()),
        Some(_) => Some("/secret".into()),
    }
}

/// The signed-in, unlocked child, parent or carer, or where to send them instead.
pub async fn ready_invitee() -> Result<Result<Entry, String>, AppError> {
    let invitee = invitee_in().await?;
    Ok(match not_ready(&invitee) {
        Some(path) => Err(path),
        // After the review only the letter is open: the form and messages are closed.
        None => match invitee.map(|c| c.entry).ok_or(AppError::Unauthenticated)? {
            entry if entry.usable => Ok(entry),
            _ => Err("/letter".into()),
        },
    })
}

/// An invitee's call as server functions hand it to a service: the state and the signed-in,
/// unlocked invitee, or the page to send them to instead.
pub async fn invitee_call() -> Result<Result<(AppState, Entry), String>, AppError> {
    with_state(ready_invitee().await?)
}

/// As `invitee_call`, for what only children have (such as "tell my IRO").
pub async fn child_call() -> Result<Result<(AppState, Entry), String>, AppError> {
    with_state(ready_child().await?)
}

fn with_state(ready: Result<Entry, String>) -> Result<Result<(AppState, Entry), String>, AppError> {
    Ok(match ready {
        Ok(entry) => Ok((app_state()?, entry)),
        Err(path) => Err(path),
    })
}

/// The signed-in, unlocked child (for what only children have, such as "tell my IRO").
pub async fn ready_child() -> Result<Result<Entry, String>, AppError> {
    Ok(match ready_invitee().await? {
        Ok(entry) if entry.audience != Audience::Child => Err("/my-review".into()),
        other => other,
    })
}

fn picture_code(fields: &HashMap<String, String>) -> Vec<&'static str> {
    PICTURES.iter().copied().filter(|p| fields.get(&format!("pic_{p}")).is_some_and(|v| !v.is_empty())).collect()
}

/// A phrase as compared: case and spacing forgiven, because a child retyping on a phone should
/// not be locked out by a capital letter.
fn normalise_phrase(phrase: &str) -> String {
    phrase.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// What making a secret came to.
pub enum Made {
    /// Made: the tag the session keeps to say this invitee has unlocked.
    Unlocked(String),
    /// Another tab made one first: that one stands.
    AlreadyMade,
}

/// The child, parent or carer makes their secret on their first visit: pictures (children
/// only: `pic_<name>` ticked) or a phrase (`phrase`, `phrase_again`), hashed with argon2id.
pub async fn make_secret(state: &AppState, entry: &Entry, kind: &str, fields: &HashMap<String, String>) -> Result<Made, Failed> {
    let tenant = crate::server::tenant::Tenant::of_entry(state, entry);
    // Picture codes are for children; adults make a passphrase.
    let kind = if entry.audience == Audience::Child { kind } else { "phrase" };
    let secret = match kind {
        "pictures" => {
            let chosen = picture_code(fields);
            if chosen.len() != PICTURES_TO_PICK {
                return Err(Failed::field("pictures", T::SecretPickThree));
            }
            chosen.join(" ")
        }
        _ => {
            let phrase = fields.get("phrase").map(|p| normalise_phrase(p)).unwrap_or_default();
            let again = fields.get("phrase_again").map(|p| normalise_phrase(p)).unwrap_or_default();
            if phrase.chars().count() < PHRASE_MIN {
                return Err(Failed::field("phrase", words_for(entry, T::SecretPhraseShort)));
            }
            if phrase.chars().count() > PHRASE_MAX {
                return Err(Failed::field("phrase", words_for(entry, T::SecretPhraseLong)));
            }
            if phrase != again {
                return Err(Failed::field("phrase_again", words_for(entry, T::SecretPhraseDiffer)));
            }
            phrase
        }
    };
    let kind = if kind == "pictures" { "pictures" } else { "phrase" };
    let hash = crate::server::auth::hash_password(secret).await?;
    if tenant.secrets().set_secret(entry.id, kind, &hash, state.clock.now()).await? {
        let made = tenant.secrets().secret(entry.id).await?.ok_or_else(|| AppError::Internal("secret not stored".into()))?;
        Ok(Made::Unlocked(secret_tag(&made.hash)))
    } else {
        Ok(Made::AlreadyMade)
    }
}

/// What giving a secret came to.
pub enum Given {
    /// The right secret: the tag the session keeps to say this invitee has unlocked.
    Unlocked(String),
    /// There is no secret to give (never made, or reset by their IRO): they make a new one.
    NoneMade,
}

/// A returning child, parent or carer gives their secret. Five wrong tries lock it until their
/// IRO resets it; a locked secret refuses even the right answer.
pub async fn give_secret(state: &AppState, entry: &Entry, fields: &HashMap<String, String>) -> Result<Given, Failed> {
    let tenant = crate::server::tenant::Tenant::of_entry(state, entry);
    let Some(secret) = tenant.secrets().secret(entry.id).await? else {
        return Ok(Given::NoneMade);
    };
    let field = if secret.kind == "pictures" { "pictures" } else { "phrase" };
    let given = if secret.kind == "pictures" {
        picture_code(fields).join(" ")
    } else {
        normalise_phrase(fields.get("phrase").map(String::as_str).unwrap_or(""))
    };
    if given.is_empty() && secret.failures < SECRET_TRIES {
        return Err(Failed::field(field, words_for(entry, T::UnlockWrong)));
    }
    // Already locked: said at once, without waiting for a core to check on.
    if secret.failures >= SECRET_TRIES {
        return Err(Failed::field("", words_for(entry, T::UnlockLocked)));
    }
    // A core to check on comes first: a busy server answers "try again" without using a try.
    let slot = crate::server::auth::HashSlot::acquire().await?;
    // The try is counted before the check, so many tries sent at once cannot slip past the
    // limit; only against the secret read above (reset meanwhile, there is nothing to try).
    if !tenant.secrets().take_secret_try(entry.id, &secret.hash, SECRET_TRIES).await? {
        return Err(Failed::field("", words_for(entry, T::UnlockLocked)));
    }
    let checked = slot.verify_password(given, Some(secret.hash.clone())).await?;
    if checked {
        tenant.secrets().secret_worked(entry.id).await?;
        return Ok(Given::Unlocked(secret_tag(&secret.hash)));
    }
    if secret.failures + 1 >= SECRET_TRIES {
        tenant.audit().by_invitee("secret.locked", "invitation", entry.id.get()).await?;
        return Err(Failed::field("", words_for(entry, T::UnlockLocked)));
    }
    Err(Failed::field(field, words_for(entry, T::UnlockWrong)))
}

/// Where the invitee stands, for the screens before the form (None: nobody signed in with a
/// link or code for views).
pub async fn status() -> Result<Option<ChildStatus>, AppError> {
    let Some(child) = invitee_in().await? else {
        return Ok(None);
    };
    let state = app_state()?;
    let tenant = crate::server::tenant::Tenant::of_entry(&state, &child.entry);
    let band = match tenant.secrets().consultation_band(child.entry.id).await? {
        Some(band) => band,
        None => band_for(&state, &child.entry).await?,
    };
    Ok(Some(ChildStatus {
        audience: child.entry.audience,
        first_name: child.entry.first_name.clone(),
        has_secret: child.secret_kind.is_some(),
        picture_secret: child.secret_kind.as_deref() == Some("pictures"),
        unlocked: child.unlocked,
        locked: child.locked,
        band,
    }))
}

/// The band for the child's age on the day of the meeting; parents and carers have one.
pub async fn band_for(state: &AppState, entry: &Entry) -> Result<Band, AppError> {
    if entry.audience != Audience::Child {
        return Ok(Band::Adult);
    }
    let tenant = crate::server::tenant::Tenant::of_entry(state, entry);
    let (born, meeting) = tenant.secrets().born_and_meeting(entry.review_id).await?.ok_or(AppError::NotFound)?;
    Ok(Band::for_age(forms::age_on(born, meeting)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn phrases_forgive_case_and_spacing() {
        assert_eq!(normalise_phrase("  Purple  Elephant\tDance "), "purple elephant dance");
    }

    #[test]
    fn picture_codes_ignore_unknown_fields_and_keep_a_fixed_order() {
        let fields: HashMap<String, String> = [("pic_tree", "on"), ("pic_cat", "on"), ("pic_unicorn", "on"), ("pic_sun", "")]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        assert_eq!(picture_code(&fields), ["cat", "tree"]);
    }
}

#[cfg(test)]
mod service_tests {
    use super::*;
    use crate::model::StaffId;
    use crate::server::testing;

    fn phrase(words: &str) -> HashMap<String, String> {
        [("phrase".to_string(), words.to_string()), ("phrase_again".to_string(), words.to_string())].into()
    }

    fn refused_with(result: Result<Given, Failed>) -> Option<T> {
        match result {
            Err(Failed::Invalid(errors)) => errors.first().map(|e| e.msg.key),
            _ => None,
        }
    }

    /// Five wrong tries lock the secret, and then even the right one is refused, until the
    /// child's own IRO resets it (another IRO cannot); then the child makes a new one.
    #[tokio::test]
    async fn five_wrong_tries_lock_the_secret_until_their_iro_resets_it() {
        let state = testing::state().await;
        let seeded = testing::seed(&state, 14).await;
        let tenant = crate::server::tenant::Tenant::of_viewer(&state, &seeded.iro);
        let entry = seeded.entry(&state).await;
        assert!(matches!(make_secret(&state, &entry, "phrase", &phrase("purple elephant dance")).await, Ok(Made::Unlocked(_))));
        assert!(matches!(make_secret(&state, &entry, "phrase", &phrase("another one entirely")).await, Ok(Made::AlreadyMade)));

        assert!(matches!(give_secret(&state, &entry, &phrase("Purple  Elephant dance")).await, Ok(Given::Unlocked(_))));
        for _ in 0..SECRET_TRIES - 1 {
            assert_eq!(refused_with(give_secret(&state, &entry, &phrase("green giraffe")).await), Some(T::UnlockWrong));
        }
        assert_eq!(refused_with(give_secret(&state, &entry, &phrase("green giraffe")).await), Some(T::UnlockLocked));
        assert_eq!(refused_with(give_secret(&state, &entry, &phrase("purple elephant dance")).await), Some(T::UnlockLocked));

        let secrets = tenant.secrets();
        let reset = |iro: StaffId| secrets.reset_secret(iro, seeded.invitation_id, state.clock.now());
        assert!(!reset(seeded.other_iro.staff_id).await.expect("reset"), "another IRO cannot reset it");
        assert!(reset(seeded.iro.staff_id).await.expect("reset"));
        assert!(matches!(give_secret(&state, &entry, &phrase("purple elephant dance")).await, Ok(Given::NoneMade)));
        assert!(matches!(make_secret(&state, &entry, "phrase", &phrase("a brand new secret")).await, Ok(Made::Unlocked(_))));
        assert!(matches!(give_secret(&state, &entry, &phrase("a brand new secret")).await, Ok(Given::Unlocked(_))));
    }
}
