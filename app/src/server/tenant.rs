//! The two ways into storage. A [`Tenant`] is one authority's data: every authority-scoped query
//! is a method reached through it (`tenant.children().get(id)`), and it binds the authority
//! itself, so a query cannot name another council's. It is made from a signed-in staff
//! [`Viewer`] or an invitee's resolved [`Entry`], or by a background job for the authority of a
//! row it read ([`Unscoped::for_stored`]). [`Unscoped`] is the separately named handle for the
//! work that belongs to no one authority: sign-in, sessions, throttles and the background jobs.

use crate::model::{AuthorityId, Viewer};
use crate::server::invitee::Entry;
use crate::server::state::AppState;
use sqlx::AnyPool;

/// One authority's storage, with the moment the request (or job step) began by the state's clock.
#[derive(Clone)]
pub struct Tenant {
    db: AnyPool,
    authority: AuthorityId,
    now: i64,
}

impl Tenant {
    /// The authority of a signed-in member of staff.
    pub fn of_viewer(state: &AppState, viewer: &Viewer) -> Tenant {
        Tenant { db: state.db.clone(), authority: viewer.authority_id, now: state.clock.now() }
    }

    /// The authority of the invitation a child, parent or carer came in with.
    pub fn of_entry(state: &AppState, entry: &Entry) -> Tenant {
        Tenant { db: state.db.clone(), authority: entry.authority_id, now: state.clock.now() }
    }

    /// The pool, for the store methods built on this handle.
    pub fn db(&self) -> &AnyPool {
        &self.db
    }

    /// The authority every query through this handle is bound to.
    pub fn authority(&self) -> AuthorityId {
        self.authority
    }

    /// Seconds since the Unix epoch, by the state's clock when the handle was made.
    pub fn now(&self) -> i64 {
        self.now
    }

    /// Today's date in the UK, by the same clock.
    pub fn today(&self) -> time::Date {
        crate::server::uk_date(self.now)
    }
}

/// Storage for work that belongs to no single authority. Its name is the warning: each use
/// should be one of sign-in, sessions, throttles, health or a background job.
#[derive(Clone)]
pub struct Unscoped {
    db: AnyPool,
    now: i64,
}

impl Unscoped {
    pub fn of_state(state: &AppState) -> Unscoped {
        Unscoped { db: state.db.clone(), now: state.clock.now() }
    }

    /// For the command line and the demo seed, which run before any state exists.
    pub fn new(db: AnyPool, now: i64) -> Unscoped {
        Unscoped { db, now }
    }

    pub fn db(&self) -> &AnyPool {
        &self.db
    }

    pub fn now(&self) -> i64 {
        self.now
    }

    /// A job acting on a stored row (a queued mail, a reminder due) works as that row's
    /// authority: the id comes from the row it read, never from a request.
    pub fn for_stored(&self, authority: AuthorityId) -> Tenant {
        Tenant { db: self.db.clone(), authority, now: self.now }
    }
}

impl AppState {
    /// The unscoped handle, for sign-in, sessions, throttles and jobs.
    pub fn unscoped(&self) -> Unscoped {
        Unscoped::of_state(self)
    }
}
