//! Children looked after: legal basis, age and the age band that decides which form they see.

use crate::i18n::T;
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

    #[test]
    fn legal_bases_round_trip() {
        for basis in LegalBasis::ALL {
            assert_eq!(LegalBasis::parse(basis.as_str()), Some(basis));
        }
        assert_eq!(LegalBasis::parse("nonsense"), None);
    }
}
