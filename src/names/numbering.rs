//! What a resolution's number says of its issuer: each body numbers its
//! resolutions its own way, so some numbers can only be one body's.

use super::Body;

/// The issuer a resolution number's shape implies regardless of context:
/// "S-32/1" (Assembly special session), "2017/21" (a year: the Council),
/// "2462 (2019)" (Security Council).
pub fn plausible_issuer(number: &str) -> Option<Body> {
    if number.starts_with("S-") {
        return Some(Body::Ga);
    }
    match number.split_once('/') {
        Some((a, _)) if a.len() == 4 => Some(Body::Ecosoc),
        None if !number.is_empty() => Some(Body::Sc),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_that_name_their_issuer() {
        assert_eq!(plausible_issuer("S-32/1"), Some(Body::Ga));
        assert_eq!(plausible_issuer("2017/21"), Some(Body::Ecosoc));
        assert_eq!(plausible_issuer("2462"), Some(Body::Sc));
        assert_eq!(plausible_issuer("6/2"), None);
        assert_eq!(plausible_issuer("70/174"), None);
        assert_eq!(plausible_issuer(""), None);
    }
}
