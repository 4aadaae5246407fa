//! Which article an article-less pinpoint is of: "paragraph 2 of that
//! article" is of the article (and convention) named last. Everything else
//! about instruments (which convention "the Convention" is, its chapters)
//! the recogniser reads from `names`.

use crate::id::Id;
use crate::model::Raw;
use crate::names::Instrument;

/// "article 46 ... paragraph 2 of that article": the article named last is
/// taken if it was named at most this many bytes of clean text before
/// (about half a page); further back, the pinpoint is dropped.
const ARTICLE_REACH: usize = 2000;

/// The article that article item `raw` (of a mention starting at `start`)
/// names, with `last` the last article named (number, instrument, where),
/// which it updates; `None` for an article-less pinpoint with no article in
/// reach.
pub(super) fn article_id(
    start: usize,
    raw: &Raw,
    last: &mut Option<(u16, Instrument, usize)>,
) -> Option<Id> {
    let Raw::Article {
        instrument,
        article,
        paragraph,
        sub,
    } = raw
    else {
        return None;
    };
    let (inst, art) = match article {
        Some(a) => (*instrument, *a),
        None => match *last {
            Some((a, inst, at)) if start - at < ARTICLE_REACH => (inst, a),
            _ => return None,
        },
    };
    *last = Some((art, inst, start));
    Some(Id::Article {
        instrument: inst,
        article: art,
        paragraph: paragraph.clone(),
        sub: sub.clone(),
    })
}
