//! Tests of `recognise::resolution`, beside it.

use super::*;
use crate::recognise::tests::corpus_texts;

/// `issuer_before` agrees with the capture search it mostly avoids,
/// before every whitespace of every document and on word soup.
/// "relevant Human Rights Council resolutions, in particular resolutions
/// 7/34 of 28 March 2008, 18/15 ..." (A/C.3/80/L.2): the Council's.
#[test]
fn a_list_specifying_a_bodys_resolutions_is_that_bodys() {
    let text = "Recalling relevant Human Rights Council resolutions, in particular resolutions 7/34 of 28 March 2008 and 18/15 of 29 September 2011,";
    let m = crate::recognise::recognise(text);
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].hint, IssuerHint::Named(BodyName::Exact(Body::Hrc)));
    let plain = "Recalling its resolutions, in particular resolutions 70/1 and 70/174,";
    assert_eq!(crate::recognise::recognise(plain)[0].hint, IssuerHint::Bare);
}

#[test]
fn issuer_before_agrees_with_its_pattern() {
    let by_regex = |w: &str| {
        ISSUER_BEFORE.captures(w).map(|c| match c.get(1) {
            Some(b) => (b.start(), Some(b.as_str().to_string())),
            None => (0, None),
        })
    };
    let by_hand = |w: &str| issuer_before(w).map(|(a, n)| (a, n.map(str::to_string)));
    let mut n = 0;
    for text in corpus_texts() {
        for (i, _) in text.match_indices([' ', '\n']) {
            let w = &text[back(&text, i + 1, ISSUER_REACH)..i + 1];
            assert_eq!(by_hand(w), by_regex(w), "{w:?}");
            n += 1;
        }
    }
    assert!(n > 10_000);
    for w in [
        "its ",
        "bits ",
        "their\n ",
        "Their ",
        "xits ",
        "_its ",
        "(its  ",
        "its",
        "GA ",
        "xGA ",
        "the General Assembly ",
        "General\nAssembly ",
        "Economic and Social Council ",
        "the Council ",
        "Conference ",
        "ECOSOC\t",
        "HRC ",
        "pursuant to its ",
    ] {
        assert_eq!(by_hand(w), by_regex(w), "{w:?}");
    }
}

/// The numbers of every resolution item in `text`.
fn numbers(text: &str) -> Vec<String> {
    crate::recognise::tests::raws(text)
        .into_iter()
        .filter_map(|r| match r {
            Raw::Resolution { number, .. } => Some(number),
            _ => None,
        })
        .collect()
}

/// A/C.3/80/L.2: footnote calls after the comma and glued to the year
/// do not end the list.
#[test]
fn footnote_calls_inside_a_list() {
    assert_eq!(
        numbers(
            "in particular resolutions 7/34 of 28 March 2008,6 18/15 of 29 September \n20117 and 21/33 of 28 September 2012,8 as well as General Assembly"
        ),
        ["7/34", "18/15", "21/33"]
    );
    // A/C.3/80/L.25: a call spaced from its comma.
    assert_eq!(
        numbers(
            "Welcoming Human Rights Council resolutions 16/18 of 24 March 2011,1 19/25 \nof 23 March 2012,2 22/31 of 22 March 2013,3 28/29 of 27 March 2015,4 31/26 of \n24 March 2016, 5 34/32 of 24 March 2017, 6 37/38 of 23 March 2018, 7 40/25 of \n22 March 2019,8 43/34 of 22 June 2020,9"
        ),
        [
            "16/18", "19/25", "22/31", "28/29", "31/26", "34/32", "37/38", "40/25", "43/34"
        ]
    );
    // A/C.3/80/L.14: "202115 and 55/18 of 4 April 202416 pertaining".
    assert_eq!(
        numbers(
            "as well as resolutions 28/6 of 26 March 2015,13 37/5 of 22 March 2018,14 \n46/12 of 23 March 202115 and 55/18 of 4 April 202416 pertaining to"
        ),
        ["28/6", "37/5", "46/12", "55/18"]
    );
    // A real item after a comma is no call: "2008, 97 (I) of".
    assert_eq!(
        numbers("its resolutions 1/2 of 28 March 2008, 97 (I) of 14 December 1946"),
        ["1/2", "97(I)"]
    );
}

/// A/C.3/80/L.13: a date wrapped across a line, and "59/111of" (a PDF
/// dropped the space before "of").
#[test]
fn wrapped_and_glued_dates_inside_a_list() {
    assert_eq!(
        numbers(
            "Recalling its resolutions 58/15 of 3 December 2003, \n59/111of 6 December 2004, 59/147 of 20 December 2004, 72/145 of 19 December \n2017, 73/144 of 17 December 2018 and 79/150 of 17 December 2024, concerning"
        ),
        ["58/15", "59/111", "59/147", "72/145", "73/144", "79/150"]
    );
}

/// A/C.6/80/L.11, A/RES/80/30: old-style and lettered numbers start and
/// continue a list.
#[test]
fn old_style_and_lettered_numbers_in_a_list() {
    assert_eq!(
        numbers(
            "Recalling its resolutions 23 (I) of 10 February 1946, 97 (I) of 14 December \n1946, 364 B (IV) of 1 December 1949, 482 (V) of 12 December 1950, 32/144 of \n16 December 1977, 33/141 A of 19 December 1978, 51/158 of 16 December 1996,"
        ),
        [
            "23(I)", "97(I)", "364B(IV)", "482(V)", "32/144", "33/141A", "51/158"
        ]
    );
    assert_eq!(
        numbers(
            "Recalling its resolutions 49/75 I of 15 December 1994, 50/70 F of 12 December \n1995, 53/77 AA of \n4 December 1998, 57/61 of 22 November 2002"
        ),
        ["49/75I", "50/70F", "53/77AA", "57/61"]
    );
    assert_eq!(numbers("resolution 70/1 In that resolution"), ["70/1"]);
    assert_eq!(
        numbers("General Assembly resolution ES-10/23 of 10 May 2024."),
        ["ES-10/23"]
    );
}

/// A/C.3/80/L.40: a list goes on from a decision to resolutions.
#[test]
fn a_list_goes_on_from_decisions_to_resolutions() {
    let raws = crate::recognise::tests::raws(
        "and Human Rights Council decision \n18/120 of 30 September 20111 and resolutions 24/14 of 27 September 2013,2 27/21 \nof 26 September 2014,3",
    );
    let got: Vec<(bool, String)> = raws
        .into_iter()
        .filter_map(|r| match r {
            Raw::Resolution {
                decision, number, ..
            } => Some((decision, number)),
            _ => None,
        })
        .collect();
    assert_eq!(
        got,
        [
            (true, "18/120".to_string()),
            (false, "24/14".to_string()),
            (false, "27/21".to_string())
        ]
    );
    assert_eq!(
        crate::recognise::recognise("Human Rights Council decision 18/120 and resolutions 24/14")
            .len(),
        1
    );
}

#[test]
fn gates_pass_wherever_their_pattern_matches() {
    crate::recognise::tests::assert_gates_pass(&[
        ("RES_PINPOINT", &RES_PINPOINT),
        ("FOREIGN_ISSUER_AFTER", &FOREIGN_ISSUER_AFTER),
        ("THAT_CONFERENCE_AFTER", &THAT_CONFERENCE_AFTER),
        ("RES_PAREN_PINPOINT", &RES_PAREN_PINPOINT),
    ]);
}
