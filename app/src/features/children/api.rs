//! Server functions for children as staff see them: the form and saving it.

use crate::features::children::ChildFormData;
use crate::model::Failure;
use leptos::prelude::*;

/// The add form (no id) or the edit form for one child of the viewer's authority.
#[server(endpoint = "child_form")]
pub async fn child_form(id: Option<crate::model::ChildId>) -> Result<ChildFormData, Failure> {
    let (state, viewer) = crate::server::auth::staff_call()?;
    Ok(crate::features::children::service::form(&state, &viewer, id).await?)
}

#[server(endpoint = "save_child")]
#[allow(clippy::too_many_arguments)]
pub async fn save_child(
    id: Option<i64>,
    preferred_name: Option<String>,
    full_name: Option<String>,
    case_reference: Option<String>,
    date_of_birth: Option<String>,
    preferred_language: Option<String>,
    communication_needs: Option<String>,
    looked_after_since: Option<String>,
    legal_basis: Option<String>,
    placement_type: Option<String>,
    iro_staff_id: Option<String>,
) -> Result<(), Failure> {
    use crate::domain::children::ChildInput;
    use crate::server::forms;
    let input = ChildInput {
        preferred_name: preferred_name.unwrap_or_default(),
        full_name: full_name.unwrap_or_default(),
        case_reference: case_reference.unwrap_or_default(),
        date_of_birth: date_of_birth.unwrap_or_default(),
        preferred_language: preferred_language.unwrap_or_default(),
        communication_needs: communication_needs.unwrap_or_default(),
        looked_after_since: looked_after_since.unwrap_or_default(),
        legal_basis: legal_basis.unwrap_or_default(),
        placement_type: placement_type.unwrap_or_default(),
        iro_staff_id: iro_staff_id.unwrap_or_default(),
    };
    let back = match id {
        Some(id) => format!("/staff/children/{id}/edit"),
        None => "/staff/children/new".to_string(),
    };
    let result = match crate::server::auth::staff_call() {
        Ok((state, viewer)) => crate::features::children::service::save(&state, &viewer, id.map(crate::model::ChildId::new), &input).await,
        Err(error) => Err(error.into()),
    };
    forms::finish("save_child", &back, input.values(), result).await
}
