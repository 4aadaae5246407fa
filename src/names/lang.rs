//! The six UN languages, and which one a text is written in. Every phrase
//! uncite reads that is language-specific (verbs, months, stop words) is
//! keyed by a [`Lang`]; a language is *supported* when its phrases are in
//! the tables (today English; French and Spanish are issue 21's next step).
//!
//! Detection counts the most frequent short words of each language in the
//! text's first [`SAMPLE`] bytes, and the letters of the scripts that are
//! not Latin: small and dependable for whole documents, which is all it is
//! asked for.

/// A language of the United Nations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    Fr,
    Es,
    Ru,
    Ar,
    Zh,
}

impl Lang {
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Fr, Lang::Es, Lang::Ru, Lang::Ar, Lang::Zh];

    /// ISO 639-1 code, as HTML's `lang` writes it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Ru => "ru",
            Lang::Ar => "ar",
            Lang::Zh => "zh",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "French",
            Lang::Es => "Spanish",
            Lang::Ru => "Russian",
            Lang::Ar => "Arabic",
            Lang::Zh => "Chinese",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Whether uncite has this language's phrases (verbs, body names,
    /// keywords): references in a text of another language are missed.
    pub fn supported(self) -> bool {
        self == Lang::En
    }
}

/// The most frequent short words of each Latin-script language (compared
/// ignoring ASCII case):
/// a text's language is the one whose words it uses most.
const STOP_WORDS: &[(Lang, &[&str])] = &[
    (
        Lang::En,
        &[
            "the", "of", "and", "to", "in", "its", "that", "for", "on", "with", "by", "as", "is",
        ],
    ),
    (
        Lang::Fr,
        &[
            "le", "la", "les", "des", "et", "du", "de", "à", "sa", "ses", "aux", "sur", "dans",
            "une", "pour",
        ],
    ),
    (
        Lang::Es,
        &[
            "el", "la", "los", "las", "y", "del", "de", "en", "su", "sus", "con", "por", "una",
            "para", "al",
        ],
    ),
];

/// A stop word and the index of its language in [`STOP_WORDS`].
type StopWord = (&'static [u8], usize);

/// Every stop word by its length in bytes (1 to 5), with the index in
/// [`STOP_WORDS`] of each language it belongs to: a word is compared only
/// with the few of its length.
static STOP_BY_LEN: std::sync::LazyLock<[Vec<StopWord>; 6]> = std::sync::LazyLock::new(|| {
    let mut by_len: [Vec<StopWord>; 6] = Default::default();
    for (i, (_, words)) in STOP_WORDS.iter().enumerate() {
        for w in *words {
            if let Some(bucket) = by_len.get_mut(w.len()) {
                bucket.push((w.as_bytes(), i));
            }
        }
    }
    by_len
});

/// How much of a text detection reads.
pub const SAMPLE: usize = 2 * 1024;

/// A text's language needs at least this many counted words (or letters of
/// a script): a short or empty text has none.
const MIN_EVIDENCE: usize = 20;

/// The language `text` is written in, from [`SAMPLE`] bytes a third of the
/// way in (from its start when it is short);
/// `None` when there is too little text to tell.
pub fn detect(text: &str) -> Option<Lang> {
    // From a third of the way in: prose, past the masthead.
    let mut start = if text.len() > 2 * SAMPLE {
        text.len() / 3
    } else {
        0
    };
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (start + SAMPLE).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[start..end];
    // Scripts other than Latin: their letters decide (an ASCII sample has
    // none).
    let (mut cyrillic, mut arabic, mut han) = (0usize, 0usize, 0usize);
    if !sample.is_ascii() {
        for c in sample.chars() {
            match c {
                '\u{0400}'..='\u{04FF}' => cyrillic += 1,
                '\u{0600}'..='\u{06FF}' => arabic += 1,
                '\u{4E00}'..='\u{9FFF}' => han += 1,
                _ => {}
            }
        }
    }
    let mut counts: Vec<(usize, Lang)> =
        vec![(cyrillic, Lang::Ru), (arabic, Lang::Ar), (han, Lang::Zh)];
    let mut by_lang = [0usize; STOP_WORDS.len()];
    let mut buf = [0u8; 5];
    // Words are runs of ASCII letters and non-ASCII bytes ("à", "él"), cut
    // at anything else: bytes, not chars, so the scan costs little.
    for w in sample
        .as_bytes()
        .split(|&c| !(c.is_ascii_alphabetic() || c >= 0x80))
        .filter(|w| !w.is_empty() && w.len() <= 5)
    {
        // One lookup of the lower-cased word in the table of every
        // language's stop words.
        let lower = &mut buf[..w.len()];
        lower.copy_from_slice(w);
        lower.make_ascii_lowercase();
        for &(word, i) in &STOP_BY_LEN[w.len()] {
            if word == &*lower {
                by_lang[i] += 1;
            }
        }
    }
    counts.extend(
        STOP_WORDS
            .iter()
            .zip(by_lang)
            .map(|((lang, _), n)| (n, *lang)),
    );
    let &(best, lang) = counts
        .iter()
        .max_by_key(|(n, l)| (*n, std::cmp::Reverse(*l)))?;
    (best >= MIN_EVIDENCE).then_some(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repeat(s: &str) -> String {
        s.repeat(5)
    }

    #[test]
    fn the_languages_of_real_sentences() {
        assert_eq!(
            detect(&repeat(
                "Recalling its resolution 6/2 of 6 November 2015, in which it directed the Working Group to initiate the process of identifying best practices, "
            )),
            Some(Lang::En)
        );
        assert_eq!(
            detect(&repeat(
                "Rappelant sa résolution 6/2 du 6 novembre 2015, dans laquelle elle a demandé au Groupe de travail de lancer le processus d'identification des bonnes pratiques, "
            )),
            Some(Lang::Fr)
        );
        assert_eq!(
            detect(&repeat(
                "Recordando su resolución 6/2, de 6 de noviembre de 2015, en la que encomendó al Grupo de Trabajo que iniciara el proceso de determinación de las buenas prácticas, "
            )),
            Some(Lang::Es)
        );
        assert_eq!(
            detect(&repeat(
                "Ссылаясь на свою резолюцию 6/2 от 6 ноября 2015 года, в которой она поручила Рабочей группе "
            )),
            Some(Lang::Ru)
        );
        assert_eq!(
            detect(&repeat(
                "إذ يشير إلى قراره 6/2 المؤرخ 6 تشرين الثاني/نوفمبر 2015، الذي وجه فيه الفريق العامل "
            )),
            Some(Lang::Ar)
        );
        assert_eq!(
            detect(&repeat(
                "回顾其2015年11月6日第6/2号决议，其中指示工作组启动确定最佳做法的进程，"
            )),
            Some(Lang::Zh)
        );
        assert_eq!(detect("6/2"), None);
        assert_eq!(detect(""), None);
    }

    #[test]
    fn only_english_is_read_today() {
        assert!(Lang::En.supported());
        assert!(!Lang::Fr.supported());
        assert_eq!(Lang::from_code("es"), Some(Lang::Es));
    }
}
