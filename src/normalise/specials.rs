//! Where the bytes that need a second look stand: everything else is
//! copied to the clean view in runs.

pub(super) fn is_superscript_digit(c: char) -> bool {
    matches!(
        c,
        '\u{00B9}' | '\u{00B2}' | '\u{00B3}' | '\u{2070}' | '\u{2074}'..='\u{2079}'
    )
}

/// Bytes that need a second look: markup, CR, hyphens (a word broken at a
/// line end) and the first byte of every multi-byte character. Everything
/// else is copied in runs.
pub(super) static SPECIAL: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0x80;
    while b < 256 {
        t[b] = true;
        b += 1;
    }
    t[b'[' as usize] = true;
    t[b'<' as usize] = true;
    t[b'\\' as usize] = true;
    t[b'*' as usize] = true;
    t[b'#' as usize] = true;
    t[b'-' as usize] = true;
    t[b'\r' as usize] = true;
    t
};

/// The ASCII bytes of [`SPECIAL`] by low nibble, for [`mask_avx2`]:
/// `0x80` (never an ASCII byte) where no special has that nibble.
#[cfg(target_arch = "x86_64")]
pub(super) const SPECIAL_BY_NIBBLE: [[u8; 16]; 2] = {
    let mut t = [[0x80; 16]; 2];
    let set = [b'#', b'*', b'[', b'<', b'\r', b'\\', b'-'];
    let mut k = 0;
    while k < set.len() {
        let c = set[k];
        let n = (c & 0x0F) as usize;
        let which = if t[0][n] == 0x80 { 0 } else { 1 };
        assert!(t[which][n] == 0x80, "at most two specials share a nibble");
        t[which][n] = c;
        k += 1;
    }
    t
};

/// Finds the bytes that need a second look ([`SPECIAL`]) in text order. A
/// document has one every hundred-odd bytes, and a search call for each cost
/// more than the bytes between: here 64 bytes are judged at once and their
/// mask kept, so the next special is usually a bit away in it.
pub(super) struct Specials<'b> {
    bytes: &'b [u8],
    /// Start of the block `mask` describes (bit k: `bytes[block + k]`).
    block: usize,
    mask: u64,
    avx2: bool,
}

impl<'b> Specials<'b> {
    pub(super) fn new(bytes: &'b [u8]) -> Self {
        #[cfg(target_arch = "x86_64")]
        let avx2 = std::is_x86_feature_detected!("avx2");
        #[cfg(not(target_arch = "x86_64"))]
        let avx2 = false;
        let mut s = Specials {
            bytes,
            block: 0,
            mask: 0,
            avx2,
        };
        s.load(0);
        s
    }

    /// Judges the 64 bytes (fewer at the end) from `at`.
    fn load(&mut self, at: usize) {
        self.block = at;
        let rest = &self.bytes[at.min(self.bytes.len())..];
        self.mask = match rest.first_chunk::<64>() {
            #[cfg(target_arch = "x86_64")]
            // SAFETY: AVX2 is there (`new` checked).
            Some(block) if self.avx2 => unsafe { mask_avx2(block) },
            #[cfg(target_arch = "x86_64")]
            Some(block) => mask_sse2(block),
            _ => rest
                .iter()
                .take(64)
                .enumerate()
                .fold(0, |m, (k, &c)| m | u64::from(SPECIAL[c as usize]) << k),
        };
    }

    /// The first special in `from..limit`, or `limit` when there is none
    /// (`from <= limit <= bytes.len()`).
    pub(super) fn next(&mut self, from: usize, limit: usize) -> usize {
        if from < self.block || from >= self.block + 64 {
            self.load(from);
        }
        let mut m = self.mask & (!0u64 << (from - self.block));
        while m == 0 {
            if self.block + 64 >= limit {
                return limit;
            }
            self.load(self.block + 64);
            m = self.mask;
        }
        (self.block + m.trailing_zeros() as usize).min(limit)
    }
}

/// The [`SPECIAL`] mask of a 64-byte block with SSE2 (every x86_64): seven
/// compares a 16 bytes, and the high bit for non-ASCII.
#[cfg(target_arch = "x86_64")]
pub(super) fn mask_sse2(block: &[u8; 64]) -> u64 {
    use std::arch::x86_64::*;
    let mut mask = 0;
    for (k, part) in block.chunks_exact(16).enumerate() {
        // SAFETY: SSE2 is part of the x86_64 baseline; the unaligned load
        // reads the 16 bytes of `part`.
        let m = unsafe {
            let v = _mm_loadu_si128(part.as_ptr().cast());
            let mut hit = v; // the high bit of a non-ASCII byte
            for c in [b'[', b'<', b'\\', b'*', b'#', b'-', b'\r'] {
                hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8(c as i8)));
            }
            _mm_movemask_epi8(hit) as u16
        };
        mask |= u64::from(m) << (16 * k);
    }
    mask
}

/// The [`SPECIAL`] mask of a 64-byte block where the CPU has AVX2.
///
/// The ASCII specials are told by their low nibble, which `vpshufb` uses as
/// an index: a byte is special when it equals the special with its low
/// nibble in [`SPECIAL_BY_NIBBLE`] (two tables, as `<` and `\\`, `\r` and
/// `-` share one). Two lookups and compares replace seven compares a byte.
/// Non-ASCII bytes look up 0 (`vpshufb` zeroes lanes with the high bit set)
/// and are caught by their high bit.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
pub(super) unsafe fn mask_avx2(block: &[u8; 64]) -> u64 {
    use std::arch::x86_64::*;
    let [t1, t2] = &SPECIAL_BY_NIBBLE;
    // SAFETY: the tables are 16 bytes and the block 64, read unaligned.
    let (t1, t2, lo, hi) = unsafe {
        (
            _mm256_broadcastsi128_si256(_mm_loadu_si128(t1.as_ptr().cast())),
            _mm256_broadcastsi128_si256(_mm_loadu_si128(t2.as_ptr().cast())),
            _mm256_loadu_si256(block.as_ptr().cast()),
            _mm256_loadu_si256(block.as_ptr().add(32).cast()),
        )
    };
    let [lo, hi] = [lo, hi].map(|v| {
        let is1 = _mm256_cmpeq_epi8(_mm256_shuffle_epi8(t1, v), v);
        let is2 = _mm256_cmpeq_epi8(_mm256_shuffle_epi8(t2, v), v);
        // The high bit of a non-ASCII byte, or a special's compare.
        u64::from(_mm256_movemask_epi8(_mm256_or_si256(v, _mm256_or_si256(is1, is2))) as u32)
    });
    lo | hi << 32
}
