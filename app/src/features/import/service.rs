//! The import's rules with I/O: only an authority's admins import; a file is checked whole
//! (every problem of every row) and kept for its preview; importing checks it again against the
//! records as they are then, and writes all of it or nothing. Each check and import is audited
//! with counts only: the audit trail holds nobody's details.

use crate::domain::import::{check_rows, ImportedChild, Present, Problems, Rules};
use crate::domain::import_staff::{check_staff_rows, ImportedMember, StaffRules};
use crate::features::import::{read, ImportPreview, ProblemLine};
use crate::i18n::T;
use crate::model::{Msg, Role, Viewer};
use crate::server::forms::{Done, Failed};
use crate::server::tenant::Tenant;
use crate::server::{audit, AppError, AppState};
use std::collections::HashMap;

/// Who imports: the authority's admins, and business support, who keep its records.
pub const IMPORTERS: [Role; 2] = [Role::Admin, Role::BusinessSupport];

/// This authority's active IROs by lower-cased email, for the `iro_email` column.
async fn iros_by_email(tenant: &Tenant) -> Result<HashMap<String, i64>, AppError> {
    Ok(tenant
        .staff()
        .list()
        .await?
        .into_iter()
        .filter(|s| s.role == Role::Iro && s.active)
        .map(|s| (s.email.to_lowercase(), s.id))
        .collect())
}

/// What a checked file holds: children (and which optional columns it has), or staff.
enum Checked {
    Children(Vec<ImportedChild>, Present),
    Staff(Vec<ImportedMember>),
}

/// Every problem in the file as it is now, or what it holds. The file's headers say whether it
/// is a children file or a staff file (which only admins import). Reading and checking up to
/// 20,000 rows is CPU work: it runs off the async threads.
async fn check(tenant: &Tenant, viewer: &Viewer, content: String) -> Result<Result<Checked, Problems>, AppError> {
    let off_thread = |e: tokio::task::JoinError| AppError::Internal(format!("import check: {e}"));
    let read = match tokio::task::spawn_blocking(move || read::rows(&content)).await.map_err(off_thread)? {
        Ok(read) => read,
        Err(found) => {
            return Ok(Err(Problems {
                total: found.len(),
                first: found.into_iter().take(crate::domain::import::MAX_PROBLEMS_SHOWN).collect(),
            }))
        }
    };
    if read.staff {
        if viewer.role != Role::Admin {
            return Ok(Err(Problems {
                total: 1,
                first: vec![crate::domain::import::Problem::file(Msg::new(T::ErrImportStaffAdminsOnly))],
            }));
        }
        let emails: Vec<String> = read
            .rows
            .iter()
            .filter_map(|(_, row)| crate::domain::staff::EmailAddress::parse(row.get("email")?).ok())
            .map(|e| e.as_str().to_string())
            .collect();
        let rules = StaffRules {
            members: tenant.imports().members().await?,
            elsewhere: tenant.imports().used_elsewhere(&emails).await?,
            importer_email: tenant.two_step().email(viewer.staff_id).await?.unwrap_or_default(),
            council_domain: tenant.council_sign_in().get().await?.map(|p| p.email_domain),
        };
        return Ok(check_staff_rows(&read.rows, &rules).map(Checked::Staff));
    }
    let rules = Rules {
        iros: iros_by_email(tenant).await?,
        today: tenant.today(),
        present: read.present,
        post_enabled: tenant.settings().post_enabled().await?,
    };
    tokio::task::spawn_blocking(move || check_rows(&read.rows, &rules).map(|children| Checked::Children(children, read.present)))
        .await
        .map_err(off_thread)
}

/// Keeps an uploaded file for its preview and returns its id; a file that cannot be read as
/// text at all is refused with the one problem.
pub async fn upload(state: &AppState, viewer: &Viewer, file_name: &str, bytes: &[u8]) -> Result<i64, Failed> {
    crate::server::auth::allowed(viewer, &IMPORTERS)?;
    let tenant = Tenant::of_viewer(state, viewer);
    if bytes.is_empty() {
        return Err(Failed::field("file", T::ErrImportNoFile));
    }
    let content = read::decode(bytes).map_err(|p| Failed::Invalid(vec![crate::model::FieldError { field: "file".into(), msg: p.msg }]))?;
    // The name is shown back to the admin only: kept short and to plain characters.
    let name: String = file_name.chars().filter(|c| !c.is_control()).take(120).collect();
    let id = tenant.imports().save(viewer.staff_id.get(), &name, &content).await?;
    audit::by_staff(state, viewer, "import.checked", "import", Some(id), &format!("{} bytes", content.len())).await?;
    Ok(id)
}

/// What a checked file would do, or every problem in it.
pub async fn preview(state: &AppState, viewer: &Viewer, id: i64) -> Result<ImportPreview, AppError> {
    crate::server::auth::allowed(viewer, &IMPORTERS)?;
    let tenant = Tenant::of_viewer(state, viewer);
    let stored = tenant.imports().get(id).await?.ok_or(AppError::NotFound)?;
    let mut preview = ImportPreview {
        id,
        file_name: stored.file_name,
        problems: Vec::new(),
        more_problems: 0,
        adding: 0,
        updating: 0,
        applied: stored.applied_at.is_some(),
        staff: false,
    };
    if preview.applied {
        return Ok(preview);
    }
    if stored.content.is_empty() {
        // Left more than a day: its text was cleared.
        return Err(AppError::NotFound);
    }
    match check(&tenant, viewer, stored.content).await? {
        Ok(Checked::Children(children, _)) => {
            let known = tenant.imports().known_references().await?;
            let updating = children.iter().filter(|c| c.child.case_reference.as_ref().is_some_and(|r| known.contains(r))).count();
            preview.updating = updating;
            preview.adding = children.len() - updating;
        }
        Ok(Checked::Staff(members)) => {
            preview.staff = true;
            preview.adding = members.iter().filter(|m| m.new).count();
            preview.updating = members.len() - preview.adding;
        }
        Err(problems) => {
            preview.more_problems = problems.total - problems.first.len();
            preview.problems = problems.first.into_iter().map(|p| ProblemLine { line: p.line, column: p.column, msg: p.msg }).collect();
        }
    }
    Ok(preview)
}

/// Imports a checked file, checked again first (someone may have changed a record since): all
/// of it, or nothing and back to its preview.
pub async fn apply(state: &AppState, viewer: &Viewer, id: i64) -> Result<Done, Failed> {
    crate::server::auth::allowed(viewer, &IMPORTERS)?;
    let tenant = Tenant::of_viewer(state, viewer);
    let stored = tenant.imports().get(id).await?.ok_or(AppError::NotFound)?;
    let back = format!("/staff/admin/import/{id}");
    if stored.applied_at.is_some() {
        return Err(Failed::field("", T::ErrImportDone));
    }
    if stored.content.is_empty() {
        return Err(Failed::field("", T::ErrImportExpired));
    }
    let checked = match check(&tenant, viewer, stored.content).await? {
        Ok(checked) => checked,
        // The preview shows them.
        Err(_) => return Ok(Done::to(back)),
    };
    let (applied, action, done) = match checked {
        Checked::Children(children, present) => (tenant.imports().apply(id, &children, present).await?, "import.applied", T::ImportDone),
        Checked::Staff(members) => (tenant.imports().apply_staff(id, &members).await?, "import.staff_applied", T::ImportStaffDone),
    };
    let Some((added, updated)) = applied else {
        return Err(Failed::field("", T::ErrImportDone));
    };
    audit::by_staff(state, viewer, action, "import", Some(id), &format!("{added} added, {updated} updated")).await?;
    let notice = Msg::new(done).with("added", added.to_string()).with("updated", updated.to_string());
    Ok(Done::to(back).with_notice(notice))
}

/// Adds or updates one child for a case system's call, by the rules a file's row is checked
/// by: `cells` are the row's columns by name, and a column left out keeps what is stored (as in
/// a file without it). `found` are problems the caller found already (the row is still checked,
/// so every problem is told at once). The child's id and whether they were added, or every
/// problem.
pub async fn save_one(
    tenant: &Tenant,
    cells: std::collections::HashMap<String, String>,
    found: Vec<crate::domain::import::Problem>,
) -> Result<Result<(i64, bool), Vec<crate::domain::import::Problem>>, AppError> {
    let mut problems = found;
    let headers: Vec<String> = cells.keys().cloned().collect();
    problems.extend(crate::domain::import::check_headers(&headers));
    let present = crate::domain::import::Present::of(&headers);
    let rules =
        Rules { iros: iros_by_email(tenant).await?, today: tenant.today(), present, post_enabled: tenant.settings().post_enabled().await? };
    // Cells of unknown columns are left out of the row's own check (they are named above).
    let known: std::collections::HashMap<String, String> =
        cells.into_iter().filter(|(column, _)| crate::domain::import::COLUMNS.iter().any(|c| c.name == column)).collect();
    match crate::domain::import::check_row(1, &known, &rules) {
        Ok(child) if problems.is_empty() => Ok(Ok(tenant.imports().save_one(&child, present).await?)),
        Ok(_) => Ok(Err(problems)),
        Err(row) => {
            problems.extend(row);
            Ok(Err(problems))
        }
    }
}
