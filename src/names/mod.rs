//! The one place that knows UN facts: bodies and their names, instruments and
//! their chapters, document-symbol series, ordinal words.
//!
//! Everything else asks here instead of carrying its own lists, so that adding
//! a body (say, a new working group) is one edit.

mod bodies;
pub mod dates;
pub(crate) mod finder;
pub mod lang;
mod numbering;
pub mod numbers;
mod ordinals;
pub mod special_sessions;
pub mod symbols;
pub mod verbs;

/// Month names as dates write them ("6 November 2015"), by language.
pub const MONTHS: &[(Lang, [&str; 12])] = &[(
    Lang::En,
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
)];

/// The month name the bytes `b` start with, in any language of [`MONTHS`].
pub fn month_at(b: &[u8]) -> Option<&'static str> {
    MONTHS
        .iter()
        .flat_map(|(_, names)| names.iter())
        .find(|m| b.starts_with(m.as_bytes()))
        .copied()
}

pub use bodies::{another_assembly, body_at, body_at_start, body_in, find_bodies};
pub use body::{Body, BodyFacts, FACTS_AS_OF, Numbering};
pub use lang::Lang;
pub use numbering::plausible_issuer;
pub use numbers::{canonical_number, res_number_len, sc_number};
pub(crate) use ordinals::lower;
pub use ordinals::{ORDINAL_RE, is_tens_word, ordinal_at, ordinal_value, session_heading};
pub use symbols::{is_symbol_series, starts_like_symbol};

mod body;

/// Regex fragments naming each body, in the order they must be tried (longer,
/// more specific names first). Used by the recogniser to build its one body
/// automaton; "the Group" / "the Working Group" are resolved by context.
pub const BODY_NAMES: &[(&str, BodyName)] = &[
    (
        r"Conference\s+of\s+the\s+Parties\s+to\s+the\s+(?:United\s+Nations\s+Convention\s+against\s+Transnational\s+Organized\s+Crime|Organized\s+Crime\s+Convention)",
        BodyName::Exact(Body::CopUntoc),
    ),
    (
        r"Commission\s+on\s+Crime\s+Prevention\s+and\s+Criminal\s+Justice",
        BodyName::Exact(Body::Ccpcj),
    ),
    (
        r"Commission\s+on\s+Narcotic\s+Drugs",
        BodyName::Exact(Body::Cnd),
    ),
    (
        r"Commission\s+on\s+Human\s+Rights",
        BodyName::Exact(Body::Chr),
    ),
    (
        r"Conference\s+of\s+(?:the\s+)?States\s+Parties(?:\s+to\s+the\s+United\s+Nations\s+Convention\s+against\s+Corruption)?",
        BodyName::Exact(Body::Cosp),
    ),
    (
        r"(?:Open-ended\s+)?(?:Intergovernmental\s+)?Working\s+Group\s+on\s+Asset\s+Recovery",
        BodyName::Exact(Body::WgAr),
    ),
    (
        r"(?:Open-ended\s+)?(?:Intergovernmental\s+)?Working\s+Group\s+on\s+(?:the\s+)?Prevention\s+of\s+Corruption",
        BodyName::Exact(Body::WgPrev),
    ),
    (
        r"(?:open-ended\s+intergovernmental\s+)?(?:expert\s+meetings?|meetings?\s+of\s+experts)(?:\s+(?:convened\s+)?(?:to\s+enhance|on)\s+international\s+cooperation)",
        BodyName::Exact(Body::EgIc),
    ),
    (
        r"Implementation\s+Review\s+Group",
        BodyName::Exact(Body::Irg),
    ),
    (r"General\s+Assembly", BodyName::Exact(Body::Ga)),
    (
        r"Economic\s+and\s+Social\s+Council",
        BodyName::Exact(Body::Ecosoc),
    ),
    (r"Human\s+Rights\s+Council", BodyName::Exact(Body::Hrc)),
    (r"Security\s+Council", BodyName::Exact(Body::Sc)),
    (r"[Ee]xpert\s+[Mm]eeting", BodyName::Exact(Body::EgIc)),
    (r"Working\s+Group", BodyName::AnyWorkingGroup),
    (r"Group", BodyName::AnyGroup),
    (r"Assembly", BodyName::Exact(Body::Ga)),
    (r"Conference", BodyName::Exact(Body::Cosp)),
];

/// Bodies that issue resolutions or hold sessions but have no code here: the
/// Commission on Crime Prevention and Criminal Justice, another treaty's
/// Conference of the Parties, committees, boards. A resolution or session
/// that is theirs is not a reference to any node of ours. The tails take in
/// the rest of the name ("Commission on Crime Prevention and Criminal Justice").
pub const FOREIGN_BODY_RE: &str = r"(?:(?:Sub-?[Cc]ommission|Commission)(?:\s+(?:on|for|of|and|the|[A-Z][a-z]+))*|Conference\s+of\s+the\s+Parties(?:\s+(?:to|the|against|[A-Z][a-z]+))*|Committee(?:\s+(?:on|of|the|[A-Z][a-z]+))*|Board|Council\s+of\s+Europe|European\s+Union|Union|Organization|Forum|Assembly\s+of\s+States\s+Parties)";

/// A body's short name before "resolution": "Council resolution 27/21"
/// after the Human Rights Council, "Commission resolution 1998/72" after
/// the Commission on Human Rights (A/RES/80/207).
pub const SHORT_BODY_WORDS: &[&str] = &["Council", "Commission"];

/// The names `issuer_named` knows, as a pattern for the recogniser: made
/// from the body table ([`body::issuer_names_pattern`]).
pub static ISSUER_NAME_RE: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(body::issuer_names_pattern);

/// The last word of every issuer name ("Assembly", "Rights", "CCPCJ"):
/// a window that ends with none of them names no issuer, and the pattern
/// is not run.
pub static ISSUER_LAST_WORDS: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(|| {
        let mut words: Vec<&str> = body::FACTS
            .iter()
            .flat_map(|f| f.issuer_names.iter())
            .filter_map(|n| n.rsplit(' ').next())
            .collect();
        words.sort_unstable();
        words.dedup();
        words
    });

/// The issuer an adjective-like name before "resolution" denotes:
/// "General Assembly resolution", "Assembly resolution", "Conference decision".
pub fn issuer_named(words: &str) -> Option<Body> {
    Body::by_issuer_name(words)
}

/// What a body name denotes: one body, or "the (Working) Group" whose body
/// comes from context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyName {
    Exact(Body),
    AnyWorkingGroup,
    AnyGroup,
}

/// A treaty whose articles and chapters are cited.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Instrument {
    Uncac,
    Untoc,
}

impl Instrument {
    pub fn code(self) -> &'static str {
        match self {
            Instrument::Uncac => "uncac",
            Instrument::Untoc => "untoc",
        }
    }

    pub fn from_code(code: &str) -> Option<Instrument> {
        match code {
            "uncac" => Some(Instrument::Uncac),
            "untoc" => Some(Instrument::Untoc),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Instrument::Uncac => "United Nations Convention against Corruption",
            Instrument::Untoc => "United Nations Convention against Transnational Organized Crime",
        }
    }

    /// Where the instrument's text is published (UNODC's page of it).
    pub fn text_url(self) -> &'static str {
        match self {
            Instrument::Uncac => "https://www.unodc.org/unodc/en/treaties/CAC/",
            Instrument::Untoc => "https://www.unodc.org/unodc/en/organized-crime/intro/UNTOC.html",
        }
    }

    pub fn article_count(self) -> u16 {
        match self {
            Instrument::Uncac => 71,
            Instrument::Untoc => 41,
        }
    }

    /// Chapters as (number, first article, last article, title).
    pub fn chapters(self) -> &'static [(u8, u16, u16, &'static str)] {
        match self {
            Instrument::Uncac => &[
                (1, 1, 4, "General provisions"),
                (2, 5, 14, "Preventive measures"),
                (3, 15, 42, "Criminalization and law enforcement"),
                (4, 43, 50, "International cooperation"),
                (5, 51, 59, "Asset recovery"),
                (6, 60, 62, "Technical assistance and information exchange"),
                (7, 63, 64, "Mechanisms for implementation"),
                (8, 65, 71, "Final provisions"),
            ],
            Instrument::Untoc => &[],
        }
    }

    pub fn chapter_count(self) -> u8 {
        self.chapters().len() as u8
    }

    /// The highest chapter number a mention of this instrument can have:
    /// its chapter count, or, for the Organized Crime Convention (whose
    /// chapters are not listed here), the ten it is read with.
    pub fn last_chapter(self) -> u8 {
        match self {
            Instrument::Uncac => self.chapter_count(),
            Instrument::Untoc => 10,
        }
    }

    /// The chapter an article stands in, if the registry knows it.
    pub fn chapter_of(self, article: u16) -> Option<u8> {
        self.chapters()
            .iter()
            .find(|(_, a, b, _)| (*a..=*b).contains(&article))
            .map(|c| c.0)
    }

    pub fn chapter_title(self, chapter: u8) -> Option<&'static str> {
        self.chapters().iter().find(|c| c.0 == chapter).map(|c| c.3)
    }

    /// The title of article `article` ("Mutual legal assistance" for
    /// article 46 of the Convention against Corruption), where the registry
    /// has the instrument's article titles.
    pub fn article_title(self, article: u16) -> Option<&'static str> {
        let titles: &[&str] = match self {
            Instrument::Uncac => &UNCAC_ARTICLE_TITLES,
            Instrument::Untoc => &[],
        };
        titles.get(usize::from(article).checked_sub(1)?).copied()
    }
}

/// The titles of the 71 articles of the United Nations Convention against
/// Corruption (General Assembly resolution 58/4, annex), article 1 first.
const UNCAC_ARTICLE_TITLES: [&str; 71] = [
    "Statement of purpose",
    "Use of terms",
    "Scope of application",
    "Protection of sovereignty",
    "Preventive anti-corruption policies and practices",
    "Preventive anti-corruption body or bodies",
    "Public sector",
    "Codes of conduct for public officials",
    "Public procurement and management of public finances",
    "Public reporting",
    "Measures relating to the judiciary and prosecution services",
    "Private sector",
    "Participation of society",
    "Measures to prevent money-laundering",
    "Bribery of national public officials",
    "Bribery of foreign public officials and officials of public international organizations",
    "Embezzlement, misappropriation or other diversion of property by a public official",
    "Trading in influence",
    "Abuse of functions",
    "Illicit enrichment",
    "Bribery in the private sector",
    "Embezzlement of property in the private sector",
    "Laundering of proceeds of crime",
    "Concealment",
    "Obstruction of justice",
    "Liability of legal persons",
    "Participation and attempt",
    "Knowledge, intent and purpose as elements of an offence",
    "Statute of limitations",
    "Prosecution, adjudication and sanctions",
    "Freezing, seizure and confiscation",
    "Protection of witnesses, experts and victims",
    "Protection of reporting persons",
    "Consequences of acts of corruption",
    "Compensation for damage",
    "Specialized authorities",
    "Cooperation with law enforcement authorities",
    "Cooperation between national authorities",
    "Cooperation between national authorities and the private sector",
    "Bank secrecy",
    "Criminal record",
    "Jurisdiction",
    "International cooperation",
    "Extradition",
    "Transfer of sentenced persons",
    "Mutual legal assistance",
    "Transfer of criminal proceedings",
    "Law enforcement cooperation",
    "Joint investigations",
    "Special investigative techniques",
    "General provision",
    "Prevention and detection of transfers of proceeds of crime",
    "Measures for direct recovery of property",
    "Mechanisms for recovery of property through international cooperation in confiscation",
    "International cooperation for purposes of confiscation",
    "Special cooperation",
    "Return and disposal of assets",
    "Financial intelligence unit",
    "Bilateral and multilateral agreements and arrangements",
    "Training and technical assistance",
    "Collection, exchange and analysis of information on corruption",
    "Other measures: implementation of the Convention through economic development and technical assistance",
    "Conference of the States Parties to the Convention",
    "Secretariat",
    "Implementation of the Convention",
    "Settlement of disputes",
    "Signature, ratification, acceptance, approval and accession",
    "Entry into force",
    "Amendment",
    "Denunciation",
    "Depositary and languages",
];

/// Document-symbol series this tool recognises (the first component).
pub const SYMBOL_SERIES_RE: &str = r"(?:CAC|CTOC|UNODC|A|E|S|ST|TD|UNEP|DP|UNW|FCCC|CEDAW|CRC|CCPR|CERD|CAT|CMW|CRPD|CED|SPT|HRI|SG|BIO|SOC)";

/// The numeral of a chapter number, from a table made once (`roman` builds
/// a String a call and IDs are written per reference).
pub fn chapter_numeral(n: u8) -> &'static str {
    static NUMERALS: std::sync::LazyLock<Vec<String>> =
        std::sync::LazyLock::new(|| (0..=u8::MAX).map(|n| roman(n.into())).collect());
    &NUMERALS[usize::from(n)]
}

pub fn roman(n: u32) -> String {
    const T: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut n = n;
    let mut s = String::new();
    for (v, r) in T {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

/// Parses an upper-case Roman numeral; `None` for anything non-canonical.
/// Canonical means written as `roman` writes it, so each numeral is read
/// left to right and compared with the table's spelling (no allocation: it
/// runs per chapter mention).
pub fn parse_roman(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 8 {
        return None;
    }
    let value = |c: u8| match c {
        b'I' => Some(1),
        b'V' => Some(5),
        b'X' => Some(10),
        b'L' => Some(50),
        b'C' => Some(100),
        _ => None,
    };
    let b = s.as_bytes();
    let mut total: i64 = 0;
    for (i, &c) in b.iter().enumerate() {
        let v = value(c)?;
        match b.get(i + 1).map(|&n| value(n)) {
            Some(None) => return None,
            Some(Some(n)) if n > v => total -= v,
            _ => total += v,
        }
    }
    let total = u32::try_from(total).ok()?;
    let canonical = match u8::try_from(total) {
        Ok(n) => chapter_numeral(n) == s,
        Err(_) => roman(total) == s,
    };
    canonical.then_some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_issuer_name_the_recogniser_matches_is_known() {
        for alt in ISSUER_NAME_RE.split('|') {
            let name = alt.replace(r"\s+", " ").replace(r"\b", "");
            assert!(issuer_named(&name).is_some(), "{name}");
        }
    }

    #[test]
    fn romans() {
        assert_eq!(parse_roman("IV"), Some(4));
        assert_eq!(parse_roman("VIII"), Some(8));
        assert_eq!(parse_roman("IIII"), None);
        assert_eq!(roman(9), "IX");
        assert_eq!(parse_roman("IVa"), None);
        assert_eq!(parse_roman("CCC"), Some(300));
        for n in 1..=500 {
            let r = roman(n);
            let readable = r.len() <= 8 && !r.contains(['D', 'M']);
            assert_eq!(parse_roman(&r), readable.then_some(n), "{n}");
        }
    }

    #[test]
    fn every_article_has_its_title() {
        assert_eq!(
            Instrument::Uncac.article_title(46),
            Some("Mutual legal assistance")
        );
        assert_eq!(
            Instrument::Uncac.article_title(1),
            Some("Statement of purpose")
        );
        assert_eq!(
            Instrument::Uncac.article_title(71),
            Some("Depositary and languages")
        );
        assert_eq!(Instrument::Uncac.article_title(0), None);
        assert_eq!(Instrument::Uncac.article_title(72), None);
        // The last article of every chapter has a title.
        for (_, _, last, _) in Instrument::Uncac.chapters() {
            assert!(Instrument::Uncac.article_title(*last).is_some());
        }
    }

    #[test]
    fn chapters_cover_every_article() {
        for a in 1..=71 {
            assert!(Instrument::Uncac.chapter_of(a).is_some(), "article {a}");
        }
        assert_eq!(Instrument::Uncac.chapter_of(46), Some(4));
    }

    #[test]
    fn symbol_series() {
        assert_eq!(Body::of_symbol("CAC/COSP/IRG/2017/3"), Some(Body::Irg));
        assert_eq!(Body::of_symbol("CAC/COSP/2017/3"), Some(Body::Cosp));
        assert_eq!(Body::of_symbol("A/HRC/35/25"), Some(Body::Hrc));
    }
}
