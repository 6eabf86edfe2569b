//! The printable letter for a posted invitation.

use super::InvitationRow;
use crate::components::route::load_for_id;
use crate::components::use_lang;
use crate::components::Page;
use crate::domain::reviews::InvitationStatus;
use crate::domain::reviews::{format_code, Arrangement, Audience};
use crate::features::invitations::api::letter;
use crate::features::invitations::LetterData;
use crate::i18n::{long_date, Lang, T};
use crate::present::meeting_when;
use leptos::prelude::*;

#[component]
pub fn LetterPage() -> impl IntoView {
    let lang = use_lang();
    let data = load_for_id(letter);
    view! {
        <Page title=T::LetterTitle>
            <Suspense>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(data) => view! { <LetterView data=data lang=lang/> }.into_any(),
                        Err(failure) => view! { <crate::components::FailureView failure=failure/> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

#[component]
fn LetterView(data: LetterData, lang: Lang) -> impl IntoView {
    view! {
        <div class="no-print">
            <p>{T::LetterInstructions.get(lang)}</p>
            <form method="post" action="/api/invitation_action" class="inline-form">
                <input type="hidden" name="invitation_id" value=data.invitation_id.to_string()/>
                <input type="hidden" name="action" value="posted"/>
                <button type="submit" class="button button--primary">{T::MarkPosted.get(lang)}</button>
            </form>
            " "
            <a class="button" href=format!("/staff/reviews/{}", data.review_id)>{T::BackToReview.get(lang)}</a>
        </div>
        <LetterArticle data=data lang=lang/>
    }
}

/// Every letter waiting to be posted, one to a printed page, and a button to mark them posted.
#[component]
pub fn LettersPage() -> impl IntoView {
    let lang = use_lang();
    let data = OnceResource::new(async move { crate::features::invitations::api::letters_to_print().await });
    let flash = crate::components::flash::flash_for("");
    view! {
        <Page title=T::LettersTitle>
            <Suspense>
                {move || Suspend::new(async move {
                    let flash = flash.await;
                    match data.await {
                        Ok(data) => view! { <LettersView data=data flash=flash lang=lang/> }.into_any(),
                        Err(failure) => view! { <crate::components::FailureView failure=failure/> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

#[component]
fn LettersView(data: super::PrintRun, flash: crate::model::Flash, lang: Lang) -> impl IntoView {
    let shown = data.letters.len();
    let controls = if shown == 0 {
        view! { <p>{T::LettersNone.get(lang)}</p> }.into_any()
    } else {
        let count = shown.to_string();
        view! {
            <p>{T::LettersIntro.fill(lang, &[("count", &count)])}</p>
            {(data.total > shown).then(|| view! { <p class="hint">{T::LettersMore.fill(lang, &[("count", &(data.total - shown).to_string())])}</p> })}
            <form method="post" action="/api/mark_letters_posted" class="inline-form">
                {data.letters.iter().map(|l| view! { <input type="hidden" name=format!("posted[{}]", l.invitation_id) value="on"/> }).collect_view()}
                <button type="submit" class="button button--primary">{T::LettersMarkPosted.fill(lang, &[("count", &count)])}</button>
            </form>
        }
        .into_any()
    };
    let unmade = (data.unmade > 0).then(|| {
        view! {
            <form method="post" action="/api/make_letters" class="inline-form">
                <p>{T::LettersUnmade.fill(lang, &[("count", &data.unmade.to_string())])}</p>
                <button type="submit" class="button">{T::LettersMake.get(lang)}</button>
            </form>
        }
    });
    view! {
        <div class="no-print">
            <crate::components::NoticeBox notice=flash.notice.clone()/>
            <crate::components::ErrorSummary flash=flash.clone()/>
            {unmade}
            {controls}
        </div>
        {data.letters.into_iter().map(|letter| view! { <LetterArticle data=letter lang=lang/> }).collect_view()}
    }
}

/// One letter as it is printed, in its recipient's language.
#[component]
fn LetterArticle(data: LetterData, lang: Lang) -> impl IntoView {
    // The page speaks the reader's language; the letter speaks the recipient's.
    let to = data.language;
    let when = meeting_when(data.meeting_on, &data.meeting_at, to);
    let authority = to.pick(&data.authority_en, &data.authority_cy).to_string();
    let start_address = data.link.split("/i/").next().map(|base| format!("{base}/start")).unwrap_or_default();
    let start_display = start_address.trim_start_matches("https://").trim_start_matches("http://").to_string();
    let intro = match data.audience {
        Audience::Child => T::LetterChildIntro.fill(to, &[("when", &when)]),
        Audience::Parent | Audience::Carer | Audience::Other => {
            T::LetterAdultIntro.fill(to, &[("name", &data.child_name), ("when", &when)])
        }
    };
    let contact = [data.review_team_phone.clone(), data.review_team_email.clone()]
        .into_iter()
        .filter(|c| !c.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    let arrangement_symbol = match data.arrangement {
        Arrangement::InPerson | Arrangement::Hybrid => crate::components::child::symbol_src("place"),
        Arrangement::Video => crate::components::child::symbol_src("video"),
        Arrangement::Phone => crate::components::child::symbol_src("phone"),
    };
    view! {
        <article class="letter" lang=to.code() dir=to.direction().as_str() aria-label=T::LetterTitle.get(lang)>
            <p class="letter__from">{authority}</p>
            {(!data.postal_address.is_empty()).then(|| view! {
                <p class="letter__address pre-line" dir="auto">{format!("{}\n{}", data.first_name, data.postal_address)}</p>
            })}
            <ul class="easy-read">
                <li><img src=crate::components::child::symbol_src("wave") alt="" width="48" height="48"/><p>{T::LetterHello.fill(to, &[("name", &data.first_name)])}</p></li>
                <li><img src=crate::components::child::symbol_src("calendar") alt="" width="48" height="48"/><p>{intro}</p></li>
                <li><img src=arrangement_symbol alt="" width="48" height="48"/>
                    <p>{data.arrangement.label().get(to)}<br/><span class="pre-line" dir="auto">{data.arrangement_details.clone()}</span></p></li>
                <li><img src=crate::components::child::symbol_src("speech") alt="" width="48" height="48"/><p>{T::LetterViews.get(to)}</p></li>
            </ul>
            <div class="letter__access">
                <div class="letter__qr" role="img" aria-label=T::LetterQrLabel.get(to) inner_html=data.qr_svg.clone()></div>
                <div>
                    <p><img src=crate::components::child::symbol_src("key") alt="" width="32" height="32"/>{T::LetterScan.get(to)}</p>
                    <p>{T::LetterTypeCode.fill(to, &[("address", &start_display)])}</p>
                    <p class="letter__code">{format_code(&data.code.replace('-', ""))}</p>
                    <p>{T::LetterCodeWorksUntil.fill(to, &[("date", &long_date(data.meeting_on, to))])}</p>
                </div>
            </div>
            <p><img src=crate::components::child::symbol_src("help") alt="" width="32" height="32"/>
                {if contact.is_empty() { T::LetterHelpNoContact.get(to).to_string() } else { T::LetterHelp.fill(to, &[("contact", &contact)]) }}</p>
            {to.also_offered().into_iter().map(|other| view! {
                <p class="letter__other-language" lang=other.code() dir="ltr">{T::LetterOtherLanguage.get(other)}</p>
            }).collect_view()}
        </article>
    }
}

/// "Cadi (child): Opened" for each invitee, as a compact list.
#[component]
pub fn InviteeStatuses(invitations: Vec<InvitationRow>) -> impl IntoView {
    let lang = use_lang();
    if invitations.is_empty() {
        return view! { <span class="hint">{T::NoInviteesYet.get(lang)}</span> }.into_any();
    }
    view! {
        <ul class="status-list">
            {invitations
                .into_iter()
                .map(|i| view! {
                    <li>
                        {format!("{} ({}) ", i.first_name, i.audience.label().get(lang))}
                        <InvitationTag status=i.status revoked=i.revoked/>
                    </li>
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
pub fn InvitationTag(status: InvitationStatus, revoked: bool) -> impl IntoView {
    let lang = use_lang();
    if revoked {
        return view! { <strong class="tag tag--grey">{T::InvitationRevoked.get(lang)}</strong> }.into_any();
    }
    let class = match status {
        InvitationStatus::NotSent => "tag tag--grey",
        InvitationStatus::Sent => "tag tag--blue",
        InvitationStatus::Opened | InvitationStatus::InProgress => "tag tag--amber",
        InvitationStatus::Submitted => "tag tag--green",
    };
    view! { <strong class=class>{status.label().get(lang)}</strong> }.into_any()
}
