//! What a resolution's number says of its issuer: each body numbers its
//! resolutions its own way, so some numbers can only be one body's.

use super::Body;

/// The Assembly numbered old style up to its thirtieth session (1975).
const LAST_OLD_STYLE_GA_SESSION: u32 = 30;

/// The issuer a resolution number's shape implies regardless of context:
/// "S-32/1" (Assembly special session), "2017/21" (a year: the Council),
/// "2462 (2019)" (Security Council), "ES-10/23" (Assembly emergency
/// special session), "2200A(XXI)" (an old-style number: the Assembly's up to
/// its thirtieth session; with a later session only the Economic and Social
/// Council's).
pub fn plausible_issuer(number: &str) -> Option<Body> {
    if number.starts_with("S-") || number.starts_with("ES-") {
        return Some(Body::Ga);
    }
    if let Some((_, session)) = number.strip_suffix(')').and_then(|n| n.split_once('(')) {
        let old = super::numbers::roman_value(session)?;
        return Some(if old > LAST_OLD_STYLE_GA_SESSION {
            Body::Ecosoc
        } else {
            Body::Ga
        });
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
        assert_eq!(plausible_issuer("ES-10/23"), Some(Body::Ga));
        assert_eq!(plausible_issuer("2200A(XXI)"), Some(Body::Ga));
        assert_eq!(plausible_issuer("1296(XLIV)"), Some(Body::Ecosoc));
        assert_eq!(plausible_issuer("6/2"), None);
        assert_eq!(plausible_issuer("70/174"), None);
        assert_eq!(plausible_issuer(""), None);
    }
}
