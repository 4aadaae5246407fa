//! The bodies whose resolutions, decisions and sessions get IDs, as one
//! table: a row per body with its code, name, document series, how it
//! numbers its resolutions and how many sessions it has held. Adding a body
//! is adding a variant and its row; nothing else branches on bodies' facts.

use std::fmt;

/// A body that issues resolutions or holds numbered sessions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Body {
    Cosp,
    Ga,
    Ecosoc,
    Hrc,
    Sc,
    Irg,
    WgAr,
    WgPrev,
    EgIc,
}

/// How a body numbers its resolutions and decisions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Numbering {
    /// "{session}/{n}": the Conference's 6/2, the Assembly's 70/174.
    SessionSlash,
    /// "{n} ({year})": the Security Council's 2462 (2019).
    Serial,
    /// Adopts no resolutions of its own (the subsidiary bodies).
    None,
}

/// What is known of one body: one row of [`FACTS`].
#[derive(Debug)]
pub struct BodyFacts {
    pub body: Body,
    /// The code inside canonical IDs (`res:{code}:..`, `session:{code}:..`).
    pub code: &'static str,
    pub name: &'static str,
    /// The series of the documents it issues (most specific bodies are
    /// tried first, see [`Body::of_symbol`]).
    pub symbol_prefix: &'static str,
    /// Its numbered *meetings* are sessions (REFERENCE-IDS.md): the working
    /// groups and the expert meeting. A Conference "13th meeting" is a
    /// plenary meeting inside one session, not a session.
    pub meetings_are_sessions: bool,
    pub numbering: Numbering,
    /// The highest session number plausible for a bare "resolution N/M" of
    /// this issuer. A Conference text that says "resolution 58/4" without
    /// naming the Assembly still means the Assembly: the Conference has not
    /// had 58 sessions. 0 where bare numbers are never this body's.
    pub max_plausible_session: u32,
}

/// The facts of every body, in [`Body`] order.
pub const FACTS: [BodyFacts; 9] = [
    BodyFacts {
        body: Body::Cosp,
        code: "cosp",
        name: "Conference of the States Parties to the United Nations Convention against Corruption",
        symbol_prefix: "CAC/COSP/",
        meetings_are_sessions: false,
        numbering: Numbering::SessionSlash,
        max_plausible_session: 30,
    },
    BodyFacts {
        body: Body::Ga,
        code: "ga",
        name: "General Assembly",
        symbol_prefix: "A/",
        meetings_are_sessions: false,
        numbering: Numbering::SessionSlash,
        max_plausible_session: 120,
    },
    BodyFacts {
        body: Body::Ecosoc,
        code: "ecosoc",
        name: "Economic and Social Council",
        symbol_prefix: "E/",
        meetings_are_sessions: false,
        numbering: Numbering::SessionSlash,
        max_plausible_session: 0,
    },
    BodyFacts {
        body: Body::Hrc,
        code: "hrc",
        name: "Human Rights Council",
        symbol_prefix: "A/HRC/",
        meetings_are_sessions: false,
        numbering: Numbering::SessionSlash,
        max_plausible_session: 80,
    },
    BodyFacts {
        body: Body::Sc,
        code: "sc",
        name: "Security Council",
        symbol_prefix: "S/",
        meetings_are_sessions: false,
        numbering: Numbering::Serial,
        max_plausible_session: 0,
    },
    BodyFacts {
        body: Body::Irg,
        code: "irg",
        name: "Implementation Review Group",
        symbol_prefix: "CAC/COSP/IRG/",
        meetings_are_sessions: false,
        numbering: Numbering::None,
        max_plausible_session: 0,
    },
    BodyFacts {
        body: Body::WgAr,
        code: "wg-ar",
        name: "Open-ended Intergovernmental Working Group on Asset Recovery",
        symbol_prefix: "CAC/COSP/WG.2/",
        meetings_are_sessions: true,
        numbering: Numbering::None,
        max_plausible_session: 0,
    },
    BodyFacts {
        body: Body::WgPrev,
        code: "wg-prev",
        name: "Open-ended Intergovernmental Working Group on the Prevention of Corruption",
        symbol_prefix: "CAC/COSP/WG.4/",
        meetings_are_sessions: true,
        numbering: Numbering::None,
        max_plausible_session: 0,
    },
    BodyFacts {
        body: Body::EgIc,
        code: "eg-ic",
        name: "Open-ended intergovernmental expert meeting to enhance international cooperation",
        symbol_prefix: "CAC/COSP/EG.1/",
        meetings_are_sessions: true,
        numbering: Numbering::None,
        max_plausible_session: 0,
    },
];

/// The order in which a symbol's series is matched: the subsidiary bodies'
/// series before the Conference's, the Council's before the Assembly's.
const SYMBOL_ORDER: [Body; 9] = [
    Body::Irg,
    Body::WgAr,
    Body::WgPrev,
    Body::EgIc,
    Body::Cosp,
    Body::Hrc,
    Body::Ga,
    Body::Ecosoc,
    Body::Sc,
];

impl Body {
    pub const ALL: [Body; 9] = {
        let mut all = [Body::Cosp; 9];
        let mut k = 0;
        while k < FACTS.len() {
            all[k] = FACTS[k].body;
            k += 1;
        }
        all
    };

    /// This body's row of [`FACTS`].
    pub fn facts(self) -> &'static BodyFacts {
        &FACTS[self as usize]
    }

    /// The code used inside canonical IDs (`res:{code}:..`, `session:{code}:..`).
    pub fn code(self) -> &'static str {
        self.facts().code
    }

    pub fn from_code(code: &str) -> Option<Body> {
        FACTS.iter().find(|f| f.code == code).map(|f| f.body)
    }

    pub fn name(self) -> &'static str {
        self.facts().name
    }

    /// See [`BodyFacts::meetings_are_sessions`].
    pub fn meetings_are_sessions(self) -> bool {
        self.facts().meetings_are_sessions
    }

    /// Bodies that adopt resolutions and decisions.
    pub fn issues_resolutions(self) -> bool {
        self.facts().numbering != Numbering::None
    }

    /// See [`BodyFacts::max_plausible_session`].
    pub fn max_plausible_session(self) -> u32 {
        self.facts().max_plausible_session
    }

    /// The symbol series of the documents this body issues.
    pub fn symbol_prefix(self) -> Option<&'static str> {
        Some(self.facts().symbol_prefix)
    }

    /// The body whose series a document symbol belongs to.
    pub fn of_symbol(symbol: &str) -> Option<Body> {
        SYMBOL_ORDER
            .into_iter()
            .find(|b| symbol.starts_with(b.facts().symbol_prefix))
    }

    /// What its numbered gatherings are called: "meeting" or "session".
    pub fn kind_word(self) -> &'static str {
        if self.meetings_are_sessions() {
            "meeting"
        } else {
            "session"
        }
    }
}

impl fmt::Display for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_in_variant_order() {
        for (k, f) in FACTS.iter().enumerate() {
            assert_eq!(f.body as usize, k, "{}", f.code);
        }
        assert_eq!(SYMBOL_ORDER.len(), FACTS.len());
    }

    #[test]
    fn a_symbol_belongs_to_its_most_specific_series() {
        assert_eq!(Body::of_symbol("CAC/COSP/IRG/2021/4"), Some(Body::Irg));
        assert_eq!(Body::of_symbol("CAC/COSP/2017/L.12"), Some(Body::Cosp));
        assert_eq!(Body::of_symbol("A/HRC/RES/35/25"), Some(Body::Hrc));
        assert_eq!(Body::of_symbol("A/79/98"), Some(Body::Ga));
        assert_eq!(Body::of_symbol("XYZ/1"), None);
    }
}
