//! Staff pages for children: adding a child, editing one (the list is the work list).

use crate::components::use_lang;
use crate::components::{ErrorSummary, NoticeBox, Page, SelectField, TextArea, TextField};
use crate::domain::children::LegalBasis;
use crate::features::children::api::child_form;
use crate::features::children::ChildFormData;
use crate::i18n::{Lang, T};
use crate::model::Flash;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ChildNew() -> impl IntoView {
    view! { <ChildFormPage id=None/> }
}

#[component]
pub fn ChildEdit() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id")).and_then(|id| id.parse::<i64>().ok());
    match id {
        Some(id) => view! { <ChildFormPage id=Some(id)/> }.into_any(),
        None => view! { <crate::features::public::view::NotFound/> }.into_any(),
    }
}

#[component]
fn ChildFormPage(id: Option<i64>) -> impl IntoView {
    let lang = use_lang();
    let data = OnceResource::new(async move { child_form(id.map(crate::model::ChildId::new)).await });
    let flash = crate::components::flash::flash_for("save_child");
    let title = if id.is_some() { T::ChildEditTitle } else { T::ChildAddTitle };
    view! {
        <Page title=title>
            <Suspense>
                {move || Suspend::new(async move {
                    let flash = flash.await;
                    match data.await {
                        Ok(data) => view! { <ChildFormView id=id data=data flash=flash lang=lang/> }.into_any(),
                        Err(failure) => view! { <crate::components::FailureView failure=failure/> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

#[component]
fn ChildFormView(id: Option<i64>, data: ChildFormData, flash: Flash, lang: Lang) -> impl IntoView {
    // After an error the form shows what was typed; otherwise what is stored.
    let value = |field: &str, stored: &str| flash.value(field).unwrap_or_else(|| stored.to_string());
    let input = &data.input;
    let languages = crate::features::languages::select_options(&data.languages, &input.preferred_language, lang);
    let bases = LegalBasis::ALL.iter().map(|b| (b.as_str().to_string(), b.label().get(lang).to_string())).collect::<Vec<_>>();
    let mut iros = vec![(String::new(), T::ChildIroNone.get(lang).to_string())];
    iros.extend(data.iros.iter().map(|(id, name)| (id.to_string(), name.clone())));
    let selected_language = value("preferred_language", &input.preferred_language);
    let selected_language = if selected_language.is_empty() { "cy".to_string() } else { selected_language };
    view! {
        <NoticeBox notice=flash.notice.clone()/>
        <ErrorSummary flash=flash.clone()/>
        <form method="post" action="/api/save_child" class="form" novalidate>
            {id.map(|id| view! { <input type="hidden" name="id" value=id.to_string()/> })}
            <TextField name="preferred_name" label=T::ChildPreferredName hint=T::ChildPreferredNameHint autocomplete="off"
                value=value("preferred_name", &input.preferred_name) error=flash.error("preferred_name").cloned() required=true/>
            <TextField name="full_name" label=T::ChildFullName hint=T::ChildFullNameHint autocomplete="off"
                value=value("full_name", &input.full_name) error=flash.error("full_name").cloned() required=true/>
            <TextField name="case_reference" label=T::ChildCaseReference hint=T::ChildCaseReferenceHint autocomplete="off"
                value=value("case_reference", &input.case_reference) error=flash.error("case_reference").cloned()/>
            <TextField name="date_of_birth" label=T::ChildDob kind="date"
                value=value("date_of_birth", &input.date_of_birth) error=flash.error("date_of_birth").cloned() required=true/>
            <SelectField name="preferred_language" label=T::ChildLanguagePref options=languages
                selected=selected_language error=flash.error("preferred_language").cloned()/>
            <TextArea name="communication_needs" label=T::ChildCommNeeds hint=T::ChildCommNeedsHint
                value=value("communication_needs", &input.communication_needs) error=flash.error("communication_needs").cloned()/>
            <TextField name="looked_after_since" label=T::ChildLookedAfterSince hint=T::ChildLookedAfterSinceHint kind="date"
                value=value("looked_after_since", &input.looked_after_since) error=flash.error("looked_after_since").cloned() required=true/>
            <SelectField name="legal_basis" label=T::ChildLegalBasis options=bases
                selected=value("legal_basis", &input.legal_basis) error=flash.error("legal_basis").cloned()/>
            <TextField name="placement_type" label=T::ChildPlacementType autocomplete="off"
                value=value("placement_type", &input.placement_type) error=flash.error("placement_type").cloned()/>
            <SelectField name="iro_staff_id" label=T::ChildIro options=iros
                selected=value("iro_staff_id", &input.iro_staff_id) error=flash.error("iro_staff_id").cloned()/>
            <button type="submit" class="button button--primary">{T::ChildSave.get(lang)}</button>
        </form>
    }
}
