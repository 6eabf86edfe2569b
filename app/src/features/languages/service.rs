//! Offering languages (admins), and the list an authority's invitees and staff choose from.

use super::LanguageLine;
use crate::i18n::T;
use crate::model::{FieldError, Lang, Msg, Role, Viewer};
use crate::server::forms::{Done, Failed};
use crate::server::tenant::Tenant;
use crate::server::{audit, AppError, AppState};

/// Every language, with whether this authority offers it.
pub async fn page(state: &AppState, viewer: &Viewer) -> Result<Vec<LanguageLine>, AppError> {
    crate::server::auth::allowed(viewer, &[Role::Admin])?;
    let offered = offered(&Tenant::of_viewer(state, viewer)).await?;
    Ok(Lang::ALL.into_iter().map(|lang| LanguageLine { lang, offered: offered.contains(&lang) }).collect())
}

/// Starts or stops offering one language (never Welsh or English, which are always offered).
pub async fn set(state: &AppState, viewer: &Viewer, code: &str, offered: bool) -> Result<Done, Failed> {
    crate::server::auth::allowed(viewer, &[Role::Admin])?;
    let Some(lang) = Lang::parse(code).filter(|lang| !lang.is_staff() && lang.code() == code) else {
        return Err(Failed::Invalid(vec![FieldError::general(T::LanguagesNotOne)]));
    };
    let tenant = Tenant::of_viewer(state, viewer);
    if tenant.languages().set(lang, offered, viewer.staff_id).await? {
        let action = if offered { "language.offered" } else { "language.withdrawn" };
        audit::by_staff(state, viewer, action, "authority", Some(viewer.authority_id.get()), lang.code()).await?;
    }
    let notice = if offered { T::LanguagesNowOffered } else { T::LanguagesNoLongerOffered };
    let name = lang.staff_name(viewer_lang()).to_string();
    Ok(Done::to("/staff/admin/languages").with_notice(Msg::new(notice).with("language", name)))
}

/// The languages an authority's children, parents and carers may use: Welsh and English, then
/// those it offers.
pub async fn offered(tenant: &Tenant) -> Result<Vec<Lang>, AppError> {
    let mut langs = Lang::STAFF.to_vec();
    langs.extend(tenant.languages().offered().await?);
    Ok(langs)
}

/// Refuses a language this authority does not offer, for an invitation or a contact (whose
/// invitations would be in it). A child's own preferred language may be any: it is a fact about
/// them, which the IRO needs to book an interpreter.
pub async fn check_offered(tenant: &Tenant, lang: Lang) -> Result<(), Failed> {
    if offered(tenant).await?.contains(&lang) {
        Ok(())
    } else {
        Err(Failed::field("language", T::ErrLanguageNotOffered))
    }
}

/// The language a visitor asked for, if they may have it: any, on the public pages; for
/// someone who came in with an invitation, one their council offers, or their invitation's.
pub async fn allowed_choice(state: &AppState, code: &str) -> Result<Option<Lang>, AppError> {
    let Some(lang) = Lang::parse(code) else {
        return Ok(None);
    };
    if lang.is_staff() {
        return Ok(Some(lang));
    }
    let Some(entry) = crate::server::invitee::current().await? else {
        return Ok(Some(lang));
    };
    let mut offered = offered(&Tenant::of_entry(state, &entry)).await?;
    if !offered.contains(&entry.language) {
        offered.push(entry.language);
    }
    // The menu shows what the council offers now, not what it offered when they came in.
    crate::server::security::set_offer_cookie(state, &offered);
    Ok(offered.contains(&lang).then_some(lang))
}

/// The staff page's language, for a language's name in a notice.
fn viewer_lang() -> Lang {
    crate::server::security::request_lang().for_staff()
}
