//! A static site of a corpus: an index with search-as-you-type, one page per
//! node (what it cites, what cites it, with evidence linking back into the
//! annotated documents, and its neighbourhood as SVG), and one annotated
//! page per document. Self-contained: inline CSS and JS, no network.
//!
//! This module only produces the files (relative path, bytes); the caller
//! decides where and how they are written.

use crate::corpus::Corpus;
use crate::graph::select::Selection;
use crate::graph::{CitationGraph, EdgeKind, EdgeRefView, Evidence, Node};
use crate::id::{Id, Kind};
use crate::render::html::{PageLinks, annotate_html_with, escape, node_file, url_path};
use crate::render::{dot, svg};
use petgraph::Direction;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::time::{Duration, Instant};

/// One file of the site; `path` is relative, `/`-separated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteFile {
    pub path: String,
    pub contents: Vec<u8>,
}

/// Which node pages get a neighbourhood diagram.
#[derive(Debug, Clone)]
pub struct SiteOptions {
    /// Lay out neighbourhood SVGs with Graphviz (when it is installed).
    pub svg: bool,
    /// Kinds whose pages get a diagram; empty: every kind.
    pub svg_kinds: Vec<Kind>,
    /// Skip the diagram when the neighbourhood has more nodes than this.
    pub svg_max_nodes: usize,
    /// Evidence sentences shown per edge on a node page.
    pub evidence_per_edge: usize,
}

impl Default for SiteOptions {
    fn default() -> Self {
        SiteOptions {
            svg: true,
            svg_kinds: Vec::new(),
            svg_max_nodes: 60,
            evidence_per_edge: 12,
        }
    }
}

/// What building the site did, for the user.
#[derive(Debug, Clone, Default)]
pub struct SiteReport {
    pub node_pages: usize,
    pub document_pages: usize,
    pub svgs: usize,
    /// Pages whose diagram was left out, with why (too large, kind).
    pub svgs_skipped: usize,
    /// Set when Graphviz was wanted but not found or failed.
    pub svg_note: Option<String>,
    pub svg_time: Duration,
}

const CSS: &str = "body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:72em;padding:1em 2em;color:#222}\
a{color:#1a5fb4}code{font:13px ui-monospace,monospace;background:#f3f3f1;padding:0 .25em;border-radius:3px}\
h1{font-size:1.4em;margin:.3em 0}h2{font-size:1.15em;border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:1.5em}\
.kind{display:inline-block;font-size:.75em;padding:0 .5em;border-radius:1em;background:#eee;color:#333;vertical-align:middle;margin-left:.4em}\
.k-resolution{background:#cfe2ff}.k-decision{background:#e2d9f3}.k-article{background:#fff3cd}.k-chapter{background:#ffe0b2}\
.k-session{background:#f8d7da}.k-document{background:#d1e7dd}.k-file{background:#d1e7dd}\
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}dl.meta dt{color:#666}dl.meta dd{margin:0}\
ul.edges{list-style:none;padding:0}ul.edges>li{margin:.6em 0;padding:.4em .6em;border-left:3px solid #ccd}\
.rel{font-weight:600;color:#555}.ev{margin:.2em 0 0 1em;padding:0;list-style:none;font-size:.92em;color:#333}\
.ev li{margin:.15em 0}.ev .where{font-size:.85em;color:#666;white-space:nowrap}.more,.note{color:#777;font-size:.9em}\
figure.svg{margin:1em 0;overflow:auto;border:1px solid #e4e4e0;border-radius:6px;padding:.5em}\
figure.svg svg{width:100%;height:auto;max-height:34em}figure.svg g.node[data-href]{cursor:pointer}\
nav{font-size:.9em}#q{font-size:1.1em;padding:.4em .6em;width:28em;max-width:90%}select{font-size:1em;padding:.35em}\
#results{list-style:none;padding:0}#results li{padding:.25em 0;border-bottom:1px solid #f0f0ee}.deg{color:#888;font-size:.85em;margin-left:.5em}\
.title{color:#333}";

fn page(title: &str, nav: Option<&str>, body: &str, script: &str) -> String {
    let nav = match nav {
        Some(h) => format!("<nav><a href=\"{}\">\u{2190} index</a></nav>\n", escape(h)),
        None => String::new(),
    };
    let script = if script.is_empty() {
        String::new()
    } else {
        format!("<script>{script}</script>\n")
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{nav}{body}\n{script}</body>\n</html>\n",
        escape(title)
    )
}

/// JSON safe inside `<script>` and inside XML: `<`, `>`, `&` as `\u` escapes
/// (they only ever occur inside JSON strings).
fn script_json<T: Serialize + ?Sized>(v: &T) -> String {
    serde_json::to_string(v)
        .expect("serialisable")
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// Path of a node page from the site root.
pub fn node_path(id: &Id) -> String {
    format!("node/{}", node_file(id))
}

fn kind_badge(k: Kind) -> String {
    format!("<span class=\"kind k-{k}\">{k}</span>")
}

/// Document pages: corpus file name -> path of its annotated page.
fn text_paths(corpus: &Corpus) -> HashMap<String, String> {
    let mut used: HashMap<String, usize> = HashMap::new();
    let mut out = HashMap::new();
    for e in &corpus.entries {
        let base = node_file(&e.document.id);
        let n = used.entry(base.clone()).or_default();
        *n += 1;
        let file = if *n == 1 {
            base
        } else {
            format!("{}-{n}.html", base.trim_end_matches(".html"))
        };
        out.insert(e.document.name.clone(), format!("text/{file}"));
    }
    out
}

struct Ctx<'a> {
    g: &'a CitationGraph,
    texts: HashMap<String, String>,
    opts: &'a SiteOptions,
}

impl Ctx<'_> {
    fn node_link(&self, n: &Node) -> String {
        let mut s = format!(
            "<a href=\"../{}\"><code>{}</code></a>",
            escape(&url_path(&node_path(&n.id))),
            escape(&n.id.to_string())
        );
        if let Some(t) = &n.title {
            let _ = write!(s, " <span class=\"title\">{}</span>", escape(&one_line(t)));
        }
        s
    }

    fn evidence_item(&self, ev: &Evidence) -> String {
        let place = ev.place();
        let where_ = match self.texts.get(&ev.file) {
            Some(p) => format!(
                "<a class=\"where\" href=\"../{}#at-{}\">{}</a>",
                escape(&url_path(p)),
                ev.start,
                escape(&place)
            ),
            None => format!("<span class=\"where\">{}</span>", escape(&place)),
        };
        format!("<li>{where_} {}</li>", escape(&one_line(&ev.sentence)))
    }

    fn edge_list(&self, edges: &[EdgeRefView<'_>], dir: Direction) -> String {
        let mut s = String::from("<ul class=\"edges\">");
        for e in edges {
            let other = if dir == Direction::Outgoing {
                e.target
            } else {
                e.source
            };
            let _ = write!(
                s,
                "<li><span class=\"rel\">{}</span> {}{}",
                escape(e.edge.kind.as_str()),
                self.node_link(other),
                kind_badge(other.kind)
            );
            if !e.edge.evidence.is_empty() {
                s.push_str("<ul class=\"ev\">");
                for ev in e.edge.evidence.iter().take(self.opts.evidence_per_edge) {
                    s.push_str(&self.evidence_item(ev));
                }
                s.push_str("</ul>");
                let more = e
                    .edge
                    .evidence
                    .len()
                    .saturating_sub(self.opts.evidence_per_edge);
                if more > 0 {
                    let _ = write!(s, "<div class=\"more\">+{more} more mentions</div>");
                }
            }
            s.push_str("</li>");
        }
        s.push_str("</ul>");
        s
    }

    fn wants_svg(&self, n: &Node) -> bool {
        self.opts.svg && (self.opts.svg_kinds.is_empty() || self.opts.svg_kinds.contains(&n.kind))
    }

    /// The neighbourhood diagram: (inline SVG or a note, whether an SVG was made,
    /// failure that should stop further attempts).
    fn diagram(&self, n: &Node) -> (String, bool, Option<String>) {
        if !self.wants_svg(n) {
            return (String::new(), false, None);
        }
        let sel = Selection::neighbourhood(self.g, &n.id, 1);
        if sel.nodes.len() > self.opts.svg_max_nodes {
            return (
                format!(
                    "<p class=\"note\">Neighbourhood diagram left out: {} nodes (more than {}). Use <code>uncite graph --focus {} --format svg</code>.</p>",
                    sel.nodes.len(),
                    self.opts.svg_max_nodes,
                    escape(&n.id.to_string())
                ),
                false,
                None,
            );
        }
        let d = dot::render_dot(self.g, &sel, &format!("Neighbourhood of {}", n.id));
        match svg::to_svg(&d, sel.nodes.len()) {
            Ok(svg) => {
                let start = svg.find("<svg").unwrap_or(0);
                let links: BTreeMap<String, String> = sel
                    .nodes
                    .iter()
                    .map(|id| (id.to_string(), format!("../{}", url_path(&node_path(id)))))
                    .collect();
                (
                    format!(
                        "<figure class=\"svg\">{}<script type=\"application/json\" class=\"svg-links\">{}</script></figure>",
                        svg[start..].trim_end(),
                        script_json(&links)
                    ),
                    true,
                    None,
                )
            }
            Err(e) => (String::new(), false, Some(e.to_string())),
        }
    }

    fn node_page(&self, n: &Node, with_svg: bool) -> (String, bool, Option<String>) {
        let g = self.g;
        let mut b = String::new();
        let _ = write!(
            b,
            "<h1><code>{}</code>{}</h1>",
            escape(&n.id.to_string()),
            kind_badge(n.kind)
        );
        if let Some(t) = &n.title {
            let _ = write!(b, "<p class=\"title\">{}</p>", escape(&one_line(t)));
        }
        b.push_str("<dl class=\"meta\">");
        if let Some(url) = super::links::node_url(n) {
            let what = if matches!(n.id, Id::Document { .. } | Id::Resolution { .. })
                && url.starts_with("https://undocs.org/")
            {
                "Official document"
            } else {
                "Official page"
            };
            let shown = url.trim_start_matches("https://");
            let _ = write!(
                b,
                "<dt>{what}</dt><dd><a href=\"{}\">{}</a></dd>",
                escape(&url),
                escape(shown)
            );
        }
        if let Some(f) = &n.file {
            let link = match self.texts.get(f) {
                Some(p) => format!(
                    "<a href=\"../{}\">{} (annotated)</a>",
                    escape(&url_path(p)),
                    escape(f)
                ),
                None => escape(f),
            };
            let _ = write!(b, "<dt>Text</dt><dd>{link}</dd>");
        }
        if let Some(c) = g.container_of(&n.id) {
            let _ = write!(b, "<dt>Text in</dt><dd>{}</dd>", self.node_link(c));
        }
        if !n.symbols.is_empty() {
            let _ = write!(
                b,
                "<dt>Also known as</dt><dd>{}</dd>",
                escape(&n.symbols.join(", "))
            );
        }
        if let Some(d) = &n.date {
            let _ = write!(b, "<dt>Date</dt><dd>{}</dd>", escape(d));
        }
        if let Some(s) = n.session.as_ref().and_then(|s| g.node(s)) {
            let _ = write!(b, "<dt>Session</dt><dd>{}</dd>", self.node_link(s));
        }
        b.push_str("</dl>");

        let (diagram, made, failure) = if with_svg {
            self.diagram(n)
        } else {
            (String::new(), false, None)
        };
        b.push_str(&diagram);

        let out = g.edges_of(&n.id, Direction::Outgoing);
        let inc = g.edges_of(&n.id, Direction::Incoming);
        let cites = |e: &&EdgeRefView<'_>| matches!(e.edge.kind, EdgeKind::Cites(_));
        let out_c: Vec<_> = out.iter().filter(cites).copied().collect();
        // Cited by: the node and the parts that roll up into it (an
        // article's paragraphs), as `cites` and `report` count them.
        let in_c: Vec<_> = g
            .parts(&n.id, false)
            .iter()
            .flat_map(|p| g.edges_of(p, Direction::Incoming))
            .filter(|e| matches!(e.edge.kind, EdgeKind::Cites(_)))
            .collect();
        let ev = |es: &[EdgeRefView<'_>]| es.iter().map(|e| e.edge.evidence.len()).sum::<usize>();
        let distinct = |es: &[EdgeRefView<'_>], dir| {
            es.iter()
                .map(|e| {
                    if dir == Direction::Outgoing {
                        &e.target.id
                    } else {
                        &e.source.id
                    }
                })
                .collect::<std::collections::BTreeSet<_>>()
                .len()
        };
        let _ = write!(
            b,
            "<h2>Cites ({} targets, {} mentions)</h2>",
            distinct(&out_c, Direction::Outgoing),
            ev(&out_c)
        );
        if out_c.is_empty() {
            b.push_str("<p class=\"note\">Nothing.</p>");
        } else {
            b.push_str(&self.edge_list(&out_c, Direction::Outgoing));
        }
        let (units, mentions) = crate::query::citation_count(g, &n.id);
        debug_assert_eq!(units, distinct(&in_c, Direction::Incoming));
        debug_assert_eq!(mentions, ev(&in_c));
        let _ = write!(
            b,
            "<h2>Cited by ({units} citing units, {mentions} mentions)</h2>"
        );
        if in_c.is_empty() {
            b.push_str("<p class=\"note\">Nothing in the corpus cites it.</p>");
        } else {
            b.push_str(&self.edge_list(&in_c, Direction::Incoming));
        }
        let out_s: Vec<_> = out.iter().filter(|e| !cites(e)).copied().collect();
        let in_s: Vec<_> = inc.iter().filter(|e| !cites(e)).copied().collect();
        if !out_s.is_empty() || !in_s.is_empty() {
            b.push_str("<h2>Structure</h2>");
            if !out_s.is_empty() {
                b.push_str(&self.edge_list(&out_s, Direction::Outgoing));
            }
            if !in_s.is_empty() {
                let _ = write!(b, "<p class=\"note\">Pointing here:</p>");
                b.push_str(&self.edge_list(&in_s, Direction::Incoming));
            }
        }
        let script = if made { SVG_JS } else { "" };
        (
            page(&n.id.to_string(), Some("../index.html"), &b, script),
            made,
            failure,
        )
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Makes the nodes of a neighbourhood diagram links to their pages. No `<`
/// or `&` in it, so the page stays well-formed XML.
const SVG_JS: &str = "(function(){document.querySelectorAll('figure.svg').forEach(function(f){\
var s=f.querySelector('script.svg-links');if(!s)return;var links=JSON.parse(s.textContent);\
f.querySelectorAll('g.node').forEach(function(g){var t=g.querySelector('title');if(!t)return;\
var h=links[t.textContent];if(!h)return;g.setAttribute('data-href',h);\
g.addEventListener('click',function(e){e.preventDefault();location.href=h;});});});})();";

/// Search as you type over IDs, kinds and titles, from the inline JSON list.
/// `?q=` pre-fills the box. No `<` or `&` in it (see [`SVG_JS`]).
const INDEX_JS: &str = r#"(function(){
var data=JSON.parse(document.getElementById('nodes').textContent);
var q=document.getElementById('q'),k=document.getElementById('kind');
var ul=document.getElementById('results'),count=document.getElementById('count');
var LIMIT=300;
var p=new URLSearchParams(location.search);
if(p.get('q'))q.value=p.get('q');
if(p.get('kind'))k.value=p.get('kind');
function render(){
  var terms=q.value.toLowerCase().split(/\s+/).filter(Boolean);
  var kind=k.value;ul.textContent='';var n=0;
  data.forEach(function(d){
    if(kind){if(d.kind!==kind)return;}
    var hay=(d.kind+' '+d.id+' '+(d.title||'')).toLowerCase();
    if(!terms.every(function(t){return hay.indexOf(t)!==-1;}))return;
    n++;
    if(n>LIMIT)return;
    var li=document.createElement('li');
    var a=document.createElement('a');a.href=d.href;
    var c=document.createElement('code');c.textContent=d.id;a.appendChild(c);li.appendChild(a);
    var b=document.createElement('span');b.className='kind k-'+d.kind;b.textContent=d.kind;li.appendChild(b);
    if(d.title){var t=document.createElement('span');t.className='title';t.textContent=' '+d.title;li.appendChild(t);}
    var g=document.createElement('span');g.className='deg';
    g.textContent='cites '+d.cites+' \u00b7 cited by '+d.cited_by;li.appendChild(g);
    ul.appendChild(li);
  });
  count.textContent=n+' of '+data.length+' nodes'+(n>LIMIT?' (first '+LIMIT+' shown)':'');
}
q.addEventListener('input',render);k.addEventListener('change',render);render();
})();"#;

#[derive(Serialize)]
struct IndexEntry {
    id: String,
    kind: Kind,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<String>,
    href: String,
    cites: usize,
    cited_by: usize,
}

fn index_page(corpus: &Corpus, g: &CitationGraph, texts: &HashMap<String, String>) -> String {
    let nodes = g.nodes();
    let count_cites = |id: &Id, dir| {
        g.edges_of(id, dir)
            .iter()
            .filter(|e| matches!(e.edge.kind, EdgeKind::Cites(_)))
            .count()
    };
    let entries: Vec<IndexEntry> = nodes
        .iter()
        .map(|n| IndexEntry {
            id: n.id.to_string(),
            kind: n.kind,
            title: n.title.as_deref().map(one_line),
            href: url_path(&node_path(&n.id)),
            cites: count_cites(&n.id, Direction::Outgoing),
            cited_by: crate::query::citation_count(g, &n.id).0,
        })
        .collect();
    let mut b = String::new();
    let _ = write!(
        b,
        "<h1>Citation graph</h1><p class=\"note\">{} nodes, {} edges, {} documents. Generated by uncite {}.</p>",
        g.node_count(),
        g.edge_count(),
        corpus.entries.len(),
        env!("CARGO_PKG_VERSION")
    );
    b.push_str("<h2>Documents</h2><ul>");
    for e in &corpus.entries {
        let d = &e.document;
        let title = d.layout.header.title.as_deref().map(one_line);
        let _ = write!(
            b,
            "<li><a href=\"{}\">{}</a> \u{2014} <a href=\"{}\"><code>{}</code></a> {} references</li>",
            escape(&url_path(&texts[&d.name])),
            escape(title.as_deref().unwrap_or(&d.name)),
            escape(&url_path(&node_path(&d.id))),
            escape(&d.id.to_string()),
            d.references.len()
        );
    }
    b.push_str("</ul><h2>Search</h2>");
    b.push_str(
        "<p><input id=\"q\" type=\"search\" placeholder=\"ID or title: 46, res:cosp:6/2, asset recovery\" autofocus=\"autofocus\" aria-label=\"Search IDs and titles\"/> <select id=\"kind\" aria-label=\"Kind\"><option value=\"\">all kinds</option>",
    );
    for k in Kind::ALL {
        if nodes.iter().any(|n| n.kind == k) {
            let _ = write!(b, "<option value=\"{k}\">{k}</option>");
        }
    }
    b.push_str("</select></p><p id=\"count\" class=\"note\"></p><ul id=\"results\"></ul>");
    // Without JavaScript: the full list.
    b.push_str("<noscript><ul>");
    for e in &entries {
        let _ = write!(
            b,
            "<li><a href=\"{}\"><code>{}</code></a> {}</li>",
            escape(&e.href),
            escape(&e.id),
            escape(e.title.as_deref().unwrap_or(""))
        );
    }
    b.push_str("</ul></noscript>");
    let _ = write!(
        b,
        "<script type=\"application/json\" id=\"nodes\">{}</script>",
        script_json(&entries)
    );
    page("uncite: citation graph", None, &b, INDEX_JS)
}

/// Every file of the site of `corpus`.
pub fn build_site(
    corpus: &Corpus,
    g: &CitationGraph,
    opts: &SiteOptions,
) -> (Vec<SiteFile>, SiteReport) {
    let texts = text_paths(corpus);
    let mut report = SiteReport::default();
    let mut files = vec![SiteFile {
        path: "index.html".into(),
        contents: index_page(corpus, g, &texts).into_bytes(),
    }];
    for e in &corpus.entries {
        let d = &e.document;
        let title = d.layout.header.title.as_deref().map(one_line);
        let self_page = format!("../{}", url_path(&node_path(&d.id)));
        let html = annotate_html_with(
            title.as_deref().unwrap_or(&d.name),
            &e.text,
            &d.references,
            PageLinks {
                node_base: Some("../node/"),
                home: Some("../index.html"),
                self_page: Some(&self_page),
                lang: d.layout.header.lang,
            },
        );
        files.push(SiteFile {
            path: texts[&d.name].clone(),
            contents: html.into_bytes(),
        });
        report.document_pages += 1;
    }
    let ctx = Ctx { g, texts, opts };
    // Without Graphviz the built-in layout draws the diagrams, and says so.
    let svg_on = opts.svg;
    if opts.svg && !svg::graphviz_available() {
        report.svg_note = Some(format!(
            "graphviz `dot` not on PATH: node-page diagrams drawn by the built-in layout (up to {} nodes; install graphviz for clearer ones)",
            svg::FALLBACK_MAX_NODES
        ));
    }
    let nodes = g.nodes();
    let t0 = Instant::now();
    let pages: Vec<(SiteFile, bool, Option<String>)> = nodes
        .par_iter()
        .map(|n| {
            let (html, made, failure) = ctx.node_page(n, svg_on);
            (
                SiteFile {
                    path: node_path(&n.id),
                    contents: html.into_bytes(),
                },
                made,
                failure,
            )
        })
        .collect();
    report.svg_time = t0.elapsed();
    for (f, made, failure) in pages {
        files.push(f);
        report.node_pages += 1;
        if made {
            report.svgs += 1;
        }
        if let Some(e) = failure
            && report.svg_note.is_none()
        {
            report.svg_note = Some(format!("some diagrams failed: {e}"));
        }
    }
    report.svgs_skipped = nodes.iter().filter(|n| ctx.wants_svg(n)).count() - report.svgs;
    if !svg_on {
        report.svgs_skipped = 0;
    }
    (files, report)
}
