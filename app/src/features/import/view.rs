//! The import pages: the columns documented with a sample file and the upload form
//! (`/staff/admin/import`), then a checked file's problems or what it will change, and the
//! button that imports it (`/staff/admin/import/:id`).

use crate::components::flash::flash_for;
use crate::components::route::load_for_id;
use crate::components::{use_lang, DataTable, ErrorSummary, NoticeBox, Page, TextField};
use crate::domain::import::{Column, CHILD_COLUMNS, COLUMNS};
use crate::domain::import_staff::STAFF_COLUMNS;
use crate::features::import::api::load_import_preview;
use crate::features::import::ImportPreview;
use crate::i18n::{Lang, T};
use crate::model::Flash;
use leptos::prelude::*;

#[component]
pub fn ImportPage() -> impl IntoView {
    let lang = use_lang();
    // Only those who import see the form (the upload refuses anyone else too).
    let importer =
        crate::components::use_viewer().is_some_and(|v| matches!(v.role, crate::model::Role::Admin | crate::model::Role::BusinessSupport));
    if !importer {
        return view! { <crate::features::public::view::NotFound/> }.into_any();
    }
    let flash = flash_for("import_upload");
    view! {
        <Page title=T::ImportTitle>
            <Suspense>
                {move || Suspend::new(async move {
                    let flash = flash.await;
                    view! {
                        <ErrorSummary flash=flash.clone()/>
                        <p>{T::ImportIntro.get(lang)}</p>
                        <form method="post" action="/staff/admin/import/check" enctype="multipart/form-data" class="form" novalidate>
                            <TextField name="file" label=T::ImportFileLabel hint=T::ImportFileHint kind="file" error=flash.error("file").cloned()/>
                            <button type="submit" class="button button--primary">{T::ImportCheck.get(lang)}</button>
                        </form>
                    }
                })}
            </Suspense>
            <section aria-labelledby="columns">
                <h2 id="columns">{T::ImportColumnsHeading.get(lang)}</h2>
                <p>{T::ImportColumnsIntro.get(lang)}</p>
                <p><a href="/staff/admin/import-sample.csv" download="heard-children-sample.csv">{T::ImportSample.get(lang)}</a></p>
                <DataTable caption=T::ImportColumnsHeading columns=vec![T::ImportColumn, T::ImportRequired, T::ImportHolds, T::ImportExample]>
                    {column_rows(&COLUMNS[..CHILD_COLUMNS], lang)}
                </DataTable>
            </section>
            <section aria-labelledby="contact-columns">
                <h2 id="contact-columns">{T::ImportContactsHeading.get(lang)}</h2>
                <p>{T::ImportContactsIntro.get(lang)}</p>
                <DataTable caption=T::ImportContactsHeading columns=vec![T::ImportColumn, T::ImportRequired, T::ImportHolds, T::ImportExample]>
                    {column_rows(&COLUMNS[CHILD_COLUMNS..], lang)}
                </DataTable>
            </section>
            <section aria-labelledby="staff-columns">
                <h2 id="staff-columns">{T::ImportStaffHeading.get(lang)}</h2>
                <p>{T::ImportStaffIntro.get(lang)}</p>
                <p><a href="/staff/admin/import-staff-sample.csv" download="heard-staff-sample.csv">{T::ImportStaffSample.get(lang)}</a></p>
                <DataTable caption=T::ImportStaffHeading columns=vec![T::ImportColumn, T::ImportRequired, T::ImportHolds, T::ImportExample]>
                    {column_rows(&STAFF_COLUMNS, lang)}
                </DataTable>
            </section>
        </Page>
    }
    .into_any()
}

/// The documentation rows of some of the file's columns.
fn column_rows(columns: &'static [Column], lang: Lang) -> impl IntoView {
    columns
        .iter()
        .map(|c| {
            view! {
                <tr>
                    <th scope="row"><code>{c.name}</code></th>
                    <td>{if c.required { T::ImportYes.get(lang) } else { T::ImportNo.get(lang) }}</td>
                    <td>{c.about.get(lang)}</td>
                    <td><code>{c.example}</code></td>
                </tr>
            }
        })
        .collect_view()
}

#[component]
pub fn ImportPreviewPage() -> impl IntoView {
    let lang = use_lang();
    let preview = load_for_id(load_import_preview);
    let flash = flash_for("");
    view! {
        <Page title=T::ImportPreviewTitle>
            <Suspense>
                {move || Suspend::new(async move {
                    let flash = flash.await;
                    match preview.await {
                        Ok(preview) => view! { <PreviewView preview=preview flash=flash lang=lang/> }.into_any(),
                        Err(failure) => view! { <crate::components::FailureView failure=failure/> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

#[component]
fn PreviewView(preview: ImportPreview, flash: Flash, lang: Lang) -> impl IntoView {
    let ImportPreview { id, file_name, problems, more_problems, adding, updating, applied, staff } = preview;
    let (clean, apply) = if staff { (T::ImportStaffClean, T::ImportStaffApply) } else { (T::ImportClean, T::ImportApply) };
    let body = if applied {
        view! { <p>{T::ImportAlreadyDone.get(lang)}</p> }.into_any()
    } else if problems.is_empty() {
        let total = adding + updating;
        view! {
            <p>{clean.fill(lang, &[("adding", &adding.to_string()), ("updating", &updating.to_string())])}</p>
            <form method="post" action="/api/apply_import" class="form">
                <input type="hidden" name="id" value=id.to_string()/>
                <button type="submit" class="button button--primary">{apply.fill(lang, &[("count", &total.to_string())])}</button>
            </form>
        }
        .into_any()
    } else {
        let count = problems.len() + more_problems;
        view! {
            <div class="error-summary" role="alert" aria-labelledby="problems-title" tabindex="-1">
                <h2 id="problems-title">{T::ImportProblemsTitle.fill(lang, &[("count", &count.to_string())])}</h2>
                <p>{T::ImportNothingWritten.get(lang)}</p>
            </div>
            <DataTable caption=T::ImportProblemsCaption columns=vec![T::ImportLine, T::ImportColumn, T::ImportProblem]>
                {problems
                    .into_iter()
                    .map(|p| view! {
                        <tr>
                            <th scope="row">{if p.line == 0 { T::ImportWholeFile.get(lang).to_string() } else { p.line.to_string() }}</th>
                            <td>{(!p.column.is_empty()).then(|| view! { <code>{p.column.clone()}</code> })}</td>
                            <td>{p.msg.text(lang)}</td>
                        </tr>
                    })
                    .collect_view()}
            </DataTable>
            {(more_problems > 0).then(|| view! { <p>{T::ImportMoreProblems.fill(lang, &[("count", &more_problems.to_string())])}</p> })}
            <p><a class="button" href="/staff/admin/import">{T::ImportAgain.get(lang)}</a></p>
        }
        .into_any()
    };
    view! {
        <NoticeBox notice=flash.notice.clone()/>
        <ErrorSummary flash=flash.clone()/>
        <p class="lead">{file_name}</p>
        {body}
    }
}
