//! The order IDs are listed in: by kind, then body, then numbers as numbers.

use super::Id;

/// IDs in the order a reader expects: by kind, then body, then number as
/// numbers ("6/2" before "6/10", "2017/2" before "2017/10", "S-9" before
/// "S-32"; article 5 before article 46).
impl Ord for Id {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        use Id::*;
        fn rank(id: &Id) -> u8 {
            match id {
                Resolution { .. } => 0,
                Decision { .. } => 1,
                Article { .. } => 2,
                Chapter { .. } => 3,
                Document { .. } => 4,
                Session { .. } => 5,
                File { .. } => 6,
            }
        }
        let by_text = |a: &str, b: &str| natural_cmp(a, b);
        rank(self)
            .cmp(&rank(other))
            .then_with(|| match (self, other) {
                (
                    Resolution {
                        issuer: a,
                        number: x,
                    }
                    | Decision {
                        issuer: a,
                        number: x,
                    },
                    Resolution {
                        issuer: b,
                        number: y,
                    }
                    | Decision {
                        issuer: b,
                        number: y,
                    },
                )
                | (Session { body: a, number: x }, Session { body: b, number: y }) => {
                    a.cmp(b).then_with(|| by_text(x, y))
                }
                (
                    Article {
                        instrument: i,
                        article: n,
                        paragraph: p,
                        sub: s,
                    },
                    Article {
                        instrument: j,
                        article: m,
                        paragraph: q,
                        sub: t,
                    },
                ) => i
                    .cmp(j)
                    .then(n.cmp(m))
                    .then_with(|| by_text(p.as_deref().unwrap_or(""), q.as_deref().unwrap_or("")))
                    .then_with(|| by_text(s.as_deref().unwrap_or(""), t.as_deref().unwrap_or("")))
                    .then_with(|| p.cmp(q).then_with(|| s.cmp(t))),
                (
                    Chapter {
                        instrument: i,
                        chapter: n,
                    },
                    Chapter {
                        instrument: j,
                        chapter: m,
                    },
                ) => i.cmp(j).then(n.cmp(m)),
                (Document { symbol: x }, Document { symbol: y })
                | (File { stem: x }, File { stem: y }) => by_text(x, y),
                _ => std::cmp::Ordering::Equal,
            })
    }
}

impl PartialOrd for Id {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// Text with its digit runs compared as numbers ("6/2" < "6/10"); equal
/// only when the texts are equal.
pub fn natural_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    let (mut x, mut y) = (a.as_bytes(), b.as_bytes());
    while let (Some(&c), Some(&d)) = (x.first(), y.first()) {
        let order = if c.is_ascii_digit() && d.is_ascii_digit() {
            let n = x.iter().take_while(|b| b.is_ascii_digit()).count();
            let m = y.iter().take_while(|b| b.is_ascii_digit()).count();
            let (p, q) = (&x[..n], &y[..m]);
            let trim = |r: &[u8]| -> usize { r.iter().take_while(|&&b| b == b'0').count() };
            let (p, q) = (
                &p[trim(p).min(n.saturating_sub(1))..],
                &q[trim(q).min(m.saturating_sub(1))..],
            );
            let o = p.len().cmp(&q.len()).then_with(|| p.cmp(q));
            x = &x[n..];
            y = &y[m..];
            o
        } else {
            x = &x[1..];
            y = &y[1..];
            c.cmp(&d)
        };
        if order != std::cmp::Ordering::Equal {
            return order;
        }
    }
    x.len().cmp(&y.len()).then_with(|| a.cmp(b))
}
