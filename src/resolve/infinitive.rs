//! Whether a gap between a cue and a mention holds an infinitive ("to
//! implement chapter V"): then the infinitive, not the cue, governs the
//! mention. The words that show "to" is no infinitive's mark are data here.

/// Words before "to" that make it a preposition, not an infinitive's mark:
/// "Reaffirming all previous resolutions ... regarding the human rights to
/// safe drinking water and sanitation, inter alia, Council resolution
/// 57/13" (A/RES/80/216) is reaffirmed, though "water" can be a verb.
const TO_AS_PREPOSITION: &[&str] = &[
    "right",
    "rights",
    "access",
    "regard",
    "respect",
    "relating",
    "related",
    "pertaining",
    "addition",
    "reference",
    "relation",
    "pursuant",
    "according",
    "due",
    "prior",
    "contrary",
    "approach",
    "approaches",
    "contribution",
    "contributions",
    "threat",
    "threats",
];

/// Words after "to" that are no verb.
const NOT_VERBS: &[&str] = &[
    "the",
    "a",
    "an",
    "its",
    "their",
    "this",
    "that",
    "these",
    "those",
    "article",
    "articles",
    "chapter",
    "chapters",
    "resolution",
    "resolutions",
    "decision",
    "decisions",
    "paragraph",
    "paragraphs",
    "document",
    "documents",
    "all",
    "any",
    "each",
    "both",
    "such",
    "other",
    "which",
    "be",
    "date",
    "and",
    // Object pronouns: "made to them under chapter II".
    "them",
    "it",
    "him",
    "her",
    "us",
];

/// "to implement chapter V": an infinitive between a cue and a mention
/// governs the mention itself.
pub(super) fn infinitive_between(gap: &str) -> bool {
    // Only the word after each whole word "to" is looked at: splitting the
    // whole gap into words cost more than the rest of the relation.
    let apart = |c: char| !c.is_alphanumeric() && c != '-';
    gap.match_indices("to").any(|(k, _)| {
        let rest = &gap[k + 2..];
        let whole = gap[..k].chars().next_back().is_none_or(apart)
            && rest.chars().next().is_some_and(apart);
        let rest = rest.trim_start_matches(apart);
        let w = &rest[..rest.find(apart).unwrap_or(rest.len())];
        let head = gap[..k].trim_end_matches(apart).rsplit(apart).next();
        whole
            && !head.is_some_and(|h| TO_AS_PREPOSITION.contains(&h))
            && !w.is_empty()
            && w.chars().all(|c| c.is_ascii_lowercase())
            && !NOT_VERBS.contains(&w)
            && !w.chars().all(|c| c.is_ascii_digit())
    })
}

/// [`infinitive_between`] as it was, over every word of the gap: its oracle.
#[cfg(test)]
fn infinitive_between_by_split(gap: &str, not_verbs: &[&str]) -> bool {
    let mut words = gap
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty());
    let mut before = None;
    let mut prev = words.next();
    words.any(|w| {
        let after_to =
            prev == Some("to") && !before.is_some_and(|b| TO_AS_PREPOSITION.contains(&b));
        before = prev;
        prev = Some(w);
        after_to
            && w.chars().all(|c| c.is_ascii_lowercase())
            && !not_verbs.contains(&w)
            && !w.chars().all(|c| c.is_ascii_digit())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn infinitive_between_agrees_with_splitting_the_gap() {
        let check = |gap: &str| {
            assert_eq!(
                infinitive_between(gap),
                infinitive_between_by_split(gap, NOT_VERBS),
                "{gap:?}"
            );
        };
        for text in crate::recognise::tests::corpus_texts() {
            let cuts: Vec<usize> = (0..=text.len())
                .filter(|&k| text.is_char_boundary(k))
                .collect();
            for (n, &i) in cuts.iter().enumerate().step_by(5) {
                for len in [1, 2, 3, 4, 7, 12, 40, 150] {
                    check(&text[i..cuts[(n + len).min(cuts.len() - 1)]]);
                }
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        #[test]
        fn infinitive_between_agrees_on_word_soup(words in proptest::collection::vec(
            proptest::sample::select(vec![
                "to", "To", "TO", "tox", "xto", "toto", "-to", "to-", "implement", "Implement",
                "the", "be", "date", "which", "and", "article", "12", "2020", "a1", "é", "éto",
                "toé", "–", "_", "x", "right", "rights", " ", " ", "  ", ",", "(", ")", "\n", "\t", "-",
            ]),
            0..14,
        )) {
            let gap = words.concat();
            proptest::prop_assert_eq!(
                infinitive_between(&gap),
                infinitive_between_by_split(&gap, NOT_VERBS),
                "{:?}",
                gap
            );
        }
    }
}
