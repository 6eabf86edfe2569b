//! Booking a review and inviting people to it: the rules for what staff type, checked before anything is stored.

use crate::domain::children::parse_form_date;
use crate::domain::schedule::{check_booking, DelayProblem};
use crate::domain::staff::EmailAddress;
use crate::domain::text::{clean_line, clean_multiline};
use crate::model::{FieldError, Msg};
use crate::model::{Lang, T};
use serde::{Deserialize, Serialize};
use time::{Date, Time};

/// Declares a closed set of stored codes: `as_str` for the database, `parse` back, `label` for people.
macro_rules! coded {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $code:literal => $label:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn parse(value: &str) -> Option<$name> {
                match value.trim() { $($code => Some($name::$variant),)+ _ => None }
            }

            pub fn label(self) -> T {
                match self { $($name::$variant => T::$label),+ }
            }
        }
    };
}
pub(crate) use coded;

coded! {
    /// How the meeting happens.
    Arrangement {
        InPerson = "in_person" => ArrangementInPerson,
        Video = "video" => ArrangementVideo,
        Phone = "phone" => ArrangementPhone,
        Hybrid = "hybrid" => ArrangementHybrid,
    }
}

coded! {
    /// Whose views an invitation asks for; "other" people are invited to the meeting only.
    Audience {
        Child = "child" => AudienceChild,
        Parent = "parent" => AudienceParent,
        Carer = "carer" => AudienceCarer,
        Other = "other" => AudienceOther,
    }
}

coded! {
    Delivery {
        Email = "email" => DeliveryEmail,
        Post = "post" => DeliveryPost,
    }
}

coded! {
    /// How far an invitee has got. Only ever moves forward.
    InvitationStatus {
        NotSent = "not_sent" => InvitationNotSent,
        Sent = "sent" => InvitationSent,
        Opened = "opened" => InvitationOpened,
        InProgress = "in_progress" => InvitationInProgress,
        Submitted = "submitted" => InvitationSubmitted,
    }
}

coded! {
    /// A review's stored status; "due soon" and "overdue" follow from dates (see `schedule::review_state`).
    ReviewStatus {
        Booked = "booked" => StateScheduled,
        Held = "held" => StateHeld,
        Cancelled = "cancelled" => StateCancelled,
    }
}

/// A booking as typed into the form.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BookingInput {
    pub meeting_on: String,
    pub meeting_at: String,
    pub arrangement: String,
    pub arrangement_details: String,
    pub delay_reason: String,
    /// The weekend or bank-holiday date the person confirmed (some children want a Saturday
    /// review): such a day is asked about, never refused. Naming the date means a meeting moved
    /// to another such day is asked about again.
    pub non_working_day: String,
}

impl BookingInput {
    pub fn values(&self) -> Vec<(String, String)> {
        [
            ("meeting_on", &self.meeting_on),
            ("meeting_at", &self.meeting_at),
            ("arrangement", &self.arrangement),
            ("arrangement_details", &self.arrangement_details),
            ("delay_reason", &self.delay_reason),
            ("non_working_day", &self.non_working_day),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
    }
}

/// A booking, checked against the due date.
#[derive(Clone, Debug, PartialEq)]
pub struct Booking {
    pub meeting_on: Date,
    pub meeting_at: Time,
    pub arrangement: Arrangement,
    pub arrangement_details: String,
    /// Empty unless the meeting is after the due date.
    pub delay_reason: String,
}

pub const MAX_DETAILS: usize = 1000;

/// Reads a time as `<input type="time">` sends it (HH:MM, 24-hour; seconds tolerated).
pub fn parse_form_time(text: &str) -> Option<Time> {
    let mut parts = text.trim().split(':');
    let hour: u8 = parts.next()?.parse().ok()?;
    let minute: u8 = parts.next()?.parse().ok()?;
    let second: u8 = match parts.next() {
        Some(s) => s.parse().ok()?,
        None => 0,
    };
    if parts.next().is_some() {
        return None;
    }
    Time::from_hms(hour, minute, second).ok()
}

pub fn format_form_time(time: Time) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

impl Booking {
    /// Checks a booking. `earliest` is the first date that may be chosen (today for a new booking).
    pub fn parse(input: &BookingInput, due: Date, earliest: Date) -> Result<Booking, Vec<FieldError>> {
        let mut errors: Vec<FieldError> = Vec::new();
        let mut fail = |field: &str, msg: Msg| errors.push(FieldError { field: field.to_string(), msg });
        let too_long = Msg::new(T::ErrTextTooLong).with("max", MAX_DETAILS.to_string());

        let delay_reason = clean_multiline(&input.delay_reason);
        let meeting_on = parse_form_date(&input.meeting_on);
        match meeting_on {
            None => fail("meeting_on", Msg::new(T::ErrDateInvalid)),
            Some(day) if day < earliest => fail("meeting_on", Msg::new(T::ErrMeetingPast)),
            Some(day) => {
                match check_booking(due, day, &delay_reason) {
                    Ok(()) => {}
                    Err(DelayProblem::TooLate { latest }) => fail("meeting_on", Msg::new(T::ErrDelayTooLong).with_date("latest", latest)),
                    Err(DelayProblem::ReasonRequired) => fail("delay_reason", Msg::new(T::ErrDelayReason)),
                }
                if !crate::domain::calendar::is_working_day(day) && parse_form_date(&input.non_working_day) != Some(day) {
                    let key = if crate::domain::calendar::is_bank_holiday(day) { T::ErrMeetingBankHoliday } else { T::ErrMeetingWeekend };
                    fail("non_working_day", Msg::new(key).with_date("date", day));
                }
            }
        }
        if delay_reason.chars().count() > MAX_DETAILS {
            fail("delay_reason", too_long.clone());
        }
        let meeting_at = parse_form_time(&input.meeting_at);
        if meeting_at.is_none() {
            fail("meeting_at", Msg::new(T::ErrTimeInvalid));
        }
        let arrangement = Arrangement::parse(&input.arrangement);
        if arrangement.is_none() {
            fail("arrangement", Msg::new(T::ErrArrangement));
        }
        let arrangement_details = clean_multiline(&input.arrangement_details);
        if arrangement_details.is_empty() {
            fail("arrangement_details", Msg::new(T::ErrArrangementDetails));
        } else if arrangement_details.chars().count() > MAX_DETAILS {
            fail("arrangement_details", too_long);
        }
        // Only a late meeting carries a reason; an early one keeps none by mistake.
        let late = meeting_on.is_some_and(|day| day > due);
        match (meeting_on, meeting_at, arrangement) {
            (Some(meeting_on), Some(meeting_at), Some(arrangement)) if errors.is_empty() => Ok(Booking {
                meeting_on,
                meeting_at,
                arrangement,
                arrangement_details,
                delay_reason: if late { delay_reason } else { String::new() },
            }),
            _ => Err(errors),
        }
    }
}

/// One person to invite, as typed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct InviteeInput {
    pub audience: String,
    pub first_name: String,
    pub language: String,
    pub delivery: String,
    pub email: String,
    pub postal_address: String,
}

impl InviteeInput {
    pub fn values(&self) -> Vec<(String, String)> {
        [
            ("audience", &self.audience),
            ("first_name", &self.first_name),
            ("language", &self.language),
            ("delivery", &self.delivery),
            ("email", &self.email),
            ("postal_address", &self.postal_address),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Invitee {
    pub audience: Audience,
    pub first_name: String,
    pub language: Lang,
    pub delivery: Delivery,
    /// Empty unless delivered by email.
    pub email: String,
    /// Optional for post (a carer may hand the letter over); never kept for email.
    pub postal_address: String,
}

impl Invitee {
    pub const MAX_FIRST_NAME: usize = 60;
    pub const MAX_ADDRESS: usize = 400;

    pub fn parse(input: &InviteeInput, post_enabled: bool) -> Result<Invitee, Vec<FieldError>> {
        let mut errors: Vec<FieldError> = Vec::new();
        let mut fail = |field: &str, msg: Msg| errors.push(FieldError { field: field.to_string(), msg });
        let audience = Audience::parse(&input.audience);
        if audience.is_none() {
            fail("audience", Msg::new(T::ErrAudience));
        }
        let first_name = clean_line(&input.first_name);
        if first_name.is_empty() {
            fail("first_name", Msg::new(T::ErrNameRequired));
        } else if first_name.chars().count() > Self::MAX_FIRST_NAME {
            fail("first_name", Msg::new(T::ErrTextTooLong).with("max", Self::MAX_FIRST_NAME.to_string()));
        }
        let language = Lang::parse(&input.language);
        if language.is_none() {
            fail("language", Msg::new(T::ErrLanguage));
        }
        let delivery = Delivery::parse(&input.delivery);
        let mut email = String::new();
        let mut postal_address = String::new();
        match delivery {
            None => fail("delivery", Msg::new(T::ErrDelivery)),
            Some(Delivery::Email) => match EmailAddress::parse(&input.email) {
                Ok(address) => email = address.as_str().to_string(),
                Err(key) => fail("email", Msg::new(key)),
            },
            Some(Delivery::Post) if !post_enabled => fail("delivery", Msg::new(T::ErrPostDisabled)),
            Some(Delivery::Post) => {
                postal_address = clean_multiline(&input.postal_address);
                if postal_address.chars().count() > Self::MAX_ADDRESS {
                    fail("postal_address", Msg::new(T::ErrTextTooLong).with("max", Self::MAX_ADDRESS.to_string()));
                }
            }
        }
        match (audience, language, delivery) {
            (Some(audience), Some(language), Some(delivery)) if errors.is_empty() => {
                Ok(Invitee { audience, first_name, language, delivery, email, postal_address })
            }
            _ => Err(errors),
        }
    }
}

/// Letters and digits a child can read and type without confusing them: no 0/O, 1/I/L, 2/Z, 5/S, 8/B, U/V.
pub const CODE_ALPHABET: &[u8] = b"ACDEFGHJKMNPQRTWXY34679";
/// Ten characters from 23: about 45 bits. Enough with the attempt limits on the entry page.
pub const CODE_LENGTH: usize = 10;

/// Shows a code in two groups of five, e.g. `ACD7F-GH3KM`.
pub fn format_code(code: &str) -> String {
    let chars: Vec<char> = code.chars().collect();
    if chars.len() == CODE_LENGTH {
        let (a, b) = chars.split_at(CODE_LENGTH / 2);
        format!("{}-{}", a.iter().collect::<String>(), b.iter().collect::<String>())
    } else {
        code.to_string()
    }
}

/// Reads a code as someone typed it: any case, with spaces and dashes ignored. A character outside
/// the alphabet makes the code unreadable rather than guessed at.
pub fn normalise_code(typed: &str) -> Option<String> {
    let code: String =
        typed.chars().filter(|c| !c.is_whitespace() && *c != '-' && *c != '–' && *c != '.').map(|c| c.to_ascii_uppercase()).collect();
    let valid = code.chars().count() == CODE_LENGTH && code.bytes().all(|b| CODE_ALPHABET.contains(&b));
    valid.then_some(code)
}

/// Turns random bytes into a code from the alphabet, without bias (bytes that would favour the
/// first letters are skipped). Returns `None` if the bytes ran out first.
pub fn code_from_bytes(bytes: &[u8]) -> Option<String> {
    let n = CODE_ALPHABET.len();
    let limit = 256 - (256 % n);
    let code: String =
        bytes.iter().filter(|b| usize::from(**b) < limit).take(CODE_LENGTH).map(|b| CODE_ALPHABET[usize::from(*b) % n] as char).collect();
    (code.len() == CODE_LENGTH).then_some(code)
}

/// Authority settings as typed by an admin.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SettingsInput {
    pub advocacy_name: String,
    pub advocacy_email: String,
    pub advocacy_phone: String,
    /// Advocacy for parents; empty means the children's provider serves parents too.
    pub parent_advocacy_name: String,
    pub parent_advocacy_email: String,
    pub parent_advocacy_phone: String,
    pub duty_name: String,
    pub duty_email: String,
    pub duty_phone: String,
    pub review_team_phone: String,
    pub review_team_email: String,
    pub default_arrangements: String,
    /// "1" when post invitations are used.
    pub post_enabled: String,
    /// Counts below this are suppressed in report downloads (a whole number, 2 to 50).
    pub suppress_below: String,
}

impl SettingsInput {
    /// The advocacy provider offered to this audience: parents have their own when one is set.
    pub fn advocacy_for(&self, audience: Audience) -> (&str, &str, &str) {
        if audience == Audience::Parent && !self.parent_advocacy_name.is_empty() {
            (&self.parent_advocacy_name, &self.parent_advocacy_phone, &self.parent_advocacy_email)
        } else {
            (&self.advocacy_name, &self.advocacy_phone, &self.advocacy_email)
        }
    }

    pub fn values(&self) -> Vec<(String, String)> {
        [
            ("advocacy_name", &self.advocacy_name),
            ("advocacy_email", &self.advocacy_email),
            ("advocacy_phone", &self.advocacy_phone),
            ("parent_advocacy_name", &self.parent_advocacy_name),
            ("parent_advocacy_email", &self.parent_advocacy_email),
            ("parent_advocacy_phone", &self.parent_advocacy_phone),
            ("duty_name", &self.duty_name),
            ("duty_email", &self.duty_email),
            ("duty_phone", &self.duty_phone),
            ("review_team_phone", &self.review_team_phone),
            ("review_team_email", &self.review_team_email),
            ("default_arrangements", &self.default_arrangements),
            ("post_enabled", &self.post_enabled),
            ("suppress_below", &self.suppress_below),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
    }

    /// Checks every field; returns the cleaned settings (same shape, trusted).
    pub fn check(&self) -> Result<SettingsInput, Vec<FieldError>> {
        let mut errors: Vec<FieldError> = Vec::new();
        let mut out = SettingsInput::default();
        let line = |field: &str, value: &str, max: usize, errors: &mut Vec<FieldError>| {
            let cleaned = clean_line(value);
            if cleaned.chars().count() > max {
                errors.push(FieldError { field: field.into(), msg: Msg::new(T::ErrTextTooLong).with("max", max.to_string()) });
            }
            cleaned
        };
        out.advocacy_name = line("advocacy_name", &self.advocacy_name, 120, &mut errors);
        out.parent_advocacy_name = line("parent_advocacy_name", &self.parent_advocacy_name, 120, &mut errors);
        out.duty_name = line("duty_name", &self.duty_name, 120, &mut errors);
        for (field, value, slot) in [
            ("advocacy_phone", &self.advocacy_phone, &mut out.advocacy_phone),
            ("parent_advocacy_phone", &self.parent_advocacy_phone, &mut out.parent_advocacy_phone),
            ("duty_phone", &self.duty_phone, &mut out.duty_phone),
            ("review_team_phone", &self.review_team_phone, &mut out.review_team_phone),
        ] {
            let cleaned = clean_line(value);
            if !cleaned.is_empty() && !is_phone_number(&cleaned) {
                errors.push(FieldError { field: field.into(), msg: Msg::new(T::ErrPhoneInvalid) });
            }
            *slot = cleaned;
        }
        for (field, value, slot) in [
            ("advocacy_email", &self.advocacy_email, &mut out.advocacy_email),
            ("parent_advocacy_email", &self.parent_advocacy_email, &mut out.parent_advocacy_email),
            ("duty_email", &self.duty_email, &mut out.duty_email),
            ("review_team_email", &self.review_team_email, &mut out.review_team_email),
        ] {
            if value.trim().is_empty() {
                continue;
            }
            match EmailAddress::parse(value) {
                Ok(address) => *slot = address.as_str().to_string(),
                Err(key) => errors.push(FieldError { field: field.into(), msg: Msg::new(key) }),
            }
        }
        out.default_arrangements = clean_multiline(&self.default_arrangements);
        if out.default_arrangements.chars().count() > MAX_DETAILS {
            errors.push(FieldError {
                field: "default_arrangements".into(),
                msg: Msg::new(T::ErrTextTooLong).with("max", MAX_DETAILS.to_string()),
            });
        }
        // A parents' service without a referral address would take parents' requests nowhere.
        let parent_fields = [&out.parent_advocacy_name, &out.parent_advocacy_email, &out.parent_advocacy_phone];
        if parent_fields.iter().any(|f| !f.is_empty()) {
            if out.parent_advocacy_name.is_empty() {
                errors.push(FieldError { field: "parent_advocacy_name".into(), msg: Msg::new(T::ErrParentAdvocacyName) });
            }
            if out.parent_advocacy_email.is_empty() && !errors.iter().any(|e| e.field == "parent_advocacy_email") {
                errors.push(FieldError { field: "parent_advocacy_email".into(), msg: Msg::new(T::ErrParentAdvocacyEmail) });
            }
        }
        out.post_enabled = if self.post_enabled.trim() == "1" { "1".into() } else { String::new() };
        // Left empty, the usual threshold; anything else must be a sensible whole number.
        out.suppress_below = match self.suppress_below.trim() {
            "" => crate::domain::reports::DEFAULT_SUPPRESS_BELOW.to_string(),
            text => match text.parse::<u32>() {
                Ok(n) if (2..=50).contains(&n) => n.to_string(),
                _ => {
                    errors.push(FieldError { field: "suppress_below".into(), msg: Msg::new(T::ErrSuppressBelow) });
                    text.to_string()
                }
            },
        };
        if errors.is_empty() {
            Ok(out)
        } else {
            Err(errors)
        }
    }
}

/// A UK phone number as people write it: digits with spaces, brackets, dashes, a leading +.
pub fn is_phone_number(text: &str) -> bool {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let allowed = text.chars().enumerate().all(|(i, c)| c.is_ascii_digit() || " ()-".contains(c) || (c == '+' && i == 0));
    allowed && (3..=15).contains(&digits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, time};

    fn booking(meeting_on: &str, meeting_at: &str, arrangement: &str, details: &str, reason: &str) -> BookingInput {
        BookingInput {
            meeting_on: meeting_on.into(),
            meeting_at: meeting_at.into(),
            arrangement: arrangement.into(),
            arrangement_details: details.into(),
            delay_reason: reason.into(),
            non_working_day: String::new(),
        }
    }

    fn fields(errors: &[FieldError]) -> Vec<&str> {
        errors.iter().map(|e| e.field.as_str()).collect()
    }

    #[test]
    fn a_weekend_or_bank_holiday_meeting_is_asked_about_then_accepted() {
        // Saturday 9 January 2027, and Monday 3 May 2027 (the early May bank holiday).
        for (day, due, key) in
            [("2027-01-09", date!(2027 - 01 - 15), T::ErrMeetingWeekend), ("2027-05-03", date!(2027 - 05 - 07), T::ErrMeetingBankHoliday)]
        {
            let mut input = booking(day, "10:00", "in_person", "Civic Centre", "a reason, as it may be late");
            let errors = Booking::parse(&input, due, date!(2027 - 01 - 01)).expect_err("asked first");
            let asked = errors.iter().find(|e| e.field == "non_working_day").expect("the question");
            assert_eq!(asked.msg.key, key);
            // Confirming another day does not confirm this one.
            input.non_working_day = "2027-01-02".into();
            assert!(Booking::parse(&input, due, date!(2027 - 01 - 01)).is_err());
            input.non_working_day = day.into();
            let booked = Booking::parse(&input, due, date!(2027 - 01 - 01)).expect("confirmed");
            assert_eq!(booked.meeting_on, parse_form_date(day).expect("date"));
        }
        // An ordinary weekday is not asked about.
        let weekday = booking("2027-01-12", "10:00", "in_person", "Civic Centre", "");
        assert!(Booking::parse(&weekday, date!(2027 - 01 - 15), date!(2027 - 01 - 01)).is_ok());
    }

    #[test]
    fn a_booking_on_time_is_accepted_and_keeps_no_delay_reason() {
        let input = booking("2026-12-01", "10:30", "video", "Teams link sent by the IRO", "left over");
        let parsed = Booking::parse(&input, date!(2026 - 12 - 03), date!(2026 - 11 - 24)).expect("valid");
        assert_eq!(parsed.meeting_on, date!(2026 - 12 - 01));
        assert_eq!(parsed.meeting_at, time!(10:30));
        assert_eq!(parsed.arrangement, Arrangement::Video);
        assert_eq!(parsed.delay_reason, "");
    }

    #[test]
    fn a_late_booking_needs_a_reason_and_keeps_it() {
        let due = date!(2026 - 12 - 03);
        let input = booking("2026-12-10", "10:00", "in_person", "Civic Centre, room 2", "");
        let errors = Booking::parse(&input, due, date!(2026 - 11 - 24)).expect_err("reason needed");
        assert_eq!(fields(&errors), ["delay_reason"]);
        let input = booking("2026-12-10", "10:00", "in_person", "Civic Centre, room 2", "Child in hospital");
        assert_eq!(Booking::parse(&input, due, date!(2026 - 11 - 24)).expect("valid").delay_reason, "Child in hospital");
    }

    #[test]
    fn a_booking_beyond_twenty_working_days_names_the_latest_date() {
        // Due Thursday 3 December 2026; 20 working days on, skipping Christmas Day, Boxing Day
        // (moved to Monday 28th) and New Year's Day, is Tuesday 5 January 2027.
        let due = date!(2026 - 12 - 03);
        let input = booking("2027-01-06", "10:00", "phone", "Dial 0300 000 000", "Court date");
        let errors = Booking::parse(&input, due, date!(2026 - 11 - 24)).expect_err("too late");
        assert_eq!(fields(&errors), ["meeting_on"]);
        assert!(errors[0].msg.text(Lang::En).contains("Tuesday 5 January 2027"), "{}", errors[0].msg.text(Lang::En));
        assert!(errors[0].msg.text(Lang::Cy).contains("dydd Mawrth 5 Ionawr 2027"), "{}", errors[0].msg.text(Lang::Cy));
        let input = booking("2027-01-05", "10:00", "phone", "Dial 0300 000 000", "Court date");
        assert!(Booking::parse(&input, due, date!(2026 - 11 - 24)).is_ok());
    }

    #[test]
    fn every_bad_field_is_reported_at_once() {
        let input = booking("31/12/2026", "25:00", "zoom", "  ", "");
        let errors = Booking::parse(&input, date!(2026 - 12 - 03), date!(2026 - 11 - 24)).expect_err("invalid");
        assert_eq!(fields(&errors), ["meeting_on", "meeting_at", "arrangement", "arrangement_details"]);
    }

    #[test]
    fn past_dates_cannot_be_booked() {
        let input = booking("2026-11-23", "10:00", "video", "Link", "");
        let errors = Booking::parse(&input, date!(2026 - 12 - 03), date!(2026 - 11 - 24)).expect_err("past");
        assert_eq!(errors[0].msg.key, T::ErrMeetingPast);
    }

    #[test]
    fn times_are_read_as_time_inputs_send_them() {
        assert_eq!(parse_form_time("09:05"), Some(time!(9:05)));
        assert_eq!(parse_form_time("14:30:00"), Some(time!(14:30)));
        assert_eq!(parse_form_time("24:00"), None);
        assert_eq!(parse_form_time("9.30"), None);
        assert_eq!(parse_form_time(""), None);
        assert_eq!(format_form_time(time!(9:05)), "09:05");
    }

    fn invitee(audience: &str, delivery: &str, email: &str) -> InviteeInput {
        InviteeInput {
            audience: audience.into(),
            first_name: " Cadi ".into(),
            language: "cy".into(),
            delivery: delivery.into(),
            email: email.into(),
            postal_address: "1 Stryd Fawr\nDyffryn".into(),
        }
    }

    #[test]
    fn email_invitees_need_an_address_and_keep_no_postal_address() {
        let parsed = Invitee::parse(&invitee("child", "email", "carer@example.org"), true).expect("valid");
        assert_eq!((parsed.first_name.as_str(), parsed.email.as_str(), parsed.postal_address.as_str()), ("Cadi", "carer@example.org", ""));
        let errors = Invitee::parse(&invitee("child", "email", "not an email"), true).expect_err("bad email");
        assert_eq!(fields(&errors), ["email"]);
    }

    #[test]
    fn post_is_refused_where_the_authority_does_not_use_it() {
        let parsed = Invitee::parse(&invitee("parent", "post", ""), true).expect("valid");
        assert_eq!(parsed.postal_address, "1 Stryd Fawr\nDyffryn");
        assert_eq!(parsed.email, "");
        let errors = Invitee::parse(&invitee("parent", "post", ""), false).expect_err("no post");
        assert_eq!(errors[0].msg.key, T::ErrPostDisabled);
    }

    #[test]
    fn unknown_audience_language_and_delivery_are_errors() {
        let input = InviteeInput { audience: "teacher".into(), language: "fr".into(), delivery: "fax".into(), ..InviteeInput::default() };
        let errors = Invitee::parse(&input, true).expect_err("invalid");
        assert_eq!(fields(&errors), ["audience", "first_name", "language", "delivery"]);
    }

    #[test]
    fn codes_use_only_unambiguous_characters() {
        for confusable in ['0', 'O', '1', 'I', 'L', '2', 'Z', '5', 'S', '8', 'B', 'U', 'V'] {
            assert!(!CODE_ALPHABET.contains(&(confusable as u8)), "{confusable} is confusable");
        }
        let unique: std::collections::HashSet<_> = CODE_ALPHABET.iter().collect();
        assert_eq!(unique.len(), CODE_ALPHABET.len());
    }

    #[test]
    fn codes_are_read_however_they_are_typed() {
        assert_eq!(normalise_code("acd7f-gh3km").as_deref(), Some("ACD7FGH3KM"));
        assert_eq!(normalise_code(" ACD7F GH3KM ").as_deref(), Some("ACD7FGH3KM"));
        assert_eq!(normalise_code("ACD7FGH3K"), None, "too short");
        assert_eq!(normalise_code("ACD7FGH3KO"), None, "O is not in the alphabet");
        assert_eq!(format_code("ACD7FGH3KM"), "ACD7F-GH3KM");
    }

    #[test]
    fn codes_from_bytes_are_unbiased_and_complete() {
        // 253 and above are skipped (23 × 11 = 253), so these bytes give "A" then "C"...
        let bytes = [255u8, 0, 254, 1, 2, 3, 4, 5, 6, 7, 8, 9];
        assert_eq!(code_from_bytes(&bytes).as_deref(), Some("ACDEFGHJKM"));
        assert_eq!(code_from_bytes(&[0u8; 5]), None);
        let every: std::collections::HashSet<char> =
            (0u8..=252).collect::<Vec<_>>().chunks(10).filter_map(code_from_bytes).flat_map(|c| c.chars().collect::<Vec<_>>()).collect();
        assert_eq!(every.len(), CODE_ALPHABET.len());
    }

    #[test]
    fn settings_check_phones_and_emails() {
        let input = SettingsInput {
            advocacy_name: " TGP Cymru ".into(),
            advocacy_email: "referrals@tgp.example".into(),
            advocacy_phone: "029 2039 6974".into(),
            duty_phone: "call us".into(),
            review_team_email: "nope".into(),
            post_enabled: "1".into(),
            ..SettingsInput::default()
        };
        let errors = input.check().expect_err("two bad fields");
        assert_eq!(fields(&errors), ["duty_phone", "review_team_email"]);
        let good = SettingsInput { duty_phone: "+44 1267 234567".into(), review_team_email: String::new(), ..input };
        let checked = good.check().expect("valid");
        assert_eq!(checked.advocacy_name, "TGP Cymru");
        assert_eq!(checked.post_enabled, "1");
        assert_eq!(checked.suppress_below, "5", "left empty, small numbers are hidden below 5");
        for (typed, ok) in [("10", true), ("2", true), ("1", false), ("0", false), ("51", false), ("five", false), ("-3", false)] {
            let settings = SettingsInput { suppress_below: typed.into(), ..good.clone() };
            assert_eq!(settings.check().is_ok(), ok, "threshold {typed:?}");
        }
    }

    #[test]
    fn a_parents_advocacy_service_needs_a_name_and_a_referral_email() {
        let phone_only = SettingsInput { parent_advocacy_phone: "01267 123456".into(), ..SettingsInput::default() };
        assert_eq!(fields(&phone_only.check().expect_err("incomplete")), ["parent_advocacy_name", "parent_advocacy_email"]);
        let no_email = SettingsInput { parent_advocacy_name: "Family Voice".into(), ..SettingsInput::default() };
        assert_eq!(fields(&no_email.check().expect_err("incomplete")), ["parent_advocacy_email"]);
        let whole = SettingsInput { parent_advocacy_email: "parents@fv.example".into(), ..no_email };
        let checked = whole.check().expect("complete");
        assert_eq!(checked.advocacy_for(Audience::Parent), ("Family Voice", "", "parents@fv.example"));
        assert_eq!(checked.advocacy_for(Audience::Child), ("", "", ""), "children keep the children's provider");
        assert!(SettingsInput::default().check().is_ok(), "none at all is fine: parents use the children's provider");
    }

    #[test]
    fn phone_numbers() {
        assert!(is_phone_number("080880 23456"));
        assert!(is_phone_number("(01267) 234-567"));
        assert!(is_phone_number("999"));
        assert!(!is_phone_number("12"));
        assert!(!is_phone_number("01267 ext 5"));
        assert!(!is_phone_number("44+1267"));
    }
}
