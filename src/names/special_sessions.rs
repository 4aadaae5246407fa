//! The General Assembly's special sessions, by number, with the topic words
//! that identify them. The Assembly numbers its special sessions in one
//! series (S-1 in 1947 ... S-32 in 2021); a text that counts them within a
//! topic ("the fourth special session of the General Assembly devoted to
//! disarmament") does not name that series' number.

/// Topic words (lower case) of each special session of the Assembly whose
/// topic a text names in these words. A session not listed has no topic
/// word here: its number is taken as written, its topic never inferred.
pub const GA_SPECIAL_SESSIONS: &[(u32, &[&str])] = &[
    (1, &["palestine"]),
    (2, &["palestine"]),
    (4, &["financial situation"]),
    (5, &["south west africa"]),
    (9, &["namibia"]),
    (10, &["disarmament"]),
    (12, &["disarmament"]),
    (14, &["namibia"]),
    (15, &["disarmament"]),
    (16, &["apartheid"]),
    (17, &["drug abuse", "narcotic drugs"]),
    (20, &["drug problem"]),
    (21, &["population and development"]),
    (22, &["small island"]),
    (23, &["women 2000", "beijing"]),
    (24, &["social development"]),
    (26, &["hiv"]),
    (27, &["children"]),
    (29, &["population and development"]),
    (30, &["drug problem"]),
    (31, &["covid"]),
    (32, &["corruption"]),
];

/// Every topic word of the table (lower case, sorted) and one pattern
/// for them all, case ignored: a document is read once, not once per word
/// (the lazy DFA reads it at a few instructions a byte).
static TOPIC_WORDS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    let mut words: Vec<&'static str> = GA_SPECIAL_SESSIONS
        .iter()
        .flat_map(|(_, w)| w.iter().copied())
        .collect();
    words.sort_unstable();
    words.dedup();
    words
});

crate::static_re!(
    TOPIC_PATTERN,
    &format!(
        "(?i:{})",
        TOPIC_WORDS
            .iter()
            .map(|w| regex::escape(w))
            .collect::<Vec<_>>()
            .join("|")
    )
);

/// Where a text names topic words of the table: found in one pass over
/// the text the first time a special session asks, so that a topic looked
/// for pages back costs a binary search, not a scan per mention.
pub struct TopicIndex {
    /// (start, end, word) of every topic word, in text order.
    hits: Vec<(usize, usize, &'static str)>,
}

impl TopicIndex {
    pub fn new(text: &str) -> Self {
        let words = &*TOPIC_WORDS;
        // No word of the table holds another, so a plain search (no
        // overlaps) finds every one; the word is told by its lower case.
        let mut hits: Vec<(usize, usize, &'static str)> = TOPIC_PATTERN.with(|re| {
            re.find_iter(text)
                .filter_map(|m| {
                    let w = m.as_str().to_ascii_lowercase();
                    let k = words.binary_search(&w.as_str()).ok()?;
                    Some((m.start(), m.end(), words[k]))
                })
                .collect()
        });
        hits.sort_unstable_by_key(|h| (h.0, h.1));
        TopicIndex { hits }
    }

    /// The topic words named wholly inside `[a, b)` (case ignored).
    fn named(&self, (a, b): (usize, usize)) -> Vec<&'static str> {
        let k = self.hits.partition_point(|h| h.0 < a);
        let mut out: Vec<&'static str> = Vec::new();
        for &(_, e, w) in self.hits[k..].iter().take_while(|h| h.0 < b) {
            if e <= b && !out.contains(&w) {
                out.push(w);
            }
        }
        out
    }

    /// Whether `[a, b)` names a topic of the table at all.
    pub fn names_topic(&self, span: (usize, usize)) -> bool {
        !self.named(span).is_empty()
    }

    /// Whether the Assembly's special session `n` can be the one a text
    /// means whose passage `span` names topics: "the Tenth Special Session
    /// of the General Assembly, ... devoted to disarmament" is S-10 (on
    /// disarmament); "the fourth special session of the General Assembly
    /// devoted to disarmament" is not S-4 (1963, on the Organization's
    /// finances), so the text counts within the topic. With no topic named,
    /// the number is taken as written.
    pub fn fits(&self, n: u32, span: (usize, usize)) -> bool {
        let named = self.named(span);
        named.is_empty()
            || GA_SPECIAL_SESSIONS
                .iter()
                .any(|(k, words)| *k == n && words.iter().any(|w| named.contains(w)))
    }

    /// The special session of the Assembly an unnumbered "special session"
    /// means, from the topic its passage `span` names: the one on that
    /// topic ("the special session of the General Assembly against
    /// corruption" is S-32); of several on the topic, the latest when the
    /// text means one it has in mind (`definite`: "the special session on
    /// the world drug problem" is S-30), none for "a special session" or
    /// "special sessions" (three were devoted to disarmament). `None` when
    /// no topic is named.
    pub fn session_for(&self, span: (usize, usize), definite: bool) -> Option<u32> {
        let named = self.named(span);
        let on_topic: Vec<u32> = GA_SPECIAL_SESSIONS
            .iter()
            .filter(|(_, words)| words.iter().any(|w| named.contains(w)))
            .map(|(k, _)| *k)
            .collect();
        match on_topic.as_slice() {
            [] => None,
            [one] => Some(*one),
            _ if definite => on_topic.iter().max().copied(),
            _ => None,
        }
    }
}

/// Whether `context` names a topic of the table at all.
pub fn names_special_session_topic(context: &str) -> bool {
    TopicIndex::new(context).names_topic((0, context.len()))
}

/// [`TopicIndex::fits`] for a passage on its own.
pub fn special_session_fits(n: u32, context: &str) -> bool {
    TopicIndex::new(context).fits(n, (0, context.len()))
}

/// [`TopicIndex::session_for`] for a passage on its own.
pub fn special_session_for(context: &str, definite: bool) -> Option<u32> {
    TopicIndex::new(context).session_for((0, context.len()), definite)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What lets the index search without overlaps.
    #[test]
    fn no_topic_word_holds_another() {
        let words: Vec<&str> = GA_SPECIAL_SESSIONS
            .iter()
            .flat_map(|(_, w)| w.iter().copied())
            .collect();
        for a in &words {
            for b in &words {
                assert!(a == b || !a.contains(b), "{a} holds {b}");
            }
        }
    }

    #[test]
    fn numbers_counted_within_a_topic_do_not_fit() {
        // A/RES/80/30.
        let fourth = "the fourth special session of the General Assembly devoted to disarmament";
        assert!(!special_session_fits(4, fourth));
        let tenth = "the Final Document of the Tenth Special Session of the General \
                     Assembly, adopted by consensus at the first special session devoted to disarmament";
        assert!(special_session_fits(10, tenth));
        assert!(!special_session_fits(1, tenth));
        // A/C.3/80/L.14: "the further initiatives for social development
        // adopted by the General Assembly at its twenty-fourth special session".
        assert!(special_session_fits(
            24,
            "initiatives for social development adopted by the General Assembly at its twenty-fourth special session"
        ));
        assert!(special_session_fits(7, "its seventh special session"));
    }

    #[test]
    fn an_unnumbered_special_session_needs_its_topic() {
        let c = "the special session of the General Assembly against corruption";
        assert_eq!(special_session_for(c, true), Some(32));
        assert_eq!(
            special_session_for("a special session against corruption in 2021", false),
            Some(32)
        );
        let drugs = "the special session of the General Assembly on the world drug problem";
        assert_eq!(special_session_for(drugs, true), Some(30));
        // A/RES/80/30: "three special sessions of the General Assembly
        // devoted to disarmament", "a special session of the General
        // Assembly devoted to disarmament".
        let three = "three special sessions of the General Assembly devoted to disarmament";
        assert_eq!(special_session_for(three, false), None);
        assert_eq!(special_session_for("the special session", true), None);
    }
}
