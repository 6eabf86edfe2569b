//! Staff pages: sign-in, a home for each role, their account, and staff administration.

use crate::components::flash::page_flash;
use crate::features::staff::api::staff_list;
use crate::app::{use_lang, use_viewer};
use crate::components::{DataTable, ErrorSummary, NoticeBox, Page, SelectField, TextField};
use crate::i18n::T;
use crate::model::Flash;
use crate::model::Role;
use crate::features::reviews::view::{ChildLineRow, InvitationTag};
use leptos::prelude::*;

/// The page's one-time message. Loaded once per render: taking a flash consumes it, and a
/// `Suspend` closure may run more than once while the page renders.
pub fn flash_for(form: &'static str) -> OnceResource<Flash> {
    OnceResource::new(async move { page_flash(form.to_string()).await.ok().flatten().unwrap_or_default() })
}

/// The one-time notice and errors a form left for this page, whichever form it was: for pages
/// whose buttons come back to them from several forms.
#[component]
pub fn PageFlash() -> impl IntoView {
    let flash = flash_for("");
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let flash = flash.await;
                view! {
                    <NoticeBox notice=flash.notice.clone()/>
                    <ErrorSummary flash=flash/>
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn SignIn() -> impl IntoView {
    let lang = use_lang();
    let flash = flash_for("sign_in");
    view! {
        <Page title=T::SignInTitle>
            <p>{T::SignInIntro.get(lang)}</p>
            <Suspense>
                {move || Suspend::new(async move {
                    let flash = flash.await;
                    view! {
                        <NoticeBox notice=flash.notice.clone()/>
                        <ErrorSummary flash=flash.clone()/>
                        <form method="post" action="/api/sign_in" class="form" novalidate>
                            <TextField name="email" label=T::Email kind="email" autocomplete="username" value=flash.value("email").unwrap_or_default() required=true/>
                            <TextField name="password" label=T::Password kind="password" autocomplete="current-password" required=true/>
                            <button type="submit" class="button button--primary">{T::SignInButton.get(lang)}</button>
                        </form>
                    }
                })}
            </Suspense>
        </Page>
    }
}

#[component]
pub fn StaffHome() -> impl IntoView {
    let lang = use_lang();
    let Some(viewer) = use_viewer() else {
        return view! { <crate::features::public::view::NotFound/> }.into_any();
    };
    let signed_in = T::SignedInAs.fill(lang, &[("name", &viewer.display_name)]);
    let role_line = format!("{} · {}", viewer.role.label().get(lang), viewer.authority_name(lang));
    let body = match viewer.role {
        Role::Iro => view! {
            <p><a href="/staff/children">{T::NavChildren.get(lang)}</a></p>
            <IroHome/>
        }
        .into_any(),
        Role::BusinessSupport => view! {
            <p><a href="/staff/children">{T::NavChildren.get(lang)}</a></p>
            <SupportHomeView/>
        }
        .into_any(),
        Role::Manager => view! {
            <section aria-labelledby="reports">
                <h2 id="reports">{T::ManagerHomeHeading.get(lang)}</h2>
                <p><a href="/staff/reports">{T::ManagerHomeLink.get(lang)}</a></p>
            </section>
        }
        .into_any(),
        Role::Admin => view! {
            <section aria-labelledby="admin">
                <h2 id="admin">{T::AdminHomeHeading.get(lang)}</h2>
                <ul class="link-list">
                    <li><a href="/staff/admin/staff">{T::AdminManageStaff.get(lang)}</a></li>
                    <li><a href="/staff/admin/settings">{T::SettingsTitle.get(lang)}</a></li>
                    <li><a href="/staff/admin/outbox">{T::OutboxTitle.get(lang)}</a></li>
                    <li><a href="/staff/admin/audit">{T::AuditTitle.get(lang)}</a></li>
                    <li><a href="/staff/admin/cover">{T::CoverTitle.get(lang)}</a></li>
                </ul>
            </section>
        }
        .into_any(),
    };
    view! {
        <Page title=T::StaffHomeTitle>
            // What the buttons on the home page (dealing with an alert, trying a message again) said.
            <PageFlash/>
            <p class="signed-in-as">{signed_in}<br/>{role_line}</p>
            {body}
        </Page>
    }
    .into_any()
}

#[component]
pub fn Account() -> impl IntoView {
    let lang = use_lang();
    let flash = flash_for("change_password");
    view! {
        <Page title=T::AccountTitle>
            <Suspense>
                {move || Suspend::new(async move {
                    let flash = flash.await;
                    view! {
                        <NoticeBox notice=flash.notice.clone()/>
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
    let staff = OnceResource::new(async move { staff_list().await.ok() });
    view! {
        <Page title=T::StaffTitle>
            <p>{T::StaffIntro.fill(lang, &[("authority", &authority)])}</p>
            <Suspense>
                {move || Suspend::new(async move {
                    let flash = flash.await;
                    let Some(staff) = staff.await else {
                        return view! { <p>{T::ErrNotFound.get(lang)}</p> }.into_any();
                    };
                    let is_add = flash.form == "add_staff";
                    let add_flash = if is_add { flash.clone() } else { Flash::default() };
                    let other_errors = if is_add { Flash::default() } else { flash.clone() };
                    view! {
                        <NoticeBox notice=flash.notice.clone()/>
                        <ErrorSummary flash=other_errors/>
                        <DataTable caption=T::StaffTitle columns=vec![T::StaffName, T::Email, T::StaffRole, T::StaffStatus, T::StaffActions]>
                                    {staff
                                        .into_iter()
                                        .map(|member| {
                                            let label = if member.active { T::StaffDisable } else { T::StaffEnable }
                                                .fill(lang, &[("name", &member.display_name)]);
                                            let is_me = member.id == me.get();
                                            view! {
                                                <tr>
                                                    <td>{member.display_name.clone()}{is_me.then(|| format!(" {}", T::StaffYou.get(lang)))}</td>
                                                    <td>{member.email.clone()}</td>
                                                    <td>{member.role.label().get(lang)}</td>
                                                    <td>{if member.active { T::StaffActive.get(lang) } else { T::StaffDisabled.get(lang) }}</td>
                                                    <td>
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

/// The IRO's children, most urgent first: next review, due date, report deadline, who replied.
#[component]
fn IroHome() -> impl IntoView {
    let lang = use_lang();
    let lines = OnceResource::new(async move { crate::features::reviews::api::iro_home().await.unwrap_or_default() });
    view! {
        <IroAttentionView/>
        <section aria-labelledby="my-children">
            <h2 id="my-children">{T::IroHomeHeading.get(lang)}</h2>
            <Suspense>
                {move || Suspend::new(async move {
                    let lines = lines.await;
                    if lines.is_empty() {
                        return view! { <p>{T::IroHomeEmpty.get(lang)}</p> }.into_any();
                    }
                    view! {
                        <DataTable caption=T::IroChildrenCaption columns=REVIEW_COLUMNS.to_vec()>
                            {lines.into_iter().map(|line| view! { <ChildLineRow line=line/> }).collect_view()}
                        </DataTable>
                    }
                    .into_any()
                })}
            </Suspense>
        </section>
    }
}

/// What needs the IRO first, above their children: urgent alerts (until they say they are on
/// it), then unread messages from children (the words open on their own audited page), then
/// requests for an advocate.
#[component]
fn IroAttentionView() -> impl IntoView {
    let lang = use_lang();
    let attention = OnceResource::new(async move { crate::features::form::api::load_iro_attention().await.unwrap_or_default() });
    let screen = move |key: &str| crate::components::child::screen(key).get_text(lang);
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let a = attention.await;
                let alerts = (!a.alerts.is_empty()).then(|| view! {
                    <section class="alerts" aria-labelledby="alerts-heading">
                        <h2 id="alerts-heading"><img src=crate::components::child::symbol_src("not-safe") alt="" width="32" height="32"/>{T::IroAlertsTitle.get(lang)}</h2>
                        <ul>
                            {a.alerts.into_iter().map(|alert| {
                                let when = format!("{} {}", crate::i18n::short_date(alert.raised_on, lang), alert.raised_time);
                                view! {
                                    <li>
                                        <a href=format!("/staff/children/{}", alert.child_id)>{alert.child_name.clone()}</a>
                                        " – " {T::IroAlertRaised.fill(lang, &[("when", &when)])}
                                        <form method="post" action="/api/acknowledge_alert" class="inline-form">
                                            <input type="hidden" name="alert_id" value=alert.id.to_string()/>
                                            <button type="submit" class="button button--small">{T::IroAcknowledge.get(lang)}</button>
                                        </form>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </section>
                });
                let messages = (!a.messages.is_empty()).then(|| view! {
                    <section class="card" aria-labelledby="messages-heading">
                        <h2 id="messages-heading">{T::IroMessagesTitle.get(lang)}</h2>
                        <ul>
                            {a.messages.into_iter().map(|m| view! {
                                <li>
                                    <strong>{m.child_name.clone()}</strong>
                                    {format!(" – {} – {}. ", screen(m.kind.screen_key()), crate::i18n::short_date(m.sent_on, lang))}
                                    <a href=format!("/staff/messages/{}", m.id)>{T::IroMessageOpen.get(lang)}</a>
                                </li>
                            }).collect_view()}
                        </ul>
                    </section>
                });
                let advocacy = (!a.advocacy.is_empty()).then(|| view! {
                    <section class="card" aria-labelledby="advocacy-heading">
                        <h2 id="advocacy-heading">{T::IroAdvocacyTitle.get(lang)}</h2>
                        <ul>
                            {a.advocacy.into_iter().map(|r| {
                                let date = crate::i18n::short_date(r.asked_on, lang);
                                view! {
                                    <li>
                                        <a href=format!("/staff/children/{}", r.child_id)>{r.child_name.clone()}</a>
                                        {(r.audience == crate::domain::reviews::Audience::Parent).then(|| format!(" ({})", T::IroAdvocacyParent.get(lang)))}
                                        {format!(" – {}", T::IroAdvocacyLine.fill(lang, &[("reference", &r.reference), ("date", &date)]))}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </section>
                });
                let undelivered = view! { <crate::components::UndeliveredList messages=a.undelivered back="/staff".to_string()/> };
                view! { {alerts}{undelivered}{messages}{advocacy} }
            })}
        </Suspense>
    }
}

const REVIEW_COLUMNS: [T; 6] = [T::ChildName, T::NextReview, T::ReviewDue, T::ReportDeadline, T::ReviewState, T::InvitationsHeading];

/// Business support's work: reviews to book, invitations to send, replies to chase, letters to print.
#[component]
fn SupportHomeView() -> impl IntoView {
    let lang = use_lang();
    let home = OnceResource::new(async move { crate::features::reviews::api::support_work().await.unwrap_or_default() });
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let home = home.await;
                view! {
                    <section aria-labelledby="to-book">
                        <h2 id="to-book">{T::SupportHomeHeading.get(lang)}</h2>
                        {if home.to_book.is_empty() {
                            view! { <p>{T::SupportHomeEmpty.get(lang)}</p> }.into_any()
                        } else {
                            view! {
                                <DataTable caption=T::SupportHomeHeading columns=REVIEW_COLUMNS.to_vec()>
                                    {home.to_book.into_iter().map(|line| view! { <ChildLineRow line=line/> }).collect_view()}
                                </DataTable>
                            }
                            .into_any()
                        }}
                    </section>
                    <InviteList id="to-send" heading=T::ToSendHeading empty=T::ToSendEmpty lines=home.to_send/>
                    <InviteList id="to-print" heading=T::ToPrintHeading empty=T::ToPrintEmpty lines=home.to_print/>
                    <InviteList id="to-chase" heading=T::ToChaseHeading empty=T::ToChaseEmpty lines=home.to_chase/>
                }
            })}
        </Suspense>
    }
}

#[component]
fn InviteList(id: &'static str, heading: T, empty: T, lines: Vec<crate::features::reviews::InviteLine>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section aria-labelledby=id>
            <h2 id=id>{heading.get(lang)}</h2>
            {if lines.is_empty() {
                view! { <p>{empty.get(lang)}</p> }.into_any()
            } else {
                view! {
                    <DataTable caption=heading columns=vec![T::InviteeName, T::ChildName, T::InviteeDelivery, T::InvitationStatusHeading, T::ReportDeadline]>
                        {lines
                            .into_iter()
                            .map(|l| view! {
                                <tr>
                                    <th scope="row"><a href=format!("/staff/reviews/{}", l.review_id)>{format!("{} ({})", l.first_name, l.audience.label().get(lang))}</a></th>
                                    <td>{l.child_name.clone()}</td>
                                    <td>{l.delivery.label().get(lang)}</td>
                                    <td><InvitationTag status=l.status revoked=false/></td>
                                    <td>{crate::i18n::short_date(l.report_deadline, lang)}</td>
                                </tr>
                            })
                            .collect_view()}
                    </DataTable>
                }
                .into_any()
            }}
        </section>
    }
}
