//! Staff pages: sign-in, their account, and staff administration.

use crate::components::flash::flash_for;
use crate::components::{use_lang, use_viewer};
use crate::components::{DataTable, ErrorSummary, NoticeBox, Page, SelectField, TextField};
use crate::features::staff::api::staff_list;
use crate::i18n::T;
use crate::model::Flash;
use crate::model::Role;
use leptos::prelude::*;

#[component]
pub fn SignIn() -> impl IntoView {
    let lang = use_lang();
    let flash = flash_for("");
    view! {
        <Page title=T::SignInTitle>
            <p>{T::SignInIntro.get(lang)}</p>
            <Suspense>
                {move || Suspend::new(async move {
                    let all = flash.await;
                    // Each way in shows its own errors beside it; a notice from either at the top.
                    let council = if all.form == "council_sign_in" { all.clone() } else { Flash::default() };
                    let flash = if all.form == "council_sign_in" { Flash::default() } else { all.clone() };
                    view! {
                        <NoticeBox notice=all.notice.clone()/>
                        <ErrorSummary flash=flash.clone()/>
                        <form method="post" action="/api/sign_in" class="form" novalidate>
                            <TextField name="email" label=T::Email kind="email" autocomplete="username" value=flash.value("email").unwrap_or_default() required=true/>
                            <TextField name="password" label=T::Password kind="password" autocomplete="current-password" required=true/>
                            <button type="submit" class="button button--primary">{T::SignInButton.get(lang)}</button>
                        </form>
                        <crate::features::council_sign_in::view::CouncilSignInPart flash=council/>
                    }
                })}
            </Suspense>
        </Page>
    }
}

#[component]
pub fn Account() -> impl IntoView {
    let lang = use_lang();
    let flash = flash_for("");
    view! {
        <Page title=T::AccountTitle>
            <Suspense>
                {move || Suspend::new(async move {
                    let all = flash.await;
                    // Each form's errors beside it; a notice from either at the top.
                    let two_step = if all.form == "manage_two_step" { all.clone() } else { Flash::default() };
                    let flash = if all.form == "manage_two_step" { Flash::default() } else { all.clone() };
                    view! {
                        <NoticeBox notice=all.notice.clone()/>
                        <crate::features::two_step::view::AccountTwoStep flash=two_step/>
                        <ErrorSummary flash=flash.clone()/>
                        <h2>{T::ChangePasswordHeading.get(lang)}</h2>
                        <form method="post" action="/api/change_password" class="form" novalidate>
                            <TextField name="current_password" label=T::CurrentPassword kind="password" autocomplete="current-password" error=flash.error("current_password").cloned() required=true/>
                            <TextField name="new_password" label=T::NewPassword kind="password" autocomplete="new-password" hint=T::StaffPasswordHint error=flash.error("new_password").cloned() required=true/>
                            <button type="submit" class="button button--primary">{T::ChangePasswordButton.get(lang)}</button>
                        </form>
                    }
                })}
            </Suspense>
        </Page>
    }
}

#[component]
pub fn StaffAdmin() -> impl IntoView {
    let lang = use_lang();
    let viewer = use_viewer();
    let authority = viewer.as_ref().map(|v| v.authority_name(lang).to_string()).unwrap_or_default();
    let me = viewer.map(|v| v.staff_id).unwrap_or_default();
    let flash = flash_for("");
    let staff = OnceResource::new(async move { staff_list().await });
    view! {
        <Page title=T::StaffTitle>
            <p>{T::StaffIntro.fill(lang, &[("authority", &authority)])}</p>
            <Suspense>
                {move || Suspend::new(async move {
                    let flash = flash.await;
                    let staff = match staff.await {
                        Ok(staff) => staff,
                        Err(failure) => return view! { <crate::components::FailureView failure=failure/> }.into_any(),
                    };
                    let is_add = flash.form == "add_staff";
                    let add_flash = if is_add { flash.clone() } else { Flash::default() };
                    let other_errors = if is_add { Flash::default() } else { flash.clone() };
                    view! {
                        <NoticeBox notice=flash.notice.clone()/>
                        <ErrorSummary flash=other_errors/>
                        <DataTable caption=T::StaffTitle columns=vec![T::StaffName, T::Email, T::StaffRole, T::StaffStatus, T::TwoStepColumn, T::StaffActions]>
                                    {staff
                                        .into_iter()
                                        .map(|member| {
                                            let label = if member.active { T::StaffDisable } else { T::StaffEnable }
                                                .fill(lang, &[("name", &member.display_name)]);
                                            let is_me = member.id == me.get();
                                            let reset_label = T::TwoStepReset.fill(lang, &[("name", &member.display_name)]);
                                            view! {
                                                <tr>
                                                    <td>{member.display_name.clone()}{is_me.then(|| format!(" {}", T::StaffYou.get(lang)))}</td>
                                                    <td>{member.email.clone()}</td>
                                                    <td>{member.role.label().get(lang)}</td>
                                                    <td>{if member.active { T::StaffActive.get(lang) } else { T::StaffDisabled.get(lang) }}</td>
                                                    <td>{if member.two_step { T::TwoStepOn.get(lang) } else { T::TwoStepOff.get(lang) }}</td>
                                                    <td>
                                                        {(!is_me && member.two_step).then(|| view! {
                                                            <form method="post" action="/api/reset_two_step" class="inline-form">
                                                                <input type="hidden" name="staff_id" value=member.id.to_string()/>
                                                                <button type="submit" class="button button--small">{reset_label}</button>
                                                            </form>
                                                        })}
                                                        {(!is_me).then(|| view! {
                                                            <form method="post" action="/api/set_staff_active" class="inline-form">
                                                                <input type="hidden" name="staff_id" value=member.id.to_string()/>
                                                                <input type="hidden" name="active" value=if member.active { "false" } else { "true" }/>
                                                                <button type="submit" class="button button--small">{label}</button>
                                                            </form>
                                                        })}
                                                    </td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                        </DataTable>
                        <crate::features::two_step::view::TwoStepRule/>
                        <h2 id="add-staff">{T::StaffAddHeading.get(lang)}</h2>
                        <ErrorSummary flash=add_flash.clone()/>
                        <form method="post" action="/api/add_staff" class="form" novalidate>
                            <TextField name="display_name" label=T::StaffName autocomplete="off" value=add_flash.value("display_name").unwrap_or_default() error=add_flash.error("display_name").cloned() required=true/>
                            <TextField name="email" label=T::Email kind="email" autocomplete="off" value=add_flash.value("email").unwrap_or_default() error=add_flash.error("email").cloned() required=true/>
                            <RoleSelect selected=add_flash.value("role") error=add_flash.error("role").cloned()/>
                            <TextField name="password" label=T::Password kind="password" autocomplete="new-password" hint=T::StaffPasswordHint error=add_flash.error("password").cloned() required=true/>
                            <button type="submit" class="button button--primary">{T::StaffAddButton.get(lang)}</button>
                        </form>
                    }
                    .into_any()
                })}
            </Suspense>
        </Page>
    }
}

/// The role choice on the add-staff form.
#[component]
fn RoleSelect(selected: Option<String>, error: Option<crate::model::Msg>) -> impl IntoView {
    let lang = use_lang();
    let options = Role::ALL.into_iter().map(|role| (role.as_str().to_string(), role.label().get(lang).to_string())).collect::<Vec<_>>();
    view! { <SelectField name="role" label=T::StaffRole options=options selected=selected.unwrap_or_default() error=error/> }
}
