//! Reading IDs as people type them: short forms, symbols, and the words a
//! document uses (read by the same recogniser as the documents).

use super::{Id, IdError};
use crate::names::Body;

impl Id {
    /// Accepts the canonical form and the short forms a person types:
    /// `6/2`, `resolution 6/2`, `decision 5/1`, `article 46`, `art 46(3)`,
    /// `chapter IV`, `CAC/COSP/2017/14`, `session 7`, `irg session 8`.
    /// Unqualified resolutions and sessions default to the Conference.
    pub fn parse_loose(input: &str) -> Result<Id, IdError> {
        let s = input.trim();
        if let Ok(id) = s.parse::<Id>() {
            return Ok(id);
        }
        let lower = s.to_ascii_lowercase();
        let words: Vec<&str> = lower.split_whitespace().collect();
        let bad = || IdError::Invalid(s.to_string(), "not an ID or a short form of one");
        if words.is_empty() {
            return Err(IdError::Invalid(String::new(), "empty ID"));
        }
        // An optional body word first: "ga resolution 70/174", "irg session 8".
        let (body, rest): (Option<Body>, &[&str]) = match Body::from_code(words[0]) {
            Some(b) if words.len() > 1 => (Some(b), &words[1..]),
            _ => (None, &words[..]),
        };
        let (head, tail) = match rest {
            [one] => ("", *one),
            [head, tail @ ..] if tail.len() == 1 => (*head, tail[0]),
            _ => return Err(bad()),
        };
        let number_like = |t: &str| {
            let t = t.strip_prefix("s-").unwrap_or(t);
            t.split_once('/').is_some_and(|(a, b)| {
                !a.is_empty()
                    && !b.is_empty()
                    && a.bytes().all(|c| c.is_ascii_digit())
                    && b.bytes().all(|c| c.is_ascii_digit())
            })
        };
        let upper_num = |t: &str| t.to_ascii_uppercase();
        match head {
            "" | "res" | "resolution" | "res." if number_like(tail) => {
                return Ok(Id::Resolution {
                    issuer: body.unwrap_or(Body::Cosp),
                    number: upper_num(tail),
                });
            }
            "dec" | "decision" | "dec." if number_like(tail) => {
                return Ok(Id::Decision {
                    issuer: body.unwrap_or(Body::Cosp),
                    number: upper_num(tail),
                });
            }
            "art" | "art." | "article" => {
                return format!("art:uncac:{tail}").parse().map_err(|_| bad());
            }
            // "chapter 4" is chapter IV.
            "chap" | "chap." | "chapter" if tail.parse::<u8>().is_ok_and(|n| n > 0) => {
                let n: u8 = tail.parse().map_err(|_| bad())?;
                return format!("chap:uncac:{}", crate::names::chapter_numeral(n))
                    .parse()
                    .map_err(|_| bad());
            }
            "chap" | "chap." | "chapter" => {
                return format!("chap:uncac:{}", tail.to_ascii_uppercase())
                    .parse()
                    .map_err(|_| bad());
            }
            // "COSP 7", "IRG 8", "GA S-32": a body's code and a number is
            // its session.
            "" if body.is_some()
                && tail
                    .strip_prefix("s-")
                    .unwrap_or(tail)
                    .bytes()
                    .all(|b| b.is_ascii_digit())
                && !tail.is_empty() =>
            {
                return Ok(Id::Session {
                    body: body.unwrap_or(Body::Cosp),
                    number: tail.to_ascii_uppercase(),
                });
            }
            "session" | "meeting" if tail.bytes().all(|b| b.is_ascii_digit()) => {
                return Ok(Id::Session {
                    body: body.unwrap_or(Body::Cosp),
                    number: tail.to_string(),
                });
            }
            _ => {}
        }
        if head.is_empty()
            && s.contains('/')
            && s.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        {
            return Ok(Id::Document {
                symbol: s.to_string(),
            });
        }
        Err(bad())
    }

    /// [`Id::parse_loose`], then what a person copies from a document,
    /// read by the same recogniser and resolver as the documents: "General
    /// Assembly resolution 70/174", "article 46, paragraph 3", "the seventh
    /// session of the Conference", "A/RES/70/174" (the resolution, as the
    /// graph has it). A bare number no body's numbering rules out for the
    /// Conference is the Conference's ("6/2"); one only another body can
    /// have is that body's ("70/174" is the Assembly's); when several can,
    /// the error names them.
    pub fn parse_query(input: &str) -> Result<Id, IdError> {
        let s = input.trim();
        if let Some(res) = crate::names::symbols::resolution_of_symbol(s) {
            return Ok(res);
        }
        if let Ok(id) = s.parse::<Id>() {
            return Ok(id);
        }
        if s.split_whitespace().count() > 1 {
            let mut targets: Vec<Id> = crate::document::extract(s)
                .into_iter()
                .map(|r| r.target)
                .collect();
            targets.dedup();
            if let [one] = targets.as_slice() {
                return Ok(match one {
                    Id::Document { symbol } => {
                        crate::names::symbols::resolution_of_symbol(symbol).unwrap_or(one.clone())
                    }
                    _ => one.clone(),
                });
            }
        }
        let id = Id::parse_loose(s)?;
        match &id {
            Id::Resolution { issuer, number } | Id::Decision { issuer, number }
                if *issuer == Body::Cosp
                    && !number.is_empty()
                    && !issuer.can_number(number)
                    && Body::from_code(s.split_whitespace().next().unwrap_or("")).is_none() =>
            {
                let fits: Vec<Body> = Body::ALL
                    .iter()
                    .copied()
                    .filter(|b| b.issues_resolutions() && b.can_number(number))
                    .collect();
                let rebuilt = |b: Body| match &id {
                    Id::Decision { number, .. } => Id::Decision {
                        issuer: b,
                        number: number.clone(),
                    },
                    _ => Id::Resolution {
                        issuer: b,
                        number: number.clone(),
                    },
                };
                match fits.as_slice() {
                    [one] => Ok(rebuilt(*one)),
                    [] => Err(IdError::Invalid(
                        s.to_string(),
                        "no body's numbering has this number",
                    )),
                    many => Err(IdError::Ambiguous {
                        input: s.to_string(),
                        candidates: many.iter().map(|&b| rebuilt(b).to_string()).collect(),
                    }),
                }
            }
            _ => Ok(id),
        }
    }
}
