//! The admin's languages page: every language, how far its words have been checked, how it is
//! read aloud, and whether this authority offers it.

use super::api::language_settings;
use crate::components::flash::flash_for;
use crate::components::use_lang;
use crate::components::{DataTable, ErrorSummary, NoticeBox, Page};
use crate::i18n::{Review, T};
use leptos::prelude::*;

#[component]
pub fn LanguagesPage() -> impl IntoView {
    let lang = use_lang();
    let data = OnceResource::new(async move { language_settings().await });
    let flash = flash_for("offer_language");
    view! {
        <Page title=T::LanguagesTitle>
            <p>{T::LanguagesIntro.get(lang)}</p>
            <p class="hint">{T::LanguagesNeverMachine.get(lang)}</p>
            <Suspense>
                {move || Suspend::new(async move {
                    let flash = flash.await;
                    let lines = match data.await {
                        Ok(lines) => lines,
                        Err(failure) => return view! { <crate::components::FailureView failure=failure/> }.into_any(),
                    };
                    view! {
                        <NoticeBox notice=flash.notice.clone()/>
                        <ErrorSummary flash=flash.clone()/>
                        <DataTable caption=T::LanguagesTitle columns=vec![T::LanguagesColumnLanguage, T::LanguagesColumnReview, T::LanguagesColumnVoice, T::LanguagesColumnOffered]>
                            {lines.into_iter().map(|line| {
                                let name = line.lang.staff_name(lang);
                                let review = match line.lang.review() {
                                    Review::Source => T::LanguageReviewSource,
                                    Review::Reviewed => T::LanguageReviewReviewed,
                                    Review::Draft => T::LanguageReviewDraft,
                                };
                                let voice = if line.lang.has_clips() { T::LanguageVoiceClips } else { T::LanguageVoiceDevice };
                                let (button, value) = if line.offered { (T::LanguagesStop, "0") } else { (T::LanguagesOffer, "1") };
                                view! {
                                    <tr>
                                        <td>
                                            {name}
                                            " "
                                            <span lang=line.lang.code() dir=line.lang.direction().as_str()>{format!("({})", line.lang.own_name())}</span>
                                        </td>
                                        <td>{review.get(lang)}</td>
                                        <td>{voice.get(lang)}</td>
                                        <td>
                                            {if line.lang.is_staff() {
                                                view! { <span>{T::LanguagesAlways.get(lang)}</span> }.into_any()
                                            } else {
                                                view! {
                                                    <span>{if line.offered { T::LanguagesOffered.get(lang) } else { T::LanguagesNotOffered.get(lang) }}</span>
                                                    <form method="post" action="/api/offer_language" class="inline-form">
                                                        <input type="hidden" name="lang" value=line.lang.code()/>
                                                        <input type="hidden" name="offered" value=value/>
                                                        <button type="submit" class="button">{button.fill(lang, &[("language", name)])}</button>
                                                    </form>
                                                }
                                                .into_any()
                                            }}
                                        </td>
                                    </tr>
                                }
                            }).collect_view()}
                        </DataTable>
                    }
                    .into_any()
                })}
            </Suspense>
        </Page>
    }
}
