//! The keys page (`/staff/admin/api-keys`): an authority's API keys, a new key shown once, and
//! where the API and its documents are described.

use crate::components::{use_lang, DataTable, ErrorSummary, NoticeBox, Page, TextField};
use crate::features::council_api::api::api_keys;
use crate::features::council_api::{ApiKeyRow, ApiKeysPage, OPENAPI_PATH, SCOPES};
use crate::i18n::{short_date, Lang, T};
use crate::model::Flash;
use leptos::prelude::*;

#[component]
pub fn ApiKeysPage() -> impl IntoView {
    let lang = use_lang();
    let keys = OnceResource::new(async move { api_keys().await });
    let flash = crate::components::flash::flash_for("");
    view! {
        <Page title=T::ApiKeysTitle>
            <Suspense>
                {move || Suspend::new(async move {
                    let flash = flash.await;
                    match keys.await {
                        Ok(page) => view! { <ApiKeysView page=page flash=flash lang=lang/> }.into_any(),
                        Err(failure) => view! { <crate::components::FailureView failure=failure/> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

#[component]
fn ApiKeysView(page: ApiKeysPage, flash: Flash, lang: Lang) -> impl IntoView {
    let ApiKeysPage { keys, new_key: made, webhook_url, new_secret } = page;
    let hook_flash = if flash.form == "save_webhook" { flash.clone() } else { Flash::default() };
    // A new key is shown once, apart, so it can be copied whole (its notice goes with it).
    let notice = flash.notice.clone().filter(|msg| msg.key != T::ApiKeyMade);
    let typed = |field: &str| if flash.form == "make_api_key" { flash.value(field).unwrap_or_default() } else { String::new() };
    let error = |field: &str| if flash.form == "make_api_key" { flash.error(field).cloned() } else { None };
    let scope_error = error("scopes");
    let scope_class = if scope_error.is_some() { "field field--error" } else { "field" };
    let scope_described = scope_error.is_some().then_some("scopes-error");
    let table = if keys.is_empty() {
        view! { <p>{T::ApiKeysNone.get(lang)}</p> }.into_any()
    } else {
        view! {
            <DataTable caption=T::ApiKeysTitle columns=vec![T::ApiKeyName, T::ApiKeyScopes, T::ApiKeyUsed, T::ReviewState, T::Actions]>
                {keys.into_iter().map(|k| view! { <ApiKeyRowView key=k lang=lang/> }).collect_view()}
            </DataTable>
        }
        .into_any()
    };
    view! {
        <NoticeBox notice=notice/>
        {made.map(|key| view! {
            <div class="notice" role="status">
                <p>{T::ApiKeyMade.get(lang)}</p>
                <p><code class="break-words">{key}</code></p>
            </div>
        })}
        <ErrorSummary flash=flash.clone()/>
        <p>{T::ApiKeysIntro.get(lang)}</p>
        <ul class="link-list">
            <li><a href=OPENAPI_PATH>{T::ApiOpenApiLink.get(lang)}</a></li>
            <li><a href=crate::features::export::SCHEMA_PATH>{T::ApiSchemaLink.get(lang)}</a></li>
        </ul>
        {table}
        <section aria-labelledby="new-key" class="card">
            <h2 id="new-key">{T::ApiKeyNewHeading.get(lang)}</h2>
            <form method="post" action="/api/make_api_key" class="form" novalidate>
                <TextField name="name" label=T::ApiKeyName hint=T::ApiKeyNameHint autocomplete="off" value=typed("name") error=error("name")/>
                <fieldset id="scopes" tabindex="-1" class=scope_class aria-describedby=scope_described>
                    <legend>{T::ApiKeyScopes.get(lang)}</legend>
                    {scope_error.map(|e| view! { <p class="error-message" id="scopes-error">{e.text(lang)}</p> })}
                    {SCOPES.iter().map(|(code, label)| {
                        let id = format!("scope-{code}");
                        let ticked = !typed(&format!("scopes[{code}]")).is_empty();
                        view! {
                            <div class="field field--checkbox">
                                <input type="checkbox" id=id.clone() name=format!("scopes[{code}]") value="on" checked=ticked/>
                                <label for=id>{label.get(lang)}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <button type="submit" class="button button--primary">{T::ApiKeyMake.get(lang)}</button>
            </form>
        </section>
        <WebhookSection url=webhook_url new_secret=new_secret flash=hook_flash lang=lang/>
    }
}

/// The council's webhook: where it calls, its secret shown once, and changing or ending it.
#[component]
fn WebhookSection(url: Option<String>, new_secret: Option<String>, flash: Flash, lang: Lang) -> impl IntoView {
    let typed = flash.value("webhook_url").or_else(|| url.clone()).unwrap_or_default();
    view! {
        <section aria-labelledby="webhook" class="card">
            <h2 id="webhook">{T::WebhookHeading.get(lang)}</h2>
            <p>{T::WebhookIntro.get(lang)}</p>
            {new_secret.map(|secret| view! {
                <div class="notice" role="status">
                    <p>{T::WebhookSecretShown.get(lang)}</p>
                    <p><code class="break-words">{secret}</code></p>
                </div>
            })}
            {url.clone().map(|url| view! { <p>{T::WebhookGoesTo.get(lang)}" "<code class="break-words">{url}</code></p> })}
            <form method="post" action="/api/save_webhook" class="form" novalidate>
                <TextField name="webhook_url" label=T::WebhookUrl hint=T::WebhookUrlHint kind="url" autocomplete="off" value=typed error=flash.error("webhook_url").cloned()/>
                <button type="submit" class="button">{T::WebhookSave.get(lang)}</button>
            </form>
            {url.map(|_| view! {
                <form method="post" action="/api/webhook_action" class="button-row">
                    <button type="submit" name="action" value="new_secret" class="button">{T::WebhookNewSecret.get(lang)}</button>
                    <button type="submit" name="action" value="remove" class="button button--danger">{T::WebhookRemove.get(lang)}</button>
                </form>
            })}
        </section>
    }
}

#[component]
fn ApiKeyRowView(key: ApiKeyRow, lang: Lang) -> impl IntoView {
    let scopes = key
        .scopes
        .iter()
        .map(|s| SCOPES.iter().find(|(code, _)| code == s).map_or(s.clone(), |(_, label)| label.get(lang).to_string()))
        .collect::<Vec<_>>()
        .join(", ");
    let used = key.last_used_on.map_or_else(|| T::ApiKeyNeverUsed.get(lang).to_string(), |d| short_date(d, lang));
    let action = |action: &'static str, label: T, danger: bool| {
        view! {
            <form method="post" action="/api/api_key_action" class="inline-form">
                <input type="hidden" name="id" value=key.id.to_string()/>
                <input type="hidden" name="action" value=action/>
                <button type="submit" class=if danger { "button button--small button--danger" } else { "button button--small" }>
                    {label.get(lang)}<span class="visually-hidden">{format!(" {}", key.name)}</span>
                </button>
            </form>
        }
    };
    view! {
        <tr>
            <th scope="row">{key.name.clone()}<br/><code class="hint">{format!("{}…", key.hint)}</code></th>
            <td>{scopes}</td>
            <td>{T::ApiKeyMadeOn.fill(lang, &[("date", &short_date(key.created_on, lang))])}<br/>{used}</td>
            <td>{if key.revoked { T::ApiKeyRevokedTag.get(lang) } else { T::ApiKeyLiveTag.get(lang) }}</td>
            <td class="actions">
                {(!key.revoked).then(|| view! { {action("replace", T::ApiKeyReplace, false)} {action("revoke", T::ApiKeyRevoke, true)} })}
            </td>
        </tr>
    }
}
