//! `annotate`: a document with every reference highlighted and linked, as one
//! self-contained HTML page (inline CSS, no network) or as Markdown.
//!
//! Document symbols link to the Official Document System
//! (`https://undocs.org/en/SYMBOL`); other targets link to a node page when a
//! site base is given, else to their entry in the side list.

use crate::id::{Id, Kind};
use crate::model::Reference;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Neither HTML nor XML can carry these; keep the page parseable.
            c if crate::render::export::xml_forbidden(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// A file-system and URL safe name for a node page: `res:cosp:6/2` ->
/// `res_cosp_6-2.html`. Distinct IDs give distinct names.
pub fn node_file(id: &Id) -> String {
    let mut out = String::new();
    for c in id.to_string().chars() {
        match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' | '-' | '.' => out.push(c),
            ':' => out.push('_'),
            '/' => out.push('~'),
            '(' => out.push('['),
            ')' => out.push(']'),
            other => {
                let _ = write!(out, "%{:X}", other as u32);
            }
        }
    }
    out.push_str(".html");
    out
}

/// Percent-encodes a URL path: unreserved characters and `/` stay.
pub fn url_path(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(b as char)
            }
            b'(' | b')' | b'[' | b']' => out.push(b as char),
            b => {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    out
}

/// Where a reference to `id` should point.
pub fn href(id: &Id, node_base: Option<&str>) -> String {
    match (id, node_base) {
        (Id::Document { symbol }, _) => super::links::undocs(symbol),
        (_, Some(base)) => format!("{base}{}", url_path(&node_file(id))),
        (_, None) => match super::links::official_url(id, &[]) {
            Some(url) => url,
            None => format!("#{}", cited_anchor(id)),
        },
    }
}

/// The anchor of `id`'s entry in the list of cited targets: letters,
/// digits, `_`, `-` and `~` only, so that Markdown and HTML read the same
/// link ("art:uncac:12(2)(c)" -> "cited-art_uncac_12-2-c").
fn cited_anchor(id: &Id) -> String {
    let file = node_file(id);
    let stem = file.trim_end_matches(".html");
    let mut out = String::from("cited-");
    for c in stem.chars() {
        match c {
            '[' => out.push('-'),
            c if c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '~') => out.push(c),
            _ => {}
        }
    }
    out
}

/// Every target of `refs`, by kind and ID, with its count and relations.
fn cited_targets(refs: &[Reference]) -> BTreeMap<(Kind, &Id), (usize, Vec<&'static str>)> {
    let mut cited: BTreeMap<(Kind, &Id), (usize, Vec<&'static str>)> = BTreeMap::new();
    for r in refs {
        let entry = cited.entry((r.kind, &r.target)).or_default();
        entry.0 += 1;
        if !entry.1.contains(&r.relation.as_str()) {
            entry.1.push(r.relation.as_str());
        }
    }
    cited
}

/// References grouped by identical span, outermost first; a span nested in
/// an earlier one is dropped from highlighting (it still shows in the list).
fn spans(refs: &[Reference]) -> Vec<(usize, usize, Vec<&Reference>)> {
    let mut by_span: BTreeMap<(usize, std::cmp::Reverse<usize>), Vec<&Reference>> = BTreeMap::new();
    for r in refs {
        by_span
            .entry((r.start, std::cmp::Reverse(r.end)))
            .or_default()
            .push(r);
    }
    let mut out: Vec<(usize, usize, Vec<&Reference>)> = Vec::new();
    for ((s, std::cmp::Reverse(e)), rs) in by_span {
        if out.last().is_some_and(|(_, pe, _)| s < *pe) {
            continue;
        }
        out.push((s, e, rs));
    }
    out
}

fn tooltip(rs: &[&Reference]) -> String {
    rs.iter()
        .map(|r| {
            let mut t = format!("{} ({})", r.target, r.relation);
            if r.anaphora {
                t.push_str(" [anaphora]");
            }
            t
        })
        .collect::<Vec<_>>()
        .join("\n")
}

const CSS: &str = "body{font:15px/1.5 system-ui,sans-serif;margin:0;display:flex;color:#222}\
main{flex:1;padding:1em 2em;min-width:0}aside{width:22em;padding:1em;background:#f6f6f4;border-left:1px solid #ddd;height:100vh;overflow:auto;position:sticky;top:0}\
pre.doc{white-space:pre-wrap;word-wrap:break-word;font:inherit}\
a.ref{text-decoration:none;border-bottom:2px solid;padding:0 1px}\
.k-resolution{background:#e8f0fe;border-color:#1a73e8}.k-decision{background:#e6f4ea;border-color:#188038}\
.k-article{background:#fef7e0;border-color:#f9ab00}.k-chapter{background:#fce8e6;border-color:#d93025}\
.k-document{background:#f3e8fd;border-color:#9334e6}.k-session{background:#e4f7fb;border-color:#12a4af}\
a.ref:target,span[id]:target+*{outline:3px solid #d93025}nav{font-size:.9em}aside ul{padding-left:1.2em}aside li{margin:.2em 0}.rel{color:#666;font-size:.9em}h1{font-size:1.2em}";

/// Links of an annotated page.
#[derive(Debug, Clone, Copy, Default)]
pub struct PageLinks<'a> {
    /// Prefix of node pages (`../node/`); without it targets link to the
    /// side list.
    pub node_base: Option<&'a str>,
    /// A link back to a site index, shown above the title.
    pub home: Option<&'a str>,
    /// The node page of this document, linked from the title.
    pub self_page: Option<&'a str>,
    /// The language of the document's text (its `<pre lang>`; the page
    /// around it is English).
    pub lang: Option<crate::names::Lang>,
}

/// The annotated page for one document.
pub fn annotate_html(
    title: &str,
    text: &str,
    refs: &[Reference],
    node_base: Option<&str>,
) -> String {
    annotate_html_with(
        title,
        text,
        refs,
        PageLinks {
            node_base,
            ..PageLinks::default()
        },
    )
}

/// Escaped `text[from..to]` with an empty `<span id="at-N">` at each marker
/// offset N inside it, so evidence can link to any reference by its start.
fn push_marked(out: &mut String, text: &str, from: usize, to: usize, markers: &BTreeSet<usize>) {
    let mut pos = from;
    for &m in markers.range(from..to) {
        out.push_str(&escape(&text[pos..m]));
        let _ = write!(out, "<span id=\"at-{m}\"></span>");
        pos = m;
    }
    out.push_str(&escape(&text[pos..to]));
}

/// The annotated page, with site links. Every reference start gets an
/// anchor `#at-{byte offset}`: the `<a>` of its span, or an empty marker
/// when its span is nested in another.
pub fn annotate_html_with(
    title: &str,
    text: &str,
    refs: &[Reference],
    links: PageLinks<'_>,
) -> String {
    let node_base = links.node_base;
    let ok = |s: usize, e: usize| {
        e <= text.len() && s <= e && text.is_char_boundary(s) && text.is_char_boundary(e)
    };
    let spans: Vec<_> = spans(refs)
        .into_iter()
        .filter(|(s, e, _)| ok(*s, *e))
        .collect();
    let span_starts: BTreeSet<usize> = spans.iter().map(|(s, _, _)| *s).collect();
    let markers: BTreeSet<usize> = refs
        .iter()
        .map(|r| r.start)
        .filter(|&s| ok(s, s) && !span_starts.contains(&s))
        .collect();
    let mut body = String::with_capacity(text.len() * 2);
    let mut pos = 0;
    for (s, e, rs) in spans {
        if s < pos {
            continue;
        }
        push_marked(&mut body, text, pos, s, &markers);
        let first = &rs[0].target;
        let _ = write!(
            body,
            "<a class=\"ref k-{}\" id=\"at-{s}\" href=\"{}\" title=\"{}\" data-id=\"{}\">",
            first.kind(),
            escape(&href(first, node_base)),
            escape(&tooltip(&rs)),
            escape(&first.to_string()),
        );
        push_marked(&mut body, text, s, e, &markers);
        body.push_str("</a>");
        pos = e;
    }
    push_marked(&mut body, text, pos, text.len(), &markers);

    // Side list: every target, grouped by kind, with counts and relations.
    let cited = cited_targets(refs);
    let mut side = String::new();
    let _ = write!(
        side,
        "<h2>Cited ({} references, {} targets)</h2>",
        refs.len(),
        cited.len()
    );
    let mut current: Option<Kind> = None;
    for ((kind, id), (n, rels)) in &cited {
        if current != Some(*kind) {
            if current.is_some() {
                side.push_str("</ul>");
            }
            let _ = write!(side, "<h3>{}</h3><ul>", escape(kind.as_str()));
            current = Some(*kind);
        }
        let _ = write!(
            side,
            "<li id=\"{}\"><a href=\"{}\">{}</a> <span class=\"rel\">{} \u{d7}{n}</span></li>",
            escape(&cited_anchor(id)),
            escape(&href(id, node_base)),
            escape(&id.to_string()),
            escape(&rels.join(", "))
        );
    }
    if current.is_some() {
        side.push_str("</ul>");
    }
    let nav = match links.home {
        Some(h) => format!("<nav><a href=\"{}\">\u{2190} index</a></nav>\n", escape(h)),
        None => String::new(),
    };
    let heading = match links.self_page {
        Some(p) => format!("<a href=\"{}\">{}</a>", escape(p), escape(title)),
        None => escape(title),
    };
    let lang = links
        .lang
        .map(|l| format!(" lang=\"{}\"", l.code()))
        .unwrap_or_default();
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n{nav}<h1>{heading}</h1>\n<pre class=\"doc\"{lang}>{body}</pre>\n</main>\n<aside>{side}</aside>\n</body>\n</html>\n",
        escape(title),
    )
}

/// Markdown: each reference becomes a link with the canonical ID as its
/// title; a list of what the document cites follows.
/// The scheme of a URL (`https` of `https://a.org`), `None` for a relative
/// one (`site/node/`, `#x`, `a/b:c`).
pub fn url_scheme(url: &str) -> Option<&str> {
    let u = url.trim_start();
    let scheme = &u[..u.find(':')?];
    let mut b = scheme.bytes();
    (b.next().is_some_and(|c| c.is_ascii_alphabetic())
        && b.all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.')))
    .then_some(scheme)
}

/// Whether a link may point there: http(s) or relative.
fn safe_link(url: &str) -> bool {
    url_scheme(url)
        .is_none_or(|s| s.eq_ignore_ascii_case("http") || s.eq_ignore_ascii_case("https"))
}

/// Source text made inert for Markdown: link destinations that are not
/// http(s) or relative (`javascript:`, `data:`) become `#`, then `&` and
/// `<` are escaped, so no raw HTML (`<script>`), autolink or character
/// reference of the source reaches the renderer; the text reads the same.
pub fn markdown_text(s: &str) -> String {
    let mut t = String::with_capacity(s.len());
    let mut pos = 0;
    let b = s.as_bytes();
    // Inline links `](dest` and reference definitions `[x]: dest`.
    let mut i = 0;
    while i + 1 < b.len() {
        let dest_at = (b[i] == b']' && matches!(b[i + 1], b'(' | b':')).then_some(i + 2);
        let Some(mut d) = dest_at else {
            i += 1;
            continue;
        };
        while d < b.len() && matches!(b[d], b' ' | b'\t') {
            d += 1;
        }
        let end = if b.get(d) == Some(&b'<') {
            s[d..].find('>').map_or(b.len(), |k| d + k + 1)
        } else {
            let mut e = d;
            let mut depth = 0usize;
            while e < b.len() && !b[e].is_ascii_whitespace() && !b[e].is_ascii_control() {
                match b[e] {
                    b'(' => depth += 1,
                    b')' if depth == 0 => break,
                    b')' => depth -= 1,
                    _ => {}
                }
                e += 1;
            }
            e
        };
        let dest = s[d..end].trim_start_matches('<').trim_end_matches('>');
        if !safe_link(dest) {
            t.push_str(&s[pos..d]);
            t.push('#');
            pos = end;
        }
        i = end.max(i + 1);
    }
    t.push_str(&s[pos..]);
    t.replace('&', "&amp;").replace('<', "&lt;")
}

pub fn annotate_markdown(
    title: &str,
    text: &str,
    refs: &[Reference],
    node_base: Option<&str>,
) -> String {
    let mut out = format!("# {}\n\n", markdown_text(title));
    let mut pos = 0;
    for (s, e, rs) in spans(refs) {
        if s < pos || e > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue;
        }
        out.push_str(&markdown_text(&text[pos..s]));
        let shown = markdown_text(&text[s..e].replace(['[', ']'], "").replace("(#)", ""));
        let _ = write!(
            out,
            "[{}]({} \"{}\")",
            shown,
            href(&rs[0].target, node_base),
            tooltip(&rs).replace('"', "'").replace('\n', "; ")
        );
        pos = e;
    }
    out.push_str(&markdown_text(&text[pos..]));
    out.push_str("\n\n## Cited\n\n");
    // One entry per target, with the anchor the links above point at.
    for ((_, id), (n, rels)) in cited_targets(refs) {
        let name = match super::links::official_url(id, &[]) {
            Some(url) => format!("[`{id}`]({url})"),
            None => format!("`{id}`"),
        };
        let _ = writeln!(
            out,
            "- <a id=\"{}\"></a>{name} ({}) \u{d7}{n}",
            cited_anchor(id),
            rels.join(", ")
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_links() {
        let text = "See <b>[CAC/COSP/2017/5](#)</b> & its resolution 6/2.";
        let refs = crate::extract(text);
        let html = annotate_html("a \"test\" <doc>", text, &refs, None);
        assert!(html.contains("href=\"https://undocs.org/en/CAC/COSP/2017/5\""));
        assert!(html.contains("&lt;b&gt;"));
        assert!(html.contains("<title>a &quot;test&quot; &lt;doc&gt;</title>"));
        // A resolution links to its official home; the side list keeps an
        // entry (and anchor) for it.
        assert!(html.contains(
            "href=\"https://www.unodc.org/unodc/en/treaties/CAC/CAC-COSP-session6-resolutions.html\""
        ));
        assert!(html.contains("id=\"cited-res_cosp_6~2\""));
    }

    /// Issue 19: "Annotated Markdown links point at anchors that do not
    /// exist." Every `#` link has its anchor; a pinpointed article's too.
    #[test]
    fn markdown_anchors_exist() {
        let text = "Recalling its resolution 6/2, the seventh session and article 46, paragraph 3, of the Convention, see CAC/COSP/2017/5.";
        let refs = crate::extract(text);
        let md = annotate_markdown("t", text, &refs, None);
        let mut links = 0;
        for (i, _) in md.match_indices("](#") {
            let rest = &md[i + 3..];
            let anchor = &rest[..rest.find([' ', ')']).unwrap()];
            assert!(
                md.contains(&format!("<a id=\"{anchor}\"></a>")),
                "{anchor}\n{md}"
            );
            links += 1;
        }
        assert!(links >= 1, "{md}");
        assert!(
            md.contains("[`res:cosp:6/2`](https://www.unodc.org/"),
            "{md}"
        );
    }

    #[test]
    fn markdown_is_inert() {
        let text = "<script>alert(1)</script> [a](javascript:alert(1)) [b](JavaScript:x(1)) \
                    [c](https://undocs.org/x) [d](rel/page.md) [e]: data:text/html,x &amp; resolution 6/2";
        let md = annotate_markdown(
            "<img src=x onerror=alert(1)>",
            text,
            &crate::extract(text),
            None,
        );
        assert!(!md.contains("<script") && !md.contains("<img"), "{md}");
        assert!(md.contains("&lt;script>alert(1)&lt;/script>"), "{md}");
        assert!(!md.to_ascii_lowercase().contains("javascript:"), "{md}");
        assert!(!md.contains("data:"), "{md}");
        assert!(md.contains("[a](#)") && md.contains("[b](#)"), "{md}");
        assert!(
            md.contains("[c](https://undocs.org/x)") && md.contains("[d](rel/page.md)"),
            "{md}"
        );
        assert!(md.contains("&amp;amp;"), "{md}");
        assert!(md.contains("[resolution 6/2]("), "{md}");
        assert_eq!(url_scheme("javascript:x"), Some("javascript"));
        assert_eq!(url_scheme("site/node/"), None);
        assert_eq!(url_scheme("a/b:c"), None);
    }

    #[test]
    fn node_files_are_distinct_and_safe() {
        let a: Id = "art:uncac:46(3)".parse().unwrap();
        let b: Id = "art:uncac:46".parse().unwrap();
        assert_ne!(node_file(&a), node_file(&b));
        assert!(
            node_file(&"doc:CAC/COSP/2017/L.12/Rev.1".parse().unwrap())
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-._~[]".contains(c))
        );
    }
}
