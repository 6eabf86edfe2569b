//! Invitations: adding invitees, sending by email, letters for post, resending and revoking.

use crate::domain::reviews::{Delivery, Invitee, InviteeInput};
use crate::features::invitations::LetterData;
use crate::features::reviews::service::{booked_review, link_expiry, REVIEW_STAFF};
use crate::i18n::T;
use crate::model::Msg;
use crate::model::ReviewId;
use crate::model::Viewer;
use crate::model::{ChildId, InvitationId};
use crate::server::forms::{Done, Failed};
use crate::server::links::{code_hash, new_salt, token_hash};
use crate::server::outbox::{self, Outcome};
use crate::server::{audit, AppError, AppState};

/// What to store for a link made from `salt`: the salt and the hashes, never the link or code.
fn new_link(state: &AppState, salt: String, expires_at: i64) -> crate::features::invitations::store::NewLink {
    let key = &state.settings.link_key;
    let (token_hash, code_hash) = (token_hash(&key.token(&salt)), code_hash(&key.code(&salt)));
    crate::features::invitations::store::NewLink { salt, token_hash, code_hash, expires_at }
}

pub async fn add(state: &AppState, viewer: &Viewer, review_id: ReviewId, input: &InviteeInput) -> Result<Done, Failed> {
    crate::server::auth::allowed(viewer, &REVIEW_STAFF)?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    booked_review(&tenant, review_id).await?;
    let post_enabled = tenant.settings().post_enabled().await?;
    let invitee = Invitee::parse(input, post_enabled).map_err(Failed::Invalid)?;
    crate::features::languages::service::check_offered(&tenant, invitee.language).await?;
    let id = tenant.invitations().insert(review_id, &invitee).await?;
    audit::by_staff(state, viewer, "invitation.added", "invitation", Some(id), invitee.audience.as_str()).await?;
    Ok(Done::to(format!("/staff/reviews/{review_id}")).with_notice(Msg::new(T::InviteeAdded).with("name", invitee.first_name)))
}

/// Acts on one invitation; returns where the form goes back to, and the outcome.
pub async fn act(state: &AppState, viewer: &Viewer, id: InvitationId, action: &str) -> (String, Result<Done, Failed>) {
    let mut back = "/staff".to_string();
    let result = act_inner(state, viewer, id, action, &mut back).await;
    (back, result)
}

async fn act_inner(state: &AppState, viewer: &Viewer, id: InvitationId, action: &str, back: &mut String) -> Result<Done, Failed> {
    crate::server::auth::allowed(viewer, &REVIEW_STAFF)?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    let stored = tenant.invitations().get(id).await?.ok_or(AppError::NotFound)?;
    let review_page = format!("/staff/reviews/{}", stored.review_id);
    *back = review_page.clone();
    let review = booked_review(&tenant, stored.review_id).await?;
    let invitation = &stored.row;
    if invitation.revoked {
        return Err(AppError::Invalid(T::ErrInvitationRevoked).into());
    }
    let name = invitation.first_name.clone();
    let letter_page = format!("/staff/invitations/{id}/letter");
    let expires = link_expiry(review.meeting_on);
    match (action, invitation.delivery) {
        ("send", Delivery::Email) | ("resend", Delivery::Email) => {
            // A new link every time, queued in the outbox with it and sent at once by the same
            // path as every other message: if the mail server does not take it now, it is tried
            // again, and the review page shows it until it goes.
            let link = new_link(state, new_salt(), expires);
            let queued =
                tenant.invitations().new_emailed_link(id, stored.review_id, &link, state.clock.now()).await?.ok_or(AppError::NotFound)?;
            let event = if action == "send" { "invitation.sent" } else { "invitation.resent" };
            audit::by_staff(state, viewer, event, "invitation", Some(id.get()), "email").await?;
            // A slow mail server does not keep the page waiting: after a few seconds the page
            // says it is queued, and the sending finishes (or is retried) on its own.
            let notice = match outbox::send_now(state, queued, std::time::Duration::from_secs(8)).await {
                Outcome::Sent if action == "send" => T::InvitationSentNotice,
                Outcome::Sent => T::InvitationResentNotice,
                _ => T::InvitationQueuedNotice,
            };
            state.wake_jobs.notify_one();
            Ok(Done::to(review_page).with_notice(Msg::new(notice).with("name", name)))
        }
        ("letter", Delivery::Post) if stored.salt.is_some() => Ok(Done::to(letter_page)),
        ("letter", Delivery::Post) | ("resend", Delivery::Post) => {
            if !tenant.invitations().set_letter_link(id, &new_link(state, new_salt(), expires)).await? {
                return Err(AppError::NotFound.into());
            }
            let event = if action == "letter" { "invitation.letter" } else { "invitation.resent" };
            audit::by_staff(state, viewer, event, "invitation", Some(id.get()), "post").await?;
            Ok(Done::to(letter_page))
        }
        ("posted", Delivery::Post) => {
            if !tenant.invitations().mark_posted(id).await? {
                return Err(AppError::Invalid(T::ErrLetterFirst).into());
            }
            audit::by_staff(state, viewer, "invitation.posted", "invitation", Some(id.get()), "").await?;
            Ok(Done::to(review_page).with_notice(Msg::new(T::LetterPostedNotice).with("name", name)))
        }
        ("revoke", _) => {
            if !tenant.invitations().revoke(id).await? {
                return Err(AppError::NotFound.into());
            }
            audit::by_staff(state, viewer, "invitation.revoked", "invitation", Some(id.get()), "").await?;
            Ok(Done::to(review_page).with_notice(Msg::new(T::InvitationRevokedNotice).with("name", name)))
        }
        ("reset_secret", _) => {
            // Only an IRO resets a child's way back in (it is their relationship with the child).
            if viewer.role != crate::model::Role::Iro {
                return Err(AppError::NotFound.into());
            }
            if !tenant.secrets().reset_secret(viewer.staff_id, id, state.clock.now()).await? {
                return Err(AppError::NotFound.into());
            }
            audit::by_staff(state, viewer, "secret.reset", "invitation", Some(id.get()), "").await?;
            Ok(Done::to(review_page).with_notice(Msg::new(T::SecretWasReset)))
        }
        _ => Err(AppError::Invalid(T::ErrSomethingWrong).into()),
    }
}

/// Invites everyone on the chosen children's records to their booked reviews (from the work
/// list), each their own way: anyone not invited yet is added, then every invitation not yet
/// issued is: emails are queued in the outbox (and sent by it, with retries), letters are made
/// for printing under "Letters to post". A child with no booked review, or no contacts and
/// nothing to send, is named in the notice, as is one whose invitations could not all be
/// made; nothing is said of a child of another council.
pub async fn bulk_invite(state: &AppState, viewer: &Viewer, children: &[ChildId], back: &str) -> Result<Done, Failed> {
    use crate::features::reviews::service::BULK_MOST;
    crate::server::auth::allowed(viewer, &REVIEW_STAFF)?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    if children.is_empty() {
        return Err(Failed::field("chosen", T::ErrBulkInviteNoneChosen));
    }
    if children.len() > BULK_MOST {
        return Err(Failed::field("chosen", T::ErrBulkTooMany));
    }
    let (mut reviews, mut emails, mut letters) = (0usize, 0usize, 0usize);
    let mut left: Vec<String> = Vec::new();
    let post_enabled = tenant.settings().post_enabled().await?;
    for child in children {
        let Some(line) = crate::features::reviews::service::schedule_lines(&tenant, None, Some(*child)).await?.into_iter().next() else {
            continue;
        };
        let Some(review) = &line.review else {
            left.push(line.child_name);
            continue;
        };
        match invite_contacts(state, viewer, &tenant, *child, review, post_enabled).await {
            // Nobody to invite, and nobody invited before: their contacts are still to add.
            Ok(Invited { emails: 0, letters: 0, anyone: false }) => left.push(line.child_name),
            Ok(invited) => {
                reviews += 1;
                emails += invited.emails;
                letters += invited.letters;
            }
            Err(error) => {
                error.log();
                left.push(line.child_name);
            }
        }
    }
    state.wake_jobs.notify_one();
    let counts = [("count", reviews), ("emails", emails), ("letters", letters)];
    let mut notice = Msg::new(if left.is_empty() { T::BulkInvited } else { T::BulkInvitedSome });
    for (name, count) in counts {
        notice = notice.with(name, count.to_string());
    }
    if !left.is_empty() {
        notice = notice.with("names", left.join(", "));
    }
    Ok(Done::to(back).with_notice(notice))
}

/// What one child's part of a bulk invitation did.
struct Invited {
    emails: usize,
    letters: usize,
    /// Someone has been sent their invitation (now or before).
    anyone: bool,
}

/// One child's part of a bulk invitation: their contacts not yet invited to `review` are added,
/// then every invitation not yet issued is emailed (queued) or given its letter. Someone whose
/// invitation was revoked is not invited again (revoking is how staff stop someone being
/// contacted), and nobody is sent a letter while the council sends none.
async fn invite_contacts(
    state: &AppState,
    viewer: &Viewer,
    tenant: &crate::server::tenant::Tenant,
    child: ChildId,
    review: &crate::features::reviews::ReviewDetail,
    post_enabled: bool,
) -> Result<Invited, AppError> {
    let invited = tenant.invitations().for_review(review.id).await?;
    let offered = crate::features::languages::service::offered(tenant).await?;
    for contact in tenant.contacts().for_child(child).await? {
        let audience = contact.slot.audience();
        let already = invited.iter().any(|i| i.audience == audience && i.first_name.eq_ignore_ascii_case(&contact.first_name));
        if already || (contact.delivery == Delivery::Post && !post_enabled) {
            continue;
        }
        let invitee = Invitee {
            audience,
            first_name: contact.first_name,
            // A language the council has stopped offering: their invitation is in English.
            language: if offered.contains(&contact.language) { contact.language } else { contact.language.for_staff() },
            delivery: contact.delivery,
            email: contact.email,
            postal_address: contact.postal_address,
        };
        let id = tenant.invitations().insert(review.id, &invitee).await?;
        audit::by_staff(state, viewer, "invitation.added", "invitation", Some(id), "bulk").await?;
    }
    let expires = link_expiry(review.meeting_on);
    let mut done = Invited { emails: 0, letters: 0, anyone: false };
    for invitation in tenant.invitations().for_review(review.id).await?.into_iter().filter(|i| !i.revoked) {
        if invitation.issued {
            done.anyone = true;
            continue;
        }
        let link = new_link(state, new_salt(), expires);
        match invitation.delivery {
            Delivery::Email => {
                if tenant.invitations().new_emailed_link(invitation.id, review.id, &link, state.clock.now()).await?.is_some() {
                    audit::by_staff(state, viewer, "invitation.sent", "invitation", Some(invitation.id.get()), "email bulk").await?;
                    done.emails += 1;
                    done.anyone = true;
                }
            }
            Delivery::Post if post_enabled => {
                if tenant.invitations().make_first_letter(invitation.id, &link).await? {
                    audit::by_staff(state, viewer, "invitation.letter", "invitation", Some(invitation.id.get()), "post bulk").await?;
                    done.letters += 1;
                    done.anyone = true;
                }
            }
            Delivery::Post => {}
        }
    }
    Ok(done)
}

/// The most letters printed in one run: a page of them, each audited as it is shown.
pub const PRINT_MOST: usize = 50;

/// Every letter waiting to be posted (up to a print run), soonest meeting first, each shown
/// (and audited) as its own page shows it.
pub async fn letters_to_print(state: &AppState, viewer: &Viewer) -> Result<crate::features::invitations::PrintRun, AppError> {
    crate::server::auth::allowed(viewer, &REVIEW_STAFF)?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    let waiting = tenant.invitations().letters_waiting().await?;
    let total = waiting.len();
    let mut letters = Vec::new();
    for id in waiting.into_iter().take(PRINT_MOST) {
        letters.push(letter(state, viewer, id).await?);
    }
    let unmade = if tenant.settings().post_enabled().await? { tenant.invitations().letters_unmade().await?.len() } else { 0 };
    Ok(crate::features::invitations::PrintRun { letters, total, unmade })
}

/// Makes every letter added and not made yet (each its own link and code), so the print run
/// holds every letter "to post" counts.
pub async fn make_letters(state: &AppState, viewer: &Viewer) -> Result<Done, Failed> {
    crate::server::auth::allowed(viewer, &REVIEW_STAFF)?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    if !tenant.settings().post_enabled().await? {
        return Err(AppError::Invalid(T::ErrPostDisabled).into());
    }
    let mut made = 0usize;
    for (id, review_id) in tenant.invitations().letters_unmade().await? {
        // A review closed a moment ago has no letters to make; the rest go on.
        let review = match booked_review(&tenant, review_id).await {
            Ok(review) => review,
            Err(AppError::Invalid(_) | AppError::NotFound) => continue,
            Err(error) => return Err(error.into()),
        };
        if tenant.invitations().make_first_letter(id, &new_link(state, new_salt(), link_expiry(review.meeting_on))).await? {
            audit::by_staff(state, viewer, "invitation.letter", "invitation", Some(id.get()), "post bulk").await?;
            made += 1;
        }
    }
    Ok(Done::to("/staff/letters").with_notice(Msg::new(T::LettersMade).with("count", made.to_string())))
}

/// Marks the printed letters as posted, each audited; one revoked meanwhile is left.
pub async fn mark_all_posted(state: &AppState, viewer: &Viewer, ids: &[InvitationId]) -> Result<Done, Failed> {
    crate::server::auth::allowed(viewer, &REVIEW_STAFF)?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    if ids.is_empty() || ids.len() > PRINT_MOST {
        return Err(AppError::Invalid(T::ErrSomethingWrong).into());
    }
    let mut posted = 0usize;
    for id in ids {
        if tenant.invitations().mark_posted(*id).await? {
            audit::by_staff(state, viewer, "invitation.posted", "invitation", Some(id.get()), "bulk").await?;
            posted += 1;
        }
    }
    Ok(Done::to("/staff/letters").with_notice(Msg::new(T::LettersPostedNotice).with("count", posted.to_string())))
}

/// The letter for a post invitation, with its link, code and QR code derived again from the salt.
pub async fn letter(state: &AppState, viewer: &Viewer, id: InvitationId) -> Result<LetterData, AppError> {
    crate::server::auth::allowed(viewer, &REVIEW_STAFF)?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    let stored = tenant.invitations().get(id).await?.ok_or(AppError::NotFound)?;
    let salt = match (&stored.salt, stored.row.delivery, stored.row.revoked) {
        (Some(salt), Delivery::Post, false) => salt.clone(),
        _ => return Err(AppError::NotFound),
    };
    let review = tenant.reviews().get(stored.review_id).await?.ok_or(AppError::NotFound)?;
    let authority = tenant.council().await?;
    let settings = tenant.settings().get().await?;
    let link = crate::server::links::link_url(state, &salt);
    let qr_svg = crate::server::links::qr_svg(&link)?;
    audit::by_staff(state, viewer, "invitation.letter_viewed", "invitation", Some(id.get()), "").await?;
    Ok(LetterData {
        invitation_id: id,
        review_id: stored.review_id,
        first_name: stored.row.first_name,
        postal_address: stored.row.postal_address,
        language: stored.row.language,
        audience: stored.row.audience,
        child_name: review.child_name,
        code: crate::domain::reviews::format_code(&state.settings.link_key.code(&salt)),
        link,
        qr_svg,
        meeting_on: review.meeting_on,
        meeting_at: review.meeting_at,
        arrangement: review.arrangement,
        arrangement_details: review.arrangement_details,
        authority_en: authority.name_en,
        authority_cy: authority.name_cy,
        review_team_phone: settings.review_team_phone,
        review_team_email: settings.review_team_email,
    })
}

/// Queues the one reminder for every invitation now inside its reminder window (see
/// `domain::schedule::reminder_due`). Returns how many were queued.
pub async fn queue_reminders(state: &AppState) -> Result<usize, AppError> {
    let today = crate::domain::calendar::uk_time(state.clock.now()).date();
    let mut queued = 0;
    let jobs = crate::server::tenant::Unscoped::of_state(state);
    for candidate in crate::features::invitations::store::reminder_candidates(&jobs).await? {
        // Each reminder is queued as the authority of the invitation it read.
        let tenant = jobs.for_stored(candidate.authority_id);
        let sent_on = crate::server::uk_time(candidate.sent_at).date();
        if crate::domain::schedule::reminder_due(candidate.meeting_on()?, sent_on, today)
            && tenant
                .outbox()
                .enqueue_reminder(crate::model::InvitationId::new(candidate.id), candidate.review_id, state.clock.now())
                .await?
        {
            queued += 1;
        }
    }
    Ok(queued)
}

#[cfg(test)]
mod service_tests {
    use super::*;
    use crate::server::testing;

    /// A reminder goes once, on a working day inside its window before the report deadline,
    /// never on the day the invitation was sent, however often the job looks.
    #[tokio::test]
    async fn one_reminder_is_queued_inside_its_window() {
        let state = testing::state().await;
        let seeded = testing::seed(&state, 21).await;
        let sent_on = crate::domain::calendar::uk_time(state.clock.now()).date();
        let meeting = sent_on + time::Duration::days(21);
        let (from, to) = crate::domain::schedule::reminder_window(meeting);
        let mut queued_on = Vec::new();
        for _ in 0..21 {
            let today = crate::domain::calendar::uk_time(state.clock.now()).date();
            for _ in 0..2 {
                if queue_reminders(&state).await.expect("queue") > 0 {
                    queued_on.push(today);
                }
            }
            state.clock.advance(24 * 60 * 60);
        }
        assert_eq!(queued_on.len(), 1, "one reminder: {queued_on:?}");
        assert!(queued_on[0] >= from && queued_on[0] <= to && queued_on[0] > sent_on, "{queued_on:?} outside {from}..={to}");
        let reminders: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE kind = 'reminder' AND subject_id = $1")
            .bind(seeded.invitation_id)
            .fetch_one(&state.db)
            .await
            .expect("count");
        assert_eq!(reminders, 1);
    }
}
