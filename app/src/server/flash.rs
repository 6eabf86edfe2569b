//! One-time messages carried across a redirect: a form's errors and typed values, or a notice.

use crate::model::Flash;
use crate::server::AppError;
use tower_sessions::Session;

const KEY: &str = "flash";

pub async fn set(session: &Session, flash: Flash) -> Result<(), AppError> {
    session.insert(KEY, flash).await?;
    Ok(())
}

/// Takes the flash if it belongs to `form` (or any flash when `form` is empty); it shows once.
pub async fn take(session: &Session, form: &str) -> Result<Option<Flash>, AppError> {
    let Some(flash) = session.get::<Flash>(KEY).await? else {
        return Ok(None);
    };
    if form.is_empty() || flash.form == form || flash.form.is_empty() {
        session.remove_value(KEY).await?;
        Ok(Some(flash))
    } else {
        Ok(None)
    }
}
