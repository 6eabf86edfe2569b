//! The list of messages not delivered yet, with "try again now", wherever staff should see them.

use crate::components::use_lang;
use crate::features::outbox::Undelivered;
use crate::i18n::{short_date, T};
use leptos::prelude::*;

fn when(at: i64, lang: crate::i18n::Lang) -> String {
    let t = crate::domain::calendar::uk_time(at);
    format!("{} {:02}:{:02}", short_date(t.date(), lang), t.hour(), t.minute())
}

/// A warning box listing `messages`; nothing at all when there are none. `back` is this page.
#[component]
pub fn UndeliveredList(messages: Vec<Undelivered>, back: String, #[prop(optional)] heading_id: &'static str) -> impl IntoView {
    let lang = use_lang();
    let heading_id = if heading_id.is_empty() { "undelivered-heading" } else { heading_id };
    (!messages.is_empty()).then(|| {
        view! {
            <section class="notice notice--warning undelivered" aria-labelledby=heading_id>
                <h2 id=heading_id>{T::OutboxUndeliveredTitle.get(lang)}</h2>
                <ul>
                    {messages
                        .into_iter()
                        .map(|m| {
                            let state = match m.next_try_at {
                                Some(at) => T::OutboxNextTry.fill(lang, &[("when", &when(at, lang))]),
                                None => T::OutboxGivenUp.get(lang).to_string(),
                            };
                            let what = match &m.for_whom {
                                Some(name) => format!("{} ({name})", m.what().get(lang)),
                                None => m.what().get(lang).to_string(),
                            };
                            let tried = T::OutboxTried.fill(lang, &[("since", &when(m.queued_at, lang)), ("count", &m.attempts.to_string())]);
                            view! {
                                <li>
                                    <strong>{what.clone()}</strong>
                                    {format!(" – {} {} {}", m.why().get(lang), tried, state)}
                                    <form method="post" action="/api/retry_message" class="inline-form">
                                        <input type="hidden" name="message_id" value=m.id.to_string()/>
                                        <input type="hidden" name="back" value=back.clone()/>
                                        <button type="submit" class="button button--small" aria-label=format!("{}: {what}", T::OutboxRetry.get(lang))>
                                            {T::OutboxRetry.get(lang)}
                                        </button>
                                    </form>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}
