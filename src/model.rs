//! The types the stages hand on, owned by none of them: what `recognise`
//! finds ([`Mention`], [`BodyMention`]) and what `resolve` makes of it
//! ([`Reference`] with its [`Relation`]). Graph, query, render and index
//! depend on these, not on the stages that produce them.

use crate::id::{Id, Kind};
use crate::names::{BodyName, Instrument};
use serde::Serialize;
use std::fmt;
use std::str::FromStr;

/// What a mention names, before context is applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Raw {
    Resolution {
        decision: bool,
        number: String,
        /// Paragraph pinpoint inside the resolution ("resolution 6/1, paragraph 11").
        pinpoint: Option<String>,
        /// The title the text gives it ("resolution 9/2, entitled “...”").
        title: Option<String>,
        /// Its adoption date as the text gives it ("resolution 6/2 of 6
        /// November 2015"), ISO 8601.
        date: Option<String>,
    },
    Article {
        instrument: Instrument,
        /// `None` for "paragraph 2 of that article": the resolver supplies it.
        article: Option<u16>,
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
    Session {
        number: String,
        /// Numbered "meeting" rather than "session".
        meeting: bool,
    },
    /// "that resolution", "the same decision", "both resolutions": the
    /// resolver points it at the last `count` resolutions (or decisions) named.
    Anaphor {
        decision: bool,
        count: usize,
    },
}

/// Who issued a resolution mention, as far as the words around it say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IssuerHint {
    /// "General Assembly resolution 70/174", "decision 4/2 of the Conference".
    Named(BodyName),
    /// "its resolution 6/2": the subject of the sentence or of the text.
    Its,
    Bare,
}

#[derive(Debug, Clone)]
pub struct Item {
    pub raw: Raw,
    /// Clean span of the words naming this target.
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub items: Vec<Item>,
    pub hint: IssuerHint,
    /// For sessions: the body named right after ("of the Conference") or by the
    /// phrase itself (expert meeting, special session of the Assembly).
    pub body: Option<BodyName>,
}

impl Mention {
    /// A mention whose words name no issuer (an article, a chapter, a
    /// symbol): the resolver supplies what it needs from context.
    pub fn bare(start: usize, end: usize, items: Vec<Item>) -> Mention {
        Mention {
            start,
            end,
            items,
            hint: IssuerHint::Bare,
            body: None,
        }
    }

    pub fn is_session(&self) -> bool {
        matches!(
            self.items.first().map(|i| &i.raw),
            Some(Raw::Session { .. })
        )
    }
}

/// One body name found in text.
#[derive(Debug, Clone, Copy)]
pub struct BodyMention {
    pub start: usize,
    pub end: usize,
    pub name: BodyName,
}

/// The governing verb of a reference, normalised (REFERENCE-IDS.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Relation {
    Recalls,
    Reaffirms,
    Notes,
    TakesNote,
    Welcomes,
    ActsUnder,
    Requests,
    Decides,
    Refers,
    Endorses,
    Adopts,
    Cites,
}

impl Relation {
    pub const ALL: [Relation; 12] = [
        Relation::Recalls,
        Relation::Reaffirms,
        Relation::Notes,
        Relation::TakesNote,
        Relation::Welcomes,
        Relation::ActsUnder,
        Relation::Requests,
        Relation::Decides,
        Relation::Refers,
        Relation::Endorses,
        Relation::Adopts,
        Relation::Cites,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Recalls => "recalls",
            Relation::Reaffirms => "reaffirms",
            Relation::Notes => "notes",
            Relation::TakesNote => "takes-note",
            Relation::Welcomes => "welcomes",
            Relation::ActsUnder => "acts-under",
            Relation::Requests => "requests",
            Relation::Decides => "decides",
            Relation::Refers => "refers",
            Relation::Endorses => "endorses",
            Relation::Adopts => "adopts",
            Relation::Cites => "cites",
        }
    }

    /// Relations that say a later text builds on an earlier one (lineage).
    pub fn is_lineage(self) -> bool {
        matches!(
            self,
            Relation::Recalls
                | Relation::Reaffirms
                | Relation::ActsUnder
                | Relation::Endorses
                | Relation::Welcomes
                | Relation::TakesNote
                | Relation::Notes
        )
    }
}

impl fmt::Display for Relation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Relation {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let s = s.trim().to_ascii_lowercase().replace('_', "-");
        let alias = match s.as_str() {
            "recall" => "recalls",
            "reaffirm" => "reaffirms",
            "note" => "notes",
            "takes-note-of" | "take-note" => "takes-note",
            "welcome" => "welcomes",
            "pursuant" | "under" => "acts-under",
            "request" => "requests",
            "decide" => "decides",
            "refer" | "see" => "refers",
            "endorse" => "endorses",
            "adopt" => "adopts",
            "cite" => "cites",
            other => other,
        };
        Relation::ALL
            .into_iter()
            .find(|r| r.as_str() == alias)
            .ok_or_else(|| {
                let all: Vec<_> = Relation::ALL.iter().map(|r| r.as_str()).collect();
                format!("unknown relation `{s}` (one of: {})", all.join(", "))
            })
    }
}

/// One reference occurrence: the contract line of `extract --format jsonl`
/// plus what the graph needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Reference {
    /// Shared by every reference of a document: one allocation, not one each.
    pub file: std::sync::Arc<str>,
    pub source: Id,
    pub target: Id,
    pub kind: Kind,
    pub relation: Relation,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    /// The 1-based page the mention starts on, for a PDF (the contract's
    /// optional `page`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub anaphora: bool,
    /// Paragraph of a resolution the mention points into ("paragraph 5 of").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pinpoint: Option<String>,
    /// The target's title where the text gives it ("entitled “...”").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The target's adoption date where the text gives it ("resolution 6/2
    /// of 6 November 2015"), ISO 8601 ("2015-11-06"). Not a contract field:
    /// `extract --format json` shows it, JSONL does not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}
