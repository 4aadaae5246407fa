//! `Id`: the one canonical-ID type. `Display` and `FromStr` are the contract of
//! ../shared/REFERENCE-IDS.md; `Id::parse_loose` accepts what a person types.

mod order;
mod typed;

pub use order::natural_cmp;

use crate::names::{Body, Instrument, chapter_numeral, parse_roman};
use serde::{Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Id {
    Resolution {
        issuer: Body,
        number: String,
    },
    Decision {
        issuer: Body,
        number: String,
    },
    Article {
        instrument: Instrument,
        article: u16,
        paragraph: Option<String>,
        sub: Option<String>,
    },
    Chapter {
        instrument: Instrument,
        chapter: u8,
    },
    Document {
        symbol: String,
    },
    /// `number` is "7" or, for General Assembly special sessions, "S-32".
    Session {
        body: Body,
        number: String,
    },
    /// A document of the corpus that states no symbol of its own.
    File {
        stem: String,
    },
}

/// The `kind` field of the contract, plus `file` for document nodes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Resolution,
    Decision,
    Article,
    Chapter,
    Document,
    Session,
    File,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Resolution => "resolution",
            Kind::Decision => "decision",
            Kind::Article => "article",
            Kind::Chapter => "chapter",
            Kind::Document => "document",
            Kind::Session => "session",
            Kind::File => "file",
        }
    }

    pub const ALL: [Kind; 7] = [
        Kind::Resolution,
        Kind::Decision,
        Kind::Article,
        Kind::Chapter,
        Kind::Document,
        Kind::Session,
        Kind::File,
    ];
}

impl FromStr for Kind {
    type Err = IdError;
    /// "resolution", "resolutions", and the ID prefixes people type
    /// ("res", "dec", "art", "chap", "doc").
    fn from_str(input: &str) -> Result<Self, IdError> {
        let s = input.trim().to_ascii_lowercase();
        let prefix = match s.as_str() {
            "res" => Some(Kind::Resolution),
            "dec" => Some(Kind::Decision),
            "art" => Some(Kind::Article),
            "chap" => Some(Kind::Chapter),
            "doc" | "docs" => Some(Kind::Document),
            _ => None,
        };
        let singular = s.strip_suffix('s').unwrap_or(&s);
        prefix
            .or_else(|| {
                Kind::ALL
                    .into_iter()
                    .find(|k| k.as_str() == s || k.as_str() == singular)
            })
            .ok_or_else(|| {
                IdError::Invalid(
                    input.trim().to_string(),
                    "unknown kind (resolution, decision, article, chapter, document, session, file)",
                )
            })
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum IdError {
    #[error("`{0}` is not a canonical ID: {1}")]
    Invalid(String, &'static str),
    #[error("`{input}` could be any of: {}; give the body (e.g. `{}`)", .candidates.join(", "), .candidates.first().map_or("", String::as_str))]
    Ambiguous {
        input: String,
        candidates: Vec<String>,
    },
}

impl Id {
    pub fn kind(&self) -> Kind {
        match self {
            Id::Resolution { .. } => Kind::Resolution,
            Id::Decision { .. } => Kind::Decision,
            Id::Article { .. } => Kind::Article,
            Id::Chapter { .. } => Kind::Chapter,
            Id::Document { .. } => Kind::Document,
            Id::Session { .. } => Kind::Session,
            Id::File { .. } => Kind::File,
        }
    }

    pub fn article(instrument: Instrument, article: u16) -> Id {
        Id::Article {
            instrument,
            article,
            paragraph: None,
            sub: None,
        }
    }

    /// The next coarser ID this one is part of: `46(3)(a)` -> `46(3)` -> `46`
    /// -> chapter IV. `None` at the top.
    pub fn parent(&self) -> Option<Id> {
        match self {
            Id::Article {
                instrument,
                article,
                paragraph,
                sub,
            } => match (paragraph, sub) {
                (Some(p), Some(_)) => Some(Id::Article {
                    instrument: *instrument,
                    article: *article,
                    paragraph: Some(p.clone()),
                    sub: None,
                }),
                (Some(_), None) | (None, Some(_)) => Some(Id::article(*instrument, *article)),
                _ => instrument.chapter_of(*article).map(|c| Id::Chapter {
                    instrument: *instrument,
                    chapter: c,
                }),
            },
            _ => None,
        }
    }

    /// True when `self` is `other` or lies inside it (a paragraph of an
    /// article, an article of a chapter).
    pub fn within(&self, other: &Id) -> bool {
        let mut cur = Some(self.clone());
        while let Some(c) = cur {
            if &c == other {
                return true;
            }
            cur = c.parent();
        }
        false
    }
}

/// One piece of an ID's canonical form.
pub enum IdPart<'a> {
    /// Fixed ASCII: a prefix, a code, a separator, a chapter numeral.
    Lit(&'a str),
    /// An article number.
    Num(usize),
    /// Text taken from a document (a number, a symbol, a stem): a writer
    /// may need to escape it.
    Text(&'a str),
}

impl Id {
    /// The canonical form, piece by piece: the one place that spells it.
    /// `Display` and the jsonl writer (which escapes text and formats
    /// numbers without the fmt machinery) both go through here.
    pub fn for_each_part(&self, mut f: impl FnMut(IdPart<'_>)) {
        use IdPart::{Lit, Num, Text};
        match self {
            Id::Resolution { issuer, number } | Id::Decision { issuer, number } => {
                f(Lit(if matches!(self, Id::Resolution { .. }) {
                    "res:"
                } else {
                    "dec:"
                }));
                f(Lit(issuer.code()));
                f(Lit(":"));
                f(Text(number));
            }
            Id::Article {
                instrument,
                article,
                paragraph,
                sub,
            } => {
                f(Lit("art:"));
                f(Lit(instrument.code()));
                f(Lit(":"));
                f(Num(usize::from(*article)));
                for part in [paragraph, sub].into_iter().flatten() {
                    f(Lit("("));
                    f(Text(part));
                    f(Lit(")"));
                }
            }
            Id::Chapter {
                instrument,
                chapter,
            } => {
                f(Lit("chap:"));
                f(Lit(instrument.code()));
                f(Lit(":"));
                f(Lit(chapter_numeral(*chapter)));
            }
            Id::Document { symbol } => {
                f(Lit("doc:"));
                f(Text(symbol));
            }
            Id::Session { body, number } => {
                f(Lit("session:"));
                f(Lit(body.code()));
                f(Lit(":"));
                f(Text(number));
            }
            Id::File { stem } => {
                f(Lit("file:"));
                f(Text(stem));
            }
        }
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut result = Ok(());
        self.for_each_part(|part| {
            if result.is_ok() {
                result = match part {
                    IdPart::Lit(s) | IdPart::Text(s) => f.write_str(s),
                    IdPart::Num(n) => write!(f, "{n}"),
                };
            }
        });
        result
    }
}

impl Serialize for Id {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A resolution or decision number an ID may hold: "70/174", "2017/21",
/// Security Council "2462", special and emergency special sessions
/// ("S-32/1", "ES-10/23"), a lettered part ("60/4A", "53/77AA") and the old
/// style ("1514(XV)", "217A(III)", "663C(XXIV)").
fn valid_res_number(n: &str) -> bool {
    let core = n
        .strip_prefix("S-")
        .or_else(|| n.strip_prefix("ES-"))
        .unwrap_or(n);
    let ok_part = |p: &str| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit());
    // A part's letters: one, or one letter twice ("AA").
    let lettered = |p: &str| {
        let b = p.as_bytes();
        let k = b
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_uppercase())
            .count();
        (1..=2).contains(&k)
            && (k == 1 || b[b.len() - 1] == b[b.len() - 2])
            && ok_part(&p[..p.len() - k])
    };
    if core.len() < n.len() && !core.contains('/') {
        return false;
    }
    match core.split_once('/') {
        Some((a, b)) => ok_part(a) && (ok_part(b) || lettered(b)),
        None => match core.strip_suffix(')').and_then(|c| c.split_once('(')) {
            Some((num, session)) => {
                let session = session.strip_prefix("ES-").unwrap_or(session);
                crate::names::numbers::roman_value(session).is_some()
                    && (ok_part(num) || (lettered(num) && num.len() > 1))
                    && num.len() <= 5
            }
            None => ok_part(core),
        },
    }
}

impl FromStr for Id {
    type Err = IdError;

    fn from_str(s: &str) -> Result<Id, IdError> {
        let err = |why| IdError::Invalid(s.to_string(), why);
        let (prefix, rest) = s.split_once(':').ok_or_else(|| err("missing `kind:`"))?;
        match prefix {
            "res" | "dec" => parse_resolution(rest, prefix == "dec"),
            "art" => parse_article(rest),
            "chap" => parse_chapter(rest),
            "doc" if !rest.is_empty() && !rest.chars().any(char::is_whitespace) => {
                Ok(Id::Document {
                    symbol: rest.to_string(),
                })
            }
            "doc" => Err("bad symbol"),
            "session" => parse_session(rest),
            "file" if !rest.is_empty() => Ok(Id::File {
                stem: rest.to_string(),
            }),
            _ => Err("unknown kind prefix"),
        }
        .map_err(err)
    }
}

/// `{issuer}:{number}` of `res:` and `dec:`.
fn parse_resolution(rest: &str, decision: bool) -> Result<Id, &'static str> {
    let (issuer, number) = rest.split_once(':').ok_or("missing issuer")?;
    let issuer = Body::from_code(issuer).ok_or("unknown issuer")?;
    if !valid_res_number(number) {
        return Err("bad resolution number");
    }
    let number = number.to_string();
    Ok(if decision {
        Id::Decision { issuer, number }
    } else {
        Id::Resolution { issuer, number }
    })
}

/// `{instrument}:{n}` with up to two pinpoints, of `art:`.
fn parse_article(rest: &str) -> Result<Id, &'static str> {
    let (inst, rest) = rest.split_once(':').ok_or("missing instrument")?;
    let instrument = Instrument::from_code(inst).ok_or("unknown instrument")?;
    let (num, tail) = match rest.find('(') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    let article: u16 = num.parse().map_err(|_| "bad article number")?;
    // One spelling per ID: "046" is not canonical.
    if article == 0 || num.starts_with('0') || num.starts_with('+') {
        return Err("bad article number");
    }
    let parts = parse_pinpoints(tail)?;
    // "2(a)": a lettered first level is a subparagraph.
    if let [only] = parts.as_slice()
        && only.bytes().all(|b| b.is_ascii_lowercase())
    {
        return Ok(Id::Article {
            instrument,
            article,
            paragraph: None,
            sub: Some(only.clone()),
        });
    }
    let mut it = parts.into_iter();
    Ok(Id::Article {
        instrument,
        article,
        paragraph: it.next(),
        sub: it.next(),
    })
}

/// "(3)(c)" after an article number: at most two parenthesised
/// alphanumeric parts.
fn parse_pinpoints(mut tail: &str) -> Result<Vec<String>, &'static str> {
    let mut parts = Vec::new();
    while !tail.is_empty() {
        let inner = tail.strip_prefix('(').ok_or("bad pinpoint")?;
        let close = inner.find(')').ok_or("unclosed pinpoint")?;
        let p = &inner[..close];
        if p.is_empty() || !p.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err("bad pinpoint");
        }
        parts.push(p.to_string());
        tail = &inner[close + 1..];
    }
    if parts.len() > 2 {
        return Err("too many pinpoints");
    }
    Ok(parts)
}

/// `{instrument}:{roman}` of `chap:`.
fn parse_chapter(rest: &str) -> Result<Id, &'static str> {
    let (inst, ch) = rest.split_once(':').ok_or("missing instrument")?;
    let instrument = Instrument::from_code(inst).ok_or("unknown instrument")?;
    let chapter = parse_roman(ch).ok_or("bad chapter numeral")?;
    let chapter = u8::try_from(chapter).map_err(|_| "bad chapter numeral")?;
    Ok(Id::Chapter {
        instrument,
        chapter,
    })
}

/// `{body}:{n}` (or `S-{n}` for a special session) of `session:`.
fn parse_session(rest: &str) -> Result<Id, &'static str> {
    let (body, n) = rest.split_once(':').ok_or("missing body")?;
    let body = Body::from_code(body).ok_or("unknown body")?;
    let digits = n.strip_prefix("S-").unwrap_or(n);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.starts_with('0') {
        return Err("bad session number");
    }
    Ok(Id::Session {
        body,
        number: n.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_contract_examples() {
        for s in [
            "res:cosp:6/2",
            "res:ga:70/174",
            "res:ga:S-32/1",
            "res:hrc:35/25",
            "res:ecosoc:2017/21",
            "res:sc:2462",
            "res:ga:1514(XV)",
            "res:ga:2200A(XXI)",
            "res:ecosoc:663C(XXIV)",
            "res:ga:ES-10/23",
            "res:ga:49/75I",
            "res:ga:53/77AA",
            "dec:cosp:5/1",
            "art:uncac:46",
            "art:uncac:46(3)",
            "art:uncac:63(4)(c)",
            "chap:uncac:V",
            "doc:CAC/COSP/2017/L.12/Rev.1",
            "session:cosp:7",
            "session:irg:8",
            "session:ga:S-32",
            "session:wg-prev:10",
            "file:cosp7-report",
        ] {
            let id: Id = s.parse().unwrap();
            assert_eq!(id.to_string(), s);
        }
    }

    #[test]
    fn kinds_as_people_type_them() {
        for (typed, kind) in [
            ("res", Kind::Resolution),
            ("resolutions", Kind::Resolution),
            ("dec", Kind::Decision),
            ("art", Kind::Article),
            ("chap", Kind::Chapter),
            ("doc", Kind::Document),
            ("session", Kind::Session),
            ("sessions", Kind::Session),
            ("file", Kind::File),
        ] {
            assert_eq!(typed.parse::<Kind>(), Ok(kind), "{typed}");
        }
        let err = "re".parse::<Kind>().unwrap_err().to_string();
        assert!(err.contains("`re`") && err.contains("resolution"), "{err}");
    }

    #[test]
    fn ids_sort_as_numbers() {
        let mut ids: Vec<Id> = [
            "res:cosp:6/10",
            "res:cosp:6/2",
            "res:ecosoc:2017/10",
            "res:ecosoc:2017/2",
            "art:uncac:46",
            "art:uncac:5",
            "session:ga:S-32",
            "session:ga:S-9",
            "dec:cosp:10/1",
            "dec:cosp:9/1",
        ]
        .iter()
        .map(|s| s.parse().unwrap())
        .collect();
        ids.sort();
        let shown: Vec<String> = ids.iter().map(Id::to_string).collect();
        assert_eq!(
            shown,
            [
                "res:cosp:6/2",
                "res:cosp:6/10",
                "res:ecosoc:2017/2",
                "res:ecosoc:2017/10",
                "dec:cosp:9/1",
                "dec:cosp:10/1",
                "art:uncac:5",
                "art:uncac:46",
                "session:ga:S-9",
                "session:ga:S-32",
            ]
        );
        assert_eq!(natural_cmp("6/02", "6/2"), "6/02".cmp("6/2"));
    }

    #[test]
    fn rejects_garbage() {
        for s in [
            "",
            "res:",
            "res:xx:1/2",
            "art:uncac:",
            "art:uncac:4(",
            "chap:uncac:IIII",
            "session:cosp:x",
            "res:ga:217A(IIII)",
            "res:ga:217 A(III)",
            "res:ga:53/77AB",
            "res:ga:ES-10",
            "res:ga:(XV)",
        ] {
            assert!(s.parse::<Id>().is_err(), "{s}");
        }
    }

    #[test]
    fn loose_forms() {
        let p = |s: &str| Id::parse_loose(s).unwrap().to_string();
        assert_eq!(p("6/2"), "res:cosp:6/2");
        assert_eq!(p("resolution 6/2"), "res:cosp:6/2");
        assert_eq!(p("ga resolution 70/174"), "res:ga:70/174");
        assert_eq!(p("decision 5/1"), "dec:cosp:5/1");
        assert_eq!(p("article 46"), "art:uncac:46");
        assert_eq!(p("art 46(3)"), "art:uncac:46(3)");
        assert_eq!(p("chapter iv"), "chap:uncac:IV");
        assert_eq!(p("CAC/COSP/2017/14"), "doc:CAC/COSP/2017/14");
        assert_eq!(p("session 7"), "session:cosp:7");
        assert_eq!(p("irg session 8"), "session:irg:8");
        // Issue 19: "COSP 7" as delegates write it.
        assert_eq!(p("COSP 7"), "session:cosp:7");
        assert_eq!(p("IRG 8"), "session:irg:8");
        assert_eq!(p("GA S-32"), "session:ga:S-32");
        assert!(Id::parse_loose("COSP").is_err());
    }

    #[test]
    fn parents_roll_up_to_chapters() {
        let id: Id = "art:uncac:46(3)(a)".parse().unwrap();
        let chap: Id = "chap:uncac:IV".parse().unwrap();
        assert!(id.within(&chap));
        assert!(id.within(&"art:uncac:46".parse().unwrap()));
        assert!(!id.within(&"art:uncac:4".parse().unwrap()));
    }
}
