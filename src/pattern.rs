//! How every static pattern of the pipeline is compiled: one place, so no
//! stage pays for Unicode classes it does not need.
//!
//! The names, numbers and verbs we match are ASCII, and the clean text maps
//! every other space to `' '` (see `normalise`). Unicode `\b`, `\d`, `\s`, `\w`
//! and Unicode case folding only make the automata larger: a case-insensitive
//! pattern with Unicode `\w` ran at ~500 instructions per byte because the
//! lazy DFA kept flushing its cache, against ~9 once ASCII. So `ascii`
//! rewrites them to their ASCII forms before compiling.

use regex::Regex;
use std::sync::LazyLock;

/// `p` with `\b`, `\B`, `\d`, `\D`, `\s`, `\S`, `\w`, `\W` and `(?i)` made
/// ASCII. A class escape inside `[...]` becomes a nested class, which the
/// regex syntax allows. An escaped backslash (`\\`) is left alone.
pub fn ascii(p: &str) -> String {
    const WS: &str = r"\t\n\x0B\x0C\r ";
    let mut out = String::with_capacity(p.len() + 32);
    let mut chars = p.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('b') => out.push_str(r"(?-u:\b)"),
                Some('B') => out.push_str(r"(?-u:\B)"),
                Some('d') => out.push_str("[0-9]"),
                Some('D') => out.push_str("[^0-9]"),
                Some('s') => out.push_str(&format!("[{WS}]")),
                Some('S') => out.push_str(&format!("[^{WS}]")),
                Some('w') => out.push_str("[0-9A-Za-z_]"),
                Some('W') => out.push_str("[^0-9A-Za-z_]"),
                Some(other) => {
                    out.push('\\');
                    out.push(other);
                }
                None => out.push('\\'),
            }
        } else if c == '(' && chars.peek() == Some(&'?') {
            // `(?i)` / `(?i:` fold case over ASCII only.
            out.push('(');
            out.push(chars.next().unwrap_or('?'));
            let mut flags = String::new();
            while let Some(&f) = chars.peek() {
                if f.is_ascii_alphabetic() || f == '-' {
                    flags.push(f);
                    chars.next();
                } else {
                    break;
                }
            }
            if flags.contains('i') && !flags.contains('u') {
                flags = match flags.split_once('-') {
                    Some((on, off)) => format!("{on}-{off}u"),
                    None => format!("{flags}-u"),
                };
            }
            out.push_str(&flags);
        } else {
            out.push(c);
        }
    }
    out
}

/// Compiles a static pattern of the pipeline (see [`ascii`]).
pub fn compile(p: &str) -> Regex {
    Regex::new(&ascii(p)).unwrap_or_else(|e| panic!("static pattern {p:?} compiles: {e}"))
}

/// `static_re!(NAME, "pattern")`: a lazily compiled static pattern, searched
/// through each thread's clone (see [`Local`]).
#[macro_export]
#[doc(hidden)]
macro_rules! static_re {
    (@new $pat:expr) => {
        $crate::pattern::Local {
            re: std::sync::LazyLock::new(|| $crate::pattern::compile($pat)),
            local: {
                thread_local! {
                    static LOCAL: std::cell::OnceCell<::regex::Regex> =
                        const { std::cell::OnceCell::new() };
                }
                &LOCAL
            },
        }
    };
    ($(#[$attr:meta])* $name:ident, $pat:expr) => {
        $(#[$attr])*
        static $name: $crate::pattern::Local = $crate::static_re!(@new $pat);
    };
}

/// A `^`-anchored pattern behind a gate: a cheap test on the haystack that
/// every match passes ("the next word is `of`"). The recogniser tries a dozen
/// such patterns after each of thousands of mentions per MB and most fail;
/// a regex call costs hundreds of instructions, the gate a few. A gate that
/// wrongly says no loses matches, so each has a soundness test against the
/// corpus (`gates_pass_wherever_their_pattern_matches` in recognise/mod.rs).
pub struct Gated {
    pub gate: fn(&str) -> bool,
    pub re: Local,
}

/// A static pattern searched through each thread's own clone. A clone has a
/// cache pool of its own, whose fast path belongs to the first thread using
/// it: shared, the second worker took the pool's locked slow path on every
/// call. Derefs to the shared regex for what needs no search cache.
pub struct Local {
    pub re: LazyLock<Regex>,
    pub local: &'static std::thread::LocalKey<std::cell::OnceCell<Regex>>,
}

impl Local {
    /// Runs `f` with this thread's clone (for iterators, which borrow it).
    pub fn with<R>(&self, f: impl FnOnce(&Regex) -> R) -> R {
        self.local
            .with(|local| f(local.get_or_init(|| Regex::clone(&self.re))))
    }

    pub fn is_match(&self, hay: &str) -> bool {
        self.with(|re| re.is_match(hay))
    }

    pub fn find<'h>(&self, hay: &'h str) -> Option<regex::Match<'h>> {
        self.with(|re| re.find(hay))
    }

    pub fn find_at<'h>(&self, hay: &'h str, at: usize) -> Option<regex::Match<'h>> {
        self.with(|re| re.find_at(hay, at))
    }

    pub fn captures<'h>(&self, hay: &'h str) -> Option<regex::Captures<'h>> {
        self.with(|re| re.captures(hay))
    }

    pub fn replace<'h>(&self, hay: &'h str, rep: &str) -> std::borrow::Cow<'h, str> {
        self.with(|re| re.replace(hay, rep))
    }

    pub fn replace_all<'h>(&self, hay: &'h str, rep: &str) -> std::borrow::Cow<'h, str> {
        self.with(|re| re.replace_all(hay, rep))
    }
}

impl std::ops::Deref for Local {
    type Target = Regex;
    fn deref(&self) -> &Regex {
        &self.re
    }
}

/// A multi-pattern automaton (`meta::Regex`) searched with each thread's own
/// cache, for the same reason as [`Local`]. Built by [`meta_re!`].
pub struct LocalMeta {
    pub re: LazyLock<regex_automata::meta::Regex>,
    pub cache: &'static std::thread::LocalKey<std::cell::RefCell<regex_automata::meta::Cache>>,
}

impl LocalMeta {
    pub fn search(&self, input: &regex_automata::Input) -> Option<regex_automata::Match> {
        self.with(|re, cache| re.search_with(cache, input))
    }

    /// Runs `f` with the automaton and this thread's cache (for a loop of
    /// searches, one thread-local access).
    pub fn with<R>(
        &self,
        f: impl FnOnce(&regex_automata::meta::Regex, &mut regex_automata::meta::Cache) -> R,
    ) -> R {
        self.cache.with_borrow_mut(|cache| f(&self.re, cache))
    }
}

/// `meta_re!(NAME, || meta::Regex::new_many(..))`: a [`LocalMeta`] static.
#[macro_export]
#[doc(hidden)]
macro_rules! meta_re {
    ($(#[$attr:meta])* $name:ident, $build:expr) => {
        $(#[$attr])*
        static $name: $crate::pattern::LocalMeta = $crate::pattern::LocalMeta {
            re: std::sync::LazyLock::new($build),
            cache: {
                thread_local! {
                    static CACHE: std::cell::RefCell<regex_automata::meta::Cache> =
                        std::cell::RefCell::new($name.re.create_cache());
                }
                &CACHE
            },
        };
    };
}

impl Gated {
    pub fn find<'h>(&self, hay: &'h str) -> Option<regex::Match<'h>> {
        if (self.gate)(hay) {
            self.re.with(|re| re.find(hay))
        } else {
            None
        }
    }

    pub fn captures<'h>(&self, hay: &'h str) -> Option<regex::Captures<'h>> {
        if (self.gate)(hay) {
            self.re.with(|re| re.captures(hay))
        } else {
            None
        }
    }

    pub fn is_match(&self, hay: &str) -> bool {
        (self.gate)(hay) && self.re.with(|re| re.is_match(hay))
    }
}

/// `gated_re!(NAME, gate, "^pattern")`: a [`Gated`] static pattern.
#[macro_export]
#[doc(hidden)]
macro_rules! gated_re {
    ($(#[$attr:meta])* $name:ident, $gate:expr, $pat:expr) => {
        $(#[$attr])*
        static $name: $crate::pattern::Gated = $crate::pattern::Gated {
            gate: $gate,
            re: $crate::static_re!(@new $pat),
        };
    };
}

/// Whether `hay` contains `needle`, ASCII case ignored, without a
/// lower-cased copy (it runs per mention and per cue).
pub fn contains_ignore_ascii_case(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    assert!(!n.is_empty(), "a needle");
    // The whole window is compared only where its first byte agrees.
    h.len() >= n.len()
        && (0..=h.len() - n.len())
            .any(|i| h[i].eq_ignore_ascii_case(&n[0]) && h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// `[0-9A-Za-z_]`: the bytes ASCII `\b` separates from the rest, for the
/// hand matchers that stand in for static patterns.
pub fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// `\s` of the static patterns, as a byte.
pub fn is_space_byte(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ')
}

/// `\s` of the static patterns: ASCII whitespace including vertical tab.
pub fn is_space(c: char) -> bool {
    c.is_ascii_whitespace() || c == '\x0B'
}

/// `rest` after leading `\s*`.
pub fn after_space(rest: &str) -> &str {
    rest.trim_start_matches(is_space)
}

/// The ASCII-letter word after an optional comma and any `\s*`: the gate of
/// patterns starting `^,?\s+of\s+`, `^\s+and\s+` ...
pub fn next_word(rest: &str) -> &str {
    let r = after_space(rest.strip_prefix(',').unwrap_or(rest));
    &r[..r.bytes().take_while(u8::is_ascii_alphabetic).count()]
}

/// Whether `s` starts with `pat`, each space of `pat` standing for a run
/// of `\s`: a line break where a PDF converter wrapped the text is a space.
pub fn starts_with_spaced(s: &str, pat: &str) -> bool {
    strip_spaced_prefix(s, pat).is_some()
}

/// Whether `pat` occurs in `s`, its spaces standing for runs of white space
/// (see [`starts_with_spaced`]): "as well\nas" holds "as well as".
pub fn contains_spaced(s: &str, pat: &str) -> bool {
    let head = pat.split(' ').next().unwrap_or(pat);
    s.match_indices(head)
        .any(|(k, _)| starts_with_spaced(&s[k..], pat))
}

/// What follows `pat` at the start of `s` (spaces of `pat` as in
/// [`starts_with_spaced`]).
pub fn strip_spaced_prefix<'s>(s: &'s str, pat: &str) -> Option<&'s str> {
    let mut k = 0;
    let b = s.as_bytes();
    for &c in pat.as_bytes() {
        if c == b' ' {
            let n = b[k..].iter().take_while(|&&x| is_space_byte(x)).count();
            if n == 0 {
                return None;
            }
            k += n;
        } else if b.get(k) == Some(&c) {
            k += 1;
        } else {
            return None;
        }
    }
    // `pat` is ASCII and every byte matched one of it, so `k` is a boundary.
    Some(&s[k..])
}

/// Whether `s` ends with `pat`, each space of `pat` standing for a run of
/// `\s` (see [`starts_with_spaced`]).
pub fn ends_with_spaced(s: &str, pat: &str) -> bool {
    let mut s = s.as_bytes();
    for &c in pat.as_bytes().iter().rev() {
        if c == b' ' {
            let n = s.iter().rev().take_while(|&&b| is_space_byte(b)).count();
            if n == 0 {
                return false;
            }
            s = &s[..s.len() - n];
        } else if s.last() == Some(&c) {
            s = &s[..s.len() - 1];
        } else {
            return false;
        }
    }
    true
}

/// The char boundary at most `n` bytes before `s`.
pub fn back(text: &str, s: usize, n: usize) -> usize {
    let mut b = s.saturating_sub(n);
    while !text.is_char_boundary(b) {
        b += 1;
    }
    b
}

/// An ASCII word boundary before a word byte at `i`: every anchor and body name starts so.
pub fn starts_word(b: &[u8], i: usize) -> bool {
    b.get(i).is_some_and(|&c| is_word_byte(c)) && (i == 0 || !is_word_byte(b[i - 1]))
}

/// Length of the `\s*` run (ASCII white space) at `i` of `b`.
pub fn space_run(b: &[u8], i: usize) -> usize {
    b.get(i..)
        .map_or(0, |s| s.iter().take_while(|&&c| is_space_byte(c)).count())
}

/// Length of the `[0-9]*` run at `i` of `b`.
pub fn digit_run(b: &[u8], i: usize) -> usize {
    b.get(i..)
        .map_or(0, |s| s.iter().take_while(|c| c.is_ascii_digit()).count())
}

/// ASCII `\b` at `i` of `b` when the byte before is a word byte.
pub fn word_ends_at(b: &[u8], i: usize) -> bool {
    !b.get(i).is_some_and(|&c| is_word_byte(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_become_ascii() {
        assert_eq!(ascii(r"\d+"), "[0-9]+");
        assert_eq!(ascii(r"a\b"), r"a(?-u:\b)");
        assert_eq!(ascii(r"(?i)x"), "(?i-u)x");
        assert_eq!(ascii(r"(?i:x)"), "(?i-u:x)");
        assert_eq!(ascii(r"(?:x)"), "(?:x)");
        assert_eq!(ascii(r"(?P<n>x)"), "(?P<n>x)");
        assert_eq!(ascii(r"\\d"), r"\\d");
        assert_eq!(ascii(r"\.\("), r"\.\(");
    }

    #[test]
    fn nested_classes_keep_their_meaning() {
        // `[^\S\n]`: a space that is not a line end.
        let r = compile(r"^[^\S\n]+$");
        assert!(r.is_match(" \t "));
        assert!(!r.is_match(" \n "));
        assert!(!r.is_match("a"));
        let r = compile(r"^\w+\s\d$");
        assert!(r.is_match("Article 5"));
        // Digits of other scripts are not numbers we could parse.
        assert!(!r.is_match("Article ٥"));
    }

    #[test]
    fn spaced_affixes_take_any_white_space() {
        assert!(starts_with_spaced(" of\nthe Parties", " of the "));
        assert!(!starts_with_spaced(" off ", " of "));
        assert!(!starts_with_spaced("of ", " of "));
        assert!(ends_with_spaced("by the\n", "the "));
        assert!(ends_with_spaced("at  its", " its"));
        assert!(!ends_with_spaced("its", " its"));
        assert!(!ends_with_spaced("the", "the "));
    }

    #[test]
    fn case_folding_is_ascii() {
        let r = compile(r"(?i)\bfirst\s+session\b");
        assert!(r.is_match("First Session"));
        // U+017F LATIN SMALL LETTER LONG S folds to `s` under Unicode rules.
        assert!(!r.is_match("firſt session"));
    }
}
