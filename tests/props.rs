//! Properties of extraction on arbitrary input (issue 6): never a panic; every
//! span lies on char boundaries inside the text and shows exactly `text`; line
//! numbers agree with offsets; output is in document order.

use proptest::prelude::*;
use uncite::normalise::Clean;

/// Fragments of real documents, so random strings hit the interesting paths.
const PIECES: &[&str] = &[
    "resolution ",
    "resolutions ",
    "decision ",
    "article ",
    "articles ",
    "paragraph ",
    "chapter ",
    "chapters ",
    "6/2",
    " and ",
    ", ",
    "46",
    "(c)",
    " of the Convention",
    "its ",
    "the Conference ",
    "General Assembly ",
    "[S-32/1](#)",
    "CAC/COSP/2017/L.12/Rev.1",
    " and Add.1–4",
    "seventh ",
    "session",
    "meeting",
    " of the Group",
    "Working Group ",
    "¹",
    "<sup>2</sup>",
    "<i>",
    "\n",
    "\r\n",
    "\r",
    "-\n\n",
    "é",
    "–",
    "\u{FEFF}",
    "*",
    "\\*",
    "#",
    " to ",
    "III",
    "(2019)",
    "2462 ",
    "S-",
    "at its ",
    "Pursuant to ",
    "Recalling ",
    "which ",
    ". ",
    ";",
    ":",
    "\t",
    "expert meeting ",
];

fn check(text: &str) {
    let refs = uncite::extract(text);
    let mut last = 0;
    for r in &refs {
        assert!(r.start <= r.end && r.end <= text.len(), "{r:?}");
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        assert_eq!(&text[r.start..r.end], r.text);
        assert!(r.start >= last, "sorted by position");
        last = r.start;
        let line = 1 + text.as_bytes()[..r.start]
            .iter()
            .enumerate()
            .filter(|&(i, &b)| {
                b == b'\n' || (b == b'\r' && text.as_bytes().get(i + 1) != Some(&b'\n'))
            })
            .count();
        assert_eq!(r.line, line, "{r:?}");
    }
}

/// 600 cases a run; `PROPTEST_CASES=50000` for a deep run.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(600)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn arbitrary_strings_never_panic(s in "\\PC{0,300}") {
        check(&s);
    }

    #[test]
    fn document_like_strings(parts in proptest::collection::vec(proptest::sample::select(PIECES), 0..60)) {
        check(&parts.concat());
    }

    #[test]
    fn arbitrary_bytes_through_the_loader(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        if let Some(src) = uncite::load::decode("x", &bytes) {
            check(&src.text);
        }
    }

    #[test]
    fn normalised_offsets_map_inside_the_original(parts in proptest::collection::vec(proptest::sample::select(PIECES), 0..40)) {
        let text = parts.concat();
        let clean = Clean::new(&text);
        for i in 0..clean.text.len() {
            if clean.text.is_char_boundary(i) {
                let (a, b) = clean.to_original(i, i + clean.text[i..].chars().next().unwrap().len_utf8());
                prop_assert!(a < b && b <= text.len());
                prop_assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
            }
        }
    }
}

/// Found by cargo-fuzz: a multi-byte space (U+2000, from lossy decoding) just
/// before a sentence end made the word-start arithmetic split a character.
#[test]
fn fuzz_regression_multibyte_space_before_period() {
    let bytes =
        b"At its fourth session, the Conference adopted resolution 4/3, entitled \xe2\x80\x80\x9d.";
    let src = uncite::load::decode("x", bytes).unwrap();
    check(&src.text);
    check("resolution 4/3, entitled \u{3000}x. Then");
}

/// Found by `document_like_strings`: a header line whose last word ends inside
/// a character ("é, session¹") made the ordinal check split it.
#[test]
fn proptest_regression_word_ending_inside_a_character() {
    check("é, session¹");
    check("6/2–, session\n");
}

/// Found by `arbitrary_strings_never_panic` in a deep run: a tag inside a
/// link ran over the link's tail.
#[test]
fn proptest_regression_tag_over_a_link_tail() {
    check("[<A](>)");
    check("see [resolution <b>6/2](x>) and [a<i](#)</i> resolution 7/1");
}
