//! Which units of the bundled corpus cite article 46 of the Convention, and
//! with which verb? (Paragraphs such as 46(3) roll up into the article.)
//!
//! cargo run --example what_cites [ID]

use uncite::{CitationGraph, Corpus, query};

fn main() {
    let wanted = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "article 46".to_string());
    let graph = CitationGraph::build(&Corpus::bundled());
    let id = match query::resolve_id(&graph, &wanted) {
        Ok(id) => id,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    for group in query::cites(&graph, &id, &[], &[], false) {
        println!("{} {}", group.source, group.title.as_deref().unwrap_or(""));
        for c in &group.citations {
            let first = c.evidence.first().map(|e| format!("{}:{}", e.file, e.line));
            println!(
                "  {} {} ({})",
                c.relation,
                c.target,
                first.unwrap_or_default()
            );
        }
    }
}
