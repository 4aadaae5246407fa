//! The annotated-HTML renderer on arbitrary text: no panic, and no raw `<`
//! from the input survives into the page body.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let refs = uncite::extract(text);
    let html = uncite::render::html::annotate_html(text, text, &refs, None);
    let body = &html[html.find("<pre class=\"doc\">").unwrap()..];
    let body = &body[..body.find("</pre>").unwrap()];
    let stripped = body
        .split('<')
        .skip(1)
        .all(|tag| tag.starts_with("pre") || tag.starts_with("a ") || tag.starts_with("/a>") || tag.starts_with("span id=") || tag.starts_with("/span>"));
    assert!(stripped, "unescaped markup in {body:?}");
});
