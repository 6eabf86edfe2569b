//! The work list page (`/staff/children`) and the child row every staff list shares. Search,
//! scope, filter, order and page all live in the address, so a link or the back button brings
//! back the same list, and everything works before WebAssembly loads.

use super::{ChildLine, Worklist};
use crate::components::flash::flash_for;
use crate::components::use_here;
use crate::components::{use_lang, use_viewer};
use crate::components::{DataTable, ErrorSummary, NoticeBox, Page, SelectField, TextArea, TextField};
use crate::domain::reviews::Arrangement;
use crate::domain::worklist::{Filter, Sort};
use crate::features::invitations::view::InviteeStatuses;
use crate::features::reviews::view::StateTag;
use crate::features::worklist::api::load_worklist;
use crate::i18n::{short_date, Lang, T};
use crate::model::Flash;
use crate::present::meeting_when;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The address of the work list as asked; defaults are left out so links stay short. `scoped`:
/// the viewer has their own children (an IRO), so "everyone's" must be said.
pub fn list_href(scoped: bool, mine: bool, q: &str, filter: Filter, sort: Sort, page: usize) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    if scoped && !mine {
        query.append_pair("scope", "all");
    }
    if !q.is_empty() {
        query.append_pair("q", q);
    }
    query.append_pair("filter", filter.as_str());
    if sort != Sort::Urgency {
        query.append_pair("sort", sort.as_str());
    }
    if page > 1 {
        query.append_pair("page", &page.to_string());
    }
    format!("/staff/children?{}", query.finish())
}

#[component]
pub fn WorklistPage() -> impl IntoView {
    let lang = use_lang();
    let asked = use_query_map().with_untracked(|q| ["scope", "q", "filter", "sort", "page"].map(|key| q.get(key)));
    let list = OnceResource::new(async move {
        let [scope, q, filter, sort, page] = asked;
        load_worklist(scope, q, filter, sort, page).await
    });
    let can_import = use_viewer().is_some_and(|v| v.role == crate::model::Role::BusinessSupport);
    // What a bulk booking said, or the errors that stopped it.
    let flash = flash_for("");
    view! {
        <Page title=T::ChildrenTitle>
            <p class="button-row">
                <a class="button button--primary" href="/staff/children/new">{T::ChildrenAdd.get(lang)}</a>
                {can_import.then(|| view! { <a class="button" href="/staff/admin/import">{T::AdminImport.get(lang)}</a> })}
            </p>
            <Suspense>
                {move || Suspend::new(async move {
                    let flash = flash.await;
                    match list.await {
                        Ok(list) => view! { <WorklistView list=list flash=flash lang=lang/> }.into_any(),
                        Err(failure) => view! { <crate::components::FailureView failure=failure/> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

#[component]
fn WorklistView(list: Worklist, flash: Flash, lang: Lang) -> impl IntoView {
    let authority = use_viewer().map(|v| v.authority_name(lang).to_string()).unwrap_or_default();
    let Worklist { mine, scope_counts, q, filter, sort, counts, rows, total, page, pages, first, usual_arrangements } = list;
    let sorts: Vec<(String, String)> = Sort::ALL.iter().map(|s| (s.as_str().to_string(), s.label().get(lang).to_string())).collect();
    let scoped = scope_counts.is_some();
    // The chosen scope and filter are marked as the current one of their set (not as the page:
    // on page 2 their links lead to page 1).
    let scopes = scope_counts.map(|(theirs, everyone)| {
        let q = q.clone();
        let scope_link = move |for_mine: bool, words: T, count: usize| {
            let current = (mine == for_mine).then_some("true");
            view! {
                <li><a href=list_href(true, for_mine, &q, filter, sort, 1) aria-current=current>
                    {words.fill(lang, &[("count", &count.to_string())])}
                </a></li>
            }
        };
        view! {
            <nav aria-label=T::WorklistScope.get(lang)>
                <ul class="link-list link-list--inline">
                    {scope_link(true, T::WorklistScopeMine, theirs)}
                    {scope_link(false, T::WorklistScopeAll, everyone)}
                </ul>
            </nav>
        }
    });
    let filter_links = counts
        .into_iter()
        .map(|(f, count)| {
            let words = format!("{} ({count})", f.label().get(lang));
            let current = (f == filter).then_some("true");
            view! { <li><a href=list_href(scoped, mine, &q, f, sort, 1) aria-current=current>{words}</a></li> }
        })
        .collect_view();
    let last = first + rows.len() - usize::from(first > 0);
    let showing =
        T::WorklistShowing.fill(lang, &[("first", &first.to_string()), ("last", &last.to_string()), ("total", &total.to_string())]);
    let pager = (pages > 1).then(|| {
        let at = T::WorklistPage.fill(lang, &[("page", &page.to_string()), ("pages", &pages.to_string())]);
        view! {
            <nav class="pager" aria-label=T::WorklistPages.get(lang)>
                {(page > 1).then(|| view! { <a class="button" rel="prev" href=list_href(scoped, mine, &q, filter, sort, page - 1)>{T::WorklistPrevious.get(lang)}</a> })}
                <span>{at}</span>
                {(page < pages).then(|| view! { <a class="button" rel="next" href=list_href(scoped, mine, &q, filter, sort, page + 1)>{T::WorklistNext.get(lang)}</a> })}
            </nav>
        }
    });
    let empty = if q.is_empty() { T::WorklistNone } else { T::WorklistNoneSearch };
    let invite_together = matches!(filter, Filter::ToInvite | Filter::NobodyInvited);
    let table = (total > 0).then(|| match usual_arrangements {
        Some(usual) => view! { <BulkBookForm rows=rows show_iro=!mine usual=usual flash=flash.clone() caption=filter.label()/> }.into_any(),
        None if invite_together => view! { <BulkInviteForm rows=rows show_iro=!mine caption=filter.label()/> }.into_any(),
        None => view! {
            <DataTable caption=filter.label() columns=columns(!mine, false)>
                {rows.into_iter().map(|line| view! { <ChildLineRow line=line show_iro=!mine/> }).collect_view()}
            </DataTable>
        }
        .into_any(),
    });
    view! {
        <NoticeBox notice=flash.notice.clone()/>
        <ErrorSummary flash=flash.clone()/>
        <p class="hint">{T::ChildrenCaption.fill(lang, &[("authority", &authority)])}</p>
        {scopes}
        <form method="get" action="/staff/children" class="search-form worklist-search" role="search">
            {(scoped && !mine).then(|| view! { <input type="hidden" name="scope" value="all"/> })}
            <input type="hidden" name="filter" value=filter.as_str()/>
            <TextField name="q" label=T::WorklistSearchLabel hint=T::WorklistSearchHint kind="search" autocomplete="off" value=q.clone()/>
            <SelectField name="sort" label=T::WorklistSortLabel options=sorts selected=sort.as_str().to_string()/>
            <button type="submit" class="button">{T::WorklistShow.get(lang)}</button>
        </form>
        <nav aria-label=T::WorklistFilters.get(lang)>
            <ul class="filter-list">{filter_links}</ul>
        </nav>
        {(filter == Filter::ToPost && total > 0).then(|| view! {
            <p><a class="button" href="/staff/letters">{T::LettersPrintAll.get(lang)}</a></p>
        })}
        <p role="status">{if total == 0 { empty.get(lang).to_string() } else { showing }}</p>
        {table}
        {pager}
    }
}

/// The rows of children with nothing booked, each with a box to choose them, and the council's
/// usual time and place to book the chosen ones at in one go.
#[component]
fn BulkBookForm(rows: Vec<ChildLine>, show_iro: bool, usual: String, flash: Flash, caption: T) -> impl IntoView {
    let lang = use_lang();
    let typed = |field: &str, default: &str| {
        if flash.form == "bulk_book" {
            flash.value(field).unwrap_or_else(|| default.to_string())
        } else {
            default.to_string()
        }
    };
    let error = |field: &str| if flash.form == "bulk_book" { flash.error(field).cloned() } else { None };
    let arrangements = Arrangement::ALL.iter().map(|a| (a.as_str().to_string(), a.label().get(lang).to_string())).collect::<Vec<_>>();
    view! {
        <form method="post" action="/api/bulk_book" class="form bulk-form" novalidate>
            <ChosenRows rows=rows show_iro=show_iro caption=caption pick=Pick::Unbooked/>
            <fieldset class="card">
                <legend>{T::BulkBookHeading.get(lang)}</legend>
                <p class="hint">{T::BulkBookHint.get(lang)}</p>
                <TextField name="meeting_at" label=T::MeetingTime hint=T::MeetingTimeHint kind="time"
                    value=typed("meeting_at", "10:00") error=error("meeting_at")/>
                <SelectField name="arrangement" label=T::Arrangement options=arrangements
                    selected=typed("arrangement", Arrangement::InPerson.as_str()) error=error("arrangement")/>
                <TextArea name="arrangement_details" label=T::ArrangementDetails hint=T::ArrangementDetailsHint
                    value=typed("arrangement_details", &usual) error=error("arrangement_details")/>
                <button type="submit" class="button button--primary">{T::BulkBookButton.get(lang)}</button>
            </fieldset>
        </form>
    }
}

/// A bulk form's rows, each child with a box to choose them when `pick` allows, and where to go
/// back to afterwards. Errors about the choice link to it (`#chosen`).
#[component]
fn ChosenRows(rows: Vec<ChildLine>, show_iro: bool, caption: T, pick: Pick) -> impl IntoView {
    view! {
        <input type="hidden" name="back" value=use_here()/>
        <div id="chosen" tabindex="-1">
            <DataTable caption=caption columns=columns(show_iro, true)>
                {rows.into_iter().map(|line| view! { <ChildLineRow line=line show_iro=show_iro pick=pick/> }).collect_view()}
            </DataTable>
        </div>
    }
}

/// The rows of booked reviews, each with a box to choose them, to send every chosen child's
/// invitations in one go: each of their contacts gets theirs by their own way.
#[component]
fn BulkInviteForm(rows: Vec<ChildLine>, show_iro: bool, caption: T) -> impl IntoView {
    let lang = use_lang();
    view! {
        <form method="post" action="/api/bulk_invite" class="form bulk-form" novalidate>
            <ChosenRows rows=rows show_iro=show_iro caption=caption pick=Pick::Booked/>
            <fieldset class="card">
                <legend>{T::BulkInviteHeading.get(lang)}</legend>
                <p class="hint">{T::BulkInviteHint.get(lang)}</p>
                <button type="submit" class="button button--primary">{T::BulkInviteButton.get(lang)}</button>
            </fieldset>
        </form>
    }
}

/// Which children of a list can be chosen, for acting on them together.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Pick {
    /// None: the list has no boxes.
    #[default]
    No,
    /// Children with nothing booked (to book them).
    Unbooked,
    /// Children with a booked review (to invite for it).
    Booked,
}

/// The columns of a list of children: a box to choose each when they can be acted on together,
/// and the IRO's only where the list is not one IRO's.
pub fn columns(show_iro: bool, pick: bool) -> Vec<T> {
    let mut columns = if pick { vec![T::WorklistChoose, T::ChildName] } else { vec![T::ChildName] };
    if show_iro {
        columns.push(T::ChildIro);
    }
    columns.extend([T::NextReview, T::ReviewDue, T::ReportDeadline, T::ReviewState, T::InvitationsHeading]);
    columns
}

/// One child's row on a list: who (told apart from any namesake), what needs attention, their
/// next review, its due date and report deadline, its state, and who has replied.
#[component]
pub fn ChildLineRow(line: ChildLine, #[prop(optional)] show_iro: bool, #[prop(optional)] pick: Pick) -> impl IntoView {
    let lang = use_lang();
    let (meeting, deadline) = match &line.review {
        Some(r) => (
            view! { <a href=format!("/staff/reviews/{}", r.id)>{meeting_when(r.meeting_on, &r.meeting_at, lang)}</a> }.into_any(),
            short_date(r.report_deadline, lang),
        ),
        None => (view! { <span>{T::NotBooked.get(lang)}</span> }.into_any(), "–".to_string()),
    };
    // Every row of a list with boxes has the cell, so the columns line up; a child who cannot
    // be chosen has it empty.
    let choosable = match pick {
        Pick::No => None,
        Pick::Unbooked => Some(line.review.is_none()),
        Pick::Booked => Some(line.review.is_some()),
    };
    let choose = choosable.map(|choosable| {
        let id = line.child_id;
        let label = choosable.then(|| {
            view! {
                <label class="pick">
                    <input type="checkbox" name=format!("chosen[{id}]")/>
                    <span class="visually-hidden">
                        {T::WorklistChooseChild.fill(lang, &[("name", &line.child_name)])}
                        {format!(" ({})", crate::present::child_tag(&line.child_tag, lang))}
                    </span>
                </label>
            }
        });
        view! { <td>{label}</td> }
    });
    let no_contacts = pick == Pick::Booked && line.contacts == 0;
    view! {
        <tr>
            {choose}
            <th scope="row">
                <a href=format!("/staff/children/{}", line.child_id)>{line.child_name.clone()}</a>
                <br/><span class="hint">{crate::present::child_tag(&line.child_tag, lang)}</span>
                {line.open_alert.then(|| view! { <br/><strong class="tag tag--red">{T::WorklistAlertTag.get(lang)}</strong> })}
                {line.advocacy_asked.then(|| view! { <br/><span class="tag tag--blue">{T::WorklistAdvocacyTag.get(lang)}</span> })}
                {no_contacts.then(|| view! { <br/><a class="hint" href=format!("/staff/children/{}#contacts", line.child_id)>{T::WorklistNoContacts.get(lang)}</a> })}
            </th>
            {show_iro.then(|| view! { <td>{line.iro_name.clone().unwrap_or_else(|| T::ChildIroNone.get(lang).to_string())}</td> })}
            <td>{meeting}</td>
            <td>{short_date(line.due.date, lang)}<br/><span class="hint">{line.due.reason.label().get(lang)}</span></td>
            <td>{deadline}</td>
            <td><StateTag state=line.state/></td>
            <td><InviteeStatuses invitations=line.invitations.clone()/></td>
        </tr>
    }
}
