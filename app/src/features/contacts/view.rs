//! The contacts section of a child's page: who is usually invited to their reviews, each with a
//! button to remove them, and a form to add one or change one (a place set again is replaced).

use crate::components::layout::LanguageName;
use crate::components::{DataTable, SelectField, TextArea, TextField};
use crate::domain::contacts::Slot;
use crate::domain::reviews::Delivery;
use crate::features::contacts::{ContactRow, Contacts};
use crate::i18n::{Lang, T};
use crate::model::{ChildId, Flash};
use leptos::prelude::*;

#[component]
pub fn ContactsSection(
    child_id: ChildId,
    child_name: String,
    child_language: Lang,
    contacts: Contacts,
    flash: Flash,
    lang: Lang,
) -> impl IntoView {
    let Contacts { rows, post_enabled, languages } = contacts;
    let flash = if flash.form == "save_contact" { flash } else { Flash::default() };
    let value = |field: &str, default: &str| flash.value(field).unwrap_or_else(|| default.to_string());
    // The form starts at the first empty place; the child's own place with their name.
    let first_free = Slot::ALL.iter().copied().find(|s| !rows.iter().any(|r| r.slot == *s)).unwrap_or(Slot::Parent1);
    let suggested_name = if first_free == Slot::Child { child_name.clone() } else { String::new() };
    let slots = Slot::ALL.iter().map(|s| (s.as_str().to_string(), s.label().get(lang).to_string())).collect::<Vec<_>>();
    let languages = crate::features::languages::select_options(&languages, child_language.code(), lang);
    let mut deliveries = vec![(Delivery::Email.as_str().to_string(), T::DeliveryEmail.get(lang).to_string())];
    if post_enabled {
        deliveries.push((Delivery::Post.as_str().to_string(), T::DeliveryPost.get(lang).to_string()));
    }
    let table = if rows.is_empty() {
        view! { <p>{T::ContactsNone.get(lang)}</p> }.into_any()
    } else {
        view! {
            <DataTable caption=T::ContactsHeading columns=vec![T::InviteeAudience, T::InviteeName, T::InviteeDelivery, T::Actions]>
                {rows.into_iter().map(|row| view! { <ContactRowView child_id=child_id row=row lang=lang/> }).collect_view()}
            </DataTable>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="contacts" class="card">
            <h2 id="contacts" tabindex="-1">{T::ContactsHeading.get(lang)}</h2>
            <p class="hint">{T::ContactsHint.get(lang)}</p>
            {table}
            <h3>{T::ContactSetHeading.get(lang)}</h3>
            <form method="post" action="/api/save_contact" class="form" novalidate>
                <input type="hidden" name="child_id" value=child_id.to_string()/>
                <SelectField name="slot" label=T::InviteeAudience options=slots
                    selected=value("slot", first_free.as_str()) error=flash.error("slot").cloned()/>
                <TextField name="first_name" label=T::InviteeFirstName hint=T::InviteeFirstNameHint autocomplete="off"
                    value=value("first_name", &suggested_name) error=flash.error("first_name").cloned() required=true/>
                <SelectField name="language" label=T::InviteeLanguage options=languages
                    selected=value("language", child_language.code()) error=flash.error("language").cloned()/>
                <SelectField name="delivery" label=T::InviteeDelivery options=deliveries
                    selected=value("delivery", "email") error=flash.error("delivery").cloned()/>
                <TextField name="email" label=T::InviteeEmail hint=T::InviteeEmailHint kind="email" autocomplete="off"
                    value=value("email", "") error=flash.error("email").cloned()/>
                {post_enabled.then(|| view! {
                    <TextArea name="postal_address" label=T::InviteeAddress hint=T::InviteeAddressHint
                        value=value("postal_address", "") error=flash.error("postal_address").cloned()/>
                })}
                <button type="submit" class="button button--primary">{T::ContactSave.get(lang)}</button>
            </form>
        </section>
    }
}

#[component]
fn ContactRowView(child_id: ChildId, row: ContactRow, lang: Lang) -> impl IntoView {
    let how = match row.delivery {
        Delivery::Email => format!("{}: {}", T::DeliveryEmail.get(lang), row.email),
        Delivery::Post if row.postal_address.is_empty() => T::DeliveryPost.get(lang).to_string(),
        Delivery::Post => format!("{}: {}", T::DeliveryPost.get(lang), row.postal_address.replace('\n', ", ")),
    };
    view! {
        <tr>
            <th scope="row">{row.slot.label().get(lang)}</th>
            <td>{row.first_name.clone()}<br/><span class="hint"><LanguageName of=row.language/></span></td>
            <td class="break-words">{how}</td>
            <td class="actions">
                <form method="post" action="/api/remove_contact" class="inline-form">
                    <input type="hidden" name="child_id" value=child_id.to_string()/>
                    <input type="hidden" name="slot" value=row.slot.as_str()/>
                    <button type="submit" class="button button--small button--danger">
                        {T::ContactRemove.get(lang)}<span class="visually-hidden">{format!(" {}", row.first_name)}</span>
                    </button>
                </form>
            </td>
        </tr>
    }
}
