//! The service manager's reports: the authority's figures for the last year, by month or by
//! quarter, counted from facts that carry no names and no words; and each table as a CSV file,
//! small numbers suppressed. Only managers read them; each download is audited.

use crate::domain::reports::{self, Grain, Period, Table, TableId};
use crate::features::reports::ReportsPage;
use crate::i18n::Lang;
use crate::model::Role;
use crate::model::Viewer;
use crate::server::tenant::Tenant;
use crate::server::{audit, today, AppError, AppState};
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};

/// Twelve months, or four quarters, ending with the current one.
fn periods(grain: Grain) -> Vec<Period> {
    match grain {
        Grain::Month => Period::last(12, Grain::Month, today()),
        Grain::Quarter => Period::last(4, Grain::Quarter, today()),
    }
}

/// The authority's tables (`only` one of them for a download: only its facts are read).
async fn tables(tenant: &Tenant, grain: Grain, only: Option<TableId>) -> Result<Vec<Table>, AppError> {
    let periods = periods(grain);
    let from = periods.first().map(|p| p.start()).unwrap_or_else(today);
    let from_at = crate::domain::calendar::uk_start_of_day(from);
    let wanted = |ids: &[TableId]| only.is_none_or(|id| ids.contains(&id));
    let mut out = Vec::new();
    if wanted(&[TableId::Timeliness]) {
        let mut reviews = tenant.reports().reviews(from).await?;
        // A child whose review falls due with none booked is counted too (late, once the day passes).
        let unbooked = crate::features::reviews::service::unbooked_due_dates(tenant).await?;
        reviews.extend(unbooked.into_iter().filter(|due| *due >= from).map(|due| reports::ReviewFact {
            due_on: due,
            held_on: None,
            booked_for: None,
            cancelled: false,
        }));
        out.push(reports::timeliness(&reviews, &periods, grain, today()));
    }
    let from_invites = [TableId::Participation, TableId::ChildrenByAge, TableId::HowTheyTookPart, TableId::Advocacy];
    if wanted(&from_invites) {
        let invites = tenant.reports().invitations(from_at).await?;
        for (id, table) in [
            (TableId::Participation, reports::participation as fn(&[reports::InviteFact], &[Period], Grain) -> Table),
            (TableId::ChildrenByAge, reports::children_by_age),
            (TableId::HowTheyTookPart, reports::how_they_took_part),
            (TableId::Advocacy, reports::advocacy),
        ] {
            if wanted(&[id]) {
                out.push(table(&invites, &periods, grain));
            }
        }
    }
    if wanted(&[TableId::Safety]) {
        let alerts = tenant.reports().alerts(from_at).await?;
        let messages = tenant.reports().messages(from_at).await?;
        out.push(reports::safety(&alerts, &messages, &periods, grain));
    }
    Ok(out)
}

pub async fn page(state: &AppState, viewer: &Viewer, grain: Grain) -> Result<ReportsPage, AppError> {
    crate::server::auth::allowed(viewer, &[Role::Manager])?;
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    Ok(ReportsPage { grain, tables: tables(&tenant, grain, None).await?, suppress_below: tenant.settings().suppress_below().await? })
}

#[derive(serde::Deserialize)]
pub struct CsvQuery {
    #[serde(default)]
    grain: String,
}

/// `GET /staff/reports/{table}.csv`: one table as CSV, small numbers suppressed (managers only).
pub async fn csv_route(
    State(state): State<AppState>,
    Path(file): Path<String>,
    Query(query): Query<CsvQuery>,
    request: axum::extract::Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let Some(crate::server::auth::StaffRequest { viewer, ip, lang }) = crate::server::auth::StaffRequest::from_parts(&state, &parts) else {
        return Redirect::to("/sign-in").into_response();
    };
    let id = file.strip_suffix(".csv").and_then(TableId::parse);
    match (viewer.role, id) {
        (Role::Manager, Some(id)) => match csv(&state, &viewer, &ip, id, Grain::parse(&query.grain), lang).await {
            Ok(text) => (
                [
                    (http::header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
                    (
                        http::header::CONTENT_DISPOSITION,
                        format!("attachment; filename=\"heard-{}-{}.csv\"", id.as_str(), Grain::parse(&query.grain).as_str()),
                    ),
                ],
                text,
            )
                .into_response(),
            Err(error) => error.download_response(),
        },
        _ => AppError::NotFound.download_response(),
    }
}

async fn csv(state: &AppState, viewer: &Viewer, ip: &str, id: TableId, grain: Grain, lang: Lang) -> Result<String, AppError> {
    let tenant = crate::server::tenant::Tenant::of_viewer(state, viewer);
    let below = tenant.settings().suppress_below().await?;
    let table = tables(&tenant, grain, Some(id)).await?.into_iter().next().ok_or(AppError::NotFound)?;
    let text = crate::features::reports::words::csv_text(&table, below, lang);
    audit::by_staff_from(state, viewer, ip, "report.downloaded", "report", None, id.as_str()).await?;
    Ok(text)
}
