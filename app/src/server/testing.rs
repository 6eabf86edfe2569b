//! For service-level tests: a fresh in-memory SQLite database with Heard's schema, the state
//! around it (mail to a temporary folder, a clock the test moves), and the few records a rule
//! needs. No request, no session: services take what they need as arguments.

use crate::model::{AuthorityId, Role, StaffId, Viewer};
use crate::model::{ChildId, InvitationId, ReviewId};
use crate::server::invitee::Entry;
use crate::server::state::{AppState, Clock, RuntimeSettings, SignInLimits};
use std::sync::Arc;

/// A state around a new, empty, migrated in-memory database.
pub async fn state() -> AppState {
    sqlx::any::install_default_drivers();
    // One connection: an in-memory SQLite database lives and dies with its connection.
    let db = sqlx::any::AnyPoolOptions::new()
        .max_connections(1)
        .idle_timeout(None)
        .max_lifetime(None)
        .connect("sqlite::memory:")
        .await
        .expect("in-memory SQLite");
    crate::server::db::SQLITE_MIGRATIONS.run(&db).await.expect("migrations");
    // No test here sends mail; one folder serves them all.
    let outbox = std::env::temp_dir().join("heard-service-tests");
    AppState {
        db,
        leptos_options: leptos::config::LeptosOptions::builder().output_name("heard").build(),
        settings: Arc::new(RuntimeSettings {
            database_url: "sqlite::memory:".into(),
            base_url: "http://heard.test".into(),
            proxy_hops: 0,
            sign_in_limits: SignInLimits::default(),
            link_key: crate::server::links::LinkKey::derive(&[7; 64]),
            seal_key: crate::server::seal::SealKey::derive(&[7; 64]),
        }),
        mailer: Arc::new(crate::server::mail::Mailer::outbox(outbox, "heard@heard.test").expect("outbox")),
        wake_jobs: Arc::new(tokio::sync::Notify::new()),
        clock: Clock::default(),
        per_minute: Arc::default(),
    }
}

/// One authority with an IRO, a child of theirs, a booked review and the child's invitation.
pub struct Seeded {
    pub authority: AuthorityId,
    pub iro: Viewer,
    pub other_iro: Viewer,
    pub child_id: ChildId,
    pub review_id: ReviewId,
    pub invitation_id: InvitationId,
}

impl Seeded {
    /// The child's invitation, as the entry page resolves it.
    pub async fn entry(&self, state: &AppState) -> Entry {
        crate::server::invitee::by_id(&state.unscoped(), self.invitation_id).await.expect("read").expect("invitation")
    }
}

/// The id an `INSERT … RETURNING id` made.
async fn id<'q>(db: &sqlx::AnyPool, query: sqlx::query::QueryScalar<'q, sqlx::Any, i64, sqlx::any::AnyArguments<'q>>) -> i64 {
    query.fetch_one(db).await.expect("seed")
}

/// Seeds the records; the review's meeting is `meeting_in_days` from the clock's today.
pub async fn seed(state: &AppState, meeting_in_days: i64) -> Seeded {
    let at = state.clock.now();
    let today = crate::domain::calendar::uk_time(at).date();
    let meeting = crate::server::db::format_date(today + time::Duration::days(meeting_in_days));
    let authority = id(
        &state.db,
        sqlx::query_scalar(
            "INSERT INTO authorities (slug, name_en, name_cy, created_at) VALUES ('dyffryn', 'Dyffryn', 'Dyffryn', $1) RETURNING id",
        )
        .bind(at),
    )
    .await;
    let staff = |email: &'static str| {
        id(
            &state.db,
            sqlx::query_scalar(
                "INSERT INTO staff (authority_id, email, display_name, role, password_hash, created_at, updated_at)
             VALUES ($1, $2, $2, 'iro', 'x', $3, $3) RETURNING id",
            )
            .bind(authority)
            .bind(email)
            .bind(at),
        )
    };
    let iro = staff("iro@dyffryn.test").await;
    let other_iro = staff("other@dyffryn.test").await;
    let child_id = id(
        &state.db,
        sqlx::query_scalar(
            "INSERT INTO children (authority_id, preferred_name, full_name, date_of_birth, preferred_language, looked_after_since,
                               legal_basis, iro_staff_id, created_at, updated_at)
         VALUES ($1, 'Cai', 'Cai Jones', '2016-03-01', 'en', '2024-01-10', 'care_order', $2, $3, $3) RETURNING id",
        )
        .bind(authority)
        .bind(iro)
        .bind(at),
    )
    .await;
    let review_id = id(
        &state.db,
        sqlx::query_scalar(
            "INSERT INTO reviews (authority_id, child_id, kind, due_on, meeting_on, arrangement, status, created_at, updated_at)
         VALUES ($1, $2, 'second', $3, $3, 'in_person', 'booked', $4, $4) RETURNING id",
        )
        .bind(authority)
        .bind(child_id)
        .bind(meeting)
        .bind(at),
    )
    .await;
    // Sent by email today, its link good for sixty days.
    let invitation_id = id(
        &state.db,
        sqlx::query_scalar(
            "INSERT INTO invitations (authority_id, review_id, audience, first_name, language, delivery, email, link_salt,
                                  expires_at, status, sent_at, created_at, updated_at)
         VALUES ($1, $2, 'child', 'Cai', 'en', 'email', 'cai@example.test', 'salt', $3, 'sent', $4, $4, $4) RETURNING id",
        )
        .bind(authority)
        .bind(review_id)
        .bind(at + 60 * 86_400)
        .bind(at),
    )
    .await;
    let viewer = |id: i64| Viewer {
        staff_id: StaffId::new(id),
        authority_id: AuthorityId::new(authority),
        role: Role::Iro,
        display_name: "IRO".into(),
        authority_en: "Dyffryn".into(),
        authority_cy: "Dyffryn".into(),
    };
    Seeded {
        authority: AuthorityId::new(authority),
        iro: viewer(iro),
        other_iro: viewer(other_iro),
        child_id: crate::model::ChildId::new(child_id),
        review_id: crate::model::ReviewId::new(review_id),
        invitation_id: crate::model::InvitationId::new(invitation_id),
    }
}
