//! Sending email: SMTP through lettre in production, or a local outbox folder in development
//! (listed on an admin page). Messages carry a first name and a link, nothing else personal.

use crate::i18n::{Lang, T};
use crate::model::AuthorityId;
use crate::server::AppError;
use lettre::message::{header::ContentType, Mailbox};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

pub enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// Development only: each message is written under this folder instead of being sent.
    Outbox(PathBuf),
}

pub struct Mailer {
    from: Mailbox,
    transport: Transport,
}

/// One message, in plain text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Email {
    /// Whose message this is; the development outbox shows each admin only their authority's.
    pub authority_id: Option<AuthorityId>,
    pub to: String,
    pub subject: String,
    pub body: String,
    /// The languages the body is written in, in order (`Content-Language`).
    pub languages: Vec<Lang>,
    /// The same on every try of one queued message, so a repeat can be recognised; a new one is
    /// made when None.
    pub message_id: Option<String>,
}

/// Why a message did not go, in words that carry nothing of the message or the server's reply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// The address cannot be an email address.
    #[error("the recipient's address is not an email address")]
    BadAddress,
    /// The mail server answered with a permanent refusal (5xx).
    #[error("the mail server refused the message")]
    Refused,
    /// The mail server could not be reached, or asked to try later.
    #[error("the mail server is not available")]
    Unavailable,
}

/// `Content-Language` (RFC 3282): the languages a message is written in.
#[derive(Clone, Debug)]
struct ContentLanguage(String);

impl lettre::message::header::Header for ContentLanguage {
    fn name() -> lettre::message::header::HeaderName {
        lettre::message::header::HeaderName::new_from_ascii_str("Content-Language")
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ContentLanguage(s.to_string()))
    }

    fn display(&self) -> lettre::message::header::HeaderValue {
        lettre::message::header::HeaderValue::new(Self::name(), self.0.clone())
    }
}

/// What the development outbox keeps beside each `.eml` file, for the admin page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutboxEntry {
    pub file: String,
    #[serde(default)]
    pub authority_id: Option<AuthorityId>,
    pub at: i64,
    pub to: String,
    pub subject: String,
    pub body: String,
}

impl Mailer {
    /// `smtp_url` as lettre reads it: `smtp://host:25` (plain, for a local relay),
    /// `smtp://host:587?tls=required` (STARTTLS) or `smtps://user:pass@host:465`.
    pub fn smtp(smtp_url: &str, from: &str) -> Result<Mailer, String> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(smtp_url)
            .map_err(|e| format!("HEARD_SMTP_URL: {e}"))?
            .timeout(Some(std::time::Duration::from_secs(20)))
            .build();
        Ok(Mailer { from: parse_from(from)?, transport: Transport::Smtp(transport) })
    }

    pub fn outbox(dir: PathBuf, from: &str) -> Result<Mailer, String> {
        Ok(Mailer { from: parse_from(from)?, transport: Transport::Outbox(dir) })
    }

    pub fn outbox_dir(&self) -> Option<&PathBuf> {
        match &self.transport {
            Transport::Outbox(dir) => Some(dir),
            Transport::Smtp(_) => None,
        }
    }

    /// Sends one message with `Message-ID`, `Date`, `MIME-Version` and `Content-Language`.
    /// Errors say only what kind of failure it was (logged by the caller without addresses).
    pub async fn send(&self, email: &Email) -> Result<(), SendError> {
        let to: Mailbox = email.to.parse().map_err(|_| SendError::BadAddress)?;
        let languages = email.languages.iter().map(|l| l.code()).collect::<Vec<_>>().join(", ");
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(email.subject.clone())
            .message_id(email.message_id.clone())
            .date_now()
            .header(lettre::message::header::MIME_VERSION_1_0)
            .header(ContentLanguage(if languages.is_empty() { Lang::En.code().to_string() } else { languages }))
            .header(ContentType::TEXT_PLAIN)
            .body(email.body.clone())
            .map_err(|_| SendError::BadAddress)?;
        match &self.transport {
            Transport::Smtp(transport) => transport.send(message).await.map(|_| ()).map_err(|error| {
                if error.is_permanent() {
                    SendError::Refused
                } else {
                    SendError::Unavailable
                }
            }),
            Transport::Outbox(dir) => write_to_folder(dir, email, &message).await.map_err(|error| {
                tracing::error!(%error, "the development outbox folder cannot be written");
                SendError::Unavailable
            }),
        }
    }
}

/// Development: the message as an `.eml` file and a `.json` summary for the admin page.
async fn write_to_folder(dir: &std::path::Path, email: &Email, message: &Message) -> Result<(), AppError> {
    tokio::fs::create_dir_all(dir).await.map_err(|e| AppError::Internal(format!("outbox: {e}")))?;
    let at = crate::server::now();
    let stem = format!("{at}-{}", &crate::server::links::new_salt()[..8]);
    let entry = OutboxEntry {
        file: format!("{stem}.eml"),
        authority_id: email.authority_id,
        at,
        to: email.to.clone(),
        subject: email.subject.clone(),
        body: email.body.clone(),
    };
    let json = serde_json::to_string_pretty(&entry).map_err(|e| AppError::Internal(format!("outbox: {e}")))?;
    tokio::fs::write(dir.join(format!("{stem}.eml")), message.formatted()).await.map_err(|e| AppError::Internal(format!("outbox: {e}")))?;
    // The summary last: the admin page lists only messages whose file is complete.
    tokio::fs::write(dir.join(format!("{stem}.json")), json).await.map_err(|e| AppError::Internal(format!("outbox: {e}")))?;
    Ok(())
}

fn parse_from(from: &str) -> Result<Mailbox, String> {
    from.parse().map_err(|e| format!("HEARD_MAIL_FROM: {e}"))
}

/// The newest messages in the development outbox, newest first.
pub async fn read_outbox(dir: &std::path::Path, limit: usize) -> Result<Vec<OutboxEntry>, AppError> {
    let mut entries = Vec::new();
    let mut listing = match tokio::fs::read_dir(dir).await {
        Ok(listing) => listing,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(entries),
        Err(e) => return Err(AppError::Internal(format!("outbox: {e}"))),
    };
    while let Some(item) = listing.next_entry().await.map_err(|e| AppError::Internal(format!("outbox: {e}")))? {
        let path = item.path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let text = tokio::fs::read_to_string(&path).await.map_err(|e| AppError::Internal(format!("outbox: {e}")))?;
        if let Ok(entry) = serde_json::from_str::<OutboxEntry>(&text) {
            entries.push(entry);
        }
    }
    entries.sort_by(|a, b| b.at.cmp(&a.at).then_with(|| b.file.cmp(&a.file)));
    entries.truncate(limit);
    Ok(entries)
}

/// Why a message about an invitation is sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Purpose {
    Invitation,
    Changed,
    Cancelled,
    Reminder,
    /// The IRO's letter after the review is ready to read.
    Letter,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::Invitation => "invitation",
            Purpose::Changed => "changed",
            Purpose::Cancelled => "cancelled",
            Purpose::Reminder => "reminder",
            Purpose::Letter => "letter",
        }
    }

    pub fn parse(value: &str) -> Option<Purpose> {
        [Purpose::Invitation, Purpose::Changed, Purpose::Cancelled, Purpose::Reminder, Purpose::Letter]
            .into_iter()
            .find(|p| p.as_str() == value)
    }
}

/// The message for one invitee, in their language, with a line in Welsh and one in English
/// (the ones that are not theirs) offering it there too. Only their first name and the link: no child's name, no dates, no places.
pub fn invitation_email(purpose: Purpose, authority_id: AuthorityId, to: &str, first_name: &str, lang: Lang, link: &str) -> Email {
    let (subject, lead) = match purpose {
        Purpose::Invitation => (T::MailInviteSubject, T::MailInviteBody),
        Purpose::Changed => (T::MailChangedSubject, T::MailChangedBody),
        Purpose::Cancelled => (T::MailCancelledSubject, T::MailCancelledBody),
        Purpose::Reminder => (T::MailReminderSubject, T::MailReminderBody),
        Purpose::Letter => (T::MailLetterSubject, T::MailLetterBody),
    };
    let mut body = format!("{}\n\n{}\n\n", T::MailHello.fill(lang, &[("name", first_name)]), lead.get(lang));
    if purpose != Purpose::Cancelled {
        body.push_str(&format!("{}\n{link}\n\n{}\n\n", T::MailOpenLink.get(lang), T::MailLinkPrivate.get(lang)));
    }
    body.push_str(&format!("{}\n\n-- \n", T::MailIgnore.get(lang)));
    for other in lang.also_offered() {
        body.push_str(&format!("{}\n", T::MailOtherLanguage.get(other)));
    }
    Email {
        authority_id: Some(authority_id),
        to: to.to_string(),
        subject: subject.get(lang).to_string(),
        body,
        languages: std::iter::once(lang).chain(lang.also_offered()).collect(),
        message_id: None,
    }
}

/// What a staff notice is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    /// "I don't feel safe", to the child's IRO.
    AlertToIro,
    /// "I don't feel safe", to the council's duty team.
    AlertToDuty,
    /// "Yes please" to an advocate, to the provider.
    Advocacy,
    /// A parent's "yes please" to an advocate, to the parents' provider.
    ParentAdvocacy,
    /// A message from a child, to their IRO.
    Message,
}

/// A notice to staff or a partner service: what happened and where to look, never who or what
/// was said. Welsh first, then English, as the reader's language is not known.
pub fn notice_email(kind: NoticeKind, authority_id: AuthorityId, to: &str, link: &str, reference: &str) -> Email {
    let (subject, lead) = match kind {
        NoticeKind::AlertToIro => (T::MailAlertSubject, T::MailAlertBody),
        NoticeKind::AlertToDuty => (T::MailAlertSubject, T::MailDutyAlertBody),
        NoticeKind::Advocacy => (T::MailAdvocacySubject, T::MailAdvocacyBody),
        NoticeKind::ParentAdvocacy => (T::MailAdvocacySubject, T::MailParentAdvocacyBody),
        NoticeKind::Message => (T::MailMessageSubject, T::MailMessageBody),
    };
    let part = |lang: Lang| format!("{}\n{link}\n\n{}\n", lead.fill(lang, &[("reference", reference)]), T::MailStaffFooter.get(lang));
    Email {
        authority_id: Some(authority_id),
        to: to.to_string(),
        subject: format!("{} / {}", subject.get(Lang::Cy), subject.get(Lang::En)),
        body: format!("{}\n----\n\n{}", part(Lang::Cy), part(Lang::En)),
        languages: vec![Lang::Cy, Lang::En],
        message_id: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_hold_a_first_name_and_a_link_in_the_recipients_language() {
        let email = invitation_email(
            Purpose::Invitation,
            AuthorityId::new(1),
            "carer@example.org",
            "Siân",
            Lang::Cy,
            "https://heard.example/i/abc",
        );
        assert_eq!(email.subject, T::MailInviteSubject.get(Lang::Cy));
        assert!(email.body.contains("Siân"));
        assert!(email.body.contains("https://heard.example/i/abc"));
        assert!(email.body.contains(T::MailInviteBody.get(Lang::Cy)));
        assert!(email.body.contains(T::MailOtherLanguage.get(Lang::En)), "offers English too");
    }

    #[test]
    fn a_cancellation_carries_no_link() {
        let email =
            invitation_email(Purpose::Cancelled, AuthorityId::new(1), "p@example.org", "Sam", Lang::En, "https://heard.example/i/abc");
        assert!(!email.body.contains("/i/abc"));
    }

    #[test]
    fn purposes_round_trip() {
        for p in [Purpose::Invitation, Purpose::Changed, Purpose::Cancelled, Purpose::Reminder, Purpose::Letter] {
            assert_eq!(Purpose::parse(p.as_str()), Some(p));
        }
    }

    #[tokio::test]
    async fn the_outbox_keeps_each_message_and_lists_newest_first() {
        let dir = std::env::temp_dir().join(format!("heard-outbox-{}", crate::server::links::new_salt()));
        let mailer = Mailer::outbox(dir.clone(), "Heard <no-reply@heard.invalid>").expect("mailer");
        for n in 1..=2 {
            let email = Email {
                authority_id: Some(AuthorityId::new(1)),
                to: "a@example.org".into(),
                subject: format!("Subject {n}"),
                body: "Hello Siân".into(),
                languages: vec![Lang::Cy],
                message_id: Some(format!("<m{n}@heard.invalid>")),
            };
            mailer.send(&email).await.expect("written");
        }
        let entries = read_outbox(&dir, 10).await.expect("read");
        assert_eq!(entries.len(), 2);
        assert!(entries.iter().all(|e| e.body == "Hello Siân" && e.to == "a@example.org"));
        let eml = std::fs::read_to_string(dir.join(&entries[0].file)).expect("eml file");
        assert!(eml.contains("To: a@example.org"), "{eml}");
        for header in ["Message-ID: <m", "MIME-Version: 1.0", "Date: ", "Content-Language: cy"] {
            assert!(eml.contains(header), "{header} in {eml}");
        }
        let _ = std::fs::remove_dir_all(dir);
    }
}
