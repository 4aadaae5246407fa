//! The lines of the clean text and where tabs stand, found in one pass.

/// The lines of the clean text ([`crate::text::lines`]) and where tabs stand, found in
/// one pass: the annex list ([`super::toc::annex_list`]) looks only at lines with a tab.
pub(super) struct LineScan {
    /// (start, end) of every line, end excluding `\n`.
    pub(super) spans: Vec<(usize, usize)>,
    /// (line index, offset of the line's first tab) for each line with one.
    pub(super) tabbed: Vec<(usize, usize)>,
    /// Start of the line being scanned.
    start: usize,
}

impl LineScan {
    fn newline(&mut self, at: usize) {
        self.spans.push((self.start, at));
        self.start = at + 1;
    }

    fn tab(&mut self, at: usize) {
        let line = self.spans.len();
        if self.tabbed.last().is_none_or(|&(l, _)| l != line) {
            self.tabbed.push((line, at));
        }
    }
}

/// Lines are short (a fifth of them blank): a memchr call per line end cost
/// far more than the bytes between. Here 64 bytes are judged at once where
/// the CPU has AVX2, and every line end and tab in them taken from the masks.
pub(super) fn scan_lines(text: &str) -> LineScan {
    let b = text.as_bytes();
    let mut s = LineScan {
        spans: Vec::with_capacity(b.len() / 64 + 1),
        tabbed: Vec::new(),
        start: 0,
    };
    let mut i = 0;
    #[cfg(target_arch = "x86_64")]
    if std::is_x86_feature_detected!("avx2") {
        // SAFETY: AVX2 is there (checked just above).
        i = unsafe { scan_lines_avx2(b, &mut s) };
    }
    for (k, &c) in b.iter().enumerate().skip(i) {
        match c {
            b'\n' => s.newline(k),
            b'\t' => s.tab(k),
            _ => {}
        }
    }
    s.spans.push((s.start, b.len()));
    s
}

/// [`scan_lines`] over the leading whole 64-byte blocks of `b` (two AVX2
/// loads, one mask of each kind); returns how many bytes it judged.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn scan_lines_avx2(b: &[u8], s: &mut LineScan) -> usize {
    use std::arch::x86_64::*;
    let (nl, tab) = (_mm256_set1_epi8(b'\n' as i8), _mm256_set1_epi8(b'\t' as i8));
    let mut i = 0;
    while i + 64 <= b.len() {
        // SAFETY: the unaligned loads stay inside `b` (i + 64 <= len).
        let (lo, hi) = unsafe {
            (
                _mm256_loadu_si256(b.as_ptr().add(i).cast()),
                _mm256_loadu_si256(b.as_ptr().add(i + 32).cast()),
            )
        };
        let [ends_lo, ends_hi, tabs_lo, tabs_hi] = [(lo, nl), (hi, nl), (lo, tab), (hi, tab)]
            .map(|(v, c)| u64::from(_mm256_movemask_epi8(_mm256_cmpeq_epi8(v, c)) as u32));
        let ends = ends_lo | ends_hi << 32;
        let tabs = tabs_lo | tabs_hi << 32;
        // Both kinds in text order.
        let mut all = ends | tabs;
        while all != 0 {
            let k = all.trailing_zeros();
            if ends >> k & 1 == 1 {
                s.newline(i + k as usize);
            } else {
                s.tab(i + k as usize);
            }
            all &= all - 1;
        }
        i += 64;
    }
    i
}

/// `line` without its leading ASCII whitespace: what `^\s*` of a static
/// pattern (ASCII `\s`, see `pattern`) skips before the first word.
pub(super) fn after_indent(line: &str) -> &[u8] {
    let b = line.as_bytes();
    let k = b
        .iter()
        .position(|c| !matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' '))
        .unwrap_or(b.len());
    &b[k..]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lines;

    #[test]
    fn lines_match_split() {
        for text in ["", "\n", "a", "a\n", "a\nbc\n\nd", "\n\nx"] {
            let want: Vec<(usize, usize)> = {
                let mut pos = 0;
                text.split('\n')
                    .map(|l| {
                        let s = pos;
                        pos += l.len() + 1;
                        (s, s + l.len())
                    })
                    .collect()
            };
            assert_eq!(lines(text).collect::<Vec<_>>(), want, "{text:?}");
            assert_eq!(scan_lines(text).spans, want, "{text:?}");
        }
    }

    /// Line ends and tabs at every offset of the 64-byte blocks and the tail.
    #[test]
    fn scan_lines_finds_every_line_and_first_tab() {
        let mut text = String::new();
        for k in 0..90 {
            text.push_str(&"x".repeat(k % 37));
            text.push(['\n', '\t', 'y', '\t', '\n', '\n'][k % 6]);
        }
        for n in 0..text.len() {
            let t = &text[..n];
            let s = scan_lines(t);
            assert_eq!(s.spans, lines(t).collect::<Vec<_>>(), "{n}");
            let want: Vec<(usize, usize)> = s
                .spans
                .iter()
                .enumerate()
                .filter_map(|(li, &(a, b))| t[a..b].find('\t').map(|k| (li, a + k)))
                .collect();
            assert_eq!(s.tabbed, want, "{n}");
        }
    }
}
