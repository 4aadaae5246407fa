//! Line numbers in the original file, counted on demand.

use super::Resolver;

impl Resolver<'_> {
    /// The line (from 1) of byte `o` of the original: lines start after a
    /// `\n`, and after a `\r` not followed by one. References come in
    /// order, so the line breaks are counted from the position asked about
    /// last, not looked up in a list of every line of the document.
    pub(super) fn line_of_original(&self, o: usize) -> usize {
        let (p, line) = self.last_line.get();
        let line = if o >= p {
            line + self.line_breaks(p, o)
        } else {
            line - self.line_breaks(o, p)
        };
        self.last_line.set((o, line));
        line
    }

    /// The line breaks of the original at `[a, b)`.
    pub(super) fn line_breaks(&self, a: usize, b: usize) -> usize {
        let ob = self.original.as_bytes();
        // Counted in byte-wide sums of at most 255, which the compiler
        // vectorises: no call per line.
        let newlines: usize = ob[a..b]
            .chunks(255)
            .map(|c| c.iter().fold(0u8, |n, &c| n + u8::from(c == b'\n')) as usize)
            .sum();
        if !self.has_cr {
            return newlines;
        }
        newlines
            + (a..b)
                .filter(|&i| ob[i] == b'\r' && ob.get(i + 1) != Some(&b'\n'))
                .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::id::Id;
    use crate::normalise::Clean;
    use crate::text::Blocks;

    #[test]
    fn lines_counted_on_demand_agree_with_a_list_of_line_starts() {
        for original in [
            "a\nb\r\nc\rd\n\ne\r\r\nf",
            "one line",
            "\n\r\n\r",
            "resolution 6/2\r\nof the Conference\rat its\nsession\n",
        ] {
            let mut starts = vec![0];
            let ob = original.as_bytes();
            for (i, &c) in ob.iter().enumerate() {
                if c == b'\n' || (c == b'\r' && ob.get(i + 1) != Some(&b'\n')) {
                    starts.push(i + 1);
                }
            }
            let clean = Clean::new(original);
            let layout = crate::segment::segment(original, &clean);
            let blocks = Blocks::new(&clean.text, &layout.footnotes, None);
            let r = Resolver::new(
                "t",
                original,
                &clean,
                &layout,
                &blocks,
                Id::File { stem: "t".into() },
            );
            // Forwards, backwards, and jumping about.
            let n = original.len();
            let order = (0..=n)
                .chain((0..=n).rev())
                .chain((0..=n).map(|k| k * 7 % (n + 1)));
            for o in order {
                let want = starts.partition_point(|&s| s <= o);
                assert_eq!(r.line_of_original(o), want, "{original:?} {o}");
            }
        }
    }
}
