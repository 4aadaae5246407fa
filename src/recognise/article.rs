//! Articles of an instrument and their pinpoints: "article 63, paragraphs
//! 4 (c) and (d), of the Convention", "articles 5 to 14", "article 52(1)",
//! "paragraph 24 of article 46", "subparagraph (b) of paragraph 1 of article
//! 52".

use super::instrument::{foreign_instrument_last, instrument_after};
use super::{is_paragraph_keyword, lex, next_word_of, starts_digit, starts_range, starts_with_any};
use crate::gated_re;
use crate::model::{Item, Mention, Raw};
use crate::names::Instrument;
use crate::pattern::{after_space, back, ends_with_spaced, next_word};

/// Bytes before a mention that hold the word before it ("its ", a tab).
const WORD_BEFORE: usize = 8;

/// Bytes before an article keyword that hold an "its ".
const ITS_BEFORE: usize = 6;

/// "the Civil Law Convention on Corruption, in its article 13": the
/// instrument "its" stands for is named within this many bytes.
const ITS_INSTRUMENT_REACH: usize = 200;

/// A paragraph range ("paragraphs 1-3") spans at most this many after its
/// first: a longer one is a misread.
const MAX_PARA_RANGE: u32 = 40;

/// A subparagraph range ("(a) to (c)") spans at most this many letters after
/// its first.
const MAX_SUB_RANGE: u8 = 12;

gated_re!(ART_NUM, starts_digit, r"^\d{1,3}\b");

gated_re!(
    ART_RANGE,
    starts_range,
    r"^\s*(?:-|–|to|through)\s*(\d{1,3})\b"
);

gated_re!(
    PARA_KW,
    |r| is_paragraph_keyword(next_word(r)),
    r"^(?:,\s*|\s+)(?:(?:sub)?paragraphs?|(?:sub)?paras?\.)\s*"
);

gated_re!(
    PARA_RANGE,
    starts_range,
    r"^\s*(?:-|–|to|through)\s*(\d{1,3})\b"
);

gated_re!(
    ARTICLE_WITH_PARAGRAPH,
    starts_digit,
    r"^\d{1,3},?\s+(?:paragraphs?|paras?\.)\s*\d"
);

gated_re!(
    SUB_KW,
    |r| next_word(r).starts_with("subpara"),
    r"^,?\s*(?:subparagraphs?|subparas?\.)"
);

gated_re!(
    PAREN_NUM,
    |r| r.starts_with('(') || r.starts_with(" ("),
    r"^ ?\((\d{1,3})\)"
);

gated_re!(
    /// "subparagraphs (a) to (c) of paragraph 3": the paragraph after its subparagraphs.
    OF_PARAGRAPH,
    next_word_of,
    r"^\s+of\s+(?:[Pp]aragraph|para\.)\s*"
);

gated_re!(
    SUB_RANGE,
    starts_range,
    r"^\s*(?:to|through|-|–)\s*\(([a-z])\)"
);

gated_re!(
    SUB_SEP,
    |r| starts_with_any(after_space(r), &[",", "and", "or"]),
    r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)"
);

gated_re!(
    ART_KW,
    |r| r.starts_with(['a', 'A']),
    r"^(?:[Aa]rticles?|[Aa]rts?\.)\s*"
);

gated_re!(
    PARA_KW_BARE,
    |r| r.starts_with("sub") || r.starts_with("para"),
    r"^(?:(?:sub)?paragraphs?|(?:sub)?paras?\.)\s*"
);

gated_re!(
    PARA_OF_OTHER_ARTICLE,
    starts_digit,
    r"^\d{1,3}(?:\s*\((?:[a-z]{1,3}|[ivx]{1,5})\))*,?\s+of\s+(?:its\s+)?(?:[Aa]rticle|art\.)\s*\d"
);

gated_re!(
    OF_ARTICLE,
    next_word_of,
    r"^,?\s+of\s+(?:(that|the\s+same|this)\s+article\b|(?:its\s+)?(?:[Aa]rticle|art\.)\s*(\d{1,3})\b)"
);

/// Subparagraphs after a paragraph number: "(a)", "(a) to (c)",
/// "(b) and (c)", "(i), (ii)". Advances `cur` past them.
fn parse_subs(text: &str, cur: &mut usize) -> Vec<String> {
    let mut subs = Vec::new();
    // "paragraph 1, subparagraph (d)", "para. 1, subpara. (d)": the keyword
    // may name the level.
    if lex::sub(&text[*cur..]).is_none()
        && let Some(k) = SUB_KW.find(&text[*cur..])
        && lex::sub(&text[*cur + k.end()..]).is_some()
    {
        *cur += k.end();
    }
    if let Some((len, first)) = lex::sub(&text[*cur..]) {
        subs.push(first.to_string());
        *cur += len;
        // "paragraph 1 (a) to (c)": every subparagraph of the range.
        if let Some(r) = SUB_RANGE.captures(&text[*cur..])
            && let (Some(from), Some(to)) = (first.bytes().next(), r[1].bytes().next())
            && first.len() == 1
            && to > from
            && to - from <= MAX_SUB_RANGE
        {
            subs.extend((from + 1..=to).map(|b| (b as char).to_string()));
            *cur += r.get(0).unwrap().end();
        }
        while let Some(sep) = SUB_SEP.find(&text[*cur..]) {
            let Some((len, letters)) = lex::sub(&text[*cur + sep.end()..]) else {
                break;
            };
            subs.push(letters.to_string());
            *cur += sep.end() + len;
        }
    }
    subs
}

/// A paragraph alone, or one pinpoint per subparagraph of it.
fn push_pinpoints(out: &mut Vec<(String, Option<String>)>, para: String, subs: Vec<String>) {
    if subs.is_empty() {
        out.push((para, None));
    } else {
        out.extend(subs.into_iter().map(|s| (para.clone(), Some(s))));
    }
}

/// Compact pinpoints right after an article number: "52(1)", "31(1)(a)",
/// "46 (9) (b)", "52(1) and (2)", "57(3)(a)-(c)". The parenthesised number
/// is the paragraph, letters after it its subparagraphs.
fn parse_compact_pinpoints(text: &str, mut cur: usize) -> (Vec<(String, Option<String>)>, usize) {
    let mut out = Vec::new();
    while let Some(c) = PAREN_NUM.captures(&text[cur..]) {
        let para = c[1].to_string();
        cur += c.get(0).unwrap().end();
        let subs = parse_subs(text, &mut cur);
        push_pinpoints(&mut out, para, subs);
        // "52(1) and (2)": another paragraph of the same article.
        let Some(sep) = lex::list_sep(&text[cur..]) else {
            break;
        };
        let next = cur + sep;
        if PAREN_NUM.is_match(&text[next..]) && !text[cur..next].contains(';') {
            cur = next;
        } else {
            break;
        }
    }
    (out, cur)
}

/// Parses "4 (c) and (d)", "13 and 14", "1-3", "1 (a)" after a paragraph
/// keyword. Returns (paragraph, sub) pairs and the end offset.
fn parse_paragraph_list(
    text: &str,
    mut cur: usize,
    allow_repeat_kw: bool,
    stop_before_other_article: bool,
) -> (Vec<(String, Option<String>)>, usize) {
    let mut out = Vec::new();
    while let Some(len) = lex::para_num(&text[cur..]) {
        let para = text[cur..cur + len].to_string();
        cur += len;
        // "paragraphs 1-3": every paragraph of the range.
        if let Some(r) = PARA_RANGE.captures(&text[cur..])
            && let (Ok(from), Ok(to)) = (para.parse::<u32>(), r[1].parse::<u32>())
            && to > from
            && to - from <= MAX_PARA_RANGE
        {
            out.extend((from..=to).map(|p| (p.to_string(), None)));
            cur += r.get(0).unwrap().end();
        } else {
            let subs = parse_subs(text, &mut cur);
            push_pinpoints(&mut out, para, subs);
        }
        let Some(sep) = lex::list_sep(&text[cur..]) else {
            break;
        };
        let mut next = cur + sep;
        if allow_repeat_kw && let Some(k) = PARA_KW_BARE.find(&text[next..]) {
            // "article 63, paragraph 4 (c), and paragraph 6 of article 60":
            // a paragraph of another article starts a mention of its own.
            if stop_before_other_article && PARA_OF_OTHER_ARTICLE.is_match(&text[next + k.end()..])
            {
                break;
            }
            next += k.end();
        } else if stop_before_other_article && ARTICLE_WITH_PARAGRAPH.is_match(&text[next..]) {
            // "articles 46, paragraph 3 (j), and 57, paragraph 5": a number
            // with a paragraph of its own is the next article.
            break;
        }
        if lex::para_num(&text[next..]).is_some() && !text[cur..next].contains(';') {
            // "paragraph 7, of the Convention" has no number after the comma.
            cur = next;
        } else {
            break;
        }
    }
    (out, cur)
}

/// (article, its (paragraph, subparagraph) pinpoints, span start, span end).
type ArticleItem = (u16, Vec<(String, Option<String>)>, usize, usize);

/// Whether `s` begins a line, a sentence or a parenthesis.
fn starts_sentence(text: &str, s: usize) -> bool {
    let raw = &text[back(text, s, WORD_BEFORE)..s];
    // A table cell ("V<TAB>Article 57<TAB>143") starts like a sentence.
    if raw.trim_end_matches(' ').ends_with('\t') {
        return true;
    }
    let before = raw.trim_end_matches([' ', '\t', '*', '#']);
    if before.ends_with('\n') {
        // A line that goes on from a lower-case word or a comma ("such
        // as\nArticle 19 and"): a hard-wrapped sentence, not a new one.
        let line = text[..s].trim_end_matches([' ', '\t', '*', '#']);
        let prev = line[..line.len() - 1].trim_end_matches([' ', '\t', '\r']);
        return !prev.ends_with(|c: char| c.is_ascii_lowercase() || c == ',');
    }
    before.is_empty()
        || before.ends_with(['.', '(', ':', ';', '“', '"'])
        || before.ends_with(|c: char| c.is_ascii_digit())
}

/// "article 63, paragraphs 4 (c) and (d), of the Convention", "articles 5
/// to 14", "article 52(1)", "article 2 (a)": one item per article and
/// pinpoint, with the instrument after the list.
pub(super) fn parse_article(text: &str, s: usize) -> Option<Mention> {
    // "the Civil Law Convention on Corruption, in its article 13": "its" is
    // the instrument named last, here not ours.
    if ends_with_spaced(&text[back(text, s, ITS_BEFORE)..s], "its ")
        && foreign_instrument_last(text, s, ITS_INSTRUMENT_REACH)
    {
        return None;
    }
    let kw = ART_KW.find(&text[s..])?;
    let (arts, cur) = read_articles(text, s, s + kw.end())?;
    let (instrument, end) = instrument_after(text, s, cur).ok()?;
    if is_organization_name(text, s, &arts, end == cur) {
        return None;
    }
    let items = article_items(arts, instrument);
    if items.is_empty() {
        return None;
    }
    Some(Mention::bare(s, end.max(cur), items))
}

/// "article 3.5 of the United Nations Framework Convention on Climate
/// Change and article 4.15 of the Paris Agreement": an article number
/// going on with ".5" numbers another treaty's articles (neither Convention
/// numbers them so), so the whole mention is that treaty's.
fn decimal_numbered(after_number: &str) -> bool {
    let b = after_number.as_bytes();
    b.first() == Some(&b'.') && b.get(1).is_some_and(u8::is_ascii_digit)
}

/// An article range ("articles 5 to 14") spans at most this many after its
/// first: a longer one is a misread.
const MAX_ARTICLE_RANGE: u16 = 80;

/// The articles of a list whose first number is at `cur` (after the keyword
/// at `s`), and where the list ends. `None` when the list is not one of
/// articles of either Convention.
fn read_articles(text: &str, s: usize, mut cur: usize) -> Option<(Vec<ArticleItem>, usize)> {
    let mut arts: Vec<ArticleItem> = Vec::new();
    loop {
        let item_start = if arts.is_empty() { s } else { cur };
        let m = ART_NUM.find(&text[cur..])?;
        let n: u16 = m.as_str().parse().ok()?;
        cur += m.end();
        // "Article 19: International Centre against Censorship" is a name.
        if text[cur..].starts_with(':') && text[s..].starts_with('A') {
            return None;
        }
        // "article 31 bis" (of a criminal code): neither Convention has
        // inserted articles, so the whole mention is another text's.
        if matches!(
            next_word(&text[cur..]),
            "bis" | "ter" | "quater" | "quinquies"
        ) || decimal_numbered(&text[cur..])
        {
            return None;
        }
        let num_end = cur;
        if let Some(r) = ART_RANGE.captures(&text[cur..]) {
            let to: u16 = r[1].parse().ok()?;
            if to > n && to - n <= MAX_ARTICLE_RANGE {
                for a in n..=to {
                    arts.push((a, Vec::new(), item_start, cur + r.get(0).unwrap().end()));
                }
                cur += r.get(0).unwrap().end();
            } else {
                arts.push((n, Vec::new(), item_start, num_end));
            }
        } else {
            let (paras, after) = article_pinpoints(text, cur);
            let end = if paras.is_empty() { num_end } else { after };
            cur = after;
            arts.push((n, paras, item_start, end));
        }
        let Some(sep) = lex::list_sep(&text[cur..]) else {
            break;
        };
        let mut next = cur + sep;
        if let Some(k) = ART_KW.find(&text[next..]) {
            next += k.end();
        } else if text[cur..next].contains(';') {
            break;
        }
        if ART_NUM.is_match(&text[next..]) {
            cur = next;
        } else {
            break;
        }
    }
    Some((arts, cur))
}

/// The pinpoints right after an article number at `cur` ("article 63,
/// paragraphs 4 (c) and (d)", "article 52(1)", "article 2 (a)") and where
/// they end (`cur` when there are none).
fn article_pinpoints(text: &str, cur: usize) -> (Vec<(String, Option<String>)>, usize) {
    let (list, after) = match PARA_KW.find(&text[cur..]) {
        Some(k) => parse_paragraph_list(text, cur + k.end(), true, true),
        None => parse_compact_pinpoints(text, cur),
    };
    if !list.is_empty() {
        return (list, after);
    }
    // "article 2 (a)", "article 1 (b) and (c)", "article 53,
    // subparagraph (a)": subparagraphs of an article whose first
    // level is lettered. The empty paragraph marks them.
    let mut paras = Vec::new();
    let mut after = cur;
    let subs = parse_subs(text, &mut after);
    if subs.is_empty() {
        return (paras, cur);
    }
    push_pinpoints(&mut paras, String::new(), subs);
    (paras, after)
}

/// "representatives of Article 19 and Transparency International": a
/// capitalised "Article N" inside a sentence, with no pinpoint and no
/// Convention after it (`bare`), is the organization's name. Headings and
/// sentence starts keep the capital.
fn is_organization_name(text: &str, s: usize, arts: &[ArticleItem], bare: bool) -> bool {
    text[s..].starts_with("Article")
        && bare
        && arts.iter().all(|a| a.1.is_empty())
        && arts.len() == 1
        && !starts_sentence(text, s)
}

/// One item per article of `instrument` (numbers it does not have are
/// dropped) and per pinpoint of it.
fn article_items(arts: Vec<ArticleItem>, instrument: Instrument) -> Vec<Item> {
    let mut items = Vec::new();
    for (a, paras, st, en) in arts {
        if a == 0 || a > instrument.article_count() {
            continue;
        }
        if paras.is_empty() {
            items.push(Item {
                raw: Raw::Article {
                    instrument,
                    article: Some(a),
                    paragraph: None,
                    sub: None,
                },
                start: st,
                end: en,
            });
        }
        for (p, sub) in paras {
            items.push(Item {
                raw: Raw::Article {
                    instrument,
                    article: Some(a),
                    paragraph: (!p.is_empty()).then_some(p),
                    sub,
                },
                start: st,
                end: en,
            });
        }
    }
    items
}

/// "paragraph 24 of article 46", "paragraphs 1 and 2 of article 67",
/// "paragraph 1 (a) and paragraph 2 of article 31", "paragraph 2 of that article".
pub(super) fn parse_paragraph_first(text: &str, s: usize) -> Option<Mention> {
    let kw = PARA_KW_BARE.find(&text[s..])?;
    let mut from = s + kw.end();
    // "subparagraph (b) of paragraph 1 of article 52", "subparagraphs (a)
    // to (c) of paragraph 3 of article 57".
    let mut sub_end = from;
    let subs = parse_subs(text, &mut sub_end);
    let sub_first = match OF_PARAGRAPH.find(&text[sub_end..]) {
        Some(m) if !subs.is_empty() && text[from..].starts_with('(') => {
            from = sub_end + m.end();
            Some(subs.clone())
        }
        _ => None,
    };
    // "subparagraph (b) of article 57, paragraph 3": the article, then the
    // paragraph the subparagraphs belong to.
    if sub_first.is_none()
        && !subs.is_empty()
        && text[from..].starts_with('(')
        && let Some(c) = OF_ARTICLE.captures(&text[sub_end..])
        && let Some(n) = c.get(2).and_then(|n| n.as_str().parse::<u16>().ok())
    {
        return subs_of_article_paragraph(text, s, sub_end + c.get(0).unwrap().end(), n, subs);
    }
    let (mut list, cur) = parse_paragraph_list(text, from, true, false);
    if list.is_empty() {
        return None;
    }
    if let Some(subs) = sub_first {
        let para = list.swap_remove(0).0;
        list = subs.into_iter().map(|s| (para.clone(), Some(s))).collect();
    }
    let c = OF_ARTICLE.captures(&text[cur..])?;
    let mut end = cur + c.get(0).unwrap().end();
    let (article, instrument) = if c.get(1).is_some() {
        (None, Instrument::Uncac)
    } else {
        let n: u16 = c[2].parse().ok()?;
        let (inst, e) = instrument_after(text, s, end).ok()?;
        end = e;
        if n == 0 || n > inst.article_count() {
            return None;
        }
        (Some(n), inst)
    };
    let items = list
        .into_iter()
        .map(|(p, sub)| Item {
            raw: Raw::Article {
                instrument,
                article,
                paragraph: Some(p),
                sub,
            },
            start: s,
            end,
        })
        .collect();
    Some(Mention::bare(s, end, items))
}

/// "subparagraph (b) of article 57, paragraph 3": `subs` of article `n`,
/// whose paragraph keyword follows at `after_art`.
fn subs_of_article_paragraph(
    text: &str,
    s: usize,
    after_art: usize,
    n: u16,
    subs: Vec<String>,
) -> Option<Mention> {
    let k = PARA_KW.find(&text[after_art..])?;
    let p_at = after_art + k.end();
    let para_end = p_at + lex::para_num(&text[p_at..])?;
    let para = &text[p_at..para_end];
    let (instrument, end) = instrument_after(text, s, para_end).ok()?;
    if n == 0 || n > instrument.article_count() {
        return None;
    }
    let items = subs
        .into_iter()
        .map(|sub| Item {
            raw: Raw::Article {
                instrument,
                article: Some(n),
                paragraph: Some(para.to_string()),
                sub: Some(sub),
            },
            start: s,
            end,
        })
        .collect();
    Some(Mention::bare(s, end, items))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A/C.2/80/L.13: "article 3.5 of the United Nations Framework
    /// Convention on Climate Change and article 4.15 of the Paris Agreement".
    #[test]
    fn decimal_article_numbers_are_another_treatys() {
        let t = "Stresses the importance of article 3.5 of the United Nations Framework Convention on Climate Change and article 4.15 of the Paris Agreement";
        assert!(crate::recognise::recognise(t).is_empty());
        assert!(decimal_numbered(".5 of"));
        assert!(!decimal_numbered(". Requests"));
    }
    use crate::recognise::tests::raws;

    #[test]
    fn article_pinpoints() {
        let r = raws("article 63, paragraphs 4 (c) and (d), of the Convention");
        assert_eq!(r.len(), 2);
        let r = raws(
            "article 23, paragraph 2 (d); article 44, paragraph 6 (a); article 46, paragraphs 13 and 14",
        );
        assert_eq!(r.len(), 4);
    }

    #[test]
    fn not_articles() {
        assert!(raws("Article 19: International Centre against Censorship").is_empty());
        assert!(raws("rule 17 of the rules of procedure").is_empty());
        assert!(raws("paragraph 32 of the terms of reference").is_empty());
        assert!(raws("article 3 of the rules of procedure").is_empty());
    }

    #[test]
    fn gates_pass_wherever_their_pattern_matches() {
        crate::recognise::tests::assert_gates_pass(&[
            ("ART_NUM", &ART_NUM),
            ("ART_RANGE", &ART_RANGE),
            ("PARA_KW", &PARA_KW),
            ("PARA_RANGE", &PARA_RANGE),
            ("OF_PARAGRAPH", &OF_PARAGRAPH),
            ("PAREN_NUM", &PAREN_NUM),
            ("SUB_KW", &SUB_KW),
            ("ARTICLE_WITH_PARAGRAPH", &ARTICLE_WITH_PARAGRAPH),
            ("SUB_RANGE", &SUB_RANGE),
            ("SUB_SEP", &SUB_SEP),
            ("ART_KW", &ART_KW),
            ("PARA_KW_BARE", &PARA_KW_BARE),
            ("PARA_OF_OTHER_ARTICLE", &PARA_OF_OTHER_ARTICLE),
            ("OF_ARTICLE", &OF_ARTICLE),
        ]);
    }
}
