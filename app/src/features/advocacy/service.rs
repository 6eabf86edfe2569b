//! The advocacy offer as a step of the form: record yes or no, and turn a yes into a referral
//! with a reference (one per invitation, however often they press).

use crate::features::advocacy::AdvocacyPage;
use crate::features::form::service::{advocacy_step, check_step, consultation, step_path};
use crate::features::secret::service::words_for;
use crate::i18n::T;
use crate::model::Go;
use crate::model::Msg;
use crate::server::forms::{Done, Failed};
use crate::server::invitee::Entry;
use crate::server::{AppError, AppState};

/// The ready invitee's answer to the advocacy offer: "yes", "more" or "no".
pub async fn choose(state: &AppState, entry: &Entry, choice: &str) -> Result<Done, Failed> {
    let tenant = crate::server::tenant::Tenant::of_entry(state, entry);
    let (c, form) = consultation(state, entry).await?;
    // Reached in order, the offer leads on to the check; opened from the help panel half way
    // through, it leads back to where they were, and skips nothing.
    let in_order = c.step >= advocacy_step(form);
    let after = match (c.submitted_at.is_some(), in_order) {
        (true, _) => "/form/done".to_string(),
        (false, true) => "/form/check".to_string(),
        (false, false) => step_path(form, c.step.max(1)),
    };
    if !form.offers_advocacy() {
        return Ok(Done::to(after));
    }
    match choice {
        "yes" => {
            tenant.advocacy().set_advocacy(c.id, "yes", state.clock.now()).await?;
            tenant.advocacy().request_advocacy(entry.review_id, entry.id, &new_reference(), state.clock.now()).await?;
            state.wake_jobs.notify_one();
            if in_order {
                tenant.consultations().reach_step(c.id, check_step(form)).await?;
            }
            Ok(Done::to(after).with_notice(Msg::new(words_for(entry, T::AdvocacyAsked))))
        }
        "more" => {
            tenant.advocacy().set_advocacy(c.id, "more", state.clock.now()).await?;
            Ok(Done::to("/form/advocate?more=1"))
        }
        "no" => {
            tenant.advocacy().set_advocacy(c.id, "no", state.clock.now()).await?;
            if in_order {
                tenant.consultations().reach_step(c.id, check_step(form)).await?;
            }
            Ok(Done::to(after))
        }
        _ => Err(Failed::field("advocacy", words_for(entry, T::ConsultNotAChoice))),
    }
}

/// A reference the advocacy provider quotes to the review team: random, meaningless, short.
fn new_reference() -> String {
    use rand::Rng;
    let alphabet = crate::domain::reviews::CODE_ALPHABET;
    let mut rng = rand::rng();
    let code: String = (0..8).map(|_| alphabet[rng.random_range(0..alphabet.len())] as char).collect();
    format!("ADV-{code}")
}

pub async fn advocacy_page(state: &AppState, entry: &Entry) -> Result<Go<AdvocacyPage>, AppError> {
    let tenant = crate::server::tenant::Tenant::of_entry(state, entry);
    let (c, form) = consultation(state, entry).await?;
    if !form.offers_advocacy() {
        return Ok(Go::To(step_path(form, c.step.max(1))));
    }
    let settings = tenant.settings().get().await?;
    let (provider, provider_phone, _) = settings.advocacy_for(entry.audience);
    Ok(Go::Show(AdvocacyPage {
        band: c.band,
        audience: entry.audience,
        provider: provider.to_string(),
        provider_phone: provider_phone.to_string(),
        choice: c.advocacy.clone(),
        reference: tenant.consultations().advocacy_reference(entry.id).await?,
        // Opened from the help panel half way through, "back" returns to their screen.
        back: step_path(form, (advocacy_step(form) - 1).min(c.step.max(1))),
        next: match (c.submitted_at.is_some(), c.step >= advocacy_step(form)) {
            (true, _) => "/form/done".into(),
            (false, true) => "/form/check".into(),
            (false, false) => step_path(form, c.step.max(1)),
        },
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_look_alike_and_differ() {
        let a = new_reference();
        assert!(a.starts_with("ADV-") && a.len() == 12, "{a}");
        assert_ne!(a, new_reference());
    }
}

#[cfg(test)]
mod service_tests {
    use super::*;
    use crate::server::testing;

    /// "Yes" pressed twice (a double click, a second tab) makes one referral, with one
    /// reference, and one message to the advocacy service.
    #[tokio::test]
    async fn yes_twice_makes_one_advocacy_request() {
        let state = testing::state().await;
        let seeded = testing::seed(&state, 14).await;
        let entry = seeded.entry(&state).await;
        let tenant = crate::server::tenant::Tenant::of_entry(&state, &entry);
        assert!(choose(&state, &entry, "yes").await.is_ok());
        let first = tenant.consultations().advocacy_reference(entry.id).await.expect("read").expect("made");
        assert!(choose(&state, &entry, "yes").await.is_ok());
        let again = tenant.consultations().advocacy_reference(entry.id).await.expect("read").expect("made");
        assert_eq!(first, again);
        let requests: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM advocacy_requests").fetch_one(&state.db).await.expect("count");
        let messages: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE kind = 'advocacy'").fetch_one(&state.db).await.expect("count");
        assert_eq!((requests, messages), (1, 1));
        assert!(matches!(choose(&state, &entry, "maybe").await, Err(Failed::Invalid(_))), "an answer not offered is refused");
    }
}
