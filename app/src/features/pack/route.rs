//! The pack's recordings and drawings, played and shown to the IRO: a file, not a page, so a
//! plain route. Each opening is audited, as every staff read is.

use crate::features::media::service as media;
use crate::model::ReviewId;
use crate::server::auth::StaffRequest;
use crate::server::{AppError, AppState};
use axum::extract::{Path, Request, State};
use axum::response::{IntoResponse, Redirect, Response};

/// `GET /staff/reviews/{id}/media/{media_id}`: one recording or drawing sent for this review,
/// for the child's IRO or an IRO covering; to anyone else it does not exist. The trail records
/// who opened which, never what it holds.
pub async fn media_route(State(state): State<AppState>, Path((review_id, media_id)): Path<(i64, i64)>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    let range = parts.headers.get(http::header::RANGE).cloned();
    let Some(StaffRequest { viewer, ip, .. }) = StaffRequest::from_parts(&state, &parts) else {
        return Redirect::to("/sign-in").into_response();
    };
    let review_id = ReviewId::new(review_id);
    let opened = async {
        let opened = crate::features::pack::service::open_review(&state, &viewer, review_id).await?;
        let tenant = crate::server::tenant::Tenant::of_viewer(&state, &viewer);
        let stored = tenant.media().sent_for_review(review_id, media_id).await?.ok_or(AppError::NotFound)?;
        // Which one, never what it holds.
        let detail = format!("{} {}{}", stored.kind, stored.id, if opened.covering { " cover" } else { "" });
        let (content_type, bytes) = media::open(&state, stored).await?;
        // Recorded once the bytes are ready to go (the trail never claims an opening that failed),
        // once a play: a player's probe and its seeks within one play are not openings.
        if media::opens_anew(range.as_ref()) {
            crate::server::audit::by_staff_from(&state, &viewer, &ip, "media.opened", "review", Some(review_id.get()), &detail).await?;
        }
        Ok::<_, AppError>((content_type, bytes))
    };
    match opened.await {
        Ok((content_type, bytes)) => media::response(&content_type, bytes, range.as_ref()),
        Err(error) => error.download_response(),
    }
}
