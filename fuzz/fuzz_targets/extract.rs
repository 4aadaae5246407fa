//! Arbitrary bytes through the loader and the whole extraction pipeline:
//! no panic, and every reference's span shows exactly its text.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(src) = uncite::load::decode("fuzz", data) else {
        return;
    };
    let doc = uncite::extract_document("fuzz.txt", &src.text);
    let mut last = 0;
    for r in &doc.references {
        assert!(r.start <= r.end && r.end <= src.text.len());
        assert_eq!(&src.text[r.start..r.end], r.text);
        assert!(r.start >= last);
        last = r.start;
        // Every target prints as a canonical ID that parses back to itself.
        let shown = r.target.to_string();
        assert_eq!(shown.parse::<uncite::Id>().unwrap(), r.target, "{shown}");
    }
});
