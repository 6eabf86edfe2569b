//! "Tell my IRO": the child's messages (sent, and whether read), sending one (the IRO is told
//! by mail, with no words in it), and the IRO reading one (audited; the first read marks it read).

use crate::domain::forms::{self, MessageKind};
use crate::features::form::service::consultation;
use crate::features::messages::{IroMessage, MessagePage, SentMessageView};
use crate::i18n::{Lang, T};
use crate::model::Go;
use crate::model::Viewer;
use crate::model::{FieldError, Msg};
use crate::server::forms::{Done, Failed};
use crate::server::invitee::Entry;
use crate::server::AppState;
use crate::server::{audit, AppError};

/// "Tell my IRO": the form, and what the child has sent before with whether it was read.
pub async fn message_page(state: &AppState, entry: &Entry) -> Result<Go<MessagePage>, AppError> {
    let tenant = crate::server::tenant::Tenant::of_entry(state, entry);
    let (c, _) = consultation(state, entry).await?;
    let sent = tenant
        .messages()
        .messages_sent(entry.id)
        .await?
        .into_iter()
        .filter_map(|m| {
            Some(SentMessageView {
                kind: MessageKind::parse(&m.kind)?,
                words: m.words,
                sent_on: crate::server::uk_date(m.sent_at),
                read: m.read_at.is_some(),
            })
        })
        .collect();
    Ok(Go::Show(MessagePage { band: c.band, sent }))
}

pub async fn send_message(state: &AppState, entry: &Entry, kind: &str, words: &str, lang: Lang) -> Result<Done, Failed> {
    let Some(kind) = MessageKind::parse(kind) else {
        return Err(Failed::field("kind", T::MessagePickKind));
    };
    let words = crate::domain::text::clean_multiline(words);
    if words.chars().count() > forms::MAX_WORDS {
        return Err(Failed::Invalid(vec![FieldError {
            field: "words".into(),
            msg: Msg::new(T::ConsultTooLong).with("limit", forms::MAX_WORDS.to_string()),
        }]));
    }
    let tenant = crate::server::tenant::Tenant::of_entry(state, entry);
    let id = tenant.messages().send_message(entry.review_id, entry.id, kind.as_str(), &words, lang).await?;
    tenant.audit().by_invitee("message.sent", "message", id).await?;
    state.wake_jobs.notify_one();
    Ok(Done::to("/message").with_notice(Msg::new(T::MessageSent)))
}

/// The child's IRO reads a message: every read is audited; the first marks it read.
pub async fn read_message(state: &AppState, viewer: &Viewer, id: i64) -> Result<IroMessage, AppError> {
    crate::server::auth::allowed(viewer, &[crate::model::Role::Iro])?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    let message = tenant.messages().message_for_iro(viewer.staff_id, id).await?.ok_or(AppError::NotFound)?;
    audit::by_staff(state, viewer, "message.read", "message", Some(id), "").await?;
    tenant.messages().mark_message_read(id, viewer.staff_id).await?;
    Ok(IroMessage {
        child_id: message.child_id,
        child_name: message.preferred_name,
        kind: MessageKind::parse(&message.kind).ok_or_else(|| AppError::Internal(format!("message {id}: kind")))?,
        words: message.words,
        language: Lang::parse(&message.language).unwrap_or_default(),
        sent_on: crate::server::uk_date(message.sent_at),
    })
}
