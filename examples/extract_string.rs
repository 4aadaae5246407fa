//! Extract references from a sentence of a Conference resolution.
//!
//! cargo run --example extract_string

fn main() {
    let text = "Recalling its resolutions 4/2 of 28 October 2011, 5/3 of 29 November 2013 \
                and 6/2 and 6/3 of 6 November 2015, and article 46, paragraph 7, of the Convention,";
    for r in uncite::extract(text) {
        println!(
            "{:<20} {:<10} {:?}",
            r.target.to_string(),
            r.relation.as_str(),
            r.text
        );
    }
}
