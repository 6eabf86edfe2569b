//! Who came in with a link or code: the invitation this session holds, found only by the hash of
//! its link or code (or its id, once in the session). Every child, parent and carer page starts here.

use crate::domain::reviews::Audience;
use crate::i18n::Lang;
use crate::model::AuthorityId;
use crate::model::InvitationId;
use crate::model::ReviewId;
use crate::server::forms::session;
use crate::server::state::app_state;
use crate::server::tenant::Unscoped;
use crate::server::AppError;

/// The session key holding the invitation an invitee came in with.
pub const SESSION_INVITATION: &str = "invitation_id";

/// The session key set once the invitee has made or given their secret in this session.
pub const SESSION_UNLOCKED: &str = "unlocked_invitation";

/// What the entry page and the invitee's pages know of an invitation.
#[derive(Clone, Debug)]
pub struct Entry {
    pub id: InvitationId,
    pub authority_id: AuthorityId,
    pub review_id: ReviewId,
    pub first_name: String,
    pub language: Lang,
    pub audience: Audience,
    /// Not revoked, not expired, and the review still booked: the form is open.
    pub usable: bool,
    /// The child's own invitation to a held review whose outcome letter was sent: it opens the
    /// letter and nothing else.
    pub letter: bool,
    /// The invitee's secret as it stood when the invitation was read (read with it: every page
    /// and save of theirs checks it), if they have made one.
    pub secret: Option<SecretHeld>,
}

/// An invitee's secret as stored: its kind, its hash and the wrong tries since it was last given.
#[derive(Clone)]
pub struct SecretHeld {
    pub kind: String,
    pub hash: String,
    pub failures: i64,
}

/// Never the hash, wherever an entry is printed.
impl std::fmt::Debug for SecretHeld {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SecretHeld").field("kind", &self.kind).field("failures", &self.failures).finish_non_exhaustive()
    }
}

impl Entry {
    /// The invitation lets its holder in at all (to the form, or to read their letter).
    pub fn opens(&self) -> bool {
        self.usable || self.letter
    }
}

const ENTRY: &str = "SELECT i.id, i.authority_id, i.review_id, i.first_name, i.language, i.audience, i.revoked_at, i.expires_at,
                            i.secret_kind, i.secret_hash, i.secret_failures, r.status AS review_status,
                            (SELECT COUNT(*) FROM outcome_letters l WHERE l.review_id = i.review_id AND l.sent_at IS NOT NULL)
                                AS letters_sent
                     FROM invitations i JOIN reviews r ON r.id = i.review_id AND r.authority_id = i.authority_id";

/// An invitation as the way in reads it (see `ENTRY`).
#[derive(sqlx::FromRow)]
struct EntryRow {
    id: InvitationId,
    authority_id: AuthorityId,
    review_id: ReviewId,
    first_name: String,
    language: String,
    audience: String,
    revoked_at: Option<i64>,
    expires_at: Option<i64>,
    secret_kind: Option<String>,
    secret_hash: Option<String>,
    secret_failures: i64,
    review_status: String,
    letters_sent: i64,
}

fn entry(r: EntryRow, now: i64) -> Result<Entry, AppError> {
    let id = r.id;
    let audience = Audience::parse(&r.audience).ok_or_else(|| AppError::Internal(format!("invitation {id}: audience")))?;
    let live = r.revoked_at.is_none() && r.expires_at.is_some_and(|e| e > now);
    Ok(Entry {
        id,
        authority_id: r.authority_id,
        review_id: r.review_id,
        first_name: r.first_name,
        language: Lang::parse(&r.language).unwrap_or_default(),
        audience,
        usable: live && r.review_status == "booked",
        letter: live && r.review_status == "held" && audience == Audience::Child && r.letters_sent > 0,
        secret: match (r.secret_kind, r.secret_hash) {
            (Some(kind), Some(hash)) => Some(SecretHeld { kind, hash, failures: r.secret_failures }),
            _ => None,
        },
    })
}

pub async fn by_token_hash(unscoped: &Unscoped, hash: &str) -> Result<Option<Entry>, AppError> {
    let db = unscoped.db();
    let found: Option<EntryRow> = sqlx::query_as(&format!("{ENTRY} WHERE i.token_hash = $1")).bind(hash).fetch_optional(db).await?;
    found.map(|r| entry(r, unscoped.now())).transpose()
}

pub async fn by_code_hash(unscoped: &Unscoped, hash: &str) -> Result<Option<Entry>, AppError> {
    let db = unscoped.db();
    let found: Option<EntryRow> = sqlx::query_as(&format!("{ENTRY} WHERE i.code_hash = $1")).bind(hash).fetch_optional(db).await?;
    found.map(|r| entry(r, unscoped.now())).transpose()
}

pub async fn by_id(unscoped: &Unscoped, id: InvitationId) -> Result<Option<Entry>, AppError> {
    let db = unscoped.db();
    let found: Option<EntryRow> = sqlx::query_as(&format!("{ENTRY} WHERE i.id = $1")).bind(id).fetch_optional(db).await?;
    found.map(|r| entry(r, unscoped.now())).transpose()
}

/// The invitation this visitor came in with, while it is still usable.
pub async fn current() -> Result<Option<Entry>, AppError> {
    let state = app_state()?;
    let session = session().await?;
    let Some(id) = session.get::<i64>(SESSION_INVITATION).await? else {
        return Ok(None);
    };
    match by_id(&state.unscoped(), crate::model::InvitationId::new(id)).await? {
        Some(entry) if entry.opens() => Ok(Some(entry)),
        _ => {
            session.remove::<i64>(SESSION_INVITATION).await?;
            Ok(None)
        }
    }
}
