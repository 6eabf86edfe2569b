//! Staff pages for children: the authority's list (searchable), adding a child, editing one.

use crate::components::{use_lang, use_viewer};
use crate::components::{DataTable, ErrorSummary, NoticeBox, Page, SelectField, TextArea, TextField};
use crate::domain::children::LegalBasis;
use crate::features::children::api::{child_form, children_list};
use crate::features::children::ChildFormData;
use crate::i18n::{Lang, T};
use crate::model::Flash;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn ChildrenList() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map().with_untracked(|q| q.get("q").unwrap_or_default());
    let authority = use_viewer().map(|v| v.authority_name(lang).to_string()).unwrap_or_default();
    let searched = query.clone();
    let children = OnceResource::new(async move { children_list(searched).await });
    view! {
        <Page title=T::ChildrenTitle>
            <p><a class="button button--primary" href="/staff/children/new">{T::ChildrenAdd.get(lang)}</a></p>
            <form method="get" action="/staff/children" class="search-form" role="search">
                <label for="q">{T::ChildrenSearchLabel.get(lang)}</label>
                <input id="q" name="q" type="search" value=query.clone()/>
                <button type="submit" class="button">{T::ChildrenSearchButton.get(lang)}</button>
            </form>
            <Suspense>
                {move || {
                    let authority = authority.clone();
                    let query = query.clone();
                    Suspend::new(async move {
                        let children = match children.await {
                            Ok(children) => children,
                            Err(failure) => return view! { <crate::components::FailureView failure=failure/> }.into_any(),
                        };
                        if children.is_empty() {
                            let text = if query.trim().is_empty() { T::ChildrenEmpty } else { T::ChildrenNoMatch };
                            return view! { <p>{text.get(lang)}</p> }.into_any();
                        }
                        view! {
                            <p class="hint">{T::ChildrenCaption.fill(lang, &[("authority", &authority)])}</p>
                            <DataTable caption=T::ChildrenTitle columns=vec![T::ChildName, T::ChildAge, T::ChildLanguage, T::ChildForm, T::ChildIro]>
                                {children
                                    .into_iter()
                                    .map(|child| view! {
                                        <tr>
                                            <th scope="row">
                                                <a href=format!("/staff/children/{}", child.id)>{child.preferred_name.clone()}</a>
                                                <br/><span class="hint">{child.full_name.clone()}</span>
                                                {child.case_reference.clone().map(|r| view! { <br/><span class="hint">{r}</span> })}
                                            </th>
                                            <td>{child.age}</td>
                                            <td lang=child.language.code()>{child.language.own_name()}</td>
                                            <td>{child.band.label().get(lang)}</td>
                                            <td>{child.iro_name.clone().unwrap_or_else(|| T::ChildIroNone.get(lang).to_string())}</td>
                                        </tr>
                                    })
                                    .collect_view()}
                            </DataTable>
                        }
                        .into_any()
                    })
                }}
            </Suspense>
        </Page>
    }
}

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
    let languages = vec![("cy".to_string(), Lang::Cy.own_name().to_string()), ("en".to_string(), Lang::En.own_name().to_string())];
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
