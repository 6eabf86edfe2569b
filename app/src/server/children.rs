//! Children services: every read is scoped to the viewer's authority and role.

use crate::api::ChildSummary;
use crate::domain::staff::Role;
use crate::server::auth::require_role;
use crate::server::state::app_state;
use crate::server::{db, AppError};

pub async fn mine() -> Result<Vec<ChildSummary>, AppError> {
    let viewer = require_role(&[Role::Iro])?;
    let state = app_state()?;
    let today = time::OffsetDateTime::now_utc().date();
    db::children::for_iro(&state.db, viewer.authority_id, viewer.staff_id, today).await
}
