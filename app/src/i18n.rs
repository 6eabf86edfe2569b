//! Every word Heard shows, in English and Welsh, checked complete by the compiler.
//!
//! Translation happens on the server only (islands receive translated strings as props), which keeps
//! the WebAssembly bundle small. Each key must carry both languages or the `strings!` macro does not
//! compile, so a missing translation cannot ship.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Lang {
    #[default]
    En,
    Cy,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Cy, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Cy => "cy",
        }
    }

    /// Reads a language code such as `cy`, `cy-GB`, `en` or `en-GB`.
    pub fn parse(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "cy" => Some(Lang::Cy),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language's own name, as shown on the switch.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Cy => "Cymraeg",
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Cy,
            Lang::Cy => Lang::En,
        }
    }
}

/// The cookie that remembers the chosen language (not personal data; no consent needed).
pub const LANG_COOKIE: &str = "heard_lang";

macro_rules! strings {
    ($($key:ident { en: $en:expr, cy: $cy:expr $(,)? })*) => {
        /// A piece of user-facing text. `T::X.get(lang)` gives it in that language.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum T { $($key),* }

        impl T {
            pub const ALL: &'static [T] = &[$(T::$key),*];

            pub fn get(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $( (T::$key, Lang::En) => $en, (T::$key, Lang::Cy) => $cy, )*
                }
            }
        }
    };
}

impl T {
    /// Fills `{name}` placeholders.
    pub fn fill(self, lang: Lang, args: &[(&str, &str)]) -> String {
        let mut text = self.get(lang).to_string();
        for (name, value) in args {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
    }
}

strings! {
    AppName { en: "Heard", cy: "Clywed" }
    AppTagline { en: "Your voice in your review", cy: "Dy lais yn dy adolygiad" }
    SkipToContent { en: "Skip to main content", cy: "Neidio i'r prif gynnwys" }
    LanguageSwitchLabel { en: "Language", cy: "Iaith" }
    HelpNow { en: "Help now", cy: "Help nawr" }
    MainNavigation { en: "Main", cy: "Prif ddewislen" }
    Home { en: "Home", cy: "Hafan" }
    FooterAccessibility { en: "Accessibility statement", cy: "Datganiad hygyrchedd" }
    FooterHelp { en: "Help now", cy: "Help nawr" }
    FooterCredits { en: "Credits and licences", cy: "Cydnabyddiaeth a thrwyddedau" }

    // Landing page
    LandingTitle { en: "Heard: your voice in your review", cy: "Clywed: dy lais yn dy adolygiad" }
    LandingIntro1 { en: "Heard helps children and young people in care say what they think.", cy: "Mae Clywed yn helpu plant a phobl ifanc mewn gofal i ddweud beth maen nhw'n ei feddwl." }
    LandingIntro2 { en: "You can answer before your review meeting.", cy: "Gallwch chi ateb cyn cyfarfod eich adolygiad." }
    LandingIntro3 { en: "Use pictures, words or sound. Use Welsh or English.", cy: "Defnyddiwch luniau, geiriau neu sain. Defnyddiwch Gymraeg neu Saesneg." }
    LandingIntro4 { en: "Parents and carers can send their views too.", cy: "Gall rhieni a gofalwyr anfon eu barn hefyd." }
    LandingIntro5 { en: "The person who runs your meeting reads it all first.", cy: "Mae'r person sy'n cynnal eich cyfarfod yn darllen y cyfan yn gyntaf." }
    LandingHaveCode { en: "Got a letter or a link?", cy: "Wedi cael llythyr neu ddolen?" }
    LandingHaveCodeText { en: "Open the link in your message, or type the code from your letter.", cy: "Agorwch y ddolen yn eich neges, neu teipiwch y cod o'ch llythyr." }
    LandingStaff { en: "Council staff", cy: "Staff y cyngor" }
    LandingStaffSignIn { en: "Staff sign in", cy: "Mewngofnodi staff" }

    // Help now
    HelpNowTitle { en: "Help now", cy: "Help nawr" }
    HelpNowIntro { en: "You can talk to someone now. It is free.", cy: "Gallwch chi siarad â rhywun nawr. Mae am ddim." }
    HelpDanger { en: "In danger now? Call 999.", cy: "Mewn perygl nawr? Ffoniwch 999." }
    HelpMeic { en: "Meic: call 080880 23456 or text 84001. Open 8am to midnight.", cy: "Meic: ffoniwch 080880 23456 neu tecstiwch 84001. Ar agor 8am tan hanner nos." }
    HelpMeicWeb { en: "Meic also has a web chat.", cy: "Mae gan Meic sgwrs ar y we hefyd." }
    HelpChildline { en: "Childline: call 0800 1111.", cy: "Childline: ffoniwch 0800 1111." }
    HelpCall999 { en: "Call 999", cy: "Ffonio 999" }
    HelpCallMeic { en: "Call Meic", cy: "Ffonio Meic" }
    HelpTextMeic { en: "Text Meic", cy: "Tecstio Meic" }
    HelpCallChildline { en: "Call Childline", cy: "Ffonio Childline" }

    // Sign in
    SignInTitle { en: "Staff sign in", cy: "Mewngofnodi staff" }
    SignInIntro { en: "For council staff. Children and families use the link or code they were sent.", cy: "I staff y cyngor. Mae plant a theuluoedd yn defnyddio'r ddolen neu'r cod a anfonwyd atynt." }
    Email { en: "Email address", cy: "Cyfeiriad e-bost" }
    Password { en: "Password", cy: "Cyfrinair" }
    SignInButton { en: "Sign in", cy: "Mewngofnodi" }
    SignOut { en: "Sign out", cy: "Allgofnodi" }
    SignedOut { en: "You have signed out.", cy: "Rydych chi wedi allgofnodi." }
    SignInFailed { en: "That email and password did not match. Check them and try again.", cy: "Nid oedd yr e-bost a'r cyfrinair yn cyfateb. Gwiriwch nhw a rhowch gynnig arall arni." }
    SignInLocked { en: "Too many tries. Try again in {minutes} minutes.", cy: "Gormod o gynigion. Rhowch gynnig arall arni ymhen {minutes} munud." }
    SignInMissing { en: "Enter your email address and password.", cy: "Rhowch eich cyfeiriad e-bost a'ch cyfrinair." }
    SessionEnded { en: "Please sign in to continue.", cy: "Mewngofnodwch i barhau." }
    ErrorSummaryTitle { en: "There is a problem", cy: "Mae problem" }

    // Staff home
    StaffHomeTitle { en: "Home", cy: "Hafan" }
    SignedInAs { en: "Signed in as {name}", cy: "Wedi mewngofnodi fel {name}" }
    RoleAdmin { en: "Administrator", cy: "Gweinyddwr" }
    RoleManager { en: "Service manager", cy: "Rheolwr gwasanaeth" }
    RoleIro { en: "Independent Reviewing Officer", cy: "Swyddog Adolygu Annibynnol" }
    RoleSupport { en: "Business support", cy: "Cymorth busnes" }
    IroHomeHeading { en: "My children", cy: "Fy mhlant" }
    IroHomeEmpty { en: "No children are allocated to you yet.", cy: "Does dim plant wedi'u dyrannu i chi eto." }
    ChildName { en: "Name", cy: "Enw" }
    ChildAge { en: "Age", cy: "Oed" }
    ChildLanguage { en: "Language", cy: "Iaith" }
    IroChildrenCaption { en: "Children allocated to you", cy: "Plant sydd wedi'u dyrannu i chi" }
    ChildForm { en: "Form", cy: "Ffurflen" }
    AgeBandUnder8 { en: "Under 8", cy: "O dan 8" }
    AgeBand8To12 { en: "8 to 12", cy: "8 i 12" }
    AgeBand13Plus { en: "13 and over", cy: "13 a throsodd" }
    AgeBandCareLeaver { en: "Care leaver", cy: "Gadael gofal" }
    DueFirst { en: "First review (within 28 days)", cy: "Adolygiad cyntaf (o fewn 28 diwrnod)" }
    DueSecond { en: "Second review (within 3 months)", cy: "Ail adolygiad (o fewn 3 mis)" }
    DueSubsequent { en: "Review (every 6 months)", cy: "Adolygiad (bob 6 mis)" }
    DueShortBreaksFirst { en: "First short breaks review (within 3 months)", cy: "Adolygiad seibiannau byr cyntaf (o fewn 3 mis)" }
    DueAfterMove { en: "Review after a change of placement (within 28 days)", cy: "Adolygiad ar ôl newid lleoliad (o fewn 28 diwrnod)" }
    StateScheduled { en: "Scheduled", cy: "Wedi'i drefnu" }
    StateDueSoon { en: "Due within 14 days", cy: "Yn ddyledus o fewn 14 diwrnod" }
    StateOverdue { en: "Overdue", cy: "Hwyr" }
    StateHeld { en: "Held", cy: "Wedi'i gynnal" }
    StateCancelled { en: "Cancelled", cy: "Wedi'i ganslo" }
    ErrDelayReason { en: "This date is after the review is due. Say why it is delayed.", cy: "Mae'r dyddiad hwn ar ôl i'r adolygiad fod yn ddyledus. Dywedwch pam mae'n hwyr." }
    ErrDelayTooLong { en: "A review cannot be delayed more than 20 working days. The latest date is {latest}.", cy: "Ni ellir oedi adolygiad fwy nag 20 diwrnod gwaith. Y dyddiad olaf yw {latest}." }
    NavChildren { en: "Children", cy: "Plant" }
    ChildrenTitle { en: "Children", cy: "Plant" }
    ChildrenCaption { en: "Children looked after by {authority}", cy: "Plant sy'n derbyn gofal gan {authority}" }
    ChildrenSearchLabel { en: "Search by name", cy: "Chwilio yn ôl enw" }
    ChildrenSearchButton { en: "Search", cy: "Chwilio" }
    ChildrenAdd { en: "Add a child", cy: "Ychwanegu plentyn" }
    ChildrenEmpty { en: "No children have been added yet.", cy: "Does dim plant wedi'u hychwanegu eto." }
    ChildrenNoMatch { en: "No child's name matches your search.", cy: "Does dim enw plentyn yn cyfateb i'ch chwiliad." }
    ChildAddTitle { en: "Add a child", cy: "Ychwanegu plentyn" }
    ChildEditTitle { en: "Child's details", cy: "Manylion y plentyn" }
    ChildPreferredName { en: "Name they like to be called", cy: "Yr enw maen nhw'n hoffi cael eu galw" }
    ChildPreferredNameHint { en: "This is the name Heard uses with the child.", cy: "Dyma'r enw mae Clywed yn ei ddefnyddio gyda'r plentyn." }
    ChildFullName { en: "Full legal name", cy: "Enw cyfreithiol llawn" }
    ChildFullNameHint { en: "Only staff see this. It is never shown to the child or sent by email.", cy: "Dim ond staff sy'n gweld hwn. Nid yw byth yn cael ei ddangos i'r plentyn na'i anfon drwy e-bost." }
    ChildDob { en: "Date of birth", cy: "Dyddiad geni" }
    ChildLanguagePref { en: "Preferred language", cy: "Dewis iaith" }
    ChildCommNeeds { en: "Communication needs (optional)", cy: "Anghenion cyfathrebu (dewisol)" }
    ChildCommNeedsHint { en: "For example: uses symbols, needs things read aloud, uses BSL.", cy: "Er enghraifft: yn defnyddio symbolau, angen darllen yn uchel, yn defnyddio BSL." }
    ChildLookedAfterSince { en: "Date they became looked after", cy: "Y dyddiad y dechreuon nhw dderbyn gofal" }
    ChildLookedAfterSinceHint { en: "For short breaks, the date of the first break.", cy: "Ar gyfer seibiannau byr, dyddiad y seibiant cyntaf." }
    ChildLegalBasis { en: "Legal basis", cy: "Sail gyfreithiol" }
    ChildPlacementType { en: "Placement type (optional)", cy: "Math o leoliad (dewisol)" }
    ChildIro { en: "Allocated IRO", cy: "Swyddog Adolygu Annibynnol wedi'i ddyrannu" }
    ChildIroNone { en: "Not allocated yet", cy: "Heb ei ddyrannu eto" }
    ChildSave { en: "Save", cy: "Cadw" }
    ChildAdded { en: "{name} was added.", cy: "Cafodd {name} ei ychwanegu." }
    ChildSaved { en: "{name}'s details were saved.", cy: "Cafodd manylion {name} eu cadw." }
    ChildEdit { en: "Edit {name}", cy: "Golygu {name}" }
    BasisCareOrder { en: "Care order", cy: "Gorchymyn gofal" }
    BasisInterimCareOrder { en: "Interim care order", cy: "Gorchymyn gofal interim" }
    BasisSection76 { en: "Accommodated (section 76)", cy: "Wedi'i letya (adran 76)" }
    BasisSection76ShortBreaks { en: "Short breaks (section 76)", cy: "Seibiannau byr (adran 76)" }
    BasisPlacementWithParents { en: "Placed with parents", cy: "Wedi'i leoli gyda rhieni" }
    BasisPlacedForAdoption { en: "Placed for adoption", cy: "Wedi'i leoli i'w fabwysiadu" }
    BasisPathwayPlan { en: "Pathway plan (16 and over)", cy: "Cynllun llwybr (16 a throsodd)" }
    ErrDateInvalid { en: "Enter a real date.", cy: "Rhowch ddyddiad go iawn." }
    ErrDobFuture { en: "The date of birth must be in the past.", cy: "Rhaid i'r dyddiad geni fod yn y gorffennol." }
    ErrDobTooOld { en: "Heard is for people aged 25 or under. Check the date of birth.", cy: "Mae Clywed ar gyfer pobl 25 oed neu iau. Gwiriwch y dyddiad geni." }
    ErrSinceBeforeBirth { en: "This date must be on or after the date of birth.", cy: "Rhaid i'r dyddiad hwn fod ar neu ar ôl y dyddiad geni." }
    ErrSinceFuture { en: "This date cannot be in the future.", cy: "Ni all y dyddiad hwn fod yn y dyfodol." }
    ErrTextTooLong { en: "This is too long. Use {max} characters or fewer.", cy: "Mae hwn yn rhy hir. Defnyddiwch {max} nod neu lai." }
    ErrIroInvalid { en: "Choose an IRO from the list.", cy: "Dewiswch Swyddog Adolygu Annibynnol o'r rhestr." }
    ErrLegalBasis { en: "Choose the legal basis.", cy: "Dewiswch y sail gyfreithiol." }
    ErrLanguage { en: "Choose Welsh or English.", cy: "Dewiswch Gymraeg neu Saesneg." }
    SupportHomeHeading { en: "Reviews to book", cy: "Adolygiadau i'w trefnu" }
    SupportHomeEmpty { en: "There are no reviews to book yet.", cy: "Does dim adolygiadau i'w trefnu eto." }
    ManagerHomeHeading { en: "Reports", cy: "Adroddiadau" }
    ManagerHomeEmpty { en: "Figures appear here once reviews are held.", cy: "Bydd ffigurau'n ymddangos yma pan fydd adolygiadau wedi'u cynnal." }
    AdminHomeHeading { en: "Administration", cy: "Gweinyddu" }
    AdminManageStaff { en: "Manage staff", cy: "Rheoli staff" }
    MyAccount { en: "My account", cy: "Fy nghyfrif" }

    // Admin: staff
    StaffTitle { en: "Staff", cy: "Staff" }
    StaffIntro { en: "Staff of {authority}. People you add can sign in straight away.", cy: "Staff {authority}. Gall pobl rydych chi'n eu hychwanegu fewngofnodi ar unwaith." }
    StaffName { en: "Name", cy: "Enw" }
    StaffRole { en: "Role", cy: "Rôl" }
    StaffStatus { en: "Status", cy: "Statws" }
    StaffActive { en: "Active", cy: "Gweithredol" }
    StaffDisabled { en: "Disabled", cy: "Wedi'i analluogi" }
    StaffActions { en: "Actions", cy: "Camau" }
    StaffDisable { en: "Disable {name}", cy: "Analluogi {name}" }
    StaffEnable { en: "Enable {name}", cy: "Galluogi {name}" }
    StaffAddHeading { en: "Add a member of staff", cy: "Ychwanegu aelod o staff" }
    StaffAddButton { en: "Add member of staff", cy: "Ychwanegu aelod o staff" }
    StaffPasswordHint { en: "At least 12 characters. Give it to them in person and ask them to change it.", cy: "O leiaf 12 nod. Rhowch ef iddyn nhw wyneb yn wyneb a gofynnwch iddyn nhw ei newid." }
    StaffAdded { en: "{name} was added.", cy: "Cafodd {name} ei ychwanegu." }
    StaffDisabledDone { en: "{name} can no longer sign in.", cy: "Ni all {name} fewngofnodi mwyach." }
    StaffEnabledDone { en: "{name} can sign in again.", cy: "Gall {name} fewngofnodi eto." }
    StaffYou { en: "(you)", cy: "(chi)" }
    ErrNameRequired { en: "Enter a name.", cy: "Rhowch enw." }
    ErrNameTooLong { en: "The name must be 100 characters or fewer.", cy: "Rhaid i'r enw fod yn 100 nod neu lai." }
    ErrEmailInvalid { en: "Enter an email address like name@council.gov.uk.", cy: "Rhowch gyfeiriad e-bost fel enw@cyngor.llyw.cymru." }
    ErrEmailTaken { en: "Someone already uses that email address.", cy: "Mae rhywun eisoes yn defnyddio'r cyfeiriad e-bost hwnnw." }
    ErrPasswordShort { en: "The password must be at least 12 characters.", cy: "Rhaid i'r cyfrinair fod yn 12 nod o leiaf." }
    ErrPasswordLong { en: "The password must be 128 characters or fewer.", cy: "Rhaid i'r cyfrinair fod yn 128 nod neu lai." }
    ErrRoleInvalid { en: "Choose a role.", cy: "Dewiswch rôl." }
    ErrCannotDisableSelf { en: "You cannot disable your own account.", cy: "Ni allwch analluogi eich cyfrif eich hun." }
    ErrNotFound { en: "We could not find that.", cy: "Doedden ni ddim yn gallu dod o hyd i hynny." }
    ErrSomethingWrong { en: "Something went wrong on our side. Nothing was changed. Please try again.", cy: "Aeth rhywbeth o'i le ar ein hochr ni. Ni newidiwyd dim. Rhowch gynnig arall arni." }

    // Account
    AccountTitle { en: "My account", cy: "Fy nghyfrif" }
    ChangePasswordHeading { en: "Change your password", cy: "Newid eich cyfrinair" }
    CurrentPassword { en: "Current password", cy: "Cyfrinair presennol" }
    NewPassword { en: "New password", cy: "Cyfrinair newydd" }
    ChangePasswordButton { en: "Change password", cy: "Newid cyfrinair" }
    PasswordChanged { en: "Your password was changed.", cy: "Cafodd eich cyfrinair ei newid." }
    ErrCurrentPasswordWrong { en: "Your current password was not right.", cy: "Nid oedd eich cyfrinair presennol yn gywir." }

    // Not found, accessibility
    NotFoundTitle { en: "Page not found", cy: "Heb ddod o hyd i'r dudalen" }
    NotFoundText { en: "We could not find that page. Check the address, or go back to the start.", cy: "Doedden ni ddim yn gallu dod o hyd i'r dudalen honno. Gwiriwch y cyfeiriad, neu ewch yn ôl i'r dechrau." }
    GoToStart { en: "Go to the start", cy: "Mynd i'r dechrau" }
    A11yTitle { en: "Accessibility statement", cy: "Datganiad hygyrchedd" }
    A11yP1 { en: "Heard is run by the councils that use it. We want as many people as possible to be able to use it.", cy: "Mae Clywed yn cael ei redeg gan y cynghorau sy'n ei ddefnyddio. Rydyn ni eisiau i gynifer o bobl â phosibl allu ei ddefnyddio." }
    A11yP2 { en: "You should be able to use Heard at 320 pixels wide, zoom to 200%, and use it by keyboard or with a screen reader.", cy: "Dylech allu defnyddio Clywed ar 320 picsel o led, chwyddo i 200%, a'i ddefnyddio gyda bysellfwrdd neu ddarllenydd sgrin." }
    A11yP3 { en: "Every page works in Welsh and English, and works before its scripts load.", cy: "Mae pob tudalen yn gweithio yn Gymraeg ac yn Saesneg, ac yn gweithio cyn i'w sgriptiau lwytho." }
    A11yComplianceHeading { en: "Compliance status", cy: "Statws cydymffurfio" }
    A11yCompliance { en: "We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. Automated checks with axe-core run on every page in both languages before each release.", cy: "Ein nod yw bodloni Canllawiau Hygyrchedd Cynnwys y We (WCAG) 2.2 ar lefel AA. Mae gwiriadau awtomatig gydag axe-core yn rhedeg ar bob tudalen yn y ddwy iaith cyn pob rhyddhad." }
    A11yReportHeading { en: "Reporting a problem", cy: "Rhoi gwybod am broblem" }
    A11yReport { en: "If something does not work for you, tell your council or the person who sent you the link. We will reply within 10 working days.", cy: "Os nad yw rhywbeth yn gweithio i chi, dywedwch wrth eich cyngor neu'r person a anfonodd y ddolen atoch. Byddwn yn ateb o fewn 10 diwrnod gwaith." }
    A11yEnforcement { en: "If you are not happy with our reply, contact the Equality Advisory and Support Service (EASS).", cy: "Os nad ydych yn fodlon â'n hateb, cysylltwch â'r Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS)." }
    A11yPrepared { en: "This statement was prepared on 23 November 2026.", cy: "Paratowyd y datganiad hwn ar 23 Tachwedd 2026." }

    CreditsTitle { en: "Credits and licences", cy: "Cydnabyddiaeth a thrwyddedau" }
    CreditsIntro { en: "Heard is built with open source software.", cy: "Mae Clywed wedi'i adeiladu gyda meddalwedd cod agored." }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placeholders(text: &str) -> Vec<String> {
        let mut found = Vec::new();
        let mut rest = text;
        while let Some(start) = rest.find('{') {
            let after = &rest[start + 1..];
            match after.find('}') {
                Some(end) => {
                    found.push(after[..end].to_string());
                    rest = &after[end + 1..];
                }
                None => break,
            }
        }
        found.sort();
        found
    }

    #[test]
    fn every_text_exists_in_both_languages() {
        for key in T::ALL {
            for lang in Lang::ALL {
                assert!(!key.get(lang).trim().is_empty(), "{key:?} is empty in {lang:?}");
            }
        }
    }

    #[test]
    fn both_languages_use_the_same_placeholders() {
        for key in T::ALL {
            assert_eq!(placeholders(key.get(Lang::En)), placeholders(key.get(Lang::Cy)), "{key:?} has different placeholders");
        }
    }

    #[test]
    fn welsh_is_translated_not_copied() {
        // Proper names and numbers may match; sentences should not.
        let same: Vec<_> = T::ALL.iter().filter(|k| k.get(Lang::En) == k.get(Lang::Cy) && k.get(Lang::En).contains(' ')).collect();
        assert!(same.is_empty(), "untranslated: {same:?}");
    }

    #[test]
    fn fill_replaces_placeholders() {
        assert_eq!(T::SignInLocked.fill(Lang::En, &[("minutes", "7")]), "Too many tries. Try again in 7 minutes.");
        assert!(T::SignInLocked.fill(Lang::Cy, &[("minutes", "7")]).contains("7 munud"));
    }

    #[test]
    fn language_codes_parse() {
        assert_eq!(Lang::parse("cy-GB"), Some(Lang::Cy));
        assert_eq!(Lang::parse("EN"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::parse(""), None);
    }
}
