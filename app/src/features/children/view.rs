//! Staff pages for children: the authority's list (searchable), adding a child, editing one.

use crate::features::children::api::{child_form, children_list};
use crate::features::reviews::api::child_page;
use crate::features::reviews::ChildOverview;
use crate::features::children::ChildFormData;
use crate::app::{use_lang, use_viewer};
use crate::components::{DataTable, ErrorSummary, NoticeBox, Page, SelectField, TextArea, TextField};
use crate::domain::children::LegalBasis;
use crate::domain::schedule::latest_allowed;
use crate::i18n::{long_date, Lang, T};
use crate::model::Flash;
use crate::features::reviews::view::{meeting_when, InviteeStatuses, StateTag};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn ChildrenList() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map().with_untracked(|q| q.get("q").unwrap_or_default());
    let authority = use_viewer().map(|v| v.authority_name(lang).to_string()).unwrap_or_default();
    let searched = query.clone();
    let children = OnceResource::new(async move { children_list(searched).await.ok() });
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
                        let Some(children) = children.await else {
                            return view! { <p>{T::ErrNotFound.get(lang)}</p> }.into_any();
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

/// One child: their details, where they are in the review cycle, and their past reviews.
#[component]
pub fn ChildPage() -> impl IntoView {
    let lang = use_lang();
    let data = crate::features::reviews::view::load_for_id(child_page);
    let flash = crate::features::staff::view::flash_for("");
    view! {
        <Page title=T::ChildPageTitle>
            <Suspense>
                {move || Suspend::new(async move {
                    let flash = flash.await;
                    match data.await {
                        Some(child) => view! { <ChildOverviewView child=child flash=flash lang=lang/> }.into_any(),
                        None => view! { <p>{T::ErrNotFound.get(lang)}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

#[component]
fn ChildOverviewView(child: ChildOverview, flash: Flash, lang: Lang) -> impl IntoView {
    let c = child;
    let line = c.line.clone();
    let event_flash = if flash.form == "record_event" { flash.clone() } else { Flash::default() };
    view! {
        <NoticeBox notice=flash.notice.clone()/>
        <ErrorSummary flash=flash.clone()/>
        <p class="lead">{c.preferred_name.clone()}</p>
        <dl class="summary">
            <div><dt>{T::ChildFullName.get(lang)}</dt><dd>{c.full_name.clone()}</dd></div>
            <div><dt>{T::ChildAge.get(lang)}</dt><dd>{c.age}</dd></div>
            <div><dt>{T::ChildForm.get(lang)}</dt><dd>{c.band.label().get(lang)}</dd></div>
            <div><dt>{T::ChildLanguagePref.get(lang)}</dt><dd lang=c.language.code()>{c.language.own_name()}</dd></div>
            <div><dt>{T::ChildLegalBasis.get(lang)}</dt><dd>{c.legal_basis.label().get(lang)}</dd></div>
            <div><dt>{T::ChildLookedAfterSince.get(lang)}</dt><dd>{long_date(c.looked_after_since, lang)}</dd></div>
            <div><dt>{T::ChildIro.get(lang)}</dt><dd>{c.iro_name.clone().unwrap_or_else(|| T::ChildIroNone.get(lang).to_string())}</dd></div>
            {(!c.placement_type.is_empty()).then(|| view! { <div><dt>{T::ChildPlacementType.get(lang)}</dt><dd>{c.placement_type.clone()}</dd></div> })}
            {(!c.communication_needs.is_empty()).then(|| view! { <div><dt>{T::ChildCommNeeds.get(lang)}</dt><dd class="pre-line">{c.communication_needs.clone()}</dd></div> })}
        </dl>
        <p><a class="button" href=format!("/staff/children/{}/edit", c.id)>{T::ChildEdit.fill(lang, &[("name", &c.preferred_name)])}</a></p>

        <section aria-labelledby="next-review" class="card">
            <h2 id="next-review">{T::NextReviewHeading.get(lang)}</h2>
            {match line.review.clone() {
                Some(r) => view! {
                    <dl class="summary">
                        <div><dt>{T::MeetingWhen.get(lang)}</dt><dd><a href=format!("/staff/reviews/{}", r.id)>{meeting_when(r.meeting_on, &r.meeting_at, lang)}</a></dd></div>
                        <div><dt>{T::ReviewState.get(lang)}</dt><dd><StateTag state=r.state/></dd></div>
                        <div><dt>{T::ReviewDue.get(lang)}</dt><dd>{crate::features::reviews::view::due_words(r.due_on, lang)}</dd></div>
                        <div><dt>{T::ReportDeadline.get(lang)}</dt><dd>{long_date(r.report_deadline, lang)}</dd></div>
                        <div><dt>{T::InvitationsHeading.get(lang)}</dt><dd><InviteeStatuses invitations=line.invitations.clone()/></dd></div>
                    </dl>
                    <p><a class="button button--primary" href=format!("/staff/reviews/{}", r.id)>{T::OpenReview.get(lang)}</a></p>
                }
                .into_any(),
                None => view! {
                    <dl class="summary">
                        <div><dt>{T::ReviewKind.get(lang)}</dt><dd>{line.due.reason.label().get(lang)}</dd></div>
                        <div><dt>{T::ReviewDue.get(lang)}</dt><dd>{crate::features::reviews::view::due_words(line.due.date, lang)}</dd></div>
                        <div><dt>{T::ReviewState.get(lang)}</dt><dd><StateTag state=line.state/></dd></div>
                        <div><dt>{T::LatestAllowed.get(lang)}</dt><dd>{long_date(latest_allowed(line.due.date), lang)}</dd></div>
                    </dl>
                    <p><a class="button button--primary" href=format!("/staff/children/{}/book", c.id)>{T::BookReviewButton.get(lang)}</a></p>
                }
                .into_any(),
            }}
        </section>

        <section aria-labelledby="history">
            <h2 id="history">{T::HistoryHeading.get(lang)}</h2>
            {if c.history.is_empty() && c.moves.is_empty() {
                view! { <p>{T::HistoryEmpty.get(lang)}</p> }.into_any()
            } else {
                view! {
                    <ul class="link-list">
                        {c.history.iter().map(|h| view! {
                            <li><a href=format!("/staff/reviews/{}", h.id)>{format!("{} · {} · {}", long_date(h.meeting_on, lang), h.kind.label().get(lang), h.status.label().get(lang))}</a></li>
                        }).collect_view()}
                        {c.moves.iter().map(|m| view! { <li>{format!("{} · {}", long_date(*m, lang), T::UnplannedMove.get(lang))}</li> }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
            <div class="two-forms">
                <form method="post" action="/api/record_event" class="form card card--quiet" novalidate>
                    <input type="hidden" name="child_id" value=c.id.to_string()/>
                    <input type="hidden" name="event" value="held"/>
                    <TextField name="held_on" label=T::RecordPastReview hint=T::RecordPastReviewHint kind="date"
                        value=event_flash.value("held_on").unwrap_or_default() error=event_flash.error("held_on").cloned()/>
                    <button type="submit" class="button">{T::Record.get(lang)}</button>
                </form>
                <form method="post" action="/api/record_event" class="form card card--quiet" novalidate>
                    <input type="hidden" name="child_id" value=c.id.to_string()/>
                    <input type="hidden" name="event" value="move"/>
                    <TextField name="move_on" label=T::RecordMove hint=T::RecordMoveHint kind="date"
                        value=event_flash.value("move_on").unwrap_or_default() error=event_flash.error("move_on").cloned()/>
                    <button type="submit" class="button">{T::Record.get(lang)}</button>
                </form>
            </div>
        </section>
    }
}

#[component]
fn ChildFormPage(id: Option<i64>) -> impl IntoView {
    let lang = use_lang();
    let data = OnceResource::new(async move { child_form(id).await.ok() });
    let flash = crate::features::staff::view::flash_for("save_child");
    let title = if id.is_some() { T::ChildEditTitle } else { T::ChildAddTitle };
    view! {
        <Page title=title>
            <Suspense>
                {move || Suspend::new(async move {
                    let flash = flash.await;
                    match data.await {
                        Some(data) => view! { <ChildFormView id=id data=data flash=flash lang=lang/> }.into_any(),
                        None => view! { <p>{T::ErrNotFound.get(lang)}</p> }.into_any(),
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
