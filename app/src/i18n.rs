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
    /// The words for a parent or carer when they differ from a child's (Welsh "chi", not "ti").
    pub fn for_adults(self, adult: bool) -> T {
        if !adult {
            return self;
        }
        match self {
            T::SecretPhraseAgain => T::AdultSecretPhraseAgain,
            T::UnlockGo => T::AdultUnlockGo,
            T::FormLaterSaved => T::AdultFormLaterSaved,
            T::FormLaterReturn => T::AdultFormLaterReturn,
            T::AdvocacyFrom => T::AdultAdvocacyFrom,
            T::AdvocacyReference => T::AdultAdvocacyReference,
            T::DoneWhatYouSaid => T::AdultDoneWhatYouSaid,
            T::DoneAddUntil => T::AdultDoneAddUntil,
            T::AddMoreLabel => T::AdultAddMoreLabel,
            T::CheckNothing => T::AdultCheckNothing,
            T::FormProgress => T::AdultFormProgress,
            T::FormOffline => T::AdultFormOffline,
            T::FormRetrying => T::AdultFormRetrying,
            T::FormSignedOut => T::AdultFormSignedOut,
            T::SecretPhraseShort => T::AdultSecretPhraseShort,
            T::SecretPhraseLong => T::AdultSecretPhraseLong,
            T::SecretPhraseDiffer => T::AdultSecretPhraseDiffer,
            T::UnlockWrong => T::AdultUnlockWrong,
            T::UnlockLocked => T::AdultUnlockLocked,
            T::ConsultTooLong => T::AdultConsultTooLong,
            T::ConsultNotAChoice => T::AdultConsultNotAChoice,
            T::AddMoreEmpty => T::AdultAddMoreEmpty,
            T::AddMoreClosed => T::AdultAddMoreClosed,
            T::AddMoreSaved => T::AdultAddMoreSaved,
            T::AdvocacyAsked => T::AdultAdvocacyAsked,
            T::ConsultAlreadySent => T::AdultConsultAlreadySent,
            T::FormCarryOn => T::AdultFormCarryOn,
            T::MyReviewTitle => T::AdultMyReviewTitle,
            T::CheckSaved => T::AdultCheckSaved,
            other => other,
        }
    }

    /// Fills `{name}` placeholders.
    pub fn fill(self, lang: Lang, args: &[(&str, &str)]) -> String {
        let mut text = self.get(lang).to_string();
        for (name, value) in args {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
    }
}

/// A date as people read it: "Monday 4 January 2027", "dydd Llun 4 Ionawr 2027".
pub fn long_date(date: time::Date, lang: Lang) -> String {
    use time::{Month, Weekday};
    let (weekday, month) = match lang {
        Lang::En => (
            match date.weekday() {
                Weekday::Monday => "Monday",
                Weekday::Tuesday => "Tuesday",
                Weekday::Wednesday => "Wednesday",
                Weekday::Thursday => "Thursday",
                Weekday::Friday => "Friday",
                Weekday::Saturday => "Saturday",
                Weekday::Sunday => "Sunday",
            },
            match date.month() {
                Month::January => "January",
                Month::February => "February",
                Month::March => "March",
                Month::April => "April",
                Month::May => "May",
                Month::June => "June",
                Month::July => "July",
                Month::August => "August",
                Month::September => "September",
                Month::October => "October",
                Month::November => "November",
                Month::December => "December",
            },
        ),
        Lang::Cy => (
            match date.weekday() {
                Weekday::Monday => "dydd Llun",
                Weekday::Tuesday => "dydd Mawrth",
                Weekday::Wednesday => "dydd Mercher",
                Weekday::Thursday => "dydd Iau",
                Weekday::Friday => "dydd Gwener",
                Weekday::Saturday => "dydd Sadwrn",
                Weekday::Sunday => "dydd Sul",
            },
            match date.month() {
                Month::January => "Ionawr",
                Month::February => "Chwefror",
                Month::March => "Mawrth",
                Month::April => "Ebrill",
                Month::May => "Mai",
                Month::June => "Mehefin",
                Month::July => "Gorffennaf",
                Month::August => "Awst",
                Month::September => "Medi",
                Month::October => "Hydref",
                Month::November => "Tachwedd",
                Month::December => "Rhagfyr",
            },
        ),
    };
    format!("{weekday} {} {month} {}", date.day(), date.year())
}

/// A short date for tables: "4 Jan 2027", "4 Ion 2027".
/// A month's short name: "Jan", "Ion".
pub fn short_month(date: time::Date, lang: Lang) -> &'static str {
    const EN: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    const CY: [&str; 12] = ["Ion", "Chwef", "Maw", "Ebr", "Mai", "Meh", "Gorff", "Awst", "Medi", "Hyd", "Tach", "Rhag"];
    let month = usize::from(u8::from(date.month())) - 1;
    match lang {
        Lang::En => EN[month],
        Lang::Cy => CY[month],
    }
}

pub fn short_date(date: time::Date, lang: Lang) -> String {
    format!("{} {} {}", date.day(), short_month(date, lang), date.year())
}

/// "Jan 2026", "Ion 2026".
pub fn month_year(date: time::Date, lang: Lang) -> String {
    format!("{} {}", short_month(date, lang), date.year())
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
    HelpNowIntro { en: "You can talk to someone now. It is free.", cy: "Gelli di siarad â rhywun nawr. Mae am ddim." }
    HelpDanger { en: "In danger now? Call 999.", cy: "Mewn perygl nawr? Ffonia 999." }
    HelpMeic { en: "Meic: call 080880 23456 or text 84001. Open 8am to midnight.", cy: "Meic: ffonia 080880 23456 neu tecstia 84001. Ar agor 8am tan hanner nos." }
    HelpMeicWeb { en: "Meic also has a web chat.", cy: "Mae gan Meic sgwrs ar y we hefyd." }
    HelpChildline { en: "Childline: call 0800 1111.", cy: "Childline: ffonia 0800 1111." }
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
    ErrMeetingWeekend { en: "{date} is a weekend day. If the child wants the meeting then, tick the box to confirm it.", cy: "Mae {date} ar benwythnos. Os yw'r plentyn eisiau'r cyfarfod bryd hynny, ticiwch y blwch i'w gadarnhau." }
    ErrMeetingBankHoliday { en: "{date} is a bank holiday. If the child wants the meeting then, tick the box to confirm it.", cy: "Mae {date} yn ŵyl banc. Os yw'r plentyn eisiau'r cyfarfod bryd hynny, ticiwch y blwch i'w gadarnhau." }
    ConfirmNonWorkingDay { en: "Yes, hold the meeting on this day", cy: "Ydw, cynnal y cyfarfod ar y diwrnod hwn" }
    DueOnNonWorkingDay { en: "{date} (not a working day: the last working day before is {working})", cy: "{date} (nid yw'n ddiwrnod gwaith: y diwrnod gwaith olaf cyn hynny yw {working})" }
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
    ManagerHomeLink { en: "Figures for the Corporate Parenting Board", cy: "Ffigurau ar gyfer y Bwrdd Rhianta Corfforaethol" }
    ReportsTitle { en: "Reports", cy: "Adroddiadau" }
    SettingsSuppressBelow { en: "In report downloads, hide counts below", cy: "Mewn lawrlwythiadau adroddiadau, cuddio cyfrifon o dan" }
    SettingsSuppressBelowHint { en: "So that no child can be identified from small numbers. A whole number from 2 to 50; leave empty for 5.", cy: "Fel na ellir adnabod unrhyw blentyn o rifau bach. Rhif cyfan o 2 i 50; gadewch yn wag am 5." }
    ErrSuppressBelow { en: "Enter a whole number from 2 to 50.", cy: "Rhowch rif cyfan o 2 i 50." }
    ReportsIntro { en: "Figures for the last year, counted from reviews, invitations, alerts and messages. They hold no names and nobody's words.", cy: "Ffigurau ar gyfer y flwyddyn ddiwethaf, wedi'u cyfrif o adolygiadau, gwahoddiadau, rhybuddion a negeseuon. Does dim enwau na geiriau neb ynddyn nhw." }
    ReportsGrain { en: "Count by", cy: "Cyfrif fesul" }
    ReportsByMonth { en: "By month", cy: "Fesul mis" }
    ReportsByQuarter { en: "By quarter (financial year)", cy: "Fesul chwarter (blwyddyn ariannol)" }
    ReportsSuppressed { en: "Charts and downloads are for publishing: in them, counts from 1 to {max} show as \"<{n}\", and a share, a time or another count that would reveal them as \"[c]\" or a dash, so that no child can be identified. The tables on this page show every count, for your own use.", cy: "Mae siartiau a lawrlwythiadau ar gyfer eu cyhoeddi: ynddyn nhw, mae cyfrifon o 1 i {max} yn dangos fel \"<{n}\", a chyfran, amser neu gyfrif arall a fyddai'n eu datgelu fel \"[c]\" neu linell fer, fel na ellir adnabod unrhyw blentyn. Mae'r tablau ar y dudalen hon yn dangos pob cyfrif, at eich defnydd eich hun." }
    ReportPeriod { en: "Period", cy: "Cyfnod" }
    ReportDownload { en: "Download as CSV: {table}", cy: "Lawrlwytho fel CSV: {table}" }
    ReportTimeliness { en: "Reviews held on time", cy: "Adolygiadau a gynhaliwyd ar amser" }
    ReportParticipation { en: "Views asked for and sent", cy: "Barn y gofynnwyd amdani ac a anfonwyd" }
    ReportChildrenByAge { en: "Children's views by age group", cy: "Barn plant yn ôl grŵp oedran" }
    ReportHowTheyTookPart { en: "How views were sent", cy: "Sut yr anfonwyd barn" }
    ReportAdvocacy { en: "Advocacy offered and asked for", cy: "Eiriolaeth a gynigiwyd ac y gofynnwyd amdani" }
    ReportSafety { en: "Urgent alerts and messages from children", cy: "Rhybuddion brys a negeseuon gan blant" }
    MeasureOnTime { en: "On time", cy: "Ar amser" }
    MeasureLate { en: "Late", cy: "Yn hwyr" }
    MeasureTotal { en: "Total", cy: "Cyfanswm" }
    MeasurePercentOnTime { en: "% on time", cy: "% ar amser" }
    MeasureInvited { en: "asked", cy: "gofynnwyd" }
    MeasureOpened { en: "opened", cy: "agorwyd" }
    MeasureSubmitted { en: "sent their views", cy: "anfonodd eu barn" }
    MeasureReturnRate { en: "% sent", cy: "% a anfonodd" }
    MeasureReadAloud { en: "Used read-aloud", cy: "Defnyddiodd ddarllen yn uchel" }
    MeasureInWelsh { en: "In Welsh", cy: "Yn Gymraeg" }
    MeasureWithoutScript { en: "Without JavaScript", cy: "Heb JavaScript" }
    MeasureAdvocacyOffered { en: "offered an advocate", cy: "cynigiwyd eiriolwr" }
    MeasureAdvocacyAccepted { en: "asked for an advocate", cy: "gofynnodd am eiriolwr" }
    MeasureAlertsRaised { en: "Urgent alerts", cy: "Rhybuddion brys" }
    MeasureAlertsOpen { en: "Not yet acknowledged", cy: "Heb eu cydnabod eto" }
    MeasureMedianMinutes { en: "Middle time to acknowledge (minutes)", cy: "Amser canol i gydnabod (munudau)" }
    MeasureMessages { en: "Messages from children", cy: "Negeseuon gan blant" }
    BandUnder8 { en: "Under 8", cy: "Dan 8" }
    BandMiddle { en: "8 to 12", cy: "8 i 12" }
    BandTeen { en: "13 and over", cy: "13 a hŷn" }
    BandLeaver { en: "Care leavers", cy: "Ymadawyr gofal" }
    BandAdult { en: "Adults", cy: "Oedolion" }
    QuarterName { en: "{years} Q{quarter}", cy: "{years} Ch{quarter}" }
    QuarterShort { en: "Q{quarter}", cy: "Ch{quarter}" }
    ChartTimeliness { en: "Reviews held on time (%)", cy: "Adolygiadau a gynhaliwyd ar amser (%)" }
    ChartTimelinessDesc { en: "Bar chart: the share of reviews due in each period that were held by their due date. A dash marks a period with no figure, or one too small to publish. The table below gives the figures.", cy: "Siart bar: cyfran yr adolygiadau oedd i fod ym mhob cyfnod a gynhaliwyd erbyn eu dyddiad. Mae llinell fer yn dangos cyfnod heb ffigur, neu un rhy fach i'w gyhoeddi. Mae'r tabl isod yn rhoi'r ffigurau." }
    ChartReturnRate { en: "Share who sent their views (%)", cy: "Cyfran a anfonodd eu barn (%)" }
    ChartReturnRateDesc { en: "Bar chart: for children, parents and carers asked in each period, the share who sent their views. A dash marks a period with no figure, or one too small to publish. The table below gives the figures.", cy: "Siart bar: ar gyfer plant, rhieni a gofalwyr y gofynnwyd iddyn nhw ym mhob cyfnod, y gyfran a anfonodd eu barn. Mae llinell fer yn dangos cyfnod heb ffigur, neu un rhy fach i'w gyhoeddi. Mae'r tabl isod yn rhoi'r ffigurau." }
    AuditReportDownloaded { en: "A manager downloaded a table of figures", cy: "Lawrlwythodd rheolwr dabl o ffigurau" }
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

    // Reviews: booking and the schedule
    ArrangementInPerson { en: "In person", cy: "Wyneb yn wyneb" }
    ArrangementVideo { en: "Video call", cy: "Galwad fideo" }
    ArrangementPhone { en: "Phone conference", cy: "Cynhadledd ffôn" }
    ArrangementHybrid { en: "In person and video (hybrid)", cy: "Wyneb yn wyneb a fideo (hybrid)" }
    Arrangement { en: "How the meeting happens", cy: "Sut mae'r cyfarfod yn digwydd" }
    ArrangementDetails { en: "Venue or joining instructions", cy: "Lleoliad neu gyfarwyddiadau ymuno" }
    ArrangementDetailsHint { en: "Invitees see this. For example: the address and room, or how to join the call.", cy: "Mae'r gwahoddedigion yn gweld hwn. Er enghraifft: y cyfeiriad a'r ystafell, neu sut i ymuno â'r alwad." }
    BookingTitle { en: "Book a review", cy: "Trefnu adolygiad" }
    BookingEditTitle { en: "Change the booking", cy: "Newid y trefniant" }
    BookReviewButton { en: "Book the review", cy: "Trefnu'r adolygiad" }
    BookingChangeTellsInvitees { en: "Invitations have gone out. If you change the date, time or arrangements, invitees who were emailed are told, and letters are marked for reprinting.", cy: "Mae gwahoddiadau wedi mynd allan. Os byddwch yn newid y dyddiad, yr amser neu'r trefniadau, bydd gwahoddedigion a gafodd e-bost yn cael gwybod, a bydd llythyrau'n cael eu nodi i'w hailargraffu." }
    AlreadyBooked { en: "A review is already booked for {name}.", cy: "Mae adolygiad eisoes wedi'i drefnu ar gyfer {name}." }
    OpenReview { en: "Open the review", cy: "Agor yr adolygiad" }
    MeetingDate { en: "Date of the meeting", cy: "Dyddiad y cyfarfod" }
    MeetingDateHint { en: "If it is after the due date, give the reason for the delay below.", cy: "Os yw ar ôl y dyddiad dyledus, rhowch y rheswm dros yr oedi isod." }
    MeetingTime { en: "Start time", cy: "Amser dechrau" }
    MeetingTimeHint { en: "For example, 10:30.", cy: "Er enghraifft, 10:30." }
    MeetingWhen { en: "Meeting", cy: "Cyfarfod" }
    DelayReason { en: "Reason for the delay (only if after the due date)", cy: "Rheswm dros yr oedi (dim ond os yw ar ôl y dyddiad dyledus)" }
    DelayReasonHint { en: "This is recorded for the review's timeliness figures.", cy: "Caiff hwn ei gofnodi ar gyfer ffigurau amseroldeb yr adolygiad." }
    SaveChanges { en: "Save changes", cy: "Cadw'r newidiadau" }
    ChangeBooking { en: "Change date or arrangements", cy: "Newid y dyddiad neu'r trefniadau" }
    ReviewTitle { en: "Review", cy: "Adolygiad" }
    ReviewKind { en: "Kind of review", cy: "Math o adolygiad" }
    ReviewDue { en: "Due by", cy: "Yn ddyledus erbyn" }
    ReviewState { en: "State", cy: "Cyflwr" }
    ReportDeadline { en: "Reports due", cy: "Adroddiadau'n ddyledus" }
    LatestAllowed { en: "Latest date if delayed", cy: "Y dyddiad olaf os oes oedi" }
    NextReview { en: "Next review", cy: "Adolygiad nesaf" }
    NextReviewHeading { en: "Next review", cy: "Yr adolygiad nesaf" }
    NotBooked { en: "Not booked", cy: "Heb ei drefnu" }
    ReviewBooked { en: "The review for {name} is booked. Now add who is invited.", cy: "Mae'r adolygiad ar gyfer {name} wedi'i drefnu. Nawr ychwanegwch pwy sy'n cael gwahoddiad." }
    ReviewSaved { en: "The review for {name} was saved.", cy: "Cafodd yr adolygiad ar gyfer {name} ei gadw." }
    ReviewSavedTold { en: "The review for {name} was saved. {count} invitees will be told by email.", cy: "Cafodd yr adolygiad ar gyfer {name} ei gadw. Bydd {count} gwahoddai yn cael gwybod drwy e-bost." }
    ReviewMarkedHeld { en: "The review for {name} was marked as held.", cy: "Cafodd yr adolygiad ar gyfer {name} ei nodi fel wedi'i gynnal." }
    ReviewCancelledNotice { en: "The review for {name} was cancelled. Invitation links no longer work.", cy: "Cafodd yr adolygiad ar gyfer {name} ei ganslo. Nid yw dolenni gwahodd yn gweithio mwyach." }
    CloseReviewHeading { en: "After the meeting", cy: "Ar ôl y cyfarfod" }
    HeldOn { en: "Date it was held", cy: "Dyddiad ei gynnal" }
    MarkHeld { en: "Mark as held", cy: "Nodi fel wedi'i gynnal" }
    CancelReview { en: "Cancel this review", cy: "Canslo'r adolygiad hwn" }
    CancelReviewHint { en: "Invitees who were emailed are told, and every link and code stops working.", cy: "Bydd gwahoddedigion a gafodd e-bost yn cael gwybod, a bydd pob dolen a chod yn peidio â gweithio." }
    ChildPageTitle { en: "Child", cy: "Plentyn" }
    HistoryHeading { en: "Past reviews and placement changes", cy: "Adolygiadau blaenorol a newidiadau lleoliad" }
    HistoryEmpty { en: "Nothing recorded yet.", cy: "Dim wedi'i gofnodi eto." }
    UnplannedMove { en: "Unplanned change of placement", cy: "Newid lleoliad heb ei gynllunio" }
    RecordPastReview { en: "Record a review already held", cy: "Cofnodi adolygiad sydd eisoes wedi'i gynnal" }
    RecordPastReviewHint { en: "For reviews before this child was added to Heard.", cy: "Ar gyfer adolygiadau cyn i'r plentyn hwn gael ei ychwanegu at Clywed." }
    RecordMove { en: "Record an unplanned change of placement", cy: "Cofnodi newid lleoliad heb ei gynllunio" }
    RecordMoveHint { en: "The next review is then due within 28 days.", cy: "Mae'r adolygiad nesaf wedyn yn ddyledus o fewn 28 diwrnod." }
    Record { en: "Record", cy: "Cofnodi" }
    PastReviewRecorded { en: "A past review for {name} was recorded.", cy: "Cafodd adolygiad blaenorol ar gyfer {name} ei gofnodi." }
    MoveRecorded { en: "The change of placement for {name} was recorded.", cy: "Cafodd y newid lleoliad ar gyfer {name} ei gofnodi." }
    ErrMeetingPast { en: "The meeting date cannot be in the past.", cy: "Ni all dyddiad y cyfarfod fod yn y gorffennol." }
    ErrTimeInvalid { en: "Enter a time like 10:30.", cy: "Rhowch amser fel 10:30." }
    ErrArrangement { en: "Choose how the meeting happens.", cy: "Dewiswch sut mae'r cyfarfod yn digwydd." }
    ErrArrangementDetails { en: "Say where the meeting is or how to join it.", cy: "Dywedwch ble mae'r cyfarfod neu sut i ymuno ag ef." }
    ErrAlreadyBooked { en: "A review is already booked for this child. Change that one instead.", cy: "Mae adolygiad eisoes wedi'i drefnu ar gyfer y plentyn hwn. Newidiwch hwnnw yn lle hynny." }
    ErrReviewClosed { en: "This review has been held or cancelled, so it cannot be changed.", cy: "Mae'r adolygiad hwn wedi'i gynnal neu ei ganslo, felly ni ellir ei newid." }
    ErrHeldFuture { en: "The date cannot be in the future.", cy: "Ni all y dyddiad fod yn y dyfodol." }
    ErrBeforeLookedAfter { en: "The date cannot be before the child became looked after.", cy: "Ni all y dyddiad fod cyn i'r plentyn ddechrau derbyn gofal." }

    // Invitations
    AudienceChild { en: "Child", cy: "Plentyn" }
    AudienceParent { en: "Parent", cy: "Rhiant" }
    AudienceCarer { en: "Carer", cy: "Gofalwr" }
    AudienceOther { en: "Other (meeting only)", cy: "Arall (cyfarfod yn unig)" }
    DeliveryEmail { en: "Email", cy: "E-bost" }
    DeliveryPost { en: "Letter by post", cy: "Llythyr drwy'r post" }
    InvitationNotSent { en: "Not sent", cy: "Heb ei anfon" }
    InvitationSent { en: "Sent", cy: "Wedi'i anfon" }
    InvitationOpened { en: "Opened", cy: "Wedi'i agor" }
    InvitationInProgress { en: "In progress", cy: "Ar y gweill" }
    InvitationSubmitted { en: "Submitted", cy: "Wedi'i gyflwyno" }
    InvitationRevoked { en: "Revoked", cy: "Wedi'i ddirymu" }
    InvitationsHeading { en: "Invited", cy: "Wedi'u gwahodd" }
    InvitationStatusHeading { en: "Status", cy: "Statws" }
    NoInviteesYet { en: "Nobody is invited yet.", cy: "Does neb wedi cael gwahoddiad eto." }
    InviteeName { en: "Name", cy: "Enw" }
    InviteeAudience { en: "Who they are", cy: "Pwy ydyn nhw" }
    InviteeDelivery { en: "How they get the invitation", cy: "Sut maen nhw'n cael y gwahoddiad" }
    InviteeFirstName { en: "First name", cy: "Enw cyntaf" }
    InviteeFirstNameHint { en: "Only the first name goes in the email or letter.", cy: "Dim ond yr enw cyntaf sy'n mynd yn yr e-bost neu'r llythyr." }
    InviteeLanguage { en: "Their language", cy: "Eu hiaith" }
    InviteeEmail { en: "Email address", cy: "Cyfeiriad e-bost" }
    InviteeEmailHint { en: "Only for email. For a young child, a carer's address.", cy: "Ar gyfer e-bost yn unig. Ar gyfer plentyn ifanc, cyfeiriad gofalwr." }
    InviteeAddress { en: "Postal address (optional)", cy: "Cyfeiriad post (dewisol)" }
    InviteeAddressHint { en: "Only for letters. Printed on the letter, for a window envelope.", cy: "Ar gyfer llythyrau yn unig. Caiff ei argraffu ar y llythyr, ar gyfer amlen ffenest." }
    AddInviteeHeading { en: "Invite someone", cy: "Gwahodd rhywun" }
    AddInvitee { en: "Add to the invited", cy: "Ychwanegu at y gwahoddedigion" }
    InviteeAdded { en: "{name} was added. Now send the invitation.", cy: "Cafodd {name} ei ychwanegu. Nawr anfonwch y gwahoddiad." }
    Actions { en: "Actions", cy: "Camau" }
    SendEmail { en: "Send email", cy: "Anfon e-bost" }
    SendNewLink { en: "Send a new link", cy: "Anfon dolen newydd" }
    MakeLetter { en: "Make the letter", cy: "Creu'r llythyr" }
    PrintLetter { en: "Print letter", cy: "Argraffu'r llythyr" }
    NewCode { en: "New code", cy: "Cod newydd" }
    Revoke { en: "Revoke", cy: "Dirymu" }
    NeedsReprint { en: "The meeting changed: print and post the letter again.", cy: "Newidiodd y cyfarfod: argraffwch a phostiwch y llythyr eto." }
    ReminderSent { en: "Reminder sent", cy: "Nodyn atgoffa wedi'i anfon" }
    InvitationSentNotice { en: "The invitation to {name} was emailed.", cy: "Cafodd y gwahoddiad i {name} ei anfon drwy e-bost." }
    InvitationResentNotice { en: "A new link was sent to {name}. The old one no longer works.", cy: "Anfonwyd dolen newydd at {name}. Nid yw'r hen un yn gweithio mwyach." }
    InvitationRevokedNotice { en: "The invitation to {name} was revoked. Its link and code no longer work.", cy: "Cafodd y gwahoddiad i {name} ei ddirymu. Nid yw ei ddolen a'i god yn gweithio mwyach." }
    LetterPostedNotice { en: "The letter to {name} was marked as posted.", cy: "Cafodd y llythyr at {name} ei nodi fel wedi'i bostio." }
    ErrAudience { en: "Choose who they are.", cy: "Dewiswch pwy ydyn nhw." }
    ErrDelivery { en: "Choose email or letter.", cy: "Dewiswch e-bost neu lythyr." }
    ErrPostDisabled { en: "Your council does not send invitations by post. Choose email.", cy: "Nid yw eich cyngor yn anfon gwahoddiadau drwy'r post. Dewiswch e-bost." }
    InvitationQueuedNotice { en: "The mail server did not take the invitation to {name} yet. Heard keeps trying, and this page shows it until it goes.", cy: "Nid yw'r gweinydd post wedi derbyn y gwahoddiad i {name} eto. Mae Clywed yn dal i geisio, ac mae'r dudalen hon yn ei ddangos nes iddo fynd." }
    ErrInvitationRevoked { en: "This invitation was revoked. Invite the person again if they should take part.", cy: "Cafodd y gwahoddiad hwn ei ddirymu. Gwahoddwch y person eto os dylen nhw gymryd rhan." }
    ErrLetterFirst { en: "Make the letter before marking it as posted.", cy: "Crëwch y llythyr cyn ei nodi fel wedi'i bostio." }
    ToSendHeading { en: "Invitations to send", cy: "Gwahoddiadau i'w hanfon" }
    ToSendEmpty { en: "Every emailed invitation has been sent.", cy: "Mae pob gwahoddiad e-bost wedi'i anfon." }
    ToPrintHeading { en: "Letters to print", cy: "Llythyrau i'w hargraffu" }
    ToPrintEmpty { en: "There are no letters to print.", cy: "Does dim llythyrau i'w hargraffu." }
    ToChaseHeading { en: "Replies to chase", cy: "Ymatebion i fynd ar eu hôl" }
    ToChaseEmpty { en: "No replies need chasing yet.", cy: "Does dim angen mynd ar ôl unrhyw ymatebion eto." }

    // The printed letter (in the recipient's language)
    LetterTitle { en: "Invitation letter", cy: "Llythyr gwahodd" }
    LetterInstructions { en: "Print this page (Ctrl+P) on A4. Then mark the letter as posted. Printing it again shows the same code.", cy: "Argraffwch y dudalen hon (Ctrl+P) ar A4. Yna nodwch fod y llythyr wedi'i bostio. Mae ei argraffu eto yn dangos yr un cod." }
    MarkPosted { en: "Mark as posted", cy: "Nodi fel wedi'i bostio" }
    BackToReview { en: "Back to the review", cy: "Yn ôl i'r adolygiad" }
    LetterHello { en: "Hello {name}!", cy: "Helo {name}!" }
    LetterChildIntro { en: "Your review meeting is on {when}.", cy: "Mae cyfarfod dy adolygiad ar {when}." }
    LetterAdultIntro { en: "You are invited to the review meeting for {name}. It is on {when}.", cy: "Rydych chi'n cael eich gwahodd i'r cyfarfod adolygu ar gyfer {name}. Mae ar {when}." }
    LetterViews { en: "You can tell us what you think before the meeting.", cy: "Gallwch chi ddweud wrthon ni beth rydych chi'n ei feddwl cyn y cyfarfod." }
    LetterScan { en: "Scan the square with a phone camera.", cy: "Sganiwch y sgwâr gyda chamera ffôn." }
    LetterTypeCode { en: "Or go to {address} and type this code:", cy: "Neu ewch i {address} a theipio'r cod hwn:" }
    LetterCodeWorksUntil { en: "The code works until {date}.", cy: "Mae'r cod yn gweithio tan {date}." }
    LetterQrLabel { en: "QR code that opens your invitation", cy: "Cod QR sy'n agor eich gwahoddiad" }
    LetterHelp { en: "Need help? Ask your carer, or contact us: {contact}.", cy: "Angen help? Gofynnwch i'ch gofalwr, neu cysylltwch â ni: {contact}." }
    LetterHelpNoContact { en: "Need help? Ask your carer or your social worker.", cy: "Angen help? Gofynnwch i'ch gofalwr neu'ch gweithiwr cymdeithasol." }
    LetterOtherLanguage { en: "This letter is also available in English: type the code, then choose English.", cy: "Mae'r llythyr hwn ar gael yn Gymraeg hefyd: teipiwch y cod, yna dewiswch Cymraeg." }

    // Email (plain text; a first name and a link, nothing else personal)
    MailHello { en: "Hello {name},", cy: "Helo {name}," }
    MailInviteSubject { en: "Heard: you are invited to share your views", cy: "Clywed: gwahoddiad i rannu eich barn" }
    MailInviteBody { en: "You are invited to share your views before a review meeting.", cy: "Rydych chi'n cael gwahoddiad i rannu eich barn cyn cyfarfod adolygu." }
    MailChangedSubject { en: "Heard: the review meeting has changed", cy: "Clywed: mae'r cyfarfod adolygu wedi newid" }
    MailChangedBody { en: "The date, time or arrangements of the review meeting have changed.", cy: "Mae dyddiad, amser neu drefniadau'r cyfarfod adolygu wedi newid." }
    MailCancelledSubject { en: "Heard: the review meeting is cancelled", cy: "Clywed: mae'r cyfarfod adolygu wedi'i ganslo" }
    MailCancelledBody { en: "The review meeting you were invited to is cancelled. Your council will be in touch.", cy: "Mae'r cyfarfod adolygu y cawsoch wahoddiad iddo wedi'i ganslo. Bydd eich cyngor mewn cysylltiad." }
    MailReminderSubject { en: "Heard: a reminder to share your views", cy: "Clywed: nodyn atgoffa i rannu eich barn" }
    MailReminderBody { en: "There is still time to share your views before the review meeting.", cy: "Mae amser o hyd i rannu eich barn cyn y cyfarfod adolygu." }
    MailLetterSubject { en: "Heard: a letter from your IRO", cy: "Clywed: llythyr gan eich IRO" }
    MailLetterBody { en: "Your IRO has written to you about your review meeting. Open your link to read it. You will need your secret.", cy: "Mae eich IRO wedi ysgrifennu atoch am eich cyfarfod adolygu. Agorwch eich dolen i'w ddarllen. Bydd angen eich cyfrinach arnoch." }
    OutcomeTitle { en: "Letter to the child after the review", cy: "Llythyr at y plentyn ar ôl yr adolygiad" }
    OutcomeOpen { en: "Write to {name} about the meeting", cy: "Ysgrifennu at {name} am y cyfarfod" }
    OutcomeOpenSent { en: "Your letter to {name}", cy: "Eich llythyr at {name}" }
    OutcomeIntro { en: "Write to {name} in plain words: short sentences, one idea each. They read it with their own link and secret. The message telling them says nothing of what you wrote.", cy: "Ysgrifennwch at {name} mewn geiriau syml: brawddegau byr, un syniad ym mhob un. Maen nhw'n ei ddarllen gyda'u dolen a'u cyfrinach eu hunain. Dydy'r neges sy'n dweud wrthyn nhw ddim yn dweud dim o'r hyn ysgrifennoch chi." }
    OutcomeLanguage { en: "Write in this language: {language} (the one {name} chose).", cy: "Ysgrifennwch yn yr iaith hon: {language} (yr un a ddewisodd {name})." }
    OutcomeTalked { en: "What we talked about", cy: "Beth wnaethon ni siarad amdano" }
    OutcomeDecided { en: "What we decided", cy: "Beth wnaethon ni benderfynu" }
    OutcomeNext { en: "What happens next", cy: "Beth sy'n digwydd nesaf" }
    OutcomeWhoToAsk { en: "Who to ask", cy: "Pwy i'w holi" }
    OutcomeWhoToAskHint { en: "Who they can ask if they have questions, and how (their advocate, social worker, you).", cy: "Pwy y gallan nhw eu holi os oes ganddyn nhw gwestiynau, a sut (eu heiriolwr, eu gweithiwr cymdeithasol, chi)." }
    OutcomeHeldOn { en: "The meeting was held on", cy: "Cynhaliwyd y cyfarfod ar" }
    OutcomeSaveDraft { en: "Save draft", cy: "Cadw drafft" }
    OutcomeSend { en: "Send to {name} and mark the review held", cy: "Anfon at {name} a nodi bod yr adolygiad wedi'i gynnal" }
    OutcomeSendHint { en: "Once sent, the letter cannot be changed.", cy: "Ar ôl ei anfon, does dim modd newid y llythyr." }
    OutcomeDraftSaved { en: "Draft saved. Nothing has been sent.", cy: "Cadwyd y drafft. Does dim wedi'i anfon." }
    OutcomeSentEmailed { en: "Your letter is sent. {name} has been emailed to say there is a letter (without what it says). The review is marked held; the next review is due by {date}.", cy: "Mae eich llythyr wedi'i anfon. Anfonwyd e-bost at {name} i ddweud bod llythyr (heb ddweud beth sydd ynddo). Mae'r adolygiad wedi'i nodi fel un a gynhaliwyd; mae'r adolygiad nesaf i fod erbyn {date}." }
    OutcomeSentTellThem { en: "Your letter is sent. {name} gets their invitation by letter or by hand: tell them there is a letter, and their code opens it. The review is marked held; the next review is due by {date}.", cy: "Mae eich llythyr wedi'i anfon. Mae {name} yn cael eu gwahoddiad drwy'r post neu â llaw: dywedwch wrthyn nhw fod llythyr, a bod eu cod yn ei agor. Mae'r adolygiad wedi'i nodi fel un a gynhaliwyd; mae'r adolygiad nesaf i fod erbyn {date}." }
    OutcomeSentOn { en: "Sent on {date}.", cy: "Anfonwyd ar {date}." }
    OutcomeReadOn { en: "{name} read it on {date}.", cy: "Darllenodd {name} ef ar {date}." }
    OutcomeNotRead { en: "{name} has not opened it yet.", cy: "Dydy {name} ddim wedi'i agor eto." }
    OutcomeTooEarly { en: "You can write the letter once the meeting has happened ({date}).", cy: "Gallwch chi ysgrifennu'r llythyr unwaith y bydd y cyfarfod wedi bod ({date})." }
    OutcomeNoInvitation { en: "This child has no invitation to read a letter with. Invite them from the review page before the review is marked held.", cy: "Does gan y plentyn hwn ddim gwahoddiad i ddarllen llythyr gydag ef. Gwahoddwch nhw o dudalen yr adolygiad cyn nodi bod yr adolygiad wedi'i gynnal." }
    OutcomeAlreadySent { en: "This letter has already been sent and cannot be changed.", cy: "Mae'r llythyr hwn wedi'i anfon yn barod a does dim modd ei newid." }
    OutcomeBeforeMeeting { en: "The meeting date cannot be in the future.", cy: "Ni all dyddiad y cyfarfod fod yn y dyfodol." }
    OutcomeTalkedEmpty { en: "Write what you talked about.", cy: "Ysgrifennwch beth wnaethoch chi siarad amdano." }
    OutcomeDecidedEmpty { en: "Write what you decided.", cy: "Ysgrifennwch beth wnaethoch chi benderfynu." }
    OutcomeNextEmpty { en: "Write what happens next.", cy: "Ysgrifennwch beth sy'n digwydd nesaf." }
    OutcomeWhoToAskEmpty { en: "Write who they can ask.", cy: "Ysgrifennwch pwy y gallan nhw eu holi." }
    OutcomePartLong { en: "This part is too long. Keep it under {limit} characters: a letter to a child is short.", cy: "Mae'r rhan hon yn rhy hir. Cadwch hi dan {limit} nod: mae llythyr at blentyn yn fyr." }
    OutcomeLongSentences { en: "Some sentences are long (more than 15 words). Shorter ones are easier to read.", cy: "Mae rhai brawddegau'n hir (mwy na 15 gair). Mae rhai byrrach yn haws eu darllen." }
    AuditOutcomeSent { en: "An IRO sent their letter to a child after the review", cy: "Anfonodd IRO eu llythyr at blentyn ar ôl yr adolygiad" }
    AuditOutcomeRead { en: "A child opened their IRO's letter", cy: "Agorodd plentyn lythyr eu IRO" }
    MailOpenLink { en: "Open your link:", cy: "Agorwch eich dolen:" }
    MailLinkPrivate { en: "This link is just for you. Please do not share it.", cy: "Mae'r ddolen hon i chi yn unig. Peidiwch â'i rhannu." }
    MailIgnore { en: "If you were not expecting this message, you can ignore it.", cy: "Os nad oeddech yn disgwyl y neges hon, gallwch ei hanwybyddu." }
    MailOtherLanguage { en: "This service is also available in English.", cy: "Mae'r gwasanaeth hwn ar gael yn Gymraeg hefyd." }

    // The way in for children, parents and carers
    LandingTypeCode { en: "Type your code", cy: "Teipio dy god" }
    EntryTitle { en: "Start", cy: "Dechrau" }
    EntryCodeLabel { en: "Your code", cy: "Dy god" }
    EntryCodeHint { en: "It looks like ACD7F-GH3KM. Capital letters are not needed.", cy: "Mae'n edrych fel ACD7F-GH3KM. Does dim angen priflythrennau." }
    EntryStart { en: "Start", cy: "Dechrau" }
    EntryNotWorking { en: "Sorry, that code or link did not work. It may be old, or have a typing mistake. Please check it, or ask for help.", cy: "Sori, wnaeth y cod neu'r ddolen ddim gweithio. Efallai ei fod yn hen, neu fod camgymeriad teipio. Gwiria fe, neu gofynna am help." }
    EntryCodeMissing { en: "Type the code from your letter.", cy: "Teipia'r cod o dy lythyr." }
    EntryTooMany { en: "Too many tries. Please wait {minutes} minutes, or ask for help.", cy: "Gormod o gynigion. Aros {minutes} munud, neu gofynna am help." }
    EntryTryCode { en: "Type a code instead", cy: "Teipio cod yn lle" }
    EntryAskHeading { en: "Who can help", cy: "Pwy all helpu" }
    EntryHello { en: "Hello {name}!", cy: "Helo {name}!" }
    EntryLeave { en: "Finish for now", cy: "Gorffen am nawr" }
    EntryLeft { en: "You have finished for now. Use your link or code to come back.", cy: "Rwyt ti wedi gorffen am nawr. Defnyddia dy ddolen neu dy god i ddod yn ôl." }
    MyReviewTitle { en: "Your review", cy: "Dy adolygiad" }
    MyReviewWhenChild { en: "Your review meeting is on {when}.", cy: "Mae cyfarfod dy adolygiad ar {when}." }
    MyReviewWhenAdult { en: "The review meeting for {name} is on {when}.", cy: "Mae'r cyfarfod adolygu ar gyfer {name} ar {when}." }
    MyReviewFrom { en: "This review is run by {council}.", cy: "Mae'r adolygiad hwn yn cael ei gynnal gan {council}." }

    // Authority settings and the development outbox
    SettingsTitle { en: "Council settings", cy: "Gosodiadau'r cyngor" }
    SettingsAdvocacy { en: "Advocacy provider", cy: "Darparwr eiriolaeth" }
    SettingsAdvocacyName { en: "Name", cy: "Enw" }
    ErrParentAdvocacyName { en: "Give the name of the parents' advocacy service, or leave all three empty.", cy: "Rhowch enw'r gwasanaeth eiriolaeth i rieni, neu gadewch y tri yn wag." }
    ErrParentAdvocacyEmail { en: "Give the referral email of the parents' advocacy service, or leave all three empty.", cy: "Rhowch e-bost atgyfeirio'r gwasanaeth eiriolaeth i rieni, neu gadewch y tri yn wag." }
    SettingsParentAdvocacy { en: "Advocacy for parents", cy: "Eiriolaeth i rieni" }
    SettingsParentAdvocacyHint { en: "Leave these empty if the provider above supports parents too.", cy: "Gadewch y rhain yn wag os yw'r darparwr uchod yn cefnogi rhieni hefyd." }
    SettingsReferralEmail { en: "Referral email", cy: "E-bost atgyfeirio" }
    SettingsPhone { en: "Phone", cy: "Ffôn" }
    SettingsDuty { en: "Duty contact for urgent alerts", cy: "Cyswllt dyletswydd ar gyfer rhybuddion brys" }
    SettingsDutyHint { en: "Told at once when a child says they do not feel safe.", cy: "Yn cael gwybod ar unwaith pan fydd plentyn yn dweud nad yw'n teimlo'n ddiogel." }
    SettingsDutyName { en: "Team or person", cy: "Tîm neu berson" }
    SettingsReviewTeam { en: "Review team contact", cy: "Cyswllt y tîm adolygu" }
    SettingsReviewTeamHint { en: "Printed on letters, and shown when a code does not work.", cy: "Wedi'i argraffu ar lythyrau, ac yn cael ei ddangos pan nad yw cod yn gweithio." }
    SettingsDefaultArrangements { en: "Usual meeting arrangements", cy: "Trefniadau cyfarfod arferol" }
    SettingsDefaultArrangementsHint { en: "Filled in when a review is booked, and can be changed there.", cy: "Yn cael ei lenwi pan fydd adolygiad yn cael ei drefnu, a gellir ei newid yno." }
    SettingsPost { en: "We send some invitations by post", cy: "Rydyn ni'n anfon rhai gwahoddiadau drwy'r post" }
    SettingsSave { en: "Save settings", cy: "Cadw'r gosodiadau" }
    SettingsSaved { en: "The settings were saved.", cy: "Cafodd y gosodiadau eu cadw." }
    ErrPhoneInvalid { en: "Enter a phone number using digits, like 01234 567890.", cy: "Rhowch rif ffôn gan ddefnyddio digidau, fel 01234 567890." }
    CalmBusyTitle { en: "Heard is busy", cy: "Mae Clywed yn brysur" }
    CalmBusy { en: "Heard is busy for a moment. Nothing you sent was lost. Please wait a few seconds, then try again.", cy: "Mae Clywed yn brysur am eiliad. Ni chollwyd dim a anfonwyd. Arhoswch ychydig eiliadau, yna rhowch gynnig arall arni." }
    CalmBadRequestTitle { en: "That did not arrive as expected", cy: "Ni chyrhaeddodd hynny fel y disgwyl" }
    CalmBadRequest { en: "Heard could not read what was sent. Nothing was changed. Go back and try again.", cy: "Nid oedd Clywed yn gallu darllen yr hyn a anfonwyd. Ni newidiwyd dim. Ewch yn ôl a rhowch gynnig arall arni." }
    CalmBrokenTitle { en: "Something went wrong", cy: "Aeth rhywbeth o'i le" }
    CalmBroken { en: "Something went wrong at our end. It was not something you did. Please try again.", cy: "Aeth rhywbeth o'i le ar ein hochr ni. Nid chi achosodd hyn. Rhowch gynnig arall arni." }
    CalmTryAgain { en: "Go back and try again", cy: "Mynd yn ôl a rhoi cynnig arall arni" }
    OutboxTitle { en: "Outgoing email", cy: "E-bost sy'n mynd allan" }
    OutboxDevHeading { en: "Development outbox", cy: "Blwch allan datblygu" }
    OutboxAllDelivered { en: "Every message has been delivered to the mail server.", cy: "Mae pob neges wedi'i throsglwyddo i'r gweinydd post." }
    OutboxUndeliveredTitle { en: "Messages not delivered yet", cy: "Negeseuon heb eu trosglwyddo eto" }
    OutboxKindAlertIro { en: "Urgent alert to the IRO", cy: "Rhybudd brys i'r IRO" }
    OutboxKindAlertDuty { en: "Urgent alert to the duty team", cy: "Rhybudd brys i'r tîm dyletswydd" }
    OutboxKindAdvocacy { en: "Referral to the advocacy service", cy: "Atgyfeiriad i'r gwasanaeth eirioli" }
    OutboxKindMessage { en: "Notice of a child's message to the IRO", cy: "Hysbysiad i'r IRO am neges plentyn" }
    OutboxKindInvitation { en: "Invitation", cy: "Gwahoddiad" }
    OutboxKindChanged { en: "Notice that the meeting changed", cy: "Hysbysiad bod y cyfarfod wedi newid" }
    OutboxKindCancelled { en: "Notice that the meeting was cancelled", cy: "Hysbysiad bod y cyfarfod wedi'i ganslo" }
    OutboxKindReminder { en: "Reminder", cy: "Nodyn atgoffa" }
    OutboxKindLetter { en: "Notice of the IRO's letter", cy: "Hysbysiad am lythyr yr IRO" }
    OutboxWhyNoAddress { en: "There is no email address to send it to: check the council settings or the child's IRO.", cy: "Does dim cyfeiriad e-bost i'w hanfon ato: gwiriwch osodiadau'r cyngor neu IRO y plentyn." }
    OutboxWhyBadAddress { en: "The email address is not a real address.", cy: "Nid yw'r cyfeiriad e-bost yn gyfeiriad go iawn." }
    OutboxWhyRefused { en: "The mail server refused it.", cy: "Gwrthododd y gweinydd post hi." }
    OutboxWhyInternal { en: "Heard could not prepare it; the error is in the server's log.", cy: "Nid oedd Clywed yn gallu ei pharatoi; mae'r gwall yng nghofnod y gweinydd." }
    OutboxWhyUnavailable { en: "The mail server could not be reached.", cy: "Nid oedd modd cyrraedd y gweinydd post." }
    OutboxTried { en: "Queued {since}, tried {count} times.", cy: "Yn y ciw ers {since}, wedi ceisio {count} o weithiau." }
    OutboxNextTry { en: "Next try: {when}.", cy: "Y cynnig nesaf: {when}." }
    OutboxGivenUp { en: "Heard stopped trying after 48 hours.", cy: "Rhoddodd Clywed y gorau i geisio ar ôl 48 awr." }
    OutboxRetry { en: "Try again now", cy: "Ceisio eto nawr" }
    OutboxRetrying { en: "Heard is trying to send it again now.", cy: "Mae Clywed yn ceisio ei hanfon eto nawr." }
    OutboxIntro { en: "No email server is set up, so messages are kept here instead of being sent.", cy: "Does dim gweinydd e-bost wedi'i osod, felly mae negeseuon yn cael eu cadw yma yn lle cael eu hanfon." }
    OutboxEmpty { en: "No messages yet.", cy: "Dim negeseuon eto." }
    OutboxSmtp { en: "Email is sent through the council's mail server, so there is no outbox.", cy: "Mae e-bost yn cael ei anfon drwy weinydd post y cyngor, felly does dim blwch allan." }

    CreditsTitle { en: "Credits and licences", cy: "Cydnabyddiaeth a thrwyddedau" }
    CreditsSymbols { en: "Symbols:", cy: "Symbolau:" }
    CreditsVoices { en: "Read-aloud recordings made with", cy: "Recordiadau darllen yn uchel wedi'u gwneud gyda" }
    CreditsFonts { en: "The font in protected PDF downloads:", cy: "Y ffont mewn lawrlwythiadau PDF wedi'u diogelu:" }
    CreditsOwnSymbols { en: "A council may use its own licensed symbols (for example Widgit) in place of these.", cy: "Gall cyngor ddefnyddio ei symbolau trwyddedig ei hun (er enghraifft Widgit) yn lle'r rhain." }
    IroAdvocacyTitle { en: "Asked for an advocate", cy: "Wedi gofyn am eiriolwr" }
    MeetingConfirmed { en: "Date, time and how to join confirmed: invitees can see them", cy: "Dyddiad, amser a sut i ymuno wedi'u cadarnhau: gall y rhai a wahoddwyd eu gweld" }
    MeetingNotConfirmed { en: "Not confirmed yet: invitees are told the details will follow", cy: "Heb ei gadarnhau eto: dywedir wrth y rhai a wahoddwyd y daw'r manylion" }
    ConfirmMeeting { en: "Confirm date, time and how to join", cy: "Cadarnhau'r dyddiad, yr amser a sut i ymuno" }
    MeetingConfirmedNotice { en: "Confirmed. {name}'s invitees can now see when and how to join.", cy: "Wedi cadarnhau. Gall y rhai a wahoddwyd i adolygiad {name} weld pryd a sut i ymuno nawr." }
    ErrMeetingChanged { en: "The booking changed while you were looking. Check the date, time and how to join, then confirm again.", cy: "Newidiodd y trefniant tra oeddech chi'n edrych. Gwiriwch y dyddiad, yr amser a sut i ymuno, yna cadarnhewch eto." }
    ErrNotTheirIro { en: "Only the child's own IRO can do this.", cy: "Dim ond IRO y plentyn ei hun all wneud hyn." }
    HelpAdultDanger { en: "If a child is in danger now, call 999.", cy: "Os oes plentyn mewn perygl nawr, ffoniwch 999." }
    HelpSamaritans { en: "Need to talk to someone now? Samaritans listen, day or night. It is free.", cy: "Angen siarad â rhywun nawr? Mae'r Samariaid yn gwrando, ddydd a nos. Mae am ddim." }
    HelpCallSamaritans { en: "Call Samaritans: 116 123", cy: "Ffonio'r Samariaid: 116 123" }
    HelpCallSamaritansWelsh { en: "Samaritans in Welsh: 0808 164 0123", cy: "Y Samariaid yn Gymraeg: 0808 164 0123" }
    GiveYourViews { en: "Give your views", cy: "Rhoi eich barn" }
    SeeWhatYouSent { en: "See what you sent", cy: "Gweld beth anfonoch chi" }
    MyReviewQuestions { en: "Questions? Contact the review team:", cy: "Cwestiynau? Cysylltwch â'r tîm adolygu:" }
    CheckChangeAnswers { en: "Change my answers", cy: "Newid fy atebion" }
    // The same words for parents and carers: Welsh addresses an adult as "chi", a child as "ti".
    AdultFormCarryOn { en: "Carry on", cy: "Daliwch ati" }
    AdultMyReviewTitle { en: "Your review", cy: "Eich adolygiad" }
    AdultCheckSaved { en: "Your choices are saved.", cy: "Mae eich dewisiadau wedi'u cadw." }
    AdultSecretPhraseAgain { en: "Type it again", cy: "Teipiwch ef eto" }
    AdultUnlockGo { en: "Let me in", cy: "Gadewch fi i mewn" }
    AdultFormLaterSaved { en: "Everything you said is saved.", cy: "Mae popeth ddywedoch chi wedi'i gadw." }
    AdultFormLaterReturn { en: "Use your link or code to come back. Then type your secret phrase.", cy: "Defnyddiwch eich dolen neu eich cod i ddod yn ôl. Wedyn teipiwch eich ymadrodd cyfrinachol." }
    AdultAdvocacyFrom { en: "Advocates near you are from {provider}.", cy: "Mae eiriolwyr yn eich ardal chi yn dod o {provider}." }
    AdultAdvocacyReference { en: "Your request number is {reference}.", cy: "Rhif eich cais yw {reference}." }
    AdultDoneWhatYouSaid { en: "What you said", cy: "Beth ddywedoch chi" }
    AdultDoneAddUntil { en: "You can add more until {date}.", cy: "Gallwch chi ychwanegu mwy tan {date}." }
    AdultAddMoreLabel { en: "Add something more", cy: "Ychwanegwch rywbeth arall" }
    AdultCheckNothing { en: "You have not written anything yet. That is fine.", cy: "Dydych chi ddim wedi ysgrifennu dim byd eto. Mae hynny'n iawn." }
    AdultFormProgress { en: "Your progress", cy: "Eich cynnydd" }
    AdultFormOffline { en: "No connection. Your answers are kept on this device. They will be saved when you are back online.", cy: "Dim cysylltiad. Mae eich atebion yn cael eu cadw ar y ddyfais hon. Byddan nhw'n cael eu cadw pan fyddwch chi ar-lein eto." }
    AdultSecretPhraseShort { en: "Your secret phrase needs 8 letters or more.", cy: "Mae angen 8 llythyren neu fwy yn eich ymadrodd cyfrinachol." }
    AdultSecretPhraseLong { en: "Your secret phrase is too long. Use fewer than 200 letters.", cy: "Mae eich ymadrodd cyfrinachol yn rhy hir. Defnyddiwch lai na 200 llythyren." }
    AdultSecretPhraseDiffer { en: "The two phrases are not the same. Type it again.", cy: "Dydy'r ddau ymadrodd ddim yr un fath. Teipiwch ef eto." }
    AdultUnlockWrong { en: "That was not right. Try again.", cy: "Doedd hynny ddim yn iawn. Rhowch gynnig arall arni." }
    AdultUnlockLocked { en: "Your secret phrase is locked. Please call the review team to open it.", cy: "Mae eich ymadrodd cyfrinachol wedi'i gloi. Ffoniwch y tîm adolygu i'w agor." }
    AdultConsultTooLong { en: "That is very long. Please keep it under {limit} letters, or add more after sending.", cy: "Mae hynny'n hir iawn. Cadwch ef dan {limit} llythyren, neu ychwanegwch fwy ar ôl anfon." }
    AdultConsultNotAChoice { en: "Please choose one of the answers shown.", cy: "Dewiswch un o'r atebion sydd i'w gweld, os gwelwch yn dda." }
    AdultAddMoreEmpty { en: "Write something to add, or leave it.", cy: "Ysgrifennwch rywbeth i'w ychwanegu, neu gadewch ef." }
    AdultAddMoreClosed { en: "It is too late to add more before this meeting. You can tell the IRO at the meeting.", cy: "Mae'n rhy hwyr i ychwanegu mwy cyn y cyfarfod hwn. Gallwch chi ddweud wrth yr IRO yn y cyfarfod." }
    AdultAddMoreSaved { en: "We have added it. The IRO will see it.", cy: "Rydyn ni wedi'i ychwanegu. Bydd yr IRO yn ei weld." }
    AdultAdvocacyAsked { en: "We will ask an advocate to contact you.", cy: "Byddwn ni'n gofyn i eiriolwr gysylltu â chi." }
    AdultConsultAlreadySent { en: "You have already sent this. You can add more below.", cy: "Rydych chi wedi anfon hwn yn barod. Gallwch chi ychwanegu mwy isod." }
    PackTimesUk { en: "Times are UK time.", cy: "Amser y DU yw'r amseroedd." }
    PackPrint { en: "Print the pack", cy: "Argraffu'r pecyn" }
    PackCopiesLink { en: "Print, or download a protected copy", cy: "Argraffu, neu lawrlwytho copi wedi'i ddiogelu" }
    PackDownloadHeading { en: "Download a protected copy", cy: "Lawrlwytho copi wedi'i ddiogelu" }
    PackDownloadHint { en: "The PDF is locked with a password you choose now (12 characters or more; three random words work well). Heard does not keep the password. Anyone opening the file needs it, so send it separately, never in the same email.", cy: "Mae'r PDF wedi'i gloi gyda chyfrinair rydych chi'n ei ddewis nawr (12 nod neu fwy; mae tri gair ar hap yn gweithio'n dda). Dydy Clywed ddim yn cadw'r cyfrinair. Mae ei angen ar unrhyw un sy'n agor y ffeil, felly anfonwch ef ar wahân, byth yn yr un e-bost." }
    PackDownloadPassword { en: "Password for the file", cy: "Cyfrinair ar gyfer y ffeil" }
    PackDownloadAgain { en: "Type the password again", cy: "Teipiwch y cyfrinair eto" }
    PackDownloadButton { en: "Download protected PDF", cy: "Lawrlwytho PDF wedi'i ddiogelu" }
    PdfPasswordShort { en: "Use a password of 12 characters or more.", cy: "Defnyddiwch gyfrinair o 12 nod neu fwy." }
    PdfPasswordLong { en: "Use a password of 128 characters or fewer.", cy: "Defnyddiwch gyfrinair o 128 nod neu lai." }
    PdfPasswordCharacters { en: "Use letters, numbers, spaces and punctuation in the password (no emoji or special spaces).", cy: "Defnyddiwch lythrennau, rhifau, bylchau ac atalnodi yn y cyfrinair (dim emoji na bylchau arbennig)." }
    PdfPasswordDiffer { en: "The two passwords are not the same. Type them again.", cy: "Dydy'r ddau gyfrinair ddim yr un fath. Teipiwch nhw eto." }
    PdfMade { en: "Made on {date} at {time} (UK time) by {name}.", cy: "Crëwyd ar {date} am {time} (amser y DU) gan {name}." }
    PdfMarking { en: "OFFICIAL-SENSITIVE: personal information about a child. Do not forward.", cy: "SWYDDOGOL-SENSITIF: gwybodaeth bersonol am blentyn. Peidiwch â'i anfon ymlaen." }
    PdfPage { en: "Page {page} of {pages}", cy: "Tudalen {page} o {pages}" }
    PdfHouses { en: "The Three Houses: worries, good things, dreams.", cy: "Y Tri Thŷ: pryderon, pethau da, breuddwydion." }
    AuditPackDownloaded { en: "A pack was downloaded as a protected PDF", cy: "Lawrlwythwyd pecyn fel PDF wedi'i ddiogelu" }
    PackCovering { en: "You are covering for this child's IRO: opening this pack does not tell anyone their words were read.", cy: "Rydych chi'n cyflenwi ar gyfer IRO y plentyn hwn: nid yw agor y pecyn hwn yn dweud wrth neb fod eu geiriau wedi'u darllen." }
    PackNobodyInvited { en: "Nobody has been asked for their views yet.", cy: "Does neb wedi cael cais am eu barn eto." }
    PackAdvocacyHeading { en: "Requests for an advocate", cy: "Ceisiadau am eiriolwr" }
    PackAddedLater { en: "Added after sending", cy: "Ychwanegwyd ar ôl anfon" }
    PackTitle { en: "Pre-review pack", cy: "Pecyn cyn yr adolygiad" }
    PackOpen { en: "Open the pre-review pack", cy: "Agor y pecyn cyn yr adolygiad" }
    PackFor { en: "{name}'s review: {when}. Reports are due by {deadline}.", cy: "Adolygiad {name}: {when}. Mae'r adroddiadau i fod erbyn {deadline}." }
    PackAlertsHeading { en: "Urgent: {name} said they do not feel safe", cy: "Brys: dywedodd {name} nad ydyn nhw'n teimlo'n ddiogel" }
    PackAlertLine { en: "{date} at {time}", cy: "{date} am {time}" }
    PackAlertDealt { en: "{name} is dealing with this (since {date})", cy: "Mae {name} yn delio â hyn (ers {date})" }
    PackAlertOpen { en: "nobody has said they are dealing with this yet", cy: "does neb wedi dweud eu bod yn delio â hyn eto" }
    PackWishesHeading { en: "What {name} wants from the meeting", cy: "Beth mae {name} eisiau o'r cyfarfod" }
    PackNoWishes { en: "They have not said anything about the meeting yet.", cy: "Dydyn nhw ddim wedi dweud dim am y cyfarfod eto." }
    PackWaitingHeading { en: "Not replied yet", cy: "Heb ateb eto" }
    PackEveryoneReplied { en: "Everyone invited has sent their views.", cy: "Mae pawb a wahoddwyd wedi anfon eu barn." }
    PackReminded { en: "reminded", cy: "atgoffwyd" }
    PackChildHeading { en: "{name}'s own words", cy: "Geiriau {name} ei hun" }
    PackNotStarted { en: "{name} has not sent their views yet.", cy: "Dydy {name} ddim wedi anfon eu barn eto." }
    PackPrivateTag { en: "Just for the IRO", cy: "I'r IRO yn unig" }
    PackSentOn { en: "Sent on {date}", cy: "Anfonwyd ar {date}" }
    PackMessagesHeading { en: "Messages from {name}", cy: "Negeseuon gan {name}" }
    PackMessageAbout { en: "About:", cy: "Am:" }
    PackAdultsHeading { en: "Parents and carers", cy: "Rhieni a gofalwyr" }
    PackNoAdults { en: "No parent or carer has given their views yet.", cy: "Does dim rhiant na gofalwr wedi rhoi eu barn eto." }
    PackAdvocacy { en: "Asked for an advocate: reference {reference} ({status})", cy: "Wedi gofyn am eiriolwr: cyfeirnod {reference} ({status})" }
    AdvocacyRequested { en: "requested", cy: "gofynnwyd" }
    AdvocacyContacted { en: "contacted", cy: "cysylltwyd" }
    AdvocacyClosed { en: "closed", cy: "wedi cau" }
    AuditAlertAcknowledged { en: "An IRO is dealing with an alert", cy: "Mae IRO yn delio â rhybudd" }
    AuditAlertRaised { en: "A child said they do not feel safe", cy: "Dywedodd plentyn nad yw'n teimlo'n ddiogel" }
    AuditAuditViewed { en: "The audit trail was read", cy: "Darllenwyd y trywydd archwilio" }
    AuditChildAdded { en: "A child was added", cy: "Ychwanegwyd plentyn" }
    AuditChildUpdated { en: "A child's details were changed", cy: "Newidiwyd manylion plentyn" }
    AuditSharingChanged { en: "A child changed who may see an answer", cy: "Newidiodd plentyn pwy gaiff weld ateb" }
    AuditSubmitted { en: "Views were sent", cy: "Anfonwyd barn" }
    AuditCoverEnded { en: "Cover ended", cy: "Daeth cyflenwi i ben" }
    AuditCoverGranted { en: "Cover granted", cy: "Rhoddwyd caniatâd i gyflenwi" }
    AuditInvitationAdded { en: "Someone was invited", cy: "Gwahoddwyd rhywun" }
    AuditInvitationEntered { en: "An invitee came in with their link or code", cy: "Daeth rhywun a wahoddwyd i mewn gyda'u dolen neu god" }
    AuditInvitationLetter { en: "A letter was made", cy: "Crëwyd llythyr" }
    AuditLetterViewed { en: "A letter was viewed", cy: "Edrychwyd ar lythyr" }
    AuditInvitationPosted { en: "A letter was posted", cy: "Postiwyd llythyr" }
    AuditInvitationResent { en: "A new link or code was sent", cy: "Anfonwyd dolen neu god newydd" }
    AuditInvitationRevoked { en: "An invitation was revoked", cy: "Tynnwyd gwahoddiad yn ôl" }
    AuditInvitationSent { en: "An invitation was emailed", cy: "E-bostiwyd gwahoddiad" }
    AuditMessageRetried { en: "Staff asked Heard to try sending an undelivered message again", cy: "Gofynnodd staff i Clywed geisio anfon neges heb ei throsglwyddo eto" }
    AuditMessageRead { en: "An IRO read a child's message", cy: "Darllenodd IRO neges plentyn" }
    AuditMessageSent { en: "A child sent a message", cy: "Anfonodd plentyn neges" }
    AuditPackViewed { en: "A pre-review pack was opened", cy: "Agorwyd pecyn cyn adolygiad" }
    AuditPlacementMoved { en: "A change of placement was recorded", cy: "Cofnodwyd newid lleoliad" }
    AuditReviewBooked { en: "A review was booked", cy: "Trefnwyd adolygiad" }
    AuditReviewCancelled { en: "A review was cancelled", cy: "Canslwyd adolygiad" }
    AuditReviewConfirmed { en: "An IRO confirmed a meeting", cy: "Cadarnhaodd IRO gyfarfod" }
    AuditReviewHeld { en: "A review was marked held", cy: "Nodwyd bod adolygiad wedi'i gynnal" }
    AuditReviewRecorded { en: "An earlier review was recorded", cy: "Cofnodwyd adolygiad cynharach" }
    AuditReviewUpdated { en: "A booking was changed", cy: "Newidiwyd trefniant" }
    AuditSecretLocked { en: "A secret locked after wrong tries", cy: "Cloodd cyfrinach ar ôl cynigion anghywir" }
    AuditSecretReset { en: "An IRO reset a secret", cy: "Ailosododd IRO gyfrinach" }
    AuditSettingsUpdated { en: "Council settings were changed", cy: "Newidiwyd gosodiadau'r cyngor" }
    AuditStaffAdded { en: "A member of staff was added", cy: "Ychwanegwyd aelod o staff" }
    AuditStaffDisabled { en: "A member of staff was switched off", cy: "Diffoddwyd aelod o staff" }
    AuditStaffEnabled { en: "A member of staff was switched back on", cy: "Trowyd aelod o staff yn ôl ymlaen" }
    AuditPasswordChanged { en: "A password was changed", cy: "Newidiwyd cyfrinair" }
    AuditSignIn { en: "Signed in", cy: "Mewngofnodi" }
    AuditTitle { en: "Audit trail", cy: "Trywydd archwilio" }
    AuditIntro { en: "Every staff view of a child's, parent's or carer's words, every pack opened, every secret reset and every change of who may see what. Nothing here can be changed or removed.", cy: "Pob tro y gwelodd aelod o staff eiriau plentyn, rhiant neu ofalwr, pob pecyn a agorwyd, pob cyfrinach a ailosodwyd a phob newid i bwy gaiff weld beth. All dim byd yma gael ei newid na'i ddileu." }
    AuditWhat { en: "What happened", cy: "Beth ddigwyddodd" }
    AuditEverything { en: "Everything", cy: "Popeth" }
    AuditFrom { en: "From", cy: "O" }
    AuditTo { en: "To", cy: "Hyd at" }
    AuditShow { en: "Show", cy: "Dangos" }
    AuditWhen { en: "When", cy: "Pryd" }
    AuditWho { en: "Who", cy: "Pwy" }
    AuditAbout { en: "About", cy: "Am" }
    AuditFromWhere { en: "From where", cy: "O ble" }
    AuditInvitee { en: "A child, parent or carer", cy: "Plentyn, rhiant neu ofalwr" }
    AuditNone { en: "Nothing matches.", cy: "Does dim yn cyfateb." }
    AuditTruncated { en: "Showing the newest 500. Choose fewer days to see the rest.", cy: "Yn dangos y 500 diweddaraf. Dewiswch lai o ddyddiau i weld y gweddill." }
    CoverTitle { en: "IRO cover", cy: "Cyflenwi IRO" }
    CoverIntro { en: "Let another IRO open a child's pre-review packs while their own IRO is away. Every grant is recorded in the audit trail.", cy: "Gadael i IRO arall agor pecynnau cyn adolygiad plentyn tra bo'i IRO ei hun i ffwrdd. Cofnodir pob caniatâd yn y trywydd archwilio." }
    CoverCurrent { en: "Cover in place", cy: "Cyflenwi sydd ar waith" }
    CoverNone { en: "No cover in place.", cy: "Does dim cyflenwi ar waith." }
    CoverLine { en: "{iro} covers {child} until {date}", cy: "Mae {iro} yn cyflenwi ar gyfer {child} tan {date}" }
    CoverEnd { en: "End this cover", cy: "Dod â'r cyflenwi hwn i ben" }
    CoverGrant { en: "Grant cover", cy: "Rhoi caniatâd i gyflenwi" }
    CoverChild { en: "Child", cy: "Plentyn" }
    CoverIro { en: "Covering IRO", cy: "IRO sy'n cyflenwi" }
    CoverUntil { en: "Until (the last day of cover)", cy: "Tan (diwrnod olaf y cyflenwi)" }
    CoverChoose { en: "Choose…", cy: "Dewiswch…" }
    CoverGranted { en: "Cover granted. It is recorded in the audit trail.", cy: "Rhoddwyd caniatâd i gyflenwi. Mae wedi'i gofnodi yn y trywydd archwilio." }
    CoverEnded { en: "Cover ended.", cy: "Daeth y cyflenwi i ben." }
    ErrCoverChoose { en: "Choose a child and an IRO of this council.", cy: "Dewiswch blentyn ac IRO o'r cyngor hwn." }
    ErrCoverUntil { en: "Give the last day of cover: from today, up to a year ahead.", cy: "Rhowch ddiwrnod olaf y cyflenwi: o heddiw, hyd at flwyddyn ymlaen." }
    IroAdvocacyParent { en: "a parent asked", cy: "gofynnodd rhiant" }
    IroAdvocacyLine { en: "reference {reference}, asked on {date}", cy: "cyfeirnod {reference}, gofynnwyd ar {date}" }
    CreditsIntro { en: "Heard is built with open source software.", cy: "Mae Clywed wedi'i adeiladu gyda meddalwedd cod agored." }

    ConsultTooLong { en: "That is very long. Please keep it under {limit} letters, or add more after sending.", cy: "Mae hynny'n hir iawn. Cadwa fe dan {limit} llythyren, neu ychwanega fwy ar ôl anfon." }
    ConsultNotAChoice { en: "Please choose one of the answers shown.", cy: "Dewisa un o'r atebion sydd i'w gweld, os gweli di'n dda." }
    ConsultAlreadySent { en: "You have already sent this. You can add more below.", cy: "Rwyt ti wedi anfon hwn yn barod. Gelli di ychwanegu mwy isod." }
    SecretPickThree { en: "Pick exactly 3 pictures.", cy: "Dewisa 3 llun yn union." }
    SecretPhraseShort { en: "Your secret phrase needs 8 letters or more.", cy: "Mae angen 8 llythyren neu fwy yn dy ymadrodd cyfrinachol." }
    SecretPhraseLong { en: "Your secret phrase is too long. Use fewer than 200 letters.", cy: "Mae dy ymadrodd cyfrinachol yn rhy hir. Defnyddia lai na 200 llythyren." }
    SecretPhraseDiffer { en: "The two phrases are not the same. Type it again.", cy: "Dydy'r ddau ymadrodd ddim yr un fath. Teipia fe eto." }
    SecretPhraseLabel { en: "Secret phrase", cy: "Ymadrodd cyfrinachol" }
    SecretPhraseAgain { en: "Type it again", cy: "Teipia fe eto" }
    SecretPicturesLegend { en: "Pick 3 pictures", cy: "Dewisa 3 llun" }
    SecretUsePictures { en: "Save my pictures", cy: "Cadw fy lluniau" }
    SecretUsePhrase { en: "Save my phrase", cy: "Cadw fy ymadrodd" }
    UnlockWrong { en: "That was not right. Try again.", cy: "Doedd hynny ddim yn iawn. Rho gynnig arall arni." }
    UnlockLocked { en: "Your secret is locked. Ask your carer or your IRO to help.", cy: "Mae dy gyfrinach wedi'i chloi. Gofynna i dy ofalwr neu dy IRO am help." }
    UnlockGo { en: "Let me in", cy: "Gad fi i mewn" }
    AdvocacyAsked { en: "We will ask an advocate to contact you.", cy: "Byddwn ni'n gofyn i eiriolwr gysylltu â ti." }
    AdvocacyFrom { en: "Advocates near you are from {provider}.", cy: "Mae eiriolwyr yn dy ardal di yn dod o {provider}." }
    AdvocacyReference { en: "Your request number is {reference}.", cy: "Rhif dy gais yw {reference}." }
    CheckSaved { en: "Your choices are saved.", cy: "Mae dy ddewisiadau wedi'u cadw." }
    CheckSaveChoices { en: "Save these choices", cy: "Cadw'r dewisiadau hyn" }
    CheckNothing { en: "You have not written anything here yet. That is fine.", cy: "Dwyt ti ddim wedi ysgrifennu dim byd yma eto. Mae hynny'n iawn." }
    AddMoreLabel { en: "Add something more", cy: "Ychwanega rywbeth arall" }
    AddMoreSend { en: "Add this", cy: "Ychwanegu hwn" }
    AddMoreClosed { en: "It is too late to add more before this meeting. You can tell your IRO at the meeting.", cy: "Mae'n rhy hwyr i ychwanegu mwy cyn y cyfarfod hwn. Gelli di ddweud wrth dy IRO yn y cyfarfod." }
    AddMoreEmpty { en: "Write something to add, or leave it.", cy: "Ysgrifenna rywbeth i'w ychwanegu, neu gad e." }
    AddMoreSaved { en: "We have added it. Your IRO will see it.", cy: "Rydyn ni wedi'i ychwanegu. Bydd dy IRO yn ei weld." }
    AddedOn { en: "Added on {date}", cy: "Ychwanegwyd ar {date}" }
    DoneMeeting { en: "Your meeting is on {date}.", cy: "Mae dy gyfarfod ar {date}." }
    DoneAddUntil { en: "You can add more until {date}.", cy: "Gelli di ychwanegu mwy tan {date}." }
    DoneWhatYouSaid { en: "What you said", cy: "Beth ddywedaist ti" }
    FormLaterTitle { en: "Saved for later", cy: "Wedi'i gadw tan wedyn" }
    FormLaterSaved { en: "Everything you said is saved.", cy: "Mae popeth ddywedaist ti wedi'i gadw." }
    FormLaterReturn { en: "Use your link or code to come back. Then use your secret.", cy: "Defnyddia dy ddolen neu dy god i ddod yn ôl. Wedyn defnyddia dy gyfrinach." }
    FormCarryOn { en: "Carry on", cy: "Dal ati" }
    FormStart { en: "Start", cy: "Dechrau" }
    FormSeeWhatISaid { en: "See what I said", cy: "Gweld beth ddywedais i" }
    FormProgress { en: "Your progress", cy: "Dy gynnydd" }
    FormPart { en: "Part {n} of {total}", cy: "Rhan {n} o {total}" }
    FormDone { en: "done", cy: "wedi gorffen" }
    FormHere { en: "you are here", cy: "rwyt ti yma" }
    FormYourAnswer { en: "Your answer", cy: "Dy ateb" }
    FormNotSafeHelp { en: "If you don't feel safe, press this button.", cy: "Os nad wyt ti'n teimlo'n ddiogel, pwysa'r botwm hwn." }
    FormTalkToAdvocate { en: "Talk to an advocate", cy: "Siarad ag eiriolwr" }
    FormRetrying { en: "Not saved yet. Your answers are kept on this device. Trying again…", cy: "Heb ei gadw eto. Mae dy atebion yn cael eu cadw ar y ddyfais hon. Yn trio eto…" }
    AdultFormRetrying { en: "Not saved yet. Your answers are kept on this device. Trying again…", cy: "Heb ei gadw eto. Mae eich atebion yn cael eu cadw ar y ddyfais hon. Yn trio eto…" }
    FormSignedOut { en: "Your answers are kept on this device. Open your link or code again to save them.", cy: "Mae dy atebion yn cael eu cadw ar y ddyfais hon. Agor dy ddolen neu dy god eto i'w cadw." }
    AdultFormSignedOut { en: "Your answers are kept on this device. Open your link or code again to save them.", cy: "Mae eich atebion yn cael eu cadw ar y ddyfais hon. Agorwch eich dolen neu eich cod eto i'w cadw." }
    FormSaving { en: "Saving…", cy: "Yn cadw…" }
    FormSaved { en: "Saved", cy: "Wedi'i gadw" }
    FormOffline { en: "No connection. Your answers are kept on this device. They will be saved when you are back online.", cy: "Dim cysylltiad. Mae dy atebion yn cael eu cadw ar y ddyfais hon. Byddan nhw'n cael eu cadw pan fyddi di ar-lein eto." }
    SafeDutyNumber { en: "The duty team: {name}, {phone}", cy: "Y tîm ar ddyletswydd: {name}, {phone}" }
    SafeNotSignedIn { en: "If you are not safe, call 999 or talk to someone below.", cy: "Os nad wyt ti'n ddiogel, ffonia 999 neu siarada â rhywun isod." }
    ChildSecretTitle { en: "Make your secret", cy: "Gwna dy gyfrinach" }
    ChildUnlockTitle { en: "Welcome back", cy: "Croeso'n ôl" }
    ChildWelcomeTitle { en: "Welcome", cy: "Croeso" }
    ChildAboutTitle { en: "What is this?", cy: "Beth yw hwn?" }
    ChildAdvocacyTitle { en: "Would you like an advocate?", cy: "Hoffet ti gael eiriolwr?" }
    ChildCheckTitle { en: "Check what you said", cy: "Gwirio beth ddywedaist ti" }
    ChildDoneTitle { en: "Thank you for telling us", cy: "Diolch am ddweud wrthon ni" }
    ChildSafeTitle { en: "You said you don't feel safe", cy: "Dywedaist ti nad wyt ti'n teimlo'n ddiogel" }
    ChildFormTitle { en: "Your views", cy: "Dy farn di" }
    Listen { en: "Listen", cy: "Gwrando" }
    SharingPrivateTag { en: "Just for your IRO", cy: "I dy IRO yn unig" }
    SharingShareTag { en: "Can be talked about", cy: "Gellir siarad amdano" }
    IroAlertsTitle { en: "Urgent: a child said they don't feel safe", cy: "Brys: dywedodd plentyn nad yw'n teimlo'n ddiogel" }
    IroAlertRaised { en: "Raised {when}", cy: "Codwyd {when}" }
    IroAcknowledge { en: "I am dealing with this", cy: "Rydw i'n delio â hyn" }
    IroAcknowledged { en: "Marked as being dealt with.", cy: "Wedi'i farcio fel un sy'n cael sylw." }
    ResetSecret { en: "Reset their secret", cy: "Ailosod eu cyfrinach" }
    SecretWasReset { en: "Their secret was cleared. They will make a new one next time.", cy: "Cafodd eu cyfrinach ei chlirio. Byddan nhw'n gwneud un newydd y tro nesaf." }
    SecretLockedTag { en: "secret locked", cy: "cyfrinach wedi'i chloi" }
    MailAlertSubject { en: "Heard: urgent alert for a child you review", cy: "Clywed: rhybudd brys am blentyn rydych chi'n ei adolygu" }
    MailAlertBody { en: "A child has said they do not feel safe. Open Heard now to see who and act:", cy: "Mae plentyn wedi dweud nad yw'n teimlo'n ddiogel. Agorwch Clywed nawr i weld pwy a gweithredu:" }
    MailDutyAlertBody { en: "A child has said they do not feel safe. Their IRO has been told. Please contact the review team now:", cy: "Mae plentyn wedi dweud nad yw'n teimlo'n ddiogel. Mae eu IRO wedi cael gwybod. Cysylltwch â'r tîm adolygu nawr:" }
    MailAdvocacySubject { en: "Heard: a request for an advocate", cy: "Clywed: cais am eiriolwr" }
    MailParentAdvocacyBody { en: "A parent of a child in care has asked for an advocate for themselves. Please contact the review team and quote reference {reference}:", cy: "Mae rhiant plentyn mewn gofal wedi gofyn am eiriolwr iddyn nhw eu hunain. Cysylltwch â'r tîm adolygu gan ddyfynnu cyfeirnod {reference}:" }
    MailAdvocacyBody { en: "A child or young person has asked for an advocate. Please contact the review team and quote reference {reference}:", cy: "Mae plentyn neu berson ifanc wedi gofyn am eiriolwr. Cysylltwch â'r tîm adolygu gan ddyfynnu cyfeirnod {reference}:" }
    MailMessageSubject { en: "Heard: a message from a child you review", cy: "Clywed: neges gan blentyn rydych chi'n ei adolygu" }
    MailMessageBody { en: "A child has sent you a message. Open Heard to read it:", cy: "Mae plentyn wedi anfon neges atoch chi. Agorwch Clywed i'w darllen:" }
    MessagePickKind { en: "Choose what your message is about.", cy: "Dewisa am beth mae dy neges." }
    MessageSent { en: "Your message has gone to your IRO.", cy: "Mae dy neges wedi mynd at dy IRO." }
    MessageSentOn { en: "Sent on {date}", cy: "Anfonwyd ar {date}" }
    MessageNotReadYet { en: "Not read yet", cy: "Heb ei darllen eto" }
    MessagesSentHeading { en: "Messages you sent", cy: "Negeseuon anfonaist ti" }
    TellMyIro { en: "Tell my IRO", cy: "Dweud wrth fy IRO" }
    IroMessagesTitle { en: "Messages from children", cy: "Negeseuon gan blant" }
    IroMessageOpen { en: "Read the message", cy: "Darllen y neges" }
    IroMessageTitle { en: "Message from a child", cy: "Neges gan blentyn" }
    IroMessageFrom { en: "From {name}, sent on {date}.", cy: "Gan {name}, anfonwyd ar {date}." }
    IroMessageAbout { en: "About", cy: "Am" }
    IroMessageWords { en: "Their words", cy: "Eu geiriau" }
    IroMessageNoWords { en: "They chose not to write anything.", cy: "Wnaethon nhw ddewis peidio ag ysgrifennu dim." }
    MailStaffFooter { en: "This message holds no personal details. Sign in to Heard to see them.", cy: "Does dim manylion personol yn y neges hon. Mewngofnodwch i Clywed i'w gweld." }
}

/// A message in the language it is shown in (its dates written out in that language too).
impl crate::model::Msg {
    pub fn text(&self, lang: Lang) -> String {
        let dates: Vec<(String, String)> = self.dates.iter().map(|(n, d)| (n.clone(), long_date(*d, lang))).collect();
        let args: Vec<(&str, &str)> = self.args.iter().chain(dates.iter()).map(|(n, v)| (n.as_str(), v.as_str())).collect();
        self.key.fill(lang, &args)
    }
}

#[cfg(test)]
mod tests {
    /// Words on child screens keep to easy-read: every sentence 15 words or fewer, in both
    /// languages (the form files are checked the same way by their own test).
    #[test]
    fn child_screen_sentences_are_short() {
        let sources = [include_str!("pages/consult.rs"), include_str!("components/child.rs"), include_str!("pages/entry.rs")].concat();
        let mut long = Vec::new();
        for key in T::ALL {
            if !sources.contains(&format!("T::{key:?}.")) {
                continue;
            }
            for lang in Lang::ALL {
                for sentence in key.get(lang).split(['.', '!', '?']) {
                    let words = sentence.split_whitespace().count();
                    if words > 15 {
                        long.push(format!("{key:?} ({}): {words} words: {sentence}", lang.code()));
                    }
                }
            }
        }
        assert!(long.is_empty(), "too long for a child screen:\n{}", long.join("\n"));
    }

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

    /// Parents' and carers' words fill the same gaps as the child's and speak to them as "chi".
    #[test]
    fn adult_words_keep_their_placeholders_and_say_chi() {
        let informal = ["ti", "di", "dy", "dyweda", "galli", "wyt", "rwyt", "defnyddia", "teipia", "gad", "ychwanega", "dewisa"];
        let mut changed = 0;
        for key in T::ALL {
            let adult = key.for_adults(true);
            assert_eq!(key.for_adults(false), *key);
            if adult == *key {
                continue;
            }
            changed += 1;
            assert_eq!(placeholders(key.get(Lang::En)), placeholders(adult.get(Lang::En)), "{key:?}");
            assert_eq!(placeholders(key.get(Lang::Cy)), placeholders(adult.get(Lang::Cy)), "{key:?}");
            let words: Vec<String> =
                adult.get(Lang::Cy).split(|c: char| !c.is_alphanumeric() && c != '\'').map(str::to_lowercase).collect();
            for word in informal {
                assert!(!words.iter().any(|w| w == word), "{adult:?} says {word:?} to an adult: {}", adult.get(Lang::Cy));
            }
        }
        assert!(changed >= 20, "only {changed} adult variants");
    }

    /// A child is spoken to as "ti" throughout: the words that have an adult variant, and the
    /// help panel on every child screen; and one spelling of "you can" ("gelli", as the screens).
    #[test]
    fn children_hear_ti_and_one_spelling() {
        let formal = ["chi", "gallwch", "ffoniwch", "tecstiwch", "eich", "ydych", "rydych", "dewiswch", "galli"];
        let help = [T::HelpNowIntro, T::HelpDanger, T::HelpMeic, T::HelpMeicWeb, T::HelpChildline];
        let childs = T::ALL.iter().filter(|k| k.for_adults(true) != **k).chain(help.iter());
        for key in childs {
            let words: Vec<String> = key.get(Lang::Cy).split(|c: char| !c.is_alphanumeric() && c != '\'').map(str::to_lowercase).collect();
            for word in formal {
                assert!(!words.iter().any(|w| w == word), "{key:?} says {word:?} to a child: {}", key.get(Lang::Cy));
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
    fn dates_read_naturally_in_both_languages() {
        use time::macros::date;
        assert_eq!(long_date(date!(2027 - 01 - 04), Lang::En), "Monday 4 January 2027");
        assert_eq!(long_date(date!(2027 - 01 - 04), Lang::Cy), "dydd Llun 4 Ionawr 2027");
        assert_eq!(long_date(date!(2026 - 11 - 29), Lang::Cy), "dydd Sul 29 Tachwedd 2026");
        assert_eq!(short_date(date!(2026 - 02 - 28), Lang::En), "28 Feb 2026");
        assert_eq!(short_date(date!(2026 - 12 - 01), Lang::Cy), "1 Rhag 2026");
    }

    #[test]
    fn language_codes_parse() {
        assert_eq!(Lang::parse("cy-GB"), Some(Lang::Cy));
        assert_eq!(Lang::parse("EN"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::parse(""), None);
    }
}
