//! The official home of a node, from the facts in `names`: undocs.org for a
//! document symbol and for a resolution that has a symbol of its own
//! ("A/RES/70/174"), the UNODC page of a Conference session's resolutions
//! and decisions, the Convention's text for an article or chapter. One
//! function, used by annotate, the site, the diagrams and the JSON exports.

use crate::graph::Node;
use crate::id::Id;
use crate::render::html::url_path;

/// The address of a document on undocs.org.
pub fn undocs(symbol: &str) -> String {
    format!("https://undocs.org/en/{}", url_path(symbol))
}

/// Where `id` is published, when the facts say; `symbols` are the symbols
/// the corpus knows it by ("S/RES/2462 (2019)": the Security Council's
/// symbols carry a year the ID does not).
pub fn official_url(id: &Id, symbols: &[String]) -> Option<String> {
    match id {
        Id::Document { symbol } => Some(undocs(symbol)),
        Id::Resolution { issuer, number } => {
            let f = issuer.facts();
            if let Some(series) = f.resolution_symbols {
                if let Some(known) = symbols.iter().find(|s| s.starts_with(series)) {
                    return Some(undocs(&known.replace(' ', "")));
                }
                // A Security Council symbol needs its year.
                return number
                    .contains('/')
                    .then(|| undocs(&format!("{series}{number}")));
            }
            session_page(f.resolutions_page?, number)
        }
        Id::Decision { issuer, number } => session_page(issuer.facts().resolutions_page?, number),
        Id::Article { instrument, .. } | Id::Chapter { instrument, .. } => {
            Some(instrument.text_url().to_string())
        }
        Id::Session { .. } | Id::File { .. } => None,
    }
}

/// The page of the session a "7/1"-style number was adopted at.
fn session_page(template: &str, number: &str) -> Option<String> {
    let (session, _) = number.split_once('/')?;
    session
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| template.replace("{session}", session))
}

/// [`official_url`] of a graph node.
pub fn node_url(n: &Node) -> Option<String> {
    official_url(&n.id, &n.symbols)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(id: &str) -> Option<String> {
        official_url(&id.parse().unwrap(), &[])
    }

    /// Issue 19: "Only document symbols link to undocs.org."
    #[test]
    fn every_node_with_an_official_home_links_there() {
        assert_eq!(
            url("res:ga:70/174").as_deref(),
            Some("https://undocs.org/en/A/RES/70/174")
        );
        assert_eq!(
            url("res:ecosoc:2017/21").as_deref(),
            Some("https://undocs.org/en/E/RES/2017/21")
        );
        assert_eq!(
            url("res:hrc:35/25").as_deref(),
            Some("https://undocs.org/en/A/HRC/RES/35/25")
        );
        assert_eq!(url("res:sc:2462"), None);
        assert_eq!(
            official_url(
                &"res:sc:2462".parse().unwrap(),
                &["S/RES/2462 (2019)".into()]
            )
            .as_deref(),
            Some("https://undocs.org/en/S/RES/2462(2019)")
        );
        assert_eq!(
            url("res:cosp:6/2").as_deref(),
            Some("https://www.unodc.org/unodc/en/treaties/CAC/CAC-COSP-session6-resolutions.html")
        );
        assert_eq!(
            url("dec:cosp:7/1").as_deref(),
            Some("https://www.unodc.org/unodc/en/treaties/CAC/CAC-COSP-session7-resolutions.html")
        );
        assert_eq!(
            url("art:uncac:46(3)").as_deref(),
            Some("https://www.unodc.org/unodc/en/treaties/CAC/")
        );
        assert_eq!(
            url("doc:CAC/COSP/2017/L.12/Rev.1").as_deref(),
            Some("https://undocs.org/en/CAC/COSP/2017/L.12/Rev.1")
        );
        assert_eq!(url("session:cosp:7"), None);
        assert_eq!(url("file:x"), None);
    }
}
