//! Children looked after: legal basis, age and the age band that decides which form they see.

use crate::model::T;
use serde::{Deserialize, Serialize};
use time::Date;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LegalBasis {
    CareOrder,
    InterimCareOrder,
    Section76,
    Section76ShortBreaks,
    PlacementWithParents,
    PlacedForAdoption,
    PathwayPlan,
}

impl LegalBasis {
    pub const ALL: [LegalBasis; 7] = [
        LegalBasis::CareOrder,
        LegalBasis::InterimCareOrder,
        LegalBasis::Section76,
        LegalBasis::Section76ShortBreaks,
        LegalBasis::PlacementWithParents,
        LegalBasis::PlacedForAdoption,
        LegalBasis::PathwayPlan,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            LegalBasis::CareOrder => "care_order",
            LegalBasis::InterimCareOrder => "interim_care_order",
            LegalBasis::Section76 => "s76",
            LegalBasis::Section76ShortBreaks => "s76_short_breaks",
            LegalBasis::PlacementWithParents => "placement_with_parents",
            LegalBasis::PlacedForAdoption => "placed_for_adoption",
            LegalBasis::PathwayPlan => "pathway_plan",
        }
    }

    pub fn parse(value: &str) -> Option<LegalBasis> {
        LegalBasis::ALL.into_iter().find(|b| b.as_str() == value.trim())
    }

    pub fn label(self) -> T {
        match self {
            LegalBasis::CareOrder => T::BasisCareOrder,
            LegalBasis::InterimCareOrder => T::BasisInterimCareOrder,
            LegalBasis::Section76 => T::BasisSection76,
            LegalBasis::Section76ShortBreaks => T::BasisSection76ShortBreaks,
            LegalBasis::PlacementWithParents => T::BasisPlacementWithParents,
            LegalBasis::PlacedForAdoption => T::BasisPlacedForAdoption,
            LegalBasis::PathwayPlan => T::BasisPathwayPlan,
        }
    }
}

/// A child's details as typed into the form (every field as text, nothing trusted yet).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ChildInput {
    pub preferred_name: String,
    pub full_name: String,
    pub case_reference: String,
    pub date_of_birth: String,
    pub preferred_language: String,
    pub communication_needs: String,
    pub looked_after_since: String,
    pub legal_basis: String,
    pub placement_type: String,
    pub iro_staff_id: String,
}

impl ChildInput {
    /// The typed values, to put back in the form after an error.
    pub fn values(&self) -> Vec<(String, String)> {
        [
            ("preferred_name", &self.preferred_name),
            ("full_name", &self.full_name),
            ("case_reference", &self.case_reference),
            ("date_of_birth", &self.date_of_birth),
            ("preferred_language", &self.preferred_language),
            ("communication_needs", &self.communication_needs),
            ("looked_after_since", &self.looked_after_since),
            ("legal_basis", &self.legal_basis),
            ("placement_type", &self.placement_type),
            ("iro_staff_id", &self.iro_staff_id),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
    }
}

/// A child's details, checked.
#[derive(Clone, Debug, PartialEq)]
pub struct ChildDetails {
    pub preferred_name: String,
    pub full_name: String,
    /// The child's id in the council's case system (WCCIS, Liquidlogic, Mosaic...), when known.
    pub case_reference: Option<String>,
    pub date_of_birth: Date,
    pub language: crate::model::Lang,
    pub communication_needs: String,
    pub looked_after_since: Date,
    pub legal_basis: LegalBasis,
    pub placement_type: String,
    /// Still to be checked against the authority's IROs by the caller.
    pub iro_staff_id: Option<i64>,
}

const DATE_FORMAT: &[time::format_description::FormatItem<'static>] = time::macros::format_description!("[year]-[month]-[day]");

/// Reads a date as an `<input type="date">` sends it (YYYY-MM-DD).
pub fn parse_form_date(text: &str) -> Option<Date> {
    Date::parse(text.trim(), DATE_FORMAT).ok()
}

pub fn format_form_date(date: Date) -> String {
    date.format(DATE_FORMAT).unwrap_or_default()
}

impl ChildDetails {
    pub const MAX_PREFERRED_NAME: usize = 60;
    pub const MAX_FULL_NAME: usize = 200;
    pub const MAX_COMMUNICATION_NEEDS: usize = 1000;
    pub const MAX_PLACEMENT_TYPE: usize = 100;
    pub const MAX_CASE_REFERENCE: usize = 40;

    /// Checks every field and reports every problem at once, each against its field.
    pub fn parse(input: &ChildInput, today: Date) -> Result<ChildDetails, Vec<crate::model::FieldError>> {
        use crate::domain::text::{clean_line, clean_multiline};
        use crate::model::{FieldError, Msg};
        let mut errors: Vec<FieldError> = Vec::new();
        let mut fail = |field: &str, msg: Msg| errors.push(FieldError { field: field.to_string(), msg });
        let too_long = |max: usize| Msg::new(T::ErrTextTooLong).with("max", max.to_string());

        let preferred_name = clean_line(&input.preferred_name);
        if preferred_name.is_empty() {
            fail("preferred_name", Msg::new(T::ErrNameRequired));
        } else if preferred_name.chars().count() > Self::MAX_PREFERRED_NAME {
            fail("preferred_name", too_long(Self::MAX_PREFERRED_NAME));
        }
        let full_name = clean_line(&input.full_name);
        if full_name.is_empty() {
            fail("full_name", Msg::new(T::ErrNameRequired));
        } else if full_name.chars().count() > Self::MAX_FULL_NAME {
            fail("full_name", too_long(Self::MAX_FULL_NAME));
        }
        // Case systems do not tell "wccis-1" from "WCCIS-1", so neither does Heard. A first sign
        // ("-", "/") could read as a formula or a date in a spreadsheet, or stand for "not known".
        let case_reference = clean_line(&input.case_reference).to_ascii_uppercase();
        if case_reference.chars().count() > Self::MAX_CASE_REFERENCE {
            fail("case_reference", too_long(Self::MAX_CASE_REFERENCE));
        } else if !case_reference.chars().next().is_none_or(|c| c.is_ascii_alphanumeric())
            || !case_reference.chars().all(|c| c.is_ascii_alphanumeric() || " -/._".contains(c))
        {
            fail("case_reference", Msg::new(T::ErrCaseReference));
        }
        let date_of_birth = parse_form_date(&input.date_of_birth);
        match date_of_birth {
            None => fail("date_of_birth", Msg::new(T::ErrDateInvalid)),
            Some(born) if born > today => fail("date_of_birth", Msg::new(T::ErrDobFuture)),
            Some(born) if age_on(born, today) > 25 => fail("date_of_birth", Msg::new(T::ErrDobTooOld)),
            Some(_) => {}
        }
        let language = crate::model::Lang::parse(&input.preferred_language);
        if language.is_none() {
            fail("preferred_language", Msg::new(T::ErrLanguage));
        }
        let communication_needs = clean_multiline(&input.communication_needs);
        if communication_needs.chars().count() > Self::MAX_COMMUNICATION_NEEDS {
            fail("communication_needs", too_long(Self::MAX_COMMUNICATION_NEEDS));
        }
        let looked_after_since = parse_form_date(&input.looked_after_since);
        match (looked_after_since, date_of_birth) {
            (None, _) => fail("looked_after_since", Msg::new(T::ErrDateInvalid)),
            (Some(since), _) if since > today => fail("looked_after_since", Msg::new(T::ErrSinceFuture)),
            (Some(since), Some(born)) if since < born => fail("looked_after_since", Msg::new(T::ErrSinceBeforeBirth)),
            _ => {}
        }
        let legal_basis = LegalBasis::parse(&input.legal_basis);
        if legal_basis.is_none() {
            fail("legal_basis", Msg::new(T::ErrLegalBasis));
        }
        let placement_type = clean_line(&input.placement_type);
        if placement_type.chars().count() > Self::MAX_PLACEMENT_TYPE {
            fail("placement_type", too_long(Self::MAX_PLACEMENT_TYPE));
        }
        let iro_text = input.iro_staff_id.trim();
        let iro_staff_id = if iro_text.is_empty() {
            None
        } else {
            match iro_text.parse::<i64>() {
                Ok(id) => Some(id),
                Err(_) => {
                    fail("iro_staff_id", Msg::new(T::ErrIroInvalid));
                    None
                }
            }
        };

        match (date_of_birth, language, looked_after_since, legal_basis) {
            (Some(date_of_birth), Some(language), Some(looked_after_since), Some(legal_basis)) if errors.is_empty() => Ok(ChildDetails {
                preferred_name,
                full_name,
                case_reference: (!case_reference.is_empty()).then_some(case_reference),
                date_of_birth,
                language,
                communication_needs,
                looked_after_since,
                legal_basis,
                placement_type,
                iro_staff_id,
            }),
            _ => Err(errors),
        }
    }
}

/// Which consultation a child is offered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AgeBand {
    Under8,
    From8To12,
    From13,
    CareLeaver,
}

impl AgeBand {
    pub fn label(self) -> T {
        match self {
            AgeBand::Under8 => T::AgeBandUnder8,
            AgeBand::From8To12 => T::AgeBand8To12,
            AgeBand::From13 => T::AgeBand13Plus,
            AgeBand::CareLeaver => T::AgeBandCareLeaver,
        }
    }
}

/// Whole years between `born` and `on` (a child born on 29 February turns a year older on
/// 1 March in common years, as UK law counts it).
pub fn age_on(born: Date, on: Date) -> i32 {
    let mut years = on.year() - born.year();
    if (on.month() as u8, on.day()) < (born.month() as u8, born.day()) {
        years -= 1;
    }
    years.max(0)
}

/// The age band: care leavers are those on a pathway plan or aged 18 and over.
pub fn age_band(born: Date, basis: LegalBasis, on: Date) -> AgeBand {
    let age = age_on(born, on);
    if basis == LegalBasis::PathwayPlan || age >= 18 {
        AgeBand::CareLeaver
    } else if age >= 13 {
        AgeBand::From13
    } else if age >= 8 {
        AgeBand::From8To12
    } else {
        AgeBand::Under8
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn age_counts_whole_years() {
        assert_eq!(age_on(date!(2015 - 06 - 10), date!(2026 - 06 - 09)), 10);
        assert_eq!(age_on(date!(2015 - 06 - 10), date!(2026 - 06 - 10)), 11);
        assert_eq!(age_on(date!(2027 - 01 - 01), date!(2026 - 06 - 10)), 0, "never negative");
    }

    #[test]
    fn leap_day_birthdays_arrive_on_the_first_of_march() {
        assert_eq!(age_on(date!(2012 - 02 - 29), date!(2026 - 02 - 28)), 13);
        assert_eq!(age_on(date!(2012 - 02 - 29), date!(2026 - 03 - 01)), 14);
        assert_eq!(age_on(date!(2012 - 02 - 29), date!(2028 - 02 - 29)), 16);
    }

    #[test]
    fn bands_follow_age_and_legal_basis() {
        let today = date!(2026 - 11 - 23);
        assert_eq!(age_band(date!(2019 - 11 - 24), LegalBasis::CareOrder, today), AgeBand::Under8);
        assert_eq!(age_band(date!(2018 - 11 - 23), LegalBasis::CareOrder, today), AgeBand::From8To12);
        assert_eq!(age_band(date!(2013 - 11 - 23), LegalBasis::Section76, today), AgeBand::From13);
        assert_eq!(age_band(date!(2010 - 01 - 01), LegalBasis::PathwayPlan, today), AgeBand::CareLeaver);
        assert_eq!(age_band(date!(2008 - 11 - 23), LegalBasis::CareOrder, today), AgeBand::CareLeaver);
    }

    fn good_input() -> ChildInput {
        ChildInput {
            preferred_name: " Cadi ".into(),
            full_name: "Cadi Haf Morgan".into(),
            case_reference: " WCCIS-10042 ".into(),
            date_of_birth: "2019-05-14".into(),
            preferred_language: "cy".into(),
            communication_needs: "Likes symbols\r\nand short sentences".into(),
            looked_after_since: "2024-02-01".into(),
            legal_basis: "care_order".into(),
            placement_type: "Foster care".into(),
            iro_staff_id: "3".into(),
        }
    }

    fn fields(result: Result<ChildDetails, Vec<crate::model::FieldError>>) -> Vec<(String, T)> {
        result.err().unwrap_or_default().into_iter().map(|e| (e.field, e.msg.key)).collect()
    }

    #[test]
    fn good_details_parse_and_are_cleaned() {
        let details = ChildDetails::parse(&good_input(), date!(2026 - 11 - 23)).expect("valid");
        assert_eq!(details.preferred_name, "Cadi");
        assert_eq!(details.communication_needs, "Likes symbols\nand short sentences");
        assert_eq!(details.date_of_birth, date!(2019 - 05 - 14));
        assert_eq!(details.language, crate::model::Lang::Cy);
        assert_eq!(details.iro_staff_id, Some(3));
        assert_eq!(details.case_reference.as_deref(), Some("WCCIS-10042"));
        let without = ChildInput { case_reference: "   ".into(), ..good_input() };
        assert_eq!(ChildDetails::parse(&without, date!(2026 - 11 - 23)).expect("valid").case_reference, None);
        let slashed = ChildInput { case_reference: "ll/2024/0042.b_1".into(), ..good_input() };
        let parsed = ChildDetails::parse(&slashed, date!(2026 - 11 - 23)).expect("valid");
        assert_eq!(parsed.case_reference.as_deref(), Some("LL/2024/0042.B_1"), "one case, as case systems compare");
    }

    #[test]
    fn a_case_reference_is_short_and_plain() {
        let today = date!(2026 - 11 - 23);
        for bad in ["=HYPERLINK(\"x\")", "ref;DROP", "Cadi's", "ref#1", "-A1", "-", "/x", "+44", "@sum", "ŵ-1"] {
            let input = ChildInput { case_reference: bad.into(), ..good_input() };
            assert_eq!(fields(ChildDetails::parse(&input, today)), vec![("case_reference".into(), T::ErrCaseReference)], "{bad}");
        }
        let long = ChildInput { case_reference: "A".repeat(41), ..good_input() };
        assert_eq!(fields(ChildDetails::parse(&long, today)), vec![("case_reference".into(), T::ErrTextTooLong)]);
    }

    #[test]
    fn every_problem_is_reported_against_its_field() {
        let input = ChildInput {
            preferred_name: "  ".into(),
            full_name: "x".repeat(201),
            case_reference: "<ref>".into(),
            date_of_birth: "2026-13-01".into(),
            preferred_language: "fr".into(),
            communication_needs: "y".repeat(1001),
            looked_after_since: "".into(),
            legal_basis: "made up".into(),
            placement_type: "z".repeat(101),
            iro_staff_id: "abc".into(),
        };
        assert_eq!(
            fields(ChildDetails::parse(&input, date!(2026 - 11 - 23))),
            vec![
                ("preferred_name".into(), T::ErrNameRequired),
                ("full_name".into(), T::ErrTextTooLong),
                ("case_reference".into(), T::ErrCaseReference),
                ("date_of_birth".into(), T::ErrDateInvalid),
                ("preferred_language".into(), T::ErrLanguage),
                ("communication_needs".into(), T::ErrTextTooLong),
                ("looked_after_since".into(), T::ErrDateInvalid),
                ("legal_basis".into(), T::ErrLegalBasis),
                ("placement_type".into(), T::ErrTextTooLong),
                ("iro_staff_id".into(), T::ErrIroInvalid),
            ]
        );
    }

    #[test]
    fn dates_must_make_sense() {
        let today = date!(2026 - 11 - 23);
        let future_birth = ChildInput { date_of_birth: "2026-11-24".into(), ..good_input() };
        assert_eq!(
            fields(ChildDetails::parse(&future_birth, today)),
            vec![("date_of_birth".into(), T::ErrDobFuture), ("looked_after_since".into(), T::ErrSinceBeforeBirth)],
            "both problems are true, so both are said"
        );
        let too_old = ChildInput { date_of_birth: "2000-01-01".into(), ..good_input() };
        assert_eq!(fields(ChildDetails::parse(&too_old, today)), vec![("date_of_birth".into(), T::ErrDobTooOld)]);
        let before_birth = ChildInput { looked_after_since: "2019-05-13".into(), ..good_input() };
        assert_eq!(fields(ChildDetails::parse(&before_birth, today)), vec![("looked_after_since".into(), T::ErrSinceBeforeBirth)]);
        let future_start = ChildInput { looked_after_since: "2026-12-01".into(), ..good_input() };
        assert_eq!(fields(ChildDetails::parse(&future_start, today)), vec![("looked_after_since".into(), T::ErrSinceFuture)]);
        let no_iro = ChildInput { iro_staff_id: " ".into(), ..good_input() };
        assert_eq!(ChildDetails::parse(&no_iro, today).map(|d| d.iro_staff_id), Ok(None));
    }

    #[test]
    fn legal_bases_round_trip() {
        for basis in LegalBasis::ALL {
            assert_eq!(LegalBasis::parse(basis.as_str()), Some(basis));
        }
        assert_eq!(LegalBasis::parse("nonsense"), None);
    }
}
