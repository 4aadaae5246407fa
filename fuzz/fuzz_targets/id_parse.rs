//! ID parsing never panics, and whatever parses displays back to the same text.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(id) = s.parse::<uncite::Id>() {
        assert_eq!(id.to_string(), s);
    }
    let _ = uncite::Id::parse_loose(s);
});
