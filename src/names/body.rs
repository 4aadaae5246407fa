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
    Ccpcj,
    Cnd,
    CopUntoc,
    Chr,
}

/// When the session and numbering facts below were last brought up to
/// date: a session held after this is not in them.
pub const FACTS_AS_OF: &str = "2025-12";

/// How a body numbers its resolutions and decisions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Numbering {
    /// "{session}/{n}": the Conference's 6/2, the Assembly's 70/174; the
    /// session is at most the body's [`BodyFacts::sessions`].
    SessionSlash,
    /// "{year}/{n}": the Economic and Social Council's 2017/21 and the
    /// Commission on Human Rights' 2005/68, for years in the range.
    YearSlash { first: u16, last: u16 },
    /// "{n} ({year})": the Security Council's 2462 (2019), up to `max`.
    Serial { max: u32 },
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
    /// The body it reports to, for the Conference's subsidiary bodies.
    pub parent: Option<Body>,
    pub numbering: Numbering,
    /// How many (regular) sessions, or numbered meetings, it had held by
    /// [`FACTS_AS_OF`]; 0 where its sessions are not numbered so.
    pub sessions: u32,
    /// It numbered resolutions the old way until 1976: "1514 (XV)",
    /// "2200 A (XXI)" (REFERENCE-IDS.md "Old numbering").
    pub old_numbers: bool,
    /// Its special sessions number resolutions "S-32/1", its emergency
    /// special sessions "ES-10/15".
    pub special_sessions: bool,
    /// The words that name it before "resolution" / "decision" ("General
    /// Assembly resolution 70/174", "Commission resolution 27/2" is not
    /// one: "Commission" alone names no body of ours), longest first.
    pub issuer_names: &'static [&'static str],
    /// The highest session number plausible for a bare "resolution N/M" of
    /// this issuer. A Conference text that says "resolution 58/4" without
    /// naming the Assembly still means the Assembly: the Conference has not
    /// had 58 sessions. 0 where bare numbers are never this body's.
    pub max_plausible_session: u32,
    /// The series of its resolutions' own symbols ("A/RES/" for
    /// "A/RES/70/174"), which are their official addresses on undocs.org.
    pub resolution_symbols: Option<&'static str>,
    /// The page of a session's resolutions and decisions, `{session}` for
    /// its number, for a body whose resolutions have no symbols of their own.
    pub resolutions_page: Option<&'static str>,
}

/// The facts of every body, in [`Body`] order.
pub const FACTS: [BodyFacts; 13] = [
    BodyFacts {
        body: Body::Cosp,
        code: "cosp",
        name: "Conference of the States Parties to the United Nations Convention against Corruption",
        symbol_prefix: "CAC/COSP/",
        meetings_are_sessions: false,
        parent: None,
        numbering: Numbering::SessionSlash,
        max_plausible_session: 30,
        sessions: 11,
        old_numbers: false,
        special_sessions: false,
        issuer_names: &["Conference"],
        resolution_symbols: None,
        resolutions_page: Some(
            "https://www.unodc.org/unodc/en/treaties/CAC/CAC-COSP-session{session}-resolutions.html",
        ),
    },
    BodyFacts {
        body: Body::Ga,
        code: "ga",
        name: "General Assembly",
        symbol_prefix: "A/",
        meetings_are_sessions: false,
        parent: None,
        numbering: Numbering::SessionSlash,
        max_plausible_session: 120,
        sessions: 80,
        old_numbers: true,
        special_sessions: true,
        issuer_names: &["General Assembly", "Assembly", "GA"],
        resolution_symbols: Some("A/RES/"),
        resolutions_page: None,
    },
    BodyFacts {
        body: Body::Ecosoc,
        code: "ecosoc",
        name: "Economic and Social Council",
        symbol_prefix: "E/",
        meetings_are_sessions: false,
        parent: None,
        numbering: Numbering::YearSlash {
            first: 1946,
            last: 2026,
        },
        max_plausible_session: 0,
        sessions: 0,
        old_numbers: true,
        special_sessions: false,
        issuer_names: &["Economic and Social Council", "ECOSOC"],
        resolution_symbols: Some("E/RES/"),
        resolutions_page: None,
    },
    BodyFacts {
        body: Body::Hrc,
        code: "hrc",
        name: "Human Rights Council",
        symbol_prefix: "A/HRC/",
        meetings_are_sessions: false,
        parent: None,
        numbering: Numbering::SessionSlash,
        max_plausible_session: 80,
        sessions: 60,
        old_numbers: false,
        special_sessions: true,
        issuer_names: &["Human Rights Council", "HRC"],
        resolution_symbols: Some("A/HRC/RES/"),
        resolutions_page: None,
    },
    BodyFacts {
        body: Body::Sc,
        code: "sc",
        name: "Security Council",
        symbol_prefix: "S/",
        meetings_are_sessions: false,
        parent: None,
        numbering: Numbering::Serial { max: 2900 },
        max_plausible_session: 0,
        sessions: 0,
        old_numbers: false,
        special_sessions: false,
        issuer_names: &["Security Council"],
        resolution_symbols: Some("S/RES/"),
        resolutions_page: None,
    },
    BodyFacts {
        body: Body::Irg,
        code: "irg",
        name: "Implementation Review Group",
        symbol_prefix: "CAC/COSP/IRG/",
        meetings_are_sessions: false,
        parent: Some(Body::Cosp),
        numbering: Numbering::None,
        max_plausible_session: 0,
        sessions: 16,
        old_numbers: false,
        special_sessions: false,
        issuer_names: &[],
        resolution_symbols: None,
        resolutions_page: None,
    },
    BodyFacts {
        body: Body::WgAr,
        code: "wg-ar",
        name: "Open-ended Intergovernmental Working Group on Asset Recovery",
        symbol_prefix: "CAC/COSP/WG.2/",
        meetings_are_sessions: true,
        parent: Some(Body::Cosp),
        numbering: Numbering::None,
        max_plausible_session: 0,
        sessions: 19,
        old_numbers: false,
        special_sessions: false,
        issuer_names: &[],
        resolution_symbols: None,
        resolutions_page: None,
    },
    BodyFacts {
        body: Body::WgPrev,
        code: "wg-prev",
        name: "Open-ended Intergovernmental Working Group on the Prevention of Corruption",
        symbol_prefix: "CAC/COSP/WG.4/",
        meetings_are_sessions: true,
        parent: Some(Body::Cosp),
        numbering: Numbering::None,
        max_plausible_session: 0,
        sessions: 17,
        old_numbers: false,
        special_sessions: false,
        issuer_names: &[],
        resolution_symbols: None,
        resolutions_page: None,
    },
    BodyFacts {
        body: Body::EgIc,
        code: "eg-ic",
        name: "Open-ended intergovernmental expert meeting to enhance international cooperation",
        symbol_prefix: "CAC/COSP/EG.1/",
        meetings_are_sessions: true,
        parent: Some(Body::Cosp),
        numbering: Numbering::None,
        max_plausible_session: 0,
        sessions: 14,
        old_numbers: false,
        special_sessions: false,
        issuer_names: &[],
        resolution_symbols: None,
        resolutions_page: None,
    },
    BodyFacts {
        body: Body::Ccpcj,
        code: "ccpcj",
        name: "Commission on Crime Prevention and Criminal Justice",
        symbol_prefix: "E/CN.15/",
        meetings_are_sessions: false,
        parent: None,
        numbering: Numbering::SessionSlash,
        max_plausible_session: 0,
        sessions: 34,
        old_numbers: false,
        special_sessions: false,
        issuer_names: &[
            "Commission on Crime Prevention and Criminal Justice",
            "Crime Commission",
            "CCPCJ",
        ],
        resolution_symbols: None,
        resolutions_page: None,
    },
    BodyFacts {
        body: Body::Cnd,
        code: "cnd",
        name: "Commission on Narcotic Drugs",
        symbol_prefix: "E/CN.7/",
        meetings_are_sessions: false,
        parent: None,
        numbering: Numbering::SessionSlash,
        max_plausible_session: 0,
        sessions: 68,
        old_numbers: false,
        special_sessions: false,
        issuer_names: &["Commission on Narcotic Drugs", "CND"],
        resolution_symbols: None,
        resolutions_page: None,
    },
    BodyFacts {
        body: Body::CopUntoc,
        code: "cop-untoc",
        name: "Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
        symbol_prefix: "CTOC/COP/",
        meetings_are_sessions: false,
        parent: None,
        numbering: Numbering::SessionSlash,
        max_plausible_session: 0,
        sessions: 12,
        old_numbers: false,
        special_sessions: false,
        issuer_names: &[
            "Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
            "Conference of the Parties to the Organized Crime Convention",
        ],
        resolution_symbols: None,
        resolutions_page: Some(
            "https://www.unodc.org/unodc/en/treaties/CTOC/CTOC-COP-session{session}-decisions.html",
        ),
    },
    BodyFacts {
        body: Body::Chr,
        code: "chr",
        name: "Commission on Human Rights",
        symbol_prefix: "E/CN.4/",
        meetings_are_sessions: false,
        parent: None,
        numbering: Numbering::YearSlash {
            first: 1946,
            last: 2006,
        },
        max_plausible_session: 0,
        sessions: 62,
        old_numbers: false,
        special_sessions: false,
        issuer_names: &["Commission on Human Rights"],
        resolution_symbols: None,
        resolutions_page: None,
    },
];

/// The order in which a symbol's series is matched: the subsidiary bodies'
/// series before the Conference's, the Council's before the Assembly's.
const SYMBOL_ORDER: [Body; 13] = [
    Body::Irg,
    Body::WgAr,
    Body::WgPrev,
    Body::EgIc,
    Body::Cosp,
    Body::CopUntoc,
    Body::Hrc,
    Body::Ga,
    Body::Ccpcj,
    Body::Cnd,
    Body::Chr,
    Body::Ecosoc,
    Body::Sc,
];

impl Body {
    pub const ALL: [Body; 13] = {
        let mut all = [Body::Cosp; 13];
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

    /// Whether this body's numbering can have resolution (or decision)
    /// number `number`, as an ID writes it ("6/2", "S-32/1", "2017/21",
    /// "2462", "1514(XV)", "49/75I"): the Conference has held 11 sessions,
    /// so "74/276" is not one of its numbers (a bare "its resolution
    /// 74/276" in a Conference text is someone else's).
    pub fn can_number(self, number: &str) -> bool {
        let f = self.facts();
        if f.old_numbers && is_old_number(number) {
            return true;
        }
        if f.special_sessions
            && let Some(rest) = number
                .strip_prefix("S-")
                .or_else(|| number.strip_prefix("ES-"))
        {
            return rest.split_once('/').is_some_and(|(a, _)| all_digits(a));
        }
        let lead = number.split('/').next().unwrap_or("");
        let value = |s: &str| {
            if all_digits(s) {
                s.parse::<u32>().ok()
            } else {
                None
            }
        };
        match f.numbering {
            Numbering::SessionSlash => {
                number.contains('/')
                    && value(lead).is_some_and(|n| n >= 1 && n <= f.sessions + SESSION_MARGIN)
            }
            Numbering::YearSlash { first, last } => {
                number.contains('/')
                    && lead.len() == 4
                    && value(lead).is_some_and(|y| (first as u32..=last as u32).contains(&y))
            }
            Numbering::Serial { max } => value(number).is_some_and(|n| n >= 1 && n <= max),
            Numbering::None => false,
        }
    }

    /// Whether session (or numbered meeting) `number` of this body can be
    /// referred to: held by [`FACTS_AS_OF`] or planned soon after ("the
    /// twelfth session of the Conference", "its eighty-second session").
    /// Special sessions ("S-32") and bodies whose sessions are not counted
    /// here are not judged.
    pub fn can_have_session(self, number: &str) -> bool {
        let held = self.facts().sessions;
        match number.parse::<u32>() {
            Ok(n) if held > 0 => n >= 1 && n <= held + SESSION_MARGIN,
            _ => true,
        }
    }

    /// The body whose issuer name `words` is ("General Assembly", "HRC",
    /// "Commission on Human Rights"), whatever the spaces between words.
    pub fn by_issuer_name(words: &str) -> Option<Body> {
        FACTS
            .iter()
            .find(|f| {
                f.issuer_names
                    .iter()
                    .any(|n| words.split_whitespace().eq(n.split(' ')))
            })
            .map(|f| f.body)
    }

    /// Whether bodies of its own number their meetings as sessions (the
    /// Conference's working groups and expert meeting).
    pub fn has_meeting_bodies(self) -> bool {
        FACTS
            .iter()
            .any(|f| f.meetings_are_sessions && f.parent == Some(self))
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

/// Sessions referred to ahead of time: a text of the eightieth session
/// of the Assembly plans for its eighty-second; a resolution of a session
/// under way is numbered before the facts above are brought up to date.
const SESSION_MARGIN: u32 = 3;

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// "1514(XV)", "2200A(XXI)": the Assembly's and the Council's numbers
/// before 1976, a number, an optional letter, a Roman session.
fn is_old_number(number: &str) -> bool {
    let Some((head, session)) = number.strip_suffix(')').and_then(|n| n.split_once('(')) else {
        return false;
    };
    let digits = head.trim_end_matches(|c: char| c.is_ascii_uppercase());
    // "2252(ES-V)": adopted at an emergency special session.
    let session = session.strip_prefix("ES-").unwrap_or(session);
    all_digits(digits)
        && head.len() - digits.len() <= 1
        && !session.is_empty()
        && session.bytes().all(|b| b"IVXL".contains(&b))
}

/// Every issuer name of every body, as one alternation (longest names
/// first), spaces matching any white space: the recogniser's pattern for
/// a name before "resolution".
pub fn issuer_names_pattern() -> String {
    let mut names: Vec<&str> = FACTS
        .iter()
        .flat_map(|f| f.issuer_names.iter().copied())
        .collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names
        .iter()
        .map(|n| {
            let p = n.replace(' ', r"\s+");
            if n.bytes().all(|b| b.is_ascii_uppercase()) {
                format!(r"\b{p}")
            } else {
                p
            }
        })
        .collect::<Vec<_>>()
        .join("|")
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

    /// "Recalling its resolution 74/276" stands in Conference texts for
    /// the Assembly's: the Conference has held 11 sessions.
    #[test]
    fn numbering_rules_numbers_out() {
        assert!(Body::Cosp.can_number("6/2"));
        assert!(Body::Cosp.can_number("11/3"));
        assert!(!Body::Cosp.can_number("74/276"));
        assert!(!Body::Cosp.can_number("58/4"));
        assert!(Body::Ga.can_number("74/276"));
        assert!(Body::Ga.can_number("S-32/1"));
        assert!(Body::Ga.can_number("ES-10/15"));
        assert!(Body::Ga.can_number("1514(XV)"));
        assert!(Body::Ga.can_number("2252(ES-V)"));
        assert!(Body::Ga.can_number("2200A(XXI)"));
        assert!(!Body::Cosp.can_number("S-32/1"));
        assert!(Body::Ecosoc.can_number("2017/21"));
        assert!(Body::Ecosoc.can_number("663C(XXIV)"));
        assert!(!Body::Ecosoc.can_number("10/1"));
        assert!(Body::Chr.can_number("2005/68"));
        assert!(!Body::Chr.can_number("2017/21"));
        assert!(Body::Sc.can_number("2462"));
        assert!(!Body::Sc.can_number("6/2"));
        assert!(!Body::Irg.can_number("1/1"));
        assert!(Body::Ccpcj.can_number("26/1"));
    }

    /// "Forty-first Session" of another body's records is no session of
    /// the Conference, which has held 11.
    #[test]
    fn sessions_that_cannot_be() {
        assert!(Body::Cosp.can_have_session("12"));
        assert!(!Body::Cosp.can_have_session("41"));
        assert!(Body::Ga.can_have_session("82"));
        assert!(Body::Ga.can_have_session("S-32"));
        assert!(!Body::Cosp.can_have_session("0"));
    }

    #[test]
    fn issuer_names_name_one_body() {
        assert_eq!(Body::by_issuer_name("General  Assembly"), Some(Body::Ga));
        assert_eq!(
            Body::by_issuer_name("Commission on\nHuman Rights"),
            Some(Body::Chr)
        );
        assert_eq!(Body::by_issuer_name("Commission"), None);
        let p = issuer_names_pattern();
        assert!(p.starts_with(r"Conference\s+of\s+the\s+Parties"), "{p}");
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
